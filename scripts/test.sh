#!/bin/sh
# test.sh — tgo's test runner: `make test` runs it; `sh scripts/test.sh [suite ...]`.
#
# Suites (no argument = all of them, in this order):
#   unit    each executable in build/tests/ is one test; exit status 0 = pass
#   tools   bin/errorcheck on the fixtures in testdata/cli/errorcheck/, and (with
#           go) on real gc output for a few files of $(go env GOROOT)/test
#   run     testdata/run/*.go: built with `bin/tgo build -o`, run, compared with
#           the committed x.golden (exit status, stdout, normalized stderr);
#           inputs: a `// args: a b` line in x.go (program arguments) and a
#           file x.stdin beside x.go (standard input, else /dev/null), used
#           alike when scripts/golden.sh runs real Go; x.gcflags beside x.go
#           (-gcflags for both compilers: x.go may then be a symlink to
#           another test, run again with other flags); other header lines:
#           "// timeout: N" (seconds, when 10 are not enough),
#           "// gcstress: skip (why)" (not run by make test-gcstress) and
#           "// go-gcflags: FLAGS (why)" (-gcflags for real Go only: a
#           program gc 1.26 miscompiles gets the spec's result from gc with
#           the faulty optimization off);
#           testdata/run/pkg_*/ (a module: go.mod, main.go, its packages):
#           built with `bin/tgo build -o prog .` inside it, compared with
#           pkg_*/main.golden
#   errors  testdata/errors/*.go: `bin/tgo build` must exit 1 and its messages
#           must satisfy the file's `// ERROR "regexp"` annotations
#   cli     the `tgo` command line: version, help, usage errors, build -o, run
#   escape  testdata/escape/*.go: `bin/tgo build -gcflags='-m -l'` (flags from
#           each file's errorcheck line) prints gc's output byte for byte
#           (x.golden), also with -m=2 (x.m2.golden), and satisfies the
#           file's annotations (scripts/escape-suite.sh)
#   inline  testdata/inline/*.go: gc's inlining decisions ("can inline f",
#           costs at -m=2) without -l, from x.golden and x.m2.golden
#           (scripts/inline-suite.sh)
#   escapeall  testdata/run/*.go built with -gcflags=-d=escapeall (every
#           allocation on the heap) and run with the collector in stress
#           mode (TGO_GCSTRESS=1000) must still give x.golden
#   gotest  testdata/gotest/cases.txt: `tgo test ARGS` on the packages of
#           testdata/gotest (passing, failing, skipping, panicking tests,
#           examples, benchmarks, build failures) must print what `go test
#           ARGS` prints, normalized (testdata/gotest/NAME.golden); and
#           `tgo compare` on testdata/gotest/compare (with go: equal and
#           forced-different tables, -strict, -raw read by benchstat)
#   allocs  testdata/allocs/DIR: `tgo test -bench . -benchmem
#           -benchtime=100x -gcflags=-l` (and with -d=variablemakehash=n)
#           must give gc's B/op and allocs/op (DIR/gc*.golden), except the
#           differences listed in testdata/allocs/known-differences.txt
#
# When `go` is on PATH the oracle checks run too: every run golden is
# regenerated from real Go and compared with the committed one (test
# "golden:x.go"), every errors file is checked against gc's own messages
# ("gc:x.go"), every cli case is also run with `go` ("go:case"), and the
# gotest and allocs goldens are regenerated and compared ("go:NAME",
# "golden:DIR:MODE").
#
# Tests run in parallel ($TGO_TEST_JOBS, default 2); failures are reported
# afterwards in a fixed order, each with a diff.  The last line is always
# "N passed, N failed"; the exit status is 1 when anything failed.
#
# Adding a suite: write list_NAME (prints test names, one per line, no
# spaces) and job_NAME NAME WORK (runs one test in the scratch directory
# WORK, prints what went wrong, returns non-zero on failure), optionally
# pre_NAME (one-time setup and notes), and add NAME to ALL_SUITES.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/escape-suite.sh"
. "$ROOT/scripts/inline-suite.sh"
. "$ROOT/scripts/lib-gotest.sh"
SELF=$ROOT/scripts/test.sh
ALL_SUITES="unit tools run errors cli gotest allocs escape inline escapeall"
JOBS=${TGO_TEST_JOBS:-2}
GOROOT_TESTS="escape2.go escape_closure.go escape_param.go goto.go switch6.go fixedbugs/bug195.go fixedbugs/issue48471.go"

