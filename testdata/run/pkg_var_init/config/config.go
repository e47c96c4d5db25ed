// Package config has package-level variables whose initializers depend on each other and on units.
package config

import "example.com/varinit/units"

// Declared out of dependency order on purpose: initialization follows dependencies.
var MaxItems = base + extra
var extra = int(units.Kilo / 256)
var base = note("base", 10)

var Defaults = []int{MaxItems, base, extra}

var prefix = note2("prefix", "hello, ")

var order string

func note(name string, v int) int {
	order += name + " "
	return v
}

func note2(name, v string) string {
	order += name + " "
	return v
}

func Greeting(who string) string { return prefix + who }

func Order() string { return order }
