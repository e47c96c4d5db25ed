/*
 * timer.c — timers and the clock: time.Sleep, time.Timer, time.Ticker,
 * time.AfterFunc, time.Now, as the scheduler drives them.
 *
 * A Timer (below) is Go's runtime timer cut down to what one thread needs:
 * when it is due (monotonic nanoseconds, 0 = stopped), its period (tickers)
 * and what firing does: ready a sleeping goroutine (g), start a goroutine
 * running f (AfterFunc), or deliver the time to a channel (c).  The timers
 * that must fire on their own are kept in a binary heap ordered by when; the
 * scheduler (sched.c) runs the due ones at every scheduling round and, when
 * no goroutine can run, sleeps in clock_nanosleep until the earliest one.
 * No timer in the heap and nothing runnable is a deadlock.
 *
 * Timer channels follow Go 1.23's synchronous semantics: len and cap are 0,
 * nothing is ever buffered, and a value is "in" the channel exactly while
 * the timer is armed and due; a receive (or a select poll) takes it then and
 * gets the time the timer was due, and re-arms a ticker at its next period
 * boundary (ticks missed meanwhile are dropped).  So Stop and Reset never
 * leave a stale value behind, and Stop reports true until the value has
 * been received.  A channel timer sits in the heap only while a goroutine is
 * blocked receiving from it (as in Go, an unreceived timer does not keep a
 * deadlocked program alive); when it fires it hands the value to the first
 * waiting receiver.
 *
 * time.Sleep's timer lives in the sleeping goroutine's C frame.  The other
 * timers are fields of the time package's Timer and Ticker objects on the
 * Go heap; the heap array is itself a Go object reachable from a registered
 * root, so an armed timer keeps its channel and function alive.
 */
#include "sched.h"
#include "heap.h"

#include <errno.h>
#include <string.h>
#include <time.h>

/* time.runtimeTimer (stdlib/time/sleep.go) has this layout. */
struct Timer {
	int64_t when;     /* due, monotonic ns; 0: stopped */
	int64_t period;   /* > 0: a ticker */
	Chan *c;          /* deliver the time here */
	void *f;          /* or start a goroutine running this func() */
	intptr_t heapidx; /* position in the heap + 1; 0: not in it */
	G *g;             /* or wake this sleeping goroutine */
};

/* time.Time (stdlib/time/time.go). */
typedef struct TimeValue {
	uint64_t wall;
	int64_t ext;
	void *loc;
} TimeValue;

extern char time_localLoc[] __asm__("time.localLoc") __attribute__((weak));

#define MAX_WHEN INT64_MAX

/* ---- The clock ------------------------------------------------------------------ */

int64_t timer_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t start_nano;

/* func startNano() int64: the monotonic origin of time.Time readings. */
int64_t time_startNano(void)
{
	if (start_nano == 0)
		start_nano = timer_nanotime() - 1;
	return start_nano;
}

/* func runtimeNano() int64 */
int64_t time_runtimeNano(void)
{
	return timer_nanotime();
}

/*
 * Go's encoding of a time.Time with a monotonic reading: wall holds a flag
 * (bit 63), the seconds since 1885-01-01 (33 bits) and the nanoseconds (30
 * bits); ext holds the monotonic clock relative to start_nano.  A reading
 * outside the 33-bit range keeps full seconds since year 1 in ext instead.
 */
#define SECONDS_PER_DAY 86400
#define DAYS_BEFORE_YEAR(y) ((int64_t)(y) * 365 + (y) / 4 - (y) / 100 + (y) / 400)
static const int64_t unix_to_internal = DAYS_BEFORE_YEAR(1969) * SECONDS_PER_DAY;
static const int64_t wall_to_internal = DAYS_BEFORE_YEAR(1884) * SECONDS_PER_DAY;

/* The time at monotonic instant mono (not after now). */
static TimeValue time_at(int64_t mono)
{
	int64_t start = time_startNano();
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	int64_t now = timer_nanotime();
	int64_t back = now - mono;
	int64_t sec = ts.tv_sec, nsec = ts.tv_nsec - back % 1000000000;
	sec -= back / 1000000000;
	if (nsec < 0) {
		nsec += 1000000000;
		sec--;
	}
	TimeValue t = {.loc = time_localLoc};
	int64_t wsec = sec + unix_to_internal - wall_to_internal;
	if (wsec >= 0 && (wsec >> 33) == 0) {
		t.wall = (uint64_t)1 << 63 | (uint64_t)wsec << 30 | (uint64_t)nsec;
		t.ext = mono - start;
	} else {
		t.wall = (uint64_t)nsec;
		t.ext = sec + unix_to_internal;
	}
	return t;
}

/* func now() Time */
TimeValue time_now(void)
{
	time_startNano();
	return time_at(timer_nanotime());
}

/* ---- The heap ---------------------------------------------------------------------- */

static const uint8_t ptr_mask[] = {0x1};
static const Type ptr_type = {
	.size = 8, .ptrdata = 8, .kind = KIND_UNSAFEPOINTER, .align = 8,
	.gcmask = ptr_mask, .name = "unsafe.Pointer",
};

static Timer **theap; /* a Go object: []*Timer */
static intptr_t ntimers, theap_cap;

static void heap_set(intptr_t i, Timer *t)
{
	theap[i] = t;
	t->heapidx = i + 1;
}

static void sift_up(intptr_t i)
{
	Timer *t = theap[i];
	while (i > 0) {
		intptr_t p = (i - 1) / 2;
		if (theap[p]->when <= t->when)
			break;
		heap_set(i, theap[p]);
		i = p;
	}
	heap_set(i, t);
}

