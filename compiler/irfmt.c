/*
 * irfmt.c — expressions and types printed the way gc prints them in -m
 * diagnostics (its ir formatter), e.g.
 *
 *   &T{...}   []int{...}   map[string]int{}   make([]byte, 10)   new(int)
 *   func literal   ... argument   string(b)   ([]byte)(s)   s + "x"   int8(5)
 *
 * Implicit conversions, addresses and dereferences inserted by the checker
 * are not printed; constants print as their value (typed constants of a
 * non-default type as T(v)); types of the package being compiled print
 * unqualified, others with their package name.
 */
#include "tgo.h"
#include "escape.h"

extern Package *typestr_package;

static void type_text(Buf *b, Type *t);

static void fields_text(Buf *b, Field **fs, int n, bool variadic) {
	buf_putc(b, '(');
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(b, ", ");
		if (variadic && i == n - 1) {
			buf_puts(b, "...");
			type_text(b, fs[i]->type->elem);
		} else {
			type_text(b, fs[i]->type);
		}
	}
	buf_putc(b, ')');
}

static void type_text(Buf *b, Type *t) {
	switch (t->kind) {
	case TY_NAMED:
		if (t->obj->pkg && t->obj->pkg != typestr_package)
			buf_printf(b, "%s.", t->obj->pkg->name);
		buf_puts(b, t->obj->name);
		return;
	case TY_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->len);
		type_text(b, t->elem);
		return;
	case TY_SLICE:
		buf_puts(b, "[]");
		type_text(b, t->elem);
		return;
	case TY_POINTER:
		buf_putc(b, '*');
		type_text(b, t->elem);
		return;
	case TY_MAP:
		buf_puts(b, "map[");
		type_text(b, t->key);
		buf_putc(b, ']');
		type_text(b, t->elem);
		return;
	case TY_CHAN:
		buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
		type_text(b, t->elem);
		return;
	case TY_FUNC:
		buf_puts(b, "func");
		fields_text(b, t->fields, t->nfields, t->variadic);
		if (t->nresults == 1) {
			buf_putc(b, ' ');
			type_text(b, t->results[0]->type);
		} else if (t->nresults > 1) {
			buf_putc(b, ' ');
			fields_text(b, t->results, t->nresults, false);
		}
		return;
	case TY_STRUCT:
		buf_puts(b, "struct {");
		for (int i = 0; i < t->nfields; i++) {
			buf_puts(b, i ? "; " : " ");
			if (!t->fields[i]->embedded)
				buf_printf(b, "%s ", t->fields[i]->name);
			type_text(b, t->fields[i]->type);
		}
		buf_puts(b, t->nfields ? " }" : "}");
		return;
	case TY_INTERFACE:
		if (t == type_any) {
			buf_puts(b, "any");
			return;
		}
		if (!t->nfields) {
			buf_puts(b, "interface {}");
			return;
		}
		buf_puts(b, "interface { ");
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				buf_puts(b, "; ");
			buf_puts(b, t->fields[i]->name);
			Buf sig = {0};
			type_text(&sig, t->fields[i]->type);
			buf_puts(b, buf_cstr(&sig) + 4);
		}
		buf_puts(b, " }");
		return;
	default:
		buf_puts(b, t->name ? t->name : "?");
	}
}

char *ir_type_string(Type *t) {
	Buf b = {0};
	type_text(&b, t);
	return buf_cstr(&b);
}

/* Nodes the checker inserted that gc's formatter skips: implicit
 * conversions, address-of and dereference (parentheses do not exist in
 * gc's IR). */
static Node *skip_implicit(Node *n) {
	for (;;) {
		n = skip_parens(n);
		if ((n->kind == N_CONV || n->kind == N_ADDR || n->kind == N_DEREF) && n->implicit && n->x &&
		    !(n->kind == N_CONV && n->comma_ok))
			n = n->x;
		else
			return n;
	}
}

