"""Word-level slips: a word typed twice, and words the dictionary does not know."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import lru_cache
from itertools import pairwise
from string import ascii_lowercase

from smm_tui.core.analysis import Draft, Span
from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.checks.script import NOT_ENGLISH, reads_english
from smm_tui.core.model import Finding
from smm_tui.core.word_counts import english_counts
from smm_tui.core.wordlists import load_words

# Doubles that are real English ("I had had enough", "that that", "bye bye").
ALLOWED_DOUBLES = frozenset(
    {"had", "that", "bye", "no", "go", "ha", "haha", "yeah", "yes", "hey", "so", "now",
     "well", "very", "knock", "tick", "chop", "boo", "wow", "blah", "la", "ho", "mm"}
)  # fmt: skip


def repeated_pairs(draft: Draft) -> Iterator[tuple[Span, Span]]:
    """Neighbouring words that are the same word, case aside.

    Only white space may separate them: "no, no" and "end. End" are deliberate.
    A single line break counts as white space (a typo across a wrapped line); a
    blank line between paragraphs does not.
    """
    text = draft.text
    words = draft.words
    for left, right in pairwise(words):
        if left.text.casefold() != right.text.casefold():
            continue
        gap = text[left.end : right.start]
        if gap.strip() or gap.count("\n") > 1:
            continue
        key = left.text.casefold()
        if key in ALLOWED_DOUBLES or not any(c.isalpha() for c in key):
            continue
        yield left, right


@check("repeated-words", "clarity", "Repeated words")
def check_repeated_words(ctx: Context) -> Verdict:
    """ "the the": one finding spanning both words. Any warns."""
    text = ctx.text
    findings = tuple(
        Finding(a.start, b.end, text[a.start : b.end], "Delete the repeated word.")
        for a, b in repeated_pairs(ctx.draft)
    )
    if not findings:
        return Verdict("pass", "No word is typed twice in a row.")
    return Verdict("warn", f"{plural(len(findings), 'word')} typed twice in a row.", findings)


# Each correction looks up a few hundred candidates, so only this many words get one.
MAX_SUGGESTIONS = 10


def _one_edit_away(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ascii_lowercase}
    inserts = {a + c + b for a, b in splits for c in ascii_lowercase}
    return deletes | transposes | replaces | inserts


@lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    """The commonest dictionary word one edit away, if any (cached per word).

    One edit only: two edits can mean hundreds of thousands of look-ups.
    """
    counts = english_counts()
    word = word.lower()
    real = counts.known(c for c in _one_edit_away(word) if c != word)
    best = max(((counts.count(c), c) for c in real), default=None)
    return best[1] if best else None


def _checkable(part: str) -> bool:
    """Whether a word is the kind a dictionary can judge.

    Left alone: single letters, non-English script, ALL-CAPS acronyms ("SEO") and
    CamelCase names ("HubSpot", "iPhone").
    """
    if len(part) < 2 or not (part.isascii() and part.isalpha()):
        return False
    return not (part.isupper() or any(c.isupper() for c in part[1:]))


def _pieces(word: Span) -> Iterator[Span]:
    """The parts of a word to look up: "well-known" twice; "brand's" as "brand".

    Contractions ("don't", "we'll") and words with digits are skipped whole.
    """
    text = word.text.replace("’", "'")
    if any(c.isdigit() for c in text):
        return
    if "'" in text:
        if not text.lower().endswith("'s") or text.count("'") > 1:
            return
        text = text[:-2]
    offset = 0
    for part in text.split("-"):
        start = word.start + offset
        yield Span(start, start + len(part), word.text[offset : offset + len(part)])
        offset += len(part) + 1


# British spellings rewritten the American way, which is how the dictionary has them.
_BRITISH = (
    (re.compile(r"our"), "or"),  # colour, favourite, behavioural
    (re.compile(r"is(?=e|ing|ation)"), "iz"),  # organise, realising, organisation
    (re.compile(r"ys(?=e|ing)"), "yz"),  # analyse, analysing
    (re.compile(r"tre(s?)$"), r"ter\1"),  # centre, theatres
    (re.compile(r"ogue$"), "og"),  # catalogue
    (re.compile(r"ence$"), "ense"),  # defence, licence
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),  # travelled, modelling
)


def _american(word: str) -> Iterator[str]:
    """American spellings a British word may have, one rule at a time, then all."""
    combined = word
    for pattern, replacement in _BRITISH:
        variant = pattern.sub(replacement, word)
        if variant != word:
            yield variant
        combined = pattern.sub(replacement, combined)
    if combined != word:
        yield combined


def _known(key: str, dictionary: Container[str]) -> bool:
    return key in dictionary or any(v in dictionary for v in _american(key))


# A terminal control sequence pasted in with the text ("\x1b[K", "\x1b[31m"): its
# last letter would otherwise start the next word ("\x1b[Kmore" reads "Kmore").
_CSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
# Parts this short ("Wi-Fi", "x-y") are letters, not words to spell.
_LETTER_PARTS = 2


def _escape_ends(text: str) -> dict[int, int]:
    """For each position inside an escape sequence, where the sequence ends."""
    if "\x1b" not in text:
        return {}
    return {i: m.end() for m in _CSI_RE.finditer(text) for i in range(m.start(), m.end())}


def _outside_escapes(word: Span, ends: dict[int, int]) -> Span | None:
    """The word without the escape-sequence letters it starts with; None if nothing is left."""
    end = ends.get(word.start)
    if end is None:
        return word
    if end >= word.end:
        return None
    return Span(end, word.end, word.text[end - word.start :])


def _compound_known(key: str, dictionary: Container[str], extra: Container[str]) -> bool:
    """A hyphenated word is fine whole: its parts are letters ("wi-fi"), it is listed
    ("no-brainer"), or joined up it is a known word ("e-mail" is "email")."""
    parts = key.split("-")
    if len(parts) < 2:
        return False
    if all(len(p) <= _LETTER_PARTS for p in parts):
        return True
    joined = "".join(parts)
    # The extra list files its entries with spaces for hyphens ("no-brainer").
    return joined in dictionary or joined in extra or " ".join(parts) in extra


def unknown_words(draft: Draft, own_words: frozenset[str]) -> list[Span]:
    """Words (or parts of hyphenated words) the dictionary and the user's list lack."""
    dictionary = english_counts()
    extra = load_words("spelling_extra")
    own = {w.casefold() for w in own_words}
    escapes = _escape_ends(draft.text)
    unknown = []
    for found in draft.words:
        word = _outside_escapes(found, escapes) if escapes else found
        if word is None:
            continue
        whole = word.text.lower()
        # Most words are plain dictionary words: settle them with one look-up.
        if whole in dictionary or whole in extra or whole in own:
            continue
        if "-" in whole and _compound_known(whole, dictionary, extra):
            continue
        for part in _pieces(word):
            key = part.text.lower()
            if not _checkable(part.text) or key in extra or key in own:
                continue
            if _known(key, dictionary):
                continue
            unknown.append(part)
    return unknown


