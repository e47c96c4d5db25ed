// A sort.Interface-style interface implemented by several slice types and sorted by one function.
package main

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func sortIt(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Person struct {
	name string
	age  int
}
type ByAge []Person

func (x ByAge) Len() int { return len(x) }
func (x ByAge) Less(i, j int) bool {
	if x[i].age != x[j].age {
		return x[i].age < x[j].age
	}
	return x[i].name < x[j].name
}
func (x ByAge) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

type reverse struct{ Sortable }

func (r reverse) Less(i, j int) bool { return r.Sortable.Less(j, i) }

func main() {
	xs := Ints{5, 2, 9, 1, 5, 6}
	sortIt(xs)
	for _, v := range xs {
		print(v, " ")
	}
	println()
	ps := ByAge{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 20}}
	sortIt(ps)
	for _, p := range ps {
		print(p.name, ":", p.age, " ")
	}
	println()
	sortIt(reverse{xs})
	for _, v := range xs {
		print(v, " ")
	}
	println()
}
