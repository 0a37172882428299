"""Runs every benchmark module (``bench_*.py``) in this folder and prints its ratios."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import tests.perf as perf


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for info in pkgutil.iter_modules(perf.__path__):
        if not info.name.startswith("bench_"):
            continue
        if wanted and info.name.removeprefix("bench_") not in wanted:
            continue
        module = importlib.import_module(f"tests.perf.{info.name}")
        print(f"== {info.name}: {module.__doc__.strip().splitlines()[0]}")
        module.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
