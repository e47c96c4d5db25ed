#!/bin/sh
# ldflags.sh CC — print how bin/tgo links a program on this machine.
# Line 1: ld arguments before the program's object files (start files);
# line 2: arguments after them (libc, end files).  Found once at build time
# with the C compiler, so that tgo itself needs only GNU ld at run time.
CC=${1:-gcc}
f() { $CC -print-file-name="$1"; }
libc=$(f libc.so)
libdir=$(dirname "$libc")
gccdir=$(dirname "$(f crtbegin.o)")
interp=$(readelf -l /bin/sh 2>/dev/null | sed -n 's/.*interpreter: \(.*\)]/\1/p')
[ -n "$interp" ] || interp=/lib64/ld-linux-x86-64.so.2
echo "-dynamic-linker $interp $(f crt1.o) $(f crti.o) $(f crtbegin.o)"
echo "-L$libdir -L$gccdir -lm -lgcc -lc -lgcc $(f crtend.o) $(f crtn.o)"
