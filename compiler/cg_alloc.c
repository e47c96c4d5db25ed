/*
 * cg_alloc.c — allocation sites: where each allocation lives.
 *
 * Escape analysis (escape.c) decided, for every allocation site, whether
 * its storage may outlive the frame; slices.c (gc's slice pass) decided
 * which appended slices may keep a stack backing store and where they move
 * to the heap.  This file turns those decisions into code, the way gc's
 * walk and ssagen do:
 *
 *   new(T), &T{...}, slice literals,      a frame object when the site does
 *   closures, method values, ...args      not escape, else newobject
 *   make([]T, n, c)                       constant cap: a frame array;
 *                                         Go 1.25: variable size uses a
 *                                         32-byte frame buffer when
 *                                         c*sizeof(T) fits, else makeslice
 *   append(s, x, ...)                     Go 1.26: the first growth of a
 *                                         local slice lands in a 32-byte
 *                                         frame buffer (gen_append_grow)
 *   s = move2heap(s)                      before the statement where an
 *                                         append-built slice escapes
 *   make(map), map literals               the map object (and its first
 *                                         group) in the frame
 *   string conversions, concatenation     a 32-byte frame buffer the
 *                                         runtime uses when the result fits
 *   variables moved to the heap           one object each, except that small
 *                                         pointer-free ones declared in the
 *                                         same basic block share one
 *                                         allocation of up to 16 bytes
 *
 * Frame objects (codegen.c) are reserved once per site and live for the
 * whole call; a site evaluated again (in a loop) reuses its object, which
 * is safe because escape analysis sends anything that outlives an
 * iteration to the heap.
 *
 * gc's debug switches apply: -N and -d=variablemakehash=n turn off the
 * variable-size make and append buffers (opt.variablemake_off).
 */
#include "codegen.h"
#include "escape.h"

/* gc's base.Debug.VariableMakeThreshold and runtime tmpStringBufSize */
enum { VARIABLE_MAKE_THRESHOLD = 32, TMP_STRING_BUF = 32 };

/* Address of fresh zeroed storage for a value of type t allocated by
 * site, in %rax: a frame object if the site does not escape, else the
 * heap. */
void gen_new_object(Node *site, Type *t) {
	int64_t size = type_size(t);
	if (site && esc_on_stack(site)) {
		int64_t obj = frame_object(size, type_align(t));
		frame_object_addr(obj, "%rax");
		if (size)
			zero_mem("%rax", size);
		return;
	}
	emit("\tleaq %s(%%rip), %%rdi", type_desc(t));
	c_call("newobject", 1);
}

/* A frame buffer of size bytes for site, or nil when the site escapes:
 * its address in reg (gc's stackBufAddr). */
void gen_buf_arg(Node *site, int64_t size, const char *reg) {
	if (site && esc_on_stack(site)) {
		frame_object_addr(frame_object(size, 8), reg);
		return;
	}
	emit("\tmovq $0, %s", reg);
}

/* The Go 1.25/1.26 variable-size stack buffers are on (not -N, not
 * -d=variablemakehash=n, not -d=escapeall). */
static bool variable_make_on(void) { return !opt.no_opt && !opt.variablemake_off && !opt.escape_all; }

/* ---- make([]T, len, cap) ---- */

/* Panic as makeslice does when len (in %rax) is bad for capacity cap
 * (in %rcx): gc's "if uint64(len) > cap { if len < 0 {...} ... }". */
static void gen_makeslice_checks(void) {
	int ok = new_label(), cap_bad = new_label();
	emit("\tcmpq %%rcx, %%rax");
	emit("\tjbe .L%d", ok);
	emit("\ttestq %%rax, %%rax");
	emit("\tjns .L%d", cap_bad);
	gen_panic_call("rt_panicmakeslicelen");
	emit(".L%d:", cap_bad);
	gen_panic_call("rt_panicmakeslicecap");
	emit(".L%d:", ok);
}

