<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CandidatesTab</name>
    <message>
        <source>Accept as a problem…</source>
        <translation>Принять как проблему…</translation>
    </message>
    <message>
        <source>Register a problem with these records as its evidence</source>
        <translation>Зарегистрировать проблему с этими записями в основании</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Not a problem: do not suggest it again for this period</source>
        <translation>Не проблема: больше не предлагать за этот период</translation>
    </message>
    <message>
        <source>Records in the register</source>
        <translation>Записи в реестре</translation>
    </message>
    <message>
        <source>Show the candidate&apos;s records in the feedback register</source>
        <translation>Показать записи кандидата в реестре обратной связи</translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation>Весь регион</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>не менее </translation>
    </message>
    <message>
        <source> records</source>
        <translation> записей</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Touchpoint (journey)</source>
        <translation>Точка контакта (маршрут)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>За период</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>За предыдущий</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Candidates are drawn from feedback records, which your role cannot read.</source>
        <translation>Кандидаты выбираются из записей обратной связи, а ваша роль не даёт доступа к ним. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>{n} candidates: topics of negative feedback that grew at a touchpoint against the period before. Accept one as a problem or dismiss it.</source>
        <translation>Кандидатов: {n} — темы отрицательных отзывов, число которых в точке контакта выросло по сравнению с предыдущим периодом. Примите кандидата как проблему или отклоните его.</translation>
    </message>
    <message>
        <source>No growing topics of negative feedback in this period (or all are decided on). Try another period or fewer records.</source>
        <translation>За этот период нет растущих тем отрицательных отзывов (или по всем уже принято решение). Выберите другой период или уменьшите порог числа записей.</translation>
    </message>
    <message>
        <source>New problem from a candidate</source>
        <translation>Новая проблема из кандидата</translation>
    </message>
    <message>
        <source>The problem «{title}» is registered with {n} feedback records as its evidence.</source>
        <translation>Проблема «{title}» зарегистрирована; в её основании записей обратной связи: {n}.</translation>
    </message>
    <message>
        <source>Dismiss «{title}»? It will not be suggested again for {period}.</source>
        <translation>Отклонить «{title}»? Кандидат больше не будет предлагаться за {period}.</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>What goes wrong for clients, in one sentence</source>
        <translation>Что не так для клиентов — одной фразой</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Required for a rejected problem: why</source>
        <translation>Обязательно для отклонённой проблемы: почему</translation>
    </message>
    <message>
        <source>&amp;Problem: *</source>
        <translation>&amp;Проблема: *</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Client &amp;journey:</source>
        <translation>Клиентский &amp;маршрут:</translation>
    </message>
    <message>
        <source>&amp;Touchpoint:</source>
        <translation>&amp;Точка контакта:</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Значимость:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>Status co&amp;mment:</source>
        <translation>&amp;Комментарий к состоянию:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>О&amp;тветственный:</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>Дата &amp;выявления:</translation>
    </message>
    <message>
        <source>Describe the problem in at least 5 characters.</source>
        <translation>Сформулируйте проблему: не короче 5 знаков. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Say why the problem is rejected in the status comment.</source>
        <translation>Укажите в комментарии к состоянию, почему проблема отклонена.</translation>
    </message>
</context>
<context>
    <name>ProblemPicker</name>
    <message>
        <source>Link to a problem…</source>
        <translation>Связать с проблемой…</translation>
    </message>
    <message>
        <source>Problems…</source>
        <translation>Проблемы…</translation>
    </message>
    <message>
        <source>Problems the measure addresses</source>
        <translation>Проблемы, которые решает мера</translation>
    </message>
    <message>
        <source>Select the records to link to a problem first.</source>
        <translation>Сначала выделите записи, которые нужно связать с проблемой.</translation>
    </message>
    <message>
        <source>Link {n} records to a problem</source>
        <translation>Связать записи ({n}) с проблемой</translation>
    </message>
    <message>
        <source>{new} of {n} records added to the evidence of «{title}».</source>
        <translation>В основание проблемы «{title}» добавлено записей: {new} из {n}.</translation>
    </message>
