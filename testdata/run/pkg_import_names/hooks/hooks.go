// Package hooks holds a registry filled by other packages' init functions.
package hooks

type Hook struct {
	Name string
	Run  func(int) int
}

var Hooks []Hook

func Register(name string, f func(int) int) {
	Hooks = append(Hooks, Hook{name, f})
}

func Count() int { return len(Hooks) }
