/*
 * panic_test.c — panics, defer/recover, run-time errors, faults and stack
 * overflow, checked against real Go (scripts/golden-runtime-core.sh).
 *
 *  1. core-bounds.golden: every index / slice / 3-index slice / conversion
 *     case of the grid goes through rt_panicbounds or rt_checkslice inside
 *     catch_panic (a deferred C function that recovers; the landing
 *     function longjmps back), and the Error() text of the recovered value
 *     must be Go's.
 *  2. core-panics.golden: each case is rebuilt in a child process with
 *     hand-made type descriptors (Error/String methods are C functions that
 *     follow tgo's stack convention; faults and the stack overflow run tiny
 *     assembly "Go functions" on the main goroutine via rt_main), and its
 *     exit status and stderr (normalized like scripts/normalize.awk does)
 *     must be Go's.
 *  3. Defer and recover semantics without Go code: ordering, frames,
 *     deferred calls that defer, recover only from the directly deferred
 *     function, nested panics and recovery of the inner one.
 *
 * C functions stand in for Go functions here: compiled with frame pointers
 * (the runtime's flags), a C function's %rbp is exactly what rt_callgo
 * promises to tgo_recover_rbp, and arguments passed by rt_callgo sit at
 * 16(%rbp) and up.
 */
#include "core.h"
#include "heap.h"

#include <libgen.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
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

static GoString gs(const char *s)
{
	return rt_gostring(s);
}

/* ---- Type descriptors of the Go program of core-panics ----------------------------- */

#define BASIC(var, k, sz, nm)                                                            \
	static const Type var = {.size = sz, .kind = k, .align = sz, .name = nm,           \
	                         .tflag = TFLAG_COMPARABLE | TFLAG_REGULARMEMORY}
BASIC(t_int, KIND_INT, 8, "int");
BASIC(t_int8, KIND_INT8, 1, "int8");
BASIC(t_uint64, KIND_UINT64, 8, "uint64");
BASIC(t_bool, KIND_BOOL, 1, "bool");
BASIC(t_myint, KIND_INT, 8, "main.MyInt");
BASIC(t_mybool, KIND_BOOL, 1, "main.MyBool");
BASIC(t_u8, KIND_UINT8, 1, "main.U8");
static const Type t_float64 = {.size = 8, .kind = KIND_FLOAT64, .align = 8, .name = "float64",
                               .tflag = TFLAG_COMPARABLE};
static const Type t_float32 = {.size = 4, .kind = KIND_FLOAT32, .align = 4, .name = "float32",
                               .tflag = TFLAG_COMPARABLE};
static const Type t_complex128 = {.size = 16, .kind = KIND_COMPLEX128, .align = 8,
                                  .name = "complex128", .tflag = TFLAG_COMPARABLE};
static const Type t_myc = {.size = 16, .kind = KIND_COMPLEX128, .align = 8, .name = "main.C",
                           .tflag = TFLAG_COMPARABLE};
static const uint8_t mask1[] = {1};
static const Type t_string = {.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
                              .gcmask = mask1, .name = "string", .tflag = TFLAG_COMPARABLE};
static const Type t_mystring = {.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
                                .gcmask = mask1, .name = "main.MyString", .tflag = TFLAG_COMPARABLE};
static const Type t_eface = {.size = 16, .ptrdata = 16, .kind = KIND_INTERFACE, .align = 8,
                             .name = "interface {}", .tflag = TFLAG_COMPARABLE};
static const Type t_slice_int = {.size = 24, .ptrdata = 8, .kind = KIND_SLICE, .align = 8,
                                 .gcmask = mask1, .name = "[]int", .elem = &t_int};
static const StructField f_sl[] = {{"a", &t_slice_int, 0, 0}};
static const Type t_SL = {.size = 24, .ptrdata = 8, .kind = KIND_STRUCT, .align = 8, .gcmask = mask1,
                          .name = "main.SL", .len = 1, .extra = f_sl};

/* func() string, and the method tables of main.E (Error) and main.S (String) */
static const Type *const sig_string_out[] = {&t_string};
static const Type t_func_string = {.size = 8, .kind = KIND_FUNC, .align = 8, .name = "func() string",
                                   .len = 1 << 16, .extra = sig_string_out};
static const Type t_func_void = {.size = 8, .kind = KIND_FUNC, .align = 8, .name = "func()"};

