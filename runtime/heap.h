/*
 * heap.h — the garbage-collected heap of the tgo runtime.
 *
 * The heap is Go 1.26's allocator restated for one OS thread:
 *
 *   sizeclasses.c  Go's 68 size classes, roundupsize, size -> class lookup.
 *   mheap.c        the arena (address space reserved once, committed in 4 MiB
 *                  steps), the page heap (free page runs, coalescing), span
 *                  descriptors, the page -> span map and the scavenger that
 *                  returns long-free pages to the OS.
 *   malloc.c       mallocgc/newobject: the per-class span cache, the tiny
 *                  allocator, small objects with pointer bitmaps or headers,
 *                  large objects.
 *   gc.c           the stop-the-world mark-sweep collector: roots (globals,
 *                  registered roots, stacks, registers), the mark stack,
 *                  sweeping, GOGC pacing, gctrace, stress-mode verification.
 *   mstats.c       runtime.MemStats (same layout as Go's), ReadMemStats,
 *                  debug.FreeOSMemory, stack accounting hooks.
 *
 * doc/heap.md has the design note.  The first half of this header is the
 * public interface for the rest of the runtime (and for Go code through
 * runtime entry points); the second half ("Internals") is shared only by the
 * five files above and their unit tests.
 */
#ifndef TGO_HEAP_H
#define TGO_HEAP_H

#include "runtime.h"

/* ---- Public interface ------------------------------------------------------ */

/* runtime.MemStats, field for field (Go 1.26, amd64: 5776 bytes; mstats.c
 * checks the offsets statically).  Go code passes a *runtime.MemStats. */
typedef struct MemStatsBySize {
	uint32_t Size;
	uint64_t Mallocs;
	uint64_t Frees;
} MemStatsBySize;

typedef struct MemStats {
	uint64_t Alloc;
	uint64_t TotalAlloc;
	uint64_t Sys;
	uint64_t Lookups;
	uint64_t Mallocs;
	uint64_t Frees;
	uint64_t HeapAlloc;
	uint64_t HeapSys;
	uint64_t HeapIdle;
	uint64_t HeapInuse;
	uint64_t HeapReleased;
	uint64_t HeapObjects;
	uint64_t StackInuse;
	uint64_t StackSys;
	uint64_t MSpanInuse;
	uint64_t MSpanSys;
	uint64_t MCacheInuse;
	uint64_t MCacheSys;
	uint64_t BuckHashSys;
	uint64_t GCSys;
	uint64_t OtherSys;
	uint64_t NextGC;
	uint64_t LastGC;
	uint64_t PauseTotalNs;
	uint64_t PauseNs[256];
	uint64_t PauseEnd[256];
	uint32_t NumGC;
	uint32_t NumForcedGC;
	double GCCPUFraction;
	bool EnableGC;
	bool DebugGC;
	MemStatsBySize BySize[61];
} MemStats;

/* runtime.ReadMemStats.  Like Go it also retires the tiny block, so the next
 * tiny allocation starts a fresh 16-byte block (this matters for B/op). */
void runtime_readmemstats(MemStats *m);
/* runtime.GC: a full, forced collection (counted in NumForcedGC). */
void runtime_GC(void);
void runtime_collect(void); /* runtime.GC (stdlib/runtime/mem.go) collects with it */
/* runtime/debug.FreeOSMemory: collect, then return every free page to the OS. */
void runtime_debug_freeosmemory(void);

/* The top (highest address) of the main thread's stack, recorded by the
 * startup code before any allocation; the default rt_foreach_stack scans
 * from the current stack pointer up to it.  If never called, the collector
 * falls back to glibc's __libc_stack_end. */
void gc_set_stack_top(void *top);

/* Implemented by the scheduler (runtime/sched.c): call visit(lo, hi) for
 * every goroutine stack that may hold heap pointers.  For the goroutine
 * that is running the collector, lo must be at or below the caller's stack
 * pointer (take the address of a local); for a suspended goroutine, lo is
 * its saved stack pointer, and its callee-saved registers must have been
 * pushed on its own stack (below hi, above lo) when it was switched out.
 * The collector has already spilled the current thread's callee-saved
 * registers into its own frame before calling this.  gc.c provides a weak
 * default that visits [current sp, stack top) of the current thread. */
void rt_foreach_stack(void (*visit)(void *lo, void *hi));

/* The scheduler reports goroutine stack memory here so that MemStats'
 * StackInuse/StackSys/Sys include it (bytes, may be negative). */
void heap_account_stacks(intptr_t inuse_delta, intptr_t sys_delta);

/* Stop-the-world collection from runtime C code (not forced: not counted in
 * NumForcedGC and no "(forced)" in gctrace). */
