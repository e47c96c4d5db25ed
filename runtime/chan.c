/*
 * chan.c — channels and select (Go's runtime/chan.go and select.go for one
 * thread).
 *
 * A channel is a Chan (sched.h): a ring buffer of dataqsiz elements and two
 * FIFO queues of waiting goroutines (Sudogs in the C frames of the blocked
 * calls).  A send to a channel with a waiting receiver copies the value
 * straight into the receiver's variable and readies it; otherwise the value
 * goes into the buffer if there is room, else the sender parks with a
 * pointer to its value, which a receiver copies out.  A receive from a full
 * buffered channel with a waiting sender takes the head of the buffer and
 * moves the sender's value to the tail, so the order of values is the order
 * of sends.  Readied goroutines go to runnext (sched.c): the one that made
 * the hand-off keeps running until it blocks or yields, then the other
 * runs, as in Go with one P.
 *
 * close readies every waiting receiver (which gets the zero value and
 * ok == false) and every waiting sender (which panics), in Go's order: the
 * goroutines are collected on a stack and readied last-collected first.
 *
 * Allocation follows Go's makechan exactly (one object when the buffer is
 * empty or holds no pointers, the channel plus a typed buffer otherwise),
 * so allocation counts and sizes match gc's; the typed buffer lets the
 * collector see pointers in queued elements.
 *
 * select: the cases are polled in a random order (so that a ready case is
 * chosen uniformly); if none is ready and the select blocks, the goroutine
 * waits on every channel at once with one Sudog per case; the first case to
 * fire marks the goroutine's selectdone, so other channels skip its
 * remaining Sudogs, which it unlinks when it wakes.  As gc compiles them, a
 * select with one case and no default is a plain send or receive (and says
 * so in a deadlock report) and one with no case blocks forever.
 */
#include "sched.h"
#include "heap.h"

#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(Chan) == 112, "Chan must have the size of Go's hchan");

enum { MAX_ELEM_SIZE = 1 << 16, MAX_ALLOC = (uintptr_t)1 << 47 };

/* The descriptor of a Chan allocated on its own (its buffer and timer are
 * pointers the collector must follow). */
static const uint8_t chan_mask[] = {0x14}; /* words 2 (buf) and 4 (timer) */
static const Type chan_object_type = {
	.size = sizeof(Chan), .ptrdata = 5 * 8, .kind = KIND_STRUCT, .align = 8,
	.gcmask = chan_mask, .name = "runtime.hchan",
};

void *makechan(const Type *chantype, intptr_t size)
{
	const Type *elem = chantype->elem;
	if (elem->size >= MAX_ELEM_SIZE)
		rt_throw("makechan: invalid channel element type");
	uintptr_t mem = elem->size * (uintptr_t)size;
	if (size < 0 || (elem->size != 0 && (uintptr_t)size > MAX_ALLOC / elem->size) ||
	    mem > MAX_ALLOC - sizeof(Chan))
		rt_panic_plain_error("makechan: size out of range");
	Chan *c;
	if (mem == 0) {
		c = mallocgc(sizeof(Chan), NULL, true);
		c->buf = (uint8_t *)c;
	} else if (elem->ptrdata == 0) {
		c = mallocgc(sizeof(Chan) + mem, NULL, true);
		c->buf = (uint8_t *)(c + 1);
	} else {
		c = mallocgc(sizeof(Chan), &chan_object_type, true);
		c->buf = mallocgc(mem, elem, true);
	}
	c->elemsize = (uint16_t)elem->size;
	c->elemtype = elem;
	c->dataqsiz = (uintptr_t)size;
	return c;
}

/* ---- Wait queues ------------------------------------------------------------- */

void waitq_enqueue(WaitQ *q, Sudog *s)
{
	s->next = NULL;
	s->prev = q->last;
	if (q->last)
		q->last->next = s;
	else
		q->first = s;
	q->last = s;
}

static void waitq_remove(WaitQ *q, Sudog *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else if (q->first == s)
		q->first = s->next;
	else
		return; /* not in the queue */
	if (s->next)
		s->next->prev = s->prev;
	else
		q->last = s->prev;
	s->next = s->prev = NULL;
}

Sudog *waitq_dequeue(WaitQ *q)
{
	for (;;) {
		Sudog *s = q->first;
		if (s == NULL)
			return NULL;
		q->first = s->next;
		if (q->first)
			q->first->prev = NULL;
		else
			q->last = NULL;
		s->next = s->prev = NULL;
		if (s->isselect) {
			if (s->g->selectdone)
				continue; /* its select went another way */
			s->g->selectdone = true;
		}
		return s;
	}
}

/* ---- Buffer and hand-off ------------------------------------------------------ */

