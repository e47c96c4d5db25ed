// Package buildfail does not compile with its tests: go test prints the
// compiler's errors and "FAIL\tpkg [build failed]".
package buildfail

func F() int { return 1 }
