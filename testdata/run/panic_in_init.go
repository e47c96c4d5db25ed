// A panic in an init function happens before main runs.
package main

var table [3]int

func init() {
	println("init starts")
	i := len(table)
	table[i] = 1
}

func main() {
	println("main never runs")
}
