/*
 * const.c — exact arithmetic on Go constants (API in const.h).
 *
 * The type checker evaluates every constant expression with these functions;
 * later stages only see the final int64/uint64/double/string values.  The
 * goal is to compute exactly what gc computes, including its limits and its
 * quirks, so the representation follows the model gc's type checker uses
 * (go/constant; facts read from Go's sources, code written anew):
 *
 *   int    an int64 when the value fits, else a BigInt.  Untyped integer
 *          results wider than 512 bits are rejected ("constant ... overflow").
 *   float  an exact fraction num/den while both parts stay below 4096 bits,
 *          else a binary float: a mantissa of at most 512 bits times a power
 *          of two (math/big's Float at precision 512, rounding to nearest
 *          even, exponent limited to int32).  Once a value is a binary float
 *          it stays one.  Decimal literals too large or small for a fraction
 *          are parsed the way big.Float parses them (with its 576/640-bit
 *          powers of five), so even those round the same.
 *   complex a pair of int/float values (parts keep their own representation:
 *          1 + 2i has an int real part, which shows when it is printed).
 *   string bytes; bool.
 *
 * Conversions to float64/float32 round to nearest even, with subnormals, as
 * math/big does.  Text follows go/constant's String (used in diagnostics)
 * and ExactString.  doc/constants.md lists gc's messages around constants.
 *
 * Memory: values are immutable and never freed (compiler policy).
 */
#include "const.h"

#include "bigint.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	R_BOOL,
	R_STRING,
	R_INT,     /* integer that fits in int64 */
	R_BIG,     /* integer that does not fit in int64 */
	R_RAT,     /* exact fraction: den > 0, gcd(num, den) == 1 */
	R_FLOAT,   /* mant * 2^exp, |mant| < 2^512 and odd (0 for zero) */
	R_COMPLEX, /* parts are R_INT, R_BIG, R_RAT or R_FLOAT */
};

struct Const {
	ConstKind kind;
	int rep;
	union {
		bool b;
		struct { const char *p; int64_t len; } str;
		int64_t i;
		BigInt *big;
		struct { BigInt *num, *den; } rat;
		struct { BigInt *mant; int64_t exp; } flt;
		struct { const Const *re, *im; } cx;
	} u;
};

enum {
	INT_LIMIT_BITS = 512, /* untyped integer constants: at most this bit length */
	FLOAT_PREC = 512,     /* mantissa bits of non-fraction floats */
	RAT_LIMIT_BITS = 4096 /* fraction parts must stay below this bit length */
};
#define MAX_SHIFT_COUNT 65536 /* sanity bound; gc's own bound is 1074 */
#define FLOAT_EXP_MIN ((int64_t)INT32_MIN) /* big.Float's exponent range */
#define FLOAT_EXP_MAX ((int64_t)INT32_MAX)

/* ---- allocation --------------------------------------------------------------- */

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fprintf(stderr, "tgo: out of memory\n");
		abort();
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

static Const *mk(ConstKind kind, int rep)
{
	Const *c = xmalloc(sizeof *c);
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->rep = rep;
	return c;
}

static BigInt *big_one(void) { return big_from_u64(1); }

/* ---- constructors --------------------------------------------------------------- */

ConstKind const_kind(const Const *c) { return c->kind; }

Const *const_bool(bool b)
{
	Const *c = mk(CONST_BOOL, R_BOOL);
	c->u.b = b;
	return c;
}

Const *const_string(const char *s, int64_t len)
{
	Const *c = mk(CONST_STRING, R_STRING);
	char *p = xmalloc((size_t)len + 1);
	if (len)
		memcpy(p, s, (size_t)len);
	p[len] = 0;
	c->u.str.p = p;
	c->u.str.len = len;
	return c;
}

Const *const_int64(int64_t v)
{
	Const *c = mk(CONST_INT, R_INT);
	c->u.i = v;
	return c;
}

Const *const_uint64(uint64_t v)
{
	if (v <= (uint64_t)INT64_MAX)
		return const_int64((int64_t)v);
	Const *c = mk(CONST_INT, R_BIG);
	c->u.big = big_from_u64(v);
	return c;
}

static Const *int_from_big(BigInt *b)
{
	if (big_fits_i64(b))
		return const_int64(big_to_i64(b));
	Const *c = mk(CONST_INT, R_BIG);
	c->u.big = b;
	return c;
}

static BigInt *int_big(const Const *c)
{
	return c->rep == R_INT ? big_from_i64(c->u.i) : c->u.big;
}

static int64_t int_bitlen(const Const *c)
{
	if (c->rep == R_INT) {
		uint64_t m = c->u.i < 0 ? -(uint64_t)c->u.i : (uint64_t)c->u.i;
		int64_t n = 0;
		while (m) {
			n++;
			m >>= 1;
		}
		return n;
	}
	return big_bitlen(c->u.big);
}

static bool is_int(const Const *c) { return c->rep == R_INT || c->rep == R_BIG; }

static Const *complex_of(const Const *re, const Const *im)
{
	if (!re || !im)
		return NULL;
	Const *c = mk(CONST_COMPLEX, R_COMPLEX);
	c->u.cx.re = re;
	c->u.cx.im = im;
	return c;
}

/* ---- rounding of binary values -------------------------------------------------------- */

typedef enum { RM_NEAREST_EVEN, RM_TO_ZERO, RM_AWAY } RoundMode;

/*
 * Rounds the positive value m * 2^*e to prec significant bits.  When sticky
 * is set the true value is a little larger than m * 2^*e (by less than one
 * unit of m's last bit) and m must have more than prec bits, so that the
 * round bit is known.  Returns the new mantissa and updates *e; *inexact
 * (if not NULL) tells whether anything was lost.
 */
static BigInt *round_bits(BigInt *m, int64_t *e, bool sticky, int64_t prec, RoundMode mode, bool *inexact)
{
	int64_t n = big_bitlen(m);
	if (inexact)
		*inexact = sticky;
	if (n <= prec)
		return m;
	int64_t drop = n - prec;
	BigInt *kept = big_shr(m, (uint64_t)drop);
	bool half = big_testbit(m, drop - 1);
	bool rest = sticky || big_trailing_zeros(m) < drop - 1;
	bool up = false;
	switch (mode) {
	case RM_NEAREST_EVEN: up = half && (rest || big_testbit(kept, 0)); break;
	case RM_TO_ZERO: up = false; break;
	case RM_AWAY: up = half || rest; break;
	}
	if (inexact)
		*inexact = half || rest;
	if (up) {
		kept = big_add(kept, big_one());
		if (big_bitlen(kept) > prec) {
			kept = big_shr(kept, 1);
			drop++;
		}
	}
	*e += drop;
	return kept;
}

/* ---- binary floats (math/big.Float at precision 512) ---------------------------------- */

static Const *flt_zero(void)
{
	Const *c = mk(CONST_FLOAT, R_FLOAT);
	c->u.flt.mant = big_from_u64(0);
	c->u.flt.exp = 0;
	return c;
}

/* Rounds sign * (mag * 2^e [+ sticky]) to FLOAT_PREC bits.  NULL when the
 * exponent overflows big.Float's range (an infinity: gc's "unknown" value);
 * zero when it underflows. */
static Const *flt_make(int sign, BigInt *mag, int64_t e, bool sticky)
{
	if (big_is_zero(mag))
		return flt_zero();
	if (e + big_bitlen(mag) < FLOAT_EXP_MIN)
		return flt_zero();
	mag = round_bits(mag, &e, sticky, FLOAT_PREC, RM_NEAREST_EVEN, NULL);
	int64_t tz = big_trailing_zeros(mag);
	if (tz) {
		mag = big_shr(mag, (uint64_t)tz);
		e += tz;
	}
	if (e + big_bitlen(mag) > FLOAT_EXP_MAX)
		return NULL;
	Const *c = mk(CONST_FLOAT, R_FLOAT);
	c->u.flt.mant = sign < 0 ? big_neg(mag) : mag;
	c->u.flt.exp = e;
	return c;
}

/* sign * (a*2^ea) / (b*2^eb), a, b > 0, correctly rounded to FLOAT_PREC bits. */
static Const *flt_quo_mag(int sign, BigInt *a, int64_t ea, BigInt *b, int64_t eb)
{
	if (big_is_zero(a))
		return flt_zero();
	int64_t k = FLOAT_PREC + 2 + big_bitlen(b) - big_bitlen(a);
	if (k < 0)
		k = 0;
	BigInt *q, *r;
	big_quorem(big_shl(a, (uint64_t)k), b, &q, &r);
	return flt_make(sign, q, ea - eb - k, !big_is_zero(r));
}

static Const *flt_from_int(BigInt *v) { return flt_make(big_sign(v), big_abs(v), 0, false); }

static Const *flt_from_rat(BigInt *num, BigInt *den)
{
	return flt_quo_mag(big_sign(num), big_abs(num), 0, den, 0);
}

/* Top bit position + 1 of a nonzero float: |x| is in [2^(top-1), 2^top). */
static int64_t flt_top(const Const *x) { return x->u.flt.exp + big_bitlen(x->u.flt.mant); }

static Const *flt_add(const Const *x, const Const *y, bool subtract)
{
	BigInt *mx = x->u.flt.mant, *my = y->u.flt.mant;
	int64_t ex = x->u.flt.exp, ey = y->u.flt.exp;
	if (subtract)
		my = big_neg(my);
	if (big_is_zero(my))
		return big_is_zero(mx) ? flt_zero() : flt_make(big_sign(mx), big_abs(mx), ex, false);
	if (big_is_zero(mx))
		return flt_make(big_sign(my), big_abs(my), ey, false);
	if (ey + big_bitlen(my) > ex + big_bitlen(mx)) { /* make x the larger */
		BigInt *tm = mx;
		int64_t te = ex;
		mx = my, ex = ey, my = tm, ey = te;
	}
	/* An operand far below the rounding position only acts as a sticky bit:
	 * replace it by a tiny value in the same range so the exact sum stays
	 * small even when the exponents are far apart. */
	int64_t limit = ex + big_bitlen(mx) - (FLOAT_PREC + 2);
	if (ex < limit)
		limit = ex;
	if (ey + big_bitlen(my) <= limit) {
		my = big_from_i64(big_sign(my));
		ey = limit - 1;
	}
	int64_t e = ex < ey ? ex : ey;
	BigInt *s = big_add(big_shl(mx, (uint64_t)(ex - e)), big_shl(my, (uint64_t)(ey - e)));
	return flt_make(big_sign(s), big_abs(s), e, false);
}

static Const *flt_mul(const Const *x, const Const *y)
{
	BigInt *p = big_mul(x->u.flt.mant, y->u.flt.mant);
	return flt_make(big_sign(p), big_abs(p), x->u.flt.exp + y->u.flt.exp, false);
}

static Const *flt_quo(const Const *x, const Const *y)
{
	int sign = big_sign(x->u.flt.mant) * big_sign(y->u.flt.mant);
	return flt_quo_mag(sign, big_abs(x->u.flt.mant), x->u.flt.exp, big_abs(y->u.flt.mant), y->u.flt.exp);
}

