/*
 * check.c — the type checker's package level.
 *
 * For each package (dependencies first) the checker
 *   1. collects every top-level declaration into the package scope (imports
 *      into per-file scopes) and attaches methods to their receiver types;
 *   2. resolves the objects in source order; an object used before its
 *      declaration is resolved on demand (resolve_obj), which is what lets
 *      Go declarations appear in any order;
 *   3. checks function bodies (and func literals inside them);
 *   4. computes the initialization order of package variables (the spec's
 *      "earliest ready variable in declaration order", with dependencies
 *      through function bodies) and synthesizes the package's init function;
 *   5. reports unused imports.
 */
#include "check.h"

Checker ck;
Vec resolving_types;

static void check_package(Package *pkg);

/* Package unsafe: the type Pointer and its built-in functions. */
static void declare_unsafe(Package *p) {
	p->scope = new_scope(NULL, NULL);
	Obj *ptr = new_obj(OBJ_TYPE, "Pointer", nopos, type_unsafe_pointer);
	ptr->pkg = p;
	scope_insert(p->scope, ptr);
	static const struct { const char *name; Builtin b; } fns[] = {
		{"Sizeof", BI_SIZEOF}, {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF}, {"Add", BI_ADD},
		{"Slice", BI_SLICE}, {"SliceData", BI_SLICEDATA}, {"String", BI_STRING}, {"StringData", BI_STRINGDATA},
	};
	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
		Obj *o = new_obj(OBJ_BUILTIN, (char *)fns[i].name, nopos, type_invalid);
		o->builtin = fns[i].b;
		o->pkg = p;
		scope_insert(p->scope, o);
	}
}

void check_program(Program *prog) {
	ck.prog = prog;
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		if (p->is_unsafe)
			declare_unsafe(p);
		else
			check_package(p);
		p->checked = true;
		exit_if_errors();
	}
}

/* ---- declaring objects ---- */

static bool is_blank(const char *name) { return strcmp(name, "_") == 0; }

void declare_obj(Scope *s, Obj *o, Node *at) {
	if (is_blank(o->name))
		return;
	Obj *old = scope_insert(s, o);
	if (old) {
		Pos p = at ? at->pos : o->pos;
		if (pos_valid(old->pos))
			error_at(p, "%s redeclared in this block\n\t%s: other declaration of %s", o->name, pos_str(old->pos), o->name);
		else
			error_at(p, "%s redeclared in this block", o->name);
	}
}

/* A package-level object whose declaration is being resolved uses obj. */
void record_use(Obj *o) {
	if (!ck.decl || !o || o->pkg != ck.pkg)
		return;
	if (o->kind != OBJ_VAR && o->kind != OBJ_FUNC)
		return;
	if (o->kind == OBJ_VAR && !o->global)
		return;
	for (int i = 0; i < ck.decl->deps.len; i++)
		if (ck.decl->deps.data[i] == o)
			return;
	vec_push(&ck.decl->deps, o);
}

Func *new_func(char *name, Package *pkg) {
	static int next_id;
	Func *f = xalloc(sizeof *f);
	f->name = name;
	f->pkg = pkg;
	f->id = ++next_id;
	return f;
}

/* Dot imports: import . "path" declares the exported names of the
 * package's scope in the file scope.  Each such name remembers its import,
 * so that using the name uses the import. */
static Vec dot_imports;    /* Obj* (OBJ_PKG named "."), of the package being checked */
static Map dot_import_of;  /* "<file scope>:<name>" -> the dot import's OBJ_PKG */

static char *dot_key(Scope *file_scope, const char *name) { return fmt("%p:%s", (void *)file_scope, name); }

