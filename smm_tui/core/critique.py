"""The engine's one entry point: ``critique(text, platform, settings)``."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from smm_tui.core.analysis import Draft
from smm_tui.core.checks import all_checks
from smm_tui.core.checks.base import CheckSpec, Context, Verdict
from smm_tui.core.checks.script import reads_english
from smm_tui.core.model import CheckResult, Critique, Group, Length, Status
from smm_tui.core.platforms import Platform, get_platform
from smm_tui.core.settings import CheckSettings

# How much each status is worth towards its group's score.
STATUS_VALUE: dict[Status, float] = {"pass": 1.0, "warn": 0.5, "fail": 0.0}

Dismissal = tuple[str, str]
"""A finding the user chose to ignore: (check id, the exact text it flagged)."""


def critique(
    text: str,
    platform: str | Platform = "x",
    settings: CheckSettings | None = None,
    dismissed: Collection[Dismissal] = (),
) -> Critique:
    """Run every check on ``text`` and score it for shareability and clarity.

    Findings in ``dismissed`` are left out; a check whose findings were all dismissed
    passes, and so stops counting against its group's score.
    """
    profile = platform if isinstance(platform, Platform) else get_platform(platform)
    settings = settings or CheckSettings()
    draft = Draft(text)
    context = Context(draft, profile, settings)
    specs = all_checks()
    results = tuple(_run(spec, context, dismissed) for spec in specs)
    weights = {spec.id: spec.weight for spec in specs}
    english = reads_english(draft)
    readability = draft.readability if english else None
    return Critique(
        platform=profile.id,
        length=Length(profile.count(text), profile.limit, profile.unit),
        shareability=_score(results, "shareability", settings, weights),
        clarity=_score(results, "clarity", settings, weights),
        flesch_reading_ease=readability.flesch_reading_ease if readability else None,
        flesch_kincaid_grade=readability.flesch_kincaid_grade if readability else None,
        checks=results,
    )


def warm_up() -> None:
    """Load every word list and dictionary now, so no later keystroke pays for it.

    The app calls this on a worker thread at start; a one-shot ``smm-tui check`` doesn't,
    since it loads only what its post needs.
    """
    from smm_tui.core.word_counts import english_counts

    critique("Our teem shipped #socialmediamarketing today. Was it writen well? Tell me!")
    english_counts().warm()


def _run(spec: CheckSpec, context: Context, dismissed: Collection[Dismissal]) -> CheckResult:
    if spec.id in context.settings.disabled:
        verdict = Verdict("pass", "Turned off in your settings.")
    else:
        verdict = spec.run(context)
    findings = verdict.findings
    status = verdict.status
    message = verdict.message
    if dismissed and findings:
        kept = tuple(f for f in findings if (spec.id, f.text) not in dismissed)
        if not kept:
            status, message = "pass", "Every finding here was dismissed for this draft."
        findings = kept
    return CheckResult(spec.id, spec.group, status, message, findings)


def _score(
    results: Iterable[CheckResult],
    group: Group,
    settings: CheckSettings,
    weights: Mapping[str, float],
) -> int:
    total = earned = 0.0
    for result in results:
        if result.group != group or result.id in settings.disabled:
            continue
        weight = weights[result.id]
        total += weight
        earned += weight * STATUS_VALUE[result.status]
    return round(100 * earned / total) if total else 100
