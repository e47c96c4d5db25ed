// errorcheck fixture: one message cannot satisfy two regexps.
package p

var a = z // ERROR "undefined" "z"