# ---- unit ----

list_unit() {
	for b in "$ROOT"/build/tests/*; do
		[ -f "$b" ] && [ -x "$b" ] && echo "${b##*/}"
	done
}

pre_unit() {
	[ -n "$(list_unit)" ] || echo "note: unit: no test binaries in build/tests (make builds them)"
}

job_unit() {
	(cd "$2" && with_timeout 120 "$ROOT/build/tests/$1") > "$2/out" 2>&1
	st=$?
	[ $st -eq 0 ] && return 0
	echo "exit status $st; last lines of output:"
	tail -n 40 "$2/out"
	return 1
}

# ---- tools: the errorcheck matcher ----

pre_tools() {
	if have_go; then
		cfg=$RES/importcfg
		if ! go list -deps -export -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' \
			fmt runtime unsafe > "$cfg" 2> "$RES/importcfg.err"; then
			echo "note: tools: go list failed; gc self-tests of errorcheck will fail:"
			cat "$RES/importcfg.err"
		fi
	fi
}

list_tools() {
	for f in "$ROOT"/testdata/cli/errorcheck/*.go; do
		[ -f "$f" ] && echo "errorcheck:${f##*/}"
	done
	if have_go; then
		for f in $GOROOT_TESTS; do echo "gc-errorcheck:$f"; done
	fi
}

job_tools() {
	case $1 in
	errorcheck:*) errorcheck_fixture "${1#errorcheck:}" "$2" ;;
	gc-errorcheck:*) errorcheck_goroot "${1#gc-errorcheck:}" "$2" ;;
	esac
}

# A fixture NAME.go comes with NAME.out (a compiler's output, using the
# file name x.go) and NAME.want (first line "exit N", then errorcheck's
# exact stdout).
errorcheck_fixture() {
	d=$ROOT/testdata/cli/errorcheck
	n=${1%.go}
	cp "$d/$1" "$2/x.go"
	{
		(cd "$2" && "$ERRORCHECK" x.go < "$d/$n.out" > "$2/report" 2>&1)
		echo "exit $?"
		cat "$2/report"
	} > "$2/actual"
	diff -u "$d/$n.want" "$2/actual" > "$2/diff" && return 0
	echo "errorcheck x.go < $n.out: want $n.want, got:"
	cat "$2/diff"
	return 1
}

# A file of Go's test suite, used in place: compile it as Go's harness does
# (conformance.md §2.3) and check gc's output with errorcheck.
errorcheck_goroot() {
	w=$2
	src=$(go env GOROOT)/test/$1
	[ -f "$src" ] || { echo "$src: not found"; return 1; }
	# shellcheck disable=SC2046
	set -- $(grep -v '^//go:build\|^// +build\|^[ 	]*$' "$src" | sed 1q | sed 's|^//||')
	act=$1
	shift
	want=1 flags=
	while [ $# -gt 0 ]; do
		case $1 in
		-0) want=0 ;;
		-1) want=1 ;;
		-*) flags="$flags $1" ;;
		*) break ;;
		esac
		shift
	done
	auto=
	[ "$act" = errorcheckwithauto ] && auto=-auto
	# shellcheck disable=SC2086
	(cd "$w" && go tool compile -p=p -C -e -importcfg="$RES/importcfg" -o a.o $flags "$src") > "$w/out" 2>&1
	st=$?
	if [ $want = 0 ] && [ $st -ne 0 ]; then echo "gc exited $st, want 0"; cat "$w/out"; return 1; fi
	if [ $want = 1 ] && [ $st -eq 0 ]; then echo "gc succeeded unexpectedly"; return 1; fi
	"$ERRORCHECK" $auto -in "$w/out" "$src"
}

# ---- run ----

