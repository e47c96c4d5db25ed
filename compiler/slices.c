/*
 * slices.c — which appended slices may keep a stack backing store, and
 * where they must move to the heap (gc 1.26's slice pass, move2heap).
 *
 * Go 1.26 gives a non-escaping append a 32-byte stack buffer (cg_alloc.c).
 * This pass extends that to slices that are built by appends and then
 * escape at one point, typically by being returned:
 *
 *     var s []int
 *     for i := range n {
 *         s = append(s, i)     // may use the stack buffer...
 *     }
 *     return s                 // ...because "s = move2heap(s)" runs first
 *
 * move2heap copies the slice to the heap if its backing store is in the
 * current frame.  That is only correct while s is *exclusive*: the only
 * reference to a stack backing store.  The pass counts every mention of a
 * local slice variable and the mentions it understands (exclusivity-
 * preserving): its declaration, s = nil, s = []T{...}, s = s[i:j],
 * s = append(s, ...), s[i], len(s), cap(s), range over s, passing s to a
 * statically known function whose parameter leaks nowhere.  The one
 * statement where s stops being exclusive (return s, x = s, *p = s, ...)
 * is its transition; a second transition, or one inside a deeper loop
 * than the declaration, gives up.  If every mention is understood, there
 * is a transition, and the appends weigh at least 2 (one in a loop, or two
 * in a row), then:
 *
 *   - the transition statement gets a move2heap of s (Node.moves);
 *   - every s = append(s, ...) counts as not escaping;
 *   - if the capacity of s is observable (cap(s), reslicing, passing s
 *     on), appends use growsliceBuf (ESC_USEBUF) and move2heap keeps the
 *     capacity; otherwise the result gets the size class of its length.
 *
 * Two patterns gc 1.26 accepts here are not exclusive, and gc miscompiles
 * them (golang/go #79909, #81612); tgo refuses them, so such programs get
 * the result the spec requires: an address taken anywhere inside s[i]
 * (&s[i].f, s[i].PtrMethod(), s[i][:] on arrays) as well as &s[i], and a
 * range over s whose body assigns to s (the range keeps its own copy of
 * the slice while appends and reslices move the elements of the buffer).
 *
 * The pass also marks appends whose result is stored back into an operand
 * that cannot live in registers (ESC_INPLACE: gc's in-place append, which
 * never uses a stack buffer).  Disabled by -N and -d=variablemakehash=n.
 */
#include "tgo.h"
#include "escape.h"
#include "gcflags.h"

typedef struct SliceInfo {
	int ok_uses;       /* mentions this pass understands */
	int all_uses;      /* every mention */
	Node *transition;  /* the statement where s stops being exclusive */
	Vec appends;       /* Node*: the s = append(s, ...) calls */
	int append_weight;
	int decl_depth;    /* loop depth of the declaration */
	bool cap_used;     /* cap(s) or s[len:cap] may be observed */
	bool dead;         /* given up */
} SliceInfo;

typedef struct Pass {
	Func *fn;
	Vec tracked;       /* Obj* with a SliceInfo in aux */
	int loop_depth;
	Node *stmt;        /* the statement being examined */
	Vec range_stack;   /* Obj*: slices being ranged over by enclosing loops */
} Pass;

static void visit(Node *n, void *arg);

static SliceInfo *tracking(Node *n) {
	n = skip_parens(n);
	if (!n || n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR || !n->obj->aux)
		return NULL;
	SliceInfo *i = n->obj->aux;
	return i->dead ? NULL : i;
}

static Obj *tracked_obj(Node *n) {
	return tracking(n) ? skip_parens(n)->obj : NULL;
}

static void add_transition(Pass *p, SliceInfo *i) {
	if (i->transition && i->transition != p->stmt) {
		i->dead = true; /* more than one: give up */
		return;
	}
	if (p->loop_depth > i->decl_depth) {
		i->dead = true; /* inside a loop: give up */
		return;
	}
	i->transition = p->stmt;
}

