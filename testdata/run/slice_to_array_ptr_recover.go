// A too-short slice to array-pointer conversion panics with a runtime.Error that recover can read.
package main

func conv(s []byte) (n int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(error).Error()
		}
	}()
	p := (*[4]byte)(s)
	return len(p), "ok"
}

func main() {
	println(conv([]byte("abcd")))
	println(conv([]byte("abcdef")))
	println(conv([]byte("ab")))
	println(conv(nil))
}
