/*
 * testcmd.h — the `tgo test` and `tgo compare` commands (testcmd.c,
 * comparecmd.c) and what they share with main.c and load.c.
 */
#ifndef TGO_TESTCMD_H
#define TGO_TESTCMD_H

#include "tgo.h"

/* main.c */
int compile_loaded(Program *prog, Package *report, const char *out, const char *workdir);
void parse_gcflags(const char *value);
char *make_workdir(bool keep); /* removed at exit unless keep (-work) */

/* load.c */
Vec dir_go_files(const char *dir, bool tests);
char *find_go_mod(const char *dir, char **path); /* nearest go.mod's directory; *path its module */
Program *load_test_program(const char *dir, Vec *files, Vec *xfiles, const char *ipath,
                           char *(*make_main)(Package *ptest, Package *xtest, void *arg), void *arg,
                           Package **ptest, Package **pxtest);

/* testcmd.c */
int cmd_test(int argc, char **argv);
void help_test(void);
/* The directory and import path `tgo test` uses for args (a directory or
 * .go files, none meaning "."); the import path as the go command names
 * the package: its path in the main module, else command-line-arguments. */
char *test_import_path(const char *dir, bool from_files);

/* comparecmd.c */
int cmd_compare(int argc, char **argv);
void help_compare(void);

#endif
