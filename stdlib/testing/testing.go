// testing.go — package testing as `tgo test` uses it: the -test.* flags, T
// (logs, failures, skips, subtests, parallel subtests, cleanups, TempDir),
// M and the test runner, with exactly the output of Go's testing package
// (testing/testing.go): "=== RUN", "--- PASS: TestX (0.00s)", indented
// logs "    x_test.go:12: message", "PASS"/"FAIL".
//
// Tests run as Go's do: each in its own goroutine, FailNow and SkipNow end
// it with runtime.Goexit, and the parent waits on a channel.  The methods
// lock c.mu where Go's do: besides keeping T usable from goroutines, that
// gives them gc's escape tags (a method that locks &c.mu leaks c), so -m
// lines of test code read as gc prints them.  Log positions come from the
// shadow stack of sys.go.
// benchmark.go, example.go and allocs.go hold the rest of the API.

package testing

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

var initRan bool

var (
	parallelStart int64 // number of parallel tests started
	parallelStop  int64 // number of parallel tests stopped
)

// Init registers testing flags.  These flags are automatically registered
// by the test main that `tgo test` generates before running test
// functions, so Init is only needed when calling functions such as
// Benchmark without using `tgo test`.
func Init() {
	if initRan {
		return
	}
	initRan = true
	short = flag.Bool("test.short", false, "run smaller test suite to save time")
	failFast = flag.Bool("test.failfast", false, "do not start new tests after the first test failure")
	outputDir = flag.String("test.outputdir", "", "write profiles to `dir`")
	flag.Bool("test.artifacts", false, "store test artifacts in test.,outputdir")
	flag.Var(&chatty, "test.v", "verbose: print additional output")
	count = flag.Uint("test.count", 1, "run tests and benchmarks `n` times")
	flag.String("test.coverprofile", "", "write a coverage profile to `file`")
	flag.String("test.gocoverdir", "", "write coverage intermediate files to this directory")
	matchList = flag.String("test.list", "", "list tests, examples, and benchmarks matching `regexp` then exit")
	match = flag.String("test.run", "", "run only tests and examples matching `regexp`")
	skip = flag.String("test.skip", "", "do not list or run tests matching `regexp`")
	flag.String("test.memprofile", "", "write an allocation profile to `file`")
	flag.Int("test.memprofilerate", 0, "set memory allocation profiling `rate` (see runtime.MemProfileRate)")
	flag.String("test.cpuprofile", "", "write a cpu profile to `file`")
	flag.String("test.blockprofile", "", "write a goroutine blocking profile to `file`")
	flag.Int("test.blockprofilerate", 1, "set blocking profile `rate` (see runtime.SetBlockProfileRate)")
	flag.String("test.mutexprofile", "", "write a mutex contention profile to the named file after execution")
	flag.Int("test.mutexprofilefraction", 1, "if >= 0, calls runtime.SetMutexProfileFraction()")
	flag.Bool("test.paniconexit0", false, "panic on call to os.Exit(0)")
	flag.String("test.trace", "", "write an execution trace to `file`")
	timeout = flag.Duration("test.timeout", 0, "panic test binary after duration `d` (default 0, timeout disabled)")
	cpuListStr = flag.String("test.cpu", "", "comma-separated `list` of cpu counts to run each test with")
	parallel = flag.Int("test.parallel", runtime.GOMAXPROCS(0), "run at most `n` tests in parallel")
	flag.String("test.testlogfile", "", "write test action log to `file` (for use only by cmd/go)")
	shuffle = flag.String("test.shuffle", "off", "randomize the execution order of tests and benchmarks")
	fullPath = flag.Bool("test.fullpath", false, "show full file names in error messages")

	initBenchmarkFlags()
	initFuzzFlags()
}

// The fuzzing flags, accepted for the go command's sake: tgo does not fuzz.
var (
	matchFuzz        *string
	fuzzDuration     durationOrCountFlag
	minimizeDuration = durationOrCountFlag{d: 60 * time.Second, allowZero: true}
)

func initFuzzFlags() {
	matchFuzz = flag.String("test.fuzz", "", "run the fuzz test matching `regexp`")
	flag.Var(&fuzzDuration, "test.fuzztime", "time to spend fuzzing; default is to run indefinitely")
	flag.Var(&minimizeDuration, "test.fuzzminimizetime", "time to spend minimizing a value after finding a failing input")
	flag.String("test.fuzzcachedir", "", "directory where interesting fuzzing inputs are stored (for use only by cmd/go)")
	flag.Bool("test.fuzzworker", false, "coordinate with the parent process to fuzz random values (for use only by cmd/go)")
}

