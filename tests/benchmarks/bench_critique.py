"""Critique speed: warm latency while typing, and whole-process ``smm-tui check`` vs proselint.

Run: ``.venv/bin/python tests/benchmarks/bench_critique.py``. proselint is installed
into the benchmark's own virtual environment (``tests/benchmarks/.peers``), never as a
dependency of smm-tui.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS = HERE / ".peers"

SENTENCES = [
    "We just shipped dark mode, and it is very easy on the eyes at night.",
    "Our team rebuilt onboarding from scratch after reading your feedback.",
    "The new dashboard was designed by the people who use it every day.",
    "At the end of the day, we want to leverage synergy across every channel.",
    "Try it today and tell us what you think in the comments!",
    "Read the full story at https://example.com/blog/dark-mode #DarkMode",
    "Thanks to @jordan and @sam for testing early builds 🚀",
    "Customers told us the old flow was really confusing, so we fixed it.",
    "In order to make sharing easier, every post now has a copy button.",
    "What feature should we build next?",
    "Join the webinar on Thursday to see a live demo.",
    "This update basically changes everything about how you plan a launch.",
]


def make_text(length: int, seed: int) -> str:
    """Marketing-like prose of about ``length`` characters, in short paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence + ("\n\n" if rng.random() < 0.25 else " "))
        size += len(parts[-1])
    return "".join(parts)[:length]


def typing_latency(length: int, keystrokes: int = 60) -> float:
    """Median ms to critique each text a user produces by typing at the end of a draft."""
    from smm_tui.core.critique import critique

    base = make_text(length - keystrokes, seed=length)
    critique(base, "x")  # warm: word lists, lexicon and regexes loaded
    typed = "Tell me what you think of this new feature today"
    samples = []
    for i in range(keystrokes):
        text = base + typed[: i % len(typed) + 1]
        start = time.perf_counter()
        critique(text, "facebook" if length > 10_000 else "linkedin" if length > 280 else "x")
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def ensure_proselint() -> Path | None:
    """proselint in the benchmark's own venv; None if it cannot be installed here."""
    exe = PEERS / "bin" / "proselint"
    if exe.exists():
        return exe
    try:
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        subprocess.run(
            [str(PEERS / "bin" / "pip"), "install", "-q", "proselint"],
            check=True, capture_output=True, timeout=600,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"  (proselint unavailable: {exc})")
        return None
    return exe


def compile_bytecode() -> None:
    """Compile smm_tui as pip does for an installed package (pip compiles proselint's).

    An editable install leaves that to the first import, and not at all where
    PYTHONDONTWRITEBYTECODE is set; each run would then compile the source again.
    """
    import smm_tui

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(smm_tui.__file__).parent)],
        check=True, capture_output=True,
    )


def process_times(rounds: int = 10) -> dict[str, float]:
    """Median wall time of one ``smm-tui check`` and one ``proselint check``, interleaved."""
    compile_bytecode()
    smm = Path(sys.executable).with_name("smm-tui")
    proselint = ensure_proselint()
    with tempfile.TemporaryDirectory() as tmp:
        post = Path(tmp) / "post.md"
        post.write_text(make_text(1200, seed=7), encoding="utf-8")
        commands = {"smm-tui check": [str(smm), "check", str(post)]}
        if proselint:
            commands["proselint check"] = [str(proselint), "check", str(post)]
        for command in commands.values():  # warm the file cache
            subprocess.run(command, capture_output=True)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, capture_output=True)
                times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def run() -> dict[str, float]:
    figures = {
        "critique 280 chars (ms, median)": typing_latency(280),
        "critique 3,000 chars (ms, median)": typing_latency(3000),
        "critique 60,000 chars (ms, median)": typing_latency(60_000, keystrokes=20),
    }
    for name, ms in process_times().items():
        figures[f"{name} process (ms, median)"] = ms
    return figures


TARGETS = {
    "critique 280 chars (ms, median)": 2,
    "critique 3,000 chars (ms, median)": 10,
    "critique 60,000 chars (ms, median)": 150,
}


def main() -> None:
    print("critique engine")
    figures = run()
    for name, value in figures.items():
        target = TARGETS.get(name)
        note = f"  (target ≤ {target})" if target else ""
        print(f"  {name:<40} {value:9.2f}{note}")
    if "proselint check process (ms, median)" in figures:
        ratio = figures["smm-tui check process (ms, median)"] / figures[
            "proselint check process (ms, median)"
        ]
        print(f"  {'smm-tui / proselint':<40} {ratio:9.2f}  (target ≤ 1.00)")


if __name__ == "__main__":
    main()
