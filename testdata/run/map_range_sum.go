// range over a map visits every entry exactly once: sums, counts and key/value consistency.
package main

func main() {
	m := map[int]int{}
	for i := 1; i <= 100; i++ {
		m[i] = i * i
	}
	ks, vs, n := 0, 0, 0
	for k, v := range m {
		ks += k
		vs += v
		n++
		if v != k*k {
			println("mismatch", k)
		}
	}
	println(n, ks, vs)
	cnt := 0
	for range m {
		cnt++
	}
	println(cnt)
	keysOnly := 0
	for k := range m {
		keysOnly += k
	}
	println(keysOnly)
	var nm map[string]int
	for k, v := range nm {
		println("never", k, v)
	}
}
