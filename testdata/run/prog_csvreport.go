// A CSV sales report from standard input: a hand-written CSV reader (quoted
// fields, "" escapes, commas and newlines inside quotes), strconv parsing
// with *strconv.NumError, errors wrapped with %w and inspected with
// errors.Is/As, maps of structs, sort.Slice, fmt widths and a CSV writer.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ---- a small CSV reader ----

var errQuote = errors.New("bare \" in non-quoted field")

type ParseError struct {
	Line, Column int
	Err          error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

type csvReader struct {
	r    *bufio.Reader
	line int
}

// readRecord returns the fields of the next record (io.EOF at the end).
func (c *csvReader) readRecord() ([]string, int, error) {
	line, err := c.r.ReadString('\n')
	if err == io.EOF && line == "" {
		return nil, 0, io.EOF
	}
	c.line++
	start := c.line
	var fields []string
	var b strings.Builder
	i := 0
	for {
		line = strings.TrimRight(line, "\r\n")
		if i < len(line) && line[i] == '"' {
			// quoted field, possibly over several lines
			i++
			for {
				j := strings.IndexByte(line[i:], '"')
				if j < 0 {
					b.WriteString(line[i:])
					next, err := c.r.ReadString('\n')
					if next == "" && err != nil {
						return nil, start, &ParseError{start, len(line) + 1, errors.New("extraneous or missing \" in quoted-field")}
					}
					c.line++
					b.WriteByte('\n')
					line, i = strings.TrimRight(next, "\r\n"), 0
					continue
				}
				b.WriteString(line[i : i+j])
				i += j + 1
				if i < len(line) && line[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			fields = append(fields, b.String())
			b.Reset()
			if i < len(line) && line[i] != ',' {
				return nil, start, &ParseError{c.line, i + 1, errors.New("extraneous or missing \" in quoted-field")}
			}
		} else {
			j := strings.IndexByte(line[i:], ',')
			f := line[i:]
			if j >= 0 {
				f = line[i : i+j]
			}
			if k := strings.IndexByte(f, '"'); k >= 0 {
				return nil, start, &ParseError{c.line, i + k + 1, errQuote}
			}
			fields = append(fields, strings.TrimSpace(f))
			i += len(f)
		}
		if i >= len(line) {
			return fields, start, nil
		}
		i++ // the comma
		if i == len(line) {
			return append(fields, ""), start, nil
		}
	}
}

// ---- the data ----

type Sale struct {
	Date     time.Month
	Day      int
	Region   string
	Product  string
	Qty      int
	Price    float64 // unit price
	Discount float64 // percent
	Note     string
}

func (s Sale) Total() float64 {
	return float64(s.Qty) * s.Price * (1 - s.Discount/100)
}

type FieldError struct {
	Line  int
	Field string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d: field %s: %v", e.Line, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

var ErrNegative = errors.New("negative value")

func parseSale(rec []string, line int, col map[string]int) (Sale, error) {
	var s Sale
	get := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	date := get("date")
	parts := strings.Split(date, "-")
	if len(parts) != 3 {
		return s, &FieldError{line, "date", fmt.Errorf("bad date %q", date)}
	}
	m, err := strconv.Atoi(parts[1])
	if err != nil {
		return s, &FieldError{line, "date", err}
	}
	if m < 1 || m > 12 {
		return s, &FieldError{line, "date", fmt.Errorf("month %d out of range", m)}
	}
	s.Date = time.Month(m)
	if s.Day, err = strconv.Atoi(parts[2]); err != nil {
		return s, &FieldError{line, "date", err}
	}
	s.Region = get("region")
	s.Product = get("product")
	q, err := strconv.ParseInt(get("qty"), 10, 32)
	if err != nil {
		return s, &FieldError{line, "qty", err}
	}
	if q < 0 {
		return s, &FieldError{line, "qty", fmt.Errorf("%d: %w", q, ErrNegative)}
	}
	s.Qty = int(q)
	p := strings.TrimPrefix(get("price"), "$")
	if s.Price, err = strconv.ParseFloat(p, 64); err != nil {
		return s, &FieldError{line, "price", err}
	}
	if math.IsNaN(s.Price) || math.IsInf(s.Price, 0) {
		return s, &FieldError{line, "price", fmt.Errorf("not a finite number: %v", s.Price)}
	}
	if d := strings.TrimSuffix(get("discount"), "%"); d != "" {
		if s.Discount, err = strconv.ParseFloat(d, 64); err != nil {
			return s, &FieldError{line, "discount", err}
		}
	}
	s.Note = get("note")
	return s, nil
}

// ---- aggregation ----

type Agg struct {
	Name  string
	Count int
	Qty   int
	Sum   float64
	Min   float64
	Max   float64
}

func (a *Agg) add(s Sale) {
	t := s.Total()
	if a.Count == 0 || t < a.Min {
		a.Min = t
	}
	if a.Count == 0 || t > a.Max {
		a.Max = t
	}
	a.Count++
	a.Qty += s.Qty
	a.Sum += t
}

func sortedAggs(m map[string]*Agg) []*Agg {
	out := make([]*Agg, 0, len(m))
	for _, a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Sum != out[j].Sum {
			return out[i].Sum > out[j].Sum
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func money(f float64) string {
	neg := f < 0
	if neg {
		f = -f
	}
	s := strconv.FormatFloat(f, 'f', 2, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	r := "$" + b.String() + "." + frac
	if neg {
		r = "-" + r
	}
	return r
}

func csvQuote(s string) string {
	if s == "" || strings.ContainsAny(s, ",\"\n\r") || s[0] == ' ' {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func printAggs(title string, aggs []*Agg, grand float64) {
	fmt.Printf("%s\n", title)
	fmt.Printf("  %-14s %5s %6s %14s %12s %12s %6s\n", "name", "sales", "qty", "revenue", "min", "max", "share")
	for _, a := range aggs {
		fmt.Printf("  %-14.14s %5d %6d %14s %12.2f %12.2f %5.1f%%\n",
			a.Name, a.Count, a.Qty, money(a.Sum), a.Min, a.Max, 100*a.Sum/grand)
	}
	fmt.Println()
}

func main() {
	cr := &csvReader{r: bufio.NewReader(os.Stdin)}
	header, _, err := cr.readRecord()
	if err != nil {
		fmt.Fprintln(os.Stderr, "no header:", err)
		os.Exit(1)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	fmt.Printf("columns: %v\n", header)
	fmt.Printf("index: %v\n\n", col)

	var sales []Sale
	var errs []error
	for {
		rec, line, err := cr.readRecord()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if len(rec) == 1 && rec[0] == "" {
			continue
		}
		if strings.HasPrefix(rec[0], "#") {
			continue
		}
		s, err := parseSale(rec, line, col)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sales = append(sales, s)
	}

	byRegion := map[string]*Agg{}
	byProduct := map[string]*Agg{}
	byMonth := map[time.Month]*Agg{}
	grand := 0.0
	for _, s := range sales {
		for _, x := range []struct {
			m   map[string]*Agg
			key string
		}{{byRegion, s.Region}, {byProduct, s.Product}} {
			a := x.m[x.key]
			if a == nil {
				a = &Agg{Name: x.key}
				x.m[x.key] = a
			}
			a.add(s)
		}
		a, ok := byMonth[s.Date]
		if !ok {
			a = &Agg{Name: s.Date.String()}
			byMonth[s.Date] = a
		}
		a.add(s)
		grand += s.Total()
	}

	fmt.Printf("%d sales, %d rejected, revenue %s\n\n", len(sales), len(errs), money(grand))
	printAggs("BY REGION", sortedAggs(byRegion), grand)
	printAggs("BY PRODUCT", sortedAggs(byProduct), grand)

	fmt.Println("BY MONTH")
	var months []time.Month
	for m := range byMonth {
		months = append(months, m)
	}
	sort.Slice(months, func(i, j int) bool { return months[i] < months[j] })
	best := 0.0
	for _, m := range months {
		best = math.Max(best, byMonth[m].Sum)
	}
	for _, m := range months {
		a := byMonth[m]
		bar := strings.Repeat("=", int(math.Round(40*a.Sum/best)))
		fmt.Printf("  %-9s %3d %12s |%-40s|\n", m, a.Count, money(a.Sum), bar)
	}
	fmt.Println()

	// statistics over order totals
	totals := make([]float64, len(sales))
	for i, s := range sales {
		totals[i] = s.Total()
	}
	sort.Float64s(totals)
	if n := len(totals); n > 0 {
		mean := grand / float64(n)
		v := 0.0
		for _, t := range totals {
			v += (t - mean) * (t - mean)
		}
		median := totals[n/2]
		if n%2 == 0 {
			median = (totals[n/2-1] + totals[n/2]) / 2
		}
		fmt.Printf("orders: n=%d mean=%.4f median=%.4f stddev=%.4f min=%g max=%g\n",
			n, mean, median, math.Sqrt(v/float64(n)), totals[0], totals[n-1])
		fmt.Printf("mean as %%v: %v, %%e: %e, %%G: %G\n\n", mean, mean, mean)
	}

	if len(errs) > 0 {
		fmt.Println("REJECTED")
		var numErrs, negErrs, parseErrs int
		for _, err := range errs {
			fmt.Printf("  %v\n", err)
			var ne *strconv.NumError
			var pe *ParseError
			switch {
			case errors.As(err, &ne):
				numErrs++
				fmt.Printf("    -> strconv.%s(%q): %v (range: %t)\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
			case errors.Is(err, ErrNegative):
				negErrs++
			case errors.As(err, &pe):
				parseErrs++
				fmt.Printf("    -> csv line %d col %d, bare quote: %t\n", pe.Line, pe.Column, errors.Is(pe, errQuote))
			}
		}
		fmt.Printf("  (%d number errors, %d negative, %d csv errors)\n\n", numErrs, negErrs, parseErrs)
	}

	// notes with embedded quotes, commas and newlines, written back as CSV
	fmt.Println("NOTES (csv)")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "day,region,product,total,note")
	for _, s := range sales {
		if s.Note == "" {
			continue
		}
		fields := []string{
			fmt.Sprintf("%s %02d", s.Date.String()[:3], s.Day),
			csvQuote(s.Region), csvQuote(s.Product),
			strconv.FormatFloat(s.Total(), 'f', -1, 64),
			csvQuote(s.Note),
		}
		fmt.Fprintln(w, strings.Join(fields, ","))
	}
	w.Flush()
}
