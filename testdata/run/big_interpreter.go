// A larger program: a tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language.
package main

import "errors"

// ---- tokens ----

type TokKind int

const (
	TEOF TokKind = iota
	TNum
	TIdent
	TOp
	TLParen
	TRParen
	TLBrace
	TRBrace
	TSemi
	TKeyword
)

type Token struct {
	Kind TokKind
	Text string
	Num  int
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

var keywords = map[string]bool{"let": true, "while": true, "if": true, "else": true, "print": true}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			i++
		case isDigit(c):
			n := 0
			for i < len(src) && isDigit(src[i]) {
				n = n*10 + int(src[i]-'0')
				i++
			}
			toks = append(toks, Token{Kind: TNum, Num: n})
		case isLetter(c):
			start := i
			for i < len(src) && (isLetter(src[i]) || isDigit(src[i])) {
				i++
			}
			w := src[start:i]
			if keywords[w] {
				toks = append(toks, Token{Kind: TKeyword, Text: w})
			} else {
				toks = append(toks, Token{Kind: TIdent, Text: w})
			}
		default:
			two := ""
			if i+1 < len(src) {
				two = src[i : i+2]
			}
			switch two {
			case "==", "!=", "<=", ">=":
				toks = append(toks, Token{Kind: TOp, Text: two})
				i += 2
				continue
			}
			switch c {
			case '+', '-', '*', '/', '%', '<', '>', '=':
				toks = append(toks, Token{Kind: TOp, Text: string(c)})
			case '(':
				toks = append(toks, Token{Kind: TLParen, Text: "("})
			case ')':
				toks = append(toks, Token{Kind: TRParen, Text: ")"})
			case '{':
				toks = append(toks, Token{Kind: TLBrace, Text: "{"})
			case '}':
				toks = append(toks, Token{Kind: TRBrace, Text: "}"})
			case ';':
				toks = append(toks, Token{Kind: TSemi, Text: ";"})
			default:
				return nil, errors.New("unexpected character " + string(c))
			}
			i++
		}
	}
	return append(toks, Token{Kind: TEOF}), nil
}

// ---- AST ----

type Expr interface{ Eval(env *Env) int }
type Stmt interface{ Exec(env *Env) }

type Num struct{ V int }
type Var struct{ Name string }
type Bin struct {
	Op   string
	L, R Expr
}

type Let struct {
	Name string
	E    Expr
}
type Print struct{ E Expr }
type While struct {
	Cond Expr
	Body []Stmt
}
type If struct {
	Cond       Expr
	Then, Else []Stmt
}

type Env struct {
	vars  map[string]int
	steps int
	out   []int
}

func (n Num) Eval(env *Env) int { return n.V }
func (v Var) Eval(env *Env) int {
	x, ok := env.vars[v.Name]
	if !ok {
		panic("undefined variable " + v.Name)
	}
	return x
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (b Bin) Eval(env *Env) int {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case "+":
		return l + r
	case "-":
		return l - r
	case "*":
		return l * r
	case "/":
		return l / r
	case "%":
		return l % r
	case "<":
		return b2i(l < r)
	case ">":
		return b2i(l > r)
	case "<=":
		return b2i(l <= r)
	case ">=":
		return b2i(l >= r)
	case "==":
		return b2i(l == r)
	case "!=":
		return b2i(l != r)
	}
	panic("bad operator " + b.Op)
}

func (s Let) Exec(env *Env)   { env.vars[s.Name] = s.E.Eval(env); env.steps++ }
func (s Print) Exec(env *Env) { env.out = append(env.out, s.E.Eval(env)); env.steps++ }
func (s While) Exec(env *Env) {
	for s.Cond.Eval(env) != 0 {
		execAll(s.Body, env)
	}
}
func (s If) Exec(env *Env) {
	if s.Cond.Eval(env) != 0 {
		execAll(s.Then, env)
	} else {
		execAll(s.Else, env)
	}
}

