/*
 * check_stmt.c — type checking of statements and function bodies.
 *
 * Besides the statements themselves this file implements the rules that
 * span a whole function: "missing return" (the spec's terminating
 * statements) and "declared and not used".  Labels and branch statements
 * were checked right after parsing (branches.c).  Loop variables declared by for and range
 * clauses are marked loop_var: Go 1.22 gives each iteration a fresh copy.
 */
#include "check.h"

static void check_stmt(Node *s);

static void open_scope(void) { ck.scope = new_scope(ck.scope, ck.fn); }
static void close_scope(void) { ck.scope = ck.scope->outer; }

static Obj *declare_var(Node *name, Type *t) {
	Obj *o = new_obj(OBJ_VAR, name->name, name->pos, t);
	o->func = ck.fn;
	o->pkg = ck.pkg;
	name->obj = o;
	name->type = t;
	name->mode = MODE_VAR;
	if (strcmp(o->name, "_") != 0 && scope_lookup_local(ck.scope, o->name)) {
		declare_obj(ck.scope, o, name); /* reports the redeclaration */
		o->used = true;
	} else {
		declare_obj(ck.scope, o, name);
	}
	if (ck.fn)
		vec_push(&ck.fn->locals, o);
	return o;
}

static void report_unused(Func *fn) {
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (!o->used && !o->param && !o->result && strcmp(o->name, "_") != 0 && !o->is_recv)
			error_at(o->pos, "declared and not used: %s", o->name);
	}
}

/* ---- terminating statements (spec) ---- */

static bool has_break(Node *s, Node *target, bool implicit);

static bool list_has_break(Nodes *l, Node *target, bool implicit) {
	for (int i = 0; i < l->n; i++)
		if (has_break(l->v[i], target, implicit))
			return true;
	return false;
}

/* Does s contain a break that leaves target?  implicit: an unlabeled break
 * at this nesting level refers to target. */
static bool has_break(Node *s, Node *target, bool implicit) {
	if (!s)
		return false;
	switch (s->kind) {
	case N_BRANCH:
		if (s->op == TK_BREAK) {
			if (!s->name)
				return implicit;
			return s->target == target;
		}
		return false;
	case N_BLOCK:
		return list_has_break(&s->list, target, implicit);
	case N_LABELED:
		return has_break(s->x, target, implicit);
	case N_IF:
		return has_break(s->body, target, implicit) || has_break(s->els, target, implicit);
	case N_CASE: case N_COMMCLAUSE:
		return list_has_break(&s->list2, target, implicit);
	case N_FOR: case N_RANGE:
		return has_break(s->body, target, false);
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		return list_has_break(&s->list, target, false);
	default:
		return false;
	}
}

bool is_terminating(Node *s, const char *label) {
	if (!s)
		return false;
	switch (s->kind) {
	case N_RETURN:
		return true;
	case N_BRANCH:
		return s->op == TK_GOTO || s->op == TK_FALLTHROUGH;
	case N_EXPRSTMT: {
		Node *x = s->x;
		while (x->kind == N_PAREN)
			x = x->x;
		return x->kind == N_CALL && x->op == BI_PANIC && x->x->obj && x->x->obj->kind == OBJ_BUILTIN;
	}
	case N_BLOCK:
		return s->list.n > 0 && is_terminating(s->list.v[s->list.n - 1], NULL);
	case N_IF:
		return s->els && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
	case N_LABELED:
		return is_terminating(s->x, s->name);
	case N_FOR:
		return !s->cond && !has_break(s->body, s, true);
	case N_RANGE:
		return false;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
		bool has_default = s->kind == N_SELECT;
		for (int i = 0; i < s->list.n; i++) {
			Node *c = s->list.v[i];
			if (c->is_default)
				has_default = true;
			Nodes *body = &c->list2;
			if (body->n == 0)
				return false;
			Node *last = body->v[body->n - 1];
			if (!is_terminating(last, NULL))
				return false;
			if (list_has_break(body, s, true))
				return false;
		}
		(void)label;
		return has_default;
	}
	default:
		return false;
	}
}

/* ---- function bodies ---- */

void check_func_body(Func *fn) {
	Func *saved_fn = ck.fn;
	Scope *saved_scope = ck.scope;
	ck.fn = fn;
	ck.scope = new_scope(ck.scope, fn);
	ck.scope->is_func = true;
	if (fn->recv)
		declare_obj(ck.scope, fn->recv, NULL);
	for (int i = 0; i < fn->params.len; i++) {
		Obj *p = fn->params.data[i];
		p->func = fn;
		if (strcmp(p->name, "_") != 0)
			declare_obj(ck.scope, p, NULL);
	}
	for (int i = 0; i < fn->results.len; i++) {
		Obj *r = fn->results.data[i];
		r->func = fn;
		if (r->name[0] != '~' && strcmp(r->name, "_") != 0)
			declare_obj(ck.scope, r, NULL);
	}
	check_block_stmts(&fn->body->list);
	if (fn->type && fn->type->nresults > 0 && !is_terminating(fn->body, NULL))
		error_at(fn->body->end, "missing return");
	report_unused(fn);
	ck.fn = saved_fn;
	ck.scope = saved_scope;
}

void check_block_stmts(Nodes *l) {
	for (int i = 0; i < l->n; i++)
		check_stmt(l->v[i]);
}

static void check_block(Node *b) {
	open_scope();
	b->scope = ck.scope;
	check_block_stmts(&b->list);
	close_scope();
}

/* ---- declarations inside functions ---- */

