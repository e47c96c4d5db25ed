#!/bin/sh
# bench.sh — `make bench`: tgo against gc, as ratios measured in the same run.
#
#   compile     bin/tgo build of a generated 2,000-line program
#               (scripts/gen-big.sh) against `go build` of it (the standard
#               library already in go's cache); goal: tgo under 1 s
#   binary_trees, churn     allocation and the collector (testdata/bench);
#               goals: time within 2x of gc, peak RSS within 1.5x of gc's,
#               churn under 150 MiB peak RSS
#   pingpong, fanin, sieve  goroutines and channels with GOMAXPROCS=1;
#               goal: within 1.5x of gc
#
# Each program is built by both compilers, the outputs must agree, then the
# two binaries run alternately RUNS times (default 3); the best wall time
# and the largest peak RSS (GNU time, when installed) of each are reported.
# Each runtime benchmark is measured twice: as built by default (inlining
# on) and with -gcflags=-l (row "NAME -l"), for both compilers; the last
# column of a default row is what inlining saves tgo (time with -l / time
# without), next to gc's.
# Timings are measurements on this machine, never test assertions.
#
#   sh scripts/bench.sh [-n RUNS] [name ...]      names: compile binary_trees ...

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
runs=3
if [ "$1" = -n ]; then
	runs=$2
	shift 2
fi
[ $# -gt 0 ] || set -- compile binary_trees churn pingpong fanin sieve
if ! have_go; then
	echo "bench.sh: go is not on PATH; the ratios need real Go" >&2
	exit 1
fi
lib_go_env
w=$(mktemp -d) || exit 1
trap 'rm -rf "$w"' EXIT
GNUTIME=
[ -x /usr/bin/time ] && /usr/bin/time -f %M true > /dev/null 2>&1 && GNUTIME=/usr/bin/time

# args NAME: the program's arguments in the benchmark
args() {
	case $1 in
	binary_trees) echo 18 ;;
	churn) echo 10 ;;
	esac
}

# measure OUT CMD...: run CMD once; OUT gets "nanoseconds kilobytes"
measure() {
	_m_out=$1
	shift
	_t0=$(date +%s%N)
	if [ -n "$GNUTIME" ]; then
		$GNUTIME -f %M -o "$w/rss" "$@" > /dev/null 2>&1
	else
		"$@" > /dev/null 2>&1
		echo 0 > "$w/rss"
	fi
	_t1=$(date +%s%N)
	echo "$((_t1 - _t0)) $(tail -n 1 "$w/rss")" > "$_m_out"
}

# best A B: the smaller time and the larger RSS of two "ns kb" records
best() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		split(a, x, " "); split(b, y, " ")
		if (x[1] == "") { print b; exit }
		t = x[1] < y[1] ? x[1] : y[1]; m = x[2] > y[2] ? x[2] : y[2]
		print t, m }'
}

# race NAME TGO-CMD -- GC-CMD: alternate the two RUNS times, print a row
race() {
	_name=$1
	shift
	_tgo= _gc=
	_i=0
	while [ $_i -lt "$runs" ]; do
		measure "$w/a" sh -c "$1"
		measure "$w/b" sh -c "$2"
		_tgo=$(best "$_tgo" "$(cat "$w/a")")
		_gc=$(best "$_gc" "$(cat "$w/b")")
		_i=$((_i + 1))
	done
	echo "$_tgo $_gc" > "$w/last"
	awk -v n="$_name" -v t="$_tgo" -v g="$_gc" -v rss="$GNUTIME" 'BEGIN {
		split(t, a, " "); split(g, b, " ")
		line = sprintf("%-16s %10.1f ms %10.1f ms %7.2f", n, a[1] / 1e6, b[1] / 1e6, a[1] / b[1])
		if (rss != "" && b[2] > 0)
			line = line sprintf("   %7.1f MiB %7.1f MiB %6.2f", a[2] / 1024, b[2] / 1024, a[2] / b[2])
		printf "%s", line }'
}

# inlining_gain DEFAULT NOINLINE: "tgo N.NNx gc N.NNx", time with -l over
# time without, from the "tgo-ns tgo-kb gc-ns gc-kb" records of the two runs
inlining_gain() {
	awk -v d="$1" -v l="$2" 'BEGIN {
		split(d, a, " "); split(l, b, " ")
		printf "   inlining: tgo %.2fx, gc %.2fx", b[1] / a[1], b[3] / a[3] }'
}

printf '%-16s %13s %13s %7s   %11s %11s %6s\n' benchmark "tgo time" "gc time" ratio "tgo RSS" "gc RSS" ratio
status=0
for b in "$@"; do
	if [ "$b" = compile ]; then
		sh "$ROOT/scripts/gen-big.sh" 2000 > "$w/big.go"
		mkdir -p "$w/gocache"
		echo 'package main; func main() {}' > "$w/warm.go"
		(cd "$w" && GOCACHE="$w/gocache" go build -o /dev/null warm.go) > /dev/null 2>&1
		# a fresh name each time defeats go's cache of the main package
		race compile "$TGO build -o $w/big.tgo $w/big.go" \
			"cd $w && cp big.go big\$(date +%N).go && GOCACHE=$w/gocache go build -o big.gc big[0-9]*.go; rm -f big[0-9]*.go"
		echo
		continue
	fi
	src=$ROOT/testdata/bench/$b.go
	a=$(args "$b")
	case $b in
	pingpong | fanin | sieve) env="GOMAXPROCS=1" ;;
	*) env= ;;
	esac
	for flags in "" -l; do
		if ! "$TGO" build -o "$w/$b.tgo" ${flags:+-gcflags=$flags} "$src" > "$w/build.out" 2>&1; then
			echo "$b: tgo build failed:"; cat "$w/build.out"; status=1; continue 2
		fi
		mkdir -p "$w/src" && cp "$src" "$w/src/$b.go"
		if ! (cd "$w/src" && go build -o "$w/$b.gc" ${flags:+-gcflags=$flags} "$b.go") > "$w/build.out" 2>&1; then
			echo "$b: go build failed:"; cat "$w/build.out"; status=1; continue 2
		fi
		if [ "$(env $env "$w/$b.tgo" $a 2>&1)" != "$(env $env "$w/$b.gc" $a 2>&1)" ]; then
			echo "$b: the outputs of tgo's and gc's binaries differ"
			status=1
			continue 2
		fi
		race "$b${flags:+ $flags}" "env $env $w/$b.tgo $a" "env $env $w/$b.gc $a"
		if [ -z "$flags" ]; then
			cp "$w/last" "$w/default"
			echo
		else
			inlining_gain "$(cat "$w/default")" "$(cat "$w/last")"
			echo
		fi
	done
done
exit $status
