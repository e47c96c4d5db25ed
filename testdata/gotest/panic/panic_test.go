// Package panic has a test that panics: go test prints the test's failure,
// the panic and exits with status 2; later tests do not run.
package panic

import "testing"

func TestBefore(t *testing.T) {
	t.Log("runs before the panic")
}

func TestPanics(t *testing.T) {
	t.Log("about to panic")
	var m map[string]int
	m["x"] = 1
}

func TestAfter(t *testing.T) {
	t.Log("never runs")
}
