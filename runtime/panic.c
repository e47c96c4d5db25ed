/*
 * panic.c — panics, defer and recover, run-time errors and fatal errors.
 *
 * Defer records.  `defer f()` in a function compiles to rt_deferproc(fn,
 * %rbp, landing): a record {fn, frame, landing} is pushed on the running
 * goroutine's list.  Records come from a free list of chunks allocated with
 * malloc and registered as GC roots (fn is a heap pointer), so a defer is
 * never a counted allocation.  At every return the function calls
 * rt_deferreturn(%rbp), which pops and runs the records of that frame, most
 * recent first, each through rt_callgo.  Frames are popped in stack order,
 * so the records of live frames are always ordered deepest first.
 *
 * Panics.  gopanic(v) pushes a Panic record (in its own C frame) on the
 * goroutine's panic list and runs the deferred calls from the top of the
 * defer list, popping each before calling it: those of the panicking frame,
 * then those of its callers.  A deferred call may defer, panic and recover
 * itself; a panic inside a deferred call starts a new record that links to
 * the old one (Go prints them all, oldest first).
 *
 * Recover.  gorecover(caller_rbp) succeeds only for the function called
 * directly by the panic's deferred-call machinery: caller_rbp must equal
 * tgo_recover_rbp (which rt_callgo sets to its callee's %rbp, and which a
 * compiler-generated defer wrapper retargets to the function it wraps) and
 * the frame chain above caller_rbp must lead, through rt_callgo and at most
 * one wrapper, to the C frame that the panic used to make the call.  When a
 * recovered deferred call returns, gopanic drops every panic that started
 * below the frame that registered the deferred call (they are over), and
 * resumes that frame at its landing address with its %rbp restored
 * (rt_recover_jump): the compiler's landing code resets %rsp, runs the
 * frame's remaining deferred calls with rt_deferreturn and returns
 * normally.  The C frames of gopanic are simply abandoned.
 *
 * Unrecovered panics print what Go prints: values of types with an Error
 * or String method are converted first (calling the method with rt_callgo),
 * then "panic: " + the value for every panic in progress ("\tpanic: " after
 * the first; " [recovered]" and " [recovered, repanicked]" as Go marks
 * them), the "[signal ...]" line for a fault, a blank line and the
 * goroutine header; the traceback is left out (the test harness drops it).
 * Exit status 2.
 *
 * Run-time errors are values of the types of stdlib/runtime/error.go
 * (errorString, plainError, boundsError, *TypeAssertionError,
 * *PanicNilError), built here with the same layouts; the compiler emits
 * their descriptors, and C fallbacks stand in for programs (and unit tests)
 * linked without them.  Their Error() texts are also formatted here, so that
 * printing a run-time error never calls back into Go.
 */
#include "core.h"
#include "heap.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

/* ---- The run-time error types -------------------------------------------------- */

/* The compiler's descriptors (weak: absent in C unit tests). */
extern const Type go_errorString __asm__("\"type:runtime.errorString\"") __attribute__((weak));
extern const Type go_plainError __asm__("\"type:runtime.plainError\"") __attribute__((weak));
extern const Type go_boundsError __asm__("\"type:runtime.boundsError\"") __attribute__((weak));
extern const Type go_TypeAssertionError __asm__("\"type:runtime.TypeAssertionError\"") __attribute__((weak));
extern const Type go_TypeAssertionErrorPtr __asm__("\"type:*runtime.TypeAssertionError\"")
	__attribute__((weak));
extern const Type go_PanicNilErrorPtr __asm__("\"type:*runtime.PanicNilError\"") __attribute__((weak));

static const uint8_t mask_1[] = {0x1};
static const uint8_t mask_tae[] = {0x55, 0x01}; /* words 0, 2, 4, 6, 8 */

