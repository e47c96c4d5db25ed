/*
 * churn_test.c — a long-running allocation mix with a steady live heap.
 *
 * 10 GiB are allocated in total while about 50 MiB stay live: a table of
 * slots (a registered root) is overwritten at random with new objects of
 * mixed kinds — tiny and small noscan, small pointerful nodes linking to
 * other slots' objects, header objects, large buffers.  The collector must
 * keep the peak resident set (VmHWM) under 150 MiB, every slot's object
 * must keep its contents, and the heap invariants must hold at the end.
 * Tune with TGO_CHURN_GIB (default 10).
 */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Obj {
	struct Obj *link;   /* another live object, or NULL */
	uint64_t tag;       /* slot index and generation, checked later */
	uint64_t size;
} Obj;

static const uint8_t obj_mask[] = {1};
static const Type obj_type = {.size = 24, .ptrdata = 8, .kind = KIND_STRUCT, .align = 8, .gcmask = obj_mask,
                              .name = "main.Obj"};

enum { SLOTS = 84000 };
static void *slots[SLOTS];
static uint64_t slot_tag[SLOTS];
static uint32_t slot_size[SLOTS];
static uint64_t rng = 88172645463325252ull;

static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static long vm_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long v = -1;
	size_t n = strlen(field);
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, field, n) == 0 && line[n] == ':')
			v = atol(line + n + 1);
	if (f)
		fclose(f);
	return v;
}

/* Sizes average about 600 bytes, so 84000 slots hold ~50 MiB. */
static uintptr_t pick_size(uint64_t r)
{
	switch (r % 16) {
	case 0: case 1: case 2: return 8 + r % 8;        /* tiny */
	case 3: case 4: case 5: return 16 + r % 200;     /* small */
	case 6: case 7: case 8: return 24;               /* node */
	case 9: case 10: return 300 + r % 700;           /* medium, header if pointerful */
	case 11: case 12: return 1000 + r % 2000;
	case 13: case 14: return 100 + r % 400;
	default: return (r >> 8) % 64 == 0 ? 40000 + r % 20000 : 64; /* rare large */
	}
}

static int failures;

static bool slot_ok(size_t i)
{
	Obj *o = slots[i];
	if (!o)
		return true;
	if (slot_size[i] < sizeof(Obj))
		return ((uint8_t *)o)[0] == (uint8_t)slot_tag[i];
	return o->tag == slot_tag[i] && o->size == slot_size[i];
}

int main(void)
{
	gc_set_stack_top(__builtin_frame_address(0));
	gc_register_root(slots, sizeof slots);
	const char *env = getenv("TGO_CHURN_GIB");
	uint64_t total = (uint64_t)(env ? atof(env) * 1024 : 10 * 1024) << 20;
	uint64_t done = 0, n = 0;
	while (done < total) {
		uint64_t r = next_rand();
		size_t i = (size_t)(r >> 40) % SLOTS;
		if (!slot_ok(i) && failures++ < 10)
			fprintf(stderr, "FAIL: slot %zu lost its contents\n", i);
		uintptr_t size = pick_size(next_rand());
		bool pointers = size >= 24 && (r & 1);
		Obj *o = mallocgc(size, pointers ? &obj_type : NULL, true);
		uint64_t tag = (n++ << 16) | (i & 0xffff);
		if (size < sizeof(Obj)) {
			((uint8_t *)o)[0] = (uint8_t)tag;
		} else {
			o->tag = tag;
			o->size = size;
			o->link = pointers ? slots[(r >> 20) % SLOTS] : NULL;
		}
		slots[i] = o;
		slot_tag[i] = tag;
		slot_size[i] = (uint32_t)size;
		done += size;
	}
	for (size_t i = 0; i < SLOTS; i++)
		if (!slot_ok(i) && failures++ < 10)
			fprintf(stderr, "FAIL: slot %zu lost its contents\n", i);
	gc_collect();
	gc_verify_heap(true);
	MemStats m;
	runtime_readmemstats(&m);
	long hwm = vm_kb("VmHWM");
	printf("churn_test: %lu MiB allocated in %lu objects, %u collections, live %lu MiB, peak RSS %ld MiB\n",
	       (unsigned long)(m.TotalAlloc >> 20), (unsigned long)m.Mallocs, m.NumGC,
	       (unsigned long)(m.HeapAlloc >> 20), hwm >> 10);
	if (hwm < 0 || hwm >= 150 * 1024) {
		fprintf(stderr, "FAIL: peak RSS %ld kB, want < 150 MiB\n", hwm);
		failures++;
	}
	if (m.TotalAlloc < total) {
		fprintf(stderr, "FAIL: TotalAlloc %lu < %lu\n", (unsigned long)m.TotalAlloc, (unsigned long)total);
		failures++;
	}
	if (failures) {
		fprintf(stderr, "churn_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("churn_test: ok\n");
	return 0;
}
