module example.com/importnames

go 1.26
