// A nil pointer stored in an interface makes a non-nil interface (the classic error gotcha).
package main

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type I interface{ M() string }
type T struct{}

func (t *T) M() string {
	if t == nil {
		return "nil receiver"
	}
	return "non-nil"
}

func main() {
	println(mayFail(false) == nil, mayFail(true) == nil)
	println(correct(false) == nil, correct(true) == nil)
	var t *T
	var i I = t
	println(i == nil, i.M())
	i = nil
	println(i == nil)
	var a any = (*T)(nil)
	println(a == nil, a == (*T)(nil))
	var e error = nil
	var a2 any = e
	println(a2 == nil)
}