static bool is_builtin_call(Node *n, int *bi) {
	if (n->kind != N_CALL)
		return false;
	Node *f = skip_parens(n->x);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN) {
		*bi = f->obj->builtin;
		return true;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj && f->obj->kind == OBJ_BUILTIN) {
		*bi = f->obj->builtin;
		return true;
	}
	return false;
}

static bool is_concat(Node *n) {
	return n->kind == N_BINARY && n->op == TK_ADD && n->mode != MODE_CONST && n->type && is_string(n->type);
}

/* gc's ir.OpPrec of the operation n becomes; operations missing from
 * gc's table (closures, &T{...}, string concatenation, recover, complex,
 * real, imag) have precedence 0, so any operand position parenthesizes
 * them. */
static int prec_of(Node *n) {
	int bi;
	if (n->mode == MODE_CONST && n->cval)
		return 8;
	switch (n->kind) {
	case N_FUNCLIT:
		return 0;
	case N_KEYVALUE:
		return 0;
	case N_UNARY:
		if (n->op == TK_AND && skip_parens(n->x)->kind == N_COMPOSITE)
			return 0; /* OPTRLIT */
		return 7;
	case N_STAR: case N_DEREF: case N_ADDR:
		return 7;
	case N_BINARY:
		if (is_concat(n))
			return 0; /* OADDSTR */
		switch (n->op) {
		case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_ANDNOT: return 6;
		case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 5;
		case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return 4;
		case TK_LAND: return 2;
		case TK_LOR: return 1;
		default: return 5;
		}
	case N_CALL:
		if (is_builtin_call(n, &bi) && (bi == BI_RECOVER || bi == BI_COMPLEX || bi == BI_REAL || bi == BI_IMAG))
			return 0;
		return 8;
	default:
		return 8;
	}
}

static void expr_text(Buf *b, Node *n, int prec);

static void const_text(Buf *b, Node *n) {
	Type *t = n->type;
	Const *c = n->cval;
	if ((t->kind == TY_INT32 && t == type_rune) || t->kind == TY_UNTYPED_RUNE) {
		Const *iv = const_to_int(c);
		if (iv && const_fits_int64(iv) && const_int64_val(iv) >= 0 && const_int64_val(iv) <= 0x10FFFF) {
			int64_t r = const_int64_val(iv);
			if (r == '\'')
				buf_puts(b, "'\\''");
			else if (r == '\\')
				buf_puts(b, "'\\\\'");
			else if (r >= 32 && r < 127)
				buf_printf(b, "'%c'", (int)r);
			else if (r == '\n')
				buf_puts(b, "'\\n'");
			else if (r == '\t')
				buf_puts(b, "'\\t'");
			else if (r < 32 || r == 127)
				buf_printf(b, "'\\x%02x'", (int)r);
			else {
				char s[8];
				int k = 0;
				if (r < 0x800) { s[k++] = (char)(0xC0 | (r >> 6)); s[k++] = (char)(0x80 | (r & 0x3F)); }
				else if (r < 0x10000) { s[k++] = (char)(0xE0 | (r >> 12)); s[k++] = (char)(0x80 | ((r >> 6) & 0x3F)); s[k++] = (char)(0x80 | (r & 0x3F)); }
				else { s[k++] = (char)(0xF0 | (r >> 18)); s[k++] = (char)(0x80 | ((r >> 12) & 0x3F)); s[k++] = (char)(0x80 | ((r >> 6) & 0x3F)); s[k++] = (char)(0x80 | (r & 0x3F)); }
				buf_printf(b, "'%.*s'", k, s);
			}
			return;
		}
	}
	bool plain = is_untyped(t) || t == type_int || t == type_float64 || t == type_complex128 || t == type_string ||
	             t == type_bool || t == type_rune;
	char *v = const_format(c);
	if (plain)
		buf_puts(b, v);
	else
		buf_printf(b, "%s(%s)", ir_type_string(t), v);
}

static void list_text(Buf *b, Nodes *l) {
	for (int i = 0; i < l->n; i++) {
		if (i)
			buf_puts(b, ", ");
		expr_text(b, l->v[i], 0);
	}
}

