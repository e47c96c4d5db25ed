// Map keys of many comparable types: ints of each size, bool, rune, pointers, uintptr, named types.
package main

type Color uint8

func main() {
	m8 := map[int8]int{-128: 1, 127: 2}
	m16 := map[uint16]int{65535: 3}
	m32 := map[int32]int{-1: 4}
	m64 := map[uint64]int{1 << 63: 5}
	mb := map[bool]int{true: 6, false: 7}
	mr := map[rune]int{'世': 8}
	mc := map[Color]string{1: "red", 2: "green"}
	mu := map[uintptr]int{0: 9}
	println(m8[-128], m8[127], m16[65535], m32[-1], m64[1<<63], mb[true], mb[false], mr['世'], mc[2], mu[0])
	a, b := new(int), new(int)
	mp := map[*int]string{a: "a", b: "b"}
	println(mp[a], mp[b], len(mp))
	var nilp *int
	mp[nilp] = "nil"
	println(mp[nil], len(mp))
	type ID int
	mi := map[ID]ID{}
	for i := ID(0); i < 5; i++ {
		mi[i] = i * i
	}
	println(mi[4], len(mi))
	cm := map[complex64]int{1 + 2i: 10}
	println(cm[complex(1, 2)])
}
