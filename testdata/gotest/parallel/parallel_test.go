// Package parallel has parallel subtests and parallel top-level tests:
// "=== PAUSE", "=== CONT" and "=== NAME" lines.
package parallel

import "testing"

func TestGroup(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Log("subtest", name)
		})
	}
	t.Log("parent body done")
}

func TestTop1(t *testing.T) {
	t.Parallel()
	t.Log("top1")
}

func TestSerial(t *testing.T) {
	t.Log("serial")
}

func TestTop2(t *testing.T) {
	t.Parallel()
	t.Log("top2")
}
