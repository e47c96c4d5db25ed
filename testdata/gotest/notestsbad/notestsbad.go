// Package notestsbad has no test files and does not compile: go test
// still builds it and reports "[build failed]".
package notestsbad

func F() int { return undefinedName }
