"""Client KPI formulas as data: kinds and parameters, their checks, the traffic light, the 0–100 scale.

An indicator's formula is a kind plus a small dictionary of parameters (stored as JSON), so the
Ministry's list or a region's additions change without code. Every kind reduces to a numerator and a
denominator that add up over offices and months (the monitoring caches them per month) and a value:

* ``share``   — share of answers (of survey question / metric criterion ``field``) in ``low``…``high``
  or equal to one of ``options``, in per cent;
* ``mean``    — mean answer of ``field`` (a 1–5 scale gives «баллы»);
* ``nps``     — promoters (≥ ``promoters_from``) minus detractors (≤ ``detractors_to``), per cent;
* ``effort``  — share of «легко» and «скорее легко» (effort answers ≥ ``easy_from``), per cent;
* ``ratio``   — records of ``source`` (and ``record_kind``) per ``per`` units of a monthly denominator
  entered by the office (``denominator``, e.g. visits);
* ``on_time`` — share of appeals answered within their 59-ФЗ due date among the answered and overdue.

Answers are weighted by the record's ``weight`` (respondents a row stands for). Nothing here touches
the database; the SQL lives in ``cxdesk/store/kpi.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

GROUPS: tuple[tuple[str, str], ...] = (
    ("а", "Дружелюбие и партнёрство"),
    ("б", "Полезность обращения"),
    ("в", "Минимизация усилий граждан и работодателей"),
    ("г", "Персонализация и адресность"),
    ("д", "Внешний комфорт и удобство"),
)
GROUP_TITLES = dict(GROUPS)
AUDIENCES = {"citizen": "граждане", "employer": "работодатели", "all": "все"}
DIRECTIONS = {"higher": "чем больше, тем лучше", "lower": "чем меньше, тем лучше"}
KINDS = {
    "share": "доля ответов в диапазоне",
    "mean": "средний балл",
    "nps": "индекс NPS",
    "effort": "доля лёгких ответов (усилия)",
    "ratio": "отношение к месячному знаменателю",
    "on_time": "доля обращений, отвеченных в срок",
}
SOURCES = {"survey": "опросы", "metric": "метрики удовлетворённости", "book": "книга жалоб и предложений",
           "appeal": "обращения", "open": "открытые источники"}
RATING = "rating"  # the ``field`` that means the record's mean rating column instead of one answer
# The default 0–100 scale of each kind: (value that maps to 0, value that maps to 100).
SCALES = {"share": (0.0, 100.0), "effort": (0.0, 100.0), "on_time": (0.0, 100.0), "mean": (1.0, 5.0),
          "nps": (-100.0, 100.0), "ratio": (0.0, 100.0)}
STATUS_TITLES = {"green": "достигнуто", "amber": "близко к цели", "red": "не достигнуто", "none": "нет данных"}


class FormulaError(ValueError):
    """A formula that cannot be computed; the message is Russian and names the field to fix."""


@dataclass(frozen=True)
class Formula:
    """A checked formula: its kind, the record source it reads and its parameters."""

    kind: str
    source: str
    params: tuple[tuple[str, Any], ...]

    def get(self, name: str, default: Any = None) -> Any:
        return dict(self.params).get(name, default)

    @property
    def field(self) -> str:
        return str(self.get("field", ""))

    @property
    def percent(self) -> bool:
        return self.kind in ("share", "nps", "effort", "on_time")

    def as_dict(self) -> dict:
        return {"kind": self.kind, "source": self.source, **dict(self.params)}


def _number(params: dict, name: str, title: str, default: float | None = None) -> float:
    value = params.get(name, default)
    if value is None or value == "":
        raise FormulaError(f"Не указано значение «{title}». Заполните его в форме показателя.")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise FormulaError(f"«{title}» должно быть числом, а указано «{value}».") from None


def parse_formula(kind: str, params: dict) -> Formula:
    """Check a formula and return it normalised; :class:`FormulaError` says what to correct."""
    if kind not in KINDS:
        raise FormulaError(f"Неизвестный вид формулы «{kind}». Выберите вид из списка: {', '.join(KINDS.values())}.")
    params = {k: v for k, v in (params or {}).items() if v not in (None, "")}
    source = str(params.pop("source", "appeal" if kind == "on_time" else "survey"))
    if source not in SOURCES:
        raise FormulaError(f"Неизвестный источник «{source}». Допустимо: {', '.join(SOURCES)}.")
    out: dict[str, Any] = {}
    if kind in ("share", "mean", "nps", "effort"):
        if source not in ("survey", "metric", "book", "appeal", "open"):
            raise FormulaError("Источник ответов — опросы или метрики удовлетворённости.")
        field = str(params.get("field", "")).strip()
        if not field:
            raise FormulaError("Укажите код вопроса анкеты или критерия метрики (например, q1), "
                               "по ответам на который считается показатель.")
        out["field"] = field
    if kind == "share":
        options = params.get("options")
        if options:
            if isinstance(options, str):
                options = [o.strip() for o in options.split("|") if o.strip()]
            out["options"] = tuple(str(o) for o in options)
        else:
            low = _number(params, "low", "нижняя граница диапазона")
            high = _number(params, "high", "верхняя граница диапазона")
            if low > high:
                raise FormulaError(f"Нижняя граница диапазона ({low:g}) больше верхней ({high:g}). "
                                   "Поменяйте их местами.")
            out["low"], out["high"] = low, high
    elif kind == "nps":
        out["promoters_from"] = _number(params, "promoters_from", "сторонники — от", 9)
        out["detractors_to"] = _number(params, "detractors_to", "критики — до", 6)
        if out["detractors_to"] >= out["promoters_from"]:
            raise FormulaError("Граница критиков должна быть меньше границы сторонников (обычно 6 и 9).")
    elif kind == "effort":
        out["easy_from"] = _number(params, "easy_from", "лёгкие ответы — от", 4)
    elif kind == "ratio":
        if source not in ("book", "appeal", "open", "survey", "metric"):
            raise FormulaError("Для отношения укажите источник записей.")
        denominator = str(params.get("denominator", "")).strip()
        if not denominator:
            raise FormulaError("Укажите знаменатель (например, visits — посещения за месяц), "
                               "который центр вводит ежемесячно.")
        out["denominator"] = denominator
        out["per"] = _number(params, "per", "на сколько единиц знаменателя", 1000)
        if out["per"] <= 0:
            raise FormulaError("«На сколько единиц знаменателя» должно быть больше нуля (например, 1000).")
        if params.get("record_kind"):
            out["record_kind"] = str(params["record_kind"])
    elif kind == "on_time" and source != "appeal":
        raise FormulaError("Доля обращений, отвеченных в срок, считается только по обращениям (59-ФЗ).")
    return Formula(kind, source, tuple(sorted(out.items())))


def value_of(formula: Formula, numerator: float | None, denominator: float | None) -> float | None:
    """The indicator value from the summed numerator and denominator (None: nothing to count)."""
    if not denominator or numerator is None:
        return None
    if formula.kind == "mean":
        return numerator / denominator
    if formula.kind == "ratio":
        return numerator / denominator * float(formula.get("per", 1000))
    return 100.0 * numerator / denominator


def status(value: float | None, direction: str, target: float | None, green: float | None,
           red: float | None) -> str:
    """Traffic light. Without a target the indicator's thresholds decide: green — the green threshold
    is reached, amber — not, but the red one is, red — worse. With a target, green means the target is
    reached and the gap between the two thresholds is the tolerance of amber below it. None — no value
    or no yardstick."""
    if value is None:
        return "none"
    good = target if target is not None else green
    if good is None:
        return "none"
    sign = -1.0 if direction == "lower" else 1.0
    if target is not None:
        tolerance = abs(green - red) if green is not None and red is not None else None
        amber = None if tolerance is None else target - sign * tolerance
    else:
        amber = red

    def reached(limit: float) -> bool:
        return sign * (value - limit) >= -1e-9

    if reached(good):
        return "green"
    if amber is not None and reached(amber):
        return "amber"
    return "red"


def normalise(value: float | None, kind: str, direction: str, scale: tuple[float | None, float | None] = (None, None)
              ) -> float | None:
    """The value on a 0–100 scale where 100 is best (the indicator's own scale, or the kind's)."""
    if value is None:
        return None
    low, high = SCALES.get(kind, (0.0, 100.0))
    low = low if scale[0] is None else scale[0]
    high = high if scale[1] is None else scale[1]
    if high == low:
        return None
    score = (value - low) / (high - low) * 100.0
    score = min(100.0, max(0.0, score))
    return 100.0 - score if direction == "lower" else score


def group_index(scores: list[tuple[float | None, float]]) -> float | None:
    """Weighted mean of normalised scores (score, weight); indicators without a value are left out."""
    known = [(s, w) for s, w in scores if s is not None and w > 0]
    total = sum(w for _, w in known)
    if not total:
        return None
    return sum(s * w for s, w in known) / total


def check_thresholds(direction: str, green: float | None, red: float | None) -> None:
    """Green must be the better of the two thresholds for the chosen direction."""
    if direction not in DIRECTIONS:
        raise FormulaError("Укажите направление: больше — лучше или меньше — лучше.")
    if green is None or red is None:
        return
    if (direction == "higher" and red > green) or (direction == "lower" and red < green):
        better = "больше" if direction == "higher" else "меньше"
        raise FormulaError(f"Порог «зелёного» ({green:g}) должен быть {better} порога «красного» ({red:g}) "
                           "для выбранного направления. Исправьте пороги.")


def format_value(value: float | None, unit: str) -> str:
    """«87,5 %», «4,32 балла» — Russian decimal comma; an em dash when there is no value."""
    if value is None:
        return "—"
    if unit == "балл":  # a fraction takes the genitive singular: «4,32 балла»
        unit = "балла"
    text = f"{value:.1f}" if abs(value) >= 10 or unit == "%" else f"{value:.2f}"
    text = text.replace(".", ",")
    return f"{text} {unit}".strip()
