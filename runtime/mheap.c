/*
 * mheap.c — the arena, the page heap and span descriptors.
 *
 * Address space for the whole heap is reserved once at start-up (PROT_NONE,
 * 1 TiB by default, at Go's customary 0xc000000000 when it is free; the
 * environment variable TGO_MAXHEAP=<bytes>[k|m|g] caps it).  It is committed
 * from the bottom in 4 MiB chunks with mprotect as the heap grows; committed
 * memory stays committed, but free pages can be handed back to the OS with
 * madvise(MADV_DONTNEED) ("released", HeapReleased) and are faulted back in
 * zeroed when reused.  Fresh chunks count as released until first used, as
 * in Go.
 *
 * The arena is cut into 8 KiB pages.  A span is a run of pages described by
 * a Span descriptor (heap.h).  Two maps cover every page of the arena:
 *   pagemap[page]   the span of an in-use page (every page of the span), or,
 *                   for free runs, the run's descriptor at its first and last
 *                   page only (so freeing can coalesce with both neighbours);
 *   pagestate[page] for free pages: RELEASED (not resident, reads as zero)
 *                   and DIRTY (may hold old data, must be zeroed on reuse).
 * Both maps are reserved for the whole arena and committed alongside it.
 *
 * Free runs are kept maximal (neighbours always coalesced) in lists by
 * length: one list per length below 128 pages, found through a bitmap of
 * non-empty lists, and one list of longer runs searched best-fit.  A run
 * larger than the request is split; the low part is used.
 *
 * The scavenger (heap_scavenge, run by the collector after each sweep)
 * releases free runs that stayed free through a whole cycle while the
 * retained heap exceeds the collector's goal (paced: at most 64 MiB a
 * second), and any run that has stayed free through two collections and at least a
 * second; heap_scavenge(all) releases everything (debug.FreeOSMemory).
 *
 * Out of memory prints Go's messages: "runtime: out of memory: cannot
 * allocate N-byte block (M in use)" + "fatal error: out of memory" when the
 * arena is exhausted, "fatal error: runtime: out of memory" when the OS
 * refuses to commit memory.  Both exit with status 2.
 */
#include "heap.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#pragma weak rt_throw

Arena heap_arena;
Span heap_inuse = {.next = &heap_inuse, .prev = &heap_inuse};

enum { FREE_SMALL_MAX = 128 };
static Span free_small[FREE_SMALL_MAX]; /* list heads: runs of exactly n pages */
static uint64_t free_small_nonempty[FREE_SMALL_MAX / 64];
static Span free_large = {.next = &free_large, .prev = &free_large}; /* >= 128 pages */
static Span *span_pool;                 /* recycled descriptors */
static bool initialized;

static const uintptr_t default_arena = (uintptr_t)1 << 40;
static const uintptr_t arena_hint = 0xc000000000;
static const uintptr_t meta_granule = 64 << 10;

/* ---- Fatal errors ------------------------------------------------------------ */

