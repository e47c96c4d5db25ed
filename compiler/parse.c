/*
 * parse.c — the parser: tokens to an abstract syntax tree.
 *
 * A recursive-descent parser over Go's full grammar except type parameters.
 * Each parse function carries the grammar rule it implements.  Positions
 * follow gc's syntax package, because -m diagnostics and errors are printed
 * at them: a call is at its '(', a composite literal at its '{', a selector
 * at its '.', an index at its '[', a unary or binary operation at its
 * operator, an assignment at its operator, a func literal at "func".
 *
 * Syntax errors are worded as gc words them ("syntax error: unexpected
 * newline, expected comma or )").  After the first syntax error in a file the
 * rest of the file is skipped (gc recovers and may report a few more).
 *
 * The one real ambiguity of Go's grammar — a composite literal T{...} in the
 * header of an if/for/switch — is resolved as gc does: while parsing such a
 * header (expr_lev < 0) a '{' after a type name ends the expression, unless
 * the expression is inside parentheses or brackets.
 */
#include "tgo.h"
#include <setjmp.h>

typedef struct Parser {
	SourceFile *f;
	Token *toks;
	int ntoks;
	int i;          /* current token */
	Token *tok;
	int expr_lev;   /* < 0: in a control clause header; >= 0: inside ( ) or [ ] */
	jmp_buf bail;   /* taken after the first syntax error */
} Parser;

static Node *expr(Parser *p);
static Node *type_or_null(Parser *p);
static Node *parse_type(Parser *p);
static Node *block(Parser *p);
static Node *stmt_or_null(Parser *p);
static Nodes stmt_list(Parser *p);
static Node *simple_stmt(Parser *p, Node *lhs, int keyword);
static Node *func_type(Parser *p, Pos pos);
static Node *unary_expr(Parser *p);
static Node *primary_expr(Parser *p, Node *x, bool keep_parens);

Node *new_node(NodeKind kind, Pos pos) {
	Node *n = xalloc(sizeof *n);
	n->kind = kind;
	n->pos = pos;
	return n;
}

/* A reference to variable (or other object) o at pos, as the checker
 * would have typed it: for the nodes later stages synthesize. */
Node *new_ident_node(Obj *o, Pos pos) {
	Node *n = new_node(N_IDENT, pos);
	n->name = o->name;
	n->obj = o;
	n->type = o->type;
	n->mode = MODE_VAR;
	return n;
}

/* The blank identifier "_" as an assignment's destination of type t. */
Node *new_blank_node(Type *t, Pos pos) {
	Node *n = new_node(N_IDENT, pos);
	n->name = "_";
	n->type = t;
	n->mode = MODE_VAR;
	return n;
}

/* The constant 0 of type int, as if written "0" at pos. */
Node *new_zero_node(Pos pos) {
	Node *z = new_node(N_BASICLIT, pos);
	z->op = TK_INT;
	z->text = "0";
	z->textlen = 1;
	z->mode = MODE_CONST;
	z->type = type_int;
	z->cval = const_int64(0);
	return z;
}

/* Call f on each child of n that is an expression or a statement, in
 * source order (a for loop's post statement after its body, as it runs).
 * Type expressions and the bodies of func literals are not visited. */
/* The expression inside any parentheses: (((x))) -> x. */
Node *skip_parens(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

void visit_children(Node *n, void (*f)(Node *child, void *arg), void *arg) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_GENDECL && n->op != TK_VAR)
		return;
	Node *one[] = {n->init, n->x, n->y, n->z, n->w, n->cond};
	for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
		if (one[i] && one[i]->mode != MODE_TYPE && !(one[i]->kind >= N_ARRAYTYPE && one[i]->kind <= N_FIELD))
			f(one[i], arg);
	for (int i = 0; i < n->list.n; i++)
		f(n->list.v[i], arg);
	for (int i = 0; i < n->list2.n; i++)
		f(n->list2.v[i], arg);
	if (n->body)
		f(n->body, arg);
	if (n->post)
		f(n->post, arg);
	if (n->els)
		f(n->els, arg);
}

/* ---- token helpers ---- */

static void next(Parser *p) {
	if (p->i < p->ntoks - 1)
		p->i++;
	p->tok = &p->toks[p->i];
}

static bool at(Parser *p, TokKind k) { return p->tok->kind == k; }

static bool got(Parser *p, TokKind k) {
	if (at(p, k)) {
		next(p);
		return true;
	}
	return false;
}

static TokKind peek_kind(Parser *p, int ahead) {
	int j = p->i + ahead;
	return j < p->ntoks ? p->toks[j].kind : TK_EOF;
}

/* The current token as gc's syntax errors describe it. */
static char *tok_desc(Parser *p) {
	Token *t = p->tok;
	switch (t->kind) {
	case TK_IDENT:
		return fmt("name %.*s", t->len, t->text);
	case TK_SEMICOLON:
		return t->implicit ? xstrndup(t->text, t->len) : xstrdup("semicolon");
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_RUNE: case TK_STRING:
		return fmt("literal %.*s", t->len, t->text);
	case TK_EOF:
		return xstrdup("EOF");
	default:
		if (t->kind >= TK_BREAK && t->kind <= TK_VAR)
			return fmt("keyword %s", tok_name(t->kind));
		return xstrdup(tok_name(t->kind));
	}
}

static const char *tokstring(TokKind k) {
	if (k == TK_COMMA)
		return "comma";
	if (k == TK_SEMICOLON)
		return "semicolon or newline";
	if (k >= TK_BREAK && k <= TK_VAR)
		return fmt("keyword %s", tok_name(k));
	return tok_name(k);
}

/* Report a syntax error the way gc's parser does and abandon the file. */
static _Noreturn void syntax_error(Parser *p, Pos pos, const char *msg) {
	if (at(p, TK_EOF) && error_count() > 0)
		longjmp(p->bail, 1);
	if (has_prefix(msg, "in ") || has_prefix(msg, "at ") || has_prefix(msg, "after "))
		syntax_error_at(pos, "unexpected %s %s", tok_desc(p), msg);
	else if (has_prefix(msg, "expected "))
		syntax_error_at(pos, "unexpected %s, %s", tok_desc(p), msg);
	else
		syntax_error_at(pos, "%s", msg);
	longjmp(p->bail, 1);
}

