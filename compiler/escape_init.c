/*
 * escape_init.c — a package's dynamic initialization as gc's init
 * function would have it, analysed first as gc does (the -m order).  Part
 * of the escape analysis described in escape.c.
 */
#include "escape_impl.h"

/* ---- package initialization (gc's staticinit, for the -m order) ----
 *
 * gc compiles a package's variable initializers into a function "init"
 * that comes first in its list of functions, after the static
 * initializer (staticinit) has turned into data what it can: constants,
 * addresses of globals, closures, composite literals (whose elements may
 * still need code), interface conversions of such values.  What is left
 * (calls, new, make, map literals, ...) is analysed as the body of init,
 * and the functions it calls are analysed before everything else; a large
 * map literal is moved into a function of its own, "map.init.N". */

static bool side_effects(Node *n) {
	if (!n)
		return false;
	n = skip_parens(n);
	if (n->mode == MODE_CONST || n->mode == MODE_TYPE)
		return false;
	switch (n->kind) {
	case N_IDENT: case N_BASICLIT: case N_FUNCLIT:
		return false;
	case N_BINARY:
		if ((n->op == TK_QUO || n->op == TK_REM) && (skip_parens(n->y)->mode != MODE_CONST ||
		                                              const_is_zero_divisor(skip_parens(n->y)->cval)))
			return true;
		return side_effects(n->x) || side_effects(n->y);
	case N_UNARY:
		return n->op == TK_ARROW || side_effects(n->x);
	case N_STAR: case N_DEREF:
		return true;
	case N_ADDR: case N_CONV: case N_PAREN: case N_KEYVALUE:
		return side_effects(n->x) || (n->kind == N_KEYVALUE && side_effects(n->y));
	case N_SELECTOR:
		return n->sel_kind != SEL_FIELD || dotptr_base(n) || side_effects(n->x);
	case N_COMPOSITE:
		for (int i = 0; i < n->list.n; i++)
			if (side_effects(n->list.v[i]))
				return true;
		return false;
	case N_CALL: {
		Node *f = skip_parens(n->x);
		if (!(f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN))
			return true;
		switch (f->obj->builtin) {
		case BI_NEW:
			return false;
		case BI_LEN: case BI_CAP: case BI_REAL: case BI_IMAG: case BI_COMPLEX:
			for (int i = 0; i < n->list.n; i++)
				if (side_effects(n->list.v[i]))
					return true;
			return false;
		case BI_MAKE:
			if (under(n->type)->kind == TY_MAP && (n->list.n < 2 || (skip_parens(n->list.v[1])->mode == MODE_CONST &&
			                                                         const_is_zero_divisor(skip_parens(n->list.v[1])->cval))))
				return false;
			return true;
		default:
			return true;
		}
	}
	default:
		return true;
	}
}

/* gc's size of an initializer: the number of IR nodes */
static int node_count(Node *n) {
	if (!n)
		return 0;
	n = skip_parens(n);
	if (n->mode == MODE_CONST)
		return 1;
	int c = 1;
	Node *kids[] = {n->x, n->y, n->z, n->w};
	for (int i = 0; i < 4; i++)
		if (kids[i] && !(n->kind == N_COMPOSITE && i == 0) && !(n->kind == N_CALL && i == 0 && 0))
			c += node_count(kids[i]);
	for (int i = 0; i < n->list.n; i++)
		c += node_count(n->list.v[i]);
	return c;
}

/* staticinit's StaticAssign: can the value r, stored at sym+off, be laid
 * out as data?  The parts that cannot are assigned by code: pushed to dyn
 * as pairs (destination, value), the destination printed as gc prints
 * its NameOffsetExpr, "(T)(sym@off)".  Composite literals behind
 * pointers and slices, and values boxed in interfaces, get static
 * variables of their own (main..stmp_N). */
static int static_names;

static void static_dyn(Vec *dyn, Node *v, const char *sym, int64_t off) {
	Node *d = new_node(N_IDENT, v->pos);
	d->name = fmt("(%s)(%s@%lld)", ir_type_string(v->type), sym, (long long)off);
	d->type = v->type;
	d->mode = MODE_VAR;
	vec_push(dyn, d);
	vec_push(dyn, v);
}

static bool static_assign(Package *p, Node *r, const char *sym, int64_t off, Vec *dyn);