/* tgo's convention: receiver at 16(%rbp), the string result after it. */
static __attribute__((noinline)) void set_go_string_result(uintptr_t *fp, const char *s)
{
	*(GoString *)&fp[3] = gs(s);
}
static void E_Error(void) { set_go_string_result(__builtin_frame_address(0), "boom\nx"); }
static void S_String(void) { set_go_string_result(__builtin_frame_address(0), "S-stringer"); }

static const Method m_E[] = {{"Error", &t_func_string, (void *)E_Error, (void *)E_Error}};
static const Uncommon u_E = {"main", 1, m_E};
static const Type t_E = {.size = 0, .kind = KIND_STRUCT, .align = 1, .name = "main.E",
                         .tflag = TFLAG_NAMED | TFLAG_COMPARABLE, .uncommon = &u_E};
static const Method m_S[] = {{"String", &t_func_string, (void *)S_String, (void *)S_String}};
static const Uncommon u_S = {"main", 1, m_S};
static const Type t_S = {.size = 8, .kind = KIND_STRUCT, .align = 8, .name = "main.S",
                         .tflag = TFLAG_NAMED | TFLAG_COMPARABLE, .uncommon = &u_S};

/* main.T (method M) and the interfaces I {M} and J {M; N} */
static void T_M(void) {}
static const Method m_T[] = {{"M", &t_func_void, (void *)T_M, (void *)T_M}};
static const Uncommon u_T = {"main", 1, m_T};
static const Type t_T = {.size = 0, .kind = KIND_STRUCT, .align = 1, .name = "main.T",
                         .tflag = TFLAG_NAMED | TFLAG_COMPARABLE | TFLAG_REGULARMEMORY,
                         .uncommon = &u_T};
static const IMethod im_J[] = {{"M", &t_func_void}, {"N", &t_func_void}};
static const Type t_J = {.size = 16, .ptrdata = 16, .kind = KIND_INTERFACE, .align = 8,
                         .name = "main.J", .len = 2, .extra = im_J, .tflag = TFLAG_COMPARABLE};

/* ---- Deferred C functions and the catch harness -------------------------------------- */

static Eface caught;
static jmp_buf catch_env;

static void recover_into_caught(void)
{
	caught = gorecover((uintptr_t)__builtin_frame_address(0));
}
static Closure c_recover = {(void *)recover_into_caught};

static void land_catch(void) { longjmp(catch_env, 1); }

/* Run f(arg) with a deferred recover: true if it panicked (value in *v). */
static __attribute__((noinline)) bool catch_panic(void (*f)(void *), void *arg, Eface *v)
{
	uintptr_t frame = (uintptr_t)__builtin_frame_address(0);
	caught = (Eface){NULL, NULL};
	if (setjmp(catch_env) == 0) {
		rt_deferproc(&c_recover, frame, (void *)land_catch);
		f(arg);
		rt_deferreturn(frame);
		*v = caught;
		return false;
	}
	*v = caught;
	return true;
}

static void error_text(Eface v, char *buf, size_t n)
{
	if (!rt_runtime_error_text(v, buf, n))
		snprintf(buf, n, "(not a run-time error: %s)", v.type && v.type->name ? v.type->name : "nil");
}

/* ---- 1. The bounds grid ------------------------------------------------------------------------ */

typedef struct BoundsCase {
	char kind[16];
	long long a[6];
} BoundsCase;

static void run_bounds(void *arg)
{
	BoundsCase *c = arg;
	if (strcmp(c->kind, "index") == 0) {
		if ((uint64_t)c->a[0] >= (uint64_t)c->a[1])
			rt_panicbounds(0, c->a[0], c->a[1], 1);
	} else if (strcmp(c->kind, "uindex") == 0) {
		if ((uint64_t)c->a[0] >= (uint64_t)c->a[1])
			rt_panicbounds(0, c->a[0], c->a[1], 0);
	} else if (strcmp(c->kind, "slice") == 0) {
		int64_t operand[3] = {0, c->a[1], c->a[2]};
		int64_t idx[3] = {c->a[3], c->a[4], c->a[5]};
		rt_checkslice(operand, idx, (int)c->a[0]);
	} else if (strcmp(c->kind, "convert") == 0) {
		if (c->a[0] < c->a[1])
			rt_panicbounds(8, c->a[0], c->a[1], 1);
	}
}

