// NewTimer, Stop and Reset: return values, no stale values after Stop or Reset, synchronous channels (len, cap 0).
package main

import "time"

func main() {
	t := time.NewTimer(time.Hour)
	println(len(t.C), cap(t.C))
	println("stop active:", t.Stop(), "stop again:", t.Stop())
	t.Reset(10 * time.Millisecond)
	v := <-t.C
	println("fired, time is set:", !v.IsZero())
	println("stop after receive:", t.Stop())
	println("reset stopped:", t.Reset(time.Hour), "reset active:", t.Reset(5*time.Millisecond))
	<-t.C
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	println("stop expired but unreceived:", t2.Stop())
	select {
	case <-t2.C:
		println("stale value")
	default:
		println("no stale value after Stop")
	}
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	t3.Reset(time.Hour)
	select {
	case <-t3.C:
		println("stale value")
	default:
		println("no stale value after Reset")
	}
	t4 := time.NewTimer(0)
	<-t4.C
	println("zero timer fires")
}
