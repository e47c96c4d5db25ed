/*
 * stdlib_os.c — the system calls under tgo's packages syscall and os
 * (stdlib/syscall/syscall.go declares them without bodies; tgo calls
 * syscall_<name> with the System V ABI: a []byte arrives as ptr, len, cap,
 * a string as ptr, len).
 *
 * Each returns its result or -errno, and retries calls that EINTR
 * interrupted (Go's os does so too), except close, which Linux completes
 * even when interrupted.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abi.h"

extern char **environ;

#define RETRY(expr)                                                    \
	long r_;                                                       \
	do {                                                           \
		r_ = (long)(expr);                                     \
	} while (r_ < 0 && errno == EINTR);                            \
	return r_ < 0 ? -(long)errno : r_

/* func sysopen(path unsafe.Pointer, flags int, perm int) int */
long syscall_sysopen(const char *path, long flags, long perm)
{
	RETRY(open(path, (int)flags, (mode_t)perm));
}

/* func sysread(fd int, p []byte) int */
long syscall_sysread(long fd, void *p, intptr_t len, intptr_t cap)
{
	(void)cap;
	RETRY(read((int)fd, p, (size_t)len));
}

/* func syswrite(fd int, p []byte) int */
long syscall_syswrite(long fd, const void *p, intptr_t len, intptr_t cap)
{
	(void)cap;
	RETRY(write((int)fd, p, (size_t)len));
}

/* func sysclose(fd int) int */
long syscall_sysclose(long fd)
{
	if (close((int)fd) < 0 && errno != EINTR)
		return -(long)errno;
	return 0;
}

/* func sysseek(fd int, offset int64, whence int) int64 */
int64_t syscall_sysseek(long fd, int64_t offset, long whence)
{
	off_t r = lseek((int)fd, (off_t)offset, (int)whence);
	return r < 0 ? -(int64_t)errno : (int64_t)r;
}

/* func sysfstat(fd int, st unsafe.Pointer) int: st is a syscall.Stat_t,
 * which has the layout of struct stat on linux/amd64. */
_Static_assert(sizeof(struct stat) == 144, "syscall.Stat_t layout");
long syscall_sysfstat(long fd, struct stat *st)
{
	RETRY(fstat((int)fd, st));
}

/* func sysunlink(path unsafe.Pointer) int */
long syscall_sysunlink(const char *path)
{
	RETRY(unlink(path));
}

/* func sysrmdir(path unsafe.Pointer) int */
long syscall_sysrmdir(const char *path)
{
	RETRY(rmdir(path));
}

/* func sysmkdir(path unsafe.Pointer, mode int) int */
long syscall_sysmkdir(const char *path, long mode)
{
	RETRY(mkdir(path, (mode_t)mode));
}

/* func sysexit(code int) */
void syscall_sysexit(long code)
{
	rt_exit((int)code);
}

/* func sysgetpid() int */
long syscall_sysgetpid(void)
{
	return (long)getpid();
}

/* func envcount() int */
long syscall_envcount(void)
{
	long n = 0;
	if (environ)
		while (environ[n])
			n++;
	return n;
}

/* func envat(i int) string: environ[i], not copied (the C library never
 * frees the strings of the environment). */
GoString syscall_envat(long i)
{
	const char *s = environ[i];
	return (GoString){(const uint8_t *)s, (intptr_t)strlen(s)};
}

static char *cstr(const uint8_t *p, intptr_t n)
{
	char *s = malloc((size_t)n + 1);
	if (s) {
		memcpy(s, p, (size_t)n);
		s[n] = 0;
	}
	return s;
}

/* func syssetenv(key, value string) int */
long syscall_syssetenv(const uint8_t *k, intptr_t kn, const uint8_t *v, intptr_t vn)
{
	char *key = cstr(k, kn), *val = cstr(v, vn);
	long r = 0;
	if (!key || !val)
		r = -ENOMEM;
	else if (setenv(key, val, 1) < 0)
		r = -(long)errno;
	free(key);
	free(val);
	return r;
}

/* func sysunsetenv(key string) int */
long syscall_sysunsetenv(const uint8_t *k, intptr_t kn)
{
	char *key = cstr(k, kn);
	long r = 0;
	if (!key)
		r = -ENOMEM;
	else if (unsetenv(key) < 0)
		r = -(long)errno;
	free(key);
	return r;
}

/* func sysclearenv() */
void syscall_sysclearenv(void)
{
	clearenv();
}
