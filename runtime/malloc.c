/*
 * malloc.c — mallocgc and newobject, the one door into the heap.
 *
 * Every allocation of compiled code and of the runtime goes through
 * mallocgc(size, typ, needzero), so MemStats counts are exact.  The paths,
 * chosen as Go 1.26 chooses them:
 *
 *   size == 0                 &zerobase, nothing counted.
 *   noscan, size < 16         tiny allocator: requests are packed into the
 *                             current 16-byte block (class 2), aligned to 8,
 *                             4 or 2 bytes by the request's size; a request
 *                             that does not fit takes a new block, which
 *                             replaces the current one if it has more room
 *                             left.  Each request counts one malloc; only
 *                             new blocks add bytes (16).
 *   noscan, size <= 32760     a slot of the size class; zeroed only when the
 *                             caller asks and the span has been used before.
 *   pointers, size <= 512     a slot of the class; the object's pointer
 *                             bitmap is written into the span's heap bitmap
 *                             (one bit per word), repeated for arrays.
 *   pointers, size <= 32760   a slot of class(size + 8): the first word holds
 *                             the Type* (the malloc header), the object
 *                             follows.  That is why roundupsize adds 8.
 *   larger                    a span of its own, rounded up to whole pages;
 *                             the span records the type.
 *
 * Small slots come from a cache of one span per span class (class x
 * noscan).  The fast path takes the next free slot from the span's
 * alloc_cache with a count-trailing-zeros; it counts nothing else: the
 * per-class allocation counts are the spans' alloc_count deltas, folded into
 * the statistics when a span leaves the cache or MemStats are read (as
 * Go's mcache does).  When the span is full, refill takes a partially free
 * span of the class left by the last sweep, or a new span from the page
 * heap; that is also where the collector is triggered (GOGC pacing).
 *
 * heap_slowpath forces every call through malloc_slow: before
 * initialisation, while collecting (allocation during a collection is a
 * fatal error), and in stress mode, which collects before allocations.
 */
#include "heap.h"

#include <string.h>

uint8_t zerobase[8];

Span heap_empty_span;
Span *heap_cache[HEAP_NUM_SPANCLASSES];
Span *heap_partial[HEAP_NUM_SPANCLASSES];
bool heap_slowpath = true;

static uintptr_t tiny_block;  /* current tiny block, 0 if none */
static uintptr_t tiny_offset; /* bytes of it in use */

enum { TINY_SPANCLASS = HEAP_TINY_CLASS << 1 | 1 };

/* ---- Slots ------------------------------------------------------------------------ */

/* The next free slot from the alloc cache, or NULL when the cache cannot
 * say (empty, or the next slot starts a new 64-slot word). */
static inline void *next_free_fast(Span *s)
{
	uint64_t cache = s->alloc_cache;
	if (cache == 0)
		return NULL;
	unsigned tz = (unsigned)__builtin_ctzll(cache);
	uint32_t slot = s->freeindex + tz;
	if (slot >= s->nelems)
		return NULL;
	uint32_t next = slot + 1;
	if ((next & 63) == 0 && next != s->nelems)
		return NULL;
	s->alloc_cache = (cache >> tz) >> 1;
	s->freeindex = next;
	s->alloc_count++;
	return (void *)(s->base + slot * s->elemsize);
}

/* The next free slot, scanning the allocation bitmap; NULL if the span is full. */
static void *next_free(Span *s)
{
	uint32_t n = s->nelems;
	for (uint32_t i = s->freeindex; i < n; i = (i | 63) + 1) {
		uint64_t free_bits = ~s->allocbits[i >> 6] >> (i & 63);
		if (!free_bits)
			continue;
		uint32_t slot = i + (uint32_t)__builtin_ctzll(free_bits);
		if (slot >= n)
			break;
		uint32_t next = slot + 1;
		s->freeindex = next;
		s->alloc_cache = next < n ? ~s->allocbits[next >> 6] >> (next & 63) : 0;
		s->alloc_count++;
		return (void *)(s->base + slot * s->elemsize);
	}
	s->freeindex = n;
	s->alloc_cache = 0;
	return NULL;
}

static void init_span_class(Span *s, int spanclass)
{
	int c = spanclass >> 1;
	s->sizeclass = (uint8_t)c;
	s->spanclass = (uint8_t)spanclass;
	s->noscan = spanclass & 1;
	s->elemsize = heap_class_size[c];
	s->nelems = (uint32_t)(s->npages * HEAP_PAGE_SIZE / s->elemsize);
	s->limit = s->base + s->nelems * s->elemsize;
	s->divmagic = heap_class_divmagic(c);
	s->heapbits = !s->noscan && s->elemsize <= HEAP_MIN_SIZE_FOR_HEADER;
	s->allocbits = s->bitbuf[0];
	s->markbits = s->bitbuf[1];
	memset(s->bitbuf, 0, sizeof s->bitbuf);
	s->freeindex = 0;
	s->alloc_count = 0;
	s->alloc_cache = ~(uint64_t)0;
}