static void test_bounds_golden(void)
{
	FILE *f = open_golden("core-bounds.golden");
	CHECK(f != NULL, "cannot open core-bounds.golden");
	if (!f)
		return;
	char line[512];
	int n = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		char *bar = strstr(line, " | ");
		if (!bar)
			continue;
		*bar = 0;
		const char *want = bar + 3;
		BoundsCase c;
		memset(&c, 0, sizeof c);
		char *tok = strtok(line, " ");
		snprintf(c.kind, sizeof c.kind, "%s", tok);
		for (int i = 0; i < 6 && (tok = strtok(NULL, " ")); i++)
			c.a[i] = (long long)strtoull(tok, NULL, 10);
		Eface v;
		char got[512] = "ok";
		if (catch_panic(run_bounds, &c, &v))
			error_text(v, got, sizeof got);
		CHECK(strcmp(got, want) == 0, "%s %lld %lld %lld %lld: got %s, want %s", c.kind, c.a[0], c.a[1],
		      c.a[2], c.a[3], got, want);
		n++;
	}
	fclose(f);
	CHECK(n > 500, "core-bounds.golden has only %d cases", n);
}

/* ---- 2. Whole-program cases in child processes -------------------------------------------------- */

static void panic_str(const char *s)
{
	GoString *box = mallocgc(sizeof *box, &t_string, true);
	*box = gs(s);
	gopanic((Eface){&t_string, box});
}

static void defer_panic_second(void) { panic_str("second"); }
static void defer_repanic(void)
{
	Eface r = gorecover((uintptr_t)__builtin_frame_address(0));
	gopanic(r);
}
static void defer_recover_then_panic(void)
{
	gorecover((uintptr_t)__builtin_frame_address(0));
	panic_str("second");
}
static Closure c_panic_second = {(void *)defer_panic_second};
static Closure c_repanic = {(void *)defer_repanic};
static Closure c_recover_then_panic = {(void *)defer_recover_then_panic};

/* Deferred by the assembly function below: recover and print like
 *   defer func() { println("recovered:", recover() != nil) }() */
static void defer_print_recovered(void)
{
	Eface r = gorecover((uintptr_t)__builtin_frame_address(0));
	printlock();
	printstring(gs("recovered:"));
	printsp();
	printbool(r.type != NULL);
	printnl();
	printunlock();
}
Closure test_c_print_recovered = {(void *)defer_print_recovered};

/* "Go functions" in assembly: tgo prologues, then a fault or recursion. */
void asm_nilderef(void);
void asm_nilfield(void);
void asm_nilderef_recovered(void);
void asm_deep(void);
void asm_calls_c_deep(void);
__asm__(
	".text\n"
	".globl asm_nilderef\n"
	"asm_nilderef:\n"
	"	pushq %rbp\n	movq %rsp, %rbp\n	subq $16, %rsp\n"
	"	cmpq tgo_stackguard(%rip), %rsp\n	jb tgo_morestack\n"
	"	xorl %eax, %eax\n	movq (%rax), %rax\n	leave\n	ret\n"
	".globl asm_nilfield\n"
	"asm_nilfield:\n"
	"	pushq %rbp\n	movq %rsp, %rbp\n	subq $16, %rsp\n"
	"	cmpq tgo_stackguard(%rip), %rsp\n	jb tgo_morestack\n"
	"	xorl %eax, %eax\n	movq 8(%rax), %rax\n	leave\n	ret\n"
	".globl asm_nilderef_recovered\n"
	"asm_nilderef_recovered:\n"
	"	pushq %rbp\n	movq %rsp, %rbp\n	subq $16, %rsp\n"
	"	cmpq tgo_stackguard(%rip), %rsp\n	jb tgo_morestack\n"
	"	leaq test_c_print_recovered(%rip), %rdi\n"
	"	movq %rbp, %rsi\n"
	"	leaq 1f(%rip), %rdx\n"
	"	movq %rsp, %rbx\n	andq $-16, %rsp\n	call rt_deferproc\n	movq %rbx, %rsp\n"
	"	xorl %eax, %eax\n	movq (%rax), %rax\n"
	"	jmp 2f\n"
	"1:	leaq -16(%rbp), %rsp\n"
	"2:	movq %rbp, %rdi\n"
	"	movq %rsp, %rbx\n	andq $-16, %rsp\n	call rt_deferreturn\n	movq %rbx, %rsp\n"
	"	leave\n	ret\n"
	".globl asm_deep\n"
	"asm_deep:\n"
	"	pushq %rbp\n	movq %rsp, %rbp\n	subq $1048576, %rsp\n"
	"	cmpq tgo_stackguard(%rip), %rsp\n	jb tgo_morestack\n"
	"	call asm_deep\n	leave\n	ret\n"
	".globl asm_calls_c_deep\n"
	"asm_calls_c_deep:\n"
	"	pushq %rbp\n	movq %rsp, %rbp\n	subq $16, %rsp\n"
	"	cmpq tgo_stackguard(%rip), %rsp\n	jb tgo_morestack\n"
	/* jump down to just above the guard (untouched pages) first */
	"	movq tgo_stackguard(%rip), %rsp\n	addq $4096, %rsp\n"
	"	andq $-16, %rsp\n	call c_deep_entry\n	leave\n	ret\n");

