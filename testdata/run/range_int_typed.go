// range over typed integers: the loop variable takes the type of the operand (int8, uint, named types).
package main

type Level uint8

func (l Level) Name() string { return string(rune('A' + l)) }

func main() {
	var n8 int8 = 3
	for i := range n8 {
		var x int8 = i
		print(x, " ")
	}
	println()
	for l := range Level(4) {
		print(l.Name(), " ")
	}
	println()
	var u uint64 = 2
	for i := range u {
		println(i + 1<<63)
	}
	const c = 3
	for i := range c {
		var f float64 = float64(i) / 2
		print(f, " ")
	}
	println()
	var total int64
	for i := range int64(5) {
		total += i
	}
	println(total)
}