list_run() {
	for f in "$ROOT"/testdata/run/*.go "$ROOT"/testdata/run/pkg_*/main.go; do
		[ -f "$f" ] || continue
		case $f in
		*/pkg_*/main.go) t=${f%main.go}; t=${t#"$ROOT"/testdata/run/} ;; # pkg_x/
		*) t=${f##*/} ;;
		esac
		# make test-gcstress: programs whose output depends on when the
		# collector runs (a "// gcstress: skip" line says why) are left out
		if [ -n "$TGO_GCSTRESS" ] && grep -q '^// gcstress: skip' "$f"; then
			continue
		fi
		echo "$t"
		have_go && echo "golden:$t"
	done
}

# A test is x.go, or pkg_x/: a directory with go.mod, main.go, its own
# packages and main.golden, built with `tgo build -o prog .` inside it.
job_run() {
	d=$ROOT/testdata/run
	case $1 in
	golden:*) f=${1#golden:} tool=go ;;
	*) f=$1 tool=tgo ;;
	esac
	what="$tool build -o prog $f; ./prog"
	case $f in
	*/) what="cd $f; $tool build -o prog .; ./prog" ;;
	esac
	program_result $tool "$d" "$f" "$2" > "$2/actual"
	compare_golden "$(run_golden "$d" "$f")" "$2/actual" "$what"
}

# compare_golden GOLDEN ACTUAL WHAT
compare_golden() {
	if [ ! -f "$1" ]; then
		echo "missing golden ${1#"$ROOT"/} (run scripts/golden.sh); got:"
		cat "$2"
		return 1
	fi
	diff -u -L "${1#"$ROOT"/}" -L "$3" "$1" "$2" && return 0
	return 1
}

# ---- errors ----

list_errors() {
	for f in "$ROOT"/testdata/errors/*.go; do
		[ -f "$f" ] || continue
		echo "${f##*/}"
		have_go && echo "gc:${f##*/}"
	done
}

job_errors() {
	case $1 in
	gc:*) f=${1#gc:} tool=go ;;
	*) f=$1 tool=tgo ;;
	esac
	cmd=$(tool_cmd $tool)
	dir=$ROOT/testdata/errors
	[ $tool = go ] && dir=$(go_srcdir "$dir" "$f" "$2")
	(cd "$dir" && with_timeout "$BUILD_TIMEOUT" "$cmd" build -o "$2/prog" "$f") > "$2/out" 2>&1
	st=$?
	if [ $st -eq 0 ]; then
		echo "$tool build $f: compilation succeeded unexpectedly"
		return 1
	fi
	if [ $st -ne 1 ]; then
		echo "$tool build $f: exit status $st, want 1; output:"
		cat "$2/out"
		return 1
	fi
	(cd "$dir" && "$ERRORCHECK" -in "$2/out" "./$f") > "$2/report" 2>&1 && return 0
	cat "$2/report"
	echo "$tool build $f output:"
	cat "$2/out"
	return 1
}

# ---- cli ----

CLI_CASES="version help help_build unknown_command unknown_flag build_o build_default_name
build_inline_level run_no_files run_compile_error gcflags_named gcflags_std gcflags_last_wins
gcflags_missing_value run_out_of_memory $CLI_GOLDENS"

list_cli() {
	for c in $CLI_CASES; do
		echo "$c"
		have_go && echo "go:$c"
	done
}

# cli CMD-ARGS...: run the tool under test (tgo, or go for go:NAME) in
# testdata/cli; results in $WORK/stdout, $WORK/stderr, $WORK/rc.
cli() {
	exec_capture "$WORK" "${CLIDIR:-$(cli_dir "$WORK")}" /dev/null "$TOOLCMD" "$@" > "$WORK/rc"
}
want_rc() {
	[ "$(cat "$WORK/rc")" = "$1" ] || { echo "exit status $(cat "$WORK/rc"), want $1"; BAD=1; }
}
want_match() { # stdout|stderr ERE
	grep -E -q -e "$2" "$WORK/$1" || { echo "$1 does not match /$2/"; BAD=1; }
}
want_empty() {
	[ -s "$WORK/$1" ] && { echo "$1 is not empty"; BAD=1; }
	return 0
}

