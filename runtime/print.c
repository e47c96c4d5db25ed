/*
 * print.c — Go's builtin print and println (runtime/print.go semantics).
 *
 * The compiler lowers `println(a, b)` to
 *     printlock(); print<kind>(a); printsp(); print<kind>(b); printnl(); printunlock();
 * choosing print<kind> from the static type of each argument.  Everything
 * goes to standard error (fd 2).  Number formats are Go 1.26's: integers in
 * decimal, floats as strconv.FormatFloat(v, 'g', -1, bits) (the shortest
 * round-trip form, from fmtfloat.c), complex numbers as "(re+imi)",
 * pointers as 0x-prefixed lowercase hex, slices as "[len/cap]0xADDR" and
 * interfaces as "(0xTYPE,0xDATA)".
 *
 * Buffering: between the outermost printlock and its printunlock the output
 * is collected in a buffer and written with a single write(2), so a println
 * statement costs one system call and reaches a shared stderr in one piece
 * (a statement longer than the buffer is written in several).  Outside a
 * lock each call writes directly.  Goroutines are cooperative and never
 * switch inside a print statement, so a depth counter is lock enough.
 * Panic and fatal-error code should call print_flush before exiting.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "values.h"

#define PRINT_FD 2
#define PRINT_BUF_SIZE 1024

static int print_lock_depth;
static char print_buf[PRINT_BUF_SIZE];
static intptr_t print_buf_len;

/* write(2) all of p, retrying after interruptions and short writes. */
static void write_all(const char *p, intptr_t n)
{
	while (n > 0) {
		ssize_t w = write(PRINT_FD, p, (size_t)n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return; /* nowhere to report it */
		p += w;
		n -= w;
	}
}

void print_flush(void)
{
	write_all(print_buf, print_buf_len);
	print_buf_len = 0;
}

/* gwrite: append to the statement's buffer, or write now when unlocked. */
void print_write(const void *p, intptr_t n)
{
	if (n <= 0)
		return;
	if (print_lock_depth == 0) {
		write_all(p, n);
		return;
	}
	if (print_buf_len + n > PRINT_BUF_SIZE)
		print_flush();
	if (n > PRINT_BUF_SIZE) {
		write_all(p, n);
		return;
	}
	memcpy(print_buf + print_buf_len, p, (size_t)n);
	print_buf_len += n;
}

static void print_cstr(const char *s)
{
	print_write(s, (intptr_t)strlen(s));
}

void printlock(void)
{
	print_lock_depth++;
}

void printunlock(void)
{
	if (print_lock_depth > 0 && --print_lock_depth == 0)
		print_flush();
}

void printsp(void)
{
	print_write(" ", 1);
}

void printnl(void)
{
	print_write("\n", 1);
}

void printbool(bool v)
{
	print_cstr(v ? "true" : "false");
}

/* Decimal digits of v, right-aligned in buf[0..20); returns the start. */
static int format_base10(char buf[20], uint64_t v)
{
	int i = 20;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	return i;
}

void printuint(uint64_t v)
{
	char buf[20];
	int i = format_base10(buf, v);
	print_write(buf + i, 20 - i);
}

void printint(int64_t v)
{
	char buf[21];
	uint64_t magnitude = v < 0 ? -(uint64_t)v : (uint64_t)v;
	int i = format_base10(buf + 1, magnitude) + 1;
	if (v < 0)
		buf[--i] = '-';
	print_write(buf + i, 21 - i);
}

void printhex(uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char buf[18];
	int i = 18;
	do {
		buf[--i] = digits[v % 16];
		v /= 16;
	} while (v != 0);
	buf[--i] = 'x';
	buf[--i] = '0';
	print_write(buf + i, 18 - i);
}

void printpointer(const void *p)
{
	printhex((uint64_t)(uintptr_t)p);
}

void printuintptr(uintptr_t p)
{
	printhex((uint64_t)p);
}

static void print_float_bits(double v, int bitsize)
{
	char buf[FMT_FLOAT_EG_BUFSIZE];
	print_write(buf, fmt_float_shortest(buf, v, bitsize, 'g'));
}

void printfloat64(double v)
{
	print_float_bits(v, 64);
}

void printfloat32(float v)
{
	print_float_bits((double)v, 32);
}

/* strconv.AppendComplex: "(" re im "i)", with a '+' inserted before the
 * imaginary part unless its text already starts with a sign. */
static void print_complex_bits(double re, double im, int bitsize)
{
	char buf[2 * FMT_FLOAT_EG_BUFSIZE + 4];
	int n = 0;
	buf[n++] = '(';
	n += fmt_float_shortest(buf + n, re, bitsize, 'g');
	char imag[FMT_FLOAT_EG_BUFSIZE];
	int m = fmt_float_shortest(imag, im, bitsize, 'g');
	if (imag[0] != '+' && imag[0] != '-')
		buf[n++] = '+';
	memcpy(buf + n, imag, (size_t)m);
	n += m;
	buf[n++] = 'i';
	buf[n++] = ')';
	print_write(buf, n);
}

void printcomplex128(double re, double im)
{
	print_complex_bits(re, im, 64);
}

void printcomplex64(float re, float im)
{
	print_complex_bits((double)re, (double)im, 32);
}

void printstring(GoString s)
{
	print_write(s.ptr, s.len);
}

void printslice(const void *ptr, intptr_t len, intptr_t cap)
{
	printlock();
	print_write("[", 1);
	printint(len);
	print_write("/", 1);
	printint(cap);
	print_write("]", 1);
	printpointer(ptr);
	printunlock();
}

static void print_pair(const void *a, const void *b)
{
	printlock();
	print_write("(", 1);
	printpointer(a);
	print_write(",", 1);
	printpointer(b);
	print_write(")", 1);
	printunlock();
}

void printeface(Eface e)
{
	print_pair(e.type, e.data);
}

void printiface(Iface i)
{
	print_pair(i.tab, i.data);
}
