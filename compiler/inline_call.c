/*
 * inline_call.c — gc's inlining transformation: a call of a small function
 * is replaced by the function's body.
 *
 * inline.c decides which functions can be inlined (gc's CanInline); this
 * file inlines their calls, as gc 1.26's interleaved pass does
 * (cmd/compile/internal/inline/interleaved and noder's unifiedInlineCall),
 * before escape analysis, so that escape analysis sees the inlined code:
 *
 *     func newT(a int) *T { return &T{a: a} }
 *     t := newT(3)
 *
 * becomes, in gc's words (OINLCALL), and in tgo's (N_INLCALL):
 *
 *     t := { a := 3; ~r0 := &T{a: a}; goto .i0; .i0: } ~r0
 *
 * The parameters are fresh variables of the caller assigned from the
 * arguments in one parallel assignment (unnamed or blank ones are "~p0",
 * "~p1", counting the receiver); unnamed results are "~r0", "~r1" (named
 * ones keep their names); each return assigns the results and
 * jumps to the label at the end.  When the callee has one return, with
 * values, and no named results (gc's canDelayResults), the results are
 * declared at that return; otherwise they are declared, zeroed, first.
 * Every node of the copy gets the call's position (gc prints positions
 * inside inlined code at the outermost call site), and every variable of
 * the callee a fresh Obj of the caller (Obj.inl_var).  The body copied is
 * the callee's as written, not the one with its own calls inlined (gc
 * reads it from the export data): an N_INLCALL met while copying is copied
 * as the call it replaced (kept in its target field).
 *
 * Order.  Functions are visited bottom-up (the batches inline.c's visit
 * recorded).  In each function the calls are taken in post-order (f(g()):
 * g first, gc's "parenthesize"); a call inlined contributes the calls of
 * its copied body, tried in the next round; rounds repeat over the batch
 * until nothing changes (gc's fixpoint).  -m prints "inlining call to f"
 * as each call is inlined.  A function is not inlined into a copy of
 * itself ("repeated recursive cycle"), nor a call into the body it sits
 * in at its own position (direct recursion, once inlined).
 *
 * What later stages see: escape analysis walks an N_INLCALL's body and
 * flows its result variables to the value's destination (gc's
 * escape/call.go), and codegen (cg_order.c) generates the body where gc's
 * order pass would, then reads the result variables.
 *
 * Not yet inlined (a deviation from gc): bodies with func literals,
 * f(g()) into a variadic f, and devirtualized interface calls.
 */
#include "tgo.h"
#include "check.h"
#include "inline.h"

/* gc's inline tree: the inlined call a copied node comes from */
typedef struct InlTree {
	Func *fn;
	struct InlTree *parent;
	Pos pos;           /* of the call */
} InlTree;

typedef struct Site {
	Node *call;        /* N_CALL, made an N_INLCALL in place when inlined */
	InlTree *tree;     /* the inlined body the call is in, or NULL */
	Pos orig;          /* its position in the function it was written in */
	Func *resolved;
} Site;

typedef struct FnState {
	Func *fn;
	Vec sites;         /* Site* */
	bool big;
} FnState;

static Map use_counts;    /* callee -> call sites resolved to it */
static Map fn_states;     /* Func* -> FnState* */
static int label_gen;     /* ".i0", ".i1" ... */

static char *ptr_key(const void *p) { return fmt("%p", p); }

static Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

static bool is_builtin(Node *call) {
	Node *f = unparen(call->x);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN)
		return true;
	return f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj && f->obj->kind == OBJ_BUILTIN;
}

/* ---- call sites (gc's mark), in post-order ---- */

typedef struct Marker {
	FnState *s;
	InlTree *tree;
	Map *orig;         /* copied call -> its original position (Pos*) */
} Marker;

static void mark(Marker *m, Node *n);

static void mark_list(Marker *m, Nodes *l) {
	for (int i = 0; i < l->n; i++)
		mark(m, l->v[i]);
}

static void add_site(Marker *m, Node *call) {
	Site *st = xalloc(sizeof *st);
	st->call = call;
	st->tree = m->tree;
	st->orig = call->pos;
	if (m->orig) {
		Pos *p = map_get(m->orig, ptr_key(call));
		if (p)
			st->orig = *p;
	}
	vec_push(&m->s->sites, st);
}

