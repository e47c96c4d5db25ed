#!/bin/sh
# golden-escape.sh — the goldens of testdata/escape, from real gc.
#
#   testdata/escape/x.golden     `go build -gcflags='FLAGS' x.go` output, FLAGS
#                                from x.go's "// errorcheck -0 FLAGS" line
#                                (e.g. "-m -l"), without "# command-line-arguments"
#   testdata/escape/x.m2.golden  the same with -m=2 in place of -m
#
#   sh scripts/golden-escape.sh [x.go ...]       regenerate (all, or the named
#                                                tests); prints each golden that changed
#   sh scripts/golden-escape.sh --check [x.go ...]
#                                                compare only: exit 1 when a
#                                                committed golden differs from
#                                                what gc prints now (drift), or
#                                                is missing
#   sh scripts/golden-escape.sh --annotate x.go  write `// ERROR "regexp"`
#                                                annotations for gc's -m lines
#                                                into a new test (its lines must
#                                                have none yet)
#
# Fails if `go` is not on PATH or if real Go cannot build a test.  The
# test suite (scripts/test.sh escape) checks the same drift test by test.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/escape-lib.sh"

if ! command -v go >/dev/null 2>&1; then
	echo "golden-escape.sh: go is not on PATH; goldens come from real Go only" >&2
	exit 1
fi
lib_go_env

# --one MODE FILE: regenerate (MODE=write) or check (MODE=check) the two
# goldens of one test.
if [ "$1" = --one ]; then
	mode=$2 f=$3
	w=$(mktemp -d) || exit 1
	flags=$(escape_flags "$ESCAPE_DIR/$f")
	st=0
	for kind in m m2; do
		fl=$flags
		[ $kind = m2 ] && fl=$(escape_m2_flags "$flags")
		mkdir -p "$w/$kind"
		escape_output go "$f" "$fl" "$w/$kind" > "$w/$kind.new"
		g=$(escape_golden "$f" $kind)
		if grep -q '^-- exit [0-9]* --$' "$w/$kind.new"; then
			echo "golden-escape.sh: real Go cannot build $f (-gcflags='$fl'):" >&2
			cat "$w/$kind.new" >&2
			st=1
		elif ! cmp -s "$w/$kind.new" "$g"; then
			if [ "$mode" = check ]; then
				echo "drift: ${g#"$ROOT"/} differs from gc -gcflags='$fl':"
				diff -u "$g" "$w/$kind.new" 2>&1 | head -n 20
				st=1
			else
				cp "$w/$kind.new" "$g" && echo "updated ${g#"$ROOT"/}"
			fi
		fi
	done
	rm -rf "$w"
	exit $st
fi

# --annotate FILE: add gc's -m lines as // ERROR annotations.
if [ "$1" = --annotate ]; then
	f=${2##*/}
	src=$ESCAPE_DIR/$f
	[ -f "$src" ] || { echo "golden-escape.sh: no $src" >&2; exit 1; }
	w=$(mktemp -d) || exit 1
	escape_output go "$f" "$(escape_flags "$src")" "$w" > "$w/out"
	if grep -q '^-- exit' "$w/out"; then
		cat "$w/out" >&2
		rm -rf "$w"
		exit 1
	fi
	# regexps: RE2 metacharacters escaped, double quotes as "."
	awk -v file="./$f" '
		FNR == NR {
			n = index($0, ": ")
			split(substr($0, 1, n - 1), p, ":")
			if (p[1] != file) next
			msg = substr($0, n + 2)
			gsub(/[][\\.(){}*+?^$|]/, "\\\\&", msg)
			gsub(/"/, ".", msg)
			# a message printed twice on a line is matched by one regexp
			if (index(want[p[2]] " ", " \"" msg "\" ") == 0)
				want[p[2]] = want[p[2]] " \"" msg "\""
			next
		}
		{
			if (FNR in want) {
				if ($0 ~ /\/\/ ERROR/) { print "golden-escape.sh: line " FNR " is already annotated" > "/dev/stderr"; bad = 1 }
				print $0 " // ERROR" want[FNR]
			} else print
		}
		END { exit bad }' "$w/out" "$src" > "$w/annotated" && cp "$w/annotated" "$src"
	st=$?
	rm -rf "$w"
	exit $st
fi

mode=write
if [ "$1" = --check ]; then
	mode=check
	shift
fi
echo "escape goldens from $(go version)"
{
	if [ $# -gt 0 ]; then
		for f in "$@"; do echo "$mode ${f##*/}"; done
	else
		for f in "$ESCAPE_DIR"/*.go; do [ -f "$f" ] && echo "$mode ${f##*/}"; done
	fi
} | xargs -P "${TGO_TEST_JOBS:-2}" -n 2 sh "$ROOT/scripts/golden-escape.sh" --one
st=$?
for g in "$ESCAPE_DIR"/*.golden; do
	[ -f "$g" ] || continue
	b=${g%.golden}
	b=${b%.m2}
	[ -f "$b.go" ] || { echo "golden-escape.sh: stale golden ${g#"$ROOT"/} (no .go file)" >&2; st=1; }
done
if [ $st -ne 0 ]; then
	echo "golden-escape.sh: FAILED" >&2
	exit 1
fi
if [ $mode = check ]; then echo "escape goldens match gc"; else echo "escape goldens are up to date"; fi