var (
	// Flags, registered during Init.
	short      *bool
	failFast   *bool
	outputDir  *string
	chatty     chattyFlag
	count      *uint
	matchList  *string
	match      *string
	skip       *string
	timeout    *time.Duration
	cpuListStr *string
	parallel   *int
	shuffle    *string
	fullPath   *bool

	haveExamples bool // are there examples?

	cpuList []int

	numFailed uint32 // number of test failures
)

type chattyFlag struct {
	on   bool // -v is set in some form
	json bool // -v=test2json is set, to make output better for test2json
}

func (*chattyFlag) IsBoolFlag() bool { return true }

func (f *chattyFlag) Set(arg string) error {
	switch arg {
	default:
		return fmt.Errorf("invalid flag -test.v=%s", arg)
	case "true", "test2json":
		f.on = true
		f.json = arg == "test2json"
	case "false":
		f.on = false
		f.json = false
	}
	return nil
}

func (f *chattyFlag) String() string {
	if f.json {
		return "test2json"
	}
	if f.on {
		return "true"
	}
	return "false"
}

func (f *chattyFlag) Get() any {
	if f.json {
		return "test2json"
	}
	return f.on
}

const marker = byte(0x16) // ^V for framing

func (f *chattyFlag) prefix() string {
	if f.json {
		return string(marker)
	}
	return ""
}

type chattyPrinter struct {
	w          io.Writer
	lastNameMu sync.Mutex // guards lastName
	lastName   string     // last printed test name in chatty mode
	json       bool       // -v=json output mode
}

func newChattyPrinter(w io.Writer) *chattyPrinter {
	return &chattyPrinter{w: w, json: chatty.json}
}

func (p *chattyPrinter) prefix() string {
	if p != nil && p.json {
		return string(marker)
	}
	return ""
}

// Updatef prints a message about the status of the named test to w.
func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastNameMu.Lock()
	defer p.lastNameMu.Unlock()

	p.lastName = testName
	fmt.Fprintf(p.w, p.prefix()+format, args...)
}

// Printf prints a message, generated by the named test, that does not
// necessarily mention that tests's name itself.
func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	p.lastNameMu.Lock()
	defer p.lastNameMu.Unlock()

	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Fprintf(p.w, "%s=== NAME  %s\n", p.prefix(), testName)
		p.lastName = testName
	}
	fmt.Fprintf(p.w, format, args...)
}

// common holds the elements common between T and B and captures common
// methods such as Errorf.
type common struct {
	mu       sync.RWMutex  // guards this group of fields
	output   []byte        // Output generated by test or benchmark.
	w        io.Writer     // For flushToParent.
	o        *outputWriter // Writes output.
	ran      bool          // Test or benchmark (or one of its subtests) was executed.
	failed   bool          // Test or benchmark has failed.
	skipped  bool          // Test or benchmark has been skipped.
	done     bool          // Test is finished and all subtests have completed.
	cleanups []func()      // optional functions to be called at the end of the test
	finished bool          // Test function has completed.

	chatty         *chattyPrinter // A copy of chattyPrinter, if the chatty flag is set.
	bench          bool           // Whether the current test is a benchmark.
	hasSub         bool           // whether there are sub-benchmarks.
	cleanupStarted bool           // Registered cleanup callbacks have started to execute
	isParallel     bool           // Whether the test is parallel.
	isSynctest     bool           // Go: in a testing/synctest bubble (never, in tgo).

	parent     *common
	level      int // Nesting depth of test or benchmark.
	importPath string
	name       string        // Name of test or benchmark.
	start      time.Time     // Time test or benchmark started
	duration   time.Duration //
	barrier    chan bool     // To signal parallel subtests they may start.
	signal     chan bool     // To signal a test is done.
	sub        []*common     // Queue of subtests to be run in parallel (Go: []*T; tgo's checker rejects the type cycle common -> *T -> common).

	hintBase int // where this test's part of the shadow position stack starts

	tempDirMu  sync.Mutex
	tempDir    string
	tempDirErr error
	tempDirSeq int32
}

