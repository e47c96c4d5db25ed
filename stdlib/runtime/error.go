// Package runtime: the run-time error types.
//
// The C runtime (runtime/panic.c) panics with values of these types; their
// layouts are mirrored there, and it formats their texts itself when it
// prints an unrecovered panic.  The compiler always emits the descriptors
// of these types (with their method tables), and of *TypeAssertionError and
// *PanicNilError, whose methods have pointer receivers.  Go declares the
// same types in runtime/error.go and runtime/panic.go; TypeAssertionError
// holds type names here instead of type descriptors.
package runtime

// Error identifies a run-time error: every panic the runtime itself
// raises carries a value that implements it.
type Error interface {
	error

	// RuntimeError does nothing; having it is what makes a type a
	// run-time error.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    string // the static interface type; "" means "interface"
	concrete      string // the dynamic type; "" when the value was nil
	asserted      string
	missingMethod string // a method of asserted that concrete lacks
	note          string // tells apart two types printed alike
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + e.asserted
	}
	if e.missingMethod == "" {
		return "interface conversion: " + inter + " is " + e.concrete + ", not " + e.asserted + e.note
	}
	return "interface conversion: " + e.concrete + " is not " + e.asserted +
		": missing method " + e.missingMethod
}

// An errorString is a run-time error described by one string; Error adds
// the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// A plainError is a run-time error whose text has no prefix
// ("assignment to entry in nil map", "close of closed channel").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// A boundsError is a failed index, slice or slice-to-array conversion.
// x may be signed or unsigned (signed says which); y is a length or
// capacity, never negative.
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	x := boundsItoa(e.x, e.signed)
	y := boundsItoa(int64(e.y), true)
	neg := e.signed && e.x < 0
	msg := ""
	switch e.code {
	case 0:
		msg = "index out of range [" + x + "]"
		if !neg {
			msg += " with length " + y
		}
	case 1, 2:
		msg = "slice bounds out of range [:" + x + "]"
		if !neg && e.code == 1 {
			msg += " with length " + y
		} else if !neg {
			msg += " with capacity " + y
		}
	case 3:
		if neg {
			msg = "slice bounds out of range [" + x + ":]"
		} else {
			msg = "slice bounds out of range [" + x + ":" + y + "]"
		}
	case 4, 5:
		msg = "slice bounds out of range [::" + x + "]"
		if !neg && e.code == 4 {
			msg += " with length " + y
		} else if !neg {
			msg += " with capacity " + y
		}
	case 6:
		if neg {
			msg = "slice bounds out of range [:" + x + ":]"
		} else {
			msg = "slice bounds out of range [:" + x + ":" + y + "]"
		}
	case 7:
		if neg {
			msg = "slice bounds out of range [" + x + "::]"
		} else {
			msg = "slice bounds out of range [" + x + ":" + y + ":]"
		}
	default:
		msg = "cannot convert slice with length " + y + " to array or pointer to array with length " + x
	}
	return "runtime error: " + msg
}

// boundsItoa formats v in decimal, as a signed or an unsigned number.
func boundsItoa(v int64, signed bool) string {
	neg := signed && v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	var buf [21]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// A PanicNilError is what recover returns after panic(nil).
type PanicNilError struct {
	// makes the type distinct from every other empty struct
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// The C runtime panics with *TypeAssertionError and *PanicNilError values:
// these conversions make sure the descriptors of the pointer types (with
// their method tables) are emitted.
var (
	_ Error = (*TypeAssertionError)(nil)
	_ Error = (*PanicNilError)(nil)
)
