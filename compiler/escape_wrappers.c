/*
 * escape_wrappers.c — gc's method wrappers, rebuilt for -m=2: their flow
 * explanations are part of gc's output.  Part of the escape analysis
 * described in escape.c.
 */
#include "escape_impl.h"
#include "inline.h"

/* ---- gc's method wrappers (for -m=2) ----
 *
 * gc compiles, with each package, wrappers around its methods: for every
 * named type T declared in it, (*T).M for each method M with a value
 * receiver and for each promoted method, T.M for the methods promoted to
 * T; for every interface I, I.M (a call through the interface); and
 * T.M-fm for every method value x.M the package uses.  Their -m lines
 * are suppressed (gc marks them DUPOK), but their -m=2 flow explanations
 * are printed, after those of the package's functions.  tgo does not
 * need them to run programs; it builds them here only for analysis. */

static bool exported_name(const char *n) { return n[0] >= 'A' && n[0] <= 'Z'; }

/* gc's method order: exported names first, then by name */
static int method_name_order(const void *a, const void *b) {
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	bool ex = exported_name(x), ey = exported_name(y);
	if (ex != ey)
		return ex ? -1 : 1;
	return strcmp(x, y);
}

static Obj *wrapper_var(Func *w, const char *name, Type *t, Pos pos, bool param, bool result) {
	Obj *o = new_obj(OBJ_VAR, (char *)name, pos, t);
	o->func = w;
	o->param = param;
	o->result = result;
	o->pkg = w->pkg;
	return o;
}

static Node *wnode(NodeKind k, Type *t) {
	Node *n = new_node(k, autogen_pos());
	n->type = t;
	n->mode = MODE_VALUE;
	return n;
}

static Node *wident(Obj *o) { return name_node(o, autogen_pos()); }

static Node *implicit_unary(NodeKind k, Node *x, Type *t) {
	Node *n = wnode(k, t);
	n->x = x;
	n->implicit = true;
	return n;
}

/* A wrapper named name with receiver recv (or none) and the parameters and
 * results of signature sig, whose body calls the method through the
 * receiver expression built by make_recv. */
typedef struct WrapSpec {
	const char *name;
	Type *recv_type;       /* the wrapper's receiver (hidden .this for -fm) */
	const char *recv_name;
	Pos recv_pos;
	Type *sig;             /* the method's signature, without receiver */
	Obj *method;           /* concrete method, or NULL for an interface method */
	const char *mname;
	Type *iface;           /* interface type whose method is called (recv is one) */
	Selection sel;         /* promoted: the path from the receiver */
	bool promoted;
	Func *mfunc;           /* method's Func (parameter names and positions) */
} WrapSpec;

static Node *field_path(Node *x, Type **t, Selection *s) {
	for (int k = 0; k < s->depth; k++) {
		if (under(*t)->kind == TY_POINTER) {
			*t = under(*t)->elem;
			x = implicit_unary(N_DEREF, x, *t);
		}
		Field *f = under(*t)->fields[s->path[k]];
		Node *fs = wnode(N_SELECTOR, f->type);
		fs->x = x;
		fs->name = f->name;
		fs->sel_kind = SEL_FIELD;
		fs->field_index = s->path[k];
		fs->implicit = true;
		x = fs;
		*t = f->type;
	}
	return x;
}

