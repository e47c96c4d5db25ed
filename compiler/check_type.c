/*
 * check_type.c — type expressions to types.
 *
 * Handles type names (resolving package-level declarations on demand),
 * qualified names, pointer, array, slice, map, channel, function, struct and
 * interface types; array lengths (constant expressions); and invalid
 * recursive types (a struct or array containing itself without indirection).
 * func_type_of also creates the parameter and result variables of a
 * function being declared.
 */
#include "check.h"

static const char *obj_kind_name(Obj *o) {
	switch (o->kind) {
	case OBJ_PKG: return "package name";
	case OBJ_CONST: return "constant";
	case OBJ_TYPE: return "defined type";
	case OBJ_VAR:
		if (o->global) return "package-level variable";
		if (o->is_recv) return "receiver";
		if (o->param) return "parameter";
		if (o->result) return "result variable";
		return "local variable";
	case OBJ_FUNC: return "function";
	case OBJ_BUILTIN: return "built-in function";
	case OBJ_NIL: return "nil";
	default: return "object";
	}
}

static bool indirect_since(Type *t);

/* A named type that is still being declared, reached without indirection
 * from inside its own declaration, makes the type infinitely large.  In
 *
 *     type common struct{ sub *T }
 *     type T struct{ c common }
 *
 * T's field c holds common directly, but common reached T through a
 * pointer, so the cycle has an indirection and both types are valid. */
static bool contains_resolving(Type *t, Type **which) {
	if (!t)
		return false;
	if (t->kind == TY_NAMED) {
		if (t->resolving && !indirect_since(t)) {
			*which = t;
			return true;
		}
		return false; /* a completed named type was checked when declared */
	}
	if (t->kind == TY_ARRAY)
		return contains_resolving(t->elem, which);
	if (t->kind == TY_STRUCT)
		for (int i = 0; i < t->nfields; i++)
			if (contains_resolving(t->fields[i]->type, which))
				return true;
	return false;
}

/* Report an invalid recursive type as types2 does: the cycle of type
 * declarations, starting with the one declared first. */
static void report_type_cycle(Type *which) {
	int from = -1;
	for (int i = 0; i < resolving_types.len; i++)
		if (((Obj *)resolving_types.data[i])->type == which)
			from = i;
	Obj *o = which->obj;
	if (from < 0 || from == resolving_types.len - 1) {
		error_at(o->pos, "invalid recursive type: %s refers to itself", o->name);
		return;
	}
	int n = resolving_types.len - from;
	Obj **cycle = (Obj **)resolving_types.data + from;
	int start = 0;
	for (int i = 1; i < n; i++)
		if (pos_cmp(cycle[i]->pos, cycle[start]->pos) < 0)
			start = i;
	Obj *first = cycle[start];
	Buf b = {0};
	buf_printf(&b, "invalid recursive type %s", first->name);
	Obj *obj = first;
	for (int i = 0; i < n; i++) {
		Obj *next = cycle[(start + i + 1) % n];
		buf_printf(&b, "\n\t%s: %s refers to %s", pos_str(obj->pos), obj->name, next->name);
		obj = next;
	}
	error_at(first->pos, "%s", buf_cstr(&b));
}

static Type *check_no_cycle(Type *t, Pos pos) {
	Type *which = NULL;
	(void)pos;
	if (contains_resolving(t, &which)) {
		report_type_cycle(which);
		for (int i = 0; i < resolving_types.len; i++)
			((Obj *)resolving_types.data[i])->type->resolving = false;
		return type_invalid;
	}
	return t;
}

/* ---- type declarations ----
 *
 * "type T RHS" gives T the underlying type of RHS.  RHS may name a type
 * that is still being declared: in
 *
 *     type T1 struct{ Next *T2 }
 *     type T2 T1
 *
 * T2 is declared while T1's struct is being checked, so T2's underlying
 * type is only known once T1's is.  Such a T2 waits in pending_underlying.
 * That is only valid through an indirection (pointer, slice, map, channel,
 * function, interface) between T1's declaration and the mention of T1: in
 * "type A B; type B A" there is none, and the types are invalid. */
static int type_indirection;    /* indirections around the type expression being checked */
static Vec resolving_depths;    /* type_indirection when each resolving_types entry was pushed */
static Vec pending_underlying;  /* Type* pairs: a named type, the named type it takes its underlying from */

