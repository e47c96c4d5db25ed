// min and max on strings use lexicographic byte order; empty string is smallest.
package main

func main() {
	println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	println(min("a", ""), max("a", "") == "a", min("", "") == "")
	println(min("abc", "ab"), max("Z", "a"), max("é", "z"))
	words := []string{"pear", "fig", "kiwi", "apricot"}
	lo, hi := words[0], words[0]
	for _, w := range words {
		lo, hi = min(lo, w), max(hi, w)
	}
	println(lo, hi)
	const c = min("x", "w")
	println(c)
	type Name string
	var n Name = "m"
	println(max(n, "k"), min(n, "z"))
}
