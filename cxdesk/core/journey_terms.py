"""The vocabulary of a journey map: lane kinds and their Russian titles, version labels, colour tags
and the emotion scale. Pure data, shared by the document, the editor and the printed map.
"""

from __future__ import annotations

from enum import StrEnum


class LaneKind(StrEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    EMOTIONS = "emotions"
    PAINS = "pains"
    OPPORTUNITIES = "opportunities"
    BACKOFFICE = "backoffice"
    RESPONSIBLE = "responsible"
    KPI = "kpi"
    CUSTOM = "custom"


LANE_TITLES: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "Действия клиента",
    LaneKind.TOUCHPOINTS: "Точки контакта",
    LaneKind.CHANNELS: "Каналы",
    LaneKind.EMOTIONS: "Эмоции",
    LaneKind.PAINS: "Боли",
    LaneKind.OPPORTUNITIES: "Возможности",
    LaneKind.BACKOFFICE: "Процессы бэк-офиса",
    LaneKind.RESPONSIBLE: "Ответственные",
    LaneKind.KPI: "Показатели (КПЭ)",
    LaneKind.CUSTOM: "Дорожка",
}
DEFAULT_LANES = [k for k in LaneKind if k is not LaneKind.CUSTOM]


class VersionLabel(StrEnum):
    AS_IS = "as_is"
    TO_BE = "to_be"


VERSION_TITLES = {VersionLabel.AS_IS: "как есть", VersionLabel.TO_BE: "как должно быть"}

# Colour tags: name -> fill colour (used by the canvas and the PDF).
COLOURS: dict[str, str] = {
    "": "#FFFFFF",
    "yellow": "#FFF4B8",
    "green": "#D9F2D0",
    "red": "#F9D3D0",
    "blue": "#D6E6FA",
    "violet": "#E8DAF5",
    "grey": "#E6E6E6",
}
EMOTION_MIN, EMOTION_MAX = -2.0, 2.0
