/*
 * values.h — the runtime's operations on Go values: the builtin print and
 * println, string conversions and concatenation, UTF-8 decoding for range
 * loops, and slice allocation and growth.
 *
 * These are entry points that compiled code calls (the compiler's lowering
 * pass turns print statements, conversions, `+` on strings, make and append
 * into calls to them), plus a few helpers other runtime modules use (the
 * float formatter, the print buffer flush for panics).  Names follow the Go
 * runtime function each one plays the role of, so -S output reads like gc's.
 *
 * Calling convention (see runtime.h): a GoString argument travels in two
 * registers; a slice argument is three separate parameters (ptr, len, cap);
 * a GoSlice result uses the hidden result pointer.  Results of two words
 * (GoString, DecodedRune) come back in rax:rdx.
 *
 * Implementations: print.c (print*), fmtfloat.c (fmt_float_shortest),
 * string.c (strings, staticuint64s), utf8.c (runes), slice.c (slices).
 */
#ifndef TGO_VALUES_H
#define TGO_VALUES_H

#include "runtime.h"

/* ---- Printing (print.c): Go's print/println builtins, output to fd 2 ----- */

/* The compiler brackets every print/println statement with printlock and
 * printunlock; output produced in between is collected and written with one
 * write(2) at the outermost printunlock.  Calls outside a lock write at once.
 * Locks nest (a print helper may print recursively). */
void printlock(void);
void printunlock(void);
/* Write out whatever a held print lock has collected so far (for panics and
 * fatal errors, which must not lose output); the lock depth is unchanged. */
void print_flush(void);
/* Print raw bytes, buffered like every other print function. */
void print_write(const void *p, intptr_t n);

void printbool(bool v);
void printint(int64_t v);
void printuint(uint64_t v);
void printfloat64(double v);
void printfloat32(float v);
void printcomplex128(double re, double im);
void printcomplex64(float re, float im);
void printhex(uint64_t v);
void printpointer(const void *p);
void printuintptr(uintptr_t p);
void printstring(GoString s);
void printslice(const void *ptr, intptr_t len, intptr_t cap);
void printeface(Eface e);
void printiface(Iface i);
void printsp(void);
void printnl(void);

/* ---- Shortest float formatting (fmtfloat.c) ------------------------------ */

/* Buffer sizes that always suffice: 'e', 'E', 'g', 'G' need at most 25 bytes
 * (plus the NUL); 'f' can need 330 (the digits of 5e-324 after "0."). */
#define FMT_FLOAT_EG_BUFSIZE 32
#define FMT_FLOAT_F_BUFSIZE 400

/* Format v like strconv.FormatFloat(v, fmt, -1, bitsize): the shortest
 * decimal that reads back as the same float64 (bitsize 64) or float32
 * (bitsize 32; v is first rounded to float32).  fmt is 'e', 'E', 'f', 'g' or
 * 'G'.  Writes a NUL-terminated string into buf and returns its length. */
int fmt_float_shortest(char *buf, double v, int bitsize, char fmt);

/* ---- Strings (string.c) ---------------------------------------------------- */

/* The stack buffer the compiler passes when a conversion or concatenation
 * result does not escape (NULL when it does); Go's tmpStringBufSize. */
#define TMP_STRING_BUF_SIZE 32
typedef struct TmpBuf {
	uint8_t b[TMP_STRING_BUF_SIZE];
} TmpBuf;
typedef struct TmpRuneBuf { /* the buffer of []rune(s) */
	int32_t r[TMP_STRING_BUF_SIZE];
} TmpRuneBuf;

/* staticuint64s[i] == i.  One-byte strings point into it (the low byte on
 * little-endian), and interface conversions of small values box to it. */
extern const uint64_t staticuint64s[256];

/* a[0] + a[1] + ... + a[n-1] */
GoString concatstrings(TmpBuf *buf, const GoString *a, intptr_t n);
GoString concatstring2(TmpBuf *buf, GoString a0, GoString a1);
GoString concatstring3(TmpBuf *buf, GoString a0, GoString a1, GoString a2);
GoString concatstring4(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3);
GoString concatstring5(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3,
                       GoString a4);
/* []byte(a[0] + ... + a[n-1]) */
GoSlice concatbytes(TmpBuf *buf, const GoString *a, intptr_t n);
GoSlice concatbyte2(TmpBuf *buf, GoString a0, GoString a1);
GoSlice concatbyte3(TmpBuf *buf, GoString a0, GoString a1, GoString a2);
GoSlice concatbyte4(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3);
GoSlice concatbyte5(TmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3,
                    GoString a4);

/* string(b) for b = ptr[:n] */
GoString slicebytetostring(TmpBuf *buf, const uint8_t *ptr, intptr_t n);
/* []byte(s) */
GoSlice stringtoslicebyte(TmpBuf *buf, GoString s);
/* []rune(s) */
GoSlice stringtoslicerune(TmpRuneBuf *buf, GoString s);
/* string(runes) for runes = ptr[:n] */
GoString slicerunetostring(TmpBuf *buf, const int32_t *ptr, intptr_t n);
/* string(rune(v)); buf is a 4-byte stack buffer or NULL */
GoString intstring(uint8_t *buf, int64_t v);
/* Storage helpers shared with other modules: a fresh string of len bytes
 * (one mallocgc, not zeroed; *data is where to write it) and a []byte of
 * len bytes whose cap is its size class (one mallocgc, tail zeroed). */