static bool is_exported_name(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

static void collect_dot_import(Obj *pkgname, Scope *file_scope) {
	Scope *ps = pkgname->imported->scope;
	vec_push(&dot_imports, pkgname);
	for (int i = 0; ps && i < ps->objs.len; i++) {
		Obj *o = ps->objs.data[i];
		if (!is_exported_name(o->name))
			continue;
		Obj *old = scope_insert(file_scope, o);
		if (old) {
			error_at(pkgname->pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->name,
			         pos_str(old->pos), o->name);
			continue;
		}
		map_put(&dot_import_of, dot_key(file_scope, o->name), pkgname);
	}
}

/* The scope lookup of the checker: a name declared by a dot import marks
 * the import used. */
Obj *lookup_name(const char *name) {
	Scope *found = NULL;
	Obj *o = scope_lookup(ck.scope, name, &found);
	if (o && o->kind != OBJ_PKG && found && !found->fn && found->outer == ck.pkg->scope) {
		Obj *pkgname = map_get(&dot_import_of, dot_key(found, name));
		if (pkgname)
			pkgname->used = true;
	}
	return o;
}

static void collect_import(Node *spec, Scope *file_scope) {
	Package *imp = map_get(&ck.prog->by_path, spec->str);
	if (!imp)
		return;
	char *name = imp->name;
	if (spec->x) {
		name = spec->x->name;
		if (is_blank(name))
			return;
	}
	Obj *o = new_obj(OBJ_PKG, name, spec->x ? spec->x->pos : spec->pos, NULL);
	o->imported = imp;
	o->pkg = ck.pkg;
	o->decl = spec;
	if (strcmp(name, ".") == 0) {
		collect_dot_import(o, file_scope);
		return;
	}
	Obj *old = scope_insert(file_scope, o);
	if (old)
		error_at(o->pos, "%s redeclared in this block", name);
}

/* ---- implicitly repeated constant expressions ---- */

static Node *clone_tree(Node *n);

static Nodes clone_list(Nodes l) {
	Nodes out = {0};
	for (int i = 0; i < l.n; i++)
		nodes_push(&out, clone_tree(l.v[i]));
	return out;
}

/* A copy of an unchecked expression tree. */
static Node *clone_tree(Node *n) {
	if (!n)
		return NULL;
	Node *c = new_node(n->kind, n->pos);
	*c = *n;
	Node **kids[] = {&c->x, &c->y, &c->z, &c->w, &c->init, &c->cond, &c->post, &c->body, &c->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		*kids[i] = clone_tree(*kids[i]);
	c->list = clone_list(n->list);
	c->list2 = clone_list(n->list2);
	return c;
}

/* In "const ( p = float32(iota); q )" the parser gives q's spec the nodes
 * of p's.  The checker rewrites nodes in place (float32(iota) becomes a
 * conversion), so each repetition gets its own copy before anything in
 * the declaration is checked; q's copy is then checked with q's iota. */
void unshare_const_exprs(Node *decl) {
	if (decl->op != TK_CONST)
		return;
	for (int i = 0; i < decl->list.n; i++) {
		Node *spec = decl->list.v[i];
		if (!spec->implicit)
			continue;
		spec->x = clone_tree(spec->x);
		spec->list2 = clone_list(spec->list2);
	}
}

static void collect_value_specs(Node *d, Scope *s) {
	unshare_const_exprs(d);
	for (int k = 0; k < d->list.n; k++) {
		Node *spec = d->list.v[k];
		for (int j = 0; j < spec->list.n; j++) {
			Node *nm = spec->list.v[j];
			Obj *o = new_obj(d->op == TK_CONST ? OBJ_CONST : OBJ_VAR, nm->name, nm->pos, NULL);
			o->pkg = ck.pkg;
			o->spec = spec;
			o->decl = nm;
			o->index = j;
			o->global = true;
			nm->obj = o;
			declare_obj(s, o, nm);
			if (d->op == TK_VAR && !is_blank(nm->name))
				vec_push(&ck.pkg->globals, o);
			if (d->op == TK_VAR && is_blank(nm->name))
				vec_push(&ck.pkg->globals, o);
		}
	}
}

static void collect_type_spec(Node *spec, Scope *s) {
	Node *nm = spec->x;
	Obj *o = new_obj(OBJ_TYPE, nm->name, nm->pos, NULL);
	o->pkg = ck.pkg;
	o->spec = spec;
	o->decl = nm;
	nm->obj = o;
	if (!spec->alias) {
		Type *t = new_type(TY_NAMED);
		t->obj = o;
		o->type = t;
	}
	declare_obj(s, o, nm);
}

static Vec pending_methods; /* N_FUNCDECL with receivers */

static void collect_func(Node *d, Scope *s) {
	char *name = d->x->name;
	Func *fn = new_func(NULL, ck.pkg);
	fn->decl = d;
	fn->body = d->body;
	fn->pragmas = d->pragmas;
	d->fn = fn;
	Obj *o = new_obj(OBJ_FUNC, name, d->x->pos, NULL);
	o->pkg = ck.pkg;
	o->decl = d->x;
	o->spec = d;
	o->func = fn;
	fn->obj = o;
	d->x->obj = o;
	if (d->init) {
		vec_push(&pending_methods, d);
		return;
	}
	fn->name = fmt("%s.%s", ck.pkg->path, name);
	if (strcmp(name, "init") == 0) {
		fn->is_init = true;
		fn->name = fmt("%s.init.%d", ck.pkg->path, ck.pkg->inits.len);
		vec_push(&ck.pkg->inits, fn);
		if (d->y->list.n || d->y->list2.n)
			error_at(d->x->pos, "func init must have no arguments and no return values");
		if (!d->body)
			error_at(d->x->pos, "missing function body");
		return;
	}
	if (strcmp(name, "main") == 0 && ck.pkg->is_main && (d->y->list.n || d->y->list2.n))
		error_at(d->x->pos, "func main must have no arguments and no return values");
	if (is_blank(name))
		return;
	declare_obj(s, o, d->x);
}

/* The receiver's base type name: T in "func (r T)", "func (r *T)". */
static Node *recv_base_name(Node *t, bool *ptr) {
	*ptr = false;
	while (t->kind == N_PAREN)
		t = t->x;
	if (t->kind == N_STAR) {
		*ptr = true;
		t = t->x;
		while (t->kind == N_PAREN)
			t = t->x;
	}
	return t;
}

static void attach_method(Node *d) {
	bool ptr;
	Node *base = recv_base_name(d->init->x, &ptr);
	Obj *m = d->x->obj;
	m->ptr_recv = ptr;
	if (base->kind != N_IDENT) {
		error_at(base->pos, "invalid receiver type %s", node_string(d->init->x));
		return;
	}
	Obj *tobj = scope_lookup_local(ck.pkg->scope, base->name);
	if (!tobj) {
		Obj *u = scope_lookup(universe, base->name, NULL);
		if (u && u->kind == OBJ_TYPE)
			error_at(base->pos, "cannot define new methods on non-local type %s", base->name);
		else
			error_at(base->pos, "undefined: %s", base->name);
		return;
	}
	if (tobj->kind != OBJ_TYPE) {
		error_at(base->pos, "%s is not a type", base->name);
		return;
	}
	resolve_obj(tobj);
	Type *t = tobj->type;
	if (t->kind != TY_NAMED) {
		error_at(base->pos, "cannot define new methods on non-local type %s", typestr(t));
		return;
	}
	Type *u = under(t);
	if (u->kind == TY_POINTER || u->kind == TY_INTERFACE) {
		error_at(base->pos, "invalid receiver type %s (pointer or interface type)", base->name);
		return;
	}
	m->recv_type = t;
	Func *fn = m->func;
	fn->name = ptr ? fmt("%s.(*%s).%s", ck.pkg->path, tobj->name, m->name)
	               : fmt("%s.%s.%s", ck.pkg->path, tobj->name, m->name);
	if (is_blank(m->name))
		return;
	for (int i = 0; i < t->methods.len; i++) {
		Obj *other = t->methods.data[i];
		if (strcmp(other->name, m->name) == 0) {
			error_at(m->pos, "method %s.%s already declared at %s", tobj->name, m->name, pos_str(other->pos));
			return;
		}
	}
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			if (strcmp(u->fields[i]->name, m->name) == 0) {
				error_at(m->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
				         m->name, pos_str(u->fields[i]->pos), m->name);
				return;
			}
	}
	vec_push(&t->methods, m);
}

static void collect_decls(Package *pkg) {
	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.data[i];
		Scope *fs = new_scope(pkg->scope, NULL);
		vec_push(&pkg->file_scopes, fs);
		f->scope = fs;
		for (int j = 0; j < f->list.n; j++) {
			Node *d = f->list.v[j];
			if (d->kind == N_FUNCDECL) {
				collect_func(d, pkg->scope);
				continue;
			}
			switch (d->op) {
			case TK_IMPORT:
				for (int k = 0; k < d->list.n; k++)
					collect_import(d->list.v[k], fs);
				break;
			case TK_CONST: case TK_VAR:
				collect_value_specs(d, pkg->scope);
				break;
			case TK_TYPE:
				for (int k = 0; k < d->list.n; k++)
					collect_type_spec(d->list.v[k], pkg->scope);
				break;
			default:
				break;
			}
		}
	}
	/* imports must not clash with package-level names */
	for (int i = 0; i < pkg->file_scopes.len; i++) {
		Scope *fs = pkg->file_scopes.data[i];
		for (int k = 0; k < fs->objs.len; k++) {
			Obj *imp = fs->objs.data[k];
			Obj *o = scope_lookup_local(pkg->scope, imp->name);
			if (!o)
				continue;
			if (imp->kind == OBJ_PKG) {
				error_at(o->pos, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
				         o->name, imp->imported->name, imp->imported->path, pos_str(imp->pos), o->name);
				continue;
			}
			Obj *dot = map_get(&dot_import_of, dot_key(fs, imp->name));
			error_at(o->pos, "%s already declared through dot-import of package %s (\"%s\")\n\t%s: other declaration of %s",
			         o->name, dot->imported->name, dot->imported->path, pos_str(imp->pos), o->name);
		}
	}
}

