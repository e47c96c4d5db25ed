/*
 * gc.c — the stop-the-world mark-sweep collector.
 *
 * A collection runs on whatever stack called mallocgc (or runtime.GC) and
 * nothing else runs meanwhile (one OS thread, cooperative goroutines):
 *
 *  1. Retire the allocation caches: fold their counts into the statistics,
 *     forget the tiny block (its free tail is never handed out after this).
 *  2. Mark from the roots, conservatively: every aligned word of the Go
 *     globals (ELF sections godata and gobss, bounded by the linker's
 *     __start_/__stop_ symbols, weak because they may be absent), of the
 *     ranges registered with gc_register_root, and of every goroutine stack
 *     (rt_foreach_stack; callee-saved registers are first spilled into this
 *     file's frame, which lies on the scanned stack).
 *     A word keeps an object alive if it points anywhere inside an allocated
 *     slot [slot, slot + slot size): interior pointers, the malloc header and
 *     the class's rounding slack all count.  A word pointing at a free slot,
 *     a span's tail or a free page is ignored.  A pointer just past the end of
 *     an object is a pointer to the next slot: it may keep that neighbour
 *     alive (a harmless leak) but never keeps the object it came from alive,
 *     and never resurrects a free slot.  Go never makes such pointers (a
 *     slice with cap 0 keeps its base), and tgo's code generator must not
 *     make one the only reference to an object either.
 *  3. Marked pointerful objects go on an explicit mark stack (a growable
 *     mmap'd array, no recursion) and are scanned precisely: small ones
 *     through the span's heap bitmap, header objects through their Type*,
 *     large ones through the Type* in the span; an object larger than its
 *     type is an array of it and is scanned element by element.
 *  4. Sweep every in-use span: unmarked slots become free (the mark bitmap
 *     becomes the allocation bitmap), empty spans and dead large objects go
 *     back to the page heap, spans with free slots go on their class's
 *     partial list for refill.
 *  5. Pace: the next collection starts when the heap reaches
 *     marked + (marked + stacks + globals) * GOGC/100, at least 4 MiB *
 *     GOGC/100 (Go 1.26's heap goal; GOGC=off disables automatic cycles).
 *     Then the scavenger returns free memory beyond the next cycle's needs.
 *
 * GODEBUG=gctrace=1 prints Go's one-line summary per cycle on stderr.
 * TGO_GCSTRESS=N collects every N allocations (1 = every allocation),
 * poisons freed memory and verifies the heap after each cycle
 * (gc_verify_heap).
 */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

extern char __start_godata[] __attribute__((weak));
extern char __stop_godata[] __attribute__((weak));
extern char __start_gobss[] __attribute__((weak));
extern char __stop_gobss[] __attribute__((weak));
extern void *__libc_stack_end __attribute__((weak));

int gc_percent = 100;
uint64_t gc_trigger;
int gc_stress;
int gc_debug_trace;
bool gc_running;

static const uint64_t heap_minimum_gogc100 = 4 << 20;
static void *stack_top;
static unsigned stress_countdown;
static uint64_t stress_cycles;

typedef struct Root {
	uintptr_t lo, hi;
} Root;
static Root *roots;
static size_t nroots, roots_cap;

/* The mark stack: base addresses of marked objects still to scan. */
static uintptr_t *mark_stack;
static size_t mark_sp, mark_cap;

static uint64_t stack_scan_bytes, globals_scan_bytes;

/* ---- Set-up -------------------------------------------------------------------------- */

static bool parse_int(const char *s, long *out)
{
	char *end;
	if (!s || !*s || *s == ' ' || *s == '\t')
		return false;
	long v = strtol(s, &end, 10);
	if (*end != 0 || v < INT32_MIN || v > INT32_MAX)
		return false;
	*out = v;
	return true;
}

static void parse_godebug(const char *s)
{
	while (s && *s) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		if (len > 8 && strncmp(s, "gctrace=", 8) == 0)
			gc_debug_trace = atoi(s + 8);
		s = comma ? comma + 1 : NULL;
	}
}