/* Retire the cached span of the class (it is full) and cache another one. */
static Span *refill(int spanclass)
{
	Span *old = heap_cache[spanclass];
	if (old != &heap_empty_span) {
		heap_stats.small_alloc[spanclass >> 1] += old->alloc_count - old->alloc_count_cached;
		old->incache = 0;
		heap_cache[spanclass] = &heap_empty_span;
	}
	if (heap_stats.heap_live >= gc_trigger)
		gc_collect();
	Span *s = heap_partial[spanclass];
	if (s) {
		heap_partial[spanclass] = s->pnext;
		s->pnext = NULL;
	} else {
		s = heap_alloc_span(heap_class_npages[spanclass >> 1]);
		init_span_class(s, spanclass);
	}
	s->incache = 1;
	s->alloc_count_cached = s->alloc_count;
	/* Pacing counts the whole free part of the span as allocated now. */
	heap_stats.heap_live += (uint64_t)(s->nelems - s->alloc_count) * s->elemsize;
	heap_cache[spanclass] = s;
	return s;
}

static __attribute__((noinline)) void *alloc_slow(int spanclass, Span **sp)
{
	Span *s = heap_cache[spanclass];
	void *v = next_free(s);
	if (!v) {
		s = refill(spanclass);
		v = next_free(s);
	}
	*sp = s;
	return v;
}

static inline void *alloc_slot(int spanclass, Span **sp)
{
	Span *s = heap_cache[spanclass];
	void *v = next_free_fast(s);
	if (__builtin_expect(v != NULL, 1)) {
		*sp = s;
		return v;
	}
	return alloc_slow(spanclass, sp);
}

/* ---- The paths ---------------------------------------------------------------------- */

static inline void *malloc_tiny(uintptr_t size)
{
	uintptr_t off = tiny_offset;
	if ((size & 7) == 0)
		off = (off + 7) & ~(uintptr_t)7;
	else if ((size & 3) == 0)
		off = (off + 3) & ~(uintptr_t)3;
	else if ((size & 1) == 0)
		off = (off + 1) & ~(uintptr_t)1;
	if (off + size <= HEAP_TINY_SIZE && tiny_block != 0) {
		tiny_offset = off + size;
		heap_stats.tiny_allocs++;
		return (void *)(tiny_block + off);
	}
	Span *s;
	uint64_t *block = alloc_slot(TINY_SPANCLASS, &s);
	block[0] = 0;
	block[1] = 0;
	/* Keep whichever block has more room left. */
	if (size < tiny_offset || tiny_block == 0) {
		tiny_block = (uintptr_t)block;
		tiny_offset = size;
	}
	return block;
}

/* Pointer bitmap of an object of `size` bytes made of elements of type t,
 * for the first nwords (<= 64) words. */
static inline uint64_t object_ptrmask(const Type *t, uintptr_t size, uintptr_t nwords)
{
	uintptr_t pw = t->ptrdata >> 3;
	const uint8_t *g = t->gcmask;
	uint64_t em;
	if (pw <= 8) {
		em = g[0] & ((1u << pw) - 1);
	} else {
		em = 0;
		for (uintptr_t i = 0; i < (pw + 7) >> 3 && i < 8; i++)
			em |= (uint64_t)g[i] << (8 * i);
		if (pw < 64)
			em &= ((uint64_t)1 << pw) - 1;
	}
	if (size <= t->size)
		return em;
	uintptr_t ew = t->size >> 3;
	uintptr_t n = size / t->size;
	uint64_t m = em;
	for (uintptr_t k = 1; k < n && k * ew < nwords; k++)
		m |= em << (k * ew);
	return m;
}

static inline void write_heap_bits(Span *s, uintptr_t obj, uintptr_t size, const Type *t)
{
	uintptr_t nw = s->elemsize >> 3;
	uint64_t m = object_ptrmask(t, size, nw);
	uintptr_t wo = (obj - s->base) >> 3;
	uint64_t *hb = s->heapbitmap + (wo >> 6);
	unsigned b = wo & 63;
	uint64_t field = nw >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << nw) - 1;
	m &= field;
	hb[0] = (hb[0] & ~(field << b)) | (m << b);
	if (b + nw > 64)
		hb[1] = (hb[1] & ~(field >> (64 - b))) | (m >> (64 - b));
}

