/*
 * cg_call.c — code generation for calls and the operations that become
 * runtime calls: Go function, method, interface-method and closure calls;
 * calls into the C runtime; the built-in functions; map operations;
 * closures, function values and method values.  Conversions are in
 * cg_convert.c, allocation sites in cg_alloc.c.
 *
 * A Go call reserves [args | results] below %rsp, evaluates each argument
 * straight into its slot (nested calls reserve their own area below and
 * give it back), calls, and copies the results out before releasing the
 * area.  A call's result is a scalar in %rax, or the address of a temporary
 * holding the result (a tuple for several results).
 */
#include "codegen.h"

static int64_t align8(int64_t n) { return (n + 7) & ~7LL; }
static int64_t align_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }
static int64_t slot_align(Type *t) { return type_align(t) < 8 ? 8 : type_align(t); }

/* Call C function fn with its arguments already in registers, keeping
 * %rsp 16-byte aligned (%rbx remembers the old value). */
void c_call(const char *fn, int nint_args) {
	(void)nint_args;
	emit("\tpushq %%rbx");
	emit("\tmovq %%rsp, %%rbx");
	emit("\tandq $-16, %%rsp");
	emit("\tcall %s", fn);
	emit("\tmovq %%rbx, %%rsp");
	emit("\tpopq %%rbx");
}

void gen_panic_call(const char *fn) {
	emit("\tandq $-16, %%rsp");
	emit("\tcall %s", fn);
}

/* ---- call layout ---- */

typedef struct CallLayout {
	int64_t args_size;
	int64_t results_size;
	int64_t area;        /* 16-aligned args + results */
	int64_t *arg_off;    /* per argument (receiver first) */
	int64_t *res_off;
	int nargs, nres;
} CallLayout;

/* Offsets of a call's arguments and results (as in layout_frame). */
static CallLayout call_layout(Type *recv, Type *sig) {
	CallLayout l = {0};
	l.nargs = sig->nfields + (recv ? 1 : 0);
	l.nres = sig->nresults;
	l.arg_off = xalloc(sizeof(int64_t) * (l.nargs + 1));
	l.res_off = xalloc(sizeof(int64_t) * (l.nres + 1));
	int64_t off = 0;
	int k = 0;
	if (recv) {
		l.arg_off[k++] = 0;
		off = type_size(recv);
	}
	for (int i = 0; i < sig->nfields; i++) {
		Type *t = sig->fields[i]->type;
		off = align_up(off, slot_align(t));
		l.arg_off[k++] = off;
		off += type_size(t);
	}
	off = align8(off);
	l.args_size = off;
	for (int i = 0; i < sig->nresults; i++) {
		Type *t = sig->results[i]->type;
		off = align_up(off, slot_align(t));
		l.res_off[i] = off;
		off += type_size(t);
	}
	off = align8(off);
	l.results_size = off - l.args_size;
	l.area = align_up(off, 16);
	return l;
}

/* Store the value in %rax (gen_expr convention) of type t at off(%rsp). */
static void store_arg(Type *t, int64_t off) {
	emit("\tleaq %lld(%%rsp), %%rdi", (long long)off);
	store_value(t);
}

/* After the call: move the results out of the call area.  A single scalar
 * lands in %rax; anything else in a temporary whose address is in %rax. */
static void take_results(Type *sig, CallLayout *l) {
	if (sig->nresults == 0)
		return;
	if (sig->nresults == 1 && is_scalar(sig->results[0]->type)) {
		emit("\tleaq %lld(%%rsp), %%rax", (long long)l->res_off[0]);
		load_scalar(sig->results[0]->type);
		return;
	}
	int64_t size = l->results_size;
	int64_t off = alloc_temp(size, 8);
	emit("\tleaq %lld(%%rsp), %%rsi", (long long)l->args_size);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
	copy_mem("%rax", "%rsi", size);
}

/* Arguments of call n for signature sig into the reserved area; the
 * receiver (if any) was stored already.  Handles f(g()) and variadic
 * packing. */
