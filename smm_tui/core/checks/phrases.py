"""Stock phrases, buzzwords and wordy phrases, each found through a shipped word list."""

from __future__ import annotations

from dataclasses import replace

from smm_tui.core.checks.base import Context, Verdict, check, plural
from smm_tui.core.checks.inflection import matching_form
from smm_tui.core.checks.script import NOT_ENGLISH, reads_english
from smm_tui.core.model import Finding, Status
from smm_tui.core.wordlists import PhraseList, advice, load, normalize


def list_status(count: int, words: int, per: int) -> Status:
    """Any finding warns; three or more fail when denser than one per ``per`` words.

    So a stray cliché in a long article warns, while a post built from them fails.
    """
    if count >= 3 and count * per > words:
        return "fail"
    return "warn" if count else "pass"


def _in_form(phrases: PhraseList, finding: Finding) -> Finding:
    """The finding with its replacement in the flagged word's form ("leverages": "uses")."""
    listed = phrases.suggestion(finding.text)
    if not listed or advice(listed) != f'Try "{listed}".':
        return finding
    form = matching_form(normalize(finding.text), listed, phrases.suggestions)
    return finding if form == listed else replace(finding, suggestion=advice(form))


def list_verdict(
    ctx: Context,
    list_name: str,
    noun: str,
    advice: str,
    default: str | None = None,
    per: int = 50,
) -> Verdict:
    """Run one word list over the prose (URLs, hashtags, mentions skipped)."""
    draft = ctx.draft
    if not reads_english(draft):
        return NOT_ENGLISH
    phrases = load(list_name)
    findings = tuple(
        _in_form(phrases, f)
        for f in phrases.find(draft.text, default=default, skip=draft.in_entity)
    )
    if not findings:
        return Verdict("pass", f"No {noun}s.")
    status = list_status(len(findings), len(draft.words), per)
    return Verdict(status, f"{plural(len(findings), noun)}: {advice}", findings)


@check("cliches", "clarity", "Clichés")
def check_cliches(ctx: Context) -> Verdict:
    return list_verdict(
        ctx,
        "cliches",
        "cliché",
        "readers skim past stock phrases. Say it your own way.",
        default="Say it in your own words.",
    )


@check("jargon", "clarity", "Jargon")
def check_jargon(ctx: Context) -> Verdict:
    return list_verdict(
        ctx,
        "jargon",
        "buzzword",
        "use the plain word your readers would use.",
        default="Use a plain word.",
    )


@check("wordy", "clarity", "Wordy phrases")
def check_wordy(ctx: Context) -> Verdict:
    return list_verdict(
        ctx,
        "wordy",
        "wordy phrase",
        "the shorter form says the same in less space.",
        default="Say it in fewer words.",
    )
