"""The ten clarity checks: what triggers each, what must not, exact spans, settings."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from smm_tui.core.analysis import Draft
from smm_tui.core.checks import all_checks
from smm_tui.core.checks.base import REGISTRY, Context, Verdict
from smm_tui.core.checks.readability import band
from smm_tui.core.platforms import get_platform
from smm_tui.core.settings import CheckSettings

all_checks()


def run(check_id: str, text: str, **settings: Any) -> Verdict:
    context = Context(Draft(text), get_platform("x"), CheckSettings(**settings))
    verdict = REGISTRY[check_id].run(context)
    for finding in verdict.findings:
        assert text[finding.start : finding.end] == finding.text
    return verdict


def found(verdict: Verdict) -> list[str]:
    return [f.text for f in verdict.findings]


def test_registered_with_weights_and_group() -> None:
    weights = {
        "readability": 2,
        "long-sentences": 2,
        "passive-voice": 1.5,
        "adverbs": 1,
        "weasel-words": 1,
        "cliches": 1,
        "jargon": 1,
        "wordy": 1,
        "repeated-words": 1,
        "spelling": 1,
    }
    for check_id, weight in weights.items():
        spec = REGISTRY[check_id]
        assert (spec.group, spec.weight) == ("clarity", weight)


# --- readability -------------------------------------------------------------

EASY = (
    "We made a new app. It helps you plan your week. You add a task. "
    "It tells you when to do it. Try it out today and see."
)
HARD = (
    "Organizational transformation necessitates comprehensive reconsideration of "
    "institutional infrastructure, particularly regarding interdepartmental "
    "communication methodologies and accountability frameworks. Consequently, "
    "administrative personnel must systematically reevaluate operational priorities."
)


def test_readability_passes_easy_text() -> None:
    verdict = run("readability", EASY)
    assert verdict.status == "pass"
    assert verdict.message.startswith("Reading ease ")
    assert "On target (60+)" in verdict.message


def test_readability_fails_hard_text_and_warns_near_target() -> None:
    assert run("readability", HARD).status == "fail"
    ease = Draft(HARD).readability.flesch_reading_ease
    # With the target just above the score the draft only warns.
    assert run("readability", HARD, readability_target=ease + 5).status == "warn"
    assert run("readability", HARD, readability_target=ease - 1).status == "pass"


def test_readability_skips_short_posts() -> None:
    verdict = run("readability", "Institutional infrastructure reconsideration necessitated.")
    assert verdict.status == "pass"
    assert verdict.message.startswith("Too short to score (4 words)")


def test_band_names() -> None:
    assert [band(x) for x in (95, 85, 75, 65, 55, 35, 10)] == [
        "very easy",
        "easy",
        "fairly easy",
        "plain English",
        "fairly hard",
        "hard",
        "very hard",
    ]


# --- long sentences ----------------------------------------------------------


def words(n: int) -> str:
    return " ".join(["word"] * n)


def test_long_sentences_levels_and_spans() -> None:
    short = "Short one."
    hard = words(22) + "."
    very_hard = words(31) + "."
    text = f"{short} {hard} {very_hard}"
    verdict = run("long-sentences", text)
    assert verdict.status == "fail"
    assert [(f.start, f.end) for f in verdict.findings] == [
        (11, 11 + len(hard)),
        (12 + len(hard), len(text)),
    ]
    assert [f.suggestion for f in verdict.findings] == [
        "Split or shorten this 22-word sentence.",
        "Split this 31-word sentence in two or three.",
    ]
    assert verdict.message.startswith("1 very hard sentence (30+ words) and 1 hard one (20+)")
    assert run("long-sentences", f"{short} {hard}").status == "warn"
    assert run("long-sentences", short).status == "pass"


def test_long_sentences_thresholds_from_settings() -> None:
    text = words(12) + "."
    assert run("long-sentences", text).status == "pass"
    assert run("long-sentences", text, sentence_hard=10).status == "warn"
    assert run("long-sentences", text, sentence_hard=10, sentence_very_hard=12).status == "fail"


def test_long_sentences_count_prose_words_only() -> None:
    """URLs, hashtags and mentions are not words a reader has to parse."""
    text = words(18) + " https://example.com/a/b #one #two @three @four."
    assert run("long-sentences", text).status == "pass"


# --- passive voice -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The post was written by Sam.", ["was written"]),
        ("Mistakes were made.", ["were made"]),
        ("It is being built now.", ["is being built"]),
        ("The app has been quickly adopted.", []),  # "quickly" is not a filler word
        ("The results are not known yet.", ["are not known"]),
        ("Our tool is used by 500 teams and was launched in May.", ["is used", "was launched"]),
        ("Prices aren’t shown here.", ["aren’t shown"]),
        ("We're excited and based in Leeds.", []),
        ("I'm used to it. It's used to build apps.", []),
        ("I am interested. She is tired. It is indeed red.", []),
        ("She's written three books.", []),  # "she has written": active
        ("We wrote the post.", []),
        ("This was, honestly, posted late.", []),  # punctuation breaks the phrase
    ],
)
def test_passive_voice_spans(text: str, expected: list[str]) -> None:
    verdict = run("passive-voice", text)
    assert found(verdict) == expected
    assert verdict.status == ("warn" if expected else "pass")


def test_passive_voice_finding_details_and_fail_rule() -> None:
    text = "The cake was eaten. We laughed. The plates were washed. We left."
    verdict = run("passive-voice", text)
    assert [(f.start, f.end, f.suggestion) for f in verdict.findings] == [
        (9, 18, "Say who did it."),
        (43, 54, "Say who did it."),
    ]
    assert verdict.status == "fail"  # 2 of 4 sentences: more than a quarter
    assert verdict.message.startswith("2 of 4 sentences use the passive voice.")
    one_in_five = "It was eaten. We ran. We sang. We ate. We left."
    assert run("passive-voice", one_in_five).status == "warn"


# --- adverbs -----------------------------------------------------------------


def test_adverbs_found_with_exceptions() -> None:
    text = (
        "She quickly replied and slowly walked home with her family. "
        "Our daily, friendly reply only came early. Then Beverly smiled happily."
    )
    verdict = run("adverbs", text)
    assert found(verdict) == ["quickly", "slowly", "happily"]
    assert verdict.findings[0].suggestion == "Cut it, or use a stronger verb."
    assert verdict.status == "fail"  # 3 adverbs in 20 words


def test_adverbs_density_rule() -> None:
    one_in_short = "Write boldly."
    assert run("adverbs", one_in_short).status == "warn"
    one_in_forty = "We " + words(38) + " quickly."
    verdict = run("adverbs", one_in_forty)
    assert (verdict.status, found(verdict)) == ("pass", ["quickly"])
    two_in_forty = "We " + words(37) + " boldly, quickly."
    assert run("adverbs", two_in_forty).status == "warn"
    assert run("adverbs", "We ship on Fridays.").status == "pass"


def test_adverbs_leave_weasel_words_to_their_check() -> None:
    assert found(run("adverbs", "It is really extremely good.")) == []


# --- weasel words, clichés, jargon, wordy ---------------------------------------


def test_weasel_words() -> None:
    text = "Save up to 50% on various plans. It's very good, kind of."
    verdict = run("weasel-words", text)
    assert [(f.start, f.text) for f in verdict.findings] == [
        (5, "up to"),
        (18, "various"),
        (38, "very"),
        (49, "kind of"),
    ]
    assert verdict.findings[1].suggestion == "Name them, or say how many."
    assert verdict.status == "fail"  # 4 in 12 words
    assert run("weasel-words", "Every day we ship something.").status == "pass"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Save up to $40 or as much as half.", ["up to", "as much as"]),
        ("It's up to you. Stay up to date.", []),
        ("How many cups? Too many.", ["many"]),
        ("Thanks a lot! We sold a lot.", ["a lot"]),
    ],
)
def test_weasel_words_in_context(text: str, expected: list[str]) -> None:
    assert found(run("weasel-words", text)) == expected


def test_weasel_words_skip_urls_hashtags_and_mentions() -> None:
    text = "See example.com/very-many #VeryGood @really now."
    assert run("weasel-words", text).status == "pass"


def test_cliches() -> None:
    text = "At the end of the day, our new tool is a game changer. Think outside the box!"
    verdict = run("cliches", text)
    assert [(f.start, f.end, f.text) for f in verdict.findings] == [
        (0, 21, "At the end of the day"),
        (41, 53, "game changer"),
        (55, 76, "Think outside the box"),
    ]
    assert verdict.findings[0].suggestion == 'Try "in the end".'
    assert verdict.status == "fail"
    assert run("cliches", "Our tool saves you an hour a day.").status == "pass"


def test_cliches_with_curly_apostrophes_and_line_breaks() -> None:
    text = "In today’s fast-paced\nworld, speed matters."
    verdict = run("cliches", text)
    assert found(verdict) == ["In today’s fast-paced\nworld"]
    assert verdict.status == "warn"


def test_jargon() -> None:
    text = "We leverage synergies to utilize best-in-class tools."
    verdict = run("jargon", text)
    assert [(f.text, f.suggestion) for f in verdict.findings] == [
        ("leverage", 'Try "use".'),
        ("synergies", 'Try "teamwork".'),
        ("utilize", 'Try "use".'),
        ("best-in-class", 'Try "best".'),
    ]
    assert run("jargon", "We use good tools that work well together.").status == "pass"


def test_wordy() -> None:
    text = "In order to grow, due to the fact that it works, we meet on a daily basis."
    verdict = run("wordy", text)
    assert [(f.start, f.end, f.suggestion) for f in verdict.findings] == [
        (0, 11, 'Try "to".'),
        (18, 38, 'Try "because".'),
        (57, 73, 'Try "daily".'),
    ]
    assert found(run("wordy", "It is important to note that we ship.")) == [
        "It is important to note that"
    ]
    assert run("wordy", "It is important to note that we ship.").findings[0].suggestion == "Cut it."
    assert run("wordy", "We meet daily to grow.").status == "pass"


# --- repeated words ----------------------------------------------------------


def test_repeated_words() -> None:
    text = "Join the the team. We we\nship. I had had enough."
    verdict = run("repeated-words", text)
    assert [(f.start, f.end, f.text) for f in verdict.findings] == [
        (5, 12, "the the"),
        (19, 24, "We we\n"[:5]),
    ]
    assert verdict.findings[0].suggestion == "Delete the repeated word."
    assert verdict.status == "warn"


def test_repeated_words_not_across_punctuation_or_paragraphs() -> None:
    text = "No, no. It ends. Ends here. Go go go! 10 10 times.\n\nthe\n\nthe end"
    assert run("repeated-words", text).status == "pass"


# --- spelling ----------------------------------------------------------------


def test_spelling_finds_typos_with_corrections() -> None:
    text = "Our marketting team loves teh new feature."
    verdict = run("spelling", text)
    assert [(f.start, f.end, f.text, f.suggestion) for f in verdict.findings] == [
        (4, 14, "marketting", 'Did you mean "marketing"?'),
        (26, 29, "teh", 'Did you mean "the"?'),
    ]
    assert verdict.status == "warn"
    assert verdict.message.startswith("2 words not in the dictionary.")


def test_spelling_skips_entities_numbers_acronyms_names_and_contractions() -> None:
    text = (
        "Don't miss SEO tips from HubSpot and iPhone fans: 3x faster in 2024! "
        "#Marketting @wrok https://exmaple.com/xyzzy we'll see, Y'all."
    )
    assert run("spelling", text).status == "pass"


def test_spelling_checks_parts_of_hyphenated_words_and_possessives() -> None:
    text = "A well-knwon brand's idea and Zorblax's plan."
    verdict = run("spelling", text)
    assert [(f.start, f.end, f.text) for f in verdict.findings] == [
        (7, 12, "knwon"),
        (30, 37, "Zorblax"),
    ]
    assert verdict.findings[0].suggestion == 'Did you mean "known"?'
    assert verdict.findings[1].suggestion == "Check it, or add it to your own words."


def test_spelling_honours_own_words_case_insensitively() -> None:
    text = "Try Zorblax and smm-tui today."
    assert run("spelling", text).status == "warn"
    own = frozenset({"zorblax", "SMM-TUI"})
    assert run("spelling", text, own_words=own).status == "pass"


def test_spelling_accepts_british_and_social_media_words() -> None:
    text = "Our favourite colour: we organise webinars, livestream and retweet. Hashtags!"
    assert run("spelling", text).status == "pass"


def test_spelling_suggests_for_the_first_ten_words_only() -> None:
    typos = ["qwertx", "asdfgq", "zxcvbq", "poiuyq", "lkjhgq", "mnbvcq"]
    text = " ".join(typos * 2) + " markting"
    verdict = run("spelling", text)
    assert len(verdict.findings) == 13
    assert verdict.findings[-1].suggestion == 'Did you mean "marketing"?'
    many = " ".join(f"zq{chr(97 + i)}x" for i in range(12)) + " markting"
    last = run("spelling", many).findings[-1]
    assert (last.text, last.suggestion) == ("markting", "Check it, or add it to your own words.")


# --- end to end, offline -----------------------------------------------------


OFFLINE_SCRIPT = """
import json, socket

