package pass

import "testing"

// checkDouble is a helper outside the _test.go files (it still reports the
// line of its caller).
func checkDouble(t *testing.T, x, want int) {
	t.Helper()
	if got := Double(x); got != want {
		t.Errorf("Double(%d) = %d, want %d", x, got, want)
	}
	t.Logf("Double(%d) ok", x)
}
