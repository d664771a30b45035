"""Tone checks: shouting in capitals or with "!!!", and hype that reads as spam."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from smm_tui.core.analysis import Span
from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.model import Finding, Status
from smm_tui.core.wordlists import PhraseList, load, load_words, normalize

# Two or more ! or ? in a row, except a single surprised "?!" or "!?".
_REPEATED_MARKS_RE = regex.compile(r"[!?！？]{2,}")
# What may separate two capitalised words of one shouted run: not a sentence end.
_RUN_BREAK_RE = regex.compile(r"[.!?…\n]")
# A capitalised word shorter than this shouts only next to another one ("BUY NOW").
SHOUT_LETTERS = 4
# Y counts as a vowel: "GYM", "WHY" and "MY" are words one can shout.
_VOWELS = frozenset("aeiouy")
# Hype phrases from this many on fail: the post reads as spam, not just a little pushy.
SPAM_FAIL_AT = 3


def _is_capitals(word: str) -> bool:
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def _unsayable(part: str) -> bool:
    """Letters without a vowel (SXSW, NSFW, BRB) can only be spelt out: an initialism."""
    return part.isascii() and part.isalpha() and not any(c in _VOWELS for c in part)


def _is_acronym(word: str, acronyms: frozenset[str]) -> bool:
    """SEO, B2B, COVID-19, SXSW: known acronyms or vowel-less initialisms, alone or
    in a hyphenated compound. A word with a vowel ("FREE", "HUGE") may be shouting."""
    key = word.casefold().replace("’", "'")
    if key in acronyms or _unsayable(key):
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(p in acronyms or _unsayable(p) or not p.isalpha() for p in parts)


def _capital_runs(ctx: Context) -> list[list[Span]]:
    """Neighbouring all-capitals words, grouped while no sentence end separates them."""
    text = ctx.text
    runs: list[list[Span]] = []
    previous: Span | None = None
    for word in ctx.draft.words:
        if not _is_capitals(word.text):
            previous = None
            continue
        if previous is not None and not _RUN_BREAK_RE.search(text, previous.end, word.start):
            runs[-1].append(word)
        else:
            runs.append([word])
        previous = word
    return runs


def _calm(text: str, run: Sequence[Span], acronyms: frozenset[str]) -> str:
    """The run in sentence case, acronyms kept: "FREE SEO AUDIT" -> "free SEO audit"."""
    start = run[0].start
    pieces = []
    last = start
    for word in run:
        pieces.append(text[last : word.start])
        pieces.append(word.text if _is_acronym(word.text, acronyms) else word.text.lower())
        last = word.end
    calm = "".join(pieces)
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?…\n":
        calm = calm[:1].upper() + calm[1:]
    return calm


def _shouted(ctx: Context, acronyms: frozenset[str]) -> list[list[Span]]:
    """Runs of capitals that shout: any run of two, or one long word, acronyms aside."""
    shouted = []
    for run in _capital_runs(ctx):
        if all(_is_acronym(w.text, acronyms) for w in run):
            continue
        if len(run) == 1 and sum(c.isalpha() for c in run[0].text) < SHOUT_LETTERS:
            continue
        shouted.append(run)
    return shouted


@check("shouting", "shareability", "Shouting")
def check_shouting(ctx: Context) -> Verdict:
    """Capitals and stacked "!!!" read as shouting; acronyms such as SEO or B2B are fine."""
    text, draft = ctx.text, ctx.draft
    acronyms = load_words("share_acronyms")
    findings: list[Finding] = []
    loud_words = 0
    for run in _shouted(ctx, acronyms):
        loud_words += len(run)
        start, end = run[0].start, run[-1].end
        calm = _calm(text, run, acronyms)
        findings.append(Finding(start, end, text[start:end], f'Write "{calm}".'))
    marks = 0
    for match in _REPEATED_MARKS_RE.finditer(text):
        mark = match.group()
        if mark in ("?!", "!?") or draft.in_url(match.start()):
            continue
        marks += 1
        one = "?" if "?" in mark or "？" in mark else "!"
        findings.append(Finding(match.start(), match.end(), mark, f'Use one "{one}".'))
    if not findings:
        return Verdict("pass", "No shouting.")
    parts = []
    if loud_words:
        parts.append(f"{plural(loud_words, 'word')} in capitals")
    if marks:
        parts.append(f"{plural(marks, 'run')} of repeated ! or ?")
    status: Status = "warn"
    if loud_words >= 5 and 2 * loud_words >= len(draft.words):
        status = "fail"
    findings.sort(key=lambda f: f.start)
    verb = "reads" if len(findings) == 1 else "read"
    return Verdict(status, f"{' and '.join(parts)} {verb} as shouting.", tuple(findings))


@lru_cache(maxsize=8)
def _avoid_list(words: frozenset[str]) -> PhraseList | None:
    """The user's "never use" words as one phrase list, compiled once per set."""
    entries = {w: None for w in words if normalize(w)}
    return PhraseList("avoid_words", entries) if entries else None


def _quoted(findings: Sequence[Finding], most: int = 3) -> str:
    distinct = list(dict.fromkeys(f.text.casefold() for f in findings))
    shown = ", ".join(f'"{t}"' for t in distinct[:most])
    return shown + (", …" if len(distinct) > most else "")


# Marks after a phrase that push it: two or more "!" (a "?" among them too).
_PUSHED_RE = regex.compile(r"\s*[!！][!?！？]+")


def _shouted_phrase(text: str, finding: Finding) -> bool:
    """Whether a plain call to action is shouted: in capitals, or pushed with "!!"."""
    return _is_capitals(finding.text) or _PUSHED_RE.match(text, finding.end) is not None


@check("spam-words", "shareability", "Spam words")
def check_spam_words(ctx: Context) -> Verdict:
    """Hype that readers and spam filters distrust, plus words the user banned themselves.

    Plain calls to action ("Shop now", "Sign up today") are what a post should end
    with, so they count as hype only when shouted ("BUY NOW", "Order now!!!").
    """
    draft = ctx.draft
    avoid: list[Finding] = []
    avoid_list = _avoid_list(ctx.settings.avoid_words) if ctx.settings.avoid_words else None
    if avoid_list is not None:
        avoid = avoid_list.find(
            ctx.text,
            default="You asked never to use this word.",
            skip=lambda start, _end: draft.in_url(start),
        )
    taken = {(f.start, f.end) for f in avoid}
    found = load("spam_words").find(ctx.text, skip=draft.in_entity, advise=str)
    found += [
        f
        for f in load("spam_when_shouted").find(ctx.text, skip=draft.in_entity, advise=str)
        if _shouted_phrase(ctx.text, f)
    ]
    hype = sorted((f for f in found if (f.start, f.end) not in taken), key=lambda f: f.start)
    if not avoid and not hype:
        return Verdict("pass", "No hype or banned words.")
    parts = []
    if hype:
        parts.append(
            f"{plural(len(hype), 'hype phrase')} readers and filters distrust: {_quoted(hype)}."
        )
    if avoid:
        parts.append(f"{plural(len(avoid), 'word')} you asked never to use: {_quoted(avoid)}.")
    status: Status = "fail" if avoid or len(hype) >= SPAM_FAIL_AT else "warn"
    findings = tuple(sorted((*hype, *avoid), key=lambda f: (f.start, f.end)))
    return Verdict(status, " ".join(parts), findings)
