# normalize-gotest.awk — the stdout normalization of the gotest suite
# (scripts/lib-gotest.sh): what `go test` prints differently from run to run,
# or from machine to machine, and what no Go program controls.  Applied to
# the output of real `go test` (for the goldens) and of `tgo test` alike.
#
#  1. Durations: "(0.01s)" becomes "(X.XXs)"; the time on the "ok  \tpkg\t"
#     and "FAIL\tpkg\t" lines becomes "X.XXXs".
#  2. "cpu: AMD EPYC" becomes "cpu: CPU".
#  3. Benchmark measurements: "      95.31 ns/op" becomes "NS ns/op" and
#     "  31.00 MB/s" becomes "MB MB/s" (N, B/op and allocs/op are kept: the
#     cases use -benchtime=Nx).
#  4. Panics: "goroutine 7 [running]:" becomes "goroutine N [running]:" and
#     the traceback after it is dropped (as scripts/normalize.awk does).
BEGIN { intrace = 0 }

intrace {
	if ($0 ~ /^\t/ || $0 ~ /^[^ \t][^ \t]*\(.*\)$/ || $0 ~ /^created by / ||
	    $0 ~ /^\.\.\.[0-9]+ frames elided\.\.\.$/ || $0 ~ /^\.\.\.additional frames elided\.\.\.$/)
		next
	intrace = 0
}

/^goroutine [0-9]+ .*\[.*\]:$/ {
	sub(/^goroutine [0-9]+/, "goroutine N")
	print
	intrace = 1
	next
}

{
	gsub(/\([0-9]+\.[0-9][0-9]s\)/, "(X.XXs)")
	if ($0 ~ /^(ok  |FAIL)\t[^\t]+\t[0-9]+\.[0-9]+s/)
		sub(/\t[0-9]+\.[0-9]+s/, "\tX.XXXs")
	if ($0 ~ /^cpu: /)
		$0 = "cpu: CPU"
	gsub(/\t *[0-9.]+ ns\/op/, "\tNS ns/op")
	gsub(/\t *[0-9.]+ MB\/s/, "\tMB MB/s")
	print
}
