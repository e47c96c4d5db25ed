# lib.sh — shell functions shared by scripts/test.sh and scripts/golden.sh.
#
# Sourced, never run.  The caller sets ROOT (the repository root) first.
# Everything here is POSIX sh plus `timeout` from coreutils when present.
# doc/testing.md describes the golden format and the normalization rules that
# these functions implement.

TGO=${TGO:-$ROOT/bin/tgo}
ERRORCHECK=${ERRORCHECK:-$ROOT/bin/errorcheck}
NORMALIZE=$ROOT/scripts/normalize.awk
RUN_TIMEOUT=${TGO_TEST_TIMEOUT:-10}      # seconds per test program run
BUILD_TIMEOUT=${TGO_BUILD_TIMEOUT:-120}  # seconds per compile
CLI_GOLDENS="hello run_hello run_args run_panic build_error build_dep_error build_pkg_error"

LC_ALL=C
export LC_ALL

# lib_go_env: how real Go is run — offline, with the installed toolchain,
# in module mode with no go.mod (the `go` command then applies the language
# version and GODEBUG defaults of the toolchain itself, as `go run x.go` does
# outside any module), and with a writable build cache.  GOPATH mode would
# not do: it builds with go1.20's GODEBUG defaults (panicnil=1, ...).
lib_go_env() {
	GO111MODULE=on GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOWORK=off
	export GO111MODULE GOTOOLCHAIN GOFLAGS GOPROXY GOWORK
	if command -v go >/dev/null 2>&1; then
		_ge_c=$(go env GOCACHE 2>/dev/null)
		if [ -z "$_ge_c" ] || [ "$_ge_c" = off ] || ! { mkdir -p "$_ge_c" 2>/dev/null && [ -w "$_ge_c" ]; }; then
			GOCACHE=${TMPDIR:-/tmp}/tgo-gocache-$(id -u)
			export GOCACHE
		fi
	fi
}

# go_srcdir DIR FILE WORK: where real Go builds DIR/FILE.  Go builds a copy
# in WORK/src, so that a go.mod that may exist above the repository can
# never change the language version; messages still say ./FILE.  A package
# test (FILE = "pkg_x/", a directory with its own go.mod) is copied whole.
go_srcdir() {
	mkdir -p "$3/src"
	case $2 in
	*/)
		cp -R "$1/${2%/}/." "$3/src/"
		echo "$3/src"
		return
		;;
	esac
	cp "$1/$2" "$3/src/"
	[ -f "$1/${2%.go}.stdin" ] && cp "$1/${2%.go}.stdin" "$3/src/"
	[ -f "$1/${2%.go}.gcflags" ] && cp "$1/${2%.go}.gcflags" "$3/src/"
	echo "$3/src"
}

# run_golden DIR NAME: the golden file of run test NAME in DIR: x.golden for
# x.go, pkg_x/main.golden for the package test pkg_x/.
run_golden() {
	case $2 in
	*/) echo "$1/${2}main.golden" ;;
	*) echo "$1/${2%.go}.golden" ;;
	esac
}

have_go() { command -v go >/dev/null 2>&1; }

# with_timeout SECS cmd...: run cmd, killed after SECS seconds (exit 124).
with_timeout() {
	_wt_t=$1
	shift
	if command -v timeout >/dev/null 2>&1; then
		timeout -k 2 "$_wt_t" "$@"
	else
		"$@"
	fi
}

# tool_cmd tgo|go: the command that plays the `go` command's role.
tool_cmd() {
	if [ "$1" = go ]; then echo go; else echo "$TGO"; fi
}

# ends_without_newline FILE: true when FILE is non-empty and its last byte
# is not a newline.
ends_without_newline() {
	[ -s "$1" ] && [ -n "$(tail -c 1 "$1" | tr -d '\n')" ]
}

# normalize_stderr RAW OUT: apply scripts/normalize.awk.
normalize_stderr() {
	if ends_without_newline "$1"; then _ns_nf=1; else _ns_nf=0; fi
	awk -v nofinal=$_ns_nf -f "$NORMALIZE" < "$1" > "$2"
}