void gc_collect(void);

/* ---- Internals (sizeclasses.c, mheap.c, malloc.c, gc.c, mstats.c) ----------- */

enum {
	HEAP_PAGE_SHIFT = 13,
	HEAP_PAGE_SIZE = 1 << HEAP_PAGE_SHIFT, /* 8 KiB */
	HEAP_NUM_CLASSES = 68,                 /* class 0 means "large" */
	HEAP_MAX_SMALL = 32768,
	HEAP_SMALL_SIZE_DIV = 8,
	HEAP_SMALL_SIZE_MAX = 1024,
	HEAP_LARGE_SIZE_DIV = 128,
	HEAP_TINY_SIZE = 16,
	HEAP_TINY_CLASS = 2,
	HEAP_MALLOC_HEADER = 8,           /* Type* in front of pointerful objects > 512 B */
	HEAP_MIN_SIZE_FOR_HEADER = 512,
	HEAP_MAX_OBJS_PER_SPAN = 1024,
	HEAP_BITMAP_WORDS = HEAP_MAX_OBJS_PER_SPAN / 64,
	HEAP_CHUNK_PAGES = 512,           /* the arena grows 4 MiB at a time */
	HEAP_NUM_SPANCLASSES = 2 * HEAP_NUM_CLASSES, /* class << 1 | noscan */
};

/* sizeclasses.c */
extern const uint16_t heap_class_size[HEAP_NUM_CLASSES];
extern const uint8_t heap_class_npages[HEAP_NUM_CLASSES];
extern uint8_t heap_size_to_class8[HEAP_SMALL_SIZE_MAX / HEAP_SMALL_SIZE_DIV + 1];
extern uint8_t heap_size_to_class128[(HEAP_MAX_SMALL - HEAP_SMALL_SIZE_MAX) / HEAP_LARGE_SIZE_DIV + 1];
void heap_init_sizeclasses(void);
uint32_t heap_class_divmagic(int sizeclass);

/* Class of a small request (1 <= size <= HEAP_MAX_SMALL). */
static inline int heap_size_class(uintptr_t size)
{
	if (size <= HEAP_SMALL_SIZE_MAX - 8)
		return heap_size_to_class8[(size + HEAP_SMALL_SIZE_DIV - 1) / HEAP_SMALL_SIZE_DIV];
	return heap_size_to_class128[(size - HEAP_SMALL_SIZE_MAX + HEAP_LARGE_SIZE_DIV - 1) / HEAP_LARGE_SIZE_DIV];
}

enum { SPAN_DEAD, SPAN_FREE, SPAN_INUSE };

/*
 * A span: npages contiguous pages of the arena.  In use, it holds nelems
 * objects of one size class (sizeclass > 0) or one large object
 * (sizeclass == 0).  Free, it is a run of free pages in the page heap.
 *
 * Allocation state of slot i: allocated <=> i < freeindex || allocbits[i].
 * allocbits is the mark bitmap of the last collection (live objects), and
 * freeindex sweeps forward through the slots that were free then; alloc_cache
 * holds the complement of allocbits for the slots from freeindex to the end
 * of freeindex's 64-slot word, shifted so that bit 0 is slot freeindex.
 */
typedef struct Span Span;
struct Span {
	uintptr_t base;          /* address of the first page */
	uintptr_t limit;         /* end of the last object (small), of the span (large, free) */
	uintptr_t npages;
	Span *next, *prev;       /* in-use list, or a free list of the page heap */
	Span *pnext;             /* the partial list of its span class */
	uint64_t alloc_cache;
	uint32_t freeindex;
	uint32_t nelems;
	uint32_t alloc_count;        /* allocated slots */
	uint32_t alloc_count_cached; /* alloc_count when it entered the span cache */
	uint32_t divmagic;           /* slot index = (offset * divmagic) >> 32 */
	uintptr_t elemsize;          /* slot size (large: npages * page size) */
	uint8_t state;               /* SPAN_* */
	uint8_t sizeclass;
	uint8_t spanclass;           /* sizeclass << 1 | noscan */
	uint8_t noscan;              /* no pointers in any object */
	uint8_t needzero;            /* free slots may hold garbage */
	uint8_t heapbits;            /* small scan span: pointer bitmap in heapbitmap */
	uint8_t incache;
	uint8_t _pad;
	uint64_t *allocbits;
	uint64_t *markbits;
	const Type *large_type;      /* large pointerful object: its element type */
	uintptr_t large_size;        /* large object: requested size */
	uint64_t free_gen;           /* free run: collection count when it was freed */
	int64_t free_time;           /* free run: monotonic ns when it was freed */
	uint64_t bitbuf[2][HEAP_BITMAP_WORDS];
	uint64_t heapbitmap[HEAP_PAGE_SIZE / 8 / 64]; /* 1 bit per word of a 1-page span */
};

