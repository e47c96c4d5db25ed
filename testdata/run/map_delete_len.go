// delete removes entries (deleting a missing key or from a nil map is a no-op); len follows.
package main

func main() {
	m := map[int]string{}
	for i := 0; i < 10; i++ {
		m[i] = "v"
	}
	println(len(m))
	for i := 0; i < 10; i += 2 {
		delete(m, i)
	}
	println(len(m))
	delete(m, 100)
	println(len(m))
	_, ok := m[4]
	println(ok)
	m[4] = "back"
	println(len(m), m[4])
	var nm map[int]string
	delete(nm, 1)
	println(len(nm))
	for k := range m {
		delete(m, k)
	}
	println(len(m))
}
