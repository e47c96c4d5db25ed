// fmt_print: the Print, Println, Sprint, Fprint and Append families —
// spacing between operands, results, writers that fail.
package main

import (
	"errors"
	"fmt"
	"os"
)

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("short")
	}
	return len(p), nil
}

type T struct {
	A int
	B string
}

func main() {
	fmt.Println("hello", 1, 2, "x", "y", 3.5, nil, true)
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("\n")
	fmt.Println()
	fmt.Printf("%d %s\n", 42, "go")
	s := fmt.Sprint("a", 1, 2, "b", nil, nil, 'x', 2.5)
	fmt.Println(len(s), s)
	s = fmt.Sprintln("a", 1, T{1, "x"}, &T{2, "y"}, []int{1, 2})
	fmt.Print(s)
	b := fmt.Append([]byte("pre:"), 1, 2, "x")
	b = fmt.Appendln(b, "y", 3)
	b = fmt.Appendf(b, "%05d|%-4s|", 42, "ab")
	fmt.Printf("%q\n", b)
	n, err := fmt.Fprintln(os.Stdout, "to stdout", 7)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "to stderr %v\n", []string{"a"})
	fmt.Println(n, err)
	w := &shortWriter{3}
	n, err = fmt.Fprint(w, "abcdef")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(w, "%d", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("")
	fmt.Println(n, err)
	var e error
	fmt.Println(e, []any{nil, 1}, map[string]any{"a": nil})
	type myString string
	fmt.Print(myString("s1"), myString("s2"), 5, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print([]byte("ab"), []byte("cd"), "\n")
}