/* make([]T, len[, cap]): the slice header in a temp, its address in %rax */
void gen_make_slice(Node *n) {
	Type *et = under(n->type)->elem;
	int64_t esize = type_size(et);
	Node *capn = n->list.n > 2 ? n->list.v[2] : n->list.v[1];
	int64_t hdr = alloc_temp(24, 8);
	gen_expr(n->list.v[1]);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-hdr + 8));
	if (n->list.n > 2)
		gen_expr(n->list.v[2]);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-hdr + 16));
	int done = new_label();
	if (esc_on_stack(n) && capn->mode == MODE_CONST) {
		/* constant capacity: a zeroed frame array [cap]T */
		int64_t c = const_int64_val(const_to_int(capn->cval));
		emit("\tmovq %lld(%%rbp), %%rax", (long long)(-hdr + 8));
		emit("\tmovq $%lld, %%rcx", (long long)c);
		gen_makeslice_checks();
		int64_t obj = frame_object(c * esize, type_align(et));
		frame_object_addr(obj, "%rdi");
		zero_mem("%rdi", c * esize);
		emit("\tmovq %%rdi, %lld(%%rbp)", (long long)-hdr);
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-hdr);
		return;
	}
	int heap = new_label();
	int64_t k = esize ? VARIABLE_MAKE_THRESHOLD / esize : 0;
	if (esc_on_stack(n) && variable_make_on() && k > 0) {
		/* Go 1.25: a 32-byte frame buffer when cap <= K */
		emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-hdr + 16));
		emit("\tcmpq $%lld, %%rcx", (long long)k);
		emit("\tja .L%d", heap);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)(-hdr + 8));
		gen_makeslice_checks();
		int64_t obj = frame_object(k * esize, 8);
		frame_object_addr(obj, "%rdi");
		zero_mem("%rdi", k * esize);
		emit("\tmovq %%rdi, %lld(%%rbp)", (long long)-hdr);
		emit("\tjmp .L%d", done);
	}
	emit(".L%d:", heap);
	emit("\tleaq %s(%%rip), %%rdi", type_desc(et));
	emit("\tmovq %lld(%%rbp), %%rsi", (long long)(-hdr + 8));
	emit("\tmovq %lld(%%rbp), %%rdx", (long long)(-hdr + 16));
	c_call("makeslice", 3);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-hdr);
	emit(".L%d:", done);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-hdr);
}

/* ---- maps ---- */

/* gc's MapType.GroupSize (see runtime/abi.h map_group_size) */
static int64_t map_group_size(Type *mt) {
	Type *kt = under(mt)->key, *vt = under(mt)->elem;
	int64_t ks = type_size(kt), ka = type_align(kt), es = type_size(vt), ea = type_align(vt);
	if (ks > 128)
		ks = ka = 8;
	if (es > 128)
		es = ea = 8;
	int64_t sa = ka > ea ? ka : ea;
	int64_t slot = (ks + ea - 1) / ea * ea + es;
	if (slot > 0 && es == 0)
		slot++;
	slot = (slot + sa - 1) / sa * sa;
	return slot == 0 ? 16 : 8 + 8 * slot;
}

enum { MAP_HEADER_SIZE = 48, MAP_GROUP_SLOTS = 8 };

/* make(map[K]V, hint) for site, the hint already in %rsi; the map in %rax.
 * A map that does not escape keeps its object, and its first group
 * unless a constant hint is too big for one, in the frame. */
static void gen_makemap_call(Node *site, Type *mt, Node *hint) {
	emit("\tleaq %s(%%rip), %%rdi", type_desc(mt));
	if (!esc_on_stack(site)) {
		c_call("makemap", 2);
		return;
	}
	frame_object_addr(frame_object(MAP_HEADER_SIZE, 8), "%rdx");
	bool big = hint && hint->mode == MODE_CONST && const_int64_val(const_to_int(hint->cval)) > MAP_GROUP_SLOTS;
	if (big)
		emit("\txorl %%ecx, %%ecx");
	else
		frame_object_addr(frame_object(map_group_size(mt), 8), "%rcx");
	c_call("makemap_stack", 4);
}

void gen_make_map(Node *n) {
	Node *hint = n->list.n > 1 ? n->list.v[1] : NULL;
	if (hint) {
		gen_expr(hint);
		emit("\tmovq %%rax, %%rsi");
	} else {
		emit("\txorl %%esi, %%esi");
	}
	gen_makemap_call(n, n->type, hint);
}

/* The map of a map literal with nentries entries, in %rax. */
void gen_map_literal_make(Node *lit) {
	emit("\tmovq $%d, %%rsi", lit->list.n);
	Node hint = {0};
	hint.mode = MODE_CONST;
	hint.cval = const_int64(lit->list.n);
	gen_makemap_call(lit, lit->type, &hint);
}