static void gen_args(Node *n, Type *sig, CallLayout *l, int first) {
	if (n->spread) {
		Node *inner = n->list.v[0];
		gen_expr(inner); /* address of the tuple temp */
		Type *tt = inner->type;
		type_size(tt);
		int64_t tup = alloc_temp(type_size(tt), 8);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-tup);
		copy_mem("%rdi", "%rax", type_size(tt));
		int nfixed = sig->variadic ? sig->nfields - 1 : sig->nfields;
		for (int i = 0; i < tt->nfields && i < nfixed; i++) {
			Field *f = tt->fields[i];
			Type *pt = sig->fields[i]->type;
			if (is_interface(pt) && !types_identical(f->type, pt)) {
				/* f(g()) with g's result converted to f's interface parameter */
				gen_temp_value_as(tup - f->offset, f->type, pt);
				store_arg(pt, l->arg_off[first + i]);
				continue;
			}
			emit("\tleaq %lld(%%rbp), %%rsi", (long long)(-tup + f->offset));
			emit("\tleaq %lld(%%rsp), %%rdi", (long long)l->arg_off[first + i]);
			copy_mem("%rdi", "%rsi", type_size(f->type));
		}
		if (sig->variadic) {
			/* the remaining results become the variadic slice */
			Type *et = under(sig->fields[nfixed]->type)->elem;
			int k = tt->nfields - nfixed;
			int64_t slot = l->arg_off[first + nfixed];
			if (k <= 0) {
				emit("\tleaq %lld(%%rsp), %%rdi", (long long)slot);
				zero_mem("%rdi", 24);
				return;
			}
			emit("\tleaq %s(%%rip), %%rdi", type_desc(array_of(et, k)));
			c_call("newobject", 1);
			emit("\tmovq %%rax, %lld(%%rsp)", (long long)slot);
			emit("\tmovq $%d, %lld(%%rsp)", k, (long long)(slot + 8));
			emit("\tmovq $%d, %lld(%%rsp)", k, (long long)(slot + 16));
			for (int i = 0; i < k; i++) {
				Field *f = tt->fields[nfixed + i];
				gen_temp_value_as(tup - f->offset, f->type, et);
				emit("\tmovq %lld(%%rsp), %%rdi", (long long)slot);
				if (i)
					emit("\taddq $%lld, %%rdi", (long long)(i * type_size(et)));
				store_value(et);
			}
		}
		return;
	}
	/* variadic arguments were packed into a slice by the checker */
	for (int i = 0; i < sig->nfields; i++) {
		Node *a = n->list.v[i];
		gen_expr(a);
		store_arg(sig->fields[i]->type, l->arg_off[first + i]);
	}
}

/* ---- calls to C functions declared in Go without a body ---- */

static const char *int_regs[] = {"%rdi", "%rsi", "%rdx", "%rcx", "%r8", "%r9"};

char *c_function_name(Func *fn) {
	Buf b = {0};
	for (const char *p = fn->pkg->path; *p; p++)
		buf_putc(&b, (*p == '/' || *p == '.') ? '_' : *p);
	buf_putc(&b, '_');
	buf_puts(&b, fn->obj->name);
	return buf_cstr(&b);
}

/* A call to a body-less function: the C runtime implements it with the
 * System V ABI (words in integer registers, floats in %xmm). */
