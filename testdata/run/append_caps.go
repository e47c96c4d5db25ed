// cap() after every append for element sizes 1 to 64 bytes (pointer-free
// [N]byte and, for multiples of 8, pointerful structs) and lengths 0 to 70:
// slices that do not escape (Go 1.26 stack buffer), slices returned after
// being built (move2heap), the same with the capacity observed in the loop
// (growsliceBuf), and a global slice (heap only).  Generated once; the
// golden comes from real Go.  append_caps_off.go (a symlink to this file,
// with append_caps_off.gcflags): the same with -d=variablemakehash=n.
package main

var caps [71]int

type b1 [1]byte

var gb1 []b1

//go:noinline
func local_b1(n int) {
	var s []b1
	for i := 0; i < n; i++ {
		s = append(s, b1{})
		caps[i] = cap(s)
	}
	print("local b1")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b1(n int) []b1 {
	var s []b1
	for i := 0; i < n; i++ {
		s = append(s, b1{})
	}
	return s
}

//go:noinline
func buildcap_b1(n int) []b1 {
	var s []b1
	for i := 0; i < n; i++ {
		s = append(s, b1{})
		caps[i] = cap(s)
	}
	return s
}

func run_b1() {
	local_b1(70)
	print("build b1")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b1(n)))
	}
	println()
	print("buildcap b1")
	for n := 0; n <= 70; n++ {
		s := buildcap_b1(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb1 = nil
	print("global b1")
	for i := 0; i < 70; i++ {
		gb1 = append(gb1, b1{})
		print(" ", cap(gb1))
	}
	println()
}

type b2 [2]byte

var gb2 []b2

//go:noinline
func local_b2(n int) {
	var s []b2
	for i := 0; i < n; i++ {
		s = append(s, b2{})
		caps[i] = cap(s)
	}
	print("local b2")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b2(n int) []b2 {
	var s []b2
	for i := 0; i < n; i++ {
		s = append(s, b2{})
	}
	return s
}

//go:noinline
func buildcap_b2(n int) []b2 {
	var s []b2
	for i := 0; i < n; i++ {
		s = append(s, b2{})
		caps[i] = cap(s)
	}
	return s
}

func run_b2() {
	local_b2(70)
	print("build b2")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b2(n)))
	}
	println()
	print("buildcap b2")
	for n := 0; n <= 70; n++ {
		s := buildcap_b2(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb2 = nil
	print("global b2")
	for i := 0; i < 70; i++ {
		gb2 = append(gb2, b2{})
		print(" ", cap(gb2))
	}
	println()
}

type b3 [3]byte

var gb3 []b3

//go:noinline
func local_b3(n int) {
	var s []b3
	for i := 0; i < n; i++ {
		s = append(s, b3{})
		caps[i] = cap(s)
	}
	print("local b3")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b3(n int) []b3 {
	var s []b3
	for i := 0; i < n; i++ {
		s = append(s, b3{})
	}
	return s
}

//go:noinline
func buildcap_b3(n int) []b3 {
	var s []b3
	for i := 0; i < n; i++ {
		s = append(s, b3{})
		caps[i] = cap(s)
	}
	return s
}

func run_b3() {
	local_b3(70)
	print("build b3")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b3(n)))
	}
	println()
	print("buildcap b3")
	for n := 0; n <= 70; n++ {
		s := buildcap_b3(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb3 = nil
	print("global b3")
	for i := 0; i < 70; i++ {
		gb3 = append(gb3, b3{})
		print(" ", cap(gb3))
	}
	println()
}

type b4 [4]byte

var gb4 []b4

//go:noinline
func local_b4(n int) {
	var s []b4
	for i := 0; i < n; i++ {
		s = append(s, b4{})
		caps[i] = cap(s)
	}
	print("local b4")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b4(n int) []b4 {
	var s []b4
	for i := 0; i < n; i++ {
		s = append(s, b4{})
	}
	return s
}

//go:noinline
func buildcap_b4(n int) []b4 {
	var s []b4
	for i := 0; i < n; i++ {
		s = append(s, b4{})
		caps[i] = cap(s)
	}
	return s
}

func run_b4() {
	local_b4(70)
	print("build b4")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b4(n)))
	}
	println()
	print("buildcap b4")
	for n := 0; n <= 70; n++ {
		s := buildcap_b4(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb4 = nil
	print("global b4")
	for i := 0; i < 70; i++ {
		gb4 = append(gb4, b4{})
		print(" ", cap(gb4))
	}
	println()
}

type b5 [5]byte

var gb5 []b5

//go:noinline
func local_b5(n int) {
	var s []b5
	for i := 0; i < n; i++ {
		s = append(s, b5{})
		caps[i] = cap(s)
	}
	print("local b5")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b5(n int) []b5 {
	var s []b5
	for i := 0; i < n; i++ {
		s = append(s, b5{})
	}
	return s
}

//go:noinline
func buildcap_b5(n int) []b5 {
	var s []b5
	for i := 0; i < n; i++ {
		s = append(s, b5{})
		caps[i] = cap(s)
	}
	return s
}

func run_b5() {
	local_b5(70)
	print("build b5")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b5(n)))
	}
	println()
	print("buildcap b5")
	for n := 0; n <= 70; n++ {
		s := buildcap_b5(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb5 = nil
	print("global b5")
	for i := 0; i < 70; i++ {
		gb5 = append(gb5, b5{})
		print(" ", cap(gb5))
	}
	println()
}

type b6 [6]byte

var gb6 []b6

//go:noinline
func local_b6(n int) {
	var s []b6
	for i := 0; i < n; i++ {
		s = append(s, b6{})
		caps[i] = cap(s)
	}
	print("local b6")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b6(n int) []b6 {
	var s []b6
	for i := 0; i < n; i++ {
		s = append(s, b6{})
	}
	return s
}

//go:noinline
func buildcap_b6(n int) []b6 {
	var s []b6
	for i := 0; i < n; i++ {
		s = append(s, b6{})
		caps[i] = cap(s)
	}
	return s
}

func run_b6() {
	local_b6(70)
	print("build b6")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b6(n)))
	}
	println()
	print("buildcap b6")
	for n := 0; n <= 70; n++ {
		s := buildcap_b6(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb6 = nil
	print("global b6")
	for i := 0; i < 70; i++ {
		gb6 = append(gb6, b6{})
		print(" ", cap(gb6))
	}
	println()
}

type b7 [7]byte

var gb7 []b7

//go:noinline
func local_b7(n int) {
	var s []b7
	for i := 0; i < n; i++ {
		s = append(s, b7{})
		caps[i] = cap(s)
	}
	print("local b7")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b7(n int) []b7 {
	var s []b7
	for i := 0; i < n; i++ {
		s = append(s, b7{})
	}
	return s
}

//go:noinline
func buildcap_b7(n int) []b7 {
	var s []b7
	for i := 0; i < n; i++ {
		s = append(s, b7{})
		caps[i] = cap(s)
	}
	return s
}

func run_b7() {
	local_b7(70)
	print("build b7")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b7(n)))
	}
	println()
	print("buildcap b7")
	for n := 0; n <= 70; n++ {
		s := buildcap_b7(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb7 = nil
	print("global b7")
	for i := 0; i < 70; i++ {
		gb7 = append(gb7, b7{})
		print(" ", cap(gb7))
	}
	println()
}

type b8 [8]byte

var gb8 []b8

//go:noinline
func local_b8(n int) {
	var s []b8
	for i := 0; i < n; i++ {
		s = append(s, b8{})
		caps[i] = cap(s)
	}
	print("local b8")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b8(n int) []b8 {
	var s []b8
	for i := 0; i < n; i++ {
		s = append(s, b8{})
	}
	return s
}

//go:noinline
func buildcap_b8(n int) []b8 {
	var s []b8
	for i := 0; i < n; i++ {
		s = append(s, b8{})
		caps[i] = cap(s)
	}
	return s
}

func run_b8() {
	local_b8(70)
	print("build b8")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b8(n)))
	}
	println()
	print("buildcap b8")
	for n := 0; n <= 70; n++ {
		s := buildcap_b8(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb8 = nil
	print("global b8")
	for i := 0; i < 70; i++ {
		gb8 = append(gb8, b8{})
		print(" ", cap(gb8))
	}
	println()
}

type b9 [9]byte

var gb9 []b9

//go:noinline
func local_b9(n int) {
	var s []b9
	for i := 0; i < n; i++ {
		s = append(s, b9{})
		caps[i] = cap(s)
	}
	print("local b9")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b9(n int) []b9 {
	var s []b9
	for i := 0; i < n; i++ {
		s = append(s, b9{})
	}
	return s
}

//go:noinline
func buildcap_b9(n int) []b9 {
	var s []b9
	for i := 0; i < n; i++ {
		s = append(s, b9{})
		caps[i] = cap(s)
	}
	return s
}

func run_b9() {
	local_b9(70)
	print("build b9")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b9(n)))
	}
	println()
	print("buildcap b9")
	for n := 0; n <= 70; n++ {
		s := buildcap_b9(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb9 = nil
	print("global b9")
	for i := 0; i < 70; i++ {
		gb9 = append(gb9, b9{})
		print(" ", cap(gb9))
	}
	println()
}

type b10 [10]byte

var gb10 []b10

//go:noinline
func local_b10(n int) {
	var s []b10
	for i := 0; i < n; i++ {
		s = append(s, b10{})
		caps[i] = cap(s)
	}
	print("local b10")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b10(n int) []b10 {
	var s []b10
	for i := 0; i < n; i++ {
		s = append(s, b10{})
	}
	return s
}

//go:noinline
func buildcap_b10(n int) []b10 {
	var s []b10
	for i := 0; i < n; i++ {
		s = append(s, b10{})
		caps[i] = cap(s)
	}
	return s
}

func run_b10() {
	local_b10(70)
	print("build b10")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b10(n)))
	}
	println()
	print("buildcap b10")
	for n := 0; n <= 70; n++ {
		s := buildcap_b10(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb10 = nil
	print("global b10")
	for i := 0; i < 70; i++ {
		gb10 = append(gb10, b10{})
		print(" ", cap(gb10))
	}
	println()
}

type b11 [11]byte

var gb11 []b11

//go:noinline
func local_b11(n int) {
	var s []b11
	for i := 0; i < n; i++ {
		s = append(s, b11{})
		caps[i] = cap(s)
	}
	print("local b11")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b11(n int) []b11 {
	var s []b11
	for i := 0; i < n; i++ {
		s = append(s, b11{})
	}
	return s
}

//go:noinline
func buildcap_b11(n int) []b11 {
	var s []b11
	for i := 0; i < n; i++ {
		s = append(s, b11{})
		caps[i] = cap(s)
	}
	return s
}

func run_b11() {
	local_b11(70)
	print("build b11")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b11(n)))
	}
	println()
	print("buildcap b11")
	for n := 0; n <= 70; n++ {
		s := buildcap_b11(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb11 = nil
	print("global b11")
	for i := 0; i < 70; i++ {
		gb11 = append(gb11, b11{})
		print(" ", cap(gb11))
	}
	println()
}

type b12 [12]byte

var gb12 []b12

//go:noinline
func local_b12(n int) {
	var s []b12
	for i := 0; i < n; i++ {
		s = append(s, b12{})
		caps[i] = cap(s)
	}
	print("local b12")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b12(n int) []b12 {
	var s []b12
	for i := 0; i < n; i++ {
		s = append(s, b12{})
	}
	return s
}

//go:noinline
func buildcap_b12(n int) []b12 {
	var s []b12
	for i := 0; i < n; i++ {
		s = append(s, b12{})
		caps[i] = cap(s)
	}
	return s
}

func run_b12() {
	local_b12(70)
	print("build b12")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b12(n)))
	}
	println()
	print("buildcap b12")
	for n := 0; n <= 70; n++ {
		s := buildcap_b12(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb12 = nil
	print("global b12")
	for i := 0; i < 70; i++ {
		gb12 = append(gb12, b12{})
		print(" ", cap(gb12))
	}
	println()
}

type b13 [13]byte

var gb13 []b13

//go:noinline
func local_b13(n int) {
	var s []b13
	for i := 0; i < n; i++ {
		s = append(s, b13{})
		caps[i] = cap(s)
	}
	print("local b13")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b13(n int) []b13 {
	var s []b13
	for i := 0; i < n; i++ {
		s = append(s, b13{})
	}
	return s
}

//go:noinline
func buildcap_b13(n int) []b13 {
	var s []b13
	for i := 0; i < n; i++ {
		s = append(s, b13{})
		caps[i] = cap(s)
	}
	return s
}

func run_b13() {
	local_b13(70)
	print("build b13")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b13(n)))
	}
	println()
	print("buildcap b13")
	for n := 0; n <= 70; n++ {
		s := buildcap_b13(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb13 = nil
	print("global b13")
	for i := 0; i < 70; i++ {
		gb13 = append(gb13, b13{})
		print(" ", cap(gb13))
	}
	println()
}

type b14 [14]byte

var gb14 []b14

//go:noinline
func local_b14(n int) {
	var s []b14
	for i := 0; i < n; i++ {
		s = append(s, b14{})
		caps[i] = cap(s)
	}
	print("local b14")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b14(n int) []b14 {
	var s []b14
	for i := 0; i < n; i++ {
		s = append(s, b14{})
	}
	return s
}

//go:noinline
func buildcap_b14(n int) []b14 {
	var s []b14
	for i := 0; i < n; i++ {
		s = append(s, b14{})
		caps[i] = cap(s)
	}
	return s
}

func run_b14() {
	local_b14(70)
	print("build b14")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b14(n)))
	}
	println()
	print("buildcap b14")
	for n := 0; n <= 70; n++ {
		s := buildcap_b14(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb14 = nil
	print("global b14")
	for i := 0; i < 70; i++ {
		gb14 = append(gb14, b14{})
		print(" ", cap(gb14))
	}
	println()
}

type b15 [15]byte

var gb15 []b15

//go:noinline
func local_b15(n int) {
	var s []b15
	for i := 0; i < n; i++ {
		s = append(s, b15{})
		caps[i] = cap(s)
	}
	print("local b15")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b15(n int) []b15 {
	var s []b15
	for i := 0; i < n; i++ {
		s = append(s, b15{})
	}
	return s
}

//go:noinline
func buildcap_b15(n int) []b15 {
	var s []b15
	for i := 0; i < n; i++ {
		s = append(s, b15{})
		caps[i] = cap(s)
	}
	return s
}

func run_b15() {
	local_b15(70)
	print("build b15")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b15(n)))
	}
	println()
	print("buildcap b15")
	for n := 0; n <= 70; n++ {
		s := buildcap_b15(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb15 = nil
	print("global b15")
	for i := 0; i < 70; i++ {
		gb15 = append(gb15, b15{})
		print(" ", cap(gb15))
	}
	println()
}

type b16 [16]byte

var gb16 []b16

//go:noinline
func local_b16(n int) {
	var s []b16
	for i := 0; i < n; i++ {
		s = append(s, b16{})
		caps[i] = cap(s)
	}
	print("local b16")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b16(n int) []b16 {
	var s []b16
	for i := 0; i < n; i++ {
		s = append(s, b16{})
	}
	return s
}

//go:noinline
func buildcap_b16(n int) []b16 {
	var s []b16
	for i := 0; i < n; i++ {
		s = append(s, b16{})
		caps[i] = cap(s)
	}
	return s
}

func run_b16() {
	local_b16(70)
	print("build b16")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b16(n)))
	}
	println()
	print("buildcap b16")
	for n := 0; n <= 70; n++ {
		s := buildcap_b16(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb16 = nil
	print("global b16")
	for i := 0; i < 70; i++ {
		gb16 = append(gb16, b16{})
		print(" ", cap(gb16))
	}
	println()
}

type b17 [17]byte

var gb17 []b17

//go:noinline
func local_b17(n int) {
	var s []b17
	for i := 0; i < n; i++ {
		s = append(s, b17{})
		caps[i] = cap(s)
	}
	print("local b17")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b17(n int) []b17 {
	var s []b17
	for i := 0; i < n; i++ {
		s = append(s, b17{})
	}
	return s
}

//go:noinline
func buildcap_b17(n int) []b17 {
	var s []b17
	for i := 0; i < n; i++ {
		s = append(s, b17{})
		caps[i] = cap(s)
	}
	return s
}

func run_b17() {
	local_b17(70)
	print("build b17")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b17(n)))
	}
	println()
	print("buildcap b17")
	for n := 0; n <= 70; n++ {
		s := buildcap_b17(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb17 = nil
	print("global b17")
	for i := 0; i < 70; i++ {
		gb17 = append(gb17, b17{})
		print(" ", cap(gb17))
	}
	println()
}

type b18 [18]byte

var gb18 []b18

//go:noinline
func local_b18(n int) {
	var s []b18
	for i := 0; i < n; i++ {
		s = append(s, b18{})
		caps[i] = cap(s)
	}
	print("local b18")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b18(n int) []b18 {
	var s []b18
	for i := 0; i < n; i++ {
		s = append(s, b18{})
	}
	return s
}

//go:noinline
func buildcap_b18(n int) []b18 {
	var s []b18
	for i := 0; i < n; i++ {
		s = append(s, b18{})
		caps[i] = cap(s)
	}
	return s
}

func run_b18() {
	local_b18(70)
	print("build b18")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b18(n)))
	}
	println()
	print("buildcap b18")
	for n := 0; n <= 70; n++ {
		s := buildcap_b18(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb18 = nil
	print("global b18")
	for i := 0; i < 70; i++ {
		gb18 = append(gb18, b18{})
		print(" ", cap(gb18))
	}
	println()
}

type b19 [19]byte

var gb19 []b19

//go:noinline
func local_b19(n int) {
	var s []b19
	for i := 0; i < n; i++ {
		s = append(s, b19{})
		caps[i] = cap(s)
	}
	print("local b19")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b19(n int) []b19 {
	var s []b19
	for i := 0; i < n; i++ {
		s = append(s, b19{})
	}
	return s
}

//go:noinline
func buildcap_b19(n int) []b19 {
	var s []b19
	for i := 0; i < n; i++ {
		s = append(s, b19{})
		caps[i] = cap(s)
	}
	return s
}

func run_b19() {
	local_b19(70)
	print("build b19")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b19(n)))
	}
	println()
	print("buildcap b19")
	for n := 0; n <= 70; n++ {
		s := buildcap_b19(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb19 = nil
	print("global b19")
	for i := 0; i < 70; i++ {
		gb19 = append(gb19, b19{})
		print(" ", cap(gb19))
	}
	println()
}

type b20 [20]byte

var gb20 []b20

//go:noinline
func local_b20(n int) {
	var s []b20
	for i := 0; i < n; i++ {
		s = append(s, b20{})
		caps[i] = cap(s)
	}
	print("local b20")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b20(n int) []b20 {
	var s []b20
	for i := 0; i < n; i++ {
		s = append(s, b20{})
	}
	return s
}

//go:noinline
func buildcap_b20(n int) []b20 {
	var s []b20
	for i := 0; i < n; i++ {
		s = append(s, b20{})
		caps[i] = cap(s)
	}
	return s
}

func run_b20() {
	local_b20(70)
	print("build b20")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b20(n)))
	}
	println()
	print("buildcap b20")
	for n := 0; n <= 70; n++ {
		s := buildcap_b20(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb20 = nil
	print("global b20")
	for i := 0; i < 70; i++ {
		gb20 = append(gb20, b20{})
		print(" ", cap(gb20))
	}
	println()
}

type b21 [21]byte

var gb21 []b21

//go:noinline
func local_b21(n int) {
	var s []b21
	for i := 0; i < n; i++ {
		s = append(s, b21{})
		caps[i] = cap(s)
	}
	print("local b21")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b21(n int) []b21 {
	var s []b21
	for i := 0; i < n; i++ {
		s = append(s, b21{})
	}
	return s
}

//go:noinline
func buildcap_b21(n int) []b21 {
	var s []b21
	for i := 0; i < n; i++ {
		s = append(s, b21{})
		caps[i] = cap(s)
	}
	return s
}

func run_b21() {
	local_b21(70)
	print("build b21")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b21(n)))
	}
	println()
	print("buildcap b21")
	for n := 0; n <= 70; n++ {
		s := buildcap_b21(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb21 = nil
	print("global b21")
	for i := 0; i < 70; i++ {
		gb21 = append(gb21, b21{})
		print(" ", cap(gb21))
	}
	println()
}

type b22 [22]byte

var gb22 []b22

//go:noinline
func local_b22(n int) {
	var s []b22
	for i := 0; i < n; i++ {
		s = append(s, b22{})
		caps[i] = cap(s)
	}
	print("local b22")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b22(n int) []b22 {
	var s []b22
	for i := 0; i < n; i++ {
		s = append(s, b22{})
	}
	return s
}

//go:noinline
func buildcap_b22(n int) []b22 {
	var s []b22
	for i := 0; i < n; i++ {
		s = append(s, b22{})
		caps[i] = cap(s)
	}
	return s
}

func run_b22() {
	local_b22(70)
	print("build b22")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b22(n)))
	}
	println()
	print("buildcap b22")
	for n := 0; n <= 70; n++ {
		s := buildcap_b22(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb22 = nil
	print("global b22")
	for i := 0; i < 70; i++ {
		gb22 = append(gb22, b22{})
		print(" ", cap(gb22))
	}
	println()
}

type b23 [23]byte

var gb23 []b23

//go:noinline
func local_b23(n int) {
	var s []b23
	for i := 0; i < n; i++ {
		s = append(s, b23{})
		caps[i] = cap(s)
	}
	print("local b23")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b23(n int) []b23 {
	var s []b23
	for i := 0; i < n; i++ {
		s = append(s, b23{})
	}
	return s
}

//go:noinline
func buildcap_b23(n int) []b23 {
	var s []b23
	for i := 0; i < n; i++ {
		s = append(s, b23{})
		caps[i] = cap(s)
	}
	return s
}

func run_b23() {
	local_b23(70)
	print("build b23")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b23(n)))
	}
	println()
	print("buildcap b23")
	for n := 0; n <= 70; n++ {
		s := buildcap_b23(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb23 = nil
	print("global b23")
	for i := 0; i < 70; i++ {
		gb23 = append(gb23, b23{})
		print(" ", cap(gb23))
	}
	println()
}

type b24 [24]byte

var gb24 []b24

//go:noinline
func local_b24(n int) {
	var s []b24
	for i := 0; i < n; i++ {
		s = append(s, b24{})
		caps[i] = cap(s)
	}
	print("local b24")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b24(n int) []b24 {
	var s []b24
	for i := 0; i < n; i++ {
		s = append(s, b24{})
	}
	return s
}

//go:noinline
func buildcap_b24(n int) []b24 {
	var s []b24
	for i := 0; i < n; i++ {
		s = append(s, b24{})
		caps[i] = cap(s)
	}
	return s
}

func run_b24() {
	local_b24(70)
	print("build b24")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b24(n)))
	}
	println()
	print("buildcap b24")
	for n := 0; n <= 70; n++ {
		s := buildcap_b24(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb24 = nil
	print("global b24")
	for i := 0; i < 70; i++ {
		gb24 = append(gb24, b24{})
		print(" ", cap(gb24))
	}
	println()
}

type b25 [25]byte

var gb25 []b25

//go:noinline
func local_b25(n int) {
	var s []b25
	for i := 0; i < n; i++ {
		s = append(s, b25{})
		caps[i] = cap(s)
	}
	print("local b25")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b25(n int) []b25 {
	var s []b25
	for i := 0; i < n; i++ {
		s = append(s, b25{})
	}
	return s
}

//go:noinline
func buildcap_b25(n int) []b25 {
	var s []b25
	for i := 0; i < n; i++ {
		s = append(s, b25{})
		caps[i] = cap(s)
	}
	return s
}

func run_b25() {
	local_b25(70)
	print("build b25")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b25(n)))
	}
	println()
	print("buildcap b25")
	for n := 0; n <= 70; n++ {
		s := buildcap_b25(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb25 = nil
	print("global b25")
	for i := 0; i < 70; i++ {
		gb25 = append(gb25, b25{})
		print(" ", cap(gb25))
	}
	println()
}

type b26 [26]byte

var gb26 []b26

//go:noinline
func local_b26(n int) {
	var s []b26
	for i := 0; i < n; i++ {
		s = append(s, b26{})
		caps[i] = cap(s)
	}
	print("local b26")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b26(n int) []b26 {
	var s []b26
	for i := 0; i < n; i++ {
		s = append(s, b26{})
	}
	return s
}

//go:noinline
func buildcap_b26(n int) []b26 {
	var s []b26
	for i := 0; i < n; i++ {
		s = append(s, b26{})
		caps[i] = cap(s)
	}
	return s
}

func run_b26() {
	local_b26(70)
	print("build b26")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b26(n)))
	}
	println()
	print("buildcap b26")
	for n := 0; n <= 70; n++ {
		s := buildcap_b26(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb26 = nil
	print("global b26")
	for i := 0; i < 70; i++ {
		gb26 = append(gb26, b26{})
		print(" ", cap(gb26))
	}
	println()
}

type b27 [27]byte

var gb27 []b27

//go:noinline
func local_b27(n int) {
	var s []b27
	for i := 0; i < n; i++ {
		s = append(s, b27{})
		caps[i] = cap(s)
	}
	print("local b27")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b27(n int) []b27 {
	var s []b27
	for i := 0; i < n; i++ {
		s = append(s, b27{})
	}
	return s
}

//go:noinline
func buildcap_b27(n int) []b27 {
	var s []b27
	for i := 0; i < n; i++ {
		s = append(s, b27{})
		caps[i] = cap(s)
	}
	return s
}

func run_b27() {
	local_b27(70)
	print("build b27")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b27(n)))
	}
	println()
	print("buildcap b27")
	for n := 0; n <= 70; n++ {
		s := buildcap_b27(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb27 = nil
	print("global b27")
	for i := 0; i < 70; i++ {
		gb27 = append(gb27, b27{})
		print(" ", cap(gb27))
	}
	println()
}

type b28 [28]byte

var gb28 []b28

//go:noinline
func local_b28(n int) {
	var s []b28
	for i := 0; i < n; i++ {
		s = append(s, b28{})
		caps[i] = cap(s)
	}
	print("local b28")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b28(n int) []b28 {
	var s []b28
	for i := 0; i < n; i++ {
		s = append(s, b28{})
	}
	return s
}

//go:noinline
func buildcap_b28(n int) []b28 {
	var s []b28
	for i := 0; i < n; i++ {
		s = append(s, b28{})
		caps[i] = cap(s)
	}
	return s
}

func run_b28() {
	local_b28(70)
	print("build b28")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b28(n)))
	}
	println()
	print("buildcap b28")
	for n := 0; n <= 70; n++ {
		s := buildcap_b28(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb28 = nil
	print("global b28")
	for i := 0; i < 70; i++ {
		gb28 = append(gb28, b28{})
		print(" ", cap(gb28))
	}
	println()
}

type b29 [29]byte

var gb29 []b29

//go:noinline
func local_b29(n int) {
	var s []b29
	for i := 0; i < n; i++ {
		s = append(s, b29{})
		caps[i] = cap(s)
	}
	print("local b29")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b29(n int) []b29 {
	var s []b29
	for i := 0; i < n; i++ {
		s = append(s, b29{})
	}
	return s
}

//go:noinline
func buildcap_b29(n int) []b29 {
	var s []b29
	for i := 0; i < n; i++ {
		s = append(s, b29{})
		caps[i] = cap(s)
	}
	return s
}

func run_b29() {
	local_b29(70)
	print("build b29")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b29(n)))
	}
	println()
	print("buildcap b29")
	for n := 0; n <= 70; n++ {
		s := buildcap_b29(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb29 = nil
	print("global b29")
	for i := 0; i < 70; i++ {
		gb29 = append(gb29, b29{})
		print(" ", cap(gb29))
	}
	println()
}

type b30 [30]byte

var gb30 []b30

//go:noinline
func local_b30(n int) {
	var s []b30
	for i := 0; i < n; i++ {
		s = append(s, b30{})
		caps[i] = cap(s)
	}
	print("local b30")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b30(n int) []b30 {
	var s []b30
	for i := 0; i < n; i++ {
		s = append(s, b30{})
	}
	return s
}

//go:noinline
func buildcap_b30(n int) []b30 {
	var s []b30
	for i := 0; i < n; i++ {
		s = append(s, b30{})
		caps[i] = cap(s)
	}
	return s
}

func run_b30() {
	local_b30(70)
	print("build b30")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b30(n)))
	}
	println()
	print("buildcap b30")
	for n := 0; n <= 70; n++ {
		s := buildcap_b30(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb30 = nil
	print("global b30")
	for i := 0; i < 70; i++ {
		gb30 = append(gb30, b30{})
		print(" ", cap(gb30))
	}
	println()
}

type b31 [31]byte

var gb31 []b31

//go:noinline
func local_b31(n int) {
	var s []b31
	for i := 0; i < n; i++ {
		s = append(s, b31{})
		caps[i] = cap(s)
	}
	print("local b31")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b31(n int) []b31 {
	var s []b31
	for i := 0; i < n; i++ {
		s = append(s, b31{})
	}
	return s
}

//go:noinline
func buildcap_b31(n int) []b31 {
	var s []b31
	for i := 0; i < n; i++ {
		s = append(s, b31{})
		caps[i] = cap(s)
	}
	return s
}

func run_b31() {
	local_b31(70)
	print("build b31")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b31(n)))
	}
	println()
	print("buildcap b31")
	for n := 0; n <= 70; n++ {
		s := buildcap_b31(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb31 = nil
	print("global b31")
	for i := 0; i < 70; i++ {
		gb31 = append(gb31, b31{})
		print(" ", cap(gb31))
	}
	println()
}

type b32 [32]byte

var gb32 []b32

//go:noinline
func local_b32(n int) {
	var s []b32
	for i := 0; i < n; i++ {
		s = append(s, b32{})
		caps[i] = cap(s)
	}
	print("local b32")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b32(n int) []b32 {
	var s []b32
	for i := 0; i < n; i++ {
		s = append(s, b32{})
	}
	return s
}

//go:noinline
func buildcap_b32(n int) []b32 {
	var s []b32
	for i := 0; i < n; i++ {
		s = append(s, b32{})
		caps[i] = cap(s)
	}
	return s
}

func run_b32() {
	local_b32(70)
	print("build b32")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b32(n)))
	}
	println()
	print("buildcap b32")
	for n := 0; n <= 70; n++ {
		s := buildcap_b32(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb32 = nil
	print("global b32")
	for i := 0; i < 70; i++ {
		gb32 = append(gb32, b32{})
		print(" ", cap(gb32))
	}
	println()
}

type b33 [33]byte

var gb33 []b33

//go:noinline
func local_b33(n int) {
	var s []b33
	for i := 0; i < n; i++ {
		s = append(s, b33{})
		caps[i] = cap(s)
	}
	print("local b33")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b33(n int) []b33 {
	var s []b33
	for i := 0; i < n; i++ {
		s = append(s, b33{})
	}
	return s
}

//go:noinline
func buildcap_b33(n int) []b33 {
	var s []b33
	for i := 0; i < n; i++ {
		s = append(s, b33{})
		caps[i] = cap(s)
	}
	return s
}

func run_b33() {
	local_b33(70)
	print("build b33")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b33(n)))
	}
	println()
	print("buildcap b33")
	for n := 0; n <= 70; n++ {
		s := buildcap_b33(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb33 = nil
	print("global b33")
	for i := 0; i < 70; i++ {
		gb33 = append(gb33, b33{})
		print(" ", cap(gb33))
	}
	println()
}

type b34 [34]byte

var gb34 []b34

//go:noinline
func local_b34(n int) {
	var s []b34
	for i := 0; i < n; i++ {
		s = append(s, b34{})
		caps[i] = cap(s)
	}
	print("local b34")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b34(n int) []b34 {
	var s []b34
	for i := 0; i < n; i++ {
		s = append(s, b34{})
	}
	return s
}

//go:noinline
func buildcap_b34(n int) []b34 {
	var s []b34
	for i := 0; i < n; i++ {
		s = append(s, b34{})
		caps[i] = cap(s)
	}
	return s
}

func run_b34() {
	local_b34(70)
	print("build b34")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b34(n)))
	}
	println()
	print("buildcap b34")
	for n := 0; n <= 70; n++ {
		s := buildcap_b34(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb34 = nil
	print("global b34")
	for i := 0; i < 70; i++ {
		gb34 = append(gb34, b34{})
		print(" ", cap(gb34))
	}
	println()
}

type b35 [35]byte

var gb35 []b35

//go:noinline
func local_b35(n int) {
	var s []b35
	for i := 0; i < n; i++ {
		s = append(s, b35{})
		caps[i] = cap(s)
	}
	print("local b35")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b35(n int) []b35 {
	var s []b35
	for i := 0; i < n; i++ {
		s = append(s, b35{})
	}
	return s
}

//go:noinline
func buildcap_b35(n int) []b35 {
	var s []b35
	for i := 0; i < n; i++ {
		s = append(s, b35{})
		caps[i] = cap(s)
	}
	return s
}

func run_b35() {
	local_b35(70)
	print("build b35")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b35(n)))
	}
	println()
	print("buildcap b35")
	for n := 0; n <= 70; n++ {
		s := buildcap_b35(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb35 = nil
	print("global b35")
	for i := 0; i < 70; i++ {
		gb35 = append(gb35, b35{})
		print(" ", cap(gb35))
	}
	println()
}

type b36 [36]byte

var gb36 []b36

//go:noinline
func local_b36(n int) {
	var s []b36
	for i := 0; i < n; i++ {
		s = append(s, b36{})
		caps[i] = cap(s)
	}
	print("local b36")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b36(n int) []b36 {
	var s []b36
	for i := 0; i < n; i++ {
		s = append(s, b36{})
	}
	return s
}

//go:noinline
func buildcap_b36(n int) []b36 {
	var s []b36
	for i := 0; i < n; i++ {
		s = append(s, b36{})
		caps[i] = cap(s)
	}
	return s
}

func run_b36() {
	local_b36(70)
	print("build b36")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b36(n)))
	}
	println()
	print("buildcap b36")
	for n := 0; n <= 70; n++ {
		s := buildcap_b36(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb36 = nil
	print("global b36")
	for i := 0; i < 70; i++ {
		gb36 = append(gb36, b36{})
		print(" ", cap(gb36))
	}
	println()
}

type b37 [37]byte

var gb37 []b37

//go:noinline
func local_b37(n int) {
	var s []b37
	for i := 0; i < n; i++ {
		s = append(s, b37{})
		caps[i] = cap(s)
	}
	print("local b37")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b37(n int) []b37 {
	var s []b37
	for i := 0; i < n; i++ {
		s = append(s, b37{})
	}
	return s
}

//go:noinline
func buildcap_b37(n int) []b37 {
	var s []b37
	for i := 0; i < n; i++ {
		s = append(s, b37{})
		caps[i] = cap(s)
	}
	return s
}

func run_b37() {
	local_b37(70)
	print("build b37")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b37(n)))
	}
	println()
	print("buildcap b37")
	for n := 0; n <= 70; n++ {
		s := buildcap_b37(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb37 = nil
	print("global b37")
	for i := 0; i < 70; i++ {
		gb37 = append(gb37, b37{})
		print(" ", cap(gb37))
	}
	println()
}

type b38 [38]byte

var gb38 []b38

//go:noinline
func local_b38(n int) {
	var s []b38
	for i := 0; i < n; i++ {
		s = append(s, b38{})
		caps[i] = cap(s)
	}
	print("local b38")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b38(n int) []b38 {
	var s []b38
	for i := 0; i < n; i++ {
		s = append(s, b38{})
	}
	return s
}

//go:noinline
func buildcap_b38(n int) []b38 {
	var s []b38
	for i := 0; i < n; i++ {
		s = append(s, b38{})
		caps[i] = cap(s)
	}
	return s
}

func run_b38() {
	local_b38(70)
	print("build b38")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b38(n)))
	}
	println()
	print("buildcap b38")
	for n := 0; n <= 70; n++ {
		s := buildcap_b38(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb38 = nil
	print("global b38")
	for i := 0; i < 70; i++ {
		gb38 = append(gb38, b38{})
		print(" ", cap(gb38))
	}
	println()
}

type b39 [39]byte

var gb39 []b39

//go:noinline
func local_b39(n int) {
	var s []b39
	for i := 0; i < n; i++ {
		s = append(s, b39{})
		caps[i] = cap(s)
	}
	print("local b39")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b39(n int) []b39 {
	var s []b39
	for i := 0; i < n; i++ {
		s = append(s, b39{})
	}
	return s
}

//go:noinline
func buildcap_b39(n int) []b39 {
	var s []b39
	for i := 0; i < n; i++ {
		s = append(s, b39{})
		caps[i] = cap(s)
	}
	return s
}

func run_b39() {
	local_b39(70)
	print("build b39")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b39(n)))
	}
	println()
	print("buildcap b39")
	for n := 0; n <= 70; n++ {
		s := buildcap_b39(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb39 = nil
	print("global b39")
	for i := 0; i < 70; i++ {
		gb39 = append(gb39, b39{})
		print(" ", cap(gb39))
	}
	println()
}

type b40 [40]byte

var gb40 []b40

//go:noinline
func local_b40(n int) {
	var s []b40
	for i := 0; i < n; i++ {
		s = append(s, b40{})
		caps[i] = cap(s)
	}
	print("local b40")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b40(n int) []b40 {
	var s []b40
	for i := 0; i < n; i++ {
		s = append(s, b40{})
	}
	return s
}

//go:noinline
func buildcap_b40(n int) []b40 {
	var s []b40
	for i := 0; i < n; i++ {
		s = append(s, b40{})
		caps[i] = cap(s)
	}
	return s
}

func run_b40() {
	local_b40(70)
	print("build b40")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b40(n)))
	}
	println()
	print("buildcap b40")
	for n := 0; n <= 70; n++ {
		s := buildcap_b40(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb40 = nil
	print("global b40")
	for i := 0; i < 70; i++ {
		gb40 = append(gb40, b40{})
		print(" ", cap(gb40))
	}
	println()
}

type b41 [41]byte

var gb41 []b41

//go:noinline
func local_b41(n int) {
	var s []b41
	for i := 0; i < n; i++ {
		s = append(s, b41{})
		caps[i] = cap(s)
	}
	print("local b41")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b41(n int) []b41 {
	var s []b41
	for i := 0; i < n; i++ {
		s = append(s, b41{})
	}
	return s
}

//go:noinline
func buildcap_b41(n int) []b41 {
	var s []b41
	for i := 0; i < n; i++ {
		s = append(s, b41{})
		caps[i] = cap(s)
	}
	return s
}

func run_b41() {
	local_b41(70)
	print("build b41")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b41(n)))
	}
	println()
	print("buildcap b41")
	for n := 0; n <= 70; n++ {
		s := buildcap_b41(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb41 = nil
	print("global b41")
	for i := 0; i < 70; i++ {
		gb41 = append(gb41, b41{})
		print(" ", cap(gb41))
	}
	println()
}

type b42 [42]byte

var gb42 []b42

//go:noinline
func local_b42(n int) {
	var s []b42
	for i := 0; i < n; i++ {
		s = append(s, b42{})
		caps[i] = cap(s)
	}
	print("local b42")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b42(n int) []b42 {
	var s []b42
	for i := 0; i < n; i++ {
		s = append(s, b42{})
	}
	return s
}

//go:noinline
func buildcap_b42(n int) []b42 {
	var s []b42
	for i := 0; i < n; i++ {
		s = append(s, b42{})
		caps[i] = cap(s)
	}
	return s
}

func run_b42() {
	local_b42(70)
	print("build b42")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b42(n)))
	}
	println()
	print("buildcap b42")
	for n := 0; n <= 70; n++ {
		s := buildcap_b42(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb42 = nil
	print("global b42")
	for i := 0; i < 70; i++ {
		gb42 = append(gb42, b42{})
		print(" ", cap(gb42))
	}
	println()
}

type b43 [43]byte

var gb43 []b43

//go:noinline
func local_b43(n int) {
	var s []b43
	for i := 0; i < n; i++ {
		s = append(s, b43{})
		caps[i] = cap(s)
	}
	print("local b43")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b43(n int) []b43 {
	var s []b43
	for i := 0; i < n; i++ {
		s = append(s, b43{})
	}
	return s
}

//go:noinline
func buildcap_b43(n int) []b43 {
	var s []b43
	for i := 0; i < n; i++ {
		s = append(s, b43{})
		caps[i] = cap(s)
	}
	return s
}

func run_b43() {
	local_b43(70)
	print("build b43")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b43(n)))
	}
	println()
	print("buildcap b43")
	for n := 0; n <= 70; n++ {
		s := buildcap_b43(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb43 = nil
	print("global b43")
	for i := 0; i < 70; i++ {
		gb43 = append(gb43, b43{})
		print(" ", cap(gb43))
	}
	println()
}

type b44 [44]byte

var gb44 []b44

//go:noinline
func local_b44(n int) {
	var s []b44
	for i := 0; i < n; i++ {
		s = append(s, b44{})
		caps[i] = cap(s)
	}
	print("local b44")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b44(n int) []b44 {
	var s []b44
	for i := 0; i < n; i++ {
		s = append(s, b44{})
	}
	return s
}

//go:noinline
func buildcap_b44(n int) []b44 {
	var s []b44
	for i := 0; i < n; i++ {
		s = append(s, b44{})
		caps[i] = cap(s)
	}
	return s
}

func run_b44() {
	local_b44(70)
	print("build b44")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b44(n)))
	}
	println()
	print("buildcap b44")
	for n := 0; n <= 70; n++ {
		s := buildcap_b44(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb44 = nil
	print("global b44")
	for i := 0; i < 70; i++ {
		gb44 = append(gb44, b44{})
		print(" ", cap(gb44))
	}
	println()
}

type b45 [45]byte

var gb45 []b45

//go:noinline
func local_b45(n int) {
	var s []b45
	for i := 0; i < n; i++ {
		s = append(s, b45{})
		caps[i] = cap(s)
	}
	print("local b45")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b45(n int) []b45 {
	var s []b45
	for i := 0; i < n; i++ {
		s = append(s, b45{})
	}
	return s
}

//go:noinline
func buildcap_b45(n int) []b45 {
	var s []b45
	for i := 0; i < n; i++ {
		s = append(s, b45{})
		caps[i] = cap(s)
	}
	return s
}

func run_b45() {
	local_b45(70)
	print("build b45")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b45(n)))
	}
	println()
	print("buildcap b45")
	for n := 0; n <= 70; n++ {
		s := buildcap_b45(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb45 = nil
	print("global b45")
	for i := 0; i < 70; i++ {
		gb45 = append(gb45, b45{})
		print(" ", cap(gb45))
	}
	println()
}

type b46 [46]byte

var gb46 []b46

//go:noinline
func local_b46(n int) {
	var s []b46
	for i := 0; i < n; i++ {
		s = append(s, b46{})
		caps[i] = cap(s)
	}
	print("local b46")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b46(n int) []b46 {
	var s []b46
	for i := 0; i < n; i++ {
		s = append(s, b46{})
	}
	return s
}

//go:noinline
func buildcap_b46(n int) []b46 {
	var s []b46
	for i := 0; i < n; i++ {
		s = append(s, b46{})
		caps[i] = cap(s)
	}
	return s
}

func run_b46() {
	local_b46(70)
	print("build b46")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b46(n)))
	}
	println()
	print("buildcap b46")
	for n := 0; n <= 70; n++ {
		s := buildcap_b46(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb46 = nil
	print("global b46")
	for i := 0; i < 70; i++ {
		gb46 = append(gb46, b46{})
		print(" ", cap(gb46))
	}
	println()
}

type b47 [47]byte

var gb47 []b47

//go:noinline
func local_b47(n int) {
	var s []b47
	for i := 0; i < n; i++ {
		s = append(s, b47{})
		caps[i] = cap(s)
	}
	print("local b47")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b47(n int) []b47 {
	var s []b47
	for i := 0; i < n; i++ {
		s = append(s, b47{})
	}
	return s
}

//go:noinline
func buildcap_b47(n int) []b47 {
	var s []b47
	for i := 0; i < n; i++ {
		s = append(s, b47{})
		caps[i] = cap(s)
	}
	return s
}

func run_b47() {
	local_b47(70)
	print("build b47")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b47(n)))
	}
	println()
	print("buildcap b47")
	for n := 0; n <= 70; n++ {
		s := buildcap_b47(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb47 = nil
	print("global b47")
	for i := 0; i < 70; i++ {
		gb47 = append(gb47, b47{})
		print(" ", cap(gb47))
	}
	println()
}

type b48 [48]byte

var gb48 []b48

//go:noinline
func local_b48(n int) {
	var s []b48
	for i := 0; i < n; i++ {
		s = append(s, b48{})
		caps[i] = cap(s)
	}
	print("local b48")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b48(n int) []b48 {
	var s []b48
	for i := 0; i < n; i++ {
		s = append(s, b48{})
	}
	return s
}

//go:noinline
func buildcap_b48(n int) []b48 {
	var s []b48
	for i := 0; i < n; i++ {
		s = append(s, b48{})
		caps[i] = cap(s)
	}
	return s
}

func run_b48() {
	local_b48(70)
	print("build b48")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b48(n)))
	}
	println()
	print("buildcap b48")
	for n := 0; n <= 70; n++ {
		s := buildcap_b48(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb48 = nil
	print("global b48")
	for i := 0; i < 70; i++ {
		gb48 = append(gb48, b48{})
		print(" ", cap(gb48))
	}
	println()
}

type b49 [49]byte

var gb49 []b49

//go:noinline
func local_b49(n int) {
	var s []b49
	for i := 0; i < n; i++ {
		s = append(s, b49{})
		caps[i] = cap(s)
	}
	print("local b49")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b49(n int) []b49 {
	var s []b49
	for i := 0; i < n; i++ {
		s = append(s, b49{})
	}
	return s
}

//go:noinline
func buildcap_b49(n int) []b49 {
	var s []b49
	for i := 0; i < n; i++ {
		s = append(s, b49{})
		caps[i] = cap(s)
	}
	return s
}

func run_b49() {
	local_b49(70)
	print("build b49")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b49(n)))
	}
	println()
	print("buildcap b49")
	for n := 0; n <= 70; n++ {
		s := buildcap_b49(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb49 = nil
	print("global b49")
	for i := 0; i < 70; i++ {
		gb49 = append(gb49, b49{})
		print(" ", cap(gb49))
	}
	println()
}

type b50 [50]byte

var gb50 []b50

//go:noinline
func local_b50(n int) {
	var s []b50
	for i := 0; i < n; i++ {
		s = append(s, b50{})
		caps[i] = cap(s)
	}
	print("local b50")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b50(n int) []b50 {
	var s []b50
	for i := 0; i < n; i++ {
		s = append(s, b50{})
	}
	return s
}

//go:noinline
func buildcap_b50(n int) []b50 {
	var s []b50
	for i := 0; i < n; i++ {
		s = append(s, b50{})
		caps[i] = cap(s)
	}
	return s
}

func run_b50() {
	local_b50(70)
	print("build b50")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b50(n)))
	}
	println()
	print("buildcap b50")
	for n := 0; n <= 70; n++ {
		s := buildcap_b50(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb50 = nil
	print("global b50")
	for i := 0; i < 70; i++ {
		gb50 = append(gb50, b50{})
		print(" ", cap(gb50))
	}
	println()
}

type b51 [51]byte

var gb51 []b51

//go:noinline
func local_b51(n int) {
	var s []b51
	for i := 0; i < n; i++ {
		s = append(s, b51{})
		caps[i] = cap(s)
	}
	print("local b51")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b51(n int) []b51 {
	var s []b51
	for i := 0; i < n; i++ {
		s = append(s, b51{})
	}
	return s
}

//go:noinline
func buildcap_b51(n int) []b51 {
	var s []b51
	for i := 0; i < n; i++ {
		s = append(s, b51{})
		caps[i] = cap(s)
	}
	return s
}

func run_b51() {
	local_b51(70)
	print("build b51")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b51(n)))
	}
	println()
	print("buildcap b51")
	for n := 0; n <= 70; n++ {
		s := buildcap_b51(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb51 = nil
	print("global b51")
	for i := 0; i < 70; i++ {
		gb51 = append(gb51, b51{})
		print(" ", cap(gb51))
	}
	println()
}

type b52 [52]byte

var gb52 []b52

//go:noinline
func local_b52(n int) {
	var s []b52
	for i := 0; i < n; i++ {
		s = append(s, b52{})
		caps[i] = cap(s)
	}
	print("local b52")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b52(n int) []b52 {
	var s []b52
	for i := 0; i < n; i++ {
		s = append(s, b52{})
	}
	return s
}

//go:noinline
func buildcap_b52(n int) []b52 {
	var s []b52
	for i := 0; i < n; i++ {
		s = append(s, b52{})
		caps[i] = cap(s)
	}
	return s
}

func run_b52() {
	local_b52(70)
	print("build b52")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b52(n)))
	}
	println()
	print("buildcap b52")
	for n := 0; n <= 70; n++ {
		s := buildcap_b52(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb52 = nil
	print("global b52")
	for i := 0; i < 70; i++ {
		gb52 = append(gb52, b52{})
		print(" ", cap(gb52))
	}
	println()
}

type b53 [53]byte

var gb53 []b53

//go:noinline
func local_b53(n int) {
	var s []b53
	for i := 0; i < n; i++ {
		s = append(s, b53{})
		caps[i] = cap(s)
	}
	print("local b53")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b53(n int) []b53 {
	var s []b53
	for i := 0; i < n; i++ {
		s = append(s, b53{})
	}
	return s
}

//go:noinline
func buildcap_b53(n int) []b53 {
	var s []b53
	for i := 0; i < n; i++ {
		s = append(s, b53{})
		caps[i] = cap(s)
	}
	return s
}

func run_b53() {
	local_b53(70)
	print("build b53")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b53(n)))
	}
	println()
	print("buildcap b53")
	for n := 0; n <= 70; n++ {
		s := buildcap_b53(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb53 = nil
	print("global b53")
	for i := 0; i < 70; i++ {
		gb53 = append(gb53, b53{})
		print(" ", cap(gb53))
	}
	println()
}

type b54 [54]byte

var gb54 []b54

//go:noinline
func local_b54(n int) {
	var s []b54
	for i := 0; i < n; i++ {
		s = append(s, b54{})
		caps[i] = cap(s)
	}
	print("local b54")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b54(n int) []b54 {
	var s []b54
	for i := 0; i < n; i++ {
		s = append(s, b54{})
	}
	return s
}

//go:noinline
func buildcap_b54(n int) []b54 {
	var s []b54
	for i := 0; i < n; i++ {
		s = append(s, b54{})
		caps[i] = cap(s)
	}
	return s
}

func run_b54() {
	local_b54(70)
	print("build b54")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b54(n)))
	}
	println()
	print("buildcap b54")
	for n := 0; n <= 70; n++ {
		s := buildcap_b54(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb54 = nil
	print("global b54")
	for i := 0; i < 70; i++ {
		gb54 = append(gb54, b54{})
		print(" ", cap(gb54))
	}
	println()
}

type b55 [55]byte

var gb55 []b55

//go:noinline
func local_b55(n int) {
	var s []b55
	for i := 0; i < n; i++ {
		s = append(s, b55{})
		caps[i] = cap(s)
	}
	print("local b55")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b55(n int) []b55 {
	var s []b55
	for i := 0; i < n; i++ {
		s = append(s, b55{})
	}
	return s
}

//go:noinline
func buildcap_b55(n int) []b55 {
	var s []b55
	for i := 0; i < n; i++ {
		s = append(s, b55{})
		caps[i] = cap(s)
	}
	return s
}

func run_b55() {
	local_b55(70)
	print("build b55")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b55(n)))
	}
	println()
	print("buildcap b55")
	for n := 0; n <= 70; n++ {
		s := buildcap_b55(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb55 = nil
	print("global b55")
	for i := 0; i < 70; i++ {
		gb55 = append(gb55, b55{})
		print(" ", cap(gb55))
	}
	println()
}

type b56 [56]byte

var gb56 []b56

//go:noinline
func local_b56(n int) {
	var s []b56
	for i := 0; i < n; i++ {
		s = append(s, b56{})
		caps[i] = cap(s)
	}
	print("local b56")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b56(n int) []b56 {
	var s []b56
	for i := 0; i < n; i++ {
		s = append(s, b56{})
	}
	return s
}

//go:noinline
func buildcap_b56(n int) []b56 {
	var s []b56
	for i := 0; i < n; i++ {
		s = append(s, b56{})
		caps[i] = cap(s)
	}
	return s
}

func run_b56() {
	local_b56(70)
	print("build b56")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b56(n)))
	}
	println()
	print("buildcap b56")
	for n := 0; n <= 70; n++ {
		s := buildcap_b56(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb56 = nil
	print("global b56")
	for i := 0; i < 70; i++ {
		gb56 = append(gb56, b56{})
		print(" ", cap(gb56))
	}
	println()
}

type b57 [57]byte

var gb57 []b57

//go:noinline
func local_b57(n int) {
	var s []b57
	for i := 0; i < n; i++ {
		s = append(s, b57{})
		caps[i] = cap(s)
	}
	print("local b57")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b57(n int) []b57 {
	var s []b57
	for i := 0; i < n; i++ {
		s = append(s, b57{})
	}
	return s
}

//go:noinline
func buildcap_b57(n int) []b57 {
	var s []b57
	for i := 0; i < n; i++ {
		s = append(s, b57{})
		caps[i] = cap(s)
	}
	return s
}

func run_b57() {
	local_b57(70)
	print("build b57")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b57(n)))
	}
	println()
	print("buildcap b57")
	for n := 0; n <= 70; n++ {
		s := buildcap_b57(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb57 = nil
	print("global b57")
	for i := 0; i < 70; i++ {
		gb57 = append(gb57, b57{})
		print(" ", cap(gb57))
	}
	println()
}

type b58 [58]byte

var gb58 []b58

//go:noinline
func local_b58(n int) {
	var s []b58
	for i := 0; i < n; i++ {
		s = append(s, b58{})
		caps[i] = cap(s)
	}
	print("local b58")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b58(n int) []b58 {
	var s []b58
	for i := 0; i < n; i++ {
		s = append(s, b58{})
	}
	return s
}

//go:noinline
func buildcap_b58(n int) []b58 {
	var s []b58
	for i := 0; i < n; i++ {
		s = append(s, b58{})
		caps[i] = cap(s)
	}
	return s
}

func run_b58() {
	local_b58(70)
	print("build b58")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b58(n)))
	}
	println()
	print("buildcap b58")
	for n := 0; n <= 70; n++ {
		s := buildcap_b58(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb58 = nil
	print("global b58")
	for i := 0; i < 70; i++ {
		gb58 = append(gb58, b58{})
		print(" ", cap(gb58))
	}
	println()
}

type b59 [59]byte

var gb59 []b59

//go:noinline
func local_b59(n int) {
	var s []b59
	for i := 0; i < n; i++ {
		s = append(s, b59{})
		caps[i] = cap(s)
	}
	print("local b59")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b59(n int) []b59 {
	var s []b59
	for i := 0; i < n; i++ {
		s = append(s, b59{})
	}
	return s
}

//go:noinline
func buildcap_b59(n int) []b59 {
	var s []b59
	for i := 0; i < n; i++ {
		s = append(s, b59{})
		caps[i] = cap(s)
	}
	return s
}

func run_b59() {
	local_b59(70)
	print("build b59")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b59(n)))
	}
	println()
	print("buildcap b59")
	for n := 0; n <= 70; n++ {
		s := buildcap_b59(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb59 = nil
	print("global b59")
	for i := 0; i < 70; i++ {
		gb59 = append(gb59, b59{})
		print(" ", cap(gb59))
	}
	println()
}

type b60 [60]byte

var gb60 []b60

//go:noinline
func local_b60(n int) {
	var s []b60
	for i := 0; i < n; i++ {
		s = append(s, b60{})
		caps[i] = cap(s)
	}
	print("local b60")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b60(n int) []b60 {
	var s []b60
	for i := 0; i < n; i++ {
		s = append(s, b60{})
	}
	return s
}

//go:noinline
func buildcap_b60(n int) []b60 {
	var s []b60
	for i := 0; i < n; i++ {
		s = append(s, b60{})
		caps[i] = cap(s)
	}
	return s
}

func run_b60() {
	local_b60(70)
	print("build b60")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b60(n)))
	}
	println()
	print("buildcap b60")
	for n := 0; n <= 70; n++ {
		s := buildcap_b60(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb60 = nil
	print("global b60")
	for i := 0; i < 70; i++ {
		gb60 = append(gb60, b60{})
		print(" ", cap(gb60))
	}
	println()
}

type b61 [61]byte

var gb61 []b61

//go:noinline
func local_b61(n int) {
	var s []b61
	for i := 0; i < n; i++ {
		s = append(s, b61{})
		caps[i] = cap(s)
	}
	print("local b61")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b61(n int) []b61 {
	var s []b61
	for i := 0; i < n; i++ {
		s = append(s, b61{})
	}
	return s
}

//go:noinline
func buildcap_b61(n int) []b61 {
	var s []b61
	for i := 0; i < n; i++ {
		s = append(s, b61{})
		caps[i] = cap(s)
	}
	return s
}

func run_b61() {
	local_b61(70)
	print("build b61")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b61(n)))
	}
	println()
	print("buildcap b61")
	for n := 0; n <= 70; n++ {
		s := buildcap_b61(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb61 = nil
	print("global b61")
	for i := 0; i < 70; i++ {
		gb61 = append(gb61, b61{})
		print(" ", cap(gb61))
	}
	println()
}

type b62 [62]byte

var gb62 []b62

//go:noinline
func local_b62(n int) {
	var s []b62
	for i := 0; i < n; i++ {
		s = append(s, b62{})
		caps[i] = cap(s)
	}
	print("local b62")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b62(n int) []b62 {
	var s []b62
	for i := 0; i < n; i++ {
		s = append(s, b62{})
	}
	return s
}

//go:noinline
func buildcap_b62(n int) []b62 {
	var s []b62
	for i := 0; i < n; i++ {
		s = append(s, b62{})
		caps[i] = cap(s)
	}
	return s
}

func run_b62() {
	local_b62(70)
	print("build b62")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b62(n)))
	}
	println()
	print("buildcap b62")
	for n := 0; n <= 70; n++ {
		s := buildcap_b62(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb62 = nil
	print("global b62")
	for i := 0; i < 70; i++ {
		gb62 = append(gb62, b62{})
		print(" ", cap(gb62))
	}
	println()
}

type b63 [63]byte

var gb63 []b63

//go:noinline
func local_b63(n int) {
	var s []b63
	for i := 0; i < n; i++ {
		s = append(s, b63{})
		caps[i] = cap(s)
	}
	print("local b63")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b63(n int) []b63 {
	var s []b63
	for i := 0; i < n; i++ {
		s = append(s, b63{})
	}
	return s
}

//go:noinline
func buildcap_b63(n int) []b63 {
	var s []b63
	for i := 0; i < n; i++ {
		s = append(s, b63{})
		caps[i] = cap(s)
	}
	return s
}

func run_b63() {
	local_b63(70)
	print("build b63")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b63(n)))
	}
	println()
	print("buildcap b63")
	for n := 0; n <= 70; n++ {
		s := buildcap_b63(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb63 = nil
	print("global b63")
	for i := 0; i < 70; i++ {
		gb63 = append(gb63, b63{})
		print(" ", cap(gb63))
	}
	println()
}

type b64 [64]byte

var gb64 []b64

//go:noinline
func local_b64(n int) {
	var s []b64
	for i := 0; i < n; i++ {
		s = append(s, b64{})
		caps[i] = cap(s)
	}
	print("local b64")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_b64(n int) []b64 {
	var s []b64
	for i := 0; i < n; i++ {
		s = append(s, b64{})
	}
	return s
}

//go:noinline
func buildcap_b64(n int) []b64 {
	var s []b64
	for i := 0; i < n; i++ {
		s = append(s, b64{})
		caps[i] = cap(s)
	}
	return s
}

func run_b64() {
	local_b64(70)
	print("build b64")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_b64(n)))
	}
	println()
	print("buildcap b64")
	for n := 0; n <= 70; n++ {
		s := buildcap_b64(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gb64 = nil
	print("global b64")
	for i := 0; i < 70; i++ {
		gb64 = append(gb64, b64{})
		print(" ", cap(gb64))
	}
	println()
}

type p8 struct {
	p   *byte
	pad [0]byte
}

var gp8 []p8

//go:noinline
func local_p8(n int) {
	var s []p8
	for i := 0; i < n; i++ {
		s = append(s, p8{})
		caps[i] = cap(s)
	}
	print("local p8")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p8(n int) []p8 {
	var s []p8
	for i := 0; i < n; i++ {
		s = append(s, p8{})
	}
	return s
}

//go:noinline
func buildcap_p8(n int) []p8 {
	var s []p8
	for i := 0; i < n; i++ {
		s = append(s, p8{})
		caps[i] = cap(s)
	}
	return s
}

func run_p8() {
	local_p8(70)
	print("build p8")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p8(n)))
	}
	println()
	print("buildcap p8")
	for n := 0; n <= 70; n++ {
		s := buildcap_p8(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp8 = nil
	print("global p8")
	for i := 0; i < 70; i++ {
		gp8 = append(gp8, p8{})
		print(" ", cap(gp8))
	}
	println()
}

type p16 struct {
	p   *byte
	pad [8]byte
}

var gp16 []p16

//go:noinline
func local_p16(n int) {
	var s []p16
	for i := 0; i < n; i++ {
		s = append(s, p16{})
		caps[i] = cap(s)
	}
	print("local p16")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p16(n int) []p16 {
	var s []p16
	for i := 0; i < n; i++ {
		s = append(s, p16{})
	}
	return s
}

//go:noinline
func buildcap_p16(n int) []p16 {
	var s []p16
	for i := 0; i < n; i++ {
		s = append(s, p16{})
		caps[i] = cap(s)
	}
	return s
}

func run_p16() {
	local_p16(70)
	print("build p16")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p16(n)))
	}
	println()
	print("buildcap p16")
	for n := 0; n <= 70; n++ {
		s := buildcap_p16(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp16 = nil
	print("global p16")
	for i := 0; i < 70; i++ {
		gp16 = append(gp16, p16{})
		print(" ", cap(gp16))
	}
	println()
}

type p24 struct {
	p   *byte
	pad [16]byte
}

var gp24 []p24

//go:noinline
func local_p24(n int) {
	var s []p24
	for i := 0; i < n; i++ {
		s = append(s, p24{})
		caps[i] = cap(s)
	}
	print("local p24")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p24(n int) []p24 {
	var s []p24
	for i := 0; i < n; i++ {
		s = append(s, p24{})
	}
	return s
}

//go:noinline
func buildcap_p24(n int) []p24 {
	var s []p24
	for i := 0; i < n; i++ {
		s = append(s, p24{})
		caps[i] = cap(s)
	}
	return s
}

func run_p24() {
	local_p24(70)
	print("build p24")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p24(n)))
	}
	println()
	print("buildcap p24")
	for n := 0; n <= 70; n++ {
		s := buildcap_p24(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp24 = nil
	print("global p24")
	for i := 0; i < 70; i++ {
		gp24 = append(gp24, p24{})
		print(" ", cap(gp24))
	}
	println()
}

type p32 struct {
	p   *byte
	pad [24]byte
}

var gp32 []p32

//go:noinline
func local_p32(n int) {
	var s []p32
	for i := 0; i < n; i++ {
		s = append(s, p32{})
		caps[i] = cap(s)
	}
	print("local p32")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p32(n int) []p32 {
	var s []p32
	for i := 0; i < n; i++ {
		s = append(s, p32{})
	}
	return s
}

//go:noinline
func buildcap_p32(n int) []p32 {
	var s []p32
	for i := 0; i < n; i++ {
		s = append(s, p32{})
		caps[i] = cap(s)
	}
	return s
}

func run_p32() {
	local_p32(70)
	print("build p32")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p32(n)))
	}
	println()
	print("buildcap p32")
	for n := 0; n <= 70; n++ {
		s := buildcap_p32(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp32 = nil
	print("global p32")
	for i := 0; i < 70; i++ {
		gp32 = append(gp32, p32{})
		print(" ", cap(gp32))
	}
	println()
}

type p40 struct {
	p   *byte
	pad [32]byte
}

var gp40 []p40

//go:noinline
func local_p40(n int) {
	var s []p40
	for i := 0; i < n; i++ {
		s = append(s, p40{})
		caps[i] = cap(s)
	}
	print("local p40")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p40(n int) []p40 {
	var s []p40
	for i := 0; i < n; i++ {
		s = append(s, p40{})
	}
	return s
}

//go:noinline
func buildcap_p40(n int) []p40 {
	var s []p40
	for i := 0; i < n; i++ {
		s = append(s, p40{})
		caps[i] = cap(s)
	}
	return s
}

func run_p40() {
	local_p40(70)
	print("build p40")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p40(n)))
	}
	println()
	print("buildcap p40")
	for n := 0; n <= 70; n++ {
		s := buildcap_p40(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp40 = nil
	print("global p40")
	for i := 0; i < 70; i++ {
		gp40 = append(gp40, p40{})
		print(" ", cap(gp40))
	}
	println()
}

type p48 struct {
	p   *byte
	pad [40]byte
}

var gp48 []p48

//go:noinline
func local_p48(n int) {
	var s []p48
	for i := 0; i < n; i++ {
		s = append(s, p48{})
		caps[i] = cap(s)
	}
	print("local p48")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p48(n int) []p48 {
	var s []p48
	for i := 0; i < n; i++ {
		s = append(s, p48{})
	}
	return s
}

//go:noinline
func buildcap_p48(n int) []p48 {
	var s []p48
	for i := 0; i < n; i++ {
		s = append(s, p48{})
		caps[i] = cap(s)
	}
	return s
}

func run_p48() {
	local_p48(70)
	print("build p48")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p48(n)))
	}
	println()
	print("buildcap p48")
	for n := 0; n <= 70; n++ {
		s := buildcap_p48(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp48 = nil
	print("global p48")
	for i := 0; i < 70; i++ {
		gp48 = append(gp48, p48{})
		print(" ", cap(gp48))
	}
	println()
}

type p56 struct {
	p   *byte
	pad [48]byte
}

var gp56 []p56

//go:noinline
func local_p56(n int) {
	var s []p56
	for i := 0; i < n; i++ {
		s = append(s, p56{})
		caps[i] = cap(s)
	}
	print("local p56")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p56(n int) []p56 {
	var s []p56
	for i := 0; i < n; i++ {
		s = append(s, p56{})
	}
	return s
}

//go:noinline
func buildcap_p56(n int) []p56 {
	var s []p56
	for i := 0; i < n; i++ {
		s = append(s, p56{})
		caps[i] = cap(s)
	}
	return s
}

func run_p56() {
	local_p56(70)
	print("build p56")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p56(n)))
	}
	println()
	print("buildcap p56")
	for n := 0; n <= 70; n++ {
		s := buildcap_p56(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp56 = nil
	print("global p56")
	for i := 0; i < 70; i++ {
		gp56 = append(gp56, p56{})
		print(" ", cap(gp56))
	}
	println()
}

type p64 struct {
	p   *byte
	pad [56]byte
}

var gp64 []p64

//go:noinline
func local_p64(n int) {
	var s []p64
	for i := 0; i < n; i++ {
		s = append(s, p64{})
		caps[i] = cap(s)
	}
	print("local p64")
	for i := 0; i < n; i++ {
		print(" ", caps[i])
	}
	println()
}

//go:noinline
func build_p64(n int) []p64 {
	var s []p64
	for i := 0; i < n; i++ {
		s = append(s, p64{})
	}
	return s
}

//go:noinline
func buildcap_p64(n int) []p64 {
	var s []p64
	for i := 0; i < n; i++ {
		s = append(s, p64{})
		caps[i] = cap(s)
	}
	return s
}

func run_p64() {
	local_p64(70)
	print("build p64")
	for n := 0; n <= 70; n++ {
		print(" ", cap(build_p64(n)))
	}
	println()
	print("buildcap p64")
	for n := 0; n <= 70; n++ {
		s := buildcap_p64(n)
		print(" ", cap(s))
		if n > 0 {
			print("/", caps[n-1])
		}
	}
	println()
	gp64 = nil
	print("global p64")
	for i := 0; i < 70; i++ {
		gp64 = append(gp64, p64{})
		print(" ", cap(gp64))
	}
	println()
}

func main() {
	run_b1()
	run_b2()
	run_b3()
	run_b4()
	run_b5()
	run_b6()
	run_b7()
	run_b8()
	run_b9()
	run_b10()
	run_b11()
	run_b12()
	run_b13()
	run_b14()
	run_b15()
	run_b16()
	run_b17()
	run_b18()
	run_b19()
	run_b20()
	run_b21()
	run_b22()
	run_b23()
	run_b24()
	run_b25()
	run_b26()
	run_b27()
	run_b28()
	run_b29()
	run_b30()
	run_b31()
	run_b32()
	run_b33()
	run_b34()
	run_b35()
	run_b36()
	run_b37()
	run_b38()
	run_b39()
	run_b40()
	run_b41()
	run_b42()
	run_b43()
	run_b44()
	run_b45()
	run_b46()
	run_b47()
	run_b48()
	run_b49()
	run_b50()
	run_b51()
	run_b52()
	run_b53()
	run_b54()
	run_b55()
	run_b56()
	run_b57()
	run_b58()
	run_b59()
	run_b60()
	run_b61()
	run_b62()
	run_b63()
	run_b64()
	run_p8()
	run_p16()
	run_p24()
	run_p32()
	run_p40()
	run_p48()
	run_p56()
	run_p64()
}
