// An unrecovered panic with a value that has a String method prints the String() result.
package main

type State int

func (s State) String() string {
	switch s {
	case 0:
		return "idle"
	case 1:
		return "running"
	}
	return "broken"
}

func main() {
	panic(State(1))
}
