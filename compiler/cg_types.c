/*
 * cg_types.c — run-time type information: type descriptors (the runtime's
 * struct Type, runtime/runtime.h), itabs, method tables, and the small
 * wrapper functions that adapt a method to being called through an
 * interface (receiver = the interface's data word) or through a method
 * value (receiver stored in the closure).
 *
 * Descriptors are emitted once per type: the symbol is "type:" followed by
 * a canonical spelling of the type (identical types share it; types declared
 * inside functions get a "·N" suffix), so the runtime can compare type
 * identity by pointer.  Everything is requested during code generation and
 * emitted at the end, until no new descriptor or wrapper is requested.
 */
#include "codegen.h"

typedef struct Desc {
	Type *type;
	char *sym;      /* "type:..." */
	char *key;      /* canonical spelling */
	bool emitted;
} Desc;

static Vec descs;   /* Desc* */
static Map desc_by_key;

typedef struct Itab {
	Type *concrete, *iface;
	char *sym;
	bool emitted;
} ItabReq;

static Vec itabs;

typedef struct Wrapper {
	Obj *method;     /* NULL for an interface method value */
	Type *recv;      /* the receiver type the wrapper is called with */
	int kind;
	char *sym;
	bool emitted;
	int iface_index;
	char *name;      /* a method promoted from an embedded interface */
} Wrapper;

static Vec wrappers;

/* ---- canonical names ---- */

static bool is_local_type(Type *t) {
	return t->kind == TY_NAMED && t->obj && t->obj->pkg && t->obj->spec &&
	       scope_lookup_local(t->obj->pkg->scope ? t->obj->pkg->scope : universe, t->obj->name) != t->obj;
}

static void canon(Buf *b, Type *t);

static void canon_params(Buf *b, Field **fs, int n, bool variadic) {
	buf_putc(b, '(');
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(b, ", ");
		if (variadic && i == n - 1) {
			buf_puts(b, "...");
			canon(b, fs[i]->type->elem);
		} else {
			canon(b, fs[i]->type);
		}
	}
	buf_putc(b, ')');
}

static void canon(Buf *b, Type *t) {
	switch (t->kind) {
	case TY_NAMED:
		if (t->obj->pkg)
			buf_printf(b, "%s.", t->obj->pkg->path);
		buf_puts(b, t->obj->name);
		if (is_local_type(t))
			buf_printf(b, "·%d", t->id);
		return;
	case TY_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->len);
		canon(b, t->elem);
		return;
	case TY_SLICE:
		buf_puts(b, "[]");
		canon(b, t->elem);
		return;
	case TY_POINTER:
		buf_putc(b, '*');
		canon(b, t->elem);
		return;
	case TY_MAP:
		buf_puts(b, "map[");
		canon(b, t->key);
		buf_putc(b, ']');
		canon(b, t->elem);
		return;
	case TY_CHAN:
		buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
		canon(b, t->elem);
		return;
	case TY_FUNC:
		buf_puts(b, "func");
		canon_params(b, t->fields, t->nfields, t->variadic);
		if (t->nresults == 1) {
			buf_putc(b, ' ');
			canon(b, t->results[0]->type);
		} else if (t->nresults > 1) {
			buf_putc(b, ' ');
			canon_params(b, t->results, t->nresults, false);
		}
		return;
	case TY_STRUCT:
		buf_puts(b, "struct {");
		for (int i = 0; i < t->nfields; i++) {
			Field *f = t->fields[i];
			buf_puts(b, i ? "; " : " ");
			if (!f->embedded)
				buf_printf(b, "%s ", f->name);
			if (f->pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z'))
				buf_printf(b, "/*%s*/", f->pkg->path);
			canon(b, f->type);
			if (f->embedded)
				buf_puts(b, " /*embedded*/");
			if (f->tag)
				buf_printf(b, " \"%s\"", f->tag);
		}
		buf_puts(b, t->nfields ? " }" : "}");
		return;
	case TY_INTERFACE:
		if (!t->nfields) {
			buf_puts(b, "interface {}");
			return;
		}
		buf_puts(b, "interface { ");
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				buf_puts(b, "; ");
			Field *m = t->fields[i];
			if (m->pkg && !(m->name[0] >= 'A' && m->name[0] <= 'Z'))
				buf_printf(b, "%s.", m->pkg->path);
			buf_puts(b, m->name);
			Buf sig = {0};
			canon(&sig, m->type);
			buf_puts(b, buf_cstr(&sig) + 4);
		}
		buf_puts(b, " }");
		return;
	case TY_UINT8:
		buf_puts(b, "uint8");
		return;
	case TY_INT32:
		buf_puts(b, "int32");
		return;
	default:
		buf_puts(b, t->name);
		return;
	}
}

