# escape-suite.sh — the suites escape and escapeall of scripts/test.sh
# (sourced by it; see scripts/escape-lib.sh for the test files).
#
# escape     testdata/escape/x.go, built with `bin/tgo build -gcflags=FLAGS`
#            (FLAGS from its "// errorcheck -0 FLAGS" line):
#              x.go        the output equals x.golden byte for byte, and the
#                          file's // ERROR annotations match it (errorcheck)
#              m2:x.go     with -m=2 in place of -m, the output equals
#                          x.m2.golden byte for byte (gc's flow explanations)
#              golden:x.go (go only) real gc still prints x.golden and
#                          x.m2.golden (no drift), and its -m output satisfies
#                          the annotations
# escapeall  every testdata/run program built with -gcflags=-d=escapeall
#            (every allocation on the heap, every parameter leaking) and run
#            in the runtime's GC stress mode (TGO_GCSTRESS=$ESCAPEALL_GCSTRESS:
#            a collection every 1000 allocations, the heap verified every
#            64 of them): its result must still equal the program's golden —
#            escape analysis may change where values live, and the collector
#            when memory is reused, never what a program does (except what
#            escapeall-skip.txt lists: output that shows where a slice grew,
#            through cap()).  `make test-gcstress` collects at every
#            allocation instead (slower: a separate target).  A program with
#            a "// gcstress: skip (why)" line runs without stress mode.

. "$ROOT/scripts/escape-lib.sh"

ESCAPEALL_GCSTRESS=${ESCAPEALL_GCSTRESS:-1000}

list_escape() {
	for f in "$ESCAPE_DIR"/*.go; do
		[ -f "$f" ] || continue
		echo "${f##*/}"
		echo "m2:${f##*/}"
		have_go && echo "golden:${f##*/}"
	done
}

job_escape() {
	w=$2
	case $1 in
	m2:*)
		f=${1#m2:}
		flags=$(escape_m2_flags "$(escape_flags "$ESCAPE_DIR/$f")")
		escape_output tgo "$f" "$flags" "$w" > "$w/actual"
		compare_golden "$(escape_golden "$f" m2)" "$w/actual" "tgo build -gcflags='$flags' $f"
		;;
	golden:*)
		f=${1#golden:}
		bad=0
		flags=$(escape_flags "$ESCAPE_DIR/$f")
		for kind in m m2; do
			fl=$flags
			[ $kind = m2 ] && fl=$(escape_m2_flags "$flags")
			mkdir -p "$w/$kind"
			escape_output go "$f" "$fl" "$w/$kind" > "$w/$kind.out"
			compare_golden "$(escape_golden "$f" $kind)" "$w/$kind.out" "go build -gcflags='$fl' $f" || bad=1
		done
		(cd "$ESCAPE_DIR" && "$ERRORCHECK" -in "$w/m.out" "./$f") > "$w/report" 2>&1 || {
			echo "gc's output does not satisfy the annotations of $f:"
			cat "$w/report"
			bad=1
		}
		[ $bad -eq 0 ]
		;;
	*)
		f=$1
		flags=$(escape_flags "$ESCAPE_DIR/$f")
		escape_output tgo "$f" "$flags" "$w" > "$w/actual"
		bad=0
		compare_golden "$(escape_golden "$f" m)" "$w/actual" "tgo build -gcflags='$flags' $f" || bad=1
		(cd "$ESCAPE_DIR" && "$ERRORCHECK" -in "$w/actual" "./$f") > "$w/report" 2>&1 || {
			echo "tgo's output does not satisfy the annotations of $f:"
			cat "$w/report"
			bad=1
		}
		[ $bad -eq 0 ]
		;;
	esac
}

# testdata/escape/escapeall-skip.txt lists the run tests whose output
# depends on where memory lives (cap() of slices grown in stack buffers).
list_escapeall() {
	for f in "$ROOT"/testdata/run/*.go; do
		[ -f "$f" ] || continue
		grep -q "^${f##*/}[	 ]" "$ESCAPE_DIR/escapeall-skip.txt" 2>/dev/null && continue
		echo "${f##*/}"
	done
}

# escapeall_result DIR FILE WORK: lib.sh's program_result for tgo, with
# -gcflags=-d=escapeall.
escapeall_result() {
	(cd "$1" && with_timeout "$BUILD_TIMEOUT" "$TGO" build "-gcflags=-d=escapeall${TGO_EXTRA_GCFLAGS:+ $TGO_EXTRA_GCFLAGS}" -o "$3/prog" "$2") > "$3/build.out" 2>&1
	_ea_st=$?
	if [ $_ea_st -ne 0 ]; then
		printf -- '-- build failed: tgo build -o prog %s: exit %s --\n' "$2" "$_ea_st"
		cat "$3/build.out"
		return 0
	fi
	_ea_in=/dev/null
	[ -f "$1/${2%.go}.stdin" ] && _ea_in=$1/${2%.go}.stdin
	set -f
	# shellcheck disable=SC2046
	_ea_stress=$ESCAPEALL_GCSTRESS
	grep -q '^// gcstress: skip' "$1/$2" && _ea_stress=
	_ea_st=$(TGO_GCSTRESS=$_ea_stress && export TGO_GCSTRESS && _ec_timeout=$(test_timeout "$1/$2") &&
		exec_capture "$3" "$1" "$_ea_in" "$3/prog" $(test_args "$1/$2"))
	set +f
	format_result "$_ea_st" "$3/stdout" "$3/stderr"
}

job_escapeall() {
	d=$ROOT/testdata/run
	escapeall_result "$d" "$1" "$2" > "$2/actual"
	compare_golden "$d/${1%.go}.golden" "$2/actual" "tgo build -gcflags=-d=escapeall -o prog $1; ./prog"
}