static Func *build_wrapper(Package *pkg, WrapSpec *ws) {
	Func *w = new_func(xstrdup(ws->name), pkg);
	w->type = ws->sig;
	info(w)->dupok = true;
	Type *sig = ws->sig;
	Obj *recv = wrapper_var(w, ws->recv_name, ws->recv_type, ws->recv_pos, true, false);
	recv->is_recv = true;
	w->recv = recv;
	for (int i = 0; i < sig->nfields; i++) {
		Field *f = sig->fields[i];
		const char *name = f->name;
		Pos pos = f->pos;
		if (ws->mfunc && i < ws->mfunc->params.len) {
			Obj *po = ws->mfunc->params.data[i];
			name = po->name;
			pos = po->pos;
		}
		if (!name || !*name || strcmp(name, "_") == 0)
			name = fmt("~p%d", i + (strcmp(ws->recv_name, ".this") != 0 ? 1 : 0));
		vec_push(&w->params, wrapper_var(w, name, f->type, pos_valid(pos) ? pos : autogen_pos(), true, false));
	}
	for (int i = 0; i < sig->nresults; i++) {
		Field *f = sig->results[i];
		const char *name = f->name;
		if (ws->mfunc && i < ws->mfunc->results.len)
			name = ((Obj *)ws->mfunc->results.data[i])->name;
		if (!name || !*name || strcmp(name, "_") == 0)
			name = fmt("~r%d", i);
		Obj *r = wrapper_var(w, name, f->type, autogen_pos(), false, true);
		r->index = i;
		vec_push(&w->results, r);
	}
	/* the receiver expression and the selector */
	Type *t = ws->recv_type;
	Node *x = field_path(wident(recv), &t, &ws->sel);
	Node *selx = wnode(N_SELECTOR, sig);
	selx->name = (char *)ws->mname;
	if (ws->method) {
		Obj *m = ws->method;
		bool ptr = under(t)->kind == TY_POINTER;
		if (!m->ptr_recv && ptr)
			x = implicit_unary(N_DEREF, x, under(t)->elem);
		else if (m->ptr_recv && !ptr)
			x = implicit_unary(N_ADDR, x, pointer_to(t));
		selx->sel_kind = SEL_METHOD;
		selx->obj = m;
	} else {
		if (under(t)->kind == TY_POINTER)
			x = implicit_unary(N_DEREF, x, under(t)->elem);
		selx->sel_kind = SEL_IFACEMETHOD;
	}
	selx->x = x;
	Node *call = wnode(N_CALL, sig->nresults == 1 ? sig->results[0]->type : NULL);
	call->x = selx;
	call->ellipsis = sig->variadic;
	if (sig->nresults == 0) {
		call->type = type_empty_tuple;
		call->mode = MODE_NOVALUE;
	} else if (sig->nresults > 1) {
		Type **ts = xalloc(sizeof(Type *) * sig->nresults);
		for (int i = 0; i < sig->nresults; i++)
			ts[i] = sig->results[i]->type;
		call->type = tuple_of(ts, sig->nresults);
	}
	for (int i = 0; i < w->params.len; i++)
		nodes_push(&call->list, wident(w->params.data[i]));
	Node *body = wnode(N_BLOCK, NULL);
	/* a promoted pointer method called through a pointer is a tail call
	 * (its results do not flow anywhere), unless it is inlined */
	bool tail = ws->promoted && ws->method && ws->method->ptr_recv && under(ws->recv_type)->kind == TY_POINTER &&
	            !(ws->method->func && inl_inlinable(ws->method->func));
	if (sig->nresults == 0 || tail) {
		Node *st = wnode(N_EXPRSTMT, NULL);
		st->x = call;
		nodes_push(&body->list, st);
	} else {
		Node *ret = wnode(N_RETURN, NULL);
		nodes_push(&ret->list, call);
		nodes_push(&body->list, ret);
	}
	w->body = body;
	return w;
}

static char *method_set_names(Type *t, Vec *names) {
	/* every method name reachable through embedding */
	Vec todo = {0}, seen = {0};
	vec_push(&todo, t);
	for (int i = 0; i < todo.len && i < 64; i++) {
		Type *x = todo.data[i];
		if (x->kind == TY_POINTER)
			x = x->elem;
		bool dup = false;
		for (int k = 0; k < seen.len; k++)
			dup |= seen.data[k] == x;
		if (dup)
			continue;
		vec_push(&seen, x);
		if (x->kind == TY_NAMED)
			for (int m = 0; m < x->methods.len; m++)
				vec_push(names, ((Obj *)x->methods.data[m])->name);
		Type *u = under(x);
		if (u->kind == TY_STRUCT) {
			for (int f = 0; f < u->nfields; f++)
				if (u->fields[f]->embedded)
					vec_push(&todo, u->fields[f]->type);
		} else if (u->kind == TY_INTERFACE && i > 0) {
			for (int f = 0; f < u->nfields; f++)
				vec_push(names, u->fields[f]->name);
		}
	}
	qsort(names->data, names->len, sizeof(void *), method_name_order);
	int k = 0;
	for (int i = 0; i < names->len; i++)
		if (!k || strcmp(names->data[k - 1], names->data[i]) != 0)
			names->data[k++] = names->data[i];
	names->len = k;
	return NULL;
}