static void gen_c_function_call(Node *n, Func *fn) {
	Type *sig = fn->type;
	/* evaluate all arguments as words on the stack, then pop into registers */
	int nwords = 0, nfloats = 0;
	int64_t tmp = alloc_temp(8 * 16, 8);
	int slot = 0;
	bool float_slot[16] = {0};
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		Type *t = sig->fields[i]->type;
		gen_expr(a);
		int64_t words = is_scalar(t) ? 1 : align8(type_size(t)) / 8;
		if (is_scalar(t)) {
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-tmp + 8 * slot));
			float_slot[slot] = is_float(t);
			if (is_float(t))
				nfloats++;
			else
				nwords++;
			slot++;
		} else {
			for (int w = 0; w < words; w++) {
				emit("\tmovq %d(%%rax), %%rcx", 8 * w);
				emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-tmp + 8 * slot));
				slot++;
				nwords++;
			}
		}
		if (slot > 14)
			ice_at(n->pos, "too many arguments for C function %s", c_function_name(fn));
	}
	bool big_result = sig->nresults == 1 && !is_scalar(sig->results[0]->type) && type_size(sig->results[0]->type) > 16;
	int64_t res = 0;
	int ireg = 0, freg = 0;
	if (big_result) {
		res = alloc_temp(type_size(sig->results[0]->type), 8);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
		ireg = 1;
	}
	for (int s = 0; s < slot; s++) {
		if (float_slot[s]) {
			emit("\tmovq %lld(%%rbp), %%xmm%d", (long long)(-tmp + 8 * s), freg++);
		} else {
			if (ireg >= 6)
				ice_at(n->pos, "too many arguments for C function %s", c_function_name(fn));
			emit("\tmovq %lld(%%rbp), %s", (long long)(-tmp + 8 * s), int_regs[ireg++]);
		}
	}
	(void)nwords;
	(void)nfloats;
	c_call(c_function_name(fn), ireg);
	if (sig->nresults == 0)
		return;
	if (sig->nresults > 1)
		ice_at(n->pos, "C function %s with several results", c_function_name(fn));
	Type *rt = sig->results[0]->type;
	if (is_scalar(rt)) {
		if (is_float(rt)) {
			if (under(rt)->kind == TY_FLOAT32)
				emit("\tmovd %%xmm0, %%eax");
			else
				emit("\tmovq %%xmm0, %%rax");
		} else {
			normalize_int(rt);
		}
		return;
	}
	if (big_result) {
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	res = alloc_temp(16, 8);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
	emit("\tmovq %%rdx, %lld(%%rbp)", (long long)(-res + 8));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* ---- Go calls ---- */

/* In a defer wrapper, the deferred call is the function recover() must
 * accept as "called directly by the deferred function": tell the runtime
 * the frame it is about to get (%rsp - 16 once it has pushed %rbp). */
static void mark_recover_frame(Node *call) {
	if (!call->has_defer)
		return;
	emit("\tleaq -16(%%rsp), %%rcx");
	emit("\tmovq %%rcx, tgo_recover_rbp(%%rip)");
}

static Func *static_callee(Node *f) {
	while (f->kind == N_PAREN)
		f = f->x;
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	return NULL;
}

void gen_call(Node *n) {
	Node *f = n->x;
	while (f->kind == N_PAREN)
		f = f->x;
	if (n->op && f->obj && f->obj->kind == OBJ_BUILTIN) {
		gen_builtin(n);
		return;
	}
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN) {
		gen_builtin(n);
		return;
	}
	Func *callee = static_callee(f);
	if (callee && !callee->body && callee->decl && !callee->is_wrapper) {
		gen_c_function_call(n, callee);
		return;
	}
	Type *sig = under(f->type);
	/* method calls */
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD) {
		Obj *m = f->obj;
		Node *recv = f->x;
		Type *rt = recv->type;
		CallLayout l = call_layout(rt, sig);
		emit("\tsubq $%lld, %%rsp", (long long)l.area);
		gen_expr(recv);
		store_arg(rt, 0);
		gen_args(n, sig, &l, 1);
		mark_recover_frame(n);
		emit("\tcall %s", quote_sym(func_sym(m->func)));
		take_results(sig, &l);
		emit("\taddq $%lld, %%rsp", (long long)l.area);
		return;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_IFACEMETHOD) {
		/* receiver: the interface's data word; code: tab->fun[i] */
		int64_t ifc = alloc_temp(16, 8);
		gen_to_temp(f->x, ifc);
		CallLayout l = call_layout(type_unsafe_pointer, sig);
		emit("\tsubq $%lld, %%rsp", (long long)l.area);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)(-ifc + 8));
		emit("\tmovq %%rax, (%%rsp)");
		gen_args(n, sig, &l, 1);
		mark_recover_frame(n);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-ifc);
		emit("\ttestb %%al, (%%rax)"); /* a nil interface faults here, at address 0 */
		emit("\tcall *%d(%%rax)", 24 + 8 * f->field_index);
		take_results(sig, &l);
		emit("\taddq $%lld, %%rsp", (long long)l.area);
		return;
	}
	CallLayout l = call_layout(NULL, sig);
	if (callee) {
		emit("\tsubq $%lld, %%rsp", (long long)l.area);
		gen_args(n, sig, &l, 0);
		mark_recover_frame(n);
		emit("\tcall %s", quote_sym(func_sym(callee)));
	} else {
		/* a func value: evaluated first, called through its closure */
		int64_t fv = alloc_temp(8, 8);
		gen_expr(f);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-fv);
		emit("\tsubq $%lld, %%rsp", (long long)l.area);
		gen_args(n, sig, &l, 0);
		emit("\tmovq %lld(%%rbp), %%rdx", (long long)-fv);
		mark_recover_frame(n);
		emit("\tcall *(%%rdx)");
	}
	take_results(sig, &l);
	emit("\taddq $%lld, %%rsp", (long long)l.area);
}

/* ---- function values and closures ---- */

static Vec funcvals; /* Func* whose static closure "<sym>·f" must be emitted */

char *funcval_sym(Obj *fnobj) {
	Func *fn = fnobj->func;
	for (int i = 0; i < funcvals.len; i++)
		if (funcvals.data[i] == fn)
			return fmt("%s·f", func_sym(fn));
	vec_push(&funcvals, fn);
	return fmt("%s·f", func_sym(fn));
}

static Vec code_funcvals; /* char*: generated code symbols used as func values */

char *code_funcval(const char *code_sym) {
	for (int i = 0; i < code_funcvals.len; i++)
		if (strcmp(code_funcvals.data[i], code_sym) == 0)
			return fmt("%s·f", code_sym);
	vec_push(&code_funcvals, xstrdup(code_sym));
	return fmt("%s·f", code_sym);
}

void emit_funcvals(void) {
	emit("\t.section .data.rel.ro,\"aw\"");
	for (int i = 0; i < code_funcvals.len; i++) {
		char *c = code_funcvals.data[i];
		emit("\t.p2align 3");
		emit("%s:", quote_sym(fmt("%s·f", c)));
		emit("\t.quad %s", quote_sym(c));
	}
	for (int i = 0; i < funcvals.len; i++) {
		Func *fn = funcvals.data[i];
		emit("\t.p2align 3");
		emit("%s:", quote_sym(fmt("%s·f", func_sym(fn))));
		emit("\t.quad %s", quote_sym(func_sym(fn)));
	}
}

/* ---- Go-ABI wrappers of body-less (C) functions ---- */

static Vec c_wrappers;  /* Func*: generated wrappers, in request order */
static int c_wrappers_done;

static Node *var_ident(Obj *o, Pos pos) {
	Node *n = new_ident_node(o, pos);
	if (o->kind == OBJ_FUNC)
		n->mode = MODE_VALUE;
	return n;
}

