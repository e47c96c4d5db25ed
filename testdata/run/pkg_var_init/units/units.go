// Package units exports typed constants and a method; it imports nothing.
package units

type Size int

const (
	Kilo Size = 1024
	Mega      = Kilo * Kilo
)

func (s Size) String() string {
	switch {
	case s >= Mega && s%Mega == 0:
		return itoa(int(s/Mega)) + "M"
	case s >= Kilo && s%Kilo == 0:
		return itoa(int(s/Kilo)) + "K"
	}
	return itoa(int(s))
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