/* ---- resolving package-level objects ---- */

static Scope *file_scope_of(Node *n) {
	Package *pkg = ck.pkg;
	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.data[i];
		if (f->pos.file == n->pos.file)
			return f->scope;
	}
	return pkg->scope;
}

static void resolve_const(Obj *o) {
	Node *spec = o->spec;
	Type *t = NULL;
	if (spec->x) {
		t = check_type(spec->x);
		if (t != type_invalid && !is_const_type(t)) {
			error_at(spec->x->pos, "invalid constant type %s", typestr(t));
			t = type_invalid;
		}
	}
	if (o->index >= spec->list2.n) {
		if (o->index == spec->list2.n)
			error_at(o->pos, spec->implicit ? "missing init expr for const declaration" : "missing init expr for const declaration");
		o->type = type_invalid;
		return;
	}
	bool saved_in_const = ck.in_const;
	int64_t saved_iota = ck.iota;
	ck.in_const = true;
	ck.iota = spec->iota;
	/* a repeated (implicit) constant expression is re-checked with the new iota */
	Node **np = &spec->list2.v[o->index];
	Node *e = *np;
	check_expr(e);
	if (e->mode == MODE_INVALID) {
		o->type = type_invalid;
	} else if (e->mode != MODE_CONST) {
		if (e->mode != MODE_INVALID)
			error_at(e->pos, "%s is not constant", operand_string(e));
		o->type = type_invalid;
	} else {
		if (t) {
			Node *tmp = e;
			assign_to(&tmp, t, "constant declaration");
			o->type = t;
			o->cval = tmp->cval ? tmp->cval : e->cval;
		} else {
			o->type = e->type;
			o->cval = e->cval;
		}
	}
	if (o->index == spec->list.n - 1 && spec->list2.n > spec->list.n)
		error_at(spec->list2.v[spec->list.n]->pos, "extra init expr");
	ck.in_const = saved_in_const;
	ck.iota = saved_iota;
}

