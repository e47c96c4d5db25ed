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

/* precedence of gc's operators (ir.OpPrec, simplified) */
static int prec_of(Node *n) {
	switch (n->kind) {
	case N_BINARY:
		switch (n->op) {
		case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_ANDNOT: return 6;
		case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 5;
		case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return 4;
		case TK_LAND: return 3;
		case TK_LOR: return 2;
		default: return 5;
		}
	case N_UNARY: case N_STAR: return 7;
	default: return 8;
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
	default: return "?";
	}
}

static void call_text(Buf *b, Node *n) {
	Node *f = n->x;
	while (f->kind == N_PAREN)
		f = f->x;
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN) {
		int bi = f->obj->builtin;
		if (bi == BI_MAKE) {
			buf_printf(b, "make(%s", ir_type_string(n->type));
			for (int i = 1; i < n->list.n; i++) {
				buf_puts(b, ", ");
				expr_text(b, n->list.v[i], 0);
			}
			buf_putc(b, ')');
			return;
		}
		if (bi == BI_NEW) {
			buf_printf(b, "new(%s)", ir_type_string(under(n->type)->elem));
			return;
		}
		buf_printf(b, "%s(", builtin_text(bi));
		list_text(b, &n->list);
		buf_puts(b, n->ellipsis ? "...)" : ")");
		return;
	}
	expr_text(b, n->x, 8);
	buf_putc(b, '(');
	list_text(b, &n->list);
	buf_puts(b, n->ellipsis ? "...)" : ")");
}

static void concat_operands(Node *n, Vec *out) {
	if (n->kind == N_BINARY && n->op == TK_ADD && is_string(n->type) && n->mode != MODE_CONST) {
		concat_operands(n->x, out);
		concat_operands(n->y, out);
		return;
	}
	vec_push(out, n);
}

static void expr_text(Buf *b, Node *n, int prec) {
	if (n->kind == N_CONV && n->implicit && n->comma_ok) {
		buf_puts(b, ".autotmp_0"); /* gc converts through a temporary */
		return;
	}
	/* implicit operations are not printed */
	while ((n->kind == N_CONV || n->kind == N_ADDR || n->kind == N_DEREF) && n->implicit)
		n = n->x;
	if (n->kind == N_SELECTOR && n->implicit && n->sel_kind == SEL_FIELD) {
		/* a promoted field reached through embedded fields: gc prints the path */
	}
	if (n->mode == MODE_CONST && n->cval && n->kind != N_PAREN) {
		const_text(b, n);
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
	case N_IDENT:
		buf_puts(b, n->obj ? n->obj->name : n->name);
		return;
	case N_PAREN:
		buf_putc(b, '(');
		expr_text(b, n->x, 0);
		buf_putc(b, ')');
		return;
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
	case N_UNARY:
		if (n->op == TK_AND) {
			buf_putc(b, '&');
			expr_text(b, n->x, 8);
			return;
		}
		buf_puts(b, tok_name(n->op));
		expr_text(b, n->x, 8);
		return;
	case N_STAR: case N_DEREF:
		buf_putc(b, '*');
		expr_text(b, n->x, 8);
		return;
	case N_ADDR:
		buf_putc(b, '&');
		expr_text(b, n->x, 8);
		return;
	case N_BINARY:
		if (n->op == TK_ADD && is_string(n->type)) {
			Vec ops = {0};
			concat_operands(n, &ops);
			for (int i = 0; i < ops.len; i++) {
				if (i)
					buf_puts(b, " + ");
				expr_text(b, ops.data[i], 6);
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
	case N_CONV: {
		Type *t = n->type;
		bool named = t->kind == TY_NAMED || (is_basic(t) && t->kind != TY_UNSAFEPTR) || t->kind == TY_UNSAFEPTR;
		if (t == type_any)
			named = true;
		if (named)
			buf_printf(b, "%s(", ir_type_string(t));
		else
			buf_printf(b, "(%s)(", ir_type_string(t));
		expr_text(b, n->x, 0);
		buf_putc(b, ')');
		return;
	}
	case N_ASSIGN:
		list_text(b, &n->list);
		buf_printf(b, " %s ", n->op == TK_DEFINE ? ":=" : tok_name(n->op));
		list_text(b, &n->list2);
		return;
	default:
		buf_puts(b, node_string(n));
		return;
	}
}

char *ir_string(Node *n) {
	Buf b = {0};
	expr_text(&b, n, 0);
	return buf_cstr(&b);
}
