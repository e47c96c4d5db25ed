// Package syscall is the small part of Go's syscall package that tgo's os
// package stands on (linux/amd64): errno values and their texts, the open
// flags, and file, environment and exit calls.  The functions keep the
// signatures of Go's syscall so that os compiles unchanged against either.
//
// The system calls themselves are C functions of the runtime
// (runtime/stdlib_os.c, named syscall_<name>): each returns its result,
// or -errno on failure, and retries after EINTR.
package syscall

import (
	"internal/oserror"
	"unsafe"
)

// An Errno is a Linux error number.
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errnoText) {
		if s := errnoText[e]; s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match an Errno against the portable errors of os.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	ESRCH        Errno = 3
	EINTR        Errno = 4
	EIO          Errno = 5
	ENXIO        Errno = 6
	E2BIG        Errno = 7
	ENOEXEC      Errno = 8
	EBADF        Errno = 9
	ECHILD       Errno = 10
	EAGAIN       Errno = 11
	ENOMEM       Errno = 12
	EACCES       Errno = 13
	EFAULT       Errno = 14
	EBUSY        Errno = 16
	EEXIST       Errno = 17
	EXDEV        Errno = 18
	ENODEV       Errno = 19
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	ENFILE       Errno = 23
	EMFILE       Errno = 24
	ENOTTY       Errno = 25
	EFBIG        Errno = 27
	ENOSPC       Errno = 28
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	EMLINK       Errno = 31
	EPIPE        Errno = 32
	EDOM         Errno = 33
	ERANGE       Errno = 34
	EDEADLK      Errno = 35
	ENAMETOOLONG Errno = 36
	ENOSYS       Errno = 38
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
	EWOULDBLOCK  Errno = EAGAIN
	EOPNOTSUPP   Errno = 95
	ENOTSUP      Errno = EOPNOTSUPP
	ECONNRESET   Errno = 104
	ETIMEDOUT    Errno = 110
	ECONNREFUSED Errno = 111
)

// Flags of Open.
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_SYNC      = 0x101000
	O_DIRECTORY = 0x10000
	O_CLOEXEC   = 0x80000
)

// File mode bits.
const (
	S_IFMT   = 0xf000
	S_IFDIR  = 0x4000
	S_IFREG  = 0x8000
	S_IFLNK  = 0xa000
	S_IFIFO  = 0x1000
	S_IFCHR  = 0x2000
	S_IFBLK  = 0x6000
	S_IFSOCK = 0xc000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
)

// Standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

type Timespec struct {
	Sec  int64
	Nsec int64
}

// Stat_t is struct stat of linux/amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint(v)
	if neg {
		u = -u
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// errnoErr turns a negative C result into an error.
func errnoErr(r int) error {
	return Errno(-r)
}

// cstring returns s as a NUL-terminated byte array (one allocation, as in
// Go's BytePtrFromString); EINVAL if s contains a NUL.
func cstring(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b, nil
}

// Open opens path with the given flags and permissions (open(2)).
func Open(path string, mode int, perm uint32) (fd int, err error) {
	p, err := cstring(path)
	if err != nil {
		return -1, err
	}
	r := sysopen(unsafe.Pointer(&p[0]), mode, int(perm))
	if r < 0 {
		return -1, errnoErr(r)
	}
	return r, nil
}

// Read reads from fd into p (read(2)); n is -1 on error.
func Read(fd int, p []byte) (n int, err error) {
	r := sysread(fd, p)
	if r < 0 {
		return -1, errnoErr(r)
	}
	return r, nil
}

// Write writes p to fd (write(2)); n is -1 on error.
func Write(fd int, p []byte) (n int, err error) {
	r := syswrite(fd, p)
	if r < 0 {
		return -1, errnoErr(r)
	}
	return r, nil
}

// Close closes fd.
func Close(fd int) (err error) {
	if r := sysclose(fd); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Seek sets fd's offset (lseek(2)).
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r := sysseek(fd, offset, whence)
	if r < 0 {
		return -1, errnoErr(int(r))
	}
	return r, nil
}

// Fstat fills st with fd's status.
func Fstat(fd int, st *Stat_t) (err error) {
	if r := sysfstat(fd, unsafe.Pointer(st)); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Unlink removes a file.
func Unlink(path string) error {
	p, err := cstring(path)
	if err != nil {
		return err
	}
	if r := sysunlink(unsafe.Pointer(&p[0])); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Rmdir removes an empty directory.
func Rmdir(path string) error {
	p, err := cstring(path)
	if err != nil {
		return err
	}
	if r := sysrmdir(unsafe.Pointer(&p[0])); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Mkdir creates a directory.
func Mkdir(path string, mode uint32) error {
	p, err := cstring(path)
	if err != nil {
		return err
	}
	if r := sysmkdir(unsafe.Pointer(&p[0]), int(mode)); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Exit ends the process with the given status (the runtime's rt_exit:
// it flushes the runtime's own print buffer, nothing else).
func Exit(code int) {
	sysexit(code)
}

// Getpid returns the process id.
func Getpid() (pid int) {
	return sysgetpid()
}

// Getenv returns the value of the environment variable key.
func Getenv(key string) (value string, found bool) {
	n := envcount()
	for i := 0; i < n; i++ {
		kv := envat(i)
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	if r := syssetenv(key, value); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if r := sysunsetenv(key); r < 0 {
		return errnoErr(r)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	sysclearenv()
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	n := envcount()
	env := make([]string, 0, n)
	for i := 0; i < n; i++ {
		env = append(env, envat(i))
	}
	return env
}

// The C side (runtime/stdlib_os.c).  Strings and slices arrive as their
// words; path arguments are NUL-terminated byte arrays.

//go:noescape
func sysopen(path unsafe.Pointer, flags int, perm int) int

//go:noescape
func sysread(fd int, p []byte) int

//go:noescape
func syswrite(fd int, p []byte) int

func sysclose(fd int) int

func sysseek(fd int, offset int64, whence int) int64

//go:noescape
func sysfstat(fd int, st unsafe.Pointer) int

//go:noescape
func sysunlink(path unsafe.Pointer) int

//go:noescape
func sysrmdir(path unsafe.Pointer) int

//go:noescape
func sysmkdir(path unsafe.Pointer, mode int) int

func sysexit(code int)

func sysgetpid() int

// envcount is the number of entries of the C environment; envat(i) is
// entry i ("key=value"), a string over the C memory (not copied).
func envcount() int

func envat(i int) string

//go:noescape
func syssetenv(key, value string) int

//go:noescape
func sysunsetenv(key string) int

func sysclearenv()
