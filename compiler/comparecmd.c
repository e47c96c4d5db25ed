/*
 * comparecmd.c — `tgo compare`: gc's and tgo's benchmark results side by side.
 */
#include "testcmd.h"

int cmd_compare(int argc, char **argv) {
	(void)argc;
	(void)argv;
	fprintf(stderr, "tgo compare: not yet\n");
	return 2;
}

void help_compare(void) {}