GoString rawstring(intptr_t len, uint8_t **data);
GoSlice rawbyteslice(intptr_t len);

/* -1, 0 or +1 as a < b, a == b, a > b (bytewise) */
intptr_t cmpstring(GoString a, GoString b);
bool eqstring(GoString a, GoString b);

/* Equality helpers with the signatures of Go's type algorithms. */
bool memequal(const void *a, const void *b, uintptr_t size);
bool memequal0(const void *a, const void *b);
bool memequal8(const void *a, const void *b);
bool memequal16(const void *a, const void *b);
bool memequal32(const void *a, const void *b);
bool memequal64(const void *a, const void *b);
bool memequal128(const void *a, const void *b);
bool strequal(const void *a, const void *b); /* a, b point to GoStrings */

/* Does p point into the running goroutine's stack?  The scheduler defines
 * it; string.c refers to it weakly and, while it is absent, checks the main
 * thread's C stack instead. */
bool rt_stack_contains(const void *p);

/* ---- UTF-8 (utf8.c) -------------------------------------------------------- */

#define RUNE_ERROR 0xFFFD
#define RUNE_MAX 0x10FFFF
#define UTF_MAX 4

/* One step of `for i, r := range s`: the rune starting at byte k and the
 * index of the next one.  Invalid or truncated encodings, surrogates and
 * overlong forms give RUNE_ERROR and advance by one byte; k >= len gives
 * RUNE_ERROR and k+1.  The rune is an int32 value widened to 64 bits. */
typedef struct DecodedRune {
	int64_t rune;
	intptr_t next;
} DecodedRune;
DecodedRune decoderune(GoString s, intptr_t k);
/* len([]rune(s)) */
intptr_t countrunes(GoString s);
/* Write the UTF-8 form of r (RUNE_ERROR if r is not a valid scalar value)
 * into p, which has room for UTF_MAX bytes; return the byte count. */
intptr_t encoderune(uint8_t *p, int32_t r);
/* How many bytes encoderune writes for r. */
intptr_t runelen(int32_t r);

/* ---- Slices (slice.c) ------------------------------------------------------ */

/* make([]T, len, cap): the backing store (one mallocgc of cap*size, zeroed);
 * panics "makeslice: len out of range" / "makeslice: cap out of range". */
void *makeslice(const Type *et, intptr_t len, intptr_t cap);
void *makeslice64(const Type *et, int64_t len, int64_t cap);
/* make([]T, tolen) followed by copy from from[:fromlen] */
void *makeslicecopy(const Type *et, intptr_t tolen, intptr_t fromlen, const void *from);

/* append's slow path: a new backing store for at least newLen elements
 * (oldLen = newLen - num existing ones are copied); Go 1.26's capacity
 * growth.  Requires (uintptr_t)newLen > (uintptr_t)oldCap. */
GoSlice growslice(void *oldPtr, intptr_t newLen, intptr_t oldCap, intptr_t num, const Type *et);
/* growslice for a slice that may live in the stack buffer bufPtr[:bufLen]
 * (Go 1.26's append with a stack backing store, buffer strategy). */
GoSlice growsliceBuf(void *oldPtr, intptr_t newLen, intptr_t oldCap, intptr_t num,
                     const Type *et, void *bufPtr, intptr_t bufLen);
void rt_growslice_buf(GoSlice *s, intptr_t num, const Type *et, void *buf, intptr_t k);
/* move2heap: copy a stack-backed slice to the heap.  The Cap variants keep
 * cap and copy all cap elements; the NoCap variants copy len elements and
 * pick the capacity of the size class.  NoScan variants take the element
 * size instead of a type and allocate pointer-free memory. */
GoSlice moveSlice(const Type *et, void *old, intptr_t len, intptr_t cap);
GoSlice moveSliceNoScan(uintptr_t elemSize, void *old, intptr_t len, intptr_t cap);
GoSlice moveSliceNoCap(const Type *et, void *old, intptr_t len);
GoSlice moveSliceNoCapNoScan(uintptr_t elemSize, void *old, intptr_t len);
/* copy(to, from) for pointer-free elements or a string source; returns n. */
intptr_t slicecopy(void *toPtr, intptr_t toLen, const void *fromPtr, intptr_t fromLen,
                   uintptr_t width);
/* Go's capacity rule alone (exposed for tests). */
intptr_t nextslicecap(intptr_t newLen, intptr_t oldCap);

/* ([N]T)(s) / (*[N]T)(s) with len(s) < N:
 * "cannot convert slice with length L to array or pointer to array with length N" */
_Noreturn void panicSliceConvert(intptr_t sliceLen, intptr_t arrayLen);

#endif
