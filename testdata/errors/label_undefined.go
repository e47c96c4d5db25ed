// goto to a label that does not exist.
package main

func main() {
	goto nowhere // ERROR "label nowhere not defined"
}
