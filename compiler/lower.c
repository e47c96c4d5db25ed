/*
 * lower.c — rewrites of the checked AST that make later stages simpler.
 *
 * defer and go: Go evaluates the function value and the arguments of a
 * deferred (or go) call when the statement executes, and makes the call
 * later.  As gc does, tgo rewrites
 *
 *     defer f(a, b)        into   { t1 := a; t2 := b; defer func() { f(t1, t2) }() }
 *     defer x.M(a)                { r := x; t1 := a;  defer func() { r.M(t1) }() }
 *     defer f(g())                { t1, t2 := g();    defer func() { f(t1, t2) }() }
 *
 * where the temporaries are captured by value; for an interface receiver,
 * the statement's y is r, nil-checked when the statement executes.  The closure is a function
 * of the enclosing function named "<fn>.deferwrapN" (gc's name); its call is
 * marked so that recover() in f still counts as being called directly by a
 * deferred function.  "defer func() { ... }()" needs no wrapper.
 */
#include "tgo.h"

static Package *cur_pkg;
static Func *cur_fn;
static int wrap_counter;

static Node *ident_of(Obj *o, Pos pos) {
	o->pos = o->pos.line ? o->pos : pos;
	return new_ident_node(o, pos);
}

/* gc's normalizeGoDeferCall: which operands of a go/defer call are
 * evaluated at the statement (spilled into temporaries the wrapper
 * captures) and which are left for the wrapper to evaluate.  The results
 * of g in "defer f(g())" are spilled by a second assignment, after the
 * first: "t1, t2 := g()" (gc's RewriteMultiValueCall). */
typedef struct Spill {
	Nodes lhs, rhs;
	Node *results; /* t1, t2 := g(), or NULL */
	Pos pos;
} Spill;

static Obj *spill_temp(Type *t, Pos pos) {
	Obj *o = new_obj(OBJ_VAR, fmt(".autotmp_%d", ++wrap_counter), pos, t);
	o->func = cur_fn;
	o->pkg = cur_pkg;
	o->captured = true;
	o->used = true;
	o->state = 2;
	vec_push(&cur_fn->locals, o);
	return o;
}

static void spill_operand(Node **argp, Spill *sp) {
	Node *arg = *argp;
	if (!arg)
		return;
	if (arg->mode == MODE_CONST || arg->mode == MODE_TYPE)
		return;
	Node *a = arg;
	while (a->kind == N_PAREN)
		a = a->x;
	switch (a->kind) {
	case N_IDENT:
		if (a->obj && (a->obj->kind == OBJ_FUNC || a->obj->kind == OBJ_NIL))
			return;
		break;
	case N_SELECTOR:
		if (a->sel_kind == SEL_METHODEXPR || (a->sel_kind == SEL_QUALIFIED && a->obj->kind == OBJ_FUNC))
			return;
		break;
	case N_CALL:
		if (a->op == BI_NEW && a->x->obj && a->x->obj->kind == OBJ_BUILTIN)
			return;
		break;
	case N_FUNCLIT:
		if (a->fn->is_wrapper && !a->fn->captures.len)
			return; /* the checker's wrapper of a built-in: b(g()) */
		break;
	/* gc leaves &x to the wrapper only when x is an OLINKSYMOFFSET, which
	 * the type checker never produces for source code: &global is spilled
	 * (and captured) like any other operand. */
	case N_CONV:
		if (under(a->type)->kind == TY_UINTPTR && under(a->x->type)->kind == TY_UNSAFEPTR) {
			spill_operand(&a->x, sp);
			return;
		}
		break;
	case N_COMPOSITE:
		if (under(a->type)->kind != TY_MAP) {
			for (int i = 0; i < a->list.n; i++) {
				Node **el = &a->list.v[i];
				if ((*el)->kind == N_KEYVALUE)
					el = &(*el)->y;
				spill_operand(el, sp);
			}
			return;
		}
		break;
	default:
		break;
	}
	/* tmp := arg, captured by the wrapper */
	Pos pos = arg->pos.line ? arg->pos : sp->pos;
	Obj *t = spill_temp(arg->type, pos);
	nodes_push(&sp->lhs, ident_of(t, pos));
	nodes_push(&sp->rhs, arg);
	*argp = ident_of(t, pos);
}

/* defer f(g()) with g multi-valued: t1, t2 := g(); the call becomes
 * f(t1, t2) with the conversions and the variadic slice of such a call. */
static void spill_results(Node *call, Spill *sp) {
	Node *g = call->list.v[0];
	Type *tt = g->type;
	Pos pos = g->pos.line ? g->pos : sp->pos;
	Node *a = new_node(N_ASSIGN, pos);
	a->op = TK_DEFINE;
	nodes_push(&a->list2, g);
	Nodes args = {0};
	for (int i = 0; i < tt->nfields; i++) {
		Obj *t = spill_temp(tt->fields[i]->type, pos);
		nodes_push(&a->list, ident_of(t, pos));
		nodes_push(&args, ident_of(t, pos));
	}
	sp->results = a;
	unspread_call(call, args);
}

