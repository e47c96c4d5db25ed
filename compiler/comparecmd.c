/*
 * comparecmd.c — `tgo compare`: run a package's benchmarks under real Go
 * and under tgo, and print one table of allocs/op, B/op and ns/op side by
 * side, then the -m lines only one of the two compilers prints.
 *
 *   tgo compare [-bench regexp] [-count n] [-benchtime t] [-run regexp]
 *               [-gcflags 'flags'] [-tgoflags 'flags'] [-strict] [-raw prefix]
 *               [-m=false] [dir | files]
 *
 * Both tools run `TOOL test -run ^$ -bench B -benchmem -count N` in the
 * package's directory with GOMAXPROCS=1 (tgo runs goroutines on one
 * thread; so does gc then, and benchmark names match without "-N").
 * -gcflags go to both, -tgoflags to tgo only (say -d=escapeall, every
 * allocation on the heap: a forced difference).  A package outside any Go
 * module is copied, with a go.mod, to a temporary directory for go.  With
 * -count > 1, ns/op is the mean; allocs/op and B/op are the first run's.
 *
 * Exit status: 0; 1 if a build or a run fails, or with -strict if any
 * allocs/op differs (or a benchmark ran under only one tool); 2 for usage
 * errors and when `go` is not installed.  -raw P writes the two outputs, in
 * Go's benchmark format, to P.gc.txt and P.tgo.txt (benchstat reads them).
 */
#include "testcmd.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct CompareOpts {
	const char *bench, *count, *benchtime, *run;
	const char *gcflags, *tgoflags;
	const char *raw;
	bool strict, mlines;
	Vec pkgargs;
} CompareOpts;

static _Noreturn void compare_usage(void) {
	fprintf(stderr, "usage: tgo compare [-bench regexp] [-count n] [-benchtime t] [-gcflags 'flags'] "
	                "[-tgoflags 'flags'] [-strict] [-raw prefix] [-m=false] [dir | files]\n"
	                "Run 'tgo help compare' for details.\n");
	exit(2);
}

static void parse_compare_flags(int argc, char **argv, CompareOpts *o) {
	o->bench = ".";
	o->count = "1";
	o->run = "^$";
	o->mlines = true;
	for (int i = 2; i < argc; i++) {
		char *a = argv[i];
		if (a[0] != '-' || !a[1]) {
			vec_push(&o->pkgargs, a);
			continue;
		}
		if (a[1] == '-')
			a++;
		char *eq = strchr(a, '=');
		char *name = eq ? xstrndup(a + 1, eq - a - 1) : xstrdup(a + 1);
		char *val = eq ? eq + 1 : NULL;
		if (!strcmp(name, "strict") || !strcmp(name, "m")) {
			bool b = !val || !strcmp(val, "true") || !strcmp(val, "1");
			if (val && !b && strcmp(val, "false") && strcmp(val, "0"))
				compare_usage();
			if (!strcmp(name, "strict"))
				o->strict = b;
			else
				o->mlines = b;
			continue;
		}
		const char **dst = !strcmp(name, "bench") ? &o->bench : !strcmp(name, "count") ? &o->count
		                  : !strcmp(name, "benchtime") ? &o->benchtime : !strcmp(name, "run") ? &o->run
		                  : !strcmp(name, "gcflags") ? &o->gcflags : !strcmp(name, "tgoflags") ? &o->tgoflags
		                  : !strcmp(name, "raw") ? &o->raw : NULL;
		if (!dst) {
			fprintf(stderr, "flag provided but not defined: -%s\n", name);
			compare_usage();
		}
		if (!val) {
			if (i + 1 >= argc) {
				fprintf(stderr, "flag needs an argument: -%s\n", name);
				compare_usage();
			}
			val = argv[++i];
		}
		*dst = val;
	}
}

/* ---- running the two tools ---- */

static bool go_installed(void) {
	const char *path = getenv("PATH");
	if (!path)
		return false;
	char *copy = xstrdup(path);
	for (char *d = strtok(copy, ":"); d; d = strtok(NULL, ":")) {
		char *f = fmt("%s/go", *d ? d : ".");
		if (access(f, X_OK) == 0)
			return true;
	}
	return false;
}

