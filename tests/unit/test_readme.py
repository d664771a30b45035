"""The README's promises: two set-up commands, and a key table that matches the bindings."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
CI = Path(__file__).resolve().parents[2] / ".ci" / "run"


def _setup_commands() -> list[str]:
    text = README.read_text()
    setup = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", setup, flags=re.S)


def test_exactly_two_setup_commands_and_ci_runs_the_second():
    commands = _setup_commands()
    assert len(commands) == 2
    install_and_run, install_and_test = commands
    assert install_and_run.rstrip().endswith("smm-tui")
    assert "[test]" in install_and_test and "pytest" in install_and_test
    assert install_and_test in CI.read_text()
    assert "SMM_TUI_REQUIRE_E2E=1" in CI.read_text()


def test_key_table_matches_the_bindings():
    from smm_tui.commands import keys_markdown

    assert keys_markdown() in README.read_text()
