/*
 * bloop.c — gc's bloop pass (cmd/compile/internal/bloop): what a
 * `for b.Loop() { ... }` benchmark loop keeps alive.
 *
 * gc 1.26 keeps the results of the statements of a testing.B.Loop loop
 * alive, so that dead code and dead store elimination cannot remove the
 * code being measured (issues 61515, 73137): in the loop's body and in the
 * bodies nested in it, the variable assigned, a call's results, or the
 * arguments of a call without results are passed to runtime.KeepAlive after
 * the statement.  -m=2 says so, before inlining:
 *
 *     for b.Loop() {
 *         f(1)        // function result will be kept alive
 *         g(1)        // function arg will be kept alive  (g has no results)
 *         g(x)        // main.x will be kept alive
 *         x = f(2)    // main.x will be kept alive
 *         *p = 3      // dereference will be kept alive
 *     }
 *
 * tgo's code generator eliminates neither dead code nor dead stores, so
 * the statements are kept as they are; this pass prints gc's -m=2 lines.
 * (gc's temporaries make a blank assignment "_ = f()" name
 * "main..autotmp_N"; tgo numbers its own.)  gc walks the loop in
 * post-order: the bodies nested in a statement before the statement list
 * they are in.  A block statement's statements belong to the enclosing
 * list, as gc's front end splices them.
 */
#include "tgo.h"

static int autotmp_gen;

static bool is_b_loop(Node *n) {
	if (n->kind != N_FOR || !n->cond)
		return false;
	Node *c = skip_parens(n->cond);
	if (c->kind != N_CALL)
		return false;
	Node *f = skip_parens(c->x);
	if (f->kind != N_SELECTOR || f->sel_kind != SEL_METHOD || !f->obj || strcmp(f->obj->name, "Loop") != 0)
		return false;
	Package *p = f->obj->pkg;
	return p && p->path && strcmp(p->path, "testing") == 0 && f->obj->ptr_recv;
}

/* gc's getNameFromNode: the variable under selectors, indexing, slicing,
 * conversions and &; NULL if none (or it is not addressable: a function). */
static Obj *name_of(Node *n) {
	for (;;) {
		n = skip_parens(n);
		switch (n->kind) {
		case N_IDENT:
			return n->obj && n->obj->kind == OBJ_VAR ? n->obj : NULL;
		case N_SELECTOR:
			if (n->sel_kind != SEL_FIELD)
				return NULL;
			n = n->x;
			break;
		case N_SLICE: case N_INDEX: case N_CONV:
			n = n->x;
			break;
		case N_UNARY:
			if (n->op != TK_AND)
				return NULL;
			n = n->x;
			break;
		case N_DEREF: /* p.f through a pointer: gc's ODOTPTR */
			n = n->x;
			break;
		default:
			return NULL;
		}
	}
}

static void kept(Node *at, Obj *o) { diag_at(at->pos, "%s.%s will be kept alive", o->pkg ? o->pkg->path : "main", o->name); }

static void kept_tmp(Node *at, Package *pkg) {
	diag_at(at->pos, "%s..autotmp_%d will be kept alive", pkg->path, autotmp_gen++);
}

/* An assigned expression: its variable, or a dereference. */
static void kept_lhs(Node *at, Node *x, Package *pkg) {
	Node *y = skip_parens(x);
	if (y->kind == N_IDENT && strcmp(y->name, "_") == 0) {
		kept_tmp(at, pkg);
		return;
	}
	Obj *o = name_of(x);
	if (o)
		kept(at, o);
	else if (y->kind == N_STAR || y->kind == N_DEREF)
		diag_at(at->pos, "dereference will be kept alive");
	else
		diag_at(at->pos, "expr is unknown to bloop pass");
}

static bool is_builtin_call(Node *call) {
	Node *f = skip_parens(call->x);
	return (f->kind == N_IDENT || f->kind == N_SELECTOR) && f->obj && f->obj->kind == OBJ_BUILTIN;
}

static void call_stmt(Node *call) {
	if (is_builtin_call(call) || skip_parens(call->x)->mode == MODE_TYPE)
		return; /* print, copy, panic ...: not calls in gc's IR */
	Type *ft = skip_parens(call->x)->type;
	if (ft && under(ft)->kind == TY_FUNC && under(ft)->nresults) {
		diag_at(call->pos, "function result%s will be kept alive", under(ft)->nresults > 1 ? "s" : "");
		return;
	}
	for (int i = 0; i < call->list.n; i++) {
		Node *a = skip_parens(call->list.v[i]);
		Obj *o = name_of(a);
		if (o) {
			kept(call, o);
		} else if (a->kind == N_COMPOSITE && a->vararg) {
			for (int j = 0; j < a->list.n; j++) {
				Obj *e = name_of(a->list.v[j]);
				if (e)
					kept(call, e);
				else
					diag_at(call->pos, "function arg will be kept alive");
			}
		} else {
			diag_at(call->pos, "function arg will be kept alive");
		}
	}
}

/* gc's preserveStmt, for its -m=2 lines. */
static void preserve_stmt(Node *s, Package *pkg) {
	switch (s->kind) {
	case N_ASSIGN:
		if (s->op != TK_ASSIGN && s->op != TK_DEFINE) {
			kept_lhs(s, s->list.v[0], pkg); /* x op= y */
			return;
		}
		for (int i = 0; i < s->list.n; i++)
			kept_lhs(s, s->list.v[i], pkg);
		return;
	case N_INCDEC:
		kept_lhs(s, s->x, pkg);
		return;
	case N_EXPRSTMT: {
		Node *x = skip_parens(s->x);
		if (x->kind == N_CALL)
			call_stmt(x);
		return;
	}
	default:
		return;
	}
}

static void preserve_list(Nodes *l, Package *pkg) {
	for (int i = 0; i < l->n; i++) {
		Node *s = l->v[i];
		if (s->kind == N_BLOCK)
			preserve_list(&s->list, pkg); /* spliced into the enclosing list */
		else
			preserve_stmt(s, pkg);
	}
}

typedef struct Walk {
	bool in_loop;
	Package *pkg;
} Walk;

static void walk(Node *n, void *arg) {
	if (!n || n->mode == MODE_TYPE)
		return;
	Walk w = *(Walk *)arg;
	w.in_loop = w.in_loop || is_b_loop(n);
	visit_children(n, walk, &w); /* nested bodies first (not func literals) */
	if (!w.in_loop)
		return;
	switch (n->kind) {
	case N_FOR: case N_RANGE:
		if (n->body)
			preserve_list(&n->body->list, w.pkg);
		break;
	case N_IF:
		if (n->body)
			preserve_list(&n->body->list, w.pkg);
		if (n->els && n->els->kind == N_BLOCK)
			preserve_list(&n->els->list, w.pkg);
		break;
	case N_CASE: case N_COMMCLAUSE:
		preserve_list(&n->list2, w.pkg);
		break;
	default:
		break;
	}
}

static bool imports_testing(Package *p) {
	for (int i = 0; i < p->imports.len; i++) {
		Package *q = p->imports.data[i];
		if (q->path && strcmp(q->path, "testing") == 0)
			return true;
	}
	return false;
}

/* gc's BloopWalk over the package being reported (its -m=2 lines). */
void bloop_program(Package *pkg) {
	if (!pkg || opt.m < 2 || !imports_testing(pkg))
		return;
	for (int i = 0; i < pkg->funcs.len; i++) {
		Func *fn = pkg->funcs.data[i];
		Walk w = {.pkg = pkg};
		if (fn->body && !fn->is_wrapper)
			walk(fn->body, &w);
	}
	diag_flush();
}
