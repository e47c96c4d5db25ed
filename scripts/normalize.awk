# normalize.awk — the stderr normalization of the test harness.
#
# scripts/lib.sh pipes a program's stderr through this script before it is
# compared with (or written to) a golden file, for real Go and for tgo alike,
# so that what Go prints differently from run to run or from build to build
# does not count.  doc/testing.md lists the rules; in short:
#
#  1. After a goroutine header ("goroutine 1 [running]:"), the traceback is
#     dropped: function lines ("main.f(...)", "panic({0x4a?, 0x5b?})"), their
#     tab-indented "/path/x.go:12 +0x1d" lines, "created by ..." lines and
#     "...N frames elided..." lines.  The header is kept.  The traceback ends
#     at the first line that is none of these (a blank line, "exit status 2").
#  2. "[signal SIGSEGV: ... pc=0x47a750]": the pc value becomes "pc=PC".
#  3. Stack overflow: "runtime: sp=0x... stack=[0x..., 0x...]" is dropped, and
#     so is everything from "runtime stack:" (and the blank lines just before
#     it) up to the end, or up to an "exit status N" line (printed by `go run`).
#
# Invoke as: awk -v nofinal=1 -f normalize.awk   when the input does not end
# in a newline (the output then does not end in one either).
BEGIN { intrace = 0; skiprest = 0; held = 0; n = 0 }

function emit(line) {
	while (held > 0) { out(""); held-- }
	out(line)
}
function out(line) {
	if (n++ > 0) printf "\n"
	printf "%s", line
}

skiprest {
	if ($0 ~ /^exit status [0-9]+$/) { skiprest = 0; emit($0) }
	next
}

intrace {
	if ($0 ~ /^\t/ || $0 ~ /^[^ \t][^ \t]*\(.*\)$/ || $0 ~ /^created by / ||
	    $0 ~ /^\.\.\.[0-9]+ frames elided\.\.\.$/ || $0 ~ /^\.\.\.additional frames elided\.\.\.$/)
		next
	intrace = 0
}

/^runtime stack:$/ { held = 0; skiprest = 1; next }
/^runtime: sp=0x[0-9a-f]+ stack=\[/ { next }

/^$/ { held++; next }

/^goroutine [0-9]+ .*\[.*\]:$/ { emit($0); intrace = 1; next }

/^\[signal / { gsub(/pc=0x[0-9a-f]+/, "pc=PC") }

{ emit($0) }

END {
	while (held > 0) { out(""); held-- }
	if (n > 0 && !nofinal) printf "\n"
}
