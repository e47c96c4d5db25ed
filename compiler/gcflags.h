/*
 * gcflags.h — per-package -gcflags (gcflags.c): the go command's
 * "pattern=flags" rules, and switching `opt` to a package's options.
 */
#ifndef TGO_GCFLAGS_H
#define TGO_GCFLAGS_H

#include "tgo.h"

bool gc_flag(const char *f) __attribute__((weak)); /* main.c: one gc flag into opt (absent from the unit tests) */
void parse_gcflags(const char *value); /* one -gcflags value */
void gcflags_resolve(Program *prog, Package *report); /* after loading */
void use_package_options(Package *p);  /* opt := p's -l/-N/-d= options */
void use_cmdline_options(void);        /* opt := the command-line package's */
const Options *package_options(Package *p); /* p's options, opt left as it is */

#endif
