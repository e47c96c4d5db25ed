// errorcheck fixture: a message on the line, but not the one expected.
package p

var a = z // ERROR "undefined: y"
