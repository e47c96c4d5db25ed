package math

// The error functions, after FreeBSD's s_erf.c (Sun Microsystems): a
// rational approximation on each of the intervals [0, 0.84375),
// [0.84375, 1.25), [1.25, 1/0.35) and [1/0.35, 28), the last two through
// exp(-x²-0.5625)·exp(R/S) with x split for accuracy.  Erfinv is from
// Giles's single-precision-style rational approximations (AS241).

// horner evaluates the polynomial with coefficients c (highest degree
// first) at x: ((c[0]*x + c[1])*x + c[2])...
func horner(x float64, c []float64) float64 {
	p := c[0]
	for _, k := range c[1:] {
		p = p*x + k
	}
	return p
}

const erx = 8.45062911510467529297e-01 // erf(1) rounded to 24 bits

// Coefficients, highest degree first.
var (
	// erf(x)/x ≈ 1 + pp(x²)/qq(x²) on [0, 0.84375)
	erfPP = []float64{
		-2.37630166566501626084e-05, -5.77027029648944159157e-03, -2.84817495755985104766e-02,
		-3.25042107247001499370e-01, 1.28379167095512558561e-01,
	}
	erfQQ = []float64{
		-3.96022827877536812320e-06, 1.32494738004321644526e-04, 5.08130628187576562776e-03,
		6.50222499887672944485e-02, 3.97917223959155352819e-01, 1,
	}
	// erf(x) ≈ erx + pa(x-1)/qa(x-1) on [0.84375, 1.25)
	erfPA = []float64{
		-2.16637559486879084300e-03, 3.54783043256182359371e-02, -1.10894694282396677476e-01,
		3.18346619901161753674e-01, -3.72207876035701323847e-01, 4.14856118683748331666e-01,
		-2.36211856075265944077e-03,
	}
	erfQA = []float64{
		1.19844998467991074170e-02, 1.36370839120290507362e-02, 1.26171219808761642112e-01,
		7.18286544141962662868e-02, 5.40397917702171048937e-01, 1.06420880400844228286e-01, 1,
	}
	// erfc(x)·x·exp(x²+0.5625) ≈ ra(1/x²)/sa(1/x²) on [1.25, 1/0.35)
	erfRA = []float64{
		-9.81432934416914548592e+00, -8.12874355063065934246e+01, -1.84605092906711035994e+02,
		-1.62396669462573470355e+02, -6.23753324503260060396e+01, -1.05586262253232909814e+01,
		-6.93858572707181764372e-01, -9.86494403484714822705e-03,
	}
	erfSA = []float64{
		-6.04244152148580987438e-02, 6.57024977031928170135e+00, 1.08635005541779435134e+02,
		4.29008140027567833386e+02, 6.45387271733267880336e+02, 4.34565877475229228821e+02,
		1.37657754143519042600e+02, 1.96512716674392571292e+01, 1,
	}
	// ... and rb/sb on [1/0.35, 28)
	erfRB = []float64{
		-4.83519191608651397019e+02, -1.02509513161107724954e+03, -6.37566443368389627722e+02,
		-1.60636384855821916062e+02, -1.77579549177547519889e+01, -7.99283237680523006574e-01,
		-9.86494292470009928597e-03,
	}
	erfSB = []float64{
		-2.24409524465858183362e+01, 4.74528541206955367215e+02, 2.55305040643316442583e+03,
		3.19985821950859553908e+03, 1.53672958608443695994e+03, 3.25792512996573918826e+02,
		3.03380607434824582924e+01, 1,
	}
)

// erfcTail returns erfc(x)·x for 1.25 <= x < 28 (before the division by
// x), the common part of Erf and Erfc.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var R, S float64
	if x < 1/0.35 {
		R, S = horner(s, erfRA), horner(s, erfSA)
	} else {
		R, S = horner(s, erfRB), horner(s, erfSB)
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000) // x to 20 bits
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+R/S)
}

// Erf returns the error function of x.
func Erf(x float64) float64 { return erf(x) }

func erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)
		efx      = 1.28379167095512586316e-01
		efx8     = 1.02703333676410069053e+00
	)
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var r float64
	switch {
	case x < 0.84375:
		switch {
		case x < veryTiny:
			r = 0.125 * (8.0*x + efx8*x) // avoids underflow
		case x < small:
			r = x + efx*x
		default:
			z := x * x
			r = x + x*(horner(z, erfPP)/horner(z, erfQQ))
		}
	case x < 1.25:
		s := x - 1
		p := horner(s, erfPA) / horner(s, erfQA)
		if neg {
			return -erx - p
		}
		return erx + p
	case x >= 6:
		r = 1
	default:
		t := erfcTail(x) / x
		if neg {
			return t - 1
		}
		return 1 - t
	}
	if neg {
		return -r
	}
	return r
}

// Erfc returns the complementary error function of x, 1 - Erf(x).
func Erfc(x float64) float64 { return erfc(x) }

func erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56)
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	switch {
	case x < 0.84375:
		var t float64
		if x < tiny {
			t = x
		} else {
			z := x * x
			y := horner(z, erfPP) / horner(z, erfQQ)
			if x < 0.25 {
				t = x + x*y
			} else {
				t = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	case x < 1.25:
		s := x - 1
		p := horner(s, erfPA) / horner(s, erfQA)
		if neg {
			return 1 + erx + p
		}
		return 1 - erx - p
	case x < 28:
		if neg && x > 6 {
			return 2
		}
		r := erfcTail(x)
		if neg {
			return 2 - r/x
		}
		return r / x
	}
	if neg {
		return 2
	}
	return 0
}

var (
	erfinvA = []float64{
		8.8709406962545514830200e2, 1.1819493347062294404278e4, 2.3782041382114385731252e4,
		1.6235862515167575384252e4, 4.8548868893843886794648e3, 6.9706266534389598238465e2,
		4.7072688112383978012285e1, 1.1975323115670912564578e0,
	}
	erfinvB = []float64{
		5.2264952788528545610e3, 2.8729085735721942674e4, 3.9307895800092710610e4,
		2.1213794301586595867e4, 5.3941960214247511077e3, 6.8718700749205790830e2,
		4.2313330701600911252e1, 1.0000000000000000000e0,
	}
	erfinvC = []float64{
		7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
		1.27045825245236838258e0, 3.64784832476320460504e0, 5.76949722146069140550e0,
		4.63033784615654529590e0, 1.42343711074968357734e0,
	}
	erfinvD = []float64{
		1.4859850019840355905497876e-9, 7.7441459065157709165577218e-4, 2.1494160384252876777097297e-2,
		2.0945065210512749128288442e-1, 9.7547832001787427186894837e-1, 2.3707661626024532365971225e0,
		2.9036514445419946173133295e0, 1.4142135623730950488016887e0,
	}
	erfinvE = []float64{
		2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
		2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e0,
		5.46378491116411436990e0, 6.65790464350110377720e0,
	}
	erfinvF = []float64{
		2.891024605872965461538222e-15, 2.010321207683943062279931e-7, 2.611088405080593625138020e-5,
		1.112800997078859844711555e-3, 2.103693768272068968719679e-2, 1.936480946950659106176712e-1,
		8.482908416595164588112026e-1, 1.414213562373095048801689e0,
	}
)

// Erfinv returns the inverse error function of x: ±Inf at ±1, NaN
// outside [-1, 1].
func Erfinv(x float64) float64 {
	if x != x || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var r float64
	if x <= 0.85 {
		t := 0.180625 - 0.25*x*x
		r = (x * horner(t, erfinvA)) / horner(t, erfinvB)
	} else {
		t := Sqrt(Ln2 - Log(1.0-x))
		if t <= 5.0 {
			t -= 1.6
			r = horner(t, erfinvC) / horner(t, erfinvD)
		} else {
			t -= 5.0
			r = horner(t, erfinvE) / horner(t, erfinvF)
		}
	}
	if neg {
		return -r
	}
	return r
}

// Erfcinv returns the inverse of Erfc: Erfinv(1 - x).
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }
