"""Word-level style: passive voice, -ly adverbs and vague qualifiers."""

from __future__ import annotations

import re
from bisect import bisect_right

from smm_tui.core.analysis import Draft, Span
from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.checks.phrases import list_status, list_verdict
from smm_tui.core.checks.script import NOT_ENGLISH, reads_english
from smm_tui.core.model import Finding, Status
from smm_tui.core.wordlists import load, load_words, normalize

BE_VERBS = frozenset(
    {
        "am", "is", "are", "was", "were", "be", "been", "being",
        "i'm", "you're", "we're", "they're",
        "isn't", "aren't", "wasn't", "weren't",
    }
)  # fmt: skip
# "'s" is left out on purpose: "she's written" means "she has written".
# The get-passive: "it got fixed", "we get asked this a lot".
GET_VERBS = frozenset({"get", "gets", "got", "gotten", "getting"})
# Words that may stand between the be-verb and the participle ("is not known").
FILLERS = frozenset(
    {"not", "never", "also", "always", "often", "just", "already", "still", "all", "even"}
)
MAX_FILLERS = 2
BE_LONGEST = max(len(w) for w in BE_VERBS)


def _key(word: str) -> str:
    return word.replace("’", "'").casefold()


def _is_participle(word: str) -> bool:
    """A past participle that makes a passive: -ed words and irregular ones.

    Adjectives that look like participles ("excited", "based", "indeed") are exempt.
    """
    if word in load_words("passive_exceptions"):
        return False
    if word in load_words("irregular_participles"):
        return True
    return len(word) >= 4 and word.endswith("ed") and word.isalpha()


def _joined(text: str, left: Span, right: Span) -> bool:
    """Whether only spaces separate two words (no comma, full stop or line break)."""
    gap = text[left.end : right.start]
    return gap == " " or (not gap.strip(" \t\u00a0") and bool(gap))


def passive_spans(draft: Draft) -> list[tuple[int, int]]:
    """(start, end) of each passive phrase: the be- or get-verb through the participle.

    Words must follow one another with only spaces between, so a phrase never runs
    across punctuation or a line break (which ends a sentence in a post).
    """
    text = draft.text
    words = draft.words
    found: list[tuple[int, int]] = []
    last = len(words) - 1
    i = 0
    while i < last:
        word = words[i].text
        if len(word) > BE_LONGEST:
            i += 1
            continue
        key = _key(word)
        if key in BE_VERBS:
            end = _participle_after(text, words, i)
        elif key in GET_VERBS:
            end = _got_participle(text, words, i)
        else:
            i += 1
            continue
        if end is None:
            i += 1
        else:
            found.append((words[i].start, words[end].end))
            i = end + 1
    return found


def _participle_after(text: str, words: list[Span], i: int) -> int | None:
    """The index of the participle completing the be-verb at ``i``, if there is one.

    Further be-verbs and up to two fillers may come between ("is not being made").
    "used to" is left alone: "I am used to it" is an adjective, not a passive.
    """
    j, fillers = i + 1, 0
    while j < len(words) and _joined(text, words[j - 1], words[j]):
        key = _key(words[j].text)
        if key in FILLERS and fillers < MAX_FILLERS:
            fillers += 1
        elif key not in BE_VERBS:
            if not _is_participle(key):
                return None
            if key == "used" and j + 1 < len(words) and _key(words[j + 1].text) == "to":
                return None
            return j if _acts(text, words, j) else None
        j += 1
    return None


def _acts(text: str, words: list[Span], j: int) -> bool:
    """Whether the participle at ``j`` names an action, not a state.

    "The store is closed on Sunday" is a state; "was closed by the council" names
    who acted, so a "by" after a stative participle makes it passive again.
    """
    if _key(words[j].text) not in load_words("passive_stative"):
        return True
    after = j + 1
    return (
        after < len(words)
        and _key(words[after].text) == "by"
        and _joined(text, words[j], words[after])
    )


def _got_participle(text: str, words: list[Span], i: int) -> int | None:
    """The participle right after a form of "get" ("got fixed"), if it makes a passive.

    Idioms ("get started", "got used to") and adjectives ("got excited") do not.
    """
    j = i + 1
    if j >= len(words) or not _joined(text, words[i], words[j]):
        return None
    key = _key(words[j].text)
    if key in load_words("passive_get_idioms") or not _is_participle(key):
        return None
    return j if _acts(text, words, j) else None


@check("passive-voice", "clarity", "Passive voice", weight=1.5)
def check_passive_voice(ctx: Context) -> Verdict:
    """A be-verb, up to two small words, then a past participle: "was quickly written".

    Warns on any; fails when more than a quarter of the sentences (and at least two)
    are passive, since then the whole post reads as if nobody did anything.
    """
    if not reads_english(ctx.draft):
        return NOT_ENGLISH
    draft = ctx.draft
    touches_entity = draft.in_entity
    spans = [s for s in passive_spans(draft) if not touches_entity(*s)]
    if not spans:
        return Verdict("pass", "Every sentence says who does what.")
    findings = tuple(Finding(s, e, draft.text[s:e], "Say who did it.") for s, e in spans)
    sentence_starts = [s.start for s in draft.sentences]
    passive = len({bisect_right(sentence_starts, start) for start, _ in spans})
    total = len(draft.sentences)
    status: Status = "fail" if passive >= 2 and passive * 4 > total else "warn"
    if total == 1:
        share = "The sentence uses"
    else:
        share = f"{passive} of {total} sentences {'uses' if passive == 1 else 'use'}"
    advice = "Name who acts: “we built it”, not “it was built”."
    return Verdict(status, f"{share} the passive voice. {advice}", findings)


