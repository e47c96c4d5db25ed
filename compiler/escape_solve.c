/*
 * escape_solve.c — solving the location graph and reporting the results.
 *
 * walk_all finds, from every root, the minimal derefs with which each
 * location reaches it, and marks what escapes; finish turns the results
 * into parameter tags, Obj.heap / Node.esc_flags for the code generator,
 * and gc's -m lines (with -m=2 flow explanations).  Part of the escape
 * analysis described in escape.c.
 */
#include "escape_impl.h"

/* ---- solving ---- */

typedef struct Queue {
	Loc **v;
	int head, len, cap;
} Queue;

static void q_grow(Queue *q) {
	int cap = q->cap ? q->cap * 2 : 16;
	Loc **v = xalloc(sizeof(Loc *) * cap);
	for (int i = 0; i < q->len; i++)
		v[i] = q->v[(q->head + i) % q->cap];
	q->v = v;
	q->head = 0;
	q->cap = cap;
}

static void q_push_front(Queue *q, Loc *l) {
	if (q->len == q->cap)
		q_grow(q);
	q->head = (q->head - 1 + q->cap) % q->cap;
	q->v[q->head] = l;
	q->len++;
}

static void q_push_back(Queue *q, Loc *l) {
	if (q->len == q->cap)
		q_grow(q);
	q->v[(q->head + q->len) % q->cap] = l;
	q->len++;
}

static Loc *q_pop_front(Queue *q) {
	Loc *l = q->v[q->head];
	q->head = (q->head + 1) % q->cap;
	q->len--;
	return l;
}

static bool contains_closure(Func *outer, Func *inner) {
	if (outer == inner)
		return false;
	for (Func *f = inner; f; f = f->outer)
		if (f == outer)
			return true;
	return false;
}

/* Would values stored in l survive beyond other's lifetime? */
static bool outlives(Batch *b, Loc *l, Loc *other) {
	if (l->attrs & ATTR_ESCAPES)
		return true;
	if (l == &b->mutator || l == &b->callee)
		return false;
	if (l->param_out) {
		/* a closure called only where we can see may return addresses
		 * of its enclosing function's variables */
		if (contains_closure(other->fn, l->fn) && !info(l->fn)->results_lost)
			return false;
		return true;
	}
	if (l->fn == other->fn && l->loop_depth < other->loop_depth)
		return true;
	if (contains_closure(l->fn, other->fn))
		return true;
	return false;
}

static void leak_to(Loc *l, Loc *sink, int derefs) {
	if (!(sink->attrs & ATTR_ESCAPES) && sink->param_out && sink->fn == l->fn) {
		int ri = sink->result_index - 1;
		if (ri >= 0 && ri < NUM_ESC_RESULTS) {
			leak_add(&l->param_esc, LEAK_RESULT0 + ri, derefs);
			return;
		}
	}
	leak_add(&l->param_esc, LEAK_HEAP, derefs);
}

/* The position of the "range" keyword of a range statement (the parser
 * keeps the "for"): found in the source, before the range expression. */
/* The position of n's first token (the checker's start_pos, through the
 * implicit operations it inserted). */
static Pos leftmost_pos(Node *n) {
	for (;;) {
		if ((n->kind == N_DEREF || n->kind == N_ADDR || n->kind == N_CONV) && n->implicit && n->x) {
			n = n->x;
			continue;
		}
		switch (n->kind) {
		case N_BINARY: case N_INDEX: case N_SLICE: case N_SELECTOR: case N_TYPEASSERT: case N_CALL: case N_KEYVALUE:
			if (!n->x)
				return n->pos;
			n = n->x;
			continue;
		default:
			return start_pos(n);
		}
	}
}

