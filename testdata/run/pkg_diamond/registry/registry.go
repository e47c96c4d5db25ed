// Package registry keeps package-level state shared by all of its importers.
package registry

var Inits int

var names []string

type Entry struct {
	Name string
	ID   int
}

type Handler interface {
	Handle(e *Entry) string
}

func init() {
	Inits++
	println("registry init")
}

func Register(name string) *Entry {
	names = append(names, name)
	return &Entry{name, len(names)}
}

func Len() int { return len(names) }

func Names() []string {
	out := append([]string(nil), names...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func Lookup(name string) *Entry {
	for i, n := range names {
		if n == name {
			return &Entry{n, i + 1}
		}
	}
	return nil
}
