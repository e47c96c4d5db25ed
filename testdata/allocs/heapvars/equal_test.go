// == on aggregates and the end of gc's group of small heap variables
// (see blocks_test.go): gc's walk compares small structs and arrays field
// by field joined with && (new basic blocks) and large ones with a call
// (the same block); loads of small integer elements are combined, so
// [2]byte or [4]int16 is one comparison.
package heapvars

import "testing"

var eqaOneIntStruct, eqbOneIntStruct struct{ a int }

//go:noinline
func acrossOneIntStruct(x int) {
	a := x
	p1 = &a
	ok := eqaOneIntStruct == eqbOneIntStruct
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqOneIntStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossOneIntStruct(seed)
	}
}

var eqaTwoBytes, eqbTwoBytes [2]byte

//go:noinline
func acrossTwoBytes(x int) {
	a := x
	p1 = &a
	ok := eqaTwoBytes == eqbTwoBytes
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqTwoBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossTwoBytes(seed)
	}
}

var eqaThreeInts, eqbThreeInts [3]int

//go:noinline
func acrossThreeInts(x int) {
	a := x
	p1 = &a
	ok := eqaThreeInts == eqbThreeInts
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqThreeInts(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossThreeInts(seed)
	}
}

var eqaEightInts, eqbEightInts [8]int

//go:noinline
func acrossEightInts(x int) {
	a := x
	p1 = &a
	ok := eqaEightInts == eqbEightInts
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqEightInts(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossEightInts(seed)
	}
}

var eqaStringStruct, eqbStringStruct struct{ s string }

//go:noinline
func acrossStringStruct(x int) {
	a := x
	p1 = &a
	ok := eqaStringStruct == eqbStringStruct
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqStringStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringStruct(seed)
	}
}

var eqaFiveIntStruct, eqbFiveIntStruct struct{ a, b, c, d, e int }

//go:noinline
func acrossFiveIntStruct(x int) {
	a := x
	p1 = &a
	ok := eqaFiveIntStruct == eqbFiveIntStruct
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqFiveIntStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossFiveIntStruct(seed)
	}
}

var eqaFloatStruct, eqbFloatStruct struct{ f float64 }

//go:noinline
func acrossFloatStruct(x int) {
	a := x
	p1 = &a
	ok := eqaFloatStruct == eqbFloatStruct
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqFloatStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossFloatStruct(seed)
	}
}

var eqaFourInt16, eqbFourInt16 [4]int16

//go:noinline
func acrossFourInt16(x int) {
	a := x
	p1 = &a
	ok := eqaFourInt16 == eqbFourInt16
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqFourInt16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossFourInt16(seed)
	}
}

var eqaSixInt16, eqbSixInt16 [6]int16

//go:noinline
func acrossSixInt16(x int) {
	a := x
	p1 = &a
	ok := eqaSixInt16 == eqbSixInt16
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqSixInt16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossSixInt16(seed)
	}
}

var eqaPaddedStruct, eqbPaddedStruct struct {
	a byte
	b int
}

//go:noinline
func acrossPaddedStruct(x int) {
	a := x
	p1 = &a
	ok := eqaPaddedStruct == eqbPaddedStruct
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqPaddedStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossPaddedStruct(seed)
	}
}

var eqaOneString, eqbOneString [1]string

//go:noinline
func acrossOneString(x int) {
	a := x
	p1 = &a
	ok := eqaOneString == eqbOneString
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqOneString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossOneString(seed)
	}
}

var eqaTwoFloats, eqbTwoFloats [2]float64

//go:noinline
func acrossTwoFloats(x int) {
	a := x
	p1 = &a
	ok := eqaTwoFloats == eqbTwoFloats
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqTwoFloats(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossTwoFloats(seed)
	}
}

var eqaComplex, eqbComplex complex128

//go:noinline
func acrossComplex(x int) {
	a := x
	p1 = &a
	ok := eqaComplex == eqbComplex
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

func BenchmarkAcrossEqComplex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossComplex(seed)
	}
}