char *runtime_type_name(Type *t) { return typestr_qualified(t); }

char *type_desc(Type *t) {
	if (t->kind == TY_UNTYPED_NIL)
		t = type_unsafe_pointer;
	if (is_untyped(t))
		t = default_type(t);
	Buf b = {0};
	canon(&b, t);
	char *key = buf_cstr(&b);
	Desc *d = map_get(&desc_by_key, key);
	if (!d) {
		d = xalloc(sizeof *d);
		d->type = t;
		d->key = key;
		d->sym = fmt("type:%s", key);
		map_put(&desc_by_key, key, d);
		vec_push(&descs, d);
	}
	return quote_sym(d->sym);
}

bool type_needs_desc(Type *t) { return t != NULL; }

char *itab_sym(Type *concrete, Type *iface) {
	Buf b = {0};
	buf_puts(&b, "go:itab.");
	canon(&b, concrete);
	buf_putc(&b, ',');
	canon(&b, iface);
	char *sym = buf_cstr(&b);
	for (int i = 0; i < itabs.len; i++) {
		ItabReq *it = itabs.data[i];
		if (strcmp(it->sym, sym) == 0)
			return quote_sym(sym);
	}
	ItabReq *it = xalloc(sizeof *it);
	it->concrete = concrete;
	it->iface = iface;
	it->sym = sym;
	vec_push(&itabs, it);
	type_desc(concrete);
	type_desc(iface);
	return quote_sym(sym);
}

/* ---- method sets ---- */

typedef struct MethodEntry {
	char *name;
	Obj *method;    /* declared method that implements it */
	Type *sig;
	char *ifn;      /* code when called through an interface holding the type */
} MethodEntry;

static int entry_order(const void *a, const void *b) {
	const MethodEntry *x = *(MethodEntry *const *)a, *y = *(MethodEntry *const *)b;
	return strcmp(x->name, y->name);
}

/* The method set of t (a named type or a pointer to one, or a struct with
 * embedded fields), sorted by name, with the code an itab uses. */
static Vec method_set(Type *t) {
	Vec out = {0};
	bool is_ptr = t->kind == TY_POINTER;
	Type *base = is_ptr ? t->elem : t;
	Vec names = {0};
	/* candidate names: the methods of base and of every embedded field, up to a depth */
	Vec work = {0};
	vec_push(&work, base);
	for (int w = 0; w < work.len && w < 64; w++) {
		Type *bt = work.data[w];
		Type *nb = bt->kind == TY_POINTER ? bt->elem : bt;
		if (nb->kind == TY_NAMED)
			for (int i = 0; i < nb->methods.len; i++)
				vec_push(&names, ((Obj *)nb->methods.data[i])->name);
		Type *u = under(nb);
		if (u->kind == TY_STRUCT)
			for (int i = 0; i < u->nfields; i++)
				if (u->fields[i]->embedded)
					vec_push(&work, u->fields[i]->type);
		if (u->kind == TY_INTERFACE && w > 0)
			for (int i = 0; i < u->nfields; i++)
				vec_push(&names, u->fields[i]->name);
	}
	for (int i = 0; i < names.len; i++) {
		char *name = names.data[i];
		bool dup = false;
		for (int j = 0; j < out.len; j++)
			if (strcmp(((MethodEntry *)out.data[j])->name, name) == 0)
				dup = true;
		if (dup)
			continue;
		Selection s = lookup_field_or_method(t, name, NULL);
		if (s.kind != SEL_METHOD && s.kind != SEL_IFACEMETHOD)
			continue;
		if (s.kind == SEL_METHOD && s.method->ptr_recv && !is_ptr && !s.indirect)
			continue; /* pointer method not in the value's method set */
		MethodEntry *e = xalloc(sizeof *e);
		e->name = name;
		e->method = s.kind == SEL_METHOD ? s.method : NULL;
		e->sig = s.kind == SEL_METHOD ? s.method->type : s.field->type;
		vec_push(&out, e);
	}
	qsort(out.data, out.len, sizeof(void *), entry_order);
	return out;
}

