// Shifts by signed (non-negative) counts and arithmetic right shifts of negative values.
package main

func main() {
	for i := 0; i < 6; i++ {
		print(1<<i, " ", -64>>i, " ")
	}
	println()
	var k int8 = 3
	var v int32 = -1000
	println(v>>k, v<<k)
	var w int64 = 5
	var cnt int64 = 62
	println(w<<cnt, w>>cnt)
	var u uint32 = 0x80000000
	var sh int16 = 31
	println(u>>sh, u<<1)
	x := -1
	n := 10
	println(x<<n, x>>n, uint8(x)>>n)
	var neg int = -7
	println(neg>>1, neg/2)
}
