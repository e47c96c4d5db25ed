/*
 * core.h — internals shared by the runtime's core: start-up and stacks,
 * signals, panics, defer and recover, interfaces, type-driven equality and
 * hashing.  abi.h is what compiled code calls; this header is what those
 * files (and the scheduler that will come) share among themselves:
 *
 *   start.c    C main(): heap, hash seed, signals, os.Args, then tgo.main
 *              on the main goroutine (rt_main)
 *   stack.c    the main goroutine's stack (mmap, guard page), the record G,
 *              the stack overflow report, rt_exit, rt_stack_contains
 *   signal.c   SIGSEGV/SIGBUS/SIGFPE: a fault in Go code becomes a call to
 *              rt_sigpanic, a fault in a guard page a stack overflow
 *   panic.c    gopanic, defer records, recover, run-time errors, the exact
 *              panic and fatal-error texts
 *   iface.c    itabs (getitab and its cache), convT*, type assertions,
 *              interface equality
 *   alg.c      rt_typeequal, rt_typehash, the process hash seed, complex
 *              division
 *   asm.S      the pieces that cannot be C: tgo_morestack, rt_callgo,
 *              switching to a goroutine stack, the scheduler's context
 *              switch (sched_switch, sched.h), the signal-panic trampoline,
 *              the jump that resumes a frame after recover, the register
 *              wrapper of complex division
 *
 * doc/runtime.md describes the design (stacks, signals, panics, defer
 * records, recover, itabs).
 */
#ifndef TGO_CORE_H
#define TGO_CORE_H

#include "abi.h"
#include "values.h"

/* ---- Stacks (stack.c) ------------------------------------------------------- */

/* A goroutine stack: [guard_lo, lo) is a PROT_NONE guard page, [lo, hi) is
 * usable, hi is the initial %rsp.  Go code may run down to guard (the value
 * of tgo_stackguard while the goroutine runs); [lo, guard) is left for the
 * C runtime code that Go code calls. */
typedef struct Stack {
	uintptr_t guard_lo;
	uintptr_t lo;
	uintptr_t hi;
	uintptr_t guard;
} Stack;

enum {
	STACK_GUARD_PAGE = 4096,
	STACK_C_MARGIN = 256 << 10, /* room for C code below the Go limit */
};
#define STACK_MAIN_SIZE ((uintptr_t)1 << 30) /* 1 GiB reserved, MAP_NORESERVE */

/* Reserve a stack of size bytes (guard page included); false if mmap fails. */
bool stack_alloc(Stack *s, uintptr_t size);
void stack_free(Stack *s);

typedef struct Defer Defer;
typedef struct Panic Panic;

/*
 * The goroutine record: what start-up, signals and panics need to know
 * about the running goroutine.  The scheduler embeds or extends it; on a
 * switch it must save and restore the two globals tgo_stackguard and
 * tgo_recover_rbp in the record (stackguard, recover_rbp) and point
 * rt_curg at the goroutine that runs.
 */
typedef struct G {
	int64_t goid;
	Stack stack;
	uintptr_t stackguard;   /* tgo_stackguard while switched out */
	uintptr_t recover_rbp;  /* tgo_recover_rbp while switched out */
	Defer *defer;           /* deferred calls, most recent first */
	Panic *panic;           /* panics in progress, most recent first */
	/* the signal behind the panic in progress (0: none), for the
	 * "[signal ...]" line of an unrecovered panic */
	int sig;
	uintptr_t sigcode, sigaddr, sigpc;
	bool printing_panics;   /* calling Error/String methods of panic values */
	/* the scheduler's part (sched.c; sched.h explains the fields) */
	uintptr_t sched_sp;     /* %rsp saved by the context switch */
	struct G *schedlink;    /* next in a run queue or the free list */
	struct Sudog *param;    /* the sudog that woke it (select, semaphores) */
	uint32_t status;        /* G_* (sched.h) */
	uint8_t waitreason;     /* WAIT_* (sched.h): what the deadlock report says */
	bool selectdone;        /* one of its select's cases has fired */
	uint8_t stack_state;    /* STACK_* (sched.c): what a dead G's stack holds */
	uint32_t dead_epoch;    /* collections seen when it exited */
	uintptr_t lowest_sp;    /* lowest %rsp seen at its switches and collections */
} G;

