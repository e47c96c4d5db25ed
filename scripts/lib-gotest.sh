# lib-gotest.sh — shell functions of the gotest and allocs suites
# (scripts/test.sh) and of their golden scripts (golden-gotest.sh,
# golden-allocs.sh).  Sourced after scripts/lib.sh; the caller sets ROOT.
#
# gotest: testdata/gotest/cases.txt names cases "NAME DIR ARGS..."; a case
# runs `go test ARGS` or `tgo test ARGS` in testdata/gotest/DIR (a module,
# tgotest) and its result — exit status, stdout normalized by
# normalize-gotest.awk, stderr normalized by normalize.awk — must equal
# testdata/gotest/NAME.golden.  Real Go runs with GOMAXPROCS=1 (so
# benchmark names carry no "-N" suffix, as tgo's do) and -count=1 (no
# cached results).  Cases named mlines_* keep, of stderr, only the -m
# lines of the package under test, their file names without directories.
#
# allocs: each directory of testdata/allocs (see its README.md) is run with
# `TOOL test -run ^$ -bench . -benchmem -benchtime=100x -gcflags=FLAGS`;
# the B/op and allocs/op columns, one line per benchmark, must equal
# DIR/gc.golden (FLAGS -l) and DIR/gc-variablemakehash-n.golden (FLAGS
# '-l -d=variablemakehash=n') and DIR/gc-inline.golden (no FLAGS: gc's
# default build, inlining on); and DIR/gc-m.golden, the -m lines of `TOOL
# test -run ^$ -gcflags=-m` for the package under test (go's generated
# test main is not tgo's and is left out).  A DIR with a slash is relative to the
# repository instead (examples/bench, the benchmarks of `make demo`).

GOTEST_DIR=$ROOT/testdata/gotest
ALLOCS_DIR=$ROOT/testdata/allocs
ALLOCS_EXTRA="examples/bench"
ALLOCS_MODES="default variablemakehash-n inline m"

# gotest_names: the case names, one per line.
gotest_names() {
	awk '!/^#/ && NF { print $1 }' "$GOTEST_DIR/cases.txt"
}

# gotest_case NAME: "DIR ARGS..." of case NAME.
gotest_case() {
	awk -v n="$1" '!/^#/ && $1 == n { $1 = ""; sub(/^ +/, ""); print; exit }' "$GOTEST_DIR/cases.txt"
}

# gotest_result tgo|go NAME WORK: run case NAME with TOOL, print the
# golden format.
gotest_result() {
	_gr_tool=$1 _gr_name=$2 _gr_w=$3
	_gr_cmd=$(tool_cmd "$_gr_tool")
	set -f
	eval "set -- $(gotest_case "$_gr_name")"
	set +f
	if [ $# -eq 0 ]; then
		echo "gotest_result: no case $_gr_name in cases.txt" >&2
		return 1
	fi
	_gr_dir=$GOTEST_DIR/$1
	shift
	_gr_st=$(RUN_TIMEOUT=$BUILD_TIMEOUT _ec_fsize=131072 exec_capture "$_gr_w" "$_gr_dir" /dev/null \
		env GOMAXPROCS=1 GOFLAGS=-count=1 "$_gr_cmd" test "$@")
	awk -f "$ROOT/scripts/normalize-gotest.awk" < "$_gr_w/stdout" > "$_gr_w/stdout.n"
	case $_gr_name in
	mlines_*)
		# -m lines: only the section of the package under test
		# (and file names without their directory: the go command replays
		# cached compiler output with the paths of the run that filled the
		# cache, relative to its working directory)
		awk '
		function base(s,   out, seg) {
			out = ""
			while (match(s, /[A-Za-z0-9_.\/-]*\/[A-Za-z0-9_]+\.go:/)) {
				seg = substr(s, RSTART, RLENGTH)
				sub(/.*\//, "", seg)
				out = out substr(s, 1, RSTART - 1) seg
				s = substr(s, RSTART + RLENGTH)
			}
			return out s
		}
		/^# / { keep = ($0 ~ /\.test\]$/ && $2 !~ /_test$/); if (keep) print; next }
		keep { print base($0) }' "$_gr_w/stderr" > "$_gr_w/stderr.m"
		mv "$_gr_w/stderr.m" "$_gr_w/stderr" ;;
	esac
	format_result "$_gr_st" "$_gr_w/stdout.n" "$_gr_w/stderr"
}

# allocs_dirs: the benchmark directories of testdata/allocs, one per line,
# then those of ALLOCS_EXTRA.
allocs_dirs() {
	for _ad in "$ALLOCS_DIR"/*/; do
		_ad=${_ad%/}
		ls "$_ad"/*_test.go >/dev/null 2>&1 && echo "${_ad##*/}"
	done
	for _ad in $ALLOCS_EXTRA; do echo "$_ad"; done
}