static bool indirect_since(Type *t) {
	for (int i = resolving_types.len - 1; i >= 0; i--)
		if (((Obj *)resolving_types.data[i])->type == t)
			return (intptr_t)resolving_depths.data[i] < type_indirection;
	return true;
}

static void set_underlying(Type *t, Type *u) {
	t->underlying = under(u);
	if (t->underlying->kind == TY_INTERFACE)
		complete_interface(t->underlying);
}

static void resolve_pending_underlying(void) {
	bool changed = true;
	while (changed) {
		changed = false;
		for (int i = 0; i + 1 < pending_underlying.len; i += 2) {
			Type *t = pending_underlying.data[i], *base = pending_underlying.data[i + 1];
			if (!t->underlying && base->underlying) {
				set_underlying(t, base);
				changed = true;
			}
		}
	}
}

static void report_type_cycle(Type *which);

void declare_underlying(Obj *o, Node *rhs) {
	Type *t = o->type;
	t->resolving = true;
	vec_push(&resolving_types, o);
	vec_push(&resolving_depths, (void *)(intptr_t)type_indirection);
	Type *u = check_type(rhs);
	bool waits = u->kind == TY_NAMED && !u->underlying;
	if (waits && u->resolving && !indirect_since(u)) {
		report_type_cycle(u);
		u = type_invalid;
		waits = false;
	}
	resolving_types.len--;
	resolving_depths.len--;
	t->resolving = false;
	if (waits) {
		vec_push(&pending_underlying, t);
		vec_push(&pending_underlying, u);
	} else {
		set_underlying(t, u);
	}
	resolve_pending_underlying();
}

static Type *type_name(Node *n) {
	if (strcmp(n->name, "_") == 0) {
		error_at(n->pos, "cannot use _ as value or type");
		return type_invalid;
	}
	Obj *o = lookup_name(n->name);
	if (!o) {
		error_at(n->pos, "undefined: %s", n->name);
		return type_invalid;
	}
	n->obj = o;
	if (o->kind != OBJ_TYPE) {
		if (o->kind == OBJ_PKG) {
			o->used = true;
			error_at(n->pos, "use of package %s not in selector", o->name);
		} else {
			error_at(n->pos, "%s (%s) is not a type", o->name, obj_kind_name(o));
		}
		return type_invalid;
	}
	resolve_obj(o);
	n->mode = MODE_TYPE;
	n->type = o->type ? o->type : type_invalid;
	return n->type;
}

static Type *qualified_type(Node *n) {
	Obj *po = n->x->kind == N_IDENT ? lookup_name(n->x->name) : NULL;
	if (!po || po->kind != OBJ_PKG)
		return NULL;
	po->used = true;
	Package *imp = po->imported;
	Obj *o = imp->scope ? scope_lookup_local(imp->scope, n->name) : NULL;
	if (!o || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
		if (o)
			error_at(n->npos, "name %s not exported by package %s", n->name, imp->name);
		else
			error_at(n->npos, "undefined: %s.%s", n->x->name, n->name);
		return type_invalid;
	}
	n->obj = o;
	n->sel_kind = SEL_QUALIFIED;
	if (o->kind != OBJ_TYPE) {
		error_at(n->pos, "%s.%s is not a type", n->x->name, n->name);
		return type_invalid;
	}
	n->mode = MODE_TYPE;
	n->type = o->type;
	return o->type;
}

static int64_t array_length(Node *e) {
	if (e->kind == N_IDENT) {
		Obj *o = lookup_name(e->name);
		if (!o) {
			error_at(e->pos, "undefined array length %s or missing type constraint", e->name);
			return -1;
		}
		if (o->kind != OBJ_CONST) {
			error_at(e->pos, "invalid array length %s", e->name);
			return -1;
		}
	}
	check_expr(e);
	if (e->mode != MODE_CONST) {
		if (e->mode != MODE_INVALID)
			error_at(e->pos, "array length %s must be constant", operand_string(e));
		return -1;
	}
	if (is_integer(e->type) || is_untyped(e->type)) {
		Const *iv = const_to_int(e->cval);
		if (iv && const_fits_int64(iv) && !const_sign_negative(iv))
			return const_int64_val(iv);
	}
	if (is_integer(e->type))
		error_at(e->pos, "invalid array length %s", operand_string(e));
	else
		error_at(e->pos, "array length %s must be integer", operand_string(e));
	return -1;
}

