package beta

func init() {
	println("beta init in b2.go")
	log = append(log, "b2")
}

func init() {
	println("beta second init in b2.go")
	log = append(log, "b2b")
}
