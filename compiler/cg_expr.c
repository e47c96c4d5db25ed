/*
 * cg_expr.c — code generation for expressions.
 *
 * gen_expr(n): a scalar value in %rax, or the address of an aggregate value
 * (a variable's own storage, or a temporary).  gen_addr(n): the address of
 * an addressable expression.  Integers are kept canonical in %rax (sign- or
 * zero-extended from their width); floats travel in %rax as bit patterns and
 * go through %xmm0/%xmm1 for arithmetic.
 *
 * Run-time checks follow Go: indices and slice bounds are checked (with
 * Go's panic messages from the runtime), integer division by zero panics,
 * nil pointers fault into the runtime's SIGSEGV handler, shifts by counts
 * of the width or more give 0 (or -1), and MinInt64 / -1 wraps.
 */
#include "codegen.h"

static void gen_string_concat(Node *n);
static void gen_compare(Node *n);

/* ---- constants ---- */

typedef struct StrLit {
	char *s;
	int64_t len;
	int label;
} StrLit;

static Vec strlits;
static void emit_static_data(void);

/* A static string header {ptr, len} in .rodata; returns its label. */
int64_t string_literal(const char *s, int64_t len) {
	for (int i = 0; i < strlits.len; i++) {
		StrLit *l = strlits.data[i];
		if (l->len == len && memcmp(l->s, s, len) == 0)
			return l->label;
	}
	StrLit *l = xalloc(sizeof *l);
	l->s = xstrndup(s, len);
	l->len = len;
	l->label = new_label();
	vec_push(&strlits, l);
	return l->label;
}

void emit_string_literals(void) {
	emit("\t.section .data.rel.ro,\"aw\"");
	emit_static_data();
	for (int i = 0; i < strlits.len; i++) {
		StrLit *l = strlits.data[i];
		emit("\t.p2align 3");
		emit(".LS%d:", l->label);
		if (l->len)
			emit("\t.quad .LSD%d, %lld", l->label, (long long)l->len);
		else
			emit("\t.quad 0, 0");
		if (l->len) {
			fprintf(cg_out, ".LSD%d:\n\t.byte ", l->label);
			for (int64_t k = 0; k < l->len; k++)
				fprintf(cg_out, k ? ",%d" : "%d", (unsigned char)l->s[k]);
			fprintf(cg_out, "\n");
		}
	}
}

/* ---- static read-only data ---- */

/* Values known at compile time (constants, composite literals of
 * constants) that the program needs in memory, e.g. as the data word of
 * an interface: gc's read-only statics.  A string inside one refers to the
 * bytes of a string literal (a relocation). */
typedef struct StaticData {
	uint8_t *bytes;
	int64_t size;
	Vec relocs;   /* pairs: byte offset, string literal label */
	int label;
} StaticData;

static Vec statics;

static void put_int(uint8_t *p, uint64_t v, int64_t size) {
	for (int64_t i = 0; i < size; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static bool encode_static(Node *n, Type *t, StaticData *d, int64_t off);

static bool encode_const(Const *c, Type *t, StaticData *d, int64_t off) {
	Type *u = under(t);
	uint8_t *p = d->bytes + off;
	if (u->kind == TY_BOOL) {
		p[0] = const_bool_val(c);
	} else if (u->kind == TY_STRING) {
		int64_t len;
		const char *str = const_string_val(c, &len);
		if (len) {
			vec_push(&d->relocs, (void *)(intptr_t)off);
			vec_push(&d->relocs, (void *)(intptr_t)string_literal(str, len));
		}
		put_int(p + 8, (uint64_t)len, 8);
	} else if (u->kind == TY_FLOAT32) {
		float f = (float)const_float32_val(const_to_float(c));
		memcpy(p, &f, 4);
	} else if (u->kind == TY_FLOAT64) {
		double f = const_float64_val(const_to_float(c));
		memcpy(p, &f, 8);
	} else if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
		Const *cc = const_to_complex(c);
		if (u->kind == TY_COMPLEX64) {
			float re = (float)const_real_val(cc), im = (float)const_imag_val(cc);
			memcpy(p, &re, 4);
			memcpy(p + 4, &im, 4);
		} else {
			double re = const_real_val(cc), im = const_imag_val(cc);
			memcpy(p, &re, 8);
			memcpy(p + 8, &im, 8);
		}
	} else if (is_integer(u)) {
		Const *iv = const_to_int(c);
		put_int(p, is_unsigned(u) ? const_uint64_val(iv) : (uint64_t)const_int64_val(iv), type_size(u));
	} else {
		return false;
	}
	return true;
}

static bool encode_static(Node *n, Type *t, StaticData *d, int64_t off) {
	n = skip_parens(n);
	if (n->mode == MODE_CONST)
		return encode_const(n->cval, t, d, off);
	if (n->type && n->type->kind == TY_UNTYPED_NIL)
		return true;
	if (n->kind == N_CONV && n->x->type && n->x->type->kind == TY_UNTYPED_NIL && !is_interface(n->type))
		return true;
	if (n->kind != N_COMPOSITE)
		return false;
	Type *u = under(n->type);
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			int fi = i;
			if (e->kind == N_KEYVALUE) {
				fi = -1;
				for (int k = 0; k < u->nfields; k++)
					if (strcmp(u->fields[k]->name, e->x->name) == 0)
						fi = k;
				e = e->y;
			}
			if (fi < 0 || !encode_static(e, u->fields[fi]->type, d, off + u->fields[fi]->offset))
				return false;
		}
		return true;
	}
	if (u->kind == TY_ARRAY) {
		int64_t idx = 0, esize = type_size(u->elem);
		for (int i = 0; i < n->list.n; i++, idx++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE) {
				idx = const_int64_val(const_to_int(e->x->cval));
				e = e->y;
			}
			if (!encode_static(e, u->elem, d, off + idx * esize))
				return false;
		}
		return true;
	}
	return false;
}

/* The label (.LK<n>) of read-only data holding the value of n (a
 * constant or a composite literal of constants) as type t, or -1 if n is
 * not such a value. */
