/*
 * map.c — Go's built-in map type: Go 1.26's "swiss table" maps, restated in C.
 *
 * The compiler lowers make(map), m[k], m[k] = v, delete, clear and range
 * over maps into the calls declared in abi.h (section "maps").  Users
 * compare allocs/op and B/op with gc, so this file reproduces not only Go's
 * semantics but its memory behaviour: the same objects, of the same sizes,
 * allocated at the same moments.  doc/maps.md has the longer story; in short:
 *
 *   map header (48 bytes, always the first object; on the stack when the map
 *   does not escape)
 *     used  — number of entries (first word: len(m) is one load)
 *     dir   — small map: one group of 8 slots, allocated at the first insert
 *             (or provided on the stack); large map: a directory of 2^depth
 *             table pointers (several entries may share a table)
 *
 *   group: 8 control bytes, then 8 slots {key, elem}.  A control byte is
 *     0x80 (empty), 0xfe (deleted, a tombstone) or the low 7 bits of the
 *     key's hash (full).  Keys and elements over 128 bytes are stored as
 *     pointers to separately allocated objects.
 *
 *   table (32 bytes) + its array of groups (a power of two of them):
 *     open addressing over groups with a triangular probe sequence, started
 *     by the hash bits above the low 7; at most 7/8 full (a one-group table:
 *     7 of 8).  A full table doubles (a new table and group array) until it
 *     would exceed 1024 slots; then it splits into two tables of 1024 slots,
 *     selected by one more top bit of the hash, doubling the directory if
 *     needed (extendible hashing).
 *
 * Growth therefore costs, per step, exactly what it costs in Go: 1 group at
 * the first insert, table + directory + 2 groups at the 9th entry, table +
 * groups per doubling, 2 tables + 2 group arrays (+ a directory) per split.
 * The internal objects are allocated with run-time built type descriptors
 * (the group's pointer bitmap comes from the key and element types) so the
 * collector scans them precisely and noscan/scan size classes match Go's.
 *
 * Hashing: per map a random seed; fast inlined hash/equality for keys that
 * are plain memory of 4 or 8 bytes, strings and floats, memory hashing for
 * other padding-free keys, and rt_typehash/rt_typeequal (alg.c) for the
 * rest (interfaces, structs with strings or floats, ...).  A NaN hashes to a
 * random value and never equals itself, so each m[NaN] = v adds an entry
 * that only iteration and clear can reach.
 *
 * Iteration follows Go's rules (and Go's algorithm): a random starting slot
 * and directory offset per range loop; a table that grows or splits during
 * the loop keeps being walked in its old form (held by the iterator), each
 * key found there being looked up again in the live map so that deleted
 * entries are skipped and updated elements are seen.
 *
 * One OS thread, cooperative goroutines, and no yielding inside this file:
 * no locking, and concurrent map writes cannot happen.
 */
#include <emmintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <time.h>

#include "abi.h"

enum {
	MAP_SLOTS = 8,            /* slots per group */
	MAP_MAX_INLINE = 128,     /* larger keys/elements are stored indirectly */
	MAP_MAX_TABLE_CAP = 1024, /* a table with more slots than this splits */
	MAP_ZERO_SIZE = 1024,     /* elements up to this size share one zero value */
};

#define MAP_MAX_ALLOC ((uint64_t)1 << 48) /* Go's maxAlloc on linux/amd64 */
#define CTRL_EMPTY 0x80u
#define CTRL_DELETED 0xfeu
#define CTRL_ALL_EMPTY 0x8080808080808080ull

/* How keys are hashed and compared. */
enum {
	HK_MEM8,    /* 8 bytes of plain memory (ints, pointers, chans, [8]byte, ...) */
	HK_MEM4,    /* 4 bytes of plain memory */
	HK_STR,     /* a string (possibly wrapped in a one-field struct or [1]array) */
	HK_F64,     /* a float64 */
	HK_F32,     /* a float32 */
	HK_MEM,     /* other padding-free plain memory of any size (0 included) */
	HK_GENERIC, /* rt_typehash / rt_typeequal */
};

/* What the map code needs to know about one map type; built on first use,
 * never freed, not a Go allocation. */
typedef struct MapInfo {
	const Type *mt, *key, *elem;
	uintptr_t keysize, elemsize; /* the Go types' sizes */
	uintptr_t slotsize, elemoff, groupsize;
	uint8_t hk;             /* HK_* */
	bool indirectkey;       /* key stored as a pointer (size > 128) */
	bool indirectelem;      /* element stored as a pointer (size > 128) */
	bool needkeyupdate;     /* overwrite the key on update (+0/-0, strings, ...) */
	bool hashmightpanic;    /* the key type contains interfaces */
	bool keypointers;       /* clear the key on delete */
	bool prune;             /* Go's fast assign paths: prune tombstones before growing */
	const void *zero;       /* the element type's zero value */
	Type group;             /* descriptor of one group, for mallocgc */
} MapInfo;

/* The map object (Go: internal/runtime/maps.Map, also 48 bytes). */
typedef struct Map {
	uint64_t used;          /* entries; must be first (len) */
	uint64_t seed;
	void *dir;              /* small: the group; else Table *[dirlen] */
	const MapInfo *info;    /* not a heap pointer: outside the GC mask */
	int32_t dirlen;         /* 0: small map (or no group yet) */
	uint32_t clearseq;      /* bumped by clear, for iterators */
	uint8_t globaldepth;    /* log2(dirlen) */
	uint8_t globalshift;    /* 64 - globaldepth */
	uint8_t tombstones;     /* some table may hold deleted slots */
	uint8_t _pad[5];
} Map;

/* A table (Go: internal/runtime/maps.table, also 32 bytes). */
typedef struct Table {
	uint16_t used;
	uint16_t capacity;      /* slots, a power of two >= 8 */
	uint16_t growthleft;    /* inserts into empty slots before the next rehash */
	uint8_t localdepth;     /* hash bits that select this table */
	uint8_t _pad;
	intptr_t index;         /* first directory index; -1 once replaced */
	uint8_t *groups;
	uint64_t lengthmask;    /* number of groups - 1 */
} Table;

/* The iterator, overlaid on the caller's MapIter. */
typedef struct Iter {
	void *key;
	void *elem;
	const MapInfo *mi;
	Map *m;                 /* NULL: nothing (left) to produce */
	uint64_t entryoff;      /* random rotation of the slot order */
	uint64_t diroff;        /* random rotation of the directory order */
	uint64_t clearseq;      /* m->clearseq at the start */
	int64_t diridx;         /* directory position (before diroff); -1: small */
	Table *tab;             /* table being walked (possibly replaced since) */
	uint8_t *group;         /* group of the current entry */
	uint64_t entryidx;      /* slot position in tab (before entryoff) */
	uint64_t globaldepth;   /* m->globaldepth when last seen */
} Iter;

