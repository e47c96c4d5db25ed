/*
 * types.c — Go's type system: the predeclared types and the universe scope,
 * type constructors, identity, sizes and alignment (gc's layout on amd64),
 * method and field lookup through embedded fields, interface satisfaction,
 * and the printing of types (as gc's messages print them, and as the
 * runtime's %T prints them).
 *
 * Types are not hash-consed: identity is the structural comparison of the Go
 * spec (types_identical).  Named types are identical only to themselves;
 * byte and rune are distinct objects (so messages can say "byte") that are
 * identical to uint8 and int32, and any is identical to interface{}.
 */
#include "tgo.h"

Type *type_invalid, *type_bool, *type_int, *type_int8, *type_int16, *type_int32,
	*type_int64, *type_uint, *type_uint8, *type_uint16, *type_uint32, *type_uint64,
	*type_uintptr, *type_float32, *type_float64, *type_complex64, *type_complex128,
	*type_string, *type_unsafe_pointer, *type_byte, *type_rune, *type_error, *type_any,
	*type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
	*type_untyped_complex, *type_untyped_string, *type_untyped_nil, *type_empty_tuple;

Scope *universe;
static int next_type_id;

Type *new_type(TypeKind kind) {
	Type *t = xalloc(sizeof *t);
	t->kind = kind;
	t->size = -1;
	t->id = ++next_type_id;
	return t;
}

Field *new_field(char *name, Type *type) {
	Field *f = xalloc(sizeof *f);
	f->name = name;
	f->type = type;
	return f;
}

Obj *new_obj(ObjKind kind, char *name, Pos pos, Type *type) {
	static int next_id;
	Obj *o = xalloc(sizeof *o);
	o->kind = kind;
	o->name = name;
	o->pos = pos;
	o->type = type;
	o->id = ++next_id;
	return o;
}

/* ---- constructors (cached where it is cheap) ---- */

Type *pointer_to(Type *elem) {
	static Map cache;
	char key[32];
	snprintf(key, sizeof key, "%d", elem->id);
	Type *t = map_get(&cache, key);
	if (t)
		return t;
	t = new_type(TY_POINTER);
	t->elem = elem;
	map_put(&cache, xstrdup(key), t);
	return t;
}

Type *slice_of(Type *elem) {
	static Map cache;
	char key[32];
	snprintf(key, sizeof key, "%d", elem->id);
	Type *t = map_get(&cache, key);
	if (t)
		return t;
	t = new_type(TY_SLICE);
	t->elem = elem;
	map_put(&cache, xstrdup(key), t);
	return t;
}

