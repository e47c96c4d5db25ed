// errorcheck fixture: $ anchors at the end of the message.
package p

var a = z // ERROR "undefined: z$"
