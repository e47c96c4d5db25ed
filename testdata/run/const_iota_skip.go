// iota with blank identifiers and shifted expressions (the KB/MB/GB idiom).
package main

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	FlagA = 1 << iota
	FlagB
	_
	FlagD
	FlagE
)

const (
	Zero = iota
	_
	_
	Three
	Four = iota + 100
	Five
)

func main() {
	println(KB, MB, GB, TB)
	println(FlagA, FlagB, FlagD, FlagE)
	println(FlagA|FlagD, FlagE&^FlagE)
	println(Zero, Three, Four, Five)
}
