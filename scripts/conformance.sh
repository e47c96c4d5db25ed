#!/bin/sh
# conformance.sh — run files of Go's own test suite ($(go env GOROOT)/test) against tgo, in place,
# and print a report (`make conformance`).  doc/conformance.md explains how to read it.
#
#   sh scripts/conformance.sh              every `// run` test of conformance.md Appendix A
#                                          (Tier A/B; includes the §4.1 list, P1 and P2)
#   sh scripts/conformance.sh p1           only the §4.1 P1 tier (94 files); `p2`, `section4` (P1+P2)
#   sh scripts/conformance.sh errorcheck   the §3.2 Tier 1-3 `-m` errorcheck tests through bin/errorcheck
#                                          (dir tests package by package; ERRORCHECK_XFAIL: the
#                                          files outside tgo's subset, reported XFAIL)
#   sh scripts/conformance.sh [-v] ken/divmod.go fixedbugs/bug000.go ...
#                                          named `// run` tests (paths relative to the test dir)
#   -v                                     print what went wrong under each failing test
#
# A `run` test is built the way Go's harness (src/cmd/internal/testdir, conformance.md §2.8) builds
# it: `tgo build -o prog FILE [extra .go files of the directive]` from a scratch directory, then run
# with the directive's arguments with the current directory set to the test directory; stdout and
# stderr together (\r\n as \n) must equal FILE's .out golden, or be empty when there is none, and
# the exit status must be 0.  `runoutput` tests run twice: the first program's output is a Go
# program (tmp__.go) that is built and run in turn.  Tests whose //go:build line is false on
# linux/amd64 (gc, no cgo), or whose directive needs a flag tgo does not model (-race,
# -goexperiment, -gcflags=-d=...), are skipped.
#
# A failure has a one-word reason: compile-error, compiler-crash (tgo died on a signal),
# link-error, crash (non-zero exit or signal at run time), wrong-output, timeout, no-compiler
# (bin/tgo could not be executed, e.g. while it is being rebuilt).  Tests that use
# goroutines, channels or select (found by scanning the source) are counted in the group
# "Goroutines, channels, select" whatever their conformance.md group, so that the pass rate
# without goroutines can be read off.  It is a report, not a gate: the exit status is 0 unless
# the script itself fails.  The last line is always "N passed, N failed".
#
# Environment: TGO (compiler, default bin/tgo), ERRORCHECK, GO_TEST_DIR (default
# $(go env GOROOT)/test), TGO_CONF_JOBS (parallel jobs, 2), TGO_CONF_TIMEOUT (seconds per program
# run, 10), TGO_CONF_BUILD_TIMEOUT (seconds per compile, 60), TGO_CONF_TOOL=go (self-test: build
# with real Go instead of tgo; every test should then pass).

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
SELF=$ROOT/scripts/conformance.sh
JOBS=${TGO_CONF_JOBS:-2}
CONF_RUN_TIMEOUT=${TGO_CONF_TIMEOUT:-10}
CONF_BUILD_TIMEOUT=${TGO_CONF_BUILD_TIMEOUT:-60}
TOOL=${TGO_CONF_TOOL:-tgo}
[ "$TOOL" = go ] && TGO=go