def _starts_sentence(text: str, index: int) -> bool:
    """Whether only spaces stand between ``index`` and a sentence end or line start."""
    i = index - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?…\n"


# An adverb allowance: one per this many prose words passes; denser warns.
ADVERB_WORDS_EACH = 40
# Three or more adverbs at one per this many words (or denser) fail.
ADVERB_FAIL_WORDS_EACH = 15


def adverb_spans(draft: Draft) -> list[Span]:
    """-ly words that are adverbs of manner or degree.

    Skipped: words that only look like adverbs (``adverb_exceptions``: "family",
    "daily"), the vague ones the weasel-words check reports ("really"), and
    capitalised words inside a sentence, which are names ("Beverly").
    """
    exceptions = load_words("adverb_exceptions")
    weasels = load("weasel_words")
    text = draft.text
    found = []
    for word in draft.words:
        key = _key(word.text)
        if not key.endswith("ly") or len(key) < 5 or not key.isalpha():
            continue
        if key in exceptions or key in weasels.suggestions:
            continue
        if word.text[0].isupper() and not _starts_sentence(text, word.start):
            continue
        found.append(word)
    return found


@check("adverbs", "clarity", "Adverbs")
def check_adverbs(ctx: Context) -> Verdict:
    """-ly adverbs that prop up a weak verb ("walked slowly" → "strolled").

    Every one is listed. The check passes with up to one per 40 prose words (one in a
    typical tweet), warns above that, and fails at three or more when there is one
    every 15 words or closer.
    """
    if not reads_english(ctx.draft):
        return NOT_ENGLISH
    spans = adverb_spans(ctx.draft)
    count = len(spans)
    words = len(ctx.draft.words)
    findings = tuple(
        Finding(s.start, s.end, s.text, "Cut it, or use a stronger verb.") for s in spans
    )
    if count * ADVERB_WORDS_EACH <= words:
        message = f"{plural(count, 'adverb')} in {plural(words, 'word')}: fine."
        return Verdict("pass", message if count else "No -ly adverbs.", findings)
    status: Status = "fail" if count >= 3 and count * ADVERB_FAIL_WORDS_EACH >= words else "warn"
    return Verdict(
        status,
        f"{plural(count, 'adverb')} in {plural(words, 'word')}; aim for at most one "
        f"every {ADVERB_WORDS_EACH} words. A stronger verb says it better.",
        findings,
    )


# Claims of quantity that are only vague before a figure: "up to 50%" hides the
# typical result, while "it's up to you" is plain English.
BEFORE_A_FIGURE = frozenset({"up to", "as much as", "as many as"})
# Words before a weasel word that make it precise or idiomatic: "how many" asks.
EXCUSED_AFTER = {"many": ("how",), "a lot": ("thanks", "thank you")}
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
     "million", "half", "double", "triple"}
)  # fmt: skip
_FIGURE_RE = re.compile(r"\s*[$€£¥]?\s*(?:\d|([a-z]+))", re.IGNORECASE)
_PREVIOUS_WORD_RE = re.compile(r"([a-z]+(?:\s+you)?)\s*$", re.IGNORECASE)


def _vague_here(text: str, finding: Finding) -> bool:
    """Whether a listed weasel word is vague where it stands (see the tables above)."""
    key = normalize(finding.text)
    if key in BEFORE_A_FIGURE:
        figure = _FIGURE_RE.match(text, finding.end)
        if figure is None:
            return False
        word = figure.group(1)
        return word is None or word.lower() in _NUMBER_WORDS
    excused = EXCUSED_AFTER.get(key)
    if excused:
        before = _PREVIOUS_WORD_RE.search(text[max(0, finding.start - 12) : finding.start])
        return not (before and normalize(before.group(1)) in excused)
    return True


@check("weasel-words", "clarity", "Weasel words")
def check_weasel_words(ctx: Context) -> Verdict:
    """Vague qualifiers ("very", "various", "up to 50%"). Any warns; dense ones fail.

    "up to", "as much as" and "as many as" count only before a figure, and "how
    many" or "thanks a lot" are not vague.
    """
    verdict = list_verdict(
        ctx,
        "weasel_words",
        "vague word",
        "say exactly what you mean.",
        default="Cut it, or be specific.",
        per=25,
    )
    kept = tuple(f for f in verdict.findings if _vague_here(ctx.text, f))
    if len(kept) == len(verdict.findings):
        return verdict
    if not kept:
        return Verdict("pass", "No vague words.")
    status = list_status(len(kept), len(ctx.draft.words), 25)
    return Verdict(status, f"{plural(len(kept), 'vague word')}: say exactly what you mean.", kept)
