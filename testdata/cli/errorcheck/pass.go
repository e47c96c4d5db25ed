// errorcheck fixture: everything here must match (exit 0).
package p

var a = b // ERROR "undefined: b$"
var c, d = e, f // ERROR "undefined: [ef]"
var g int = h + "s" // ERROR "undefined: h" "mismatched types"
var i = j // GC_ERROR "undefined: j"
var k = l // ERROR "undefined: l at LINE-1 and LINE+1$"
type T struct{ t T } // ERROR "invalid recursive type T\n\tx.go:9:6: T refers to T"
var m = n //// ERROR "this line is ignored"
var o = q // ERROR "\d+ \(untyped int constant\)\s(?:is|was) \w+\.x22quoted\x22"
var r = s // ERROR "undefined: x10" "too many errors"
