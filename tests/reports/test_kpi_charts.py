"""KPI charts: matplotlib Figures (no pyplot) that draw to PNG and PDF with Cyrillic text, gaps for
periods without data, and citizens and employers side by side in the group indices."""

from __future__ import annotations

import io

from matplotlib.figure import Figure

from cxdesk.reports import kpi_charts
from cxdesk.services.kpi_monitoring import GroupIndex


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def test_trend_figure_draws_series_gaps_and_the_target():
    fig = kpi_charts.trend_figure("Доля граждан, ожидавших приёма не более 15 минут", [
        ("ТЦЗН по г. Заречный", [("I кв. 2026", 61.0), ("II кв. 2026", None), ("III кв. 2026", 70.5)]),
        ("регион", [("I кв. 2026", 58.0), ("II кв. 2026", 60.0), ("III кв. 2026", 63.0)]),
    ], target=65.0, unit="%")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    first, second = ax.get_lines()[:2]
    assert list(first.get_ydata()[[0, 2]]) == [61.0, 70.5] and str(first.get_ydata()[1]) == "nan"
    assert list(second.get_ydata()) == [58.0, 60.0, 63.0]
    texts = _texts(fig)
    assert any("ожидавших приёма" in t for t in texts) and any("цель: 65 %" in t for t in texts)
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=80)
    assert png.getvalue().startswith(b"\x89PNG")


def test_an_empty_trend_says_there_is_no_data():
    fig = kpi_charts.trend_figure("Пусто", [("регион", [("2026", None)])])
    assert "нет данных за выбранные периоды" in _texts(fig)


def test_group_index_figure_has_both_audiences_and_missing_values_marked():
    indices = [GroupIndex("а", "Дружелюбие и партнёрство", "citizen", 72.0),
               GroupIndex("а", "Дружелюбие и партнёрство", "employer", None),
               GroupIndex("all", "Общий индекс", "citizen", 72.0),
               GroupIndex("all", "Общий индекс", "employer", 55.5)]
    fig = kpi_charts.group_index_figure(indices)
    texts = _texts(fig)
    assert "а) Дружелюбие и партнёрство" in texts and "Общий индекс" in texts
    assert "нет данных" in texts and "72" in texts and "56" in texts
    assert {"граждане", "работодатели"} <= set(texts)
    pdf = io.BytesIO()
    fig.savefig(pdf, format="pdf")
    assert pdf.getvalue().startswith(b"%PDF") and b"DejaVu" in pdf.getvalue()
