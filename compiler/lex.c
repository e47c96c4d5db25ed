/*
 * lex.c — the lexer: Go source text to tokens.
 *
 * Implements Go's whole lexical grammar: identifiers with Unicode letters,
 * keywords, operators, integer literals in every base with '_' separators,
 * decimal and hexadecimal floats, imaginary literals, rune and string literals
 * with every escape, raw strings, line and general comments, and the automatic
 * semicolon rule: a newline (or EOF, or a general comment spanning lines)
 * after an identifier, a literal, one of break/continue/fallthrough/return,
 * ++, --, ), ] or } ends the statement.
 *
 * Lexical errors use gc's scanner wording ("newline in string", "invalid digit
 * '8' in octal literal") and do not stop the lexer.  //go: directives are
 * collected into Token.pragmas of the next token (the parser attaches them to
 * the following declaration).
 */
#include "tgo.h"
#include <wctype.h>

typedef struct Lexer {
	SourceFile *f;
	int file;
	const char *src;
	size_t len;
	size_t i;       /* current offset */
	int line, col;  /* of src[i] */
	Vec toks;       /* Token* */
	bool nlsemi;    /* a newline here inserts a semicolon */
	unsigned pragmas;
} Lexer;

static const char *token_text[TK_COUNT] = {
	[TK_EOF] = "EOF", [TK_IDENT] = "name", [TK_INT] = "literal",
	[TK_FLOAT] = "literal", [TK_IMAG] = "literal", [TK_RUNE] = "literal",
	[TK_STRING] = "literal",
	[TK_ADD] = "+", [TK_SUB] = "-", [TK_MUL] = "*", [TK_QUO] = "/", [TK_REM] = "%",
	[TK_AND] = "&", [TK_OR] = "|", [TK_XOR] = "^", [TK_SHL] = "<<", [TK_SHR] = ">>",
	[TK_ANDNOT] = "&^",
	[TK_ADD_ASSIGN] = "+=", [TK_SUB_ASSIGN] = "-=", [TK_MUL_ASSIGN] = "*=",
	[TK_QUO_ASSIGN] = "/=", [TK_REM_ASSIGN] = "%=", [TK_AND_ASSIGN] = "&=",
	[TK_OR_ASSIGN] = "|=", [TK_XOR_ASSIGN] = "^=", [TK_SHL_ASSIGN] = "<<=",
	[TK_SHR_ASSIGN] = ">>=", [TK_ANDNOT_ASSIGN] = "&^=",
	[TK_LAND] = "&&", [TK_LOR] = "||", [TK_ARROW] = "<-", [TK_INC] = "++", [TK_DEC] = "--",
	[TK_EQL] = "==", [TK_LSS] = "<", [TK_GTR] = ">", [TK_ASSIGN] = "=", [TK_NOT] = "!",
	[TK_NEQ] = "!=", [TK_LEQ] = "<=", [TK_GEQ] = ">=", [TK_DEFINE] = ":=",
	[TK_ELLIPSIS] = "...", [TK_TILDE] = "~",
	[TK_LPAREN] = "(", [TK_LBRACK] = "[", [TK_LBRACE] = "{", [TK_COMMA] = ",",
	[TK_PERIOD] = ".", [TK_RPAREN] = ")", [TK_RBRACK] = "]", [TK_RBRACE] = "}",
	[TK_SEMICOLON] = ";", [TK_COLON] = ":",
	[TK_BREAK] = "break", [TK_CASE] = "case", [TK_CHAN] = "chan", [TK_CONST] = "const",
	[TK_CONTINUE] = "continue", [TK_DEFAULT] = "default", [TK_DEFER] = "defer",
	[TK_ELSE] = "else", [TK_FALLTHROUGH] = "fallthrough", [TK_FOR] = "for",
	[TK_FUNC] = "func", [TK_GO] = "go", [TK_GOTO] = "goto", [TK_IF] = "if",
	[TK_IMPORT] = "import", [TK_INTERFACE] = "interface", [TK_MAP] = "map",
	[TK_PACKAGE] = "package", [TK_RANGE] = "range", [TK_RETURN] = "return",
	[TK_SELECT] = "select", [TK_STRUCT] = "struct", [TK_SWITCH] = "switch",
	[TK_TYPE] = "type", [TK_VAR] = "var",
};

