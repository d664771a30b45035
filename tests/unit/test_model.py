"""How findings are shown to people."""

from __future__ import annotations

from smm_tui.core.model import Finding


def test_excerpt_is_one_short_line():
    finding = Finding(0, 300, "word\n" * 60)
    excerpt = finding.excerpt()
    assert len(excerpt) == 60 and excerpt.endswith("…") and "\n" not in excerpt
    assert Finding(0, 9, "the  the").excerpt() == "the the"
