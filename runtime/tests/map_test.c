/*
 * map_test.c — unit tests of runtime/map.c (Go maps) against real Go and
 * against a simple oracle.
 *
 * testdata/runtime/maps.golden (real Go 1.26, scripts/golden-runtime-maps.sh)
 * gives, for 21 map types, Go's group layout (size, slot size, element
 * offset, flags, the group's pointer bitmap) and the Mallocs / TotalAlloc
 * deltas of fixed scenarios: filling escaping and stack maps with 0..5000
 * entries under many hints, overwriting a key of a full small map, clear and
 * refill, delete and refill.  This test replays every line with the calls
 * tgo's compiler makes (makemap or makemap_stack, mapassign, mapclear,
 * mapdelete) on the real heap and compares, number for number.
 *
 * Without goldens: random insert/delete/lookup/clear sequences checked
 * against an oracle for every hashing strategy (8- and 4-byte memory,
 * strings, floats, padded structs through the type-driven hash, interfaces,
 * indirect keys and elements); NaN and +0/-0 keys; nil maps; unhashable
 * interface keys; zero values (also of elements over 1024 bytes); key
 * update on overwrite; elements zeroed by delete; iteration (every entry
 * once, randomized start, deletes and inserts during the loop, growth from
 * small map to table, table doubling, splits and directory growth during
 * the loop, clear during the loop); stack maps; and collections while maps
 * hold the only references to their keys and elements.
 *
 * rt_typehash / rt_typeequal (alg.c), rt_panicnilmap, rt_panic_plain_error
 * and rt_throw (panic.c) are provided here as weak stand-ins, so the test
 * links whether or not those files exist yet and the library's members are
 * not pulled in for them; the stand-in panics longjmp back into the test.
 * Exit status 0 means all passed.
 */
#include <libgen.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abi.h"
#include "heap.h"

static int failures;

#define CHECK(cond, ...)                                                  \
	do {                                                              \
		if (!(cond)) {                                            \
			failures++;                                       \
			printf("FAIL %s:%d: ", __FILE__, __LINE__);       \
			printf(__VA_ARGS__);                              \
			printf("\n");                                     \
			if (failures > 50) {                              \
				printf("too many failures\n");            \
				exit(1);                                  \
			}                                                 \
		}                                                         \
	} while (0)

#define NOINLINE __attribute__((noinline))

/* map.c's view of a map type's layout (see map.c). */
const Type *map_layout(const Type *mt, uintptr_t *groupsize, uintptr_t *slotsize, uintptr_t *elemoff, uint32_t *flags);

/* ---- Stand-ins for panic.c and alg.c ------------------------------------------------ */

static jmp_buf panic_jb;
static int panic_armed;
static char panic_msg[256];

static _Noreturn void stub_panic(const char *msg)
{
	snprintf(panic_msg, sizeof panic_msg, "%s", msg);
	if (!panic_armed) {
		printf("unexpected panic: %s\n", msg);
		exit(2);
	}
	panic_armed = 0;
	longjmp(panic_jb, 1);
}

__attribute__((weak)) _Noreturn void rt_panicnilmap(void) { stub_panic("assignment to entry in nil map"); }
__attribute__((weak)) _Noreturn void rt_panic_plain_error(const char *msg) { stub_panic(msg); }
__attribute__((weak)) _Noreturn void rt_throw(const char *msg)
{
	printf("fatal error: %s\n", msg);
	exit(2);
}

/* Run stmt, which must panic with a message containing want. */
#define EXPECT_PANIC(stmt, want)                                                       \
	do {                                                                           \
		panic_msg[0] = 0;                                                      \
		if (setjmp(panic_jb) == 0) {                                           \
			panic_armed = 1;                                               \
			stmt;                                                          \
			panic_armed = 0;                                               \
			CHECK(0, "no panic from %s", #stmt);                           \
		} else {                                                               \
			CHECK(strstr(panic_msg, want) != NULL, "panic %s, want %s", panic_msg, want); \
		}                                                                      \
	} while (0)

static uint64_t fmix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

static uint64_t stub_bytes(const uint8_t *p, uintptr_t n, uint64_t h)
{
	for (uintptr_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ull;
	return fmix(h ^ n);
}

static uint64_t stub_rand_state = 88172645463325252ull;
static uint64_t stub_rand(void)
{
	stub_rand_state ^= stub_rand_state << 13;
	stub_rand_state ^= stub_rand_state >> 7;
	stub_rand_state ^= stub_rand_state << 17;
	return stub_rand_state;
}

static const StructField *fields_of(const Type *t) { return (const StructField *)t->extra; }

static uint64_t stub_hash(const Type *t, const void *p, uint64_t h)
{
	switch (t->kind) {
	case KIND_FLOAT64: {
		double f;
		memcpy(&f, p, 8);
		if (f == 0)
			return fmix(h ^ 0x1234);
		if (f != f)
			return fmix(h ^ stub_rand());
		return stub_bytes(p, 8, h);
	}
	case KIND_FLOAT32: {
		float f;
		memcpy(&f, p, 4);
		if (f == 0)
			return fmix(h ^ 0x1234);
		if (f != f)
			return fmix(h ^ stub_rand());
		return stub_bytes(p, 4, h);
	}
	case KIND_STRING: {
		const GoString *s = p;
		return stub_bytes(s->ptr, (uintptr_t)s->len, h);
	}
	case KIND_INTERFACE: {
		const Eface *e = p;
		if (e->type == NULL)
			return fmix(h ^ 0x77);
		if (!(e->type->tflag & TFLAG_COMPARABLE)) {
			char msg[200];
			snprintf(msg, sizeof msg, "hash of unhashable type %s", e->type->name);
			stub_panic(msg);
		}
		const void *d = (e->type->tflag & TFLAG_DIRECTIFACE) ? (const void *)&e->data : e->data;
		return stub_hash(e->type, d, fmix(h ^ e->type->hash));
	}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++)
			h = stub_hash(t->elem, (const uint8_t *)p + i * t->elem->size, h);
		return h;
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++)
			if (strcmp(fields_of(t)[i].name, "_") != 0)
				h = stub_hash(fields_of(t)[i].type, (const uint8_t *)p + fields_of(t)[i].offset, h);
		return fmix(h);
	default:
		return stub_bytes(p, t->size, h);
	}
}

