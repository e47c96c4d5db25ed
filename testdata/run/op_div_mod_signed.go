// Signed / truncates toward zero and % takes the sign of the dividend, for every integer size.
package main

func main() {
	var a8, b8 int8 = -7, 2
	println(a8/b8, a8%b8, -a8/b8, -a8%b8, a8 / -b8, a8 % -b8)
	var a16, b16 int16 = -300, 7
	println(a16/b16, a16%b16)
	var a32, b32 int32 = -2000000000, 3
	println(a32/b32, a32%b32)
	var a64, b64 int64 = -9000000000000000000, 7
	println(a64/b64, a64%b64)
	n := -1
	println(n/2, n%2, n/-2, n%-2)
	var u, v uint8 = 250, 7
	println(u/v, u%v)
	for i := -5; i <= 5; i++ {
		print(i/3, ":", i%3, " ")
	}
	println()
}
