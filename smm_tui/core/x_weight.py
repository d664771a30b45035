"""X's weighted length (twitter-text v3 rules), fast enough to run on every keystroke.

twitter-text-parser gets the same numbers but takes ~3 ms for a 280-character post and
~30 ms for 3,000 characters (a 3,000-branch emoji regex and a 1,500-branch TLD regex run
at every position). Here pure-ASCII text without a URL is just ``len``; other text pays
for one cheap character class per segment, and the emoji and URL patterns run only where
a text could hold one.

Rules (config v3): each code point weighs 2, except U+0000–U+10FF, U+2000–U+200D,
U+2010–U+201F and U+2032–U+2037 which weigh 1; any URL weighs 23; any emoji sequence
(ZWJ family, flag, keycap, skin tone, tag sequence) weighs 2; text is NFC-normalised and
CR LF counts as one line break first. The reported length is the sum.

Known differences from twitter-text-parser 3.0.0 (whose emoji list stops at Emoji 12.0):
emoji sequences newer than that, or ZWJ/modifier combinations not in any emoji list,
count 2 here (as X counts them today) but per code point there; the TLD list is the
2023 root zone rather than the 2019 one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

TRANSFORMED_URL_LENGTH = 23
EMOJI_WEIGHT = 2

# Code points outside the weight-1 ranges weigh 2; matched as runs, so CJK text is
# summed a run at a time rather than a character at a time.
_HEAVY_RE = re.compile("[^\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]+")
# Emoji sequences only change the sum when they are longer than one code point or start
# with a weight-1 code point (keycaps, ©, ®); a text without any of these skips the scan.
_SEQUENCE_HINT_RE = re.compile(
    "[\u200d\ufe0f\u20e3\u00a9\u00ae\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff"
    "\U000e0020-\U000e007f]"
)


@cache
def _emoji_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        [0-9#*]\uFE0F?\u20E3                                   # keycap
        | \p{Regional_Indicator}{2}                             # flag
        | \U0001F3F4[\U000E0020-\U000E007E]+\U000E007F          # tag sequence
        | (?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|\p{Extended_Pictographic}\uFE0F?)
          (?:\u200D(?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|\p{Extended_Pictographic}\uFE0F?))*
        """,
        regex.VERBOSE,
    )


# No URL holds one of twitter-text's spaces, and every URL holds a dot followed by the
# first letter of a top-level domain: only such space-free runs need the URL grammar.
_SPACES = "\t-\r\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_MAYBE_URL_RE = re.compile(r"\.\w")
_RUN_RE = re.compile(f"[^{_SPACES}]+")

