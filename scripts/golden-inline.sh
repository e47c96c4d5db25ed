#!/bin/sh
# golden-inline.sh — the goldens of testdata/inline, from real gc.
#
#   testdata/inline/x.golden     `go build -gcflags='FLAGS' x.go` output, FLAGS
#                                from x.go's "// errorcheck -0 FLAGS" line
#                                (e.g. "-m"), without "# command-line-arguments"
#   testdata/inline/x.m2.golden  the same with -m=2 in place of -m
#
#   sh scripts/golden-inline.sh [x.go ...]   regenerate (all, or the named tests)
#
# Fails if `go` is not on PATH or if real Go cannot build a test.  The test
# suite (scripts/test.sh inline) checks for drift test by test.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/inline-lib.sh"

if ! command -v go >/dev/null 2>&1; then
	echo "golden-inline.sh: go is not on PATH; goldens come from real Go only" >&2
	exit 1
fi
lib_go_env
[ $# -eq 0 ] && set -- "$INLINE_DIR"/*.go
st=0
for src in "$@"; do
	f=${src##*/}
	flags=$(inline_flags "$INLINE_DIR/$f")
	for kind in m m2; do
		fl=$flags
		[ $kind = m2 ] && fl=$(inline_m2_flags "$flags")
		w=$(mktemp -d) || exit 1
		inline_output go "$f" "$fl" "$w" > "$w/new"
		g=$(inline_golden "$f" $kind)
		if grep -q '^-- exit [0-9]* --$' "$w/new"; then
			echo "golden-inline.sh: real Go cannot build $f (-gcflags='$fl'):" >&2
			cat "$w/new" >&2
			st=1
		elif ! cmp -s "$w/new" "$g"; then
			cp "$w/new" "$g" && echo "updated ${g#"$ROOT"/}"
		fi
		rm -rf "$w"
	done
done
exit $st