/* Run argv in dir with GOMAXPROCS=1; stdout and stderr go to *out (merged)
 * or to *out and *err.  Returns the exit status (-1 if killed). */
static int run_capture(const char *dir, char **argv, Buf *out, Buf *err) {
	int ofd[2], efd[2];
	if (pipe(ofd) < 0 || (err && pipe(efd) < 0))
		fatal("pipe: %s", strerror(errno));
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		dup2(ofd[1], 1);
		dup2(err ? efd[1] : ofd[1], 2);
		close(ofd[0]);
		close(ofd[1]);
		if (err) {
			close(efd[0]);
			close(efd[1]);
		}
		if (chdir(dir) < 0) {
			fprintf(stderr, "tgo compare: cannot chdir to %s: %s\n", dir, strerror(errno));
			_exit(127);
		}
		setenv("GOMAXPROCS", "1", 1);
		execvp(argv[0], argv);
		fprintf(stderr, "tgo compare: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(ofd[1]);
	if (err)
		close(efd[1]);
	/* read both pipes (stderr is small; read it after stdout closes) */
	char chunk[8192];
	ssize_t n;
	while ((n = read(ofd[0], chunk, sizeof chunk)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		buf_write(out, chunk, (size_t)n);
	}
	close(ofd[0]);
	if (err) {
		while ((n = read(efd[0], chunk, sizeof chunk)) != 0) {
			if (n < 0) {
				if (errno == EINTR)
					continue;
				break;
			}
			buf_write(err, chunk, (size_t)n);
		}
		close(efd[0]);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static bool has_go_mod(const char *dir) {
	char *abs = realpath(dir, NULL);
	char *d = abs ? xstrdup(abs) : NULL;
	while (d && *d) {
		struct stat st;
		if (stat(fmt("%s/go.mod", d), &st) == 0)
			return true;
		char *slash = strrchr(d, '/');
		if (!slash || slash == d)
			break;
		*slash = 0;
	}
	return false;
}

/* A copy of the package's .go files (and testdata) with a go.mod, for a
 * package outside any module. */
static char *module_copy(const char *dir, const char *tmp) {
	char *copy = fmt("%s/src", tmp);
	char *cmd = fmt("mkdir -p '%s' && cp '%s'/*.go '%s'/ && { [ ! -d '%s/testdata' ] || cp -R '%s/testdata' '%s'/; }",
	                copy, dir, copy, dir, dir, copy);
	if (system(cmd) != 0)
		fatal("cannot copy %s to %s", dir, copy);
	char *abs = realpath(dir, NULL);
	const char *base = abs ? strrchr(abs, '/') : NULL;
	FILE *f = fopen(fmt("%s/go.mod", copy), "w");
	if (!f)
		fatal("cannot write %s/go.mod", copy);
	fprintf(f, "module %s\n\ngo 1.26\n", base && base[1] ? base + 1 : "compare");
	fclose(f);
	return copy;
}

static char *self_exe(void) {
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0)
		return "tgo";
	buf[n] = 0;
	return xstrdup(buf);
}

/* ---- benchmark results ---- */

typedef struct BenchRes {
	char *name;
	int runs;
	double ns_sum;
	bool has_ns;
	int64_t bop, aop;
	bool has_mem;
	bool failed;
} BenchRes;

static BenchRes *find_res(Vec *v, const char *name, bool create) {
	for (int i = 0; i < v->len; i++) {
		BenchRes *r = v->data[i];
		if (!strcmp(r->name, name))
			return r;
	}
	if (!create)
		return NULL;
	BenchRes *r = xalloc(sizeof *r);
	r->name = xstrdup(name);
	vec_push(v, r);
	return r;
}

/* "BenchmarkX-8" -> "BenchmarkX" */
static char *strip_procs(const char *name) {
	char *s = xstrdup(name);
	char *dash = strrchr(s, '-');
	if (dash && dash[1]) {
		char *p = dash + 1;
		while (*p >= '0' && *p <= '9')
			p++;
		if (!*p)
			*dash = 0;
	}
	return s;
}

/* The result lines of go test's benchmark output: name, N, then
 * "value unit" pairs. */
static void parse_bench_output(const char *text, Vec *res) {
	char *copy = xstrdup(text);
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		if (has_prefix(line, "--- FAIL: Benchmark")) {
			char *name = strip_procs(line + 10);
			char *sp = strchr(name, ' ');
			if (sp)
				*sp = 0;
			find_res(res, name, true)->failed = true;
			continue;
		}
		if (!has_prefix(line, "Benchmark"))
			continue;
		char *fields[64];
		int nf = 0;
		char *save;
		for (char *f = strtok_r(line, " \t", &save); f && nf < 64; f = strtok_r(NULL, " \t", &save))
			fields[nf++] = f;
		if (nf < 2 || !isdigit((unsigned char)fields[1][0]))
			continue; /* a -v "BenchmarkX" line */
		BenchRes *r = find_res(res, strip_procs(fields[0]), true);
		bool first = r->runs == 0;
		r->runs++;
		for (int i = 2; i + 1 < nf; i += 2) {
			double v = strtod(fields[i], NULL);
			const char *unit = fields[i + 1];
			if (!strcmp(unit, "ns/op")) {
				r->ns_sum += v;
				r->has_ns = true;
			} else if (!strcmp(unit, "B/op") && first) {
				r->bop = (int64_t)v;
				r->has_mem = true;
			} else if (!strcmp(unit, "allocs/op") && first) {
				r->aop = (int64_t)v;
				r->has_mem = true;
			}
		}
	}
}

/* ---- -m lines ---- */

/* A -m line with its file names reduced to their base names ("dir/x.go:3:4"
 * and "./x.go:3:4" become "x.go:3:4"): the go command replays cached
 * compiler output with the paths of the run that filled its cache. */
static char *base_names(const char *line) {
	Buf b = {0};
	const char *p = line;
	while (*p) {
		/* a run of path characters ending in ".go:" */
		const char *q = p;
		while (*q && (isalnum((unsigned char)*q) || strchr("_./-", *q)))
			q++;
		if (q > p && *q == ':' && q - p > 3 && !strncmp(q - 3, ".go", 3)) {
			const char *slash = NULL;
			for (const char *r = p; r < q; r++)
				if (*r == '/')
					slash = r;
			buf_write(&b, slash ? slash + 1 : p, (size_t)(q - (slash ? slash + 1 : p)));
			p = q;
		} else if (q > p) {
			buf_write(&b, p, (size_t)(q - p));
			p = q;
		} else {
			buf_putc(&b, *p++);
		}
	}
	return xstrdup(buf_cstr(&b));
}

/* The -m lines of the package under test: the section after a header
 * "# path [path.test]" whose path is not an external test package. */
static void m_section(const char *text, Vec *lines) {
	char *copy = xstrdup(text);
	bool in = false;
	for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] == '#' && line[1] == ' ') {
			char *sp = strchr(line + 2, ' ');
			in = sp && has_suffix(line, ".test]") && sp[1] == '[' &&
			     !(sp - line - 2 >= 5 && !strncmp(sp - 5, "_test", 5));
			continue;
		}
		if (in)
			vec_push(lines, base_names(line));
	}
}