const char *tok_name(TokKind k) { return token_text[k]; }

/* ---- characters ---- */

static int peek(Lexer *l, size_t ahead) {
	return l->i + ahead < l->len ? (unsigned char)l->src[l->i + ahead] : -1;
}

static Pos here(Lexer *l) { return (Pos){l->file, l->line, l->col}; }

static void advance(Lexer *l, size_t n) {
	for (size_t k = 0; k < n && l->i < l->len; k++) {
		if (l->src[l->i] == '\n') {
			l->line++;
			l->col = 1;
		} else {
			l->col++;
		}
		l->i++;
	}
}

/* Decode one UTF-8 sequence at s (n bytes available); returns the rune
 * (0xFFFD on error) and its width in *w. */
static int32_t decode_utf8(const unsigned char *s, size_t n, int *w) {
	if (n == 0) {
		*w = 0;
		return -1;
	}
	unsigned c = s[0];
	if (c < 0x80) {
		*w = 1;
		return c;
	}
	int need;
	int32_t r;
	if ((c & 0xE0) == 0xC0) { need = 1; r = c & 0x1F; }
	else if ((c & 0xF0) == 0xE0) { need = 2; r = c & 0x0F; }
	else if ((c & 0xF8) == 0xF0) { need = 3; r = c & 0x07; }
	else { *w = 1; return 0xFFFD; }
	if ((size_t)need >= n) { *w = 1; return 0xFFFD; }
	for (int k = 1; k <= need; k++) {
		if ((s[k] & 0xC0) != 0x80) { *w = 1; return 0xFFFD; }
		r = (r << 6) | (s[k] & 0x3F);
	}
	static const int32_t min[] = {0, 0x80, 0x800, 0x10000};
	if (r < min[need] || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) {
		*w = 1;
		return 0xFFFD;
	}
	*w = need + 1;
	return r;
}

static bool is_letter(int32_t r) {
	if (r < 0x80)
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
	return iswalpha((wint_t)r);
}

static bool is_digit_rune(int32_t r) {
	if (r < 0x80)
		return r >= '0' && r <= '9';
	return iswdigit((wint_t)r) || (iswalnum((wint_t)r) && !iswalpha((wint_t)r));
}

static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int lower(int c) { return c | 0x20; }

/* ---- tokens ---- */

static Token *emit(Lexer *l, TokKind kind, Pos pos, size_t start) {
	Token *t = xalloc(sizeof *t);
	t->kind = kind;
	t->pos = pos;
	t->text = l->src + start;
	t->len = (int)(l->i - start);
	t->pragmas = l->pragmas;
	l->pragmas = 0;
	vec_push(&l->toks, t);
	switch (kind) {
	case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_RUNE:
	case TK_STRING: case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH:
	case TK_RETURN: case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK:
	case TK_RBRACE:
		l->nlsemi = true;
		break;
	default:
		l->nlsemi = false;
	}
	return t;
}

static void emit_implicit_semi(Lexer *l, Pos pos, const char *why) {
	Token *t = xalloc(sizeof *t);
	t->kind = TK_SEMICOLON;
	t->pos = pos;
	t->text = why;
	t->len = (int)strlen(why);
	t->implicit = true;
	vec_push(&l->toks, t);
	l->nlsemi = false;
}

