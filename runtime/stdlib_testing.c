/*
 * stdlib_testing.c — the C side of tgo's package testing (stdlib/testing,
 * sys.go declares these without bodies; tgo calls testing_<name> with the
 * System V ABI: a string arrives as ptr, len; a string result comes back in
 * rax:rdx).
 *
 *   regexMatch   -run/-bench/-skip patterns: Go's RE2 syntax translated to
 *                POSIX extended regular expressions (\d \w \s, (?i), (?:)),
 *                matched anywhere in the name as regexp.MatchString does
 *   cpuName      the "cpu:" line of benchmark output (/proc/cpuinfo)
 *   armTimeout   -test.timeout: SIGALRM prints Go's "test timed out" panic
 *   mkdirTemp, removeAll   T.TempDir
 *
 * Strings returned to Go are malloc'd here and never freed (a few per test
 * binary).
 */
#include <dirent.h>
#include <errno.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "runtime.h"

static char *cstr(const uint8_t *p, intptr_t n)
{
	char *s = malloc((size_t)n + 1);
	if (!s)
		abort();
	memcpy(s, p, (size_t)n);
	s[n] = 0;
	return s;
}

static GoString gostr(const char *s)
{
	size_t n = strlen(s);
	char *copy = malloc(n + 1);
	if (!copy)
		abort();
	memcpy(copy, s, n + 1);
	return (GoString){(const uint8_t *)copy, (intptr_t)n};
}

/* ---- regular expressions ---- */

typedef struct Appender {
	char *buf;
	size_t len, cap;
} Appender;

static void app(Appender *a, const char *s)
{
	size_t n = strlen(s);
	if (a->len + n + 1 > a->cap) {
		a->cap = (a->len + n + 1) * 2;
		a->buf = realloc(a->buf, a->cap);
		if (!a->buf)
			abort();
	}
	memcpy(a->buf + a->len, s, n + 1);
	a->len += n;
}

static void appc(Appender *a, char c)
{
	char s[2] = {c, 0};
	app(a, s);
}

/* Translate Go's regexp syntax to POSIX ERE; *icase is set by a leading
 * (?i). */
static char *translate(const char *p, int *icase)
{
	Appender a = {0};
	app(&a, "");
	*icase = 0;
	if (strncmp(p, "(?i)", 4) == 0) {
		*icase = 1;
		p += 4;
	}
	int inclass = 0;
	for (; *p; p++) {
		if (*p == '\\' && p[1]) {
			char c = *++p;
			const char *cls = NULL, *neg = NULL;
			switch (c) {
			case 'd': cls = "0-9"; break;
			case 'D': neg = "0-9"; break;
			case 'w': cls = "0-9A-Za-z_"; break;
			case 'W': neg = "0-9A-Za-z_"; break;
			case 's': cls = "[:space:]"; break;
			case 'S': neg = "[:space:]"; break;
			}
			if (inclass) {
				if (cls)
					app(&a, cls);
				else
					appc(&a, c);
			} else if (cls) {
				app(&a, "[");
				app(&a, cls);
				app(&a, "]");
			} else if (neg) {
				app(&a, "[^");
				app(&a, neg);
				app(&a, "]");
			} else if (c == 't') {
				appc(&a, '\t');
			} else if (c == 'n') {
				appc(&a, '\n');
			} else {
				appc(&a, '\\');
				appc(&a, c);
			}
			continue;
		}
		if (!inclass && *p == '[') {
			inclass = 1;
			appc(&a, '[');
			if (p[1] == '^') {
				appc(&a, '^');
				p++;
			}
			if (p[1] == ']') {
				appc(&a, ']');
				p++;
			}
			continue;
		}
		if (inclass && *p == '[' && p[1] == ':') {
			const char *end = strstr(p, ":]");
			if (end) {
				while (p < end + 2)
					appc(&a, *p++);
				p--;
				continue;
			}
		}
		if (inclass && *p == ']') {
			inclass = 0;
			appc(&a, ']');
			continue;
		}
		if (!inclass && p[0] == '(' && p[1] == '?' && p[2] == ':') {
			appc(&a, '(');
			p += 2;
			continue;
		}
		appc(&a, *p);
	}
	return a.buf;
}

typedef struct Compiled {
	char *pat;
	regex_t re;
	int err; /* regcomp's error, 0 if compiled */
} Compiled;

enum { NCACHE = 32 };
static Compiled cache[NCACHE];
static int ncache, next_slot;

static Compiled *compile(const uint8_t *p, intptr_t n)
{
	char *pat = cstr(p, n);
	for (int i = 0; i < ncache; i++)
		if (strcmp(cache[i].pat, pat) == 0) {
			free(pat);
			return &cache[i];
		}
	Compiled *c = &cache[next_slot];
	if (ncache == NCACHE) {
		free(c->pat);
		if (!c->err)
			regfree(&c->re);
	} else {
		ncache++;
	}
	next_slot = (next_slot + 1) % NCACHE;
	c->pat = pat;
	int icase;
	char *ere = translate(pat, &icase);
	if (*ere == 0) {
		free(ere);
		ere = strdup("()");
	}
	c->err = regcomp(&c->re, ere, REG_EXTENDED | REG_NOSUB | (icase ? REG_ICASE : 0));
	free(ere);
	return c;
}

/* func regexMatch(pat, s string) int: 1 if pat matches somewhere in s,
 * 0 if not, -1 if pat is not a valid regular expression. */
long testing_regexMatch(const uint8_t *pp, intptr_t pn, const uint8_t *sp, intptr_t sn)
{
	Compiled *c = compile(pp, pn);
	if (c->err)
		return -1;
	char *s = cstr(sp, sn);
	int r = regexec(&c->re, s, 0, NULL, 0);
	free(s);
	return r == 0;
}

