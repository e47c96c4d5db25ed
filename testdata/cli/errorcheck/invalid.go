// errorcheck fixture: an ERROR comment without a quoted regexp is a fatal error.
package p

var a = z // ERROR undefined
