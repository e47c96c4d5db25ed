/* codegen.c — placeholder */
#include "tgo.h"
void codegen_program(Program *prog, FILE *out) { (void)prog; (void)out; }
