// Two package-level functions with the same name.
package main

func f() {}

func f() {} // ERROR "f redeclared in this block\n\tLINE-2:6: other declaration of f$"

func main() {
	f()
}
