/*
 * alg.c — equality and hashing of Go values driven by type descriptors,
 * the process-wide hash seed, and complex128 division.
 *
 * rt_typeequal and rt_typehash serve the compiler (== on structs, arrays
 * and interfaces it does not open-code) and maps (map.c hashes keys with
 * rt_typehash).  They follow Go's algorithms (runtime/alg.go): memory
 * compare/hash for types flagged TFLAG_REGULARMEMORY, floats by value
 * (+0 == -0 and both hash alike; NaN != NaN and hashes to a random value,
 * so NaN keys never collide into one entry), strings by content, interfaces
 * by dynamic type then value (direct-interface values by their data word),
 * arrays element by element, structs field by field in declaration order
 * with blank fields skipped.  An uncomparable dynamic type panics with Go's
 * run-time errors "comparing uncomparable type T" / "hash of unhashable
 * type T", naming the outermost uncomparable type that was reached.
 *
 * The hash function itself is tgo's own (multiply-fold mixing of 16-byte
 * blocks with per-process random keys); Go's aeshash/wyhash values are not
 * observable, only their randomness is (map iteration order).
 *
 * rt_complex128div_c is Go's complex division (runtime/complex.go: Smith's
 * algorithm, then C99 Annex G fix-ups for infinities and zeros);
 * rt_complex128div in asm.S wraps it for generated code.
 */
#include "core.h"

#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/random.h>
#include <time.h>

/* ---- Seeds and random numbers ------------------------------------------------------ */

static uint64_t hashkey[4];
static uint64_t rand_state;
static bool alg_ready;

