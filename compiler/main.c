/*
 * main.c — the tgo command: command-line interface and the pipeline.
 *
 * tgo follows the go command's conventions:
 *
 *   tgo build [-o out] [-gcflags='...'] [-work] file.go... | dir
 *   tgo run [build flags] file.go... [arguments...]
 *   tgo test [build/test flags] [dir | files]   (testcmd.c)
 *   tgo compare [flags] [dir | files]           (comparecmd.c)
 *   tgo version
 *   tgo help [command]
 *
 * compile_loaded() is the one place that runs the compiler's stages in
 * order; read it first.  -gcflags accepts gc's flags that tgo implements (-m, -m=2, -l,
 * -N, -S, -d=...), optionally behind the go command's "pattern=" prefix
 * ("all=-m"); gcflags.c applies them per package as the go command does.
 */
#include "tgo.h"
#include "escape.h"
#include "testcmd.h"
#include "gcflags.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define TGO_VERSION "tgo version 0.1.0 (Go 1.26 subset) linux/amd64"


/* ---- the pipeline ---- */

static void dump_stage(Program *prog, const char *stage) {
	if (!opt.dump || strcmp(opt.dump, stage) != 0)
		return;
	for (int i = 0; i < prog->packages.len; i++) {
		Package *p = prog->packages.data[i];
		if (!p->is_main && strcmp(stage, "parse") != 0 && p != prog->main)
			continue;
		for (int j = 0; j < p->files.len; j++)
			dump_ast(stdout, p->files.data[j], 0);
	}
	exit(0);
}

/* Compile the program named by args into an executable at out (or, for a
 * package that is not main, just check and analyse it).  Returns 0 on
 * success. */
static int compile(char **args, int nargs, const char *out, const char *workdir) {
	Program *prog = load_program(args, nargs);
	return compile_loaded(prog, NULL, out, workdir);
}

/* Run the stages after loading: check, lower, escape analysis, code
 * generation, assembling and linking.  -m lines are printed for the main
 * package, or for report when it is given (tgo test: the package under
 * test, not the generated main). */
int compile_loaded(Program *prog, Package *report, const char *out, const char *workdir) {
	gcflags_resolve(prog, report);
	dump_stage(prog, "parse");
	check_program(prog);
	exit_if_errors();
	dump_stage(prog, "check");
	gc_fold_const_switches(prog);
	lower_defers(prog);
	Package *main_pkg = prog->main;
	if (report)
		prog->main = report;
	bloop_program(prog->main);
	inline_program(prog);
	escape_program(prog);
	prog->main = main_pkg;
	exit_if_errors();
	slices_program(prog);
	dump_stage(prog, "lower");
	if (!prog->main->is_main)
		return 0; /* go build of a library package only checks it */
	char *asmfile = fmt("%s/main.s", workdir);
	FILE *f = fopen(asmfile, "w");
	if (!f)
		fatal("cannot create %s", asmfile);
	codegen_program(prog, f);
	fclose(f);
	diag_flush();
	Obj *main_fn = scope_lookup_local(prog->main->scope, "main");
	if (!main_fn || main_fn->kind != OBJ_FUNC) {
		/* the go command's linker says so, after the compiler's output */
		fprintf(stderr, "# %s\nruntime.main_main·f: function main is undeclared in the main package\n",
		        prog->main->import_path ? prog->main->import_path : "command-line-arguments");
		return 1;
	}
	if (opt.print_asm) {
		size_t len;
		char *text = read_file(asmfile, &len);
		fwrite(text, 1, len, stdout);
	}
	return assemble_and_link(asmfile, out, workdir);
}

/* ---- flags ---- */

static _Noreturn void usage_exit(const char *cmd) {
	if (strcmp(cmd, "build") == 0)
		fprintf(stderr, "usage: tgo build [-o output] [build flags] [packages]\n");
	else if (strcmp(cmd, "run") == 0)
		fprintf(stderr, "usage: tgo run [build flags] [-exec xprog] package [arguments...]\n");
	else
		fprintf(stderr, "usage: tgo %s\n", cmd);
	fprintf(stderr, "Run 'tgo help %s' for details.\n", cmd);
	exit(2);
}

