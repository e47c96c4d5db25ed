// Package xtest is tested by internal and external test files, with a
// TestMain that wraps m.Run.
package xtest

var initialized bool

func init() { initialized = true }

// Sum adds its arguments.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func secret() int { return 7 }
