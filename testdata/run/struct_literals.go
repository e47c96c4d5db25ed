// Struct literals: positional, keyed in any order, omitted fields zero, &T{} literals.
package main

type Config struct {
	Host    string
	Port    int
	Verbose bool
	Ratio   float64
}

func main() {
	a := Config{"localhost", 8080, true, 0.5}
	b := Config{Port: 9090, Host: "example"}
	c := Config{}
	println(a.Host, a.Port, a.Verbose, a.Ratio)
	println(b.Host, b.Port, b.Verbose, b.Ratio)
	println(c.Host == "", c.Port, c.Verbose)
	p := &Config{Verbose: true}
	p.Port = 1
	println(p.Port, p.Verbose, (*p).Host == "")
	arr := [2]Config{{Host: "x"}, {Port: 2}}
	println(arr[0].Host, arr[1].Port)
}
