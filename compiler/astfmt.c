/*
 * astfmt.c — printing the AST.
 *
 * node_string prints an expression the way gc's type checker quotes source
 * expressions in its error messages (syntax.String in short form: composite
 * literal elements and function bodies become "…").  dump_ast prints a tree
 * for debugging (tgo build -gcflags=-d=dump=parse).
 */
#include "tgo.h"

static void print_node(Buf *b, Node *n);

static void print_list(Buf *b, Nodes *l, const char *sep) {
	for (int i = 0; i < l->n; i++) {
		if (i)
			buf_puts(b, sep);
		print_node(b, l->v[i]);
	}
}

static void print_fields(Buf *b, Nodes *l, const char *sep) {
	for (int i = 0; i < l->n; i++) {
		Node *f = l->v[i];
		if (i)
			buf_puts(b, sep);
		print_list(b, &f->list, ", ");
		if (f->list.n)
			buf_putc(b, ' ');
		print_node(b, f->x);
	}
}

static void print_signature(Buf *b, Node *ft) {
	buf_putc(b, '(');
	print_fields(b, &ft->list, ", ");
	buf_putc(b, ')');
	if (ft->list2.n) {
		buf_putc(b, ' ');
		Node *first = ft->list2.v[0];
		if (ft->list2.n == 1 && first->list.n == 0) {
			print_node(b, first->x);
		} else {
			buf_putc(b, '(');
			print_fields(b, &ft->list2, ", ");
			buf_putc(b, ')');
		}
	}
}

static void print_node(Buf *b, Node *n) {
	if (!n)
		return;
	if (n->text && n->kind != N_BASICLIT) {
		/* an expression the checker rewrote prints as written: new(x) */
		buf_write(b, n->text, n->textlen);
		return;
	}
	switch (n->kind) {
	case N_IDENT:
		buf_puts(b, n->name);
		break;
	case N_BASICLIT:
		buf_write(b, n->text, n->textlen);
		break;
	case N_FUNCLIT:
		print_node(b, n->x);
		buf_puts(b, n->body && n->body->list.n ? " {…}" : " {}");
		break;
	case N_COMPOSITE:
		print_node(b, n->x);
		buf_puts(b, n->list.n ? "{…}" : "{}");
		break;
	case N_PAREN:
		buf_putc(b, '(');
		print_node(b, n->x);
		buf_putc(b, ')');
		break;
	case N_SELECTOR:
		print_node(b, n->x);
		buf_putc(b, '.');
		buf_puts(b, n->name);
		break;
	case N_INDEX:
		print_node(b, n->x);
		buf_putc(b, '[');
		print_node(b, n->y);
		buf_putc(b, ']');
		break;
	case N_SLICE:
		print_node(b, n->x);
		buf_putc(b, '[');
		print_node(b, n->y);
		buf_putc(b, ':');
		print_node(b, n->z);
		if (n->slice3) {
			buf_putc(b, ':');
			print_node(b, n->w);
		}
		buf_putc(b, ']');
		break;
	case N_TYPEASSERT:
		print_node(b, n->x);
		buf_puts(b, ".(");
		if (n->y)
			print_node(b, n->y);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case N_CALL:
		print_node(b, n->x);
		buf_putc(b, '(');
		print_list(b, &n->list, ", ");
		if (n->ellipsis)
			buf_puts(b, "...");
		buf_putc(b, ')');
		break;
	case N_STAR:
	case N_DEREF:
		buf_putc(b, '*');
		print_node(b, n->x);
		break;
	case N_ADDR:
		buf_putc(b, '&');
		print_node(b, n->x);
		break;
	case N_UNARY:
		buf_puts(b, tok_name(n->op));
		print_node(b, n->x);
		break;
	case N_BINARY:
		print_node(b, n->x);
		buf_printf(b, " %s ", tok_name(n->op));
		print_node(b, n->y);
		break;
	case N_KEYVALUE:
		print_node(b, n->x);
		buf_puts(b, ": ");
		print_node(b, n->y);
		break;
	case N_ARRAYTYPE:
		buf_putc(b, '[');
		if (n->x && n->x->kind == N_ELLIPSIS)
			buf_puts(b, "...");
		else
			print_node(b, n->x);
		buf_putc(b, ']');
		print_node(b, n->y);
		break;
	case N_ELLIPSIS:
		buf_puts(b, "...");
		print_node(b, n->x);
		break;
	case N_STRUCTTYPE:
		buf_puts(b, "struct{");
		for (int i = 0; i < n->list.n; i++) {
			Node *f = n->list.v[i];
			if (i)
				buf_puts(b, "; ");
			print_list(b, &f->list, ", ");
			if (f->list.n)
				buf_putc(b, ' ');
			print_node(b, f->x);
		}
		buf_putc(b, '}');
		break;
	case N_FUNCTYPE:
		buf_puts(b, "func");
		print_signature(b, n);
		break;
	case N_INTERFACETYPE:
		buf_puts(b, "interface{");
		for (int i = 0; i < n->list.n; i++) {
			Node *f = n->list.v[i];
			if (i)
				buf_puts(b, "; ");
			if (f->list.n) {
				print_node(b, f->list.v[0]);
				print_signature(b, f->x);
			} else {
				print_node(b, f->x);
			}
		}
		buf_putc(b, '}');
		break;
	case N_MAPTYPE:
		buf_puts(b, "map[");
		print_node(b, n->x);
		buf_putc(b, ']');
		print_node(b, n->y);
		break;
	case N_CHANTYPE:
		if (n->op == CHAN_RECV)
			buf_puts(b, "<-");
		buf_puts(b, "chan");
		if (n->op == CHAN_SEND)
			buf_puts(b, "<-");
		buf_putc(b, ' ');
		print_node(b, n->x);
		break;
	case N_CONV:
		if (n->implicit) {
			print_node(b, n->x);
		} else {
			if (n->y) /* the type as written: (*int)(nil) */
				print_node(b, n->y);
			else
				buf_puts(b, typestr(n->type));
			buf_putc(b, '(');
			print_node(b, n->x);
			buf_putc(b, ')');
		}
		break;
	case N_ASSIGN:
		print_list(b, &n->list, ", ");
		buf_printf(b, " %s ", tok_name(n->op));
		print_list(b, &n->list2, ", ");
		break;
	default:
		buf_printf(b, "<node %d>", n->kind);
		break;
	}
}