static inline uint64_t mix(uint64_t a, uint64_t b)
{
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

void alg_init(void)
{
	if (alg_ready)
		return;
	uint64_t seed[5] = {0};
	if (getrandom(seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
		const uint8_t *r = (const uint8_t *)getauxval(AT_RANDOM);
		if (r != NULL)
			memcpy(seed, r, 16);
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		seed[2] ^= (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ull;
		seed[3] ^= (uint64_t)(uintptr_t)&ts;
		seed[4] ^= (uint64_t)ts.tv_sec;
	}
	static const uint64_t odd[4] = {0xa0761d6478bd642full, 0xe7037ed1a0b428dbull,
	                                0x8ebc6af09c88c6e3ull, 0x589965cc75374cc3ull};
	for (int i = 0; i < 4; i++)
		hashkey[i] = (seed[i] | 1) ^ odd[i];
	rand_state = seed[4] ^ odd[0];
	alg_ready = true;
}

uint64_t rt_rand(void)
{
	if (!alg_ready)
		alg_init();
	rand_state += 0xa0761d6478bd642full;
	return mix(rand_state, rand_state ^ 0xe7037ed1a0b428dbull);
}

/* ---- Hashing ----------------------------------------------------------------------------- */

static inline uint64_t load64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t load32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t size)
{
	if (!alg_ready)
		alg_init();
	const uint8_t *s = p;
	uintptr_t n = size;
	uint64_t h = mix(seed ^ hashkey[0], size ^ hashkey[1]);
	while (n > 16) {
		h = mix(load64(s) ^ hashkey[1], load64(s + 8) ^ h);
		s += 16;
		n -= 16;
	}
	uint64_t a = 0, b = 0;
	if (n >= 8) {
		a = load64(s);
		b = load64(s + n - 8);
	} else if (n >= 4) {
		a = load32(s);
		b = load32(s + n - 4);
	} else if (n > 0) {
		a = (uint64_t)s[0] << 16 | (uint64_t)s[n >> 1] << 8 | s[n - 1];
	}
	return (uintptr_t)mix(a ^ hashkey[2], b ^ h ^ hashkey[3]);
}

uintptr_t rt_strhash(const GoString *s, uintptr_t seed)
{
	return rt_memhash(s->ptr, seed, (uintptr_t)s->len);
}

/* A fixed stand-in for the value 0.0 (so that +0 and -0 hash alike). */
static uintptr_t zero_hash(uintptr_t h)
{
	if (!alg_ready)
		alg_init();
	return (uintptr_t)mix(h ^ hashkey[0], 0x2d358dccaa6c78a5ull);
}

static uintptr_t nan_hash(uintptr_t h)
{
	return (uintptr_t)mix(h ^ rt_rand(), 0x8bb84b93962eacc9ull);
}

static uintptr_t f32hash(const void *p, uintptr_t h)
{
	float f = *(const float *)p;
	if (f == 0)
		return zero_hash(h);
	if (f != f)
		return nan_hash(h);
	return rt_memhash(p, h, 4);
}

static uintptr_t f64hash(const void *p, uintptr_t h)
{
	double f = *(const double *)p;
	if (f == 0)
		return zero_hash(h);
	if (f != f)
		return nan_hash(h);
	return rt_memhash(p, h, 8);
}

static bool is_blank(const StructField *f)
{
	return f->name != NULL && f->name[0] == '_' && f->name[1] == 0;
}

static uintptr_t typehash(const Type *t, const void *p, uintptr_t h);

static uintptr_t iface_hash(const Type *dyn, void *const *data, uintptr_t h)
{
	if (dyn == NULL)
		return h;
	if (!(dyn->tflag & TFLAG_COMPARABLE))
		rt_panic_with_type("hash of unhashable type ", dyn);
	const void *v = (dyn->tflag & TFLAG_DIRECTIFACE) ? (const void *)data : *data;
	return (uintptr_t)mix(typehash(dyn, v, h ^ 0x9e3779b97f4a7c15ull), 0xbf58476d1ce4e5b9ull);
}

static uintptr_t typehash(const Type *t, const void *p, uintptr_t h)
{
	if (t->tflag & TFLAG_REGULARMEMORY)
		return rt_memhash(p, h, t->size);
	switch (t->kind) {
	case KIND_FLOAT32:
		return f32hash(p, h);
	case KIND_FLOAT64:
		return f64hash(p, h);
	case KIND_COMPLEX64:
		return f32hash((const float *)p + 1, f32hash(p, h));
	case KIND_COMPLEX128:
		return f64hash((const double *)p + 1, f64hash(p, h));
	case KIND_STRING:
		return rt_strhash(p, h);
	case KIND_INTERFACE:
		if (t->len == 0) {
			const Eface *e = p;
			return iface_hash(e->type, &e->data, h);
		} else {
			const Iface *i = p;
			return iface_hash(i->tab ? i->tab->type : NULL, &i->data, h);
		}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++)
			h = typehash(t->elem, (const uint8_t *)p + i * t->elem->size, h);
		return h;
	case KIND_STRUCT: {
		const StructField *f = t->extra;
		for (uintptr_t i = 0; i < t->len; i++)
			if (!is_blank(&f[i]))
				h = typehash(f[i].type, (const uint8_t *)p + f[i].offset, h);
		return h;
	}
	case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
	case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
	case KIND_UINT64: case KIND_UINTPTR: case KIND_POINTER: case KIND_CHAN:
	case KIND_UNSAFEPOINTER:
		return rt_memhash(p, h, t->size);
	default:
		rt_panic_with_type("hash of unhashable type ", t);
	}
}

uintptr_t rt_typehash(const Type *t, const void *p, uintptr_t seed)
{
	if (!(t->tflag & TFLAG_COMPARABLE))
		rt_panic_with_type("hash of unhashable type ", t);
	return typehash(t, p, seed);
}

/* Go 1.26's mapKeyError: lookups in an empty map do not hash the key, but
 * still reject an interface key whose dynamic type is unhashable, with the
 * text of internal/runtime/maps' unhashableTypeError (which has no
 * "runtime error: " prefix; a plainError prints and reads the same). */
static const Type *unhashable_part(const Type *t, const void *p)
{
	if (t->tflag & TFLAG_REGULARMEMORY)
		return NULL;
	switch (t->kind) {
	case KIND_INTERFACE: {
		const Type *dyn;
		void *const *data;
		if (t->len == 0) {
			dyn = ((const Eface *)p)->type;
			data = &((const Eface *)p)->data;
		} else {
			const Iface *i = p;
			dyn = i->tab ? i->tab->type : NULL;
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
			const Type *u = unhashable_part(t->elem, (const uint8_t *)p + i * t->elem->size);
			if (u)
				return u;
		}
		return NULL;
	case KIND_STRUCT: {
		const StructField *f = t->extra;
		for (uintptr_t i = 0; i < t->len; i++) {
			if (is_blank(&f[i]))
				continue;
			const Type *u = unhashable_part(f[i].type, (const uint8_t *)p + f[i].offset);
			if (u)
				return u;
		}
		return NULL;
	}
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		return t;
	default:
		return NULL;
	}
}

void rt_mapkeyerror(const Type *key, const void *p)
{
	const Type *u = unhashable_part(key, p);
	if (u == NULL)
		return;
	char msg[1024]; /* on the stack: rt_panic_plain_error copies it */
	snprintf(msg, sizeof msg, "hash of unhashable type: %s", u->name ? u->name : "?");
	rt_panic_plain_error(msg);
}

/* ---- Equality ------------------------------------------------------------------------------ */

bool rt_typeequal(const Type *t, const void *a, const void *b)
{
	if (t->tflag & TFLAG_REGULARMEMORY)
		return memcmp(a, b, t->size) == 0;
	switch (t->kind) {
	case KIND_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case KIND_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case KIND_COMPLEX64:
		return ((const float *)a)[0] == ((const float *)b)[0] &&
		       ((const float *)a)[1] == ((const float *)b)[1];
	case KIND_COMPLEX128:
		return ((const double *)a)[0] == ((const double *)b)[0] &&
		       ((const double *)a)[1] == ((const double *)b)[1];
	case KIND_STRING: {
		const GoString *x = a, *y = b;
		return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
	}
	case KIND_INTERFACE:
		return t->len == 0 ? rt_efaceeq_ptr(a, b) : rt_ifaceeq_ptr(a, b);
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++) {
			uintptr_t off = i * t->elem->size;
			if (!rt_typeequal(t->elem, (const uint8_t *)a + off, (const uint8_t *)b + off))
				return false;
		}
		return true;
	case KIND_STRUCT: {
		const StructField *f = t->extra;
		for (uintptr_t i = 0; i < t->len; i++) {
			if (is_blank(&f[i]))
				continue;
			if (!rt_typeequal(f[i].type, (const uint8_t *)a + f[i].offset,
			                  (const uint8_t *)b + f[i].offset))
				return false;
		}
		return true;
	}
	case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
	case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
	case KIND_UINT64: case KIND_UINTPTR: case KIND_POINTER: case KIND_CHAN:
	case KIND_UNSAFEPOINTER:
		return memcmp(a, b, t->size) == 0;
	default:
		rt_panic_with_type("comparing uncomparable type ", t);
	}
}

/* ---- complex128 division --------------------------------------------------------------------- */

typedef struct Complex128 {
	double re, im;
} Complex128;

/* A signed 1 for an infinity, a signed 0 otherwise (Go's inf2one). */
static double inf2one(double f)
{
	return __builtin_copysign(__builtin_isinf(f) ? 1.0 : 0.0, f);
}

Complex128 rt_complex128div_c(double a, double b, double c, double d);

Complex128 rt_complex128div_c(double a, double b, double c, double d)
{
	double e, f;
	if (__builtin_fabs(c) >= __builtin_fabs(d)) {
		double ratio = d / c;
		double denom = c + ratio * d;
		e = (a + b * ratio) / denom;
		f = (b - a * ratio) / denom;
	} else {
		double ratio = c / d;
		double denom = d + ratio * c;
		e = (a * ratio + b) / denom;
		f = (b * ratio - a) / denom;
	}
	if (__builtin_isnan(e) && __builtin_isnan(f)) {
		double inf = __builtin_inf();
		if (c == 0 && d == 0 && (!__builtin_isnan(a) || !__builtin_isnan(b))) {
			e = __builtin_copysign(inf, c) * a;
			f = __builtin_copysign(inf, c) * b;
		} else if ((__builtin_isinf(a) || __builtin_isinf(b)) && __builtin_isfinite(c) &&
		           __builtin_isfinite(d)) {
			a = inf2one(a);
			b = inf2one(b);
			e = inf * (a * c + b * d);
			f = inf * (b * c - a * d);
		} else if ((__builtin_isinf(c) || __builtin_isinf(d)) && __builtin_isfinite(a) &&
		           __builtin_isfinite(b)) {
			c = inf2one(c);
			d = inf2one(d);
			e = 0 * (a * c + b * d);
			f = 0 * (b * c - a * d);
		}
	}
	return (Complex128){e, f};
}
