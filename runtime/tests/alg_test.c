/*
 * alg_test.c — rt_typeequal, rt_typehash and complex128 division.
 *
 *  1. Equality on hand-built descriptors: floats by value (+0 == -0,
 *     NaN != NaN), strings by content, blank struct fields skipped, arrays,
 *     interfaces inside structs, regular-memory types by bytes.
 *  2. Hashing: equal values hash alike (whatever their padding, blank
 *     fields, string addresses or interface boxes), NaN hashes vary, the
 *     seed matters, distinct values rarely collide.  The panics for
 *     uncomparable and unhashable dynamic types are checked against Go in
 *     panic_test.c.
 *  3. complex128 division through the assembly entry point against the bit
 *     patterns Go 1.26 computes (testdata/runtime/core-complex.golden).
 */
#include "core.h"

#include <libgen.h>
#include <math.h>
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

static const uint8_t mask1[] = {1};
static const Type t_int = {.size = 8, .kind = KIND_INT, .align = 8, .name = "int",
                           .tflag = TFLAG_COMPARABLE | TFLAG_REGULARMEMORY};
static const Type t_int8 = {.size = 1, .kind = KIND_INT8, .align = 1, .name = "int8",
                            .tflag = TFLAG_COMPARABLE | TFLAG_REGULARMEMORY};
static const Type t_float64 = {.size = 8, .kind = KIND_FLOAT64, .align = 8, .name = "float64",
                               .tflag = TFLAG_COMPARABLE};
static const Type t_float32 = {.size = 4, .kind = KIND_FLOAT32, .align = 4, .name = "float32",
                               .tflag = TFLAG_COMPARABLE};
static const Type t_complex64 = {.size = 8, .kind = KIND_COMPLEX64, .align = 4, .name = "complex64",
                                 .tflag = TFLAG_COMPARABLE};
static const Type t_string = {.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
                              .gcmask = mask1, .name = "string", .tflag = TFLAG_COMPARABLE};
static const Type t_eface = {.size = 16, .ptrdata = 16, .kind = KIND_INTERFACE, .align = 8,
                             .name = "interface {}", .tflag = TFLAG_COMPARABLE};
static const Type t_ptr = {.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8, .gcmask = mask1,
                           .name = "*int", .elem = &t_int,
                           .tflag = TFLAG_COMPARABLE | TFLAG_DIRECTIFACE | TFLAG_REGULARMEMORY};

/* struct { a int8; _ int; f float64; s string; e any } (a is followed by padding) */
typedef struct S {
	int8_t a;
	int64_t blank;
	double f;
	GoString s;
	Eface e;
} S;
static const StructField f_S[] = {
	{"a", &t_int8, offsetof(S, a), 0},     {"_", &t_int, offsetof(S, blank), 0},
	{"f", &t_float64, offsetof(S, f), 0},  {"s", &t_string, offsetof(S, s), 0},
	{"e", &t_eface, offsetof(S, e), 0},
};
static const Type t_S = {.size = sizeof(S), .kind = KIND_STRUCT, .align = 8, .name = "main.S",
                         .len = 5, .extra = f_S, .tflag = TFLAG_NAMED | TFLAG_COMPARABLE};
static const Type t_arr = {.size = 3 * sizeof(S), .kind = KIND_ARRAY, .align = 8, .name = "[3]main.S",
                           .len = 3, .elem = &t_S, .tflag = TFLAG_COMPARABLE};