/* A package-level var spec: all its names are resolved together. */
static void resolve_var_spec(Node *spec) {
	Type *t = spec->x ? check_type(spec->x) : NULL;
	int nl = spec->list.n, nr = spec->list2.n;
	Obj *first = spec->list.v[0]->obj;
	Obj *saved_decl = ck.decl;
	ck.decl = first;
	for (int j = 0; j < nl; j++) {
		Obj *o = spec->list.v[j]->obj;
		o->type = t;
		o->state = 1;
	}
	if (nr == 0) {
		for (int j = 0; j < nl; j++)
			spec->list.v[j]->obj->state = 2;
		ck.decl = saved_decl;
		return;
	}
	if (nl == nr) {
		for (int j = 0; j < nl; j++) {
			Obj *o = spec->list.v[j]->obj;
			ck.decl = o;
			check_expr(spec->list2.v[j]);
			if (t) {
				assign_to(&spec->list2.v[j], t, "variable declaration");
			} else {
				check_value(spec->list2.v[j]);
				if (spec->list2.v[j]->mode != MODE_INVALID && spec->list2.v[j]->type->kind == TY_UNTYPED_NIL) {
					error_at(spec->list2.v[j]->pos, "use of untyped nil in variable declaration");
					spec->list2.v[j]->mode = MODE_INVALID;
				}
				default_untyped(&spec->list2.v[j]);
				o->type = spec->list2.v[j]->mode == MODE_INVALID ? type_invalid : spec->list2.v[j]->type;
			}
			o->state = 2;
		}
	} else if (nr == 1) {
		Node *e = spec->list2.v[0];
		check_expr(e);
		Type *tt = e->type;
		if (e->mode != MODE_INVALID && tt && tt->kind == TY_TUPLE && tt->nfields == nl) {
			for (int j = 0; j < nl; j++) {
				Obj *o = spec->list.v[j]->obj;
				o->type = t ? t : tt->fields[j]->type;
				if (t) {
					char *cause = NULL;
					Node tmp = {0};
					tmp.kind = N_BAD;
					tmp.mode = MODE_VALUE;
					tmp.type = tt->fields[j]->type;
					if (!is_assignable(&tmp, t, &cause))
						error_at(e->pos, "cannot use %s value as %s value in assignment", typestr(tt->fields[j]->type), typestr(t));
				}
			}
		} else if (e->mode != MODE_INVALID && (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX) && nl == 2) {
			Obj *o0 = spec->list.v[0]->obj, *o1 = spec->list.v[1]->obj;
			e->comma_ok = true;
			if (t)
				assign_to(&spec->list2.v[0], t, "variable declaration");
			else
				default_untyped(&spec->list2.v[0]);
			o0->type = t ? t : spec->list2.v[0]->type;
			o1->type = t ? t : type_bool;
			mark_comma_ok_conversion(spec->list2.v[0], e, spec->list.v[0]->pos);
		} else if (e->mode != MODE_INVALID) {
			error_at(spec->list.v[0]->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
			         nl == 1 ? "" : "s", node_string(e), tt && tt->kind == TY_TUPLE ? tt->nfields : 1,
			         tt && tt->kind == TY_TUPLE && tt->nfields == 1 ? "" : "s");
		}
		for (int j = 0; j < nl; j++) {
			Obj *o = spec->list.v[j]->obj;
			if (!o->type)
				o->type = type_invalid;
			o->state = 2;
		}
	} else {
		error_at(spec->list.v[0]->pos, "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s", nr,
		         nr == 1 ? "" : "s");
		for (int j = 0; j < nl; j++) {
			Obj *o = spec->list.v[j]->obj;
			if (!o->type)
				o->type = type_invalid;
			o->state = 2;
		}
	}
	ck.decl = saved_decl;
}

