"""How thorough are our clarity checks next to proselint and write-good?

Run: ``.venv/bin/python tests/benchmarks/clarity_coverage.py``.

A corpus of our own sentences, each labelled with the problems it really has, goes
through our checks and through the two peers, on the categories all of them know
(passive voice, weasel words, adverbs, clichés, jargon, wordy phrases, repeated
words). For each category the table shows how many labelled sentences each tool
caught, and how many clean sentences (no label at all) it flagged anyway.

The peers are never dependencies: proselint goes into a throwaway venv
(``$CLARITY_BENCH_DIR/venv``, default ``/tmp/bench-venv``) and write-good into an npm
prefix (``$CLARITY_BENCH_DIR/wg``, default ``/tmp/wg``). A peer that cannot be
installed is skipped, and the table says so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

CATEGORIES = ("passive", "weasel", "adverbs", "cliches", "jargon", "wordy", "repeated")

# (sentence, categories it really has). Written for this benchmark; "" = clean.
CORPUS: list[tuple[str, str]] = [
    # passive voice
    ("The new pricing page was designed by our studio in Lisbon.", "passive"),
    ("Every order is packed by hand and shipped the same day.", "passive"),
    ("Your feedback has been heard, and the bug is being fixed.", "passive"),
    ("The winners will be chosen at random on Friday.", "passive"),
    ("Mistakes were made during the launch, and we are sorry.", "passive"),
    ("Our first store was opened in 2019 by two sisters.", "passive"),
    ("The recipe is kept secret, even from our own staff.", "passive"),
    ("All the photos in this thread were taken on a phone.", "passive"),
    ("Refunds are not given after thirty days.", "passive"),
    ("This guide was written for people who hate spreadsheets.", "passive"),
    # weasel words
    ("Our new blend is very smooth and really easy to brew.", "weasel"),
    ("Many customers say the app saves them various hours each week.", "weasel"),
    ("Save up to 70% on selected jackets this weekend.", "weasel"),
    ("The update is fairly small but it fixes several annoying bugs.", "weasel"),
    ("Studies show that short posts get more shares.", "weasel"),
    ("It is kind of a big deal for a team our size.", "weasel"),
    ("This is probably the most comfortable chair we have ever sold.", "weasel"),
    ("Our serum can help reduce the look of fine lines.", "weasel"),
    ("The course is basically everything I wish I had known at twenty.", "weasel"),
    ("Tickets are selling extremely fast, so grab yours.", "weasel"),
    # adverbs
    ("She carefully packed each mug and gently placed it in the box.", "adverbs"),
    ("Our support team responds quickly and politely to every message.", "adverbs"),
    ("The soup simmers slowly until the flavours deepen.", "adverbs"),
    ("He nervously pressed publish on his first video.", "adverbs"),
    ("The bag folds neatly into its own pocket.", "adverbs"),
    ("We happily accept returns within thirty days.", "adverbs"),
    ("The lights dim automatically when the film starts.", "adverbs"),
    ("Customers eagerly waited outside before the doors opened.", "adverbs"),
    # clichés
    ("At the end of the day, our customers come first.", "cliches"),
    ("This little gadget is a total game changer for busy parents.", "cliches"),
    ("We think outside the box so you don't have to.", "cliches"),
    ("Our new range takes comfort to the next level.", "cliches"),
    ("Last but not least, a huge thank you to our volunteers.", "cliches,weasel"),
    ("In today's fast-paced world, nobody has time for long forms.", "cliches"),
    ("The results speak for themselves: it is the best thing since sliced bread.", "cliches"),
    ("We left no stone unturned in our search for the perfect bean.", "cliches"),
    ("Our founders hit the ground running after the funding round.", "cliches"),
    ("Let's get the ball rolling on your spring campaign.", "cliches"),
    ("This deal is a win-win for you and for the planet.", "jargon"),
    ("Only time will tell if the new format catches on.", "cliches"),
    # jargon
    ("We leverage data to drive engagement across every touchpoint.", "jargon"),
    ("Our platform creates synergy between sales and support teams.", "jargon"),
    ("Let's circle back on the budget after the holidays.", "jargon"),
    ("Teams utilize our dashboard to track their weekly goals.", "jargon"),
    ("We offer best-in-class onboarding for new clients.", "jargon"),
    ("This webinar is a deep dive into email automation.", "jargon"),
    ("Small changes to your bio can move the needle on follow-backs.", "jargon"),
    ("I don't have the bandwidth to take on another client this month.", "jargon"),
    ("Our holistic approach to skincare starts with sleep.", "jargon"),
    ("The new integration offers a seamless checkout experience.", "jargon"),
    ("We empower creators to monetize their audience.", "jargon"),
    # wordy phrases
    ("In order to join, fill in the short form below.", "wordy"),
    ("Due to the fact that demand is high, shipping takes a week.", "wordy"),
    ("At this point in time, the offer is only open to members.", "wordy"),
    ("A large number of readers asked for a printed edition.", "wordy"),
    ("We post new recipes on a daily basis.", "wordy"),
    ("Prior to the launch, we tested the app with fifty families.", "wordy"),
    ("Each and every order ships with a free gift.", "wordy"),
    ("We made a decision to close the shop on Sundays.", "wordy"),
    ("With regard to returns, please keep the original box.", "wordy"),
    ("Please take into consideration that stock is limited.", "wordy"),
    ("The majority of our fabric comes from recycled bottles.", "wordy"),
    ("We are able to ship to most countries in Europe.", "wordy"),
    # repeated words
    ("Join the the waitlist to hear first.", "repeated"),
    ("We are are hiring a community manager.", "repeated"),
    ("Tap the link in our bio to to read more.", "repeated"),
    ("It is our biggest sale of of the year.", "repeated"),
    ("Thanks for for all the kind messages this week.", "repeated"),
    # clean
    ("We roast our beans every Tuesday and ship them the next morning.", ""),
    ("Tell us what you would like to see in our next video.", ""),
    ("Our shop opens at nine and closes at six.", ""),
    ("Grab a seat: the live stream starts in ten minutes.", ""),
    ("We planted two hundred trees with your help last spring.", ""),
    ("The recipe needs four eggs, a cup of flour and some patience.", ""),
    ("Our team answered every message within a day.", ""),
    ("The new colours arrive in stores next week.", ""),
    ("I had had enough of slow laptops, so I built my own.", ""),
    ("Bring a friend and both of you get a free lesson.", ""),
    ("Our family farm has grown apples for sixty years.", ""),
    ("She is based in Leeds and works with small brands.", ""),
    ("We are excited to meet you at the market on Saturday.", ""),
    ("Daily walks helped our founder come up with the idea.", ""),
    ("Only three spots are left for the pottery class.", ""),
    ("Read the full story and share it with a friend who cooks.", ""),
    ("The early bird price ends on Sunday night.", ""),
    ("We fixed the login bug that some of you reported.", ""),
    # harder cases, written after the lists: near-misses and traps
    ("Our account got hacked last night, and your data was exposed.", "passive"),
    ("The winners are announced live on our channel.", "passive"),
    ("New designs are added every month by our illustrators.", "passive"),
    ("We offer a wide variety of teas in the event of a craving.", "wordy"),
    ("Basically, the new app is super fast.", "weasel"),
    ("Our support is second to none.", "cliches"),
    ("We pride ourselves on our laser-focused, data-driven strategy.", "jargon"),
    ("Let's touch base next week to align on the roadmap.", "jargon"),
    ("The team worked tirelessly and delivered brilliantly.", "adverbs"),
    ("Click the link in in our bio.", "repeated"),
    ("How many cups of coffee do you drink a day?", ""),
    ("It's up to you: pick the colour you like.", ""),
    ("Apply today and we will reply within a week.", ""),
    ("The jelly is homemade and the door is red.", ""),
    ("Indeed, we need your help to speed things up.", ""),
    ("Our July sale starts with a trip to Italy.", ""),
    ("He is a skilled baker who is tired of long queues.", ""),
    ("Thanks to all of you who came to the show.", ""),
]


def labelled() -> list[tuple[str, set[str]]]:
    return [(text, {c for c in labels.split(",") if c}) for text, labels in CORPUS]


# --- our checks -------------------------------------------------------------

OUR_CHECKS = {
    "passive-voice": "passive",
    "weasel-words": "weasel",
    "adverbs": "adverbs",
    "cliches": "cliches",
    "jargon": "jargon",
    "wordy": "wordy",
    "repeated-words": "repeated",
}


def ours(sentences: list[str]) -> list[set[str]]:
    """Categories our checks flag in each sentence (any finding counts)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from smm_tui.core.analysis import Draft
    from smm_tui.core.checks import all_checks
    from smm_tui.core.checks.base import REGISTRY, Context
    from smm_tui.core.platforms import get_platform
    from smm_tui.core.settings import CheckSettings

    all_checks()
    flagged = []
    for sentence in sentences:
        context = Context(Draft(sentence), get_platform("x"), CheckSettings())
        flagged.append(
            {cat for cid, cat in OUR_CHECKS.items() if REGISTRY[cid].run(context).findings}
        )
    return flagged


