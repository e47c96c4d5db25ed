// A live heap larger than the memory the program may use: the runtime
// reports "fatal error: out of memory" (cli test run_out_of_memory runs it
// under ulimit -v).
package main

var keep [][]byte

func main() {
	for i := 0; ; i++ {
		keep = append(keep, make([]byte, 256<<20))
		println("allocated", (i+1)*256, "MiB")
	}
}
