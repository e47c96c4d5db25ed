/*
 * string_test.c — unit tests of runtime/string.c and runtime/utf8.c.
 *
 * Go's allocation behaviour is part of what is tested, so this file
 * provides its own mallocgc (and zerobase, rt_throw, the panics): a
 * recording fake that logs each call's size, type and needzero and hands
 * out memory filled with 0xAA when needzero is false, so a missing clear
 * shows.  Defining these here keeps the library's allocator and panic
 * objects out of this binary; roundupsize is the library's (Go's size
 * classes).  Checks:
 *   - staticuint64s is the identity table;
 *   - concatenation: "" and single-operand results share instead of copying
 *     (except single operands on the stack when the result escapes), the
 *     32-byte buffer is used iff the result fits, else exactly one noscan
 *     mallocgc of the exact length; concatbytes' caps;
 *   - string(b), []byte(s), []rune(s), string(runes), string(r): results,
 *     caps, cleared tails, and the mallocgc log (sizes, noscan, count);
 *   - decoderune, countrunes, intstring and slicerunetostring against
 *     testdata/runtime/utf8.golden (real Go), encoderune round trips;
 *   - cmpstring, eqstring and the memequal family.
 * Exit status 0 means all passed.
 */
#include <libgen.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "values.h"

static int failures;

#define CHECK(cond, ...)                                                  \
	do {                                                              \
		if (!(cond)) {                                            \
			failures++;                                       \
			printf("FAIL %s:%d: ", __FILE__, __LINE__);       \
			printf(__VA_ARGS__);                              \
			printf("\n");                                     \
		}                                                         \
	} while (0)

/* ---- The recording allocator ------------------------------------------------ */

typedef struct MallocCall {
	uintptr_t size;
	const Type *type;
	bool needzero;
} MallocCall;

static MallocCall malloc_log[64];
static int malloc_calls;

uint8_t zerobase[8];

void *mallocgc(uintptr_t size, const Type *typ, bool needzero)
{
	if (malloc_calls < 64)
		malloc_log[malloc_calls] = (MallocCall){size, typ, needzero};
	malloc_calls++;
	if (size == 0)
		return zerobase;
	uint8_t *p = malloc(size);
	memset(p, needzero ? 0 : 0xAA, size);
	return p;
}

static void reset_mallocs(void)
{
	malloc_calls = 0;
}

/* Exactly one call so far, of this size, pointer-free. */
static bool one_noscan_malloc(uintptr_t size)
{
	return malloc_calls == 1 && malloc_log[0].size == size && malloc_log[0].type == NULL;
}

static jmp_buf *panic_target;
static const char *panic_message;

static _Noreturn void fake_panic(const char *msg)
{
	panic_message = msg;
	if (panic_target == NULL) {
		printf("unexpected panic: %s\n", msg);
		exit(2);
	}
	longjmp(*panic_target, 1);
}

_Noreturn void rt_throw(const char *msg)
{
	fake_panic(msg);
}
_Noreturn void rt_panic_runtime_error(const char *msg)
{
	fake_panic(msg);
}
_Noreturn void rt_panic_plain_error(const char *msg)
{
	fake_panic(msg);
}

/* ---- Helpers ---------------------------------------------------------------- */

static GoString gostr(const char *s)
{
	return (GoString){(const uint8_t *)s, (intptr_t)strlen(s)};
}

static bool str_is(GoString s, const char *want)
{
	return s.len == (intptr_t)strlen(want) && memcmp(s.ptr, want, (size_t)s.len) == 0;
}

static bool all_bytes(const void *p, uint8_t v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (((const uint8_t *)p)[i] != v)
			return false;
	return true;
}

/* ---- staticuint64s and concatenation ---------------------------------------- */

static void test_staticuint64s(void)
{
	for (int i = 0; i < 256; i++)
		CHECK(staticuint64s[i] == (uint64_t)i, "staticuint64s[%d] = %llu", i,
		      (unsigned long long)staticuint64s[i]);
}