# --- proselint --------------------------------------------------------------

BENCH_DIR = Path(os.environ.get("CLARITY_BENCH_DIR", "/tmp"))
PROSELINT_PREFIXES = {
    "weasel_words": {"weasel"},
    "hedging": {"weasel"},
    "cliches": {"cliches"},
    "industrial_language": {"jargon"},
    "misc.greylist": {"jargon"},
    "redundancy": {"wordy"},
    "lexical_illusions": {"repeated"},
}


def _install_proselint() -> Path | None:
    venv = BENCH_DIR / ("bench-venv" if str(BENCH_DIR) == "/tmp" else "venv")
    exe = venv / "bin" / "proselint"
    if not exe.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            pip = [str(venv / "bin" / "pip"), "install", "-q", "proselint"]
            subprocess.run(pip, check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as error:
            print(f"proselint skipped: could not install it ({error}).")
            return None
    return exe


def proselint(sentences: list[str]) -> list[set[str]] | None:
    """Categories proselint flags per sentence: one sentence a line, mapped by check."""
    exe = _install_proselint()
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
        run = subprocess.run(
            [str(exe), "check", "--output-format", "json", str(path)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    try:
        result = json.loads(run.stdout)["result"]
    except (ValueError, KeyError):
        print(f"proselint skipped: unreadable output ({run.stderr.strip()[:200]}).")
        return None
    flagged: list[set[str]] = [set() for _ in sentences]
    for report in result.values():
        for item in report.get("diagnostics", []):
            line = item["pos"][0] - 1
            for prefix, cats in PROSELINT_PREFIXES.items():
                if item["check_path"].startswith(prefix):
                    flagged[line] |= cats
    return flagged


# --- write-good -------------------------------------------------------------

WRITE_GOOD_CHECKS = {
    "passive": {"passive"},
    "weasel": {"weasel"},
    "adverb": {"adverbs"},
    "cliches": {"cliches"},
    "tooWordy": {"wordy", "jargon"},
    "thereIs": {"wordy"},
    "so": {"wordy"},
    "illusion": {"repeated"},
}

NODE_SCRIPT = """
const writeGood = require(process.argv[1]);
const sentences = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const names = JSON.parse(process.argv[2]);
const out = sentences.map((s) => {
  const hits = [];
  for (const name of names) {
    const opts = {};
    for (const other of names) opts[other] = other === name;
    if (writeGood(s, opts).length) hits.push(name);
  }
  return hits;
});
process.stdout.write(JSON.stringify(out));
"""


def _install_write_good() -> Path | None:
    prefix = BENCH_DIR / "wg"
    module = prefix / "node_modules" / "write-good"
    if module.exists():
        return module
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        print("write-good skipped: node/npm not found.")
        return None
    try:
        install = [npm, "install", "--silent", "--prefix", str(prefix), "write-good"]
        subprocess.run(install, check=True, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"write-good skipped: could not install it ({error}).")
        return None
    return module


def write_good(sentences: list[str]) -> list[set[str]] | None:
    module = _install_write_good()
    if module is None:
        return None
    run = subprocess.run(
        ["node", "-e", NODE_SCRIPT, str(module), json.dumps(list(WRITE_GOOD_CHECKS))],
        input=json.dumps(sentences),
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        hits = json.loads(run.stdout)
    except ValueError:
        print(f"write-good skipped: unreadable output ({run.stderr.strip()[:200]}).")
        return None
    return [set().union(*(WRITE_GOOD_CHECKS[name] for name in names)) for names in hits]


# --- the table --------------------------------------------------------------


def score(
    corpus: list[tuple[str, set[str]]], flagged: list[set[str]], category: str
) -> tuple[int, int]:
    """(labelled sentences caught, clean sentences flagged) for one category."""
    caught = false = 0
    for (_, labels), found in zip(corpus, flagged, strict=True):
        if category in found:
            caught += category in labels
            false += not labels
    return caught, false


def misses(
    corpus: list[tuple[str, set[str]]], flagged: list[set[str]]
) -> Iterable[tuple[str, str, str]]:
    """(kind, category, sentence) for every miss and every flag on a clean sentence."""
    for (text, labels), found in zip(corpus, flagged, strict=True):
        for category in sorted(labels - found):
            yield "missed", category, text
        for category in sorted(found - labels):
            yield "false alarm" if not labels else "extra", category, text


def main() -> None:
    corpus = labelled()
    sentences = [text for text, _ in corpus]
    tools: dict[str, Callable[[list[str]], list[set[str]] | None]] = {
        "smm-tui": ours,
        "proselint": proselint,
        "write-good": write_good,
    }
    results = {name: tool(sentences) for name, tool in tools.items()}
    clean = sum(1 for _, labels in corpus if not labels)
    print(f"\n{len(corpus)} sentences, {clean} of them clean.")
    print("Each cell: labelled sentences caught / clean sentences flagged (lower is better).\n")
    header = f"{'category':10} {'labelled':>8} " + " ".join(f"{name:>12}" for name in results)
    print(header)
    print("-" * len(header))
    totals = {name: [0, 0] for name in results}
    for category in CATEGORIES:
        labelled_count = sum(1 for _, labels in corpus if category in labels)
        cells = []
        for name, flagged in results.items():
            if flagged is None:
                cells.append(f"{'skipped':>12}")
                continue
            caught, false = score(corpus, flagged, category)
            totals[name][0] += caught
            totals[name][1] += false
            cells.append(f"{f'{caught} / {false}':>12}")
        print(f"{category:10} {labelled_count:>8} " + " ".join(cells))
    labelled_total = sum(len(labels) for _, labels in corpus)
    cells = [
        f"{'skipped':>12}" if results[name] is None else f"{f'{c} / {f}':>12}"
        for name, (c, f) in totals.items()
    ]
    print("-" * len(header))
    print(f"{'total':10} {labelled_total:>8} " + " ".join(cells))
    print("\nFlags on problem sentences outside their labels (unlabelled extras):")
    for name, flagged in results.items():
        if flagged is not None:
            extra = sum(
                len(found - labels)
                for (_, labels), found in zip(corpus, flagged, strict=True)
                if labels
            )
            print(f"  {name}: {extra}")
    if "-v" in sys.argv and results["smm-tui"] is not None:
        print("\nOur misses and false alarms:")
        for kind, category, text in misses(corpus, results["smm-tui"]):
            print(f"  {kind:11} {category:9} {text}")


if __name__ == "__main__":
    main()
