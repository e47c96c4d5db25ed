/*
 * escape_stmt.c — escape analysis of statements: assignments (and gc's
 * self-assignment exception), declarations, returns, range, switch, go and
 * defer, labels and loop depth; the statements gc's front end drops as dead
 * code; walk_func, which builds the graph of one function.  Part of the
 * escape analysis described in escape.c.
 */
#include "escape_impl.h"

/* ---- self-assignments (gc's isSelfAssign, on gc's view of the tree) ---- */

/* p.f through an implicit dereference: gc's ODOTPTR; its pointer */
Node *dotptr_base(Node *n) {
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

Obj *tuple_conv_tmp(Node *n) {
	for (int i = 0; i + 1 < tuple_convs.len; i += 2)
		if (tuple_convs.data[i] == n)
			return tuple_convs.data[i + 1];
	return NULL;
}

Node *synth_assign(Pos pos, int op, Nodes lhs, Nodes rhs) {
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
void assign_tuple(Esc *e, Node *s, Node **dsts, int nl, Node *rhs, bool declaring, Pos site, Pos pos,
                         bool ret) {
	Node *core = skip_parens(rhs);
	Node *conv0 = NULL; /* the checker's conversion of the first value */
	if (core->kind == N_CONV && core->implicit && core->comma_ok) {
		conv0 = core;
		core = skip_parens(core->x);
	}
	bool is_call = (core->kind == N_CALL || core->kind == N_INLCALL) && core->type && core->type->kind == TY_TUPLE;
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
		if (info(e->fn)->pkg_init) {
			/* "var a, b I = x.(T)" at package level: gc converts the
			 * values in walk, after escape analysis (no -m lines) */
		} else if (i == 0 && conv0) {
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
		/* s->implicit: inline_call.c's parameter and result assignments,
		 * gc's OAS2 even for one value */
		assign_list(e, s->list.v, nl, s->list2.v, nr, nl == 1 && !s->implicit ? "assign" : "assign-pair", s, declaring);
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
void implicit_positions(Node *n) {
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

Node *spill_stmt(Node *as) {
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

void spill_positions(Node *n) {
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
void clause_var_positions(Node *n) {
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

void stmt(Esc *e, Node *s) {
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
		int c = gc_static_bool(s->cond);
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
		if (!s->cond || gc_static_bool(s->cond) >= 0) {
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
		if (x->kind == N_CALL || x->kind == N_INLCALL)
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
		dead = gc_terminates(l->v[i]);
	}
	return l->n;
}

void block(Esc *e, Nodes *l) {
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

void walk_func(Esc *outer, Func *fn) {
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
