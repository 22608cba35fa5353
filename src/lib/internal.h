/* Helpers shared between the library's files (dln__ names); not part of the public API. */
#ifndef DLN_INTERNAL_H
#define DLN_INTERNAL_H

#include <stddef.h>

#if defined(__GNUC__)
#define DLN_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DLN_PRINTF(f, a)
#endif

/* Records a one-line message for dln_error_last() and returns code. */
int dln__fail(int code, const char *fmt, ...) DLN_PRINTF(2, 3);
/* dln__fail(DLN_ENOMEM, ...). */
int dln__nomem(void);

#define DLN_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
