/* Setting up, once, what the libraries under datelines would otherwise set up on first use. */
#include <libxml/parser.h>

#include "datelines/datelines.h"

/* libxml2 before 2.12 initializes its globals lazily in the first parser, and two threads
 * reading TimeML at once would race there. */
void dln_init(void)
{
	xmlInitParser();
}
