"""The printed compliance self-audit: every requirement with its status word, rule and evidence."""

from __future__ import annotations

import io

from pypdf import PdfReader

from cxdesk.core import compliance as rules
from cxdesk.core.compliance import Check
from cxdesk.core.periods import Period
from cxdesk.reports.compliance_pdf import write_compliance


def test_every_requirement_is_printed_with_its_status_and_evidence():
    checks = tuple(Check(r.id, rules.NOT_MET if r.id == "R15" else rules.MET, f"основание {r.id}")
                   for r in rules.REQUIREMENTS)
    target = io.BytesIO()
    write_compliance(target, checks, Period.parse("2026Q3"), "ТЦЗН по г. Энск (TC01)",
                     organisation="ГКУ «ЦЗН Энской области»", printed_by="Петров Пётр Петрович")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.getvalue())).pages).split())
    assert "■" not in text
    assert "ТЦЗН по г. Энск (TC01), III квартал 2026 г." in text
    assert "Выполнено: 17; не выполнено: 1; нет данных: 0 (из 18 требований)." in text
    for r in rules.REQUIREMENTS:
        assert f"основание {r.id}" in text
    assert "✖ не выполнено" in text and "Заседания рабочей группы не реже раза в месяц" in text
    assert "Напечатано" in text and "Петров Пётр Петрович" in text
