/*
 * utf8.c — the runtime's UTF-8 decoding and encoding (runtime/utf8.go).
 *
 * `for i, r := range s` is lowered to an inline fast path for ASCII bytes
 * and a call to decoderune for everything else; []rune(s), len([]rune(s))
 * and string(runes) use countrunes and encoderune (string.c).  The rules
 * are Go's: a malformed sequence (bad lead byte, missing or out-of-range
 * continuation byte, overlong form, surrogate half, value above U+10FFFF)
 * decodes as U+FFFD and consumes exactly one byte; encoding replaces
 * invalid runes (negative, surrogates, above U+10FFFF) with U+FFFD.
 */
#include "values.h"

#define SURROGATE_MIN 0xD800
#define SURROGATE_MAX 0xDFFF
#define RUNE_SELF 0x80 /* bytes below this are runes by themselves */
#define RUNE1_MAX 0x7F
#define RUNE2_MAX 0x7FF
#define RUNE3_MAX 0xFFFF

static bool is_continuation(uint8_t b)
{
	return (b & 0xC0) == 0x80;
}

/* Are s[1..want] present and all continuation bytes? */
static bool has_continuations(const uint8_t *s, intptr_t avail, int want)
{
	if (avail <= want)
		return false;
	for (int i = 1; i <= want; i++)
		if (!is_continuation(s[i]))
			return false;
	return true;
}

static int32_t continuation_bits(const uint8_t *s, int count, int32_t lead_bits)
{
	int32_t r = lead_bits;
	for (int i = 1; i <= count; i++)
		r = r << 6 | (s[i] & 0x3F);
	return r;
}

DecodedRune decoderune(GoString s, intptr_t k)
{
	DecodedRune bad = {RUNE_ERROR, k + 1};
	if (k < 0 || k >= s.len)
		return bad;
	const uint8_t *p = s.ptr + k;
	intptr_t avail = s.len - k;
	uint8_t lead = p[0];
	if (lead < RUNE_SELF)
		return (DecodedRune){lead, k + 1};
	int32_t r;
	if (lead >= 0xC0 && lead < 0xE0) {
		if (!has_continuations(p, avail, 1))
			return bad;
		r = continuation_bits(p, 1, lead & 0x1F);
		return r > RUNE1_MAX ? (DecodedRune){r, k + 2} : bad;
	}
	if (lead >= 0xE0 && lead < 0xF0) {
		if (!has_continuations(p, avail, 2))
			return bad;
		r = continuation_bits(p, 2, lead & 0x0F);
		if (r > RUNE2_MAX && !(r >= SURROGATE_MIN && r <= SURROGATE_MAX))
			return (DecodedRune){r, k + 3};
		return bad;
	}
	if (lead >= 0xF0 && lead < 0xF8) {
		if (!has_continuations(p, avail, 3))
			return bad;
		r = continuation_bits(p, 3, lead & 0x07);
		return (r > RUNE3_MAX && r <= RUNE_MAX) ? (DecodedRune){r, k + 4} : bad;
	}
	return bad; /* a continuation byte or 0xF8..0xFF as lead */
}

intptr_t countrunes(GoString s)
{
	intptr_t n = 0;
	for (intptr_t i = 0; i < s.len; n++)
		i = s.ptr[i] < RUNE_SELF ? i + 1 : decoderune(s, i).next;
	return n;
}

static bool is_valid_rune(int32_t r)
{
	return r >= 0 && r <= RUNE_MAX && !(r >= SURROGATE_MIN && r <= SURROGATE_MAX);
}

intptr_t runelen(int32_t r)
{
	if (!is_valid_rune(r))
		return 3; /* U+FFFD */
	if (r <= RUNE1_MAX)
		return 1;
	if (r <= RUNE2_MAX)
		return 2;
	return r <= RUNE3_MAX ? 3 : 4;
}

intptr_t encoderune(uint8_t *p, int32_t r)
{
	if (!is_valid_rune(r))
		r = RUNE_ERROR;
	intptr_t n = runelen(r);
	static const uint8_t lead_tag[5] = {0, 0x00, 0xC0, 0xE0, 0xF0};
	for (intptr_t i = n - 1; i > 0; i--) {
		p[i] = (uint8_t)(0x80 | (r & 0x3F));
		r >>= 6;
	}
	p[0] = (uint8_t)(lead_tag[n] | r);
	return n;
}