int static_data(Node *n, Type *t) {
	StaticData *d = xalloc(sizeof *d);
	d->size = type_size(t);
	d->bytes = xalloc(d->size ? d->size : 1);
	if (!encode_static(n, t, d, 0))
		return -1;
	for (int i = 0; i < statics.len; i++) {
		StaticData *o = statics.data[i];
		if (o->size == d->size && o->relocs.len == 0 && d->relocs.len == 0 && memcmp(o->bytes, d->bytes, d->size) == 0)
			return o->label;
	}
	d->label = new_label();
	vec_push(&statics, d);
	return d->label;
}

static void emit_static_data(void) {
	for (int i = 0; i < statics.len; i++) {
		StaticData *d = statics.data[i];
		emit("\t.p2align 3");
		emit(".LK%d:", d->label);
		int64_t k = 0, r = 0;
		while (k < d->size) {
			if (r < d->relocs.len && (intptr_t)d->relocs.data[r] == k) {
				emit("\t.quad .LSD%d", (int)(intptr_t)d->relocs.data[r + 1]);
				r += 2;
				k += 8;
				continue;
			}
			emit("\t.byte %d", d->bytes[k]);
			k++;
		}
		if (d->size == 0)
			emit("\t.byte 0");
	}
}

static void gen_int_const(int64_t v) {
	if (v == 0)
		emit("\txorl %%eax, %%eax");
	else if (v >= INT32_MIN && v <= INT32_MAX)
		emit("\tmovq $%lld, %%rax", (long long)v);
	else
		emit("\tmovabsq $%lld, %%rax", (long long)v);
}

/* An aggregate constant (complex) in a temporary; its address in %rax. */
static void gen_complex_const(Type *t, double re, double im) {
	int64_t off = alloc_temp(16, 8);
	if (under(t)->kind == TY_COMPLEX64) {
		float fr = (float)re, fi = (float)im;
		uint32_t br, bi;
		memcpy(&br, &fr, 4);
		memcpy(&bi, &fi, 4);
		emit("\tmovl $%u, %lld(%%rbp)", br, (long long)-off);
		emit("\tmovl $%u, %lld(%%rbp)", bi, (long long)(-off + 4));
	} else {
		uint64_t br, bi;
		memcpy(&br, &re, 8);
		memcpy(&bi, &im, 8);
		emit("\tmovabsq $%llu, %%rax", (unsigned long long)br);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-off);
		emit("\tmovabsq $%llu, %%rax", (unsigned long long)bi);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-off + 8));
	}
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
}

void gen_const(Node *n) {
	Type *t = n->type;
	Const *c = n->cval;
	Type *u = under(t);
	if (is_untyped(t))
		u = under(default_type(t));
	switch (u->kind) {
	case TY_BOOL:
		gen_int_const(const_bool_val(c));
		return;
	case TY_STRING: {
		int64_t len;
		const char *s = const_string_val(c, &len);
		emit("\tleaq .LS%lld(%%rip), %%rax", (long long)string_literal(s, len));
		return;
	}
	case TY_FLOAT64: {
		double d = const_float64_val(const_to_float(c));
		uint64_t bits;
		memcpy(&bits, &d, 8);
		emit("\tmovabsq $%llu, %%rax", (unsigned long long)bits);
		return;
	}
	case TY_FLOAT32: {
		float f = (float)const_float32_val(const_to_float(c));
		uint32_t bits;
		memcpy(&bits, &f, 4);
		emit("\tmovl $%u, %%eax", bits);
		return;
	}
	case TY_COMPLEX64: case TY_COMPLEX128: {
		Const *cc = const_to_complex(c);
		gen_complex_const(t, const_real_val(cc), const_imag_val(cc));
		return;
	}
	default:
		if (is_integer(u)) {
			Const *iv = const_to_int(c);
			if (is_unsigned(u))
				gen_int_const((int64_t)const_uint64_val(iv));
			else
				gen_int_const(const_int64_val(iv));
			return;
		}
		if (is_interface(u)) {
			/* a constant converted to an interface: handled by N_CONV */
			ice_at(n->pos, "constant of interface type");
		}
		gen_int_const(0);
	}
}

/* rax = zero value of t (scalar), or the address of a zeroed temporary. */
void gen_zero_value(Type *t) {
	if (is_scalar(t)) {
		emit("\txorl %%eax, %%eax");
		return;
	}
	int64_t size = type_size(t);
	int64_t off = alloc_temp(size, type_align(t));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
	zero_mem("%rax", size);
}

/* Evaluate n and copy its value into the temporary at -off(%rbp). */
void gen_to_temp(Node *n, int64_t off) {
	gen_expr(n);
	if (is_scalar(n->type)) {
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-off);
		store_scalar(n->type, "%rdi");
	} else {
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-off);
		copy_mem("%rdi", "%rax", type_size(n->type));
	}
}

/* store: the value of type t (convention of gen_expr) in %rax to (%rdi) */
void store_value(Type *t) {
	if (is_scalar(t))
		store_scalar(t, "%rdi");
	else
		copy_mem("%rdi", "%rax", type_size(t));
}

/* A node reading the value held in temp off (of type t): an N_TEMPREF
 * through a new temp holding off's address. */
Node *temp_value_ref(int64_t off, Type *t) {
	int64_t addr = alloc_temp(8, 8);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-addr);
	Node *n = new_node(N_TEMPREF, nopos);
	n->iota = addr;
	n->type = t;
	n->mode = MODE_VAR;
	return n;
}

void gen_nil_check(void) {
	/* a load through the pointer faults for nil; the SIGSEGV handler turns
	 * the fault into Go's nil pointer dereference panic */
	emit("\ttestb %%al, (%%rax)");
}

/* ---- addresses ---- */

static int64_t field_offset(Node *sel) {
	Type *st = under(sel->x->type);
	type_size(st);
	return st->fields[sel->field_index]->offset;
}

int field_path_offset(Node *sel) { return (int)field_offset(sel); }

