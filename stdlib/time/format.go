// format.go — Time.Format and Time.String: Go's layout language, where a
// layout is the reference time Mon Jan 2 15:04:05 MST 2006 written the way
// the result should look.  Parsing times is not implemented.

package time

// Layouts of package time (see Go's documentation for their meaning).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".000": exactly n digits
	stdFracSecond9 // ".999": up to n digits, trailing zeros dropped
)

// A layout element: its kind, and for fractions the digit count and the
// separator ('.' or ',').
type stdElem struct {
	kind   int
	digits int
	sep    byte
}

func startsWithLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// nextElem finds the first layout element in layout: the literal text
// before it, the element and the text after it (elem.kind == stdNone when
// there is none).
func nextElem(layout string) (prefix string, elem stdElem, suffix string) {
	for i := 0; i < len(layout); i++ {
		k, n := elemAt(layout, i)
		if k == stdNone {
			continue
		}
		if k == stdFracSecond0 || k == stdFracSecond9 {
			return layout[:i], stdElem{k, n - 1, layout[i]}, layout[i+n:]
		}
		if k == stdLongYear && layout[i] == '_' {
			return layout[:i+1], stdElem{kind: k}, layout[i+5:] // "_2006" is "_" then a year
		}
		return layout[:i], stdElem{kind: k}, layout[i+n:]
	}
	return layout, stdElem{}, ""
}

// elemAt recognizes a layout element at layout[i:]: its kind and length.
func elemAt(layout string, i int) (kind int, n int) {
	switch c := layout[i]; c {
	case 'J':
		if hasPrefixAt(layout, i, "Jan") {
			if hasPrefixAt(layout, i, "January") {
				return stdLongMonth, 7
			}
			if !startsWithLower(layout[i+3:]) {
				return stdMonth, 3
			}
		}
	case 'M':
		if hasPrefixAt(layout, i, "Mon") {
			if hasPrefixAt(layout, i, "Monday") {
				return stdLongWeekDay, 6
			}
			if !startsWithLower(layout[i+3:]) {
				return stdWeekDay, 3
			}
		}
		if hasPrefixAt(layout, i, "MST") {
			return stdTZ, 3
		}
	case '0':
		if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
			return [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1'], 2
		}
		if hasPrefixAt(layout, i, "002") {
			return stdZeroYearDay, 3
		}
	case '1':
		if hasPrefixAt(layout, i, "15") {
			return stdHour, 2
		}
		return stdNumMonth, 1
	case '2':
		if hasPrefixAt(layout, i, "2006") {
			return stdLongYear, 4
		}
		return stdDay, 1
	case '_':
		if hasPrefixAt(layout, i, "_2") {
			if hasPrefixAt(layout, i, "_2006") {
				return stdLongYear, 5
			}
			return stdUnderDay, 2
		}
		if hasPrefixAt(layout, i, "__2") {
			return stdUnderYearDay, 3
		}
	case '3':
		return stdHour12, 1
	case '4':
		return stdMinute, 1
	case '5':
		return stdSecond, 1
	case 'P':
		if hasPrefixAt(layout, i, "PM") {
			return stdPM, 2
		}
	case 'p':
		if hasPrefixAt(layout, i, "pm") {
			return stdpm, 2
		}
	case '-':
		switch {
		case hasPrefixAt(layout, i, "-070000"):
			return stdNumSecondsTz, 7
		case hasPrefixAt(layout, i, "-07:00:00"):
			return stdNumColonSecondsTZ, 9
		case hasPrefixAt(layout, i, "-0700"):
			return stdNumTZ, 5
		case hasPrefixAt(layout, i, "-07:00"):
			return stdNumColonTZ, 6
		case hasPrefixAt(layout, i, "-07"):
			return stdNumShortTZ, 3
		}
	case 'Z':
		switch {
		case hasPrefixAt(layout, i, "Z070000"):
			return stdISO8601SecondsTZ, 7
		case hasPrefixAt(layout, i, "Z07:00:00"):
			return stdISO8601ColonSecondsTZ, 9
		case hasPrefixAt(layout, i, "Z0700"):
			return stdISO8601TZ, 5
		case hasPrefixAt(layout, i, "Z07:00"):
			return stdISO8601ColonTZ, 6
		case hasPrefixAt(layout, i, "Z07"):
			return stdISO8601ShortTZ, 3
		}
	case '.', ',':
		if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			ch := layout[i+1]
			j := i + 1
			for j < len(layout) && layout[j] == ch {
				j++
			}
			if !isDigitAt(layout, j) {
				if ch == '0' {
					return stdFracSecond0, j - i
				}
				return stdFracSecond9, j - i
			}
		}
	}
	return stdNone, 0
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte(u%10) + '0'
		u /= 10
	}
	i--
	buf[i] = byte(u) + '0'
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendNano appends the fraction of a second for a fraction element.
func appendNano(b []byte, nanosec int, e stdElem) []byte {
	trim := e.kind == stdFracSecond9
	if trim && (e.digits == 0 || nanosec == 0) {
		return b
	}
	b = append(b, e.sep)
	b = appendInt(b, nanosec, 9)
	if e.digits < 9 {
		b = b[:len(b)-9+e.digits]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == e.sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// String returns the time formatted with the layout
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by the monotonic
// clock reading (" m=±<seconds>") when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic != 0 {
		m2 := uint64(t.ext)
		sign := byte('+')
		if t.ext < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// Format returns a textual representation of the time value formatted
// according to layout.
func (t Time) Format(layout string) string {
	b := make([]byte, 0, 64)
	return string(t.AppendFormat(b, layout))
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	year, month, day := t.Date()
	yday := t.YearDay()
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, e, suffix := nextElem(layout)
		b = append(b, prefix...)
		if e.kind == stdNone {
			break
		}
		layout = suffix
		switch e.kind {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			if e.kind == stdHour12 {
				b = appendInt(b, hr, 0)
			} else {
				b = appendInt(b, hr, 2)
			}
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			b = appendZone(b, e.kind, offset)
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, t.Nanosecond(), e)
		}
	}
	return b
}

// appendZone appends a numeric zone offset; the Z forms write "Z" for UTC.
func appendZone(b []byte, kind int, offset int) []byte {
	iso := kind == stdISO8601TZ || kind == stdISO8601ColonTZ || kind == stdISO8601SecondsTZ ||
		kind == stdISO8601ShortTZ || kind == stdISO8601ColonSecondsTZ
	if offset == 0 && iso {
		return append(b, 'Z')
	}
	zone := offset / 60
	abs := offset
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	colon := kind == stdISO8601ColonTZ || kind == stdNumColonTZ ||
		kind == stdISO8601ColonSecondsTZ || kind == stdNumColonSecondsTZ
	if colon {
		b = append(b, ':')
	}
	if kind != stdNumShortTZ && kind != stdISO8601ShortTZ {
		b = appendInt(b, zone%60, 2)
	}
	if kind == stdISO8601SecondsTZ || kind == stdNumSecondsTz ||
		kind == stdNumColonSecondsTZ || kind == stdISO8601ColonSecondsTZ {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}
