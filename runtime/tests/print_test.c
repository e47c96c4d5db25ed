/*
 * print_test.c — unit tests of runtime/print.c and runtime/fmtfloat.c.
 *
 *  1. fmt_float_shortest against testdata/runtime/floats.golden: for every
 *     float64/float32 bit pattern there, the 'g', 'e' and 'f' forms must equal
 *     strconv.FormatFloat(v, fmt, -1, bits) as real Go printed them.
 *  2. The print* functions against testdata/runtime/print.golden, the stderr
 *     of a Go program whose println/print statements are mirrored call for
 *     call below (the calls the compiler emits for each statement).
 *  3. Buffering: nothing reaches fd 2 before the outermost printunlock; one
 *     write per statement; output larger than the buffer stays in order.
 *  4. printhex and the 'E'/'G' forms, which Go programs cannot reach through
 *     println.
 *
 * The goldens come from scripts/golden-runtime-values.sh.  They are looked
 * up under $TGO_ROOT, the current directory, or two levels above this
 * binary (build/tests/ in the repository).  Exit status 0 means all passed.
 */
#include <float.h>
#include <libgen.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "values.h"

static int failures;

#define CHECK(cond, ...)                                                  \
	do {                                                              \
		if (!(cond)) {                                            \
			failures++;                                       \
			printf("FAIL %s:%d: ", __FILE__, __LINE__);       \
			printf(__VA_ARGS__);                              \
			printf("\n");                                     \
		}                                                         \
	} while (0)

/* ---- Finding the goldens -------------------------------------------------- */

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

/* ---- Capturing fd 2 ------------------------------------------------------- */

static int saved_stderr = -1;
static FILE *capture_file;

static void capture_begin(void)
{
	fflush(stderr);
	capture_file = tmpfile();
	saved_stderr = dup(2);
	dup2(fileno(capture_file), 2);
}

/* What was written to fd 2 since capture_begin (capture continues). */
static size_t captured(char *out, size_t size)
{
	off_t end = lseek(fileno(capture_file), 0, SEEK_CUR);
	size_t n = (size_t)pread(fileno(capture_file), out, size - 1, 0);
	(void)end;
	out[n] = '\0';
	return n;
}

static void capture_end(void)
{
	dup2(saved_stderr, 2);
	close(saved_stderr);
	fclose(capture_file);
}

/* ---- 1. Shortest floats ----------------------------------------------------- */

static void check_float_forms(int bits, uint64_t pattern, const char *want[3])
{
	double v;
	if (bits == 32) {
		uint32_t b32 = (uint32_t)pattern;
		float f;
		memcpy(&f, &b32, sizeof f);
		v = f;
	} else {
		memcpy(&v, &pattern, sizeof v);
	}
	static const char forms[3] = {'g', 'e', 'f'};
	for (int i = 0; i < 3; i++) {
		if (strcmp(want[i], "-") == 0)
			continue;
		char got[FMT_FLOAT_F_BUFSIZE];
		int n = fmt_float_shortest(got, v, bits, forms[i]);
		CHECK(strcmp(got, want[i]) == 0 && n == (int)strlen(want[i]),
		      "float%d %0*llx '%c': got %s, want %s", bits, bits / 4,
		      (unsigned long long)pattern, forms[i], got, want[i]);
		if (failures > 50) {
			printf("too many failures\n");
			exit(1);
		}
	}
}

static void test_float_golden(void)
{
	FILE *f = open_golden("floats.golden");
	CHECK(f != NULL, "cannot open testdata/runtime/floats.golden (set TGO_ROOT)");
	if (f == NULL)
		return;
	char line[512], g[128], e[128], fx[128];
	int bits, lines = 0;
	unsigned long long pattern;
	while (fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "%d %llx %127s %127s %127s", &bits, &pattern, g, e, fx) != 5) {
			CHECK(0, "bad golden line: %s", line);
			continue;
		}
		const char *want[3] = {g, e, fx};
		check_float_forms(bits, pattern, want);
		lines++;
	}
	fclose(f);
	CHECK(lines > 1000, "floats.golden has only %d lines", lines);
	printf("floats.golden: %d values checked\n", lines);
}

