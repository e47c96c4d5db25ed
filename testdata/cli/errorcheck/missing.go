// errorcheck fixture: an annotation that no message matches.
package p

var a = z // ERROR "undefined: z"
