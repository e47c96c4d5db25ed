// Methods on named non-struct types: slices, maps, funcs, ints and strings.
package main

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (o Op) Twice(v int) int { return o(o(v)) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Word string

func (w Word) Len() int { return len(w) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	println(l.Sum(), len(l))
	s := Set{}
	s.Add("a")
	println(s.Has("a"), s.Has("b"), len(s))
	inc := Op(func(v int) int { return v + 3 })
	println(inc.Twice(1))
	println(Celsius(100).F(), Celsius(-40).F())
	println(Word("hello").Len())
}
