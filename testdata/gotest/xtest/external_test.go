package xtest_test

import (
	"testing"

	"tgotest/xtest"
)

func TestSum(t *testing.T) {
	if got := xtest.Sum(1, 2, 3); got != 6 {
		t.Errorf("Sum = %d", got)
	}
	t.Logf("%T", t)
}

func TestAllocs(t *testing.T) {
	n := testing.AllocsPerRun(100, func() { _ = xtest.Sum(1, 2) })
	t.Log("allocs per run:", n)
}
