"""Each platform counts in its own unit; X agrees with twitter-text's conformance cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_tui.core.platforms import (
    PLATFORMS,
    UnknownPlatformError,
    count_graphemes,
    count_utf8_bytes,
    count_x_weighted,
    fold_preview,
    get_platform,
)
from smm_tui.core.x_weight import emoji_sequences, url_spans

CASES = json.loads(
    (Path(__file__).parent / "data" / "x_weighted_length_cases.json").read_text("utf-8")
)["cases"]

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 4 people, 3 ZWJ
FLAG = "\U0001f1ef\U0001f1f5"  # Japan: two regional indicators
THUMBS = "\U0001f44d\U0001f3fd"  # thumbs up, medium skin tone
E_ACUTE = "e\u0301"  # e + combining acute: NFC makes it one code point


@pytest.mark.parametrize("case", CASES, ids=[f"{c['section']}: {c['description']}" for c in CASES])
def test_x_matches_twitter_text_conformance(case: dict[str, object]) -> None:
    assert count_x_weighted(str(case["text"])) == case["weightedLength"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("plain ascii", 11),
        ("Read https://example.com/a/very/long/path/indeed now", 23 + 9),
        ("see example.com.", 4 + 23 + 1),
        ("日本語", 6),
        ("café", 4),
        (E_ACUTE, 1),
        (FAMILY, 2),
        (FLAG, 2),
        (THUMBS, 2),
        ("#\ufe0f\u20e3", 2),  # keycap
        ("©", 2),  # an emoji, though U+00A9 alone weighs 1
        ("a\r\nb", 3),  # CR LF is one line break
        ("e.g. 3.14 v1.2", 14),  # dots that are not domains
        ("end.It", 23),  # "it" is Italy's TLD: X links it too
        ("file.txt", 8),
    ],
)
def test_x_hand_checked(text: str, expected: int) -> None:
    assert count_x_weighted(text) == expected


def test_x_url_spans_and_emoji_sequences() -> None:
    text = "Go to https://a.co/x, or example.org! " + FLAG
    assert [text[s:e] for s, e in url_spans(text)] == ["https://a.co/x", "example.org"]
    assert [text[s:e] for s, e in url_spans(text, bare_domains=False)] == ["https://a.co/x"]
    mixed = "a" + FAMILY + "b" + THUMBS + "1\ufe0f\u20e3"
    assert emoji_sequences(mixed) == [FAMILY, THUMBS, "1\ufe0f\u20e3"]


# Pieces whose twitter-text (Emoji 12.0) and current counts agree: newer emoji
# sequences are the documented difference.
# fmt: off
_PIECES = [
    "hello", "world", "Launch", " ", " ", " ", "\n", "\r\n", ".", ",", "!", "?", "-", "_",
    "/", ":", "@", "#", "(", ")", "日本語", "中文", "한국어", "Ünïcödé", E_ACUTE, "—", "“",
    "…", "€", "©", "®", "\U0001f600", THUMBS, FAMILY, FLAG, "1\ufe0f\u20e3", "\u2764\ufe0f",
    "\u263a", "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001f469\U0001f3fd\u200d\U0001f4bb",
    "https://example.com", "http://t.co/abc123", "example.com", "www.example.org/p?q=1",
    "https://example.com/a_(b)", "foo.co.jp", "a.io", "end.It", "x.community",
    "https://日本.jp/x", "me@example.com", "$example.com", "http://example.com:8080/x",
    "e.g.", "3.14", "v1.2.3", "file.txt", "Node.js", "...", ".com", "example.com.",
    "(example.com)", "https://x.com/@user/", "пример.рф", "xn--80ak6aa92e.com",
]
# fmt: on


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_x_agrees_with_twitter_text_parser(pieces: list[str]) -> None:
    parse_tweet = pytest.importorskip("twitter_text").parse_tweet
    text = "".join(pieces)
    assert count_x_weighted(text) == parse_tweet(text).weightedLength


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60))
def test_x_agrees_on_arbitrary_text_without_emoji(text: str) -> None:
    """Any code points, as long as no emoji sequence is involved (whose lists differ)."""
    parse_tweet = pytest.importorskip("twitter_text").parse_tweet
    if emoji_sequences(text) or "\u20e3" in text or "\ufe0f" in text:
        return
    assert count_x_weighted(text) == parse_tweet(text).weightedLength


SAMPLE = f"Hi {FLAG} {FAMILY} é {E_ACUTE} 日本 https://example.com/abc @ann@mastodon.social"
# 66 code points: "Hi "3 flag2 1 family7 1 é1 1 e+accent2 1 日本2 1 url23 1 mention20.


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("x", 62),  # flag 2, family 2, 日本 4, URL 23, accents NFC to 1 each
        ("bluesky", 58),  # graphemes: flag 1, family 1, e+accent 1
        ("mastodon", 50),  # URL 23 (its own length here), "@ann@mastodon.social" -> "@ann"
        ("threads", 90),  # flag 8 bytes, family 25 bytes instead of 2 and 7
        ("linkedin", 66),
        ("instagram", 66),
        ("facebook", 66),
        ("tiktok", 66),
        ("youtube", 96),  # UTF-8 bytes
    ],
)
def test_each_platform_counts_in_its_own_unit(platform: str, expected: int) -> None:
    assert get_platform(platform).count(SAMPLE) == expected


def test_mastodon_counts_every_url_as_23_and_remote_mentions_by_user() -> None:
    mastodon = get_platform("mastodon")
    long_url = "https://example.com/" + "a" * 100
    assert mastodon.count(long_url) == 23
    assert mastodon.count("http://x.io") == 23
    assert mastodon.count("example.com") == 11  # no scheme: plain text on Mastodon
    assert mastodon.count("@ann@mastodon.social hi") == len("@ann hi")
    assert mastodon.count("mail ann@example.com") == len("mail ann@example.com")


def test_threads_counts_emoji_as_bytes() -> None:
    threads = get_platform("threads")
    assert threads.count("\U0001f600") == 4
    assert threads.count(FAMILY) == 25
    assert threads.count("日本") == 2  # CJK is not emoji: characters
    assert (threads.max_hashtags, threads.max_links) == (1, 5)


def test_bluesky_byte_cap_and_youtube_forbidden_characters() -> None:
    bluesky, youtube = get_platform("bluesky"), get_platform("youtube")
    assert bluesky.max_bytes == 3000
    assert bluesky.count(FAMILY * 300) == 300  # within 300 graphemes ...
    assert len((FAMILY * 300).encode()) == 7500  # ... but over the byte cap
    assert youtube.forbidden_chars == "<>"
    assert youtube.count("é") == 2
    assert all(p.forbidden_chars == "" for p in PLATFORMS.values() if p.id != "youtube")


def test_table_matches_the_design() -> None:
    rows = {p.id: (p.limit, p.fold) for p in PLATFORMS.values()}
    assert rows == {
        "x": (280, 280),
        "bluesky": (300, None),
        "mastodon": (500, None),
        "threads": (500, None),
        "linkedin": (3000, 210),
        "instagram": (2200, 125),
        "facebook": (63206, 477),
        "youtube": (5000, None),
        "tiktok": (2200, None),
    }
    instagram = get_platform("instagram")
    assert (instagram.max_hashtags, instagram.links_clickable) == (5, False)
    # Meta's IG User Media reference: "Maximum 2200 characters, 30 hashtags, and 20 @ tags".
    assert instagram.max_mentions == 20


@pytest.mark.parametrize("platform", list(PLATFORMS))
def test_every_platform_counts_cr_lf_as_one_line_break(platform: str) -> None:
    profile = get_platform(platform)
    text = f"First line.\r\n\r\nSecond {FAMILY} https://example.com/x\r\nend"
    assert profile.count(text) == profile.count(text.replace("\r\n", "\n"))
    assert profile.count("a\r\nb") == 3
    assert profile.count("a\rb") == profile.count("a\nb") == 3  # a lone CR is still one


def test_a_crlf_post_counts_like_its_lf_twin_on_linkedin() -> None:
    lines = ["First line of the post.", "", "We are excited to announce it.", "Tell us more!"]
    assert get_platform("linkedin").count("\r\n".join(lines)) == len("\n".join(lines)) == 69
    assert count_utf8_bytes("日\r\n") == 4


def test_fold_preview_of_crlf_text_is_a_slice_of_the_text_as_written() -> None:
    text = "word\r\n" * 100  # each line 5 characters with its break
    preview = fold_preview(text, "instagram")
    assert preview == "word\r\n" * 24 + "word"  # 124 of 125 characters; CR LF kept
    assert text.startswith(preview)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_grapheme_count_shortcut_agrees_with_full_segmentation(text: str) -> None:
    assert count_graphemes(text) == len(regex.findall(r"\X", text))


def test_get_platform_accepts_case_and_spaces_and_rejects_unknown_ids() -> None:
    assert get_platform(" X ").id == "x"
    with pytest.raises(UnknownPlatformError, match="choose one of: x, bluesky"):
        get_platform("myspace")


def test_fold_preview_cuts_at_a_word_boundary_within_the_fold() -> None:
    text = "word " * 100
    preview = fold_preview(text, "linkedin")
    assert preview == ("word " * 42).rstrip()  # 209 characters; 214 would pass 210
    assert fold_preview(text, "instagram") == ("word " * 25).rstrip()  # 124 <= 125
    assert fold_preview("short post", "linkedin") is None
    assert fold_preview(text * 3, "bluesky") is None  # no fold: the whole post shows


def test_fold_preview_counts_in_the_platform_unit_and_cuts_long_words_by_grapheme() -> None:
    cjk = "日本語の文章 " * 60  # each word weighs 12 on X, each space 1
    assert fold_preview(cjk, "x") == ("日本語の文章 " * 21).rstrip()  # 272; 22 words: 285
    assert fold_preview("a" * 300, "x") == "a" * 280
    assert fold_preview(FAMILY * 100, "instagram") == FAMILY * 17  # 119 of 125 code points


def test_fold_preview_of_a_long_post_looks_only_near_the_fold() -> None:
    text = "word " * 12000  # 60,000 characters
    assert fold_preview(text, "facebook") == ("word " * 95).rstrip()  # 474 <= 477 < 479
    assert fold_preview("word " * 95 + "x", "facebook") is None  # 476 characters fit


def test_plain_links_skip_the_full_url_rules_with_the_same_result():
    """The fast path for a run that is one plain link gives what the full rules give."""
    import random

    from smm_tui.core import x_weight

    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_/"
    plain = ["https://t.co/abc/def", "http://T.CO/x", "https://a-b.example.COM/"]
    for _ in range(400):
        labels = [
            rng.choice("abcxyz0") + "".join(rng.choice("abc-19") for _ in range(rng.randint(0, 5)))
            + rng.choice("abc9")
            for _ in range(rng.randint(1, 3))
        ]
        tld = rng.choice(["com", "org", "io", "co", "dev", "uk", "blog"])
        path = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        plain.append(f"{rng.choice(['http', 'https'])}://{'.'.join(labels)}.{tld}"
                     + (f"/{path}" if rng.random() < 0.7 else ""))
    for url in plain:
        text = f"Read {url} today"
        fast = list(x_weight.url_spans(text))
        full = list(x_weight._urls_in_run(text, 4, 5 + len(url), True))
        assert fast == full, url
