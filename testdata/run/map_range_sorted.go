// Printing a map deterministically: collect the keys and sort them with a hand-written insertion sort.
package main

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	ages := map[string]int{
		"carol": 35, "alice": 30, "bob": 25, "dave": 40, "eve": 22,
	}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, ages[k])
	}
	inv := map[int][]string{}
	for k, v := range ages {
		inv[v/10] = append(inv[v/10], k)
	}
	for d := 0; d < 5; d++ {
		names := inv[d]
		sortStrings(names)
		print(d, ":")
		for _, n := range names {
			print(" ", n)
		}
		println()
	}
}
