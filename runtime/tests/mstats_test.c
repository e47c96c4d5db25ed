/*
 * mstats_test.c — MemStats counting against real Go.
 *
 * testdata/runtime/memstats.golden holds the MemStats deltas (Mallocs,
 * Frees, TotalAlloc, HeapAlloc, HeapObjects, NumGC and the per-size BySize
 * deltas) that Go 1.26 reports around fixed allocation sequences
 * (scripts/golden-runtime.sh).  This test replays the same sequences with
 * the calls Go's compiler makes for them (newobject, makeslice's mallocgc
 * with the element type) and compares the lines byte for byte.  It also
 * checks the MemStats layout and the identities between its fields.
 */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond, ...)                                                   \
	do {                                                                   \
		if (!(cond)) {                                                     \
			failures++;                                                    \
			fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);          \
			fprintf(stderr, __VA_ARGS__);                                  \
			fputc('\n', stderr);                                           \
		}                                                                  \
	} while (0)

static const uint8_t mask1[] = {1};
static const Type type_uint8 = {.size = 1, .kind = KIND_UINT8, .align = 1, .name = "uint8"};
static const Type type_int64 = {.size = 8, .kind = KIND_INT64, .align = 8, .name = "int64"};
static const Type type_ptr = {.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8, .gcmask = mask1, .name = "*int"};
static const Type type_string = {.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8, .gcmask = mask1, .name = "string"};
static const Type type_t48 = {.size = 48, .ptrdata = 8, .kind = KIND_STRUCT, .align = 8, .gcmask = mask1, .name = "main.T48"};
static const Type type_empty = {.size = 0, .kind = KIND_STRUCT, .align = 1, .name = "struct {}"};

static void *keep[100000];
static size_t nkeep;

static void hold(void *p) { keep[nkeep++] = p; }
static void bytes_of(uintptr_t n) { hold(mallocgc(n * type_uint8.size, &type_uint8, true)); }
static void ptrs_of(uintptr_t n) { hold(mallocgc(n * type_ptr.size, &type_ptr, true)); }

static char lines[32][1024];
static int nlines;

static void measure(const char *name, void (*f)(void))
{
	static MemStats a, b;
	runtime_readmemstats(&a);
	f();
	runtime_readmemstats(&b);
	char by[700] = "";
	size_t len = 0;
	for (int i = 0; i < 61; i++) {
		uint64_t dm = b.BySize[i].Mallocs - a.BySize[i].Mallocs;
		uint64_t df = b.BySize[i].Frees - a.BySize[i].Frees;
		if (dm || df)
			len += (size_t)snprintf(by + len, sizeof by - len, "%s%u:%lu/%lu", len ? "," : "", b.BySize[i].Size,
			                        (unsigned long)dm, (unsigned long)df);
	}
	snprintf(lines[nlines++], sizeof lines[0],
	         "%s mallocs=%lu frees=%lu totalalloc=%lu heapalloc=%ld heapobjects=%ld numgc=%u bysize=%s", name,
	         (unsigned long)(b.Mallocs - a.Mallocs), (unsigned long)(b.Frees - a.Frees),
	         (unsigned long)(b.TotalAlloc - a.TotalAlloc), (long)(b.HeapAlloc - a.HeapAlloc),
	         (long)(b.HeapObjects - a.HeapObjects), b.NumGC - a.NumGC, by);
}

static void seq_tiny8(void)
{
	for (int i = 0; i < 100; i++)
		hold(newobject(&type_int64));
}

static void seq_tiny5(void)
{
	for (int i = 0; i < 30; i++)
		bytes_of(5);
}

static void seq_tinymix(void)
{
	for (int r = 0; r < 10; r++)
		for (int n = 1; n < 16; n++)
			bytes_of((uintptr_t)n);
}

static void seq_small_noscan(void)
{
	static const uintptr_t sizes[] = {16, 17, 24, 33, 48, 100, 512, 1000, 1024, 1025, 4000, 5000, 9000, 20000, 32760};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		bytes_of(sizes[i]);
}

static void seq_large_noscan(void)
{
	static const uintptr_t sizes[] = {32761, 32768, 40000, 100000, 1 << 20};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		bytes_of(sizes[i]);
}

static void seq_small_scan(void)
{
	static const uintptr_t n[] = {1, 2, 3, 5, 8, 16, 32, 63, 64};
	for (size_t i = 0; i < sizeof n / sizeof n[0]; i++)
		ptrs_of(n[i]);
}

static void seq_header_scan(void)
{
	static const uintptr_t n[] = {65, 100, 128, 500, 1000, 4000, 4095};
	for (size_t i = 0; i < sizeof n / sizeof n[0]; i++)
		ptrs_of(n[i]);
}

static void seq_large_scan(void)
{
	static const uintptr_t n[] = {4096, 5000, 100000};
	for (size_t i = 0; i < sizeof n / sizeof n[0]; i++)
		ptrs_of(n[i]);
}

static void seq_structs(void)
{
	for (int i = 0; i < 50; i++)
		hold(newobject(&type_t48));
	for (int i = 0; i < 20; i++)
		hold(mallocgc(3 * type_string.size, &type_string, true));
}

static void seq_zero(void)
{
	for (int i = 0; i < 100; i++) {
		bytes_of(0);
		hold(newobject(&type_empty));
	}
}

