// A Ticker delivers ticks until stopped; Reset changes its period; Tick returns nil for non-positive durations.
package main

import "time"

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	println(len(tk.C), cap(tk.C))
	var last time.Time
	n := 0
	for v := range tk.C {
		if n > 0 && !v.After(last) {
			println("ticks out of order")
		}
		last = v
		n++
		if n == 4 {
			break
		}
	}
	tk.Stop()
	println("ticks:", n)
	select {
	case <-tk.C:
		println("tick after Stop")
	case <-time.After(30 * time.Millisecond):
		println("no tick after Stop")
	}
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	println("reset ticker ticked twice")
	println(time.Tick(0) == nil, time.Tick(-1) == nil)
	c := time.Tick(time.Millisecond)
	<-c
	println("Tick ticks")
	defer func() { println("recovered:", recover().(string)) }()
	time.NewTicker(0)
}