# allocs_path DIR: where a benchmark directory is.
allocs_path() {
	case $1 in
	*/*) echo "$ROOT/$1" ;;
	*) echo "$ALLOCS_DIR/$1" ;;
	esac
}

# allocs_gcflags MODE: the -gcflags value of a mode.
allocs_gcflags() {
	case $1 in
	default) echo "-l" ;;
	variablemakehash-n) echo "-l -d=variablemakehash=n" ;;
	inline) echo "" ;;
	m) echo "-m" ;;
	esac
}

# allocs_golden DIR MODE: the golden file of a directory and mode.
allocs_golden() {
	case $2 in
	default) echo "$(allocs_path "$1")/gc.golden" ;;
	*) echo "$(allocs_path "$1")/gc-$2.golden" ;;
	esac
}

# allocs_table < go-test-output: "BenchmarkX\tN B/op\tN allocs/op" per
# result line ("-N" suffixes dropped), "BenchmarkX\tFAIL" per failed
# benchmark, sorted by name.
allocs_table() {
	awk '
	/^Benchmark/ && / allocs\/op/ {
		name = $1; sub(/-[0-9]+$/, "", name)
		bop = "?"; aop = "?"
		for (i = 2; i <= NF; i++) {
			if ($i == "B/op") bop = $(i - 1)
			if ($i == "allocs/op") aop = $(i - 1)
		}
		printf "%s\t%s B/op\t%s allocs/op\n", name, bop, aop
	}
	/^--- FAIL: Benchmark/ { name = $3; sub(/-[0-9]+$/, "", name); printf "%s\tFAIL\n", name }
	' | LC_ALL=C sort
}

# allocs_m_lines < go-test-output: the compiler's lines for the package
# under test: without the "# pkg [pkg.test]" header, up to the test main's
# "# pkg.test" section or the result line.
allocs_m_lines() {
	awk 'NR == 1 && /^# / { next } /^# .*\.test$/ || /^testing: / || /^(ok|FAIL|PASS)[ \t]/ || /^(ok|FAIL|PASS)$/ { exit } { print }'
}

# allocs_run tgo|go DIR MODE WORK: run the benchmarks of DIR; the table in
# WORK/table, the raw output in WORK/out; returns the tool's exit status.
# Real Go runs in a copy of DIR with a go.mod (module allocs/DIR).
allocs_run() {
	_ar_tool=$1 _ar_d=$(allocs_path "$2") _ar_mode=$3 _ar_w=$4
	if [ "$_ar_tool" = go ]; then
		rm -rf "$_ar_w/src"
		mkdir -p "$_ar_w/src"
		cp "$_ar_d"/*.go "$_ar_w/src/"
		printf 'module allocs/%s\n\ngo 1.26\n' "${2##*/}" > "$_ar_w/src/go.mod"
		_ar_d=$_ar_w/src
	fi
	_ar_bench="-bench . -benchmem -benchtime=100x"
	[ "$_ar_mode" = m ] && _ar_bench=
	(
		cd "$_ar_d" || exit 125
		# shellcheck disable=SC2086
		with_timeout "$BUILD_TIMEOUT" env GOMAXPROCS=1 GOFLAGS=-count=1 "$(tool_cmd "$_ar_tool")" test \
			-run '^$' $_ar_bench -gcflags="$(allocs_gcflags "$_ar_mode")"
	) > "$_ar_w/out" 2>&1
	_ar_st=$?
	if [ "$_ar_mode" = m ]; then
		allocs_m_lines < "$_ar_w/out" > "$_ar_w/table"
	else
		allocs_table < "$_ar_w/out" > "$_ar_w/table"
	fi
	return $_ar_st
}

# allocs_header MODE: the comment lines at the top of a golden.
allocs_header() {
	if [ "$1" = m ]; then
		echo "# -m lines of: go test -run '^\$' -gcflags=-m, for the package under test (no test main)"
		echo "# Generated by scripts/golden-allocs.sh from real Go; do not edit."
		return
	fi
	echo "# B/op and allocs/op of: go test -run '^\$' -bench . -benchmem -benchtime=100x -gcflags='$(allocs_gcflags "$1")'"
	case $1 in
	inline) echo "# gc's default build (inlining on).  ns/op is not compared." ;;
	*) echo "# gc ran with -l (no inlining).  ns/op is not compared." ;;
	esac
	echo "# Generated by scripts/golden-allocs.sh from real Go; do not edit."
}