// Short reports whether the -test.short flag is set.
func Short() bool {
	if short == nil {
		panic("testing: Short called before Init")
	}
	// Catch code that calls this from TestMain without first calling flag.Parse.
	if !flag.Parsed() {
		panic("testing: Short called before Parse")
	}
	return *short
}

// testBinary is "1" in binaries built by `tgo test` (MainStart sets it).
var testBinary = "0"

// Testing reports whether the current code is being run in a test.
func Testing() bool {
	return testBinary == "1"
}

// CoverMode reports what the test coverage mode is set to: tgo has no
// coverage, so it is always empty.
func CoverMode() string { return "" }

// Coverage reports the current code coverage as a fraction in the range
// [0, 1]: always 0 in tgo.
func Coverage() float64 { return 0 }

// Verbose reports whether the -test.v flag is set.
func Verbose() bool {
	// Same as in Short.
	if !flag.Parsed() {
		panic("testing: Verbose called before Parse")
	}
	return chatty.on
}

// callSite is "file:line: " for a log call of c (see sys.go).
func (c *common) callSite() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return hintSite(c.hintBase)
}

// flushToParent writes c.output to the parent after first writing the
// header with the given format and arguments.
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	p.mu.Lock()
	defer p.mu.Unlock()

	c.mu.Lock()
	defer c.mu.Unlock()

	if len(c.output) > 0 {
		// Add the current c.output to the print, and then arrange for the
		// print to replace c.output.  (This displays the logged output
		// after the --- FAIL line.)
		format += "%s"
		args = append(args[:len(args):len(args)], c.output)
		c.output = c.output[:0]
	}

	if c.chatty != nil && (p.w == c.chatty.w || c.chatty.json) {
		// We're flushing to the actual output, so track that this output
		// is associated with a specific test (and, specifically, that the
		// next output is *not* associated with that test).
		c.chatty.Updatef(testName, format, args...)
	} else {
		// We're flushing to the output buffer of the parent test, which
		// will itself follow a test-name header when it is finally
		// flushed to stdout.
		fmt.Fprintf(p.w, c.chatty.prefix()+format, args...)
	}
}

type indenter struct {
	c *common
}

const indent = "    "

func (w indenter) Write(b []byte) (n int, err error) {
	n = len(b)
	for len(b) > 0 {
		end := indexByte(b, '\n')
		if end == -1 {
			end = len(b)
		} else {
			end++
		}
		// An indent of 4 spaces will neatly align the dashes with the
		// status indicator of the parent.
		line := b[:end]
		if line[0] == marker {
			w.c.output = append(w.c.output, marker)
			line = line[1:]
		}
		w.c.output = append(w.c.output, indent...)
		w.c.output = append(w.c.output, line...)
		b = b[end:]
	}
	return
}

func indexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// fmtDuration returns a string representing d in the form "87.00s".
func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// TB is the interface common to T and B.
type TB interface {
	Attr(key, value string)
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	Output() io.Writer

	// A private method to prevent users implementing the interface.
	private()
}

var (
	_ TB = (*T)(nil)
	_ TB = (*B)(nil)
)

// T is a type passed to Test functions to manage test state and support
// formatted test logs.
type T struct {
	common
	denyParallel bool
	tstate       *testState // For running tests and subtests.
}

func (c *common) private() {}

// Name returns the name of the running (sub-) test or benchmark.
func (c *common) Name() string {
	return c.name
}

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ran = true
}

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// c.done needs to be locked to synchronize checks to c.done in parent tests.
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by
// calling runtime.Goexit (which then runs all deferred calls in the
// current goroutine).
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// log generates the output: indentation, the final newline if necessary,
// and the file and line of the call site.
func (c *common) log(s string) {
	s = strings.TrimSuffix(s, "\n")

	// Second and subsequent lines are indented 4 spaces.  This is in
	// addition to the indentation provided by outputWriter.
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"

	n := c.destination()
	if n == nil {
		// The test and all its parents are done.  The log cannot be output.
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}

	s = c.callSite() + s

	// Output buffered logs.
	n.flushPartial()

	n.o.Write([]byte(s))
}

