"""Tokenise a draft once, with exact spans, so every check shares the work."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import regex

from smm_tui.core.readability import Readability, measure


class Span(NamedTuple):
    """A piece of the draft: ``draft.text[start:end] == text``."""

    start: int
    end: int
    text: str


# A URL with a scheme, or a bare domain with a common top-level domain. It stops at
# white space, brackets, quotes and CJK text (which follows a URL with no space).
_URL_CHAR = (
    r"""[^\s<>"'\]\)\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"""
    r"""\p{InCJKSymbolsAndPunctuation}\p{InHalfwidthAndFullwidthForms}]"""
)
URL_RE = regex.compile(
    rf"""(?:https?://|www\.){_URL_CHAR}+(?<![.,;:!?])"""
    # A bare domain, but not the domain of an e-mail address or an @user@domain mention.
    r"""|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|ai|dev|app|ly|me|uk|de|fr)"""
    r"""(?:/[^\s<>"'\]\)]*[^\s<>"'\]\).,;:!?])?\b""",
    regex.IGNORECASE,
)
EMAIL_RE = regex.compile(r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Terminal escape sequences (ANSI CSI, e.g. "\x1b[31m") are not prose.
ESCAPE_RE = regex.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")
HASHTAG_RE = regex.compile(r"(?<![\w&/#])#(\p{L}[\p{L}\p{N}_]*|\p{N}+\p{L}[\p{L}\p{N}_]*)")
MENTION_RE = regex.compile(r"(?<![\w@/])@\w+(?:@[\w.-]+\w)?")
# An emoji is the whole grapheme: ZWJ families, flags and skin tones stay one cluster.
EMOJI_RE = regex.compile(r"(?=\p{Extended_Pictographic}|\p{Regional_Indicator})\X")
# Words: letters with inner apostrophes or hyphens ("don't", "well-known"); digits join too.
WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# A sentence ends at . ! ? … (with closing quotes) before white space, or at a line break.
# CJK full stops end a sentence with no space after them.
SENTENCE_END_RE = regex.compile(r"""[.!?…]+["'”’)\]]*(?=\s|$)|[。！？]+[」』”’）]*|\n""")
PARAGRAPH_BREAK_RE = regex.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Draft:
    """A draft's text and its tokens; each token list is computed on first use."""

    text: str

    def _spans(self, pattern: regex.Pattern[str]) -> list[Span]:
        return [Span(m.start(), m.end(), m.group()) for m in pattern.finditer(self.text)]

    @cached_property
    def urls(self) -> list[Span]:
        return self._spans(URL_RE)

    @cached_property
    def _url_starts(self) -> list[int]:
        return [s.start for s in self.urls]

    @cached_property
    def hashtags(self) -> list[Span]:
        return [s for s in self._spans(HASHTAG_RE) if not self.in_url(s.start)]

    @cached_property
    def mentions(self) -> list[Span]:
        return [s for s in self._spans(MENTION_RE) if not self.in_url(s.start)]

    @cached_property
    def emoji(self) -> list[Span]:
        return self._spans(EMOJI_RE)

    @cached_property
    def _entities(self) -> tuple[list[int], list[int]]:
        """URLs, hashtags, mentions, e-mail addresses and escapes, sorted, for bisection."""
        escapes = self._spans(ESCAPE_RE) if "\x1b" in self.text else []
        emails = [
            s for s in self._spans(EMAIL_RE) if not self.in_url(s.start)
        ] if "@" in self.text else []
        entities = (*self.urls, *self.hashtags, *self.mentions, *emails, *escapes)
        spans = sorted((s.start, s.end) for s in entities)
        return [s for s, _ in spans], [e for _, e in spans]

    def in_url(self, index: int) -> bool:
        i = bisect_right(self._url_starts, index) - 1
        return i >= 0 and index < self.urls[i].end

    def in_entity(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a URL, hashtag or mention."""
        starts, ends = self._entities
        i = bisect_left(starts, end) - 1  # the last entity starting before ``end``
        # Entities never overlap, so their ends are sorted too: if this one ends
        # before ``start``, so does every earlier one.
        return i >= 0 and ends[i] > start

    @cached_property
    def words(self) -> list[Span]:
        """Prose words: tokens outside URLs, hashtags, mentions, e-mails and escapes."""
        starts, ends = self._entities
        if not starts:
            return self._spans(WORD_RE)
        # One walk along the sorted entities, in step with the words.
        words = []
        following, count = 0, len(starts)
        for m in WORD_RE.finditer(self.text):
            start, end = m.span()
            while following < count and ends[following] <= start:
                following += 1
            if following < count and starts[following] < end:
                continue
            words.append(Span(start, end, m.group()))
        return words

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, trimmed of surrounding white space; blank stretches are skipped."""
        spans: list[Span] = []
        text = self.text
        start = 0
        for m in SENTENCE_END_RE.finditer(text):
            if self.in_url(m.start()):
                continue
            self._add_trimmed(spans, start, m.end())
            start = m.end()
        self._add_trimmed(spans, start, len(text))
        return spans

    @cached_property
    def paragraphs(self) -> list[Span]:
        spans: list[Span] = []
        start = 0
        for m in PARAGRAPH_BREAK_RE.finditer(self.text):
            self._add_trimmed(spans, start, m.start())
            start = m.end()
        self._add_trimmed(spans, start, len(self.text))
        return spans

    @cached_property
    def lines(self) -> list[Span]:
        spans: list[Span] = []
        start = 0
        for line in self.text.split("\n"):
            self._add_trimmed(spans, start, start + len(line))
            start += len(line) + 1
        return spans

    @cached_property
    def _word_starts(self) -> list[int]:
        return [w.start for w in self.words]

    def words_in(self, span: Span) -> list[Span]:
        """The prose words inside a span (a sentence, a paragraph), found by bisection."""
        first = bisect_left(self._word_starts, span.start)
        last = bisect_left(self._word_starts, span.end)
        return [w for w in self.words[first:last] if w.end <= span.end]

    @cached_property
    def prose(self) -> str:
        """Each sentence's prose words, one sentence per line ending in a full stop.

        This is what readability formulas should see: no URLs or hashtags, and a line
        break in a post counted as the sentence end it is.
        """
        lines = []
        for sentence in self.sentences:
            words = self.words_in(sentence)
            if words:
                lines.append(" ".join(w.text for w in words) + ".")
        return "\n".join(lines)

    @cached_property
    def readability(self) -> Readability:
        return measure(self.prose)

    def _add_trimmed(self, spans: list[Span], start: int, end: int) -> None:
        piece = self.text[start:end]
        stripped = piece.strip()
        if not stripped:
            return
        lead = len(piece) - len(piece.lstrip())
        begin = start + lead
        spans.append(Span(begin, begin + len(stripped), stripped))
