// A larger program: a JSON-like pretty printer over a tree of interface values, with escaping and sorted keys.
package main

type Object map[string]any
type Array []any

type Raw string

type Marshaler interface{ MarshalText() string }

type Point struct{ X, Y int }

func (p Point) MarshalText() string { return "<" + itoa(p.X) + "," + itoa(p.Y) + ">" }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func ftoa(f float64) string {
	neg := f < 0
	if neg {
		f = -f
	}
	whole := int(f)
	frac := int((f-float64(whole))*1000 + 0.5)
	if frac >= 1000 {
		whole++
		frac -= 1000
	}
	s := itoa(whole)
	if frac != 0 {
		d := itoa(frac)
		for len(d) < 3 {
			d = "0" + d
		}
		for d[len(d)-1] == '0' {
			d = d[:len(d)-1]
		}
		s += "." + d
	}
	if neg {
		s = "-" + s
	}
	return s
}

const hexdigits = "0123456789abcdef"

func quote(s string) string {
	out := []byte{'"'}
	for _, r := range s {
		switch {
		case r == '"':
			out = append(out, '\\', '"')
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\t':
			out = append(out, '\\', 't')
		case r < 0x20 || r == 0xFFFD:
			out = append(out, '\\', 'u', '0', '0', hexdigits[r>>4&0xF], hexdigits[r&0xF])
			if r == 0xFFFD {
				out = append(out[:len(out)-6], "\\ufffd"...)
			}
		default:
			out = append(out, string(r)...)
		}
	}
	return string(append(out, '"'))
}

func sortedKeys(o Object) []string {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		k := keys[i]
		j := i - 1
		for j >= 0 && keys[j] > k {
			keys[j+1] = keys[j]
			j--
		}
		keys[j+1] = k
	}
	return keys
}

type Printer struct {
	buf    []byte
	indent string
	nodes  int
	depth  int
	maxDep int
}

func (p *Printer) write(s string) { p.buf = append(p.buf, s...) }

func (p *Printer) newline(level int) {
	p.write("\n")
	for i := 0; i < level; i++ {
		p.write(p.indent)
	}
}

func (p *Printer) value(v any, level int) {
	p.nodes++
	if level > p.maxDep {
		p.maxDep = level
	}
	switch x := v.(type) {
	case nil:
		p.write("null")
	case bool:
		if x {
			p.write("true")
		} else {
			p.write("false")
		}
	case int:
		p.write(itoa(x))
	case float64:
		p.write(ftoa(x))
	case string:
		p.write(quote(x))
	case Raw:
		p.write(string(x))
	case Marshaler:
		p.write(quote(x.MarshalText()))
	case Array:
		if len(x) == 0 {
			p.write("[]")
			return
		}
		p.write("[")
		for i, e := range x {
			if i > 0 {
				p.write(",")
			}
			p.newline(level + 1)
			p.value(e, level+1)
		}
		p.newline(level)
		p.write("]")
	case Object:
		if len(x) == 0 {
			p.write("{}")
			return
		}
		p.write("{")
		for i, k := range sortedKeys(x) {
			if i > 0 {
				p.write(",")
			}
			p.newline(level + 1)
			p.write(quote(k))
			p.write(": ")
			p.value(x[k], level+1)
		}
		p.newline(level)
		p.write("}")
	case error:
		p.write(quote("error: " + x.Error()))
	default:
		panic("unsupported value")
	}
}

func render(v any, indent string) (s string, nodes, depth int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(string)
		}
	}()
	p := &Printer{indent: indent}
	p.value(v, 0)
	return string(p.buf), p.nodes, p.maxDep, ""
}

type myErr struct{}

func (myErr) Error() string { return "boom" }

func count(v any) (objs, arrs, leaves int) {
	switch x := v.(type) {
	case Object:
		objs++
		for _, e := range x {
			o, a, l := count(e)
			objs, arrs, leaves = objs+o, arrs+a, leaves+l
		}
	case Array:
		arrs++
		for _, e := range x {
			o, a, l := count(e)
			objs, arrs, leaves = objs+o, arrs+a, leaves+l
		}
	default:
		leaves++
	}
	return
}

func main() {
	doc := Object{
		"name":    "tgo",
		"version": 1,
		"ratio":   0.125,
		"neg":     -2.5,
		"ok":      true,
		"missing": nil,
		"tags":    Array{"compiler", "go", "x86-64"},
		"empty":   Object{},
		"none":    Array{},
		"escape":  "quote\" back\\ nl\n tab\t ctl\x01 bad\xff é",
		"nested": Object{
			"points": Array{Point{1, 2}, Point{-3, 4}},
			"matrix": Array{Array{1, 2}, Array{3, Array{4, Object{"deep": true}}}},
			"raw":    Raw("RAW"),
			"err":    myErr{},
		},
	}
	s, nodes, depth, err := render(doc, "  ")
	println(s)
	println("nodes", nodes, "depth", depth, "err", err == "")
	o, a, l := count(doc)
	println("objects", o, "arrays", a, "leaves", l)
	small, _, _, _ := render(Array{1, "two", Array{}}, "\t")
	println(small)
	_, _, _, err = render(Object{"bad": struct{}{}}, "")
	println("error:", err)
	println(render(3.14159, ""))
}