/* x = y somewhere in the current statement */
static void assign(Pass *p, Node *x, Node *y) {
	SliceInfo *i = tracking(x);
	Node *yy = skip_parens(y);
	if (i) {
		if (!yy || (yy->mode == MODE_VALUE && yy->type && yy->type->kind == TY_UNTYPED_NIL) ||
		    (yy->kind == N_IDENT && yy->obj && yy->obj->kind == OBJ_NIL) ||
		    (yy->kind == N_CONV && yy->x->type && yy->x->type->kind == TY_UNTYPED_NIL)) {
			i->ok_uses++; /* s = nil */
		} else if (yy->kind == N_COMPOSITE && under(yy->type)->kind == TY_SLICE) {
			i->ok_uses++; /* s = []T{...} */
			i->cap_used = true;
		} else if (yy->kind == N_SLICE && !yy->slice3 && tracked_obj(yy->x) == skip_parens(x)->obj) {
			i->ok_uses += 2; /* s = s[i:j] */
			i->cap_used = true;
		} else if (yy->kind == N_CALL && yy->op == BI_APPEND && tracked_obj(yy->list.v[0]) == skip_parens(x)->obj) {
			i->ok_uses += 2; /* s = append(s, ...) */
			vec_push(&i->appends, yy);
			i->append_weight += 1 + (p->loop_depth - i->decl_depth);
		}
	}
	SliceInfo *j = tracking(y);
	if (j) {
		j->ok_uses++; /* ... = s: s is no longer exclusive */
		add_transition(p, j);
	}
}

/* "var x T [= y]" or "x := y".  gc declares x (one understood mention,
 * one mention) and then assigns (the target is mentioned again); tgo's
 * AST mentions x once, so the declaration itself counts only when there
 * is no value. */
static void declare(Pass *p, Node *x, Node *y) {
	SliceInfo *i = tracking(x);
	if (i)
		i->decl_depth = p->loop_depth;
	if (!y) {
		if (i)
			i->ok_uses++;
		return;
	}
	assign(p, x, y);
}

/* Does the argument of call n at index idx (receiver first) flow
 * anywhere?  Unknown callees: yes. */
static bool arg_leaks(Node *call, int idx) { return esc_arg_leaks(call, idx); }

/* Taking the address of anything inside s[i] breaks exclusivity. */
static void address_taken(Node *x) {
	for (x = skip_parens(x); x;) {
		if (x->kind == N_SELECTOR && x->sel_kind == SEL_FIELD)
			x = skip_parens(x->x);
		else if (x->kind == N_INDEX && under(x->x->type)->kind == TY_ARRAY)
			x = skip_parens(x->x);
		else
			break;
	}
	if (x && x->kind == N_INDEX) {
		SliceInfo *i = tracking(x->x);
		if (i)
			i->dead = true;
	}
}

static void visit_call(Node *n) {
	Node *f = skip_parens(n->x);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN) {
		SliceInfo *i = n->list.n ? tracking(n->list.v[0]) : NULL;
		if (i && (n->op == BI_LEN || n->op == BI_CAP)) {
			i->ok_uses++;
			if (n->op == BI_CAP)
				i->cap_used = true;
		}
		return;
	}
	if (n->spread)
		return;
	int first = 0;
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD) {
		SliceInfo *i = tracking(f->x);
		if (i && !arg_leaks(n, 0)) {
			i->ok_uses++;
			i->cap_used = true;
		}
		first = 1;
	}
	Type *sig = under(f->type);
	for (int k = 0; k < n->list.n; k++) {
		SliceInfo *i = tracking(n->list.v[k]);
		if (!i || sig->kind != TY_FUNC)
			continue;
		/* an argument of another type is converted first: not understood */
		Type *pt = k < sig->nfields ? sig->fields[k]->type : NULL;
		if (pt && sig->variadic && k >= sig->nfields - 1 && !n->ellipsis)
			pt = NULL;
		if (pt && types_identical(pt, skip_parens(n->list.v[k])->obj->type) && !arg_leaks(n, first + k)) {
			i->ok_uses++;
			i->cap_used = true;
		}
	}
}

/* A range over s whose body assigns to s: the range's copy of s and s
 * share a buffer that appends may rearrange. */
static bool assigns_to(Node *n, Obj *o);

static void assigns_visit(Node *n, void *arg) {
	bool *found = ((void **)arg)[1];
	if (*found || !n)
		return;
	Obj *o = ((void **)arg)[0];
	if (n->kind == N_ASSIGN)
		for (int k = 0; k < n->list.n; k++) {
			Node *x = skip_parens(n->list.v[k]);
			if (x->kind == N_IDENT && x->obj == o)
				*found = true;
		}
	visit_children(n, assigns_visit, arg);
}

static bool assigns_to(Node *n, Obj *o) {
	bool found = false;
	void *arg[2] = {o, &found};
	assigns_visit(n, arg);
	return found;
}

