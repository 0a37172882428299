"""Words of the feedback area: sources, statuses, kinds, channels, audiences and their Russian titles.

Codes are stored in the database; titles are what users see (in the GUI, in PDFs, in CSV/XLSX
exports and in the command line). Kept apart so that GUI, reports and imports share one list.
"""

from __future__ import annotations

SOURCES = {
    "book": "Книга жалоб и предложений",
    "appeal": "Обращения",
    "open": "Открытые источники",
    "survey": "Опросы",
    "metric": "Метрики удовлетворённости",
}
SOURCE_SHORT = {
    "book": "Книга",
    "appeal": "Обращение",
    "open": "Открытый источник",
    "survey": "Опрос",
    "metric": "Метрика",
}

AUDIENCES = {"citizen": "гражданин", "employer": "работодатель"}

STATUSES = {
    "new": "новая",
    "registered": "зарегистрировано",
    "in_progress": "в работе",
    "extended": "продлено",
    "redirected": "перенаправлено",
    "answered": "ответ дан",
    "closed": "закрыто",
    "accepted": "учтено",
}
SOURCE_STATUSES = {
    "book": ["new", "in_progress", "answered", "closed"],
    "appeal": ["registered", "in_progress", "extended", "redirected", "answered", "closed"],
    "open": ["new", "in_progress", "answered", "closed"],
    "survey": ["accepted"],
    "metric": ["accepted"],
}
INITIAL_STATUS = {
    "book": "new",
    "appeal": "registered",
    "open": "new",
    "survey": "accepted",
    "metric": "accepted",
}
DONE_STATUSES = ("answered", "closed", "redirected")

BOOK_KINDS = {"complaint": "жалоба", "suggestion": "предложение", "gratitude": "благодарность"}
APPEAL_CHANNELS = {
    "written": "письменно",
    "electronic": "электронно",
    "in_person": "на личном приёме",
    "pos": "ПОС Госуслуг",
}
ANSWER_METHODS = {
    "written": "письменно",
    "email": "по электронной почте",
    "oral": "устно",
    "phone": "по телефону",
    "pos": "через ПОС Госуслуг",
}
PLATFORMS = [
    "ВКонтакте",
    "Одноклассники",
    "Telegram",
    "Дзен",
    "Местные СМИ",
    "Отзовик",
    "2ГИС",
    "Яндекс Карты",
]
METRIC_TOOLS = {"vash_kontrol": "«Ваш контроль»", "terminal": "Терминал оценки", "qr": "QR-опрос"}
VASH_KONTROL_CRITERIA = {
    "time": "Время предоставления услуги",
    "queue": "Время ожидания в очереди",
    "staff": "Вежливость и компетентность сотрудника",
    "comfort": "Комфортность условий в помещении",
    "info": "Доступность информации о порядке предоставления услуги",
}
SENTIMENTS = {"positive": "положительная", "neutral": "нейтральная", "negative": "отрицательная"}


def title(mapping: dict[str, str], code: str | None) -> str:
    return mapping.get(code or "", code or "")
