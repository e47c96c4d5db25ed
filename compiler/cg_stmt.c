/*
 * cg_stmt.c — code generation for statements.
 *
 * Temporaries are per statement: a statement's temporaries are released
 * when it ends (gen_stmt saves and restores the temporary mark).
 *
 * Assignments follow the spec's two phases: first the operands of index
 * expressions and indirections on the left and the values on the right are
 * evaluated (left to right), then the stores happen left to right.
 * Go 1.22's per-iteration loop variables matter only for variables that
 * live on the heap (captured or address-taken): such a variable gets a fresh
 * heap object for every iteration, initialized from the previous one.
 */
#include "codegen.h"

void gen_map_assign_addr(Node *idx);

static int64_t align8(int64_t n) { return (n + 7) & ~7LL; }

/* A node reading the value at the address kept in temp off. */
static Node *temp_ref(int64_t off, Type *t) {
	Node *n = new_node(N_TEMPREF, nopos);
	n->iota = off;
	n->type = t;
	n->mode = MODE_VAR;
	return n;
}

static bool is_blank(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	return n->kind == N_IDENT && strcmp(n->name, "_") == 0 && (!n->obj || n->obj->kind != OBJ_VAR || !n->obj->name ||
	                                                            strcmp(n->obj->name, "_") == 0);
}

static bool is_map_index(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	return n->kind == N_INDEX && under(n->x->type)->kind == TY_MAP;
}

/* A fresh heap object for a variable declared now, stored in its slot. */
static void new_var_object(Obj *o) { gen_heap_var(o); }

/* Zero a variable being declared (heap variables get a new object). */
static void declare_zero(Obj *o) {
	if (var_on_heap(o)) {
		new_var_object(o);
		return;
	}
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)o->offset);
	zero_mem("%rdi", type_size(o->type));
}

/* ---- assignment ---- */

typedef struct Lhs {
	Node *n;
	int kind;        /* LHS_* */
	int64_t addr;    /* temp holding the address (the base, for LHS_ELEM) */
	int64_t map, key;/* temps for a map index */
	int64_t len, idx;/* LHS_ELEM: temps with the length and the index */
	int64_t off;     /* LHS_DEREF: field offset added after the nil check */
	Type *type;
} Lhs;

enum {
	LHS_BLANK,
	LHS_ADDR,  /* address in temp */
	LHS_MAP,   /* map index */
	LHS_DEREF, /* pointer in temp, nil-checked only at the store */
	LHS_ELEM,  /* slice/array element, bounds-checked only at the store */
};

/* The spec's first phase of an assignment: the operands of index
 * expressions and pointer indirections on the left are evaluated.  The
 * indexing and the indirection themselves (bounds and nil checks) happen
 * in the second phase, at the store, so that in "m[k], p[1] = a, b" the
 * map assignment happens before p[1] panics (as gc does). */
static Lhs eval_lhs(Node *n) {
	Lhs l = {0};
	l.n = n;
	l.type = n->type;
	if (is_blank(n))
		return l;
	Node *x = n;
	while (x->kind == N_PAREN)
		x = x->x;
	if (is_map_index(x)) {
		l.kind = LHS_MAP;
		l.map = alloc_temp(8, 8);
		gen_expr(x->x);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l.map);
		l.key = alloc_temp(type_size(x->y->type), type_align(x->y->type));
		gen_to_temp(x->y, l.key);
		l.n = x;
		return l;
	}
	l.kind = LHS_ADDR;
	l.addr = alloc_temp(8, 8);
	Type *xt = x->kind == N_INDEX ? under(x->x->type) : NULL;
	if (x->kind == N_STAR || x->kind == N_DEREF) {
		l.kind = LHS_DEREF;
		gen_expr(x->x);
	} else if (x->kind == N_SELECTOR && x->sel_kind == SEL_FIELD && (x->x->kind == N_DEREF || x->x->kind == N_STAR)) {
		/* p.f */
		l.kind = LHS_DEREF;
		l.off = field_path_offset(x);
		gen_expr(x->x->x);
	} else if (xt && xt->kind == TY_SLICE) {
		l.kind = LHS_ELEM;
		l.len = alloc_temp(8, 8);
		l.idx = alloc_temp(8, 8);
		gen_expr(x->x);
		emit("\tmovq 8(%%rax), %%rcx");
		emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-l.len);
		emit("\tmovq (%%rax), %%rax");
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l.addr);
		gen_expr(x->y);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l.idx);
		l.n = x;
		return l;
	} else if (xt && xt->kind == TY_ARRAY && x->y->mode != MODE_CONST && x->x->kind != N_DEREF && x->x->kind != N_STAR) {
		l.kind = LHS_ELEM;
		l.len = alloc_temp(8, 8);
		l.idx = alloc_temp(8, 8);
		gen_expr(x->x); /* the array's address */
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l.addr);
		emit("\tmovq $%lld, %lld(%%rbp)", (long long)xt->len, (long long)-l.len);
		gen_expr(x->y);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l.idx);
		l.n = x;
		return l;
	} else {
		gen_addr(x);
	}
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-l.addr);
	return l;
}

