package math

// Bessel functions of the first and second kinds, after FreeBSD's e_j0.c,
// e_j1.c and e_jn.c: rational approximations for |x| < 2; for |x| >= 2
// the asymptotic form sqrt(2/(πx))·(P(x)·cos(..) - Q(x)·sin(..)), with
// P and Q rational in 1/x² on four ranges of x; forward or backward
// recurrence for order n.

// besselAsym holds P or Q for J0/Y0 or J1/Y1: numerator and denominator
// coefficients (highest degree first, in 1/x²) for x >= 8, x >= 4.5454,
// x >= 2.8571 and x >= 2.
type besselAsym struct {
	num, den [4][]float64
}

// ratio returns the numerator and denominator at x >= 2.
func (a *besselAsym) ratio(x float64) (r, s float64) {
	i := 3
	switch {
	case x >= 8:
		i = 0
	case x >= 4.5454:
		i = 1
	case x >= 2.8571:
		i = 2
	}
	z := 1 / (x * x)
	return horner(z, a.num[i]), horner(z, a.den[i])
}

func pzero(x float64) float64 {
	r, s := asymP0.ratio(x)
	return 1 + r/s
}

func qzero(x float64) float64 {
	r, s := asymQ0.ratio(x)
	return (-0.125 + r/s) / x
}

func pone(x float64) float64 {
	r, s := asymP1.ratio(x)
	return 1 + r/s
}

func qone(x float64) float64 {
	r, s := asymQ1.ratio(x)
	return (0.375 + r/s) / x
}

