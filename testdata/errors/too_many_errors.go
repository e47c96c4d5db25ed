// gc stops after 10 errors and reports "too many errors" at the position of the tenth.
package main

func main() {
	println(u1) // ERROR "undefined: u1$"
	println(u2) // ERROR "undefined: u2$"
	println(u3) // ERROR "undefined: u3$"
	println(u4) // ERROR "undefined: u4$"
	println(u5) // ERROR "undefined: u5$"
	println(u6) // ERROR "undefined: u6$"
	println(u7) // ERROR "undefined: u7$"
	println(u8) // ERROR "undefined: u8$"
	println(u9) // ERROR "undefined: u9$"
	println(u10) // ERROR "undefined: u10$" "too many errors"
	println(u11)
	println(u12)
}