/* Is calling method m through an interface holding t a direct call of m? */
static bool direct_ifn(Type *t, Obj *m) {
	Type *base = t->kind == TY_POINTER ? t->elem : t;
	if (!m || m->recv_type != base)
		return false;
	if (t->kind == TY_POINTER)
		return m->ptr_recv;
	return !m->ptr_recv && is_direct_iface(t);
}

/* The itab entry for method name of t promoted from an embedded interface. */
static char *promoted_iface_wrapper(Type *recv, char *name) {
	for (int i = 0; i < wrappers.len; i++) {
		Wrapper *w = wrappers.data[i];
		if (!w->method && w->name && strcmp(w->name, name) == 0 && types_identical(w->recv, recv) &&
		    w->recv->kind == recv->kind)
			return w->sym;
	}
	Wrapper *w = xalloc(sizeof *w);
	w->recv = recv;
	w->kind = WRAP_IFACE;
	w->name = name;
	w->iface_index = -1;
	Buf b = {0};
	canon(&b, recv);
	w->sym = fmt("%s.%s·i·%d", buf_cstr(&b), name, wrappers.len);
	vec_push(&wrappers, w);
	return w->sym;
}

static char *ifn_for(Type *t, MethodEntry *e) {
	if (!e->method)
		return quote_sym(promoted_iface_wrapper(t, e->name));
	if (direct_ifn(t, e->method))
		return quote_sym(func_sym(e->method->func));
	return quote_sym(method_wrapper(e->method, t, WRAP_IFACE));
}

/* ---- wrappers ---- */

/* The wrapper of the given kind for method of recv; for an interface
 * recv (method NULL), iface_index is the method's index in the method set. */
static char *wrapper_for(Obj *method, Type *recv, int kind, int iface_index) {
	for (int i = 0; i < wrappers.len; i++) {
		Wrapper *w = wrappers.data[i];
		if (w->method == method && w->kind == kind && types_identical(w->recv, recv) && w->iface_index == iface_index &&
		    (recv->kind == w->recv->kind))
			return w->sym;
	}
	Wrapper *w = xalloc(sizeof *w);
	w->method = method;
	w->recv = recv;
	w->kind = kind;
	w->iface_index = iface_index;
	Buf b = {0};
	canon(&b, recv);
	const char *suffix = kind == WRAP_IFACE ? "·i" : kind == WRAP_METHODEXPR ? "·e" : "-fm";
	if (method)
		w->sym = fmt("%s.%s%s", buf_cstr(&b), method->name, suffix);
	else
		w->sym = fmt("%s.%d%s", buf_cstr(&b), iface_index, suffix);
	w->sym = fmt("%s·%d", w->sym, wrappers.len);
	vec_push(&wrappers, w);
	return w->sym;
}

char *method_wrapper(Obj *method, Type *recv, int kind) { return wrapper_for(method, recv, kind, -1); }

char *iface_method_wrapper(Type *iface, int kind, int index) { return wrapper_for(NULL, iface, kind, index); }

static int64_t align_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }
static int64_t slot_align(Type *t) { return type_align(t) < 8 ? 8 : type_align(t); }

typedef struct Layout {
	int64_t *off;
	int64_t args_size, res_start, *res_off, area;
} Layout;

