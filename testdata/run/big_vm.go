// A larger program: a bytecode stack machine (iota opcodes, switch dispatch, labels, arrays of structs).
package main

type Op uint8

const (
	OpHalt Op = iota
	OpPush
	OpLoad
	OpStore
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMod
	OpLt
	OpEq
	OpJmp
	OpJz
	OpPrint
	OpDup
	OpSwap
	OpCall
	OpRet
	numOps
)

var opNames = [numOps]string{
	"halt", "push", "load", "store", "add", "sub", "mul", "div", "mod",
	"lt", "eq", "jmp", "jz", "print", "dup", "swap", "call", "ret",
}

type Instr struct {
	op  Op
	arg int64
}

const (
	maxCode  = 64
	maxStack = 32
	maxVars  = 8
	maxCalls = 8
)

type Program struct {
	code [maxCode]Instr
	n    int
	name string
}

type VM struct {
	stack  [maxStack]int64
	sp     int
	vars   [maxVars]int64
	calls  [maxCalls]int
	csp    int
	steps  int
	counts [numOps]int
}

func emit(p *Program, op Op, arg int64) int {
	p.code[p.n] = Instr{op, arg}
	p.n++
	return p.n - 1
}

func push(vm *VM, v int64) {
	vm.stack[vm.sp] = v
	vm.sp++
}

func pop(vm *VM) int64 {
	vm.sp--
	return vm.stack[vm.sp]
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// run executes p and returns an error message, or "" on a clean halt.
func run(vm *VM, p *Program, limit int) string {
	pc := 0
loop:
	for {
		if vm.steps >= limit {
			return "step limit"
		}
		if pc < 0 || pc >= p.n {
			return "pc out of range"
		}
		in := p.code[pc]
		pc++
		vm.steps++
		vm.counts[in.op]++
		switch in.op {
		case OpHalt:
			break loop
		case OpPush:
			push(vm, in.arg)
		case OpLoad:
			push(vm, vm.vars[in.arg])
		case OpStore:
			vm.vars[in.arg] = pop(vm)
		case OpAdd, OpSub, OpMul, OpDiv, OpMod, OpLt, OpEq:
			b := pop(vm)
			a := pop(vm)
			var r int64
			switch in.op {
			case OpAdd:
				r = a + b
			case OpSub:
				r = a - b
			case OpMul:
				r = a * b
			case OpDiv, OpMod:
				if b == 0 {
					return "division by zero"
				}
				if in.op == OpDiv {
					r = a / b
				} else {
					r = a % b
				}
			case OpLt:
				r = b2i(a < b)
			case OpEq:
				r = b2i(a == b)
			}
			push(vm, r)
		case OpJmp:
			pc = int(in.arg)
		case OpJz:
			if pop(vm) == 0 {
				pc = int(in.arg)
			}
		case OpPrint:
			print(pop(vm), " ")
		case OpDup:
			v := pop(vm)
			push(vm, v)
			push(vm, v)
		case OpSwap:
			b := pop(vm)
			a := pop(vm)
			push(vm, b)
			push(vm, a)
		case OpCall:
			vm.calls[vm.csp] = pc
			vm.csp++
			pc = int(in.arg)
		case OpRet:
			vm.csp--
			pc = vm.calls[vm.csp]
		default:
			return "bad opcode"
		}
	}
	return ""
}

// fibProgram prints the first n Fibonacci numbers.
func fibProgram(n int64) Program {
	p := Program{name: "fib"}
	emit(&p, OpPush, 0)
	emit(&p, OpStore, 0)
	emit(&p, OpPush, 1)
	emit(&p, OpStore, 1)
	emit(&p, OpPush, n)
	emit(&p, OpStore, 2)
	top := emit(&p, OpLoad, 2)
	jz := emit(&p, OpJz, -1)
	emit(&p, OpLoad, 0)
	emit(&p, OpPrint, 0)
	emit(&p, OpLoad, 0)
	emit(&p, OpLoad, 1)
	emit(&p, OpDup, 0)
	emit(&p, OpStore, 0)
	emit(&p, OpAdd, 0)
	emit(&p, OpStore, 1)
	emit(&p, OpLoad, 2)
	emit(&p, OpPush, 1)
	emit(&p, OpSub, 0)
	emit(&p, OpStore, 2)
	emit(&p, OpJmp, int64(top))
	p.code[jz].arg = int64(emit(&p, OpHalt, 0))
	return p
}

// primesProgram prints the primes below n using a subroutine isPrime(v) -> 0/1.
func primesProgram(n int64) Program {
	p := Program{name: "primes"}
	emit(&p, OpPush, 2)
	emit(&p, OpStore, 0)
	top := emit(&p, OpLoad, 0)
	emit(&p, OpPush, n)
	emit(&p, OpLt, 0)
	exit := emit(&p, OpJz, -1)
	call := emit(&p, OpCall, -1)
	skip := emit(&p, OpJz, -1)
	emit(&p, OpLoad, 0)
	emit(&p, OpPrint, 0)
	next := emit(&p, OpLoad, 0)
	p.code[skip].arg = int64(next)
	emit(&p, OpPush, 1)
	emit(&p, OpAdd, 0)
	emit(&p, OpStore, 0)
	emit(&p, OpJmp, int64(top))
	p.code[exit].arg = int64(emit(&p, OpHalt, 0))
	// isPrime: trial division by d = 2.. while d*d <= v; uses vars 1 (d).
	sub := emit(&p, OpPush, 2)
	p.code[call].arg = int64(sub)
	emit(&p, OpStore, 1)
	loop := emit(&p, OpLoad, 0)
	emit(&p, OpLoad, 1)
	emit(&p, OpDup, 0)
	emit(&p, OpMul, 0)
	emit(&p, OpLt, 0)
	notDone := emit(&p, OpJz, -1)
	emit(&p, OpPush, 1)
	emit(&p, OpRet, 0)
	p.code[notDone].arg = int64(emit(&p, OpLoad, 0))
	emit(&p, OpLoad, 1)
	emit(&p, OpMod, 0)
	composite := emit(&p, OpJz, -1)
	emit(&p, OpLoad, 1)
	emit(&p, OpPush, 1)
	emit(&p, OpAdd, 0)
	emit(&p, OpStore, 1)
	emit(&p, OpJmp, int64(loop))
	p.code[composite].arg = int64(emit(&p, OpPush, 0))
	emit(&p, OpRet, 0)
	return p
}

func report(p *Program, limit int) {
	var vm VM
	println("== program", p.name, "with", p.n, "instructions")
	err := run(&vm, p, limit)
	println()
	if err != "" {
		println("error:", err)
	}
	println("steps", vm.steps, "stack depth", vm.sp)
	for op := Op(0); op < numOps; op++ {
		if vm.counts[op] > 0 {
			print(opNames[op], "=", vm.counts[op], " ")
		}
	}
	println()
}

func main() {
	f := fibProgram(15)
	report(&f, 10000)
	pr := primesProgram(60)
	report(&pr, 100000)
	report(&pr, 200)
	var bad Program
	bad.name = "bad"
	emit(&bad, OpPush, 1)
	emit(&bad, OpPush, 0)
	emit(&bad, OpDiv, 0)
	report(&bad, 100)
}