static void local_const_spec(Node *spec) {
	Type *t = spec->x ? check_type(spec->x) : NULL;
	Vec objs = {0};
	for (int j = 0; j < spec->list.n; j++) {
		Node *nm = spec->list.v[j];
		Obj *o = new_obj(OBJ_CONST, nm->name, nm->pos, type_invalid);
		o->pkg = ck.pkg;
		o->state = 2;
		nm->obj = o;
		bool saved_in = ck.in_const;
		int64_t saved_iota = ck.iota;
		ck.in_const = true;
		ck.iota = spec->iota;
		if (j < spec->list2.n) {
			Node *e = spec->list2.v[j];
			check_expr(e);
			if (e->mode == MODE_CONST) {
				if (t) {
					Node *tmp = e;
					assign_to(&tmp, t, "constant declaration");
					o->type = t;
					o->cval = e->cval;
				} else {
					o->type = e->type;
					o->cval = e->cval;
				}
			} else if (e->mode != MODE_INVALID) {
				error_at(start_pos(e), "%s is not constant", operand_string(e));
			}
		} else if (j == spec->list2.n) {
			error_at(nm->pos, "missing init expr for const declaration");
		}
		ck.in_const = saved_in;
		ck.iota = saved_iota;
		vec_push(&objs, o);
	}
	if (spec->list2.n > spec->list.n)
		error_at(start_pos(spec->list2.v[spec->list.n]), "extra init expr");
	for (int j = 0; j < objs.len; j++) {
		Obj *o = objs.data[j];
		o->used = true;
		declare_obj(ck.scope, o, spec->list.v[j]);
	}
}

static void assign_mismatch(Nodes *rhs, int l, int r);

static void local_var_spec(Node *spec) {
	Type *t = spec->x ? check_type(spec->x) : NULL;
	int nl = spec->list.n, nr = spec->list2.n;
	Type **types = xalloc(sizeof(Type *) * nl);
	for (int j = 0; j < nl; j++)
		types[j] = t;
	if (nr == 1 && nl == 1) {
		Node *e = spec->list2.v[0];
		check_expr(e);
		if (e->mode != MODE_INVALID && e->type->kind == TY_TUPLE && e->type->nfields != 1) {
			assign_mismatch(&spec->list2, 1, e->type->nfields);
			e->mode = MODE_INVALID;
			e->type = type_invalid;
		}
	}
	if (nr == nl) {
		for (int j = 0; j < nr; j++) {
			check_expr(spec->list2.v[j]);
			if (t) {
				assign_to(&spec->list2.v[j], t, "variable declaration");
			} else {
				Node *e = spec->list2.v[j];
				check_single(e);
				if (e->mode != MODE_INVALID && e->type->kind == TY_UNTYPED_NIL) {
					error_at(start_pos(e), "use of untyped nil in variable declaration");
					e->mode = MODE_INVALID;
				}
				assign_to(&spec->list2.v[j], NULL, "variable declaration");
				types[j] = spec->list2.v[j]->mode == MODE_INVALID ? type_invalid : spec->list2.v[j]->type;
			}
		}
	} else if (nr == 1) {
		Node *e = spec->list2.v[0];
		check_expr(e);
		if (e->mode == MODE_INVALID) {
			for (int j = 0; j < nl; j++)
				types[j] = type_invalid;
		} else if (e->type->kind == TY_TUPLE && e->type->nfields == nl) {
			for (int j = 0; j < nl; j++)
				types[j] = t ? t : e->type->fields[j]->type;
		} else if (nl == 2 && (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX)) {
			e->comma_ok = true;
			if (t)
				assign_to(&spec->list2.v[0], t, "variable declaration");
			else
				default_untyped(&spec->list2.v[0]);
			mark_comma_ok_conversion(spec->list2.v[0], e, spec->list.v[0]->pos);
			types[0] = t ? t : spec->list2.v[0]->type;
			types[1] = t ? t : type_bool;
		} else {
			assign_mismatch(&spec->list2, nl, e->type->kind == TY_TUPLE ? e->type->nfields : 1);
			for (int j = 0; j < nl; j++)
				types[j] = type_invalid;
		}
	} else if (nr > 0) {
		for (int j = 0; j < nr; j++)
			check_expr(spec->list2.v[j]);
		assign_mismatch(&spec->list2, nl, nr);
		for (int j = 0; j < nl; j++)
			types[j] = type_invalid;
	}
	for (int j = 0; j < nl; j++)
		declare_var(spec->list.v[j], types[j] ? types[j] : type_invalid);
}

static void local_type_spec(Node *spec) {
	Node *nm = spec->x;
	Obj *o = new_obj(OBJ_TYPE, nm->name, nm->pos, NULL);
	o->pkg = ck.pkg;
	o->spec = spec;
	nm->obj = o;
	if (spec->alias) {
		o->type = check_type(spec->y);
		declare_obj(ck.scope, o, nm);
		return;
	}
	Type *t = new_type(TY_NAMED);
	t->obj = o;
	o->type = t;
	o->state = 2;
	declare_obj(ck.scope, o, nm);
	declare_underlying(o, spec->y);
}

void check_local_decl(Node *d) {
	unshare_const_exprs(d);
	for (int i = 0; i < d->list.n; i++) {
		Node *spec = d->list.v[i];
		switch (d->op) {
		case TK_CONST: local_const_spec(spec); break;
		case TK_VAR: local_var_spec(spec); break;
		case TK_TYPE: local_type_spec(spec); break;
		default: break;
		}
	}
}

/* ---- assignments ---- */

static char *measure(int n, const char *unit) { return fmt("%d %s%s", n, unit, n == 1 ? "" : "s"); }

