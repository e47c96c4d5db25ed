/*
 * devirt.c — static devirtualization of interface method calls, as gc 1.26
 * does it even without inlining.
 *
 * When every value ever assigned to a local interface variable x has the
 * same concrete type T (gc's "concrete type analysis": assignments of nil
 * are ignored, a variable whose address is taken is never analysed), the
 * call x.M(args) becomes x.(T).M(args): a direct method call on T, which
 * escape analysis then sees through ("devirtualizing x.M to T").  When T
 * only has M through an embedded interface, the call is made on that
 * embedded field instead ("partially devirtualizing x.M to T").
 *
 * The type assertion cannot fail except when x is nil, in which case the
 * program panics with a nil pointer dereference, as the interface call
 * would have.
 */
#include "tgo.h"
#include "escape.h"

extern Package *typestr_package;

static Vec seen_names;

/* All values assigned to local variable o (NULL entries: the assignment's
 * type is only known, stored in *types). */
typedef struct Assigns {
	Vec values; /* Node* or NULL */
	Vec types;  /* Type* when the value is NULL */
} Assigns;

static void add_assign(Assigns *a, Node *value, Type *t) {
	vec_push(&a->values, value);
	vec_push(&a->types, t);
}

static bool is_nil_value(Node *n) {
	n = skip_parens(n);
	while (n && n->kind == N_CONV && n->implicit)
		n = skip_parens(n->x);
	return n && ((n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL) || (n->type && n->type->kind == TY_UNTYPED_NIL));
}

static bool names(Node *n, Obj *o) {
	n = skip_parens(n);
	return n && n->kind == N_IDENT && n->obj == o;
}

static void collect(Node *n, Obj *o, Assigns *a);

static void collect_list(Nodes *l, Obj *o, Assigns *a) {
	for (int i = 0; i < l->n; i++)
		collect(l->v[i], o, a);
}

static void collect(Node *n, Obj *o, Assigns *a) {
	if (!n)
		return;
	switch (n->kind) {
	case N_ASSIGN:
		if (n->list.n == n->list2.n) {
			for (int i = 0; i < n->list.n; i++)
				if (names(n->list.v[i], o) && !is_nil_value(n->list2.v[i])) {
					Node *r = skip_parens(n->list2.v[i]);
					if (n->op != TK_ASSIGN && n->op != TK_DEFINE)
						add_assign(a, NULL, NULL);
					else if (r->kind == N_CALL && r->type && r->type->kind != TY_TUPLE && !(r->x->obj && r->x->obj->kind == OBJ_BUILTIN))
						add_assign(a, NULL, r->type);
					else
						add_assign(a, r, NULL);
				}
		} else {
			Node *r = skip_parens(n->list2.v[0]);
			for (int i = 0; i < n->list.n; i++)
				if (names(n->list.v[i], o)) {
					if (r->kind == N_INLCALL && i < r->list.n)
						add_assign(a, r->list.v[i], NULL); /* the inlined call's result variable */
					else if (r->type && r->type->kind == TY_TUPLE)
						add_assign(a, NULL, r->type->fields[i]->type);
					else if (i == 0 && r->kind == N_TYPEASSERT)
						add_assign(a, r, NULL);
					else
						add_assign(a, NULL, i == 0 ? r->type : type_bool);
				}
		}
		break;
	case N_DECLSTMT:
		if (n->x->op == TK_VAR)
			for (int k = 0; k < n->x->list.n; k++) {
				Node *spec = n->x->list.v[k];
				if (spec->list.n == spec->list2.n) {
					for (int i = 0; i < spec->list.n; i++)
						if (names(spec->list.v[i], o) && !is_nil_value(spec->list2.v[i]))
							add_assign(a, skip_parens(spec->list2.v[i]), NULL);
				} else if (spec->list2.n == 1) {
					Node *r = skip_parens(spec->list2.v[0]);
					for (int i = 0; i < spec->list.n; i++) {
						if (!names(spec->list.v[i], o))
							continue;
						if (r->kind == N_INLCALL && i < r->list.n)
							add_assign(a, r->list.v[i], NULL);
						else
							add_assign(a, NULL, r->type && r->type->kind == TY_TUPLE ? r->type->fields[i]->type : r->type);
					}
				}
				collect_list(&spec->list2, o, a); /* inlined calls' bodies */
			}
		return;
	case N_RANGE: {
		Type *xt = under(n->z->type);
		if (xt->kind == TY_POINTER)
			xt = under(xt->elem);
		if (names(n->x, o))
			add_assign(a, NULL, xt->kind == TY_MAP ? xt->key : xt->kind == TY_CHAN ? xt->elem : NULL);
		if (names(n->y, o))
			add_assign(a, NULL, (xt->kind == TY_ARRAY || xt->kind == TY_SLICE || xt->kind == TY_MAP) ? xt->elem : NULL);
		break;
	}
	case N_TYPESWITCH:
		for (int i = 0; i < n->list.n; i++)
			if (n->list.v[i]->case_obj == o)
				add_assign(a, n->x->x, NULL);
		break;
	default:
		break;
	}
	collect(n->init, o, a);
	collect(n->x, o, a);
	collect(n->y, o, a);
	collect(n->z, o, a);
	collect(n->cond, o, a);
	collect(n->post, o, a);
	collect(n->body, o, a);
	collect(n->els, o, a);
	collect_list(&n->list, o, a);
	collect_list(&n->list2, o, a);
	if (n->kind == N_FUNCLIT && n->fn)
		collect(n->fn->body, o, a);
}