static const char *builtin_text(int b) {
	switch (b) {
	case BI_APPEND: return "append";
	case BI_CAP: return "cap";
	case BI_CLEAR: return "clear";
	case BI_CLOSE: return "close";
	case BI_COMPLEX: return "complex";
	case BI_COPY: return "copy";
	case BI_DELETE: return "delete";
	case BI_IMAG: return "imag";
	case BI_LEN: return "len";
	case BI_MAKE: return "make";
	case BI_MAX: return "max";
	case BI_MIN: return "min";
	case BI_NEW: return "new";
	case BI_PANIC: return "panic";
	case BI_PRINT: return "print";
	case BI_PRINTLN: return "println";
	case BI_REAL: return "real";
	case BI_RECOVER: return "recover";
	case BI_ADD: return "unsafe.Add";
	case BI_SLICE: return "unsafe.Slice";
	case BI_STRING: return "unsafe.String";
	case BI_SLICEDATA: return "unsafe.SliceData";
	case BI_STRINGDATA: return "unsafe.StringData";
	default: return "?";
	}
}

/* The method expression a static method call becomes (gc's
 * FixMethodCall: t.M(a) is printed T.M(t, a), (*T).M(t, a) for pointer
 * receivers). */
static void method_expr_text(Buf *b, Obj *m) {
	Type *rt = m->recv_type;
	if (!rt)
		return;
	if (m->ptr_recv) {
		buf_puts(b, "(*");
		type_text(b, rt);
		buf_putc(b, ')');
	} else {
		type_text(b, rt);
	}
	buf_printf(b, ".%s", m->name);
}

static void call_text(Buf *b, Node *n) {
	Node *f = skip_parens(n->x);
	int bi;
	if (is_builtin_call(n, &bi)) {
		switch (bi) {
		case BI_MAKE: {
			Type *u = under(n->type);
			buf_printf(b, "make(%s", ir_type_string(n->type));
			/* a map or channel size that is an untyped constant is not printed */
			for (int i = 1; i < n->list.n; i++) {
				Node *a = skip_parens(n->list.v[i]);
				if (u->kind != TY_SLICE && n->list.n == 2 && a->mode == MODE_CONST && a->type && is_untyped(a->type))
					break;
				buf_puts(b, ", ");
				expr_text(b, n->list.v[i], 0);
			}
			buf_putc(b, ')');
			return;
		}
		case BI_NEW:
			buf_printf(b, "new(%s)", ir_type_string(under(n->type)->elem));
			return;
		case BI_STRING: case BI_SLICEDATA: case BI_STRINGDATA:
			/* missing from gc's exprFmt: its default case */
			buf_printf(b, "<node %s>", builtin_text(bi));
			return;
		default:
			buf_printf(b, "%s(", builtin_text(bi));
			list_text(b, &n->list);
			buf_puts(b, n->ellipsis ? "...)" : ")");
			return;
		}
	}
	Type *sig = f->type ? under(f->type) : NULL;
	bool ddd = n->ellipsis || (sig && sig->kind == TY_FUNC && sig->variadic && !n->spread);
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD && f->obj && f->obj->recv_type) {
		method_expr_text(b, f->obj);
		buf_putc(b, '(');
		expr_text(b, f->x, 0);
		if (n->list.n)
			buf_puts(b, ", ");
	} else {
		expr_text(b, n->x, 8);
		buf_putc(b, '(');
	}
	Nodes *sa = n->spread ? esc_spread_args(n) : NULL;
	list_text(b, sa ? sa : &n->list);
	buf_puts(b, ddd ? "...)" : ")");
}

static void concat_operands(Node *n, Vec *out) {
	n = skip_parens(n);
	if (is_concat(n)) {
		concat_operands(n->x, out);
		concat_operands(n->y, out);
		return;
	}
	vec_push(out, n);
}