static int count_in(Vec *v, const char *s) {
	int n = 0;
	for (int i = 0; i < v->len; i++)
		if (!strcmp(v->data[i], s))
			n++;
	return n;
}

/* Lines of a not in b (as multisets, in a's order). */
static void only_in(Vec *a, Vec *b, Vec *out) {
	for (int i = 0; i < a->len; i++) {
		char *s = a->data[i];
		int seen_a = 0;
		for (int j = 0; j <= i; j++)
			if (!strcmp(a->data[j], s))
				seen_a++;
		if (seen_a > count_in(b, s))
			vec_push(out, s);
	}
}

/* ---- the table ---- */

static char *fmt_ns(BenchRes *r) {
	if (!r || !r->has_ns)
		return "-";
	double v = r->ns_sum / r->runs;
	if (v >= 100)
		return fmt("%.1f", v);
	if (v >= 10)
		return fmt("%.2f", v);
	return fmt("%.3f", v);
}

static char *fmt_i(BenchRes *r, bool allocs) {
	if (!r)
		return "-";
	if (r->failed && !r->has_mem)
		return "FAIL";
	if (!r->has_mem)
		return "-";
	return fmt("%lld", (long long)(allocs ? r->aop : r->bop));
}

typedef struct Row {
	char *cells[9];
} Row;