/* C code that runs off the C margin below the guard: the guard page
 * catches it. */
static volatile int deep_sink;
#pragma GCC diagnostic ignored "-Winfinite-recursion"
static __attribute__((noinline)) int c_deep(int n)
{
	volatile char pad[4096];
	pad[n % 4096] = (char)n;
	deep_sink += pad[(n * 7) % 4096];
	return c_deep(n + 1) + pad[0];
}
void c_deep_entry(void);
void c_deep_entry(void) { deep_sink = c_deep(0); }

static void run_case(const char *name)
{
	static GoString s_val;
	static int64_t i_val;
	static double f_val;
	static float f32_val;
	static double c_val[2];
	static bool b_val;
	static uint8_t u8_val;
	if (strcmp(name, "string") == 0) {
		panic_str("msg\nline2\n");
	} else if (strcmp(name, "int") == 0) {
		i_val = 42;
		gopanic((Eface){&t_int, &i_val});
	} else if (strcmp(name, "int8") == 0) {
		u8_val = (uint8_t)-5;
		gopanic((Eface){&t_int8, &u8_val});
	} else if (strcmp(name, "uint64") == 0) {
		i_val = -1;
		gopanic((Eface){&t_uint64, &i_val});
	} else if (strcmp(name, "bool") == 0) {
		b_val = false;
		gopanic((Eface){&t_bool, &b_val});
	} else if (strcmp(name, "float64") == 0) {
		f_val = 1e21;
		gopanic((Eface){&t_float64, &f_val});
	} else if (strcmp(name, "float32") == 0) {
		f32_val = 0.1f;
		gopanic((Eface){&t_float32, &f32_val});
	} else if (strcmp(name, "complex128") == 0) {
		c_val[0] = 1, c_val[1] = -2;
		gopanic((Eface){&t_complex128, c_val});
	} else if (strcmp(name, "myint") == 0) {
		i_val = 3;
		gopanic((Eface){&t_myint, &i_val});
	} else if (strcmp(name, "mystring") == 0) {
		s_val = gs("x\ny\"z");
		gopanic((Eface){&t_mystring, &s_val});
	} else if (strcmp(name, "mybool") == 0) {
		b_val = true;
		gopanic((Eface){&t_mybool, &b_val});
	} else if (strcmp(name, "u8") == 0) {
		u8_val = 7;
		gopanic((Eface){&t_u8, &u8_val});
	} else if (strcmp(name, "myc") == 0) {
		c_val[0] = 1, c_val[1] = 2;
		gopanic((Eface){&t_myc, c_val});
	} else if (strcmp(name, "emptystring") == 0) {
		panic_str("");
	} else if (strcmp(name, "nil") == 0) {
		gopanic((Eface){NULL, NULL});
	} else if (strcmp(name, "error") == 0) {
		gopanic((Eface){&t_E, zerobase});
	} else if (strcmp(name, "stringer") == 0) {
		i_val = 1;
		gopanic((Eface){&t_S, &i_val});
	} else if (strcmp(name, "nested") == 0) {
		rt_deferproc(&c_panic_second, (uintptr_t)__builtin_frame_address(0), NULL);
		panic_str("first");
	} else if (strcmp(name, "repanicked") == 0) {
		rt_deferproc(&c_repanic, (uintptr_t)__builtin_frame_address(0), NULL);
		panic_str("first");
	} else if (strcmp(name, "recovered-then-panic") == 0) {
		rt_deferproc(&c_recover_then_panic, (uintptr_t)__builtin_frame_address(0), NULL);
		panic_str("first");
	} else if (strcmp(name, "index") == 0) {
		rt_panicbounds(0, 5, 3, 1);
	} else if (strcmp(name, "divide") == 0) {
		rt_panicdivide();
	} else if (strcmp(name, "shift") == 0) {
		rt_panicshift();
	} else if (strcmp(name, "nilmap") == 0) {
		rt_panicnilmap();
	} else if (strcmp(name, "nilderef") == 0) {
		signal_init();
		rt_main(asm_nilderef);
	} else if (strcmp(name, "nilfield") == 0) {
		signal_init();
		rt_main(asm_nilfield);
	} else if (strcmp(name, "nilderef-recovered") == 0) {
		signal_init();
		rt_main(asm_nilderef_recovered);
	} else if (strcmp(name, "stackoverflow") == 0) {
		signal_init();
		rt_main(asm_deep);
	} else if (strcmp(name, "stackoverflow-in-c") == 0) {
		signal_init();
		rt_main(asm_calls_c_deep);
	} else if (strcmp(name, "throw") == 0) {
		rt_throw("sync: unlock of unlocked mutex");
	} else if (strcmp(name, "e2t") == 0) {
		rt_panicdottype(&t_string, &t_int, &t_eface);
	} else if (strcmp(name, "i2t-nil") == 0) {
		rt_panicdottype(NULL, &t_T, &t_eface);
	} else if (strcmp(name, "missing") == 0) {
		getitab(&t_J, &t_T, false);
	} else if (strcmp(name, "uncomparable") == 0) {
		static int64_t one[1] = {1};
		static GoSlice a = {one, 1, 1}, b = {one, 1, 1};
		Eface x = {&t_slice_int, &a}, y = {&t_slice_int, &b};
		printbool(rt_efaceeq_ptr(&x, &y));
	} else if (strcmp(name, "unhashable") == 0) {
		static GoSlice sl;
		Eface k = {&t_SL, &sl};
		rt_typehash(&t_eface, &k, 0);
	} else if (strcmp(name, "emptymap-unhashable") == 0) {
		static void *nilfunc;
		Eface k = {&t_func_void, nilfunc};
		rt_mapkeyerror(&t_eface, &k);
	}
	_exit(0);
}

