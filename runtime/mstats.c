/*
 * mstats.c — runtime.MemStats.
 *
 * The allocator and collector keep raw counters in heap_stats (heap.h):
 * per-class allocation counts (folded in from the span cache), per-class
 * frees (counted by the sweeper), tiny sub-allocations, large object bytes
 * and counts, pause times.  runtime_readmemstats derives the public numbers
 * from them exactly as Go 1.26's readmemstats_m does:
 *
 *   TotalAlloc  = large bytes + sum(class allocs * class size)
 *   Mallocs     = large count + sum(class allocs) + tiny allocs
 *   Frees       = large frees + sum(class frees)  + tiny allocs
 *   HeapAlloc   = Alloc = TotalAlloc - freed bytes
 *   HeapObjects = Mallocs - Frees
 *   HeapSys     = committed arena = HeapInuse + HeapIdle,
 *   HeapIdle    = free pages + released pages, HeapReleased = released
 *   Sys         = HeapSys + StackSys + MSpanSys + MCacheSys + GCSys + OtherSys
 *   BySize[i]   = class i (BySize[0] is Go's unused class 0)
 *
 * so a tiny request counts as one malloc and (immediately) one free, and a
 * new tiny block as one 16-byte class-2 object, as in Go.  Reading the
 * statistics, like Go's, retires the current tiny block.
 */
#include "heap.h"

#include <stddef.h>
#include <string.h>
#include <time.h>

HeapStats heap_stats;

/* The layout Go code relies on (go1.26 linux/amd64 unsafe.Offsetof). */
_Static_assert(offsetof(MemStats, PauseNs) == 192, "MemStats.PauseNs");
_Static_assert(offsetof(MemStats, NumGC) == 4288, "MemStats.NumGC");
_Static_assert(offsetof(MemStats, GCCPUFraction) == 4296, "MemStats.GCCPUFraction");
_Static_assert(offsetof(MemStats, EnableGC) == 4304, "MemStats.EnableGC");
_Static_assert(offsetof(MemStats, DebugGC) == 4305, "MemStats.DebugGC");
_Static_assert(offsetof(MemStats, BySize) == 4312, "MemStats.BySize");
_Static_assert(sizeof(MemStatsBySize) == 24, "MemStats.BySize element");
_Static_assert(sizeof(MemStats) == 5776, "MemStats size");

int64_t heap_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t heap_unixnanos(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void heap_account_stacks(intptr_t inuse_delta, intptr_t sys_delta)
{
	heap_stats.stack_inuse += inuse_delta;
	heap_stats.stack_sys += sys_delta;
}

void runtime_readmemstats(MemStats *m)
{
	malloc_init();
	heap_flush_cache(false);

	uint64_t total_alloc = heap_stats.large_alloc_bytes;
	uint64_t total_free = heap_stats.large_free_bytes;
	uint64_t nmalloc = heap_stats.large_alloc_count;
	uint64_t nfree = heap_stats.large_free_count;
	memset(m, 0, sizeof *m);
	for (int c = 0; c < HEAP_NUM_CLASSES; c++) {
		uint64_t a = heap_stats.small_alloc[c], f = heap_stats.small_free[c];
		total_alloc += a * heap_class_size[c];
		total_free += f * heap_class_size[c];
		nmalloc += a;
		nfree += f;
		if (c < 61) {
			m->BySize[c].Size = heap_class_size[c];
			m->BySize[c].Mallocs = a;
			m->BySize[c].Frees = f;
		}
	}
	nmalloc += heap_stats.tiny_allocs;
	nfree += heap_stats.tiny_allocs;

	uint64_t page = HEAP_PAGE_SIZE;
	m->Alloc = m->HeapAlloc = total_alloc - total_free;
	m->TotalAlloc = total_alloc;
	m->Mallocs = nmalloc;
	m->Frees = nfree;
	m->HeapInuse = heap_arena.inuse_pages * page;
	m->HeapReleased = heap_arena.released_pages * page;
	m->HeapIdle = (heap_arena.free_pages + heap_arena.released_pages) * page;
	m->HeapSys = m->HeapInuse + m->HeapIdle;
	m->HeapObjects = nmalloc - nfree;
	m->StackInuse = (uint64_t)heap_stats.stack_inuse;
	m->StackSys = (uint64_t)heap_stats.stack_sys;
	m->MSpanInuse = heap_arena.span_inuse * sizeof(Span);
	m->MSpanSys = heap_arena.span_sys;
	m->MCacheInuse = m->MCacheSys = sizeof heap_cache + sizeof heap_partial;
	m->BuckHashSys = 0;
	m->GCSys = heap_stats.gc_sys;
	m->OtherSys = heap_arena.other_sys;
	m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->BuckHashSys + m->GCSys + m->OtherSys;
	m->NextGC = heap_stats.heap_goal;
	m->LastGC = heap_stats.last_gc_unix;
	m->PauseTotalNs = heap_stats.pause_total_ns;
	memcpy(m->PauseNs, heap_stats.pause_ns, sizeof m->PauseNs);
	memcpy(m->PauseEnd, heap_stats.pause_end, sizeof m->PauseEnd);
	m->NumGC = (uint32_t)heap_stats.numgc;
	m->NumForcedGC = (uint32_t)heap_stats.numforcedgc;
	m->GCCPUFraction = heap_stats.gc_cpu_fraction;
	m->EnableGC = true;
	m->DebugGC = false;
}
