/*
 * gc_test.c — the collector: reachability, precision, reuse, pacing,
 * scavenging, stress mode, gctrace and out-of-memory.
 *
 * Objects are built from C through mallocgc with hand-written type
 * descriptors, referenced from a registered root, from the stack, from the
 * godata/gobss sections (this file defines variables there, as compiled Go
 * code does), from inside other heap objects, or not at all.  After each
 * collection the heap invariants are verified (gc_verify_heap) and the test
 * checks which objects are still allocated.  Dead stack is scrubbed before
 * collecting so that stale copies of dropped pointers do not make the
 * conservative stack scan keep them; with that discipline (see the comment
 * above setup_lists) the exact counts hold at -O0 to -O3.
 *
 * Environment-dependent behaviour (TGO_MAXHEAP, GODEBUG=gctrace=1, GOGC=off,
 * TGO_GCSTRESS=1) is tested by re-running this binary with an argument that
 * selects a child mode and checking its exit status and stderr.
 */
#include "heap.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

#define NOINLINE __attribute__((noinline))

#define CHECK(cond, ...)                                                   \
	do {                                                                   \
		if (!(cond)) {                                                     \
			failures++;                                                    \
			fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);          \
			fprintf(stderr, __VA_ARGS__);                                  \
			fputc('\n', stderr);                                           \
		}                                                                  \
	} while (0)

/* struct Node { Node *next; intptr_t value; Node *other; }: pointers at words 0 and 2. */
typedef struct Node {
	struct Node *next;
	intptr_t value;
	struct Node *other;
} Node;
static const uint8_t node_mask[] = {5};
static const Type node_type = {.size = 24, .ptrdata = 24, .kind = KIND_STRUCT, .align = 8, .gcmask = node_mask,
                               .name = "main.Node"};

/* A 100-word struct with pointers at words 3 and 90 only. */
static const uint8_t big_mask[12] = {1 << 3, [11] = 1 << 2};
static const Type big_type = {.size = 800, .ptrdata = 91 * 8, .kind = KIND_STRUCT, .align = 8, .gcmask = big_mask,
                              .name = "main.Big"};

static const uint8_t ptr_mask[] = {1};
static const Type ptr_type = {.size = 8, .ptrdata = 8, .kind = KIND_POINTER, .align = 8, .gcmask = ptr_mask,
                              .name = "*main.Node"};

static void *roots[1024];
__attribute__((section("gobss"), used)) static Node *gobss_node;
__attribute__((section("godata"), used)) static Node *godata_node = (Node *)0;

static Node *new_node(intptr_t value)
{
	Node *n = newobject(&node_type);
	n->value = value;
	return n;
}

/* Pointers the test must remember without keeping their objects alive
 * (the stack is scanned conservatively) are kept complemented. */
static uintptr_t hide(const void *p) { return ~(uintptr_t)p; }
static void *unhide(uintptr_t h) { return (void *)~h; }

static bool is_live(const void *p)
{
	Span *s = heap_span_of((uintptr_t)p);
	if (!s || s->state != SPAN_INUSE || (uintptr_t)p >= s->limit)
		return false;
	uintptr_t idx = (((uintptr_t)p - s->base) * s->divmagic) >> 32;
	return span_is_allocated(s, idx);
}

/* Checks on hidden objects, NOINLINE so that the pointer they recover never
 * lingers in the caller's registers across a later collection. */
static __attribute__((noinline)) bool hidden_live(uintptr_t h)
{
	return is_live(unhide(h));
}

static __attribute__((noinline)) bool hidden_holds(uintptr_t h, const char *bytes)
{
	return is_live(unhide(h)) && memcmp(unhide(h), bytes, strlen(bytes) + 1) == 0;
}

static __attribute__((noinline)) bool hidden_node(uintptr_t h, intptr_t value)
{
	return is_live(unhide(h)) && ((Node *)unhide(h))->value == value;
}

