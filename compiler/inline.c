/*
 * inline.c — gc 1.26's inlining decisions: which functions can be inlined,
 * and at what cost.
 *
 * gc inlines a call when the callee is small.  "Small" is measured by the
 * hairy visitor (cmd/compile/internal/inline/inl.go) on gc's IR of the
 * callee's body: every IR node costs 1, the budget is 80, and a few nodes
 * cost more or less:
 *
 *     func add(a, b int) int { return a + b }   // RETURN ADD NAME NAME: cost 4
 *     func newT(a int) *T { return &T{a: a} }   // RETURN PTRLIT STRUCTLIT
 *                                               //   STRUCTKEY NAME: cost 5
 *
 *   - a call costs 57 more (a call through a parameter 17 more), unless the
 *     callee is itself inlinable at that call: then it costs the callee's
 *     cost (mid-stack inlining: f calling add costs 1 + 1 + args + 4);
 *   - panic costs 1 more, an interface call 57 more, a closure 15 more
 *     (its body is not counted), OCONVNOP / blocks / fallthrough nothing;
 *   - "&s.f" with f at offset 0 costs nothing for the & and the .f, and
 *     "s[0:len(s)]" nothing for the 0 and the len;
 *   - defer, go and recover() make a function not inlinable at all;
 *   - a function literal gets a budget of 800 (it is usually called once).
 *
 * tgo has no IR of its own: it walks the checked AST and charges what gc's
 * IR of the same code costs.  That needs gc's front end in mind: unified IR
 * declares each new variable with a DCL node (x := 0 is DCL x; AS x 0, cost
 * 5), splits "a, b := f()" into temporaries (whose cost gc compensates), gives
 * "v, ok := m[k]" and select receives their own assignment forms, drops an
 * "if false" and the statements after a return, flattens "a + b + c" of
 * strings into one ADDSTR node and makes the ... argument of a variadic call
 * an explicit slice literal (which costs 2) or nil.  Each case is commented
 * where it is charged below.
 *
 * Decisions are made bottom-up over the call graph (gc's VisitFuncsBottomUp,
 * as escape analysis does), so a callee's cost is known before its callers
 * are measured; a closure called directly (f := func() {...}; f()) is
 * measured when the call is reached, as gc does.
 *
 * The standard library in stdlib/ is tgo's own Go, not Go's: its bodies do
 * not cost what Go's do.  For functions of the standard packages the cost is
 * read from stdlib/inline-costs.txt, gc's own decisions
 * (scripts/golden-inline-costs.sh); a function missing there is one gc does
 * not inline.
 *
 * -m prints "can inline f" for each inlinable function of the package being
 * compiled, in the bottom-up order; -m=2 prints "can inline f with cost N
 * as: <type> { <body> }" and "cannot inline f: <reason>".
 *
 * The transformation (calls replaced by bodies, "inlining call to f") is
 * inline_call.c's, run at the end of inline_program; then the package's
 * method wrappers are built and inlined into (gc's MakeWrappers).  Inlining
 * is on by default, as in gc; -l turns it off for the packages it applies
 * to, and -l=4 makes a call that is not inlined cost 1 instead of 57.
 */
#include "tgo.h"
#include "check.h"
#include "escape.h"
#include "gcflags.h"
#include "inline.h"

extern Package *typestr_package;

enum {
	MAX_BUDGET = 80,          /* inlineMaxBudget */
	EXTRA_CALL_COST = 57,     /* inlineExtraCallCost */
	PARAM_CALL_COST = 17,     /* inlineParamCallCost */
	EXTRA_PANIC_COST = 1,     /* inlineExtraPanicCost */
	CLOSURE_COST = 15,        /* an OCLOSURE, on top of its node */
	BIG_FUNCTION_NODES = 5000,
	BIG_FUNCTION_MAX_COST = 20,
	CLOSURE_CALLED_ONCE_COST = 10 * MAX_BUDGET,
};

typedef struct InlInfo {
	int state;        /* 0 not yet decided, 1 deciding, 2 decided */
	bool can;         /* inlinable */
	int cost;
	unsigned visit_id;/* bottom-up walk */
	int big;          /* 0 unknown, 1 small, 2 big ("big" caller) */
} InlInfo;

static Package *report_pkg;
Package *inl_report_pkg;

static InlInfo *inl(Func *fn) {
	if (!fn->inl)
		fn->inl = xalloc(sizeof(InlInfo));
	return fn->inl;
}

/* ---- gc's decisions for the standard library ---- */

static Map std_costs; /* "fmt Println" -> cost + 1 (as a pointer-sized int) */
static bool std_loaded;

static void load_std_costs(void) {
	std_loaded = true;
	size_t len;
	char *text = read_file(fmt("%s/stdlib/inline-costs.txt", opt.root), &len);
	if (!text)
		return;
	for (char *line = text; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (line[0] != '#') {
			char *sp1 = strchr(line, ' ');
			char *sp2 = sp1 ? strrchr(line, ' ') : NULL;
			if (sp1 && sp2 > sp1) {
				long cost = strtol(sp2 + 1, NULL, 10);
				map_put(&std_costs, xstrndup(line, sp2 - line), (void *)(intptr_t)(cost + 1));
			}
		}
		line = nl ? nl + 1 : NULL;
	}
}

static bool is_std_package(Package *p) {
	return p && p->dir && opt.root && has_prefix(p->dir, fmt("%s/stdlib/", opt.root));
}

/* gc's name of a function inside its package: "f", "(*T).M", "T.M",
 * "f.func1", "f.func1.1" (closures), "f.deferwrap1", "f.gowrap2" (go and
 * defer wrappers, numbered apart from the closures). */
static const char *gc_name(Func *fn) {
	if (fn->inl_name)
		return fn->inl_name;
	if (fn->outer && fn->outer != fn) {
		Func *o = fn->outer;
		int idx = 0;
		for (int i = 0; i < o->closures.len; i++) {
			Func *c = o->closures.data[i];
			if (c->is_defer_wrapper == fn->is_defer_wrapper && !c->is_wrapper && !c->inl_name)
				idx++;
			if (c == fn)
				break;
		}
		if (fn->is_defer_wrapper)
			return fmt("%s.%s%d", gc_name(o), strstr(fn->name, ".gowrap") ? "gowrap" : "deferwrap", idx);
		return fmt("%s.%s%d", gc_name(o), o->outer ? "" : "func", idx);
	}
	const char *name = fn->name;
	if (!fn->pkg)
		return name;
	const char *pfx = fmt("%s.", fn->pkg->path);
	if (has_prefix(name, pfx))
		return name + strlen(pfx);
	pfx = fmt("%s.", fn->pkg->name);
	if (has_prefix(name, pfx))
		return name + strlen(pfx);
	return name;
}

/* ---- static values and callees ---- */

static Map defs; /* "obj pointer" -> defining value, for locals defined once */

static char *obj_key(Obj *o) { return fmt("%p", (void *)o); }

static void record_def(Obj *o, Node *value) {
	if (o && o->kind == OBJ_VAR && !o->global && !o->param && !o->result)
		map_put(&defs, obj_key(o), value);
}

static bool declares(Node *x) {
	return x->kind == N_IDENT && strcmp(x->name, "_") != 0 && x->obj && x->obj->kind == OBJ_VAR && x->pos.line == x->obj->pos.line &&
	       x->pos.col == x->obj->pos.col && x->pos.file == x->obj->pos.file;
}

static void record_defs(Node *n);

static void record_defs_list(Nodes *l) {
	for (int i = 0; i < l->n; i++)
		record_defs(l->v[i]);
}

/* x := v, var x = v (one value per name): gc's Name.Defn. */
static void record_defs(Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_ASSIGN:
		if (n->op == TK_DEFINE && n->list.n == n->list2.n)
			for (int i = 0; i < n->list.n; i++)
				if (declares(n->list.v[i]))
					record_def(n->list.v[i]->obj, n->list2.v[i]);
		return;
	case N_DECLSTMT:
		if (n->x && n->x->op == TK_VAR)
			for (int i = 0; i < n->x->list.n; i++) {
				Node *spec = n->x->list.v[i];
				if (spec->list.n == spec->list2.n)
					for (int j = 0; j < spec->list.n; j++)
						record_def(spec->list.v[j]->obj, spec->list2.v[j]);
			}
		return;
	case N_FUNCLIT:
		if (n->fn)
			record_defs(n->fn->body);
		return;
	default:
		break;
	}
	record_defs(n->x);
	record_defs(n->y);
	record_defs(n->init);
	record_defs(n->body);
	record_defs(n->els);
	record_defs(n->post);
	record_defs_list(&n->list);
	record_defs_list(&n->list2);
}

/* gc's ir.StaticValue: a local never reassigned stands for its value. */
static Node *static_value(Node *n) {
	for (int guard = 0; guard < 32; guard++) {
		n = skip_parens(n);
		if (n->kind == N_CONV && n->x && !is_interface(n->type) && types_identical(under(n->type), under(n->x->type))) {
			n = n->x;
			continue;
		}
		if (n->kind == N_INLCALL && n->list.n == 1) {
			n = n->list.v[0]; /* gc's SingleResult */
			continue;
		}
		if (n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR)
			return n;
		Obj *o = n->obj;
		if (o->global || o->param || o->result || o->addrtaken || o->reassigned)
			return n;
		Node *v = map_get(&defs, obj_key(o));
		if (!v)
			return n;
		n = v;
	}
	return n;
}

static bool is_method_sel(Node *f) {
	return f->kind == N_SELECTOR && f->sel_kind == SEL_METHOD && f->obj && f->obj->kind == OBJ_FUNC;
}


/* gc's inlCallee: the function a call of f certainly calls, or NULL. */
Func *inl_callee(Func *caller, Node *f) {
	f = static_value(f);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj && f->obj->kind == OBJ_FUNC)
		return f->obj->func;
	if (is_method_sel(f))
		return f->obj->func;
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_METHODEXPR && f->obj && f->obj->kind == OBJ_FUNC) {
		/* (*T).M of a method with a value receiver is a wrapper */
		Type *t = f->x ? f->x->type : NULL;
		if (t && is_pointer(t) != f->obj->ptr_recv)
			return NULL;
		return f->obj->func;
	}
	if (f->kind == N_FUNCLIT && f->fn) {
		Func *c = f->fn;
		if (c->captures.len && c->outer != caller)
			return NULL;
		inl_can_inline(c);
		return c;
	}
	return NULL;
}

/* gc's inlineCostOK (without PGO): may a call of callee from a caller be
 * inlined?  closure_once: the only call of a closure. */
static bool cost_ok(Func *callee, bool big_caller, bool closure_once) {
	InlInfo *ci = inl(callee);
	if (!ci->can)
		return false;
	int max = big_caller ? BIG_FUNCTION_MAX_COST : MAX_BUDGET;
	if (callee->outer) {
		max *= 2;
		if (closure_once && max < CLOSURE_CALLED_ONCE_COST)
			max = CLOSURE_CALLED_ONCE_COST;
	}
	return ci->cost <= max;
}

/* Functions gc compiles to machine instructions on amd64 (ssagen's
 * intrinsics): a call of one costs like any other node. */
static bool is_intrinsic(Func *fn) {
	static const char *const names[] = {
		"math.sqrt", "math.Floor", "math.Ceil", "math.Trunc", "math.RoundToEven", "math.FMA",
		"math/bits.TrailingZeros64", "math/bits.TrailingZeros32", "math/bits.TrailingZeros16",
		"math/bits.TrailingZeros8", "math/bits.Len64", "math/bits.Len32", "math/bits.Len16", "math/bits.Len8",
		"math/bits.Len", "math/bits.ReverseBytes64", "math/bits.ReverseBytes32", "math/bits.RotateLeft8",
		"math/bits.RotateLeft16", "math/bits.RotateLeft32", "math/bits.RotateLeft64", "math/bits.RotateLeft",
		"math/bits.OnesCount64", "math/bits.OnesCount32", "math/bits.OnesCount16", "math/bits.OnesCount",
		"math/bits.Mul64", "math/bits.Mul", "math/bits.Add64", "math/bits.Add", "math/bits.Sub64",
		"math/bits.Sub", "math/bits.Div64", "math/bits.Div",
		NULL,
	};
	if (!fn->pkg || !is_std_package(fn->pkg) || fn->recv)
		return false;
	const char *path = fn->pkg->path;
	const char *name = gc_name(fn);
	if (strcmp(path, "sync/atomic") == 0)
		return has_prefix(name, "Load") || has_prefix(name, "Store") || has_prefix(name, "Swap") ||
		       has_prefix(name, "CompareAndSwap") || has_prefix(name, "Add") || has_prefix(name, "And") ||
		       has_prefix(name, "Or");
	char *full = fmt("%s.%s", path, name);
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], full) == 0)
			return true;
	return false;
}

/* ---- the hairy visitor ---- */

typedef struct Hairy {
	Func *fn;
	int budget;
	const char *reason;
	bool stop;   /* too hairy: stop walking */
	bool full;   /* -m=2: measure everything, even over budget */
	bool big;    /* fn is a "big" function */
	bool count;  /* IsBigFunc: count nodes, no costs */
} Hairy;

/* Charge one IR node (and what gc adds or takes off for it). */
static void node(Hairy *v, int cost) {
	v->budget -= cost;
	if (v->budget < 0 && !v->full) {
		v->reason = "too expensive";
		v->stop = true;
	}
}

/* A cost only the hairy visitor charges (not a node IsBigFunc counts). */
static int extra(Hairy *v, int cost) { return v->count ? 0 : cost; }

static void walk(Hairy *v, Node *n);
static void walk_stmts(Hairy *v, Nodes *l);

static void walk_list(Hairy *v, Nodes *l) {
	for (int i = 0; i < l->n && !v->stop; i++)
		walk(v, l->v[i]);
}

static void fail(Hairy *v, const char *reason) {
	v->reason = reason;
	v->stop = true;
}

static bool is_const(Node *n) { return n && n->mode == MODE_CONST && n->cval; }

static bool is_builtin_call(Node *n) {
	Node *f = skip_parens(n->x);
	if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN)
		return true;
	return f->kind == N_SELECTOR && f->sel_kind == SEL_QUALIFIED && f->obj && f->obj->kind == OBJ_BUILTIN;
}

/* Does a conversion from type from to type to produce code (OCONV,
 * OCONVIFACE, ...) rather than an OCONVNOP? */
