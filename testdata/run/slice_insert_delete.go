// Idioms built on append and copy: insert, delete, filter in place, reverse and dedupe.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("| len", len(s))
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = insert(s, 2, 99)
	show(s)
	s = remove(s, 0)
	show(s)
	keep := s[:0]
	for _, v := range s {
		if v%2 == 1 {
			keep = append(keep, v)
		}
	}
	show(keep)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	show(s)
	d := []int{1, 1, 2, 3, 3, 3, 4, 1}
	out := d[:1]
	for _, v := range d[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	show(out)
}