/* ---- 2. println output ------------------------------------------------------- */

static GoString gostr(const char *s)
{
	return (GoString){(const uint8_t *)s, (intptr_t)strlen(s)};
}

/* The compiler's lowering of println(a, b, c): lock, values separated by
 * printsp, printnl, unlock.  These helpers spell it out. */
static void stmt_begin(void)
{
	printlock();
}
static void stmt_sep(void)
{
	printsp();
}
static void stmt_end(void)
{
	printnl();
	printunlock();
}

static void println_ints(const int64_t *v, int n)
{
	stmt_begin();
	for (int i = 0; i < n; i++) {
		if (i > 0)
			stmt_sep();
		printint(v[i]);
	}
	stmt_end();
}

static void println_float64s(const double *v, int n)
{
	stmt_begin();
	for (int i = 0; i < n; i++) {
		if (i > 0)
			stmt_sep();
		printfloat64(v[i]);
	}
	stmt_end();
}

/* The statements of print.go in scripts/golden-runtime-values.sh. */
static void run_print_program(void)
{
	stmt_begin();
	printbool(true), stmt_sep(), printbool(false);
	stmt_end();

	int64_t ints[] = {0, 1, -1, 42, INT64_MAX, INT64_MIN};
	println_ints(ints, 6);

	stmt_begin();
	printuint(0), stmt_sep(), printuint(UINT64_MAX), stmt_sep(), printuint(7);
	stmt_end();

	stmt_begin();
	printint(-128), stmt_sep(), printint(-300), stmt_sep(), printint(-5), stmt_sep();
	printuint(255), stmt_sep(), printuint(65535), stmt_sep(), printuint(4000000000u);
	stmt_end();

	double f1[] = {1.5, -2.25, 1e100, 1e-7, 123456789.0, 0.1, 1.0 / 3, 100000.0, 1e6, 1e21};
	println_float64s(f1, 10);
	double f2[] = {DBL_MAX, 5e-324, 0.0, -0.0, NAN, INFINITY, -INFINITY, 0.0001, 0.00001};
	println_float64s(f2, 9);

	float f3[] = {0.1f, 1.0f / 3, 16777216.0f, FLT_MAX, 1e-45f, -2.5f};
	stmt_begin();
	for (int i = 0; i < 6; i++) {
		if (i > 0)
			stmt_sep();
		printfloat32(f3[i]);
	}
	stmt_end();

	double c[][2] = {{3, 4}, {-1.5, -0.5}, {0, -0.0}, {INFINITY, NAN}, {1e100, 1e-100},
	                 {NAN, -INFINITY}};
	stmt_begin();
	for (int i = 0; i < 6; i++) {
		if (i > 0)
			stmt_sep();
		printcomplex128(c[i][0], c[i][1]);
	}
	stmt_end();

	stmt_begin();
	printcomplex64(1.5f, -2.0f), stmt_sep(), printcomplex64(0.1f, 0.2f);
	stmt_end();

	stmt_begin();
	printstring(gostr("hello")), stmt_sep(), printstring(gostr("")), stmt_sep();
	printstring(gostr("world"));
	stmt_end();

	printlock(); /* print("a", "b", 1, 2, "\n"): no separators, no newline */
	printstring(gostr("a")), printstring(gostr("b")), printint(1), printint(2);
	printstring(gostr("\n"));
	printunlock();

	stmt_begin(); /* println() */
	stmt_end();

	stmt_begin();
	printpointer(NULL), stmt_sep(), printpointer(NULL), stmt_sep();
	printpointer((void *)(uintptr_t)0xdeadbeef);
	stmt_end();

	stmt_begin(); /* println(uintptr(0x1234), 'x'): printuint, printint */
	printuint(0x1234), stmt_sep(), printint('x');
	stmt_end();

	stmt_begin();
	printslice(NULL, 0, 0), stmt_sep(), printslice((void *)(uintptr_t)0x1000, 3, 3);
	stmt_end();

	stmt_begin();
	printeface((Eface){NULL, NULL}), stmt_sep(), printiface((Iface){NULL, NULL});
	stmt_end();
}

