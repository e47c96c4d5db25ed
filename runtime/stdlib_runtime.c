/*
 * stdlib_runtime.c — C functions of the Go-side packages runtime and
 * runtime/debug that the heap files do not already provide
 * (runtime_GC, runtime_readmemstats and runtime_debug_freeosmemory live in
 * gc.c and mstats.c).
 */
#include "heap.h"

/* If the collector provides a way to change GOGC and recompute its goal,
 * use it. */
int gc_set_percent(int percent) __attribute__((weak));

/* func setgcpercent(percent int) int (runtime/debug.SetGCPercent): set
 * GOGC, return the old value.  Like Go, it recomputes the heap goal at
 * once and does not collect. */
long runtime_debug_setgcpercent(long percent)
{
	if (gc_set_percent)
		return gc_set_percent((int)percent);
	int old = gc_percent;
	gc_percent = percent < 0 ? -1 : (int)percent;
	/* the goal as gc.c's set_goal computes it after a cycle */
	if (gc_percent < 0) {
		heap_stats.heap_goal = (uint64_t)INT64_MAX / 100 * 97;
		gc_trigger = UINT64_MAX;
	} else {
		uint64_t marked = heap_stats.heap_marked;
		uint64_t goal = marked + (marked + heap_stats.last_stack_scan + heap_stats.last_globals_scan) *
		                             (uint64_t)gc_percent / 100;
		uint64_t minimum = ((uint64_t)4 << 20) * (uint64_t)gc_percent / 100;
		if (goal < minimum)
			goal = minimum;
		heap_stats.heap_goal = goal;
		gc_trigger = goal;
	}
	return old;
}