/* The second phase for l: its address in %rdi (after its checks). */
static void lhs_address(Lhs *l) {
	switch (l->kind) {
	case LHS_MAP: {
		Type *mt = l->n->x->type;
		emit("\tleaq %lld(%%rbp), %%rdx", (long long)-l->key);
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)-l->map);
		emit("\tleaq %s(%%rip), %%rdi", type_desc(mt));
		c_call("mapassign", 3);
		emit("\tmovq %%rax, %%rdi");
		return;
	}
	case LHS_DEREF:
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-l->addr);
		emit("\ttestb %%al, %lld(%%rax)", (long long)(l->off < 4096 ? l->off : 0));
		emit("\tleaq %lld(%%rax), %%rdi", (long long)l->off);
		return;
	case LHS_ELEM: {
		int64_t esize = type_size(l->n->type);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-l->idx);
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-l->len);
		gen_bounds_check(is_unsigned(l->n->y->type));
		emit("\timulq $%lld, %%rax", (long long)esize);
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-l->addr);
		emit("\taddq %%rax, %%rdi");
		return;
	}
	default:
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-l->addr);
		return;
	}
}

/* Store the value held in temp val (of type t) through lhs l. */
static void store_lhs(Lhs *l, int64_t val, Type *t) {
	if (l->kind == LHS_BLANK)
		return;
	lhs_address(l);
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-val);
	copy_mem("%rdi", "%rsi", type_size(t));
}

/* m[k] op= y: m[k] op y is computed first (reading m[k]), then assigned,
 * so a panic in y or in the operation (division by zero) leaves m without
 * the key, as in gc. */
static void gen_map_op_assign(Node *bin, Node *lhs) {
	Lhs l = eval_lhs(lhs);
	Node *x = l.n;
	Node *read = new_node(N_INDEX, x->pos);
	*read = *x;
	read->x = temp_value_ref(l.map, x->x->type);
	read->y = temp_value_ref(l.key, x->y->type);
	Node copy = *bin;
	copy.x = read;
	int64_t v = alloc_temp(type_size(lhs->type), type_align(lhs->type));
	gen_to_temp(&copy, v);
	store_lhs(&l, v, lhs->type);
}

static bool simple_var(Node *n) {
	while (n->kind == N_PAREN)
		n = n->x;
	return n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR;
}

static void gen_single_assign(Node *lhs, Node *rhs) {
	if (is_blank(lhs)) {
		gen_expr(rhs);
		return;
	}
	if (simple_var(lhs)) {
		gen_expr(rhs);
		push();
		gen_addr(lhs);
		emit("\tmovq %%rax, %%rdi");
		pop("%rax");
		store_value(lhs->type);
		return;
	}
	Lhs l = eval_lhs(lhs);
	int64_t v = alloc_temp(type_size(rhs->type), type_align(rhs->type));
	gen_to_temp(rhs, v);
	store_lhs(&l, v, lhs->type);
}

static void gen_assign(Node *s) {
	int nl = s->list.n, nr = s->list2.n;
	if (s->op == TK_DEFINE) {
		/* new variables get fresh storage now */
		for (int i = 0; i < nl; i++) {
			Node *x = s->list.v[i];
			if (x->obj && x->obj->kind == OBJ_VAR && x->obj->func == fs->fn &&
			    x->pos.line == x->obj->pos.line && x->pos.col == x->obj->pos.col && var_on_heap(x->obj))
				new_var_object(x->obj);
		}
	}
	if (s->op != TK_ASSIGN && s->op != TK_DEFINE) {
		/* x op= y: the address of x once, then x = x op y */
		Node *bin = s->x;
		Node *lhs = s->list.v[0];
		if (is_map_index(lhs)) {
			gen_map_op_assign(bin, lhs);
			return;
		}
		gen_addr(lhs);
		int64_t a = alloc_temp(8, 8);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-a);
		Node copy = *bin;
		copy.x = temp_ref(a, lhs->type);
		gen_expr(&copy);
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-a);
		store_value(lhs->type);
		return;
	}
	if (nl == 1 && nr == 1 && !s->list2.v[0]->comma_ok) {
		gen_single_assign(s->list.v[0], s->list2.v[0]);
		return;
	}
	Node *conv0 = NULL;
	/* phase 1: left operands, then right values into temporaries */
	Lhs *ls = xalloc(sizeof(Lhs) * nl);
	for (int i = 0; i < nl; i++)
		ls[i] = eval_lhs(s->list.v[i]);
	int64_t *vals = xalloc(sizeof(int64_t) * nl);
	Type **types = xalloc(sizeof(Type *) * nl);
	if (nr == nl) {
		for (int i = 0; i < nr; i++) {
			Node *r = s->list2.v[i];
			vals[i] = alloc_temp(type_size(r->type), type_align(r->type));
			types[i] = r->type;
			gen_to_temp(r, vals[i]);
		}
	} else {
		/* one multi-valued right side: a tuple or a comma-ok pair */
		Node *r = s->list2.v[0];
		if (r->kind == N_CONV && r->implicit && r->x && r->x->comma_ok) {
			/* "v, ok = x.(T)" with v an interface: the checker's
			 * conversion of the value, made in phase 2 */
			conv0 = r;
			r = r->x;
		}
		gen_expr(r);
		if (r->type->kind == TY_TUPLE) {
			Type *tt = r->type;
			type_size(tt);
			for (int i = 0; i < nl; i++) {
				vals[i] = alloc_temp(type_size(tt->fields[i]->type), 8);
				types[i] = tt->fields[i]->type;
				emit("\tleaq %lld(%%rax), %%rsi", (long long)tt->fields[i]->offset);
				emit("\tleaq %lld(%%rbp), %%rdi", (long long)-vals[i]);
				copy_mem("%rdi", "%rsi", type_size(types[i]));
			}
		} else {
			/* comma-ok: {value, ok(8 bytes)} */
			Type *vt = r->type;
			vals[0] = alloc_temp(type_size(vt), type_align(vt));
			vals[1] = alloc_temp(8, 8);
			types[0] = vt;
			types[1] = type_bool;
			emit("\tmovq %%rax, %%rsi");
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-vals[0]);
			copy_mem("%rdi", "%rsi", type_size(vt));
			emit("\tmovq %lld(%%rsi), %%rcx", (long long)align8(type_size(vt)));
			emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-vals[1]);
		}
	}
	/* phase 2: stores, left to right; values of interface type on the left
	 * from concrete tuple results need conversion (not produced by the checker) */
	for (int i = 0; i < nl; i++) {
		Type *lt = ls[i].n->type ? ls[i].n->type : types[i];
		if (ls[i].kind && !types_identical(lt, types[i]) && is_interface(lt)) {
			/* convert the temp value to the interface */
			int64_t nv = alloc_temp(16, 8);
			gen_temp_value_conv(vals[i], types[i], lt, i == 0 && conv0 ? conv0->esc_flags : 0);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-nv);
			copy_mem("%rdi", "%rax", 16);
			store_lhs(&ls[i], nv, lt);
			continue;
		}
		store_lhs(&ls[i], vals[i], types[i]);
	}
}