job_cli() {
	WORK=$2 BAD=0
	case $1 in
	go:*) c=${1#go:} tool=go ;;
	*) c=$1 tool=tgo ;;
	esac
	TOOLCMD=$(tool_cmd $tool)
	case " $CLI_GOLDENS " in
	*" $c "*)
		cli_golden_result "$c" "$tool" "$WORK" > "$WORK/actual"
		compare_golden "$ROOT/testdata/cli/$c.golden" "$WORK/actual" "$tool: $c"
		return
		;;
	esac
	case $c in
	version)
		cli version; want_rc 0; want_match stdout "^$tool version [^ ]"; want_empty stderr ;;
	help)
		cli help; want_rc 0; want_match stdout "[Uu]sage"; want_match stdout "build"; want_match stdout "run" ;;
	help_build)
		cli help build; want_rc 0; want_match stdout "^usage: $tool build " ;;
	unknown_command)
		cli bogus; want_rc 2; want_empty stdout
		want_match stderr "^$tool bogus: unknown command"; want_match stderr "$tool help" ;;
	unknown_flag)
		cli build -nosuchflag hello.go; want_rc 2; want_empty stdout
		want_match stderr "^flag provided but not defined: -nosuchflag$"
		want_match stderr "^usage: $tool build " ;;
	build_o)
		cli build -o "$WORK/hello" hello.go; want_rc 0; want_empty stdout; want_empty stderr
		if [ -x "$WORK/hello" ]; then
			st=$(exec_capture "$WORK" "$WORK" /dev/null "$WORK/hello")
			format_result "$st" "$WORK/stdout" "$WORK/stderr" > "$WORK/actual"
			compare_golden "$ROOT/testdata/cli/hello.golden" "$WORK/actual" "$tool build -o hello hello.go; ./hello" || BAD=1
		else
			echo "no executable $WORK/hello"; BAD=1
		fi ;;
	build_default_name)
		mkdir "$WORK/src" && cp "$ROOT/testdata/cli/hello.go" "$WORK/src/"  # only hello.go there
		CLIDIR=$WORK/src; cli build hello.go; CLIDIR=; want_rc 0; want_empty stderr
		[ -x "$WORK/src/hello" ] || { echo "$tool build hello.go did not write ./hello"; BAD=1; } ;;
	build_inline_level)
		# gc's inlining levels (Go's test/inline_caller.go runs with -l=4)
		cli build -gcflags=-l=4 -o "$WORK/hello" hello.go; want_rc 0; want_empty stdout; want_empty stderr ;;
	gcflags_named)
		# a -gcflags pattern naming the package (escapes.go: one -m line)
		cli build -gcflags='command-line-arguments=-m -l' -o "$WORK/escapes" escapes.go; want_rc 0
		want_match stderr '^\./escapes\.go:8:2: moved to heap: x$' ;;
	gcflags_std)
		# std=flags reaches the standard library, not the main package
		cli build -gcflags='std=-m -l' -o "$WORK/escapes" escapes.go; want_rc 0
		if grep -q 'escapes\.go' "$WORK/stderr"; then echo "std=-m printed escapes.go's -m lines"; BAD=1; fi ;;
	gcflags_last_wins)
		# a package matched by two values gets the last one's flags
		cli build -gcflags='-m -l' -gcflags=all=-l -o "$WORK/escapes" escapes.go; want_rc 0
		if grep -q 'escapes\.go' "$WORK/stderr"; then echo "-gcflags=all=-l after -m: -m lines printed"; BAD=1; fi ;;
	gcflags_missing_value)
		cli build -gcflags=foo escapes.go; want_rc 2
		want_match stderr '^invalid value "foo" for flag -gcflags: missing =<value> in <pattern>=<value>$' ;;
	run_no_files)
		cli run; want_rc 1; want_match stderr "^$tool: no go files listed$" ;;
	run_out_of_memory)
		# 2 GB of address space: a live heap of 256 MiB blocks runs out
		cli build -o "$WORK/oom" oom.go; want_rc 0
		(ulimit -v 2000000 && exec_capture "$WORK" "$WORK" /dev/null "$WORK/oom") > "$WORK/rc"
		want_rc 2
		want_match stderr '^runtime: out of memory: cannot allocate [0-9]+-byte block \([0-9]+ in use\)$'
		want_match stderr '^fatal error: out of memory$' ;;
	run_compile_error)
		cli run bad.go; want_rc 1; want_match stderr "^# command-line-arguments$"
		want_match stderr '^\./bad\.go:[0-9]+:[0-9]+: undefined: y$' ;;
	*)
		echo "unknown cli case $c"; return 1 ;;
	esac
	if [ $BAD -ne 0 ]; then
		echo "--- exit status: $(cat "$WORK/rc"); stdout:"
		head -n 20 "$WORK/stdout"
		echo "--- stderr:"
		head -n 20 "$WORK/stderr"
		return 1
	fi
	return 0
}

