// Package unicode is tgo's unicode: tests of Unicode code points for
// categories, scripts and properties, and case mapping.  The tables
// (tables.go) are generated from Go's own by scripts/gen/unicode_tables.go
// and hold the same ranges, so every answer is Go's.
package unicode

// Limits and special code points.
const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for invalid code points
	MaxASCII        = '\u007F'     // the largest ASCII code point
	MaxLatin1       = '\u00FF'     // the largest Latin-1 code point
)

// A RangeTable is a set of code points as sorted, non-overlapping ranges:
// the ones that fit 16 bits in R16, the others in R32.  LatinOffset is the
// number of R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// A Range16 is the code points Lo, Lo+Stride, ..., up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// A Range32 is the code points Lo, Lo+Stride, ..., up to Hi; Lo >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// A CaseRange maps the code points Lo..Hi to their upper, lower and title
// case by adding Delta[UpperCase], Delta[LowerCase] and Delta[TitleCase].
// A delta of UpperLower means the range alternates upper case (even
// offset from Lo) and lower case (odd offset).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// A SpecialCase is a language-specific set of case mappings, such as
// TurkishCase.
type SpecialCase []CaseRange

// Indices into CaseRange.Delta, and the case arguments of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune

// UpperLower is the delta of the alternating ranges (no real delta can be
// this large).
const UpperLower = MaxRune + 1

// Tables up to this many ranges are searched linearly.
const linearMax = 18

func in16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		switch {
		case r < rg.Lo:
			hi = m
		case r > rg.Hi:
			lo = m + 1
		default:
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

func in32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		switch {
		case r < rg.Lo:
			hi = m
		case r > rg.Hi:
			lo = m + 1
		default:
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// isAboveLatin1 is Is for a rune above MaxLatin1: it skips the Latin-1
// entries of R16.
func isAboveLatin1(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if off := rangeTab.LatinOffset; len(r16) > off && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16[off:], uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lUpper != 0
	}
	return isAboveLatin1(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&lLower != 0
	}
	return isAboveLatin1(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isAboveLatin1(Title, r)
}

// findCase returns the entry of the sorted table that contains r, or nil.
func findCase(r rune, table []CaseRange) *CaseRange {
	lo, hi := 0, len(table)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := &table[m]
		switch {
		case r < rune(cr.Lo):
			hi = m
		case r > rune(cr.Hi):
			lo = m + 1
		default:
			return cr
		}
	}
	return nil
}

// mapCase applies the entry cr (which contains r) for the case c.
func mapCase(c int, r rune, cr *CaseRange) rune {
	delta := cr.Delta[c]
	if delta > MaxRune {
		// Alternating range: even offsets from Lo are upper case, odd
		// ones lower case.  UpperCase (0) picks the even rune of the
		// pair, LowerCase (1) the odd one; TitleCase (2) the even one,
		// as Go does.
		lo := rune(cr.Lo)
		return lo + ((r-lo)&^1 | rune(c&1))
	}
	return r + delta
}

func toCase(c int, r rune, table []CaseRange) (rune, bool) {
	if c < 0 || MaxCase <= c {
		return ReplacementChar, false
	}
	if cr := findCase(r, table); cr != nil {
		return mapCase(c, r, cr), true
	}
	return r, false
}

// To maps the rune to the case c: UpperCase, LowerCase or TitleCase.
func To(_case int, r rune) rune {
	r, _ = toCase(_case, r, CaseRanges)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps the rune to upper case, giving priority to the special
// mappings.
func (special SpecialCase) ToUpper(r rune) rune {
	m, found := toCase(UpperCase, r, []CaseRange(special))
	if m == r && !found {
		m = ToUpper(r)
	}
	return m
}

// ToTitle maps the rune to title case, giving priority to the special
// mappings.
func (special SpecialCase) ToTitle(r rune) rune {
	m, found := toCase(TitleCase, r, []CaseRange(special))
	if m == r && !found {
		m = ToTitle(r)
	}
	return m
}

// ToLower maps the rune to lower case, giving priority to the special
// mappings.
func (special SpecialCase) ToLower(r rune) rune {
	m, found := toCase(LowerCase, r, []CaseRange(special))
	if m == r && !found {
		m = ToLower(r)
	}
	return m
}

// TurkishCase and AzeriCase map dotted and dotless I as Turkish and
// Azerbaijani do.
var (
	TurkishCase SpecialCase = turkishTable
	AzeriCase   SpecialCase = turkishTable
)

type foldPair struct {
	From uint16
	To   uint16
}

// SimpleFold iterates over the runes equivalent to r under Unicode simple
// case folding: it returns the smallest equivalent rune greater than r, or
// the smallest of all if there is none (so SimpleFold('A') == 'a',
// SimpleFold('a') == 'A', SimpleFold('K') == 'k', SimpleFold('k') ==
// '\u212A', SimpleFold('\u212A') == 'K').  Invalid runes map to themselves.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// The few runes in orbits of three or more are listed; every other
	// rune folds to its other case.
	lo, hi := 0, len(foldOrbit)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(foldOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldOrbit) && rune(foldOrbit[lo].From) == r {
		return rune(foldOrbit[lo].To)
	}
	if r <= MaxASCII {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			return r - ('a' - 'A')
		}
		return r
	}
	if cr := findCase(r, CaseRanges); cr != nil {
		if l := mapCase(LowerCase, r, cr); l != r {
			return l
		}
		return mapCase(UpperCase, r, cr)
	}
	return r
}
