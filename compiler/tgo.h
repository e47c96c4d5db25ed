/*
 * tgo.h — the shared data structures of the tgo compiler.
 *
 * tgo compiles a Go program in one process, stage after stage (main.c runs
 * them in order, QBE style):
 *
 *   lex.c      source text        -> tokens (with automatic semicolons)
 *   parse.c    tokens             -> AST (Node), a position on every node
 *   check*.c   AST                -> types (Type), objects (Obj), constants
 *   inline.c   typed AST          -> gc's inlining decisions (cost model)
 *   escape.c   typed AST          -> stack/heap decision per allocation
 *   lower.c    typed AST          -> simpler AST: runtime calls, explicit temps
 *   codegen*.c lowered AST        -> x86-64 GNU assembly
 *   link.c     assembly           -> as + ld -> executable
 *
 * The AST is the program's representation from the parser to the code
 * generator: the checker annotates nodes (type, object, constant value) and
 * makes implicit operations explicit (conversions, field paths through
 * embedded structs, automatic & and *), so later stages never re-derive Go's
 * rules.
 *
 * Memory: the compiler is a short-lived process; it allocates with xalloc and
 * never frees.
 */
#ifndef TGO_H
#define TGO_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "const.h"

typedef struct Node Node;
typedef struct Type Type;
typedef struct Obj Obj;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct Func Func;
typedef struct Field Field;
typedef struct SourceFile SourceFile;

/* ---- util.c: memory, vectors, strings ----------------------------------- */

void *xalloc(size_t n); /* zeroed; aborts on OOM */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *fmt(const char *format, ...) __attribute__((format(printf, 1, 2)));
char *vfmt(const char *format, va_list ap);
bool has_prefix(const char *s, const char *prefix);
bool has_suffix(const char *s, const char *suffix);

/* A growable array of pointers. */
typedef struct Vec {
	void **data;
	int len, cap;
} Vec;
void vec_push(Vec *v, void *x);
void *vec_last(Vec *v);

/* A growable byte buffer. */
typedef struct Buf {
	char *data;
	size_t len, cap;
} Buf;
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_write(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *format, ...) __attribute__((format(printf, 2, 3)));
char *buf_cstr(Buf *b); /* NUL-terminated view (keeps the buffer usable) */

/* A string-keyed hash map (open addressing). */
typedef struct Map {
	char **keys;
	void **vals;
	int len, cap;
} Map;
void *map_get(Map *m, const char *key);
void map_put(Map *m, const char *key, void *val);

char *read_file(const char *path, size_t *len); /* NULL if unreadable */

/* ---- diag.c: positions and error reporting ------------------------------- */

struct SourceFile {
	char *path;    /* as opened */
	char *display; /* as printed in messages: "./x.go" */
	char *text;
	size_t len;
	Package *pkg;
};

/* A source position; file indexes all_files. line and col are 1-based, col
 * counts bytes (as gc does). */
typedef struct Pos {
	int file, line, col;
} Pos;

extern Vec all_files; /* SourceFile* */
extern Pos nopos;
bool pos_valid(Pos p);
char *pos_str(Pos p);         /* "./x.go:3:2" */
char *pos_str_noc(Pos p);     /* "./x.go:3" */
int pos_cmp(Pos a, Pos b);

/* Errors are collected, sorted by position and printed as gc does (at most
 * 10, then "too many errors"); the compiler exits with status 1. */
void error_at(Pos p, const char *format, ...) __attribute__((format(printf, 2, 3)));
void syntax_error_at(Pos p, const char *format, ...) __attribute__((format(printf, 2, 3)));
int error_count(void);
void exit_if_errors(void);
extern const char *error_header; /* "# command-line-arguments": when no error names a file */

/* -m diagnostics (escape analysis, inlining): printed in emission order. */
void diag_at(Pos p, const char *format, ...) __attribute__((format(printf, 2, 3)));
void diag_raw(const char *format, ...) __attribute__((format(printf, 1, 2)));
void diag_flush(void);

