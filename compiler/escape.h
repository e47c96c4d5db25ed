/*
 * escape.h — results of escape analysis that later stages read.
 *
 * escape.c decides, for every allocation site and every variable, whether
 * it may live in the stack frame.  It records:
 *   Obj.heap          the variable is "moved to heap"
 *   Obj.byval         a captured variable is captured by value
 *   Node.esc_flags    for allocation sites (new, &T{}, make, literals,
 *                     closures, method values, interface and string
 *                     conversions, concatenations, append, the implicit
 *                     slice of a variadic call): ESC_HEAP or ESC_NONE, plus
 *                     ESC_TRANSIENT (its storage does not outlive the
 *                     statement) and ESC_ZEROCOPY ([]byte(s) never mutated)
 *   Func.aux          the parameter leak tags (escape.c's leaks)
 */
#ifndef TGO_ESCAPE_H
#define TGO_ESCAPE_H

enum {
	ESC_ANALYZED = 1,  /* escape analysis saw this allocation site */
	ESC_HEAP = 2,      /* must be heap allocated */
	ESC_TRANSIENT = 4, /* does not persist beyond the statement */
	ESC_ZEROCOPY = 8,  /* []byte(s) whose result is never mutated: share s */
	ESC_NEVER = 16,    /* a top-level defer: its closure needs no heap */
	/* set by slices.c on append calls */
	ESC_INPLACE = 32,  /* s = append(s, ...) with s in memory: no stack buffer */
	ESC_USEBUF = 64,   /* move2heap'd slice whose capacity is observed: growsliceBuf */
};

/* Does argument idx (the receiver first, for method calls) of call n flow
 * anywhere, per the callee's parameter tags?  Unknown callees: true. */
bool esc_arg_leaks(Node *call, int idx);

/* gc's ir.StaticValue: for a local assigned once and never reassigned or
 * address-taken, its value (recursively); n itself otherwise. */
Node *esc_static_value(Node *n);

/* devirt.c: an interface call on a value of known concrete type becomes a
 * direct call (report: print "devirtualizing x.M to T") */
void devirtualize_call(Node *call, bool report);
void devirtualize_func(Func *fn, bool report_lines); /* every call of fn */

/* escape_wrappers.c: gc's method wrappers of pkg ((*T).M around T.M,
 * promoted methods, I.M, T.M-fm), built once, for inline.c and -m=2 */
Vec *package_wrappers(Package *pkg);

/* slices.c: gc's slice pass (move2heap), after escape analysis */
void slices_program(Program *prog);

/* Is the allocation site n known not to escape? (false when escape
 * analysis did not run, e.g. with -d=escapeall: then everything is heap) */
bool esc_on_stack(Node *n);

/* The text gc prints for an expression in -m diagnostics (ir's format). */
char *ir_string(Node *n);
/* f(g()): the arguments gc prints the call with (its temporaries), or NULL */
Nodes *esc_spread_args(Node *call);
char *ir_type_string(Type *t);

#endif
