# escape-lib.sh — shell functions for testdata/escape, shared by
# scripts/test.sh (suites escape and escapeall) and scripts/golden-escape.sh.
#
# Sourced, never run; the caller sets ROOT and sources scripts/lib.sh first.
#
# A test is testdata/escape/x.go, a package main whose first line is an
# errorcheck directive as in Go's test directory, e.g.
#
#     // errorcheck -0 -m -l
#
# The flags after -0 are the compiler flags (-gcflags) of the test.  Next to
# it: x.golden, gc's exact output for `go build -gcflags='FLAGS' x.go`
# without the "# command-line-arguments" line, and x.m2.golden, the same
# with -m=2 in place of -m (gc's flow explanations).  The `// ERROR`
# annotations of x.go are checked against both compilers' -m output.

ESCAPE_DIR=$ROOT/testdata/escape

# escape_flags FILE: the -gcflags of an escape test (its directive minus -0).
escape_flags() {
	sed -n '1s|^// errorcheck||p' "$1" | tr ' ' '\n' | grep -v '^-0$' | grep . | tr '\n' ' ' | sed 's/ $//'
}

# escape_m2_flags FLAGS: FLAGS with -m replaced by -m=2.
escape_m2_flags() {
	echo " $1 " | sed 's/ -m / -m=2 /; s/^ //; s/ $//'
}

# escape_output go|tgo FILE FLAGS WORK: build testdata/escape/FILE with
# `TOOL build -gcflags=FLAGS` and print its output (stdout and stderr, as
# the go command prints the compiler's) without the "# command-line-arguments"
# header.  Real Go builds a copy in WORK/src (see lib.sh's go_srcdir); tgo
# builds in place.  The build's exit status is printed last as
# "-- exit N --" when it is not 0.
escape_output() {
	_eo_tool=$1 _eo_f=$2 _eo_flags=$3 _eo_w=$4
	_eo_d=$ESCAPE_DIR
	[ "$_eo_tool" = go ] && _eo_d=$(go_srcdir "$ESCAPE_DIR" "$_eo_f" "$_eo_w")
	(cd "$_eo_d" && with_timeout "$BUILD_TIMEOUT" "$(tool_cmd "$_eo_tool")" build -gcflags="$_eo_flags" \
		-o "$_eo_w/prog" "$_eo_f") > "$_eo_w/build.out" 2>&1
	_eo_st=$?
	# gc's backend compiles functions concurrently, largest first, and
	# prints -d=defer lines as it goes: with -d=defer the order is not
	# gc's to keep, and the output is compared sorted.
	case " $_eo_flags " in
	*" -d=defer "*) _eo_sort="env LC_ALL=C sort" ;;
	*) _eo_sort=cat ;;
	esac
	awk 'NR == 1 && $0 == "# command-line-arguments" { next } { print }' "$_eo_w/build.out" | $_eo_sort
	[ $_eo_st -ne 0 ] && echo "-- exit $_eo_st --"
	return 0
}

# escape_golden FILE KIND: the golden of FILE; KIND is m (x.golden) or m2
# (x.m2.golden).
escape_golden() {
	case $2 in
	m2) echo "$ESCAPE_DIR/${1%.go}.m2.golden" ;;
	*) echo "$ESCAPE_DIR/${1%.go}.golden" ;;
	esac
}