static int flt_cmp(const Const *x, const Const *y)
{
	int sx = big_sign(x->u.flt.mant), sy = big_sign(y->u.flt.mant);
	if (sx != sy)
		return sx < sy ? -1 : 1;
	if (sx == 0)
		return 0;
	int64_t tx = flt_top(x), ty = flt_top(y);
	int c;
	if (tx != ty) {
		c = tx < ty ? -1 : 1;
	} else {
		int64_t e = x->u.flt.exp < y->u.flt.exp ? x->u.flt.exp : y->u.flt.exp;
		c = big_cmp_abs(big_shl(x->u.flt.mant, (uint64_t)(x->u.flt.exp - e)),
				big_shl(y->u.flt.mant, (uint64_t)(y->u.flt.exp - e)));
	}
	return sx < 0 ? -c : c;
}

static bool flt_is_int(const Const *x) { return big_is_zero(x->u.flt.mant) || x->u.flt.exp >= 0; }

/* ---- fractions ---------------------------------------------------------------------- */

/* num/den reduced, without go/constant's size check (used for literals and
 * for int-to-float conversions, which keep their fractions as they are). */
static Const *rat_exact(BigInt *num, BigInt *den)
{
	if (big_sign(den) < 0) {
		num = big_neg(num);
		den = big_neg(den);
	}
	BigInt *g = big_gcd(num, den);
	if (big_bitlen(g) > 1 || big_is_zero(num)) {
		if (big_is_zero(num)) {
			den = big_one();
		} else {
			big_quorem(num, g, &num, NULL);
			big_quorem(den, g, &den, NULL);
		}
	}
	Const *c = mk(CONST_FLOAT, R_RAT);
	c->u.rat.num = num;
	c->u.rat.den = den;
	return c;
}

/* A fraction result: stays a fraction while its parts are small, else
 * becomes a binary float (go/constant's makeRat). */
static Const *rat_make(BigInt *num, BigInt *den)
{
	Const *c = rat_exact(num, den);
	if (big_bitlen(c->u.rat.num) < RAT_LIMIT_BITS && big_bitlen(c->u.rat.den) < RAT_LIMIT_BITS)
		return c;
	return flt_from_rat(c->u.rat.num, c->u.rat.den);
}

static Const *rat_from_int(const Const *x) { return rat_exact(int_big(x), big_one()); }

static bool rat_is_int(const Const *x) { return big_bitlen(x->u.rat.den) == 1; }

/* ---- IEEE rounding -------------------------------------------------------------------- */

/*
 * Rounds sign * (m * 2^e [+ sticky]) to the nearest binary64 (mbits 53,
 * emin -1022, emax 1023) or binary32 (24, -126, 127) value, ties to even,
 * with gradual underflow.  Overflow gives an infinity.  *exact tells
 * whether no rounding happened.
 */
static double round_ieee(int sign, BigInt *m, int64_t e, bool sticky, int mbits, int emin, int emax, bool *exact)
{
	double zero = sign < 0 ? -0.0 : 0.0;
	*exact = !sticky;
	if (big_is_zero(m))
		return zero;
	int64_t msb = e + big_bitlen(m) - 1;
	int64_t prec = mbits;
	if (msb < emin)
		prec = mbits - (emin - msb);
	if (prec <= 0) {
		*exact = false;
		/* below the smallest subnormal 2^(emin-mbits+1) */
		if (prec < 0)
			return zero;
		/* in [half the smallest subnormal, the smallest subnormal) */
		bool exactly_half = !sticky && big_trailing_zeros(m) == big_bitlen(m) - 1;
		if (exactly_half)
			return zero;
		return sign < 0 ? -ldexp(1.0, emin - mbits + 1) : ldexp(1.0, emin - mbits + 1);
	}
	if (sticky && big_bitlen(m) <= prec) {
		/* callers supply more bits than the precision; see round_bits */
		fprintf(stderr, "tgo: internal error: round_ieee without a round bit\n");
		abort();
	}
	bool inexact;
	m = round_bits(m, &e, sticky, prec, RM_NEAREST_EVEN, &inexact);
	*exact = !inexact;
	if (e + big_bitlen(m) - 1 > emax) {
		*exact = false;
		return sign < 0 ? -HUGE_VAL : HUGE_VAL;
	}
	double d = ldexp((double)big_to_u64(m), (int)e);
	return sign < 0 ? -d : d;
}

/* Nearest float64 (mbits 53) or float32 (mbits 24) to a real constant. */
static double real_to_ieee(const Const *c, bool f32, bool *exact)
{
	int mbits = f32 ? 24 : 53, emin = f32 ? -126 : -1022, emax = f32 ? 127 : 1023;
	bool ex;
	if (!exact)
		exact = &ex;
	switch (c->rep) {
	case R_INT:
	case R_BIG: {
		BigInt *b = int_big(c);
		return round_ieee(big_sign(b), big_abs(b), 0, false, mbits, emin, emax, exact);
	}
	case R_RAT: {
		BigInt *num = c->u.rat.num, *den = c->u.rat.den;
		if (big_is_zero(num)) {
			*exact = true;
			return 0.0;
		}
		int64_t k = mbits + 2 + big_bitlen(den) - big_bitlen(num);
		if (k < 0)
			k = 0;
		BigInt *q, *r;
		big_quorem(big_shl(big_abs(num), (uint64_t)k), den, &q, &r);
		return round_ieee(big_sign(num), q, -k, !big_is_zero(r), mbits, emin, emax, exact);
	}
	case R_FLOAT: {
		BigInt *m = c->u.flt.mant;
		if (!big_is_zero(m) && flt_top(c) == FLOAT_EXP_MIN) {
			/* math/big computes the exponent minus one in int32, which
			 * wraps for the smallest exponent: gc gets an infinity. */
			*exact = false;
			return big_sign(m) < 0 ? -HUGE_VAL : HUGE_VAL;
		}
		return round_ieee(big_sign(m), big_abs(m), c->u.flt.exp, false, mbits, emin, emax, exact);
	}
	case R_COMPLEX:
		return real_to_ieee(c->u.cx.re, f32, exact);
	}
	*exact = false;
	return 0.0;
}

/* go/constant's MakeFloat64 for finite values: the exact fraction. */
Const *const_float64(double v)
{
	if (isnan(v) || isinf(v))
		return NULL;
	if (v == 0)
		return rat_exact(big_from_u64(0), big_one());
	int e;
	double fr = frexp(fabs(v), &e);            /* v = fr * 2^e, 0.5 <= fr < 1 */
	uint64_t m = (uint64_t)ldexp(fr, 64 - 11); /* 53 bits */
	int64_t be = (int64_t)e - (64 - 11);
	BigInt *num = big_from_u64(m), *den = big_one();
	if (be >= 0)
		num = big_shl(num, (uint64_t)be);
	else
		den = big_shl(den, (uint64_t)-be);
	if (v < 0)
		num = big_neg(num);
	return rat_exact(num, den);
}

/* ---- kind matching (go/constant's "match") -------------------------------------------- */

static int rep_order(const Const *c)
{
	switch (c->rep) {
	case R_INT:
	case R_BIG: return 1;
	case R_RAT: return 2;
	case R_FLOAT: return 3;
	case R_COMPLEX: return 4;
	}
	return 0;
}

/* x converted to the representation of order ord (>= its own). */
static const Const *promote(const Const *x, int ord)
{
	int o = rep_order(x);
	if (o == ord)
		return x;
	if (ord == 4)
		return complex_of(x, const_int64(0));
	if (ord == 2) /* int -> fraction */
		return rat_from_int(x);
	/* ord == 3: to binary float */
	if (o == 1)
		return flt_from_int(int_big(x));
	return flt_from_rat(x->u.rat.num, x->u.rat.den);
}

static void match(const Const **x, const Const **y)
{
	int ox = rep_order(*x), oy = rep_order(*y);
	if (ox < oy)
		*x = promote(*x, oy);
	else if (oy < ox)
		*y = promote(*y, ox);
}

/* ---- arithmetic ----------------------------------------------------------------------- */

static Const *num_binary(ConstOp op, const Const *x, const Const *y, bool intdiv);

static Const *int_binary(ConstOp op, const Const *x, const Const *y, bool intdiv)
{
	if (x->rep == R_INT && y->rep == R_INT) {
		int64_t a = x->u.i, b = y->u.i, c;
		switch (op) {
		case COP_ADD:
			if (!__builtin_add_overflow(a, b, &c))
				return const_int64(c);
			break;
		case COP_SUB:
			if (!__builtin_sub_overflow(a, b, &c))
				return const_int64(c);
			break;
		case COP_MUL:
			if (!__builtin_mul_overflow(a, b, &c))
				return const_int64(c);
			break;
		case COP_QUO:
			if (!intdiv)
				return rat_make(big_from_i64(a), big_from_i64(b));
			/* gc computes this in int64 and wraps: MinInt64 / -1 == MinInt64 */
			if (a == INT64_MIN && b == -1)
				return const_int64(INT64_MIN);
			return const_int64(a / b);
		case COP_REM:
			return const_int64(b == -1 ? 0 : a % b);
		case COP_AND: return const_int64(a & b);
		case COP_OR: return const_int64(a | b);
		case COP_XOR: return const_int64(a ^ b);
		case COP_ANDNOT: return const_int64(a & ~b);
		default: return NULL;
		}
	}
	BigInt *a = int_big(x), *b = int_big(y), *r = NULL;
	switch (op) {
	case COP_ADD: r = big_add(a, b); break;
	case COP_SUB: r = big_sub(a, b); break;
	case COP_MUL: r = big_mul(a, b); break;
	case COP_QUO:
		if (!intdiv)
			return rat_make(a, b);
		big_quorem(a, b, &r, NULL);
		break;
	case COP_REM: big_quorem(a, b, NULL, &r); break;
	case COP_AND: r = big_and(a, b); break;
	case COP_OR: r = big_or(a, b); break;
	case COP_XOR: r = big_xor(a, b); break;
	case COP_ANDNOT: r = big_andnot(a, b); break;
	default: return NULL;
	}
	return int_from_big(r);
}

static Const *rat_binary(ConstOp op, const Const *x, const Const *y)
{
	BigInt *a = x->u.rat.num, *b = x->u.rat.den, *c = y->u.rat.num, *d = y->u.rat.den;
	switch (op) {
	case COP_ADD: return rat_make(big_add(big_mul(a, d), big_mul(c, b)), big_mul(b, d));
	case COP_SUB: return rat_make(big_sub(big_mul(a, d), big_mul(c, b)), big_mul(b, d));
	case COP_MUL: return rat_make(big_mul(a, c), big_mul(b, d));
	case COP_QUO: return rat_make(big_mul(a, d), big_mul(b, c));
	default: return NULL;
	}
}

static Const *cx_binary(ConstOp op, const Const *x, const Const *y)
{
	const Const *a = x->u.cx.re, *b = x->u.cx.im, *c = y->u.cx.re, *d = y->u.cx.im;
#define ADD(p, q) num_binary(COP_ADD, p, q, false)
#define SUB(p, q) num_binary(COP_SUB, p, q, false)
#define MUL(p, q) num_binary(COP_MUL, p, q, false)
#define QUO(p, q) num_binary(COP_QUO, p, q, false)
	const Const *re, *im;
	switch (op) {
	case COP_ADD:
		re = ADD(a, c);
		im = ADD(b, d);
		break;
	case COP_SUB:
		re = SUB(a, c);
		im = SUB(b, d);
		break;
	case COP_MUL: { /* (ac - bd) + i(bc + ad) */
		const Const *ac = MUL(a, c), *bd = MUL(b, d), *bc = MUL(b, c), *ad = MUL(a, d);
		if (!ac || !bd || !bc || !ad)
			return NULL;
		re = SUB(ac, bd);
		im = ADD(bc, ad);
		break;
	}
	case COP_QUO: { /* ((ac + bd) + i(bc - ad)) / (cc + dd) */
		const Const *ac = MUL(a, c), *bd = MUL(b, d), *bc = MUL(b, c), *ad = MUL(a, d);
		const Const *cc = MUL(c, c), *dd = MUL(d, d);
		if (!ac || !bd || !bc || !ad || !cc || !dd)
			return NULL;
		const Const *s = ADD(cc, dd), *n1 = ADD(ac, bd), *n2 = SUB(bc, ad);
		if (!s || !n1 || !n2)
			return NULL;
		re = QUO(n1, s);
		im = QUO(n2, s);
		break;
	}
	default:
		return NULL;
	}
#undef ADD
#undef SUB
#undef MUL
#undef QUO
	return complex_of(re, im);
}