_Static_assert(sizeof(Map) == MAP_HEADER_SIZE, "map header size");
_Static_assert(sizeof(Table) == 32, "table size");
_Static_assert(sizeof(Iter) <= sizeof(MapIter), "iterator size");

/* ---- Descriptors of the internal objects -------------------------------------- */

static const uint8_t mask_word2[1] = {0x04};
static const uint8_t mask_word0[1] = {0x01};
static const Type map_header_type = {
	.size = sizeof(Map), .ptrdata = 24, .kind = KIND_STRUCT, .align = 8,
	.gcmask = mask_word2, .name = "internal/runtime/maps.Map",
};
static const Type table_type = {
	.size = sizeof(Table), .ptrdata = 24, .kind = KIND_STRUCT, .align = 8,
	.gcmask = mask_word2, .name = "internal/runtime/maps.table",
};
static const Type table_ptr_type = {
	.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8,
	.gcmask = mask_word0, .name = "*internal/runtime/maps.table",
};

static const uint8_t map_zeroval[MAP_ZERO_SIZE] __attribute__((aligned(64)));

/* ---- Small helpers -------------------------------------------------------------- */

__extension__ typedef unsigned __int128 u128;

static inline uint64_t mix(uint64_t a, uint64_t b)
{
	u128 r = (u128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const void *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t load32(const void *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static inline unsigned ctz(unsigned x) { return (unsigned)__builtin_ctz(x); }

/* Bit i of a match result is slot i of the group. */
static inline unsigned match_byte(uint64_t ctrl, uint8_t b)
{
	__m128i c = _mm_cvtsi64_si128((long long)ctrl);
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(c, _mm_set1_epi8((char)b))) & 0xff;
}
static inline unsigned match_h2(uint64_t ctrl, unsigned h2) { return match_byte(ctrl, (uint8_t)h2); }
static inline unsigned match_empty(uint64_t ctrl) { return match_byte(ctrl, CTRL_EMPTY); }
static inline unsigned match_free(uint64_t ctrl) /* empty or deleted */
{
	return (unsigned)_mm_movemask_epi8(_mm_cvtsi64_si128((long long)ctrl)) & 0xff;
}
static inline unsigned match_full(uint64_t ctrl) { return ~match_free(ctrl) & 0xff; }

static uint64_t pow2ceil(uint64_t n)
{
	if (n <= 1)
		return 1;
	return (uint64_t)1 << (64 - __builtin_clzll(n - 1));
}

static _Noreturn void map_oom(void)
{
	rt_throw("out of memory (map metadata)");
}

/* ---- Random numbers (seeds, iteration order, NaN hashes) ------------------------- */

static uint64_t rand_state;

static uint64_t map_rand(void)
{
	if (rand_state == 0) {
		const uint8_t *r = (const uint8_t *)getauxval(AT_RANDOM);
		uint64_t s = 0;
		if (r != NULL)
			memcpy(&s, r + 8, 8);
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		s ^= (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ull ^ (uint64_t)ts.tv_sec;
		rand_state = s | 1;
	}
	rand_state += 0xa0761d6478bd642full;
	return mix(rand_state, rand_state ^ 0xe7037ed1a0b428dbull);
}

/* ---- Hashing ---------------------------------------------------------------------- */

/* A multiply-and-fold hash in the style of wyhash (public domain). */
#define HK0 0xa0761d6478bd642full
#define HK1 0xe7037ed1a0b428dbull
#define HK2 0x8ebc6af09c88c6e3ull

static inline uint64_t hash_word(uint64_t k, uint64_t seed)
{
	uint64_t a = k ^ seed ^ HK0;
	uint64_t b = ((k << 32) | (k >> 32)) ^ HK1;
	return mix(mix(a, b) ^ seed, HK2 ^ 8);
}

static uint64_t hash_bytes(const uint8_t *p, uintptr_t n, uint64_t seed)
{
	uint64_t a, b;
	seed ^= HK0;
	if (n <= 16) {
		if (n >= 4) {
			uintptr_t q = (n >> 3) << 2;
			a = (load32(p) << 32) | load32(p + q);
			b = (load32(p + n - 4) << 32) | load32(p + n - 4 - q);
		} else if (n > 0) {
			a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
			b = 0;
		} else {
			a = b = 0;
		}
	} else {
		uintptr_t i = n;
		if (i > 48) {
			uint64_t s1 = seed, s2 = seed;
			do {
				seed = mix(load64(p) ^ HK1, load64(p + 8) ^ seed);
				s1 = mix(load64(p + 16) ^ HK2, load64(p + 24) ^ s1);
				s2 = mix(load64(p + 32) ^ HK0, load64(p + 40) ^ s2);
				p += 48;
				i -= 48;
			} while (i > 48);
			seed ^= s1 ^ s2;
		}
		while (i > 16) {
			seed = mix(load64(p) ^ HK1, load64(p + 8) ^ seed);
			p += 16;
			i -= 16;
		}
		a = load64(p + i - 16);
		b = load64(p + i - 8);
	}
	u128 r = (u128)(a ^ HK1) * (b ^ seed);
	return mix((uint64_t)r ^ HK0 ^ n, (uint64_t)(r >> 64) ^ HK1);
}

static inline uint64_t hash_f64(const void *p, uint64_t seed)
{
	double f;
	memcpy(&f, p, 8);
	if (f == 0)
		return hash_word(0, seed); /* +0 and -0 */
	if (f != f)
		return hash_word(map_rand(), seed); /* NaN: anywhere */
	return hash_word(load64(p), seed);
}

static inline uint64_t hash_f32(const void *p, uint64_t seed)
{
	float f;
	memcpy(&f, p, 4);
	if (f == 0)
		return hash_word(0, seed);
	if (f != f)
		return hash_word(map_rand(), seed);
	return hash_word(load32(p), seed);
}

static inline __attribute__((always_inline)) uint64_t key_hash(const MapInfo *mi, int hk, const void *key, uint64_t seed)
{
	switch (hk) {
	case HK_MEM8:
		return hash_word(load64(key), seed);
	case HK_MEM4:
		return hash_word(load32(key), seed);
	case HK_STR: {
		GoString s;
		memcpy(&s, key, sizeof s);
		return hash_bytes(s.ptr, (uintptr_t)s.len, seed);
	}
	case HK_F64:
		return hash_f64(key, seed);
	case HK_F32:
		return hash_f32(key, seed);
	case HK_MEM:
		return hash_bytes(key, mi->keysize, seed);
	default:
		return rt_typehash(mi->key, key, (uintptr_t)seed);
	}
}

static inline __attribute__((always_inline)) bool key_equal(const MapInfo *mi, int hk, const void *a, const void *b)
{
	switch (hk) {
	case HK_MEM8:
		return load64(a) == load64(b);
	case HK_MEM4:
		return load32(a) == load32(b);
	case HK_STR: {
		GoString x, y;
		memcpy(&x, a, sizeof x);
		memcpy(&y, b, sizeof y);
		return x.len == y.len && (x.ptr == y.ptr || memcmp(x.ptr, y.ptr, (size_t)x.len) == 0);
	}
	case HK_F64: {
		double x, y;
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		return x == y;
	}
	case HK_F32: {
		float x, y;
		memcpy(&x, a, 4);
		memcpy(&y, b, 4);
		return x == y;
	}
	case HK_MEM:
		return memcmp(a, b, mi->keysize) == 0;
	default:
		return rt_typeequal(mi->key, a, b);
	}
}

/* ---- Map types: layout, hashing strategy, group descriptor ---------------------- */

static const StructField *struct_fields(const Type *t) { return (const StructField *)t->extra; }

static bool is_blank(const StructField *f) { return f->name != NULL && strcmp(f->name, "_") == 0; }

/* A struct of one (non-blank) field or an array of one element behaves like
 * that field or element (as in gc's algorithm selection). */
static const Type *unwrap_single(const Type *t)
{
	for (;;) {
		if (t->kind == KIND_ARRAY && t->len == 1 && t->elem != NULL && t->elem->size == t->size)
			t = t->elem;
		else if (t->kind == KIND_STRUCT && t->len == 1 && !is_blank(&struct_fields(t)[0]) &&
			 struct_fields(t)[0].type->size == t->size)
			t = struct_fields(t)[0].type;
		else
			return t;
	}
}

/* Equality is bitwise equality and no bits are padding: hash the bytes. */
static bool is_plain_memory(const Type *t)
{
	switch (t->kind) {
	case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
	case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
	case KIND_UINT64: case KIND_UINTPTR: case KIND_POINTER: case KIND_CHAN:
	case KIND_UNSAFEPOINTER:
		return true;
	case KIND_ARRAY:
		return t->len == 0 || is_plain_memory(t->elem);
	case KIND_STRUCT: {
		uintptr_t end = 0;
		for (uintptr_t i = 0; i < t->len; i++) {
			const StructField *f = &struct_fields(t)[i];
			if (is_blank(f) || f->offset != end || !is_plain_memory(f->type))
				return false;
			end = f->offset + f->type->size;
		}
		return end == t->size;
	}
	default:
		return false;
	}
}

/* Keys that compare equal may differ in bits (floats, strings'
 * backing stores, interfaces): an update stores the new key. */
static bool need_key_update(const Type *t)
{
	switch (t->kind) {
	case KIND_FLOAT32: case KIND_FLOAT64: case KIND_COMPLEX64: case KIND_COMPLEX128:
	case KIND_STRING: case KIND_INTERFACE:
		return true;
	case KIND_ARRAY:
		return t->len > 0 && need_key_update(t->elem);
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++)
			if (need_key_update(struct_fields(t)[i].type))
				return true;
		return false;
	default:
		return false;
	}
}

static bool hash_might_panic(const Type *t)
{
	switch (t->kind) {
	case KIND_INTERFACE:
		return true;
	case KIND_ARRAY:
		return t->len > 0 && hash_might_panic(t->elem);
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++)
			if (hash_might_panic(struct_fields(t)[i].type))
				return true;
		return false;
	default:
		return false;
	}
}

static uintptr_t align_up(uintptr_t n, uintptr_t a) { return (n + a - 1) & ~(a - 1); }
static uintptr_t type_align(const Type *t) { return t->align ? t->align : 1; }

/* Set in mask the pointer words of a value of type t stored at byte off. */
static void mark_pointers(uint8_t *mask, uintptr_t off, const Type *t, bool indirect)
{
	uintptr_t w0 = off / 8;
	if (indirect) {
		mask[w0 / 8] |= (uint8_t)(1u << (w0 % 8));
		return;
	}
	for (uintptr_t j = 0; j < t->ptrdata / 8; j++)
		if ((t->gcmask[j / 8] >> (j % 8)) & 1)
			mask[(w0 + j) / 8] |= (uint8_t)(1u << ((w0 + j) % 8));
}

static MapInfo *info_build(const Type *mt)
{
	MapInfo *mi = calloc(1, sizeof *mi);
	if (mi == NULL)
		map_oom();
	const Type *k = mt->key, *e = mt->elem;
	mi->mt = mt;
	mi->key = k;
	mi->elem = e;
	mi->keysize = k->size;
	mi->elemsize = e->size;
	mi->indirectkey = k->size > MAP_MAX_INLINE;
	mi->indirectelem = e->size > MAP_MAX_INLINE;

	/* The slot is struct { key K; elem E } (K or E replaced by a pointer
	 * when indirect), laid out as gc lays out structs, including the extra
	 * byte after a zero-size last field. */
	uintptr_t ks = mi->indirectkey ? 8 : k->size, ka = mi->indirectkey ? 8 : type_align(k);
	uintptr_t es = mi->indirectelem ? 8 : e->size, ea = mi->indirectelem ? 8 : type_align(e);
	uintptr_t sa = ka > ea ? ka : ea;
	mi->elemoff = align_up(ks, ea);
	uintptr_t ss = mi->elemoff + es;
	if (ss > 0 && es == 0)
		ss++;
	mi->slotsize = align_up(ss, sa);
	mi->groupsize = 8 + MAP_SLOTS * mi->slotsize;
	if (mi->slotsize == 0)
		mi->groupsize = 16; /* ctrl word + the padding byte, aligned */

	const Type *u = unwrap_single(k);
	if (is_plain_memory(k))
		mi->hk = k->size == 8 ? HK_MEM8 : k->size == 4 ? HK_MEM4 : HK_MEM;
	else if (u->kind == KIND_STRING)
		mi->hk = HK_STR;
	else if (u->kind == KIND_FLOAT64)
		mi->hk = HK_F64;
	else if (u->kind == KIND_FLOAT32)
		mi->hk = HK_F32;
	else
		mi->hk = HK_GENERIC;
	mi->needkeyupdate = need_key_update(k);
	mi->hashmightpanic = hash_might_panic(k);
	mi->keypointers = k->ptrdata != 0;
	/* gc's mapassign_fast32/fast64/faststr (not fast64ptr, not the generic
	 * mapassign) try to prune tombstones before growing a table. */
	mi->prune = e->size <= MAP_MAX_INLINE &&
		    (u->kind == KIND_STRING ||
		     ((mi->hk == HK_MEM8 || mi->hk == HK_MEM4) && k->ptrdata == 0));

	if (e->size <= MAP_ZERO_SIZE) {
		mi->zero = map_zeroval;
	} else {
		mi->zero = calloc(1, e->size);
		if (mi->zero == NULL)
			map_oom();
	}

	/* The group's descriptor: pointer words of every slot's key and elem. */
	Type *g = &mi->group;
	g->size = mi->groupsize;
	g->kind = KIND_STRUCT;
	g->align = 8;
	g->name = "internal/runtime/maps.group";
	if (k->ptrdata != 0 || e->ptrdata != 0 || mi->indirectkey || mi->indirectelem) {
		uintptr_t words = mi->groupsize / 8;
		uint8_t *mask = calloc((words + 7) / 8, 1);
		if (mask == NULL)
			map_oom();
		for (uintptr_t i = 0; i < MAP_SLOTS; i++) {
			uintptr_t off = 8 + i * mi->slotsize;
			if (mi->indirectkey || k->ptrdata != 0)
				mark_pointers(mask, off, k, mi->indirectkey);
			if (mi->indirectelem || e->ptrdata != 0)
				mark_pointers(mask, off + mi->elemoff, e, mi->indirectelem);
		}
		uintptr_t last = 0;
		for (uintptr_t w = 0; w < words; w++)
			if ((mask[w / 8] >> (w % 8)) & 1)
				last = w + 1;
		g->ptrdata = last * 8;
		g->gcmask = mask;
	}
	return mi;
}

/* maptype -> MapInfo, an open-addressing table keyed by descriptor address. */
static struct InfoSlot {
	const Type *mt;
	MapInfo *mi;
} *info_slots;
static size_t info_cap, info_count;

static size_t info_index(const Type *mt, size_t cap)
{
	return (size_t)(mix((uint64_t)(uintptr_t)mt, HK1) & (cap - 1));
}

static const MapInfo *map_info(const Type *mt)
{
	static const Type *last_mt;
	static const MapInfo *last_mi;
	if (mt == last_mt)
		return last_mi;
	if (info_cap != 0) {
		for (size_t i = info_index(mt, info_cap);; i = (i + 1) & (info_cap - 1)) {
			if (info_slots[i].mt == mt) {
				last_mt = mt;
				last_mi = info_slots[i].mi;
				return last_mi;
			}
			if (info_slots[i].mt == NULL)
				break;
		}
	}
	if (2 * (info_count + 1) > info_cap) {
		size_t ncap = info_cap ? 2 * info_cap : 64;
		struct InfoSlot *ns = calloc(ncap, sizeof *ns);
		if (ns == NULL)
			map_oom();
		for (size_t j = 0; j < info_cap; j++) {
			if (info_slots[j].mt == NULL)
				continue;
			size_t i = info_index(info_slots[j].mt, ncap);
			while (ns[i].mt != NULL)
				i = (i + 1) & (ncap - 1);
			ns[i] = info_slots[j];
		}
		free(info_slots);
		info_slots = ns;
		info_cap = ncap;
	}
	MapInfo *mi = info_build(mt);
	size_t i = info_index(mt, info_cap);
	while (info_slots[i].mt != NULL)
		i = (i + 1) & (info_cap - 1);
	info_slots[i].mt = mt;
	info_slots[i].mi = mi;
	info_count++;
	last_mt = mt;
	last_mi = mi;
	return mi;
}

/* For tests and debugging: the layout this file uses for a map type (Go's
 * MapType.GroupSize, SlotSize, ElemOff, Flags), and its group descriptor. */
const Type *map_layout(const Type *mt, uintptr_t *groupsize, uintptr_t *slotsize, uintptr_t *elemoff, uint32_t *flags)
{
	const MapInfo *mi = map_info(mt);
	*groupsize = mi->groupsize;
	*slotsize = mi->slotsize;
	*elemoff = mi->elemoff;
	*flags = (mi->needkeyupdate ? 1u : 0) | (mi->hashmightpanic ? 2u : 0) |
		 (mi->indirectkey ? 4u : 0) | (mi->indirectelem ? 8u : 0);
	return &mi->group;
}

/* ---- Slots ------------------------------------------------------------------------ */

static inline uint8_t *slot_at(const MapInfo *mi, uint8_t *g, unsigned i) { return g + 8 + i * mi->slotsize; }

static inline void *slot_key(const MapInfo *mi, uint8_t *slot)
{
	return mi->indirectkey ? *(void **)slot : (void *)slot;
}

static inline void *slot_elem(const MapInfo *mi, uint8_t *slot)
{
	uint8_t *e = slot + mi->elemoff;
	return mi->indirectelem ? *(void **)e : (void *)e;
}

/* Store a new key in slot i of group g and mark it full; returns where the
 * element goes (allocating indirect key and element storage, as Go does). */
static void *slot_fill(const MapInfo *mi, uint8_t *g, unsigned i, const void *key, uint64_t hash)
{
	uint8_t *slot = slot_at(mi, g, i);
	void *k = slot;
	if (mi->indirectkey) {
		k = newobject(mi->key);
		*(void **)slot = k;
	}
	memcpy(k, key, mi->keysize);
	void *e = slot + mi->elemoff;
	if (mi->indirectelem) {
		void *p = newobject(mi->elem);
		*(void **)e = p;
		e = p;
	}
	g[i] = (uint8_t)(hash & 0x7f);
	return e;
}

/* Drop what a deleted slot references; the element is always zeroed (a
 * later m[k] op= v must start from zero). */
static void slot_clear(const MapInfo *mi, uint8_t *slot)
{
	if (mi->indirectkey)
		*(void **)slot = NULL;
	else if (mi->keypointers)
		memset(slot, 0, mi->keysize);
	uint8_t *e = slot + mi->elemoff;
	if (mi->indirectelem)
		*(void **)e = NULL;
	else
		memset(e, 0, mi->elemsize);
}

/* ---- Tables --------------------------------------------------------------------- */

static uint16_t max_growth(uint32_t capacity)
{
	/* One group: all but one slot (a probe needs an empty slot to stop). */
	return (uint16_t)(capacity <= MAP_SLOTS ? capacity - 1 : capacity * 7 / 8);
}

static inline uint8_t *table_group(const MapInfo *mi, const Table *t, uint64_t i)
{
	return t->groups + i * mi->groupsize;
}

static Table *table_new(const MapInfo *mi, uint64_t capacity, intptr_t index, uint8_t depth)
{
	if (capacity < MAP_SLOTS)
		capacity = MAP_SLOTS;
	capacity = pow2ceil(capacity);
	Table *t = mallocgc(sizeof(Table), &table_type, true);
	t->index = index;
	t->localdepth = depth;
	uint64_t ngroups = capacity / MAP_SLOTS;
	t->groups = mallocgc(ngroups * mi->groupsize, &mi->group, true);
	t->lengthmask = ngroups - 1;
	t->capacity = (uint16_t)capacity;
	t->growthleft = max_growth((uint32_t)capacity);
	for (uint64_t i = 0; i < ngroups; i++)
		*(uint64_t *)table_group(mi, t, i) = CTRL_ALL_EMPTY;
	return t;
}

/* Find key (hash h) in t: its element, and in *keyp the stored key. */
static inline __attribute__((always_inline)) void *table_find(const MapInfo *mi, int hk, const Table *t, uint64_t h,
							      const void *key, void **keyp)
{
	uint64_t mask = t->lengthmask, off = (h >> 7) & mask;
	unsigned h2 = (unsigned)(h & 0x7f);
	for (uint64_t step = 1;; step++) {
		uint8_t *g = table_group(mi, t, off);
		uint64_t ctrl = load64(g);
		for (unsigned b = match_h2(ctrl, h2); b != 0; b &= b - 1) {
			uint8_t *slot = slot_at(mi, g, ctz(b));
			void *k = slot_key(mi, slot);
			if (key_equal(mi, hk, key, k)) {
				if (keyp != NULL)
					*keyp = k;
				return slot_elem(mi, slot);
			}
		}
		if (match_empty(ctrl) != 0)
			return NULL;
		off = (off + step) & mask;
	}
}

/* Put a key known to be absent into a table with room and no tombstones
 * (rehashing); the slot contents are copied as they are, so indirect keys
 * and elements move by pointer. */
static void table_put_moved(const MapInfo *mi, Table *t, uint64_t h, const uint8_t *oldslot)
{
	uint64_t mask = t->lengthmask, off = (h >> 7) & mask;
	for (uint64_t step = 1;; step++) {
		uint8_t *g = table_group(mi, t, off);
		unsigned free = match_free(load64(g));
		if (free != 0) {
			unsigned i = ctz(free);
			memcpy(slot_at(mi, g, i), oldslot, mi->slotsize);
			g[i] = (uint8_t)(h & 0x7f);
			t->growthleft--;
			t->used++;
			return;
		}
		off = (off + step) & mask;
	}
}

static void map_replace_table(Map *m, Table *nt)
{
	Table **dir = m->dir;
	intptr_t n = (intptr_t)1 << (m->globaldepth - nt->localdepth);
	for (intptr_t i = 0; i < n; i++)
		dir[nt->index + i] = nt;
}

/* Copy every full slot of t into lo, or into hi when the hash has hibit
 * set (hibit 0: everything into lo). */
static void table_move(const MapInfo *mi, Map *m, const Table *t, Table *lo, Table *hi, uint64_t hibit)
{
	for (uint64_t gi = 0; gi <= t->lengthmask; gi++) {
		uint8_t *g = table_group(mi, t, gi);
		for (unsigned b = match_full(load64(g)); b != 0; b &= b - 1) {
			uint8_t *slot = slot_at(mi, g, ctz(b));
			uint64_t h = key_hash(mi, mi->hk, slot_key(mi, slot), m->seed);
			table_put_moved(mi, (h & hibit) ? hi : lo, h, slot);
		}
	}
}

static void table_grow(const MapInfo *mi, Map *m, Table *t, uint32_t capacity)
{
	Table *nt = table_new(mi, capacity, t->index, t->localdepth);
	table_move(mi, m, t, nt, nt, 0);
	map_replace_table(m, nt);
	t->index = -1;
}

static void table_split(const MapInfo *mi, Map *m, Table *t)
{
	uint8_t depth = (uint8_t)(t->localdepth + 1);
	Table *left = table_new(mi, MAP_MAX_TABLE_CAP, -1, depth);
	Table *right = table_new(mi, MAP_MAX_TABLE_CAP, -1, depth);
	table_move(mi, m, t, left, right, (uint64_t)1 << (64 - depth));

	if (t->localdepth == m->globaldepth) {
		/* The directory has no bit to spare: double it. */
		Table **old = m->dir;
		intptr_t n = m->dirlen;
		Table **dir = mallocgc((uintptr_t)(2 * n) * sizeof(Table *), &table_ptr_type, true);
		for (intptr_t i = 0; i < n; i++) {
			Table *x = old[i];
			dir[2 * i] = dir[2 * i + 1] = x;
			if (x->index == i) /* first sighting of x */
				x->index = 2 * i;
		}
		m->dir = dir;
		m->dirlen = (int32_t)(2 * n);
		m->globaldepth++;
		m->globalshift--;
	}
	left->index = t->index;
	map_replace_table(m, left);
	right->index = left->index + ((intptr_t)1 << (m->globaldepth - left->localdepth));
	map_replace_table(m, right);
	t->index = -1;
}

/* Replace a full table: twice the slots, or two tables when at the maximum. */
static void table_rehash(const MapInfo *mi, Map *m, Table *t)
{
	uint32_t capacity = 2u * t->capacity;
	if (capacity <= MAP_MAX_TABLE_CAP)
		table_grow(mi, m, t, capacity);
	else
		table_split(mi, m, t);
}

/* Turn unneeded tombstones back into empty slots, but only when that frees
 * at least a tenth of the table (else growing is the better deal).  A
 * tombstone is needed when some key's probe sequence passes its group. */
static void table_prune(const MapInfo *mi, Map *m, Table *t)
{
	uint32_t tombstones = (uint32_t)t->capacity * 7 / 8 - t->used - t->growthleft;
	if (tombstones * 10 < t->capacity)
		return;
	uint32_t needed[(MAP_MAX_TABLE_CAP / MAP_SLOTS + 31) / 32] = {0};
	for (uint64_t gi = 0; gi <= t->lengthmask; gi++) {
		uint8_t *g = table_group(mi, t, gi);
		uint64_t ctrl = load64(g);
		for (unsigned b = match_full(ctrl); b != 0; b &= b - 1) {
			void *k = slot_key(mi, slot_at(mi, g, ctz(b)));
			if (!key_equal(mi, mi->hk, k, k))
				continue; /* never looked up: its probe path may break */
			uint64_t h = key_hash(mi, mi->hk, k, m->seed);
			uint64_t off = (h >> 7) & t->lengthmask;
			for (uint64_t step = 1; off != gi; step++) {
				if (match_free(load64(table_group(mi, t, off))) != 0)
					needed[off / 32] |= 1u << (off % 32);
				off = (off + step) & t->lengthmask;
			}
		}
		if (match_empty(ctrl) != 0)
			needed[gi / 32] |= 1u << (gi % 32);
	}
	uint32_t count = 0;
	for (uint64_t gi = 0; gi <= t->lengthmask; gi++)
		if (!((needed[gi / 32] >> (gi % 32)) & 1))
			count += (uint32_t)__builtin_popcount(match_free(load64(table_group(mi, t, gi))));
	if (count * 10 < t->capacity)
		return;
	for (uint64_t gi = 0; gi <= t->lengthmask; gi++) {
		if ((needed[gi / 32] >> (gi % 32)) & 1)
			continue;
		uint8_t *g = table_group(mi, t, gi);
		for (unsigned b = match_free(load64(g)); b != 0; b &= b - 1) {
			g[ctz(b)] = CTRL_EMPTY;
			t->growthleft++;
		}
	}
}

/* The element slot for key in t, inserting it if absent; NULL when t had
 * to be replaced (the caller looks the table up again). */
static inline __attribute__((always_inline)) void *table_assign(const MapInfo *mi, int hk, Map *m, Table *t,
								uint64_t h, const void *key)
{
	uint64_t mask = t->lengthmask, off = (h >> 7) & mask;
	unsigned h2 = (unsigned)(h & 0x7f);
	uint8_t *delg = NULL; /* first tombstone on the way */
	unsigned deli = 0;
	for (uint64_t step = 1;; off = (off + step) & mask, step++) {
		uint8_t *g = table_group(mi, t, off);
		uint64_t ctrl = load64(g);
		for (unsigned b = match_h2(ctrl, h2); b != 0; b &= b - 1) {
			uint8_t *slot = slot_at(mi, g, ctz(b));
			void *k = slot_key(mi, slot);
			if (key_equal(mi, hk, key, k)) {
				if (mi->needkeyupdate)
					memcpy(k, key, mi->keysize);
				return slot_elem(mi, slot);
			}
		}
		unsigned i;
		if (mi->prune) {
			/* gc's fast paths: stop at a group whose first free slot is empty */
			unsigned free = match_free(ctrl);
			if (free == 0)
				continue;
			i = ctz(free);
			if (g[i] == CTRL_DELETED) {
				if (delg == NULL) {
					delg = g;
					deli = i;
				}
				continue;
			}
		} else {
			/* gc's generic mapassign: stop at a group with an empty slot */
			unsigned empty = match_empty(ctrl);
			if (empty == 0) {
				unsigned free = match_free(ctrl);
				if (delg == NULL && free != 0) {
					delg = g;
					deli = ctz(free);
				}
				continue;
			}
			i = ctz(empty);
		}
		if (delg != NULL) {
			/* reuse the tombstone: no growth budget consumed */
			g = delg;
			i = deli;
			t->growthleft++;
		}
		if (mi->prune && t->growthleft == 0)
			table_prune(mi, m, t);
		if (t->growthleft > 0) {
			void *e = slot_fill(mi, g, i, key, h);
			t->growthleft--;
			t->used++;
			m->used++;
			return e;
		}
		table_rehash(mi, m, t);
		return NULL;
	}
}

/* Delete key from t; reports whether it left a tombstone. */
static bool table_delete(const MapInfo *mi, int hk, Map *m, Table *t, uint64_t h, const void *key)
{
	uint64_t mask = t->lengthmask, off = (h >> 7) & mask;
	unsigned h2 = (unsigned)(h & 0x7f);
	for (uint64_t step = 1;; step++) {
		uint8_t *g = table_group(mi, t, off);
		uint64_t ctrl = load64(g);
		for (unsigned b = match_h2(ctrl, h2); b != 0; b &= b - 1) {
			unsigned i = ctz(b);
			uint8_t *slot = slot_at(mi, g, i);
			if (!key_equal(mi, hk, key, slot_key(mi, slot)))
				continue;
			t->used--;
			m->used--;
			slot_clear(mi, slot);
			/* A group with an empty slot ends every probe sequence through
			 * it, so the slot can become empty; in a full group it must
			 * stay occupied for the probes that continue past it. */
			if (match_empty(ctrl) != 0) {
				g[i] = CTRL_EMPTY;
				t->growthleft++;
				return false;
			}
			g[i] = CTRL_DELETED;
			return true;
		}
		if (match_empty(ctrl) != 0)
			return false;
		off = (off + step) & mask;
	}
}

static void table_clear(const MapInfo *mi, Table *t)
{
	uint16_t mg = max_growth(t->capacity);
	if (t->used == 0 && t->growthleft == mg)
		return;
	bool test = (uint64_t)t->used * 4 <= t->lengthmask || mi->slotsize > 32;
	for (uint64_t gi = 0; gi <= t->lengthmask; gi++) {
		uint8_t *g = table_group(mi, t, gi);
		if (!test || match_full(load64(g)) != 0)
			memset(g, 0, mi->groupsize);
		*(uint64_t *)g = CTRL_ALL_EMPTY;
	}
	t->used = 0;
	t->growthleft = mg;
}

/* ---- The map ---------------------------------------------------------------------- */

static inline Table *map_table(const Map *m, uint64_t h)
{
	Table *const *dir = m->dir;
	return dir[m->dirlen == 1 ? 0 : h >> (m->globalshift & 63)];
}

static void map_setup(const MapInfo *mi, Map *m, intptr_t hint)
{
	m->info = mi;
	m->seed = map_rand();
	if (hint <= MAP_SLOTS)
		return; /* the first group comes with the first insert (or the stack) */

	/* Room for hint entries at the maximum load; hints too large to
	 * honour give an empty map, as in Go. */
	if ((uint64_t)hint > UINT64_MAX / MAP_SLOTS)
		return;
	uint64_t target = (uint64_t)hint * MAP_SLOTS / 7;
	uint64_t dirsize = pow2ceil((target + MAP_MAX_TABLE_CAP - 1) / MAP_MAX_TABLE_CAP);
	if (dirsize > MAP_MAX_ALLOC / MAP_MAX_TABLE_CAP ||
	    dirsize * MAP_MAX_TABLE_CAP > MAP_MAX_ALLOC / mi->groupsize)
		return;
	uint8_t depth = (uint8_t)__builtin_ctzll(dirsize);
	Table **dir = mallocgc(dirsize * sizeof(Table *), &table_ptr_type, true);
	m->dir = dir;
	m->dirlen = (int32_t)dirsize;
	m->globaldepth = depth;
	m->globalshift = (uint8_t)(64 - depth);
	for (uint64_t i = 0; i < dirsize; i++)
		dir[i] = table_new(mi, target / dirsize, (intptr_t)i, depth);
}

void *makemap(const Type *maptype, intptr_t hint)
{
	const MapInfo *mi = map_info(maptype);
	Map *m = mallocgc(sizeof(Map), &map_header_type, true);
	map_setup(mi, m, hint);
	return m;
}

void *makemap_stack(const Type *maptype, intptr_t hint, void *hdr, void *group)
{
	const MapInfo *mi = map_info(maptype);
	Map *m = hdr;
	memset(m, 0, sizeof *m);
	if (group != NULL && hint <= MAP_SLOTS) {
		memset(group, 0, mi->groupsize);
		*(uint64_t *)group = CTRL_ALL_EMPTY;
		m->dir = group;
	}
	map_setup(mi, m, hint);
	return m;
}

static void map_grow_to_small(const MapInfo *mi, Map *m)
{
	uint8_t *g = mallocgc(mi->groupsize, &mi->group, true);
	*(uint64_t *)g = CTRL_ALL_EMPTY;
	m->dir = g;
}

static void map_grow_to_table(const MapInfo *mi, Map *m)
{
	Table *t = table_new(mi, 2 * MAP_SLOTS, 0, 0);
	uint8_t *g = m->dir;
	for (unsigned b = match_full(load64(g)); b != 0; b &= b - 1) {
		uint8_t *slot = slot_at(mi, g, ctz(b));
		table_put_moved(mi, t, key_hash(mi, mi->hk, slot_key(mi, slot), m->seed), slot);
	}
	Table **dir = mallocgc(sizeof(Table *), &table_ptr_type, true);
	dir[0] = t;
	m->dir = dir;
	m->dirlen = 1;
	m->globaldepth = 0;
	m->globalshift = 64;
}

/* Lookup; NULL when absent.  Small maps of the common key kinds are
 * searched without hashing, as gc's fast paths do. */
static inline __attribute__((always_inline)) void *map_find(const MapInfo *mi, int hk, Map *m, const void *key, void **keyp)
{
	if (m->dirlen == 0) {
		uint8_t *g = m->dir;
		uint64_t ctrl = load64(g);
		if (keyp == NULL && (hk == HK_MEM8 || hk == HK_MEM4 || hk == HK_STR)) {
			for (unsigned b = match_full(ctrl); b != 0; b &= b - 1) {
				uint8_t *slot = slot_at(mi, g, ctz(b));
				if (key_equal(mi, hk, key, slot))
					return slot_elem(mi, slot);
			}
			return NULL;
		}
		uint64_t h = key_hash(mi, hk, key, m->seed);
		for (unsigned b = match_h2(ctrl, (unsigned)(h & 0x7f)); b != 0; b &= b - 1) {
			uint8_t *slot = slot_at(mi, g, ctz(b));
			void *k = slot_key(mi, slot);
			if (key_equal(mi, hk, key, k)) {
				if (keyp != NULL)
					*keyp = k;
				return slot_elem(mi, slot);
			}
		}
		return NULL;
	}
	uint64_t h = key_hash(mi, hk, key, m->seed);
	return table_find(mi, hk, map_table(m, h), h, key, keyp);
}

static void *map_find_any(const MapInfo *mi, Map *m, const void *key, void **keyp)
{
	if (m->used == 0)
		return NULL;
	return map_find(mi, mi->hk, m, key, keyp);
}

static inline __attribute__((always_inline)) void *lookup(const MapInfo *mi, Map *m, const void *key)
{
	switch (mi->hk) {
	case HK_MEM8:
		return map_find(mi, HK_MEM8, m, key, NULL);
	case HK_STR:
		return map_find(mi, HK_STR, m, key, NULL);
	case HK_MEM4:
		return map_find(mi, HK_MEM4, m, key, NULL);
	default:
		return map_find(mi, mi->hk, m, key, NULL);
	}
}

/* The dynamic type inside key (of type t) that cannot be hashed, or NULL
 * (gc's mapKeyError). */
static const Type *unhashable_part(const Type *t, const void *key)
{
	switch (t->kind) {
	case KIND_INTERFACE: {
		const Type *dyn;
		void *const *data;
		if (t->len == 0) {
			const Eface *e = key;
			dyn = e->type;
			data = &e->data;
		} else {
			const Iface *i = key;
			dyn = i->tab != NULL ? i->tab->type : NULL;
			data = &i->data;
		}
		if (dyn == NULL)
			return NULL;
		if (!(dyn->tflag & TFLAG_COMPARABLE))
			return dyn;
		return unhashable_part(dyn, (dyn->tflag & TFLAG_DIRECTIFACE) ? (const void *)data : *data);
	}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++) {
			const Type *bad = unhashable_part(t->elem, (const uint8_t *)key + i * t->elem->size);
			if (bad != NULL)
				return bad;
		}
		return NULL;
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++) {
			const StructField *f = &struct_fields(t)[i];
			const Type *bad = is_blank(f) ? NULL : unhashable_part(f->type, (const uint8_t *)key + f->offset);
			if (bad != NULL)
				return bad;
		}
		return NULL;
	default:
		return NULL;
	}
}