static Pos range_keyword_pos(Node *r) {
	Pos p = leftmost_pos(r->z);
	if (p.file < 0 || p.file >= all_files.len)
		return r->pos;
	SourceFile *f = all_files.data[p.file];
	size_t off = 0;
	for (int line = 1; line < p.line && off < f->len; off++)
		if (f->text[off] == '\n')
			line++;
	off += (size_t)(p.col - 1);
	while (off > 0 && strchr(" \t\r\n", f->text[off - 1]))
		off--;
	if (off < 5 || strncmp(f->text + off - 5, "range", 5) != 0)
		return r->pos;
	off -= 5;
	Pos q = {p.file, 1, 1};
	size_t ls = 0;
	for (size_t i = 0; i < off; i++)
		if (f->text[i] == '\n') {
			q.line++;
			ls = i + 1;
		}
	q.col = (int)(off - ls) + 1;
	return q;
}

/* A name node for a variable, as gc's IR refers to it (the notes of
 * captured variables and of heap allocation reasons). */
Node *name_node(Obj *o, Pos pos) { return new_ident_node(o, pos); }

static void min_use(Node *n, Obj *o, Pos *best) {
	if (!n)
		return;
	if (n->kind == N_IDENT && n->obj == o && pos_valid(n->pos)) {
		if (!pos_valid(*best) || n->pos.line < best->line || (n->pos.line == best->line && n->pos.col < best->col))
			*best = n->pos;
		return;
	}
	if (n->kind == N_FUNCLIT && n->fn)
		min_use(n->fn->body, o, best);
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		min_use(kids[i], o, best);
	for (int i = 0; i < n->list.n; i++)
		min_use(n->list.v[i], o, best);
	for (int i = 0; i < n->list2.n; i++)
		min_use(n->list2.v[i], o, best);
}

/* gc's closure variable for o in closure fn: placed at o's first use in
 * fn's body. */
static Node *capture_node(Func *fn, Obj *o) {
	Pos best = nopos;
	if (fn->is_defer_wrapper && o->esc && pos_valid(((Loc *)o->esc)->vpos))
		return name_node(o, ((Loc *)o->esc)->vpos); /* gc's wrapper captures at the temporary */
	min_use(fn->body, o, &best);
	return name_node(o, pos_valid(best) ? best : o->pos);
}

/* gc's explainLoc */
char *loc_text(Batch *b, Loc *l) {
	if (l == &b->heap)
		return "{heap}";
	if (l->var)
		return l->var->name;
	if (!l->n)
		return "{temp}";
	return fmt("{storage for %s}", ir_string(l->n));
}

/* The position gc's IR gives the node a flow note names. */
static Pos note_pos(Node *w) {
	switch (w->kind) {
	case N_VALUESPEC:
		return w->list.n ? w->list.v[0]->pos : w->pos;
	case N_RANGE:
		return range_keyword_pos(w);
	default:
		return ir_pos(w);
	}
}

void print_flow_explanation(Batch *b, Loc *dst, Loc *src, int derefs, Note *notes, const char *pos) {
	char ops[64] = "&";
	if (derefs >= 0) {
		int k = 0;
		for (; k < derefs && k < 60; k++)
			ops[k] = '*';
		ops[k] = 0;
	}
	diag_raw("%s:   flow: %s ← %s%s:\n", pos, loc_text(b, dst), ops, loc_text(b, src));
	/* notes were pushed innermost first: print in recorded order */
	Vec ns = {0};
	for (Note *n = notes; n; n = n->next)
		vec_push(&ns, n);
	for (int i = 0; i < ns.len; i++) {
		Note *n = ns.data[i];
		diag_raw("%s:     from %s (%s) at %s\n", pos, ir_string(n->where), n->why, pos_str(note_pos(n->where)));
	}
}

static void explain_path(Batch *b, Loc *root, Loc *src) {
	char *pos = pos_str(loc_pos(src));
	Vec visited = {0};
	for (;;) {
		for (int i = 0; i < visited.len; i++)
			if (visited.data[i] == src) {
				diag_raw("%s:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518\n", pos);
				return;
			}
		vec_push(&visited, src);
		Loc *dst = src->dst;
		if (!dst)
			return;
		Edge *ed = &dst->edges[src->dst_edge];
		print_flow_explanation(b, dst, src, ed->derefs, ed->notes, pos);
		if (dst == root)
			return;
		src = dst;
	}
}

