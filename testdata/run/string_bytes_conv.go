// Conversions between string and []byte in both directions, incl. nil/empty and named byte types.
package main

type Bytes []byte
type Str string

func main() {
	b := []byte("abc")
	println(len(b), cap(b) >= 3, b[0], b[2])
	s := string(b)
	println(s)
	var nb []byte
	println(string(nb) == "", len(string(nb)))
	e := []byte("")
	println(e == nil, len(e))
	nbt := Bytes("named")
	println(string(nbt), len(nbt))
	st := Str("typed")
	bs := []byte(st)
	println(len(bs), Str(bs) == st)
	raw := []byte{0xe4, 0xb8, 0x96, 0xff}
	rs := string(raw)
	println(len(rs), rs[3])
	mid := string(b[1:])
	println(mid)
}
