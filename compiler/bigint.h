/*
 * bigint.h — arbitrary-precision signed integers for constant evaluation.
 *
 * const.c builds Go's exact constants (integers, rationals and 512-bit
 * binary floats) on top of this.  A BigInt is immutable once made: every
 * operation returns a freshly allocated value and never frees anything (the
 * compiler's memory policy).  Values are sign + magnitude, the magnitude in
 * little-endian 32-bit limbs without leading zero limbs; zero has no limbs.
 *
 * Bitwise operations and right shifts treat values as infinite two's
 * complement bit strings, as Go (and math/big) do for negative integers;
 * division truncates toward zero.
 */
#ifndef TGO_BIGINT_H
#define TGO_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct BigInt {
	int32_t sign;   /* -1, 0 or +1 */
	int32_t n;      /* number of limbs in d; 0 iff the value is zero */
	uint32_t d[];   /* magnitude, least significant limb first */
} BigInt;

BigInt *big_from_i64(int64_t v);
BigInt *big_from_u64(uint64_t v);
/* Digits without prefix, sign or separators, in base 2..16; NULL if a
 * character is not a digit of the base or there are no digits. */
BigInt *big_from_digits(const char *s, int64_t len, int base);

int big_sign(const BigInt *x);
bool big_is_zero(const BigInt *x);
int64_t big_bitlen(const BigInt *x);          /* bit length of |x| */
int64_t big_trailing_zeros(const BigInt *x);  /* of |x|; 0 for x == 0 */
bool big_testbit(const BigInt *x, int64_t i); /* bit i of |x| */
bool big_fits_i64(const BigInt *x);
bool big_fits_u64(const BigInt *x);
int64_t big_to_i64(const BigInt *x);          /* requires big_fits_i64 */
uint64_t big_to_u64(const BigInt *x);         /* low 64 bits of |x| */
int big_cmp(const BigInt *x, const BigInt *y);     /* -1, 0, +1 */
int big_cmp_abs(const BigInt *x, const BigInt *y); /* compares |x| and |y| */

BigInt *big_neg(const BigInt *x);
BigInt *big_abs(const BigInt *x);
BigInt *big_add(const BigInt *x, const BigInt *y);
BigInt *big_sub(const BigInt *x, const BigInt *y);
BigInt *big_mul(const BigInt *x, const BigInt *y);
/* Truncated division: q = x/y rounded toward zero, r = x - q*y (sign of x).
 * y must not be zero.  Either of q, r may be NULL. */
void big_quorem(const BigInt *x, const BigInt *y, BigInt **q, BigInt **r);
BigInt *big_shl(const BigInt *x, uint64_t n);
BigInt *big_shr(const BigInt *x, uint64_t n); /* floor(x / 2^n) */
BigInt *big_and(const BigInt *x, const BigInt *y);
BigInt *big_or(const BigInt *x, const BigInt *y);
BigInt *big_xor(const BigInt *x, const BigInt *y);
BigInt *big_andnot(const BigInt *x, const BigInt *y);
BigInt *big_not(const BigInt *x);             /* -x - 1 */
BigInt *big_gcd(const BigInt *x, const BigInt *y); /* of |x| and |y| */
BigInt *big_pow(uint32_t base, uint64_t exp);

/* Text in base 10 or 16 (lower case), with a leading '-' when negative. */
char *big_to_string(const BigInt *x, int base);

#endif