static void assign_mismatch(Nodes *rhs, int l, int r) {
	Node *r0 = rhs->v[0];
	Node *c = r0;
	while (c->kind == N_PAREN)
		c = c->x;
	if (rhs->n == 1 && c->kind == N_CALL)
		error_at(start_pos(r0), "assignment mismatch: %s but %s returns %s", measure(l, "variable"), node_string(c->x),
		         measure(r, "value"));
	else
		error_at(start_pos(r0), "assignment mismatch: %s but %s", measure(l, "variable"), measure(r, "value"));
}

/* "v, ok = x.(T)" (or a map index or receive) with v of another type: the
 * checker's conversion of the value; gc converts through a temporary, at
 * the assignment's position. */
void mark_comma_ok_conversion(Node *v, Node *e, Pos pos) {
	if (v != e && v->kind == N_CONV) {
		v->comma_ok = true;
		v->pos = pos;
	}
}

/* May the ok of a comma-ok expression (an untyped bool) go into type t? */
static bool untyped_bool_assignable(Type *t) {
	Node tmp = {0};
	tmp.kind = N_BAD;
	tmp.mode = MODE_VALUE;
	tmp.type = type_untyped_bool;
	return is_assignable(&tmp, t, NULL);
}

/* The left side of "=": addressable, a map index, or blank.  Returns its
 * type (NULL for blank). */
static Type *check_lhs(Node *lhs) {
	Node *x = lhs;
	while (x->kind == N_PAREN)
		x = x->x;
	if (x->kind == N_IDENT && strcmp(x->name, "_") == 0) {
		x->mode = MODE_VAR;
		x->type = NULL;
		lhs->mode = MODE_VAR;
		return NULL;
	}
	/* assigning to a variable is not a use of it */
	Obj *o = NULL;
	bool was_used = false;
	if (x->kind == N_IDENT) {
		o = lookup_ident(x);
		if (o && o->kind == OBJ_VAR)
			was_used = o->used;
	}
	check_expr(lhs);
	if (o && o->kind == OBJ_VAR && o->func == ck.fn)
		o->used = was_used;
	if (lhs->mode == MODE_INVALID)
		return type_invalid;
	if (o && o->kind == OBJ_VAR)
		o->reassigned = true;
	if (lhs->mode == MODE_VAR || lhs->mode == MODE_MAPINDEX)
		return lhs->type;
	if (x->kind == N_SELECTOR && x->sel_kind == SEL_FIELD) {
		Node *base = x->x;
		if (base->mode == MODE_MAPINDEX) {
			error_at(start_pos(lhs), "cannot assign to struct field %s in map", node_string(lhs));
			return type_invalid;
		}
	}
	error_at(start_pos(lhs), "cannot assign to %s (neither addressable nor a map index expression)", node_string(lhs));
	return type_invalid;
}

static Pos assign_pos; /* the statement being checked by assign_values */

/* lhs... = rhs... (also := for the names that already exist) */
static void assign_values(Nodes *lhs, Nodes *rhs, Type **ltypes, bool define) {
	int nl = lhs->n, nr = rhs->n;
	const char *context = define ? "assignment" : "assignment";
	if (nl == 1 && nr == 1) {
		Node *e = rhs->v[0];
		check_expr(e);
		if (e->mode != MODE_INVALID && e->type->kind == TY_TUPLE && e->type->nfields != 1) {
			assign_mismatch(rhs, 1, e->type->nfields);
			return;
		}
	}
	if (nl == nr) {
		for (int i = 0; i < nr; i++) {
			check_expr(rhs->v[i]);
			if (ltypes[i] == type_invalid) {
				continue;
			}
			assign_to(&rhs->v[i], ltypes[i], context);
		}
		return;
	}
	if (nr == 1) {
		Node *e = rhs->v[0];
		check_expr(e);
		if (e->mode == MODE_INVALID)
			return;
		if (e->type->kind == TY_TUPLE && e->type->nfields == nl) {
			for (int i = 0; i < nl; i++) {
				Type *lt = ltypes[i];
				if (!lt || lt == type_invalid)
					continue;
				Node tmp = {0};
				tmp.mode = MODE_VALUE;
				tmp.type = e->type->fields[i]->type;
				char *cause = NULL;
				if (!is_assignable(&tmp, lt, &cause))
					error_at(start_pos(e), "cannot use %s (value of type %s) as %s value in assignment", node_string(e),
					         typestr(tmp.type), typestr(lt));
			}
			return;
		}
		if (nl == 2 && (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX)) {
			e->comma_ok = true;
			if (ltypes[0] != type_invalid)
				assign_to(&rhs->v[0], ltypes[0], context);
			mark_comma_ok_conversion(rhs->v[0], e, assign_pos);
			if (ltypes[1] && ltypes[1] != type_invalid && !untyped_bool_assignable(ltypes[1]))
				error_at(start_pos(lhs->v[1]), "cannot use %s (untyped bool value) as %s value in assignment",
				         node_string(e), typestr(ltypes[1]));
			return;
		}
		assign_mismatch(rhs, nl, e->type->kind == TY_TUPLE ? e->type->nfields : 1);
		return;
	}
	for (int i = 0; i < nr; i++)
		check_expr(rhs->v[i]);
	assign_mismatch(rhs, nl, nr);
}

