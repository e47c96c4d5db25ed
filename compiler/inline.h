/*
 * inline.h — what inline.c (gc's inlining decisions) and inline_call.c
 * (the calls it inlines) share.
 */
#ifndef TGO_INLINE_H
#define TGO_INLINE_H

#include "tgo.h"

/* inline.c */
extern Package *inl_report_pkg;          /* -m lines are printed for this package */
const char *inl_gc_name(Func *fn);       /* "f", "(*T).M", "f.func1" */
Func *inl_callee(Func *caller, Node *f); /* gc's inlCallee: the function f certainly is, or NULL */
bool inl_cost_ok(Func *callee, bool big_caller, bool closure_once);
bool inl_is_intrinsic(Func *fn);
bool inl_is_big(Func *fn);
void inl_record_defs(Node *n);           /* x := v: v is x's static value */
void inl_record_def(Obj *o, Node *value);
void inl_can_inline(Func *fn);           /* gc's CanInline (prints "can inline f") */
bool inl_inlinable(Func *fn);            /* inlining is on for fn's package and fn can be inlined */

/* inline_call.c: the transformation, over the functions in gc's bottom-up
 * order (batches: each a Vec of Func*, a strongly connected component) */
void inline_calls(Program *prog, Vec *batches);
void inline_wrapper(Func *w);            /* gc's DevirtualizeAndInlineFunc for a method wrapper */

#endif
