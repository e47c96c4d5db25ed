#!/bin/sh
# golden-gotest.sh — regenerate testdata/gotest/NAME.golden from real Go:
# for each case of testdata/gotest/cases.txt, `go test ARGS` in its
# directory (GOMAXPROCS=1, -count=1), exit status, stdout normalized by
# scripts/normalize-gotest.awk, stderr by scripts/normalize.awk
# (scripts/lib-gotest.sh has the details).  A golden is rewritten only when
# its content changed.  Fails if `go` is not on PATH.
#
#   sh scripts/golden-gotest.sh [NAME ...]     only the named cases

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/lib-gotest.sh"

if ! command -v go >/dev/null 2>&1; then
	echo "golden-gotest.sh: go is not on PATH; goldens come from real Go only" >&2
	exit 1
fi
lib_go_env
echo "goldens from $(go version)"

names=$*
[ -n "$names" ] || names=$(gotest_names)
st=0
for n in $names; do
	w=$(mktemp -d) || exit 1
	if ! gotest_result go "$n" "$w" > "$w/new"; then
		st=1
	else
		g=$GOTEST_DIR/$n.golden
		if ! cmp -s "$w/new" "$g"; then
			cp "$w/new" "$g" && echo "updated ${g#"$ROOT"/}"
		fi
	fi
	rm -rf "$w"
done
exit $st