static bool conv_costs(Type *to, Type *from) {
	if (!to || !from)
		return false;
	if (is_interface(to))
		return !(is_interface(from) && types_identical(to, from));
	Type *tu = under(to), *fu = under(from);
	if (types_identical(tu, fu))
		return false;
	if (tu->kind == TY_POINTER && fu->kind == TY_POINTER && types_identical(under(tu->elem), under(fu->elem)))
		return false;
	if ((tu->kind == TY_UNSAFEPTR && (fu->kind == TY_POINTER || fu->kind == TY_UINTPTR)) ||
	    ((tu->kind == TY_POINTER || tu->kind == TY_UINTPTR) && fu->kind == TY_UNSAFEPTR))
		return false;
	/* integers of one size and signedness share a representation */
	if (is_integer(tu) && is_integer(fu) && type_size(tu) == type_size(fu) && is_unsigned(tu) == is_unsigned(fu))
		return false;
	if (tu->kind == TY_CHAN && fu->kind == TY_CHAN)
		return false;
	if (is_basic(tu) && is_basic(fu) && tu->kind == fu->kind)
		return false;
	return true;
}

/* &x: gc's OADDR, which costs nothing together with a .f at offset 0 of
 * a variable ("&s.f"). */
static void walk_addr(Hairy *v, Node *x) {
	Node *d = skip_parens(x);
	int cost = 1;
	if (d->kind == N_SELECTOR && d->sel_kind == SEL_FIELD) {
		Node *base = skip_parens(d->x);
		if (base->kind == N_DEREF && base->implicit)
			base = skip_parens(base->x);
		Type *st = under(d->x->type);
		if (st->kind == TY_POINTER)
			st = under(st->elem);
		if (base->kind == N_IDENT && base->obj && base->obj->kind == OBJ_VAR && st->kind == TY_STRUCT) {
			type_size(st);
			if (d->field_index >= 0 && d->field_index < st->nfields && st->fields[d->field_index]->offset == 0)
				cost -= extra(v, 2);
		}
	}
	node(v, cost);
	walk(v, x);
}

/* *p: gc's ODEREF; *(*T)(unsafe.Pointer(&x)) costs half. */
static void walk_deref(Hairy *v, Node *n) {
	Node *p = skip_parens(n->x);
	while (p->kind == N_CONV && !conv_costs(p->type, p->x->type))
		p = skip_parens(p->x);
	int cost = 1;
	if (p->kind == N_ADDR || (p->kind == N_UNARY && p->op == TK_AND))
		cost -= extra(v, 1);
	node(v, cost);
	walk(v, n->x);
}

/* The operands of a string concatenation, which gc makes one OADDSTR. */
static int concat_operands(Node *n, Nodes *out) {
	n = skip_parens(n);
	if (n->kind == N_BINARY && n->op == TK_ADD && !is_const(n) && is_string(n->type)) {
		concat_operands(n->x, out);
		concat_operands(n->y, out);
	} else {
		nodes_push(out, n);
	}
	return out->n;
}

static void walk_composite(Hairy *v, Node *n) {
	Type *u = under(n->type);
	if (u->kind == TY_POINTER)
		u = under(u->elem);
	/* OSLICELIT costs one more ("hack for toolstash -cmp") */
	node(v, u->kind == TY_SLICE ? 1 + extra(v, 1) : 1);
	for (int i = 0; i < n->list.n && !v->stop; i++) {
		Node *e = n->list.v[i];
		if (u->kind == TY_STRUCT) {
			node(v, 1); /* OSTRUCTKEY */
			walk(v, e->kind == N_KEYVALUE ? e->y : e);
		} else if (e->kind == N_KEYVALUE) {
			node(v, 1); /* OKEY */
			walk(v, e->x);
			walk(v, e->y);
		} else {
			walk(v, e);
		}
	}
}

/* The arguments of a call; f(g()) with g multi-valued is gc's
 * "t1, t2 := g(); f(t1, t2)" (the temporaries' declarations and uses). */
static void walk_args(Hairy *v, Node *call) {
	if (call->spread && call->list.n == 1) {
		Node *g = call->list.v[0];
		int nres = g->type && g->type->kind == TY_TUPLE ? g->type->nfields : 1;
		node(v, 1 + 3 * nres); /* OAS2FUNC, DCL t (2 each), t on the left */
		walk(v, g);
		node(v, nres);         /* the uses */
		Node *f = skip_parens(call->x);
		Type *sig = f->type ? under(f->type) : NULL;
		for (int i = 0; sig && sig->kind == TY_FUNC && i < nres; i++) {
			bool variadic_extra = sig->variadic && !call->ellipsis && i >= sig->nfields - 1;
			Type *pt = variadic_extra ? sig->fields[sig->nfields - 1]->type->elem
			                          : i < sig->nfields ? sig->fields[i]->type : NULL;
			if (pt && conv_costs(pt, g->type->fields[i]->type))
				node(v, 1);
			if (variadic_extra && i == sig->nfields - 1)
				node(v, 1 + extra(v, 1)); /* the ... argument */
		}
		return;
	}
	walk_list(v, &call->list);
}

static void walk_builtin(Hairy *v, Node *n) {
	switch (n->op) {
	case BI_RECOVER:
		fail(v, "call to recover");
		return;
	case BI_PANIC: {
		Node *a = n->list.n ? n->list.v[0] : NULL;
		int cost = 1 + extra(v, EXTRA_PANIC_COST);
		if (a && a->kind == N_CONV && a->implicit && conv_costs(a->type, a->x->type))
			cost -= extra(v, 1);
		node(v, cost);
		walk_list(v, &n->list);
		return;
	}
	case BI_NEW:
		node(v, 1); /* new(T): the type is no node */
		return;
	case BI_MAKE:
		/* make(map[K]V) and make(chan T) get gc's size 0 */
		node(v, n->list.n == 1 && under(n->type)->kind != TY_SLICE ? 2 : 1);
		walk_args(v, n);
		return;
	default:
		node(v, 1);
		walk_args(v, n);
		return;
	}
}

/* gc's extraCallCost: what a call that is not inlined adds (-l=4: 1) */
static int extra_call_cost(Func *fn) {
	return package_options(fn->pkg)->inline_level == 4 ? 1 : EXTRA_CALL_COST;
}

static bool is_param_or_closure_var(Hairy *v, Node *f) {
	if (f->kind != N_IDENT || !f->obj || f->obj->kind != OBJ_VAR)
		return false;
	Obj *o = f->obj;
	if (o->param || o->is_recv)
		return true;
	return !o->global && o->func && o->func != v->fn; /* a variable of an enclosing function */
}

static void walk_call(Hairy *v, Node *n) {
	if (is_builtin_call(n)) {
		walk_builtin(v, n);
		return;
	}
	Node *f = skip_parens(n->x);
	if (f->kind == N_FUNCLIT && f->fn && f->fn->is_wrapper) {
		/* b(g()) of a built-in b: the checker's wrapper is gc's
		 * "t1, t2 := g(); b(t1, t2)" */
		node(v, 1);
		walk_args(v, n);
		return;
	}
	if (f->kind == N_SELECTOR && f->sel_kind == SEL_IFACEMETHOD) {
		node(v, 1 + extra(v, extra_call_cost(v->fn))); /* OCALLINTER */
		node(v, 1);                             /* ODOTINTER */
		walk(v, f->x);
		walk_args(v, n);
		return;
	}
	int cost = 1;
	Func *callee = NULL;
	if (!v->count) {
		callee = inl_callee(v->fn, f);
		if (callee && is_intrinsic(callee)) {
			/* an intrinsic: like any other node */
		} else if (callee && cost_ok(callee, v->big, false)) {
			cost += inl(callee)->cost;
		} else {
			int extra = extra_call_cost(v->fn);
			if (is_param_or_closure_var(v, f) && PARAM_CALL_COST < extra)
				extra = PARAM_CALL_COST;
			cost += extra;
		}
	}
	node(v, cost);
	if (v->stop)
		return;
	if (is_method_sel(f)) {
		/* OMETHEXPR costs nothing; the receiver is the first argument */
		walk(v, f->x);
	} else {
		walk(v, n->x);
	}
	walk_args(v, n);
}