/* Reading or deleting from a nil or empty map: still panic on an
 * unhashable key (as Go does, issue 23734; with gc's wording for this
 * path, "hash of unhashable type: T", a runtime.Error without the
 * "runtime error: " prefix), then the zero value. */
static __attribute__((noinline)) const void *access_empty(const Type *maptype, Map *m, const void *key)
{
	const MapInfo *mi = m != NULL ? m->info : map_info(maptype);
	if (mi->hashmightpanic) {
		const Type *bad = unhashable_part(mi->key, key);
		if (bad != NULL) {
			char msg[256];
			snprintf(msg, sizeof msg, "hash of unhashable type: %s", bad->name ? bad->name : "?");
			rt_panic_plain_error(msg);
		}
	}
	return mi->zero;
}

void *mapaccess1(const Type *maptype, void *mp, const void *key)
{
	Map *m = mp;
	if (m == NULL || m->used == 0)
		return (void *)access_empty(maptype, m, key);
	const MapInfo *mi = m->info;
	void *e = lookup(mi, m, key);
	return e != NULL ? e : (void *)mi->zero;
}

void *mapaccess2(const Type *maptype, void *mp, const void *key, bool *ok)
{
	Map *m = mp;
	if (m == NULL || m->used == 0) {
		*ok = false;
		return (void *)access_empty(maptype, m, key);
	}
	const MapInfo *mi = m->info;
	void *e = lookup(mi, m, key);
	*ok = e != NULL;
	return e != NULL ? e : (void *)mi->zero;
}

