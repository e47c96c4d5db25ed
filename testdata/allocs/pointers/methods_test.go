// Receivers and method values: calling a method never allocates by
// itself; a pointer receiver that escapes moves its variable to the heap;
// a method value x.M is a closure {F, receiver} — on the stack when it
// does not escape, one heap allocation when it does (plus the variable,
// for a pointer receiver bound to a local).
package pointers

import "testing"

type counter struct {
	n    int
	name string
}

//go:noinline
func (c *counter) Inc() { c.n++ }

//go:noinline
func (c counter) Get() int { return c.n }

var keep *counter

//go:noinline
func (c *counter) Keep() { keep = c }

var (
	sinkF   func()
	sinkG   func() int
	sinkInt int
	heapC   = &counter{}
)

func BenchmarkPointerReceiverLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var c counter
		c.Inc()
		sinkInt += c.n
	}
}

func BenchmarkValueReceiverLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c := counter{n: i}
		sinkInt += c.Get()
	}
}

// Keep stores its receiver in a global: c is moved to the heap.
func BenchmarkPointerReceiverEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var c counter
		c.Keep()
	}
}

func BenchmarkMethodValueLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var c counter
		f := c.Inc
		f()
		sinkInt += c.n
	}
}

// An escaping method value bound to &c: the closure and c on the heap.
func BenchmarkMethodValuePointerEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var c counter
		sinkF = c.Inc
	}
}

// An escaping method value of a value receiver copies the receiver into
// the closure: one allocation.
func BenchmarkMethodValueValueEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c := counter{n: i}
		sinkG = c.Get
	}
}

// Bound to a pointer that is already on the heap: only the closure.
func BenchmarkMethodValueHeapPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = heapC.Inc
	}
}

// A method expression is a plain function: nothing to allocate.
func BenchmarkMethodExpression(b *testing.B) {
	for i := 0; i < b.N; i++ {
		f := (*counter).Inc
		f(heapC)
	}
}

type getter interface{ Get() int }

// Storing a counter (24 bytes) in an interface that escapes boxes it.
var sinkGetter getter

func BenchmarkValueInInterface(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkGetter = counter{n: i}
	}
}

func BenchmarkPointerInInterface(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkGetter = heapC
	}
}
