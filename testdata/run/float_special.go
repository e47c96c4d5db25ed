// NaN, +Inf, -Inf and negative zero at run time: printing, comparisons and arithmetic.
package main

func main() {
	var zero float64
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	negZero := -zero
	println(posInf, negInf, nan, negZero)
	println(nan == nan, nan != nan, nan < 1, nan > 1)
	println(posInf > 1e308, negInf < -1e308, posInf == posInf)
	println(posInf+negInf, posInf*0, posInf-posInf)
	println(negZero == 0, 1/negZero)
	println(posInf+1, -posInf, posInf*-1)
	big := 1e308
	println(big*10, -big*10)
	var f32 float32 = 3e38
	println(f32*10, -f32*10)
	var n32 float32
	println(n32/n32, -n32)
}