static void walk_one(Batch *b, Loc *root, unsigned walkgen, Queue *todo_all) {
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;
	if ((root->attrs & ATTR_CALLS) && root->n && root->n->kind == N_FUNCLIT) {
		Func *fn = root->n->fn;
		if (in_mutual_batch(fn) && !info(fn)->results_lost) {
			info(fn)->results_lost = true;
			for (int i = 0; i < fn->results.len; i++) {
				Loc *r = var_loc(fn->results.data[i]);
				if (r && !r->queued_all) {
					r->queued_all = true;
					q_push_back(todo_all, r);
				}
			}
		}
	}
	Queue todo = {0};
	q_push_front(&todo, root);
	while (todo.len) {
		Loc *l = q_pop_front(&todo);
		l->queued_one = 0;
		int derefs = l->derefs;
		unsigned new_attrs = 0;
		if (derefs < 0) {
			derefs = 0;
			if (outlives(b, root, l)) {
				if (!(l->attrs & ATTR_ESCAPES) && opt.m >= 2 && (l->n || l->var) && !quiet_loc(l)) {
					char *pos = pos_str(loc_pos(l));
					diag_raw("%s: %s escapes to heap in %s:\n", pos, loc_node_text(l), short_name(l->fn));
					explain_path(b, root, l);
				}
				new_attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
			} else if (root->attrs & ATTR_PERSISTS) {
				new_attrs |= ATTR_PERSISTS;
			}
		}
		if (derefs == 0)
			new_attrs |= root->attrs & (ATTR_MUTATES | ATTR_CALLS);
		if (l->param) {
			if (outlives(b, root, l)) {
				if (!(l->attrs & ATTR_ESCAPES) && opt.m >= 2 && !quiet_loc(l)) {
					char *pos = pos_str(loc_pos(l));
					diag_raw("%s: parameter %s leaks to %s for %s with derefs=%d:\n", pos, l->var->name, loc_text(b, root),
					         short_name(l->fn), derefs);
					explain_path(b, root, l);
				}
				leak_to(l, root, derefs);
			}
			if (root->attrs & ATTR_MUTATES)
				leak_add(&l->param_esc, LEAK_MUTATOR, derefs);
			if (root->attrs & ATTR_CALLS)
				leak_add(&l->param_esc, LEAK_CALLEE, derefs);
		}
		if (new_attrs & ~l->attrs) {
			l->attrs |= new_attrs;
			if (!l->queued_all) {
				l->queued_all = true;
				if (l->attrs & ATTR_ESCAPES)
					q_push_front(todo_all, l);
				else
					q_push_back(todo_all, l);
			}
			if (l->attrs & ATTR_ESCAPES)
				continue;
		}
		for (int i = 0; i < l->nedges; i++) {
			Edge *ed = &l->edges[i];
			if (ed->src->attrs & ATTR_ESCAPES)
				continue;
			int d = derefs + ed->derefs;
			if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
				ed->src->walkgen = walkgen;
				ed->src->derefs = d;
				ed->src->dst = l;
				ed->src->dst_edge = i;
				if (ed->src->queued_one != walkgen) {
					ed->src->queued_one = walkgen;
					q_push_back(&todo, ed->src);
				}
			}
		}
	}
}

void walk_all(Batch *b) {
	Queue todo = {0};
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = b->locs.data[i];
		q_push_front(&todo, l);
		l->queued_all = true;
	}
	q_push_front(&todo, &b->mutator);
	q_push_front(&todo, &b->callee);
	q_push_front(&todo, &b->heap);
	b->mutator.queued_all = b->callee.queued_all = b->heap.queued_all = true;
	unsigned walkgen = 0;
	while (todo.len) {
		Loc *root = q_pop_front(&todo);
		root->queued_all = false;
		walk_one(b, root, ++walkgen, &todo);
	}
}

/* ---- closures, literal rewriting, heap reasons ---- */

