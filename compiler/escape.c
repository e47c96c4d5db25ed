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
 */
#include "tgo.h"
#include "check.h"
#include "escape.h"

extern Package *typestr_package;
static Package *report_pkg; /* -m diagnostics are printed for this package only */
typedef struct Loc Loc;
static bool quiet_loc(Loc *l);

/* f(g()) calls and the arguments gc prints them with (pairs) */
static Vec spread_calls;

Nodes *esc_spread_args(Node *call) {
	for (int i = 0; i + 1 < spread_calls.len; i += 2)
		if (spread_calls.data[i] == call)
			return spread_calls.data[i + 1];
	return NULL;
}


/* ---- locations, edges, holes ---- */

enum {
	ATTR_ESCAPES = 1,  /* must be heap allocated */
	ATTR_PERSISTS = 2, /* address outlives the statement */
	ATTR_MUTATES = 4,  /* memory reachable from it may be written */
	ATTR_CALLS = 8,    /* closures reachable from it may be called */
};

enum { LEAK_HEAP, LEAK_MUTATOR, LEAK_CALLEE, LEAK_RESULT0, NLEAKS = 8 };
#define NUM_ESC_RESULTS (NLEAKS - LEAK_RESULT0)

typedef struct Leaks {
	uint8_t v[NLEAKS]; /* derefs + 1; 0 = no flow */
} Leaks;

typedef struct Note {
	struct Note *next;
	Node *where;
	const char *why;
} Note;

typedef struct Loc Loc;

typedef struct Edge {
	Loc *src;
	int derefs;
	Note *notes;
} Edge;

struct Loc {
	Node *n;          /* allocating expression, or NULL */
	Obj *var;         /* variable, or NULL */
	Func *fn;         /* enclosing function */
	Edge *edges;      /* incoming */
	int nedges, cedges;
	int loop_depth;
	int result_index; /* 1-based for result parameters */
	int derefs;
	unsigned walkgen;
	Loc *dst;
	int dst_edge;
	bool queued_all;
	unsigned queued_one;
	unsigned attrs;
	Leaks param_esc;
	bool captured, reassigned, addrtaken, param, param_out;
	const char *special; /* name of a root */
	Pos vpos;            /* a variable's position, when not its Obj's (type switch clauses) */
	Pos dclpos;          /* where gc declares it, when not at vpos (go/defer temporaries) */
	int dclseq;
};

typedef struct Hole {
	Loc *dst;
	int derefs;
	Note *notes;
	bool addrtaken;
} Hole;

typedef struct Batch {
	Vec locs;        /* Loc*, creation order */
	Vec closures;    /* ClosureReq* */
	Loc heap, mutator, callee, blank;
	Vec fns;         /* Func* of the batch */
} Batch;

typedef struct ClosureReq {
	Hole k;
	Node *lit;
} ClosureReq;

typedef struct Esc {
	Batch *b;
	Func *fn;
	int loop_depth;
	Map labels;      /* label name -> 1 nonlooping, 2 looping */
} Esc;

/* per-Func state */
typedef struct FnInfo {
	int state;        /* 0 unknown, 1 planned, 2 started, 3 tagged */
	unsigned visit_id;/* call graph walk */
	Leaks *tags;      /* receiver + params */
	int ntags;
	bool results_lost;
	Vec dcl_sites;    /* DclSite*: gc's declaration numbering (temporaries) */
	bool dupok;       /* a method wrapper: no -m lines, only -m=2 explanations */
	bool numbered;    /* number_dcls ran */
} FnInfo;

/* gc analyses a func literal that captures nothing like a top-level
 * function (its own batch, tagged before its callers); only literals with
 * captured variables are analysed inside their enclosing function. */
static bool is_closure(Func *fn) { return fn->outer && fn->captures.len > 0; }

static FnInfo *info(Func *fn) {
	if (!fn->aux)
		fn->aux = xalloc(sizeof(FnInfo));
	return fn->aux;
}

/* ---- leaks ---- */

static int leak_get(Leaks *l, int i) { return (int)l->v[i] - 1; }

static void leak_set(Leaks *l, int i, int derefs) {
	int v = derefs + 1;
	if (v > 255)
		v = 255;
	l->v[i] = (uint8_t)v;
}

static void leak_add(Leaks *l, int i, int derefs) {
	int old = leak_get(l, i);
	if (old < 0 || derefs < old)
		leak_set(l, i, derefs);
}

/* Result entries no closer than the heap entry are redundant. */
static void leak_optimize(Leaks *l) {
	int x = leak_get(l, LEAK_HEAP);
	if (x >= 0)
		for (int i = 1; i < NLEAKS; i++)
			if (leak_get(l, i) >= x)
				l->v[i] = 0;
}

/* ---- graph ---- */

