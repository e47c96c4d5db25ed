#!/bin/sh
# escape-report.sh — how many programs get gc's exact -m output from tgo.
#
#   sh scripts/escape-report.sh [-m2] [-v] [DIR ...]
#
# For every x.go in the directories (default: testdata/escape and
# testdata/run), builds it with `go build -gcflags='-m -l'` and with
# `tgo build -gcflags='-m -l'` (-m=2 with -m2) and compares the outputs
# byte for byte (gc's "# command-line-arguments" line dropped; tgo stops
# after escape analysis).  Prints one line per program that differs (with
# -v, the diff), then "N of M programs differ" per directory.  A report,
# not a gate: testdata/escape is gated by `scripts/test.sh escape`.
# doc/escape.md explains the known differences.  Needs `go`.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"

if ! have_go; then
	echo "escape-report.sh: go is not on PATH" >&2
	exit 1
fi
lib_go_env

if [ "$1" = --one ]; then
	# --one FLAGS DIR FILE OUT
	flags=$2 d=$3 f=$4 out=$5
	w=$(mktemp -d) || exit 1
	cp "$d/$f" "$w/"
	(cd "$w" && go build -gcflags="$flags" -o /dev/null "$f") 2>&1 | grep -v '^# command-line-arguments$' > "$w/gc"
	(cd "$w" && "$TGO" build -gcflags="$flags -d=dump=lower" -o /dev/null "$f") 2>&1 >/dev/null |
		grep -v '^# command-line-arguments$' > "$w/tgo"
	if cmp -s "$w/gc" "$w/tgo"; then
		: > "$out.same"
	else
		diff -u -L "gc $f" -L "tgo $f" "$w/gc" "$w/tgo" > "$out.diff"
	fi
	rm -rf "$w"
	exit 0
fi

flags="-m -l"
verbose=0
while [ $# -gt 0 ]; do
	case $1 in
	-m2) flags="-m=2 -l" ;;
	-v) verbose=1 ;;
	*) break ;;
	esac
	shift
done
[ $# -eq 0 ] && set -- "$ROOT/testdata/escape" "$ROOT/testdata/run"

res=$(mktemp -d) || exit 2
trap 'rm -rf "$res"' EXIT
for d in "$@"; do
	d=$(cd "$d" && pwd)
	n=0
	for f in "$d"/*.go; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		echo "$d ${f##*/} $res/$n"
	done > "$res/list"
	while read -r dd ff oo; do printf '%s\n%s\n%s\n%s\n' "$flags" "$dd" "$ff" "$oo"; done < "$res/list" |
		xargs -d '\n' -P "${TGO_TEST_JOBS:-2}" -n 4 sh "$0" --one
	ndiff=0
	while read -r dd ff oo; do
		if [ -f "$oo.diff" ]; then
			ndiff=$((ndiff + 1))
			echo "DIFF ${d#"$ROOT"/}/$ff"
			[ $verbose = 1 ] && sed 's/^/    /' "$oo.diff"
		fi
		rm -f "$oo.diff" "$oo.same"
	done < "$res/list"
	echo "${d#"$ROOT"/}: $ndiff of $n programs differ from gc (-gcflags='$flags')"
done
