"""KPI charts as matplotlib ``Figure`` objects (no pyplot, no Qt): trends and group indices.

The same figure goes on screen (``FigureCanvasQTAgg`` in the KPI page) and into printed reports
(drawn to PNG); text uses the shipped DejaVu Sans, so Cyrillic renders everywhere. A value that is
missing (no records in the period) leaves a gap in the line and an empty bar labelled «нет данных».
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from matplotlib import font_manager
from matplotlib.figure import Figure

from cxdesk import paths

COLOURS = ("#1f5fa8", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b", "#7f8c8d")
INDEX_COLOURS = {"green": "#2e8b57", "amber": "#e0a526", "red": "#c0392b"}
_FONT = "DejaVu Sans"
_registered = False


def _font() -> str:
    global _registered
    if not _registered:
        path = paths.resources_dir() / "fonts" / "DejaVuSans.ttf"
        if path.exists():
            font_manager.fontManager.addfont(str(path))
        _registered = True
    return _FONT


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    fig.set_facecolor("white")
    return fig


def _style(ax, font: str) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for label in ax.get_xticklabels() + ax.get_yticklabels():
        label.set_fontfamily(font)
        label.set_fontsize(8)


def trend_figure(title: str, series: list[tuple[str, list[tuple[str, float | None]]]], *,
                 target: float | None = None, unit: str = "", width: float = 7.0, height: float = 3.0) -> Figure:
    """Lines of values over periods: ``series`` = [(name, [(period label, value or None), …]), …]."""
    font = _font()
    fig = _figure(width, height)
    ax = fig.add_subplot()
    labels: list[str] = []
    for _name, points in series:
        for label, _ in points:
            if label not in labels:
                labels.append(label)
    positions = {label: i for i, label in enumerate(labels)}
    for n, (name, points) in enumerate(series):
        xs = [positions[label] for label, _ in points]
        ys = [float("nan") if v is None else v for _, v in points]
        ax.plot(xs, ys, marker="o", markersize=4, linewidth=1.8, color=COLOURS[n % len(COLOURS)], label=name)
    if target is not None:
        ax.axhline(target, color="#c0392b", linestyle="--", linewidth=1, label=f"цель: {target:g} {unit}".strip())
    ax.set_xticks(range(len(labels)), labels, rotation=30 if len(labels) > 6 else 0, ha="right" if
                  len(labels) > 6 else "center")
    ax.set_title(_wrap(title, width), fontsize=9, fontfamily=font, loc="left")
    if unit:
        ax.set_ylabel(unit, fontsize=8, fontfamily=font)
    _style(ax, font)
    if not any(v is not None for _, points in series for _, v in points):
        ax.text(0.5, 0.5, "нет данных за выбранные периоды", transform=ax.transAxes, ha="center", va="center",
                fontsize=9, fontfamily=font, color="#777777")
    if len(series) > 1 or target is not None:
        fig.legend(prop={"family": font, "size": 7}, frameon=False, loc="outside lower center",
                   ncols=len(series) + (target is not None))
    return fig


def group_index_figure(indices: Sequence[Any], *, title: str = "Индексы групп показателей (0–100)",
                       width: float = 7.0, height: float = 3.0) -> Figure:
    """Horizontal bars of group indices; items need ``group``, ``group_title``, ``audience``, ``index``.

    Citizens and employers are drawn side by side when both are present; the overall index is a bar too.
    """
    font = _font()
    fig = _figure(width, height)
    ax = fig.add_subplot()
    groups: list[tuple[str, str]] = []
    audiences: list[str] = []
    values: dict[tuple[str, str], float | None] = {}
    for item in indices:
        key = (item.group, _short(item.group, item.group_title))
        if key not in groups:
            groups.append(key)
        if item.audience not in audiences:
            audiences.append(item.audience)
        values[(item.group, item.audience)] = item.index
    names = {"citizen": "граждане", "employer": "работодатели", "all": "все"}
    bar = 0.8 / max(1, len(audiences))
    for n, audience in enumerate(audiences):
        ys = [len(groups) - 1 - i - 0.4 + bar * (n + 0.5) for i in range(len(groups))]
        xs = [values.get((g, audience)) for g, _ in groups]
        ax.barh(ys, [0 if x is None else x for x in xs], height=bar * 0.9, color=COLOURS[n % len(COLOURS)],
                label=names.get(audience, audience))
        for y, x in zip(ys, xs, strict=True):
            ax.text((x or 0) + 1, y, "нет данных" if x is None else f"{x:.0f}".replace(".", ","), va="center",
                    fontsize=7, fontfamily=font, color="#333333")
    ax.set_yticks(range(len(groups) - 1, -1, -1), [label for _, label in groups])
    ax.set_xlim(0, 108)
    ax.set_title(_wrap(title, width), fontsize=9, fontfamily=font, loc="left")
    _style(ax, font)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.grid(axis="y", visible=False)
    if len(audiences) > 1:
        fig.legend(prop={"family": font, "size": 7}, frameon=False, loc="outside lower center",
                   ncols=len(audiences))
    return fig


def _wrap(title: str, width: float) -> str:
    """Wrap a long title to the figure's width (about 11 characters per inch at 9 pt, the axes starting inside)."""
    return "\n".join(textwrap.wrap(title, max(20, int(width * 11)))[:3])


def short_label(period) -> str:
    """A compact axis label of a period: «07.26», «III кв. 2026», «2026»."""
    if period.kind == "month":
        return f"{period.number:02d}.{period.year % 100:02d}"
    if period.kind == "quarter":
        return f"{('I', 'II', 'III', 'IV')[period.number - 1]} кв. {period.year}"
    return str(period.year)


def _short(group: str, title: str) -> str:
    if group == "all":
        return "Общий индекс"
    short = title if len(title) <= 28 else title[:26].rstrip() + "…"
    return f"{group}) {short}"
