// errorcheck -0 -m

// f(g()) into a variadic f is inlined as gc inlines it: gc's reader has
// made it "t1, t2 := g(); f(t1, t2)", so fmt.Println(divmod(7, 2)) inlines
// both calls and boxes the temporaries .autotmp_0 and .autotmp_1; inside a
// copied body the temporaries keep the numbers their function gives them.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b } // ERROR "can inline divmod"

func pair() (string, error) { return "x", nil } // ERROR "can inline pair"

func count(xs ...any) int { return len(xs) } // ERROR "can inline count" "xs does not escape"

func both() int { return count(divmod(9, 4)) } // ERROR "can inline both" "inlining call to count" "inlining call to divmod" "\.\.\. argument does not escape" "\.autotmp_1 does not escape" "\.autotmp_2 does not escape"

func main() {
	fmt.Println(divmod(7, 2))     // ERROR "inlining call to divmod" "inlining call to fmt.Println" "\.\.\. argument does not escape" "\.autotmp_0 escapes to heap" "\.autotmp_1 escapes to heap"
	println(count(pair()), both()) // ERROR "inlining call to count" "inlining call to pair" "inlining call to both" "inlining call to divmod" "\.\.\. argument does not escape" "\.autotmp_2 does not escape" "\.autotmp_1 does not escape"
}
