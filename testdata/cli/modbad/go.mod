module example.com/modbad

go 1.26
