// Package panicsub panics in a subtest with an error value; the cleanups of
// the subtest and of its parent run first.
package panicsub

import (
	"fmt"
	"testing"
)

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func TestParent(t *testing.T) {
	t.Cleanup(func() { t.Log("parent cleanup") })
	t.Run("child", func(t *testing.T) {
		t.Cleanup(func() { t.Log("child cleanup") })
		t.Log("child log")
		panic(myErr{3})
	})
}
