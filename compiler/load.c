/*
 * load.c — finding, reading, lexing and parsing every package of a program.
 *
 * The main package is given as a list of .go files or a directory.  Its
 * imports are resolved like the go command resolves them: standard packages
 * from $TGOROOT/stdlib/<path>, packages of the main module (a go.mod found
 * next to the main package or above it) from the module's directory, and
 * "unsafe" built in; a local import "./p" (Go's test directory) names the
 * module's package p, as gc's -D flag makes it.  Packages come out in Go's
 * initialization order: a package after everything it imports, and among
 * the packages that are ready, the one with the smallest import path first
 * (Go 1.21's rule).
 */
#include "tgo.h"
#include <ctype.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

static Program *prog;

/* The path as gc prints it: relative to the working directory, with "./"
 * for files directly in it. */
static char *display_path(const char *path) {
	char cwd[4096];
	char *abs = realpath(path, NULL);
	if (!abs || !getcwd(cwd, sizeof cwd))
		return xstrdup(path);
	size_t n = strlen(cwd);
	if (strncmp(abs, cwd, n) == 0 && abs[n] == '/') {
		const char *rel = abs + n + 1;
		if (!strchr(rel, '/'))
			return fmt("./%s", rel);
		return xstrdup(rel);
	}
	return abs;
}

/* ---- build constraints ---- */

/* Is tag satisfied when tgo builds for linux/amd64? */
static bool tag_true(const char *tag, size_t n) {
	static const char *tags[] = {"linux", "amd64", "unix", "tgo", NULL};
	for (int i = 0; tags[i]; i++)
		if (strlen(tags[i]) == n && strncmp(tags[i], tag, n) == 0)
			return true;
	if (n > 4 && strncmp(tag, "go1.", 4) == 0) {
		int minor = atoi(tag + 4);
		return minor >= 1 && minor <= 26;
	}
	return false;
}

/* expr = and { "||" and } ; and = unary { "&&" unary } ; unary = "!" unary | "(" expr ")" | tag */
static bool constraint_or(const char **p);

static void skip_blanks(const char **p) {
	while (**p == ' ' || **p == '\t')
		(*p)++;
}

static bool constraint_unary(const char **p) {
	skip_blanks(p);
	if (**p == '!') {
		(*p)++;
		return !constraint_unary(p);
	}
	if (**p == '(') {
		(*p)++;
		bool v = constraint_or(p);
		skip_blanks(p);
		if (**p == ')')
			(*p)++;
		return v;
	}
	const char *start = *p;
	while (**p && (isalnum((unsigned char)**p) || **p == '_' || **p == '.'))
		(*p)++;
	return tag_true(start, (size_t)(*p - start));
}

static bool constraint_and(const char **p) {
	bool v = constraint_unary(p);
	for (;;) {
		skip_blanks(p);
		if ((*p)[0] == '&' && (*p)[1] == '&') {
			*p += 2;
			bool w = constraint_unary(p);
			v = v && w;
		} else {
			return v;
		}
	}
}

static bool constraint_or(const char **p) {
	bool v = constraint_and(p);
	for (;;) {
		skip_blanks(p);
		if ((*p)[0] == '|' && (*p)[1] == '|') {
			*p += 2;
			bool w = constraint_and(p);
			v = v || w;
		} else {
			return v;
		}
	}
}

/* Does the file's //go:build line (before the package clause) allow it? */
static bool build_allowed(const char *path) {
	size_t len;
	char *text = read_file(path, &len);
	if (!text)
		return true;
	for (char *line = text; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (strncmp(line, "//go:build ", 11) == 0) {
			const char *p = line + 11;
			return constraint_or(&p);
		}
		if (strncmp(line, "package ", 8) == 0)
			break;
		line = nl ? nl + 1 : NULL;
	}
	return true;
}

static Node *load_file(Package *pkg, const char *path) {
	SourceFile *f = xalloc(sizeof *f);
	f->path = xstrdup(path);
	f->display = display_path(path);
	f->text = read_file(path, &f->len);
	f->pkg = pkg;
	if (!f->text)
		fatal("cannot read %s", path);
	int index = all_files.len;
	vec_push(&all_files, f);
	int ntoks;
	Token *toks = lex_file(f, index, &ntoks);
	Node *file = parse_file(f, toks, ntoks);
	if (file)
		check_branches(file);
	return file;
}