static inline uint8_t *chan_slot(Chan *c, uintptr_t i)
{
	return c->buf + i * c->elemsize;
}

static inline void elem_copy(Chan *c, void *dst, const void *src)
{
	if (c->elemsize)
		memmove(dst, src, c->elemsize);
}

static inline void elem_clear(Chan *c, void *p)
{
	if (p && c->elemsize)
		memset(p, 0, c->elemsize);
}

/* Wake the goroutine of s, whose operation completed (ok) or whose channel
 * was closed. */
static void wake(Sudog *s, bool ok)
{
	s->success = ok;
	s->g->param = s;
	sched_ready(s->g);
}

/* A receiver waits on c: give it the value at elem. */
static void send_to(Chan *c, Sudog *s, const void *elem)
{
	if (s->elem)
		elem_copy(c, s->elem, elem);
	wake(s, true);
}

/* A sender waits on c: take its value (through the full buffer, if any). */
static void recv_from(Chan *c, Sudog *s, void *elem)
{
	if (c->dataqsiz == 0) {
		if (elem)
			elem_copy(c, elem, s->elem);
	} else {
		uint8_t *slot = chan_slot(c, c->recvx);
		if (elem)
			elem_copy(c, elem, slot);
		elem_copy(c, slot, s->elem);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	wake(s, true);
}

static void buf_put(Chan *c, const void *elem)
{
	elem_copy(c, chan_slot(c, c->sendx), elem);
	if (++c->sendx == c->dataqsiz)
		c->sendx = 0;
	c->qcount++;
}

static void buf_take(Chan *c, void *elem)
{
	uint8_t *slot = chan_slot(c, c->recvx);
	if (elem)
		elem_copy(c, elem, slot);
	elem_clear(c, slot);
	if (++c->recvx == c->dataqsiz)
		c->recvx = 0;
	c->qcount--;
}

/* Try to send without blocking. */
static bool try_send(Chan *c, const void *elem)
{
	if (c->closed)
		rt_panic_plain_error("send on closed channel");
	Sudog *s = waitq_dequeue(&c->recvq);
	if (s) {
		send_to(c, s, elem);
		return true;
	}
	if (c->qcount < c->dataqsiz) {
		buf_put(c, elem);
		return true;
	}
	return false;
}

/* Try to receive without blocking; *ok tells a value from a close. */
static bool try_recv(Chan *c, void *elem, bool *ok)
{
	if (c->timer && timer_chan_ready(c)) {
		timer_chan_take(c, elem);
		*ok = true;
		return true;
	}
	if (c->closed && c->qcount == 0) {
		elem_clear(c, elem);
		*ok = false;
		return true;
	}
	Sudog *s = waitq_dequeue(&c->sendq);
	if (s) {
		recv_from(c, s, elem);
		*ok = true;
		return true;
	}
	if (c->qcount > 0) {
		buf_take(c, elem);
		*ok = true;
		return true;
	}
	return false;
}

/* ---- Send, receive, close ---------------------------------------------------- */

static _Noreturn void block_forever(int reason)
{
	sched_park(reason);
	rt_throw("unreachable");
}

void chansend(void *ch, const void *elem)
{
	Chan *c = ch;
	if (c == NULL)
		block_forever(WAIT_CHAN_SEND_NIL);
	if (try_send(c, elem))
		return;
	G *g = rt_curg;
	Sudog s = {.g = g, .elem = (void *)elem, .c = c};
	g->param = NULL;
	waitq_enqueue(&c->sendq, &s);
	sched_park(WAIT_CHAN_SEND);
	if (!s.success)
		rt_panic_plain_error("send on closed channel");
}

bool chanrecv(void *ch, void *elem)
{
	Chan *c = ch;
	if (c == NULL)
		block_forever(WAIT_CHAN_RECV_NIL);
	bool ok;
	if (try_recv(c, elem, &ok))
		return ok;
	G *g = rt_curg;
	Sudog s = {.g = g, .elem = elem, .c = c};
	g->param = NULL;
	waitq_enqueue(&c->recvq, &s);
	if (c->timer)
		timer_chan_blocked(c);
	sched_park(WAIT_CHAN_RECV);
	return s.success;
}

void closechan(void *ch)
{
	Chan *c = ch;
	if (c == NULL)
		rt_panic_plain_error("close of nil channel");
	if (c->closed)
		rt_panic_plain_error("close of closed channel");
	c->closed = 1;
	/* Collect the waiters on a stack (receivers first), ready them from
	 * the top: Go's glist. */
	G *stack = NULL;
	Sudog *s;
	while ((s = waitq_dequeue(&c->recvq)) != NULL) {
		elem_clear(c, s->elem);
		s->success = false;
		s->g->param = s;
		s->g->schedlink = stack;
		stack = s->g;
	}
	while ((s = waitq_dequeue(&c->sendq)) != NULL) {
		s->success = false;
		s->g->param = s;
		s->g->schedlink = stack;
		stack = s->g;
	}
	while (stack) {
		G *g = stack;
		stack = g->schedlink;
		g->schedlink = NULL;
		sched_ready(g);
	}
}

/* ---- select -------------------------------------------------------------------- */

enum { SELECT_STACK_CASES = 16 };

static intptr_t select_one(SelectCase *cs)
{
	if (cs->kind == SELECT_SEND) {
		chansend(cs->c, cs->elem);
	} else {
		bool ok = chanrecv(cs->c, cs->elem);
		if (cs->recvok)
			*cs->recvok = ok;
	}
	return 0;
}

/* Pass 1: the first ready case in the order given; -1 if none. */
static intptr_t select_poll(SelectCase *cases, const uint32_t *order, intptr_t n)
{
	for (intptr_t k = 0; k < n; k++) {
		SelectCase *cs = &cases[order[k]];
		Chan *c = cs->c;
		if (cs->kind == SELECT_SEND) {
			if (try_send(c, cs->elem))
				return order[k];
		} else {
			bool ok;
			if (try_recv(c, cs->elem, &ok)) {
				if (cs->recvok)
					*cs->recvok = ok;
				return order[k];
			}
		}
	}
	return -1;
}

/* Pass 2: wait on every channel at once; then pass 3: leave the queues of
 * the cases that did not fire. */
static intptr_t select_park(SelectCase *cases, intptr_t ncases, Sudog *sg, bool *sendclosed)
{
	G *g = rt_curg;
	g->selectdone = false;
	g->param = NULL;
	for (intptr_t i = 0; i < ncases; i++) {
		Chan *c = cases[i].c;
		if (c == NULL)
			continue;
		sg[i] = (Sudog){.g = g, .elem = cases[i].elem, .c = c, .isselect = true};
		if (cases[i].kind == SELECT_SEND) {
			waitq_enqueue(&c->sendq, &sg[i]);
		} else {
			waitq_enqueue(&c->recvq, &sg[i]);
			if (c->timer)
				timer_chan_blocked(c);
		}
	}
	sched_park(WAIT_SELECT);
	Sudog *won = g->param;
	g->param = NULL;
	intptr_t casi = -1;
	for (intptr_t i = 0; i < ncases; i++) {
		Chan *c = cases[i].c;
		if (c == NULL)
			continue;
		if (&sg[i] == won) {
			casi = i;
			continue;
		}
		waitq_remove(cases[i].kind == SELECT_SEND ? &c->sendq : &c->recvq, &sg[i]);
	}
	if (casi < 0)
		rt_throw("selectgo: bad wakeup");
	if (cases[casi].kind == SELECT_SEND)
		*sendclosed = !won->success;
	else if (cases[casi].recvok)
		*cases[casi].recvok = won->success;
	return casi;
}

static intptr_t select_run(SelectCase *cases, intptr_t ncases, bool block, uint32_t *order, Sudog *sg,
                           bool *sendclosed)
{
	/* a random permutation of the cases that have a channel */
	intptr_t n = 0;
	for (intptr_t i = 0; i < ncases; i++) {
		if (cases[i].c == NULL)
			continue;
		intptr_t j = (intptr_t)(rt_rand() % (uint64_t)(n + 1));
		order[n] = order[j];
		order[j] = (uint32_t)i;
		n++;
	}
	intptr_t casi = select_poll(cases, order, n);
	if (casi >= 0 || !block)
		return casi;
	return select_park(cases, ncases, sg, sendclosed);
}

intptr_t selectgo(SelectCase *cases, intptr_t ncases, bool block)
{
	if (ncases == 0) {
		if (!block)
			return -1;
		block_forever(WAIT_SELECT_NO_CASES);
	}
	if (ncases == 1 && block)
		return select_one(cases);
	intptr_t casi;
	bool sendclosed = false;
	if (ncases <= SELECT_STACK_CASES) {
		uint32_t order[SELECT_STACK_CASES];
		Sudog sg[SELECT_STACK_CASES];
		casi = select_run(cases, ncases, block, order, sg, &sendclosed);
	} else {
		/* not a Go allocation: the Sudogs only point at things the
		 * caller's frame keeps alive */
		void *mem = malloc((size_t)ncases * (sizeof(uint32_t) + sizeof(Sudog)));
		if (mem == NULL)
			rt_throw("select: out of memory");
		Sudog *sg = mem;
		casi = select_run(cases, ncases, block, (uint32_t *)(sg + ncases), sg, &sendclosed);
		free(mem);
	}
	if (sendclosed)
		rt_panic_plain_error("send on closed channel");
	return casi;
}
