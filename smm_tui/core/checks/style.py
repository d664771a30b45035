"""Word-level style: passive voice, -ly adverbs and vague qualifiers."""

from __future__ import annotations

from smm_tui.core.analysis import Draft, Span
from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.checks.phrases import list_verdict
from smm_tui.core.model import Finding, Status
from smm_tui.core.wordlists import load, load_words

BE_VERBS = frozenset(
    {
        "am", "is", "are", "was", "were", "be", "been", "being",
        "i'm", "you're", "we're", "they're",
        "isn't", "aren't", "wasn't", "weren't",
    }
)  # fmt: skip
# "'s" is left out on purpose: "she's written" means "she has written".
# Words that may stand between the be-verb and the participle ("is not known").
FILLERS = frozenset(
    {"not", "never", "also", "always", "often", "just", "already", "still", "all", "even"}
)
MAX_FILLERS = 2


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
    """Whether only white space separates two words (no comma, no full stop)."""
    return not text[left.end : right.start].strip()


def passive_spans(draft: Draft) -> list[tuple[int, int]]:
    """(start, end) of each passive phrase: the be-verb through the participle."""
    text = draft.text
    found: list[tuple[int, int]] = []
    for sentence in draft.sentences:
        words = draft.words_in(sentence)
        keys = [_key(w.text) for w in words]
        i = 0
        while i < len(words):
            end = _participle_after(text, words, keys, i) if keys[i] in BE_VERBS else None
            if end is None:
                i += 1
            else:
                found.append((words[i].start, words[end].end))
                i = end + 1
    return found


def _participle_after(text: str, words: list[Span], keys: list[str], i: int) -> int | None:
    """The index of the participle completing the be-verb at ``i``, if there is one.

    Further be-verbs and up to two fillers may come between ("is not being made").
    "used to" is left alone: "I am used to it" is an adjective, not a passive.
    """
    j, fillers = i + 1, 0
    while j < len(words) and _joined(text, words[j - 1], words[j]):
        if keys[j] in FILLERS and fillers < MAX_FILLERS:
            fillers += 1
        elif keys[j] not in BE_VERBS:
            break
        j += 1
    if j == len(words) or not _joined(text, words[j - 1], words[j]):
        return None
    if not _is_participle(keys[j]):
        return None
    if keys[j] == "used" and keys[j + 1 : j + 2] == ["to"]:
        return None
    return j


@check("passive-voice", "clarity", "Passive voice", weight=1.5)
def check_passive_voice(ctx: Context) -> Verdict:
    """A be-verb, up to two small words, then a past participle: "was quickly written".

    Warns on any; fails when more than a quarter of the sentences (and at least two)
    are passive, since then the whole post reads as if nobody did anything.
    """
    draft = ctx.draft
    spans = [s for s in passive_spans(draft) if not draft.in_entity(*s)]
    if not spans:
        return Verdict("pass", "Every sentence says who does what.")
    findings = tuple(Finding(s, e, draft.text[s:e], "Say who did it.") for s, e in spans)
    passive = sum(1 for s in draft.sentences if any(s.start <= a < s.end for a, _ in spans))
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
    allowed = words // ADVERB_WORDS_EACH
    return Verdict(
        status,
        f"{plural(count, 'adverb')} in {plural(words, 'word')} (aim for {allowed} or fewer). "
        "A stronger verb says it better.",
        findings,
    )


@check("weasel-words", "clarity", "Weasel words")
def check_weasel_words(ctx: Context) -> Verdict:
    """Vague qualifiers ("very", "various", "up to"). Any warns; dense ones fail."""
    return list_verdict(
        ctx,
        "weasel_words",
        "vague word",
        "say exactly what you mean.",
        default="Cut it, or be specific.",
        per=25,
    )
