// Nested structs: chained field selection, assignment to inner fields, copying inner values.
package main

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name string
	Age  int
	Home Address
	Work Address
}

type Company struct {
	Boss  Person
	Staff [2]Person
}

func main() {
	var c Company
	c.Boss.Name = "Ada"
	c.Boss.Home.City = "London"
	c.Boss.Home.Zip = 1815
	c.Staff[0] = Person{"Bob", 30, Address{"Paris", 75}, Address{"Lyon", 69}}
	c.Staff[1].Work = c.Staff[0].Home
	c.Staff[1].Work.Zip++
	println(c.Boss.Name, c.Boss.Home.City, c.Boss.Home.Zip)
	println(c.Staff[0].Name, c.Staff[0].Work.City, c.Staff[1].Work.City, c.Staff[1].Work.Zip)
	home := c.Boss.Home
	home.City = "Cambridge"
	println(c.Boss.Home.City, home.City)
}
