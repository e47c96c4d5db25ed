// Compound assignments (+= -= *= /= %= &= |= ^= &^= <<= >>=) and ++/-- on variables, fields and elements.
package main

type S struct{ n int }

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	println(x)
	y := 0xFF
	y &= 0x0F
	y |= 0x30
	y ^= 0x01
	y &^= 0x10
	y <<= 3
	y >>= 1
	println(y)
	var arr [3]int
	arr[1]++
	arr[1]++
	arr[2]--
	println(arr[0], arr[1], arr[2])
	s := S{10}
	s.n *= 3
	p := &s
	p.n++
	println(s.n)
	f := 1.5
	f *= 4
	f -= 0.5
	println(f)
	str := "a"
	str += "b"
	println(str)
	var u uint8 = 250
	u += 10
	println(u)
}
