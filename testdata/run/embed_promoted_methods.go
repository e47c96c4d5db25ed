// Methods of embedded types are promoted and satisfy interfaces through the outer type.
package main

type Animal struct{ name string }

func (a Animal) Name() string   { return a.name }
func (a *Animal) Rename(s string) { a.name = s }

type Dog struct {
	Animal
	tricks int
}

func (d Dog) Speak() string { return d.Name() + " says woof" }

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

func main() {
	d := Dog{Animal{"rex"}, 3}
	println(d.Name(), d.Speak())
	d.Rename("max")
	println(d.Name())
	var n Namer = d
	println(n.Name())
	var r Renamer = &d
	r.Rename("buddy")
	println(d.Name(), n.Name())
	f := d.Name
	d.Rename("late")
	println(f())
	g := (*Dog).Rename
	g(&d, "expr")
	println(Dog.Name(d))
}
