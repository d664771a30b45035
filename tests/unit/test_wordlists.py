"""The phrase-list loader: file format, whole-word matching, spans and caching."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smm_tui.core import wordlists
from smm_tui.core.model import Finding
from smm_tui.core.wordlists import WordListError, advice, load, load_words, normalize, parse

SAMPLE = """\
# a comment line
a lot | many
a lot of | much   # a trailing comment
in order to | to
best-in-class | best
don't | -
utilize; utilizes; utilized | use
circle back
#ad | Say it is an ad.

"""


@pytest.fixture
def sample() -> wordlists.PhraseList:
    return parse("sample", SAMPLE)


def spans(found: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.text) for f in found]


def test_parse_reads_entries_spellings_and_comments(sample: wordlists.PhraseList) -> None:
    assert dict(sample.suggestions) == {
        "a lot": "many",
        "a lot of": "much",
        "in order to": "to",
        "best in class": "best",
        "don't": "-",
        "utilize": "use",
        "utilizes": "use",
        "utilized": "use",
        "circle back": None,
        "#ad": "Say it is an ad.",
    }
    assert len(sample) == 10
    assert "Best-In-Class" in sample
    assert "DON’T" in sample
    assert "a" not in sample


def test_longest_phrase_wins_and_spans_are_exact(sample: wordlists.PhraseList) -> None:
    text = "A lot of people, a   LOT.\nIn\norder to win"
    found = sample.find(text)
    assert spans(found) == [(0, 8, "A lot of"), (17, 24, "a   LOT"), (26, 37, "In\norder to")]
    assert [f.suggestion for f in found] == ['Try "much".', 'Try "many".', 'Try "to".']
    assert all(text[f.start : f.end] == f.text for f in found)


def test_whole_words_only(sample: wordlists.PhraseList) -> None:
    text = "alot; a lotto; x-a lot; a lot-ish; utilizer; reutilize; a_lot; a lot’s"
    assert sample.find(text) == []


def test_hyphens_spaces_and_apostrophes_are_interchangeable(
    sample: wordlists.PhraseList,
) -> None:
    text = "best in class, Best-in-Class, DON’T and don't"
    assert spans(sample.find(text)) == [
        (0, 13, "best in class"),
        (15, 28, "Best-in-Class"),
        (30, 35, "DON’T"),
        (40, 45, "don't"),
    ]


def test_hyphenated_compound_is_one_word(sample: wordlists.PhraseList) -> None:
    """ "in" inside "best-in-class" is not a word start; "don't" inside "x-don't" neither."""
    assert spans(sample.find("the-best-in-class x-don't")) == []


def test_phrase_that_starts_with_a_symbol(sample: wordlists.PhraseList) -> None:
    found = sample.find("Love it #ad #adventure")
    assert spans(found) == [(8, 11, "#ad")]
    assert found[0].suggestion == "Say it is an ad."


def test_default_skip_and_custom_advice(sample: wordlists.PhraseList) -> None:
    text = "circle back and utilized it"
    found = sample.find(text, default="Plain words, please.")
    assert [(f.text, f.suggestion) for f in found] == [
        ("circle back", "Plain words, please."),
        ("utilized", 'Try "use".'),
    ]
    assert spans(sample.find(text, skip=lambda start, end: start == 0)) == [(16, 24, "utilized")]
    custom = sample.find("utilize", advise=lambda s: f"<{s}>")
    assert custom[0].suggestion == "<use>"


def test_advice_wording() -> None:
    assert advice("-") == "Cut it."
    assert advice("use") == 'Try "use".'
    assert advice("Say who did it.") == "Say who did it."


def test_normalize() -> None:
    assert normalize("  Best-In  Class ") == "best in class"
    assert normalize("Don’t") == "don't"


def test_bad_files_raise_a_clear_error() -> None:
    with pytest.raises(WordListError, match="no entries"):
        parse("empty", "# nothing\n\n")
    with pytest.raises(WordListError, match="line 2"):
        parse("broken", "fine | ok\n; | oops\n")
    with pytest.raises(WordListError, match="cannot read"):
        wordlists.read_data("no-such-list.txt")


def test_shipped_lists_load_once_and_are_cached() -> None:
    load.cache_clear()
    first = load("jargon")
    assert load("jargon") is first
    assert load.cache_info().hits == 1


@pytest.mark.parametrize(
    ("name", "minimum"), [("cliches", 150), ("jargon", 120), ("wordy", 150), ("weasel_words", 60)]
)
def test_shipped_lists_are_big_enough(name: str, minimum: int) -> None:
    assert len(load(name)) >= minimum


def test_no_phrase_is_in_two_clarity_lists() -> None:
    """Two checks flagging the same words would double-count them."""
    names = ("cliches", "jargon", "wordy", "weasel_words")
    seen: dict[str, str] = {}
    clashes = []
    for name in names:
        for phrase in load(name).suggestions:
            if phrase in seen:
                clashes.append((phrase, seen[phrase], name))
            seen[phrase] = name
    assert clashes == []


def test_word_sets() -> None:
    participles = load_words("irregular_participles")
    assert {"written", "made", "built", "known", "given", "taken", "seen", "chosen"} <= participles
    assert "excited" in load_words("passive_exceptions")
    assert {"family", "only", "daily"} <= load_words("adverb_exceptions")


def test_word_starts_index() -> None:
    text = "Don't stop: best-in-class, 2 fast"
    starts = wordlists.word_starts(text)
    assert starts == {"don": [0], "stop": [6], "best": [12], "2": [27], "fast": [29]}


def test_nothing_is_read_at_import() -> None:
    """Importing the engine (checks included) reads no list and loads no dictionary."""
    code = (
        "import sys\n"
        "from smm_tui.core import wordlists\n"
        "from smm_tui.core.checks import all_checks\n"
        "all_checks()\n"
        "print(wordlists.load.cache_info().currsize,"
        " wordlists.load_words.cache_info().currsize, 'spellchecker' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "False"]


def test_second_word_pruning_finds_exactly_what_a_full_walk_finds():
    """Skipping starts whose next word no phrase can have must never lose a match."""
    from smm_tui.core import wordlists

    phrases = wordlists.load("wordy")
    text = " ".join(phrases.suggestions) + " In order to win, we did it due to the fact that."
    variants = [text, text.upper(), text.replace(" ", "-"), text.replace("'", "’")]
    pruned = [phrases.spans(t) for t in variants]
    saved = dict(phrases._seconds)
    try:
        for first in phrases._seconds:
            phrases._seconds[first] = None
        assert [phrases.spans(t) for t in variants] == pruned
    finally:
        phrases._seconds.update(saved)
    assert pruned[0]
