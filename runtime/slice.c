/*
 * slice.c — allocation and growth of slice backing stores (runtime/slice.go
 * semantics, Go 1.26): make, append's slow path, Go 1.26's stack-buffer
 * append and move2heap helpers, copy, and the slice-to-array panic.
 *
 * The compiler calls makeslice for an escaping (or too large) make([]T, ...),
 * growslice when an append needs more room than cap, growsliceBuf for
 * append sites that keep the slice in a 32-byte stack buffer while it fits,
 * and moveSlice* (move2heap) where such a slice leaves its function; see
 * reference/go126-alloc-facts.md §3.3-3.4 and §4.1.
 *
 * Capacities are observable (cap() is printed by users and compared with
 * real Go), so the arithmetic follows Go exactly: nextslicecap doubles below
 * 256 elements and then grows by (newcap + 768) / 4 per step; the byte size
 * is rounded up to the allocator's size class (roundupsize, which for
 * pointerful objects above 512 bytes accounts for the 8-byte malloc header)
 * and cap becomes that size divided by the element size.  Each growth is one
 * mallocgc call; zero-size elements never allocate.
 */
#include <stdio.h>
#include <string.h>

#include "values.h"

#define MAX_ALLOC ((uintptr_t)1 << 48) /* Go's maxAlloc on linux/amd64 */
#define GROWTH_THRESHOLD 256

static bool has_pointers(const Type *et)
{
	return et->ptrdata != 0;
}

/* The type mallocgc needs: NULL for pointer-free memory. */
static const Type *scan_type(const Type *et)
{
	return has_pointers(et) ? et : NULL;
}

/* a * b, reporting overflow of uintptr_t or Go's maxAlloc. */
static bool mul_too_big(uintptr_t a, uintptr_t b, uintptr_t *product)
{
	return __builtin_mul_overflow(a, b, product) || *product > MAX_ALLOC;
}

/* ---- make ------------------------------------------------------------------- */

void *makeslice(const Type *et, intptr_t len, intptr_t cap)
{
	uintptr_t mem;
	if (mul_too_big(et->size, (uintptr_t)cap, &mem) || len < 0 || len > cap) {
		/* make([]T, huge) is reported as a bad len, though cap is bad too. */
		uintptr_t lenmem;
		if (mul_too_big(et->size, (uintptr_t)len, &lenmem) || len < 0)
			rt_panic_runtime_error("makeslice: len out of range");
		rt_panic_runtime_error("makeslice: cap out of range");
	}
	return mallocgc(mem, scan_type(et), true);
}

void *makeslice64(const Type *et, int64_t len, int64_t cap)
{
	return makeslice(et, (intptr_t)len, (intptr_t)cap);
}

void *makeslicecopy(const Type *et, intptr_t tolen, intptr_t fromlen, const void *from)
{
	uintptr_t tomem, copymem;
	if ((uintptr_t)tolen > (uintptr_t)fromlen) {
		if (mul_too_big(et->size, (uintptr_t)tolen, &tomem) || tolen < 0)
			rt_panic_runtime_error("makeslice: len out of range");
		copymem = et->size * (uintptr_t)fromlen;
	} else {
		/* fromlen is a valid length, so the smaller tolen is too */
		tomem = et->size * (uintptr_t)tolen;
		copymem = tomem;
	}
	uint8_t *to;
	if (!has_pointers(et)) {
		to = mallocgc(tomem, NULL, false);
		if (copymem < tomem)
			memset(to + copymem, 0, tomem - copymem);
	} else {
		to = mallocgc(tomem, et, true);
	}
	if (copymem > 0)
		memmove(to, from, copymem);
	return to;
}

/* ---- append ----------------------------------------------------------------- */

/* Go's int arithmetic wraps; do the same without C's signed overflow. */
static intptr_t wrapping_add(intptr_t a, intptr_t b)
{
	return (intptr_t)((uintptr_t)a + (uintptr_t)b);
}

intptr_t nextslicecap(intptr_t newLen, intptr_t oldCap)
{
	intptr_t newcap = oldCap;
	intptr_t doublecap = wrapping_add(newcap, newcap);
	if (newLen > doublecap)
		return newLen;
	if (oldCap < GROWTH_THRESHOLD)
		return doublecap;
	/* From doubling towards 1.25x, smoothly.  Comparing unsigned also
	 * stops the loop when newcap overflows. */
	do {
		newcap = wrapping_add(newcap, wrapping_add(newcap, 3 * GROWTH_THRESHOLD) >> 2);
	} while ((uintptr_t)newcap < (uintptr_t)newLen);
	return newcap <= 0 ? newLen : newcap;
}

static _Noreturn void panic_growslice(void)
{
	rt_panic_runtime_error("growslice: len out of range");
}

