/*
 * abi.h — the entry points compiled Go code calls in the C runtime, beyond
 * the allocator (runtime.h) and the value operations (values.h): start-up,
 * stacks, calls from C into Go, panics, defer and recover, interfaces,
 * type-driven equality and hashing, and maps.
 *
 * The code generator (compiler/cg_*.c) emits calls with exactly these
 * prototypes (System V ABI; pointers to Go values where a value is larger
 * than two words).  Keep the two in sync.
 *
 * tgo's Go calling convention, for C code that calls Go functions (through
 * rt_callgo): the caller reserves an area of argsize + retsize bytes at the
 * top of the stack, the arguments at increasing offsets from %rsp (each
 * argument aligned to 8, the receiver of a method first), the results
 * after them (from %rsp + argsize); a closure context (the func value, a
 * pointer to {code, captured...}) is passed in %rdx.  Go functions preserve
 * only %rbp and %rsp (and %rbx, which they use only around C calls).
 */
#ifndef TGO_ABI_H
#define TGO_ABI_H

#include "runtime.h"

/* ---- start-up and stacks (runtime/start.c, runtime/asm.S) ---------------- */

/* The compiler emits "tgo.main": it runs every package initializer and then
 * main.main.  The C main() prepares the runtime (heap, signals, os.Args,
 * the main goroutine's stack) and calls it on that stack. */

/* Go prologues compare %rsp with this bound and jump to tgo_morestack
 * when below it.  It leaves room under the bound for C runtime code. */
extern uintptr_t tgo_stackguard;
void tgo_morestack(void); /* asm; entered by a jump, never returns */
_Noreturn void rt_stack_overflow(uintptr_t sp);

/* Call Go function code fn with closure context ctx (%rdx).  args points to
 * argsize bytes laid out in tgo's convention; the retsize bytes of results
 * are copied to ret. */
void rt_callgo(void *fn, void *ctx, const void *args, uintptr_t argsize, void *ret, uintptr_t retsize);

/* os.Exit and the end of main.main: flush what is buffered and exit. */
_Noreturn void rt_exit(int code);

/* ---- panics (runtime/panic.c) --------------------------------------------- */

/* Index and slice bounds failures, with Go's boundsError messages:
 *   0 index      "index out of range [%x] with length %y"
 *   1 sliceAlen  "slice bounds out of range [:%x] with length %y"
 *   2 sliceAcap  "slice bounds out of range [:%x] with capacity %y"
 *   3 sliceB     "slice bounds out of range [%x:%y]"
 *   4 slice3Alen "slice bounds out of range [::%x] with length %y"
 *   5 slice3Acap "slice bounds out of range [::%x] with capacity %y"
 *   6 slice3B    "slice bounds out of range [:%x:%y]"
 *   7 slice3C    "slice bounds out of range [%x:%y:]"
 *   8 convert    "cannot convert slice with length %x to array or pointer to array with length %y"
 * x_signed: x is a signed value (a negative x prints the short forms, e.g.
 * "index out of range [-1]"); an unsigned x prints as unsigned. */
_Noreturn void rt_panicbounds(int code, int64_t x, int64_t y, int x_signed);

/* x[lo:hi:max]: operand = {ptr, len, cap}, idx = {lo, hi, max} (already
 * defaulted: lo 0, hi len, max cap).  flags: 1 = operand is a string or an
 * array (bounds use its length; for arrays len == cap), 2 = three-index
 * form, 4 = hi was given.  Panics like gc (the kind of check that fails
 * first: max against cap, then hi against max, then lo against hi). */
void rt_checkslice(const int64_t *operand, const int64_t *idx, int flags);

_Noreturn void rt_panicdivide(void);   /* "integer divide by zero" */
_Noreturn void rt_panicshift(void);    /* "negative shift amount" */
_Noreturn void rt_panicmakeslicelen(void);
_Noreturn void rt_panicmakeslicecap(void);
_Noreturn void rt_panicnilmap(void);   /* "assignment to entry in nil map" (plain error) */

/* panic(v) */
_Noreturn void gopanic(Eface v);

/* ---- defer and recover ----------------------------------------------------- */

