/*
 * const.h — exact arithmetic on Go constants (implemented in const.c).
 *
 * Go's constants are exact: untyped integer constants are arbitrary-precision
 * integers (gc limits them to 512 bits), untyped float constants are exact
 * where gc's are (see const.c and doc/constants.md), and conversion to a
 * typed constant checks that the value is representable ("overflows",
 * "truncated").  The checker (check*.c) evaluates
 * every constant expression with these functions and the code generator only
 * ever sees the final int64/uint64/double/string.
 *
 * Values are immutable and never freed (the compiler's memory policy).
 */
#ifndef TGO_CONST_H
#define TGO_CONST_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
	CONST_BOOL,
	CONST_INT,     /* arbitrary-precision integer */
	CONST_FLOAT,   /* exact rational (or high-precision float), see const.c */
	CONST_COMPLEX, /* pair of int/float parts */
	CONST_STRING,
} ConstKind;

typedef struct Const Const;

/* Operators, independent of the lexer's token numbering. */
typedef enum {
	COP_ADD, COP_SUB, COP_MUL, COP_QUO, /* COP_QUO on two ints: see const_binary */
	COP_REM, COP_AND, COP_OR, COP_XOR, COP_ANDNOT,
	COP_SHL, COP_SHR,
	COP_EQL, COP_NEQ, COP_LSS, COP_LEQ, COP_GTR, COP_GEQ,
	COP_LAND, COP_LOR,
	COP_NOT, COP_NEG, COP_POS, COP_COMPLEMENT, /* unary: ! - + ^ */
} ConstOp;

/* Target representations, for representability checks and conversions. */
typedef enum {
	CREP_INT8, CREP_INT16, CREP_INT32, CREP_INT64,
	CREP_UINT8, CREP_UINT16, CREP_UINT32, CREP_UINT64,
	CREP_FLOAT32, CREP_FLOAT64,
	CREP_COMPLEX64, CREP_COMPLEX128,
	CREP_UNTYPED_INT, CREP_UNTYPED_FLOAT, CREP_UNTYPED_COMPLEX, /* kind change only */
} ConstRep;

ConstKind const_kind(const Const *c);

/* Constructors */
Const *const_bool(bool b);
Const *const_string(const char *s, int64_t len); /* bytes (NULs allowed), copied */
Const *const_int64(int64_t v);
Const *const_uint64(uint64_t v);
Const *const_float64(double v); /* the exact value of v; NULL for ±Inf and NaN */

/* Literals exactly as written in source ("0x_1F", "1_000", "0o17", "017",
 * "1e9", "0x1p-2", "1.5i").  kind: 'i' int, 'f' float, 'c' imaginary (the
 * text itself decides; kind is informative).  Returns NULL and sets *err to
 * gc's message on a bad literal: the scanner's syntax messages ("invalid
 * digit '8' in octal literal", "'_' must separate successive digits", ...),
 * "excessively long constant: 1234567890... (10001 chars)", "constant
 * overflow" (an integer literal wider than 512 bits) or "malformed constant:
 * <text>" (a float literal whose exponent is out of range). */
Const *const_from_literal(char kind, const char *text, const char **err);

/* Arithmetic.  Operands may have different numeric kinds: the result has
 * the "larger" kind (int < float < complex), as go/constant's match does;
 * strings support COP_ADD, bools COP_LAND/COP_LOR.  COP_QUO on two
 * CONST_INT operands is integer division (truncated) when intdiv is true
 * (typed or untyped integer operands in Go), exact division (a CONST_FLOAT
 * result) otherwise.  Division by zero must be rejected by the caller (see
 * const_is_zero_divisor).
 *
 * Results are exact and not limited: as types2 does, the caller checks
 * every result of an operation on *untyped* operands with
 * const_int_overflows ("constant addition overflow" etc., see
 * doc/constants.md); typed results are checked with const_representable.
 * NULL means the operation is invalid for the operands, or a float result
 * overflowed even gc's 512-bit float with a 32-bit exponent (gc: "constant
 * result is not representable"). */