/* Bounds check: index in %rax, length in %rdi. */
void gen_bounds_check(bool is_unsigned_index) {
	int ok = new_label();
	emit("\tcmpq %%rdi, %%rax");
	emit("\tjb .L%d", ok);
	emit("\tmovq %%rax, %%rsi");
	emit("\tmovq %%rdi, %%rdx");
	emit("\tmovl $0, %%edi"); /* boundsIndex */
	emit("\tmovl $%d, %%ecx", is_unsigned_index ? 0 : 1);
	emit("\tandq $-16, %%rsp");
	emit("\tcall rt_panicbounds");
	emit(".L%d:", ok);
}

/* Address of element n->y of the array/slice/string n->x, in %rax. */
static void gen_index_addr(Node *n) {
	Type *xt = under(n->x->type);
	Type *et = n->type;
	int64_t esize = type_size(et);
	bool unsigned_index = is_unsigned(n->y->type);
	if (xt->kind == TY_ARRAY) {
		bool through_ptr = n->x->kind == N_DEREF || n->x->kind == N_STAR;
		if (n->y->mode == MODE_CONST) {
			int64_t i = const_int64_val(const_to_int(n->y->cval));
			if (through_ptr) {
				/* p[i] with p nil faults at the element's address, as in Go */
				gen_expr(n->x->x);
				emit("\ttestb %%al, %lld(%%rax)", (long long)(i * esize < 4096 ? i * esize : 0));
			} else {
				gen_expr(n->x); /* address of the array */
			}
			if (i)
				emit("\taddq $%lld, %%rax", (long long)(i * esize));
			return;
		}
		gen_expr(n->x); /* address of the array */
		push();
		gen_expr(n->y);
		emit("\tmovq $%lld, %%rdi", (long long)xt->len);
		gen_bounds_check(unsigned_index);
		pop("%rdi");
	} else {
		/* slice or string: {ptr, len} */
		gen_expr(n->x);
		push();
		gen_expr(n->y);
		emit("\tmovq (%%rsp), %%rdi");
		emit("\tmovq 8(%%rdi), %%rdi");
		gen_bounds_check(unsigned_index);
		pop("%rdi");
		emit("\tmovq (%%rdi), %%rdi");
	}
	if (esize == 1)
		emit("\taddq %%rdi, %%rax");
	else if (esize == 2 || esize == 4 || esize == 8)
		emit("\tleaq (%%rdi,%%rax,%lld), %%rax", (long long)esize);
	else {
		emit("\timulq $%lld, %%rax", (long long)esize);
		emit("\taddq %%rdi, %%rax");
	}
}

bool is_addressable_expr(Node *n) {
	switch (n->kind) {
	case N_IDENT: return n->obj && n->obj->kind == OBJ_VAR;
	case N_PAREN: return is_addressable_expr(n->x);
	case N_STAR: case N_DEREF: return true;
	case N_SELECTOR: return n->sel_kind == SEL_FIELD || (n->sel_kind == SEL_QUALIFIED && n->obj->kind == OBJ_VAR);
	case N_INDEX: return under(n->x->type)->kind != TY_MAP && under(n->x->type)->kind != TY_STRING;
	default: return false;
	}
}

void gen_addr(Node *n) {
	switch (n->kind) {
	case N_IDENT:
		if (n->obj && n->obj->kind == OBJ_VAR) {
			gen_var_addr(n->obj);
			return;
		}
		break;
	case N_PAREN:
		gen_addr(n->x);
		return;
	case N_STAR: case N_DEREF:
		gen_expr(n->x);
		gen_nil_check();
		return;
	case N_SELECTOR:
		if (n->sel_kind == SEL_FIELD) {
			int64_t off = field_offset(n);
			Node *x = n->x;
			if (x->kind == N_DEREF || x->kind == N_STAR) {
				/* p.f: a nil p faults at the field's address, as in Go */
				gen_expr(x->x);
				emit("\ttestb %%al, %lld(%%rax)", (long long)(off < 4096 ? off : 0));
			} else {
				gen_expr(x); /* a struct: its address */
			}
			if (off)
				emit("\taddq $%lld, %%rax", (long long)off);
			return;
		}
		if (n->sel_kind == SEL_QUALIFIED && n->obj->kind == OBJ_VAR) {
			gen_var_addr(n->obj);
			return;
		}
		break;
	case N_INDEX:
		if (under(n->x->type)->kind != TY_MAP) {
			gen_index_addr(n);
			return;
		}
		break;
	case N_COMPOSITE:
		gen_expr(n);
		return;
	case N_TEMPREF:
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-n->iota);
		return;
	default:
		break;
	}
	/* not addressable: materialize the value in a temporary */
	if (!is_scalar(n->type)) {
		gen_expr(n);
		return;
	}
	int64_t off = alloc_temp(type_size(n->type), type_align(n->type));
	gen_to_temp(n, off);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
}

/* ---- unary operators ---- */

static void gen_float_op(Type *t, const char *op64, const char *op32) {
	/* x in %rax, y in %rdi */
	if (under(t)->kind == TY_FLOAT32) {
		emit("\tmovd %%eax, %%xmm0");
		emit("\tmovd %%edi, %%xmm1");
		emit("\t%s %%xmm1, %%xmm0", op32);
		emit("\tmovd %%xmm0, %%eax");
	} else {
		emit("\tmovq %%rax, %%xmm0");
		emit("\tmovq %%rdi, %%xmm1");
		emit("\t%s %%xmm1, %%xmm0", op64);
		emit("\tmovq %%xmm0, %%rax");
	}
}

static void gen_complex_arith(Node *n);

