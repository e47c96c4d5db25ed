// Now carries a monotonic reading: Since, Until, Sub, Before, After and Equal agree with elapsed time.
package main

import "time"

func main() {
	t0 := time.Now()
	time.Sleep(15 * time.Millisecond)
	t1 := time.Now()
	d := t1.Sub(t0)
	println(d >= 15*time.Millisecond, d < 10*time.Second)
	println(t1.After(t0), t0.Before(t1), t0.Equal(t0), t1.Equal(t0), t0.Compare(t1), t1.Compare(t0), t0.Compare(t0))
	println(time.Since(t0) >= d, time.Until(t0) < 0, time.Until(t1.Add(time.Hour)) > 59*time.Minute)
	println(t0.Add(d).Equal(t1), t1.Add(-d).Equal(t0))
	u := t0.UTC()
	println(u.Equal(t0), t0.Round(0).Equal(t0))
	println(t1.Unix()-t0.Unix() <= 1, t1.UnixNano() > t0.UnixNano(), t0.UnixMilli() <= t1.UnixMilli())
	var zero time.Time
	println(zero.IsZero(), t0.IsZero(), zero.Before(t0))
}
