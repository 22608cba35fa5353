/* UTF-8 checks used where text leaves the library (JSON, XML) and where the reader
 * validates input. */
#ifndef DLN_UTF8_H
#define DLN_UTF8_H

#include <stddef.h>

/* Length (1..4) of the well-formed UTF-8 sequence at s, or 0 when it is not one. */
size_t dln__utf8_valid_prefix(const char *s, size_t len);
/* Length of the run of ASCII bytes at the start of s. */
size_t dln__utf8_ascii_prefix(const char *s, size_t len);
/* Offset of the first byte that is not part of well-formed UTF-8, or len when all is. */
size_t dln__utf8_first_invalid(const char *s, size_t len);

#endif