# ---- gotest: tgo test's output against go test's ----

pre_gotest() {
	if have_go && [ -z "$(benchstat_cmd)" ]; then
		echo "note: gotest: benchstat is not installed (go install golang.org/x/perf/cmd/benchstat@latest): tgo compare -raw output is not checked with it"
	fi
	return 0
}

list_gotest() {
	for n in $(gotest_names); do
		echo "$n"
		have_go && echo "go:$n"
	done
	for n in $COMPARE_CASES; do echo "$n"; done
	if have_go; then
		for n in $COMPARE_GO_CASES; do echo "$n"; done
	fi
}

# NAME: tgo test; go:NAME: go test, which must reproduce the golden (no drift).
job_gotest() {
	case $1 in
	compare_*) job_compare "$1" "$2"; return ;;
	go:*) n=${1#go:} tool=go ;;
	*) n=$1 tool=tgo ;;
	esac
	gotest_result $tool "$n" "$2" > "$2/actual" || return 1
	compare_golden "$GOTEST_DIR/$n.golden" "$2/actual" "$tool test $(gotest_case "$n") (normalized)"
}

# ---- tgo compare (run as part of the gotest suite) ----

# benchstat: on PATH or where `go install` puts it; empty if absent.
benchstat_cmd() {
	if command -v benchstat >/dev/null 2>&1; then
		echo benchstat
	elif have_go && [ -x "$(go env GOPATH 2>/dev/null)/bin/benchstat" ]; then
		echo "$(go env GOPATH)/bin/benchstat"
	fi
}

COMPARE_CASES="compare_nogo"
COMPARE_GO_CASES="compare_equal compare_forced compare_forced_strict"

# compare_* cases: `tgo compare` in testdata/gotest/compare; properties of
# its table and exit status (ns/op varies, so no golden).
job_compare() {
	w=$2 d=$GOTEST_DIR/compare
	cmp_run() { # expected-exit args...
		want=$1
		shift
		(cd "$d" && with_timeout "$BUILD_TIMEOUT" "$TGO" compare "$@") > "$w/out" 2> "$w/err"
		st=$?
		if [ $st -ne "$want" ]; then
			echo "tgo compare $*: exit status $st, want $want"
			cat "$w/out" "$w/err"
			return 1
		fi
	}
	want_line() { # ERE
		grep -E -q -e "$1" "$w/out" && return 0
		echo "tgo compare: no line matches /$1/ in:"
		cat "$w/out"
		return 1
	}
	case $1 in
	compare_nogo)
		mkdir "$w/empty"
		(cd "$d" && PATH=$w/empty "$TGO" compare) > "$w/out" 2> "$w/err"
		st=$?
		[ $st -eq 2 ] || { echo "without go: exit status $st, want 2"; return 1; }
		[ -s "$w/out" ] && { echo "without go: stdout not empty"; return 1; }
		[ "$(wc -l < "$w/err")" -eq 1 ] && grep -q '^tgo compare: go is not installed' "$w/err" && return 0
		echo "without go: want one line 'tgo compare: go is not installed ...', got:"
		cat "$w/err"
		return 1 ;;
	compare_equal)
		cmp_run 0 -strict -gcflags=-l -benchtime=100x || return 1
		want_line '^BenchmarkLocalMake +0 +0 += +0 +0 ' || return 1
		want_line '^BenchmarkLocalPointer +0 +0 += ' || return 1
		want_line '^BenchmarkEscapingPointer +1 +1 += +16 +16 ' || return 1
		want_line "^-gcflags='-l -m': gc and tgo print the same [0-9]+ lines$" ;;
	compare_forced|compare_forced_strict)
		want=0 strict=
		[ "$1" = compare_forced_strict ] && want=1 strict=-strict
		cmp_run $want $strict -gcflags=-l -tgoflags=-d=escapeall -benchtime=100x -raw "$w/raw" || return 1
		want_line '^BenchmarkLocalMake +0 +1 +≠ ' || return 1
		want_line '^BenchmarkLocalPointer +0 +1 +≠ ' || return 1
		want_line '^BenchmarkEscapingPointer +1 +1 += ' || return 1
		want_line '^2 benchmarks with different allocs/op$' || return 1
		want_line "^-gcflags='-l -m': " || return 1
		for f in "$w/raw.gc.txt" "$w/raw.tgo.txt"; do
			grep -q '^BenchmarkLocalMake' "$f" || { echo "-raw: no results in $f"; return 1; }
		done
		bs=$(benchstat_cmd)
		[ -n "$bs" ] || return 0
		"$bs" "$w/raw.gc.txt" "$w/raw.tgo.txt" > "$w/bs" 2>&1 && grep -q 'allocs/op' "$w/bs" && return 0
		echo "benchstat cannot read tgo compare -raw's files:"
		cat "$w/bs"
		return 1 ;;
	esac
}

