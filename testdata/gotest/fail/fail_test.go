// Package fail has failing tests: Error, Fatal, failing subtests, a helper's
// caller line, FailNow in a subtest, and a failing example.
package fail

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorContinues(t *testing.T) {
	t.Error("first error")
	t.Errorf("second error: %v", errors.New("wrapped"))
	t.Log("still running")
}

func TestFatalStops(t *testing.T) {
	defer func() {
		t.Log("deferred log runs")
	}()
	t.Fatalf("fatal: %d", 42)
	t.Log("not reached")
}

func TestPasses(t *testing.T) {
	t.Log("a passing test between failing ones")
}

func expect(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestHelperLine(t *testing.T) {
	expect(t, 1, 1)
	expect(t, 1, 2)
}

func TestSubtestFails(t *testing.T) {
	t.Run("ok", func(t *testing.T) {})
	t.Run("bad", func(t *testing.T) {
		t.Error("multi\nline\nerror")
	})
	t.Run("fatal", func(t *testing.T) {
		t.FailNow()
	})
	t.Run("after", func(t *testing.T) {
		t.Log("later subtests still run")
	})
}

func TestFailThenSkip(t *testing.T) {
	t.Error("failed first")
	t.Skip("a skip after a failure is still a failure")
}

func Example_failing() {
	fmt.Println("got this")
	// Output: want this
}

func Example_passing() {
	fmt.Println("fine")
	// Output: fine
}
