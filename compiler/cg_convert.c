/*
 * cg_convert.c — conversions and type assertions: numeric conversions,
 * string <-> []byte/[]rune conversions, conversions to interfaces (boxing)
 * and x.(T).
 *
 * Which conversions allocate is Go's business and is decided here the way
 * gc's walk decides it (reference/go126-alloc-facts.md §5, §6): an
 * interface data word is the value itself for pointer-shaped types, a
 * shared static word for zero-size values, bools, bytes, constants and
 * static composite literals, a frame object when the conversion does not
 * escape, and only otherwise a runtime convT* call, which still avoids the
 * heap for small integers.  String conversions and concatenations that do
 * not escape pass the runtime a 32-byte frame buffer (cg_alloc.c).
 */
#include "codegen.h"
#include "escape.h"

static int64_t align8(int64_t n) { return (n + 7) & ~7LL; }

enum { TMP_STRING_BUF = 32 }; /* runtime tmpStringBufSize */

/* ---- conversions ---- */

/* %rax (int of type from) -> float of type to */
static void int_to_float(Type *from, Type *to) {
	bool f32 = under(to)->kind == TY_FLOAT32;
	const char *cvt = f32 ? "cvtsi2ssq" : "cvtsi2sdq";
	if (under(from)->kind == TY_UINT64 || under(from)->kind == TY_UINT || under(from)->kind == TY_UINTPTR) {
		int big = new_label(), done = new_label();
		emit("\ttestq %%rax, %%rax");
		emit("\tjs .L%d", big);
		emit("\t%s %%rax, %%xmm0", cvt);
		emit("\tjmp .L%d", done);
		emit(".L%d:", big);
		emit("\tmovq %%rax, %%rcx");
		emit("\tshrq $1, %%rcx");
		emit("\tandl $1, %%eax");
		emit("\torq %%rax, %%rcx");
		emit("\t%s %%rcx, %%xmm0", cvt);
		emit("\t%s %%xmm0, %%xmm0", f32 ? "addss" : "addsd");
		emit(".L%d:", done);
	} else {
		emit("\t%s %%rax, %%xmm0", cvt);
	}
	emit(f32 ? "\tmovd %%xmm0, %%eax" : "\tmovq %%xmm0, %%rax");
}

static void float_to_int(Type *from, Type *to) {
	bool f32 = under(from)->kind == TY_FLOAT32;
	emit(f32 ? "\tmovd %%eax, %%xmm0" : "\tmovq %%rax, %%xmm0");
	const char *cvt = f32 ? "cvttss2siq" : "cvttsd2siq";
	TypeKind k = under(to)->kind;
	if (k == TY_UINT64 || k == TY_UINT || k == TY_UINTPTR) {
		/* values >= 2^63 do not fit cvtt*2si: subtract 2^63 first */
		int big = new_label(), done = new_label();
		if (f32) {
			emit("\tmovl $0x5f000000, %%ecx");
			emit("\tmovd %%ecx, %%xmm1");
			emit("\tucomiss %%xmm1, %%xmm0");
		} else {
			emit("\tmovabsq $0x43e0000000000000, %%rcx");
			emit("\tmovq %%rcx, %%xmm1");
			emit("\tucomisd %%xmm1, %%xmm0");
		}
		emit("\tjae .L%d", big);
		emit("\t%s %%xmm0, %%rax", cvt);
		emit("\tjmp .L%d", done);
		emit(".L%d:", big);
		emit(f32 ? "\tsubss %%xmm1, %%xmm0" : "\tsubsd %%xmm1, %%xmm0");
		emit("\t%s %%xmm0, %%rax", cvt);
		emit("\tbtcq $63, %%rax");
		emit(".L%d:", done);
	} else {
		emit("\t%s %%xmm0, %%rax", cvt);
	}
	normalize_int(to);
}

/* gc's Type.SoleComponent: the only component of a struct with one field
 * or an array of one element, recursively; t itself otherwise; NULL for
 * other structs and arrays. */
static Type *sole_component(Type *t) {
	Type *u = under(t);
	if (u->kind == TY_STRUCT)
		return u->nfields == 1 ? sole_component(u->fields[0]->type) : NULL;
	if (u->kind == TY_ARRAY)
		return u->len == 1 ? sole_component(u->elem) : NULL;
	return t;
}

/* Load the value of type t (size bytes, an aggregate at (%rax) or a
 * scalar in %rax) into %rdi, zero-extended. */
