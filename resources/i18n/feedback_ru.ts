<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppealDialog</name>
    <message>
        <source>Register an appeal</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Name (organisation)</source>
        <translation>ФИО (организация)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Телефон, эл. почта</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text of the appeal</source>
        <translation>Текст обращения</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name: an appeal without a name is not registered for an answer.</source>
        <translation>Укажите заявителя: обращение без фамилии (наименования) не регистрируется для ответа.</translation>
    </message>
    <message>
        <source>Enter the text of the appeal.</source>
        <translation>Введите текст обращения.</translation>
    </message>
</context>
<context>
    <name>BookEntryDialog</name>
    <message>
        <source>Complaints and suggestions book entry</source>
        <translation>Запись книги жалоб и предложений</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Author (optional)</source>
        <translation>Автор (необязательно)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Copy the text of the entry from the book.</source>
        <translation>Перепишите текст записи из книги.</translation>
    </message>
</context>
<context>
    <name>DictionariesDialog</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Holidays of years not listed (DD.MM)</source>
        <translation>Праздники для лет, которых нет в списке (ДД.ММ)</translation>
    </message>
    <message>
        <source>Non-working holidays and days off of the year (DD.MM.YYYY, one a line)</source>
        <translation>Нерабочие праздничные и выходные дни года (ДД.ММ.ГГГГ, по одному в строке)</translation>
    </message>
    <message>
        <source>Transferred working days (a Saturday or Sunday that is worked)</source>
        <translation>Перенесённые рабочие дни (рабочие субботы и воскресенья)</translation>
    </message>
    <message>
        <source>The calendar has no {year} yet: Saturdays, Sundays and the holidays above are days off. Enter the days of the Government&apos;s decree to add the year.</source>
        <translation>В календаре ещё нет {year} года: выходными считаются суббота, воскресенье и праздники выше. Внесите дни из постановления Правительства, чтобы добавить год.</translation>
    </message>
    <message>
        <source>«{value}» is not a date of {year}: write dates as DD.MM.YYYY, one a line.</source>
        <translation>«{value}» — не дата {year} года: записывайте даты как ДД.ММ.ГГГГ, по одной в строке.</translation>
    </message>
    <message>
        <source>«{v}» is not a day of the year: write DD.MM.</source>
        <translation>«{v}» — не день года: запишите как ДД.ММ.</translation>
    </message>
    <message>
        <source>Dictionaries of text analytics and deadlines</source>
        <translation>Справочники: темы, тональность, производственный календарь</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Production calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Shipped default of this tab</source>
        <translation>Исходный вариант этой вкладки</translation>
    </message>
    <message>
        <source>Saving re-applies topics and sentiment to every record (topics assigned by hand are kept) and moves the deadlines of open appeals to the edited calendar.</source>
        <translation>При сохранении темы и тональность пересчитываются для всех записей (темы, назначенные вручную, сохраняются), а сроки открытых обращений пересчитываются по изменённому календарю.</translation>
    </message>
    <message>
        <source>Only a CX specialist may change the dictionaries; you can read them here.</source>
        <translation>Изменять словари может только специалист по КО; здесь их можно просмотреть.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Keywords, comma-separated</source>
        <translation>Ключевые слова через запятую</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Фразы</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <source>Delete the topic</source>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <source>Row {n} of the topics: enter both the code and the topic.</source>
        <translation>Строка {n} списка тем: укажите и код, и тему.</translation>
    </message>
    <message>
        <source>Two topics have the same code: codes must differ.</source>
        <translation>У двух тем одинаковый код: коды должны различаться.</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Слово или фраза</translation>
    </message>
    <message>
        <source>Weight (+ positive, − negative)</source>
        <translation>Вес (+ положительный, − отрицательный)</translation>
    </message>
    <message>
        <source>Only after «не»</source>
        <translation>Только после «не»</translation>
    </message>
    <message>
        <source>Add a word</source>
        <translation>Добавить слово</translation>
    </message>
    <message>
        <source>Delete the word</source>
        <translation>Удалить слово</translation>
    </message>
    <message>
        <source>Negation words (flip the next two words)</source>
        <translation>Слова отрицания (меняют знак двух следующих слов)</translation>
    </message>
    <message>
        <source>Threshold of a positive or negative text</source>
        <translation>Порог положительного или отрицательного текста</translation>
    </message>
    <message>
        <source>«{w}»: the weight must be a number other than 0 (e.g. 1 or −1,5).</source>
        <translation>«{w}»: вес должен быть числом, отличным от 0 (например, 1 или −1,5).</translation>
    </message>
    <message>
        <source>Re-applying to the records: {done} of {total}</source>
        <translation>Пересчёт записей: {done} из {total}</translation>
    </message>
    <message>
        <source>Saving the dictionaries and re-applying them to the records…</source>
        <translation>Сохранение словарей и пересчёт записей…</translation>
    </message>
    <message>
        <source>Saved. Re-analysed records: {n}; appeal deadlines moved: {m}.</source>
        <translation>Сохранено. Пересчитано записей: {n}; изменено сроков обращений: {m}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved, the records keep their topics and sentiment.</source>
        <translation>Отменено: ничего не сохранено, у записей остались прежние темы и тональность.</translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Registration due</source>
        <translation>Срок регистрации</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source> (extended by {n} days)</source>
        <translation> (продлён на {n} дн.)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source> (assigned by hand)</source>
        <translation> (назначены вручную)</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>указана</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Book entry</source>
        <translation>Запись в книге</translation>
    </message>
    <message>
        <source>New entry of the complaints and suggestions book (Ctrl+N)</source>
        <translation>Новая запись книги жалоб и предложений (Ctrl+N)</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Упоминание</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Enter a paper questionnaire</source>
        <translation>Ввести бумажную анкету</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Open the selected record in its form (Enter, double click)</source>
        <translation>Открыть выбранную запись в форме (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Register as appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Анкеты…</translation>
    </message>
    <message>
        <source>Questionnaire templates: questions, versions, archive</source>
        <translation>Шаблоны анкет: вопросы, копии, архив</translation>
    </message>
    <message>
        <source>Dictionaries…</source>
        <translation>Справочники…</translation>
    </message>
    <message>
        <source>Topic dictionary, sentiment lexicon and production calendar</source>
        <translation>Словарь тем, словарь тональности и производственный календарь</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Complaints book register for the period (Ctrl+P)…</source>
        <translation>Реестр книги жалоб за период (Ctrl+P)…</translation>
    </message>
    <message>
        <source>Current view…</source>
        <translation>Текущий список…</translation>
    </message>
    <message>
        <source>Blank questionnaire for citizens…</source>
        <translation>Бланк анкеты для граждан…</translation>
    </message>
    <message>
        <source>Blank questionnaire for employers…</source>
        <translation>Бланк анкеты для работодателей…</translation>
    </message>
    <message>
        <source>{title} · {count} records</source>
        <translation>{title} · записей: {count}</translation>
    </message>
    <message>
        <source>{rows} records · selected {selected}</source>
        <translation>{rows} записей · выбрано {selected}</translation>
    </message>
    <message>
        <source>No records for these filters. Add a record or import a file.</source>
        <translation>Нет записей по этим условиям. Добавьте запись или импортируйте файл.</translation>
    </message>
    <message>
        <source>touchpoint «{name}»</source>
        <translation>точка контакта «{name}»</translation>
    </message>
    <message>
        <source>{n} records selected: «Assign…» links them to a touchpoint or a topic, «Record» → «Link to a problem…» makes them the evidence of a problem.</source>
        <translation>Выбрано записей: {n}. «Назначить…» связывает их с точкой контакта или темой, «Запись» → «Связать с проблемой…» делает их подтверждением проблемы.</translation>
    </message>
    <message>
        <source>Your role has no access to feedback records (they hold applicants&apos; personal data). Ask the administrator for the intake or CX role.</source>
        <translation>У вашей роли нет доступа к записям обратной связи (в них персональные данные заявителей). Обратитесь к администратору за ролью оператора ввода или специалиста по КО.</translation>
    </message>
    <message>
        <source>✔ No overdue appeals; none is due in the next days.</source>
        <translation>✔ Просроченных обращений нет; в ближайшие дни сроки не истекают.</translation>
    </message>
    <message>
        <source>⚠ Overdue appeals: {late} · due within 5 days: {soon}. Choose «overdue appeals» in the status filter to see them.</source>
        <translation>⚠ Просрочено обращений: {late} · срок истекает в ближайшие 5 дней: {soon}. Выберите «просроченные обращения» в фильтре статуса, чтобы увидеть их.</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Выберите запись, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <source>Select the records to assign first.</source>
        <translation>Сначала выберите записи.</translation>
    </message>
    <message>
        <source>Topic: {t}</source>
        <translation>Тема: {t}</translation>
    </message>
    <message>
        <source>Touchpoint: {t}</source>
        <translation>Точка контакта: {t}</translation>
    </message>
    <message>
        <source>Assign to {n} records</source>
        <translation>Назначить для {n} записей</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Выгрузка списка</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Выгрузка реестра…</translation>
    </message>
    <message>
        <source>Complaints book register</source>
        <translation>Реестр книги жалоб</translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation>Подготовка реестра…</translation>
    </message>
    <message>
        <source>Print the view</source>
        <translation>Печать списка</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Бланк анкеты</translation>
    </message>
    <message>
        <source>Select one record to open it.</source>
        <translation>Выберите одну запись, чтобы открыть её.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the text (any word form)…</source>
        <translation>Поиск по тексту (любая форма слова)…</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Citizens and employers</source>
        <translation>Все аудитории</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Любая тональность</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>overdue appeals</source>
        <translation>просроченные обращения</translation>
    </message>
    <message>
        <source>Audience, sentiment, client-group profile and journey touchpoint</source>
        <translation>Аудитория, тональность, профиль клиентской группы и точка контакта маршрута</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Любой профиль</translation>
    </message>
    <message>
        <source>Any touchpoint</source>
        <translation>Любая точка контакта</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translation>Ещё фильтры ({n})</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Ещё фильтры</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import feedback from a file</source>
        <translation>Импорт обратной связи из файла</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что импортируется</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>File (CSV or XLSX)</source>
        <translation>Файл (CSV или XLSX)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <source>Choose a file and check it: nothing is written until you import.</source>
        <translation>Выберите файл и проверьте его: до импорта в базу ничего не записывается.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>All or nothing (refuse if any row has an error)</source>
        <translation>Всё или ничего (отказ, если в какой-либо строке ошибка)</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Импортировать только верные строки</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Сохранить отчёт об ошибках…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Row errors</source>
        <translation>Ошибки в строках</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>The mapping changed: check the file again before importing.</source>
        <translation>Сопоставление изменено: перед импортом проверьте файл ещё раз.</translation>
    </message>
    <message>
        <source>Mapping saved: the next file with these columns gets it.</source>
        <translation>Сопоставление сохранено: следующий файл с такими столбцами получит его.</translation>
    </message>
    <message>
        <source>The file was not read.</source>
        <translation>Файл не прочитан.</translation>
    </message>
    <message>
        <source>Rows: {total}; ready to import: {valid}; already in the database: {dup}; rows with errors: {failed}.</source>
        <translation>Строк: {total}; готово к импорту: {valid}; уже есть в базе: {dup}; строк с ошибками: {failed}.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Отчёт об ошибках</translation>
    </message>
    <message>
        <source>Imported: {n}. Already in the database: {dup}.</source>
        <translation>Импортировано: {n}. Уже были в базе: {dup}.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Сохранить и новая</translation>
    </message>
    <message>
        <source>— not specified —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <source>No journey touchpoints yet: draw a journey map first</source>
        <translation>Точек контакта пока нет: сначала нарисуйте карту клиентского пути</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>File column</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Строка {n}</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>First rows with the mapping applied:</source>
        <translation>Первые строки с применённым сопоставлением:</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— не загружать —</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код центра</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>The mapping saved for this questionnaire was applied.</source>
        <translation>Применено сопоставление, сохранённое для этой анкеты.</translation>
    </message>
    <message>
        <source>Columns matched by question texts; check them and save the mapping.</source>
        <translation>Столбцы сопоставлены по текстам вопросов; проверьте их и сохраните сопоставление.</translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <source>Open-source mention</source>
        <translation>Упоминание в открытых источниках</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Enter the text of the publication.</source>
        <translation>Введите текст публикации.</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Satisfaction metric</source>
        <translation>Метрика удовлетворённости</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Enter at least one rating.</source>
        <translation>Введите хотя бы одну оценку.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Take the appeal into work…</source>
        <translation>Взять обращение в работу…</translation>
    </message>
    <message>
        <source>Extend the answer deadline (once, applicant notified)…</source>
        <translation>Продлить срок ответа (один раз, с уведомлением заявителя)…</translation>
    </message>
    <message>
        <source>Enter the answer…</source>
        <translation>Внести ответ…</translation>
    </message>
    <message>
        <source>Redirect to another body…</source>
        <translation>Перенаправить в другой орган…</translation>
    </message>
    <message>
        <source>Close the appeal</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Attach a scan of the paper page…</source>
        <translation>Прикрепить скан бумажной страницы…</translation>
    </message>
    <message>
        <source>Delete the selected records…</source>
        <translation>Удалить выбранные записи…</translation>
    </message>
    <message>
        <source>Source coverage by office and quarter…</source>
        <translation>Покрытие источников по офисам и кварталам…</translation>
    </message>
    <message>
        <source>Select one record first.</source>
        <translation>Сначала выберите одну запись.</translation>
    </message>
    <message>
        <source>Into work</source>
        <translation>В работу</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Extend by days (at most 30); the applicant must be notified</source>
        <translation>Продлить на дней (не более 30); заявитель должен быть уведомлён</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>How the answer was sent</source>
        <translation>Способ направления ответа</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Перенаправление</translation>
    </message>
    <message>
        <source>Body the appeal is redirected to</source>
        <translation>Орган, в который перенаправлено обращение</translation>
    </message>
    <message>
        <source>Scan of the page</source>
        <translation>Скан страницы</translation>
    </message>
    <message>
        <source>Delete {n} records? Other offices will learn of the deletion.</source>
        <translation>Удалить записи ({n})? Другие офисы получат сведения об удалении.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Удаление записей</translation>
    </message>
    <message>
        <source>Remove the selected records from the shown set…</source>
        <translation>Убрать выбранные записи из показанного набора…</translation>
    </message>
    <message>
        <source>Select the records to remove first.</source>
        <translation>Сначала выберите записи, которые нужно убрать.</translation>
    </message>
    <message>
        <source>{action}: {n} records ({note})? The records themselves stay in the register.</source>
        <translation>{action}: записей — {n} ({note})? Сами записи остаются в реестре.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Removed from «{note}»: {n} records.</source>
        <translation>Убрано из набора «{note}»: записей — {n}.</translation>
    </message>
    <message>
        <source>Source coverage</source>
        <translation>Покрытие источников</translation>
    </message>
    <message>
        <source>Quarter {q}</source>
        <translation>{q} квартал</translation>
    </message>
    <message>
        <source>all 5 sources</source>
        <translation>все 5 источников</translation>
    </message>
    <message>
        <source>{n} of 5; missing: {m}</source>
        <translation>{n} из 5; нет: {m}</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Complaints and suggestions book entry № {n}</source>
        <translation>Запись книги жалоб и предложений № {n}</translation>
    </message>
    <message>
        <source>Appeal № {n}</source>
        <translation>Обращение № {n}</translation>
    </message>
    <message>
        <source>Open-source mention</source>
        <translation>Упоминание в открытых источниках</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Satisfaction metric</source>
        <translation>Метрика удовлетворённости</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Author (applicant)</source>
        <translation>Автор (заявитель)</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>— no profile —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <source>Client-group profiles are described in «Профили клиентских групп»</source>
        <translation>Профили описаны в разделе «Профили клиентских групп»</translation>
    </message>
    <message>
        <source>Client-group profile</source>
        <translation>Профиль клиентской группы</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The author was answered</source>
        <translation>Автору дан ответ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>— not specified —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <source>Answer method</source>
        <translation>Способ ответа</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>{status}; answer due {due}</source>
        <translation>{status}; срок ответа {due}</translation>
    </message>
    <message>
        <source>Status, extension and answer: the «Record» menu of the register.</source>
        <translation>Статус, продление срока и ответ: меню «Запись» реестра.</translation>
    </message>
    <message>
        <source>(not in the list: {id})</source>
        <translation>(нет в списке: {id})</translation>
    </message>
    <message>
        <source>No scans attached (the «Record» menu attaches one)</source>
        <translation>Сканы не приложены (приложить можно в меню «Запись»)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <source>The text is empty: copy the text of the entry, appeal or publication.</source>
        <translation>Текст пуст: скопируйте текст записи, обращения или публикации.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name: an appeal without a name is not registered for an answer.</source>
        <translation>Укажите заявителя: обращение без фамилии (наименования) не регистрируется для ответа.</translation>
    </message>
    <message>
        <source>Enter the platform where the mention was published.</source>
        <translation>Укажите площадку, где опубликовано упоминание.</translation>
    </message>
    <message>
        <source>The date received is in the future: check the date.</source>
        <translation>Дата поступления в будущем: проверьте дату.</translation>
    </message>
    <message>
        <source>The answer date is earlier than the date of the entry.</source>
        <translation>Дата ответа раньше даты записи.</translation>
    </message>
    <message>
        <source>Choose how the answer was given (in writing, by e-mail, orally …).</source>
        <translation>Выберите способ ответа (письменно, по электронной почте, устно …).</translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation>Сохранение скана</translation>
    </message>
    <message>
        <source>Scan (*{ext})</source>
        <translation>Скан (*{ext})</translation>
    </message>
    <message>
        <source>The scan was not saved to {path}: {reason}. Choose another folder.</source>
        <translation>Скан не сохранён в {path}: {reason}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>No program opens this file here. Use «Save as…» and open the copy.</source>
        <translation>На этом компьютере нет программы, открывающей этот файл. Выберите «Сохранить как…» и откройте копию.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Date filled in</source>
        <translation>Дата заполнения</translation>
    </message>
    <message>
        <source>The questionnaire has no answers.</source>
        <translation>В анкете нет ни одного ответа.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Which questionnaire</source>
        <translation>Какая анкета</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Questionnaire template</source>
        <translation>Шаблон анкеты</translation>
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
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Options («;» between)</source>
        <translation>Варианты (через «;»)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>KPI group</source>
        <translation>Группа показателей</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Answers are kept by question: when the questionnaire already has answers, its questions and options cannot be removed and their types cannot change (add new ones, or copy the questionnaire and archive this one).</source>
        <translation>Ответы хранятся по вопросам: если по анкете уже есть ответы, её вопросы и варианты нельзя удалить, а их тип — изменить (добавляйте новые или сделайте копию анкеты, а эту отправьте в архив).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter the title of the questionnaire.</source>
        <translation>Укажите название анкеты.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Добавьте хотя бы один вопрос.</translation>
    </message>
    <message>
        <source>Question {n}: enter its text.</source>
        <translation>Вопрос {n}: введите текст вопроса.</translation>
    </message>
    <message>
        <source>Question {n}: a choice question needs at least two options separated by «;».</source>
        <translation>Вопрос {n}: для вопроса с выбором нужно не меньше двух вариантов через «;».</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>A questionnaire is never deleted: archive it to hide it from entry and import; its answers stay in the register. To change answered questions, copy the questionnaire.</source>
        <translation>Анкеты не удаляются: отправьте анкету в архив, чтобы скрыть её из ввода и импорта; её ответы остаются в реестре. Чтобы изменить вопросы, на которые уже отвечали, скопируйте анкету.</translation>
    </message>
    <message>
        <source>Only a CX specialist may change questionnaires; you can read them here.</source>
        <translation>Изменять анкеты может только специалист по КО; здесь их можно просмотреть.</translation>
    </message>
    <message>
        <source>citizens</source>
        <translation>граждане</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>работодатели</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>нет ответов</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть из архива</translation>
    </message>
</context>
</TS>