# section NAME FILE: one section of a golden file.
section() {
	if ends_without_newline "$2"; then
		printf -- '-- %s (no final newline) --\n' "$1"
		cat "$2"
		printf '\n'
	else
		printf -- '-- %s --\n' "$1"
		cat "$2"
	fi
}

# format_result EXIT STDOUT-FILE STDERR-FILE: the golden format.
format_result() {
	printf -- '-- exit: %s --\n' "$1"
	section stdout "$2"
	section stderr "$3"
}

# test_args FILE: the words of a `// args: ...` line of a test program.
test_args() {
	sed -n 's|^// args:[ 	]*||p' "$1" | sed 1q
}

# test_gcflags FILE: the -gcflags of a test program for both compilers: the
# first line of x.gcflags beside it (a variant of another test, x.go being
# a symlink to it), else its `// gcflags: ...` line.
test_gcflags() {
	if [ -f "${1%.go}.gcflags" ]; then
		sed 1q "${1%.go}.gcflags"
		return
	fi
	sed -n 's|^// gcflags:[ 	]*||p' "$1" | sed 1q
}

# test_go_gcflags FILE: the value of a `// go-gcflags: FLAGS (why)` line:
# -gcflags for real Go only, when generating the golden.  For programs gc
# 1.26 miscompiles (golang/go#81612: -d=variablemakehash=n turns off the
# faulty optimization, so real Go gives the result the spec requires).
test_go_gcflags() {
	sed -n 's|^// go-gcflags:[ 	]*\([^ 	(]*\).*|\1|p' "$1" | sed 1q
}

# test_timeout FILE: the seconds of a `// timeout: N` line of a test program
# that needs more than RUN_TIMEOUT (empty if none).
test_timeout() {
	sed -n 's|^// timeout:[ 	]*\([0-9]*\).*|\1|p' "$1" | sed 1q
}

# exec_capture WORK DIR STDIN cmd...: run cmd in DIR with a time limit and a
# 10 MB output limit (ulimit -f counts 512-byte blocks in dash; a command
# that compiles, like tgo test, writes assembly of more than 10 MB: it sets
# _ec_fsize higher); stdout to WORK/stdout, raw stderr to WORK/stderr.raw,
# normalized stderr to WORK/stderr; prints the exit status.
exec_capture() {
	_ec_w=$1 _ec_d=$2 _ec_in=$3
	shift 3
	(
		cd "$_ec_d" || exit 125
		ulimit -f "${_ec_fsize:-20480}" 2>/dev/null
		with_timeout "${_ec_timeout:-$RUN_TIMEOUT}" "$@"
	) < "$_ec_in" > "$_ec_w/stdout" 2> "$_ec_w/stderr.raw"
	_ec_st=$?
	normalize_stderr "$_ec_w/stderr.raw" "$_ec_w/stderr"
	echo $_ec_st
}