static uint64_t heap_minimum(void)
{
	return heap_minimum_gogc100 * (uint64_t)gc_percent / 100;
}

static void set_goal(void)
{
	if (gc_percent < 0) {
		/* No GOGC goal: Go then reports the memory-limit goal, ~97% of MaxInt64. */
		heap_stats.heap_goal = (uint64_t)INT64_MAX / 100 * 97;
		gc_trigger = UINT64_MAX;
		return;
	}
	uint64_t marked = heap_stats.heap_marked;
	uint64_t goal = marked + (marked + stack_scan_bytes + globals_scan_bytes) * (uint64_t)gc_percent / 100;
	if (goal < heap_minimum())
		goal = heap_minimum();
	heap_stats.heap_goal = goal;
	gc_trigger = goal;
}

void gc_init(void)
{
	const char *e = getenv("GOGC");
	long v;
	if (e && strcmp(e, "off") == 0)
		gc_percent = -1;
	else if (parse_int(e, &v))
		gc_percent = (int)v;
	parse_godebug(getenv("GODEBUG"));
	if (parse_int(getenv("TGO_GCSTRESS"), &v) && v > 0)
		gc_stress = (int)v;
	stress_countdown = (unsigned)gc_stress;
	set_goal();
}

void gc_set_stack_top(void *top)
{
	stack_top = top;
}

void gc_register_root(void *start, uintptr_t size)
{
	if (nroots == roots_cap) {
		size_t cap = roots_cap ? roots_cap * 2 : 64;
		Root *r = realloc(roots, cap * sizeof *r);
		if (!r)
			heap_throw("runtime: cannot allocate memory");
		roots = r;
		roots_cap = cap;
	}
	roots[nroots].lo = (uintptr_t)start;
	roots[nroots].hi = (uintptr_t)start + size;
	nroots++;
}

/* ---- Marking ---------------------------------------------------------------------------- */

