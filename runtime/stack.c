/*
 * stack.c — goroutine stacks, the goroutine record and leaving the program.
 *
 * A goroutine stack is one mmap'd region reserved with MAP_NORESERVE (the
 * main goroutine's is 1 GiB, Go's 1 GB limit): pages are committed as the
 * stack touches them.  Its lowest page is PROT_NONE, so running off the
 * bottom faults instead of scribbling over other memory.  Compiled Go code
 * checks %rsp against tgo_stackguard in every prologue; the guard sits
 * STACK_C_MARGIN bytes above the usable bottom so that C runtime code called
 * from Go always has room.  Crossing the guard in Go code jumps to
 * tgo_morestack (asm.S) and from there to rt_stack_overflow; C code that
 * runs off the margin hits the guard page, which signal.c reports as the
 * same overflow.  Go grows stacks instead; tgo reserves the whole limit up
 * front, so the only observable difference is none: the message and exit
 * status are Go's.
 *
 * rt_main (called by start.c's main) gives goroutine 1 its stack and runs
 * tgo.main on it through rt_stack_switch_call.  The scheduler will create
 * more G records with their own stacks (stack_alloc) and switch between
 * them; see core.h for what a switch must save.
 */
#include "core.h"
#include "heap.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

uintptr_t tgo_stackguard;
uintptr_t tgo_recover_rbp;

G rt_main_g = {.goid = 1};
G *rt_curg;

bool stack_alloc(Stack *s, uintptr_t size)
{
	size = (size + STACK_GUARD_PAGE - 1) & ~(uintptr_t)(STACK_GUARD_PAGE - 1);
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
	               -1, 0);
	if (p == MAP_FAILED)
		return false;
	if (mprotect(p, STACK_GUARD_PAGE, PROT_NONE) != 0) {
		munmap(p, size);
		return false;
	}
	s->guard_lo = (uintptr_t)p;
	s->lo = s->guard_lo + STACK_GUARD_PAGE;
	s->hi = s->guard_lo + size;
	s->guard = s->lo + STACK_C_MARGIN;
	return true;
}

void stack_free(Stack *s)
{
	if (s->guard_lo)
		munmap((void *)s->guard_lo, s->hi - s->guard_lo);
	memset(s, 0, sizeof *s);
}

/* string.c asks whether a buffer lies on the running goroutine's stack. */
bool rt_stack_contains(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	if (rt_curg != NULL && rt_curg->stack.hi != 0)
		return rt_curg->stack.lo <= a && a < rt_curg->stack.hi;
	extern void *__libc_stack_end;
	return (uintptr_t)__builtin_frame_address(0) <= a && a < (uintptr_t)__libc_stack_end;
}

_Noreturn void rt_main(void (*fn)(void))
{
	G *g = &rt_main_g;
	/* 1 GiB of address space, or less under an address-space limit
	 * (ulimit -v), as long as 8 MiB fit */
	uintptr_t size = STACK_MAIN_SIZE;
	while (!stack_alloc(&g->stack, size)) {
		size /= 2;
		if (size < ((uintptr_t)8 << 20))
			rt_throw("runtime: cannot allocate the main goroutine stack");
	}
	g->stackguard = g->stack.guard;
	rt_curg = g;
	tgo_stackguard = g->stack.guard;
	gc_set_stack_top((void *)g->stack.hi);
	rt_stack_switch_call(g->stack.hi, fn);
	rt_exit(0);
}

_Noreturn void rt_exit(int code)
{
	print_flush();
	_exit(code);
}

/* os.Exit: stdlib/os declares runtime_exit without a body, which the
 * compiler turns into a System V call to this name. */
_Noreturn void os_runtime_exit(intptr_t code);
_Noreturn void os_runtime_exit(intptr_t code)
{
	rt_exit((int)code);
}

/* ---- Stack overflow --------------------------------------------------------- */

static void write_str(const char *s)
{
	print_write(s, (intptr_t)strlen(s));
}

/* Reached on the emergency stack (from tgo_morestack) or the signal stack
 * (a fault in the guard page); sp is where the goroutine's %rsp was. */
_Noreturn void rt_stack_overflow(uintptr_t sp)
{
	G *g = rt_curg;
	print_flush();
	write_str("runtime: goroutine stack exceeds 1000000000-byte limit\n");
	write_str("runtime: sp=");
	printhex(sp);
	write_str(" stack=[");
	printhex(g ? g->stack.lo : 0);
	write_str(", ");
	printhex(g ? g->stack.hi : 0);
	write_str("]\n");
	write_str("fatal error: stack overflow\n\nruntime stack:\n");
	write_str("\ngoroutine ");
	printint(g ? g->goid : 1);
	write_str(" [running]:\n");
	rt_exit(2);
}
