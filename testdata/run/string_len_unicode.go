// len counts bytes, not characters; counting runes by range and by []rune conversion.
package main

func runes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	for _, s := range []string{"", "abc", "é", "日本", "🙂🙂", "a\xffz"} {
		println(len(s), runes(s), len([]rune(s)))
	}
	const c = "héllo"
	var arr [len(c)]int
	println(len(arr))
}
