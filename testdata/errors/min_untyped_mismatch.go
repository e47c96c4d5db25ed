// An untyped argument of min or max converts to the other arguments' type only between
// numbers, or between strings: min(1, "x") and max(n, "x") mismatch.
package main

func main() {
	var n int = 1
	_ = min(1, "x")  // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of \x22x\x22\)"
	_ = max(n, "x")  // ERROR "invalid argument: mismatched types int \(previous argument\) and untyped string \(type of \x22x\x22\)"
	_ = min("x", n)  // ERROR "invalid argument: mismatched types untyped string \(previous argument\) and int \(type of n\)"
	_ = max(n, nil)  // ERROR "invalid argument: nil cannot be ordered"
	_ = min(1, 2.5, n) // ERROR "2.5 \(untyped float constant\) truncated to int"
}