static void resolve_type(Obj *o) {
	Node *spec = o->spec;
	if (spec->alias) {
		o->type = check_type(spec->y);
		return;
	}
	declare_underlying(o, spec->y);
}

static void resolve_func(Obj *o) {
	Node *d = o->spec;
	Func *fn = o->func;
	Obj *recv = NULL;
	if (d->init) {
		Node *rf = d->init;
		char *rname = rf->list.n ? rf->list.v[0]->name : "_";
		recv = new_obj(OBJ_VAR, rname, rf->list.n ? rf->list.v[0]->pos : rf->pos, NULL);
		recv->param = true;
		recv->is_recv = true;
		recv->pkg = ck.pkg;
		recv->type = check_type(rf->x);
		recv->func = fn;
		if (rf->list.n)
			rf->list.v[0]->obj = recv;
		fn->recv = recv;
	}
	o->type = func_type_of(d->y, fn, recv);
	fn->type = o->type;
	if (!d->body && !ck.pkg->is_main && !o->recv_type) {
		/* a declaration without body: implemented elsewhere (assembly or C) */
	} else if (!d->body) {
		error_at(d->x->pos, "missing function body");
	}
}

void resolve_obj(Obj *o) {
	if (!o || o->state == 2 || o->pkg != ck.pkg)
		return;
	if (o->kind == OBJ_VAR && !o->global)
		return; /* locals are declared before use */
	if (o->state == 1) {
		if (o->kind == OBJ_TYPE || o->kind == OBJ_FUNC)
			return; /* a type may refer to itself; a function to itself */
		if (o->kind == OBJ_CONST) {
			error_at(o->pos, "initialization cycle or recursive constant definition of %s", o->name);
			o->type = type_invalid;
			o->state = 2;
		}
		return;
	}
	Package *saved_pkg = ck.pkg;
	Scope *saved_scope = ck.scope;
	Func *saved_fn = ck.fn;
	Obj *saved_decl = ck.decl;
	ck.scope = file_scope_of(o->spec ? o->spec : o->decl);
	ck.fn = NULL;
	ck.decl = o->kind == OBJ_FUNC ? o : NULL;
	o->state = 1;
	switch (o->kind) {
	case OBJ_CONST:
		resolve_const(o);
		break;
	case OBJ_VAR:
		resolve_var_spec(o->spec);
		break;
	case OBJ_TYPE:
		resolve_type(o);
		break;
	case OBJ_FUNC:
		resolve_func(o);
		break;
	default:
		break;
	}
	o->state = 2;
	ck.pkg = saved_pkg;
	ck.scope = saved_scope;
	ck.fn = saved_fn;
	ck.decl = saved_decl;
}