static void test_equal_and_hash(void)
{
	double pz = 0.0, nz = -0.0, nan = NAN, one = 1;
	CHECK(rt_typeequal(&t_float64, &pz, &nz), "+0 == -0");
	CHECK(!rt_typeequal(&t_float64, &nan, &nan), "NaN != NaN");
	CHECK(rt_typehash(&t_float64, &pz, 7) == rt_typehash(&t_float64, &nz, 7), "hash(+0) == hash(-0)");
	CHECK(rt_typehash(&t_float64, &nan, 7) != rt_typehash(&t_float64, &nan, 7), "NaN hashes vary");
	CHECK(rt_typehash(&t_float64, &one, 7) != rt_typehash(&t_float64, &pz, 7), "hash(1) != hash(0)");
	float fz = 0.0f, fnz = -0.0f;
	CHECK(rt_typehash(&t_float32, &fz, 1) == rt_typehash(&t_float32, &fnz, 1), "float32 zeros");
	float c1[2] = {0.0f, 1.0f}, c2[2] = {-0.0f, 1.0f};
	CHECK(rt_typeequal(&t_complex64, c1, c2) &&
	          rt_typehash(&t_complex64, c1, 3) == rt_typehash(&t_complex64, c2, 3),
	      "complex64 zeros");

	int64_t i5 = 5, j5 = 5;
	S x, y;
	memset(&x, 0xAA, sizeof x); /* garbage in the padding */
	memset(&y, 0x55, sizeof y);
	x.a = y.a = 3;
	x.blank = 1, y.blank = 2;  /* blank fields do not count */
	x.f = 0.0, y.f = -0.0;
	x.s = rt_gostring("hello");
	y.s = (GoString){(const uint8_t *)"--hello" + 2, 5};
	x.e = (Eface){&t_int, &i5};
	y.e = (Eface){&t_int, &j5};
	CHECK(rt_typeequal(&t_S, &x, &y), "structs equal field by field");
	CHECK(rt_typehash(&t_S, &x, 42) == rt_typehash(&t_S, &y, 42), "equal structs hash alike");
	CHECK(rt_typehash(&t_S, &x, 42) != rt_typehash(&t_S, &x, 43), "the seed matters");
	y.s.len = 4;
	CHECK(!rt_typeequal(&t_S, &x, &y), "different strings");
	y.s.len = 5;
	int64_t six = 6;
	y.e.data = &six;
	CHECK(!rt_typeequal(&t_S, &x, &y), "different interface values");
	y.e = (Eface){&t_ptr, &i5};
	CHECK(!rt_typeequal(&t_S, &x, &y), "different dynamic types");
	x.e = (Eface){&t_ptr, &i5};
	CHECK(rt_typeequal(&t_S, &x, &y) && rt_typehash(&t_S, &x, 1) == rt_typehash(&t_S, &y, 1),
	      "direct interface values");

	S ax[3], ay[3];
	for (int i = 0; i < 3; i++)
		ax[i] = x, ay[i] = y;
	CHECK(rt_typeequal(&t_arr, ax, ay) && rt_typehash(&t_arr, ax, 9) == rt_typehash(&t_arr, ay, 9),
	      "arrays");
	ay[2].a = 4;
	CHECK(!rt_typeequal(&t_arr, ax, ay), "arrays differ in the last element");

	/* distinct ints rarely collide (in the low bits maps use) */
	enum { N = 4096 };
	static uint8_t seen[N];
	int collisions = 0;
	for (int64_t i = 0; i < N; i++) {
		uintptr_t h = rt_typehash(&t_int, &i, 12345) & (N - 1);
		collisions += seen[h]++ > 0;
	}
	CHECK(collisions < N / 2, "%d collisions of %d", collisions, N);
	/* strings of all lengths: hash depends on every byte */
	char buf[80];
	memset(buf, 'a', sizeof buf);
	int same = 0;
	for (int len = 1; len < 80; len++) {
		GoString s = {(const uint8_t *)buf, len};
		uintptr_t h1 = rt_typehash(&t_string, &s, 0);
		buf[len - 1] = 'b';
		uintptr_t h2 = rt_typehash(&t_string, &s, 0);
		buf[len - 1] = 'a';
		same += h1 == h2;
	}
	CHECK(same == 0, "%d string hashes ignore their last byte", same);
	Eface e1 = {&t_int, &i5}, e2 = {&t_int, &j5}, en = {NULL, NULL};
	CHECK(rt_typehash(&t_eface, &e1, 5) == rt_typehash(&t_eface, &e2, 5), "eface hash by value");
	CHECK(rt_typehash(&t_eface, &en, 5) == 5, "nil interface hash is the seed");
	CHECK(rt_rand() != rt_rand(), "rt_rand");
}

/* ---- complex128 division ------------------------------------------------------------ */

typedef struct C128 {
	double re, im;
} C128;
/* rt_complex128div takes xmm0..3 and returns xmm0, xmm1: the System V
 * convention of this prototype. */
C128 complexdiv(double a, double b, double c, double d) __asm__("rt_complex128div");

static double from_bits(uint64_t u)
{
	double d;
	memcpy(&d, &u, 8);
	return d;
}
static uint64_t bits(double d)
{
	uint64_t u;
	memcpy(&u, &d, 8);
	return u;
}

static void test_complex_golden(void)
{
	FILE *f = open_golden("core-complex.golden");
	CHECK(f != NULL, "cannot open core-complex.golden");
	if (!f)
		return;
	unsigned long long v[6];
	int n = 0, bad = 0;
	while (fscanf(f, "%llx %llx %llx %llx %llx %llx", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]) == 6) {
		C128 q = complexdiv(from_bits(v[0]), from_bits(v[1]), from_bits(v[2]), from_bits(v[3]));
		bool ok = (bits(q.re) == v[4] || (isnan(q.re) && isnan(from_bits(v[4])))) &&
		          (bits(q.im) == v[5] || (isnan(q.im) && isnan(from_bits(v[5]))));
		if (!ok && bad++ < 10)
			CHECK(0, "(%g%+gi)/(%g%+gi) = (%g%+gi), want (%g%+gi)", from_bits(v[0]), from_bits(v[1]),
			      from_bits(v[2]), from_bits(v[3]), q.re, q.im, from_bits(v[4]), from_bits(v[5]));
		n++;
	}
	fclose(f);
	CHECK(bad == 0, "%d of %d complex divisions differ", bad, n);
	CHECK(n > 6000, "core-complex.golden has %d cases", n);
}

int main(void)
{
	test_equal_and_hash();
	test_complex_golden();
	printf("alg_test: %d checks, %d failures\n", checks, failures);
	return failures != 0;
}
