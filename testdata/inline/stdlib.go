// errorcheck -0 -m

// Calls of standard library functions cost what gc's decisions for Go's
// standard library say (stdlib/inline-costs.txt): an inlinable callee costs
// its cost, others 57, intrinsics (math.Floor, bits.Len) like one node.

package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

func hasPrefix(a, b string) bool  { return strings.HasPrefix(a, b) }
func contains(a, b string) bool   { return strings.Contains(a, b) }
func itoa(i int) string           { return strconv.Itoa(i) }
func quote(s string) string       { return strconv.Quote(s) }
func newErr() error               { return errors.New("x") }
func sqrt(x float64) float64      { return math.Sqrt(x) + math.Floor(x) + math.Abs(x) }
func length(x uint) int           { return bits.Len(x) + bits.OnesCount(x) }
func runeLen(r rune) int          { return utf8.RuneLen(r) }
func sprint(x int) string         { return fmt.Sprint(x) }
func sprintf(x int) string        { return fmt.Sprintf("%d", x) }
func println2(x int)              { fmt.Println(x, x) }
func sortInts(s []int)            { sort.Ints(s) }
func builder() string             { var b strings.Builder; b.WriteString("x"); return b.String() }
func errorf(x int) error          { return fmt.Errorf("bad %d", x) }
func fields(s string) []string    { return strings.Fields(s) }

func main() {
	fmt.Println(hasPrefix("ab", "a"), contains("ab", "b"), itoa(3), quote("q"), newErr(), sqrt(2), length(7),
		runeLen('x'), sprint(1), sprintf(2), builder(), errorf(1), fields("a b"))
	println2(1)
	sortInts([]int{2, 1})
}