static Layout layout(Type *recv, Type *sig) {
	Layout l = {0};
	l.off = xalloc(sizeof(int64_t) * (sig->nfields + 1));
	l.res_off = xalloc(sizeof(int64_t) * (sig->nresults + 1));
	int64_t off = recv ? type_size(recv) : 0;
	for (int i = 0; i < sig->nfields; i++) {
		off = align_up(off, slot_align(sig->fields[i]->type));
		l.off[i] = off;
		off += type_size(sig->fields[i]->type);
	}
	off = align_up(off, 8);
	l.args_size = off;
	l.res_start = off;
	for (int i = 0; i < sig->nresults; i++) {
		off = align_up(off, slot_align(sig->results[i]->type));
		l.res_off[i] = off;
		off += type_size(sig->results[i]->type);
	}
	off = align_up(off, 8);
	l.area = align_up(off, 16);
	return l;
}

/* From a receiver value of type from (address in %rax), compute the
 * receiver that method m wants (pointer or value) into %rax (pointer) or
 * leave the address of the value in %rax, following embedded fields. */
static Type *adjust_receiver(Type *from, Obj *m) {
	/* %rax: address of a value of type `from` */
	Type *t = from;
	if (t->kind == TY_POINTER) {
		emit("\tmovq (%%rax), %%rax"); /* the pointer itself */
		t = t->elem;
	}
	/* now %rax = address of a value of type t; walk embedded fields */
	while (t != m->recv_type) {
		Selection s = lookup_field_or_method(t, m->name, NULL);
		if (s.depth == 0)
			break;
		Type *u = under(t);
		type_size(u);
		Field *f = u->fields[s.path[0]];
		emit("\taddq $%lld, %%rax", (long long)f->offset);
		t = f->type;
		if (t->kind == TY_POINTER) {
			emit("\tmovq (%%rax), %%rax");
			t = t->elem;
			/* a nil embedded *M is fine when M's method has a pointer
			 * receiver: nothing is dereferenced */
			if (!(t == m->recv_type && m->ptr_recv))
				emit("\ttestb %%al, (%%rax)");
		}
	}
	return t; /* %rax = address of the receiver base value */
}

static void emit_promoted_wrapper(Wrapper *w);
static char *cstring(const char *s);

/* gc's panicwrap: a value method called through a nil pointer (I.M with
 * I holding a nil *T, or (*T).M(nil)) panics with this message, not with
 * a nil dereference.  The message's label, or NULL when w cannot meet a
 * nil pointer to M's receiver type. */
static char *panicwrap_message(Wrapper *w) {
	Obj *m = w->method;
	if (!m || m->ptr_recv || w->kind == WRAP_METHODVAL || w->recv->kind != TY_POINTER ||
	    w->recv->elem != m->recv_type || !m->recv_type->obj)
		return NULL;
	Obj *t = m->recv_type->obj;
	const char *pkg = t->pkg ? t->pkg->path : "main";
	return cstring(fmt("value method %s.%s.%s called using nil *%s pointer", pkg, t->name, m->name, t->name));
}

