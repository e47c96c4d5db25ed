# inline-suite.sh — the suite inline of scripts/test.sh (sourced by it; see
# scripts/inline-lib.sh for the test files).
#
#   x.go        `tgo build -gcflags='FLAGS'` prints gc's inlining
#               decisions of x.golden ("can inline f", in gc's order)
#   m2:x.go     the same at -m=2: costs, bodies, "cannot inline f: reason"
#               (x.m2.golden)
#   golden:x.go (go only) real gc still prints x.golden and x.m2.golden

. "$ROOT/scripts/inline-lib.sh"

list_inline() {
	for f in "$INLINE_DIR"/*.go; do
		[ -f "$f" ] || continue
		echo "${f##*/}"
		echo "m2:${f##*/}"
		have_go && echo "golden:${f##*/}"
	done
}

job_inline() {
	w=$2
	case $1 in
	golden:*)
		f=${1#golden:}
		bad=0
		flags=$(inline_flags "$INLINE_DIR/$f")
		for kind in m m2; do
			fl=$flags
			[ $kind = m2 ] && fl=$(inline_m2_flags "$flags")
			mkdir -p "$w/$kind"
			inline_output go "$f" "$fl" "$w/$kind" > "$w/$kind.out"
			compare_golden "$(inline_golden "$f" $kind)" "$w/$kind.out" "go build -gcflags='$fl' $f" || bad=1
		done
		[ $bad -eq 0 ]
		;;
	*)
		kind=m
		f=$1
		case $1 in m2:*) kind=m2 f=${1#m2:} ;; esac
		flags=$(inline_flags "$INLINE_DIR/$f")
		[ $kind = m2 ] && flags=$(inline_m2_flags "$flags")
		inline_output tgo "$f" "$flags" "$w" | inline_decisions > "$w/actual"
		inline_decisions < "$(inline_golden "$f" $kind)" > "$w/want"
		compare_golden "$w/want" "$w/actual" "tgo build -gcflags='$flags' $f (inlining decisions)"
		;;
	esac
}
