/*
 * escape.c — escape analysis, as gc 1.26 does it.
 *
 * The question: may a variable or an allocation live in its function's
 * stack frame?  Two invariants must hold: a pointer to a stack object is
 * never stored in the heap, and never outlives the object (because the
 * frame returned, or because a loop iteration reuses the storage).
 *
 * The model.  Every variable and every allocating expression is a
 * *location*.  Every assignment "dst = src" is a directed edge from src to
 * dst, weighted by *derefs*: the number of dereferences minus the number of
 * address-of operations on the way:
 *
 *     p = &q    // edge q -> p, derefs -1
 *     p = q     //               0
 *     p = *q    //               1
 *     p = **q   //               2
 *
 * Compound variables are not split: "x.f = u[0]" is modelled as "x = *u"
 * (indexing a slice dereferences it).  Four pseudo-locations are roots:
 * the heap (anything that reaches it escapes), the mutator (memory written
 * through), the callee (closures that get called) and blank (discarded).
 * An expression is evaluated into a *hole*: a destination location plus a
 * derefs count.
 *
 * Solving.  From every root, a Bellman-Ford walk over incoming edges
 * computes the minimal derefs from each location to the root (clamped at 0
 * after an address-of: for "root = &l; l = x", l's address reaches root but
 * x's does not).  A location whose *address* (derefs < 0) reaches a root
 * that outlives it escapes: roots that escape, result parameters (the
 * caller may keep them), variables declared outside the loop that declares
 * the location ("var p *int; for { p = new(int) }"), and variables of an
 * enclosing function (closures).  Roots are re-walked when they become
 * escaping or persistent, until nothing changes.
 *
 * Calls.  Functions are analysed bottom-up over the static call graph, one
 * strongly connected component at a time, so a callee's parameters are
 * *tagged* before its callers are analysed: for each parameter, the
 * minimal derefs with which its value reaches the heap, the mutator, the
 * callee root and each result.  A call site connects each argument to
 * those roots (or to the hole receiving the result).  Calls through
 * interfaces and function values have unknown callees: their arguments
 * escape.  Calls within one component connect arguments to parameters
 * directly.
 *
 * Closures are analysed with their enclosing function.  A captured
 * variable is captured by value when it is at most 128 bytes, never
 * reassigned (assignments before the closure at the same loop depth are
 * forgiven) and its address is never taken; otherwise by reference, i.e.
 * its address flows into the closure.
 *
 * Messages (-m) are printed as gc prints them: for each batch, first every
 * parameter's leaks ("leaking param: p", "leaking param content: p",
 * "leaking param: p to result ~r0 level=0", "p does not escape"), then every
 * location in creation order: "moved to heap: x" for escaping variables,
 * "X escapes to heap" / "X does not escape" for allocation sites.
 *
 * The files.  This one holds the model's primitives (locations, holes,
 * edges, leaks), the batches and the bottom-up walk of the call graph, and
 * escape_program, the entry point:
 *
 *     escape_expr.c      expressions, calls, gc's temporaries: edges
 *     escape_stmt.c      statements; walk_func builds one function's graph
 *     escape_solve.c     walk_all solves the graph; finish reports it
 *     escape_wrappers.c  gc's method wrappers (their -m=2 explanations)
 *     escape_init.c      the package's init function, analysed first
 *     escape_impl.h      what these files share
 */
#include "escape_impl.h"

Package *report_pkg; /* -m diagnostics are printed for this package only */

/* f(g()) calls and the arguments gc prints them with (pairs) */
Vec spread_calls;

Nodes *esc_spread_args(Node *call) {
	for (int i = 0; i + 1 < spread_calls.len; i += 2)
		if (spread_calls.data[i] == call)
			return spread_calls.data[i + 1];
	return NULL;
}

FnInfo *info(Func *fn) {
	if (!fn->aux)
		fn->aux = xalloc(sizeof(FnInfo));
	return fn->aux;
}

/* ---- leaks ---- */

