"""What the user can tune about the checks. Plain data, so the core stays headless."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """Thresholds and word lists that the checks read; defaults suit most posts."""

    disabled: frozenset[str] = frozenset()
    # Flesch reading ease below this warns; below it minus 20 fails.
    readability_target: float = 60.0
    # Words in a sentence before it is "hard" (Hemingway's yellow) and "very hard" (red).
    sentence_hard: int = 20
    sentence_very_hard: int = 30
    # Hashtags: above the norm warns; above the platform's hard cap fails.
    hashtag_norm: int = 3
    # Words the spell check accepts (brand names, product names); compared case-insensitively.
    own_words: frozenset[str] = frozenset()
    # Words the user never wants to see in a post; flagged by the ``spam-words`` check.
    avoid_words: frozenset[str] = frozenset()
    # Per-platform hashtag norms override ``hashtag_norm`` (e.g. {"instagram": 5}).
    hashtag_norms: dict[str, int] = field(default_factory=dict)

    def hashtag_norm_for(self, platform: str) -> int:
        return self.hashtag_norms.get(platform, self.hashtag_norm)
