#!/usr/bin/env python3
"""Draws a reproducible random sample of `pii scan --format json` findings and prints each with the code around it,
for judging by reading the code (benchmarks/README.md, "Real code").

    sample.py SCAN.json ROOT [--rules PII0006] [--inferred-only] [--count 40] [--seed 14] [--context 3] [--exclude-tests]

ROOT is the folder that was scanned (finding paths are relative to it). --inferred-only keeps the findings whose message
says the data was inferred; --exclude-tests drops findings in test, seed and fixture files, for scans made with
--include-tests or before tests were excluded by default.
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

TEST_PATH = re.compile(r"(^|/)([^/]*\.)?(tests?|unittests|integrationtests|functionaltests|specs|testdata|fixtures?|seeders?)(/|$)"
                       r"|tests?\.cs$|fixture\.cs$|seed(er|data)?\.cs$", re.IGNORECASE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scan")
    parser.add_argument("root")
    parser.add_argument("--rules", default=None, help="comma-separated rule ids to keep")
    parser.add_argument("--inferred-only", action="store_true")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--context", type=int, default=3)
    parser.add_argument("--exclude-tests", action="store_true")
    args = parser.parse_args()

    findings = json.loads(Path(args.scan).read_text(encoding="utf-8"))["findings"]
    if args.rules:
        rules = set(args.rules.split(","))
        findings = [f for f in findings if f["ruleId"] in rules]
    if args.inferred_only:
        findings = [f for f in findings if "(inferred from '" in f["message"]]
    if args.exclude_tests:
        findings = [f for f in findings if not TEST_PATH.search(f["path"])]

    findings.sort(key=lambda f: (f["path"], f["line"], f["column"], f["ruleId"]))
    sample = findings if len(findings) <= args.count else random.Random(args.seed).sample(findings, args.count)
    print(f"# {len(sample)} of {len(findings)} finding(s), seed {args.seed}")
    for number, finding in enumerate(sample, 1):
        print(f"\n## {number}. {finding['path']}({finding['line']},{finding['column']}) {finding['severity']} {finding['ruleId']}")
        print(finding["message"])
        path = Path(args.root) / finding["path"]
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as error:
            print(f"  (cannot read: {error})")
            continue
        start = max(0, finding["line"] - 1 - args.context)
        for index in range(start, min(len(lines), finding["line"] + args.context)):
            marker = ">" if index == finding["line"] - 1 else " "
            print(f"{marker}{index + 1:5} {lines[index]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