/* scripts/normalize.awk, for what this runtime prints: the pc of a signal
 * line, the stack-overflow details, and traceback lines (none here). */
static void normalize(char *text)
{
	char out[1 << 16];
	size_t n = 0;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "runtime: sp=0x", 14) == 0)
			continue;
		if (strcmp(line, "runtime stack:") == 0)
			break;
		char buf[1024];
		snprintf(buf, sizeof buf, "%s", line);
		char *pc = strstr(buf, " pc=0x");
		if (strncmp(buf, "[signal ", 8) == 0 && pc)
			snprintf(pc, sizeof buf - (size_t)(pc - buf), " pc=PC]");
		n += (size_t)snprintf(out + n, sizeof out - n, "%s\n", buf);
	}
	out[n] = 0;
	strcpy(text, out);
}

/* Split lines keeping empty ones (strtok would drop them). */
static void normalize_keep_blank(const char *raw, char *dst, size_t cap)
{
	/* mark empty lines so that strtok keeps them */
	char tmp[1 << 16];
	size_t n = 0;
	for (size_t i = 0; raw[i] && n + 2 < sizeof tmp; i++) {
		tmp[n++] = raw[i];
		if (raw[i] == '\n' && (raw[i + 1] == '\n'))
			tmp[n++] = '\x01';
	}
	if (n > 0 && raw[0] == '\n') {
		memmove(tmp + 1, tmp, n);
		tmp[0] = '\x01';
		n++;
	}
	tmp[n] = 0;
	normalize(tmp);
	/* drop the blank lines before a removed "runtime stack:" tail, then unmark */
	size_t m = 0;
	for (size_t i = 0; tmp[i] && m + 1 < cap; i++)
		if (tmp[i] != '\x01')
			dst[m++] = tmp[i];
	dst[m] = 0;
	while (m >= 2 && dst[m - 1] == '\n' && dst[m - 2] == '\n')
		dst[--m] = 0;
}

