"""Split a draft that is too long for one post into numbered posts that each fit.

Numbering is a suffix, " 3/7", so the first post opens with the hook rather than
"1/7". Each part, numbering included, fits the platform's limit in its own unit (and
Bluesky's byte cap). Parts break at white space only, so a URL, hashtag, mention or
grapheme is never cut; among the breaks that fit, a paragraph break wins, then a
sentence end, then any word, as long as the part stays at least half full. A single
word longer than a post is cut between graphemes, outside URLs, hashtags and mentions
where it can be.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import regex

from smm_tui.core.analysis import Draft
from smm_tui.core.platforms import Platform, get_platform, last_fitting

_SPACE_RE = regex.compile(r"\s+")
_GRAPHEME_RE = regex.compile(r"\X")
_PARAGRAPH, _SENTENCE, _WORD = 3, 2, 1
# A preferred break may leave a part this full at least, else a weaker break is used.
_MIN_FILL = 0.5


@dataclass(frozen=True, slots=True)
class ThreadPart:
    """One post of a thread: its text (numbering included), its count and the limit."""

    text: str
    count: int
    limit: int


def split_thread(text: str, platform: Platform | str, numbering: bool = True) -> list[ThreadPart]:
    """The draft as posts that each fit ``platform``; one unnumbered part if it fits."""
    profile = platform if isinstance(platform, Platform) else get_platform(platform)
    body = text.strip()
    if not body:
        return []
    if _fits(profile, body):
        return [ThreadPart(body, profile.count(body), profile.limit)]
    splitter = _Splitter(body, profile)
    if not numbering:
        return [ThreadPart(p, profile.count(p), profile.limit) for p in splitter.pieces(0)]
    # Packing assumes a part count for the numbering; more parts can widen it ("9/9" ->
    # "10/10") and so need more parts. Fewer parts than assumed still fit.
    total = 1
    while len(pieces := splitter.pieces(total)) > total:
        total = len(pieces)
    posts = [piece + _suffix(i, len(pieces)) for i, piece in enumerate(pieces, 1)]
    return [ThreadPart(p, profile.count(p), profile.limit) for p in posts]


def _suffix(index: int, total: int) -> str:
    return f" {index}/{total}" if total else ""


def _fits(profile: Platform, post: str) -> bool:
    if profile.count(post) > profile.limit:
        return False
    return profile.max_bytes is None or len(post.encode("utf-8")) <= profile.max_bytes


class _Splitter:
    """The draft's break points, ranked and counted once, reused for every numbering width.

    Every unit here adds up over white-space-separated pieces, so a part's count is a
    difference of running totals; the counter itself confirms each part once.
    """

    def __init__(self, text: str, profile: Platform) -> None:
        self.text = text
        self.profile = profile
        self.draft = Draft(text)
        sentence_ends = {s.end for s in self.draft.sentences}
        # (where a part may end, where the next one starts, strength of the break)
        self.breaks: list[tuple[int, int, int]] = []
        # Running totals (count, UTF-8 bytes) of the text before each break and after it.
        self.before: list[tuple[int, int]] = []
        self.after: list[tuple[int, int]] = []
        total = (0, 0)
        position = 0
        for m in _SPACE_RE.finditer(text):
            gap = m.group()
            if gap.count("\n") >= 2:
                level = _PARAGRAPH
            elif "\n" in gap or m.start() in sentence_ends:
                level = _SENTENCE
            else:
                level = _WORD
            self.breaks.append((m.start(), m.end(), level))
            total = self._add(total, text[position : m.start()])
            self.before.append(total)
            total = self._add(total, gap)
            self.after.append(total)
            position = m.end()
        self.breaks.append((len(text), len(text), _PARAGRAPH))
        self.before.append(self._add(total, text[position:]))

    def _add(self, total: tuple[int, int], piece: str) -> tuple[int, int]:
        # Every unit counts a plain ASCII word (no URL, mention or CR LF) as its length.
        if piece.isascii() and not ("." in piece or "@" in piece or "\r" in piece):
            return total[0] + len(piece), total[1] + len(piece)
        size = len(piece.encode("utf-8")) if self.profile.max_bytes is not None else 0
        return total[0] + self.profile.count(piece), total[1] + size

    def pieces(self, total: int) -> list[str]:
        """Pack the text greedily, assuming ``total`` parts for the numbering (0: none)."""
        pieces: list[str] = []
        start = 0
        first = 0
        while start < len(self.text):
            while self.breaks[first][0] <= start:
                first += 1
            end, next_start = self._cut(start, first, _suffix(len(pieces) + 1, total))
            pieces.append(self.text[start:end])
            start = next_start
        return pieces

    def _cut(self, start: int, first: int, suffix: str) -> tuple[int, int]:
        """Where the part starting at ``start`` ends, and where the next one starts.

        ``first`` is the first break after ``start``.
        """
        breaks, before = self.breaks, self.before
        if first and start == breaks[first - 1][1]:
            base = self.after[first - 1]
        elif start == 0:
            base = (0, 0)
        else:  # the rest of a word cut between graphemes
            base = self._add((0, 0), self.text[start : breaks[first][0]])
            base = (before[first][0] - base[0], before[first][1] - base[1])
        room = self.profile.limit - self.profile.count(suffix)
        byte_room = (self.profile.max_bytes or 0) - len(suffix.encode("utf-8"))

        def fits(i: int) -> bool:
            if before[i][0] - base[0] > room:
                return False
            return self.profile.max_bytes is None or before[i][1] - base[1] <= byte_room

        best = last_fitting(len(breaks), fits, first)
        # Confirm with the counter itself, in case a piece does not add up exactly.
        while best is not None and not _fits(
            self.profile, self.text[start : breaks[best][0]] + suffix
        ):
            best = best - 1 if best > first else None
        if best is None:
            end = self._cut_word(start, suffix)
            return end, end
        floor = base[0] + _MIN_FILL * (before[best][0] - base[0])
        for level in (_PARAGRAPH, _SENTENCE):
            for i in range(best, first - 1, -1):
                if breaks[i][2] >= level:
                    if before[i][0] >= floor:
                        return breaks[i][0], breaks[i][1]
                    break
        return breaks[best][0], breaks[best][1]

    def _cut_word(self, start: int, suffix: str) -> int:
        """Last resort for a word longer than a post: cut between graphemes."""
        gap = _SPACE_RE.search(self.text, start)
        word_end = gap.start() if gap else len(self.text)
        ends: list[int] = [m.end() for m in _GRAPHEME_RE.finditer(self.text, start, word_end)]
        # Cuts strictly inside a URL, hashtag or mention come last.
        safe = [e for e in ends if not self.draft.in_entity(e, e)]

        def fits(end: int) -> bool:
            return _fits(self.profile, self.text[start:end] + suffix)

        for options in (safe, ends):
            found = last_fitting(len(options), partial(_fits_at, options, fits))
            if found is not None:
                return options[found]
        # Not even one grapheme fits beside the numbering: give it a post of its own.
        return ends[0]


def _fits_at(ends: list[int], fits: Callable[[int], bool], index: int) -> bool:
    return fits(ends[index])