extern G *rt_curg;      /* the running goroutine (NULL before start-up) */
extern G rt_main_g;     /* goroutine 1 */

/* runtime.Goexit (panic.c): run every deferred call of the running
 * goroutine, most recent first. */
void rt_run_all_defers(void);

/* Run the program: set up the main goroutine's stack and call fn (a Go
 * function without arguments, normally tgo.main) on it, then exit(0).
 * start.c's main() calls it after the process-wide set-up. */
_Noreturn void rt_main(void (*fn)(void));

/* ---- asm.S ---------------------------------------------------------------- */

/* Switch %rsp to sp (16-aligned top of a stack), call fn there with %rbp =
 * 0 (the end of the frame chain), switch back and return. */
void rt_stack_switch_call(uintptr_t sp, void (*fn)(void));
/* Resume the Go frame whose %rbp is rbp at landing (see rt_deferproc). */
_Noreturn void rt_recover_jump(uintptr_t rbp, const void *landing);
/* Where the signal handler sends a faulting goroutine: it behaves as if
 * the faulting instruction had called it, aligns the stack and calls
 * rt_sigpanic. */
void rt_sigpanic_tramp(void);
_Noreturn void rt_sigpanic(void);

/* ---- Signals (signal.c) ------------------------------------------------------ */

/* Install the fault handlers on an alternate signal stack. */
void signal_init(void);

/* ---- Panics (panic.c) ---------------------------------------------------------- */

/* The type descriptors of package runtime's error types (the compiler's,
 * or the C fallbacks below when a program was linked without them). */
const Type *rt_type_errorString(void);
const Type *rt_type_plainError(void);
const Type *rt_type_boundsError(void);
const Type *rt_type_TypeAssertionErrorPtr(void);
const Type *rt_type_PanicNilErrorPtr(void);

/* The text Error() returns for a value of one of those types, into buf
 * (NUL-terminated, truncated to n bytes); false for any other value. */
bool rt_runtime_error_text(Eface e, char *buf, uintptr_t n);

/* TypeAssertionError as stdlib/runtime/error.go declares it. */
typedef struct TypeAssertionError {
	GoString iface;    /* "" for "interface" */
	GoString concrete; /* "" when the interface value was nil */
	GoString asserted;
	GoString missing;  /* missing method, or "" */
	GoString note;     /* " (types from different packages)" or "" */
} TypeAssertionError;

/* panic(&TypeAssertionError{...}) built from descriptors. */
_Noreturn void rt_panic_typeassert(const Type *iface, const Type *concrete, const Type *asserted,
                                   const char *missing);

/* panic(errorString(prefix + t's name)), e.g. "comparing uncomparable type "
 * (one allocation for the text, one for the box, as in Go). */
_Noreturn void rt_panic_with_type(const char *prefix, const Type *t);

/* Print "fatal error: msg", then the goroutine header, flush and exit 2;
 * with sig set (see G), the "[signal ...]" line too. */
_Noreturn void rt_fatal(const char *msg);

/* Print s as Go's panic printer does: every "\n" followed by a tab. */
void rt_print_indented(GoString s);

/* ---- Interfaces (iface.c) ------------------------------------------------------------ */

/* Go's zeroVal: what an interface holding "" or a nil slice points at. */
extern const uint8_t rt_zeroval[1024];

/* ---- Hashing (alg.c) -------------------------------------------------------------- */

/* The per-process random seed material (set on first use). */
void alg_init(void);
uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t size);
uintptr_t rt_strhash(const GoString *s, uintptr_t seed);
/* Go 1.26's check of a key looked up in an empty map (the key is not
 * hashed then): panic "hash of unhashable type: T" if an interface inside
 * the key holds an unhashable dynamic type T; otherwise return. */
void rt_mapkeyerror(const Type *key, const void *p);
/* A fast random number (wyrand), for NaN hashes and map iteration. */
uint64_t rt_rand(void);

/* A Go string for a C string (no copy). */
static inline GoString rt_gostring(const char *s)
{
	intptr_t n = 0;
	if (s)
		while (s[n])
			n++;
	return (GoString){(const uint8_t *)s, n};
}

#endif
