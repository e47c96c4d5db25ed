/*
 * sched.h — internals shared by the goroutine runtime:
 *
 *   sched.c   goroutine records and stacks, the run queues, the context
 *             switch, park/ready, Gosched, Goexit, the deadlock report,
 *             the collector's view of the stacks (rt_foreach_stack)
 *   chan.c    channels and select (abi.h's makechan ... selectgo)
 *   sema.c    semaphores and notify lists under package sync
 *   timer.c   timers: time.Sleep, time.Timer/Ticker/AfterFunc, the clock
 *
 * Everything runs on one OS thread and goroutines switch only where they
 * block or yield, so none of these structures needs a lock: a goroutine
 * that looks at a channel and then parks cannot be overtaken in between.
 * doc/goroutines.md describes the design.
 */
#ifndef TGO_SCHED_H
#define TGO_SCHED_H

#include "core.h"

/* G.status */
enum {
	G_IDLE,     /* never used */
	G_RUNNABLE, /* in a run queue (or about to be) */
	G_RUNNING,
	G_WAITING,  /* parked: someone else will ready it */
	G_DEAD,     /* exited; on the free list */
};

/* G.waitreason, named as Go's tracebacks name them. */
enum {
	WAIT_NONE,
	WAIT_CHAN_RECV_NIL,
	WAIT_CHAN_SEND_NIL,
	WAIT_SELECT,
	WAIT_SELECT_NO_CASES,
	WAIT_CHAN_RECV,
	WAIT_CHAN_SEND,
	WAIT_SEMACQUIRE,
	WAIT_SLEEP,
	WAIT_COND_WAIT,
	WAIT_MUTEX_LOCK,
	WAIT_RWMUTEX_RLOCK,
	WAIT_RWMUTEX_LOCK,
	WAIT_WAITGROUP_WAIT,
	WAIT_NREASONS,
};

/*
 * A goroutine waiting on a channel or a semaphore: Go's sudog.  It lives in
 * the C frame of the blocking call, on the waiting goroutine's own stack,
 * which stays put until the goroutine is readied.
 */
typedef struct Sudog Sudog;
struct Sudog {
	G *g;
	Sudog *next, *prev;
	void *elem;       /* the value to send, or where to receive (may be NULL) */
	struct Chan *c;   /* channel waits */
	const void *addr; /* semaphore waits: the semaphore's address */
	uint32_t ticket;  /* semaphores: 1 = handed the semaphore; notify lists: the ticket */
	bool isselect;
	bool success;     /* channel: a value was exchanged (false: closed) */
};

typedef struct WaitQ {
	Sudog *first, *last;
} WaitQ;

/* The channel object (112 bytes, the size of Go's hchan, so that make(chan
 * T, n) allocates what Go allocates).  The compiler reads len and cap from
 * the first two words. */
typedef struct Timer Timer;
typedef struct Chan {
	uintptr_t qcount;      /* queued elements */
	uintptr_t dataqsiz;    /* buffer size in elements */
	uint8_t *buf;
	uint16_t elemsize;
	uint8_t _pad;
	uint32_t closed;
	Timer *timer;          /* a time.Timer/Ticker channel, or NULL */
	const Type *elemtype;
	uintptr_t sendx, recvx;
	WaitQ recvq, sendq;
	uintptr_t _spare[2];
} Chan;

/* ---- sched.c ------------------------------------------------------------ */

void sched_init(void);
/* Park the running goroutine (it must already be queued where someone
 * will find it) and run others; returns once it has been readied. */
void sched_park(int reason);
/* Make g runnable: it runs next, before the queued goroutines (Go's
 * goready puts it in runnext). */
void sched_ready(G *g);
/* Put the running goroutine at the tail of the local run queue and run
 * others (Go's goyield). */
void sched_yield_local(void);
/* Never returns: the goroutine exits. */
_Noreturn void sched_goexit(void);

/* package runtime's entry points (stdlib/runtime/proc.go) */
void runtime_Gosched(void);
void runtime_Goexit(void);
intptr_t runtime_NumGoroutine(void);

/* asm.S */
void sched_switch(uintptr_t *save_sp, uintptr_t new_sp);
void sched_gostart(void);
_Noreturn void sched_goroutine_main(void *closure);

/* ---- chan.c ---------------------------------------------------------------- */

/* Take the first waiter that is free to go (a select whose other case has
 * already fired is dropped); NULL when none. */
Sudog *waitq_dequeue(WaitQ *q);
void waitq_enqueue(WaitQ *q, Sudog *s);

/* ---- timer.c ---------------------------------------------------------------- */

int64_t timer_nanotime(void);
/* Fire the timers that are due at now. */
void timers_run(int64_t now);
/* When the earliest timer is due (monotonic ns); 0 when there is none. */
int64_t timers_next(void);
/* The scheduler has nothing to run: sleep until the next timer is due. */
void timers_sleep_until(int64_t when);
/* Timer channels (Go 1.23's synchronous semantics: nothing is buffered;
 * a value is there to receive while the timer is armed and due). */
bool timer_chan_ready(Chan *c);
void timer_chan_take(Chan *c, void *elem);
void timer_chan_blocked(Chan *c); /* a receiver parks on c: arm the wake-up */

#endif