/* ---- append ---- */

/* gc's backingStoreInfo: the 32-byte buffer of the slices appended to
 * through one operand (a variable: all its append sites share it). */
typedef struct BackingStore {
	int64_t store;     /* frame object of K elements */
	int64_t used;      /* frame object: the buffer was handed out */
	int64_t k;
	bool used_static;  /* a site already generated code for it */
} BackingStore;

static BackingStore *backing_store(Node *operand) {
	Type *et = under(operand->type)->elem;
	int64_t esize = type_size(et);
	if (esize == 0 || esize > VARIABLE_MAKE_THRESHOLD || !variable_make_on())
		return NULL;
	Node *o = skip_parens(operand);
	void *key = o->kind == N_IDENT && o->obj && o->obj->kind == OBJ_VAR ? (void *)o->obj : (void *)o;
	char *name = fmt("%p", key);
	BackingStore *bs = map_get(&fs->backing_stores, name);
	if (bs)
		return bs;
	bs = xalloc(sizeof *bs);
	bs->k = VARIABLE_MAKE_THRESHOLD / esize;
	bs->store = frame_object(bs->k * esize, 8);
	bs->used = frame_object(8, 8);
	zero_at_entry(bs->used, 8);
	map_put(&fs->backing_stores, name, bs);
	return bs;
}

/* The grow path of append with the header at -hdr(%rbp) (old length, old
 * capacity) and the new length in %rax; afterwards the header holds the
 * new pointer and capacity (and still the old length). */
static void gen_append_grow(Node *n, int64_t hdr, int64_t nadd_const, int64_t src) {
	Type *et = under(n->type)->elem;
	BackingStore *bs = NULL;
	if (!n->ellipsis && !(n->esc_flags & ESC_INPLACE) && esc_on_stack(n))
		bs = backing_store(n->list.v[0]);
	int growslice = new_label(), done = new_label();
	if (bs && !(n->esc_flags & ESC_USEBUF) && !bs->used_static) {
		/* the first growth of an empty slice takes the buffer, once */
		bs->used_static = true;
		emit("\tcmpq $%lld, %%rax", (long long)bs->k);
		emit("\tjg .L%d", growslice);
		frame_object_addr(bs->used, "%rcx");
		emit("\tcmpq $0, (%%rcx)");
		emit("\tjne .L%d", growslice);
		emit("\tcmpq $0, %lld(%%rbp)", (long long)(-hdr + 8));
		emit("\tjne .L%d", growslice);
		emit("\tmovq $1, (%%rcx)");
		frame_object_addr(bs->store, "%rdi");
		zero_mem("%rdi", bs->k * type_size(et));
		emit("\tmovq %%rdi, %lld(%%rbp)", (long long)-hdr);
		emit("\tmovq $%lld, %lld(%%rbp)", (long long)bs->k, (long long)(-hdr + 16));
		emit("\tjmp .L%d", done);
	} else if (bs && (n->esc_flags & ESC_USEBUF)) {
		/* growsliceBuf: step through the size classes inside the buffer */
		if (has_pointers(et) && !bs->used_static)
			zero_at_entry(bs->store, bs->k * type_size(et));
		bs->used_static = true;
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-hdr);
		emit("\tmovq $%lld, %%rsi", (long long)nadd_const);
		emit("\tleaq %s(%%rip), %%rdx", type_desc(et));
		frame_object_addr(bs->store, "%rcx");
		emit("\tmovq $%lld, %%r8", (long long)bs->k);
		c_call("rt_growslice_buf", 5);
		emit("\tjmp .L%d", done);
	}
	emit(".L%d:", growslice);
	/* growslice(oldPtr, newLen, oldCap, num, et) -> GoSlice (hidden pointer) */
	int64_t gs = alloc_temp(24, 8);
	emit("\tmovq %%rax, %%rdx");
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-gs);
	emit("\tmovq %lld(%%rbp), %%rsi", (long long)-hdr);
	emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-hdr + 16));
	if (nadd_const > 0)
		emit("\tmovq $%lld, %%r8", (long long)nadd_const);
	else
		emit("\tmovq %lld(%%rbp), %%r8", (long long)(-src + 8));
	emit("\tleaq %s(%%rip), %%r9", type_desc(et));
	c_call("growslice", 6);
	emit("\tmovq %lld(%%rbp), %%rcx", (long long)-gs);
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-hdr);
	emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-gs + 16));
	emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-hdr + 16));
	emit(".L%d:", done);
}