/* Numeric binary operation without gc's size limit on the result; NULL on
 * a float overflow (gc's unknown value) or an invalid operation. */
static Const *num_binary(ConstOp op, const Const *x, const Const *y, bool intdiv)
{
	if (!x || !y)
		return NULL;
	match(&x, &y);
	if (!x || !y)
		return NULL;
	switch (x->rep) {
	case R_INT:
	case R_BIG:
		return int_binary(op, x, y, intdiv);
	case R_RAT:
		return rat_binary(op, x, y);
	case R_FLOAT:
		switch (op) {
		case COP_ADD: return flt_add(x, y, false);
		case COP_SUB: return flt_add(x, y, true);
		case COP_MUL: return flt_mul(x, y);
		case COP_QUO: return flt_quo(x, y);
		default: return NULL;
		}
	case R_COMPLEX:
		return cx_binary(op, x, y);
	}
	return NULL;
}

bool const_int_overflows(const Const *c) { return c && is_int(c) && int_bitlen(c) > INT_LIMIT_BITS; }

Const *const_binary(ConstOp op, const Const *x, const Const *y, bool intdiv)
{
	if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
		if (op != COP_ADD)
			return NULL;
		int64_t n = x->u.str.len + y->u.str.len;
		char *p = xmalloc((size_t)n + 1);
		memcpy(p, x->u.str.p, (size_t)x->u.str.len);
		memcpy(p + x->u.str.len, y->u.str.p, (size_t)y->u.str.len);
		p[n] = 0;
		Const *c = mk(CONST_STRING, R_STRING);
		c->u.str.p = p;
		c->u.str.len = n;
		return c;
	}
	if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
		if (op == COP_LAND)
			return const_bool(x->u.b && y->u.b);
		if (op == COP_LOR)
			return const_bool(x->u.b || y->u.b);
		return NULL;
	}
	if (x->kind == CONST_STRING || y->kind == CONST_STRING || x->kind == CONST_BOOL || y->kind == CONST_BOOL)
		return NULL;
	return num_binary(op, x, y, intdiv);
}

Const *const_shift(ConstOp op, const Const *x, uint64_t count)
{
	if (!is_int(x))
		return NULL;
	if (count == 0)
		return (Const *)x;
	if (op == COP_SHR) {
		if (x->rep == R_INT)
			return const_int64(count >= 64 ? (x->u.i < 0 ? -1 : 0) : x->u.i >> count);
		return int_from_big(big_shr(x->u.big, count));
	}
	if (op != COP_SHL)
		return NULL;
	int64_t n = int_bitlen(x);
	if (n == 0)
		return const_int64(0);
	if (count > MAX_SHIFT_COUNT) /* gc rejects counts above 1074 before shifting */
		return NULL;
	return int_from_big(big_shl(int_big(x), count));
}

static Const *num_neg(const Const *x)
{
	switch (x->rep) {
	case R_INT:
		if (x->u.i != INT64_MIN)
			return const_int64(-x->u.i);
		/* fall through */
	case R_BIG:
		return int_from_big(big_neg(int_big(x)));
	case R_RAT:
		return rat_make(big_neg(x->u.rat.num), x->u.rat.den);
	case R_FLOAT:
		if (big_is_zero(x->u.flt.mant))
			return flt_zero();
		return flt_make(-big_sign(x->u.flt.mant), big_abs(x->u.flt.mant), x->u.flt.exp, false);
	case R_COMPLEX:
		return complex_of(num_neg(x->u.cx.re), num_neg(x->u.cx.im));
	}
	return NULL;
}

Const *const_unary(ConstOp op, const Const *x, int unsigned_bits)
{
	switch (op) {
	case COP_POS:
		return x->kind == CONST_BOOL || x->kind == CONST_STRING ? NULL : (Const *)x;
	case COP_NEG:
		return x->kind == CONST_BOOL || x->kind == CONST_STRING ? NULL : num_neg(x);
	case COP_NOT:
		return x->kind == CONST_BOOL ? const_bool(!x->u.b) : NULL;
	case COP_COMPLEMENT: {
		if (!is_int(x))
			return NULL;
		BigInt *z = big_not(int_big(x));
		if (unsigned_bits > 0) /* keep the low bits: z &^ (-1 << bits) */
			z = big_andnot(z, big_shl(big_from_i64(-1), (uint64_t)unsigned_bits));
		return int_from_big(z);
	}
	default:
		return NULL;
	}
}

/* ---- comparison ----------------------------------------------------------------------- */

static bool cmp_result(ConstOp op, int c)
{
	switch (op) {
	case COP_EQL: return c == 0;
	case COP_NEQ: return c != 0;
	case COP_LSS: return c < 0;
	case COP_LEQ: return c <= 0;
	case COP_GTR: return c > 0;
	case COP_GEQ: return c >= 0;
	default: return false;
	}
}

/* Three-way comparison of two real numeric constants. */
static int num_cmp(const Const *x, const Const *y)
{
	match(&x, &y);
	switch (x->rep) {
	case R_INT:
	case R_BIG:
		if (x->rep == R_INT && y->rep == R_INT)
			return x->u.i < y->u.i ? -1 : x->u.i > y->u.i;
		return big_cmp(int_big(x), int_big(y));
	case R_RAT:
		return big_cmp(big_mul(x->u.rat.num, y->u.rat.den), big_mul(y->u.rat.num, x->u.rat.den));
	case R_FLOAT:
		return flt_cmp(x, y);
	}
	return 0;
}

bool const_compare(ConstOp op, const Const *x, const Const *y)
{
	if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
		int64_t n = x->u.str.len < y->u.str.len ? x->u.str.len : y->u.str.len;
		int c = n ? memcmp(x->u.str.p, y->u.str.p, (size_t)n) : 0;
		if (c == 0)
			c = x->u.str.len < y->u.str.len ? -1 : x->u.str.len > y->u.str.len;
		return cmp_result(op, c < 0 ? -1 : c > 0);
	}
	if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
		if (op == COP_EQL)
			return x->u.b == y->u.b;
		if (op == COP_NEQ)
			return x->u.b != y->u.b;
		return false;
	}
	if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX) {
		match(&x, &y);
		bool eq = num_cmp(x->u.cx.re, y->u.cx.re) == 0 && num_cmp(x->u.cx.im, y->u.cx.im) == 0;
		if (op == COP_EQL)
			return eq;
		if (op == COP_NEQ)
			return !eq;
		return false;
	}
	return cmp_result(op, num_cmp(x, y));
}

/* ---- kind conversions ----------------------------------------------------------------- */

static int num_sign(const Const *c)
{
	switch (c->rep) {
	case R_INT: return c->u.i < 0 ? -1 : c->u.i > 0;
	case R_BIG: return big_sign(c->u.big);
	case R_RAT: return big_sign(c->u.rat.num);
	case R_FLOAT: return big_sign(c->u.flt.mant);
	case R_COMPLEX: return num_sign(c->u.cx.re) | num_sign(c->u.cx.im);
	}
	return 0;
}

/* big.Float's exponent (|x| = mant * 2^exp, 0.5 <= mant < 1) within the
 * range where an exact fraction is still reasonable (go/constant). */
static bool flt_small(const Const *x)
{
	if (big_is_zero(x->u.flt.mant))
		return true;
	int64_t top = flt_top(x);
	return -RAT_LIMIT_BITS < top && top < RAT_LIMIT_BITS;
}

static Const *flt_to_int_exact(BigInt *mant, int64_t exp)
{
	if (big_is_zero(mant))
		return const_int64(0);
	int64_t tz = big_trailing_zeros(mant);
	if (exp + tz < 0)
		return NULL;
	if (exp >= 0)
		return int_from_big(big_shl(mant, (uint64_t)exp));
	return int_from_big(big_shr(mant, (uint64_t)-exp)); /* exact: only zero bits dropped */
}

Const *const_to_int(const Const *c)
{
	switch (c->rep) {
	case R_INT:
	case R_BIG:
		return (Const *)c;
	case R_RAT:
		return rat_is_int(c) ? int_from_big(c->u.rat.num) : NULL;
	case R_FLOAT: {
		if (!flt_small(c))
			return NULL; /* avoid creating huge integers */
		Const *r = flt_to_int_exact(c->u.flt.mant, c->u.flt.exp);
		if (r)
			return r;
		/* If rounding a few bits away gives an integer, assume the value
		 * is not integral only because of earlier rounding (gc does this
		 * with 4 bits less precision, toward zero, then away from zero). */
		int sign = big_sign(c->u.flt.mant);
		for (int mode = 0; mode < 2; mode++) {
			int64_t e = c->u.flt.exp;
			BigInt *m = round_bits(big_abs(c->u.flt.mant), &e, false, FLOAT_PREC - 4,
					       mode == 0 ? RM_TO_ZERO : RM_AWAY, NULL);
			r = flt_to_int_exact(sign < 0 ? big_neg(m) : m, e);
			if (r)
				return r;
		}
		return NULL;
	}
	case R_COMPLEX: {
		const Const *re = const_to_float(c);
		return re ? const_to_int(re) : NULL;
	}
	}
	return NULL;
}

Const *const_to_float(const Const *c)
{
	switch (c->rep) {
	case R_INT:
		return rat_from_int(c);
	case R_BIG:
		if (big_bitlen(c->u.big) < RAT_LIMIT_BITS)
			return rat_from_int(c);
		return flt_from_int(c->u.big);
	case R_RAT:
	case R_FLOAT:
		return (Const *)c;
	case R_COMPLEX:
		if (num_sign(c->u.cx.im) == 0)
			return const_to_float(c->u.cx.re);
		return NULL;
	}
	return NULL;
}

Const *const_to_complex(const Const *c)
{
	switch (c->rep) {
	case R_INT:
	case R_BIG:
	case R_RAT:
	case R_FLOAT:
		return complex_of(c, const_int64(0));
	case R_COMPLEX:
		return (Const *)c;
	}
	return NULL;
}

Const *const_real(const Const *c)
{
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING)
		return NULL;
	return c->rep == R_COMPLEX ? (Const *)c->u.cx.re : (Const *)c;
}

Const *const_imag(const Const *c)
{
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING)
		return NULL;
	return c->rep == R_COMPLEX ? (Const *)c->u.cx.im : const_int64(0);
}

Const *const_make_imag(const Const *c)
{
	if (c->kind != CONST_INT && c->kind != CONST_FLOAT)
		return NULL;
	return complex_of(const_int64(0), c);
}

