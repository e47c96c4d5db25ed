// Package strconv is tgo's strconv: conversions between strings and the
// basic types, with Go's results, error values and messages, and Go's
// allocation behaviour (a formatted number costs its one string; parsing
// allocates only for the error it returns).  As in Go 1.26 the work is
// done in internal/strconv and the functions here add *NumError.
package strconv

import (
	"errors"
	"internal/strconv"
	"unsafe"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = strconv.IntSize

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// toError builds the *NumError of a failed conversion.  The input is
// copied, so that it does not escape into the error: converting a []byte
// to a string for a Parse call then needs no allocation (Go does the
// same).
func toError(fn, s string, base, bitSize int, err error) error {
	switch err {
	case strconv.ErrSyntax:
		return syntaxError(fn, s)
	case strconv.ErrRange:
		return rangeError(fn, s)
	case strconv.ErrBase:
		return baseError(fn, s, base)
	case strconv.ErrBitSize:
		return bitSizeError(fn, s, bitSize)
	}
	return err
}

func syntaxError(fn, s string) *NumError { return &NumError{fn, cloneString(s), ErrSyntax} }

func rangeError(fn, s string) *NumError { return &NumError{fn, cloneString(s), ErrRange} }

func baseError(fn, s string, base int) *NumError {
	return &NumError{fn, cloneString(s), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, s string, bitSize int) *NumError {
	return &NumError{fn, cloneString(s), errors.New("invalid bit size " + Itoa(bitSize))}
}

func cloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return *(*string)(unsafe.Pointer(&b))
}

// ParseBool returns the boolean value of 1, t, T, TRUE, true, True, 0, f,
// F, FALSE, false or False; any other string is an error.
func ParseBool(str string) (bool, error) {
	x, err := strconv.ParseBool(str)
	if err != nil {
		return x, toError("ParseBool", str, 0, 0, err)
	}
	return x, nil
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string { return strconv.FormatBool(b) }

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return strconv.AppendBool(dst, b) }

// ParseComplex converts s, of the form N, Ni or N±Ni (optionally in
// parentheses, without spaces), to a complex number whose parts have the
// precision of bitSize/2 bits.  Errors are *NumError as for ParseFloat.
func ParseComplex(s string, bitSize int) (complex128, error) {
	x, err := strconv.ParseComplex(s, bitSize)
	if err != nil {
		return x, toError("ParseComplex", s, 0, bitSize, err)
	}
	return x, nil
}

// ParseFloat converts s to a float64 with the precision of bitSize (32:
// the result converts to float32 exactly; 64).  It accepts Go's decimal
// and hexadecimal floating-point literals (with underscores only where Go
// allows them), "Inf", "+Inf", "-Inf", "Infinity" in any case and "NaN",
// and rounds to nearest even.  Errors are *NumError: ErrSyntax, or
// ErrRange with ±Inf when s is beyond the largest float by more than half
// a unit.
func ParseFloat(s string, bitSize int) (float64, error) {
	x, err := strconv.ParseFloat(s, bitSize)
	if err != nil {
		return x, toError("ParseFloat", s, 0, bitSize, err)
	}
	return x, nil
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	x, err := strconv.ParseUint(s, base, bitSize)
	if err != nil {
		return x, toError("ParseUint", s, base, bitSize, err)
	}
	return x, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and bit size (0
// to 64) and returns the value.  A leading "+" or "-" is allowed.  Base 0
// takes the base from the prefix after the sign: "0b" 2, "0o" or "0" 8,
// "0x" 16, otherwise 10, and allows underscores as Go literals do.  Bit
// sizes 0, 8, 16, 32 and 64 stand for int, int8, int16, int32 and int64.
// Errors are *NumError: ErrSyntax (value 0) or ErrRange (the value of the
// right sign with the largest magnitude).
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	x, err := strconv.ParseInt(s, base, bitSize)
	if err != nil {
		return x, toError("ParseInt", s, base, bitSize, err)
	}
	return x, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	x, err := strconv.Atoi(s)
	if err != nil {
		return x, toError("Atoi", s, 0, 0, err)
	}
	return x, nil
}

// FormatComplex converts c to a string (a+bi) with each part formatted as
// FormatFloat does; bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	return strconv.FormatComplex(c, fmt, prec, bitSize)
}

// FormatFloat converts f to a string in format fmt ('b', 'e', 'E', 'f',
// 'g', 'G', 'x' or 'X') with precision prec, assuming f came from a
// floating-point value of bitSize bits (32 or 64).  Precision -1 means the
// fewest digits that ParseFloat turns back into f exactly.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return strconv.FormatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return strconv.AppendFloat(dst, f, fmt, prec, bitSize)
}

// FormatUint returns the string representation of i in the given base,
// 2 <= base <= 36, with lower-case letters for digits >= 10.
func FormatUint(i uint64, base int) string { return strconv.FormatUint(i, base) }

// FormatInt returns the string representation of i in the given base,
// 2 <= base <= 36, with lower-case letters for digits >= 10.
func FormatInt(i int64, base int) string { return strconv.FormatInt(i, base) }

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return strconv.Itoa(i) }

// AppendInt appends the string form of i, as FormatInt makes it, to dst.
func AppendInt(dst []byte, i int64, base int) []byte { return strconv.AppendInt(dst, i, base) }

// AppendUint appends the string form of i, as FormatUint makes it, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return strconv.AppendUint(dst, i, base) }