static _Noreturn void error_here(Parser *p, const char *msg) { syntax_error(p, p->tok->pos, msg); }

static Pos want(Parser *p, TokKind k) {
	Pos pos = p->tok->pos;
	if (!got(p, k))
		error_here(p, fmt("expected %s", tokstring(k)));
	return pos;
}

/* ---- names and lists ---- */

static Node *name(Parser *p) {
	if (!at(p, TK_IDENT))
		error_here(p, "expected name");
	Node *n = new_node(N_IDENT, p->tok->pos);
	n->name = xstrndup(p->tok->text, p->tok->len);
	next(p);
	return n;
}

/* NameList = identifier { "," identifier } . */
static Nodes name_list(Parser *p) {
	Nodes l = {0};
	nodes_push(&l, name(p));
	while (got(p, TK_COMMA))
		nodes_push(&l, name(p));
	return l;
}

/* ExpressionList = Expression { "," Expression } . */
static Nodes expr_list(Parser *p) {
	Nodes l = {0};
	nodes_push(&l, expr(p));
	while (got(p, TK_COMMA))
		nodes_push(&l, expr(p));
	return l;
}

/* list = [ f { sep f } [sep] ] close .   Calls f for each element. */
typedef void (*ElemFn)(Parser *p, void *ctx);
static Pos list(Parser *p, const char *context, TokKind sep, TokKind close, ElemFn f, void *ctx) {
	while (!at(p, TK_EOF) && !at(p, close)) {
		f(p, ctx);
		if (!got(p, sep) && !at(p, close))
			error_here(p, fmt("in %s; possibly missing %s or %s", context, tokstring(sep), tokstring(close)));
	}
	Pos pos = p->tok->pos;
	want(p, close);
	return pos;
}

/* ---- expressions ---- */

static int precedence(TokKind k) {
	switch (k) {
	case TK_LOR: return 1;
	case TK_LAND: return 2;
	case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return 3;
	case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 4;
	case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_ANDNOT: return 5;
	default: return 0;
	}
}

/* Expression = UnaryExpr | Expression binary_op Expression . */
static Node *binary_expr(Parser *p, Node *x, int prec) {
	if (!x)
		x = unary_expr(p);
	for (;;) {
		int tprec = precedence(p->tok->kind);
		if (tprec <= prec)
			return x;
		Node *b = new_node(N_BINARY, p->tok->pos);
		b->op = p->tok->kind;
		next(p);
		b->x = x;
		b->y = binary_expr(p, NULL, tprec);
		x = b;
	}
}

static Node *expr(Parser *p) { return binary_expr(p, NULL, 0); }

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
static Node *unary_expr(Parser *p) {
	Pos pos = p->tok->pos;
	switch (p->tok->kind) {
	case TK_MUL: {
		next(p);
		Node *n = new_node(N_STAR, pos);
		n->x = unary_expr(p);
		return n;
	}
	case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_AND: case TK_TILDE: {
		Node *n = new_node(N_UNARY, pos);
		n->op = p->tok->kind;
		next(p);
		n->x = unary_expr(p);
		return n;
	}
	case TK_ARROW: {
		next(p);
		/* <-x is a receive, unless x turns out to be a channel type:
		 * <-chan T is a receive-only channel type. */
		Node *x = unary_expr(p);
		if (x->kind == N_CHANTYPE) {
			/* <-chan T: the parsed "chan T" becomes "<-chan T"; a
			 * "chan<- T" inside becomes "<-chan (<-chan T)" etc. */
			Node *t = x;
			int dir = CHAN_RECV;
			while (t->kind == N_CHANTYPE && dir == CHAN_RECV) {
				if (t->op == CHAN_SEND)
					syntax_error(p, t->pos, "unexpected <-, expected chan");
				int old = t->op;
				t->op = CHAN_RECV;
				if (old == CHAN_RECV)
					syntax_error(p, t->pos, "unexpected <-, expected chan");
				if (old == CHAN_BOTH)
					break;
				t = t->x;
			}
			x->pos = pos;
			return x;
		}
		Node *n = new_node(N_UNARY, pos);
		n->op = TK_ARROW;
		n->x = x;
		return n;
	}
	default:
		return primary_expr(p, NULL, false);
	}
}

static Node *basic_lit(Parser *p) {
	Token *t = p->tok;
	Node *n = new_node(N_BASICLIT, t->pos);
	n->op = t->kind;
	n->text = t->text;
	n->textlen = t->len;
	n->str = t->str;
	n->slen = t->slen;
	n->iota = t->rune; /* rune literal value */
	next(p);
	return n;
}

/* Operand = Literal | OperandName | "(" Expression ")" . */
static Node *operand(Parser *p, bool keep_parens) {
	Pos pos = p->tok->pos;
	switch (p->tok->kind) {
	case TK_IDENT:
		return name(p);
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_RUNE: case TK_STRING:
		return basic_lit(p);
	case TK_LPAREN: {
		next(p);
		p->expr_lev++;
		Node *x = expr(p);
		p->expr_lev--;
		want(p, TK_RPAREN);
		/* Parentheses are kept (gc keeps them too) except around a
		 * plain name in a composite literal type position. */
		(void)keep_parens;
		Node *n = new_node(N_PAREN, pos);
		n->x = x;
		return n;
	}
	case TK_FUNC: {
		next(p);
		Node *ft = func_type(p, pos);
		if (at(p, TK_LBRACE)) {
			p->expr_lev++;
			Node *n = new_node(N_FUNCLIT, pos);
			n->x = ft;
			n->body = block(p);
			p->expr_lev--;
			return n;
		}
		return ft;
	}
	case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT: case TK_INTERFACE:
		return parse_type(p);
	default:
		error_here(p, "expected expression");
	}
}

/* Is x something that can be the type of a composite literal? */
static bool complit_type_ok(Node *x) {
	switch (x->kind) {
	case N_IDENT: case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE:
		return true;
	case N_SELECTOR:
		return x->x->kind == N_IDENT;
	default:
		return false;
	}
}

/* Element = Expression | LiteralValue .  KeyedElement = [ Key ":" ] Element . */
static Node *bare_complit(Parser *p);
static Node *element(Parser *p) {
	if (at(p, TK_LBRACE))
		return bare_complit(p);
	return expr(p);
}