static const char *wrapper_tname;

static char *method_wrapper_name(Type *recv, const char *m, const char *suffix) {
	Type *base = recv->kind == TY_POINTER ? recv->elem : recv;
	char *ts = ir_type_string(recv);
	if (wrapper_tname && base->kind == TY_NAMED)
		ts = recv->kind == TY_POINTER ? fmt("*%s", wrapper_tname) : (char *)wrapper_tname;
	if (recv->kind == TY_POINTER)
		return fmt("(%s).%s%s", ts, m, suffix);
	return fmt("%s.%s%s", ts, m, suffix);
}

/* A method name in a symbol: qualified by its package when unexported. */
static const char *link_method_name(Package *pkg, const char *m) {
	return exported_name(m) ? m : fmt("%s.%s", pkg->path, m);
}

/* An interface literal in a symbol (gc's LinkString): "interface {
 * main.m() }", unexported method names qualified. */
static char *link_iface_string(Package *pkg, Type *u) {
	Buf b = {0};
	buf_puts(&b, "interface { ");
	for (int i = 0; i < u->nfields; i++) {
		if (i)
			buf_puts(&b, "; ");
		buf_puts(&b, link_method_name(pkg, u->fields[i]->name));
		buf_puts(&b, ir_type_string(u->fields[i]->type) + 4); /* the signature, without "func" */
	}
	buf_puts(&b, " }");
	return buf_cstr(&b);
}

/* The wrappers of the named type t, in gc's order. */
static void type_wrappers(Package *pkg, Type *t, const char *tname, Vec *out) {
	Type *u = under(t);
	wrapper_tname = tname;
	if (u->kind == TY_INTERFACE) {
		Vec names = {0};
		for (int i = 0; i < u->nfields; i++)
			vec_push(&names, u->fields[i]->name);
		qsort(names.data, names.len, sizeof(void *), method_name_order);
		for (int i = 0; i < names.len; i++) {
			Field *m = NULL;
			for (int k = 0; k < u->nfields; k++)
				if (strcmp(u->fields[k]->name, names.data[i]) == 0)
					m = u->fields[k];
			WrapSpec ws = {0};
			ws.name = t->kind == TY_NAMED ? method_wrapper_name(t, m->name, "")
			                               : fmt("%s.%s", link_iface_string(pkg, u), link_method_name(pkg, m->name));
			ws.recv_type = t;
			ws.recv_name = "~p0";
			ws.recv_pos = autogen_pos();
			ws.sig = m->type;
			ws.mname = m->name;
			ws.iface = t;
			vec_push(out, build_wrapper(pkg, &ws));
		}
		return;
	}
	Vec names = {0};
	method_set_names(t, &names);
	Type *pt = pointer_to(t);
	for (int i = 0; i < names.len; i++) {
		Selection s = lookup_field_or_method(t, names.data[i], pkg);
		if (s.ambiguous || (s.kind != SEL_METHOD && s.kind != SEL_IFACEMETHOD))
			continue;
		bool promoted = s.depth > 0;
		Obj *m = s.kind == SEL_METHOD ? s.method : NULL;
		Type *sig = m ? m->type : s.field->type;
		for (int ptr = 0; ptr < 2; ptr++) {
			Type *rt = ptr ? pt : t;
			if (!promoted && (ptr ? m->ptr_recv : true))
				continue; /* the method itself */
			if (!ptr && promoted && m && m->ptr_recv && !s.indirect)
				continue; /* not in T's method set */
			WrapSpec ws = {0};
			ws.name = method_wrapper_name(rt, names.data[i], "");
			ws.recv_type = rt;
			ws.recv_name = "~p0";
			ws.recv_pos = autogen_pos();
			if (m && m->func && m->func->recv) {
				ws.recv_pos = m->func->recv->pos;
				if (m->func->recv->name && *m->func->recv->name && strcmp(m->func->recv->name, "_") != 0)
					ws.recv_name = m->func->recv->name;
			}
			ws.sig = sig;
			ws.method = m;
			ws.mname = names.data[i];
			ws.sel = s;
			ws.promoted = promoted;
			ws.mfunc = m ? m->func : NULL;
			vec_push(out, build_wrapper(pkg, &ws));
		}
	}
}

