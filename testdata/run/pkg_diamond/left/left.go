// Package left imports registry.
package left

import "example.com/diamond/registry"

var self = registry.Register("left")

func init() { println("left init, id", self.ID) }

func Make(name string) *registry.Entry { return &registry.Entry{Name: name, ID: -1} }

func Count() int { return registry.Len() }

func Same(e *registry.Entry) bool { return e != nil && e.Name == "right" }