char *node_string(Node *n) {
	Buf b = {0};
	print_node(&b, n);
	return buf_cstr(&b);
}

static const char *kind_names[N_NODE_COUNT] = {
	[N_BAD] = "Bad", [N_IDENT] = "Ident", [N_BASICLIT] = "BasicLit",
	[N_COMPOSITE] = "CompositeLit", [N_KEYVALUE] = "KeyValue", [N_FUNCLIT] = "FuncLit",
	[N_PAREN] = "Paren", [N_SELECTOR] = "Selector", [N_INDEX] = "Index",
	[N_SLICE] = "Slice", [N_TYPEASSERT] = "TypeAssert", [N_CALL] = "Call",
	[N_STAR] = "Star", [N_UNARY] = "Unary", [N_BINARY] = "Binary",
	[N_ARRAYTYPE] = "ArrayType", [N_STRUCTTYPE] = "StructType", [N_FUNCTYPE] = "FuncType",
	[N_INTERFACETYPE] = "InterfaceType", [N_MAPTYPE] = "MapType", [N_CHANTYPE] = "ChanType",
	[N_ELLIPSIS] = "Ellipsis", [N_FIELD] = "Field", [N_BLOCK] = "Block",
	[N_DECLSTMT] = "DeclStmt", [N_EMPTY] = "Empty", [N_LABELED] = "Labeled",
	[N_EXPRSTMT] = "ExprStmt", [N_SEND] = "Send", [N_INCDEC] = "IncDec",
	[N_ASSIGN] = "Assign", [N_GO] = "Go", [N_DEFER] = "Defer", [N_RETURN] = "Return",
	[N_BRANCH] = "Branch", [N_IF] = "If", [N_SWITCH] = "Switch",
	[N_TYPESWITCH] = "TypeSwitch", [N_CASE] = "Case", [N_SELECT] = "Select",
	[N_COMMCLAUSE] = "CommClause", [N_FOR] = "For", [N_RANGE] = "Range",
	[N_GENDECL] = "GenDecl", [N_IMPORTSPEC] = "ImportSpec", [N_VALUESPEC] = "ValueSpec",
	[N_TYPESPEC] = "TypeSpec", [N_FUNCDECL] = "FuncDecl", [N_FILE] = "File",
	[N_CONV] = "Conv", [N_ADDR] = "Addr", [N_DEREF] = "Deref", [N_INLCALL] = "InlCall",
};

static void dump_list(FILE *out, const char *label, Nodes *l, int indent) {
	if (!l->n)
		return;
	fprintf(out, "%*s%s:\n", indent, "", label);
	for (int i = 0; i < l->n; i++)
		dump_ast(out, l->v[i], indent + 2);
}

static void dump_child(FILE *out, const char *label, Node *n, int indent) {
	if (!n)
		return;
	fprintf(out, "%*s%s:\n", indent, "", label);
	dump_ast(out, n, indent + 2);
}

void dump_ast(FILE *out, Node *n, int indent) {
	if (!n)
		return;
	fprintf(out, "%*s%s", indent, "", kind_names[n->kind] ? kind_names[n->kind] : "?");
	if (n->name)
		fprintf(out, " %s", n->name);
	if (n->kind == N_BASICLIT)
		fprintf(out, " %.*s", n->textlen, n->text);
	if (n->op && n->kind != N_BASICLIT)
		fprintf(out, " op=%s", n->op < TK_COUNT ? tok_name(n->op) : "?");
	if (n->type)
		fprintf(out, " : %s", typestr(n->type));
	fprintf(out, "  @%d:%d\n", n->pos.line, n->pos.col);
	dump_child(out, "x", n->x, indent + 2);
	dump_child(out, "y", n->y, indent + 2);
	dump_child(out, "z", n->z, indent + 2);
	dump_child(out, "w", n->w, indent + 2);
	dump_child(out, "init", n->init, indent + 2);
	dump_child(out, "cond", n->cond, indent + 2);
	dump_child(out, "post", n->post, indent + 2);
	dump_list(out, "list", &n->list, indent + 2);
	dump_list(out, "list2", &n->list2, indent + 2);
	dump_child(out, "body", n->body, indent + 2);
	dump_child(out, "else", n->els, indent + 2);
}
