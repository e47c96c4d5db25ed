/*
 * branches.c — labels and branch statements, checked right after parsing.
 *
 * gc checks break, continue, goto, fallthrough and labels in its syntax
 * package, before type checking, and so does tgo (its messages are those
 * of the syntax package: "label L defined and not used", "goto L jumps into
 * block starting at ...", "break is not in a loop, switch, or select").
 * Each branch statement gets its target statement in Node.target; later
 * stages (terminating-statement analysis, code generation) use it.
 *
 * The walk mirrors the structure of blocks: a goto may jump to a label in
 * its own block or an enclosing one, never into a block, and never forward
 * over a variable declaration of the same block.
 */
#include "tgo.h"

typedef struct Label {
	char *name;
	struct Block *parent; /* block declaring the label */
	Node *stmt;           /* N_LABELED */
	bool used;
} Label;

typedef struct Block {
	struct Block *parent;
	Pos start;
	Node *lstmt;          /* labeled statement owning this block, or NULL */
} Block;

typedef struct Targets {
	Node *breaks;         /* innermost for/switch/select */
	Node *continues;      /* innermost for/range */
	int case_index;       /* index of the enclosing case clause, or -1 */
	int ncases;
	bool type_switch;
} Targets;

static Vec labels; /* Label* of the function being checked */

static Label *find_label(const char *name) {
	for (int i = 0; i < labels.len; i++) {
		Label *l = labels.data[i];
		if (strcmp(l->name, name) == 0)
			return l;
	}
	return NULL;
}

static Label *declare_label(Block *b, Node *s) {
	Label *alt = find_label(s->name);
	if (alt) {
		error_at(s->pos, "label %s already defined at %s", s->name, pos_str(alt->stmt->pos));
		return alt;
	}
	Label *l = xalloc(sizeof *l);
	l->name = s->name;
	l->parent = b;
	l->stmt = s;
	vec_push(&labels, l);
	return l;
}

/* The labeled statement named name that encloses block b: NULL if the
 * label is unknown, the label's statement with *valid=false if it does not
 * enclose b. */
static Node *enclosing_target(Block *b, const char *name, bool *valid) {
	Label *l = find_label(name);
	*valid = false;
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->stmt == b->lstmt) {
			*valid = true;
			return l->stmt;
		}
	return l->stmt;
}

static Node *goto_target(Block *b, const char *name) {
	Label *l = find_label(name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->parent == b)
			return l->stmt;
	return NULL;
}

static Vec block_branches(Block *parent, Targets ctx, Node *lstmt, Pos start, Nodes *body);
static void func_branches(Node *body);

/* Function literals inside expressions have label scopes of their own. */
static void visit_funclits(Node *n) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT) {
		Vec saved = labels;
		labels = (Vec){0};
		func_branches(n->body);
		labels = saved;
		return;
	}
	if (n->kind == N_BLOCK || n->kind == N_IF || n->kind == N_FOR || n->kind == N_RANGE ||
	    n->kind == N_SWITCH || n->kind == N_TYPESWITCH || n->kind == N_SELECT || n->kind == N_CASE ||
	    n->kind == N_COMMCLAUSE || n->kind == N_LABELED) {
		/* statements are walked by block_branches; only their headers here */
		if (n->kind == N_LABELED)
			return;
		visit_funclits(n->init);
		visit_funclits(n->cond);
		visit_funclits(n->post);
		if (n->kind == N_RANGE || n->kind == N_SWITCH || n->kind == N_TYPESWITCH)
			visit_funclits(n->kind == N_RANGE ? n->z : n->x);
		if (n->kind == N_COMMCLAUSE)
			visit_funclits(n->x);
		if (n->kind == N_CASE)
			for (int i = 0; i < n->list.n; i++)
				visit_funclits(n->list.v[i]);
		return;
	}
	visit_funclits(n->x);
	visit_funclits(n->y);
	visit_funclits(n->z);
	visit_funclits(n->w);
	for (int i = 0; i < n->list.n; i++)
		visit_funclits(n->list.v[i]);
	for (int i = 0; i < n->list2.n; i++)
		visit_funclits(n->list2.v[i]);
}