/* The cost of an assignment's left side: a variable declared here is also
 * declared by a DCL node (2), a blank is gc's BlankNode (1). */
static void walk_lhs(Hairy *v, Node *x, bool define) {
	if (define && declares(x))
		node(v, 2);
	walk(v, x);
}

/* "a, b := f()", "v, ok = m[k]": gc's OAS2 whose right side is a
 * temporary per value (compensated by gc: it costs what the plain
 * assignment list would), plus the conversions of the values to the
 * types of the left side. */
static void walk_assign_multi(Hairy *v, Nodes *lhs, Node *rhs, bool define) {
	node(v, 1);
	for (int i = 0; i < lhs->n; i++)
		walk_lhs(v, lhs->v[i], define);
	walk(v, rhs);
	Type *t = rhs->type;
	for (int i = 0; i < lhs->n; i++) {
		Node *x = lhs->v[i];
		Type *vt = t && t->kind == TY_TUPLE && i < t->nfields ? t->fields[i]->type : NULL;
		if (x->type && vt && !(x->kind == N_IDENT && !x->obj) && conv_costs(x->type, vt))
			node(v, 1);
	}
}

static void walk_assign(Hairy *v, Node *n) {
	if (n->op != TK_ASSIGN && n->op != TK_DEFINE) {
		node(v, 1); /* OASOP */
		walk(v, n->list.v[0]);
		walk(v, n->list2.v[0]);
		return;
	}
	bool define = n->op == TK_DEFINE;
	if (n->list.n > 1 && n->list2.n == 1) {
		walk_assign_multi(v, &n->list, n->list2.v[0], define);
		return;
	}
	node(v, 1); /* OAS or OAS2 */
	for (int i = 0; i < n->list.n; i++)
		walk_lhs(v, n->list.v[i], define);
	walk_list(v, &n->list2);
}

static void walk_var_decl(Hairy *v, Node *decl) {
	for (int i = 0; i < decl->list.n && !v->stop; i++) {
		Node *spec = decl->list.v[i];
		if (spec->list2.n == 0) {
			for (int j = 0; j < spec->list.n; j++) {
				Node *x = spec->list.v[j];
				/* "var x T": DCL x; x = nil */
				node(v, x->obj ? 4 : 2);
			}
		} else if (spec->list.n > 1 && spec->list2.n == 1) {
			walk_assign_multi(v, &spec->list, spec->list2.v[0], true);
		} else {
			node(v, 1);
			for (int j = 0; j < spec->list.n; j++)
				walk_lhs(v, spec->list.v[j], true);
			walk_list(v, &spec->list2);
		}
	}
}

/* return f() with f multi-valued: gc's "t1, t2 := f(); return t1, t2". */
static void walk_return(Hairy *v, Node *n) {
	node(v, 1);
	if (n->list.n == 1 && n->list.v[0]->type && n->list.v[0]->type->kind == TY_TUPLE &&
	    n->list.v[0]->type->nfields > 1) {
		Node *g = n->list.v[0];
		int nres = g->type->nfields;
		node(v, 1 + 3 * nres);
		walk(v, g);
		node(v, nres);
		Func *fn = v->fn;
		for (int i = 0; fn->type && i < nres && i < fn->type->nresults; i++)
			if (conv_costs(fn->type->results[i]->type, g->type->fields[i]->type))
				node(v, 1);
		return;
	}
	walk_list(v, &n->list);
}

static void walk_if(Hairy *v, Node *n) {
	if (is_const(n->cond)) {
		/* gc's front end keeps only the branch taken */
		walk(v, n->init);
		if (const_bool_val(n->cond->cval))
			walk(v, n->body);
		else
			walk(v, n->els);
		return;
	}
	node(v, 1);
	walk(v, n->init);
	walk(v, n->cond);
	walk(v, n->body);
	walk(v, n->els);
}

/* Does evaluating n call a function or receive from a channel? */
static bool has_call(Node *n) {
	if (!n)
		return false;
	if (n->kind == N_CALL || (n->kind == N_UNARY && n->op == TK_ARROW))
		return !is_const(n);
	if (n->kind == N_FUNCLIT)
		return false;
	return has_call(n->x) || has_call(n->y) || has_call(n->z) || has_call(n->w);
}

static void walk_range(Hairy *v, Node *n) {
	node(v, 1);
	bool define = n->op == TK_DEFINE;
	if (define) {
		if (n->x && declares(n->x))
			node(v, 2);
		if (n->y && declares(n->y))
			node(v, 2);
	}
	Node *x = skip_parens(n->z);
	if (x->kind == N_DEREF && x->implicit)
		x = x->x; /* range over a pointer to an array */
	Type *xt = x->type ? under(x->type) : NULL;
	if (xt && xt->kind == TY_POINTER)
		xt = under(xt->elem);
	bool no_value = !n->y || (n->y->kind == N_IDENT && strcmp(n->y->name, "_") == 0);
	if (xt && xt->kind == TY_ARRAY && no_value && !has_call(x))
		node(v, 1); /* len(x) is constant: x is not evaluated */
	else
		walk(v, x);
	walk(v, n->x);
	walk(v, n->y);
	walk(v, n->body);
}

static void walk_switch(Hairy *v, Node *n) {
	node(v, 1);
	walk(v, n->init);
	Node *tag = n->x;
	walk(v, tag);
	for (int i = 0; i < n->list.n && !v->stop; i++) {
		Node *c = n->list.v[i];
		node(v, 1); /* OCASE */
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			walk(v, e);
			/* a concrete case value compared with an interface tag */
			if (tag && is_interface(tag->type) && e->type && !is_interface(e->type) &&
			    e->type->kind != TY_UNTYPED_NIL && !(e->kind == N_CONV && e->implicit))
				node(v, 1);
		}
		walk_stmts(v, &c->list2);
	}
}

static void walk_typeswitch(Hairy *v, Node *n) {
	node(v, 1);     /* OSWITCH */
	walk(v, n->init);
	node(v, 1);     /* OTYPESW */
	if (n->name)
		node(v, 1); /* the guard's identifier */
	Node *g = skip_parens(n->x);
	walk(v, g->kind == N_TYPEASSERT ? g->x : g);
	for (int i = 0; i < n->list.n && !v->stop; i++) {
		Node *c = n->list.v[i];
		node(v, c->case_obj ? 2 : 1); /* OCASE and its variable */
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			if (e->mode != MODE_TYPE)
				node(v, 1); /* case nil */
		}
		walk_stmts(v, &c->list2);
	}
}

/* A select case: gc's OSELRECV2 for receives (two left-hand values, blank
 * when absent), an OSEND for sends. */
