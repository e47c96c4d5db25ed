/*
 * lower.c — rewrites of the checked AST that make later stages simpler.
 *
 * defer and go: Go evaluates the function value and the arguments of a
 * deferred (or go) call when the statement executes, and makes the call
 * later.  As gc does, tgo rewrites
 *
 *     defer f(a, b)        into   { t1 := a; t2 := b; defer func() { f(t1, t2) }() }
 *     defer x.M(a)                { r := x; t1 := a;  defer func() { r.M(t1) }() }
 *
 * where the temporaries are captured by value.  The closure is a function
 * of the enclosing function named "<fn>.deferwrapN" (gc's name); its call is
 * marked so that recover() in f still counts as being called directly by a
 * deferred function.  "defer func() { ... }()" needs no wrapper.
 */
#include "tgo.h"

static Package *cur_pkg;
static Func *cur_fn;
static int wrap_counter;

static Node *ident_of(Obj *o, Pos pos) {
	Node *n = new_node(N_IDENT, pos);
	n->name = o->name;
	n->obj = o;
	n->type = o->type;
	n->mode = MODE_VAR;
	return n;
}

/* A by-value temporary of the current function holding the value of e;
 * the assignment is appended to pre. */
static Node *capture(Node *e, Nodes *pre) {
	if (e->mode == MODE_CONST || e->mode == MODE_TYPE)
		return e;
	if (e->kind == N_IDENT && e->obj && e->obj->kind == OBJ_FUNC)
		return e;
	if (e->kind == N_FUNCLIT && e->fn && e->fn->captures.len == 0)
		return e;
	Obj *t = new_obj(OBJ_VAR, fmt(".autotmp_%d", ++wrap_counter), e->pos, e->type);
	t->func = cur_fn;
	t->pkg = cur_pkg;
	t->byval = true;
	t->captured = true;
	t->used = true;
	vec_push(&cur_fn->locals, t);
	Node *a = new_node(N_ASSIGN, e->pos);
	a->op = TK_ASSIGN;
	nodes_push(&a->list, ident_of(t, e->pos));
	nodes_push(&a->list2, e);
	nodes_push(pre, a);
	return ident_of(t, e->pos);
}

static void lower_defer(Node *s, Nodes *out) {
	Node *call = s->x;
	while (call->kind == N_PAREN)
		call = call->x;
	bool is_go = s->kind == N_GO;
	/* defer func(){...}(): the closure itself is deferred */
	if (call->kind == N_CALL && call->x->kind == N_FUNCLIT && call->list.n == 0) {
		nodes_push(out, s);
		return;
	}
	Nodes pre = {0};
	Node *newcall = new_node(N_CALL, call->pos);
	*newcall = *call;
	newcall->list = (Nodes){0};
	Node *f = call->x;
	while (f->kind == N_PAREN)
		f = f->x;
	if (call->kind == N_CALL && f->kind == N_SELECTOR && (f->sel_kind == SEL_METHOD || f->sel_kind == SEL_IFACEMETHOD)) {
		Node *sel = new_node(N_SELECTOR, f->pos);
		*sel = *f;
		sel->x = capture(f->x, &pre);
		newcall->x = sel;
	} else if (call->kind == N_CALL && !(f->kind == N_IDENT && f->obj && (f->obj->kind == OBJ_FUNC || f->obj->kind == OBJ_BUILTIN)) &&
	           !(f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj->kind == OBJ_FUNC)) {
		newcall->x = capture(f, &pre);
	}
	for (int i = 0; i < call->list.n; i++) {
		Node *a = call->list.v[i];
		/* the type argument of make/new stays a type */
		nodes_push(&newcall->list, capture(a, &pre));
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
	for (int i = 0; i < pre.n; i++)
		vec_push(&w->captures, pre.v[i]->list.v[0]->obj);
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
	for (int i = 0; i < pre.n; i++)
		nodes_push(out, pre.v[i]);
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

void lower_program(Program *prog) { (void)prog; }

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
