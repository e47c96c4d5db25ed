// Interface boxing (facts §5, §12.9): no allocation for pointer-shaped
// values, zero-size values, bools, single bytes, integers 0..255 (the
// runtime's static table), constants and static composite literals, ""
// and nil slices, and conversions that do not escape; otherwise one
// allocation of the value's size.  Values come from variables so that
// they are not constants.
package iface

import "testing"

type (
	empty    struct{}
	onePtr   struct{ p *int }
	oneByte  struct{ b byte }
	triple   [3]int
	large    struct{ a [2048]byte }
	medium   struct{ a [1024]byte }
	MyInt    int
	smallStr struct{ s string }
)

var (
	i0, i255, i256, im1        = 0, 255, 256, -1
	i64big              int64  = 1 << 40
	u8                  uint8  = 200
	i8                  int8   = -3
	i16                 int16  = 300
	i16s                int16  = 7
	i32                 int32  = 70000
	u32s                uint32 = 9
	f64z                float64
	f64                         = 1.5
	f32                 float32 = 2.5
	c128                        = complex(1, 2)
	bTrue                       = true
	strEmpty                    = ""
	strHello                    = "hello"
	nilSlice            []int
	someSlice           = []int{1, 2, 3}
	tri                 = triple{1, 2, 3}
	ptr                 = new(int)
	mp                  = map[int]int{}
	ch                  = make(chan int)
	fn                  = func() {}
	myInt               = MyInt(1000)
	sinkE               error
	sinkLarge           large
	sinkMedium          medium
)

func BenchmarkBoxInt0(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i0
	}
}

func BenchmarkBoxInt255(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i255
	}
}

func BenchmarkBoxInt256(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i256
	}
}

func BenchmarkBoxIntNegative(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = im1
	}
}

func BenchmarkBoxInt64Large(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i64big
	}
}

func BenchmarkBoxNamedInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = myInt
	}
}

func BenchmarkBoxConstant(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = 1000
	}
}

// x is never reassigned and its value is a constant: Go 1.25 boxes the
// constant (read-only data).
func BenchmarkBoxLocalConstant(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := 1000
		sink = x
	}
}

func BenchmarkBoxUint8(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = u8
	}
}

func BenchmarkBoxInt8Negative(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i8
	}
}

func BenchmarkBoxInt16Small(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i16s
	}
}

func BenchmarkBoxInt16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i16
	}
}

func BenchmarkBoxInt32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = i32
	}
}

func BenchmarkBoxUint32Small(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = u32s
	}
}

func BenchmarkBoxFloatZero(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = f64z
	}
}

func BenchmarkBoxFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = f64
	}
}

func BenchmarkBoxFloat32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = f32
	}
}

func BenchmarkBoxComplex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = c128
	}
}

func BenchmarkBoxFloatConstant(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = 3.5
	}
}

func BenchmarkBoxBool(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = bTrue
	}
}

func BenchmarkBoxByteStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = oneByte{u8}
	}
}

func BenchmarkBoxStringEmpty(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = strEmpty
	}
}

func BenchmarkBoxString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = strHello
	}
}

func BenchmarkBoxStringConstant(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = "hello"
	}
}

func BenchmarkBoxStringStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = smallStr{strHello}
	}
}

func BenchmarkBoxSliceNil(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = nilSlice
	}
}

func BenchmarkBoxSlice(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = someSlice
	}
}

func BenchmarkBoxArray(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = tri
	}
}

func BenchmarkBoxStaticArray(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = triple{1, 2, 3}
	}
}

func BenchmarkBoxZeroStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = pair{}
	}
}

func BenchmarkBoxEmptyStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = empty{}
	}
}

func BenchmarkBoxPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = ptr
	}
}

func BenchmarkBoxOnePointerStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = onePtr{ptr}
	}
}

func BenchmarkBoxMapChanFunc(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = mp
		sink = ch
		sink = fn
	}
}

// Interface to interface: an itab or type word, never an allocation.
func BenchmarkIfaceToIface(b *testing.B) {
	var s interface{ Error() string } = myErr{}
	for i := 0; i < b.N; i++ {
		sinkE = s
		sink = sinkE
	}
}

type myErr struct{}

func (myErr) Error() string { return "err" }

type ptrAndInt struct {
	p *int
	x int
}

var pai = ptrAndInt{ptr, 1}

// A struct with a pointer and more: convT, one allocation of its size.
func BenchmarkBoxPointerfulStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = pai
	}
}

// x is reassigned: not a constant any more, boxing allocates.
func BenchmarkBoxLocalReassigned(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := 1000
		if i < 0 {
			x = 2000
		}
		sink = x
	}
}