// destination selects the test to which output should be appended.  It
// returns the test if it is incomplete.  Otherwise, it finds its closest
// incomplete parent.
func (c *common) destination() *common {
	c.mu.Lock()
	defer c.mu.Unlock()

	if !c.done {
		return c
	}
	for parent := c.parent; parent != nil; parent = parent.parent {
		parent.mu.Lock()
		defer parent.mu.Unlock()
		if !parent.done {
			return parent
		}
	}
	return nil
}

// flushPartial checks the buffer for partial logs and outputs them.
func (c *common) flushPartial() {
	partial := func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		return (c.o != nil) && (len(c.o.partial) > 0)
	}

	if partial() {
		c.o.Write([]byte("\n"))
	}
}

// Output returns a Writer that writes to the same test output stream as
// TB.Log, indented like TB.Log lines, without source locations.
func (c *common) Output() io.Writer {
	n := c.destination()
	if n == nil {
		panic("Output called after " + c.name + " has completed")
	}
	return n.o
}

// setOutputWriter initializes an outputWriter and sets it as a common field.
func (c *common) setOutputWriter() {
	c.o = &outputWriter{c: c}
}

// outputWriter buffers, formats and writes log messages.
type outputWriter struct {
	c       *common
	partial []byte // incomplete ('\n'-free) suffix of last Write
}

// Write writes a log message to the test's output stream, properly
// formatted and indented.
func (o *outputWriter) Write(p []byte) (int, error) {
	if o == nil || o.c == nil {
		return 0, nil
	}
	if o.c.destination() == nil {
		panic("Write called after " + o.c.name + " has completed")
	}

	o.c.mu.Lock()
	defer o.c.mu.Unlock()

	// Every complete line, then keep the partial last one.
	rest := p
	for {
		i := indexByte(rest, '\n')
		if i < 0 {
			break
		}
		line := rest[:i+1]
		if len(o.partial) > 0 {
			line = append(o.partial, line...)
			o.partial = nil
		}
		o.writeLine(line)
		rest = rest[i+1:]
	}
	o.partial = append(o.partial, rest...)
	return len(p), nil
}

// writeLine generates the output for a given line.
func (o *outputWriter) writeLine(b []byte) {
	if !o.c.done && (o.c.chatty != nil) {
		if o.c.bench {
			// Benchmarks don't print === CONT, so we should skip the test
			// printer and just print straight to stdout.
			fmt.Printf("%s%s", indent, b)
		} else {
			o.c.chatty.Printf(o.c.name, "%s%s", indent, b)
		}
		return
	}
	o.c.output = append(o.c.output, indent...)
	o.c.output = append(o.c.output, b...)
}

// Log formats its arguments using default formatting, analogous to
// fmt.Println, and records the text in the error log.
func (c *common) Log(args ...any) {
	c.log(fmt.Sprintln(args...))
}

// Logf formats its arguments according to the format, analogous to
// fmt.Printf, and records the text in the error log.
func (c *common) Logf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
}

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution
// by calling runtime.Goexit.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.skipped
}

// Helper marks the calling function as a test helper function.  When
// printing file and line information, that function will be skipped.
func (c *common) Helper() {
	c.mu.Lock()
	defer c.mu.Unlock()
	markHelper()
}

// Cleanup registers a function to be called when the test (or subtest)
// and all its subtests complete.  Cleanup functions will be called in last
// added, first called order.
func (c *common) Cleanup(f func()) {
	fn := func() {
		f()
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, fn)
}

// TempDir returns a temporary directory for the test to use.  The
// directory is automatically removed when the test and all its subtests
// complete.  Each subsequent call to TempDir returns a unique directory.
func (c *common) TempDir() string {
	dir, err := c.makeTempDir()
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

func (c *common) makeTempDir() (string, error) {
	// Use a single parent directory for all the temporary directories
	// created by a test, each numbered sequentially.
	c.tempDirMu.Lock()
	if c.tempDir == "" && c.tempDirErr == nil {
		pattern := c.Name()
		// Limit length of file names on disk.
		if len(pattern) > 64 {
			pattern = pattern[:64]
		}
		const allowed = "!#$%&()+,-.=@^_{}~ "
		pattern = removeSymbolsExcept(pattern, allowed)

		c.tempDir = mkdirTemp(os.Getenv("GOTMPDIR"), pattern)
		if c.tempDir == "" {
			c.tempDirErr = &os.PathError{Op: "mkdirtemp", Path: pattern, Err: errnoError(lastErrno())}
		} else {
			c.Cleanup(func() {
				if r := removeAll(c.tempDir); r != 0 {
					c.Errorf("TempDir RemoveAll cleanup: %v", errnoError(-r))
				}
			})
		}
	}
	if c.tempDirErr == nil {
		c.tempDirSeq++
	}
	seq := c.tempDirSeq
	c.tempDirMu.Unlock()

	if c.tempDirErr != nil {
		return "", c.tempDirErr
	}
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, '/', seq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		return "", err
	}
	return dir, nil
}

