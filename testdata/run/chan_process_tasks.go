// The Go blog's shape: worker goroutines run process(c chan task) over a shared task channel.
package main

import "sync"

type task struct {
	id    int
	input string
}

type report struct {
	id     int
	length int
	upper  string
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func process(c chan task, out chan<- report, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range c {
		out <- report{t.id, len(t.input), upper(t.input)}
	}
}

func main() {
	words := []string{"go", "channels", "select", "goroutine", "mutex", "waitgroup", "timer", "ticker"}
	c := make(chan task)
	out := make(chan report, len(words))
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go process(c, out, &wg)
	}
	for i, w := range words {
		c <- task{i, w}
	}
	close(c)
	wg.Wait()
	close(out)
	reports := make([]report, len(words))
	for r := range out {
		reports[r.id] = r
	}
	for _, r := range reports {
		println(r.id, r.length, r.upper)
	}
}