# ---- the test lists ----
# One line per chunk: TIER GROUP FILE...  TIER is P1/P2 (conformance.md §4.1, which also gives the
# group) or A/B/AB (the rest of Appendix A, grouped by directory).  Paths relative to the test dir.
conf_list() {
	cat <<'LIST'
	P1 int ken/simpvar.go ken/simpbool.go ken/simpconv.go ken/simpfun.go ken/divmod.go ken/shift.go
	P1 int divmod.go divide.go intcvt.go int_lit.go simassign.go printbig.go
	P2 int ken/convert.go float_lit.go floatcmp.go literal.go zerodivide.go
	P1 str helloworld.go ken/string.go ken/strvar.go string_lit.go char_lit.go recover2.go
	P2 str range.go
	P2 slice copy.go range3.go clear.go
	P1 slice ken/array.go ken/simparray.go ken/slicearray.go ken/sliceslice.go complit.go compos.go
	P1 slice zerosize.go fixedbugs/bug428.go fixedbugs/bug457.go fixedbugs/issue10135.go
	P1 slice fixedbugs/bug491.go
	P1 map bigmap.go mapclear.go indirect.go ken/range.go ken/complit.go
	P2 map map.go
	P1 struct struct0.go ken/ptrvar.go ken/ptrfun.go ken/mfunc.go method3.go method7.go escape3.go
	P2 struct named.go ken/embed.go method.go method5.go reorder.go
	P1 func closure1.go closure2.go closure4.go closure7.go func6.go ken/litfun.go func.go func7.go
	P1 func func8.go ken/robfunc.go
	P2 func closure.go escape.go func5.go
	P1 iface ken/interbasic.go ken/interfun.go ken/intervar.go ken/rob1.go interface/convert1.go
	P1 iface interface/convert2.go interface/embed.go interface/receiver.go interface/struct.go
	P1 iface interface/returntype.go interface/fail.go interface/noeq.go interface/bigdata.go
	P1 iface typeswitch.go typeswitch1.go convert4.go alias1.go
	P2 iface interface/convert.go convT2X.go
	P1 defer defer.go defernil.go deferprint.go
	P2 defer recover1.go recover3.go nilptr2.go
	P1 chan chan/sieve1.go chan/fifo.go chan/goroutines.go chan/select.go chan/select4.go
	P1 chan chan/select6.go chan/select8.go chan/sendstmt.go chan/zerosize.go
	P2 chan chan/powser1.go closedchan.go ken/chan.go ken/chan1.go 235.go stack.go
	P2 ctrl switch.go turing.go
	P1 ctrl ken/simpswitch.go ken/label.go ken/for.go ken/robfor.go for.go if.go
	P1 const iota.go const3.go const4.go const8.go decl.go varinit.go initcomma.go
	P2 const const.go
	P1 rt gc1.go
	P2 rt gc.go gc2.go init1.go peano.go stackobj.go stackobj2.go stackobj3.go fixedbugs/issue4618.go
	P2 rt fixedbugs/issue4667.go fixedbugs/issue15281.go print.go
	A top align.go args.go armimm.go atomicload.go bigalg.go bom.go crlf.go ddd.go index0.go literal2.go
	A top mergemul.go newexpr.go range4.go reorder2.go rotate0.go rotate1.go rotate2.go rotate3.go
	A top strength.go
	B top cmplxdivide.go devirtualization_nil_panics.go env.go float_lit2.go heapsampling.go
	B top inline_caller.go inline_callers.go maymorestack.go rename.go shift3.go
	AB ken ken/cplx0.go ken/cplx1.go ken/cplx2.go ken/cplx4.go ken/cplx5.go ken/rob2.go
	AB chandir chan/powser2.go chan/select2.go chan/select7.go
	A fixed fixedbugs/bug000.go fixedbugs/bug002.go fixedbugs/bug003.go fixedbugs/bug004.go
	A fixed fixedbugs/bug005.go fixedbugs/bug006.go fixedbugs/bug007.go fixedbugs/bug008.go
	A fixed fixedbugs/bug009.go fixedbugs/bug010.go fixedbugs/bug011.go fixedbugs/bug012.go
	A fixed fixedbugs/bug013.go fixedbugs/bug017.go fixedbugs/bug021.go fixedbugs/bug023.go
	A fixed fixedbugs/bug024.go fixedbugs/bug026.go fixedbugs/bug027.go fixedbugs/bug028.go
	A fixed fixedbugs/bug031.go fixedbugs/bug045.go fixedbugs/bug047.go fixedbugs/bug048.go
	A fixed fixedbugs/bug052.go fixedbugs/bug053.go fixedbugs/bug054.go fixedbugs/bug055.go
	A fixed fixedbugs/bug056.go fixedbugs/bug058.go fixedbugs/bug059.go fixedbugs/bug060.go
	A fixed fixedbugs/bug061.go fixedbugs/bug065.go fixedbugs/bug067.go fixedbugs/bug070.go
	A fixed fixedbugs/bug075.go fixedbugs/bug078.go fixedbugs/bug082.go fixedbugs/bug084.go
	A fixed fixedbugs/bug092.go fixedbugs/bug093.go fixedbugs/bug097.go fixedbugs/bug099.go
	A fixed fixedbugs/bug101.go fixedbugs/bug102.go fixedbugs/bug111.go fixedbugs/bug113.go
	A fixed fixedbugs/bug114.go fixedbugs/bug116.go fixedbugs/bug119.go fixedbugs/bug120.go
	A fixed fixedbugs/bug128.go fixedbugs/bug130.go fixedbugs/bug141.go fixedbugs/bug142.go
	A fixed fixedbugs/bug148.go fixedbugs/bug1515.go fixedbugs/bug152.go fixedbugs/bug154.go
	A fixed fixedbugs/bug159.go fixedbugs/bug168.go fixedbugs/bug178.go fixedbugs/bug180.go
	A fixed fixedbugs/bug184.go fixedbugs/bug185.go fixedbugs/bug187.go fixedbugs/bug194.go
	A fixed fixedbugs/bug19403.go fixedbugs/bug196.go fixedbugs/bug199.go fixedbugs/bug201.go
	A fixed fixedbugs/bug202.go fixedbugs/bug203.go fixedbugs/bug204.go fixedbugs/bug207.go
	A fixed fixedbugs/bug221.go fixedbugs/bug225.go fixedbugs/bug227.go fixedbugs/bug230.go
	A fixed fixedbugs/bug234.go fixedbugs/bug236.go fixedbugs/bug237.go fixedbugs/bug242.go
	A fixed fixedbugs/bug243.go fixedbugs/bug244.go fixedbugs/bug247.go fixedbugs/bug253.go
	A fixed fixedbugs/bug254.go fixedbugs/bug259.go fixedbugs/bug260.go fixedbugs/bug261.go
	A fixed fixedbugs/bug262.go fixedbugs/bug263.go fixedbugs/bug264.go fixedbugs/bug265.go
	A fixed fixedbugs/bug266.go fixedbugs/bug269.go fixedbugs/bug271.go fixedbugs/bug272.go
	A fixed fixedbugs/bug276.go fixedbugs/bug281.go fixedbugs/bug285.go fixedbugs/bug286.go
	A fixed fixedbugs/bug290.go fixedbugs/bug291.go fixedbugs/bug293.go fixedbugs/bug294.go
	A fixed fixedbugs/bug296.go fixedbugs/bug311.go fixedbugs/bug312.go fixedbugs/bug314.go
	A fixed fixedbugs/bug317.go fixedbugs/bug320.go fixedbugs/bug321.go fixedbugs/bug327.go
	A fixed fixedbugs/bug329.go fixedbugs/bug333.go fixedbugs/bug336.go fixedbugs/bug341.go
	A fixed fixedbugs/bug343.go fixedbugs/bug346.go fixedbugs/bug352.go fixedbugs/bug355.go
	A fixed fixedbugs/bug356.go fixedbugs/bug364.go fixedbugs/bug366.go fixedbugs/bug368.go
	A fixed fixedbugs/bug372.go fixedbugs/bug375.go fixedbugs/bug378.go fixedbugs/bug401.go
	A fixed fixedbugs/bug402.go fixedbugs/bug405.go fixedbugs/bug406.go fixedbugs/bug409.go
	A fixed fixedbugs/bug423.go fixedbugs/bug433.go fixedbugs/bug436.go fixedbugs/bug440_32.go
	A fixed fixedbugs/bug440_64.go fixedbugs/bug441.go fixedbugs/bug442.go fixedbugs/bug446.go
	A fixed fixedbugs/bug450.go fixedbugs/bug452.go fixedbugs/bug453.go fixedbugs/bug454.go
	A fixed fixedbugs/bug455.go fixedbugs/bug456.go fixedbugs/bug470.go fixedbugs/bug473.go
	A fixed fixedbugs/bug485.go fixedbugs/bug494.go fixedbugs/bug497.go fixedbugs/bug498.go
	A fixed fixedbugs/bug499.go fixedbugs/bug501.go fixedbugs/gcc61258.go fixedbugs/issue10253.go
	A fixed fixedbugs/issue10320.go fixedbugs/issue10353.go fixedbugs/issue10407.go
	A fixed fixedbugs/issue10925.go fixedbugs/issue11326b.go fixedbugs/issue11369.go
	A fixed fixedbugs/issue11945.go fixedbugs/issue11987.go fixedbugs/issue12108.go
	A fixed fixedbugs/issue12133.go fixedbugs/issue12226.go fixedbugs/issue12411.go
	A fixed fixedbugs/issue1304.go fixedbugs/issue13162.go fixedbugs/issue13169.go
	A fixed fixedbugs/issue13171.go fixedbugs/issue13684.go fixedbugs/issue14725.go
	A fixed fixedbugs/issue15039.go fixedbugs/issue15042.go fixedbugs/issue15175.go
	A fixed fixedbugs/issue15252.go fixedbugs/issue15303.go fixedbugs/issue15902.go
	A fixed fixedbugs/issue15975.go fixedbugs/issue15992.go fixedbugs/issue16249.go
	A fixed fixedbugs/issue16760.go fixedbugs/issue17039.go fixedbugs/issue17640.go
	A fixed fixedbugs/issue17752.go fixedbugs/issue18410.go fixedbugs/issue18595.go
	A fixed fixedbugs/issue18661.go fixedbugs/issue18725.go fixedbugs/issue18808.go
	A fixed fixedbugs/issue18906.go fixedbugs/issue18994.go fixedbugs/issue19040.go
	A fixed fixedbugs/issue19246.go fixedbugs/issue19275.go fixedbugs/issue19359.go
	A fixed fixedbugs/issue19710.go fixedbugs/issue19911.go fixedbugs/issue20530.go
	A fixed fixedbugs/issue20780b.go fixedbugs/issue20811.go fixedbugs/issue21048.go
	A fixed fixedbugs/issue21687.go fixedbugs/issue21808.go fixedbugs/issue21887.go
	A fixed fixedbugs/issue22326.go fixedbugs/issue22683.go fixedbugs/issue22881.go
	A fixed fixedbugs/issue23017.go fixedbugs/issue23188.go fixedbugs/issue23305.go
	A fixed fixedbugs/issue23489.go fixedbugs/issue23536.go fixedbugs/issue23545.go
	A fixed fixedbugs/issue23546.go fixedbugs/issue23719.go fixedbugs/issue23734.go
	A fixed fixedbugs/issue23812.go fixedbugs/issue23814.go fixedbugs/issue23837.go
	A fixed fixedbugs/issue24503.go fixedbugs/issue24763.go fixedbugs/issue24799.go
	A fixed fixedbugs/issue24817.go fixedbugs/issue24937.go fixedbugs/issue25776.go
	A fixed fixedbugs/issue26094.go fixedbugs/issue26097.go fixedbugs/issue26116.go
	A fixed fixedbugs/issue2615.go fixedbugs/issue26153.go fixedbugs/issue26248.go
	A fixed fixedbugs/issue26407.go fixedbugs/issue26426.go fixedbugs/issue26438.go
	A fixed fixedbugs/issue26495.go fixedbugs/issue27278.go fixedbugs/issue27289.go
	A fixed fixedbugs/issue27718.go fixedbugs/issue27829.go fixedbugs/issue28390.go
	A fixed fixedbugs/issue28688.go fixedbugs/issue28797.go fixedbugs/issue29013a.go
	A fixed fixedbugs/issue29013b.go fixedbugs/issue29190.go fixedbugs/issue29264.go
	A fixed fixedbugs/issue29304.go fixedbugs/issue29312.go fixedbugs/issue29329.go
	A fixed fixedbugs/issue29402.go fixedbugs/issue29943.go fixedbugs/issue30243.go
	A fixed fixedbugs/issue30566a.go fixedbugs/issue30956.go fixedbugs/issue31419.go
	A fixed fixedbugs/issue31782.go fixedbugs/issue31987.go fixedbugs/issue32175.go
	A fixed fixedbugs/issue32288.go fixedbugs/issue32560.go fixedbugs/issue32680.go
	A fixed fixedbugs/issue33062.go fixedbugs/issue34395.go fixedbugs/issue35576.go
	A fixed fixedbugs/issue37753.go fixedbugs/issue37975.go fixedbugs/issue38496.go
	A fixed fixedbugs/issue39505b.go fixedbugs/issue39651.go fixedbugs/issue40152.go
	A fixed fixedbugs/issue40367.go fixedbugs/issue40629.go fixedbugs/issue4066.go
	A fixed fixedbugs/issue41239.go fixedbugs/issue4167.go fixedbugs/issue41780.go
	A fixed fixedbugs/issue41872.go fixedbugs/issue42703.go fixedbugs/issue42876.go
	A fixed fixedbugs/issue43111.go fixedbugs/issue4313.go fixedbugs/issue4316.go
	A fixed fixedbugs/issue43292.go fixedbugs/issue43444.go fixedbugs/issue43480.go
	A fixed fixedbugs/issue4353.go fixedbugs/issue43570.go fixedbugs/issue43835.go
	A fixed fixedbugs/issue43908.go fixedbugs/issue4396a.go fixedbugs/issue4396b.go
	A fixed fixedbugs/issue4448.go fixedbugs/issue4495.go fixedbugs/issue45175.go fixedbugs/issue4518.go
	A fixed fixedbugs/issue45242.go fixedbugs/issue45851.go fixedbugs/issue4620.go
	A fixed fixedbugs/issue46304.go fixedbugs/issue4748.go fixedbugs/issue4752.go
	A fixed fixedbugs/issue47771.go fixedbugs/issue4785.go fixedbugs/issue47928.go
	A fixed fixedbugs/issue48289.go fixedbugs/issue48473.go fixedbugs/issue48476.go
	A fixed fixedbugs/issue48898.go fixedbugs/issue49100.go fixedbugs/issue49100b.go
	A fixed fixedbugs/issue49145.go fixedbugs/issue49512.go fixedbugs/issue49665.go
	A fixed fixedbugs/issue50190.go fixedbugs/issue5056.go fixedbugs/issue50671.go
	A fixed fixedbugs/issue50854.go fixedbugs/issue51101.go fixedbugs/issue5162.go
	A fixed fixedbugs/issue51913.go fixedbugs/issue52072.go fixedbugs/issue52438.go
	A fixed fixedbugs/issue5244.go fixedbugs/issue52953.go fixedbugs/issue53619.go
	A fixed fixedbugs/issue53702.go fixedbugs/issue5373.go fixedbugs/issue54467.go
	A fixed fixedbugs/issue54632.go fixedbugs/issue54959.go fixedbugs/issue55122.go
	A fixed fixedbugs/issue55122b.go fixedbugs/issue5515.go fixedbugs/issue5607.go
	A fixed fixedbugs/issue5704.go fixedbugs/issue57309.go fixedbugs/issue5753.go fixedbugs/issue5793.go
	A fixed fixedbugs/issue5809.go fixedbugs/issue5820.go fixedbugs/issue59367.go
	A fixed fixedbugs/issue59404part2.go fixedbugs/issue59572.go fixedbugs/issue6269.go
	A fixed fixedbugs/issue63657.go fixedbugs/issue64565.go fixedbugs/issue64715.go
	A fixed fixedbugs/issue66066.go fixedbugs/issue66066b.go fixedbugs/issue66261.go
	A fixed fixedbugs/issue66575.go fixedbugs/issue66585.go fixedbugs/issue67160.go
	A fixed fixedbugs/issue67190.go fixedbugs/issue67255.go fixedbugs/issue68227.go
	A fixed fixedbugs/issue68525.go fixedbugs/issue6866.go fixedbugs/issue68809.go
	A fixed fixedbugs/issue68816.go fixedbugs/issue6902.go fixedbugs/issue70189.go
	A fixed fixedbugs/issue70481.go fixedbugs/issue7050.go fixedbugs/issue71675.go
	A fixed fixedbugs/issue71759.go fixedbugs/issue72844.go fixedbugs/issue72860.go
	A fixed fixedbugs/issue7316.go fixedbugs/issue73476.go fixedbugs/issue73888.go
	A fixed fixedbugs/issue73888b.go fixedbugs/issue73916.go fixedbugs/issue73916b.go
	A fixed fixedbugs/issue73917.go fixedbugs/issue73920.go fixedbugs/issue7419.go
	A fixed fixedbugs/issue74379.go fixedbugs/issue74379b.go fixedbugs/issue74379c.go
	A fixed fixedbugs/issue75327.go fixedbugs/issue7550.go fixedbugs/issue75569.go
	A fixed fixedbugs/issue76709.go fixedbugs/issue77613.go fixedbugs/issue7863.go
	A fixed fixedbugs/issue78641.go fixedbugs/issue7867.go fixedbugs/issue79182.go
	A fixed fixedbugs/issue79909.go fixedbugs/issue7995.go fixedbugs/issue8011.go
	A fixed fixedbugs/issue80127.go fixedbugs/issue8039.go fixedbugs/issue8047.go
	A fixed fixedbugs/issue8047b.go fixedbugs/issue80517_1.go fixedbugs/issue80517_2.go
	A fixed fixedbugs/issue80517_3.go fixedbugs/issue8139.go fixedbugs/issue81612.go
	A fixed fixedbugs/issue81863.go fixedbugs/issue8325.go fixedbugs/issue8336.go fixedbugs/issue8347.go
	A fixed fixedbugs/issue8606.go fixedbugs/issue8613.go fixedbugs/issue8620.go fixedbugs/issue8947.go
	A fixed fixedbugs/issue8961.go fixedbugs/issue9006.go fixedbugs/issue9604.go fixedbugs/issue9691.go
	A fixed fixedbugs/issue9738.go
	B fixed fixedbugs/bug258.go fixedbugs/bug295.go fixedbugs/bug347.go fixedbugs/bug348.go
	B fixed fixedbugs/bug370.go fixedbugs/bug434.go fixedbugs/bug474.go fixedbugs/bug484.go
	B fixed fixedbugs/bug500.go fixedbugs/issue10486.go fixedbugs/issue11286.go fixedbugs/issue12577.go
	B fixed fixedbugs/issue12621.go fixedbugs/issue13160.go fixedbugs/issue14553.go
	B fixed fixedbugs/issue14591.go fixedbugs/issue14646.go fixedbugs/issue14651.go
	B fixed fixedbugs/issue15277.go fixedbugs/issue16095.go fixedbugs/issue16130.go
	B fixed fixedbugs/issue16515.go fixedbugs/issue18149.go fixedbugs/issue19799.go
	B fixed fixedbugs/issue20029.go fixedbugs/issue21879.go fixedbugs/issue21963.go
	B fixed fixedbugs/issue22662.go fixedbugs/issue23522.go fixedbugs/issue24488.go
	B fixed fixedbugs/issue25322.go fixedbugs/issue27201.go fixedbugs/issue27518a.go
	B fixed fixedbugs/issue27518b.go fixedbugs/issue27961.go fixedbugs/issue29504.go
	B fixed fixedbugs/issue29735.go fixedbugs/issue30476.go fixedbugs/issue30977.go
	B fixed fixedbugs/issue32477.go fixedbugs/issue34123.go fixedbugs/issue43619.go
	B fixed fixedbugs/issue4562.go fixedbugs/issue46725.go fixedbugs/issue51401.go
	B fixed fixedbugs/issue53600.go fixedbugs/issue53653.go fixedbugs/issue5856.go
	B fixed fixedbugs/issue5963.go fixedbugs/issue6055.go fixedbugs/issue68322.go fixedbugs/issue6899.go
	B fixed fixedbugs/issue71932.go fixedbugs/issue76008.go fixedbugs/issue7740.go
	B fixed fixedbugs/issue79186.go fixedbugs/issue7944.go fixedbugs/issue80188.go
	B fixed fixedbugs/issue8036.go fixedbugs/issue8048.go fixedbugs/issue8132.go fixedbugs/issue8155.go
LIST
}