static void gen_unary(Node *n) {
	Type *t = n->type;
	switch (n->op) {
	case TK_ADD:
		gen_expr(n->x);
		return;
	case TK_SUB:
		gen_expr(n->x);
		if (is_float(t)) {
			if (under(t)->kind == TY_FLOAT32)
				emit("\txorl $0x80000000, %%eax");
			else {
				emit("\tbtcq $63, %%rax");
			}
		} else if (is_complex(t)) {
			int64_t off = alloc_temp(16, 8);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-off);
			if (under(t)->kind == TY_COMPLEX64) {
				emit("\tmovl (%%rax), %%ecx");
				emit("\txorl $0x80000000, %%ecx");
				emit("\tmovl %%ecx, (%%rdi)");
				emit("\tmovl 4(%%rax), %%ecx");
				emit("\txorl $0x80000000, %%ecx");
				emit("\tmovl %%ecx, 4(%%rdi)");
			} else {
				emit("\tmovq (%%rax), %%rcx");
				emit("\tbtcq $63, %%rcx");
				emit("\tmovq %%rcx, (%%rdi)");
				emit("\tmovq 8(%%rax), %%rcx");
				emit("\tbtcq $63, %%rcx");
				emit("\tmovq %%rcx, 8(%%rdi)");
			}
			emit("\tmovq %%rdi, %%rax");
		} else {
			emit("\tnegq %%rax");
			normalize_int(t);
		}
		return;
	case TK_XOR:
		gen_expr(n->x);
		emit("\tnotq %%rax");
		normalize_int(t);
		return;
	case TK_NOT:
		gen_expr(n->x);
		emit("\txorl $1, %%eax");
		return;
	case TK_AND:
		if (n->x->kind == N_COMPOSITE || (n->x->kind == N_PAREN && n->x->x->kind == N_COMPOSITE)) {
			/* &T{...}: a new heap object initialized from the literal */
			Node *lit = n->x;
			while (lit->kind == N_PAREN)
				lit = lit->x;
			Type *lt = lit->type;
			gen_new_object(n, lt);
			push();
			gen_expr(lit);
			pop("%rdi");
			store_value(lt);
			emit("\tmovq %%rdi, %%rax");
			return;
		}
		gen_addr(n->x);
		return;
	case TK_ARROW:
		gen_builtin(n); /* receive: see cg_call.c */
		return;
	default:
		ice_at(n->pos, "unary operator %s", tok_name(n->op));
	}
}

/* ---- binary operators ---- */

static const char *cmp_setcc(int op, bool is_signed) {
	switch (op) {
	case TK_EQL: return "sete";
	case TK_NEQ: return "setne";
	case TK_LSS: return is_signed ? "setl" : "setb";
	case TK_LEQ: return is_signed ? "setle" : "setbe";
	case TK_GTR: return is_signed ? "setg" : "seta";
	case TK_GEQ: return is_signed ? "setge" : "setae";
	default: return "sete";
	}
}

static void gen_int_div(Node *n, bool rem) {
	Type *t = n->type;
	int ok = new_label();
	/* gc checks for zero only a divisor that is not a constant */
	bool const_divisor = n->y->mode == MODE_CONST;
	heap_vars_same_block += const_divisor;
	emit("\ttestq %%rdi, %%rdi");
	emit("\tjne .L%d", ok);
	emit("\tandq $-16, %%rsp");
	emit("\tcall rt_panicdivide");
	emit(".L%d:", ok);
	heap_vars_same_block -= const_divisor;
	heap_vars_same_block++; /* the -1 fix-up is gc's backend's, not a block */
	if (is_unsigned(t)) {
		emit("\txorl %%edx, %%edx");
		emit("\tdivq %%rdi");
	} else {
		int normal = new_label(), done = new_label();
		emit("\tcmpq $-1, %%rdi");
		emit("\tjne .L%d", normal);
		if (rem)
			emit("\txorl %%edx, %%edx");
		else
			emit("\tnegq %%rax");
		emit("\tjmp .L%d", done);
		emit(".L%d:", normal);
		emit("\tcqto");
		emit("\tidivq %%rdi");
		emit(".L%d:", done);
	}
	heap_vars_same_block--;
	if (rem)
		emit("\tmovq %%rdx, %%rax");
	normalize_int(t);
}

/* x in %rax, count in %rdi */
static void gen_shift(Node *n) {
	Type *t = n->type;
	Type *ct = n->y->type;
	if (!is_unsigned(ct) && !(n->y->mode == MODE_CONST)) {
		int ok = new_label();
		emit("\ttestq %%rdi, %%rdi");
		emit("\tjns .L%d", ok);
		emit("\tandq $-16, %%rsp");
		emit("\tcall rt_panicshift");
		emit(".L%d:", ok);
	} else if (!is_unsigned(ct) && !is_untyped(ct)) {
		heap_vars_flush(); /* gc checks a typed signed constant count too */
	}
	/* counts of 64 or more: gc's backend, inside one block */
	heap_vars_same_block++;
	int big = new_label(), done = new_label();
	emit("\tcmpq $64, %%rdi");
	emit("\tjae .L%d", big);
	emit("\tmovq %%rdi, %%rcx");
	if (n->op == TK_SHL)
		emit("\tshlq %%cl, %%rax");
	else if (is_unsigned(t))
		emit("\tshrq %%cl, %%rax");
	else
		emit("\tsarq %%cl, %%rax");
	emit("\tjmp .L%d", done);
	emit(".L%d:", big);
	if (n->op == TK_SHR && !is_unsigned(t))
		emit("\tsarq $63, %%rax");
	else
		emit("\txorl %%eax, %%eax");
	emit(".L%d:", done);
	heap_vars_same_block--;
	normalize_int(t);
}

static void gen_logical(Node *n) {
	int end = new_label();
	gen_expr(n->x);
	emit("\ttestb %%al, %%al");
	emit("\t%s .L%d", n->op == TK_LAND ? "je" : "jne", end);
	gen_expr(n->y);
	emit(".L%d:", end);
	emit("\tmovzbl %%al, %%eax");
}

