// An unrecovered panic with a named float type prints "main.T(value)" with println's float format.
package main

type Temp float64

func main() {
	defer println("deferred before crash")
	panic(Temp(-273.15))
}
