// Using an interface key whose dynamic type is not comparable panics (recovered), then unrecovered.
package main

func main() {
	m := map[any]int{}
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		m[[]int{1}] = 1
	}()
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		_ = m[map[string]int{}]
	}()
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		var f func()
		_, _ = m[f]
	}()
	type S struct {
		n int
		s []int
	}
	println(len(m))
	m[S{}] = 2
}