static __attribute__((noinline)) void scrub_stack(void)
{
	char buf[64 << 10];
	memset(buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory"); /* keep the memset */
}

static MemStats stats(void)
{
	static MemStats m;
	runtime_readmemstats(&m);
	return m;
}

static NOINLINE void collect(void)
{
	scrub_stack();
	runtime_GC();
	gc_verify_heap(true);
}

/* ---- Reachability ------------------------------------------------------------------------ */

static __attribute__((noinline)) Node *make_list(int n, intptr_t base)
{
	Node *head = NULL;
	for (int i = n - 1; i >= 0; i--) {
		Node *x = new_node(base + i);
		x->next = head;
		head = x;
	}
	return head;
}

static __attribute__((noinline)) Node *make_tree(int depth)
{
	Node *n = new_node(depth);
	if (depth > 0) {
		n->next = make_tree(depth - 1);
		n->other = make_tree(depth - 1);
	}
	return n;
}

static long check_tree(const Node *n, int depth)
{
	if (!n || n->value != depth)
		return -1000000;
	if (depth == 0)
		return (n->next || n->other) ? -1000000 : 1;
	return 1 + check_tree(n->next, depth - 1) + check_tree(n->other, depth - 1);
}

static bool check_list(const Node *n, int len, intptr_t base)
{
	for (int i = 0; i < len; i++, n = n->next)
		if (!n || n->value != base + i)
			return false;
	return n == NULL;
}

static NOINLINE void make_garbage_list(int n)
{
	make_list(n, 0);
}

/*
 * The tests below follow one discipline, because the C compiler is free to
 * keep any pointer it has seen in a callee-saved register or a dead stack
 * slot, where the conservative scan would find it: objects are made by
 * NOINLINE "setup" functions, which leave them only in roots[] (or in the
 * place under test) and remember dead ones complemented in hidden[]; the
 * test function itself only calls setups, collect() and NOINLINE checks.
 */
static uintptr_t hidden[8];

static NOINLINE void setup_lists(void)
{
	roots[0] = make_list(10000, 100);
	make_garbage_list(5000);
	roots[1] = make_tree(10);
}

static NOINLINE bool lists_intact(void)
{
	return check_list(roots[0], 10000, 100) && check_tree(roots[1], 10) == 2047;
}

static NOINLINE void move_tree_to_stack_and_collect(void)
{
	Node *volatile tree = roots[1];
	roots[1] = NULL;
	collect();
	CHECK(check_tree(tree, 10) == 2047, "tree held only on the stack survives intact");
	tree = NULL;
}

static NOINLINE void test_roots_and_stack(void)
{
	collect();
	MemStats a = stats();
	setup_lists();
	collect();
	MemStats b = stats();
	CHECK(lists_intact(), "list and tree from registered roots survive intact");
	CHECK(b.Frees - a.Frees == 5000, "exactly the 5000 garbage nodes are freed (got %lu)",
	      (unsigned long)(b.Frees - a.Frees));
	CHECK(b.HeapObjects - a.HeapObjects == 10000 + 2047, "live objects %lu",
	      (unsigned long)(b.HeapObjects - a.HeapObjects));
	move_tree_to_stack_and_collect();

	/* Memory is reused: the same amount again does not grow the heap. */
	make_garbage_list(5000);
	collect();
	MemStats c = stats();
	CHECK(c.HeapSys == b.HeapSys, "HeapSys %lu -> %lu after reallocating freed memory",
	      (unsigned long)b.HeapSys, (unsigned long)c.HeapSys);
	CHECK(c.Frees - b.Frees == 5000 + 2047, "garbage and the dropped tree freed (%lu)",
	      (unsigned long)(c.Frees - b.Frees));

	roots[0] = NULL;
	collect();
	MemStats d = stats();
	CHECK(d.Frees - c.Frees == 10000, "dropping the last root frees the list (%lu)",
	      (unsigned long)(d.Frees - c.Frees));
	CHECK(d.HeapObjects == a.HeapObjects, "HeapObjects back to %lu (got %lu)", (unsigned long)a.HeapObjects,
	      (unsigned long)d.HeapObjects);
}

static NOINLINE void setup_globals(void)
{
	gobss_node = make_list(100, 7);
	godata_node = make_list(100, 9);
}

static NOINLINE void test_globals(void)
{
	extern char __start_gobss[] __attribute__((weak));
	extern char __start_godata[] __attribute__((weak));
	CHECK(__start_gobss != NULL && __start_godata != NULL, "linker provides __start_gobss/__start_godata");
	setup_globals();
	collect();
	CHECK(check_list(gobss_node, 100, 7), "list in gobss survives");
	CHECK(check_list(godata_node, 100, 9), "list in godata survives");
	gobss_node = godata_node = NULL;
}

/* ---- Interior and end pointers ------------------------------------------------------------ */

static NOINLINE void setup_interior(void)
{
	/* Into the middle of a noscan object. */
	char *a = mallocgc(100, NULL, true);
	memset(a, 'x', 100);
	roots[1] = a + 50;
	/* Into the third page of a large object. */
	char *big = mallocgc(5 * HEAP_PAGE_SIZE, NULL, true);
	big[0] = 'L';
	roots[2] = big + 2 * HEAP_PAGE_SIZE + 17;
	/* At the malloc header of a header object. */
	char *h = mallocgc(big_type.size, &big_type, true);
	roots[3] = h - HEAP_MALLOC_HEADER;
}

/* The last object allocated in its span, referenced only by a pointer just
 * past its end, which points at a never-allocated slot. */
static NOINLINE void setup_end_pointer(void)
{
	char *x = mallocgc(2304, NULL, false);
	roots[4] = x + 2304;
	hidden[0] = hide(x);
}

/* Two adjacent nodes; only the end pointer of the first is kept. */
static NOINLINE bool setup_adjacent(void)
{
	uintptr_t slot = heap_class_size[heap_size_class(sizeof(Node))];
	Node *p = new_node(1), *q = new_node(2);
	roots[5] = (char *)p + slot;
	hidden[1] = hide(q);
	hidden[2] = hide(p);
	return (char *)q == (char *)p + slot;
}

static NOINLINE void test_interior(void)
{
	setup_interior();
	collect();
	CHECK(is_live(roots[1]) && memcmp((char *)roots[1] - 50, "xxxxxxxxxx", 10) == 0, "interior pointer keeps object");
	CHECK(is_live(roots[2]) && *((char *)roots[2] - 2 * HEAP_PAGE_SIZE - 17) == 'L',
	      "interior pointer keeps large object");
	CHECK(is_live(roots[3]), "pointer to the malloc header keeps the object");
	roots[1] = roots[2] = roots[3] = NULL;

	int cls = heap_size_class(2304);
	MemStats s0 = stats();
	setup_end_pointer();
	collect();
	MemStats s1 = stats();
	CHECK(s1.BySize[cls].Frees - s0.BySize[cls].Frees == 1, "object referenced only by its end pointer is freed");
	CHECK(!hidden_live(hidden[0]), "its slot is free");
	roots[4] = NULL;

	bool adjacent = setup_adjacent();
	CHECK(adjacent, "consecutive nodes are adjacent");
	if (adjacent) {
		collect();
		CHECK(hidden_node(hidden[1], 2),
		      "end pointer of p keeps the next object q alive");
		CHECK(!hidden_live(hidden[2]), "but not p itself");
	}
	roots[5] = NULL;
}

/* ---- Precise scanning of heap objects ----------------------------------------------------- */

static NOINLINE void setup_header_object(void)
{
	uintptr_t *big = mallocgc(big_type.size, &big_type, true);
	Node *n50 = new_node(50);
	big[3] = (uintptr_t)new_node(3);
	big[90] = (uintptr_t)new_node(90);
	big[50] = (uintptr_t)n50; /* not a pointer word: must not keep n50 */
	roots[6] = big;
	hidden[0] = hide(n50);
}

static NOINLINE void test_header_object(void)
{
	setup_header_object();
	collect();
	uintptr_t *big = roots[6];
	CHECK(is_live((void *)big[3]) && ((Node *)big[3])->value == 3, "header object's pointer word 3 scanned");
	CHECK(is_live((void *)big[90]) && ((Node *)big[90])->value == 90, "header object's pointer word 90 scanned");
	CHECK(!hidden_live(hidden[0]), "a scalar word of a header object keeps nothing");
	roots[6] = NULL;
}

enum { LARGE_N = 10000 };

static NOINLINE void setup_large(void)
{
	Node **arr = mallocgc(LARGE_N * sizeof(Node *), &ptr_type, true);
	for (int i = 0; i < LARGE_N; i++)
		arr[i] = new_node(i);
	uintptr_t *raw = mallocgc(100000, NULL, true);
	Node *scalar_only = new_node(-1);
	raw[10] = (uintptr_t)scalar_only;
	roots[7] = arr;
	roots[8] = raw;
	hidden[0] = hide(scalar_only);
}

static NOINLINE bool large_intact(void)
{
	Node **a = roots[7];
	bool ok = true;
	for (int i = 0; i < LARGE_N; i++)
		ok = ok && is_live(a[i]) && a[i]->value == i;
	return ok;
}

static NOINLINE void test_large_objects(void)
{
	setup_large();
	collect();
	CHECK(large_intact(), "every element of a large []*Node keeps its node");
	CHECK(!hidden_live(hidden[0]), "words of a large noscan object keep nothing");
	MemStats s0 = stats();
	roots[7] = roots[8] = NULL;
	collect();
	MemStats s1 = stats();
	CHECK(s1.Frees - s0.Frees == LARGE_N + 2, "large objects and their nodes freed (%lu)",
	      (unsigned long)(s1.Frees - s0.Frees));
	CHECK(s1.HeapInuse < s0.HeapInuse, "large spans return to the page heap");
}

/* An array of n Nodes allocated as one object: every element is scanned
 * with the element's mask; the value words keep nothing. */
static uintptr_t *array_dead;

static NOINLINE void setup_node_array(int n)
{
	Node *arr = mallocgc((uintptr_t)n * sizeof(Node), &node_type, true);
	for (int i = 0; i < n; i++) {
		arr[i].next = new_node(i);
		arr[i].other = new_node(-i);
		Node *d = new_node(1000000 + i);
		arr[i].value = (intptr_t)d;
		array_dead[i] = hide(d);
	}
	roots[9] = arr;
}

static NOINLINE void check_node_array(int n, const char *what)
{
	Node *arr = roots[9];
	bool ok = true, freed = true;
	for (int i = 0; i < n; i++) {
		ok = ok && is_live(arr[i].next) && arr[i].next->value == i && is_live(arr[i].other) &&
		     arr[i].other->value == -i;
		freed = freed && !hidden_live(array_dead[i]);
	}
	CHECK(ok, "%s: pointers of every element kept", what);
	CHECK(freed, "%s: scalar words keep nothing", what);
	roots[9] = NULL;
}

static NOINLINE void test_array(int n, const char *what)
{
	setup_node_array(n);
	collect();
	check_node_array(n, what);
}

static NOINLINE void test_arrays(void)
{
	array_dead = malloc(2000 * sizeof *array_dead);
	test_array(3, "[3]Node (heap bitmap, repeated mask)");
	test_array(21, "[21]Node (504 bytes)");
	test_array(30, "[30]Node (malloc header)");
	test_array(2000, "[2000]Node (large)");
	free(array_dead);
}

static NOINLINE bool setup_tiny(void)
{
	char *a = mallocgc(8, NULL, true);
	char *b = mallocgc(8, NULL, true);
	memcpy(a, "aaaaaaa", 8);
	memcpy(b, "bbbbbbb", 8);
	roots[10] = b + 3;
	hidden[0] = hide(a);
	return ((uintptr_t)a & ~(uintptr_t)15) == ((uintptr_t)b & ~(uintptr_t)15);
}

static NOINLINE void test_tiny(void)
{
	CHECK(setup_tiny(), "two 8-byte tiny objects share a block");
	collect();
	CHECK(hidden_holds(hidden[0], "aaaaaaa"),
	      "a pointer into a tiny block keeps the whole block");
	roots[10] = NULL;
	collect();
	CHECK(!hidden_live(hidden[0]), "tiny block freed when unreferenced");
}

/* ---- Pacing and scavenging -------------------------------------------------------------- */

static long vm_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long v = -1;
	size_t n = strlen(field);
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, field, n) == 0 && line[n] == ':')
			v = atol(line + n + 1);
	if (f)
		fclose(f);
	return v;
}

