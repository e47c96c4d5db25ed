/*
 * iface_test.c — itabs, convT*, interface equality.
 *
 *  1. getitab on hand-built descriptors: fun[] in the interface's method
 *     order, matching by name and method type, the cache (same itab for
 *     the same pair, also after the table grows), failures (canfail: NULL,
 *     cached too).  The panic texts of failures are checked against Go in
 *     panic_test.c (core-panics.golden).
 *  2. convT*: results (staticuint64s for small values, the zero value for
 *     "" and nil slices, copies otherwise) and allocation counts: Mallocs
 *     and TotalAlloc per conversion must equal what Go 1.26 measured for
 *     the same conversions (testdata/runtime/core-convt.golden, from
 *     scripts/golden-runtime-core.sh).
 *  3. rt_efaceeq_ptr / rt_ifaceeq_ptr: type first, then value; direct
 *     interface values by their word; a compiler-emitted static itab and a
 *     getitab one for the same type compare equal.
 */
#include "core.h"
#include "heap.h"

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures, checks;

#define CHECK(cond, ...)                                                  \
	do {                                                                  \
		checks++;                                                         \
		if (!(cond)) {                                                    \
			failures++;                                                   \
			printf("%s:%d: FAIL: ", __FILE__, __LINE__);                  \
			printf(__VA_ARGS__);                                          \
			printf("\n");                                                 \
		}                                                                 \
	} while (0)

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

/* ---- Descriptors ------------------------------------------------------------------ */

static const uint8_t mask1[] = {1};
static const Type t_int = {.size = 8, .kind = KIND_INT, .align = 8, .name = "int",
                           .tflag = TFLAG_COMPARABLE | TFLAG_REGULARMEMORY};
static const Type t_string = {.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
                              .gcmask = mask1, .name = "string", .tflag = TFLAG_COMPARABLE};
static const Type t_func_void = {.size = 8, .kind = KIND_FUNC, .align = 8, .name = "func()"};
static const Type *const sig_int[] = {&t_int};
static const Type t_func_int = {.size = 8, .kind = KIND_FUNC, .align = 8, .name = "func() int",
                                .len = 1 << 16, .extra = sig_int};

static void m_A(void) {}
static void m_B(void) {}
static void m_M(void) {}
static void m_N(void) {}
static void m_Z(void) {}

/* main.T: methods A, B, M, N (N returns int), Z */
static const Method methods_T[] = {
	{"A", &t_func_void, (void *)m_A, (void *)m_A}, {"B", &t_func_void, (void *)m_B, (void *)m_B},
	{"M", &t_func_void, (void *)m_M, (void *)m_M}, {"N", &t_func_int, (void *)m_N, (void *)m_N},
	{"Z", &t_func_void, (void *)m_Z, (void *)m_Z},
};
static const Uncommon u_T = {"main", 5, methods_T};
static const Type t_T = {.size = 8, .kind = KIND_INT, .align = 8, .name = "main.T", .hash = 0x1234,
                         .tflag = TFLAG_NAMED | TFLAG_COMPARABLE | TFLAG_REGULARMEMORY, .uncommon = &u_T};

static const IMethod im_BNZ[] = {{"B", &t_func_void}, {"N", &t_func_int}, {"Z", &t_func_void}};
static const Type t_BNZ = {.size = 16, .ptrdata = 16, .kind = KIND_INTERFACE, .align = 8,
                           .name = "main.BNZ", .len = 3, .extra = im_BNZ, .tflag = TFLAG_COMPARABLE};
/* N with another signature: T does not implement it */
static const IMethod im_Nvoid[] = {{"N", &t_func_void}};
static const Type t_Nvoid = {.size = 16, .ptrdata = 16, .kind = KIND_INTERFACE, .align = 8,
                             .name = "main.Nvoid", .len = 1, .extra = im_Nvoid, .tflag = TFLAG_COMPARABLE};
static const IMethod im_AQ[] = {{"A", &t_func_void}, {"Q", &t_func_void}};
static const Type t_AQ = {.size = 16, .ptrdata = 16, .kind = KIND_INTERFACE, .align = 8,
                          .name = "main.AQ", .len = 2, .extra = im_AQ, .tflag = TFLAG_COMPARABLE};

/* ---- 1. itabs ------------------------------------------------------------------------ */