static void value_word_to_rdi(Type *t, int64_t size) {
	if (is_scalar(t)) {
		emit("\tmovq %%rax, %%rdi");
		if (size == 1)
			emit("\tmovzbl %%dil, %%edi");
		else if (size == 2)
			emit("\tmovzwl %%di, %%edi");
		else if (size == 4)
			emit("\tmovl %%edi, %%edi");
		return;
	}
	switch (size) {
	case 1: emit("\tmovzbl (%%rax), %%edi"); break;
	case 2: emit("\tmovzwl (%%rax), %%edi"); break;
	case 4: emit("\tmovl (%%rax), %%edi"); break;
	default: emit("\tmovq (%%rax), %%rdi"); break;
	}
}

/* The operand of conversion conv as read-only data: a constant or a
 * composite literal of constants (gc's order.addrTemp); for types the
 * runtime takes by address also a variable holding one (its static
 * value).  The label, or -1. */
static int static_operand(Node *conv, bool by_address) {
	Node *x = conv->x;
	if (x->mode == MODE_CONST) {
		if (is_untyped(x->type))
			return -1;
		return static_data(x, x->type);
	}
	Node *v = x;
	while (v->kind == N_PAREN)
		v = v->x;
	if (v->kind != N_COMPOSITE && by_address)
		v = esc_static_value(x);
	while (v->kind == N_PAREN)
		v = v->x;
	if (v->kind != N_COMPOSITE || under(v->type)->kind == TY_SLICE || under(v->type)->kind == TY_MAP)
		return -1;
	if (opt.no_opt && v != x)
		return -1;
	return static_data(v, x->type);
}

/* The interface data word of conversion n (of a non-interface value) in
 * %rax: Go's rules for which conversions allocate (walk's dataWord). */
static void gen_data_word(Node *n) {
	Node *x = n->x;
	Type *t = x->type;
	Type *u = under(t);
	int64_t size = type_size(t);
	if (is_direct_iface(t)) {
		gen_expr(x);
		if (!is_scalar(t))
			emit("\tmovq (%%rax), %%rax"); /* a one-pointer struct or array */
		return;
	}
	if (size == 0) {
		gen_expr(x); /* for its side effects */
		emit("\tleaq zerobase(%%rip), %%rax");
		return;
	}
	Type *sc = sole_component(t);
	if ((sc && is_boolean(sc)) || (size == 1 && sc && is_integer(sc))) {
		/* bools and bytes point into the static table of small values */
		gen_expr(x);
		value_word_to_rdi(t, 1);
		emit("\tleaq staticuint64s(%%rip), %%rax");
		emit("\tleaq (%%rax,%%rdi,8), %%rax");
		return;
	}
	/* the runtime helper gc would call, and whether it takes an address */
	const char *fn = NULL;
	if (size == 2 && type_align(t) == 2)
		fn = "convT16";
	else if (size == 4 && type_align(t) == 4 && !has_pointers(t))
		fn = "convT32";
	else if (size == 8 && type_align(t) == 8 && !has_pointers(t))
		fn = "convT64";
	else if (sc && under(sc)->kind == TY_STRING)
		fn = "convTstring";
	else if (sc && under(sc)->kind == TY_SLICE)
		fn = "convTslice";
	bool by_address = fn == NULL;
	int label = static_operand(n, by_address);
	if (label >= 0) {
		emit("\tleaq .LK%d(%%rip), %%rax", label);
		return;
	}
	if (esc_on_stack(n) && size <= 1024) {
		/* the conversion does not escape: a frame copy of the value */
		int64_t obj = frame_object(size, type_align(t));
		gen_expr(x);
		frame_object_addr(obj, "%rdi");
		store_value(t);
		emit("\tmovq %%rdi, %%rax");
		return;
	}
	gen_expr(x);
	if (fn && strcmp(fn, "convTstring") == 0) {
		emit("\tmovq 8(%%rax), %%rsi");
		emit("\tmovq (%%rax), %%rdi");
		c_call(fn, 2);
		return;
	}
	if (fn && strcmp(fn, "convTslice") == 0) {
		emit("\tmovq 16(%%rax), %%rdx");
		emit("\tmovq 8(%%rax), %%rsi");
		emit("\tmovq (%%rax), %%rdi");
		c_call(fn, 3);
		return;
	}
	if (fn) {
		value_word_to_rdi(t, size);
		c_call(fn, 1);
		return;
	}
	if (is_scalar(t)) {
		int64_t tmp = alloc_temp(8, 8);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-tmp);
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-tmp);
	}
	(void)u;
	emit("\tmovq %%rax, %%rsi");
	emit("\tleaq %s(%%rip), %%rdi", type_desc(t));
	c_call(has_pointers(t) ? "convT" : "convTnoptr", 2);
}

