// The standard library API that issue 7 ([stdlib]) lists, one call each:
// this file must compile with tgo and print what gc prints.  fmt's Sscan
// family, strings.Title and strings.NewReader were left out of the list;
// the generic slices and maps packages are not supported (README.md,
// "Standard library").  scripts/stdlib-api.go reports the rest of Go's API
// that stdlib/ lacks.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/bits"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type myErr struct{ code int }

func (e *myErr) Error() string { return "code " + strconv.Itoa(e.code) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func section(name string) { fmt.Printf("-- %s\n", name) }

func main() {
	section("fmt")
	fmt.Print("Print", 1, 2, "x", "\n")
	fmt.Println("Println", 1, 2.5, true, nil)
	fmt.Printf("Printf %v %+v %#v %T %d %b %o %O %x %X %c %q %U %s %t\n",
		struct{ A int }{1}, struct{ A int }{1}, []int{1}, 1.5, -7, 5, 8, 8, 255, 255, 'λ', "q", 0x1F600, "s", true)
	fmt.Printf("%e %E %f %F %g %G %p %% %8.3f|%-8d|%+d|% d|%#x|%08.2f|%*d|%-*d|%[2]d %[1]d\n",
		1234.5678, 1234.5678, 1.5, 1.5, 1e21, 1e-7, nil, math.Pi, 42, 42, 42, 255, -3.14159, 5, 42, 5, 42)
	fmt.Printf("%!d %d %z\n", "hi", 1, 2, 3)
	fmt.Printf("%v %s %v %d\n", celsius(21.5), &myErr{7}, map[string]int{"b": 2, "a": 1}, []byte("hi"))
	fmt.Print(fmt.Sprint("Sprint", 1, 2, "a", "b", 3.0), "\n")
	fmt.Print(fmt.Sprintln("Sprintln", 1, nil))
	fmt.Println(fmt.Sprintf("Sprintf %05d %x %q", 42, "hex", 'x'))
	fmt.Fprint(os.Stdout, "Fprint ", 1, "\n")
	fmt.Fprintln(os.Stdout, "Fprintln", 2)
	fmt.Fprintf(os.Stdout, "Fprintf %d\n", 3)
	base := &myErr{404}
	wrapped := fmt.Errorf("fetch %q: %w", "/x", base)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == base)

	section("strings")
	var sb strings.Builder
	sb.Grow(8)
	sb.WriteString("Hello")
	sb.WriteByte(',')
	sb.WriteRune(' ')
	sb.Write([]byte("Wörld"))
	fmt.Fprintf(&sb, "!%d", sb.Len())
	s := sb.String()
	fmt.Println(s, sb.Len())
	fmt.Println(strings.Contains(s, "Wö"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'ö'),
		strings.ContainsFunc(s, unicode.IsDigit))
	fmt.Println(strings.Index(s, "l"), strings.IndexAny(s, "dW"), strings.IndexByte(s, ','), strings.IndexRune(s, 'ö'),
		strings.IndexFunc(s, unicode.IsSpace), strings.LastIndex(s, "l"), strings.LastIndexAny(s, "lo"),
		strings.LastIndexByte(s, 'l'), strings.LastIndexFunc(s, unicode.IsLetter))
	fmt.Printf("%q %q %q\n", strings.Split("a,b,,c", ","), strings.SplitN("a,b,c,d", ",", 2), strings.Fields("  a b\t c\n"))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b", ","), strings.FieldsFunc("a1b2c", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.HasPrefix(s, "He"), strings.HasSuffix(s, "!"), strings.TrimPrefix(s, "Hello"), strings.TrimSuffix(s, "!13"))
	fmt.Printf("%q %q %q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimSpace("\t hi \n"), strings.TrimLeft("xxhix", "x"),
		strings.TrimRight("xhixx", "x"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimLeftFunc("  a ", unicode.IsSpace)+"|", strings.TrimRightFunc("  a ", unicode.IsSpace)+"|")
	fmt.Println(strings.ToUpper("héllo ß"), strings.ToLower("HÉLLO Σ"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	section("bytes")
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b3 := make([]byte, 5)
	n, _ := buf.Read(b3)
	line, err := buf.ReadString('!')
	fmt.Printf("%d %q %q %v %q\n", n, b3, line, err, buf.Bytes())
	bs := []byte("  Hello, World  ")
	fmt.Println(bytes.Contains(bs, []byte("World")), bytes.Index(bs, []byte("o")), bytes.LastIndex(bs, []byte("o")),
		bytes.IndexByte(bs, ','), bytes.Count(bs, []byte("l")), bytes.HasPrefix(bs, []byte("  H")), bytes.HasSuffix(bs, []byte("  ")))
	fmt.Printf("%q %q %q %q\n", bytes.TrimSpace(bs), bytes.ToUpper(bs), bytes.Fields(bs), bytes.Split([]byte("a,b"), []byte(",")))
	fmt.Printf("%q %q %v %d\n", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("+")), bytes.Repeat([]byte("z"), 3),
		bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%q %q %q\n", bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("b")), bytes.Trim([]byte("xax"), "x"),
		bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")))

	section("strconv")
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 2))
	i, err := strconv.Atoi("12a")
	fmt.Println(i, err)
	i64, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(i64, err)
	u64, err := strconv.ParseUint("777", 8, 64)
	fmt.Println(u64, err)
	var ne *strconv.NumError
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	for _, f := range []float64{0.1, 1.0 / 3, 1e21, 1e-7, 123456789, math.Inf(-1), math.NaN(), -0.0, 5e-324} {
		fmt.Print(strconv.FormatFloat(f, 'g', -1, 64), " ", strconv.FormatFloat(f, 'e', 3, 64), " ",
			strconv.FormatFloat(f, 'f', -1, 32), " | ")
	}
	fmt.Println()
	f, err := strconv.ParseFloat("1.7976931348623157e308", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e309", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é\u2028"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'),
		strconv.QuoteToASCII("é"))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), strconv.FormatBool(true))
	bv, err := strconv.ParseBool("T")
	fmt.Println(bv, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)

	section("errors")
	e1 := errors.New("e1")
	e2 := fmt.Errorf("e2: %w", e1)
	j := errors.Join(e2, &myErr{1}, nil)
	var me *myErr
	fmt.Println(errors.Is(j, e1), errors.As(j, &me), me.code, errors.Unwrap(e2) == e1, errors.Unwrap(j) == nil)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Join(nil, nil) == nil, errors.Is(fs.ErrNotExist, fs.ErrNotExist))

	section("os, io, bufio")
	fmt.Println(len(os.Args) >= 1, os.Getenv("TGO_SURELY_UNSET_VARIABLE") == "")
	dir, err := os.MkdirTemp("", "issue7-*.d")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = os.MkdirTemp("", "a/b*")
	fmt.Println(err)
	path := dir + "/data.txt"
	err = os.WriteFile(path, []byte("alpha beta\ngamma\n\ndelta"), 0o644)
	fmt.Println("WriteFile:", err)
	data, err := os.ReadFile(path)
	fmt.Printf("ReadFile: %q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	os.Remove(path)
	os.Remove(dir)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader(string(data)))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, sc.Err())
	in := bufio.NewScanner(os.Stdin)
	fmt.Println("stdin (empty in tests):", in.Scan(), in.Err())
	var r io.Reader = strings.NewReader("xy")
	p := make([]byte, 4)
	n, err = r.Read(p)
	n2, err2 := r.Read(p)
	fmt.Println(n, err, n2, err2, err2 == io.EOF)
	var w io.Writer = os.Stderr
	fmt.Fprintln(w, "to stderr")
	bw := bufio.NewWriter(os.Stdout)
	bw.WriteString("buffered ")
	fmt.Fprintf(bw, "%d bytes so far\n", bw.Buffered())
	bw.Flush()

	section("math")
	xs := []float64{-2.5, -0.5, 0, 0.5, 1.5, 2, 10, 1e300, math.Inf(1), math.NaN()}
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x),
			math.Mod(x, 3), math.Pow(x, 1.5), math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x))
		fmt.Println(" ", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Atan2(x, -1), math.Hypot(x, 3),
			math.IsInf(x, 0), math.IsNaN(x), math.Max(x, 0), math.Min(x, 0), math.Signbit(x), math.Cbrt(x))
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.MaxInt64, math.MinInt64, uint64(math.MaxUint64),
		math.MaxInt32, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt8, math.MaxUint16, math.Pi, math.E)
	fmt.Printf("%b %b\n", math.Float64bits(math.Sin(1e10)), math.Float64bits(math.Pow(2.5, -3.7)))

	section("math/bits")
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Len(1023),
		bits.RotateLeft8(0x81, 1), bits.Reverse16(1), bits.ReverseBytes32(0x01020304))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(hi, lo, sum, carry)

	section("unicode, utf8")
	for _, c := range "aZ9 \tλÉ½!_\u00a0" {
		fmt.Printf("%q:%t%t%t%t%t%t%t %c%c ", c, unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsSpace(c),
			unicode.IsUpper(c), unicode.IsLower(c), unicode.IsPunct(c), unicode.IsNumber(c), unicode.ToUpper(c), unicode.ToLower(c))
	}
	fmt.Println()
	str := "héllo, 世界\xff"
	fmt.Println(utf8.RuneCountInString(str), utf8.ValidString(str), utf8.RuneLen('世'), utf8.RuneLen(-1))
	r0, size := utf8.DecodeRuneInString(str[1:])
	rl, sizel := utf8.DecodeLastRuneInString(str)
	fmt.Println(r0, size, rl, sizel, utf8.RuneError, string(utf8.AppendRune(nil, 'é')), utf8.FullRune([]byte{0xe4}))
	eb := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(eb, '界'), eb, utf8.RuneCount([]byte(str)), utf8.Valid([]byte("ok")))

	section("sort")
	ints := []int{5, 2, 8, -1, 2}
	sort.Ints(ints)
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fls := []float64{2.5, math.NaN(), -1, math.Inf(1)}
	sort.Float64s(fls)
	fmt.Println(ints, strs, fls, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5), sort.SearchStrings(strs, "b"))
	people := []struct {
		name string
		age  int
	}{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	k := sort.Search(100, func(i int) bool { return i*i >= 50 })
	wl := byLen{"ccc", "a", "bb", "dddd", ""}
	sort.Sort(wl)
	fmt.Println(k, wl, sort.IsSorted(wl))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	sort.Stable(byLen(strs))
	fmt.Println(ints, strs)
}