Type *check_array_len_type(Node *n, Type *elem) {
	int64_t len = array_length(n->x);
	if (len < 0)
		return type_invalid;
	return array_of(elem, len);
}

static Type *struct_type(Node *n) {
	Type *t = new_type(TY_STRUCT);
	Vec fields = {0};
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		Type *ft = check_type(f->x);
		ft = check_no_cycle(ft, f->x->pos);
		char *tag = f->str ? xstrndup(f->str, f->slen) : NULL;
		if (f->embedded) {
			Node *tn = f->x;
			bool ptr = false;
			if (tn->kind == N_STAR) {
				tn = tn->x;
				ptr = true;
			}
			char *name = tn->kind == N_SELECTOR ? tn->name : tn->name;
			if (ptr && ft->kind == TY_POINTER) {
				Type *base = ft->elem;
				if (under(base)->kind == TY_POINTER)
					error_at(f->x->pos, "embedded field type cannot be a pointer");
				else if (under(base)->kind == TY_INTERFACE)
					error_at(f->x->pos, "embedded field type cannot be a pointer to an interface");
			} else if (under(ft)->kind == TY_POINTER && ft->kind == TY_NAMED) {
				error_at(f->x->pos, "embedded field type cannot be a pointer");
			} else if (ft->kind == TY_UNSAFEPTR) {
				error_at(f->x->pos, "embedded field type cannot be unsafe.Pointer");
			}
			Field *fld = new_field(name, ft);
			fld->embedded = true;
			fld->tag = tag;
			fld->pos = tn->kind == N_SELECTOR ? tn->npos : tn->pos;
			fld->pkg = ck.pkg;
			vec_push(&fields, fld);
			continue;
		}
		for (int j = 0; j < f->list.n; j++) {
			Node *nm = f->list.v[j];
			Field *fld = new_field(nm->name, ft);
			fld->tag = tag;
			fld->pos = nm->pos;
			fld->pkg = ck.pkg;
			vec_push(&fields, fld);
		}
	}
	/* duplicate field names */
	for (int i = 0; i < fields.len; i++) {
		Field *a = fields.data[i];
		if (strcmp(a->name, "_") == 0)
			continue;
		for (int j = 0; j < i; j++) {
			Field *b = fields.data[j];
			if (strcmp(a->name, b->name) == 0) {
				error_at(a->pos, "%s redeclared\n\t%s: other declaration of %s", a->name, pos_str(b->pos), a->name);
				break;
			}
		}
	}
	t->fields = (Field **)fields.data;
	t->nfields = fields.len;
	return t;
}

static int method_order(const void *a, const void *b) {
	const Field *x = *(Field *const *)a, *y = *(Field *const *)b;
	return strcmp(x->name, y->name);
}

/* Flatten the interface's methods (explicit and embedded) sorted by name. */
void complete_interface(Type *t) {
	if (t->iface_complete)
		return;
	t->iface_complete = true;
	Vec all = {0};
	for (int i = 0; i < t->nfields; i++)
		vec_push(&all, t->fields[i]);
	for (int i = 0; i < t->embeddeds.len; i++) {
		Type *e = t->embeddeds.data[i];
		Type *u = under(e);
		if (u->kind != TY_INTERFACE)
			continue;
		complete_interface(u);
		for (int k = 0; k < u->nfields; k++) {
			Field *m = u->fields[k];
			bool dup = false;
			for (int j = 0; j < all.len; j++) {
				Field *o = all.data[j];
				if (strcmp(o->name, m->name) == 0) {
					dup = true;
					if (!types_identical(o->type, m->type))
						error_at(o->pos, "duplicate method %s", m->name);
				}
			}
			if (!dup)
				vec_push(&all, m);
		}
	}
	qsort(all.data, all.len, sizeof(void *), method_order);
	t->fields = (Field **)all.data;
	t->nfields = all.len;
}

