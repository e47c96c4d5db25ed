// sleep.go — Sleep, Timer, Ticker, After, AfterFunc, Tick.  The timers
// themselves are run by the scheduler (runtime/timer.c); timer channels are
// synchronous, as in Go 1.23 and later (len and cap 0, no stale values after
// Stop or Reset).

package time

// runtimeTimer is the C runtime's timer record (runtime/timer.c has the
// same layout).
type runtimeTimer struct {
	when    int64     // monotonic ns when due; 0: stopped
	period  int64     // tickers
	c       chan Time // channel timers
	f       func()    // AfterFunc
	heapidx int
	g       uintptr // time.Sleep (not used from Go)
}

// C runtime (runtime/timer.c).
func initTimerChan(t *runtimeTimer)
func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when, period int64) bool

// Sleep pauses the current goroutine for at least the duration d.  A
// negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// when is the monotonic time d from now (saturated).
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event.  When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.  A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.c = c
	t.r.when = when(d)
	initTimerChan(&t.r)
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing.  It returns true if the call stops
// the timer, false if the timer has already expired (and its value been
// received) or been stopped.
func (t *Timer) Stop() bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after duration d.  It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.  It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine.  It returns a Timer that can be used to cancel the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.f = f
	t.r.when = when(d)
	startTimer(&t.r)
	return t
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick; slow receivers drop ticks.
// The duration d must be greater than zero; if not, NewTicker panics.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.c = c
	t.r.period = int64(d)
	t.r.when = when(d)
	initTimerChan(&t.r)
	startTimer(&t.r)
	return t
}

// Stop turns off a ticker.  After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r.c == nil {
		return
	}
	stopTimer(&t.r)
}

// Reset stops a ticker and resets its period to the specified duration;
// the next tick arrives after the new period elapses.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only.  Unlike NewTicker, Tick returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
