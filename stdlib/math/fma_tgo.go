//go:build tgo

package math

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64 { return fma(x, y, z) }

// fma is math_fma in runtime/stdlib_math.c: the C library's fma, which
// uses the FMA instruction where the CPU has it, as Go does.
func fma(x, y, z float64) float64

// useFMA reports whether the CPU has AVX and FMA, as Go's internal/cpu
// decides for its assembly Exp: math_cpuHasFMA in runtime/stdlib_math.c.
var useFMA = cpuHasFMA()

func cpuHasFMA() bool