static Loc *new_loc(Esc *e, Node *n, Obj *var, bool persists) {
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

static Loc *var_loc(Obj *o) { return o->esc; }

static Hole hole_of(Loc *l) { return (Hole){l, 0, NULL, false}; }

static Hole note(Hole k, Node *where, const char *why) {
	if (opt.m >= 2) {
		Note *n = xalloc(sizeof *n);
		n->next = k.notes;
		n->where = where;
		n->why = why;
		k.notes = n;
	}
	return k;
}

static Hole shift(Hole k, int delta) {
	k.derefs += delta;
	if (k.derefs < -1)
		ice_at(nopos, "escape: derefs underflow");
	k.addrtaken = delta < 0;
	return k;
}

static Hole deref(Hole k, Node *where, const char *why) { return note(shift(k, 1), where, why); }
static Hole addr(Hole k, Node *where, const char *why) { return note(shift(k, -1), where, why); }

static Hole dot_type(Hole k, Type *t, Node *where, const char *why) {
	if (!is_interface(t) && !is_direct_iface(t))
		k = shift(k, 1);
	return note(k, where, why);
}

static void print_flow_explanation(Batch *b, Loc *dst, Loc *src, int derefs, Note *notes, const char *pos);
static char *loc_text(Batch *b, Loc *l);
static const char *short_name(Func *fn);
static Pos ir_pos(Node *n);

/* Positions of compiler-generated code print as gc's "<autogenerated>:1". */
#define AUTOGEN_FILE (-7)
static Pos autogen_pos(void) { return (Pos){AUTOGEN_FILE, 1, 1}; }

static char *esc_pos_str(Pos p) {
	if (p.file == AUTOGEN_FILE)
		return "<autogenerated>:1";
	return pos_str(p);
}

/* Where gc's IR puts a location: a variable's declaration, an
 * expression's node. */
static Pos loc_pos(Loc *l) {
	if (l->var)
		return pos_valid(l->vpos) || l->vpos.file == AUTOGEN_FILE ? l->vpos : l->var->pos;
	return ir_pos(l->n);
}

/* gc's %v of a location's node: a variable's name or the expression. */
static char *loc_node_text(Loc *l) {
	if (l->var)
		return l->var->name;
	return ir_string(l->n);
}

static void flow(Esc *e, Hole k, Loc *src) {
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
			char *pos = esc_pos_str(loc_pos(src));
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

static Hole heap_hole(Esc *e) { return hole_of(&e->b->heap); }
static Hole mutator_hole(Esc *e) { return hole_of(&e->b->mutator); }
static Hole callee_hole(Esc *e) { return hole_of(&e->b->callee); }
static Hole discard_hole(Esc *e) { return hole_of(&e->b->blank); }

/* A hole that flows into each of ks (via a temporary location). */
static Hole tee(Esc *e, Hole *ks, int n) {
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

static Hole tee2(Esc *e, Hole a, Hole b) {
	Hole ks[2] = {a, b};
	return tee(e, ks, 2);
}

/* A hole that flows into k, but later: its storage must persist. */
static Hole later(Esc *e, Hole k) {
	Loc *l = new_loc(e, NULL, NULL, true);
	flow(e, k, l);
	return hole_of(l);
}

/* An allocation site n: a new location whose address flows into k. */
static Hole spill(Esc *e, Hole k, Node *n) {
	Loc *l = new_loc(e, n, NULL, false);
	flow(e, addr(k, n, "spill"), l);
	return hole_of(l);
}

/* ---- expressions ---- */

static void expr(Esc *e, Hole k, Node *n);
static void call(Esc *e, Hole *ks, int nks, Node *n);
static void stmt(Esc *e, Node *s);
static void block(Esc *e, Nodes *l);
static void walk_func(Esc *e, Func *fn);

static Node *synth_assign(Pos pos, int op, Nodes lhs, Nodes rhs);
static Node *new_value_lit(Node *n);
static Node *name_node(Obj *o, Pos pos);
static Obj *new_autotmp(Esc *e, Type *t, Pos pos);

static void discard(Esc *e, Node *n) { expr(e, discard_hole(e), n); }

static void discards(Esc *e, Nodes *l) {
	for (int i = 0; i < l->n; i++)
		discard(e, l->v[i]);
}

static bool is_blank_ident(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n && n->kind == N_IDENT && strcmp(n->name, "_") == 0 && (!n->obj || strcmp(n->obj->name, "_") == 0);
}

static void assign_heap(Esc *e, Node *src, const char *why, Node *where) {
	expr(e, note(heap_hole(e), where, why), src);
}

static bool is_iface_conv(Node *n) {
	return n->kind == N_CONV && is_interface(n->type) && n->x->type && !is_interface(n->x->type) &&
	       n->x->type->kind != TY_UNTYPED_NIL;
}

static bool is_string_conv(Node *n) {
	if (n->kind != N_CONV || n->mode == MODE_CONST)
		return false;
	Type *to = under(n->type), *from = under(n->x->type);
	if (to->kind == TY_STRING && (from->kind == TY_SLICE || is_integer(from)))
		return true;
	if (to->kind == TY_SLICE && from->kind == TY_STRING)
		return true;
	return false;
}

static bool is_string_concat(Node *n) {
	return n->kind == N_BINARY && n->op == TK_ADD && n->mode != MODE_CONST && is_string(n->type);
}

static void concat_operands(Node *n, Vec *out) {
	if (is_string_concat(n)) {
		concat_operands(n->x, out);
		concat_operands(n->y, out);
		return;
	}
	if (n->kind == N_PAREN && n->mode != MODE_CONST && is_string_concat(n->x)) {
		concat_operands(n->x, out);
		return;
	}
	vec_push(out, n);
}

/* unsafe.Pointer(x) where x is a uintptr expression: trace the pointers
 * the arithmetic was made from. */
static void unsafe_value(Esc *e, Hole k, Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	switch (n->kind) {
	case N_CONV:
		if (under(n->x->type)->kind == TY_UNSAFEPTR)
			expr(e, k, n->x);
		else
			discard(e, n->x);
		return;
	case N_UNARY:
		if (n->op == TK_ADD || n->op == TK_SUB || n->op == TK_XOR) {
			unsafe_value(e, k, n->x);
			return;
		}
		break;
	case N_BINARY:
		if (n->op == TK_SHL || n->op == TK_SHR) {
			unsafe_value(e, k, n->x);
			discard(e, n->y);
			return;
		}
		if (n->op != TK_LAND && n->op != TK_LOR && n->op != TK_EQL && n->op != TK_NEQ && n->op != TK_LSS &&
		    n->op != TK_LEQ && n->op != TK_GTR && n->op != TK_GEQ) {
			unsafe_value(e, k, n->x);
			unsafe_value(e, k, n->y);
			return;
		}
		break;
	default:
		break;
	}
	expr(e, discard_hole(e), n);
}

static Node *static_value(Node *n);

static Node *skip_parens(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

/* Go 1.26's new(v), which tgo's checker rewrites to &[]T{v}[0] (keeping
 * the source text): its slice literal, or NULL. */
static Node *new_value_lit(Node *n) {
	if (n->kind != N_UNARY || n->op != TK_AND || !n->text)
		return NULL;
	Node *x = skip_parens(n->x);
	if (x->kind != N_INDEX || skip_parens(x->x)->kind != N_COMPOSITE)
		return NULL;
	return skip_parens(x->x);
}

/* new(v): gc declares "tmp := v" and takes &tmp.  The slice literal of
 * tgo's rewrite stays the allocation site the back end looks at. */
static void new_value(Esc *e, Hole k, Node *n, Node *lit) {
	Obj *t = new_autotmp(e, lit->list.v[0]->type, n->pos);
	Loc *l = var_loc(t);
	l->n = lit;
	lit->esc = l;
	n->name = t->name; /* printed as &.autotmp_N */
	Nodes tl = {0}, vl = {0};
	nodes_push(&tl, name_node(t, n->pos));
	nodes_push(&vl, lit->list.v[0]);
	Node *as = synth_assign(n->pos, TK_ASSIGN, tl, vl);
	expr(e, note(hole_of(l), as, "assign"), lit->list.v[0]);
	Node *ad = new_node(N_ADDR, n->pos);
	ad->x = tl.v[0];
	ad->type = n->type;
	ad->mode = MODE_VALUE;
	flow(e, addr(k, ad, "address-of"), l);
}

/* The implicit &a gc slices when a is an array: printed as "a", at the
 * slice's '['. */
static Node *implicit_addr(Node *slice) {
	Node *a = new_node(N_ADDR, slice->pos);
	a->x = slice->x;
	a->implicit = true;
	a->type = pointer_to(slice->x->type);
	a->mode = MODE_VALUE;
	return a;
}

static void clause_var_positions(Node *n);
static void implicit_positions(Node *n);
static void spill_positions(Node *n);
static Node *spill_stmt(Node *as);
static int static_bool(Node *e);
static void number_dcls(Func *fn);
static Obj *tuple_conv_tmp(Node *n);
static void assign_tuple(Esc *e, Node *s, Node **dsts, int nl, Node *rhs, bool declaring, Pos site, Pos pos,
                         bool ret);

/* ---- gc's temporaries ----
 *
 * gc's front end declares temporaries (".autotmp_N") that escape analysis
 * then sees as variables: for each value of a multi-value assignment
 * "a, b = f()" / "v, ok = m[k]" and of a call f(g()), and for the operands
 * of go and defer calls (lower.c makes those).  N is the number of
 * variables the function had declared by then: parameters and results,
 * then locals and temporaries in source order.  DclSite records, in
 * source order, how many declarations each position makes. */

typedef struct DclSite {
	Pos pos;
	Pos key;    /* sort key: a construct's temporaries come after those of its operands */
	int depth;
	int count;  /* declarations made here */
	int base;   /* N of the first one */
	int used;   /* temporaries of this site handed out so far */
	Obj *var;   /* a declared variable, or NULL for a site of temporaries */
	Obj **tmps; /* the temporaries (their locations exist from the start, as gc's Dcl) */
	int seq;    /* order among the declarations at the same position */
} DclSite;

static bool pos_before(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

static int tuple_len(Node *x) {
	x = skip_parens(x);
	if (x->type && x->type->kind == TY_TUPLE)
		return x->type->nfields;
	if (x->comma_ok || (x->kind == N_CONV && x->implicit && x->x && skip_parens(x->x)->comma_ok))
		return 2;
	return 0;
}

static Pos max_pos(Node *n, Pos m) {
	if (!n || n->kind == N_FUNCLIT)
		return m;
	if (pos_valid(n->pos) && n->pos.file == m.file && pos_before(m, n->pos))
		m = n->pos;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		m = max_pos(kids[i], m);
	for (int i = 0; i < n->list.n; i++)
		m = max_pos(n->list.v[i], m);
	for (int i = 0; i < n->list2.n; i++)
		m = max_pos(n->list2.v[i], m);
	return m;
}

static int site_depth;

static void add_site(Vec *sites, Pos pos, int count, Obj *var) {
	DclSite *d = xalloc(sizeof *d);
	d->pos = pos;
	d->key = pos;
	d->depth = site_depth;
	d->count = count;
	d->var = var;
	vec_push(sites, d);
}

static void temp_sites(Node *n, Func *fn, Vec *sites) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	int k;
	Node *operands = NULL; /* the construct whose temporaries come before this site's */
	switch (n->kind) {
	case N_ASSIGN:
		if (n->list.n >= 2 && n->list2.n == 1 && (k = tuple_len(n->list2.v[0])) > 0) {
			add_site(sites, n->pos, k, NULL);
			operands = n->list2.v[0];
		}
		break;
	case N_VALUESPEC:
		if (n->list.n >= 2 && n->list2.n == 1 && (k = tuple_len(n->list2.v[0])) > 0) {
			add_site(sites, n->list.v[n->list.n - 1]->pos, k, NULL);
			operands = n->list2.v[0];
		}
		break;
	case N_RETURN:
		if (n->list.n == 1 && fn->results.len >= 2 && (k = tuple_len(n->list.v[0])) > 0) {
			add_site(sites, n->pos, k, NULL);
			operands = n->list.v[0];
		}
		break;
	case N_CALL:
		if (n->spread && n->list.n == 1 && (k = tuple_len(n->list.v[0])) > 0) {
			add_site(sites, n->pos, k, NULL);
			operands = n->list.v[0];
		}
		break;
	case N_UNARY:
		if (new_value_lit(n))
			add_site(sites, n->pos, 1, NULL);
		break;
	default:
		break;
	}
	if (operands) {
		/* the site's temporaries are declared after its operands are read */
		DclSite *d = sites->data[sites->len - 1];
		Pos m = max_pos(operands, d->pos);
		if (pos_before(d->key, m))
			d->key = m;
	}
	site_depth++;
	Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		temp_sites(kids[i], fn, sites);
	for (int i = 0; i < n->list.n; i++)
		temp_sites(n->list.v[i], fn, sites);
	for (int i = 0; i < n->list2.n; i++)
		temp_sites(n->list2.v[i], fn, sites);
	site_depth--;
}

static int site_order(const void *a, const void *b) {
	const DclSite *x = *(DclSite *const *)a, *y = *(DclSite *const *)b;
	if (pos_before(x->key, y->key))
		return -1;
	if (pos_before(y->key, x->key))
		return 1;
	if (x->depth != y->depth)
		return y->depth - x->depth; /* inner constructs first */
	if ((x->var != NULL) != (y->var != NULL))
		return x->var ? -1 : 1;
	return x->seq - y->seq;
}

/* Number fn's declarations as gc's Dcl list would; rename lower.c's
 * temporaries accordingly. */
static void number_dcls(Func *fn) {
	FnInfo *fi = info(fn);
	Vec *sites = &fi->dcl_sites;
	sites->len = 0;
	fi->numbered = true;
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o->kind != OBJ_VAR || strcmp(o->name, "_") == 0)
			continue;
		Loc *l = o->esc;
		site_depth = 0;
		add_site(sites, l && pos_valid(l->dclpos) ? l->dclpos : l && pos_valid(l->vpos) ? l->vpos : o->pos, 1, o);
		if (l && pos_valid(l->dclpos))
			((DclSite *)sites->data[sites->len - 1])->seq = l->dclseq;
	}
	temp_sites(fn->body, fn, sites);
	qsort(sites->data, sites->len, sizeof(void *), site_order);
	int k = (fn->recv ? 1 : 0) + fn->params.len + fn->results.len;
	for (int i = 0; i < sites->len; i++) {
		DclSite *d = sites->data[i];
		d->base = k;
		k += d->count;
		if (d->var && has_prefix(d->var->name, ".autotmp_"))
			d->var->name = fmt(".autotmp_%d", d->base);
	}
}

/* Give fn's variables their locations in gc's Dcl order (so that "moved
 * to heap" lines come in gc's order), with the temporaries of number_dcls'
 * sites.  The locations of fn's locals are b's last, from index start. */
static void dcl_locations(Esc *e, Func *fn, int start) {
	Batch *b = e->b;
	FnInfo *fi = info(fn);
	Vec tail = {0};
	for (int i = 0; i < fi->dcl_sites.len; i++) {
		DclSite *d = fi->dcl_sites.data[i];
		if (d->var) {
			Loc *l = var_loc(d->var);
			for (int k = start; l && k < b->locs.len; k++)
				if (b->locs.data[k] == l) {
					vec_push(&tail, l);
					b->locs.data[k] = NULL;
				}
			continue;
		}
		d->tmps = xalloc(sizeof(Obj *) * (d->count + 1));
		for (int k = 0; k < d->count; k++) {
			Obj *o = new_obj(OBJ_VAR, fmt(".autotmp_%d", d->base + k), d->pos, type_int);
			o->func = fn;
			Loc *l = xalloc(sizeof *l);
			l->var = o;
			l->fn = fn;
			l->loop_depth = e->loop_depth;
			l->attrs = ATTR_PERSISTS;
			o->esc = l;
			d->tmps[k] = o;
			vec_push(&tail, l);
		}
	}
	for (int k = start; k < b->locs.len; k++)
		if (b->locs.data[k])
			vec_push(&tail, b->locs.data[k]);
	b->locs.len = start;
	for (int k = 0; k < tail.len; k++)
		vec_push(&b->locs, tail.data[k]);
}

/* A temporary gc's front end declares at pos (a site of number_dcls). */
static Obj *new_autotmp(Esc *e, Type *t, Pos pos) {
	Func *fn = e->fn;
	FnInfo *fi = info(fn);
	int k = -1;
	for (int i = 0; i < fi->dcl_sites.len; i++) {
		DclSite *d = fi->dcl_sites.data[i];
		if (!d->var && d->pos.line == pos.line && d->pos.col == pos.col && d->pos.file == pos.file &&
		    d->used < d->count) {
			if (d->tmps) {
				Obj *o = d->tmps[d->used++];
				o->type = t;
				var_loc(o)->loop_depth = e->loop_depth;
				return o;
			}
			k = d->base + d->used++;
			break;
		}
	}
	if (k < 0) {
		/* not a known site: the count of declarations before pos */
		k = (fn->recv ? 1 : 0) + fn->params.len + fn->results.len;
		for (int i = 0; i < fi->dcl_sites.len; i++) {
			DclSite *d = fi->dcl_sites.data[i];
			if (pos_before(d->pos, pos))
				k = d->base + d->count;
		}
	}
	Obj *o = new_obj(OBJ_VAR, fmt(".autotmp_%d", k), pos, t);
	o->func = fn;
	Esc inner = *e;
	new_loc(&inner, NULL, o, true);
	return o;
}

static void closure_expr(Esc *e, Hole k, Node *n) {
	Func *fn = n->fn;
	k = spill(e, k, n);
	ClosureReq *r = xalloc(sizeof *r);
	r->k = k;
	r->lit = n;
	vec_push(&e->b->closures, r);
	for (int i = 0; i < fn->captures.len; i++) {
		Obj *o = fn->captures.data[i];
		Loc *l = var_loc(o);
		if (!l)
			continue;
		if (!l->captured) {
			l->captured = true;
			if (l->loop_depth == e->loop_depth)
				l->reassigned = false;
		}
	}
	if (!is_closure(fn))
		return;
	/* the closure's own variables get locations now */
	Esc inner = *e;
	inner.fn = fn;
	Vec vars = {0};
	for (int i = 0; i < fn->params.len; i++)
		vec_push(&vars, fn->params.data[i]);
	for (int i = 0; i < fn->results.len; i++)
		vec_push(&vars, fn->results.data[i]);
	for (int i = 0; i < fn->locals.len; i++)
		vec_push(&vars, fn->locals.data[i]);
	for (int i = 0; i < vars.len; i++) {
		Obj *o = vars.data[i];
		if (o->kind == OBJ_VAR && !o->esc)
			new_loc(&inner, NULL, o, true);
	}
	if (!info(fn)->numbered) {
		clause_var_positions(fn->body);
		implicit_positions(fn->body);
		spill_positions(fn->body);
		number_dcls(fn);
	}
	walk_func(e, fn);
}

static void method_value(Esc *e, Hole k, Node *n) {
	Hole closure_k = spill(e, k, n);
	/* the receiver flows into the method's receiver parameter (whose
	 * results are assumed to go to the heap) and into the closure */
	Hole param_k;
	if (n->sel_kind == SEL_METHODVAL && n->obj && n->obj->func) {
		Func *m = n->obj->func;
		FnInfo *fi = info(m);
		int nres = m->type ? m->type->nresults : 0;
		Hole ks[NUM_ESC_RESULTS];
		for (int i = 0; i < nres && i < NUM_ESC_RESULTS; i++)
			ks[i] = heap_hole(e);
		if (fi->state > 0 && fi->state < 3) {
			param_k = m->recv && var_loc(m->recv) ? hole_of(var_loc(m->recv)) : discard_hole(e);
		} else if (fi->tags) {
			Leaks *t = &fi->tags[0];
			Hole tks[NLEAKS];
			int nt = 0;
			if (leak_get(t, LEAK_HEAP) >= 0)
				tks[nt++] = shift(heap_hole(e), leak_get(t, LEAK_HEAP));
			if (leak_get(t, LEAK_MUTATOR) >= 0)
				tks[nt++] = shift(mutator_hole(e), leak_get(t, LEAK_MUTATOR));
			if (leak_get(t, LEAK_CALLEE) >= 0)
				tks[nt++] = shift(callee_hole(e), leak_get(t, LEAK_CALLEE));
			for (int i = 0; i < nres && i < NUM_ESC_RESULTS; i++)
				if (leak_get(t, LEAK_RESULT0 + i) >= 0)
					tks[nt++] = shift(ks[i], leak_get(t, LEAK_RESULT0 + i));
			param_k = tee(e, tks, nt);
		} else {
			param_k = heap_hole(e);
		}
	} else {
		param_k = heap_hole(e);
	}
	expr(e, tee2(e, param_k, closure_k), n->x);
}

static void composite(Esc *e, Hole k, Node *n) {
	Type *u = under(n->type);
	switch (u->kind) {
	case TY_SLICE:
		k = spill(e, k, n);
		for (int i = 0; i < n->list.n; i++) {
			Node *el = n->list.v[i];
			if (el->kind == N_KEYVALUE)
				el = el->y;
			expr(e, note(k, n, "slice-literal-element"), el);
		}
		return;
	case TY_MAP:
		spill(e, k, n);
		for (int i = 0; i < n->list.n; i++) {
			Node *kv = n->list.v[i];
			assign_heap(e, kv->x, "map literal key", n);
			assign_heap(e, kv->y, "map literal value", n);
		}
		return;
	case TY_ARRAY:
		for (int i = 0; i < n->list.n; i++) {
			Node *el = n->list.v[i];
			if (el->kind == N_KEYVALUE)
				el = el->y;
			expr(e, note(k, n, "array literal element"), el);
		}
		return;
	default:
		for (int i = 0; i < n->list.n; i++) {
			Node *el = n->list.v[i];
			if (el->kind == N_KEYVALUE)
				el = el->y;
			expr(e, note(k, n, "struct literal element"), el);
		}
		return;
	}
}

static void expr(Esc *e, Hole k, Node *n) {
	if (!n)
		return;
	if (k.derefs >= 0 && n->type && !is_untyped(n->type) && n->type->kind != TY_TUPLE && !has_pointers(n->type))
		k.dst = &e->b->blank;
	if (n->mode == MODE_CONST || n->mode == MODE_TYPE)
		return;
	switch (n->kind) {
	case N_BASICLIT:
		return;
	case N_IDENT: {
		Obj *o = n->obj;
		if (!o || o->kind != OBJ_VAR || o->global)
			return;
		Loc *l = var_loc(o);
		if (l)
			flow(e, k, l);
		return;
	}
	case N_PAREN:
		expr(e, k, n->x);
		return;
	case N_UNARY:
		switch (n->op) {
		case TK_AND: {
			Node *x = skip_parens(n->x);
			Node *nl = new_value_lit(n);
			if (nl) {
				new_value(e, k, n, nl);
				return;
			}
			if (x->kind == N_COMPOSITE) {
				/* &T{...}: an allocation site */
				expr(e, spill(e, k, n), x);
				return;
			}
			expr(e, addr(k, n, "address-of"), n->x);
			return;
		}
		case TK_ARROW:
			discard(e, n->x);
			return;
		default:
			discard(e, n->x);
			return;
		}
	case N_BINARY:
		if (is_string_concat(n)) {
			spill(e, k, n);
			Vec ops = {0};
			concat_operands(n, &ops);
			for (int i = 0; i < ops.len; i++)
				discard(e, ops.data[i]);
			return;
		}
		discard(e, n->x);
		discard(e, n->y);
		return;
	case N_ADDR:
		expr(e, addr(k, n, "address-of"), n->x);
		return;
	case N_STAR: case N_DEREF:
		expr(e, deref(k, n, "indirection"), n->x);
		return;
	case N_SELECTOR:
		switch (n->sel_kind) {
		case SEL_FIELD: {
			Node *x = skip_parens(n->x);
			if (x->kind == N_DEREF && x->implicit) {
				/* p.f: gc's ODOTPTR */
				expr(e, deref(k, n, "dot of pointer"), x->x);
				return;
			}
			expr(e, note(k, n, "dot"), n->x);
			return;
		}
		case SEL_METHODVAL: case SEL_IFACEMETHOD:
			method_value(e, k, n);
			return;
		default:
			return; /* qualified names, method expressions */
		}
	case N_TYPEASSERT:
		expr(e, dot_type(k, n->type, n, "dot"), n->x);
		return;
	case N_INDEX: {
		TypeKind xk = under(n->x->type)->kind;
		if (xk == TY_MAP) {
			discard(e, n->x);
			discard(e, n->y);
			return;
		}
		if (xk == TY_ARRAY)
			expr(e, note(k, n, "fixed-array-index-of"), n->x);
		else
			expr(e, deref(k, n, "dot of pointer"), n->x);
		discard(e, n->y);
		return;
	}
	case N_SLICE: {
		Node *x = skip_parens(n->x);
		if (x->kind == N_DEREF && x->implicit) {
			/* p[i:j] with p a pointer to an array */
			expr(e, note(k, n, "slice"), x->x);
		} else if (under(n->x->type)->kind == TY_ARRAY) {
			/* a[i:j]: gc slices &a, an implicit address-of */
			expr(e, addr(note(k, n, "slice"), implicit_addr(n), "address-of"), n->x);
		} else {
			expr(e, note(k, n, "slice"), n->x);
		}
		discard(e, n->y);
		discard(e, n->z);
		discard(e, n->w);
		return;
	}
	case N_CONV: {
		Node *x = n->x;
		Obj *tmp = tuple_conv_tmp(n);
		if (tmp) {
			/* a conversion of an N:1 assignment's temporary */
			if (!is_direct_iface(tmp->type))
				k = spill(e, k, n);
			expr(e, note(k, n, "interface-converted"), name_node(tmp, n->pos));
			return;
		}
		if (is_iface_conv(n)) {
			if (!is_direct_iface(x->type))
				k = spill(e, k, n);
			expr(e, note(k, n, "interface-converted"), x);
			return;
		}
		if (is_string_conv(n)) {
			spill(e, k, n);
			discard(e, x);
			return;
		}
		if (is_interface(n->type) && is_interface(x->type) && !types_identical(n->type, x->type)) {
			/* interface to interface: gc's OCONVIFACE, no new storage */
			expr(e, note(k, n, "interface-converted"), x);
			return;
		}
		Type *to = under(n->type), *from = under(x->type);
		if (to->kind == TY_UNSAFEPTR && from->kind == TY_UINTPTR) {
			unsafe_value(e, k, x);
			return;
		}
		if (from->kind == TY_SLICE && to->kind == TY_ARRAY) {
			expr(e, deref(k, n, "slice-to-array"), x);
			return;
		}
		expr(e, k, x);
		return;
	}
	case N_CALL: {
		Hole ks[1] = {k};
		call(e, ks, 1, n);
		return;
	}
	case N_COMPOSITE:
		composite(e, k, n);
		return;
	case N_FUNCLIT:
		closure_expr(e, k, n);
		return;
	case N_KEYVALUE:
		expr(e, k, n->y);
		return;
	case N_TEMPREF:
		return;
	default:
		return;
	}
}

/* ---- calls ---- */

static Func *static_callee(Node *f) {
	f = skip_parens(f);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj && f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	if (f->kind == N_SELECTOR && (f->sel_kind == SEL_METHOD || f->sel_kind == SEL_METHODEXPR) && f->obj &&
	    f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	if (f->kind == N_FUNCLIT)
		return f->fn;
	return NULL;
}

/* The parameter that argument i of a call of fn receives, and its tag
 * index (receiver first).  mexpr: a method expression call T.M(x, ...),
 * whose first argument is the receiver. */
static Obj *param_for(Func *fn, bool mexpr, int idx, int i, int *tag) {
	if (mexpr) {
		*tag = i;
		if (i == 0)
			return fn->recv;
		return i - 1 < fn->params.len ? fn->params.data[i - 1] : NULL;
	}
	*tag = idx + i;
	return fn && i < fn->params.len ? fn->params.data[i] : NULL;
}

static bool in_mutual_batch(Func *fn) {
	FnInfo *fi = info(fn);
	return fi->state > 0 && fi->state < 3;
}

/* The leak tags of parameter i of fn (0 = receiver for methods). */
static Leaks *param_tag(Func *fn, int i) {
	FnInfo *fi = info(fn);
	if (!fi->tags || i >= fi->ntags)
		return NULL;
	return &fi->tags[i];
}

/* Where an argument for parameter p (index i of fn's receiver+params) goes. */
static Hole tag_hole(Esc *e, Hole *ks, int nks, Func *fn, Obj *param, int i) {
	if (!fn)
		return heap_hole(e);
	if (in_mutual_batch(fn)) {
		if (!param || !var_loc(param) || strcmp(param->name, "_") == 0)
			return discard_hole(e);
		return hole_of(var_loc(param));
	}
	Leaks *t = param_tag(fn, i);
	if (!t)
		return heap_hole(e);
	Hole tks[NLEAKS];
	int nt = 0;
	if (leak_get(t, LEAK_HEAP) >= 0)
		tks[nt++] = shift(heap_hole(e), leak_get(t, LEAK_HEAP));
	if (leak_get(t, LEAK_MUTATOR) >= 0)
		tks[nt++] = shift(mutator_hole(e), leak_get(t, LEAK_MUTATOR));
	if (leak_get(t, LEAK_CALLEE) >= 0)
		tks[nt++] = shift(callee_hole(e), leak_get(t, LEAK_CALLEE));
	if (ks)
		for (int r = 0; r < NUM_ESC_RESULTS && r < nks; r++)
			if (leak_get(t, LEAK_RESULT0 + r) >= 0)
				tks[nt++] = shift(ks[r], leak_get(t, LEAK_RESULT0 + r));
	return tee(e, tks, nt);
}

static void argument(Esc *e, Hole k, Node *arg, Node *call_node) {
	expr(e, note(k, call_node, "call parameter"), arg);
}

static void builtin_call(Esc *e, Hole *ks, int nks, Node *n) {
	Hole k0 = nks ? ks[0] : discard_hole(e);
	switch (n->op) {
	case BI_APPEND: {
		Node *s = n->list.v[0];
		Hole appendee = tee2(e, k0, mutator_hole(e));
		if (has_pointers(under(s->type)->elem))
			appendee = tee2(e, appendee, deref(heap_hole(e), n, "appendee slice"));
		argument(e, appendee, s, n);
		if (n->ellipsis) {
			Hole appended = discard_hole(e);
			Node *y = n->list.v[1];
			if (under(y->type)->kind == TY_SLICE && has_pointers(under(y->type)->elem))
				appended = deref(heap_hole(e), n, "appended slice...");
			argument(e, appended, y, n);
		} else {
			for (int i = 1; i < n->list.n; i++)
				argument(e, heap_hole(e), n->list.v[i], n);
		}
		/* Go 1.26: the backing store append may allocate */
		Hole bs = spill(e, k0, n);
		bs.dst->loop_depth = 0;
		return;
	}
	case BI_COPY: {
		argument(e, mutator_hole(e), n->list.v[0], n);
		Hole copied = discard_hole(e);
		Node *y = n->list.v[1];
		if (under(y->type)->kind == TY_SLICE && has_pointers(under(y->type)->elem))
			copied = deref(heap_hole(e), n, "copied slice");
		argument(e, copied, y, n);
		return;
	}
	case BI_PANIC:
		argument(e, heap_hole(e), n->list.v[0], n);
		return;
	case BI_COMPLEX:
		discard(e, n->list.v[0]);
		discard(e, n->list.v[1]);
		return;
	case BI_DELETE: case BI_PRINT: case BI_PRINTLN: case BI_RECOVER:
		if (n->spread)
			discard(e, n->list.v[0]);
		else
			discards(e, &n->list);
		return;
	case BI_MIN: case BI_MAX:
		for (int i = 0; i < n->list.n; i++)
			argument(e, k0, n->list.v[i], n);
		return;
	case BI_LEN: case BI_CAP: case BI_REAL: case BI_IMAG: case BI_CLOSE:
		discard(e, n->list.v[0]);
		return;
	case BI_CLEAR:
		argument(e, mutator_hole(e), n->list.v[0], n);
		return;
	case BI_SLICEDATA: case BI_STRINGDATA:
		argument(e, k0, n->list.v[0], n);
		return;
	case BI_ADD: case BI_SLICE: case BI_STRING:
		argument(e, k0, n->list.v[0], n);
		discard(e, n->list.v[1]);
		return;
	case BI_NEW:
		spill(e, k0, n);
		return;
	case BI_MAKE: {
		Type *u = under(n->type);
		if (u->kind == TY_SLICE || u->kind == TY_MAP)
			spill(e, k0, n);
		for (int i = 1; i < n->list.n; i++)
			discard(e, n->list.v[i]);
		return;
	}
	default:
		discards(e, &n->list);
		return;
	}
}

static void call(Esc *e, Hole *ks, int nks, Node *n) {
	Node *f = skip_parens(n->x);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN) {
		builtin_call(e, ks, nks, n);
		return;
	}
	Func *fn = static_callee(f);
	if (!fn && f->kind == N_IDENT) {
		/* a local never reassigned since it was set to a function: that function */
		Node *sv = skip_parens(static_value(f));
		if (sv != f)
			fn = static_callee(sv);
	}
	Type *sig = under(f->type);
	/* results of a callee in the same batch flow directly */
	if (ks && fn && in_mutual_batch(fn)) {
		for (int i = 0; i < fn->results.len && i < nks; i++) {
			Obj *r = fn->results.data[i];
			if (var_loc(r))
				flow(e, ks[i], var_loc(r));
		}
	}
	Node *recv = NULL;
	if (f->kind == N_SELECTOR && (f->sel_kind == SEL_METHOD || f->sel_kind == SEL_IFACEMETHOD)) {
		recv = f->x;
	} else {
		Hole calleek = discard_hole(e);
		if (!fn) {
			for (int i = 0; i < nks; i++)
				if (ks[i].dst != &e->b->blank) {
					calleek = note(callee_hole(e), n, "callee operand");
					break;
				}
		}
		expr(e, calleek, f);
	}
	int idx = 0, tag;
	bool mexpr = false;
	if (recv) {
		Obj *rp = fn ? fn->recv : NULL;
		argument(e, tag_hole(e, ks, nks, fn, rp, 0), recv, n);
		idx = 1;
	} else if (fn && fn->recv) {
		mexpr = true; /* T.M(x, args) */
	}
	if (n->spread) {
		/* f(g()): gc rewrites it to "t1, t2 := g(); f(t1, t2)" (then
		 * packs the variadic arguments into a slice) */
		Node *inner = skip_parens(n->list.v[0]);
		Type *tt = inner->type;
		int np = tt->kind == TY_TUPLE ? tt->nfields : 1;
		Hole *tks = xalloc(sizeof(Hole) * (np + 1));
		Node **tmps = xalloc(sizeof(Node *) * (np + 1));
		for (int i = 0; i < np; i++) {
			Type *rt = tt->kind == TY_TUPLE ? tt->fields[i]->type : tt;
			Obj *t = new_autotmp(e, rt, n->pos);
			tmps[i] = name_node(t, n->pos);
			tks[i] = hole_of(var_loc(t));
		}
		call(e, tks, np, inner);
		for (int i = 0; i < np; i++)
			var_loc(tmps[i]->obj)->reassigned = true;
		{
			/* gc prints the call with its temporaries: f(T(t1), t2) */
			Nodes *pa = xalloc(sizeof *pa);
			for (int i = 0; i < np; i++) {
				Node *a = tmps[i];
				if (i == 0) {
					Node *c = new_node(N_CONV, n->pos);
					c->x = a;
					c->type = a->type;
					c->mode = MODE_VALUE;
					a = c;
				}
				nodes_push(pa, a);
			}
			vec_push(&spread_calls, n);
			vec_push(&spread_calls, pa);
		}
		int nfixed = sig->variadic ? sig->nfields - 1 : sig->nfields;
		for (int i = 0; i < np && i < nfixed; i++) {
			Obj *p = param_for(fn, mexpr, idx, i, &tag);
			argument(e, tag_hole(e, ks, nks, fn, p, tag), tmps[i], n);
		}
		if (sig->variadic && np > nfixed) {
			/* the implicit "... argument" slice */
			Type *st = sig->fields[nfixed]->type;
			Node *lit = new_node(N_COMPOSITE, n->pos);
			lit->vararg = true;
			lit->implicit = true;
			lit->type = st;
			lit->mode = MODE_VALUE;
			for (int i = nfixed; i < np; i++) {
				Node *el = tmps[i];
				Type *et = under(st)->elem;
				if (is_interface(et) && !is_interface(el->type)) {
					Node *c = new_node(N_CONV, n->pos);
					c->implicit = true;
					c->x = el;
					c->type = et;
					c->mode = MODE_VALUE;
					el = c;
				}
				nodes_push(&lit->list, el);
			}
			Obj *p = param_for(fn, mexpr, idx, nfixed, &tag);
			argument(e, tag_hole(e, ks, nks, fn, p, tag), lit, n);
		}
		return;
	}
	for (int i = 0; i < n->list.n && i < sig->nfields; i++) {
		Obj *p = param_for(fn, mexpr, idx, i, &tag);
		argument(e, tag_hole(e, ks, nks, fn, p, tag), n->list.v[i], n);
	}
}

/* ---- statements ---- */

static Hole addr_of(Esc *e, Node *n) {
	if (!n || is_blank_ident(n))
		return discard_hole(e);
	n = skip_parens(n);
	Hole k = heap_hole(e);
	switch (n->kind) {
	case N_IDENT:
		if (n->obj && n->obj->kind == OBJ_VAR && !n->obj->global && var_loc(n->obj))
			k = hole_of(var_loc(n->obj));
		break;
	case N_SELECTOR:
		if (n->sel_kind == SEL_FIELD)
			k = addr_of(e, n->x);
		break;
	case N_INDEX: {
		TypeKind xk = under(n->x->type)->kind;
		if (xk == TY_MAP) {
			discard(e, n->x);
			assign_heap(e, n->y, "key of map put", n);
			break;
		}
		discard(e, n->y);
		if (xk == TY_ARRAY)
			k = addr_of(e, n->x);
		else
			expr(e, mutator_hole(e), n->x);
		break;
	}
	case N_STAR: case N_DEREF:
		expr(e, mutator_hole(e), n->x);
		break;
	case N_TEMPREF:
		break;
	default:
		break;
	}
	return k;
}

/* ---- self-assignments (gc's isSelfAssign, on gc's view of the tree) ---- */

/* p.f through an implicit dereference: gc's ODOTPTR; its pointer */
static Node *dotptr_base(Node *n) {
	n = skip_parens(n);
	if (n->kind == N_SELECTOR && n->sel_kind == SEL_FIELD) {
		Node *x = skip_parens(n->x);
		if (x->kind == N_DEREF && x->implicit)
			return x->x;
	}
	return NULL;
}

/* *p: gc's ODEREF; its pointer */
static Node *deref_base(Node *n) {
	n = skip_parens(n);
	if ((n->kind == N_STAR || n->kind == N_DEREF) && !n->implicit)
		return n->x;
	return NULL;
}

static bool is_name(Node *n) {
	n = skip_parens(n);
	return n && n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR;
}

static bool same_safe_expr(Node *a, Node *b) {
	a = skip_parens(a);
	b = skip_parens(b);
	while (a->kind == N_CONV && a->implicit && !is_interface(a->type))
		a = skip_parens(a->x);
	while (b->kind == N_CONV && b->implicit && !is_interface(b->type))
		b = skip_parens(b->x);
	if (a->mode == MODE_CONST || b->mode == MODE_CONST)
		return false;
	if (a->kind != b->kind || !a->type || !b->type || !types_identical(a->type, b->type))
		return false;
	switch (a->kind) {
	case N_IDENT:
		return a->obj == b->obj && a->obj && a->obj->kind == OBJ_VAR;
	case N_SELECTOR: {
		if (a->sel_kind != SEL_FIELD || b->sel_kind != SEL_FIELD || strcmp(a->name, b->name) != 0)
			return false;
		Node *pa = dotptr_base(a), *pb = dotptr_base(b);
		if (!pa != !pb)
			return false;
		return pa ? same_safe_expr(pa, pb) : same_safe_expr(a->x, b->x);
	}
	case N_STAR: case N_DEREF:
		return same_safe_expr(a->x, b->x);
	case N_UNARY:
		return a->op == b->op && (a->op == TK_NOT || a->op == TK_XOR || a->op == TK_ADD || a->op == TK_SUB) &&
		       same_safe_expr(a->x, b->x);
	case N_CONV:
		return is_numeric(a->type) && same_safe_expr(a->x, b->x);
	case N_INDEX:
		return same_safe_expr(a->x, b->x) && same_safe_expr(a->y, b->y);
	case N_BINARY:
		switch (a->op) {
		case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL: case TK_SHL: case TK_SHR:
		case TK_AND: case TK_ANDNOT: case TK_QUO: case TK_REM:
			return a->op == b->op && same_safe_expr(a->x, b->x) && same_safe_expr(a->y, b->y);
		default:
			return false;
		}
	default:
		return false;
	}
}

static bool may_affect_memory(Node *n) {
	n = skip_parens(n);
	if (n->mode == MODE_CONST)
		return false;
	switch (n->kind) {
	case N_IDENT:
		return false;
	case N_BINARY:
		switch (n->op) {
		case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL: case TK_SHL: case TK_SHR:
		case TK_AND: case TK_ANDNOT: case TK_QUO: case TK_REM:
			return may_affect_memory(n->x) || may_affect_memory(n->y);
		default:
			return true;
		}
	case N_INDEX:
		return under(n->x->type)->kind == TY_MAP || may_affect_memory(n->x) || may_affect_memory(n->y);
	case N_CONV:
		return is_interface(n->type) || may_affect_memory(n->x);
	case N_UNARY:
		return !(n->op == TK_NOT || n->op == TK_XOR || n->op == TK_ADD || n->op == TK_SUB) || may_affect_memory(n->x);
	case N_STAR: case N_DEREF:
		return may_affect_memory(n->x);
	case N_SELECTOR:
		return n->sel_kind != SEL_FIELD || may_affect_memory(n->x);
	case N_CALL:
		return !(n->op == BI_LEN || n->op == BI_CAP) || !skip_parens(n->x)->obj ||
		       skip_parens(n->x)->obj->kind != OBJ_BUILTIN || may_affect_memory(n->list.v[0]);
	default:
		return true;
	}
}

/* b.buf = b.buf[n:m]: gc's isSliceSelfAssign */
static bool is_slice_self_assign(Node *dst, Node *src) {
	Node *dstx = deref_base(dst);
	if (!dstx)
		dstx = dotptr_base(dst);
	if (!dstx || !is_name(dstx))
		return false;
	src = skip_parens(src);
	if (src->kind != N_SLICE)
		return false;
	Node *x = skip_parens(src->x);
	Node *base;
	if (x->kind == N_DEREF && x->implicit) {
		base = x->x; /* slicing a pointer to an array */
	} else {
		TypeKind k = under(x->type)->kind;
		if (k == TY_ARRAY)
			return false; /* slicing an array stores a pointer into its container */
		base = x;
	}
	Node *basex = deref_base(base);
	if (!basex)
		basex = dotptr_base(base);
	if (!basex || !is_name(basex))
		return false;
	return skip_parens(dstx)->obj == skip_parens(basex)->obj;
}

/* gc ignores self-assignments like "b.buf = b.buf[n:m]" and "val.x = val.y". */
static bool is_self_assign(Node *dst, Node *src) {
	if (is_slice_self_assign(dst, src))
		return true;
	dst = skip_parens(dst);
	src = skip_parens(src);
	if (dst->kind != src->kind)
		return false;
	if (dst->kind == N_SELECTOR && dst->sel_kind == SEL_FIELD && src->sel_kind == SEL_FIELD) {
		Node *pd = dotptr_base(dst), *ps = dotptr_base(src);
		if (!pd != !ps)
			return false;
		return pd ? same_safe_expr(pd, ps) : same_safe_expr(dst->x, src->x);
	}
	if (dst->kind == N_INDEX && under(dst->x->type)->kind != TY_MAP && under(src->x->type)->kind != TY_MAP) {
		if (may_affect_memory(dst->y) || may_affect_memory(src->y))
			return false;
		return same_safe_expr(dst->x, src->x);
	}
	return false;
}

/* The statement that declares a variable (its "Defn" in gc): the := or
 * var statement whose left side holds it. */
static void mark_reassigned(Esc *e, Hole *ks, Node **dsts, int n, Node *where, bool declaring) {
	(void)e;
	for (int i = 0; i < n; i++) {
		Loc *l = ks[i].dst;
		if (!l->var)
			continue;
		if (declaring && dsts[i] && skip_parens(dsts[i])->kind == N_IDENT) {
			Node *d = skip_parens(dsts[i]);
			if (d->pos.line == l->var->pos.line && d->pos.col == l->var->pos.col && d->pos.file == l->var->pos.file)
				continue; /* the defining assignment */
		}
		(void)where;
		l->reassigned = true;
	}
}

static const char *short_name(Func *fn);
static bool quiet_func(Func *fn);

static void print_self_assign(Esc *e, Node *where) {
	if (opt.m && !quiet_func(e->fn))
		diag_at(where->pos, "%s ignoring self-assignment in %s", short_name(e->fn), ir_string(where));
}

static void assign_list(Esc *e, Node **dsts, int ndst, Node **srcs, int nsrc, const char *why, Node *where,
                        bool declaring) {
	Hole *ks = xalloc(sizeof(Hole) * (ndst + 1));
	for (int i = 0; i < ndst; i++)
		ks[i] = addr_of(e, dsts[i]);
	for (int i = 0; i < ndst; i++) {
		Node *src = i < nsrc ? srcs[i] : NULL;
		Hole k = ks[i];
		if (dsts[i] && src && is_self_assign(dsts[i], src)) {
			print_self_assign(e, where);
			k = discard_hole(e);
		}
		if (src)
			expr(e, note(k, where, why), src);
	}
	mark_reassigned(e, ks, dsts, ndst, where, declaring);
}

/* Declaration: the variable's loop depth is where it is declared. */
static void dcl(Esc *e, Obj *o) {
	Loc *l = var_loc(o);
	if (l)
		l->loop_depth = e->loop_depth;
}

static void var_spec(Esc *e, Node *spec) {
	for (int i = 0; i < spec->list.n; i++) {
		Obj *o = spec->list.v[i]->obj;
		if (o && o->kind == OBJ_VAR)
			dcl(e, o);
	}
	if (!spec->list2.n)
		return;
	int nl = spec->list.n, nr = spec->list2.n;
	if (nl == nr) {
		assign_list(e, spec->list.v, nl, spec->list2.v, nr, nl == 1 ? "assign" : "assign-pair", spec, true);
		return;
	}
	assign_tuple(e, spec, spec->list.v, nl, spec->list2.v[0], true, spec->list.v[nl - 1]->pos, spec->list.v[0]->pos,
	             false);
}

/* gc's conversion nodes standing for the temporaries of N:1
 * assignments: the implicit conversion the checker made of "x.(T)" in
 * "i, ok = x.(T)" stands for "i = T-to-interface(tmp)". */
static Vec tuple_convs; /* pairs: Node *conv, Obj *tmp */

static Obj *tuple_conv_tmp(Node *n) {
	for (int i = 0; i + 1 < tuple_convs.len; i += 2)
		if (tuple_convs.data[i] == n)
			return tuple_convs.data[i + 1];
	return NULL;
}

static Node *synth_assign(Pos pos, int op, Nodes lhs, Nodes rhs) {
	Node *a = new_node(N_ASSIGN, pos);
	a->op = op;
	a->list = lhs;
	a->list2 = rhs;
	return a;
}

static bool is_blank_dst(Node *d) { return !d || is_blank_ident(d); }

/* gc's N:1 assignment "a, b = rhs" (rhs a multi-value call or a comma-ok
 * expression): "t1, t2 := rhs; a, b = T(t1), t2", with the first value
 * converted (OCONVNOP holding the first statement, or a real conversion)
 * and values assigned to _ dropped (gc's deadlocals leaves "0").  ret: a
 * return statement (dsts are the results).  Returns the outer statement. */
static void assign_tuple(Esc *e, Node *s, Node **dsts, int nl, Node *rhs, bool declaring, Pos site, Pos pos,
                         bool ret) {
	Node *core = skip_parens(rhs);
	Node *conv0 = NULL; /* the checker's conversion of the first value */
	if (core->kind == N_CONV && core->implicit && core->comma_ok) {
		conv0 = core;
		core = skip_parens(core->x);
	}
	bool is_call = core->kind == N_CALL && core->type && core->type->kind == TY_TUPLE;
	Obj **tmps = xalloc(sizeof(Obj *) * (nl + 1));
	Nodes tl = {0};
	for (int i = 0; i < nl; i++) {
		Type *t = is_call ? core->type->fields[i]->type : i == 0 ? core->type : type_bool;
		tmps[i] = new_autotmp(e, t, site);
		nodes_push(&tl, name_node(tmps[i], pos));
	}
	/* t1, t2 := rhs */
	Nodes rl = {0};
	nodes_push(&rl, core);
	Node *inner = synth_assign(pos, TK_DEFINE, tl, rl);
	Hole *tks = xalloc(sizeof(Hole) * (nl + 1));
	for (int i = 0; i < nl; i++)
		tks[i] = hole_of(var_loc(tmps[i]));
	if (is_call) {
		call(e, tks, nl, core);
	} else {
		const char *why = "assign-pair";
		if (core->kind == N_INDEX)
			why = "assign-pair-mapr";
		else if (core->kind == N_TYPEASSERT)
			why = "assign-pair-dot-type";
		else if (core->kind == N_UNARY)
			why = "assign-pair-receive";
		expr(e, note(tks[0], inner, why), core);
	}
	/* a, b = T(t1), t2 */
	Nodes vals = {0};
	for (int i = 0; i < nl; i++) {
		Node *v = tl.v[i];
		if (is_blank_dst(dsts[i]) && !ret) {
			Node *zero = new_node(N_BASICLIT, autogen_pos());
			zero->mode = MODE_CONST;
			zero->type = type_int;
			zero->cval = const_int64(0);
			nodes_push(&vals, zero);
			continue;
		}
		Type *dt = dsts[i]->type;
		if (i == 0 && conv0) {
			vec_push(&tuple_convs, conv0);
			vec_push(&tuple_convs, tmps[0]);
			conv0->name = tmps[0]->name;
			v = conv0;
		} else if (dt && is_interface(dt) && !is_interface(v->type)) {
			Node *c = new_node(N_CONV, pos);
			c->implicit = true;
			c->comma_ok = true; /* prints as the temporary */
			c->name = tmps[i]->name;
			c->x = v;
			c->type = dt;
			c->mode = MODE_VALUE;
			vec_push(&tuple_convs, c);
			vec_push(&tuple_convs, tmps[i]);
			v = c;
		} else if (i == 0) {
			Node *c = new_node(N_CONV, pos);
			c->x = v;
			c->type = v->type;
			c->mode = MODE_VALUE;
			v = c;
		}
		nodes_push(&vals, v);
	}
	if (ret) {
		Node *r = new_node(N_RETURN, s->pos);
		r->list = vals;
		assign_list(e, dsts, nl, vals.v, nl, "return", r, false);
		return;
	}
	Nodes dl = {0};
	for (int i = 0; i < nl; i++)
		nodes_push(&dl, dsts[i]);
	Node *outer = synth_assign(pos, declaring ? TK_DEFINE : TK_ASSIGN, dl, vals);
	Node **srcs = xalloc(sizeof(Node *) * (nl + 1));
	for (int i = 0; i < nl; i++)
		srcs[i] = is_blank_dst(dsts[i]) ? NULL : vals.v[i];
	assign_list(e, dsts, nl, srcs, nl, "assign-pair", outer, declaring);
}

static void assign_stmt(Esc *e, Node *s) {
	bool declaring = s->op == TK_DEFINE;
	int nl = s->list.n, nr = s->list2.n;
	if (declaring)
		for (int i = 0; i < nl; i++) {
			Node *x = s->list.v[i];
			if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && x->pos.line == x->obj->pos.line &&
			    x->pos.col == x->obj->pos.col)
				dcl(e, x->obj);
		}
	if (s->op != TK_ASSIGN && s->op != TK_DEFINE) {
		/* x op= y */
		assign_list(e, s->list.v, 1, s->list2.v, 1, "assign", s, false);
		return;
	}
	Node *gd = spill_stmt(s);
	if (gd) {
		/* go/defer operands: gc's "t1, t2 = x, y" at the statement */
		Node *as = synth_assign(gd->pos, TK_ASSIGN, s->list, s->list2);
		assign_list(e, s->list.v, nl, s->list2.v, nr, "assign-pair", as, true);
		return;
	}
	if (nl == nr) {
		assign_list(e, s->list.v, nl, s->list2.v, nr, nl == 1 ? "assign" : "assign-pair", s, declaring);
		return;
	}
	assign_tuple(e, s, s->list.v, nl, s->list2.v[0], declaring, s->pos, s->pos, false);
}

static void return_stmt(Esc *e, Node *s) {
	Func *fn = e->fn;
	int nres = fn->results.len;
	Node **dsts = xalloc(sizeof(Node *) * (nres + 1));
	for (int i = 0; i < nres; i++) {
		Obj *r = fn->results.data[i];
		Node *id = new_node(N_IDENT, s->pos);
		id->name = r->name;
		id->obj = r;
		id->type = r->type;
		id->mode = MODE_VAR;
		dsts[i] = id;
	}
	if (s->list.n == 1 && nres > 1) {
		assign_tuple(e, s, dsts, nres, s->list.v[0], false, s->pos, s->pos, true);
		return;
	}
	assign_list(e, dsts, nres, s->list.v, s->list.n, "return", s, false);
}

static void range_stmt(Esc *e, Node *s) {
	Loc *tmp = new_loc(e, NULL, NULL, true);
	expr(e, hole_of(tmp), s->z);
	e->loop_depth++;
	Node *vars[2] = {s->x, s->y};
	Hole ks[2];
	for (int i = 0; i < 2; i++) {
		Node *v = vars[i];
		if (v && s->op == TK_DEFINE && v->obj && v->obj->kind == OBJ_VAR)
			dcl(e, v->obj);
		ks[i] = addr_of(e, v);
	}
	Type *xt = under(s->z->type);
	if (xt->kind == TY_ARRAY)
		flow(e, note(ks[1], s, "range"), tmp);
	else
		flow(e, deref(ks[1], s, "range-deref"), tmp);
	for (int i = 0; i < 2; i++)
		if (ks[i].dst->var)
			ks[i].dst->reassigned = true;
	block(e, &s->body->list);
	e->loop_depth--;
}

/* gc's typeExprEndPos: where the noder declares a type switch clause's
 * variable, from the clause's last type. */
static Pos type_expr_end_pos(Node *t) {
	for (;;) {
		switch (t->kind) {
		case N_SELECTOR:
			return t->x->pos;
		case N_PAREN: case N_STAR: case N_ELLIPSIS: case N_CHANTYPE:
			t = t->x;
			continue;
		case N_ARRAYTYPE: case N_MAPTYPE:
			t = t->y;
			continue;
		case N_INTERFACETYPE:
			if (!t->list.n)
				return t->pos;
			t = t->list.v[t->list.n - 1]->x;
			continue;
		case N_FUNCTYPE:
			if (t->list2.n)
				t = t->list2.v[t->list2.n - 1]->x;
			else if (t->list.n)
				t = t->list.v[t->list.n - 1]->x;
			else
				return t->pos;
			continue;
		default:
			return t->pos;
		}
	}
}

/* gc places the implicit operations the type checker inserts (the
 * embedded fields of a promoted selector, &x and *p of a method call,
 * *p of an index into a pointer to an array) at the selector's '.' or
 * the index's '['; tgo's checker leaves them at their operand. */
static void implicit_positions(Node *n) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	if ((n->kind == N_SELECTOR || n->kind == N_INDEX || n->kind == N_SLICE) && !n->implicit)
		for (Node *x = n->x; x && x->implicit &&
		                     (x->kind == N_SELECTOR || x->kind == N_DEREF || x->kind == N_ADDR);
		     x = x->x)
			x->pos = n->pos;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		implicit_positions(kids[i]);
	for (int i = 0; i < n->list.n; i++)
		implicit_positions(n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		implicit_positions(n->list2.v[i]);
}

/* lower.c evaluates the operands of "go f(x)" / "defer f(x)" into
 * temporaries just before the statement ("t1 := x").  gc does the same
 * with "t1 = x" (an assign-pair) at the statement, and declares each
 * temporary at the statement when the operand is a name, at the operand
 * otherwise (a method receiver at the selector).  Records the assignments
 * (spill_assigns: the assignment, then the go/defer statement) and the
 * temporaries' positions. */
static Vec spill_assigns;

static bool is_lower_temp(Node *n) {
	n = skip_parens(n);
	return n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR && has_prefix(n->obj->name, ".autotmp_") &&
	       n->obj->captured;
}

static Node *spill_stmt(Node *as) {
	for (int i = 0; i + 1 < spill_assigns.len; i += 2)
		if (spill_assigns.data[i] == as)
			return spill_assigns.data[i + 1];
	return NULL;
}

static void go_defer_spills(Nodes *l) {
	for (int i = 0; i + 1 < l->n; i++) {
		Node *as = l->v[i];
		if (!as || as->kind != N_ASSIGN || as->op != TK_DEFINE || !as->list.n || as->list.n != as->list2.n)
			continue;
		bool temps = true;
		for (int k = 0; k < as->list.n; k++)
			temps &= is_lower_temp(as->list.v[k]);
		if (!temps)
			continue;
		Node *gd = l->v[i + 1];
		if (gd && gd->kind == N_ASSIGN && i + 2 < l->n)
			gd = l->v[i + 2]; /* t1, t2 := g() in between */
		if (!gd || (gd->kind != N_GO && gd->kind != N_DEFER))
			continue;
		vec_push(&spill_assigns, as);
		vec_push(&spill_assigns, gd);
		/* the wrapper's call: its receiver is a method's selector operand */
		Node *wc = skip_parens(gd->x);
		Node *call = NULL;
		if (wc->kind == N_CALL && skip_parens(wc->x)->kind == N_FUNCLIT) {
			Func *w = skip_parens(wc->x)->fn;
			if (w && w->body && w->body->list.n && w->body->list.v[0]->kind == N_EXPRSTMT)
				call = skip_parens(w->body->list.v[0]->x);
		}
		for (int k = 0; k < as->list.n; k++) {
			Obj *t = skip_parens(as->list.v[k])->obj;
			Loc *tl = var_loc(t);
			if (!tl)
				continue;
			tl->dclpos = gd->pos; /* declared at the statement, in order */
			tl->dclseq = k + 1;
			Node *arg = skip_parens(as->list2.v[k]);
			Node *sel = call && call->kind == N_CALL ? skip_parens(call->x) : NULL;
			/* an argument of another type than its parameter (a channel
			 * direction, a named type) is converted: gc's conversion node
			 * has the argument's position */
			bool converted = false;
			Type *sig = sel && sel->type ? under(sel->type) : NULL;
			for (int a = 0; call && sig && sig->kind == TY_FUNC && a < call->list.n && a < sig->nfields; a++) {
				Node *ca = skip_parens(call->list.v[a]);
				if (ca->kind == N_IDENT && ca->obj == t && !(sig->variadic && a == sig->nfields - 1) &&
				    !types_identical(t->type, sig->fields[a]->type))
					converted = true;
			}
			if (arg->kind == N_IDENT && !converted)
				tl->vpos = gd->pos;
			else if (sel && sel->kind == N_SELECTOR && skip_parens(sel->x)->kind == N_IDENT &&
			         skip_parens(sel->x)->obj == t && (arg->kind == N_ADDR || arg->kind == N_DEREF) && arg->implicit)
				tl->vpos = arg->pos = sel->pos;
			else
				tl->vpos = ir_pos(arg);
		}
	}
}

static void spill_positions(Node *n) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_BLOCK || n->kind == N_CASE || n->kind == N_COMMCLAUSE) {
		go_defer_spills(n->kind == N_BLOCK ? &n->list : &n->list2);
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		spill_positions(kids[i]);
	for (int i = 0; i < n->list.n; i++)
		spill_positions(n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		spill_positions(n->list2.v[i]);
}

/* The positions of the type switch clause variables of a function. */
static void clause_var_positions(Node *n) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_TYPESWITCH)
		for (int i = 0; i < n->list.n; i++) {
			Node *c = n->list.v[i];
			if (c->case_obj && var_loc(c->case_obj))
				var_loc(c->case_obj)->vpos = c->list.n ? type_expr_end_pos(c->list.v[c->list.n - 1]) : c->pos;
		}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		clause_var_positions(kids[i]);
	for (int i = 0; i < n->list.n; i++)
		clause_var_positions(n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		clause_var_positions(n->list2.v[i]);
}

