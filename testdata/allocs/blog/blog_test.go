// The examples of the Go blog post "Allocating on the Stack" (Keith
// Randall, 2026-02-27), each run with 0, 1, 3, 4, 5, 10 and 100 tasks.
// A task is 8 bytes, so the 32-byte stack buffer of Go 1.25/1.26 holds 4.
//
//   - process: append to a nil slice.  Go 1.26 starts it in a stack buffer
//     (cap 4), then doubles on the heap: 0 allocs up to 4 tasks.
//   - process2: make([]task, 0, 10), a constant size that does not escape:
//     a stack array, 0 allocs up to 10 tasks.
//   - process3: make([]task, 0, lengthGuess), a variable size: Go 1.25's
//     32-byte buffer when lengthGuess*8 <= 32, else makeslice (guesses 1, 4,
//     5 and 1000).
//   - process4: the hand-written "constant make when the guess is small"
//     (guess = the number of tasks).
//   - extract: the slice is returned; Go 1.26 builds it in the stack buffer
//     and copies it to the heap once at the return (move2heap, the blog's
//     extract3, which cannot be written in Go: runtime.move2heap is the
//     compiler's), exactly sized while the tasks fit the buffer.
//   - extract2: the hand-optimized copy into an exactly-sized make.
//
// BenchmarkProcess3Guess5_n3 is process3 with lengthGuess 5 and 3 tasks;
// -d=variablemakehash=n turns the Go 1.25/1.26 buffers off (gc-variablemakehash-n.golden).
//
// The tasks arrive through a buffered channel filled (and closed) in the
// timed loop; the channels are made before the timer starts, so only the
// allocations of the functions under test are counted.  processAll only
// reads the slice, so it does not make it escape.
package blog

import "testing"

type task struct{ id int }

var (
	total int
	sinkT []task
	guess = []int{1, 4, 5, 1000} // read from a variable: not a constant
)

//go:noinline
func processAll(tasks []task) {
	for _, t := range tasks {
		total += t.id
	}
}

