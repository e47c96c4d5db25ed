/*
 * gcflags.c — -gcflags as the go command applies them: per package.
 *
 * The go command keeps every -gcflags value in order as a pair (package
 * pattern, flag list) and gives each package the flags of the last pair
 * whose pattern matches it (cmd/go/internal/load/flag.go):
 *
 *   -gcflags='-m -l'         the packages named on the command line only
 *                            (the main package; for tgo test the package
 *                            under test and its _test package), not their
 *                            dependencies such as strconv
 *   -gcflags=all=-l          every package of the build
 *   -gcflags=std=-N          the standard library (tgo's stdlib/)
 *   -gcflags=fmt=-m          one import path; "..." is a wildcard and
 *                            "x/..." also matches x
 *   -gcflags=./sub/...=-N    packages by directory, relative to the
 *                            current one
 *   -gcflags=''              no flags for the command-line packages
 *                            (overrides an earlier -gcflags)
 *
 * parse_gcflags records and checks a value; gcflags_resolve, once the
 * program is loaded, works out each package's options; the stages that
 * compile function by function call use_package_options(fn's package) so
 * that the global `opt` holds that package's -l, -N and -d= settings
 * (gc compiles one package at a time with its own flags).  Between those
 * calls `opt` holds the options of the package named on the command line.
 */
#include "tgo.h"
#include "gcflags.h"
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct Spec {
	char *pattern; /* NULL: the packages named on the command line */
	char **flags;
	int nflags;
} Spec;

static Vec specs;          /* Spec*, in command-line order */
static Options base_opts;  /* opt before any -gcflags */
static bool have_base;
static Options *pkg_opts;  /* per Package index */
static Package **pkg_of;   /* the package of each entry */
static int npkg_opts;
static Package *cmdline_pkg; /* the package named on the command line */

static void save_base(void) {
	if (!have_base) {
		base_opts = opt;
		have_base = true;
	}
}

/* Apply a flag list to opt, exiting with the go command's message on an
 * unknown flag. */
static void apply_flags(Spec *s) {
	for (int i = 0; i < s->nflags; i++)
		if (!gc_flag(s->flags[i])) {
			fprintf(stderr, "tgo: -gcflags: flag provided but not defined: %s\n", s->flags[i]);
			exit(2);
		}
}

void parse_gcflags(const char *value) {
	save_base();
	Spec *s = xalloc(sizeof *s);
	const char *v = value;
	while (*v == ' ' || *v == '\t')
		v++;
	if (*v && *v != '-') {
		const char *eq = strchr(v, '=');
		if (!eq) {
			fprintf(stderr, "invalid value \"%s\" for flag -gcflags: missing =<value> in <pattern>=<value>\n", value);
			exit(2);
		}
		if (eq == v) {
			fprintf(stderr, "invalid value \"%s\" for flag -gcflags: missing <pattern> in <pattern>=<value>\n", value);
			exit(2);
		}
		const char *end = eq;
		while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		s->pattern = xstrndup(v, end - v);
		v = eq + 1;
	}
	char *copy = xstrdup(v);
	char *save;
	Vec flags = {0};
	for (char *tok = strtok_r(copy, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save))
		vec_push(&flags, tok);
	s->flags = (char **)flags.data;
	s->nflags = flags.len;
	vec_push(&specs, s);
	/* check the flags now (and keep opt meaning "the command-line
	 * package's options" until the program is loaded) */
	Options keep = opt;
	apply_flags(s);
	if (s->pattern)
		opt = keep;
}

/* The go command's pkgpattern.MatchPattern: "..." matches any string;
 * a trailing "/..." also matches the empty string. */
static bool match_glob(const char *pat, const char *s) {
	if (!*pat)
		return !*s;
	if (strncmp(pat, "...", 3) == 0) {
		for (const char *t = s;; t++) {
			if (match_glob(pat + 3, t))
				return true;
			if (!*t)
				return false;
		}
	}
	if (strcmp(pat, "/...") == 0 && !*s)
		return true;
	return *pat == *s && match_glob(pat + 1, s + 1);
}

static bool is_relative_pattern(const char *p) {
	return strcmp(p, ".") == 0 || strcmp(p, "..") == 0 || has_prefix(p, "./") || has_prefix(p, "../");
}

static char *real_dir(const char *d) {
	char buf[PATH_MAX];
	if (!realpath(d ? d : ".", buf))
		return NULL;
	return xstrdup(buf);
}

static bool is_std(Package *p) {
	if (!p->dir)
		return p->is_unsafe;
	char *std = real_dir(fmt("%s/stdlib", opt.root));
	char *d = real_dir(p->dir);
	return std && d && has_prefix(d, std) && d[strlen(std)] == '/';
}

