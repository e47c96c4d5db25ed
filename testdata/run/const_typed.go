// Typed constants keep their type; arithmetic on them is done in that type.
package main

type Celsius float64
type Small int8

const (
	MaxSmall Small   = 127
	Boiling  Celsius = 100
	Mask     uint8   = 0xF0
	Word     int32   = 1 << 20
	Name     string  = "tgo"
	Flag     bool    = !false
)

func main() {
	println(MaxSmall, MaxSmall-27)
	println(Boiling, Boiling/3)
	println(Mask, Mask>>4, Mask|0x0F)
	println(Word, Word*2)
	println(Name+"!", len(Name))
	println(Flag)
	var s Small = MaxSmall
	s++
	println(s)
	const half = Boiling / 2
	var c Celsius = half
	println(c)
	const r rune = 'A' + 2
	println(r, string(r))
	const b byte = 'z'
	println(b)
}