// besselPhase returns the ss and cc of the asymptotic forms of order 0
// (sin x ∓ cos x, computed without cancellation).
func besselPhase0(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss = s - c
	cc = s + c
	if x < MaxFloat64/2 {
		z := -Cos(x + x)
		if s*c < 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

// besselPhase1 is besselPhase0 for order 1.
func besselPhase1(x float64) (ss, cc float64) {
	s, c := Sincos(x)
	ss = -s - c
	cc = s - c
	if x < MaxFloat64/2 {
		z := Cos(x + x)
		if s*c > 0 {
			cc = z / ss
		} else {
			ss = z / cc
		}
	}
	return ss, cc
}

const two129 = 1 << 129

var (
	j0R = []float64{-4.61832688532103189199e-09, 1.82954049532700665670e-06, -1.89979294238854721751e-04, 1.56249999999999947958e-02}
	j0S = []float64{1.16614003333790000205e-09, 5.13546550207318111446e-07, 1.16926784663337450260e-04, 1.56191029464890010492e-02, 1}
	y0U = []float64{-3.98205194132103398453e-11, 1.95590137035022920206e-08, -3.81407053724364161125e-06, 3.47453432093683650238e-04,
		-1.38185671945596898896e-02, 1.76666452509181115538e-01, -7.38042951086872317523e-02}
	y0V = []float64{4.41110311332675467403e-10, 2.59150851840457805467e-07, 7.60068627350353253702e-05, 1.27304834834123699328e-02, 1}
	j1R = []float64{4.96727999609584448412e-08, -1.59955631084035597520e-05, 1.40705666955189706048e-03, -6.25000000000000000000e-02}
	j1S = []float64{1.23542274426137913908e-11, 5.04636257076217042715e-09, 1.17718464042623683263e-06, 1.85946785588630915560e-04,
		1.91537599538363460805e-02, 1.0}
	y1U = []float64{-9.19099158039878874504e-08, 2.35252600561610495928e-05, -1.91256895875763547298e-03, 5.04438716639811282616e-02,
		-1.96057090646238940668e-01}
	y1V = []float64{1.66559246207992079114e-11, 6.22741452364621501295e-09, 1.35608801097516229404e-06, 2.02552581025135171496e-04,
		1.99167318236649903973e-02, 1}
)

// J0 returns the order-zero Bessel function of the first kind.
func J0(x float64) float64 {
	const (
		twoM27 = 1.0 / (1 << 27)
		twoM13 = 1.0 / (1 << 13)
	)
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		ss, cc := besselPhase0(x)
		if x > two129 {
			return (1 / SqrtPi) * cc / Sqrt(x)
		}
		u, v := pzero(x), qzero(x)
		return (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
	}
	if x < twoM13 {
		if x < twoM27 {
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * horner(z, j0R)
	s := horner(z, j0S)
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

// Y0 returns the order-zero Bessel function of the second kind.
func Y0(x float64) float64 {
	const twoM27 = 1.0 / (1 << 27)
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := besselPhase0(x)
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u, v := pzero(x), qzero(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= twoM27 {
		return y0U[len(y0U)-1] + (2/Pi)*Log(x)
	}
	z := x * x
	u := horner(z, y0U)
	v := horner(z, y0V)
	return u/v + (2/Pi)*J0(x)*Log(x)
}

// J1 returns the order-one Bessel function of the first kind.
func J1(x float64) float64 {
	const twoM27 = 1.0 / (1 << 27)
	switch {
	case x != x:
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var z float64
	switch {
	case x >= 2:
		ss, cc := besselPhase1(x)
		if x > two129 {
			z = (1 / SqrtPi) * cc / Sqrt(x)
		} else {
			u, v := pone(x), qone(x)
			z = (1 / SqrtPi) * (u*cc - v*ss) / Sqrt(x)
		}
	case x < twoM27:
		return 0.5 * x
	default:
		z = x * x
		r := z * horner(z, j1R)
		s := horner(z, j1S)
		r *= x
		z = 0.5*x + r/s
	}
	if neg {
		return -z
	}
	return z
}

// Y1 returns the order-one Bessel function of the second kind.
func Y1(x float64) float64 {
	const twoM54 = 1.0 / (1 << 54)
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		ss, cc := besselPhase1(x)
		if x > two129 {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		u, v := pone(x), qone(x)
		return (1 / SqrtPi) * (u*ss + v*cc) / Sqrt(x)
	}
	if x <= twoM54 {
		return -(2 / Pi) / x
	}
	z := x * x
	u := horner(z, y1U)
	v := horner(z, y1V)
	return x*(u/v) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// Jn returns the order-n Bessel function of the first kind.
func Jn(n int, x float64) float64 {
	const (
		twoM29 = 1.0 / (1 << 29)
		two302 = 1 << 302
	)
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1 // odd order, negative x
	}
	var b float64
	switch {
	case float64(n) <= x && x >= two302:
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = c + s
		case 1:
			t = -c + s
		case 2:
			t = -c - s
		case 3:
			t = c - s
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	case float64(n) <= x:
		// Forward recurrence is stable here.
		b = J1(x)
		for i, a := 1, J0(x); i < n; i++ {
			a, b = b, b*(float64(i+i)/x)-a
		}
	case x < twoM29:
		// The first term of the series: (x/2)**n / n!.
		if n > 33 {
			b = 0 // underflows
		} else {
			half := x * 0.5
			b = half
			a := 1.0
			for i := 2; i <= n; i++ {
				a *= float64(i)
				b *= half
			}
			b /= a
		}
	default:
		b = jnBackward(n, x)
	}
	if neg {
		return -b
	}
	return b
}

// jnBackward computes Jn(n, x) for 0 < x < n by backward recurrence from
// a starting order found with a continued fraction, normalised by J0.
func jnBackward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0 := w
	z := w + h
	q1 := w*z - 1
	k := 1
	for q1 < 1e9 {
		k++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	m := n + n
	t := 0.0
	for i := 2 * (n + k); i >= m; i -= 2 {
		t = 1 / (float64(i)/x - t)
	}
	a := t
	b := 1.0
	// Rescale during the recurrence only where it could overflow.
	tmp := float64(n)
	v := 2 / x
	tmp = tmp * Log(Abs(v*tmp))
	if tmp < 7.09782712893383973096e+02 {
		for i := n - 1; i > 0; i-- {
			di := float64(i + i)
			a, b = b, b*di/x-a
		}
	} else {
		for i := n - 1; i > 0; i-- {
			di := float64(i + i)
			a, b = b, b*di/x-a
			if b > 1e100 {
				a /= b
				t /= b
				b = 1
			}
		}
	}
	return t * J0(x) / b
}

// Yn returns the order-n Bessel function of the second kind.
func Yn(n int, x float64) float64 {
	const two302 = 1 << 302
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	if n == 1 {
		if neg {
			return -Y1(x)
		}
		return Y1(x)
	}
	var b float64
	if x >= two302 {
		s, c := Sincos(x)
		var t float64
		switch n & 3 {
		case 0:
			t = s - c
		case 1:
			t = -s - c
		case 2:
			t = -s + c
		case 3:
			t = s + c
		}
		b = (1 / SqrtPi) * t / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}

// The coefficients of P and Q (FreeBSD's pR8, pS8, ... qS2 for orders 0
// and 1).

var asymP0 = besselAsym{
	num: [4][]float64{
		{-5.25304380490729545272e+03, -2.48521641009428822144e+03, -2.57063105679704847262e+02, -8.08167041275349795626e+00, -7.03124999999900357484e-02, 0.00000000000000000000e+00},
		{-3.46433388365604912451e+02, -3.31231299649172967747e+02, -6.76747652265167261021e+01, -4.15961064470587782438e+00, -7.03124940873599280078e-02, -1.14125464691894502584e-11},
		{-3.14479470594888503854e+01, -5.80791704701737572236e+01, -2.19659774734883086467e+01, -2.40903221549529611423e+00, -7.03119616381481654654e-02, -2.54704601771951915620e-09},
		{-3.23364579351335335033e+00, -1.11931668860356747786e+01, -7.63569613823527770791e+00, -1.45073846780952986357e+00, -7.03030995483624743247e-02, -8.87534333032526411254e-08},
	},
	den: [4][]float64{
		{4.76277284146730962675e+04, 1.16752972564375915681e+05, 4.05978572648472545552e+04, 3.83374475364121826715e+03, 1.16534364619668181717e+02, 1},
		{2.40605815922939109441e+03, 9.62544514357774460223e+03, 5.97897094333855784498e+03, 1.05125230595704579173e+03, 6.07539382692300335975e+01, 1},
		{1.73580930813335754692e+02, 1.12799679856907414432e+03, 1.19360783792111533330e+03, 3.61513983050303863820e+02, 3.58560338055209726349e+01, 1},
		{1.46576176948256193810e+01, 1.53875394208320329881e+02, 2.70470278658083486789e+02, 1.36206794218215208048e+02, 2.22202997532088808441e+01, 1},
	},
}

var asymQ0 = besselAsym{
	num: [4][]float64{
		{3.70146267776887834771e+04, 8.85919720756468632317e+03, 5.57673380256401856059e+02, 1.17682064682252693899e+01, 7.32421874999935051953e-02, 0.00000000000000000000e+00},
		{1.98997785864605384631e+03, 1.02724376596164097464e+03, 1.35111577286449829671e+02, 5.83563508962056953777e+00, 7.32421766612684765896e-02, 1.84085963594515531381e-11},
		{1.66733948696651168575e+02, 1.70808091340565596283e+02, 4.26218440745412650017e+01, 3.34423137516170720929e+00, 7.32411180042911447163e-02, 4.37741014089738620906e-09},
		{1.62527075710929267416e+01, 3.16662317504781540833e+01, 1.44956029347885735348e+01, 1.99819174093815998816e+00, 7.32234265963079278272e-02, 1.50444444886983272379e-07},
	},
	den: [4][]float64{
		{-3.43899293537866615225e+05, 8.40501579819060512818e+05, 8.03309257119514397345e+05, 1.42538291419120476348e+05, 8.09834494656449805916e+03, 1.63776026895689824414e+02, 1},
		{-5.35434275601944773371e+03, 3.59767538425114471465e+04, 5.67511122894947329769e+04, 1.88472887785718085070e+04, 2.07781416421392987104e+03, 8.27766102236537761883e+01, 1},
		{-1.49247451836156386662e+02, 2.51633368920368957333e+03, 6.46042516752568917582e+03, 3.70414822620111362994e+03, 7.09689221056606015736e+02, 4.87588729724587182091e+01, 1},
		{-5.31095493882666946917e+00, 2.12666388511798828631e+02, 8.82935845112488550512e+02, 8.44783757595320139444e+02, 2.69348118608049844624e+02, 3.03655848355219184498e+01, 1},
	},
}

var asymP1 = besselAsym{
	num: [4][]float64{
		{7.91447954031891731574e+03, 3.87474538913960532227e+03, 4.12051854307378562225e+02, 1.32394806593073575129e+01, 1.17187499999988647970e-01, 0.00000000000000000000e+00},
		{5.28715201363337541807e+02, 5.17636139533199752805e+02, 1.08308182990189109773e+02, 6.80275127868432871736e+00, 1.17187493190614097638e-01, 1.31990519556243522749e-11},
		{4.85590685197364919645e+01, 9.10550110750781271918e+01, 3.51194035591636932736e+01, 3.93297750033315640650e+00, 1.17186865567253592491e-01, 3.02503916137373618024e-09},
		{5.07352312588818499250e+00, 1.76939711271687727390e+01, 1.22426109148261232917e+01, 2.36851496667608785174e+00, 1.17176219462683348094e-01, 1.07710830106873743082e-07},
	},
	den: [4][]float64{
		{3.08042720627888811578e+04, 9.76027935934950801311e+04, 3.69562060269033463555e+04, 3.65093083420853463394e+03, 1.14207370375678408436e+02, 1},
		{1.50404688810361062679e+03, 7.84469031749551231769e+03, 5.35326695291487976647e+03, 9.91401418733614377743e+02, 5.92805987221131331921e+01, 1},
		{1.03787932439639277504e+02, 8.90811346398256432622e+02, 1.04687139975775130551e+03, 3.36762458747825746741e+02, 3.47913095001251519989e+01, 1},
		{8.36463893371618283368e+00, 1.17679373287147100768e+02, 2.32276469057162813669e+02, 1.25290227168402751090e+02, 2.14364859363821409488e+01, 1},
	},
}

var asymQ1 = besselAsym{
	num: [4][]float64{
		{-4.84385124285750353010e+04, -1.18498066702429587167e+04, -7.59601722513950107896e+02, -1.62717534544589987888e+01, -1.02539062499992714161e-01, 0.00000000000000000000e+00},
		{-2.61244440453215656817e+03, -1.37319376065508163265e+03, -1.83669607474888380239e+02, -8.05644828123936029840e+00, -1.02539050241375426231e-01, -2.08979931141764104297e-11},
		{-2.19210128478909325622e+02, -2.28244540737631695038e+02, -5.78472216562783643212e+01, -4.61011581139473403113e+00, -1.02537829820837089745e-01, -5.07831226461766561369e-09},
		{-2.13719211703704061733e+01, -4.23253133372830490089e+01, -1.96636162643703720221e+01, -2.75220568278187460720e+00, -1.02517042607985553460e-01, -1.78381727510958865572e-07},
	},
	den: [4][]float64{
		{-2.94490264303834643215e+05, 6.66601232617776375264e+05, 7.19657723683240939863e+05, 1.33875336287249578163e+05, 7.82538599923348465381e+03, 1.61395369700722909556e+02, 1},
		{-4.71918354795128470869e+03, 2.79480751638918118260e+04, 4.98514270910352279316e+04, 1.74684851924908907677e+04, 1.99179873460485964642e+03, 8.12765501384335777857e+01, 1},
		{-1.35201191444307340817e+02, 1.90311919338810798763e+03, 5.54772909720722782367e+03, 3.38015286679526343505e+03, 6.73865112676699709482e+02, 4.76651550323729509273e+01, 1},
		{-4.95949898822628210127e+00, 1.55949003336666123687e+02, 7.39393205320467245656e+02, 7.57502834868645436472e+02, 2.52981549982190529136e+02, 2.95333629060523854548e+01, 1},
	},
}
