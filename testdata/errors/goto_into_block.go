// goto may not jump into a block.
package main

func main() {
	goto L // ERROR "goto L jumps into block starting at LINE+1:2$"
	{
	L:
		println("in block")
	}
}