static inline void *malloc_small_noscan(uintptr_t size, bool needzero)
{
	int spc = heap_size_class(size) << 1 | 1;
	Span *s;
	void *v = alloc_slot(spc, &s);
	if (needzero && s->needzero)
		memset(v, 0, s->elemsize);
	return v;
}

static inline void *malloc_small_scan(uintptr_t size, const Type *typ)
{
	int spc = heap_size_class(size) << 1;
	Span *s;
	void *v = alloc_slot(spc, &s);
	if (s->needzero)
		memset(v, 0, s->elemsize);
	write_heap_bits(s, (uintptr_t)v, size, typ);
	return v;
}

static void *malloc_header(uintptr_t size, const Type *typ)
{
	int spc = heap_size_class(size + HEAP_MALLOC_HEADER) << 1;
	Span *s;
	void *v = alloc_slot(spc, &s);
	if (s->needzero)
		memset(v, 0, s->elemsize);
	*(const Type **)v = typ;
	return (char *)v + HEAP_MALLOC_HEADER;
}

static __attribute__((noinline)) void *malloc_large(uintptr_t size, const Type *typ, bool noscan, bool needzero)
{
	if (size + HEAP_PAGE_SIZE < size)
		heap_throw("out of memory");
	uintptr_t npages = (size + HEAP_PAGE_SIZE - 1) >> HEAP_PAGE_SHIFT;
	uintptr_t bytes = npages << HEAP_PAGE_SHIFT;
	if (heap_stats.heap_live >= gc_trigger)
		gc_collect();
	Span *s = heap_alloc_span(npages);
	s->sizeclass = 0;
	s->spanclass = noscan;
	s->noscan = noscan;
	s->elemsize = bytes;
	s->nelems = 1;
	s->divmagic = 0;
	s->allocbits = s->bitbuf[0];
	s->markbits = s->bitbuf[1];
	s->allocbits[0] = 0;
	s->markbits[0] = 0;
	s->freeindex = 1;
	s->alloc_count = 1;
	s->alloc_cache = 0;
	s->large_type = noscan ? NULL : typ;
	s->large_size = size;
	heap_stats.large_alloc_bytes += bytes;
	heap_stats.large_alloc_count++;
	heap_stats.heap_live += bytes;
	if ((needzero || !noscan) && s->needzero)
		memset((void *)s->base, 0, bytes);
	return (void *)s->base;
}

static inline void *malloc_any(uintptr_t size, const Type *typ, bool needzero)
{
	bool noscan = typ == NULL || typ->ptrdata == 0;
	if (__builtin_expect(size <= HEAP_MAX_SMALL - HEAP_MALLOC_HEADER, 1)) {
		if (noscan) {
			if (size < HEAP_TINY_SIZE)
				return malloc_tiny(size);
			return malloc_small_noscan(size, needzero);
		}
		if (size <= HEAP_MIN_SIZE_FOR_HEADER)
			return malloc_small_scan(size, typ);
		return malloc_header(size, typ);
	}
	return malloc_large(size, typ, noscan, needzero);
}

/* ---- Entry points ------------------------------------------------------------------ */

void malloc_init(void)
{
	if (heap_initialized())
		return;
	heap_init();
	for (int i = 0; i < HEAP_NUM_SPANCLASSES; i++)
		heap_cache[i] = &heap_empty_span;
	heap_stats.start_ns = heap_nanotime();
	gc_init();
	heap_slowpath = gc_stress > 0;
}

static __attribute__((noinline)) void *malloc_slow(uintptr_t size, const Type *typ, bool needzero)
{
	malloc_init();
	if (gc_running)
		heap_throw("malloc during garbage collection");
	if (gc_stress)
		gc_stress_tick();
	return malloc_any(size, typ, needzero);
}

void *mallocgc(uintptr_t size, const Type *typ, bool needzero)
{
	if (size == 0)
		return zerobase;
	if (__builtin_expect(heap_slowpath, 0))
		return malloc_slow(size, typ, needzero);
	return malloc_any(size, typ, needzero);
}

void *newobject(const Type *typ)
{
	return mallocgc(typ->size, typ, true);
}

void heap_flush_cache(bool uncache)
{
	for (int i = 0; i < HEAP_NUM_SPANCLASSES; i++) {
		Span *s = heap_cache[i];
		if (s == &heap_empty_span || s == NULL)
			continue;
		heap_stats.small_alloc[i >> 1] += s->alloc_count - s->alloc_count_cached;
		s->alloc_count_cached = s->alloc_count;
		if (uncache) {
			s->incache = 0;
			heap_cache[i] = &heap_empty_span;
		}
	}
	tiny_block = 0;
	tiny_offset = 0;
}