static void type_switch(Esc *e, Node *s) {
	Vec ks = {0};
	Node *guard = s->x;
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		Obj *cv = c->case_obj;
		if (!cv || !var_loc(cv))
			continue;
		dcl(e, cv);
		if (has_pointers(cv->type)) {
			Hole *h = xalloc(sizeof *h);
			*h = dot_type(hole_of(var_loc(cv)), cv->type, c, "switch case");
			vec_push(&ks, h);
		}
	}
	Hole *arr = xalloc(sizeof(Hole) * (ks.len + 1));
	for (int i = 0; i < ks.len; i++)
		arr[i] = *(Hole *)ks.data[i];
	expr(e, tee(e, arr, ks.len), guard->x);
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		block(e, &c->list2);
	}
}

static void go_defer(Esc *e, Node *s) {
	Hole k = heap_hole(e);
	if (s->kind == N_DEFER && e->loop_depth == 1) {
		k = later(e, discard_hole(e));
		s->esc_flags |= ESC_NEVER;
	}
	Node *c = skip_parens(s->x);
	expr(e, k, c->x);
}

static void stmt(Esc *e, Node *s) {
	if (!s)
		return;
	switch (s->kind) {
	case N_EMPTY: case N_BRANCH:
		return;
	case N_BLOCK:
		block(e, &s->list);
		return;
	case N_DECLSTMT:
		if (s->x->op == TK_VAR)
			for (int i = 0; i < s->x->list.n; i++)
				var_spec(e, s->x->list.v[i]);
		return;
	case N_LABELED: {
		intptr_t st = (intptr_t)map_get(&e->labels, s->name);
		if (st == 2)
			e->loop_depth++;
		stmt(e, s->x);
		return;
	}
	case N_IF: {
		int c = static_bool(s->cond);
		stmt(e, s->init);
		discard(e, s->cond);
		if (c >= 0)
			block(e, &s->body->list);
		if (s->els && c <= 0) {
			int old = e->loop_depth;
			stmt(e, s->els);
			e->loop_depth = old;
		}
		return;
	}
	case N_FOR: {
		stmt(e, s->init);
		e->loop_depth++;
		/* Go 1.22: each iteration has its own copy of the loop variables */
		if (s->init && s->init->kind == N_ASSIGN && s->init->op == TK_DEFINE)
			for (int i = 0; i < s->init->list.n; i++) {
				Obj *o = s->init->list.v[i]->obj;
				if (o && var_loc(o) && (o->captured || o->addrtaken))
					var_loc(o)->loop_depth = e->loop_depth;
			}
		discard(e, s->cond);
		if (!s->cond || static_bool(s->cond) >= 0) {
			stmt(e, s->post);
			block(e, &s->body->list);
		}
		e->loop_depth--;
		return;
	}
	case N_RANGE:
		range_stmt(e, s);
		return;
	case N_SWITCH:
		stmt(e, s->init);
		discard(e, s->x);
		for (int i = 0; i < s->list.n; i++) {
			Node *c = s->list.v[i];
			discards(e, &c->list);
			block(e, &c->list2);
		}
		return;
	case N_TYPESWITCH:
		stmt(e, s->init);
		type_switch(e, s);
		return;
	case N_SELECT:
		for (int i = 0; i < s->list.n; i++) {
			Node *c = s->list.v[i];
			stmt(e, c->x);
			block(e, &c->list2);
		}
		return;
	case N_SEND:
		discard(e, s->x);
		assign_heap(e, s->y, "send", s);
		return;
	case N_ASSIGN:
		assign_stmt(e, s);
		return;
	case N_INCDEC: {
		/* x++ is x += 1: an assignment to x */
		Node *dsts[1] = {s->x};
		Hole k = addr_of(e, s->x);
		mark_reassigned(e, &k, dsts, 1, s, false);
		return;
	}
	case N_RETURN:
		return_stmt(e, s);
		return;
	case N_EXPRSTMT: {
		Node *x = skip_parens(s->x);
		if (x->kind == N_CALL)
			call(e, NULL, 0, x);
		else
			discard(e, x);
		return;
	}
	case N_GO: case N_DEFER:
		go_defer(e, s);
		return;
	default:
		return;
	}
}

