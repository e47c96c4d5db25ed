/*
 * check_expr.c — type checking of expressions.
 *
 * Every expression node gets a mode (constant, variable, value, type, ...),
 * a type, and for constants an exact value (const.c).  Untyped constants
 * stay untyped until their context gives them a type (assign_to,
 * convert_untyped); non-constant untyped values (comparisons, shifts of
 * untyped constants by variable counts) are typed the same way, down the
 * tree.  Errors are reported at the start of the offending expression with
 * types2's wording, e.g.
 *
 *   invalid operation: x + s (mismatched types int and string)
 *   cannot use s (variable of type string) as int value in assignment
 *
 * Calls, selectors and builtins are in check_call.c.
 */
#include "check.h"

/* ---- positions ---- */

/* The leftmost position of an expression: where types2 reports errors. */
Pos start_pos(Node *n) {
	for (;;) {
		switch (n->kind) {
		case N_BINARY: case N_INDEX: case N_SLICE: case N_SELECTOR: case N_TYPEASSERT:
		case N_CALL: case N_KEYVALUE:
			if (!n->x)
				return n->pos;
			n = n->x;
			continue;
		case N_COMPOSITE:
			if (n->x) {
				n = n->x;
				continue;
			}
			return n->pos;
		case N_CONV:
			if (n->implicit) {
				n = n->x;
				continue;
			}
			if (n->y) { /* T(x): the type expression */
				n = n->y;
				continue;
			}
			return n->pos;
		default:
			return n->pos;
		}
	}
}

/* ---- describing operands (types2's operand.String) ---- */

