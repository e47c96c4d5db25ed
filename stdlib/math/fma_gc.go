//go:build !tgo

package math

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64 { return fmaSoft(x, y, z) }

// useFMA says whether Exp takes its fused path.  Built by gc (for testing)
// there is no portable way to ask the CPU, so this assumes what every
// x86-64 machine since 2013 has; tgo asks the CPU (fma_tgo.go).
var useFMA = true
