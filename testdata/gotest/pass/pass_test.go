package pass

import (
	"fmt"
	"os"
	"testing"
)

func TestDouble(t *testing.T) {
	for _, c := range []struct{ in, want int }{{1, 2}, {-3, -6}, {0, 0}} {
		if got := Double(c.in); got != c.want {
			t.Errorf("Double(%d) = %d, want %d", c.in, got, c.want)
		}
	}
	t.Log("three cases")
}

func TestLogs(t *testing.T) {
	t.Log("one", 2, 3.5, true)
	t.Logf("formatted %q %5d|", "x", 42)
	t.Log("first line\nsecond line\n")
	t.Logf("trailing newline\n")
	fmt.Fprintf(t.Output(), "via Output, ")
	fmt.Fprintf(t.Output(), "two writes\n")
}

func TestSubtests(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Log("in a")
	})
	t.Run("with space", func(t *testing.T) {
		t.Run("nested", func(t *testing.T) {
			t.Log("deep", t.Name())
		})
	})
	t.Run("a", func(t *testing.T) {
		t.Log("second a is", t.Name())
	})
	t.Run("", func(t *testing.T) {})
	t.Log("back in the parent")
}

func check(t *testing.T, s, want string) {
	t.Helper()
	if got := Shout(s); got != want {
		t.Fatalf("Shout(%q) = %q, want %q", s, got, want)
	}
	t.Log("checked", s)
}

func TestHelpers(t *testing.T) {
	check(t, "hi", "HI!")
	checkDouble(t, 4, 8)
	report := func(msg string) {
		t.Helper()
		t.Log("closure helper:", msg)
	}
	report("x")
	t.Run("sub", func(t *testing.T) {
		check(t, "go", "GO!")
	})
}

func TestCleanupAndTempDir(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1 runs last") })
	t.Cleanup(func() { t.Log("cleanup 2 runs first") })
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/f", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(dir + "/f"); err != nil || string(data) != "x" {
		t.Fatalf("read back %q, %v", data, err)
	}
	t.Setenv("TGO_GOTEST_VAR", "set")
	if os.Getenv("TGO_GOTEST_VAR") != "set" {
		t.Error("Setenv did not set")
	}
}

func TestAttrAndState(t *testing.T) {
	t.Attr("kind", "state")
	if t.Failed() || t.Skipped() {
		t.Error("fresh test is failed or skipped")
	}
	if testing.Short() {
		t.Log("short mode")
	}
	if !testing.Testing() {
		t.Error("testing.Testing() is false")
	}
}

func ExampleDouble() {
	fmt.Println(Double(21))
	// Output: 42
}

func ExampleShout() {
	fmt.Println(Shout("a"))
	fmt.Println(Shout("b"))
	// Unordered output:
	// B!
	// A!
}

func ExampleShout_nothing() {
	// Output:
}

func ExampleShout_notRun() {
	fmt.Println("examples without an output comment are compiled, not run")
}
