// append of one element at a time: len grows by one and every earlier element is kept.
package main

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i*i)
	}
	println(len(s), s[0], s[10], s[19])
	sum := 0
	for _, v := range s {
		sum += v
	}
	println(sum)
	var strs []string
	strs = append(strs, "a")
	strs = append(strs, "b")
	strs = append(strs, strs[0]+strs[1])
	println(len(strs), strs[2])
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	kvs = append(kvs, kv{"x", 1})
	kvs = append(kvs, kv{k: "y"})
	println(len(kvs), kvs[0].k, kvs[1].k, kvs[1].v)
	var bs []byte
	bs = append(bs, 'h')
	bs = append(bs, 105)
	println(string(bs))
}