static void test_itabs(void)
{
	const Itab *m = getitab(&t_BNZ, &t_T, true);
	CHECK(m != NULL, "T implements BNZ");
	if (m) {
		CHECK(m->inter == &t_BNZ && m->type == &t_T && m->hash == 0x1234, "itab header");
		CHECK(m->fun[0] == (void *)m_B && m->fun[1] == (void *)m_N && m->fun[2] == (void *)m_Z,
		      "fun[] in interface order");
	}
	CHECK(getitab(&t_BNZ, &t_T, false) == m, "cached itab");
	CHECK(rt_assertE2I(&t_BNZ, &t_T) == m, "assertE2I uses the cache");
	CHECK(getitab(&t_Nvoid, &t_T, true) == NULL, "method type must match");
	CHECK(getitab(&t_Nvoid, &t_T, true) == NULL, "failure cached");
	CHECK(getitab(&t_AQ, &t_T, true) == NULL, "missing Q");
	CHECK(getitab(&t_BNZ, NULL, true) == NULL, "nil type, canfail");

	/* many pairs: the table grows and keeps every itab */
	enum { NT = 300 };
	static Type types[NT];
	static const Itab *tabs[NT];
	for (int i = 0; i < NT; i++) {
		types[i] = t_T;
		types[i].hash = (uint32_t)i;
		tabs[i] = getitab(&t_BNZ, &types[i], false);
		CHECK(tabs[i] != NULL && tabs[i]->type == &types[i] && tabs[i]->fun[0] == (void *)m_B,
		      "itab %d", i);
	}
	int same = 0;
	for (int i = 0; i < NT; i++)
		same += getitab(&t_BNZ, &types[i], false) == tabs[i];
	CHECK(same == NT, "after growth %d of %d itabs found again", same, NT);
	CHECK(getitab(&t_BNZ, &t_T, false) == m, "first itab still cached");
}

/* ---- 2. convT* ----------------------------------------------------------------------- */

static const Type t_P2 = {.size = 16, .ptrdata = 8, .kind = KIND_STRUCT, .align = 8, .gcmask = mask1,
                          .name = "main.P2"};
static const Type t_P4 = {.size = 32, .ptrdata = 8, .kind = KIND_STRUCT, .align = 8, .gcmask = mask1,
                          .name = "main.P4"};
static const Type t_N3 = {.size = 24, .kind = KIND_STRUCT, .align = 8, .name = "main.N3"};
static const Type t_B3 = {.size = 3, .kind = KIND_ARRAY, .align = 1, .name = "main.B3", .len = 3};

static void *volatile sink;

static uint64_t f32bits(float f)
{
	uint32_t u;
	memcpy(&u, &f, 4);
	return u;
}
static uint64_t f64bits(double f)
{
	uint64_t u;
	memcpy(&u, &f, 8);
	return u;
}

/* One conversion of the golden's case name/arg. */
static void *convert(const char *name, const char *arg)
{
	static int64_t ints[3] = {1, 2, 3};
	static uint8_t payload[32] = {1, 2, 3};
	if (strcmp(name, "convT16") == 0)
		return convT16((uint16_t)strtoull(arg, NULL, 10));
	if (strcmp(name, "convT32") == 0)
		return convT32((uint32_t)strtoull(arg, NULL, 10));
	if (strcmp(name, "convT64") == 0)
		return convT64((uint64_t)strtoll(arg, NULL, 10));
	if (strcmp(name, "convT32f") == 0)
		return convT32((uint32_t)f32bits(strtof(arg, NULL)));
	if (strcmp(name, "convT64f") == 0)
		return convT64(f64bits(strtod(arg, NULL)));
	if (strcmp(name, "convTstring") == 0)
		return convTstring(strcmp(arg, "0") == 0 ? (GoString){NULL, 0} : rt_gostring("x"));
	if (strcmp(name, "convTslice") == 0) {
		if (strcmp(arg, "nil") == 0)
			return convTslice(NULL, 0, 0);
		if (strcmp(arg, "empty") == 0)
			return convTslice(zerobase, 0, 0);
		return convTslice(ints, 3, 3);
	}
	if (strcmp(name, "convT") == 0)
		return convT(strcmp(arg, "16") == 0 ? &t_P2 : &t_P4, payload);
	if (strcmp(name, "convTnoptr") == 0)
		return convTnoptr(strcmp(arg, "24") == 0 ? &t_N3 : &t_B3, payload);
	return NULL;
}

static void test_convt_golden(void)
{
	FILE *f = open_golden("core-convt.golden");
	CHECK(f != NULL, "cannot open core-convt.golden");
	if (!f)
		return;
	char line[256];
	int n = 0;
	while (fgets(line, sizeof line, f)) {
		char name[64], arg[64];
		unsigned long long want_m, want_b;
		if (sscanf(line, "%63s %63s mallocs=%llu bytes=%llu", name, arg, &want_m, &want_b) != 4)
			continue;
		enum { N = 1000 };
		static MemStats a, b;
		runtime_readmemstats(&a);
		for (int i = 0; i < N; i++)
			sink = convert(name, arg);
		runtime_readmemstats(&b);
		unsigned long long m = (b.Mallocs - a.Mallocs) / N, by = (b.TotalAlloc - a.TotalAlloc) / N;
		CHECK(m == want_m && by == want_b, "%s %s: mallocs=%llu bytes=%llu, want %llu %llu", name, arg, m,
		      by, want_m, want_b);
		n++;
	}
	fclose(f);
	CHECK(n >= 20, "core-convt.golden has %d cases", n);
}

