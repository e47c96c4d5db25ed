/*
 * stdlib_math.c — the few functions of package math (stdlib/math) that are
 * C, because Go itself uses a single instruction or a CPU query for them.
 *
 * Go declares them without a body (the _tgo.go files of stdlib/math); tgo
 * calls the C function named math_<name> with the System V ABI, float64
 * arguments and results in xmm registers.  Their results are bit-identical to gc's on
 * amd64: SQRTSD for Sqrt (a negative argument gives the default NaN
 * 0xFFF8000000000000, a NaN comes back quieted), VFMADD231SD for FMA where
 * the CPU has it (else the C library's exactly rounded fma), and the
 * AVX+FMA test that Go's internal/cpu makes before its assembly Exp takes
 * the fused path.
 */
#include <math.h>
#include <stdbool.h>

double math_sqrt(double x)
{
	double r;
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
	return r;
}

/* x*y + z in one rounding, with the instruction and operand roles gc uses
 * for math.FMA on amd64 (VFMADD231SD, z the destination, then x, then y),
 * so that a NaN operand propagates the same way. */
__attribute__((target("fma"))) static double fma_insn(double x, double y, double z)
{
	__asm__("vfmadd231sd %2, %1, %0" : "+x"(z) : "x"(x), "x"(y));
	return z;
}

static int has_fma = -1; /* unknown yet */

double math_fma(double x, double y, double z)
{
	if (has_fma < 0) {
		__builtin_cpu_init();
		has_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
	}
	if (has_fma)
		return fma_insn(x, y, z);
	return fma(x, y, z);
}

bool math_cpuHasFMA(void)
{
	__builtin_cpu_init();
	return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}
