// A built-in called with a multi-value call as its only argument gets the call's results as
// its arguments: complex(pair()), append(sliceAndElems()), copy, delete, min, max (Go's issue5793).
package main

import "fmt"

func pair() (float64, float64)          { return 1.5, -2 }
func pair32() (float32, float32)        { return 3, 4 }
func sliceElem() ([]string, string)     { return []string{"foo"}, "bar" }
func sliceElems() ([]byte, byte, byte)  { return []byte{'a', 'b'}, '1', '2' }
func twoSlices() ([]byte, []byte)       { return make([]byte, 3), []byte("xyz") }
func mapKey() (map[string]int, string)  { return map[string]int{"k": 1, "j": 2}, "k" }
func three() (int, int, int)            { return 5, 2, 9 }
func strs() (string, string)            { return "pear", "apple" }

var global = complex(pair())

func main() {
	c := complex(pair())
	fmt.Println(c, global, complex(pair32()))
	fmt.Printf("%T %T\n", c, complex(pair32()))
	s := append(sliceElem())
	fmt.Println(s, len(s))
	fmt.Println(string(append(sliceElems())))
	fmt.Println(copy(twoSlices()))
	m, _ := mapKey()
	delete(mapKey())
	fmt.Println(len(m))
	fmt.Println(min(three()), max(three()), min(strs()), max(strs()))
	f := func() int { return max(three()) }
	fmt.Println(f())
	var sum complex128
	for i := 0; i < 3; i++ {
		sum += complex(pair())
	}
	fmt.Println(sum)
	defer fmt.Println("deferred", min(three()))
	defer delete(mapKey())
}
