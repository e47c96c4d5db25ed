// os_basic: files and the environment — Create, Write, WriteString, Seek,
// Read to EOF, ReadFile, WriteFile, Remove, Mkdir, and the errors Go
// reports (*fs.PathError texts, ErrNotExist, ErrClosed, IsExist, ...).
// It works in a directory it creates under the current one.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func check(what string, err error) {
	fmt.Printf("%s: %v\n", what, err)
	if err != nil {
		var pe *os.PathError
		fmt.Printf("  %T as-PathError=%v notexist=%v exist=%v perm=%v is-notexist=%v is-closed=%v\n",
			err, errors.As(err, &pe), os.IsNotExist(err), os.IsExist(err), os.IsPermission(err),
			errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrClosed))
		if pe != nil {
			fmt.Printf("  op=%s path=%s err=%v (%T)\n", pe.Op, pe.Path, pe.Err, pe.Err)
		}
	}
}

func main() {
	dir := "os_basic_tmp"
	for _, e := range []string{"/a.txt", "/big", "/app", ""} {
		os.Remove(dir + e) // left over by an earlier run
	}
	check("mkdir", os.Mkdir(dir, 0755))
	check("mkdir again", os.Mkdir(dir, 0755))

	name := dir + "/a.txt"
	f, err := os.Create(name)
	check("create", err)
	fmt.Println(f.Name())
	n, err := f.Write([]byte("hello\n"))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 4)
	for {
		n, err = f.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err = f.Read(nil)
	fmt.Println("read nil", n, err)
	off, err = f.Seek(-3, io.SeekEnd)
	fmt.Println(off, err)
	_, err = f.Seek(-100, io.SeekStart)
	check("seek negative", err)
	check("close", f.Close())
	check("close again", f.Close())
	_, err = f.Write([]byte("x"))
	check("write closed", err)
	_, err = f.Read(buf)
	check("read closed", err)

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing")
	check("readfile missing", err)
	_, err = os.ReadFile(dir)
	check("readfile dir", err)
	_, err = os.Open(dir + "/missing/x")
	check("open missing", err)
	_, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	check("open excl", err)
	_, err = os.Create(dir + "/nodir/x")
	check("create nodir", err)
	_, err = os.Open("bad\x00name")
	check("open nul", err)

	big := make([]byte, 70000)
	for i := range big {
		big[i] = byte(i)
	}
	check("writefile", os.WriteFile(dir+"/big", big, 0600))
	got, err := os.ReadFile(dir + "/big")
	fmt.Println(len(got), err, string(got) == string(big))
	check("writefile dir", os.WriteFile(dir, big, 0600))

	g, err := os.OpenFile(dir+"/app", os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0644)
	check("open append", err)
	g.WriteString("one ")
	g.Close()
	g, _ = os.OpenFile(dir+"/app", os.O_WRONLY|os.O_APPEND, 0644)
	g.WriteString("two")
	g.Close()
	got, _ = os.ReadFile(dir + "/app")
	fmt.Printf("%q\n", got)

	check("remove missing", os.Remove(dir+"/missing"))
	check("remove nonempty", os.Remove(dir))
	for _, e := range []string{"a.txt", "big", "app"} {
		check("remove "+e, os.Remove(dir+"/"+e))
	}
	check("remove dir", os.Remove(dir))

	var nilf *os.File
	_, err = nilf.Write(nil)
	check("nil file", err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err = os.Stdout.WriteString("direct to stdout\n")
	fmt.Println(n, err)

	// environment
	fmt.Println(os.Setenv("TGO_TEST_VAR", "value=1"))
	v, ok := os.LookupEnv("TGO_TEST_VAR")
	fmt.Println(v, ok, os.Getenv("TGO_TEST_VAR"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "TGO_TEST_VAR=value=1" {
			found = true
		}
	}
	fmt.Println("environ", found)
	fmt.Println(os.Unsetenv("TGO_TEST_VAR"))
	v, ok = os.LookupEnv("TGO_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Getenv("TGO_DEFINITELY_UNSET"))
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)
	fmt.Println(os.ModeDir|0755, os.FileMode(0644), os.ModePerm)
	err = &os.PathError{Op: "op", Path: "p", Err: os.ErrInvalid}
	fmt.Println(err, errors.Unwrap(err) == os.ErrInvalid)
	err = os.NewSyscallError("sys", os.ErrPermission)
	fmt.Println(err, os.IsPermission(err), os.NewSyscallError("x", nil) == nil)
	os.Exit(3)
}
