#!/usr/bin/env python3
"""Prints the Markdown table of docs/BENCHMARKS.md from the pallets' generated weights.rs.

Total charged adds the runtime's database weights (runtime/src/weights/db.rs, measured by
`scripts/benchmarks.sh storage`) to the measured execution time; components are shown as
their per-unit slope.
"""
import os
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
db = (root / "runtime" / "src" / "weights" / "db.rs").read_text()
READ_US, WRITE_US = (
    int(re.search(rf"{kind}: ([\d_]+) \* WEIGHT_REF_TIME_PER_NANOS", db).group(1).replace("_", "")) / 1e3
    for kind in ("read", "write")
)
pallets = sys.argv[1:] or ["assets", "consortium", "compliance", "token", "matching"]
# pallet-assets is the yardstick: measured in the benchmarking runtime only, its weights stay
# beside the raw results (scripts/benchmarks.sh), and only the call compared with is shown.
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache" / "consort-target"))
YARDSTICK = {"assets": ("transfer_keep_alive",)}


def weights_file(pallet):
    if pallet in YARDSTICK:
        return TARGET / "benchmarks" / f"pallet_{pallet}_weights.rs"
    return root / "pallets" / pallet / "src" / "weights.rs"


print("| Call | Execution (µs) | Reads | Writes | Total charged (µs) | Proof (bytes) |")
print("|---|---:|---:|---:|---:|---:|")
for pallet in pallets:
    text = weights_file(pallet).read_text()
    runtime_impl = text.split("impl WeightInfo for ()")[0].split("for SubstrateWeight<T> {")[1]
    for m in re.finditer(r"fn (\w+)\((.*?)\) -> Weight \{\n(.*?)\n\t\}", runtime_impl, re.S):
        name, body = m.group(1), m.group(3)
        if pallet in YARDSTICK and name not in YARDSTICK[pallet]:
            continue
        base = re.search(r"from_parts\(([\d_]+), (\d+)\)", body)
        time_us = int(base.group(1).replace("_", "")) / 1e6
        proof = int(base.group(2))
        reads = sum(int(r) for r in re.findall(r"reads\((\d+)\)", body))
        writes = sum(int(w) for w in re.findall(r"writes\((\d+)\)", body))
        slope = [(int(s.replace("_", "")) / 1e6, c) for s, c in
                 re.findall(r"from_parts\(([\d_]+), 0\)\.saturating_mul\((\w+)", body)]
        slope_reads = re.findall(r"reads\(\((\d+)_u64\)\.saturating_mul\((\w+)", body)
        slope_writes = re.findall(r"writes\(\((\d+)_u64\)\.saturating_mul\((\w+)", body)
        total = time_us + reads * READ_US + writes * WRITE_US
        extra = lambda pairs, fmt: "".join(f" + {fmt(v)}·{c}" for v, c in pairs)
        print(
            f"| `{pallet}::{name}` | {time_us:.1f}{extra(slope, lambda v: f'{v:.1f}')} "
            f"| {reads}{extra(slope_reads, str)} | {writes}{extra(slope_writes, str)} "
            f"| {total:,.0f}{' + …·' + slope[0][1] if slope else ''} | {proof:,} |"
        )