static void test_concat_sharing(void)
{
	TmpBuf buf;
	GoString empty = {NULL, 0}, hello = gostr("hello");

	reset_mallocs();
	GoString r = concatstring3(NULL, empty, empty, empty);
	CHECK(r.len == 0 && malloc_calls == 0, "all-empty concat: len %ld, %d mallocs", (long)r.len,
	      malloc_calls);

	r = concatstring3(NULL, empty, hello, empty);
	CHECK(r.ptr == hello.ptr && r.len == 5 && malloc_calls == 0,
	      "single static operand should be returned as is");

	char on_stack[] = "local";
	GoString local = {(const uint8_t *)on_stack, 5};
	r = concatstring2(&buf, local, empty);
	CHECK(r.ptr == local.ptr && malloc_calls == 0, "single stack operand, result on stack: shared");

	r = concatstring2(NULL, empty, local);
	CHECK(r.ptr != local.ptr && str_is(r, "local") && one_noscan_malloc(5),
	      "single stack operand, escaping result: copied with one malloc(5) (%d calls)",
	      malloc_calls);
}

static void test_concat_storage(void)
{
	TmpBuf buf;
	const char *s16 = "0123456789abcdef";
	GoString a = gostr(s16), b = gostr(s16), c = gostr("!");

	reset_mallocs();
	GoString r = concatstring2(&buf, a, b); /* 32 bytes: fits */
	CHECK(r.ptr == buf.b && r.len == 32 && malloc_calls == 0, "32-byte concat should use buf");
	CHECK(memcmp(r.ptr, "0123456789abcdef0123456789abcdef", 32) == 0, "32-byte concat text");

	r = concatstring3(&buf, a, b, c); /* 33 bytes: heap, exact size */
	CHECK(r.ptr != buf.b && r.len == 33 && one_noscan_malloc(33) && !malloc_log[0].needzero,
	      "33-byte concat: one mallocgc(33, nil, false)");

	reset_mallocs();
	r = concatstring2(NULL, gostr("abc"), gostr("defghij"));
	CHECK(str_is(r, "abcdefghij") && one_noscan_malloc(10), "escaping concat of 10 bytes");

	GoString parts[7] = {gostr("a"), gostr("b"), gostr(""), gostr("c"), gostr("d"), gostr("e"),
	                     gostr("f")};
	r = concatstrings(&buf, parts, 7);
	CHECK(str_is(r, "abcdef") && r.ptr == buf.b, "concatstrings of 7");
	r = concatstring4(&buf, gostr("w"), gostr("x"), gostr("y"), gostr("z"));
	CHECK(str_is(r, "wxyz"), "concatstring4");
	r = concatstring5(&buf, gostr("v"), gostr("w"), gostr("x"), gostr("y"), gostr("z"));
	CHECK(str_is(r, "vwxyz"), "concatstring5");
}

static void test_concatbytes(void)
{
	TmpBuf buf;
	memset(&buf, 0xFF, sizeof buf);
	reset_mallocs();
	GoSlice s = concatbyte2(&buf, gostr(""), gostr(""));
	CHECK(s.ptr == zerobase && s.len == 0 && s.cap == 0 && malloc_calls == 0,
	      "empty concatbytes is []byte{} (zerobase)");

	s = concatbyte3(&buf, gostr("ab"), gostr("c"), gostr("de"));
	CHECK(s.ptr == buf.b && s.len == 5 && s.cap == 32 && memcmp(s.ptr, "abcde", 5) == 0,
	      "concatbytes into buf: cap 32");
	CHECK(all_bytes(buf.b + 5, 0, 27), "concatbytes buffer tail must be zeroed");

	s = concatbyte2(NULL, gostr("hello"), gostr(" world")); /* 11 -> 16 */
	CHECK(s.len == 11 && s.cap == 16 && one_noscan_malloc(16), "escaping concatbytes: cap 16");
	CHECK(all_bytes((uint8_t *)s.ptr + 11, 0, 5), "concatbytes heap tail must be zeroed");
	s = concatbyte4(NULL, gostr("a"), gostr("b"), gostr("c"), gostr("d"));
	GoSlice s5 = concatbyte5(NULL, gostr("a"), gostr("b"), gostr("c"), gostr("d"), gostr("e"));
	CHECK(s.len == 4 && s5.len == 5 && memcmp(s5.ptr, "abcde", 5) == 0, "concatbyte4/5");
}

static void test_concat_overflow(void)
{
	jmp_buf target;
	GoString huge = {(const uint8_t *)"x", INTPTR_MAX};
	GoString parts[2] = {huge, gostr("yy")};
	panic_target = &target;
	panic_message = NULL;
	if (setjmp(target) == 0)
		concatstrings(NULL, parts, 2);
	panic_target = NULL;
	CHECK(panic_message && strcmp(panic_message, "string concatenation too long") == 0,
	      "overflowing concat must throw");
}