static void gen_binary(Node *n) {
	if (n->op == TK_LAND || n->op == TK_LOR) {
		gen_logical(n);
		return;
	}
	if (n->op == TK_EQL || n->op == TK_NEQ || n->op == TK_LSS || n->op == TK_LEQ || n->op == TK_GTR || n->op == TK_GEQ) {
		gen_compare(n);
		return;
	}
	Type *t = n->type;
	if (is_string(t)) {
		gen_string_concat(n);
		return;
	}
	if (is_complex(t)) {
		gen_complex_arith(n);
		return;
	}
	gen_expr(n->x);
	push();
	gen_expr(n->y);
	emit("\tmovq %%rax, %%rdi");
	pop("%rax");
	if (n->op == TK_SHL || n->op == TK_SHR) {
		gen_shift(n);
		return;
	}
	if (is_float(t)) {
		switch (n->op) {
		case TK_ADD: gen_float_op(t, "addsd", "addss"); return;
		case TK_SUB: gen_float_op(t, "subsd", "subss"); return;
		case TK_MUL: gen_float_op(t, "mulsd", "mulss"); return;
		case TK_QUO: gen_float_op(t, "divsd", "divss"); return;
		default: break;
		}
	}
	switch (n->op) {
	case TK_ADD: emit("\taddq %%rdi, %%rax"); break;
	case TK_SUB: emit("\tsubq %%rdi, %%rax"); break;
	case TK_MUL: emit("\timulq %%rdi, %%rax"); break;
	case TK_QUO: gen_int_div(n, false); return;
	case TK_REM: gen_int_div(n, true); return;
	case TK_AND: emit("\tandq %%rdi, %%rax"); break;
	case TK_OR: emit("\torq %%rdi, %%rax"); break;
	case TK_XOR: emit("\txorq %%rdi, %%rax"); break;
	case TK_ANDNOT:
		emit("\tnotq %%rdi");
		emit("\tandq %%rdi, %%rax");
		break;
	default:
		ice_at(n->pos, "binary operator %s", tok_name(n->op));
	}
	normalize_int(t);
}

/* complex + - * / : both operands are addresses of {re, im} pairs */
static void gen_complex_arith(Node *n) {
	Type *t = n->type;
	bool c64 = under(t)->kind == TY_COMPLEX64;
	gen_expr(n->x);
	push();
	gen_expr(n->y);
	emit("\tmovq %%rax, %%rsi");
	pop("%rdi");
	/* load into xmm0=a xmm1=b (x = a+bi), xmm2=c xmm3=d (y = c+di) as doubles */
	if (c64) {
		emit("\tcvtss2sd (%%rdi), %%xmm0");
		emit("\tcvtss2sd 4(%%rdi), %%xmm1");
		emit("\tcvtss2sd (%%rsi), %%xmm2");
		emit("\tcvtss2sd 4(%%rsi), %%xmm3");
	} else {
		emit("\tmovsd (%%rdi), %%xmm0");
		emit("\tmovsd 8(%%rdi), %%xmm1");
		emit("\tmovsd (%%rsi), %%xmm2");
		emit("\tmovsd 8(%%rsi), %%xmm3");
	}
	switch (n->op) {
	case TK_ADD:
		emit("\taddsd %%xmm2, %%xmm0");
		emit("\taddsd %%xmm3, %%xmm1");
		break;
	case TK_SUB:
		emit("\tsubsd %%xmm2, %%xmm0");
		emit("\tsubsd %%xmm3, %%xmm1");
		break;
	case TK_MUL:
		/* (ac - bd) + (ad + bc)i */
		emit("\tmovapd %%xmm0, %%xmm4");
		emit("\tmulsd %%xmm2, %%xmm4");
		emit("\tmovapd %%xmm1, %%xmm5");
		emit("\tmulsd %%xmm3, %%xmm5");
		emit("\tsubsd %%xmm5, %%xmm4");
		emit("\tmulsd %%xmm3, %%xmm0");
		emit("\tmulsd %%xmm2, %%xmm1");
		emit("\taddsd %%xmm0, %%xmm1");
		emit("\tmovapd %%xmm4, %%xmm0");
		break;
	case TK_QUO:
		c_call("rt_complex128div", 0); /* xmm0..3 in, xmm0, xmm1 out */
		break;
	default:
		ice_at(n->pos, "complex operator");
	}
	int64_t off = alloc_temp(16, 8);
	if (c64) {
		emit("\tcvtsd2ss %%xmm0, %%xmm0");
		emit("\tcvtsd2ss %%xmm1, %%xmm1");
		emit("\tmovss %%xmm0, %lld(%%rbp)", (long long)-off);
		emit("\tmovss %%xmm1, %lld(%%rbp)", (long long)(-off + 4));
	} else {
		emit("\tmovsd %%xmm0, %lld(%%rbp)", (long long)-off);
		emit("\tmovsd %%xmm1, %lld(%%rbp)", (long long)(-off + 8));
	}
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
}

/* Flatten a + b + c ... on strings into operands. */
static void collect_concat(Node *n, Vec *out) {
	if (n->kind == N_BINARY && n->op == TK_ADD && is_string(n->type) && n->mode != MODE_CONST) {
		collect_concat(n->x, out);
		collect_concat(n->y, out);
		return;
	}
	if (n->kind == N_PAREN && n->mode != MODE_CONST) {
		collect_concat(n->x, out);
		return;
	}
	vec_push(out, n);
}

/* a + b + ...: concatstrings with a frame buffer when the result does not
 * escape and the constant parts leave room in it; string(b) operands are
 * not copied when a non-empty constant is among the operands (then the
 * result is never one of them). */
static void gen_string_concat(Node *n) {
	Vec parts = {0};
	collect_concat(n, &parts);
	int64_t lits = 0;
	bool has_lit = false;
	for (int i = 0; i < parts.len; i++) {
		Node *p = parts.data[i];
		if (p->mode == MODE_CONST) {
			int64_t len;
			const_string_val(p->cval, &len);
			lits += len;
			has_lit |= len > 0;
		}
	}
	int64_t arr = alloc_temp(16 * parts.len, 8);
	for (int i = 0; i < parts.len; i++) {
		Node *p = parts.data[i];
		if (has_lit && is_bytes_to_string(p)) {
			gen_bytes_string_view(p);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-(arr - 16 * i));
			copy_mem("%rdi", "%rax", 16);
		} else {
			gen_to_temp(p, arr - 16 * i);
		}
	}
	int64_t res = alloc_temp(16, 8);
	if (lits < 32)
		gen_buf_arg(n, 32, "%rdi");
	else
		emit("\txorl %%edi, %%edi");
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-arr);
	emit("\tmovq $%d, %%rdx", parts.len);
	c_call("concatstrings", 3);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
	emit("\tmovq %%rdx, %lld(%%rbp)", (long long)(-res + 8));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* Comparison of two values of type t whose addresses are in %rdi and %rsi
 * (aggregates) via the runtime's type-driven equality; bool in %rax. */
