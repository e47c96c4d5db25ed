/*
 * check_call.c — calls, conversions, built-in functions and selectors.
 *
 * A call node f(args) ends up as one of:
 *   N_CONV      T(x): a conversion (check_conversion)
 *   N_CALL      with op = Builtin id: a built-in function
 *   N_CALL      a function or method call; for methods x is an N_SELECTOR
 *               with sel_kind SEL_METHOD (receiver already adjusted with an
 *               implicit & or *) or SEL_IFACEMETHOD.
 * Selectors x.f through embedded structs become chains of implicit
 * selectors, with implicit N_DEREF where a pointer is followed, so that
 * later stages only ever see one field access per node.
 */
#include "check.h"

Pos start_pos(Node *n);

static void invalid(Node *n) {
	n->mode = MODE_INVALID;
	n->type = type_invalid;
}

static bool is_exported(const char *name) {
	unsigned char c = (unsigned char)name[0];
	return c >= 'A' && c <= 'Z';
}

/* ---- selectors ---- */

static Node *implicit_deref(Node *x) {
	Node *d = new_node(N_DEREF, x->pos);
	d->x = x;
	d->implicit = true;
	d->type = under(x->type)->elem;
	d->mode = MODE_VAR;
	return d;
}

static Node *implicit_addr(Node *x) {
	Node *a = new_node(N_ADDR, x->pos);
	a->x = x;
	a->implicit = true;
	a->type = pointer_to(x->type);
	a->mode = MODE_VALUE;
	/* the variable whose address is taken */
	Node *v = x;
	for (;;) {
		if (v->kind == N_PAREN || (v->kind == N_SELECTOR && v->sel_kind == SEL_FIELD) ||
		    (v->kind == N_INDEX && under(v->x->type)->kind == TY_ARRAY)) {
			v = v->x;
			continue;
		}
		break;
	}
	if (v->kind == N_IDENT && v->obj && v->obj->kind == OBJ_VAR)
		v->obj->addrtaken = true;
	return a;
}

/* Select field index i of the struct value x (dereferencing a pointer). */
static Node *field_step(Node *x, int i, Pos pos) {
	if (under(x->type)->kind == TY_POINTER)
		x = implicit_deref(x);
	Field *f = under(x->type)->fields[i];
	Node *s = new_node(N_SELECTOR, pos);
	s->x = x;
	s->name = f->name;
	s->npos = pos;
	s->sel_kind = SEL_FIELD;
	s->field_index = i;
	s->implicit = true;
	s->type = f->type;
	s->mode = (x->mode == MODE_VAR) ? MODE_VAR : MODE_VALUE;
	return s;
}

static void qualified(Node *n, Obj *po) {
	po->used = true;
	Package *imp = po->imported;
	Obj *o = imp->scope ? scope_lookup_local(imp->scope, n->name) : NULL;
	if (!o) {
		error_at(n->npos, "undefined: %s.%s", n->x->name, n->name);
		invalid(n);
		return;
	}
	if (!is_exported(n->name)) {
		error_at(n->npos, "name %s not exported by package %s", n->name, imp->name);
		invalid(n);
		return;
	}
	n->obj = o;
	n->sel_kind = SEL_QUALIFIED;
	n->x->obj = po;
	switch (o->kind) {
	case OBJ_VAR: n->mode = MODE_VAR; n->type = o->type; break;
	case OBJ_CONST: n->mode = MODE_CONST; n->type = o->type; n->cval = o->cval; break;
	case OBJ_TYPE: n->mode = MODE_TYPE; n->type = o->type; break;
	case OBJ_FUNC: n->mode = MODE_VALUE; n->type = o->type; break;
	case OBJ_BUILTIN: n->mode = MODE_BUILTIN; n->type = type_invalid; break;
	default: invalid(n);
	}
}

/* The signature of method expression T.m: the receiver becomes the first
 * parameter. */
static Type *method_expr_type(Type *recv, Type *sig) {
	Type *t = new_type(TY_FUNC);
	t->nfields = sig->nfields + 1;
	t->fields = xalloc(sizeof(Field *) * t->nfields);
	t->fields[0] = new_field(NULL, recv);
	for (int i = 0; i < sig->nfields; i++)
		t->fields[i + 1] = sig->fields[i];
	t->results = sig->results;
	t->nresults = sig->nresults;
	t->variadic = sig->variadic;
	return t;
}

static void method_expression(Node *n) {
	Type *t = n->x->type;
	Selection s = lookup_field_or_method(t, n->name, ck.pkg);
	if (s.kind == SEL_IFACEMETHOD && is_interface(t)) {
		n->sel_kind = SEL_METHODEXPR;
		n->field_index = s.method_index;
		n->type = method_expr_type(t, s.field->type);
		n->mode = MODE_VALUE;
		return;
	}
	if (s.kind != SEL_METHOD) {
		if (s.kind == SEL_FIELD)
			error_at(n->npos, "%s undefined (type %s has no method %s)", node_string(n), typestr(t), n->name);
		else
			error_at(n->npos, "%s undefined (type %s has no method %s)", node_string(n), typestr(t), n->name);
		invalid(n);
		return;
	}
	Obj *m = s.method;
	if (m->ptr_recv && t->kind != TY_POINTER && !s.indirect) {
		error_at(start_pos(n), "invalid method expression %s (needs pointer receiver (*%s).%s)", node_string(n),
		         typestr(t), n->name);
		invalid(n);
		return;
	}
	resolve_obj(m);
	record_use(m);
	n->obj = m;
	n->sel_kind = SEL_METHODEXPR;
	n->type = method_expr_type(t, m->type);
	n->mode = MODE_VALUE;
}