static void walk_comm(Hairy *v, Node *c) {
	if (!c)
		return;
	if (c->kind == N_SEND) {
		walk(v, c);
		return;
	}
	Node *recv = NULL;
	Nodes *lhs = NULL;
	bool define = false;
	if (c->kind == N_EXPRSTMT) {
		recv = c->x;
	} else if (c->kind == N_ASSIGN) {
		recv = c->list2.v[0];
		lhs = &c->list;
		define = c->op == TK_DEFINE;
	}
	if (lhs && lhs->n == 2) {
		/* case v, ok = <-c: gc's "t1, t2 = <-c" in the case and
		 * "v, ok = t1, t2" at the start of its body */
		node(v, 1 + 4 + 2);
		walk(v, recv);
		node(v, 1);
		for (int i = 0; i < lhs->n; i++)
			walk_lhs(v, lhs->v[i], define);
		node(v, 2);
		return;
	}
	node(v, 1);
	int nl = 0;
	for (int i = 0; lhs && i < lhs->n; i++, nl++) {
		Node *x = lhs->v[i];
		if (define && x->kind == N_IDENT && strcmp(x->name, "_") != 0)
			node(v, 2); /* every name of a receive case is new */
		walk(v, x);
	}
	node(v, 2 - nl);
	walk(v, recv);
}

static void walk_select(Hairy *v, Node *n) {
	node(v, 1);
	for (int i = 0; i < n->list.n && !v->stop; i++) {
		Node *c = n->list.v[i];
		node(v, 1);
		walk_comm(v, c->x);
		walk_stmts(v, &c->list2);
	}
}

/* A statement list as gc's front end writes it: statements after a
 * terminating one are dropped, unless a label follows. */
static void walk_stmts(Hairy *v, Nodes *l) {
	int last_label = -1;
	for (int i = 0; i < l->n; i++)
		if (l->v[i]->kind == N_LABELED)
			last_label = i;
	bool dead = false;
	for (int i = 0; i < l->n && !v->stop; i++) {
		Node *s = l->v[i];
		if (dead && i > last_label && s->kind != N_LABELED)
			continue;
		walk(v, s);
		dead = gc_terminates(s);
	}
}

static void walk_expr(Hairy *v, Node *n) {
	switch (n->kind) {
	case N_IDENT:
	case N_BASICLIT:
		node(v, 1);
		return;
	case N_FUNCLIT:
		if (!v->count && package_options(v->fn->pkg)->inl_no_closures) {
			fail(v, "not inlining functions with closures"); /* -d=inlfuncswithclosures=0 */
			return;
		}
		node(v, 1 + extra(v, CLOSURE_COST));
		return;
	case N_COMPOSITE:
		walk_composite(v, n);
		return;
	case N_UNARY:
		if (n->op == TK_AND) {
			Node *x = skip_parens(n->x);
			if (x->kind == N_COMPOSITE) {
				node(v, 1); /* OPTRLIT */
				walk(v, x);
			} else if (x->kind == N_INDEX && skip_parens(x->x)->kind == N_COMPOSITE && skip_parens(x->x)->implicit) {
				/* new(v): DCL t; t := v; &t */
				node(v, 6);
				walk_list(v, &skip_parens(x->x)->list);
			} else {
				walk_addr(v, n->x);
			}
			return;
		}
		node(v, 1);
		walk(v, n->x);
		return;
	case N_ADDR:
		walk_addr(v, n->x);
		return;
	case N_STAR:
	case N_DEREF:
		walk_deref(v, n);
		return;
	case N_SELECTOR:
		switch (n->sel_kind) {
		case SEL_FIELD: {
			node(v, 1); /* ODOT / ODOTPTR: the dereference is part of it */
			Node *x = skip_parens(n->x);
			if (x->kind == N_DEREF && x->implicit)
				x = x->x;
			walk(v, x);
			return;
		}
		case SEL_METHODVAL:
			node(v, 1 + extra(v, 1)); /* OMETHVALUE */
			walk(v, n->x);
			return;
		case SEL_METHODEXPR:
			return; /* OMETHEXPR: nothing */
		case SEL_IFACEMETHOD:
			node(v, 1 + extra(v, 1));
			walk(v, n->x);
			return;
		default:
			node(v, 1); /* a qualified name */
			return;
		}
	case N_INDEX:
		node(v, 1);
		walk(v, n->x);
		walk(v, n->y);
		return;
	case N_SLICE: {
		int cost = 1;
		if (n->y && is_const(n->y) && const_is_zero(n->y->cval))
			cost -= extra(v, 1);
		Node *hi = skip_parens(n->z);
		Node *x = skip_parens(n->x);
		if (hi && hi->kind == N_CALL && hi->op == BI_LEN && is_builtin_call(hi) && hi->list.n == 1) {
			Node *a = skip_parens(hi->list.v[0]);
			if (x->kind == N_IDENT && a->kind == N_IDENT && x->obj && x->obj == a->obj)
				cost -= extra(v, 2);
		}
		node(v, cost);
		if (x->kind == N_DEREF && x->implicit)
			walk(v, x->x); /* p[a:b] of a pointer to an array */
		else if (under(x->type)->kind == TY_ARRAY) {
			node(v, 1); /* a[a:b] of an array takes its address */
			walk(v, x);
		} else {
			walk(v, x);
		}
		walk(v, n->y);
		walk(v, n->z);
		walk(v, n->w);
		return;
	}
	case N_TYPEASSERT:
		node(v, 1);
		walk(v, n->x);
		return;
	case N_CALL:
		walk_call(v, n);
		return;
	case N_BINARY: {
		if (n->op == TK_ADD && is_string(n->type)) {
			Nodes ops = {0};
			concat_operands(n, &ops);
			node(v, 1); /* OADDSTR */
			walk_list(v, &ops);
			return;
		}
		node(v, 1);
		walk(v, n->x);
		walk(v, n->y);
		/* a comparison of an interface with a concrete value converts it */
		if ((n->op == TK_EQL || n->op == TK_NEQ) && n->x->type && n->y->type) {
			Node *x = skip_parens(n->x), *y = skip_parens(n->y);
			bool xi = is_interface(x->type), yi = is_interface(y->type);
			if (xi != yi) {
				Node *c = xi ? y : x;
				if (c->type->kind != TY_UNTYPED_NIL && !(c->kind == N_CONV && c->implicit))
					node(v, 1);
			}
		}
		return;
	}
	case N_CONV:
		node(v, conv_costs(n->type, n->x->type) || v->count ? 1 : 0); /* OCONVNOP: nothing */
		walk(v, n->x);
		return;
	case N_KEYVALUE:
		node(v, 1);
		walk(v, n->x);
		walk(v, n->y);
		return;
	default:
		walk_list(v, &n->list);
		return;
	}
}