static void test_convt_values(void)
{
	CHECK(convT16(7) == &staticuint64s[7] && convT32(255) == &staticuint64s[255] &&
	          convT64(0) == &staticuint64s[0],
	      "small values point into staticuint64s");
	CHECK(*(uint16_t *)convT16(300) == 300 && *(uint32_t *)convT32(70000) == 70000 &&
	          *(uint64_t *)convT64(1ull << 40) == 1ull << 40,
	      "boxed values");
	CHECK(*(int64_t *)convT64((uint64_t)-1) == -1, "negative values are boxed");
	GoString *s = convTstring(rt_gostring("hello"));
	CHECK(s->len == 5 && memcmp(s->ptr, "hello", 5) == 0, "convTstring");
	GoString *e = convTstring((GoString){NULL, 0});
	CHECK(e->len == 0 && e->ptr == NULL && (const void *)e == rt_zeroval, "convTstring(\"\")");
	GoSlice *z = convTslice(NULL, 0, 0);
	CHECK(z->ptr == NULL && z->len == 0 && z->cap == 0, "convTslice(nil)");
	int x[4];
	GoSlice *sl = convTslice(x, 2, 4);
	CHECK(sl->ptr == x && sl->len == 2 && sl->cap == 4, "convTslice");
	uint8_t v[16] = {9, 8, 7};
	uint8_t *c = convT(&t_P2, v);
	CHECK(c != v && memcmp(c, v, 16) == 0, "convT copies");
	c = convTnoptr(&t_B3, v);
	CHECK(c != v && memcmp(c, v, 3) == 0, "convTnoptr copies");
}

/* ---- 3. Interface equality ----------------------------------------------------------- */

static const Type t_ptr = {.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8, .gcmask = mask1,
                           .name = "*int", .elem = &t_int,
                           .tflag = TFLAG_COMPARABLE | TFLAG_DIRECTIFACE | TFLAG_REGULARMEMORY};

static void test_equality(void)
{
	int64_t five = 5, five2 = 5, six = 6;
	GoString hs = rt_gostring("hello"), hs2 = {(const uint8_t *)"xhello" + 1, 5};
	Eface a = {&t_int, &five}, b = {&t_int, &five2}, c = {&t_int, &six};
	CHECK(rt_efaceeq_ptr(&a, &b), "5 == 5");
	CHECK(!rt_efaceeq_ptr(&a, &c), "5 != 6");
	Eface s1 = {&t_string, &hs}, s2 = {&t_string, &hs2};
	CHECK(rt_efaceeq_ptr(&s1, &s2), "strings by content");
	CHECK(!rt_efaceeq_ptr(&a, &s1), "different types");
	Eface n1 = {NULL, NULL}, n2 = {NULL, NULL};
	CHECK(rt_efaceeq_ptr(&n1, &n2) && !rt_efaceeq_ptr(&n1, &a), "nil interfaces");
	Eface p1 = {&t_ptr, &five}, p2 = {&t_ptr, &five}, p3 = {&t_ptr, &five2};
	CHECK(rt_efaceeq_ptr(&p1, &p2) && !rt_efaceeq_ptr(&p1, &p3), "direct values by word");

	/* a static itab (as the compiler emits) and a getitab one */
	static struct {
		Itab h;
		void *fun[3];
	} static_tab = {{&t_BNZ, &t_T, 0x1234}, {(void *)m_B, (void *)m_N, (void *)m_Z}};
	const Itab *dyn = getitab(&t_BNZ, &t_T, false);
	int64_t t1 = 1, t2 = 1;
	Iface i1 = {&static_tab.h, &t1}, i2 = {dyn, &t2}, i3 = {NULL, NULL}, i4 = {NULL, NULL};
	CHECK(rt_ifaceeq_ptr(&i1, &i2), "static and dynamic itabs of one type");
	CHECK(!rt_ifaceeq_ptr(&i1, &i3) && rt_ifaceeq_ptr(&i3, &i4), "nil ifaces");
}

int main(void)
{
	test_itabs();
	test_convt_values();
	test_convt_golden();
	test_equality();
	printf("iface_test: %d checks, %d failures\n", checks, failures);
	return failures != 0;
}