static __attribute__((noinline)) void drop_garbage(size_t from)
{
	memset(&keep[from], 0, (nkeep - from) * sizeof keep[0]);
	nkeep = from;
}

/* Overwrite dead stack below the caller, so no stale copy of a dropped
 * pointer survives there to be found by the conservative stack scan. */
static __attribute__((noinline)) void scrub_stack(void)
{
	char buf[64 << 10];
	memset(buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory"); /* keep the memset */
}

static __attribute__((noinline)) void alloc_garbage(void)
{
	for (int i = 0; i < 1000; i++) {
		ptrs_of(2);
		bytes_of(100);
	}
}

static void seq_frees(void)
{
	size_t n = nkeep;
	alloc_garbage();
	drop_garbage(n);
	scrub_stack();
	runtime_GC();
}

static void test_golden(void)
{
	measure("tiny8", seq_tiny8);
	measure("tiny5", seq_tiny5);
	measure("tinymix", seq_tinymix);
	measure("small_noscan", seq_small_noscan);
	measure("large_noscan", seq_large_noscan);
	measure("small_scan", seq_small_scan);
	measure("header_scan", seq_header_scan);
	measure("large_scan", seq_large_scan);
	measure("structs", seq_structs);
	measure("zero", seq_zero);
	scrub_stack();
	runtime_GC();
	runtime_GC();
	measure("frees", seq_frees);

	const char *rel = "testdata/runtime/memstats.golden";
	FILE *f = fopen(rel, "r");
	char path[4096];
	if (!f && getenv("TGO_ROOT")) {
		snprintf(path, sizeof path, "%s/%s", getenv("TGO_ROOT"), rel);
		f = fopen(path, "r");
	}
	if (!f) {
		char exe[2048];
		ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		if (n > 0) {
			exe[n] = 0;
			char *slash = strrchr(exe, '/');
			if (slash) {
				*slash = 0;
				snprintf(path, sizeof path, "%s/../../%s", exe, rel);
				f = fopen(path, "r");
			}
		}
	}
	if (!f) {
		CHECK(0, "cannot open %s", rel);
		return;
	}
	char want[1024];
	int i = 0;
	while (fgets(want, sizeof want, f)) {
		want[strcspn(want, "\n")] = 0;
		if (i >= nlines) {
			CHECK(0, "golden has more lines than the test: %s", want);
			break;
		}
		CHECK(strcmp(want, lines[i]) == 0, "\n  want %s\n  got  %s", want, lines[i]);
		i++;
	}
	CHECK(i == nlines, "golden has %d lines, test made %d", i, nlines);
	fclose(f);
}

static void test_identities(void)
{
	static MemStats m;
	runtime_readmemstats(&m);
	CHECK(m.Alloc == m.HeapAlloc, "Alloc == HeapAlloc");
	CHECK(m.HeapObjects == m.Mallocs - m.Frees, "HeapObjects == Mallocs - Frees");
	CHECK(m.HeapSys == m.HeapInuse + m.HeapIdle, "HeapSys == HeapInuse + HeapIdle");
	CHECK(m.HeapReleased <= m.HeapIdle, "HeapReleased <= HeapIdle");
	CHECK(m.HeapAlloc <= m.HeapInuse, "HeapAlloc %lu <= HeapInuse %lu", (unsigned long)m.HeapAlloc,
	      (unsigned long)m.HeapInuse);
	CHECK(m.Sys >= m.HeapSys, "Sys >= HeapSys");
	CHECK(m.NumGC == 3 && m.NumForcedGC == 3, "NumGC %u NumForcedGC %u", m.NumGC, m.NumForcedGC);
	CHECK(m.PauseTotalNs > 0 && m.PauseNs[2] > 0 && m.PauseNs[3] == 0 && m.PauseEnd[2] >= m.PauseEnd[1],
	      "pause ring");
	CHECK(m.LastGC == m.PauseEnd[2], "LastGC is the last pause end");
	CHECK(m.EnableGC && !m.DebugGC, "EnableGC/DebugGC");
	/* Right after runtime.GC: goal = live + (live + stacks + globals) * GOGC/100,
	 * and the registered 800 KB keep[] array counts as globals. */
	CHECK(m.NextGC >= 2 * m.HeapAlloc + sizeof keep && m.NextGC <= 2 * m.HeapAlloc + sizeof keep + (1 << 20),
	      "NextGC %lu for HeapAlloc %lu", (unsigned long)m.NextGC, (unsigned long)m.HeapAlloc);
	CHECK(m.GCCPUFraction > 0 && m.GCCPUFraction < 1, "GCCPUFraction %g", m.GCCPUFraction);
	for (int i = 1; i < 61; i++)
		CHECK(m.BySize[i].Size == heap_class_size[i], "BySize[%d].Size", i);
	uint64_t small = 0;
	for (int i = 0; i < 61; i++)
		small += m.BySize[i].Mallocs;
	CHECK(small <= m.Mallocs, "BySize mallocs within Mallocs");
}

int main(void)
{
	gc_register_root(keep, sizeof keep);
	test_golden();
	test_identities();
	if (failures) {
		fprintf(stderr, "mstats_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("mstats_test: ok\n");
	return 0;
}
