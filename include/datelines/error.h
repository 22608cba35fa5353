/* datelines — error codes and messages.
 *
 * Functions that can fail return 0 or a negative DLN_E* code and leave a one-line,
 * thread-local message behind, readable with dln_error_last() until the next failure
 * on the same thread. The library never prints and never exits.
 */
#ifndef DATELINES_ERROR_H
#define DATELINES_ERROR_H

enum dln_status {
	DLN_OK = 0,
	DLN_ENOMEM = -1,  /* out of memory */
	DLN_EINPUT = -2,  /* the input is malformed (bad date, bad TimeML, ...) */
	DLN_EIO = -3,     /* reading or writing failed */
	DLN_ELIMIT = -4,  /* a configured limit was exceeded */
	DLN_EARG = -5,    /* an option or argument is not acceptable */
};

/* The message of the last failure on this thread; never NULL. Borrowed. */
const char *dln_error_last(void);

#endif
