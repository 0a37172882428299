"""The common format of the benchmarks and the one report table.

Every ``bench_*.run()`` returns a list of :class:`Measure` (it may go on printing its own details):
what was measured, the goal as a reader reads it, the figure, the ratio to a baseline measured in
the same run (and what that baseline is), and whether the goal is met. ``python -m tests.perf
report`` runs every benchmark and prints :func:`table` of all of them; a benchmark that returns
anything else is listed as «не в общем формате».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    name: str
    goal: str  # "≤ 0.5 s", "ratio ≤ 4", "—" for a figure without a goal
    figure: str  # the measured figure with its unit
    baseline_ratio: float | None  # measured ÷ the same-run baseline; None without a baseline
    met: bool | None  # None: no goal
    baseline: str = ""  # what the baseline is, with its figure


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _goal(seconds: float) -> str:
    return f"≤ {seconds * 1000:g} ms" if seconds < 1 else f"≤ {seconds:g} s"


def timing(name: str, seconds: float, goal_seconds: float | None, baseline_seconds: float | None = None,
           baseline: str = "") -> Measure:
    """A time against an absolute goal (``None``: no goal), with its ratio to a same-run baseline."""
    return Measure(
        name,
        _goal(goal_seconds) if goal_seconds is not None else "—",
        _ms(seconds),
        seconds / baseline_seconds if baseline_seconds else None,
        seconds <= goal_seconds if goal_seconds is not None else None,
        f"{baseline} {_ms(baseline_seconds)}".strip() if baseline_seconds else "",
    )


def ratio(name: str, seconds: float, baseline_seconds: float, goal_ratio: float, baseline: str) -> Measure:
    """A time whose goal is its ratio to the same-run baseline."""
    value = seconds / baseline_seconds
    return Measure(name, f"≤ {goal_ratio:g}× базы", _ms(seconds), value, value <= goal_ratio,
                   f"{baseline} {_ms(baseline_seconds)}")


def _cell(value: str, width: int) -> str:
    return value[:width].ljust(width)


def table(results: Sequence[tuple[str, list[Measure] | None, str]]) -> str:
    """One table: (benchmark, its measures or None, an error text) → aligned text with baselines below."""
    head = ("Бенчмарк", "Замер", "Цель", "Результат", "× к базе", "Итог")
    widths = (10, 52, 18, 14, 9, 5)
    lines = ["  ".join(_cell(h, w) for h, w in zip(head, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    baselines: list[str] = []
    met = total = 0
    for bench, measures, error in results:
        if error or measures is None:
            text = f"ошибка: {error}" if error else "не в общем формате (смотрите его вывод выше)"
            lines.append("  ".join([_cell(bench, widths[0]), text]))
            continue
        for m in measures:
            verdict = "—" if m.met is None else "да" if m.met else "НЕТ"
            total += m.met is not None
            met += bool(m.met)
            ratio_text = f"{m.baseline_ratio:.2f}" if m.baseline_ratio is not None else "—"
            lines.append("  ".join(_cell(v, w) for v, w in zip(
                (bench, m.name, m.goal, m.figure, ratio_text, verdict), widths, strict=True)))
            if m.baseline and f"{bench}: {m.baseline}" not in baselines:
                baselines.append(f"{bench}: {m.baseline}")
    lines.append("")
    lines.append(f"Цели выполнены: {met} из {total}.")
    if baselines:
        lines.append("Базы, измеренные в том же прогоне:")
        lines.extend(f"  • {b}" for b in baselines)
    return "\n".join(lines)
