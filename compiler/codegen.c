/*
 * codegen.c — the code generator's program level: the emit helpers, frame
 * layout, function prologues and epilogues, package variables, the program
 * entry point, and the data that follows the code (string literals, static
 * function values, type descriptors).
 *
 * A frame looks like this (addresses grow upwards):
 *
 *      results            16+args_size(%rbp) ...
 *      arguments          16(%rbp) ...        (receiver first)
 *      return address      8(%rbp)
 *      saved %rbp          0(%rbp)
 *      closure context    -8(%rbp)            (func literals only)
 *      variables          below
 *      temporaries        below the variables, reused statement by statement
 *      frame objects      below the temporaries: storage for allocation
 *                         sites that do not escape (new(T), &T{}, slice
 *                         backing arrays, closures, boxed values...), one
 *                         per site, alive for the whole call
 *
 * Frame objects are addressed as -(.LobjN+k)(%rbp): .LobjN, the size of
 * the variables and temporaries, is only known when the body is done.  The
 * body is generated first (into memory) so the prologue can zero what
 * must start zeroed.
 *
 * A variable that must outlive its frame (captured by reference or whose
 * address escapes) lives in a heap object and its frame slot holds the
 * object's address.
 */
#include "codegen.h"
#include "escape.h"
#include "gcflags.h"

FILE *cg_out;
FuncState *fs;
static int label_counter;

void emit(const char *format, ...) {
	char buf[512];
	va_list ap;
	va_start(ap, format);
	int n = vsnprintf(buf, sizeof buf, format, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof buf) {
		/* the formatted line: a jump written as "\t%s .L%d" is a jump */
		if (fs)
			heap_vars_block_end(buf);
		fputs(buf, cg_out);
	} else {
		if (fs)
			heap_vars_block_end(format);
		va_start(ap, format);
		vfprintf(cg_out, format, ap);
		va_end(ap);
	}
	fputc('\n', cg_out);
}

void emit_label(const char *label) { fprintf(cg_out, "%s:\n", label); }

int new_label(void) { return ++label_counter; }

char *quote_sym(const char *sym) { return fmt("\"%s\"", sym); }

/* ---- types ---- */

bool is_scalar(Type *t) {
	switch (under(t)->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNSAFEPTR: case TY_POINTER: case TY_MAP:
	case TY_CHAN: case TY_FUNC: case TY_UNTYPED_NIL:
		return true;
	default:
		return false;
	}
}

/* %rax = the scalar of type t at address %rax */
void load_scalar(Type *t) {
	switch (under(t)->kind) {
	case TY_BOOL: case TY_UINT8: emit("\tmovzbl (%%rax), %%eax"); break;
	case TY_INT8: emit("\tmovsbq (%%rax), %%rax"); break;
	case TY_INT16: emit("\tmovswq (%%rax), %%rax"); break;
	case TY_UINT16: emit("\tmovzwl (%%rax), %%eax"); break;
	case TY_INT32: emit("\tmovslq (%%rax), %%rax"); break;
	case TY_UINT32: case TY_FLOAT32: emit("\tmovl (%%rax), %%eax"); break;
	default: emit("\tmovq (%%rax), %%rax"); break;
	}
}

/* *(addr_reg) = %rax, the width of t */
void store_scalar(Type *t, const char *addr) {
	switch (type_size(t)) {
	case 1: emit("\tmovb %%al, (%s)", addr); break;
	case 2: emit("\tmovw %%ax, (%s)", addr); break;
	case 4: emit("\tmovl %%eax, (%s)", addr); break;
	default: emit("\tmovq %%rax, (%s)", addr); break;
	}
}

/* Keep integers canonical in %rax: sign- or zero-extended from their width. */
void normalize_int(Type *t) {
	switch (under(t)->kind) {
	case TY_INT8: emit("\tmovsbq %%al, %%rax"); break;
	case TY_INT16: emit("\tmovswq %%ax, %%rax"); break;
	case TY_INT32: emit("\tmovslq %%eax, %%rax"); break;
	case TY_UINT8: case TY_BOOL: emit("\tmovzbl %%al, %%eax"); break;
	case TY_UINT16: emit("\tmovzwl %%ax, %%eax"); break;
	case TY_UINT32: emit("\tmovl %%eax, %%eax"); break;
	default: break;
	}
}

/* memcpy(dst, src, size) with registers; clobbers %rcx and %r11 (and
 * %rsi/%rdi for large copies). */