static void test_print_golden(void)
{
	FILE *f = open_golden("print.golden");
	CHECK(f != NULL, "cannot open testdata/runtime/print.golden (set TGO_ROOT)");
	if (f == NULL)
		return;
	static char want[8192], got[8192];
	size_t nwant = fread(want, 1, sizeof want - 1, f);
	want[nwant] = '\0';
	fclose(f);

	capture_begin();
	run_print_program();
	captured(got, sizeof got);
	capture_end();

	/* Compare line by line for a readable report. */
	char *wsave, *gsave;
	char *w = strtok_r(want, "\n", &wsave);
	char *g = strtok_r(got, "\n", &gsave);
	int line = 1;
	for (; w != NULL || g != NULL; line++) {
		CHECK(w != NULL && g != NULL && strcmp(w, g) == 0, "print.golden line %d: got \"%s\", want \"%s\"",
		      line, g ? g : "(missing)", w ? w : "(missing)");
		w = strtok_r(NULL, "\n", &wsave);
		g = strtok_r(NULL, "\n", &gsave);
	}
}

/* ---- 3. Buffering -------------------------------------------------------------- */

static void test_buffering(void)
{
	char got[8192];
	capture_begin();

	printstring(gostr("direct "));
	CHECK(captured(got, sizeof got) == 7, "unlocked print not written at once: \"%s\"", got);

	printlock();
	printstring(gostr("held"));
	printlock(); /* nested, as printslice does */
	printint(7);
	printunlock();
	CHECK(captured(got, sizeof got) == 7, "inner printunlock wrote: \"%s\"", got);
	printnl();
	printunlock();
	captured(got, sizeof got);
	CHECK(strcmp(got, "direct held7\n") == 0, "after unlock: \"%s\"", got);

	/* More than the buffer holds, in pieces: order must survive flushes. */
	printlock();
	for (int i = 0; i < 600; i++)
		printint(i % 10);
	char big[1500];
	memset(big, 'x', sizeof big);
	printstring((GoString){(const uint8_t *)big, sizeof big});
	printint(-1);
	printunlock();
	size_t n = captured(got, sizeof got);
	size_t base = strlen("direct held7\n");
	int ok = n == base + 600 + 1500 + 2;
	for (int i = 0; ok && i < 600; i++)
		ok = got[base + (size_t)i] == '0' + i % 10;
	for (int i = 0; ok && i < 1500; i++)
		ok = got[base + 600 + (size_t)i] == 'x';
	CHECK(ok && strcmp(got + base + 2100, "-1") == 0, "large locked output garbled (%zu bytes)", n);

	capture_end();
}

/* ---- 4. Hex and upper-case float forms ------------------------------------------ */

static void test_hex_and_upper(void)
{
	char got[256];
	capture_begin();
	printhex(0), printsp(), printhex(0xff), printsp(), printhex(UINT64_MAX), printsp();
	printuintptr(0xabc), printsp(), printpointer((void *)(uintptr_t)0x7f0012345678);
	captured(got, sizeof got);
	capture_end();
	CHECK(strcmp(got, "0x0 0xff 0xffffffffffffffff 0xabc 0x7f0012345678") == 0, "hex: \"%s\"", got);

	char buf[FMT_FLOAT_EG_BUFSIZE];
	fmt_float_shortest(buf, 1e21, 64, 'G');
	CHECK(strcmp(buf, "1E+21") == 0, "'G' 1e21: %s", buf);
	fmt_float_shortest(buf, -1.25e-7, 64, 'E');
	CHECK(strcmp(buf, "-1.25E-07") == 0, "'E' -1.25e-7: %s", buf);
	fmt_float_shortest(buf, 0.1, 32, 'g'); /* v is rounded to float32 first */
	CHECK(strcmp(buf, "0.1") == 0, "float32 0.1: %s", buf);
}

int main(void)
{
	test_float_golden();
	test_print_golden();
	test_buffering();
	test_hex_and_upper();
	if (failures != 0) {
		printf("print_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("print_test: ok\n");
	return 0;
}
