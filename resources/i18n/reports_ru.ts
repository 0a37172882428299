<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CommentaryDialog</name>
    <message>
        <source>Commentary of the report</source>
        <translation>Комментарий к отчёту</translation>
    </message>
    <message>
        <source>{title}. The commentary is printed in the report under each group of indicators; the PDF is made again when you save.</source>
        <translation>{title}. Комментарий печатается в отчёте под каждой группой показателей; при сохранении PDF формируется заново.</translation>
    </message>
    <message>
        <source>The commentary of group «{code}» is {n} characters long; at most {max} are allowed. Shorten it and save again.</source>
        <translation>Комментарий к группе «{code}» содержит {n} знаков, а допускается не больше {max}. Ничего не сохранено: сократите текст и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Центр:</translation>
    </message>
    <message>
        <source>Go to the screen</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>Open the screen where the selected requirement is fixed (Enter)</source>
        <translation>Открыть раздел, где выполняется выбранное требование (Enter)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the self-audit or save it as PDF (Ctrl+P)</source>
        <translation>Напечатать самопроверку или сохранить её в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Evaluate the requirements again from the current data (F5)</source>
        <translation>Оценить требования заново по текущим данным (F5)</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Треб.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>{scope}, {period}: met {met}, not met {not_met}, no data {no_data}</source>
        <translation>{scope}, {period}: выполнено — {met}, не выполнено — {not_met}, нет данных — {no_data}</translation>
    </message>
    <message>
        <source>{title} · {met} of {total} met</source>
        <translation>{title} · выполнено {met} из {total}</translation>
    </message>
    <message>
        <source>Select a requirement to see its evidence.</source>
        <translation>Выберите требование, чтобы увидеть основание его оценки.</translation>
    </message>
    <message>
        <source>Item of the Standard</source>
        <translation>Пункт Стандарта</translation>
    </message>
    <message>
        <source>How it is checked</source>
        <translation>Как проверяется</translation>
    </message>
    <message>
        <source>Where it is fixed</source>
        <translation>Где выполняется</translation>
    </message>
    <message>
        <source>Compliance self-audit</source>
        <translation>Самопроверка соответствия Стандарту</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Generate</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <source>Make a new edition of the report for the chosen quarter and office (Ctrl+N)</source>
        <translation>Сформировать новую редакцию отчёта за выбранный квартал и центр (Ctrl+N)</translation>
    </message>
    <message>
        <source>Commentary…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <source>Enter the commentary per group of indicators of the selected draft</source>
        <translation>Внести комментарий по группам показателей в выбранный проект</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Опубликовать…</translation>
    </message>
    <message>
        <source>Publish the selected draft: every employee can read it</source>
        <translation>Опубликовать выбранный проект: его смогут прочитать все сотрудники</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Delete the selected draft (Del)</source>
        <translation>Удалить выбранный проект (Del)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <source>Open the report in the print preview (Ctrl+P)</source>
        <translation>Открыть отчёт в предварительном просмотре печати (Ctrl+P)</translation>
    </message>
    <message>
        <source>Search by title…</source>
        <translation>Поиск по названию…</translation>
    </message>
    <message>
        <source>New report for</source>
        <translation>Новый отчёт за</translation>
    </message>
    <message>
        <source>on</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>{title} · {n} published</source>
        <translation>{title} · опубликовано: {n}</translation>
    </message>
    <message>
        <source>{rows} reports</source>
        <translation>Отчётов: {rows}</translation>
    </message>
    <message>
        <source>No reports yet. Choose a quarter and press «Generate».</source>
        <translation>Отчётов пока нет. Выберите квартал и нажмите «Сформировать».</translation>
    </message>
    <message>
        <source>No published reports yet.</source>
        <translation>Опубликованных отчётов пока нет.</translation>
    </message>
    <message>
        <source>Select a report to see its card. Published reports are open to every employee.</source>
        <translation>Выберите отчёт, чтобы увидеть его карточку. Опубликованные отчёты доступны всем сотрудникам.</translation>
    </message>
    <message>
        <source>no commentary</source>
        <translation>комментарий не внесён</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Generating the quarterly report…</source>
        <translation>Формируется ежеквартальный отчёт…</translation>
    </message>
    <message>
        <source>Saving the commentary and making the PDF again…</source>
        <translation>Комментарий сохраняется, PDF формируется заново…</translation>
    </message>
    <message>
        <source>Publish edition {edition} of the report for {period}? Every employee will be able to read it; the edition published before becomes superseded. A published report cannot be changed.</source>
        <translation>Опубликовать редакцию {edition} отчёта за {period}? Отчёт смогут прочитать все сотрудники; опубликованная ранее редакция будет заменена. Опубликованный отчёт изменить нельзя.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Delete the draft edition {edition} of the report for {period}? Published editions stay in the archive.</source>
        <translation>Удалить проект (редакцию {edition}) отчёта за {period}? Опубликованные редакции останутся в архиве.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
</TS>
