package errors

import "internal/reflectlite"

// Unwrap returns the result of err's Unwrap method, if it has one
// returning a single error; otherwise nil.  It does not unwrap the errors
// of an Unwrap() []error (Join's).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: equals it
// (when target's type is comparable) or has an Is(error) bool method that
// says so.  The tree is walked depth first through Unwrap() error and
// Unwrap() []error.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	targetComparable := reflectlite.TypeOf(target).Comparable()
	return is(err, target, targetComparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if is(e, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// errorType is the type error itself.
var errorType = reflectlite.TypeOf((*error)(nil)).Elem()

// As finds the first error in err's tree that is assignable to the value
// target points to, or whose As(any) bool method accepts target; it then
// sets *target to it (the method does that itself) and returns true.
// target must be a non-nil pointer to an interface type or to a type that
// implements error; As panics otherwise.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflectlite.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflectlite.Ptr || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflectlite.Interface && !targetType.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target, val, targetType)
}

func as(err error, target any, targetVal reflectlite.Value, targetType reflectlite.Type) bool {
	for {
		if reflectlite.TypeOf(err).AssignableTo(targetType) {
			targetVal.Elem().Set(reflectlite.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e == nil {
					continue
				}
				if as(e, target, targetVal, targetType) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}