static __attribute__((noinline)) void mark_stack_grow(void)
{
	size_t cap = mark_cap ? mark_cap * 2 : 1 << 16;
	void *p;
	if (mark_stack)
		p = mremap(mark_stack, mark_cap * sizeof(uintptr_t), cap * sizeof(uintptr_t), MREMAP_MAYMOVE);
	else
		p = mmap(NULL, cap * sizeof(uintptr_t), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		heap_throw("runtime: out of memory");
	heap_stats.gc_sys += (cap - mark_cap) * sizeof(uintptr_t);
	mark_stack = p;
	mark_cap = cap;
}

static _Noreturn void verify_fail(const char *what, uintptr_t addr);

/* A pointer field of a marked object points into the arena but at no
 * allocated object.  Go's rules make that impossible, so in stress mode it
 * is reported (this is the "no pointer from a live object to a freed slot"
 * check, done as a by-product of marking).  Pointers into the unused tail
 * of a span are tolerated. */
static __attribute__((noinline, cold)) void bad_pointer(uintptr_t from, uintptr_t p, const Span *s)
{
	if (!gc_stress || (s && s->state == SPAN_INUSE && p >= s->limit))
		return;
	verify_fail(s && s->state == SPAN_INUSE ? "pointer from a live object to a free slot"
	                                        : "pointer from a live object to a free page",
	            from);
}

/* Mark the object that p points into, if any; queue it if it holds
 * pointers.  from is the address of the word for precise (heap) scanning,
 * 0 for conservative scanning. */
static inline __attribute__((always_inline)) void mark_word(uintptr_t p, uintptr_t from)
{
	uintptr_t off = p - heap_arena.base;
	if (off >= heap_arena.committed)
		return;
	Span *s = heap_arena.pagemap[off >> HEAP_PAGE_SHIFT];
	if (!s || s->state != SPAN_INUSE || p >= s->limit) {
		if (from)
			bad_pointer(from, p, s);
		return;
	}
	uintptr_t idx = ((p - s->base) * s->divmagic) >> 32;
	if (!span_is_allocated(s, idx)) {
		if (from)
			bad_pointer(from, p, s);
		return;
	}
	uint64_t bit = (uint64_t)1 << (idx & 63);
	uint64_t *w = &s->markbits[idx >> 6];
	if (*w & bit)
		return;
	*w |= bit;
	if (s->noscan)
		return;
	if (mark_sp == mark_cap)
		mark_stack_grow();
	mark_stack[mark_sp++] = s->base + idx * s->elemsize;
}

static void scan_conservative(uintptr_t lo, uintptr_t hi)
{
	lo = (lo + 7) & ~(uintptr_t)7;
	for (uintptr_t a = lo; a + 8 <= hi; a += 8)
		mark_word(*(const uintptr_t *)a, 0);
}

/* Words [lo, hi) hold consecutive elements of type t: mark their pointers. */
static void scan_typed(uintptr_t lo, uintptr_t hi, const Type *t)
{
	if (!t || t->ptrdata == 0 || t->size == 0)
		return;
	uintptr_t nbytes = (t->ptrdata / 8 + 7) / 8;
	const uint8_t *g = t->gcmask;
	if (t->size == 8) { /* arrays of pointers: the common large case */
		for (uintptr_t a = lo; a + 8 <= hi; a += 8)
			mark_word(*(const uintptr_t *)a, a);
		return;
	}
	for (uintptr_t e = lo; e < hi; e += t->size) {
		for (uintptr_t i = 0; i < nbytes; i++) {
			unsigned m = g[i];
			while (m) {
				unsigned j = (unsigned)__builtin_ctz(m);
				m &= m - 1;
				uintptr_t a = e + 8 * (8 * i + j);
				if (a + 8 > hi)
					return;
				mark_word(*(const uintptr_t *)a, a);
			}
		}
	}
}

/* The pointer bitmap of the small object at obj (heap-bitmap spans). */
static inline uint64_t small_object_bits(const Span *s, uintptr_t obj)
{
	uintptr_t nw = s->elemsize >> 3;
	uintptr_t wo = (obj - s->base) >> 3;
	const uint64_t *hb = s->heapbitmap + (wo >> 6);
	unsigned b = wo & 63;
	uint64_t m = hb[0] >> b;
	if (b + nw > 64)
		m |= hb[1] << (64 - b);
	if (nw < 64)
		m &= ((uint64_t)1 << nw) - 1;
	return m;
}

static void scan_object(uintptr_t obj)
{
	Span *s = heap_span_of(obj);
	if (s->heapbits) {
		uint64_t m = small_object_bits(s, obj);
		const uintptr_t *words = (const uintptr_t *)obj;
		while (m) {
			unsigned j = (unsigned)__builtin_ctzll(m);
			m &= m - 1;
			mark_word(words[j], (uintptr_t)&words[j]);
		}
	} else if (s->sizeclass != 0) {
		const Type *t = *(const Type **)obj;
		scan_typed(obj + HEAP_MALLOC_HEADER, obj + s->elemsize, t);
	} else {
		scan_typed(obj, obj + s->large_size, s->large_type);
	}
}

/* Scanning is dominated by cache misses on the objects themselves, so
 * objects pass through a small FIFO between the mark stack and the scanner:
 * each is prefetched when it enters and scanned when it leaves, some
 * objects later. */
enum { PREFETCH_RING = 16 };

static void drain_mark_stack(void)
{
	uintptr_t ring[PREFETCH_RING];
	unsigned head = 0, count = 0;
	for (;;) {
		while (count < PREFETCH_RING && mark_sp > 0) {
			uintptr_t obj = mark_stack[--mark_sp];
			__builtin_prefetch((const void *)obj);
			ring[(head + count++) % PREFETCH_RING] = obj;
		}
		if (count == 0)
			return;
		uintptr_t obj = ring[head];
		head = (head + 1) % PREFETCH_RING;
		count--;
		scan_object(obj);
	}
}

static void visit_stack(void *lo, void *hi)
{
	if ((uintptr_t)hi <= (uintptr_t)lo)
		return;
	stack_scan_bytes += (uintptr_t)hi - (uintptr_t)lo;
	scan_conservative((uintptr_t)lo, (uintptr_t)hi);
	drain_mark_stack();
}

/* The default for programs without the scheduler: the current thread's
 * stack, from here up to the recorded top. */
__attribute__((weak, noinline)) void rt_foreach_stack(void (*visit)(void *lo, void *hi))
{
	volatile uintptr_t here = 0;
	void *top = stack_top;
	if (!top && &__libc_stack_end)
		top = __libc_stack_end;
	if (!top)
		heap_throw("gc: stack top unknown (gc_set_stack_top not called)");
	visit((void *)&here, top);
}

static void scan_root_range(uintptr_t lo, uintptr_t hi)
{
	if (lo == 0 || hi <= lo)
		return;
	globals_scan_bytes += hi - lo;
	scan_conservative(lo, hi);
	drain_mark_stack();
}

static void scan_globals(void)
{
	globals_scan_bytes = 0;
	scan_root_range((uintptr_t)__start_godata, (uintptr_t)__stop_godata);
	scan_root_range((uintptr_t)__start_gobss, (uintptr_t)__stop_gobss);
	for (size_t i = 0; i < nroots; i++)
		scan_root_range(roots[i].lo, roots[i].hi);
}

static __attribute__((noinline)) void mark_roots(void)
{
	scan_globals();
	stack_scan_bytes = 0;
	rt_foreach_stack(visit_stack);
	drain_mark_stack();
}

/* Spill the callee-saved registers into this frame (which is on the
 * scanned stack), then mark. */
static __attribute__((noinline)) void mark_with_registers(void)
{
	uintptr_t regs[6];
	__asm__ volatile("movq %%rbx, 0(%0)\n\t"
	                 "movq %%rbp, 8(%0)\n\t"
	                 "movq %%r12, 16(%0)\n\t"
	                 "movq %%r13, 24(%0)\n\t"
	                 "movq %%r14, 32(%0)\n\t"
	                 "movq %%r15, 40(%0)"
	                 :
	                 : "r"(regs)
	                 : "memory");
	mark_roots();
	__asm__ volatile("" : : "r"(regs) : "memory");
}

/* ---- Sweeping -------------------------------------------------------------------------- */

static const uint8_t poison_byte = 0xdb;

static void poison_freed_slots(Span *s)
{
	for (uint32_t i = 0; i < s->nelems; i++)
		if (span_is_allocated(s, i) && !heap_bit(s->markbits, i))
			memset((void *)(s->base + i * s->elemsize), poison_byte, s->elemsize);
}

/* Sweep every span; the bytes still allocated (live) afterwards. */
static uint64_t sweep(void)
{
	memset(heap_partial, 0, sizeof heap_partial);
	uint64_t live = 0;
	for (Span *s = heap_inuse.next, *next; s != &heap_inuse; s = next) {
		next = s->next;
		if (s->sizeclass == 0) {
			if (s->markbits[0] & 1) {
				s->markbits[0] = 0;
				live += s->elemsize;
				continue;
			}
			heap_stats.large_free_bytes += s->elemsize;
			heap_stats.large_free_count++;
			if (gc_stress)
				memset((void *)s->base, poison_byte, s->elemsize);
			heap_free_span(s);
			continue;
		}
		uint32_t nwords = (s->nelems + 63) / 64;
		uint32_t nlive = 0;
		for (uint32_t i = 0; i < nwords; i++)
			nlive += (uint32_t)__builtin_popcountll(s->markbits[i]);
		if (nlive > s->alloc_count)
			heap_throw("gc: more marked objects than allocated ones in a span");
		uint32_t nfreed = s->alloc_count - nlive;
		heap_stats.small_free[s->sizeclass] += nfreed;
		if (nfreed && gc_stress)
			poison_freed_slots(s);
		if (nlive == 0) {
			heap_free_span(s);
			continue;
		}
		uint64_t *t = s->allocbits;
		s->allocbits = s->markbits;
		s->markbits = t;
		memset(s->markbits, 0, nwords * sizeof(uint64_t));
		s->alloc_count = nlive;
		s->freeindex = 0;
		s->alloc_cache = ~s->allocbits[0];
		if (nfreed)
			s->needzero = 1;
		if (nlive < s->nelems) {
			s->pnext = heap_partial[s->spanclass];
			heap_partial[s->spanclass] = s;
		}
		live += (uint64_t)nlive * s->elemsize;
	}
	return live;
}

/* ---- gctrace -------------------------------------------------------------------------- */

/* Decimal digits of v with a point before the last `dec` digits. */
static char *fmt_decimal(char *end, uint64_t v, int dec)
{
	char *p = end;
	*--p = 0;
	int i = 0;
	do {
		if (dec > 0 && i == dec)
			*--p = '.';
		*--p = (char)('0' + v % 10);
		v /= 10;
		i++;
	} while (v > 0 || i <= dec);
	return p;
}

/* Nanoseconds as milliseconds the way gctrace shows them: whole ms from
 * 10 ms up, else two significant digits with at most three decimals. */
static char *fmt_ms(char *end, uint64_t ns)
{
	if (ns >= 10000000)
		return fmt_decimal(end, ns / 1000000, 0);
	uint64_t us = ns / 1000;
	if (us == 0)
		return fmt_decimal(end, 0, 0);
	int dec = 3;
	while (us >= 100) {
		us /= 10;
		dec--;
	}
	return fmt_decimal(end, us, dec);
}

static void print_trace(int64_t t0, int64_t t1, int64_t t2, int64_t t3, uint64_t heap0, uint64_t heap1,
                        uint64_t heap2, uint64_t goal, bool forced)
{
	char b[7][32];
	char line[320];
	int util = (int)(heap_stats.gc_cpu_fraction * 100);
	snprintf(line, sizeof line,
	         "gc %u @%ss %d%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, %lu->%lu->%lu MB, %lu MB goal, "
	         "%lu MB stacks, %lu MB globals, 1 P%s\n",
	         (unsigned)heap_stats.numgc, fmt_decimal(b[0] + 32, (uint64_t)(t0 - heap_stats.start_ns) / 1000000, 3),
	         util, fmt_ms(b[1] + 32, (uint64_t)(t1 - t0)), fmt_ms(b[2] + 32, (uint64_t)(t2 - t1)),
	         fmt_ms(b[3] + 32, (uint64_t)(t3 - t2)), fmt_ms(b[4] + 32, (uint64_t)(t1 - t0)),
	         fmt_ms(b[5] + 32, (uint64_t)(t2 - t1)), fmt_ms(b[6] + 32, (uint64_t)(t3 - t2)),
	         (unsigned long)(heap0 >> 20), (unsigned long)(heap1 >> 20), (unsigned long)(heap2 >> 20),
	         (unsigned long)(goal >> 20), (unsigned long)(stack_scan_bytes >> 20),
	         (unsigned long)(globals_scan_bytes >> 20), forced ? " (forced)" : "");
	size_t n = strlen(line);
	if (write(2, line, n) < 0)
		return;
}

/* ---- The cycle ------------------------------------------------------------------------- */

static __attribute__((noinline)) void gc_cycle(bool forced)
{
	malloc_init();
	if (gc_running)
		heap_throw("gc: collection started during a collection");
	int64_t t0 = heap_nanotime();
	gc_running = true;
	heap_slowpath = true;
	uint64_t heap0 = heap_stats.heap_live;
	uint64_t goal = heap_stats.heap_goal;
	heap_flush_cache(true);

	int64_t t1 = heap_nanotime();
	mark_with_registers();
	uint64_t heap1 = heap_stats.heap_live;

	int64_t t2 = heap_nanotime();
	uint64_t live = sweep();
	heap_stats.heap_marked = live;
	heap_stats.heap_live = live;
	set_goal();
	uint64_t next = heap_stats.heap_goal;
	uint64_t room = next > live ? next - live : 0;
	uint64_t retain = (heap_arena.inuse_pages * (uint64_t)HEAP_PAGE_SIZE + room) / 10 * 11;
	int64_t t3 = heap_nanotime();
	heap_scavenge(retain, false, t3);
	if (gc_stress)
		gc_verify_heap(++stress_cycles % 64 == 0);

	t3 = heap_nanotime();
	uint64_t pause = (uint64_t)(t3 - t0);
	heap_stats.pause_ns[heap_stats.numgc % 256] = pause;
	uint64_t unix_now = (uint64_t)heap_unixnanos();
	heap_stats.pause_end[heap_stats.numgc % 256] = unix_now;
	heap_stats.pause_total_ns += pause;
	heap_stats.last_gc_unix = unix_now;
	heap_stats.gc_total_ns += pause;
	if (t3 > heap_stats.start_ns)
		heap_stats.gc_cpu_fraction = (double)heap_stats.gc_total_ns / (double)(t3 - heap_stats.start_ns);
	heap_stats.numgc++;
	if (forced)
		heap_stats.numforcedgc++;
	heap_stats.last_stack_scan = stack_scan_bytes;
	heap_stats.last_globals_scan = globals_scan_bytes;
	if (gc_debug_trace > 0)
		print_trace(t0, t1, t2, t3, heap0, heap1, live, goal, forced);
	gc_running = false;
	heap_slowpath = gc_stress > 0;
}

void gc_collect(void)
{
	gc_cycle(false);
}

void runtime_GC(void)
{
	gc_cycle(true);
}

/* package runtime's collect, under its GC (which then yields) */
void runtime_collect(void)
{
	gc_cycle(true);
}

void runtime_debug_freeosmemory(void)
{
	gc_cycle(true);
	heap_scavenge(0, true, heap_nanotime());
}

void gc_stress_tick(void)
{
	if (stress_countdown > 1) {
		stress_countdown--;
		return;
	}
	stress_countdown = (unsigned)gc_stress;
	gc_collect();
}

/* ---- Verification ---------------------------------------------------------------------- */

static _Noreturn void verify_fail(const char *what, uintptr_t addr)
{
	char buf[200];
	snprintf(buf, sizeof buf, "runtime: heap verification: %s (address %#lx)\n", what, (unsigned long)addr);
	if (write(2, buf, strlen(buf)) < 0)
		_exit(2);
	heap_throw("heap verification failed");
}

/* A pointer field of a live object must not point at a free slot. */
static void verify_pointer(uintptr_t from, uintptr_t p)
{
	uintptr_t off = p - heap_arena.base;
	if (off >= heap_arena.committed)
		return;
	Span *s = heap_arena.pagemap[off >> HEAP_PAGE_SHIFT];
	if (!s || s->state != SPAN_INUSE)
		verify_fail("pointer from a live object to a free page", from);
	if (p >= s->limit)
		return; /* a span's tail: never an object, Go's rules allow no such pointer */
	uintptr_t idx = ((p - s->base) * s->divmagic) >> 32;
	if (!span_is_allocated(s, idx))
		verify_fail("pointer from a live object to a freed slot", from);
}

static void verify_typed(uintptr_t lo, uintptr_t hi, const Type *t)
{
	if (!t || t->ptrdata == 0 || t->size == 0)
		return;
	for (uintptr_t e = lo; e < hi; e += t->size)
		for (uintptr_t j = 0; j < t->ptrdata / 8; j++)
			if ((t->gcmask[j >> 3] >> (j & 7)) & 1) {
				uintptr_t a = e + 8 * j;
				if (a + 8 > hi)
					return;
				verify_pointer(a, *(const uintptr_t *)a);
			}
}

static void verify_objects(Span *s)
{
	if (s->noscan)
		return;
	if (s->sizeclass == 0) {
		verify_typed(s->base, s->base + s->large_size, s->large_type);
		return;
	}
	for (uint32_t i = 0; i < s->nelems; i++) {
		if (!span_is_allocated(s, i))
			continue;
		uintptr_t obj = s->base + i * s->elemsize;
		if (s->heapbits) {
			uint64_t m = small_object_bits(s, obj);
			while (m) {
				unsigned j = (unsigned)__builtin_ctzll(m);
				m &= m - 1;
				verify_pointer(obj + 8 * j, ((const uintptr_t *)obj)[j]);
			}
		} else {
			verify_typed(obj + HEAP_MALLOC_HEADER, obj + s->elemsize, *(const Type **)obj);
		}
	}
}

/* Allocated slots of a span, and whether any mark bit is set. */
static uint32_t count_allocated(const Span *s, bool *marked)
{
	uint32_t count = 0;
	uint64_t any = 0;
	for (uint32_t w = 0; w * 64 < s->nelems; w++) {
		uint64_t bits = s->allocbits[w];
		uint32_t first = w * 64;
		if (s->freeindex > first)
			bits |= s->freeindex - first >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << (s->freeindex - first)) - 1;
		if (s->nelems - first < 64)
			bits &= ((uint64_t)1 << (s->nelems - first)) - 1;
		count += (uint32_t)__builtin_popcountll(bits);
		any |= s->markbits[w];
	}
	*marked = any != 0;
	return count;
}

