/*
 * util.c — small utilities every stage uses: allocation that never fails (and
 * is never freed: the compiler is a short-lived process), growable vectors and
 * byte buffers, a string-keyed hash map, and file reading.
 */
#include "tgo.h"

void *xalloc(size_t n) {
	void *p = calloc(1, n ? n : 1);
	if (!p)
		fatal("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n) {
	p = realloc(p, n ? n : 1);
	if (!p)
		fatal("out of memory");
	return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
	char *p = xalloc(n + 1);
	memcpy(p, s, n);
	return p;
}

char *vfmt(const char *format, va_list ap) {
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, format, ap2);
	va_end(ap2);
	char *s = xalloc(n + 1);
	vsnprintf(s, n + 1, format, ap);
	return s;
}

char *fmt(const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	char *s = vfmt(format, ap);
	va_end(ap);
	return s;
}

bool has_prefix(const char *s, const char *prefix) {
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool has_suffix(const char *s, const char *suffix) {
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* ---- Vec ---- */

void vec_push(Vec *v, void *x) {
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->data = xrealloc(v->data, v->cap * sizeof(void *));
	}
	v->data[v->len++] = x;
}

void *vec_last(Vec *v) { return v->len ? v->data[v->len - 1] : NULL; }

void nodes_push(Nodes *l, Node *n) {
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->v = xrealloc(l->v, l->cap * sizeof(Node *));
	}
	l->v[l->n++] = n;
}

/* ---- Buf ---- */

static void buf_grow(Buf *b, size_t extra) {
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void buf_write(Buf *b, const char *s, size_t n) {
	buf_grow(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = 0;
}

void buf_putc(Buf *b, char c) { buf_write(b, &c, 1); }
void buf_puts(Buf *b, const char *s) { buf_write(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	char *s = vfmt(format, ap);
	va_end(ap);
	buf_puts(b, s);
	free(s);
}

char *buf_cstr(Buf *b) {
	buf_grow(b, 0);
	b->data[b->len] = 0;
	return b->data;
}

/* ---- Map: open addressing, FNV-1a ---- */

static uint64_t hash_str(const char *s) {
	uint64_t h = 0xcbf29ce484222325ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return h;
}

static void map_rehash(Map *m) {
	Map n = {0};
	n.cap = m->cap ? m->cap * 2 : 16;
	n.keys = xalloc(n.cap * sizeof(char *));
	n.vals = xalloc(n.cap * sizeof(void *));
	for (int i = 0; i < m->cap; i++)
		if (m->keys[i])
			map_put(&n, m->keys[i], m->vals[i]);
	free(m->keys);
	free(m->vals);
	*m = n;
}

void *map_get(Map *m, const char *key) {
	if (!m->cap)
		return NULL;
	for (uint64_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (strcmp(m->keys[i], key) == 0)
			return m->vals[i];
	}
}

void map_put(Map *m, const char *key, void *val) {
	if ((m->len + 1) * 2 > m->cap)
		map_rehash(m);
	for (uint64_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i]) {
			m->keys[i] = (char *)key;
			m->vals[i] = val;
			m->len++;
			return;
		}
		if (strcmp(m->keys[i], key) == 0) {
			m->vals[i] = val;
			return;
		}
	}
}

char *read_file(const char *path, size_t *len) {
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	Buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_write(&b, chunk, n);
	fclose(f);
	if (len)
		*len = b.len;
	return buf_cstr(&b);
}
