/*
 * testcmd.c — `tgo test`: build a package with its _test.go files and a
 * generated main package, run it, and report as the go command does.
 *
 *   tgo test [build flags] [test flags] [dir | files.go] [-args ...]
 *
 * The steps are go test's (cmd/go/internal/test, cmd/go/internal/load):
 *
 *  1. Flags.  Test flags (-run -bench -benchmem -benchtime -count -v
 *     -timeout -short -failfast -cpu -list -skip -parallel ..., also
 *     spelled -test.X) are passed to the test binary as -test.X=value;
 *     flags tgo test does not know are passed through unchanged; -gcflags
 *     and -work are build flags; -c/-o only build.  -test.timeout=10m0s is
 *     added when no -timeout is given.
 *  2. Files.  The package's .go files and its _test.go files of the same
 *     package form the package under test; _test.go files of package
 *     <name>_test form the external test package.
 *  3. The test main, like go test's _testmain.go: tables of the Test*,
 *     Benchmark* and Example* functions (examples only with an "Output:"
 *     comment, whose text is the expected output), and main calling
 *     testing.MainStart(...).Run() or the package's TestMain.  Before the
 *     packages are type-checked, statements of test files that log through
 *     testing get a call testing.TgoLine(file, fn, line), which gives
 *     t.Log its "x_test.go:12: " prefix (stdlib/testing/sys.go explains
 *     why and how).
 *  4. Build, in a child process (the compiler exits on errors): errors as
 *     "# pkg [pkg.test]" + messages on stderr, then "FAIL\tpkg [build
 *     failed]".  -m lines are those of the package under test.
 *  5. Run the binary in the package's directory with stdout and stderr
 *     merged, then "ok  \tpkg\t0.123s" or "FAIL\tpkg\t0.123s", with go
 *     test's rules for when the output is streamed, buffered, or hidden,
 *     when "exit status N" is added, " [no tests to run]", and the final
 *     "FAIL" line when packages were named.
 */
#include "testcmd.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- flags ---- */

typedef struct TestFlag {
	const char *name;
	bool is_bool;
} TestFlag;

/* go test's passFlagToTest (cmd/go/internal/test/flagdefs.go) */
static const TestFlag test_flags[] = {
	{"artifacts", true}, {"bench", false}, {"benchmem", true}, {"benchtime", false},
	{"blockprofile", false}, {"blockprofilerate", false}, {"count", false},
	{"coverprofile", false}, {"cpu", false}, {"cpuprofile", false}, {"failfast", true},
	{"fullpath", true}, {"fuzz", false}, {"fuzzminimizetime", false}, {"fuzztime", false},
	{"list", false}, {"memprofile", false}, {"memprofilerate", false},
	{"mutexprofile", false}, {"mutexprofilefraction", false}, {"outputdir", false},
	{"parallel", false}, {"run", false}, {"short", true}, {"shuffle", false},
	{"skip", false}, {"timeout", false}, {"trace", false}, {"v", true},
	{NULL, false},
};

typedef struct TestOpts {
	Vec pkgargs;    /* char*: directory or files */
	Vec binargs;    /* char*: arguments of the test binary */
	bool verbose;   /* -v */
	bool bench;     /* -bench given (non-empty) */
	bool list;      /* -list given */
	bool timeout;   /* -timeout given */
	bool help;      /* -h/-help passed to the binary */
	bool compile_only; /* -c */
	const char *out;   /* -o */
	bool work;
} TestOpts;