static void collect_method_values(Node *n, Vec *out, Node *callee) {
	if (!n || n->kind == N_FUNCLIT)
		return; /* a closure's body is read on its own */
	if (n->kind == N_SELECTOR && n != callee &&
	    (n->sel_kind == SEL_METHODVAL || n->sel_kind == SEL_IFACEMETHOD))
		vec_push(out, n);
	Node *c = n->kind == N_CALL ? skip_parens(n->x) : NULL;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		collect_method_values(kids[i], out, c);
	for (int i = 0; i < n->list.n; i++)
		collect_method_values(n->list.v[i], out, NULL);
	for (int i = 0; i < n->list2.n; i++)
		collect_method_values(n->list2.v[i], out, NULL);
}

static void direct_funclits(Node *n, Vec *out) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT) {
		if (n->fn && !n->fn->is_defer_wrapper)
			vec_push(out, n->fn);
		return;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		direct_funclits(kids[i], out);
	for (int i = 0; i < n->list.n; i++)
		direct_funclits(n->list.v[i], out);
	for (int i = 0; i < n->list2.n; i++)
		direct_funclits(n->list2.v[i], out);
}

/* A body and then its closures, the last one first: gc's reader keeps
 * the bodies still to read on a stack. */
static void reader_closure_order(Func *f, Vec *out) {
	vec_push(out, f);
	Vec lits = {0};
	direct_funclits(f->body, &lits);
	for (int i = lits.len - 1; i >= 0; i--)
		reader_closure_order(lits.data[i], out);
}

/* The functions of pkg in the order gc's reader reads their bodies: the
 * last declared first, each followed by its closures. */
static Vec reader_order(Package *pkg) {
	Vec decls = {0}, out = {0};
	for (int i = 0; i < pkg->files.len; i++) {
		Node *file = pkg->files.data[i];
		for (int d = 0; d < file->list.n; d++) {
			Node *decl = file->list.v[d];
			if (decl->kind == N_FUNCDECL && decl->fn && decl->fn->body)
				vec_push(&decls, decl->fn);
		}
	}
	for (int i = decls.len - 1; i >= 0; i--)
		reader_closure_order(decls.data[i], &out);
	return out;
}

/* The method value wrappers (T.M-fm) of the method values used in pkg. */
static void method_value_wrappers(Package *pkg, Vec *out) {
	wrapper_tname = NULL;
	Vec sels = {0};
	for (int i = 0; i < pkg->init_order.len; i++)
		collect_method_values(pkg->init_order.data[i], &sels, NULL);
	Vec fns = reader_order(pkg);
	for (int i = 0; i < fns.len; i++)
		collect_method_values(((Func *)fns.data[i])->body, &sels, NULL);
	Vec seen = {0};
	for (int i = 0; i < sels.len; i++) {
		Node *n = sels.data[i];
		Type *rt = n->x->type;
		char *name = method_wrapper_name(rt, n->name, "-fm");
		bool dup = false;
		for (int k = 0; k < seen.len; k++)
			dup |= strcmp(seen.data[k], name) == 0;
		if (dup)
			continue;
		vec_push(&seen, name);
		WrapSpec ws = {0};
		ws.name = name;
		ws.recv_type = rt;
		ws.recv_name = ".this";
		ws.recv_pos = autogen_pos();
		ws.mname = n->name;
		if (n->sel_kind == SEL_METHODVAL) {
			ws.method = n->obj;
			ws.sig = n->obj->type;
			ws.mfunc = n->obj->func;
		} else {
			ws.sig = n->type;
			ws.iface = rt;
			Type *iu = under(rt);
			for (int k = 0; k < iu->nfields; k++)
				if (strcmp(iu->fields[k]->name, n->name) == 0)
					ws.sig = iu->fields[k]->type;
		}
		vec_push(out, build_wrapper(pkg, &ws));
	}
}

