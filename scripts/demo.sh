#!/bin/sh
# demo.sh — `make demo`: compile and run the programs in examples/, showing
# for each what it demonstrates, tgo's escape analysis decisions
# (-gcflags=-m, worded as gc words them), and its output; then `tgo
# compare` on examples/bench and on testdata/allocs/blog (the blog's
# examples with 0-100 tasks).
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TGO=$ROOT/bin/tgo
cd "$ROOT/examples" || exit 1
status=0
for f in *.go; do
	echo "=== $f: $(sed -n '1s|^// *||p' "$f")"
	echo "--- tgo build -gcflags='-m -l' $f"
	"$TGO" build -gcflags='-m -l' -o /tmp/tgo-demo.$$ "$f" 2>&1 | sed '/^# /d'
	echo "--- output"
	/tmp/tgo-demo.$$ 2>&1 || status=1
	rm -f /tmp/tgo-demo.$$
	echo
done

# tgo compare on the benchmarks of examples/bench (the Go blog's stack
# allocation examples and the classic stack-versus-heap cases): real Go's
# allocs/op and B/op next to tgo's.  Without go, tgo's figures next to gc's
# as recorded in examples/bench/gc.golden (scripts/golden-allocs.sh).
echo "=== tgo compare -gcflags=-l -benchtime=10000x bench: the Go blog's stack allocation examples, stack vs heap"
if command -v go >/dev/null 2>&1; then
	"$TGO" compare -gcflags=-l -benchtime=10000x bench || status=1
else
	echo "(go is not installed: the gc columns are recorded, from bench/gc.golden)"
	(cd bench && "$TGO" test -run '^$' -bench . -benchmem -benchtime=10000x -gcflags=-l) > /tmp/tgo-demo.$$ 2>&1 || status=1
	awk -F'\t' '
	FNR == NR { if ($0 !~ /^#/) { split($2, b, " "); split($3, a, " "); gb[$1] = b[1]; ga[$1] = a[1] } next }
	/^Benchmark/ && / allocs\/op/ {
		n = split($0, f, /[ \t]+/)
		for (i = 2; i <= n; i++) { if (f[i] == "B/op") tb = f[i-1]; if (f[i] == "allocs/op") ta = f[i-1] }
		rows[++nr] = sprintf("%-28s %6s %6s  %s %8s %8s", f[1], (f[1] in ga) ? ga[f[1]] : "-", ta,
			(f[1] in ga && ga[f[1]] == ta) ? "=" : "≠", (f[1] in gb) ? gb[f[1]] : "-", tb)
	}
	END {
		printf "%-28s %13s     %17s\n", "", "allocs/op", "B/op"
		printf "%-28s %6s %6s     %8s %8s\n", "benchmark", "gc*", "tgo", "gc*", "tgo"
		for (i = 1; i <= nr; i++) print rows[i]
		print "* recorded from real Go"
	}' bench/gc.golden /tmp/tgo-demo.$$
	rm -f /tmp/tgo-demo.$$
fi

# Every example of the blog post (process, process2, process3 with guesses
# 1/4/5/1000, process4, extract = the blog's extract3, extract2) with 0-100
# tasks: the table the README shows (scripts/readme-blog-table.sh).
if command -v go >/dev/null 2>&1; then
	echo
	echo "=== tgo compare -gcflags=-l -benchtime=100x testdata/allocs/blog: every example of the blog post, 0-100 tasks"
	(cd "$ROOT" && "$TGO" compare -gcflags=-l -benchtime=100x -strict testdata/allocs/blog) || status=1
fi
exit $status