static void report_missing(Node *n, Type *t) {
	/* a field or method with different capitalization? */
	char *alt = xstrdup(n->name);
	alt[0] = (char)(is_exported(alt) ? alt[0] + 32 : alt[0] - 32);
	Selection s2 = lookup_field_or_method(t, alt, ck.pkg);
	const char *what = "field or method";
	if (s2.kind == SEL_FIELD)
		error_at(n->npos, "%s undefined (type %s has no %s %s, but does have field %s)", node_string(n), typestr(t), what,
		         n->name, alt);
	else if (s2.kind == SEL_METHOD || s2.kind == SEL_IFACEMETHOD)
		error_at(n->npos, "%s undefined (type %s has no %s %s, but does have method %s)", node_string(n), typestr(t),
		         what, n->name, alt);
	else if (under(t)->kind == TY_POINTER && is_interface(under(t)->elem))
		error_at(n->npos, "%s undefined (type %s is pointer to interface, not interface)", node_string(n), typestr(t));
	else
		error_at(n->npos, "%s undefined (type %s has no %s %s)", node_string(n), typestr(t), what, n->name);
}

void check_selector(Node *n, bool in_call) {
	Node *x = n->x;
	if (x->kind == N_IDENT) {
		Obj *po = lookup_ident(x);
		if (po && po->kind == OBJ_PKG) {
			qualified(n, po);
			return;
		}
	}
	check_expr(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (x->mode == MODE_TYPE) {
		method_expression(n);
		return;
	}
	if (x->mode == MODE_NOVALUE || x->mode == MODE_BUILTIN) {
		error_at(start_pos(x), "%s (no value) used as value", node_string(x));
		invalid(n);
		return;
	}
	Type *t = x->type;
	if (t->kind == TY_TUPLE) {
		check_single(x);
		invalid(n);
		return;
	}
	/* a defined pointer type (type P *struct{ x int }): p.x is (*p).x, but
	 * P has no methods, not even those of *struct{...} (types2) */
	Type *lt = t->kind == TY_NAMED && under(t)->kind == TY_POINTER ? under(t) : t;
	Selection s = lookup_field_or_method(lt, n->name, ck.pkg);
	if (lt != t && s.kind != SEL_FIELD)
		s.kind = 0;
	if (s.ambiguous) {
		error_at(n->npos, "ambiguous selector %s", node_string(n));
		invalid(n);
		return;
	}
	if (!s.kind) {
		report_missing(n, t);
		invalid(n);
		return;
	}
	/* walk the embedded fields */
	Node *cur = x;
	for (int k = 0; k < s.depth; k++)
		cur = field_step(cur, s.path[k], n->npos);
	switch (s.kind) {
	case SEL_FIELD: {
		if (under(cur->type)->kind == TY_POINTER)
			cur = implicit_deref(cur);
		n->x = cur;
		n->sel_kind = SEL_FIELD;
		n->field_index = s.path[s.depth];
		n->type = s.field->type;
		n->mode = cur->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
		if (s.field->pkg && s.field->pkg != ck.pkg && !is_exported(s.field->name)) {
			report_missing(n, t);
			invalid(n);
		}
		return;
	}
	case SEL_IFACEMETHOD: {
		if (under(cur->type)->kind == TY_POINTER)
			cur = implicit_deref(cur);
		n->x = cur;
		n->sel_kind = SEL_IFACEMETHOD;
		n->field_index = s.method_index;
		n->type = s.field->type;
		n->mode = MODE_VALUE;
		(void)in_call;
		return;
	}
	case SEL_METHOD: {
		Obj *m = s.method;
		resolve_obj(m);
		record_use(m);
		bool is_ptr = under(cur->type)->kind == TY_POINTER;
		if (m->ptr_recv && !is_ptr) {
			if (!is_addressable(cur)) {
				error_at(n->npos, "cannot call pointer method %s on %s", n->name, typestr(cur->type));
				invalid(n);
				return;
			}
			cur = implicit_addr(cur);
		} else if (!m->ptr_recv && is_ptr) {
			cur = implicit_deref(cur);
		}
		n->x = cur;
		n->obj = m;
		n->sel_kind = in_call ? SEL_METHOD : SEL_METHODVAL;
		n->type = m->type ? m->type : type_invalid;
		n->mode = MODE_VALUE;
		return;
	}
	default:
		invalid(n);
	}
}

/* ---- calls ---- */

static char *types_summary(Type **ts, int n, bool variadic) {
	Buf b = {0};
	buf_putc(&b, '(');
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(&b, ", ");
		Type *t = ts[i];
		char *s;
		if (!t || t == type_invalid)
			s = "unknown type";
		else if (is_untyped(t))
			s = is_numeric(t) ? "number" : (char *)t->name + 8;
		else
			s = typestr(t);
		if (variadic && i == n - 1 && t && t->kind == TY_SLICE)
			s = fmt("...%s", typestr(t->elem));
		buf_puts(&b, s);
	}
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

/* The argument values of a call: a single multi-value call is spread. */
typedef struct Args {
	Type **types;
	int n;
	bool spread; /* f(g()) with g multi-valued */
} Args;

static Args collect_args(Node *call) {
	Args a = {0};
	if (call->list.n == 1) {
		Node *e = call->list.v[0];
		check_expr(e);
		if (e->mode != MODE_INVALID && e->type && e->type->kind == TY_TUPLE && e->type->nfields != 1) {
			a.spread = true;
			a.n = e->type->nfields;
			a.types = xalloc(sizeof(Type *) * (a.n + 1));
			for (int i = 0; i < a.n; i++)
				a.types[i] = e->type->fields[i]->type;
			return a;
		}
	} else {
		for (int i = 0; i < call->list.n; i++)
			check_expr(call->list.v[i]);
	}
	a.n = call->list.n;
	a.types = xalloc(sizeof(Type *) * (a.n + 1));
	for (int i = 0; i < a.n; i++)
		a.types[i] = call->list.v[i]->type;
	return a;
}

/* f(a, b, c) with f variadic: the extra arguments become one implicit
 * slice literal (gc's "... argument"), or nil when there are none. */
static void pack_variadic(Node *call, Type *sig) {
	int nfixed = sig->nfields - 1;
	Type *st = sig->fields[nfixed]->type;
	Nodes fixed = {0};
	for (int i = 0; i < nfixed; i++)
		nodes_push(&fixed, call->list.v[i]);
	Node *last;
	if (call->list.n == nfixed) {
		last = new_node(N_IDENT, call->pos);
		last->name = "nil";
		last->obj = scope_lookup(universe, "nil", NULL);
		last->type = st;
		last->mode = MODE_VALUE;
	} else {
		last = new_node(N_COMPOSITE, call->pos);
		last->vararg = true;
		last->implicit = true;
		last->type = st;
		last->mode = MODE_VALUE;
		for (int i = nfixed; i < call->list.n; i++)
			nodes_push(&last->list, call->list.v[i]);
	}
	nodes_push(&fixed, last);
	call->list = fixed;
}

/* A later stage made f(g()) into f(t1, ..., tn), the results of g held in
 * temporaries (lower.c does for go and defer): the arguments get what the
 * checker gives the arguments of an ordinary call, the implicit
 * conversions to the parameter types and the variadic slice. */
void unspread_call(Node *call, Nodes args) {
	Node *f = call->x;
	while (f->kind == N_PAREN)
		f = f->x;
	Type *sig = under(f->type);
	call->list = args;
	call->spread = false;
	for (int i = 0; i < call->list.n; i++) {
		bool extra = sig->variadic && !call->ellipsis && i >= sig->nfields - 1;
		Type *pt = extra ? sig->fields[sig->nfields - 1]->type->elem : sig->fields[i]->type;
		call->list.v[i] = implicit_conv(call->list.v[i], pt);
	}
	if (sig->variadic && !call->ellipsis)
		pack_variadic(call, sig);
}

static void check_arguments(Node *call, Type *sig) {
	Args a = collect_args(call);
	for (int i = 0; i < call->list.n; i++)
		if (call->list.v[i]->mode == MODE_INVALID)
			return;
	int npars = sig->nfields;
	int nargs = a.n;
	bool ddd = call->ellipsis;
	if (sig->variadic) {
		if (ddd) {
			if (call->list.n == 1 && nargs > 1) {
				error_at(start_pos(call), "cannot use ... with %d-valued %s", nargs, node_string(call->list.v[0]));
				return;
			}
		} else if (nargs >= npars - 1) {
			npars = nargs;
		} else {
			npars--;
		}
	} else if (ddd) {
		error_at(start_pos(call), "cannot use ... in call to non-variadic %s", node_string(call->x));
		return;
	}
	if (nargs != npars) {
		Pos at = start_pos(call);
		const char *q = "not enough";
		if (nargs > npars) {
			q = "too many";
			if (!a.spread)
				at = start_pos(call->list.v[npars]);
		} else if (nargs > 0 && !a.spread) {
			at = start_pos(call->list.v[nargs - 1]);
		}
		Type **want = xalloc(sizeof(Type *) * (sig->nfields + 1));
		for (int i = 0; i < sig->nfields; i++)
			want[i] = sig->fields[i]->type;
		char *have = types_summary(a.types, a.n, false);
		if (ddd && a.n > 0) {
			/* the last argument is printed with "..." */
			have = types_summary(a.types, a.n, false);
		}
		error_at(at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, node_string(call->x), have,
		         types_summary(want, sig->nfields, sig->variadic));
		return;
	}
	call->spread = a.spread;
	if (a.spread) {
		/* f(g()): each result must be assignable to the parameter */
		for (int i = 0; i < nargs; i++) {
			Type *pt = (sig->variadic && !ddd && i >= sig->nfields - 1) ? sig->fields[sig->nfields - 1]->type->elem
			                                                           : sig->fields[i]->type;
			Node tmp = {0};
			tmp.mode = MODE_VALUE;
			tmp.type = a.types[i];
			char *cause = NULL;
			if (!is_assignable(&tmp, pt, &cause))
				error_at(start_pos(call->list.v[0]), "cannot use %s (value of type %s) as %s value in argument to %s",
				         node_string(call->list.v[0]), typestr(a.types[i]), typestr(pt), node_string(call->x));
		}
		return;
	}
	char *context = fmt("argument to %s", node_string(call->x));
	for (int i = 0; i < nargs; i++) {
		Type *pt;
		if (sig->variadic && !ddd && i >= sig->nfields - 1)
			pt = sig->fields[sig->nfields - 1]->type->elem;
		else
			pt = sig->fields[i]->type;
		assign_to(&call->list.v[i], pt, context);
	}
	if (sig->variadic && !ddd)
		pack_variadic(call, sig);
}

static void set_call_result(Node *n, Type *sig) {
	if (sig->nresults == 0) {
		n->mode = MODE_NOVALUE;
		n->type = type_empty_tuple;
	} else if (sig->nresults == 1) {
		n->mode = MODE_VALUE;
		n->type = sig->results[0]->type;
	} else {
		Type **ts = xalloc(sizeof(Type *) * sig->nresults);
		for (int i = 0; i < sig->nresults; i++)
			ts[i] = sig->results[i]->type;
		n->mode = MODE_VALUE;
		n->type = tuple_of(ts, sig->nresults);
	}
}

void check_call(Node *n) {
	Node *f = n->x;
	if (f->kind == N_SELECTOR)
		check_selector(f, true);
	else
		check_expr(f);
	if (f->mode == MODE_INVALID) {
		for (int i = 0; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		n->mode = MODE_INVALID;
		n->type = type_invalid;
		return;
	}
	if (f->mode == MODE_TYPE) {
		Type *t = f->type;
		if (n->list.n == 0) {
			error_at(start_pos(n), "missing argument in conversion to %s", typestr(t));
			invalid(n);
			return;
		}
		if (n->list.n > 1) {
			for (int i = 0; i < n->list.n; i++)
				check_expr(n->list.v[i]);
			error_at(start_pos(n->list.v[n->list.n - 1]), "too many arguments in conversion to %s", typestr(t));
			invalid(n);
			return;
		}
		if (n->ellipsis) {
			error_at(start_pos(n->list.v[0]), "invalid use of ... in conversion to %s", typestr(t));
			invalid(n);
			return;
		}
		Node *arg = n->list.v[0];
		check_value(arg);
		if (arg->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		n->x = arg;
		n->list = (Nodes){0};
		n->y = f; /* the type expression, for printing */
		check_conversion(n, t);
		return;
	}
	if (f->mode == MODE_BUILTIN) {
		n->op = f->obj->builtin;
		check_builtin(n, f->obj->builtin);
		return;
	}
	Type *sig = under(f->type);
	if (sig->kind != TY_FUNC) {
		for (int i = 0; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		error_at(start_pos(f), INVALID_OP "cannot call %s: %s is not a function", operand_string(f), typestr(f->type));
		invalid(n);
		return;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHODVAL)
		f->sel_kind = SEL_METHOD;
	check_arguments(n, sig);
	set_call_result(n, sig);
}

/* ---- built-in functions ---- */

static const char *builtin_name(Builtin b) {
	static const char *names[] = {
		[BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLEAR] = "clear", [BI_CLOSE] = "close",
		[BI_COMPLEX] = "complex", [BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag",
		[BI_LEN] = "len", [BI_MAKE] = "make", [BI_MAX] = "max", [BI_MIN] = "min", [BI_NEW] = "new",
		[BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println", [BI_REAL] = "real",
		[BI_RECOVER] = "recover", [BI_SIZEOF] = "unsafe.Sizeof", [BI_ALIGNOF] = "unsafe.Alignof",
		[BI_OFFSETOF] = "unsafe.Offsetof", [BI_ADD] = "unsafe.Add", [BI_SLICE] = "unsafe.Slice",
		[BI_SLICEDATA] = "unsafe.SliceData", [BI_STRING] = "unsafe.String", [BI_STRINGDATA] = "unsafe.StringData",
	};
	return names[b];
}

static void value_result(Node *n, Type *t) {
	n->mode = MODE_VALUE;
	n->type = t;
}

/* Does the expression contain a call or a channel receive (len of such an
 * array is not constant)? */
bool has_call_or_recv(Node *n) {
	if (!n)
		return false;
	if ((n->kind == N_CALL && !(n->op && n->mode == MODE_CONST)) || n->kind == N_INLCALL)
		return true; /* an inlined call was a call */
	if (n->kind == N_UNARY && n->op == TK_ARROW)
		return true;
	if (n->kind == N_FUNCLIT)
		return false;
	if (n->kind == N_COMPOSITE)
		for (int i = 0; i < n->list.n; i++)
			if (has_call_or_recv(n->list.v[i]))
				return true;
	return has_call_or_recv(n->x) || has_call_or_recv(n->y) || has_call_or_recv(n->z);
}

static void builtin_len_cap(Node *n, Builtin b) {
	Node *x = n->list.v[0];
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *u = under(x->type);
	if (u->kind == TY_POINTER && under(u->elem)->kind == TY_ARRAY)
		u = under(u->elem);
	bool ok = false;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		ok = b == BI_LEN;
		if (ok && x->mode == MODE_CONST) {
			int64_t len;
			const_string_val(x->cval, &len);
			n->mode = MODE_CONST;
			n->type = type_int;
			n->cval = const_int64(len);
			return;
		}
		if (ok && is_untyped(x->type))
			convert_untyped(&n->list.v[0], type_string);
		break;
	case TY_ARRAY:
		ok = true;
		if (!has_call_or_recv(x)) {
			n->mode = MODE_CONST;
			n->type = type_int;
			n->cval = const_int64(u->len);
			return;
		}
		break;
	case TY_SLICE: case TY_CHAN:
		ok = true;
		break;
	case TY_MAP:
		ok = b == BI_LEN;
		break;
	default:
		break;
	}
	if (!ok) {
		error_at(start_pos(x), "invalid argument: %s for built-in %s", operand_string(x), builtin_name(b));
		invalid(n);
		return;
	}
	value_result(n, type_int);
}

static void builtin_append(Node *n) {
	Node *s = n->list.v[0];
	check_value(s);
	if (s->mode == MODE_INVALID) {
		for (int i = 1; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		invalid(n);
		return;
	}
	Type *st = s->type;
	if (st->kind == TY_UNTYPED_NIL) {
		for (int i = 1; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		error_at(start_pos(s), "invalid append: first argument is (untyped) nil");
		invalid(n);
		return;
	}
	if (under(st)->kind != TY_SLICE) {
		for (int i = 1; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		error_at(start_pos(s), "invalid append: argument must be a slice; have %s", operand_string(s));
		invalid(n);
		return;
	}
	Type *elem = under(st)->elem;
	if (n->ellipsis) {
		if (n->list.n != 2) {
			error_at(start_pos(n), INVALID_OP "can only use ... with final argument in list");
			invalid(n);
			return;
		}
		Node *y = n->list.v[1];
		check_value(y);
		if (y->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		/* append([]byte, string...) */
		if (under(elem)->kind == TY_UINT8 && is_string(y->type)) {
			if (is_untyped(y->type))
				convert_untyped(&n->list.v[1], type_string);
			value_result(n, st);
			return;
		}
		assign_to(&n->list.v[1], slice_of(elem), "argument to append");
		if (n->list.v[1]->mode != MODE_INVALID && n->list.v[1]->type->kind == TY_UNTYPED_NIL)
			n->list.v[1]->type = slice_of(elem);
		value_result(n, st);
		return;
	}
	for (int i = 1; i < n->list.n; i++) {
		check_expr(n->list.v[i]);
		assign_to(&n->list.v[i], elem, "argument to append");
	}
	value_result(n, st);
}

static void builtin_make(Node *n) {
	if (n->list.n == 0) {
		error_at(start_pos(n), INVALID_OP "not enough arguments for %s (expected 1, found 0)", node_string(n));
		invalid(n);
		return;
	}
	Node *tn = n->list.v[0];
	Type *t = check_type(tn);
	if (t == type_invalid) {
		invalid(n);
		return;
	}
	Type *u = under(t);
	int min;
	switch (u->kind) {
	case TY_SLICE: min = 2; break;
	case TY_MAP: case TY_CHAN: min = 1; break;
	default:
		error_at(start_pos(tn), "invalid argument: cannot make %s; type must be slice, map, or channel", node_string(tn));
		for (int i = 1; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		invalid(n);
		return;
	}
	int nargs = n->list.n;
	if (nargs < min || nargs > min + 1) {
		for (int i = 1; i < n->list.n; i++)
			check_expr(n->list.v[i]);
		error_at(start_pos(n), INVALID_OP "%s expects %d or %d arguments; found %d", node_string(n), min, min + 1, nargs);
		invalid(n);
		return;
	}
	int64_t sizes[2] = {-1, -1};
	for (int i = 1; i < nargs; i++) {
		Node **ap = &n->list.v[i];
		Node *a = *ap;
		check_value(a);
		if (a->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (a->mode == MODE_CONST) {
			Const *iv = const_to_int(a->cval);
			if (!iv || (!is_numeric(a->type))) {
				if (is_numeric(a->type))
					error_at(start_pos(a), "%s truncated to int", operand_string(a));
				else
					error_at(start_pos(a), "cannot convert %s to type int", operand_string(a));
				invalid(n);
				return;
			}
			if (const_sign_negative(iv)) {
				error_at(start_pos(a), "invalid argument: index %s must not be negative", operand_string(a));
				invalid(n);
				return;
			}
			if (is_untyped(a->type)) {
				a->cval = iv;
				a->type = type_untyped_int;
				convert_untyped(ap, type_int);
			}
			if (const_fits_int64(iv))
				sizes[i - 1] = const_int64_val(iv);
		} else if (!is_integer(a->type)) {
			if (is_untyped(a->type))
				convert_untyped(ap, type_int);
			else {
				error_at(start_pos(a), "cannot convert %s to type int", operand_string(a));
				invalid(n);
				return;
			}
		}
	}
	if (nargs == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
		error_at(start_pos(n->list.v[1]), "invalid argument: length and capacity swapped");
		invalid(n);
		return;
	}
	value_result(n, t);
}

static void builtin_print(Node *n, Builtin b) {
	if (n->list.n == 1) {
		Node *a = n->list.v[0];
		check_expr(a);
		if (a->mode != MODE_INVALID && a->type->kind == TY_TUPLE && a->type->nfields > 1) {
			n->spread = true; /* println(f()) prints every result of f */
			n->mode = MODE_NOVALUE;
			n->type = type_empty_tuple;
			return;
		}
	}
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		check_value(a);
		if (a->mode == MODE_INVALID)
			continue;
		if (a->type->kind == TY_UNTYPED_NIL) {
			error_at(start_pos(a), "use of untyped nil in argument to built-in %s", builtin_name(b));
			continue;
		}
		assign_to(&n->list.v[i], NULL, fmt("argument to built-in %s", builtin_name(b)));
	}
	n->mode = MODE_NOVALUE;
	n->type = type_empty_tuple;
}

/* May an untyped operand be converted to the other operand's type (types2's
 * matchTypes)?  Not between numbers and strings. */
static bool may_convert(Type *x, Type *y) {
	if (!is_untyped(x) && !is_untyped(y))
		return false;
	return is_numeric(x) == is_numeric(y) && is_string(x) == is_string(y) && is_boolean(x) == is_boolean(y);
}

static void builtin_min_max(Node *n, Builtin b) {
	if (n->list.n == 0) {
		error_at(start_pos(n), INVALID_OP "not enough arguments for %s (expected 1, found 0)", node_string(n));
		invalid(n);
		return;
	}
	for (int i = 0; i < n->list.n; i++) {
		check_value(n->list.v[i]);
		if (n->list.v[i]->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		Node *a = n->list.v[i];
		if (!is_integer(a->type) && !is_float(a->type) && !is_string(a->type)) {
			error_at(start_pos(a), "invalid argument: %s cannot be ordered", operand_string(a));
			invalid(n);
			return;
		}
	}
	/* the arguments' common type: each argument is matched with the
	 * previous ones, as for a binary operation */
	Type *t = NULL;
	bool all_const = true;
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		bool convertible = t && may_convert(t, a->type);
		if (convertible && is_untyped(a->type) && !is_untyped(t))
			convert_untyped(&n->list.v[i], t);
		else if (convertible && is_untyped(t) && !is_untyped(a->type)) {
			for (int j = 0; j < i; j++)
				convert_untyped(&n->list.v[j], a->type);
			t = a->type;
		}
		a = n->list.v[i];
		if (a->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		bool mismatch = t && (is_untyped(a->type) && is_untyped(t) ? !convertible : !types_identical(a->type, t));
		if (mismatch) {
			error_at(start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
			         typestr(t), typestr(a->type), node_string(a));
			invalid(n);
			return;
		}
		if (!t || (is_untyped(t) && !is_untyped(a->type)) || (is_untyped(t) && is_untyped(a->type) && a->type->kind > t->kind))
			t = a->type;
		if (a->mode != MODE_CONST)
			all_const = false;
	}
	if (!t) {
		/* all untyped constants: the largest kind */
		t = n->list.v[0]->type;
		for (int i = 1; i < n->list.n; i++)
			if (n->list.v[i]->type->kind > t->kind)
				t = n->list.v[i]->type;
	}
	if (all_const) {
		Const *best = n->list.v[0]->cval;
		for (int i = 1; i < n->list.n; i++) {
			Const *c = n->list.v[i]->cval;
			if (b == BI_MIN ? const_compare(COP_LSS, c, best) : const_compare(COP_GTR, c, best))
				best = c;
		}
		n->mode = MODE_CONST;
		n->type = t;
		n->cval = best;
		return;
	}
	value_result(n, t);
}

static void builtin_complex_parts(Node *n, Builtin b) {
	Node *x = n->list.v[0];
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST && is_untyped(x->type)) {
		Const *part = b == BI_REAL ? const_real(x->cval) : const_imag(x->cval);
		n->mode = MODE_CONST;
		n->type = type_untyped_float;
		n->cval = part;
		return;
	}
	Type *u = under(x->type);
	Type *t;
	if (u->kind == TY_COMPLEX64)
		t = type_float32;
	else if (u->kind == TY_COMPLEX128)
		t = type_float64;
	else {
		error_at(start_pos(x), "invalid argument: argument has type %s, expected complex type", typestr(x->type));
		invalid(n);
		return;
	}
	value_result(n, t);
}

static void builtin_complex(Node *n) {
	Node *x = n->list.v[0], *y = n->list.v[1];
	check_value(x);
	check_value(y);
	if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (is_untyped(x->type) && !is_untyped(y->type))
		convert_untyped(&n->list.v[0], y->type);
	else if (is_untyped(y->type) && !is_untyped(x->type))
		convert_untyped(&n->list.v[1], x->type);
	x = n->list.v[0];
	y = n->list.v[1];
	if (x->mode == MODE_CONST && y->mode == MODE_CONST && is_untyped(x->type) && is_untyped(y->type)) {
		n->mode = MODE_CONST;
		n->type = type_untyped_complex;
		n->cval = const_complex(x->cval, y->cval);
		return;
	}
	if (is_untyped(x->type)) {
		convert_untyped(&n->list.v[0], type_float64);
		convert_untyped(&n->list.v[1], type_float64);
		x = n->list.v[0];
		y = n->list.v[1];
	}
	if (!types_identical(x->type, y->type)) {
		error_at(start_pos(x), INVALID_OP "%s (mismatched types %s and %s)", node_string(n), typestr(x->type),
		         typestr(y->type));
		invalid(n);
		return;
	}
	Type *u = under(x->type);
	if (u->kind == TY_FLOAT32)
		value_result(n, type_complex64);
	else if (u->kind == TY_FLOAT64)
		value_result(n, type_complex128);
	else {
		error_at(start_pos(x), "invalid argument: arguments have type %s, expected floating-point", typestr(x->type));
		invalid(n);
	}
}

/* Remember how a rewritten expression was written, for messages. */
static void keep_source_form(Node *n) {
	char *src = node_string(n);
	n->text = src;
	n->textlen = (int)strlen(src);
}

/* new(T) allocates a zero T.  Go 1.26's new(x) allocates a variable
 * holding the value x (an untyped constant takes its default type).  gc
 * makes it &tmp with tmp = x; tgo rewrites it to &[]T{x}[0], an allocation
 * of one T that escape analysis and code generation already know: it
 * stays on the stack exactly when gc's tmp would. */
static void builtin_new(Node *n) {
	Node *a = n->list.v[0];
	check_expr(a);
	if (a->mode == MODE_TYPE) {
		value_result(n, pointer_to(a->type));
		return;
	}
	if (a->mode == MODE_NOVALUE) {
		error_at(start_pos(a), "%s (no value) used as value or type", node_string(a));
		invalid(n);
		return;
	}
	assign_to(&n->list.v[0], NULL, "argument to new");
	a = n->list.v[0];
	if (a->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	keep_source_form(n);
	Node *lit = new_node(N_COMPOSITE, n->pos);
	lit->type = slice_of(a->type);
	lit->mode = MODE_VALUE;
	lit->implicit = true; /* gc's autotmp of new(x), for -m wording */
	nodes_push(&lit->list, a);
	Node *zero = new_zero_node(n->pos);
	Node *elem = new_node(N_INDEX, n->pos);
	elem->x = lit;
	elem->y = zero;
	elem->mode = MODE_VAR;
	elem->type = a->type;
	n->kind = N_UNARY;
	n->op = TK_AND;
	n->x = elem;
	n->list = (Nodes){0};
	value_result(n, pointer_to(a->type));
}

static int builtin_nargs(Builtin b, bool *variadic) {
	*variadic = false;
	switch (b) {
	case BI_APPEND: *variadic = true; return 1;
	case BI_CAP: case BI_LEN: case BI_CLEAR: case BI_CLOSE: case BI_IMAG: case BI_REAL:
	case BI_NEW: case BI_PANIC: case BI_SIZEOF: case BI_ALIGNOF: case BI_OFFSETOF:
	case BI_SLICEDATA: case BI_STRINGDATA:
		return 1;
	case BI_COMPLEX: case BI_COPY: case BI_DELETE: case BI_ADD: case BI_SLICE: case BI_STRING:
		return 2;
	case BI_MAKE: *variadic = true; return 1;
	case BI_MAX: case BI_MIN: *variadic = true; return 1;
	case BI_PRINT: case BI_PRINTLN: *variadic = true; return 0;
	case BI_RECOVER: return 0;
	default: return 0;
	}
}

/* Built-ins whose arguments are ordinary values: f(g()) with g
 * multi-valued passes g's results (types2 unpacks their argument lists). */
static bool unpacks_args(Builtin b) {
	switch (b) {
	case BI_MAKE: case BI_NEW: case BI_OFFSETOF: case BI_PRINT: case BI_PRINTLN:
		return false;
	default:
		return true;
	}
}

static Obj *wrapper_param(Func *w, char *name, Type *t, Pos pos, int index) {
	Obj *p = new_obj(OBJ_VAR, name, pos, t);
	p->param = true;
	p->index = index;
	p->func = w;
	p->pkg = ck.pkg;
	p->used = true;
	vec_push(&w->params, p);
	return p;
}

static Node *wrapper_ident(Obj *o, char *name, Pos pos) {
	Node *id = new_node(N_IDENT, pos);
	id->name = name;
	id->obj = o;
	id->type = o->type;
	id->mode = MODE_VALUE; /* messages say "g() (value of type T)", as gc's */
	return id;
}

/* b(g()) with g multi-valued (complex(pair()), append(sliceAndElem())):
 * gc rewrites it to "t1, t2 := g(); b(t1, t2)".  tgo calls a generated
 * function instead, which later stages handle like any f(g()):
 *
 *     func(t1 T1, t2 T2) R { return b(t1, t2) }(g())
 *
 * The function is a compiler-generated wrapper: -m says nothing about it. */
static void builtin_multi_value(Node *n, Builtin b, Node *g) {
	static int count;
	Type *tt = g->type;
	bool variadic;
	int want = builtin_nargs(b, &variadic);
	if (tt->nfields < want || (!variadic && tt->nfields > want)) {
		error_at(start_pos(n), INVALID_OP "%s arguments for %s (expected %d, found %d)",
		         tt->nfields < want ? "not enough" : "too many", node_string(n), want, tt->nfields);
		invalid(n);
		return;
	}
	Func *outer = ck.fn;
	Func *w = new_func(fmt("%s.builtin%d", outer ? outer->name : ck.pkg->path, ++count), ck.pkg);
	w->outer = outer;
	w->is_wrapper = true;
	w->is_defer_wrapper = true; /* no -m lines for its func literal either */
	char *src = node_string(g);
	Node *c = new_node(N_CALL, n->pos);
	c->x = n->x;
	Type *sig = new_type(TY_FUNC);
	Vec params = {0};
	for (int i = 0; i < tt->nfields; i++) {
		Obj *p = wrapper_param(w, src, tt->fields[i]->type, g->pos, i);
		nodes_push(&c->list, wrapper_ident(p, src, start_pos(g)));
		vec_push(&params, new_field(NULL, p->type));
	}
	sig->fields = (Field **)params.data;
	sig->nfields = params.len;
	Func *saved_fn = ck.fn;
	bool saved_in_const = ck.in_const;
	ck.fn = w;
	ck.in_const = false;
	c->op = b;
	check_builtin(c, b);
	ck.fn = saved_fn;
	ck.in_const = saved_in_const;
	if (c->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Node *body = new_node(N_BLOCK, n->pos);
	Node *st;
	if (c->mode == MODE_NOVALUE) {
		st = new_node(N_EXPRSTMT, n->pos);
		st->x = c;
	} else {
		Obj *r = new_obj(OBJ_VAR, "~r0", nopos, c->type);
		r->result = true;
		r->func = w;
		r->pkg = ck.pkg;
		vec_push(&w->results, r);
		Field **res = xalloc(sizeof(Field *));
		res[0] = new_field(NULL, c->type);
		sig->results = res;
		sig->nresults = 1;
		st = new_node(N_RETURN, n->pos);
		nodes_push(&st->list, c);
	}
	nodes_push(&body->list, st);
	w->body = body;
	w->type = sig;
	Node *lit = new_node(N_FUNCLIT, n->pos);
	lit->fn = w;
	lit->type = sig;
	lit->mode = MODE_VALUE;
	w->decl = lit;
	if (outer)
		vec_push(&outer->closures, w);
	vec_push(&ck.pkg->funcs, w);
	keep_source_form(n);
	n->x = lit;
	n->op = BI_NONE;
	n->spread = true;
	n->mode = c->mode;
	n->type = c->mode == MODE_NOVALUE ? type_empty_tuple : c->type;
}

void check_builtin(Node *n, Builtin b) {
	bool variadic;
	int want = builtin_nargs(b, &variadic);
	int nargs = n->list.n;
	if (nargs == 1 && !n->ellipsis && unpacks_args(b)) {
		Node *a = n->list.v[0];
		check_expr(a);
		if (a->mode != MODE_INVALID && a->type && a->type->kind == TY_TUPLE && a->type->nfields > 1) {
			builtin_multi_value(n, b, a);
			return;
		}
	}
	if (n->ellipsis && b != BI_APPEND) {
		for (int i = 0; i < nargs; i++)
			check_expr(n->list.v[i]);
		error_at(start_pos(n), INVALID_OP "invalid use of ... with built-in %s", builtin_name(b));
		invalid(n);
		return;
	}
	if (nargs < want || (!variadic && nargs > want)) {
		if (b != BI_MAKE && b != BI_NEW)
			for (int i = 0; i < nargs; i++)
				check_expr(n->list.v[i]);
		error_at(start_pos(n), INVALID_OP "%s arguments for %s (expected %d, found %d)", nargs < want ? "not enough" : "too many",
		         node_string(n), want, nargs);
		invalid(n);
		return;
	}
	switch (b) {
	case BI_LEN: case BI_CAP:
		builtin_len_cap(n, b);
		return;
	case BI_APPEND:
		builtin_append(n);
		return;
	case BI_MAKE:
		builtin_make(n);
		return;
	case BI_NEW:
		builtin_new(n);
		return;
	case BI_PANIC: {
		check_expr(n->list.v[0]);
		assign_to(&n->list.v[0], type_any, "argument to built-in panic");
		n->mode = MODE_NOVALUE;
		n->type = type_empty_tuple;
		return;
	}
	case BI_PRINT: case BI_PRINTLN:
		builtin_print(n, b);
		return;
	case BI_RECOVER:
		value_result(n, type_any);
		return;
	case BI_COPY: {
		Node *dst = n->list.v[0], *src = n->list.v[1];
		check_value(dst);
		check_value(src);
		if (dst->mode == MODE_INVALID || src->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		Type *du = under(dst->type), *su = under(src->type);
		if (du->kind != TY_SLICE) {
			error_at(start_pos(dst), "invalid copy: argument must be a slice; have %s", operand_string(dst));
			invalid(n);
			return;
		}
		if (is_string(src->type) && under(du->elem)->kind == TY_UINT8) {
			if (is_untyped(src->type))
				convert_untyped(&n->list.v[1], type_string);
		} else if (su->kind != TY_SLICE) {
			error_at(start_pos(src), "invalid copy: argument must be a slice; have %s", operand_string(src));
			invalid(n);
			return;
		} else if (!types_identical(du->elem, su->elem)) {
			error_at(start_pos(dst), "invalid copy: arguments %s and %s have different element types %s and %s",
			         operand_string(dst), operand_string(src), typestr(du->elem), typestr(su->elem));
			invalid(n);
			return;
		}
		value_result(n, type_int);
		return;
	}
	case BI_DELETE: {
		Node *m = n->list.v[0];
		check_value(m);
		check_expr(n->list.v[1]);
		if (m->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (under(m->type)->kind != TY_MAP) {
			error_at(start_pos(m), "invalid argument: %s is not a map", operand_string(m));
			invalid(n);
			return;
		}
		assign_to(&n->list.v[1], under(m->type)->key, "argument to delete");
		n->mode = MODE_NOVALUE;
		n->type = type_empty_tuple;
		return;
	}
	case BI_CLOSE: {
		Node *c = n->list.v[0];
		check_value(c);
		if (c->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		Type *u = under(c->type);
		if (u->kind != TY_CHAN) {
			error_at(start_pos(c), INVALID_OP "cannot close non-channel %s", operand_string(c));
			invalid(n);
			return;
		}
		if (u->dir == CHAN_RECV) {
			error_at(start_pos(c), INVALID_OP "cannot close receive-only channel %s", operand_string(c));
			invalid(n);
			return;
		}
		n->mode = MODE_NOVALUE;
		n->type = type_empty_tuple;
		return;
	}
	case BI_CLEAR: {
		Node *c = n->list.v[0];
		check_value(c);
		if (c->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		TypeKind k = under(c->type)->kind;
		if (k != TY_MAP && k != TY_SLICE) {
			error_at(start_pos(c), "invalid argument: cannot clear %s: argument must be (or constrained by) map or slice",
			         operand_string(c));
			invalid(n);
			return;
		}
		n->mode = MODE_NOVALUE;
		n->type = type_empty_tuple;
		return;
	}
	case BI_MIN: case BI_MAX:
		builtin_min_max(n, b);
		return;
	case BI_REAL: case BI_IMAG:
		builtin_complex_parts(n, b);
		return;
	case BI_COMPLEX:
		builtin_complex(n);
		return;
	case BI_SIZEOF: case BI_ALIGNOF: {
		Node *x = n->list.v[0];
		check_value(x);
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		default_untyped(&n->list.v[0]);
		x = n->list.v[0];
		n->mode = MODE_CONST;
		n->type = type_uintptr;
		n->cval = const_int64(b == BI_SIZEOF ? type_size(x->type) : type_align(x->type));
		return;
	}
	case BI_OFFSETOF: {
		Node *x = n->list.v[0];
		while (x->kind == N_PAREN)
			x = x->x;
		if (x->kind != N_SELECTOR) {
			check_expr(x);
			error_at(start_pos(x), "invalid argument: %s is not a selector expression", node_string(x));
			invalid(n);
			return;
		}
		check_selector(x, false);
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (x->sel_kind != SEL_FIELD) {
			error_at(start_pos(x), "invalid argument: %s is a method value", node_string(x));
			invalid(n);
			return;
		}
		int64_t off = 0;
		Node *s = x;
		while (s->kind == N_SELECTOR && s->sel_kind == SEL_FIELD) {
			Type *st = under(s->x->type);
			type_size(st);
			off += st->fields[s->field_index]->offset;
			if (!s->x->implicit || s->x->kind != N_SELECTOR)
				break;
			s = s->x;
		}
		n->mode = MODE_CONST;
		n->type = type_uintptr;
		n->cval = const_int64(off);
		return;
	}
	case BI_ADD: {
		/* unsafe.Add(ptr Pointer, len IntegerType) Pointer */
		check_expr(n->list.v[0]);
		assign_to(&n->list.v[0], type_unsafe_pointer, "argument to unsafe.Add");
		check_value(n->list.v[1]);
		Node *l = n->list.v[1];
		if (l->mode != MODE_INVALID && !is_integer(l->type)) {
			error_at(start_pos(l), "cannot convert %s to type int", operand_string(l));
			invalid(n);
			return;
		}
		if (is_untyped(l->type))
			convert_untyped(&n->list.v[1], type_int);
		value_result(n, type_unsafe_pointer);
		return;
	}
	case BI_SLICE: case BI_STRING: {
		/* unsafe.Slice(ptr *T, len) []T; unsafe.String(ptr *byte, len) string */
		Node *p = n->list.v[0];
		check_value(p);
		check_value(n->list.v[1]);
		if (p->mode == MODE_INVALID || n->list.v[1]->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (is_untyped(n->list.v[1]->type))
			convert_untyped(&n->list.v[1], type_int);
		if (under(p->type)->kind != TY_POINTER) {
			error_at(start_pos(p), "invalid argument: %s is not a pointer", operand_string(p));
			invalid(n);
			return;
		}
		if (b == BI_STRING) {
			assign_to(&n->list.v[0], pointer_to(type_byte), "argument to unsafe.String");
			value_result(n, type_string);
		} else {
			value_result(n, slice_of(under(p->type)->elem));
		}
		return;
	}
	case BI_SLICEDATA: case BI_STRINGDATA: {
		Node *x = n->list.v[0];
		check_value(x);
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (b == BI_STRINGDATA) {
			if (is_untyped(x->type))
				convert_untyped(&n->list.v[0], type_string);
			value_result(n, pointer_to(type_byte));
		} else {
			if (under(x->type)->kind != TY_SLICE) {
				error_at(start_pos(x), "invalid argument: %s is not a slice", operand_string(x));
				invalid(n);
				return;
			}
			value_result(n, pointer_to(under(x->type)->elem));
		}
		return;
	}
	default:
		for (int i = 0; i < nargs; i++)
			check_expr(n->list.v[i]);
		unsupported_at(n->pos, fmt("built-in %s", builtin_name(b)));
		invalid(n);
		return;
	}
}