static void check_short_var_decl(Node *s) {
	Nodes *lhs = &s->list;
	int nl = lhs->n;
	Type **ltypes = xalloc(sizeof(Type *) * nl);
	Obj **newobjs = xalloc(sizeof(Obj *) * nl);
	bool any_new = false;
	for (int i = 0; i < nl; i++) {
		Node *x = lhs->v[i];
		if (x->kind != N_IDENT) {
			check_expr(x);
			error_at(start_pos(x), "non-name %s on left side of :=", node_string(x));
			ltypes[i] = type_invalid;
			continue;
		}
		for (int j = 0; j < i; j++)
			if (lhs->v[j]->kind == N_IDENT && strcmp(lhs->v[j]->name, x->name) == 0 && strcmp(x->name, "_") != 0)
				error_at(x->pos, "%s repeated on left side of :=", x->name);
		if (strcmp(x->name, "_") == 0) {
			ltypes[i] = NULL;
			x->mode = MODE_VAR;
			continue;
		}
		Obj *old = scope_lookup_local(ck.scope, x->name);
		if (old) {
			x->obj = old;
			if (old->kind == OBJ_VAR) {
				ltypes[i] = old->type;
				x->type = old->type;
				x->mode = MODE_VAR;
				old->reassigned = true;
			} else {
				error_at(x->pos, "cannot assign to %s", x->name);
				ltypes[i] = type_invalid;
			}
		} else {
			any_new = true;
			ltypes[i] = NULL; /* from the value */
			newobjs[i] = (Obj *)1;
		}
	}
	/* the values, with the new variables' types taken from them */
	int nr = s->list2.n;
	Type **vtypes = xalloc(sizeof(Type *) * nl);
	if (nl == nr && nr == 1) {
		Node *e = s->list2.v[0];
		check_expr(e);
		if (e->mode != MODE_INVALID && e->type->kind == TY_TUPLE && e->type->nfields != 1) {
			assign_mismatch(&s->list2, 1, e->type->nfields);
			e->mode = MODE_INVALID;
			e->type = type_invalid;
		}
	}
	if (nl == nr) {
		for (int i = 0; i < nr; i++) {
			check_expr(s->list2.v[i]);
			if (newobjs[i] || !ltypes[i]) {
				Node *e = s->list2.v[i];
				check_single(e);
				if (e->mode != MODE_INVALID && e->type->kind == TY_UNTYPED_NIL && (newobjs[i] || ltypes[i] == NULL)) {
					error_at(start_pos(e), "use of untyped nil in assignment");
					e->mode = MODE_INVALID;
					e->type = type_invalid;
				}
				assign_to(&s->list2.v[i], NULL, "assignment");
				vtypes[i] = s->list2.v[i]->mode == MODE_INVALID ? type_invalid : s->list2.v[i]->type;
			} else if (ltypes[i] != type_invalid) {
				assign_to(&s->list2.v[i], ltypes[i], "assignment");
			}
		}
	} else if (nr == 1) {
		Node *e = s->list2.v[0];
		check_expr(e);
		if (e->mode == MODE_INVALID) {
			for (int i = 0; i < nl; i++)
				vtypes[i] = type_invalid;
		} else if (e->type->kind == TY_TUPLE && e->type->nfields == nl) {
			for (int i = 0; i < nl; i++) {
				vtypes[i] = e->type->fields[i]->type;
				if (!newobjs[i] && ltypes[i] && ltypes[i] != type_invalid) {
					Node tmp = {0};
					tmp.mode = MODE_VALUE;
					tmp.type = vtypes[i];
					if (!is_assignable(&tmp, ltypes[i], NULL))
						error_at(start_pos(e), "cannot use %s (value of type %s) as %s value in assignment",
						         node_string(e), typestr(vtypes[i]), typestr(ltypes[i]));
				}
			}
		} else if (nl == 2 && (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX)) {
			e->comma_ok = true;
			if (newobjs[0] || !ltypes[0])
				default_untyped(&s->list2.v[0]);
			else
				assign_to(&s->list2.v[0], ltypes[0], "assignment");
			mark_comma_ok_conversion(s->list2.v[0], e, s->pos);
			vtypes[0] = s->list2.v[0]->type;
			vtypes[1] = type_bool;
		} else {
			assign_mismatch(&s->list2, nl, e->type->kind == TY_TUPLE ? e->type->nfields : 1);
			for (int i = 0; i < nl; i++)
				vtypes[i] = type_invalid;
		}
	} else {
		for (int i = 0; i < nr; i++)
			check_expr(s->list2.v[i]);
		assign_mismatch(&s->list2, nl, nr);
		for (int i = 0; i < nl; i++)
			vtypes[i] = type_invalid;
	}
	for (int i = 0; i < nl; i++) {
		if (!newobjs[i])
			continue;
		declare_var(lhs->v[i], vtypes[i] ? vtypes[i] : type_invalid);
	}
	if (!any_new)
		error_at(s->pos, "no new variables on left side of :=");
}

static void check_assign(Node *s) {
	if (s->op == TK_DEFINE) {
		check_short_var_decl(s);
		return;
	}
	if (s->op != TK_ASSIGN) {
		/* x op= y */
		if (s->list.n != 1 || s->list2.n != 1) {
			error_at(s->pos, "assignment operation %s requires single-valued expressions", tok_name(s->op));
			return;
		}
		Node *lhs = s->list.v[0];
		Type *lt = check_lhs(lhs);
		mark_used(lhs);
		Node *bin = new_node(N_BINARY, s->pos);
		bin->op = s->op - (TK_ADD_ASSIGN - TK_ADD);
		bin->x = lhs;
		bin->y = s->list2.v[0];
		if (lt == type_invalid) {
			check_expr(bin->y);
			return;
		}
		check_binary(bin);
		s->list2.v[0] = bin->y;
		if (bin->mode == MODE_INVALID)
			return;
		s->x = bin; /* the operation, typed, for the later stages */
		Node *res = bin;
		assign_to(&res, lt, "assignment");
		return;
	}
	int nl = s->list.n;
	Type **ltypes = xalloc(sizeof(Type *) * nl);
	for (int i = 0; i < nl; i++)
		ltypes[i] = check_lhs(s->list.v[i]);
	assign_pos = s->pos;
	assign_values(&s->list, &s->list2, ltypes, false);
}