void flow_closure(Esc *e, Hole k, Node *lit) {
	Func *fn = lit->fn;
	for (int i = 0; i < fn->captures.len; i++) {
		Obj *o = fn->captures.data[i];
		Loc *l = var_loc(o);
		if (!l)
			continue;
		bool byval = !l->addrtaken && !l->reassigned && type_size(o->type) <= 128 && !o->addrtaken;
		o->byval = byval;
		/* a variable of a call inlined into a package initializer
		 * belongs to the package's init, analysed as gc's "init" */
		Func *owner = o->func->pkg && o->func == o->func->pkg->init_func ? e->fn : o->func;
		if (opt.m >= 2 && !quiet_func(owner))
			diag_at(loc_pos(l), "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", short_name(owner), byval ? "value" : "ref",
			        o->name, (l->addrtaken || o->addrtaken) ? "true" : "false", l->reassigned ? "true" : "false",
			        (long long)type_size(o->type));
		Hole kk = k;
		Node *cv = capture_node(fn, o);
		if (!byval)
			kk = addr(kk, cv, "reference");
		flow(e, note(kk, cv, "captured by a closure"), l);
	}
}

/* A variable's single defining value, if it is never reassigned (gc's
 * ReassignOracle.StaticValue, restricted to what tgo tracks). */
Node *static_value(Node *n) {
	for (int guard = 0; guard < 16; guard++) {
		while (n->kind == N_PAREN || (n->kind == N_CONV && n->x && types_identical(under(n->type), under(n->x->type)) &&
		                              !is_interface(n->type)))
			n = n->x;
		if (n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR)
			return n;
		Obj *o = n->obj;
		if (o->global || o->param || o->result || o->addrtaken || o->reassigned || !o->defn_value)
			return n;
		n = o->defn_value; /* recorded by record_defs */
	}
	return n;
}

static void record_def(Obj *o, Node *value) {
	if (o && o->kind == OBJ_VAR && !o->global)
		o->defn_value = value;
}

/* Remember each local's defining value (x := v, var x = v). */
void record_defs(Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_ASSIGN:
		if (n->op == TK_DEFINE && n->list.n == n->list2.n)
			for (int i = 0; i < n->list.n; i++) {
				Node *x = n->list.v[i];
				if (x->kind == N_IDENT && x->obj && x->pos.line == x->obj->pos.line && x->pos.col == x->obj->pos.col)
					record_def(x->obj, n->list2.v[i]);
			}
		for (int i = 0; i < n->list2.n; i++)
			record_defs(n->list2.v[i]); /* inlined calls' bodies */
		return;
	case N_DECLSTMT:
		if (n->x->op == TK_VAR)
			for (int i = 0; i < n->x->list.n; i++) {
				Node *spec = n->x->list.v[i];
				if (spec->list.n == spec->list2.n)
					for (int j = 0; j < spec->list.n; j++)
						record_def(spec->list.v[j]->obj, spec->list2.v[j]);
				for (int j = 0; j < spec->list2.n; j++)
					record_defs(spec->list2.v[j]);
			}
		return;
	default:
		break;
	}
	record_defs(n->init);
	record_defs(n->body);
	record_defs(n->els);
	record_defs(n->post);
	record_defs(n->x);
	record_defs(n->y);
	record_defs(n->z);
	record_defs(n->w);
	record_defs(n->cond);
	for (int i = 0; i < n->list.n; i++)
		record_defs(n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		record_defs(n->list2.v[i]);
}

static Node *literal_like(Node *orig, Const *c, Type *t) {
	Node *lit = new_node(N_BASICLIT, orig->pos);
	lit->mode = MODE_CONST;
	lit->cval = c;
	lit->type = t;
	lit->aux = orig; /* the original expression, evaluated for side effects */
	return lit;
}

/* Go 1.25: make([]T, n) where n is a never-reassigned local holding a
 * constant is treated as make([]T, 10); an interface conversion of such a
 * variable boxes the constant (no allocation). */