static void leak_set(Leaks *l, int i, int derefs) {
	int v = derefs + 1;
	if (v > 255)
		v = 255;
	l->v[i] = (uint8_t)v;
}

void leak_add(Leaks *l, int i, int derefs) {
	int old = leak_get(l, i);
	if (old < 0 || derefs < old)
		leak_set(l, i, derefs);
}

/* Result entries no closer than the heap entry are redundant. */
void leak_optimize(Leaks *l) {
	int x = leak_get(l, LEAK_HEAP);
	if (x >= 0)
		for (int i = 1; i < NLEAKS; i++)
			if (leak_get(l, i) >= x)
				l->v[i] = 0;
}

/* ---- graph ---- */

Loc *new_loc(Esc *e, Node *n, Obj *var, bool persists) {
	Loc *l = xalloc(sizeof *l);
	l->n = n;
	l->var = var;
	l->fn = e->fn;
	l->loop_depth = e->loop_depth;
	if (var) {
		l->param = var->param || var->is_recv;
		l->param_out = var->result;
		var->esc = l;
	}
	if (n)
		n->esc = l;
	if (persists)
		l->attrs |= ATTR_PERSISTS;
	vec_push(&e->b->locs, l);
	return l;
}

Hole hole_of(Loc *l) { return (Hole){l, 0, NULL, false}; }

Hole note(Hole k, Node *where, const char *why) {
	if (opt.m >= 2) {
		Note *n = xalloc(sizeof *n);
		n->next = k.notes;
		n->where = where;
		n->why = why;
		k.notes = n;
	}
	return k;
}

Hole shift(Hole k, int delta) {
	k.derefs += delta;
	if (k.derefs < -1)
		ice_at(nopos, "escape: derefs underflow");
	k.addrtaken = delta < 0;
	return k;
}

Hole dot_type(Hole k, Type *t, Node *where, const char *why) {
	if (!is_interface(t) && !is_direct_iface(t))
		k = shift(k, 1);
	return note(k, where, why);
}

Pos autogen_pos(void) { return (Pos){AUTOGEN_FILE, 1, 1}; }


/* Where gc's IR puts a location: a variable's declaration, an
 * expression's node. */
Pos loc_pos(Loc *l) {
	if (l->var)
		return pos_valid(l->vpos) || l->vpos.file == AUTOGEN_FILE ? l->vpos : l->var->pos;
	return ir_pos(l->n);
}

/* gc's %v of a location's node: a variable's name or the expression. */
char *loc_node_text(Loc *l) {
	if (l->var)
		return l->var->name;
	return ir_string(l->n);
}

void flow(Esc *e, Hole k, Loc *src) {
	Batch *b = e->b;
	if (k.addrtaken)
		src->addrtaken = true;
	Loc *dst = k.dst;
	if (dst == &b->blank)
		return;
	if (dst == src && k.derefs >= 0)
		return;
	if ((dst->attrs & ATTR_ESCAPES) && k.derefs < 0) {
		if (opt.m >= 2 && (src->n || src->var) && !quiet_loc(src)) {
			char *pos = pos_str(loc_pos(src));
			diag_raw("%s: %s escapes to heap in %s:\n", pos, loc_node_text(src), short_name(src->fn));
			print_flow_explanation(b, dst, src, k.derefs, k.notes, pos);
		}
		src->attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
		return;
	}
	if (dst->nedges == dst->cedges) {
		dst->cedges = dst->cedges ? dst->cedges * 2 : 4;
		dst->edges = xrealloc(dst->edges, dst->cedges * sizeof(Edge));
	}
	dst->edges[dst->nedges++] = (Edge){src, k.derefs, k.notes};
}

/* A hole that flows into each of ks (via a temporary location). */
Hole tee(Esc *e, Hole *ks, int n) {
	if (n == 0)
		return discard_hole(e);
	if (n == 1)
		return ks[0];
	Loc *l = new_loc(e, NULL, NULL, false);
	for (int i = 0; i < n; i++) {
		if (ks[i].derefs < 0)
			ice_at(nopos, "escape: tee with negative derefs");
		flow(e, ks[i], l);
	}
	return hole_of(l);
}

