/*
 * slice_test.c — unit tests of runtime/slice.c.
 *
 * Like string_test.c, this file provides a recording mallocgc (plus
 * zerobase and the panic entry points, which longjmp back into the test),
 * so every allocation can be counted and inspected; roundupsize is the
 * library's.  Memory from the fake has garbage (0xAA) unless needzero.
 * Element types are fake descriptors: pointer-free ones, and pointerful
 * ones whose first word is a pointer.  Checks, against
 * testdata/runtime/slicecaps.golden (real Go, scripts/golden-runtime-values.sh):
 *   - "caps": appending one element at a time up to 100000 elements gives
 *     Go's caps for element sizes 1..104, pointer-free and pointerful; every
 *     growslice is exactly one mallocgc of cap*size (noscan: no type, no
 *     zeroing requested, tail cleared by growslice; pointerful: the type and
 *     needzero), and the old elements are copied;
 *   - "multi": appending num elements to a full slice of len L;
 *   - "stack": Go 1.26's stack-buffered appends replayed as the compiler
 *     emits them (first-append buffer + moveSliceNoCap*, or growsliceBuf +
 *     moveSlice*), giving Go's caps and allocs/op;
 * and without goldens: makeslice/makeslicecopy results and panics,
 * growslice panics and zero-size elements, move2heap edge cases (nil and
 * empty slices), slicecopy, and the slice-to-array panic text.
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

/* ---- The recording allocator and panics ------------------------------------- */

static int malloc_calls;
static uintptr_t last_size;
static const Type *last_type;
static bool last_needzero;

uint8_t zerobase[8];

void *mallocgc(uintptr_t size, const Type *typ, bool needzero)
{
	malloc_calls++;
	last_size = size;
	last_type = typ;
	last_needzero = needzero;
	if (size == 0)
		return zerobase;
	uint8_t *p = malloc(size);
	memset(p, needzero ? 0 : 0xAA, size);
	return p;
}

/* Free what the fake handed out (never zerobase or a stack buffer). */
static void release(void *p, void *stack_buf)
{
	if (p != NULL && p != zerobase && p != stack_buf)
		free(p);
}

static jmp_buf *panic_target;
static char panic_text[256];