void rewrite_with_literals(Loc *l) {
	Node *n = l->n;
	if (!n)
		return;
	if (n->kind == N_CALL && n->op == BI_MAKE && under(n->type)->kind == TY_SLICE) {
		Node **r = n->list.n > 2 ? &n->list.v[2] : &n->list.v[1];
		if ((*r)->mode == MODE_CONST)
			return;
		Node *s = static_value(*r);
		if (s->mode == MODE_CONST && !const_sign_negative(s->cval)) {
			*r = literal_like(*r, s->cval, (*r)->type);
			return;
		}
		/* len(x) where x is a slice literal */
		Node *sc = skip_parens(s);
		if (sc->kind == N_CALL && sc->op == BI_LEN) {
			Node *x = static_value(sc->list.v[0]);
			if (x->kind == N_COMPOSITE && under(x->type)->kind == TY_SLICE) {
				int64_t len = 0, idx = 0;
				for (int i = 0; i < x->list.n; i++) {
					Node *el = x->list.v[i];
					if (el->kind == N_KEYVALUE)
						idx = const_int64_val(const_to_int(el->x->cval));
					idx++;
					if (idx > len)
						len = idx;
				}
				*r = literal_like(*r, const_int64(len), type_int);
			}
		}
		return;
	}
	if (is_iface_conv(n) && n->x->mode != MODE_CONST) {
		Node *s = static_value(n->x);
		if (s->mode == MODE_CONST && s != n->x && is_const_type(n->x->type))
			n->x = literal_like(n->x, s->cval, n->x->type);
	}
}

/* gc's ir.MaxStackVarSize and MaxImplicitStackVarSize */
static int64_t max_stack_var(void) { return opt.smallframes ? 64 * 1024 : 128 * 1024; }
static int64_t max_implicit_stack_var(void) { return opt.smallframes ? 16 * 1024 : 64 * 1024; }

const char *heap_alloc_reason(Loc *l) {
	Node *n = l->var ? NULL : l->n; /* new(v)'s temporary is a variable */
	Type *t = n ? n->type : l->var ? l->var->type : NULL;
	if (!t)
		return NULL;
	if (l->var && (l->var->param || l->var->result || l->var->is_recv))
		return NULL;
	if (n && n->kind == N_CALL && n->op == BI_APPEND)
		return NULL;
	if (type_size(t) > max_stack_var())
		return "too large for stack";
	if (type_align(t) > 8)
		return "too aligned for stack";
	if (!n)
		return NULL;
	bool is_new = (n->kind == N_CALL && n->op == BI_NEW) || (n->kind == N_UNARY && n->op == TK_AND);
	if (is_new && type_size(under(t)->elem) > max_implicit_stack_var())
		return "too large for stack";
	if (n->kind == N_FUNCLIT) {
		int64_t size = 8;
		for (int i = 0; i < n->fn->captures.len; i++) {
			Obj *o = n->fn->captures.data[i];
			size += o->byval ? (type_size(o->type) + 7) / 8 * 8 : 8;
		}
		if (size > max_implicit_stack_var())
			return "too large for stack";
	}
	if (n->kind == N_SELECTOR && n->sel_kind == SEL_METHODVAL && 8 + type_size(n->x->type) > max_implicit_stack_var())
		return "too large for stack";
	if (n->kind == N_CALL && n->op == BI_MAKE && under(t)->kind == TY_SLICE) {
		Node *r = n->list.n > 2 ? n->list.v[2] : n->list.v[1];
		Type *elem = under(t)->elem;
		if (type_size(elem) == 0)
			return "zero-sized element";
		if (r->mode != MODE_CONST)
			return NULL;
		Const *iv = const_to_int(r->cval);
		if (iv && const_fits_int64(iv) && const_int64_val(iv) > max_implicit_stack_var() / type_size(elem))
			return "too large for stack";
	}
	return NULL;
}

/* ---- results ---- */

