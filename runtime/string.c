/*
 * string.c — string concatenation, conversions between string, []byte and
 * []rune, and string comparison (runtime/string.go semantics, Go 1.26).
 *
 * The compiler lowers `a + b`, string(b), []byte(s), []rune(s),
 * string(runes), string(r) into these calls.  When escape analysis proves
 * the result does not outlive the calling function, the compiler passes a
 * 32-byte stack buffer (TmpBuf; for []rune(s) a 32-rune one) and the result
 * is built there whenever it fits; otherwise buf is NULL.
 *
 * Allocation behaviour is part of the contract, because users compare
 * allocs/op with real Go: each function below makes exactly the mallocgc
 * calls Go's does, with the same sizes, and all of them pointer-free:
 *   concatenation     exact total length; none if the result is "" or is
 *                     its single non-empty operand
 *   string(b)         n bytes; none for n <= 1 (1 byte points into
 *                     staticuint64s) or when buf holds it
 *   []byte(s)         roundupsize(n) bytes, cap = that size (rawbyteslice)
 *   []rune(s)         roundupsize(4n) bytes, cap = that / 4 (rawruneslice)
 *   string(runes)     encoded length + 3 bytes (even for no runes)
 *   string(r)         4 bytes
 */
#include <string.h>

#include "values.h"

#define MAX_ALLOC ((uintptr_t)1 << 48) /* Go's maxAlloc on linux/amd64 */

#define STATIC4(n) (n), (n) + 1, (n) + 2, (n) + 3
#define STATIC16(n) STATIC4(n), STATIC4((n) + 4), STATIC4((n) + 8), STATIC4((n) + 12)
#define STATIC64(n) STATIC16(n), STATIC16((n) + 16), STATIC16((n) + 32), STATIC16((n) + 48)
const uint64_t staticuint64s[256] = {
	STATIC64(0), STATIC64(64), STATIC64(128), STATIC64(192),
};

static const GoString empty_string = {NULL, 0};

/* ---- Where string data lives ------------------------------------------------ */

#pragma weak rt_stack_contains
extern void *__libc_stack_end; /* glibc: the initial thread's stack top */

/* Is p on the running goroutine's stack?  Before the scheduler provides
 * rt_stack_contains, the only stack is the main thread's C stack. */
static bool data_on_stack(const void *p)
{
	if (rt_stack_contains)
		return rt_stack_contains(p);
	uintptr_t lo = (uintptr_t)__builtin_frame_address(0);
	uintptr_t hi = (uintptr_t)__libc_stack_end;
	return lo <= (uintptr_t)p && (uintptr_t)p < hi;
}

/* ---- Raw storage -------------------------------------------------------------- */

GoString rawstring(intptr_t len, uint8_t **data)
{
	*data = mallocgc((uintptr_t)len, NULL, false);
	return (GoString){*data, len};
}

/* Storage for a string result of len bytes: the caller's buffer if there is
 * one and it fits, else a fresh allocation. */
static uint8_t *rawstringtmp(TmpBuf *buf, intptr_t len)
{
	if (buf != NULL && len <= TMP_STRING_BUF_SIZE)
		return buf->b;
	uint8_t *data;
	rawstring(len, &data);
	return data;
}

GoSlice rawbyteslice(intptr_t len)
{
	uintptr_t cap = roundupsize((uintptr_t)len, true);
	uint8_t *p = mallocgc(cap, NULL, false);
	if (cap != (uintptr_t)len)
		memset(p + len, 0, cap - (uintptr_t)len);
	return (GoSlice){p, len, (intptr_t)cap};
}

static GoSlice rawruneslice(intptr_t len)
{
	if ((uintptr_t)len > MAX_ALLOC / 4)
		rt_throw("out of memory");
	uintptr_t bytes = (uintptr_t)len * 4;
	uintptr_t mem = roundupsize(bytes, true);
	uint8_t *p = mallocgc(mem, NULL, false);
	if (mem != bytes)
		memset(p + bytes, 0, mem - bytes);
	return (GoSlice){p, len, (intptr_t)(mem / 4)};
}