void copy_mem(const char *dst, const char *src, int64_t size) {
	if (size > 128) {
		if (strcmp(src, "%rsi") != 0) {
			emit("\tpushq %%rsi");
			emit("\tpushq %%rdi");
			emit("\tmovq %s, %%rsi", src);
			emit("\tmovq %s, %%rdi", dst);
			emit("\tmovq %%rsi, %%r11");
			emit("\tmovq $%lld, %%rcx", (long long)size);
			emit("\trep movsb");
			emit("\tpopq %%rdi");
			emit("\tpopq %%rsi");
			return;
		}
	}
	int64_t off = 0;
	for (; off + 8 <= size; off += 8) {
		emit("\tmovq %lld(%s), %%r11", (long long)off, src);
		emit("\tmovq %%r11, %lld(%s)", (long long)off, dst);
	}
	for (; off + 4 <= size; off += 4) {
		emit("\tmovl %lld(%s), %%r11d", (long long)off, src);
		emit("\tmovl %%r11d, %lld(%s)", (long long)off, dst);
	}
	for (; off < size; off++) {
		emit("\tmovb %lld(%s), %%r11b", (long long)off, src);
		emit("\tmovb %%r11b, %lld(%s)", (long long)off, dst);
	}
}

/* memset(dst, 0, size); clobbers %rcx, %r11 (and %rdi/%rax for large sizes,
 * which are preserved). */
void zero_mem(const char *dst, int64_t size) {
	if (size > 128) {
		emit("\tpushq %%rdi");
		emit("\tpushq %%rax");
		emit("\tmovq %s, %%rdi", dst);
		emit("\txorl %%eax, %%eax");
		emit("\tmovq $%lld, %%rcx", (long long)size);
		emit("\trep stosb");
		emit("\tpopq %%rax");
		emit("\tpopq %%rdi");
		return;
	}
	int64_t off = 0;
	emit("\txorl %%r11d, %%r11d");
	for (; off + 8 <= size; off += 8)
		emit("\tmovq %%r11, %lld(%s)", (long long)off, dst);
	for (; off + 4 <= size; off += 4)
		emit("\tmovl %%r11d, %lld(%s)", (long long)off, dst);
	for (; off < size; off++)
		emit("\tmovb %%r11b, %lld(%s)", (long long)off, dst);
}

void push(void) { emit("\tpushq %%rax"); }
void pop(const char *reg) { emit("\tpopq %s", reg); }

/* ---- frames ---- */

