// Inner scopes shadow outer declarations: package, function, block, if/for/switch scopes.
package main

var x = "package"

func show(s string) { println(s) }

func main() {
	show(x)
	x := "main"
	show(x)
	{
		x := "block"
		show(x)
		{
			x := 42
			println(x)
		}
		show(x)
	}
	if x := "if"; len(x) > 0 {
		show(x)
	} else {
		x := "else"
		show(x)
	}
	for x := 0; x < 2; x++ {
		println("for", x)
	}
	switch x := 3.5; {
	case x > 3:
		println("switch", x)
	}
	show(x)
	len := func2()
	println(len)
}

func func2() int {
	true := false
	println(true)
	return 9
}