static int display_width(const char *s) {
	int w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xc0) != 0x80)
			w++;
	return w;
}

static void print_table(Vec *gc, Vec *tg, int *ndiff) {
	Vec names = {0};
	for (int i = 0; i < gc->len; i++)
		vec_push(&names, ((BenchRes *)gc->data[i])->name);
	for (int i = 0; i < tg->len; i++) {
		BenchRes *r = tg->data[i];
		if (!find_res(gc, r->name, false))
			vec_push(&names, r->name);
	}
	Vec rows = {0};
	Row *h1 = xalloc(sizeof *h1), *h2 = xalloc(sizeof *h2);
	const char *t1[9] = {"", "allocs/op", "", "", "B/op", "", "ns/op", "", ""};
	const char *t2[9] = {"benchmark", "gc", "tgo", "", "gc", "tgo", "gc", "tgo", "tgo/gc"};
	for (int k = 0; k < 9; k++) {
		h1->cells[k] = (char *)t1[k];
		h2->cells[k] = (char *)t2[k];
	}
	vec_push(&rows, h1);
	vec_push(&rows, h2);
	*ndiff = 0;
	for (int i = 0; i < names.len; i++) {
		BenchRes *g = find_res(gc, names.data[i], false), *t = find_res(tg, names.data[i], false);
		Row *r = xalloc(sizeof *r);
		r->cells[0] = names.data[i];
		r->cells[1] = fmt_i(g, true);
		r->cells[2] = fmt_i(t, true);
		bool same = g && t && g->has_mem && t->has_mem && g->aop == t->aop;
		if (!same)
			(*ndiff)++;
		r->cells[3] = same ? "=" : "≠";
		r->cells[4] = fmt_i(g, false);
		r->cells[5] = fmt_i(t, false);
		r->cells[6] = fmt_ns(g);
		r->cells[7] = fmt_ns(t);
		if (g && t && g->has_ns && t->has_ns && g->ns_sum > 0)
			r->cells[8] = fmt("%.2fx", (t->ns_sum / t->runs) / (g->ns_sum / g->runs));
		else
			r->cells[8] = "-";
		vec_push(&rows, r);
	}
	int w[9] = {0};
	for (int i = 0; i < rows.len; i++) {
		Row *r = rows.data[i];
		for (int k = 0; k < 9; k++) {
			int n = display_width(r->cells[k]);
			if (i == 0 && (k == 1 || k == 4 || k == 6))
				continue; /* group titles span their columns */
			if (n > w[k])
				w[k] = n;
		}
	}
	/* a group title must fit over its columns */
	int spans[3][3] = {{1, 3, 0}, {4, 5, 0}, {6, 8, 0}};
	for (int s = 0; s < 3; s++) {
		int a = spans[s][0], b = spans[s][1];
		int width = 0;
		for (int k = a; k <= b; k++)
			width += w[k] + (k > a ? 2 : 0);
		int need = display_width(((Row *)rows.data[0])->cells[a]);
		if (need > width)
			w[b] += need - width;
	}
	for (int i = 0; i < rows.len; i++) {
		Row *r = rows.data[i];
		Buf b = {0};
		for (int k = 0; k < 9; k++) {
			const char *c = r->cells[k];
			int pad = w[k] - display_width(c);
			if (k > 0)
				buf_puts(&b, k == 1 || k == 4 || k == 6 ? "    " : "  ");
			if (i == 0 && (k == 1 || k == 4 || k == 6)) {
				buf_puts(&b, c); /* left-aligned over its group */
				int span = 0, a = k, e = k == 1 ? 3 : k == 4 ? 5 : 8;
				for (int j = a; j <= e; j++)
					span += w[j] + (j > a ? 2 : 0);
				for (int j = display_width(c); j < span; j++)
					buf_putc(&b, ' ');
				k = e;
				continue;
			}
			if (k == 0) {
				buf_puts(&b, c);
				for (int j = 0; j < pad; j++)
					buf_putc(&b, ' ');
			} else {
				for (int j = 0; j < pad; j++)
					buf_putc(&b, ' ');
				buf_puts(&b, c);
			}
		}
		char *line = buf_cstr(&b);
		size_t n = strlen(line);
		while (n > 0 && line[n - 1] == ' ')
			line[--n] = 0;
		printf("%s\n", line);
	}
}

