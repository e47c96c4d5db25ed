/*
 * fmtfloat.c — shortest round-trip formatting of float64 and float32 values,
 * as strconv.FormatFloat(v, fmt, -1, bitsize) produces it.  Go 1.26's
 * print/println use it for floats and complex numbers (print.c).
 *
 * Method.  "Shortest" means: the fewest significant decimal digits p such
 * that some p-digit decimal reads back (with round-half-even, as strtod and
 * ParseFloat do) as exactly v; among the p-digit decimals that do, the one
 * nearest to v, ties to the even digit.  libc does the exact arithmetic for
 * us: snprintf("%.*e") gives the p-digit decimal nearest to v, and
 * strtod/strtof reads a candidate back.  The nearest p-digit decimal may fail
 * to read back while its neighbour on the other side of v succeeds: just
 * above a power of two the gap to the next float below is half the gap
 * above, so the round-trip interval is lopsided.  Hence a precision p "works"
 * when the nearest candidate or its neighbour towards v reads back.  Since a
 * p-digit decimal is also a (p+1)-digit one, working precisions form an
 * upward-closed range, and a binary search over p in [1, 17] (float32:
 * [1, 9]) finds the shortest in a handful of conversions.  One quirk of
 * Go's Dragonbox port is reproduced: see break_tie_like_go.
 *
 * Layout.  The digits are then laid out with strconv's rules for shortest
 * formatting: 'e' as d.ddde±XX (at least two exponent digits), 'f' without
 * exponent, 'g' as %e when the decimal exponent is < -4 or >= 6 (strconv
 * uses precision 6 for that choice in shortest mode) and as %f otherwise.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "values.h"

/* The value 0.d[0]d[1]...d[nd-1] × 10^dp; nd == 0 means zero. */
typedef struct Decimal {
	char d[24];
	int nd;
	int dp;
} Decimal;

/* A candidate: mant × 10^exp10 with mant < 10^17. */
typedef struct Candidate {
	uint64_t mant;
	int exp10;
} Candidate;

static uint64_t pow10u(int n)
{
	uint64_t r = 1;
	while (n-- > 0)
		r *= 10;
	return r;
}

/* Read s back as a float of the given size (widened to double). */
static double read_back(const char *s, int bitsize)
{
	if (bitsize == 32)
		return (double)strtof(s, NULL);
	return strtod(s, NULL);
}

static double candidate_value(Candidate c, int bitsize)
{
	char s[48];
	snprintf(s, sizeof s, "%llue%d", (unsigned long long)c.mant, c.exp10);
	return read_back(s, bitsize);
}

/* The p-digit decimal nearest to v (> 0), as libc rounds it. */
static Candidate nearest_with_digits(double v, int p)
{
	char s[48];
	snprintf(s, sizeof s, "%.*e", p - 1, v);
	Candidate c = {0, 0};
	const char *q = s;
	for (; *q != 'e'; q++)
		if (*q >= '0' && *q <= '9')
			c.mant = c.mant * 10 + (uint64_t)(*q - '0');
	c.exp10 = atoi(q + 1) - (p - 1);
	return c;
}

/* The next p-digit decimal above (dir > 0) or below (dir < 0) c. */
static Candidate step_candidate(Candidate c, int p, int dir)
{
	if (dir > 0) {
		c.mant++;
		if (c.mant == pow10u(p)) {
			c.mant /= 10;
			c.exp10++;
		}
	} else {
		c.mant--;
		if (c.mant < pow10u(p - 1)) {
			c.mant = pow10u(p) - 1;
			c.exp10--;
		}
	}
	return c;
}

/* Does some p-digit decimal read back as v?  If so, store the nearest. */
static bool digits_suffice(double v, int bitsize, int p, Candidate *out)
{
	Candidate c = nearest_with_digits(v, p);
	double back = candidate_value(c, bitsize);
	if (back == v) {
		*out = c;
		return true;
	}
	c = step_candidate(c, p, back < v ? +1 : -1);
	if (candidate_value(c, bitsize) == v) {
		*out = c;
		return true;
	}
	return false;
}

static void candidate_to_decimal(Candidate c, Decimal *d)
{
	while (c.mant % 10 == 0) {
		c.mant /= 10;
		c.exp10++;
	}
	char tmp[24];
	int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)c.mant);
	memcpy(d->d, tmp, (size_t)n);
	d->nd = n;
	d->dp = n + c.exp10;
}

/* If v lies exactly halfway between two adjacent p-digit decimals, store
 * the lower one and return true.  v is a float32: 160 digits show its
 * decimal expansion exactly. */
static bool halfway_between(double v, int p, Candidate *lower)
{
	char s[200];
	snprintf(s, sizeof s, "%.160e", v);
	const char *exponent = strchr(s, 'e');
	char digits[170];
	int n = 0;
	for (const char *q = s; q < exponent; q++)
		if (*q >= '0' && *q <= '9')
			digits[n++] = *q;
	if (digits[p] != '5')
		return false;
	for (int i = p + 1; i < n; i++)
		if (digits[i] != '0')
			return false;
	lower->mant = 0;
	for (int i = 0; i < p; i++)
		lower->mant = lower->mant * 10 + (uint64_t)(digits[i] - '0');
	lower->exp10 = atoi(exponent + 1) - (p - 1);
	return true;
}