/* ---- declarations ---- */

static void gen_var_spec(Node *spec) {
	int nl = spec->list.n, nr = spec->list2.n;
	if (nr == 0) {
		for (int i = 0; i < nl; i++) {
			Obj *o = spec->list.v[i]->obj;
			if (o && strcmp(o->name, "_") != 0)
				declare_zero(o);
		}
		return;
	}
	/* allocate heap variables before evaluating (they are new each time) */
	Node a = {0};
	a.kind = N_ASSIGN;
	a.op = TK_ASSIGN;
	a.pos = spec->pos;
	for (int i = 0; i < nl; i++) {
		Obj *o = spec->list.v[i]->obj;
		if (o && var_on_heap(o))
			new_var_object(o);
	}
	a.list = spec->list;
	a.list2 = spec->list2;
	gen_assign(&a);
}

static void gen_decl(Node *d) {
	if (d->op != TK_VAR)
		return;
	for (int i = 0; i < d->list.n; i++) {
		order_var_spec(d->list.v[i]);
		gen_var_spec(d->list.v[i]);
	}
}

/* ---- control flow ---- */

static LoopCtx *push_loop(Node *s, int brk, int cont) {
	LoopCtx *c = xalloc(sizeof *c);
	c->stmt = s;
	c->break_label = brk;
	c->continue_label = cont;
	vec_push(&fs->loops, c);
	return c;
}

static void pop_loop(void) { fs->loops.len--; }

static LoopCtx *find_loop(Node *target) {
	for (int i = fs->loops.len - 1; i >= 0; i--) {
		LoopCtx *c = fs->loops.data[i];
		if (c->stmt == target)
			return c;
	}
	return NULL;
}

static int goto_label(const char *name) {
	void *v = map_get(&fs->labels, name);
	if (v)
		return (int)(intptr_t)v;
	int l = new_label();
	map_put(&fs->labels, xstrdup(name), (void *)(intptr_t)l);
	return l;
}

static void gen_if(Node *s) {
	if (s->init)
		gen_stmt(s->init);
	int els = new_label(), end = new_label();
	order_expr(&s->cond);
	gen_cond_jump(s->cond, false, els);
	gen_block(&s->body->list);
	emit("\tjmp .L%d", end);
	emit(".L%d:", els);
	if (s->els) {
		if (s->els->kind == N_IF)
			gen_stmt(s->els);
		else
			gen_block(&s->els->list);
	}
	emit(".L%d:", end);
}

/* Give heap-allocated loop variables a fresh copy for the next iteration. */
static void renew_loop_vars(Node *init) {
	if (!init || init->kind != N_ASSIGN || init->op != TK_DEFINE)
		return;
	for (int i = 0; i < init->list.n; i++) {
		Obj *o = init->list.v[i]->obj;
		if (!o || !var_on_heap(o))
			continue;
		emit("\tmovq %lld(%%rbp), %%rax", (long long)o->offset);
		push();
		new_var_object(o);
		pop("%rsi");
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)o->offset);
		copy_mem("%rdi", "%rsi", type_size(o->type));
	}
}

static void gen_for(Node *s) {
	if (s->init)
		gen_stmt(s->init);
	int top = new_label(), cont = new_label(), brk = new_label();
	emit(".L%d:", top);
	if (s->cond) {
		order_expr(&s->cond);
		gen_cond_jump(s->cond, false, brk);
	}
	push_loop(s, brk, cont);
	gen_block(&s->body->list);
	pop_loop();
	emit(".L%d:", cont);
	renew_loop_vars(s->init);
	if (s->post)
		gen_stmt(s->post);
	emit("\tjmp .L%d", top);
	emit(".L%d:", brk);
}

