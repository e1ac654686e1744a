#!/usr/bin/env python3
"""Sorts chronicle's TBAQ mistakes by what the gold itself does with them.

Usage: scripts/tbaq_error_audit.py GOLD_DIR SYSTEM_DIR [--scorer PATH] [--list CLASS]

GOLD_DIR holds the TimeBank and AQUAINT .tml files, SYSTEM_DIR what
`chronicle timeml --out-dir` wrote for them. Extents are matched as the
TempEval-3 scorer matches them (../shared/tools/timeml_score.py, imported from
--scorer). Each mistake gets one class:

  value mistakes
    notation     the same quantity written another way (P2.5Y / P2Y6M,
                 PT24H / P1D, T17 / T17:00)
    ill-formed   a gold value that is not well-formed TIMEX3 (an unpadded
                 week "2000-W7") or that contradicts its own text (a
                 "Wednesday" that is not a Wednesday)
    both-ways    a value of another form than chronicle's, where the gold
                 gives the same phrase, elsewhere in the corpus, a value of
                 chronicle's form ("last week" is 1989-W43 in one file and
                 1989-WXX in another)
    reading      a value of the same form that names another time (which
                 Friday, which year): chronicle's mistake or the gold's
    other        the rest: a form the gold never gives that phrase
  extent mistakes
    spurious-tagged-elsewhere / missed-untagged-elsewhere: the gold tags the
                 same phrase in one place and leaves it in another
    spurious-other / missed-other

It prints the counts, and the value F1 that each class would add if it were
counted right, so that what a rule could still win is plain. It reads no
file of the product; it is a tool for the dev set only.
"""
import argparse
import collections
import datetime
import importlib.util
import os
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("timeml_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def norm(text):
    return re.sub(r"\s+", " ", text.lower()).strip(" .,")


def shape(value):
    """The form of a value with its numbers hidden: 1989-W43 -> 9-W9."""
    return re.sub(r"\d+", "9", value)


def duration_days(value):
    """Days in a plain duration (P1D, PT24H, P2.5Y, P2Y6M), else None."""
    m = re.fullmatch(r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?)?", value)
    if not m or value in ("P", "PT"):
        return None
    y, mo, w, d, h, mi = (float(x) if x else 0.0 for x in m.groups())
    return y * 365 + mo * 30 + w * 7 + d + h / 24 + mi / 1440


def same_notation(gold, system):
    # Decades and centuries: TIMEX3 writes 198 and 19; some annotators 198X, 19XX.
    if re.fullmatch(r"\d{2,3}X+", gold) and gold.rstrip("X") == system:
        return True
    # Decades and millennia as units: P1E for P10Y, P2L for P2000Y.
    m = re.fullmatch(r"P(\d+)([EL])", gold)
    if m and system == f"P{int(m.group(1)) * (10 if m.group(2) == 'E' else 1000)}Y":
        return True
    if gold.startswith("P") and system.startswith("P"):
        a, b = duration_days(gold), duration_days(system)
        if a is not None and b is not None and abs(a - b) < 1e-6:
            return True
    # Clock times: 1989-11-06T17 is 1989-11-06T17:00.
    if re.fullmatch(r".*T\d\d", gold) and system == gold + ":00":
        return True
    return False


def ill_formed(gold, text):
    if re.fullmatch(r"\d{4}-W\d", gold):
        return True
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", gold)
    named = [i for i, w in enumerate(WEEKDAYS) if w in text.lower()]
    if m and len(named) == 1:
        try:
            day = datetime.date(*map(int, m.groups()))
        except ValueError:
            return True
        return day.weekday() != named[0]
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "../../shared/tools/timeml_score.py"))
    ap.add_argument("--list", default="", help="print the mistakes of this class")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)

    files = sorted(f for f in os.listdir(args.gold) if f.endswith(".tml"))
    gold_docs, sys_docs = {}, {}
    shapes_of = collections.defaultdict(set)  # phrase -> gold value shapes
    tagged = collections.Counter()
    plain = []
    for name in files:
        gold_docs[name] = scorer.text_and_timexes(os.path.join(args.gold, name))
        sys_docs[name] = scorer.text_and_timexes(os.path.join(args.system, name))
        text, timexes = gold_docs[name]
        plain.append(text.lower())
        for g in timexes:
            shapes_of[norm(g[4])].add(shape(g[3]))
            tagged[norm(g[4])] += 1
    corpus = "\n".join(plain)

    def occurrences(phrase):
        return len(re.findall(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", corpus))

    counts = collections.Counter()
    listed = []
    n_gold = n_sys = relaxed = value_ok = 0
    for name in files:
        text, gold = gold_docs[name]
        pred = sys_docs[name][1]
        n_gold += len(gold)
        n_sys += len(pred)
        used = set()
        for g in gold:
            match = next((i for i, p in enumerate(pred) if i not in used and (p[0], p[1]) == (g[0], g[1])), None)
            if match is None:
                match = next((i for i, p in enumerate(pred) if i not in used and p[0] < g[1] and g[0] < p[1]), None)
            if match is None:
                phrase = norm(g[4])
                cls = "missed-untagged-elsewhere" if occurrences(phrase) > tagged[phrase] else "missed-other"
                counts[cls] += 1
                listed.append((cls, f"{name}: missed {g[4]!r} {g[3]}"))
                continue
            used.add(match)
            relaxed += 1
            p = pred[match]
            if p[3] == g[3]:
                value_ok += 1
                continue
            if same_notation(g[3], p[3]):
                cls = "notation"
            elif ill_formed(g[3], g[4]):
                cls = "ill-formed"
            elif shape(p[3]) == shape(g[3]):
                cls = "reading"
            elif shape(p[3]) in shapes_of[norm(g[4])] or shape(p[3]) in shapes_of[norm(p[4])]:
                cls = "both-ways"
            else:
                cls = "other"
            counts[cls] += 1
            listed.append((cls, f"{name}: {g[4]!r} gold={g[3]} system={p[3]} ({p[4]!r})"))
        for i, p in enumerate(pred):
            if i not in used:
                cls = "spurious-tagged-elsewhere" if tagged[norm(p[4])] > 0 else "spurious-other"
                counts[cls] += 1
                listed.append((cls, f"{name}: spurious {p[4]!r} {p[3]}"))

    def value_f1(ok, hits, system):
        p, r = hits / system, hits / n_gold
        return 100 * (ok / hits) * 2 * p * r / (p + r)

    base = value_f1(value_ok, relaxed, n_sys)
    print(f"gold={n_gold} system={n_sys} relaxed matches={relaxed} right values={value_ok} value F1={base:.2f}")
    print(f"value F1 85 needs {int(0.425 * (n_gold + n_sys)) + 1 - value_ok} more right values at this extent count")
    for cls in ["notation", "ill-formed", "both-ways", "reading", "other"]:
        gain = value_f1(value_ok + counts[cls], relaxed, n_sys) - base
        print(f"  value {cls:27s} {counts[cls]:4d}   +{gain:.2f} value F1 if counted right")
    for cls in ["spurious-tagged-elsewhere", "spurious-other", "missed-untagged-elsewhere", "missed-other"]:
        print(f"  extent {cls:26s} {counts[cls]:4d}")
    for cls, line in listed:
        if cls == args.list:
            print(line)


if __name__ == "__main__":
    main()
