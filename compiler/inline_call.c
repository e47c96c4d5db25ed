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

static Node *ident_of(Obj *o, Pos pos) {
	Node *id = new_node(N_IDENT, pos);
	id->name = o->name;
	id->obj = o;
	id->type = o->type;
	id->mode = MODE_VAR;
	return id;
}

/* A fresh variable of the caller. */
static Obj *new_var(Copier *c, Obj *from, const char *name, Type *t) {
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
	o->param = o->result = o->is_recv = false;
	o->global = false;
	o->used = true;
	o->inl_var = true;
	o->esc = NULL;
	o->aux = NULL;
	o->offset = 0;
	o->sym = NULL;
	o->heap = false;
	o->defn_value = NULL;
	o->index = 0;
	vec_push(&c->caller->locals, o);
	return o;
}

static Obj *map_obj(Copier *c, Obj *o) {
	if (!o || o->kind != OBJ_VAR || o->global || o->func != c->callee)
		return o;
	Obj *n = map_get(&c->objs, ptr_key(o));
	if (!n) {
		n = new_var(c, o, o->name, o->type);
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

/* return v1, v2: "~R0, ~R1 = v1, v2; goto .i0" */
static Node *copy_return(Copier *c, Node *r) {
	Node *b = new_node(N_BLOCK, c->pos);
	b->end = c->pos;
	if (r->list.n) {
		Node *as = new_node(N_ASSIGN, c->pos);
		as->op = c->delay ? TK_DEFINE : TK_ASSIGN;
		for (int i = 0; i < c->nresults; i++)
			nodes_push(&as->list, ident_of(c->results[i], c->pos));
		copy_list(c, &as->list2, &r->list);
		nodes_push(&b->list, as);
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
		c->failed = true;
		return n;
	case N_RETURN:
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

/* ---- one inlined call (gc's mkinlcall) ---- */

static bool has_funclit(Node *n) {
	if (!n)
		return false;
	if (n->kind == N_FUNCLIT)
		return true;
	if (n->kind == N_INLCALL)
		return has_funclit(n->target);
	if (has_funclit(n->init) || has_funclit(n->x) || has_funclit(n->y) || has_funclit(n->z) || has_funclit(n->w) ||
	    has_funclit(n->cond) || has_funclit(n->post) || has_funclit(n->body) || has_funclit(n->els))
		return true;
	for (int i = 0; i < n->list.n; i++)
		if (has_funclit(n->list.v[i]))
			return true;
	for (int i = 0; i < n->list2.n; i++)
		if (has_funclit(n->list2.v[i]))
			return true;
	return false;
}

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
	if (!callee->body || has_funclit(callee->body))
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
	Copier c = {.caller = s->fn, .callee = callee, .pos = call->pos, .orig = orig};
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
	for (int i = 0; i < params.len; i++) {
		Obj *p = params.data[i];
		const char *name = is_blank_name(p->name) || p->name[0] == '~' ? fmt("~p%d", i) : p->name;
		Obj *o = new_var(&c, p, name, p->type);
		map_put(&c.objs, ptr_key(p), o);
		nodes_push(&as->list, ident_of(o, call->pos));
	}
	as->list2 = args;
	if (call->spread && callee->recv && as->list.n > 1) {
		/* x.M(g()): gc's "t1, t2 := g(); x.M(t1, t2)" evaluates g first */
		Node *rs = new_node(N_ASSIGN, call->pos);
		rs->op = TK_DEFINE;
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
		const char *name = is_blank_name(r->name) || r->name[0] == '~' ? fmt("~r%d", i) : r->name;
		Obj *o = new_var(&c, r, name, r->type);
		map_put(&c.objs, ptr_key(r), o);
		c.results[i] = o;
		if (!c.delay) {
			Node *spec = new_node(N_VALUESPEC, call->pos);
			nodes_push(&spec->list, ident_of(o, call->pos));
			Node *gd = new_node(N_GENDECL, call->pos);
			gd->op = TK_VAR;
			nodes_push(&gd->list, spec);
			Node *ds = new_node(N_DECLSTMT, call->pos);
			ds->x = gd;
			nodes_push(&body->list, ds);
		}
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
	for (int i = 0; i < c.branches.len; i++) {
		Node *b = c.branches.data[i];
		if (b->target) {
			Node *t = map_get(&c.nodes, ptr_key(b->target));
			if (t)
				b->target = t;
		}
	}

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
	InlTree *tree = xalloc(sizeof *tree);
	tree->fn = callee;
	tree->parent = st->tree;
	tree->pos = pos;
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
}