/* []rune("const"): gc's type checker turns it into a slice literal */
static bool is_const_runes(Node *n) {
	if (n->kind != N_CONV || n->implicit || n->mode == MODE_CONST)
		return false;
	Type *to = under(n->type);
	Node *x = skip_parens(n->x);
	return to->kind == TY_SLICE && under(to->elem)->kind == TY_INT32 && x->mode == MODE_CONST && x->type &&
	       is_string(x->type);
}

static void expr_text(Buf *b, Node *n, int prec) {
	n = skip_parens(n);
	if (n->kind == N_CONV && n->implicit && n->comma_ok) {
		buf_puts(b, n->name ? n->name : ".autotmp_0"); /* gc converts through a temporary */
		return;
	}
	n = skip_implicit(n);
	if (n->mode == MODE_TYPE && n->type) {
		type_text(b, n->type);
		return;
	}
	if (n->mode == MODE_CONST && n->cval) {
		if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_CONST && n->obj->cval) {
			Node c = *n;
			c.cval = n->obj->cval;
			const_text(b, &c);
			return;
		}
		const_text(b, n);
		return;
	}
	if (n->kind == N_UNARY && n->op == TK_AND && n->text && n->name) {
		/* Go 1.26's new(v): gc's &tmp (escape.c names the temporary) */
		buf_printf(b, "&%s", n->name);
		return;
	}
	if (n->text && n->kind != N_BASICLIT) {
		/* rewritten by the checker (new(x), complex(pair())): as written */
		buf_write(b, n->text, n->textlen);
		return;
	}
	int p = prec_of(n);
	if (prec > p) {
		buf_putc(b, '(');
		expr_text(b, n, 0);
		buf_putc(b, ')');
		return;
	}
	switch (n->kind) {
	case N_IDENT: {
		Obj *o = n->obj;
		/* a package-level name of another package, met in a body inlined
		 * from it: qualified, as gc prints it */
		if (o && o->pkg && typestr_package && o->pkg != typestr_package && o->pkg->name &&
		    (o->kind == OBJ_FUNC || (o->kind == OBJ_VAR && o->global))) {
			buf_printf(b, "%s.%s", o->pkg->name, o->name);
			return;
		}
		buf_puts(b, o ? o->name : n->name);
		return;
	}
	case N_FUNCLIT:
		buf_puts(b, "func literal");
		return;
	case N_COMPOSITE:
		if (n->vararg) {
			buf_puts(b, "... argument");
			return;
		}
		buf_printf(b, "%s{%s}", ir_type_string(n->type), n->list.n ? "..." : "");
		return;
	case N_UNARY: {
		if (n->op == TK_AND) {
			Node *x = skip_parens(n->x);
			buf_putc(b, '&');
			if (x->kind == N_COMPOSITE)
				expr_text(b, x, 0); /* OPTRLIT */
			else
				expr_text(b, x, 8);
			return;
		}
		buf_puts(b, tok_name(n->op));
		Node *x = skip_parens(n->x);
		if (x->kind == N_UNARY && x->op == n->op)
			buf_putc(b, ' ');
		expr_text(b, x, 8);
		return;
	}
	case N_STAR: case N_DEREF:
		buf_putc(b, '*');
		expr_text(b, n->x, 8);
		return;
	case N_ADDR:
		buf_putc(b, '&');
		expr_text(b, n->x, 8);
		return;
	case N_BINARY:
		if (is_concat(n)) {
			Vec ops = {0};
			concat_operands(n, &ops);
			for (int i = 0; i < ops.len; i++) {
				if (i)
					buf_puts(b, " + ");
				expr_text(b, ops.data[i], 0);
			}
			return;
		}
		expr_text(b, n->x, p);
		buf_printf(b, " %s ", tok_name(n->op));
		expr_text(b, n->y, p + 1);
		return;
	case N_SELECTOR:
		if (n->sel_kind == SEL_QUALIFIED) {
			buf_printf(b, "%s.%s", n->x->name, n->name);
			return;
		}
		if (n->sel_kind == SEL_METHODEXPR && n->obj && n->obj->recv_type) {
			method_expr_text(b, n->obj);
			return;
		}
		expr_text(b, n->x, 8);
		buf_printf(b, ".%s", n->name);
		return;
	case N_INDEX:
		expr_text(b, n->x, 8);
		buf_putc(b, '[');
		expr_text(b, n->y, 0);
		buf_putc(b, ']');
		return;
	case N_SLICE:
		expr_text(b, n->x, 8);
		buf_putc(b, '[');
		if (n->y)
			expr_text(b, n->y, 0);
		buf_putc(b, ':');
		if (n->z)
			expr_text(b, n->z, 0);
		if (n->slice3) {
			buf_putc(b, ':');
			if (n->w)
				expr_text(b, n->w, 0);
		}
		buf_putc(b, ']');
		return;
	case N_TYPEASSERT:
		expr_text(b, n->x, 8);
		buf_printf(b, ".(%s)", ir_type_string(n->type));
		return;
	case N_CALL:
		call_text(b, n);
		return;
	case N_INLCALL:
		/* gc's OINLCALL prints as its result variable */
		if (n->list.n == 1) {
			/* no precedence of its own: parenthesized as an operand */
			if (prec > 0)
				buf_putc(b, '(');
			expr_text(b, n->list.v[0], 0);
			if (prec > 0)
				buf_putc(b, ')');
			return;
		}
		buf_puts(b, "(.[");
		for (int i = 0; i < n->list.n; i++)
			buf_printf(b, "%s%s", i ? " " : "", n->list.v[i]->name);
		buf_puts(b, "])");
		return;
	case N_CONV: {
		if (is_const_runes(n)) {
			Node *x = skip_parens(n->x);
			int64_t len = 0;
			const_string_val(x->cval, &len);
			buf_printf(b, "%s{%s}", ir_type_string(n->type), len ? "..." : "");
			return;
		}
		Type *t = n->type;
		bool named = t->kind == TY_NAMED || is_basic(t) || t->kind == TY_UNSAFEPTR || t == type_any;
		if (named)
			buf_printf(b, "%s(", ir_type_string(t));
		else
			buf_printf(b, "(%s)(", ir_type_string(t));
		expr_text(b, n->x, 0);
		buf_putc(b, ')');
		return;
	}
	case N_KEYVALUE:
		expr_text(b, n->x, 0);
		buf_putc(b, ':');
		expr_text(b, n->y, 0);
		return;
	default:
		buf_puts(b, node_string(n));
		return;
	}
}