static _Noreturn void fake_panic(const char *msg)
{
	snprintf(panic_text, sizeof panic_text, "%s", msg);
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

/* Call fn; return the panic message, or NULL if it returned normally. */
static const char *panic_text_of(void (*fn)(void))
{
	jmp_buf target;
	panic_target = &target;
	if (setjmp(target) != 0) {
		panic_target = NULL;
		return panic_text;
	}
	fn();
	panic_target = NULL;
	return NULL;
}

static bool panicked_with(const char *got, const char *want)
{
	return got != NULL && strcmp(got, want) == 0;
}

/* ---- Fake element types ------------------------------------------------------ */

static const uint8_t first_word_is_pointer[1] = {1};

static Type element_type(uintptr_t size, bool pointers)
{
	Type t;
	memset(&t, 0, sizeof t);
	t.size = size;
	t.ptrdata = pointers ? 8 : 0;
	t.gcmask = pointers ? first_word_is_pointer : NULL;
	t.kind = pointers ? KIND_STRUCT : KIND_ARRAY;
	t.align = pointers ? 8 : 1;
	return t;
}

/* ---- Goldens ------------------------------------------------------------------ */

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

/* Parse up to max integers from s; returns how many. */
static int parse_ints(const char *s, long *out, int max)
{
	int n = 0;
	char *end;
	while (n < max) {
		long v = strtol(s, &end, 10);
		if (end == s)
			break;
		out[n++] = v;
		s = end;
	}
	return n;
}

/* Stamp element i with its index so copies can be verified. */
static void stamp(uint8_t *base, uintptr_t size, intptr_t i)
{
	uint8_t *e = base + (uintptr_t)i * size;
	if (size >= sizeof(int32_t))
		memcpy(e, &(int32_t){(int32_t)i}, sizeof(int32_t));
	else
		e[0] = (uint8_t)i;
}

static bool stamped(const uint8_t *base, uintptr_t size, intptr_t i)
{
	const uint8_t *e = base + (uintptr_t)i * size;
	if (size >= sizeof(int32_t)) {
		int32_t v;
		memcpy(&v, e, sizeof v);
		return v == (int32_t)i;
	}
	return e[0] == (uint8_t)i;
}

static bool zeroed(const uint8_t *p, uintptr_t n)
{
	for (uintptr_t i = 0; i < n; i++)
		if (p[i] != 0)
			return false;
	return true;
}

/* One growslice call of the append loop, with its allocation checked. */
static GoSlice grow_checked(GoSlice s, const Type *et, int *bad)
{
	int before = malloc_calls;
	GoSlice g = growslice(s.ptr, s.len + 1, s.cap, 1, et);
	uintptr_t capmem = (uintptr_t)g.cap * et->size;
	bool alloc_ok = malloc_calls == before + 1 && last_size == capmem;
	alloc_ok = alloc_ok && (et->ptrdata ? last_type == et && last_needzero
	                                    : last_type == NULL && !last_needzero);
	bool tail_ok = zeroed((uint8_t *)g.ptr + (uintptr_t)g.len * et->size,
	                      capmem - (uintptr_t)g.len * et->size);
	bool copy_ok = true;
	for (intptr_t i = 0; i < s.len && copy_ok; i += 1 + s.len / 64)
		copy_ok = stamped(g.ptr, et->size, i);
	if (!(alloc_ok && tail_ok && copy_ok) && (*bad)++ < 5)
		printf("growslice(size %lu, len %ld, cap %ld): alloc %d tail %d copy %d\n",
		       (unsigned long)et->size, (long)s.len, (long)s.cap, alloc_ok, tail_ok, copy_ok);
	release(s.ptr, NULL);
	return g;
}

/* "caps <size> <ptr> <cap>...": append one element at a time. */
static void check_growth_line(const char *rest)
{
	long v[64];
	int n = parse_ints(rest, v, 64);
	Type et = element_type((uintptr_t)v[0], v[1] != 0);
	GoSlice s = {NULL, 0, 0};
	int next = 2, bad = 0;
	for (intptr_t i = 0; i < 100000; i++) {
		if (s.len + 1 > s.cap) {
			s = grow_checked(s, &et, &bad);
			CHECK(next < n && s.cap == v[next], "size %ld ptr %ld: growth %d gave cap %ld, want %ld",
			      v[0], v[1], next - 1, (long)s.cap, next < n ? v[next] : -1L);
			next++;
		} else {
			s.len++;
		}
		stamp(s.ptr, et.size, i);
	}
	CHECK(next == n, "size %ld ptr %ld: %d growths, Go had %d", v[0], v[1], next - 2, n - 2);
	CHECK(bad == 0, "size %ld ptr %ld: %d bad growslice calls", v[0], v[1], bad);
	release(s.ptr, NULL);
}

/* "multi <size> <ptr> <len> <num> <cap>" */
static void check_multi_line(const char *rest)
{
	long v[5];
	if (parse_ints(rest, v, 5) != 5) {
		CHECK(0, "bad multi line");
		return;
	}
	Type et = element_type((uintptr_t)v[0], v[1] != 0);
	intptr_t len = v[2], num = v[3];
	void *old = len > 0 ? makeslice(&et, len, len) : NULL;
	int before = malloc_calls;
	GoSlice g = growslice(old, len + num, len, num, &et);
	CHECK(g.cap == v[4] && g.len == len + num && malloc_calls == before + 1,
	      "append %ld elements of size %ld (ptr %ld) to len %ld: cap %ld, want %ld", (long)num,
	      v[0], v[1], (long)len, (long)g.cap, v[4]);
	release(old, NULL);
	release(g.ptr, NULL);
}

/* ---- Go 1.26 stack-buffered appends ------------------------------------------ */

typedef struct StackRun {
	intptr_t cap;       /* cap of the returned slice */
	int allocs;         /* mallocgc calls */
	long seen[64];      /* distinct caps observed after each append */
	int nseen;
} StackRun;

static void note_cap(StackRun *r, intptr_t cap)
{
	if (r->nseen < 64 && (r->nseen == 0 || r->seen[r->nseen - 1] != cap))
		r->seen[r->nseen++] = cap;
}

/* n appends to a local nil slice, then return it, as gc compiles it:
 * observe_cap selects the buffer strategy (growsliceBuf at every growth,
 * moveSlice at the end), otherwise the standard strategy (the buffer
 * serves the first append only, moveSliceNoCap at the end). */
static StackRun run_stack_appends(const Type *et, intptr_t n, bool observe_cap)
{
	_Alignas(8) uint8_t buf[32];
	intptr_t k = (intptr_t)(32 / et->size);
	bool used = false;
	bool noscan = et->ptrdata == 0;
	StackRun r = {0, 0, {0}, 0};
	int before = malloc_calls;
	GoSlice s = {NULL, 0, 0};
	for (intptr_t i = 0; i < n; i++) {
		intptr_t newLen = s.len + 1;
		if (newLen > s.cap) {
			GoSlice old = s;
			if (observe_cap) {
				s = growsliceBuf(s.ptr, newLen, s.cap, 1, et, buf, k);
			} else if (newLen <= k && !used && s.len == 0) {
				memset(buf, 0, sizeof buf);
				s = (GoSlice){buf, newLen, k};
				used = true;
			} else {
				s = growslice(s.ptr, newLen, s.cap, 1, et);
			}
			if (old.ptr != s.ptr)
				release(old.ptr, buf);
		} else {
			s.len = newLen;
		}
		stamp(s.ptr, et->size, i);
		if (observe_cap)
			note_cap(&r, s.cap);
	}
	if (s.ptr == buf) { /* move2heap: the slice is in this frame */
		if (observe_cap)
			s = noscan ? moveSliceNoScan(et->size, s.ptr, s.len, s.cap)
			           : moveSlice(et, s.ptr, s.len, s.cap);
		else
			s = noscan ? moveSliceNoCapNoScan(et->size, s.ptr, s.len)
			           : moveSliceNoCap(et, s.ptr, s.len);
	}
	bool intact = true;
	for (intptr_t i = 0; i < s.len; i++)
		intact = intact && stamped(s.ptr, et->size, i);
	CHECK(intact, "stack appends (size %lu, n %ld): elements lost", (unsigned long)et->size,
	      (long)n);
	r.cap = s.cap;
	r.allocs = malloc_calls - before;
	release(s.ptr, buf);
	return r;
}

/* "stack <elem> <nocap|cap> <n> <cap> <allocs> [<caps seen>...]" */
static void check_stack_line(const char *rest)
{
	char elem[8], mode[8];
	int used = 0;
	if (sscanf(rest, "%7s %7s%n", elem, mode, &used) != 2) {
		CHECK(0, "bad stack line");
		return;
	}
	long v[70];
	int nv = parse_ints(rest + used, v, 70);
	Type et = strcmp(elem, "byte") == 0  ? element_type(1, false)
	          : strcmp(elem, "int") == 0 ? element_type(8, false)
	                                     : element_type(8, true);
	bool observe = strcmp(mode, "cap") == 0;
	StackRun r = run_stack_appends(&et, v[0], observe);
	CHECK(r.cap == v[1] && r.allocs == v[2], "stack %s %s n=%ld: cap %ld allocs %d, want %ld %ld",
	      elem, mode, v[0], (long)r.cap, r.allocs, v[1], v[2]);
	if (observe) {
		bool same = r.nseen == nv - 3;
		for (int i = 0; same && i < r.nseen; i++)
			same = r.seen[i] == v[3 + i];
		CHECK(same, "stack %s cap n=%ld: caps seen in the loop differ from Go's", elem, v[0]);
	}
}

static void test_slicecaps_golden(void)
{
	FILE *f = open_golden("slicecaps.golden");
	CHECK(f != NULL, "cannot open testdata/runtime/slicecaps.golden (set TGO_ROOT)");
	if (f == NULL)
		return;
	static char line[8192];
	int counts[3] = {0, 0, 0};
	while (fgets(line, sizeof line, f) != NULL) {
		if (strncmp(line, "caps ", 5) == 0) {
			check_growth_line(line + 5);
			counts[0]++;
		} else if (strncmp(line, "multi ", 6) == 0) {
			check_multi_line(line + 6);
			counts[1]++;
		} else if (strncmp(line, "stack ", 6) == 0) {
			check_stack_line(line + 6);
			counts[2]++;
		} else {
			CHECK(0, "unknown slicecaps.golden line: %.40s", line);
		}
	}
	fclose(f);
	CHECK(counts[0] >= 18 && counts[1] > 1000 && counts[2] > 400,
	      "slicecaps.golden incomplete: %d caps, %d multi, %d stack lines", counts[0], counts[1],
	      counts[2]);
	printf("slicecaps.golden: %d growth sequences, %d multi-appends, %d stack-append cases\n",
	       counts[0], counts[1], counts[2]);
}

/* ---- make ---------------------------------------------------------------------- */

static Type bytes_type, words_type, pointers_type, megabyte_type, empty_type;

static void init_types(void)
{
	bytes_type = element_type(1, false);
	words_type = element_type(8, false);
	pointers_type = element_type(8, true);
	megabyte_type = element_type(1 << 20, false);
	empty_type = element_type(0, false);
}

static void make_negative_len(void)
{
	makeslice(&bytes_type, -1, 5);
}
static void make_len_above_cap(void)
{
	makeslice(&bytes_type, 6, 5);
}
static void make_huge_len(void)
{
	makeslice(&megabyte_type, (intptr_t)1 << 40, (intptr_t)1 << 40);
}
static void make_huge_cap(void)
{
	makeslice(&megabyte_type, 1, (intptr_t)1 << 40);
}
static void make64_negative_cap(void)
{
	makeslice64(&bytes_type, 2, -1);
}

static void check_panic(void (*fn)(void), const char *want, const char *what)
{
	const char *got = panic_text_of(fn);
	CHECK(panicked_with(got, want), "%s: got %s, want panic \"%s\"", what, got ? got : "no panic",
	      want);
}

static void test_makeslice(void)
{
	Type *bytes = &bytes_type, *ptrs = &pointers_type;
	int before = malloc_calls;
	void *p = makeslice(ptrs, 3, 10);
	CHECK(malloc_calls == before + 1 && last_size == 80 && last_type == ptrs && last_needzero,
	      "makeslice([]*T, 3, 10): one zeroed mallocgc(80, T)");
	release(p, NULL);
	p = makeslice(bytes, 5, 5);
	CHECK(last_size == 5 && last_type == NULL && last_needzero, "makeslice([]byte, 5): noscan, zeroed");
	release(p, NULL);

	check_panic(make_negative_len, "makeslice: len out of range", "negative len");
	check_panic(make_len_above_cap, "makeslice: cap out of range", "len > cap");
	check_panic(make_huge_len, "makeslice: len out of range", "huge len");
	check_panic(make_huge_cap, "makeslice: cap out of range", "huge cap");
	check_panic(make64_negative_cap, "makeslice: cap out of range", "makeslice64 negative cap");

	uint8_t from[4] = {1, 2, 3, 4};
	before = malloc_calls;
	uint8_t *c = makeslicecopy(bytes, 10, 4, from);
	CHECK(malloc_calls == before + 1 && last_size == 10 && memcmp(c, from, 4) == 0 && zeroed(c + 4, 6),
	      "makeslicecopy: copy then zeroed tail");
	release(c, NULL);
	c = makeslicecopy(bytes, 2, 4, from);
	CHECK(last_size == 2 && c[0] == 1 && c[1] == 2, "makeslicecopy shorter than source");
	release(c, NULL);
}

/* ---- growslice edges ------------------------------------------------------------- */

static void grow_negative_len(void)
{
	growslice(NULL, -1, 0, 1, &words_type);
}
static void grow_huge_len(void)
{
	growslice(NULL, (intptr_t)1 << 60, 0, (intptr_t)1 << 60, &words_type);
}

static void test_growslice_edges(void)
{
	int before = malloc_calls;
	GoSlice s = growslice(NULL, 5, 0, 5, &empty_type);
	CHECK(s.ptr == zerobase && s.len == 5 && s.cap == 5 && malloc_calls == before,
	      "zero-size elements: zerobase, cap = len, no mallocgc");
	check_panic(grow_negative_len, "growslice: len out of range", "negative len");
	check_panic(grow_huge_len, "growslice: len out of range", "huge len");

	/* Go's rule worked by hand: 512 -> 832 -> 1232; overflow gives newLen. */
	struct {
		intptr_t newLen, oldCap, want;
	} caps[] = {{1, 0, 1}, {5, 4, 8}, {11, 3, 11}, {257, 256, 512}, {513, 512, 832},
	            {1000, 512, 1232}, {INTPTR_MAX, INTPTR_MAX / 2 + 1, INTPTR_MAX}};
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++)
		CHECK(nextslicecap(caps[i].newLen, caps[i].oldCap) == caps[i].want,
		      "nextslicecap(%ld, %ld) = %ld, want %ld", (long)caps[i].newLen, (long)caps[i].oldCap,
		      (long)nextslicecap(caps[i].newLen, caps[i].oldCap), (long)caps[i].want);
}

