#!/usr/bin/env python3
"""Converts an FNC-1 bodies CSV (Body ID, articleBody) to claimgraph JSONL.

Usage: fnc1_bodies_to_jsonl.py BODIES.csv > bodies.jsonl
Each body becomes {"id": "fnc1-<Body ID>", "source": "fnc1", "text": ...}.
Development helper for running `claimgraph extract` or `ingest` over the
corpus; the corpus itself stays outside the repository.
"""
import csv
import json
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    csv.field_size_limit(sys.maxsize)
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            article = {"id": f"fnc1-{row['Body ID']}", "source": "fnc1", "text": row["articleBody"]}
            sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