static void mark(Marker *m, Node *n) {
	if (!n || n->mode == MODE_TYPE)
		return;
	switch (n->kind) {
	case N_FUNCLIT:
		return; /* a function of its own */
	case N_CALL: {
		Node *f = unparen(n->x);
		bool candidate = !is_builtin(n) && !(f->kind == N_FUNCLIT && f->fn && f->fn->is_wrapper);
		if (candidate)
			mark(m, n->x);
		mark_list(m, &n->list);
		if (candidate)
			add_site(m, n);
		return;
	}
	case N_GO:
	case N_DEFER: {
		/* the go/defer call itself is never inlined (lower.c's wrapper) */
		Node *c = unparen(n->x);
		if (c && c->kind == N_CALL) {
			mark(m, c->x);
			mark_list(m, &c->list);
		}
		return;
	}
	case N_ASSIGN:
		mark_list(m, &n->list);
		mark_list(m, &n->list2);
		return;
	case N_IF:
		mark(m, n->init);
		mark(m, n->cond);
		mark(m, n->body);
		mark(m, n->els);
		return;
	case N_FOR:
		mark(m, n->init);
		mark(m, n->cond);
		mark(m, n->post);
		mark(m, n->body);
		return;
	case N_RANGE:
		mark(m, n->z);
		mark(m, n->x);
		mark(m, n->y);
		mark(m, n->body);
		return;
	case N_SELECTOR:
		if (n->sel_kind != SEL_QUALIFIED)
			mark(m, n->x);
		return;
	case N_INLCALL:
		mark(m, n->body);
		mark_list(m, &n->list);
		return;
	default:
		break;
	}
	mark(m, n->init);
	mark(m, n->x);
	mark(m, n->y);
	mark(m, n->z);
	mark(m, n->w);
	mark(m, n->cond);
	mark_list(m, &n->list);
	mark_list(m, &n->list2);
	mark(m, n->body);
	mark(m, n->post);
	mark(m, n->els);
}

/* ---- copying the callee's body ---- */

typedef struct Copier {
	struct Copier *parent; /* copying a func literal: the copier of its enclosing body */
	bool closure;      /* copying a func literal's body (its returns stay) */
	InlTree *tree;     /* the inlining being made */
	Func *caller, *callee;
	Pos pos;           /* the call's: every copied node's position */
	Map objs;          /* callee's Obj -> the caller's copy */
	Map nodes;         /* statement -> copy (branch targets) */
	Map labels;        /* label name -> new name */
	Vec branches;      /* copied N_BRANCH nodes */
	Map *orig;         /* copied call -> original position */
	Obj **results;
	int nresults;
	Node *end;         /* the N_LABELED at the end */
	bool delay;        /* results declared at the return */
	bool failed;       /* something tgo cannot copy */
} Copier;

static Node *copy(Copier *c, Node *n);
static Node *copy_node(Copier *c, Node *n);
static Node *copy_closure(Copier *c, Node *n);
static void dead_locals(Func *fn);

static Node *ident_of(Obj *o, Pos pos) {
	Node *id = new_node(N_IDENT, pos);
	id->name = o->name;
	id->obj = o;
	id->type = o->type;
	id->mode = MODE_VAR;
	return id;
}

/* A fresh variable of the caller (a parameter or result when own: the
 * caller is a func literal's copy). */
static Obj *new_var_own(Copier *c, Obj *from, const char *name, Type *t, bool own) {
	Obj *o = new_obj(OBJ_VAR, (char *)name, c->pos, t);
	if (from) {
		int id = o->id;
		*o = *from;
		o->id = id;
		o->name = (char *)name;
		o->pos = c->pos;
		o->decl = NULL;
		o->deps = (Vec){0};
	}
	o->func = c->caller;
	o->pkg = c->caller->pkg;
	if (!own)
		o->param = o->result = o->is_recv = false;
	o->global = false;
	o->used = true;
	o->inl_var = !own;
	o->esc = NULL;
	o->aux = NULL;
	o->offset = 0;
	o->sym = NULL;
	o->heap = false;
	o->defn_value = NULL;
	if (!own) {
		o->index = 0;
		vec_push(&c->caller->locals, o);
	}
	return o;
}

static Obj *new_var(Copier *c, Obj *from, const char *name, Type *t) { return new_var_own(c, from, name, t, false); }

/* gc prints a variable inlined from another package qualified: "fmt.a"
 * (not the ~p0 and ~r0 it names itself). */
static const char *var_name(Copier *c, const char *name) {
	Package *p = c->callee->pkg;
	if (p && c->caller->pkg && p != c->caller->pkg && name[0] != '~' && strcmp(name, "_") != 0)
		return fmt("%s.%s", p->name, name);
	return name;
}

static Obj *map_obj(Copier *c, Obj *o) {
	if (!o || o->kind != OBJ_VAR || o->global)
		return o;
	if (o->func != c->callee)
		return c->parent ? map_obj(c->parent, o) : o; /* a variable the func literal captures */
	Obj *n = map_get(&c->objs, ptr_key(o));
	if (!n) {
		n = new_var(c, o, var_name(c, o->name), o->type);
		map_put(&c->objs, ptr_key(o), n);
	}
	return n;
}