type errnoError int

func (e errnoError) Error() string { return "errno " + strconv.Itoa(int(e)) }

func removeSymbolsExcept(s, allowed string) string {
	mapper := func(r rune) rune {
		if unicode.IsLetter(r) ||
			unicode.IsNumber(r) ||
			strings.ContainsRune(allowed, r) {
			return r
		}
		return -1 // disallowed symbol
	}
	return strings.Map(mapper, s)
}

// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the
// environment variable to its original value after the test.
func (c *common) Setenv(key, value string) {
	prevValue, ok := os.LookupEnv(key)

	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}

	if ok {
		c.Cleanup(func() {
			os.Setenv(key, prevValue)
		})
	} else {
		c.Cleanup(func() {
			os.Unsetenv(key)
		})
	}
}

// Attr emits a test attribute associated with this test.
func (c *common) Attr(key, value string) {
	if strings.IndexFunc(key, unicode.IsSpace) >= 0 {
		c.Errorf("disallowed whitespace in attribute key %q", key)
		return
	}
	if strings.ContainsAny(value, "\r\n") {
		c.Errorf("disallowed newline in attribute value %q", value)
		return
	}
	if c.chatty == nil {
		return
	}
	c.chatty.Updatef(c.name, "=== ATTR  %s %v %v\n", c.name, key, value)
}

// panicHandling controls the panic handling used by runCleanup.
type panicHandling int

const (
	normalPanic panicHandling = iota
	recoverAndReturnPanic
)

// runCleanup is called at the end of the test.  If ph is
// recoverAndReturnPanic, it will catch panics, and return the recovered
// value if any.
func (c *common) runCleanup(ph panicHandling) (panicVal any) {
	c.cleanupStarted = true
	defer func() { c.cleanupStarted = false }()

	if ph == recoverAndReturnPanic {
		defer func() {
			panicVal = recover()
		}()
	}

	// Make sure that if a cleanup function panics, we still run the
	// remaining cleanup functions.
	defer func() {
		c.mu.Lock()
		recur := len(c.cleanups) > 0
		c.mu.Unlock()
		if recur {
			c.runCleanup(normalPanic)
		}
	}()

	for {
		var cleanup func()
		c.mu.Lock()
		if len(c.cleanups) > 0 {
			last := len(c.cleanups) - 1
			cleanup = c.cleanups[last]
			c.cleanups = c.cleanups[:last]
		}
		c.mu.Unlock()
		if cleanup == nil {
			return nil
		}
		cleanup()
	}
}

// Parallel signals that this test is to be run in parallel with (and only
// with) other parallel tests.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.denyParallel {
		panic(parallelConflict)
	}
	if t.parent.barrier == nil {
		return
	}

	t.isParallel = true

	// We don't want to include the time we spend waiting for serial tests
	// in the test duration.  Record the elapsed time thus far and reset
	// the timer afterwards.
	t.duration += time.Since(t.start)

	// Add to the list of tests to be released by the parent.
	t.parent.sub = append(t.parent.sub, &t.common)

	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}

	t.signal <- true   // Release calling test.
	<-t.parent.barrier // Wait for the parent test to complete.
	t.tstate.waitParallel()
	parallelStart++

	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	setRunning(t.name)
	t.start = time.Now()
}

const parallelConflict = `testing: test using t.Setenv, t.Chdir, or cryptotest.SetGlobalRandom can not use t.Parallel`

// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the
// environment variable to its original value after the test.  It cannot
// be used in parallel tests or tests with parallel ancestors.
func (t *T) Setenv(key, value string) {
	t.checkParallel()
	t.common.Setenv(key, value)
}

func (t *T) checkParallel() {
	for c := &t.common; c != nil; c = c.parent {
		if c.isParallel {
			panic(parallelConflict)
		}
	}
	t.denyParallel = true
}

