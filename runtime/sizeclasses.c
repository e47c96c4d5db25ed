/*
 * sizeclasses.c — Go 1.26's size classes and roundupsize.
 *
 * Small requests (up to 32 KiB) are rounded up to one of 67 object sizes;
 * each class has a fixed span length in pages.  The two tables below are
 * Go's (internal/runtime/gc/sizeclasses.go): any change to them would change
 * cap() after append and B/op, which programs and tests observe.  The lookup
 * tables from request size to class are derived from them at start-up
 * (smallest class that fits), in two resolutions as Go does: 8-byte steps up
 * to 1 KiB, 128-byte steps above.
 *
 * roundupsize is the rounding growslice uses to pick a capacity.  Pointerful
 * requests above 512 bytes get an 8-byte malloc header (the Type*) in front
 * of the object, so their usable size is the class size minus 8.  Requests
 * too large for a class are rounded to whole pages.
 * runtime/tests/sizeclass_test.c checks every size from 1 to 40000 against
 * testdata/runtime/roundupsize.golden, which real Go produced.
 */
#include "heap.h"

const uint16_t heap_class_size[HEAP_NUM_CLASSES] = {
	0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
	160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
	448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
	1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
	6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
	18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

const uint8_t heap_class_npages[HEAP_NUM_CLASSES] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
	4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

uint8_t heap_size_to_class8[HEAP_SMALL_SIZE_MAX / HEAP_SMALL_SIZE_DIV + 1];
uint8_t heap_size_to_class128[(HEAP_MAX_SMALL - HEAP_SMALL_SIZE_MAX) / HEAP_LARGE_SIZE_DIV + 1];

static int smallest_class_for(uintptr_t size)
{
	int c = 1;
	while (heap_class_size[c] < size)
		c++;
	return c;
}

/* Run before main (and again, harmlessly, from heap_init). */
__attribute__((constructor)) void heap_init_sizeclasses(void)
{
	heap_size_to_class8[0] = 0; /* a 0-byte request has no class, as in Go */
	for (uintptr_t i = 1; i < sizeof heap_size_to_class8; i++)
		heap_size_to_class8[i] = (uint8_t)smallest_class_for(i * HEAP_SMALL_SIZE_DIV);
	for (uintptr_t i = 0; i < sizeof heap_size_to_class128; i++)
		heap_size_to_class128[i] =
		    (uint8_t)smallest_class_for(HEAP_SMALL_SIZE_MAX + i * HEAP_LARGE_SIZE_DIV);
}

/* A multiplier that turns a byte offset inside a span of this class into a
 * slot index with one multiply and shift: (off * magic) >> 32 == off / size
 * for every offset in the span (runtime/tests/sizeclass_test.c checks). */
uint32_t heap_class_divmagic(int sizeclass)
{
	if (sizeclass == 0)
		return 0;
	return UINT32_MAX / heap_class_size[sizeclass] + 1;
}

uintptr_t roundupsize(uintptr_t size, bool noscan)
{
	if (size <= HEAP_MAX_SMALL - HEAP_MALLOC_HEADER) {
		uintptr_t req = size;
		if (!noscan && req > HEAP_MIN_SIZE_FOR_HEADER)
			req += HEAP_MALLOC_HEADER;
		/* The header is the caller's to add back: report the usable part. */
		return heap_class_size[heap_size_class(req)] - (req - size);
	}
	uintptr_t rounded = size + HEAP_PAGE_SIZE - 1;
	if (rounded < size)
		return size;
	return rounded & ~(uintptr_t)(HEAP_PAGE_SIZE - 1);
}
