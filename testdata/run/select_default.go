// select with a default case never blocks: non-blocking sends and receives.
package main

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	v, ok := tryRecv(c)
	println(v, ok)
	v, ok = tryRecv(c)
	println(v, ok)
	v, ok = tryRecv(c)
	println(v, ok)
	u := make(chan int)
	println(trySend(u, 1))
	d := make(chan string)
	e := make(chan string)
	select {
	case s := <-d:
		println(s)
	case e <- "x":
		println("sent")
	default:
		println("neither ready")
	}
	select {
	default:
		println("only default")
	}
}
