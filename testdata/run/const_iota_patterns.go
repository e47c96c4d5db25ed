// iota patterns: typed enums with String methods, bit flags, skipped values and expressions per line.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}
	return names[d]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f
)

func main() {
	println(Sunday.String(), Monday.String(), Thursday.String(), int(Thursday))
	println(Read, Write, Exec, All)
	p := Read | Exec
	println(p&Write != 0, p&Exec != 0, p&^Read)
	println(a, b, c, d, e, f)
}
