"""How hard the draft is to read: Flesch scores overall, and sentence by sentence."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.checks.script import reads_english
from smm_tui.core.model import Finding, Status

# Below this many prose words the Flesch formulas swing wildly (one long word moves
# the score by 20 points), so a short post is not scored.
MIN_WORDS = 20
# How far below the target a draft may fall before the warning becomes a failure.
FAIL_MARGIN = 20.0

# Flesch's own bands, in words a marketer would use.
BANDS = (
    (90.0, "very easy"),
    (80.0, "easy"),
    (70.0, "fairly easy"),
    (60.0, "plain English"),
    (50.0, "fairly hard"),
    (30.0, "hard"),
)


def band(reading_ease: float) -> str:
    """Flesch's name for a reading-ease score."""
    for floor, name in BANDS:
        if reading_ease >= floor:
            return name
    return "very hard"


@check("readability", "clarity", "Readability", weight=2)
def check_readability(ctx: Context) -> Verdict:
    """Flesch reading ease against the user's target; grade level in the message.

    Passes without judging drafts in other scripts (the formulas count English
    syllables), or under ``MIN_WORDS`` prose words (URLs, hashtags and mentions are
    not prose): the formulas need a few sentences to mean anything.
    Warns below ``settings.readability_target``; fails below the target minus 20.
    """
    if not reads_english(ctx.draft):
        return Verdict("pass", "Readability formulas only work for English; not scored.")
    words = len(ctx.draft.words)
    if words < MIN_WORDS:
        return Verdict("pass", f"Too short to score ({plural(words, 'word')}); fine as it is.")
    score = ctx.draft.readability
    ease = score.flesch_reading_ease
    target = ctx.settings.readability_target
    grade = max(score.flesch_kincaid_grade, 0.0)
    summary = f"Reading ease {ease:.0f} ({band(ease)}), about grade {grade:.0f}."
    if ease >= target:
        return Verdict("pass", f"{summary} On target ({target:.0f}+).")
    status: Status = "fail" if ease < target - FAIL_MARGIN else "warn"
    return Verdict(
        status,
        f"{summary} Aim for {target:.0f}+: use shorter sentences and plainer words.",
    )


@check("long-sentences", "clarity", "Long sentences", weight=2)
def check_long_sentences(ctx: Context) -> Verdict:
    """Hemingway's two levels: hard sentences warn, very hard ones fail.

    A sentence is hard at ``settings.sentence_hard`` prose words and very hard at
    ``settings.sentence_very_hard``; each gets a finding spanning the sentence.
    """
    if not reads_english(ctx.draft):
        # Scripts written without spaces (Chinese, Japanese, Thai) have no words to count.
        return Verdict("pass", "Not checked: sentence length is counted in English words.")
    hard_at = ctx.settings.sentence_hard
    very_hard_at = ctx.settings.sentence_very_hard
    draft = ctx.draft
    findings: list[Finding] = []
    hard = very_hard = 0
    for sentence in draft.sentences:
        count = len(draft.words_in(sentence))
        if count >= very_hard_at:
            very_hard += 1
            advice = f"Split this {count}-word sentence in two or three."
        elif count >= hard_at:
            hard += 1
            advice = f"Split or shorten this {count}-word sentence."
        else:
            continue
        findings.append(Finding(sentence.start, sentence.end, sentence.text, advice))
    if very_hard:
        parts = [f"{plural(very_hard, 'very hard sentence')} ({very_hard_at}+ words)"]
        if hard:
            parts.append(f"{plural(hard, 'hard one')} ({hard_at}+)")
        message = f"{' and '.join(parts)}. Split them up."
        return Verdict("fail", message, tuple(findings))
    if hard:
        message = f"{plural(hard, 'hard sentence')} ({hard_at}+ words). Shorter reads faster."
        return Verdict("warn", message, tuple(findings))
    return Verdict("pass", f"Every sentence is under {hard_at} words.")
