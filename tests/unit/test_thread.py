"""Thread splitting: every part fits its platform, numbering included, words in order."""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from smm_tui.core.analysis import Draft
from smm_tui.core.platforms import get_platform
from smm_tui.core.thread import ThreadPart, split_thread

NUMBER_RE = re.compile(r" (\d+)/(\d+)$")
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"


def unnumbered(parts: list[ThreadPart]) -> list[str]:
    texts = []
    for i, part in enumerate(parts, 1):
        m = NUMBER_RE.search(part.text)
        assert m is not None and m.groups() == (str(i), str(len(parts))), part.text
        texts.append(part.text[: m.start()])
    return texts


def assert_holds_the_text(bodies: list[str], text: str) -> None:
    """The bodies are the text's pieces in order, with only white space between them."""
    position = 0
    body = text.strip()
    for piece in bodies:
        assert piece and body.startswith(piece, position), (piece, body[position:])
        position += len(piece)
        while position < len(body) and body[position].isspace():
            position += 1
    assert position == len(body)


def test_empty_and_blank_text_give_no_parts() -> None:
    assert split_thread("", "x") == []
    assert split_thread(" \n\n ", "x") == []


def test_text_that_fits_is_one_unnumbered_part() -> None:
    text = "a" * 279 + "!"
    assert split_thread(text, "x") == [ThreadPart(text, 280, 280)]
    assert split_thread(f"  {text}\n", get_platform("x")) == [ThreadPart(text, 280, 280)]


def test_one_over_the_limit_gives_two_numbered_parts() -> None:
    text = "word " * 56 + "end"  # 283 characters
    parts = split_thread(text, "x")
    assert [p.text for p in parts] == [("word " * 55).rstrip() + " 1/2", "word end 2/2"]
    assert [p.count for p in parts] == [278, 12]
    assert all(p.limit == 280 for p in parts)


SENTENCE = "Each sentence here says one small thing."  # 40 characters


def test_a_paragraph_break_is_preferred_over_a_later_word_break() -> None:
    first = " ".join([SENTENCE] * 4)  # 163 characters
    second = " ".join(["word"] * 40)
    parts = split_thread(f"{first}\n\n{second}", "x")
    assert unnumbered(parts) == [first, second]


def test_a_sentence_end_is_preferred_over_a_later_word_break() -> None:
    text = " ".join([SENTENCE] * 6) + " and then a tail of plain words" * 2
    parts = split_thread(text, "x")
    assert unnumbered(parts)[0] == " ".join([SENTENCE] * 6)


def test_a_break_that_leaves_a_part_under_half_full_is_passed_over() -> None:
    text = "Hi all.\n\n" + " ".join(["word"] * 80)
    first = unnumbered(split_thread(text, "x"))[0]
    assert first.startswith("Hi all.\n\nword word")
    assert len(first) > 250


# A group of 55 words, 276 characters: with " i/9" it fills an X post to exactly 280.
GROUP = " ".join(["abcdef"] + ["abcd"] * 54)


def test_nine_exactly_full_parts() -> None:
    parts = split_thread(" ".join([GROUP] * 9), "x")
    assert [p.count for p in parts] == [280] * 9
    assert unnumbered(parts) == [GROUP] * 9


def test_width_change_from_nine_to_ten_parts_is_iterated() -> None:
    # At " i/9" nine full groups and "end" make ten parts; " i/10" is one character
    # wider, so each group sheds its last word and the numbering is recomputed.
    parts = split_thread(" ".join([GROUP] * 9 + ["end"]), "x")
    assert len(parts) == 10
    assert parts[0].text == GROUP.rsplit(" ", 1)[0] + " 1/10"
    assert parts[-1].text.endswith(" end 10/10")
    assert all(p.count <= 280 for p in parts)


def test_urls_hashtags_and_mentions_are_never_cut() -> None:
    url = "https://example.com/" + "path/" * 30  # 170 characters, 23 on X
    text = (f"See {url} #LaunchDay @acme_team now. " * 12).strip()
    for platform in ("x", "bluesky", "mastodon"):
        parts = split_thread(text, platform)
        assert len(parts) > 1
        for body in unnumbered(parts):
            assert body.count("https://") == body.count(url)
            assert body.count("#") == body.count("#LaunchDay")
            assert body.count("@") == body.count("@acme_team")