/* ---- Conversions ------------------------------------------------------------ */

static void test_slicebytetostring(void)
{
	TmpBuf buf;
	uint8_t bytes[40];
	for (int i = 0; i < 40; i++)
		bytes[i] = (uint8_t)('A' + i % 26);

	reset_mallocs();
	GoString s = slicebytetostring(NULL, bytes, 0);
	CHECK(s.len == 0 && malloc_calls == 0, "string(empty) allocates nothing");
	uint8_t high = 0xE9;
	s = slicebytetostring(NULL, &high, 1);
	CHECK(s.ptr == (const uint8_t *)&staticuint64s[0xE9] && s.len == 1 && *s.ptr == 0xE9 &&
	          malloc_calls == 0,
	      "one-byte string points into staticuint64s");
	s = slicebytetostring(&buf, bytes, 32);
	CHECK(s.ptr == buf.b && s.len == 32 && malloc_calls == 0 && memcmp(s.ptr, bytes, 32) == 0,
	      "32 bytes with buf: in buf");
	s = slicebytetostring(&buf, bytes, 33);
	CHECK(s.ptr != buf.b && one_noscan_malloc(33) && memcmp(s.ptr, bytes, 33) == 0,
	      "33 bytes with buf: one mallocgc(33)");
	reset_mallocs();
	s = slicebytetostring(NULL, bytes, 2);
	CHECK(one_noscan_malloc(2) && memcmp(s.ptr, "AB", 2) == 0, "escaping 2 bytes: mallocgc(2)");
}

static void test_stringtoslicebyte(void)
{
	TmpBuf buf;
	memset(&buf, 0xFF, sizeof buf);
	reset_mallocs();
	GoSlice b = stringtoslicebyte(&buf, gostr("hello"));
	CHECK(b.ptr == buf.b && b.len == 5 && b.cap == 32 && malloc_calls == 0,
	      "[]byte(s) with buf: cap 32, no malloc");
	CHECK(memcmp(buf.b, "hello", 5) == 0 && all_bytes(buf.b + 5, 0, 27), "buf zeroed past len");

	b = stringtoslicebyte(NULL, gostr("hello"));
	CHECK(b.len == 5 && b.cap == 8 && one_noscan_malloc(8) && !malloc_log[0].needzero,
	      "escaping []byte(\"hello\"): cap 8 from mallocgc(8, nil, false)");
	CHECK(all_bytes((uint8_t *)b.ptr + 5, 0, 3), "rawbyteslice tail zeroed");

	char s33[34];
	memset(s33, 'q', 33);
	s33[33] = '\0';
	reset_mallocs();
	b = stringtoslicebyte(&buf, gostr(s33));
	CHECK(b.len == 33 && b.cap == 48 && one_noscan_malloc(48), "33 bytes: heap, cap 48");

	reset_mallocs();
	b = stringtoslicebyte(NULL, gostr(""));
	CHECK(b.len == 0 && b.cap == 0 && b.ptr == zerobase, "[]byte(\"\") escaping: zerobase, cap 0");
}

static void test_stringtoslicerune(void)
{
	TmpRuneBuf rbuf;
	memset(&rbuf, 0xFF, sizeof rbuf);
	GoString s = gostr("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"); /* 9 runes */
	int32_t want[9] = {'h', 0xE9, 'l', 'l', 'o', ',', ' ', 0x4E16, 0x754C};

	reset_mallocs();
	GoSlice r = stringtoslicerune(&rbuf, s);
	CHECK(r.ptr == rbuf.r && r.len == 9 && r.cap == 32 && malloc_calls == 0,
	      "[]rune(s) with buf: cap 32");
	CHECK(memcmp(r.ptr, want, sizeof want) == 0 && all_bytes(rbuf.r + 9, 0, 23 * 4),
	      "[]rune contents and zeroed buffer");

	r = stringtoslicerune(NULL, s); /* 36 bytes -> 48: cap 12 */
	CHECK(r.len == 9 && r.cap == 12 && one_noscan_malloc(48), "escaping []rune: cap 12");
	CHECK(memcmp(r.ptr, want, sizeof want) == 0 && all_bytes((int32_t *)r.ptr + 9, 0, 12),
	      "rawruneslice contents and zeroed tail");
}

