/*
 * sched.c — goroutines on one OS thread: records, stacks, run queues, the
 * context switch, parking and readying, Gosched, Goexit, the deadlock report
 * and the collector's view of every goroutine stack.
 *
 * The scheduler is Go's with GOMAXPROCS=1 (runtime/proc.go), restated for
 * one thread and no preemption: one P with a 256-entry local run queue and
 * a runnext slot, a global run queue, and the schedule tick that makes every
 * 61st scheduling round look at the global queue first.  So goroutines run
 * in the order Go runs them on one P: `go f()` and every wake-up (channel
 * hand-off, semaphore release, timer) put the goroutine in runnext, kicking
 * the previous occupant to the tail of the local queue; runtime.Gosched puts
 * the caller at the tail of the global queue; the goroutine that readies
 * another keeps running until it blocks, yields or exits.  A full local
 * queue spills half of itself to the global queue as Go's does.
 *
 * Switching is direct: a goroutine that blocks picks the next one itself
 * and switches to it (sched_switch in asm.S pushes the callee-saved
 * registers, swaps %rsp, pops the other goroutine's registers and returns
 * into it).  There is no scheduler stack; the idle loop (sleeping until the
 * next timer) and the deadlock report run on the stack of the goroutine
 * that blocked last.  An exiting goroutine cannot free its own stack while
 * it runs on it: the goroutine switched to finishes the job (finish_switch).
 * On every switch tgo_stackguard and tgo_recover_rbp are saved in the
 * outgoing G and loaded from the incoming one, and rt_curg changes.
 *
 * Stacks.  Every goroutine but the first gets a stack carved from large
 * anonymous regions reserved with MAP_NORESERVE and MADV_NOHUGEPAGE: pages
 * are committed by the kernel when touched, so an idle goroutine costs the
 * page or two its frames use (about 4 KiB, plus a page-table page and its
 * G record).  Separate mappings with a guard page each would take two
 * kernel VMAs per goroutine and 100,000 goroutines would exceed
 * vm.max_map_count (65530), so guard pages are a budget: the first
 * GUARDED_STACKS stacks get a PROT_NONE page at the bottom (two VMAs each),
 * later ones rely on the prologue check alone (tgo_stackguard, STACK_C_MARGIN
 * above the bottom, stops Go code; the C runtime code that Go calls stays
 * well within the margin).  The reservation per stack shrinks as the number
 * of stacks grows (256 MiB for the first 65,536, then 64 MiB, then 8 MiB),
 * so deep recursion (a million small frames) works on any of the first
 * 65,536 goroutines and address space lasts for a few million goroutines.
 * A dead goroutine keeps its stack for reuse (Go's gfput/gfget order), with
 * its pages committed, except what lies below its top STACK_WARM_BYTES when
 * it was seen running deeper (lowest_sp, sampled at its switches and at
 * collections); at every collection the stacks of goroutines that died
 * before the previous one and were not reused are given back with
 * madvise(MADV_DONTNEED), adjacent stacks in one call.
 *
 * Goroutine ids: 1 is main; Go 1.26 with one P gives ids 2-5 to its own
 * runtime goroutines and starts user goroutines at 6, and its first
 * collection starts a mark worker goroutine, which takes the next id: tgo
 * numbers the same way, so panic headers read as Go's with GOMAXPROCS=1.
 */
#include "sched.h"
#include "heap.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define MiB ((uintptr_t)1 << 20)
#define GiB ((uintptr_t)1 << 30)

enum {
	RUNQ_SIZE = 256,
	GUARDED_STACKS = 1024,
	STACK_WARM_BYTES = 32 << 10,
	STACK_ACCOUNTED = 8 << 10,   /* what MemStats counts per goroutine stack */
	FIRST_USER_GOID = 6,
};

static const struct {
	uintptr_t size; /* bytes reserved per stack */
	uintptr_t upto; /* used while fewer stacks than this exist */
} stack_tiers[] = {
	{256 * MiB, 65536},
	{64 * MiB, 65536 + 262144},
	{8 * MiB, UINTPTR_MAX},
};
#define STACK_REGION_BYTES (16 * GiB)

/* ---- State ----------------------------------------------------------------- */

static bool inited;
static int64_t next_goid = FIRST_USER_GOID;
static intptr_t nlive = 1; /* user goroutines that have not exited (main included) */
static bool first_gc_seen;

