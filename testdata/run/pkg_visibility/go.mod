module example.com/visibility

go 1.26