static inline __attribute__((always_inline)) void *map_assign(const MapInfo *mi, int hk, Map *m, const void *key)
{
	uint64_t h = key_hash(mi, hk, key, m->seed);
	if (m->dir == NULL)
		map_grow_to_small(mi, m);
	if (m->dirlen == 0) {
		if (m->used < MAP_SLOTS) {
			uint8_t *g = m->dir;
			uint64_t ctrl = load64(g);
			for (unsigned b = match_h2(ctrl, (unsigned)(h & 0x7f)); b != 0; b &= b - 1) {
				uint8_t *slot = slot_at(mi, g, ctz(b));
				void *k = slot_key(mi, slot);
				if (key_equal(mi, hk, key, k)) {
					if (mi->needkeyupdate)
						memcpy(k, key, mi->keysize);
					return slot_elem(mi, slot);
				}
			}
			/* small maps never hold tombstones */
			void *e = slot_fill(mi, g, ctz(match_free(ctrl)), key, h);
			m->used++;
			return e;
		}
		/* Full: become a table, even when key is already present (as Go
		 * does; the allocations are observable). */
		map_grow_to_table(mi, m);
	}
	for (;;) {
		void *e = table_assign(mi, hk, m, map_table(m, h), h, key);
		if (e != NULL)
			return e;
	}
}

