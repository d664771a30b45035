"""Split a draft that is too long for one post into numbered posts that each fit.

Numbering is a suffix, " 3/7", so the first post opens with the hook rather than
"1/7". Each part, numbering included, fits the platform's limit in its own unit (and
Bluesky's byte cap). A part may end at white space, or, in text written without spaces
(Chinese, Japanese), right after a full stop or a comma mark; never inside a URL,
hashtag, mention or grapheme. Among the breaks that fit, a paragraph break wins, then a
sentence end, then a clause mark, then any word, as long as the part stays at least
half full. Only when no break fits at all is a run cut between graphemes: outside URLs,
hashtags and mentions where it can be, and beside an ideograph, kana or hangul rather
than inside a word of another script (those scripts need no space between words).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from heapq import merge

import regex

from smm_tui.core.analysis import Draft
from smm_tui.core.platforms import (
    JOINING_RE,
    Platform,
    count_utf8_bytes,
    get_platform,
    last_fitting,
)

_SPACE_RE = regex.compile(r"\s+")
_GRAPHEME_RE = regex.compile(r"\X")
# Letters of scripts written without spaces between words.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー"
# Beside such a letter (a word may end there), searched from the end backwards.
_BESIDE_UNSPACED_RE = regex.compile(f"(?r)(?<=[{_UNSPACED}])|(?=[{_UNSPACED}])")
# A break with no white space: after a CJK full stop or comma mark (or an ASCII !?. set
# between CJK letters and other non-ASCII text), with any closing quotes or brackets,
# before a character that starts a grapheme of its own.
_UNSPACED_BREAK_RE = regex.compile(
    rf"""
    (?: (?P<sentence> [。！？｡．]+ | (?<=[{_UNSPACED}])[!?.]+(?=[^\x00-\x7f]) )
      | [，、；：､]+ )
    [”’」』）》〉】〕］｝"')\]]*
    (?=[^\s\p{{M}}\u200d])
    """,
    regex.VERBOSE,
)
# Two letters or digits of a script written with spaces: a cut between them splits a word.
_MID_WORD_RE = regex.compile(rf"[^\W{_UNSPACED}]{{2}}")
_PARAGRAPH, _SENTENCE, _CLAUSE, _WORD = 4, 3, 2, 1
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
    return profile.max_bytes is None or count_utf8_bytes(post) <= profile.max_bytes


class _Splitter:
    """The draft's break points, ranked and counted once, reused for every numbering width.

    Every unit here adds up over white-space-separated pieces, so a part's count is a
    difference of running totals; the counter itself confirms each part once.
    """

    def __init__(self, text: str, profile: Platform) -> None:
        self.text = text
        self.profile = profile
        self.draft = Draft(text)
        # (where a part may end, where the next one starts, strength of the break)
        self.breaks: list[tuple[int, int, int]] = []
        # Running totals (count, UTF-8 bytes) of the text before each break and after it.
        self.before: list[tuple[int, int]] = []
        self.after: list[tuple[int, int]] = []
        total = (0, 0)
        position = 0
        for start, end, level in merge(self._spaced_breaks(), self._unspaced_breaks()):
            self.breaks.append((start, end, level))
            total = self._add(total, text[position:start])
            self.before.append(total)
            total = self._add(total, text[start:end])
            self.after.append(total)
            position = end
        self.breaks.append((len(text), len(text), _PARAGRAPH))
        self.before.append(self._add(total, text[position:]))

    def _spaced_breaks(self) -> list[tuple[int, int, int]]:
        sentence_ends = {s.end for s in self.draft.sentences}
        found = []
        for m in _SPACE_RE.finditer(self.text):
            gap = m.group()
            if gap.count("\n") >= 2:
                level = _PARAGRAPH
            elif "\n" in gap or m.start() in sentence_ends:
                level = _SENTENCE
            else:
                level = _WORD
            found.append((m.start(), m.end(), level))
        return found

    def _unspaced_breaks(self) -> list[tuple[int, int, int]]:
        if self.text.isascii():
            return []
        return [
            (m.end(), m.end(), _SENTENCE if m.group("sentence") else _CLAUSE)
            for m in _UNSPACED_BREAK_RE.finditer(self.text)
            if not self.draft.in_entity(m.end(), m.end())
        ]

    def _add(self, total: tuple[int, int], piece: str) -> tuple[int, int]:
        # Every unit counts a plain ASCII word (no URL, mention or CR LF) as its length.
        if piece.isascii() and not ("." in piece or "@" in piece or "\r" in piece):
            return total[0] + len(piece), total[1] + len(piece)
        size = count_utf8_bytes(piece) if self.profile.max_bytes is not None else 0
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
        else:  # the rest of a run cut between graphemes
            if not self._rest_fits(start, breaks[first][0], suffix):
                end = self._cut_word(start, breaks[first][0], suffix)
                return end, end
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
            end = self._cut_word(start, breaks[first][0], suffix)
            return end, end
        floor = base[0] + _MIN_FILL * (before[best][0] - base[0])
        for level in (_PARAGRAPH, _SENTENCE, _CLAUSE):
            for i in range(best, first - 1, -1):
                if breaks[i][2] >= level:
                    if before[i][0] >= floor:
                        return breaks[i][0], breaks[i][1]
                    break
        return breaks[best][0], breaks[best][1]

    def _rest_fits(self, start: int, end: int, suffix: str) -> bool:
        """Whether ``text[start:end]`` fits beside ``suffix``, counting a long run only
        as far as a few posts' worth (counts grow with the text) when that already fails."""
        probe = start + 4 * self.profile.limit
        if probe < end and not _fits(self.profile, self.text[start:probe]):
            return False
        return _fits(self.profile, self.text[start:end] + suffix)

    def _cut_word(self, start: int, word_end: int, suffix: str) -> int:
        """Last resort for a run with no break that fits: cut between graphemes.

        Only graphemes up to a little past what the post could hold are looked at, so a
        long run costs about one post's worth per part.
        """
        text, profile = self.text, self.profile
        reach = start + profile.limit
        while reach < word_end and _fits(profile, text[start:reach]):
            reach = start + 2 * (reach - start)
        reach = min(reach, word_end)
        ends: Sequence[int]
        if JOINING_RE.search(text, start, reach):
            ends = []
            for m in _GRAPHEME_RE.finditer(text, start, word_end):
                ends.append(m.end())
                if m.end() >= reach:
                    break
        else:  # one grapheme per code point
            ends = range(start + 1, reach + 1)

        def fits(index: int) -> bool:
            return _fits(profile, text[start : ends[index]] + suffix)

        # Counts grow about in proportion to length: searching from the cut that the
        # proportion predicts takes a few counts rather than a full doubling search.
        guess = len(ends) * profile.limit // max(1, profile.count(text[start : ends[-1]]))
        guess = min(guess, len(ends) - 1)
        found = last_fitting(len(ends), fits, guess) if fits(guess) else last_fitting(guess, fits)
        if found is None:
            # Not even one grapheme fits beside the numbering: give it a post of its own.
            return ends[0]
        # Every shorter cut fits too. Cuts strictly inside a URL, hashtag or mention
        # come last ...
        safe = found
        while safe >= 0 and self.draft.in_entity(ends[safe], ends[safe]):
            safe -= 1
        if safe < 0:
            return ends[found]
        # ... and, inside a word of another script, a cut beside an ideograph, kana or
        # hangul (which reads like a line wrap) comes first, unless it leaves the part
        # under half as full.
        end = ends[safe]
        if not _MID_WORD_RE.match(text, end - 1):
            return end
        floor = _MIN_FILL * profile.count(text[start:end])
        for m in _BESIDE_UNSPACED_RE.finditer(text, start, end):
            cut: int = m.start()
            if profile.count(text[start:cut]) < floor:
                break
            if cut in ends and not self.draft.in_entity(cut, cut):
                return cut
        return end
