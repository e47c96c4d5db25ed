// text/tabwriter: every flag, minwidth/tabwidth/padding/padchar, '\v' and
// '\f' cells, Escape and FilterHTML sections, multi-byte text, cells split
// across Writes, output errors returned by Write and Flush.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

const text = "a\tb\tc\n" +
	"aaa\tbbbb\tc\n" +
	"\tindented\tx\n" +
	"\t\tmore\n" +
	"no tabs here\n" +
	"héllo\twörld\t✓\n" +
	"1\t22\t333\t4444\n" +
	"\n" +
	"x\v\vy\n" +
	"xx\v\vyy\n"

type failWriter struct {
	n, limit int
}

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > w.limit {
		k := w.limit - w.n
		w.n = w.limit
		return k, nil
	}
	w.n += len(p)
	return len(p), nil
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, in string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	// write in pieces of 3 bytes, so cells and escapes span Writes
	for i := 0; i < len(in); i += 3 {
		fmt.Fprint(w, in[i:min(i+3, len(in))])
	}
	err := w.Flush()
	fmt.Printf("== %s (err=%v)\n%s", name, err, strings.ReplaceAll(sb.String(), "\t", "→"))
	fmt.Printf("[end %d bytes]\n", sb.Len())
}

func main() {
	show("default", 0, 8, 1, ' ', 0, text)
	show("minwidth 5 padding 0", 5, 8, 0, ' ', 0, text)
	show("padchar .", 0, 8, 2, '.', 0, text)
	show("AlignRight", 0, 8, 1, ' ', tabwriter.AlignRight, text)
	show("AlignRight|Debug", 0, 8, 1, '-', tabwriter.AlignRight|tabwriter.Debug, text)
	show("tabs", 0, 8, 1, '\t', 0, text)
	show("tabs, tabwidth 4, AlignRight ignored", 0, 4, 1, '\t', tabwriter.AlignRight, text)
	show("tabs, tabwidth 0", 0, 0, 1, '\t', 0, text)
	show("TabIndent", 0, 4, 1, ' ', tabwriter.TabIndent, text)
	show("DiscardEmptyColumns", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns, text)
	show("DiscardEmptyColumns|Debug", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns|tabwriter.Debug, text)

	esc := "a\xffb\tc\xff\tx\n" + "aaaa\t\xff\xff\tyy\n" + "unterminated\t\xffz\tq"
	show("Escape", 0, 8, 1, ' ', 0, esc)
	show("Escape|StripEscape", 0, 8, 1, ' ', tabwriter.StripEscape, esc)
	html := "<b>bold</b>\t&amp;\tx\n" + "plain\t&lt;&gt;\ty\n" + "a<i\t>b\tz\n"
	show("no FilterHTML", 0, 8, 1, ' ', 0, html)
	show("FilterHTML", 0, 8, 1, ' ', tabwriter.FilterHTML, html)
	ff := "a\tb\n" + "aaaa\tb\f" + "c\td\n" + "cccccc\td\n"
	show("formfeed", 0, 8, 1, ' ', 0, ff)
	show("formfeed Debug", 0, 8, 1, ' ', tabwriter.Debug, ff)
	show("no trailing newline", 0, 8, 1, ' ', 0, "a\tb\nccc\td")
	show("empty", 0, 8, 1, ' ', 0, "")

	// errors from the output
	w := tabwriter.NewWriter(errWriter{}, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprintf(w, "a\tb\n")
	fmt.Println("single-cell line buffered:", n, err)
	n, err = w.Write([]byte("no tab\n"))
	fmt.Println("flush on a line without tabs:", n, err)
	fmt.Println("Flush:", w.Flush())
	w = tabwriter.NewWriter(&failWriter{limit: 5}, 0, 8, 1, ' ', 0)
	fmt.Fprintf(w, "abc\tdef\tghi\n")
	fmt.Println("short write:", w.Flush(), errors.Is(w.Flush(), nil))

	// Init reuses a Writer
	var tw tabwriter.Writer
	tw.Init(os.Stdout, 10, 8, 0, '*', tabwriter.AlignRight)
	fmt.Fprintln(&tw, "x\ty\tz")
	fmt.Fprintln(&tw, "xxx\tyyy\tz")
	tw.Flush()
	tw.Init(os.Stdout, 0, 8, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(&tw, "x\ty\tz")
	fmt.Fprintln(&tw, "xxx\tyyy\tz")
	tw.Flush()

	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
}