static const char *composite_kind(Type *t) {
	switch (under(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	case TY_TUPLE: return "tuple";
	default: return NULL;
	}
}

/* "type int", "struct type T", "int type MyInt" */
char *describe_type(Type *t) {
	if (t->kind == TY_NAMED) {
		const char *what = composite_kind(t);
		if (!what)
			what = under(t)->name;
		return fmt("%s type %s", what, typestr(t));
	}
	return fmt("type %s", typestr(t));
}

static const char *mode_string(Mode m) {
	switch (m) {
	case MODE_INVALID: return "invalid operand";
	case MODE_NOVALUE: return "no value";
	case MODE_BUILTIN: return "built-in";
	case MODE_TYPE: return "type";
	case MODE_CONST: return "constant";
	case MODE_VAR: return "variable";
	case MODE_MAPINDEX: return "map index expression";
	case MODE_VALUE: return "value";
	case MODE_COMMAOK: return "comma, ok expression";
	default: return "value";
	}
}

/* The predeclared nil (also after it was given the type of its context). */
static bool is_nil_node(Node *n) {
	if (n->mode == MODE_INVALID || !n->type)
		return false;
	if (n->type->kind == TY_UNTYPED_NIL)
		return true;
	while (n->kind == N_PAREN)
		n = n->x;
	return n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL;
}

char *operand_string(Node *n) {
	if (is_nil_node(n))
		return xstrdup("nil");
	Buf b = {0};
	char *expr = node_string(n);
	buf_puts(&b, expr);
	buf_puts(&b, " (");
	bool has_type = false;
	switch (n->mode) {
	case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPE:
		break;
	default:
		if (n->type) {
			if (is_untyped(n->type)) {
				buf_puts(&b, n->type->name);
				buf_putc(&b, ' ');
			} else {
				has_type = true;
			}
		}
	}
	buf_puts(&b, mode_string(n->mode));
	if (n->mode == MODE_CONST && n->cval) {
		char *s = const_format(n->cval);
		if (strcmp(s, expr) != 0) {
			buf_putc(&b, ' ');
			buf_puts(&b, s);
		}
	}
	if (has_type) {
		if (n->type == type_invalid)
			buf_puts(&b, " with invalid type");
		else
			buf_printf(&b, " of %s", describe_type(n->type));
	}
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

/* ---- small helpers ---- */

static void invalid(Node *n) {
	n->mode = MODE_INVALID;
	n->type = type_invalid;
}

static void set_const(Node *n, Type *t, Const *c) {
	n->mode = MODE_CONST;
	n->type = t;
	n->cval = c;
}

static ConstOp const_op(int tok) {
	switch (tok) {
	case TK_ADD: return COP_ADD;
	case TK_SUB: return COP_SUB;
	case TK_MUL: return COP_MUL;
	case TK_QUO: return COP_QUO;
	case TK_REM: return COP_REM;
	case TK_AND: return COP_AND;
	case TK_OR: return COP_OR;
	case TK_XOR: return COP_XOR;
	case TK_ANDNOT: return COP_ANDNOT;
	case TK_SHL: return COP_SHL;
	case TK_SHR: return COP_SHR;
	case TK_EQL: return COP_EQL;
	case TK_NEQ: return COP_NEQ;
	case TK_LSS: return COP_LSS;
	case TK_LEQ: return COP_LEQ;
	case TK_GTR: return COP_GTR;
	case TK_GEQ: return COP_GEQ;
	case TK_LAND: return COP_LAND;
	case TK_LOR: return COP_LOR;
	default: return COP_ADD;
	}
}

static bool is_comparison(int op) {
	return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

bool has_nil(Type *t) {
	switch (under(t)->kind) {
	case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
	case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
		return true;
	default:
		return false;
	}
}

static bool is_ordered(Type *t) { return is_integer(t) || is_float(t) || is_string(t); }

/* ---- constants and representability ---- */

/* Would constant n fit in type t?  Reports gc's error if not. */
bool check_representable(Node *n, Type *t, bool report) {
	Type *u = under(t);
	if (!is_basic(u) || !n->cval)
		return true;
	if (is_boolean(u) != (const_kind(n->cval) == CONST_BOOL) ||
	    is_string(u) != (const_kind(n->cval) == CONST_STRING)) {
		if (report)
			error_at(start_pos(n), "cannot convert %s to type %s", operand_string(n), typestr(u));
		return false;
	}
	if (is_boolean(u) || is_string(u))
		return true;
	Const *out = NULL;
	const char *why = NULL;
	if (!const_representable(n->cval, const_rep_of(u), &out, &why)) {
		if (report) {
			if (is_numeric(n->type) && is_numeric(u)) {
				bool trunc = !is_integer(n->type) && is_integer(u);
				if (trunc)
					error_at(start_pos(n), "%s truncated to %s", operand_string(n), typestr(u));
				else
					error_at(start_pos(n), "%s overflows %s", operand_string(n), typestr(u));
			} else {
				error_at(start_pos(n), "cannot convert %s to type %s", operand_string(n), typestr(u));
			}
		}
		return false;
	}
	n->cval = out;
	return true;
}

/* The type an untyped operand takes in the context target (NULL if it
 * cannot); *why is "truncated"/"overflows" for constants that don't fit. */
static Type *implicit_type(Node *n, Type *target, const char **why) {
	*why = NULL;
	Type *t = n->type;
	if (!is_untyped(t) || target == type_invalid)
		return t;
	if (is_untyped(target)) {
		if (t->kind == TY_UNTYPED_NIL || target->kind == TY_UNTYPED_NIL)
			return t->kind == target->kind ? t : NULL;
		if (is_numeric(t) && is_numeric(target))
			return t->kind > target->kind ? t : target;
		return t->kind == target->kind ? t : NULL;
	}
	if (t->kind == TY_UNTYPED_NIL)
		return has_nil(target) ? target : NULL;
	Type *u = under(target);
	if (is_basic(u)) {
		if (n->mode == MODE_CONST) {
			if (is_boolean(u) != (t->kind == TY_UNTYPED_BOOL) || is_string(u) != (t->kind == TY_UNTYPED_STRING))
				return NULL;
			if (u->kind == TY_UNSAFEPTR)
				return NULL;
			if (is_numeric(u)) {
				Const *out;
				if (!const_representable(n->cval, const_rep_of(u), &out, why)) {
					if (!*why)
						*why = "overflows";
					if (!is_integer(t) && is_integer(u))
						*why = "truncated";
					else
						*why = "overflows";
					return NULL;
				}
			}
			return target;
		}
		switch (t->kind) {
		case TY_UNTYPED_BOOL:
			return is_boolean(u) ? target : NULL;
		case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_COMPLEX:
			return is_numeric(u) ? target : NULL;
		case TY_UNTYPED_STRING:
			return is_string(u) ? target : NULL;
		default:
			return NULL;
		}
	}
	if (u->kind == TY_INTERFACE) {
		if (u->nfields != 0)
			return NULL;
		return default_type(t);
	}
	return NULL;
}

/* Set the type of an untyped expression tree to t (after checks). */
static void update_untyped(Node *n, Type *t) {
	if (!n || !n->type || !is_untyped(n->type))
		return;
	if (n->mode == MODE_CONST) {
		n->type = t;
		if (is_basic(under(t)) && is_numeric(under(t))) {
			Const *out;
			const char *why;
			if (const_representable(n->cval, const_rep_of(t), &out, &why))
				n->cval = out;
		}
		if (n->kind == N_PAREN)
			update_untyped(n->x, t);
		return;
	}
	switch (n->kind) {
	case N_PAREN:
		update_untyped(n->x, t);
		break;
	case N_UNARY:
		update_untyped(n->x, t);
		break;
	case N_BINARY:
		if (is_comparison(n->op)) {
			/* operands keep their own (default) types */
		} else if (n->op == TK_SHL || n->op == TK_SHR) {
			if (!is_integer(t) && !is_interface(t) && n->x->mode != MODE_INVALID) {
				error_at(start_pos(n->x), INVALID_OP "shifted operand %s (type %s) must be integer", node_string(n->x),
				         typestr(t));
				n->mode = MODE_INVALID;
				return;
			}
			update_untyped(n->x, is_interface(t) ? default_type(n->x->type) : t);
		} else {
			update_untyped(n->x, t);
			update_untyped(n->y, t);
		}
		break;
	default:
		break;
	}
	n->type = t;
}

/* Convert the untyped value at *np to target (types2's convertUntyped). */
void convert_untyped(Node **np, Type *target) {
	Node *n = *np;
	if (n->mode == MODE_INVALID || !is_untyped(n->type) || target == type_invalid)
		return;
	const char *why;
	Type *t = implicit_type(n, target, &why);
	if (!t) {
		Type *tu = is_untyped(target) ? target : under(target);
		if (why && strcmp(why, "truncated") == 0)
			error_at(start_pos(n), "%s truncated to %s", operand_string(n), typestr(tu));
		else if (why)
			error_at(start_pos(n), "%s overflows %s", operand_string(n), typestr(tu));
		else
			error_at(start_pos(n), "cannot convert %s to type %s", operand_string(n), typestr(tu));
		invalid(n);
		return;
	}
	if (n->mode == MODE_CONST && !is_untyped(t) && is_basic(under(t)))
		check_representable(n, t, false);
	update_untyped(n, t);
}

void default_untyped(Node **np) {
	Node *n = *np;
	if (n->mode == MODE_INVALID || !n->type || !is_untyped(n->type))
		return;
	if (n->type->kind == TY_UNTYPED_NIL)
		return;
	convert_untyped(np, default_type(n->type));
}

/* ---- assignability ---- */

static char *missing_method_cause(Type *t, Type *iface) {
	char *missing = NULL;
	bool ptr = false;
	if (implements(t, iface, &missing, &ptr))
		return NULL;
	if (!missing)
		return fmt("%s does not implement %s", typestr(t), typestr(iface));
	Selection s = lookup_field_or_method(t, missing, NULL);
	if (ptr)
		return fmt("%s does not implement %s (method %s has pointer receiver)", typestr(t), typestr(iface), missing);
	if (s.kind == SEL_METHOD || s.kind == SEL_IFACEMETHOD) {
		Type *have = s.kind == SEL_METHOD ? s.method->type : s.field->type;
		Type *want = NULL;
		Type *iu = under(iface);
		for (int i = 0; i < iu->nfields; i++)
			if (strcmp(iu->fields[i]->name, missing) == 0)
				want = iu->fields[i]->type;
		char *hs = typestr(have), *ws = typestr(want);
		return fmt("%s does not implement %s (wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s",
		           typestr(t), typestr(iface), missing, missing, hs + 4, missing, ws + 4);
	}
	return fmt("%s does not implement %s (missing method %s)", typestr(t), typestr(iface), missing);
}

bool is_assignable(Node *x, Type *t, char **cause) {
	Type *v = x->type;
	if (!v || v == type_invalid || t == type_invalid)
		return true;
	if (types_identical(v, t))
		return true;
	Type *vu = under(v), *tu = under(t);
	if (is_untyped(v)) {
		const char *why;
		if (tu->kind == TY_INTERFACE && v->kind != TY_UNTYPED_NIL)
			return tu->nfields == 0 || implements(default_type(v), t, (char *[]){NULL}, (bool[]){0});
		return implicit_type(x, t, &why) != NULL;
	}
	/* identical underlying types and at least one is not a named type */
	bool vnamed = v->kind == TY_NAMED || is_basic(v);
	bool tnamed = t->kind == TY_NAMED || is_basic(t);
	if (types_identical(vu, tu) && (!vnamed || !tnamed))
		return true;
	if (tu->kind == TY_INTERFACE) {
		char *c = missing_method_cause(v, t);
		if (!c)
			return true;
		if (cause)
			*cause = c;
		return false;
	}
	if (vu->kind == TY_INTERFACE && cause && tu->kind != TY_INTERFACE) {
		char *c = missing_method_cause(t, v);
		if (!c)
			*cause = "need type assertion";
	}
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
	    types_identical(vu->elem, tu->elem) && (!vnamed || !tnamed))
		return true;
	return false;
}

/* Wrap x in an implicit conversion to t when the value changes
 * representation (to an interface); otherwise just retype untyped values. */
Node *implicit_conv(Node *x, Type *t) {
	if (x->mode == MODE_INVALID)
		return x;
	if (is_interface(t) && !is_interface(x->type) && x->type->kind != TY_UNTYPED_NIL) {
		Node *c = new_node(N_CONV, x->pos);
		c->implicit = true;
		c->x = x;
		c->type = t;
		c->mode = MODE_VALUE;
		return c;
	}
	if (is_interface(t) && is_interface(x->type) && !types_identical(x->type, t)) {
		Node *c = new_node(N_CONV, x->pos);
		c->implicit = true;
		c->x = x;
		c->type = t;
		c->mode = MODE_VALUE;
		return c;
	}
	return x;
}

/* types2's assignment(): make *np assignable to t in context, converting
 * untyped values and inserting implicit interface conversions. */
void assign_to(Node **np, Type *t, const char *context) {
	Node *x = *np;
	check_single(x);
	if (x->mode == MODE_INVALID)
		return;
	if (x->mode == MODE_TYPE || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
		if (x->mode == MODE_TYPE)
			error_at(start_pos(x), "%s (type) is not an expression", node_string(x));
		else if (x->mode == MODE_NOVALUE)
			error_at(start_pos(x), "%s (no value) used as value", node_string(x));
		else
			error_at(start_pos(x), "%s (built-in) must be called", node_string(x));
		invalid(x);
		return;
	}
	if (is_untyped(x->type)) {
		Type *target = t;
		if (x->type->kind == TY_UNTYPED_NIL) {
			if (!t) {
				error_at(start_pos(x), "use of untyped nil in %s", context);
				invalid(x);
				return;
			}
		} else if (!t || is_interface(t)) {
			target = default_type(x->type);
		}
		const char *why;
		Type *nt = implicit_type(x, target, &why);
		if (!nt) {
			char *msg = fmt("cannot use %s as %s value in %s", operand_string(x), typestr(target), context);
			if (why)
				msg = fmt("%s (%s)", msg, why);
			error_at(start_pos(x), "%s", msg);
			invalid(x);
			return;
		}
		if (x->mode == MODE_CONST && is_basic(under(nt)))
			check_representable(x, nt, false);
		update_untyped(x, nt);
	}
	if (!t)
		return;
	char *cause = NULL;
	if (!is_assignable(x, t, &cause)) {
		if (cause)
			error_at(start_pos(x), "cannot use %s as %s value in %s: %s", operand_string(x), typestr(t), context, cause);
		else
			error_at(start_pos(x), "cannot use %s as %s value in %s", operand_string(x), typestr(t), context);
		invalid(x);
		return;
	}
	if (x->type->kind == TY_UNTYPED_NIL)
		x->type = t;
	*np = implicit_conv(x, t);
}

/* ---- identifiers ---- */

void mark_used(Node *n) {
	while (n && (n->kind == N_PAREN))
		n = n->x;
	if (n && n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR)
		n->obj->used = true;
}

/* Note that a variable of an enclosing function is used by the function
 * literal being checked (and by every literal in between). */
static void note_capture(Obj *o) {
	if (!o->func || o->global || !ck.fn || o->func == ck.fn)
		return;
	o->captured = true;
	for (Func *f = ck.fn; f && f != o->func; f = f->outer) {
		bool dup = false;
		for (int i = 0; i < f->captures.len; i++)
			if (f->captures.data[i] == o)
				dup = true;
		if (!dup)
			vec_push(&f->captures, o);
	}
}

Obj *lookup_ident(Node *n) {
	Obj *o = lookup_name(n->name);
	return o;
}

static void check_ident(Node *n) {
	if (strcmp(n->name, "_") == 0) {
		error_at(n->pos, "cannot use _ as value");
		invalid(n);
		return;
	}
	Obj *o = lookup_ident(n);
	if (!o) {
		error_at(n->pos, "undefined: %s", n->name);
		invalid(n);
		return;
	}
	n->obj = o;
	if (o->pkg == ck.pkg)
		resolve_obj(o);
	switch (o->kind) {
	case OBJ_VAR:
		n->mode = MODE_VAR;
		n->type = o->type ? o->type : type_invalid;
		o->used = true;
		note_capture(o);
		record_use(o);
		if (n->type == type_invalid)
			n->mode = MODE_INVALID; /* reported at the declaration (or an init cycle) */
		break;
	case OBJ_CONST:
		if (o->type == type_invalid) {
			invalid(n);
			return;
		}
		if (strcmp(o->name, "iota") == 0 && !o->pkg) {
			if (!ck.in_const) {
				error_at(n->pos, "cannot use iota outside constant declaration");
				invalid(n);
				return;
			}
			set_const(n, type_untyped_int, const_int64(ck.iota));
			return;
		}
		set_const(n, o->type, o->cval);
		break;
	case OBJ_TYPE:
		n->mode = MODE_TYPE;
		n->type = o->type ? o->type : type_invalid;
		break;
	case OBJ_FUNC:
		n->mode = MODE_VALUE;
		n->type = o->type ? o->type : type_invalid;
		record_use(o);
		break;
	case OBJ_BUILTIN:
		n->mode = MODE_BUILTIN;
		n->type = type_invalid;
		break;
	case OBJ_NIL:
		n->mode = MODE_VALUE;
		n->type = type_untyped_nil;
		break;
	case OBJ_PKG:
		o->used = true;
		error_at(n->pos, "use of package %s without selector", o->name);
		invalid(n);
		break;
	default:
		invalid(n);
	}
}

/* ---- literals ---- */

static void check_basic_lit(Node *n) {
	const char *err = NULL;
	Const *c = NULL;
	char *text = xstrndup(n->text, n->textlen);
	switch (n->op) {
	case TK_INT:
		c = const_from_literal('i', text, &err);
		if (c)
			set_const(n, type_untyped_int, c);
		break;
	case TK_FLOAT:
		c = const_from_literal('f', text, &err);
		if (c)
			set_const(n, type_untyped_float, c);
		break;
	case TK_IMAG:
		c = const_from_literal('c', text, &err);
		if (c)
			set_const(n, type_untyped_complex, c);
		break;
	case TK_RUNE:
		set_const(n, type_untyped_rune, const_int64(n->iota));
		return;
	case TK_STRING:
		set_const(n, type_untyped_string, const_string(n->str, n->slen));
		return;
	default:
		break;
	}
	if (!c) {
		if (err)
			error_at(n->pos, "%s", err);
		invalid(n);
	}
}

/* ---- function literals ---- */

Func *func_for_lit(Node *lit) {
	Func *outer = ck.fn;
	char *name;
	if (outer) {
		outer->nclosures++;
		name = fmt("%s.func%d", outer->name, outer->nclosures);
	} else {
		/* a func literal in a package-level initializer: gc names it
		 * init.funcN, counting in each package */
		name = fmt("%s.init.func%d", ck.pkg->path, ++ck.pkg->init_closures);
	}
	Func *fn = new_func(name, ck.pkg);
	fn->decl = lit;
	fn->body = lit->body;
	fn->outer = outer;
	lit->fn = fn;
	if (outer)
		vec_push(&outer->closures, fn);
	vec_push(&ck.pkg->funcs, fn);
	return fn;
}

static void check_func_lit(Node *n) {
	Func *fn = func_for_lit(n);
	fn->type = func_type_of(n->x, fn, NULL);
	n->type = fn->type;
	n->mode = MODE_VALUE;
	Func *saved_fn = ck.fn;
	Scope *saved = ck.scope;
	check_func_body(fn);
	ck.scope = saved;
	ck.fn = saved_fn;
}

/* ---- composite literals ---- */

static int64_t const_index(Node *k, int64_t max, bool *ok) {
	*ok = false;
	check_expr(k);
	if (k->mode == MODE_INVALID)
		return -1;
	if (k->mode != MODE_CONST) {
		error_at(start_pos(k), "index %s must be integer constant", operand_string(k));
		return -1;
	}
	if (!is_integer(k->type) && !(is_untyped(k->type) && const_to_int(k->cval))) {
		error_at(start_pos(k), "index %s must be integer constant", operand_string(k));
		return -1;
	}
	Const *iv = const_to_int(k->cval);
	if (!iv || const_sign_negative(iv)) {
		error_at(start_pos(k), "index %s must not be negative", operand_string(k));
		return -1;
	}
	if (!const_fits_int64(iv) || (max >= 0 && const_int64_val(iv) >= max)) {
		error_at(start_pos(k), "index %s out of bounds [0:%lld]", node_string(k), (long long)max);
		return -1;
	}
	convert_untyped(&k, type_int);
	*ok = true;
	return const_int64_val(iv);
}

static void check_elem(Node **np, Type *elem, const char *context) {
	Node *e = *np;
	if (e->kind == N_COMPOSITE && !e->x) {
		check_composite(e, elem);
		return;
	}
	/* &T{} may also elide the type when the element type is *T */
	if (e->kind == N_UNARY && e->op == TK_AND && e->x->kind == N_COMPOSITE && !e->x->x &&
	    under(elem)->kind == TY_POINTER) {
		check_composite(e->x, under(elem)->elem);
		e->mode = MODE_VALUE;
		e->type = elem;
		return;
	}
	check_expr(e);
	assign_to(np, elem, context);
}

/* Elements of an array or slice literal; returns the length. */
static int64_t check_indexed_elems(Node *n, Type *elem, int64_t max) {
	int64_t index = 0, maxlen = 0;
	Vec seen = {0};
	for (int i = 0; i < n->list.n; i++) {
		Node *e = n->list.v[i];
		bool valid_index = false;
		if (e->kind == N_KEYVALUE) {
			bool ok;
			int64_t k = const_index(e->x, max, &ok);
			if (ok) {
				index = k;
				valid_index = true;
			}
			check_elem(&e->y, elem, "array or slice literal");
			e->type = elem;
		} else {
			if (max >= 0 && index >= max) {
				error_at(start_pos(e), "index %lld out of bounds [0:%lld]", (long long)index, (long long)max);
			} else {
				valid_index = true;
			}
			check_elem(&n->list.v[i], elem, "array or slice literal");
		}
		if (valid_index) {
			for (int j = 0; j < seen.len; j++)
				if ((int64_t)(intptr_t)seen.data[j] == index) {
					error_at(start_pos(e->kind == N_KEYVALUE ? e->x : e), "duplicate index %lld in array or slice literal", (long long)index);
					break;
				}
			vec_push(&seen, (void *)(intptr_t)index);
		}
		index++;
		if (index > maxlen)
			maxlen = index;
	}
	return maxlen;
}

static void check_struct_lit(Node *n, Type *t) {
	Type *u = under(t);
	if (n->list.n == 0)
		return;
	bool keyed = n->list.v[0]->kind == N_KEYVALUE;
	if (keyed) {
		Vec seen = {0};
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind != N_KEYVALUE) {
				error_at(start_pos(e), "mixture of field:value and value elements in struct literal");
				check_expr(e);
				continue;
			}
			Node *k = e->x;
			if (k->kind != N_IDENT) {
				error_at(start_pos(k), "invalid field name %s in struct literal", node_string(k));
				check_expr(e->y);
				continue;
			}
			int idx = -1;
			for (int f = 0; f < u->nfields; f++)
				if (strcmp(u->fields[f]->name, k->name) == 0)
					idx = f;
			if (idx < 0) {
				Selection s = lookup_field_or_method(t, k->name, ck.pkg);
				if (s.kind == SEL_FIELD)
					error_at(k->pos, "cannot use promoted field %s in struct literal of type %s", k->name, typestr(t));
				else
					error_at(k->pos, "unknown field %s in struct literal of type %s", k->name, typestr(t));
				check_expr(e->y);
				continue;
			}
			Field *f = u->fields[idx];
			if (f->pkg && f->pkg != ck.pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z')) {
				error_at(k->pos, "cannot refer to unexported field %s in struct literal of type %s", k->name, typestr(t));
			}
			k->field_index = idx;
			k->type = f->type;
			bool dup = false;
			for (int j = 0; j < seen.len; j++)
				if ((intptr_t)seen.data[j] == idx)
					dup = true;
			if (dup)
				error_at(k->pos, "duplicate field name %s in struct literal", k->name);
			vec_push(&seen, (void *)(intptr_t)idx);
			check_elem(&e->y, f->type, "struct literal");
			e->field_index = idx;
			e->type = f->type;
		}
		return;
	}
	for (int i = 0; i < n->list.n; i++) {
		Node *e = n->list.v[i];
		if (e->kind == N_KEYVALUE) {
			error_at(start_pos(e), "mixture of field:value and value elements in struct literal");
			check_expr(e->y);
			continue;
		}
		if (i >= u->nfields) {
			check_expr(e);
			error_at(start_pos(e), "too many values in struct literal of type %s", typestr(t));
			break;
		}
		Field *f = u->fields[i];
		if (f->pkg && f->pkg != ck.pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z'))
			error_at(start_pos(e), "implicit assignment to unexported field %s in struct literal of type %s", f->name, typestr(t));
		check_elem(&n->list.v[i], f->type, "struct literal");
	}
	if (n->list.n < u->nfields && n->list.n > 0)
		error_at(n->end, "too few values in struct literal of type %s", typestr(t));
}

static void check_map_lit(Node *n, Type *t) {
	Type *u = under(t);
	for (int i = 0; i < n->list.n; i++) {
		Node *e = n->list.v[i];
		if (e->kind != N_KEYVALUE) {
			error_at(start_pos(e), "missing key in map literal");
			check_expr(e);
			continue;
		}
		check_elem(&e->x, u->key, "map literal");
		check_elem(&e->y, u->elem, "map literal");
	}
	/* duplicate constant keys */
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		if (a->kind != N_KEYVALUE || a->x->mode != MODE_CONST || !a->x->cval)
			continue;
		for (int j = 0; j < i; j++) {
			Node *b = n->list.v[j];
			if (b->kind != N_KEYVALUE || b->x->mode != MODE_CONST || !b->x->cval)
				continue;
			if (const_kind(a->x->cval) == const_kind(b->x->cval) && const_compare(COP_EQL, a->x->cval, b->x->cval) &&
			    types_identical(a->x->type, b->x->type)) {
				error_at(start_pos(a->x), "duplicate key %s in map literal", node_string(a->x));
				break;
			}
		}
	}
}

