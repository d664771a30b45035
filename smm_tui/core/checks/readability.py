"""Placeholder readability checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("readability", "clarity", "Readability")
def check_readability(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("long-sentences", "clarity", "Long sentences")
def check_long_sentences(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
