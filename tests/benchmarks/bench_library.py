"""Library benchmark: the app's hot paths on a big library, and how they scale.

    python tests/benchmarks/bench_library.py [--drafts 100000] [--small 1000]

Builds a library of N drafts with 2 notes and 3 revisions per draft (bulk inserts
through the real schema and triggers, in one transaction), then times the autosave
path, listing the 50 most recent, full-text search and opening a draft with its
notes; reports peak memory and file size, and each figure at ``--small`` drafts with
the ratio. Targets: save <= 5 ms, list <= 20 ms, search <= 20 ms, open <= 5 ms, and
each at most 3x its small-library figure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from smm_tui.core.library import Library

TARGETS_MS = {"save": 5.0, "list": 20.0, "search": 20.0, "open": 5.0}
MAX_RATIO = 3.0
PLATFORMS = ("x", "bluesky", "mastodon", "linkedin", "threads", "instagram")
STATUSES = ("draft", "ready", "published")
SENTIMENTS = ("positive", "neutral", "negative")
_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "pi", "da", "ze", "fu", "go")


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class _Text:
    """Zipf-like prose from a made-up vocabulary, so term frequencies look natural."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = _vocabulary(rng)
        self.cum_weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(self.words))))

    def sentence(self, n: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum_weights, k=n))


def _stamp(i: int) -> str:
    return f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00.{i % 999999:06d}+00:00"


def build(path: Path, drafts: int, *, seed: int = 1) -> float:
    """Fill a new library through its real schema and triggers; returns seconds taken.

    Each draft's notes go in just before the draft (foreign keys deferred to the
    commit), so the draft's search row is tokenised once with its notes instead of
    being rewritten for every note; ``note_count`` is given since the counter
    triggers find no draft row yet.
    """
    rng = random.Random(seed)
    text = _Text(rng)
    Library.open(path).close()
    started = time.perf_counter()
    library = Library.open(path)
    conn = library._conn()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    batch = 2_000
    for first in range(1, drafts + 1, batch):
        draft_rows, tag_rows, revision_rows, note_rows = [], [], [], []
        for i in range(first, min(first + batch, drafts + 1)):
            body = "\n".join(text.sentence(rng.randint(8, 20)) for _ in range(rng.randint(1, 4)))
            title = body.split("\n", 1)[0][:80]
            tags = rng.sample(("launch", "promo", "event", "hiring", "blog", "tips"), 2)
            draft_rows.append((i, title, body, rng.choice(PLATFORMS), rng.choice(STATUSES),
                               json.dumps(tags), _stamp(i), _stamp(i), rng.randint(0, 100),
                               rng.randint(0, 100), 2))
            tag_rows += [(i, tag) for tag in tags]
            revision_rows += [(i, title, text.sentence(12), _stamp(i), _stamp(i))
                              for _ in range(3)]
            note_rows += [(i, "reader", "email", rng.choice(SENTIMENTS), text.sentence(10),
                           _stamp(i)) for _ in range(2)]
        conn.executemany(
            "INSERT INTO notes (draft_id, reader, channel, sentiment, text, created)"
            " VALUES (?,?,?,?,?,?)", note_rows)
        conn.executemany(
            "INSERT INTO drafts (id, title, body, platform, status, tags, created, updated,"
            " shareability, clarity, note_count) VALUES (?,?,?,?,?,?,?,?,?,?,?)", draft_rows)
        conn.executemany("INSERT INTO draft_tags (draft_id, tag) VALUES (?, ?)", tag_rows)
        conn.executemany(
            "INSERT INTO revisions (draft_id, title, body, created, opened) VALUES (?,?,?,?,?)",
            revision_rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    library.close()
    return time.perf_counter() - started


def _time_ms(action: Callable[[], object], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"median": statistics.median(samples), "p95": samples[int(len(samples) * 0.95) - 1]}


def measure(path: Path, drafts: int, *, seed: int = 2, repeat: int = 200) -> dict[str, object]:
    """Time the hot paths on an existing library of ``drafts`` drafts."""
    rng = random.Random(seed)
    text = _Text(random.Random(1))
    library = Library.open(path)
    try:
        library.list_drafts()  # warm the connection and the schema cache
        ids = [rng.randint(1, drafts) for _ in range(repeat)]
        it = iter(ids)

        def save() -> None:
            draft_id = next(it)
            library.save_draft(draft_id, body=text.sentence(30), scores=(50, 60))

        common, middle, rare = text.words[0], text.words[60], text.words[2000]
        # Words frequent enough to fill a page of 50 hits at both sizes: equal work.
        queries = iter([middle, text.words[30], f"{text.words[5]} {text.words[40]}",
                        text.words[20]] * repeat)
        open_ids = iter(ids * 2)

        def open_draft() -> None:
            draft_id = next(open_ids)
            library.get_draft(draft_id)
            library.list_notes(draft_id)
            library.dismissed_findings(draft_id)

        figures: dict[str, object] = {
            "save": _time_ms(save, repeat),
            "list": _time_ms(library.list_drafts, repeat),
            "search": _time_ms(lambda: library.search(next(queries)), repeat),
            "search_common_word": _time_ms(lambda: library.search(common), 20),
            "search_rare_word": _time_ms(lambda: library.search(rare), 20),
            "open": _time_ms(open_draft, repeat),
        }
    finally:
        library.close()
    figures["file_mb"] = round(path.stat().st_size / 1e6, 1)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


def run(drafts: int = 100_000, small: int = 1_000, folder: Path | None = None) -> dict[str, object]:
    """Build both libraries, measure, and return every figure (ms, MB, ratios, verdicts)."""
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        results: dict[str, object] = {}
        for label, count in (("small", small), ("large", drafts)):
            path = Path(tmp) / f"{label}.db"
            build_s = build(path, count)
            figures = measure(path, count)
            figures["build_s"] = round(build_s, 2)
            figures["drafts"] = count
            results[label] = figures
    large, smaller = results["large"], results["small"]
    assert isinstance(large, dict) and isinstance(smaller, dict)
    verdicts = {}
    for key, target in TARGETS_MS.items():
        big, little = large[key]["median"], smaller[key]["median"]
        ratio = big / little if little else float("inf")
        verdicts[key] = {"median_ms": round(big, 3), "small_ms": round(little, 3),
                         "ratio": round(ratio, 2), "target_ms": target,
                         "ok": big <= target and ratio <= MAX_RATIO}
    results["verdicts"] = verdicts
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    args = parser.parse_args(argv)
    results = run(args.drafts, args.small)
    for label in ("small", "large"):
        figures = results[label]
        assert isinstance(figures, dict)
        print(f"{label}: {figures['drafts']:,} drafts built in {figures['build_s']} s, "
              f"file {figures['file_mb']} MB, peak RSS {figures['peak_rss_mb']} MB")
        for key in ("save", "list", "search", "search_common_word", "search_rare_word", "open"):
            print(f"  {key:<19} median {figures[key]['median']:7.3f} ms   "
                  f"p95 {figures[key]['p95']:7.3f} ms")
    verdicts = results["verdicts"]
    assert isinstance(verdicts, dict)
    ok = all(v["ok"] for v in verdicts.values())
    for key, v in verdicts.items():
        print(f"{key:<7} {v['median_ms']:7.3f} ms (target {v['target_ms']} ms), "
              f"{v['ratio']}x the small library -> {'ok' if v['ok'] else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
