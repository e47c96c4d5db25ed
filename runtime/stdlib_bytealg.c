/*
 * stdlib_bytealg.c — the C side of package internal/bytealg
 * (stdlib/internal/bytealg/bytealg_tgo.go): the byte searches of strings
 * and bytes, on top of the C library's memchr, memmem and memcmp,
 * where Go uses assembly.
 *
 * tgo calls internal_bytealg_<name> with the System V ABI: a string is two
 * words (pointer, length), a slice three (pointer, length, capacity), a
 * byte one word whose upper bits are not defined, the int result in rax.
 * The functions only read their arguments (the Go declarations are
 * //go:noescape).
 */
#include <stdint.h>
#include <string.h>

static int64_t index_byte(const uint8_t *p, int64_t n, uint64_t c)
{
	if (n <= 0)
		return -1;
	const uint8_t *r = memchr(p, (int)(c & 0xFF), (size_t)n);
	return r ? r - p : -1;
}

static int64_t index_mem(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m)
{
	if (m == 0)
		return 0;
	if (m > n)
		return -1;
	const uint8_t *r = memmem(p, (size_t)n, q, (size_t)m);
	return r ? r - p : -1;
}

static int64_t compare_mem(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m)
{
	int64_t k = n < m ? n : m;
	int c = k > 0 ? memcmp(p, q, (size_t)k) : 0;
	if (c != 0)
		return c < 0 ? -1 : +1;
	return n < m ? -1 : n > m ? +1 : 0;
}

static int64_t count_byte(const uint8_t *p, int64_t n, uint64_t c)
{
	uint8_t b = (uint8_t)c;
	int64_t k = 0;
	for (int64_t i = 0; i < n; i++)
		k += p[i] == b;
	return k;
}

int64_t internal_bytealg_IndexByteString(const uint8_t *p, int64_t n, uint64_t c)
{
	return index_byte(p, n, c);
}

int64_t internal_bytealg_IndexByte(const uint8_t *p, int64_t n, int64_t cap, uint64_t c)
{
	(void)cap;
	return index_byte(p, n, c);
}

int64_t internal_bytealg_IndexString(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m)
{
	return index_mem(p, n, q, m);
}

int64_t internal_bytealg_Index(const uint8_t *p, int64_t n, int64_t cap, const uint8_t *q, int64_t m,
                               int64_t mcap)
{
	(void)cap;
	(void)mcap;
	return index_mem(p, n, q, m);
}

int64_t internal_bytealg_CountString(const uint8_t *p, int64_t n, uint64_t c)
{
	return count_byte(p, n, c);
}

int64_t internal_bytealg_Count(const uint8_t *p, int64_t n, int64_t cap, uint64_t c)
{
	(void)cap;
	return count_byte(p, n, c);
}

int64_t internal_bytealg_Compare(const uint8_t *p, int64_t n, int64_t cap, const uint8_t *q, int64_t m,
                                 int64_t mcap)
{
	(void)cap;
	(void)mcap;
	return compare_mem(p, n, q, m);
}

/* func abigen_runtime_cmpstring(a, b string) int: the runtime's cmpstring
 * (bytealg.CompareString calls it, as in Go). */
int64_t internal_bytealg_abigen_runtime_cmpstring(const uint8_t *p, int64_t n, const uint8_t *q, int64_t m)
{
	return compare_mem(p, n, q, m);
}
