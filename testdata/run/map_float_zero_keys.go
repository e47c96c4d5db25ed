// +0 and -0 are the same map key for float and complex keys; infinities are ordinary keys.
package main

func main() {
	var zero float64
	negz := -zero
	println(negz == 0)
	m := map[float64]string{}
	m[0.0] = "plus"
	m[negz] = "minus"
	println(len(m), m[0])
	pinf := 1 / zero
	ninf := -1 / zero
	m[pinf] = "+inf"
	m[ninf] = "-inf"
	println(len(m), m[pinf], m[ninf])
	c := map[complex128]int{}
	c[complex(0, 0)] = 1
	c[complex(negz, negz)]++
	println(len(c), c[0])
	type K struct{ f float64 }
	sk := map[K]int{}
	sk[K{0}] = 1
	sk[K{negz}] = 2
	println(len(sk), sk[K{}])
	ak := map[[2]float32]int{}
	ak[[2]float32{0, 1}] = 1
	ak[[2]float32{float32(negz), 1}] = 2
	println(len(ak), ak[[2]float32{0, 1}])
}
