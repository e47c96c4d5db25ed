package unicode

// The bits of latin1 (tables.go), the properties of U+0000..U+00FF.
const (
	lControl     = 1 << iota // category Cc
	lPunct                   // category P
	lNumber                  // category N
	lSymbol                  // category S
	lSpaceSep                // category Zs
	lUpper                   // category Lu
	lLower                   // category Ll
	lOtherLetter             // a letter neither upper nor lower case
	lPrint                   // printable by Go's definition (IsPrint)
)

// GraphicRanges defines the graphic characters: categories L, M, N, P, S
// and Zs.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the printable characters: categories L, M, N, P and
// S, plus (in IsPrint) the ASCII space U+0020.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// IsGraphic reports whether the rune is graphic: a letter, mark, number,
// punctuation, symbol or space (category Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&(lPrint|lSpaceSep) != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is printable by Go's definition: like
// IsGraphic but the only space is U+0020.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lPrint != 0
	}
	return In(r, PrintRanges...)
}

// IsOneOf reports whether the rune is in one of the tables; In is the
// preferred form.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is in one of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsControl reports whether the rune is a control character (only
// U+0000..U+001F and U+007F..U+009F are).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lControl != 0
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&(lUpper|lLower|lOtherLetter) != 0
	}
	return isAboveLatin1(Letter, r)
}

// IsMark reports whether the rune is a mark (category M).
func IsMark(r rune) bool {
	// No Latin-1 rune is a mark.
	return isAboveLatin1(Mark, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lNumber != 0
	}
	return isAboveLatin1(Number, r)
}

// IsPunct reports whether the rune is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lPunct != 0
	}
	return Is(Punct, r)
}

// IsSpace reports whether the rune is white space: in Latin-1 '\t', '\n',
// '\v', '\f', '\r', ' ', U+0085 (NEL) and U+00A0 (NBSP); above, the
// White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isAboveLatin1(White_Space, r)
}

// IsSymbol reports whether the rune is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lSymbol != 0
	}
	return isAboveLatin1(Symbol, r)
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isAboveLatin1(Digit, r)
}