static void copy_list(Copier *c, Nodes *dst, Nodes *src) {
	Nodes out = {0};
	for (int i = 0; i < src->n; i++)
		nodes_push(&out, copy(c, src->v[i]));
	*dst = out;
}

/* A statement list as gc's front end keeps it: statements after a
 * terminating one are dropped unless a label follows. */
static void copy_stmts(Copier *c, Nodes *dst, Nodes *src) {
	int last_label = -1;
	for (int i = 0; i < src->n; i++)
		if (src->v[i]->kind == N_LABELED)
			last_label = i;
	Nodes out = {0};
	bool dead = false;
	for (int i = 0; i < src->n; i++) {
		Node *s = src->v[i];
		if (dead && i > last_label && s->kind != N_LABELED)
			continue;
		nodes_push(&out, copy(c, s));
		dead = inl_terminates(s);
	}
	*dst = out;
}

static Node *goto_end(Copier *c) {
	Node *g = new_node(N_BRANCH, c->pos);
	g->op = TK_GOTO;
	g->name = c->end->name;
	g->target = c->end;
	return g;
}

/* "var x T" */
static Node *var_decl(Obj *o, Pos pos) {
	Node *spec = new_node(N_VALUESPEC, pos);
	nodes_push(&spec->list, ident_of(o, pos));
	Node *gd = new_node(N_GENDECL, pos);
	gd->op = TK_VAR;
	nodes_push(&gd->list, spec);
	Node *ds = new_node(N_DECLSTMT, pos);
	ds->x = gd;
	return ds;
}

/* return v1, v2: "~r0, ~r1 = v1, v2; goto .i0" (gc's inlReturn), the
 * results declared first when delayed */
static Node *copy_return(Copier *c, Node *r) {
	Node *b = new_node(N_BLOCK, c->pos);
	b->end = c->pos;
	if (r->list.n) {
		if (c->delay)
			for (int i = 0; i < c->nresults; i++)
				nodes_push(&b->list, var_decl(c->results[i], c->pos));
		Node *as = new_node(N_ASSIGN, c->pos);
		as->op = TK_ASSIGN;
		as->implicit = true;
		for (int i = 0; i < c->nresults; i++)
			nodes_push(&as->list, ident_of(c->results[i], c->pos));
		copy_list(c, &as->list2, &r->list);
		nodes_push(&b->list, as);
		if (c->delay && as->list.n == as->list2.n)
			for (int i = 0; i < as->list.n; i++)
				inl_record_def(c->results[i], as->list2.v[i]); /* gc's Defn */
	}
	nodes_push(&b->list, goto_end(c));
	return b;
}

/* Does ident x declare its variable (x := v with x new)? */
static bool declares(Node *x) {
	return x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && strcmp(x->name, "_") != 0 &&
	       x->pos.line == x->obj->pos.line && x->pos.col == x->obj->pos.col && x->pos.file == x->obj->pos.file;
}

/* "a, err := f()" with err declared before: in the copy, where every
 * name has the call's position, "var a T; a, err = f()". */
static Node *copy_redefine(Copier *c, Node *n) {
	bool mixed = false;
	for (int i = 0; i < n->list.n; i++) {
		Node *x = n->list.v[i];
		if (x->kind == N_IDENT && strcmp(x->name, "_") != 0 && !declares(x))
			mixed = true;
	}
	Node *m = copy_node(c, n);
	if (!mixed)
		return m;
	Node *b = new_node(N_BLOCK, c->pos);
	b->end = c->pos;
	for (int i = 0; i < n->list.n; i++) {
		if (!declares(n->list.v[i]))
			continue;
		Node *spec = new_node(N_VALUESPEC, c->pos);
		nodes_push(&spec->list, m->list.v[i]);
		Node *gd = new_node(N_GENDECL, c->pos);
		gd->op = TK_VAR;
		nodes_push(&gd->list, spec);
		Node *ds = new_node(N_DECLSTMT, c->pos);
		ds->x = gd;
		nodes_push(&b->list, ds);
		Node *use = ident_of(m->list.v[i]->obj, c->pos);
		m->list.v[i] = use;
	}
	m->op = TK_ASSIGN;
	nodes_push(&b->list, m);
	return b;
}

static char *label_name(Copier *c, const char *name) {
	char *n = map_get(&c->labels, name);
	if (!n) {
		n = fmt("%s.i%d", name, label_gen++);
		map_put(&c->labels, name, n);
	}
	return n;
}