Type *array_of(Type *elem, int64_t len) {
	Type *t = new_type(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

Type *map_of(Type *key, Type *val) {
	Type *t = new_type(TY_MAP);
	t->key = key;
	t->elem = val;
	return t;
}

Type *chan_of(Type *elem, int dir) {
	Type *t = new_type(TY_CHAN);
	t->elem = elem;
	t->dir = dir;
	return t;
}

Type *tuple_of(Type **elems, int n) {
	Type *t = new_type(TY_TUPLE);
	t->fields = xalloc(sizeof(Field *) * (n + 1));
	for (int i = 0; i < n; i++)
		t->fields[i] = new_field(NULL, elems[i]);
	t->nfields = n;
	return t;
}

/* ---- predicates ---- */

Type *under(Type *t) {
	if (t && t->kind == TY_NAMED)
		return t->underlying ? t->underlying : type_invalid;
	return t;
}

bool is_named(Type *t) { return t->kind == TY_NAMED || (t->kind <= TY_UNSAFEPTR && t->kind != TY_INVALID); }

bool is_untyped(Type *t) { return t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

bool is_integer(Type *t) {
	TypeKind k = under(t)->kind;
	return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool is_unsigned(Type *t) {
	TypeKind k = under(t)->kind;
	return k >= TY_UINT && k <= TY_UINTPTR;
}

bool is_float(Type *t) {
	TypeKind k = under(t)->kind;
	return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool is_complex(Type *t) {
	TypeKind k = under(t)->kind;
	return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool is_numeric(Type *t) { return is_integer(t) || is_float(t) || is_complex(t); }

bool is_string(Type *t) {
	TypeKind k = under(t)->kind;
	return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool is_boolean(Type *t) {
	TypeKind k = under(t)->kind;
	return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool is_interface(Type *t) { return under(t)->kind == TY_INTERFACE; }
bool is_empty_interface(Type *t) { return is_interface(t) && under(t)->nfields == 0; }
bool is_pointer(Type *t) { return under(t)->kind == TY_POINTER; }
bool is_basic(Type *t) { return under(t)->kind <= TY_UNTYPED_NIL && under(t)->kind != TY_INVALID; }
bool is_const_type(Type *t) { return is_boolean(t) || is_numeric(t) || is_string(t); }

int64_t basic_bits(Type *t) {
	switch (under(t)->kind) {
	case TY_INT8: case TY_UINT8: return 8;
	case TY_INT16: case TY_UINT16: return 16;
	case TY_INT32: case TY_UINT32: case TY_FLOAT32: return 32;
	case TY_COMPLEX64: return 64;
	case TY_COMPLEX128: return 128;
	default: return 64;
	}
}

ConstRep const_rep_of(Type *t) {
	switch (under(t)->kind) {
	case TY_INT8: return CREP_INT8;
	case TY_INT16: return CREP_INT16;
	case TY_INT32: return CREP_INT32;
	case TY_INT: case TY_INT64: return CREP_INT64;
	case TY_UINT8: return CREP_UINT8;
	case TY_UINT16: return CREP_UINT16;
	case TY_UINT32: return CREP_UINT32;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: return CREP_UINT64;
	case TY_FLOAT32: return CREP_FLOAT32;
	case TY_FLOAT64: return CREP_FLOAT64;
	case TY_COMPLEX64: return CREP_COMPLEX64;
	case TY_COMPLEX128: return CREP_COMPLEX128;
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: return CREP_UNTYPED_INT;
	case TY_UNTYPED_FLOAT: return CREP_UNTYPED_FLOAT;
	case TY_UNTYPED_COMPLEX: return CREP_UNTYPED_COMPLEX;
	default: return CREP_UNTYPED_INT;
	}
}

Type *default_type(Type *t) {
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return type_bool;
	case TY_UNTYPED_INT: return type_int;
	case TY_UNTYPED_RUNE: return type_rune;
	case TY_UNTYPED_FLOAT: return type_float64;
	case TY_UNTYPED_COMPLEX: return type_complex128;
	case TY_UNTYPED_STRING: return type_string;
	default: return t;
	}
}

/* ---- identity ---- */

static bool same_name_and_pkg(Field *a, Field *b) {
	if (!a->name || !b->name)
		return a->name == b->name;
	if (strcmp(a->name, b->name) != 0)
		return false;
	/* unexported names from different packages differ */
	unsigned char c = (unsigned char)a->name[0];
	bool exported = c >= 'A' && c <= 'Z';
	if (!exported && a->pkg != b->pkg)
		return false;
	return true;
}

bool types_identical(Type *a, Type *b) {
	if (a == b)
		return true;
	if (!a || !b)
		return false;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_NAMED:
		return false;
	case TY_ARRAY:
		return a->len == b->len && types_identical(a->elem, b->elem);
	case TY_SLICE:
	case TY_POINTER:
		return types_identical(a->elem, b->elem);
	case TY_MAP:
		return types_identical(a->key, b->key) && types_identical(a->elem, b->elem);
	case TY_CHAN:
		return a->dir == b->dir && types_identical(a->elem, b->elem);
	case TY_STRUCT:
		if (a->nfields != b->nfields)
			return false;
		for (int i = 0; i < a->nfields; i++) {
			Field *x = a->fields[i], *y = b->fields[i];
			if (x->embedded != y->embedded || !same_name_and_pkg(x, y) ||
			    !types_identical(x->type, y->type))
				return false;
			if ((x->tag || y->tag) && (!x->tag || !y->tag || strcmp(x->tag, y->tag) != 0))
				return false;
		}
		return true;
	case TY_FUNC:
		if (a->nfields != b->nfields || a->nresults != b->nresults || a->variadic != b->variadic)
			return false;
		for (int i = 0; i < a->nfields; i++)
			if (!types_identical(a->fields[i]->type, b->fields[i]->type))
				return false;
		for (int i = 0; i < a->nresults; i++)
			if (!types_identical(a->results[i]->type, b->results[i]->type))
				return false;
		return true;
	case TY_INTERFACE:
		if (a->nfields != b->nfields)
			return false;
		for (int i = 0; i < a->nfields; i++) {
			if (!same_name_and_pkg(a->fields[i], b->fields[i]) ||
			    !types_identical(a->fields[i]->type, b->fields[i]->type))
				return false;
		}
		return true;
	case TY_TUPLE:
		if (a->nfields != b->nfields)
			return false;
		for (int i = 0; i < a->nfields; i++)
			if (!types_identical(a->fields[i]->type, b->fields[i]->type))
				return false;
		return true;
	default:
		return true; /* basic types of the same kind (byte == uint8) */
	}
}

bool is_comparable(Type *t) {
	Type *u = under(t);
	switch (u->kind) {
	case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE: case TY_INVALID:
		return false;
	case TY_ARRAY:
		return is_comparable(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			if (!is_comparable(u->fields[i]->type))
				return false;
		return true;
	default:
		return true;
	}
}

/* ---- layout ---- */

static int64_t align_to(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

static void compute_layout(Type *t) {
	Type *u = under(t);
	int64_t size = 0, align = 1;
	switch (u->kind) {
	case TY_BOOL: case TY_INT8: case TY_UINT8: size = align = 1; break;
	case TY_INT16: case TY_UINT16: size = align = 2; break;
	case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = align = 4; break;
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
	case TY_FLOAT64: case TY_UNSAFEPTR: case TY_POINTER: case TY_MAP: case TY_CHAN:
	case TY_FUNC:
		size = align = 8;
		break;
	case TY_COMPLEX64: size = 8; align = 4; break;
	case TY_COMPLEX128: size = 16; align = 8; break;
	case TY_STRING: case TY_INTERFACE: size = 16; align = 8; break;
	case TY_SLICE: size = 24; align = 8; break;
	case TY_ARRAY:
		align = type_align(u->elem);
		size = type_size(u->elem) * u->len;
		break;
	case TY_STRUCT: {
		int64_t off = 0;
		for (int i = 0; i < u->nfields; i++) {
			Field *f = u->fields[i];
			int64_t fa = type_align(f->type);
			if (fa > align)
				align = fa;
			off = align_to(off, fa);
			f->offset = off;
			off += type_size(f->type);
		}
		/* gc pads a struct that ends in a zero-size field so that a
		 * pointer to that field cannot point past the object */
		if (u->nfields > 0 && type_size(u->fields[u->nfields - 1]->type) == 0 && off > 0)
			off++;
		size = align_to(off, align);
		break;
	}
	case TY_TUPLE: {
		/* laid out like a function's results: every element 8-aligned */
		int64_t off = 0;
		align = 8;
		for (int i = 0; i < u->nfields; i++) {
			int64_t fa = type_align(u->fields[i]->type);
			if (fa < 8)
				fa = 8;
			off = align_to(off, fa);
			u->fields[i]->offset = off;
			off += type_size(u->fields[i]->type);
			if (fa > align)
				align = fa;
		}
		size = align_to(off, align);
		break;
	}
	default:
		size = 8;
		align = 8;
		break;
	}
	t->size = size;
	t->align = align;
}

int64_t type_size(Type *t) {
	if (t->size < 0)
		compute_layout(t);
	return t->size;
}

int64_t type_align(Type *t) {
	if (t->size < 0)
		compute_layout(t);
	return t->align;
}

bool has_pointers(Type *t) {
	Type *u = under(t);
	switch (u->kind) {
	case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_CHAN:
	case TY_FUNC: case TY_INTERFACE: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return u->len > 0 && has_pointers(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			if (has_pointers(u->fields[i]->type))
				return true;
		return false;
	default:
		return false;
	}
}

/* Bytes of the prefix of a value of type t that can hold pointers. */
int64_t type_ptrdata(Type *t) {
	Type *u = under(t);
	if (!has_pointers(u))
		return 0;
	switch (u->kind) {
	case TY_STRING: case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
	case TY_UNSAFEPTR: case TY_SLICE:
		return 8;
	case TY_INTERFACE:
		return 16;
	case TY_ARRAY:
		return (u->len - 1) * type_size(u->elem) + type_ptrdata(u->elem);
	case TY_STRUCT: {
		int64_t p = 0;
		type_size(u);
		for (int i = 0; i < u->nfields; i++)
			if (has_pointers(u->fields[i]->type))
				p = u->fields[i]->offset + type_ptrdata(u->fields[i]->type);
		return p;
	}
	default:
		return 0;
	}
}

/* Is a value of type t stored directly in an interface's data word (gc's
 * "pointer-shaped" types)? */
bool is_direct_iface(Type *t) {
	Type *u = under(t);
	switch (u->kind) {
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return u->len == 1 && is_direct_iface(u->elem);
	case TY_STRUCT:
		return u->nfields == 1 && is_direct_iface(u->fields[0]->type);
	default:
		return false;
	}
}

/* ---- printing ---- */

static void write_type(Buf *b, Type *t, bool runtime_form, Package *qual);

static void write_params(Buf *b, Field **fs, int n, bool variadic, bool runtime_form, Package *qual) {
	buf_putc(b, '(');
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(b, ", ");
		if (!runtime_form && fs[i]->name && fs[i]->name[0] && strcmp(fs[i]->name, "_") != 0 && fs[i]->name[0] != '~') {
			buf_puts(b, fs[i]->name);
			buf_putc(b, ' ');
		} else if (!runtime_form && fs[i]->name && strcmp(fs[i]->name, "_") == 0) {
			buf_puts(b, "_ ");
		}
		if (variadic && i == n - 1) {
			buf_puts(b, "...");
			write_type(b, fs[i]->type->elem, runtime_form, qual);
		} else {
			write_type(b, fs[i]->type, runtime_form, qual);
		}
	}
	buf_putc(b, ')');
}

static void write_signature(Buf *b, Type *t, bool runtime_form, Package *qual) {
	write_params(b, t->fields, t->nfields, t->variadic, runtime_form, qual);
	if (t->nresults == 0)
		return;
	buf_putc(b, ' ');
	bool named = !runtime_form && t->results[0]->name && t->results[0]->name[0] != '~' && t->results[0]->name[0];
	if (t->nresults == 1 && !named) {
		write_type(b, t->results[0]->type, runtime_form, qual);
		return;
	}
	write_params(b, t->results, t->nresults, false, runtime_form, qual);
}

static void write_type(Buf *b, Type *t, bool runtime_form, Package *qual) {
	if (!t) {
		buf_puts(b, "<nil>");
		return;
	}
	switch (t->kind) {
	case TY_INVALID:
		buf_puts(b, "invalid type");
		return;
	case TY_NAMED: {
		Obj *o = t->obj;
		if (o->pkg && (runtime_form || o->pkg != qual) && o->pkg->name)
			buf_printf(b, "%s.", o->pkg->name);
		buf_puts(b, o->name);
		return;
	}
	case TY_UNTYPED_BOOL: buf_puts(b, "untyped bool"); return;
	case TY_UNTYPED_INT: buf_puts(b, "untyped int"); return;
	case TY_UNTYPED_RUNE: buf_puts(b, "untyped rune"); return;
	case TY_UNTYPED_FLOAT: buf_puts(b, "untyped float"); return;
	case TY_UNTYPED_COMPLEX: buf_puts(b, "untyped complex"); return;
	case TY_UNTYPED_STRING: buf_puts(b, "untyped string"); return;
	case TY_UNTYPED_NIL: buf_puts(b, "untyped nil"); return;
	case TY_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->len);
		write_type(b, t->elem, runtime_form, qual);
		return;
	case TY_SLICE:
		buf_puts(b, "[]");
		write_type(b, t->elem, runtime_form, qual);
		return;
	case TY_POINTER:
		buf_putc(b, '*');
		write_type(b, t->elem, runtime_form, qual);
		return;
	case TY_MAP:
		buf_puts(b, "map[");
		write_type(b, t->key, runtime_form, qual);
		buf_putc(b, ']');
		write_type(b, t->elem, runtime_form, qual);
		return;
	case TY_CHAN:
		if (t->dir == CHAN_RECV)
			buf_puts(b, "<-");
		buf_puts(b, "chan");
		if (t->dir == CHAN_SEND)
			buf_puts(b, "<-");
		buf_putc(b, ' ');
		if (t->dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
			buf_putc(b, '(');
			write_type(b, t->elem, runtime_form, qual);
			buf_putc(b, ')');
		} else {
			write_type(b, t->elem, runtime_form, qual);
		}
		return;
	case TY_FUNC:
		buf_puts(b, "func");
		write_signature(b, t, runtime_form, qual);
		return;
	case TY_STRUCT:
		buf_puts(b, runtime_form ? "struct {" : "struct{");
		for (int i = 0; i < t->nfields; i++) {
			Field *f = t->fields[i];
			buf_puts(b, i ? "; " : (runtime_form ? " " : ""));
			if (!f->embedded) {
				buf_puts(b, f->name);
				buf_putc(b, ' ');
			}
			write_type(b, f->type, runtime_form, qual);
			if (f->tag)
				buf_printf(b, " %s", fmt("\"%s\"", f->tag));
		}
		buf_puts(b, runtime_form && t->nfields ? " }" : "}");
		return;
	case TY_INTERFACE:
		if (t == type_any && !runtime_form) {
			buf_puts(b, "any");
			return;
		}
		if (runtime_form) {
			buf_puts(b, t->nfields ? "interface { " : "interface {}");
			for (int i = 0; i < t->nfields; i++) {
				if (i)
					buf_puts(b, "; ");
				buf_puts(b, t->fields[i]->name);
				write_signature(b, t->fields[i]->type, runtime_form, qual);
			}
			if (t->nfields)
				buf_puts(b, " }");
			return;
		}
		buf_puts(b, "interface{");
		if (t->embeddeds.len || t->iface_complete) {
			/* print as declared: explicit methods, then embedded types */
		}
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				buf_puts(b, "; ");
			buf_puts(b, t->fields[i]->name);
			write_signature(b, t->fields[i]->type, runtime_form, qual);
		}
		buf_putc(b, '}');
		return;
	case TY_TUPLE:
		buf_putc(b, '(');
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				buf_puts(b, ", ");
			write_type(b, t->fields[i]->type, runtime_form, qual);
		}
		buf_putc(b, ')');
		return;
	default:
		if (runtime_form && t->kind == TY_UINT8)
			buf_puts(b, "uint8");
		else if (runtime_form && t->kind == TY_INT32)
			buf_puts(b, "int32");
		else
			buf_puts(b, t->name);
		return;
	}
}

Package *typestr_package; /* set by the checker: the package being checked */

char *typestr(Type *t) {
	Buf b = {0};
	write_type(&b, t, false, typestr_package);
	return buf_cstr(&b);
}

char *typestr_qualified(Type *t) {
	Buf b = {0};
	write_type(&b, t, true, NULL);
	return buf_cstr(&b);
}

/* ---- field and method lookup ---- */

typedef struct Candidate {
	Type *type;
	int path[16];
	int depth;
	bool indirect;
} Candidate;

static bool is_exported(const char *name) {
	unsigned char c = (unsigned char)name[0];
	return c >= 'A' && c <= 'Z';
}

static bool name_matches(const char *a, Package *apkg, const char *b, Package *bpkg) {
	if (strcmp(a, b) != 0)
		return false;
	if (is_exported(a))
		return true;
	return !apkg || !bpkg || apkg == bpkg;
}

/* Go's selector rule: the shallowest depth at which name is found decides;
 * two finds at that depth make the selector ambiguous. */
Selection lookup_field_or_method(Type *t, const char *name, Package *pkg) {
	Selection sel = {0};
	Candidate *cur = xalloc(sizeof(Candidate));
	int ncur = 1;
	bool indirect = false;
	if (t->kind == TY_POINTER && (t->elem->kind == TY_NAMED || under(t->elem)->kind == TY_STRUCT)) {
		t = t->elem;
		indirect = true;
	}
	cur[0].type = t;
	cur[0].indirect = indirect;
	Vec seen = {0};
	for (int depth = 0; ncur > 0 && depth < 16; depth++) {
		Candidate *next = NULL;
		int nnext = 0, capnext = 0;
		int found = 0;
		Selection best = {0};
		for (int c = 0; c < ncur; c++) {
			Candidate *e = &cur[c];
			Type *typ = e->type;
			if (typ->kind == TY_NAMED) {
				bool dup = false;
				for (int s = 0; s < seen.len; s++)
					if (seen.data[s] == typ)
						dup = true;
				if (dup)
					continue;
				vec_push(&seen, typ);
				for (int m = 0; m < typ->methods.len; m++) {
					Obj *meth = typ->methods.data[m];
					if (name_matches(meth->name, meth->pkg, name, pkg)) {
						found++;
						best.kind = SEL_METHOD;
						best.method = meth;
						best.recv_base = typ;
						best.depth = e->depth;
						memcpy(best.path, e->path, sizeof best.path);
						best.indirect = e->indirect;
					}
				}
			}
			Type *u = under(typ);
			if (u->kind == TY_STRUCT) {
				for (int i = 0; i < u->nfields; i++) {
					Field *f = u->fields[i];
					if (name_matches(f->name, f->pkg, name, pkg)) {
						found++;
						best.kind = SEL_FIELD;
						best.field = f;
						best.depth = e->depth;
						memcpy(best.path, e->path, sizeof best.path);
						best.path[e->depth] = i;
						best.indirect = e->indirect;
					}
					if (f->embedded && e->depth < 15) {
						if (nnext == capnext) {
							capnext = capnext ? capnext * 2 : 4;
							next = xrealloc(next, capnext * sizeof(Candidate));
						}
						Candidate *n = &next[nnext++];
						*n = *e;
						n->path[e->depth] = i;
						n->depth = e->depth + 1;
						Type *ft = f->type;
						if (ft->kind == TY_POINTER) {
							ft = ft->elem;
							n->indirect = true;
						}
						n->type = ft;
					}
				}
			} else if (u->kind == TY_INTERFACE) {
				for (int i = 0; i < u->nfields; i++) {
					Field *m = u->fields[i];
					if (name_matches(m->name, m->pkg, name, pkg)) {
						found++;
						best.kind = SEL_IFACEMETHOD;
						best.field = m;
						best.method_index = i;
						best.depth = e->depth;
						memcpy(best.path, e->path, sizeof best.path);
						best.indirect = e->indirect;
					}
				}
			}
		}
		if (found == 1)
			return best;
		if (found > 1) {
			sel.ambiguous = true;
			return sel;
		}
		cur = next;
		ncur = nnext;
	}
	return sel;
}

bool implements(Type *t, Type *iface, char **missing, bool *ptr_recv) {
	Type *it = under(iface);
	*ptr_recv = false;
	for (int i = 0; i < it->nfields; i++) {
		Field *m = it->fields[i];
		Selection s = lookup_field_or_method(t, m->name, m->pkg);
		Type *mt = NULL;
		bool needs_ptr = false;
		if (s.kind == SEL_METHOD) {
			mt = s.method->type;
			needs_ptr = s.method->ptr_recv && !s.indirect && t->kind != TY_POINTER;
		} else if (s.kind == SEL_IFACEMETHOD) {
			mt = s.field->type;
		}
		if (!mt || !types_identical(mt, m->type) || needs_ptr) {
			*missing = m->name;
			*ptr_recv = needs_ptr && mt && types_identical(mt, m->type);
			return false;
		}
	}
	return true;
}

/* ---- the universe ---- */

static Type *basic(TypeKind kind, const char *name) {
	Type *t = new_type(kind);
	t->name = name;
	return t;
}

static void declare(const char *name, ObjKind kind, Type *type) {
	Obj *o = new_obj(kind, (char *)name, nopos, type);
	scope_insert(universe, o);
}

static void declare_builtin(const char *name, Builtin b) {
	Obj *o = new_obj(OBJ_BUILTIN, (char *)name, nopos, type_invalid);
	o->builtin = b;
	scope_insert(universe, o);
}

Scope *new_scope(Scope *outer, Func *fn) {
	Scope *s = xalloc(sizeof *s);
	s->outer = outer;
	s->fn = fn;
	return s;
}

Obj *scope_lookup_local(Scope *s, const char *name) { return map_get(&s->names, name); }

Obj *scope_lookup(Scope *s, const char *name, Scope **found_in) {
	for (; s; s = s->outer) {
		Obj *o = map_get(&s->names, name);
		if (o) {
			if (found_in)
				*found_in = s;
			return o;
		}
	}
	return NULL;
}

Obj *scope_insert(Scope *s, Obj *o) {
	Obj *old = map_get(&s->names, o->name);
	if (old)
		return old;
	map_put(&s->names, o->name, o);
	vec_push(&s->objs, o);
	return NULL;
}

void types_init(void) {
	type_invalid = basic(TY_INVALID, "invalid type");
	type_bool = basic(TY_BOOL, "bool");
	type_int = basic(TY_INT, "int");
	type_int8 = basic(TY_INT8, "int8");
	type_int16 = basic(TY_INT16, "int16");
	type_int32 = basic(TY_INT32, "int32");
	type_int64 = basic(TY_INT64, "int64");
	type_uint = basic(TY_UINT, "uint");
	type_uint8 = basic(TY_UINT8, "uint8");
	type_uint16 = basic(TY_UINT16, "uint16");
	type_uint32 = basic(TY_UINT32, "uint32");
	type_uint64 = basic(TY_UINT64, "uint64");
	type_uintptr = basic(TY_UINTPTR, "uintptr");
	type_float32 = basic(TY_FLOAT32, "float32");
	type_float64 = basic(TY_FLOAT64, "float64");
	type_complex64 = basic(TY_COMPLEX64, "complex64");
	type_complex128 = basic(TY_COMPLEX128, "complex128");
	type_string = basic(TY_STRING, "string");
	type_unsafe_pointer = basic(TY_UNSAFEPTR, "unsafe.Pointer");
	type_byte = basic(TY_UINT8, "byte");
	type_rune = basic(TY_INT32, "rune");
	type_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool");
	type_untyped_int = basic(TY_UNTYPED_INT, "untyped int");
	type_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune");
	type_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float");
	type_untyped_complex = basic(TY_UNTYPED_COMPLEX, "untyped complex");
	type_untyped_string = basic(TY_UNTYPED_STRING, "untyped string");
	type_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil");
	type_empty_tuple = tuple_of(NULL, 0);

	type_any = new_type(TY_INTERFACE);
	type_any->iface_complete = true;

	universe = new_scope(NULL, NULL);
	Type *basics[] = {type_bool, type_int, type_int8, type_int16, type_int32, type_int64,
	                  type_uint, type_uint8, type_uint16, type_uint32, type_uint64,
	                  type_uintptr, type_float32, type_float64, type_complex64,
	                  type_complex128, type_string, type_byte, type_rune};
	for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
		declare(basics[i]->name, OBJ_TYPE, basics[i]);
	declare("any", OBJ_TYPE, type_any);

	/* type error interface { Error() string } */
	Obj *errobj = new_obj(OBJ_TYPE, "error", nopos, NULL);
	type_error = new_type(TY_NAMED);
	type_error->obj = errobj;
	errobj->type = type_error;
	Type *sig = new_type(TY_FUNC);
	sig->results = xalloc(sizeof(Field *));
	sig->results[0] = new_field(NULL, type_string);
	sig->nresults = 1;
	Type *ei = new_type(TY_INTERFACE);
	ei->fields = xalloc(sizeof(Field *));
	ei->fields[0] = new_field("Error", sig);
	ei->nfields = 1;
	ei->iface_complete = true;
	type_error->underlying = ei;
	scope_insert(universe, errobj);

	Obj *t = new_obj(OBJ_CONST, "true", nopos, type_untyped_bool);
	t->cval = const_bool(true);
	scope_insert(universe, t);
	Obj *f = new_obj(OBJ_CONST, "false", nopos, type_untyped_bool);
	f->cval = const_bool(false);
	scope_insert(universe, f);
	Obj *iota = new_obj(OBJ_CONST, "iota", nopos, type_untyped_int);
	iota->cval = const_int64(0);
	scope_insert(universe, iota);
	declare("nil", OBJ_NIL, type_untyped_nil);

	static const struct { const char *name; Builtin b; } builtins[] = {
		{"append", BI_APPEND}, {"cap", BI_CAP}, {"clear", BI_CLEAR}, {"close", BI_CLOSE},
		{"complex", BI_COMPLEX}, {"copy", BI_COPY}, {"delete", BI_DELETE},
		{"imag", BI_IMAG}, {"len", BI_LEN}, {"make", BI_MAKE}, {"max", BI_MAX},
		{"min", BI_MIN}, {"new", BI_NEW}, {"panic", BI_PANIC}, {"print", BI_PRINT},
		{"println", BI_PRINTLN}, {"real", BI_REAL}, {"recover", BI_RECOVER},
	};
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
		declare_builtin(builtins[i].name, builtins[i].b);
}
