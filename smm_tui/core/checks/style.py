"""Placeholder style checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("passive-voice", "clarity", "Passive voice")
def check_passive_voice(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("adverbs", "clarity", "Adverbs")
def check_adverbs(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("weasel-words", "clarity", "Weasel words")
def check_weasel_words(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