/* Define the range variable v from the value in temp val. */
static void range_define(Node *v, int64_t val, Type *t) {
	Obj *o = v->obj;
	if (var_on_heap(o))
		new_var_object(o);
	gen_var_addr(o);
	emit("\tmovq %%rax, %%rdi");
	emit("\tleaq %lld(%%rbp), %%rsi", (long long)-val);
	copy_mem("%rdi", "%rsi", type_size(t));
}

/* Store the value in temp val (of type t) through the evaluated l. */
static void range_assign_one(Lhs *l, Node *v, int64_t val, Type *t) {
	if (is_interface(v->type) && !is_interface(t)) {
		/* for _, e = range xs with e an interface: box each value */
		int64_t boxed = alloc_temp(16, 8);
		gen_temp_value_as(val, t, v->type);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-boxed);
		copy_mem("%rdi", "%rax", 16);
		val = boxed;
		t = v->type;
	}
	store_lhs(l, val, t);
}

/* Assign (or define) the range variables k and v (either may be NULL or
 * blank) from the values in temps kval and vval.  "for i, x[i] = range y"
 * is a parallel assignment: both operands are evaluated before either is
 * stored, so x[i] uses the old i. */
static void range_store2(Node *s, Node *k, int64_t kval, Type *kt, Node *v, int64_t vval, Type *vt) {
	bool hask = k && !is_blank(k), hasv = v && !is_blank(v);
	if (s->op == TK_DEFINE) {
		if (hask)
			range_define(k, kval, kt);
		if (hasv)
			range_define(v, vval, vt);
		return;
	}
	Lhs lk = {0}, lv = {0};
	if (hask)
		lk = eval_lhs(k);
	if (hasv)
		lv = eval_lhs(v);
	if (hask)
		range_assign_one(&lk, k, kval, kt);
	if (hasv)
		range_assign_one(&lv, v, vval, vt);
}

static void range_store(Node *s, Node *v, int64_t val, Type *t) { range_store2(s, v, val, t, NULL, 0, NULL); }