/* assign v to sym+off, by code if it cannot be data */
static void static_elem(Package *p, Node *v, const char *sym, int64_t off, Vec *dyn) {
	if (!static_assign(p, v, sym, off, dyn))
		static_dyn(dyn, skip_parens(v), sym, off);
}

/* ---- an inlined call as data (gc's staticAssignInlinedCall) ----
 *
 * "var errBase = errors.New(\"base\")" is data too: when the function
 * inlined is one "return v" with one unnamed result, its arguments have no
 * side effects and no closure captures a parameter, gc substitutes the
 * arguments for the parameters in v and lays out the result as it would
 * "&errorString{\"base\"}".  A parameter used twice needs an argument
 * that may be evaluated twice (no allocation). */

static bool allocates(Node *n) {
	n = skip_parens(n);
	if (!n)
		return false;
	if (side_effects(n))
		return true;
	switch (n->kind) {
	case N_COMPOSITE:
		if (under(n->type)->kind != TY_ARRAY && under(n->type)->kind != TY_STRUCT)
			return true;
		break;
	case N_UNARY:
		if (n->op == TK_AND && skip_parens(n->x)->kind == N_COMPOSITE)
			return true;
		break;
	case N_CONV:
		if (under(n->type)->kind == TY_SLICE && is_string(n->x->type))
			return true;
		break;
	case N_CALL: {
		Node *f = skip_parens(n->x);
		if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN && (f->obj->builtin == BI_NEW || f->obj->builtin == BI_MAKE))
			return true;
		break;
	}
	default:
		break;
	}
	if (allocates(n->x) || allocates(n->y) || allocates(n->z) || allocates(n->w))
		return true;
	for (int i = 0; i < n->list.n; i++)
		if (allocates(n->list.v[i]))
			return true;
	return false;
}

typedef struct Subst {
	Node *params;      /* the inlined call's "p1, p2 := a1, a2", or NULL */
	int *uses;
	bool closure;      /* a func literal capturing something */
} Subst;

static int param_index(Subst *s, Node *n) {
	if (!s->params || n->kind != N_IDENT || !n->obj)
		return -1;
	for (int i = 0; i < s->params->list.n; i++)
		if (s->params->list.v[i]->obj == n->obj)
			return i;
	return -1;
}

static void count_param_uses(Subst *s, Node *n) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT && n->fn && n->fn->captures.len)
		s->closure = true;
	int i = param_index(s, n);
	if (i >= 0)
		s->uses[i]++;
	Node *kids[] = {n->x, n->y, n->z, n->w};
	for (int k = 0; k < 4; k++)
		count_param_uses(s, kids[k]);
	for (int k = 0; k < n->list.n; k++)
		count_param_uses(s, n->list.v[k]);
	for (int k = 0; k < n->list2.n; k++)
		count_param_uses(s, n->list2.v[k]);
}

static Node *subst(Subst *s, Node *n);

static void subst_list(Subst *s, Nodes *l) {
	Nodes out = {0};
	for (int i = 0; i < l->n; i++)
		nodes_push(&out, l->v[i]);
	*l = out;
	for (int i = 0; i < l->n; i++)
		l->v[i] = subst(s, l->v[i]);
}

/* v with the arguments in place of the parameters (a copy where it
 * differs); a sum of constant strings is constant (gc's addStr). */
static Node *subst(Subst *s, Node *n) {
	if (!n || n->mode == MODE_CONST || n->mode == MODE_TYPE)
		return n;
	int i = param_index(s, n);
	if (i >= 0)
		return s->params->list2.v[i];
	if (n->kind == N_FUNCLIT)
		return n;
	Node *m = xalloc(sizeof *m);
	*m = *n;
	m->x = subst(s, n->x);
	m->y = subst(s, n->y);
	m->z = subst(s, n->z);
	m->w = subst(s, n->w);
	m->body = subst(s, n->body); /* an inlined call's parameters */
	subst_list(s, &m->list);
	subst_list(s, &m->list2);
	if (m->kind == N_BINARY && m->op == TK_ADD && is_string(m->type) && skip_parens(m->x)->mode == MODE_CONST &&
	    skip_parens(m->y)->mode == MODE_CONST)
		m->mode = MODE_CONST;
	return m;
}

