// errorcheck -0 -m

package p

// A func literal nested in a func literal that is copied by inlining:
// the copy of the nested literal is named after the copied outer literal
// only (gc reads a copied closure's body without inlining positions),
// not after the inlined calls as well.

func F(a int) int { // ERROR "can inline F"
	return func(x int) int { // ERROR "can inline F\.func1"
		b := 3
		return func(y int) int { // ERROR "can inline F\.func1\.1" "can inline F\.F\.func1\.func2"
			return func(z int) int { // ERROR "can inline F\.func1\.1\.1" "can inline F\.F\.func1\.func2\.1" "can inline F\.F\.func1\.F\.F\.func1\.func2\.func3" "can inline F\.func1\.F\.func1\.1\.2"
				return a*x + b*y + z
			}(10) // ERROR "inlining call to F\.func1\.1\.1"
		}(100) // ERROR "inlining call to F\.func1\.1" "inlining call to F\.func1\.F\.func1\.1\.2"
	}(1000) // ERROR "inlining call to F\.func1" "inlining call to F\.F\.func1\.func2" "inlining call to F\.F\.func1\.F\.F\.func1\.func2\.func3"
}

func G(a int) int {
	return func(x int) int { // ERROR "can inline G\.func1"
		return func(y int) int { // ERROR "can inline G\.func1\.1" "can inline G\.G\.func1\.func2"
			f := func(z int) int { return a + x + y + z } // ERROR "can inline G\.func1\.1\.1" "can inline G\.G\.func1\.func2\.1" "can inline G\.G\.func1\.G\.G\.func1\.func2\.func3" "can inline G\.func1\.G\.func1\.1\.2"
			return f(1) + f(2) // ERROR "inlining call to G\.func1\.1\.1"
		}(2) // ERROR "inlining call to G\.func1\.1" "inlining call to G\.func1\.G\.func1\.1\.2"
	}(3) // ERROR "inlining call to G\.func1" "inlining call to G\.G\.func1\.func2" "inlining call to G\.G\.func1\.G\.G\.func1\.func2\.func3"
}
