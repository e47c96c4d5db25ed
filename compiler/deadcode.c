/*
 * deadcode.c — the code gc's front end never writes out.
 *
 * gc's noder drops statements it can prove unreachable before any later
 * pass sees them: the branch of an if whose condition is a constant (its
 * staticBool also folds !, && and ||), and the statements after a
 * terminating one (return, goto, panic, an if both of whose branches
 * terminate) unless a label follows.  Escape analysis (its locations and
 * -m lines), the inliner (its costs) and the inlined bodies must not see
 * them either, so all three ask these two functions.
 *
 * A switch on a constant whose cases are all constants is rewritten, in
 * place, once after checking, as gc's noder writes it (issue 50253): the
 * clause it always takes becomes the switch's only clause, a default of a
 * switch without tag, or the switch is left empty when no clause matches:
 *
 *     switch runtime.GOOS { case "linux": a(); default: b() }
 *                                         =>  switch { default: a() }
 */
#include "tgo.h"
#include "const.h"

/* +1 / -1 when the condition is statically true / false, 0 otherwise
 * (gc's rules, including !x being as static as x) */
int gc_static_bool(Node *e) {
	if (!e)
		return 0;
	if (e->mode == MODE_CONST && e->cval && e->type && is_boolean(e->type))
		return const_bool_val(e->cval) ? 1 : -1;
	if (e->kind == N_UNARY && e->op == TK_NOT)
		return gc_static_bool(e->x);
	if (e->kind == N_BINARY && e->op == TK_LAND) {
		int x = gc_static_bool(e->x);
		if (x < 0)
			return x;
		int y = gc_static_bool(e->y);
		if (x > 0 || y < 0)
			return y;
	}
	if (e->kind == N_BINARY && e->op == TK_LOR) {
		int x = gc_static_bool(e->x);
		if (x > 0)
			return x;
		int y = gc_static_bool(e->y);
		if (x < 0 || y > 0)
			return y;
	}
	return 0;
}

bool gc_terminates(Node *s) {
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
		int c = gc_static_bool(s->cond);
		return (c < 0 || gc_terminates(s->body)) && (c > 0 || gc_terminates(s->els));
	}
	case N_BLOCK: {
		Node *last = NULL;
		for (int i = 0; i < s->list.n; i++)
			if (s->list.v[i] && s->list.v[i]->kind != N_EMPTY)
				last = s->list.v[i];
		return gc_terminates(last);
	}
	default:
		return false;
	}
}

/* The last non-empty statement of a clause is a fallthrough. */
static bool ends_in_fallthrough(Nodes *l) {
	for (int i = l->n - 1; i >= 0; i--) {
		Node *s = l->v[i];
		while (s && s->kind == N_LABELED)
			s = s->x;
		if (!s || s->kind == N_EMPTY)
			continue;
		return s->kind == N_BRANCH && s->op == TK_FALLTHROUGH;
	}
	return false;
}

static bool const_value(Node *e) { return e && e->mode == MODE_CONST && e->cval; }

static void fold_switch(Node *n) {
	Node *tag = n->x;
	if (tag && !const_value(tag))
		return;
	Const *tv = tag ? tag->cval : const_bool(true);
	Node *target = NULL;
	for (int i = 0; i < n->list.n && !(target && target->list.n); i++) {
		Node *c = n->list.v[i];
		if (!c->list.n)
			target = c;
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			if (!const_value(e))
				return; /* a case that is not constant: gc gives up */
			if (const_compare(COP_EQL, tv, e->cval)) {
				target = c;
				break;
			}
		}
	}
	if (target && ends_in_fallthrough(&target->list2))
		return;
	n->list.n = 0;
	if (target) {
		target->list.n = 0;
		target->is_default = true;
		nodes_push(&n->list, target);
	}
	n->x = NULL;
}

static void fold_node(Node *n, void *arg) {
	if (!n || n->mode == MODE_TYPE)
		return;
	if (n->kind == N_SWITCH)
		fold_switch(n);
	visit_children(n, fold_node, arg); /* not func literals: functions of their own */
}

void gc_fold_const_switches(Program *prog) {
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		for (int j = 0; j < p->funcs.len; j++)
			fold_node(((Func *)p->funcs.data[j])->body, NULL);
	}
}