/* ---- the order of gc's wrapper types ----
 *
 * gc generates the wrappers of the types its reader met, in the order it
 * met them: the types of the package's declarations in source order (a
 * type after the types its definition and its methods' signatures refer
 * to), then those used in function bodies, the last function's first.
 * Named types of other packages, pointer types and types without methods
 * need none.  Local types are named T·N (N counts them in the package). */

typedef struct WrapTypes {
	Package *pkg;
	Vec types;    /* Type*: in order */
	Vec seen;     /* Type* */
	Vec local;    /* Type*, char*: names of local types */
	int nlocal;
	bool inline_closures; /* visit closures' bodies where they appear (source order) */
} WrapTypes;

static void wt_visit(WrapTypes *w, Type *t);

static void wt_fields(WrapTypes *w, Field **fs, int n) {
	for (int i = 0; i < n; i++)
		wt_visit(w, fs[i]->type);
}

static bool wt_has_methods(Type *t) {
	Type *u = under(t);
	if (u->kind == TY_INTERFACE)
		return u->nfields > 0;
	if (t->kind == TY_NAMED && t->methods.len)
		return true;
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i]->embedded && wt_has_methods(u->fields[i]->type->kind == TY_POINTER ? u->fields[i]->type->elem
			                                                                                   : u->fields[i]->type))
				return true;
	return false;
}

static void wt_visit(WrapTypes *w, Type *t) {
	if (!t)
		return;
	for (int i = 0; i < w->seen.len; i++)
		if (w->seen.data[i] == t || (t->kind != TY_NAMED && types_identical(w->seen.data[i], t)))
			return;
	vec_push(&w->seen, t);
	Type *u = t->kind == TY_NAMED ? t->underlying : t;
	if (!u)
		return;
	if (t->kind == TY_NAMED && t->obj && t->obj->pkg != w->pkg)
		return; /* another package's: its wrappers exist */
	switch (u->kind) {
	case TY_POINTER: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
		wt_visit(w, u->elem);
		break;
	case TY_MAP:
		wt_visit(w, u->key);
		wt_visit(w, u->elem);
		break;
	case TY_STRUCT:
		wt_fields(w, u->fields, u->nfields);
		break;
	case TY_INTERFACE: case TY_FUNC:
		if (u->kind == TY_FUNC) {
			wt_fields(w, u->fields, u->nfields);
			wt_fields(w, u->results, u->nresults);
		} else {
			for (int i = 0; i < u->nfields; i++)
				wt_visit(w, u->fields[i]->type);
		}
		break;
	default:
		break;
	}
	if (t->kind == TY_NAMED)
		for (int i = 0; i < t->methods.len; i++)
			wt_visit(w, ((Obj *)t->methods.data[i])->type);
	if (t->kind != TY_POINTER && u->kind != TY_POINTER && wt_has_methods(t))
		vec_push(&w->types, t);
}

