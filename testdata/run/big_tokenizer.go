// A larger program: a state-machine tokenizer over a string constant and a recursive-descent evaluator.
package main

const program = `
# a tiny calculator language
x = 6 * 7
y = (x - 2) / 5 % 3
z = -x + 100 << 2
big = 1 << 62
w = (x + y) * (z - 1) - big / 3
x = x * x
`

const (
	tEOF = iota
	tNum
	tIdent
	tOp
	tLParen
	tRParen
	tAssign
	tNewline
	tError
)

type Token struct {
	kind int
	text string
	val  int64
	line int
}

type Lexer struct {
	src  string
	pos  int
	line int
}

const (
	stStart = iota
	stNumber
	stIdent
	stComment
)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// next runs a small state machine over the input, one byte at a time.
func next(lx *Lexer) Token {
	state := stStart
	start := lx.pos
	var val int64
	for {
		var c byte
		if lx.pos < len(lx.src) {
			c = lx.src[lx.pos]
		}
		switch state {
		case stStart:
			switch {
			case c == 0:
				return Token{kind: tEOF, line: lx.line}
			case c == ' ' || c == '\t':
				lx.pos++
				start = lx.pos
			case c == '#':
				state = stComment
			case c == '\n':
				lx.pos++
				lx.line++
				return Token{kind: tNewline, text: "\\n", line: lx.line - 1}
			case isDigit(c):
				state = stNumber
			case isLetter(c):
				state = stIdent
			case c == '(':
				lx.pos++
				return Token{kind: tLParen, text: "(", line: lx.line}
			case c == ')':
				lx.pos++
				return Token{kind: tRParen, text: ")", line: lx.line}
			case c == '=':
				lx.pos++
				return Token{kind: tAssign, text: "=", line: lx.line}
			case c == '<' || c == '>':
				if lx.pos+1 < len(lx.src) && lx.src[lx.pos+1] == c {
					lx.pos += 2
					return Token{kind: tOp, text: lx.src[start:lx.pos], line: lx.line}
				}
				lx.pos++
				return Token{kind: tError, text: "lone " + string(rune(c)), line: lx.line}
			case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
				lx.pos++
				return Token{kind: tOp, text: string(rune(c)), line: lx.line}
			default:
				lx.pos++
				return Token{kind: tError, text: string(rune(c)), line: lx.line}
			}
		case stNumber:
			if isDigit(c) {
				val = val*10 + int64(c-'0')
				lx.pos++
				continue
			}
			return Token{kind: tNum, text: lx.src[start:lx.pos], val: val, line: lx.line}
		case stIdent:
			if isLetter(c) || isDigit(c) {
				lx.pos++
				continue
			}
			return Token{kind: tIdent, text: lx.src[start:lx.pos], line: lx.line}
		case stComment:
			if c == '\n' || c == 0 {
				state = stStart
				start = lx.pos
				continue
			}
			lx.pos++
		}
	}
}

type Var struct {
	name string
	val  int64
}

type Parser struct {
	lx   Lexer
	tok  Token
	vars [16]Var
	nvar int
	errs int
}

func advance(p *Parser) { p.tok = next(&p.lx) }

func lookup(p *Parser, name string) *Var {
	for i := 0; i < p.nvar; i++ {
		if p.vars[i].name == name {
			return &p.vars[i]
		}
	}
	return nil
}

func set(p *Parser, name string, v int64) {
	if old := lookup(p, name); old != nil {
		old.val = v
		return
	}
	p.vars[p.nvar] = Var{name, v}
	p.nvar++
}

// expr = shift ; shift = sum { "<<" sum } ; sum = term { ("+"|"-") term } ;
// term = unary { ("*"|"/"|"%") unary } ; unary = "-" unary | primary
func expr(p *Parser) int64 { return shift(p) }

func shift(p *Parser) int64 {
	v := sum(p)
	for p.tok.kind == tOp && (p.tok.text == "<<" || p.tok.text == ">>") {
		op := p.tok.text
		advance(p)
		r := sum(p)
		if op == "<<" {
			v <<= uint(r)
		} else {
			v >>= uint(r)
		}
	}
	return v
}

func sum(p *Parser) int64 {
	v := term(p)
	for p.tok.kind == tOp && (p.tok.text == "+" || p.tok.text == "-") {
		op := p.tok.text
		advance(p)
		r := term(p)
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func term(p *Parser) int64 {
	v := unary(p)
	for p.tok.kind == tOp && (p.tok.text == "*" || p.tok.text == "/" || p.tok.text == "%") {
		op := p.tok.text
		advance(p)
		r := unary(p)
		switch op {
		case "*":
			v *= r
		case "/":
			v /= r
		default:
			v %= r
		}
	}
	return v
}

func unary(p *Parser) int64 {
	if p.tok.kind == tOp && p.tok.text == "-" {
		advance(p)
		return -unary(p)
	}
	return primary(p)
}

func primary(p *Parser) int64 {
	t := p.tok
	switch t.kind {
	case tNum:
		advance(p)
		return t.val
	case tIdent:
		advance(p)
		if v := lookup(p, t.text); v != nil {
			return v.val
		}
		println("line", t.line, "undefined:", t.text)
		p.errs++
		return 0
	case tLParen:
		advance(p)
		v := expr(p)
		if p.tok.kind != tRParen {
			println("line", p.tok.line, "expected )")
			p.errs++
		}
		advance(p)
		return v
	}
	println("line", t.line, "unexpected token", t.text)
	p.errs++
	advance(p)
	return 0
}

func run(src string) {
	var p Parser
	p.lx = Lexer{src: src, line: 1}
	advance(&p)
	for p.tok.kind != tEOF {
		if p.tok.kind == tNewline {
			advance(&p)
			continue
		}
		if p.tok.kind != tIdent {
			println("line", p.tok.line, "statement must start with a name")
			p.errs++
			for p.tok.kind != tNewline && p.tok.kind != tEOF {
				advance(&p)
			}
			continue
		}
		name := p.tok.text
		advance(&p)
		if p.tok.kind != tAssign {
			println("line", p.tok.line, "expected =")
			p.errs++
			continue
		}
		advance(&p)
		v := expr(&p)
		set(&p, name, v)
		println(name, "=", v)
	}
	println("variables:", p.nvar, "errors:", p.errs)
}

func countTokens(src string) {
	lx := Lexer{src: src, line: 1}
	var counts [9]int
	for {
		t := next(&lx)
		counts[t.kind]++
		if t.kind == tEOF {
			break
		}
	}
	println("nums", counts[tNum], "idents", counts[tIdent], "ops", counts[tOp], "parens", counts[tLParen]+counts[tRParen], "lines", counts[tNewline])
}

func main() {
	countTokens(program)
	run(program)
	run("a = 1 + \n3 = 4\nb = a ? 2\nc = (1 + 2\nd = q\n")
}