func execAll(stmts []Stmt, env *Env) {
	for _, s := range stmts {
		s.Exec(env)
	}
}

// ---- parser ----

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}
func (p *Parser) expect(k TokKind, what string) Token {
	t := p.next()
	if t.Kind != k {
		panic("expected " + what)
	}
	return t
}

var precedence = map[string]int{
	"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
	"+": 3, "-": 3, "*": 4, "/": 4, "%": 4,
}

func (p *Parser) primary() Expr {
	t := p.next()
	switch t.Kind {
	case TNum:
		return Num{t.Num}
	case TIdent:
		return Var{t.Text}
	case TLParen:
		e := p.expr(0)
		p.expect(TRParen, ")")
		return e
	}
	panic("unexpected token in expression: " + t.Text)
}

func (p *Parser) expr(minPrec int) Expr {
	lhs := p.primary()
	for {
		t := p.peek()
		prec, ok := precedence[t.Text]
		if t.Kind != TOp || !ok || prec <= minPrec {
			return lhs
		}
		p.next()
		rhs := p.expr(prec)
		lhs = Bin{t.Text, lhs, rhs}
	}
}

func (p *Parser) block() []Stmt {
	p.expect(TLBrace, "{")
	var stmts []Stmt
	for p.peek().Kind != TRBrace {
		stmts = append(stmts, p.stmt())
	}
	p.next()
	return stmts
}

func (p *Parser) stmt() Stmt {
	t := p.next()
	if t.Kind != TKeyword {
		panic("expected statement, got " + t.Text)
	}
	switch t.Text {
	case "let":
		name := p.expect(TIdent, "name").Text
		if op := p.next(); op.Text != "=" {
			panic("expected =")
		}
		e := p.expr(0)
		p.expect(TSemi, ";")
		return Let{name, e}
	case "print":
		e := p.expr(0)
		p.expect(TSemi, ";")
		return Print{e}
	case "while":
		c := p.expr(0)
		return While{c, p.block()}
	case "if":
		c := p.expr(0)
		th := p.block()
		var el []Stmt
		if p.peek().Kind == TKeyword && p.peek().Text == "else" {
			p.next()
			el = p.block()
		}
		return If{c, th, el}
	}
	panic("unknown keyword " + t.Text)
}

func run(src string) (env *Env, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case string:
				err = errors.New(x)
			case error:
				err = errors.New("runtime: " + x.Error())
			}
		}
	}()
	p := &Parser{toks: toks}
	var prog []Stmt
	for p.peek().Kind != TEOF {
		prog = append(prog, p.stmt())
	}
	env = &Env{vars: map[string]int{}}
	execAll(prog, env)
	return env, nil
}

const programs = `let n = 10; let a = 0; let b = 1;
while n > 0 { print a; let t = a + b; let a = b; let b = t; let n = n - 1; }
|let i = 1; let s = 0;
while i <= 100 { if i % 3 == 0 { let s = s + i; } else { if i % 5 == 0 { let s = s + i; } } let i = i + 1; }
print s;
|let x = 2 * (3 + 4) - 10 / 2 % 3; print x; print x == 12; print 1 < 2 == 1;
|print y;
|let z = 5; print z / (z - 5);
|let q = 3 $ 4;
|let p = 97; let d = 2; let prime = 1;
while d * d <= p { if p % d == 0 { let prime = 0; } let d = d + 1; } print prime;`

func main() {
	start := 0
	idx := 0
	for i := 0; i <= len(programs); i++ {
		if i < len(programs) && programs[i] != '|' {
			continue
		}
		src := programs[start:i]
		start = i + 1
		idx++
		env, err := run(src)
		if err != nil {
			println("program", idx, "error:", err.Error())
			continue
		}
		print("program ", idx, " steps=", env.steps, " out:")
		for _, v := range env.out {
			print(" ", v)
		}
		println()
	}
}