# The §3.2 Tier 1 errorcheck files: -m escape tests with -l (no inliner needed).
ERRORCHECK_TIER1="fixedbugs/issue27732a.go escape_goto.go escape_selfassign.go escape_struct_return.go
fixedbugs/issue21709.go fixedbugs/issue12588.go fixedbugs/issue39292.go escape6.go fixedbugs/issue27557.go
escape_calls.go escape_level.go escape_field.go escape_map.go escape_array.go escape_slice.go
escape_indir.go fixedbugs/issue12006.go fixedbugs/issue31573.go escape_iface.go fixedbugs/issue13799.go
escape_closure.go escape_struct_param1.go escape_struct_param2.go escape_param.go"

# The §3.2 Tier 2 errorcheck files (still -l; special flags, unsafe, bigger).
ERRORCHECK_TIER2="escape_sync_atomic.go fixedbugs/issue35518.go fixedbugs/issue17318.go fixedbugs/issue41635.go
fixedbugs/issue16241_64.go defererrcheck.go fixedbugs/issue16241.go escape_mutations.go escape5.go
escape_iface_data.go escape2.go escape2n.go"

# The §3.2 Tier 3 errorcheck files: -m without -l (gc's inliner).
ERRORCHECK_TIER3="fixedbugs/issue4099.go inline_math_bits_rotate.go fixedbugs/issue19261.go fixedbugs/issue24651a.go
fixedbugs/issue75278.go fixedbugs/issue24651b.go inline_variadic.go fixedbugs/issue18895.go
fixedbugs/issue23521.go fixedbugs/issue30898.go fixedbugs/issue54159.go inline_big.go linkname.go
fixedbugs/issue52193.go inline_sync.go escape_bloop.go inline_endian.go escape4.go
fixedbugs/issue42284.go fixedbugs/issue7921.go fixedbugs/issue37837.go bloop.go
escape_make_non_const.go devirtualization_with_type_assertions_interleaved.go closure3.go inline.go
devirtualization.go"