Hole tee2(Esc *e, Hole a, Hole b) {
	Hole ks[2] = {a, b};
	return tee(e, ks, 2);
}

/* A hole that flows into k, but later: its storage must persist. */
Hole later(Esc *e, Hole k) {
	Loc *l = new_loc(e, NULL, NULL, true);
	flow(e, k, l);
	return hole_of(l);
}

/* An allocation site n: a new location whose address flows into k. */
Hole spill(Esc *e, Hole k, Node *n) {
	Loc *l = new_loc(e, n, NULL, false);
	flow(e, addr(k, n, "spill"), l);
	return hole_of(l);
}

/* ---- batches ---- */

static void init_func(Batch *b, Func *fn) {
	Esc e = {0};
	e.b = b;
	e.fn = fn;
	e.loop_depth = 1;
	info(fn)->state = 1;
	if (fn->recv)
		new_loc(&e, NULL, fn->recv, true);
	for (int i = 0; i < fn->params.len; i++)
		new_loc(&e, NULL, fn->params.data[i], true);
	for (int i = 0; i < fn->results.len; i++) {
		Loc *l = new_loc(&e, NULL, fn->results.data[i], true);
		l->result_index = i + 1;
	}
	int start = b->locs.len;
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o->kind == OBJ_VAR && !o->esc)
			new_loc(&e, NULL, o, true);
	}
	record_defs(fn->body);
	clause_var_positions(fn->body);
	implicit_positions(fn->body);
	spill_positions(fn->body);
	number_dcls(fn);
	dcl_locations(&e, fn, start);
}

void analyze_batch(Vec *fns) {
	Batch *b = xalloc(sizeof *b);
	b->heap.attrs = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
	b->mutator.attrs = ATTR_MUTATES;
	b->callee.attrs = ATTR_CALLS;
	b->fns = *fns;
	for (int i = 0; i < fns->len; i++)
		init_func(b, fns->data[i]);
	for (int i = 0; i < fns->len; i++) {
		Func *fn = fns->data[i];
		if (!is_closure(fn)) {
			Esc e = {0};
			e.b = b;
			e.fn = fn;
			walk_func(&e, fn);
		}
	}
	Esc e0 = {0};
	e0.b = b;
	e0.fn = fns->data[0];
	for (int i = 0; i < b->closures.len; i++) {
		ClosureReq *r = b->closures.data[i];
		flow_closure(&e0, r->k, r->lit);
	}
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = b->locs.data[i];
		rewrite_with_literals(l);
		if (!l->n && !l->var)
			continue;
		const char *why = heap_alloc_reason(l);
		if (why) {
			e0.fn = l->fn;
			flow(&e0, addr(heap_hole(&e0), l->n ? l->n : name_node(l->var, loc_pos(l)), why), l);
		}
	}
	walk_all(b);
	finish(b);
}

/* ---- the call graph, bottom up (gc's VisitFuncsBottomUp) ---- */

typedef struct Visitor {
	unsigned visitgen;
	Vec stack;
} Visitor;

static unsigned visit(Visitor *v, Func *fn);

static unsigned *node_id(Func *fn) { return &info(fn)->visit_id; }

typedef struct VisitCtx {
	Visitor *v;
	unsigned min;
} VisitCtx;

static void visit_refs(VisitCtx *c, Node *n);

static void do_ref(VisitCtx *c, Func *f) {
	if (!f)
		return;
	unsigned m = visit(c->v, f);
	if (m < c->min)
		c->min = m;
}

static void visit_list(VisitCtx *c, Nodes *l) {
	for (int i = 0; i < l->n; i++)
		visit_refs(c, l->v[i]);
}

