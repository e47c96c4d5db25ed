package os

import "syscall"

// Getenv returns the value of the environment variable key, or "" when it
// is not set (use LookupEnv to tell unset from empty).  Getenv and
// LookupEnv are not inlined, like Go's, so that -m output reads the same.
//
//go:noinline
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
//
//go:noinline
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv unsets the environment variable key.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv deletes every environment variable.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	return syscall.Environ()
}
