"""Which script a draft is written in: the English word lists only judge Latin-script prose.

A post in Chinese, Japanese, Arabic or Russian has no English verbs, phrases or
syllables to find, so the checks built on English lists would report confident
nonsense ("no call to action", "reading ease 119"). They ask ``reads_english`` first
and, when it says no, pass with ``NOT_ENGLISH`` instead of guessing.
"""

from __future__ import annotations

from functools import lru_cache

from smm_tui.core.analysis import Draft
from smm_tui.core.checks.base import Verdict

# Below this share of Latin letters among all letters, a draft is not English prose.
LATIN_SHARE = 0.5
# Latin letters live below U+0250 (Basic Latin to Latin Extended-B) and in
# Latin Extended Additional (U+1E00-U+1EFF, Vietnamese).
_LATIN_END = 0x250
_LATIN_ADDITIONAL = range(0x1E00, 0x1F00)

NOT_ENGLISH = Verdict("pass", "Not checked: this check reads English.")


def _latin(char: str) -> bool:
    code = ord(char)
    return code < _LATIN_END or code in _LATIN_ADDITIONAL


@lru_cache(maxsize=4)
def reads_english(draft: Draft) -> bool:
    """Whether at least half the draft's letters are Latin (a draft without letters is)."""
    text = draft.text
    if text.isascii():  # the usual case, settled without looking at a single word
        return True
    latin = other = 0
    for word in draft.words:
        piece = word.text
        if piece.isascii():
            latin += len(piece)
            continue
        for char in piece:
            if char.isalpha():
                if _latin(char):
                    latin += 1
                else:
                    other += 1
    return latin >= LATIN_SHARE * (latin + other)