void check_composite(Node *n, Type *hint) {
	Type *t;
	if (n->x) {
		if (n->x->kind == N_ARRAYTYPE && n->x->x && n->x->x->kind == N_ELLIPSIS) {
			Type *elem = check_type(n->x->y);
			int64_t len = check_indexed_elems(n, elem, -1);
			t = array_of(elem, len);
			n->x->type = t;
			n->x->mode = MODE_TYPE;
			n->type = t;
			n->mode = MODE_VALUE;
			return;
		}
		t = check_type(n->x);
	} else if (hint) {
		t = hint;
		if (under(t)->kind == TY_POINTER) {
			/* {...} for an element of type *T means &T{...} */
			t = under(t)->elem;
			n->implicit = true;
		}
	} else {
		error_at(n->pos, "invalid composite literal type: missing type");
		invalid(n);
		return;
	}
	Type *u = under(t);
	switch (u->kind) {
	case TY_STRUCT:
		check_struct_lit(n, t);
		break;
	case TY_ARRAY:
		check_indexed_elems(n, u->elem, u->len);
		break;
	case TY_SLICE:
		check_indexed_elems(n, u->elem, -1);
		break;
	case TY_MAP:
		check_map_lit(n, t);
		break;
	case TY_INVALID:
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE)
				e = e->y;
			if (e->kind != N_COMPOSITE)
				check_expr(e);
		}
		invalid(n);
		return;
	default:
		error_at(n->pos, "invalid composite literal type %s", typestr(t));
		invalid(n);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = t;
	if (n->implicit && hint) {
		/* rewrite {...} of pointer element into &T{...} */
		Node *inner = new_node(N_COMPOSITE, n->pos);
		*inner = *n;
		inner->implicit = false;
		n->kind = N_UNARY;
		n->op = TK_AND;
		n->x = inner;
		n->list = (Nodes){0};
		n->type = hint;
		n->implicit = true;
	}
}