/* The arena and page heap (mheap.c). */
typedef struct Arena {
	uintptr_t base;             /* reserved [base, base + reserved) */
	uintptr_t reserved;
	uintptr_t committed;        /* [base, base + committed) is usable */
	Span **pagemap;             /* page -> span (in use: every page; free: first and last) */
	uint8_t *pagestate;         /* PAGE_* bits of free pages */
	uintptr_t meta_committed;   /* pages of the two maps made usable so far */
	uintptr_t inuse_pages;      /* pages in in-use spans */
	uintptr_t free_pages;       /* free, not released */
	uintptr_t released_pages;   /* free and returned to the OS (or never touched) */
	uintptr_t span_sys;         /* bytes mapped for span descriptors */
	uintptr_t span_inuse;       /* descriptors in use */
	uintptr_t other_sys;        /* bytes of the page maps committed */
} Arena;

enum { PAGE_RELEASED = 1, PAGE_DIRTY = 2 };

extern Arena heap_arena;
extern Span heap_inuse;            /* list head of in-use spans (circular) */

void heap_init(void);
bool heap_initialized(void);
Span *heap_alloc_span(uintptr_t npages);     /* fresh in-use span; never NULL (OOM is fatal) */
void heap_free_span(Span *s);                /* back to the page heap, coalesced */
void heap_scavenge(uintptr_t retain_bytes, bool all, int64_t now);
void heap_verify_pages(void);                /* stress-mode checks of the page heap */
_Noreturn void heap_throw(const char *msg);  /* fatal error: msg (exit 2) */

static inline Span *heap_span_of(uintptr_t p)
{
	uintptr_t off = p - heap_arena.base;
	if (off >= heap_arena.committed)
		return NULL;
	return heap_arena.pagemap[off >> HEAP_PAGE_SHIFT];
}

static inline bool heap_bit(const uint64_t *bits, uintptr_t i)
{
	return (bits[i >> 6] >> (i & 63)) & 1;
}

static inline bool span_is_allocated(const Span *s, uintptr_t i)
{
	return i < s->freeindex || heap_bit(s->allocbits, i);
}

/* The allocator (malloc.c). */
extern Span *heap_cache[HEAP_NUM_SPANCLASSES];
extern Span heap_empty_span;
extern Span *heap_partial[HEAP_NUM_SPANCLASSES];
void malloc_init(void);              /* heap_init + gc_init + empty caches; idempotent */
void heap_flush_cache(bool uncache);  /* fold cached counts into stats, drop the tiny block;
                                         uncache: also empty the span cache */

/* Statistics (mstats.c); the allocator and collector update them. */
typedef struct HeapStats {
	uint64_t small_alloc[HEAP_NUM_CLASSES];
	uint64_t small_free[HEAP_NUM_CLASSES];
	uint64_t tiny_allocs;
	uint64_t large_alloc_bytes, large_alloc_count;
	uint64_t large_free_bytes, large_free_count;
	uint64_t heap_live;          /* pacing estimate: marked + allocated since */
	uint64_t heap_marked;        /* bytes marked by the last collection */
	uint64_t heap_goal;          /* NextGC */
	uint64_t numgc, numforcedgc;
	uint64_t pause_total_ns;
	uint64_t pause_ns[256], pause_end[256];
	uint64_t last_gc_unix;
	uint64_t gc_total_ns;        /* time spent collecting */
	double gc_cpu_fraction;      /* gc_total_ns / run time, as of the last cycle */
	int64_t start_ns;            /* monotonic time of heap_init */
	int64_t stack_inuse, stack_sys;
	uint64_t gc_sys;             /* mark stack */
	uint64_t last_stack_scan, last_globals_scan;
} HeapStats;
extern HeapStats heap_stats;

int64_t heap_nanotime(void);
int64_t heap_unixnanos(void);

/* The collector (gc.c). */
extern int gc_percent;          /* GOGC; < 0 means off */
extern uint64_t gc_trigger;     /* collect when heap_live reaches this */
extern int gc_stress;           /* TGO_GCSTRESS=N: collect every N allocations */
extern int gc_debug_trace;      /* GODEBUG=gctrace */
extern bool heap_slowpath;      /* force mallocgc's slow path (init, collecting, stress) */
extern bool gc_running;         /* a collection is in progress */
void gc_init(void);
void gc_stress_tick(void);      /* stress mode: count an allocation, maybe collect */
void gc_verify_heap(bool deep); /* the stress-mode invariant checks (also for tests) */

#endif