static void visit_refs(VisitCtx *c, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_IDENT:
		if (n->obj && n->obj->kind == OBJ_FUNC)
			do_ref(c, n->obj->func);
		return;
	case N_SELECTOR:
		if ((n->sel_kind == SEL_METHOD || n->sel_kind == SEL_METHODVAL || n->sel_kind == SEL_METHODEXPR ||
		     n->sel_kind == SEL_QUALIFIED) && n->obj && n->obj->kind == OBJ_FUNC)
			do_ref(c, n->obj->func);
		visit_refs(c, n->x);
		return;
	case N_FUNCLIT:
		do_ref(c, n->fn);
		return;
	default:
		break;
	}
	visit_refs(c, n->x);
	visit_refs(c, n->y);
	visit_refs(c, n->z);
	visit_refs(c, n->w);
	visit_refs(c, n->init);
	visit_refs(c, n->cond);
	visit_refs(c, n->post);
	visit_refs(c, n->body);
	visit_refs(c, n->els);
	visit_list(c, &n->list);
	visit_list(c, &n->list2);
}

typedef void (*BatchFn)(Vec *fns);
static BatchFn batch_fn;

static unsigned visit(Visitor *v, Func *fn) {
	unsigned *idp = node_id(fn);
	if (*idp > 0)
		return *idp;
	v->visitgen++;
	unsigned id = v->visitgen;
	*idp = id;
	v->visitgen++;
	VisitCtx c = {v, v->visitgen};
	vec_push(&v->stack, fn);
	visit_refs(&c, fn->body);
	if ((c.min == id || c.min == id + 1) && !is_closure(fn)) {
		int i;
		for (i = v->stack.len - 1; i >= 0; i--) {
			Func *x = v->stack.data[i];
			*node_id(x) = ~0u;
			if (x == fn)
				break;
		}
		Vec block = {0};
		for (int k = i; k < v->stack.len; k++)
			vec_push(&block, v->stack.data[k]);
		v->stack.len = i;
		batch_fn(&block);
	}
	return c.min;
}

static void bottom_up(Program *prog, BatchFn fn) {
	batch_fn = fn;
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		for (int j = 0; j < p->funcs.len; j++)
			info(p->funcs.data[j])->visit_id = 0;
	}
	Visitor v = {0};
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		typestr_package = p;
		if (fn == analyze_batch && p == report_pkg) {
			/* gc's "init" comes first in its list of functions */
			PkgInit *pi = package_init(p);
			if (pi)
				visit(&v, pi->fn);
		}
		for (int j = 0; j < p->funcs.len; j++) {
			Func *f = p->funcs.data[j];
			if (!is_closure(f))
				visit(&v, f);
		}
		if (fn == analyze_batch && p == report_pkg && opt.m)
			analyze_wrappers(p);
		diag_flush();
	}
}

static void devirt_batch(Vec *fns) {
	for (int i = 0; i < fns->len; i++) {
		Func *fn = fns->data[i];
		devirtualize_func(fn, fn->pkg == report_pkg);
	}
}

bool esc_on_stack(Node *n) {
	if (opt.escape_all)
		return false;
	return (n->esc_flags & ESC_ANALYZED) && !(n->esc_flags & ESC_HEAP);
}

Node *esc_static_value(Node *n) { return static_value(n); }

bool esc_arg_leaks(Node *call, int idx) {
	if (opt.escape_all)
		return true; /* -d=escapeall: every parameter leaks */
	Node *f = skip_parens(call->x);
	Func *fn = static_callee(f);
	if (!fn && f->kind == N_IDENT) {
		Node *sv = skip_parens(static_value(f));
		if (sv != f)
			fn = static_callee(sv);
	}
	if (!fn)
		return true;
	Leaks *t = param_tag(fn, idx);
	if (!t)
		return true;
	for (int i = 0; i < NLEAKS; i++)
		if (leak_get(t, i) >= 0)
			return true;
	return false;
}

void escape_program(Program *prog) {
	report_pkg = prog->main;
	bottom_up(prog, devirt_batch);
	bottom_up(prog, analyze_batch);
}
