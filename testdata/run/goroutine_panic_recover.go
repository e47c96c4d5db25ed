// A panic inside a goroutine can be recovered by that goroutine's own deferred function.
package main

func worker(id int, results chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			results <- "recovered: " + r.(string)
		}
	}()
	if id%2 == 1 {
		panic("odd worker " + string(rune('0'+id)))
	}
	results <- "ok " + string(rune('0'+id))
}

func main() {
	results := make(chan string)
	got := make(map[string]bool)
	for i := 0; i < 4; i++ {
		go worker(i, results)
	}
	for i := 0; i < 4; i++ {
		got[<-results] = true
	}
	for _, k := range []string{"ok 0", "recovered: odd worker 1", "ok 2", "recovered: odd worker 3"} {
		println(k, got[k])
	}
	// runtime errors in goroutines are recoverable too
	errc := make(chan string)
	go func() {
		defer func() {
			errc <- recover().(error).Error()
		}()
		var a []int
		_ = a[5]
	}()
	println(<-errc)
}
