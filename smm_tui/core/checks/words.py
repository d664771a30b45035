"""Placeholder words checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("repeated-words", "clarity", "Repeated words")
def check_repeated_words(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("spelling", "clarity", "Spelling")
def check_spelling(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
