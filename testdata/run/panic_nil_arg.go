// panic(nil) becomes a *runtime.PanicNilError (Go 1.21+): recover sees a non-nil error; unrecovered text.
package main

func main() {
	func() {
		defer func() {
			r := recover()
			println(r != nil)
			if e, ok := r.(error); ok {
				println(e.Error())
			}
		}()
		panic(nil)
	}()
	panic(nil)
}
