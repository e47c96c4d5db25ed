package strconv

import (
	"internal/bytealg"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

func index(s string, c byte) int { return bytealg.IndexByteString(s, c) }

func contains(s string, c byte) bool { return index(s, c) != -1 }

func quoteWith(s string, quote byte, ASCIIonly, graphicOnly bool) string {
	// The buffer guess of Go's quoting; for short strings it lives on the
	// caller's stack and only the result string is allocated.
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, quote, ASCIIonly, graphicOnly))
}

func quoteRuneWith(r rune, quote byte, ASCIIonly, graphicOnly bool) string {
	return string(appendQuotedRuneWith(nil, r, quote, ASCIIonly, graphicOnly))
}

func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	// Grow once for the common case of nothing to escape.
	if cap(buf)-len(buf) < len(s) {
		grown := make([]byte, len(buf), len(buf)+1+len(s)+1)
		copy(grown, buf)
		buf = grown
	}
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4])
			buf = append(buf, lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && isInGraphicList(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		buf = append(buf, `\x`...)
		buf = append(buf, lowerhex[byte(r)>>4])
		buf = append(buf, lowerhex[byte(r)&0xF])
	case r < 0x10000 || !utf8.ValidRune(r):
		if !utf8.ValidRune(r) {
			r = 0xFFFD
		}
		buf = append(buf, `\u`...)
		for sh := 12; sh >= 0; sh -= 4 {
			buf = append(buf, lowerhex[r>>uint(sh)&0xF])
		}
	default:
		buf = append(buf, `\U`...)
		for sh := 28; sh >= 0; sh -= 4 {
			buf = append(buf, lowerhex[r>>uint(sh)&0xF])
		}
	}
	return buf
}

// Quote returns a double-quoted Go string literal for s, with Go escapes
// (\t, \n, \xFF, \u0100) for control characters, non-printable runes and
// invalid UTF-8.
func Quote(s string) string { return quoteWith(s, '"', false, false) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false, false) }

// QuoteToASCII is Quote that also escapes every non-ASCII rune.
func QuoteToASCII(s string) string { return quoteWith(s, '"', true, false) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote that leaves graphic runes (IsGraphic, such as
// Unicode spaces) unescaped.
func QuoteToGraphic(s string) string { return quoteWith(s, '"', false, true) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// QuoteRune returns a single-quoted Go character literal for r; an invalid
// rune becomes U+FFFD.
func QuoteRune(r rune) string { return quoteRuneWith(r, '\'', false, false) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune that also escapes a non-ASCII rune.
func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, '\'', true, false) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune that leaves a graphic rune unescaped.
func QuoteRuneToGraphic(r rune) string { return quoteRuneWith(r, '\'', false, true) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be a raw string literal unchanged:
// one line, no control characters other than tab, no backquote, valid
// UTF-8 and no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		s = s[w:]
		if w > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if r < ' ' && r != '\t' || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func unhex(b byte) (rune, bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the
// inside of a literal quoted with quote.  It returns the value, whether
// it needs a multibyte UTF-8 encoding, the rest of s, and ErrSyntax for a
// bad sequence (or an unescaped quote character when quote is ' or ").
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, w := utf8.DecodeRuneInString(s)
		return r, true, s[w:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, good := unhex(s[j])
			if !good {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v // a byte value, not a rune
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// QuotedPrefix returns the quoted string (as Unquote accepts it) at the
// start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns its value (for a single quote, the one character).
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// unquote parses the quoted literal at the start of in and returns it
// (its value if unescape, else its text with the quotes) and the rest.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := index(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the closing quote, unless escapes move it

	switch quote {
	case '`':
		switch {
		case !unescape:
			out = in[:end]
		case !contains(in[:end], '\r'):
			out = in[1 : end-1]
		default:
			// Raw literals drop carriage returns.
			buf := make([]byte, 0, end-3)
			for i := 1; i < end-1; i++ {
				if in[i] != '\r' {
					buf = append(buf, in[i])
				}
			}
			out = string(buf)
		}
		return out, in[end:], nil

	case '"', '\'':
		// Without escapes or newlines the literal is its own value.
		if !contains(in[:end], '\\') && !contains(in[:end], '\n') {
			var valid bool
			if quote == '"' {
				valid = utf8.ValidString(in[1 : end-1])
			} else {
				r, n := utf8.DecodeRuneInString(in[1 : end-1])
				valid = 1+n+1 == end && (r != utf8.RuneError || n != 1)
			}
			if valid {
				out = in[:end]
				if unescape {
					out = out[1 : end-1]
				}
				return out, in[end:], nil
			}
		}

		var buf []byte
		start := in
		in = in[1:]
		if unescape {
			buf = make([]byte, 0, 3*end/2)
		}
		for len(in) > 0 && in[0] != quote {
			r, multibyte, rest, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", start, ErrSyntax
			}
			in = rest
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break // one character only
			}
		}
		if !(len(in) > 0 && in[0] == quote) {
			return "", start, ErrSyntax
		}
		in = in[1:]
		if unescape {
			return string(buf), in, nil
		}
		return start[:len(start)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}

// IsPrint reports whether the rune is printable by Go's definition, as
// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space.
func IsPrint(r rune) bool {
	if r <= 0xFF {
		if 0x20 <= r && r <= 0x7E {
			return true
		}
		if 0xA1 <= r && r <= 0xFF {
			return r != 0xAD // soft hyphen
		}
		return false
	}
	if r < 0x10000 {
		return inRanges16(printRanges16, uint16(r))
	}
	return inRanges32(printRanges32, uint32(r))
}

// IsGraphic reports whether the rune is graphic, as unicode.IsGraphic:
// printable or a Unicode space (category Zs).
func IsGraphic(r rune) bool {
	return IsPrint(r) || isInGraphicList(r)
}

func isInGraphicList(r rune) bool {
	if r > 0xFFFF {
		return false
	}
	v := uint16(r)
	lo, hi := 0, len(graphicOnly)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if graphicOnly[m] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(graphicOnly) && graphicOnly[lo] == v
}

// inRanges16 reports whether v is in one of the runs (first, last pairs)
// of the sorted table.
func inRanges16(t []uint16, v uint16) bool {
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[2*m+1] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t)/2 && t[2*lo] <= v
}

func inRanges32(t []uint32, v uint32) bool {
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[2*m+1] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t)/2 && t[2*lo] <= v
}