// InternalTest is an internal type but exported because it is
// cross-package; it is part of the implementation of the "go test"
// command.
type InternalTest struct {
	Name string
	F    func(*T)
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

func tRunner(t *T, fn func(t *T)) {
	// When this goroutine is done, either because fn(t) returned normally
	// or because a test failure triggered a call to runtime.Goexit, record
	// the duration and send a signal saying that the test is done.
	defer func() {
		if t.Failed() {
			numFailed++
		}

		// Check if the test panicked or Goexited inappropriately.
		err := recover()
		signal := true

		if !t.finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					if !t.isParallel {
						t.Errorf("%v: subtest may have called FailNow on a parent test", err)
						err = nil
					}
					signal = false
					break
				}
			}
		}

		// Use a deferred call to ensure that we report that the test is
		// complete even if a cleanup function calls t.FailNow.
		didPanic := false
		defer func() {
			// Only report that the test is complete if it doesn't panic,
			// as otherwise the test binary can exit before the panic is
			// reported to the user.
			if didPanic {
				return
			}
			if err != nil {
				panic(err)
			}
			if t.isParallel {
				parallelStop++
			}
			t.signal <- signal
		}()

		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(recoverAndReturnPanic); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			// Flush the output log up to the root before dying.
			for root := &t.common; root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				d := root.duration
				// Output buffered logs.
				root.flushPartial()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(d))
				if r := root.parent.runCleanup(recoverAndReturnPanic); r != nil {
					fmt.Fprintf(root.parent.w, "cleanup panicked with %v", r)
				}
			}
			didPanic = true
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}

		t.duration += time.Since(t.start)

		if len(t.sub) > 0 {
			// Run parallel subtests.

			// Decrease the running count for this test.
			t.tstate.release()

			// Release the parallel subtests.
			close(t.barrier)
			// Wait for subtests to complete.
			for _, sub := range t.sub {
				<-sub.signal
			}

			// Run any cleanup callbacks.
			cleanupStart := time.Now()
			err := t.runCleanup(recoverAndReturnPanic)
			t.duration += time.Since(cleanupStart)
			if err != nil {
				doPanic(err)
			}
			if !t.isParallel {
				// Reacquire the count for sequential tests.
				t.tstate.waitParallel()
			}
		} else if t.isParallel {
			// Only release the count for this test if it was run as a
			// parallel test.
			t.tstate.release()
		}
		// Output buffered logs.
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		t.report() // Report after all subtests have finished.

		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(normalPanic)
		}
	}()

	// The shadow position stack: a top-level test starts it afresh, a
	// subtest may continue into its parents' entries (as Go's frameSkip
	// continues into the frames of the parent's call to Run).
	if t.level <= 1 {
		hintDepth = 0
		t.hintBase = 0
	} else if t.parent != nil {
		t.hintBase = t.parent.hintBase
	}
	t.start = time.Now()
	fn(t)

	// code beyond here will not be executed when FailNow is invoked
	t.finished = true
}

// Run runs f as a subtest of t called name.  It runs f in a separate
// goroutine and blocks until f returns or calls t.Parallel to become a
// parallel test.  Run reports whether f succeeded (or at least did not
// fail before calling t.Parallel).
func (t *T) Run(name string, f func(t *T)) bool {
	if t.cleanupStarted {
		panic("testing: t.Run called during t.Cleanup")
	}

	t.hasSub = true
	testName, ok, _ := t.tstate.match.fullName(&t.common, name)
	if !ok || shouldFailFast() {
		return true
	}

	t = &T{
		common: common{
			barrier:    make(chan bool),
			signal:     make(chan bool, 1),
			name:       testName,
			importPath: t.importPath,
			parent:     &t.common,
			level:      t.level + 1,
			chatty:     t.chatty,
		},
		tstate: t.tstate,
	}
	t.w = indenter{&t.common}
	t.setOutputWriter()

	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== RUN   %s\n", t.name)
	}
	setRunning(t.name)

	go tRunner(t, f)

	// The parent goroutine will block until the subtest either finishes
	// or calls Parallel.
	if !<-t.signal {
		// At this point, it is likely that FailNow was called on one of
		// the parent tests by one of the subtests.  Continue aborting up
		// the chain.
		runtime.Goexit()
	}

	if t.chatty != nil && t.chatty.json {
		t.chatty.Updatef(t.parent.name, "=== NAME  %s\n", t.parent.name)
	}
	return !t.failed
}