# Expected failures (in the spirit of Go's harness's types2Failures): errorcheck files outside
# tgo's subset, one a line, "FILE reason".  Such a file is reported XFAIL with its reason while it
# fails, and as a failure ("XPASS: remove it from the expected-failure list") once it passes.
ERRORCHECK_XFAIL="devirtualization.go generics (type parameters are outside tgo's subset)
inline_endian.go encoding/binary (not in tgo's standard library)
linkname.go //go:linkname to a function of another package (body-less functions are not linked by tgo)"

# xfail_reason FILE: the reason FILE is expected to fail, or nothing.
xfail_reason() {
	echo "$ERRORCHECK_XFAIL" | awk -v f="$1" '$1 == f { sub(/^[^ ]* /, ""); print; exit }'
}

group_name() {
	case $1 in
	int) echo "Integers / arithmetic / conversions / floats" ;;
	str) echo "Strings and runes" ;;
	slice) echo "Arrays, slices, append/copy, composite literals" ;;
	map) echo "Maps" ;;
	struct) echo "Structs, pointers, methods, embedding" ;;
	func) echo "Functions and closures" ;;
	iface) echo "Interfaces, type assertions, type switches" ;;
	defer) echo "defer / panic / recover" ;;
	chan) echo "Goroutines, channels, select" ;;
	ctrl) echo "switch / for / labels / goto" ;;
	const) echo "Constants, iota, declarations, init" ;;
	rt) echo "Runtime & allocation behaviour" ;;
	top) echo "Other test/*.go (Tier A/B)" ;;
	ken) echo "Other test/ken (Tier A/B)" ;;
	chandir) echo "Other test/chan (Tier A/B)" ;;
	ifacedir) echo "Other test/interface (Tier A/B)" ;;
	fixed) echo "test/fixedbugs (Tier A/B)" ;;
	errorcheck) echo "errorcheck -m (Tier 1)" ;;
	errorcheck2) echo "errorcheck -m (Tier 2)" ;;
	errorcheck3) echo "errorcheck -m without -l (Tier 3)" ;;
	*) echo "$1" ;;
	esac
}
GROUP_ORDER="int str slice map struct func iface defer ctrl const rt top ken chandir ifacedir fixed chan errorcheck errorcheck2 errorcheck3"

