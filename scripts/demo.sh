#!/bin/sh
# demo.sh — `make demo`: compile and run the programs in examples/, showing
# for each what it demonstrates, tgo's escape analysis decisions
# (-gcflags=-m, worded as gc words them), and its output.
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
exit $status