static void copy_bytes(void *to, const void *from, intptr_t n)
{
	if (n > 0)
		memmove(to, from, (size_t)n);
}

/* ---- Concatenation -------------------------------------------------------- */

static intptr_t total_length(const GoString *a, intptr_t n)
{
	intptr_t total = 0;
	for (intptr_t i = 0; i < n; i++) {
		if (__builtin_add_overflow(total, a[i].len, &total))
			rt_throw("string concatenation too long");
	}
	return total;
}

static void copy_parts(uint8_t *to, const GoString *a, intptr_t n)
{
	for (intptr_t i = 0; i < n; i++) {
		copy_bytes(to, a[i].ptr, a[i].len);
		to += a[i].len;
	}
}

GoString concatstrings(TmpBuf *buf, const GoString *a, intptr_t n)
{
	intptr_t total = total_length(a, n);
	intptr_t nonempty = 0, last = 0;
	for (intptr_t i = 0; i < n; i++) {
		if (a[i].len != 0) {
			nonempty++;
			last = i;
		}
	}
	if (nonempty == 0)
		return empty_string;
	/* One operand alone is the result, unless it lives in our caller's
	 * frame and the result escapes it. */
	if (nonempty == 1 && (buf != NULL || !data_on_stack(a[last].ptr)))
		return a[last];
	uint8_t *p = rawstringtmp(buf, total);
	copy_parts(p, a, n);
	return (GoString){p, total};
}

GoString concatstring2(TmpBuf *buf, GoString a0, GoString a1)
{
	GoString a[] = {a0, a1};
	return concatstrings(buf, a, 2);
}

GoString concatstring3(TmpBuf *buf, GoString a0, GoString a1, GoString a2)
{
	GoString a[] = {a0, a1, a2};
	return concatstrings(buf, a, 3);
}

GoString concatstring4(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3)
{
	GoString a[] = {a0, a1, a2, a3};
	return concatstrings(buf, a, 4);
}

GoString concatstring5(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3,
                       GoString a4)
{
	GoString a[] = {a0, a1, a2, a3, a4};
	return concatstrings(buf, a, 5);
}

/* []byte(a + b + ...): never shares an operand; an empty result is the
 * non-nil []byte{}; a buffer result has the whole buffer as capacity. */
GoSlice concatbytes(TmpBuf *buf, const GoString *a, intptr_t n)
{
	intptr_t total = total_length(a, n);
	if (total == 0)
		return (GoSlice){zerobase, 0, 0};
	GoSlice b;
	if (buf != NULL && total <= TMP_STRING_BUF_SIZE) {
		memset(buf, 0, sizeof *buf);
		b = (GoSlice){buf->b, total, TMP_STRING_BUF_SIZE};
	} else {
		b = rawbyteslice(total);
	}
	copy_parts(b.ptr, a, n);
	return b;
}

GoSlice concatbyte2(TmpBuf *buf, GoString a0, GoString a1)
{
	GoString a[] = {a0, a1};
	return concatbytes(buf, a, 2);
}

GoSlice concatbyte3(TmpBuf *buf, GoString a0, GoString a1, GoString a2)
{
	GoString a[] = {a0, a1, a2};
	return concatbytes(buf, a, 3);
}

GoSlice concatbyte4(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3)
{
	GoString a[] = {a0, a1, a2, a3};
	return concatbytes(buf, a, 4);
}

GoSlice concatbyte5(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3,
                    GoString a4)
{
	GoString a[] = {a0, a1, a2, a3, a4};
	return concatbytes(buf, a, 5);
}

/* ---- Conversions ------------------------------------------------------------ */

