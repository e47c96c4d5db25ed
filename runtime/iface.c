/*
 * iface.c — interfaces: itabs, boxing values into interface data words,
 * type assertions and interface equality.
 *
 * An Iface's first word is an itab: {interface type, concrete type, hash,
 * fun[]} with one code pointer per interface method, in the interface's
 * (sorted) method order.  The compiler emits static itabs for the
 * conversions it can see; getitab builds the others at run time (type
 * assertions to interface types, interface-to-interface conversions) and
 * caches them in an open-addressing hash table keyed by the pair of
 * descriptors.  A method of the concrete type matches an interface method
 * when the names are equal and the method type descriptors are the same
 * pointer (the compiler emits one descriptor per type).  Failed pairs are
 * cached too, with the name of the first missing method.  Itabs come from
 * malloc: they live forever, hold no heap pointers and are not Go
 * allocations (Go's are persistentalloc'd, outside MemStats' Mallocs).
 *
 * The convT* functions follow Go 1.26's runtime/iface.go exactly, since
 * their allocations are observable in allocs/op: values below 256 point
 * into staticuint64s, "" and nil slices point at a static zero value, and
 * everything else is one mallocgc of the value's size.
 */
#include "core.h"
#include "heap.h"

#include <stdlib.h>
#include <string.h>

/* Go's zeroVal: what an interface holding a zero string or nil slice
 * points at (read-only). */
_Alignas(16) const uint8_t rt_zeroval[1024];

/* ---- The itab cache ------------------------------------------------------------ */

typedef struct ItabEntry {
	const char *missing; /* NULL when the type implements the interface */
	Itab itab;           /* fun[] follows */
} ItabEntry;

static ItabEntry **itab_table;
static uintptr_t itab_cap, itab_count;

static uintptr_t pair_hash(const Type *inter, const Type *typ)
{
	uint64_t h = (uint64_t)(uintptr_t)inter * 0x9e3779b97f4a7c15ull;
	h ^= (uint64_t)(uintptr_t)typ + 0x632be59bd9b4e019ull + (h << 6) + (h >> 2);
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 32;
	return (uintptr_t)h;
}

static ItabEntry *itab_find(const Type *inter, const Type *typ)
{
	if (itab_cap == 0)
		return NULL;
	uintptr_t mask = itab_cap - 1;
	for (uintptr_t i = pair_hash(inter, typ) & mask;; i = (i + 1) & mask) {
		ItabEntry *e = itab_table[i];
		if (e == NULL)
			return NULL;
		if (e->itab.inter == inter && e->itab.type == typ)
			return e;
	}
}

static void itab_put(ItabEntry **table, uintptr_t cap, ItabEntry *e)
{
	uintptr_t mask = cap - 1;
	uintptr_t i = pair_hash(e->itab.inter, e->itab.type) & mask;
	while (table[i] != NULL)
		i = (i + 1) & mask;
	table[i] = e;
}

static void itab_insert(ItabEntry *e)
{
	if ((itab_count + 1) * 4 > itab_cap * 3) {
		uintptr_t ncap = itab_cap ? itab_cap * 2 : 64;
		ItabEntry **nt = calloc(ncap, sizeof *nt);
		if (nt == NULL)
			rt_throw("runtime: cannot allocate the itab table");
		for (uintptr_t i = 0; i < itab_cap; i++)
			if (itab_table[i] != NULL)
				itab_put(nt, ncap, itab_table[i]);
		free(itab_table);
		itab_table = nt;
		itab_cap = ncap;
	}
	itab_put(itab_table, itab_cap, e);
	itab_count++;
}

/* The method of typ matching interface method im, or NULL.  Both lists are
 * sorted by name, so the search normally continues from *pos. */
static const Method *find_method(const Uncommon *u, const IMethod *im, uintptr_t *pos)
{
	if (u == NULL)
		return NULL;
	for (int pass = 0; pass < 2; pass++) {
		for (uintptr_t j = pass ? 0 : *pos; j < u->mcount; j++) {
			const Method *m = &u->methods[j];
			if (m->mtype == im->mtype && strcmp(m->name, im->name) == 0) {
				*pos = j + 1;
				return m;
			}
		}
	}
	return NULL;
}

