/*
 * const_test.c — tests of const.c (exact constant arithmetic) against real Go.
 *
 * testdata/const/golden.txt (made by scripts/golden-const.sh from
 * testdata/const/cases.txt) holds, for each constant expression, what gc
 * says about it: its error, or its type, go/constant's String and
 * ExactString, its float64/float32 values, its integer value, and the
 * outcome of `var _ T = EXPR` and `T(EXPR)` for the twelve numeric types.
 *
 * To replay a case this file contains a miniature constant-expression
 * checker: a lexer and precedence parser for Go expressions made of
 * literals, operators, parentheses, conversions to numeric types and
 * real/imag/complex, evaluated with const.h the way types2 evaluates
 * constants (type matching, integer division, shift rules, overflow checks,
 * gc's error messages).  It shows how the real checker is meant to use the
 * API.  Expression text in messages is the source text of the node, which is
 * why cases.txt is written in go/types' canonical form.
 *
 * A few direct tests of API details follow.  The golden is looked up under
 * $TGO_ROOT, the current directory, or two levels above this binary.
 * Exit status 0 means every check passed.
 */
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "const.h"

static int failures, checks;

#define CHECK(cond, ...)                                            \
	do {                                                        \
		checks++;                                           \
		if (!(cond)) {                                      \
			failures++;                                 \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__);                        \
			printf("\n");                               \
		}                                                   \
	} while (0)

static char *xsprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = malloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* ---- types of the miniature checker --------------------------------------------- */

typedef enum {
	T_BOOL, T_INT, T_RUNE, T_FLOAT, T_COMPLEX, T_STRING, /* untyped */
	T_INT8, T_INT16, T_INT32, T_INT64, T_UINT8, T_UINT16, T_UINT32, T_UINT64,
	T_FLOAT32, T_FLOAT64, T_COMPLEX64, T_COMPLEX128, T_INTT, T_UINTT, /* typed */
	T_COUNT
} Type;

static const char *type_names[T_COUNT] = {
	"untyped bool", "untyped int", "untyped rune", "untyped float", "untyped complex", "untyped string",
	"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
	"float32", "float64", "complex64", "complex128", "int", "uint",
};

static bool is_untyped(Type t) { return t <= T_STRING; }
static bool is_integer(Type t) { return t == T_INT || t == T_RUNE || (t >= T_INT8 && t <= T_UINT64) || t == T_INTT || t == T_UINTT; }
static bool is_unsigned(Type t) { return (t >= T_UINT8 && t <= T_UINT64) || t == T_UINTT; }
static bool is_float(Type t) { return t == T_FLOAT || t == T_FLOAT32 || t == T_FLOAT64; }
static bool is_complex(Type t) { return t == T_COMPLEX || t == T_COMPLEX64 || t == T_COMPLEX128; }
static bool is_numeric(Type t) { return is_integer(t) || is_float(t) || is_complex(t); }

static ConstRep rep_of(Type t)
{
	switch (t) {
	case T_INT8: return CREP_INT8;
	case T_INT16: return CREP_INT16;
	case T_INT32: return CREP_INT32;
	case T_INT64: case T_INTT: return CREP_INT64;
	case T_UINT8: return CREP_UINT8;
	case T_UINT16: return CREP_UINT16;
	case T_UINT32: return CREP_UINT32;
	case T_UINT64: case T_UINTT: return CREP_UINT64;
	case T_FLOAT32: return CREP_FLOAT32;
	case T_FLOAT64: return CREP_FLOAT64;
	case T_COMPLEX64: return CREP_COMPLEX64;
	case T_COMPLEX128: return CREP_COMPLEX128;
	case T_FLOAT: return CREP_UNTYPED_FLOAT;
	case T_COMPLEX: return CREP_UNTYPED_COMPLEX;
	default: return CREP_UNTYPED_INT;
	}
}

static int type_bits(Type t)
{
	switch (t) {
	case T_INT8: case T_UINT8: return 8;
	case T_INT16: case T_UINT16: return 16;
	case T_INT32: case T_UINT32: case T_FLOAT32: return 32;
	default: return 64;
	}
}

static int type_by_name(const char *s, size_t n)
{
	for (int t = T_INT8; t < T_COUNT; t++)
		if (strlen(type_names[t]) == n && memcmp(type_names[t], s, n) == 0)
			return t;
	return -1;
}

/* ---- operands and gc's message helpers -------------------------------------------- */

