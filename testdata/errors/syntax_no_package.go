// A file without a package clause (the go command reports it without the "./" prefix).

func main() { // ERROR "expected 'package', found 'func'"
}