/* ---- code gc's front end drops (its writer's staticBool, terminates) ---- */

/* +1 / -1 when the condition is statically true / false, 0 otherwise
 * (gc's rules, including !x being as static as x) */
static int static_bool(Node *e) {
	if (!e)
		return 0;
	if (e->mode == MODE_CONST && e->cval && e->type && is_boolean(e->type))
		return const_bool_val(e->cval) ? 1 : -1;
	if (e->kind == N_UNARY && e->op == TK_NOT)
		return static_bool(e->x);
	if (e->kind == N_BINARY && e->op == TK_LAND) {
		int x = static_bool(e->x);
		if (x < 0)
			return x;
		int y = static_bool(e->y);
		if (x > 0 || y < 0)
			return y;
	}
	if (e->kind == N_BINARY && e->op == TK_LOR) {
		int x = static_bool(e->x);
		if (x > 0)
			return x;
		int y = static_bool(e->y);
		if (x < 0 || y > 0)
			return y;
	}
	return 0;
}

static bool terminates(Node *s) {
	if (!s)
		return false;
	switch (s->kind) {
	case N_BRANCH:
		return s->op == TK_GOTO;
	case N_RETURN:
		return true;
	case N_EXPRSTMT: {
		Node *x = skip_parens(s->x);
		if (x->kind == N_CALL) {
			Node *f = skip_parens(x->x);
			return f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN && f->obj->builtin == BI_PANIC;
		}
		return false;
	}
	case N_IF: {
		int c = static_bool(s->cond);
		return (c < 0 || terminates(s->body)) && (c > 0 || terminates(s->els));
	}
	case N_BLOCK: {
		Node *last = NULL;
		for (int i = 0; i < s->list.n; i++)
			if (s->list.v[i] && s->list.v[i]->kind != N_EMPTY)
				last = s->list.v[i];
		return terminates(last);
	}
	default:
		return false;
	}
}

