// errorcheck fixture: as in RE2, . does not match the newline of a continuation line.
package p

type T struct{ t T } // ERROR "recursive.*refers"