</context>
<context>
    <name>ProblemPickerDialog</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Search problems by words of the title or description…</source>
        <translation>Поиск проблемы по словам названия или описания…</translation>
    </message>
    <message>
        <source>Shown {shown} of {total}; refine the search to find others.</source>
        <translation>Показано {shown} из {total}; уточните поиск, чтобы найти другие.</translation>
    </message>
    <message>
        <source>No problems match. Register the problem on the «Problems» tab first.</source>
        <translation>Подходящих проблем нет. Сначала зарегистрируйте проблему на вкладке «Проблемы».</translation>
    </message>
    <message>
        <source>Choose a problem in the list.</source>
        <translation>Выберите проблему в списке.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>Меры по улучшению</translation>
    </message>
    <message>
        <source>{title} · {n} unsolved</source>
        <translation>{title} · нерешённых: {n}</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <source>New problem…</source>
        <translation>Новая проблема…</translation>
    </message>
    <message>
        <source>Register a problem (Ctrl+N)</source>
        <translation>Зарегистрировать проблему (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Open the selected problem (Enter)</source>
        <translation>Открыть выбранную проблему (Enter)</translation>
    </message>
    <message>
        <source>Add recommendation…</source>
        <translation>Добавить рекомендацию…</translation>
    </message>
    <message>
        <source>Evidence in the register</source>
        <translation>Основание в реестре</translation>
    </message>
    <message>
        <source>Show the feedback records behind the problem in the feedback register</source>
        <translation>Показать записи обратной связи, на которых основана проблема, в реестре обратной связи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected problem (Del)</source>
        <translation>Удалить выбранную проблему (Del)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the register as filtered (Ctrl+P)</source>
        <translation>Напечатать реестр с текущим отбором (Ctrl+P)</translation>
    </message>
    <message>
        <source>Search in titles and descriptions…</source>
        <translation>Поиск в названиях и описаниях…</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Нерешённые</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Любая значимость</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Открытые рекомендации</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Выявлена</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation> (просрочено {n})</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все центры</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Все маршруты</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>Проблем: {n}</translation>
    </message>
    <message>
        <source>No problems for these filters. Register a problem or accept a candidate on the «Candidates» tab.</source>
        <translation>Нет проблем с такими условиями отбора. Зарегистрируйте проблему или примите кандидата на вкладке «Кандидаты».</translation>
    </message>
    <message>
        <source>Select a problem to see its evidence and recommendations.</source>
        <translation>Выберите проблему, чтобы увидеть её основание и рекомендации.</translation>
    </message>
    <message>
        <source>Client journey</source>
        <translation>Клиентский маршрут</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Status comment</source>
        <translation>Комментарий к состоянию</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Дата выявления</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source> (read-only here)</source>
        <translation> (здесь только просмотр)</translation>
    </message>
    <message>
        <source>Evidence: {n} feedback records</source>
        <translation>Основание: записей обратной связи — {n}</translation>
    </message>
    <message>
        <source>Show them in the feedback register</source>
        <translation>Показать их в реестре обратной связи</translation>
    </message>
    <message>
        <source>Recommendations ({n})</source>
        <translation>Рекомендации ({n})</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
    <message>
        <source> by {date}</source>
        <translation> до {date}</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>Меры по улучшению</translation>
    </message>
    <message>
        <source>Delete the problem «{title}» with its {n} recommendations? The feedback records stay in the register; other offices will learn of the deletion.</source>
        <translation>Удалить проблему «{title}» вместе с рекомендациями ({n})? Записи обратной связи останутся в реестре; другие центры узнают об удалении при обмене.</translation>
    </message>
    <message>
        <source>Register of problems</source>
        <translation>Реестр проблем</translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation>Подготовка реестра…</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Problem: {title}</source>
        <translation>Проблема: {title}</translation>
    </message>
    <message>
        <source>Unit, position or office the recommendation is for</source>
        <translation>Подразделение, должность или центр занятости, кому адресована рекомендация</translation>
    </message>
    <message>
        <source>&amp;Recommendation: *</source>
        <translation>&amp;Рекомендация: *</translation>
    </message>
    <message>
        <source>&amp;Addressee: *</source>
        <translation>&amp;Адресат: *</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>Write the recommendation (at least 5 characters).</source>
        <translation>Напишите текст рекомендации (не короче 5 знаков). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Name the addressee of the recommendation.</source>
        <translation>Укажите адресата рекомендации: кому она направлена.</translation>
    </message>
</context>
<context>
    <name>RecommendationsTab</name>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation>Перейти к проблеме</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Search in recommendations, addressees and problems…</source>
        <translation>Поиск в рекомендациях, адресатах и проблемах…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · просрочена</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все центры</translation>
    </message>
    <message>
        <source>{n} recommendations</source>
        <translation>Рекомендаций: {n}</translation>
    </message>
    <message>
        <source>No recommendations for these filters. Add them to a problem on the «Problems» tab.</source>
        <translation>Нет рекомендаций с такими условиями отбора. Добавьте рекомендации к проблеме на вкладке «Проблемы».</translation>
    </message>
    <message>
        <source>Delete the recommendation «{text}»?</source>
        <translation>Удалить рекомендацию «{text}»?</translation>
    </message>
</context>
</TS>
