// Package math is tgo's math: the floating-point functions of Go's math
// package, written so that every result is bit-identical to what Go 1.26
// computes on linux/amd64.  Where Go uses assembly on amd64 (Exp, Log,
// Floor/Ceil/Trunc, Max/Min, Hypot, Sqrt) the Go code here follows what the
// assembly computes, not Go's generic code: Exp and Log in particular are
// different algorithms there.  Sqrt and FMA are one instruction in C
// (runtime/stdlib_math.c) under tgo; the !tgo files give exact Go versions
// so the package can be tested with gc.
package math

// Mathematical constants, as exact as the untyped constants allow.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Limits of the floating-point types.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Limits of the integer types.
const (
	intSize = 32 << (^uint(0) >> 63)

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// The IEEE 754 binary64 layout, as used by the bit-level code.
const (
	bitsNaN    = 0x7FF8000000000001 // the NaN that NaN() returns
	bitsPosInf = 0x7FF0000000000000
	bitsNegInf = 0xFFF0000000000000
	bitsOne    = 0x3FF0000000000000
	expMask    = 0x7FF // exponent field, after shifting down by fracBits
	fracBits   = 52
	expBias    = 1023
	signBit    = 1 << 63
	fracMask   = 1<<fracBits - 1
)
