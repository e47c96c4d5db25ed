// A panic inside a deferred call replaces the current panic; recover sees the newest value.
package main

func f() (r any) {
	defer func() { r = recover() }()
	defer func() { panic("second") }()
	panic("first")
}

func g() (rs []string) {
	defer func() {
		rs = append(rs, "final:"+recover().(string))
	}()
	defer func() {
		r := recover()
		rs = append(rs, "caught:"+r.(string))
		panic("third")
	}()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	println(f().(string))
	for _, s := range g() {
		println(s)
	}
}