static int64_t align_to(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

int64_t alloc_temp(int64_t size, int64_t align) {
	if (align < 8)
		align = 8;
	fs->temp_top = align_to(fs->temp_top + size, align);
	if (fs->temp_top > fs->temp_max)
		fs->temp_max = fs->temp_top;
	return fs->locals_size + fs->temp_top;
}

/* ---- frame objects ---- */

int64_t frame_object(int64_t size, int64_t align) {
	if (align < 8)
		align = 8;
	fs->objs_size = align_to(fs->objs_size + (size ? size : 1), align);
	return fs->objs_size;
}

void frame_object_addr(int64_t obj, const char *reg) {
	emit("\tleaq -(.Lobj%d+%lld)(%%rbp), %s", fs->frame_id, (long long)obj, reg);
}

void zero_at_entry(int64_t obj, int64_t size) {
	vec_push(&fs->entry_zero, (void *)(intptr_t)obj);
	vec_push(&fs->entry_zero, (void *)(intptr_t)size);
}

/* Before escape analysis decides, a variable that is captured by a closure
 * or whose address is taken lives on the heap: always correct. */
bool var_on_heap(Obj *o) {
	if (o->global)
		return false;
	return o->heap;
}

int64_t local_offset(Obj *o) { return o->offset; }

/* The closure object of func literal fn: {code; captures...}, each
 * captured variable either by value (a copy) or by reference (a pointer to
 * its heap object).  Returns the offset of o's slot, or -1. */
Type *closure_struct(Func *fn) {
	Type *t = new_type(TY_STRUCT);
	t->nfields = 1 + fn->captures.len;
	t->fields = xalloc(sizeof(Field *) * t->nfields);
	t->fields[0] = new_field("F", type_uintptr);
	for (int i = 0; i < fn->captures.len; i++) {
		Obj *o = fn->captures.data[i];
		t->fields[i + 1] = new_field(o->name, o->byval ? o->type : pointer_to(o->type));
	}
	type_size(t);
	return t;
}

int64_t capture_offset(Func *fn, Obj *o) {
	Type *t = closure_struct(fn);
	for (int i = 0; i < fn->captures.len; i++)
		if (fn->captures.data[i] == o)
			return t->fields[i + 1]->offset;
	return -1;
}

/* Address of variable o in %rax. */
void gen_var_addr(Obj *o) {
	if (o->global && type_size(o->type) == 0) {
		/* zero-size package variables all live at runtime.zerobase, as in gc */
		emit("\tleaq zerobase(%%rip), %%rax");
		return;
	}
	if (o->global) {
		emit("\tleaq %s(%%rip), %%rax", quote_sym(o->sym));
		return;
	}
	if (o->func != fs->fn) {
		/* a variable of an enclosing function, reached through the closure:
		 * the closure holds the variable's heap address */
		int64_t off = capture_offset(fs->fn, o);
		if (off < 0)
			ice_at(o->pos, "variable %s not captured by %s", o->name, fs->fn->name);
		emit("\tmovq %lld(%%rbp), %%rax", (long long)-fs->ctx_offset);
		if (o->byval)
			emit("\tleaq %lld(%%rax), %%rax", (long long)off);
		else
			emit("\tmovq %lld(%%rax), %%rax", (long long)off);
		return;
	}
	if (var_on_heap(o)) {
		emit("\tmovq %lld(%%rbp), %%rax", (long long)o->offset);
		return;
	}
	emit("\tleaq %lld(%%rbp), %%rax", (long long)o->offset);
}

/* Lay out parameters (positive offsets) and variables (negative). */
static void layout_frame(Func *fn) {
	int64_t off = 16;
	Vec ins = {0};
	if (fn->recv)
		vec_push(&ins, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		vec_push(&ins, fn->params.data[i]);
	for (int i = 0; i < ins.len; i++) {
		Obj *p = ins.data[i];
		off = align_to(off, type_align(p->type) < 8 ? 8 : type_align(p->type));
		p->aux = (void *)(intptr_t)off; /* incoming slot */
		off += type_size(p->type);
	}
	off = align_to(off, 8);
	fs->args_size = off - 16;
	for (int i = 0; i < fn->results.len; i++) {
		Obj *r = fn->results.data[i];
		off = align_to(off, type_align(r->type) < 8 ? 8 : type_align(r->type));
		r->aux = (void *)(intptr_t)off;
		off += type_size(r->type);
	}
	fn->args_size = fs->args_size;
	fn->results_size = align_to(off - 16 - fs->args_size, 8);

	int64_t below = 0;
	if (fn->outer || fn->captures.len) {
		below += 8;
		fs->ctx_offset = below;
	}
	if (fn->has_defer) {
		below += 8;
		fs->defer_offset = below;
	}
	for (int i = 0; i < ins.len; i++) {
		Obj *p = ins.data[i];
		if (var_on_heap(p)) {
			below += 8;
			p->offset = -below;
		} else {
			p->offset = (intptr_t)p->aux;
		}
	}
	for (int i = 0; i < fn->results.len; i++) {
		Obj *r = fn->results.data[i];
		if (var_on_heap(r)) {
			below += 8;
			r->offset = -below;
		} else {
			r->offset = (intptr_t)r->aux;
		}
	}
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o->kind != OBJ_VAR)
			continue;
		int64_t size = var_on_heap(o) ? 8 : type_size(o->type);
		int64_t align = var_on_heap(o) ? 8 : type_align(o->type);
		if (align < 8)
			align = 8;
		below = align_to(below + size, align);
		o->offset = -below;
	}
	fs->locals_size = align_to(below, 16);
}

static void prologue(Func *fn) {
	char *sym = func_sym(fn);
	emit("\t.text");
	emit("\t.p2align 4");
	emit("\t.globl %s", quote_sym(sym));
	emit("\t.type %s, @function", quote_sym(sym));
	emit_label(quote_sym(sym));
	emit("\tpushq %%rbp");
	emit("\tmovq %%rsp, %%rbp");
	emit("\tsubq $.Lframe%d, %%rsp", fs->frame_id);
	/* stack overflow check: leave room for C runtime code below us */
	emit("\tcmpq tgo_stackguard(%%rip), %%rsp");
	emit("\tjb tgo_morestack");
	if (fs->ctx_offset)
		emit("\tmovq %%rdx, %lld(%%rbp)", (long long)-fs->ctx_offset);
	if (fs->defer_offset)
		emit("\tmovq $0, %lld(%%rbp)", (long long)-fs->defer_offset);
	for (int i = 0; i < fs->entry_zero.len; i += 2) {
		frame_object_addr((intptr_t)fs->entry_zero.data[i], "%rdi");
		zero_mem("%rdi", (intptr_t)fs->entry_zero.data[i + 1]);
	}
	/* results start zeroed */
	if (fn->results_size) {
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)(16 + fn->args_size));
		zero_mem("%rdi", fn->results_size);
	}
}