/* ---- move2heap edges, copy, conversion panic ------------------------------------- */

static void test_move_edges(void)
{
	Type *ptrs = &pointers_type;
	uint8_t stack_data[32] = {0};
	int before = malloc_calls;
	GoSlice a = moveSliceNoCapNoScan(1, NULL, 0);
	GoSlice b = moveSliceNoCapNoScan(1, stack_data, 0);
	GoSlice c = moveSlice(ptrs, stack_data, 0, 0);
	GoSlice d = moveSliceNoScan(4, NULL, 0, 0);
	CHECK(a.ptr == NULL && b.ptr == zerobase && c.ptr == zerobase && d.ptr == NULL &&
	          malloc_calls == before,
	      "empty moves: nil stays nil, non-nil becomes zerobase, no mallocgc");

	memcpy(stack_data, "abcde", 5);
	GoSlice e = moveSliceNoCapNoScan(1, stack_data, 5);
	CHECK(e.len == 5 && e.cap == 8 && last_size == 8 && memcmp(e.ptr, "abcde", 5) == 0 &&
	          zeroed((uint8_t *)e.ptr + 5, 3),
	      "moveSliceNoCapNoScan(5 bytes): cap 8, tail zeroed");
	release(e.ptr, NULL);
	GoSlice f = moveSliceNoCap(ptrs, stack_data, 3);
	CHECK(f.cap == 3 && last_size == 24 && last_type == ptrs && last_needzero,
	      "moveSliceNoCap(3 pointers): cap 3 (24-byte class), typed and zeroed");
	release(f.ptr, NULL);
	GoSlice g = moveSliceNoScan(1, stack_data, 5, 32);
	CHECK(g.len == 5 && g.cap == 32 && last_size == 32 && last_type == NULL,
	      "moveSliceNoScan keeps cap 32 and copies all of it");
	release(g.ptr, NULL);
}