/* func regexError(pat string) string: why pat does not compile. */
GoString testing_regexError(const uint8_t *pp, intptr_t pn)
{
	Compiled *c = compile(pp, pn);
	char msg[256] = "";
	if (c->err)
		regerror(c->err, &c->re, msg, sizeof msg);
	char out[512];
	snprintf(out, sizeof out, "error parsing regexp: %s: `%s`", msg, c->pat);
	return gostr(out);
}

/* ---- the cpu: line ---- */

/* func cpuName() string: the model name of the first processor, as Go's
 * internal/sysinfo reports it on linux/amd64 (the CPUID brand string). */
GoString testing_cpuName(void)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[512];
	GoString none = {NULL, 0};
	if (!f)
		return none;
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "model name", 10) != 0)
			continue;
		char *colon = strchr(line, ':');
		if (!colon)
			break;
		char *v = colon + 1;
		while (*v == ' ' || *v == '\t')
			v++;
		size_t n = strlen(v);
		while (n > 0 && (v[n - 1] == '\n' || v[n - 1] == ' ' || v[n - 1] == '\t'))
			v[--n] = 0;
		fclose(f);
		return gostr(v);
	}
	fclose(f);
	return none;
}

/* ---- -test.timeout ---- */

static char timeout_header[256];
static char running_name[1024];
static struct timespec running_start;

static void put(const char *s) { (void)!write(2, s, strlen(s)); }

/* A whole number of seconds as time.Duration prints it: "5s", "1m0s",
 * "2h3m4s". */
static void fmt_seconds(char *out, long s)
{
	if (s >= 3600)
		sprintf(out, "%ldh%ldm%lds", s / 3600, s / 60 % 60, s % 60);
	else if (s >= 60)
		sprintf(out, "%ldm%lds", s / 60, s % 60);
	else
		sprintf(out, "%lds", s);
}

static void on_alarm(int sig)
{
	(void)sig;
	put(timeout_header);
	if (running_name[0]) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		double secs = (double)(now.tv_sec - running_start.tv_sec) +
		              (double)(now.tv_nsec - running_start.tv_nsec) / 1e9;
		char d[64], line[1200];
		fmt_seconds(d, (long)(secs + 0.5));
		snprintf(line, sizeof line, "\t\t%s (%s)\n", running_name, d);
		put(line);
	}
	put("\ngoroutine 1 [running]:\n");
	_exit(2);
}

/* func armTimeout(ns int64, header string): after ns nanoseconds print
 * header (Go's "panic: test timed out after D\n\trunning tests:\n"), the
 * running test and exit with status 2. */
void testing_armTimeout(int64_t ns, const uint8_t *hp, intptr_t hn)
{
	if (hn >= (intptr_t)sizeof timeout_header)
		hn = sizeof timeout_header - 1;
	memcpy(timeout_header, hp, (size_t)hn);
	timeout_header[hn] = 0;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it;
	memset(&it, 0, sizeof it);
	it.it_value.tv_sec = ns / 1000000000;
	it.it_value.tv_usec = (ns % 1000000000) / 1000;
	if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
		it.it_value.tv_usec = 1;
	setitimer(ITIMER_REAL, &it, NULL);
}

/* func stopTimeout() */
void testing_stopTimeout(void)
{
	struct itimerval it;
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, NULL);
}

/* func setRunning(name string): the test the timeout message names. */
void testing_setRunning(const uint8_t *p, intptr_t n)
{
	if (n >= (intptr_t)sizeof running_name)
		n = sizeof running_name - 1;
	memcpy(running_name, p, (size_t)n);
	running_name[n] = 0;
	clock_gettime(CLOCK_MONOTONIC, &running_start);
}

/* ---- temporary directories ---- */

/* func mkdirTemp(dir, pattern string) string: a new directory
 * dir/pattern<random> ("" on failure, errno in lastErrno). */
static int last_errno;

GoString testing_mkdirTemp(const uint8_t *dp, intptr_t dn, const uint8_t *pp, intptr_t pn)
{
	char *dir = cstr(dp, dn), *pat = cstr(pp, pn);
	if (!*dir) {
		const char *t = getenv("TMPDIR");
		free(dir);
		dir = strdup(t && *t ? t : "/tmp");
	}
	size_t n = strlen(dir) + strlen(pat) + 16;
	char *tmpl = malloc(n);
	snprintf(tmpl, n, "%s/%sXXXXXX", dir, pat);
	GoString r = {NULL, 0};
	if (mkdtemp(tmpl))
		r = gostr(tmpl);
	else
		last_errno = errno;
	free(dir);
	free(pat);
	free(tmpl);
	return r;
}

/* func lastErrno() int */
long testing_lastErrno(void) { return last_errno; }

static int remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -errno;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		if (d) {
			struct dirent *e;
			while ((e = readdir(d))) {
				if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
					continue;
				size_t n = strlen(path) + strlen(e->d_name) + 2;
				char *sub = malloc(n);
				snprintf(sub, n, "%s/%s", path, e->d_name);
				remove_tree(sub);
				free(sub);
			}
			closedir(d);
		}
		return rmdir(path) < 0 ? -errno : 0;
	}
	return unlink(path) < 0 ? -errno : 0;
}

/* func removeAll(path string) int: 0 or -errno. */
long testing_removeAll(const uint8_t *p, intptr_t n)
{
	char *path = cstr(p, n);
	int r = remove_tree(path);
	free(path);
	return r;
}
