/*
 * lower.c — lowering (placeholder).
 */
#include "tgo.h"

void lower_program(Program *prog) { (void)prog; }