void *mapassign(const Type *maptype, void *mp, const void *key)
{
	(void)maptype;
	Map *m = mp;
	if (m == NULL)
		rt_panicnilmap();
	const MapInfo *mi = m->info;
	switch (mi->hk) {
	case HK_MEM8:
		return map_assign(mi, HK_MEM8, m, key);
	case HK_STR:
		return map_assign(mi, HK_STR, m, key);
	case HK_MEM4:
		return map_assign(mi, HK_MEM4, m, key);
	default:
		return map_assign(mi, mi->hk, m, key);
	}
}

void mapdelete(const Type *maptype, void *mp, const void *key)
{
	Map *m = mp;
	if (m == NULL || m->used == 0) {
		(void)access_empty(maptype, m, key);
		return;
	}
	const MapInfo *mi = m->info;
	uint64_t h = key_hash(mi, mi->hk, key, m->seed);
	if (m->dirlen == 0) {
		uint8_t *g = m->dir;
		for (unsigned b = match_h2(load64(g), (unsigned)(h & 0x7f)); b != 0; b &= b - 1) {
			unsigned i = ctz(b);
			uint8_t *slot = slot_at(mi, g, i);
			if (key_equal(mi, mi->hk, key, slot_key(mi, slot))) {
				m->used--;
				slot_clear(mi, slot);
				g[i] = CTRL_EMPTY; /* one group: no probe sequence to keep */
				break;
			}
		}
	} else if (table_delete(mi, mi->hk, m, map_table(m, h), h, key)) {
		m->tombstones = 1;
	}
	if (m->used == 0)
		m->seed = map_rand(); /* a fresh seed for a map emptied by deletes */
}