static void report_leaks(Pos pos, const char *name, Leaks *esc, Func *fn) {
	bool warned = false;
	int x = leak_get(esc, LEAK_HEAP);
	if (x >= 0) {
		if (x == 0)
			diag_at(pos, "leaking param: %s", name);
		else
			diag_at(pos, "leaking param content: %s", name);
		warned = true;
	}
	for (int i = 0; i < NUM_ESC_RESULTS && i < fn->results.len; i++) {
		int r = leak_get(esc, LEAK_RESULT0 + i);
		if (r >= 0) {
			Obj *res = fn->results.data[i];
			diag_at(pos, "leaking param: %s to result %s level=%d", name, res->name, r);
			warned = true;
		}
	}
	if (!opt.escape_mutations_calls) {
		if (!warned)
			diag_at(pos, "%s does not escape", name);
		return;
	}
	x = leak_get(esc, LEAK_MUTATOR);
	if (x >= 0) {
		diag_at(pos, "mutates param: %s derefs=%d", name, x);
		warned = true;
	}
	if ((x = leak_get(esc, LEAK_CALLEE)) >= 0) {
		diag_at(pos, "calls param: %s derefs=%d", name, x);
		warned = true;
	}
	if (!warned)
		diag_at(pos, "%s does not escape, mutate, or call", name);
}

/* The tag of one parameter (gc's paramTag), printing its -m line. */
/* Functions that gc compiles from assembly (declarations without a Go
 * body) but tgo's standard library writes in Go: gc tags their
 * parameters as for any body-less function, and so must tgo, or callers
 * would keep on the stack what gc moves to the heap.  Returns whether fn
 * is one; *noescape: declared //go:noescape in gc's source. */
static bool gc_bodyless(Func *fn, bool *noescape) {
	if (fn->recv || !fn->pkg || strcmp(fn->pkg->path, "sync/atomic") != 0 || !fn->obj)
		return false;
	static const char *prefixes[] = {"Swap", "CompareAndSwap", "Add", "And", "Or", "Load", "Store"};
	const char *n = short_name(fn);
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
		if (has_prefix(n, prefixes[i])) {
			/* the unsafe.Pointer ones are the only ones without //go:noescape */
			*noescape = !(strlen(n) > 7 && strcmp(n + strlen(n) - 7, "Pointer") == 0);
			return true;
		}
	return false;
}

static Leaks param_tag_of(Batch *b, Func *fn, Obj *p, bool diagnose) {
	(void)b;
	Leaks l = {{0}};
	bool gc_noescape = false;
	bool asm = gc_bodyless(fn, &gc_noescape);
	if (!fn->body || asm) {
		if (under(p->type)->kind == TY_UINTPTR) {
			if (diagnose)
				diag_at(p->pos, "assuming %s is unsafe uintptr", p->name);
			leak_add(&l, LEAK_HEAP, 0);
			return l;
		}
		if (!has_pointers(p->type)) {
			leak_add(&l, LEAK_HEAP, 0);
			return l;
		}
		if ((fn->pragmas & PRAGMA_NOESCAPE) || gc_noescape) {
			if (diagnose && strcmp(p->name, "_") != 0)
				diag_at(p->pos, "%s does not escape", p->name);
			leak_add(&l, LEAK_MUTATOR, 0);
			leak_add(&l, LEAK_CALLEE, 0);
		} else {
			if (diagnose && strcmp(p->name, "_") != 0)
				diag_at(p->pos, "leaking param: %s", p->name);
			leak_add(&l, LEAK_HEAP, 0);
		}
		return l;
	}
	if (!has_pointers(p->type)) {
		leak_add(&l, LEAK_HEAP, 0);
		return l;
	}
	if (strcmp(p->name, "_") == 0 || !var_loc(p))
		return l;
	Loc *loc = var_loc(p);
	l = loc->param_esc;
	leak_optimize(&l);
	if (diagnose && !(loc->attrs & ATTR_ESCAPES))
		report_leaks(p->pos, p->name, &l, fn);
	return l;
}

/* The position gc's IR gives a node: an explicit conversion T(x) is at
 * its operand (the syntax position, '(', is what an implicit conversion
 * wrapping it reports). */
Pos ir_pos(Node *n) {
	if (n->kind == N_CONV && !n->implicit && n->x)
		return n->x->pos;
	return n->pos;
}

/* Parameters of compiler-generated functions and anything outside the
 * package being built print nothing. */
bool quiet_func(Func *fn) {
	return fn->is_defer_wrapper || fn->is_wrapper || fn->pkg != report_pkg || wrapper_quiet(fn);
}