/* Parse one gc flag ("-m", "-m=2", "-l", "-N", "-S", "-d=a,b=c") into opt;
 * gcflags.c decides which packages a -gcflags value applies to. */
bool gc_flag(const char *f) {
	if (strcmp(f, "-m") == 0) {
		opt.m++;
	} else if (has_prefix(f, "-m=")) {
		opt.m = atoi(f + 3);
	} else if (strcmp(f, "-l") == 0) {
		opt.no_inline = true;
	} else if (has_prefix(f, "-l=")) {
		/* gc's count flag: -l=1 is -l, -l=0 the default; -l=2 and up
		 * leave inlining on, and -l=4 makes a call cost 1 (gc's inl.go) */
		char *end;
		long level = strtol(f + 3, &end, 10);
		if (!f[3] || *end) {
			fprintf(stderr, "tgo: -gcflags: invalid boolean value \"%s\" for -l: invalid count \"%s\"\n", f + 3, f + 3);
			exit(2);
		}
		opt.no_inline = level == 1;
		opt.inline_level = level > 1 ? (int)level : 0;
	} else if (strcmp(f, "-N") == 0) {
		opt.no_opt = true;
	} else if (strcmp(f, "-S") == 0) {
		opt.print_asm = true;
	} else if (strcmp(f, "-B") == 0) {
		opt.no_bounds_check = true;
	} else if (strcmp(f, "-smallframes") == 0) {
		opt.smallframes = true;
	} else if (strcmp(f, "-e") == 0 || strcmp(f, "-complete") == 0) {
		opt.complete = true;
	} else if (has_prefix(f, "-d=")) {
		char *list = xstrdup(f + 3);
		char *save;
		for (char *tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			if (strcmp(tok, "escapeall") == 0 || strcmp(tok, "escapeall=1") == 0)
				opt.escape_all = true;
			else if (strcmp(tok, "variablemakehash=n") == 0 || strcmp(tok, "variablemakehash=N") == 0)
				opt.variablemake_off = true;
			else if (has_prefix(tok, "variablemakehash="))
				opt.variablemake_off = false;
			else if (has_prefix(tok, "inlfuncswithclosures"))
				opt.inl_no_closures = strcmp(tok, "inlfuncswithclosures=0") == 0; /* 1 is gc's default */
			else if (strcmp(tok, "escapemutationscalls") == 0 || strcmp(tok, "escapemutationscalls=1") == 0)
				opt.escape_mutations_calls = true;
			else if (strcmp(tok, "zerocopy") == 0 || strcmp(tok, "zerocopy=1") == 0)
				; /* gc's default */
			else if (strcmp(tok, "defer") == 0 || strcmp(tok, "defer=1") == 0)
				opt.debug_defer = true;
			else if (has_prefix(tok, "dump="))
				opt.dump = tok + 5;
			else if (strcmp(tok, "ssa/check/on") == 0 || strcmp(tok, "panic") == 0)
				; /* accepted for compatibility with Go's test harness */
			else {
				fprintf(stderr, "tgo: unknown debug key -d %s\n", tok);
				exit(2);
			}
		}
	} else if (strcmp(f, "-C") == 0 || has_prefix(f, "-p=") || strcmp(f, "-std") == 0) {
		/* accepted and ignored */
	} else {
		return false;
	}
	return true;
}

typedef struct BuildFlags {
	const char *out;
	bool work;
	int first_arg; /* index of the first non-flag argument */
} BuildFlags;