static Node *copy(Copier *c, Node *n) {
	if (!n)
		return NULL;
	if (n->mode == MODE_TYPE || (n->kind >= N_ARRAYTYPE && n->kind <= N_FIELD))
		return n; /* types are shared */
	switch (n->kind) {
	case N_INLCALL:
		return copy(c, n->target); /* the call as written */
	case N_FUNCLIT:
		return copy_closure(c, n);
	case N_RETURN:
		if (c->closure)
			return copy_node(c, n);
		return copy_return(c, n);
	case N_ASSIGN:
		if (n->op == TK_DEFINE)
			return copy_redefine(c, n);
		return copy_node(c, n);
	default:
		return copy_node(c, n);
	}
}

/* A node and its children. */
static Node *copy_node(Copier *c, Node *n) {
	Node *m = xalloc(sizeof *m);
	*m = *n;
	m->pos = c->pos;
	m->end = c->pos;
	m->npos = c->pos;
	m->esc = NULL;
	m->esc_flags = 0;
	m->aux = NULL;
	m->moves = NULL;
	if (n->kind == N_CALL) {
		Pos *p = xalloc(sizeof *p);
		*p = n->pos;
		map_put(c->orig, ptr_key(m), p);
	}
	switch (n->kind) {
	case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT: case N_LABELED: case N_BLOCK:
		map_put(&c->nodes, ptr_key(n), m);
		break;
	case N_IDENT:
		m->obj = map_obj(c, n->obj);
		if (m->obj && m->obj != n->obj)
			m->name = m->obj->name;
		return m;
	case N_BASICLIT:
		return m;
	case N_SELECTOR:
		m->x = copy(c, n->x);
		return m;
	case N_BRANCH:
		if (n->name)
			m->name = label_name(c, n->name);
		vec_push(&c->branches, m);
		return m;
	default:
		break;
	}
	if (n->kind == N_LABELED)
		m->name = label_name(c, n->name);
	m->case_obj = map_obj(c, n->case_obj);
	m->init = copy(c, n->init);
	m->x = copy(c, n->x);
	m->y = copy(c, n->y);
	m->z = copy(c, n->z);
	m->w = copy(c, n->w);
	m->cond = copy(c, n->cond);
	m->post = copy(c, n->post);
	if (n->kind == N_BLOCK)
		copy_stmts(c, &m->list, &n->list);
	else
		copy_list(c, &m->list, &n->list);
	if (n->kind == N_CASE || n->kind == N_COMMCLAUSE)
		copy_stmts(c, &m->list2, &n->list2);
	else
		copy_list(c, &m->list2, &n->list2);
	m->body = copy(c, n->body);
	m->els = copy(c, n->els);
	return m;
}

/* Copied break, continue and goto statements target the copies. */
static void fix_branches(Copier *c) {
	for (int i = 0; i < c->branches.len; i++) {
		Node *b = c->branches.data[i];
		if (b->target) {
			Node *t = map_get(&c->nodes, ptr_key(b->target));
			if (t)
				b->target = t;
		}
	}
}

/* gc's closureName for a func literal copied into outer by inlining:
 * "main" + the inlined calls' names + ".func" + outer's next number
 * ("main.counter.func3"); inside a func literal, "." + the number. */
static char *closure_name(Copier *c, Func *outer, Func *lit) {
	Buf b = {0};
	buf_puts(&b, inl_gc_name(outer));
	Vec chain = {0};
	for (InlTree *t = c->tree; t; t = t->parent)
		vec_push(&chain, t);
	for (int i = chain.len - 1; i >= 0; i--)
		buf_printf(&b, ".%s", inl_gc_name(((InlTree *)chain.data[i])->fn));
	int k = 1;
	for (int i = 0; i < outer->closures.len; i++) {
		Func *f = outer->closures.data[i];
		if (f->is_defer_wrapper == lit->is_defer_wrapper && !f->is_wrapper)
			k++;
	}
	if (lit->is_defer_wrapper)
		buf_printf(&b, ".%s%d", strstr(lit->name, ".gowrap") ? "gowrap" : "deferwrap", k);
	else
		buf_printf(&b, "%s%d", outer->outer ? "." : ".func", k);
	return buf_cstr(&b);
}

/* A func literal of the inlined body: a new function of the caller (or of
 * the copy of the func literal it is in), its variables fresh, the
 * variables it captures from the inlined body the caller's copies. */