static void gen_range(Node *s) {
	Type *xt = s->z->type;
	Type *u = under(xt);
	int top = new_label(), cont = new_label(), brk = new_label();
	Node *kv = s->x, *vv = s->y;
	if (u->kind == TY_POINTER)
		u = under(u->elem);
	if (is_integer(u)) {
		/* for i := range n */
		int64_t n = alloc_temp(8, 8), i = alloc_temp(8, 8);
		gen_expr(s->z);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-n);
		emit("\tmovq $0, %lld(%%rbp)", (long long)-i);
		emit(".L%d:", top);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-i);
		emit("\tcmpq %lld(%%rbp), %%rax", (long long)-n);
		emit("\tj%s .L%d", is_unsigned(u) ? "ae" : "ge", brk);
		range_store(s, kv, i, xt);
		push_loop(s, brk, cont);
		gen_block(&s->body->list);
		pop_loop();
		emit(".L%d:", cont);
		emit("\tincq %lld(%%rbp)", (long long)-i);
		emit("\tjmp .L%d", top);
		emit(".L%d:", brk);
		return;
	}
	if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
		Type *et = u->elem;
		int64_t esize = type_size(et);
		int64_t base = alloc_temp(8, 8), len = alloc_temp(8, 8), i = alloc_temp(8, 8);
		if (under(xt)->kind == TY_POINTER) {
			gen_expr(s->z);
			if (vv && !is_blank(vv))
				gen_nil_check();
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-base);
			emit("\tmovq $%lld, %lld(%%rbp)", (long long)u->len, (long long)-len);
		} else if (u->kind == TY_ARRAY) {
			if ((!vv || is_blank(vv)) && !has_call_or_recv(s->z)) {
				/* len(x) is constant: the spec says x is not evaluated
				 * ("for range *p" with p nil does not panic) */
				emit("\txorl %%eax, %%eax");
			} else if (vv && !is_blank(vv)) {
				/* ranging over an array value iterates over a copy */
				int64_t copy = alloc_temp(type_size(u), type_align(u));
				gen_to_temp(s->z, copy);
				emit("\tleaq %lld(%%rbp), %%rax", (long long)-copy);
			} else {
				gen_expr(s->z);
			}
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-base);
			emit("\tmovq $%lld, %lld(%%rbp)", (long long)u->len, (long long)-len);
		} else {
			gen_expr(s->z);
			emit("\tmovq (%%rax), %%rcx");
			emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-base);
			emit("\tmovq 8(%%rax), %%rcx");
			emit("\tmovq %%rcx, %lld(%%rbp)", (long long)-len);
		}
		emit("\tmovq $0, %lld(%%rbp)", (long long)-i);
		emit(".L%d:", top);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-i);
		emit("\tcmpq %lld(%%rbp), %%rax", (long long)-len);
		emit("\tjge .L%d", brk);
		if (vv && !is_blank(vv)) {
			int64_t val = alloc_temp(esize ? esize : 1, type_align(et));
			emit("\tmovq %lld(%%rbp), %%rax", (long long)-i);
			if (esize != 1)
				emit("\timulq $%lld, %%rax", (long long)esize);
			emit("\taddq %lld(%%rbp), %%rax", (long long)-base);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-val);
			copy_mem("%rdi", "%rax", esize);
			range_store2(s, kv, i, type_int, vv, val, et);
		} else {
			range_store(s, kv, i, type_int);
		}
		push_loop(s, brk, cont);
		gen_block(&s->body->list);
		pop_loop();
		emit(".L%d:", cont);
		emit("\tincq %lld(%%rbp)", (long long)-i);
		emit("\tjmp .L%d", top);
		emit(".L%d:", brk);
		return;
	}
	if (u->kind == TY_STRING) {
		int64_t str = alloc_temp(16, 8), i = alloc_temp(8, 8), next = alloc_temp(8, 8), r = alloc_temp(8, 8);
		gen_to_temp(s->z, str);
		emit("\tmovq $0, %lld(%%rbp)", (long long)-next);
		emit(".L%d:", top);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-next);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-i);
		emit("\tcmpq %lld(%%rbp), %%rax", (long long)(-str + 8));
		emit("\tjge .L%d", brk);
		/* decoderune(s, k) -> (rune, next) */
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-str);
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)(-str + 8));
		emit("\tmovq %lld(%%rbp), %%rdx", (long long)-i);
		c_call("decoderune", 3);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-r);
		emit("\tmovq %%rdx, %lld(%%rbp)", (long long)-next);
		range_store2(s, kv, i, type_int, vv, r, type_rune);
		push_loop(s, brk, cont);
		gen_block(&s->body->list);
		pop_loop();
		emit(".L%d:", cont);
		emit("\tjmp .L%d", top);
		emit(".L%d:", brk);
		return;
	}
	if (u->kind == TY_MAP) {
		int64_t it = alloc_temp(128, 8);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-it);
		zero_mem("%rdi", 128);
		gen_expr(s->z);
		emit("\tmovq %%rax, %%rsi");
		emit("\tleaq %s(%%rip), %%rdi", type_desc(xt));
		emit("\tleaq %lld(%%rbp), %%rdx", (long long)-it);
		c_call("mapiterinit", 3);
		emit(".L%d:", top);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-it);
		emit("\ttestq %%rax, %%rax");
		emit("\tje .L%d", brk);
		int64_t k = 0, v = 0;
		if (kv && !is_blank(kv)) {
			k = alloc_temp(type_size(u->key), type_align(u->key));
			emit("\tmovq %lld(%%rbp), %%rsi", (long long)-it);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-k);
			copy_mem("%rdi", "%rsi", type_size(u->key));
		}
		if (vv && !is_blank(vv)) {
			v = alloc_temp(type_size(u->elem), type_align(u->elem));
			emit("\tmovq %lld(%%rbp), %%rsi", (long long)(-it + 8));
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-v);
			copy_mem("%rdi", "%rsi", type_size(u->elem));
		}
		range_store2(s, kv, k, u->key, vv, v, u->elem);
		push_loop(s, brk, cont);
		gen_block(&s->body->list);
		pop_loop();
		emit(".L%d:", cont);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-it);
		c_call("mapiternext", 1);
		emit("\tjmp .L%d", top);
		emit(".L%d:", brk);
		return;
	}
	if (u->kind == TY_CHAN) {
		Type *et = u->elem;
		int64_t ch = alloc_temp(8, 8);
		int64_t val = alloc_temp(align8(type_size(et)) + 8, 8);
		gen_expr(s->z);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-ch);
		emit(".L%d:", top);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)-val);
		zero_mem("%rdi", align8(type_size(et)));
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-ch);
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)-val);
		c_call("chanrecv", 2);
		emit("\ttestb %%al, %%al");
		emit("\tje .L%d", brk);
		range_store(s, kv, val, et);
		push_loop(s, brk, cont);
		gen_block(&s->body->list);
		pop_loop();
		emit(".L%d:", cont);
		emit("\tjmp .L%d", top);
		emit(".L%d:", brk);
		return;
	}
	ice_at(s->pos, "range over %s", typestr(xt));
}

/* switch: cases are tested in order, then the bodies follow in order so
 * that fallthrough is a jump to the next body. */
/* Are all case values of switch s constants? */
static bool constant_cases(Node *s) {
	for (int i = 0; i < s->list.n; i++) {
		Node *c = s->list.v[i];
		for (int j = 0; j < c->list.n; j++)
			if (c->list.v[j]->mode != MODE_CONST)
				return false;
	}
	return true;
}

static void gen_switch(Node *s) {
	if (s->init)
		gen_stmt(s->init);
	int64_t tag = 0;
	Type *tt = NULL;
	if (s->x) {
		order_expr(&s->x);
		tt = s->x->type;
		tag = alloc_temp(type_size(tt), type_align(tt));
		if (is_bytes_to_string(s->x) && constant_cases(s)) {
			/* switch string(b) with constant cases: no copy of b */
			gen_bytes_string_view(s->x);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-tag);
			copy_mem("%rdi", "%rax", 16);
		} else {
			gen_to_temp(s->x, tag);
		}
	}
	int brk = new_label();
	int n = s->list.n;
	int *body = xalloc(sizeof(int) * (n + 1));
	int deflt = -1;
	for (int i = 0; i < n; i++)
		body[i] = new_label();
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		if (c->is_default) {
			deflt = i;
			continue;
		}
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			if (!s->x) {
				gen_cond_jump(e, true, body[i]);
				continue;
			}
			/* e == tag */
			Node cmp = {0};
			cmp.kind = N_BINARY;
			cmp.op = TK_EQL;
			cmp.x = e;
			cmp.y = temp_value_ref(tag, tt);
			cmp.type = type_bool;
			cmp.mode = MODE_VALUE;
			cmp.pos = e->pos;
			gen_cond_jump(&cmp, true, body[i]);
		}
	}
	emit("\tjmp .L%d", deflt >= 0 ? body[deflt] : brk);
	push_loop(s, brk, 0);
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		emit(".L%d:", body[i]);
		gen_block(&c->list2);
		Node *last = c->list2.n ? c->list2.v[c->list2.n - 1] : NULL;
		if (last && last->kind == N_BRANCH && last->op == TK_FALLTHROUGH && i + 1 < n)
			emit("\tjmp .L%d", body[i + 1]);
		else
			emit("\tjmp .L%d", brk);
	}
	pop_loop();
	emit(".L%d:", brk);
}

