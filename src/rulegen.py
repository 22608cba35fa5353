#!/usr/bin/env python3
"""Compiles datelines' rule files into C.

Usage: rulegen.py OUTDIR LEXICON RULES...

LEXICON lines are `CLASS word value [flag...]` (flags: cap = only when capitalized,
abbr = a following dot does not end a sentence). RULES lines are
`name: element... => key=value...`; see src/rules/README.md for the language.

Writes OUTDIR/lexicon.re (re2c rules giving each lexicon word its lexeme id),
OUTDIR/rule_tables.h (the enums shared with the C code) and OUTDIR/rule_tables.c (lexemes,
rules and the index of rules by first token). Any error names file and line and exits 1,
which fails the build.
"""
import os
import re
import sys

# Symbolic constants usable as rule values, grouped as the C enums they become.
ENUMS = {
    'unit': ['none', 'second', 'minute', 'hour', 'day', 'weekend', 'week', 'fortnight', 'month',
             'quarter', 'half', 'season', 'year', 'decade', 'century'],
    'mod': ['none', 'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE',
            'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE'],
    'dir': ['none', 'tense', 'past', 'past_strict', 'future', 'future_strict', 'same',
            'past_or_same', 'past_or_nearest', 'future_or_same', 'event', 'event_or_ahead',
            'recurring', 'future_beyond'],
    'anchor': ['none', 'dct', 'text', 'story', 'sentence'],
    'ref': ['none', 'present', 'past', 'future'],
    'type': ['date', 'time', 'duration', 'set', 'reject'],
    'season': ['none', 'SP', 'SU', 'FA', 'WI'],
    'pod': ['none', 'MO', 'MI', 'AF', 'EV', 'NI', 'DT'],
    'quant': ['none', 'EACH', 'EVERY'],
    'compare': ['none', 'quarter', 'any'],
}

# Fields a rule action may set; each is a slot of the underspecified value.
FIELDS = ['type', 'year', 'month', 'day', 'weekday', 'quarter', 'half', 'season', 'decade',
          'century', 'holiday', 'numdate', 'clock', 'hour', 'minute', 'ampm', 'pod', 'tz', 'unit',
          'shift', 'anchor', 'dir', 'amount', 'mod', 'ref', 'quant', 'compare', 'nth', 'frac_num',
          'frac_den', 'freq']

# Field values that are read from an enum when written as a bare word.
FIELD_ENUM = {'unit': 'unit', 'mod': 'mod', 'dir': 'dir', 'anchor': 'anchor', 'ref': 'ref',
              'type': 'type', 'season': 'season', 'pod': 'pod', 'quant': 'quant',
              'compare': 'compare'}

# Classes matched by C code rather than by lexicon lookup (numbers and clock/date tokens; NUMBER
# is any number and WORD any word).
BUILTINS = ['NUM', 'YEAR', 'YEAR2', 'DAY', 'DECADE', 'CENTURIES', 'ORD', 'COUNT', 'CLOCK',
            'NUMDATE', 'NUMBER', 'HHMM', 'WORD', 'NAME']

PUNCT = ',.-/:;()\'"&#%'

VAGUE = -2**31 + 1  # DLN_VAGUE


class RuleError(Exception):
    pass


def fail(where, msg):
    raise RuleError(f'{where}: {msg}')


def read_lexicon(path):
    """Returns ({word: {class: value}}, {word: set(flags)}, [classes in order])."""
    words, flags, classes = {}, {}, []
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            where = f'{path}:{no}'
            parts = line.split()
            if len(parts) < 3:
                fail(where, 'expected "CLASS word value [flags]"')
            cls, word, value, extra = parts[0], parts[1].lower(), parts[2], parts[3:]
            if not re.fullmatch(r'[A-Z][A-Z0-9_]*', cls) or cls in BUILTINS:
                fail(where, f'bad class name {cls!r}')
            if not re.fullmatch(r"[a-z][a-z.']*[0-9]?", word):
                fail(where, f'bad word {word!r} (ASCII letters, dots and apostrophes, '
                     'and a digit at the end)')
            value = parse_value(where, value, None)
            for fl in extra:
                if fl not in ('cap', 'abbr'):
                    fail(where, f'unknown flag {fl!r}')
            if cls not in classes:
                classes.append(cls)
            entry = words.setdefault(word, {})
            if cls in entry:
                fail(where, f'{word!r} is already in class {cls}')
            entry[cls] = value
            flags.setdefault(word, set()).update(extra)
    return words, flags, classes


