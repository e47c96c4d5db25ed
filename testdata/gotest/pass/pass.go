// Package pass is a package whose tests all pass: logs, subtests, helpers,
// cleanups, temporary directories and examples, as `go test -v` shows them.
package pass

import "strings"

// Double returns 2*x.
func Double(x int) int { return 2 * x }

// Shout upper-cases s and adds "!".
func Shout(s string) string { return strings.ToUpper(s) + "!" }
