// sys.go — what package testing needs from the C runtime
// (runtime/stdlib_testing.c) and the source positions of log calls.
//
// Positions: gc's testing finds the file and line of a t.Log call with
// runtime.Callers; tgo has no line tables.  Instead `tgo test` inserts,
// before each statement of a test file that calls t.Log/Error/Fatal/Skip
// (and their f forms), t.Helper or a helper function, a call
// TgoLine(file, fn, line): fn numbers the enclosing function or function
// literal.  The calls form a shadow call stack of (function, line) pairs: a
// function already on the stack means control returned to it, a new one
// means it was called.  Helper marks the function on top of the stack, and
// a log line is decorated with the first entry, from the top, whose
// function is not a helper — gc's frameSkip, run on the shadow stack.

package testing

// regexMatch reports 1 if pat matches somewhere in s, 0 if not, -1 if pat
// is not a valid regular expression.
//
//go:noescape
func regexMatch(pat, s string) int

// regexError describes why pat does not compile.
//
//go:noescape
func regexError(pat string) string

// cpuName is the processor's model name for the "cpu:" header line.
func cpuName() string

// armTimeout makes the process print header and the running test and
// exit with status 2 after ns nanoseconds.
//
//go:noescape
func armTimeout(ns int64, header string)

func stopTimeout()

// setRunning records the running test (and its start) for armTimeout.
//
//go:noescape
func setRunning(name string)

//go:noescape
func mkdirTemp(dir, pattern string) string

func lastErrno() int

//go:noescape
func removeAll(path string) int

// The shadow stack of source positions (see the file comment).
const maxHints = 64

var (
	hintFile  [maxHints]string
	hintFn    [maxHints]int
	hintLine  [maxHints]int
	hintDepth int
	helperFn  [8192]bool
)

// TgoLine is called by code that `tgo test` inserts into test files: the
// statement at file:line of function fn is about to run.  It is not part
// of Go's API.
//
//go:noinline
func TgoLine(file string, fn, line int) {
	for i := hintDepth - 1; i >= 0; i-- {
		if hintFn[i] == fn {
			hintDepth = i + 1
			hintLine[i] = line
			hintFile[i] = file
			return
		}
	}
	if hintDepth == maxHints {
		copy(hintFile[:], hintFile[1:])
		copy(hintFn[:], hintFn[1:])
		copy(hintLine[:], hintLine[1:])
		hintDepth--
	}
	hintFile[hintDepth] = file
	hintFn[hintDepth] = fn
	hintLine[hintDepth] = line
	hintDepth++
}

// markHelper marks the function on top of the shadow stack as a helper.
func markHelper() {
	if hintDepth > 0 {
		fn := hintFn[hintDepth-1]
		if fn >= 0 && fn < len(helperFn) {
			helperFn[fn] = true
		}
	}
}

// hintSite is "file:line: " for a log call of the test whose shadow stack
// starts at base.
func hintSite(base int) string {
	if base > hintDepth {
		base = hintDepth
	}
	if base < 0 {
		base = 0
	}
	for i := hintDepth - 1; i >= base; i-- {
		fn := hintFn[i]
		if fn >= 0 && fn < len(helperFn) && helperFn[fn] {
			continue
		}
		return hintFile[i] + ":" + itoa(hintLine[i]) + ": "
	}
	if hintDepth > base {
		return hintFile[base] + ":" + itoa(hintLine[base]) + ": "
	}
	return "???:1: "
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
