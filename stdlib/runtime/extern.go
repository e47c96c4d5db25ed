// extern.go — the rest of package runtime's API that programs use:
// GOOS/GOARCH, Version, goroutine and finalizer entry points.

package runtime

// GOOS and GOARCH of the programs tgo builds.
const (
	GOOS   string = "linux"
	GOARCH string = "amd64"
)

// Compiler is the name of the compiler that built the program.
const Compiler = "tgo"

// Version returns the Go version that tgo implements.
func Version() string {
	return "go1.26"
}

// NumGoroutine, Gosched and Goexit are in proc.go.

// NumCPU returns the number of logical CPUs usable by the process: tgo
// runs goroutines on one thread.
func NumCPU() int {
	return 1
}

// GOMAXPROCS returns the previous setting (always 1 in tgo) and ignores n.
func GOMAXPROCS(n int) int {
	return 1
}

// KeepAlive marks x as reachable up to this call.  tgo's collector scans
// stacks conservatively, so the call itself is all it takes.
func KeepAlive(x any) {}

// SetFinalizer is accepted and ignored: tgo's collector runs no
// finalizers (Go does not guarantee that they run either).  Its arguments
// escape, as they do in gc (the runtime keeps them): they pass through
// finalizerSink, which is cleared at once.
func SetFinalizer(obj any, finalizer any) {
	finalizerSink = obj
	finalizerSink = finalizer
	finalizerSink = nil
}

var finalizerSink any
