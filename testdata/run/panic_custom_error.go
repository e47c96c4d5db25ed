// An unrecovered panic with a custom error type (pointer receiver) prints its Error() text.
package main

type QueryError struct {
	Query string
	Code  int
}

func (e *QueryError) Error() string { return "query " + e.Query + " failed" }

func main() {
	panic(&QueryError{"select", 3})
}