/* fn implemented in C and used as a func value: a Go function
 * "fn·goabi(params) results { return fn(params) }" the value can point to. */
static Func *c_func_wrapper(Func *fn) {
	for (int i = 0; i < c_wrappers.len; i++) {
		Func *w = c_wrappers.data[i];
		if (w->aux == fn)
			return w;
	}
	Pos pos = fn->obj->pos;
	Func *w = new_func(fmt("%s·goabi", fn->name), fn->pkg);
	w->type = fn->type;
	w->aux = fn;
	w->is_wrapper = true;
	w->obj = new_obj(OBJ_FUNC, w->name, pos, fn->type);
	w->obj->func = w;
	Type *sig = fn->type;
	Node *call = new_node(N_CALL, pos);
	call->x = var_ident(fn->obj, pos);
	for (int i = 0; i < sig->nfields; i++) {
		Obj *p = new_obj(OBJ_VAR, fmt("p%d", i), pos, sig->fields[i]->type);
		p->param = true;
		p->func = w;
		p->index = i;
		vec_push(&w->params, p);
		nodes_push(&call->list, var_ident(p, pos));
	}
	call->ellipsis = sig->variadic;
	Node *body = new_node(N_BLOCK, pos);
	Node *stmt;
	if (sig->nresults == 0) {
		call->type = type_empty_tuple;
		call->mode = MODE_NOVALUE;
		stmt = new_node(N_EXPRSTMT, pos);
		stmt->x = call;
	} else {
		if (sig->nresults > 1)
			ice_at(pos, "C function %s with several results used as a value", fn->name);
		call->type = sig->results[0]->type;
		call->mode = MODE_VALUE;
		Obj *r = new_obj(OBJ_VAR, "~r0", pos, call->type);
		r->result = true;
		r->func = w;
		vec_push(&w->results, r);
		stmt = new_node(N_RETURN, pos);
		nodes_push(&stmt->list, call);
	}
	nodes_push(&body->list, stmt);
	w->body = body;
	vec_push(&c_wrappers, w);
	return w;
}

/* Generate the wrappers requested so far; true if there were any. */
bool emit_c_wrappers(void) {
	bool any = false;
	while (c_wrappers_done < c_wrappers.len) {
		gen_func(c_wrappers.data[c_wrappers_done++]);
		any = true;
	}
	return any;
}

void gen_func_value(Node *n) {
	Obj *o = n->obj;
	if (!o->func->body && !o->func->is_wrapper)
		o = c_func_wrapper(o->func)->obj;
	emit("\tleaq %s(%%rip), %%rax", quote_sym(funcval_sym(o)));
}

void gen_closure(Node *n) {
	Func *fn = n->fn;
	if (fn->captures.len == 0) {
		/* nothing captured: a static func value, no allocation */
		Obj tmp = {0};
		tmp.func = fn;
		emit("\tleaq %s(%%rip), %%rax", quote_sym(funcval_sym(&tmp)));
		return;
	}
	Type *ct = closure_struct(fn);
	gen_new_object(n, ct);
	push();
	emit("\tleaq %s(%%rip), %%rcx", quote_sym(func_sym(fn)));
	emit("\tmovq %%rcx, (%%rax)");
	for (int i = 0; i < fn->captures.len; i++) {
		Obj *o = fn->captures.data[i];
		Field *f = ct->fields[i + 1];
		gen_var_addr(o);
		emit("\tmovq (%%rsp), %%rdi");
		emit("\taddq $%lld, %%rdi", (long long)f->offset);
		if (o->byval)
			copy_mem("%rdi", "%rax", type_size(o->type));
		else
			emit("\tmovq %%rax, (%%rdi)");
	}
	pop("%rax");
}

/* x.M as a value: a closure {wrapper, receiver} whose wrapper calls M. */
void gen_method_value(Node *n) {
	if (n->sel_kind == SEL_METHODEXPR) {
		Type *recv_t = under(n->type)->fields[0]->type;
		if (is_interface(recv_t)) {
			/* I.M: a function taking the interface as its first argument */
			char *w = iface_method_wrapper(recv_t, WRAP_METHODEXPR, n->field_index);
			emit("\tleaq %s(%%rip), %%rax", quote_sym(code_funcval(w)));
			return;
		}
		Obj *m = n->obj;
		bool recv_ptr = under(recv_t)->kind == TY_POINTER;
		Type *base = recv_ptr ? under(recv_t)->elem : recv_t;
		if (m->ptr_recv == recv_ptr && m->recv_type == base) {
			emit("\tleaq %s(%%rip), %%rax", quote_sym(funcval_sym(m)));
			return;
		}
		char *w = method_wrapper(m, recv_t, WRAP_METHODEXPR);
		emit("\tleaq %s(%%rip), %%rax", quote_sym(code_funcval(w)));
		return;
	}
	Node *recv = n->x;
	Type *rt = recv->type;
	char *wrapper = n->sel_kind == SEL_IFACEMETHOD ? iface_method_wrapper(rt, WRAP_METHODVAL, n->field_index)
	                                                 : method_wrapper(n->obj, rt, WRAP_METHODVAL);
	Type *ct = new_type(TY_STRUCT);
	ct->nfields = 2;
	ct->fields = xalloc(sizeof(Field *) * 2);
	ct->fields[0] = new_field("F", type_uintptr);
	ct->fields[1] = new_field("R", rt);
	int64_t rv = alloc_temp(type_size(rt), type_align(rt));
	gen_to_temp(recv, rv);
	if (n->sel_kind == SEL_IFACEMETHOD) {
		/* a nil interface panics when the method value is evaluated */
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-rv);
		gen_nil_check();
	}
	gen_new_object(n, ct);
	emit("\tleaq %s(%%rip), %%rcx", quote_sym(wrapper));
	emit("\tmovq %%rcx, (%%rax)");
	type_size(ct);
	emit("\tleaq %lld(%%rax), %%rdi", (long long)ct->fields[1]->offset);
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-rv);
	copy_mem("%rdi", "%rsi", type_size(rt));
}