/* Parse the flags of build/run; returns the index of the first argument. */
static BuildFlags parse_build_flags(const char *cmd, int argc, char **argv, int start) {
	BuildFlags bf = {0};
	int i = start;
	for (; i < argc; i++) {
		char *a = argv[i];
		if (a[0] != '-' || strcmp(a, "-") == 0)
			break;
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[1] == '-')
			a++; /* --flag means -flag */
		char *val = strchr(a, '=');
		char *name = val ? xstrndup(a, val - a) : a;
		if (val)
			val++;
		if (strcmp(name, "-o") == 0 && strcmp(cmd, "build") == 0) {
			if (!val && i + 1 < argc)
				val = argv[++i];
			if (!val)
				usage_exit(cmd);
			bf.out = val;
		} else if (strcmp(name, "-gcflags") == 0) {
			if (!val && i + 1 < argc)
				val = argv[++i];
			if (!val)
				usage_exit(cmd);
			parse_gcflags(val);
		} else if (strcmp(name, "-work") == 0) {
			bf.work = true;
		} else if (strcmp(name, "-a") == 0 || strcmp(name, "-x") == 0 || strcmp(name, "-v") == 0 ||
		           strcmp(name, "-trimpath") == 0) {
			/* accepted, no effect */
		} else {
			fprintf(stderr, "flag provided but not defined: %s\n", name);
			usage_exit(cmd);
		}
	}
	bf.first_arg = i;
	return bf;
}

/* ---- TGOROOT and the work directory ---- */

static void find_root(const char *argv0) {
	const char *env = getenv("TGOROOT");
	if (env && *env) {
		opt.root = env;
		return;
	}
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0) {
		opt.root = ".";
		return;
	}
	self[n] = 0;
	/* <root>/bin/tgo */
	char *slash = strrchr(self, '/');
	if (slash)
		*slash = 0;
	slash = strrchr(self, '/');
	if (slash)
		*slash = 0;
	opt.root = xstrdup(self);
	(void)argv0;
}

static char *workdir;
static pid_t workdir_owner;
static bool keep_work;

/* At exit, unless -work: only the process that made it (tgo test forks
 * children that compile). */
static void remove_workdir(void) {
	if (!workdir || keep_work || getpid() != workdir_owner)
		return;
	char *cmd = fmt("rm -rf '%s'", workdir);
	if (system(cmd) != 0)
		fprintf(stderr, "tgo: cannot remove %s\n", workdir);
}

/* A temporary directory for one command, removed at exit unless keep
 * (-work: printed as WORK=dir, as the go command does). */
char *make_workdir(bool keep) {
	const char *tmp = getenv("TMPDIR");
	char *tmpl = fmt("%s/tgo-build-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl))
		fatal("cannot create work directory: %s", strerror(errno));
	workdir = tmpl;
	workdir_owner = getpid();
	keep_work = keep;
	if (keep)
		fprintf(stderr, "WORK=%s\n", workdir);
	atexit(remove_workdir);
	return workdir;
}

/* The default executable name, as go build chooses it. */
static char *default_output(char **args, int nargs) {
	const char *a = nargs ? args[0] : ".";
	char *base;
	if (has_suffix(a, ".go")) {
		const char *slash = strrchr(a, '/');
		base = xstrdup(slash ? slash + 1 : a);
		base[strlen(base) - 3] = 0;
	} else {
		char *abs = realpath(a, NULL);
		const char *slash = abs ? strrchr(abs, '/') : NULL;
		base = xstrdup(slash ? slash + 1 : "a.out");
	}
	return base;
}

/* ---- commands ---- */

static int cmd_build(int argc, char **argv) {
	BuildFlags bf = parse_build_flags("build", argc, argv, 2);
	char **args = argv + bf.first_arg;
	int nargs = argc - bf.first_arg;
	char *dot = ".";
	if (nargs == 0) {
		args = &dot;
		nargs = 1;
	}
	char *wd = make_workdir(bf.work);
	const char *out = bf.out ? bf.out : default_output(args, nargs);
	return compile(args, nargs, out, wd) ? 1 : 0;
}

static int cmd_run(int argc, char **argv) {
	BuildFlags bf = parse_build_flags("run", argc, argv, 2);
	int i = bf.first_arg;
	int nfiles = 0;
	while (i + nfiles < argc && has_suffix(argv[i + nfiles], ".go"))
		nfiles++;
	if (nfiles == 0 && i < argc)
		nfiles = 1; /* a directory */
	if (nfiles == 0) {
		fprintf(stderr, "tgo: no go files listed\n");
		return 1;
	}
	char *wd = make_workdir(bf.work);
	char *exe = fmt("%s/%s", wd, default_output(argv + i, nfiles));
	if (compile(argv + i, nfiles, exe, wd) != 0)
		return 1;
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		char **pargv = xalloc(sizeof(char *) * (argc - i - nfiles + 2));
		pargv[0] = exe;
		int k = 1;
		for (int j = i + nfiles; j < argc; j++)
			pargv[k++] = argv[j];
		pargv[k] = NULL;
		execv(exe, pargv);
		fprintf(stderr, "tgo: cannot run %s: %s\n", exe, strerror(errno));
		_exit(127);
	}
	/* like go run: let the child handle ^C, report its exit status */
	signal(SIGINT, SIG_IGN);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status)) {
		int code = WEXITSTATUS(status);
		if (code != 0) {
			fprintf(stderr, "exit status %d\n", code);
			return 1;
		}
		return 0;
	}
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "signal: %s\n", strsignal(WTERMSIG(status)));
		return 1;
	}
	return 1;
}

