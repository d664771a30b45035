"""Platform profiles: limits, counting units, folds and caps, in one table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from smm_tui.core.analysis import URL_RE

_GRAPHEME_RE = regex.compile(r"\X")


def count_characters(text: str) -> int:
    """Unicode code points, the unit most platforms document as "characters"."""
    return len(text)


def count_graphemes(text: str) -> int:
    """User-perceived characters: a family emoji or a flag counts once."""
    return len(_GRAPHEME_RE.findall(text))


def count_utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def count_x_weighted(text: str) -> int:
    """X's weighted length (twitter-text v3). Placeholder until the conformant counter lands."""
    total = 0
    last = 0
    for m in URL_RE.finditer(text):
        total += len(text[last : m.start()]) + 23
        last = m.end()
    return total + len(text[last:])


@dataclass(frozen=True, slots=True)
class Platform:
    """One network's rules, as far as a post's text is concerned."""

    id: str
    name: str
    limit: int
    unit: str
    counter: Callable[[str], int]
    fold: int | None = None
    max_hashtags: int | None = None
    max_links: int | None = None
    links_clickable: bool = True

    def count(self, text: str) -> int:
        return self.counter(text)


PLATFORMS: dict[str, Platform] = {
    p.id: p
    for p in (
        Platform("x", "X", 280, "weighted characters", count_x_weighted, fold=280),
        Platform("bluesky", "Bluesky", 300, "graphemes", count_graphemes),
        Platform("mastodon", "Mastodon", 500, "characters", count_characters),
        Platform("threads", "Threads", 500, "characters", count_characters,
                 max_hashtags=1, max_links=5),
        Platform("linkedin", "LinkedIn", 3000, "characters", count_characters, fold=210),
        Platform("instagram", "Instagram", 2200, "characters", count_characters, fold=125,
                 max_hashtags=5, links_clickable=False),
        Platform("facebook", "Facebook", 63206, "characters", count_characters, fold=477),
        Platform("youtube", "YouTube", 5000, "UTF-8 bytes", count_utf8_bytes),
        Platform("tiktok", "TikTok", 2200, "characters", count_characters),
    )
}


class UnknownPlatformError(ValueError):
    """Raised for a platform id that is not in the table; the message lists the valid ids."""

    def __init__(self, platform_id: str) -> None:
        super().__init__(
            f"unknown platform {platform_id!r}; choose one of: {', '.join(PLATFORMS)}"
        )


def get_platform(platform_id: str) -> Platform:
    try:
        return PLATFORMS[platform_id.strip().lower()]
    except KeyError:
        raise UnknownPlatformError(platform_id) from None