/* How many statements of l gc keeps: those after a terminating
 * statement that follows the last label are dropped. */
static int live_stmts(Nodes *l) {
	int last_label = -1;
	for (int i = 0; i < l->n; i++)
		if (l->v[i] && l->v[i]->kind == N_LABELED)
			last_label = i;
	bool dead = false;
	for (int i = 0; i < l->n; i++) {
		if (dead && i > last_label)
			return i;
		dead = terminates(l->v[i]);
	}
	return l->n;
}

static void block(Esc *e, Nodes *l) {
	int old = e->loop_depth;
	int n = live_stmts(l);
	for (int i = 0; i < n; i++)
		stmt(e, l->v[i]);
	e->loop_depth = old;
}

/* Labels targeted by a goto after them (a backward jump) start loops. */
static void find_labels(Esc *e, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_LABELED:
		if (strcmp(n->name, "_") != 0)
			map_put(&e->labels, n->name, (void *)1);
		find_labels(e, n->x);
		return;
	case N_BRANCH:
		if (n->op == TK_GOTO && (intptr_t)map_get(&e->labels, n->name) == 1)
			map_put(&e->labels, n->name, (void *)2);
		return;
	case N_FUNCLIT:
		return;
	default:
		break;
	}
	find_labels(e, n->init);
	find_labels(e, n->body);
	find_labels(e, n->els);
	find_labels(e, n->post);
	if (n->kind == N_LABELED || n->kind == N_BLOCK || n->kind == N_CASE || n->kind == N_COMMCLAUSE ||
	    n->kind == N_SWITCH || n->kind == N_TYPESWITCH || n->kind == N_SELECT || n->kind == N_IF) {
		for (int i = 0; i < n->list.n; i++)
			find_labels(e, n->list.v[i]);
		for (int i = 0; i < n->list2.n; i++)
			find_labels(e, n->list2.v[i]);
	}
}

static void walk_func(Esc *outer, Func *fn) {
	Esc e = {0};
	e.b = outer->b;
	e.fn = fn;
	e.loop_depth = 1;
	info(fn)->state = 2;
	if (!fn->body)
		return;
	find_labels(&e, fn->body);
	block(&e, &fn->body->list);
}

/* ---- solving ---- */

typedef struct Queue {
	Loc **v;
	int head, len, cap;
} Queue;

static void q_grow(Queue *q) {
	int cap = q->cap ? q->cap * 2 : 16;
	Loc **v = xalloc(sizeof(Loc *) * cap);
	for (int i = 0; i < q->len; i++)
		v[i] = q->v[(q->head + i) % q->cap];
	q->v = v;
	q->head = 0;
	q->cap = cap;
}

static void q_push_front(Queue *q, Loc *l) {
	if (q->len == q->cap)
		q_grow(q);
	q->head = (q->head - 1 + q->cap) % q->cap;
	q->v[q->head] = l;
	q->len++;
}

static void q_push_back(Queue *q, Loc *l) {
	if (q->len == q->cap)
		q_grow(q);
	q->v[(q->head + q->len) % q->cap] = l;
	q->len++;
}

static Loc *q_pop_front(Queue *q) {
	Loc *l = q->v[q->head];
	q->head = (q->head + 1) % q->cap;
	q->len--;
	return l;
}

static bool contains_closure(Func *outer, Func *inner) {
	if (outer == inner)
		return false;
	for (Func *f = inner; f; f = f->outer)
		if (f == outer)
			return true;
	return false;
}

/* Would values stored in l survive beyond other's lifetime? */
static bool outlives(Batch *b, Loc *l, Loc *other) {
	if (l->attrs & ATTR_ESCAPES)
		return true;
	if (l == &b->mutator || l == &b->callee)
		return false;
	if (l->param_out) {
		/* a closure called only where we can see may return addresses
		 * of its enclosing function's variables */
		if (contains_closure(other->fn, l->fn) && !info(l->fn)->results_lost)
			return false;
		return true;
	}
	if (l->fn == other->fn && l->loop_depth < other->loop_depth)
		return true;
	if (contains_closure(l->fn, other->fn))
		return true;
	return false;
}

static void leak_to(Loc *l, Loc *sink, int derefs) {
	if (!(sink->attrs & ATTR_ESCAPES) && sink->param_out && sink->fn == l->fn) {
		int ri = sink->result_index - 1;
		if (ri >= 0 && ri < NUM_ESC_RESULTS) {
			leak_add(&l->param_esc, LEAK_RESULT0 + ri, derefs);
			return;
		}
	}
	leak_add(&l->param_esc, LEAK_HEAP, derefs);
}

/* The position of the "range" keyword of a range statement (the parser
 * keeps the "for"): found in the source, before the range expression. */
/* The position of n's first token (the checker's start_pos, through the
 * implicit operations it inserted). */
static Pos leftmost_pos(Node *n) {
	for (;;) {
		if ((n->kind == N_DEREF || n->kind == N_ADDR || n->kind == N_CONV) && n->implicit && n->x) {
			n = n->x;
			continue;
		}
		switch (n->kind) {
		case N_BINARY: case N_INDEX: case N_SLICE: case N_SELECTOR: case N_TYPEASSERT: case N_CALL: case N_KEYVALUE:
			if (!n->x)
				return n->pos;
			n = n->x;
			continue;
		default:
			return start_pos(n);
		}
	}
}

static Pos range_keyword_pos(Node *r) {
	Pos p = leftmost_pos(r->z);
	if (p.file < 0 || p.file >= all_files.len)
		return r->pos;
	SourceFile *f = all_files.data[p.file];
	size_t off = 0;
	for (int line = 1; line < p.line && off < f->len; off++)
		if (f->text[off] == '\n')
			line++;
	off += (size_t)(p.col - 1);
	while (off > 0 && strchr(" \t\r\n", f->text[off - 1]))
		off--;
	if (off < 5 || strncmp(f->text + off - 5, "range", 5) != 0)
		return r->pos;
	off -= 5;
	Pos q = {p.file, 1, 1};
	size_t ls = 0;
	for (size_t i = 0; i < off; i++)
		if (f->text[i] == '\n') {
			q.line++;
			ls = i + 1;
		}
	q.col = (int)(off - ls) + 1;
	return q;
}

/* A name node for a variable, as gc's IR refers to it (the notes of
 * captured variables and of heap allocation reasons). */
static Node *name_node(Obj *o, Pos pos) {
	Node *id = new_node(N_IDENT, pos);
	id->name = o->name;
	id->obj = o;
	id->type = o->type;
	id->mode = MODE_VAR;
	return id;
}

static void min_use(Node *n, Obj *o, Pos *best) {
	if (!n)
		return;
	if (n->kind == N_IDENT && n->obj == o && pos_valid(n->pos)) {
		if (!pos_valid(*best) || n->pos.line < best->line || (n->pos.line == best->line && n->pos.col < best->col))
			*best = n->pos;
		return;
	}
	if (n->kind == N_FUNCLIT && n->fn)
		min_use(n->fn->body, o, best);
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		min_use(kids[i], o, best);
	for (int i = 0; i < n->list.n; i++)
		min_use(n->list.v[i], o, best);
	for (int i = 0; i < n->list2.n; i++)
		min_use(n->list2.v[i], o, best);
}

/* gc's closure variable for o in closure fn: placed at o's first use in
 * fn's body. */
static Node *capture_node(Func *fn, Obj *o) {
	Pos best = nopos;
	if (fn->is_defer_wrapper && o->esc && pos_valid(((Loc *)o->esc)->vpos))
		return name_node(o, ((Loc *)o->esc)->vpos); /* gc's wrapper captures at the temporary */
	min_use(fn->body, o, &best);
	return name_node(o, pos_valid(best) ? best : o->pos);
}

/* gc's explainLoc */
static char *loc_text(Batch *b, Loc *l) {
	if (l == &b->heap)
		return "{heap}";
	if (l->var)
		return l->var->name;
	if (!l->n)
		return "{temp}";
	return fmt("{storage for %s}", ir_string(l->n));
}

/* The position gc's IR gives the node a flow note names. */
static Pos note_pos(Node *w) {
	switch (w->kind) {
	case N_VALUESPEC:
		return w->list.n ? w->list.v[0]->pos : w->pos;
	case N_RANGE:
		return range_keyword_pos(w);
	default:
		return ir_pos(w);
	}
}

static void print_flow_explanation(Batch *b, Loc *dst, Loc *src, int derefs, Note *notes, const char *pos) {
	char ops[64] = "&";
	if (derefs >= 0) {
		int k = 0;
		for (; k < derefs && k < 60; k++)
			ops[k] = '*';
		ops[k] = 0;
	}
	diag_raw("%s:   flow: %s ← %s%s:\n", pos, loc_text(b, dst), ops, loc_text(b, src));
	/* notes were pushed innermost first: print in recorded order */
	Vec ns = {0};
	for (Note *n = notes; n; n = n->next)
		vec_push(&ns, n);
	for (int i = 0; i < ns.len; i++) {
		Note *n = ns.data[i];
		diag_raw("%s:     from %s (%s) at %s\n", pos, ir_string(n->where), n->why, esc_pos_str(note_pos(n->where)));
	}
}

static void explain_path(Batch *b, Loc *root, Loc *src) {
	char *pos = esc_pos_str(loc_pos(src));
	Vec visited = {0};
	for (;;) {
		for (int i = 0; i < visited.len; i++)
			if (visited.data[i] == src) {
				diag_raw("%s:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518\n", pos);
				return;
			}
		vec_push(&visited, src);
		Loc *dst = src->dst;
		if (!dst)
			return;
		Edge *ed = &dst->edges[src->dst_edge];
		print_flow_explanation(b, dst, src, ed->derefs, ed->notes, pos);
		if (dst == root)
			return;
		src = dst;
	}
}

static void walk_one(Batch *b, Loc *root, unsigned walkgen, Queue *todo_all) {
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;
	if ((root->attrs & ATTR_CALLS) && root->n && root->n->kind == N_FUNCLIT) {
		Func *fn = root->n->fn;
		if (in_mutual_batch(fn) && !info(fn)->results_lost) {
			info(fn)->results_lost = true;
			for (int i = 0; i < fn->results.len; i++) {
				Loc *r = var_loc(fn->results.data[i]);
				if (r && !r->queued_all) {
					r->queued_all = true;
					q_push_back(todo_all, r);
				}
			}
		}
	}
	Queue todo = {0};
	q_push_front(&todo, root);
	while (todo.len) {
		Loc *l = q_pop_front(&todo);
		l->queued_one = 0;
		int derefs = l->derefs;
		unsigned new_attrs = 0;
		if (derefs < 0) {
			derefs = 0;
			if (outlives(b, root, l)) {
				if (!(l->attrs & ATTR_ESCAPES) && opt.m >= 2 && (l->n || l->var) && !quiet_loc(l)) {
					char *pos = esc_pos_str(loc_pos(l));
					diag_raw("%s: %s escapes to heap in %s:\n", pos, loc_node_text(l), short_name(l->fn));
					explain_path(b, root, l);
				}
				new_attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
			} else if (root->attrs & ATTR_PERSISTS) {
				new_attrs |= ATTR_PERSISTS;
			}
		}
		if (derefs == 0)
			new_attrs |= root->attrs & (ATTR_MUTATES | ATTR_CALLS);
		if (l->param) {
			if (outlives(b, root, l)) {
				if (!(l->attrs & ATTR_ESCAPES) && opt.m >= 2 && !quiet_loc(l)) {
					char *pos = esc_pos_str(loc_pos(l));
					diag_raw("%s: parameter %s leaks to %s for %s with derefs=%d:\n", pos, l->var->name, loc_text(b, root),
					         short_name(l->fn), derefs);
					explain_path(b, root, l);
				}
				leak_to(l, root, derefs);
			}
			if (root->attrs & ATTR_MUTATES)
				leak_add(&l->param_esc, LEAK_MUTATOR, derefs);
			if (root->attrs & ATTR_CALLS)
				leak_add(&l->param_esc, LEAK_CALLEE, derefs);
		}
		if (new_attrs & ~l->attrs) {
			l->attrs |= new_attrs;
			if (!l->queued_all) {
				l->queued_all = true;
				if (l->attrs & ATTR_ESCAPES)
					q_push_front(todo_all, l);
				else
					q_push_back(todo_all, l);
			}
			if (l->attrs & ATTR_ESCAPES)
				continue;
		}
		for (int i = 0; i < l->nedges; i++) {
			Edge *ed = &l->edges[i];
			if (ed->src->attrs & ATTR_ESCAPES)
				continue;
			int d = derefs + ed->derefs;
			if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
				ed->src->walkgen = walkgen;
				ed->src->derefs = d;
				ed->src->dst = l;
				ed->src->dst_edge = i;
				if (ed->src->queued_one != walkgen) {
					ed->src->queued_one = walkgen;
					q_push_back(&todo, ed->src);
				}
			}
		}
	}
}

