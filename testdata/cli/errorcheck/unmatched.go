// errorcheck fixture: a message on a line without annotation.
package p

func f() {
	q := 1
}