static void emit_wrapper(Wrapper *w) {
	Obj *m = w->method;
	Type *sig;
	if (!m && w->name) {
		emit_promoted_wrapper(w);
		return;
	}
	if (m) {
		sig = m->type;
	} else {
		sig = under(w->recv)->fields[w->iface_index]->type;
	}
	/* incoming layout: receiver word (iface), the receiver itself (method
	 * expression) or nothing (method value: the receiver is in the closure) */
	Type *in_recv = w->kind == WRAP_IFACE ? type_unsafe_pointer : w->kind == WRAP_METHODEXPR ? w->recv : NULL;
	Layout in = layout(in_recv, sig);
	Type *tgt_recv = m ? (m->ptr_recv ? pointer_to(m->recv_type) : m->recv_type) : type_unsafe_pointer;
	Layout out = layout(tgt_recv, sig);
	char *nilmsg = panicwrap_message(w);
	emit("\t.text");
	emit("\t.p2align 4");
	emit("%s:", quote_sym(w->sym));
	emit("\tpushq %%rbp");
	emit("\tmovq %%rsp, %%rbp");
	emit("\tpushq %%rdx");
	emit("\tsubq $%lld, %%rsp", (long long)(out.area + 8));
	/* the receiver value's address in %rax */
	if (w->kind == WRAP_METHODEXPR) {
		emit("\tleaq 16(%%rbp), %%rax");
	} else if (w->kind == WRAP_IFACE) {
		if (is_direct_iface(w->recv) && w->recv->kind != TY_POINTER)
			emit("\tleaq 16(%%rbp), %%rax"); /* the word is the value */
		else if (w->recv->kind == TY_POINTER)
			emit("\tleaq 16(%%rbp), %%rax"); /* the word is the pointer */
		else
			emit("\tmovq 16(%%rbp), %%rax"); /* the word points to the value */
	} else {
		emit("\tmovq -8(%%rbp), %%rax");
		type_size(w->recv);
		emit("\taddq $8, %%rax"); /* closure {code, receiver} */
		if (type_align(w->recv) > 8)
			ice_at(nopos, "over-aligned receiver");
	}
	if (nilmsg) {
		int ok = new_label();
		emit("\tcmpq $0, (%%rax)");
		emit("\tjne .L%d", ok);
		emit("\tleaq %s(%%rip), %%rdi", nilmsg);
		gen_panic_call("rt_panic_plain_error");
		emit(".L%d:", ok);
	}
	if (m) {
		Type *base = adjust_receiver(w->recv, m);
		(void)base;
		if (m->ptr_recv) {
			emit("\tmovq %%rax, (%%rsp)");
		} else {
			emit("\tmovq %%rsp, %%rdi");
			copy_mem("%rdi", "%rax", type_size(m->recv_type));
		}
	} else {
		/* interface method value {code, iface}, or I.M's first argument */
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq %%rcx, (%%rsp)");
	}
	for (int i = 0; i < sig->nfields; i++) {
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)(16 + in.off[i]));
		emit("\tleaq %lld(%%rsp), %%rdi", (long long)out.off[i]);
		copy_mem("%rdi", "%rsi", type_size(sig->fields[i]->type));
	}
	if (m) {
		emit("\tcall %s", quote_sym(func_sym(m->func)));
	} else {
		if (w->kind == WRAP_METHODEXPR) {
			emit("\tmovq 16(%%rbp), %%rax");
		} else {
			emit("\tmovq -8(%%rbp), %%rax");
			emit("\tmovq 8(%%rax), %%rax");
		}
		emit("\ttestb %%al, (%%rax)");
		emit("\tcall *%d(%%rax)", 24 + 8 * w->iface_index);
	}
	for (int i = 0; i < sig->nresults; i++) {
		emit("\tleaq %lld(%%rsp), %%rsi", (long long)out.res_off[i]);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)(16 + in.res_off[i]));
		copy_mem("%rdi", "%rsi", type_size(sig->results[i]->type));
	}
	emit("\tleave");
	emit("\tret");
}

/* t.M where M comes from an interface embedded (maybe deeply) in t: find
 * the interface field and call M through its itab. */
