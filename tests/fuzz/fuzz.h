/* What the fuzz targets share: taking typed values off the front of libFuzzer's bytes, and
 * a sink for writers' output. */
#ifndef DLN_FUZZ_H
#define DLN_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "datelines/datelines.h"

struct fuzz_bytes {
	const uint8_t *p;
	size_t n;
};

/* The next byte, 0 once the input is used up. */
static inline unsigned fuzz_u8(struct fuzz_bytes *b)
{
	if (!b->n)
		return 0;
	b->n--;
	return *b->p++;
}

static inline unsigned fuzz_u16(struct fuzz_bytes *b)
{
	unsigned hi = fuzz_u8(b);
	return hi << 8 | fuzz_u8(b);
}

/* A whole-day or minute point of years 1..max_year, as the library hands them out. */
static inline struct dln_point fuzz_point(struct fuzz_bytes *b, int max_year)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	struct dln_point p;

	p.year = (int)(fuzz_u16(b) % (unsigned)max_year) + 1;
	p.month = (int)(fuzz_u8(b) % 12) + 1;
	p.day = (int)(fuzz_u8(b) % (unsigned)days[p.month - 1]) + 1;
	if (!dln_date_valid(p.year, p.month, p.day))
		p.day = 28;
	unsigned m = fuzz_u16(b);
	p.minute = m & 1 ? (int)(m >> 1) % 1440 : -1;
	return p;
}

/* A publication date; unknown when the first byte says so. */
static inline struct dln_dct fuzz_dct(struct fuzz_bytes *b)
{
	struct dln_dct d = { 0 };
	unsigned flags = fuzz_u8(b);

	if (!(flags & 1))
		return d;
	d.known = true;
	d.at = fuzz_point(b, 9999);
	d.has_offset = flags & 2;
	if (d.has_offset)
		d.utc_offset_minutes = (int)(fuzz_u16(b) % 1681) - 840;
	return d;
}

/* A stream that throws away what is written, opened once. */
static inline FILE *fuzz_sink(void)
{
	static FILE *sink;

	if (!sink) {
		sink = fopen("/dev/null", "w");
		if (!sink)
			abort();
		setvbuf(sink, NULL, _IOFBF, 1 << 16);
	}
	return sink;
}

#endif
