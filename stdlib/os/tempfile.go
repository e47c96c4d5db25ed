package os

// Temporary files and directories: TempDir, CreateTemp, MkdirTemp, with
// Go's name patterns ("prefix*suffix") and errors.  The random part of a
// name comes from a small generator seeded with the process id (Go uses
// the runtime's random numbers); a name that exists already is retried,
// 10000 times at most, as Go does.

import "errors"

// Separators of file paths and of path lists (Unix).
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	return tempDir()
}

// tempDir is TempDir on Unix (gc inlines both).
func tempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

var randState uint64

// nextRandom returns the decimal text of a pseudo-random uint32.
func nextRandom() string {
	if randState == 0 {
		randState = uint64(Getpid())*0x9E3779B97F4A7C15 | 1
	}
	// xorshift64*
	randState ^= randState >> 12
	randState ^= randState << 25
	randState ^= randState >> 27
	v := uint32((randState * 0x2545F4914F6CDD1D) >> 32)
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern at its last '*'.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	pos := -1
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			pos = i
			break
		}
	}
	if pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp creates a new file in dir (TempDir() if empty) named by
// pattern with its last '*' replaced by a random string, opened for
// reading and writing with mode 0600.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir() if empty) named by
// pattern as CreateTemp names files, with mode 0700, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		// Go reports a missing dir by Stat(dir)'s error; tgo has no Stat,
		// and mkdir's own error names the same missing path component
		return "", err
	}
}