static __attribute__((noinline)) void churn(uintptr_t total, uintptr_t size)
{
	for (uintptr_t done = 0; done < total; done += size) {
		char *p = mallocgc(size, NULL, true);
		p[0] = 1;
	}
}

static NOINLINE void test_pacing(void)
{
	collect();
	MemStats a = stats();
	churn(64 << 20, 1000);
	MemStats b = stats();
	uint32_t n = b.NumGC - a.NumGC;
	CHECK(n >= 8 && n <= 20, "64 MiB of garbage with a 4 MiB goal: %u collections", n);
	CHECK(b.NextGC >= 4 << 20, "NextGC %lu at least the 4 MiB minimum", (unsigned long)b.NextGC);
	CHECK(b.HeapSys <= a.HeapSys + (16 << 20), "heap stays near the goal (HeapSys %lu -> %lu)",
	      (unsigned long)a.HeapSys, (unsigned long)b.HeapSys);
}

static NOINLINE void test_scavenge(void)
{
	enum { N = 64 };
	for (int i = 0; i < N; i++) {
		char *p = mallocgc(1 << 20, NULL, true);
		memset(p, 1, 1 << 20);
		roots[100 + i] = p;
	}
	MemStats a = stats();
	long rss_a = vm_kb("VmRSS");
	memset(&roots[100], 0, N * sizeof roots[0]);
	/* The scavenger releases runs that stayed free through a whole cycle,
	 * at a paced rate: within a second or so of collections. */
	MemStats b;
	for (int tries = 0; tries < 30; tries++) {
		collect();
		b = stats();
		if (b.HeapReleased >= a.HeapReleased + (32 << 20))
			break;
		usleep(100 * 1000);
	}
	long rss_b = vm_kb("VmRSS");
	CHECK(b.HeapReleased >= a.HeapReleased + (32 << 20), "memory beyond the goal released: %lu -> %lu",
	      (unsigned long)a.HeapReleased, (unsigned long)b.HeapReleased);
	CHECK(rss_b < rss_a - 32 * 1024, "RSS drops after release: %ld -> %ld kB", rss_a, rss_b);
	runtime_debug_freeosmemory();
	gc_verify_heap(true);
	MemStats c = stats();
	CHECK(c.HeapReleased == c.HeapIdle, "FreeOSMemory releases every free page (%lu of %lu)",
	      (unsigned long)c.HeapReleased, (unsigned long)c.HeapIdle);
	/* Released memory is reused (and reads as zero). */
	uint64_t *p = mallocgc(4 << 20, NULL, true);
	bool zero = true;
	for (size_t i = 0; i < (4 << 20) / 8; i++)
		zero = zero && p[i] == 0;
	CHECK(zero, "reused released memory is zeroed");
	MemStats d = stats();
	CHECK(d.HeapSys == c.HeapSys, "released pages are reused before the heap grows");
}

