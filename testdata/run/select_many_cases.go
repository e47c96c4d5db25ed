// A select with many cases: each channel gets served; the total is independent of choices.
package main

func main() {
	var cs [12]chan int
	for i := range cs {
		cs[i] = make(chan int, 4)
	}
	for i := range cs {
		for j := 0; j < 4; j++ {
			cs[i] <- i
		}
	}
	sum, n := 0, 0
	for n < 48 {
		select {
		case v := <-cs[0]:
			sum += v
		case v := <-cs[1]:
			sum += v
		case v := <-cs[2]:
			sum += v
		case v := <-cs[3]:
			sum += v
		case v := <-cs[4]:
			sum += v
		case v := <-cs[5]:
			sum += v
		case v := <-cs[6]:
			sum += v
		case v := <-cs[7]:
			sum += v
		case v := <-cs[8]:
			sum += v
		case v := <-cs[9]:
			sum += v
		case v := <-cs[10]:
			sum += v
		case v := <-cs[11]:
			sum += v
		}
		n++
	}
	println(n, sum)
	for i := range cs {
		if len(cs[i]) != 0 {
			println("left over in", i)
		}
	}
}
