// Package mathx is internal: importable only from within example.com/visibility.
package mathx

const Pi100 = 314

func Square(x int) int { return x * x }