static bool stub_equal(const Type *t, const void *a, const void *b)
{
	switch (t->kind) {
	case KIND_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case KIND_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case KIND_STRING: {
		const GoString *x = a, *y = b;
		return x->len == y->len && memcmp(x->ptr, y->ptr, (size_t)x->len) == 0;
	}
	case KIND_INTERFACE: {
		const Eface *x = a, *y = b;
		if (x->type != y->type)
			return false;
		if (x->type == NULL)
			return true;
		if (!(x->type->tflag & TFLAG_COMPARABLE)) {
			char msg[200];
			snprintf(msg, sizeof msg, "comparing uncomparable type %s", x->type->name);
			stub_panic(msg);
		}
		if (x->type->tflag & TFLAG_DIRECTIFACE)
			return x->data == y->data;
		return stub_equal(x->type, x->data, y->data);
	}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++)
			if (!stub_equal(t->elem, (const uint8_t *)a + i * t->elem->size, (const uint8_t *)b + i * t->elem->size))
				return false;
		return true;
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++) {
			const StructField *f = &fields_of(t)[i];
			if (strcmp(f->name, "_") != 0 &&
			    !stub_equal(f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset))
				return false;
		}
		return true;
	default:
		return memcmp(a, b, t->size) == 0;
	}
}

__attribute__((weak)) uintptr_t rt_typehash(const Type *t, const void *p, uintptr_t seed)
{
	return stub_hash(t, p, fmix(seed));
}

__attribute__((weak)) bool rt_typeequal(const Type *t, const void *a, const void *b)
{
	return stub_equal(t, a, b);
}

/* ---- Types ------------------------------------------------------------------------- */

#define CMP (TFLAG_COMPARABLE)
#define REG (TFLAG_COMPARABLE | TFLAG_REGULARMEMORY)
static const uint8_t mask1[] = {1}, mask_data[] = {2}, mask_ffff[] = {0xff, 0xff}, mask_all[] = {0xff, 0xff, 0xff};

static const Type t_int = {.size = 8, .kind = KIND_INT, .align = 8, .tflag = REG, .hash = 11, .name = "int"};
static const Type t_int64 = {.size = 8, .kind = KIND_INT64, .align = 8, .tflag = REG, .hash = 12, .name = "int64"};
static const Type t_int32 = {.size = 4, .kind = KIND_INT32, .align = 4, .tflag = REG, .hash = 13, .name = "int32"};
static const Type t_int8 = {.size = 1, .kind = KIND_INT8, .align = 1, .tflag = REG, .hash = 14, .name = "int8"};
static const Type t_uint8 = {.size = 1, .kind = KIND_UINT8, .align = 1, .tflag = REG, .hash = 15, .name = "uint8"};
static const Type t_bool = {.size = 1, .kind = KIND_BOOL, .align = 1, .tflag = REG, .hash = 16, .name = "bool"};
static const Type t_float64 = {.size = 8, .kind = KIND_FLOAT64, .align = 8, .tflag = CMP, .hash = 17, .name = "float64"};
static const Type t_float32 = {.size = 4, .kind = KIND_FLOAT32, .align = 4, .tflag = CMP, .hash = 18, .name = "float32"};
static const Type t_string = {.size = 16, .ptrdata = 8, .gcmask = mask1, .kind = KIND_STRING, .align = 8, .tflag = CMP,
			      .hash = 19, .name = "string"};
static const Type t_ptr_int = {.size = 8, .ptrdata = 8, .gcmask = mask1, .kind = KIND_POINTER, .align = 8,
			       .tflag = REG | TFLAG_DIRECTIFACE, .hash = 20, .elem = &t_int, .name = "*int"};
static const Type t_any = {.size = 16, .ptrdata = 16, .gcmask = mask_data, .kind = KIND_INTERFACE, .align = 8, .tflag = CMP,
			   .hash = 21, .name = "interface {}"};
static const Type t_empty = {.size = 0, .kind = KIND_STRUCT, .align = 1, .tflag = REG, .hash = 22, .name = "struct {}"};
static const Type t_b130 = {.size = 130, .kind = KIND_ARRAY, .align = 1, .tflag = REG, .hash = 23, .elem = &t_uint8,
			    .len = 130, .name = "[130]uint8"};
static const Type t_b128 = {.size = 128, .kind = KIND_ARRAY, .align = 1, .tflag = REG, .hash = 24, .elem = &t_uint8,
			    .len = 128, .name = "[128]uint8"};
static const Type t_b200 = {.size = 200, .kind = KIND_ARRAY, .align = 1, .tflag = REG, .hash = 25, .elem = &t_uint8,
			    .len = 200, .name = "[200]uint8"};
static const Type t_b2000 = {.size = 2000, .kind = KIND_ARRAY, .align = 1, .tflag = REG, .hash = 26, .elem = &t_uint8,
			     .len = 2000, .name = "[2000]uint8"};
static const Type t_p16 = {.size = 128, .ptrdata = 128, .gcmask = mask_ffff, .kind = KIND_ARRAY, .align = 8, .tflag = REG,
			   .hash = 27, .elem = &t_ptr_int, .len = 16, .name = "[16]*int"};
static const Type t_i12 = {.size = 96, .kind = KIND_ARRAY, .align = 8, .tflag = REG, .hash = 28, .elem = &t_int, .len = 12,
			   .name = "[12]int"};
static const StructField sk_fields[] = {{"s", &t_string, 0, 0}, {"n", &t_int, 16, 0}};
static const Type t_sk = {.size = 24, .ptrdata = 8, .gcmask = mask1, .kind = KIND_STRUCT, .align = 8, .tflag = CMP,
			  .hash = 29, .len = 2, .extra = sk_fields, .name = "struct { s string; n int }"};
static const StructField pad_fields[] = {{"a", &t_int8, 0, 0}, {"b", &t_int64, 8, 0}};
static const Type t_pad = {.size = 16, .kind = KIND_STRUCT, .align = 8, .tflag = CMP, .hash = 30, .len = 2,
			   .extra = pad_fields, .name = "struct { a int8; b int64 }"};
static const Type t_slice_int = {.size = 24, .ptrdata = 8, .gcmask = mask1, .kind = KIND_SLICE, .align = 8, .hash = 31,
				 .elem = &t_int, .name = "[]int"};
/* Big pointerful elements stored indirectly: [20]*int (160 bytes). */
static const Type t_p20 = {.size = 160, .ptrdata = 160, .gcmask = mask_all, .kind = KIND_ARRAY, .align = 8, .tflag = REG,
			   .hash = 32, .elem = &t_ptr_int, .len = 20, .name = "[20]*int"};
/* [18]int64: a 144-byte key, stored indirectly. */
static const Type t_i18 = {.size = 144, .kind = KIND_ARRAY, .align = 8, .tflag = REG, .hash = 33, .elem = &t_int64,
			   .len = 18, .name = "[18]int64"};

#define MAPTYPE(id, k, v, nm) \
	static const Type id = {.size = 8, .ptrdata = 8, .gcmask = mask1, .kind = KIND_MAP, .align = 8, .key = k, .elem = v, .name = nm}