static void walk_all(Batch *b) {
	Queue todo = {0};
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = b->locs.data[i];
		q_push_front(&todo, l);
		l->queued_all = true;
	}
	q_push_front(&todo, &b->mutator);
	q_push_front(&todo, &b->callee);
	q_push_front(&todo, &b->heap);
	b->mutator.queued_all = b->callee.queued_all = b->heap.queued_all = true;
	unsigned walkgen = 0;
	while (todo.len) {
		Loc *root = q_pop_front(&todo);
		root->queued_all = false;
		walk_one(b, root, ++walkgen, &todo);
	}
}

/* ---- closures, literal rewriting, heap reasons ---- */

static void flow_closure(Esc *e, Hole k, Node *lit) {
	Func *fn = lit->fn;
	for (int i = 0; i < fn->captures.len; i++) {
		Obj *o = fn->captures.data[i];
		Loc *l = var_loc(o);
		if (!l)
			continue;
		bool byval = !l->addrtaken && !l->reassigned && type_size(o->type) <= 128 && !o->addrtaken;
		o->byval = byval;
		if (opt.m >= 2 && !quiet_func(o->func))
			diag_at(loc_pos(l), "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", short_name(o->func), byval ? "value" : "ref",
			        o->name, (l->addrtaken || o->addrtaken) ? "true" : "false", l->reassigned ? "true" : "false",
			        (long long)type_size(o->type));
		Hole kk = k;
		Node *cv = capture_node(fn, o);
		if (!byval)
			kk = addr(kk, cv, "reference");
		flow(e, note(kk, cv, "captured by a closure"), l);
	}
}

/* A variable's single defining value, if it is never reassigned (gc's
 * ReassignOracle.StaticValue, restricted to what tgo tracks). */
static Node *static_value(Node *n) {
	for (int guard = 0; guard < 16; guard++) {
		while (n->kind == N_PAREN || (n->kind == N_CONV && n->x && types_identical(under(n->type), under(n->x->type)) &&
		                              !is_interface(n->type)))
			n = n->x;
		if (n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR)
			return n;
		Obj *o = n->obj;
		if (o->global || o->param || o->result || o->addrtaken || o->reassigned || !o->defn_value)
			return n;
		n = o->defn_value; /* recorded by record_defs */
	}
	return n;
}

static void record_def(Obj *o, Node *value) {
	if (o && o->kind == OBJ_VAR && !o->global)
		o->defn_value = value;
}

/* Remember each local's defining value (x := v, var x = v). */
static void record_defs(Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_ASSIGN:
		if (n->op == TK_DEFINE && n->list.n == n->list2.n)
			for (int i = 0; i < n->list.n; i++) {
				Node *x = n->list.v[i];
				if (x->kind == N_IDENT && x->obj && x->pos.line == x->obj->pos.line && x->pos.col == x->obj->pos.col)
					record_def(x->obj, n->list2.v[i]);
			}
		return;
	case N_DECLSTMT:
		if (n->x->op == TK_VAR)
			for (int i = 0; i < n->x->list.n; i++) {
				Node *spec = n->x->list.v[i];
				if (spec->list.n == spec->list2.n)
					for (int j = 0; j < spec->list.n; j++)
						record_def(spec->list.v[j]->obj, spec->list2.v[j]);
			}
		return;
	default:
		break;
	}
	record_defs(n->init);
	record_defs(n->body);
	record_defs(n->els);
	record_defs(n->post);
	record_defs(n->x);
	for (int i = 0; i < n->list.n; i++)
		record_defs(n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		record_defs(n->list2.v[i]);
}

static Node *literal_like(Node *orig, Const *c, Type *t) {
	Node *lit = new_node(N_BASICLIT, orig->pos);
	lit->mode = MODE_CONST;
	lit->cval = c;
	lit->type = t;
	lit->aux = orig; /* the original expression, evaluated for side effects */
	return lit;
}

/* Go 1.25: make([]T, n) where n is a never-reassigned local holding a
 * constant is treated as make([]T, 10); an interface conversion of such a
 * variable boxes the constant (no allocation). */
static void rewrite_with_literals(Loc *l) {
	Node *n = l->n;
	if (!n)
		return;
	if (n->kind == N_CALL && n->op == BI_MAKE && under(n->type)->kind == TY_SLICE) {
		Node **r = n->list.n > 2 ? &n->list.v[2] : &n->list.v[1];
		if ((*r)->mode == MODE_CONST)
			return;
		Node *s = static_value(*r);
		if (s->mode == MODE_CONST && !const_sign_negative(s->cval)) {
			*r = literal_like(*r, s->cval, (*r)->type);
			return;
		}
		/* len(x) where x is a slice literal */
		Node *sc = skip_parens(s);
		if (sc->kind == N_CALL && sc->op == BI_LEN) {
			Node *x = static_value(sc->list.v[0]);
			if (x->kind == N_COMPOSITE && under(x->type)->kind == TY_SLICE) {
				int64_t len = 0, idx = 0;
				for (int i = 0; i < x->list.n; i++) {
					Node *el = x->list.v[i];
					if (el->kind == N_KEYVALUE)
						idx = const_int64_val(const_to_int(el->x->cval));
					idx++;
					if (idx > len)
						len = idx;
				}
				*r = literal_like(*r, const_int64(len), type_int);
			}
		}
		return;
	}
	if (is_iface_conv(n) && n->x->mode != MODE_CONST) {
		Node *s = static_value(n->x);
		if (s->mode == MODE_CONST && s != n->x && is_const_type(n->x->type))
			n->x = literal_like(n->x, s->cval, n->x->type);
	}
}

/* gc's ir.MaxStackVarSize and MaxImplicitStackVarSize */
static int64_t max_stack_var(void) { return opt.smallframes ? 64 * 1024 : 128 * 1024; }
static int64_t max_implicit_stack_var(void) { return opt.smallframes ? 16 * 1024 : 64 * 1024; }

static const char *heap_alloc_reason(Loc *l) {
	Node *n = l->var ? NULL : l->n; /* new(v)'s temporary is a variable */
	Type *t = n ? n->type : l->var ? l->var->type : NULL;
	if (!t)
		return NULL;
	if (l->var && (l->var->param || l->var->result || l->var->is_recv))
		return NULL;
	if (n && n->kind == N_CALL && n->op == BI_APPEND)
		return NULL;
	if (type_size(t) > max_stack_var())
		return "too large for stack";
	if (type_align(t) > 8)
		return "too aligned for stack";
	if (!n)
		return NULL;
	bool is_new = (n->kind == N_CALL && n->op == BI_NEW) || (n->kind == N_UNARY && n->op == TK_AND);
	if (is_new && type_size(under(t)->elem) > max_implicit_stack_var())
		return "too large for stack";
	if (n->kind == N_FUNCLIT) {
		int64_t size = 8;
		for (int i = 0; i < n->fn->captures.len; i++) {
			Obj *o = n->fn->captures.data[i];
			size += o->byval ? (type_size(o->type) + 7) / 8 * 8 : 8;
		}
		if (size > max_implicit_stack_var())
			return "too large for stack";
	}
	if (n->kind == N_SELECTOR && n->sel_kind == SEL_METHODVAL && 8 + type_size(n->x->type) > max_implicit_stack_var())
		return "too large for stack";
	if (n->kind == N_CALL && n->op == BI_MAKE && under(t)->kind == TY_SLICE) {
		Node *r = n->list.n > 2 ? n->list.v[2] : n->list.v[1];
		Type *elem = under(t)->elem;
		if (type_size(elem) == 0)
			return "zero-sized element";
		if (r->mode != MODE_CONST)
			return NULL;
		Const *iv = const_to_int(r->cval);
		if (iv && const_fits_int64(iv) && const_int64_val(iv) > max_implicit_stack_var() / type_size(elem))
			return "too large for stack";
	}
	return NULL;
}

/* ---- results ---- */

static void report_leaks(Pos pos, const char *name, Leaks *esc, Func *fn) {
	bool warned = false;
	int x = leak_get(esc, LEAK_HEAP);
	if (x >= 0) {
		if (x == 0)
			diag_at(pos, "leaking param: %s", name);
		else
			diag_at(pos, "leaking param content: %s", name);
		warned = true;
	}
	for (int i = 0; i < NUM_ESC_RESULTS && i < fn->results.len; i++) {
		int r = leak_get(esc, LEAK_RESULT0 + i);
		if (r >= 0) {
			Obj *res = fn->results.data[i];
			diag_at(pos, "leaking param: %s to result %s level=%d", name, res->name, r);
			warned = true;
		}
	}
	if (!opt.escape_mutations_calls) {
		if (!warned)
			diag_at(pos, "%s does not escape", name);
		return;
	}
	x = leak_get(esc, LEAK_MUTATOR);
	if (x >= 0) {
		diag_at(pos, "mutates param: %s derefs=%d", name, x);
		warned = true;
	}
	if ((x = leak_get(esc, LEAK_CALLEE)) >= 0) {
		diag_at(pos, "calls param: %s derefs=%d", name, x);
		warned = true;
	}
	if (!warned)
		diag_at(pos, "%s does not escape, mutate, or call", name);
}

/* The tag of one parameter (gc's paramTag), printing its -m line. */
/* Functions that gc compiles from assembly (declarations without a Go
 * body) but tgo's standard library writes in Go: gc tags their
 * parameters as for any body-less function, and so must tgo, or callers
 * would keep on the stack what gc moves to the heap.  Returns whether fn
 * is one; *noescape: declared //go:noescape in gc's source. */
static bool gc_bodyless(Func *fn, bool *noescape) {
	if (fn->recv || !fn->pkg || strcmp(fn->pkg->path, "sync/atomic") != 0 || !fn->obj)
		return false;
	static const char *prefixes[] = {"Swap", "CompareAndSwap", "Add", "And", "Or", "Load", "Store"};
	const char *n = short_name(fn);
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
		if (has_prefix(n, prefixes[i])) {
			/* the unsafe.Pointer ones are the only ones without //go:noescape */
			*noescape = !(strlen(n) > 7 && strcmp(n + strlen(n) - 7, "Pointer") == 0);
			return true;
		}
	return false;
}

static Leaks param_tag_of(Batch *b, Func *fn, Obj *p, bool diagnose) {
	(void)b;
	Leaks l = {{0}};
	bool gc_noescape = false;
	bool asm = gc_bodyless(fn, &gc_noescape);
	if (!fn->body || asm) {
		if (under(p->type)->kind == TY_UINTPTR) {
			if (diagnose)
				diag_at(p->pos, "assuming %s is unsafe uintptr", p->name);
			leak_add(&l, LEAK_HEAP, 0);
			return l;
		}
		if (!has_pointers(p->type)) {
			leak_add(&l, LEAK_HEAP, 0);
			return l;
		}
		if ((fn->pragmas & PRAGMA_NOESCAPE) || gc_noescape) {
			if (diagnose && strcmp(p->name, "_") != 0)
				diag_at(p->pos, "%s does not escape", p->name);
			leak_add(&l, LEAK_MUTATOR, 0);
			leak_add(&l, LEAK_CALLEE, 0);
		} else {
			if (diagnose && strcmp(p->name, "_") != 0)
				diag_at(p->pos, "leaking param: %s", p->name);
			leak_add(&l, LEAK_HEAP, 0);
		}
		return l;
	}
	if (!has_pointers(p->type)) {
		leak_add(&l, LEAK_HEAP, 0);
		return l;
	}
	if (strcmp(p->name, "_") == 0 || !var_loc(p))
		return l;
	Loc *loc = var_loc(p);
	l = loc->param_esc;
	leak_optimize(&l);
	if (diagnose && !(loc->attrs & ATTR_ESCAPES))
		report_leaks(p->pos, p->name, &l, fn);
	return l;
}

/* The position gc's IR gives a node: an explicit conversion T(x) is at
 * its operand (the syntax position, '(', is what an implicit conversion
 * wrapping it reports). */
static Pos ir_pos(Node *n) {
	if (n->kind == N_CONV && !n->implicit && n->x)
		return n->x->pos;
	return n->pos;
}

/* Parameters of compiler-generated functions and anything outside the
 * package being built print nothing. */
static bool wrapper_quiet(Func *fn);
static bool quiet_func(Func *fn) {
	return fn->is_defer_wrapper || fn->is_wrapper || fn->pkg != report_pkg || wrapper_quiet(fn);
}
static bool quiet_loc(Loc *l) { return l->fn->pkg != report_pkg || l->fn->is_wrapper; }

/* A function's name as gc prints it in -m lines: without its package. */
static const char *short_name(Func *fn) {
	if (fn->outer && fn->outer != fn) {
		/* gc's closure names: f.func1, f.func1.1 inside it; go/defer
		 * wrappers f.gowrap1 / f.deferwrap2, counted apart */
		Func *o = fn->outer;
		int idx = 0;
		for (int i = 0; i < o->closures.len; i++) {
			Func *c = o->closures.data[i];
			if (c->is_defer_wrapper == fn->is_defer_wrapper)
				idx++;
			if (c == fn)
				break;
		}
		if (fn->is_defer_wrapper) {
			const char *kind = strstr(fn->name, ".gowrap") ? "gowrap" : "deferwrap";
			return fmt("%s.%s%d", short_name(o), kind, idx);
		}
		return fmt("%s.%s%d", short_name(o), o->outer ? "" : "func", idx);
	}
	const char *p = fn->pkg ? fn->pkg->path : NULL;
	size_t n = p ? strlen(p) : 0;
	if (p && strncmp(fn->name, p, n) == 0 && fn->name[n] == '.')
		return fn->name + n + 1;
	return fn->name;
}

static void finish(Batch *b) {
	for (int i = 0; i < b->fns.len; i++) {
		Func *fn = b->fns.data[i];
		FnInfo *fi = info(fn);
		fi->state = 3;
		int n = fn->params.len + (fn->recv ? 1 : 0);
		fi->tags = xalloc(sizeof(Leaks) * (n + 1));
		fi->ntags = n;
		bool diagnose = opt.m && !quiet_func(fn);
		int k = 0;
		if (fn->recv)
			fi->tags[k++] = param_tag_of(b, fn, fn->recv, diagnose);
		for (int j = 0; j < fn->params.len; j++)
			fi->tags[k++] = param_tag_of(b, fn, fn->params.data[j], diagnose);
	}
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = b->locs.data[i];
		Node *n = l->n;
		if (l->var) {
			if (n) {
				/* new(v): its call is the allocation site */
				n->esc_flags |= ESC_ANALYZED;
				if (l->attrs & ATTR_ESCAPES)
					n->esc_flags |= ESC_HEAP;
			}
			if (l->attrs & ATTR_ESCAPES) {
				l->var->heap = true;
				if (opt.m && !quiet_loc(l) && !wrapper_quiet(l->fn))
					diag_at(loc_pos(l), "moved to heap: %s", l->var->name);
			} else if (opt.escape_all && (l->addrtaken || l->var->addrtaken || (l->var->captured && !l->var->byval))) {
				/* -d=escapeall: every variable whose address is taken lives on the heap */
				l->var->heap = true;
			}
			continue;
		}
		if (!n)
			continue;
		bool wrapper = n->kind == N_FUNCLIT && n->fn->is_defer_wrapper;
		bool is_append = n->kind == N_CALL && n->op == BI_APPEND;
		n->esc_flags |= ESC_ANALYZED;
		if (l->attrs & ATTR_ESCAPES) {
			n->esc_flags |= ESC_HEAP;
			if (opt.m && !wrapper && !quiet_loc(l) && !wrapper_quiet(l->fn)) {
				if (is_append)
					diag_at(n->pos, "append escapes to heap");
				else
					diag_at(ir_pos(n), "%s escapes to heap", ir_string(n));
			}
		} else {
			if (opt.m && !wrapper && !quiet_loc(l) && !wrapper_quiet(l->fn)) {
				if (is_append)
					diag_at(n->pos, "append does not escape");
				else
					diag_at(ir_pos(n), "%s does not escape", ir_string(n));
			}
			if (!(l->attrs & ATTR_PERSISTS))
				n->esc_flags |= ESC_TRANSIENT;
		}
		/* []byte(s) never mutated: share the string's bytes */
		if (n->kind == N_CONV && under(n->type)->kind == TY_SLICE && under(under(n->type)->elem)->kind == TY_UINT8 &&
		    is_string(n->x->type) && !(l->attrs & ATTR_MUTATES) && !(l->attrs & ATTR_ESCAPES)) {
			if (opt.m && !quiet_loc(l) && !wrapper_quiet(l->fn))
				diag_at(ir_pos(n), "zero-copy string->[]byte conversion");
			n->esc_flags |= ESC_ZEROCOPY;
		}
	}
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