static Node *copy_closure(Copier *c, Node *n) {
	Func *o = n->fn;
	Func *outer = c->caller;
	Func *f = xalloc(sizeof *f);
	*f = *o;
	f->id = new_func("", NULL)->id;
	f->inl_from = o;
	f->inl_name = closure_name(c, outer, o);
	f->name = fmt("%s.%s", outer->pkg->path, f->inl_name);
	f->sym = NULL;
	f->outer = outer;
	f->pkg = outer->pkg;
	f->params = f->results = f->locals = f->closures = f->captures = (Vec){0};
	f->nclosures = 0;
	f->aux = NULL;
	f->inl = NULL;
	f->frame_size = f->args_size = f->results_size = 0;
	Copier cc = {.parent = c, .closure = true, .tree = c->tree, .caller = f, .callee = o, .pos = c->pos, .orig = c->orig};
	if (o->recv) {
		f->recv = new_var_own(&cc, o->recv, o->recv->name, o->recv->type, true);
		map_put(&cc.objs, ptr_key(o->recv), f->recv);
	}
	for (int i = 0; i < o->params.len; i++) {
		Obj *p = o->params.data[i];
		Obj *q = new_var_own(&cc, p, p->name, p->type, true);
		map_put(&cc.objs, ptr_key(p), q);
		vec_push(&f->params, q);
	}
	for (int i = 0; i < o->results.len; i++) {
		Obj *p = o->results.data[i];
		Obj *q = new_var_own(&cc, p, p->name, p->type, true);
		map_put(&cc.objs, ptr_key(p), q);
		vec_push(&f->results, q);
	}
	for (int i = 0; i < o->captures.len; i++)
		vec_push(&f->captures, map_obj(c, o->captures.data[i]));
	Node *m = xalloc(sizeof *m);
	*m = *n;
	m->pos = c->pos;
	m->esc = NULL;
	m->esc_flags = 0;
	m->aux = NULL;
	m->fn = f;
	m->body = copy(&cc, o->body);
	fix_branches(&cc);
	f->decl = m;
	f->body = m->body;
	vec_push(&outer->closures, f);
	vec_push(&outer->pkg->funcs, f);
	inl_record_defs(f->body);
	return m;
}

/* ---- one inlined call (gc's mkinlcall) ---- */

/* gc's canDelayResults: one return, with values, and unnamed results. */
static void count_returns(Node *n, int *k) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_INLCALL) {
		count_returns(n->target, k);
		return;
	}
	if (n->kind == N_RETURN)
		*k += n->list.n ? 1 : 2;
	Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		count_returns(kids[i], k);
	for (int i = 0; i < n->list.n; i++)
		count_returns(n->list.v[i], k);
	for (int i = 0; i < n->list2.n; i++)
		count_returns(n->list2.v[i], k);
}

static bool can_delay_results(Func *fn) {
	int k = 0;
	count_returns(fn->body, &k);
	if (k != 1)
		return false;
	for (int i = 0; i < fn->results.len; i++) {
		Obj *r = fn->results.data[i];
		if (r->name && r->name[0] && r->name[0] != '~' && strcmp(r->name, "_") != 0)
			return false;
	}
	return true;
}

static bool is_blank_name(const char *s) { return !s || !*s || strcmp(s, "_") == 0; }

/* Can tgo copy this call's callee (a deviation from gc when not)? */
static bool copyable(Node *call, Func *callee) {
	if (!callee->body)
		return false;
	if (call->spread && callee->type && callee->type->variadic)
		return false;
	return true;
}