static void visit_stmt_assign(Pass *p, Node *n) {
	bool define = n->op == TK_DEFINE;
	if (define) {
		for (int k = 0; k < n->list.n; k++) {
			SliceInfo *i = tracking(n->list.v[k]);
			if (i)
				i->decl_depth = p->loop_depth;
		}
	}
	if ((n->op != TK_ASSIGN && !define) || n->list.n != n->list2.n)
		return;
	for (int k = 0; k < n->list.n; k++)
		assign(p, n->list.v[k], n->list2.v[k]);
}

static void visit_valuespec(Pass *p, Node *n) {
	for (int k = 0; k < n->list.n; k++) {
		if (n->list2.n == n->list.n)
			declare(p, n->list.v[k], n->list2.v[k]);
		else if (n->list2.n == 0)
			declare(p, n->list.v[k], NULL);
		else if (tracking(n->list.v[k]))
			tracking(n->list.v[k])->decl_depth = p->loop_depth;
	}
}

static void visit_return(Pass *p, Node *n) {
	for (int k = 0; k < n->list.n; k++) {
		SliceInfo *i = tracking(n->list.v[k]);
		if (i) {
			i->ok_uses++;
			add_transition(p, i);
		}
	}
	if (n->list.n == 0)
		for (int k = 0; k < p->fn->results.len; k++) {
			Obj *r = p->fn->results.data[k];
			SliceInfo *i = r->aux;
			if (i && !i->dead)
				add_transition(p, i);
		}
}

static bool is_stmt(Node *n) { return n->kind >= N_BLOCK && n->kind <= N_RANGE; }

static void visit(Node *n, void *arg) {
	Pass *p = arg;
	if (!n)
		return;
	Node *saved_stmt = p->stmt;
	if (is_stmt(n) && n->kind != N_BLOCK)
		p->stmt = n;
	switch (n->kind) {
	case N_IDENT: {
		SliceInfo *i = n->obj && n->obj->kind == OBJ_VAR ? n->obj->aux : NULL;
		if (i)
			i->all_uses++;
		break;
	}
	case N_INDEX:
		if (tracking(n->x))
			tracking(n->x)->ok_uses++;
		break;
	case N_UNARY:
		if (n->op == TK_AND)
			address_taken(n->x);
		break;
	case N_ADDR:
		address_taken(n->x);
		break;
	case N_SLICE:
		if (under(n->x->type)->kind == TY_ARRAY)
			address_taken(n->x);
		break;
	case N_CALL:
		visit_call(n);
		break;
	case N_RETURN:
		visit_return(p, n);
		break;
	case N_RANGE: {
		SliceInfo *i = tracking(n->z);
		if (i) {
			i->ok_uses++;
			if (n->body && assigns_to(n->body, skip_parens(n->z)->obj))
				i->dead = true;
		}
		break;
	}
	case N_ASSIGN:
		visit_stmt_assign(p, n);
		break;
	case N_VALUESPEC:
		visit_valuespec(p, n);
		break;
	case N_FUNCLIT:
		/* a captured slice: not understood */
		for (int k = 0; k < n->fn->captures.len; k++) {
			Obj *o = n->fn->captures.data[k];
			SliceInfo *i = o->aux;
			if (i && o->func == p->fn)
				i->all_uses++;
		}
		break;
	default:
		break;
	}
	bool loop = n->kind == N_FOR || n->kind == N_RANGE;
	if (loop)
		p->loop_depth++;
	visit_children(n, visit, p);
	if (loop)
		p->loop_depth--;
	p->stmt = saved_stmt;
}

static void track(Pass *p, Obj *o) {
	if (!o || o->kind != OBJ_VAR || under(o->type)->kind != TY_SLICE)
		return;
	if (type_size(under(o->type)->elem) > 32)
		return;
	o->aux = xalloc(sizeof(SliceInfo));
	vec_push(&p->tracked, o);
}

static void commit(Obj *s, SliceInfo *i) {
	Move2Heap *m = xalloc(sizeof *m);
	m->var = s;
	m->keep_cap = i->cap_used;
	m->next = i->transition->moves;
	i->transition->moves = m;
	for (int k = 0; k < i->appends.len; k++) {
		Node *a = i->appends.data[k];
		a->esc_flags = (a->esc_flags | ESC_ANALYZED) & ~ESC_HEAP;
		if (i->cap_used)
			a->esc_flags |= ESC_USEBUF;
	}
}

