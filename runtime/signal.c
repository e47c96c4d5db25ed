/*
 * signal.c — hardware faults as Go sees them.
 *
 * Compiled Go code does not test pointers for nil before small-offset loads
 * and stores; the MMU does, and the kernel delivers SIGSEGV.  The handler
 * runs on an alternate signal stack (the goroutine stack may be the thing
 * that overflowed) and decides:
 *
 *   - fault address or %rsp in the guard page below a goroutine stack:
 *     a stack overflow, reported by rt_stack_overflow (exit 2);
 *   - SIGSEGV/SIGBUS at an address below 0x1000 (nil plus a field offset),
 *     or SIGFPE (integer division): a Go panic.  The handler records the
 *     signal in the goroutine (for the "[signal ...]" line), pushes the
 *     faulting pc on the goroutine stack as a return address and resumes
 *     at rt_sigpanic_tramp (asm.S), so execution continues as if the
 *     faulting instruction had called rt_sigpanic, which calls gopanic with
 *     the run-time error.  A deferred function can then recover as from
 *     any panic;
 *   - any other fault: "unexpected fault address 0x..." and "fatal error:
 *     fault", as Go prints them.
 *
 * A fault while the collector runs is a fatal error ("unexpected signal
 * during runtime execution"), as the heap cannot be left half-marked.
 */
#include "core.h"
#include "heap.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

enum { ALTSTACK_SIZE = 64 << 10 };

static bool in_guard(const G *g, uintptr_t a)
{
	return g != NULL && g->stack.guard_lo != 0 && g->stack.guard_lo <= a && a < g->stack.lo;
}

static void record_signal(G *g, int sig, const siginfo_t *info, uintptr_t pc)
{
	g->sig = sig;
	g->sigcode = (uintptr_t)(intptr_t)info->si_code;
	g->sigaddr = (uintptr_t)info->si_addr;
	g->sigpc = pc;
}

static void fault_handler(int sig, siginfo_t *info, void *ctx)
{
	ucontext_t *uc = ctx;
	greg_t *regs = uc->uc_mcontext.gregs;
	uintptr_t pc = (uintptr_t)regs[REG_RIP];
	uintptr_t sp = (uintptr_t)regs[REG_RSP];
	uintptr_t addr = (uintptr_t)info->si_addr;
	G *g = rt_curg;

	if (sig != SIGFPE && (in_guard(g, addr) || in_guard(g, sp) || in_guard(g, sp - 16)))
		rt_stack_overflow(sp);
	if (g == NULL) {
		/* not running Go code yet: let the default action happen */
		signal(sig, SIG_DFL);
		return;
	}
	record_signal(g, sig, info, pc);
	if (gc_running)
		rt_fatal("unexpected signal during runtime execution");
	bool nilfault = sig == SIGFPE || addr < 0x1000;
	if (sig == SIGBUS && info->si_code != BUS_ADRERR)
		nilfault = false;
	if (!nilfault) {
		print_flush();
		print_write("unexpected fault address ", 25);
		printhex(addr);
		print_write("\n", 1);
		rt_fatal("fault");
	}
	/* A call to address 0 faults at pc 0 with the return address already
	 * pushed: then the frame is already there. */
	if (pc != 0) {
		sp -= 8;
		*(uintptr_t *)sp = pc;
	}
	regs[REG_RSP] = (greg_t)sp;
	regs[REG_RIP] = (greg_t)(uintptr_t)rt_sigpanic_tramp;
}

void signal_init(void)
{
	stack_t ss;
	void *p = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		rt_throw("runtime: cannot allocate the signal stack");
	ss.ss_sp = p;
	ss.ss_size = ALTSTACK_SIZE;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fault_handler;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
}