MAPTYPE(mt_int_int, &t_int, &t_int, "map[int]int");
MAPTYPE(mt_int_bool, &t_int, &t_bool, "map[int]bool");
MAPTYPE(mt_i32_i32, &t_int32, &t_int32, "map[int32]int32");
MAPTYPE(mt_i8_i8, &t_int8, &t_int8, "map[int8]int8");
MAPTYPE(mt_str_int, &t_string, &t_int, "map[string]int");
MAPTYPE(mt_str_str, &t_string, &t_string, "map[string]string");
MAPTYPE(mt_int_str, &t_int, &t_string, "map[int]string");
MAPTYPE(mt_f64_int, &t_float64, &t_int, "map[float64]int");
MAPTYPE(mt_ptr_int, &t_ptr_int, &t_int, "map[*int]int");
MAPTYPE(mt_any_int, &t_any, &t_int, "map[interface {}]int");
MAPTYPE(mt_int_empty, &t_int, &t_empty, "map[int]struct {}");
MAPTYPE(mt_empty_int, &t_empty, &t_int, "map[struct {}]int");
MAPTYPE(mt_empty_empty, &t_empty, &t_empty, "map[struct {}]struct {}");
MAPTYPE(mt_b130_int, &t_b130, &t_int, "map[[130]uint8]int");
MAPTYPE(mt_int_b200, &t_int, &t_b200, "map[int][200]uint8");
MAPTYPE(mt_b128_b128, &t_b128, &t_b128, "map[[128]uint8][128]uint8");
MAPTYPE(mt_int_p16, &t_int, &t_p16, "map[int][16]*int");
MAPTYPE(mt_str_i12, &t_string, &t_i12, "map[string][12]int");
MAPTYPE(mt_sk_int, &t_sk, &t_int, "map[struct { s string; n int }]int");
MAPTYPE(mt_pad_int, &t_pad, &t_int, "map[struct { a int8; b int64 }]int");
MAPTYPE(mt_b130_b200, &t_b130, &t_b200, "map[[130]uint8][200]uint8");
MAPTYPE(mt_f32_int, &t_float32, &t_int, "map[float32]int");
MAPTYPE(mt_int_b2000, &t_int, &t_b2000, "map[int][2000]uint8");
MAPTYPE(mt_str_ptr, &t_string, &t_ptr_int, "map[string]*int");
MAPTYPE(mt_i18_p20, &t_i18, &t_p20, "map[[18]int64][20]*int");

/* ---- Keys: key(i) for each map type, built as the Go golden program builds them ---- */

enum { NKEYS = 5016 };

static GoString strkey_k[NKEYS], strkey_s[NKEYS];
static int64_t small_ints[NKEYS];
static int64_t ptr_targets[NKEYS];

static GoString make_str(const char *prefix, int i)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%s%d", prefix, i);
	char *p = malloc((size_t)n);
	memcpy(p, buf, (size_t)n);
	return (GoString){(const uint8_t *)p, n};
}

static void init_keys(void)
{
	for (int i = 0; i < NKEYS; i++) {
		strkey_k[i] = make_str("k", i);
		strkey_s[i] = make_str("s", i);
		small_ints[i] = i;
	}
}

static void key_int(int i, void *out) { *(int64_t *)out = (int64_t)i * 1000003 + 7; }
static void key_i32(int i, void *out) { *(int32_t *)out = (int32_t)(i * 7 + 1); }
static void key_i8(int i, void *out) { *(int8_t *)out = (int8_t)i; }
static void key_strk(int i, void *out) { *(GoString *)out = strkey_k[i]; }
static void key_f64(int i, void *out) { *(double *)out = (double)i + 0.5; }
static void key_ptr(int i, void *out) { *(int64_t **)out = &ptr_targets[i]; }
static void key_any(int i, void *out) { *(Eface *)out = (Eface){&t_int, &small_ints[i]}; }
static void key_empty(int i, void *out) { (void)i, (void)out; }
static void key_bytes(int i, void *out)
{
	uint8_t *b = out;
	b[0] = (uint8_t)i;
	b[1] = (uint8_t)(i >> 8);
	b[2] = (uint8_t)(i >> 16);
}
static void key_sk(int i, void *out)
{
	memcpy(out, &strkey_s[i], sizeof(GoString));
	*(int64_t *)((uint8_t *)out + 16) = i;
}
static void key_pad(int i, void *out)
{
	*(int8_t *)out = (int8_t)i;
	*(int64_t *)((uint8_t *)out + 8) = i;
}

typedef struct Pair {
	const char *name;
	const Type *mt;
	void (*key)(int i, void *out);
} Pair;

static const Pair pairs[] = {
	{"int_int", &mt_int_int, key_int},
	{"int_bool", &mt_int_bool, key_int},
	{"i32_i32", &mt_i32_i32, key_i32},
	{"i8_i8", &mt_i8_i8, key_i8},
	{"str_int", &mt_str_int, key_strk},
	{"str_str", &mt_str_str, key_strk},
	{"int_str", &mt_int_str, key_int},
	{"f64_int", &mt_f64_int, key_f64},
	{"ptr_int", &mt_ptr_int, key_ptr},
	{"any_int", &mt_any_int, key_any},
	{"int_empty", &mt_int_empty, key_int},
	{"empty_int", &mt_empty_int, key_empty},
	{"empty_empty", &mt_empty_empty, key_empty},
	{"b130_int", &mt_b130_int, key_bytes},
	{"int_b200", &mt_int_b200, key_int},
	{"b128_b128", &mt_b128_b128, key_bytes},
	{"int_p16", &mt_int_p16, key_int},
	{"str_i12", &mt_str_i12, key_strk},
	{"sk_int", &mt_sk_int, key_sk},
	{"pad_int", &mt_pad_int, key_pad},
	{"b130_b200", &mt_b130_b200, key_bytes},
};
enum { NPAIRS = sizeof pairs / sizeof pairs[0] };

static const Pair *find_pair(const char *name)
{
	for (int i = 0; i < NPAIRS; i++)
		if (strcmp(pairs[i].name, name) == 0)
			return &pairs[i];
	return NULL;
}

/* ---- Golden replay ----------------------------------------------------------------- */

static FILE *open_golden(const char *name)
{
	char path[4096];
	const char *root = getenv("TGO_ROOT");
	if (root != NULL) {
		snprintf(path, sizeof path, "%s/testdata/runtime/%s", root, name);
		return fopen(path, "r");
	}
	snprintf(path, sizeof path, "testdata/runtime/%s", name);
	FILE *f = fopen(path, "r");
	if (f != NULL)
		return f;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	snprintf(path, sizeof path, "%s/../../testdata/runtime/%s", dirname(exe), name);
	return fopen(path, "r");
}

/* m[key(i)] = zero value, as compiled code does it. */
static void put(const Pair *p, void *m, int i)
{
	uint8_t key[256] __attribute__((aligned(8))) = {0};
	p->key(i, key);
	void *e = mapassign(p->mt, m, key);
	memset(e, 0, p->mt->elem->size);
}