/* ---- maps ---- */

/* Evaluate a map key into a temporary; its address in %rax. */
static int64_t key_temp(Node *k) {
	int64_t off = alloc_temp(type_size(k->type), type_align(k->type));
	gen_to_temp(k, off);
	return off;
}

static void gen_map_index(Node *n) {
	Type *mt = n->x->type;
	Type *et = under(mt)->elem;
	int64_t m = alloc_temp(8, 8);
	gen_expr(n->x);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-m);
	int64_t k;
	if (is_bytes_to_string(n->y)) {
		/* m[string(b)] looks the key up without copying b (gc's OBYTES2STRTMP) */
		k = alloc_temp(16, 8);
		gen_bytes_string_view(n->y);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-k);
		copy_mem("%rdi", "%rax", 16);
	} else {
		k = key_temp(n->y);
	}
	emit("\tleaq %lld(%%rbp), %%rdx", (long long)-k);
	emit("\tmovq %lld(%%rbp), %%rsi", (long long)-m);
	emit("\tleaq %s(%%rip), %%rdi", type_desc(mt));
	if (n->comma_ok) {
		int64_t res = alloc_temp(align8(type_size(et)) + 8, 8);
		int64_t okp = alloc_temp(8, 8);
		emit("\tleaq %lld(%%rbp), %%rcx", (long long)-okp);
		emit("\tmovq $0, (%%rcx)");
		c_call("mapaccess2", 4);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
		copy_mem("%rdi", "%rax", type_size(et));
		emit("\tmovzbl %lld(%%rbp), %%eax", (long long)-okp);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-res + align8(type_size(et))));
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	c_call("mapaccess1", 3);
	if (is_scalar(et)) {
		load_scalar(et);
		return;
	}
	/* copy out: the map may change before the value is used */
	int64_t res = alloc_temp(type_size(et), type_align(et));
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
	copy_mem("%rdi", "%rax", type_size(et));
	emit("\tmovq %%rdi, %%rax");
}

/* Address where m[k] = v stores v (after mapassign), in %rax. */
void gen_map_assign_addr(Node *idx) {
	Type *mt = idx->x->type;
	int64_t m = alloc_temp(8, 8);
	gen_expr(idx->x);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-m);
	int64_t k = key_temp(idx->y);
	emit("\tleaq %lld(%%rbp), %%rdx", (long long)-k);
	emit("\tmovq %lld(%%rbp), %%rsi", (long long)-m);
	emit("\tleaq %s(%%rip), %%rdi", type_desc(mt));
	c_call("mapassign", 3);
}

static void gen_map_literal(Node *n) {
	Type *mt = n->type;
	int64_t m = alloc_temp(8, 8);
	gen_map_literal_make(n);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-m);
	Type *et = under(mt)->elem;
	for (int i = 0; i < n->list.n; i++) {
		Node *kv = n->list.v[i];
		int64_t k = key_temp(kv->x);
		int64_t v = alloc_temp(type_size(et), type_align(et));
		gen_to_temp(kv->y, v);
		emit("\tleaq %lld(%%rbp), %%rdx", (long long)-k);
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)-m);
		emit("\tleaq %s(%%rip), %%rdi", type_desc(mt));
		c_call("mapassign", 3);
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)-v);
		copy_mem("%rax", "%rsi", type_size(et));
	}
	emit("\tmovq %lld(%%rbp), %%rax", (long long)-m);
}

/* ---- built-in functions ---- */

static void gen_to_word_temp(Node *n, int64_t off);