static Type *interface_type(Node *n) {
	Type *t = new_type(TY_INTERFACE);
	Vec methods = {0};
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		if (f->embedded) {
			Type *et = check_type(f->x);
			if (et == type_invalid)
				continue;
			if (under(et)->kind != TY_INTERFACE) {
				if (et->kind == TY_NAMED && et->resolving)
					error_at(f->x->pos, "invalid recursive type %s", typestr(et));
				else
					error_at(f->x->pos, "cannot use %s as interface: not an interface type... (type constraints are not supported by tgo)", typestr(et));
				continue;
			}
			vec_push(&t->embeddeds, et);
			continue;
		}
		Node *nm = f->list.v[0];
		if (strcmp(nm->name, "_") == 0) {
			error_at(nm->pos, "methods must have a unique non-blank name");
			continue;
		}
		Type *sig = func_type_of(f->x, NULL, NULL);
		Field *m = new_field(nm->name, sig);
		m->pos = nm->pos;
		m->pkg = ck.pkg;
		for (int j = 0; j < methods.len; j++) {
			Field *o = methods.data[j];
			if (strcmp(o->name, m->name) == 0) {
				error_at(m->pos, "duplicate method %s\n\t%s: other declaration of method %s", m->name, pos_str(o->pos), m->name);
				break;
			}
		}
		vec_push(&methods, m);
	}
	t->fields = (Field **)methods.data;
	t->nfields = methods.len;
	/* embedded interfaces may still be incomplete (being declared): the
	 * method set is completed when the declaration finishes */
	bool ready = true;
	for (int i = 0; i < t->embeddeds.len; i++) {
		Type *e = t->embeddeds.data[i];
		if (e->kind == TY_NAMED && !e->underlying)
			ready = false;
	}
	if (ready)
		complete_interface(t);
	return t;
}

static Obj *param_obj(Node *name, Type *t, Func *fn, bool result, int index) {
	char *nm = name ? name->name : NULL;
	if (!nm)
		nm = result ? fmt("~r%d", index) : xstrdup("_");
	Obj *o = new_obj(OBJ_VAR, nm, name ? name->pos : nopos, t);
	o->param = !result;
	o->result = result;
	o->index = index;
	o->func = fn;
	o->pkg = ck.pkg;
	if (name)
		name->obj = o;
	return o;
}

/* The signature of a function type node; with fn, also its variables. */
Type *func_type_of(Node *ft, Func *fn, Obj *recv) {
	Type *t = new_type(TY_FUNC);
	Vec params = {0}, results = {0};
	(void)recv;
	for (int i = 0; i < ft->list.n; i++) {
		Node *f = ft->list.v[i];
		Node *tn = f->x;
		bool dots = tn->kind == N_ELLIPSIS;
		Type *pt;
		if (dots) {
			if (i != ft->list.n - 1 || f->list.n > 1)
				error_at(tn->pos, "can only use ... with final parameter in list");
			pt = slice_of(check_type(tn->x));
			t->variadic = true;
		} else {
			pt = check_type(tn);
		}
		int count = f->list.n ? f->list.n : 1;
		for (int j = 0; j < count; j++) {
			Node *nm = f->list.n ? f->list.v[j] : NULL;
			Field *fld = new_field(nm ? nm->name : NULL, pt);
			fld->pos = nm ? nm->pos : tn->pos;
			vec_push(&params, fld);
			if (fn)
				vec_push(&fn->params, param_obj(nm, pt, fn, false, params.len - 1));
		}
	}
	for (int i = 0; i < ft->list2.n; i++) {
		Node *f = ft->list2.v[i];
		if (f->x->kind == N_ELLIPSIS) {
			error_at(f->x->pos, "can only use ... with final parameter in list");
			continue;
		}
		Type *rt = check_type(f->x);
		int count = f->list.n ? f->list.n : 1;
		for (int j = 0; j < count; j++) {
			Node *nm = f->list.n ? f->list.v[j] : NULL;
			Field *fld = new_field(nm ? nm->name : NULL, rt);
			fld->pos = nm ? nm->pos : f->x->pos;
			vec_push(&results, fld);
			if (fn)
				vec_push(&fn->results, param_obj(nm, rt, fn, true, results.len - 1));
		}
	}
	t->fields = (Field **)params.data;
	t->nfields = params.len;
	t->results = (Field **)results.data;
	t->nresults = results.len;
	return t;
}

