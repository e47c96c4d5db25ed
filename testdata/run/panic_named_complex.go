// An unrecovered panic with named complex and bool types prints "main.T(value)".
package main

type Z complex128
type Flag bool

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(Flag))
		panic(Z(complex(1.5, -2)))
	}()
	panic(Flag(true))
}
