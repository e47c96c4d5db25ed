// Building and scanning strings with counted loops: reverse, palindrome check, counting.
package main

func reverse(s string) string {
	r := ""
	for i := len(s) - 1; i >= 0; i-- {
		r += string(rune(s[i]))
	}
	return r
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	println(reverse("stressed"))
	println(isPalindrome("racecar"), isPalindrome("gopher"), isPalindrome(""))
	println(count("mississippi", 's'), count("mississippi", 'z'))
}