/* Parameters and results that live on the heap get their objects, and
 * parameters are copied there (the start of the body, gc's paramsToHeap). */
static void params_to_heap(Func *fn) {
	Vec ins = {0};
	if (fn->recv)
		vec_push(&ins, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		vec_push(&ins, fn->params.data[i]);
	for (int i = 0; i < fn->results.len; i++)
		vec_push(&ins, fn->results.data[i]);
	for (int i = 0; i < ins.len; i++) {
		Obj *p = ins.data[i];
		if (!var_on_heap(p))
			continue;
		gen_heap_var(p);
		if (p->result)
			continue;
		emit("\tmovq %lld(%%rbp), %%rax", (long long)p->offset);
		emit("\tleaq %lld(%%rbp), %%rsi", (long long)(intptr_t)p->aux);
		copy_mem("%rax", "%rsi", type_size(p->type));
	}
}

/* Copy heap-allocated results back into the result slots. */
static void copy_back_results(Func *fn) {
	for (int i = 0; i < fn->results.len; i++) {
		Obj *r = fn->results.data[i];
		if (!var_on_heap(r))
			continue;
		emit("\tmovq %lld(%%rbp), %%rsi", (long long)r->offset);
		emit("\tleaq %lld(%%rbp), %%rdi", (long long)(intptr_t)r->aux);
		copy_mem("%rdi", "%rsi", type_size(r->type));
	}
}

static int frame_counter;

/* ---- gc's kinds of defer (reported by -d=defer) ----
 *
 * gc open-codes the defers of a function (calls them inline at each exit)
 * unless one is in a loop (escape analysis leaves it without ESC_NEVER),
 * there are more than 8, optimizations are off (-N), or returns x defers
 * exceeds 15; otherwise a defer outside loops gets a record in the frame
 * ("stack-allocated") and one in a loop a heap record.  tgo implements every
 * defer the same way; only the report follows gc. */
typedef struct DeferCount {
	int defers, returns;
	bool in_loop;
} DeferCount;

static void count_defers(Node *n, DeferCount *c) {
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_DEFER) {
		c->defers++;
		if (!(n->esc_flags & ESC_NEVER))
			c->in_loop = true;
	} else if (n->kind == N_RETURN) {
		c->returns++;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (int i = 0; i < 9; i++)
		count_defers(kids[i], c);
	for (int i = 0; i < n->list.n; i++)
		count_defers(n->list.v[i], c);
	for (int i = 0; i < n->list2.n; i++)
		count_defers(n->list2.v[i], c);
}

static bool gc_open_codes_defers(Func *fn) {
	DeferCount c = {0};
	count_defers(fn->body, &c);
	return c.defers > 0 && !opt.no_opt && !c.in_loop && c.defers <= 8 && c.returns * c.defers <= 15;
}

const char *gc_defer_kind(Node *s) {
	if (fs->open_defers)
		return "open-coded";
	return s->esc_flags & ESC_NEVER ? "stack-allocated" : "heap-allocated";
}

void gen_func(Func *fn) {
	FuncState state = {0};
	fs = &state;
	fs->fn = fn;
	fs->frame_id = ++frame_counter;
	layout_frame(fn);
	fs->return_label = new_label();
	fs->open_defers = opt.debug_defer && gc_open_codes_defers(fn);
	/* the body first, into memory: the prologue depends on it */
	FILE *out = cg_out;
	char *body = NULL;
	size_t body_len = 0;
	cg_out = open_memstream(&body, &body_len);
	if (!cg_out)
		fatal("out of memory");
	params_to_heap(fn);
	if (fn->body)
		gen_block(&fn->body->list);
	emit(".L%d:", fs->return_label);
	if (fn->has_defer) {
		emit("\tmovq %%rbp, %%rdi");
		c_call("rt_deferreturn", 1);
	}
	copy_back_results(fn);
	emit("\tleave");
	emit("\tret");
	if (fs->recover_label) {
		/* a deferred call recovered a panic: the runtime resumes here with
		 * %rbp restored; run the remaining deferred calls and return */
		emit(".L%d:", fs->recover_label);
		emit("\tleaq -.Lframe%d(%%rbp), %%rsp", fs->frame_id);
		emit("\tjmp .L%d", fs->return_label);
	}
	heap_vars_flush();
	fclose(cg_out);
	cg_out = out;
	prologue(fn);
	fwrite(body, 1, body_len, cg_out);
	free(body);
	int64_t objs_base = fs->locals_size + align_to(fs->temp_max, 16);
	int64_t frame = objs_base + align_to(fs->objs_size, 16);
	fn->frame_size = frame;
	emit("\t.set .Lframe%d, %lld", fs->frame_id, (long long)frame);
	emit("\t.set .Lobj%d, %lld", fs->frame_id, (long long)objs_base);
	emit("\t.size %s, .-%s", quote_sym(func_sym(fn)), quote_sym(func_sym(fn)));
	fs = NULL;
}

/* ---- symbols ---- */

char *func_sym(Func *fn) {
	if (!fn->sym)
		fn->sym = fn->name;
	return fn->sym;
}

/* ---- package variables ---- */

static void emit_globals(Program *prog) {
	emit("\t.section gobss,\"aw\",@nobits");
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		for (int j = 0; j < p->globals.len; j++) {
			Obj *o = p->globals.data[j];
			if (!o->sym)
				o->sym = strcmp(o->name, "_") == 0 ? fmt("%s._.%d", p->path, o->id) : fmt("%s.%s", p->path, o->name);
			int64_t align = type_align(o->type) < 8 ? 8 : type_align(o->type);
			emit("\t.p2align %d", align >= 16 ? 4 : 3);
			emit("\t.globl %s", quote_sym(o->sym));
			emit("%s:", quote_sym(o->sym));
			emit("\t.zero %lld", (long long)(type_size(o->type) ? type_size(o->type) : 1));
		}
	}
}

