// Slicing strings by byte offsets, including empty slices, full slices and slicing mid-character.
package main

func main() {
	s := "hello, world"
	println(s[0:5], s[7:], s[:5], s[:], s[12:] == "")
	println(len(s[3:3]))
	t := s[7:]
	println(t[1:3])
	u := "日本語"
	println(len(u), u[3:6], len(u[1:2]))
	mid := u[1:4]
	println(len(mid), mid[0], mid[1], mid[2])
	i, j := 2, 4
	println(s[i:j])
	words := []string{}
	start := 0
	for k := 0; k <= len(s); k++ {
		if k == len(s) || s[k] == ' ' || s[k] == ',' {
			if k > start {
				words = append(words, s[start:k])
			}
			start = k + 1
		}
	}
	println(len(words), words[0], words[1])
}
