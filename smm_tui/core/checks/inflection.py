"""Put a suggested verb in the form of the word it replaces: "leverages" -> "uses".

Lists file one suggestion for every form of a phrase ("leverage; leverages;
leveraged; leveraging | use"). A form is treated as a verb's only when the list
proves it: its base form shares the suggestion, and (for -s, which nouns take too)
so does an -ed or -ing form. So "leverages" gets "uses", while "synergies" keeps
"teamwork" and "moving forward" keeps "from now on".
"""

from __future__ import annotations

from collections.abc import Mapping

# Past forms of the irregular verbs that suggestions use; a verb whose past tense and
# participle differ ("do": did/done) is left uninflected after -ed.
_IRREGULAR_PAST = {
    "build": "built", "buy": "bought", "cut": "cut", "find": "found", "get": "got",
    "hold": "held", "keep": "kept", "make": "made", "pay": "paid", "put": "put",
    "say": "said", "sell": "sold", "send": "sent", "set": "set", "spend": "spent",
    "tell": "told", "think": "thought",
}  # fmt: skip
_AMBIGUOUS_PAST = frozenset(
    {"begin", "come", "do", "give", "go", "run", "see", "show", "take", "write"}
)
_VOWELS = "aeiou"
_SUFFIXES = ("ing", "ed", "s")


def _stems(word: str, suffix: str) -> list[str]:
    """Base forms ``word`` may come from: "leveraging" -> "leverag", "leverage", ..."""
    stem = word[: -len(suffix)]
    if not stem:
        return []
    found = [stem, stem + "e"]
    if suffix == "s" and stem.endswith("e"):
        found.append(stem[:-1])  # "pushes" -> "push"
    if suffix == "s" and stem.endswith("ie"):
        found.append(stem[:-2] + "y")  # "simplifies" -> "simplify"
    if suffix == "ed" and stem.endswith("i"):
        found.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        found.append(stem[:-1])  # "hitting" -> "hit"
    return found


def _doubles(verb: str) -> bool:
    """Whether a short verb doubles its last consonant: "cut" -> "cutting"."""
    return (
        len(verb) <= 4
        and len(verb) >= 3
        and verb[-1] not in _VOWELS + "wxy"
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
    )


def inflect(verb: str, suffix: str) -> str | None:
    """``verb`` with -s, -ed or -ing, by English spelling rules; None if unsure."""
    if suffix == "s":
        if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
            return verb + "es"
        if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
            return verb[:-1] + "ies"
        return verb + "s"
    if suffix == "ed":
        if verb in _IRREGULAR_PAST:
            return _IRREGULAR_PAST[verb]
        if verb in _AMBIGUOUS_PAST:
            return None
        if verb.endswith("e"):
            return verb + "d"
        if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
            return verb[:-1] + "ied"
        return verb + verb[-1] + "ed" if _doubles(verb) else verb + "ed"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + verb[-1] + "ing" if _doubles(verb) else verb + "ing"


def _listed_verb(first: str, rest: str, suffix: str, same: set[str]) -> bool:
    """Whether the list holds this phrase's base form (and, for -s, another verb form)."""
    for base in _stems(first, suffix):
        if base + rest not in same:
            continue
        if suffix != "s":
            return True
        forms = {inflect(base, "ing"), inflect(base, "ed"), base + "ing", base + "ed"}
        if any(f + rest in same for f in forms if f):
            return True
    return False


def matching_form(matched: str, listed: str, suggestions: Mapping[str, str | None]) -> str:
    """``listed`` (a replacement) inflected like the first word of ``matched``.

    ``matched`` is the normalised phrase found in the draft; ``suggestions`` the
    list's phrase -> suggestion table. Returns ``listed`` unchanged when unsure.
    """
    first, space, rest = matched.partition(" ")
    verb, space2, tail = listed.partition(" ")
    if not verb.isalpha():
        return listed
    for suffix in _SUFFIXES:
        if not first.endswith(suffix) or verb.endswith(suffix):
            continue
        same = {p for p, s in suggestions.items() if s == listed}
        if not _listed_verb(first, space + rest, suffix, same):
            return listed
        form = inflect(verb, suffix)
        return form + space2 + tail if form else listed
    return listed
