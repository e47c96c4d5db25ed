// map.go — Map (sync/map.go): a map[any]any behind Go's concurrent-map
// API; with goroutines on one thread no locking is needed.  As in Go, each
// method of Map is one call to the method of the same name of the map
// inside it (Go's is internal/sync's generic HashTrieMap, tgo's the
// anyMap below): gc inlines Map's methods into the caller and not, but for
// Store and Delete, the HashTrieMap methods they call, so a func literal
// given to Range, say, stays a function of its own.

package sync

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines.  The zero Map is empty and ready for use.  A Map must not be
// copied after first use.
type Map struct {
	_ noCopy

	m anyMap
}

// Load returns the value stored in the map for a key, or nil if no value
// is present.  The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	return m.m.Load(key)
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.m.Store(key, value)
}

// Clear deletes all the entries, resulting in an empty Map.
func (m *Map) Clear() {
	m.m.Clear()
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value.  The loaded result is
// true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	return m.m.LoadOrStore(key, value)
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any.  The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	return m.m.LoadAndDelete(key)
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.m.Delete(key)
}

// Swap swaps the value for a key and returns the previous value if any.
// The loaded result reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	return m.m.Swap(key, value)
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old.  The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	return m.m.CompareAndSwap(key, old, new)
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
// The old value must be of a comparable type.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	return m.m.CompareAndDelete(key, old)
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
func (m *Map) Range(f func(key, value any) bool) {
	m.m.Range(f)
}

// anyMap is the map under a Map, made on first use.  Like Go's
// HashTrieMap, every method first calls init, which makes the map under a
// Mutex the first time: the Mutex's Lock makes the receiver leak, as in gc,
// so that a Map that is used lives on the heap under tgo too.
type anyMap struct {
	initMu Mutex
	m      map[any]any
}

func (ht *anyMap) init() {
	if ht.m == nil {
		ht.initSlow()
	}
}

func (ht *anyMap) initSlow() {
	ht.initMu.Lock()
	defer ht.initMu.Unlock()
	if ht.m == nil {
		ht.m = make(map[any]any)
	}
}

func (ht *anyMap) Load(key any) (value any, ok bool) {
	ht.init()
	value, ok = ht.m[key]
	return
}

func (ht *anyMap) Store(key, new any) {
	ht.init()
	ht.m[key] = new
}

func (ht *anyMap) Clear() {
	ht.init()
	clear(ht.m)
}

func (ht *anyMap) LoadOrStore(key, value any) (result any, loaded bool) {
	ht.init()
	if v, ok := ht.m[key]; ok {
		return v, true
	}
	ht.Store(key, value)
	return value, false
}

func (ht *anyMap) LoadAndDelete(key any) (value any, loaded bool) {
	ht.init()
	value, loaded = ht.m[key]
	if loaded {
		delete(ht.m, key)
	}
	return
}

func (ht *anyMap) Delete(key any) {
	ht.init()
	delete(ht.m, key)
}

func (ht *anyMap) Swap(key, new any) (previous any, loaded bool) {
	ht.init()
	previous, loaded = ht.m[key]
	ht.Store(key, new)
	return
}

func (ht *anyMap) CompareAndSwap(key, old, new any) (swapped bool) {
	ht.init()
	v, ok := ht.m[key]
	if !ok || v != old {
		return false
	}
	ht.m[key] = new
	return true
}

func (ht *anyMap) CompareAndDelete(key, old any) (deleted bool) {
	ht.init()
	v, ok := ht.m[key]
	if !ok || v != old {
		return false
	}
	delete(ht.m, key)
	return true
}

func (ht *anyMap) Range(yield func(key, value any) bool) {
	ht.init()
	for k, v := range ht.m {
		if !yield(k, v) {
			break
		}
	}
}