static void emit_promoted_wrapper(Wrapper *w) {
	Selection sel = lookup_field_or_method(w->recv, w->name, NULL);
	Type *sig = sel.field->type;
	Layout in = layout(type_unsafe_pointer, sig);
	Layout out = layout(type_unsafe_pointer, sig);
	emit("\t.text");
	emit("\t.p2align 4");
	emit("%s:", quote_sym(w->sym));
	emit("\tpushq %%rbp");
	emit("\tmovq %%rsp, %%rbp");
	emit("\tsubq $%lld, %%rsp", (long long)(out.area + 16));
	Type *t = w->recv;
	if (t->kind == TY_POINTER) {
		emit("\tmovq 16(%%rbp), %%rax");
		t = t->elem;
	} else if (is_direct_iface(t)) {
		emit("\tleaq 16(%%rbp), %%rax");
	} else {
		emit("\tmovq 16(%%rbp), %%rax");
	}
	for (int k = 0; k < sel.depth; k++) {
		Type *u = under(t);
		type_size(u);
		Field *f = u->fields[sel.path[k]];
		if (f->offset)
			emit("\taddq $%lld, %%rax", (long long)f->offset);
		t = f->type;
		if (under(t)->kind == TY_POINTER) {
			emit("\tmovq (%%rax), %%rax");
			emit("\ttestb %%al, (%%rax)");
			t = under(t)->elem;
		}
	}
	/* %rax: address of the embedded interface value {tab, data} */
	emit("\tmovq (%%rax), %%rcx");
	emit("\tmovq %%rcx, %lld(%%rsp)", (long long)out.area); /* the itab, for after the copies */
	emit("\tmovq 8(%%rax), %%rcx");
	emit("\tmovq %%rcx, (%%rsp)");
	for (int i = 0; i < sig->nfields; i++) {
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)(16 + in.off[i]));
		emit("\tleaq %lld(%%rsp), %%rdi", (long long)out.off[i]);
		copy_mem("%rdi", "%rsi", type_size(sig->fields[i]->type));
	}
	emit("\tmovq %lld(%%rsp), %%rax", (long long)out.area);
	emit("\ttestb %%al, (%%rax)");
	emit("\tcall *%d(%%rax)", 24 + 8 * sel.method_index);
	for (int i = 0; i < sig->nresults; i++) {
		emit("\tleaq %lld(%%rsp), %%rsi", (long long)out.res_off[i]);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)(16 + in.res_off[i]));
		copy_mem("%rdi", "%rsi", type_size(sig->results[i]->type));
	}
	emit("\tleave");
	emit("\tret");
}

/* ---- descriptors ---- */

static int kind_of(Type *t) {
	switch (under(t)->kind) {
	case TY_BOOL: return 1;
	case TY_INT: return 2;
	case TY_INT8: return 3;
	case TY_INT16: return 4;
	case TY_INT32: return 5;
	case TY_INT64: return 6;
	case TY_UINT: return 7;
	case TY_UINT8: return 8;
	case TY_UINT16: return 9;
	case TY_UINT32: return 10;
	case TY_UINT64: return 11;
	case TY_UINTPTR: return 12;
	case TY_FLOAT32: return 13;
	case TY_FLOAT64: return 14;
	case TY_COMPLEX64: return 15;
	case TY_COMPLEX128: return 16;
	case TY_ARRAY: return 17;
	case TY_CHAN: return 18;
	case TY_FUNC: return 19;
	case TY_INTERFACE: return 20;
	case TY_MAP: return 21;
	case TY_POINTER: return 22;
	case TY_SLICE: return 23;
	case TY_STRING: return 24;
	case TY_STRUCT: return 25;
	case TY_UNSAFEPTR: return 26;
	default: return 0;
	}
}

/* Set the pointer bits of a value of type t placed at byte offset off. */
static void mark_pointers(Type *t, int64_t off, uint8_t *mask) {
	Type *u = under(t);
	switch (u->kind) {
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
	case TY_STRING: case TY_SLICE:
		mask[off / 64] |= (uint8_t)(1 << ((off / 8) % 8));
		break;
	case TY_INTERFACE:
		mask[off / 64] |= (uint8_t)(1 << ((off / 8) % 8));
		mask[(off + 8) / 64] |= (uint8_t)(1 << (((off + 8) / 8) % 8));
		break;
	case TY_ARRAY:
		if (has_pointers(u->elem))
			for (int64_t i = 0; i < u->len; i++)
				mark_pointers(u->elem, off + i * type_size(u->elem), mask);
		break;
	case TY_STRUCT:
		type_size(u);
		for (int i = 0; i < u->nfields; i++)
			if (has_pointers(u->fields[i]->type))
				mark_pointers(u->fields[i]->type, off + u->fields[i]->offset, mask);
		break;
	default:
		break;
	}
}

static int cstring_counter;

static char *cstring(const char *s) {
	int l = ++cstring_counter;
	emit("\t.section .data.rel.ro,\"aw\"");
	fprintf(cg_out, ".LC%d:\n\t.string \"", l);
	for (const char *p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(cg_out, "\\%c", *p);
		else if ((unsigned char)*p < 32 || (unsigned char)*p >= 127)
			fprintf(cg_out, "\\%03o", (unsigned char)*p);
		else
			fputc(*p, cg_out);
	}
	fprintf(cg_out, "\"\n");
	return fmt(".LC%d", l);
}

