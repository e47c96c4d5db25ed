//go:build tgo

package math

// sqrt is the SQRTSD instruction: math_sqrt in runtime/stdlib_math.c.
func sqrt(x float64) float64