Const *const_complex(const Const *re, const Const *im)
{
	const Const *r = const_to_float(re), *i = const_to_float(im);
	if (!r || !i)
		return NULL;
	return num_binary(COP_ADD, r, const_make_imag(i), false);
}

/* string(x) for an integer constant x: its UTF-8 encoding, or U+FFFD when
 * x is not a valid code point (negative, too large or a surrogate). */
Const *const_rune_string(const Const *c)
{
	uint64_t r = 0xFFFD;
	if (is_int(c) && const_fits_uint64(c) && const_uint64_val(c) <= 0x10FFFF)
		r = const_uint64_val(c);
	if (r >= 0xD800 && r <= 0xDFFF)
		r = 0xFFFD;
	char buf[4];
	int n;
	if (r < 0x80) {
		buf[0] = (char)r;
		n = 1;
	} else if (r < 0x800) {
		buf[0] = (char)(0xC0 | (r >> 6));
		buf[1] = (char)(0x80 | (r & 0x3F));
		n = 2;
	} else if (r < 0x10000) {
		buf[0] = (char)(0xE0 | (r >> 12));
		buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (r & 0x3F));
		n = 3;
	} else {
		buf[0] = (char)(0xF0 | (r >> 18));
		buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
		buf[3] = (char)(0x80 | (r & 0x3F));
		n = 4;
	}
	return const_string(buf, n);
}

/* ---- representability (types2's representableConst) ---------------------------------- */

static bool int_in_range(const Const *x, ConstRep rep)
{
	if (rep == CREP_UNTYPED_INT)
		return true;
	int bits = 0;
	bool is_signed = true;
	switch (rep) {
	case CREP_INT8: bits = 8; break;
	case CREP_INT16: bits = 16; break;
	case CREP_INT32: bits = 32; break;
	case CREP_INT64: bits = 64; break;
	case CREP_UINT8: bits = 8, is_signed = false; break;
	case CREP_UINT16: bits = 16, is_signed = false; break;
	case CREP_UINT32: bits = 32, is_signed = false; break;
	case CREP_UINT64: bits = 64, is_signed = false; break;
	default: return false;
	}
	if (x->rep == R_BIG)
		return !is_signed && bits == 64 && big_fits_u64(x->u.big);
	int64_t v = x->u.i;
	if (is_signed)
		return bits == 64 || (v >= -((int64_t)1 << (bits - 1)) && v <= ((int64_t)1 << (bits - 1)) - 1);
	return v >= 0 && (bits == 64 || v <= ((int64_t)1 << bits) - 1);
}

static bool is_int_rep(ConstRep rep) { return rep <= CREP_UINT64 || rep == CREP_UNTYPED_INT; }

bool const_representable(const Const *c, ConstRep rep, Const **out, const char **why)
{
	Const *dummy;
	const char *dummy_why;
	if (!out)
		out = &dummy;
	if (!why)
		why = &dummy_why;
	*out = (Const *)c;
	*why = NULL;
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING)
		return false;
	/* gc's wording depends on the operand's type: a float or complex
	 * operand going to an integer type is "truncated", anything else that
	 * does not fit "overflows".  The value's kind stands in for the type. */
	bool to_int = is_int_rep(rep);
	*why = (to_int && c->kind != CONST_INT) ? "truncated" : "overflows";
	if (to_int) {
		Const *x = const_to_int(c);
		if (!x)
			return false;
		*out = x; /* gc keeps the integer value even when it does not fit */
		return int_in_range(x, rep);
	}
	switch (rep) {
	case CREP_FLOAT32:
	case CREP_FLOAT64: {
		Const *x = const_to_float(c);
		if (!x)
			return false;
		double d = real_to_ieee(x, rep == CREP_FLOAT32, NULL);
		if (isinf(d))
			return false;
		*out = const_float64(d);
		return true;
	}
	case CREP_UNTYPED_FLOAT:
		return const_to_float(c) != NULL;
	case CREP_COMPLEX64:
	case CREP_COMPLEX128: {
		const Const *x = const_to_complex(c);
		if (!x)
			return false;
		bool f32 = rep == CREP_COMPLEX64;
		double re = real_to_ieee(x->u.cx.re, f32, NULL), im = real_to_ieee(x->u.cx.im, f32, NULL);
		if (isinf(re) || isinf(im))
			return false;
		*out = num_binary(COP_ADD, const_float64(re), const_make_imag(const_float64(im)), false);
		return true;
	}
	case CREP_UNTYPED_COMPLEX:
		return true;
	default:
		return false;
	}
}

/* ---- accessors ------------------------------------------------------------------------ */

bool const_fits_int64(const Const *c)
{
	const Const *x = is_int(c) ? c : const_to_int(c);
	return x && x->rep == R_INT;
}

bool const_fits_uint64(const Const *c)
{
	const Const *x = is_int(c) ? c : const_to_int(c);
	if (!x)
		return false;
	return x->rep == R_INT ? x->u.i >= 0 : big_fits_u64(x->u.big);
}

int64_t const_int64_val(const Const *c)
{
	const Const *x = is_int(c) ? c : const_to_int(c);
	if (!x)
		return 0;
	return x->rep == R_INT ? x->u.i : (int64_t)big_to_u64(x->u.big);
}

uint64_t const_uint64_val(const Const *c)
{
	const Const *x = is_int(c) ? c : const_to_int(c);
	if (!x)
		return 0;
	if (x->rep == R_INT)
		return (uint64_t)x->u.i;
	uint64_t m = big_to_u64(x->u.big);
	return big_sign(x->u.big) < 0 ? 0 - m : m;
}

double const_float64_val(const Const *c)
{
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING)
		return 0;
	return real_to_ieee(c, false, NULL);
}

double const_float32_val(const Const *c)
{
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING)
		return 0;
	return real_to_ieee(c, true, NULL);
}

double const_real_val(const Const *c) { return const_float64_val(c); }

double const_imag_val(const Const *c)
{
	if (c->rep != R_COMPLEX)
		return 0;
	return real_to_ieee(c->u.cx.im, false, NULL);
}

bool const_bool_val(const Const *c) { return c->kind == CONST_BOOL && c->u.b; }

const char *const_string_val(const Const *c, int64_t *len)
{
	if (c->kind != CONST_STRING) {
		if (len)
			*len = 0;
		return "";
	}
	if (len)
		*len = c->u.str.len;
	return c->u.str.p;
}

bool const_sign_negative(const Const *c)
{
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING || c->rep == R_COMPLEX)
		return false;
	return num_sign(c) < 0;
}

bool const_is_zero(const Const *c)
{
	if (c->kind == CONST_BOOL || c->kind == CONST_STRING)
		return false;
	return num_sign(c) == 0;
}

/* A zero divisor as gc sees it: zero, or a complex value whose squared
 * parts both vanish (possible only for tiny binary floats). */
bool const_is_zero_divisor(const Const *y)
{
	if (y->kind == CONST_BOOL || y->kind == CONST_STRING)
		return false;
	if (num_sign(y) == 0)
		return true;
	if (y->rep != R_COMPLEX)
		return false;
	const Const *re = y->u.cx.re, *im = y->u.cx.im;
	const Const *re2 = num_binary(COP_MUL, re, re, false), *im2 = num_binary(COP_MUL, im, im, false);
	return re2 && im2 && num_sign(re2) == 0 && num_sign(im2) == 0;
}

/* ---- text ------------------------------------------------------------------------------ */

typedef struct {
	char *p;
	size_t len, cap;
} Buf;

