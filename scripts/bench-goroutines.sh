#!/bin/sh
# bench-goroutines.sh — the goroutine benchmarks of testdata/bench
# (pingpong.go, fanin.go, sieve.go): each is built with bin/tgo and with
# real Go, and both binaries run in the same invocation, alternately, with
# GOMAXPROCS=1 (tgo runs goroutines on one thread; so does gc then).
# Prints, per benchmark, the best wall time of each and the ratio tgo/gc
# (below 1 means tgo is faster).  With hyperfine on PATH it is used for
# the measurements (its mean times give the ratio).
#
#   sh scripts/bench-goroutines.sh [-n RUNS] [bench.go ...]
#
# Timings are machine-dependent measurements, never test assertions.

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
runs=5
if [ "$1" = -n ]; then
	runs=$2
	shift 2
fi
[ $# -gt 0 ] || set -- pingpong.go fanin.go sieve.go
if ! have_go; then
	echo "bench-goroutines.sh: go is not on PATH; the ratios need real Go" >&2
	exit 1
fi
lib_go_env
GOMAXPROCS=1
export GOMAXPROCS
w=$(mktemp -d) || exit 1
trap 'rm -rf "$w"' EXIT

now_ns() { date +%s%N; }

# time_once CMD...: the wall time of one run, in ns
time_once() {
	_t0=$(now_ns)
	"$@" > /dev/null 2>&1
	_t1=$(now_ns)
	echo $((_t1 - _t0))
}

ms() { awk -v n="$1" 'BEGIN { printf "%.1f ms", n / 1e6 }'; }

printf '%-12s %14s %14s %8s\n' benchmark tgo gc tgo/gc
status=0
for b in "$@"; do
	b=${b##*/}
	name=${b%.go}
	src=$ROOT/testdata/bench/$b
	if ! "$TGO" build -o "$w/$name.tgo" "$src" > "$w/build.out" 2>&1; then
		echo "$name: tgo build failed:"; cat "$w/build.out"; status=1; continue
	fi
	mkdir -p "$w/src" && cp "$src" "$w/src/$b"
	if ! (cd "$w/src" && go build -o "$w/$name.gc" "$b") > "$w/build.out" 2>&1; then
		echo "$name: go build failed:"; cat "$w/build.out"; status=1; continue
	fi
	a=$("$w/$name.tgo" 2>&1)
	g=$("$w/$name.gc" 2>&1)
	if [ "$a" != "$g" ]; then
		echo "$name: outputs differ (tgo: $a, gc: $g)"
		status=1
		continue
	fi
	if command -v hyperfine > /dev/null 2>&1; then
		hyperfine -N -w 1 -r "$runs" --export-json "$w/h.json" -n tgo "$w/$name.tgo" -n gc "$w/$name.gc" > /dev/null 2>&1
		t=$(sed -n 's/.*"mean": *\([0-9.e+-]*\).*/\1/p' "$w/h.json" | sed -n 1p)
		g=$(sed -n 's/.*"mean": *\([0-9.e+-]*\).*/\1/p' "$w/h.json" | sed -n 2p)
		tn=$(awk -v x="$t" 'BEGIN { printf "%d", x * 1e9 }')
		gn=$(awk -v x="$g" 'BEGIN { printf "%d", x * 1e9 }')
	else
		tn=0 gn=0
		i=0
		while [ $i -lt "$runs" ]; do
			x=$(time_once "$w/$name.tgo")
			y=$(time_once "$w/$name.gc")
			{ [ $tn -eq 0 ] || [ "$x" -lt $tn ]; } && tn=$x
			{ [ $gn -eq 0 ] || [ "$y" -lt $gn ]; } && gn=$y
			i=$((i + 1))
		done
	fi
	printf '%-12s %14s %14s %8s\n' "$name" "$(ms $tn)" "$(ms $gn)" \
		"$(awk -v a="$tn" -v b="$gn" 'BEGIN { printf "%.2f", a / b }')"
done
exit $status