static void del(const Pair *p, void *m, int i)
{
	uint8_t key[256] __attribute__((aligned(8))) = {0};
	p->key(i, key);
	mapdelete(p->mt, m, key);
}

static void *volatile sink_map;

/* One scenario line; returns the Mallocs and TotalAlloc deltas. */
static NOINLINE void run_scenario(const Pair *p, const char *scen, bool stack, long hint, long n, uint64_t *mallocs,
				  uint64_t *bytes)
{
	static MemStats a, b;
	uint8_t hdr[MAP_HEADER_SIZE] __attribute__((aligned(8)));
	uint8_t group[4096] __attribute__((aligned(8)));
	const Type *mt = p->mt;
	CHECK(map_group_size(mt->key->size, mt->key->align, mt->elem->size, mt->elem->align) <= sizeof group,
	      "group too big");
	runtime_readmemstats(&a);
	void *m = stack ? makemap_stack(mt, hint, hdr, group) : makemap(mt, hint);
	if (strcmp(scen, "fill") == 0) {
		for (long i = 0; i < n; i++)
			put(p, m, (int)i);
	} else if (strcmp(scen, "upd8") == 0) {
		for (int i = 0; i < 8; i++)
			put(p, m, i);
		put(p, m, 0);
	} else if (strcmp(scen, "clear") == 0) {
		for (long i = 0; i < n; i++)
			put(p, m, (int)i);
		mapclear(mt, m);
		for (long i = 0; i < n; i++)
			put(p, m, (int)i);
	} else if (strcmp(scen, "delsmall") == 0) {
		for (long i = 0; i < n; i++)
			put(p, m, (int)i);
		for (long i = 0; i < n; i++)
			del(p, m, (int)i);
		for (long i = 0; i < n; i++)
			put(p, m, 8 + (int)i);
	} else {
		CHECK(0, "unknown scenario %s", scen);
	}
	if (!stack)
		sink_map = m;
	runtime_readmemstats(&b);
	*mallocs = b.Mallocs - a.Mallocs;
	*bytes = b.TotalAlloc - a.TotalAlloc;
	sink_map = NULL;
}