static void lower_defer(Node *s, Nodes *out) {
	Node *call = s->x;
	while (call->kind == N_PAREN)
		call = call->x;
	bool is_go = s->kind == N_GO;
	Node *f = call->x;
	while (f->kind == N_PAREN)
		f = f->x;
	bool builtin = f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN;
	/* already in normal form: a func value without parameters or results */
	if (!builtin && !(f->kind == N_SELECTOR && (f->sel_kind == SEL_METHOD || f->sel_kind == SEL_IFACEMETHOD))) {
		Type *sig = under(f->type);
		if (sig->kind == TY_FUNC && sig->nfields == 0 && sig->nresults == 0) {
			nodes_push(out, s);
			return;
		}
	}
	Spill sp = {{0}, {0}, NULL, call->pos};
	Node *newcall = new_node(N_CALL, call->pos);
	*newcall = *call;
	newcall->list = (Nodes){0};
	for (int i = 0; i < call->list.n; i++)
		nodes_push(&newcall->list, call->list.v[i]);
	if (f->kind == N_SELECTOR && (f->sel_kind == SEL_METHOD || f->sel_kind == SEL_IFACEMETHOD)) {
		Node *sel = new_node(N_SELECTOR, f->pos);
		*sel = *f;
		newcall->x = sel;
		spill_operand(&sel->x, &sp); /* the receiver first */
		/* gc nil-checks an interface receiver at the statement: a nil
		 * interface panics at "defer x.M()", not when the call runs */
		if (f->sel_kind == SEL_IFACEMETHOD)
			s->y = sel->x;
	} else if (!builtin) {
		spill_operand(&newcall->x, &sp);
	}
	if (newcall->spread) {
		spill_results(newcall, &sp);
	} else {
		for (int i = 0; i < newcall->list.n; i++) {
			/* the type argument of make/new stays a type */
			spill_operand(&newcall->list.v[i], &sp);
		}
	}
	newcall->has_defer = !is_go;
	/* the wrapper closure */
	Func *w = new_func(fmt("%s.%s%d", cur_fn->name, is_go ? "gowrap" : "deferwrap", ++cur_fn->nclosures), cur_pkg);
	w->outer = cur_fn;
	w->is_defer_wrapper = true;
	Type *sig = new_type(TY_FUNC);
	w->type = sig;
	Node *body = new_node(N_BLOCK, s->pos);
	Node *st = new_node(N_EXPRSTMT, s->pos);
	st->x = newcall;
	nodes_push(&body->list, st);
	w->body = body;
	for (int i = 0; i < sp.lhs.n; i++)
		vec_push(&w->captures, sp.lhs.v[i]->obj);
	for (int i = 0; sp.results && i < sp.results->list.n; i++)
		vec_push(&w->captures, sp.results->list.v[i]->obj);
	vec_push(&cur_fn->closures, w);
	vec_push(&cur_pkg->funcs, w);
	Node *lit = new_node(N_FUNCLIT, s->pos);
	lit->fn = w;
	lit->type = sig;
	lit->mode = MODE_VALUE;
	w->decl = lit;
	Node *c = new_node(N_CALL, s->pos);
	c->x = lit;
	c->type = type_empty_tuple;
	c->mode = MODE_NOVALUE;
	s->x = c;
	if (sp.lhs.n) {
		/* t1, t2 := a1, a2 */
		Node *a = new_node(N_ASSIGN, call->pos);
		a->op = TK_DEFINE;
		a->list = sp.lhs;
		a->list2 = sp.rhs;
		nodes_push(out, a);
	}
	if (sp.results)
		nodes_push(out, sp.results);
	nodes_push(out, s);
}

static void lower_stmts(Nodes *l);

static void lower_stmt(Node *s) {
	if (!s)
		return;
	switch (s->kind) {
	case N_BLOCK:
		lower_stmts(&s->list);
		break;
	case N_IF:
		lower_stmt(s->body);
		lower_stmt(s->els);
		break;
	case N_FOR: case N_RANGE:
		lower_stmt(s->body);
		break;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		for (int i = 0; i < s->list.n; i++)
			lower_stmts(&s->list.v[i]->list2);
		break;
	case N_LABELED:
		lower_stmt(s->x);
		break;
	default:
		break;
	}
}

static void lower_stmts(Nodes *l) {
	Nodes out = {0};
	bool changed = false;
	for (int i = 0; i < l->n; i++) {
		Node *s = l->v[i];
		if (s->kind == N_DEFER || s->kind == N_GO) {
			lower_defer(s, &out);
			changed = true;
			continue;
		}
		if (s->kind == N_LABELED && (s->x->kind == N_DEFER || s->x->kind == N_GO)) {
			Nodes tmp = {0};
			lower_defer(s->x, &tmp);
			Node *blk = new_node(N_BLOCK, s->pos);
			blk->list = tmp;
			s->x = blk;
			nodes_push(&out, s);
			changed = true;
			continue;
		}
		lower_stmt(s);
		nodes_push(&out, s);
	}
	if (changed)
		*l = out;
}

void lower_defers(Program *prog) {
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		cur_pkg = p;
		int n = p->funcs.len; /* wrappers added below need no lowering */
		for (int j = 0; j < n; j++) {
			Func *fn = p->funcs.data[j];
			if (!fn->body || fn->is_defer_wrapper)
				continue;
			cur_fn = fn;
			lower_stmts(&fn->body->list);
		}
	}
}