// Deadline reports the time at which the test binary will have exceeded
// the timeout specified by the -timeout flag.
func (t *T) Deadline() (deadline time.Time, ok bool) {
	if t.isSynctest {
		// Go's testing/synctest bubbles; tgo has none, so this is never
		// true (gc inlines Deadline, panic and all).
		panic("testing: t.Deadline called inside synctest bubble")
	}
	deadline = t.tstate.deadline
	return deadline, !deadline.IsZero()
}

// testState holds all fields that are common to all tests.
type testState struct {
	match    *matcher
	deadline time.Time

	// Channel used to signal tests that are ready to be run in parallel.
	startParallel chan bool

	// running is the number of tests currently running in parallel.
	running int

	// numWaiting is the number tests waiting to be run in parallel.
	numWaiting int

	// maxParallel is a copy of the parallel flag.
	maxParallel int
}

func newTestState(maxParallel int, m *matcher) *testState {
	return &testState{
		match:         m,
		startParallel: make(chan bool),
		maxParallel:   maxParallel,
		running:       1, // Set the count to 1 for the main (sequential) test.
	}
}

func (s *testState) waitParallel() {
	if s.running < s.maxParallel {
		s.running++
		return
	}
	s.numWaiting++
	<-s.startParallel
}

func (s *testState) release() {
	if s.numWaiting == 0 {
		s.running--
		return
	}
	s.numWaiting--
	s.startParallel <- true // Pick a waiting test to be run.
}

// testDeps is what the generated test main passes to MainStart.
type testDeps interface {
	ImportPath() string
	ModulePath() string
	MatchString(pat, str string) (bool, error)
}

// TgoDeps is the testDeps of the test main that `tgo test` generates (Go's
// is testing/internal/testdeps.TestDeps).  It is not part of Go's API.
type TgoDeps struct {
	Path   string
	Module string
}

func (d TgoDeps) ImportPath() string { return d.Path }
func (d TgoDeps) ModulePath() string { return d.Module }
func (d TgoDeps) MatchString(pat, str string) (bool, error) {
	return matchString(pat, str)
}

// M is a type passed to a TestMain function to run the actual tests.
type M struct {
	deps       testDeps
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample

	numRun int

	// value to pass to os.Exit, the outer test func main harness calls
	// os.Exit with this code.
	exitCode int
}

// InternalFuzzTarget is an internal type but exported because it is
// cross-package.  tgo does not fuzz; fuzz targets are not run.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is the type passed to fuzz tests.  tgo does not fuzz.
type F struct {
	common
}

// MainStart is meant for use by tests generated by `tgo test`.
func MainStart(deps testDeps, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	Init()
	testBinary = "1"
	return &M{
		deps:       deps,
		tests:      tests,
		benchmarks: benchmarks,
		examples:   examples,
	}
}

// TgoExitCode is the exit code of the last m.Run, for the generated test
// main after a TestMain returns.  It is not part of Go's API.
func TgoExitCode(m *M) int { return m.exitCode }

// Main is an internal function, part of the implementation of the "go
// test" command.
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	os.Exit(MainStart(TgoDeps{}, tests, benchmarks, nil, examples).Run())
}

// Run runs the tests.  It returns an exit code to pass to os.Exit.
func (m *M) Run() (code int) {
	defer func() {
		code = m.exitCode
	}()

	m.numRun++

	// TestMain may have already called flag.Parse.
	if !flag.Parsed() {
		flag.Parse()
	}

	if *parallel < 1 {
		fmt.Fprintln(os.Stderr, "testing: -parallel can only be given a positive integer")
		flag.Usage()
		m.exitCode = 2
		return
	}

	if *matchList != "" {
		listTests(func(pat, str string) (bool, error) { return m.deps.MatchString(pat, str) }, m.tests, m.benchmarks, m.examples)
		m.exitCode = 0
		return
	}

	if *matchFuzz != "" {
		fmt.Fprintln(os.Stderr, "testing: -test.fuzz is not supported by tgo")
		m.exitCode = 2
		return
	}

	if *shuffle != "off" {
		fmt.Fprintln(os.Stderr, `testing: -shuffle is not supported by tgo`)
		m.exitCode = 2
		return
	}

	parseCpuList()

	// A closure, not the method value m.deps.MatchString: tgo miscompiles
	// method values of interface methods other than the first.
	matchFn := func(pat, str string) (bool, error) { return m.deps.MatchString(pat, str) }

	deadline := m.startAlarm()
	haveExamples = len(m.examples) > 0
	testRan, testOk := runTests(m.deps.ModulePath(), m.deps.ImportPath(), matchFn, m.tests, deadline)
	exampleRan, exampleOk := runExamples(matchFn, m.examples)
	m.stopAlarm()
	if !testRan && !exampleRan && *matchBenchmarks == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	anyFailed := !testOk || !exampleOk || !runBenchmarks(m.deps.ImportPath(), matchFn, m.benchmarks)
	if anyFailed {
		fmt.Print(chatty.prefix(), "FAIL\n")
		m.exitCode = 1
		return
	}

	m.exitCode = 0
	fmt.Print(chatty.prefix(), "PASS\n")
	return
}