# program_result tgo|go DIR FILE WORK: build DIR/FILE with `TOOL build -o`
# from inside DIR (go: inside a copy, see go_srcdir), run the binary there
# with the test's args and stdin, and print the result in the golden format.  A failed build prints a
# "-- build failed --" section with the compiler's output instead.
# FILE "pkg_x/" is a package test: the directory DIR/pkg_x (a module) is
# built with `TOOL build -o prog .` inside it; args and stdin are main.go's
# and main.stdin.
program_result() {
	_pr_tool=$1 _pr_d=$2 _pr_f=$3 _pr_w=$4
	_pr_cmd=$(tool_cmd "$_pr_tool")
	_pr_target=$_pr_f _pr_main=$_pr_f
	case $_pr_f in
	*/) _pr_target=. _pr_main=main.go ;;
	esac
	if [ "$_pr_tool" = go ]; then
		_pr_d=$(go_srcdir "$_pr_d" "$_pr_f" "$_pr_w")
	elif [ "$_pr_target" = . ]; then
		_pr_d=$_pr_d/${_pr_f%/}
	fi
	_pr_gcflags=$(test_gcflags "$_pr_d/$_pr_main")
	# TGO_EXTRA_GCFLAGS: more -gcflags for tgo (sh scripts/test.sh run with
	# TGO_EXTRA_GCFLAGS=-l runs the programs without inlining)
	[ "$_pr_tool" = tgo ] && [ -n "${TGO_EXTRA_GCFLAGS:-}" ] && _pr_gcflags="${_pr_gcflags:+$_pr_gcflags }$TGO_EXTRA_GCFLAGS"
	_pr_gogc=$(test_go_gcflags "$_pr_d/$_pr_main")
	[ "$_pr_tool" = go ] && [ -n "$_pr_gogc" ] && _pr_gcflags="${_pr_gcflags:+$_pr_gcflags }$_pr_gogc"
	(cd "$_pr_d" && with_timeout "$BUILD_TIMEOUT" "$_pr_cmd" build -o "$_pr_w/prog" ${_pr_gcflags:+"-gcflags=$_pr_gcflags"} "$_pr_target") > "$_pr_w/build.out" 2>&1
	_pr_st=$?
	if [ $_pr_st -ne 0 ]; then
		printf -- '-- build failed: %s build -o prog %s: exit %s --\n' "$_pr_tool" "$_pr_f" "$_pr_st"
		cat "$_pr_w/build.out"
		return 0
	fi
	_pr_in=/dev/null
	[ -f "$_pr_d/${_pr_main%.go}.stdin" ] && _pr_in=$_pr_d/${_pr_main%.go}.stdin
	set -f
	# shellcheck disable=SC2046
	_ec_timeout=$(test_timeout "$_pr_d/$_pr_main")
	_pr_st=$(exec_capture "$_pr_w" "$_pr_d" "$_pr_in" "$_pr_w/prog" $(test_args "$_pr_d/$_pr_main"))
	_ec_timeout=
	set +f
	format_result "$_pr_st" "$_pr_w/stdout" "$_pr_w/stderr"
}

# cli_dir WORK: a copy of testdata/cli's programs in WORK/cli, where the CLI
# cases run (for tgo and go alike; see go_srcdir for why go needs a copy).
cli_dir() {
	if [ ! -d "$1/cli" ]; then
		mkdir -p "$1/cli"
		cp "$ROOT"/testdata/cli/*.go "$1/cli/"
		cp -R "$ROOT"/testdata/cli/modbad "$1/cli/"
	fi
	echo "$1/cli"
}

# cli_golden_result NAME tgo|go WORK: the result of one of the CLI cases
# whose expected output is a golden file testdata/cli/NAME.golden.
cli_golden_result() {
	_cg_name=$1 _cg_tool=$2 _cg_w=$3
	_cg_d=$(cli_dir "$_cg_w")
	_cg_cmd=$(tool_cmd "$_cg_tool")
	case $_cg_name in
	hello)     program_result "$_cg_tool" "$ROOT/testdata/cli" hello.go "$_cg_w"; return ;;
	run_hello) _cg_st=$(exec_capture "$_cg_w" "$_cg_d" /dev/null "$_cg_cmd" run hello.go) ;;
	run_args)  _cg_st=$(exec_capture "$_cg_w" "$_cg_d" /dev/null "$_cg_cmd" run hello.go arg1 -flag x.go) ;;
	run_panic) _cg_st=$(exec_capture "$_cg_w" "$_cg_d" /dev/null "$_cg_cmd" run panic.go) ;;
	build_error) _cg_st=$(exec_capture "$_cg_w" "$_cg_d" /dev/null "$_cg_cmd" build -o "$_cg_w/prog" bad.go) ;;
	build_dep_error) _cg_st=$(exec_capture "$_cg_w" "$_cg_d/modbad" /dev/null "$_cg_cmd" build -o "$_cg_w/prog" .) ;;
	build_pkg_error) _cg_st=$(exec_capture "$_cg_w" "$_cg_d/modbad" /dev/null "$_cg_cmd" build -o "$_cg_w/prog" ./cmd/bad) ;;
	*) echo "cli_golden_result: unknown case $_cg_name" >&2; return 1 ;;
	esac
	format_result "$_cg_st" "$_cg_w/stdout" "$_cg_w/stderr"
}
