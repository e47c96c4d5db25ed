// Package main checks package strconv: integer and float formatting and
// parsing (every base, bit size, format and many precisions, random and
// edge-case values), quoting and unquoting, and the errors.  Results are
// hashed per group (with -v: printed).
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

type hasher struct {
	name string
	n    int
	h    uint64
}

var all []*hasher

func newHasher(name string) *hasher {
	h := &hasher{name: name, h: 14695981039346656037}
	all = append(all, h)
	return h
}

func (h *hasher) str(parts ...string) {
	h.n++
	for _, s := range parts {
		for i := 0; i < len(s); i++ {
			h.h ^= uint64(s[i])
			h.h *= 1099511628211
		}
		h.h ^= 0xff
		h.h *= 1099511628211
	}
	if verbose {
		fmt.Printf("%s %q\n", h.name, parts)
	}
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	ne, isNum := err.(*strconv.NumError)
	if !isNum {
		return "other:" + err.Error()
	}
	kind := "?"
	switch ne.Err {
	case strconv.ErrRange:
		kind = "range"
	case strconv.ErrSyntax:
		kind = "syntax"
	}
	return ne.Func + "|" + ne.Num + "|" + kind + "|" + err.Error()
}

func floats(r *rng) []float64 {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1e22, 1e23,
		123456789, 1.5, 2.5, 0.5, 0.05, 0.005, 1e-5, 1e-4, 9.5, 99.5, 999.5, 0.95, 0.995, 5e-324, 1e-323,
		2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1 << 53, 1<<53 + 2, 1 << 60, 1 << 63, 1 << 64,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, 1e100, 1e-100, 123.456, 0.000123456,
		9007199254740993, 295147905179352825856, 4.35, 8.41, 5e-310, 1.7976931348623157e308,
		3.4028234663852886e38, 1.401298464324817e-45, 16777216, 16777217, 0.1 + 0.2}
	for e := -1074; e <= 1023; e++ {
		fs = append(fs, math.Ldexp(1, e))
	}
	for e := -30; e <= 30; e++ {
		fs = append(fs, math.Pow10(e), math.Nextafter(math.Pow10(e), 0), math.Nextafter(math.Pow10(e), math.Inf(1)))
	}
	for i := 0; i < 6000; i++ {
		switch i % 3 {
		case 0:
			fs = append(fs, math.Float64frombits(r.next()))
		case 1:
			fs = append(fs, float64(math.Float32frombits(uint32(r.next()))))
		case 2:
			fs = append(fs, float64(int64(r.next()%2000000)-1000000)/float64(int64(1)<<(r.next()%20)))
		}
	}
	return fs
}

