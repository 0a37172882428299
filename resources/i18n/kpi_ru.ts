<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Search by code or name…</source>
        <translation>Поиск по коду или наименованию…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архив</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гр.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>additional</source>
        <translation>дополнительный</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, в архиве</translation>
    </message>
    <message>
        <source>{n} indicators, of them additional (regional): {a}</source>
        <translation>Показателей: {n}, из них дополнительных (региональных): {a}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Move «{name}» to the archive? It leaves the dashboard; its targets and history are kept and it can be restored.</source>
        <translation>Перенести «{name}» в архив? Показатель уйдёт с панели мониторинга; его целевые значения и история сохранятся, его можно восстановить.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Citizens and employers</source>
        <translation>Граждане и работодатели</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Граждане</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Records behind the value…</source>
        <translation>Записи за значением…</translation>
    </message>
    <message>
        <source>Open the feedback register with exactly the records the selected value counts (Enter)</source>
        <translation>Открыть реестр обратной связи с теми самыми записями, по которым посчитано выбранное значение (Enter)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Центр:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гр.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Светофор</translation>
    </message>
    <message>
        <source>Offices compared</source>
        <translation>Сравнение центров</translation>
    </message>
    <message>
        <source>Region (all offices)</source>
        <translation>Регион (все центры)</translation>
    </message>
    <message>
        <source>Group indices (0–100)</source>
        <translation>Индексы групп (0–100)</translation>
    </message>
    <message>
        <source>{period}, {office}: target reached {green}, close {amber}, missed {red}, no data {none}.</source>
        <translation>{period}, {office}: цель достигнута — {green}, близко к цели — {amber}, не достигнута — {red}, нет данных — {none}.</translation>
    </message>
    <message>
        <source>{n} indicators · double-click a value or press Enter to see its records</source>
        <translation>Показателей: {n} · двойной щелчок по значению или Enter — записи, по которым оно посчитано</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (проект)</translation>
    </message>
    <message>
        <source> [additional]</source>
        <translation> [доп.]</translation>
    </message>
    <message>
        <source>{office}: {n} records</source>
        <translation>{office}: записей {n}</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Approve targets by a decision</source>
        <translation>Утверждение целевых значений решением</translation>
    </message>
    <message>
        <source>Drafts of {year} to approve: {n}</source>
        <translation>Проектов целевых значений на {year} год к утверждению: {n}</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>DenominatorsTab</name>
    <message>
        <source>Monthly counts entered by the office for ratio indicators (e.g. complaints per 1,000 visits).</source>
        <translation>Ежемесячные значения, которые центр вводит для показателей-отношений (например, жалобы на 1 000 посещений).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the year&apos;s values (Ctrl+S)</source>
        <translation>Сохранить значения за год (Ctrl+S)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>{month}: «{text}» is not a number. Nothing was saved; correct the value and save again.</source>
        <translation>{month}: «{text}» — не число. Ничего не сохранено; исправьте значение и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Client KPI</source>
        <translation>Клиентский показатель эффективности</translation>
    </message>
    <message>
        <source>Additional (regional) indicator</source>
        <translation>Дополнительный (региональный) показатель</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>Для &amp;кого:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Н&amp;аправление:</translation>
    </message>
    <message>
        <source>Green from:</source>
        <translation>Порог «зелёного»:</translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation>Порог «красного»:</translation>
    </message>
    <message>
        <source>&amp;Weight in the group index:</source>
        <translation>&amp;Вес в индексе группы:</translation>
    </message>
    <message>
        <source>0–100 scale from:</source>
        <translation>Шкала 0–100 от:</translation>
    </message>
    <message>
        <source>0–100 scale to:</source>
        <translation>Шкала 0–100 до:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>answers separated by |, instead of a range</source>
        <translation>ответы через |, вместо диапазона</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>любые записи</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Question or criterion:</source>
        <translation>Воп&amp;рос или критерий:</translation>
    </message>
    <message>
        <source>Range from:</source>
        <translation>Диапазон от:</translation>
    </message>
    <message>
        <source>Range to:</source>
        <translation>Диапазон до:</translation>
    </message>
    <message>
        <source>Or answers:</source>
        <translation>Или ответы:</translation>
    </message>
    <message>
        <source>Promoters from:</source>
        <translation>Сторонники от:</translation>
    </message>
    <message>
        <source>Detractors up to:</source>
        <translation>Критики до:</translation>
    </message>
    <message>
        <source>Easy answers from:</source>
        <translation>Лёгкие ответы от:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <source>Monthly denominator:</source>
        <translation>Месячный знаменатель:</translation>
    </message>
    <message>
        <source>Per units:</source>
        <translation>На единиц:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Предпросмотр за:</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <source>Monthly denominators</source>
        <translation>Знаменатели по месяцам</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target value</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>A changed target becomes a draft until a working-group decision approves it.</source>
        <translation>Изменённое значение становится проектом, пока его не утвердит решение рабочей группы.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Region (all offices)</source>
        <translation>Регион (все центры)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Set value…</source>
        <translation>Задать значение…</translation>
    </message>
    <message>
        <source>Approve by a decision…</source>
        <translation>Утвердить решением…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Remove draft</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гр.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Действует для</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Ред.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{year}: indicators {n}, approved {a}, drafts {d}, without a target {m}. Decisions: {refs}</source>
        <translation>{year} год: показателей {n}, утверждено {a}, проектов {d}, без целевого значения {m}. Решения: {refs}</translation>
    </message>
    <message>
        <source>There are no draft targets for {year}.</source>
        <translation>Проектов целевых значений на {year} год нет.</translation>
    </message>
    <message>
        <source>History of the target</source>
        <translation>История целевого значения</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Remove the draft target? Approved targets cannot be removed.</source>
        <translation>Удалить проект целевого значения? Утверждённые значения удалить нельзя.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
</TS>
