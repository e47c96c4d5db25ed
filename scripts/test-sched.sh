#!/bin/sh
# test-sched.sh — the scheduling-order tests of testdata/sched: programs
# whose output depends on the order in which goroutines run (runnext, the
# local and global run queues, the schedule tick, wake-up order, goroutine
# ids).  Their goldens come from real Go run with GOMAXPROCS=1, which is
# what tgo's one-thread scheduler reproduces; testdata/run only holds
# programs whose output is the same for any GOMAXPROCS.  Same golden format
# and stderr normalization as testdata/run (scripts/lib.sh).
#
#   sh scripts/test-sched.sh            check bin/tgo against the goldens
#                                       (and, with go on PATH, that the
#                                       goldens still match real Go)
#   sh scripts/test-sched.sh --golden   regenerate the goldens from real Go
#   sh scripts/test-sched.sh x.go ...   only these tests
#
# Ends with the line "N passed, N failed"; exit status 1 if anything failed.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
DIR=$ROOT/testdata/sched
GOMAXPROCS=1
export GOMAXPROCS

golden=0
if [ "$1" = --golden ]; then
	golden=1
	shift
fi
if [ $# -eq 0 ]; then
	set -- $(cd "$DIR" && ls *.go)
fi
if have_go; then lib_go_env; fi

pass=0
fail=0
for f in "$@"; do
	f=${f##*/}
	w=$(mktemp -d) || exit 1
	g=$DIR/${f%.go}.golden
	if [ $golden = 1 ]; then
		program_result go "$DIR" "$f" "$w" > "$w/new"
		if ! cmp -s "$w/new" "$g"; then
			cp "$w/new" "$g" && echo "updated ${g#"$ROOT"/}"
		fi
		rm -rf "$w"
		continue
	fi
	for tool in tgo go; do
		[ $tool = go ] && ! have_go && continue
		mkdir -p "$w/$tool"
		program_result $tool "$DIR" "$f" "$w/$tool" > "$w/$tool/actual"
		if diff -u -L "${g#"$ROOT"/}" -L "$tool: $f" "$g" "$w/$tool/actual" > "$w/$tool/diff"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "--- FAIL: sched/$f ($tool)"
			sed 's/^/    /' "$w/$tool/diff"
		fi
	done
	rm -rf "$w"
done
[ $golden = 1 ] && exit 0
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