/* ---- statements (gc's stmtFmt, in its short form) ---- */

static void stmt_text(Buf *b, Node *n);

static void stmts_text(Buf *b, Nodes *l) {
	bool first = true;
	for (int i = 0; i < l->n; i++) {
		Node *s = l->v[i];
		if (!s || s->kind == N_EMPTY)
			continue;
		if (!first)
			buf_puts(b, "; ");
		first = false;
		stmt_text(b, s);
	}
}

/* var x T / var x = v: gc's "x = <nil>" / "x := v" */
static void value_spec_text(Buf *b, Node *spec) {
	if (!spec->list2.n) {
		for (int i = 0; i < spec->list.n; i++) {
			if (i)
				buf_puts(b, "; ");
			buf_printf(b, "%s = <nil>", spec->list.v[i]->name);
		}
		return;
	}
	list_text(b, &spec->list);
	buf_puts(b, " := ");
	list_text(b, &spec->list2);
}

static const char *assign_op_text(int op) {
	switch (op) {
	case TK_ADD_ASSIGN: return "+";
	case TK_SUB_ASSIGN: return "-";
	case TK_MUL_ASSIGN: return "*";
	case TK_QUO_ASSIGN: return "/";
	case TK_REM_ASSIGN: return "%";
	case TK_AND_ASSIGN: return "&";
	case TK_OR_ASSIGN: return "|";
	case TK_XOR_ASSIGN: return "^";
	case TK_SHL_ASSIGN: return "<<";
	case TK_SHR_ASSIGN: return ">>";
	case TK_ANDNOT_ASSIGN: return "&^";
	default: return "?";
	}
}

