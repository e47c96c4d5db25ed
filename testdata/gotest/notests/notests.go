// Package notests has no test files: go test prints "?   \tpkg\t[no test files]".
package notests

func F() {}