# ---- allocs: B/op and allocs/op against gc's ----

ALLOCS_KNOWN=$ALLOCS_DIR/known-differences.txt

pre_allocs() {
	k=$(grep -c '^[^#]' "$ALLOCS_KNOWN" 2>/dev/null)
	[ "${k:-0}" -gt 0 ] && echo "note: allocs: $k known differences from gc (testdata/allocs/known-differences.txt)"
	return 0
}

list_allocs() {
	for d in $(allocs_dirs); do
		for m in $ALLOCS_MODES; do
			echo "$d:$m"
			have_go && echo "golden:$d:$m"
		done
	done
}

job_allocs() {
	case $1 in
	golden:*) t=${1#golden:} tool=go ;;
	*) t=$1 tool=tgo ;;
	esac
	d=${t%%:*} mode=${t#*:}
	g=$(allocs_golden "$d" "$mode")
	what="$tool test -bench . -benchmem -benchtime=100x -gcflags='$(allocs_gcflags "$mode")' in testdata/allocs/$d"
	if [ ! -f "$g" ]; then
		echo "missing golden ${g#"$ROOT"/} (run sh scripts/golden-allocs.sh $d)"
		return 1
	fi
	allocs_run $tool "$d" "$mode" "$2"
	st=$?
	grep -v '^#' "$g" > "$2/want"
	if [ $tool = go ]; then
		if [ $st -ne 0 ]; then
			echo "$what: exit status $st:"
			tail -n 40 "$2/out"
			return 1
		fi
		cmp -s "$2/want" "$2/table" && return 0
		# gc's own B/op moves by a byte now and then (a runtime allocation
		# inside the timed region of 100 iterations): one more run decides
		allocs_run $tool "$d" "$mode" "$2"
		diff -u -L "${g#"$ROOT"/}" -L "$what" "$2/want" "$2/table" && return 0
		echo "(the golden has drifted from real Go: sh scripts/golden-allocs.sh $d)"
		return 1
	fi
	if [ "$mode" = m ]; then
		# the -m lines, as escape tests compare them
		[ $st -eq 0 ] || { echo "$what: exit status $st:"; tail -n 40 "$2/out"; return 1; }
		diff -u -L "${g#"$ROOT"/}" -L "tgo test -run '^\$' -gcflags=-m in testdata/allocs/$d" "$2/want" "$2/table"
		return
	fi
	if [ ! -s "$2/table" ]; then
		echo "$what: no benchmark results (exit status $st):"
		tail -n 40 "$2/out"
		return 1
	fi
	awk -v dir="$d" -v mode="$mode" -v what="$what" -v known="$ALLOCS_KNOWN" '
	BEGIN {
		while ((getline line < known) > 0) {
			if (line ~ /^#/ || line !~ /[^ 	]/) continue
			split(line, f, /[ 	]+/)
			if (f[1] == dir && f[2] == mode) isknown[f[3]] = 1
		}
	}
	FNR == NR { split($0, f, "	"); want[f[1]] = substr($0, length(f[1]) + 2); names[f[1]] = 1; next }
	{ split($0, f, "	"); got[f[1]] = substr($0, length(f[1]) + 2); names[f[1]] = 1 }
	END {
		bad = 0
		for (n in names) {
			w = (n in want) ? want[n] : "(not in the golden)"
			g = (n in got) ? got[n] : "(no result)"
			if (w != g && !(n in isknown)) {
				printf "%s: gc %s, tgo %s\n", n, w, g; bad = 1
			} else if (w == g && (n in isknown)) {
				printf "%s now matches gc (%s): remove \"%s %s %s\" from testdata/allocs/known-differences.txt\n", n, w, dir, mode, n; bad = 1
			}
		}
		if (bad) printf "(%s)\n", what
		exit bad
	}' "$2/want" "$2/table"
}

# ---- the driver ----

# --job IDX SUITE NAME: run one test (called through xargs).
if [ "$1" = --job ]; then
	WORK=$(mktemp -d "$RES/w.XXXXXX") || exit 1
	job_"$3" "$4" "$WORK" > "$WORK/job.log" 2>&1
	if [ $? -eq 0 ]; then
		: > "$RES/r/$2.pass"
	else
		mv "$WORK/job.log" "$RES/r/$2.fail"
	fi
	rm -rf "$WORK"
	exit 0
fi

SUITES=${*:-$ALL_SUITES}
for s in $SUITES; do
	case " $ALL_SUITES " in
	*" $s "*) ;;
	*) echo "test.sh: unknown suite $s (have: $ALL_SUITES)" >&2; exit 2 ;;
	esac
