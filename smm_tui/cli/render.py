"""Plain-text reports for people. Control characters in user text are shown escaped."""

from __future__ import annotations

from bisect import bisect_right

from smm_tui.core.model import CheckResult, Critique

MARKS = {"pass": "✓", "warn": "!", "fail": "✗"}
_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]}
_CONTROL |= {c: f"\\u{c:04x}" for c in range(0x80, 0xA0)}


def safe(text: str) -> str:
    """User text with control characters escaped, so an ANSI escape can't drive the terminal."""
    return text.translate(_CONTROL)


class LineIndex:
    """Turns string offsets into 1-based line:column positions."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def meter(count: int, limit: int, width: int = 20) -> str:
    filled = min(width, round(width * count / limit)) if limit else width
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def critique_report(name: str, text: str, result: Critique, verbose: bool = False) -> str:
    """Grouped by check: the mark, the message, then each finding at line:column."""
    index = LineIndex(text)
    length = result.length
    over = "  OVER THE LIMIT" if length.over else ""
    lines = [
        f"{safe(name)} — {result.platform}",
        f"  length  {meter(length.count, length.limit)} {length.count}/{length.limit}"
        f" {length.unit}{over}",
        f"  scores  shareability {result.shareability}/100   clarity {result.clarity}/100"
        + _readability(result),
    ]
    for group in ("shareability", "clarity"):
        lines.append(f"\n  {group}")
        checks = [c for c in result.checks if c.group == group]
        lines.extend(_check_lines(c, index, name, verbose) for c in checks)
    return "\n".join(lines)


def _readability(result: Critique) -> str:
    ease, grade = result.flesch_reading_ease, result.flesch_kincaid_grade
    if ease is None or grade is None:
        return "   (readability: English only)"
    return f"   (reading ease {ease:.1f}, grade {grade:.1f})"


def _check_lines(check: CheckResult, index: LineIndex, name: str, verbose: bool) -> str:
    out = [f"    {MARKS[check.status]} {check.status:<4} {check.id:<15} {safe(check.message)}"]
    if check.status != "pass" or verbose:
        for finding in check.findings:
            line, column = index.position(finding.start)
            hint = f"  → {safe(finding.suggestion)}" if finding.suggestion else ""
            shown = safe(finding.excerpt())
            out.append(f"        {safe(name)}:{line}:{column}  “{shown}”{hint}")
    return "\n".join(out)