/* ---- other simple statements ---- */

static bool is_statement_call(Node *x) {
	while (x->kind == N_PAREN)
		x = x->x;
	if (x->kind == N_UNARY && x->op == TK_ARROW)
		return true;
	if (x->kind != N_CALL)
		return false;
	if (x->x->mode == MODE_BUILTIN || (x->x->obj && x->x->obj->kind == OBJ_BUILTIN)) {
		switch (x->op) {
		case BI_APPEND: case BI_CAP: case BI_COMPLEX: case BI_IMAG: case BI_LEN: case BI_MAKE:
		case BI_NEW: case BI_REAL: case BI_MIN: case BI_MAX: case BI_SIZEOF: case BI_ALIGNOF:
		case BI_OFFSETOF: case BI_ADD: case BI_SLICE: case BI_STRING: case BI_STRINGDATA: case BI_SLICEDATA:
			return false;
		default:
			return true;
		}
	}
	return true;
}

static void check_expr_stmt(Node *s) {
	Node *x = s->x;
	check_expr(x);
	if (x->mode == MODE_INVALID)
		return;
	Node *u = x;
	while (u->kind == N_PAREN)
		u = u->x;
	if (x->mode == MODE_BUILTIN) {
		error_at(start_pos(x), "%s (built-in) must be called", node_string(x));
		return;
	}
	if (x->mode == MODE_TYPE) {
		error_at(start_pos(x), "%s (type) is not an expression", node_string(x));
		return;
	}
	if (u->kind == N_CONV || !is_statement_call(u)) {
		error_at(start_pos(x), "%s is not used", operand_string(x));
		return;
	}
}

static void check_go_defer(Node *s) {
	const char *kw = s->kind == N_GO ? "go" : "defer";
	Node *call = s->x;
	check_expr(call);
	if (call->mode == MODE_INVALID)
		return;
	if (call->kind == N_CONV) {
		error_at(start_pos(call), "%s requires function call, not conversion", kw);
		return;
	}
	if (call->kind == N_CALL && !is_statement_call(call)) {
		error_at(start_pos(call), "%s discards result of %s", kw, operand_string(call));
		return;
	}
	if (s->kind == N_DEFER && ck.fn)
		ck.fn->has_defer = true;
}

static void check_incdec(Node *s) {
	Node *x = s->x;
	Type *t = check_lhs(x);
	mark_used(x);
	if (t == type_invalid || !t)
		return;
	if (!is_numeric(t)) {
		error_at(start_pos(x), INVALID_OP "%s%s (non-numeric type %s)", node_string(x), tok_name(s->op), typestr(t));
		return;
	}
}

static void check_send(Node *s) {
	check_value(s->x);
	check_expr(s->y);
	if (s->x->mode == MODE_INVALID || s->y->mode == MODE_INVALID)
		return;
	Type *u = under(s->x->type);
	if (u->kind != TY_CHAN) {
		error_at(s->pos, INVALID_OP "cannot send to non-channel %s", operand_string(s->x));
		return;
	}
	if (u->dir == CHAN_RECV) {
		error_at(s->pos, INVALID_OP "cannot send to receive-only channel %s", operand_string(s->x));
		return;
	}
	assign_to(&s->y, u->elem, "send");
}

static char *type_list_summary(Type **ts, int n) {
	Buf b = {0};
	buf_putc(&b, '(');
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(&b, ", ");
		Type *t = ts[i];
		if (!t || t == type_invalid)
			buf_puts(&b, "unknown type");
		else if (is_untyped(t))
			buf_puts(&b, is_numeric(t) ? "number" : t->name + 8);
		else
			buf_puts(&b, typestr(t));
	}
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

static void check_return(Node *s) {
	Func *fn = ck.fn;
	Type *sig = fn->type;
	int want = sig->nresults;
	if (s->list.n == 0) {
		if (want > 0) {
			bool named = fn->results.len > 0 && ((Obj *)fn->results.data[0])->name[0] != '~';
			if (!named) {
				Type **wt = xalloc(sizeof(Type *) * want);
				for (int i = 0; i < want; i++)
					wt[i] = sig->results[i]->type;
				error_at(s->pos, "not enough return values\n\thave ()\n\twant %s", type_list_summary(wt, want));
				return;
			}
			/* a bare return with named results: they must not be shadowed */
			for (int i = 0; i < fn->results.len; i++) {
				Obj *r = fn->results.data[i];
				if (strcmp(r->name, "_") == 0)
					continue;
				Obj *o = scope_lookup(ck.scope, r->name, NULL);
				if (o != r) {
					error_at(s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s", r->name,
					         pos_str(o->pos), r->name);
				}
			}
		}
		return;
	}
	int nr = s->list.n;
	Type **rt = NULL;
	int have = nr;
	if (nr == 1 && want != 1) {
		check_expr(s->list.v[0]);
		Node *e = s->list.v[0];
		if (e->mode == MODE_INVALID)
			return;
		if (e->type->kind == TY_TUPLE) {
			have = e->type->nfields;
			rt = xalloc(sizeof(Type *) * (have + 1));
			for (int i = 0; i < have; i++)
				rt[i] = e->type->fields[i]->type;
			if (have == want) {
				for (int i = 0; i < want; i++) {
					Node tmp = {0};
					tmp.mode = MODE_VALUE;
					tmp.type = rt[i];
					if (!is_assignable(&tmp, sig->results[i]->type, NULL))
						error_at(start_pos(e), "cannot use %s (value of type %s) as %s value in return statement",
						         node_string(e), typestr(rt[i]), typestr(sig->results[i]->type));
				}
				return;
			}
		}
	}
	if (have != want || want == 0) {
		if (!rt) {
			for (int i = 0; i < nr; i++)
				check_expr(s->list.v[i]);
			rt = xalloc(sizeof(Type *) * (nr + 1));
			for (int i = 0; i < nr; i++)
				rt[i] = s->list.v[i]->type;
		}
		if (want == 0 && have > 0) {
			error_at(start_pos(s->list.v[0]), "too many return values\n\thave %s\n\twant ()", type_list_summary(rt, have));
			return;
		}
		Type **wt = xalloc(sizeof(Type *) * (want + 1));
		for (int i = 0; i < want; i++)
			wt[i] = sig->results[i]->type;
		Pos at = s->pos;
		const char *q = "not enough";
		if (have > want) {
			q = "too many";
			if (nr > want)
				at = start_pos(s->list.v[want]);
		} else if (nr > 0) {
			at = start_pos(s->list.v[nr - 1]);
		}
		error_at(at, "%s return values\n\thave %s\n\twant %s", q, type_list_summary(rt, have), type_list_summary(wt, want));
		return;
	}
	for (int i = 0; i < nr; i++) {
		check_expr(s->list.v[i]);
		assign_to(&s->list.v[i], sig->results[i]->type, "return statement");
	}
}