static ItabEntry *itab_build(const Type *inter, const Type *typ)
{
	uintptr_t n = inter->len;
	ItabEntry *e = calloc(1, sizeof *e + (n ? n : 1) * sizeof(void *));
	if (e == NULL)
		rt_throw("runtime: cannot allocate an itab");
	e->itab.inter = inter;
	e->itab.type = typ;
	e->itab.hash = typ->hash;
	const IMethod *ims = inter->extra;
	uintptr_t pos = 0;
	for (uintptr_t i = 0; i < n; i++) {
		const Method *m = find_method(typ->uncommon, &ims[i], &pos);
		if (m == NULL || m->ifn == NULL) {
			e->missing = ims[i].name;
			memset(e->itab.fun, 0, n * sizeof(void *));
			break;
		}
		e->itab.fun[i] = m->ifn;
	}
	return e;
}

const Itab *getitab(const Type *inter, const Type *typ, bool canfail)
{
	if (typ == NULL) {
		if (canfail)
			return NULL;
		rt_panic_typeassert(NULL, NULL, inter, NULL);
	}
	ItabEntry *e = itab_find(inter, typ);
	if (e == NULL) {
		e = itab_build(inter, typ);
		itab_insert(e);
	}
	if (e->missing == NULL)
		return &e->itab;
	if (canfail)
		return NULL;
	rt_panic_typeassert(NULL, typ, inter, e->missing);
}

/* ---- Type assertions ------------------------------------------------------------------ */

_Noreturn void rt_panicdottype(const Type *have, const Type *want, const Type *iface)
{
	rt_panic_typeassert(iface, have, want, NULL);
}

const Itab *rt_assertE2I(const Type *inter, const Type *have)
{
	if (have == NULL)
		rt_panic_typeassert(NULL, NULL, inter, NULL);
	return getitab(inter, have, false);
}

/* ---- Boxing (Go's convT*) -------------------------------------------------------------- */

void *convT16(uint16_t v)
{
	if (v < 256)
		return (void *)&staticuint64s[v];
	uint16_t *p = mallocgc(2, NULL, false);
	*p = v;
	return p;
}

void *convT32(uint32_t v)
{
	if (v < 256)
		return (void *)&staticuint64s[v];
	uint32_t *p = mallocgc(4, NULL, false);
	*p = v;
	return p;
}

void *convT64(uint64_t v)
{
	if (v < 256)
		return (void *)&staticuint64s[v];
	uint64_t *p = mallocgc(8, NULL, false);
	*p = v;
	return p;
}

static const uint8_t mask_first_word[] = {0x1};
static const Type box_string_type = {
	.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
	.tflag = TFLAG_COMPARABLE, .gcmask = mask_first_word, .name = "string",
};
static const Type box_slice_type = {
	.size = 24, .ptrdata = 8, .kind = KIND_SLICE, .align = 8,
	.gcmask = mask_first_word, .name = "[]uint8",
};

void *convTstring(GoString s)
{
	if (s.len == 0)
		return (void *)rt_zeroval;
	GoString *p = mallocgc(sizeof s, &box_string_type, true);
	*p = s;
	return p;
}

void *convTslice(void *ptr, intptr_t len, intptr_t cap)
{
	if (ptr == NULL)
		return (void *)rt_zeroval;
	GoSlice *p = mallocgc(sizeof(GoSlice), &box_slice_type, true);
	*p = (GoSlice){ptr, len, cap};
	return p;
}

void *convT(const Type *t, const void *v)
{
	void *p = mallocgc(t->size, t, true);
	memmove(p, v, t->size);
	return p;
}

void *convTnoptr(const Type *t, const void *v)
{
	void *p = mallocgc(t->size, t, false);
	memmove(p, v, t->size);
	return p;
}

/* ---- Interface equality ---------------------------------------------------------------- */

/* Values of dynamic type t (both sides have it) at data words x and y. */
static bool data_equal(const Type *t, void *x, void *y)
{
	if (t == NULL)
		return true;
	if (!(t->tflag & TFLAG_COMPARABLE))
		rt_panic_with_type("comparing uncomparable type ", t);
	if (t->tflag & TFLAG_DIRECTIFACE)
		return x == y;
	return rt_typeequal(t, x, y);
}

bool rt_efaceeq_ptr(const Eface *a, const Eface *b)
{
	if (a->type != b->type)
		return false;
	return data_equal(a->type, a->data, b->data);
}

bool rt_ifaceeq_ptr(const Iface *a, const Iface *b)
{
	const Type *ta = a->tab ? a->tab->type : NULL;
	const Type *tb = b->tab ? b->tab->type : NULL;
	if (ta != tb)
		return false;
	return data_equal(ta, a->data, b->data);
}