static void gen_type_switch(Node *s) {
	if (s->init)
		gen_stmt(s->init);
	Node *guard = s->x; /* x.(type) */
	Type *it = guard->x->type;
	bool eface = is_empty_interface(it);
	int64_t val = alloc_temp(16, 8);
	gen_to_temp(guard->x, val);
	int64_t dyn = alloc_temp(8, 8); /* the dynamic type */
	emit("\tmovq %lld(%%rbp), %%rax", (long long)-val);
	if (!eface) {
		int nil = new_label();
		emit("\ttestq %%rax, %%rax");
		emit("\tje .L%d", nil);
		emit("\tmovq 8(%%rax), %%rax");
		emit(".L%d:", nil);
	}
	emit("\tmovq %%rax, %lld(%%rbp)", (long long)-dyn);
	int brk = new_label();
	int n = s->list.n;
	int *body = xalloc(sizeof(int) * (n + 1));
	int deflt = -1;
	for (int i = 0; i < n; i++)
		body[i] = new_label();
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		if (c->is_default) {
			deflt = i;
			continue;
		}
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			Type *ct = e->type;
			emit("\tmovq %lld(%%rbp), %%rax", (long long)-dyn);
			if (ct->kind == TY_UNTYPED_NIL) {
				emit("\ttestq %%rax, %%rax");
				emit("\tje .L%d", body[i]);
			} else if (is_interface(ct)) {
				int skip = new_label();
				emit("\ttestq %%rax, %%rax");
				emit("\tje .L%d", skip);
				if (is_empty_interface(ct)) {
					emit("\tjmp .L%d", body[i]);
				} else {
					emit("\tmovq %%rax, %%rsi");
					emit("\tleaq %s(%%rip), %%rdi", type_desc(ct));
					emit("\tmovl $1, %%edx");
					c_call("getitab", 3);
					emit("\ttestq %%rax, %%rax");
					emit("\tjne .L%d", body[i]);
				}
				emit(".L%d:", skip);
			} else {
				emit("\tleaq %s(%%rip), %%rcx", type_desc(ct));
				emit("\tcmpq %%rcx, %%rax");
				emit("\tje .L%d", body[i]);
			}
		}
	}
	emit("\tjmp .L%d", deflt >= 0 ? body[deflt] : brk);
	push_loop(s, brk, 0);
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		emit(".L%d:", body[i]);
		Obj *o = c->case_obj;
		if (o && o->used) {
			Type *vt = o->type;
			if (var_on_heap(o))
				new_var_object(o);
			gen_var_addr(o);
			emit("\tmovq %%rax, %%rdi");
			if (is_interface(vt)) {
				/* the variable has an interface type: the value, converted */
				emit("\tmovq %lld(%%rbp), %%rax", (long long)-val);
				if (types_identical(vt, it) || (is_empty_interface(vt) && eface)) {
					emit("\tmovq %%rax, (%%rdi)");
				} else if (is_empty_interface(vt)) {
					emit("\tmovq %lld(%%rbp), %%rax", (long long)-dyn);
					emit("\tmovq %%rax, (%%rdi)");
				} else {
					emit("\tpushq %%rdi");
					emit("\tmovq %lld(%%rbp), %%rsi", (long long)-dyn);
					emit("\tleaq %s(%%rip), %%rdi", type_desc(vt));
					emit("\tmovl $1, %%edx");
					c_call("getitab", 3);
					emit("\tpopq %%rdi");
					emit("\tmovq %%rax, (%%rdi)");
				}
				emit("\tmovq %lld(%%rbp), %%rax", (long long)(-val + 8));
				emit("\tmovq %%rax, 8(%%rdi)");
			} else {
				emit("\tmovq %lld(%%rbp), %%rax", (long long)(-val + 8));
				if (is_direct_iface(vt))
					emit("\tmovq %%rax, (%%rdi)");
				else
					copy_mem("%rdi", "%rax", type_size(vt));
			}
		}
		gen_block(&c->list2);
		emit("\tjmp .L%d", brk);
	}
	pop_loop();
	emit(".L%d:", brk);
}

/* select: every channel operand and value to send is evaluated first, in
 * source order; the runtime's selectgo picks a ready case (at random among
 * several), performs it and returns its index (-1: the default case). */