/* ---- the command ---- */

static void write_file(const char *path, Buf *b) {
	FILE *f = fopen(path, "w");
	if (!f)
		fatal("cannot create %s: %s", path, strerror(errno));
	fwrite(b->data, 1, b->len, f);
	fclose(f);
}

static char *join_flags(const char *a, const char *b) {
	if (a && *a && b && *b)
		return fmt("%s %s", a, b);
	if (a && *a)
		return xstrdup(a);
	return b ? xstrdup(b) : xstrdup("");
}

int cmd_compare(int argc, char **argv) {
	CompareOpts o = {0};
	parse_compare_flags(argc, argv, &o);
	if (!go_installed()) {
		fprintf(stderr, "tgo compare: go is not installed (not on PATH): there is no gc to compare with\n");
		return 2;
	}
	/* where the tools run: the package's directory, or the current one
	 * for a list of files */
	const char *dir = ".";
	Vec files = {0};
	if (o.pkgargs.len == 1 && !has_suffix(o.pkgargs.data[0], ".go")) {
		dir = o.pkgargs.data[0];
	} else {
		for (int i = 0; i < o.pkgargs.len; i++)
			vec_push(&files, o.pkgargs.data[i]);
	}
	char *tmp = xstrdup("/tmp/tgo-compare-XXXXXX");
	const char *t = getenv("TMPDIR");
	if (t && *t)
		tmp = fmt("%s/tgo-compare-XXXXXX", t);
	if (!mkdtemp(tmp))
		fatal("cannot create a temporary directory: %s", strerror(errno));
	const char *godir = dir;
	if (!files.len && !has_go_mod(dir))
		godir = module_copy(dir, tmp);

	char *tgo = self_exe();
	char *gcf = o.gcflags ? xstrdup(o.gcflags) : NULL;
	char *tgf = join_flags(o.gcflags, o.tgoflags);
	Vec ga = {0}, ta = {0};
	const char *common[] = {"test", "-run", o.run, "-bench", o.bench, "-benchmem", "-count", o.count};
	vec_push(&ga, "go");
	vec_push(&ta, tgo);
	for (size_t i = 0; i < sizeof common / sizeof common[0]; i++) {
		vec_push(&ga, (char *)common[i]);
		vec_push(&ta, (char *)common[i]);
	}
	if (o.benchtime) {
		vec_push(&ga, fmt("-benchtime=%s", o.benchtime));
		vec_push(&ta, fmt("-benchtime=%s", o.benchtime));
	}
	if (gcf)
		vec_push(&ga, fmt("-gcflags=%s", gcf));
	if (*tgf)
		vec_push(&ta, fmt("-gcflags=%s", tgf));
	for (int i = 0; i < files.len; i++) {
		vec_push(&ga, files.data[i]);
		vec_push(&ta, files.data[i]);
	}
	vec_push(&ga, NULL);
	vec_push(&ta, NULL);

	Buf gout = {0}, tout = {0};
	int gst = run_capture(godir, (char **)ga.data, &gout, NULL);
	int tst = run_capture(dir, (char **)ta.data, &tout, NULL);
	if (o.raw) {
		write_file(fmt("%s.gc.txt", o.raw), &gout);
		write_file(fmt("%s.tgo.txt", o.raw), &tout);
	}
	Vec gres = {0}, tres = {0};
	parse_bench_output(buf_cstr(&gout), &gres);
	parse_bench_output(buf_cstr(&tout), &tres);
	int status = 0;
	if (!gres.len || (gst != 0 && gst != 1)) {
		fprintf(stderr, "tgo compare: go test failed (exit status %d):\n%s", gst, buf_cstr(&gout));
		status = 1;
	}
	if (!tres.len || (tst != 0 && tst != 1)) {
		fprintf(stderr, "tgo compare: tgo test failed (exit status %d):\n%s", tst, buf_cstr(&tout));
		status = 1;
	}
	if (!gres.len && !tres.len) {
		system(fmt("rm -rf '%s'", tmp));
		return 1;
	}
	int ndiff;
	print_table(&gres, &tres, &ndiff);
	if (o.raw)
		printf("\nraw results: %s.gc.txt, %s.tgo.txt (benchstat %s.gc.txt %s.tgo.txt)\n", o.raw, o.raw, o.raw, o.raw);

	if (o.mlines) {
		/* the -m lines of the package under test, from test builds */
		Vec gm = {0}, tm = {0};
		Buf gmo = {0}, gme = {0}, tmo = {0}, tme = {0};
		Vec ma = {0}, mt = {0};
		vec_push(&ma, "go");
		vec_push(&ma, "test");
		vec_push(&ma, "-c");
		vec_push(&ma, fmt("-o=%s/gc.test", tmp));
		vec_push(&ma, fmt("-gcflags=%s", join_flags(gcf, "-m")));
		vec_push(&mt, tgo);
		vec_push(&mt, "test");
		vec_push(&mt, "-c");
		vec_push(&mt, fmt("-o=%s/tgo.test", tmp));
		vec_push(&mt, fmt("-gcflags=%s", join_flags(tgf, "-m")));
		for (int i = 0; i < files.len; i++) {
			vec_push(&ma, files.data[i]);
			vec_push(&mt, files.data[i]);
		}
		vec_push(&ma, NULL);
		vec_push(&mt, NULL);
		run_capture(godir, (char **)ma.data, &gmo, &gme);
		run_capture(dir, (char **)mt.data, &tmo, &tme);
		m_section(buf_cstr(&gme), &gm);
		m_section(buf_cstr(&tme), &tm);
		Vec og = {0}, ot = {0};
		only_in(&gm, &tm, &og);
		only_in(&tm, &gm, &ot);
		const char *flags = join_flags(gcf, "-m");
		if (!og.len && !ot.len) {
			printf("\n-gcflags='%s': gc and tgo print the same %d lines\n", flags, gm.len);
		} else {
			printf("\n-gcflags='%s': lines only gc prints (%d):\n", flags, og.len);
			for (int i = 0; i < og.len; i++)
				printf("\t%s\n", (char *)og.data[i]);
			printf("lines only tgo prints (%d):\n", ot.len);
			for (int i = 0; i < ot.len; i++)
				printf("\t%s\n", (char *)ot.data[i]);
		}
	}
	if (system(fmt("rm -rf '%s'", tmp)) != 0)
		fprintf(stderr, "tgo compare: cannot remove %s\n", tmp);
	if (ndiff) {
		printf("\n%d benchmark%s with different allocs/op\n", ndiff, ndiff == 1 ? "" : "s");
		if (o.strict)
			status = 1;
	}
	return status;
}