static const Type fb_errorString = {
	.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
	.tflag = TFLAG_NAMED | TFLAG_COMPARABLE, .gcmask = mask_1, .name = "runtime.errorString",
};
static const Type fb_plainError = {
	.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
	.tflag = TFLAG_NAMED | TFLAG_COMPARABLE, .gcmask = mask_1, .name = "runtime.plainError",
};
static const Type fb_boundsError = {
	.size = 24, .kind = KIND_STRUCT, .align = 8, .tflag = TFLAG_NAMED | TFLAG_COMPARABLE,
	.name = "runtime.boundsError",
};
static const Type fb_TypeAssertionError = {
	.size = sizeof(TypeAssertionError), .ptrdata = 72, .kind = KIND_STRUCT, .align = 8,
	.tflag = TFLAG_NAMED | TFLAG_COMPARABLE, .gcmask = mask_tae, .name = "runtime.TypeAssertionError",
};
static const Type fb_TypeAssertionErrorPtr = {
	.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8,
	.tflag = TFLAG_COMPARABLE | TFLAG_DIRECTIFACE | TFLAG_REGULARMEMORY, .gcmask = mask_1,
	.name = "*runtime.TypeAssertionError", .elem = &fb_TypeAssertionError,
};
static const Type fb_PanicNilError = {
	.size = 0, .kind = KIND_STRUCT, .align = 8, .tflag = TFLAG_NAMED | TFLAG_COMPARABLE,
	.name = "runtime.PanicNilError",
};
static const Type fb_PanicNilErrorPtr = {
	.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8,
	.tflag = TFLAG_COMPARABLE | TFLAG_DIRECTIFACE | TFLAG_REGULARMEMORY, .gcmask = mask_1,
	.name = "*runtime.PanicNilError", .elem = &fb_PanicNilError,
};

#define PICK(go, fb) (&(go) != NULL ? &(go) : &(fb))
const Type *rt_type_errorString(void) { return PICK(go_errorString, fb_errorString); }
const Type *rt_type_plainError(void) { return PICK(go_plainError, fb_plainError); }
const Type *rt_type_boundsError(void) { return PICK(go_boundsError, fb_boundsError); }
const Type *rt_type_TypeAssertionErrorPtr(void)
{
	return PICK(go_TypeAssertionErrorPtr, fb_TypeAssertionErrorPtr);
}
const Type *rt_type_PanicNilErrorPtr(void) { return PICK(go_PanicNilErrorPtr, fb_PanicNilErrorPtr); }

static bool is_type(const Type *t, const Type *go, const Type *fb)
{
	return t != NULL && (t == go || t == fb);
}

/* boundsError as error.go declares it: x int64; y int; signed bool; code uint8 */
typedef struct BoundsError {
	int64_t x;
	intptr_t y;
	bool is_signed;
	uint8_t code;
} BoundsError;

enum {
	BOUNDS_INDEX,
	BOUNDS_SLICE_ALEN,
	BOUNDS_SLICE_ACAP,
	BOUNDS_SLICE_B,
	BOUNDS_SLICE3_ALEN,
	BOUNDS_SLICE3_ACAP,
	BOUNDS_SLICE3_B,
	BOUNDS_SLICE3_C,
	BOUNDS_CONVERT,
	BOUNDS_NCODES,
};

/* Go's two format tables (runtime/error.go); the negative forms omit y. */
static const char *const bounds_fmt[BOUNDS_NCODES] = {
	"index out of range [%x] with length %y",
	"slice bounds out of range [:%x] with length %y",
	"slice bounds out of range [:%x] with capacity %y",
	"slice bounds out of range [%x:%y]",
	"slice bounds out of range [::%x] with length %y",
	"slice bounds out of range [::%x] with capacity %y",
	"slice bounds out of range [:%x:%y]",
	"slice bounds out of range [%x:%y:]",
	"cannot convert slice with length %y to array or pointer to array with length %x",
};
static const char *const bounds_neg_fmt[BOUNDS_NCODES] = {
	"index out of range [%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [%x:]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [:%x:]",
	"slice bounds out of range [%x::]",
	"cannot convert slice with length %y to array or pointer to array with length %x",
};

