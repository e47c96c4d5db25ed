/*
 * sema.c — the blocking primitives under package sync (stdlib/sync): Go's
 * runtime/sema.go for one thread.
 *
 * Semaphores.  A semaphore is a uint32 in a Go object; sync.Mutex,
 * RWMutex and WaitGroup block on theirs with semacquire and wake a waiter
 * with semrelease.  Waiters (Sudogs in the C frames of the blocked calls)
 * are kept per address in a table of SEMA_TABLE buckets (each bucket a list
 * in arrival order, searched for the address), FIFO per address, or LIFO
 * when a Mutex waiter that already waited queues again.  semrelease
 * increments the count and readies the first waiter (into runnext, as Go's
 * readyWithTime does); with handoff (a Mutex in starvation mode) the count
 * goes straight to that waiter and the releasing goroutine yields to it.
 *
 * Notify lists (sync.Cond): a ticket per Wait, in order; Signal wakes the
 * waiter holding the oldest unnotified ticket, Broadcast all of them in
 * ticket order.
 */
#include "sched.h"
#include "heap.h"

enum { SEMA_TABLE = 251 };

typedef struct SemaRoot {
	WaitQ q;        /* every waiter of this bucket, in queue order per address */
	intptr_t nwait;
} SemaRoot;

static SemaRoot sema_table[SEMA_TABLE];

static SemaRoot *sema_root(const void *addr)
{
	return &sema_table[((uintptr_t)addr >> 3) % SEMA_TABLE];
}

static bool sema_try(uint32_t *addr)
{
	if (*addr == 0)
		return false;
	(*addr)--;
	return true;
}

static void sema_queue(SemaRoot *r, Sudog *s, bool lifo)
{
	if (lifo) {
		/* before the first waiter on the same address */
		for (Sudog *x = r->q.first; x != NULL; x = x->next) {
			if (x->addr != s->addr)
				continue;
			s->next = x;
			s->prev = x->prev;
			if (x->prev)
				x->prev->next = s;
			else
				r->q.first = s;
			x->prev = s;
			return;
		}
	}
	waitq_enqueue(&r->q, s);
}

static Sudog *sema_dequeue(SemaRoot *r, const void *addr)
{
	for (Sudog *s = r->q.first; s != NULL; s = s->next) {
		if (s->addr != addr)
			continue;
		if (s->prev)
			s->prev->next = s->next;
		else
			r->q.first = s->next;
		if (s->next)
			s->next->prev = s->prev;
		else
			r->q.last = s->prev;
		s->next = s->prev = NULL;
		return s;
	}
	return NULL;
}

static void semacquire(uint32_t *addr, bool lifo, int reason)
{
	if (sema_try(addr))
		return;
	sched_init();
	SemaRoot *r = sema_root(addr);
	Sudog s = {.g = rt_curg, .addr = addr};
	for (;;) {
		if (sema_try(addr))
			break;
		r->nwait++;
		s.ticket = 0;
		sema_queue(r, &s, lifo);
		sched_park(reason);
		if (s.ticket != 0 || sema_try(addr))
			break;
	}
}

static void semrelease(uint32_t *addr, bool handoff)
{
	SemaRoot *r = sema_root(addr);
	(*addr)++;
	if (r->nwait == 0)
		return;
	Sudog *s = sema_dequeue(r, addr);
	if (s == NULL)
		return;
	r->nwait--;
	if (handoff && sema_try(addr))
		s->ticket = 1;
	sched_ready(s->g);
	if (s->ticket == 1)
		sched_yield_local();
}

/* Package sync's view (stdlib/sync/runtime.go):
 *   func semacquire(addr *uint32, lifo bool, reason int)
 *   func semrelease(addr *uint32, handoff bool)
 * reason: 0 semacquire, 1 Mutex.Lock, 2 RWMutex.RLock, 3 RWMutex.Lock,
 * 4 WaitGroup.Wait. */
