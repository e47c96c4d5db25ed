// A larger program: a bank ledger with account interfaces, maps, custom errors, defer/recover and sorted reports.
package main

import "errors"

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	whole := int64(c / 100)
	frac := int64(c % 100)
	s := itoa(whole) + "."
	if frac < 10 {
		s += "0"
	}
	s += itoa(frac)
	if neg {
		s = "-" + s
	}
	return s
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

type Account interface {
	ID() string
	Balance() Cents
	Deposit(amount Cents) error
	Withdraw(amount Cents) error
	Kind() string
}

type base struct {
	id      string
	balance Cents
	history []Cents
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() Cents  { return b.balance }
func (b *base) record(d Cents)  { b.history = append(b.history, d); b.balance += d }
func (b *base) Deposit(a Cents) error {
	if a <= 0 {
		return ErrInvalidAmount
	}
	b.record(a)
	return nil
}

type Checking struct {
	base
	overdraft Cents
}

func (c *Checking) Kind() string { return "checking" }
func (c *Checking) Withdraw(a Cents) error {
	if a <= 0 {
		return ErrInvalidAmount
	}
	if c.balance-a < -c.overdraft {
		return &InsufficientFunds{c.id, a, c.balance + c.overdraft}
	}
	c.record(-a)
	return nil
}

type Savings struct {
	base
	rateBP      int
	withdrawals int
}

func (s *Savings) Kind() string { return "savings" }
func (s *Savings) Withdraw(a Cents) error {
	if a <= 0 {
		return ErrInvalidAmount
	}
	if s.withdrawals >= 2 {
		return ErrLimit
	}
	if a > s.balance {
		return &InsufficientFunds{s.id, a, s.balance}
	}
	s.withdrawals++
	s.record(-a)
	return nil
}

func (s *Savings) AddInterest() Cents {
	i := s.balance * Cents(s.rateBP) / 10000
	if i > 0 {
		s.record(i)
	}
	return i
}

var (
	ErrInvalidAmount = errors.New("invalid amount")
	ErrLimit         = errors.New("withdrawal limit reached")
	ErrNoAccount     = errors.New("no such account")
)

type InsufficientFunds struct {
	id        string
	want, has Cents
}

func (e *InsufficientFunds) Error() string {
	return "insufficient funds in " + e.id + ": want " + e.want.String() + ", available " + e.has.String()
}

type Ledger struct {
	accounts map[string]Account
	log      []string
	failures map[string]int
}

func NewLedger() *Ledger {
	return &Ledger{accounts: map[string]Account{}, failures: map[string]int{}}
}

func (l *Ledger) Open(a Account) { l.accounts[a.ID()] = a }

func (l *Ledger) get(id string) Account {
	a, ok := l.accounts[id]
	if !ok {
		panic(ErrNoAccount)
	}
	return a
}

func (l *Ledger) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
		if err != nil {
			l.failures[from]++
			l.log = append(l.log, "FAIL "+from+"->"+to+" "+amt.String()+": "+err.Error())
		} else {
			l.log = append(l.log, "ok   "+from+"->"+to+" "+amt.String())
		}
	}()
	src := l.get(from)
	dst := l.get(to)
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	if err := dst.Deposit(amt); err != nil {
		src.Deposit(amt)
		return err
	}
	return nil
}

func (l *Ledger) sortedIDs() []string {
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	return ids
}

func (l *Ledger) Total() Cents {
	var t Cents
	for _, a := range l.accounts {
		t += a.Balance()
	}
	return t
}

func (l *Ledger) Report() {
	for _, id := range l.sortedIDs() {
		a := l.accounts[id]
		extra := ""
		switch x := a.(type) {
		case *Savings:
			extra = " withdrawals=" + itoa(int64(x.withdrawals))
		case *Checking:
			extra = " overdraft=" + x.overdraft.String()
		}
		println(id, a.Kind(), a.Balance().String()+extra, "failures="+itoa(int64(l.failures[id])))
	}
	println("total", l.Total().String())
}

func main() {
	l := NewLedger()
	l.Open(&Checking{base: base{id: "alice"}, overdraft: 5000})
	l.Open(&Checking{base: base{id: "bob"}})
	l.Open(&Savings{base: base{id: "carol"}, rateBP: 150})
	l.Open(&Savings{base: base{id: "dave"}, rateBP: 200})
	for _, id := range []string{"alice", "bob", "carol", "dave"} {
		if err := l.accounts[id].Deposit(100000); err != nil {
			println("deposit failed", err.Error())
		}
	}
	println("after deposits", l.Total().String())
	l.Transfer("alice", "bob", 25050)
	l.Transfer("bob", "carol", 999)
	l.Transfer("alice", "dave", 80000)
	l.Transfer("alice", "bob", 1)
	l.Transfer("carol", "alice", 500)
	l.Transfer("carol", "alice", 500)
	l.Transfer("carol", "alice", 500)
	l.Transfer("dave", "zed", 100)
	l.Transfer("bob", "alice", 0)
	l.Transfer("bob", "alice", -5)
	l.Transfer("dave", "bob", 1000000)
	for _, line := range l.log {
		println(line)
	}
	for _, id := range l.sortedIDs() {
		if s, ok := l.accounts[id].(*Savings); ok {
			println("interest", id, s.AddInterest().String())
		}
	}
	l.Report()
	var e error = &InsufficientFunds{"x", 1, 0}
	var target *InsufficientFunds
	if ife, ok := e.(*InsufficientFunds); ok {
		target = ife
	}
	println(target != nil, target.want.String())
	hist := l.accounts["alice"].(*Checking).history
	var sum Cents
	for _, h := range hist {
		sum += h
	}
	println(len(hist), sum.String(), Cents(-5).String(), Cents(-123456).String())
}
