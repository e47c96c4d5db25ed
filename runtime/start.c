/*
 * start.c — the C main() of every program tgo builds.
 *
 * The compiler emits "tgo.main" (run every package initializer, then
 * main.main).  main() prepares the process and hands over to rt_main
 * (stack.c), which runs tgo.main on the main goroutine's own stack:
 *
 *   1. the heap (malloc_init is idempotent; mallocgc would do it lazily);
 *   2. the hash seed (alg.c);
 *   3. the fault handlers on an alternate signal stack (signal.c);
 *   4. os.Args: a []string over argv (the strings point into argv, as Go's
 *      do), stored into the package variable when package os is linked;
 *   5. rt_main: the 1 GiB goroutine stack, tgo_stackguard, the collector's
 *      stack top, then tgo.main; when it returns, rt_exit(0).
 *
 * This file holds nothing else, so that runtime unit tests, which have their
 * own main(), never pull it out of lib/libtgort.a.
 */
#include "core.h"
#include "heap.h"

#include <string.h>

/* Emitted by the compiler. */
extern void tgo_main(void) __asm__("tgo.main");
extern GoSlice os_Args __asm__("os.Args") __attribute__((weak));

static const uint8_t mask_string[] = {0x1};
static const Type string_type = {
	.size = 16, .ptrdata = 8, .kind = KIND_STRING, .align = 8,
	.tflag = TFLAG_COMPARABLE, .gcmask = mask_string, .name = "string",
};

static void args_init(int argc, char **argv)
{
	if (&os_Args == NULL || argc <= 0)
		return;
	GoString *args = mallocgc((uintptr_t)argc * sizeof(GoString), &string_type, true);
	for (int i = 0; i < argc; i++)
		args[i] = (GoString){(const uint8_t *)argv[i], (intptr_t)strlen(argv[i])};
	os_Args = (GoSlice){args, argc, argc};
}

int main(int argc, char **argv)
{
	malloc_init();
	alg_init();
	signal_init();
	args_init(argc, argv);
	rt_main(tgo_main);
}