/* concrete_type1's answer when nothing is assigned (distinct from NULL,
 * "unknown") */
static Type no_type_value;
#define no_type (&no_type_value)

/* The concrete type the interface expression n always holds, NULL if
 * unknown, no_type if nothing is assigned. */
static Type *concrete_type1(Node *n) {
	for (;;) {
		n = skip_parens(n);
		if (!is_interface(n->type))
			return n->type;
		if (n->kind == N_CONV) {
			n = n->x;
			continue;
		}
		if (n->kind == N_TYPEASSERT) {
			n = n->x;
			continue;
		}
		if (n->kind == N_INLCALL && n->list.n == 1) {
			n = n->list.v[0]; /* an inlined call's value: its result variable */
			continue;
		}
		break;
	}
	if (n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR)
		return NULL;
	Obj *o = n->obj;
	if (o->global || o->param || o->result || o->is_recv || o->addrtaken || !o->func)
		return NULL;
	for (int i = 0; i < seen_names.len; i++)
		if (seen_names.data[i] == o)
			return no_type;
	vec_push(&seen_names, o);
	Func *root = o->func;
	Assigns a = {0};
	collect(root->body, o, &a);
	Type *typ = NULL;
	for (int i = 0; i < a.values.len; i++) {
		Node *v = a.values.data[i];
		Type *t = a.types.data[i];
		if (v) {
			t = concrete_type1(v);
			if (t == no_type)
				continue;
		} else if (t && is_interface(t)) {
			t = NULL;
		}
		if (!t)
			return NULL;
		if (typ && !types_identical(typ, t))
			return NULL;
		typ = t;
	}
	return typ ? typ : no_type;
}

static Type *concrete_type(Node *n) {
	seen_names.len = 0;
	Type *t = concrete_type1(n);
	return t == no_type ? NULL : t;
}

static Node *implicit_deref(Node *x, Pos pos) {
	Node *d = new_node(N_DEREF, pos);
	d->x = x;
	d->implicit = true;
	d->type = under(x->type)->elem;
	d->mode = MODE_VAR;
	return d;
}

/* Devirtualize one call if its receiver's concrete type is known; report:
 * print the -m line.  inline_call.c calls it before trying to inline a
 * call (gc interleaves the two), escape.c's pass for the calls left. */
void devirtualize_call(Node *call, bool report) {
	Node *sel = skip_parens(call->x);
	if (sel->kind != N_SELECTOR || sel->sel_kind != SEL_IFACEMETHOD)
		return;
	Type *it = sel->x->type;
	Type *t = concrete_type(sel->x);
	if (!t)
		return;
	char *missing;
	bool ptr;
	if (!implements(t, it, &missing, &ptr))
		return;
	Selection s = lookup_field_or_method(t, sel->name, NULL);
	/* the call as written, for inlined copies of the function (gc copies
	 * the body it exported, where the call is still an interface call) */
	Node *orig = xalloc(sizeof *orig);
	*orig = *sel;
	sel->target = orig;
	char *text = fmt("%s to %s", ir_string(sel), ir_type_string(t));
	Node *dt = new_node(N_TYPEASSERT, call->pos);
	dt->x = sel->x;
	dt->type = t;
	dt->mode = MODE_VALUE;
	dt->implicit = true; /* panics like a nil dereference, never as an assertion */
	/* the receiver: dt, through the embedded fields that promote M */
	Node *cur = dt;
	Type *ct = t;
	for (int k = 0; k < s.depth; k++) {
		if (under(ct)->kind == TY_POINTER) {
			cur = implicit_deref(cur, call->pos);
			ct = cur->type;
		}
		Field *f = under(ct)->fields[s.path[k]];
		Node *fs = new_node(N_SELECTOR, call->pos);
		fs->x = cur;
		fs->name = f->name;
		fs->sel_kind = SEL_FIELD;
		fs->field_index = s.path[k];
		fs->implicit = true;
		fs->type = f->type;
		fs->mode = MODE_VALUE;
		cur = fs;
		ct = f->type;
	}
	if (s.kind == SEL_METHOD) {
		/* a concrete method, maybe promoted through embedded structs */
		Obj *m = s.method;
		if (!m->ptr_recv && under(ct)->kind == TY_POINTER) {
			cur = implicit_deref(cur, call->pos);
		} else if (m->ptr_recv && under(ct)->kind != TY_POINTER) {
			Node *a = new_node(N_ADDR, call->pos);
			a->x = cur;
			a->implicit = true;
			a->type = pointer_to(ct);
			a->mode = MODE_VALUE;
			cur = a;
		}
		if (opt.m && report)
			diag_at(call->pos, "devirtualizing %s", text);
		sel->x = cur;
		sel->sel_kind = SEL_METHOD;
		sel->obj = m;
		sel->type = m->type;
		return;
	}
	/* promoted through an embedded interface: stay an interface call on it */
	if (opt.m && report)
		diag_at(call->pos, "partially devirtualizing %s", text);
	if (s.kind == SEL_IFACEMETHOD) {
		sel->x = cur;
		sel->field_index = s.method_index;
	}
}

/* func literals are functions of their own (visit_children skips them) */
static void walk(Node *n, void *report) {
	if (n && n->kind == N_CALL)
		devirtualize_call(n, report != NULL);
	visit_children(n, walk, report);
}

/* Devirtualize the calls of one function; report: print -m lines. */
void devirtualize_func(Func *fn, bool report_lines) {
	if (!fn->body || fn->is_defer_wrapper)
		return;
	walk(fn->body, report_lines ? fn : NULL);
}