static void name_globals(Program *prog) {
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		for (int j = 0; j < p->globals.len; j++) {
			Obj *o = p->globals.data[j];
			o->sym = strcmp(o->name, "_") == 0 ? fmt("%s._.%d", p->path, o->id) : fmt("%s.%s", p->path, o->name);
		}
	}
}

/* tgo.main: run every package's initializer (dependencies first), then
 * main.main.  The C runtime's main() calls it on the main goroutine. */
static void emit_entry(Program *prog) {
	emit("\t.text");
	emit("\t.globl tgo.main");
	emit("tgo.main:");
	emit("\tpushq %%rbp");
	emit("\tmovq %%rsp, %%rbp");
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		if (p->init_func)
			emit("\tcall %s", quote_sym(func_sym(p->init_func)));
	}
	Obj *m = scope_lookup_local(prog->main->scope, "main");
	if (m && m->kind == OBJ_FUNC)
		emit("\tcall %s", quote_sym(func_sym(m->func)));
	/* else compile_loaded reports the missing main after the code is generated */
	emit("\tleave");
	emit("\tret");
}

/* Decide which variables live on the heap (until escape analysis does):
 * those captured by closures and those whose address is taken. */
static void conservative_heap_vars(Func *fn) {
	Vec all = {0};
	if (fn->recv)
		vec_push(&all, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		vec_push(&all, fn->params.data[i]);
	for (int i = 0; i < fn->results.len; i++)
		vec_push(&all, fn->results.data[i]);
	for (int i = 0; i < fn->locals.len; i++)
		vec_push(&all, fn->locals.data[i]);
	for (int i = 0; i < all.len; i++) {
		Obj *o = all.data[i];
		if (o->kind == OBJ_VAR && ((o->captured && !o->byval) || o->addrtaken) && !o->esc)
			o->heap = true;
	}
}

void codegen_program(Program *prog, FILE *out) {
	cg_out = out;
	name_globals(prog);
	emit("\t.section .note.GNU-stack,\"\",@progbits");
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		for (int j = 0; j < p->funcs.len; j++) {
			Func *fn = p->funcs.data[j];
			if (!fn->body)
				continue;
			conservative_heap_vars(fn);
		}
	}
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		use_package_options(p); /* gc compiles each package with its -gcflags */
		for (int j = 0; j < p->funcs.len; j++) {
			Func *fn = p->funcs.data[j];
			if (!fn->body)
				continue;
			gen_func(fn);
		}
	}
	use_cmdline_options();
	emit_entry(prog);
	emit_globals(prog);
	/* the C runtime refers to the named types of package runtime */
	Package *rt = map_get(&prog->by_path, "runtime");
	if (rt && rt->scope)
		for (int i = 0; i < rt->scope->objs.len; i++) {
			Obj *o = rt->scope->objs.data[i];
			if (o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED)
				type_desc(o->type);
		}
	emit_type_descriptors();
}
