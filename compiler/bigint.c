/*
 * bigint.c — arbitrary-precision signed integers (see bigint.h).
 *
 * Used only by const.c, which evaluates Go constant expressions in the type
 * checker.  The numbers involved are small (gc caps untyped integers at 512
 * bits and exact fractions at about 4096 bits per part), so the algorithms
 * are the schoolbook ones: O(n*m) multiplication and Knuth's algorithm D
 * for division, on 32-bit limbs with 64-bit intermediates.
 */
#include "bigint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ---------------------------------------------------------- */

static BigInt *big_alloc(int64_t n)
{
	if (n < 0 || n > INT32_MAX / 8) {
		fprintf(stderr, "tgo: internal error: integer constant too large\n");
		abort();
	}
	BigInt *x = malloc(sizeof(BigInt) + (size_t)(n ? n : 1) * sizeof(uint32_t));
	if (!x) {
		fprintf(stderr, "tgo: out of memory\n");
		abort();
	}
	x->sign = 0;
	x->n = (int32_t)n;
	if (n)
		memset(x->d, 0, (size_t)n * sizeof(uint32_t));
	return x;
}

/* Drops leading zero limbs and fixes the sign of zero. */
static BigInt *big_norm(BigInt *x, int sign)
{
	while (x->n > 0 && x->d[x->n - 1] == 0)
		x->n--;
	x->sign = x->n ? sign : 0;
	return x;
}

static BigInt *big_copy_sign(const BigInt *x, int sign)
{
	BigInt *z = big_alloc(x->n);
	if (x->n)
		memcpy(z->d, x->d, (size_t)x->n * sizeof(uint32_t));
	return big_norm(z, sign);
}

BigInt *big_from_u64(uint64_t v)
{
	BigInt *x = big_alloc(2);
	x->d[0] = (uint32_t)v;
	x->d[1] = (uint32_t)(v >> 32);
	return big_norm(x, 1);
}

BigInt *big_from_i64(int64_t v)
{
	uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
	BigInt *x = big_from_u64(m);
	if (v < 0)
		x->sign = -1;
	return x;
}

/* ---- queries ------------------------------------------------------------- */

int big_sign(const BigInt *x) { return x->sign; }
bool big_is_zero(const BigInt *x) { return x->n == 0; }

static int nlz32(uint32_t w)
{
	int n = 0;
	if (w == 0)
		return 32;
	while (!(w & 0x80000000u)) {
		w <<= 1;
		n++;
	}
	return n;
}

int64_t big_bitlen(const BigInt *x)
{
	if (x->n == 0)
		return 0;
	return (int64_t)x->n * 32 - nlz32(x->d[x->n - 1]);
}

int64_t big_trailing_zeros(const BigInt *x)
{
	for (int32_t i = 0; i < x->n; i++) {
		if (x->d[i]) {
			uint32_t w = x->d[i];
			int64_t k = 0;
			while (!(w & 1)) {
				w >>= 1;
				k++;
			}
			return (int64_t)i * 32 + k;
		}
	}
	return 0;
}

bool big_testbit(const BigInt *x, int64_t i)
{
	if (i < 0 || i / 32 >= x->n)
		return false;
	return (x->d[i / 32] >> (i % 32)) & 1;
}

bool big_fits_u64(const BigInt *x) { return x->sign >= 0 && x->n <= 2; }

bool big_fits_i64(const BigInt *x)
{
	if (x->n > 2)
		return false;
	uint64_t m = big_to_u64(x);
	if (x->sign >= 0)
		return m <= (uint64_t)INT64_MAX;
	return m <= (uint64_t)1 << 63;
}

uint64_t big_to_u64(const BigInt *x)
{
	uint64_t m = 0;
	if (x->n > 0)
		m = x->d[0];
	if (x->n > 1)
		m |= (uint64_t)x->d[1] << 32;
	return m;
}