static int run_child(const char *name, char *out, size_t cap)
{
	char path[] = "/tmp/tgo-panic-test-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return -1;
	unlink(path);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fd, 2);
		run_case(name);
		_exit(0);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	char raw[1 << 16];
	ssize_t n = pread(fd, raw, sizeof raw - 1, 0);
	close(fd);
	raw[n > 0 ? n : 0] = 0;
	normalize_keep_blank(raw, out, cap);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void test_panics_golden(void)
{
	FILE *f = open_golden("core-panics.golden");
	CHECK(f != NULL, "cannot open core-panics.golden");
	if (!f)
		return;
	char line[1024], name[1024] = "", want[1 << 14] = "";
	int want_exit = -1, cases = 0;
	size_t wn = 0;
	for (bool more = true; more;) {
		more = fgets(line, sizeof line, f) != NULL;
		if (!more || strncmp(line, "=== ", 4) == 0) {
			if (name[0]) {
				char got[1 << 14];
				int st = run_child(name, got, sizeof got);
				while (wn >= 2 && want[wn - 1] == '\n' && want[wn - 2] == '\n')
					want[--wn] = 0;
				CHECK(st == want_exit && strcmp(got, want) == 0,
				      "case %s: exit %d, want %d\n--- got:\n%s--- want:\n%s---", name, st, want_exit, got,
				      want);
				cases++;
			}
			if (more) {
				snprintf(name, sizeof name, "%s", line + 4);
				name[strcspn(name, "\n")] = 0;
				want[0] = 0;
				wn = 0;
				want_exit = -1;
			}
			continue;
		}
		if (want_exit < 0 && sscanf(line, "exit %d", &want_exit) == 1)
			continue;
		wn += (size_t)snprintf(want + wn, sizeof want - wn, "%s", line);
	}
	fclose(f);
	CHECK(cases >= 30, "core-panics.golden has only %d cases", cases);

	/* C code running off its margin is the same stack overflow */
	char got[1 << 14];
	int st = run_child("stackoverflow-in-c", got, sizeof got);
	CHECK(st == 2 && strcmp(got, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
	                              "fatal error: stack overflow\n") == 0,
	      "stack overflow in C code: exit %d\n%s", st, got);
}

/* ---- 3. Defer and recover ------------------------------------------------------------------------- */

static char trace[256];
static void note(const char *s) { strncat(trace, s, sizeof trace - strlen(trace) - 1); }

static void d_a(void) { note("a"); }
static void d_b(void) { note("b"); }
static Closure c_a = {(void *)d_a}, c_b = {(void *)d_b};

/* A deferred function that defers itself (its own frame) and runs them. */
static void d_nested(void)
{
	uintptr_t me = (uintptr_t)__builtin_frame_address(0);
	note("(");
	rt_deferproc(&c_a, me, NULL);
	rt_deferproc(&c_b, me, NULL);
	rt_deferreturn(me);
	note(")");
}
static Closure c_nested = {(void *)d_nested};

/* recover() from a function called by the deferred function: nil. */
static Eface helper_result;
static __attribute__((noinline)) void recover_helper(void)
{
	helper_result = gorecover((uintptr_t)__builtin_frame_address(0));
}
static void d_indirect(void)
{
	recover_helper();
	note(helper_result.type ? "R" : "n");
}
static Closure c_indirect = {(void *)d_indirect};

static void panic_boom(void *arg)
{
	(void)arg;
	panic_str("boom");
}

/* A deferred call run by rt_deferreturn while a panic runs deferred calls
 * cannot recover that panic: only functions the panic calls can. */
static void d_returning_frame_recovers(void)
{
	uintptr_t me = (uintptr_t)__builtin_frame_address(0);
	rt_deferproc(&c_recover, me, (void *)land_catch);
	rt_deferreturn(me); /* c_recover runs here: not called by the panic */
	note(caught.type ? "R" : "n");
}
static Closure c_returning_frame_recovers = {(void *)d_returning_frame_recovers};

/* Inner panic recovered inside a deferred call of an outer panic. */
static jmp_buf inner_env;
static void land_inner(void) { longjmp(inner_env, 1); }
static void d_inner_panic_recovered(void)
{
	uintptr_t me = (uintptr_t)__builtin_frame_address(0);
	if (setjmp(inner_env) == 0) {
		rt_deferproc(&c_recover, me, (void *)land_inner);
		panic_str("inner");
	}
	note(caught.type && ((GoString *)caught.data)->len == 5 ? "I" : "?");
	caught = (Eface){NULL, NULL};
}
static Closure c_inner_panic_recovered = {(void *)d_inner_panic_recovered};

