"""Platform profiles: limits, counting units, folds and caps, in one table.

Each network counts a post in its own unit, and a draft that fits one can overflow
another, so every counter here follows that network's documented rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from smm_tui.core.x_weight import emoji_sequences, url_spans, weighted_length

_GRAPHEME_RE = regex.compile(r"\X")
# A code point that may join its neighbour in one grapheme (marks, joiners, modifiers,
# flags, jamo, CR); a text without any has one grapheme per code point.
JOINING_RE = regex.compile(r"[^\p{Grapheme_Cluster_Break=Other}\n\t]")
# A fediverse mention "@user@example.social": Mastodon counts only "@user".
_REMOTE_MENTION_RE = regex.compile(r"(?<![\w@/])(@\w+)@[\w.-]+\w")
MASTODON_URL_LENGTH = 23


def one_line_break(text: str) -> str:
    """The text with each CR LF as the single line break every platform stores.

    Counts only: callers that report positions keep slicing the original text, whose
    prefixes count the same (a CR alone still counts until its LF joins it).
    """
    return text.replace("\r\n", "\n") if "\r" in text else text


def count_characters(text: str) -> int:
    """Unicode code points, the unit most platforms document as "characters"."""
    return len(text)


def count_graphemes(text: str) -> int:
    """User-perceived characters: a family emoji or a flag counts once."""
    if (text.isascii() and "\r" not in text) or not JOINING_RE.search(text):
        return len(text)
    return len(_GRAPHEME_RE.findall(text))


def count_utf8_bytes(text: str) -> int:
    """UTF-8 bytes, CR LF as one line break: the unit of YouTube's limit and byte caps."""
    return len(one_line_break(text).encode("utf-8"))


def count_x_weighted(text: str) -> int:
    """X's weighted length (twitter-text v3): URLs 23, most non-Latin and emoji 2."""
    return weighted_length(text)


def count_mastodon(text: str) -> int:
    """Characters, with every http(s) URL counted as 23 and ``@user@domain`` as ``@user``."""
    total = 0
    last = 0
    for start, end in url_spans(text, bare_domains=False):
        total += _mastodon_plain(text[last:start]) + MASTODON_URL_LENGTH
        last = end
    return total + _mastodon_plain(text[last:])


def _mastodon_plain(text: str) -> int:
    if "@" not in text:
        return len(text)
    return len(_REMOTE_MENTION_RE.sub(r"\1", text))


def count_threads(text: str) -> int:
    """Characters, except that each emoji counts as its UTF-8 bytes (😀 is 4)."""
    if text.isascii():
        return len(text)
    emoji = "".join(emoji_sequences(text))
    return len(text) + len(emoji.encode("utf-8")) - len(emoji)


@dataclass(frozen=True, slots=True)
class Platform:
    """One network's rules, as far as a post's text is concerned."""

    id: str
    name: str
    limit: int
    unit: str
    counter: Callable[[str], int]
    # Characters shown before "… see more"; None when the whole post shows.
    fold: int | None = None
    max_hashtags: int | None = None
    max_links: int | None = None
    max_mentions: int | None = None
    links_clickable: bool = True
    # A second cap in UTF-8 bytes, beside ``limit`` in the platform's own unit.
    max_bytes: int | None = None
    # Characters the platform refuses in a post.
    forbidden_chars: str = ""

    def count(self, text: str) -> int:
        """The post's length in this platform's unit, CR LF counted as one line break."""
        return self.counter(one_line_break(text))


PLATFORMS: dict[str, Platform] = {
    p.id: p
    for p in (
        Platform("x", "X", 280, "weighted characters", count_x_weighted, fold=280),
        Platform("bluesky", "Bluesky", 300, "graphemes", count_graphemes, max_bytes=3000),
        Platform("mastodon", "Mastodon", 500, "characters", count_mastodon),
        Platform(
            "threads", "Threads", 500, "characters", count_threads, max_hashtags=1, max_links=5
        ),
        Platform("linkedin", "LinkedIn", 3000, "characters", count_characters, fold=210),
        Platform(
            "instagram",
            "Instagram",
            2200,
            "characters",
            count_characters,
            fold=125,
            max_hashtags=5,
            # Meta's IG User Media reference: a caption holds at most "20 @ tags".
            max_mentions=20,
            links_clickable=False,
        ),
        Platform("facebook", "Facebook", 63206, "characters", count_characters, fold=477),
        Platform("youtube", "YouTube", 5000, "UTF-8 bytes", count_utf8_bytes, forbidden_chars="<>"),
        Platform("tiktok", "TikTok", 2200, "characters", count_characters),
    )
}


class UnknownPlatformError(ValueError):
    """Raised for a platform id that is not in the table; the message lists the valid ids."""

    def __init__(self, platform_id: str) -> None:
        super().__init__(f"unknown platform {platform_id!r}; choose one of: {', '.join(PLATFORMS)}")


def get_platform(platform_id: str) -> Platform:
    try:
        return PLATFORMS[platform_id.strip().lower()]
    except KeyError:
        raise UnknownPlatformError(platform_id) from None


_SPACE_RE = regex.compile(r"\s+")


def fold_preview(text: str, platform: Platform | str) -> str | None:
    """What a reader sees before "… see more": the text cut at the last word boundary
    within the platform's fold, trailing spaces removed.

    None when the platform shows the whole post or the text fits within the fold.
    The fold is counted in the platform's own unit, so X's fold of 280 holds fewer CJK
    characters than Latin ones. A first word longer than the fold is cut by graphemes.
    """
    profile = platform if isinstance(platform, Platform) else get_platform(platform)
    fold = profile.fold
    if fold is None:
        return None
    # Look only as far as the first word end past twice the fold, doubling while that
    # still fits (counts grow with the text), so a long post costs what a short one does.
    window = fold
    while True:
        window *= 2
        gap = _SPACE_RE.search(text, window)
        edge = gap.start() if gap else len(text)
        if edge == len(text) or profile.count(text[:edge]) > fold:
            break
    if edge == len(text) and profile.count(text) <= fold:
        return None

    def fits(end: int) -> bool:
        return profile.count(text[:end]) <= fold

    word_ends = [m.start() for m in _SPACE_RE.finditer(text, 0, edge) if m.start()]
    word_ends.append(edge)
    found = last_fitting(len(word_ends), lambda i: fits(word_ends[i]))
    if found is not None:
        return text[: word_ends[found]].rstrip()
    grapheme_ends: list[int] = [m.end() for m in _GRAPHEME_RE.finditer(text, 0, edge)]
    found = last_fitting(len(grapheme_ends), lambda i: fits(grapheme_ends[i]))
    return text[: grapheme_ends[found]] if found is not None else ""


def last_fitting(size: int, fits: Callable[[int], bool], first: int = 0) -> int | None:
    """The last index in ``first..size-1`` that fits, when fitting ones come first.

    Used on prefixes of a text, whose counts grow with their length: doubling from
    ``first`` bounds the search near the limit, so a 60,000-character draft costs a
    few counts of about one post's length, like a short one.
    """
    if first >= size or not fits(first):
        return None
    good, step = first, 1
    bad = first + step
    while bad < size and fits(bad):
        good, step = bad, step * 2
        bad = good + step
    bad = min(bad, size)
    while bad - good > 1:
        middle = (good + bad) // 2
        if fits(middle):
            good = middle
        else:
            bad = middle
    return good
