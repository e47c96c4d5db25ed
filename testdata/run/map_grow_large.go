// A map growing to 100000 entries keeps every key, survives deletion of half, and re-growth.
package main

func main() {
	m := map[int]int{}
	const N = 100000
	for i := 0; i < N; i++ {
		m[i*7] = i
	}
	println(len(m))
	bad := 0
	for i := 0; i < N; i++ {
		if m[i*7] != i {
			bad++
		}
	}
	println("bad", bad)
	for i := 0; i < N; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
	for i := 0; i < N; i++ {
		m[-i] = i
	}
	println(len(m))
	sm := map[string]int{}
	for i := 0; i < 5000; i++ {
		sm[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('0'+i%10))] = i
	}
	println(len(sm))
}