/* ---- Stress mode (in-process) -------------------------------------------------------------- */

static NOINLINE void test_stress_inprocess(void)
{
	gc_stress = 1;
	heap_slowpath = true;
	MemStats a = stats();
	roots[11] = make_list(300, 5);
	Node *volatile t = make_tree(6);
	make_garbage_list(200);
	for (int i = 0; i < 50; i++) {
		Node *n = new_node(i);
		n->next = roots[12];
		roots[12] = n;
		mallocgc(40 + (uintptr_t)i * 13, (i & 1) ? NULL : &node_type, true);
	}
	MemStats b = stats();
	gc_stress = 0;
	heap_slowpath = false;
	CHECK(b.NumGC - a.NumGC >= 300 + 127 + 200 + 100, "a collection per allocation (%u)", b.NumGC - a.NumGC);
	CHECK(check_list(roots[11], 300, 5), "list intact under stress");
	CHECK(check_tree(t, 6) == 127, "tree intact under stress");
	int len = 0;
	for (Node *n = roots[12]; n; n = n->next, len++)
		CHECK(n->value == 49 - len, "stack-built list intact under stress");
	CHECK(len == 50, "50 nodes");
	roots[11] = roots[12] = NULL;
	t = NULL;
}

/* ---- Child processes -------------------------------------------------------------------------- */