Const *const_binary(ConstOp op, const Const *x, const Const *y, bool intdiv);
/* COP_SHL/COP_SHR of an integer constant; count must be <= 1074 (gc's
 * bound: "invalid shift count" above it).  >> rounds toward -infinity. */
Const *const_shift(ConstOp op, const Const *x, uint64_t count);
bool const_compare(ConstOp op, const Const *x, const Const *y);
/* Unary op.  For COP_COMPLEMENT on an unsigned typed value pass its width in
 * bits as unsigned_bits (Go: ^x == x XOR all-ones of that width); pass 0 for
 * signed or untyped values (^x == -x-1). */
Const *const_unary(ConstOp op, const Const *x, int unsigned_bits);
/* True if c is an integer wider than 512 bits: gc's limit for untyped
 * integer constants. */
bool const_int_overflows(const Const *c);
/* gc's zero-divisor test for / and %: y is zero, or complex with both
 * squared parts zero. */
bool const_is_zero_divisor(const Const *y);

/* Kind conversions (go/constant's ToInt, ToFloat, ToComplex): to int (NULL
 * if not an integer value; a float within a few bits of an integer counts),
 * to float (NULL for a complex with a non-zero imaginary part), to complex. */
Const *const_to_int(const Const *c);
Const *const_to_float(const Const *c);
Const *const_to_complex(const Const *c);

/* Builtins on constants: real(c), imag(c) (the parts as they are), complex
 * (re, im) as types2 builds it, and the imaginary number c*i. */
Const *const_real(const Const *c);
Const *const_imag(const Const *c);
Const *const_complex(const Const *re, const Const *im);
Const *const_make_imag(const Const *c);
/* string(c) for an integer constant: UTF-8 of the code point, U+FFFD if
 * c is not a valid code point. */
Const *const_rune_string(const Const *c);

/* Representability (Go spec "Representability", types2's rules): can c be
 * represented in rep?  On success *out is the value rounded to rep (floats
 * rounded to float32/float64 precision; the integer value for integer
 * reps).  On failure *why is "overflows" or "truncated" as gc words it
 * (1.5 as int: "truncated"; 300 as uint8: "overflows"; 1e400 as float64:
 * "overflows"; 1+2i as float64: "overflows"; 1+2i as int: "truncated").
 * gc picks the word from the operand's *type* (float or complex type to an
 * integer type: truncated); here the value's kind stands in for it, which
 * agrees for every constant the checker produces.  Quirk kept from gc: when
 * an integral value does not fit an integer rep, *out is still set to the
 * integer value; gc prints that one in conversion errors (int(1e100) shows
 * "untyped float constant 1000...000") but the original one in assignment
 * errors.  String and bool constants are never representable here. */
bool const_representable(const Const *c, ConstRep rep, Const **out, const char **why);

/* Values for the code generator.  The int accessors require an integer
 * value (an integral float is accepted) representable in the type. */
int64_t const_int64_val(const Const *c);  /* requires representable as int64 */
uint64_t const_uint64_val(const Const *c); /* requires representable as uint64 */
double const_float64_val(const Const *c);  /* correctly rounded; ±Inf if too large */
double const_float32_val(const Const *c);  /* rounded to float32 precision */
double const_real_val(const Const *c);     /* complex: real part as float64 */
double const_imag_val(const Const *c);
bool const_bool_val(const Const *c);
const char *const_string_val(const Const *c, int64_t *len);
bool const_sign_negative(const Const *c);
bool const_is_zero(const Const *c);
bool const_fits_int64(const Const *c);
bool const_fits_uint64(const Const *c);

/* Text as gc's type checker prints a constant value in a diagnostic
 * (go/constant's String: "300", "1e+100", "0.1", "(1 + 2i)", "\"abc\"",
 * long strings shortened as go/constant does). */
char *const_format(const Const *c);
/* Exact text (go/constant's ExactString). */
char *const_format_exact(const Const *c);

#endif