static void hexmask(const Type *g, char *out, size_t outsz)
{
	uintptr_t words = g->ptrdata / 8, nbytes = (words + 7) / 8;
	size_t len = 0;
	out[0] = 0;
	for (uintptr_t i = 0; i < nbytes && len + 3 < outsz; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%02x", g->gcmask[i]);
	if (len == 0)
		snprintf(out, outsz, "0");
}

static void test_golden(void)
{
	FILE *f = open_golden("maps.golden");
	CHECK(f != NULL, "cannot open testdata/runtime/maps.golden (set TGO_ROOT)");
	if (f == NULL)
		return;
	char line[1024];
	int layouts = 0, scenarios = 0, bad = 0;
	while (fgets(line, sizeof line, f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char name[64], mask[128], scen[32], mode[8];
		unsigned long gs, ss, eo, fl, gts, pb, hint, n, wm, wb;
		if (sscanf(line, "layout %63s groupsize=%lu slotsize=%lu elemoff=%lu flags=%lu grouptypesize=%lu ptrbytes=%lu mask=%127s",
			   name, &gs, &ss, &eo, &fl, &gts, &pb, mask) == 8) {
			const Pair *p = find_pair(name);
			CHECK(p != NULL, "golden names unknown map type %s", name);
			if (p == NULL)
				continue;
			layouts++;
			uintptr_t g, s, e;
			uint32_t flags;
			const Type *gt = map_layout(p->mt, &g, &s, &e, &flags);
			CHECK(g == gs && s == ss && e == eo && flags == fl, "%s: layout %lu/%lu/%lu/%u, Go %lu/%lu/%lu/%lu", name,
			      (unsigned long)g, (unsigned long)s, (unsigned long)e, flags, gs, ss, eo, fl);
			CHECK(gt->size == gts && gt->ptrdata == pb, "%s: group type size %lu ptrdata %lu, Go %lu %lu", name,
			      (unsigned long)gt->size, (unsigned long)gt->ptrdata, gts, pb);
			const Type *mt = p->mt;
			CHECK(map_group_size(mt->key->size, mt->key->align, mt->elem->size, mt->elem->align) == gs,
			      "%s: map_group_size disagrees", name);
			if (strcmp(mask, "-") != 0 && gt->ptrdata == pb) {
				char mine[512];
				hexmask(gt, mine, sizeof mine);
				CHECK(strcmp(mine, mask) == 0, "%s: group mask %s, Go %s", name, mine, mask);
			}
			continue;
		}
		if (sscanf(line, "%31s %7s %63s hint=%lu n=%lu mallocs=%lu bytes=%lu", scen, mode, name, &hint, &n, &wm, &wb) == 7) {
			const Pair *p = find_pair(name);
			CHECK(p != NULL, "golden names unknown map type %s", name);
			if (p == NULL)
				continue;
			scenarios++;
			uint64_t gm, gb;
			run_scenario(p, scen, strcmp(mode, "stk") == 0, (long)hint, (long)n, &gm, &gb);
			if (gm != wm || gb != wb) {
				bad++;
				CHECK(0, "%s %s %s hint=%lu n=%lu: mallocs=%lu bytes=%lu, Go mallocs=%lu bytes=%lu", scen, mode, name,
				      hint, n, (unsigned long)gm, (unsigned long)gb, wm, wb);
			}
			continue;
		}
		CHECK(0, "unparsed golden line: %s", line);
	}
	fclose(f);
	CHECK(layouts == NPAIRS, "golden has %d layouts, want %d", layouts, NPAIRS);
	CHECK(scenarios > 2000, "golden has only %d scenarios", scenarios);
	printf("maps.golden: %d layouts, %d allocation scenarios, %d mismatches\n", layouts, scenarios, bad);
}

/* ---- Random operations against an oracle -------------------------------------------- */

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static int rndn(int n) { return (int)(rnd() % (uint64_t)n); }

/* A key universe: key(i) for i < universe; elements hold a 64-bit value in
 * their first 8 bytes (all element types used here are >= 8 bytes). */
typedef struct Universe {
	const char *name;
	const Type *mt;
	void (*key)(int i, void *out);
	int size;
} Universe;

static void key_b130_big(int i, void *out)
{
	memset(out, 0, 130);
	key_bytes(i, out);
	((uint8_t *)out)[129] = (uint8_t)(i * 7);
}
static void key_sk_mixed(int i, void *out)
{
	memcpy(out, &strkey_s[i % 1000], sizeof(GoString));
	*(int64_t *)((uint8_t *)out + 16) = i / 1000; /* same strings, different n */
}
static void key_pad_dirty(int i, void *out)
{
	/* padding bytes vary: the type-driven hash must ignore them */
	memset(out, (int)(rnd() & 0xff), 16);
	key_pad(i, out);
	*(int8_t *)out = (int8_t)(i & 0x7f);
	*(int64_t *)((uint8_t *)out + 8) = i >> 7;
}
static void key_any_mixed(int i, void *out)
{
	if (i % 2)
		*(Eface *)out = (Eface){&t_int, &small_ints[i]};
	else
		*(Eface *)out = (Eface){&t_string, &strkey_k[i]};
}
static void key_i32_neg(int i, void *out) { *(int32_t *)out = -i * 65536; }

MAPTYPE(mt_i32_int, &t_int32, &t_int, "map[int32]int");
MAPTYPE(mt_sk_i12, &t_sk, &t_i12, "map[struct { s string; n int }][12]int");

static const Universe universes[] = {
	{"int", &mt_int_int, key_int, 4000},
	{"int32", &mt_i32_int, key_i32_neg, 3000},
	{"string", &mt_str_int, key_strk, 4000},
	{"float64", &mt_f64_int, key_f64, 3000},
	{"struct-generic", &mt_sk_i12, key_sk_mixed, 3000},
	{"padded-struct", &mt_pad_int, key_pad_dirty, 3000},
	{"interface", &mt_any_int, key_any_mixed, 3000},
	{"indirect", &mt_b130_b200, key_b130_big, 2500},
	{"ptr", &mt_ptr_int, key_ptr, 3000},
};

static int64_t elem_get(const void *e) { return *(const int64_t *)e; }
static void elem_set(void *e, int64_t v) { *(int64_t *)e = v; }

/* Check every oracle fact about m: len, lookups, and a full iteration. */
static void check_against_oracle(const Universe *u, void *m, const bool *present, const int64_t *val, const char *when)
{
	uint8_t key[256] __attribute__((aligned(8)));
	long n = 0;
	for (int i = 0; i < u->size; i++) {
		memset(key, 0, sizeof key);
		u->key(i, key);
		bool ok = !present[i];
		void *e = mapaccess2(u->mt, m, key, &ok);
		CHECK(ok == present[i], "%s %s: key %d present=%d, map says %d", u->name, when, i, present[i], ok);
		if (present[i]) {
			n++;
			CHECK(elem_get(e) == val[i], "%s %s: key %d value %ld want %ld", u->name, when, i, (long)elem_get(e),
			      (long)val[i]);
			CHECK(elem_get(mapaccess1(u->mt, m, key)) == val[i], "%s %s: mapaccess1 of key %d", u->name, when, i);
		} else {
			CHECK(elem_get(e) == 0, "%s %s: zero value not zero", u->name, when);
		}
	}
	CHECK(m == NULL ? n == 0 : *(uint64_t *)m == (uint64_t)n, "%s %s: len %lu want %ld", u->name, when,
	      m ? (unsigned long)*(uint64_t *)m : 0, n);
	/* iteration: every present key exactly once, with its value */
	static uint8_t seen[8192];
	memset(seen, 0, sizeof seen);
	MapIter it;
	long count = 0;
	for (mapiterinit(u->mt, m, &it); it.key != NULL; mapiternext(&it)) {
		count++;
		int64_t v = elem_get(it.elem);
		int i = (int)(v >> 20); /* values encode their key index */
		CHECK(i >= 0 && i < u->size && present[i] && val[i] == v, "%s %s: iteration gave value %ld", u->name, when,
		      (long)v);
		if (i >= 0 && i < u->size) {
			memset(key, 0, sizeof key);
			u->key(i, key);
			CHECK(rt_typeequal(u->mt->key, it.key, key), "%s %s: iteration key/value mismatch", u->name, when);
			CHECK(!seen[i], "%s %s: key %d produced twice", u->name, when, i);
			seen[i] = 1;
		}
	}
	CHECK(count == n, "%s %s: iteration produced %ld entries, want %ld", u->name, when, count, n);
}

static NOINLINE void test_random(const Universe *u, bool stack, int rounds)
{
	static bool present[8192];
	static int64_t val[8192];
	memset(present, 0, sizeof present);
	memset(val, 0, sizeof val);
	uint8_t hdr[MAP_HEADER_SIZE] __attribute__((aligned(8)));
	uint8_t group[4096] __attribute__((aligned(8)));
	long hint = rndn(3) == 0 ? rndn(2000) : 0;
	void *m = stack ? makemap_stack(u->mt, hint, hdr, group) : makemap(u->mt, hint);
	uint8_t key[256] __attribute__((aligned(8)));
	int live = u->size / 4 + rndn(u->size / 2); /* keys used this phase */
	for (int r = 0; r < rounds; r++) {
		int op = rndn(100);
		int i = rndn(live);
		memset(key, 0, sizeof key);
		u->key(i, key);
		if (op < 50) {
			void *e = mapassign(u->mt, m, key);
			int64_t v = ((int64_t)i << 20) | (r & 0xfffff);
			CHECK(elem_get(e) == (present[i] ? val[i] : 0), "%s: mapassign slot of key %d holds %ld", u->name, i,
			      (long)elem_get(e));
			elem_set(e, v);
			present[i] = true;
			val[i] = v;
		} else if (op < 75) {
			mapdelete(u->mt, m, key);
			present[i] = false;
		} else if (op < 99) {
			bool ok;
			void *e = mapaccess2(u->mt, m, key, &ok);
			CHECK(ok == present[i], "%s: round %d key %d present %d got %d", u->name, r, i, present[i], ok);
			CHECK(elem_get(e) == (present[i] ? val[i] : 0), "%s: round %d key %d value", u->name, r, i);
		} else if (rndn(10) == 0) {
			mapclear(u->mt, m);
			memset(present, 0, sizeof present);
		} else {
			live = 1 + rndn(u->size); /* change the working set: grow or shrink */
		}
		if (r % 5000 == 4999)
			check_against_oracle(u, m, present, val, "periodic");
	}
	check_against_oracle(u, m, present, val, "final");
}

/* ---- NaN, +0/-0, nil maps, unhashable keys, zero values ------------------------------- */

static void test_floats(void)
{
	void *m = makemap(&mt_f64_int, 0);
	double nan = NAN, pz = 0.0, nz = -0.0, one = 1.0;
	for (int i = 0; i < 20; i++)
		*(int64_t *)mapassign(&mt_f64_int, m, &nan) = i + 1;
	CHECK(*(uint64_t *)m == 20, "20 NaN inserts: len %lu", (unsigned long)*(uint64_t *)m);
	bool ok = true;
	mapaccess2(&mt_f64_int, m, &nan, &ok);
	CHECK(!ok, "NaN found by lookup");
	mapdelete(&mt_f64_int, m, &nan);
	CHECK(*(uint64_t *)m == 20, "delete(NaN) removed something");
	*(int64_t *)mapassign(&mt_f64_int, m, &pz) = 100;
	*(int64_t *)mapassign(&mt_f64_int, m, &nz) = 200;
	*(int64_t *)mapassign(&mt_f64_int, m, &one) = 300;
	CHECK(*(uint64_t *)m == 22, "+0/-0 are one key: len %lu", (unsigned long)*(uint64_t *)m);
	CHECK(*(int64_t *)mapaccess1(&mt_f64_int, m, &pz) == 200, "m[+0] after m[-0] = 200");
	int nans = 0, zeros = 0;
	long sum = 0;
	MapIter it;
	for (mapiterinit(&mt_f64_int, m, &it); it.key; mapiternext(&it)) {
		double k = *(double *)it.key;
		if (k != k) {
			nans++;
			sum += *(int64_t *)it.elem;
		} else if (k == 0) {
			zeros++;
			CHECK(signbit(k), "the key of m[0] was not updated to -0");
		}
	}
	CHECK(nans == 20 && sum == 210 && zeros == 1, "iteration: %d NaNs (sum %ld), %d zeros", nans, sum, zeros);
	mapclear(&mt_f64_int, m);
	CHECK(*(uint64_t *)m == 0, "clear left %lu entries", (unsigned long)*(uint64_t *)m);
	mapiterinit(&mt_f64_int, m, &it);
	CHECK(it.key == NULL, "iteration after clear");

	/* NaNs in a small map that grows during iteration: all still produced */
	m = makemap(&mt_f64_int, 0);
	for (int i = 0; i < 5; i++)
		*(int64_t *)mapassign(&mt_f64_int, m, &nan) = 1;
	nans = 0;
	int added = 0;
	for (mapiterinit(&mt_f64_int, m, &it); it.key; mapiternext(&it)) {
		if (*(double *)it.key != *(double *)it.key)
			nans++;
		for (; added < 50; added++) {
			double d = added;
			*(int64_t *)mapassign(&mt_f64_int, m, &d) = 2;
		}
	}
	CHECK(nans == 5, "NaNs during growth: %d produced, want 5", nans);

	/* float32 */
	void *m32 = makemap(&mt_f32_int, 0);
	float fn = NAN, fz = 0.0f, fnz = -0.0f;
	*(int64_t *)mapassign(&mt_f32_int, m32, &fn) = 1;
	*(int64_t *)mapassign(&mt_f32_int, m32, &fn) = 1;
	*(int64_t *)mapassign(&mt_f32_int, m32, &fz) = 1;
	*(int64_t *)mapassign(&mt_f32_int, m32, &fnz) = 7;
	CHECK(*(uint64_t *)m32 == 3, "float32 map len %lu", (unsigned long)*(uint64_t *)m32);
	CHECK(*(int64_t *)mapaccess1(&mt_f32_int, m32, &fz) == 7, "float32 +0/-0");
}

static void test_nil_and_panics(void)
{
	int64_t k = 5;
	bool ok = true;
	CHECK(*(int64_t *)mapaccess1(&mt_int_int, NULL, &k) == 0, "nil map read");
	void *e = mapaccess2(&mt_int_int, NULL, &k, &ok);
	CHECK(!ok && *(int64_t *)e == 0, "nil map comma-ok read");
	mapdelete(&mt_int_int, NULL, &k);
	mapclear(&mt_int_int, NULL);
	MapIter it;
	mapiterinit(&mt_int_int, NULL, &it);
	CHECK(it.key == NULL, "nil map iteration");
	EXPECT_PANIC(mapassign(&mt_int_int, NULL, &k), "assignment to entry in nil map");

	/* unhashable dynamic types in interface keys panic, even on nil and
	 * empty maps (Go issue 23734) */
	GoSlice sl = {0};
	Eface bad = {&t_slice_int, &sl};
	void *m = makemap(&mt_any_int, 0);
	EXPECT_PANIC(mapassign(&mt_any_int, m, &bad), "hash of unhashable type []int");
	/* nil and empty maps: gc's mapKeyError wording */
	EXPECT_PANIC(mapaccess1(&mt_any_int, NULL, &bad), "hash of unhashable type: []int");
	EXPECT_PANIC(mapaccess2(&mt_any_int, m, &bad, &ok), "hash of unhashable type: []int");
	EXPECT_PANIC(mapdelete(&mt_any_int, m, &bad), "hash of unhashable type: []int");
	EXPECT_PANIC(mapdelete(&mt_any_int, NULL, &bad), "hash of unhashable type: []int");
	Eface okkey = {&t_int, &small_ints[3]};
	CHECK(*(int64_t *)mapaccess1(&mt_any_int, NULL, &okkey) == 0, "hashable key on a nil map");
	CHECK(*(uint64_t *)m == 0, "failed assign changed the map");
	Eface one = {&t_int, &small_ints[1]}, str = {&t_string, &strkey_k[1]}, nil = {0};
	*(int64_t *)mapassign(&mt_any_int, m, &one) = 1;
	*(int64_t *)mapassign(&mt_any_int, m, &str) = 2;
	*(int64_t *)mapassign(&mt_any_int, m, &nil) = 3;
	EXPECT_PANIC(mapaccess1(&mt_any_int, m, &bad), "hash of unhashable type []int");
	CHECK(*(int64_t *)mapaccess1(&mt_any_int, m, &nil) == 3 && *(int64_t *)mapaccess1(&mt_any_int, m, &str) == 2 &&
		  *(int64_t *)mapaccess1(&mt_any_int, m, &one) == 1,
	      "interface keys");

	/* zero values: elements up to 1024 bytes share one area; bigger ones
	 * get their own */
	void *big = makemap(&mt_int_b2000, 0);
	uint8_t *z = mapaccess1(&mt_int_b2000, big, &k);
	bool allzero = true;
	for (int i = 0; i < 2000; i++)
		allzero &= z[i] == 0;
	CHECK(allzero, "zero value of [2000]byte");
	memset(mapassign(&mt_int_b2000, big, &k), 0xab, 2000);
	CHECK(((uint8_t *)mapaccess1(&mt_int_b2000, big, &k))[1999] == 0xab, "indirect big element");
	int64_t k2 = 6;
	z = mapaccess1(&mt_int_b2000, big, &k2);
	CHECK(z[0] == 0 && z[1999] == 0, "zero value after insert");
}

/* Key update on overwrite (strings: the new backing store is kept) and
 * elements zeroed by delete (so m[k] op= v starts from zero). */
static void test_update_and_delete(void)
{
	for (int n = 4; n <= 40; n += 36) {
		void *m = makemap(&mt_str_int, 0);
		for (int i = 0; i < n; i++)
			*(int64_t *)mapassign(&mt_str_int, m, &strkey_k[i]) = i + 1;
		char buf[8] = "k1";
		GoString other = {(const uint8_t *)buf, 2};
		*(int64_t *)mapassign(&mt_str_int, m, &other) = 99;
		MapIter it;
		int found = 0;
		for (mapiterinit(&mt_str_int, m, &it); it.key; mapiternext(&it)) {
			GoString *k = it.key;
			if (k->len == 2 && memcmp(k->ptr, "k1", 2) == 0) {
				found++;
				CHECK(k->ptr == other.ptr, "n=%d: string key not updated on overwrite", n);
				CHECK(*(int64_t *)it.elem == 99, "n=%d: updated value", n);
			}
		}
		CHECK(found == 1, "n=%d: k1 found %d times", n, found);
		for (int i = 0; i < n; i++)
			mapdelete(&mt_str_int, m, &strkey_k[i]);
		CHECK(*(uint64_t *)m == 0, "n=%d: delete all", n);
		for (int i = 0; i < n; i++)
			CHECK(*(int64_t *)mapassign(&mt_str_int, m, &strkey_k[i]) == 0, "n=%d: slot of re-added key %d not zero", n, i);
	}
}

/* ---- Iteration ------------------------------------------------------------------------- */

static void test_iteration_order(void)
{
	/* every entry once, and the starting point varies between loops */
	int sizes[] = {1, 3, 8, 9, 50, 1000, 3000};
	for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
		int n = sizes[s];
		void *m = makemap(&mt_int_int, 0);
		for (int i = 0; i < n; i++)
			*(int64_t *)mapassign(&mt_int_int, m, &(int64_t){i}) = i * 3;
		int64_t firsts[64];
		int distinct = 0;
		for (int r = 0; r < 64; r++) {
			static uint8_t seen[4000];
			memset(seen, 0, sizeof seen);
			MapIter it;
			int count = 0;
			for (mapiterinit(&mt_int_int, m, &it); it.key; mapiternext(&it)) {
				int64_t k = *(int64_t *)it.key;
				if (count == 0)
					firsts[r] = k;
				count++;
				CHECK(k >= 0 && k < n && !seen[k] && *(int64_t *)it.elem == k * 3, "n=%d: bad or repeated key %ld", n,
				      (long)k);
				if (k >= 0 && k < n)
					seen[k] = 1;
			}
			CHECK(count == n, "n=%d: %d entries produced", n, count);
			bool fresh = true;
			for (int j = 0; j < r; j++)
				fresh &= firsts[j] != firsts[r];
			distinct += fresh;
		}
		if (n >= 8)
			CHECK(distinct > 2, "n=%d: 64 loops started at only %d distinct keys", n, distinct);
	}
}

/* Iterate over a map of n0 entries while deleting and inserting.
 * Rules: an original key is produced at most once, never after it was
 * deleted, and exactly once if it was never deleted; a key inserted during
 * the loop is produced at most once; produced values are current. */
static NOINLINE void iter_mutation_case(int n0, int ndel_per_step, int nins_per_step, bool clear_midway, bool stackmap)
{
	enum { U = 40000 };
	static int8_t state[U]; /* 0 absent, 1 original, 2 inserted during loop */
	static uint8_t produced[U];
	static uint8_t deleted_before[U];
	static int64_t cur[U];
	memset(state, 0, sizeof state);
	memset(produced, 0, sizeof produced);
	memset(deleted_before, 0, sizeof deleted_before);
	uint8_t hdr[MAP_HEADER_SIZE] __attribute__((aligned(8)));
	uint8_t group[256] __attribute__((aligned(8)));
	void *m = stackmap ? makemap_stack(&mt_int_int, 0, hdr, group) : makemap(&mt_int_int, 0);
	for (int i = 0; i < n0; i++) {
		int64_t k = i;
		*(int64_t *)mapassign(&mt_int_int, m, &k) = cur[i] = i * 10;
		state[i] = 1;
	}
	int next_new = n0;
	MapIter it;
	int steps = 0;
	bool cleared = false;
	for (mapiterinit(&mt_int_int, m, &it); it.key; mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		CHECK(k >= 0 && k < U, "mutation: key %ld out of range", (long)k);
		if (k < 0 || k >= U)
			break;
		CHECK(state[k] != 0, "mutation(n0=%d): produced deleted key %ld", n0, (long)k);
		CHECK(!produced[k], "mutation(n0=%d del=%d ins=%d): key %ld produced twice", n0, ndel_per_step, nins_per_step,
		      (long)k);
		CHECK(*(int64_t *)it.elem == cur[k], "mutation: stale value for key %ld", (long)k);
		produced[k] = 1;
		steps++;
		/* delete some random keys (maybe not yet produced), maybe this one */
		for (int d = 0; d < ndel_per_step; d++) {
			int64_t v = rndn(next_new);
			if (state[v] != 0) {
				mapdelete(&mt_int_int, m, &v);
				state[v] = 0;
				if (!produced[v])
					deleted_before[v] = 1;
			}
		}
		for (int a = 0; a < nins_per_step && next_new < U; a++) {
			int64_t v = next_new++;
			*(int64_t *)mapassign(&mt_int_int, m, &v) = cur[v] = v * 10;
			state[v] = 2;
		}
		/* update a random live key: the loop must see the new value */
		int64_t w = rndn(next_new);
		if (state[w] != 0)
			*(int64_t *)mapassign(&mt_int_int, m, &w) = cur[w] = cur[w] + 1;
		if (clear_midway && steps == n0 / 2) {
			mapclear(&mt_int_int, m);
			for (int i = 0; i < next_new; i++) {
				if (state[i] != 0 && !produced[i])
					deleted_before[i] = 1;
				state[i] = 0;
			}
			cleared = true;
		}
	}
	for (int i = 0; i < n0; i++)
		if (state[i] == 1 && !deleted_before[i])
			CHECK(produced[i], "mutation(n0=%d del=%d ins=%d clear=%d): original key %d never produced", n0,
			      ndel_per_step, nins_per_step, cleared, i);
	/* afterwards the map is exactly the oracle */
	long live = 0;
	for (int i = 0; i < next_new; i++) {
		int64_t k = i;
		bool ok;
		void *e = mapaccess2(&mt_int_int, m, &k, &ok);
		CHECK(ok == (state[i] != 0), "mutation: key %d presence after the loop", i);
		if (ok) {
			live++;
			CHECK(*(int64_t *)e == cur[i], "mutation: value of key %d after the loop", i);
		}
	}
	CHECK(*(uint64_t *)m == (uint64_t)live, "mutation: len after the loop");
}

static void test_iteration_mutation(void)
{
	for (int rep = 0; rep < 3; rep++) {
		iter_mutation_case(8, 1, 0, false, rep == 1);      /* small map, deletes */
		iter_mutation_case(8, 0, 3, false, rep == 1);      /* small -> table during the loop */
		iter_mutation_case(7, 1, 2, false, rep == 2);
		iter_mutation_case(14, 0, 20, false, false);       /* table doubling during the loop */
		iter_mutation_case(100, 1, 1, false, false);
		iter_mutation_case(800, 0, 40, false, false);      /* split, directory growth */
		iter_mutation_case(3000, 2, 8, false, false);      /* many splits */
		iter_mutation_case(5000, 1, 1, true, false);       /* clear during the loop */
		iter_mutation_case(6, 0, 30, true, rep == 0);
	}
}

/* ---- Stack maps ------------------------------------------------------------------------- */

static NOINLINE void test_stack_maps(void)
{
	static MemStats a, b;
	uint8_t hdr[MAP_HEADER_SIZE] __attribute__((aligned(8)));
	uint8_t group[512] __attribute__((aligned(8)));
	memset(hdr, 0x5a, sizeof hdr); /* garbage: makemap_stack needs no zeroing */
	memset(group, 0x5a, sizeof group);
	runtime_readmemstats(&a);
	void *m = makemap_stack(&mt_int_int, 0, hdr, group);
	CHECK(m == hdr, "makemap_stack returns hdr");
	for (int64_t i = 0; i < 8; i++)
		CHECK(*(int64_t *)mapassign(&mt_int_int, m, &i) == 0, "fresh slot on a garbage stack group");
	runtime_readmemstats(&b);
	CHECK(b.Mallocs == a.Mallocs, "8 entries in a stack map allocated %lu", (unsigned long)(b.Mallocs - a.Mallocs));
	int64_t nine = 9;
	*(int64_t *)mapassign(&mt_int_int, m, &nine) = 1;
	runtime_readmemstats(&b);
	CHECK(b.Mallocs - a.Mallocs == 3, "9th entry of a stack map: %lu allocations, want 3",
	      (unsigned long)(b.Mallocs - a.Mallocs));
	/* group NULL (constant hint > 8): first insert allocates a group */
	m = makemap_stack(&mt_int_int, 0, hdr, NULL);
	runtime_readmemstats(&a);
	*(int64_t *)mapassign(&mt_int_int, m, &nine) = 1;
	runtime_readmemstats(&b);
	CHECK(b.Mallocs - a.Mallocs == 1, "stack header without group: first insert");
	/* hint > 8 ignores the group */
	m = makemap_stack(&mt_int_int, 100, hdr, group);
	CHECK(((void **)m)[2] != group, "hint 100 must not use the stack group");
	for (int64_t i = 0; i < 100; i++)
		*(int64_t *)mapassign(&mt_int_int, m, &i) = i;
	CHECK(*(uint64_t *)m == 100, "stack map with hint 100");
}

/* ---- Collections while maps hold the only references ------------------------------------ */

static void *volatile gc_roots[4];

static NOINLINE void fill_gc_maps(int n, int round)
{
	void *ms = gc_roots[0], *mb = gc_roots[1];
	for (int j = 0; j < n; j++) {
		int i = (j * 7919 + round * 13) % 3000;
		/* map[string]*int: the key's bytes and the element object are
		 * heap objects referenced only by the map */
		char tmp[32];
		int len = snprintf(tmp, sizeof tmp, "key-%d", i);
		uint8_t *bytes = mallocgc((uintptr_t)len, NULL, false);
		memcpy(bytes, tmp, (size_t)len);
		GoString k = {bytes, len};
		int64_t *obj = newobject(&t_int);
		*obj = i;
		*(int64_t **)mapassign(&mt_str_ptr, ms, &k) = obj;
		/* map[[18]int64][20]*int: indirect key and element objects */
		int64_t bk[18] = {0};
		bk[0] = i;
		bk[17] = -i;
		int64_t **be = mapassign(&mt_i18_p20, mb, bk);
		for (int w = 0; w < 20; w++) {
			if (be[w] == NULL) {
				be[w] = newobject(&t_int);
				*be[w] = i * 100 + w;
			}
		}
		if (j % 3 == 0) {
			int d = (i * 31) % 3000;
			len = snprintf(tmp, sizeof tmp, "key-%d", d);
			GoString dk = {(const uint8_t *)tmp, len};
			mapdelete(&mt_str_ptr, ms, &dk);
			int64_t dbk[18] = {0};
			dbk[0] = d;
			dbk[17] = -d;
			mapdelete(&mt_i18_p20, mb, dbk);
		}
	}
}

static NOINLINE void churn(void)
{
	/* reuse freed memory so that anything freed too early gets overwritten */
	for (int i = 0; i < 20000; i++) {
		uint8_t *p = mallocgc((uintptr_t)(8 + i % 200), NULL, false);
		memset(p, 0xee, (size_t)(8 + i % 200));
		int64_t **q = mallocgc(24, &t_ptr_int, true);
		q[0] = (int64_t *)p;
	}
}

static NOINLINE void verify_gc_maps(void)
{
	MapIter it;
	long n = 0;
	for (mapiterinit(&mt_str_ptr, gc_roots[0], &it); it.key; mapiternext(&it)) {
		GoString *k = it.key;
		int64_t *v = *(int64_t **)it.elem;
		char tmp[32];
		int len = snprintf(tmp, sizeof tmp, "key-%ld", (long)*v);
		CHECK(k->len == len && memcmp(k->ptr, tmp, (size_t)len) == 0, "gc: key bytes or element object corrupted");
		n++;
	}
	CHECK(n == (long)*(uint64_t *)gc_roots[0], "gc: string map iteration count");
	for (mapiterinit(&mt_i18_p20, gc_roots[1], &it); it.key; mapiternext(&it)) {
		int64_t *k = it.key;
		int64_t **e = it.elem;
		CHECK(k[17] == -k[0], "gc: indirect key object corrupted");
		for (int w = 0; w < 20; w++)
			CHECK(e[w] != NULL && *e[w] == k[0] * 100 + w, "gc: object referenced by an indirect element corrupted");
	}
}

static NOINLINE void test_gc(void)
{
	gc_register_root((void *)gc_roots, sizeof gc_roots);
	gc_roots[0] = makemap(&mt_str_ptr, 0);
	gc_roots[1] = makemap(&mt_i18_p20, 0);
	for (int round = 0; round < 12; round++) {
		fill_gc_maps(round < 4 ? 3 + round * 3 : 400, round);
		runtime_GC();
		churn();
		runtime_GC();
		gc_verify_heap(true);
		verify_gc_maps();
	}
	gc_roots[0] = gc_roots[1] = NULL;
}

/* ---- main -------------------------------------------------------------------------------- */

int main(int argc, char **argv)
{
	(void)argc, (void)argv;
	init_keys();
	test_golden();
	test_floats();
	test_nil_and_panics();
	test_update_and_delete();
	test_iteration_order();
	test_iteration_mutation();
	test_stack_maps();
	for (size_t u = 0; u < sizeof universes / sizeof universes[0]; u++) {
		for (int rep = 0; rep < 4; rep++)
			test_random(&universes[u], rep == 3, 60000);
	}
	test_gc();
	if (failures) {
		printf("%d failures\n", failures);
		return 1;
	}
	printf("map_test: all passed\n");
	return 0;
}