static G *runnext;
static G *runq[RUNQ_SIZE];
static uint32_t runqhead, runqtail;
static struct {
	G *head, *tail;
	intptr_t size;
} globq;
/* Go's P.schedtick: counts rounds that did not inherit a time slice.  Go
 * 1.26 has done 4 rounds (mod 61) when main.main starts. */
static uint32_t schedtick = 4;
/* When main.main starts, Go 1.26's runnext holds a goroutine of its own
 * runtime (the GOMAXPROCS updater, goroutine 5), which parks as soon as it
 * runs.  This stand-in takes its place in the queues, so that the queue
 * positions and schedule ticks of user goroutines come out as in Go. */
static G phantom = {.goid = 5};

static G **allgs; /* every G ever made, in creation order (Go's allgs) */
static uintptr_t nallgs, allgs_cap;

/* Dead Gs for reuse: Go's per-P list and the global one it spills to. */
static struct {
	G *head;
	intptr_t n;
} gfree_local, gfree_global;

static G *dead_pending; /* exited; its stack is freed once we are off it */

/* ---- Stacks ---------------------------------------------------------------- */

static struct {
	uintptr_t next, end, size;
} region;
static uintptr_t stacks_made;

static uintptr_t tier_size(void)
{
	for (size_t i = 0;; i++)
		if (stacks_made < stack_tiers[i].upto)
			return stack_tiers[i].size;
}

static bool region_new(uintptr_t size)
{
	for (uintptr_t bytes = STACK_REGION_BYTES; bytes >= size; bytes /= 2) {
		void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
		               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			continue;
		madvise(p, bytes, MADV_NOHUGEPAGE);
		region.next = (uintptr_t)p;
		region.end = (uintptr_t)p + bytes;
		region.size = size;
		return true;
	}
	return false;
}

static void stack_carve(Stack *s)
{
	uintptr_t size = tier_size();
	if (region.size != size || region.next + size > region.end) {
		/* smaller stacks when the address space is scarce (ulimit -v) */
		while (!region_new(size)) {
			size /= 2;
			if (size < 2 * STACK_C_MARGIN)
				rt_throw("runtime: cannot allocate goroutine stack");
		}
	}
	uintptr_t base = region.next;
	region.next += size;
	s->guard_lo = s->lo = base;
	if (stacks_made < GUARDED_STACKS && mprotect((void *)base, STACK_GUARD_PAGE, PROT_NONE) == 0)
		s->lo = base + STACK_GUARD_PAGE;
	s->hi = base + size;
	s->guard = s->lo + STACK_C_MARGIN;
	stacks_made++;
}

/* Did the goroutine use its stack below the top part (as far as its
 * switches and the collections have seen)? */
static bool stack_went_deep(const G *g)
{
	return g->lowest_sp < g->stack.hi - STACK_WARM_BYTES;
}

static void stack_release(const Stack *s, uintptr_t keep_top)
{
	madvise((void *)s->lo, s->hi - keep_top - s->lo, MADV_DONTNEED);
}

/* ---- G records ---------------------------------------------------------------- */

static G *galloc(void)
{
	static G *chunk;
	static int left;
	if (left == 0) {
		chunk = calloc(64, sizeof(G));
		if (chunk == NULL)
			rt_throw("runtime: cannot allocate goroutine");
		left = 64;
	}
	left--;
	return chunk++;
}

static void allgs_add(G *g)
{
	if (nallgs == allgs_cap) {
		allgs_cap = allgs_cap ? 2 * allgs_cap : 256;
		allgs = realloc(allgs, allgs_cap * sizeof *allgs);
		if (allgs == NULL)
			rt_throw("runtime: cannot allocate goroutine");
	}
	allgs[nallgs++] = g;
}

/* What a dead G's stack holds (G.stack_state).  Live goroutines' stacks
 * are STACK_COMMITTED. */
enum {
	STACK_COMMITTED, /* pages as the goroutine left them */
	STACK_RELEASED,  /* given back with MADV_DONTNEED */
};

static uint32_t gc_epoch; /* collections so far (rt_foreach_stack) */
static G **release_list;
static uintptr_t release_cap;

static int by_address(const void *a, const void *b)
{
	uintptr_t x = (*(G *const *)a)->stack.guard_lo, y = (*(G *const *)b)->stack.guard_lo;
	return x < y ? -1 : x > y;
}