static void walk(Hairy *v, Node *n) {
	if (!n || v->stop)
		return;
	n = skip_parens(n);
	if (n->mode == MODE_TYPE)
		return;
	if (is_const(n) && n->kind != N_ASSIGN) {
		node(v, 1); /* OLITERAL */
		return;
	}
	switch (n->kind) {
	case N_BLOCK:
		walk_stmts(v, &n->list);
		return;
	case N_EMPTY:
		return;
	case N_EXPRSTMT:
		walk(v, n->x);
		return;
	case N_DECLSTMT:
		if (n->x && n->x->op == TK_VAR)
			walk_var_decl(v, n->x);
		return;
	case N_ASSIGN:
		walk_assign(v, n);
		return;
	case N_INCDEC:
		node(v, 2); /* OASOP and its constant 1 */
		walk(v, n->x);
		return;
	case N_RETURN:
		walk_return(v, n);
		return;
	case N_IF:
		walk_if(v, n);
		return;
	case N_FOR:
		if (n->cond && is_const(n->cond) && !const_bool_val(n->cond->cval)) {
			walk(v, n->init);
			return;
		}
		node(v, 1);
		walk(v, n->init);
		walk(v, n->cond);
		walk(v, n->post);
		walk(v, n->body);
		return;
	case N_RANGE:
		walk_range(v, n);
		return;
	case N_SWITCH:
		walk_switch(v, n);
		return;
	case N_TYPESWITCH:
		walk_typeswitch(v, n);
		return;
	case N_SELECT:
		walk_select(v, n);
		return;
	case N_SEND:
		node(v, 1);
		walk(v, n->x);
		walk(v, n->y);
		return;
	case N_LABELED:
		node(v, 1);
		walk(v, n->x);
		return;
	case N_BRANCH:
		if (n->op != TK_FALLTHROUGH)
			node(v, 1);
		return;
	case N_GO:
		if (!v->count)
			fail(v, "unhandled op GO");
		return;
	case N_DEFER:
		if (!v->count)
			fail(v, "unhandled op DEFER");
		return;
	default:
		walk_expr(v, n);
		return;
	}
}

/* gc's IsBigFunc: more than 5000 IR nodes. */
static bool is_big(Func *fn) {
	InlInfo *ii = inl(fn);
	if (!ii->big) {
		Hairy v = {.fn = fn, .budget = BIG_FUNCTION_NODES, .full = true, .count = true};
		if (fn->body)
			walk(&v, fn->body);
		ii->big = v.budget <= 0 ? 2 : 1;
	}
	return ii->big == 2;
}

/* ---- decisions ---- */

/* gc's InlineImpossible. */
static const char *impossible(Func *fn) {
	if (fn->pragmas & PRAGMA_NOINLINE)
		return "marked go:noinline";
	if (fn->pragmas & PRAGMA_UINTPTRESCAPES)
		return "marked as having an escaping uintptr argument";
	if (!fn->body)
		return "no function body";
	return NULL;
}

static Pos func_pos(Func *fn) {
	while (fn->inl_from)
		fn = fn->inl_from; /* a copy made by inlining: the original's */
	Node *d = fn->decl;
	if (!d)
		return nopos;
	if (d->kind == N_FUNCDECL && d->init)
		return d->npos; /* a method: its receiver */
	if (d->kind == N_FUNCDECL && d->x)
		return d->x->pos;
	return d->pos;
}

static bool reported(Func *fn) { return fn->pkg == report_pkg && opt.m > 0; }

/* ---- -m=2: the text of an inlinable function ----
 *
 * gc prints the body of its IR: "x := 0; for loop; return x".  Where its
 * front end rewrote a statement, the text shows the rewrite: the values
 * of "a, b := f()" and "v, ok := m[k]" are temporaries, numbered by how
 * many variables the function had declared before them (parameters and
 * results included): "a, b := int(.autotmp_3), .autotmp_4". */

typedef struct BodyText {
	Buf b;
	int ndcl;       /* gc's len(fn.Dcl) so far */
	bool first;
} BodyText;

static void count_dcls(Node *n, int *c);

static void count_dcls_list(Nodes *l, int *c) {
	for (int i = 0; i < l->n; i++)
		count_dcls(l->v[i], c);
}

static int count_new(Nodes *l, bool define) {
	int k = 0;
	for (int i = 0; define && i < l->n; i++)
		if (declares(l->v[i]))
			k++;
	return k;
}

/* new(v): the checker's &[]T{v}[0] */
static bool is_new_value(Node *n) {
	n = skip_parens(n);
	return n->kind == N_UNARY && n->op == TK_AND && skip_parens(n->x)->kind == N_INDEX &&
	       skip_parens(skip_parens(n->x)->x)->kind == N_COMPOSITE && skip_parens(skip_parens(n->x)->x)->implicit;
}

static bool is_tuple(Node *n) { return n && n->type && n->type->kind == TY_TUPLE && n->type->nfields > 1; }

/* The variables (and gc's temporaries) a statement declares, in order. */
static void count_dcls(Node *n, int *c) {
	if (!n)
		return;
	switch (n->kind) {
	case N_FUNCLIT:
		return; /* its variables are its own */
	case N_ASSIGN:
		*c += count_new(&n->list, n->op == TK_DEFINE);
		count_dcls_list(&n->list2, c);
		if (n->list.n > 1 && n->list2.n == 1)
			*c += n->list.n; /* the temporaries of the values */
		return;
	case N_VALUESPEC:
		*c += n->list.n;
		count_dcls_list(&n->list2, c);
		if (n->list.n > 1 && n->list2.n == 1)
			*c += n->list.n;
		return;
	case N_RETURN:
		count_dcls_list(&n->list, c);
		if (n->list.n == 1 && is_tuple(n->list.v[0]))
			*c += n->list.v[0]->type->nfields;
		return;
	case N_CALL:
		count_dcls(n->x, c);
		count_dcls_list(&n->list, c);
		if (n->spread && n->list.n == 1 && is_tuple(n->list.v[0]))
			*c += n->list.v[0]->type->nfields;
		return;
	case N_RANGE:
		if (n->op == TK_DEFINE)
			*c += (n->x && declares(n->x)) + (n->y && declares(n->y));
		count_dcls(n->z, c);
		count_dcls(n->body, c);
		return;
	case N_UNARY:
		if (is_new_value(n)) {
			count_dcls_list(&skip_parens(skip_parens(n->x)->x)->list, c);
			*c += 1; /* new(v)'s temporary */
			return;
		}
		break;
	case N_TYPESWITCH:
		count_dcls(n->init, c);
		count_dcls(n->x, c);
		for (int i = 0; i < n->list.n; i++) {
			if (n->list.v[i]->case_obj)
				*c += 1;
			count_dcls_list(&n->list.v[i]->list2, c);
		}
		return;
	default:
		break;
	}
	count_dcls(n->x, c);
	count_dcls(n->y, c);
	count_dcls(n->z, c);
	count_dcls(n->init, c);
	count_dcls(n->cond, c);
	count_dcls(n->post, c);
	count_dcls(n->body, c);
	count_dcls(n->els, c);
	count_dcls_list(&n->list, c);
	count_dcls_list(&n->list2, c);
}

/* "T(.autotmp_3), .autotmp_4": the temporaries holding a multi-valued
 * expression (the first one carries their initialization). */
static void temps_text(BodyText *t, Type *tuple, int first) {
	for (int i = 0; i < tuple->nfields; i++) {
		if (i)
			buf_puts(&t->b, ", ");
		char *name = fmt(".autotmp_%d", first + i);
		if (i == 0) {
			Node *id = new_node(N_IDENT, nopos);
			id->name = name;
			id->type = tuple->fields[0]->type;
			id->mode = MODE_VALUE;
			Node *c = new_node(N_CONV, nopos);
			c->x = id;
			c->type = id->type;
			c->mode = MODE_VALUE;
			buf_puts(&t->b, ir_string(c));
		} else {
			buf_puts(&t->b, name);
		}
	}
}

