/*
 * asm.S — the few runtime pieces that must be assembly (x86-64, AT&T).
 *
 *   tgo_morestack         entered by `jb` from a Go prologue whose %rsp went
 *                         below tgo_stackguard: moves to an emergency stack
 *                         and reports the overflow (rt_stack_overflow).
 *   rt_callgo             C calls a Go function (tgo's stack convention, see
 *                         abi.h); also how deferred calls are run.
 *   rt_stack_switch_call  run a function on another stack (the main
 *                         goroutine's).
 *   sched_switch          the scheduler's context switch (sched.c).
 *   sched_gostart         where a new goroutine's first switch lands.
 *   rt_sigpanic_tramp     where the fault handler (signal.c) resumes a
 *                         goroutine: a frame that looks called from the
 *                         faulting instruction, then rt_sigpanic.
 *   rt_recover_jump       resume a frame after a recovered panic.
 *   rt_complex128div      complex128 division with a register interface.
 *
 * Go functions preserve only %rbp and %rsp, so everything else that must
 * survive a call into Go is kept in the frame here.
 */

	.text

/*
 * void rt_callgo(void *fn, void *ctx, const void *args, uintptr_t argsize,
 *                void *ret, uintptr_t retsize)
 *
 * Frame (offsets from %rbp):
 *    -8..-40  rbx, r12, r13, r14, r15 (the C caller's callee-saved registers)
 *   -48       the caller's tgo_recover_rbp, restored on return
 *   -56       ret      -64  retsize      -72  argsize      -80  padding
 *   below     the argument and result area, 16-byte aligned, at %rsp
 *
 * tgo_recover_rbp is set to the %rbp the callee will have: %rsp at the
 * call minus 16 (return address, then the callee's saved %rbp).
 */
	.globl	rt_callgo
	.type	rt_callgo, @function
rt_callgo:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	tgo_recover_rbp(%rip)
	pushq	%r8
	pushq	%r9
	pushq	%rcx
	subq	$8, %rsp
	/* area = (argsize + retsize + 15) & ~15 */
	leaq	15(%rcx,%r9), %rax
	andq	$-16, %rax
	subq	%rax, %rsp
	movq	%rdi, %r12		/* fn */
	movq	%rsi, %r13		/* ctx */
	/* copy the arguments to the bottom of the area */
	movq	%rsp, %rdi
	movq	%rdx, %rsi
	rep movsb			/* %rcx = argsize */
	leaq	-16(%rsp), %rax
	movq	%rax, tgo_recover_rbp(%rip)
	movq	%r13, %rdx
	call	*%r12
	/* copy the results out: ret <- %rsp + argsize, retsize bytes */
	movq	-56(%rbp), %rdi
	movq	-72(%rbp), %rsi
	addq	%rsp, %rsi
	movq	-64(%rbp), %rcx
	rep movsb
	leaq	-48(%rbp), %rsp
	popq	tgo_recover_rbp(%rip)
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	rt_callgo, .-rt_callgo

/*
 * void rt_stack_switch_call(uintptr_t sp, void (*fn)(void))
 *
 * The new stack gets two words at its top, the old %rsp and %rbp; fn is
 * called with %rsp = sp - 16 (so it starts like any called function) and
 * %rbp = 0, which ends the frame chain of the goroutine.
 */
	.globl	rt_stack_switch_call
	.type	rt_stack_switch_call, @function
rt_stack_switch_call:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, %rax
	movq	%rdi, %rsp
	pushq	%rax
	pushq	%rbp
	xorl	%ebp, %ebp
	call	*%rsi
	popq	%rbp
	popq	%rax
	movq	%rax, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	rt_stack_switch_call, .-rt_stack_switch_call

/*
 * void sched_switch(uintptr_t *save_sp, uintptr_t new_sp)
 *
 * Push the callee-saved registers on the current stack, store %rsp in
 * *save_sp, load new_sp and pop the registers that the other goroutine
 * pushed when it switched out; its return address follows them.  The
 * pushed registers stay on the suspended goroutine's own stack, where the
 * collector scans them (heap.h, rt_foreach_stack).
 */
	.globl	sched_switch
	.type	sched_switch, @function
sched_switch:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, (%rdi)
	movq	%rsi, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	sched_switch, .-sched_switch

/*
 * sched_gostart: sched.c lays out a new goroutine's stack as if it had
 * switched out: six register slots (%r12 holds the func value, %rbp is 0,
 * which ends the frame chain) and this address.  Here %rsp is the 16-aligned
 * top of the stack.
 */
	.globl	sched_gostart
	.type	sched_gostart, @function
sched_gostart:
	movq	%r12, %rdi
	call	sched_goroutine_main
	ud2
	.size	sched_gostart, .-sched_gostart

/*
 * tgo_morestack: %rsp is below the guard, possibly far below (a large
 * frame), so nothing may be stored there.  Report from the emergency stack.
 */
	.globl	tgo_morestack
	.type	tgo_morestack, @function
tgo_morestack:
	movq	%rsp, %rdi
	leaq	emergency_stack_top(%rip), %rsp
	call	rt_stack_overflow
	ud2
	.size	tgo_morestack, .-tgo_morestack

/*
 * rt_sigpanic_tramp: the handler pushed the faulting pc as a return
 * address, so this frame reads as called from the faulting instruction.
 * %rsp may have any alignment here.
 */
	.globl	rt_sigpanic_tramp
	.type	rt_sigpanic_tramp, @function
rt_sigpanic_tramp:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	call	rt_sigpanic
	ud2
	.size	rt_sigpanic_tramp, .-rt_sigpanic_tramp

/*
 * void rt_recover_jump(uintptr_t rbp, const void *landing)
 *
 * %rsp stays where it is (deep in the abandoned frames, valid memory); the
 * landing code sets it from %rbp before anything else.
 */
	.globl	rt_recover_jump
	.type	rt_recover_jump, @function
rt_recover_jump:
	movq	%rdi, %rbp
	jmp	*%rsi
	.size	rt_recover_jump, .-rt_recover_jump

/*
 * rt_complex128div: (xmm0 + xmm1 i) / (xmm2 + xmm3 i) -> xmm0 + xmm1 i.
 * Keeps every general-purpose register; aligns the stack for the C code.
 */
	.globl	rt_complex128div
	.type	rt_complex128div, @function
rt_complex128div:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	andq	$-16, %rsp
	call	rt_complex128div_c
	leaq	-72(%rbp), %rsp
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	popq	%rbp
	ret
	.size	rt_complex128div, .-rt_complex128div

	.bss
	.p2align 4
emergency_stack:
	.zero	65536
emergency_stack_top:

	.section .note.GNU-stack,"",@progbits
