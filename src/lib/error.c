/* Thread-local last-error message behind dln_error_last(). */
#include <stdarg.h>
#include <stdio.h>

#include "datelines/error.h"
#include "internal.h"

static _Thread_local char last_message[512] = "no error";

const char *dln_error_last(void)
{
	return last_message;
}

int dln__fail(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(last_message, sizeof(last_message), fmt, ap);
	va_end(ap);
	return code;
}

int dln__nomem(void)
{
	return dln__fail(DLN_ENOMEM, "out of memory");
}