# ---- reading a test file ----

# directive FILE: the words of the test's directive, one per line (conformance.md §2.2: the first
# non-blank line that is not a build constraint, without its leading //, split like a shell line).
directive() {
	grep -v '^//go:build\|^// +build\|^[ 	]*$' "$1" | sed 1q | sed 's|^//||' | awk '
	{
		n = length($0); w = ""; inw = 0; q = ""
		for (i = 1; i <= n; i++) {
			c = substr($0, i, 1)
			if (q != "") {
				if (c == q) q = ""
				else if (c == "\\" && q == "\"" && i < n) { i++; w = w substr($0, i, 1) }
				else w = w c
				continue
			}
			if (c == "\047" || c == "\"") { q = c; inw = 1; continue }
			if (c == "\\" && i < n) { i++; w = w substr($0, i, 1); inw = 1; continue }
			if (c == " " || c == "\t") { if (inw) print w; w = ""; inw = 0; continue }
			w = w c; inw = 1
		}
		if (inw) print w
	}'
}

# build_ok FILE: the //go:build constraint of FILE holds for linux/amd64, gc, no cgo, go1.1..go1.26.
build_ok() {
	awk '
	/^package[ \t]/ { exit }
	/^\/\/go:build / { sub(/^\/\/go:build /, ""); expr = expr (expr == "" ? "" : " && ") "(" $0 ")" }
	function tag(t,   v) {
		if (t == "linux" || t == "amd64" || t == "gc" || t == "unix" || t == "test_run") return 1
		if (t ~ /^go1\.[0-9]+$/) { v = substr(t, 5) + 0; return v <= 26 }
		if (t ~ /^goexperiment\./) {
			t = substr(t, 14)
			return t == "regabiwrappers" || t == "regabiargs" || t == "dwarf5" || t == "greenteagc" || t == "randomizedheapbase64"
		}
		return 0
	}
	function unary(   v) {
		if (tok[pos] == "!") { pos++; return !unary() }
		if (tok[pos] == "(") { pos++; v = orx(); pos++; return v }
		return tag(tok[pos++])
	}
	function andx(   v, r) { v = unary(); while (tok[pos] == "&&") { pos++; r = unary(); v = v && r } return v }
	function orx(   v, r) { v = andx(); while (tok[pos] == "||") { pos++; r = andx(); v = v || r } return v }
	END {
		if (expr == "") exit 0
		gsub(/\(/, " ( ", expr); gsub(/\)/, " ) ", expr); gsub(/!/, " ! ", expr)
		gsub(/&&/, " \\&\\& ", expr); gsub(/\|\|/, " || ", expr)
		nt = split(expr, tok, " "); pos = 1
		exit orx() ? 0 : 1
	}' "$1"
}