func process(c chan task) {
	var tasks []task
	for t := range c {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

func process2(c chan task) {
	tasks := make([]task, 0, 10) // probably at most 10 tasks
	for t := range c {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

func process3(c chan task, lengthGuess int) {
	tasks := make([]task, 0, lengthGuess)
	for t := range c {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

func process4(c chan task, lengthGuess int) {
	var tasks []task
	if lengthGuess <= 10 {
		tasks = make([]task, 0, 10)
	} else {
		tasks = make([]task, 0, lengthGuess)
	}
	for t := range c {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

func extract(c chan task) []task {
	var tasks []task
	for t := range c {
		tasks = append(tasks, t)
	}
	return tasks
}

func extract2(c chan task) []task {
	var tasks []task
	for t := range c {
		tasks = append(tasks, t)
	}
	tasks2 := make([]task, len(tasks))
	copy(tasks2, tasks)
	return tasks2
}

// run calls f b.N times, each time on a fresh channel holding n tasks.
func run(b *testing.B, n int, f func(c chan task, n int)) {
	chans := make([]chan task, b.N)
	for i := range chans {
		chans[i] = make(chan task, n)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := chans[i]
		for j := 0; j < n; j++ {
			c <- task{id: j}
		}
		close(c)
		f(c, n)
	}
}

func p1(c chan task, n int)      { process(c) }
func p2(c chan task, n int)      { process2(c) }
func p3g1(c chan task, n int)    { process3(c, guess[0]) }
func p3g4(c chan task, n int)    { process3(c, guess[1]) }
func p3g5(c chan task, n int)    { process3(c, guess[2]) }
func p3g1000(c chan task, n int) { process3(c, guess[3]) }
func p4(c chan task, n int)      { process4(c, n) }
func e1(c chan task, n int)      { sinkT = extract(c) }
func e2(c chan task, n int)      { sinkT = extract2(c) }

func BenchmarkProcess_n0(b *testing.B)   { run(b, 0, p1) }
func BenchmarkProcess_n1(b *testing.B)   { run(b, 1, p1) }
func BenchmarkProcess_n3(b *testing.B)   { run(b, 3, p1) }
func BenchmarkProcess_n4(b *testing.B)   { run(b, 4, p1) }
func BenchmarkProcess_n5(b *testing.B)   { run(b, 5, p1) }
func BenchmarkProcess_n10(b *testing.B)  { run(b, 10, p1) }
func BenchmarkProcess_n100(b *testing.B) { run(b, 100, p1) }

func BenchmarkProcess2_n0(b *testing.B)   { run(b, 0, p2) }
func BenchmarkProcess2_n1(b *testing.B)   { run(b, 1, p2) }
func BenchmarkProcess2_n3(b *testing.B)   { run(b, 3, p2) }
func BenchmarkProcess2_n4(b *testing.B)   { run(b, 4, p2) }
func BenchmarkProcess2_n5(b *testing.B)   { run(b, 5, p2) }
func BenchmarkProcess2_n10(b *testing.B)  { run(b, 10, p2) }
func BenchmarkProcess2_n100(b *testing.B) { run(b, 100, p2) }

func BenchmarkProcess3Guess1_n0(b *testing.B)   { run(b, 0, p3g1) }
func BenchmarkProcess3Guess1_n1(b *testing.B)   { run(b, 1, p3g1) }
func BenchmarkProcess3Guess1_n3(b *testing.B)   { run(b, 3, p3g1) }
func BenchmarkProcess3Guess1_n4(b *testing.B)   { run(b, 4, p3g1) }
func BenchmarkProcess3Guess1_n5(b *testing.B)   { run(b, 5, p3g1) }
func BenchmarkProcess3Guess1_n10(b *testing.B)  { run(b, 10, p3g1) }
func BenchmarkProcess3Guess1_n100(b *testing.B) { run(b, 100, p3g1) }

func BenchmarkProcess3Guess4_n0(b *testing.B)   { run(b, 0, p3g4) }
func BenchmarkProcess3Guess4_n1(b *testing.B)   { run(b, 1, p3g4) }
func BenchmarkProcess3Guess4_n3(b *testing.B)   { run(b, 3, p3g4) }
func BenchmarkProcess3Guess4_n4(b *testing.B)   { run(b, 4, p3g4) }
func BenchmarkProcess3Guess4_n5(b *testing.B)   { run(b, 5, p3g4) }
func BenchmarkProcess3Guess4_n10(b *testing.B)  { run(b, 10, p3g4) }
func BenchmarkProcess3Guess4_n100(b *testing.B) { run(b, 100, p3g4) }

func BenchmarkProcess3Guess5_n0(b *testing.B)   { run(b, 0, p3g5) }
func BenchmarkProcess3Guess5_n1(b *testing.B)   { run(b, 1, p3g5) }
func BenchmarkProcess3Guess5_n3(b *testing.B)   { run(b, 3, p3g5) }
func BenchmarkProcess3Guess5_n4(b *testing.B)   { run(b, 4, p3g5) }
func BenchmarkProcess3Guess5_n5(b *testing.B)   { run(b, 5, p3g5) }
func BenchmarkProcess3Guess5_n10(b *testing.B)  { run(b, 10, p3g5) }
func BenchmarkProcess3Guess5_n100(b *testing.B) { run(b, 100, p3g5) }

func BenchmarkProcess3Guess1000_n0(b *testing.B)   { run(b, 0, p3g1000) }
func BenchmarkProcess3Guess1000_n1(b *testing.B)   { run(b, 1, p3g1000) }
func BenchmarkProcess3Guess1000_n3(b *testing.B)   { run(b, 3, p3g1000) }
func BenchmarkProcess3Guess1000_n4(b *testing.B)   { run(b, 4, p3g1000) }
func BenchmarkProcess3Guess1000_n5(b *testing.B)   { run(b, 5, p3g1000) }
func BenchmarkProcess3Guess1000_n10(b *testing.B)  { run(b, 10, p3g1000) }
func BenchmarkProcess3Guess1000_n100(b *testing.B) { run(b, 100, p3g1000) }

func BenchmarkProcess4_n0(b *testing.B)   { run(b, 0, p4) }
func BenchmarkProcess4_n1(b *testing.B)   { run(b, 1, p4) }
func BenchmarkProcess4_n3(b *testing.B)   { run(b, 3, p4) }
func BenchmarkProcess4_n4(b *testing.B)   { run(b, 4, p4) }
func BenchmarkProcess4_n5(b *testing.B)   { run(b, 5, p4) }
func BenchmarkProcess4_n10(b *testing.B)  { run(b, 10, p4) }
func BenchmarkProcess4_n100(b *testing.B) { run(b, 100, p4) }

func BenchmarkExtract_n0(b *testing.B)   { run(b, 0, e1) }
func BenchmarkExtract_n1(b *testing.B)   { run(b, 1, e1) }
func BenchmarkExtract_n3(b *testing.B)   { run(b, 3, e1) }
func BenchmarkExtract_n4(b *testing.B)   { run(b, 4, e1) }
func BenchmarkExtract_n5(b *testing.B)   { run(b, 5, e1) }
func BenchmarkExtract_n10(b *testing.B)  { run(b, 10, e1) }
func BenchmarkExtract_n100(b *testing.B) { run(b, 100, e1) }

func BenchmarkExtract2_n0(b *testing.B)   { run(b, 0, e2) }
func BenchmarkExtract2_n1(b *testing.B)   { run(b, 1, e2) }
func BenchmarkExtract2_n3(b *testing.B)   { run(b, 3, e2) }
func BenchmarkExtract2_n4(b *testing.B)   { run(b, 4, e2) }
func BenchmarkExtract2_n5(b *testing.B)   { run(b, 5, e2) }
func BenchmarkExtract2_n10(b *testing.B)  { run(b, 10, e2) }
func BenchmarkExtract2_n100(b *testing.B) { run(b, 100, e2) }