def parse_value(where, text, field):
    if re.fullmatch(r'-?\d+', text):
        return int(text)
    if text == 'X':
        # A rule's X is DLN_VAGUE (recognizer.h), as a vague count is: "shift=X" is no -1.
        return VAGUE if field else -1
    for enum in ([FIELD_ENUM[field]] if field in FIELD_ENUM else ENUMS):
        if text in ENUMS[enum]:
            return ENUMS[enum].index(text)
    fail(where, f'unknown value {text!r}' + (f' for {field}' if field else ''))


ELEM = re.compile(r'''\s*(?P<look><!|<|[!&])?(?:
      (?P<group>\((?P<alts>[^)]*)\))
    | (?P<lit>"(?:[^"\\]|\\.)*")
    | (?P<cls>[A-Z][A-Z0-9_]*)
    )(?P<opt>\?)?(?:@(?P<cap>[a-z][a-z0-9_]*))?''', re.X)


def parse_alt(where, text):
    text = text.strip()
    if text.startswith('"') and text.endswith('"') and len(text) >= 3:
        word = text[1:-1].replace('\\"', '"').lower()
        if not (re.fullmatch(r"[a-z][a-z.']*", word) or
                (len(word) == 1 and word in PUNCT) or word == "'s"):
            fail(where, f'bad literal {text}')
        return ('lit', word)
    if re.fullmatch(r'[A-Z][A-Z0-9_]*', text):
        return ('cls', text)
    fail(where, f'bad element {text!r}')


def parse_rule(where, line, default_type):
    m = re.fullmatch(r'([a-z][a-z0-9_]*)\s*:\s*(.*?)\s*(?:=>\s*(.*))?', line)
    if not m:
        fail(where, 'expected "name: elements => actions"')
    name, body, actions = m.group(1), m.group(2), m.group(3) or ''
    elems, pos, caps = [], 0, set()
    while pos < len(body):
        em = ELEM.match(body, pos)
        if not em or em.end() == pos:
            fail(where, f'cannot read pattern at {body[pos:]!r}')
        pos = em.end()
        if em.group('group'):
            alts = [parse_alt(where, a) for a in em.group('alts').split('|')]
        else:
            alts = [parse_alt(where, em.group('lit') or em.group('cls'))]
        cap = em.group('cap')
        # DLN_LOOK_AHEAD, DLN_LOOK_NOT, DLN_LOOK_BEHIND, DLN_LOOK_NOT_BEHIND
        look = {'&': 1, '!': 2, '<': 3, '<!': 4}.get(em.group('look'), 0)
        if look and (cap or em.group('opt')):
            fail(where, 'a "!", "&", "<" or "<!" element cannot be optional or captured')
        if look >= 3 and any(e['look'] < 3 for e in elems):
            fail(where, 'a "<" or "<!" element (the token before the match) comes first')
        if cap:
            if cap in caps:
                fail(where, f'capture @{cap} used twice')
            caps.add(cap)
        elems.append({'alts': alts, 'opt': bool(em.group('opt')), 'cap': cap, 'look': look})
    if not elems:
        fail(where, 'empty pattern')
    if all(e['opt'] or e['look'] for e in elems):
        fail(where, 'every element is optional or a look-ahead or look-behind')
    acts, fields = [], {}
    for item in actions.split():
        am = re.fullmatch(r'([a-z0-9_]+)=(-?)(@?)([A-Za-z0-9_]+)', item)
        if not am:
            fail(where, f'bad action {item!r}')
        field, neg, isref, val = am.groups()
        if field not in FIELDS:
            fail(where, f'unknown field {field!r}')
        if field in fields:
            fail(where, f'field {field!r} set twice')
        if isref:
            if val not in caps:
                fail(where, f'@{val} is not captured in the pattern')
            src, value = ('negcap' if neg else 'cap'), val
        else:
            src, value = 'const', parse_value(where, neg + val, field)
        fields[field] = True
        acts.append((field, src, value))
    rtype = default_type
    for field, src, value in acts:
        if field == 'type':
            rtype = ENUMS['type'][value]
    acts = [a for a in acts if a[0] != 'type']
    if rtype != 'reject' and not acts:
        fail(where, 'a rule must set something')
    for cap in caps:
        if not any(src != 'const' and value == cap for _, src, value in acts) and rtype != 'reject':
            fail(where, f'@{cap} is captured but never used')
    return {'name': name, 'type': rtype, 'elems': elems, 'acts': acts, 'where': where}