static void gen_print(Node *n, bool ln) {
	Vec args = {0};
	if (!n->spread)
		goto plain;
	c_call("printlock", 0);
	if (n->spread) {
		/* println(f()): print each result of f */
		Node *inner = n->list.v[0];
		gen_expr(inner);
		int64_t tup = alloc_temp(type_size(inner->type), 8);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-tup);
		copy_mem("%rdi", "%rax", type_size(inner->type));
		for (int i = 0; i < inner->type->nfields; i++)
			vec_push(&args, (void *)(intptr_t)i);
		for (int i = 0; i < args.len; i++) {
			Field *f = inner->type->fields[i];
			if (ln && i)
				c_call("printsp", 0);
			emit("\tleaq %lld(%%rbp), %%rax", (long long)(-tup + f->offset));
			Type *t = f->type;
			if (is_scalar(t))
				load_scalar(t);
			goto print_one_spread;
		print_one_spread:;
			Type *u = under(t);
			switch (u->kind) {
			case TY_BOOL: emit("\tmovq %%rax, %%rdi"); c_call("printbool", 1); break;
			case TY_FLOAT64: emit("\tmovq %%rax, %%xmm0"); c_call("printfloat64", 0); break;
			case TY_FLOAT32: emit("\tmovd %%eax, %%xmm0"); c_call("printfloat32", 0); break;
			case TY_STRING:
				emit("\tmovq 8(%%rax), %%rsi");
				emit("\tmovq (%%rax), %%rdi");
				c_call("printstring", 2);
				break;
			default:
				emit("\tmovq %%rax, %%rdi");
				if (is_unsigned(u))
					c_call("printuint", 1);
				else if (is_integer(u))
					c_call("printint", 1);
				else
					c_call("printpointer", 1);
			}
		}
		if (ln)
			c_call("printnl", 0);
		c_call("printunlock", 0);
		return;
	}
plain:;
	/* evaluate every argument first: calls in them may print too */
	int64_t *vals = xalloc(sizeof(int64_t) * (n->list.n + 1));
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		vals[i] = alloc_temp(is_scalar(a->type) ? 8 : type_size(a->type), 8);
		gen_to_word_temp(a, vals[i]);
	}
	c_call("printlock", 0);
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		if (ln && i)
			c_call("printsp", 0);
		if (is_scalar(a->type))
			emit("\tmovq %lld(%%rbp), %%rax", (long long)-vals[i]);
		else
			emit("\tleaq %lld(%%rbp), %%rax", (long long)-vals[i]);
		Type *t = a->type;
		Type *u = under(t);
		switch (u->kind) {
		case TY_BOOL:
			emit("\tmovq %%rax, %%rdi");
			c_call("printbool", 1);
			break;
		case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
			emit("\tmovq %%rax, %%rdi");
			c_call("printint", 1);
			break;
		case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
			emit("\tmovq %%rax, %%rdi");
			c_call("printuint", 1);
			break;
		case TY_FLOAT64:
			emit("\tmovq %%rax, %%xmm0");
			c_call("printfloat64", 0);
			break;
		case TY_FLOAT32:
			emit("\tmovd %%eax, %%xmm0");
			c_call("printfloat32", 0);
			break;
		case TY_COMPLEX128:
			emit("\tmovsd 8(%%rax), %%xmm1");
			emit("\tmovsd (%%rax), %%xmm0");
			c_call("printcomplex128", 0);
			break;
		case TY_COMPLEX64:
			emit("\tmovss 4(%%rax), %%xmm1");
			emit("\tmovss (%%rax), %%xmm0");
			c_call("printcomplex64", 0);
			break;
		case TY_STRING:
			emit("\tmovq 8(%%rax), %%rsi");
			emit("\tmovq (%%rax), %%rdi");
			c_call("printstring", 2);
			break;
		case TY_SLICE:
			emit("\tmovq 16(%%rax), %%rdx");
			emit("\tmovq 8(%%rax), %%rsi");
			emit("\tmovq (%%rax), %%rdi");
			c_call("printslice", 3);
			break;
		case TY_INTERFACE:
			emit("\tmovq 8(%%rax), %%rsi");
			emit("\tmovq (%%rax), %%rdi");
			c_call(is_empty_interface(u) ? "printeface" : "printiface", 2);
			break;
		default:
			emit("\tmovq %%rax, %%rdi");
			c_call("printpointer", 1);
			break;
		}
	}
	if (ln)
		c_call("printnl", 0);
	c_call("printunlock", 0);
}

/* make(T, args): maps, channels and slices */
static void gen_make(Node *n) {
	Type *t = n->type;
	Type *u = under(t);
	if (u->kind == TY_MAP) {
		gen_make_map(n);
		return;
	}
	if (u->kind == TY_CHAN) {
		emit("\tleaq %s(%%rip), %%rdi", type_desc(t));
		if (n->list.n > 1) {
			emit("\tpushq %%rdi");
			gen_expr(n->list.v[1]);
			emit("\tmovq %%rax, %%rsi");
			emit("\tpopq %%rdi");
		} else {
			emit("\txorl %%esi, %%esi");
		}
		c_call("makechan", 2);
		return;
	}
	gen_make_slice(n);
}

/* A value into an 8-aligned temp: scalars as a whole canonical word. */
static void gen_to_word_temp(Node *n, int64_t off) {
	if (is_scalar(n->type)) {
		gen_expr(n);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-off);
	} else {
		gen_to_temp(n, off);
	}
}

