"""The 11 shareability checks: what must and must not trigger them, with exact spans."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smm_tui.core.checks.engagement
import smm_tui.core.checks.entities
import smm_tui.core.checks.reach
import smm_tui.core.checks.tone  # noqa: F401  (registers the checks)
from smm_tui.core.analysis import Draft
from smm_tui.core.checks.base import REGISTRY, Context, Verdict
from smm_tui.core.checks.entities import camel_case
from smm_tui.core.model import Finding
from smm_tui.core.platforms import PLATFORMS, Platform, count_graphemes, get_platform
from smm_tui.core.settings import CheckSettings

SHAREABILITY = (
    "length",
    "hook",
    "call-to-action",
    "conversation",
    "hashtags",
    "mentions",
    "links",
    "emoji",
    "shouting",
    "spam-words",
    "scannability",
)
# Emoji, a ZWJ family, a flag and CJK: one Python index each code point.
WIDE = "🎉👨‍👩‍👧🇫🇷日本語 "


def run(
    check_id: str,
    text: str,
    platform: str | Platform = "x",
    config: CheckSettings | None = None,
) -> Verdict:
    profile = platform if not isinstance(platform, str) else get_platform(platform)
    verdict = REGISTRY[check_id].run(Context(Draft(text), profile, config or CheckSettings()))
    for finding in verdict.findings:
        assert text[finding.start : finding.end] == finding.text
    return verdict


def spans(verdict: Verdict) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.text) for f in verdict.findings]


def at(text: str, piece: str, after: int = 0) -> tuple[int, int, str]:
    start = text.index(piece, after)
    return (start, start + len(piece), piece)


def test_registered_with_weights_and_titles() -> None:
    weights = {cid: REGISTRY[cid].weight for cid in SHAREABILITY}
    assert weights == {
        "length": 3,
        "hook": 2,
        "call-to-action": 2,
        "conversation": 1.5,
        "hashtags": 1,
        "mentions": 1,
        "links": 1,
        "emoji": 1,
        "shouting": 1,
        "spam-words": 1,
        "scannability": 1,
    }
    assert all(REGISTRY[cid].group == "shareability" for cid in SHAREABILITY)
    assert REGISTRY["call-to-action"].title == "Call to action"


# --- length ---------------------------------------------------------------------------


def test_length_within_the_limit_passes_with_the_count() -> None:
    verdict = run("length", "Hello there")
    assert verdict == Verdict("pass", "11 of 280 weighted characters; 269 to spare.")


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_length_empty_post_warns(text: str) -> None:
    assert run("length", text) == Verdict("warn", "The post is empty.")


def test_length_one_over_fails_on_the_last_character() -> None:
    text = "a" * 281
    verdict = run("length", text)
    assert verdict.status == "fail"
    assert verdict.message == "Over X's limit by 1 weighted character."
    assert verdict.findings == (Finding(280, 281, "a", "Cut it or split it into a thread."),)


def test_length_tail_starts_after_the_limit_and_skips_white_space() -> None:
    text = "word " * 100  # 500 characters; Mastodon allows 500
    assert run("length", text, "mastodon").status == "pass"
    text += "\n\nmore words"
    verdict = run("length", text, "mastodon")
    assert verdict.message == "Over Mastodon's limit by 12 characters."
    assert spans(verdict) == [(502, 512, "more words")]


def test_length_never_cuts_inside_a_grapheme() -> None:
    text = "a" * 499 + "👍🏽" + "x"  # the 500th code point is the skin-tone modifier
    verdict = run("length", text, "mastodon")
    assert spans(verdict) == [(499, 502, "👍🏽x")]


def test_length_never_cuts_inside_a_link() -> None:
    text = "a" * 490 + " https://example.com/a/long/path"
    verdict = run("length", text, "mastodon")
    assert verdict.status == "fail"
    assert spans(verdict) == [(491, len(text), "https://example.com/a/long/path")]


def test_length_counts_in_the_platforms_unit_with_wide_text_before() -> None:
    text = WIDE + "b" * 300
    verdict = run("length", text, "bluesky")
    graphemes = count_graphemes(text)
    assert verdict.message == f"Over Bluesky's limit by {graphemes - 300} graphemes."
    (finding,) = verdict.findings
    assert count_graphemes(text[: finding.start]) == 300
    assert finding.text == "b" * (graphemes - 300)


@dataclass(frozen=True)
class CappedPlatform:
    """A platform with the extra caps Platform is gaining (bytes, refused characters)."""

    id: str = "capped"
    name: str = "Capped"
    limit: int = 300
    unit: str = "graphemes"
    fold: int | None = None
    max_hashtags: int | None = None
    max_links: int | None = None
    links_clickable: bool = True
    max_bytes: int | None = None
    forbidden_chars: str = ""

    def count(self, text: str) -> int:
        return count_graphemes(text)


def test_length_byte_cap_fails_even_within_the_grapheme_limit() -> None:
    platform = CappedPlatform(max_bytes=40)
    text = "日本語" * 5  # 15 graphemes, 45 bytes
    verdict = run("length", text, platform)  # type: ignore[arg-type]
    assert verdict.status == "fail"
    assert verdict.message == "Over Capped's cap of 40 bytes by 5 bytes."
    assert spans(verdict) == [(13, 15, "本語")]


def test_length_refused_characters_fail_with_a_stand_in() -> None:
    platform = CappedPlatform(forbidden_chars="<>")
    text = "Use <b> tags"
    verdict = run("length", text, platform)  # type: ignore[arg-type]
    assert verdict.status == "fail"
    assert verdict.message == "Capped refuses < or >: 2 characters to replace."
    assert verdict.findings == (
        Finding(4, 5, "<", 'Remove it or write "‹".'),
        Finding(6, 7, ">", 'Remove it or write "›".'),
    )


def test_length_real_platform_caps_when_present() -> None:
    bluesky, youtube = get_platform("bluesky"), get_platform("youtube")
    if getattr(bluesky, "max_bytes", None) is None or not getattr(youtube, "forbidden_chars", None):
        pytest.skip("Platform has no max_bytes/forbidden_chars yet")
    assert run("length", "👨‍👩‍👧‍👦" * 150, bluesky).status == "fail"  # 150 graphemes, 3,750 bytes
    assert run("length", "a <b> c", youtube).status == "fail"


# --- hook -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3 ways to grow your list. More below.",
        "Why do most launches flop?",
        "You are missing half your audience.",
        "Big news: we shipped it.",
        "Never post without a plan.",
    ],
)
def test_hook_with_a_reason_to_read_on_passes(text: str) -> None:
    assert run("hook", text).status == "pass"


def test_hook_weak_opening_warns_on_the_first_sentence() -> None:
    text = "We had a meeting about stuff. It went well. 5 stars."
    verdict = run("hook", text)
    assert verdict.status == "warn"
    assert verdict.message == "The opening gives no reason to read on."
    assert verdict.findings == (
        Finding(
            0,
            29,
            "We had a meeting about stuff.",
            "Lead with a number, a question or what the reader gets.",
        ),
    )


def test_hook_opening_is_the_first_line() -> None:
    text = "Our team met\nYou will love what we made: 3 new tools."
    assert spans(run("hook", text)) == [(0, 12, "Our team met")]


def test_hook_colon_inside_a_link_is_not_a_hook() -> None:
    text = "Our site https://example.com has details"
    assert run("hook", text).status == "warn"


def test_hook_long_opening_warns_against_the_fold() -> None:
    opening = "You " + "really " * 18 + "need this."  # 140 characters
    text = f"{opening} Read on."
    verdict = run("hook", WIDE + text, "instagram")
    assert verdict.status == "warn"
    assert verdict.message == (
        'The opening runs 152 characters; Instagram shows about 125 before "more".'
    )
    assert spans(verdict) == [(0, len(WIDE) + len(opening), WIDE + opening)]
    assert verdict.findings[0].suggestion == "Cut the first sentence to under 125 characters."
    assert run("hook", text, "linkedin").status == "pass"  # LinkedIn folds at ~210


def test_hook_without_a_fold_uses_a_glance_length() -> None:
    opening = "Plain words " * 11 + "here."  # 137 characters, no pull
    verdict = run("hook", opening, "mastodon")
    assert verdict.message == (
        "The opening runs 137 characters; about 120 read at a glance, "
        "and it gives no reason to read on."
    )


def test_hook_empty_post_passes() -> None:
    assert run("hook", "  ").status == "pass"


# --- call to action -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Read the guide.", "Read"),
        ("We launched. 👉 Join us on Thursday", "Join"),
        ("Loved it, please repost it", "repost"),
        ("New tools are out\n- Download the PDF", "Download"),
        ("Then sign up today", "sign up"),
        ("Full recipe: link in bio", "link in bio"),
        ("New post 👉 https://example.com/post", "https://example.com/post"),
        ("日本語 テスト. Try it", "Try"),
    ],
)
def test_call_to_action_found(text: str, ask: str) -> None:
    assert run("call-to-action", text) == Verdict("pass", f'Asks the reader to act: "{ask}".')


@pytest.mark.parametrize(
    "text",
    [
        "I read a book yesterday and loved it.",
        "Our book club met.",
        "Our page https://example.com/?join=1 is up",
    ],
)
def test_call_to_action_missing_warns_on_the_last_sentence(text: str) -> None:
    verdict = run("call-to-action", text)
    assert verdict.status == "warn"
    assert verdict.message == "The post doesn't ask the reader to do anything."
    last = Draft(text).sentences[-1]
    assert spans(verdict) == [tuple(last)]


def test_call_to_action_verb_inside_a_link_does_not_count() -> None:
    text = "Our page is example.com/signup today"
    assert run("call-to-action", text).status == "warn"


# --- conversation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We tried five tools this month. What would you add?",
        "We tried five tools this month and liked two. Let me know your pick",
        "We tried five tools this month and liked two of them a lot。 どう思う？",
        "We tried five tools this month and liked two. Share your favourite below",
    ],
)
def test_conversation_invited(text: str) -> None:
    assert run("conversation", text).status == "pass"


def test_conversation_question_mark_in_a_link_does_not_count() -> None:
    text = "We wrote up our survey of 400 marketers at https://example.com/?q=1 today."
    verdict = run("conversation", text)
    assert verdict.status == "warn"
    assert verdict.message == "Nothing invites a reply."
    assert spans(verdict) == [(0, len(text), text)]


def test_conversation_short_post_needs_no_question() -> None:
    assert run("conversation", "Launch day.") == Verdict(
        "pass", "Short enough that a question is optional."
    )


def test_conversation_statement_warns_on_the_last_sentence() -> None:
    text = "We shipped the new editor today.\nIt saves drafts and counts every platform."
    verdict = run("conversation", text)
    assert verdict.status == "warn"
    assert spans(verdict) == [at(text, "It saves drafts and counts every platform.")]
    assert verdict.findings[0].suggestion == (
        'End with a question readers can answer, e.g. "What would you add?"'
    )


# --- hashtags -------------------------------------------------------------------------


def tags(count: int) -> str:
    return "Tips " + " ".join(f"#tag{n}" for n in range(1, count + 1))


def test_hashtags_none_or_few_pass() -> None:
    assert run("hashtags", "No tags here") == Verdict("pass", "No hashtags.")
    assert run("hashtags", tags(3)) == Verdict("pass", "3 hashtags, within the norm of 3 on X.")


def test_hashtags_over_the_norm_warn_on_the_extra_tags() -> None:
    text = tags(4)
    verdict = run("hashtags", text)
    assert verdict.status == "warn"
    assert verdict.message == "4 hashtags; 3 or fewer read better on X."
    assert verdict.findings == (Finding(*at(text, "#tag4"), "Keep the 3 tags that matter most."),)


def test_hashtags_instagram_cap_of_five_fails() -> None:
    text = tags(6)
    verdict = run("hashtags", text, "instagram")
    assert verdict.status == "fail"
    assert verdict.message == "6 hashtags; Instagram allows 5."
    assert verdict.findings == (Finding(*at(text, "#tag6"), "Remove it: Instagram allows 5."),)
    assert run("hashtags", tags(4), "instagram").status == "warn"  # over the norm of 3
    config = CheckSettings(hashtag_norms={"instagram": 5})
    assert run("hashtags", tags(5), "instagram", config).status == "pass"


def test_hashtags_threads_allows_one() -> None:
    text = tags(2)
    verdict = run("hashtags", text, "threads")
    assert verdict.status == "fail"
    assert verdict.message == "2 hashtags; Threads allows 1."
    assert spans(verdict) == [at(text, "#tag2")]
    assert run("hashtags", tags(1), "threads").status == "pass"


def test_hashtags_repeats_warn() -> None:
    text = "Tips #SEO and more #seo"
    verdict = run("hashtags", text)
    assert verdict.message == "1 hashtag used twice."
    assert verdict.findings == (Finding(19, 23, "#seo", "Remove the repeat."),)


def test_hashtags_one_case_multiword_tag_gets_camel_case() -> None:
    text = WIDE + "Tips #socialmediamarketing"
    verdict = run("hashtags", text)
    assert verdict.status == "warn"
    assert verdict.message == "#socialmediamarketing is hard to read in one case."
    assert verdict.findings == (
        Finding(
            *at(text, "#socialmediamarketing"),
            "Write it in CamelCase: #SocialMediaMarketing",
        ),
    )


@pytest.mark.parametrize(
    "text",
    ["#SocialMediaMarketing", "#internationalization", "#marketing", "#seo2024tips"],
)
def test_hashtags_readable_tags_pass(text: str) -> None:
    assert run("hashtags", text).status == "pass"


def test_hashtags_unknown_words_get_general_advice() -> None:
    verdict = run("hashtags", "#SMMTUIROXMYSOCKS")
    assert verdict.findings[0].suggestion == (
        "Capitalise each word (#LikeThis) so people and screen readers can read it."
    )


@pytest.mark.parametrize(
    ("body", "camel"),
    [
        ("throwbackthursday", "ThrowbackThursday"),
        ("ilovemyjob", "ILoveMyJob"),
        ("mondaymotivation", "MondayMotivation"),
        ("entrepreneurship", None),
        ("smmtuirox", None),
    ],
)
def test_camel_case_splits_common_words(body: str, camel: str | None) -> None:
    assert camel_case(body) == camel


def test_hashtags_in_links_do_not_count() -> None:
    assert run("hashtags", "See https://example.com/#a #b", "threads").status == "pass"


# --- mentions -------------------------------------------------------------------------


def mentions(count: int) -> str:
    return "Thanks " + " ".join(f"@user{n}" for n in range(1, count + 1))


def test_mentions_few_pass() -> None:
    assert run("mentions", "Thanks") == Verdict("pass", "No mentions.")
    assert run("mentions", mentions(5)) == Verdict("pass", "5 mentions.")


def test_mentions_over_five_warn_on_the_extra() -> None:
    text = mentions(6)
    verdict = run("mentions", text)
    assert verdict.status == "warn"
    assert verdict.message == "6 mentions; tag 5 or fewer people who will care."
    assert spans(verdict) == [at(text, "@user6")]


def test_mentions_over_ten_fail() -> None:
    text = mentions(12)
    verdict = run("mentions", text)
    assert verdict.status == "fail"
    assert verdict.message == "12 mentions; more than 10 reads as spam and may be filtered."
    assert spans(verdict) == [at(text, "@user11"), at(text, "@user12")]


def test_mentions_repeats_warn() -> None:
    text = "Thanks @ana and @Ana"
    verdict = run("mentions", text)
    assert verdict.message == "1 account tagged twice."
    assert spans(verdict) == [(16, 20, "@Ana")]


# --- links ----------------------------------------------------------------------------


def test_links_after_the_opening_pass() -> None:
    assert run("links", "No links") == Verdict("pass", "No links.")
    verdict = run("links", "Our guide: https://example.com/guide")
    assert verdict == Verdict("pass", "1 link, placed after the opening.")


@pytest.mark.parametrize("lead", ["", "  ", "🎉 ", "@ana "])
def test_links_opening_the_post_warn(lead: str) -> None:
    text = f"{lead}https://example.com is live"
    verdict = run("links", text)
    assert verdict.status == "warn"
    assert verdict.message == "The post opens with a link; lead with why it matters."
    assert verdict.findings == (
        Finding(*at(text, "https://example.com"), "Move the link after your opening line."),
    )


def test_links_more_than_two_warn_on_the_extra() -> None:
    text = "Read a.com, b.com and c.com today"
    verdict = run("links", text)
    assert verdict.status == "warn"
    assert verdict.message == "3 links split attention; keep one or two."
    assert spans(verdict) == [at(text, "c.com")]


def test_links_threads_cap_of_five_fails() -> None:
    text = "Read " + " ".join(f"https://example.com/{n}" for n in range(6))
    verdict = run("links", text, "threads")
    assert verdict.status == "fail"
    assert verdict.message == "6 links; Threads allows 5."
    assert spans(verdict) == [at(text, "https://example.com/5")]
    assert run("links", text, "mastodon").status == "warn"


def test_links_not_clickable_on_instagram() -> None:
    text = "Our recipe: https://example.com/r and more"
    verdict = run("links", text, "instagram")
    assert verdict.status == "warn"
    assert verdict.message == 'Links aren\'t clickable in Instagram posts: say "link in bio".'
    assert verdict.findings == (
        Finding(
            12, 33, "https://example.com/r", 'Put the link in your bio and write "link in bio".'
        ),
    )
    assert run("links", text, "facebook").status == "pass"


# --- emoji ----------------------------------------------------------------------------


def test_emoji_a_few_pass() -> None:
    assert run("emoji", "Launch day 🚀 so proud 🎉") == Verdict("pass", "2 emoji: a light touch.")
    assert run("emoji", "Acme™ Acme® ©2024") == Verdict("pass", "No emoji.")


def test_emoji_dense_in_a_short_post_warns() -> None:
    text = "We shipped it today 🚀🎉👏"
    verdict = run("emoji", text)
    assert verdict.status == "warn"
    assert verdict.message == "3 emoji in 4 words; 2 or fewer keep it readable."
    assert spans(verdict) == [at(text, "👏")]


def test_emoji_more_than_five_warn_in_a_long_post() -> None:
    text = " ".join(["word"] * 80) + " 🚀 🎉 👏 🔥 💡 ✨"
    verdict = run("emoji", text)
    assert verdict.status == "warn"
    assert verdict.message == "6 emoji in 80 words; 5 or fewer keep it readable."
    assert spans(verdict) == [at(text, "✨")]


def test_emoji_wall_fails() -> None:
    text = "Big sale 🇫🇷👨‍👩‍👧🎉🎉🎉🎉🎉 today"
    verdict = run("emoji", text)
    assert verdict.status == "fail"
    assert verdict.message == "7 emoji in 3 words read as an emoji wall; keep 2 or fewer."
    assert [f.text for f in verdict.findings] == ["🎉"] * 5
    assert verdict.findings[0].start == text.index("🎉")
    many = " ".join(["word"] * 200) + " " + "👍" * 16
    assert run("emoji", many).status == "fail"


# --- shouting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We love SEO and B2B. Ask our CEO at NASA.",
        "COVID-19 update for the UK",
        "Really?! I AM here. Go team",
        "NEW",
    ],
)
def test_shouting_acronyms_and_short_words_pass(text: str) -> None:
    assert run("shouting", text) == Verdict("pass", "No shouting.")


def test_shouting_a_long_word_in_capitals_warns() -> None:
    text = WIDE + "This is HUGE news"
    verdict = run("shouting", text)
    assert verdict.status == "warn"
    assert verdict.message == "1 word in capitals reads as shouting."
    assert verdict.findings == (Finding(*at(text, "HUGE"), 'Write "huge".'),)


def test_shouting_runs_of_capitals_keep_acronyms() -> None:
    text = "FREE SHIPPING today. Get a FREE SEO audit"
    verdict = run("shouting", text)
    assert verdict.message == "4 words in capitals read as shouting."
    assert verdict.findings == (
        Finding(0, 13, "FREE SHIPPING", 'Write "Free shipping".'),
        Finding(27, 35, "FREE SEO", 'Write "free SEO".'),
    )


def test_shouting_repeated_marks() -> None:
    text = "Wow!! What?!?! Fine?! Done! https://example.com/!!a"
    verdict = run("shouting", text)
    assert verdict.message == "2 runs of repeated ! or ? read as shouting."
    assert verdict.findings == (
        Finding(3, 5, "!!", 'Use one "!".'),
        Finding(10, 14, "?!?!", 'Use one "?".'),
    )


def test_shouting_a_sentence_end_splits_a_run() -> None:
    text = "SALE. BIG day"
    assert spans(run("shouting", text)) == [(0, 4, "SALE")]


def test_shouting_a_whole_post_in_capitals_fails() -> None:
    verdict = run("shouting", "THIS IS THE BEST SALE EVER, DON'T MISS IT")
    assert verdict.status == "fail"


# --- spam words -----------------------------------------------------------------------


def test_spam_words_clean_text_passes() -> None:
    text = "Our guide to viral marketing and free trials"
    assert run("spam-words", text) == Verdict("pass", "No hype or banned words.")


def test_spam_words_warn_with_suggestions() -> None:
    text = WIDE + "Act now: it's 100% free!"
    verdict = run("spam-words", text)
    assert verdict.status == "warn"
    assert verdict.message == (
        '2 hype phrases readers and filters distrust: "act now", "100% free".'
    )
    assert verdict.findings == (
        Finding(*at(text, "Act now"), 'Give the real deadline: "Offer ends Friday."'),
        Finding(*at(text, "100% free"), '"Free" once is enough.'),
    )


def test_spam_words_three_fail() -> None:
    text = "Act now, limited time, risk-free!"
    verdict = run("spam-words", text)
    assert verdict.status == "fail"
    assert [f.text for f in verdict.findings] == ["Act now", "limited time", "risk-free"]


def test_spam_words_in_links_and_hashtags_are_skipped() -> None:
    assert run("spam-words", "See https://example.com/act-now and #giveaway").status == "pass"


def test_spam_words_include_the_users_banned_words() -> None:
    config = CheckSettings(avoid_words=frozenset({"synergy", "act now", " "}))
    text = "Synergy matters. Act now."
    verdict = run("spam-words", text, config=config)
    assert verdict.status == "fail"
    assert verdict.message == '2 words you asked never to use: "synergy", "act now".'
    assert verdict.findings == (
        Finding(0, 7, "Synergy", "You asked never to use this word."),
        Finding(17, 24, "Act now", "You asked never to use this word."),
    )


# --- scannability ---------------------------------------------------------------------


def test_scannability_short_post_passes() -> None:
    assert run("scannability", "One line.") == Verdict("pass", "Short enough to read at a glance.")


def test_scannability_long_block_warns() -> None:
    block = "We spent a year testing posts on every network, " * 7  # 336 characters
    text = "Intro line.\n\n" + block.strip() + "\n\nThanks for reading along, everyone." * 2
    verdict = run("scannability", text)
    assert verdict.status == "warn"
    assert verdict.message == ("1 paragraph too dense to scan; break long blocks with line breaks.")
    assert verdict.findings == (
        Finding(
            13,
            13 + len(block.strip()),
            block.strip(),
            "This block holds 335 characters: break it into two or three short paragraphs.",
        ),
    )


def test_scannability_the_same_text_in_lines_passes() -> None:
    text = "\n".join(["We spent a year testing posts on every network."] * 10)
    assert len(text) > 400
    assert run("scannability", text).status == "pass"


def test_scannability_many_sentences_in_one_long_block_warn() -> None:
    block = ("We fixed it today. " * 15).strip()  # 15 sentences, 284 characters
    text = block + "\n\n" + "Thanks to everyone who helped. " * 4
    verdict = run("scannability", text)
    assert spans(verdict) == [(0, len(block), block)]
    assert verdict.findings[0].suggestion == (
        "This block holds 15 sentences: break it into two or three short paragraphs."
    )
    assert run("scannability", text.replace(". ", ".\n")).status == "pass"


@pytest.mark.parametrize(
    "text",
    [
        # Five short sentences in one block: read whole at a glance.
        "Three things we learned launching our podcast this year. The first episode got "
        "12 listeners. The tenth got 4,000. Here's what changed. #podcasting #marketing",
        # A long post whose many-sentence block is still under 280 characters.
        "Launch notes.\n\n" + "We fixed it. " * 20 + "\n\n" + "Thanks to everyone who helped. " * 5,
    ],
)
def test_scannability_leaves_short_posts_and_short_blocks_alone(text: str) -> None:
    assert run("scannability", text).status == "pass"


# --- review fixes: honest asks, markup, acronyms, other scripts -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our spring collection is here. Shop now at example.com.",
        "Sign up today and get the first chapter.",
        "Order now, ships Monday. Buy today, wear it tomorrow.",
    ],
)
def test_spam_words_plain_calls_to_action_are_not_hype(text: str) -> None:
    assert run("spam-words", text) == Verdict("pass", "No hype or banned words.")
    assert run("call-to-action", text).status == "pass"


def test_spam_words_shouted_calls_to_action_are_hype() -> None:
    text = "BUY NOW and save. Order now!!! Shop now!"
    verdict = run("spam-words", text)
    assert spans(verdict) == [at(text, "BUY NOW"), at(text, "Order now")]
    assert verdict.findings[0].suggestion == "Say it once, calmly, and say what they get."


def test_spam_words_money_and_risk_hype() -> None:
    text = "Earn $$$ from home with no risk. A revolutionary plan. Prices from $5."
    verdict = run("spam-words", text)
    assert spans(verdict) == [
        at(text, "Earn $$$ from home"),
        at(text, "no risk"),
        at(text, "revolutionary"),
    ]
    assert verdict.status == "fail"
    assert spans(run("spam-words", "It costs $$$ to fix.")) == [(9, 12, "$$$")]


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("[red]Shop now[/red] at example.com.", "Shop"),
        ("Our sale is on. <b>Join us</b> on Friday.", "Join"),
        ("{promo}Grab your seat", "Grab"),
    ],
)
def test_call_to_action_after_markup_brackets(text: str, ask: str) -> None:
    assert run("call-to-action", text) == Verdict("pass", f'Asks the reader to act: "{ask}".')


def test_call_to_action_verb_after_a_word_still_needs_a_clause_start() -> None:
    # A tag hugs what it marks up; a bracketed aside has a space after it.
    assert run("call-to-action", "Our [new] shop opens.").status == "warn"
    assert run("call-to-action", "We liked (and shared) the post.").status == "warn"


def test_shouting_vowelless_initialisms_are_acronyms() -> None:
    assert run("shouting", "See you at SXSW and NSFW-free BRB posts.") == Verdict(
        "pass", "No shouting."
    )
    text = "HUGE SALE at SXSW. It is FREE."
    verdict = run("shouting", text)
    assert spans(verdict) == [at(text, "HUGE SALE"), at(text, "FREE")]
    assert run("shouting", "I love my GYM SHOES").status == "warn"  # Y is a vowel here


CJK = "新产品今天发布。欢迎大家试用，并在评论区告诉我们你的想法。"


@pytest.mark.parametrize("check_id", ["call-to-action", "conversation"])
def test_english_word_checks_do_not_judge_other_scripts(check_id: str) -> None:
    assert run(check_id, CJK) == Verdict("pass", "Not checked: this check reads English.")


def test_hook_judges_other_scripts_on_length_only() -> None:
    assert run("hook", CJK) == Verdict(
        "pass", "The opening is short; its wording is not checked (not English)."
    )
    verdict = run("hook", "新" * 130 + "。", "instagram")
    assert verdict.status == "warn"
    assert verdict.message == (
        'The opening runs 131 characters; Instagram shows about 125 before "more".'
    )
    assert "no reason to read on" not in verdict.message


def test_other_scripts_still_get_the_language_free_checks() -> None:
    assert run("length", CJK * 10).status == "fail"
    assert run("emoji", CJK + "🎉" * 8).status != "pass"
    assert run("conversation", "你觉得怎么样？我们很想知道大家的看法和建议") == Verdict(
        "pass", "Invites replies with a question."
    )
    # A few Chinese words in an English post leave it English.
    assert run("call-to-action", "We opened a shop in 上海 today.").status == "warn"


def test_hook_an_ellipsis_leaves_the_reader_hanging() -> None:
    assert run("hook", "Acme Pulse… ☕️✨").status == "pass"
    assert run("hook", "You won't believe what happened next...").status == "pass"
    assert run("hook", "Our spring collection is here.").status == "warn"


def test_hashtags_every_run_on_tag_of_eight_letters_is_reported_once() -> None:
    text = "Morning #coffee #coffeelover #slowliving #handmade #barista #morningroutine"
    verdict = run("hashtags", text, config=CheckSettings(hashtag_norms={"x": 10}))
    assert verdict.status == "warn"
    assert verdict.message == "3 hashtags are hard to read in one case."
    assert [(f.text, f.suggestion) for f in verdict.findings] == [
        ("#coffeelover", "Write it in CamelCase: #CoffeeLover"),
        ("#slowliving", "Write it in CamelCase: #SlowLiving"),
        ("#morningroutine", "Write it in CamelCase: #MorningRoutine"),
    ]


def test_camel_case_puts_one_letter_words_only_first() -> None:
    assert camel_case("barista") is None  # not "BarISta"
    assert camel_case("ilovemyjob") == "ILoveMyJob"


# --- every check, any input -----------------------------------------------------------

NASTY = [
    "[/] [@click=app.quit] [bold]x[/bold] <script>alert(1)</script>",
    "\x00\x1b[31mred\x1b[0m\r\n\t\u202e\u200b\ufeff",
    "#\n@\nhttps://\n!!!\n???\n" + "🎉" * 40,
    "A" * 70_000,
]


@pytest.mark.parametrize("text", NASTY, ids=["markup", "control", "bare-marks", "huge"])
@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_odd_text_never_crashes(text: str, platform: str) -> None:
    context = Context(Draft(text), get_platform(platform), CheckSettings())
    for check_id in SHAREABILITY:
        verdict = REGISTRY[check_id].run(context)
        assert verdict.status in ("pass", "warn", "fail")
        assert all(text[f.start : f.end] == f.text for f in verdict.findings)


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*"aZ #@!?.:\n-—👍🏽🇫🇷日本\u200d\ufe0f", "https://x.io/", "ACT NOW"]),
        max_size=80,
    ).map(lambda pieces: "".join(pieces) * 4),
    platform=st.sampled_from(sorted(PLATFORMS)),
)
def test_findings_are_exact_spans(text: str, platform: str) -> None:
    for check_id in SHAREABILITY:
        run(check_id, text, platform)  # run() asserts every span
