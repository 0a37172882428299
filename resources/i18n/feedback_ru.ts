<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="226" />
        <source>Register an appeal</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="229" />
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="233" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="235" />
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="236" />
        <source>Name (organisation)</source>
        <translation>ФИО (организация)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="237" />
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="238" />
        <source>Phone, e-mail</source>
        <translation>Телефон, эл. почта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="239" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="240" />
        <source>Text of the appeal</source>
        <translation>Текст обращения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="242" />
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="245" />
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="252" />
        <source>Enter the applicant's name: an appeal without a name is not registered for an answer.</source>
        <translation>Укажите заявителя: обращение без фамилии (наименования) не регистрируется для ответа.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="255" />
        <source>Enter the text of the appeal.</source>
        <translation>Введите текст обращения.</translation>
    </message>
</context>
<context>
    <name>BookEntryDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="172" />
        <source>Complaints and suggestions book entry</source>
        <translation>Запись книги жалоб и предложений</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="175" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="179" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="181" />
        <source>Author (optional)</source>
        <translation>Автор (необязательно)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="182" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="183" />
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="184" />
        <source>Text of the entry</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="186" />
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="191" />
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="193" />
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="197" />
        <source>Copy the text of the entry from the book.</source>
        <translation>Перепишите текст записи из книги.</translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="45" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="50" />
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="51" />
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="52" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="54" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="57" />
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="58" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="59" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="60" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="62" />
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="65" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="66" />
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="67" />
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="68" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="69" />
        <source>Registration due</source>
        <translation>Срок регистрации</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="71" />
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="74" />
        <source> (extended by {n} days)</source>
        <translation> (продлён на {n} дн.)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="82" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="87" />
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="89" />
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="93" />
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="96" />
        <source> (assigned by hand)</source>
        <translation> (назначены вручную)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="102" />
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="106" />
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="107" />
        <source>linked</source>
        <translation>указана</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="110" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/detail.py" line="119" />
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="92" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="94" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="96" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="97" />
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="98" />
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="101" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="109" />
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="113" />
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="117" />
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="121" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="122" />
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="170" />
        <source>Book entry</source>
        <translation>Запись в книге</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="171" />
        <source>New entry of the complaints and suggestions book (Ctrl+N)</source>
        <translation>Новая запись книги жалоб и предложений (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="173" />
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="174" />
        <source>Mention</source>
        <translation>Упоминание</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="175" />
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="176" />
        <source>Enter a paper questionnaire</source>
        <translation>Ввести бумажную анкету</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="178" />
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="179" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="180" />
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="181" />
        <source>Register as appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="184" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="186" />
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="187" />
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="189" />
        <source>Complaints book register for the period (Ctrl+P)…</source>
        <translation>Реестр книги жалоб за период (Ctrl+P)…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="190" />
        <source>Current view…</source>
        <translation>Текущий список…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="191" />
        <source>Blank questionnaire for citizens…</source>
        <translation>Бланк анкеты для граждан…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="193" />
        <source>Blank questionnaire for employers…</source>
        <translation>Бланк анкеты для работодателей…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="214" />
        <source>Search the text (any word form)…</source>
        <translation>Поиск по тексту (любая форма слова)…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="221" />
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="223" />
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="224" />
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="225" />
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="226" />
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="231" />
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="232" />
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="233" />
        <source>Citizens and employers</source>
        <translation>Все аудитории</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="234" />
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="235" />
        <source>Any sentiment</source>
        <translation>Любая тональность</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="237" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="237" />
        <source>overdue appeals</source>
        <translation>просроченные обращения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="249" />
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="328" />
        <source>{title} · {count} records</source>
        <translation>{title} · записей: {count}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="331" />
        <source>{rows} records · selected {selected}</source>
        <translation>{rows} записей · выбрано {selected}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="333" />
        <source>No records for these filters. Add a record or import a file.</source>
        <translation>Нет записей по этим условиям. Добавьте запись или импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="340" />
        <source>Your role has no access to feedback records (they hold applicants' personal data). Ask the administrator for the intake or CX role.</source>
        <translation>У вашей роли нет доступа к записям обратной связи (в них персональные данные заявителей). Обратитесь к администратору за ролью оператора ввода или специалиста по КО.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="350" />
        <source>✔ No overdue appeals; none is due in the next days.</source>
        <translation>✔ Просроченных обращений нет; в ближайшие дни сроки не истекают.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="355" />
        <source>⚠ Overdue appeals: {late} · due within 5 days: {soon}. Choose «overdue appeals» in the status filter to see them.</source>
        <translation>⚠ Просрочено обращений: {late} · срок истекает в ближайшие 5 дней: {soon}. Выберите «просроченные обращения» в фильтре статуса, чтобы увидеть их.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="369" />
        <source>Select a record to see it here.</source>
        <translation>Выберите запись, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="372" />
        <source>{n} records selected: use «Assign…» to link them to a touchpoint, topic or problem.</source>
        <translation>Выбрано записей: {n}. Кнопка «Назначить…» свяжет их с точкой контакта, темой или проблемой.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="461" />
        <source>Select the records to assign first.</source>
        <translation>Сначала выберите записи.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="464" />
        <source>Topic: {t}</source>
        <translation>Тема: {t}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="467" />
        <source>Touchpoint: {t}</source>
        <translation>Точка контакта: {t}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="471" />
        <source>Assign to {n} records</source>
        <translation>Назначить для {n} записей</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="471" />
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="495" />
        <source>Export the view</source>
        <translation>Выгрузка списка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="502" />
        <source>Exporting the register…</source>
        <translation>Выгрузка реестра…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="509" />
        <source>Complaints book register</source>
        <translation>Реестр книги жалоб</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="513" />
        <source>Preparing the register…</source>
        <translation>Подготовка реестра…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="518" />
        <source>Print the view</source>
        <translation>Печать списка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="523" />
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/page.py" line="528" />
        <source>Blank questionnaire</source>
        <translation>Бланк анкеты</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="37" />
        <source>Import feedback from a file</source>
        <translation>Импорт обратной связи из файла</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="51" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="56" />
        <source>What</source>
        <translation>Что импортируется</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="57" />
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="58" />
        <source>File (CSV or XLSX)</source>
        <translation>Файл (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="59" />
        <source>Check the file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="62" />
        <source>Choose a file and check it: nothing is written until you import.</source>
        <translation>Выберите файл и проверьте его: до импорта в базу ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="66" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="66" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="66" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="70" />
        <source>All or nothing (refuse if any row has an error)</source>
        <translation>Всё или ничего (отказ, если в какой-либо строке ошибка)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="72" />
        <source>Import valid rows only</source>
        <translation>Импортировать только верные строки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="75" />
        <source>Save error report…</source>
        <translation>Сохранить отчёт об ошибках…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="77" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="80" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="104" />
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="129" />
        <source>The file was not read.</source>
        <translation>Файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="133" />
        <source>Rows: {total}; ready to import: {valid}; already in the database: {dup}; rows with errors: {failed}.</source>
        <translation>Строк: {total}; готово к импорту: {valid}; уже есть в базе: {dup}; строк с ошибками: {failed}.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="146" />
        <source>Error report</source>
        <translation>Отчёт об ошибках</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/import_dialog.py" line="164" />
        <source>Imported: {n}. Already in the database: {dup}.</source>
        <translation>Импортировано: {n}. Уже были в базе: {dup}.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="97" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="99" />
        <source>Save and new</source>
        <translation>Сохранить и новая</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="146" />
        <source>— not specified —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="151" />
        <source>No journey touchpoints yet: draw a journey map first</source>
        <translation>Точек контакта пока нет: сначала нарисуйте карту клиентского пути</translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="282" />
        <source>Open-source mention</source>
        <translation>Упоминание в открытых источниках</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="284" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="287" />
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="291" />
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="292" />
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="293" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="294" />
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="297" />
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="299" />
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/forms.py" line="303" />
        <source>Enter the text of the publication.</source>
        <translation>Введите текст публикации.</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="97" />
        <source>Satisfaction metric</source>
        <translation>Метрика удовлетворённости</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="98" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="101" />
        <source>Tool</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="109" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="112" />
        <source>Enter at least one rating.</source>
        <translation>Введите хотя бы одну оценку.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="34" />
        <source>Take the appeal into work…</source>
        <translation>Взять обращение в работу…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="38" />
        <source>Extend the answer deadline (once, applicant notified)…</source>
        <translation>Продлить срок ответа (один раз, с уведомлением заявителя)…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="41" />
        <source>Enter the answer…</source>
        <translation>Внести ответ…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="43" />
        <source>Redirect to another body…</source>
        <translation>Перенаправить в другой орган…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="46" />
        <source>Close the appeal</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="51" />
        <source>Attach a scan of the paper page…</source>
        <translation>Прикрепить скан бумажной страницы…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="54" />
        <source>Delete the selected records…</source>
        <translation>Удалить выбранные записи…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="58" />
        <source>Source coverage by office and quarter…</source>
        <translation>Покрытие источников по офисам и кварталам…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="68" />
        <source>Select one record first.</source>
        <translation>Сначала выберите одну запись.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="82" />
        <source>Into work</source>
        <translation>В работу</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="83" />
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="92" />
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="93" />
        <source>Extend by days (at most 30); the applicant must be notified</source>
        <translation>Продлить на дней (не более 30); заявитель должен быть уведомлён</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="107" />
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="115" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="108" />
        <source>Text of the answer</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="116" />
        <source>How the answer was sent</source>
        <translation>Способ направления ответа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="132" />
        <source>Redirect</source>
        <translation>Перенаправление</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="133" />
        <source>Body the appeal is redirected to</source>
        <translation>Орган, в который перенаправлено обращение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="145" />
        <source>Scan of the page</source>
        <translation>Скан страницы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="164" />
        <source>Delete {n} records? Other offices will learn of the deletion.</source>
        <translation>Удалить записи ({n})? Другие офисы получат сведения об удалении.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="167" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="168" />
        <source>Delete records</source>
        <translation>Удаление записей</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="181" />
        <source>Source coverage</source>
        <translation>Покрытие источников</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="200" />
        <source>Quarter {q}</source>
        <translation>{q} квартал</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="208" />
        <source>all 5 sources</source>
        <translation>все 5 источников</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/record_actions.py" line="210" />
        <source>{n} of 5; missing: {m}</source>
        <translation>{n} из 5; нет: {m}</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="34" />
        <source>Date filled in</source>
        <translation>Дата заполнения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="86" />
        <source>The questionnaire has no answers.</source>
        <translation>В анкете нет ни одного ответа.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="138" />
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/feedback/survey_form.py" line="139" />
        <source>Which questionnaire</source>
        <translation>Какая анкета</translation>
    </message>
</context>
</TS>