static Node *temp_ident(const char *name, Type *type) {
	Node *id = new_node(N_IDENT, nopos);
	id->name = (char *)name;
	id->type = type;
	id->mode = MODE_VALUE;
	return id;
}

/* f(g()) as gc prints it: f(T(.autotmp_1), .autotmp_2). */
static Node *spread_text_call(BodyText *t, Node *call) {
	Node *g = call->list.v[0];
	count_dcls(call->x, &t->ndcl);
	count_dcls(g, &t->ndcl);
	Node *c = new_node(N_CALL, call->pos);
	*c = *call;
	c->spread = false;
	c->list = (Nodes){0};
	Type *tt = g->type;
	for (int i = 0; tt && tt->kind == TY_TUPLE && i < tt->nfields; i++) {
		Node *id = temp_ident(fmt(".autotmp_%d", t->ndcl + i), tt->fields[i]->type);
		if (i == 0) {
			Node *cv = new_node(N_CONV, nopos);
			cv->x = id;
			cv->type = id->type;
			cv->mode = MODE_VALUE;
			id = cv;
		}
		nodes_push(&c->list, id);
	}
	if (tt && tt->kind == TY_TUPLE)
		t->ndcl += tt->nfields;
	Type *sig = call->x->type ? under(call->x->type) : NULL;
	if (sig && sig->kind == TY_FUNC && sig->variadic && !call->ellipsis) {
		/* into a variadic function: "count(... argument...)" */
		Nodes temps = c->list;
		temps.v[0] = temps.v[0]->x;
		unspread_call(c, temps);
	}
	return c;
}

static void names_text(BodyText *t, Nodes *l) {
	for (int i = 0; i < l->n; i++) {
		if (i)
			buf_puts(&t->b, ", ");
		buf_puts(&t->b, ir_string(l->v[i]));
	}
}

static void stmt_text(BodyText *t, Node *s);

static void stmts_text(BodyText *t, Nodes *l) {
	int last_label = -1;
	for (int i = 0; i < l->n; i++)
		if (l->v[i]->kind == N_LABELED)
			last_label = i;
	bool dead = false;
	for (int i = 0; i < l->n; i++) {
		Node *s = l->v[i];
		if (dead && i > last_label && s->kind != N_LABELED)
			continue;
		stmt_text(t, s);
		dead = gc_terminates(s);
	}
}

static void stmt_text(BodyText *t, Node *s) {
	if (!s || s->kind == N_EMPTY)
		return;
	if (s->kind == N_BLOCK) {
		stmts_text(t, &s->list);
		return;
	}
	if (s->kind == N_IF && gc_static_bool(s->cond)) {
		stmt_text(t, s->init);
		stmt_text(t, gc_static_bool(s->cond) > 0 ? s->body : s->els);
		return;
	}
	if (s->kind == N_FOR && s->cond && gc_static_bool(s->cond) < 0) {
		stmt_text(t, s->init);
		return;
	}
	if (!t->first)
		buf_puts(&t->b, "; ");
	t->first = false;
	Nodes *lhs = NULL;
	Node *rhs = NULL;
	bool define = false;
	if (s->kind == N_ASSIGN && s->list.n > 1 && s->list2.n == 1 && (s->op == TK_ASSIGN || s->op == TK_DEFINE)) {
		lhs = &s->list;
		rhs = s->list2.v[0];
		define = s->op == TK_DEFINE;
	}
	Type *tuple = rhs && rhs->type && rhs->type->kind == TY_TUPLE ? rhs->type : NULL;
	if (lhs && rhs && !tuple && lhs->n == 2) {
		Type *ts[2] = {rhs->type, type_bool}; /* v, ok := m[k] */
		tuple = tuple_of(ts, 2);
	}
	if (lhs && tuple) {
		t->ndcl += count_new(lhs, define);
		int first = t->ndcl;
		count_dcls(rhs, &t->ndcl);
		first = t->ndcl;
		names_text(t, lhs);
		buf_puts(&t->b, define ? " := " : " = ");
		temps_text(t, tuple, first);
		t->ndcl += lhs->n;
		return;
	}
	if (s->kind == N_RETURN && s->list.n == 1 && is_tuple(s->list.v[0])) {
		count_dcls(s->list.v[0], &t->ndcl);
		buf_puts(&t->b, "return ");
		temps_text(t, s->list.v[0]->type, t->ndcl);
		t->ndcl += s->list.v[0]->type->nfields;
		return;
	}
	if (s->kind == N_RETURN && s->list.n == 1 && is_new_value(s->list.v[0])) {
		count_dcls(s, &t->ndcl);
		buf_printf(&t->b, "return &.autotmp_%d", t->ndcl - 1);
		return;
	}
	if (s->kind == N_RETURN && s->list.n == 1 && skip_parens(s->list.v[0])->kind == N_CALL &&
	    skip_parens(s->list.v[0])->spread) {
		Node *r = new_node(N_RETURN, s->pos);
		nodes_push(&r->list, spread_text_call(t, skip_parens(s->list.v[0])));
		buf_puts(&t->b, ir_string(r));
		return;
	}
	if (s->kind == N_EXPRSTMT && skip_parens(s->x)->kind == N_CALL && skip_parens(s->x)->spread) {
		buf_puts(&t->b, ir_string(spread_text_call(t, skip_parens(s->x))));
		return;
	}
	buf_puts(&t->b, ir_string(s));
	count_dcls(s, &t->ndcl);
}

/* "func(int) int { return x * 2 }" */
static char *body_text(Func *fn) {
	BodyText t = {.first = true};
	if (fn->recv)
		buf_printf(&t.b, "method(%s) ", ir_type_string(fn->recv->type));
	buf_puts(&t.b, ir_type_string(fn->type));
	buf_puts(&t.b, " { ");
	t.ndcl = (fn->recv ? 1 : 0) + fn->params.len + fn->results.len;
	if (fn->body)
		stmts_text(&t, &fn->body->list);
	buf_puts(&t.b, " }");
	return buf_cstr(&t.b);
}

/* gc's CanInline: decide whether fn is inlinable and at what cost. */
void inl_can_inline(Func *fn) {
	InlInfo *ii = inl(fn);
	if (ii->state)
		return;
	ii->state = 1;
	if (is_std_package(fn->pkg)) {
		if (!std_loaded)
			load_std_costs();
		void *c = map_get(&std_costs, fmt("%s %s", fn->pkg->path, gc_name(fn)));
		ii->can = c != NULL;
		ii->cost = c ? (int)(intptr_t)c - 1 : 0;
		ii->state = 2;
		return;
	}
	const char *reason = impossible(fn);
	int budget = fn->outer ? CLOSURE_CALLED_ONCE_COST : MAX_BUDGET;
	Hairy v = {.fn = fn, .budget = budget, .full = opt.m >= 2};
	if (!reason) {
		v.big = is_big(fn);
		walk(&v, fn->body);
		reason = v.reason;
		if (!reason && v.budget < 0)
			reason = fmt("function too complex: cost %d exceeds budget %d", budget - v.budget, budget);
	}
	ii->state = 2;
	if (reason) {
		if (reported(fn) && opt.m >= 2)
			diag_at(func_pos(fn), "cannot inline %s: %s", gc_name(fn), reason);
		return;
	}
	ii->can = true;
	ii->cost = budget - v.budget;
	if (!reported(fn))
		return;
	if (opt.m >= 2)
		diag_at(func_pos(fn), "can inline %s with cost %d as: %s", gc_name(fn), ii->cost, body_text(fn));
	else
		diag_at(func_pos(fn), "can inline %s", gc_name(fn));
}