typedef struct {
	Type type;
	Const *val;
	int start, end; /* source span of the expression */
} Operand;

static const char *src;   /* the expression being checked */
static char *error;       /* first error, or NULL */

static void errorf(const char *fmt, ...)
{
	if (error)
		return;
	va_list ap;
	va_start(ap, fmt);
	char buf[4096];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	error = strdup(buf);
}

static char *text(const Operand *x) { return xsprintf("%.*s", x->end - x->start, src + x->start); }

/* types2's operand string for a constant: "expr (untyped int constant 300)"
 * or "expr (constant 300 of type int8)"; the value is left out when it reads
 * like the expression. */
static char *operand_string(const Operand *x)
{
	char *e = text(x), *v = const_format(x->val);
	const char *sep = strcmp(e, v) == 0 ? "" : " ";
	if (strcmp(e, v) == 0)
		v = "";
	if (is_untyped(x->type))
		return xsprintf("%s (%s constant%s%s)", e, type_names[x->type], sep, v);
	return xsprintf("%s (constant%s%s of type %s)", e, sep, v, type_names[x->type]);
}

/* The word gc appends when a constant does not fit: from the operand's type. */
static const char *misfit_word(Type from, Type to)
{
	return !is_integer(from) && is_integer(to) ? "truncated" : "overflows";
}

/* types2's representable + invalidConversion: x takes type t or an error. */
static bool convert_implicit(Operand *x, Type t)
{
	Const *out;
	if (!is_numeric(x->type) || !const_representable(x->val, rep_of(t), &out, NULL)) {
		char *o = operand_string(x);
		if (!is_numeric(x->type))
			errorf("cannot convert %s to type %s", o, type_names[t]);
		else if (strcmp(misfit_word(x->type, t), "truncated") == 0)
			errorf("%s truncated to %s", o, type_names[t]);
		else
			errorf("%s overflows %s", o, type_names[t]);
		return false;
	}
	x->val = out;
	x->type = t;
	return true;
}

/* types2's overflow check after an operation whose expression is x. */
static void check_overflow(Operand *x, const char *opname)
{
	if (!x->val) {
		errorf("constant result is not representable");
		return;
	}
	if (!is_untyped(x->type)) {
		Const *out;
		if (!const_representable(x->val, rep_of(x->type), &out, NULL))
			errorf("%s overflows %s", operand_string(x), type_names[x->type]);
		else
			x->val = out;
		return;
	}
	if (const_int_overflows(x->val))
		errorf("constant %s%soverflow", opname, *opname ? " " : "");
}

/* ---- lexer ------------------------------------------------------------------------ */

typedef enum { K_EOF, K_NUM, K_CHAR, K_STRING, K_IDENT, K_OP } Kind;

typedef struct {
	Kind kind;
	int start, end;
	char op[3];
} Token;

static int pos;
static Token tok;

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (unsigned char)c >= 0x80; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_hexdigit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/* Extent of a number literal as gc's scanner reads it. */
static int scan_number_end(int i)
{
	bool hex = false;
	if (src[i] == '0' && strchr("xXoObB", src[i + 1]) && src[i + 1]) {
		hex = src[i + 1] == 'x' || src[i + 1] == 'X';
		i += 2;
	}
	while (is_digit(src[i]) || src[i] == '_' || (hex && is_hexdigit(src[i])))
		i++;
	if (src[i] == '.') {
		i++;
		while (is_digit(src[i]) || src[i] == '_' || (hex && is_hexdigit(src[i])))
			i++;
	}
	if (strchr("eEpP", src[i]) && src[i]) {
		i++;
		if (src[i] == '+' || src[i] == '-')
			i++;
		while (is_digit(src[i]) || src[i] == '_')
			i++;
	}
	if (src[i] == 'i')
		i++;
	return i;
}