static void gen_min_max(Node *n, bool is_min) {
	Type *t = n->type;
	int64_t sz = type_size(t) < 8 ? 8 : type_size(t);
	int64_t acc = alloc_temp(sz, 8);
	gen_to_word_temp(n->list.v[0], acc);
	for (int i = 1; i < n->list.n; i++) {
		int64_t cur = alloc_temp(sz, 8);
		gen_to_word_temp(n->list.v[i], cur);
		Type *u = under(t);
		if (is_float(u)) {
			emit("\tmovq %lld(%%rbp), %%rdi", (long long)-acc);
			emit("\tmovq %lld(%%rbp), %%rsi", (long long)-cur);
			emit("\tmovl $%d, %%edx", (is_min ? 1 : 0) | (u->kind == TY_FLOAT32 ? 2 : 0));
			c_call("rt_fminmax", 3);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-acc);
		} else if (is_string(u)) {
			/* gc calls strmin/strmax: no branch of gc's */
			heap_vars_same_block++;
			int skip = new_label();
			emit("\tmovq %lld(%%rbp), %%rdi", (long long)-cur);
			emit("\tmovq %lld(%%rbp), %%rsi", (long long)(-cur + 8));
			emit("\tmovq %lld(%%rbp), %%rdx", (long long)-acc);
			emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-acc + 8));
			c_call("cmpstring", 4);
			emit("\tcmpq $0, %%rax");
			emit("\t%s .L%d", is_min ? "jge" : "jle", skip);
			emit("\tleaq %lld(%%rbp), %%rsi", (long long)-cur);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-acc);
			copy_mem("%rdi", "%rsi", 16);
			emit(".L%d:", skip);
			heap_vars_same_block--;
		} else {
			heap_vars_flush(); /* gc's ternary: a branch */
			emit("\tmovq %lld(%%rbp), %%rax", (long long)-acc);
			emit("\tmovq %lld(%%rbp), %%rcx", (long long)-cur);
			emit("\tcmpq %%rcx, %%rax");
			bool sgn = !is_unsigned(u);
			const char *cmov = is_min ? (sgn ? "cmovg" : "cmova") : (sgn ? "cmovl" : "cmovb");
			emit("\t%s %%rcx, %%rax", cmov);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-acc);
		}
	}
	if (is_scalar(t))
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-acc);
	else
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-acc);
}

