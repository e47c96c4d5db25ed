/*
 * check.h — private declarations shared by the type checker's files:
 *
 *   check.c       packages: declarations, resolution order, init order, unused imports
 *   check_type.c  type expressions -> Type
 *   check_expr.c  expressions: operands, constants, conversions, assignability
 *   check_call.c  calls, built-in functions, selectors and methods
 *   check_stmt.c  statements, labels, terminating statements, unused variables
 *
 * The checker follows Go's spec and reports errors in gc's (types2's) words.
 * Besides types it leaves the AST explicit for later stages: implicit
 * conversions become N_CONV nodes, promoted fields become chains of
 * selectors, automatic & and * become N_ADDR / N_DEREF, conversions T(x)
 * become N_CONV, and every constant expression carries its value.
 */
#ifndef TGO_CHECK_H
#define TGO_CHECK_H

#include "tgo.h"

typedef struct Checker {
	Program *prog;
	Package *pkg;
	Scope *scope;     /* innermost scope */
	Scope *file_scope;
	Func *fn;         /* function whose body is being checked */
	Obj *decl;        /* package-level object whose initializer/body is being checked */
	bool in_const;    /* evaluating a constant declaration (iota is valid) */
	int64_t iota;
	Vec funcs_todo;   /* Func*: bodies to check after package-level declarations */
} Checker;

extern Checker ck;
extern Vec resolving_types; /* Obj*: type declarations being resolved, innermost last */
extern Package *typestr_package;

/* check.c */
void resolve_obj(Obj *o);          /* make sure a package-level object is fully declared */
void record_use(Obj *o);           /* dependency of the current package-level decl */
void declare_obj(Scope *s, Obj *o, Node *at);
Obj *lookup_name(const char *name); /* in ck.scope; marks a dot import used */
Func *func_for_lit(Node *lit);
void unshare_const_exprs(Node *decl); /* each implicit repetition gets its own nodes */

Pos start_pos(Node *n);

/* check_type.c */
Type *check_type(Node *n);
Type *check_type_or_null(Node *n); /* NULL (no error) if n is not a type */
void declare_underlying(Obj *o, Node *rhs); /* "type T rhs": T's underlying type */
Type *func_type_of(Node *ft, Func *fn, Obj *recv_obj); /* signature; declares params in fn if given */
void complete_interface(Type *t);
Type *check_array_len_type(Node *n, Type *elem);

/* check_expr.c */
void check_expr(Node *n);               /* any expression, may be a tuple or a type */
void check_expr_hint(Node *n, Type *hint); /* composite literals with elided types */
void check_single(Node *n);             /* exactly one value */
void check_value(Node *n);              /* one value, not a type */
void assign_to(Node **np, Type *t, const char *context); /* assignability + implicit conversions */
void default_untyped(Node **np);        /* give an untyped value its default type */
void convert_untyped(Node **np, Type *target);
bool check_representable(Node *n, Type *t, bool report);
char *operand_string(Node *n);
char *describe_type(Type *t);           /* "struct type T", "int type MyInt", "type int" */
bool is_assignable(Node *x, Type *t, char **cause);
void mark_comma_ok_conversion(Node *v, Node *e, Pos pos); /* check_stmt.c */
Node *implicit_conv(Node *x, Type *t);
void check_binary(Node *n);
bool check_case_comparison(Node *e, Node *tag); /* case e in switch on tag: e == tag is valid */
bool has_nil(Type *t);
void check_unary(Node *n);
bool is_addressable(Node *n);
void check_conversion(Node *n, Type *t);
void check_composite(Node *n, Type *hint);
Obj *lookup_ident(Node *n);
void mark_used(Node *n);
Type *expr_type_for_range(Node *n);

/* check_call.c */
void check_call(Node *n);
void check_selector(Node *n, bool in_call);
void check_builtin(Node *n, Builtin b);

/* check_stmt.c */
void check_func_body(Func *fn);
void check_block_stmts(Nodes *l);
void check_local_decl(Node *decl);
bool is_terminating(Node *s, const char *label);

/* errors with gc's "invalid operation: " prefix */
#define INVALID_OP "invalid operation: "

void mark_addrtaken(Node *n); /* check_expr.c: &x, x.m() on addressable x, a[:] */
#endif