/* defer: fn is a func value (closure pointer) taking no arguments and
 * returning nothing; frame is the %rbp of the function executing the defer
 * statement; landing is the code address the function resumes at if a
 * deferred call recovers a panic (the frame's %rbp restored, %rsp set by
 * that code from %rbp).  Records are kept per goroutine and are not Go heap
 * allocations (they are never counted in MemStats). */
void rt_deferproc(void *fn, uintptr_t frame, void *landing);
/* At every return of a function with defers: run, most recent first, the
 * deferred calls registered by the frame whose %rbp is frame. */
void rt_deferreturn(uintptr_t frame);

/* recover(): caller_rbp is the %rbp of the function calling recover.  It
 * returns the current panic's value and stops the panic only when called
 * directly by a deferred function during a panic; otherwise nil.
 * tgo_recover_rbp holds the %rbp that the deferred function being run has
 * (rt_callgo sets it; a compiler-generated defer wrapper sets it for the
 * function it calls). */
extern uintptr_t tgo_recover_rbp;
Eface gorecover(uintptr_t caller_rbp);

/* ---- interfaces (runtime/iface.c) ------------------------------------------ */

/* The itab for (interface type inter, concrete type typ), created and cached
 * on first use (not a counted heap allocation).  canfail: NULL when typ does
 * not implement inter; otherwise panic "interface conversion: T is not I:
 * missing method M". */
const Itab *getitab(const Type *inter, const Type *typ, bool canfail);

/* Boxing a value into an interface data word (Go's convT* family; exactly
 * Go 1.26's allocation rules, e.g. convT64 of a value < 256 points into
 * staticuint64s and allocates nothing). */
void *convT16(uint16_t v);
void *convT32(uint32_t v);
void *convT64(uint64_t v);
void *convTstring(GoString s);
void *convTslice(void *ptr, intptr_t len, intptr_t cap);
void *convT(const Type *t, const void *v);      /* pointerful types */
void *convTnoptr(const Type *t, const void *v); /* pointer-free types */

/* Type assertion failures:
 *   x.(T) with x an interface holding another type, or nil:
 *   "interface conversion: interface {} is string, not int"
 *   "interface conversion: interface is nil, not main.T"
 *   "interface conversion: main.I is main.T, not main.U" (non-empty iface) */
_Noreturn void rt_panicdottype(const Type *have, const Type *want, const Type *iface);
/* x.(I) for an interface type I: the itab (or panic as getitab does). */
const Itab *rt_assertE2I(const Type *inter, const Type *have);

/* a == b for interfaces (addresses of the two-word values); panics
 * "runtime error: comparing uncomparable type main.T". */
bool rt_efaceeq_ptr(const Eface *a, const Eface *b);
bool rt_ifaceeq_ptr(const Iface *a, const Iface *b);

/* ---- type-driven algorithms (runtime/alg.c) --------------------------------- */

/* Equality and hashing of values of any comparable type, driven by the type
 * descriptor: strings by content, floats by value (+0 == -0, NaN != NaN),
 * interfaces by dynamic type then value (panicking on uncomparable or
 * unhashable dynamic types with Go's messages), structs field by field
 * (blank fields skipped), arrays element by element. */
bool rt_typeequal(const Type *t, const void *a, const void *b);
uintptr_t rt_typehash(const Type *t, const void *p, uintptr_t seed);

/* complex128 division as Go does it (xmm0..3 = a, b, c, d; result in xmm0,
 * xmm1) — called from generated code with this special register ABI. */
void rt_complex128div(void);

/* ---- maps (runtime/map.c) ----------------------------------------------------- */

/* A map value is a pointer to the map object, whose first word is the
 * number of entries (so len(m) is a load; nil maps have length 0).
 * maptype is the map's type descriptor (KIND_MAP, key, elem).
 * makemap: make(map[K]V, hint) for a map that escapes (any hint; gc's
 * makemap_small is makemap with hint 0).  A negative hint counts as 0. */
void *makemap(const Type *maptype, intptr_t hint);
void *mapaccess1(const Type *maptype, void *m, const void *key); /* never NULL: the zero value if absent */
void *mapaccess2(const Type *maptype, void *m, const void *key, bool *ok);
void *mapassign(const Type *maptype, void *m, const void *key);  /* where to store the element */
void mapdelete(const Type *maptype, void *m, const void *key);
void mapclear(const Type *maptype, void *m);