/* ---- control flow statements ---- */

static void check_cond(Node **np, const char *what) {
	check_value(*np);
	Node *c = *np;
	if (c->mode == MODE_INVALID)
		return;
	if (!is_boolean(c->type)) {
		error_at(start_pos(c), "non-boolean condition in %s statement", what);
		return;
	}
	default_untyped(np);
}

static void mark_loop_vars(Node *init) {
	if (!init || init->kind != N_ASSIGN || init->op != TK_DEFINE)
		return;
	for (int i = 0; i < init->list.n; i++)
		if (init->list.v[i]->obj)
			init->list.v[i]->obj->loop_var = true;
}

static void check_for(Node *s) {
	open_scope();
	s->scope = ck.scope;
	if (s->init)
		check_stmt(s->init);
	mark_loop_vars(s->init);
	if (s->cond)
		check_cond(&s->cond, "for");
	if (s->post)
		check_stmt(s->post);
	check_block(s->body);
	close_scope();
}

/* range over an integer n: the iteration variable gets n's type.  An
 * untyped constant n takes the type of the variable assigned to ("for i =
 * range 10" with i int8), else its default type: rune for 'c' (types2's
 * rangeStmt checks n as the value of that assignment).  *assigned says
 * that the assigned variable has been checked here. */
static Type *range_int_type(Node *s, bool *assigned) {
	Node **xp = &s->z;
	*assigned = false;
	if (s->op != TK_ASSIGN || !s->x) {
		assign_to(xp, NULL, "range clause");
		return (*xp)->mode == MODE_INVALID ? type_invalid : (*xp)->type;
	}
	*assigned = true;
	Type *lt = check_lhs(s->x);
	if (!lt || lt == type_invalid) {
		default_untyped(xp);
		return type_invalid;
	}
	if (is_interface(lt)) {
		/* the loop still counts in n's (default) type */
		Node copy = **xp, *cp = &copy;
		assign_to(&cp, lt, "range clause");
		default_untyped(xp);
		return (*xp)->type;
	}
	assign_to(xp, lt, "range clause");
	if ((*xp)->mode == MODE_INVALID)
		return type_invalid;
	if (!is_integer((*xp)->type)) {
		error_at(start_pos(s->x), "cannot use iteration variable of type %s", typestr((*xp)->type));
		return type_invalid;
	}
	return (*xp)->type;
}

static void check_range(Node *s) {
	open_scope();
	s->scope = ck.scope;
	check_value(s->z);
	Node *x = s->z;
	Type *key = NULL, *val = NULL;
	int max_vars = 2;
	bool key_assigned = false; /* range over an integer assigned the key already */
	if (x->mode != MODE_INVALID) {
		Type *u = under(x->type);
		if (u->kind == TY_POINTER && under(u->elem)->kind == TY_ARRAY)
			u = under(u->elem);
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			key = type_int;
			val = type_rune;
			if (is_untyped(x->type))
				convert_untyped(&s->z, type_string);
			break;
		case TY_ARRAY: case TY_SLICE:
			key = type_int;
			val = u->elem;
			break;
		case TY_MAP:
			key = u->key;
			val = u->elem;
			break;
		case TY_CHAN:
			key = u->elem;
			max_vars = 1;
			if (u->dir == CHAN_SEND) {
				error_at(start_pos(x), "invalid operation: range %s receive from send-only channel %s", node_string(x),
				         operand_string(x));
				key = type_invalid;
			}
			break;
		case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_UINT:
		case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
		case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
			key = range_int_type(s, &key_assigned);
			max_vars = 1;
			break;
		case TY_FUNC:
			unsupported_at(s->z->pos, "range over function (iterator)");
			key = val = type_invalid;
			break;
		default:
			error_at(start_pos(x), "cannot range over %s", operand_string(x));
			key = val = type_invalid;
			break;
		}
	} else {
		key = val = type_invalid;
	}
	Node *vars[2] = {s->x, s->y};
	if (max_vars == 1 && s->y) {
		error_at(start_pos(s->y), "range over %s permits only one iteration variable", operand_string(x));
	}
	Type *types[2] = {key, val};
	if (s->op == TK_DEFINE) {
		for (int i = 0; i < 2; i++) {
			Node *v = vars[i];
			if (!v)
				continue;
			if (v->kind != N_IDENT) {
				error_at(start_pos(v), "non-name %s on left side of :=", node_string(v));
				continue;
			}
			Obj *o = declare_var(v, types[i] ? types[i] : type_invalid);
			o->loop_var = true;
			if (strcmp(v->name, "_") == 0)
				o->used = true;
		}
	} else if (s->op == TK_ASSIGN) {
		for (int i = 0; i < 2; i++) {
			Node *v = vars[i];
			if (!v || (i == 0 && key_assigned))
				continue;
			Type *lt = check_lhs(v);
			if (!lt || lt == type_invalid || !types[i] || types[i] == type_invalid)
				continue;
			Node tmp = {0};
			tmp.mode = MODE_VALUE;
			tmp.type = types[i];
			if (!is_assignable(&tmp, lt, NULL))
				error_at(start_pos(v), "cannot use %s (value of type %s) as %s value in range clause", node_string(v),
				         typestr(types[i]), typestr(lt));
		}
	}
	check_block(s->body);
	close_scope();
}