static int compare_strings(const void *a, const void *b) {
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .go files of a directory (not _test.go unless asked), sorted. */
Vec dir_go_files(const char *dir, bool tests) {
	Vec files = {0};
	DIR *d = opendir(dir);
	if (!d)
		return files;
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *nm = e->d_name;
		if (nm[0] == '.' || nm[0] == '_' || !has_suffix(nm, ".go"))
			continue;
		if (!tests && has_suffix(nm, "_test.go"))
			continue;
		char *path = fmt("%s/%s", dir, nm);
		if (!build_allowed(path))
			continue;
		vec_push(&files, path);
	}
	closedir(d);
	qsort(files.data, files.len, sizeof(void *), compare_strings);
	return files;
}

static bool is_dir(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static Package *new_package(const char *path, const char *dir) {
	Package *p = xalloc(sizeof *p);
	p->path = xstrdup(path);
	p->import_path = p->path;
	p->dir = dir ? xstrdup(dir) : NULL;
	p->index = prog->packages.len;
	map_put(&prog->by_path, p->path, p);
	return p;
}

static Package *load_package(const char *path, Pos from);

static void parse_files(Package *pkg, Vec *files) {
	for (int i = 0; i < files->len; i++) {
		Node *f = load_file(pkg, files->data[i]);
		if (!f)
			continue;
		if (!pkg->name)
			pkg->name = f->name;
		else if (strcmp(pkg->name, f->name) != 0)
			error_at(f->npos, "package %s; expected package %s", f->name, pkg->name);
		vec_push(&pkg->files, f);
	}
}

static void load_imports(Package *pkg) {
	for (int i = 0; i < pkg->files.len; i++) {
		Node *f = pkg->files.data[i];
		for (int j = 0; j < f->list.n; j++) {
			Node *d = f->list.v[j];
			if (d->kind != N_GENDECL || d->op != TK_IMPORT)
				continue;
			for (int k = 0; k < d->list.n; k++) {
				Node *spec = d->list.v[k];
				Package *imp = load_package(spec->str, spec->y->pos);
				if (imp)
					vec_push(&pkg->imports, imp);
			}
		}
	}
}

/* Where the source of an import path lives, or NULL. */
static char *find_package_dir(const char *path) {
	if (prog->module_path) {
		size_t n = strlen(prog->module_path);
		if (strcmp(path, prog->module_path) == 0)
			return xstrdup(prog->module_dir);
		if (strncmp(path, prog->module_path, n) == 0 && path[n] == '/')
			return fmt("%s/%s", prog->module_dir, path + n + 1);
	}
	char *dir = fmt("%s/stdlib/%s", opt.root, path);
	if (is_dir(dir))
		return dir;
	return NULL;
}

static Package *load_package(const char *path, Pos from) {
	if (has_prefix(path, "./") && prog->module_path) {
		/* gc's -D: the module root is the local prefix */
		Package *p = load_package(fmt("%s/%s", prog->module_path, path + 2), from);
		if (p)
			map_put(&prog->by_path, path, p); /* the checker looks the import up as written */
		return p;
	}
	Package *p = map_get(&prog->by_path, path);
	if (p) {
		if (!p->checked && p->index < 0) {
			error_at(from, "import cycle not allowed");
			return NULL;
		}
		return p;
	}
	if (strcmp(path, "unsafe") == 0) {
		p = new_package(path, NULL);
		p->name = xstrdup("unsafe");
		p->is_unsafe = true;
		vec_push(&prog->packages, p);
		return p;
	}
	char *dir = find_package_dir(path);
	if (!dir) {
		error_at(from, "package %s is not in std", path);
		return NULL;
	}
	p = new_package(path, dir);
	p->index = -1; /* loading: detects import cycles */
	Vec files = dir_go_files(dir, false);
	if (!files.len) {
		error_at(from, "no Go files in %s", dir);
		return NULL;
	}
	parse_files(p, &files);
	load_imports(p);
	p->index = prog->packages.len;
	vec_push(&prog->packages, p);
	return p;
}

/* The module dir belongs to: the directory of the nearest go.mod at or
 * above dir (NULL if there is none), and in *path its module path (NULL
 * when the go.mod has no module line). */
char *find_go_mod(const char *dir, char **path) {
	*path = NULL;
	char *d = realpath(dir, NULL);
	while (d && *d) {
		size_t len;
		char *text = read_file(fmt("%s/go.mod", d), &len);
		if (text) {
			char *line = strstr(text, "module");
			if (line) {
				line += 6;
				while (*line == ' ' || *line == '\t')
					line++;
				size_t n = strcspn(line, " \t\r\n\"");
				if (*line == '"') {
					line++;
					n = strcspn(line, "\"");
				}
				*path = xstrndup(line, n);
			}
			return d;
		}
		char *slash = strrchr(d, '/');
		if (!slash || slash == d)
			return NULL;
		*slash = 0;
	}
	return NULL;
}

/* Record the main module of dir, if any. */
static void find_module(const char *dir) {
	char *path;
	char *d = find_go_mod(dir, &path);
	if (d && path) {
		prog->module_path = path;
		prog->module_dir = d;
	}
}

/* The go command's name for the package in directory dir given on the
 * command line: its import path in the main module, else the name go uses
 * for a list of files. */
static char *root_import_path(const char *dir, bool from_files) {
	char *abs = realpath(dir, NULL);
	if (from_files || !prog->module_path || !abs)
		return "command-line-arguments";
	size_t n = strlen(prog->module_dir);
	if (strcmp(abs, prog->module_dir) == 0)
		return prog->module_path;
	if (strncmp(abs, prog->module_dir, n) == 0 && abs[n] == '/')
		return fmt("%s/%s", prog->module_path, abs + n + 1);
	return "command-line-arguments";
}

/* Order packages for initialization: repeatedly take, among the packages
 * whose imports are all done, the one with the smallest import path. */
static void order_packages(void) {
	Vec order = {0};
	int n = prog->packages.len;
	bool *done = xalloc(n + 1);
	for (int round = 0; round < n; round++) {
		Package *best = NULL;
		for (int i = 0; i < n; i++) {
			Package *p = prog->packages.data[i];
			if (done[i])
				continue;
			bool ready = true;
			for (int j = 0; j < p->imports.len; j++) {
				Package *q = p->imports.data[j];
				if (!done[q->index])
					ready = false;
			}
			if (ready && (!best || strcmp(p->path, best->path) < 0))
				best = p;
		}
		if (!best)
			break;
		done[best->index] = true;
		vec_push(&order, best);
	}
	prog->packages = order;
	for (int i = 0; i < order.len; i++)
		((Package *)order.data[i])->index = i;
}

Program *load_program(char **args, int nargs) {
	prog = xalloc(sizeof *prog);
	Vec files = {0};
	const char *dir = ".";
	bool from_files = !(nargs == 1 && is_dir(args[0]));
	if (!from_files) {
		dir = args[0];
		files = dir_go_files(dir, false);
		if (!files.len)
			fatal("no Go files in %s", dir);
	} else {
		for (int i = 0; i < nargs; i++) {
			if (!has_suffix(args[i], ".go"))
				fatal("named files must be .go files: %s", args[i]);
			vec_push(&files, args[i]);
		}
		if (files.len) {
			char *d = xstrdup(files.data[0]);
			char *slash = strrchr(d, '/');
			if (slash) {
				*slash = 0;
				dir = d;
			}
		}
	}
	find_module(dir);
	Package *main_pkg = new_package("main", dir);
	main_pkg->import_path = root_import_path(dir, from_files);
	error_header = fmt("# %s", main_pkg->import_path);
	main_pkg->index = -1;
	main_pkg->is_main = true;
	prog->main = main_pkg;
	parse_files(main_pkg, &files);
	exit_if_errors();
	if (main_pkg->name && strcmp(main_pkg->name, "main") != 0) {
		/* a library package: compiled without linking (go build does this) */
		main_pkg->is_main = false;
		if (prog->module_path && strcmp(dir, ".") != 0)
			main_pkg->path = xstrdup(main_pkg->name);
		else
			main_pkg->path = xstrdup(main_pkg->name);
	}
	load_imports(main_pkg);
	/* every program links package runtime (its types describe run-time
	 * errors to the C runtime) */
	char *rtdir = fmt("%s/stdlib/runtime", opt.root);
	if (is_dir(rtdir) && !map_get(&prog->by_path, "runtime"))
		load_package("runtime", nopos);
	main_pkg->index = prog->packages.len;
	vec_push(&prog->packages, main_pkg);
	exit_if_errors();
	order_packages();
	return prog;
}

/* ---- tgo test: a package with its tests and a generated main ---- */

/* The program `tgo test` builds (compiler/testcmd.c): the package in dir,
 * made of files (its .go files and its _test.go files of the same package)
 * under the import path ipath; its external test package (xfiles, package
 * <name>_test, import path ipath_test; none when xfiles is empty); and the
 * main package, which imports them: make_main(ptest, xtest, arg) writes it
 * once the two are parsed (and may rewrite their syntax trees) and returns
 * its file name.  The package
 * under test is never a main package here, even when it is named main: its
 * func main is an ordinary function.  Packages are named by their package
 * name, as the main package is (so -m lines and %v print "main.T" or
 * "p.T"), unless another package of the program already has that name;
 * the generated main package is "_testmain".  Returns the program; *ptest
 * and *pxtest (or NULL) are set. */
Program *load_test_program(const char *dir, Vec *files, Vec *xfiles, const char *ipath,
                           char *(*make_main)(Package *ptest, Package *xtest, void *arg), void *arg,
                           Package **ptest, Package **pxtest) {
	prog = xalloc(sizeof *prog);
	find_module(dir);
	Package *p = new_package(ipath, dir);
	p->import_path = fmt("%s [%s.test]", ipath, ipath);
	error_header = fmt("# %s", p->import_path);
	p->index = -1;
	parse_files(p, files);
	exit_if_errors();
	load_imports(p);
	p->index = prog->packages.len;
	vec_push(&prog->packages, p);
	*ptest = p;
	*pxtest = NULL;
	if (xfiles->len) {
		char *xpath = fmt("%s_test", ipath);
		Package *x = new_package(xpath, dir);
		x->import_path = fmt("%s [%s.test]", xpath, ipath);
		x->index = -1;
		parse_files(x, xfiles);
		exit_if_errors();
		load_imports(x);
		x->index = prog->packages.len;
		vec_push(&prog->packages, x);
		*pxtest = x;
	}
	Package *m = new_package("_testmain", dir);
	m->import_path = fmt("%s.test", ipath);
	m->is_main = true;
	m->index = -1;
	prog->main = m;
	Vec mf = {0};
	vec_push(&mf, make_main(p, *pxtest, arg));
	parse_files(m, &mf);
	exit_if_errors();
	load_imports(m);
	char *rtdir = fmt("%s/stdlib/runtime", opt.root);
	if (is_dir(rtdir) && !map_get(&prog->by_path, "runtime"))
		load_package("runtime", nopos);
	m->index = prog->packages.len;
	vec_push(&prog->packages, m);
	exit_if_errors();
	/* name the package under test (and its external tests) by package
	 * name where that is unambiguous */
	Package *named[2] = {p, *pxtest};
	for (int k = 0; k < 2; k++) {
		Package *q = named[k];
		if (!q || !q->name)
			continue;
		bool clash = false;
		for (int i = 0; i < prog->packages.len; i++) {
			Package *o = prog->packages.data[i];
			if (o != q && (strcmp(o->path, q->name) == 0 || (o->name && o != p && o != *pxtest &&
			                                                 o != m && strcmp(o->name, q->name) == 0)))
				clash = true;
		}
		if (!clash)
			q->path = xstrdup(q->name);
	}
	order_packages();
	return prog;
}