_Noreturn void fatal(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* An internal compiler error: a bug in tgo, never the user's fault. */
_Noreturn void ice_at(Pos p, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* "X is not supported by tgo": a construct outside tgo's subset. */
void unsupported_at(Pos p, const char *what);

/* ---- lex.c: tokens -------------------------------------------------------- */

typedef enum {
	TK_EOF,
	TK_IDENT,
	TK_INT,
	TK_FLOAT,
	TK_IMAG,
	TK_RUNE,
	TK_STRING,
	/* operators and punctuation */
	TK_ADD, TK_SUB, TK_MUL, TK_QUO, TK_REM,          /* + - * / % */
	TK_AND, TK_OR, TK_XOR, TK_SHL, TK_SHR, TK_ANDNOT, /* & | ^ << >> &^ */
	TK_ADD_ASSIGN, TK_SUB_ASSIGN, TK_MUL_ASSIGN, TK_QUO_ASSIGN, TK_REM_ASSIGN,
	TK_AND_ASSIGN, TK_OR_ASSIGN, TK_XOR_ASSIGN, TK_SHL_ASSIGN, TK_SHR_ASSIGN,
	TK_ANDNOT_ASSIGN,
	TK_LAND, TK_LOR, TK_ARROW, TK_INC, TK_DEC,       /* && || <- ++ -- */
	TK_EQL, TK_LSS, TK_GTR, TK_ASSIGN, TK_NOT,       /* == < > = ! */
	TK_NEQ, TK_LEQ, TK_GEQ, TK_DEFINE, TK_ELLIPSIS,  /* != <= >= := ... */
	TK_TILDE,                                        /* ~ */
	TK_LPAREN, TK_LBRACK, TK_LBRACE, TK_COMMA, TK_PERIOD,
	TK_RPAREN, TK_RBRACK, TK_RBRACE, TK_SEMICOLON, TK_COLON,
	/* keywords */
	TK_BREAK, TK_CASE, TK_CHAN, TK_CONST, TK_CONTINUE, TK_DEFAULT, TK_DEFER,
	TK_ELSE, TK_FALLTHROUGH, TK_FOR, TK_FUNC, TK_GO, TK_GOTO, TK_IF, TK_IMPORT,
	TK_INTERFACE, TK_MAP, TK_PACKAGE, TK_RANGE, TK_RETURN, TK_SELECT, TK_STRUCT,
	TK_SWITCH, TK_TYPE, TK_VAR,
	TK_COUNT
} TokKind;

typedef struct Token {
	TokKind kind;
	Pos pos;
	const char *text; /* points into the source */
	int len;
	/* TK_SEMICOLON: true if inserted by the lexer (at a newline or EOF) */
	bool implicit;
	/* TK_STRING: decoded bytes; TK_RUNE: value */
	char *str;
	int64_t slen;
	int64_t rune;
	/* directives (//go:noinline, //go:noescape, ...) on the lines just before */
	unsigned pragmas;
} Token;

enum {
	PRAGMA_NOINLINE = 1,
	PRAGMA_NOESCAPE = 2,
	PRAGMA_NOSPLIT = 4,
	PRAGMA_UINTPTRESCAPES = 8,
	PRAGMA_LINKNAME = 16,
};

/* Tokenize a whole file; the array ends with TK_EOF. Lexical errors are
 * reported with syntax_error_at. */
Token *lex_file(SourceFile *f, int file_index, int *ntokens);
const char *tok_name(TokKind k); /* "+", "func", "name", "literal" ... */

/* ---- parse.c: the abstract syntax tree ------------------------------------ */

typedef enum {
	/* expressions */
	N_BAD,
	N_IDENT,       /* name; after check: obj */
	N_BASICLIT,    /* op = TK_INT/FLOAT/IMAG/RUNE/STRING, text; str/slen for strings */
	N_COMPOSITE,   /* x = type (NULL when elided), list = elements; pos = '{' */
	N_KEYVALUE,    /* x: y */
	N_FUNCLIT,     /* x = N_FUNCTYPE, body; fn after check */
	N_PAREN,       /* (x) */
	N_SELECTOR,    /* x.name; pos = '.', npos = name's position */
	N_INDEX,       /* x[y]; pos = '[' */
	N_SLICE,       /* x[y:z] or x[y:z:w] (slice3); pos = '[' */
	N_TYPEASSERT,  /* x.(y); y == NULL for x.(type); pos = '.' */
	N_CALL,        /* x(list...); ellipsis if the last arg has "..."; pos = '(' */
	N_STAR,        /* *x: dereference or pointer type; pos = '*' */
	N_UNARY,       /* op x; pos = operator */
	N_BINARY,      /* x op y; pos = operator */
	/* types */
	N_ARRAYTYPE,   /* [x]y; x == NULL: slice type []y; x = N_ELLIPSIS: [...]y */
	N_STRUCTTYPE,  /* struct { list of N_FIELD } */
	N_FUNCTYPE,    /* func(list of N_FIELD) (list2 of N_FIELD) */
	N_INTERFACETYPE, /* interface { list of N_FIELD: methods (1 name) or embedded (no name) } */
	N_MAPTYPE,     /* map[x]y */
	N_CHANTYPE,    /* chan x; op = CHAN_BOTH / CHAN_SEND / CHAN_RECV */
	N_ELLIPSIS,    /* ...x (variadic parameter type) or [...] */
	N_FIELD,       /* list = names (N_IDENT, may be empty), x = type, tag; embedded */
	/* statements */
	N_BLOCK,       /* { list }; pos = '{', end = '}' */
	N_DECLSTMT,    /* x = N_GENDECL */
	N_EMPTY,
	N_LABELED,     /* name: x */
	N_EXPRSTMT,    /* x */
	N_SEND,        /* x <- y */
	N_INCDEC,      /* x++ / x--: op = TK_INC / TK_DEC */
	N_ASSIGN,      /* list op list2; op = TK_ASSIGN, TK_DEFINE or TK_ADD_ASSIGN... */
	N_GO,          /* go x */
	N_DEFER,       /* defer x */
	N_RETURN,      /* return list */
	N_BRANCH,      /* op = TK_BREAK/CONTINUE/GOTO/FALLTHROUGH; name = label or NULL */
	N_IF,          /* if init; cond body else els */
	N_SWITCH,      /* switch init; x { list of N_CASE } (x may be NULL) */
	N_TYPESWITCH,  /* switch init; name := x.(type) { list of N_CASE }; name may be NULL */
	N_CASE,        /* case list: body(list2); default if list is empty and is_default */
	N_SELECT,      /* select { list of N_COMMCLAUSE } */
	N_COMMCLAUSE,  /* case x: list2; x = N_SEND, N_EXPRSTMT or N_ASSIGN of a receive; NULL = default */
	N_FOR,         /* for init; cond; post body */
	N_RANGE,       /* for x, y op= range z body; op = TK_DEFINE / TK_ASSIGN / 0 */
	/* declarations */
	N_GENDECL,     /* op = TK_IMPORT/CONST/VAR/TYPE, list = specs */
	N_IMPORTSPEC,  /* name (optional alias, "." or "_"), str = path */
	N_VALUESPEC,   /* const/var: list = names, x = type, list2 = values; iota */
	N_TYPESPEC,    /* name = x (N_IDENT), y = type; alias if "=" */
	N_FUNCDECL,    /* recv (N_FIELD or NULL), name (N_IDENT x), y = N_FUNCTYPE, body */
	N_FILE,        /* package name, list = decls */
	/* introduced by the checker and later stages */
	N_CONV,        /* conversion of x to type; implicit if the checker inserted it */
	N_ADDR,        /* &x made explicit by the checker (method call on addressable value) */
	N_DEREF,       /* *x made explicit by the checker (p.f on a pointer) */
	N_INLCALL,     /* inline_call.c: an inlined call (gc's OINLCALL): body = N_BLOCK
	                * (parameters assigned, the callee's statements, returns
	                * made assignments and gotos to the end label), list = the
	                * result variables (the value), fn = the callee, pos = the call's */
	N_TEMPREF,     /* codegen: the value at the address held in frame temp -iota(%rbp) */
	N_NODE_COUNT
} NodeKind;

enum { CHAN_BOTH = 3, CHAN_SEND = 2, CHAN_RECV = 1 };

/* Operand modes computed by the checker (Go spec / types2 terminology). */
typedef enum {
	MODE_INVALID,
	MODE_NOVALUE,   /* call without results */
	MODE_BUILTIN,   /* a built-in function name */
	MODE_TYPE,      /* a type expression */
	MODE_CONST,     /* a constant; cval set */
	MODE_VAR,       /* an addressable variable */
	MODE_MAPINDEX,  /* m[k]: assignable, not addressable, comma-ok */
	MODE_VALUE,     /* a computed value */
	MODE_COMMAOK,   /* x.(T), <-ch: may be used in a two-value assignment */
	MODE_PKGNAME,   /* an imported package name (only as x in x.Sel) */
} Mode;

typedef struct Nodes {
	Node **v;
	int n, cap;
} Nodes;
void nodes_push(Nodes *l, Node *n);

struct Node {
	NodeKind kind;
	Pos pos;
	Pos end;          /* N_BLOCK: position of '}'; N_FUNCDECL: end of body */
	int op;           /* TokKind of the operator, or a kind-specific code */
	Node *x, *y, *z, *w;
	Node *init, *cond, *post, *body, *els;
	Nodes list, list2;
	char *name;       /* N_IDENT, N_SELECTOR (selected name), labels */
	Pos npos;         /* N_SELECTOR: position of the selected name */
	const char *text; /* N_BASICLIT: the literal as written; an expression the
	                   * checker rewrote: its source form, for messages */
	int textlen;
	char *str;        /* string literal value, N_IMPORTSPEC path, N_FIELD tag */
	int64_t slen;
	int64_t iota;     /* N_VALUESPEC inside a const declaration */
	unsigned pragmas; /* N_FUNCDECL, N_TYPESPEC: //go: directives */
	bool ellipsis;    /* N_CALL: f(x...) */
	bool slice3;      /* N_SLICE: x[a:b:c] */
	bool embedded;    /* N_FIELD */
	bool alias;       /* N_TYPESPEC: type A = B */
	bool is_default;  /* N_CASE */
	bool implicit;    /* inserted by the checker: N_CONV, N_ADDR, N_DEREF, N_SELECTOR;
	                   * N_COMPOSITE: the []T{x} of new(x) (&[]T{x}[0]);
	                   * N_ASSIGN: an inlined call's parameters or results (gc's OAS2) */
	bool comma_ok;    /* v, ok = m[k] / x.(T) / <-c: the two-value form */
	bool spread;      /* N_CALL f(g()): g's results are f's arguments */
	bool vararg;      /* N_COMPOSITE: the implicit slice of a variadic call ("... argument") */
	bool has_defer;

	/* checker annotations */
	Mode mode;
	Type *type;
	Obj *obj;         /* N_IDENT: the object; N_SELECTOR: field/method/qualified object */
	Const *cval;      /* constant value (mode == MODE_CONST) */
	int sel_kind;     /* N_SELECTOR: SEL_* */
	int field_index;  /* N_SELECTOR on a struct: index of the field */
	Node *target;     /* N_BRANCH: the statement it leaves/continues/goes to */
	Func *fn;         /* N_FUNCLIT: its Func; N_FUNCDECL: its Func */
	Obj *label_obj;
	Scope *scope;     /* scope opened by this node, if any */
	Obj *case_obj;    /* N_CASE of a type switch: the variable bound in this clause */
	bool used_label;

	/* later stages */
	struct Move2Heap *moves; /* slices.c: slices moved to the heap before this statement */
	void *esc;        /* escape.c: location of an allocating expression */
	int esc_flags;
	void *aux;        /* stage-private data */
};

/* slices.c: "s = move2heap(s)" before a statement (gc's OMOVE2HEAP) */
typedef struct Move2Heap {
	Obj *var;
	bool keep_cap;    /* the capacity is observable: copy all of it */
	struct Move2Heap *next;
} Move2Heap;

/* N_SELECTOR kinds */
enum {
	SEL_NONE,
	SEL_FIELD,        /* x.f, struct field (possibly through an explicit deref) */
	SEL_METHOD,       /* x.m used in a call: a method call */
	SEL_METHODVAL,    /* x.m used as a value: a method value (closure) */
	SEL_METHODEXPR,   /* T.m or (*T).m: a method expression */
	SEL_IFACEMETHOD,  /* x.m where x is an interface (call or value) */
	SEL_QUALIFIED,    /* pkg.Name */
};

Node *new_node(NodeKind kind, Pos pos);
Node *new_ident_node(Obj *o, Pos pos); /* o at pos, typed, MODE_VAR */

/* Parse one tokenized file into an N_FILE node. */
Node *parse_file(SourceFile *f, Token *toks, int ntoks);
/* branches.c: labels, break/continue/goto/fallthrough targets (after parsing) */
void check_branches(Node *file);
void dump_ast(FILE *out, Node *n, int indent);
void visit_children(Node *n, void (*f)(Node *child, void *arg), void *arg); /* -d=ast debugging */
char *node_string(Node *n); /* expression text as gc prints it in messages */

/* ---- types.c: the type system --------------------------------------------- */

typedef enum {
	TY_INVALID,
	TY_BOOL,
	TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64,
	TY_COMPLEX64, TY_COMPLEX128,
	TY_STRING,
	TY_UNSAFEPTR,
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
	TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
	TY_ARRAY,
	TY_SLICE,
	TY_STRUCT,
	TY_POINTER,
	TY_FUNC,
	TY_INTERFACE,
	TY_MAP,
	TY_CHAN,
	TY_NAMED,
	TY_TUPLE,     /* results of a multi-value call */
	TY_KIND_COUNT
} TypeKind;

struct Field {
	char *name;      /* field or method name; embedded fields: the type's name */
	Type *type;
	bool embedded;
	char *tag;
	Package *pkg;    /* package of an unexported name */
	int64_t offset;  /* struct fields: byte offset */
	Pos pos;
};

struct Type {
	TypeKind kind;
	int64_t size;     /* -1 until computed by type_size */
	int64_t align;
	const char *name; /* basic types: "int", "byte", "rune", ... */
	Type *elem;       /* array, slice, pointer, chan; map value */
	Type *key;        /* map key */
	int64_t len;      /* array length */
	int dir;          /* chan: CHAN_* */
	/* struct: fields; interface: methods (all, sorted by name, embedded
	 * interfaces flattened); func: parameters; tuple: elements */
	Field **fields;
	int nfields;
	/* func */
	Field **results;
	int nresults;
	bool variadic;    /* last parameter is ...T (its type is []T) */
	/* interface */
	Vec embeddeds;    /* Type*: embedded interfaces as written (for printing) */
	bool iface_complete;
	/* named */
	Obj *obj;         /* TY_NAMED: its type name */
	Type *underlying; /* TY_NAMED: resolved underlying type (never TY_NAMED) */
	Vec methods;      /* TY_NAMED: Obj* (OBJ_FUNC), declared methods in source order */
	bool resolving;
	/* backend */
	char *desc_sym;   /* type descriptor symbol, once emitted */
	int id;
};

/* Predeclared types */
extern Type *type_invalid, *type_bool, *type_int, *type_int8, *type_int16,
	*type_int32, *type_int64, *type_uint, *type_uint8, *type_uint16,
	*type_uint32, *type_uint64, *type_uintptr, *type_float32, *type_float64,
	*type_complex64, *type_complex128, *type_string, *type_unsafe_pointer,
	*type_byte, *type_rune, *type_error, *type_any,
	*type_untyped_bool, *type_untyped_int, *type_untyped_rune,
	*type_untyped_float, *type_untyped_complex, *type_untyped_string,
	*type_untyped_nil, *type_empty_tuple;

void types_init(void);
Type *new_type(TypeKind kind);
Type *pointer_to(Type *elem);
Type *slice_of(Type *elem);
Type *array_of(Type *elem, int64_t len);
Type *map_of(Type *key, Type *val);
Type *chan_of(Type *elem, int dir);
Type *tuple_of(Type **elems, int n);
Field *new_field(char *name, Type *type);

Type *under(Type *t);                 /* underlying type (t itself unless named) */
bool is_named(Type *t);
bool is_untyped(Type *t);
bool is_integer(Type *t);             /* of the underlying type */
bool is_unsigned(Type *t);
bool is_float(Type *t);
bool is_complex(Type *t);
bool is_numeric(Type *t);
bool is_string(Type *t);
bool is_boolean(Type *t);
bool is_interface(Type *t);
bool is_empty_interface(Type *t);
bool is_pointer(Type *t);
bool is_basic(Type *t);
bool is_const_type(Type *t);           /* boolean, numeric or string */
bool types_identical(Type *a, Type *b);
bool is_comparable(Type *t);
bool has_pointers(Type *t);
int64_t type_size(Type *t);
int64_t type_align(Type *t);
int64_t type_ptrdata(Type *t);
Type *default_type(Type *t);          /* untyped -> default typed type */
char *typestr(Type *t);           /* as gc prints it in messages: "[]int", "main.T" → "T"? see types.c */
char *typestr_qualified(Type *t); /* always package-qualified: "main.T" (runtime %T form) */
int64_t basic_bits(Type *t);          /* 8, 16, 32, 64 for integers and floats */
ConstRep const_rep_of(Type *t);       /* representation used for constant checks */

/* Method sets and field lookup (types.c) */
typedef struct Selection {
	int kind;          /* SEL_FIELD / SEL_METHOD / SEL_IFACEMETHOD, 0 if not found */
	Field *field;      /* the field found */
	Obj *method;       /* the method found (concrete types) */
	int method_index;  /* interface method index */
	int path[16];      /* embedded field indices leading to it */
	int depth;
	bool indirect;     /* a pointer was dereferenced on the way (or at the start) */
	bool ambiguous;
	Type *recv_base;   /* type on which the method is declared */
} Selection;
Selection lookup_field_or_method(Type *t, const char *name, Package *pkg);
/* Does t implement interface iface?  If not, *missing names a missing
 * method and *wrong_ptr says whether it exists with a pointer receiver. */
bool implements(Type *t, Type *iface, char **missing, bool *ptr_recv);
bool is_direct_iface(Type *t);  /* stored directly in an interface data word */

/* ---- Objects and scopes --------------------------------------------------- */

typedef enum {
	OBJ_BAD,
	OBJ_CONST,
	OBJ_TYPE,
	OBJ_VAR,
	OBJ_FUNC,
	OBJ_PKG,
	OBJ_BUILTIN,
	OBJ_NIL,
	OBJ_LABEL,
} ObjKind;

typedef enum {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE,
	BI_IMAG, BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT,
	BI_PRINTLN, BI_REAL, BI_RECOVER,
	/* package unsafe */
	BI_SIZEOF, BI_ALIGNOF, BI_OFFSETOF, BI_ADD, BI_SLICE, BI_SLICEDATA,
	BI_STRING, BI_STRINGDATA,
} Builtin;

struct Obj {
	ObjKind kind;
	char *name;
	Pos pos;
	Type *type;
	Package *pkg;
	Node *decl;         /* declaring node (N_IDENT of the name, spec or N_FUNCDECL) */
	Node *spec;         /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL */
	Const *cval;        /* OBJ_CONST */
	Builtin builtin;    /* OBJ_BUILTIN */
	Package *imported;  /* OBJ_PKG */
	Func *func;         /* OBJ_FUNC: the function; OBJ_VAR (local): owner */
	Type *recv_type;    /* OBJ_FUNC methods: the receiver's base named type */
	bool ptr_recv;      /* OBJ_FUNC methods: receiver is *T */
	/* variables */
	bool global;
	bool param;
	bool result;
	bool used;
	bool addrtaken;
	bool captured;      /* referenced from a closure */
	bool reassigned;
	bool is_recv;
	bool loop_var;      /* declared by a for/range clause: fresh per iteration (Go 1.22) */
	bool byval;         /* captured by value: closures hold a copy (never reassigned) */
	bool inl_var;       /* inline_call.c: a variable of an inlined body (gc's InlLocal/InlFormal) */
	Node *defn_value;   /* escape.c: the value of "x := v" / "var x = v" */
	int index;          /* parameter/result index */
	/* package-level declaration ordering */
	int state;          /* 0 unresolved, 1 resolving, 2 done */
	Vec deps;           /* Obj*: package-level objects this one's initializer uses */
	/* backend */
	int64_t offset;     /* frame offset of a local */
	char *sym;          /* assembly symbol of a global or function */
	bool heap;          /* escape: "moved to heap" */
	void *esc;          /* escape.c location */
	void *aux;
	int id;
};

Obj *new_obj(ObjKind kind, char *name, Pos pos, Type *type);

struct Scope {
	Scope *outer;
	Map names;        /* name -> Obj* */
	Func *fn;         /* the function this scope belongs to (NULL: package/universe) */
	bool is_func;     /* the outermost scope of a function body */
	Vec objs;         /* declaration order */
};
Scope *new_scope(Scope *outer, Func *fn);
Obj *scope_lookup_local(Scope *s, const char *name);
Obj *scope_lookup(Scope *s, const char *name, Scope **found_in);
Obj *scope_insert(Scope *s, Obj *o); /* returns the existing object on a clash */
extern Scope *universe;

struct Package {
	char *path;       /* import path: "main", "fmt", "example.com/m/util" */
	char *import_path; /* as the go command names it in "# path" error headers:
	                    * path, or for the package on the command line its
	                    * module path, or "command-line-arguments" for files */
	char *name;       /* package name */
	char *dir;
	Scope *scope;
	Vec files;        /* Node* (N_FILE) */
	Vec file_scopes;  /* Scope* per file (imports) */
	Vec imports;      /* Package* */
	Vec init_order;   /* N_ASSIGN: package variable initialization, in order */
	Func *init_func;  /* "pkg.init": runs init_order, then the init functions */
	Vec inits;        /* Func*: init functions in source order */
	Vec funcs;        /* Func*: every function to compile, including closures */
	Vec globals;      /* Obj*: package-level variables */
	bool checked;
	bool is_unsafe;
	bool is_main;
	int index;
};

/* A function to compile: a declaration, a method, a func literal or a
 * compiler-generated wrapper. */
struct Func {
	char *name;       /* gc's name: "main.f", "main.(*T).M", "main.f.func1" */
	char *sym;        /* assembly symbol */
	Node *decl;       /* N_FUNCDECL or N_FUNCLIT (NULL for generated code) */
	Node *body;       /* N_BLOCK; NULL for declarations without a body */
	Type *type;       /* signature (TY_FUNC) without the receiver */
	Obj *obj;         /* OBJ_FUNC for declared functions and methods */
	Obj *recv;        /* receiver variable, or NULL */
	Vec params;       /* Obj* */
	Vec results;      /* Obj* (named or ~r0, ~r1 ...) */
	Vec locals;       /* Obj*: every variable declared in the body */
	Func *outer;      /* enclosing function of a func literal */
	Vec closures;     /* Func*: func literals directly inside */
	Vec captures;     /* Obj*: free variables of a func literal */
	Package *pkg;
	int nclosures;    /* to name func1, func2 ... */
	unsigned pragmas;
	bool has_defer;
	bool has_recover;
	bool is_init;
	bool is_wrapper;    /* compiler-generated (package initializer) */
	bool is_defer_wrapper; /* the closure lower.c makes for "defer f(x)" / "go f(x)" */
	/* backend */
	int64_t frame_size;
	int64_t args_size;
	int64_t results_size;
	void *aux;
	struct InlInfo *inl; /* inline.c: the inlining decision */
	char *inl_name;   /* inline_call.c: gc's name of a func literal copied by inlining ("main.counter.func3") */
	Func *inl_from;   /* inline_call.c: the func literal it is a copy of */
	int id;
};
Func *new_func(char *name, Package *pkg);

/* ---- The whole program ------------------------------------------------------ */

typedef struct Program {
	Vec packages;     /* Package*, dependencies first (init order) */
	Package *main;
	Map by_path;      /* import path -> Package* */
	char *module_path;
	char *module_dir;
} Program;

/* ---- Options ---------------------------------------------------------------- */

typedef struct Options {
	int m;              /* -m level */
	bool no_inline;     /* -l */
	bool inline_on;     /* -d=inline: gc's inlining decisions (off by default until calls are inlined) */
	bool no_opt;        /* -N */
	bool print_asm;     /* -S */
	bool escape_all;    /* -d=escapeall: every allocation on the heap */
	bool escape_mutations_calls; /* -d=escapemutationscalls: -m says "mutates param" / "calls param" */
	bool variablemake_off; /* -d=variablemakehash=n */
	bool no_bounds_check;
	bool complete;      /* -complete */
	bool smallframes;   /* -smallframes: lower stack size limits (64 KiB explicit, 16 KiB implicit) */
	bool debug_defer;   /* -d=defer: say how each defer statement is implemented, as gc does */
	const char *dump;   /* -d=dump=STAGE */
	bool keep_work;     /* -work */
	const char *root;   /* TGOROOT */
} Options;
extern Options opt;

/* ---- Stages ------------------------------------------------------------------- */

/* load.c: find, lex and parse every package of the program */
Program *load_program(char **files, int nfiles);
/* check*.c */
void check_program(Program *prog);
/* Does expression n contain a call or a channel receive?  (The spec's
 * test for whether len of an array expression is constant.) */
bool has_call_or_recv(Node *n);
/* deadcode.c: what gc's front end drops */
int gc_static_bool(Node *cond); /* +1 / -1: statically true / false; 0 otherwise */
bool gc_terminates(Node *s);    /* a terminating statement (return, goto, panic, ...) */
void unspread_call(Node *call, Nodes args); /* f(g()) -> f(t1, ..., tn): g's results in temporaries */
/* inline.c: gc's inlining decisions and, in inline_call.c, the calls
 * inlined (before escape analysis) */
void inline_program(Program *prog);
/* escape.c */
void escape_program(Program *prog);
/* lower.c */
void lower_defers(Program *prog);   /* before escape analysis */
/* codegen*.c */
void codegen_program(Program *prog, FILE *out);
/* link.c */
int assemble_and_link(const char *asmfile, const char *outfile, const char *workdir);

#endif