static void check_if(Node *s) {
	open_scope();
	s->scope = ck.scope;
	if (s->init)
		check_stmt(s->init);
	check_cond(&s->cond, "if");
	check_block(s->body);
	if (s->els) {
		if (s->els->kind == N_IF)
			check_if(s->els);
		else
			check_block(s->els);
	}
	close_scope();
}

static void check_case_body(Node *c) {
	open_scope();
	c->scope = ck.scope;
	if (c->case_obj)
		declare_obj(ck.scope, c->case_obj, NULL);
	check_block_stmts(&c->list2);
	close_scope();
}

/* The tag of a switch without one: the typed constant true, as types2
 * has it ("invalid case s in switch on true"). */
static Node *true_tag(void) {
	Node *t = new_node(N_IDENT, nopos);
	t->name = "true";
	t->obj = scope_lookup(universe, "true", NULL);
	t->mode = MODE_CONST;
	t->type = type_bool;
	t->cval = const_bool(true);
	return t;
}

static void check_switch_tag(Node *s) {
	check_value(s->x);
	default_untyped(&s->x);
	Node *tag = s->x;
	/* types2: comparable, or compared only with nil (func, map, slice) */
	if (tag->mode != MODE_INVALID && !is_comparable(tag->type) && !has_nil(tag->type)) {
		error_at(start_pos(tag), "cannot switch on %s (%s is not comparable)", operand_string(tag), typestr(tag->type));
		tag->mode = MODE_INVALID;
	}
}

/* One case value: converted to the tag's type if untyped, and comparable
 * with the tag (types2's caseValues).  Returns false if invalid. */
static bool check_case_value(Node **ep, Node *tag) {
	check_value(*ep);
	if ((*ep)->mode == MODE_INVALID || tag->mode == MODE_INVALID)
		return false;
	if (is_untyped((*ep)->type))
		convert_untyped(ep, tag->type);
	if ((*ep)->mode == MODE_INVALID)
		return false;
	return check_case_comparison(*ep, tag);
}

static void report_duplicate_case(Vec *seen, Node *e) {
	for (int k = 0; k < seen->len; k++) {
		Node *o = seen->data[k];
		if (const_kind(o->cval) == const_kind(e->cval) && const_compare(COP_EQL, o->cval, e->cval) &&
		    types_identical(o->type, e->type)) {
			error_at(start_pos(e), "duplicate case %s in expression switch\n\t%s: previous case", operand_string(e),
			         pos_str(start_pos(o)));
			return;
		}
	}
	vec_push(seen, e);
}

/* What code generation compares: tag == e with both operands of one type.
 * An interface tag makes concrete case values interfaces; a concrete tag
 * compared with an interface case value becomes an interface (any) and so
 * does every case value; in a switch without tag, an interface case value
 * e is the condition e == true. */
static void unify_case_types(Node *s) {
	bool iface_case = false;
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			if (e->mode != MODE_INVALID && is_interface(e->type))
				iface_case = true;
		}
	}
	if (!s->x) {
		if (!iface_case)
			return;
		for (int i = 0; i < s->list.n; i++) {
			Node *c = s->list.v[i];
			for (int j = 0; j < c->list.n; j++) {
				Node *e = c->list.v[j];
				if (e->mode == MODE_INVALID || !is_interface(e->type))
					continue;
				Node *cmp = new_node(N_BINARY, e->pos);
				cmp->op = TK_EQL;
				cmp->x = e;
				cmp->y = implicit_conv(true_tag(), e->type);
				cmp->mode = MODE_VALUE;
				cmp->type = type_bool;
				cmp->implicit = true;
				c->list.v[j] = cmp;
			}
		}
		return;
	}
	Type *t = s->x->type;
	if (!is_interface(t)) {
		if (!iface_case)
			return;
		t = type_any;
		s->x = implicit_conv(s->x, t);
	}
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			if (e->mode != MODE_INVALID && e->type->kind != TY_UNTYPED_NIL)
				c->list.v[j] = implicit_conv(e, t);
		}
	}
}

static void check_switch(Node *s) {
	open_scope();
	s->scope = ck.scope;
	if (s->init)
		check_stmt(s->init);
	if (s->x)
		check_switch_tag(s);
	Node *tag = s->x ? s->x : true_tag();
	Node *first_default = NULL;
	Vec seen = {0}; /* constant case values */
	bool ok = tag->mode != MODE_INVALID;
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		if (c->is_default) {
			if (first_default)
				error_at(c->pos, "multiple defaults (first at %s)", pos_str(first_default->pos));
			else
				first_default = c;
		}
		for (int j = 0; j < c->list.n; j++) {
			Node **ep = &c->list.v[j];
			if (!check_case_value(ep, tag)) {
				ok = false;
				continue;
			}
			if ((*ep)->mode == MODE_CONST)
				report_duplicate_case(&seen, *ep);
		}
		check_case_body(c);
	}
	if (ok)
		unify_case_types(s);
	close_scope();
}