static void write_stderr(const char *s)
{
	size_t n = strlen(s);
	while (n > 0) {
		ssize_t w = write(2, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

_Noreturn void heap_throw(const char *msg)
{
	if (rt_throw)
		rt_throw(msg);
	write_stderr("fatal error: ");
	write_stderr(msg);
	write_stderr("\n");
	_exit(2);
}

static _Noreturn void heap_out_of_arena(uintptr_t ask)
{
	char buf[160];
	uintptr_t in_use = heap_arena.committed;
	snprintf(buf, sizeof buf, "runtime: out of memory: cannot allocate %lu-byte block (%lu in use)\n",
	         (unsigned long)ask, (unsigned long)in_use);
	write_stderr(buf);
	heap_throw("out of memory");
}

/* ---- Set-up --------------------------------------------------------------------- */

static uintptr_t parse_size(const char *s)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);
	switch (*end) {
	case 'k': case 'K': v <<= 10; break;
	case 'm': case 'M': v <<= 20; break;
	case 'g': case 'G': v <<= 30; break;
	case 't': case 'T': v <<= 40; break;
	default: break;
	}
	return (uintptr_t)v;
}

static void *reserve(uintptr_t hint, uintptr_t size)
{
	void *p = mmap((void *)hint, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

bool heap_initialized(void)
{
	return initialized;
}

void heap_init(void)
{
	if (initialized)
		return;
	heap_init_sizeclasses();
	uintptr_t chunk = (uintptr_t)HEAP_CHUNK_PAGES * HEAP_PAGE_SIZE;
	uintptr_t size = default_arena;
	const char *env = getenv("TGO_MAXHEAP");
	if (env && *env) {
		size = parse_size(env);
		if (size < chunk)
			size = chunk;
		size = (size + chunk - 1) & ~(chunk - 1);
	}
	/* The arena is PROT_NONE until committed; MAP_NORESERVE only keeps the
	 * reservation itself out of the commit charge.  Committing (mprotect)
	 * is charged, so the OS can refuse it as it refuses Go's sysMap. */
	void *base = NULL;
	for (; size >= chunk; size /= 2) {
		base = reserve(arena_hint, size);
		if (base)
			break;
	}
	if (!base)
		heap_throw("runtime: cannot reserve arena virtual address space");
	uintptr_t npages = size >> HEAP_PAGE_SHIFT;
	uintptr_t pm_size = (npages * sizeof(Span *) + meta_granule - 1) & ~(meta_granule - 1);
	uintptr_t ps_size = (npages + meta_granule - 1) & ~(meta_granule - 1);
	void *pm = reserve(0, pm_size);
	void *ps = reserve(0, ps_size);
	if (!pm || !ps)
		heap_throw("runtime: cannot reserve arena virtual address space");
	heap_arena.base = (uintptr_t)base;
	heap_arena.reserved = size;
	heap_arena.pagemap = pm;
	heap_arena.pagestate = ps;
	for (int i = 0; i < FREE_SMALL_MAX; i++)
		free_small[i].next = free_small[i].prev = &free_small[i];
	initialized = true;
}

/* ---- Span descriptors ---------------------------------------------------------- */

static Span *span_new(void)
{
	if (!span_pool) {
		uintptr_t bytes = 256 << 10;
		void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			heap_throw("runtime: out of memory");
		heap_arena.span_sys += bytes;
		Span *a = p;
		for (uintptr_t i = 0; i < bytes / sizeof(Span); i++) {
			a[i].next = span_pool;
			span_pool = &a[i];
		}
	}
	Span *s = span_pool;
	span_pool = s->next;
	/* Everything but the bitmaps, which their users initialise. */
	memset(s, 0, offsetof(Span, bitbuf));
	heap_arena.span_inuse++;
	return s;
}

static void span_release(Span *s)
{
	s->state = SPAN_DEAD;
	s->next = span_pool;
	span_pool = s;
	heap_arena.span_inuse--;
}

/* ---- Free lists ------------------------------------------------------------------ */

static void list_insert(Span *head, Span *s)
{
	s->next = head->next;
	s->prev = head;
	head->next->prev = s;
	head->next = s;
}

static void list_remove(Span *s)
{
	s->prev->next = s->next;
	s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

static void free_list_push(Span *s)
{
	if (s->npages < FREE_SMALL_MAX) {
		list_insert(&free_small[s->npages], s);
		free_small_nonempty[s->npages >> 6] |= (uint64_t)1 << (s->npages & 63);
	} else {
		list_insert(&free_large, s);
	}
}

static void free_list_remove(Span *s)
{
	list_remove(s);
	uintptr_t n = s->npages;
	if (n < FREE_SMALL_MAX && free_small[n].next == &free_small[n])
		free_small_nonempty[n >> 6] &= ~((uint64_t)1 << (n & 63));
}

/* The smallest free run of at least npages pages, or NULL. */
static Span *free_list_find(uintptr_t npages)
{
	for (uintptr_t n = npages; n < FREE_SMALL_MAX;) {
		uint64_t w = free_small_nonempty[n >> 6] >> (n & 63);
		if (w) {
			n += (uintptr_t)__builtin_ctzll(w);
			return free_small[n].next;
		}
		n = (n | 63) + 1;
	}
	Span *best = NULL;
	for (Span *s = free_large.next; s != &free_large; s = s->next)
		if (s->npages >= npages &&
		    (!best || s->npages < best->npages || (s->npages == best->npages && s->base < best->base)))
			best = s;
	return best;
}

static inline uintptr_t page_index(uintptr_t addr)
{
	return (addr - heap_arena.base) >> HEAP_PAGE_SHIFT;
}

/* Make [base, base + npages) a free run, merging it with free neighbours. */
static void insert_free_run(uintptr_t base, uintptr_t npages, int64_t now)
{
	Span **map = heap_arena.pagemap;
	uintptr_t first = page_index(base);
	if (first > 0) {
		Span *left = map[first - 1];
		if (left && left->state == SPAN_FREE) {
			free_list_remove(left);
			map[first - 1] = NULL;
			base = left->base;
			npages += left->npages;
			first = page_index(base);
			span_release(left);
		}
	}
	uintptr_t end = first + npages;
	if (end < heap_arena.committed >> HEAP_PAGE_SHIFT) {
		Span *right = map[end];
		if (right && right->state == SPAN_FREE) {
			free_list_remove(right);
			map[end] = NULL;
			npages += right->npages;
			span_release(right);
		}
	}
	Span *r = span_new();
	r->state = SPAN_FREE;
	r->base = base;
	r->npages = npages;
	r->limit = base + npages * HEAP_PAGE_SIZE;
	r->free_gen = heap_stats.numgc;
	r->free_time = now;
	map[first] = r;
	map[first + npages - 1] = r;
	free_list_push(r);
}

/* ---- Growing ------------------------------------------------------------------------ */

static void commit_meta(uintptr_t npages_total)
{
	uintptr_t need = npages_total * sizeof(Span *);
	need = (need + meta_granule - 1) & ~(meta_granule - 1);
	uintptr_t have = heap_arena.meta_committed * sizeof(Span *);
	have = (have + meta_granule - 1) & ~(meta_granule - 1);
	if (need > have) {
		if (mprotect((char *)heap_arena.pagemap + have, need - have, PROT_READ | PROT_WRITE) != 0)
			heap_throw("runtime: out of memory");
		heap_arena.other_sys += need - have;
	}
	uintptr_t need_s = (npages_total + meta_granule - 1) & ~(meta_granule - 1);
	uintptr_t have_s = (heap_arena.meta_committed + meta_granule - 1) & ~(meta_granule - 1);
	if (need_s > have_s) {
		if (mprotect(heap_arena.pagestate + have_s, need_s - have_s, PROT_READ | PROT_WRITE) != 0)
			heap_throw("runtime: out of memory");
		heap_arena.other_sys += need_s - have_s;
	}
	heap_arena.meta_committed = npages_total;
}

static void heap_grow(uintptr_t npages)
{
	uintptr_t page = HEAP_PAGE_SIZE;
	uintptr_t ask = ((npages + HEAP_CHUNK_PAGES - 1) / HEAP_CHUNK_PAGES) * HEAP_CHUNK_PAGES * page;
	uintptr_t room = heap_arena.reserved - heap_arena.committed;
	if (npages > room / page)
		heap_out_of_arena(ask);
	if (ask > room)
		ask = room;
	uintptr_t start = heap_arena.base + heap_arena.committed;
	if (mprotect((void *)start, ask, PROT_READ | PROT_WRITE) != 0)
		heap_throw("runtime: out of memory");
	uintptr_t first = heap_arena.committed >> HEAP_PAGE_SHIFT;
	uintptr_t n = ask >> HEAP_PAGE_SHIFT;
	commit_meta(first + n);
	memset(heap_arena.pagestate + first, PAGE_RELEASED, n);
	heap_arena.committed += ask;
	heap_arena.released_pages += n;
	insert_free_run(start, n, heap_nanotime());
}

/* ---- Allocating and freeing spans --------------------------------------------- */

Span *heap_alloc_span(uintptr_t npages)
{
	if (!initialized)
		heap_init();
	Span *r = free_list_find(npages);
	if (!r) {
		heap_grow(npages);
		r = free_list_find(npages);
		if (!r)
			heap_throw("runtime: page heap inconsistent after growing");
	}
	free_list_remove(r);
	if (r->npages > npages) {
		/* The rest stays free; its neighbours are not free (runs are maximal). */
		Span *rest = span_new();
		rest->state = SPAN_FREE;
		rest->base = r->base + npages * HEAP_PAGE_SIZE;
		rest->npages = r->npages - npages;
		rest->limit = rest->base + rest->npages * HEAP_PAGE_SIZE;
		rest->free_gen = r->free_gen;
		rest->free_time = r->free_time;
		uintptr_t rf = page_index(rest->base);
		heap_arena.pagemap[rf] = rest;
		heap_arena.pagemap[rf + rest->npages - 1] = rest;
		free_list_push(rest);
	}
	uintptr_t base = r->base;
	memset(r, 0, offsetof(Span, bitbuf));
	r->state = SPAN_INUSE;
	r->base = base;
	r->npages = npages;
	r->limit = base + npages * HEAP_PAGE_SIZE;

	uintptr_t first = page_index(base);
	uint8_t *st = heap_arena.pagestate + first;
	uintptr_t released = 0;
	uint8_t dirty = 0;
	for (uintptr_t i = 0; i < npages; i++) {
		released += st[i] & PAGE_RELEASED;
		dirty |= st[i];
	}
	r->needzero = (dirty & PAGE_DIRTY) != 0;
	heap_arena.released_pages -= released;
	heap_arena.free_pages -= npages - released;
	heap_arena.inuse_pages += npages;
	Span **map = heap_arena.pagemap + first;
	for (uintptr_t i = 0; i < npages; i++)
		map[i] = r;
	list_insert(&heap_inuse, r);
	return r;
}

void heap_free_span(Span *s)
{
	list_remove(s);
	uintptr_t first = page_index(s->base);
	uintptr_t n = s->npages;
	memset(heap_arena.pagestate + first, PAGE_DIRTY, n);
	memset(heap_arena.pagemap + first, 0, n * sizeof(Span *));
	heap_arena.inuse_pages -= n;
	heap_arena.free_pages += n;
	uintptr_t base = s->base;
	span_release(s);
	insert_free_run(base, n, heap_nanotime());
}

/* ---- Scavenging ------------------------------------------------------------------- */

/* Return the resident pages of a free run to the OS; the number released. */
static uintptr_t release_run(Span *r)
{
	uintptr_t first = page_index(r->base);
	uint8_t *st = heap_arena.pagestate + first;
	uintptr_t done = 0;
	for (uintptr_t i = 0; i < r->npages;) {
		if (st[i] & PAGE_RELEASED) {
			i++;
			continue;
		}
		uintptr_t j = i;
		while (j < r->npages && !(st[j] & PAGE_RELEASED))
			j++;
		madvise((void *)(r->base + i * HEAP_PAGE_SIZE), (j - i) * HEAP_PAGE_SIZE, MADV_DONTNEED);
		memset(st + i, PAGE_RELEASED, j - i);
		done += j - i;
		i = j;
	}
	heap_arena.free_pages -= done;
	heap_arena.released_pages += done;
	return done;
}

static bool free_for_a_while(const Span *r, int64_t now)
{
	return heap_stats.numgc >= r->free_gen + 2 && now - r->free_time >= 1000000000;
}

/* Over the goal, only runs that stayed free through a whole cycle are
 * released: a run the sweep has just freed is likely to be allocated again
 * before the next collection, and releasing it would only make the program
 * fault it back in (as Go's scavenger, which works in the background and
 * from the top of the heap, does not). */
static bool over_goal_release(const Span *r)
{
	return r->free_gen < heap_stats.numgc;
}

/* Releasing over the goal is paced, as Go's background scavenger is (it
 * spends about 1% of a CPU): at most 64 MiB per second of run time, banked
 * up to 64 MiB. */
#define SCAVENGE_RATE_BYTES_PER_SEC ((uintptr_t)64 << 20)
static int64_t scavenge_budget = SCAVENGE_RATE_BYTES_PER_SEC; /* may go negative: a debt */
static int64_t scavenge_last;

typedef struct Scavenge {
	bool all, age_check;
	uintptr_t retained, retain_bytes;
	int64_t now;
} Scavenge;

static void scavenge_run(Scavenge *sc, Span *r)
{
	bool over = sc->retained > sc->retain_bytes && scavenge_budget > 0 && over_goal_release(r);
	if (!(sc->all || over || (sc->age_check && free_for_a_while(r, sc->now))))
		return;
	uintptr_t bytes = release_run(r) * HEAP_PAGE_SIZE;
	sc->retained -= bytes;
	if (!sc->all)
		scavenge_budget -= (int64_t)bytes;
}

void heap_scavenge(uintptr_t retain_bytes, bool all, int64_t now)
{
	static int64_t last_age_check;
	if (!initialized || heap_arena.free_pages == 0)
		return;
	if (now > scavenge_last) {
		double earned = (double)(now - scavenge_last) * SCAVENGE_RATE_BYTES_PER_SEC / 1e9;
		double b = (double)scavenge_budget + earned;
		scavenge_budget = b > SCAVENGE_RATE_BYTES_PER_SEC ? (int64_t)SCAVENGE_RATE_BYTES_PER_SEC : (int64_t)b;
		scavenge_last = now;
	}
	Scavenge sc = {all, now - last_age_check >= 1000000000,
	               (heap_arena.inuse_pages + heap_arena.free_pages) * HEAP_PAGE_SIZE, retain_bytes, now};
	/* Looking for long-free runs walks every free run: once a second is plenty. */
	if (!all && !sc.age_check && sc.retained <= retain_bytes)
		return;
	if (sc.age_check)
		last_age_check = now;
	/* Longest runs first: they give back the most for one system call. */
	for (Span *r = free_large.next; r != &free_large; r = r->next)
		scavenge_run(&sc, r);
	for (int n = FREE_SMALL_MAX - 1; n > 0; n--) {
		if (!all && !sc.age_check && sc.retained <= retain_bytes)
			break;
		for (Span *r = free_small[n].next; r != &free_small[n]; r = r->next)
			scavenge_run(&sc, r);
	}
}

/* ---- Verification (stress mode) -------------------------------------------------- */

static void verify_fail(const char *what, uintptr_t page)
{
	char buf[200];
	snprintf(buf, sizeof buf, "runtime: heap verification: %s at page %lu (address %#lx)\n", what,
	         (unsigned long)page, (unsigned long)(heap_arena.base + page * HEAP_PAGE_SIZE));
	write_stderr(buf);
	heap_throw("heap verification failed");
}

/* Walk the committed arena run by run and check the page maps, the free
 * lists and the page counters against each other. */
void heap_verify_pages(void)
{
	if (!initialized)
		return;
	Span **map = heap_arena.pagemap;
	uintptr_t total = heap_arena.committed >> HEAP_PAGE_SHIFT;
	uintptr_t inuse = 0, freep = 0, released = 0, nfree_runs = 0;
	bool prev_free = false;
	for (uintptr_t p = 0; p < total;) {
		Span *s = map[p];
		if (!s)
			verify_fail("page not covered by any span", p);
		if (s->base != heap_arena.base + p * HEAP_PAGE_SIZE || s->npages == 0 || p + s->npages > total)
			verify_fail("span does not start at its first page", p);
		if (s->state == SPAN_INUSE) {
			for (uintptr_t i = 0; i < s->npages; i++)
				if (map[p + i] != s)
					verify_fail("page of an in-use span maps elsewhere", p + i);
			inuse += s->npages;
			prev_free = false;
		} else if (s->state == SPAN_FREE) {
			if (prev_free)
				verify_fail("two adjacent free runs", p);
			if (map[p + s->npages - 1] != s)
				verify_fail("free run's last page does not map to it", p + s->npages - 1);
			for (uintptr_t i = 1; i + 1 < s->npages; i++)
				if (map[p + i])
					verify_fail("stale page map entry inside a free run", p + i);
			for (uintptr_t i = 0; i < s->npages; i++) {
				if (heap_arena.pagestate[p + i] & PAGE_RELEASED)
					released++;
				else
					freep++;
			}
			nfree_runs++;
			prev_free = true;
		} else {
			verify_fail("page maps to a dead span descriptor", p);
		}
		p += s->npages;
	}
	if (inuse != heap_arena.inuse_pages || freep != heap_arena.free_pages ||
	    released != heap_arena.released_pages)
		verify_fail("page counters disagree with the page map", total);
	uintptr_t listed = 0;
	for (int n = 1; n < FREE_SMALL_MAX; n++) {
		bool nonempty = (free_small_nonempty[n >> 6] >> (n & 63)) & 1;
		if (nonempty != (free_small[n].next != &free_small[n]))
			verify_fail("free list bitmap out of date", (uintptr_t)n);
		for (Span *r = free_small[n].next; r != &free_small[n]; r = r->next, listed++)
			if (r->state != SPAN_FREE || r->npages != (uintptr_t)n)
				verify_fail("wrong run on a free list", page_index(r->base));
	}
	for (Span *r = free_large.next; r != &free_large; r = r->next, listed++)
		if (r->state != SPAN_FREE || r->npages < FREE_SMALL_MAX)
			verify_fail("wrong run on the large free list", page_index(r->base));
	if (listed != nfree_runs)
		verify_fail("free lists and page map disagree on the number of runs", total);
}
