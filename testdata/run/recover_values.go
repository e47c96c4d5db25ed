// panic accepts any value: recover returns it unchanged (ints, strings, structs, errors, named types).
package main

import "errors"

type Code int
type Info struct {
	file string
	line int
}

func catch(v any) (r any) {
	defer func() { r = recover() }()
	panic(v)
}

func main() {
	switch x := catch(7).(type) {
	case int:
		println("int", x)
	}
	println(catch("s").(string))
	println(catch(Code(3)).(Code) == 3)
	in := catch(Info{"a.go", 12}).(Info)
	println(in.file, in.line)
	e := catch(errors.New("wrapped")).(error)
	println(e.Error())
	p := &Info{"p.go", 1}
	println(catch(p).(*Info) == p)
	println(catch([]int{1, 2}) != nil)
	println(catch(true).(bool))
}
