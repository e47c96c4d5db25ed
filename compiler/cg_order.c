/*
 * cg_order.c — the order of evaluation inside a statement, as gc's order
 * pass fixes it.
 *
 * The Go spec orders function calls, method calls, receives and the
 * logical operators left to right, and leaves the rest (when a variable is
 * read, when an index is checked) to the implementation.  gc evaluates all
 * of a statement's calls (and a few other operations) first, left to
 * right, into temporaries, and only then the rest of the statement:
 *
 *     x := 1
 *     f := func() int { x = 2; return 0 }
 *     println(x + f())        // gc prints 2: x is read after the call
 *     a[i] = g()              // i is read after g runs
 *
 * Programs observe this, so tgo does the same: before generating a
 * statement, order_stmt evaluates the hoisted operations in evaluation
 * order into temporaries of the statement and replaces each with an
 * N_TEMPREF; the statement's code then only reads them.  Hoisted, as in
 * gc's order.go: calls (not at the root of the statement), the built-ins
 * len, cap, make, new, append, copy, min, max, complex, real, imag and
 * recover, []byte(s) and []rune(s), slicing, receives, type assertions to
 * non-pointer-shaped types, and && / || (whose right operand stays lazy).
 * Conversions, arithmetic, indexing, selectors and variable reads are not.
 */
#include "codegen.h"

static void hoist(Node **np, bool root);

/* Temporaries holding pointers, hoisted since a statement began (pairs:
 * offset, size).  gc's order pass kills its temporaries after the
 * statement; tgo clears them, or the collector, which scans frames
 * conservatively, would keep what they point to alive for the rest of the
 * function ("println(bottomUp(19).check())" kept a 16 MiB tree). */
static Vec pointer_temps;

int order_temps_mark(void) { return pointer_temps.len; }

void order_kill_temps(int mark) {
	for (int i = mark; i + 1 < pointer_temps.len; i += 2) {
		int64_t off = (intptr_t)pointer_temps.data[i], size = (intptr_t)pointer_temps.data[i + 1];
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-off);
		zero_mem("%rdi", size);
	}
	pointer_temps.len = mark;
}

/* Evaluate *np now into a temporary and make it a reference to it. */
static void spill(Node **np) {
	Node *n = *np;
	Type *t = n->type;
	int64_t val = alloc_temp(type_size(t) ? type_size(t) : 8, type_align(t));
	if (has_pointers(t)) {
		vec_push(&pointer_temps, (void *)(intptr_t)val);
		vec_push(&pointer_temps, (void *)(intptr_t)type_size(t));
	}
	gen_expr(n);
	if (is_scalar(t)) {
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-val);
	} else {
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-val);
		copy_mem("%rdi", "%rax", type_size(t));
	}
	Node *r = temp_value_ref(val, t);
	r->pos = n->pos;
	r->mode = MODE_VALUE;
	*np = r;
}

static bool is_builtin_call(Node *n) {
	Node *f = n->x;
	while (f && f->kind == N_PAREN)
		f = f->x;
	return f && f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN;
}

/* Does gc copy the result of call n into a temporary (when n is not the
 * root of its statement)? */
static bool hoisted_call(Node *n) {
	if (!n->type || n->type->kind == TY_TUPLE || n->mode == MODE_NOVALUE || n->comma_ok)
		return false;
	if (!is_builtin_call(n))
		return true;
	switch (n->op) {
	case BI_LEN: case BI_CAP: case BI_MAKE: case BI_NEW: case BI_APPEND: case BI_COPY:
	case BI_MIN: case BI_MAX: case BI_COMPLEX: case BI_REAL: case BI_IMAG: case BI_RECOVER:
		return true;
	default:
		return false;
	}
}

static void hoist_list(Nodes *l) {
	for (int i = 0; i < l->n; i++)
		hoist(&l->v[i], false);
}

/* An inlined call (inline_call.c): its body runs where gc's order pass
 * puts it, and its result variables stand for it (gc's SingleResult). */
static void inlined_body(Node *n) {
	if (n->body) {
		gen_stmt(n->body);
		n->body = NULL;
	}
}

static void hoist_call(Node **np, bool root) {
	Node *n = *np;
	Node *f = n->x;
	if (f && f->kind == N_SELECTOR && (f->sel_kind == SEL_METHOD || f->sel_kind == SEL_IFACEMETHOD))
		hoist(&f->x, false); /* the receiver */
	else if (!is_builtin_call(n))
		hoist(&n->x, false); /* a function value */
	if (is_builtin_call(n) && n->op == BI_APPEND && is_append_of_make(n)) {
		/* the make stays, for append to extend s in place */
		Node *mk = n->list.v[1];
		while (mk->kind == N_PAREN)
			mk = mk->x;
		hoist(&n->list.v[0], false);
		hoist(&mk->list.v[1], false);
	} else {
		hoist_list(&n->list);
	}
	if (n->spread && n->list.n == 1 && n->list.v[0]->kind == N_INLCALL) {
		/* f(g()) with g inlined: f(~R0, ~R1) */
		Node *g = n->list.v[0];
		inlined_body(g);
		Nodes results = {0};
		for (int i = 0; i < g->list.n; i++)
			nodes_push(&results, g->list.v[i]);
		if (is_builtin_call(n)) {
			n->list = results; /* println(g()) */
			n->spread = false;
		} else {
			unspread_call(n, results);
		}
	}
	if (!root && hoisted_call(n))
		spill(np);
}

