// NaN map keys: each NaN insert adds a new entry that lookups never find; delete and clear.
package main

func main() {
	var zero float64
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	m[1.5] = 4
	println(len(m))
	_, ok := m[nan]
	println(ok)
	sum, nans := 0, 0
	for k, v := range m {
		sum += v
		if k != k {
			nans++
		}
	}
	println(sum, nans)
	delete(m, nan)
	println(len(m))
	clear(m)
	println(len(m))
	var iz any = nan
	im := map[any]int{}
	im[iz] = 1
	im[iz] = 2
	println(len(im))
	f32 := map[float32]bool{}
	n32 := float32(nan)
	f32[n32] = true
	f32[n32] = true
	println(len(f32), f32[n32])
}