/* The N_INLCALL replacing call (in place), for callee. */
static void inline_call(FnState *s, Site *st, Func *callee, Map *orig) {
	Node *call = st->call;
	Node *saved = xalloc(sizeof *saved);
	*saved = *call;
	InlTree *tree = xalloc(sizeof *tree);
	tree->fn = callee;
	tree->parent = st->tree;
	tree->pos = call->pos;
	Copier c = {.tree = tree, .caller = s->fn, .callee = callee, .pos = call->pos, .orig = orig};
	c.delay = can_delay_results(callee);
	Node *body = new_node(N_BLOCK, call->pos);
	body->end = call->pos;

	/* the parameters, assigned from the arguments: "a, b := x, y" */
	Node *f = unparen(call->x);
	Nodes args = {0};
	if (callee->recv) {
		if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD)
			nodes_push(&args, f->x);
	}
	for (int i = 0; i < call->list.n; i++)
		nodes_push(&args, call->list.v[i]);
	Vec params = {0};
	if (callee->recv)
		vec_push(&params, callee->recv);
	for (int i = 0; i < callee->params.len; i++)
		vec_push(&params, callee->params.data[i]);
	Node *as = new_node(N_ASSIGN, call->pos);
	as->op = TK_DEFINE;
	as->implicit = true;
	for (int i = 0; i < params.len; i++) {
		Obj *p = params.data[i];
		const char *name = is_blank_name(p->name) || p->name[0] == '~' ? fmt("~p%d", i) : var_name(&c, p->name);
		Obj *o = new_var(&c, p, name, p->type);
		map_put(&c.objs, ptr_key(p), o);
		nodes_push(&as->list, ident_of(o, call->pos));
	}
	as->list2 = args;
	if (call->spread && callee->recv && as->list.n > 1) {
		/* x.M(g()): gc's "t1, t2 := g(); x.M(t1, t2)" evaluates g first */
		Node *rs = new_node(N_ASSIGN, call->pos);
		rs->op = TK_DEFINE;
		rs->implicit = true;
		nodes_push(&rs->list, as->list.v[0]);
		nodes_push(&rs->list2, args.v[0]);
		Nodes rest = {0}, rargs = {0};
		for (int i = 1; i < as->list.n; i++)
			nodes_push(&rest, as->list.v[i]);
		for (int i = 1; i < args.n; i++)
			nodes_push(&rargs, args.v[i]);
		as->list = rest;
		as->list2 = rargs;
		nodes_push(&body->list, as);
		nodes_push(&body->list, rs);
	} else if (params.len) {
		nodes_push(&body->list, as);
	}

	/* the results: "var ~R0 T", or declared at the one return */
	c.nresults = callee->results.len;
	c.results = xalloc(sizeof(Obj *) * (c.nresults + 1));
	for (int i = 0; i < c.nresults; i++) {
		Obj *r = callee->results.data[i];
		const char *name = is_blank_name(r->name) || r->name[0] == '~' ? fmt("~r%d", i) : var_name(&c, r->name);
		Obj *o = new_var(&c, r, name, r->type);
		o->reassigned = !c.delay; /* declared, zeroed, then assigned (no static value) */
		map_put(&c.objs, ptr_key(r), o);
		c.results[i] = o;
		if (!c.delay)
			nodes_push(&body->list, var_decl(o, call->pos));
	}
	c.end = new_node(N_LABELED, call->pos);
	c.end->name = fmt(".i%d", label_gen++);
	c.end->x = new_node(N_EMPTY, call->pos);

	/* the body */
	int first = body->list.n;
	Nodes stmts = {0};
	copy_stmts(&c, &stmts, &callee->body->list);
	for (int i = 0; i < stmts.n; i++)
		nodes_push(&body->list, stmts.v[i]);
	nodes_push(&body->list, c.end);
	fix_branches(&c);

	/* the call becomes the inlined call, in place */
	Node *r = call;
	Pos pos = call->pos;
	Type *t = call->type;
	Mode mode = call->mode;
	const char *text = call->text;
	int textlen = call->textlen;
	memset(r, 0, sizeof *r);
	r->kind = N_INLCALL;
	r->pos = pos;
	r->type = t;
	r->mode = mode;
	r->text = text;
	r->textlen = textlen;
	r->body = body;
	r->fn = callee;
	r->target = saved;
	for (int i = 0; i < c.nresults; i++)
		nodes_push(&r->list, ident_of(c.results[i], pos));
	inl_record_defs(body);

	/* the calls of the copied body are tried next */
	Marker m = {.s = s, .tree = tree, .orig = orig};
	for (int i = first; i < body->list.n; i++)
		mark(&m, body->list.v[i]);
}

/* ---- the pass (gc's interleaved.DevirtualizeAndInlinePackage) ---- */

static const char *print_name(Func *fn) {
	const char *name = inl_gc_name(fn);
	if (fn->pkg && fn->pkg != inl_report_pkg && !fn->outer)
		return fmt("%s.%s", fn->pkg->name, name);
	return name;
}

static const char *caller_name(Func *fn) { return inl_gc_name(fn); }

/* gc's resolve: the callee a call site may inline, counting the sites of
 * each callee. */
static Func *resolve(FnState *s, Site *st, int *count) {
	*count = 0;
	if (st->call->kind != N_CALL)
		return NULL; /* inlined */
	if (st->resolved) {
		*count = (int)(intptr_t)map_get(&use_counts, ptr_key(st->resolved));
		return st->resolved;
	}
	Func *callee = inl_callee(s->fn, unparen(st->call->x));
	if (!callee || inl_is_intrinsic(callee))
		return NULL;
	st->resolved = callee;
	int k = (int)(intptr_t)map_get(&use_counts, ptr_key(callee)) + 1;
	map_put(&use_counts, ptr_key(callee), (void *)(intptr_t)k);
	*count = k;
	return callee;
}

static bool same_pos(Pos a, Pos b) { return a.file == b.file && a.line == b.line && a.col == b.col; }