static void append_all(Vec *dst, Vec src) {
	for (int i = 0; i < src.len; i++)
		vec_push(dst, src.data[i]);
}

static void unlabeled_branch(Node *s, Targets ctx, int index, int nstmts) {
	switch (s->op) {
	case TK_BREAK:
		if (ctx.breaks)
			s->target = ctx.breaks;
		else
			error_at(s->pos, "break is not in a loop, switch, or select");
		break;
	case TK_CONTINUE:
		if (ctx.continues)
			s->target = ctx.continues;
		else
			error_at(s->pos, "continue is not in a loop");
		break;
	case TK_FALLTHROUGH: {
		const char *msg = "fallthrough statement out of place";
		Node *sw = ctx.breaks;
		if (sw && (sw->kind == N_SWITCH || sw->kind == N_TYPESWITCH)) {
			if (sw->kind == N_TYPESWITCH)
				msg = "cannot fallthrough in type switch";
			else if (ctx.case_index < 0 || index + 1 < nstmts)
				; /* nested in a block, or not the last statement */
			else if (ctx.case_index + 1 == ctx.ncases)
				msg = "cannot fallthrough final case in switch";
			else {
				s->target = sw;
				break;
			}
		}
		error_at(s->pos, "%s", msg);
		break;
	}
	default:
		break;
	}
}

static void labeled_branch(Block *b, Node *s, Vec *fwd) {
	bool valid;
	switch (s->op) {
	case TK_BREAK: {
		Node *t = enclosing_target(b, s->name, &valid);
		if (!t) {
			error_at(s->npos, "break label not defined: %s", s->name);
		} else if (!valid || (t->x->kind != N_FOR && t->x->kind != N_RANGE && t->x->kind != N_SWITCH &&
		                      t->x->kind != N_TYPESWITCH && t->x->kind != N_SELECT)) {
			error_at(s->npos, "invalid break label %s", s->name);
		} else {
			s->target = t->x;
		}
		break;
	}
	case TK_CONTINUE: {
		Node *t = enclosing_target(b, s->name, &valid);
		if (!t)
			error_at(s->npos, "continue label not defined: %s", s->name);
		else if (!valid || (t->x->kind != N_FOR && t->x->kind != N_RANGE))
			error_at(s->npos, "invalid continue label %s", s->name);
		else
			s->target = t->x;
		break;
	}
	case TK_GOTO: {
		Node *t = goto_target(b, s->name);
		if (t)
			s->target = t;
		else
			vec_push(fwd, s);
		break;
	}
	default:
		break;
	}
}