static void collect_idle(G *list, uintptr_t *n)
{
	for (G *g = list; g != NULL; g = g->schedlink) {
		if (g->stack_state != STACK_COMMITTED || gc_epoch - g->dead_epoch < 2)
			continue;
		if (*n == release_cap) {
			uintptr_t cap = release_cap ? 2 * release_cap : 1024;
			G **a = realloc(release_list, cap * sizeof *a);
			if (a == NULL)
				return; /* keep them; try at the next collection */
			release_list = a;
			release_cap = cap;
		}
		release_list[(*n)++] = g;
	}
}

/* At the start of a collection: give back the stacks of goroutines that
 * exited before the previous collection and have not been reused since,
 * neighbours in one call (stacks carved one after another are adjacent). */
static void release_idle_stacks(void)
{
	uintptr_t n = 0;
	collect_idle(gfree_local.head, &n);
	collect_idle(gfree_global.head, &n);
	if (n == 0)
		return;
	qsort(release_list, n, sizeof release_list[0], by_address);
	for (uintptr_t i = 0; i < n;) {
		uintptr_t lo = release_list[i]->stack.guard_lo, hi = release_list[i]->stack.hi;
		release_list[i]->stack_state = STACK_RELEASED;
		for (i++; i < n && release_list[i]->stack.guard_lo == hi; i++) {
			hi = release_list[i]->stack.hi;
			release_list[i]->stack_state = STACK_RELEASED;
		}
		madvise((void *)lo, hi - lo, MADV_DONTNEED);
	}
	heap_account_stacks(0, -(intptr_t)n * STACK_ACCOUNTED);
}

/* Go's gfput: a dead G goes on the local free list; a long local list
 * spills to the global one.  The stack stays committed for reuse (less
 * what a deep call chain used); release_idle_stacks gives it back if it
 * stays unused for a whole collection cycle. */
static void gfput(G *g)
{
	heap_account_stacks(-STACK_ACCOUNTED, 0);
	if (stack_went_deep(g))
		stack_release(&g->stack, STACK_WARM_BYTES);
	g->stack_state = STACK_COMMITTED;
	g->dead_epoch = gc_epoch;
	g->schedlink = gfree_local.head;
	gfree_local.head = g;
	if (++gfree_local.n >= 64) {
		while (gfree_local.n >= 32) {
			G *x = gfree_local.head;
			gfree_local.head = x->schedlink;
			gfree_local.n--;
			x->schedlink = gfree_global.head;
			gfree_global.head = x;
			gfree_global.n++;
		}
	}
}

static G *gfget(void)
{
	if (gfree_local.head == NULL) {
		while (gfree_local.n < 32 && gfree_global.head != NULL) {
			G *x = gfree_global.head;
			gfree_global.head = x->schedlink;
			gfree_global.n--;
			x->schedlink = gfree_local.head;
			gfree_local.head = x;
			gfree_local.n++;
		}
	}
	G *g = gfree_local.head;
	if (g == NULL)
		return NULL;
	gfree_local.head = g->schedlink;
	gfree_local.n--;
	if (g->stack_state == STACK_RELEASED)
		heap_account_stacks(STACK_ACCOUNTED, STACK_ACCOUNTED);
	else
		heap_account_stacks(STACK_ACCOUNTED, 0);
	g->stack_state = STACK_COMMITTED;
	return g;
}

void sched_init(void)
{
	if (inited)
		return;
	inited = true;
	if (rt_curg == NULL)
		rt_curg = &rt_main_g;
	rt_main_g.status = G_RUNNING;
	allgs_add(&rt_main_g);
	phantom.status = G_RUNNABLE;
	runnext = &phantom;
}

/* ---- Run queues --------------------------------------------------------------- */

static void globq_put(G *g)
{
	g->schedlink = NULL;
	if (globq.tail)
		globq.tail->schedlink = g;
	else
		globq.head = g;
	globq.tail = g;
	globq.size++;
}

static G *globq_get(void)
{
	G *g = globq.head;
	if (g) {
		globq.head = g->schedlink;
		if (!globq.head)
			globq.tail = NULL;
		globq.size--;
		g->schedlink = NULL;
	}
	return g;
}

/* The local queue is full: move its first half and g to the global queue. */
static void runq_put_slow(G *g)
{
	uint32_t n = (runqtail - runqhead) / 2;
	for (uint32_t i = 0; i < n; i++)
		globq_put(runq[(runqhead + i) % RUNQ_SIZE]);
	runqhead += n;
	globq_put(g);
}