static void gen_to_interface(Node *n) {
	Type *to = n->type;
	Node *x = n->x;
	Type *from = x->type;
	int64_t res = alloc_temp(16, 8);
	if (from->kind == TY_UNTYPED_NIL) {
		emit("\tmovq $0, %lld(%%rbp)", (long long)-res);
		emit("\tmovq $0, %lld(%%rbp)", (long long)(-res + 8));
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	if (is_interface(from)) {
		gen_expr(x);
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-res + 8));
		emit("\tmovq (%%rax), %%rax");
		if (is_empty_interface(to)) {
			if (!is_empty_interface(from)) {
				/* itab -> type */
				int nil = new_label();
				emit("\ttestq %%rax, %%rax");
				emit("\tje .L%d", nil);
				emit("\tmovq 8(%%rax), %%rax");
				emit(".L%d:", nil);
			}
		} else {
			int nil = new_label();
			emit("\ttestq %%rax, %%rax");
			emit("\tje .L%d", nil);
			if (!is_empty_interface(from))
				emit("\tmovq 8(%%rax), %%rax");
			emit("\tmovq %%rax, %%rsi");
			emit("\tleaq %s(%%rip), %%rdi", type_desc(to));
			emit("\txorl %%edx, %%edx");
			c_call("getitab", 3);
			emit(".L%d:", nil);
		}
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	gen_data_word(n);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-res + 8));
	if (is_empty_interface(to))
		emit("\tleaq %s(%%rip), %%rax", type_desc(from));
	else
		emit("\tleaq %s(%%rip), %%rax", itab_sym(from, to));
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* A GoString in rax:rdx or a GoSlice result area into a fresh temp. */
void string_result(void) {
	int64_t res = alloc_temp(16, 8);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
	emit("\tmovq %%rdx, %lld(%%rbp)", (long long)(-res + 8));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* []byte(s) sharing s's bytes (gc's OSTR2BYTESTMP): the conversion is
 * never mutated and does not escape, or is the operand of a range. */
void gen_string_bytes_view(Node *s) {
	gen_expr(s);
	int64_t res = alloc_temp(24, 8);
	/* []byte("") is not nil */
	emit("\tmovq (%%rax), %%rcx");
	emit("\tleaq zerobase(%%rip), %%rdx");
	emit("\ttestq %%rcx, %%rcx");
	emit("\tcmovzq %%rdx, %%rcx");
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-res);
	emit("\tmovq 8(%%rax), %%rcx");
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-res + 8));
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-res + 16));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* string(b) that the program only looks at right away (gc's
 * OBYTES2STRTMP: map lookups, comparisons, switch tags, concatenations
 * with a constant): a string header over b's bytes, no copy. */
void gen_bytes_string_view(Node *n) {
	gen_expr(n->x);
	int64_t res = alloc_temp(16, 8);
	emit("\tmovq (%%rax), %%rcx");
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-res);
	emit("\tmovq 8(%%rax), %%rcx");
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-res + 8));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* Is n the conversion string(b) of a []byte? */
bool is_bytes_to_string(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	return n->kind == N_CONV && n->mode != MODE_CONST && is_string(n->type) && under(n->x->type)->kind == TY_SLICE &&
	       under(under(n->x->type)->elem)->kind == TY_UINT8;
}

/* Evaluate a string operand that is only looked at: string(b) without a
 * copy, anything else as usual. */
void gen_string_operand(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	if (is_bytes_to_string(n))
		gen_bytes_string_view(n);
	else
		gen_expr(n);
}

/* []byte("constant"): a [len]byte array, in the frame if the conversion
 * does not escape (and is at most 64 KiB), else new([len]byte); cap = len. */
