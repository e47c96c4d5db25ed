package strconv

const (
	lowerhex = "0123456789abcdef"
	upperhex = "0123456789ABCDEF"
)

// Binary to decimal conversion of floating-point numbers.
//
// The digits come from one of three algorithms: Dragonbox (ftoa_short.go)
// for the shortest representation that parses back exactly; a 128-bit
// scaled product (ftoa_fixed.go) for up to 18 digits of fixed precision;
// exact multiprecision decimal arithmetic (decimal.go) for more.  The layout
// (%e, %f, %g, %b, %x) is done here.

type floatInfo struct {
	mantbits uint
	expbits  uint
	bias     int
}

var (
	float32info = floatInfo{23, 8, -127}
	float64info = floatInfo{52, 11, -1023}
)

// digitSet is a run of decimal digits d[:nd] with the decimal point dp
// digits from its start: 0.d × 10**dp.
type digitSet struct {
	d      []byte
	nd, dp int
}

// FormatFloat converts f to a string in format fmt ('b', 'e', 'E', 'f',
// 'g', 'G', 'x' or 'X') with precision prec, assuming f came from a
// floating-point value of bitSize bits (32 or 64).  Precision -1 means the
// fewest digits that ParseFloat turns back into f exactly.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(genericFtoa(make([]byte, 0, max(prec+4, 24)), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt *floatInfo
	switch bitSize {
	case 32:
		bits = uint64(float32bits(float32(val)))
		flt = &float32info
	case 64:
		bits = float64bits(val)
		flt = &float64info
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}

	neg := bits>>(flt.expbits+flt.mantbits) != 0
	exp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (uint64(1)<<flt.mantbits - 1)
	denorm := false
	switch exp {
	case 1<<flt.expbits - 1:
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++ // subnormal: no implicit bit
		denorm = true
	default:
		mant |= uint64(1) << flt.mantbits
	}
	exp += flt.bias
	// Now the value is mant × 2**(exp - mantbits).

	if fmt == 'b' {
		return fmtB(dst, neg, mant, exp, flt)
	}
	if fmt == 'x' || fmt == 'X' {
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	}

	shortest := prec < 0
	var digs digitSet
	if mant == 0 {
		return formatDigits(dst, shortest, neg, digs, prec, fmt)
	}
	if shortest {
		var buf [32]byte
		digs.d = buf[:]
		shortestDigits(&digs, mant, exp-int(flt.mantbits), denorm, bitSize)
		switch fmt {
		case 'e', 'E':
			prec = max(digs.nd-1, 0)
		case 'f':
			prec = max(digs.nd-digs.dp, 0)
		case 'g', 'G':
			prec = digs.nd
		}
		return formatDigits(dst, shortest, neg, digs, prec, fmt)
	}

	// A fixed number of digits.
	n := prec
	switch fmt {
	case 'f':
		// prec counts digits after the point: bound the total digits.
		if exp >= 0 {
			n = 1 + mulLog10_2(1+exp) + prec
		} else {
			n = 1 + prec - mulLog10_2(-exp)
		}
	case 'e', 'E':
		n++
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		n = prec
	default:
		n = 1
	}
	if n <= 18 {
		// n <= 0 happens for %f of tiny numbers: all the digits are zero.
		if n > 0 {
			var buf [24]byte
			digs.d = buf[:]
			fixedDigits(&digs, mant, exp-int(flt.mantbits), n, prec, fmt)
		}
		return formatDigits(dst, false, neg, digs, prec, fmt)
	}
	return bigFtoa(dst, prec, fmt, neg, mant, exp, flt)
}

// bigFtoa formats with exact decimal arithmetic: the digits of mant ×
// 2**(exp-mantbits), rounded half to even at the requested place.
func bigFtoa(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	d := new(decimal)
	d.Assign(mant)
	d.Shift(exp - int(flt.mantbits))
	switch fmt {
	case 'e', 'E':
		d.Round(prec + 1)
	case 'f':
		d.Round(d.dp + prec)
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		d.Round(prec)
	}
	digs := digitSet{d: d.d[:], nd: d.nd, dp: d.dp}
	return formatDigits(dst, false, neg, digs, prec, fmt)
}

