"""Entity checks: hashtags, mentions, links and emoji, each against what the platform allows.

Hard caps (Instagram's 5 hashtags, Threads' 1 hashtag and 5 links) fail, because the
platform drops or refuses the post; norms that only make a post read as spam warn.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

from smm_tui.core.analysis import Span
from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.model import Finding, Status
from smm_tui.core.word_counts import english_counts
from smm_tui.core.wordlists import load_words

# A hashtag of this many letters or more, all in one case, is hard to read when it runs
# words together ("#coffeelover"; screen readers spell it out): CamelCase it.
HASHTAG_RUN_ON_LETTERS = 8
# Past this many letters, even a tag that is not common words needs capitals.
HASHTAG_READABLE_LETTERS = 12
# Tagging more accounts than this reads as spam; past the hard number it gets filtered.
MENTIONS_NORM = 5
MENTIONS_CAP = 10
# More links than this split the reader's attention.
LINKS_NORM = 2
# Emoji: beyond max(2, one per ten words) and at most 5 warns; a wall fails.
EMOJI_MOST = 5
EMOJI_WALL = 15
_GRAPHEME_RE = regex.compile(r"\X")
# Marks that match the emoji pattern but read as text in a brand name ("Acme™").
_TEXT_MARKS = frozenset("©®™")


def _worst(statuses: Iterable[Status]) -> Status:
    order = {"pass": 0, "warn": 1, "fail": 2}
    return max(statuses, key=order.__getitem__, default="pass")


class _Report:
    """Problems found by one check: messages, statuses, and one finding per span."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.statuses: list[Status] = []
        self.findings: dict[tuple[int, int], Finding] = {}

    def add(self, status: Status, message: str, spans: Iterable[Span], advice: str) -> None:
        self.add_each(status, message, ((span, advice) for span in spans))

    def add_each(self, status: Status, message: str, advised: Iterable[tuple[Span, str]]) -> None:
        """One problem, reported once, whose spans each get their own advice."""
        self.statuses.append(status)
        self.messages.append(message)
        for span, advice in advised:
            self.findings.setdefault(
                (span.start, span.end), Finding(span.start, span.end, span.text, advice)
            )

    def verdict(self, passing: str) -> Verdict:
        if not self.messages:
            return Verdict("pass", passing)
        findings = tuple(sorted(self.findings.values(), key=lambda f: (f.start, f.end)))
        return Verdict(_worst(self.statuses), " ".join(self.messages), findings)


def _repeats(spans: Sequence[Span]) -> list[Span]:
    """Second and later uses of the same tag or handle, compared case-insensitively."""
    seen: set[str] = set()
    repeats = []
    for span in spans:
        key = span.text.casefold()
        if key in seen:
            repeats.append(span)
        seen.add(key)
    return repeats


# --- hashtags -------------------------------------------------------------------------

# Rarer "words" in the frequency list are mostly typos and fragments.
_COMMON = 300
# Each extra piece costs this much log-probability, so "monday" beats "mon day".
_PIECE_COST = 4.0


@lru_cache(maxsize=512)
def camel_case(body: str) -> str | None:
    """Split "socialmediamarketing" into "SocialMediaMarketing" if it is common words.

    The split maximises the product of the words' frequencies (fewer, commoner words
    win); ``None`` for a word of its own or when some piece is not a common word.
    """
    if not body.isalpha() or len(body) > 60:
        return None
    counts = english_counts()
    total = counts.total
    word = body.casefold()
    if word in counts or word in load_words("spelling_extra"):
        return None  # one (long) word, such as #internationalization or #barista
    # Pieces of one or two letters must be real words, or "womenintech" splits as "te ch";
    # a one-letter word ("I", "a") may only open the tag.
    short = load_words("share_short_words")
    # best[end] = (log-probability of the best split of word[:end], where its last piece starts)
    best: list[tuple[float, int] | None] = [None] * (len(word) + 1)
    best[0] = (0.0, 0)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 24), end):
            before = best[start]
            # No split reaches here, or a one-letter piece mid-tag ("Bar I Sta"): skip.
            if before is None or (start and end - start == 1):
                continue
            piece = word[start:end]
            count = counts.count(piece)
            if count < _COMMON if len(piece) > 2 else piece not in short:
                continue
            score = before[0] + math.log(max(count, 1) / total) - _PIECE_COST
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, start)
    pieces = []
    end = len(word)
    while end > 0:
        step = best[end]
        if step is None:
            return None
        pieces.append(word[step[1] : end])
        end = step[1]
    return "".join(p.capitalize() for p in reversed(pieces))