done

RES=$(mktemp -d "${TMPDIR:-/tmp}/tgo-test.XXXXXX") || exit 2
trap 'rm -rf "$RES"' EXIT
trap 'exit 130' INT TERM
mkdir "$RES/r"
export RES

lib_go_env
if have_go; then
	echo "oracle: $(go version)"
else
	echo "note: go is not on PATH: oracle checks (golden drift, gc errorcheck, go CLI) skipped"
fi
[ -x "$TGO" ] || echo "note: $TGO does not exist: every test that needs tgo will fail"
[ -n "$TGO_GCSTRESS" ] && echo "note: TGO_GCSTRESS=$TGO_GCSTRESS (passed through to the programs)"
if [ ! -x "$ERRORCHECK" ] || [ "$ROOT/tools/errorcheck.c" -nt "$ERRORCHECK" ]; then
	make -s -C "$ROOT" bin/errorcheck >&2 || echo "note: cannot build bin/errorcheck"
fi

for s in $SUITES; do
	if command -v pre_"$s" >/dev/null 2>&1; then pre_"$s"; fi
done
for s in $SUITES; do
	list_"$s" | while read -r name; do echo "$s $name"; done
done > "$RES/list"
awk '{ print NR, $1, $2 }' "$RES/list" > "$RES/jobs"

xargs -P "$JOBS" -n 3 sh "$SELF" --job < "$RES/jobs"

passed=0 failed=0
for s in $SUITES; do
	sp=0 sf=0
	while read -r idx suite name; do
		[ "$suite" = "$s" ] || continue
		if [ -f "$RES/r/$idx.pass" ]; then
			sp=$((sp + 1))
		else
			sf=$((sf + 1))
			echo "--- FAIL: $suite/$name"
			if [ -f "$RES/r/$idx.fail" ]; then sed 's/^/    /' "$RES/r/$idx.fail"; else echo "    (no result)"; fi
		fi
	done < "$RES/jobs"
	echo "suite $s: $sp passed, $sf failed"
	passed=$((passed + sp))
	failed=$((failed + sf))
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
