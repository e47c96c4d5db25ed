// A table formatter: reads '|'-separated rows from standard input (a
// header, '#' comments, blank lines), infers which columns are numeric,
// and prints the table four ways — aligned with fmt's %-*s/%*s widths, as
// Markdown, through text/tabwriter (several flag sets), and as a column
// summary — plus a group-by report.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type column struct {
	name    string
	width   int // in runes
	numeric bool
	isInt   bool
	prec    int // digits after the point for floats
}

type table struct {
	title string
	cols  []column
	rows  [][]string
	bad   []error
}

var errShort = errors.New("too few fields")

func readTable(r io.Reader) (*table, error) {
	t := &table{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64), 1<<16)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "#"); ok {
			if t.title == "" {
				t.title = strings.TrimSpace(rest)
			}
			continue
		}
		fields := strings.Split(line, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if t.cols == nil {
			for _, f := range fields {
				t.cols = append(t.cols, column{name: f, numeric: true, isInt: true})
			}
			continue
		}
		if len(fields) < len(t.cols) {
			t.bad = append(t.bad, fmt.Errorf("line %d: %w (%d < %d)", n, errShort, len(fields), len(t.cols)))
			continue
		}
		if len(fields) > len(t.cols) {
			fields = fields[:len(t.cols)]
		}
		t.rows = append(t.rows, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if t.cols == nil {
		return nil, errors.New("no header")
	}
	for i := range t.cols {
		c := &t.cols[i]
		c.width = utf8.RuneCountInString(c.name)
		for _, row := range t.rows {
			v := row[i]
			c.width = max(c.width, utf8.RuneCountInString(v))
			if v == "" || v == "-" {
				continue
			}
			if _, err := strconv.ParseInt(v, 10, 64); err != nil {
				c.isInt = false
				if _, err := strconv.ParseFloat(v, 64); err != nil {
					c.numeric = false
				} else if dot := strings.IndexByte(v, '.'); dot >= 0 && !strings.ContainsAny(v, "eE") {
					c.prec = max(c.prec, len(v)-dot-1)
				}
			}
		}
	}
	return t, nil
}

func (t *table) printAligned(w io.Writer) {
	var sep []string
	for i, c := range t.cols {
		if i > 0 {
			fmt.Fprint(w, "  ")
		}
		if c.numeric {
			fmt.Fprintf(w, "%*s", c.width, c.name)
		} else {
			fmt.Fprintf(w, "%-*s", c.width, c.name)
		}
		sep = append(sep, strings.Repeat("─", c.width))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, strings.Join(sep, "  "))
	for _, row := range t.rows {
		for i, c := range t.cols {
			if i > 0 {
				fmt.Fprint(w, "  ")
			}
			if c.numeric {
				fmt.Fprintf(w, "%*s", c.width, row[i])
			} else if i == len(t.cols)-1 {
				fmt.Fprint(w, row[i])
			} else {
				fmt.Fprintf(w, "%-*s", c.width, row[i])
			}
		}
		fmt.Fprintln(w)
	}
}

func (t *table) printMarkdown(w io.Writer) {
	fmt.Fprint(w, "|")
	for _, c := range t.cols {
		fmt.Fprintf(w, " %-*s |", c.width, c.name)
	}
	fmt.Fprint(w, "\n|")
	for _, c := range t.cols {
		if c.numeric {
			fmt.Fprintf(w, "%s:|", strings.Repeat("-", c.width+1))
		} else {
			fmt.Fprintf(w, ":%s|", strings.Repeat("-", c.width+1))
		}
	}
	fmt.Fprintln(w)
	for _, row := range t.rows {
		fmt.Fprint(w, "|")
		for i, c := range t.cols {
			v := strings.ReplaceAll(row[i], "|", `\|`)
			if c.numeric {
				fmt.Fprintf(w, " %*s |", c.width, v)
			} else {
				fmt.Fprintf(w, " %-*s |", c.width, v)
			}
		}
		fmt.Fprintln(w)
	}
}

func (t *table) printTabwriter(w io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint, maxRows int) {
	tw := tabwriter.NewWriter(w, minwidth, tabwidth, padding, padchar, flags)
	var names []string
	for _, c := range t.cols {
		names = append(names, strings.ToUpper(c.name))
	}
	fmt.Fprintln(tw, strings.Join(names, "\t")+"\t")
	for i, row := range t.rows {
		if i == maxRows {
			break
		}
		for j, v := range row {
			if t.cols[j].numeric && v != "" && v != "-" {
				if t.cols[j].isInt {
					n, _ := strconv.Atoi(v)
					v = fmt.Sprintf("%d", n)
				} else {
					f, _ := strconv.ParseFloat(v, 64)
					v = strconv.FormatFloat(f, 'f', t.cols[j].prec, 64)
				}
			}
			fmt.Fprintf(tw, "%s\t", v)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintln(w, "flush:", err)
	}
}

type summary struct {
	n              int
	sum, min, max  float64
	minRow, maxRow string
}

func (t *table) summarize(w io.Writer) {
	fmt.Fprintf(w, "%-14s %5s %14s %14s %14s %12s\n", "column", "n", "min", "max", "mean", "sum")
	for i, c := range t.cols {
		if !c.numeric {
			distinct := map[string]bool{}
			for _, row := range t.rows {
				distinct[row[i]] = true
			}
			fmt.Fprintf(w, "%-14s %5d  (text, %d distinct)\n", c.name, len(t.rows), len(distinct))
			continue
		}
		var s summary
		for _, row := range t.rows {
			v, err := strconv.ParseFloat(row[i], 64)
			if err != nil {
				continue
			}
			if s.n == 0 || v < s.min {
				s.min, s.minRow = v, row[0]
			}
			if s.n == 0 || v > s.max {
				s.max, s.maxRow = v, row[0]
			}
			s.n++
			s.sum += v
		}
		if s.n == 0 {
			continue
		}
		mean := s.sum / float64(s.n)
		if c.isInt {
			fmt.Fprintf(w, "%-14s %5d %14d %14d %14.3f %12d\n", c.name, s.n, int64(s.min), int64(s.max), mean, int64(s.sum))
		} else {
			fmt.Fprintf(w, "%-14s %5d %14.*f %14.*f %14.4g %12.6e\n", c.name, s.n, c.prec, s.min, c.prec, s.max, mean, s.sum)
		}
		fmt.Fprintf(w, "%14s min at %q, max at %q\n", "", s.minRow, s.maxRow)
	}
}

func (t *table) groupBy(w io.Writer, key, val string) {
	ki, vi := -1, -1
	for i, c := range t.cols {
		if strings.EqualFold(c.name, key) {
			ki = i
		}
		if strings.EqualFold(c.name, val) {
			vi = i
		}
	}
	if ki < 0 || vi < 0 {
		fmt.Fprintf(w, "group by %s/%s: no such column\n", key, val)
		return
	}
	groups := map[string][]float64{}
	for _, row := range t.rows {
		v, err := strconv.ParseFloat(row[vi], 64)
		if err != nil {
			continue
		}
		groups[row[ki]] = append(groups[row[ki]], v)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	tw := tabwriter.NewWriter(w, 0, 8, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tcount\tmin\tmax\tavg\t\n", key)
	for _, k := range keys {
		vs := groups[k]
		sort.Float64s(vs)
		sum := 0.0
		for _, v := range vs {
			sum += v
		}
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t%.2f\t\n", k, len(vs), vs[0], vs[len(vs)-1], sum/float64(len(vs)))
	}
	tw.Flush()
}

func main() {
	t, err := readTable(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "table:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "== %s (%d rows, %d columns) ==\n\n", t.title, len(t.rows), len(t.cols))
	for _, c := range t.cols {
		kind := "text"
		switch {
		case c.isInt && c.numeric:
			kind = "int"
		case c.numeric:
			kind = fmt.Sprintf("float(%d)", c.prec)
		}
		fmt.Fprintf(out, "  %-12q width=%-3d %s\n", c.name, c.width, kind)
	}
	for _, err := range t.bad {
		fmt.Fprintf(out, "  skipped: %v (short: %t)\n", err, errors.Is(err, errShort))
	}
	fmt.Fprintln(out)

	t.printAligned(out)
	fmt.Fprintln(out)
	t.printMarkdown(out)
	fmt.Fprintln(out)

	fmt.Fprintln(out, "-- tabwriter: minwidth 0, tabwidth 8, padding 2, ' ' --")
	t.printTabwriter(out, 0, 8, 2, ' ', 0, -1)
	fmt.Fprintln(out, "-- tabwriter: AlignRight|Debug, padding 1 --")
	t.printTabwriter(out, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug, 12)
	fmt.Fprintln(out, "-- tabwriter: minwidth 6, padchar '.', DiscardEmptyColumns --")
	t.printTabwriter(out, 6, 4, 1, '.', tabwriter.DiscardEmptyColumns, 8)
	fmt.Fprintln(out, "-- tabwriter: padchar '\\t', TabIndent --")
	t.printTabwriter(out, 0, 8, 1, '\t', tabwriter.TabIndent, 6)
	fmt.Fprintln(out)

	t.summarize(out)
	fmt.Fprintln(out)
	t.groupBy(out, "group", "mass")
	fmt.Fprintln(out)
	t.groupBy(out, "period", "density")
	fmt.Fprintln(out)
	t.groupBy(out, "block", "nothing")

	// sorted views
	byName := make([][]string, len(t.rows))
	copy(byName, t.rows)
	sort.SliceStable(byName, func(i, j int) bool { return byName[i][1] < byName[j][1] })
	fmt.Fprintln(out, "\nfirst 10 by name:")
	for _, r := range byName[:min(10, len(byName))] {
		fmt.Fprintf(out, "  %-3s %-14s %v\n", r[0], r[1], r[2:])
	}
}