static void analyze_batch(Vec *fns) {
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

/* ---- gc's method wrappers (for -m=2) ----
 *
 * gc compiles, with each package, wrappers around its methods: for every
 * named type T declared in it, (*T).M for each method M with a value
 * receiver and for each promoted method, T.M for the methods promoted to
 * T; for every interface I, I.M (a call through the interface); and
 * T.M-fm for every method value x.M the package uses.  Their -m lines
 * are suppressed (gc marks them DUPOK), but their -m=2 flow explanations
 * are printed, after those of the package's functions.  tgo does not
 * need them to run programs; it builds them here only for analysis. */

static bool wrapper_quiet(Func *fn) { return fn->aux && info(fn)->dupok; }

static bool exported_name(const char *n) { return n[0] >= 'A' && n[0] <= 'Z'; }

/* gc's method order: exported names first, then by name */
static int method_name_order(const void *a, const void *b) {
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	bool ex = exported_name(x), ey = exported_name(y);
	if (ex != ey)
		return ex ? -1 : 1;
	return strcmp(x, y);
}

static Obj *wrapper_var(Func *w, const char *name, Type *t, Pos pos, bool param, bool result) {
	Obj *o = new_obj(OBJ_VAR, (char *)name, pos, t);
	o->func = w;
	o->param = param;
	o->result = result;
	o->pkg = w->pkg;
	return o;
}

static Node *wnode(NodeKind k, Type *t) {
	Node *n = new_node(k, autogen_pos());
	n->type = t;
	n->mode = MODE_VALUE;
	return n;
}

static Node *wident(Obj *o) { return name_node(o, autogen_pos()); }

static Node *implicit_unary(NodeKind k, Node *x, Type *t) {
	Node *n = wnode(k, t);
	n->x = x;
	n->implicit = true;
	return n;
}

/* A wrapper named name with receiver recv (or none) and the parameters and
 * results of signature sig, whose body calls the method through the
 * receiver expression built by make_recv. */
typedef struct WrapSpec {
	const char *name;
	Type *recv_type;       /* the wrapper's receiver (hidden .this for -fm) */
	const char *recv_name;
	Pos recv_pos;
	Type *sig;             /* the method's signature, without receiver */
	Obj *method;           /* concrete method, or NULL for an interface method */
	const char *mname;
	Type *iface;           /* interface type whose method is called (recv is one) */
	Selection sel;         /* promoted: the path from the receiver */
	bool promoted;
	Func *mfunc;           /* method's Func (parameter names and positions) */
} WrapSpec;

static Node *field_path(Node *x, Type **t, Selection *s) {
	for (int k = 0; k < s->depth; k++) {
		if (under(*t)->kind == TY_POINTER) {
			*t = under(*t)->elem;
			x = implicit_unary(N_DEREF, x, *t);
		}
		Field *f = under(*t)->fields[s->path[k]];
		Node *fs = wnode(N_SELECTOR, f->type);
		fs->x = x;
		fs->name = f->name;
		fs->sel_kind = SEL_FIELD;
		fs->field_index = s->path[k];
		fs->implicit = true;
		x = fs;
		*t = f->type;
	}
	return x;
}

static Func *build_wrapper(Package *pkg, WrapSpec *ws) {
	Func *w = new_func(xstrdup(ws->name), pkg);
	w->type = ws->sig;
	info(w)->dupok = true;
	Type *sig = ws->sig;
	Obj *recv = wrapper_var(w, ws->recv_name, ws->recv_type, ws->recv_pos, true, false);
	recv->is_recv = true;
	w->recv = recv;
	for (int i = 0; i < sig->nfields; i++) {
		Field *f = sig->fields[i];
		const char *name = f->name;
		Pos pos = f->pos;
		if (ws->mfunc && i < ws->mfunc->params.len) {
			Obj *po = ws->mfunc->params.data[i];
			name = po->name;
			pos = po->pos;
		}
		if (!name || !*name || strcmp(name, "_") == 0)
			name = fmt("~p%d", i + (strcmp(ws->recv_name, ".this") != 0 ? 1 : 0));
		vec_push(&w->params, wrapper_var(w, name, f->type, pos_valid(pos) ? pos : autogen_pos(), true, false));
	}
	for (int i = 0; i < sig->nresults; i++) {
		Field *f = sig->results[i];
		const char *name = f->name;
		if (ws->mfunc && i < ws->mfunc->results.len)
			name = ((Obj *)ws->mfunc->results.data[i])->name;
		if (!name || !*name || strcmp(name, "_") == 0)
			name = fmt("~r%d", i);
		Obj *r = wrapper_var(w, name, f->type, autogen_pos(), false, true);
		r->index = i;
		vec_push(&w->results, r);
	}
	/* the receiver expression and the selector */
	Type *t = ws->recv_type;
	Node *x = field_path(wident(recv), &t, &ws->sel);
	Node *selx = wnode(N_SELECTOR, sig);
	selx->name = (char *)ws->mname;
	if (ws->method) {
		Obj *m = ws->method;
		bool ptr = under(t)->kind == TY_POINTER;
		if (!m->ptr_recv && ptr)
			x = implicit_unary(N_DEREF, x, under(t)->elem);
		else if (m->ptr_recv && !ptr)
			x = implicit_unary(N_ADDR, x, pointer_to(t));
		selx->sel_kind = SEL_METHOD;
		selx->obj = m;
	} else {
		if (under(t)->kind == TY_POINTER)
			x = implicit_unary(N_DEREF, x, under(t)->elem);
		selx->sel_kind = SEL_IFACEMETHOD;
	}
	selx->x = x;
	Node *call = wnode(N_CALL, sig->nresults == 1 ? sig->results[0]->type : NULL);
	call->x = selx;
	call->ellipsis = sig->variadic;
	if (sig->nresults == 0) {
		call->type = type_empty_tuple;
		call->mode = MODE_NOVALUE;
	} else if (sig->nresults > 1) {
		Type **ts = xalloc(sizeof(Type *) * sig->nresults);
		for (int i = 0; i < sig->nresults; i++)
			ts[i] = sig->results[i]->type;
		call->type = tuple_of(ts, sig->nresults);
	}
	for (int i = 0; i < w->params.len; i++)
		nodes_push(&call->list, wident(w->params.data[i]));
	Node *body = wnode(N_BLOCK, NULL);
	/* a promoted pointer method called through a pointer is a tail call:
	 * its results do not flow anywhere */
	bool tail = ws->promoted && ws->method && ws->method->ptr_recv && under(ws->recv_type)->kind == TY_POINTER;
	if (sig->nresults == 0 || tail) {
		Node *st = wnode(N_EXPRSTMT, NULL);
		st->x = call;
		nodes_push(&body->list, st);
	} else {
		Node *ret = wnode(N_RETURN, NULL);
		nodes_push(&ret->list, call);
		nodes_push(&body->list, ret);
	}
	w->body = body;
	return w;
}

static char *method_set_names(Type *t, Vec *names) {
	/* every method name reachable through embedding */
	Vec todo = {0}, seen = {0};
	vec_push(&todo, t);
	for (int i = 0; i < todo.len && i < 64; i++) {
		Type *x = todo.data[i];
		if (x->kind == TY_POINTER)
			x = x->elem;
		bool dup = false;
		for (int k = 0; k < seen.len; k++)
			dup |= seen.data[k] == x;
		if (dup)
			continue;
		vec_push(&seen, x);
		if (x->kind == TY_NAMED)
			for (int m = 0; m < x->methods.len; m++)
				vec_push(names, ((Obj *)x->methods.data[m])->name);
		Type *u = under(x);
		if (u->kind == TY_STRUCT) {
			for (int f = 0; f < u->nfields; f++)
				if (u->fields[f]->embedded)
					vec_push(&todo, u->fields[f]->type);
		} else if (u->kind == TY_INTERFACE && i > 0) {
			for (int f = 0; f < u->nfields; f++)
				vec_push(names, u->fields[f]->name);
		}
	}
	qsort(names->data, names->len, sizeof(void *), method_name_order);
	int k = 0;
	for (int i = 0; i < names->len; i++)
		if (!k || strcmp(names->data[k - 1], names->data[i]) != 0)
			names->data[k++] = names->data[i];
	names->len = k;
	return NULL;
}

static const char *wrapper_tname;

static char *method_wrapper_name(Type *recv, const char *m, const char *suffix) {
	Type *base = recv->kind == TY_POINTER ? recv->elem : recv;
	char *ts = ir_type_string(recv);
	if (wrapper_tname && base->kind == TY_NAMED)
		ts = recv->kind == TY_POINTER ? fmt("*%s", wrapper_tname) : (char *)wrapper_tname;
	if (recv->kind == TY_POINTER)
		return fmt("(%s).%s%s", ts, m, suffix);
	return fmt("%s.%s%s", ts, m, suffix);
}

/* The wrappers of the named type t, in gc's order. */
static void type_wrappers(Package *pkg, Type *t, const char *tname, Vec *out) {
	Type *u = under(t);
	wrapper_tname = tname;
	if (u->kind == TY_INTERFACE) {
		Vec names = {0};
		for (int i = 0; i < u->nfields; i++)
			vec_push(&names, u->fields[i]->name);
		qsort(names.data, names.len, sizeof(void *), method_name_order);
		for (int i = 0; i < names.len; i++) {
			Field *m = NULL;
			for (int k = 0; k < u->nfields; k++)
				if (strcmp(u->fields[k]->name, names.data[i]) == 0)
					m = u->fields[k];
			WrapSpec ws = {0};
			ws.name = method_wrapper_name(t, m->name, "");
			ws.recv_type = t;
			ws.recv_name = "~p0";
			ws.recv_pos = autogen_pos();
			ws.sig = m->type;
			ws.mname = m->name;
			ws.iface = t;
			vec_push(out, build_wrapper(pkg, &ws));
		}
		return;
	}
	Vec names = {0};
	method_set_names(t, &names);
	Type *pt = pointer_to(t);
	for (int i = 0; i < names.len; i++) {
		Selection s = lookup_field_or_method(t, names.data[i], pkg);
		if (s.ambiguous || (s.kind != SEL_METHOD && s.kind != SEL_IFACEMETHOD))
			continue;
		bool promoted = s.depth > 0;
		Obj *m = s.kind == SEL_METHOD ? s.method : NULL;
		Type *sig = m ? m->type : s.field->type;
		for (int ptr = 0; ptr < 2; ptr++) {
			Type *rt = ptr ? pt : t;
			if (!promoted && (ptr ? m->ptr_recv : true))
				continue; /* the method itself */
			if (!ptr && promoted && m && m->ptr_recv && !s.indirect)
				continue; /* not in T's method set */
			WrapSpec ws = {0};
			ws.name = method_wrapper_name(rt, names.data[i], "");
			ws.recv_type = rt;
			ws.recv_name = "~p0";
			ws.recv_pos = autogen_pos();
			if (m && m->func && m->func->recv) {
				ws.recv_pos = m->func->recv->pos;
				if (m->func->recv->name && *m->func->recv->name && strcmp(m->func->recv->name, "_") != 0)
					ws.recv_name = m->func->recv->name;
			}
			ws.sig = sig;
			ws.method = m;
			ws.mname = names.data[i];
			ws.sel = s;
			ws.promoted = promoted;
			ws.mfunc = m ? m->func : NULL;
			vec_push(out, build_wrapper(pkg, &ws));
		}
	}
}

static void collect_method_values(Node *n, Vec *out, Node *callee) {
	if (!n || n->kind == N_FUNCLIT)
		return; /* a closure's body is read on its own */
	if (n->kind == N_SELECTOR && n != callee &&
	    (n->sel_kind == SEL_METHODVAL || n->sel_kind == SEL_IFACEMETHOD))
		vec_push(out, n);
	Node *c = n->kind == N_CALL ? skip_parens(n->x) : NULL;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		collect_method_values(kids[i], out, c);
	for (int i = 0; i < n->list.n; i++)
		collect_method_values(n->list.v[i], out, NULL);
	for (int i = 0; i < n->list2.n; i++)
		collect_method_values(n->list2.v[i], out, NULL);
}

static void direct_funclits(Node *n, Vec *out) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT) {
		if (n->fn && !n->fn->is_defer_wrapper)
			vec_push(out, n->fn);
		return;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		direct_funclits(kids[i], out);
	for (int i = 0; i < n->list.n; i++)
		direct_funclits(n->list.v[i], out);
	for (int i = 0; i < n->list2.n; i++)
		direct_funclits(n->list2.v[i], out);
}

/* A body and then its closures, the last one first: gc's reader keeps
 * the bodies still to read on a stack. */
static void reader_closure_order(Func *f, Vec *out) {
	vec_push(out, f);
	Vec lits = {0};
	direct_funclits(f->body, &lits);
	for (int i = lits.len - 1; i >= 0; i--)
		reader_closure_order(lits.data[i], out);
}

/* The functions of pkg in the order gc's reader reads their bodies: the
 * last declared first, each followed by its closures. */
static Vec reader_order(Package *pkg) {
	Vec decls = {0}, out = {0};
	for (int i = 0; i < pkg->files.len; i++) {
		Node *file = pkg->files.data[i];
		for (int d = 0; d < file->list.n; d++) {
			Node *decl = file->list.v[d];
			if (decl->kind == N_FUNCDECL && decl->fn && decl->fn->body)
				vec_push(&decls, decl->fn);
		}
	}
	for (int i = decls.len - 1; i >= 0; i--)
		reader_closure_order(decls.data[i], &out);
	return out;
}

/* The method value wrappers (T.M-fm) of the method values used in pkg. */
static void method_value_wrappers(Package *pkg, Vec *out) {
	wrapper_tname = NULL;
	Vec sels = {0};
	for (int i = 0; i < pkg->init_order.len; i++)
		collect_method_values(pkg->init_order.data[i], &sels, NULL);
	Vec fns = reader_order(pkg);
	for (int i = 0; i < fns.len; i++)
		collect_method_values(((Func *)fns.data[i])->body, &sels, NULL);
	Vec seen = {0};
	for (int i = 0; i < sels.len; i++) {
		Node *n = sels.data[i];
		Type *rt = n->x->type;
		char *name = method_wrapper_name(rt, n->name, "-fm");
		bool dup = false;
		for (int k = 0; k < seen.len; k++)
			dup |= strcmp(seen.data[k], name) == 0;
		if (dup)
			continue;
		vec_push(&seen, name);
		WrapSpec ws = {0};
		ws.name = name;
		ws.recv_type = rt;
		ws.recv_name = ".this";
		ws.recv_pos = autogen_pos();
		ws.mname = n->name;
		if (n->sel_kind == SEL_METHODVAL) {
			ws.method = n->obj;
			ws.sig = n->obj->type;
			ws.mfunc = n->obj->func;
		} else {
			ws.sig = n->type;
			ws.iface = rt;
			Type *iu = under(rt);
			for (int k = 0; k < iu->nfields; k++)
				if (strcmp(iu->fields[k]->name, n->name) == 0)
					ws.sig = iu->fields[k]->type;
		}
		vec_push(out, build_wrapper(pkg, &ws));
	}
}

/* ---- the order of gc's wrapper types ----
 *
 * gc generates the wrappers of the types its reader met, in the order it
 * met them: the types of the package's declarations in source order (a
 * type after the types its definition and its methods' signatures refer
 * to), then those used in function bodies, the last function's first.
 * Named types of other packages, pointer types and types without methods
 * need none.  Local types are named T·N (N counts them in the package). */

typedef struct WrapTypes {
	Package *pkg;
	Vec types;    /* Type*: in order */
	Vec seen;     /* Type* */
	Vec local;    /* Type*, char*: names of local types */
	int nlocal;
	bool inline_closures; /* visit closures' bodies where they appear (source order) */
} WrapTypes;