func formatDigits(dst []byte, shortest bool, neg bool, digs digitSet, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, digs, prec, fmt)
	case 'f':
		return fmtF(dst, neg, digs, prec)
	case 'g', 'G':
		// %e is used when the exponent is below -4 or at least the
		// precision (6 for the shortest form); trailing zeros go.
		eprec := prec
		if eprec > digs.nd && digs.nd >= digs.dp {
			eprec = digs.nd
		}
		if shortest {
			eprec = 6
		}
		exp := digs.dp - 1
		if exp < -4 || exp >= eprec {
			if prec > digs.nd {
				prec = digs.nd
			}
			return fmtE(dst, neg, digs, prec-1, fmt+'e'-'g')
		}
		if prec > digs.dp {
			prec = digs.nd
		}
		return fmtF(dst, neg, digs, max(prec-digs.dp, 0))
	}
	return append(dst, '%', fmt)
}

// fmtE formats -d.ddddde±dd.
func fmtE(dst []byte, neg bool, d digitSet, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	first := byte('0')
	if d.nd != 0 {
		first = d.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		i := 1
		m := min(d.nd, prec+1)
		if i < m {
			dst = append(dst, d.d[i:m]...)
			i = m
		}
		for ; i <= prec; i++ {
			dst = append(dst, '0')
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0 // zero has exponent 0
	}
	sign := byte('+')
	if exp < 0 {
		sign = '-'
		exp = -exp
	}
	dst = append(dst, sign)
	switch {
	case exp < 10:
		return append(dst, '0', byte(exp)+'0')
	case exp < 100:
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0')
}

// fmtF formats -ddddddd.ddddd.
func fmtF(dst []byte, neg bool, d digitSet, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		m := min(d.nd, d.dp)
		dst = append(dst, d.d[:m]...)
		for ; m < d.dp; m++ {
			dst = append(dst, '0')
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			c := byte('0')
			if j := d.dp + i; 0 <= j && j < d.nd {
				c = d.d[j]
			}
			dst = append(dst, c)
		}
	}
	return dst
}

// fmtB formats -ddddp±ddd: the integer significand and binary exponent.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// fmtX formats -0x1.yyyyyyp±ddd (or -0x0p+00 for zero), with prec hex
// digits after the point (all that are needed if prec < 0).
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if mant == 0 {
		exp = 0
	}
	// Put the leading one (if any) at bit 60.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	// Round to prec hex digits, half to even.
	if prec >= 0 && prec < 15 {
		sh := uint(prec * 4)
		rest := (mant << sh) & (1<<60 - 1)
		mant >>= 60 - sh
		if rest|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - sh
		if mant&(1<<61) != 0 {
			// Carried into a new leading digit.
			mant >>= 1
			exp++
		}
	}
	hex := lowerhex
	if fmt == 'X' {
		hex = upperhex
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte((mant>>60)&1))
	mant <<= 4 // drop the leading digit
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	}
	p := byte('P')
	if fmt == lower(fmt) {
		p = 'p'
	}
	dst = append(dst, p)
	sign := byte('+')
	if exp < 0 {
		sign = '-'
		exp = -exp
	}
	dst = append(dst, sign)
	switch {
	case exp < 100:
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	case exp < 1000:
		return append(dst, byte(exp/100)+'0', byte((exp/10)%10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/1000)+'0', byte(exp/100)%10+'0', byte((exp/10)%10)+'0', byte(exp%10)+'0')
}

// mulLog10_2 returns floor(x × log10(2)) for -1600 <= x <= 1600.
func mulLog10_2(x int) int { return (x * 78913) >> 18 }

// mulLog2_10 returns floor(x × log2(10)) for -500 <= x <= 500.
func mulLog2_10(x int) int { return (x * 108853) >> 15 }

// A uint128 is a 128-bit unsigned integer.
type uint128 struct {
	Hi, Lo uint64
}

// pow10 returns the 128-bit significand and the binary exponent of 10**e:
// 10**e = mant/2**128 × 2**exp.  ok is false when e is out of the table.
func pow10(e int) (mant uint128, exp int, ok bool) {
	if e < pow10Min || e > pow10Max {
		return
	}
	return pow10Tab[e-pow10Min], 1 + mulLog2_10(e), true
}