/* gc's edit: inline the call of site i if gc would. */
static bool edit(FnState *s, int i, Map *orig) {
	Site *st = s->sites.data[i];
	int count;
	Func *callee = resolve(s, st, &count);
	if (!callee || count <= 0)
		return false;
	if (!callee->body)
		return false;
	if (!inl_cost_ok(callee, s->big, count == 1 && callee->outer != NULL))
		return false;
	/* a call at its own position in a copy of its function */
	for (InlTree *t = st->tree; t; t = t->parent)
		if (same_pos(t->pos, st->orig))
			return false;
	for (InlTree *t = st->tree; t; t = t->parent)
		if (t->fn == callee) {
			if (opt.m >= 2 && s->fn->pkg == inl_report_pkg)
				diag_at(st->call->pos, "cannot inline %s into %s: repeated recursive cycle", print_name(callee),
				        caller_name(s->fn));
			return false;
		}
	if (!copyable(st->call, callee))
		return false;
	if (opt.m > 0 && s->fn->pkg == inl_report_pkg)
		diag_at(st->call->pos, "inlining call to %s", print_name(callee));
	inline_call(s, st, callee, orig);
	return true;
}

static FnState *state_of(Func *fn) {
	FnState *s = map_get(&fn_states, ptr_key(fn));
	if (!s) {
		s = xalloc(sizeof *s);
		s->fn = fn;
		s->big = inl_is_big(fn);
		Marker m = {.s = s};
		mark(&m, fn->body);
		map_put(&fn_states, ptr_key(fn), s);
	}
	return s;
}

void inline_calls(Program *prog, Vec *batches) {
	Map orig = {0};
	/* first, every call site of every function is resolved (the use
	 * counts of closures) */
	for (int i = 0; i < batches->len; i++) {
		Vec *b = batches->data[i];
		for (int j = 0; j < b->len; j++) {
			FnState *s = state_of(b->data[j]);
			for (int k = 0; k < s->sites.len; k++) {
				int count;
				resolve(s, s->sites.data[k], &count);
			}
		}
	}
	(void)prog;
	for (int i = 0; i < batches->len; i++) {
		Vec *b = batches->data[i];
		bool done = false;
		while (!done) {
			done = true;
			for (int j = 0; j < b->len; j++) {
				FnState *s = state_of(b->data[j]);
				int l0 = 0, l1 = s->sites.len;
				for (;;) {
					for (int k = l0; k < l1; k++)
						if (edit(s, k, &orig))
							done = false;
					l0 = l1;
					l1 = s->sites.len;
					if (l0 == l1)
						break;
					for (int k = l0; k < l1; k++) {
						int count;
						resolve(s, s->sites.data[k], &count);
					}
				}
			}
		}
	}
	for (int i = 0; i < batches->len; i++) {
		Vec *b = batches->data[i];
		for (int j = 0; j < b->len; j++) {
			Func *fn = b->data[j];
			if (!fn->outer)
				dead_locals(fn);
		}
	}
}

/* ---- gc's deadlocals: assignments to locals nobody reads ----
 *
 * After inlining, gc (cmd/compile/internal/deadlocals) replaces each
 * assignment "x = v" whose variable is never used, and whose value has no
 * effect (a name, a constant, nil, a func literal), by "_ = 0": after
 * "g := func() {...}; g()" with g() inlined, or "apply(func() {...})"
 * with apply's f(x) inlined, the func literal is gone (no closure, no "func
 * literal does not escape"). */

#define DL_USED ((void *)1)

typedef struct DeadDef {
	Node **lhs, **rhs;
	Node *stmt;        /* the N_ASSIGN (its := may become =) */
	struct DeadDef *next;
} DeadDef;

typedef struct Dead {
	Map defs;          /* Obj* -> DeadDef* list, or DL_USED */
	Vec keys;          /* Obj*, in insertion order */
} Dead;

static void dl_node(Dead *d, Node *n);

static bool dl_blank(Node *x) { return x->kind == N_IDENT && (strcmp(x->name, "_") == 0 || !x->obj); }

/* gc's isLocal: parameters and locals, not results; a blank counts when
 * blank_not_use. */
static bool dl_local(Node *x, bool blank_not_use) {
	if (dl_blank(x))
		return blank_not_use;
	Obj *o = x->obj;
	return o && o->kind == OBJ_VAR && !o->global && !o->result;
}

static bool dl_effects(Node *n) {
	if (!n)
		return false;
	while (n->kind == N_PAREN)
		n = n->x;
	if (n->kind == N_CONV && n->implicit && n->x && n->x->type && n->x->type->kind == TY_UNTYPED_NIL)
		return false; /* nil */
	if (n->mode == MODE_CONST && !is_interface(n->type))
		return false;
	return !(n->kind == N_IDENT || n->kind == N_FUNCLIT);
}