/* ---- index, slice, type assertion ---- */

/* Index value: must be integer; a constant must be in range. */
static bool check_index(Node **np, int64_t length, const char *what) {
	Node *k = *np;
	check_value(k);
	if (k->mode == MODE_INVALID)
		return false;
	if (k->mode == MODE_CONST && is_untyped(k->type)) {
		Const *iv = const_to_int(k->cval);
		if (!iv) {
			if (is_numeric(k->type))
				error_at(start_pos(k), "invalid argument: %s %s truncated to int", what, operand_string(k));
			else
				error_at(start_pos(k), "invalid argument: %s %s must be integer", what, operand_string(k));
			return false;
		}
		k->cval = iv;
		k->type = type_untyped_int;
	}
	if (!is_integer(k->type)) {
		error_at(start_pos(k), "invalid argument: %s %s must be integer", what, operand_string(k));
		return false;
	}
	if (k->mode == MODE_CONST) {
		if (const_sign_negative(k->cval)) {
			error_at(start_pos(k), "invalid argument: %s %s must not be negative", what, operand_string(k));
			return false;
		}
		if (is_untyped(k->type) && !const_fits_int64(k->cval)) {
			error_at(start_pos(k), "invalid argument: %s %s overflows int", what, operand_string(k));
			return false;
		}
		if (length >= 0 && const_fits_int64(k->cval) && const_int64_val(k->cval) >= length) {
			error_at(start_pos(k), "invalid argument: %s %s out of bounds [0:%lld]", what, node_string(k), (long long)length);
			return false;
		}
		if (is_untyped(k->type))
			convert_untyped(np, type_int);
	}
	return true;
}