/* A small string builder over a fixed buffer (truncates). */
typedef struct Buf {
	char *p;
	uintptr_t n, cap;
} Buf;

static void buf_bytes(Buf *b, const void *s, uintptr_t n)
{
	for (uintptr_t i = 0; i < n && b->n + 1 < b->cap; i++)
		b->p[b->n++] = ((const char *)s)[i];
	if (b->cap)
		b->p[b->n] = 0;
}
static void buf_str(Buf *b, const char *s) { buf_bytes(b, s, strlen(s)); }
static void buf_gostr(Buf *b, GoString s) { buf_bytes(b, s.ptr, (uintptr_t)s.len); }

static void buf_int(Buf *b, int64_t v, bool is_signed)
{
	char d[24];
	int i = sizeof d;
	uint64_t u = (uint64_t)v;
	bool neg = is_signed && v < 0;
	if (neg)
		u = -u;
	do {
		d[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (neg)
		d[--i] = '-';
	buf_bytes(b, d + i, sizeof d - (uintptr_t)i);
}

static void bounds_text(Buf *b, const BoundsError *e)
{
	unsigned code = e->code < BOUNDS_NCODES ? e->code : 0;
	const char *f = e->is_signed && e->x < 0 ? bounds_neg_fmt[code] : bounds_fmt[code];
	buf_str(b, "runtime error: ");
	for (; *f; f++) {
		if (*f != '%') {
			buf_bytes(b, f, 1);
			continue;
		}
		f++;
		if (*f == 'x')
			buf_int(b, e->x, e->is_signed);
		else
			buf_int(b, (int64_t)e->y, true);
	}
}

static void typeassert_text(Buf *b, const TypeAssertionError *e)
{
	buf_str(b, "interface conversion: ");
	if (e->concrete.len == 0) {
		if (e->iface.len)
			buf_gostr(b, e->iface);
		else
			buf_str(b, "interface");
		buf_str(b, " is nil, not ");
		buf_gostr(b, e->asserted);
	} else if (e->missing.len == 0) {
		if (e->iface.len)
			buf_gostr(b, e->iface);
		else
			buf_str(b, "interface");
		buf_str(b, " is ");
		buf_gostr(b, e->concrete);
		buf_str(b, ", not ");
		buf_gostr(b, e->asserted);
		buf_gostr(b, e->note);
	} else {
		buf_gostr(b, e->concrete);
		buf_str(b, " is not ");
		buf_gostr(b, e->asserted);
		buf_str(b, ": missing method ");
		buf_gostr(b, e->missing);
	}
}

bool rt_runtime_error_text(Eface e, char *out, uintptr_t n)
{
	Buf b = {out, 0, n};
	if (n)
		out[0] = 0;
	const Type *t = e.type;
	if (is_type(t, &go_errorString, &fb_errorString)) {
		buf_str(&b, "runtime error: ");
		buf_gostr(&b, *(const GoString *)e.data);
	} else if (is_type(t, &go_plainError, &fb_plainError)) {
		buf_gostr(&b, *(const GoString *)e.data);
	} else if (is_type(t, &go_boundsError, &fb_boundsError)) {
		bounds_text(&b, e.data);
	} else if (is_type(t, &go_TypeAssertionErrorPtr, &fb_TypeAssertionErrorPtr)) {
		typeassert_text(&b, e.data);
	} else if (is_type(t, &go_PanicNilErrorPtr, &fb_PanicNilErrorPtr)) {
		buf_str(&b, "panic called with nil argument");
	} else {
		return false;
	}
	return true;
}

/* ---- Building run-time error values ----------------------------------------------- */

static G *getg(void)
{
	return rt_curg != NULL ? rt_curg : &rt_main_g;
}

/* Static boxes for Go's preallocated errors (divideError, memoryError...):
 * panicking with them allocates nothing, and two panics with the same one
 * are the same value (which matters for "[recovered, repanicked]"). */
#define STATIC_MSG(name, text) static const GoString name = {(const uint8_t *)text, sizeof text - 1}
STATIC_MSG(msg_divide, "integer divide by zero");
STATIC_MSG(msg_shift, "negative shift amount");
STATIC_MSG(msg_memory, "invalid memory address or nil pointer dereference");
STATIC_MSG(msg_nilmap, "assignment to entry in nil map");

static _Noreturn void panic_static(const Type *t, const GoString *box)
{
	gopanic((Eface){t, (void *)box});
}

/* A string for msg: C callers pass literals, but a message built in a
 * stack buffer must be copied to the heap. */
static GoString message_string(const char *msg)
{
	GoString s = rt_gostring(msg);
	if (rt_stack_contains(msg)) {
		uint8_t *p;
		s = rawstring(s.len, &p);
		memcpy(p, msg, (size_t)s.len);
	}
	return s;
}

static _Noreturn void panic_string_error(const Type *t, GoString s)
{
	GoString *box = mallocgc(sizeof(GoString), t, true);
	*box = s;
	gopanic((Eface){t, box});
}

_Noreturn void rt_panic_runtime_error(const char *msg)
{
	panic_string_error(rt_type_errorString(), message_string(msg));
}

_Noreturn void rt_panic_plain_error(const char *msg)
{
	panic_string_error(rt_type_plainError(), message_string(msg));
}

_Noreturn void rt_panic_with_type(const char *prefix, const Type *t)
{
	GoString a = rt_gostring(prefix), b = rt_gostring(t && t->name ? t->name : "?");
	uint8_t *p;
	GoString s = rawstring(a.len + b.len, &p);
	memcpy(p, a.ptr, (size_t)a.len);
	memcpy(p + a.len, b.ptr, (size_t)b.len);
	panic_string_error(rt_type_errorString(), s);
}

_Noreturn void rt_panicdivide(void) { panic_static(rt_type_errorString(), &msg_divide); }
_Noreturn void rt_panicshift(void) { panic_static(rt_type_errorString(), &msg_shift); }
_Noreturn void rt_panicnilmap(void) { panic_static(rt_type_plainError(), &msg_nilmap); }
_Noreturn void rt_panicmakeslicelen(void) { rt_panic_runtime_error("makeslice: len out of range"); }
_Noreturn void rt_panicmakeslicecap(void) { rt_panic_runtime_error("makeslice: cap out of range"); }

_Noreturn void rt_sigpanic(void)
{
	G *g = getg();
	if (g->sig == SIGFPE)
		panic_static(rt_type_errorString(), &msg_divide);
	panic_static(rt_type_errorString(), &msg_memory);
}

_Noreturn void rt_panicbounds(int code, int64_t x, int64_t y, int x_signed)
{
	const Type *t = rt_type_boundsError();
	BoundsError *e = mallocgc(sizeof *e, t, false);
	if (code == BOUNDS_CONVERT) { /* abi.h passes (slice length, array length) */
		e->x = y;
		e->y = (intptr_t)x;
		e->is_signed = true;
	} else {
		e->x = x;
		e->y = (intptr_t)y;
		e->is_signed = x_signed != 0;
	}
	e->code = (uint8_t)code;
	gopanic((Eface){t, e});
}

void rt_checkslice(const int64_t *operand, const int64_t *idx, int flags)
{
	bool use_len = flags & 1;
	uint64_t bound = (uint64_t)(use_len ? operand[1] : operand[2]);
	uint64_t lo = (uint64_t)idx[0], hi = (uint64_t)idx[1], max = (uint64_t)idx[2];
	if (flags & 2) {
		if (max > bound)
			rt_panicbounds(use_len ? BOUNDS_SLICE3_ALEN : BOUNDS_SLICE3_ACAP, idx[2], (int64_t)bound, 1);
		if (hi > max)
			rt_panicbounds(BOUNDS_SLICE3_B, idx[1], idx[2], 1);
		if (lo > hi)
			rt_panicbounds(BOUNDS_SLICE3_C, idx[0], idx[1], 1);
		return;
	}
	if (hi > bound)
		rt_panicbounds(use_len ? BOUNDS_SLICE_ALEN : BOUNDS_SLICE_ACAP, idx[1], (int64_t)bound, 1);
	if (lo > hi)
		rt_panicbounds(BOUNDS_SLICE_B, idx[0], idx[1], 1);
}

static GoString type_name(const Type *t)
{
	return rt_gostring(t && t->name ? t->name : "");
}

static const char *pkgpath_of(const Type *t)
{
	return t && t->uncommon && t->uncommon->pkgpath ? t->uncommon->pkgpath : "";
}

_Noreturn void rt_panic_typeassert(const Type *iface, const Type *concrete, const Type *asserted,
                                   const char *missing)
{
	const Type *pt = rt_type_TypeAssertionErrorPtr();
	const Type *st = pt->elem != NULL ? pt->elem : &fb_TypeAssertionError;
	if (&go_TypeAssertionError != NULL)
		st = &go_TypeAssertionError;
	TypeAssertionError *e = mallocgc(sizeof *e, st, true);
	e->iface = type_name(iface);
	e->concrete = type_name(concrete);
	e->asserted = type_name(asserted);
	e->missing = rt_gostring(missing);
	if (concrete && !missing && e->concrete.len == e->asserted.len &&
	    memcmp(e->concrete.ptr, e->asserted.ptr, (size_t)e->concrete.len) == 0)
		e->note = rt_gostring(strcmp(pkgpath_of(concrete), pkgpath_of(asserted)) != 0
		                          ? " (types from different packages)"
		                          : " (types from different scopes)");
	gopanic((Eface){pt, e});
}

static Eface panic_nil_value(void)
{
	return (Eface){rt_type_PanicNilErrorPtr(), zerobase};
}

/* ---- Defer records ------------------------------------------------------------------- */

struct Defer {
	Defer *link;
	void *fn;               /* the func value (Closure *) */
	uintptr_t frame;        /* %rbp of the function that deferred */
	const void *landing;    /* where that function resumes after a recover */
	uintptr_t recover_rbp;  /* tgo_recover_rbp when the defer ran, restored on recovery */
};

enum { DEFER_CHUNK = 128 };
static Defer *defer_free_list;

static Defer *defer_alloc(void)
{
	if (defer_free_list == NULL) {
		Defer *chunk = calloc(DEFER_CHUNK, sizeof(Defer));
		if (chunk == NULL)
			rt_throw("runtime: cannot allocate defer records");
		gc_register_root(chunk, DEFER_CHUNK * sizeof(Defer));
		for (int i = 0; i < DEFER_CHUNK; i++) {
			chunk[i].link = defer_free_list;
			defer_free_list = &chunk[i];
		}
	}
	Defer *d = defer_free_list;
	defer_free_list = d->link;
	return d;
}

static void defer_release(Defer *d)
{
	memset(d, 0, sizeof *d);
	d->link = defer_free_list;
	defer_free_list = d;
}

void rt_deferproc(void *fn, uintptr_t frame, void *landing)
{
	G *g = getg();
	Defer *d = defer_alloc();
	d->fn = fn;
	d->frame = frame;
	d->landing = landing;
	d->recover_rbp = tgo_recover_rbp;
	d->link = g->defer;
	g->defer = d;
}

static void call_deferred(void *fn)
{
	rt_callgo(((Closure *)fn)->fn, fn, NULL, 0, NULL, 0);
}

void rt_deferreturn(uintptr_t frame)
{
	G *g = getg();
	for (;;) {
		Defer *d = g->defer;
		if (d == NULL || d->frame != frame)
			return;
		g->defer = d->link;
		void *fn = d->fn;
		defer_release(d);
		call_deferred(fn);
	}
}

/* runtime.Goexit: every deferred call of the goroutine, whatever its frame. */
void rt_run_all_defers(void)
{
	G *g = getg();
	while (g->defer != NULL) {
		Defer *d = g->defer;
		g->defer = d->link;
		void *fn = d->fn;
		defer_release(d);
		call_deferred(fn);
	}
}

/* ---- Panics ------------------------------------------------------------------------------ */

struct Panic {
	Panic *link;
	Eface arg;
	uintptr_t start;        /* gopanic's frame: panics below a recovering frame end */
	uintptr_t defer_caller; /* frame of the C function calling the deferred call, 0 if none */
	bool recovered;
	bool repanicked;
	bool has_text;          /* text holds the Error/String result */
	GoString text;
};

static uintptr_t frame_parent(uintptr_t rbp)
{
	return rbp != 0 ? *(const uintptr_t *)rbp : 0;
}

/* Run one deferred call for panic p; this frame is what gorecover looks for
 * two (or, through a wrapper, three) frames above its caller. */
static __attribute__((noinline)) void run_panic_defer(Panic *p, void *fn)
{
	p->defer_caller = (uintptr_t)__builtin_frame_address(0);
	call_deferred(fn);
	p->defer_caller = 0;
}

Eface gorecover(uintptr_t caller_rbp)
{
	G *g = getg();
	Panic *p = g->panic;
	if (p == NULL || p->recovered || p->defer_caller == 0 || caller_rbp == 0 ||
	    caller_rbp != tgo_recover_rbp)
		return (Eface){NULL, NULL};
	uintptr_t f = frame_parent(frame_parent(caller_rbp));
	if (f != p->defer_caller && frame_parent(f) != p->defer_caller)
		return (Eface){NULL, NULL};
	p->recovered = true;
	return p->arg;
}

static _Noreturn void recovery(G *g, uintptr_t frame, const void *landing, uintptr_t recover_rbp)
{
	Panic *q = g->panic;
	while (q != NULL && q->start < frame)
		q = q->link;
	g->panic = q;
	if (q == NULL)
		g->sig = 0;
	tgo_recover_rbp = recover_rbp;
	rt_recover_jump(frame, landing);
}

static _Noreturn void fatalpanic(G *g);
static _Noreturn void panic_while_printing(Eface v);

_Noreturn void gopanic(Eface v)
{
	G *g = getg();
	if (v.type == NULL)
		v = panic_nil_value();
	if (g->printing_panics)
		panic_while_printing(v);
	Panic p;
	memset(&p, 0, sizeof p);
	p.link = g->panic;
	p.arg = v;
	p.start = (uintptr_t)__builtin_frame_address(0);
	g->panic = &p;
	while (g->defer != NULL) {
		Defer *d = g->defer;
		g->defer = d->link;
		void *fn = d->fn;
		uintptr_t frame = d->frame;
		const void *landing = d->landing;
		uintptr_t recover_rbp = d->recover_rbp;
		defer_release(d);
		run_panic_defer(&p, fn);
		if (p.recovered)
			recovery(g, frame, landing, recover_rbp);
	}
	fatalpanic(g);
}

/* ---- Printing -------------------------------------------------------------------------- */

static void print_cstr(const char *s)
{
	print_write(s, (intptr_t)strlen(s));
}

void rt_print_indented(GoString s)
{
	intptr_t start = 0;
	for (intptr_t i = 0; i < s.len; i++) {
		if (s.ptr[i] == '\n') {
			print_write(s.ptr + start, i + 1 - start);
			print_write("\t", 1);
			start = i + 1;
		}
	}
	print_write(s.ptr + start, s.len - start);
}

/* The name a predeclared type of this kind has ("" for composite kinds). */
static const char *basic_name(uint8_t kind)
{
	static const char *const names[] = {
		[KIND_BOOL] = "bool",         [KIND_INT] = "int",           [KIND_INT8] = "int8",
		[KIND_INT16] = "int16",       [KIND_INT32] = "int32",       [KIND_INT64] = "int64",
		[KIND_UINT] = "uint",         [KIND_UINT8] = "uint8",       [KIND_UINT16] = "uint16",
		[KIND_UINT32] = "uint32",     [KIND_UINT64] = "uint64",     [KIND_UINTPTR] = "uintptr",
		[KIND_FLOAT32] = "float32",   [KIND_FLOAT64] = "float64",   [KIND_COMPLEX64] = "complex64",
		[KIND_COMPLEX128] = "complex128", [KIND_STRING] = "string",
	};
	if (kind < sizeof names / sizeof names[0] && names[kind])
		return names[kind];
	return "";
}

/* The value of a basic kind at p, as print prints it. */
static void print_basic(uint8_t kind, const void *p)
{
	switch (kind) {
	case KIND_BOOL: printbool(*(const bool *)p); break;
	case KIND_INT: case KIND_INT64: printint(*(const int64_t *)p); break;
	case KIND_INT8: printint(*(const int8_t *)p); break;
	case KIND_INT16: printint(*(const int16_t *)p); break;
	case KIND_INT32: printint(*(const int32_t *)p); break;
	case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR: printuint(*(const uint64_t *)p); break;
	case KIND_UINT8: printuint(*(const uint8_t *)p); break;
	case KIND_UINT16: printuint(*(const uint16_t *)p); break;
	case KIND_UINT32: printuint(*(const uint32_t *)p); break;
	case KIND_FLOAT32: printfloat32(*(const float *)p); break;
	case KIND_FLOAT64: printfloat64(*(const double *)p); break;
	case KIND_COMPLEX64: printcomplex64(((const float *)p)[0], ((const float *)p)[1]); break;
	case KIND_COMPLEX128: printcomplex128(((const double *)p)[0], ((const double *)p)[1]); break;
	default: break;
	}
}

/* Go's printpanicval for a value not converted to text. */
static void print_panic_value(Eface v)
{
	const Type *t = v.type;
	if (t == NULL) {
		print_cstr("nil");
		return;
	}
	char text[4096];
	if (rt_runtime_error_text(v, text, sizeof text)) {
		rt_print_indented(rt_gostring(text));
		return;
	}
	const char *name = t->name ? t->name : "?";
	const char *basic = basic_name(t->kind);
	bool predeclared = basic[0] != 0 && strcmp(name, basic) == 0;
	if (t->kind == KIND_STRING) {
		if (predeclared) {
			rt_print_indented(*(const GoString *)v.data);
			return;
		}
		print_cstr(name);
		print_cstr("(\"");
		rt_print_indented(*(const GoString *)v.data);
		print_cstr("\")");
		return;
	}
	if (basic[0] != 0) {
		if (predeclared) {
			print_basic(t->kind, v.data);
			return;
		}
		print_cstr(name);
		bool parens = t->kind != KIND_COMPLEX64 && t->kind != KIND_COMPLEX128;
		if (parens)
			print_cstr("(");
		print_basic(t->kind, v.data);
		if (parens)
			print_cstr(")");
		return;
	}
	print_cstr("(");
	print_cstr(name);
	print_cstr(") ");
	printpointer(v.data);
}

static bool is_method_to_string(const Type *f)
{
	if (f == NULL)
		return true; /* descriptor without signatures: trust the name */
	if (f->kind != KIND_FUNC || f->len != ((uintptr_t)1 << 16) || f->extra == NULL)
		return false;
	const Type *out = ((const Type *const *)f->extra)[0];
	return out != NULL && out->kind == KIND_STRING && out->name && strcmp(out->name, "string") == 0;
}

static const Method *find_string_method(const Type *t, const char *name)
{
	const Uncommon *u = t ? t->uncommon : NULL;
	if (u == NULL)
		return NULL;
	for (uintptr_t i = 0; i < u->mcount; i++) {
		const Method *m = &u->methods[i];
		if (m->name && strcmp(m->name, name) == 0 && m->ifn && is_method_to_string(m->mtype))
			return m;
	}
	return NULL;
}

static bool same_words(Eface a, Eface b)
{
	return a.type == b.type && a.data == b.data;
}

/* Go's preprintpanics: mark re-panics of the same value, and call the
 * Error or String methods of user values now, before printing starts. */
static void preprint_panics(G *g)
{
	g->printing_panics = true;
	for (Panic *p = g->panic; p != NULL; p = p->link) {
		if (p->link != NULL && same_words(p->link->arg, p->arg)) {
			p->link->repanicked = true;
			continue;
		}
		char scratch[8];
		if (p->arg.type == NULL || rt_runtime_error_text(p->arg, scratch, sizeof scratch))
			continue;
		const Method *m = find_string_method(p->arg.type, "Error");
		if (m == NULL)
			m = find_string_method(p->arg.type, "String");
		if (m == NULL)
			continue;
		void *recv = p->arg.data;
		GoString s = {NULL, 0};
		rt_callgo(m->ifn, NULL, &recv, sizeof recv, &s, sizeof s);
		p->text = s;
		p->has_text = true;
	}
	g->printing_panics = false;
}

/* Go's printpanics: oldest first, a tab before each later one; a panic
 * that re-panicked the value of the one before it is not printed. */
static void print_panics(Panic *p)
{
	if (p->link != NULL) {
		print_panics(p->link);
		if (p->link->repanicked)
			return;
		print_cstr("\t");
	}
	print_cstr("panic: ");
	if (p->has_text)
		rt_print_indented(p->text);
	else
		print_panic_value(p->arg);
	if (p->recovered && p->repanicked)
		print_cstr(" [recovered, repanicked]");
	else if (p->recovered)
		print_cstr(" [recovered]");
	print_cstr("\n");
}

static const char *signal_name(int sig)
{
	switch (sig) {
	case SIGBUS: return "SIGBUS: bus error";
	case SIGFPE: return "SIGFPE: floating-point exception";
	case SIGSEGV: return "SIGSEGV: segmentation violation";
	default: return NULL;
	}
}

/* The end of every fatal report: the signal line, the goroutine header,
 * exit status 2. */
static _Noreturn void fatal_tail(G *g)
{
	if (g->sig != 0) {
		const char *name = signal_name(g->sig);
		print_cstr("[signal ");
		if (name)
			print_cstr(name);
		else
			printhex((uint64_t)g->sig);
		print_cstr(" code=");
		printhex(g->sigcode);
		print_cstr(" addr=");
		printhex(g->sigaddr);
		print_cstr(" pc=");
		printhex(g->sigpc);
		print_cstr("]\n");
	}
	print_cstr("\ngoroutine ");
	printint(g->goid);
	print_cstr(" [running]:\n");
	rt_exit(2);
}

static _Noreturn void fatalpanic(G *g)
{
	preprint_panics(g);
	print_flush();
	print_panics(g->panic);
	fatal_tail(g);
}

_Noreturn void rt_fatal(const char *msg)
{
	print_flush();
	print_cstr("fatal error: ");
	print_cstr(msg);
	print_cstr("\n");
	fatal_tail(getg());
}

_Noreturn void rt_throw(const char *msg)
{
	rt_fatal(msg);
}

static _Noreturn void panic_while_printing(Eface v)
{
	static char msg[4200];
	Buf b = {msg, 0, sizeof msg};
	buf_str(&b, "panic while printing panic value");
	if (v.type && v.type->kind == KIND_STRING && v.type->name && strcmp(v.type->name, "string") == 0) {
		buf_str(&b, ": ");
		buf_gostr(&b, *(const GoString *)v.data);
	} else {
		buf_str(&b, ": type ");
		buf_str(&b, v.type && v.type->name ? v.type->name : "?");
	}
	getg()->printing_panics = false;
	rt_throw(msg);
}