static void gen_select(Node *s) {
	int n = s->list.n;
	int ncases = 0, deflt = -1;
	for (int i = 0; i < n; i++) {
		if (((Node *)s->list.v[i])->is_default)
			deflt = i;
		else
			ncases++;
	}
	int64_t cases = alloc_temp(32 * (ncases ? ncases : 1), 8);
	int *case_of = xalloc(sizeof(int) * (n + 1));   /* clause -> selectgo index */
	int64_t *elem = xalloc(sizeof(int64_t) * (n + 1));
	int64_t *okv = xalloc(sizeof(int64_t) * (n + 1));
	int k = 0;
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		if (c->is_default)
			continue;
		case_of[i] = k;
		Node *comm = c->x;
		int64_t base = cases - 32 * k;
		if (comm->kind == N_SEND) {
			Type *et = under(comm->x->type)->elem;
			gen_expr(comm->x);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-base);
			elem[i] = alloc_temp(type_size(et) ? type_size(et) : 8, 8);
			gen_to_temp(comm->y, elem[i]);
			emit("\tleaq %lld(%%rbp), %%rax", (long long)-elem[i]);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-base + 8));
			emit("\tmovq $1, %lld(%%rbp)", (long long)(-base + 16));
			emit("\tmovq $0, %lld(%%rbp)", (long long)(-base + 24));
		} else {
			/* receive: <-c, v := <-c, v, ok = <-c */
			Node *recv = comm->kind == N_EXPRSTMT ? comm->x : comm->list2.v[0];
			while (recv->kind == N_PAREN || (recv->kind == N_CONV && recv->implicit))
				recv = recv->x;
			Node *ch = recv->x;
			Type *et = under(ch->type)->elem;
			gen_expr(ch);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)-base);
			elem[i] = alloc_temp(type_size(et) ? type_size(et) : 8, 8);
			okv[i] = alloc_temp(8, 8);
			emit("\tleaq %lld(%%rbp), %%rdi", (long long)-elem[i]);
			zero_mem("%rdi", type_size(et) ? type_size(et) : 8);
			emit("\tmovq $0, %lld(%%rbp)", (long long)-okv[i]);
			emit("\tleaq %lld(%%rbp), %%rax", (long long)-elem[i]);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-base + 8));
			emit("\tmovq $2, %lld(%%rbp)", (long long)(-base + 16));
			emit("\tleaq %lld(%%rbp), %%rax", (long long)-okv[i]);
			emit("\tmovq %%rax, %lld(%%rbp)", (long long)(-base + 24));
		}
		k++;
	}
	emit("\tleaq %lld(%%rbp), %%rdi", (long long)-cases);
	emit("\tmovq $%d, %%rsi", ncases);
	emit("\tmovl $%d, %%edx", deflt < 0 ? 1 : 0);
	c_call("selectgo", 3);
	int brk = new_label();
	int *body = xalloc(sizeof(int) * (n + 1));
	for (int i = 0; i < n; i++) {
		body[i] = new_label();
		Node *c = s->list.v[i];
		emit("\tcmpq $%d, %%rax", c->is_default ? -1 : case_of[i]);
		emit("\tje .L%d", body[i]);
	}
	emit("\tjmp .L%d", brk);
	push_loop(s, brk, 0);
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		emit(".L%d:", body[i]);
		Node *comm = c->x;
		if (comm && comm->kind == N_ASSIGN) {
			/* v [, ok] = / := the received value */
			Node *recv = comm->list2.v[0];
			Type *vt = recv->type;
			for (int j = 0; j < comm->list.n; j++) {
				Node *lhs = comm->list.v[j];
				if (is_blank(lhs))
					continue;
				int64_t src = j == 0 ? elem[i] : okv[i];
				Type *t = j == 0 ? vt : type_bool;
				if (comm->op == TK_DEFINE && lhs->obj && lhs->pos.line == lhs->obj->pos.line &&
				    lhs->pos.col == lhs->obj->pos.col && var_on_heap(lhs->obj))
					new_var_object(lhs->obj);
				if (j == 0 && recv->kind == N_CONV && recv->implicit) {
					/* received into an interface variable */
					Node conv = *recv;
					conv.x = temp_value_ref(src, recv->x->type);
					int64_t v2 = alloc_temp(16, 8);
					gen_to_temp(&conv, v2);
					src = v2;
				}
				Lhs l = eval_lhs(lhs);
				store_lhs(&l, src, t);
			}
		}
		gen_block(&c->list2);
		emit("\tjmp .L%d", brk);
	}
	pop_loop();
	emit(".L%d:", brk);
}

/* ---- return ---- */

static void gen_return(Node *s) {
	Func *fn = fs->fn;
	int nr = s->list.n;
	if (nr > 0) {
		int64_t *vals = xalloc(sizeof(int64_t) * (fn->results.len + 1));
		if (nr == fn->results.len) {
			for (int i = 0; i < nr; i++) {
				Obj *r = fn->results.data[i];
				vals[i] = alloc_temp(type_size(r->type), type_align(r->type));
				gen_to_temp(s->list.v[i], vals[i]);
			}
		} else {
			/* return f() with several results */
			Node *e = s->list.v[0];
			gen_expr(e);
			Type *tt = e->type;
			type_size(tt);
			for (int i = 0; i < fn->results.len; i++) {
				Obj *r = fn->results.data[i];
				vals[i] = alloc_temp(type_size(r->type), type_align(r->type));
				emit("\tleaq %lld(%%rax), %%rsi", (long long)tt->fields[i]->offset);
				emit("\tleaq %lld(%%rbp), %%rdi", (long long)-vals[i]);
				copy_mem("%rdi", "%rsi", type_size(r->type));
			}
		}
		for (int i = 0; i < fn->results.len; i++) {
			Obj *r = fn->results.data[i];
			gen_var_addr(r);
			emit("\tleaq %lld(%%rbp), %%rsi", (long long)-vals[i]);
			copy_mem("%rax", "%rsi", type_size(r->type));
		}
	}
	emit("\tjmp .L%d", fs->return_label);
}

