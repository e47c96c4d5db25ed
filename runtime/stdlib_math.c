/*
 * stdlib_math.c — the few functions of package math (stdlib/math) that are
 * C, because Go itself uses a single instruction or a CPU query for them.
 *
 * Go declares them without a body (the _tgo.go files of stdlib/math); tgo calls the C
 * function named math_<name> with the System V ABI, float64 arguments and
 * results in xmm registers.  Their results are bit-identical to gc's on
 * amd64: SQRTSD for Sqrt (a negative argument gives the default NaN
 * 0xFFF8000000000000, a NaN comes back quieted), the C library's fma for FMA
 * (glibc picks the FMA instruction where the CPU has it; either way the
 * result is the exactly rounded one), and the AVX+FMA test that Go's
 * internal/cpu makes before its assembly Exp takes the fused path.
 */
#include <math.h>
#include <stdbool.h>

double math_sqrt(double x)
{
	double r;
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
	return r;
}

double math_FMA(double x, double y, double z)
{
	return fma(x, y, z);
}

bool math_cpuHasFMA(void)
{
	__builtin_cpu_init();
	return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}