func main() {
	r := &rng{2024}

	// ---- integers ----
	fi, fu, pi, pu, ai := newHasher("FormatInt"), newHasher("FormatUint"), newHasher("ParseInt"), newHasher("ParseUint"), newHasher("Atoi")
	ints := []int64{0, 1, -1, 9, 10, 99, 100, -99, -100, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769,
		1<<31 - 1, 1 << 31, -1 << 31, -1<<31 - 1, 1<<32 - 1, 1 << 32, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, 1e9, 1e18, -1e18}
	for i := 0; i < 3000; i++ {
		v := int64(r.next())
		ints = append(ints, v, v>>(r.next()%64))
	}
	for _, v := range ints {
		for base := 2; base <= 36; base++ {
			s := strconv.FormatInt(v, base)
			u := strconv.FormatUint(uint64(v), base)
			fi.str(s, string(strconv.AppendInt([]byte("x"), v, base)))
			fu.str(u, string(strconv.AppendUint(nil, uint64(v), base)))
			for _, bs := range []int{0, 8, 16, 32, 64} {
				x, err := strconv.ParseInt(s, base, bs)
				pi.str(fmt.Sprint(x), errs(err))
				y, err := strconv.ParseUint(u, base, bs)
				pu.str(fmt.Sprint(y), errs(err))
			}
		}
		fi.str(strconv.Itoa(int(v)))
		x, err := strconv.Atoi(strconv.Itoa(int(v)))
		ai.str(fmt.Sprint(x), errs(err))
	}
	intStrings := []string{"", "+", "-", "0", "-0", "+0", "00", "0x", "0x1", "0X1F", "0b101", "0B1", "0o17", "0O7", "017", "08",
		"1_000", "1__0", "_1", "1_", "0x_1", "0_x1", "0b_1", "-0x_1f", "0x1_f", "1e3", " 1", "1 ", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
		"18446744073709551616", "99999999999999999999999", "-99999999999999999999999", "z", "Z", "zz", "0xg",
		"123456789012345678", "1234567890123456789", "+123", "-123", "++1", "--1", "1-", "é", "0x8000000000000000",
		"-0x8000000000000000", "-0x8000000000000001", "0b" + "1111111111111111111111111111111111111111111111111111111111111111"}
	for _, s := range intStrings {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37, -1} {
			for _, bs := range []int{0, 8, 16, 32, 64, 65, -1} {
				x, err := strconv.ParseInt(s, base, bs)
				pi.str(s, fmt.Sprint(x), errs(err))
				y, err := strconv.ParseUint(s, base, bs)
				pu.str(s, fmt.Sprint(y), errs(err))
			}
		}
		x, err := strconv.Atoi(s)
		ai.str(s, fmt.Sprint(x), errs(err))
	}

	// ---- bools ----
	bh := newHasher("Bool")
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "", "yes", "tRUE"} {
		v, err := strconv.ParseBool(s)
		bh.str(s, fmt.Sprint(v), errs(err), strconv.FormatBool(v), string(strconv.AppendBool([]byte("<"), v)))
	}

	// ---- floats: formatting ----
	fs := floats(r)
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 19, 20, 25, 30}
	ff := newHasher("FormatFloat64")
	ff32 := newHasher("FormatFloat32")
	for _, f := range fs {
		for _, c := range fmts {
			for _, p := range precs {
				ff.str(strconv.FormatFloat(f, c, p, 64))
				ff32.str(strconv.FormatFloat(f, c, p, 32))
			}
		}
	}
	big := newHasher("FormatFloat/bigprec")
	for i, f := range fs {
		if i%7 != 0 {
			continue
		}
		for _, c := range []byte{'e', 'f', 'g', 'x'} {
			for _, p := range []int{40, 60, 100, 330, 800, 1100} {
				big.str(string(strconv.AppendFloat([]byte("#"), f, c, p, 64)), strconv.FormatFloat(f, c, p, 32))
			}
		}
	}
	ff.str(strconv.FormatFloat(1.5, 'q', 3, 64), strconv.FormatFloat(-2, 'z', -1, 32))
	short := newHasher("FormatFloat/shortest")
	for i := 0; i < 300000; i++ {
		f := math.Float64frombits(r.next())
		short.str(strconv.FormatFloat(f, 'e', -1, 64))
		g := math.Float32frombits(uint32(r.next()))
		short.str(strconv.FormatFloat(float64(g), 'e', -1, 32))
	}
	fixed := newHasher("FormatFloat/fixed")
	for i := 0; i < 100000; i++ {
		f := math.Float64frombits(r.next())
		p := r.intn(19)
		fixed.str(strconv.FormatFloat(f, 'e', p, 64), strconv.FormatFloat(f*1e-290, 'f', p, 64))
		d := float64(r.intn(100000)) / 1000
		fixed.str(strconv.FormatFloat(d, 'f', r.intn(6), 64), strconv.FormatFloat(d, 'g', r.intn(8), 32))
	}

	// ---- floats: parsing ----
	pf := newHasher("ParseFloat")
	parse := func(s string) {
		v, err := strconv.ParseFloat(s, 64)
		w, err32 := strconv.ParseFloat(s, 32)
		pf.str(s, fmt.Sprintf("%x %x", math.Float64bits(v), math.Float64bits(w)), errs(err), errs(err32))
	}
	for _, f := range fs {
		for _, c := range []byte{'e', 'f', 'g', 'x', 'b'} {
			for _, p := range []int{-1, 3, 17, 25} {
				parse(strconv.FormatFloat(f, c, p, 64))
			}
		}
	}
	floatStrings := []string{"", "+", "-", ".", "e", "1e", "1e+", "1e-", "1.", ".1", "-.1", "+.5e1", "1..2", "1.2.3", "0x", "0x1",
		"0x1p", "0x1p1", "0x1.8p1", "0X1P-2", "0x.8p0", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p1024",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x_1p0", "0x1_0p0", "1_0.5", "1__0", "_1", "1_e5", "1e1_0",
		"inf", "Inf", "INF", "+inf", "-Inf", "infinity", "-Infinity", "InFiNiTy", "infin", "infx", "nan", "NaN", "NAN",
		"+nan", "-nan", "nanx", "1e308", "1e309", "-1e309", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "2e-324", "3e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"4.9406564584124654e-324", "1e-400", "-1e-400", "1e400", "0e400", "0.0000", "00001.5", "1e-10000000000",
		"1e10000000000", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
		"1.00000005960464477539062499", "1.000000059604644775390625", "1.00000005960464477539062501",
		"9007199254740993", "9007199254740992.99999999999999999999", "9007199254740993.00000000000000000001",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "0.1", "1 ", " 1", "1x", "0.1e", "+-1", "١"}
	for _, s := range floatStrings {
		parse(s)
	}
	digits := "0123456789"
	for i := 0; i < 40000; i++ {
		n := 1 + r.intn(30)
		if i%50 == 0 {
			n = 700 + r.intn(200)
		}
		b := make([]byte, 0, n+10)
		if r.intn(4) == 0 {
			b = append(b, '-')
		}
		dot := r.intn(n + 1)
		for j := 0; j < n; j++ {
			if j == dot {
				b = append(b, '.')
			}
			b = append(b, digits[r.intn(10)])
		}
		if r.intn(2) == 0 {
			b = append(b, 'e')
			b = strconv.AppendInt(b, int64(r.intn(700)-350), 10)
		}
		parse(string(b))
	}
	// halfway points between adjacent floats, exactly and nearly
	for i := 0; i < 3000; i++ {
		f := math.Abs(math.Float64frombits(r.next()))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		g := math.Nextafter(f, math.Inf(1))
		h := strconv.FormatFloat(f/2+g/2, 'e', 40, 64)
		parse(h)
		parse(strconv.FormatFloat(f, 'e', 25, 64))
	}

	// ---- complex ----
	ch := newHasher("Complex")
	for _, s := range []string{"1", "1i", "i", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+i", "+1+2i", "1++2i", "1+-2i", "NaN+NaNi",
		"Inf-Infi", "1e400+1i", "1+1e400i", "0x1p1+0x1p2i", "1+2", "2i+1", "", "()", "(1)", "1e-400-1e-400i", "infi", "-i"} {
		for _, bs := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bs)
			ch.str(s, fmt.Sprint(c), errs(err))
		}
	}
	for _, c := range []complex128{0, 1 + 2i, complex(math.Inf(1), math.NaN()), complex(-1.5, -0.25), complex(1e300, -1e-300)} {
		for _, f := range []byte{'e', 'f', 'g', 'x'} {
			ch.str(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, f, 3, 64))
		}
	}

	// ---- quoting ----
	qh := newHasher("Quote")
	quote := func(s string) {
		qh.str(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s),
			string(strconv.AppendQuote([]byte("a"), s)), string(strconv.AppendQuoteToASCII([]byte("b"), s)),
			string(strconv.AppendQuoteToGraphic(nil, s)), fmt.Sprint(strconv.CanBackquote(s)))
		for _, q := range []string{strconv.Quote(s), "`" + s + "`", "'" + s + "'", strconv.QuoteToASCII(s)} {
			u, err := strconv.Unquote(q)
			p, err2 := strconv.QuotedPrefix(q + "tail")
			qh.str(q, u, errs(err), p, errs(err2))
		}
	}
	for _, s := range []string{"", "hello", "\a\b\f\n\r\t\v\\\"'`", "\x00\x01\x7f\x80\xff", "héllo wörld", "世界", "\u00ad\u2028\u3000\ufeff",
		"\U0001F600", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\u0300", "\u200b\u00a0", "tab\there", "`raw`", "\r\n"} {
		quote(s)
	}
	for i := 0; i < 5000; i++ {
		n := r.intn(12)
		b := make([]byte, n)
		for j := range b {
			if r.intn(3) == 0 {
				b[j] = byte(r.next())
			} else {
				b[j] = byte(32 + r.intn(95))
			}
		}
		quote(string(b))
	}
	rh := newHasher("QuoteRune")
	for c := rune(-2); c <= 0x110002; c++ {
		if c > 0x3000 && c < 0x10000 && c%7 != 0 || c > 0x10000 && c%37 != 0 {
			continue
		}
		rh.str(strconv.QuoteRune(c), strconv.QuoteRuneToASCII(c), strconv.QuoteRuneToGraphic(c),
			string(strconv.AppendQuoteRune(nil, c)), string(strconv.AppendQuoteRuneToASCII([]byte("x"), c)),
			string(strconv.AppendQuoteRuneToGraphic(nil, c)), fmt.Sprint(strconv.IsPrint(c), strconv.IsGraphic(c)))
	}
	ip := newHasher("IsPrint")
	for c := rune(-5); c <= 0x110005; c++ {
		v := 0
		if strconv.IsPrint(c) {
			v |= 1
		}
		if strconv.IsGraphic(c) {
			v |= 2
		}
		if v != 0 {
			ip.str(fmt.Sprint(c, v))
		}
	}
	uh := newHasher("Unquote")
	for _, s := range []string{`""`, `"a"`, `"\a\b\f\n\r\t\v\\\""`, `"\'"`, `'\''`, `'\"'`, `'"'`, `"'"`, `"\x41\101\u0041\U00000041"`,
		`"\400"`, `"\377"`, `"\xff"`, `"\uD800"`, `"\U00110000"`, `"\q"`, `"abc`, `abc"`, `"a"b"`, `'ab'`, `''`, `'\x41'`,
		`'\u263a'`, `'☺'`, "'\xff'", "\"\xff\"", "`a\rb`", "`a`b`", "`", `"`, `'`, "\"a\nb\"", `"\`, `"\x4"`, `"\u12"`,
		`"\0"`, `"\08"`, `'\400'`, "`\n`", `"\u00e9"`, "'\u00e9'", `x`, "", `"\U0010ffff"`, `'\U0001F600'`} {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s)
		uh.str(s, u, errs(err), p, errs(err2))
	}
	uc := newHasher("UnquoteChar")
	for _, s := range []string{"a", "\\n", "\\x41", "\\u263a", "\\U0001F600", "\\101", "\\'", "\\\"", "'", "\"", "é", "\xff",
		"\\", "\\z", "\\x4", "\\400", "\\uD800", ""} {
		for _, q := range []byte{'"', '\'', '`', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			uc.str(s, string(q), fmt.Sprint(v, mb), tail, fmt.Sprint(err))
		}
	}

	// ---- errors ----
	_, err := strconv.ParseInt("12a", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("123", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("123", 10, 99)
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err, err.(*strconv.NumError).Unwrap() == strconv.ErrRange)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseFloat("\x00\"é\n", 32)
	fmt.Println(err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax, strconv.IntSize)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatFloat(1, 'g', -1, 16)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatInt(1, 37)
	}()

	for _, h := range all {
		fmt.Printf("%-22s %8d %016x\n", h.name, h.n, h.h)
	}
}