static void help(const char *topic) {
	if (!topic) {
		printf("tgo is a compiler for a large subset of Go, written in C.\n"
		       "It decides stack versus heap exactly as Go 1.26 does and says why with -gcflags=-m.\n\n"
		       "Usage:\n\n\ttgo <command> [arguments]\n\n"
		       "The commands are:\n\n"
		       "\tbuild       compile packages and dependencies\n"
		       "\trun         compile and run Go program\n"
		       "\ttest        test packages (go test's output format)\n"
		       "\tcompare     allocs/op and B/op of tgo next to gc's\n"
		       "\tversion     print tgo version\n"
		       "\thelp        show help for a command\n\n"
		       "Use \"tgo help <command>\" for more information about a command.\n");
	} else if (strcmp(topic, "build") == 0) {
		printf("usage: tgo build [-o output] [build flags] [packages]\n\n"
		       "Build compiles the named .go files (package main) or the package in a\n"
		       "directory, along with its imports, into an executable.\n\n"
		       "The build flags are:\n\n"
		       "\t-o file       write the executable to file\n"
		       "\t-gcflags 'flags'  compiler flags, optionally behind a pattern= prefix:\n"
		       "\t              -m (-m=2) print escape analysis decisions as gc does,\n"
		       "\t              -l disable inlining (-l=4: calls cost 1, as in gc),\n"
		       "\t              -N disable optimizations,\n"
		       "\t              -S print the generated assembly,\n"
		       "\t              -d=escapeall put every allocation on the heap,\n"
		       "\t              -d=variablemakehash=n disable Go 1.25/1.26 stack slices\n"
		       "\t-work         print the name of the temporary work directory and keep it\n");
	} else if (strcmp(topic, "run") == 0) {
		printf("usage: tgo run [build flags] [-exec xprog] package [arguments...]\n\n"
		       "Run compiles and runs the named main Go package: .go files or a directory.\n"
		       "The program's standard output, standard error and arguments pass through;\n"
		       "a non-zero exit status is reported as \"exit status N\", as go run does.\n"
		       "The build flags are those of 'tgo help build'.\n");
	} else if (strcmp(topic, "test") == 0) {
		help_test();
	} else if (strcmp(topic, "compare") == 0) {
		help_compare();
	} else if (strcmp(topic, "version") == 0) {
		printf("usage: tgo version\n\nVersion prints the version of tgo.\n");
	} else {
		fprintf(stderr, "tgo help %s: unknown help topic. Run 'tgo help'.\n", topic);
		exit(2);
	}
}

int main(int argc, char **argv) {
	setlocale(LC_CTYPE, "C.UTF-8");
	find_root(argv[0]);
	types_init();
	if (argc < 2) {
		help(NULL);
		return 2;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "build") == 0)
		return cmd_build(argc, argv);
	if (strcmp(cmd, "run") == 0)
		return cmd_run(argc, argv);
	if (strcmp(cmd, "test") == 0)
		return cmd_test(argc, argv);
	if (strcmp(cmd, "compare") == 0)
		return cmd_compare(argc, argv);
	if (strcmp(cmd, "version") == 0) {
		printf("%s\n", TGO_VERSION);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
		help(argc > 2 ? argv[2] : NULL);
		return 0;
	}
	fprintf(stderr, "tgo %s: unknown command\nRun 'tgo help' for usage.\n", cmd);
	return 2;
}
