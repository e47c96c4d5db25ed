// print writes operands with no separators and no newline; println adds spaces and a newline.
package main

func main() {
	print("a", "b", "c")
	print("\n")
	println("a", "b", "c")
	print(1, 2, 3, "\n")
	println(1, 2, 3)
	print("x=", 5, " y=", true, "\n")
	println("x=", 5, "y=", true)
	print()
	println()
	print(1.5, 2.5, "\n")
	println("", "")
	println("end")
	print("no newline at the end")
}