static void gen_mem_equal(Type *t) {
	emit("\tmovq %%rsi, %%rdx");
	emit("\tmovq %%rdi, %%rsi");
	emit("\tleaq %s(%%rip), %%rdi", type_desc(t));
	c_call("rt_typeequal", 3);
	emit("\tmovzbl %%al, %%eax");
}

static bool is_nil_expr(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	return n->type->kind == TY_UNTYPED_NIL || (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL);
}

/* gc's IsRegularMemory: compared as plain memory (no floats, strings,
 * interfaces, padding). */
static bool regular_memory(Type *t) {
	Type *u = under(t);
	switch (u->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32:
	case TY_INT64: case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32:
	case TY_UINT64: case TY_UINTPTR: case TY_POINTER: case TY_UNSAFEPTR: case TY_CHAN:
		return true;
	case TY_ARRAY:
		return u->len == 0 || regular_memory(u->elem);
	case TY_STRUCT: {
		int64_t end = 0;
		for (int i = 0; i < u->nfields; i++) {
			Field *f = u->fields[i];
			if (strcmp(f->name, "_") == 0 || !regular_memory(f->type) || f->offset != end)
				return false;
			end = f->offset + type_size(f->type);
		}
		return end == type_size(u);
	}
	default:
		return false;
	}
}

/* gc's Memrun: the fields from i on that are compared as one memory run;
 * returns the index after the run and sets *size. */
static int memrun(Type *u, int i, int64_t *size) {
	int next = i;
	for (;;) {
		next++;
		if (next == u->nfields)
			break;
		Field *prev = u->fields[next - 1], *f = u->fields[next];
		if (prev->offset + type_size(prev->type) != f->offset)
			break; /* a padded field ends the run */
		if (strcmp(f->name, "_") == 0 || !regular_memory(f->type))
			break;
	}
	Field *last = u->fields[next - 1];
	*size = last->offset + type_size(last->type) - u->fields[i]->offset;
	return next;
}

/* Whether gc's walk expands x == y of type t into && or || of several
 * comparisons (walkCompare), which ends SSA blocks. */
static bool compare_branches(Type *t) {
	Type *u = under(t);
	switch (u->kind) {
	case TY_STRING:
	case TY_INTERFACE:
		return true;
	case TY_ARRAY: {
		if (u->len == 0)
			return false;
		Type *e = under(u->elem);
		int64_t es = type_size(e);
		bool simple = e->kind == TY_BOOL || is_integer(e) || is_float(e) || is_complex(e);
		if (!(u->len <= 1 || (simple && (u->len <= 4 || es * u->len <= 16))))
			return false; /* memequal */
		if (u->len == 1)
			return compare_branches(e);
		if (is_integer(e) && es <= 4) {
			/* loads combined into words of 8, 4, 2 bytes */
			int64_t remains = es * u->len, conds = 0;
			while (remains > 0) {
				int64_t step = remains >= 8 ? 8 : remains >= 4 && es <= 2 ? 4 : remains >= 2 && es == 1 ? 2 : es;
				remains -= step;
				conds++;
			}
			return conds > 1;
		}
		return true;
	}
	case TY_STRUCT: {
		int64_t cost = 0, conds = 0;
		bool nested = false;
		for (int i = 0; i < u->nfields;) {
			if (strcmp(u->fields[i]->name, "_") == 0) {
				i++;
				continue;
			}
			int64_t size;
			int next = memrun(u, i, &size);
			cost += (size + 7) / 8;
			i = next;
		}
		if (cost > 4)
			return false; /* the type's equality function */
		for (int i = 0; i < u->nfields;) {
			Field *f = u->fields[i];
			if (strcmp(f->name, "_") == 0) {
				i++;
				continue;
			}
			if (!regular_memory(f->type)) {
				if (under(f->type)->kind == TY_STRING)
					conds += 2;
				else {
					conds++;
					nested |= compare_branches(f->type);
				}
				i++;
				continue;
			}
			int64_t size;
			int next = memrun(u, i, &size);
			conds += (size + 7) / 8 <= 4 ? next - i : 1;
			i = next;
		}
		return conds > 1 || nested;
	}
	default:
		return false;
	}
}

static bool is_empty_string_const(Node *n) {
	if (n->mode != MODE_CONST)
		return false;
	int64_t len;
	const_string_val(n->cval, &len);
	return len == 0;
}