static void test_slicerunetostring_storage(void)
{
	TmpBuf buf;
	int32_t runes[3] = {'a', 0x4E16, 'b'};
	reset_mallocs();
	GoString s = slicerunetostring(NULL, runes, 3);
	CHECK(str_is(s, "a\xe4\xb8\x96" "b") && one_noscan_malloc(5 + 3),
	      "string(runes) allocates encoded length + 3");
	reset_mallocs();
	s = slicerunetostring(NULL, runes, 0);
	CHECK(s.len == 0 && s.ptr != NULL && one_noscan_malloc(3), "string([]rune{}) still allocates 3");
	reset_mallocs();
	s = slicerunetostring(&buf, runes, 3);
	CHECK(s.ptr == buf.b && malloc_calls == 0, "string(runes) fits buf when size + 3 <= 32");
	int32_t many[10];
	for (int i = 0; i < 10; i++)
		many[i] = 0x4E16; /* 30 bytes + 3 > 32 */
	s = slicerunetostring(&buf, many, 10);
	CHECK(s.ptr != buf.b && s.len == 30 && one_noscan_malloc(33), "30 encoded bytes: heap");
}

static void test_intstring_storage(void)
{
	uint8_t four[4];
	reset_mallocs();
	GoString s = intstring(four, 'A');
	CHECK(s.ptr == four && str_is(s, "A") && malloc_calls == 0, "string(r) into the 4-byte buffer");
	s = intstring(NULL, 'A');
	CHECK(str_is(s, "A") && one_noscan_malloc(4), "escaping string(r): mallocgc(4)");
}

/* ---- UTF-8 against real Go --------------------------------------------------- */

static FILE *open_golden(const char *name)
{
	char path[4096];
	const char *root = getenv("TGO_ROOT");
	if (root != NULL) {
		snprintf(path, sizeof path, "%s/testdata/runtime/%s", root, name);
		return fopen(path, "r");
	}
	snprintf(path, sizeof path, "testdata/runtime/%s", name);
	FILE *f = fopen(path, "r");
	if (f != NULL)
		return f;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	snprintf(path, sizeof path, "%s/../../testdata/runtime/%s", dirname(exe), name);
	return fopen(path, "r");
}

/* Decode the golden's hex ("-" for empty) into out; returns the length. */
static intptr_t unhex(const char *hex, uint8_t *out)
{
	if (strcmp(hex, "-") == 0)
		return 0;
	intptr_t n = 0;
	for (; hex[0] && hex[1]; hex += 2) {
		unsigned v;
		sscanf(hex, "%2x", &v);
		out[n++] = (uint8_t)v;
	}
	return n;
}

/* "range <hex> i:r ...": replay `for i, r := range s` as compiled code does
 * (ASCII inline, decoderune otherwise). */
static void check_range_line(char *rest)
{
	char *save;
	char *hex = strtok_r(rest, " \n", &save);
	uint8_t bytes[64];
	GoString s = {bytes, unhex(hex, bytes)};
	intptr_t k = 0;
	for (char *item = strtok_r(NULL, " \n", &save); item; item = strtok_r(NULL, " \n", &save)) {
		long wi;
		unsigned long wr;
		sscanf(item, "%ld:%lx", &wi, &wr);
		DecodedRune d = k < s.len && s.ptr[k] < 0x80 ? (DecodedRune){s.ptr[k], k + 1}
		                                              : decoderune(s, k);
		CHECK(k == wi && d.rune == (int64_t)wr, "range %s: got %ld:%lx, want %ld:%lx", hex,
		      (long)k, (unsigned long)d.rune, wi, wr);
		k = d.next;
	}
	CHECK(k == s.len, "range %s: stopped at %ld of %ld", hex, (long)k, (long)s.len);
}