static uint32_t hash_string(const char *s) {
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void emit_desc(Desc *d) {
	Type *t = d->type;
	Type *u = under(t);
	int64_t size = type_size(t);
	int64_t ptrdata = type_ptrdata(t);
	/* pieces first (each in .rodata) */
	char *gcmask = "0";
	if (ptrdata > 0) {
		int64_t nbytes = (ptrdata / 8 + 7) / 8;
		uint8_t *mask = xalloc(nbytes + 8);
		mark_pointers(t, 0, mask);
		int l = new_label();
		emit("\t.section .data.rel.ro,\"aw\"");
		fprintf(cg_out, ".LM%d:\n\t.byte ", l);
		for (int64_t i = 0; i < nbytes; i++)
			fprintf(cg_out, i ? ",%d" : "%d", mask[i]);
		fprintf(cg_out, "\n");
		gcmask = fmt(".LM%d", l);
	}
	char *name = cstring(typestr_qualified(t));
	char *elem = "0", *key = "0", *extra = "0", *uncommon = "0";
	int64_t len = 0;
	switch (u->kind) {
	case TY_POINTER: case TY_SLICE: case TY_CHAN:
		elem = type_desc(u->elem);
		if (u->kind == TY_CHAN)
			len = u->dir;
		break;
	case TY_ARRAY:
		elem = type_desc(u->elem);
		len = u->len;
		break;
	case TY_MAP:
		elem = type_desc(u->elem);
		key = type_desc(u->key);
		break;
	case TY_STRUCT: {
		type_size(u);
		len = u->nfields;
		Vec names = {0};
		for (int i = 0; i < u->nfields; i++)
			vec_push(&names, cstring(u->fields[i]->name));
		Vec types = {0};
		for (int i = 0; i < u->nfields; i++)
			vec_push(&types, type_desc(u->fields[i]->type));
		int l = new_label();
		emit("\t.section .data.rel.ro,\"aw\"");
		emit("\t.p2align 3");
		emit(".LF%d:", l);
		for (int i = 0; i < u->nfields; i++)
			emit("\t.quad %s, %s, %lld, %d", (char *)names.data[i], (char *)types.data[i],
			     (long long)u->fields[i]->offset, u->fields[i]->embedded ? 1 : 0);
		extra = fmt(".LF%d", l);
		break;
	}
	case TY_INTERFACE: {
		len = u->nfields;
		Vec names = {0}, types = {0};
		for (int i = 0; i < u->nfields; i++) {
			vec_push(&names, cstring(u->fields[i]->name));
			vec_push(&types, type_desc(u->fields[i]->type));
		}
		int l = new_label();
		emit("\t.section .data.rel.ro,\"aw\"");
		emit("\t.p2align 3");
		emit(".LI%d:", l);
		for (int i = 0; i < u->nfields; i++)
			emit("\t.quad %s, %s", (char *)names.data[i], (char *)types.data[i]);
		if (!u->nfields)
			emit("\t.quad 0");
		extra = fmt(".LI%d", l);
		break;
	}
	case TY_FUNC: {
		len = u->nfields | (u->nresults << 16) | ((int64_t)u->variadic << 31);
		Vec types = {0};
		for (int i = 0; i < u->nfields; i++)
			vec_push(&types, type_desc(u->fields[i]->type));
		for (int i = 0; i < u->nresults; i++)
			vec_push(&types, type_desc(u->results[i]->type));
		int l = new_label();
		emit("\t.section .data.rel.ro,\"aw\"");
		emit("\t.p2align 3");
		emit(".LP%d:", l);
		for (int i = 0; i < types.len; i++)
			emit("\t.quad %s", (char *)types.data[i]);
		if (!types.len)
			emit("\t.quad 0");
		extra = fmt(".LP%d", l);
		break;
	}
	default:
		break;
	}
	/* methods */
	Type *base = t->kind == TY_POINTER ? t->elem : t;
	if ((base->kind == TY_NAMED && base->methods.len) || under(base)->kind == TY_STRUCT) {
		Vec ms = method_set(t);
		if (ms.len) {
			Vec names = {0}, sigs = {0}, fns = {0};
			for (int i = 0; i < ms.len; i++) {
				MethodEntry *e = ms.data[i];
				vec_push(&names, cstring(e->name));
				vec_push(&sigs, type_desc(e->sig));
				vec_push(&fns, ifn_for(t, e));
			}
			char *pkg = cstring(base->kind == TY_NAMED && base->obj->pkg ? base->obj->pkg->path : "");
			int l = new_label();
			emit("\t.section .data.rel.ro,\"aw\"");
			emit("\t.p2align 3");
			emit(".LU%d:", l);
			emit("\t.quad %s, %d, .LUM%d", pkg, ms.len, l);
			emit(".LUM%d:", l);
			for (int i = 0; i < ms.len; i++)
				emit("\t.quad %s, %s, %s, %s", (char *)names.data[i], (char *)sigs.data[i], (char *)fns.data[i],
				     (char *)fns.data[i]);
			uncommon = fmt(".LU%d", l);
		}
	}
	int tflag = 0;
	if (t->kind == TY_NAMED || (is_basic(t) && t->kind != TY_UNSAFEPTR))
		tflag |= 1;
	if (is_comparable(t))
		tflag |= 2;
	if (is_direct_iface(t))
		tflag |= 4;
	int64_t align = type_align(t);
	emit("\t.section .data.rel.ro,\"aw\"");
	emit("\t.p2align 3");
	emit("\t.globl %s", quote_sym(d->sym));
	emit("%s:", quote_sym(d->sym));
	emit("\t.quad %lld, %lld", (long long)size, (long long)ptrdata);
	emit("\t.long %u", hash_string(d->key));
	emit("\t.byte %d, %lld, %d, 0", kind_of(t), (long long)align, tflag);
	emit("\t.quad %s, %s, %s, %s, %lld, %s, %s", gcmask, name, elem, key, (long long)len, extra, uncommon);
}

static void emit_itab(ItabReq *it) {
	Type *iu = under(it->iface);
	Vec ms = method_set(it->concrete);
	Vec fns = {0};
	for (int i = 0; i < iu->nfields; i++) {
		char *fn = NULL;
		for (int j = 0; j < ms.len; j++) {
			MethodEntry *e = ms.data[j];
			if (strcmp(e->name, iu->fields[i]->name) == 0)
				fn = ifn_for(it->concrete, e);
		}
		if (!fn)
			ice_at(nopos, "itab %s: method %s not found", it->sym, iu->fields[i]->name);
		vec_push(&fns, fn);
	}
	char *idesc = type_desc(it->iface), *cdesc = type_desc(it->concrete);
	Buf b = {0};
	canon(&b, it->concrete);
	emit("\t.section .data.rel.ro,\"aw\"");
	emit("\t.p2align 3");
	emit("%s:", quote_sym(it->sym));
	emit("\t.quad %s, %s, %u", idesc, cdesc, hash_string(buf_cstr(&b)));
	for (int i = 0; i < fns.len; i++)
		emit("\t.quad %s", (char *)fns.data[i]);
}

void emit_string_literals(void);
void emit_funcvals(void);

void emit_type_descriptors(void) {
	/* emitting may request more: repeat until nothing is new */
	bool progress = true;
	while (progress) {
		progress = false;
		for (int i = 0; i < itabs.len; i++) {
			ItabReq *it = itabs.data[i];
			if (!it->emitted) {
				it->emitted = true;
				emit_itab(it);
				progress = true;
			}
		}
		for (int i = 0; i < descs.len; i++) {
			Desc *d = descs.data[i];
			if (!d->emitted) {
				d->emitted = true;
				emit_desc(d);
				progress = true;
			}
		}
		for (int i = 0; i < wrappers.len; i++) {
			Wrapper *w = wrappers.data[i];
			if (!w->emitted) {
				w->emitted = true;
				emit_wrapper(w);
				progress = true;
			}
		}
		if (emit_c_wrappers())
			progress = true;
	}
	emit_string_literals();
	emit_funcvals();
}
