module tgotest

go 1.26
