// Float printing across magnitudes: where println switches between decimal and exponent forms.
package main

func main() {
	v := 1.0
	for i := 0; i < 24; i++ {
		println(v, -v/3)
		v *= 10
	}
	w := 1.0
	for i := 0; i < 8; i++ {
		w /= 10
		println(w, w*7)
	}
	var f32 float32 = 1
	for i := 0; i < 10; i++ {
		f32 *= 17
		println(f32)
	}
}
