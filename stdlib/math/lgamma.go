package math

// Lgamma follows FreeBSD's e_lgamma_r.c: rational approximations around
// the minimum of Gamma (1.4616...) and on [2, 3) after recurrence, an
// asymptotic series for x >= 8, and the reflection formula for x < 0.

var (
	lgamW = [...]float64{
		4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
		7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
		-1.63092934096575273989e-03,
	}
)

// The polynomials of Lgamma as coefficient lists for horner, highest
// degree first.
var (
	lgamA0even = []float64{2.52144565451257326939e-05, 2.20862790713908385557e-04, 1.19270763183362067845e-03, 7.38555086081402883957e-03, 6.73523010531292681824e-02, 7.72156649015328655494e-02}
	lgamA0odd  = []float64{4.48640949618915160150e-05, 1.08011567247583939954e-04, 5.10069792153511336608e-04, 2.89051383673415629091e-03, 2.05808084325167332806e-02, 3.22467033424113591611e-01}
	lgamT0     = []float64{3.15632070903625950361e-04, -1.40346469989232843813e-03, 6.10053870246291332635e-03, -3.27885410759859649565e-02, 4.83836122723810047042e-01}
	lgamT1     = []float64{-3.12754168375120860518e-04, 8.81081882437654011382e-04, -3.68452016781138256760e-03, 1.79706750811820387126e-02, -1.47587722994593911752e-01}
	lgamT2     = []float64{3.35529192635519073543e-04, -5.38595305356740546715e-04, 2.25964780900612472250e-03, -1.03142241298341437450e-02, 6.46249402391333854778e-02}
	lgamUall   = []float64{1.33810918536787660377e-02, 2.28963728064692451092e-01, 9.77717527963372745603e-01, 1.45492250137234768737e+00, 6.32827064025093366517e-01, -7.72156649015328655494e-02}
	lgamVall   = []float64{3.21709242282423911810e-03, 1.04222645593369134254e-01, 7.69285150456672783825e-01, 2.12848976379893395361e+00, 2.45597793713041134822e+00, 1.0}
	lgamSall   = []float64{3.19475326584100867617e-05, 1.84028451407337715652e-03, 2.66422703033638609560e-02, 1.46350472652464452805e-01, 3.25778796408930981787e-01, 2.14982415960608852501e-01, -7.72156649015328655494e-02}
	lgamRall   = []float64{7.32668430744625636189e-06, 7.77942496381893596434e-04, 1.86459191715652901344e-02, 1.71933865632803078993e-01, 7.21935547567138069525e-01, 1.39200533467621045958e+00, 1.0}
	lgamWtail  = []float64{-1.63092934096575273989e-03, 8.36339918996282139126e-04, -5.95187557450339963135e-04, 7.93650558643019558500e-04, -2.77777777728775536470e-03, 8.33333333333329678849e-02}
)

// Lgamma returns the natural logarithm of |Gamma(x)| and the sign of
// Gamma(x) (-1 or +1).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		yMin  = 1.461632144968362245
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
		tc    = 1.46163214496836224576e+00  // the minimum of Gamma
		tf    = -1.21486290535849611461e-01 // lgamma(tc), rounded
		tt    = -3.63867699703950536541e-18 // lgamma(tc) - tf
	)
	sign = 1
	switch {
	case x != x || IsInf(x, 0):
		return x, sign
	case x == 0:
		return Inf(1), sign
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var nadj float64
	if neg {
		if x >= two52 {
			return Inf(1), sign // a negative integer
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}

	switch {
	case x == 1 || x == 2:
		lgamma = 0
		return
	case x < 2:
		// lgamma(x) = lgamma(x+1) - log(x), expanded around 1, tc or 2.
		var y float64
		var kind int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= (yMin - 1 + 0.27):
				y, kind = 1-x, 0
			case x >= (yMin - 1 - 0.27):
				y, kind = x-(tc-1), 1
			default:
				y, kind = x, 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= (yMin + 0.27):
				y, kind = 2-x, 0
			case x >= (yMin - 0.27):
				y, kind = x-tc, 1
			default:
				y, kind = x-1, 2
			}
		}
		switch kind {
		case 0:
			z := y * y
			p1 := horner(z, lgamA0even)
			p2 := z * horner(z, lgamA0odd)
			p := y*p1 + p2
			lgamma += (p - 0.5*y)
		case 1:
			z := y * y
			w := z * y
			p1 := horner(w, lgamT0)
			p2 := horner(w, lgamT1)
			p3 := horner(w, lgamT2)
			p := z*p1 - (tt - w*(p2+y*p3))
			lgamma += (tf + p)
		case 2:
			p1 := y * horner(y, lgamUall)
			p2 := horner(y, lgamVall)
			lgamma += (-0.5*y + p1/p2)
		}
	case x < 8:
		i := int(x)
		y := x - float64(i)
		p := y * horner(y, lgamSall)
		q := horner(y, lgamRall)
		lgamma = 0.5*y + p/q
		// lgamma(x) = lgamma(y+2) + log((y+2)(y+3)...(x-1))
		z := 1.0
		for k := i - 1; k >= 2; k-- {
			z *= (y + float64(k))
		}
		if i >= 3 {
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgamW[0] + z*horner(y, lgamWtail)
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return
}

// sinPi returns -sin(πx) for x > 0, reducing x exactly first.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		// An integer: sin(πx) is ±0; only the parity matters.
		if x >= two53 {
			x = 0
			n = 0
		} else {
			if x < two52 {
				z = x + two52 // exact
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
