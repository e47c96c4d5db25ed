// String constants: concatenation, len() as a constant, indexing and comparison at compile time.
package main

const greeting = "hello"
const name = "world"
const msg = greeting + ", " + name
const n = len(msg)

type Label string

const typed Label = "typed" + "!"

func main() {
	println(msg, n)
	var arr [len(greeting)]byte
	println(len(arr))
	println(msg[0], msg[n-1])
	println(greeting < name, greeting == "hel"+"lo")
	println(typed, len(typed))
	const empty = ""
	println(len(empty), empty == "")
	const uni = "日本"
	println(len(uni))
}