GoSlice growslice(void *oldPtr, intptr_t newLen, intptr_t oldCap, intptr_t num, const Type *et)
{
	intptr_t oldLen = newLen - num;
	if (newLen < 0)
		panic_growslice();
	if (et->size == 0) /* append must not make a nil slice with len > 0 */
		return (GoSlice){zerobase, newLen, newLen};

	bool noscan = !has_pointers(et);
	uintptr_t size = et->size;
	uintptr_t wanted;
	if (mul_too_big(size, (uintptr_t)nextslicecap(newLen, oldCap), &wanted))
		panic_growslice();
	intptr_t newcap = (intptr_t)(roundupsize(wanted, noscan) / size);
	uintptr_t capmem = (uintptr_t)newcap * size;
	if (capmem > MAX_ALLOC)
		panic_growslice();

	uintptr_t lenmem = (uintptr_t)oldLen * size;
	uintptr_t newlenmem = (uintptr_t)newLen * size;
	uint8_t *p;
	if (noscan) {
		/* append overwrites [oldLen, newLen); clear only the rest */
		p = mallocgc(capmem, NULL, false);
		memset(p + newlenmem, 0, capmem - newlenmem);
	} else {
		p = mallocgc(capmem, et, true);
	}
	if (lenmem > 0)
		memmove(p, oldPtr, lenmem);
	return (GoSlice){p, newLen, newcap};
}

GoSlice growsliceBuf(void *oldPtr, intptr_t newLen, intptr_t oldCap, intptr_t num,
                     const Type *et, void *bufPtr, intptr_t bufLen)
{
	if (newLen > bufLen)
		return growslice(oldPtr, newLen, oldCap, num, et);
	intptr_t oldLen = newLen - num;
	if (oldPtr != bufPtr && oldLen != 0)
		memmove(bufPtr, oldPtr, (uintptr_t)oldLen * et->size);
	/* Step to the next size class rather than doubling, so that a later
	 * moveSlice wastes nothing. */
	intptr_t newCap = (intptr_t)(roundupsize((uintptr_t)newLen * et->size, !has_pointers(et)) /
	                             et->size);
	if (newLen < newCap)
		memset((uint8_t *)bufPtr + (uintptr_t)newLen * et->size, 0,
		       (uintptr_t)(newCap - newLen) * et->size);
	return (GoSlice){bufPtr, newLen, newCap};
}

/* The compiler's entry to growsliceBuf: the slice header *s holds the old
 * pointer, the old length and the old capacity; num elements are being
 * appended.  Afterwards *s has the new pointer and capacity (its length
 * is still the old one: the caller stores the elements). */
void rt_growslice_buf(GoSlice *s, intptr_t num, const Type *et, void *buf, intptr_t k)
{
	GoSlice r = growsliceBuf(s->ptr, s->len + num, s->cap, num, et, buf, k);
	s->ptr = r.ptr;
	s->cap = r.cap;
}

/* ---- move2heap -------------------------------------------------------------- */

/* An empty slice stays nil if it was nil, else points to zerobase. */
static GoSlice empty_moved(void *old)
{
	return (GoSlice){old != NULL ? (void *)zerobase : NULL, 0, 0};
}

GoSlice moveSlice(const Type *et, void *old, intptr_t len, intptr_t cap)
{
	if (cap == 0)
		return empty_moved(old);
	uintptr_t capmem = (uintptr_t)cap * et->size;
	void *p = mallocgc(capmem, scan_type(et), true);
	memmove(p, old, capmem);
	return (GoSlice){p, len, cap};
}

GoSlice moveSliceNoScan(uintptr_t elemSize, void *old, intptr_t len, intptr_t cap)
{
	if (cap == 0)
		return empty_moved(old);
	uintptr_t capmem = (uintptr_t)cap * elemSize;
	void *p = mallocgc(capmem, NULL, false);
	memmove(p, old, capmem);
	return (GoSlice){p, len, cap};
}

GoSlice moveSliceNoCap(const Type *et, void *old, intptr_t len)
{
	if (len == 0)
		return empty_moved(old);
	uintptr_t lenmem = (uintptr_t)len * et->size;
	uintptr_t cap = roundupsize(lenmem, false) / et->size;
	void *p = mallocgc(cap * et->size, scan_type(et), true);
	memmove(p, old, lenmem);
	return (GoSlice){p, len, (intptr_t)cap};
}

GoSlice moveSliceNoCapNoScan(uintptr_t elemSize, void *old, intptr_t len)
{
	if (len == 0)
		return empty_moved(old);
	uintptr_t lenmem = (uintptr_t)len * elemSize;
	uintptr_t capmem = roundupsize(lenmem, true);
	uint8_t *p = mallocgc(capmem, NULL, false);
	memmove(p, old, lenmem);
	if (capmem > lenmem)
		memset(p + lenmem, 0, capmem - lenmem);
	return (GoSlice){p, len, (intptr_t)(capmem / elemSize)};
}

/* ---- copy and conversions --------------------------------------------------- */

intptr_t slicecopy(void *toPtr, intptr_t toLen, const void *fromPtr, intptr_t fromLen,
                   uintptr_t width)
{
	if (fromLen == 0 || toLen == 0)
		return 0;
	intptr_t n = fromLen < toLen ? fromLen : toLen;
	if (width != 0)
		memmove(toPtr, fromPtr, (uintptr_t)n * width);
	return n;
}

_Noreturn void panicSliceConvert(intptr_t sliceLen, intptr_t arrayLen)
{
	char text[128];
	int n = snprintf(text, sizeof text,
	                 "cannot convert slice with length %jd to array or pointer to array "
	                 "with length %jd",
	                 (intmax_t)sliceLen, (intmax_t)arrayLen);
	/* The panic value may outlive this frame (recover), so the text
	 * goes to the heap. */
	char *msg = mallocgc((uintptr_t)n + 1, NULL, false);
	memcpy(msg, text, (size_t)n + 1);
	rt_panic_runtime_error(msg);
}
