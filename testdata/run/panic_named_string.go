// panic with a value of a named string type prints main.T("value") with quotes.
package main

type Reason string

func fail(r Reason) {
	panic(r)
}

func main() {
	fail("disk full")
}