static void gen_compare(Node *n) {
	Node *x = n->x, *y = n->y;
	Type *t = x->type;
	if (is_untyped(t))
		t = y->type;
	if (t->kind == TY_UNTYPED_NIL)
		t = y->type;
	Type *u = under(t);
	bool eq = n->op == TK_EQL || n->op == TK_NEQ;
	/* comparison with nil */
	if (is_nil_expr(x) || is_nil_expr(y)) {
		Node *v = is_nil_expr(x) ? y : x;
		gen_expr(v);
		if (!is_scalar(v->type))
			emit("\tmovq (%%rax), %%rax"); /* slice data pointer or interface type word */
		emit("\ttestq %%rax, %%rax");
		emit("\t%s %%al", n->op == TK_EQL ? "sete" : "setne");
		emit("\tmovzbl %%al, %%eax");
		return;
	}
	/* gc compares strings (but with ""), interfaces and small aggregates
	 * with && and ||: its basic block ends here */
	if (eq && (is_string(u) ? !is_empty_string_const(x) && !is_empty_string_const(y) : compare_branches(t)))
		heap_vars_flush();
	if (is_string(u)) {
		/* string(b) operands are compared in place (gc's OBYTES2STRTMP) */
		gen_string_operand(x);
		push();
		gen_string_operand(y);
	} else {
		gen_expr(x);
		push();
		gen_expr(y);
	}
	emit("\tmovq %%rax, %%rsi");
	pop("%rdi");
	if (is_string(u)) {
		emit("\tmovq %%rsi, %%rcx");
		emit("\tmovq (%%rcx), %%rdx");
		emit("\tmovq 8(%%rcx), %%rcx");
		emit("\tmovq 8(%%rdi), %%rsi");
		emit("\tmovq (%%rdi), %%rdi");
		/* rdi,rsi = a;  rdx,rcx = b */
		if (eq) {
			c_call("eqstring", 4);
			emit("\tmovzbl %%al, %%eax");
			if (n->op == TK_NEQ)
				emit("\txorl $1, %%eax");
		} else {
			c_call("cmpstring", 4);
			emit("\tcmpq $0, %%rax");
			emit("\t%s %%al", cmp_setcc(n->op, true));
			emit("\tmovzbl %%al, %%eax");
		}
		return;
	}
	if (is_scalar(u)) {
		emit("\tmovq %%rdi, %%rax");
		emit("\tmovq %%rsi, %%rdi");
		if (is_float(u)) {
			bool f32 = u->kind == TY_FLOAT32;
			if (f32) {
				emit("\tmovd %%eax, %%xmm0");
				emit("\tmovd %%edi, %%xmm1");
			} else {
				emit("\tmovq %%rax, %%xmm0");
				emit("\tmovq %%rdi, %%xmm1");
			}
			const char *ucom = f32 ? "ucomiss" : "ucomisd";
			switch (n->op) {
			case TK_EQL:
				emit("\t%s %%xmm1, %%xmm0", ucom);
				emit("\tsete %%al");
				emit("\tsetnp %%cl");
				emit("\tandb %%cl, %%al");
				break;
			case TK_NEQ:
				emit("\t%s %%xmm1, %%xmm0", ucom);
				emit("\tsetne %%al");
				emit("\tsetp %%cl");
				emit("\torb %%cl, %%al");
				break;
			case TK_LSS: emit("\t%s %%xmm0, %%xmm1", ucom); emit("\tseta %%al"); break;
			case TK_LEQ: emit("\t%s %%xmm0, %%xmm1", ucom); emit("\tsetae %%al"); break;
			case TK_GTR: emit("\t%s %%xmm1, %%xmm0", ucom); emit("\tseta %%al"); break;
			case TK_GEQ: emit("\t%s %%xmm1, %%xmm0", ucom); emit("\tsetae %%al"); break;
			default: break;
			}
			emit("\tmovzbl %%al, %%eax");
			return;
		}
		emit("\tcmpq %%rdi, %%rax");
		emit("\t%s %%al", cmp_setcc(n->op, !is_unsigned(u) && u->kind != TY_POINTER));
		emit("\tmovzbl %%al, %%eax");
		return;
	}
	if (u->kind == TY_INTERFACE) {
		/* both sides are interfaces of the same type (the checker converted
		 * a concrete operand) */
		c_call(is_empty_interface(u) ? "rt_efaceeq_ptr" : "rt_ifaceeq_ptr", 2);
		emit("\tmovzbl %%al, %%eax");
		if (n->op == TK_NEQ)
			emit("\txorl $1, %%eax");
		return;
	}
	gen_mem_equal(t);
	if (n->op == TK_NEQ)
		emit("\txorl $1, %%eax");
}

/* Jump to label if the boolean n is jump_if. */
void gen_cond_jump(Node *n, bool jump_if, int label) {
	gen_expr(n);
	emit("\ttestb %%al, %%al");
	emit("\t%s .L%d", jump_if ? "jne" : "je", label);
}

/* ---- composite literals ---- */

static void gen_elem_store(Node *e, int64_t base_off, int64_t off, Type *et) {
	/* value of e stored at -base_off+off(%rbp) */
	gen_expr(e);
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)(-base_off + off));
	store_value(et);
}

/* Struct or array literal into a zeroed temporary; slices and maps elsewhere. */
static void gen_composite(Node *n) {
	Type *t = n->type;
	Type *u = under(t);
	if (u->kind == TY_SLICE) {
		/* backing array on the heap, then the slice header in a temp */
		int64_t len = 0, idx = 0;
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE)
				idx = const_int64_val(const_to_int(e->x->cval));
			idx++;
			if (idx > len)
				len = idx;
		}
		Type *at = array_of(u->elem, len);
		int64_t hdr = alloc_temp(24, 8);
		int64_t ptr_slot = alloc_temp(8, 8);
		if (len > 0) {
			gen_new_object(n, at);
		} else {
			emit("\tleaq zerobase(%%rip), %%rax");
		}
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-ptr_slot);
		int64_t esize = type_size(u->elem);
		idx = 0;
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE) {
				idx = const_int64_val(const_to_int(e->x->cval));
				e = e->y;
			}
			gen_expr(e);
			emit("\tmovq %lld(%%rbp), %%rdi", (long long)-ptr_slot);
			if (idx * esize != 0)
				emit("\taddq $%lld, %%rdi", (long long)(idx * esize));
			store_value(u->elem);
			idx++;
		}
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-ptr_slot);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-hdr);
		emit("\tmovq $%lld, %lld(%%rbp)", (long long)len, (long long)(-hdr + 8));
		emit("\tmovq $%lld, %lld(%%rbp)", (long long)len, (long long)(-hdr + 16));
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-hdr);
		return;
	}
	if (u->kind == TY_MAP) {
		gen_builtin(n); /* map literal: cg_call.c */
		return;
	}
	int64_t size = type_size(t);
	int64_t off = alloc_temp(size, type_align(t));
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
	zero_mem("%rax", size);
	if (u->kind == TY_STRUCT) {
		type_size(u);
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			int fi = i;
			if (e->kind == N_KEYVALUE) {
				fi = e->field_index;
				e = e->y;
			}
			Field *f = u->fields[fi];
			gen_elem_store(e, off, f->offset, f->type);
		}
	} else if (u->kind == TY_ARRAY) {
		int64_t esize = type_size(u->elem);
		int64_t idx = 0;
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE) {
				idx = const_int64_val(const_to_int(e->x->cval));
				e = e->y;
			}
			gen_elem_store(e, off, idx * esize, u->elem);
			idx++;
		}
	}
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-off);
}

/* ---- slicing ---- */