/* ---- initialization order ---- */

/* Every package variable that v's initializer reaches, through function
 * bodies too. */
static void var_deps(Obj *o, Vec *out, Vec *visited) {
	for (int i = 0; i < visited->len; i++)
		if (visited->data[i] == o)
			return;
	vec_push(visited, o);
	for (int i = 0; i < o->deps.len; i++) {
		Obj *d = o->deps.data[i];
		if (d->kind == OBJ_VAR) {
			bool dup = false;
			for (int k = 0; k < out->len; k++)
				if (out->data[k] == d)
					dup = true;
			if (!dup)
				vec_push(out, d);
		} else if (d->kind == OBJ_FUNC) {
			var_deps(d, out, visited);
		}
	}
}

typedef struct InitUnit {
	Vec lhs;      /* Obj* */
	Node *spec;
	int value;    /* index of the value in spec->list2, or -1 for a tuple */
	Vec deps;     /* Obj*: variables that must be initialized first */
	bool done;
} InitUnit;

static Node *ident_for(Obj *o) { return new_ident_node(o, o->pos); }

/* A dependency path from "from" to "to" (types2's findPath): the list
 * {to, ..., from} reversed, or an empty vector. */
static bool find_path(Obj *from, Obj *to, Vec *seen, Vec *path) {
	for (int i = 0; i < seen->len; i++)
		if (seen->data[i] == from)
			return false;
	vec_push(seen, from);
	/* dependencies in source order */
	Vec deps = {0};
	for (int i = 0; i < from->deps.len; i++)
		vec_push(&deps, from->deps.data[i]);
	for (int i = 1; i < deps.len; i++)
		for (int j = i; j > 0 && ((Obj *)deps.data[j - 1])->id > ((Obj *)deps.data[j])->id; j--) {
			void *t = deps.data[j];
			deps.data[j] = deps.data[j - 1];
			deps.data[j - 1] = t;
		}
	for (int i = 0; i < deps.len; i++) {
		Obj *d = deps.data[i];
		if (d == to) {
			vec_push(path, d);
			return true;
		}
		if (find_path(d, to, seen, path)) {
			vec_push(path, d);
			return true;
		}
	}
	return false;
}