/* p[i] on a pointer to array: make the dereference explicit. */
static Node *explicit_deref(Node *x) {
	Node *d = new_node(N_DEREF, x->pos);
	d->x = x;
	d->implicit = true;
	d->type = under(x->type)->elem;
	d->mode = MODE_VAR;
	return d;
}

static void check_index_expr(Node *n) {
	check_expr(n->x);
	Node *x = n->x;
	if (x->mode == MODE_INVALID) {
		check_expr(n->y);
		invalid(n);
		return;
	}
	if (x->mode == MODE_TYPE) {
		unsupported_at(n->pos, "generic type instantiation");
		invalid(n);
		return;
	}
	Type *t = x->type;
	Type *u = under(t);
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: {
		int64_t len = -1;
		if (x->mode == MODE_CONST)
			const_string_val(x->cval, &len);
		if (!check_index(&n->y, len, "index"))
			goto bad;
		if (x->mode == MODE_CONST && n->y->mode == MODE_CONST) {
			int64_t slen;
			const char *s = const_string_val(x->cval, &slen);
			set_const(n, type_byte, const_int64((unsigned char)s[const_int64_val(n->y->cval)]));
			n->mode = MODE_VALUE; /* indexing a constant string is not a constant */
			n->cval = NULL;
			if (is_untyped(x->type))
				convert_untyped(&n->x, type_string);
			return;
		}
		if (is_untyped(x->type))
			convert_untyped(&n->x, type_string);
		n->mode = MODE_VALUE;
		n->type = type_byte;
		return;
	}
	case TY_ARRAY:
		if (!check_index(&n->y, u->len, "index"))
			goto bad;
		n->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
		n->type = u->elem;
		return;
	case TY_POINTER:
		if (under(u->elem)->kind == TY_ARRAY) {
			Type *a = under(u->elem);
			if (!check_index(&n->y, a->len, "index"))
				goto bad;
			n->x = explicit_deref(x);
			n->mode = MODE_VAR;
			n->type = a->elem;
			return;
		}
		break;
	case TY_SLICE:
		if (!check_index(&n->y, -1, "index"))
			goto bad;
		n->mode = MODE_VAR;
		n->type = u->elem;
		return;
	case TY_MAP:
		check_expr(n->y);
		assign_to(&n->y, u->key, "map index");
		n->mode = MODE_MAPINDEX;
		n->type = u->elem;
		return;
	default:
		break;
	}
	check_expr(n->y);
	error_at(start_pos(x), INVALID_OP "cannot index %s", operand_string(x));
bad:
	invalid(n);
}

static void check_slice_expr(Node *n) {
	check_expr(n->x);
	Node *x = n->x;
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *u = under(x->type);
	int64_t length = -1;
	Type *result = NULL;
	bool addressable_needed = false;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		if (n->slice3) {
			error_at(start_pos(x), INVALID_OP "3-index slice of string");
			invalid(n);
			return;
		}
		if (x->mode == MODE_CONST)
			const_string_val(x->cval, &length);
		result = is_untyped(x->type) ? type_string : x->type;
		if (is_untyped(x->type))
			convert_untyped(&n->x, type_string);
		break;
	case TY_ARRAY:
		length = u->len;
		result = slice_of(u->elem);
		addressable_needed = true;
		break;
	case TY_POINTER:
		if (under(u->elem)->kind == TY_ARRAY) {
			Type *a = under(u->elem);
			length = a->len;
			result = slice_of(a->elem);
			n->x = explicit_deref(x);
		}
		break;
	case TY_SLICE:
		result = x->type;
		break;
	default:
		break;
	}
	if (!result) {
		error_at(start_pos(x), "cannot slice %s", operand_string(x));
		invalid(n);
		return;
	}
	if (addressable_needed && x->mode != MODE_VAR) {
		error_at(start_pos(x), INVALID_OP "%s (slice of unaddressable value)", node_string(n));
		invalid(n);
		return;
	}
	if (addressable_needed)
		mark_addrtaken(x); /* slicing an array takes its address */
	Node **idx[3] = {&n->y, &n->z, &n->w};
	int64_t vals[3] = {-1, -1, -1};
	int64_t cap = length >= 0 ? length + 1 : -1;
	if (length >= 0 && u->kind != TY_STRING && u->kind != TY_UNTYPED_STRING)
		cap = length + 1;
	for (int i = 0; i < 3; i++) {
		if (!*idx[i])
			continue;
		if (!check_index(idx[i], cap, "index")) {
			invalid(n);
			return;
		}
		if ((*idx[i])->mode == MODE_CONST && const_fits_int64((*idx[i])->cval))
			vals[i] = const_int64_val((*idx[i])->cval);
	}
	/* constant indices must be non-decreasing */
	for (int i = 0; i < 3; i++)
		for (int j = i + 1; j < 3; j++)
			if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
				error_at(start_pos(*idx[j]), "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
				invalid(n);
				return;
			}
	n->mode = MODE_VALUE;
	n->type = result;
}

static void check_type_assert(Node *n) {
	check_expr(n->x);
	if (!n->y) {
		error_at(n->pos, "use of .(type) outside type switch");
		invalid(n);
		return;
	}
	Type *t = check_type(n->y);
	Node *x = n->x;
	if (x->mode == MODE_INVALID || t == type_invalid) {
		invalid(n);
		return;
	}
	if (!is_interface(x->type)) {
		error_at(start_pos(x), INVALID_OP "%s is not an interface", operand_string(x));
		invalid(n);
		return;
	}
	if (!is_interface(t)) {
		char *missing = NULL;
		bool ptr;
		if (!implements(t, x->type, &missing, &ptr)) {
			char *cause = missing_method_cause(t, x->type);
			char *c = strstr(cause, "(");
			error_at(start_pos(n), "impossible type assertion: %s\n\t%s does not implement %s %s", node_string(n),
			         typestr(t), typestr(x->type), c ? c : "");
			invalid(n);
			return;
		}
	}
	n->mode = MODE_COMMAOK;
	n->type = t;
}

/* ---- unary and binary operators ---- */

bool is_addressable(Node *n) {
	switch (n->kind) {
	case N_PAREN:
		return is_addressable(n->x);
	case N_IDENT:
		return n->mode == MODE_VAR;
	case N_STAR: case N_DEREF:
		return true;
	case N_INDEX:
		if (under(n->x->type)->kind == TY_SLICE)
			return true;
		if (under(n->x->type)->kind == TY_ARRAY)
			return is_addressable(n->x);
		return false;
	case N_SELECTOR:
		if (n->sel_kind == SEL_FIELD)
			return n->mode == MODE_VAR;
		if (n->sel_kind == SEL_QUALIFIED)
			return n->mode == MODE_VAR;
		return false;
	case N_COMPOSITE:
		return false;
	default:
		return n->mode == MODE_VAR;
	}
}