static bool static_assign(Package *p, Node *r, const char *sym, int64_t off, Vec *dyn);

static bool static_inlined_call(Package *p, Node *call, const char *sym, int64_t off, Vec *dyn) {
	Func *f = call->fn;
	if (!f || !f->body || f->body->list.n != 1 || f->results.len != 1)
		return false;
	Node *ret = f->body->list.v[0];
	Obj *res = f->results.data[0];
	if (ret->kind != N_RETURN || ret->list.n != 1 || (res->name && res->name[0] && res->name[0] != '~' && strcmp(res->name, "_") != 0))
		return false;
	/* inline_call.c's shape: [params := args] { var ~r0; ~r0 = v; goto } label */
	Nodes *body = &call->body->list;
	Subst s = {0};
	int k = 0;
	if (body->n == 3 && body->v[0]->kind == N_ASSIGN)
		s.params = body->v[k++];
	if (body->n != k + 2 || body->v[k]->kind != N_BLOCK || body->v[k]->list.n != 3)
		return false;
	Node *as = body->v[k]->list.v[1];
	if (as->kind != N_ASSIGN || as->list2.n != 1)
		return false;
	Node *v = as->list2.v[0];
	int np = s.params ? s.params->list.n : 0;
	s.uses = xalloc(sizeof(int) * (np + 1));
	for (int i = 0; i < np; i++) {
		Node *x = s.params->list.v[i];
		if ((x->obj && x->obj->addrtaken) || side_effects(s.params->list2.v[i]))
			return false;
	}
	count_param_uses(&s, v);
	if (s.closure)
		return false;
	for (int i = 0; i < np; i++)
		if (s.uses[i] > 1 && allocates(s.params->list2.v[i]))
			return false;
	return static_assign(p, subst(&s, v), sym, off, dyn);
}

static bool static_assign(Package *p, Node *r, const char *sym, int64_t off, Vec *dyn) {
	if (!r)
		return true;
	r = skip_parens(r);
	if (r->mode == MODE_CONST || r->mode == MODE_TYPE)
		return true;
	while (r->kind == N_CONV && !is_interface(r->type) && r->x && types_identical(under(r->type), under(r->x->type)))
		r = skip_parens(r->x);
	switch (r->kind) {
	case N_IDENT:
		return true; /* nil, a function, a global (copied) */
	case N_SELECTOR:
		return r->sel_kind == SEL_METHODEXPR || (r->sel_kind == SEL_QUALIFIED && r->obj && r->obj->kind == OBJ_FUNC);
	case N_FUNCLIT:
		return !is_closure(r->fn);
	case N_UNARY:
		if (r->op != TK_AND)
			return false;
		{
			Node *x = skip_parens(r->x);
			if (x->kind == N_COMPOSITE) {
				char *a = fmt("%s..stmp_%d", p->path, static_names++);
				static_elem(p, x, a, 0, dyn);
				return true;
			}
			return x->kind == N_IDENT && x->obj && x->obj->global;
		}
	case N_INLCALL:
		return static_inlined_call(p, r, sym, off, dyn);
	case N_CONV: {
		Type *to = under(r->type);
		Node *x = skip_parens(r->x);
		if (is_interface(r->type)) {
			Node *val = x;
			while (val->kind == N_CONV && is_interface(val->type))
				val = skip_parens(val->x);
			if (is_interface(val->type))
				return val->kind == N_IDENT && val->obj && val->obj->kind == OBJ_NIL;
			if (is_direct_iface(val->type)) {
				static_elem(p, val, sym, off + 8, dyn);
			} else {
				char *a = fmt("%s..stmp_%d", p->path, static_names++);
				static_elem(p, val, a, 0, dyn);
			}
			return true;
		}
		/* []byte("const") is data; so is []rune("const"), which gc's
		 * typecheck turns into a []rune{...} literal of constants */
		if (to->kind == TY_SLICE && x->mode == MODE_CONST && is_string(x->type) &&
		    (under(to->elem)->kind == TY_UINT8 || under(to->elem)->kind == TY_INT32))
			return true;
		return false;
	}
	case N_COMPOSITE: {
		Type *u = under(r->type);
		if (u->kind == TY_MAP)
			return false;
		if (u->kind == TY_SLICE) {
			sym = fmt("%s..stmp_%d", p->path, static_names++);
			off = 0;
		}
		int64_t idx = 0;
		for (int i = 0; i < r->list.n; i++) {
			Node *el = r->list.v[i];
			int64_t eoff = off;
			if (u->kind == TY_STRUCT) {
				int fi = i;
				if (el->kind == N_KEYVALUE) {
					for (int k = 0; k < u->nfields; k++)
						if (el->x && el->x->kind == N_IDENT && strcmp(u->fields[k]->name, el->x->name) == 0)
							fi = k;
				}
				if (fi < u->nfields)
					eoff += u->fields[fi]->offset;
			} else {
				if (el->kind == N_KEYVALUE && el->x && el->x->cval)
					idx = const_int64_val(const_to_int(el->x->cval));
				eoff += idx * type_size(u->elem);
				idx++;
			}
			if (el->kind == N_KEYVALUE)
				el = el->y;
			Node *v = skip_parens(el);
			if (v->mode == MODE_CONST || (v->kind == N_IDENT && v->obj && v->obj->kind == OBJ_NIL))
				continue;
			static_elem(p, el, sym, eoff, dyn);
		}
		return true;
	}
	default:
		return false;
	}
}

