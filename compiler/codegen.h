/*
 * codegen.h — private declarations of the code generator:
 *
 *   codegen.c    the program: functions, frames, globals, string literals,
 *                the entry point; the emit helpers
 *   cg_expr.c    expressions
 *   cg_call.c    calls: Go functions, methods, closures, C runtime entry
 *                points, built-in functions
 *   cg_stmt.c    statements
 *   cg_types.c   type descriptors, itabs and method wrappers
 *
 * The generator is a simple stack machine (chibicc's model): an expression
 * leaves a scalar value (bool, integer, float bits, pointer, map, chan,
 * func) in %rax, or, for an aggregate (string, slice, interface, complex,
 * struct, array), the address of the value in %rax.  Intermediate results
 * are pushed on the machine stack; aggregate results that are not
 * variables live in per-statement temporaries of the frame.
 *
 * Go functions use tgo's stack calling convention (like gc's ABI0): the
 * caller reserves [args | results] on the stack, stores the arguments at
 * increasing offsets from %rsp, and calls; the callee addresses them at
 * 16(%rbp) and up, the results after the arguments.  A closure pointer is
 * passed in %rdx.  Calls into the C runtime use the System V ABI with the
 * stack aligned dynamically (%rbx holds the old %rsp).
 *
 * This is the "first, simple" backend: its interface is codegen_program
 * over the checked (and lowered) AST, so a register-allocating backend can
 * replace it.
 */
#ifndef TGO_CODEGEN_H
#define TGO_CODEGEN_H

#include "tgo.h"

extern FILE *cg_out;