static void runq_put(G *g, bool next)
{
	if (next) {
		G *old = runnext;
		runnext = g;
		if (old == NULL)
			return;
		g = old;
	}
	if (runqtail - runqhead < RUNQ_SIZE) {
		runq[runqtail % RUNQ_SIZE] = g;
		runqtail++;
		return;
	}
	runq_put_slow(g);
}

static G *runq_get(bool *inherit)
{
	G *g = runnext;
	if (g) {
		runnext = NULL;
		*inherit = true;
		return g;
	}
	*inherit = false;
	if (runqhead == runqtail)
		return NULL;
	return runq[runqhead++ % RUNQ_SIZE];
}

/* Go's globrunqgetbatch with one P: the first global goroutine runs, up to
 * half a local queue's worth of the following ones move to the local queue. */
static G *globq_get_batch(void)
{
	intptr_t n = globq.size < RUNQ_SIZE / 2 ? globq.size : RUNQ_SIZE / 2;
	G *g = globq_get();
	for (n--; n > 0; n--)
		runq_put(globq_get(), false);
	return g;
}

/* ---- Switching ------------------------------------------------------------------ */

/* Just switched onto this goroutine's stack: free the stack of a goroutine
 * that exited to get here. */
static void finish_switch(void)
{
	G *d = dead_pending;
	if (d != NULL) {
		dead_pending = NULL;
		gfput(d);
	}
}

static void switch_to(G *next)
{
	G *cur = rt_curg;
	next->status = G_RUNNING;
	if (next == cur)
		return;
	cur->stackguard = tgo_stackguard;
	cur->recover_rbp = tgo_recover_rbp;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	if (sp < cur->lowest_sp)
		cur->lowest_sp = sp;
	rt_curg = next;
	tgo_stackguard = next->stackguard;
	tgo_recover_rbp = next->recover_rbp;
	sched_switch(&cur->sched_sp, next->sched_sp);
	finish_switch();
}

static _Noreturn void deadlock(void);

/* Go's findRunnable with one P. */
static G *find_runnable(bool *inherit)
{
	for (;;) {
		int64_t when = timers_next();
		if (when != 0 && when <= timer_nanotime())
			timers_run(timer_nanotime());
		*inherit = false;
		if (schedtick % 61 == 0 && globq.size > 0)
			return globq_get();
		G *g = runq_get(inherit);
		if (g)
			return g;
		if (globq.size > 0)
			return globq_get_batch();
		when = timers_next();
		if (when == 0)
			deadlock();
		timers_sleep_until(when);
	}
}

/* Run the next goroutine (possibly the current one, if it is runnable). */
static void schedule(void)
{
	bool inherit;
	G *g;
	for (;;) {
		g = find_runnable(&inherit);
		if (!inherit)
			schedtick++;
		if (g != &phantom)
			break;
		phantom.status = G_WAITING; /* it ran and parked for good */
	}
	switch_to(g);
}

void sched_park(int reason)
{
	if (!inited)
		sched_init();
	G *g = rt_curg;
	g->status = G_WAITING;
	g->waitreason = (uint8_t)reason;
	schedule();
}

void sched_ready(G *g)
{
	g->status = G_RUNNABLE;
	g->waitreason = WAIT_NONE;
	runq_put(g, true);
}

void sched_yield_local(void)
{
	G *g = rt_curg;
	g->status = G_RUNNABLE;
	runq_put(g, false);
	schedule();
}

/* ---- Starting and ending goroutines --------------------------------------------- */

void rt_go(void *closure)
{
	if (closure == NULL)
		rt_fatal("go of nil func value");
	sched_init();
	G *g = gfget();
	if (g == NULL) {
		g = galloc();
		stack_carve(&g->stack);
		allgs_add(g);
		heap_account_stacks(STACK_ACCOUNTED, STACK_ACCOUNTED);
	}
	Stack st = g->stack;
	memset(g, 0, sizeof *g);
	g->stack = st;
	g->goid = next_goid++;
	g->stackguard = st.guard;
	g->lowest_sp = st.hi;
	/* the frame sched_switch pops: r15 r14 r13 r12 rbx rbp, then the
	 * return address */
	uintptr_t *sp = (uintptr_t *)st.hi;
	*--sp = (uintptr_t)sched_gostart;
	*--sp = 0;                  /* rbp: the end of the frame chain */
	*--sp = 0;                  /* rbx */
	*--sp = (uintptr_t)closure; /* r12 */
	*--sp = 0;                  /* r13 */
	*--sp = 0;                  /* r14 */
	*--sp = 0;                  /* r15 */
	g->sched_sp = (uintptr_t)sp;
	g->status = G_RUNNABLE;
	nlive++;
	runq_put(g, true);
}

