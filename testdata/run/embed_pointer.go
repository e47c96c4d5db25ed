// Embedding a pointer type: fields and methods are promoted through the pointer, which is shared.
package main

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(s string) {
	l.lines++
	println(l.prefix + s)
}

type Service struct {
	*Logger
	name string
}

type Logf interface{ Log(string) }

func main() {
	shared := &Logger{prefix: "[svc] "}
	a := Service{shared, "a"}
	b := Service{Logger: shared, name: "b"}
	a.Log("start " + a.name)
	b.Log("start " + b.name)
	println(shared.lines, a.lines, b.Logger.lines)
	a.prefix = "[new] "
	b.Log("after")
	var lg Logf = a
	lg.Log("via iface")
	println(shared.lines)
	var none Service
	println(none.Logger == nil)
}
