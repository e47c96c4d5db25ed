/*
 * diag.c — positions and diagnostics.
 *
 * Errors are reported the way gc reports them: collected, sorted by position
 * (duplicates dropped), printed as "./x.go:3:2: message" after a
 * "# command-line-arguments" header, at most 10 of them before
 * "too many errors"; the compiler then exits with status 1.
 *
 * -m diagnostics (escape analysis, inlining) are not errors: gc prints them
 * in the order they are produced, and so does diag_at.
 */
#include "tgo.h"

Options opt;
Vec all_files;
Pos nopos;
const char *error_header = "# command-line-arguments";

typedef struct Diag {
	Pos pos;
	char *msg;
	int seq;
} Diag;

static Vec errors;     /* Diag* */
static bool header_printed;

bool pos_valid(Pos p) { return p.line > 0; }

static const char *file_display(int file) {
	if (file < 0 || file >= all_files.len)
		return "<unknown>";
	SourceFile *f = all_files.data[file];
	return f->display;
}

char *pos_str(Pos p) {
	if (!pos_valid(p))
		return xstrdup("<unknown line number>");
	return fmt("%s:%d:%d", file_display(p.file), p.line, p.col);
}

char *pos_str_noc(Pos p) { return fmt("%s:%d", file_display(p.file), p.line); }

int pos_cmp(Pos a, Pos b) {
	if (a.file != b.file)
		return a.file < b.file ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

/* "# path" before the first error: the go command names the package whose
 * compilation failed, the package of the first error. */
static void print_header(void) {
	if (header_printed || !error_header)
		return;
	const char *header = error_header;
	for (int i = 0; i < errors.len; i++) {
		Diag *d = errors.data[i];
		if (d->pos.file < 0 || d->pos.file >= all_files.len || !pos_valid(d->pos))
			continue;
		SourceFile *f = all_files.data[d->pos.file];
		if (f->pkg && f->pkg->import_path)
			header = fmt("# %s", f->pkg->import_path);
		break;
	}
	fprintf(stderr, "%s\n", header);
	header_printed = true;
}

static int diag_order(const void *a, const void *b) {
	const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
	int c = pos_cmp(x->pos, y->pos);
	if (c)
		return c;
	return x->seq - y->seq;
}

/* Print the collected errors, sorted, without duplicates. */
static void flush_errors(void) {
	if (!errors.len)
		return;
	qsort(errors.data, errors.len, sizeof(void *), diag_order);
	print_header();
	const char *last = NULL;
	for (int i = 0; i < errors.len; i++) {
		Diag *d = errors.data[i];
		char *line = fmt("%s: %s", pos_str(d->pos), d->msg);
		if (!last || strcmp(last, line) != 0)
			fprintf(stderr, "%s\n", line);
		last = line;
	}
	fflush(stderr);
}

static void add_error(Pos p, char *msg) {
	Diag *d = xalloc(sizeof *d);
	d->pos = p;
	d->msg = msg;
	d->seq = errors.len;
	vec_push(&errors, d);
	if (errors.len >= 10 && !opt.complete) {
		flush_errors();
		fprintf(stderr, "%s: too many errors\n", pos_str(p));
		exit(1);
	}
}

void error_at(Pos p, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	add_error(p, vfmt(format, ap));
	va_end(ap);
}

void syntax_error_at(Pos p, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	char *m = vfmt(format, ap);
	va_end(ap);
	add_error(p, fmt("syntax error: %s", m));
}

void unsupported_at(Pos p, const char *what) {
	error_at(p, "%s is not supported by tgo", what);
}

int error_count(void) { return errors.len; }

void exit_if_errors(void) {
	if (!errors.len)
		return;
	diag_flush();
	flush_errors();
	exit(1);
}

/* ---- -m diagnostics ---- */

void diag_at(Pos p, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	char *m = vfmt(format, ap);
	va_end(ap);
	print_header();
	fprintf(stderr, "%s: %s\n", pos_str(p), m);
}

/* A line of -m=2 explanation, printed as given (it carries its own
 * position prefix). */
void diag_raw(const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	print_header();
	vfprintf(stderr, format, ap);
	va_end(ap);
}

void diag_flush(void) { fflush(stderr); }

_Noreturn void fatal(const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	fprintf(stderr, "tgo: ");
	vfprintf(stderr, format, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(2);
}

_Noreturn void ice_at(Pos p, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	flush_errors();
	fprintf(stderr, "%s: internal compiler error: ", pos_str(p));
	vfprintf(stderr, format, ap);
	fprintf(stderr, "\n\nPlease report this as a bug in tgo.\n");
	va_end(ap);
	exit(2);
}