static void report_init_cycle(InitUnit *u) {
	Obj *o = u->lhs.data[0];
	Vec seen = {0}, cycle = {0};
	if (!find_path(o, o, &seen, &cycle) || cycle.len == 0) {
		error_at(o->pos, "initialization cycle: %s refers to itself", o->name);
		return;
	}
	if (cycle.len == 1) {
		error_at(o->pos, "initialization cycle: %s refers to itself", o->name);
		return;
	}
	Buf b = {0};
	Obj *obj = cycle.data[0];
	buf_printf(&b, "initialization cycle for %s", obj->name);
	for (int j = cycle.len - 1; j >= 0; j--) {
		Obj *next = cycle.data[j];
		buf_printf(&b, "\n\t%s: %s refers to %s", pos_str(obj->pos), obj->name, next->name);
		obj = next;
	}
	error_at(((Obj *)cycle.data[0])->pos, "%s", buf_cstr(&b));
}

/* Package variables in initialization order, as types2 computes it: every
 * package variable is a node whose dependencies are the variables its
 * initializer reaches (through function bodies); repeatedly take the node
 * with the fewest dependencies not yet taken, the earliest declared among
 * equals, and emit its initializer if it has one.  (Constants come before
 * all variables in types2's queue, so they never delay one.)  In
 *
 *     var a = f("a", x)   // f reads sp
 *     var e = f("e")
 *     var x int
 *     var sp = ""
 *
 * sp goes first (no dependencies), then e (one, now taken) before x, and
 * only then a. */
static void compute_init_order(Package *pkg) {
	int n = pkg->globals.len;
	InitUnit **unit_of = xalloc(sizeof(InitUnit *) * (n + 1));
	int *ndeps = xalloc(sizeof(int) * (n + 1));
	bool *taken = xalloc(sizeof(bool) * (n + 1));
	for (int i = 0; i < n; i++) {
		Obj *o = pkg->globals.data[i];
		Node *spec = o->spec;
		InitUnit *u = NULL;
		if (spec->list2.n == spec->list.n || o->index == 0) {
			u = xalloc(sizeof *u);
			u->spec = spec;
			if (spec->list2.n == spec->list.n) {
				vec_push(&u->lhs, o);
				u->value = o->index;
			} else {
				for (int j = 0; j < spec->list.n; j++)
					vec_push(&u->lhs, spec->list.v[j]->obj);
				u->value = -1;
			}
			Vec visited = {0};
			for (int j = 0; j < u->lhs.len; j++)
				var_deps(u->lhs.data[j], &u->deps, &visited);
		} else {
			/* a later variable of "a, b = f()": a's unit */
			for (int k = 0; k < i; k++)
				if (((Obj *)pkg->globals.data[k])->spec == spec)
					u = unit_of[k];
		}
		unit_of[i] = u;
		ndeps[i] = u ? u->deps.len : 0;
	}
	for (int round = 0; round < n; round++) {
		int pick = -1;
		for (int i = 0; i < n; i++)
			if (!taken[i] && (pick < 0 || ndeps[i] < ndeps[pick] ||
			                  (ndeps[i] == ndeps[pick] && ((Obj *)pkg->globals.data[i])->id <
			                                                  ((Obj *)pkg->globals.data[pick])->id)))
				pick = i;
		InitUnit *u = unit_of[pick];
		if (ndeps[pick] > 0) {
			report_init_cycle(u);
			return;
		}
		taken[pick] = true;
		Obj *o = pkg->globals.data[pick];
		for (int i = 0; i < n; i++)
			if (!taken[i] && unit_of[i])
				for (int k = 0; k < unit_of[i]->deps.len; k++)
					if (unit_of[i]->deps.data[k] == o)
						ndeps[i]--;
		if (!u || !u->spec->list2.n || u->done)
			continue;
		u->done = true;
		Node *a = new_node(N_ASSIGN, ((Obj *)u->lhs.data[0])->pos);
		a->op = TK_ASSIGN;
		for (int j = 0; j < u->lhs.len; j++)
			nodes_push(&a->list, ident_for(u->lhs.data[j]));
		nodes_push(&a->list2, u->spec->list2.v[u->value >= 0 ? u->value : 0]);
		vec_push(&pkg->init_order, a);
	}
}