@check("spelling", "clarity", "Spelling")
def check_spelling(ctx: Context) -> Verdict:
    """Words missing from the English dictionary; any warns.

    Hashtags, mentions and URLs are not prose words; numbers, acronyms, CamelCase
    names, contractions and the user's own words (``settings.own_words``) are
    skipped. The first ``MAX_SUGGESTIONS`` different words get a correction.
    """
    if not reads_english(ctx.draft):
        return NOT_ENGLISH
    unknown = unknown_words(ctx.draft, ctx.settings.own_words)
    if not unknown:
        return Verdict("pass", "No unknown words.")
    suggestions: dict[str, str | None] = {}
    findings = []
    for span in unknown:
        key = span.text.lower()
        if key not in suggestions and len(suggestions) < MAX_SUGGESTIONS:
            suggestions[key] = correction(key)
        fix = suggestions.get(key)
        if fix and span.text[0].isupper():
            fix = fix.capitalize()
        advice = f'Did you mean "{fix}"?' if fix else "Check it, or add it to your own words."
        findings.append(Finding(span.start, span.end, span.text, advice))
    distinct = len({s.text.lower() for s in unknown})
    return Verdict(
        "warn",
        f"{plural(distinct, 'word')} not in the dictionary. "
        "Fix typos; add names and brands to your own words.",
        tuple(findings),
    )
