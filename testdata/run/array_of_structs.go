// Arrays of structs: field access through indexing, updates in place, copies.
package main

type Item struct {
	name  string
	price int
	qty   int
}

func main() {
	var cart [3]Item
	cart[0] = Item{"apple", 30, 4}
	cart[1] = Item{name: "pear", price: 45, qty: 2}
	cart[2].name = "fig"
	cart[2].price = 80
	cart[2].qty++
	total := 0
	for i := 0; i < len(cart); i++ {
		total += cart[i].price * cart[i].qty
	}
	println(total)
	first := cart[0]
	first.qty = 100
	println(cart[0].qty, first.qty)
	p := &cart[1]
	p.qty *= 10
	println(cart[1].qty)
}