static void stmt_text(Buf *b, Node *n) {
	switch (n->kind) {
	case N_ASSIGN:
		list_text(b, &n->list);
		if (n->op == TK_DEFINE)
			buf_puts(b, " := ");
		else if (n->op == TK_ASSIGN)
			buf_puts(b, " = ");
		else
			buf_printf(b, " %s= ", assign_op_text(n->op));
		list_text(b, &n->list2);
		return;
	case N_VALUESPEC:
		value_spec_text(b, n);
		return;
	case N_DECLSTMT: {
		bool first = true;
		for (int i = 0; n->x && n->x->op == TK_VAR && i < n->x->list.n; i++) {
			if (!first)
				buf_puts(b, "; ");
			first = false;
			value_spec_text(b, n->x->list.v[i]);
		}
		return;
	}
	case N_INCDEC:
		expr_text(b, n->x, 0);
		buf_puts(b, n->op == TK_INC ? "++" : "--");
		return;
	case N_RETURN:
		buf_puts(b, "return ");
		list_text(b, &n->list);
		return;
	case N_EXPRSTMT:
		expr_text(b, n->x, 0);
		return;
	case N_SEND:
		expr_text(b, n->x, 3);
		buf_puts(b, " <- ");
		expr_text(b, n->y, 4);
		return;
	case N_FOR: case N_RANGE:
		buf_puts(b, "for loop");
		return;
	case N_SWITCH: case N_TYPESWITCH:
		buf_puts(b, "switch statement");
		return;
	case N_SELECT:
		buf_puts(b, "select statement");
		return;
	case N_BLOCK:
		stmts_text(b, &n->list);
		return;
	case N_IF:
		buf_puts(b, "if ");
		/* gc prints the init statement only when it has no init of its
		 * own: not "x := v" (declarations) nor "a, b = f()" (temporaries) */
		if (n->init && !(n->init->kind == N_ASSIGN && (n->init->op == TK_DEFINE ||
		                                               (n->init->list.n > 1 && n->init->list2.n == 1)))) {
			stmt_text(b, n->init);
			buf_puts(b, "; ");
		}
		expr_text(b, n->cond, 0);
		buf_puts(b, " { ");
		stmts_text(b, &n->body->list);
		buf_puts(b, " }");
		if (n->els) {
			buf_puts(b, " else { ");
			stmt_text(b, n->els);
			buf_puts(b, " }");
		}
		return;
	case N_LABELED:
		buf_printf(b, "%s: ", n->name);
		if (n->x && n->x->kind != N_EMPTY) {
			buf_puts(b, "; ");
			stmt_text(b, n->x);
		}
		return;
	case N_BRANCH:
		buf_puts(b, tok_name(n->op));
		if (n->name)
			buf_printf(b, " %s", n->name);
		return;
	case N_GO: case N_DEFER:
		buf_puts(b, n->kind == N_GO ? "go " : "defer ");
		expr_text(b, n->x, 0);
		return;
	case N_CASE:
		if (n->list.n) {
			buf_puts(b, "case ");
			list_text(b, &n->list);
		} else {
			buf_puts(b, "default");
		}
		buf_puts(b, ": ");
		stmts_text(b, &n->list2);
		return;
	case N_EMPTY:
		return;
	default:
		expr_text(b, n, 0);
		return;
	}
}

char *ir_string(Node *n) {
	Buf b = {0};
	switch (n->kind) {
	case N_ASSIGN: case N_VALUESPEC: case N_DECLSTMT: case N_INCDEC: case N_RETURN: case N_EXPRSTMT: case N_SEND:
	case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT: case N_BLOCK: case N_IF:
	case N_LABELED: case N_BRANCH: case N_GO: case N_DEFER: case N_CASE: case N_EMPTY:
		stmt_text(&b, n);
		break;
	default:
		expr_text(&b, n, 0);
	}
	return buf_cstr(&b);
}
