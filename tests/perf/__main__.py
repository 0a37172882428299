"""Runs the benchmarks (``bench_*.py``) and prints one table of their measures.

``python -m tests.perf`` or ``python -m tests.perf report`` (or ``all``) runs every benchmark;
``python -m tests.perf startup feedback`` runs the named ones. Each prints its own details while it
runs; the table of every measure (goal, figure, ratio to its same-run baseline) comes at the end.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback

import tests.perf as perf
from tests.perf.measures import Measure, table

EVERYTHING = {"report", "all"}


def main(argv: list[str]) -> int:
    wanted = set(argv) - EVERYTHING
    results: list[tuple[str, list[Measure] | None, str]] = []
    for info in pkgutil.iter_modules(perf.__path__):
        if not info.name.startswith("bench_"):
            continue
        name = info.name.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.perf.{info.name}")
            print(f"== {info.name}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
            value = module.run()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            results.append((name, None, f"{type(exc).__name__}: {exc}"))
            continue
        measures = value if isinstance(value, list) and all(isinstance(m, Measure) for m in value) else None
        results.append((name, measures if measures else None, ""))
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    print()
    print(table(results))
    return 0 if all(error == "" for _name, _measures, error in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