void sync_semacquire(uint32_t *addr, bool lifo, intptr_t reason)
{
	static const int reasons[] = {WAIT_SEMACQUIRE, WAIT_MUTEX_LOCK, WAIT_RWMUTEX_RLOCK,
	                              WAIT_RWMUTEX_LOCK, WAIT_WAITGROUP_WAIT};
	if (reason < 0 || reason >= (intptr_t)(sizeof reasons / sizeof reasons[0]))
		reason = 0;
	semacquire(addr, lifo, reasons[reason]);
}

void sync_semrelease(uint32_t *addr, bool handoff)
{
	semrelease(addr, handoff);
}

/* internal/sync's view (stdlib/internal/sync/runtime.go), Go's names:
 *   func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
 *   func runtime_Semrelease(s *uint32, handoff bool, skipframes int) */
void internal_sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, intptr_t skipframes)
{
	(void)skipframes;
	semacquire(addr, lifo, WAIT_MUTEX_LOCK);
}

void internal_sync_runtime_Semrelease(uint32_t *addr, bool handoff, intptr_t skipframes)
{
	(void)skipframes;
	semrelease(addr, handoff);
}

/* ---- Notify lists ---------------------------------------------------------------- */

/* sync.notifyList (stdlib/sync/cond.go) has this layout. */
typedef struct NotifyList {
	uint32_t wait;   /* the next ticket to hand out */
	uint32_t notify; /* the next ticket to notify */
	uintptr_t lock;  /* unused: one thread */
	Sudog *head, *tail;
} NotifyList;

/* ticket a comes before b, with wrap-around */
static bool ticket_less(uint32_t a, uint32_t b)
{
	return (int32_t)(a - b) < 0;
}

/* func notifyListAdd(l *notifyList) uint32 */
uint32_t sync_notifyListAdd(NotifyList *l)
{
	return l->wait++;
}

/* func notifyListWait(l *notifyList, t uint32) */
void sync_notifyListWait(NotifyList *l, uint32_t t)
{
	if (ticket_less(t, l->notify))
		return; /* already notified */
	sched_init();
	Sudog s = {.g = rt_curg, .ticket = t};
	if (l->tail == NULL)
		l->head = &s;
	else
		l->tail->next = &s;
	l->tail = &s;
	sched_park(WAIT_COND_WAIT);
}

/* func notifyListNotifyAll(l *notifyList) */
void sync_notifyListNotifyAll(NotifyList *l)
{
	if (l->wait == l->notify)
		return;
	Sudog *s = l->head;
	l->head = l->tail = NULL;
	l->notify = l->wait;
	while (s != NULL) {
		Sudog *next = s->next;
		s->next = NULL;
		sched_ready(s->g);
		s = next;
	}
}

/* func notifyListNotifyOne(l *notifyList) */
void sync_notifyListNotifyOne(NotifyList *l)
{
	if (l->wait == l->notify)
		return;
	uint32_t t = l->notify++;
	for (Sudog *p = NULL, *s = l->head; s != NULL; p = s, s = s->next) {
		if (s->ticket != t)
			continue;
		Sudog *n = s->next;
		if (p != NULL)
			p->next = n;
		else
			l->head = n;
		if (n == NULL)
			l->tail = p;
		s->next = NULL;
		sched_ready(s->g);
		return;
	}
}

/* func fatal(s string): Go's sync.fatal (unrecoverable misuse). */
_Noreturn void sync_fatal(GoString s)
{
	char buf[256];
	intptr_t n = s.len < (intptr_t)sizeof buf - 1 ? s.len : (intptr_t)sizeof buf - 1;
	for (intptr_t i = 0; i < n; i++)
		buf[i] = (char)s.ptr[i];
	buf[n] = 0;
	rt_fatal(buf);
}

/* internal/sync's fatal and throw: the same end. */
_Noreturn void internal_sync_fatal(GoString s)
{
	sync_fatal(s);
}

_Noreturn void internal_sync_throw(GoString s)
{
	sync_fatal(s);
}

/* func nanotime() int64: for the Mutex's starvation clock. */
int64_t sync_nanotime(void)
{
	return timer_nanotime();
}

int64_t internal_sync_runtime_nanotime(void)
{
	return timer_nanotime();
}

/* func gcCount() uint32: collections so far (sync.Pool ages by them). */
uint32_t sync_gcCount(void)
{
	return (uint32_t)heap_stats.numgc;
}