static const TestFlag *find_test_flag(const char *name) {
	if (has_prefix(name, "test."))
		name += 5;
	for (const TestFlag *f = test_flags; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static _Noreturn void test_usage(void) {
	fprintf(stderr, "usage: tgo test [build/test flags] [packages] [build/test flags & test binary flags]\n"
	                "Run 'tgo help test' for details.\n");
	exit(2);
}

static bool parse_bool(const char *v, bool *out) {
	if (!strcmp(v, "1") || !strcmp(v, "t") || !strcmp(v, "T") || !strcmp(v, "true") ||
	    !strcmp(v, "TRUE") || !strcmp(v, "True")) {
		*out = true;
		return true;
	}
	if (!strcmp(v, "0") || !strcmp(v, "f") || !strcmp(v, "F") || !strcmp(v, "false") ||
	    !strcmp(v, "FALSE") || !strcmp(v, "False")) {
		*out = false;
		return true;
	}
	return false;
}

/* Parse tgo test's command line as go test's testFlags does: flags before
 * and after the package list; unknown flags and everything after -args
 * go to the test binary. */
static void parse_test_flags(int argc, char **argv, int start, TestOpts *o) {
	bool pkgs_done = false, in_pkgs = false;
	Vec explicit_args = {0};
	for (int i = start; i < argc; i++) {
		char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			for (; i < argc; i++)
				vec_push(&explicit_args, argv[i]);
			break;
		}
		if (a[0] != '-' || a[1] == 0) {
			if (pkgs_done && !in_pkgs) {
				for (; i < argc; i++)
					vec_push(&explicit_args, argv[i]);
				break;
			}
			in_pkgs = true;
			pkgs_done = true;
			vec_push(&o->pkgargs, a);
			continue;
		}
		in_pkgs = false;
		const char *raw = a;
		if (a[1] == '-')
			a++;
		char *eq = strchr(a, '=');
		char *name = eq ? xstrndup(a + 1, eq - a - 1) : xstrdup(a + 1);
		char *val = eq ? eq + 1 : NULL;
		if (strcmp(name, "args") == 0) {
			for (i++; i < argc; i++)
				vec_push(&explicit_args, argv[i]);
			break;
		}
		const TestFlag *tf = find_test_flag(name);
		if (tf) {
			const char *short_name = tf->name;
			if (tf->is_bool) {
				bool b = true;
				if (val && !parse_bool(val, &b)) {
					fprintf(stderr, "invalid boolean value \"%s\" for -%s: parse error\n", val, name);
					test_usage();
				}
				val = b ? "true" : "false";
			} else if (!val) {
				if (i + 1 >= argc) {
					fprintf(stderr, "flag needs an argument: -%s\n", name);
					test_usage();
				}
				val = argv[++i];
			}
			if (!strcmp(short_name, "v"))
				o->verbose = !strcmp(val, "true");
			else if (!strcmp(short_name, "bench"))
				o->bench = *val != 0;
			else if (!strcmp(short_name, "list"))
				o->list = true;
			else if (!strcmp(short_name, "timeout"))
				o->timeout = true;
			vec_push(&explicit_args, fmt("-test.%s=%s", short_name, val));
			continue;
		}
		if (strcmp(name, "gcflags") == 0) {
			if (!val) {
				if (i + 1 >= argc)
					test_usage();
				val = argv[++i];
			}
			parse_gcflags(val);
			continue;
		}
		if (strcmp(name, "o") == 0) {
			if (!val) {
				if (i + 1 >= argc)
					test_usage();
				val = argv[++i];
			}
			o->out = val;
			continue;
		}
		bool b;
		if (strcmp(name, "c") == 0 && (!val || parse_bool(val, &b))) {
			o->compile_only = !val || b;
			continue;
		}
		if (strcmp(name, "work") == 0 && (!val || parse_bool(val, &b))) {
			o->work = !val || b;
			continue;
		}
		if (!strcmp(name, "x") || !strcmp(name, "a") || !strcmp(name, "trimpath")) {
			continue; /* accepted, no effect */
		}
		if (!strcmp(name, "vet") || !strcmp(name, "ldflags") || !strcmp(name, "tags") || !strcmp(name, "p")) {
			if (!val && i + 1 < argc)
				i++; /* accepted with its value, no effect */
			continue;
		}
		if (!strcmp(name, "json") || !strcmp(name, "cover") || !strcmp(name, "race") || !strcmp(name, "msan") ||
		    !strcmp(name, "asan") || !strcmp(name, "exec") || !strcmp(name, "covermode") || !strcmp(name, "coverpkg")) {
			fprintf(stderr, "tgo test: -%s is not supported by tgo\n", name);
			exit(2);
		}
		/* a flag go test does not know: the test binary's */
		if (!strcmp(name, "h") || !strcmp(name, "help"))
			o->help = true;
		pkgs_done = true;
		vec_push(&explicit_args, (char *)raw);
	}
	if (!o->timeout)
		vec_push(&o->binargs, "-test.timeout=10m0s");
	for (int i = 0; i < explicit_args.len; i++)
		vec_push(&o->binargs, explicit_args.data[i]);
}

/* ---- the package: directory, files, import path ---- */

static bool is_directory(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The package name of a Go file: the identifier after "package", past
 * comments and white space ("" if there is none). */
static char *package_clause(const char *path) {
	size_t len;
	char *t = read_file(path, &len);
	if (!t)
		fatal("cannot read %s", path);
	const char *p = t;
	for (;;) {
		while (*p && isspace((unsigned char)*p))
			p++;
		if (p[0] == '/' && p[1] == '/') {
			while (*p && *p != '\n')
				p++;
		} else if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");
			p = e ? e + 2 : p + strlen(p);
		} else {
			break;
		}
	}
	if (strncmp(p, "package", 7) != 0 || !isspace((unsigned char)p[7]))
		return "";
	p += 7;
	while (*p == ' ' || *p == '\t')
		p++;
	const char *s = p;
	while (*p && (isalnum((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80))
		p++;
	return xstrndup(s, p - s);
}

char *test_import_path(const char *dir, bool from_files) {
	if (from_files)
		return "command-line-arguments";
	char *abs = realpath(dir, NULL);
	char *mod;
	char *d = abs ? find_go_mod(abs, &mod) : NULL;
	if (!d || !mod)
		return "command-line-arguments";
	if (strcmp(abs, d) == 0)
		return mod;
	return fmt("%s/%s", mod, abs + strlen(d) + 1);
}

typedef struct TestPkg {
	const char *dir;
	char *ipath;
	Vec files;      /* package files + internal test files */
	Vec xfiles;     /* external test files */
	int ntestfiles; /* _test.go files of either kind */
} TestPkg;

static void find_package(TestOpts *o, TestPkg *tp) {
	bool from_files = false;
	Vec all = {0};
	if (o->pkgargs.len == 0) {
		tp->dir = ".";
	} else if (o->pkgargs.len == 1 && is_directory(o->pkgargs.data[0])) {
		tp->dir = o->pkgargs.data[0];
	} else {
		from_files = true;
		for (int i = 0; i < o->pkgargs.len; i++) {
			char *f = o->pkgargs.data[i];
			if (!has_suffix(f, ".go")) {
				fprintf(stderr, "tgo test: named files must be .go files: %s\n", f);
				exit(1);
			}
			if (is_directory(f)) {
				fprintf(stderr, "tgo test: only one directory at a time: %s\n", f);
				exit(1);
			}
			vec_push(&all, f);
		}
		char *d = xstrdup(all.data[0]);
		char *slash = strrchr(d, '/');
		if (slash) {
			*slash = 0;
			tp->dir = d;
		} else {
			tp->dir = ".";
		}
	}
	if (!from_files)
		all = dir_go_files(tp->dir, true);
	tp->ipath = test_import_path(tp->dir, from_files);
	if (!all.len) {
		fprintf(stderr, "no Go files in %s\n", tp->dir);
		exit(1);
	}
	/* the package's name: that of its non-test files, else of the
	 * internal test files */
	char *pkgname = NULL;
	for (int pass = 0; pass < 2 && !pkgname; pass++)
		for (int i = 0; i < all.len && !pkgname; i++) {
			char *f = all.data[i];
			char *name = package_clause(f);
			if (pass == 0 && has_suffix(f, "_test.go"))
				continue;
			if (pass == 1 && has_suffix(name, "_test"))
				name = xstrndup(name, strlen(name) - 5);
			pkgname = name;
		}
	/* as go list orders them: GoFiles, then TestGoFiles (the package is
	 * compiled in this order, so -m lines come out in it), XTestGoFiles */
	char *xname = fmt("%s_test", pkgname);
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < all.len; i++) {
			char *f = all.data[i];
			bool is_test = has_suffix(f, "_test.go");
			if (is_test != (pass == 1))
				continue;
			if (is_test)
				tp->ntestfiles++;
			if (is_test && strcmp(package_clause(f), xname) == 0)
				vec_push(&tp->xfiles, f);
			else
				vec_push(&tp->files, f);
		}
}

/* ---- the test main ---- */

typedef struct TestFunc {
	const char *pkg;  /* "_test" or "_xtest" */
	char *name;
	char *output;     /* examples: the expected output */
	bool unordered;
} TestFunc;

typedef struct MainGen {
	const char *workdir;
	const char *ipath;
	Vec tests, benchmarks, examples; /* TestFunc* */
	TestFunc *testmain;
	bool import_test, need_test, import_xtest, need_xtest;
	int next_fn;      /* function numbers for testing.TgoLine */
} MainGen;

static SourceFile *file_of(Node *f) {
	if (f->pos.file < 0 || f->pos.file >= all_files.len)
		return NULL;
	return all_files.data[f->pos.file];
}

/* isTest: name is prefix followed by nothing or a non-lower-case letter. */
static bool is_test_name(const char *name, const char *prefix) {
	if (!has_prefix(name, prefix))
		return false;
	const unsigned char *r = (const unsigned char *)name + strlen(prefix);
	if (!*r)
		return true;
	return !(islower(*r) || *r >= 0x80); /* non-ASCII letters: treated as not lower (rare) */
}

/* isTestFunc: one parameter of type *arg or *pkg.arg, no results. */
static bool is_test_func(Node *d, const char *arg) {
	Node *ft = d->y;
	if (ft->list2.n > 0 || ft->list.n != 1)
		return false;
	Node *p = ft->list.v[0];
	if (p->list.n > 1)
		return false;
	Node *t = p->x;
	if (!t || t->kind != N_STAR || !t->x)
		return false;
	if (t->x->kind == N_IDENT && strcmp(t->x->name, arg) == 0)
		return true;
	if (t->x->kind == N_SELECTOR && strcmp(t->x->name, arg) == 0)
		return true;
	return false;
}

/* Byte offset of a position in text. */
static size_t offset_of(const char *text, size_t len, Pos p) {
	size_t off = 0;
	int line = 1;
	while (off < len && line < p.line) {
		if (text[off] == '\n')
			line++;
		off++;
	}
	return off + (size_t)(p.col - 1);
}

typedef struct Comment {
	size_t start, end; /* byte offsets: [start, end) */
	int line, endline;
	int group;
} Comment;

static bool is_directive(const char *c) {
	if (has_prefix(c, "line ") || has_prefix(c, "extern ") || has_prefix(c, "export "))
		return true;
	/* "[a-z0-9]+:[a-z0-9]" */
	const char *p = c;
	while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
		p++;
	return p > c && *p == ':' && ((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= '0' && p[1] <= '9'));
}

/* go/ast's CommentGroup.Text of comments[from..to). */
static char *comment_text(const char *text, Comment *cs, int from, int to) {
	Vec lines = {0};
	for (int i = from; i < to; i++) {
		char *c = xstrndup(text + cs[i].start, cs[i].end - cs[i].start);
		if (c[1] == '/') {
			c += 2;
			if (*c == ' ')
				c++;
			else if (*c && is_directive(c))
				continue;
		} else {
			c[strlen(c) - 2] = 0;
			c += 2;
		}
		for (char *l = c;;) {
			char *nl = strchr(l, '\n');
			char *line = nl ? xstrndup(l, nl - l) : xstrdup(l);
			size_t n = strlen(line);
			while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r'))
				line[--n] = 0;
			vec_push(&lines, line);
			if (!nl)
				break;
			l = nl + 1;
		}
	}
	/* leading blank lines removed, runs of blank lines made one */
	Vec out = {0};
	for (int i = 0; i < lines.len; i++) {
		char *l = lines.data[i];
		if (*l || (out.len > 0 && *(char *)out.data[out.len - 1]))
			vec_push(&out, l);
	}
	while (out.len > 0 && !*(char *)out.data[out.len - 1])
		out.len--; /* (trailing blank lines: at most one was kept) */
	Buf b = {0};
	for (int i = 0; i < out.len; i++) {
		buf_puts(&b, out.data[i]);
		buf_putc(&b, '\n');
	}
	return xstrdup(buf_cstr(&b));
}

/* The comments between offsets lo and hi of text, grouped as go/parser
 * groups them; returns the text of the last group, or NULL. */
static char *last_comment_group(const char *text, size_t lo, size_t hi, int line0) {
	Comment *cs = NULL;
	int n = 0, cap = 0;
	int line = line0;
	int tokline = line0;  /* line of the last token */
	int *run_tok = NULL;  /* per comment: line of the token before its run, or -1 inside a run */
	bool after_token = true;
	for (size_t i = lo; i < hi;) {
		char c = text[i];
		if (c == '\n') {
			line++;
			i++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c == '/' && i + 1 < hi && (text[i + 1] == '/' || text[i + 1] == '*')) {
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				cs = xrealloc(cs, cap * sizeof *cs);
				run_tok = xrealloc(run_tok, cap * sizeof *run_tok);
			}
			Comment *k = &cs[n];
			k->start = i;
			k->line = line;
			if (text[i + 1] == '/') {
				while (i < hi && text[i] != '\n')
					i++; /* a '\r' before the newline stays: comment_text strips it */
			} else {
				i += 2;
				while (i + 1 < hi && !(text[i] == '*' && text[i + 1] == '/')) {
					if (text[i] == '\n')
						line++;
					i++;
				}
				i += 2;
			}
			k->end = i;
			k->endline = line;
			run_tok[n] = after_token ? tokline : -1;
			after_token = false;
			n++;
			continue;
		}
		/* a token: skip string and rune literals whole */
		if (c == '"' || c == '\'') {
			i++;
			while (i < hi && text[i] != c && text[i] != '\n') {
				if (text[i] == '\\')
					i++;
				i++;
			}
			i++;
		} else if (c == '`') {
			i++;
			while (i < hi && text[i] != '`') {
				if (text[i] == '\n')
					line++;
				i++;
			}
			i++;
		} else {
			i++;
		}
		tokline = line;
		after_token = true;
	}
	if (n == 0)
		return NULL;
	/* group: a run of comments (no token between) after a token on the
	 * same line starts with a group of the comments on that line; the
	 * rest of the run groups comments on adjacent lines */
	int last_from = 0;
	for (int i = 0; i < n;) {
		int end = i + 1;
		while (end < n && run_tok[end] < 0)
			end++;
		int j = i;
		if (cs[j].line == run_tok[i]) {
			int endline = cs[j].line;
			last_from = j;
			while (j < end && cs[j].line <= endline) {
				endline = cs[j].endline;
				j++;
			}
		}
		while (j < end) {
			int endline = cs[j].line;
			last_from = j;
			while (j < end && cs[j].line <= endline + 1) {
				endline = cs[j].endline;
				j++;
			}
		}
		i = end;
	}
	return comment_text(text, cs, last_from, n);
}

/* An example's expected output: the last comment of its body, if it
 * starts with "Output:" or "Unordered output:" (any case). */
static bool example_output(Node *d, char **output, bool *unordered) {
	SourceFile *sf = file_of(d);
	if (!sf || !d->body)
		return false;
	size_t lo = offset_of(sf->text, sf->len, d->body->pos) + 1;
	size_t hi = offset_of(sf->text, sf->len, d->body->end);
	char *text = last_comment_group(sf->text, lo, hi, d->body->pos.line);
	if (!text)
		return false;
	char *p = text;
	while (*p && isspace((unsigned char)*p))
		p++;
	*unordered = false;
	if (strncasecmp(p, "unordered output:", 17) == 0) {
		*unordered = true;
		p += 17;
	} else if (strncasecmp(p, "output:", 7) == 0) {
		p += 7;
	} else {
		return false;
	}
	while (*p == ' ')
		p++;
	if (*p == '\n')
		p++;
	*output = p;
	return true;
}

static TestFunc *new_test_func(const char *pkg, char *name) {
	TestFunc *t = xalloc(sizeof *t);
	t->pkg = pkg;
	t->name = name;
	return t;
}

/* testFuncs.load: the tests, benchmarks and examples of one test file. */
static void collect_file(MainGen *g, Node *file, const char *pkg, bool *import, bool *need) {
	for (int i = 0; i < file->list.n; i++) {
		Node *d = file->list.v[i];
		if (d->kind != N_FUNCDECL || d->init)
			continue;
		char *name = d->x->name;
		const char *kind = NULL;
		if (strcmp(name, "TestMain") == 0) {
			if (is_test_func(d, "T")) {
				vec_push(&g->tests, new_test_func(pkg, name));
				*import = *need = true;
				continue;
			}
			if (!is_test_func(d, "M")) {
				error_at(d->pos, "wrong signature for TestMain, must be: func TestMain(m *testing.M)");
				continue;
			}
			if (g->testmain)
				error_at(d->pos, "multiple definitions of TestMain");
			g->testmain = new_test_func(pkg, name);
			*import = *need = true;
		} else if (is_test_name(name, "Test")) {
			kind = "T";
			if (is_test_func(d, kind))
				vec_push(&g->tests, new_test_func(pkg, name));
		} else if (is_test_name(name, "Benchmark")) {
			kind = "B";
			if (is_test_func(d, kind))
				vec_push(&g->benchmarks, new_test_func(pkg, name));
		} else if (is_test_name(name, "Fuzz")) {
			kind = "F";
			/* fuzz targets compile but are not run: tgo does not fuzz */
		}
		if (kind) {
			if (!is_test_func(d, kind)) {
				char lower[2] = {(char)tolower((unsigned char)kind[0]), 0};
				error_at(d->pos, "wrong signature for %s, must be: func %s(%s *testing.%s)", name, name, lower, kind);
			}
			*import = *need = true;
		}
	}
	/* examples (go/doc.Examples), in source order */
	for (int i = 0; i < file->list.n; i++) {
		Node *d = file->list.v[i];
		if (d->kind != N_FUNCDECL || d->init || !is_test_name(d->x->name, "Example"))
			continue;
		if (d->y->list.n || d->y->list2.n || !d->body)
			continue;
		*import = true;
		char *out;
		bool unordered;
		if (!example_output(d, &out, &unordered))
			continue;
		TestFunc *t = new_test_func(pkg, d->x->name);
		t->output = out;
		t->unordered = unordered;
		vec_push(&g->examples, t);
		*need = true;
	}
}

/* A Go string literal for s. */
static char *go_quote(const char *s) {
	Buf b = {0};
	buf_putc(&b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': buf_puts(&b, "\\\""); break;
		case '\\': buf_puts(&b, "\\\\"); break;
		case '\n': buf_puts(&b, "\\n"); break;
		case '\t': buf_puts(&b, "\\t"); break;
		case '\r': buf_puts(&b, "\\r"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_printf(&b, "\\x%02x", *p);
			else
				buf_putc(&b, (char)*p);
		}
	}
	buf_putc(&b, '"');
	return xstrdup(buf_cstr(&b));
}

static char *module_of(const char *ipath, const char *dir) {
	(void)ipath;
	char *mod;
	char *d = find_go_mod(dir, &mod);
	return d && mod ? mod : "";
}

static void write_table(Buf *b, const char *type, Vec *fs, bool examples) {
	buf_printf(b, "var %s = []testing.%s{\n", examples ? "examples" : !strcmp(type, "InternalTest") ? "tests" : "benchmarks", type);
	for (int i = 0; i < fs->len; i++) {
		TestFunc *t = fs->data[i];
		if (examples)
			buf_printf(b, "\t{%s, %s.%s, %s, %s},\n", go_quote(t->name), t->pkg, t->name, go_quote(t->output),
			           t->unordered ? "true" : "false");
		else
			buf_printf(b, "\t{%s, %s.%s},\n", go_quote(t->name), t->pkg, t->name);
	}
	buf_puts(b, "}\n\n");
}

/* ---- source positions for t.Log: testing.TgoLine before statements ---- */

/* The methods of testing.T/B/TB that print a position, and Helper. */
static const char *log_methods[] = {"Log", "Logf", "Error", "Errorf", "Fatal", "Fatalf", "Skip", "Skipf", "Helper", NULL};

typedef struct Instr {
	Map helpers;          /* names of helper functions (they call .Helper()) */
	const char *qual;     /* how the file names package testing ("testing", "t2", "" for a dot import) */
	const char *file;     /* base name of the file */
	MainGen *g;
} Instr;

static bool is_log_method(const char *name) {
	for (int i = 0; log_methods[i]; i++)
		if (strcmp(log_methods[i], name) == 0)
			return true;
	return false;
}

/* Does expression e (not looking into function literals) call a logging
 * method or a helper?  *line is set to the line of the first such call. */
static bool expr_logs(Node *e, Instr *in, int *line) {
	if (!e || e->kind == N_FUNCLIT)
		return false;
	if (e->kind == N_CALL) {
		Node *f = skip_parens(e->x);
		const char *name = NULL;
		if (f && f->kind == N_SELECTOR)
			name = f->name;
		else if (f && f->kind == N_IDENT)
			name = f->name;
		if (name && ((f->kind == N_SELECTOR && is_log_method(name)) || map_get(&in->helpers, name))) {
			if (*line == 0)
				*line = e->pos.line;
		}
	}
	Node *kids[] = {e->x, e->y, e->z, e->w, e->init, e->cond, e->post};
	bool found = *line != 0;
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (kids[i] && expr_logs(kids[i], in, line))
			found = true;
	for (int i = 0; i < e->list.n; i++)
		if (expr_logs(e->list.v[i], in, line))
			found = true;
	for (int i = 0; i < e->list2.n; i++)
		if (expr_logs(e->list2.v[i], in, line))
			found = true;
	return found || *line != 0;
}

static void instr_body(Node *body, Instr *in);

/* Instrument the bodies of the function literals in e. */
static void instr_funclits(Node *e, Instr *in) {
	if (!e)
		return;
	if (e->kind == N_FUNCLIT) {
		instr_body(e->body, in);
		return;
	}
	Node *kids[] = {e->x, e->y, e->z, e->w};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		instr_funclits(kids[i], in);
	for (int i = 0; i < e->list.n; i++)
		instr_funclits(e->list.v[i], in);
	for (int i = 0; i < e->list2.n; i++)
		instr_funclits(e->list2.v[i], in);
}

/* The line of the first logging call in the header of statement s (its
 * expressions, not its nested blocks), or 0. */
static int stmt_log_line(Node *s, Instr *in) {
	int line = 0;
	if (!s)
		return 0;
	switch (s->kind) {
	case N_EXPRSTMT: case N_SEND: case N_INCDEC: case N_ASSIGN: case N_RETURN: case N_DECLSTMT:
		expr_logs(s, in, &line);
		break;
	case N_IF: case N_SWITCH: case N_TYPESWITCH:
		if (s->init)
			line = stmt_log_line(s->init, in);
		if (!line)
			expr_logs(s->cond, in, &line);
		if (!line && s->kind != N_IF)
			expr_logs(s->x, in, &line);
		break;
	case N_FOR:
		if (s->init)
			line = stmt_log_line(s->init, in);
		if (!line)
			expr_logs(s->cond, in, &line);
		break;
	case N_RANGE:
		expr_logs(s->z, in, &line);
		if (!line)
			expr_logs(s->x, in, &line);
		break;
	case N_LABELED:
		line = stmt_log_line(s->x, in);
		break;
	default:
		break;
	}
	return line;
}

static Node *hint_stmt(Instr *in, Pos pos, int fn, int line) {
	Node *call = new_node(N_CALL, pos);
	Node *callee;
	if (*in->qual) {
		callee = new_node(N_SELECTOR, pos);
		callee->x = new_node(N_IDENT, pos);
		callee->x->name = xstrdup(in->qual);
		callee->name = xstrdup("TgoLine");
		callee->npos = pos;
	} else {
		callee = new_node(N_IDENT, pos);
		callee->name = xstrdup("TgoLine");
	}
	call->x = callee;
	Node *f = new_node(N_BASICLIT, pos);
	f->op = TK_STRING;
	f->text = go_quote(in->file);
	f->textlen = (int)strlen(f->text);
	f->str = xstrdup(in->file);
	f->slen = (int64_t)strlen(in->file);
	nodes_push(&call->list, f);
	int nums[2] = {fn, line};
	for (int i = 0; i < 2; i++) {
		Node *k = new_node(N_BASICLIT, pos);
		k->op = TK_INT;
		k->text = fmt("%d", nums[i]);
		k->textlen = (int)strlen(k->text);
		nodes_push(&call->list, k);
	}
	Node *s = new_node(N_EXPRSTMT, pos);
	s->x = call;
	return s;
}

static void instr_stmt_list(Nodes *list, int fn, Instr *in);

/* Instrument what is nested in statement s (blocks, function literals). */
static void instr_nested(Node *s, int fn, Instr *in) {
	if (!s)
		return;
	switch (s->kind) {
	case N_BLOCK:
		instr_stmt_list(&s->list, fn, in);
		return;
	case N_LABELED:
		instr_nested(s->x, fn, in);
		return;
	case N_IF:
		instr_nested(s->init, fn, in);
		instr_funclits(s->cond, in);
		instr_nested(s->body, fn, in);
		if (s->els && s->els->kind == N_IF) {
			int line = stmt_log_line(s->els, in);
			if (line) {
				/* else if ...: else { TgoLine(...); if ... } */
				Node *b = new_node(N_BLOCK, s->els->pos);
				b->end = s->els->pos;
				nodes_push(&b->list, hint_stmt(in, s->els->pos, fn, line));
				nodes_push(&b->list, s->els);
				instr_nested(s->els, fn, in);
				s->els = b;
				return;
			}
		}
		instr_nested(s->els, fn, in);
		return;
	case N_FOR:
		instr_nested(s->init, fn, in);
		instr_funclits(s->cond, in);
		instr_nested(s->post, fn, in);
		instr_nested(s->body, fn, in);
		return;
	case N_RANGE:
		instr_funclits(s->z, in);
		instr_nested(s->body, fn, in);
		return;
	case N_SWITCH: case N_TYPESWITCH:
		instr_nested(s->init, fn, in);
		instr_funclits(s->x, in);
		instr_funclits(s->cond, in);
		for (int i = 0; i < s->list.n; i++) {
			Node *c = s->list.v[i];
			for (int j = 0; j < c->list.n; j++)
				instr_funclits(c->list.v[j], in);
			instr_stmt_list(&c->list2, fn, in);
		}
		return;
	case N_SELECT:
		for (int i = 0; i < s->list.n; i++) {
			Node *c = s->list.v[i];
			instr_nested(c->x, fn, in);
			instr_stmt_list(&c->list2, fn, in);
		}
		return;
	default:
		instr_funclits(s, in);
		return;
	}
}

static void instr_stmt_list(Nodes *list, int fn, Instr *in) {
	Nodes out = {0};
	for (int i = 0; i < list->n; i++) {
		Node *s = list->v[i];
		int line = stmt_log_line(s, in);
		if (line)
			nodes_push(&out, hint_stmt(in, s->pos, fn, line));
		nodes_push(&out, s);
		instr_nested(s, fn, in);
	}
	*list = out;
}

static void instr_body(Node *body, Instr *in) {
	if (!body)
		return;
	int fn = in->g->next_fn++;
	instr_stmt_list(&body->list, fn, in);
}

/* Does the body (not its function literals) call .Helper()? */
static bool calls_helper(Node *n) {
	if (!n || n->kind == N_FUNCLIT)
		return false;
	if (n->kind == N_CALL) {
		Node *f = skip_parens(n->x);
		if (f && f->kind == N_SELECTOR && strcmp(f->name, "Helper") == 0)
			return true;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (calls_helper(kids[i]))
			return true;
	for (int i = 0; i < n->list.n; i++)
		if (calls_helper(n->list.v[i]))
			return true;
	for (int i = 0; i < n->list2.n; i++)
		if (calls_helper(n->list2.v[i]))
			return true;
	return false;
}

/* Helper function literals assigned to names: check := func(...) {
 * t.Helper(); ... } */
static void find_helper_literals(Node *n, Map *helpers) {
	if (!n)
		return;
	if (n->kind == N_ASSIGN && n->list.n == n->list2.n) {
		for (int i = 0; i < n->list.n; i++) {
			Node *l = n->list.v[i], *r = skip_parens(n->list2.v[i]);
			if (l->kind == N_IDENT && r && r->kind == N_FUNCLIT && calls_helper(r->body))
				map_put(helpers, l->name, (void *)1);
		}
	}
	if (n->kind == N_FUNCLIT) {
		find_helper_literals(n->body, helpers);
		return;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		find_helper_literals(kids[i], helpers);
	for (int i = 0; i < n->list.n; i++)
		find_helper_literals(n->list.v[i], helpers);
	for (int i = 0; i < n->list2.n; i++)
		find_helper_literals(n->list2.v[i], helpers);
}

/* How file names package testing: its import name, "" for a dot import,
 * NULL when it does not import it. */
static const char *testing_qualifier(Node *file) {
	for (int i = 0; i < file->list.n; i++) {
		Node *d = file->list.v[i];
		if (d->kind != N_GENDECL || d->op != TK_IMPORT)
			continue;
		for (int j = 0; j < d->list.n; j++) {
			Node *spec = d->list.v[j];
			if (!spec->str || strcmp(spec->str, "testing") != 0)
				continue;
			if (!spec->x)
				return "testing";
			if (strcmp(spec->x->name, "_") == 0)
				return NULL;
			if (strcmp(spec->x->name, ".") == 0)
				return "";
			return spec->x->name;
		}
	}
	return NULL;
}

static void instrument_package(Package *p, MainGen *g, Map *helpers) {
	if (!p)
		return;
	for (int i = 0; i < p->files.len; i++) {
		Node *file = p->files.data[i];
		const char *qual = testing_qualifier(file);
		SourceFile *sf = file_of(file);
		if (!qual || !sf)
			continue;
		Instr in = {.helpers = *helpers, .qual = qual, .g = g};
		const char *slash = strrchr(sf->path, '/');
		in.file = slash ? slash + 1 : sf->path;
		for (int j = 0; j < file->list.n; j++) {
			Node *d = file->list.v[j];
			if (d->kind == N_FUNCDECL && d->body)
				instr_body(d->body, &in);
		}
	}
}

static void collect_helpers(Package *p, Map *helpers) {
	if (!p)
		return;
	for (int i = 0; i < p->files.len; i++) {
		Node *file = p->files.data[i];
		if (!testing_qualifier(file))
			continue;
		for (int j = 0; j < file->list.n; j++) {
			Node *d = file->list.v[j];
			if (d->kind != N_FUNCDECL || !d->body)
				continue;
			if (calls_helper(d->body))
				map_put(helpers, d->x->name, (void *)1);
			find_helper_literals(d->body, helpers);
		}
	}
}

static bool is_test_file(Node *file) {
	SourceFile *sf = file_of(file);
	return sf && has_suffix(sf->path, "_test.go");
}

/* load_test_program's callback: find the tests, instrument the test
 * files, write _testmain.go. */
static char *make_test_main(Package *ptest, Package *xtest, void *arg) {
	MainGen *g = arg;
	g->next_fn = 1;
	for (int i = 0; i < ptest->files.len; i++)
		if (is_test_file(ptest->files.data[i]))
			collect_file(g, ptest->files.data[i], "_test", &g->import_test, &g->need_test);
	if (xtest)
		for (int i = 0; i < xtest->files.len; i++)
			collect_file(g, xtest->files.data[i], "_xtest", &g->import_xtest, &g->need_xtest);
	exit_if_errors();
	Map helpers = {0};
	collect_helpers(ptest, &helpers);
	collect_helpers(xtest, &helpers);
	instrument_package(ptest, g, &helpers);
	instrument_package(xtest, g, &helpers);

	Buf b = {0};
	buf_puts(&b, "// Code generated by 'tgo test'. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
	/* the package under test is always imported: its init functions run */
	buf_printf(&b, "\t%s %s\n", g->need_test ? "_test" : "_", go_quote(g->ipath));
	if (xtest)
		buf_printf(&b, "\t%s %s\n", g->need_xtest ? "_xtest" : "_", go_quote(fmt("%s_test", g->ipath)));
	buf_puts(&b, ")\n\n");
	write_table(&b, "InternalTest", &g->tests, false);
	write_table(&b, "InternalBenchmark", &g->benchmarks, false);
	write_table(&b, "InternalExample", &g->examples, true);
	buf_printf(&b, "func main() {\n\tm := testing.MainStart(testing.TgoDeps{Path: %s, Module: %s}, tests, benchmarks, nil, examples)\n",
	           go_quote(g->ipath), go_quote(module_of(g->ipath, ptest->dir)));
	if (g->testmain)
		buf_printf(&b, "\t%s.TestMain(m)\n\tos.Exit(testing.TgoExitCode(m))\n", g->testmain->pkg);
	else
		buf_puts(&b, "\tos.Exit(m.Run())\n");
	buf_puts(&b, "}\n");
	char *path = fmt("%s/_testmain.go", g->workdir);
	FILE *f = fopen(path, "w");
	if (!f)
		fatal("cannot create %s", path);
	fwrite(b.data, 1, b.len, f);
	fclose(f);
	return path;
}

/* ---- work directory ---- */

/* ---- build and run ---- */

/* Build the test binary at exe; returns the compiler's exit status (the
 * compiler runs in a child: it exits on errors). */
static int build_test_binary(TestPkg *tp, const char *exe, const char *wd) {
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		MainGen g = {.workdir = wd, .ipath = tp->ipath};
		Package *ptest, *xtest;
		Program *prog = load_test_program(tp->dir, &tp->files, &tp->xfiles, tp->ipath, make_test_main, &g,
		                                  &ptest, &xtest);
		int r = compile_loaded(prog, ptest, exe, wd);
		fflush(stdout);
		fflush(stderr);
		_exit(r ? 1 : 0);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 2;
}

/* Build a package without test files as tgo build does (go test builds
 * it before it says "[no test files]"); returns the compiler's status. */
static int build_package(TestOpts *o, TestPkg *tp, const char *out, const char *wd) {
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		char *dot = (char *)tp->dir;
		char **args = o->pkgargs.len ? (char **)o->pkgargs.data : &dot;
		int nargs = o->pkgargs.len ? o->pkgargs.len : 1;
		Program *prog = load_program(args, nargs);
		int r = compile_loaded(prog, NULL, out, wd);
		fflush(stdout);
		fflush(stderr);
		_exit(r ? 1 : 0);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}

static double now_seconds(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run exe in dir with args; the merged output goes to stdout as it comes
 * when stream is set, and is kept in *out.  Returns the wait status. */
static int run_test_binary(const char *exe, const char *dir, Vec *args, bool stream, Buf *out, double *secs) {
	int fds[2];
	if (pipe(fds) < 0)
		fatal("pipe: %s", strerror(errno));
	fflush(stdout);
	fflush(stderr);
	double t0 = now_seconds();
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 1);
		dup2(fds[1], 2);
		close(fds[1]);
		if (chdir(dir) < 0) {
			fprintf(stderr, "tgo: cannot chdir to %s: %s\n", dir, strerror(errno));
			_exit(127);
		}
		char **argv = xalloc(sizeof(char *) * (args->len + 2));
		argv[0] = (char *)exe;
		for (int i = 0; i < args->len; i++)
			argv[i + 1] = args->data[i];
		argv[args->len + 1] = NULL;
		execv(exe, argv);
		fprintf(stderr, "tgo: cannot run %s: %s\n", exe, strerror(errno));
		_exit(127);
	}
	close(fds[1]);
	signal(SIGINT, SIG_IGN);
	char chunk[8192];
	for (;;) {
		ssize_t n = read(fds[0], chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (stream) {
			fwrite(chunk, 1, (size_t)n, stdout);
			fflush(stdout);
		}
		buf_write(out, chunk, (size_t)n);
	}
	close(fds[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	*secs = now_seconds() - t0;
	return status;
}

static bool buf_contains(Buf *b, const char *s) {
	size_t n = strlen(s);
	if (b->len < n)
		return false;
	for (size_t i = 0; i + n <= b->len; i++)
		if (memcmp(b->data + i, s, n) == 0)
			return true;
	return false;
}

/* What exec.Cmd's error prints for a wait status. */
static char *exit_error(int status) {
	if (WIFEXITED(status))
		return fmt("exit status %d", WEXITSTATUS(status));
	if (WIFSIGNALED(status)) {
		const char *s = strsignal(WTERMSIG(status));
		char *lower = xstrdup(s ? s : "unknown signal");
		lower[0] = (char)tolower((unsigned char)lower[0]);
		return fmt("signal: %s", lower);
	}
	return xstrdup("exit status 1");
}

int cmd_test(int argc, char **argv) {
	TestOpts o = {0};
	parse_test_flags(argc, argv, 2, &o);
	TestPkg tp = {0};
	find_package(&o, &tp);
	bool named = o.pkgargs.len > 0;
	char *wd = make_workdir(o.work);
	if (tp.ntestfiles == 0 && !o.compile_only) {
		/* go test still builds the package */
		if (build_package(&o, &tp, fmt("%s/pkg.out", wd), wd) != 0) {
			printf("FAIL\t%s [build failed]\n", tp.ipath);
			if (named)
				printf("FAIL\n");
			return 1;
		}
		printf("?   \t%s\t[no test files]\n", tp.ipath);
		return 0;
	}
	char *exe = fmt("%s/pkg.test", wd);
	if (o.compile_only) {
		const char *base = strrchr(tp.ipath, '/');
		base = base ? base + 1 : tp.ipath;
		if (!strcmp(tp.ipath, "command-line-arguments")) {
			char *first = tp.files.len ? tp.files.data[0] : tp.xfiles.data[0];
			const char *s = strrchr(first, '/');
			char *b = xstrdup(s ? s + 1 : first);
			b[strlen(b) - 3] = 0;
			if (has_suffix(b, "_test"))
				b[strlen(b) - 5] = 0;
			base = b;
		}
		exe = o.out ? (char *)o.out : fmt("%s.test", base);
		/* -o /dev/null (or another device): build and discard, as go does;
		 * ld would replace the device with a regular file */
		struct stat st;
		if (stat(exe, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
			exe = fmt("%s/pkg.test", wd);
	}
	if (build_test_binary(&tp, exe, wd) != 0) {
		printf("FAIL\t%s [build failed]\n", tp.ipath);
		if (named)
			printf("FAIL\n");
		return 1;
	}
	if (o.compile_only)
		return 0;
	if (exe[0] != '/') {
		char cwd[4096];
		if (getcwd(cwd, sizeof cwd))
			exe = fmt("%s/%s", cwd, exe);
	}
	/* go test's output modes (runTestActor.Act) */
	bool show_pass = o.verbose || o.list || o.help;
	bool stream_only = !named || o.bench;
	bool stream = stream_only || show_pass; /* one package: -v streams and keeps */
	Buf out = {0};
	double secs;
	int status = run_test_binary(exe, tp.dir, &o.binargs, stream, &out, &secs);
	char *t = fmt("%.3fs", secs);
	Buf *shown = stream_only ? NULL : &out; /* what go test kept as "out" */
	bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
	if (ok) {
		const char *norun = "";
		if (shown && buf_contains(shown, "testing: warning: no tests to run\n"))
			norun = " [no tests to run]";
		if (shown && shown->len > 0 && shown->data[shown->len - 1] != '\n')
			printf("\n");
		printf("ok  \t%s\t%s%s\n", tp.ipath, t, norun);
		return 0;
	}
	if (!stream)
		fwrite(out.data, 1, out.len, stdout);
	size_t kept = shown ? shown->len : 0;
	if (!WIFEXITED(status) || kept == 0)
		printf("%s\n", exit_error(status));
	else if (out.data[out.len - 1] != '\n')
		printf("\n");
	printf("FAIL\t%s\t%s\n", tp.ipath, t);
	if (named)
		printf("FAIL\n");
	return 1;
}

void help_test(void) {
	printf("usage: tgo test [build/test flags] [dir | files] [build/test flags & test binary flags]\n\n"
	       "Test builds the package in a directory (default .) or the named .go files\n"
	       "together with its _test.go files, runs its Test, Example and (with -bench)\n"
	       "Benchmark functions, and prints go test's output: \"ok  \\tpkg\\t0.012s\" or the\n"
	       "failures and \"FAIL\\tpkg\\t0.012s\".  The exit status is 1 when a test fails.\n\n"
	       "Test flags (also accepted as -test.X; passed to the test binary):\n\n"
	       "\t-run regexp      run only tests and examples matching regexp\n"
	       "\t-bench regexp    run benchmarks matching regexp ('.' for all)\n"
	       "\t-benchmem        print allocs/op and B/op for benchmarks\n"
	       "\t-benchtime t     run each benchmark for duration t (1s) or t=Nx times\n"
	       "\t-count n         run each test and benchmark n times\n"
	       "\t-v               verbose: log all tests as they run\n"
	       "\t-timeout d       panic after d (default 10m)\n"
	       "\t-short           tell long-running tests to shorten their run time\n"
	       "\t-failfast        do not start new tests after the first failure\n"
	       "\t-cpu list, -list regexp, -skip regexp, -parallel n\n\n"
	       "Build flags: -gcflags 'flags' (as for tgo build: -m prints the escape analysis\n"
	       "of the package under test), -work, -c (build pkg.test, do not run), -o file.\n"
	       "Arguments after -args go to the test binary unchanged.\n");
}