static void test_slicecopy(void)
{
	int32_t to[5] = {0}, from[3] = {7, 8, 9};
	CHECK(slicecopy(to, 5, from, 3, 4) == 3 && to[2] == 9 && to[3] == 0, "copy 3 into 5");
	CHECK(slicecopy(to, 2, from, 3, 4) == 2 && to[1] == 8, "copy into shorter");
	CHECK(slicecopy(to, 0, from, 3, 4) == 0 && slicecopy(to, 5, NULL, 0, 4) == 0, "empty copies");
	CHECK(slicecopy(NULL, 4, NULL, 6, 0) == 4, "zero-width elements count but copy nothing");
	char overlap[] = "abcdef";
	slicecopy(overlap + 1, 5, overlap, 5, 1);
	CHECK(strcmp(overlap, "aabcde") == 0, "overlapping copy is a memmove: %s", overlap);
}

static void convert_2_to_4(void)
{
	panicSliceConvert(2, 4);
}

static void test_slice_convert_panic(void)
{
	check_panic(convert_2_to_4,
	            "cannot convert slice with length 2 to array or pointer to array with length 4",
	            "panicSliceConvert(2, 4)");
}

int main(void)
{
	init_types();
	test_slicecaps_golden();
	test_makeslice();
	test_growslice_edges();
	test_move_edges();
	test_slicecopy();
	test_slice_convert_panic();
	if (failures != 0) {
		printf("slice_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("slice_test: ok\n");
	return 0;
}