static Type *map_type(Node *n) {
	Type *k = check_type(n->x);
	Type *v = check_type(n->y);
	Type *t = map_of(k, v);
	if (k != type_invalid) {
		bool incomplete = k->kind == TY_NAMED && !k->underlying;
		if (!incomplete && !is_comparable(k)) {
			const char *why = "";
			error_at(n->x->pos, "invalid map key type %s%s", typestr(k), why);
		}
	}
	return t;
}

Type *check_type_or_null(Node *n) {
	switch (n->kind) {
	case N_IDENT: {
		Obj *o = lookup_name(n->name);
		if (!o || o->kind != OBJ_TYPE)
			return NULL;
		return type_name(n);
	}
	case N_SELECTOR: {
		if (n->x->kind != N_IDENT)
			return NULL;
		Obj *po = lookup_name(n->x->name);
		if (!po || po->kind != OBJ_PKG || !po->imported->scope)
			return NULL;
		Obj *o = scope_lookup_local(po->imported->scope, n->name);
		if (!o || o->kind != OBJ_TYPE)
			return NULL;
		return qualified_type(n);
	}
	case N_PAREN: {
		Type *t = check_type_or_null(n->x);
		if (t) {
			n->mode = MODE_TYPE;
			n->type = t;
		}
		return t;
	}
	case N_STAR: {
		type_indirection++;
		Type *t = check_type_or_null(n->x);
		type_indirection--;
		if (!t)
			return NULL;
		n->mode = MODE_TYPE;
		n->type = pointer_to(t);
		return n->type;
	}
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
	case N_MAPTYPE: case N_CHANTYPE:
		return check_type(n);
	default:
		return NULL;
	}
}

/* Types that hold their parts indirectly: a declared type may refer to
 * itself through them. */
static bool is_indirection(Node *n) {
	switch (n->kind) {
	case N_STAR: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE: case N_CHANTYPE:
		return true;
	case N_ARRAYTYPE:
		return !n->x;
	default:
		return false;
	}
}

static Type *check_type_expr(Node *n);

Type *check_type(Node *n) {
	bool ind = is_indirection(n);
	type_indirection += ind;
	Type *t = check_type_expr(n);
	type_indirection -= ind;
	return t;
}

static Type *check_type_expr(Node *n) {
	Type *t = type_invalid;
	switch (n->kind) {
	case N_IDENT:
		return type_name(n);
	case N_SELECTOR: {
		Type *q = qualified_type(n);
		if (q)
			return q;
		check_expr(n);
		if (n->mode != MODE_INVALID)
			error_at(n->pos, "%s is not a type", node_string(n));
		return type_invalid;
	}
	case N_PAREN:
		t = check_type(n->x);
		break;
	case N_STAR:
		t = pointer_to(check_type(n->x));
		break;
	case N_ARRAYTYPE:
		if (!n->x) {
			t = slice_of(check_type(n->y));
		} else if (n->x->kind == N_ELLIPSIS) {
			error_at(n->x->pos, "invalid use of [...] array (outside a composite literal)");
			check_type(n->y);
			t = type_invalid;
		} else {
			int64_t len = array_length(n->x);
			Type *elem = check_type(n->y);
			elem = check_no_cycle(elem, n->y->pos);
			t = len < 0 ? type_invalid : array_of(elem, len);
		}
		break;
	case N_ELLIPSIS:
		error_at(n->pos, "invalid use of ...");
		return type_invalid;
	case N_STRUCTTYPE:
		t = struct_type(n);
		break;
	case N_INTERFACETYPE:
		t = interface_type(n);
		break;
	case N_FUNCTYPE:
		t = func_type_of(n, NULL, NULL);
		break;
	case N_MAPTYPE:
		t = map_type(n);
		break;
	case N_CHANTYPE:
		t = chan_of(check_type(n->x), n->op);
		break;
	default:
		check_expr(n);
		if (n->mode == MODE_TYPE)
			return n->type;
		if (n->mode != MODE_INVALID)
			error_at(n->pos, "%s is not a type", node_string(n));
		return type_invalid;
	}
	n->mode = MODE_TYPE;
	n->type = t;
	return t;
}