/* x[lo:hi:max] for arrays (addressable), slices and strings. */
static void gen_slice_expr(Node *n) {
	Type *xt = under(n->x->type);
	bool is_str = is_string(xt);
	int64_t esize = is_str ? 1 : type_size(under(n->type)->elem);
	int64_t base = alloc_temp(24, 8); /* ptr, len, cap of the operand */
	/* operand */
	if (xt->kind == TY_ARRAY) {
		gen_addr(n->x);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-base);
		emit("\tmovq $%lld, %lld(%%rbp)", (long long)xt->len, (long long)(-base + 8));
		emit("\tmovq $%lld, %lld(%%rbp)", (long long)xt->len, (long long)(-base + 16));
	} else {
		gen_expr(n->x);
		emit("\tmovq (%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-base);
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-base + 8));
		if (is_str)
			emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-base + 16));
		else {
			emit("\tmovq 16(%%rax), %%rcx");
			emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-base + 16));
		}
	}
	int64_t idx = alloc_temp(24, 8); /* lo, hi, max */
	Node *parts[3] = {n->y, n->z, n->w};
	for (int i = 0; i < 3; i++) {
		if (parts[i]) {
			gen_expr(parts[i]);
		} else if (i == 0) {
			emit("\txorl %%eax, %%eax");
		} else if (i == 1) {
			emit("\tmovq %lld(%%rbp), %%rax", (long long)(-base + (is_str ? 8 : 8)));
		} else {
			emit("\tmovq %lld(%%rbp), %%rax", (long long)(-base + 16));
		}
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-idx + 8 * i));
	}
	/* checks: 0 <= lo <= hi <= max <= cap (len for strings and 2-index) */
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-base);
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-idx);
	emit("\tmovl $%d, %%edx", (n->slice3 ? 2 : 0) | (is_str || xt->kind == TY_ARRAY ? 1 : 0) | (n->z ? 4 : 0));
	c_call("rt_checkslice", 3);
	/* result: ptr + lo*size (unless the result is empty at cap), hi-lo, max-lo */
	int64_t res = alloc_temp(24, 8);
	emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-idx));       /* lo */
	emit("\tmovq %lld(%%rbp), %%rdx", (long long)(-idx + 8));   /* hi */
	emit("\tmovq %lld(%%rbp), %%rsi", (long long)(-idx + 16));  /* max */
	emit("\tsubq %%rcx, %%rdx");
	emit("\tsubq %%rcx, %%rsi");
	emit("\tmovq %%rdx, %lld(%%rbp)", (long long)(-res + 8));
	emit("\tmovq %%rsi, %lld(%%rbp)", (long long)(-res + 16));
	emit("\tmovq %lld(%%rbp), %%rax", (long long)-base);
	/* avoid pointing past the end when the new cap is 0 (Go does the same) */
	int keep = new_label();
	emit("\ttestq %%rsi, %%rsi");
	emit("\tje .L%d", keep);
	if (esize != 1)
		emit("\timulq $%lld, %%rcx", (long long)esize);
	emit("\taddq %%rcx, %%rax");
	emit(".L%d:", keep);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-res);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-res);
}

/* ---- the dispatcher ---- */

void gen_expr(Node *n) {
	if (n->mode == MODE_CONST && n->cval && !is_interface(n->type)) {
		gen_const(n);
		return;
	}
	switch (n->kind) {
	case N_INLCALL:
		/* an inlined call order_stmt did not hoist (a lazy operand) */
		order_expr(&n);
		if (n->kind != N_INLCALL)
			gen_expr(n); /* its result variable */
		return;
	case N_IDENT: {
		Obj *o = n->obj;
		if (!o)
			ice_at(n->pos, "unresolved identifier %s", n->name);
		switch (o->kind) {
		case OBJ_VAR:
			gen_var_addr(o);
			if (is_scalar(n->type))
				load_scalar(n->type);
			return;
		case OBJ_FUNC:
			gen_func_value(n);
			return;
		case OBJ_NIL:
			gen_zero_value(n->type->kind == TY_UNTYPED_NIL ? type_unsafe_pointer : n->type);
			return;
		default:
			ice_at(n->pos, "identifier %s of kind %d", n->name, o->kind);
		}
	}
	case N_PAREN:
		gen_expr(n->x);
		return;
	case N_UNARY:
		gen_unary(n);
		return;
	case N_BINARY:
		gen_binary(n);
		return;
	case N_STAR: case N_DEREF:
		gen_expr(n->x);
		gen_nil_check();
		if (is_scalar(n->type))
			load_scalar(n->type);
		return;
	case N_ADDR:
		gen_addr(n->x);
		return;
	case N_SELECTOR:
		switch (n->sel_kind) {
		case SEL_FIELD:
			gen_addr(n);
			if (is_scalar(n->type))
				load_scalar(n->type);
			return;
		case SEL_QUALIFIED:
			if (n->obj->kind == OBJ_VAR) {
				gen_var_addr(n->obj);
				if (is_scalar(n->type))
					load_scalar(n->type);
				return;
			}
			if (n->obj->kind == OBJ_FUNC) {
				gen_func_value(n);
				return;
			}
			break;
		case SEL_METHODVAL: case SEL_METHODEXPR: case SEL_IFACEMETHOD:
			gen_method_value(n);
			return;
		default:
			break;
		}
		ice_at(n->pos, "selector kind %d", n->sel_kind);
	case N_INDEX:
		if (under(n->x->type)->kind == TY_MAP) {
			gen_builtin(n); /* map index: cg_call.c */
			return;
		}
		gen_index_addr(n);
		if (is_scalar(n->type))
			load_scalar(n->type);
		return;
	case N_SLICE:
		gen_slice_expr(n);
		return;
	case N_CALL:
		gen_call(n);
		return;
	case N_CONV:
		gen_convert(n);
		return;
	case N_COMPOSITE:
		gen_composite(n);
		return;
	case N_FUNCLIT:
		gen_closure(n);
		return;
	case N_TYPEASSERT:
		gen_builtin(n); /* type assertion: cg_call.c */
		return;
	case N_TEMPREF:
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-n->iota);
		if (is_scalar(n->type))
			load_scalar(n->type);
		return;
	default:
		ice_at(n->pos, "gen_expr: node kind %d", n->kind);
	}
}
