// String comparison is bytewise lexicographic: ==, !=, <, <=, >, >=.
package main

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	println(cmp("abc", "abd"), cmp("abc", "ab"), cmp("", "a"), cmp("same", "same"))
	println("Z" < "a", "a" < "b", "é" > "z")
	x := "go"
	y := "g"
	y += "o"
	println(x == y, x != y, x <= y, x >= y)
	println("apple" < "apricot", "10" < "9", "a\x00" > "a")
}