void mapclear(const Type *maptype, void *mp)
{
	(void)maptype;
	Map *m = mp;
	if (m == NULL || (m->used == 0 && !m->tombstones))
		return;
	const MapInfo *mi = m->info;
	if (m->dirlen == 0) {
		memset(m->dir, 0, mi->groupsize);
		*(uint64_t *)m->dir = CTRL_ALL_EMPTY;
	} else {
		Table **dir = m->dir;
		Table *last = NULL;
		for (int32_t i = 0; i < m->dirlen; i++) {
			if (dir[i] != last)
				table_clear(mi, dir[i]);
			last = dir[i];
		}
		m->tombstones = 0;
	}
	m->used = 0;
	m->clearseq++;
	m->seed = map_rand();
}

/* ---- Iteration ---------------------------------------------------------------------- */

/* An entry seen in a group that is no longer the map's (the map grew since
 * the loop started): report the live key and element, if any. */
static bool iter_relookup(Iter *it, uint8_t *slot, void **key, void **elem)
{
	const MapInfo *mi = it->mi;
	void *k = slot_key(mi, slot), *nk = NULL;
	void *e = map_find_any(mi, it->m, k, &nk);
	if (e != NULL) {
		*key = nk;
		*elem = e;
		return true;
	}
	/* Not found: deleted, unless it is a key that never finds itself (NaN);
	 * those can only go away through clear, so without a clear since the
	 * start it is still there, exactly as seen. */
	if (it->clearseq == it->m->clearseq && !key_equal(mi, mi->hk, k, k)) {
		*key = k;
		*elem = slot_elem(mi, slot);
		return true;
	}
	return false;
}