void mark_addrtaken(Node *n) {
	for (;;) {
		switch (n->kind) {
		case N_PAREN:
			n = n->x;
			continue;
		case N_IDENT:
			if (n->obj && n->obj->kind == OBJ_VAR)
				n->obj->addrtaken = true;
			return;
		case N_SELECTOR:
			if (n->sel_kind == SEL_FIELD) {
				n = n->x;
				continue;
			}
			return;
		case N_INDEX:
			if (under(n->x->type)->kind == TY_ARRAY) {
				n = n->x;
				continue;
			}
			return;
		default:
			return;
		}
	}
}

static bool const_overflow(Node *n, Pos oppos);

void check_unary(Node *n) {
	if (n->op == TK_AND) {
		Node *x = n->x;
		while (x->kind == N_PAREN)
			x = x->x;
		if (x->kind == N_COMPOSITE) {
			check_expr(n->x);
			if (n->x->mode == MODE_INVALID) {
				invalid(n);
				return;
			}
			n->mode = MODE_VALUE;
			n->type = pointer_to(n->x->type);
			return;
		}
		check_expr(n->x);
		if (n->x->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (n->x->mode == MODE_TYPE) {
			error_at(start_pos(n->x), "%s (type) is not an expression", node_string(n->x));
			invalid(n);
			return;
		}
		if (!is_addressable(n->x)) {
			error_at(start_pos(n->x), INVALID_OP "cannot take address of %s", operand_string(n->x));
			invalid(n);
			return;
		}
		mark_addrtaken(n->x);
		n->mode = MODE_VALUE;
		n->type = pointer_to(n->x->type);
		return;
	}
	if (n->op == TK_ARROW) {
		check_value(n->x);
		Node *x = n->x;
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		Type *u = under(x->type);
		if (u->kind != TY_CHAN) {
			error_at(n->pos, INVALID_OP "cannot receive from non-channel %s", operand_string(x));
			invalid(n);
			return;
		}
		if (u->dir == CHAN_SEND) {
			error_at(n->pos, INVALID_OP "cannot receive from send-only channel %s", operand_string(x));
			invalid(n);
			return;
		}
		n->mode = MODE_COMMAOK;
		n->type = u->elem;
		return;
	}
	if (n->op == TK_TILDE) {
		error_at(n->pos, "cannot use ~ outside of interface or type constraint");
		check_expr(n->x);
		invalid(n);
		return;
	}
	check_value(n->x);
	Node *x = n->x;
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *t = x->type;
	bool ok;
	switch (n->op) {
	case TK_ADD: case TK_SUB: ok = is_numeric(t); break;
	case TK_XOR: ok = is_integer(t); break;
	case TK_NOT: ok = is_boolean(t); break;
	default: ok = false;
	}
	if (!ok) {
		error_at(n->pos, INVALID_OP "operator %s not defined on %s", tok_name(n->op), operand_string(x));
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST) {
		ConstOp op = n->op == TK_ADD ? COP_POS : n->op == TK_SUB ? COP_NEG : n->op == TK_XOR ? COP_COMPLEMENT : COP_NOT;
		int ubits = (n->op == TK_XOR && is_unsigned(t)) ? (int)basic_bits(t) : 0;
		Const *c = const_unary(op, x->cval, ubits);
		set_const(n, t, c);
		const_overflow(n, n->pos);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = t;
}

/* types2's mayConvert: may the untyped operand be converted to the other
 * operand's type before the types are matched? */
static bool may_convert(Node *x, Node *y) {
	if (is_interface(x->type) || is_interface(y->type))
		return true;
	if (is_boolean(x->type) != is_boolean(y->type))
		return false;
	if (is_string(x->type) != is_string(y->type))
		return false;
	if (is_nil_node(x))
		return has_nil(y->type);
	if (is_nil_node(y))
		return has_nil(x->type);
	if (is_pointer(x->type) || is_pointer(y->type))
		return false;
	return true;
}

static void match_types(Node **xp, Node **yp) {
	Node *x = *xp, *y = *yp;
	if (!may_convert(x, y))
		return;
	if (is_untyped(x->type) && !is_untyped(y->type)) {
		convert_untyped(xp, y->type);
	} else if (is_untyped(y->type) && !is_untyped(x->type)) {
		convert_untyped(yp, x->type);
	} else if (is_untyped(x->type) && is_untyped(y->type)) {
		/* both untyped: the "larger" kind wins */
		if (is_numeric(x->type) && is_numeric(y->type)) {
			Type *t = x->type->kind > y->type->kind ? x->type : y->type;
			if (x->type != t)
				convert_untyped(xp, t);
			if (y->type != t)
				convert_untyped(yp, t);
		}
	}
	if (is_interface(y->type) && !is_interface(x->type) && x->mode != MODE_INVALID && !is_untyped(x->type))
		*xp = implicit_conv(x, y->type);
	else if (is_interface(x->type) && !is_interface(y->type) && y->mode != MODE_INVALID && !is_untyped(y->type))
		*yp = implicit_conv(y, x->type);
}

static const char *incomparable_cause(Type *t) {
	switch (under(t)->kind) {
	case TY_SLICE: case TY_FUNC: case TY_MAP:
		return fmt("%s can only be compared to nil", composite_kind(t));
	default:
		return NULL;
	}
}

/* types2's comparison: may x op y be evaluated?  If not, returns false
 * with the operand to blame in *err and the cause for the message. */
static bool comparable_operands(Node *x, Node *y, int op, Node **err, const char **cause) {
	char *dummy = NULL;
	*err = x;
	*cause = NULL;
	if (!is_assignable(x, y->type, &dummy) && !is_assignable(y, x->type, &dummy)) {
		*err = y;
		*cause = fmt("mismatched types %s and %s", typestr(x->type), typestr(y->type));
		return false;
	}
	if (op == TK_EQL || op == TK_NEQ) {
		if (is_nil_node(x) || is_nil_node(y)) {
			Type *t = is_nil_node(x) ? y->type : x->type;
			if (!has_nil(t)) {
				*err = y;
				goto undefined;
			}
		} else if (!is_comparable(x->type)) {
			*cause = incomparable_cause(x->type);
			goto undefined;
		} else if (!is_comparable(y->type)) {
			*err = y;
			*cause = incomparable_cause(y->type);
			goto undefined;
		}
		return true;
	}
	if (!is_ordered(x->type))
		goto undefined;
	if (!is_ordered(y->type)) {
		*err = y;
		goto undefined;
	}
	return true;
undefined:
	if (!*cause) {
		const char *what = composite_kind((*err)->type);
		if (!what)
			what = typestr((*err)->type);
		*cause = fmt("operator %s not defined on %s", tok_name(op), what);
	}
	return false;
}

static void check_comparison(Node *n) {
	Node *x = n->x, *y = n->y;
	Node *err;
	const char *cause;
	if (!comparable_operands(x, y, n->op, &err, &cause)) {
		error_at(start_pos(err), INVALID_OP "%s %s %s (%s)", node_string(x), tok_name(n->op), node_string(y), cause);
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
		set_const(n, type_untyped_bool, const_bool(const_compare(const_op(n->op), x->cval, y->cval)));
		return;
	}
	default_untyped(&n->x);
	default_untyped(&n->y);
	n->mode = MODE_VALUE;
	n->type = type_untyped_bool;
}

/* A case value of an expression switch, compared with the switch's tag
 * (types2's comparison for a switch case; the message is at the case). */
bool check_case_comparison(Node *e, Node *tag) {
	Node *err;
	const char *cause;
	if (comparable_operands(e, tag, TK_EQL, &err, &cause))
		return true;
	error_at(start_pos(e), "invalid case %s in switch on %s (%s)", node_string(e), node_string(tag), cause);
	return false;
}

static const char *op_name(Node *n) {
	if (n->kind == N_UNARY && n->op == TK_XOR)
		return "bitwise complement ";
	if (n->kind != N_BINARY)
		return "";
	switch (n->op) {
	case TK_ADD: return "addition ";
	case TK_SUB: return "subtraction ";
	case TK_XOR: return "bitwise XOR ";
	case TK_MUL: return "multiplication ";
	case TK_SHL: return "shift ";
	default: return "";
	}
}

/* After a constant operation: typed constants must be representable;
 * untyped integers must stay within 512 bits. */
static bool const_overflow(Node *n, Pos oppos) {
	if (!n->cval) {
		error_at(oppos, "constant result is not representable");
		invalid(n);
		return false;
	}
	if (is_untyped(n->type) && const_kind(n->cval) == CONST_INT && const_int_overflows(n->cval)) {
		error_at(oppos, "constant %soverflow", op_name(n));
		invalid(n);
		return false;
	}
	if (!is_untyped(n->type) && is_numeric(n->type)) {
		Const *out;
		const char *why;
		if (!const_representable(n->cval, const_rep_of(n->type), &out, &why)) {
			if (is_integer(n->type) || (why && strcmp(why, "overflows") == 0))
				error_at(start_pos(n), "%s overflows %s", operand_string(n), typestr(under(n->type)));
			else
				error_at(start_pos(n), "%s truncated to %s", operand_string(n), typestr(under(n->type)));
			invalid(n);
			return false;
		}
		n->cval = out;
	}
	return true;
}

static void check_shift(Node *n) {
	Node *x = n->x, *y = n->y;
	/* the shifted operand: an integer, or an untyped constant that fits one */
	if (x->mode == MODE_CONST && is_untyped(x->type)) {
		Const *iv = const_to_int(x->cval);
		if (iv) {
			x->cval = iv;
			if (x->type->kind != TY_UNTYPED_INT && x->type->kind != TY_UNTYPED_RUNE)
				x->type = type_untyped_int;
		} else {
			error_at(start_pos(x), INVALID_OP "shifted operand %s must be integer", operand_string(x));
			invalid(n);
			return;
		}
	} else if (!is_integer(x->type)) {
		error_at(start_pos(x), INVALID_OP "shifted operand %s must be integer", operand_string(x));
		invalid(n);
		return;
	}
	/* the count: a non-negative integer (an untyped constant is converted to uint) */
	if (y->mode == MODE_CONST) {
		Const *iv = const_to_int(y->cval);
		if (!iv || (!is_integer(y->type) && !is_untyped(y->type))) {
			error_at(start_pos(y), INVALID_OP "shift count %s must be integer", operand_string(y));
			invalid(n);
			return;
		}
		if (const_sign_negative(iv)) {
			error_at(start_pos(y), INVALID_OP "negative shift count %s", operand_string(y));
			invalid(n);
			return;
		}
		y->cval = iv;
		if (is_untyped(y->type))
			convert_untyped(&n->y, type_uint);
		y = n->y;
	} else if (is_untyped(y->type)) {
		convert_untyped(&n->y, type_uint);
		y = n->y;
		if (y->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
	} else if (!is_integer(y->type)) {
		error_at(start_pos(y), INVALID_OP "shift count %s must be integer", operand_string(y));
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST) {
		if (y->mode == MODE_CONST) {
			if (!const_fits_uint64(y->cval) || const_uint64_val(y->cval) > 1023 + 10000) {
				error_at(start_pos(y), INVALID_OP "invalid shift count %s", operand_string(y));
				invalid(n);
				return;
			}
			Const *c = const_shift(const_op(n->op), x->cval, const_uint64_val(y->cval));
			set_const(n, x->type, c);
			const_overflow(n, n->pos);
			return;
		}
		/* a constant shifted by a variable: untyped until the context decides */
		n->mode = MODE_VALUE;
		n->type = x->type;
		return;
	}
	n->mode = MODE_VALUE;
	n->type = x->type;
}

void check_binary(Node *n) {
	check_value(n->x);
	check_value(n->y);
	if (n->x->mode == MODE_INVALID || n->y->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (n->op == TK_SHL || n->op == TK_SHR) {
		check_shift(n);
		return;
	}
	match_types(&n->x, &n->y);
	Node *x = n->x, *y = n->y;
	if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (is_comparison(n->op)) {
		check_comparison(n);
		return;
	}
	if (!types_identical(x->type, y->type)) {
		if (x->type != type_invalid && y->type != type_invalid)
			error_at(start_pos(x), INVALID_OP "%s (mismatched types %s and %s)", node_string(n),
			         typestr(x->type), typestr(y->type));
		invalid(n);
		return;
	}
	Type *t = x->type;
	bool ok;
	switch (n->op) {
	case TK_ADD: ok = is_numeric(t) || is_string(t); break;
	case TK_SUB: case TK_MUL: case TK_QUO: ok = is_numeric(t); break;
	case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_ANDNOT: ok = is_integer(t); break;
	case TK_LAND: case TK_LOR: ok = is_boolean(t); break;
	default: ok = false;
	}
	if (!ok) {
		error_at(start_pos(x), INVALID_OP "operator %s not defined on %s", tok_name(n->op), operand_string(x));
		invalid(n);
		return;
	}
	if ((n->op == TK_QUO || n->op == TK_REM) && (x->mode == MODE_CONST || is_integer(t)) && y->mode == MODE_CONST &&
	    const_is_zero(y->cval)) {
		error_at(start_pos(y), INVALID_OP "division by zero");
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
		Const *c;
		if (n->op == TK_LAND || n->op == TK_LOR) {
			bool a = const_bool_val(x->cval), b = const_bool_val(y->cval);
			c = const_bool(n->op == TK_LAND ? (a && b) : (a || b));
		} else {
			c = const_binary(const_op(n->op), x->cval, y->cval, n->op == TK_QUO && is_integer(t));
		}
		set_const(n, t, c);
		const_overflow(n, n->pos);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = t;
}

/* ---- conversions ---- */

static bool convertible(Node *x, Type *t, char **cause) {
	Type *v = x->type;
	if (is_assignable(x, t, cause))
		return true;
	Type *vu = under(v), *tu = under(t);
	/* identical underlying types (ignoring tags) */
	if (types_identical(vu, tu))
		return true;
	/* unnamed pointers to identical underlying base types */
	if (v->kind == TY_POINTER && t->kind == TY_POINTER && types_identical(under(v->elem), under(t->elem)))
		return true;
	if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && types_identical(under(vu->elem), under(tu->elem)) &&
	    v->kind != TY_NAMED && t->kind != TY_NAMED)
		return true;
	if ((is_integer(v) || is_float(v)) && (is_integer(t) || is_float(t)))
		return true;
	if (is_complex(v) && is_complex(t))
		return true;
	/* integers, []byte, []rune to string */
	if (is_string(t) && (is_integer(v) || (vu->kind == TY_SLICE && (under(vu->elem)->kind == TY_UINT8 || under(vu->elem)->kind == TY_INT32))))
		return true;
	/* string to []byte, []rune */
	if (is_string(v) && tu->kind == TY_SLICE && (under(tu->elem)->kind == TY_UINT8 || under(tu->elem)->kind == TY_INT32))
		return true;
	/* unsafe.Pointer <-> pointers and uintptr */
	if ((vu->kind == TY_POINTER || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFEPTR)
		return true;
	if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR))
		return true;
	/* slice to array or array pointer */
	if (vu->kind == TY_SLICE) {
		if (tu->kind == TY_ARRAY && types_identical(vu->elem, tu->elem))
			return true;
		if (tu->kind == TY_POINTER && under(tu->elem)->kind == TY_ARRAY && types_identical(vu->elem, under(tu->elem)->elem))
			return true;
	}
	return false;
}

/* T(x): the node becomes N_CONV with x as operand. */
void check_conversion(Node *n, Type *t) {
	Node *x = n->x;
	bool const_arg = x->mode == MODE_CONST;
	char *cause = NULL;
	bool ok = false;
	if (const_arg && is_const_type(t)) {
		Type *u = under(t);
		if (is_string(u) && is_integer(x->type)) {
			/* string(65) == "A"; out-of-range values give "\uFFFD" */
			Const *iv = const_to_int(x->cval);
			int64_t r = 0xFFFD;
			if (iv && const_fits_int64(iv) && const_int64_val(iv) >= 0 && const_int64_val(iv) <= 0x10FFFF &&
			    !(const_int64_val(iv) >= 0xD800 && const_int64_val(iv) < 0xE000))
				r = const_int64_val(iv);
			char buf[8];
			int len = 0;
			if (r < 0x80) buf[len++] = (char)r;
			else if (r < 0x800) { buf[len++] = (char)(0xC0 | (r >> 6)); buf[len++] = (char)(0x80 | (r & 0x3F)); }
			else if (r < 0x10000) { buf[len++] = (char)(0xE0 | (r >> 12)); buf[len++] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[len++] = (char)(0x80 | (r & 0x3F)); }
			else { buf[len++] = (char)(0xF0 | (r >> 18)); buf[len++] = (char)(0x80 | ((r >> 12) & 0x3F)); buf[len++] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[len++] = (char)(0x80 | (r & 0x3F)); }
			/* string(1 << 100) is valid: an untyped operand keeps its type
			 * unless it fits (types2: the final type of x is x's type) */
			if (is_untyped(x->type) && iv && const_fits_int64(iv))
				convert_untyped(&n->x, default_type(x->type));
			n->kind = N_CONV;
			set_const(n, t, const_string(xstrndup(buf, len), len));
			return;
		}
		if (is_boolean(u) == (const_kind(x->cval) == CONST_BOOL) && is_string(u) == (const_kind(x->cval) == CONST_STRING)) {
			Const *out = x->cval;
			const char *why;
			if (is_numeric(u) && !const_representable(x->cval, const_rep_of(u), &out, &why)) {
				if (is_integer(x->type) && is_integer(u)) {
					error_at(start_pos(x), "constant %s overflows %s", const_format(x->cval), typestr(t));
					invalid(n);
					return;
				}
				ok = false;
			} else if (is_numeric(u) != is_numeric(x->type)) {
				ok = false;
			} else {
				if (is_untyped(x->type))
					convert_untyped(&n->x, is_interface(t) ? default_type(x->type) : t);
				n->kind = N_CONV;
				set_const(n, t, out);
				return;
			}
		}
	}
	if (!ok)
		ok = convertible(x, t, &cause);
	if (!ok) {
		if (cause)
			error_at(start_pos(x), "cannot convert %s to type %s: %s", operand_string(x), typestr(t), cause);
		else
			error_at(start_pos(x), "cannot convert %s to type %s", operand_string(x), typestr(t));
		invalid(n);
		return;
	}
	if (is_untyped(x->type)) {
		Type *final = t;
		if (x->type->kind == TY_UNTYPED_NIL)
			final = t;
		else if (is_interface(t) || (const_arg && !is_const_type(t)))
			final = default_type(x->type);
		else if (const_arg && is_integer(x->type) && is_string(t))
			final = default_type(x->type);
		convert_untyped(&n->x, final);
		if (x->type->kind == TY_UNTYPED_NIL)
			n->x->type = t;
	}
	n->kind = N_CONV;
	n->mode = MODE_VALUE;
	n->type = t;
	n->cval = NULL;
}

/* ---- the dispatcher ---- */

void check_expr_hint(Node *n, Type *hint) {
	if (n->kind == N_COMPOSITE && !n->x && hint) {
		check_composite(n, hint);
		return;
	}
	check_expr(n);
}

void check_expr(Node *n) {
	/* a node is checked once; constant expressions are re-evaluated
	 * because an implicitly repeated const spec sees a new iota */
	if (n->type && !ck.in_const)
		return;
	switch (n->kind) {
	case N_IDENT:
		check_ident(n);
		break;
	case N_BASICLIT:
		check_basic_lit(n);
		break;
	case N_PAREN:
		check_expr(n->x);
		n->mode = n->x->mode;
		n->type = n->x->type;
		n->cval = n->x->cval;
		n->obj = n->x->obj;
		if (n->mode == MODE_MAPINDEX || n->mode == MODE_COMMAOK)
			n->mode = n->x->mode;
		break;
	case N_FUNCLIT:
		check_func_lit(n);
		break;
	case N_COMPOSITE:
		check_composite(n, NULL);
		break;
	case N_SELECTOR:
		check_selector(n, false);
		break;
	case N_INDEX:
		check_index_expr(n);
		break;
	case N_SLICE:
		check_slice_expr(n);
		break;
	case N_TYPEASSERT:
		check_type_assert(n);
		break;
	case N_CALL:
		check_call(n);
		break;
	case N_STAR: {
		check_expr(n->x);
		Node *x = n->x;
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (x->mode == MODE_TYPE) {
			n->mode = MODE_TYPE;
			n->type = pointer_to(x->type);
			return;
		}
		if (is_nil_node(x)) {
			error_at(start_pos(x), INVALID_OP "cannot indirect nil");
			invalid(n);
			return;
		}
		if (under(x->type)->kind != TY_POINTER) {
			error_at(start_pos(x), INVALID_OP "cannot indirect %s", operand_string(x));
			invalid(n);
			return;
		}
		n->mode = MODE_VAR;
		n->type = under(x->type)->elem;
		break;
	}
	case N_UNARY:
		check_unary(n);
		break;
	case N_BINARY:
		check_binary(n);
		break;
	case N_KEYVALUE:
		error_at(n->pos, "unexpected key:value expression");
		invalid(n);
		break;
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
	case N_MAPTYPE: case N_CHANTYPE:
		check_type(n);
		break;
	case N_ELLIPSIS:
		error_at(n->pos, "invalid use of ...");
		invalid(n);
		break;
	case N_CONV: case N_ADDR: case N_DEREF:
		break; /* already checked (inserted by the checker) */
	default:
		ice_at(n->pos, "check_expr: unexpected node %d", n->kind);
	}
}

/* One value (a tuple with one element counts). */
void check_single(Node *n) {
	if (!n->type && n->mode == MODE_INVALID)
		check_expr(n);
	if (n->mode == MODE_INVALID)
		return;
	if (n->type && n->type->kind == TY_TUPLE) {
		if (n->type->nfields == 0) {
			error_at(start_pos(n), "%s (no value) used as value", node_string(n));
		} else {
			error_at(start_pos(n), "multiple-value %s (value of type %s) in single-value context", node_string(n),
			         typestr(n->type));
		}
		invalid(n);
	}
}

void check_value(Node *n) {
	check_expr(n);
	check_single(n);
	if (n->mode == MODE_TYPE) {
		error_at(start_pos(n), "%s (type) is not an expression", node_string(n));
		invalid(n);
	} else if (n->mode == MODE_BUILTIN) {
		error_at(start_pos(n), "%s (built-in) must be called", node_string(n));
		invalid(n);
	} else if (n->mode == MODE_NOVALUE) {
		error_at(start_pos(n), "%s (no value) used as value", node_string(n));
		invalid(n);
	}
}