def strip_comment(line):
    """The line without a # comment; a # inside quotes is a literal."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"' and (i == 0 or line[i - 1] != '\\'):
            quoted = not quoted
        elif ch == '#' and not quoted:
            return line[:i]
    return line


def read_rules(path):
    default_type = os.path.splitext(os.path.basename(path))[0]
    default_type = {'dates': 'date', 'times': 'time', 'durations': 'duration',
                    'sets': 'set', 'reject': 'reject'}.get(default_type)
    if default_type is None:
        fail(path, 'rule files are dates/times/durations/sets/reject.rules')
    rules, names = [], set()
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            line = strip_comment(line).strip()
            if not line:
                continue
            rule = parse_rule(f'{path}:{no}', line, default_type)
            if rule['name'] in names:
                fail(rule['where'], f'rule name {rule["name"]!r} used twice in this file')
            names.add(rule['name'])
            rules.append(rule)
    return rules


# Classes whose match may take more than one token, and the word classes they start with.
MULTI_TOKEN = {'COUNT', 'YEAR'}
WORD_STARTS = {'COUNT': ('NUMWORD',), 'YEAR': ('NUMWORD',), 'ORD': ('ORDINAL',)}
# What may follow the first token of such a match, as match_count and match_spoken_year in
# recognizer.c read them: after a number, its scale ("1.4 billion", DLN_LEXF_SCALE); after a
# word, any of COUNT_GOES_ON (DLN_LEXF_GOES_ON). These words are lexemes whether or not a rule
# names them, or the filters could not tell them from other words.
SCALES = {('lit', w) for w in ('hundred', 'thousand', 'million', 'billion')}
COUNT_GOES_ON = {('cls', 'NUMWORD'), ('lit', '-'), ('lit', 'and'), ('lit', 'of')}


def goes_on_after_word(word, value):
    """What may follow the number word of this value inside a count or a year."""
    if word in ('a', 'an'):  # "a few", "a couple of", "a dozen", "a hundred"
        return {('lit', w) for w in ('few', 'couple', 'dozen', 'hundred', 'thousand', 'million')}
    goes_on = set(SCALES) if value is not None and value > 0 else set()
    if value is not None and 20 <= value <= 90 and value % 10 == 0:
        goes_on.update({('lit', '-'), ('cls', 'NUMWORD')})  # "twenty-four", "thirty one"
    if value is not None and spoken_year_start(value):
        goes_on.add(('cls', 'NUMWORD'))  # "nineteen ninety-seven"
    if word == 'couple':
        goes_on.add(('lit', 'of'))
    return goes_on


def spoken_year_start(value):
    """Whether a number word of this value starts a year in words: "two" (thousand) or
    "ten" to "twenty" ("nineteen ninety"), as match_spoken_year in recognizer.c reads them."""
    return value == 2 or 10 <= value <= 20


# The kinds of token that start the built-in classes other than WORD, each with rules of its
# own (dln__kind_starts): numbers, clock times, numeric dates, names.
TOKEN_KINDS = {'NUMBER': ('NUM', 'YEAR', 'YEAR2', 'DAY', 'DECADE', 'CENTURIES', 'ORD', 'COUNT',
                          'NUMBER', 'HHMM'),
               'CLOCK': ('CLOCK',), 'NUMDATE': ('NUMDATE',), 'NAME': ('NAME',)}


def pass_all(lex_id):
    """The filter that lets every token through."""
    return (1, 0, 0, (0,) * ((len(lex_id) + 63) // 64))


def follow_filter(rule, takes_first, goes_on, lex_id, classes):
    """(any, numbers, class mask, lexeme bitset) of the token after the rule's first token,
    when that token is one that the elements for which takes_first(element) holds can take;
    goes_on is what may follow it inside a count or a year."""
    elems = [e for e in rule['elems'] if not e['look']]  # look-arounds take no token
    nexts = set()
    for j, e in enumerate(elems):
        # e may take the first token when every element before it is optional; a count or
        # a year may go on over the tokens of goes_on. A year in words never ends at its
        # first word.
        taking = takes_first(e)
        if taking == 'spoken year':
            nexts.add(('cls', 'NUMWORD'))
        elif taking:
            if any(kind == 'cls' and v in MULTI_TOKEN for kind, v in e['alts']):
                nexts.update(goes_on)
            rest = elems[j + 1:]
            for r in rest:
                nexts.update(r['alts'])
                if not r['opt']:
                    break
            else:
                return pass_all(lex_id)  # the rule may end after one token
        if not e['opt']:
            break
    return as_filter(nexts, lex_id, classes)


def third_filter(rule, takes_first, lex_id, classes):
    """The filter, as follow_filter's, of the third token of a match whose first two tokens
    are taken one by one (the first is no count that goes on over the second)."""
    elems = [e for e in rule['elems'] if not e['look']]
    nexts = set()

    def takers(j):
        """What the elements from j may take as the next token; None where the rule may end
        before it."""
        alts = set()
        for e in elems[j:]:
            alts.update(e['alts'])
            if not e['opt']:
                return alts
        return None
    for k, e in enumerate(elems):
        if takes_first(e):
            for m in range(k + 1, len(elems)):
                rest = takers(m + 1)
                if rest is None:
                    return pass_all(lex_id)
                nexts.update(rest)
                if any(kind == 'cls' and v in MULTI_TOKEN for kind, v in elems[m]['alts']):
                    nexts.update(COUNT_GOES_ON)
                if not elems[m]['opt']:
                    break
            else:
                return pass_all(lex_id)  # the rule may end after one token
        if not e['opt']:
            break
    return as_filter(nexts, lex_id, classes)


def as_filter(nexts, lex_id, classes):
    """(any, numbers, class mask, lexeme bitset) of the tokens the alternatives nexts take."""
    if ('cls', 'WORD') in nexts or ('cls', 'NAME') in nexts:
        return pass_all(lex_id)  # words outside the lexicon pass no lexeme filter
    numbers, mask, lex = 0, 0, [0] * ((len(lex_id) + 63) // 64)
    for kind, v in nexts:
        if kind == 'lit':
            if v in lex_id:  # a word no rule names cannot follow
                lex[lex_id[v] // 64] |= 1 << (lex_id[v] % 64)
            continue
        if v in BUILTINS:
            numbers = 1
            for word_class in WORD_STARTS.get(v, ()):
                if word_class in classes:
                    mask |= 1 << classes.index(word_class)
        mask |= 1 << classes.index(v)
    return (0, numbers, mask, tuple(lex))


def c_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def re2c_string(s):
    """A case-insensitive re2c string; an apostrophe also matches U+2019."""
    parts = ["'" + p + "'" for p in s.split("'")]
    return ' ("\'" | "\\xE2\\x80\\x99") '.join(p for p in parts if p != "''")


M64 = (1 << 64) - 1


def word_key(word):
    """The scanner's key of a lower-case word of at most 16 letters: its bytes, little-endian,
    in two 64-bit words."""
    b = word.encode('ascii').ljust(16, b'\0')
    return int.from_bytes(b[:8], 'little'), int.from_bytes(b[8:], 'little')


def word_slot(key, bits):
    k0, k1 = key
    return (((k0 ^ ((k1 * 0x9E3779B97F4A7C15) & M64)) * 0xC2B2AE3D27D4EB4F) & M64) >> (64 - bits)


def word_table(lexemes):
    """C lines of the scanner's plain-word table (see rule_tables.h)."""
    plain = [(i, w.lower()) for i, w in enumerate(lexemes) if i and re.fullmatch('[A-Za-z]+', w)]
    if any(len(w) > 16 for _, w in plain):
        fail('rules', 'a word of more than 16 letters does not fit the scanner\'s key')
    bits = 1
    while (1 << bits) < 4 * len(plain):
        bits += 1
    table = [0] * (1 << bits)
    keys = [(0, 0)] * len(lexemes)
    for i, w in plain:
        keys[i] = word_key(w)
        j = word_slot(keys[i], bits)
        while table[j]:
            j = (j + 1) & ((1 << bits) - 1)
        table[j] = i
    continues = [0] * 256
    for w in lexemes:
        m = re.match('[A-Za-z]+', w)
        if m and m.end() < len(w):
            ch = w[m.end()]
            continues[ch.encode('utf-8')[0]] = 1
            if ch == "'":
                continues[0xE2] = 1  # U+2019, which matches an apostrophe
    return ['const uint16_t dln__word_table[] = { ' + ', '.join(map(str, table)) + ' };',
            f'const unsigned dln__word_table_bits = {bits};',
            'const uint64_t dln__word_keys[DLN_LEXEME_COUNT][2] = {\n\t' + ',\n\t'.join(
                f'{{ 0x{a:x}ull, 0x{b:x}ull }}' for a, b in keys) + '\n};',
            'const uint8_t dln__word_continues[256] = { ' + ', '.join(map(str, continues)) +
            ' };']


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    outdir, lexicon_path, rule_paths = argv[1], argv[2], argv[3:]
    try:
        words, flags, classes = read_lexicon(lexicon_path)
        rules = [r for p in rule_paths for r in read_rules(p)]
    except (RuleError, OSError) as e:
        sys.exit(f'rulegen: {e}')
    # Between equally long matches the rule numbered first wins: rejects come first, so that
    # "at the last minute" is no date however a date rule reads it.
    rules.sort(key=lambda r: r['type'] != 'reject')

    all_classes = BUILTINS + classes
    # Lexemes: every lexicon word, every word or punctuation mark a rule names literally, and
    # the words that go on in a count.
    lexemes = sorted(words)
    for kind, v in sorted(SCALES | COUNT_GOES_ON):
        if kind == 'lit' and v not in lexemes:
            lexemes.append(v)
    for r in rules:
        for e in r['elems']:
            for kind, v in e['alts']:
                if kind == 'lit' and v not in words and v not in lexemes:
                    lexemes.append(v)
                elif kind == 'cls' and v not in all_classes:
                    sys.exit(f'rulegen: {r["where"]}: unknown class {v}')
    lexemes = ['<none>'] + lexemes
    lex_id = {w: i for i, w in enumerate(lexemes)}
    if len(all_classes) > 64:
        sys.exit('rulegen: more than 64 classes')

    # Which rules may start at a token: the alternatives of every element up to and
    # including the first one that is not optional. A rule's filter on the next token is
    # worked out for each kind of token it starts at ("the"? DECADE wants a decade after
    # "the" and nothing after "1990s").
    def class_takes(v, cl):
        """Whether class v takes a word of the lexicon classes cl ("twenty" is a COUNT)."""
        if v in cl:
            return True
        if v == 'YEAR':
            return 'NUMWORD' in cl and spoken_year_start(cl['NUMWORD'])
        return any(c in cl for c in WORD_STARTS.get(v, ()))

    def word_takes(li):
        """For an element, whether the word li starts it: 'spoken year' when only as the
        first word of a year in words (YEAR is no lexicon class), else True or False."""
        w = lexemes[li]
        cl = words.get(w, {})

        def takes(e):
            hits = [(kind, v) for kind, v in e['alts']
                    if (kind, v) == ('lit', w) or (kind == 'cls' and class_takes(v, cl))]
            return 'spoken year' if hits and set(hits) == {('cls', 'YEAR')} else bool(hits)
        return takes

    def kind_takes(token_kind):
        return lambda e: any(kind == 'cls' and v in TOKEN_KINDS[token_kind]
                             for kind, v in e['alts'])

    starts_lex = {i: [] for i in range(len(lexemes))}
    starts_kind = {k: [] for k in TOKEN_KINDS}
    number_starts = []  # per rule, the number classes (bits) that may take its first token
    for ri, r in enumerate(rules):
        first, barred = set(), set()
        for e in r['elems']:
            if e['look']:
                # A word that a look-ahead before the first token bars never starts the
                # rule: "a" and "an" do not start !("a"|"an") COUNT.
                if e['look'] == 2 and not first:
                    barred.update(lex_id[v] for kind, v in e['alts'] if kind == 'lit')
                continue
            first.update(e['alts'])
            if not e['opt']:
                break
        if ('cls', 'WORD') in first:  # rules are indexed by the words they start with
            sys.exit(f'rulegen: {r["where"]}: a pattern cannot start with WORD')
        number_starts.append(sum(1 << k for k, cname in enumerate(TOKEN_KINDS['NUMBER'])
                                 if ('cls', cname) in first))
        lex_hits = set()
        for kind, v in first:
            if kind == 'lit':
                lex_hits.add(lex_id[v])
            else:
                for token_kind, takers in TOKEN_KINDS.items():
                    if v in takers and ri not in starts_kind[token_kind]:
                        starts_kind[token_kind].append(ri)
                for w, cl in words.items():
                    if class_takes(v, cl):
                        lex_hits.add(lex_id[w])
        for li in sorted(lex_hits - barred):
            starts_lex[li].append(ri)

    h = []
    h.append('/* Generated by src/rulegen.py from src/rules/en; do not edit. */')
    h.append('#ifndef DLN_RULE_TABLES_H\n#define DLN_RULE_TABLES_H\n')
    h.append('#include <stdint.h>\n')
    for enum, names in ENUMS.items():
        items = ', '.join(f'DLN_{enum.upper()}_{n.upper()}' for n in names)
        h.append(f'enum dln_{enum} {{ {items} }};')
    h.append('enum dln_field { ' + ', '.join(f'DLN_F_{f.upper()}' for f in FIELDS) +
             ', DLN_FIELDS };')
    h.append('enum dln_class { ' + ', '.join(f'DLN_C_{c}' for c in all_classes) +
             ', DLN_CLASSES };')
    h.append(f'#define DLN_BUILTIN_CLASSES {len(BUILTINS)}')
    h.append(f'#define DLN_NUMBER_CLASSES {len(TOKEN_KINDS["NUMBER"])}')
    h.append(f'#define DLN_LEXEME_COUNT {len(lexemes)}')
    for i, w in enumerate(lexemes[1:], 1):
        if re.fullmatch(r'[a-z]+', w):
            h.append(f'#define DLN_LEX_{w.upper()} {i}')
    possessive = lex_id.get("'s", 0)
    h.append(f'#define DLN_LEX_POSSESSIVE {possessive}')
    h.append('''
/* DLN_LEXF_GOES_ON: the word may follow the first word of a count or a year ("thousand",
 * "-", "of"); DLN_LEXF_SCALE: it may follow a number in a count ("billion"). */
enum { DLN_LEXF_CAP = 1, DLN_LEXF_ABBR = 2, DLN_LEXF_GOES_ON = 4, DLN_LEXF_SCALE = 8 };
struct dln_lexeme {
	const char *word;
	uint64_t classes;       /* bit c set: the word belongs to class c */
	uint16_t first_value;   /* its values, one per class in class order, in dln__lex_values */
	uint8_t flags;          /* DLN_LEXF_* */
};
enum dln_alt_kind { DLN_ALT_LEXEME, DLN_ALT_CLASS };
struct dln_alt { uint8_t kind; uint16_t id; };
/* A look-ahead element takes no token: it matches where one of its alternatives does
 * (DLN_LOOK_AHEAD, "&") or where none does (DLN_LOOK_NOT, "!"). A look-behind element, first
 * in its rule, does the same with the token before the match ("<", "<!"). */
enum { DLN_LOOK_NONE, DLN_LOOK_AHEAD, DLN_LOOK_NOT, DLN_LOOK_BEHIND, DLN_LOOK_NOT_BEHIND };
struct dln_elem { uint16_t first_alt; uint8_t alts; uint8_t optional; int8_t capture; uint8_t look; };
enum dln_action_src { DLN_SRC_CONST, DLN_SRC_CAPTURE, DLN_SRC_NEG_CAPTURE };
struct dln_action { uint8_t field; uint8_t src; int32_t value; };
struct dln_rule {
	const char *name;
	uint8_t type;           /* enum dln_type */
	uint8_t elems, actions, captures;
	uint16_t first_elem, first_action;
};
/* Which rules of a span a token lets through, one bit per rule, so that most attempts end at
 * a look-up: those that take any token there or none (any), those a number-like token lets
 * through (numbers), and those a lexeme lets through, at dln__follow_pass[pass + the
 * lexeme's group in dln__follow_group]. */
struct dln_follow { uint32_t pass; uint64_t any, numbers; };
/* The rules that may start at a token (dln__start_rules[first..first + count)), with the
 * filters of the token after it (second) and of the one after that (third; it holds where
 * the first token is no count that goes on over the second, see DLN_LEXF_GOES_ON). A span
 * holds 64 rules at most; more go on in dln__more_starts[more - 1]. */
struct dln_span { uint16_t first, count; struct dln_follow second, third; uint16_t more; };

extern const struct dln_lexeme dln__lexemes[DLN_LEXEME_COUNT];
extern const int32_t dln__lex_values[];
extern const struct dln_alt dln__alts[];
extern const struct dln_elem dln__elems[];
extern const struct dln_action dln__actions[];
extern const struct dln_rule dln__rules[];
extern const unsigned dln__rule_count;
/* Rules that may start at a lexeme, and those that may start at a number, a clock time, a
 * numeric date token or a name (in that order, DLN_KIND_*). */
enum { DLN_KIND_NUMBER, DLN_KIND_CLOCK, DLN_KIND_NUMDATE, DLN_KIND_NAME, DLN_KINDS };
extern const struct dln_span dln__lex_starts[DLN_LEXEME_COUNT];
/* The number classes (dln__number_classes[k] is bit k) that may take a rule's first token, so
 * that "$5" ("million"), which no count is, skips the rules that start with a count. */
extern const uint8_t dln__number_classes[DLN_NUMBER_CLASSES];
extern const uint16_t dln__rule_number_starts[];
extern const uint16_t dln__start_rules[];
extern const struct dln_span dln__kind_starts[DLN_KINDS];
extern const struct dln_span dln__more_starts[];
extern const uint8_t dln__follow_group[DLN_LEXEME_COUNT];
/* For the scanner's fast path over plain words: the lexemes spelt with letters only, each
 * under its key (its lower-case letters, little-endian, in two 64-bit words, 16 letters at
 * most) in dln__word_keys, and in dln__word_table at the slot the key hashes to (see
 * scanner.re; open addressing, a 0 ends a probe); and the bytes that, right after a run of
 * letters, may go on into a lexeme ("a.m.", "o'clock"), where the DFA decides instead. */
extern const uint16_t dln__word_table[];
extern const unsigned dln__word_table_bits;
extern const uint64_t dln__word_keys[DLN_LEXEME_COUNT][2];
extern const uint8_t dln__word_continues[256];
extern const uint64_t dln__follow_pass[];
/* Lexeme id of each ASCII punctuation mark that rules name, else 0. */
extern const uint16_t dln__punct_lexeme[128];
extern const char *const dln__class_names[DLN_CLASSES];

#endif''')

    c = ['/* Generated by src/rulegen.py from src/rules/en; do not edit. */',
         '#include "rule_tables.h"', '']
    values, lex_rows = [], []
    for i, w in enumerate(lexemes):
        cl = words.get(w, {})
        mask = 0
        first = len(values)
        for ci, cname in enumerate(all_classes):
            if cname in cl:
                mask |= 1 << ci
                values.append(cl[cname])
        goes_on = ('lit', w) in COUNT_GOES_ON or 'NUMWORD' in cl
        fl = ' | '.join(['DLN_LEXF_CAP'] * ('cap' in flags.get(w, ())) +
                        ['DLN_LEXF_ABBR'] * ('abbr' in flags.get(w, ())) +
                        ['DLN_LEXF_GOES_ON'] * goes_on +
                        ['DLN_LEXF_SCALE'] * (('lit', w) in SCALES)) or '0'
        lex_rows.append(f'\t{{ {c_string(w)}, 0x{mask:x}ull, {first}, {fl} }},')
    c.append('const struct dln_lexeme dln__lexemes[DLN_LEXEME_COUNT] = {')
    c += lex_rows
    c.append('};')
    c.append('const int32_t dln__lex_values[] = { ' + ', '.join(map(str, values or [0])) + ' };')

    alts, elems, acts, rule_rows = [], [], [], []
    for r in rules:
        caps = []
        first_elem = len(elems)
        for e in r['elems']:
            first_alt = len(alts)
            for kind, v in e['alts']:
                if kind == 'lit':
                    alts.append(f'{{ DLN_ALT_LEXEME, {lex_id[v]} }}')
                else:
                    alts.append(f'{{ DLN_ALT_CLASS, DLN_C_{v} }}')
            cap = -1
            if e['cap']:
                cap = len(caps)
                caps.append(e['cap'])
            elems.append(f'{{ {first_alt}, {len(e["alts"])}, {int(e["opt"])}, {cap}, '
                         f'{e["look"]} }}')
        first_act = len(acts)
        for field, src, value in r['acts']:
            if src == 'const':
                acts.append(f'{{ DLN_F_{field.upper()}, DLN_SRC_CONST, {value} }}')
            else:
                kind = 'DLN_SRC_CAPTURE' if src == 'cap' else 'DLN_SRC_NEG_CAPTURE'
                acts.append(f'{{ DLN_F_{field.upper()}, {kind}, {caps.index(value)} }}')
        rule_rows.append(f'\t{{ {c_string(r["name"])}, DLN_TYPE_{r["type"].upper()}, '
                         f'{len(r["elems"])}, {len(r["acts"])}, {len(caps)}, '
                         f'{first_elem}, {first_act} }},')
    c.append('const struct dln_alt dln__alts[] = {\n\t' + ',\n\t'.join(alts) + '\n};')
    c.append('const struct dln_elem dln__elems[] = {\n\t' + ',\n\t'.join(elems) + '\n};')
    c.append('const struct dln_action dln__actions[] = {\n\t' +
             (',\n\t'.join(acts) or '{ 0, 0, 0 }') + '\n};')
    c.append('const struct dln_rule dln__rules[] = {')
    c += rule_rows
    c.append('};')
    c.append(f'const unsigned dln__rule_count = {len(rules)};')
    # The filters of each rule at each kind of token it starts at: on the second token, and
    # on the third.
    filters, thirds = {}, {}
    for li, starts in starts_lex.items():
        takes = word_takes(li)
        goes_on = goes_on_after_word(lexemes[li], words.get(lexemes[li], {}).get('NUMWORD'))
        for ri in starts:
            filters[('lex', li, ri)] = follow_filter(rules[ri], takes, goes_on, lex_id,
                                                     all_classes)
            thirds[('lex', li, ri)] = third_filter(rules[ri], takes, lex_id, all_classes)
    for token_kind, starts in starts_kind.items():
        takes = kind_takes(token_kind)
        for ri in starts:
            goes_on = SCALES if token_kind == 'NUMBER' else set()
            filters[(token_kind, ri)] = follow_filter(rules[ri], takes, goes_on, lex_id,
                                                      all_classes)
            thirds[(token_kind, ri)] = third_filter(rules[ri], takes, lex_id, all_classes)
    distinct = sorted(set(filters.values()) | set(thirds.values()))

    # Lexemes that every filter treats alike share a group: lexeme 0 (a word not in the
    # lexicon) passes no filter of its own.
    lex_classes = [sum(1 << ci for ci, cname in enumerate(all_classes) if cname in
                       words.get(w, {})) for w in lexemes]

    def lets_through(f, li):
        return li != 0 and bool((lex_classes[li] & f[2]) or f[3][li // 64] >> (li % 64) & 1)

    group_of, groups = [], {}
    for li in range(len(lexemes)):
        key = tuple(fi for fi, f in enumerate(distinct) if lets_through(f, li))
        group_of.append(groups.setdefault(key, len(groups)))
    if len(groups) > 256:
        fail('rules', f'{len(groups)} groups of lexemes for the follow filters; at most 256 fit')
    members = [next(li for li in range(len(lexemes)) if group_of[li] == g)
               for g in range(len(groups))]
    start_rules, spans, rows = [], [], []

    more = []  # spans that go on a span of more than 64 rules, 64 at a time

    def masks(fs):
        """The any and numbers masks of the filters fs and the row of their lexeme groups."""
        row = len(rows) * len(groups)
        rows.append([sum(1 << k for k, f in enumerate(fs) if lets_through(f, members[g]))
                     for g in range(len(groups))])
        return (f'{row}, 0x{sum(1 << k for k, f in enumerate(fs) if f[0]):x}ull, '
                f'0x{sum(1 << k for k, f in enumerate(fs) if f[1]):x}ull')

    def span(starts, start):
        second = masks([filters[start + (ri,)] for ri in starts[:64]])
        third = masks([thirds[start + (ri,)] for ri in starts[:64]])
        first = len(start_rules)
        start_rules.extend(starts[:64])
        next_span = 0
        if len(starts) > 64:
            more.append(None)
            next_span = len(more)
            more[next_span - 1] = span(starts[64:], start)
        return (f'{{ {first}, {len(starts[:64])}, {{ {second} }}, {{ {third} }}, '
                f'{next_span} }}')

    for i in range(len(lexemes)):
        spans.append(span(starts_lex[i], ('lex', i)) if starts_lex[i] else '{ 0 }')
    kind_spans = [span(starts_kind[k], (k,)) for k in TOKEN_KINDS]
    c.append('const struct dln_span dln__lex_starts[DLN_LEXEME_COUNT] = {\n\t' +
             ',\n\t'.join(spans) + '\n};')
    c.append('const uint16_t dln__start_rules[] = { ' +
             ', '.join(map(str, start_rules or [0])) + ' };')
    c.append('const struct dln_span dln__kind_starts[DLN_KINDS] = {\n\t' + ',\n\t'.join(kind_spans) +
             '\n};')
    c.append('const uint8_t dln__number_classes[DLN_NUMBER_CLASSES] = { ' +
             ', '.join(f'DLN_C_{cname}' for cname in TOKEN_KINDS['NUMBER']) + ' };')
    c.append('const uint16_t dln__rule_number_starts[] = { ' +
             ', '.join(map(str, number_starts)) + ' };')
    c.append('const struct dln_span dln__more_starts[] = {\n\t' + ',\n\t'.join(more or ['{ 0 }']) +
             '\n};')
    c.append('const uint8_t dln__follow_group[DLN_LEXEME_COUNT] = { ' +
             ', '.join(map(str, group_of)) + ' };')
    c.append(f'/* {len(rows)} rows of {len(groups)} groups. */')
    c.append('const uint64_t dln__follow_pass[] = {\n\t' + ',\n\t'.join(
        ', '.join(f'0x{m:x}ull' for m in row) for row in rows) + '\n};')
    punct = ['0'] * 128
    for ch in PUNCT:
        if ch in lex_id:
            punct[ord(ch)] = str(lex_id[ch])
    c.append('const uint16_t dln__punct_lexeme[128] = { ' + ', '.join(punct) + ' };')
    c.append('const char *const dln__class_names[DLN_CLASSES] = { ' +
             ', '.join(c_string(x) for x in all_classes) + ' };')

    c += word_table(lexemes)

    re_lines = ['/* Generated by src/rulegen.py: lexicon words and rule literals. */']
    for i, w in enumerate(lexemes[1:], 1):
        if w[0].isalpha():
            # "Q1" is a word only where no letter or digit goes on ("Q12", "Q1s").
            context = ' / [^A-Za-z0-9]' if w[-1].isdigit() else ''
            re_lines.append(f'{re2c_string(w)}{context} {{ ok = word_token(t, {i}); goto done; }}')

    for name, text in (('rule_tables.h', '\n'.join(h) + '\n'),
                       ('rule_tables.c', '\n'.join(c) + '\n'),
                       ('lexicon.re', '\n'.join(re_lines) + '\n')):
        path = os.path.join(outdir, name)
        old = open(path).read() if os.path.exists(path) else None
        if old != text:
            with open(path, 'w') as f:
                f.write(text)


if __name__ == '__main__':
    try:
        main(sys.argv)
    except RuleError as e:  # a limit of the tables, found while they are laid out
        sys.exit(f'rulegen: {e}')
