/* Helpers shared between the library's files (dln__ names); not part of the public API. */
#ifndef DLN_INTERNAL_H
#define DLN_INTERNAL_H

#include <stddef.h>
#include <string.h>

#if defined(__GNUC__)
#define DLN_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DLN_PRINTF(f, a)
#endif

/* Records a one-line message for dln_error_last() and returns code. */
int dln__fail(int code, const char *fmt, ...) DLN_PRINTF(2, 3);
/* dln__fail(DLN_ENOMEM, ...). */
int dln__nomem(void);

/* Line breaks in [p, p + len): messages name lines by them. */
static inline size_t dln__count_lines(const char *p, size_t len)
{
	const char *end = p + len;
	size_t n = 0;

	while ((p = memchr(p, '\n', (size_t)(end - p)))) {
		n++;
		p++;
	}
	return n;
}

#define DLN_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
