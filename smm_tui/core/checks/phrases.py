"""Placeholder phrases checks: always pass until the real ones land."""

from __future__ import annotations

from smm_tui.core.checks.base import Context, Verdict, check


@check("cliches", "clarity", "Clichés")
def check_cliches(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("jargon", "clarity", "Jargon")
def check_jargon(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")


@check("wordy", "clarity", "Wordy phrases")
def check_wordy(ctx: Context) -> Verdict:
    return Verdict("pass", "Not checked yet.")
