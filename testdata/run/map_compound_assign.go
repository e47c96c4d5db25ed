// Compound assignment on map entries: m[k]++, m[k] += x, m[k] op= on missing keys and string values.
package main

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"] += 10
	m["b"] -= 3
	m["c"] *= 5
	m["d"] |= 6
	m["d"] <<= 2
	println(m["a"], m["b"], m["c"], m["d"], len(m))
	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	println(s[1])
	f := map[bool]float64{}
	f[true] += 0.5
	f[true] *= 3
	println(f[true])
	idx := 0
	next := func() int { idx++; return idx }
	cnt := map[int]int{}
	cnt[next()] += 100
	println(idx, cnt[1])
}
