// A multi-value call as the argument of a built-in supplies all its results as arguments,
// which are then checked like separate arguments.
package main

func ii() (int, int)         { return 1, 2 }
func sf() ([]int, float64)   { return nil, 1 }
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	_ = complex(ii())    // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = append(sf())     // ERROR "cannot use sf\(\) \(value of type float64\) as int value in argument to append"
	_ = complex(three()) // ERROR "invalid operation: too many arguments for complex\(three\(\)\) \(expected 2, found 3\)"
	_ = len(ii())        // ERROR "invalid operation: too many arguments for len\(ii\(\)\) \(expected 1, found 2\)"
	_ = append(ii())     // ERROR "invalid append: argument must be a slice; have ii\(\) \(value of type int\)"
}
