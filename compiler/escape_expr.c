/*
 * escape_expr.c — escape analysis of expressions and calls: the edges of
 * the location graph.
 *
 * expr(e, k, n) evaluates n into the hole k (a destination location and a
 * derefs count), adding an edge for every value that flows; allocating
 * expressions get locations of their own.  Calls connect their arguments
 * to the callee's parameter tags (or to the heap, for unknown callees).
 * gc's temporaries (autotmps: its order and walk passes) are numbered here
 * so locations print with gc's names and in gc's order.  Part of the escape
 * analysis described in escape.c.
 */
#include "escape_impl.h"

/* ---- expressions ---- */

static Node *new_value_lit(Node *n);

void discards(Esc *e, Nodes *l) {
	for (int i = 0; i < l->n; i++)
		discard(e, l->v[i]);
}

bool is_blank_ident(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n && n->kind == N_IDENT && strcmp(n->name, "_") == 0 && (!n->obj || strcmp(n->obj->name, "_") == 0);
}

void assign_heap(Esc *e, Node *src, const char *why, Node *where) {
	expr(e, note(heap_hole(e), where, why), src);
}

bool is_iface_conv(Node *n) {
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


/* ---- gc's temporaries ----
 *
 * gc's front end declares temporaries (".autotmp_N") that escape analysis
 * then sees as variables: for each value of a multi-value assignment
 * "a, b = f()" / "v, ok = m[k]" and of a call f(g()), and for the operands
 * of go and defer calls (lower.c makes those).  N is the number of
 * variables the function had declared by then: parameters and results,
 * then locals and temporaries in source order; the variables and
 * temporaries of inlined calls come after them all (gc inlines after its
 * reader declared the function's own).  DclSite records, in source order,
 * how many declarations each position makes. */

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
	bool late;  /* made by inlining: declared after all of the function's own */
	int order;  /* among late sites: the order inlining made them */
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
static int site_inlined; /* > 0 inside an inlined call's body */
static int site_order_next;

static void add_site(Vec *sites, Pos pos, int count, Obj *var) {
	DclSite *d = xalloc(sizeof *d);
	d->pos = pos;
	d->key = pos;
	d->depth = site_depth;
	d->count = count;
	d->var = var;
	d->late = site_inlined > 0 || (var && var->inl_var);
	d->order = site_order_next++;
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
	site_inlined += n->kind == N_INLCALL;
	Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		temp_sites(kids[i], fn, sites);
	for (int i = 0; i < n->list.n; i++)
		temp_sites(n->list.v[i], fn, sites);
	for (int i = 0; i < n->list2.n; i++)
		temp_sites(n->list2.v[i], fn, sites);
	site_inlined -= n->kind == N_INLCALL;
	site_depth--;
}

static int site_order(const void *a, const void *b) {
	const DclSite *x = *(DclSite *const *)a, *y = *(DclSite *const *)b;
	if (x->late != y->late)
		return x->late ? 1 : -1;
	if (x->late && (x->var != NULL) != (y->var != NULL))
		return x->var ? -1 : 1;
	if (x->late && x->order != y->order)
		return x->order - y->order; /* variables in the order inlining made them */
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
void number_dcls(Func *fn) {
	FnInfo *fi = info(fn);
	Vec *sites = &fi->dcl_sites;
	sites->len = 0;
	fi->numbered = true;
	site_order_next = 0;
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
		if (d->var && has_prefix(d->var->name, ".autotmp_") && !d->var->inl_var)
			d->var->name = fmt(".autotmp_%d", d->base);
	}
}

/* Give fn's variables their locations in gc's Dcl order (so that "moved
 * to heap" lines come in gc's order), with the temporaries of number_dcls'
 * sites.  The locations of fn's locals are b's last, from index start. */
void dcl_locations(Esc *e, Func *fn, int start) {
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
Obj *new_autotmp(Esc *e, Type *t, Pos pos) {
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

void expr(Esc *e, Hole k, Node *n) {
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
			/* a conversion of an N:1 assignment's temporary (from an
			 * interface: no new storage) */
			if (!is_interface(tmp->type) && !is_direct_iface(tmp->type))
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
	case N_CALL:
	case N_INLCALL: {
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

Func *static_callee(Node *f) {
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

bool in_mutual_batch(Func *fn) {
	FnInfo *fi = info(fn);
	return fi->state > 0 && fi->state < 3;
}

/* The leak tags of parameter i of fn (0 = receiver for methods). */
Leaks *param_tag(Func *fn, int i) {
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

void call(Esc *e, Hole *ks, int nks, Node *n) {
	if (n->kind == N_INLCALL) {
		/* an inlined call (inline_call.c): its body, then its result
		 * variables flow where the call's values go (gc's OINLCALL) */
		if (n->body)
			block(e, &n->body->list);
		for (int i = 0; i < n->list.n; i++)
			expr(e, ks && i < nks ? ks[i] : discard_hole(e), n->list.v[i]);
		return;
	}
	Node *f = skip_parens(n->x);
	/* len(x), or a qualified one: unsafe.String(p, n) */
	if (f->obj && f->obj->kind == OBJ_BUILTIN &&
	    (f->kind == N_IDENT || (f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED))) {
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

Hole addr_of(Esc *e, Node *n) {
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