/* append(s, make([]T, n)...) (gc's isAppendOfMake): s extended by n zeroed
 * elements, without the temporary slice. */
bool is_append_of_make(Node *n) {
	if (!n->ellipsis || n->list.n != 2 || opt.no_opt)
		return false;
	Node *mk = n->list.v[1];
	while (mk->kind == N_PAREN)
		mk = mk->x;
	return mk->kind == N_CALL && mk->op == BI_MAKE && mk->x && mk->x->kind == N_IDENT && mk->x->obj &&
	       mk->x->obj->kind == OBJ_BUILTIN && mk->list.n == 2 && type_size(mk->list.v[1]->type) <= 8;
}

/* gc's extendSlice: the header of s is at -hdr(%rbp) */
static void gen_extend_slice(Node *n, int64_t hdr) {
	Type *et = under(n->type)->elem;
	int64_t esize = type_size(et);
	Node *mk = n->list.v[1];
	while (mk->kind == N_PAREN)
		mk = mk->x;
	int64_t l2 = alloc_temp(8, 8);
	gen_expr(mk->list.v[1]);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l2);
	int ok = new_label(), done = new_label(), fits = new_label(), clear = new_label();
	emit("\ttestq %%rax, %%rax");
	emit("\tjns .L%d", ok);
	gen_panic_call("rt_panicmakeslicelen");
	emit(".L%d:", ok);
	emit("\tje .L%d", done);
	/* n = len(s) + l2; grow unless uint(n) <= uint(cap(s)) */
	emit("\taddq %lld(%%rbp), %%rax", (long long)(-hdr + 8));
	emit("\tcmpq %lld(%%rbp), %%rax", (long long)(-hdr + 16));
	emit("\tjbe .L%d", fits);
	int64_t gs = alloc_temp(24, 8);
	emit("\tmovq %%rax, %%rdx");
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-gs);
	emit("\tmovq %lld(%%rbp), %%rsi", (long long)-hdr);
	emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-hdr + 16));
	emit("\tmovq %lld(%%rbp), %%r8", (long long)-l2);
	emit("\tleaq %s(%%rip), %%r9", type_desc(et));
	c_call("growslice", 6);
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-gs);
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-hdr);
	copy_mem("%rdi", "%rsi", 24);
	emit("\tjmp .L%d", clear);
	emit(".L%d:", fits);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-hdr + 8));
	/* clear the new elements s[len-l2:len] */
	emit(".L%d:", clear);
	emit("\tmovq %lld(%%rbp), %%rdi", (long long)(-hdr + 8));
	emit("\tsubq %lld(%%rbp), %%rdi", (long long)-l2);
	emit("\timulq $%lld, %%rdi", (long long)esize);
	emit("\taddq %lld(%%rbp), %%rdi", (long long)-hdr);
	emit("\tmovq %lld(%%rbp), %%rdx", (long long)-l2);
	emit("\timulq $%lld, %%rdx", (long long)esize);
	emit("\txorl %%esi, %%esi");
	c_call("memset", 3);
	emit(".L%d:", done);
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-hdr);
}

/* append(s, x, y...) or append(s, t...): the new slice header in a temp,
 * its address in %rax. */
