// Recovered slice-bounds panics: the exact runtime error texts for slices, strings and 3-index forms.
package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "->", e.Error())
		} else {
			println(name, "-> no panic")
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "hello"
	arr := [4]int{}
	i, j, k := 2, 1, 5
	try("s[i:j]", func() { _ = s[i:j] })
	try("s[:k]", func() { _ = s[:k] })
	try("s[k:]", func() { _ = s[k:] })
	try("s[1:2:k]", func() { _ = s[1:2:k] })
	try("s[1:k:2]", func() { _ = s[1:k:2] })
	try("s[i:j:3]", func() { _ = s[i:j:3] })
	try("str[:k+1]", func() { _ = str[:k+1] })
	try("str[i:j]", func() { _ = str[i:j] })
	try("str[k+1:]", func() { _ = str[k+1:] })
	try("arr[:k]", func() { _ = arr[:k] })
	try("s[-n:]", func() { n := -1; _ = s[n:] })
	try("ok", func() { _ = s[1:3] })
}
