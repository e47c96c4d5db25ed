package strconv

// A decimal is an exact decimal number 0.d[0]d[1]...d[nd-1] × 10**dp,
// with room for 800 digits: enough for the exact value of any float64
// (whose longest expansion has 767 significant digits).  It is the slow
// but always exact path of both FormatFloat and ParseFloat.
type decimal struct {
	d     [800]byte // ASCII digits, most significant first
	nd    int       // digits in use
	dp    int       // position of the decimal point
	neg   bool
	trunc bool // nonzero digits were dropped beyond d[:nd]
}

// trimZeros drops trailing zero digits (zero itself has dp 0).
func (a *decimal) trimZeros() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// Assign sets a to the integer v.
func (a *decimal) Assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		q := v / 10
		buf[n] = byte(v - 10*q + '0')
		n++
		v = q
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trimZeros()
}

// The largest shift done in one pass: the running value n*10+9 must not
// overflow a uint.
const maxShift = 64 - 4

// shiftRight divides a by 2**k, k <= maxShift, by long division.
func (a *decimal) shiftRight(k uint) {
	r, w := 0, 0
	var n uint
	// Read digits until the value is at least 2**k.
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0 // a was zero
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint(a.d[r]) - '0'
	}
	a.dp -= r - 1
	mask := uint(1)<<k - 1
	// Each further digit in gives one digit out.
	for ; r < a.nd; r++ {
		c := uint(a.d[r])
		a.d[w] = byte(n>>k + '0')
		w++
		n = n&mask*10 + c - '0'
	}
	// Then the remainder's digits.
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig + '0')
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n *= 10
	}
	a.nd = w
	a.trimZeros()
}

// shiftLeft multiplies a by 2**k, k <= maxShift, from the last digit up.
func (a *decimal) shiftLeft(k uint) {
	// The product has at most nd + 19 digits; build it backwards in a
	// scratch buffer, then keep what fits.
	var tmp [800 + 20]byte
	w := len(tmp)
	var carry uint
	for r := a.nd - 1; r >= 0; r-- {
		carry += (uint(a.d[r]) - '0') << k
		q := carry / 10
		w--
		tmp[w] = byte(carry - 10*q + '0')
		carry = q
	}
	for carry > 0 {
		q := carry / 10
		w--
		tmp[w] = byte(carry - 10*q + '0')
		carry = q
	}
	n := len(tmp) - w
	a.dp += n - a.nd
	if n > len(a.d) {
		for _, c := range tmp[w+len(a.d):] {
			if c != '0' {
				a.trunc = true
			}
		}
		n = len(a.d)
	}
	copy(a.d[:n], tmp[w:w+n])
	a.nd = n
	a.trimZeros()
}

// Shift multiplies a by 2**k (divides for negative k).
func (a *decimal) Shift(k int) {
	switch {
	case a.nd == 0:
	case k > 0:
		for k > maxShift {
			a.shiftLeft(maxShift)
			k -= maxShift
		}
		a.shiftLeft(uint(k))
	case k < 0:
		for k < -maxShift {
			a.shiftRight(maxShift)
			k += maxShift
		}
		a.shiftRight(uint(-k))
	}
}

// roundsUp reports whether rounding a to nd digits goes up: above half,
// or exactly half with an odd digit before (or dropped digits beyond).
func (a *decimal) roundsUp(nd int) bool {
	if nd < 0 || nd >= a.nd {
		return false
	}
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 != 0
	}
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits, half to even.
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.roundsUp(nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits.
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trimZeros()
}

// RoundUp rounds a up at nd digits.
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: 0.999 → 1.0
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// roundedInteger returns a rounded to an integer (all ones on overflow).
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 1<<64 - 1
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.roundsUp(a.dp) {
		n++
	}
	return n
}