static void gen_const_string_bytes(Node *n) {
	int64_t len;
	const char *str = const_string_val(n->x->cval, &len);
	Type *at = array_of(type_byte, len);
	if (esc_on_stack(n) && len <= 64 * 1024) {
		int64_t obj = frame_object(len, 1);
		frame_object_addr(obj, "%rax");
	} else {
		gen_new_object(NULL, at);
	}
	int64_t res = alloc_temp(24, 8);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
	emit("\tmovq $%lld, %lld(%%rbp)", (long long)len, (long long)(-res + 8));
	emit("\tmovq $%lld, %lld(%%rbp)", (long long)len, (long long)(-res + 16));
	if (len) {
		emit("\tmovq %%rax, %%rdi");
		emit("\tleaq .LS%lld(%%rip), %%rsi", (long long)string_literal(str, len));
		emit("\tmovq (%%rsi), %%rsi");
		copy_mem("%rdi", "%rsi", len);
	}
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* The value of type from at -off(%rbp), converted to type to (an
 * interface) or as it is, in %rax per gen_expr's convention. */
void gen_temp_value_as(int64_t off, Type *from, Type *to) { gen_temp_value_conv(off, from, to, 0); }

/* The same, the conversion's allocation decided by esc_flags (those of the
 * checker's conversion node that this one stands for). */
void gen_temp_value_conv(int64_t off, Type *from, Type *to, int esc_flags) {
	Node *tmp = temp_value_ref(off, from);
	tmp->mode = MODE_VALUE;
	if (!is_interface(to) || types_identical(from, to)) {
		gen_expr(tmp);
		return;
	}
	Node conv = {0};
	conv.kind = N_CONV;
	conv.esc_flags = esc_flags;
	conv.implicit = true;
	conv.type = to;
	conv.mode = MODE_VALUE;
	conv.x = tmp;
	gen_expr(&conv);
}

void gen_convert(Node *n) {
	Node *x = n->x;
	Type *to = n->type, *from = x->type;
	Type *tu = under(to), *fu = under(from);
	if (is_interface(to)) {
		gen_to_interface(n);
		return;
	}
	if (from->kind == TY_UNTYPED_NIL) {
		gen_zero_value(to);
		return;
	}
	/* string conversions: a frame buffer when the result does not escape */
	if (tu->kind == TY_STRING && is_integer(fu)) {
		gen_expr(x);
		emit("\tmovq %%rax, %%rsi");
		gen_buf_arg(n, 4, "%rdi");
		c_call("intstring", 2);
		string_result();
		return;
	}
	if (tu->kind == TY_STRING && fu->kind == TY_SLICE) {
		gen_expr(x);
		emit("\tmovq 8(%%rax), %%rdx");
		emit("\tmovq (%%rax), %%rsi");
		gen_buf_arg(n, TMP_STRING_BUF, "%rdi");
		c_call(under(fu->elem)->kind == TY_UINT8 ? "slicebytetostring" : "slicerunetostring", 3);
		string_result();
		return;
	}
	if (tu->kind == TY_SLICE && fu->kind == TY_STRING) {
		bool bytes = under(tu->elem)->kind == TY_UINT8;
		if (bytes && (n->esc_flags & ESC_ZEROCOPY) && !opt.escape_all) {
			gen_string_bytes_view(x);
			return;
		}
		if (bytes && x->mode == MODE_CONST) {
			gen_const_string_bytes(n);
			return;
		}
		gen_expr(x);
		int64_t res = alloc_temp(24, 8);
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq (%%rax), %%rdx");
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
		gen_buf_arg(n, bytes ? TMP_STRING_BUF : 4 * TMP_STRING_BUF, "%rsi");
		c_call(bytes ? "stringtoslicebyte" : "stringtoslicerune", 4);
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	/* slice to array or array pointer */
	if (fu->kind == TY_SLICE && (tu->kind == TY_ARRAY || tu->kind == TY_POINTER)) {
		Type *at = tu->kind == TY_ARRAY ? tu : under(tu->elem);
		gen_expr(x);
		int ok = new_label();
		emit("\tcmpq $%lld, 8(%%rax)", (long long)at->len);
		emit("\tjge .L%d", ok);
		emit("\tmovq 8(%%rax), %%rsi");
		emit("\tmovq $%lld, %%rdx", (long long)at->len);
		emit("\tmovl $8, %%edi");
		emit("\tmovl $1, %%ecx");
		gen_panic_call("rt_panicbounds");
		emit(".L%d:", ok);
		emit("\tmovq (%%rax), %%rax");
		if (tu->kind == TY_ARRAY) {
			int64_t res = alloc_temp(type_size(at), type_align(at));
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
			copy_mem("%rdi", "%rax", type_size(at));
			emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		} else if (at->len == 0) {
			/* (*[0]T)(s) of a nil slice is nil, of an empty one not */
		}
		return;
	}
	gen_expr(x);
	if (is_float(tu) && is_integer(fu)) {
		int_to_float(from, to);
		return;
	}
	if (is_integer(tu) && is_float(fu)) {
		float_to_int(from, to);
		return;
	}
	if (is_float(tu) && is_float(fu)) {
		if (tu->kind == TY_FLOAT32 && fu->kind == TY_FLOAT64) {
			emit("\tmovq %%rax, %%xmm0");
			emit("\tcvtsd2ss %%xmm0, %%xmm0");
			emit("\tmovd %%xmm0, %%eax");
		} else if (tu->kind == TY_FLOAT64 && fu->kind == TY_FLOAT32) {
			emit("\tmovd %%eax, %%xmm0");
			emit("\tcvtss2sd %%xmm0, %%xmm0");
			emit("\tmovq %%xmm0, %%rax");
		}
		return;
	}
	if (is_complex(tu) && is_complex(fu) && tu->kind != fu->kind) {
		int64_t res = alloc_temp(16, 8);
		if (tu->kind == TY_COMPLEX64) {
			emit("\tcvtsd2ss (%%rax), %%xmm0");
			emit("\tcvtsd2ss 8(%%rax), %%xmm1");
			emit("\tmovss %%xmm0, %lld(%%rbp)", (long long)-res);
			emit("\tmovss %%xmm1, %lld(%%rbp)", (long long)(-res + 4));
		} else {
			emit("\tcvtss2sd (%%rax), %%xmm0");
			emit("\tcvtss2sd 4(%%rax), %%xmm1");
			emit("\tmovsd %%xmm0, %lld(%%rbp)", (long long)-res);
			emit("\tmovsd %%xmm1, %lld(%%rbp)", (long long)(-res + 8));
		}
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
		return;
	}
	if (is_integer(tu))
		normalize_int(to);
}

/* ---- type assertions ---- */

void gen_type_assert(Node *n) {
	Type *t = n->type;
	Type *it = n->x->type;
	bool eface = is_empty_interface(it);
	int64_t src = alloc_temp(16, 8);
	gen_to_temp(n->x, src);
	int64_t vsize = type_size(t);
	int64_t res = alloc_temp(align8(vsize) + 8, 8); /* value, ok */
	int64_t ok_off = align8(vsize);
	int fail = new_label(), done = new_label();
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
	zero_mem("%rdi", align8(vsize) + 8);
	/* the dynamic type of the operand in %rax */
	emit("\tmovq %lld(%%rbp), %%rax", (long long)-src);
	if (!eface) {
		int nil = new_label();
		emit("\ttestq %%rax, %%rax");
		emit("\tje .L%d", nil);
		emit("\tmovq 8(%%rax), %%rax");
		emit(".L%d:", nil);
	}
	if (is_interface(t)) {
		emit("\ttestq %%rax, %%rax");
		emit("\tje .L%d", fail);
		if (is_empty_interface(t)) {
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
		} else {
			emit("\tmovq %%rax, %%rsi");
			emit("\tleaq %s(%%rip), %%rdi", type_desc(t));
			emit("\tmovl $1, %%edx");
			c_call("getitab", 3);
			emit("\ttestq %%rax, %%rax");
			emit("\tje .L%d", fail);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
		}
		emit("\tmovq %lld(%%rbp), %%rax", (long long)(-src + 8));
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-res + 8));
	} else {
		emit("\tleaq %s(%%rip), %%rcx", type_desc(t));
		emit("\tcmpq %%rcx, %%rax");
		emit("\tjne .L%d", fail);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)(-src + 8));
		if (is_direct_iface(t)) {
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
		} else {
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
			copy_mem("%rdi", "%rax", vsize);
		}
	}
	emit("\tmovq $1, %lld(%%rbp)", (long long)(-res + ok_off));
	emit("\tjmp .L%d", done);
	emit(".L%d:", fail);
	if (n->implicit) {
		/* devirtualized call on a nil interface: a nil dereference */
		emit("\txorl %%eax, %%eax");
		emit("\ttestb %%al, (%%rax)");
	} else if (!n->comma_ok) {
		if (is_interface(t) && !is_empty_interface(t)) {
			/* x.(I) failing: the runtime reports the missing method */
			emit("\tmovq %lld(%%rbp), %%rax", (long long)-src);
			if (!eface) {
				int nil2 = new_label();
				emit("\ttestq %%rax, %%rax");
				emit("\tje .L%d", nil2);
				emit("\tmovq 8(%%rax), %%rax");
				emit(".L%d:", nil2);
			}
			emit("\tpushq %%rax");
			emit("\tmovq %%rax, %%rsi");
			emit("\tleaq %s(%%rip), %%rdi", type_desc(t));
			c_call("rt_assertE2I", 2);
			emit("\tpopq %%rax");
		}
		emit("\tmovq %%rax, %%rdi");
		emit("\tleaq %s(%%rip), %%rsi", type_desc(t));
		emit("\tleaq %s(%%rip), %%rdx", type_desc(it));
		gen_panic_call("rt_panicdottype");
	}
	emit(".L%d:", done);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
	if (!n->comma_ok && is_scalar(t))
		load_scalar(t);
}