/* ---- bottom up over the call graph (gc's VisitFuncsBottomUp) ---- */

typedef struct Visitor {
	unsigned visitgen;
	Vec stack;
	unsigned min;
	Func *init; /* the package's variable initialization (inlined into, never inlined) */
	Vec *batches; /* Vec* of Func*: the components, bottom-up (for inline_calls) */
} Visitor;

static bool is_closure(Func *fn) { return fn->outer && fn->captures.len > 0; }

static unsigned visit(Visitor *v, Func *fn);

static void visit_ref(Visitor *v, Func *f) {
	if (!f)
		return;
	unsigned m = visit(v, f);
	if (m < v->min)
		v->min = m;
}

static void visit_refs(Visitor *v, Node *n);

static void visit_refs_list(Visitor *v, Nodes *l) {
	for (int i = 0; i < l->n; i++)
		visit_refs(v, l->v[i]);
}

static void visit_refs(Visitor *v, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_IDENT:
		if (n->obj && n->obj->kind == OBJ_FUNC)
			visit_ref(v, n->obj->func);
		return;
	case N_SELECTOR:
		if ((n->sel_kind == SEL_METHOD || n->sel_kind == SEL_METHODVAL || n->sel_kind == SEL_METHODEXPR ||
		     n->sel_kind == SEL_QUALIFIED) && n->obj && n->obj->kind == OBJ_FUNC)
			visit_ref(v, n->obj->func);
		visit_refs(v, n->x);
		return;
	case N_FUNCLIT:
		if (n->fn && n->fn->is_wrapper)
			break; /* the checker's wrapper of a built-in: inside its caller */
		visit_ref(v, n->fn);
		return;
	default:
		break;
	}
	visit_refs(v, n->x);
	visit_refs(v, n->y);
	visit_refs(v, n->z);
	visit_refs(v, n->w);
	visit_refs(v, n->init);
	visit_refs(v, n->cond);
	visit_refs(v, n->post);
	visit_refs(v, n->body);
	visit_refs(v, n->els);
	visit_refs_list(v, &n->list);
	visit_refs_list(v, &n->list2);
}

static unsigned visit(Visitor *v, Func *fn) {
	InlInfo *ii = inl(fn);
	if (ii->visit_id > 0)
		return ii->visit_id;
	unsigned id = ++v->visitgen;
	ii->visit_id = id;
	unsigned saved = v->min;
	v->min = ++v->visitgen;
	vec_push(&v->stack, fn);
	/* functions of other packages are decided on their own: only the
	 * package's own call graph matters */
	if (fn->pkg == report_pkg || !is_std_package(fn->pkg))
		visit_refs(v, fn->body);
	unsigned min = v->min;
	v->min = saved;
	if ((min == id || min == id + 1) && !is_closure(fn)) {
		int i;
		for (i = v->stack.len - 1; i >= 0; i--) {
			Func *x = v->stack.data[i];
			inl(x)->visit_id = ~0u;
			if (x == fn)
				break;
		}
		Vec *batch = xalloc(sizeof *batch);
		for (int k = i; k < v->stack.len; k++) {
			if (v->stack.data[k] != v->init)
				inl_can_inline(v->stack.data[k]);
			vec_push(batch, v->stack.data[k]);
		}
		if (batch->len && !is_std_package(((Func *)batch->data[0])->pkg))
			vec_push(v->batches, batch);
		v->stack.len = i;
	}
	return min;
}

/* The variables (and closures) that calls inlined into the package's
 * variable initialization brought belong to the function that runs it,
 * the package's init (check.c). */
static void adopt_init_locals(Func *init) {
	Func *real = init->pkg->init_func;
	if (!real)
		return;
	for (int i = 0; i < init->locals.len; i++) {
		Obj *o = init->locals.data[i];
		o->func = real;
		vec_push(&real->locals, o);
	}
	for (int i = 0; i < init->closures.len; i++) {
		Func *c = init->closures.data[i];
		c->outer = real;
		vec_push(&real->closures, c);
	}
	init->locals.len = init->closures.len = 0;
}

void inline_program(Program *prog) {
	report_pkg = prog->main;
	inl_report_pkg = report_pkg;
	Vec batches = {0}, inits = {0};
	Visitor v = {.batches = &batches};
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		for (int j = 0; j < p->funcs.len; j++) {
			Func *f = p->funcs.data[j];
			if (f->body && !is_std_package(p))
				record_defs(f->body);
		}
	}
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		if (is_std_package(p))
			continue; /* decided from gc's table when called */
		if (package_options(p)->no_inline)
			continue; /* -l: nothing of p is inlinable, nothing inlined into it */
		typestr_package = p;
		/* gc's list of functions starts with "init", the initialization
		 * of the package's variables: the functions it calls come first */
		Func *init = new_func(fmt("%s.init", p->path), p);
		vec_push(&inits, init);
		init->body = new_node(N_BLOCK, nopos);
		for (int j = 0; j < p->init_order.len; j++)
			nodes_push(&init->body->list, p->init_order.data[j]);
		v.init = init;
		visit(&v, init);
		for (int j = 0; j < p->funcs.len; j++) {
			Func *f = p->funcs.data[j];
			if (!is_closure(f) && !f->is_wrapper)
				visit(&v, f);
		}
	}
	/* gc (interleaved.go) names the package's big functions before it
	 * inlines, in declaration order */
	if (opt.m >= 2 && report_pkg && !is_std_package(report_pkg) && !package_options(report_pkg)->no_inline)
		for (int i = 0; i < report_pkg->funcs.len; i++) {
			Func *fn = report_pkg->funcs.data[i];
			if (fn->body && !fn->is_wrapper && is_big(fn))
				diag_at(func_pos(fn), "function %s considered 'big'; reducing max cost of inlinees", gc_name(fn));
		}
	inline_calls(prog, &batches);
	for (int i = 0; i < inits.len; i++)
		adopt_init_locals(inits.data[i]);
	/* gc then generates the package's method wrappers and inlines into
	 * them ("<autogenerated>:1: inlining call to T.M"); tgo builds them
	 * only for -m (escape_wrappers.c) */
	if (opt.m > 0 && report_pkg && !is_std_package(report_pkg) && !package_options(report_pkg)->no_inline) {
		Vec *ws = package_wrappers(report_pkg);
		for (int i = 0; i < ws->len; i++)
			inline_wrapper(ws->data[i]);
	}
	diag_flush();
}

bool inl_inlinable(Func *fn) {
	if (!fn->pkg || package_options(fn->pkg)->no_inline)
		return false;
	inl_can_inline(fn);
	return inl(fn)->can;
}

/* ---- for inline_call.c ---- */

const char *inl_gc_name(Func *fn) { return gc_name(fn); }
bool inl_cost_ok(Func *callee, bool big_caller, bool closure_once) { return cost_ok(callee, big_caller, closure_once); }
bool inl_is_intrinsic(Func *fn) { return is_intrinsic(fn); }
bool inl_is_big(Func *fn) { return is_big(fn); }
void inl_record_defs(Node *n) { record_defs(n); }
void inl_record_def(Obj *o, Node *value) { record_def(o, value); }
