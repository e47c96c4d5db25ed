/*
 * sched_test.c — the goroutine runtime from below: scheduling order,
 * channels, select, semaphores, timers and stack reuse, driven by C
 * functions standing in for Go functions (rt_go runs a func value through
 * rt_callgo; a C function with no parameters and no result fits tgo's
 * convention).  The test's main runs as goroutine 1 on the thread's stack.
 * The orders checked are Go's with GOMAXPROCS=1 (see doc/goroutines.md);
 * the end-to-end checks against real Go are testdata/run and
 * testdata/sched.
 */
#include "sched.h"
#include "heap.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int failures, checks;

#define CHECK(cond, ...)                                         \
	do {                                                         \
		checks++;                                                \
		if (!(cond)) {                                           \
			failures++;                                          \
			printf("%s:%d: FAIL: ", __FILE__, __LINE__);         \
			printf(__VA_ARGS__);                                 \
			printf("\n");                                        \
		}                                                        \
	} while (0)

static const Type int_type = {.size = 8, .kind = KIND_INT, .align = 8, .name = "int"};
static const Type chan_int = {.size = 8, .ptrdata = 8, .kind = KIND_CHAN, .align = 8, .name = "chan int",
                              .elem = &int_type, .len = 3};
static const Type unit_type = {.size = 0, .kind = KIND_STRUCT, .align = 1, .name = "struct {}"};
static const Type chan_unit = {.size = 8, .ptrdata = 8, .kind = KIND_CHAN, .align = 8,
                               .name = "chan struct {}", .elem = &unit_type, .len = 3};

/* A func value whose code is a C function. */
typedef struct Func {
	void (*fn)(void);
} Func;

/* The order in which things happened, as a string of letters. */
static char trace[256];
static void note(char c)
{
	size_t n = strlen(trace);
	if (n + 1 < sizeof trace) {
		trace[n] = c;
		trace[n + 1] = 0;
	}
}

/* ---- run order: the newest goroutine first, then the others in order ---- */

static void *ch;

static void say_a(void) { note('a'); }
static void say_b(void) { note('b'); }
static void say_c(void) { note('c'); }

static void test_spawn_order(void)
{
	static Func fa = {say_a}, fb = {say_b}, fc = {say_c};
	trace[0] = 0;
	rt_go(&fa);
	rt_go(&fb);
	rt_go(&fc);
	note('m');
	runtime_Gosched();
	note('M');
	CHECK(strcmp(trace, "mcabM") == 0, "spawn order %s, want mcabM", trace);
}

/* ---- unbuffered hand-off: the sender keeps running ---------------------- */

static void receiver(void)
{
	intptr_t v = 0;
	for (int i = 0; i < 3; i++) {
		chanrecv(ch, &v);
		note((char)('0' + v));
	}
}

static void test_handoff(void)
{
	static Func f = {receiver};
	trace[0] = 0;
	ch = makechan(&chan_int, 0);
	rt_go(&f);
	for (intptr_t i = 1; i <= 3; i++) {
		note('s');
		chansend(ch, &i);
		note('S');
	}
	runtime_Gosched();
	/* The first send blocks (the receiver has not run yet); the receiver
	 * takes 1 and blocks again; the second send hands 2 over and main goes
	 * on; the third blocks, the receiver takes 2 and 3. */
	CHECK(strcmp(trace, "s1SsSs23S") == 0, "hand-off order %s, want s1SsSs23S", trace);
}

/* ---- buffered FIFO, close, len/cap words ---------------------------------- */

static void test_buffered(void)
{
	Chan *c = makechan(&chan_int, 3);
	CHECK(c->qcount == 0 && c->dataqsiz == 3, "len/cap words");
	for (intptr_t round = 0; round < 4; round++) {
		for (intptr_t i = 0; i < 3; i++) {
			intptr_t v = round * 10 + i;
			chansend(c, &v);
		}
		CHECK(c->qcount == 3, "len %lu", (unsigned long)c->qcount);
		for (intptr_t i = 0; i < 3; i++) {
			intptr_t v = -1;
			bool ok = chanrecv(c, &v);
			CHECK(ok && v == round * 10 + i, "fifo got %ld", (long)v);
		}
	}
	intptr_t v = 7;
	chansend(c, &v);
	closechan(c);
	v = 0;
	CHECK(chanrecv(c, &v) && v == 7, "value before close");
	v = 5;
	CHECK(!chanrecv(c, &v) && v == 0, "closed: zero, false");
	Chan *z = makechan(&chan_unit, 100);
	chansend(z, NULL);
	chansend(z, NULL);
	CHECK(z->qcount == 2 && chanrecv(z, NULL), "zero-size elements");
}

/* ---- select ---------------------------------------------------------------- */