static void sift_down(intptr_t i)
{
	Timer *t = theap[i];
	for (;;) {
		intptr_t c = 2 * i + 1;
		if (c >= ntimers)
			break;
		if (c + 1 < ntimers && theap[c + 1]->when < theap[c]->when)
			c++;
		if (t->when <= theap[c]->when)
			break;
		heap_set(i, theap[c]);
		i = c;
	}
	heap_set(i, t);
}

static void timer_heap_add(Timer *t)
{
	if (ntimers == theap_cap) {
		static bool rooted;
		if (!rooted) {
			gc_register_root(&theap, sizeof theap);
			rooted = true;
		}
		intptr_t cap = theap_cap ? 2 * theap_cap : 64;
		Timer **a = mallocgc((uintptr_t)cap * sizeof *a, &ptr_type, true);
		if (ntimers)
			memcpy(a, theap, (size_t)ntimers * sizeof *a);
		theap = a;
		theap_cap = cap;
	}
	theap[ntimers++] = t;
	sift_up(ntimers - 1);
}

static void timer_heap_remove(Timer *t)
{
	intptr_t i = t->heapidx - 1;
	t->heapidx = 0;
	if (i < 0)
		return;
	Timer *last = theap[--ntimers];
	theap[ntimers] = NULL;
	if (i == ntimers)
		return;
	heap_set(i, last);
	if (i > 0 && theap[(i - 1) / 2]->when > last->when)
		sift_up(i);
	else
		sift_down(i);
}

int64_t timers_next(void)
{
	return ntimers ? theap[0]->when : 0;
}

void timers_sleep_until(int64_t when)
{
	struct timespec ts = {.tv_sec = when / 1000000000, .tv_nsec = when % 1000000000};
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
	}
}

/* ---- Firing -------------------------------------------------------------------------- */

/* After a delivery: a ticker moves to its next period boundary after now. */
static void advance(Timer *t, int64_t now)
{
	if (t->period <= 0) {
		t->when = 0;
		return;
	}
	int64_t next = t->when + t->period * (1 + (now - t->when) / t->period);
	t->when = next > t->when ? next : MAX_WHEN;
}

static void put_time(Chan *c, void *elem, int64_t when)
{
	if (elem != NULL && c->elemsize == sizeof(TimeValue)) {
		TimeValue v = time_at(when);
		memcpy(elem, &v, sizeof v);
	}
}

static void chan_timer_rearm(Timer *t)
{
	if (t->when > 0 && t->heapidx == 0 && t->c->recvq.first != NULL)
		timer_heap_add(t);
}

static void fire(Timer *t, int64_t now)
{
	if (t->g != NULL) {
		G *g = t->g;
		t->when = 0;
		sched_ready(g);
		return;
	}
	if (t->f != NULL) {
		advance(t, now);
		if (t->when > 0)
			timer_heap_add(t);
		rt_go(t->f);
		return;
	}
	Chan *c = t->c;
	Sudog *s = waitq_dequeue(&c->recvq);
	if (s == NULL)
		return; /* stays due: the next receive takes the value */
	put_time(c, s->elem, t->when);
	advance(t, now);
	s->success = true;
	s->g->param = s;
	sched_ready(s->g);
	chan_timer_rearm(t);
}

void timers_run(int64_t now)
{
	while (ntimers > 0 && theap[0]->when <= now) {
		Timer *t = theap[0];
		timer_heap_remove(t);
		fire(t, now);
	}
}

/* ---- Timer channels ----------------------------------------------------------------- */

bool timer_chan_ready(Chan *c)
{
	Timer *t = c->timer;
	return t->when > 0 && t->when <= timer_nanotime();
}

void timer_chan_take(Chan *c, void *elem)
{
	Timer *t = c->timer;
	put_time(c, elem, t->when);
	if (t->heapidx)
		timer_heap_remove(t);
	advance(t, timer_nanotime());
	chan_timer_rearm(t);
}

void timer_chan_blocked(Chan *c)
{
	Timer *t = c->timer;
	if (t->when > 0 && t->heapidx == 0)
		timer_heap_add(t);
}

/* ---- Package time's entry points (stdlib/time/sleep.go) ---------------------------- */

/* func Sleep(d Duration) */
void time_Sleep(int64_t ns)
{
	if (ns <= 0)
		return;
	sched_init();
	int64_t now = timer_nanotime();
	Timer t = {.g = rt_curg, .when = now + ns};
	if (t.when < now)
		t.when = MAX_WHEN;
	timer_heap_add(&t);
	sched_park(WAIT_SLEEP);
}

/* func initTimerChan(t *runtimeTimer): t.c becomes a timer channel. */
void time_initTimerChan(Timer *t)
{
	Chan *c = t->c;
	c->timer = t;
	c->dataqsiz = 0; /* synchronous: the buffer Go allocates is never used */
}

/* func startTimer(t *runtimeTimer): t.when (and t.period) are set. */
void time_startTimer(Timer *t)
{
	sched_init();
	if (t->when <= 0)
		t->when = 1; /* due at once */
	if (t->c != NULL)
		chan_timer_rearm(t);
	else if (t->heapidx == 0)
		timer_heap_add(t);
}

/* func stopTimer(t *runtimeTimer) bool: true if it was armed and its value
 * not yet delivered. */
bool time_stopTimer(Timer *t)
{
	bool pending = t->when > 0;
	if (t->heapidx)
		timer_heap_remove(t);
	t->when = 0;
	return pending;
}

/* func resetTimer(t *runtimeTimer, when, period int64) bool */
bool time_resetTimer(Timer *t, int64_t when, int64_t period)
{
	bool pending = time_stopTimer(t);
	t->when = when;
	t->period = period;
	time_startTimer(t);
	return pending;
}