static Vec block_branches(Block *parent, Targets ctx, Node *lstmt, Pos start, Nodes *body) {
	Block *b = xalloc(sizeof *b);
	b->parent = parent;
	b->start = start;
	b->lstmt = lstmt;
	Vec fwd = {0}, bad = {0};
	Pos var_pos = nopos;
	char *var_name = NULL;
	int n = body->n;
	while (n > 0 && body->v[n - 1]->kind == N_EMPTY)
		n--;
	for (int i = 0; i < n; i++) {
		Node *s = body->v[i];
		Node *stmt_lstmt = NULL;
	again:
		switch (s->kind) {
		case N_DECLSTMT:
			if (s->x->op == TK_VAR && s->x->list.n) {
				Node *spec = s->x->list.v[0];
				var_pos = spec->pos;
				var_name = node_string(spec->list.v[0]);
				bad = (Vec){0};
				append_all(&bad, fwd);
			}
			visit_funclits(s->x);
			break;
		case N_LABELED: {
			if (strcmp(s->name, "_") != 0) {
				Label *l = declare_label(b, s);
				Vec keep = {0};
				for (int k = 0; k < fwd.len; k++) {
					Node *g = fwd.data[k];
					if (strcmp(g->name, s->name) == 0) {
						g->target = s;
						l->used = true;
						bool over = false;
						for (int m = 0; m < bad.len; m++)
							if (bad.data[m] == g)
								over = pos_valid(var_pos);
						if (over)
							error_at(g->npos, "goto %s jumps over declaration of %s at %s", s->name, var_name, pos_str(var_pos));
					} else {
						vec_push(&keep, g);
					}
				}
				fwd = keep;
				stmt_lstmt = s;
			}
			s = s->x;
			lstmt = stmt_lstmt;
			goto again;
		}
		case N_BRANCH:
			if (!s->name)
				unlabeled_branch(s, ctx, i, n);
			else
				labeled_branch(b, s, &fwd);
			break;
		case N_ASSIGN:
			if (s->op == TK_DEFINE) {
				var_pos = s->pos;
				Buf names = {0};
				for (int k = 0; k < s->list.n; k++) {
					if (k)
						buf_puts(&names, ", ");
					buf_puts(&names, node_string(s->list.v[k]));
				}
				var_name = buf_cstr(&names);
				bad = (Vec){0};
				append_all(&bad, fwd);
			}
			visit_funclits(s);
			break;
		case N_BLOCK: {
			Targets inner = {ctx.breaks, ctx.continues, -1, 0, false};
			append_all(&fwd, block_branches(b, inner, stmt_lstmt, s->pos, &s->list));
			break;
		}
		case N_IF: {
			visit_funclits(s);
			Targets inner = {ctx.breaks, ctx.continues, -1, 0, false};
			append_all(&fwd, block_branches(b, inner, stmt_lstmt, s->body->pos, &s->body->list));
			if (s->els) {
				Nodes one = {0};
				nodes_push(&one, s->els);
				append_all(&fwd, block_branches(b, inner, stmt_lstmt, s->els->pos, &one));
			}
			break;
		}
		case N_FOR: case N_RANGE: {
			visit_funclits(s);
			Targets inner = {s, s, -1, 0, false};
			append_all(&fwd, block_branches(b, inner, stmt_lstmt, s->body->pos, &s->body->list));
			break;
		}
		case N_SWITCH: case N_TYPESWITCH: {
			visit_funclits(s);
			Targets inner = {s, ctx.continues, -1, s->list.n, s->kind == N_TYPESWITCH};
			for (int k = 0; k < s->list.n; k++) {
				Node *cc = s->list.v[k];
				visit_funclits(cc);
				inner.case_index = k;
				append_all(&fwd, block_branches(b, inner, stmt_lstmt, cc->pos, &cc->list2));
			}
			break;
		}
		case N_SELECT: {
			Targets inner = {s, ctx.continues, -1, 0, false};
			for (int k = 0; k < s->list.n; k++) {
				Node *cc = s->list.v[k];
				visit_funclits(cc);
				append_all(&fwd, block_branches(b, inner, stmt_lstmt, cc->pos, &cc->list2));
			}
			break;
		}
		default:
			visit_funclits(s);
			break;
		}
		lstmt = NULL;
	}
	return fwd;
}

static void func_branches(Node *body) {
	if (!body)
		return;
	Targets none = {NULL, NULL, -1, 0, false};
	Vec fwd = block_branches(NULL, none, NULL, body->pos, &body->list);
	for (int i = 0; i < fwd.len; i++) {
		Node *g = fwd.data[i];
		Label *l = find_label(g->name);
		if (l) {
			l->used = true;
			error_at(g->npos, "goto %s jumps into block starting at %s", g->name, pos_str(l->parent->start));
		} else {
			error_at(g->npos, "label %s not defined", g->name);
		}
	}
	for (int i = 0; i < labels.len; i++) {
		Label *l = labels.data[i];
		if (!l->used)
			error_at(l->stmt->pos, "label %s defined and not used", l->name);
	}
}

/* Check every function body of a parsed file. */
void check_branches(Node *file) {
	for (int i = 0; i < file->list.n; i++) {
		Node *d = file->list.v[i];
		labels = (Vec){0};
		if (d->kind == N_FUNCDECL)
			func_branches(d->body);
		else
			visit_funclits(d);
	}
}