def refuse(*args, **kwargs):
    raise OSError("network disabled in this test")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse

from smm_tui.core.critique import critique

result = critique(
    "Our new guide was written for busy teams. It is really simple and it helps you "
    "plan a whole week of posts in about ten minutes. Read it today and tell us what "
    "you think!",
    "x",
)
print(json.dumps(result.to_json()))
"""


def test_critique_runs_offline_from_a_cold_start() -> None:
    """The whole engine, first use of textstat and the dictionary included, in a fresh
    interpreter where every network connection raises."""
    out = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    readability = result["readability"]
    assert 60 < readability["flesch_reading_ease"] <= 100
    assert 0 < readability["flesch_kincaid_grade"] < 12
    statuses = {c["id"]: c["status"] for c in result["checks"]}
    assert statuses["passive-voice"] == "warn"
    assert statuses["weasel-words"] == "warn"
    assert statuses["spelling"] == "pass"
    assert statuses["readability"] == "pass"


# --- review fixes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The store is closed on Sunday.", []),
        ("Shipping is included. The file is attached.", []),
        ("The road was closed by the council.", ["was closed"]),
        ("The bug got fixed. Bugs get fixed fast here.", ["got fixed", "get fixed"]),
        ("We get asked this a lot.", ["get asked"]),
        ("Get started today. I got used to it. We got excited.", []),
        ("Get rid of it and get dressed.", []),
    ],
)
def test_passive_voice_states_and_get_passives(text: str, expected: list[str]) -> None:
    assert found(run("passive-voice", text)) == expected


def test_adverbs_message_states_the_allowance() -> None:
    text = "Our data is stored securely and we answer every message within a day."
    verdict = run("adverbs", text)
    assert verdict.status == "warn"
    assert verdict.message == (
        "1 adverb in 13 words; aim for at most one every 40 words. A stronger verb says it better."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Link in bio! Intro to our changelog and podcasting tips.",
        "Free Wi-Fi, e-mail support, a T-shirt and a co-founder. A no-brainer.",
        "Huge news \x1b[31mRED\x1b[0m today. The \x1b[Kmore text.",
    ],
)
def test_spelling_knows_social_words_compounds_and_skips_escapes(text: str) -> None:
    assert run("spelling", text) == Verdict("pass", "No unknown words.")


def test_spelling_still_checks_compounds_of_real_words() -> None:
    verdict = run("spelling", "A well-knwon brand, an x-teh and a qz-xj.")
    assert found(verdict) == ["knwon", "teh"]  # "qz-xj": letters, not words


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("It leverages AI.", 'Try "uses".'),
        ("We leveraged AI.", 'Try "used".'),
        ("Leveraging AI.", 'Try "using".'),
        ("It streamlines work.", 'Try "simplifies".'),
        ("This moves the needle.", 'Try "makes a difference".'),
        ("We aligned on goals.", 'Try "agreed on".'),
        ("Synergies abound.", 'Try "teamwork".'),  # a noun: no verb forms listed
        ("Moving forward, we ship.", 'Try "from now on".'),  # no "move forward" listed
        ("Cutting-edge tools.", 'Try "newest".'),
    ],
)
def test_jargon_suggestions_take_the_flagged_words_form(text: str, suggestion: str) -> None:
    assert [f.suggestion for f in run("jargon", text).findings] == [suggestion]


def test_cliches_fast_paced_and_digital_landscape() -> None:
    text = "In today's fast-paced, ever-changing digital landscape, we ship."
    assert found(run("cliches", text)) == [
        "In today's fast-paced",
        "ever-changing digital landscape",
    ]


CHINESE = "新产品今天发布。欢迎大家试用，并在评论区告诉我们你的想法。" * 3


@pytest.mark.parametrize(
    "check_id",
    ["passive-voice", "adverbs", "weasel-words", "cliches", "jargon", "wordy", "spelling"],
)
def test_english_checks_do_not_judge_other_scripts(check_id: str) -> None:
    assert run(check_id, CHINESE) == Verdict("pass", "Not checked: this check reads English.")


def test_readability_and_sentence_length_skip_other_scripts() -> None:
    assert run("readability", CHINESE) == Verdict(
        "pass", "Readability formulas only work for English; not scored."
    )
    assert run("long-sentences", CHINESE) == Verdict(
        "pass", "Not checked: sentence length is counted in English words."
    )
    assert run("repeated-words", "新产品 新产品").status == "warn"  # language-free
    # Accented Latin is still scored: French prose is not "other script".
    french = "Le café est très bon et nous aimons beaucoup la crème brûlée du matin. " * 3
    assert run("readability", french).message != (
        "Readability formulas only work for English; not scored."
    )
