// A larger program: pseudo-random data, five sorting algorithms over arrays, binary search, statistics.
package main

const Size = 64

type Data [Size]int32

type Rng struct{ state uint32 }

// nextRand is a xorshift generator; all arithmetic wraps in uint32.
func nextRand(r *Rng) uint32 {
	x := r.state
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	r.state = x
	return x
}

func fill(d *Data, seed uint32) {
	r := Rng{seed}
	for i := 0; i < Size; i++ {
		d[i] = int32(nextRand(&r)%2001) - 1000
	}
}

func isSorted(d *Data) bool {
	for i := 1; i < Size; i++ {
		if d[i-1] > d[i] {
			return false
		}
	}
	return true
}

func checksum(d *Data) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < Size; i++ {
		h ^= uint32(d[i])
		h *= 16777619
	}
	return h
}

func insertionSort(d Data) (Data, int) {
	moves := 0
	for i := 1; i < Size; i++ {
		v := d[i]
		j := i - 1
		for j >= 0 && d[j] > v {
			d[j+1] = d[j]
			j--
			moves++
		}
		d[j+1] = v
	}
	return d, moves
}

func selectionSort(d Data) (Data, int) {
	swaps := 0
	for i := 0; i < Size-1; i++ {
		min := i
		for j := i + 1; j < Size; j++ {
			if d[j] < d[min] {
				min = j
			}
		}
		if min != i {
			d[i], d[min] = d[min], d[i]
			swaps++
		}
	}
	return d, swaps
}

func quickSort(d *Data, lo, hi int, depth *int, level int) {
	if level > *depth {
		*depth = level
	}
	if lo >= hi {
		return
	}
	pivot := d[(lo+hi)/2]
	i, j := lo, hi
	for i <= j {
		for d[i] < pivot {
			i++
		}
		for d[j] > pivot {
			j--
		}
		if i <= j {
			d[i], d[j] = d[j], d[i]
			i++
			j--
		}
	}
	quickSort(d, lo, j, depth, level+1)
	quickSort(d, i, hi, depth, level+1)
}

func siftDown(d *Data, root, end int) {
	for {
		child := 2*root + 1
		if child > end {
			return
		}
		if child+1 <= end && d[child] < d[child+1] {
			child++
		}
		if d[root] >= d[child] {
			return
		}
		d[root], d[child] = d[child], d[root]
		root = child
	}
}

func heapSort(d Data) Data {
	for start := (Size - 2) / 2; start >= 0; start-- {
		siftDown(&d, start, Size-1)
	}
	for end := Size - 1; end > 0; end-- {
		d[0], d[end] = d[end], d[0]
		siftDown(&d, 0, end-1)
	}
	return d
}

func mergeSort(d *Data, tmp *Data, lo, hi int) {
	if hi-lo < 2 {
		return
	}
	mid := (lo + hi) / 2
	mergeSort(d, tmp, lo, mid)
	mergeSort(d, tmp, mid, hi)
	i, j, k := lo, mid, lo
	for i < mid && j < hi {
		if d[i] <= d[j] {
			tmp[k] = d[i]
			i++
		} else {
			tmp[k] = d[j]
			j++
		}
		k++
	}
	for ; i < mid; i++ {
		tmp[k] = d[i]
		k++
	}
	for ; j < hi; j++ {
		tmp[k] = d[j]
		k++
	}
	for k = lo; k < hi; k++ {
		d[k] = tmp[k]
	}
}

// search returns the index of v in sorted d and the number of probes, or -1.
func search(d *Data, v int32) (index, probes int) {
	lo, hi := 0, Size-1
	for lo <= hi {
		probes++
		mid := lo + (hi-lo)/2
		switch {
		case d[mid] == v:
			for mid > 0 && d[mid-1] == v {
				mid--
			}
			return mid, probes
		case d[mid] < v:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1, probes
}

func stats(d *Data) (min, max int32, mean float64, median float64) {
	min, max = d[0], d[Size-1]
	var sum int64
	for i := 0; i < Size; i++ {
		sum += int64(d[i])
	}
	mean = float64(sum) / Size
	median = float64(d[Size/2-1]+d[Size/2]) / 2
	return
}

func main() {
	var orig Data
	fill(&orig, 2463534242)
	println("unsorted checksum", checksum(&orig), "sorted:", isSorted(&orig))
	print("first values:")
	for i := 0; i < 8; i++ {
		print(" ", orig[i])
	}
	println()

	a, moves := insertionSort(orig)
	println("insertion", isSorted(&a), "moves", moves, checksum(&a))
	b, swaps := selectionSort(orig)
	println("selection", isSorted(&b), "swaps", swaps, b == a)
	c := orig
	depth := 0
	quickSort(&c, 0, Size-1, &depth, 1)
	println("quick", isSorted(&c), "depth", depth, c == a)
	h := heapSort(orig)
	println("heap", isSorted(&h), h == a)
	m := orig
	var tmp Data
	mergeSort(&m, &tmp, 0, Size)
	println("merge", isSorted(&m), m == a)
	println("original untouched:", orig[0] != a[0] || orig == a, isSorted(&orig))

	min, max, mean, median := stats(&a)
	println("min", min, "max", max, "mean", mean, "median", median)
	targets := [5]int32{a[0], a[Size-1], a[Size/3], 1001, -1001}
	for i := 0; i < len(targets); i++ {
		idx, probes := search(&a, targets[i])
		println("search", targets[i], "->", idx, "probes", probes)
	}
	dups := 0
	for i := 1; i < Size; i++ {
		if a[i] == a[i-1] {
			dups++
		}
	}
	println("duplicates", dups)
	var rev Data
	for i := 0; i < Size; i++ {
		rev[i] = int32(Size - i)
	}
	r2, moves2 := insertionSort(rev)
	println("reversed input: moves", moves2, "sorted", isSorted(&r2), r2[0], r2[Size-1])
}