def test_a_word_longer_than_a_post_is_cut_between_graphemes() -> None:
    text = FAMILY * 200  # one "word" of 200 emoji, 2 each on X
    parts = split_thread(text, "x")
    bodies = unnumbered(parts)
    assert "".join(bodies) == text
    assert all(p.count <= 280 for p in parts)
    assert all(len(b) % len(FAMILY) == 0 for b in bodies)  # no family is split


def test_bluesky_parts_respect_the_byte_cap_too() -> None:
    text = " ".join([FAMILY] * 290)  # 579 graphemes, 7540 bytes
    parts = split_thread(text, "bluesky")
    assert all(p.count <= 300 and len(p.text.encode()) <= 3000 for p in parts)
    assert " ".join(unnumbered(parts)).split() == text.split()


def test_without_numbering_parts_are_plain() -> None:
    parts = split_thread("word " * 100, "x", numbering=False)
    assert [p.text for p in parts] == [("word " * 56).strip(), ("word " * 44).strip()]


def test_unknown_platform_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown platform"):
        split_thread("hello", "friendster")


_WORDS = st.sampled_from(
    [
        "the",
        "launch",
        "dashboard",
        "shows",
        "which",
        "posts",
        "travel.",
        "Why?",
        "Really!",
        "日本語の文章",
        "新产品今天发布。",
        "你好，世界！",
        "「本当ですか？」",
        "長い長い長い長い長い長い長い長い長い長い長い長い長い長い長い長い長い長い長い長い",
        "café",
        "e\u0301t\u00e9",
        FAMILY,
        "\U0001f1ef\U0001f1f5",
        "https://example.com/some/long/path",
        "example.org",
        "#SocialMedia",
        "@acme",
        "@ann@mastodon.social",
        "supercalifragilisticexpialidocious" * 3,
    ]
)
_GAPS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "  "])


@st.composite
def drafts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=160))
    gaps = draw(st.lists(_GAPS, min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, gaps, strict=True))


@settings(max_examples=60, deadline=None)
@given(drafts(), st.sampled_from(["x", "bluesky", "mastodon", "threads", "instagram"]))
def test_thread_properties(text: str, platform_id: str) -> None:
    platform = get_platform(platform_id)
    parts = split_thread(text, platform)
    assert parts == split_thread(text, platform)  # deterministic
    assert all(p.count == platform.count(p.text) <= p.limit == platform.limit for p in parts)
    bodies = unnumbered(parts) if len(parts) > 1 else [p.text for p in parts]
    # The draft's words, in order (white space between them may change).
    assert_holds_the_text(bodies, text)
    # No URL, hashtag or mention is cut across parts.
    entities = Draft(text)
    for span in (*entities.urls, *entities.hashtags, *entities.mentions):
        assert any(span.text in body for body in bodies), span.text


# Pieces of text written without spaces; the hashtag ends at a full stop. (No URL: Draft
# takes everything up to the next space as part of a URL.)
_UNSPACED_PIECES = st.sampled_from(
    [
        "新产品今天发布。",
        "我们的仪表盘能告诉你哪些帖子传播得更远，以及原因；",
        "「本日、新製品を発表しました。」",
        "ぜひお試しください！",
        "한국어문장입니다.",
        "価格は1,000円です？",
        "没有标点的一段很长很长很长很长很长很长很长很长很长很长很长很长的文字",
        "#新品发布。",
        FAMILY,
        "\U0001f1ef\U0001f1f5",
        "e\u0301",
        "abc",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_UNSPACED_PIECES, min_size=1, max_size=120),
    st.sampled_from(["x", "bluesky", "mastodon", "threads", "instagram"]),
)
def test_text_without_spaces_comes_back_whole(pieces: list[str], platform_id: str) -> None:
    text = "".join(pieces)
    platform = get_platform(platform_id)
    parts = split_thread(text, platform)
    assert all(p.count == platform.count(p.text) <= p.limit for p in parts)
    bodies = unnumbered(parts) if len(parts) > 1 else [p.text for p in parts]
    assert "".join(bodies) == text
    # No part starts inside a grapheme, or inside a URL or hashtag.
    draft = Draft(text)
    cuts = list(itertools.accumulate(len(b) for b in bodies))[:-1]
    graphemes = set(itertools.accumulate(len(g) for g in regex.findall(r"\X", text)))
    assert all(cut in graphemes and not draft.in_entity(cut, cut) for cut in cuts)


SENTENCE_ZH = "新产品今天发布。"  # 8 characters, 16 on X


