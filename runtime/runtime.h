/*
 * runtime.h — the contract between code compiled by tgo and its C runtime.
 *
 * Everything that both sides must agree on lives here: the layout of Go
 * values (strings, slices, interfaces, closures), the type descriptors the
 * compiler emits for every type that reaches the heap or an interface, and
 * the entry points compiled code calls.  The compiler (compiler/codegen*.c)
 * emits data and calls that match these definitions; keep them in sync.
 *
 * Calling convention for runtime entry points: plain System V x86-64 C calls.
 * A Go string or interface argument is two integer words (it is passed like a
 * 16-byte struct of two INTEGER eightbytes, i.e. in two registers); a slice is
 * passed as three separate words (ptr, len, cap).  Results of up to two words
 * come back in rax:rdx; a GoSlice result uses the hidden result pointer (rdi).
 *
 * Go-compiled functions use tgo's own stack convention (see
 * compiler/codegen.c): the caller reserves the result area, pushes the
 * arguments, and the callee finds them above its saved rbp.  C code calls Go
 * functions only through the assembly trampoline rt_callgo (runtime/asm.S).
 *
 * Naming: entry points named after the Go runtime function they play the role
 * of (mallocgc, newobject, growslice, ...) keep Go's name, so -S output reads
 * like gc's; internal helpers carry a module prefix (heap_, gc_, sched_, ...).
 */
#ifndef TGO_RUNTIME_H
#define TGO_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- Go values ---------------------------------------------------------- */

typedef struct GoString {
	const uint8_t *ptr;
	intptr_t len;
} GoString;

typedef struct GoSlice {
	void *ptr;
	intptr_t len;
	intptr_t cap;
} GoSlice;

typedef struct Type Type;
typedef struct Itab Itab;

typedef struct Eface { /* interface{} */
	const Type *type;
	void *data;
} Eface;

typedef struct Iface { /* non-empty interface */
	const Itab *tab;
	void *data;
} Iface;

/* A func value is a pointer to a closure object whose first word is the code
 * address; captured variables follow.  The callee receives the closure
 * pointer in rdx (the "context register"), as in gc. */
typedef struct Closure {
	void *fn;
	/* captured variables follow */
} Closure;

/* ---- Type descriptors ---------------------------------------------------- */

/* Kinds use reflect.Kind's numbering. */
enum {
	KIND_INVALID,
	KIND_BOOL,
	KIND_INT,
	KIND_INT8,
	KIND_INT16,
	KIND_INT32,
	KIND_INT64,
	KIND_UINT,
	KIND_UINT8,
	KIND_UINT16,
	KIND_UINT32,
	KIND_UINT64,
	KIND_UINTPTR,
	KIND_FLOAT32,
	KIND_FLOAT64,
	KIND_COMPLEX64,
	KIND_COMPLEX128,
	KIND_ARRAY,
	KIND_CHAN,
	KIND_FUNC,
	KIND_INTERFACE,
	KIND_MAP,
	KIND_POINTER,
	KIND_SLICE,
	KIND_STRING,
	KIND_STRUCT,
	KIND_UNSAFEPOINTER,
};

/* Type.tflag bits */
enum {
	TFLAG_NAMED = 1,       /* a defined (named) type: name is "pkg.T" */
	TFLAG_COMPARABLE = 2,  /* == is defined on the type */
	TFLAG_DIRECTIFACE = 4, /* stored directly in an interface data word */
	TFLAG_REGULARMEMORY = 8, /* equality and hash are memequal/memhash */
};

typedef struct StructField {
	const char *name;   /* field name ("" never: embedded fields carry the type name) */
	const Type *type;
	uintptr_t offset;
	uintptr_t embedded; /* 1 if the field is embedded */
} StructField;

typedef struct Method { /* a method of a concrete type, sorted by name */
	const char *name;
	const Type *mtype; /* the method's signature without receiver (KIND_FUNC) */
	void *ifn;         /* code used in itabs: receiver is the interface data word */
	void *tfn;         /* code used for normal calls */
} Method;

typedef struct IMethod { /* a method of an interface type, sorted by name */
	const char *name;
	const Type *mtype;
} IMethod;

typedef struct Uncommon {
	const char *pkgpath;
	uintptr_t mcount;
	const Method *methods;
} Uncommon;

/*
 * Every field is one word (or two 32-bit halves) so the compiler can emit a
 * descriptor as a sequence of .quad/.long directives.  Symbol names are
 * "type:<typestring>" (quoted in assembly), e.g. "type:main.T", "type:[]int".
 */
struct Type {
	uintptr_t size;
	uintptr_t ptrdata;       /* prefix of the value that holds pointers; 0 = no pointers */
	uint32_t hash;           /* hash of the type string, for type switches and maps */
	uint8_t kind;            /* KIND_* */
	uint8_t align;
	uint8_t tflag;           /* TFLAG_* */
	uint8_t _pad;
	const uint8_t *gcmask;   /* bit i (LSB first) set <=> word i of the value is a pointer;
	                            covers ptrdata/8 words; NULL when ptrdata == 0 */
	const char *name;        /* the type as %T prints it: "int", "main.T", "[]*main.T" */
	const Type *elem;        /* pointer, slice, array, chan: element; map: value */
	const Type *key;         /* map: key */
	uintptr_t len;           /* array: length; chan: direction (1 recv, 2 send, 3 both);
	                            struct: number of fields; interface: number of methods;
	                            func: number of inputs | outputs << 16 | variadic << 31 */
	const void *extra;       /* struct: StructField[len]; interface: IMethod[len];
	                            func: const Type *[in + out] */
	const Uncommon *uncommon;/* methods of the type (named types and pointers to them), or NULL */
};

/* itab: the type word of a non-empty interface value.  fun[] holds one code
 * pointer per interface method, in the interface's (sorted) method order; a
 * method is called with the interface data word as its receiver. */
struct Itab {
	const Type *inter;
	const Type *type;
	uintptr_t hash; /* copy of type->hash */
	void *fun[];
};

/* ---- Allocation (runtime/malloc.c) --------------------------------------- */

/* Every heap allocation goes through mallocgc, so MemStats counts are exact.
 * typ == NULL means the memory holds no pointers.  When typ->size < size the
 * object is an array of typ (a slice backing store) and the collector scans
 * it as consecutive elements.  size 0 returns &zerobase and counts nothing. */
void *mallocgc(uintptr_t size, const Type *typ, bool needzero);
void *newobject(const Type *typ);
extern uint8_t zerobase[8];

/* Go 1.26's size-class rounding (runtime/msize.go roundupsize). */
uintptr_t roundupsize(uintptr_t size, bool noscan);

/* ---- Roots for the collector ---------------------------------------------- */

/* Go globals are emitted into the sections "godata" and "gobss"; the linker
 * provides __start_/__stop_ symbols for them and the collector scans them
 * conservatively.  Runtime C code that keeps heap pointers in its own static
 * storage must register that storage: */
void gc_register_root(void *start, uintptr_t size);

/* ---- Errors (runtime/panic.c) --------------------------------------------- */

/* Unrecoverable: flush output, print "fatal error: msg" and exit with status 2. */
_Noreturn void rt_throw(const char *msg);
/* Panic with a Go run-time error: a runtime.Error whose Error() text is
 * "runtime error: " + msg, e.g. rt_panic_runtime_error("makeslice: len out of range"). */
_Noreturn void rt_panic_runtime_error(const char *msg);
/* Panic with a runtime.Error whose text has no prefix, e.g.
 * "assignment to entry in nil map", "close of closed channel". */
_Noreturn void rt_panic_plain_error(const char *msg);

#endif