static void keyed_element(Parser *p, void *ctx) {
	Node *lit = ctx;
	Node *x = element(p);
	if (at(p, TK_COLON)) {
		Node *kv = new_node(N_KEYVALUE, p->tok->pos);
		next(p);
		kv->x = x;
		kv->y = element(p);
		x = kv;
	}
	nodes_push(&lit->list, x);
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
static Node *complit_body(Parser *p, Node *type) {
	Node *n = new_node(N_COMPOSITE, p->tok->pos);
	n->x = type;
	p->expr_lev++;
	want(p, TK_LBRACE);
	n->end = list(p, "composite literal", TK_COMMA, TK_RBRACE, keyed_element, n);
	p->expr_lev--;
	return n;
}

static Node *bare_complit(Parser *p) { return complit_body(p, NULL); }

static void arg_elem(Parser *p, void *ctx) {
	Node *call = ctx;
	nodes_push(&call->list, expr(p));
	if (at(p, TK_ELLIPSIS)) {
		call->ellipsis = true;
		next(p);
	}
}

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *               PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
 *               PrimaryExpr Arguments . */
static Node *primary_expr(Parser *p, Node *x, bool keep_parens) {
	if (!x)
		x = operand(p, keep_parens);
	for (;;) {
		Pos pos = p->tok->pos;
		switch (p->tok->kind) {
		case TK_PERIOD: {
			next(p);
			if (at(p, TK_IDENT)) {
				Node *n = new_node(N_SELECTOR, pos);
				n->x = x;
				n->npos = p->tok->pos;
				n->name = xstrndup(p->tok->text, p->tok->len);
				next(p);
				x = n;
			} else if (at(p, TK_LPAREN)) {
				next(p);
				Node *n = new_node(N_TYPEASSERT, pos);
				n->x = x;
				if (got(p, TK_TYPE)) {
					n->y = NULL;
				} else {
					n->y = parse_type(p);
				}
				want(p, TK_RPAREN);
				x = n;
			} else {
				error_here(p, "expected name or (");
			}
			break;
		}
		case TK_LBRACK: {
			next(p);
			p->expr_lev++;
			Node *i = NULL;
			if (!at(p, TK_COLON)) {
				i = expr(p);
				if (got(p, TK_RBRACK)) {
					p->expr_lev--;
					Node *n = new_node(N_INDEX, pos);
					n->x = x;
					n->y = i;
					x = n;
					break;
				}
			}
			/* slice expression */
			Node *n = new_node(N_SLICE, pos);
			n->x = x;
			n->y = i;
			if (!at(p, TK_COLON))
				error_here(p, "expected comma, : or ]");
			next(p);
			if (!at(p, TK_COLON) && !at(p, TK_RBRACK))
				n->z = expr(p);
			if (got(p, TK_COLON)) {
				n->slice3 = true;
				if (!n->z)
					syntax_error(p, p->tok->pos, "middle index required in 3-index slice");
				if (at(p, TK_RBRACK))
					syntax_error(p, p->tok->pos, "final index required in 3-index slice");
				n->w = expr(p);
			}
			p->expr_lev--;
			want(p, TK_RBRACK);
			x = n;
			break;
		}
		case TK_LPAREN: {
			next(p);
			Node *n = new_node(N_CALL, pos);
			n->x = x;
			p->expr_lev++;
			n->end = list(p, "argument list", TK_COMMA, TK_RPAREN, arg_elem, n);
			p->expr_lev--;
			x = n;
			break;
		}
		case TK_LBRACE: {
			/* composite literal: only after something that can be a type,
			 * and (for a plain name) not in a control clause header */
			Node *t = x;
			while (t->kind == N_PAREN)
				t = t->x;
			bool complit_ok = false;
			switch (t->kind) {
			case N_IDENT: case N_SELECTOR:
				complit_ok = p->expr_lev >= 0 && complit_type_ok(t);
				break;
			case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE:
				complit_ok = true;
				break;
			default:
				break;
			}
			if (!complit_ok)
				return x;
			if (t != x)
				syntax_error(p, x->pos, "cannot parenthesize type in composite literal");
			x = complit_body(p, x);
			break;
		}
		default:
			return x;
		}
	}
}

/* ---- types ---- */

static void field_decl(Parser *p, void *ctx);
static void method_or_embed(Parser *p, void *ctx);

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Node *struct_type(Parser *p) {
	Node *n = new_node(N_STRUCTTYPE, p->tok->pos);
	want(p, TK_STRUCT);
	want(p, TK_LBRACE);
	n->end = list(p, "struct type", TK_SEMICOLON, TK_RBRACE, field_decl, n);
	return n;
}

static Node *field_tag(Parser *p, Node *f) {
	if (at(p, TK_STRING)) {
		f->str = p->tok->str;
		f->slen = p->tok->slen;
		next(p);
	}
	return f;
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
static void field_decl(Parser *p, void *ctx) {
	Node *st = ctx;
	Pos pos = p->tok->pos;
	Node *f = new_node(N_FIELD, pos);
	if (at(p, TK_IDENT)) {
		Node *first = name(p);
		if (at(p, TK_PERIOD) || at(p, TK_SEMICOLON) || at(p, TK_RBRACE) || at(p, TK_STRING)) {
			/* embedded type: T or pkg.T */
			Node *t = first;
			if (got(p, TK_PERIOD)) {
				Node *s = new_node(N_SELECTOR, first->pos);
				s->x = first;
				s->npos = p->tok->pos;
				s->name = name(p)->name;
				t = s;
			}
			f->x = t;
			f->embedded = true;
		} else {
			nodes_push(&f->list, first);
			while (got(p, TK_COMMA))
				nodes_push(&f->list, name(p));
			f->x = parse_type(p);
		}
	} else if (at(p, TK_MUL)) {
		Pos sp = p->tok->pos;
		next(p);
		if (at(p, TK_LPAREN))
			syntax_error(p, p->tok->pos, "cannot parenthesize embedded type");
		Node *t = name(p);
		if (got(p, TK_PERIOD)) {
			Node *s = new_node(N_SELECTOR, t->pos);
			s->x = t;
			s->npos = p->tok->pos;
			s->name = name(p)->name;
			t = s;
		}
		Node *star = new_node(N_STAR, sp);
		star->x = t;
		f->x = star;
		f->embedded = true;
	} else if (at(p, TK_LPAREN)) {
		syntax_error(p, p->tok->pos, "cannot parenthesize embedded type");
	} else {
		error_here(p, "expected field name or embedded type");
	}
	field_tag(p, f);
	nodes_push(&st->list, f);
}

/* InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" . */
static Node *interface_type(Parser *p) {
	Node *n = new_node(N_INTERFACETYPE, p->tok->pos);
	want(p, TK_INTERFACE);
	want(p, TK_LBRACE);
	n->end = list(p, "interface type", TK_SEMICOLON, TK_RBRACE, method_or_embed, n);
	return n;
}

/* MethodSpec = MethodName Signature | InterfaceTypeName . */
static void method_or_embed(Parser *p, void *ctx) {
	Node *it = ctx;
	Node *f = new_node(N_FIELD, p->tok->pos);
	if (at(p, TK_IDENT)) {
		Node *nm = name(p);
		if (at(p, TK_LPAREN)) {
			nodes_push(&f->list, nm);
			f->x = func_type(p, nm->pos);
		} else {
			Node *t = nm;
			if (got(p, TK_PERIOD)) {
				Node *s = new_node(N_SELECTOR, nm->pos);
				s->x = nm;
				s->npos = p->tok->pos;
				s->name = name(p)->name;
				t = s;
			}
			if (at(p, TK_OR) || at(p, TK_TILDE))
				unsupported_at(p->tok->pos, "type constraint union");
			f->x = t;
			f->embedded = true;
		}
	} else if (at(p, TK_TILDE) || at(p, TK_LPAREN) || at(p, TK_MUL) || at(p, TK_LBRACK)) {
		unsupported_at(p->tok->pos, "type constraint");
		longjmp(p->bail, 1);
	} else {
		error_here(p, "expected }");
	}
	nodes_push(&it->list, f);
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  Parsed as a list of
 * (name?, type?) entries which are then grouped as gc does: if any entry
 * has both a name and a type, all entries are named and an entry holding a
 * lone name takes the type of the next named entry. */
typedef struct ParamEntry {
	Node *name;
	Node *type;
	Pos pos;
} ParamEntry;

typedef struct ParamList {
	ParamEntry *v;
	int n, cap;
	bool variadic_seen;
} ParamList;

static Node *dots_type(Parser *p) {
	Node *e = new_node(N_ELLIPSIS, p->tok->pos);
	next(p);
	if (at(p, TK_RPAREN) || at(p, TK_COMMA))
		error_here(p, "... is missing type");
	e->x = parse_type(p);
	return e;
}

static void param_entry(Parser *p, void *ctx) {
	ParamList *pl = ctx;
	ParamEntry e = {0};
	e.pos = p->tok->pos;
	if (at(p, TK_IDENT)) {
		Node *nm = name(p);
		if (at(p, TK_PERIOD)) {
			/* qualified type name pkg.T */
			Node *s = new_node(N_SELECTOR, p->tok->pos);
			next(p);
			s->x = nm;
			s->npos = p->tok->pos;
			s->name = name(p)->name;
			e.type = primary_expr(p, s, false);
		} else if (at(p, TK_ELLIPSIS)) {
			e.name = nm;
			e.type = dots_type(p);
		} else if (at(p, TK_COMMA) || at(p, TK_RPAREN)) {
			e.name = nm; /* a name or a type: decided later */
		} else if (at(p, TK_LBRACK) && peek_kind(p, 1) != TK_RBRACK && peek_kind(p, 1) != TK_ELLIPSIS &&
		           peek_kind(p, 1) != TK_INT && peek_kind(p, 1) != TK_IDENT) {
			e.name = nm;
			e.type = parse_type(p);
		} else {
			e.name = nm;
			e.type = parse_type(p);
		}
	} else if (at(p, TK_ELLIPSIS)) {
		e.type = dots_type(p);
	} else {
		Node *t = type_or_null(p);
		if (!t)
			error_here(p, "expected )");
		e.type = t;
	}
	if (pl->n == pl->cap) {
		pl->cap = pl->cap ? 2 * pl->cap : 4;
		pl->v = xrealloc(pl->v, pl->cap * sizeof(ParamEntry));
	}
	pl->v[pl->n++] = e;
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" . */
static Nodes param_list(Parser *p) {
	want(p, TK_LPAREN);
	ParamList pl = {0};
	p->expr_lev++;
	list(p, "parameter list", TK_COMMA, TK_RPAREN, param_entry, &pl);
	p->expr_lev--;
	Nodes out = {0};
	bool named = false;
	for (int k = 0; k < pl.n; k++)
		if (pl.v[k].name && pl.v[k].type)
			named = true;
	if (!named) {
		/* every entry is a type */
		for (int k = 0; k < pl.n; k++) {
			Node *f = new_node(N_FIELD, pl.v[k].pos);
			f->x = pl.v[k].type ? pl.v[k].type : pl.v[k].name;
			nodes_push(&out, f);
		}
		return out;
	}
	/* every entry is named; group consecutive lone names with the next type */
	Node *f = NULL;
	for (int k = 0; k < pl.n; k++) {
		ParamEntry *e = &pl.v[k];
		if (!e->name) {
			syntax_error_at(e->pos, "mixed named and unnamed parameters");
			longjmp(p->bail, 1);
		}
		if (!f)
			f = new_node(N_FIELD, e->pos);
		nodes_push(&f->list, e->name);
		if (e->type) {
			f->x = e->type;
			nodes_push(&out, f);
			f = NULL;
		}
	}
	if (f) {
		syntax_error_at(pl.v[pl.n - 1].pos, "mixed named and unnamed parameters");
		longjmp(p->bail, 1);
	}
	return out;
}

/* Signature = Parameters [ Result ] .  Result = Parameters | Type . */
static Node *func_type(Parser *p, Pos pos) {
	Node *n = new_node(N_FUNCTYPE, pos);
	if (at(p, TK_LBRACK))
		unsupported_at(p->tok->pos, "generic function");
	n->list = param_list(p);
	if (at(p, TK_LPAREN)) {
		n->list2 = param_list(p);
	} else {
		Node *t = type_or_null(p);
		if (t) {
			Node *f = new_node(N_FIELD, t->pos);
			f->x = t;
			nodes_push(&n->list2, f);
		}
	}
	return n;
}

/* Type = TypeName | TypeLit | "(" Type ")" . */
static Node *type_or_null(Parser *p) {
	Pos pos = p->tok->pos;
	switch (p->tok->kind) {
	case TK_MUL: {
		next(p);
		Node *n = new_node(N_STAR, pos);
		n->x = parse_type(p);
		return n;
	}
	case TK_ARROW: {
		/* <-chan T */
		next(p);
		Node *n = new_node(N_CHANTYPE, pos);
		if (!at(p, TK_CHAN))
			error_here(p, "expected chan");
		next(p);
		n->op = CHAN_RECV;
		n->x = parse_type(p);
		return n;
	}
	case TK_FUNC:
		next(p);
		return func_type(p, pos);
	case TK_LBRACK: {
		/* [N]T, [...]T, []T */
		next(p);
		Node *n = new_node(N_ARRAYTYPE, pos);
		if (got(p, TK_RBRACK)) {
			n->y = parse_type(p);
			return n;
		}
		p->expr_lev++;
		if (at(p, TK_ELLIPSIS)) {
			n->x = new_node(N_ELLIPSIS, p->tok->pos);
			next(p);
		} else {
			n->x = expr(p);
		}
		p->expr_lev--;
		if (at(p, TK_COMMA))
			unsupported_at(p->tok->pos, "generic type");
		want(p, TK_RBRACK);
		n->y = parse_type(p);
		return n;
	}
	case TK_CHAN: {
		next(p);
		Node *n = new_node(N_CHANTYPE, pos);
		n->op = CHAN_BOTH;
		if (got(p, TK_ARROW))
			n->op = CHAN_SEND;
		n->x = type_or_null(p);
		if (!n->x)
			error_here(p, "missing channel element type");
		return n;
	}
	case TK_MAP: {
		next(p);
		Node *n = new_node(N_MAPTYPE, pos);
		want(p, TK_LBRACK);
		n->x = parse_type(p);
		want(p, TK_RBRACK);
		n->y = parse_type(p);
		return n;
	}
	case TK_STRUCT:
		return struct_type(p);
	case TK_INTERFACE:
		return interface_type(p);
	case TK_IDENT: {
		Node *n = name(p);
		if (at(p, TK_PERIOD)) {
			Node *s = new_node(N_SELECTOR, p->tok->pos);
			next(p);
			s->x = n;
			s->npos = p->tok->pos;
			s->name = name(p)->name;
			n = s;
		}
		if (at(p, TK_LBRACK) && p->expr_lev >= 0 && false)
			unsupported_at(p->tok->pos, "generic type");
		return n;
	}
	case TK_LPAREN: {
		next(p);
		Node *n = new_node(N_PAREN, pos);
		n->x = parse_type(p);
		want(p, TK_RPAREN);
		return n;
	}
	default:
		return NULL;
	}
}

static Node *parse_type(Parser *p) {
	Node *t = type_or_null(p);
	if (!t)
		error_here(p, "expected type");
	return t;
}

/* ---- statements ---- */


/* Block = "{" StatementList "}" . */
static Node *block(Parser *p) {
	Node *n = new_node(N_BLOCK, p->tok->pos);
	want(p, TK_LBRACE);
	n->list = stmt_list(p);
	n->end = p->tok->pos;
	want(p, TK_RBRACE);
	return n;
}

/* StatementList = { Statement ";" } . */
static Nodes stmt_list(Parser *p) {
	Nodes l = {0};
	while (!at(p, TK_EOF) && !at(p, TK_RBRACE) && !at(p, TK_CASE) && !at(p, TK_DEFAULT)) {
		Node *s = stmt_or_null(p);
		if (!s)
			break;
		if (s->kind != N_EMPTY || !s->implicit)
			nodes_push(&l, s);
		if (!got(p, TK_SEMICOLON) && !at(p, TK_RBRACE))
			error_here(p, "at end of statement");
	}
	return l;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
 * keyword is TK_FOR when a range clause is allowed, TK_IF/TK_SWITCH in headers. */
static Node *simple_stmt(Parser *p, Node *lhs, int keyword) {
	if (keyword == TK_FOR && at(p, TK_RANGE)) {
		/* for range x */
		Node *r = new_node(N_RANGE, p->tok->pos);
		next(p);
		r->z = expr(p);
		return r;
	}
	Nodes l = {0};
	if (lhs)
		nodes_push(&l, lhs);
	else
		l = expr_list(p);
	Pos pos = p->tok->pos;
	if (l.n == 1 && !at(p, TK_ASSIGN) && !at(p, TK_DEFINE) && !at(p, TK_COMMA)) {
		Node *x = l.v[0];
		switch (p->tok->kind) {
		case TK_ADD_ASSIGN: case TK_SUB_ASSIGN: case TK_MUL_ASSIGN: case TK_QUO_ASSIGN:
		case TK_REM_ASSIGN: case TK_AND_ASSIGN: case TK_OR_ASSIGN: case TK_XOR_ASSIGN:
		case TK_SHL_ASSIGN: case TK_SHR_ASSIGN: case TK_ANDNOT_ASSIGN: {
			Node *a = new_node(N_ASSIGN, pos);
			a->op = p->tok->kind;
			next(p);
			nodes_push(&a->list, x);
			nodes_push(&a->list2, expr(p));
			return a;
		}
		case TK_INC: case TK_DEC: {
			Node *s = new_node(N_INCDEC, pos);
			s->op = p->tok->kind;
			next(p);
			s->x = x;
			return s;
		}
		case TK_ARROW: {
			Node *s = new_node(N_SEND, pos);
			next(p);
			s->x = x;
			s->y = expr(p);
			return s;
		}
		default: {
			Node *s = new_node(N_EXPRSTMT, x->pos);
			s->x = x;
			return s;
		}
		}
	}
	if (at(p, TK_ASSIGN) || at(p, TK_DEFINE)) {
		int op = p->tok->kind;
		next(p);
		if (keyword == TK_FOR && at(p, TK_RANGE)) {
			Node *r = new_node(N_RANGE, p->tok->pos);
			next(p);
			r->op = op;
			if (l.n > 2)
				syntax_error(p, l.v[2]->pos, "range clause permits at most two iteration variables");
			r->x = l.v[0];
			r->y = l.n > 1 ? l.v[1] : NULL;
			r->z = expr(p);
			return r;
		}
		Node *a = new_node(N_ASSIGN, pos);
		a->op = op;
		a->list = l;
		/* x := y.(type) in a switch header */
		if (keyword == TK_SWITCH && op == TK_DEFINE && l.n == 1) {
			Node *rhs = expr(p);
			nodes_push(&a->list2, rhs);
			return a;
		}
		a->list2 = expr_list(p);
		return a;
	}
	error_here(p, "expected := or = or comma");
}

/* The header of an if, for or switch statement. */
static void header(Parser *p, int keyword, Node *stmt) {
	if (at(p, TK_LBRACE)) {
		if (keyword == TK_IF)
			syntax_error(p, p->tok->pos, "missing condition in if statement");
		return;
	}
	int outer = p->expr_lev;
	p->expr_lev = -1;
	Node *init = NULL;
	if (!at(p, TK_SEMICOLON)) {
		if (at(p, TK_VAR))
			syntax_error(p, p->tok->pos, fmt("var declaration not allowed in %s initializer", tok_name(keyword)));
		init = simple_stmt(p, NULL, keyword);
		if (init->kind == N_RANGE) {
			stmt->kind = N_RANGE;
			stmt->x = init->x;
			stmt->y = init->y;
			stmt->z = init->z;
			stmt->op = init->op;
			p->expr_lev = outer;
			return;
		}
	}
	Node *cond = NULL;
	Node *post = NULL;
	if (at(p, TK_SEMICOLON)) {
		Token *semi = p->tok;
		next(p);
		if (keyword == TK_FOR) {
			if (!at(p, TK_SEMICOLON)) {
				if (at(p, TK_LBRACE))
					error_here(p, "expected for loop condition");
				cond = simple_stmt(p, NULL, 0);
			}
			want(p, TK_SEMICOLON);
			if (!at(p, TK_LBRACE)) {
				post = simple_stmt(p, NULL, 0);
				if (post->kind == N_ASSIGN && post->op == TK_DEFINE)
					syntax_error(p, post->pos, "cannot declare in post statement of for loop");
			}
		} else if (!at(p, TK_LBRACE)) {
			cond = simple_stmt(p, NULL, keyword);
		} else if (keyword == TK_IF) {
			if (semi->implicit)
				syntax_error(p, semi->pos, fmt("unexpected %.*s, expected { after if clause", semi->len, semi->text));
			syntax_error(p, semi->pos, "missing condition in if statement");
		}
	} else {
		cond = init;
		init = NULL;
	}
	stmt->init = init;
	stmt->post = post;
	/* the condition must be an expression (a switch header may also be
	 * the type switch guard x := y.(type)) */
	if (cond) {
		if (cond->kind == N_EXPRSTMT) {
			stmt->cond = cond->x;
		} else if (keyword == TK_SWITCH) {
			stmt->cond = cond;
		} else {
			const char *what = cond->kind == N_ASSIGN && cond->op == TK_DEFINE ? "assignment" : "assignment";
			if (cond->kind == N_ASSIGN && cond->op == TK_ASSIGN && cond->list.n == 1 && cond->list2.n == 1)
				syntax_error(p, cond->pos, fmt("cannot use assignment %s = %s as value", node_string(cond->list.v[0]), node_string(cond->list2.v[0])));
			else if (cond->kind == N_ASSIGN && cond->op == TK_DEFINE && cond->list.n == 1 && cond->list2.n == 1)
				syntax_error(p, cond->pos, fmt("cannot use %s := %s as value", node_string(cond->list.v[0]), node_string(cond->list2.v[0])));
			syntax_error(p, cond->pos, fmt("cannot use %s as value", what));
		}
	}
	p->expr_lev = outer;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
static Node *if_stmt(Parser *p) {
	Node *n = new_node(N_IF, p->tok->pos);
	want(p, TK_IF);
	header(p, TK_IF, n);
	if (!n->cond && !at(p, TK_LBRACE))
		error_here(p, "expected { after if clause");
	n->body = block(p);
	if (got(p, TK_ELSE)) {
		if (at(p, TK_IF))
			n->els = if_stmt(p);
		else if (at(p, TK_LBRACE))
			n->els = block(p);
		else
			error_here(p, "else must be followed by if or statement block");
	}
	return n;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *for_stmt(Parser *p) {
	Node *n = new_node(N_FOR, p->tok->pos);
	want(p, TK_FOR);
	header(p, TK_FOR, n);
	if (!at(p, TK_LBRACE))
		error_here(p, "expected { after for clause");
	n->body = block(p);
	return n;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" .  (Type switch cases
 * are parsed as expressions too: every type literal is an operand.) */
static Node *case_clause(Parser *p) {
	Node *c = new_node(N_CASE, p->tok->pos);
	if (got(p, TK_CASE)) {
		c->list = expr_list(p);
	} else if (got(p, TK_DEFAULT)) {
		c->is_default = true;
	} else {
		error_here(p, "expected case or default or }");
	}
	want(p, TK_COLON);
	c->list2 = stmt_list(p);
	return c;
}

/* Is s the guard of a type switch: [x :=] y.(type) ? */
static bool is_type_switch_guard(Node *s) {
	if (!s)
		return false;
	if (s->kind == N_TYPEASSERT && !s->y)
		return true;
	if (s->kind == N_ASSIGN && s->op == TK_DEFINE && s->list.n == 1 && s->list2.n == 1 &&
	    s->list2.v[0]->kind == N_TYPEASSERT && !s->list2.v[0]->y)
		return true;
	return false;
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt . */
static Node *switch_stmt(Parser *p) {
	Node *n = new_node(N_SWITCH, p->tok->pos);
	want(p, TK_SWITCH);
	header(p, TK_SWITCH, n);
	Node *guard = n->cond;
	n->cond = NULL;
	if (is_type_switch_guard(guard)) {
		n->kind = N_TYPESWITCH;
		if (guard->kind == N_ASSIGN) {
			n->name = guard->list.v[0]->name;
			n->npos = guard->list.v[0]->pos;
			if (guard->list.v[0]->kind != N_IDENT)
				syntax_error(p, guard->list.v[0]->pos, "invalid variable name in type switch");
			n->x = guard->list2.v[0];
		} else {
			n->x = guard;
		}
	} else if (guard && guard->kind == N_ASSIGN) {
		syntax_error(p, guard->pos, fmt("cannot use %s as value", "assignment"));
	} else {
		n->x = guard;
	}
	if (!at(p, TK_LBRACE))
		error_here(p, "missing { after switch clause");
	next(p);
	while (!at(p, TK_EOF) && !at(p, TK_RBRACE))
		nodes_push(&n->list, case_clause(p));
	n->end = p->tok->pos;
	want(p, TK_RBRACE);
	return n;
}

/* CommClause = CommCase ":" StatementList .
 * CommCase = "case" ( SendStmt | RecvStmt ) | "default" . */
static Node *comm_clause(Parser *p) {
	Node *c = new_node(N_COMMCLAUSE, p->tok->pos);
	if (got(p, TK_CASE)) {
		c->x = simple_stmt(p, NULL, 0);
	} else if (got(p, TK_DEFAULT)) {
		c->is_default = true;
	} else {
		error_here(p, "expected case or default or }");
	}
	want(p, TK_COLON);
	c->list2 = stmt_list(p);
	return c;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *select_stmt(Parser *p) {
	Node *n = new_node(N_SELECT, p->tok->pos);
	want(p, TK_SELECT);
	if (!at(p, TK_LBRACE))
		error_here(p, "missing { after select clause");
	next(p);
	while (!at(p, TK_EOF) && !at(p, TK_RBRACE))
		nodes_push(&n->list, comm_clause(p));
	n->end = p->tok->pos;
	want(p, TK_RBRACE);
	return n;
}

static Node *decl_group(Parser *p, TokKind kind);

/* The call of a go or defer statement. */
static Node *call_stmt(Parser *p, NodeKind kind) {
	Node *n = new_node(kind, p->tok->pos);
	next(p);
	Node *x = unary_expr(p);
	Node *inner = x;
	while (inner->kind == N_PAREN)
		inner = inner->x;
	if (inner->kind != N_CALL) {
		syntax_error_at(x->pos, "expression in %s must be function call", kind == N_GO ? "go" : "defer");
		longjmp(p->bail, 1);
	}
	if (inner != x) {
		syntax_error_at(x->pos, "expression in %s must not be parenthesized", kind == N_GO ? "go" : "defer");
		longjmp(p->bail, 1);
	}
	n->x = x;
	return n;
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
 *             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
 *             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt . */
static Node *stmt_or_null(Parser *p) {
	Pos pos = p->tok->pos;
	switch (p->tok->kind) {
	case TK_SEMICOLON: {
		Node *n = new_node(N_EMPTY, pos);
		return n;
	}
	case TK_VAR: case TK_CONST: case TK_TYPE: {
		Node *n = new_node(N_DECLSTMT, pos);
		TokKind k = p->tok->kind;
		next(p);
		n->x = decl_group(p, k);
		return n;
	}
	case TK_LBRACE:
		return block(p);
	case TK_IF:
		return if_stmt(p);
	case TK_FOR:
		return for_stmt(p);
	case TK_SWITCH:
		return switch_stmt(p);
	case TK_SELECT:
		return select_stmt(p);
	case TK_GO:
		return call_stmt(p, N_GO);
	case TK_DEFER:
		return call_stmt(p, N_DEFER);
	case TK_RETURN: {
		Node *n = new_node(N_RETURN, pos);
		next(p);
		if (!at(p, TK_SEMICOLON) && !at(p, TK_RBRACE))
			n->list = expr_list(p);
		return n;
	}
	case TK_BREAK: case TK_CONTINUE: case TK_GOTO: case TK_FALLTHROUGH: {
		Node *n = new_node(N_BRANCH, pos);
		n->op = p->tok->kind;
		next(p);
		if (n->op != TK_FALLTHROUGH && at(p, TK_IDENT)) {
			n->npos = p->tok->pos;
			n->name = name(p)->name;
		}
		else if (n->op == TK_GOTO)
			error_here(p, "expected name");
		return n;
	}
	case TK_IDENT:
		if (peek_kind(p, 1) == TK_COLON) {
			Node *n = new_node(N_LABELED, pos);
			n->name = name(p)->name;
			next(p); /* ':' */
			if (at(p, TK_RBRACE)) {
				/* a label at the end of a block labels an empty statement */
				n->x = new_node(N_EMPTY, p->tok->pos);
				return n;
			}
			Node *s = stmt_or_null(p);
			if (!s)
				syntax_error(p, pos, "missing statement after label");
			n->x = s;
			return n;
		}
		return simple_stmt(p, NULL, 0);
	case TK_FUNC: case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP:
	case TK_CHAN: case TK_INTERFACE: case TK_MUL: case TK_AND: case TK_ADD:
	case TK_SUB: case TK_XOR: case TK_NOT: case TK_ARROW: case TK_INT:
	case TK_FLOAT: case TK_IMAG: case TK_RUNE: case TK_STRING:
		return simple_stmt(p, NULL, 0);
	default:
		return NULL;
	}
}

/* ---- declarations ---- */

typedef struct GroupCtx {
	Node *decl;
	int iota;
	TokKind kind;
	Node *last_const; /* for implicit repetition of const expressions */
} GroupCtx;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static void import_spec(Parser *p, GroupCtx *g) {
	Node *s = new_node(N_IMPORTSPEC, p->tok->pos);
	if (at(p, TK_IDENT)) {
		s->x = name(p);
	} else if (at(p, TK_PERIOD)) {
		s->x = new_node(N_IDENT, p->tok->pos);
		s->x->name = xstrdup(".");
		next(p);
	}
	if (!at(p, TK_STRING)) {
		if (at(p, TK_SEMICOLON) || at(p, TK_RPAREN))
			error_here(p, "missing import path");
		syntax_error(p, p->tok->pos, "import path must be a string");
	}
	if (p->tok->text[0] != '"' && p->tok->text[0] != '`')
		syntax_error(p, p->tok->pos, "import path must be a string");
	s->str = p->tok->str;
	s->slen = p->tok->slen;
	s->y = basic_lit(p);
	nodes_push(&g->decl->list, s);
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
 * A spec without type and values repeats the previous spec's (with the new
 * iota), so it shares that spec's expression nodes. */
static void const_spec(Parser *p, GroupCtx *g) {
	Node *s = new_node(N_VALUESPEC, p->tok->pos);
	s->list = name_list(p);
	s->iota = g->iota++;
	if (!at(p, TK_SEMICOLON) && !at(p, TK_RPAREN)) {
		s->x = type_or_null(p);
		if (got(p, TK_ASSIGN))
			s->list2 = expr_list(p);
		else if (s->x)
			error_here(p, "expected =");
	}
	if (!s->x && !s->list2.n && g->last_const) {
		s->x = g->last_const->x;
		s->list2 = g->last_const->list2;
		s->implicit = true;
	} else if (s->list2.n) {
		g->last_const = s;
	}
	nodes_push(&g->decl->list, s);
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static void var_spec(Parser *p, GroupCtx *g) {
	Node *s = new_node(N_VALUESPEC, p->tok->pos);
	s->list = name_list(p);
	if (got(p, TK_ASSIGN)) {
		s->list2 = expr_list(p);
	} else {
		s->x = parse_type(p);
		if (got(p, TK_ASSIGN))
			s->list2 = expr_list(p);
	}
	nodes_push(&g->decl->list, s);
}

/* TypeSpec = AliasDecl | TypeDef .  AliasDecl = identifier "=" Type .
 * TypeDef = identifier Type . */
static void type_spec(Parser *p, GroupCtx *g) {
	Node *s = new_node(N_TYPESPEC, p->tok->pos);
	s->pragmas = p->tok->pragmas;
	s->x = name(p);
	if (at(p, TK_LBRACK) && peek_kind(p, 1) == TK_IDENT && peek_kind(p, 2) != TK_RBRACK) {
		/* type T[P any] ... or type T [N]int: gc disambiguates; we only
		 * reject obvious type parameter lists */
		TokKind k2 = peek_kind(p, 2);
		if (k2 == TK_IDENT || k2 == TK_INTERFACE || k2 == TK_COMMA || k2 == TK_TILDE) {
			unsupported_at(p->tok->pos, "generic type");
			longjmp(p->bail, 1);
		}
	}
	if (got(p, TK_ASSIGN))
		s->alias = true;
	s->y = type_or_null(p);
	if (!s->y)
		error_here(p, "in type declaration");
	nodes_push(&g->decl->list, s);
}

static void group_elem(Parser *p, void *ctx) {
	GroupCtx *g = ctx;
	switch (g->kind) {
	case TK_IMPORT: import_spec(p, g); break;
	case TK_CONST: const_spec(p, g); break;
	case TK_VAR: var_spec(p, g); break;
	case TK_TYPE: type_spec(p, g); break;
	default: break;
	}
}

/* Decl = keyword ( Spec | "(" { Spec ";" } ")" ) .  The keyword was consumed. */
static Node *decl_group(Parser *p, TokKind kind) {
	Node *d = new_node(N_GENDECL, p->tok->pos);
	d->op = kind;
	GroupCtx g = {d, 0, kind, NULL};
	if (got(p, TK_LPAREN)) {
		list(p, "declaration", TK_SEMICOLON, TK_RPAREN, group_elem, &g);
	} else {
		group_elem(p, &g);
	}
	return d;
}

/* FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
 * MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] . */
static Node *func_decl(Parser *p, unsigned pragmas) {
	Node *d = new_node(N_FUNCDECL, p->tok->pos);
	d->pragmas = pragmas;
	want(p, TK_FUNC);
	if (at(p, TK_LPAREN)) {
		Pos rpos = p->tok->pos;
		Nodes recv = param_list(p);
		if (recv.n == 0) {
			syntax_error_at(rpos, "method has no receiver");
			longjmp(p->bail, 1);
		}
		if (recv.n > 1) {
			syntax_error_at(rpos, "method has multiple receivers");
			longjmp(p->bail, 1);
		}
		d->init = recv.v[0];
		d->npos = rpos; /* gc's position of a method: its receiver's '(' */
	}
	if (!at(p, TK_IDENT)) {
		if (at(p, TK_LPAREN)) {
			error_here(p, "expected name or (");
		}
		error_here(p, "expected name or (");
	}
	d->x = name(p);
	if (at(p, TK_LBRACK)) {
		unsupported_at(p->tok->pos, "generic function");
		longjmp(p->bail, 1);
	}
	d->y = func_type(p, d->pos);
	if (at(p, TK_LBRACE)) {
		p->expr_lev = 0;
		d->body = block(p);
		d->end = d->body->end;
	}
	return d;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
static Node *source_file(Parser *p) {
	Node *f = new_node(N_FILE, p->tok->pos);
	if (!got(p, TK_PACKAGE)) {
		/* the go command reports this itself, before compiling */
		fflush(stderr);
		fprintf(stderr, "%s:%d:%d: expected 'package', found %s\n", p->f->path, p->tok->pos.line, p->tok->pos.col,
		        p->tok->kind == TK_IDENT ? fmt("%.*s", p->tok->len, p->tok->text)
		        : p->tok->kind == TK_EOF ? "EOF" : fmt("'%s'", tok_name(p->tok->kind)));
		exit(1);
	}
	Node *pkgname = name(p);
	f->name = pkgname->name;
	f->npos = pkgname->pos;
	want(p, TK_SEMICOLON);
	TokKind prev = TK_IMPORT;
	while (!at(p, TK_EOF)) {
		if (at(p, TK_IMPORT) && prev != TK_IMPORT)
			syntax_error(p, p->tok->pos, "imports must appear before other declarations");
		prev = p->tok->kind;
		unsigned pragmas = p->tok->pragmas;
		switch (p->tok->kind) {
		case TK_IMPORT: case TK_CONST: case TK_TYPE: case TK_VAR: {
			TokKind k = p->tok->kind;
			next(p);
			nodes_push(&f->list, decl_group(p, k));
			break;
		}
		case TK_FUNC:
			nodes_push(&f->list, func_decl(p, pragmas));
			break;
		default: {
			Node *last = f->list.n ? f->list.v[f->list.n - 1] : NULL;
			if (at(p, TK_LBRACE) && last && last->kind == N_FUNCDECL && !last->body)
				syntax_error(p, p->tok->pos, "unexpected semicolon or newline before {");
			syntax_error(p, p->tok->pos, "non-declaration statement outside function body");
		}
		}
		if (!at(p, TK_EOF) && !got(p, TK_SEMICOLON))
			error_here(p, "after top level declaration");
	}
	return f;
}

Node *parse_file(SourceFile *f, Token *toks, int ntoks) {
	Parser p = {0};
	p.f = f;
	p.toks = toks;
	p.ntoks = ntoks;
	p.tok = &toks[0];
	if (setjmp(p.bail))
		return NULL;
	return source_file(&p);
}