/* Is v a normal float32 whose mantissa is a power of two? */
static bool is_float32_power_of_two(double v)
{
	int binary_exponent;
	return frexp(v, &binary_exponent) == 0.5 && v >= 0x1p-126;
}

/* Between two equally near shortest candidates Go's Dragonbox takes the
 * even one (as snprintf does), except for a float32 power of two (the
 * lopsided-interval case), where it takes the upper one: 2^-12 =
 * 0.000244140625 prints as 0.00024414063. */
static Candidate break_tie_like_go(double v, int bitsize, int p, Candidate c)
{
	Candidate lower;
	if (bitsize != 32 || !is_float32_power_of_two(v) || !halfway_between(v, p, &lower))
		return c;
	Candidate upper = step_candidate(lower, p, +1);
	return candidate_value(upper, bitsize) == v ? upper : c;
}

/* Shortest digits of v, which is finite and > 0. */
static void shortest_decimal(double v, int bitsize, Decimal *d)
{
	int lo = 1, hi = bitsize == 32 ? 9 : 17;
	Candidate best;
	digits_suffice(v, bitsize, hi, &best);
	while (lo < hi) { /* invariant: hi works, everything below lo fails */
		int mid = (lo + hi) / 2;
		Candidate c;
		if (digits_suffice(v, bitsize, mid, &c)) {
			hi = mid;
			best = c;
		} else {
			lo = mid + 1;
		}
	}
	candidate_to_decimal(break_tie_like_go(v, bitsize, hi, best), d);
}

/* ---- Layout (strconv's fmtE / fmtF) ---------------------------------------- */

static char *put_exponent(char *o, char e, int exp)
{
	*o++ = e;
	*o++ = exp < 0 ? '-' : '+';
	if (exp < 0)
		exp = -exp;
	if (exp >= 100)
		*o++ = (char)('0' + exp / 100);
	*o++ = (char)('0' + exp / 10 % 10);
	*o++ = (char)('0' + exp % 10);
	return o;
}

/* d.ddd e±XX with prec digits after the point. */
static char *layout_e(char *o, const Decimal *d, int prec, char e)
{
	*o++ = d->nd > 0 ? d->d[0] : '0';
	if (prec > 0) {
		*o++ = '.';
		for (int i = 1; i <= prec; i++)
			*o++ = i < d->nd ? d->d[i] : '0';
	}
	return put_exponent(o, e, d->nd == 0 ? 0 : d->dp - 1);
}

/* ddd.ddd with prec digits after the point. */
static char *layout_f(char *o, const Decimal *d, int prec)
{
	if (d->dp > 0) {
		for (int i = 0; i < d->dp; i++)
			*o++ = i < d->nd ? d->d[i] : '0';
	} else {
		*o++ = '0';
	}
	if (prec > 0) {
		*o++ = '.';
		for (int i = 0; i < prec; i++) {
			int j = d->dp + i;
			*o++ = (j >= 0 && j < d->nd) ? d->d[j] : '0';
		}
	}
	return o;
}

static int max_int(int a, int b)
{
	return a > b ? a : b;
}

/* strconv's formatDigits in shortest mode.  For zero (nd == 0) strconv
 * leaves the precision at -1, which the max() calls reproduce. */
static char *layout_shortest(char *o, const Decimal *d, char fmt)
{
	int zero = d->nd == 0;
	switch (fmt) {
	case 'e':
	case 'E':
		return layout_e(o, d, zero ? -1 : max_int(d->nd - 1, 0), fmt);
	case 'f':
		return layout_f(o, d, max_int(d->nd - d->dp, 0));
	default: { /* 'g', 'G' */
		int exp = d->dp - 1;
		if (!zero && (exp < -4 || exp >= 6))
			return layout_e(o, d, d->nd - 1, fmt == 'G' ? 'E' : 'e');
		return layout_f(o, d, max_int(d->nd - d->dp, 0));
	}
	}
}

static int put_special(char *buf, const char *s)
{
	size_t n = strlen(s);
	memcpy(buf, s, n + 1);
	return (int)n;
}

int fmt_float_shortest(char *buf, double v, int bitsize, char fmt)
{
	if (bitsize == 32)
		v = (double)(float)v;
	if (isnan(v))
		return put_special(buf, "NaN");
	if (isinf(v))
		return put_special(buf, v < 0 ? "-Inf" : "+Inf");

	char *o = buf;
	if (signbit(v))
		*o++ = '-';
	Decimal d = {{0}, 0, 0};
	if (v != 0)
		shortest_decimal(fabs(v), bitsize, &d);
	o = layout_shortest(o, &d, fmt);
	*o = '\0';
	return (int)(o - buf);
}