/* ---- statements ---- */

static void gen_branch(Node *s) {
	switch (s->op) {
	case TK_BREAK: {
		LoopCtx *c = find_loop(s->target);
		if (!c)
			ice_at(s->pos, "break target not found");
		emit("\tjmp .L%d", c->break_label);
		return;
	}
	case TK_CONTINUE: {
		LoopCtx *c = find_loop(s->target);
		if (!c)
			ice_at(s->pos, "continue target not found");
		emit("\tjmp .L%d", c->continue_label);
		return;
	}
	case TK_GOTO:
		emit("\tjmp .L%d", goto_label(s->name));
		return;
	default:
		return; /* fallthrough: handled by the switch */
	}
}

/* go/defer r.M(): a nil interface r panics at the statement (lower.c). */
static void gen_defer_nil_check(Node *s) {
	if (!s->y)
		return;
	int64_t r = alloc_temp(16, 8);
	gen_to_temp(s->y, r);
	emit("\tmovq %lld(%%rbp), %%rax", (long long)-r);
	gen_nil_check();
}

void gen_stmt(Node *s) {
	int64_t saved = fs->temp_top;
	int temps_mark = order_temps_mark();
	for (Move2Heap *m = s->moves; m; m = m->next)
		gen_move2heap(m);
	order_stmt(s);
	switch (s->kind) {
	case N_EMPTY:
		break;
	case N_EXPRSTMT:
		gen_expr(s->x);
		break;
	case N_DECLSTMT:
		gen_decl(s->x);
		break;
	case N_ASSIGN:
		gen_assign(s);
		break;
	case N_INCDEC: {
		Node one = {0};
		one.kind = N_BASICLIT;
		one.mode = MODE_CONST;
		one.type = s->x->type;
		one.cval = const_int64(1);
		Node bin = {0};
		bin.kind = N_BINARY;
		bin.op = s->op == TK_INC ? TK_ADD : TK_SUB;
		bin.x = s->x;
		bin.y = &one;
		bin.type = s->x->type;
		bin.mode = MODE_VALUE;
		Node a = {0};
		a.kind = N_ASSIGN;
		a.op = s->op == TK_INC ? TK_ADD_ASSIGN : TK_SUB_ASSIGN;
		nodes_push(&a.list, s->x);
		nodes_push(&a.list2, &one);
		a.x = &bin;
		gen_assign(&a);
		break;
	}
	case N_BLOCK:
		gen_block(&s->list);
		break;
	case N_IF:
		gen_if(s);
		break;
	case N_FOR:
		gen_for(s);
		break;
	case N_RANGE:
		gen_range(s);
		break;
	case N_SWITCH:
		gen_switch(s);
		break;
	case N_TYPESWITCH:
		gen_type_switch(s);
		break;
	case N_RETURN:
		gen_return(s);
		break;
	case N_BRANCH:
		gen_branch(s);
		break;
	case N_LABELED:
		emit(".L%d:", goto_label(s->name));
		gen_stmt(s->x);
		break;
	case N_DEFER: {
		/* lowered to defer of a zero-argument closure (lower.c) */
		Node *call = s->x;
		if (opt.debug_defer)
			diag_at(s->pos, "%s defer", gc_defer_kind(s));
		gen_defer_nil_check(s);
		gen_expr(call->x);
		emit("\tmovq %%rax, %%rdi");
		emit("\tmovq %%rbp, %%rsi");
		if (!fs->recover_label)
			fs->recover_label = new_label();
		emit("\tleaq .L%d(%%rip), %%rdx", fs->recover_label);
		c_call("rt_deferproc", 3);
		break;
	}
	case N_GO: {
		Node *call = s->x;
		gen_defer_nil_check(s);
		gen_expr(call->x);
		emit("\tmovq %%rax, %%rdi");
		c_call("rt_go", 1);
		break;
	}
	case N_SEND: {
		Type *et = under(s->x->type)->elem;
		int64_t v = alloc_temp(type_size(et) ? type_size(et) : 8, type_align(et));
		int64_t c = alloc_temp(8, 8);
		gen_expr(s->x);
		emit("\tmovq %%rax, %lld(%%rbp)", (long long)-c);
		gen_to_temp(s->y, v);
		emit("\tmovq %lld(%%rbp), %%rdi", (long long)-c);
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)-v);
		c_call("chansend", 2);
		break;
	}
	case N_SELECT:
		gen_select(s);
		break;
	default:
		ice_at(s->pos, "gen_stmt: node kind %d", s->kind);
	}
	order_kill_temps(temps_mark);
	fs->temp_top = saved;
}

void gen_block(Nodes *l) {
	for (int i = 0; i < l->n; i++)
		gen_stmt(l->v[i]);
}