static void next(void)
{
	while (src[pos] == ' ')
		pos++;
	tok.start = pos;
	char c = src[pos];
	if (!c) {
		tok.kind = K_EOF;
	} else if (is_digit(c) || (c == '.' && is_digit(src[pos + 1]))) {
		tok.kind = K_NUM;
		pos = scan_number_end(pos);
	} else if (c == '\'' || c == '"') {
		tok.kind = c == '"' ? K_STRING : K_CHAR;
		pos++;
		while (src[pos] && src[pos] != c) {
			if (src[pos] == '\\' && src[pos + 1])
				pos++;
			pos++;
		}
		if (src[pos])
			pos++;
	} else if (c == '`') {
		tok.kind = K_STRING;
		pos++;
		while (src[pos] && src[pos] != '`')
			pos++;
		if (src[pos])
			pos++;
	} else if (is_letter(c)) {
		tok.kind = K_IDENT;
		while (is_letter(src[pos]) || is_digit(src[pos]))
			pos++;
	} else {
		static const char *ops2[] = {"&^", "&&", "||", "<<", ">>", "==", "!=", "<=", ">=", NULL};
		tok.kind = K_OP;
		tok.op[0] = c;
		tok.op[1] = 0;
		pos++;
		for (int i = 0; ops2[i]; i++) {
			if (ops2[i][0] == c && ops2[i][1] == src[pos]) {
				tok.op[1] = src[pos++];
				tok.op[2] = 0;
				break;
			}
		}
	}
	tok.end = pos;
}

static bool is_op(const char *op) { return tok.kind == K_OP && strcmp(tok.op, op) == 0; }

/* Decodes a Go string or rune literal body; returns the byte length. */
static int64_t unquote(const char *s, int n, char *out)
{
	int64_t len = 0;
	for (int i = 0; i < n;) {
		if (s[i] != '\\') {
			out[len++] = s[i++];
			continue;
		}
		i++;
		char c = s[i++];
		unsigned long v;
		char tmp[12];
		switch (c) {
		case 'a': out[len++] = '\a'; break;
		case 'b': out[len++] = '\b'; break;
		case 'f': out[len++] = '\f'; break;
		case 'n': out[len++] = '\n'; break;
		case 'r': out[len++] = '\r'; break;
		case 't': out[len++] = '\t'; break;
		case 'v': out[len++] = '\v'; break;
		case 'x':
			memcpy(tmp, s + i, 2);
			tmp[2] = 0;
			out[len++] = (char)strtoul(tmp, NULL, 16);
			i += 2;
			break;
		case 'u':
		case 'U': {
			int k = c == 'u' ? 4 : 8;
			memcpy(tmp, s + i, (size_t)k);
			tmp[k] = 0;
			v = strtoul(tmp, NULL, 16);
			i += k;
			int64_t sl;
			const char *enc = const_string_val(const_rune_string(const_int64((int64_t)v)), &sl);
			memcpy(out + len, enc, (size_t)sl);
			len += sl;
			break;
		}
		default:
			if (c >= '0' && c <= '7') {
				memcpy(tmp, s + i - 1, 3);
				tmp[3] = 0;
				out[len++] = (char)strtoul(tmp, NULL, 8);
				i += 2;
			} else {
				out[len++] = c; /* \\ \' \" */
			}
		}
	}
	return len;
}

/* The code point of a rune literal body (one UTF-8 rune or an escape). */
static int64_t rune_value(const char *s, int n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (s[0] == '\\') {
		char c = s[1];
		if (c == 'x' || c == 'u' || c == 'U') {
			char tmp[12];
			memcpy(tmp, s + 2, (size_t)(n - 2));
			tmp[n - 2] = 0;
			return (int64_t)strtoul(tmp, NULL, 16);
		}
		if (c >= '0' && c <= '7') {
			char tmp[4] = {s[1], s[2], s[3], 0};
			return (int64_t)strtoul(tmp, NULL, 8);
		}
		char out[4];
		unquote(s, n, out);
		return (unsigned char)out[0];
	}
	if (u[0] < 0x80)
		return u[0];
	int64_t r = u[0] < 0xE0 ? (u[0] & 0x1F) : u[0] < 0xF0 ? (u[0] & 0x0F) : (u[0] & 0x07);
	for (int i = 1; i < n; i++)
		r = (r << 6) | (u[i] & 0x3F);
	return r;
}

/* ---- parser/evaluator ----------------------------------------------------------------- */

static Operand expr(int prec);

static Operand bad(void) { return (Operand){T_INT, const_int64(0), 0, 0}; }