/* make(map[K]V, hint) for a map that does not escape (gc's walkMakeMap):
 * the map object lives in the caller's frame, in hdr (MAP_HEADER_SIZE
 * bytes, 8-aligned), and so does its first group when the hint allows:
 * group is NULL or map_group_size(...) bytes (8-aligned) of frame that the
 * map uses when hint <= 8 (a constant hint > 8 needs no group: pass NULL).
 * Neither area needs initializing; both must stay live as long as the map.
 * Returns hdr.  A local make(map[int]int) then holds 8 entries without
 * allocating; the 9th costs 3 allocations, as in gc. */
#define MAP_HEADER_SIZE 48
void *makemap_stack(const Type *maptype, intptr_t hint, void *hdr, void *group);

/* The size of a group (gc's MapType.GroupSize): 8 control bytes and 8 slots
 * of struct { key K; elem V }, where a K or V larger than 128 bytes is
 * replaced by a pointer (size 8, align 8), laid out like a Go struct
 * (elem at K's size rounded up to V's alignment, the slot rounded up to the
 * larger alignment, plus one byte of padding before rounding when V has size
 * 0 and K does not); a group of zero-size slots is 16 bytes. */
static inline uintptr_t map_group_size(uintptr_t ksize, uintptr_t kalign, uintptr_t esize, uintptr_t ealign)
{
	if (ksize > 128)
		ksize = kalign = 8;
	if (esize > 128)
		esize = ealign = 8;
	uintptr_t salign = kalign > ealign ? kalign : ealign;
	uintptr_t slot = ((ksize + ealign - 1) & ~(ealign - 1)) + esize;
	if (slot > 0 && esize == 0)
		slot++;
	slot = (slot + salign - 1) & ~(salign - 1);
	return slot == 0 ? 16 : 8 + 8 * slot;
}

/* Iteration in Go's randomized order; the iterator lives in the frame of
 * the range loop (MAPITER_SIZE bytes, need not be zeroed).  mapiterinit
 * starts the loop and moves to the first entry (gc's mapIterStart),
 * mapiternext to the next one; key/elem point at the current entry (read
 * them before the next call: updates are visible), key == NULL when done. */
#define MAPITER_SIZE 128
typedef struct MapIter {
	void *key;
	void *elem;
	uintptr_t state[(MAPITER_SIZE / 8) - 2];
} MapIter;
void mapiterinit(const Type *maptype, void *m, MapIter *it);
void mapiternext(MapIter *it);

/* ---- goroutines and channels (runtime/sched.c, runtime/chan.c) -------------- */

/* go f(x): the compiler turns the call into a func value (closure) taking
 * no arguments and returning nothing, and calls rt_go with it. */
void rt_go(void *closure);

/* A channel value is a pointer to the channel object, whose first two words
 * are the number of queued elements and the buffer size (len and cap read
 * them; a nil channel has length and capacity 0).  chantype is the
 * channel's type descriptor (KIND_CHAN, elem). */
void *makechan(const Type *chantype, intptr_t size);
void chansend(void *c, const void *elem);             /* blocks; panics on a closed channel */
bool chanrecv(void *c, void *elem);                   /* blocks; elem may be NULL; false: closed and empty */
void closechan(void *c);

/* select: cases[i] describes case i in source order; selectgo blocks until
 * one case can proceed (choosing uniformly at random among the ready
 * ones), performs it and returns its index.  With block == false (a select
 * with a default case) it returns -1 when no case is ready.  A nil channel
 * is never ready.  For a receive, *recvok is set to whether a value was
 * received (false: the channel is closed). */
enum { SELECT_SEND = 1, SELECT_RECV = 2 };
typedef struct SelectCase {
	void *c;
	void *elem;       /* the value to send, or where to store the received value (may be NULL) */
	intptr_t kind;    /* SELECT_SEND or SELECT_RECV */
	bool *recvok;     /* may be NULL */
} SelectCase;
intptr_t selectgo(SelectCase *cases, intptr_t ncases, bool block);

#endif