func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

func listTests(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	if _, err := matchString(*matchList, "non-empty"); err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", *matchList, err)
		os.Exit(1)
	}

	for _, test := range tests {
		if ok, _ := matchString(*matchList, test.Name); ok {
			fmt.Println(test.Name)
		}
	}
	for _, bench := range benchmarks {
		if ok, _ := matchString(*matchList, bench.Name); ok {
			fmt.Println(bench.Name)
		}
	}
	for _, example := range examples {
		if ok, _ := matchString(*matchList, example.Name); ok {
			fmt.Println(example.Name)
		}
	}
}

// RunTests is an internal function but exported because it is
// cross-package; it is part of the implementation of the "go test"
// command.
func RunTests(matchString func(pat, str string) (bool, error), tests []InternalTest) (ok bool) {
	var deadline time.Time
	if *timeout > 0 {
		deadline = time.Now().Add(*timeout)
	}
	ran, ok := runTests("", "", matchString, tests, deadline)
	if !ran && !haveExamples {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	return ok
}

func runTests(modulePath, importPath string, matchString func(pat, str string) (bool, error), tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	for _, procs := range cpuList {
		runtime.GOMAXPROCS(procs)
		for i := uint(0); i < *count; i++ {
			if shouldFailFast() {
				break
			}
			if i > 0 && !ran {
				// There were no tests to run on the first iteration.
				// This won't change, so no reason to keep trying.
				break
			}
			tstate := newTestState(*parallel, newMatcher(matchString, *match, "-test.run", *skip))
			tstate.deadline = deadline
			t := &T{
				common: common{
					signal:     make(chan bool, 1),
					barrier:    make(chan bool),
					w:          os.Stdout,
					importPath: importPath,
				},
				tstate: tstate,
			}
			if Verbose() {
				t.chatty = newChattyPrinter(t.w)
			}
			tRunner(t, func(t *T) {
				for _, test := range tests {
					t.Run(test.Name, test.F)
				}
			})
			select {
			case <-t.signal:
			default:
				panic("internal error: tRunner exited without sending on t.signal")
			}
			ok = ok && !t.Failed()
			ran = ran || t.ran
		}
	}
	return ran, ok
}

// startAlarm arms -test.timeout and returns the deadline (zero if none).
func (m *M) startAlarm() time.Time {
	if *timeout <= 0 {
		return time.Time{}
	}
	deadline := time.Now().Add(*timeout)
	armTimeout(int64(*timeout), "panic: test timed out after "+timeout.String()+"\n\trunning tests:\n")
	return deadline
}

// stopAlarm turns off the alarm.
func (m *M) stopAlarm() {
	if *timeout > 0 {
		stopTimeout()
	}
}

func parseCpuList() {
	for _, val := range strings.Split(*cpuListStr, ",") {
		val = strings.TrimSpace(val)
		if val == "" {
			continue
		}
		cpu, err := strconv.Atoi(val)
		if err != nil || cpu <= 0 {
			fmt.Fprintf(os.Stderr, "testing: invalid value %q for -test.cpu\n", val)
			os.Exit(1)
		}
		cpuList = append(cpuList, cpu)
	}
	if cpuList == nil {
		cpuList = append(cpuList, runtime.GOMAXPROCS(-1))
	}
}

func shouldFailFast() bool {
	return *failFast && numFailed > 0
}
