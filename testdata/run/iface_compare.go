// Comparing interface values: equal when dynamic types and values are equal; interface vs concrete operands.
package main

type I interface{ M() }
type A struct{ n int }
type B struct{ n int }

func (A) M() {}
func (B) M() {}

type Num int

func main() {
	var x, y any = 1, 1
	println(x == y)
	y = int64(1)
	println(x == y)
	y = Num(1)
	println(x == y)
	var i1, i2 I = A{1}, A{1}
	println(i1 == i2)
	i2 = B{1}
	println(i1 == i2)
	i2 = A{2}
	println(i1 == i2, i1 != i2)
	println(i1 == A{1}, x == 1, x != "1")
	var n1, n2 I
	println(n1 == n2, n1 == nil)
	p := &A{1}
	var pi1, pi2 I = p, p
	println(pi1 == pi2)
	var pi3 I = &A{1}
	println(pi1 == pi3)
	var ea any = "str"
	var eb any = "s" + "tr"
	println(ea == eb)
	var arr1, arr2 any = [2]string{"a", "b"}, [2]string{"a", "b"}
	println(arr1 == arr2)
	var f1, f2 any = 0.0, -0.0
	println(f1 == f2)
}