static void callee_defers_then_panics(void *arg)
{
	(void)arg;
	uintptr_t me = (uintptr_t)__builtin_frame_address(0);
	rt_deferproc(&c_a, me, NULL);
	rt_deferproc(&c_indirect, me, NULL);
	rt_deferproc(&c_b, me, NULL);
	panic_str("boom");
}

static void panic_with_returning_frame(void *arg)
{
	(void)arg;
	rt_deferproc(&c_returning_frame_recovers, (uintptr_t)__builtin_frame_address(0), NULL);
	panic_str("boom");
}

static void panic_with_inner(void *arg)
{
	(void)arg;
	rt_deferproc(&c_inner_panic_recovered, (uintptr_t)__builtin_frame_address(0), NULL);
	panic_str("outer");
}

static void no_panic(void *arg) { (void)arg; }

static void test_defer(void)
{
	uintptr_t frame = 0x1000, other = 0x2000;
	trace[0] = 0;
	rt_deferproc(&c_a, other, NULL);
	rt_deferproc(&c_a, frame, NULL);
	rt_deferproc(&c_b, frame, NULL);
	rt_deferproc(&c_nested, frame, NULL);
	rt_deferreturn(frame);
	CHECK(strcmp(trace, "(ba)ba") == 0, "deferreturn order: %s", trace);
	rt_deferreturn(frame);
	CHECK(strcmp(trace, "(ba)ba") == 0, "second deferreturn ran something: %s", trace);
	rt_deferreturn(other);
	CHECK(strcmp(trace, "(ba)baa") == 0, "other frame: %s", trace);

	/* recover outside a panic, and from a non-deferred frame */
	Eface r = gorecover((uintptr_t)__builtin_frame_address(0));
	CHECK(r.type == NULL, "recover without a panic");

	/* a panic recovered by the innermost frame's deferred call leaves the
	 * records of outer frames alone; they run at those frames' return */
	trace[0] = 0;
	Eface v;
	static Closure *list[] = {&c_a, &c_indirect, &c_b};
	for (int i = 0; i < 3; i++)
		rt_deferproc(list[i], 0x3000, NULL); /* an outer frame's: must not run */
	bool p = catch_panic(panic_boom, NULL, &v);
	CHECK(p && v.type == &t_string && ((GoString *)v.data)->len == 4, "catch_panic(boom)");
	CHECK(strcmp(trace, "") == 0, "outer frame's defers ran: %s", trace);
	rt_deferreturn(0x3000);
	CHECK(strcmp(trace, "bna") == 0, "indirect recover: %s", trace);

	/* a callee's deferred calls run, most recent first, before the
	 * catching frame's; one of them calls recover indirectly: nil */
	trace[0] = 0;
	p = catch_panic(callee_defers_then_panics, NULL, &v);
	CHECK(p && strcmp(trace, "bna") == 0, "callee defers: %s", trace);

	/* a deferred call run by a returning frame during a panic cannot
	 * recover the panic */
	trace[0] = 0;
	p = catch_panic(panic_with_returning_frame, NULL, &v);
	CHECK(p && strcmp(trace, "n") == 0 && v.type == &t_string, "deferreturn during panic: %s", trace);

	/* an inner panic recovered inside a deferred call of an outer panic;
	 * the outer panic goes on and is caught by the outer frame */
	trace[0] = 0;
	p = catch_panic(panic_with_inner, NULL, &v);
	CHECK(p && strcmp(trace, "I") == 0 && v.type == &t_string && ((GoString *)v.data)->len == 5,
	      "inner panic: %s", trace);

	CHECK(rt_main_g.panic == NULL, "panic list not empty after recoveries");
	CHECK(rt_main_g.defer == NULL, "defer list not empty");

	/* no panic: the catch frame's deferred recover runs at return, gets nil */
	p = catch_panic(no_panic, NULL, &v);
	CHECK(!p && v.type == NULL, "no panic");
}

int main(void)
{
	test_defer();
	test_bounds_golden();
	test_panics_golden();
	printf("panic_test: %d checks, %d failures\n", checks, failures);
	return failures != 0;
}