static bool is_string_to_slice(Node *n) {
	return n->kind == N_CONV && is_string(n->x->type) && under(n->type)->kind == TY_SLICE;
}

static void hoist(Node **np, bool root) {
	Node *n = *np;
	if (!n || n->mode == MODE_CONST || n->mode == MODE_TYPE)
		return;
	switch (n->kind) {
	case N_FUNCLIT: case N_IDENT: case N_BASICLIT: case N_TEMPREF:
		return;
	case N_CALL:
		hoist_call(np, root);
		return;
	case N_INLCALL:
		inlined_body(n);
		if (n->list.n == 1)
			*np = n->list.v[0];
		return;
	case N_BINARY:
		if (n->op == TK_LAND || n->op == TK_LOR) {
			/* the left operand, then maybe the right one: as a unit */
			if (!root)
				spill(np);
			return;
		}
		hoist(&n->x, false);
		hoist(&n->y, false);
		return;
	case N_UNARY:
		hoist(&n->x, false);
		if (n->op == TK_ARROW && !root && !n->comma_ok)
			spill(np);
		return;
	case N_TYPEASSERT:
		hoist(&n->x, false);
		if (!root && !n->comma_ok && !is_direct_iface(n->type))
			spill(np);
		return;
	case N_SLICE:
		hoist(&n->x, false);
		hoist(&n->y, false);
		hoist(&n->z, false);
		hoist(&n->w, false);
		if (!root)
			spill(np);
		return;
	case N_CONV:
		hoist(&n->x, false);
		if (!root && is_string_to_slice(n))
			spill(np);
		return;
	case N_COMPOSITE:
		for (int i = 0; i < n->list.n; i++) {
			Node **e = &n->list.v[i];
			if ((*e)->kind == N_KEYVALUE) {
				if (under(n->type)->kind == TY_MAP)
					hoist(&(*e)->x, false);
				hoist(&(*e)->y, false);
			} else {
				hoist(e, false);
			}
		}
		return;
	case N_SELECTOR:
		if (n->sel_kind != SEL_QUALIFIED && n->sel_kind != SEL_METHODEXPR)
			hoist(&n->x, false);
		return;
	case N_PAREN:
		hoist(&n->x, root);
		return;
	default:
		hoist(&n->x, false);
		hoist(&n->y, false);
		return;
	}
}

static bool is_plain_var(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	return n->kind == N_IDENT;
}

/* The left side of an assignment: its operands, not the location itself. */
static void hoist_target(Node **np) {
	Node *n = *np;
	while (n->kind == N_PAREN)
		n = n->x;
	switch (n->kind) {
	case N_INDEX:
		hoist(&n->x, false);
		hoist(&n->y, false);
		return;
	case N_STAR: case N_DEREF:
		hoist(&n->x, false);
		return;
	case N_SELECTOR:
		if (n->sel_kind == SEL_FIELD)
			hoist_target(&n->x);
		return;
	default:
		return;
	}
}

/* Order a condition or a switch tag evaluated on its own. */
void order_expr(Node **np) { hoist(np, true); }

/* One spec of a var declaration, ordered just before it is generated:
 * in "var ( a = f(); b = g(a) )" g's argument reads a after a = f(). */
void order_var_spec(Node *spec) {
	for (int j = 0; j < spec->list2.n; j++)
		hoist(&spec->list2.v[j], spec->list2.n == 1);
	if (spec->list.n > 1 && spec->list2.n == 1 && spec->list2.v[0]->kind == N_INLCALL)
		spec->list2 = spec->list2.v[0]->list; /* var a, b = ~R0, ~R1 */
}

/* Before the code of statement s: its hoisted operations, in order. */
void order_stmt(Node *s) {
	switch (s->kind) {
	case N_EXPRSTMT:
		hoist(&s->x, true);
		return;
	case N_ASSIGN: {
		for (int i = 0; i < s->list.n; i++)
			hoist_target(&s->list.v[i]);
		/* x = f() and x := f() leave the call where it is; in a tuple
		 * assignment, an op-assignment or an assignment to anything but a
		 * variable, the right side's call comes first */
		bool keep = s->list.n == 1 && s->list2.n == 1 && is_plain_var(s->list.v[0]) &&
		            (s->op == TK_ASSIGN || s->op == TK_DEFINE);
		if (s->op != TK_ASSIGN && s->op != TK_DEFINE && s->x && s->x->kind == N_BINARY) {
			hoist(&s->x->y, false); /* x op= y is generated from the checker's x op y */
			return;
		}
		for (int i = 0; i < s->list2.n; i++)
			hoist(&s->list2.v[i], keep);
		if (s->list.n > 1 && s->list2.n == 1 && s->list2.v[0]->kind == N_INLCALL)
			s->list2 = s->list2.v[0]->list; /* a, b = ~R0, ~R1 */
		return;
	}
	case N_RETURN:
		for (int i = 0; i < s->list.n; i++)
			hoist(&s->list.v[i], s->list.n == 1);
		if (s->list.n == 1 && s->list.v[0]->kind == N_INLCALL)
			s->list = s->list.v[0]->list; /* return ~R0, ~R1 */
		return;
	case N_INCDEC:
		hoist_target(&s->x);
		return;
	case N_SEND:
		hoist(&s->x, false);
		hoist(&s->y, false);
		return;
	case N_DECLSTMT:
		return; /* each spec of "var ( ... )" is a statement: order_var_spec */
	default:
		return;
	}
}
