// Maps of maps: inner maps must be created before writing; updates through the outer map persist.
package main

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	println(len(graph), len(graph["a"]), graph["a"]["c"], graph["c"]["a"])
	println(graph["x"]["y"], len(graph["x"]))
	total := 0
	for _, edges := range graph {
		for _, w := range edges {
			total += w
		}
	}
	println(total)
	inner := graph["a"]
	inner["d"] = 9
	println(len(graph["a"]))
	delete(graph, "a")
	println(len(graph), len(inner))
}