def _camel_advice(tag: Span) -> str | None:
    """CamelCase advice for a one-case tag that runs words together; else ``None``.

    Any such tag of ``HASHTAG_RUN_ON_LETTERS`` letters that splits into common words
    gets its CamelCase; a longer one that does not split (and is not one word) gets
    general advice.
    """
    body = tag.text[1:]
    if not (body.islower() or body.isupper()):
        return None
    letters = sum(c.isalpha() for c in body)
    if letters < HASHTAG_RUN_ON_LETTERS:
        return None
    camel = camel_case(body)
    if camel is not None:
        return f"Write it in CamelCase: #{camel}"
    if letters <= HASHTAG_READABLE_LETTERS or body.casefold() in english_counts():
        return None
    return "Capitalise each word (#LikeThis) so people and screen readers can read it."


@check("hashtags", "shareability", "Hashtags")
def check_hashtags(ctx: Context) -> Verdict:
    """Count against the platform's cap and the user's norm; repeated and unreadable tags."""
    tags = ctx.draft.hashtags
    if not tags:
        return Verdict("pass", "No hashtags.")
    platform = ctx.platform
    cap = platform.max_hashtags
    norm = ctx.settings.hashtag_norm_for(platform.id)
    count = plural(len(tags), "hashtag")
    report = _Report()
    if cap is not None and len(tags) > cap:
        report.add(
            "fail",
            f"{count}; {platform.name} allows {cap}.",
            tags[cap:],
            f"Remove it: {platform.name} allows {cap}.",
        )
    elif len(tags) > norm:
        report.add(
            "warn",
            f"{count}; {norm} or fewer read better on {platform.name}.",
            tags[norm:],
            f"Keep the {plural(norm, 'tag')} that matter most.",
        )
    repeats = _repeats(tags)
    if repeats:
        report.add(
            "warn", f"{plural(len(repeats), 'hashtag')} used twice.", repeats, "Remove the repeat."
        )
    run_on = [(tag, advice) for tag in tags if (advice := _camel_advice(tag)) is not None]
    if run_on:
        named = run_on[0][0].text if len(run_on) == 1 else plural(len(run_on), "hashtag")
        verb = "is" if len(run_on) == 1 else "are"
        report.add_each("warn", f"{named} {verb} hard to read in one case.", run_on)
    shown = f" on {platform.name}" if cap is None else f"; {platform.name} allows {cap}"
    return report.verdict(f"{count}, within the norm of {norm}{shown}.")


# --- mentions -------------------------------------------------------------------------


@check("mentions", "shareability", "Mentions")
def check_mentions(ctx: Context) -> Verdict:
    """Tagging many accounts reads as spam and platforms throttle it."""
    mentions = ctx.draft.mentions
    if not mentions:
        return Verdict("pass", "No mentions.")
    platform_cap: int | None = getattr(ctx.platform, "max_mentions", None)
    cap = min(MENTIONS_CAP, platform_cap) if platform_cap is not None else MENTIONS_CAP
    count = plural(len(mentions), "mention")
    report = _Report()
    if len(mentions) > cap:
        report.add(
            "fail",
            f"{count}; more than {cap} reads as spam and may be filtered.",
            mentions[cap:],
            f"Tag at most {cap} accounts; thank the rest in a reply.",
        )
    elif len(mentions) > MENTIONS_NORM:
        report.add(
            "warn",
            f"{count}; tag {MENTIONS_NORM} or fewer people who will care.",
            mentions[MENTIONS_NORM:],
            "Tag only people who will want to share it.",
        )
    repeats = _repeats(mentions)
    if repeats:
        report.add(
            "warn",
            f"{plural(len(repeats), 'account')} tagged twice.",
            repeats,
            "Remove the repeat.",
        )
    return report.verdict(f"{count}.")


