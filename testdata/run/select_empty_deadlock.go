// select {} blocks forever; alone in the program it is a deadlock: select (no cases).
package main

func main() {
	println("blocking forever")
	select {}
}