static void buf_grow(Buf *b, size_t n)
{
	if (b->len + n + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap * 2 : 64;
	while (cap < b->len + n + 1)
		cap *= 2;
	char *p = xmalloc(cap);
	if (b->len)
		memcpy(p, b->p, b->len);
	b->p = p; /* the old buffer is dropped (never freed) */
	b->cap = cap;
}

static void buf_add(Buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

static void buf_str(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static void buf_ch(Buf *b, char c) { buf_add(b, &c, 1); }

static char *buf_done(Buf *b)
{
	if (!b->p)
		buf_add(b, "", 0);
	return b->p;
}

/* Exact decimal digits of |x| (x finite, nonzero): *digits without leading
 * or trailing zeros and |x| = 0.digits * 10^dp. */
static void exact_decimal(double x, char **digits, int *dp)
{
	char tmp[900];
	snprintf(tmp, sizeof tmp, "%.800e", fabs(x)); /* every double fits in 767 digits */
	char *e = strchr(tmp, 'e');
	int exp10 = atoi(e + 1);
	char *d = xmalloc(sizeof tmp);
	int n = 0;
	for (char *p = tmp; p < e; p++)
		if (*p != '.')
			d[n++] = *p;
	while (n > 1 && d[n - 1] == '0')
		n--;
	d[n] = 0;
	*digits = d;
	*dp = exp10 + 1;
}

static bool digits_roundtrip(double x, const char *digits, int dp)
{
	char tmp[64];
	snprintf(tmp, sizeof tmp, "0.%se%d", digits, dp);
	return strtod(tmp, NULL) == fabs(x);
}

/* Shortest digits that read back as x, the closest such when several
 * (what Go's strconv produces for precision -1). */
static void shortest_decimal(double x, char **digits, int *dp)
{
	char *ex;
	int edp;
	exact_decimal(x, &ex, &edp);
	int nd = (int)strlen(ex);
	for (int p = 1; p < nd && p <= 17; p++) {
		char lo[32], hi[32];
		memcpy(lo, ex, (size_t)p);
		lo[p] = 0;
		memcpy(hi, lo, (size_t)p + 1);
		int hidp = edp, i = p - 1;
		while (i >= 0 && hi[i] == '9')
			hi[i--] = '0';
		if (i >= 0) {
			hi[i]++;
		} else { /* 99..9 -> 100..0 */
			memmove(hi + 1, hi, (size_t)p + 1);
			hi[0] = '1';
			hidp++;
		}
		bool lo_ok = digits_roundtrip(x, lo, edp), hi_ok = digits_roundtrip(x, hi, hidp);
		if (!lo_ok && !hi_ok)
			continue;
		bool use_hi = hi_ok;
		if (lo_ok && hi_ok) {
			/* closer one; the rest of the exact digits decides */
			const char *rest = ex + p;
			int c = rest[0] - '5';
			if (c == 0)
				c = strspn(rest + 1, "0") == strlen(rest + 1) ? 0 : 1;
			use_hi = c > 0 || (c == 0 && (lo[p - 1] - '0') % 2 == 1);
		}
		char *r = xstrdup(use_hi ? hi : lo);
		size_t n = strlen(r);
		while (n > 1 && r[n - 1] == '0')
			r[--n] = 0;
		*digits = r;
		*dp = use_hi ? hidp : edp;
		return;
	}
	*digits = ex;
	*dp = edp;
}

/* Go's fmt %g (shortest) of a finite nonzero double. */
static char *go_g_shortest(double x)
{
	char *d;
	int dp;
	shortest_decimal(x, &d, &dp);
	int nd = (int)strlen(d);
	Buf b = {0};
	if (x < 0)
		buf_ch(&b, '-');
	int exp = dp - 1;
	if (exp < -4 || exp >= 6) {
		buf_ch(&b, d[0]);
		if (nd > 1) {
			buf_ch(&b, '.');
			buf_str(&b, d + 1);
		}
		char tmp[32];
		snprintf(tmp, sizeof tmp, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
		buf_str(&b, tmp);
		return buf_done(&b);
	}
	if (dp > 0) {
		for (int i = 0; i < dp; i++)
			buf_ch(&b, i < nd ? d[i] : '0');
	} else {
		buf_ch(&b, '0');
	}
	int frac = nd - dp;
	if (frac > 0) {
		buf_ch(&b, '.');
		for (int i = 0; i < frac; i++) {
			int j = dp + i;
			buf_ch(&b, j >= 0 && j < nd ? d[j] : '0');
		}
	}
	return buf_done(&b);
}

/* 10^y for |y| < 1 computed the way Go's math.Pow does it, so that the
 * approximate text of huge floats agrees with gc's. */
static double go_pow10_frac(double y)
{
	double yi, yf = modf(fabs(y), &yi);
	double a1 = 1.0;
	int64_t ae = 0;
	if (yf != 0) {
		if (yf > 0.5) {
			yf--;
			yi++;
		}
		a1 = exp(yf * log(10.0));
	}
	int xe;
	double x1 = frexp(10.0, &xe);
	for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
		if (i & 1) {
			a1 *= x1;
			ae += xe;
		}
		x1 *= x1;
		xe <<= 1;
		if (x1 < .5) {
			x1 += x1;
			xe--;
		}
	}
	if (y < 0) {
		a1 = 1 / a1;
		ae = -ae;
	}
	return ldexp(a1, (int)ae);
}

/* go/constant's String of a float value. */
static char *float_string(const Const *x)
{
	const Const *f = x->rep == R_RAT ? flt_from_rat(x->u.rat.num, x->u.rat.den) : x;
	if (!f || big_is_zero(f->u.flt.mant))
		return xstrdup("0");
	double d = real_to_ieee(f, false, NULL);
	char tmp[64];
	if (d != 0 && !isinf(d)) {
		snprintf(tmp, sizeof tmp, "%.6g", d);
		if (!flt_is_int(f) && !strchr(tmp, '.'))
			return go_g_shortest(d);
		return xstrdup(tmp);
	}
	/* Outside float64's range: approximate decimal conversion, as gc. */
	int64_t top = flt_top(f);
	BigInt *mant = f->u.flt.mant;
	double m = real_to_ieee(&(Const){.kind = CONST_FLOAT, .rep = R_FLOAT,
					 .u.flt = {mant, f->u.flt.exp - top}}, false, NULL);
	const double log10_2 = 0x1.34413509f79ffp-2; /* float64(Ln2/Ln10) */
	double dd = (double)top * log10_2;
	int64_t e = (int64_t)dd;
	m *= go_pow10_frac(dd - (double)e);
	double am = fabs(m);
	if (am < 0x1.ffffef39085f5p-1) { /* float64(1 - 0.5e-6) */
		m *= 10;
		e--;
	} else if (am >= 10) {
		m /= 10;
		e++;
	}
	snprintf(tmp, sizeof tmp, "%.6ge%+lld", m, (long long)e);
	return xstrdup(tmp);
}

/* ---- string quoting (strconv.Quote) ---- */

static bool rune_is_print(uint32_t r); /* strconv.IsPrint; table at the end */

/* Decodes one rune as Go's utf8.DecodeRune; *width is 1 and the result
 * 0xFFFD for an invalid encoding. */
static uint32_t decode_rune(const unsigned char *s, int64_t n, int *width)
{
	unsigned c = s[0];
	*width = 1;
	if (c < 0x80)
		return c;
	int need;
	unsigned lo = 0x80, hi = 0xBF;
	uint32_t r;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		r = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		r = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		r = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0xFFFD;
	}
	if (n < need + 1)
		return 0xFFFD;
	for (int i = 1; i <= need; i++) {
		unsigned b = s[i];
		if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
			return 0xFFFD;
		r = (r << 6) | (b & 0x3F);
	}
	*width = need + 1;
	return r;
}

static void buf_utf8(Buf *b, const unsigned char *s, int width) { buf_add(b, (const char *)s, (size_t)width); }

static char *go_quote(const char *str, int64_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)str;
	Buf b = {0};
	buf_ch(&b, '"');
	for (int64_t i = 0; i < len;) {
		int w;
		uint32_t r = decode_rune(s + i, len - i, &w);
		if (w == 1 && r == 0xFFFD && s[i] >= 0x80) {
			char t[4] = {'\\', 'x', hex[s[i] >> 4], hex[s[i] & 15]};
			buf_add(&b, t, 4);
		} else if (r == '"' || r == '\\') {
			buf_ch(&b, '\\');
			buf_ch(&b, (char)r);
		} else if (rune_is_print(r)) {
			buf_utf8(&b, s + i, w);
		} else {
			char t[16];
			switch (r) {
			case '\a': buf_str(&b, "\\a"); break;
			case '\b': buf_str(&b, "\\b"); break;
			case '\f': buf_str(&b, "\\f"); break;
			case '\n': buf_str(&b, "\\n"); break;
			case '\r': buf_str(&b, "\\r"); break;
			case '\t': buf_str(&b, "\\t"); break;
			case '\v': buf_str(&b, "\\v"); break;
			default:
				if (r < ' ' || r == 0x7F)
					snprintf(t, sizeof t, "\\x%c%c", hex[r >> 4], hex[r & 15]);
				else if (r < 0x10000)
					snprintf(t, sizeof t, "\\u%04x", (unsigned)r);
				else
					snprintf(t, sizeof t, "\\U%08x", (unsigned)r);
				buf_str(&b, t);
			}
		}
		i += w;
	}
	buf_ch(&b, '"');
	return buf_done(&b);
}

/* go/constant shortens quoted strings longer than 72 runes to 69 runes
 * followed by "...". */
static char *short_quote(const char *s, int64_t len)
{
	enum { MAX_RUNES = 72 };
	char *q = go_quote(s, len);
	int64_t n = (int64_t)strlen(q), runes = 0, cut = -1;
	for (int64_t i = 0; i < n;) {
		int w;
		decode_rune((const unsigned char *)q + i, n - i, &w);
		runes++;
		i += w;
		if (runes == MAX_RUNES - 3)
			cut = i;
	}
	if (runes <= MAX_RUNES)
		return q;
	strcpy(q + cut, "...");
	return q;
}

static char *num_string(const Const *c, bool exact);

static char *complex_string(const Const *c, bool exact)
{
	Buf b = {0};
	buf_ch(&b, '(');
	buf_str(&b, num_string(c->u.cx.re, exact));
	buf_str(&b, " + ");
	buf_str(&b, num_string(c->u.cx.im, exact));
	buf_str(&b, "i)");
	return buf_done(&b);
}

/* big.Float's 'p' format: 0x.<hex mantissa>p<exponent>, mantissa in [1/2, 1). */
static char *float_hex_exact(const Const *f)
{
	BigInt *m = f->u.flt.mant;
	if (big_is_zero(m))
		return xstrdup("0");
	int64_t top = flt_top(f);
	BigInt *a = big_abs(m);
	int64_t pad = (4 - big_bitlen(a) % 4) % 4;
	char *hex = big_to_string(big_shl(a, (uint64_t)pad), 16);
	size_t n = strlen(hex);
	while (n > 1 && hex[n - 1] == '0')
		hex[--n] = 0;
	Buf b = {0};
	if (big_sign(m) < 0)
		buf_ch(&b, '-');
	buf_str(&b, "0x.");
	buf_str(&b, hex);
	char tmp[32];
	snprintf(tmp, sizeof tmp, "p%s%lld", top >= 0 ? "+" : "", (long long)top);
	buf_str(&b, tmp);
	return buf_done(&b);
}

static char *num_string(const Const *c, bool exact)
{
	switch (c->rep) {
	case R_INT: {
		char tmp[32];
		snprintf(tmp, sizeof tmp, "%lld", (long long)c->u.i);
		return xstrdup(tmp);
	}
	case R_BIG:
		return big_to_string(c->u.big, 10);
	case R_RAT:
		if (!exact)
			return float_string(c);
		if (rat_is_int(c))
			return big_to_string(c->u.rat.num, 10);
		{
			Buf b = {0};
			buf_str(&b, big_to_string(c->u.rat.num, 10));
			buf_ch(&b, '/');
			buf_str(&b, big_to_string(c->u.rat.den, 10));
			return buf_done(&b);
		}
	case R_FLOAT:
		return exact ? float_hex_exact(c) : float_string(c);
	case R_COMPLEX:
		return complex_string(c, exact);
	}
	return xstrdup("?");
}

char *const_format(const Const *c)
{
	switch (c->kind) {
	case CONST_BOOL: return xstrdup(c->u.b ? "true" : "false");
	case CONST_STRING: return short_quote(c->u.str.p, c->u.str.len);
	default: return num_string(c, false);
	}
}

char *const_format_exact(const Const *c)
{
	switch (c->kind) {
	case CONST_BOOL: return xstrdup(c->u.b ? "true" : "false");
	case CONST_STRING: return go_quote(c->u.str.p, c->u.str.len);
	default: return num_string(c, true);
	}
}

/* ---- literals ---------------------------------------------------------------------------- */

static char *fmt_msg(const char *fmt, const char *a, const char *b)
{
	char tmp[256];
	snprintf(tmp, sizeof tmp, fmt, a, b);
	return xstrdup(tmp);
}

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 16: return "hexadecimal";
	default: return "decimal";
	}
}

