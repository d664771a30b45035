"""The sorted word tables behind spelling, hashtag splitting and syllables."""

from __future__ import annotations

from pathlib import Path

import pytest

from smm_tui.core import word_counts
from smm_tui.core.sorted_lines import SortedLines
from smm_tui.core.word_counts import WordCounts, english_counts


@pytest.fixture(autouse=True)
def fresh_tables() -> None:
    english_counts.cache_clear()


def test_sorted_lines_find_every_variant_and_tolerate_neighbour_swaps():
    table = SortedLines(b"apple 1\nbanana 2\nbanana(2) 3\ncherry 4\nberry 5\ndate 6\n")
    assert table.entries("banana") == [[b"2"], [b"3"]]
    assert table.entries("Cherry") == [[b"4"]]
    assert table.entries("berry") == [[b"5"]]  # out of order, within the window
    assert table.entries("fig") == []
    assert "date" in table and "fig" not in table


def test_counts_are_built_once_then_read_from_the_cache(isolated_dirs: Path):
    counts = english_counts()
    assert counts.count("the") > counts.count("world") > 0
    assert counts.count("qwzxv") == 0
    cached = list((isolated_dirs / "cache").glob("en-word-counts-*.txt"))
    assert len(cached) == 1
    english_counts.cache_clear()
    assert english_counts().count("world") == counts.count("world")


def test_a_corrupt_cache_is_rebuilt(isolated_dirs: Path):
    english_counts()
    cached = next((isolated_dirs / "cache").glob("en-word-counts-*.txt"))
    cached.write_bytes(b"garbage")
    english_counts.cache_clear()
    assert english_counts().count("world") > 0
    assert cached.read_bytes().startswith(b"\x00total ")


def test_an_unwritable_cache_folder_is_not_an_error(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
):
    blocker = isolated_dirs / "not-a-folder"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("SMM_TUI_CACHE_DIR", str(blocker / "cache"))
    assert english_counts().count("world") > 0


def test_table_format_round_trips():
    import gzip
    import json

    raw = gzip.compress(json.dumps({"b": 2, "a": 5, "two words": 9, "c(x)": 1}).encode())
    table = WordCounts(word_counts.table_from_json(raw))
    assert table.total == 7
    assert table.count("a") == 5 and table.count("b") == 2
    assert table.count("two words") == 0


def test_blocks_hold_exactly_the_words_with_a_prefix():
    table = SortedLines(b"apple 1\napply 2\napt 3\nbanana 4\n", window=0)
    assert table.block("ap").split()[::2] == [b"apple", b"apply", b"apt"]
    assert table.block("app").split()[::2] == [b"apple", b"apply"]
    assert table.block("ba").split()[::2] == [b"banana"]
    assert table.block("zz") == b""


def test_known_agrees_with_and_without_the_whole_word_set():
    from smm_tui.core.checks.words import _one_edit_away

    counts = english_counts()
    candidates = sorted(_one_edit_away("markting"))
    sliced = counts.known(candidates)
    counts.warm()
    assert counts.known(candidates) == sliced
    assert "marketing" in sliced
