package util

func Twice(n int) int { return n * two }