static char lower(char c) { return (char)(c | ('x' - 'X')); }
static bool is_dec(char c) { return c >= '0' && c <= '9'; }
static bool is_hex(char c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* Scans digits and '_' as gc's scanner does; bit 0 of the result: a digit
 * was seen, bit 1: a separator.  Records the first digit >= base. */
static int scan_digits(const char *s, int64_t n, int64_t *i, int base, int64_t *invalid)
{
	int digsep = 0;
	if (base <= 10) {
		for (; *i < n && (is_dec(s[*i]) || s[*i] == '_'); (*i)++) {
			if (s[*i] == '_') {
				digsep |= 2;
			} else {
				digsep |= 1;
				if (s[*i] >= '0' + base && invalid && *invalid < 0)
					*invalid = *i;
			}
		}
	} else {
		for (; *i < n && (is_hex(s[*i]) || s[*i] == '_'); (*i)++)
			digsep |= s[*i] == '_' ? 2 : 1;
	}
	return digsep;
}

/* Index of the first misplaced '_' in a number literal, or -1. */
static int64_t invalid_sep(const char *s, int64_t n)
{
	char x1 = ' ', d = '.';
	int64_t i = 0;
	if (n >= 2 && s[0] == '0') {
		x1 = lower(s[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0';
			i = 2;
		}
	}
	for (; i < n; i++) {
		char p = d;
		d = s[i];
		if (d == '_') {
			if (p != '0')
				return i;
		} else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return i - 1;
			d = '.';
		}
	}
	return d == '_' ? n - 1 : -1;
}

typedef struct {
	char kind;     /* 'i', 'f' or 'c' */
	char prefix;   /* 0, '0' (legacy octal), 'x', 'o', 'b' */
	int base;      /* base of the digits as scanned */
	int64_t mant0; /* index of the first mantissa character */
	int64_t exp0;  /* index of the exponent letter, or -1 */
	int64_t end;   /* index after the number (before 'i') */
} NumScan;

/* Checks a number literal as gc's scanner does; returns its message for
 * the first problem, or NULL. */
static const char *scan_number(const char *s, int64_t n, NumScan *ns)
{
	bool ok = true;
	const char *err = NULL;
	int64_t i = 0, invalid = -1;
	int base = 10, digsep = 0;
	char prefix = 0, kind = 'i';
	bool seen_point = n > 0 && s[0] == '.';
	if (seen_point)
		i = 1;
	if (!seen_point) {
		if (i < n && s[i] == '0') {
			i++;
			char c = i < n ? lower(s[i]) : 0;
			if (c == 'x' || c == 'o' || c == 'b') {
				i++;
				prefix = c;
				base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
			} else {
				base = 8;
				prefix = '0';
				digsep = 1; /* the leading 0 is a digit */
			}
		}
		digsep |= scan_digits(s, n, &i, base, &invalid);
		if (i < n && s[i] == '.') {
			if (prefix == 'o' || prefix == 'b') {
				err = fmt_msg("invalid radix point in %s literal", base_name(base), "");
				ok = false;
			}
			i++;
			seen_point = true;
		}
	}
	ns->mant0 = prefix && prefix != '0' ? 2 : 0;
	if (seen_point) {
		kind = 'f';
		digsep |= scan_digits(s, n, &i, base, &invalid);
	}
	if (!(digsep & 1) && ok) {
		err = fmt_msg("%s literal has no digits", base_name(base), "");
		ok = false;
	}
	ns->exp0 = -1;
	char e = i < n ? lower(s[i]) : 0;
	ns->end = i;
	if (e == 'e' || e == 'p') {
		if (ok) {
			char ch[2] = {s[i], 0};
			if (e == 'e' && prefix != 0 && prefix != '0') {
				err = fmt_msg("'%s' exponent requires decimal mantissa", ch, "");
				ok = false;
			} else if (e == 'p' && prefix != 'x') {
				err = fmt_msg("'%s' exponent requires hexadecimal mantissa", ch, "");
				ok = false;
			}
		}
		ns->exp0 = i;
		i++;
		kind = 'f';
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		int ds = scan_digits(s, n, &i, 10, NULL);
		digsep = ds | (digsep & 2);
		if (!(ds & 1) && ok) {
			err = "exponent has no digits";
			ok = false;
		}
		ns->end = i;
	} else if (prefix == 'x' && kind == 'f' && ok) {
		err = "hexadecimal mantissa requires a 'p' exponent";
		ok = false;
	}
	if (i < n && s[i] == 'i') {
		kind = 'c';
		i++;
	}
	if (kind == 'i' && invalid >= 0 && ok) {
		char ch[2] = {s[invalid], 0};
		err = fmt_msg("invalid digit '%s' in %s literal", ch, base_name(base));
		ok = false;
	}
	if ((digsep & 2) && ok && invalid_sep(s, i) >= 0) {
		err = "'_' must separate successive digits";
		ok = false;
	}
	if (ok && i != n)
		err = "malformed number literal";
	ns->kind = kind;
	ns->prefix = prefix;
	ns->base = base;
	return err;
}

/* A binary float during literal parsing: m * 2^e, or an infinity. */
typedef struct {
	BigInt *m;
	int64_t e;
	bool inf;
} PFloat;

static PFloat pf_mul(PFloat a, PFloat b, int64_t prec)
{
	PFloat r = {NULL, 0, true};
	if (a.inf || b.inf)
		return r;
	int64_t e = a.e + b.e;
	BigInt *p = big_mul(a.m, b.m);
	r.m = round_bits(p, &e, false, prec, RM_NEAREST_EVEN, NULL);
	r.e = e;
	r.inf = e + big_bitlen(r.m) > FLOAT_EXP_MAX;
	return r;
}

/* 5^n as big.Float computes it when parsing a decimal exponent: at 576
 * bits, by repeated squaring of a 640-bit factor. */
static PFloat pow5_float(uint64_t n)
{
	const uint64_t table_max = 27; /* 5^27 is the largest power in a uint64 */
	if (n <= table_max)
		return (PFloat){big_pow(5, n), 0, false};
	PFloat z = {big_pow(5, table_max), 0, false}, f = {big_from_u64(5), 0, false};
	n -= table_max;
	while (n > 0) {
		if (n & 1)
			z = pf_mul(z, f, FLOAT_PREC + 64);
		if (z.inf)
			return z;
		n >>= 1;
		if (n)
			f = pf_mul(f, f, FLOAT_PREC + 128);
	}
	return z;
}

/* Parses a float mantissa+exponent as big.Float.SetString at 512 bits.
 * Returns false on a syntax/exponent error; *inf on overflow. */
static bool parse_big_float(BigInt *m, int base, int64_t frac, bool has_exp, char ebase, int64_t exp,
			    Const **out, bool *inf)
{
	*inf = false;
	if (big_is_zero(m)) {
		*out = flt_zero();
		return true;
	}
	int64_t exp2 = big_bitlen(m), exp5 = 0;
	if (frac > 0) {
		int64_t d = -frac;
		switch (base) {
		case 10: exp5 = d; exp2 += d; break;
		case 2: exp2 += d; break;
		case 8: exp2 += d * 3; break;
		default: exp2 += d * 4; break;
		}
	}
	if (has_exp) {
		if (ebase == 10) {
			if (__builtin_add_overflow(exp5, exp, &exp5))
				return false;
		}
		if (__builtin_add_overflow(exp2, exp, &exp2))
			return false;
	}
	if (exp2 < FLOAT_EXP_MIN || exp2 > FLOAT_EXP_MAX)
		return false;
	int64_t e = exp2 - big_bitlen(m);
	if (exp5 == 0) {
		*out = flt_make(1, m, e, false);
	} else {
		PFloat p = pow5_float(exp5 < 0 ? -(uint64_t)exp5 : (uint64_t)exp5);
		if (exp5 > 0)
			*out = p.inf ? NULL : flt_make(1, big_mul(m, p.m), e + p.e, false);
		else
			*out = p.inf ? flt_zero() : flt_quo_mag(1, m, e, p.m, p.e);
	}
	*inf = *out == NULL;
	return true;
}

/* Digits of the mantissa without separators and radix point. */
static BigInt *mantissa_digits(const char *s, int64_t from, int64_t to, int base, int64_t *frac)
{
	char *d = xmalloc((size_t)(to - from) + 1);
	int64_t n = 0;
	bool point = false;
	*frac = 0;
	for (int64_t i = from; i < to; i++) {
		if (s[i] == '_')
			continue;
		if (s[i] == '.') {
			point = true;
			continue;
		}
		d[n++] = s[i];
		if (point)
			(*frac)++;
	}
	if (n == 0)
		return big_from_u64(0);
	return big_from_digits(d, n, base);
}

/* Decimal exponent digits (with sign, separators allowed); false on
 * int64 overflow. */
static bool parse_exponent(const char *s, int64_t from, int64_t to, int64_t *exp)
{
	bool neg = false;
	int64_t v = 0;
	if (from < to && (s[from] == '+' || s[from] == '-'))
		neg = s[from++] == '-';
	for (int64_t i = from; i < to; i++) {
		if (s[i] == '_')
			continue;
		if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, s[i] - '0', &v))
			return false;
	}
	*exp = neg ? -v : v;
	return true;
}

/* go/constant's float literal: exact fraction when the value is of a
 * reasonable size, else the 512-bit float. */
static Const *float_literal(const char *s, const NumScan *ns, bool *malformed)
{
	int vbase = ns->prefix == 'x' ? 16 : ns->prefix == 'o' ? 8 : ns->prefix == 'b' ? 2 : 10;
	int64_t mend = ns->exp0 >= 0 ? ns->exp0 : ns->end;
	int64_t frac, exp = 0;
	BigInt *m = mantissa_digits(s, ns->mant0, mend, vbase, &frac);
	bool has_exp = ns->exp0 >= 0;
	char ebase = has_exp && lower(s[ns->exp0]) == 'p' ? 2 : 10;
	*malformed = false;
	if (has_exp && !parse_exponent(s, ns->exp0 + 1, ns->end, &exp)) {
		*malformed = true;
		return NULL;
	}
	Const *f;
	bool inf;
	if (!parse_big_float(m, vbase, frac, has_exp, ebase, exp, &f, &inf) || inf) {
		*malformed = true;
		return NULL;
	}
	if (!flt_small(f))
		return f;
	if (big_is_zero(f->u.flt.mant))
		return rat_exact(big_from_u64(0), big_one());
	/* exact value: m * vbase^-frac * ebase^exp */
	BigInt *num = m, *den = big_one();
	int64_t p10 = 0, p2 = 0;
	if (vbase == 10)
		p10 -= frac;
	else
		p2 -= frac * (vbase == 16 ? 4 : vbase == 8 ? 3 : 1);
	if (ebase == 10)
		p10 += exp;
	else
		p2 += exp;
	if (p10 > 0)
		num = big_mul(num, big_pow(10, (uint64_t)p10));
	else if (p10 < 0)
		den = big_pow(10, (uint64_t)-p10);
	if (p2 > 0)
		num = big_shl(num, (uint64_t)p2);
	else if (p2 < 0)
		den = big_shl(den, (uint64_t)-p2);
	return rat_exact(num, den);
}

Const *const_from_literal(char kind, const char *text, const char **err)
{
	const char *dummy;
	if (!err)
		err = &dummy;
	*err = NULL;
	int64_t n = (int64_t)strlen(text);
	NumScan ns;
	const char *e = scan_number(text, n, &ns);
	if (e) {
		*err = e;
		return NULL;
	}
	(void)kind; /* the text decides; kind is what the lexer saw */
	enum { LITERAL_LIMIT = 10000 };
	if (n > LITERAL_LIMIT) {
		char tmp[96];
		snprintf(tmp, sizeof tmp, "excessively long constant: %.10s... (%lld chars)", text, (long long)n);
		*err = xstrdup(tmp);
		return NULL;
	}
	if (ns.kind == 'i') {
		int64_t frac;
		BigInt *v = mantissa_digits(text, ns.mant0, ns.end, ns.base, &frac);
		Const *c = int_from_big(v);
		if (const_int_overflows(c)) {
			*err = "constant overflow";
			return NULL;
		}
		return c;
	}
	bool malformed;
	Const *f = float_literal(text, &ns, &malformed);
	if (!f) {
		Buf b = {0};
		buf_str(&b, "malformed constant: ");
		buf_str(&b, text);
		*err = buf_done(&b);
		return NULL;
	}
	if (ns.kind == 'c')
		return complex_of(const_int64(0), f);
	return f;
}

/* ---- strconv.IsPrint for runes >= 0x80 ----------------------------------------------- */

/* Ranges [lo, hi] of printable runes (Unicode L, M, N, P, S), generated
 * from Go 1.26 by scripts/golden-const.sh (which also checks them). */