/* The package initializer "pkg.init": variable initialization in order,
 * then the init functions in source order. */
static void synthesize_init(Package *pkg) {
	Func *fn = new_func(fmt("%s.init", pkg->path), pkg);
	fn->type = new_type(TY_FUNC);
	Node *body = new_node(N_BLOCK, nopos);
	for (int i = 0; i < pkg->init_order.len; i++)
		nodes_push(&body->list, pkg->init_order.data[i]);
	for (int i = 0; i < pkg->inits.len; i++) {
		Func *init = pkg->inits.data[i];
		Node *call = new_node(N_CALL, nopos);
		Node *callee = new_node(N_IDENT, nopos);
		callee->name = init->name;
		callee->obj = init->obj;
		callee->type = init->obj->type;
		callee->mode = MODE_VALUE;
		call->x = callee;
		call->type = type_empty_tuple;
		call->mode = MODE_NOVALUE;
		Node *st = new_node(N_EXPRSTMT, nopos);
		st->x = call;
		nodes_push(&body->list, st);
	}
	fn->body = body;
	fn->is_wrapper = true;
	vec_push(&pkg->funcs, fn);
	pkg->init_func = fn;
}

/* ---- imports ---- */

static void report_unused_import(Obj *o) {
	Node *spec = o->decl;
	if (spec->x && strcmp(spec->x->name, o->imported->name) != 0 && strcmp(spec->x->name, ".") != 0)
		error_at(spec->pos, "\"%s\" imported as %s and not used", o->imported->path, spec->x->name);
	else
		error_at(spec->pos, "\"%s\" imported and not used", o->imported->path);
}

static void check_unused_imports(Package *pkg) {
	for (int i = 0; i < pkg->file_scopes.len; i++) {
		Scope *fs = pkg->file_scopes.data[i];
		for (int k = 0; k < fs->objs.len; k++) {
			Obj *o = fs->objs.data[k];
			if (o->kind == OBJ_PKG && !o->used)
				report_unused_import(o);
		}
	}
	for (int i = 0; i < dot_imports.len; i++) {
		Obj *o = dot_imports.data[i];
		if (!o->used)
			report_unused_import(o);
	}
}

/* ---- the package ---- */

static void check_package(Package *pkg) {
	ck.pkg = pkg;
	typestr_package = pkg;
	pkg->scope = new_scope(universe, NULL);
	pending_methods.len = 0;
	dot_imports.len = 0;
	collect_decls(pkg);
	for (int i = 0; i < pending_methods.len; i++)
		attach_method(pending_methods.data[i]);
	/* method signatures first: interface satisfaction checks need them */
	for (int i = 0; i < pending_methods.len; i++) {
		Node *d = pending_methods.data[i];
		resolve_obj(d->x->obj);
	}
	/* resolve everything in source order */
	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.data[i];
		for (int j = 0; j < f->list.n; j++) {
			Node *d = f->list.v[j];
			if (d->kind == N_FUNCDECL) {
				resolve_obj(d->x->obj);
				continue;
			}
			for (int k = 0; k < d->list.n; k++) {
				Node *spec = d->list.v[k];
				if (spec->kind == N_TYPESPEC)
					resolve_obj(spec->x->obj);
				else if (spec->kind == N_VALUESPEC)
					for (int m = 0; m < spec->list.n; m++)
						resolve_obj(spec->list.v[m]->obj);
			}
		}
	}
	/* function bodies */
	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.data[i];
		for (int j = 0; j < f->list.n; j++) {
			Node *d = f->list.v[j];
			if (d->kind != N_FUNCDECL)
				continue;
			Func *fn = d->fn;
			if (!fn->type)
				resolve_func(d->x->obj);
			vec_push(&pkg->funcs, fn);
			if (d->body) {
				ck.scope = f->scope;
				ck.decl = d->x->obj;
				check_func_body(fn);
				ck.decl = NULL;
			}
		}
	}
	check_unused_imports(pkg);
	if (error_count())
		return;
	compute_init_order(pkg);
	synthesize_init(pkg);
}