_Noreturn void sched_goroutine_main(void *closure)
{
	finish_switch();
	rt_callgo(((Closure *)closure)->fn, closure, NULL, 0, NULL, 0);
	sched_goexit();
}

_Noreturn void sched_goexit(void)
{
	G *g = rt_curg;
	g->status = G_DEAD;
	g->waitreason = WAIT_NONE;
	nlive--;
	if (g != &rt_main_g)
		dead_pending = g;
	schedule();
	rt_throw("runtime: dead goroutine resumed");
}

/* ---- The Go-side entry points of package runtime (stdlib/runtime/proc.go) -- */

void runtime_Gosched(void)
{
	sched_init();
	G *g = rt_curg;
	g->status = G_RUNNABLE;
	globq_put(g);
	schedule();
}

void runtime_Goexit(void)
{
	sched_init();
	rt_run_all_defers();
	sched_goexit();
}

intptr_t runtime_NumGoroutine(void)
{
	return nlive;
}

/* stdlib/runtime/proc.go's Gosched and gcount call these. */
void runtime_gosched(void)
{
	runtime_Gosched();
}

intptr_t runtime_liveGoroutines(void)
{
	return nlive;
}

/* ---- Deadlock --------------------------------------------------------------------- */

static const char *const wait_reasons[WAIT_NREASONS] = {
	[WAIT_NONE] = "",
	[WAIT_CHAN_RECV_NIL] = "chan receive (nil chan)",
	[WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
	[WAIT_SELECT] = "select",
	[WAIT_SELECT_NO_CASES] = "select (no cases)",
	[WAIT_CHAN_RECV] = "chan receive",
	[WAIT_CHAN_SEND] = "chan send",
	[WAIT_SEMACQUIRE] = "semacquire",
	[WAIT_SLEEP] = "sleep",
	[WAIT_COND_WAIT] = "sync.Cond.Wait",
	[WAIT_MUTEX_LOCK] = "sync.Mutex.Lock",
	[WAIT_RWMUTEX_RLOCK] = "sync.RWMutex.RLock",
	[WAIT_RWMUTEX_LOCK] = "sync.RWMutex.Lock",
	[WAIT_WAITGROUP_WAIT] = "sync.WaitGroup.Wait",
};

static void put(const char *s)
{
	print_write(s, (intptr_t)strlen(s));
}

/* Go's checkdead: nothing can run and no timer will wake anyone. */
static _Noreturn void deadlock(void)
{
	print_flush();
	if (nlive == 0) {
		put("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
		rt_exit(2);
	}
	put("fatal error: all goroutines are asleep - deadlock!\n");
	for (uintptr_t i = 0; i < nallgs; i++) {
		G *g = allgs[i];
		if (g->status != G_WAITING)
			continue;
		put("\ngoroutine ");
		printint(g->goid);
		put(" [");
		put(g->waitreason < WAIT_NREASONS ? wait_reasons[g->waitreason] : "?");
		put("]:\n");
	}
	rt_exit(2);
}

/* ---- The collector's view ----------------------------------------------------------- */

__attribute__((noinline)) void rt_foreach_stack(void (*visit)(void *lo, void *hi))
{
	volatile uintptr_t here = 0;
	G *cur = rt_curg != NULL ? rt_curg : &rt_main_g;
	if (!first_gc_seen) {
		/* Go starts its mark worker goroutine now */
		first_gc_seen = true;
		next_goid++;
	}
	gc_epoch++;
	release_idle_stacks();
	if (cur->stack.hi != 0) {
		if ((uintptr_t)&here < cur->lowest_sp)
			cur->lowest_sp = (uintptr_t)&here;
		visit((void *)&here, (void *)cur->stack.hi);
	} else {
		/* before rt_main: the thread's own stack */
		extern void *__libc_stack_end;
		visit((void *)&here, __libc_stack_end);
	}
	for (uintptr_t i = 0; i < nallgs; i++) {
		G *g = allgs[i];
		if (g == cur || g->status == G_DEAD || g->status == G_IDLE)
			continue;
		if (g->stack.hi != 0) {
			visit((void *)g->sched_sp, (void *)g->stack.hi);
		} else {
			extern void *__libc_stack_end;
			visit((void *)g->sched_sp, __libc_stack_end); /* main before rt_main (unit tests) */
		}
	}
}