static const struct { const char *word; TokKind kind; } keywords[] = {
	{"break", TK_BREAK}, {"case", TK_CASE}, {"chan", TK_CHAN}, {"const", TK_CONST},
	{"continue", TK_CONTINUE}, {"default", TK_DEFAULT}, {"defer", TK_DEFER},
	{"else", TK_ELSE}, {"fallthrough", TK_FALLTHROUGH}, {"for", TK_FOR},
	{"func", TK_FUNC}, {"go", TK_GO}, {"goto", TK_GOTO}, {"if", TK_IF},
	{"import", TK_IMPORT}, {"interface", TK_INTERFACE}, {"map", TK_MAP},
	{"package", TK_PACKAGE}, {"range", TK_RANGE}, {"return", TK_RETURN},
	{"select", TK_SELECT}, {"struct", TK_STRUCT}, {"switch", TK_SWITCH},
	{"type", TK_TYPE}, {"var", TK_VAR},
};

static void lex_ident(Lexer *l) {
	Pos pos = here(l);
	size_t start = l->i;
	for (;;) {
		int w;
		int32_t r = decode_utf8((const unsigned char *)l->src + l->i, l->len - l->i, &w);
		if (w == 0)
			break;
		if (is_letter(r) || is_digit_rune(r)) {
			advance(l, w);
			continue;
		}
		if (r >= 0x80 && r != 0xFFFD && !iswspace((wint_t)r)) {
			error_at(here(l), "invalid character U+%04X '%.*s' in identifier", r, w, l->src + l->i);
			advance(l, w);
			continue;
		}
		break;
	}
	size_t n = l->i - start;
	for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
		if (strlen(keywords[k].word) == n && memcmp(keywords[k].word, l->src + start, n) == 0) {
			emit(l, keywords[k].kind, pos, start);
			return;
		}
	emit(l, TK_IDENT, pos, start);
}

static const char *base_name(int base) {
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 10: return "decimal";
	default: return "hexadecimal";
	}
}

/* digits of the given base (and '_'); records the first digit not valid in
 * base (for octal/binary) in *invalid. Returns bit 0: a digit seen, bit 1: '_' seen. */
static int lex_digits(Lexer *l, int base, long *invalid, size_t start) {
	int ds = 0;
	if (base <= 10) {
		int max = '0' + base;
		while (is_decimal(peek(l, 0)) || peek(l, 0) == '_') {
			int c = peek(l, 0);
			int d = 1;
			if (c == '_')
				d = 2;
			else if (c >= max && invalid && *invalid < 0)
				*invalid = (long)(l->i - start);
			ds |= d;
			advance(l, 1);
		}
	} else {
		while (is_hex(peek(l, 0)) || peek(l, 0) == '_') {
			ds |= peek(l, 0) == '_' ? 2 : 1;
			advance(l, 1);
		}
	}
	return ds;
}

/* Index of the first misplaced '_' in a number literal, or -1 (Go's rule:
 * '_' must separate successive digits, or follow the base prefix). */
static long invalid_sep(const char *x, size_t n) {
	int x1 = ' ';
	int d = '.';
	size_t i = 0;
	if (n >= 2 && x[0] == '0') {
		x1 = lower(x[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0';
			i = 2;
		}
	}
	for (; i < n; i++) {
		int p = d;
		d = x[i];
		if (d == '_') {
			if (p != '0')
				return (long)i;
		} else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return (long)i - 1;
			d = '.';
		}
	}
	if (d == '_')
		return (long)n - 1;
	return -1;
}

