// encoding/csv: a Reader over standard input (quoted fields over several
// lines, "" escapes, CRLF, comments, empty lines, a field-count error
// that still returns the record, FieldPos, InputOffset), every Reader
// option over inline inputs with Go's *ParseError texts, and a Writer
// (quoting rules, UseCRLF, a non-ASCII Comma, WriteAll, Error).
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func readAll(name, in string, setup func(r *csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	fmt.Printf("== %s\n", name)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			fmt.Printf("  error: %v (ParseError %t", err, errors.As(err, &pe))
			if pe != nil {
				fmt.Printf(", start %d line %d col %d, quote %t, bare %t, count %t",
					pe.StartLine, pe.Line, pe.Column, errors.Is(err, csv.ErrQuote),
					errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrFieldCount))
			}
			fmt.Printf(") record %q\n", rec)
			if rec == nil {
				break // an invalid delimiter fails every call
			}
		}
		fmt.Printf("  %d %q\n", len(rec), rec)
	}
}

func main() {
	// standard input
	r := csv.NewReader(os.Stdin)
	r.Comment = '#'
	r.FieldsPerRecord = -1
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("stdin error:", err)
			break
		}
		line, col := r.FieldPos(len(rec) - 1)
		fmt.Printf("%2d at %d:%d off %4d: %q\n", n, line, col, r.InputOffset(), rec)
		n++
	}

	readAll("basic", "a,b,c\n1,2,3\n", nil)
	readAll("quotes", "\"a \"\"quoted\"\" word\",\"x,y\",\"multi\nline\"\n", nil)
	readAll("crlf", "a,b\r\nc,d\r\n\"e\r\nf\",g\r\n", nil)
	readAll("no final newline", "a,b\nc,d", nil)
	readAll("final cr", "a,b\rc\r", nil)
	readAll("empty lines", "\n\na,b\n\n\nc,d\n\n", nil)
	readAll("field count", "a,b,c\nd,e\nf,g,h,i\nj,k,l\n", nil)
	readAll("fixed count", "a,b\nc,d\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 })
	readAll("any count", "a\nb,c\nd,e,f\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("bare quote", "a,b\"c,d\n", nil)
	readAll("bare quote lazy", "a,b\"c,d\n\"e\"f\",g\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("extraneous quote", "\"a\"b,c\n", nil)
	readAll("unterminated", "a,\"bc\nde\nfg", nil)
	readAll("unterminated lazy", "a,\"bc\nde", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("multiline error", "x,\"a\nb\"c,d\n", nil)
	readAll("trim", "  a,   b,\t c\n \"q\",  \"r s\"\n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("semicolon", "a;b;\"c;d\"\n", func(r *csv.Reader) { r.Comma = ';' })
	readAll("unicode comma", "a€b€c\nd€\"e€f\"€g\n", func(r *csv.Reader) { r.Comma = '€' })
	readAll("tabs", "a\tb\t\"c\td\"\n", func(r *csv.Reader) { r.Comma = '\t' })
	readAll("comments", "#x,y\na,b\n  #z\n#\nc,d\n", func(r *csv.Reader) { r.Comment = '#' })
	readAll("bad delim", "a,b\n", func(r *csv.Reader) { r.Comma = '"' })
	readAll("comma is comment", "a,b\n", func(r *csv.Reader) { r.Comment = ',' })
	readAll("empty fields", ",,\n\"\",\"\",\n", nil)

	rr := csv.NewReader(strings.NewReader("a,b\nc,d\ne,f\n"))
	rr.ReuseRecord = true
	first, _ := rr.Read()
	second, _ := rr.Read()
	fmt.Println("reuse:", first, second, &first[0] == &second[0])
	all, err := csv.NewReader(strings.NewReader("x,y\n1,2\n3,4\n")).ReadAll()
	fmt.Println("ReadAll:", all, err)
	all, err = csv.NewReader(strings.NewReader("x,y\n1,2,3\n")).ReadAll()
	fmt.Println("ReadAll error:", all, err)
	func() {
		defer func() { fmt.Println("FieldPos panic:", recover()) }()
		rr.FieldPos(5)
	}()

	// writing
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "", " leading space", "multi\nline", `\.`, "cr\rhere", "tab\tinside", "ünïcode"})
	w.Write([]string{"\ttab first", "trailing ", "x"})
	w.Write(nil)
	w.Flush()
	fmt.Printf("%q %v\n", sb.String(), w.Error())
	sb.Reset()
	w = csv.NewWriter(&sb)
	w.UseCRLF = true
	w.Comma = ';'
	err = w.WriteAll([][]string{{"a;b", "c\nd", "e\r\nf"}, {"g", "h"}})
	fmt.Printf("%q %v\n", sb.String(), err)
	sb.Reset()
	w = csv.NewWriter(&sb)
	w.Comma = '→'
	w.Write([]string{"a→b", "c", "d\"e"})
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	w.Comma = '\n'
	fmt.Println("bad comma:", w.Write([]string{"x"}))
	out := csv.NewWriter(os.Stdout)
	out.WriteAll([][]string{{"name", "note"}, {"Ada", "said \"hi\", left"}, {"Bob", ""}})
}