static void test_select(void)
{
	void *a = makechan(&chan_int, 1), *b = makechan(&chan_int, 1);
	intptr_t va = 0, vb = 0, one = 1, two = 2;
	bool oka = false, okb = false;
	SelectCase cs[2] = {
		{a, &va, SELECT_RECV, &oka},
		{b, &vb, SELECT_RECV, &okb},
	};
	CHECK(selectgo(cs, 2, false) == -1, "nothing ready: default");
	int hits[2] = {0, 0};
	for (int i = 0; i < 2000; i++) {
		chansend(a, &one);
		chansend(b, &two);
		intptr_t k = selectgo(cs, 2, true);
		CHECK(k == 0 || k == 1, "case %ld", (long)k);
		if (k == 0 || k == 1) hits[k]++;
		/* drain the other one */
		SelectCase rest = {k == 0 ? b : a, NULL, SELECT_RECV, NULL};
		selectgo(&rest, 1, true);
	}
	CHECK(hits[0] > 800 && hits[1] > 800, "uniform choice: %d %d", hits[0], hits[1]);
	SelectCase nilcase = {NULL, &va, SELECT_RECV, NULL};
	CHECK(selectgo(&nilcase, 1, false) == -1, "nil channel never ready");
	SelectCase none;
	CHECK(selectgo(&none, 0, false) == -1, "only default");
}

/* a select blocked on two channels, woken by the second */
static void *sel_a, *sel_b;
static intptr_t sel_case = -1, sel_val;

static void selecter(void)
{
	SelectCase cs[2] = {
		{sel_a, &sel_val, SELECT_RECV, NULL},
		{sel_b, &sel_val, SELECT_RECV, NULL},
	};
	sel_case = selectgo(cs, 2, true);
}

static void test_select_block(void)
{
	static Func f = {selecter};
	sel_a = makechan(&chan_int, 0);
	sel_b = makechan(&chan_int, 0);
	rt_go(&f);
	runtime_Gosched(); /* the selecter blocks on both */
	intptr_t v = 42;
	chansend(sel_b, &v);
	runtime_Gosched();
	CHECK(sel_case == 1 && sel_val == 42, "blocked select woken: case %ld val %ld", (long)sel_case,
	      (long)sel_val);
	Chan *a = sel_a;
	CHECK(a->recvq.first == NULL, "the other case was withdrawn");
}

/* ---- semaphores ---------------------------------------------------------------- */

static uint32_t sema;
void sync_semacquire(uint32_t *addr, bool lifo, intptr_t reason);
void sync_semrelease(uint32_t *addr, bool handoff);

static void waiter_x(void)
{
	sync_semacquire(&sema, false, 0);
	note('x');
}
static void waiter_y(void)
{
	sync_semacquire(&sema, false, 0);
	note('y');
}

static void test_sema(void)
{
	static Func fx = {waiter_x}, fy = {waiter_y};
	trace[0] = 0;
	rt_go(&fx);
	rt_go(&fy);
	runtime_Gosched(); /* y (started last) blocks first, then x */
	sync_semrelease(&sema, false); /* readies y */
	sync_semrelease(&sema, false); /* readies x, which takes runnext */
	note('r');
	runtime_Gosched();
	CHECK(strcmp(trace, "rxy") == 0, "semaphore wake order %s, want rxy", trace);
	CHECK(sema == 0, "count %u", sema);
}

/* ---- timers --------------------------------------------------------------------- */

void time_Sleep(int64_t ns);

static void sleep_30(void)
{
	time_Sleep(30000000);
	note('3');
}
static void sleep_10(void)
{
	time_Sleep(10000000);
	note('1');
}

static void test_sleep(void)
{
	static Func f3 = {sleep_30}, f1 = {sleep_10};
	trace[0] = 0;
	int64_t t0 = timer_nanotime();
	rt_go(&f3);
	rt_go(&f1);
	time_Sleep(60000000);
	/* on a loaded machine all three timers may expire together and this
	 * goroutine run first: let the sleepers run (up to 5 s) */
	while (strlen(trace) < 2 && timer_nanotime() - t0 < 5000000000LL)
		time_Sleep(1000000);
	int64_t el = timer_nanotime() - t0;
	CHECK(strcmp(trace, "13") == 0, "sleepers wake in deadline order: %s", trace);
	CHECK(el >= 60000000, "slept %lld ns", (long long)el);
	CHECK(timers_next() == 0, "no timer left");
}

/* ---- many goroutines, stack reuse ------------------------------------------------ */

static void *done;

static void finisher(void)
{
	chansend(done, NULL);
}

static void test_many(void)
{
	static Func f = {finisher};
	done = makechan(&chan_unit, 0);
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < 2000; i++)
			rt_go(&f);
		CHECK(runtime_NumGoroutine() == 2001, "NumGoroutine %ld", (long)runtime_NumGoroutine());
		for (int i = 0; i < 2000; i++)
			chanrecv(done, NULL);
		while (runtime_NumGoroutine() > 1)
			runtime_Gosched(); /* let them exit */
		CHECK(runtime_NumGoroutine() == 1, "NumGoroutine after %ld", (long)runtime_NumGoroutine());
		gc_collect();
	}
}

int main(void)
{
	malloc_init();
	/* the channels are referenced from C statics here */
	gc_register_root(&ch, sizeof ch);
	gc_register_root(&sel_a, sizeof sel_a);
	gc_register_root(&sel_b, sizeof sel_b);
	gc_register_root(&done, sizeof done);
	sched_init();
	test_spawn_order();
	test_handoff();
	test_buffered();
	test_select();
	test_select_block();
	test_sema();
	test_sleep();
	test_many();
	printf("sched_test: %d checks, %d failures\n", checks, failures);
	return failures != 0;
}