static Operand call(int fstart, const char *name, size_t nlen)
{
	Operand args[2];
	int n = 0;
	next(); /* ( */
	while (!is_op(")") && tok.kind != K_EOF && n < 2) {
		args[n++] = expr(1);
		if (is_op(","))
			next();
	}
	Operand x = {T_INT, NULL, fstart, tok.end};
	next(); /* ) */
	if (error)
		return bad();
	int t = type_by_name(name, nlen);
	if (t >= 0) { /* conversion T(x) */
		Operand a = args[0];
		Const *out;
		bool ok = is_numeric(a.type) && const_representable(a.val, rep_of((Type)t), &out, NULL);
		if (!ok) {
			if (is_numeric(a.type))
				a.val = out; /* gc keeps ToInt's value for the message */
			if (is_integer(a.type) && is_integer((Type)t))
				errorf("constant %s overflows %s", const_format(a.val), type_names[t]);
			else
				errorf("cannot convert %s to type %s", operand_string(&a), type_names[t]);
			return bad();
		}
		x.type = (Type)t;
		x.val = out;
		return x;
	}
	if (nlen == 4 && (memcmp(name, "real", 4) == 0 || memcmp(name, "imag", 4) == 0)) {
		Operand a = args[0];
		bool re = name[0] == 'r';
		x.val = re ? const_real(a.val) : const_imag(a.val);
		x.type = a.type == T_COMPLEX64 ? T_FLOAT32 : a.type == T_COMPLEX128 ? T_FLOAT64 : T_FLOAT;
		return x;
	}
	if (nlen == 7 && memcmp(name, "complex", 7) == 0) {
		Operand a = args[0], b = args[1];
		if (is_untyped(a.type) && !is_untyped(b.type))
			convert_implicit(&a, b.type);
		else if (is_untyped(b.type) && !is_untyped(a.type))
			convert_implicit(&b, a.type);
		if (error)
			return bad();
		x.val = const_complex(a.val, b.val);
		x.type = a.type == T_FLOAT32 ? T_COMPLEX64 : a.type == T_FLOAT64 ? T_COMPLEX128 : T_COMPLEX;
		return x;
	}
	errorf("unsupported call %.*s", (int)nlen, name);
	return bad();
}

static Operand primary(void)
{
	Operand x = {T_INT, NULL, tok.start, tok.end};
	switch (tok.kind) {
	case K_NUM: {
		char *lit = text(&x);
		const char *err;
		x.val = const_from_literal('?', lit, &err);
		if (!x.val) {
			errorf("%s", err);
			return bad();
		}
		x.type = const_kind(x.val) == CONST_INT ? T_INT : const_kind(x.val) == CONST_FLOAT ? T_FLOAT : T_COMPLEX;
		next();
		return x;
	}
	case K_CHAR:
		x.type = T_RUNE;
		x.val = const_int64(rune_value(src + x.start + 1, x.end - x.start - 2));
		next();
		return x;
	case K_STRING: {
		int n = x.end - x.start - 2;
		char *buf = malloc((size_t)n * 4 + 1);
		int64_t len;
		if (src[x.start] == '`') {
			memcpy(buf, src + x.start + 1, (size_t)n);
			len = n;
		} else {
			len = unquote(src + x.start + 1, n, buf);
		}
		x.type = T_STRING;
		x.val = const_string(buf, len);
		next();
		return x;
	}
	case K_IDENT: {
		const char *name = src + tok.start;
		size_t n = (size_t)(tok.end - tok.start);
		next();
		if (is_op("("))
			return call(x.start, name, n);
		if (n == 4 && memcmp(name, "true", 4) == 0) {
			x.type = T_BOOL;
			x.val = const_bool(true);
			return x;
		}
		if (n == 5 && memcmp(name, "false", 5) == 0) {
			x.type = T_BOOL;
			x.val = const_bool(false);
			return x;
		}
		errorf("undefined: %.*s", (int)n, name);
		return bad();
	}
	case K_OP:
		if (is_op("(")) {
			next();
			Operand y = expr(1);
			y.start = x.start;
			y.end = tok.end;
			next(); /* ) */
			return y;
		}
		/* fall through */
	default:
		errorf("syntax error at %d", tok.start);
		return bad();
	}
}

static Operand unary(void)
{
	if (tok.kind == K_OP && (is_op("+") || is_op("-") || is_op("!") || is_op("^"))) {
		char op = tok.op[0];
		int start = tok.start;
		next();
		Operand x = unary();
		if (error)
			return bad();
		x.start = start;
		ConstOp cop = op == '+' ? COP_POS : op == '-' ? COP_NEG : op == '!' ? COP_NOT : COP_COMPLEMENT;
		bool ok = op == '!' ? x.type == T_BOOL : op == '^' ? is_integer(x.type) : is_numeric(x.type);
		if (!ok) {
			errorf("invalid operation: operator %c not defined on %s", op, operand_string(&x));
			return bad();
		}
		x.val = const_unary(cop, x.val, op == '^' && is_unsigned(x.type) ? type_bits(x.type) : 0);
		check_overflow(&x, op == '^' ? "bitwise complement" : "");
		return x;
	}
	return primary();
}