static void check_type_switch(Node *s) {
	open_scope();
	s->scope = ck.scope;
	if (s->init)
		check_stmt(s->init);
	Node *guard = s->x; /* x.(type) */
	check_value(guard->x);
	Node *x = guard->x;
	bool ok = x->mode != MODE_INVALID;
	if (ok && !is_interface(x->type)) {
		error_at(start_pos(x), "%s is not an interface", operand_string(x));
		ok = false;
	}
	guard->type = ok ? x->type : type_invalid;
	guard->mode = MODE_VALUE;
	Node *first_default = NULL;
	Vec objs = {0};
	Vec seen = {0};
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		if (c->is_default) {
			if (first_default)
				error_at(c->pos, "multiple defaults (first at %s)", pos_str(first_default->pos));
			else
				first_default = c;
		}
		Type *single = NULL;
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			Type *ct;
			if (e->kind == N_IDENT && strcmp(e->name, "nil") == 0 && lookup_ident(e) && lookup_ident(e)->kind == OBJ_NIL) {
				e->mode = MODE_VALUE;
				e->type = type_untyped_nil;
				e->obj = lookup_ident(e);
				ct = type_untyped_nil;
			} else {
				ct = check_type(e);
			}
			if (ct == type_invalid || !ok) {
				single = type_invalid;
				continue;
			}
			if (ct->kind != TY_UNTYPED_NIL && !is_interface(ct)) {
				char *missing = NULL;
				bool ptr;
				if (!implements(ct, x->type, &missing, &ptr)) {
					error_at(start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s (missing method %s)",
					         node_string(e), operand_string(x), typestr(ct), missing ? missing : "?");
				}
			}
			for (int k = 0; k < seen.len; k++) {
				Node *o = seen.data[k];
				if (types_identical(o->type, ct)) {
					error_at(start_pos(e), "duplicate case %s in type switch\n\t%s: previous case", typestr(ct),
					         pos_str(start_pos(o)));
					break;
				}
			}
			vec_push(&seen, e);
			single = c->list.n == 1 ? ct : NULL;
		}
		if (s->name) {
			Type *vt = single && single->kind != TY_UNTYPED_NIL ? single : (ok ? x->type : type_invalid);
			Obj *o = new_obj(OBJ_VAR, s->name, s->npos, vt);
			o->func = ck.fn;
			o->pkg = ck.pkg;
			c->case_obj = o;
			vec_push(&objs, o);
		}
		check_case_body(c);
	}
	if (s->name && strcmp(s->name, "_") != 0) {
		bool used = false;
		for (int i = 0; i < objs.len; i++)
			if (((Obj *)objs.data[i])->used)
				used = true;
		if (!used)
			error_at(s->npos, "%s declared and not used", s->name);
		else
			for (int i = 0; i < objs.len; i++)
				((Obj *)objs.data[i])->used = true;
	} else if (s->name) {
		error_at(s->npos, "no new variable on left side of :=");
	}
	for (int i = 0; i < objs.len; i++) {
		Obj *o = objs.data[i];
		o->used = true; /* reported once above, not per clause */
		if (ck.fn)
			vec_push(&ck.fn->locals, o);
	}
	close_scope();
}

static void check_select(Node *s) {
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		open_scope();
		c->scope = ck.scope;
		Node *comm = c->x;
		bool valid = true;
		if (comm) {
			if (comm->kind == N_SEND) {
				check_send(comm);
			} else if (comm->kind == N_EXPRSTMT) {
				Node *e = comm->x;
				while (e->kind == N_PAREN)
					e = e->x;
				valid = e->kind == N_UNARY && e->op == TK_ARROW;
				if (valid)
					check_expr(comm->x);
			} else if (comm->kind == N_ASSIGN && comm->list2.n == 1) {
				Node *e = comm->list2.v[0];
				while (e->kind == N_PAREN)
					e = e->x;
				valid = e->kind == N_UNARY && e->op == TK_ARROW && comm->list.n <= 2;
				if (valid)
					check_assign(comm);
			} else {
				valid = false;
			}
			if (!valid)
				error_at(comm->pos, "select case must be send or receive (possibly with assignment)");
		}
		Nodes *l = &c->list2;
		for (int k = 0; k < l->n; k++)
			check_stmt(l->v[k]);
		close_scope();
	}
}

static void check_stmt(Node *s) {
	switch (s->kind) {
	case N_EMPTY: case N_BRANCH:
		break;
	case N_DECLSTMT:
		check_local_decl(s->x);
		break;
	case N_LABELED:
		check_stmt(s->x);
		break;
	case N_EXPRSTMT:
		check_expr_stmt(s);
		break;
	case N_SEND:
		check_send(s);
		break;
	case N_INCDEC:
		check_incdec(s);
		break;
	case N_ASSIGN:
		check_assign(s);
		break;
	case N_GO: case N_DEFER:
		check_go_defer(s);
		break;
	case N_RETURN:
		check_return(s);
		break;
	case N_BLOCK:
		check_block(s);
		break;
	case N_IF:
		check_if(s);
		break;
	case N_SWITCH:
		check_switch(s);
		break;
	case N_TYPESWITCH:
		check_type_switch(s);
		break;
	case N_SELECT:
		check_select(s);
		break;
	case N_FOR:
		check_for(s);
		break;
	case N_RANGE:
		check_range(s);
		break;
	default:
		ice_at(s->pos, "check_stmt: unexpected node %d", s->kind);
	}
}
