// A nil channel is never ready: select skips it, and setting a case's channel to nil disables the case.
package main

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func gen(start, n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- start + i
		}
		close(c)
	}()
	return c
}

func main() {
	out := merge(gen(0, 5), gen(100, 3))
	sum := 0
	for _, v := range out {
		sum += v
	}
	println(len(out), sum)
	var nilc chan int
	select {
	case nilc <- 1:
		println("sent on nil")
	case <-nilc:
		println("received from nil")
	default:
		println("nil channels are never ready")
	}
	println(len(nilc), cap(nilc))
}