static Func *init_func_named(Package *p, const char *name, Node *body) {
	Func *f = new_func(xstrdup(name), p);
	f->type = new_type(TY_FUNC);
	f->body = body;
	return f;
}

/* The dynamic initialization of package p, as gc's init would have it. */
PkgInit *package_init(Package *p) {
	if (!p->init_order.len)
		return NULL;
	PkgInit *pi = xalloc(sizeof *pi);
	Node *body = new_node(N_BLOCK, nopos);
	static_names = 0;
	for (int i = 0; i < p->init_order.len; i++) {
		Node *as = p->init_order.data[i];
		Node *rhs = as->list2.n ? as->list2.v[0] : NULL;
		bool all_blank = true;
		for (int k = 0; k < as->list.n; k++)
			all_blank &= is_blank_ident(as->list.v[k]);
		if (all_blank && !side_effects(rhs))
			continue;
		Vec dyn = {0};
		if (as->list.n == 1 && !is_blank_ident(as->list.v[0]) &&
		    static_assign(p, rhs, fmt("%s.%s", p->path, skip_parens(as->list.v[0])->name), 0, &dyn)) {
			for (int k = 0; k + 1 < dyn.len; k += 2) {
				Node *v = dyn.data[k + 1];
				Node *g = new_node(N_ASSIGN, v->pos);
				g->op = TK_ASSIGN;
				nodes_push(&g->list, dyn.data[k]); /* into static data: the heap */
				nodes_push(&g->list2, v);
				nodes_push(&body->list, g);
			}
			continue;
		}
		Node *lhs = as->list.v[0];
		if (as->list.n == 1 && lhs->type && under(lhs->type)->kind == TY_MAP && node_count(rhs) >= 20 &&
		    !side_effects(rhs)) {
			Node *mb = new_node(N_BLOCK, nopos);
			nodes_push(&mb->list, as);
			Func *mf = init_func_named(p, fmt("map.init.%d", pi->map_inits.len), mb);
			vec_push(&pi->map_inits, mf);
			Obj *o = new_obj(OBJ_FUNC, mf->name, nopos, mf->type);
			o->func = mf;
			Node *callee = new_node(N_IDENT, nopos);
			callee->name = mf->name;
			callee->obj = o;
			callee->type = mf->type;
			callee->mode = MODE_VALUE;
			Node *c = new_node(N_CALL, nopos);
			c->x = callee;
			c->type = type_empty_tuple;
			c->mode = MODE_NOVALUE;
			Node *st = new_node(N_EXPRSTMT, nopos);
			st->x = c;
			nodes_push(&body->list, st);
			continue;
		}
		nodes_push(&body->list, as);
	}
	pi->fn = init_func_named(p, "init", body);
	if (p->init_func) /* the variables of calls inlined into initializers */
		for (int i = 0; i < p->init_func->locals.len; i++)
			vec_push(&pi->fn->locals, p->init_func->locals.data[i]);
	info(pi->fn)->pkg_init = true;
	return pi;
}

/* gc's VisitFuncsBottomUp over the functions of each package: strongly
 * connected components of the static call graph, callees first. */