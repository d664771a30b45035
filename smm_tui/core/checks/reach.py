"""Reach checks: does the post fit the platform, open strongly and scan at a glance?"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from functools import cache

import regex

from smm_tui.core.analysis import Span
from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.checks.script import reads_english
from smm_tui.core.model import Finding
from smm_tui.core.platforms import Platform, count_utf8_bytes
from smm_tui.core.wordlists import load_words

_GRAPHEME_RE = regex.compile(r"\X")
# Characters in an opening line that promise a pay-off: a number, a question, a colon
# or dash that sets something up, an exclamation, an ellipsis that leaves it hanging.
_HOOK_MARK_RE = regex.compile(r"[\d?!:—–？！：…]|\.\.\.")

# Platforms without a documented fold still show a first line in previews and
# notifications; about this many characters of it read at a glance.
GLANCE_CHARACTERS = 120
# Scannability: only a post longer than this needs breaking up (a short one is read
# whole at a glance, however many sentences it has) ...
SCAN_POST_CHARACTERS = 400
# ... and there a block (a line, as the platforms render line breaks) is too dense
# past this many characters, or past this many sentences in over a tweet's length.
SCAN_BLOCK_CHARACTERS = 300
SCAN_BLOCK_SENTENCES = 4
SCAN_BLOCK_MANY_SENTENCES_CHARACTERS = 280


def _unit(count: int, unit: str) -> str:
    """A count with its unit: "1 weighted character", "12 weighted characters"."""
    if count == 1 and unit.endswith("s"):
        unit = unit[:-1]
    return f"{count:,} {unit}"


def _fit(counter: Callable[[str], int], text: str, limit: int) -> int:
    """The longest prefix length whose count stays within ``limit``.

    Counts grow with the prefix, so search outwards from the limit, then bisect:
    each probe counts a prefix about the limit's size, not the whole draft.
    """
    low, high = 0, len(text)  # count(text[:low]) <= limit < count(text[:high])
    probe = max(1, min(limit, high))
    while probe < high:
        if counter(text[:probe]) <= limit:
            low, probe = probe, probe * 2
        else:
            high = probe
    while high - low > 1:
        middle = (low + high) // 2
        if counter(text[:middle]) <= limit:
            low = middle
        else:
            high = middle
    return low


def _grapheme_start(text: str, index: int) -> int:
    """Move ``index`` back to the start of the grapheme it falls in (a flag, a ZWJ emoji)."""
    if index <= 0 or index >= len(text):
        return index
    start = max(0, index - 32)
    boundary = start
    for match in _GRAPHEME_RE.finditer(text, start, min(len(text), index + 32)):
        if match.start() > index:
            break
        boundary = match.start()
    return boundary


def _overflow(ctx: Context, counter: Callable[[str], int], limit: int) -> int:
    """Where the part past ``limit`` begins: never inside a grapheme or a URL."""
    cut = _grapheme_start(ctx.text, _fit(counter, ctx.text, limit))
    for url in ctx.draft.urls:
        if url.start < cut < url.end:
            return url.start
    return cut


def _tail(text: str, cut: int, suggestion: str) -> Finding:
    """The text from ``cut`` on, without the white space it starts with (if any is left)."""
    start = cut
    while start < len(text) and text[start].isspace():
        start += 1
    if start == len(text):
        start = cut
    return Finding(start, len(text), text[start:], suggestion)


@cache
def _chars_re(chars: str) -> regex.Pattern[str]:
    return regex.compile("[" + regex.escape(chars) + "]")


_STAND_INS = {"<": "‹", ">": "›"}


def _forbidden(text: str, platform: Platform) -> list[Finding]:
    chars: Collection[str] | None = getattr(platform, "forbidden_chars", None)
    if not chars:
        return []
    findings = []
    for match in _chars_re("".join(sorted(chars))).finditer(text):
        stand_in = _STAND_INS.get(match.group())
        advice = f'Remove it or write "{stand_in}".' if stand_in else "Remove it."
        findings.append(Finding(match.start(), match.end(), match.group(), advice))
    return findings


@check("length", "shareability", "Length", weight=3)
def check_length(ctx: Context) -> Verdict:
    """The count in the platform's own unit against its limit, plus any extra hard caps.

    Every problem here makes the platform refuse or cut the post, so each one fails.
    """
    text, platform = ctx.text, ctx.platform
    if not text.strip():
        return Verdict("warn", "The post is empty.")
    count = platform.count(text)
    problems: list[str] = []
    cuts: list[int] = []
    if count > platform.limit:
        over = count - platform.limit
        problems.append(f"Over {platform.name}'s limit by {_unit(over, platform.unit)}.")
        cuts.append(_overflow(ctx, platform.count, platform.limit))
    max_bytes: int | None = getattr(platform, "max_bytes", None)
    if max_bytes is not None and count_utf8_bytes(text) > max_bytes:
        over = count_utf8_bytes(text) - max_bytes
        problems.append(
            f"Over {platform.name}'s cap of {max_bytes:,} bytes by {_unit(over, 'bytes')}."
        )
        cuts.append(_overflow(ctx, count_utf8_bytes, max_bytes))
    findings = [_tail(text, min(cuts), "Cut it or split it into a thread.")] if cuts else []
    refused = _forbidden(text, platform)
    if refused:
        shown = " or ".join(sorted({f.text for f in refused}))
        problems.append(
            f"{platform.name} refuses {shown}: {plural(len(refused), 'character')} to replace."
        )
        findings.extend(refused)
    if problems:
        findings.sort(key=lambda f: f.start)
        return Verdict("fail", " ".join(problems), tuple(findings))
    left = platform.limit - count
    return Verdict(
        "pass",
        f"{count:,} of {platform.limit:,} {platform.unit}; {left:,} to spare.",
    )


def _opening(ctx: Context) -> Span | None:
    sentences = ctx.draft.sentences
    return sentences[0] if sentences else None


def _has_pull(ctx: Context, opening: Span) -> bool:
    """Whether the opening offers a reason to read on: a number, a question, the reader…"""
    urls = [u for u in ctx.draft.urls if opening.start <= u.start < opening.end]
    prose = opening.text
    for url in reversed(urls):
        a, b = url.start - opening.start, url.end - opening.start
        prose = prose[:a] + " " * (b - a) + prose[b:]
    if _HOOK_MARK_RE.search(prose):
        return True
    strong = load_words("share_hook_words")
    return any(w.text.casefold().replace("’", "'") in strong for w in ctx.draft.words_in(opening))


@check("hook", "shareability", "Hook", weight=2)
def check_hook(ctx: Context) -> Verdict:
    """The first sentence is all most readers see: it must fit the fold and pull them in."""
    opening = _opening(ctx)
    if opening is None:
        return Verdict("pass", "No opening to judge yet.")
    fold = ctx.platform.fold or GLANCE_CHARACTERS
    long = len(opening.text) > fold
    # The reasons to read on are English words; other scripts are judged on length only.
    english = reads_english(ctx.draft)
    weak = english and not _has_pull(ctx, opening)
    if not long and not weak:
        if not english:
            return Verdict(
                "pass", "The opening is short; its wording is not checked (not English)."
            )
        return Verdict("pass", "The opening is short and gives a reason to read on.")
    size = f"The opening runs {len(opening.text):,} characters"
    if ctx.platform.fold:
        size += f'; {ctx.platform.name} shows about {fold} before "more"'
    else:
        size += f"; about {fold} read at a glance"
    advice = []
    if long:
        advice.append(f"Cut the first sentence to under {fold} characters.")
    if weak:
        advice.append("Lead with a number, a question or what the reader gets.")
    if long and weak:
        message = size + ", and it gives no reason to read on."
    elif long:
        message = size + "."
    else:
        message = "The opening gives no reason to read on."
    return Verdict(
        "warn", message, (Finding(opening.start, opening.end, opening.text, " ".join(advice)),)
    )


@check("scannability", "shareability", "Scannability")
def check_scannability(ctx: Context) -> Verdict:
    """Long posts need white space: a line break shows as one on every platform."""
    draft = ctx.draft
    sentences = draft.sentences
    if len(ctx.text) <= SCAN_POST_CHARACTERS:
        return Verdict("pass", "Short enough to read at a glance.")
    starts = [s.start for s in sentences]
    findings = []
    for line in draft.lines:
        count = bisect_left(starts, line.end) - bisect_left(starts, line.start)
        too_long = len(line.text) > SCAN_BLOCK_CHARACTERS
        crowded = (
            count > SCAN_BLOCK_SENTENCES and len(line.text) > SCAN_BLOCK_MANY_SENTENCES_CHARACTERS
        )
        if too_long or crowded:
            size = f"{len(line.text):,} characters" if too_long else plural(count, "sentence")
            findings.append(
                Finding(
                    line.start,
                    line.end,
                    line.text,
                    f"This block holds {size}: break it into two or three short paragraphs.",
                )
            )
    if not findings:
        return Verdict("pass", "Broken into short paragraphs that scan easily.")
    return Verdict(
        "warn",
        f"{plural(len(findings), 'paragraph')} too dense to scan; "
        "break long blocks with line breaks.",
        tuple(findings),
    )