static bool match(Spec *s, Package *p, bool cmdline) {
	if (!s->pattern)
		return cmdline;
	const char *pat = s->pattern;
	if (strcmp(pat, "all") == 0)
		return true;
	if (strcmp(pat, "std") == 0)
		return is_std(p);
	if (strcmp(pat, "cmd") == 0)
		return false;
	const char *path = p->import_path ? p->import_path : p->path;
	if (is_relative_pattern(pat)) {
		const char *dots = strstr(pat, "...");
		char *dir, *rest = NULL;
		if (!dots) {
			dir = xstrdup(pat);
		} else {
			const char *slash = dots;
			while (slash > pat && slash[-1] != '/')
				slash--;
			dir = slash > pat ? xstrndup(pat, slash - 1 - pat) : xstrdup(".");
			rest = xstrdup(slash);
		}
		char *want = real_dir(dir), *have = real_dir(p->dir);
		if (!want || !have)
			return false;
		if (!rest)
			return strcmp(want, have) == 0;
		if (strcmp(want, have) == 0)
			return match_glob(rest, ".");
		size_t n = strlen(want);
		if (strncmp(have, want, n) != 0 || have[n] != '/')
			return false;
		return match_glob(rest, have + n + 1);
	}
	return match_glob(pat, path);
}

/* The package's options: the base options with the flags of the last
 * matching -gcflags value. */
static Options options_for(Package *p, bool cmdline) {
	Spec *last = NULL;
	for (int i = 0; i < specs.len; i++)
		if (match(specs.data[i], p, cmdline))
			last = specs.data[i];
	Options keep = opt;
	opt = base_opts;
	if (last)
		apply_flags(last);
	Options r = opt;
	opt = keep;
	return r;
}

static bool same_dir(Package *a, Package *b) {
	if (!a || !b)
		return false;
	char *x = real_dir(a->dir), *y = real_dir(b->dir);
	return x && y && strcmp(x, y) == 0;
}

void gcflags_resolve(Program *prog, Package *report) {
	save_base();
	npkg_opts = prog->packages.len;
	pkg_opts = xalloc(sizeof(Options) * (npkg_opts ? npkg_opts : 1));
	pkg_of = xalloc(sizeof(Package *) * (npkg_opts ? npkg_opts : 1));
	Package *cmd = report ? report : prog->main;
	cmdline_pkg = cmd;
	bool any_asm = false, escape_all = false;
	const char *dump = opt.dump;
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		bool cmdline = !is_std(p) && (p == prog->main || p == cmd || same_dir(p, cmd));
		pkg_opts[i] = options_for(p, cmdline);
		pkg_of[i] = p;
		any_asm |= pkg_opts[i].print_asm;
		escape_all |= pkg_opts[i].escape_all;
		if (pkg_opts[i].dump)
			dump = pkg_opts[i].dump;
	}
	for (int i = 0; i < npkg_opts; i++) {
		/* escape analysis runs over the whole program with one setting */
		pkg_opts[i].escape_all = escape_all;
	}
	int ci = -1;
	for (int i = 0; i < prog->packages.len; i++)
		if (prog->packages.data[i] == cmd)
			ci = i;
	if (ci >= 0)
		opt = pkg_opts[ci];
	opt.print_asm = any_asm;
	opt.dump = dump;
	opt.escape_all = escape_all;
}

void use_package_options(Package *p) {
	if (!pkg_opts || !p || p->index < 0 || p->index >= npkg_opts || pkg_of[p->index] != p)
		return;
	int i = p->index;
	Options *o = &pkg_opts[i];
	opt.m = o->m;
	opt.no_inline = o->no_inline;
	opt.inline_level = o->inline_level;
	opt.no_opt = o->no_opt;
	opt.escape_all = o->escape_all;
	opt.escape_mutations_calls = o->escape_mutations_calls;
	opt.variablemake_off = o->variablemake_off;
	opt.inl_no_closures = o->inl_no_closures;
	opt.no_bounds_check = o->no_bounds_check;
	opt.complete = o->complete;
	opt.smallframes = o->smallframes;
	opt.debug_defer = o->debug_defer;
}

/* P's options, without making them the current ones (opt before
 * gcflags_resolve, or for a package it did not see). */
const Options *package_options(Package *p) {
	if (!pkg_opts || !p || p->index < 0 || p->index >= npkg_opts || pkg_of[p->index] != p)
		return &opt;
	return &pkg_opts[p->index];
}

void use_cmdline_options(void) {
	use_package_options(cmdline_pkg);
}