static void wt_visit(WrapTypes *w, Type *t);

static void wt_fields(WrapTypes *w, Field **fs, int n) {
	for (int i = 0; i < n; i++)
		wt_visit(w, fs[i]->type);
}

static bool wt_has_methods(Type *t) {
	Type *u = under(t);
	if (u->kind == TY_INTERFACE)
		return u->nfields > 0;
	if (t->kind == TY_NAMED && t->methods.len)
		return true;
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i]->embedded && wt_has_methods(u->fields[i]->type->kind == TY_POINTER ? u->fields[i]->type->elem
			                                                                                   : u->fields[i]->type))
				return true;
	return false;
}

static void wt_visit(WrapTypes *w, Type *t) {
	if (!t)
		return;
	for (int i = 0; i < w->seen.len; i++)
		if (w->seen.data[i] == t || (t->kind != TY_NAMED && types_identical(w->seen.data[i], t)))
			return;
	vec_push(&w->seen, t);
	Type *u = t->kind == TY_NAMED ? t->underlying : t;
	if (!u)
		return;
	if (t->kind == TY_NAMED && t->obj && t->obj->pkg != w->pkg)
		return; /* another package's: its wrappers exist */
	switch (u->kind) {
	case TY_POINTER: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
		wt_visit(w, u->elem);
		break;
	case TY_MAP:
		wt_visit(w, u->key);
		wt_visit(w, u->elem);
		break;
	case TY_STRUCT:
		wt_fields(w, u->fields, u->nfields);
		break;
	case TY_INTERFACE: case TY_FUNC:
		if (u->kind == TY_FUNC) {
			wt_fields(w, u->fields, u->nfields);
			wt_fields(w, u->results, u->nresults);
		} else {
			for (int i = 0; i < u->nfields; i++)
				wt_visit(w, u->fields[i]->type);
		}
		break;
	default:
		break;
	}
	if (t->kind == TY_NAMED)
		for (int i = 0; i < t->methods.len; i++)
			wt_visit(w, ((Obj *)t->methods.data[i])->type);
	if (t->kind != TY_POINTER && u->kind != TY_POINTER && wt_has_methods(t))
		vec_push(&w->types, t);
}

/* types used in a function body, in source order */
static void wt_body(WrapTypes *w, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_TYPESPEC:
		if (!n->alias && n->x && n->x->obj && n->x->obj->type) {
			vec_push(&w->local, n->x->obj->type);
			vec_push(&w->local, fmt("%s\xc2\xb7%d", n->x->obj->name, ++w->nlocal));
			wt_visit(w, n->x->obj->type);
		}
		return;
	case N_COMPOSITE: case N_TYPEASSERT:
		if (n->type)
			wt_visit(w, n->type);
		break;
	case N_CONV:
		if (!n->implicit && n->type)
			wt_visit(w, n->type);
		break;
	case N_VALUESPEC:
		for (int i = 0; i < n->list.n; i++)
			if (n->list.v[i]->obj)
				wt_visit(w, n->list.v[i]->obj->type);
		break;
	case N_FUNCLIT:
		if (n->type)
			wt_visit(w, n->type);
		if (w->inline_closures && n->fn)
			wt_body(w, n->fn->body);
		return; /* otherwise its body is read on its own */
	default:
		if (n->mode == MODE_TYPE && n->type) {
			wt_visit(w, n->type);
			return;
		}
		break;
	}
	Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		wt_body(w, kids[i]);
	for (int i = 0; i < n->list.n; i++)
		wt_body(w, n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		wt_body(w, n->list2.v[i]);
}

static const char *wrapper_type_name(WrapTypes *w, Type *t) {
	for (int i = 0; i + 1 < w->local.len; i += 2)
		if (w->local.data[i] == t)
			return w->local.data[i + 1];
	return NULL;
}

/* Analyse the wrappers of the package being reported, for their -m=2
 * explanations. */
static void analyze_wrappers(Package *pkg) {
	WrapTypes w = {pkg, {0}, {0}, {0}, 0, false};
	Vec bodies = {0};
	for (int i = 0; i < pkg->files.len; i++) {
		Node *file = pkg->files.data[i];
		for (int d = 0; d < file->list.n; d++) {
			Node *decl = file->list.v[d];
			if (decl->kind == N_FUNCDECL && decl->fn) {
				Func *f = decl->fn;
				if (f->recv)
					wt_visit(&w, f->recv->type);
				wt_visit(&w, f->type);
				if (f->body)
					vec_push(&bodies, f->body);
				continue;
			}
			if (decl->kind != N_GENDECL)
				continue;
			for (int k = 0; k < decl->list.n; k++) {
				Node *spec = decl->list.v[k];
				if (decl->op == TK_TYPE && !spec->alias && spec->x && spec->x->obj && spec->x->obj->type)
					wt_visit(&w, spec->x->obj->type);
				else if (decl->op == TK_VAR)
					for (int v = 0; v < spec->list.n; v++)
						if (spec->list.v[v]->obj)
							wt_visit(&w, spec->list.v[v]->obj->type);
			}
		}
	}
	/* local number the types declared in bodies in source order, then
	 * visit the bodies the way gc's reader does: the last one first */
	int before = w.types.len;
	WrapTypes numbering = w;
	numbering.types = (Vec){0};
	numbering.seen = (Vec){0};
	for (int i = 0; i < w.seen.len; i++)
		vec_push(&numbering.seen, w.seen.data[i]);
	numbering.inline_closures = true; /* local types are numbered in source order */
	for (int i = 0; i < bodies.len; i++)
		wt_body(&numbering, bodies.data[i]);
	w.local = numbering.local;
	Vec order = reader_order(pkg);
	for (int i = 0; i < order.len; i++)
		wt_body(&w, ((Func *)order.data[i])->body);
	(void)before;
	Vec ws = {0};
	for (int i = 0; i < w.types.len; i++)
		type_wrappers(pkg, w.types.data[i], wrapper_type_name(&w, w.types.data[i]), &ws);
	method_value_wrappers(pkg, &ws);
	for (int i = 0; i < ws.len; i++) {
		Vec one = {0};
		vec_push(&one, ws.data[i]);
		analyze_batch(&one);
	}
}

/* ---- package initialization (gc's staticinit, for the -m order) ----
 *
 * gc compiles a package's variable initializers into a function "init"
 * that comes first in its list of functions, after the static
 * initializer (staticinit) has turned into data what it can: constants,
 * addresses of globals, closures, composite literals (whose elements may
 * still need code), interface conversions of such values.  What is left
 * (calls, new, make, map literals, ...) is analysed as the body of init,
 * and the functions it calls are analysed before everything else; a large
 * map literal is moved into a function of its own, "map.init.N". */

static bool side_effects(Node *n) {
	if (!n)
		return false;
	n = skip_parens(n);
	if (n->mode == MODE_CONST || n->mode == MODE_TYPE)
		return false;
	switch (n->kind) {
	case N_IDENT: case N_BASICLIT: case N_FUNCLIT:
		return false;
	case N_BINARY:
		if ((n->op == TK_QUO || n->op == TK_REM) && (skip_parens(n->y)->mode != MODE_CONST ||
		                                              const_is_zero_divisor(skip_parens(n->y)->cval)))
			return true;
		return side_effects(n->x) || side_effects(n->y);
	case N_UNARY:
		return n->op == TK_ARROW || side_effects(n->x);
	case N_STAR: case N_DEREF:
		return true;
	case N_ADDR: case N_CONV: case N_PAREN: case N_KEYVALUE:
		return side_effects(n->x) || (n->kind == N_KEYVALUE && side_effects(n->y));
	case N_SELECTOR:
		return n->sel_kind != SEL_FIELD || dotptr_base(n) || side_effects(n->x);
	case N_COMPOSITE:
		for (int i = 0; i < n->list.n; i++)
			if (side_effects(n->list.v[i]))
				return true;
		return false;
	case N_CALL: {
		Node *f = skip_parens(n->x);
		if (!(f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN))
			return true;
		switch (f->obj->builtin) {
		case BI_NEW:
			return false;
		case BI_LEN: case BI_CAP: case BI_REAL: case BI_IMAG: case BI_COMPLEX:
			for (int i = 0; i < n->list.n; i++)
				if (side_effects(n->list.v[i]))
					return true;
			return false;
		case BI_MAKE:
			if (under(n->type)->kind == TY_MAP && (n->list.n < 2 || (skip_parens(n->list.v[1])->mode == MODE_CONST &&
			                                                         const_is_zero_divisor(skip_parens(n->list.v[1])->cval))))
				return false;
			return true;
		default:
			return true;
		}
	}
	default:
		return true;
	}
}

/* gc's size of an initializer: the number of IR nodes */
static int node_count(Node *n) {
	if (!n)
		return 0;
	n = skip_parens(n);
	if (n->mode == MODE_CONST)
		return 1;
	int c = 1;
	Node *kids[] = {n->x, n->y, n->z, n->w};
	for (int i = 0; i < 4; i++)
		if (kids[i] && !(n->kind == N_COMPOSITE && i == 0) && !(n->kind == N_CALL && i == 0 && 0))
			c += node_count(kids[i]);
	for (int i = 0; i < n->list.n; i++)
		c += node_count(n->list.v[i]);
	return c;
}

/* staticinit's StaticAssign: can the value r, stored at sym+off, be laid
 * out as data?  The parts that cannot are assigned by code: pushed to dyn
 * as pairs (destination, value), the destination printed as gc prints
 * its NameOffsetExpr, "(T)(sym@off)".  Composite literals behind
 * pointers and slices, and values boxed in interfaces, get static
 * variables of their own (main..stmp_N). */
static int static_names;

static void static_dyn(Vec *dyn, Node *v, const char *sym, int64_t off) {
	Node *d = new_node(N_IDENT, v->pos);
	d->name = fmt("(%s)(%s@%lld)", ir_type_string(v->type), sym, (long long)off);
	d->type = v->type;
	d->mode = MODE_VAR;
	vec_push(dyn, d);
	vec_push(dyn, v);
}

static bool static_assign(Package *p, Node *r, const char *sym, int64_t off, Vec *dyn);

/* assign v to sym+off, by code if it cannot be data */
static void static_elem(Package *p, Node *v, const char *sym, int64_t off, Vec *dyn) {
	if (!static_assign(p, v, sym, off, dyn))
		static_dyn(dyn, skip_parens(v), sym, off);
}

static bool static_assign(Package *p, Node *r, const char *sym, int64_t off, Vec *dyn) {
	if (!r)
		return true;
	r = skip_parens(r);
	if (r->mode == MODE_CONST || r->mode == MODE_TYPE)
		return true;
	while (r->kind == N_CONV && !is_interface(r->type) && r->x && types_identical(under(r->type), under(r->x->type)))
		r = skip_parens(r->x);
	switch (r->kind) {
	case N_IDENT:
		return true; /* nil, a function, a global (copied) */
	case N_SELECTOR:
		return r->sel_kind == SEL_METHODEXPR || (r->sel_kind == SEL_QUALIFIED && r->obj && r->obj->kind == OBJ_FUNC);
	case N_FUNCLIT:
		return !is_closure(r->fn);
	case N_UNARY:
		if (r->op != TK_AND)
			return false;
		{
			Node *x = skip_parens(r->x);
			if (x->kind == N_COMPOSITE) {
				char *a = fmt("%s..stmp_%d", p->path, static_names++);
				static_elem(p, x, a, 0, dyn);
				return true;
			}
			return x->kind == N_IDENT && x->obj && x->obj->global;
		}
	case N_CONV: {
		Type *to = under(r->type);
		Node *x = skip_parens(r->x);
		if (is_interface(r->type)) {
			Node *val = x;
			while (val->kind == N_CONV && is_interface(val->type))
				val = skip_parens(val->x);
			if (is_interface(val->type))
				return val->kind == N_IDENT && val->obj && val->obj->kind == OBJ_NIL;
			if (is_direct_iface(val->type)) {
				static_elem(p, val, sym, off + 8, dyn);
			} else {
				char *a = fmt("%s..stmp_%d", p->path, static_names++);
				static_elem(p, val, a, 0, dyn);
			}
			return true;
		}
		if (to->kind == TY_SLICE && x->mode == MODE_CONST && is_string(x->type) && under(to->elem)->kind == TY_UINT8)
			return true;
		return false;
	}
	case N_COMPOSITE: {
		Type *u = under(r->type);
		if (u->kind == TY_MAP)
			return false;
		if (u->kind == TY_SLICE) {
			sym = fmt("%s..stmp_%d", p->path, static_names++);
			off = 0;
		}
		int64_t idx = 0;
		for (int i = 0; i < r->list.n; i++) {
			Node *el = r->list.v[i];
			int64_t eoff = off;
			if (u->kind == TY_STRUCT) {
				int fi = i;
				if (el->kind == N_KEYVALUE) {
					for (int k = 0; k < u->nfields; k++)
						if (el->x && el->x->kind == N_IDENT && strcmp(u->fields[k]->name, el->x->name) == 0)
							fi = k;
				}
				if (fi < u->nfields)
					eoff += u->fields[fi]->offset;
			} else {
				if (el->kind == N_KEYVALUE && el->x && el->x->cval)
					idx = const_int64_val(const_to_int(el->x->cval));
				eoff += idx * type_size(u->elem);
				idx++;
			}
			if (el->kind == N_KEYVALUE)
				el = el->y;
			Node *v = skip_parens(el);
			if (v->mode == MODE_CONST || (v->kind == N_IDENT && v->obj && v->obj->kind == OBJ_NIL))
				continue;
			static_elem(p, el, sym, eoff, dyn);
		}
		return true;
	}
	default:
		return false;
	}
}

typedef struct PkgInit {
	Func *fn;       /* "init": the dynamic part of the initializers */
	Vec map_inits;  /* Func*: map.init.N */
} PkgInit;

static Func *init_func_named(Package *p, const char *name, Node *body) {
	Func *f = new_func(xstrdup(name), p);
	f->type = new_type(TY_FUNC);
	f->body = body;
	return f;
}

/* The dynamic initialization of package p, as gc's init would have it. */
static PkgInit *package_init(Package *p) {
	if (!p->init_order.len)
		return NULL;
	PkgInit *pi = xalloc(sizeof *pi);
	Node *body = new_node(N_BLOCK, nopos);
	static_names = 0;
	for (int i = 0; i < p->init_order.len; i++) {
		Node *as = p->init_order.data[i];
		Node *rhs = as->list2.n ? as->list2.v[0] : NULL;
		bool all_blank = true;
		for (int k = 0; k < as->list.n; k++)
			all_blank &= is_blank_ident(as->list.v[k]);
		if (all_blank && !side_effects(rhs))
			continue;
		Vec dyn = {0};
		if (as->list.n == 1 && !is_blank_ident(as->list.v[0]) &&
		    static_assign(p, rhs, fmt("%s.%s", p->path, skip_parens(as->list.v[0])->name), 0, &dyn)) {
			for (int k = 0; k + 1 < dyn.len; k += 2) {
				Node *v = dyn.data[k + 1];
				Node *g = new_node(N_ASSIGN, v->pos);
				g->op = TK_ASSIGN;
				nodes_push(&g->list, dyn.data[k]); /* into static data: the heap */
				nodes_push(&g->list2, v);
				nodes_push(&body->list, g);
			}
			continue;
		}
		Node *lhs = as->list.v[0];
		if (as->list.n == 1 && lhs->type && under(lhs->type)->kind == TY_MAP && node_count(rhs) >= 20 &&
		    !side_effects(rhs)) {
			Node *mb = new_node(N_BLOCK, nopos);
			nodes_push(&mb->list, as);
			Func *mf = init_func_named(p, fmt("map.init.%d", pi->map_inits.len), mb);
			vec_push(&pi->map_inits, mf);
			Obj *o = new_obj(OBJ_FUNC, mf->name, nopos, mf->type);
			o->func = mf;
			Node *callee = new_node(N_IDENT, nopos);
			callee->name = mf->name;
			callee->obj = o;
			callee->type = mf->type;
			callee->mode = MODE_VALUE;
			Node *c = new_node(N_CALL, nopos);
			c->x = callee;
			c->type = type_empty_tuple;
			c->mode = MODE_NOVALUE;
			Node *st = new_node(N_EXPRSTMT, nopos);
			st->x = c;
			nodes_push(&body->list, st);
			continue;
		}
		nodes_push(&body->list, as);
	}
	pi->fn = init_func_named(p, "init", body);
	return pi;
}

/* gc's VisitFuncsBottomUp over the functions of each package: strongly
 * connected components of the static call graph, callees first. */
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
		if (fn == analyze_batch && p == report_pkg && opt.m >= 2)
			analyze_wrappers(p);
		diag_flush();
	}
}

void devirtualize_func(Func *fn, bool report_lines);

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