void gen_append(Node *n) {
	Type *st = n->type;
	Type *et = under(st)->elem;
	int64_t esize = type_size(et);
	int64_t hdr = alloc_temp(24, 8);
	gen_to_temp(n->list.v[0], hdr);
	int64_t nadd;
	int64_t src = 0; /* for the ... form: {ptr, len} of what is appended */
	Vec vals = {0};
	if (is_append_of_make(n)) {
		gen_extend_slice(n, hdr);
		return;
	}
	if (n->ellipsis) {
		Node *y = n->list.v[1];
		src = alloc_temp(24, 8);
		gen_expr(y);
		emit("\tmovq (%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-src);
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)(-src + 8));
		nadd = -1;
	} else {
		nadd = n->list.n - 1;
		/* evaluate the new elements first (they may read the slice) */
		for (int i = 1; i < n->list.n; i++) {
			int64_t off = alloc_temp(esize ? esize : 1, type_align(et));
			gen_to_temp(n->list.v[i], off);
			vec_push(&vals, (void *)(intptr_t)off);
		}
	}
	if (nadd == 0) {
		emit("\tleaq %lld(%%rbp), %%rax", (long long)-hdr);
		return;
	}
	/* newlen = len + k; grow when newlen > cap */
	emit("\tmovq %lld(%%rbp), %%rax", (long long)(-hdr + 8));
	if (nadd > 0)
		emit("\taddq $%lld, %%rax", (long long)nadd);
	else
		emit("\taddq %lld(%%rbp), %%rax", (long long)(-src + 8));
	int ok = new_label();
	emit("\tcmpq %lld(%%rbp), %%rax", (long long)(-hdr + 16));
	emit("\tjbe .L%d", ok);
	gen_append_grow(n, hdr, nadd, src);
	emit(".L%d:", ok);
	/* store the new elements at ptr + len*size */
	if (nadd > 0) {
		for (int i = 0; i < vals.len; i++) {
			emit("\tmovq %lld(%%rbp), %%rdi", (long long)(-hdr + 8));
			if (i)
				emit("\taddq $%d, %%rdi", i);
			if (esize != 1)
				emit("\timulq $%lld, %%rdi", (long long)esize);
			emit("\taddq %lld(%%rbp), %%rdi", (long long)-hdr);
			emit("\tleaq %lld(%%rbp), %%rax", (long long)-(intptr_t)vals.data[i]);
			if (is_scalar(et))
				load_scalar(et);
			store_value(et);
		}
		emit("\taddq $%lld, %lld(%%rbp)", (long long)nadd, (long long)(-hdr + 8));
	} else {
		/* memmove(ptr + len*size, src.ptr, src.len*size) */
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)(-hdr + 8));
		if (esize != 1)
			emit("\timulq $%lld, %%rdi", (long long)esize);
		emit("\taddq %lld(%%rbp), %%rdi", (long long)-hdr);
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)-src);
		emit("\tmovq %lld(%%rbp), %%rdx", (long long)(-src + 8));
		if (esize != 1)
			emit("\timulq $%lld, %%rdx", (long long)esize);
		c_call("memmove", 3);
		emit("\tmovq %lld(%%rbp), %%rcx", (long long)(-src + 8));
		emit("\taddq %%rcx, %lld(%%rbp)", (long long)(-hdr + 8));
	}
	emit("\tleaq %lld(%%rbp), %%rax", (long long)-hdr);
}

/* ---- move2heap ---- */

/* s = move2heap(s) before the statement where an append-built slice
 * escapes (slices.c): if s's backing store is in this frame, copy it to
 * the heap, keeping its capacity if that is observable. */
void gen_move2heap(Move2Heap *m) {
	Type *et = under(m->var->type)->elem;
	int64_t esize = type_size(et);
	if (esize == 0 || esize > VARIABLE_MAKE_THRESHOLD || !variable_make_on())
		return; /* no stack backing store can exist */
	int skip = new_label();
	gen_var_addr(m->var);
	emit("\tmovq %%rax, %%r10");
	/* in this frame: rsp <= ptr < caller's sp (rbp + 16) */
	emit("\tmovq (%%r10), %%rcx");
	emit("\tsubq %%rsp, %%rcx");
	emit("\tleaq 16(%%rbp), %%rdx");
	emit("\tsubq %%rsp, %%rdx");
	emit("\tcmpq %%rdx, %%rcx");
	emit("\tjae .L%d", skip);
	emit("\tpushq %%r10");
	emit("\tpushq %%r10");
	int64_t res = alloc_temp(24, 8);
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-res);
	if (has_pointers(et))
		emit("\tleaq %s(%%rip), %%rsi", type_desc(et));
	else
		emit("\tmovq $%lld, %%rsi", (long long)esize);
	emit("\tmovq (%%r10), %%rdx");
	emit("\tmovq 8(%%r10), %%rcx");
	emit("\tmovq 16(%%r10), %%r8");
	const char *fn = m->keep_cap ? (has_pointers(et) ? "moveSlice" : "moveSliceNoScan")
	                             : (has_pointers(et) ? "moveSliceNoCap" : "moveSliceNoCapNoScan");
	c_call(fn, 5);
	emit("\tpopq %%rdi");
	emit("\tpopq %%rdi");
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-res);
	copy_mem("%rdi", "%rsi", 24);
	emit(".L%d:", skip);
}