# twitter-text's URL grammar, re-expressed: a preceding character that is not a letter,
# digit, @, $ or # (consumed, as twitter-text does); an optional http(s) scheme;
# sub-domains, a domain name and a top-level domain not followed by a letter or digit;
# an optional port, path and query.
_LATIN = (
    r"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B"
    r"\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
_CYRILLIC = r"\u0400-\u04FF"
_NOT_DOMAIN = (
    r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"  # punctuation (not " or `)
    f"{_SPACES}"
    r"\uFFFE\uFEFF\uFFFF"  # invalid characters
    r"\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069"  # directional marks
)
_DC = f"[^{_NOT_DOMAIN}]"
_TLD_END = r"(?=[^0-9a-zA-Z@+\-]|$)"
# Any top-level-domain shape; a match is kept only when its TLD is a known one.
_ANY_TLD = r"(?P<tld>xn--[\-0-9a-z]+|[a-z]{2,}|[^\x00-\x7F]+)" + _TLD_END
_PATH_CHAR = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*)\)"
_PATH_END = rf"[+\-a-z{_CYRILLIC}0-9=_#/{_LATIN}]"
# As twitter-text splices it, a bracketed group is a path piece of its own, so
# "/x@(y)" stops after "/x".
_PATH = rf"(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END}|{_PARENS}|@{_PATH_CHAR}+/)"
_URL_PATTERN = rf"""
    (?:[^A-Za-z0-9@＠$#＃\uFFFE\uFEFF\uFFFF]|^)
    (?P<url>
    (?P<protocol>https?://)?
    (?P<domain>
        (?:(?:{_DC}(?:[_\-]|{_DC})*)?{_DC}\.)*     # sub-domains (may hold _)
        (?:(?:{_DC}(?:-|{_DC})*)?{_DC}\.)          # domain name
        TLD)
    (?::[0-9]+)?
    (?P<path>/{_PATH}*)?
    (?:\?[a-z0-9!?*'@();:&=+$/%\#\[\]\-_.,~|]*[a-z0-9\-_&=\#/])?
    )
"""
_ASCII_DOMAIN_PATTERN = rf"(?:[\-a-z0-9{_LATIN}]+\.)+TLD"
_ASCII_DOMAIN_CHARS_RE = re.compile(rf"[\-a-z0-9.{_LATIN}]+", re.IGNORECASE)
_TCO_RE = re.compile(
    r"https?://t\.co/([a-z0-9]+)(?:\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/])?",
    re.IGNORECASE,
)
_MAX_URL_LENGTH = 4096
# A run of text that is one plain link and nothing else: http(s), ASCII domain labels
# (at most 63 characters, no leading or trailing hyphen), a common top-level domain, and
# a path of letters, digits, "/", "-" and "_". twitter-text's rules find exactly this
# run as the URL; anything less plain (queries, punctuation, t.co, IDNs) takes those rules.
_PLAIN_URL_RE = re.compile(
    r"https?://(?!t\.co(?:/|$))(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|org|net|io|dev|app|ai|me|ly|uk|de|fr|blog|news|shop|info|biz|tv|us|ca)"
    r"(?:/[a-z0-9/_-]*)?",
    re.IGNORECASE,
)
_PLAIN_URL_MAX = 1000
_MAX_TCO_SLUG = 40


@cache
def _tlds() -> frozenset[str]:
    from smm_tui.core.wordlists import read_data

    text = read_data("tlds.txt")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _tree_pattern(node: dict[str, Any]) -> str:
    """A prefix tree of alternatives, longer names first ("community" before "com"):
    a flat 1,500-branch alternation costs ~10 µs at every dot, the tree under 1 µs."""
    branches = [re.escape(char) + _tree_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _known_tld() -> str:
    tree: dict[str, Any] = {}
    for tld in sorted(_tlds()):
        node = tree
        for char in tld:
            node = node.setdefault(char, {})
        node[""] = {}
    return rf"(?P<tld>{_tree_pattern(tree)}|xn--[\-0-9a-z]+){_TLD_END}"


@cache
def _compiled(pattern: str, exact: bool) -> re.Pattern[str]:
    """``exact`` spells out every known TLD (as twitter-text does; ~0.1 s to compile);
    otherwise any TLD shape, which finds the same URLs whenever every TLD it finds is
    a known one (the shapes cover every TLD and are tried in the same order)."""
    tld = _known_tld() if exact else _ANY_TLD
    return re.compile(pattern.replace("TLD", tld), re.IGNORECASE | re.VERBOSE)


def _finditer(pattern: str, text: str, pos: int, endpos: int) -> list[re.Match[str]]:
    found = list(_compiled(pattern, False).finditer(text, pos, endpos))
    tlds = _tlds()
    if all(m["tld"].lower() in tlds or m["tld"][:4].lower() == "xn--" for m in found):
        return found
    return list(_compiled(pattern, True).finditer(text, pos, endpos))


def _idna_length(domain: str) -> int | None:
    try:
        return len(domain.encode("idna"))
    except UnicodeError:
        return None


def url_spans(text: str, *, bare_domains: bool = True) -> Iterator[tuple[int, int]]:
    """(start, end) of each URL X would shorten to t.co, in order.

    ``bare_domains=False`` keeps only URLs with an http(s) scheme (Mastodon's rule).
    Like twitter-text, a bare URL whose domain starts with ASCII after non-ASCII text
    ("a.io日本.com/x") covers only as many characters as the URL it reports ("a.io/x").
    """
    if not _MAYBE_URL_RE.search(text):
        return
    for run in _RUN_RE.finditer(text):
        word = run.group()
        if not _MAYBE_URL_RE.search(word):
            continue
        if _PLAIN_URL_RE.fullmatch(word) and len(word) < _PLAIN_URL_MAX:
            # The whole run is the URL, exactly as the full rules would find it: no need
            # to compile them (~15 ms) for a post whose links are all this plain.
            yield run.span()
            continue
        yield from _urls_in_run(text, max(run.start() - 1, 0), run.end(), bare_domains)


def _urls_in_run(text: str, pos: int, endpos: int, bare_domains: bool) -> Iterator[tuple[int, int]]:
    """The URLs of one space-free run; ``pos`` is the space before it, as twitter-text
    consumes the character before a URL."""
    for m in _finditer(_URL_PATTERN, text, pos, endpos):
        url, protocol, domain, path = m.group("url", "protocol", "domain", "path")
        puny_length = _idna_length(domain)
        if not puny_length:
            continue
        if len(protocol or "https://") + len(url) + puny_length - len(domain) > _MAX_URL_LENGTH:
            continue
        start = m.start("url")
        if protocol:
            tco = _TCO_RE.match(url)
            if tco and len(tco.group(1)) > _MAX_TCO_SLUG:
                continue
            yield start, start + (tco.end() if tco else len(url))
            continue
        if not bare_domains or (start > 0 and text[start - 1] in "-_./"):
            continue
        # Only the ASCII domains inside a bare domain count.
        if _ASCII_DOMAIN_CHARS_RE.fullmatch(domain):
            found = [(0, len(domain))]
        else:
            found = [a.span() for a in _finditer(_ASCII_DOMAIN_PATTERN, domain, 0, len(domain))]
        for i, (a_start, a_end) in enumerate(found):
            if path and i == len(found) - 1:
                ascii_url = url.replace(domain, domain[a_start:a_end])
                yield start + a_start, start + a_start + len(ascii_url)
            else:
                yield start + a_start, start + a_end


def _plain_weight(segment: str) -> int:
    """Weight of text that holds no URL: code points, heavy ones twice, emoji as 2."""
    if segment.isascii():
        return len(segment)
    total = len(segment) + _heavy(segment)
    if _SEQUENCE_HINT_RE.search(segment):
        for m in _emoji_re().finditer(segment):
            emoji = m.group()
            total -= len(emoji) + _heavy(emoji) - EMOJI_WEIGHT
    return total


def _heavy(text: str) -> int:
    """How many code points of ``text`` weigh 2."""
    return sum(map(len, _HEAVY_RE.findall(text)))


def emoji_sequences(text: str) -> list[str]:
    """Each emoji sequence of ``text``, in order: a ZWJ family, a flag or a keycap is one."""
    found: list[str] = _emoji_re().findall(text)
    return found


def weighted_length(text: str) -> int:
    """X's count for ``text``: what the compose box shows against 280."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n")
    total = 0
    last = 0
    for start, end in url_spans(text):
        total += _plain_weight(text[last:start]) + TRANSFORMED_URL_LENGTH
        last = end
    return total + _plain_weight(text[last:])
