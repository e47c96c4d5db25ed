// os.Args holds the program name then the arguments, which the program can range over and index.
// args: alpha -b x.go 42
package main

import "os"

func main() {
	println(len(os.Args))
	for i, a := range os.Args[1:] {
		println(i, a, len(a))
	}
	total := 0
	for _, a := range os.Args[1:] {
		n, ok := 0, len(a) > 0
		for j := 0; j < len(a); j++ {
			if a[j] < '0' || a[j] > '9' {
				ok = false
				break
			}
			n = n*10 + int(a[j]-'0')
		}
		if ok {
			total += n
		}
	}
	println("numeric sum", total)
	if len(os.Args) != 5 {
		os.Exit(1)
	}
}
