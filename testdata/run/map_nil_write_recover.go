// The nil-map write panic is a runtime.Error whose Error() is "assignment to entry in nil map".
package main

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		println(ok, err.Error())
		_, isStr := r.(string)
		println(isStr)
	}()
	var m map[int]int
	m[1]++
}
