/*
 * stdlib_reflectlite.c — the C half of package internal/reflectlite
 * (stdlib/internal/reflectlite/runtime_tgo.go declares these functions
 * without bodies; tgo calls them by the names below with the System V ABI).
 *
 * reflectlite reads type descriptors and values itself, in Go over
 * unsafe; it needs the runtime only to allocate, to find itabs and to
 * iterate over maps.
 */
#include "abi.h"

/* func unsafe_New(t *rtype) unsafe.Pointer: a zeroed object of type t. */
void *internal_reflectlite_unsafe_New(const Type *t)
{
	return newobject(t);
}

/* func getitab(inter, typ *rtype) unsafe.Pointer: typ implements inter. */
const Itab *internal_reflectlite_getitab(const Type *inter, const Type *typ)
{
	return getitab(inter, typ, false);
}

/* func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter): it is the
 * 128-byte MapIter (key, elem, state) inside a reflectlite.MapIter. */
void internal_reflectlite_mapiterinit(const Type *maptype, void *m, MapIter *it)
{
	mapiterinit(maptype, m, it);
}

/* func mapiternext(it *hiter) */
void internal_reflectlite_mapiternext(MapIter *it)
{
	mapiternext(it);
}