void help_compare(void) {
	printf("usage: tgo compare [-bench regexp] [-count n] [-benchtime t] [-run regexp]\n"
	       "                   [-gcflags 'flags'] [-tgoflags 'flags'] [-strict] [-raw prefix]\n"
	       "                   [-m=false] [dir | files]\n\n"
	       "Compare runs the package's benchmarks with `go test -bench B -benchmem` and\n"
	       "with `tgo test -bench B -benchmem` (both with GOMAXPROCS=1) and prints one\n"
	       "table: allocs/op under gc and tgo (= or ≠), B/op, ns/op and their ratio.\n"
	       "Then it prints the -m lines (escape analysis) that only gc or only tgo\n"
	       "prints for the package (-m=false skips this).\n\n"
	       "\t-bench regexp    benchmarks to run (default .)\n"
	       "\t-count n         runs of each benchmark (ns/op is the mean)\n"
	       "\t-benchtime t     as for go test (1s, or Nx)\n"
	       "\t-gcflags 'flags' compiler flags for both; -gcflags=-l matches tgo, which\n"
	       "\t                 has no inliner yet\n"
	       "\t-tgoflags 'flags' more compiler flags for tgo only (-d=escapeall puts\n"
	       "\t                 every allocation on the heap)\n"
	       "\t-strict          exit status 1 if any allocs/op differs\n"
	       "\t-raw prefix      write both outputs to prefix.gc.txt and prefix.tgo.txt\n"
	       "\t                 (Go's benchmark format, for benchstat)\n\n"
	       "Compare needs real Go (`go` on PATH); without it, it says so and exits 2.\n");
}