/* Check the heap's invariants: page maps and free lists, span geometry,
 * allocation counts against the bitmaps and against MemStats, clear mark
 * bits, partial lists.  deep: also check that no pointer field of an
 * allocated object points at free memory.  Valid at any time outside a
 * collection; stress mode runs it after every cycle (deep now and then,
 * since marking already checks the pointers it follows). */
void gc_verify_heap(bool deep)
{
	heap_verify_pages();
	uint64_t objects = 0;
	uintptr_t pages = 0;
	for (Span *s = heap_inuse.next; s != &heap_inuse; s = s->next) {
		if (s->state != SPAN_INUSE)
			verify_fail("span on the in-use list is not in use", s->base);
		pages += s->npages;
		if (s->sizeclass != 0) {
			if (s->elemsize != heap_class_size[s->sizeclass] ||
			    s->nelems != s->npages * HEAP_PAGE_SIZE / s->elemsize ||
			    s->npages != heap_class_npages[s->sizeclass])
				verify_fail("span geometry does not match its size class", s->base);
			if ((heap_cache[s->spanclass] == s) != (s->incache != 0))
				verify_fail("span cache flag out of date", s->base);
		} else if (s->nelems != 1 || s->elemsize != s->npages * HEAP_PAGE_SIZE) {
			verify_fail("large span geometry", s->base);
		}
		bool marked;
		uint32_t count = count_allocated(s, &marked);
		if (marked)
			verify_fail("mark bit left set outside a collection", s->base);
		if (count != s->alloc_count || count > s->nelems)
			verify_fail("alloc_count disagrees with the allocation bitmap", s->base);
		if (count == 0 && !s->incache)
			verify_fail("empty span left in use after sweeping", s->base);
		objects += count;
		if (deep)
			verify_objects(s);
	}
	if (pages != heap_arena.inuse_pages)
		verify_fail("in-use list and page counters disagree", 0);
	for (int c = 0; c < HEAP_NUM_SPANCLASSES; c++)
		for (Span *s = heap_partial[c]; s; s = s->pnext)
			if (s->state != SPAN_INUSE || s->spanclass != c || s->incache || s->alloc_count >= s->nelems)
				verify_fail("bad span on a partial list", s->base);
	/* Every object counted as allocated and not freed is in some span. */
	uint64_t mallocs = heap_stats.large_alloc_count, frees = heap_stats.large_free_count;
	for (int c = 0; c < HEAP_NUM_CLASSES; c++) {
		mallocs += heap_stats.small_alloc[c];
		frees += heap_stats.small_free[c];
	}
	for (int c = 0; c < HEAP_NUM_SPANCLASSES; c++)
		if (heap_cache[c] && heap_cache[c] != &heap_empty_span)
			mallocs += heap_cache[c]->alloc_count - heap_cache[c]->alloc_count_cached;
	if (mallocs - frees != objects)
		verify_fail("Mallocs - Frees disagrees with the objects in the heap", 0);
}