static void analyze(Func *fn) {
	Pass p = {0};
	p.fn = fn;
	if (fn->recv)
		track(&p, fn->recv);
	for (int k = 0; k < fn->params.len; k++)
		track(&p, fn->params.data[k]);
	for (int k = 0; k < fn->results.len; k++)
		track(&p, fn->results.data[k]);
	for (int k = 0; k < fn->locals.len; k++)
		track(&p, fn->locals.data[k]);
	if (!p.tracked.len)
		return;
	for (int k = 0; k < fn->body->list.n; k++)
		visit(fn->body->list.v[k], &p);
	for (int k = 0; k < p.tracked.len; k++) {
		Obj *s = p.tracked.data[k];
		SliceInfo *i = s->aux;
		s->aux = NULL;
		if (i->dead || i->ok_uses != i->all_uses || !i->transition || i->append_weight < 2)
			continue;
		commit(s, i);
	}
}

/* ---- in-place appends ---- */

/* gc's ssa.CanSSA: small values the SSA backend keeps in registers */
static bool type_can_ssa(Type *t) {
	Type *u = under(t);
	if (type_size(u) > 32)
		return false;
	if (u->kind == TY_ARRAY)
		return u->len <= 1 && type_can_ssa(u->elem);
	if (u->kind == TY_STRUCT) {
		if (u->nfields > 4)
			return false;
		for (int k = 0; k < u->nfields; k++)
			if (!type_can_ssa(u->fields[k]->type))
				return false;
	}
	return true;
}

/* gc's (*state).canSSA on an assignment target */
static bool can_ssa(Func *fn, Node *x) {
	Node *base = skip_parens(x);
	for (;;) {
		if (base->kind == N_SELECTOR && base->sel_kind == SEL_FIELD && !is_pointer(base->x->type))
			base = skip_parens(base->x);
		else if (base->kind == N_INDEX && under(base->x->type)->kind == TY_ARRAY)
			base = skip_parens(base->x);
		else
			break;
	}
	if (base->kind != N_IDENT || !base->obj || base->obj->kind != OBJ_VAR)
		return false;
	Obj *o = base->obj;
	if (o->global || o->addrtaken || o->heap || o->func != fn || (o->captured && !o->byval))
		return false;
	if (o->result && fn->has_defer)
		return false;
	return type_can_ssa(o->type);
}

/* gc's ir.SameSafeExpr */
static bool same_safe_expr(Node *a, Node *b) {
	a = skip_parens(a);
	b = skip_parens(b);
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case N_IDENT:
		return a->obj == b->obj && a->obj && a->obj->kind == OBJ_VAR;
	case N_SELECTOR:
		return a->sel_kind == SEL_FIELD && b->sel_kind == SEL_FIELD && a->field_index == b->field_index &&
		       types_identical(a->x->type, b->x->type) && same_safe_expr(a->x, b->x);
	case N_STAR: case N_DEREF:
		return same_safe_expr(a->x, b->x);
	case N_INDEX:
		return under(a->x->type)->kind != TY_MAP && same_safe_expr(a->x, b->x) && a->y->mode == MODE_CONST &&
		       b->y->mode == MODE_CONST && const_compare(COP_EQL, a->y->cval, b->y->cval);
	default:
		return false;
	}
}

static void mark_inplace(Node *n, void *arg) {
	Func *fn = arg;
	if (!n)
		return;
	if (n->kind == N_ASSIGN && n->op == TK_ASSIGN && n->list.n == 1 && n->list2.n == 1) {
		Node *r = skip_parens(n->list2.v[0]);
		if (r->kind == N_CALL && r->op == BI_APPEND && r->list.n && same_safe_expr(n->list.v[0], r->list.v[0]) &&
		    (opt.no_opt || !can_ssa(fn, n->list.v[0])))
			r->esc_flags |= ESC_INPLACE;
	}
	visit_children(n, mark_inplace, arg);
}

void slices_program(Program *prog) {
	for (int i = 0; i < prog->packages.len; i++) {
		Package *pkg = prog->packages.data[i];
		use_package_options(pkg);
		for (int j = 0; j < pkg->funcs.len; j++) {
			Func *fn = pkg->funcs.data[j];
			if (!fn->body)
				continue;
			mark_inplace(fn->body, fn);
			if (!opt.no_opt && !opt.variablemake_off && !opt.escape_all)
				analyze(fn);
		}
	}
	use_cmdline_options();
}
