"""Every benchmark figure the issues name, with the peers they name, in one run.

Run: ``.venv/bin/python tests/benchmarks/run_all.py`` (about 5 minutes; the library
benchmark builds a 100,000-draft library in a temporary folder). Pass ``--quick`` for a
smaller library when you only want a smoke run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    quick = "--quick" in sys.argv
    import bench_app
    import bench_critique
    import bench_library

    bench_critique.main()
    print()
    bench_library.main(["--drafts", "5000"] if quick else [])
    print()
    bench_app.main(["--quick"] if quick else [])


if __name__ == "__main__":
    main()