/* types used in a function body, in source order */
static void wt_body(WrapTypes *w, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case N_TYPESPEC:
		if (!n->alias && n->x && n->x->obj && n->x->obj->type) {
			vec_push(&w->local, n->x->obj->type);
			vec_push(&w->local, fmt("%s\xc2\xb7%d", n->x->obj->name, ++w->nlocal));
			wt_visit(w, n->x->obj->type);
		}
		return;
	case N_COMPOSITE: case N_TYPEASSERT:
		if (n->type)
			wt_visit(w, n->type);
		break;
	case N_CONV:
		if (!n->implicit && n->type)
			wt_visit(w, n->type);
		break;
	case N_VALUESPEC:
		for (int i = 0; i < n->list.n; i++)
			if (n->list.v[i]->obj)
				wt_visit(w, n->list.v[i]->obj->type);
		break;
	case N_FUNCLIT:
		if (n->type)
			wt_visit(w, n->type);
		if (w->inline_closures && n->fn)
			wt_body(w, n->fn->body);
		return; /* otherwise its body is read on its own */
	default:
		if (n->mode == MODE_TYPE && n->type) {
			wt_visit(w, n->type);
			return;
		}
		break;
	}
	Node *kids[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		wt_body(w, kids[i]);
	for (int i = 0; i < n->list.n; i++)
		wt_body(w, n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		wt_body(w, n->list2.v[i]);
}

static const char *wrapper_type_name(WrapTypes *w, Type *t) {
	for (int i = 0; i + 1 < w->local.len; i += 2)
		if (w->local.data[i] == t)
			return w->local.data[i + 1];
	return NULL;
}

/* The wrappers gc generates with pkg, in its order; built once, after
 * inlining decided what is inlinable (inline.c inlines into them). */
static Vec built_wrappers;
static Package *built_for;

Vec *package_wrappers(Package *pkg) {
	if (built_for == pkg)
		return &built_wrappers;
	built_for = pkg;
	WrapTypes w = {pkg, {0}, {0}, {0}, 0, false};
	Vec bodies = {0};
	for (int i = 0; i < pkg->files.len; i++) {
		Node *file = pkg->files.data[i];
		for (int d = 0; d < file->list.n; d++) {
			Node *decl = file->list.v[d];
			if (decl->kind == N_FUNCDECL && decl->fn) {
				Func *f = decl->fn;
				if (f->recv)
					wt_visit(&w, f->recv->type);
				wt_visit(&w, f->type);
				if (f->body)
					vec_push(&bodies, f->body);
				continue;
			}
			if (decl->kind != N_GENDECL)
				continue;
			for (int k = 0; k < decl->list.n; k++) {
				Node *spec = decl->list.v[k];
				if (decl->op == TK_TYPE && !spec->alias && spec->x && spec->x->obj && spec->x->obj->type)
					wt_visit(&w, spec->x->obj->type);
				else if (decl->op == TK_VAR)
					for (int v = 0; v < spec->list.n; v++)
						if (spec->list.v[v]->obj)
							wt_visit(&w, spec->list.v[v]->obj->type);
			}
		}
	}
	/* local number the types declared in bodies in source order, then
	 * visit the bodies the way gc's reader does: the last one first */
	int before = w.types.len;
	WrapTypes numbering = w;
	numbering.types = (Vec){0};
	numbering.seen = (Vec){0};
	for (int i = 0; i < w.seen.len; i++)
		vec_push(&numbering.seen, w.seen.data[i]);
	numbering.inline_closures = true; /* local types are numbered in source order */
	for (int i = 0; i < bodies.len; i++)
		wt_body(&numbering, bodies.data[i]);
	w.local = numbering.local;
	Vec order = reader_order(pkg);
	for (int i = 0; i < order.len; i++)
		wt_body(&w, ((Func *)order.data[i])->body);
	(void)before;
	Vec ws = {0};
	for (int i = 0; i < w.types.len; i++)
		type_wrappers(pkg, w.types.data[i], wrapper_type_name(&w, w.types.data[i]), &ws);
	method_value_wrappers(pkg, &ws);
	built_wrappers = ws;
	return &built_wrappers;
}

/* Analyse the wrappers of the package being reported, for their -m=2
 * explanations. */
void analyze_wrappers(Package *pkg) {
	Vec *ws = package_wrappers(pkg);
	for (int i = 0; i < ws->len; i++) {
		Vec one = {0};
		vec_push(&one, ws->data[i]);
		analyze_batch(&one);
	}
}