static void check_utf8_line(char *line)
{
	char kind[16], a[160], b[160];
	uint8_t bytes[64], want[64];
	if (strncmp(line, "range ", 6) == 0) {
		check_range_line(line + 6);
	} else if (strncmp(line, "runes ", 6) == 0 && sscanf(line + 6, "%159s %159s", a, b) == 2) {
		GoString s = {bytes, unhex(a, bytes)};
		CHECK(countrunes(s) == atol(b), "countrunes(%s) = %ld, want %s", a, (long)countrunes(s), b);
	} else if (strncmp(line, "intstring ", 10) == 0 && sscanf(line + 10, "%159s %159s", a, b) == 2) {
		intptr_t n = unhex(b, want);
		GoString s = intstring(NULL, strtoll(a, NULL, 10));
		CHECK(s.len == n && memcmp(s.ptr, want, (size_t)n) == 0, "intstring(%s)", a);
	} else if (strncmp(line, "runestring ", 11) == 0 &&
	           sscanf(line + 11, "%159s %159s", a, b) == 2) {
		int32_t runes[16];
		intptr_t nr = 0;
		if (strcmp(a, "-") != 0)
			for (char *save, *t = strtok_r(a, ",", &save); t; t = strtok_r(NULL, ",", &save))
				runes[nr++] = (int32_t)strtoul(t, NULL, 16);
		intptr_t n = unhex(b, want);
		GoString s = slicerunetostring(NULL, runes, nr);
		CHECK(s.len == n && memcmp(s.ptr, want, (size_t)n) == 0, "string(runes) line %s", b);
	} else {
		sscanf(line, "%15s", kind);
		CHECK(0, "unknown utf8.golden line kind %s", kind);
	}
}

static void test_utf8_golden(void)
{
	FILE *f = open_golden("utf8.golden");
	CHECK(f != NULL, "cannot open testdata/runtime/utf8.golden (set TGO_ROOT)");
	if (f == NULL)
		return;
	char line[1024];
	int lines = 0;
	while (fgets(line, sizeof line, f) != NULL) {
		check_utf8_line(line);
		lines++;
	}
	fclose(f);
	CHECK(lines > 600, "utf8.golden has only %d lines", lines);
}

static void test_encoderune_roundtrip(void)
{
	int bad = 0;
	for (int32_t r = 0; r <= RUNE_MAX; r++) {
		uint8_t p[UTF_MAX];
		intptr_t n = encoderune(p, r);
		DecodedRune d = decoderune((GoString){p, n}, 0);
		bool surrogate = r >= 0xD800 && r <= 0xDFFF;
		int64_t want = surrogate ? RUNE_ERROR : r;
		if (d.rune != want || d.next != n || n != runelen(r))
			bad++;
	}
	CHECK(bad == 0, "%d runes do not survive encoderune/decoderune", bad);
	DecodedRune past = decoderune(gostr("ab"), 2);
	CHECK(past.rune == RUNE_ERROR && past.next == 3, "decoderune past the end");
}

/* ---- Comparison --------------------------------------------------------------- */

static void test_compare(void)
{
	struct {
		const char *a, *b;
		int want;
	} cases[] = {
	    {"", "", 0},       {"", "a", -1},    {"a", "", 1},        {"abc", "abc", 0},
	    {"abc", "abd", -1}, {"abd", "abc", 1}, {"ab", "abc", -1},  {"abc", "ab", 1},
	    {"\xff", "a", 1},  {"a\x80", "a\x7f", 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		GoString a = gostr(cases[i].a), b = gostr(cases[i].b);
		CHECK(cmpstring(a, b) == cases[i].want, "cmpstring(%s, %s)", cases[i].a, cases[i].b);
		CHECK(eqstring(a, b) == (cases[i].want == 0), "eqstring(%s, %s)", cases[i].a, cases[i].b);
		CHECK(strequal(&a, &b) == (cases[i].want == 0), "strequal(%s, %s)", cases[i].a,
		      cases[i].b);
	}
	CHECK(eqstring((GoString){NULL, 0}, gostr("")), "nil and empty strings are equal");

	uint8_t x[16], y[16];
	memset(x, 7, 16);
	memset(y, 7, 16);
	CHECK(memequal(x, y, 16) && memequal0(x, y) && memequal8(x, y) && memequal16(x, y) &&
	          memequal32(x, y) && memequal64(x, y) && memequal128(x, y),
	      "memequal family: equal");
	y[15] = 8;
	CHECK(!memequal(x, y, 16) && memequal(x, y, 15) && memequal64(x, y) && !memequal128(x, y),
	      "memequal family: last byte differs");
}

int main(void)
{
	test_staticuint64s();
	test_concat_sharing();
	test_concat_storage();
	test_concatbytes();
	test_concat_overflow();
	test_slicebytetostring();
	test_stringtoslicebyte();
	test_stringtoslicerune();
	test_slicerunetostring_storage();
	test_intstring_storage();
	test_utf8_golden();
	test_encoderune_roundtrip();
	test_compare();
	if (failures != 0) {
		printf("string_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("string_test: ok\n");
	return 0;
}
