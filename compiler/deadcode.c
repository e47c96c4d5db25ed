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
 */
#include "tgo.h"

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