@pytest.mark.parametrize("platform", ["x", "bluesky", "mastodon", "threads"])
def test_chinese_text_breaks_after_a_full_stop_on_every_platform(platform: str) -> None:
    text = SENTENCE_ZH * 80
    bodies = unnumbered(split_thread(text, platform))
    assert "".join(bodies) == text
    assert all(body.endswith("。") and body.startswith("新") for body in bodies)


def test_chinese_text_fills_x_posts_sentence_by_sentence() -> None:
    parts = split_thread(SENTENCE_ZH * 40, "x")  # 640 weighted characters
    # 17 sentences weigh 272; " 1/3" makes 276, and an 18th would make 292.
    assert unnumbered(parts) == [SENTENCE_ZH * 17, SENTENCE_ZH * 17, SENTENCE_ZH * 6]
    assert [p.count for p in parts] == [276, 276, 100]


CLAUSE_ZH = "这是一个很长的从句，"  # 10 characters, 20 on X


def test_a_clause_mark_is_used_when_the_sentence_end_leaves_the_part_under_half_full() -> None:
    text = "好。" + CLAUSE_ZH * 20 + "完。"
    first = unnumbered(split_thread(text, "x"))[0]
    assert first == "好。" + CLAUSE_ZH * 13  # 264 of 276: a 14th clause would not fit


def test_a_sentence_end_beats_a_later_clause_mark_when_the_part_is_half_full() -> None:
    text = CLAUSE_ZH * 7 + "句子在这里结束。" + CLAUSE_ZH * 20
    first = unnumbered(split_thread(text, "x"))[0]
    assert first == CLAUSE_ZH * 7 + "句子在这里结束。"  # 156 of 276, though 256 would fit


def test_closing_quotes_stay_with_their_sentence() -> None:
    sentence = "「本日、新製品を発表しました。」"
    bodies = unnumbered(split_thread(sentence * 30, "x"))
    assert len(bodies) == 4
    assert all(b.startswith("「") and b.endswith("。」") for b in bodies)


def test_ascii_marks_end_a_sentence_only_between_cjk_text() -> None:
    text = "新产品发布了!欢迎试用文件名.txt可以下载" * 20
    bodies = unnumbered(split_thread(text, "x"))
    assert "".join(bodies) == text
    assert all(b.endswith("!") for b in bodies[:-1])  # never after "文件名."


def test_a_run_without_any_mark_is_cut_between_ideographs() -> None:
    text = "长" * 700  # 1,400 on X
    parts = split_thread(text, "x")
    assert unnumbered(parts) == ["长" * 138] * 5 + ["长" * 10]
    assert [p.count for p in parts] == [280] * 5 + [24]


def test_a_long_latin_word_is_cut_beside_cjk_text_rather_than_inside() -> None:
    text = ("日本" + "x" * 200) * 3
    bodies = unnumbered(split_thread(text, "x"))
    assert bodies == ["日本" + "x" * 200 + "日本", "x" * 200 + "日本", "x" * 200]


def test_hashtags_in_text_without_spaces_are_kept_whole() -> None:
    text = "新品上线，#新品发布。欢迎关注我们。" * 30
    bodies = unnumbered(split_thread(text, "x"))
    assert "".join(bodies) == text
    assert all(b.count("#") == b.count("#新品发布") for b in bodies)


def test_cr_lf_counts_as_one_line_break_when_splitting() -> None:
    text = "\r\n".join(["word"] * 56)  # 279 with one character per line break, 334 with two
    assert split_thread(text, "x") == [ThreadPart(text, 279, 280)]
    assert split_thread(text, "linkedin")[0].count == 279
    longer = "\r\n".join(["word"] * 100)
    parts = split_thread(longer, "x")
    assert [p.count for p in parts] == [278, 228]  # 55 words and " 1/2", 45 and " 2/2"
    assert unnumbered(parts)[0] == "\r\n".join(["word"] * 55)  # the text as written
    # Bluesky's byte cap counts the line break once too: 115 families take 2,989 bytes.
    families = "\r\n".join([FAMILY] * 115)
    assert split_thread(families, "bluesky") == [ThreadPart(families, 229, 300)]


def test_speed_is_bounded_by_post_size_not_draft_size() -> None:
    text = (
        "Our new dashboard shows which posts travel, and why. See https://example.com "
        "for details. #analytics\n\n"
    ) * 600  # ~60,000 characters
    parts = split_thread(text, "x")
    assert len(parts) > 200 and all(p.count <= 280 for p in parts)
