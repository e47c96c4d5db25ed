package xtest

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("TestMain: before m.Run")
	code := m.Run()
	fmt.Println("TestMain: after m.Run, code", code)
	os.Exit(code)
}

func TestSecret(t *testing.T) {
	if secret() != 7 || !initialized {
		t.Fatal("internal state")
	}
	t.Log("internal test sees unexported names")
}