# uses_goroutines FILE: prints 1 when FILE uses go statements, channels or select.
uses_goroutines() {
	awk '{
		line = $0
		gsub(/"([^"\\]|\\.)*"/, "\"\"", line)
		gsub(/`[^`]*`/, "``", line)
		sub(/\/\/.*/, "", line)
		if (line ~ /(^|[^A-Za-z0-9_.])go[ \t]+[A-Za-z_(]/ || line ~ /(^|[^A-Za-z0-9_])chan([^A-Za-z0-9_]|$)/ ||
		    line ~ /(^|[^A-Za-z0-9_.])select[ \t]*\{/ || line ~ /<-/) { found = 1; exit }
	}
	END { print found ? 1 : 0 }' "$1"
}

# ---- one run test ----

# result STATUS REASON: record the outcome of the current job.
result() { echo "$1 $2" > "$RES/r/$IDX"; }

# build_prog WORK OUTPUT-NAME GCFLAGS FILE...: compile with the tool under test from WORK; on
# failure records the reason and returns 1.
build_prog() {
	_bw=$1 _bo=$2 _bg=$3
	shift 3
	if [ -n "$_bg" ]; then
		(cd "$_bw" && with_timeout "$CONF_BUILD_TIMEOUT" "$TGO" build -gcflags="$_bg" -o "$_bo" "$@") > "$_bw/build.out" 2>&1
	else
		(cd "$_bw" && with_timeout "$CONF_BUILD_TIMEOUT" "$TGO" build -o "$_bo" "$@") > "$_bw/build.out" 2>&1
	fi
	_bs=$?
	[ $_bs -eq 0 ] && return 0
	if [ $_bs -eq 124 ] || [ $_bs -eq 137 ]; then
		result FAIL timeout
		echo "compile did not finish in ${CONF_BUILD_TIMEOUT}s" > "$DETAIL"
	elif [ $_bs -eq 126 ] || [ $_bs -eq 127 ]; then
		result FAIL no-compiler
		head -n 3 "$_bw/build.out" > "$DETAIL"
	elif [ $_bs -gt 128 ]; then
		result FAIL compiler-crash
		{ echo "$TOOL build exited with status $_bs"; tail -n 15 "$_bw/build.out"; } > "$DETAIL"
	elif grep -q 'linking failed\|undefined reference\|^ld: \|relocation truncated' "$_bw/build.out"; then
		result FAIL link-error
		grep -m 10 'undefined reference\|ld: \|linking failed' "$_bw/build.out" > "$DETAIL"
	else
		result FAIL compile-error
		head -n 15 "$_bw/build.out" > "$DETAIL"
	fi
	return 1
}

# run_prog WORK PROG ARGS...: run PROG in the test directory, output (both streams) to WORK/out;
# on failure records the reason and returns 1.
run_prog() {
	_rw=$1 _rp=$2
	shift 2
	(
		cd "$GOTEST" || exit 125
		ulimit -f 20480 2>/dev/null
		with_timeout "$CONF_RUN_TIMEOUT" "$_rp" "$@"
	) < /dev/null > "$_rw/out.raw" 2>&1
	_rs=$?
	sed 's/\r$//' "$_rw/out.raw" > "$_rw/out"
	[ $_rs -eq 0 ] && return 0
	if [ $_rs -eq 124 ] || [ $_rs -eq 137 ]; then
		result FAIL timeout
		{ echo "no exit within ${CONF_RUN_TIMEOUT}s; last output:"; tail -n 5 "$_rw/out"; } > "$DETAIL"
	else
		result FAIL crash
		{ echo "exit status $_rs; output:"; head -n 15 "$_rw/out"; } > "$DETAIL"
	fi
	return 1
}

job_run() {
	path=$1 W=$2
	src=$GOTEST/$path
	if [ ! -f "$src" ]; then
		result SKIP missing
		return
	fi
	if ! build_ok "$src"; then
		result SKIP build-constraint
		return
	fi
	directive "$src" > "$W/directive"
	action= gcflags= tlimit= extra= args= n=0 skip= pending= flagsdone=
	while IFS= read -r w; do
		n=$((n + 1))
		if [ $n -eq 1 ]; then action=$w; continue; fi
		if [ -z "$args$extra" ] && [ -n "$pending" ]; then
			case $pending in
			t) tlimit=$w ;;
			gcflags) gcflags=$w ;;
			esac
			pending=
			continue
		fi
		if [ -z "$args$extra" ] && [ -z "$flagsdone" ]; then
			case $w in
			-t) pending=t; continue ;;
			-gcflags) pending=gcflags; continue ;;
			-gcflags=*) gcflags=${w#-gcflags=}; continue ;;
			-race | -goexperiment | -goexperiment=* | -godebug | -godebug=* | -linkshared | -*) skip="flag $w"; continue ;;
			esac
			flagsdone=1
		fi
		case $w in
		*.go) [ -z "$args" ] && { extra="$extra $GOTEST/${w#./}"; continue; } ;;
		esac
		args="$args $w"
	done < "$W/directive"
	case $action in
	run | runoutput | buildrun) ;;
	*) result SKIP "action-$action"; return ;;
	esac
	case $gcflags in
	*-d=*) skip="flag -gcflags=$gcflags" ;;
	esac
	if [ -n "$skip" ]; then
		result SKIP "$(echo "$skip" | tr ' ' '_')"
		return
	fi
	[ -n "$tlimit" ] && [ "$tlimit" -gt "$CONF_RUN_TIMEOUT" ] 2>/dev/null && CONF_RUN_TIMEOUT=$tlimit
	# shellcheck disable=SC2086
	build_prog "$W" "$W/prog" "$gcflags" "$src" $extra || return
	set -f
	# shellcheck disable=SC2086
	run_prog "$W" "$W/prog" $args || { set +f; return; }
	set +f
	if [ "$action" = runoutput ]; then
		cp "$W/out" "$W/tmp__.go"
		build_prog "$W" "$W/prog2" "$gcflags" "$W/tmp__.go" || return
		run_prog "$W" "$W/prog2" || return
	fi
	golden=${src%.go}.out
	if [ -f "$golden" ]; then
		cp "$golden" "$W/want"
	else
		: > "$W/want"
	fi
	if cmp -s "$W/want" "$W/out"; then
		result PASS ""
	else
		result FAIL wrong-output
		if [ -f "$golden" ]; then
			diff -u -L "${golden#"$GOTEST"/}" -L output "$W/want" "$W/out" | head -n 25 > "$DETAIL"
		else
			{ echo "output should be empty; got:"; head -n 15 "$W/out"; } > "$DETAIL"
		fi
	fi
}

# ---- one errorcheck test ----

job_errorcheck() {
	path=$1 W=$2
	src=$GOTEST/$path
	if [ ! -f "$src" ]; then
		result SKIP missing
		return
	fi
	directive "$src" > "$W/directive"
	want=1 flags= n=0 skip= single=
	while IFS= read -r w; do
		n=$((n + 1))
		[ $n -eq 1 ] && { action=$w; continue; }
		case $w in
		-0) want=0 ;;
		-1) want=1 ;;
		-s) single=1 ;;
		# flags whose effect tgo does not model (the run tests skip them too)
		-race | -live | -+ | -std | -goexperiment* | -godebug* | -d=checkptr* | -d=ssa/*) skip="flag $w" ;;
		-*) flags="$flags $w" ;;
		*) break ;;
		esac
	done < "$W/directive"
	flags=${flags# }
	if [ -n "$skip" ]; then
		result SKIP "$(echo "$skip" | tr ' ' '_')"
		return
	fi
	xfail=
	[ "$TOOL" = go ] || xfail=$(xfail_reason "$path") # tgo's expectations, not gc's
	case $action in
	errorcheckdir | errorcheckandrundir)
		errorcheck_dir
		xfail_result
		return ;;
	esac
	dir=${src%/*} base=${src##*/}
	total=$(awk '/\/\/\/\// { next }
		match($0, /\/\/ (GC_)?ERROR(AUTO)? /) { s = substr($0, RSTART + RLENGTH); while (match(s, /"[^"]*"/)) { n++; s = substr(s, RSTART + RLENGTH) } }
		END { print n + 0 }' "$src")
	if [ "$TOOL" = go ]; then
		# gc itself, invoked as Go's harness does (go build would reject body-less functions)
		# shellcheck disable=SC2086
		(cd "$dir" && with_timeout "$CONF_BUILD_TIMEOUT" go tool compile -p=p -C -e \
			-importcfg="$RES/importcfg" -o "$W/a.o" $flags "./$base") > "$W/out" 2>&1
		st=$?
	else
		(cd "$dir" && with_timeout "$CONF_BUILD_TIMEOUT" "$TGO" build -gcflags="$flags" -o "$W/prog" "./$base") > "$W/out" 2>&1
		st=$?
		# Go's harness only compiles (go tool compile): a file without
		# func main is not a link error there
		if [ $st -eq 1 ] && tail -n 1 "$W/out" | grep -q 'function main is undeclared in the main package$'; then
			st=0
			awk '{ l[NR] = $0 } END { for (i = 1; i <= NR - 2; i++) print l[i] }' "$W/out" > "$W/out.c" && mv "$W/out.c" "$W/out"
		fi
	fi
	auto=
	[ "$action" = errorcheckwithauto ] && auto=-auto
	(cd "$dir" && "$ERRORCHECK" $auto -in "$W/out" "./$base") > "$W/report" 2>&1
	ecst=$?
	bad=$(grep -c '^[^ 	]*:[0-9]*: \(missing error\|no match for\)' "$W/report")
	extra=$(awk '/^Unmatched Errors:$/ { on = 1; next } on && !/^\t/ { n++ } END { print n + 0 }' "$W/report")
	counts="$((total - bad))/$total matched, $extra unmatched"
	if [ $st -eq 124 ] || [ $st -eq 137 ]; then
		result FAIL "timeout ($counts)"
	elif [ $st -gt 128 ]; then
		result FAIL "compiler-crash ($counts)"
		tail -n 10 "$W/out" > "$DETAIL"
	elif [ $want = 0 ] && [ $st -ne 0 ]; then
		result FAIL "compile-error ($counts)"
		grep -v ': \(leaking param\|moved to heap\|.* escapes to heap\|.* does not escape\)' "$W/out" | head -n 10 > "$DETAIL"
	elif [ $want = 1 ] && [ $st -eq 0 ]; then
		result FAIL "compiled-unexpectedly ($counts)"
	elif [ $ecst -eq 0 ]; then
		result PASS "($counts)"
	else
		result FAIL "unmatched ($counts)"
		head -n 30 "$W/report" > "$DETAIL"
	fi
	xfail_result
}

# xfail_result: the result of a test on the expected-failure list ($xfail: its reason) becomes
# XFAIL when it failed, a failure when it passed.
xfail_result() {
	[ -n "$xfail" ] || return 0
	read -r _xs _xr < "$RES/r/$IDX"
	if [ "$_xs" = FAIL ]; then
		echo "XFAIL $xfail [$_xr]" > "$RES/r/$IDX"
	elif [ "$_xs" = PASS ]; then
		echo "FAIL XPASS: passes now, remove it from ERRORCHECK_XFAIL $_xr" > "$RES/r/$IDX"
	fi
}

# dir_packages DIR SINGLE: the packages of an X.dir test as Go's harness groups them
# (goDirPackages): the .go files in name order, grouped by package name in order of first
# appearance (SINGLE: every file its own package); one line per package, its file names.
dir_packages() {
	for _f in "$1"/*.go; do
		[ -f "$_f" ] || continue
		printf '%s %s\n' "$(sed -n 's/^package[ 	]*\([A-Za-z0-9_]*\).*/\1/p' "$_f" | sed 1q)" "${_f##*/}"
	done | awk -v single="$2" '{
		k = single ? NR : $1
		if (!(k in idx)) { idx[k] = ++n; line[n] = $2 } else line[idx[k]] = line[idx[k]] " " $2
	} END { for (i = 1; i <= n; i++) print line[i] }'
}

# errorcheck_dir: an errorcheckdir or errorcheckandrundir test ($src, $action, $flags, $want,
# $single), as Go's harness runs it (conformance.md §2.2): the packages of X.dir are compiled in
# order, each with the directive's flags, and each package's output is checked against the
# annotations of its own files; only the last package (errorcheckandrundir -1: the one before it)
# may fail, and only when the test wants an error.  errorcheckandrundir then runs the last package
# (main) and compares its output with X.out.  The packages are copied into a temporary module
# ("module test", one directory per package, named after its first file) where a local import
# "./p" is the package p, as gc's -D flag makes it.
errorcheck_dir() {
	xdir=${src%.go}.dir
	dir_packages "$xdir" "$single" > "$W/pkgs"
	npkg=$(wc -l < "$W/pkgs")
	errpkg=$npkg
	[ $want = 1 ] && [ "$action" = errorcheckandrundir ] && errpkg=$((npkg - 1))
	mkdir "$W/mod" && echo "module test" > "$W/mod/go.mod"
	[ "$TOOL" = go ] && cp "$RES/importcfg" "$RES/importcfg.dir.$IDX"
	total=0 bad=0 extra=0 i=0 fail= ecfail=
	: > "$W/report"
	while read -r files; do
		i=$((i + 1))
		# shellcheck disable=SC2086
		set -- $files
		pd=$W/mod/${1%.go}
		mkdir -p "$pd"
		names=
		for f in "$@"; do
			cp "$xdir/$f" "$pd/$f"
			names="$names ./$f"
			total=$((total + $(awk '/\/\/\/\// { next }
				match($0, /\/\/ (GC_)?ERROR(AUTO)? /) { s = substr($0, RSTART + RLENGTH); while (match(s, /"[^"]*"/)) { n++; s = substr(s, RSTART + RLENGTH) } }
				END { print n + 0 }' "$pd/$f")))
		done
		if [ "$TOOL" = go ]; then
			# gc as the harness runs it: -D test resolves "./p" to test/p, an earlier package
			ip=test/${1%.go}
			grep -q '^package main' "$pd/$1" && ip=main
			# shellcheck disable=SC2086
			(cd "$pd" && with_timeout "$CONF_BUILD_TIMEOUT" go tool compile -p="$ip" -D test -C -e \
				-importcfg="$RES/importcfg.dir.$IDX" -o "$W/$i.a" $flags $names) > "$W/out.$i" 2>&1
			st=$?
			echo "packagefile $ip=$W/$i.a" >> "$RES/importcfg.dir.$IDX"
			[ $st -eq 0 ] && [ "$ip" = main ] && { go tool link -importcfg="$RES/importcfg.dir.$IDX" -o "$W/prog" "$W/$i.a" >> "$W/out.$i" 2>&1 || st=1; }
		else
			# the flags apply to the test's packages, not the standard library (as in the harness,
			# where each package of X.dir is compiled with them)
			(cd "$pd" && with_timeout "$CONF_BUILD_TIMEOUT" "$TGO" build -gcflags="test/...=$flags" -o "$W/prog" .) > "$W/out.$i" 2>&1
			st=$?
		fi
		if [ -z "$fail" ]; then
			if [ $st -eq 124 ] || [ $st -eq 137 ]; then
				fail="timeout"
			elif [ $st -gt 128 ]; then
				fail="compiler-crash"
				tail -n 10 "$W/out.$i" > "$DETAIL"
			elif [ $i -eq "$errpkg" ] && [ $want = 1 ] && [ $st -eq 0 ]; then
				fail="compiled-unexpectedly"
			elif { [ $i -ne "$errpkg" ] || [ $want = 0 ]; } && [ $st -ne 0 ]; then
				fail="compile-error"
				head -n 10 "$W/out.$i" > "$DETAIL"
			fi
		fi
		# shellcheck disable=SC2086
		(cd "$pd" && "$ERRORCHECK" -in "$W/out.$i" $names) > "$W/report.$i" 2>&1 || ecfail=1
		bad=$((bad + $(grep -c '^[^ 	]*:[0-9]*: \(missing error\|no match for\)' "$W/report.$i")))
		extra=$((extra + $(awk '/^Unmatched Errors:$/ { on = 1; next } on && !/^\t/ { n++ } END { print n + 0 }' "$W/report.$i")))
		cat "$W/report.$i" >> "$W/report"
	done < "$W/pkgs"
	counts="$((total - bad))/$total matched, $extra unmatched, $npkg packages"
	if [ -z "$fail" ] && [ "$action" = errorcheckandrundir ]; then
		if run_prog "$W" "$W/prog"; then
			golden=${src%.go}.out
			if [ -f "$golden" ]; then cp "$golden" "$W/want"; else : > "$W/want"; fi
			if ! cmp -s "$W/want" "$W/out"; then
				fail="wrong-output"
				diff -u -L want -L output "$W/want" "$W/out" | head -n 25 > "$DETAIL"
			fi
		else
			read -r _rs fail < "$RES/r/$IDX"
		fi
	fi
	if [ -n "$fail" ]; then
		result FAIL "$fail ($counts)"
	elif [ -z "$ecfail" ]; then
		result PASS "($counts)"
	else
		result FAIL "unmatched ($counts)"
		head -n 30 "$W/report" > "$DETAIL"
	fi
}

# ---- the driver ----

# --job IDX KIND PATH: run one test (called through xargs).
if [ "$1" = --job ]; then
	IDX=$2
	W=$(mktemp -d "$RES/w.XXXXXX") || exit 1
	DETAIL=$RES/r/$IDX.detail
	"job_$3" "$4" "$W" > "$W/job.log" 2>&1
	[ -f "$RES/r/$IDX" ] || { echo "FAIL harness-error" > "$RES/r/$IDX"; cat "$W/job.log" > "$DETAIL"; }
	rm -rf "$W"
	exit 0
fi

VERBOSE=0
MODE=all
NAMES=
for a in "$@"; do
	case $a in
	-v) VERBOSE=1 ;;
	p1 | p2 | section4 | all | errorcheck) MODE=$a ;;
	*.go) NAMES="$NAMES $a"; MODE=names; VERBOSE=1 ;;
	*) echo "usage: sh scripts/conformance.sh [-v] [p1|p2|section4|all|errorcheck|FILE.go...]" >&2; exit 2 ;;
	esac
done

if [ -z "$GO_TEST_DIR" ]; then
	if have_go; then
		GO_TEST_DIR=$(go env GOROOT)/test
	else
		echo "conformance.sh: go is not on PATH and GO_TEST_DIR is not set: no test corpus" >&2
		echo "0 passed, 0 failed"
		exit 0
	fi
fi
GOTEST=$GO_TEST_DIR
if [ ! -d "$GOTEST" ]; then
	echo "conformance.sh: $GOTEST does not exist" >&2
	echo "0 passed, 0 failed"
	exit 0
fi
if [ "$TOOL" = go ]; then
	lib_go_env
elif [ ! -x "$TGO" ]; then
	echo "note: $TGO does not exist (make builds it): every test will fail"
fi
if [ "$MODE" = errorcheck ] && { [ ! -x "$ERRORCHECK" ] || [ "$ROOT/tools/errorcheck.c" -nt "$ERRORCHECK" ]; }; then
	make -s -C "$ROOT" bin/errorcheck >&2 || echo "note: cannot build bin/errorcheck"
fi

RES=$(mktemp -d "${TMPDIR:-/tmp}/tgo-conf.XXXXXX") || exit 1
trap 'rm -rf "$RES"' EXIT
trap 'exit 130' INT TERM
mkdir "$RES/r"
export RES GOTEST TGO TOOL ERRORCHECK CONF_RUN_TIMEOUT CONF_BUILD_TIMEOUT
if [ "$TOOL" = go ] && [ "$MODE" = errorcheck ]; then
	go list -deps -export -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' \
		fmt os strings runtime unsafe errors sync testing bytes math/bits encoding/binary > "$RES/importcfg" 2> "$RES/importcfg.err" ||
		{ echo "note: go list failed:"; cat "$RES/importcfg.err"; }
fi

# jobs file: IDX KIND PATH TIER GROUP
{
	case $MODE in
	errorcheck)
		for f in $ERRORCHECK_TIER1; do echo "errorcheck $f T1 errorcheck"; done
		for f in $ERRORCHECK_TIER2; do echo "errorcheck $f T2 errorcheck2"; done
		for f in $ERRORCHECK_TIER3; do echo "errorcheck $f T3 errorcheck3"; done ;;
	names)
		for f in $NAMES; do
			f=${f#"$GOTEST"/}
			t=
			for l in 1 2 3; do
				eval "fs=\$ERRORCHECK_TIER$l"
				for e in $fs; do [ "$e" = "$f" ] && t=$l; done
			done
			if [ -n "$t" ]; then
				echo "errorcheck $f T$t errorcheck$([ "$t" = 1 ] || echo "$t")"
				continue
			fi
			g=$(conf_list | awk -v f="$f" '{ for (i = 3; i <= NF; i++) if ($i == f) { print $1, $2; exit } }')
			echo "run $f ${g:-- other}"
		done ;;
	*)
		conf_list | while read -r tier grp files; do
			case $MODE in
			p1) [ "$tier" = P1 ] || continue ;;
			p2) [ "$tier" = P2 ] || continue ;;
			section4) [ "$tier" = P1 ] || [ "$tier" = P2 ] || continue ;;
			esac
			for f in $files; do echo "run $f $tier $grp"; done
		done ;;
	esac
} | awk '{ print NR, $0 }' > "$RES/jobs"

# goroutine classification (run tests only)
while read -r idx kind path tier grp; do
	if [ "$kind" = run ] && [ -f "$GOTEST/$path" ] && [ "$(uses_goroutines "$GOTEST/$path")" = 1 ]; then
		echo "$idx $kind $path $tier chan"
	else
		echo "$idx $kind $path $tier $grp"
	fi
done < "$RES/jobs" > "$RES/jobs2"

echo "conformance: $MODE tests of $GOTEST with $TOOL ($TGO), $JOBS jobs"
awk '{ print $1, $2, $3 }' "$RES/jobs2" | xargs -P "$JOBS" -n 3 sh "$SELF" --job

# per-test lines, in list order
while read -r idx kind path tier grp; do
	read -r st reason < "$RES/r/$idx"
	printf '%-4s %-40s %s\n' "$st" "$path" "$reason"
	if [ "$st" = FAIL ] && [ $VERBOSE = 1 ] && [ -s "$RES/r/$idx.detail" ]; then
		sed 's/^/        /' "$RES/r/$idx.detail"
	fi
done < "$RES/jobs2"

# tables
while read -r idx kind path tier grp; do
	read -r st reason < "$RES/r/$idx"
	echo "$st $tier $grp $(echo "$reason" | sed 's/ .*//')"
done < "$RES/jobs2" > "$RES/summary"

echo
printf '%-50s %5s %5s %5s\n' "group" pass fail skip
for g in $GROUP_ORDER; do
	set -- $(awk -v g="$g" '$3 == g { if ($1 == "PASS") p++; else if ($1 == "FAIL") f++; else s++ }
		END { print p + 0, f + 0, s + 0 }' "$RES/summary")
	[ $(($1 + $2 + $3)) -eq 0 ] && continue
	printf '%-50s %5d %5d %5d\n' "$(group_name "$g")" "$1" "$2" "$3"
done
echo
if [ "$MODE" != errorcheck ]; then
	awk '
	$1 != "SKIP" { if ($3 == "chan") { ct++; if ($1 == "PASS") cp++ } else { nt++; if ($1 == "PASS") np++ }
		t[$2]++; if ($1 == "PASS") p[$2]++ }
	$1 == "FAIL" { r[$4]++ }
	END {
		printf "without goroutines/channels/select: %d/%d passed\n", np, nt
		printf "with goroutines/channels/select:    %d/%d passed\n", cp, ct
		line = "by tier:"
		n = split("P1 P2 A B AB", tiers, " ")
		for (i = 1; i <= n; i++) if (t[tiers[i]]) line = line sprintf(" %s %d/%d,", tiers[i], p[tiers[i]], t[tiers[i]])
		sub(/,$/, "", line); print line
		line = "failures by reason:"
		n = split("compile-error compiler-crash link-error crash wrong-output timeout no-compiler harness-error", rs, " ")
		for (i = 1; i <= n; i++) if (r[rs[i]]) line = line sprintf(" %s %d,", rs[i], r[rs[i]])
		sub(/,$/, "", line); if (line == "failures by reason:") line = line " none"; print line
	}' "$RES/summary"
fi
awk '
	$1 == "PASS" { p++ } $1 == "FAIL" { f++ } $1 == "SKIP" { s++ } $1 == "XFAIL" { x++ }
	END {
		if (s) printf "%d skipped\n", s
		if (x) printf "%d expected failures (outside the subset)\n", x
		printf "%d passed, %d failed\n", p, f
	}' "$RES/summary"
exit 0
