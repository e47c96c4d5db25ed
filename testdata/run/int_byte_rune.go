// byte is uint8 and rune is int32: character arithmetic and conversions to string.
package main

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func main() {
	var b byte = 'g'
	var u uint8 = b
	println(b, u, upper(b), string(rune(upper(b))))
	var r rune = 'é'
	var i int32 = r
	println(r, i, string(r))
	s := "go"
	println(s[0]-'a', s[1]+1)
	digit := byte('7')
	println(int(digit - '0'))
	var x rune = 'a'
	for k := 0; k < 5; k++ {
		print(string(x + rune(k)))
	}
	println()
}