static const uint32_t isprint_ranges[] = {
	0xa1,0xac, 0xae,0x377, 0x37a,0x37f, 0x384,0x38a, 0x38c,0x38c, 0x38e,0x3a1, 0x3a3,0x52f,
	0x531,0x556, 0x559,0x58a, 0x58d,0x58f, 0x591,0x5c7, 0x5d0,0x5ea, 0x5ef,0x5f4, 0x606,0x61b,
	0x61d,0x6dc, 0x6de,0x70d, 0x710,0x74a, 0x74d,0x7b1, 0x7c0,0x7fa, 0x7fd,0x82d, 0x830,0x83e,
	0x840,0x85b, 0x85e,0x85e, 0x860,0x86a, 0x870,0x88e, 0x898,0x8e1, 0x8e3,0x983, 0x985,0x98c,
	0x98f,0x990, 0x993,0x9a8, 0x9aa,0x9b0, 0x9b2,0x9b2, 0x9b6,0x9b9, 0x9bc,0x9c4, 0x9c7,0x9c8,
	0x9cb,0x9ce, 0x9d7,0x9d7, 0x9dc,0x9dd, 0x9df,0x9e3, 0x9e6,0x9fe, 0xa01,0xa03, 0xa05,0xa0a,
	0xa0f,0xa10, 0xa13,0xa28, 0xa2a,0xa30, 0xa32,0xa33, 0xa35,0xa36, 0xa38,0xa39, 0xa3c,0xa3c,
	0xa3e,0xa42, 0xa47,0xa48, 0xa4b,0xa4d, 0xa51,0xa51, 0xa59,0xa5c, 0xa5e,0xa5e, 0xa66,0xa76,
	0xa81,0xa83, 0xa85,0xa8d, 0xa8f,0xa91, 0xa93,0xaa8, 0xaaa,0xab0, 0xab2,0xab3, 0xab5,0xab9,
	0xabc,0xac5, 0xac7,0xac9, 0xacb,0xacd, 0xad0,0xad0, 0xae0,0xae3, 0xae6,0xaf1, 0xaf9,0xaff,
	0xb01,0xb03, 0xb05,0xb0c, 0xb0f,0xb10, 0xb13,0xb28, 0xb2a,0xb30, 0xb32,0xb33, 0xb35,0xb39,
	0xb3c,0xb44, 0xb47,0xb48, 0xb4b,0xb4d, 0xb55,0xb57, 0xb5c,0xb5d, 0xb5f,0xb63, 0xb66,0xb77,
	0xb82,0xb83, 0xb85,0xb8a, 0xb8e,0xb90, 0xb92,0xb95, 0xb99,0xb9a, 0xb9c,0xb9c, 0xb9e,0xb9f,
	0xba3,0xba4, 0xba8,0xbaa, 0xbae,0xbb9, 0xbbe,0xbc2, 0xbc6,0xbc8, 0xbca,0xbcd, 0xbd0,0xbd0,
	0xbd7,0xbd7, 0xbe6,0xbfa, 0xc00,0xc0c, 0xc0e,0xc10, 0xc12,0xc28, 0xc2a,0xc39, 0xc3c,0xc44,
	0xc46,0xc48, 0xc4a,0xc4d, 0xc55,0xc56, 0xc58,0xc5a, 0xc5d,0xc5d, 0xc60,0xc63, 0xc66,0xc6f,
	0xc77,0xc8c, 0xc8e,0xc90, 0xc92,0xca8, 0xcaa,0xcb3, 0xcb5,0xcb9, 0xcbc,0xcc4, 0xcc6,0xcc8,
	0xcca,0xccd, 0xcd5,0xcd6, 0xcdd,0xcde, 0xce0,0xce3, 0xce6,0xcef, 0xcf1,0xcf3, 0xd00,0xd0c,
	0xd0e,0xd10, 0xd12,0xd44, 0xd46,0xd48, 0xd4a,0xd4f, 0xd54,0xd63, 0xd66,0xd7f, 0xd81,0xd83,
	0xd85,0xd96, 0xd9a,0xdb1, 0xdb3,0xdbb, 0xdbd,0xdbd, 0xdc0,0xdc6, 0xdca,0xdca, 0xdcf,0xdd4,
	0xdd6,0xdd6, 0xdd8,0xddf, 0xde6,0xdef, 0xdf2,0xdf4, 0xe01,0xe3a, 0xe3f,0xe5b, 0xe81,0xe82,
	0xe84,0xe84, 0xe86,0xe8a, 0xe8c,0xea3, 0xea5,0xea5, 0xea7,0xebd, 0xec0,0xec4, 0xec6,0xec6,
	0xec8,0xece, 0xed0,0xed9, 0xedc,0xedf, 0xf00,0xf47, 0xf49,0xf6c, 0xf71,0xf97, 0xf99,0xfbc,
	0xfbe,0xfcc, 0xfce,0xfda, 0x1000,0x10c5, 0x10c7,0x10c7, 0x10cd,0x10cd, 0x10d0,0x1248,
	0x124a,0x124d, 0x1250,0x1256, 0x1258,0x1258, 0x125a,0x125d, 0x1260,0x1288, 0x128a,0x128d,
	0x1290,0x12b0, 0x12b2,0x12b5, 0x12b8,0x12be, 0x12c0,0x12c0, 0x12c2,0x12c5, 0x12c8,0x12d6,
	0x12d8,0x1310, 0x1312,0x1315, 0x1318,0x135a, 0x135d,0x137c, 0x1380,0x1399, 0x13a0,0x13f5,
	0x13f8,0x13fd, 0x1400,0x167f, 0x1681,0x169c, 0x16a0,0x16f8, 0x1700,0x1715, 0x171f,0x1736,
	0x1740,0x1753, 0x1760,0x176c, 0x176e,0x1770, 0x1772,0x1773, 0x1780,0x17dd, 0x17e0,0x17e9,
	0x17f0,0x17f9, 0x1800,0x180d, 0x180f,0x1819, 0x1820,0x1878, 0x1880,0x18aa, 0x18b0,0x18f5,
	0x1900,0x191e, 0x1920,0x192b, 0x1930,0x193b, 0x1940,0x1940, 0x1944,0x196d, 0x1970,0x1974,
	0x1980,0x19ab, 0x19b0,0x19c9, 0x19d0,0x19da, 0x19de,0x1a1b, 0x1a1e,0x1a5e, 0x1a60,0x1a7c,
	0x1a7f,0x1a89, 0x1a90,0x1a99, 0x1aa0,0x1aad, 0x1ab0,0x1ace, 0x1b00,0x1b4c, 0x1b50,0x1b7e,
	0x1b80,0x1bf3, 0x1bfc,0x1c37, 0x1c3b,0x1c49, 0x1c4d,0x1c88, 0x1c90,0x1cba, 0x1cbd,0x1cc7,
	0x1cd0,0x1cfa, 0x1d00,0x1f15, 0x1f18,0x1f1d, 0x1f20,0x1f45, 0x1f48,0x1f4d, 0x1f50,0x1f57,
	0x1f59,0x1f59, 0x1f5b,0x1f5b, 0x1f5d,0x1f5d, 0x1f5f,0x1f7d, 0x1f80,0x1fb4, 0x1fb6,0x1fc4,
	0x1fc6,0x1fd3, 0x1fd6,0x1fdb, 0x1fdd,0x1fef, 0x1ff2,0x1ff4, 0x1ff6,0x1ffe, 0x2010,0x2027,
	0x2030,0x205e, 0x2070,0x2071, 0x2074,0x208e, 0x2090,0x209c, 0x20a0,0x20c0, 0x20d0,0x20f0,
	0x2100,0x218b, 0x2190,0x2426, 0x2440,0x244a, 0x2460,0x2b73, 0x2b76,0x2b95, 0x2b97,0x2cf3,
	0x2cf9,0x2d25, 0x2d27,0x2d27, 0x2d2d,0x2d2d, 0x2d30,0x2d67, 0x2d6f,0x2d70, 0x2d7f,0x2d96,
	0x2da0,0x2da6, 0x2da8,0x2dae, 0x2db0,0x2db6, 0x2db8,0x2dbe, 0x2dc0,0x2dc6, 0x2dc8,0x2dce,
	0x2dd0,0x2dd6, 0x2dd8,0x2dde, 0x2de0,0x2e5d, 0x2e80,0x2e99, 0x2e9b,0x2ef3, 0x2f00,0x2fd5,
	0x2ff0,0x2ffb, 0x3001,0x303f, 0x3041,0x3096, 0x3099,0x30ff, 0x3105,0x312f, 0x3131,0x318e,
	0x3190,0x31e3, 0x31f0,0x321e, 0x3220,0xa48c, 0xa490,0xa4c6, 0xa4d0,0xa62b, 0xa640,0xa6f7,
	0xa700,0xa7ca, 0xa7d0,0xa7d1, 0xa7d3,0xa7d3, 0xa7d5,0xa7d9, 0xa7f2,0xa82c, 0xa830,0xa839,
	0xa840,0xa877, 0xa880,0xa8c5, 0xa8ce,0xa8d9, 0xa8e0,0xa953, 0xa95f,0xa97c, 0xa980,0xa9cd,
	0xa9cf,0xa9d9, 0xa9de,0xa9fe, 0xaa00,0xaa36, 0xaa40,0xaa4d, 0xaa50,0xaa59, 0xaa5c,0xaac2,
	0xaadb,0xaaf6, 0xab01,0xab06, 0xab09,0xab0e, 0xab11,0xab16, 0xab20,0xab26, 0xab28,0xab2e,
	0xab30,0xab6b, 0xab70,0xabed, 0xabf0,0xabf9, 0xac00,0xd7a3, 0xd7b0,0xd7c6, 0xd7cb,0xd7fb,
	0xf900,0xfa6d, 0xfa70,0xfad9, 0xfb00,0xfb06, 0xfb13,0xfb17, 0xfb1d,0xfb36, 0xfb38,0xfb3c,
	0xfb3e,0xfb3e, 0xfb40,0xfb41, 0xfb43,0xfb44, 0xfb46,0xfbc2, 0xfbd3,0xfd8f, 0xfd92,0xfdc7,
	0xfdcf,0xfdcf, 0xfdf0,0xfe19, 0xfe20,0xfe52, 0xfe54,0xfe66, 0xfe68,0xfe6b, 0xfe70,0xfe74,
	0xfe76,0xfefc, 0xff01,0xffbe, 0xffc2,0xffc7, 0xffca,0xffcf, 0xffd2,0xffd7, 0xffda,0xffdc,
	0xffe0,0xffe6, 0xffe8,0xffee, 0xfffc,0xfffd, 0x10000,0x1000b, 0x1000d,0x10026,
	0x10028,0x1003a, 0x1003c,0x1003d, 0x1003f,0x1004d, 0x10050,0x1005d, 0x10080,0x100fa,
	0x10100,0x10102, 0x10107,0x10133, 0x10137,0x1018e, 0x10190,0x1019c, 0x101a0,0x101a0,
	0x101d0,0x101fd, 0x10280,0x1029c, 0x102a0,0x102d0, 0x102e0,0x102fb, 0x10300,0x10323,
	0x1032d,0x1034a, 0x10350,0x1037a, 0x10380,0x1039d, 0x1039f,0x103c3, 0x103c8,0x103d5,
	0x10400,0x1049d, 0x104a0,0x104a9, 0x104b0,0x104d3, 0x104d8,0x104fb, 0x10500,0x10527,
	0x10530,0x10563, 0x1056f,0x1057a, 0x1057c,0x1058a, 0x1058c,0x10592, 0x10594,0x10595,
	0x10597,0x105a1, 0x105a3,0x105b1, 0x105b3,0x105b9, 0x105bb,0x105bc, 0x10600,0x10736,
	0x10740,0x10755, 0x10760,0x10767, 0x10780,0x10785, 0x10787,0x107b0, 0x107b2,0x107ba,
	0x10800,0x10805, 0x10808,0x10808, 0x1080a,0x10835, 0x10837,0x10838, 0x1083c,0x1083c,
	0x1083f,0x10855, 0x10857,0x1089e, 0x108a7,0x108af, 0x108e0,0x108f2, 0x108f4,0x108f5,
	0x108fb,0x1091b, 0x1091f,0x10939, 0x1093f,0x1093f, 0x10980,0x109b7, 0x109bc,0x109cf,
	0x109d2,0x10a03, 0x10a05,0x10a06, 0x10a0c,0x10a13, 0x10a15,0x10a17, 0x10a19,0x10a35,
	0x10a38,0x10a3a, 0x10a3f,0x10a48, 0x10a50,0x10a58, 0x10a60,0x10a9f, 0x10ac0,0x10ae6,
	0x10aeb,0x10af6, 0x10b00,0x10b35, 0x10b39,0x10b55, 0x10b58,0x10b72, 0x10b78,0x10b91,
	0x10b99,0x10b9c, 0x10ba9,0x10baf, 0x10c00,0x10c48, 0x10c80,0x10cb2, 0x10cc0,0x10cf2,
	0x10cfa,0x10d27, 0x10d30,0x10d39, 0x10e60,0x10e7e, 0x10e80,0x10ea9, 0x10eab,0x10ead,
	0x10eb0,0x10eb1, 0x10efd,0x10f27, 0x10f30,0x10f59, 0x10f70,0x10f89, 0x10fb0,0x10fcb,
	0x10fe0,0x10ff6, 0x11000,0x1104d, 0x11052,0x11075, 0x1107f,0x110bc, 0x110be,0x110c2,
	0x110d0,0x110e8, 0x110f0,0x110f9, 0x11100,0x11134, 0x11136,0x11147, 0x11150,0x11176,
	0x11180,0x111df, 0x111e1,0x111f4, 0x11200,0x11211, 0x11213,0x11241, 0x11280,0x11286,
	0x11288,0x11288, 0x1128a,0x1128d, 0x1128f,0x1129d, 0x1129f,0x112a9, 0x112b0,0x112ea,
	0x112f0,0x112f9, 0x11300,0x11303, 0x11305,0x1130c, 0x1130f,0x11310, 0x11313,0x11328,
	0x1132a,0x11330, 0x11332,0x11333, 0x11335,0x11339, 0x1133b,0x11344, 0x11347,0x11348,
	0x1134b,0x1134d, 0x11350,0x11350, 0x11357,0x11357, 0x1135d,0x11363, 0x11366,0x1136c,
	0x11370,0x11374, 0x11400,0x1145b, 0x1145d,0x11461, 0x11480,0x114c7, 0x114d0,0x114d9,
	0x11580,0x115b5, 0x115b8,0x115dd, 0x11600,0x11644, 0x11650,0x11659, 0x11660,0x1166c,
	0x11680,0x116b9, 0x116c0,0x116c9, 0x11700,0x1171a, 0x1171d,0x1172b, 0x11730,0x11746,
	0x11800,0x1183b, 0x118a0,0x118f2, 0x118ff,0x11906, 0x11909,0x11909, 0x1190c,0x11913,
	0x11915,0x11916, 0x11918,0x11935, 0x11937,0x11938, 0x1193b,0x11946, 0x11950,0x11959,
	0x119a0,0x119a7, 0x119aa,0x119d7, 0x119da,0x119e4, 0x11a00,0x11a47, 0x11a50,0x11aa2,
	0x11ab0,0x11af8, 0x11b00,0x11b09, 0x11c00,0x11c08, 0x11c0a,0x11c36, 0x11c38,0x11c45,
	0x11c50,0x11c6c, 0x11c70,0x11c8f, 0x11c92,0x11ca7, 0x11ca9,0x11cb6, 0x11d00,0x11d06,
	0x11d08,0x11d09, 0x11d0b,0x11d36, 0x11d3a,0x11d3a, 0x11d3c,0x11d3d, 0x11d3f,0x11d47,
	0x11d50,0x11d59, 0x11d60,0x11d65, 0x11d67,0x11d68, 0x11d6a,0x11d8e, 0x11d90,0x11d91,
	0x11d93,0x11d98, 0x11da0,0x11da9, 0x11ee0,0x11ef8, 0x11f00,0x11f10, 0x11f12,0x11f3a,
	0x11f3e,0x11f59, 0x11fb0,0x11fb0, 0x11fc0,0x11ff1, 0x11fff,0x12399, 0x12400,0x1246e,
	0x12470,0x12474, 0x12480,0x12543, 0x12f90,0x12ff2, 0x13000,0x1342f, 0x13440,0x13455,
	0x14400,0x14646, 0x16800,0x16a38, 0x16a40,0x16a5e, 0x16a60,0x16a69, 0x16a6e,0x16abe,
	0x16ac0,0x16ac9, 0x16ad0,0x16aed, 0x16af0,0x16af5, 0x16b00,0x16b45, 0x16b50,0x16b59,
	0x16b5b,0x16b61, 0x16b63,0x16b77, 0x16b7d,0x16b8f, 0x16e40,0x16e9a, 0x16f00,0x16f4a,
	0x16f4f,0x16f87, 0x16f8f,0x16f9f, 0x16fe0,0x16fe4, 0x16ff0,0x16ff1, 0x17000,0x187f7,
	0x18800,0x18cd5, 0x18d00,0x18d08, 0x1aff0,0x1aff3, 0x1aff5,0x1affb, 0x1affd,0x1affe,
	0x1b000,0x1b122, 0x1b132,0x1b132, 0x1b150,0x1b152, 0x1b155,0x1b155, 0x1b164,0x1b167,
	0x1b170,0x1b2fb, 0x1bc00,0x1bc6a, 0x1bc70,0x1bc7c, 0x1bc80,0x1bc88, 0x1bc90,0x1bc99,
	0x1bc9c,0x1bc9f, 0x1cf00,0x1cf2d, 0x1cf30,0x1cf46, 0x1cf50,0x1cfc3, 0x1d000,0x1d0f5,
	0x1d100,0x1d126, 0x1d129,0x1d172, 0x1d17b,0x1d1ea, 0x1d200,0x1d245, 0x1d2c0,0x1d2d3,
	0x1d2e0,0x1d2f3, 0x1d300,0x1d356, 0x1d360,0x1d378, 0x1d400,0x1d454, 0x1d456,0x1d49c,
	0x1d49e,0x1d49f, 0x1d4a2,0x1d4a2, 0x1d4a5,0x1d4a6, 0x1d4a9,0x1d4ac, 0x1d4ae,0x1d4b9,
	0x1d4bb,0x1d4bb, 0x1d4bd,0x1d4c3, 0x1d4c5,0x1d505, 0x1d507,0x1d50a, 0x1d50d,0x1d514,
	0x1d516,0x1d51c, 0x1d51e,0x1d539, 0x1d53b,0x1d53e, 0x1d540,0x1d544, 0x1d546,0x1d546,
	0x1d54a,0x1d550, 0x1d552,0x1d6a5, 0x1d6a8,0x1d7cb, 0x1d7ce,0x1da8b, 0x1da9b,0x1da9f,
	0x1daa1,0x1daaf, 0x1df00,0x1df1e, 0x1df25,0x1df2a, 0x1e000,0x1e006, 0x1e008,0x1e018,
	0x1e01b,0x1e021, 0x1e023,0x1e024, 0x1e026,0x1e02a, 0x1e030,0x1e06d, 0x1e08f,0x1e08f,
	0x1e100,0x1e12c, 0x1e130,0x1e13d, 0x1e140,0x1e149, 0x1e14e,0x1e14f, 0x1e290,0x1e2ae,
	0x1e2c0,0x1e2f9, 0x1e2ff,0x1e2ff, 0x1e4d0,0x1e4f9, 0x1e7e0,0x1e7e6, 0x1e7e8,0x1e7eb,
	0x1e7ed,0x1e7ee, 0x1e7f0,0x1e7fe, 0x1e800,0x1e8c4, 0x1e8c7,0x1e8d6, 0x1e900,0x1e94b,
	0x1e950,0x1e959, 0x1e95e,0x1e95f, 0x1ec71,0x1ecb4, 0x1ed01,0x1ed3d, 0x1ee00,0x1ee03,
	0x1ee05,0x1ee1f, 0x1ee21,0x1ee22, 0x1ee24,0x1ee24, 0x1ee27,0x1ee27, 0x1ee29,0x1ee32,
	0x1ee34,0x1ee37, 0x1ee39,0x1ee39, 0x1ee3b,0x1ee3b, 0x1ee42,0x1ee42, 0x1ee47,0x1ee47,
	0x1ee49,0x1ee49, 0x1ee4b,0x1ee4b, 0x1ee4d,0x1ee4f, 0x1ee51,0x1ee52, 0x1ee54,0x1ee54,
	0x1ee57,0x1ee57, 0x1ee59,0x1ee59, 0x1ee5b,0x1ee5b, 0x1ee5d,0x1ee5d, 0x1ee5f,0x1ee5f,
	0x1ee61,0x1ee62, 0x1ee64,0x1ee64, 0x1ee67,0x1ee6a, 0x1ee6c,0x1ee72, 0x1ee74,0x1ee77,
	0x1ee79,0x1ee7c, 0x1ee7e,0x1ee7e, 0x1ee80,0x1ee89, 0x1ee8b,0x1ee9b, 0x1eea1,0x1eea3,
	0x1eea5,0x1eea9, 0x1eeab,0x1eebb, 0x1eef0,0x1eef1, 0x1f000,0x1f02b, 0x1f030,0x1f093,
	0x1f0a0,0x1f0ae, 0x1f0b1,0x1f0bf, 0x1f0c1,0x1f0cf, 0x1f0d1,0x1f0f5, 0x1f100,0x1f1ad,
	0x1f1e6,0x1f202, 0x1f210,0x1f23b, 0x1f240,0x1f248, 0x1f250,0x1f251, 0x1f260,0x1f265,
	0x1f300,0x1f6d7, 0x1f6dc,0x1f6ec, 0x1f6f0,0x1f6fc, 0x1f700,0x1f776, 0x1f77b,0x1f7d9,
	0x1f7e0,0x1f7eb, 0x1f7f0,0x1f7f0, 0x1f800,0x1f80b, 0x1f810,0x1f847, 0x1f850,0x1f859,
	0x1f860,0x1f887, 0x1f890,0x1f8ad, 0x1f8b0,0x1f8b1, 0x1f900,0x1fa53, 0x1fa60,0x1fa6d,
	0x1fa70,0x1fa7c, 0x1fa80,0x1fa88, 0x1fa90,0x1fabd, 0x1fabf,0x1fac5, 0x1face,0x1fadb,
	0x1fae0,0x1fae8, 0x1faf0,0x1faf8, 0x1fb00,0x1fb92, 0x1fb94,0x1fbca, 0x1fbf0,0x1fbf9,
	0x20000,0x2a6df, 0x2a700,0x2b739, 0x2b740,0x2b81d, 0x2b820,0x2cea1, 0x2ceb0,0x2ebe0,
	0x2f800,0x2fa1d, 0x30000,0x3134a, 0x31350,0x323af, 0xe0100,0xe01ef,
};
static const size_t isprint_nranges = sizeof isprint_ranges / sizeof isprint_ranges[0] / 2;

static bool rune_is_print(uint32_t r)
{
	if (r < 0x80)
		return r >= 0x20 && r < 0x7F;
	size_t lo = 0, hi = isprint_nranges;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (r < isprint_ranges[2 * mid])
			hi = mid;
		else if (r > isprint_ranges[2 * mid + 1])
			lo = mid + 1;
		else
			return true;
	}
	return false;
}