# --- links ----------------------------------------------------------------------------


@check("links", "shareability", "Links")
def check_links(ctx: Context) -> Verdict:
    """Links: the platform's cap, clickability, how many, and whether one opens the post."""
    urls = ctx.draft.urls
    if not urls:
        return Verdict("pass", "No links.")
    platform = ctx.platform
    count = plural(len(urls), "link")
    report = _Report()
    if not platform.links_clickable:
        report.add(
            "warn",
            f'Links aren\'t clickable in {platform.name} posts: say "link in bio".',
            urls,
            'Put the link in your bio and write "link in bio".',
        )
    if platform.max_links is not None and len(urls) > platform.max_links:
        report.add(
            "fail",
            f"{count}; {platform.name} allows {platform.max_links}.",
            urls[platform.max_links :],
            f"Remove it: {platform.name} allows {platform.max_links}.",
        )
    elif len(urls) > LINKS_NORM:
        report.add(
            "warn",
            f"{count} split attention; keep one or two.",
            urls[LINKS_NORM:],
            "One post, one link: drop this one or move it to a reply.",
        )
    words = ctx.draft.words
    if not words or urls[0].start < words[0].start:
        report.add(
            "warn",
            "The post opens with a link; lead with why it matters.",
            urls[:1],
            "Move the link after your opening line.",
        )
    return report.verdict(f"{count}, placed after the opening.")


# --- emoji ----------------------------------------------------------------------------


@check("emoji", "shareability", "Emoji")
def check_emoji(ctx: Context) -> Verdict:
    """A few emoji add tone; many bury the words (and screen readers read each one out)."""
    emoji = [e for e in _whole_emoji(ctx) if e.text not in _TEXT_MARKS]
    words = len(ctx.draft.words)
    allowed = min(EMOJI_MOST, max(2, words // 10))
    found = plural(len(emoji), "emoji", "emoji")
    if len(emoji) <= allowed:
        return Verdict("pass", f"{found}: a light touch." if emoji else "No emoji.")
    wall = len(emoji) > EMOJI_WALL or (len(emoji) > EMOJI_MOST and 3 * len(emoji) > words)
    where = f"{found} in {plural(words, 'word')}"
    if wall:
        return Verdict(
            "fail",
            f"{where} read as an emoji wall; keep {allowed} or fewer.",
            _extra_emoji(emoji[allowed:]),
        )
    return Verdict(
        "warn", f"{where}; {allowed} or fewer keep it readable.", _extra_emoji(emoji[allowed:])
    )


def _whole_emoji(ctx: Context) -> list[Span]:
    """Each emoji as the reader sees it: a flag, a skin tone or a ZWJ family is one."""
    text = ctx.text
    whole: list[Span] = []
    for span in ctx.draft.emoji:
        if whole and span.start < whole[-1].end:
            continue  # a piece of the cluster already taken
        cluster = _GRAPHEME_RE.match(text, span.start)
        end = max(span.end, cluster.end()) if cluster else span.end
        whole.append(Span(span.start, end, text[span.start : end]))
    return whole


def _extra_emoji(spans: Sequence[Span]) -> tuple[Finding, ...]:
    return tuple(
        Finding(s.start, s.end, s.text, "Cut it: keep the emoji that add meaning.") for s in spans
    )
