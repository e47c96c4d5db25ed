// Package skip has skipped tests and subtests.
package skip

import "testing"

func TestSkip(t *testing.T) {
	t.Skip("not today")
}

func TestSkipf(t *testing.T) {
	t.Log("logged before skipping")
	t.Skipf("skipped: %d", 7)
}

func TestSkipNow(t *testing.T) {
	t.SkipNow()
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in short mode")
	}
	t.Log("long test ran")
}

func TestSkippedSubtest(t *testing.T) {
	t.Run("skipped", func(t *testing.T) { t.Skip("sub skip") })
	t.Run("runs", func(t *testing.T) { t.Log("ran") })
}
