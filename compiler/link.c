/*
 * link.c — the last stage: assemble the generated assembly with GNU as and
 * link it with GNU ld against the runtime (lib/libtgort.a) and libc.
 *
 * How to link on this machine (the C start files, libc's directory, the
 * dynamic linker) was found once by `make` and written to lib/ldflags, so tgo
 * needs only binutils and libc at run time, not a C compiler.
 */
#include "tgo.h"
#include <errno.h>
#include <sys/wait.h>
#include <unistd.h>

/* Run argv (NULL-terminated); returns the exit status. */
static int run(char **argv) {
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "tgo: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

static void split_into(Vec *args, char *line) {
	for (char *tok = strtok(line, " \t\n"); tok; tok = strtok(NULL, " \t\n"))
		vec_push(args, xstrdup(tok));
}

int assemble_and_link(const char *asmfile, const char *outfile, const char *workdir) {
	char *obj = fmt("%s/main.o", workdir);
	char *as_argv[] = {"as", "--64", "-o", obj, (char *)asmfile, NULL};
	if (run(as_argv) != 0) {
		fprintf(stderr, "tgo: assembling %s failed (a bug in tgo)\n", asmfile);
		return 1;
	}
	char *ldflags_path = fmt("%s/lib/ldflags", opt.root);
	size_t len;
	char *text = read_file(ldflags_path, &len);
	if (!text)
		fatal("cannot read %s (run make)", ldflags_path);
	char *nl = strchr(text, '\n');
	if (!nl)
		fatal("malformed %s", ldflags_path);
	*nl = 0;
	Vec args = {0};
	vec_push(&args, "ld");
	vec_push(&args, "-o");
	vec_push(&args, (char *)outfile);
	split_into(&args, text);
	vec_push(&args, obj);
	vec_push(&args, fmt("%s/lib/libtgort.a", opt.root));
	split_into(&args, nl + 1);
	vec_push(&args, NULL);
	if (run((char **)args.data) != 0) {
		fprintf(stderr, "tgo: linking failed\n");
		return 1;
	}
	return 0;
}
