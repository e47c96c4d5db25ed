// Package right imports registry too.
package right

import "example.com/diamond/registry"

var self = registry.Register("right")

func init() { println("right init, id", self.ID) }

type handler struct{ prefix string }

func (h handler) Handle(e *registry.Entry) string { return h.prefix + e.Name }

func Handler() registry.Handler { return handler{"right handled "} }

func Consume(e *registry.Entry) { println("right consumed", e.Name, e.ID) }

func Count() int { return registry.Len() }

func Kind(v any) string {
	switch v.(type) {
	case *registry.Entry:
		return "*registry.Entry"
	}
	return "other"
}