static void iter_next_small(Iter *it)
{
	const MapInfo *mi = it->mi;
	for (; it->entryidx < MAP_SLOTS; it->entryidx++) {
		unsigned i = (unsigned)((it->entryidx + it->entryoff) & (MAP_SLOTS - 1));
		if (it->group[i] & CTRL_EMPTY)
			continue; /* empty or deleted */
		uint8_t *slot = slot_at(mi, it->group, i);
		void *key, *elem;
		if (it->m->dirlen > 0) {
			if (!iter_relookup(it, slot, &key, &elem))
				continue;
		} else {
			key = slot_key(mi, slot);
			elem = slot_elem(mi, slot);
		}
		it->entryidx++;
		it->key = key;
		it->elem = elem;
		return;
	}
	it->key = it->elem = NULL;
}

void mapiternext(MapIter *pub)
{
	Iter *it = (Iter *)pub;
	Map *m = it->m;
	if (m == NULL) {
		it->key = it->elem = NULL;
		return;
	}
	if (it->diridx < 0) {
		iter_next_small(it);
		return;
	}
	const MapInfo *mi = it->mi;
	if (it->globaldepth != m->globaldepth) {
		/* The directory doubled (maybe more than once) since the last
		 * step: scale the position and the rotation alike. */
		unsigned orders = (unsigned)(m->globaldepth - it->globaldepth);
		it->diridx <<= orders;
		it->diroff <<= orders;
		it->globaldepth = m->globaldepth;
	}
	for (; it->diridx < m->dirlen;) {
		if (it->tab == NULL) {
			int64_t d = (int64_t)(((uint64_t)it->diridx + it->diroff) & (uint64_t)(m->dirlen - 1));
			Table *t = ((Table **)m->dir)[d];
			if (t->index != d) {
				/* Landed inside a run of entries of one table (only
				 * possible at the start): rotate to its first entry. */
				it->diroff -= (uint64_t)(d - t->index);
			}
			it->tab = t;
		}
		Table *t = it->tab;
		uint64_t mask = (uint64_t)t->capacity - 1;
		while (it->entryidx <= mask) {
			uint64_t e = (it->entryidx + it->entryoff) & mask;
			unsigned s = (unsigned)(e & (MAP_SLOTS - 1));
			if (s == 0 || it->group == NULL)
				it->group = table_group(mi, t, e / MAP_SLOTS);
			unsigned full = match_full(load64(it->group)) >> s;
			if (full == 0) {
				it->entryidx += MAP_SLOTS - s; /* on to the next group */
				continue;
			}
			it->entryidx += ctz(full);
			if (it->entryidx > mask)
				break; /* wrapped into slots already visited */
			s += ctz(full);
			it->entryidx++;
			uint8_t *slot = slot_at(mi, it->group, s);
			void *key, *elem;
			if (t->index == -1) {
				/* t was replaced: it still decides which keys to visit */
				if (!iter_relookup(it, slot, &key, &elem))
					continue;
			} else {
				key = slot_key(mi, slot);
				elem = slot_elem(mi, slot);
			}
			it->key = key;
			it->elem = elem;
			return;
		}
		/* Next table: skip the directory entries that share this one (or
		 * hold the halves it split into). */
		it->diridx += (int64_t)1 << (m->globaldepth - t->localdepth);
		it->tab = NULL;
		it->group = NULL;
		it->entryidx = 0;
	}
	it->key = it->elem = NULL;
}

void mapiterinit(const Type *maptype, void *mp, MapIter *pub)
{
	(void)maptype;
	Iter *it = (Iter *)pub;
	Map *m = mp;
	memset(it, 0, sizeof *it);
	if (m != NULL && m->used != 0) {
		it->mi = m->info;
		it->m = m;
		it->entryoff = map_rand();
		it->diroff = map_rand();
		it->clearseq = m->clearseq;
		it->globaldepth = m->globaldepth;
		if (m->dirlen == 0) {
			it->diridx = -1;
			it->group = m->dir;
		}
	}
	mapiternext(pub);
}