/* A function's name as gc prints it in -m lines: without its package. */
const char *short_name(Func *fn) {
	if (fn->outer && fn->outer != fn) {
		/* gc's closure names: f.func1, f.func1.1 inside it; go/defer
		 * wrappers f.gowrap1 / f.deferwrap2, counted apart */
		Func *o = fn->outer;
		int idx = 0;
		for (int i = 0; i < o->closures.len; i++) {
			Func *c = o->closures.data[i];
			if (c->is_defer_wrapper == fn->is_defer_wrapper)
				idx++;
			if (c == fn)
				break;
		}
		if (fn->is_defer_wrapper) {
			const char *kind = strstr(fn->name, ".gowrap") ? "gowrap" : "deferwrap";
			return fmt("%s.%s%d", short_name(o), kind, idx);
		}
		return fmt("%s.%s%d", short_name(o), o->outer ? "" : "func", idx);
	}
	const char *p = fn->pkg ? fn->pkg->path : NULL;
	size_t n = p ? strlen(p) : 0;
	if (p && strncmp(fn->name, p, n) == 0 && fn->name[n] == '.')
		return fn->name + n + 1;
	return fn->name;
}

void finish(Batch *b) {
	for (int i = 0; i < b->fns.len; i++) {
		Func *fn = b->fns.data[i];
		FnInfo *fi = info(fn);
		fi->state = 3;
		int n = fn->params.len + (fn->recv ? 1 : 0);
		fi->tags = xalloc(sizeof(Leaks) * (n + 1));
		fi->ntags = n;
		bool diagnose = opt.m && !quiet_func(fn);
		int k = 0;
		if (fn->recv)
			fi->tags[k++] = param_tag_of(b, fn, fn->recv, diagnose);
		for (int j = 0; j < fn->params.len; j++)
			fi->tags[k++] = param_tag_of(b, fn, fn->params.data[j], diagnose);
	}
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = b->locs.data[i];
		Node *n = l->n;
		if (l->var) {
			if (n) {
				/* new(v): its call is the allocation site */
				n->esc_flags |= ESC_ANALYZED;
				if (l->attrs & ATTR_ESCAPES)
					n->esc_flags |= ESC_HEAP;
			}
			if (l->attrs & ATTR_ESCAPES) {
				l->var->heap = true;
				if (opt.m && !quiet_loc(l))
					diag_at(loc_pos(l), "moved to heap: %s", l->var->name);
			} else if (opt.escape_all && (l->addrtaken || l->var->addrtaken || (l->var->captured && !l->var->byval))) {
				/* -d=escapeall: every variable whose address is taken lives on the heap */
				l->var->heap = true;
			}
			continue;
		}
		if (!n)
			continue;
		bool wrapper = n->kind == N_FUNCLIT && n->fn->is_defer_wrapper;
		bool is_append = n->kind == N_CALL && n->op == BI_APPEND;
		n->esc_flags |= ESC_ANALYZED;
		if (l->attrs & ATTR_ESCAPES) {
			n->esc_flags |= ESC_HEAP;
			if (opt.m && !wrapper && !quiet_loc(l)) {
				if (is_append)
					diag_at(n->pos, "append escapes to heap");
				else
					diag_at(ir_pos(n), "%s escapes to heap", ir_string(n));
			}
		} else {
			if (opt.m && !wrapper && !quiet_loc(l)) {
				if (is_append)
					diag_at(n->pos, "append does not escape");
				else
					diag_at(ir_pos(n), "%s does not escape", ir_string(n));
			}
			if (!(l->attrs & ATTR_PERSISTS))
				n->esc_flags |= ESC_TRANSIENT;
		}
		/* []byte(s) never mutated: share the string's bytes */
		if (n->kind == N_CONV && under(n->type)->kind == TY_SLICE && under(under(n->type)->elem)->kind == TY_UINT8 &&
		    is_string(n->x->type) && !(l->attrs & ATTR_MUTATES) && !(l->attrs & ATTR_ESCAPES)) {
			if (opt.m && !quiet_loc(l))
				diag_at(ir_pos(n), "zero-copy string->[]byte conversion");
			n->esc_flags |= ESC_ZEROCOPY;
		}
	}
}