int64_t big_to_i64(const BigInt *x)
{
	uint64_t m = big_to_u64(x);
	return x->sign < 0 ? (int64_t)(0 - m) : (int64_t)m;
}

static int mag_cmp(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn)
{
	if (an != bn)
		return an < bn ? -1 : 1;
	for (int64_t i = an - 1; i >= 0; i--)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

int big_cmp_abs(const BigInt *x, const BigInt *y) { return mag_cmp(x->d, x->n, y->d, y->n); }

int big_cmp(const BigInt *x, const BigInt *y)
{
	if (x->sign != y->sign)
		return x->sign < y->sign ? -1 : 1;
	int c = big_cmp_abs(x, y);
	return x->sign < 0 ? -c : c;
}

/* ---- addition and subtraction --------------------------------------------- */

static BigInt *mag_add(const BigInt *x, const BigInt *y, int sign)
{
	if (x->n < y->n) {
		const BigInt *t = x;
		x = y;
		y = t;
	}
	BigInt *z = big_alloc((int64_t)x->n + 1);
	uint64_t carry = 0;
	for (int32_t i = 0; i < x->n; i++) {
		uint64_t s = (uint64_t)x->d[i] + (i < y->n ? y->d[i] : 0) + carry;
		z->d[i] = (uint32_t)s;
		carry = s >> 32;
	}
	z->d[x->n] = (uint32_t)carry;
	return big_norm(z, sign);
}

/* |x| - |y| with |x| >= |y|. */
static BigInt *mag_sub(const BigInt *x, const BigInt *y, int sign)
{
	BigInt *z = big_alloc(x->n);
	int64_t borrow = 0;
	for (int32_t i = 0; i < x->n; i++) {
		int64_t s = (int64_t)x->d[i] - (i < y->n ? y->d[i] : 0) - borrow;
		borrow = s < 0;
		z->d[i] = (uint32_t)(s + (borrow << 32));
	}
	return big_norm(z, sign);
}

static BigInt *signed_add(const BigInt *x, const BigInt *y, int ysign)
{
	if (y->n == 0)
		return (BigInt *)x;
	if (x->n == 0)
		return big_copy_sign(y, ysign);
	if (x->sign == ysign)
		return mag_add(x, y, x->sign);
	int c = big_cmp_abs(x, y);
	if (c == 0)
		return big_from_u64(0);
	if (c > 0)
		return mag_sub(x, y, x->sign);
	return mag_sub(y, x, ysign);
}

BigInt *big_add(const BigInt *x, const BigInt *y) { return signed_add(x, y, y->sign); }
BigInt *big_sub(const BigInt *x, const BigInt *y) { return signed_add(x, y, -y->sign); }
BigInt *big_neg(const BigInt *x) { return big_copy_sign(x, -x->sign); }
BigInt *big_abs(const BigInt *x) { return x->sign >= 0 ? (BigInt *)x : big_copy_sign(x, 1); }

/* ---- multiplication ------------------------------------------------------- */

BigInt *big_mul(const BigInt *x, const BigInt *y)
{
	if (x->n == 0 || y->n == 0)
		return big_from_u64(0);
	BigInt *z = big_alloc((int64_t)x->n + y->n);
	for (int32_t i = 0; i < x->n; i++) {
		uint64_t carry = 0, xi = x->d[i];
		for (int32_t j = 0; j < y->n; j++) {
			uint64_t t = xi * y->d[j] + z->d[i + j] + carry;
			z->d[i + j] = (uint32_t)t;
			carry = t >> 32;
		}
		z->d[i + y->n] = (uint32_t)carry;
	}
	return big_norm(z, x->sign * y->sign);
}

/* z = z*m + a in place on a limb buffer of capacity cap; returns new length. */
static int64_t mag_muladd_small(uint32_t *z, int64_t n, int64_t cap, uint32_t m, uint32_t a)
{
	uint64_t carry = a;
	for (int64_t i = 0; i < n; i++) {
		uint64_t t = (uint64_t)z[i] * m + carry;
		z[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry && n < cap)
		z[n++] = (uint32_t)carry;
	return n;
}

/* ---- division --------------------------------------------------------------- */

/* Divides the magnitude u (un limbs) by the single limb v; q gets un limbs;
 * returns the remainder. */
static uint32_t mag_divmod_small(const uint32_t *u, int64_t un, uint32_t v, uint32_t *q)
{
	uint64_t r = 0;
	for (int64_t i = un - 1; i >= 0; i--) {
		uint64_t cur = (r << 32) | u[i];
		q[i] = (uint32_t)(cur / v);
		r = cur % v;
	}
	return (uint32_t)r;
}

/* Knuth, TAOCP vol. 2, 4.3.1, algorithm D, on magnitudes with |u| >= |v|
 * and v->n >= 2.  Fills q (u->n - v->n + 1 limbs) and r (v->n limbs). */
static void mag_divmod_knuth(const BigInt *u, const BigInt *v, uint32_t *q, uint32_t *r)
{
	int64_t n = v->n, m = u->n - v->n;
	int s = nlz32(v->d[n - 1]);
	uint32_t *vn = calloc((size_t)n, sizeof(uint32_t));
	uint32_t *un = calloc((size_t)(u->n + 1), sizeof(uint32_t));
	if (!vn || !un) {
		fprintf(stderr, "tgo: out of memory\n");
		abort();
	}
	for (int64_t i = n - 1; i > 0; i--)
		vn[i] = (v->d[i] << s) | (s ? (uint32_t)((uint64_t)v->d[i - 1] >> (32 - s)) : 0);
	vn[0] = v->d[0] << s;
	un[u->n] = s ? (uint32_t)((uint64_t)u->d[u->n - 1] >> (32 - s)) : 0;
	for (int64_t i = u->n - 1; i > 0; i--)
		un[i] = (u->d[i] << s) | (s ? (uint32_t)((uint64_t)u->d[i - 1] >> (32 - s)) : 0);
	un[0] = u->d[0] << s;

	const uint64_t base = (uint64_t)1 << 32;
	for (int64_t j = m; j >= 0; j--) {
		uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
		uint64_t qhat = num / vn[n - 1];
		uint64_t rhat = num % vn[n - 1];
		while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
			qhat--;
			rhat += vn[n - 1];
			if (rhat >= base)
				break;
		}
		/* multiply and subtract */
		int64_t borrow = 0;
		uint64_t carry = 0;
		for (int64_t i = 0; i < n; i++) {
			uint64_t p = qhat * vn[i] + carry;
			carry = p >> 32;
			int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
			borrow = t < 0;
			un[i + j] = (uint32_t)(t + (borrow << 32));
		}
		int64_t t = (int64_t)un[j + n] - (int64_t)carry - borrow;
		borrow = t < 0;
		un[j + n] = (uint32_t)(t + (borrow << 32));
		if (borrow) { /* qhat was one too large: add back */
			qhat--;
			uint64_t c = 0;
			for (int64_t i = 0; i < n; i++) {
				uint64_t s2 = (uint64_t)un[i + j] + vn[i] + c;
				un[i + j] = (uint32_t)s2;
				c = s2 >> 32;
			}
			un[j + n] += (uint32_t)c;
		}
		q[j] = (uint32_t)qhat;
	}
	for (int64_t i = 0; i < n; i++)
		r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
	free(vn);
	free(un);
}

void big_quorem(const BigInt *x, const BigInt *y, BigInt **qp, BigInt **rp)
{
	if (y->n == 0) {
		fprintf(stderr, "tgo: internal error: big integer division by zero\n");
		abort();
	}
	if (big_cmp_abs(x, y) < 0) {
		if (qp)
			*qp = big_from_u64(0);
		if (rp)
			*rp = (BigInt *)x;
		return;
	}
	BigInt *q = big_alloc((int64_t)x->n - y->n + 1);
	BigInt *r = big_alloc(y->n);
	if (y->n == 1) {
		uint32_t *tq = calloc((size_t)x->n, sizeof(uint32_t));
		if (!tq) {
			fprintf(stderr, "tgo: out of memory\n");
			abort();
		}
		r->d[0] = mag_divmod_small(x->d, x->n, y->d[0], tq);
		memcpy(q->d, tq, (size_t)q->n * sizeof(uint32_t));
		free(tq);
	} else {
		mag_divmod_knuth(x, y, q->d, r->d);
	}
	if (qp)
		*qp = big_norm(q, x->sign * y->sign);
	if (rp)
		*rp = big_norm(r, x->sign);
}

/* ---- shifts ----------------------------------------------------------------- */

static BigInt *mag_shl(const BigInt *x, uint64_t n, int sign)
{
	if (x->n == 0)
		return (BigInt *)x;
	int64_t limbs = (int64_t)(n / 32);
	int bits = (int)(n % 32);
	BigInt *z = big_alloc(x->n + limbs + 1);
	for (int32_t i = 0; i < x->n; i++) {
		uint64_t w = (uint64_t)x->d[i] << bits;
		z->d[i + limbs] |= (uint32_t)w;
		z->d[i + limbs + 1] |= (uint32_t)(w >> 32);
	}
	return big_norm(z, sign);
}

/* |x| >> n, truncating. */
static BigInt *mag_shr(const BigInt *x, uint64_t n, int sign)
{
	int64_t limbs = (int64_t)(n / 32);
	int bits = (int)(n % 32);
	if (limbs >= x->n)
		return big_from_u64(0);
	BigInt *z = big_alloc(x->n - limbs);
	for (int64_t i = 0; i < z->n; i++) {
		uint64_t w = x->d[i + limbs];
		if (i + limbs + 1 < x->n)
			w |= (uint64_t)x->d[i + limbs + 1] << 32;
		z->d[i] = (uint32_t)(w >> bits);
	}
	return big_norm(z, sign);
}

BigInt *big_shl(const BigInt *x, uint64_t n) { return mag_shl(x, n, x->sign); }

BigInt *big_shr(const BigInt *x, uint64_t n)
{
	if (x->sign >= 0)
		return mag_shr(x, n, 1);
	/* floor(-m / 2^n) = -ceil(m / 2^n) */
	BigInt *t = mag_shr(x, n, 1);
	bool dropped = big_trailing_zeros(x) < (int64_t)n;
	if (dropped)
		t = big_add(t, big_from_u64(1));
	return big_neg(t);
}

/* ---- bitwise operations (two's complement) ---------------------------------- */

/* x as an n-limb two's complement number (n > bitlen/32 so the sign fits). */
static uint32_t *to_twos(const BigInt *x, int64_t n)
{
	uint32_t *a = calloc((size_t)n, sizeof(uint32_t));
	if (!a) {
		fprintf(stderr, "tgo: out of memory\n");
		abort();
	}
	memcpy(a, x->d, (size_t)x->n * sizeof(uint32_t));
	if (x->sign < 0) {
		uint64_t carry = 1;
		for (int64_t i = 0; i < n; i++) {
			uint64_t s = (uint64_t)(uint32_t)~a[i] + carry;
			a[i] = (uint32_t)s;
			carry = s >> 32;
		}
	}
	return a;
}

static BigInt *from_twos(uint32_t *a, int64_t n)
{
	bool neg = n > 0 && (a[n - 1] & 0x80000000u);
	if (neg) {
		uint64_t carry = 1;
		for (int64_t i = 0; i < n; i++) {
			uint64_t s = (uint64_t)(uint32_t)~a[i] + carry;
			a[i] = (uint32_t)s;
			carry = s >> 32;
		}
	}
	BigInt *z = big_alloc(n);
	memcpy(z->d, a, (size_t)n * sizeof(uint32_t));
	free(a);
	return big_norm(z, neg ? -1 : 1);
}

static BigInt *bitwise(const BigInt *x, const BigInt *y, char op)
{
	int64_t n = (x->n > y->n ? x->n : y->n) + 1;
	uint32_t *a = to_twos(x, n), *b = to_twos(y, n);
	for (int64_t i = 0; i < n; i++) {
		switch (op) {
		case '&': a[i] &= b[i]; break;
		case '|': a[i] |= b[i]; break;
		case '^': a[i] ^= b[i]; break;
		default: a[i] &= ~b[i]; break; /* &^ */
		}
	}
	free(b);
	return from_twos(a, n);
}

BigInt *big_and(const BigInt *x, const BigInt *y) { return bitwise(x, y, '&'); }
BigInt *big_or(const BigInt *x, const BigInt *y) { return bitwise(x, y, '|'); }
BigInt *big_xor(const BigInt *x, const BigInt *y) { return bitwise(x, y, '^'); }
BigInt *big_andnot(const BigInt *x, const BigInt *y) { return bitwise(x, y, 'n'); }
BigInt *big_not(const BigInt *x) { return big_sub(big_neg(x), big_from_u64(1)); }

/* ---- misc ------------------------------------------------------------------- */

BigInt *big_gcd(const BigInt *x, const BigInt *y)
{
	BigInt *a = big_abs(x), *b = big_abs(y);
	while (b->n != 0) {
		BigInt *r;
		big_quorem(a, b, NULL, &r);
		a = b;
		b = r;
	}
	return a;
}

BigInt *big_pow(uint32_t base, uint64_t exp)
{
	BigInt *result = big_from_u64(1), *b = big_from_u64(base);
	while (exp) {
		if (exp & 1)
			result = big_mul(result, b);
		exp >>= 1;
		if (exp)
			b = big_mul(b, b);
	}
	return result;
}

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

BigInt *big_from_digits(const char *s, int64_t len, int base)
{
	if (len <= 0 || base < 2 || base > 16)
		return NULL;
	/* each digit needs at most 4 bits */
	int64_t cap = len * 4 / 32 + 2;
	BigInt *z = big_alloc(cap);
	int64_t n = 0;
	for (int64_t i = 0; i < len; i++) {
		int d = digit_value(s[i]);
		if (d >= base)
			return NULL;
		n = mag_muladd_small(z->d, n, cap, (uint32_t)base, (uint32_t)d);
	}
	z->n = (int32_t)n;
	return big_norm(z, 1);
}

char *big_to_string(const BigInt *x, int base)
{
	static const char digits[] = "0123456789abcdef";
	/* a limb gives at most 10 decimal digits (8 hex digits) */
	size_t cap = (size_t)x->n * 10 + 3;
	char *buf = malloc(cap), *p = buf + cap;
	uint32_t *t = malloc((size_t)(x->n ? x->n : 1) * sizeof(uint32_t));
	if (!buf || !t) {
		fprintf(stderr, "tgo: out of memory\n");
		abort();
	}
	*--p = 0;
	int64_t n = x->n;
	memcpy(t, x->d, (size_t)n * sizeof(uint32_t));
	if (n == 0)
		*--p = '0';
	uint32_t chunk = base == 16 ? 0x10000000u : 1000000000u;
	int chunk_digits = base == 16 ? 7 : 9;
	while (n > 0) {
		uint32_t r = mag_divmod_small(t, n, chunk, t);
		while (n > 0 && t[n - 1] == 0)
			n--;
		for (int i = 0; i < chunk_digits && (n > 0 || r != 0); i++) {
			*--p = digits[r % (uint32_t)base];
			r /= (uint32_t)base;
		}
	}
	if (x->sign < 0)
		*--p = '-';
	free(t);
	memmove(buf, p, strlen(p) + 1);
	return buf;
}