void emit(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emit_label(const char *label);
int new_label(void);
char *quote_sym(const char *sym); /* "main.(*T).M" with quotes */

/* ---- the function being generated ---- */

typedef struct FuncState {
	Func *fn;
	int64_t locals_size;  /* bytes below %rbp used by variables */
	int64_t temp_top;     /* current temporary offset (positive, below locals) */
	int64_t temp_max;
	int64_t args_size;    /* size of this function's parameter area */
	int64_t ctx_offset;   /* frame slot of the closure context, or 0 */
	int return_label;     /* epilogue label */
	int panic_label;
	int recover_label;    /* landing pad after a recovered panic */
	int64_t defer_offset; /* frame slot holding the defer chain mark, or 0 */
	int frame_id;         /* numbers the .Lframe/.Lobj symbols of this function */
	bool open_defers;     /* gc would open-code this function's defers (-d=defer) */
	int64_t objs_size;    /* bytes of frame objects (below the temporaries) */
	Vec entry_zero;       /* frame objects zeroed in the prologue (intptr_t pairs: obj, size) */
	Map backing_stores;   /* cg_alloc.c: append backing stores by slice key */
	Vec loops;            /* LoopCtx* for break/continue */
	Map labels;           /* label name -> label number (goto) */
} FuncState;

extern FuncState *fs;

const char *gc_defer_kind(Node *defer_stmt); /* "open-coded", "stack-allocated", "heap-allocated" */

typedef struct LoopCtx {
	Node *stmt;
	int break_label;
	int continue_label;
} LoopCtx;

/* frame */
int64_t alloc_temp(int64_t size, int64_t align);  /* returns a positive offset: the temp is at -off(%rbp) */
int64_t local_offset(Obj *o);                       /* -off(%rbp) or +off for params */
void gen_var_addr(Obj *o);                          /* address of a variable in %rax */
bool var_on_heap(Obj *o);                           /* the variable lives in a heap object */
Type *closure_struct(Func *fn);                     /* {code; captures} of a func literal */
int64_t capture_offset(Func *fn, Obj *o);

/* frame objects: storage for allocation sites that do not escape; they
 * live for the whole call, below the temporaries */
int64_t frame_object(int64_t size, int64_t align);  /* reserve; returns a handle */
void frame_object_addr(int64_t obj, const char *reg); /* reg = its address */
void zero_at_entry(int64_t obj, int64_t size);      /* the prologue zeroes it */

/* types */
bool is_scalar(Type *t);
void load_scalar(Type *t);          /* %rax = *(%rax), extended per type */
void store_scalar(Type *t, const char *addr_reg); /* *(addr_reg) = %rax */
void copy_mem(const char *dst, const char *src, int64_t size); /* clobbers %rcx, %r11 */
void zero_mem(const char *dst, int64_t size);
void normalize_int(Type *t);        /* sign/zero-extend %rax to the type's width */

/* expressions */
void gen_expr(Node *n);
void gen_addr(Node *n);
bool is_addressable_expr(Node *n);
void gen_cond_jump(Node *n, bool jump_if, int label);
void gen_to_temp(Node *n, int64_t off);  /* evaluate n and copy into temp at -off(%rbp) */
void gen_const(Node *n);
void push(void);
void pop(const char *reg);
void gen_assign_to(Node *lhs, Type *t); /* value of type t (rax per convention) stored into lhs; lhs address pushed? see cg_expr.c */
void store_value(Type *t);          /* store: address in %rdi, value per convention in %rax */
void gen_convert(Node *n);
void gen_type_assert(Node *n);
void gen_temp_value_as(int64_t off, Type *from, Type *to); /* a temp's value, converted for an assignment */
void gen_temp_value_conv(int64_t off, Type *from, Type *to, int esc_flags);
void gen_string_bytes_view(Node *s);  /* []byte(s) sharing s's bytes */
void gen_bytes_string_view(Node *n);  /* string(b) sharing b's bytes */
bool is_bytes_to_string(Node *n);
void gen_string_operand(Node *n);     /* string(b) uncopied when only looked at */
void string_result(void);         /* GoString in rax:rdx into a temp, its address in %rax */
int64_t string_literal(const char *s, int64_t len); /* label number of a static string header */
int static_data(Node *n, Type *t); /* label .LK<n> of read-only data holding n, or -1 */
void gen_zero_value(Type *t);       /* rax = zero value (scalar) or address of a zeroed temp */
Node *temp_value_ref(int64_t off, Type *t); /* a node reading the value in temp off */
void gen_nil_check(void);           /* %rax must not be nil */
void gen_bounds_check(bool is_unsigned_index); /* index in %rax, length in %rdi */

/* calls */
void gen_call(Node *n);
void gen_builtin(Node *n);
void c_call(const char *fn, int nint_args);  /* args already in registers */
void gen_c_call_args(Node **args, int n, const char *fn); /* evaluate args for a C call */
void gen_panic_call(const char *fn);
void gen_method_value(Node *n);
void gen_func_value(Node *n);
void gen_closure(Node *n);
bool emit_c_wrappers(void);         /* Go-ABI wrappers of C functions used as values */
void gen_call_results(Type *sig, int64_t area);

/* allocation sites (cg_alloc.c) */
void gen_new_object(Node *site, Type *t);     /* %rax = zeroed storage: frame or heap */
void gen_buf_arg(Node *site, int64_t size, const char *reg); /* frame buffer or nil */
void gen_make_slice(Node *n);
void gen_make_map(Node *n);
void gen_map_literal_make(Node *lit);
void gen_append(Node *n);
bool is_append_of_make(Node *n);     /* append(s, make([]T, n)...) */
void gen_move2heap(Move2Heap *m);
void gen_heap_var(Obj *o);           /* a moved-to-heap variable's object, into its slot */
void heap_vars_flush(void);          /* end of a basic block for gen_heap_var's sharing */
void heap_vars_block_end(const char *line);
extern int heap_vars_same_block;     /* >0: tgo's branches inside one gc block */

/* evaluation order within a statement (cg_order.c) */
void order_stmt(Node *s);
void order_var_spec(Node *spec);
int order_temps_mark(void);         /* order_kill_temps clears the pointer temps hoisted since */
void order_kill_temps(int mark);
void order_expr(Node **np);

/* statements */
void gen_stmt(Node *s);
void gen_block(Nodes *l);
void gen_func(Func *fn);

/* type descriptors */
char *type_desc(Type *t);           /* symbol of t's descriptor, emitted at the end */
char *itab_sym(Type *concrete, Type *iface);
void emit_type_descriptors(void);
char *method_wrapper(Obj *method, Type *recv, int kind); /* see cg_types.c */
char *iface_method_wrapper(Type *iface, int kind, int index);
char *func_sym(Func *fn);
char *funcval_sym(Obj *fnobj);      /* static closure of a top-level function */
int field_path_offset(Node *sel);
bool type_needs_desc(Type *t);
char *runtime_type_name(Type *t);

enum { WRAP_IFACE, WRAP_METHODVAL, WRAP_METHODEXPR };
char *code_funcval(const char *code_sym); /* a static func value {code} for generated code */

#endif