/* ---- variables moved to the heap ---- */

/* gc's maxAggregatedHeapAllocation: pointer-free heap variables smaller
 * than this that are declared in one basic block share an allocation. */
enum { MAX_AGGREGATED_HEAP_ALLOCATION = 16 };

/* The group being collected: its allocation was made at the first
 * member's declaration with a size (.LhsN) and member offsets (.LhoN_k)
 * that are only set when the group closes (gc's pendingHeapAllocations). */
typedef struct HeapGroup {
	Obj *vars[MAX_AGGREGATED_HEAP_ALLOCATION];
	int n;
	int64_t used;
	int id;
	int64_t base;     /* frame object holding the allocation's address */
} HeapGroup;

static HeapGroup group;
static int group_counter;

static int by_alignment(const void *a, const void *b) {
	Obj *x = *(Obj *const *)a, *y = *(Obj *const *)b;
	int64_t ax = type_align(x->type), ay = type_align(y->type);
	if (ax != ay)
		return ax > ay ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id; /* stable: program order */
}

/* Close the group: lay its members out by decreasing alignment. */
void heap_vars_flush(void) {
	if (group.n == 0)
		return;
	HeapGroup g = group;
	group.n = 0;
	group.used = 0;
	Obj *sorted[MAX_AGGREGATED_HEAP_ALLOCATION];
	memcpy(sorted, g.vars, sizeof(Obj *) * g.n);
	qsort(sorted, g.n, sizeof(Obj *), by_alignment);
	int64_t size = 0;
	for (int i = 0; i < g.n; i++) {
		int k = 0;
		while (g.vars[k] != sorted[i])
			k++;
		emit("\t.set .Lho%d_%d, %lld", g.id, k, (long long)size);
		size += type_size(sorted[i]->type);
	}
	int64_t align = type_align(sorted[0]->type);
	size = (size + align - 1) / align * align;
	emit("\t.set .Lhs%d, %lld", g.id, (long long)size);
}

/* gc closes the group when it ends an SSA basic block (ssagen's endBlock):
 * at every if, loop, &&/||, bounds or divide-by-zero check, type assertion,
 * append, ...  tgo's jumps and labels mark most of those places, so a code
 * position where a basic block may end or begin (a label or a jump) closes
 * the group.  Where tgo branches inside what gc keeps in one block (the
 * -1 divisor fix-up, shift counts of 64 or more, string min/max),
 * heap_vars_same_block is raised; where gc branches and tgo does not (==
 * on strings and interfaces, integer min/max), the code generator calls
 * heap_vars_flush itself. */
int heap_vars_same_block;

void heap_vars_block_end(const char *line) {
	if (group.n && !heap_vars_same_block &&
	    (strncmp(line, "\tj", 2) == 0 || (line[0] == '.' && line[1] == 'L' && strchr(line, ':'))))
		heap_vars_flush();
}

/* Allocate variable o on the heap (it was moved there) and store the
 * address in its frame slot. */
void gen_heap_var(Obj *o) {
	int64_t size = type_size(o->type);
	if (has_pointers(o->type) || size >= MAX_AGGREGATED_HEAP_ALLOCATION || size == 0) {
		emit("\tleaq %s(%%rip), %%rdi", type_desc(o->type));
		c_call("newobject", 1);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)o->offset);
		return;
	}
	if (group.used + size > MAX_AGGREGATED_HEAP_ALLOCATION)
		heap_vars_flush();
	if (group.n == 0) {
		group.id = ++group_counter;
		group.base = frame_object(8, 8);
		emit("\tmovq $.Lhs%d, %%rdi", group.id);
		emit("\txorl %%esi, %%esi");
		emit("\tmovl $1, %%edx");
		c_call("mallocgc", 3);
		frame_object_addr(group.base, "%rcx");
		emit("\tmovq %%rax, (%%rcx)");
	}
	int k = group.n++;
	group.vars[k] = o;
	group.used += size;
	frame_object_addr(group.base, "%rax");
	emit("\tmovq (%%rax), %%rax");
	emit("\taddq $.Lho%d_%d, %%rax", group.id, k);
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)o->offset);
}