static int precedence(void)
{
	if (tok.kind != K_OP)
		return 0;
	static const char *p5[] = {"*", "/", "%", "<<", ">>", "&", "&^"};
	static const char *p4[] = {"+", "-", "|", "^"};
	static const char *p3[] = {"==", "!=", "<", "<=", ">", ">="};
	for (size_t i = 0; i < sizeof p5 / sizeof *p5; i++)
		if (is_op(p5[i]))
			return 5;
	for (size_t i = 0; i < sizeof p4 / sizeof *p4; i++)
		if (is_op(p4[i]))
			return 4;
	for (size_t i = 0; i < sizeof p3 / sizeof *p3; i++)
		if (is_op(p3[i]))
			return 3;
	if (is_op("&&"))
		return 2;
	if (is_op("||"))
		return 1;
	return 0;
}

static ConstOp op_of(const char *op)
{
	static const struct { const char *s; ConstOp op; } t[] = {
		{"+", COP_ADD}, {"-", COP_SUB}, {"*", COP_MUL}, {"/", COP_QUO}, {"%", COP_REM},
		{"&", COP_AND}, {"|", COP_OR}, {"^", COP_XOR}, {"&^", COP_ANDNOT}, {"<<", COP_SHL},
		{">>", COP_SHR}, {"==", COP_EQL}, {"!=", COP_NEQ}, {"<", COP_LSS}, {"<=", COP_LEQ},
		{">", COP_GTR}, {">=", COP_GEQ}, {"&&", COP_LAND}, {"||", COP_LOR},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (strcmp(t[i].s, op) == 0)
			return t[i].op;
	return COP_ADD;
}

static int shift_lhs_len; /* length of the shifted operand's text */

/* types2's shift for constant operands; x spans the whole shift expression. */
static void shift(Operand *x, Operand *y, ConstOp op)
{
	Const *xval = const_to_int(x->val);
	if (!(is_integer(x->type) || (is_untyped(x->type) && xval))) {
		Operand lhs = *x;
		lhs.end = lhs.start + shift_lhs_len;
		errorf("invalid operation: shifted operand %s must be integer", operand_string(&lhs));
		return;
	}
	Const *yval = const_to_int(y->val);
	if (yval && const_sign_negative(yval)) {
		errorf("invalid operation: negative shift count %s", operand_string(y));
		return;
	}
	if (is_untyped(y->type)) {
		Operand yy = *y;
		if (!convert_implicit(&yy, T_UINTT))
			return;
	}
	if (!yval || !const_fits_uint64(yval) || const_uint64_val(yval) > 1074) {
		errorf("invalid operation: invalid shift count %s", operand_string(y));
		return;
	}
	if (!is_integer(x->type))
		x->type = T_INT;
	x->val = const_shift(op, xval, const_uint64_val(yval));
	check_overflow(x, op == COP_SHL ? "shift" : "");
}

static void binary(Operand *x, const char *opstr, Operand *y)
{
	ConstOp op = op_of(opstr);
	int start = x->start, end = y->end;
	if (op == COP_SHL || op == COP_SHR) {
		Operand yy = *y;
		shift_lhs_len = x->end - x->start;
		x->start = start; /* the shift expression is x in messages */
		x->end = end;
		shift(x, &yy, op);
		return;
	}
	/* matchTypes */
	if (is_untyped(x->type) && is_untyped(y->type)) {
		if (is_numeric(x->type) && is_numeric(y->type)) {
			Type t = x->type > y->type ? x->type : y->type;
			x->type = y->type = t;
		}
	} else if (is_untyped(x->type)) {
		if (!convert_implicit(x, y->type))
			return;
	} else if (is_untyped(y->type)) {
		if (!convert_implicit(y, x->type))
			return;
	}
	if (x->type != y->type) {
		errorf("mismatched types");
		return;
	}
	if (op >= COP_EQL && op <= COP_GEQ) {
		bool ordered = op != COP_EQL && op != COP_NEQ;
		if (x->type == T_BOOL && ordered) {
			errorf("unsupported comparison");
			return;
		}
		if (is_complex(x->type) && ordered) {
			errorf("unsupported comparison");
			return;
		}
		x->val = const_bool(const_compare(op, x->val, y->val));
		x->type = T_BOOL;
		x->start = start;
		x->end = end;
		return;
	}
	bool ok;
	switch (op) {
	case COP_ADD: ok = is_numeric(x->type) || x->type == T_STRING; break;
	case COP_SUB: case COP_MUL: case COP_QUO: ok = is_numeric(x->type); break;
	case COP_LAND: case COP_LOR: ok = x->type == T_BOOL; break;
	default: ok = is_integer(x->type); break;
	}
	if (!ok) {
		errorf("invalid operation: operator %s not defined on %s", opstr, operand_string(x));
		return;
	}
	if ((op == COP_QUO || op == COP_REM) && const_is_zero_divisor(y->val)) {
		errorf("invalid operation: division by zero");
		return;
	}
	x->val = const_binary(op, x->val, y->val, op == COP_QUO && is_integer(x->type));
	x->start = start;
	x->end = end;
	const char *name = op == COP_ADD ? "addition" : op == COP_SUB ? "subtraction" : op == COP_MUL ? "multiplication"
			 : op == COP_XOR ? "bitwise XOR" : "";
	if (x->type != T_STRING && x->type != T_BOOL)
		check_overflow(x, name);
}

static Operand expr(int prec)
{
	Operand x = unary();
	for (;;) {
		int p = precedence();
		if (p < prec || p == 0 || error)
			return x;
		char op[3];
		strcpy(op, tok.op);
		next();
		Operand y = expr(p + 1);
		if (error)
			return bad();
		binary(&x, op, &y);
		if (error)
			return bad();
	}
}

static Operand check_expr(const char *s)
{
	src = s;
	pos = 0;
	error = NULL;
	next();
	Operand x = expr(1);
	if (!error && tok.kind != K_EOF)
		errorf("trailing text at %d", tok.start);
	return x;
}

/* ---- replaying the golden ----------------------------------------------------------------- */

static FILE *open_golden(void)
{
	const char *rel = "testdata/const/golden.txt";
	char path[4096];
	const char *root = getenv("TGO_ROOT");
	if (root) {
		snprintf(path, sizeof path, "%s/%s", root, rel);
		return fopen(path, "r");
	}
	FILE *f = fopen(rel, "r");
	if (f)
		return f;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = 0;
	snprintf(path, sizeof path, "%s/../../%s", dirname(exe), rel);
	return fopen(path, "r");
}

/* "BITS exact|inexact" as in the golden.  math/big reports "exact" for a
 * nonzero fraction far below the smallest subnormal that rounds to zero (its
 * denormal path only covers the top of that range); nothing in gc looks at
 * the flag, so the test accepts either word for those. */
static bool tiny_flag_quirk(const Const *v, const char *want, const char *got)
{
	size_t n = strcspn(want, " ");
	bool zero_bits = strncmp(want, "0000000000000000", n) == 0 || strncmp(want, "8000000000000000", n) == 0;
	return strncmp(want, got, n) == 0 && zero_bits && !const_is_zero(v);
}

static char *float_line(const Const *v, bool f32)
{
	double d = f32 ? const_float32_val(v) : const_float64_val(v);
	uint64_t bits;
	memcpy(&bits, &d, sizeof bits);
	/* exact iff the rounded number is the value itself */
	const Const *re = const_kind(v) == CONST_COMPLEX ? const_real(v) : v;
	Const *back = const_float64(d);
	bool exact = back && const_compare(COP_EQL, back, re);
	return xsprintf("%016llx %s", (unsigned long long)bits, exact ? "exact" : "inexact");
}

/* What `var _ T = x` gives: "ok EXACT" or "err MSG". */
static char *assign_result(const Operand *x, Type t)
{
	Const *out;
	const char *why;
	if (const_representable(x->val, rep_of(t), &out, &why))
		return xsprintf("ok %s", const_format_exact(out));
	/* The word comes from the operand's type, as in gc; const.c's guess
	 * from the value's kind must agree whenever kind and type agree. */
	if ((const_kind(x->val) == CONST_INT) == is_integer(x->type))
		CHECK(strcmp(why, misfit_word(x->type, t)) == 0, "why for %s as %s: %s", src, type_names[t], why);
	return xsprintf("err cannot use %s as %s value in variable declaration (%s)", operand_string(x),
			type_names[t], misfit_word(x->type, t));
}

/* What `var _ = T(x)` gives. */
static char *conv_result(const Operand *x0, Type t)
{
	Operand x = *x0;
	Const *out;
	if (const_representable(x.val, rep_of(t), &out, NULL))
		return xsprintf("ok %s", const_format_exact(out));
	x.val = out;
	if (is_integer(x.type) && is_integer(t))
		return xsprintf("err constant %s overflows %s", const_format(x.val), type_names[t]);
	return xsprintf("err cannot convert %s to type %s", operand_string(&x), type_names[t]);
}

static char *expected_line(FILE *f, char *buf, size_t n)
{
	if (!fgets(buf, (int)n, f))
		return NULL;
	buf[strcspn(buf, "\n")] = 0;
	return buf;
}

static void expect(const char *c, const char *what, const char *want, const char *got)
{
	CHECK(strcmp(want, got) == 0, "case %s: %s:\n    want %s\n    got  %s", c, what, want, got);
}

static int replay_golden(void)
{
	FILE *f = open_golden();
	if (!f) {
		CHECK(false, "cannot open testdata/const/golden.txt (set TGO_ROOT)");
		return 0;
	}
	static char line[65536], cas[65536];
	int ncases = 0;
	while (expected_line(f, line, sizeof line)) {
		if (line[0] == '#' || !line[0])
			continue;
		if (strncmp(line, "case ", 5) != 0) {
			CHECK(false, "golden: unexpected line %s", line);
			continue;
		}
		ncases++;
		strcpy(cas, line + 5);
		Operand x = check_expr(cas);
		char *c = strlen(cas) > 100 ? xsprintf("%.60s...", cas) : cas;
		while (expected_line(f, line, sizeof line) && strcmp(line, "end") != 0) {
			char *sp = strchr(line, ' ');
			if (!sp)
				continue;
			*sp = 0;
			const char *key = line, *want = sp + 1;
			if (strcmp(key, "err") == 0) {
				expect(c, "error", want, error ? error : "(no error)");
				continue;
			}
			if (error) {
				CHECK(false, "case %s: unexpected error: %s", c, error);
				while (expected_line(f, line, sizeof line) && strcmp(line, "end") != 0)
					;
				break;
			}
			if (strcmp(key, "type") == 0) {
				expect(c, key, want, type_names[x.type]);
			} else if (strcmp(key, "str") == 0) {
				expect(c, key, want, const_format(x.val));
			} else if (strcmp(key, "exact") == 0) {
				expect(c, key, want, const_format_exact(x.val));
			} else if (strcmp(key, "f64") == 0 || strcmp(key, "f32") == 0) {
				char *got = float_line(x.val, key[1] == '3');
				if (!tiny_flag_quirk(x.val, want, got))
					expect(c, key, want, got);
			} else if (strcmp(key, "int") == 0) {
				Const *i = const_to_int(x.val);
				expect(c, key, want, i ? const_format_exact(i) : "-");
			} else if (strcmp(key, "assign") == 0 || strcmp(key, "conv") == 0) {
				char *sp2 = strchr(want, ' ');
				int t = type_by_name(want, (size_t)(sp2 - want));
				char *what = xsprintf("%s %.*s", key, (int)(sp2 - want), want);
				expect(c, what, sp2 + 1, key[0] == 'a' ? assign_result(&x, (Type)t) : conv_result(&x, (Type)t));
			} else {
				CHECK(false, "golden: unknown key %s", key);
			}
		}
	}
	fclose(f);
	return ncases;
}

/* ---- direct tests of API details ------------------------------------------------------- */

static void test_api(void)
{
	/* string(rune) */
	int64_t n;
	const char *s = const_string_val(const_rune_string(const_int64(0x4e16)), &n);
	CHECK(n == 3 && memcmp(s, "\xe4\xb8\x96", 3) == 0, "string(0x4e16)");
	s = const_string_val(const_rune_string(const_int64(-1)), &n);
	CHECK(n == 3 && memcmp(s, "\xef\xbf\xbd", 3) == 0, "string(-1)");
	s = const_string_val(const_rune_string(const_int64(0xD800)), &n);
	CHECK(n == 3 && memcmp(s, "\xef\xbf\xbd", 3) == 0, "string(0xD800)");
	s = const_string_val(const_rune_string(const_int64(0x110000)), &n);
	CHECK(n == 3 && memcmp(s, "\xef\xbf\xbd", 3) == 0, "string(0x110000)");

	/* strings with NUL bytes compare and concatenate as bytes */
	Const *a = const_string("a\0b", 3), *b = const_string("a\0c", 3);
	CHECK(const_compare(COP_LSS, a, b), "\"a\\x00b\" < \"a\\x00c\"");
	Const *ab = const_binary(COP_ADD, a, b, false);
	s = const_string_val(ab, &n);
	CHECK(n == 6 && memcmp(s, "a\0ba\0c", 6) == 0, "concatenation keeps NULs");

	/* accessors */
	Const *big = const_shift(COP_SHL, const_int64(1), 63);
	CHECK(!const_fits_int64(big) && const_fits_uint64(big) && const_uint64_val(big) == (uint64_t)1 << 63, "1<<63");
	CHECK(const_int64_val(const_int64(INT64_MIN)) == INT64_MIN, "MinInt64");
	CHECK(const_uint64_val(const_uint64(UINT64_MAX)) == UINT64_MAX, "MaxUint64");
	const char *err;
	Const *f = const_from_literal('f', "1e9", &err);
	CHECK(f && const_fits_int64(f) && const_int64_val(f) == 1000000000, "1e9 as int64");
	CHECK(const_float64_val(const_from_literal('f', "0.1", &err)) == 0.1, "0.1");
	CHECK(const_float32_val(const_from_literal('f', "0.1", &err)) == (double)0.1f, "float32 0.1");
	Const *c = const_from_literal('c', "2.5i", &err);
	CHECK(const_imag_val(c) == 2.5 && const_real_val(c) == 0, "2.5i parts");
	CHECK(const_is_zero(const_from_literal('c', "0i", &err)), "0i is zero");
	CHECK(const_from_literal('f', "-0.5", &err) == NULL, "a literal has no sign");
	CHECK(const_sign_negative(const_unary(COP_NEG, const_from_literal('f', "0.5", &err), 0)), "-0.5 < 0");
	CHECK(const_bool_val(const_bool(true)) && !const_bool_val(const_bool(false)), "bools");
	CHECK(const_float64(1.0 / 0.0) == NULL, "MakeFloat64(Inf) is unknown");

	/* representability words for the value kinds */
	Const *out;
	const char *why;
	CHECK(!const_representable(const_int64(300), CREP_UINT8, &out, &why) && strcmp(why, "overflows") == 0, "300 uint8");
	CHECK(!const_representable(const_from_literal('f', "1.5", &err), CREP_INT64, &out, &why) &&
		      strcmp(why, "truncated") == 0, "1.5 int");
	CHECK(!const_representable(const_from_literal('f', "1e400", &err), CREP_FLOAT64, &out, &why) &&
		      strcmp(why, "overflows") == 0, "1e400 float64");
	CHECK(!const_representable(const_string("x", 1), CREP_INT64, &out, &why), "string as int");

	/* unsigned complement for each width */
	CHECK(const_uint64_val(const_unary(COP_COMPLEMENT, const_int64(0), 64)) == UINT64_MAX, "^uint64(0)");
	CHECK(const_int64_val(const_unary(COP_COMPLEMENT, const_int64(1), 8)) == 254, "^uint8(1)");
	CHECK(const_int64_val(const_unary(COP_COMPLEMENT, const_int64(5), 0)) == -6, "^5");

	/* literal kinds given by the lexer do not matter; bad text is rejected */
	CHECK(const_from_literal('i', "", &err) == NULL, "empty literal");
	CHECK(const_from_literal('i', "12ab", &err) == NULL, "trailing junk");

	/* the int64 fast path agrees with the big path at the edges */
	Const *max = const_int64(INT64_MAX), *one = const_int64(1);
	CHECK(strcmp(const_format(const_binary(COP_ADD, max, one, false)), "9223372036854775808") == 0, "MaxInt64+1");
	CHECK(strcmp(const_format(const_binary(COP_MUL, max, max, false)),
		     "85070591730234615847396907784232501249") == 0, "MaxInt64^2");
	CHECK(strcmp(const_format(const_unary(COP_NEG, const_int64(INT64_MIN), 0)), "9223372036854775808") == 0, "-MinInt64");
	CHECK(strcmp(const_format(const_shift(COP_SHR, const_int64(-1), 1000)), "-1") == 0, "-1 >> 1000");
}

int main(void)
{
	int n = replay_golden();
	test_api();
	printf("const_test: %d golden cases, %d checks, %d failed\n", n, checks, failures);
	return failures ? 1 : 0;
}