void gen_builtin(Node *n) {
	if (n->kind == N_INDEX) {
		gen_map_index(n);
		return;
	}
	if (n->kind == N_TYPEASSERT) {
		gen_type_assert(n);
		return;
	}
	if (n->kind == N_COMPOSITE) {
		gen_map_literal(n);
		return;
	}
	if (n->kind == N_UNARY && n->op == TK_ARROW) {
		/* receive */
		Type *ct = n->x->type;
		Type *et = under(ct)->elem;
		int64_t res = alloc_temp(align8(type_size(et)) + 8, 8);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
		zero_mem("%rdi", align8(type_size(et)) + 8);
		gen_expr(n->x);
		emit("\tmovq %%rax, %%rdi");
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)-res);
		c_call("chanrecv", 2);
		emit("\tmovzbl %%al, %%eax");
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-res + align8(type_size(et))));
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		if (!n->comma_ok && is_scalar(n->type))
			load_scalar(n->type);
		return;
	}
	switch ((Builtin)n->op) {
	case BI_PRINT: case BI_PRINTLN:
		gen_print(n, n->op == BI_PRINTLN);
		return;
	case BI_LEN: case BI_CAP: {
		Node *x = n->list.v[0];
		Type *u = under(x->type);
		Node *conv = x;
		while (conv->kind == N_PAREN)
			conv = conv->x;
		if (n->op == BI_LEN && !opt.no_opt && conv->kind == N_CONV && conv->mode != MODE_CONST) {
			/* len(string(b)) and len([]rune(s)) convert nothing (gc's isByteCount, isRuneCount) */
			if (is_bytes_to_string(conv)) {
				gen_expr(conv->x);
				emit("\tmovq 8(%%rax), %%rax");
				return;
			}
			Type *cu = under(conv->type);
			if (cu->kind == TY_SLICE && under(cu->elem)->kind == TY_INT32 && is_string(conv->x->type)) {
				gen_expr(conv->x);
				emit("\tmovq 8(%%rax), %%rsi");
				emit("\tmovq (%%rax), %%rdi");
				c_call("countrunes", 2);
				return;
			}
		}
		gen_expr(x);
		if (u->kind == TY_ARRAY || (u->kind == TY_POINTER && under(u->elem)->kind == TY_ARRAY)) {
			/* len of an array (or of a pointer to one, even nil) is its length;
			 * x was evaluated for its side effects */
			Type *at = u->kind == TY_ARRAY ? u : under(u->elem);
			emit("\tmovq $%lld, %%rax", (long long)at->len);
			return;
		}
		if (u->kind == TY_MAP || u->kind == TY_CHAN) {
			int nil = new_label();
			emit("\ttestq %%rax, %%rax");
			emit("\tje .L%d", nil);
			if (u->kind == TY_MAP)
				emit("\tmovq (%%rax), %%rax");
			else
				emit("\tmovq %d(%%rax), %%rax", n->op == BI_LEN ? 0 : 8);
			emit(".L%d:", nil);
			return;
		}
		emit("\tmovq %d(%%rax), %%rax", n->op == BI_LEN ? 8 : 16);
		return;
	}
	case BI_APPEND:
		gen_append(n);
		return;
	case BI_COPY: {
		Node *dst = n->list.v[0], *src = n->list.v[1];
		int64_t d = alloc_temp(24, 8), s = alloc_temp(24, 8);
		gen_to_temp(dst, d);
		gen_expr(src);
		emit("\tmovq (%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-s);
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-s + 8));
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-d);
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)(-d + 8));
		emit("\tmovq %lld(%%rbp), %%rdx", (long long)-s);
		emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-s + 8));
		emit("\tmovq $%lld, %%r8", (long long)type_size(under(dst->type)->elem));
		c_call("slicecopy", 5);
		return;
	}
	case BI_MAKE:
		gen_make(n);
		return;
	case BI_NEW:
		gen_new_object(n, under(n->type)->elem);
		return;
	case BI_PANIC:
		gen_expr(n->list.v[0]);
		emit("\tmovq 8(%%rax), %%rsi");
		emit("\tmovq (%%rax), %%rdi");
		gen_panic_call("gopanic");
		return;
	case BI_RECOVER: {
		/* "defer recover()" does not recover: the wrapper is not the caller Go means */
		if (fs->fn->is_defer_wrapper)
			emit("\txorl %%edi, %%edi");
		else
			emit("\tmovq %%rbp, %%rdi");
		c_call("gorecover", 1);
		string_result();
		return;
	}
	case BI_DELETE: {
		Node *m = n->list.v[0];
		int64_t mv = alloc_temp(8, 8);
		gen_expr(m);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-mv);
		int64_t k = key_temp(n->list.v[1]);
		emit("\tleaq %lld(%%rbp), %%rdx", (long long)-k);
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)-mv);
		emit("\tleaq %s(%%rip), %%rdi", type_desc(m->type));
		c_call("mapdelete", 3);
		return;
	}
	case BI_CLEAR: {
		Node *x = n->list.v[0];
		Type *u = under(x->type);
		gen_expr(x);
		if (u->kind == TY_MAP) {
			emit("\tmovq %%rax, %%rsi");
			emit("\tleaq %s(%%rip), %%rdi", type_desc(x->type));
			c_call("mapclear", 2);
		} else {
			emit("\tmovq 8(%%rax), %%rdx");
			emit("\timulq $%lld, %%rdx", (long long)type_size(u->elem));
			emit("\tmovq (%%rax), %%rdi");
			emit("\txorl %%esi, %%esi");
			c_call("memset", 3);
		}
		return;
	}
	case BI_MIN: case BI_MAX:
		gen_min_max(n, n->op == BI_MIN);
		return;
	case BI_COMPLEX: {
		Type *t = n->type;
		bool c64 = under(t)->kind == TY_COMPLEX64;
		int64_t res = alloc_temp(16, 8);
		gen_expr(n->list.v[0]);
		emit(c64 ? "\tmovl %%eax, %lld(%%rbp)" : "\tmovq %%rax, %lld(%%rbp)", (long long)-res);
		gen_expr(n->list.v[1]);
		emit(c64 ? "\tmovl %%eax, %lld(%%rbp)" : "\tmovq %%rax, %lld(%%rbp)", (long long)(-res + (c64 ? 4 : 8)));
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	case BI_REAL: case BI_IMAG: {
		bool c64 = under(n->list.v[0]->type)->kind == TY_COMPLEX64;
		gen_expr(n->list.v[0]);
		int off = n->op == BI_REAL ? 0 : (c64 ? 4 : 8);
		emit(c64 ? "\tmovl %d(%%rax), %%eax" : "\tmovq %d(%%rax), %%rax", off);
		return;
	}
	case BI_CLOSE:
		gen_expr(n->list.v[0]);
		emit("\tmovq %%rax, %%rdi");
		c_call("closechan", 1);
		return;
	case BI_ADD:
		gen_expr(n->list.v[0]);
		push();
		gen_expr(n->list.v[1]);
		pop("%rcx");
		emit("\taddq %%rcx, %%rax");
		return;
	case BI_SLICE: case BI_STRING: {
		int64_t res = alloc_temp(24, 8);
		gen_expr(n->list.v[0]);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
		gen_expr(n->list.v[1]);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-res + 8));
		if (n->op == BI_SLICE)
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-res + 16));
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	case BI_SLICEDATA: case BI_STRINGDATA:
		gen_expr(n->list.v[0]);
		emit("\tmovq (%%rax), %%rax");
		return;
	default:
		ice_at(n->pos, "built-in %d not implemented", n->op);
	}
}