GoString slicebytetostring(TmpBuf *buf, const uint8_t *ptr, intptr_t n)
{
	if (n == 0)
		return empty_string;
	if (n == 1) /* little-endian: the low byte of staticuint64s[v] is v */
		return (GoString){(const uint8_t *)&staticuint64s[*ptr], 1};
	uint8_t *p;
	if (buf != NULL && n <= TMP_STRING_BUF_SIZE)
		p = buf->b;
	else
		p = mallocgc((uintptr_t)n, NULL, false);
	memmove(p, ptr, (size_t)n);
	return (GoString){p, n};
}

GoSlice stringtoslicebyte(TmpBuf *buf, GoString s)
{
	GoSlice b;
	if (buf != NULL && s.len <= TMP_STRING_BUF_SIZE) {
		memset(buf, 0, sizeof *buf);
		b = (GoSlice){buf->b, s.len, TMP_STRING_BUF_SIZE};
	} else {
		b = rawbyteslice(s.len);
	}
	copy_bytes(b.ptr, s.ptr, s.len);
	return b;
}

GoSlice stringtoslicerune(TmpRuneBuf *buf, GoString s)
{
	intptr_t n = countrunes(s);
	GoSlice a;
	if (buf != NULL && n <= TMP_STRING_BUF_SIZE) {
		memset(buf, 0, sizeof *buf);
		a = (GoSlice){buf->r, n, TMP_STRING_BUF_SIZE};
	} else {
		a = rawruneslice(n);
	}
	int32_t *runes = a.ptr;
	for (intptr_t i = 0, k = 0; k < s.len; i++) {
		DecodedRune d = decoderune(s, k);
		runes[i] = (int32_t)d.rune;
		k = d.next;
	}
	return a;
}

GoString slicerunetostring(TmpBuf *buf, const int32_t *ptr, intptr_t n)
{
	intptr_t size = 0;
	for (intptr_t i = 0; i < n; i++)
		size += runelen(ptr[i]);
	/* Go sizes the storage with 3 spare bytes (room for one more rune
	 * should the slice change under it), and allocates even for no runes. */
	uint8_t *p = rawstringtmp(buf, size + 3);
	intptr_t written = 0;
	for (intptr_t i = 0; i < n && written < size; i++)
		written += encoderune(p + written, ptr[i]);
	return (GoString){p, written};
}

GoString intstring(uint8_t *buf, int64_t v)
{
	uint8_t *p = buf;
	if (p == NULL)
		rawstring(UTF_MAX, &p);
	if ((int64_t)(int32_t)v != v)
		v = RUNE_ERROR;
	return (GoString){p, encoderune(p, (int32_t)v)};
}

/* ---- Comparison ------------------------------------------------------------- */

intptr_t cmpstring(GoString a, GoString b)
{
	intptr_t common = a.len < b.len ? a.len : b.len;
	int c = common > 0 ? memcmp(a.ptr, b.ptr, (size_t)common) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	if (a.len != b.len)
		return a.len < b.len ? -1 : 1;
	return 0;
}

bool eqstring(GoString a, GoString b)
{
	if (a.len != b.len)
		return false;
	return a.len == 0 || a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

bool memequal(const void *a, const void *b, uintptr_t size)
{
	return a == b || size == 0 || memcmp(a, b, size) == 0;
}

bool memequal0(const void *a, const void *b)
{
	(void)a;
	(void)b;
	return true;
}

bool memequal8(const void *a, const void *b)
{
	return memcmp(a, b, 1) == 0;
}

bool memequal16(const void *a, const void *b)
{
	return memcmp(a, b, 2) == 0;
}

bool memequal32(const void *a, const void *b)
{
	return memcmp(a, b, 4) == 0;
}

bool memequal64(const void *a, const void *b)
{
	return memcmp(a, b, 8) == 0;
}

bool memequal128(const void *a, const void *b)
{
	return memcmp(a, b, 16) == 0;
}

bool strequal(const void *a, const void *b)
{
	return eqstring(*(const GoString *)a, *(const GoString *)b);
}