static void lex_number(Lexer *l, bool seen_point) {
	Pos pos = here(l);
	size_t start = l->i;
	if (seen_point)
		start--; /* the '.' was consumed by the caller */
	if (seen_point)
		pos.col--;
	int base = 10, prefix = 0, ds = 0;
	long invalid = -1;
	TokKind kind = TK_INT;
	bool ok = true;
	if (!seen_point) {
		if (peek(l, 0) == '0') {
			advance(l, 1);
			switch (lower(peek(l, 0))) {
			case 'x': advance(l, 1); base = 16; prefix = 'x'; break;
			case 'o': advance(l, 1); base = 8; prefix = 'o'; break;
			case 'b': advance(l, 1); base = 2; prefix = 'b'; break;
			default: base = 8; prefix = '0'; ds = 1; break;
			}
		}
		ds |= lex_digits(l, base, &invalid, start);
		if (peek(l, 0) == '.') {
			if (prefix == 'o' || prefix == 'b') {
				error_at(here(l), "invalid radix point in %s literal", base_name(base));
				ok = false;
			}
			advance(l, 1);
			seen_point = true;
		}
	}
	if (seen_point) {
		kind = TK_FLOAT;
		ds |= lex_digits(l, base, &invalid, start);
	}
	if (!(ds & 1) && ok) {
		error_at(here(l), "%s literal has no digits", base_name(base));
		ok = false;
	}
	int e = lower(peek(l, 0));
	if (e == 'e' || e == 'p') {
		if (ok) {
			if (e == 'e' && prefix != 0 && prefix != '0') {
				error_at(here(l), "'%c' exponent requires decimal mantissa", peek(l, 0));
				ok = false;
			} else if (e == 'p' && prefix != 'x') {
				error_at(here(l), "'%c' exponent requires hexadecimal mantissa", peek(l, 0));
				ok = false;
			}
		}
		advance(l, 1);
		kind = TK_FLOAT;
		if (peek(l, 0) == '+' || peek(l, 0) == '-')
			advance(l, 1);
		int eds = lex_digits(l, 10, NULL, start);
		ds = eds | (ds & 2);
		if (!(eds & 1) && ok) {
			error_at(here(l), "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && kind == TK_FLOAT && ok) {
		error_at(here(l), "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}
	if (peek(l, 0) == 'i') {
		kind = TK_IMAG;
		advance(l, 1);
	}
	Token *t = emit(l, kind, pos, start);
	if (kind == TK_INT && invalid >= 0 && ok) {
		Pos p = pos;
		p.col += (int)invalid;
		error_at(p, "invalid digit '%c' in %s literal", t->text[invalid], base_name(base));
		ok = false;
	}
	if ((ds & 2) && ok) {
		long k = invalid_sep(t->text, t->len);
		if (k >= 0) {
			Pos p = pos;
			p.col += (int)k;
			error_at(p, "'_' must separate successive digits");
		}
	}
}

static void encode_utf8(Buf *b, int32_t r) {
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
		r = 0xFFFD;
	if (r < 0x80) {
		buf_putc(b, (char)r);
	} else if (r < 0x800) {
		buf_putc(b, (char)(0xC0 | (r >> 6)));
		buf_putc(b, (char)(0x80 | (r & 0x3F)));
	} else if (r < 0x10000) {
		buf_putc(b, (char)(0xE0 | (r >> 12)));
		buf_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
		buf_putc(b, (char)(0x80 | (r & 0x3F)));
	} else {
		buf_putc(b, (char)(0xF0 | (r >> 18)));
		buf_putc(b, (char)(0x80 | ((r >> 12) & 0x3F)));
		buf_putc(b, (char)(0x80 | ((r >> 6) & 0x3F)));
		buf_putc(b, (char)(0x80 | (r & 0x3F)));
	}
}

/* An escape sequence after '\'; appends its value to out (bytes for \x and
 * octal, UTF-8 for \u and \U).  *rune receives the value.  Returns false on
 * error (already reported). */
static bool lex_escape(Lexer *l, int quote, Buf *out, int64_t *rune) {
	int c = peek(l, 0);
	int n = 0, base = 0;
	uint32_t max = 0;
	bool is_byte = false;
	switch (c) {
	case 'a': advance(l, 1); buf_putc(out, 7); *rune = 7; return true;
	case 'b': advance(l, 1); buf_putc(out, 8); *rune = 8; return true;
	case 'f': advance(l, 1); buf_putc(out, 12); *rune = 12; return true;
	case 'n': advance(l, 1); buf_putc(out, 10); *rune = 10; return true;
	case 'r': advance(l, 1); buf_putc(out, 13); *rune = 13; return true;
	case 't': advance(l, 1); buf_putc(out, 9); *rune = 9; return true;
	case 'v': advance(l, 1); buf_putc(out, 11); *rune = 11; return true;
	case '\\': advance(l, 1); buf_putc(out, '\\'); *rune = '\\'; return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3; base = 8; max = 255; is_byte = true;
		break;
	case 'x': advance(l, 1); n = 2; base = 16; max = 255; is_byte = true; break;
	case 'u': advance(l, 1); n = 4; base = 16; max = 0x10FFFF; break;
	case 'U': advance(l, 1); n = 8; base = 16; max = 0x10FFFF; break;
	default:
		if (c == quote) {
			advance(l, 1);
			buf_putc(out, (char)c);
			*rune = c;
			return true;
		}
		if (c < 0)
			return true;
		error_at(here(l), "unknown escape");
		return false;
	}
	uint32_t x = 0;
	for (int k = 0; k < n; k++) {
		int ch = peek(l, 0);
		if (ch < 0)
			return true;
		uint32_t d = base;
		if (is_decimal(ch))
			d = ch - '0';
		else if (lower(ch) >= 'a' && lower(ch) <= 'f')
			d = lower(ch) - 'a' + 10;
		if (d >= (uint32_t)base) {
			int w;
			int32_t r = decode_utf8((const unsigned char *)l->src + l->i, l->len - l->i, &w);
			char q[16];
			if (r == '\n')
				snprintf(q, sizeof q, "'\\n'");
			else
				snprintf(q, sizeof q, "'%.*s'", w, l->src + l->i);
			error_at(here(l), "invalid character %s in %s escape", q, base_name(base));
			return false;
		}
		x = x * base + d;
		advance(l, 1);
	}
	if (x > max && base == 8) {
		error_at(here(l), "octal escape value %u > 255", x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		error_at(here(l), "escape is invalid Unicode code point U+%04X", x);
		return false;
	}
	*rune = x;
	if (is_byte)
		buf_putc(out, (char)x);
	else
		encode_utf8(out, (int32_t)x);
	return true;
}

static void lex_string(Lexer *l) {
	Pos pos = here(l);
	size_t start = l->i;
	Buf val = {0};
	advance(l, 1);
	for (;;) {
		int c = peek(l, 0);
		if (c == '"') {
			advance(l, 1);
			break;
		}
		if (c == '\\') {
			advance(l, 1);
			int64_t r;
			lex_escape(l, '"', &val, &r);
			continue;
		}
		if (c == '\n') {
			error_at(here(l), "newline in string");
			break;
		}
		if (c < 0) {
			error_at(pos, "string not terminated");
			break;
		}
		buf_putc(&val, (char)c);
		advance(l, 1);
	}
	Token *t = emit(l, TK_STRING, pos, start);
	t->str = val.data ? val.data : xstrdup("");
	t->slen = (int64_t)val.len;
}

static void lex_raw_string(Lexer *l) {
	Pos pos = here(l);
	size_t start = l->i;
	Buf val = {0};
	advance(l, 1);
	for (;;) {
		int c = peek(l, 0);
		if (c == '`') {
			advance(l, 1);
			break;
		}
		if (c < 0) {
			error_at(pos, "string not terminated");
			break;
		}
		if (c != '\r') /* carriage returns are discarded from raw strings */
			buf_putc(&val, (char)c);
		advance(l, 1);
	}
	Token *t = emit(l, TK_STRING, pos, start);
	t->str = val.data ? val.data : xstrdup("");
	t->slen = (int64_t)val.len;
}

static void lex_rune(Lexer *l) {
	Pos pos = here(l);
	size_t start = l->i;
	bool ok = true;
	int n = 0;
	int64_t value = 0;
	advance(l, 1);
	for (;; n++) {
		int c = peek(l, 0);
		if (c == '\'') {
			if (ok) {
				if (n == 0) {
					error_at(here(l), "empty rune literal or unescaped '");
					ok = false;
				} else if (n != 1) {
					error_at(pos, "more than one character in rune literal");
					ok = false;
				}
			}
			advance(l, 1);
			break;
		}
		if (c == '\\') {
			advance(l, 1);
			Buf tmp = {0};
			int64_t r = 0;
			if (!lex_escape(l, '\'', &tmp, &r))
				ok = false;
			value = r;
			continue;
		}
		if (c == '\n') {
			if (ok) {
				error_at(here(l), "newline in rune literal");
				ok = false;
			}
			break;
		}
		if (c < 0) {
			if (ok) {
				error_at(pos, "rune literal not terminated");
				ok = false;
			}
			break;
		}
		int w;
		value = decode_utf8((const unsigned char *)l->src + l->i, l->len - l->i, &w);
		advance(l, w);
	}
	Token *t = emit(l, TK_RUNE, pos, start);
	t->rune = value;
}

/* //go:xxx directives at the start of a line */
static void lex_directive(Lexer *l, const char *text, size_t n) {
	static const struct { const char *name; unsigned bit; } pragmas[] = {
		{"//go:noinline", PRAGMA_NOINLINE}, {"//go:noescape", PRAGMA_NOESCAPE},
		{"//go:nosplit", PRAGMA_NOSPLIT}, {"//go:uintptrescapes", PRAGMA_UINTPTRESCAPES},
		{"//go:linkname", PRAGMA_LINKNAME},
	};
	for (size_t k = 0; k < sizeof pragmas / sizeof pragmas[0]; k++) {
		size_t m = strlen(pragmas[k].name);
		if (n >= m && memcmp(text, pragmas[k].name, m) == 0 && (n == m || text[m] == ' ' || text[m] == '\t' || text[m] == '\r'))
			l->pragmas |= pragmas[k].bit;
	}
}

/* Skips white space and comments; returns true if a newline (or a general
 * comment containing one) was crossed while nlsemi was set and inserts the
 * semicolon. */
static void skip_space(Lexer *l) {
	for (;;) {
		int c = peek(l, 0);
		if (c == ' ' || c == '\t' || c == '\r') {
			advance(l, 1);
		} else if (c == '\n') {
			if (l->nlsemi)
				emit_implicit_semi(l, here(l), "newline");
			advance(l, 1);
		} else if (c == '/' && peek(l, 1) == '/') {
			size_t start = l->i;
			bool line_start = l->col == 1;
			while (peek(l, 0) >= 0 && peek(l, 0) != '\n')
				advance(l, 1);
			if (line_start)
				lex_directive(l, l->src + start, l->i - start);
		} else if (c == '/' && peek(l, 1) == '*') {
			Pos pos = here(l);
			advance(l, 2);
			bool newline = false;
			Pos nlpos = pos;
			while (!(peek(l, 0) == '*' && peek(l, 1) == '/')) {
				if (peek(l, 0) < 0) {
					error_at(pos, "comment not terminated");
					return;
				}
				if (peek(l, 0) == '\n' && !newline) {
					newline = true;
					nlpos = here(l);
				}
				advance(l, 1);
			}
			advance(l, 2);
			if (newline && l->nlsemi)
				emit_implicit_semi(l, nlpos, "newline");
		} else {
			return;
		}
	}
}

static bool lex_operator(Lexer *l) {
	static const struct { const char *s; TokKind k; } ops[] = {
		{"<<=", TK_SHL_ASSIGN}, {">>=", TK_SHR_ASSIGN}, {"&^=", TK_ANDNOT_ASSIGN},
		{"...", TK_ELLIPSIS},
		{"+=", TK_ADD_ASSIGN}, {"-=", TK_SUB_ASSIGN}, {"*=", TK_MUL_ASSIGN},
		{"/=", TK_QUO_ASSIGN}, {"%=", TK_REM_ASSIGN}, {"&=", TK_AND_ASSIGN},
		{"|=", TK_OR_ASSIGN}, {"^=", TK_XOR_ASSIGN}, {"<<", TK_SHL}, {">>", TK_SHR},
		{"&^", TK_ANDNOT}, {"&&", TK_LAND}, {"||", TK_LOR}, {"<-", TK_ARROW},
		{"++", TK_INC}, {"--", TK_DEC}, {"==", TK_EQL}, {"!=", TK_NEQ},
		{"<=", TK_LEQ}, {">=", TK_GEQ}, {":=", TK_DEFINE},
		{"+", TK_ADD}, {"-", TK_SUB}, {"*", TK_MUL}, {"/", TK_QUO}, {"%", TK_REM},
		{"&", TK_AND}, {"|", TK_OR}, {"^", TK_XOR}, {"<", TK_LSS}, {">", TK_GTR},
		{"=", TK_ASSIGN}, {"!", TK_NOT}, {"~", TK_TILDE}, {"(", TK_LPAREN},
		{"[", TK_LBRACK}, {"{", TK_LBRACE}, {",", TK_COMMA}, {".", TK_PERIOD},
		{")", TK_RPAREN}, {"]", TK_RBRACK}, {"}", TK_RBRACE}, {";", TK_SEMICOLON},
		{":", TK_COLON},
	};
	for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
		size_t n = strlen(ops[k].s);
		if (l->i + n <= l->len && memcmp(l->src + l->i, ops[k].s, n) == 0) {
			Pos pos = here(l);
			size_t start = l->i;
			advance(l, n);
			emit(l, ops[k].k, pos, start);
			return true;
		}
	}
	return false;
}

Token *lex_file(SourceFile *f, int file_index, int *ntokens) {
	Lexer l = {0};
	l.f = f;
	l.file = file_index;
	l.src = f->text;
	l.len = f->len;
	l.line = l.col = 1;
	/* a byte order mark at the start is ignored */
	if (l.len >= 3 && memcmp(l.src, "\xEF\xBB\xBF", 3) == 0) {
		l.i = 3;
	}
	for (;;) {
		skip_space(&l);
		int c = peek(&l, 0);
		if (c < 0)
			break;
		if (c == '"') {
			lex_string(&l);
		} else if (c == '`') {
			lex_raw_string(&l);
		} else if (c == '\'') {
			lex_rune(&l);
		} else if (is_decimal(c)) {
			lex_number(&l, false);
		} else if (c == '.' && is_decimal(peek(&l, 1))) {
			advance(&l, 1);
			lex_number(&l, true);
		} else if (c < 0x80 && is_letter(c)) {
			lex_ident(&l);
		} else if (c >= 0x80) {
			int w;
			int32_t r = decode_utf8((const unsigned char *)l.src + l.i, l.len - l.i, &w);
			if (is_letter(r)) {
				lex_ident(&l);
			} else {
				if (r == 0xFFEF || (r == 0xFEFF))
					error_at(here(&l), "invalid BOM in the middle of the file");
				else
					error_at(here(&l), "invalid character U+%04X '%.*s'", r, w, l.src + l.i);
				advance(&l, w);
			}
		} else if (!lex_operator(&l)) {
			error_at(here(&l), "invalid character U+%04X '%c'", c, c);
			advance(&l, 1);
		}
	}
	if (l.nlsemi)
		emit_implicit_semi(&l, here(&l), "EOF");
	Token *eof = emit(&l, TK_EOF, here(&l), l.i);
	(void)eof;
	Token *arr = xalloc(sizeof(Token) * l.toks.len);
	for (int k = 0; k < l.toks.len; k++)
		arr[k] = *(Token *)l.toks.data[k];
	*ntokens = l.toks.len;
	return arr;
}