static void dl_use(Dead *d, Obj *o) {
	void *v = map_get(&d->defs, ptr_key(o));
	if (v == DL_USED)
		return;
	if (!v)
		vec_push(&d->keys, o);
	map_put(&d->defs, ptr_key(o), DL_USED);
	for (DeadDef *a = v; a; a = a->next)
		dl_node(d, *a->rhs); /* the value skipped while x looked dead */
}

static void dl_assign(Dead *d, Node *stmt, Node **lhs, Node **rhs, bool blank_not_use) {
	Node *x = *lhs;
	if (x->kind != N_IDENT) {
		dl_node(d, x);
		dl_node(d, *rhs);
		return;
	}
	if (dl_local(x, blank_not_use) && !dl_effects(*rhs)) {
		Obj *o = dl_blank(x) ? NULL : x->obj;
		void *key = o ? (void *)o : (void *)x;
		void *v = map_get(&d->defs, ptr_key(key));
		if (v != DL_USED) {
			if (!v)
				vec_push(&d->keys, key);
			DeadDef *a = xalloc(sizeof *a);
			a->lhs = lhs;
			a->rhs = rhs;
			a->stmt = stmt;
			a->next = v;
			map_put(&d->defs, ptr_key(key), a);
			return;
		}
	}
	dl_node(d, *rhs);
}

static void dl_pairs(Dead *d, Node *stmt, Nodes *l, Nodes *r) {
	bool non_blank = false;
	for (int i = 0; i < l->n; i++)
		if (!dl_blank(l->v[i]))
			non_blank = true;
	for (int i = 0; i < l->n; i++)
		dl_assign(d, stmt, &l->v[i], &r->v[i], l->n > 1 && non_blank);
}

static void dl_list(Dead *d, Nodes *l) {
	for (int i = 0; i < l->n; i++)
		dl_node(d, l->v[i]);
}

static void dl_node(Dead *d, Node *n) {
	if (!n || n->mode == MODE_TYPE)
		return;
	switch (n->kind) {
	case N_FUNCLIT:
		if (n->fn) {
			for (int i = 0; i < n->fn->captures.len; i++)
				dl_use(d, n->fn->captures.data[i]);
			dl_node(d, n->fn->body);
		}
		return;
	case N_IDENT:
		if (!dl_blank(n) && dl_local(n, false))
			dl_use(d, n->obj);
		return;
	case N_ASSIGN:
		if ((n->op == TK_ASSIGN || n->op == TK_DEFINE) && n->list.n == n->list2.n) {
			dl_pairs(d, n, &n->list, &n->list2);
			return;
		}
		dl_list(d, &n->list);
		dl_list(d, &n->list2);
		return;
	case N_VALUESPEC:
		if (n->list.n == n->list2.n) {
			dl_pairs(d, n, &n->list, &n->list2);
			return;
		}
		dl_list(d, &n->list2);
		if (n->list2.n)
			dl_list(d, &n->list);
		return;
	case N_SELECTOR:
		if (n->sel_kind != SEL_QUALIFIED)
			dl_node(d, n->x);
		return;
	default:
		break;
	}
	dl_node(d, n->init);
	dl_node(d, n->x);
	dl_node(d, n->y);
	dl_node(d, n->z);
	dl_node(d, n->w);
	dl_node(d, n->cond);
	dl_node(d, n->post);
	dl_list(d, &n->list);
	dl_list(d, &n->list2);
	dl_node(d, n->body);
	dl_node(d, n->els);
}

static void dead_locals(Func *fn) {
	if (!fn->body)
		return;
	Dead d = {0};
	dl_node(&d, fn->body);
	for (int i = 0; i < d.keys.len; i++) {
		void *v = map_get(&d.defs, ptr_key(d.keys.data[i]));
		if (v == DL_USED)
			continue;
		for (DeadDef *a = v; a; a = a->next) {
			Node *x = *a->lhs;
			Node *b = new_node(N_IDENT, x->pos);
			b->name = "_";
			b->type = type_int;
			b->mode = MODE_VAR;
			*a->lhs = b;
			Node *z = new_node(N_BASICLIT, x->pos);
			z->op = TK_INT;
			z->text = "0";
			z->textlen = 1;
			z->mode = MODE_CONST;
			z->type = type_int;
			z->cval = const_int64(0);
			*a->rhs = z;
			Node *s = a->stmt;
			if (s->kind == N_ASSIGN && s->op == TK_DEFINE) {
				bool any = false;
				for (int j = 0; j < s->list.n; j++)
					if (!dl_blank(s->list.v[j]))
						any = true;
				if (!any)
					s->op = TK_ASSIGN;
			}
		}
	}
}
