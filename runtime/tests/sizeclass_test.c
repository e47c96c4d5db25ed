/*
 * sizeclass_test.c — size classes and roundupsize against real Go.
 *
 * testdata/runtime/roundupsize.golden was produced by Go 1.26 itself
 * (scripts/golden-runtime.sh): roundupsize(n, noscan) and
 * roundupsize(n, !noscan) for every n from 1 to 40000.  This test checks
 * tgo's roundupsize against every one of those values, and checks the
 * derived tables: size -> class gives the smallest class that fits, and the
 * division magic numbers give exact slot indices for every offset of every
 * span.  Run from the repository root (or set TGO_ROOT).
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
			if (failures++ < 20) {                                         \
				fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);      \
				fprintf(stderr, __VA_ARGS__);                              \
				fputc('\n', stderr);                                       \
			}                                                              \
		}                                                                  \
	} while (0)

/* The golden file, found from the current directory, $TGO_ROOT, or the
 * test binary's location (build/tests/ -> repository root). */
static FILE *open_golden(const char *rel)
{
	char path[4096];
	FILE *f = fopen(rel, "r");
	if (f)
		return f;
	const char *root = getenv("TGO_ROOT");
	if (root) {
		snprintf(path, sizeof path, "%s/%s", root, rel);
		if ((f = fopen(path, "r")))
			return f;
	}
	char exe[2048];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = 0;
			snprintf(path, sizeof path, "%s/../../%s", exe, rel);
			if ((f = fopen(path, "r")))
				return f;
		}
	}
	return NULL;
}

static void test_golden(void)
{
	FILE *f = open_golden("testdata/runtime/roundupsize.golden");
	if (!f) {
		fprintf(stderr, "FAIL: cannot open testdata/runtime/roundupsize.golden\n");
		failures++;
		return;
	}
	enum { N = 40000 };
	static bool seen[2][N + 1];
	char line[256];
	long checked = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char kind[16];
		unsigned long first, last, value;
		if (sscanf(line, "%15s %lu %lu %lu", kind, &first, &last, &value) != 4) {
			CHECK(0, "bad golden line: %s", line);
			continue;
		}
		bool noscan = strcmp(kind, "noscan") == 0;
		CHECK(noscan || strcmp(kind, "scan") == 0, "bad kind %s", kind);
		for (unsigned long n = first; n <= last && n <= N; n++) {
			uintptr_t got = roundupsize(n, noscan);
			CHECK(got == value, "roundupsize(%lu, %s) = %lu, Go says %lu", n, noscan ? "true" : "false",
			      (unsigned long)got, value);
			seen[noscan][n] = true;
			checked++;
		}
	}
	fclose(f);
	for (int k = 0; k < 2; k++)
		for (int n = 1; n <= N; n++)
			CHECK(seen[k][n], "golden does not cover n=%d (%s)", n, k ? "noscan" : "scan");
	CHECK(checked == 2 * N, "checked %ld values, want %d", checked, 2 * N);
}

static void test_tables(void)
{
	CHECK(heap_class_size[HEAP_NUM_CLASSES - 1] == HEAP_MAX_SMALL, "last class is 32768");
	for (int c = 1; c < HEAP_NUM_CLASSES; c++) {
		CHECK(heap_class_size[c] > heap_class_size[c - 1], "classes ascend at %d", c);
		uintptr_t span = (uintptr_t)heap_class_npages[c] * HEAP_PAGE_SIZE;
		CHECK(span / heap_class_size[c] <= HEAP_MAX_OBJS_PER_SPAN, "class %d has too many objects", c);
		uint32_t magic = heap_class_divmagic(c);
		for (uintptr_t off = 0; off < span; off++) {
			uintptr_t idx = (off * magic) >> 32;
			if (idx != off / heap_class_size[c]) {
				CHECK(0, "divmagic of class %d wrong at offset %lu", c, (unsigned long)off);
				break;
			}
		}
	}
	for (uintptr_t size = 1; size <= HEAP_MAX_SMALL; size++) {
		int c = heap_size_class(size);
		CHECK(heap_class_size[c] >= size && heap_class_size[c - 1] < size, "class of %lu is %d",
		      (unsigned long)size, c);
	}
	/* Facts quoted from Go's msize.go / growslice behaviour. */
	CHECK(roundupsize(64 * 8 + 8, false) == 568, "[]*T 65 elements");
	CHECK(roundupsize(128 * 8, false) / 8 == 143, "[]*T caps go 64 -> 143");
	CHECK(roundupsize(32761, true) == 32768 && roundupsize(40000, true) == 40960, "large rounding");
}

int main(void)
{
	test_golden();
	test_tables();
	if (failures) {
		fprintf(stderr, "sizeclass_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("sizeclass_test: ok\n");
	return 0;
}