/* Run this binary in mode `mode` with one extra environment variable;
 * return its exit status and its stderr in err. */
static int run_child(const char *mode, const char *var, const char *val, char *err, size_t errsize)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		close(fds[1]);
		setenv(var, val, 1);
		execl("/proc/self/exe", "gc_test", mode, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	size_t n = 0;
	ssize_t r;
	while ((r = read(fds[0], err + n, errsize - 1 - n)) > 0)
		n += (size_t)r;
	err[n] = 0;
	close(fds[0]);
	int st;
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static NOINLINE void test_children(void)
{
	static char err[1 << 16];
	int st = run_child("oom", "TGO_MAXHEAP", "16m", err, sizeof err);
	CHECK(st == 2, "out of memory exits with status 2 (got %d)", st);
	CHECK(strstr(err, "runtime: out of memory: cannot allocate ") != NULL && strstr(err, "fatal error: out of memory\n"),
	      "out of memory message, got:\n%s", err);

	st = run_child("trace", "GODEBUG", "gctrace=1", err, sizeof err);
	CHECK(st == 0, "gctrace child exits 0 (got %d)", st);
	regex_t re;
	regcomp(&re,
	        "^gc [0-9]+ @[0-9]+\\.[0-9]{3}s [0-9]+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
	        "[0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, "
	        "[0-9]+ MB stacks, [0-9]+ MB globals, 1 P( \\(forced\\))?$",
	        REG_EXTENDED | REG_NOSUB);
	int lines = 0, forced = 0;
	for (char *line = strtok(err, "\n"); line; line = strtok(NULL, "\n"), lines++) {
		CHECK(regexec(&re, line, 0, NULL, 0) == 0, "gctrace line shape: %s", line);
		forced += strstr(line, "(forced)") != NULL;
		if (lines == 0)
			CHECK(strncmp(line, "gc 1 @", 6) == 0, "first line is gc 1");
	}
	regfree(&re);
	CHECK(lines >= 5 && forced == 1, "gctrace: %d lines, %d forced", lines, forced);

	st = run_child("dangling", "TGO_GCSTRESS", "1", err, sizeof err);
	CHECK(st == 2 && strstr(err, "heap verification: pointer from a live object to a free slot"),
	      "stress mode catches a dangling heap pointer (status %d):\n%s", st, err);

	st = run_child("gogcoff", "GOGC", "off", err, sizeof err);
	CHECK(st == 0, "GOGC=off child: %s", err);
	st = run_child("stress", "TGO_GCSTRESS", "1", err, sizeof err);
	CHECK(st == 0, "TGO_GCSTRESS=1 child: %s", err);
}

static int child(const char *mode)
{
	if (strcmp(mode, "oom") == 0) {
		for (int i = 0; i < 8; i++)
			roots[i] = mallocgc(8 << 20, NULL, true);
		return 0; /* not reached: 64 MiB do not fit in 16 */
	}
	if (strcmp(mode, "trace") == 0) {
		churn(32 << 20, 4000);
		runtime_GC();
		return 0;
	}
	if (strcmp(mode, "gogcoff") == 0) {
		churn(64 << 20, 1000);
		MemStats m = stats();
		if (m.NumGC != 0 || m.NextGC < (uint64_t)1 << 62) {
			fprintf(stderr, "GOGC=off: NumGC %u NextGC %lu\n", m.NumGC, (unsigned long)m.NextGC);
			return 1;
		}
		return 0;
	}
	if (strcmp(mode, "dangling") == 0) {
		/* The first 2304-byte object is slot 0 of a new span; slot 1 is free. */
		char *b = mallocgc(2304, NULL, true);
		Node *a = new_node(1);
		a->next = (Node *)(b + 2304);
		roots[0] = a;
		new_node(2); /* collects: marking a finds the dangling pointer */
		return 0;
	}
	if (strcmp(mode, "stress") == 0) {
		roots[0] = make_list(500, 1);
		make_garbage_list(500);
		MemStats m = stats();
		if (!check_list(roots[0], 500, 1) || m.NumGC < 1000) {
			fprintf(stderr, "stress: list broken or NumGC %u\n", m.NumGC);
			return 1;
		}
		return 0;
	}
	fprintf(stderr, "unknown mode %s\n", mode);
	return 1;
}

int main(int argc, char **argv)
{
	gc_register_root(roots, sizeof roots);
	if (argc > 1)
		return child(argv[1]); /* stack top: glibc's __libc_stack_end */
	gc_set_stack_top(__builtin_frame_address(0));
	/* Each test starts on scrubbed stack, so that the uninitialised locals
	 * of one test do not hold stale pointers from the one before. */
	static void (*const tests[])(void) = {
	    test_roots_and_stack, test_globals, test_interior, test_header_object, test_large_objects, test_arrays,
	    test_tiny, test_pacing, test_scavenge, test_stress_inprocess, test_children,
	};
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		scrub_stack();
		tests[i]();
	}
	if (failures) {
		fprintf(stderr, "gc_test: %d failure(s)\n", failures);
		return 1;
	}
	printf("gc_test: ok\n");
	return 0;
}
