# inline-lib.sh — shell functions for testdata/inline, shared by
# scripts/inline-suite.sh (suite inline of scripts/test.sh) and
# scripts/golden-inline.sh.
#
# Sourced, never run; the caller sets ROOT and sources scripts/lib.sh first.
#
# A test is testdata/inline/x.go, a package main whose first line is an
# errorcheck directive without -l, e.g. "// errorcheck -0 -m".  Next to it:
# x.golden, gc's exact output for `go build -gcflags='FLAGS' x.go` without
# the "# command-line-arguments" line, and x.m2.golden, the same with -m=2.
#
# Only the inlining decisions are compared, the lines
# inline_decisions keeps ("can inline f", at -m=2 with its cost and body,
# "cannot inline f: reason"); testdata/escape/inline_*.go compare the whole
# output of inlined programs.

INLINE_DIR=$ROOT/testdata/inline

# inline_flags FILE: the -gcflags of a test (its directive minus -0).
inline_flags() {
	sed -n '1s|^// errorcheck||p' "$1" | tr ' ' '\n' | grep -v '^-0$' | grep . | tr '\n' ' ' | sed 's/ $//'
}

# inline_m2_flags FLAGS: FLAGS with -m replaced by -m=2.
inline_m2_flags() {
	echo " $1 " | sed 's/ -m / -m=2 /; s/^ //; s/ $//'
}

# inline_output go|tgo FILE FLAGS WORK: the output of building
# testdata/inline/FILE (see escape-lib.sh's escape_output).
inline_output() {
	_io_tool=$1 _io_f=$2 _io_flags=$3 _io_w=$4
	_io_d=$INLINE_DIR
	[ "$_io_tool" = go ] && _io_d=$(go_srcdir "$INLINE_DIR" "$_io_f" "$_io_w")
	(cd "$_io_d" && with_timeout "$BUILD_TIMEOUT" "$(tool_cmd "$_io_tool")" build -gcflags="$_io_flags" \
		-o "$_io_w/prog" "$_io_f") > "$_io_w/build.out" 2>&1
	_io_st=$?
	awk 'NR == 1 && $0 == "# command-line-arguments" { next } { print }' "$_io_w/build.out"
	[ $_io_st -ne 0 ] && echo "-- exit $_io_st --"
	return 0
}

# inline_decisions: the lines of -m output that are inlining decisions.
inline_decisions() {
	grep -E ': (can inline |cannot inline )|^-- exit'
}

# inline_golden FILE KIND: x.golden (KIND m) or x.m2.golden (KIND m2).
inline_golden() {
	case $2 in
	m2) echo "$INLINE_DIR/${1%.go}.m2.golden" ;;
	*) echo "$INLINE_DIR/${1%.go}.golden" ;;
	esac
}
