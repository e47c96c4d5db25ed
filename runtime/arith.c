/*
 * arith.c — arithmetic helpers compiled code calls for operations that are
 * not a single instruction with Go's semantics.
 *
 * rt_fminmax: the built-in min and max on floats.  Go's rules: if any
 * argument is a NaN the result is a NaN; min(-0, +0) is -0 and max(-0, +0)
 * is +0 (x86's minsd/maxsd get both wrong).
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime.h"

enum { FMINMAX_MIN = 1, FMINMAX_F32 = 2 };

static double pick(double a, double b, int is_min) {
	if (isnan(a) || isnan(b))
		return NAN;
	if (a == b && a == 0) /* ±0: min prefers -0, max prefers +0 */
		return is_min ? (signbit(a) ? a : b) : (signbit(a) ? b : a);
	if (is_min)
		return a < b ? a : b;
	return a > b ? a : b;
}

/* a and b are the bit patterns of two float64s (or float32s in the low
 * 32 bits when flags has FMINMAX_F32); returns the result's bits. */
uint64_t rt_fminmax(uint64_t a, uint64_t b, int flags) {
	int is_min = flags & FMINMAX_MIN;
	if (flags & FMINMAX_F32) {
		float fa, fb;
		uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
		memcpy(&fa, &ua, 4);
		memcpy(&fb, &ub, 4);
		float r = (float)pick(fa, fb, is_min);
		uint32_t ur;
		memcpy(&ur, &r, 4);
		return ur;
	}
	double da, db;
	memcpy(&da, &a, 8);
	memcpy(&db, &b, 8);
	double r = pick(da, db, is_min);
	uint64_t ur;
	memcpy(&ur, &r, 8);
	return ur;
}
