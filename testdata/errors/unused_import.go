// An import that is never used.
package main

import "os" // ERROR "\x22os\x22 imported and not used$"

func main() {
}
