<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>{family} fonts</source>
        <translation>Шрифты {family}</translation>
    </message>
    <message>
        <source>free licence of the font (see its text)</source>
        <translation>свободная лицензия шрифта (см. текст)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>The package carries no licence text.</source>
        <translation>Текст лицензии в пакет не включён.</translation>
    </message>
    <message>
        <source>Python Software Foundation License Version 2: https://docs.python.org/3/license.html</source>
        <translation>Лицензия Python Software Foundation, версия 2: https://docs.python.org/3/license.html</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About cxdesk</source>
        <translation>О программе cxdesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Program folder</source>
        <translation>Папка программы</translation>
    </message>
    <message>
        <source>Qt, PySide6, Python</source>
        <translation>Qt, PySide6, Python</translation>
    </message>
    <message>
        <source>Client experience management for employment centres (section VI of the Standard).</source>
        <translation>Управление клиентским опытом центров занятости (раздел VI Стандарта).</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Bundled fonts and libraries and their licences (choose one to read its licence):</source>
        <translation>Шрифты и библиотеки в составе программы и их лицензии (выберите строку, чтобы прочитать текст лицензии):</translation>
    </message>
    <message>
        <source>Copy information</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Latin letters and digits, for example, ivanova</source>
        <translation>латинские буквы и цифры, например ivanova</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters, both letters and digits or other signs. Tell it to the employee in person.</source>
        <translation>Пароль — не менее 8 символов, и буквы, и цифры или другие знаки. Сообщите его сотруднику лично.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The passwords do not match. Enter the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>This database is kept on the PostgreSQL server {server}. Its backup copies are made by the server&apos;s administrator (pg_dump, pg_restore); the program makes none and restores none.</source>
        <translation>Эта база данных хранится на сервере PostgreSQL {server}. Её резервные копии делает администратор сервера (pg_dump, pg_restore); программа копий не создаёт и не восстанавливает.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Step 2 of 2. The administrator creates the accounts of the other employees.</source>
        <translation>Шаг 2 из 2. Администратор создаёт учётные записи остальных сотрудников.</translation>
    </message>
    <message>
        <source>Latin letters and digits, for example, ivanova</source>
        <translation>латинские буквы и цифры, например ivanova</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters, both letters and digits or other signs.</source>
        <translation>Пароль — не менее 8 символов, и буквы, и цифры или другие знаки.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <source>The passwords do not match. Enter the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>cxdesk — cannot open the database</source>
        <translation>cxdesk — не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Cannot open the database {path}. The file has not been changed. Check that the folder exists and that you may write to it, or choose another file.</source>
        <translation>Не удаётся открыть базу данных {path}. Файл не изменён. Проверьте, что папка существует и у вас есть право записи в неё, или выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Requirements of the Standard: {ids}</source>
        <translation>Требования Стандарта: {ids}</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Client-group profiles</source>
        <translation>Профили клиентских групп</translation>
    </message>
    <message>
        <source>Profiles of citizen and employer client groups with the characteristics to account for when working with them; at least ten profiles, the count is shown against the Standard&apos;s minimum.</source>
        <translation>Профили клиентских групп граждан и работодателей с характеристиками, которые нужно учитывать при работе с ними; не менее десяти профилей, их число показывается рядом с минимумом Стандарта.</translation>
    </message>
    <message>
        <source>Client journeys</source>
        <translation>Клиентские маршруты</translation>
    </message>
    <message>
        <source>Client journey maps drawn in an editor: stages, lanes, touchpoints, channels, the emotion curve, pains and opportunities; at least ten journeys.</source>
        <translation>Карты клиентского пути в графическом редакторе: этапы, дорожки, точки контакта, каналы, кривая эмоций, боли и возможности; не менее десяти клиентских маршрутов.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Feedback from the five sources: the complaints and suggestions book, appeals (with the deadlines of 59-FZ), open-source mentions, surveys and satisfaction metrics, each record tied to a touchpoint.</source>
        <translation>Обратная связь из пяти источников: книга жалоб и предложений, обращения (со сроками 59-ФЗ), упоминания в открытых источниках, опросы и метрики удовлетворённости; каждая запись привязана к точке контакта.</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation>Показатели (КПЭ)</translation>
    </message>
    <message>
        <source>Monitoring of client KPIs in the five groups of the Standard: values per period and office against target values, trends, and the records behind every value; regional indicators and annual targets.</source>
        <translation>Мониторинг клиентских показателей эффективности (КПЭ) в пяти группах Стандарта: значения по периодам и центрам в сравнении с целевыми значениями, динамика и записи, из которых сложилось каждое значение; региональные показатели и годовые целевые значения.</translation>
    </message>
    <message>
        <source>Problems and measures</source>
        <translation>Проблемы и меры</translation>
    </message>
    <message>
        <source>The register of problems and recommendations, and improvement initiatives from idea to implementation, including proposals to improve legal acts.</source>
        <translation>Реестр проблем и рекомендаций и меры по повышению качества клиентского опыта (инициативы) от идеи до внедрения, включая предложения по совершенствованию НПА.</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>The client-centricity working group: its members, regulation and roadmap, monthly meetings with minutes, decisions and assignments.</source>
        <translation>Рабочая группа по клиентоцентричности: состав, положение и дорожная карта, ежемесячные заседания с протоколами, решениями и поручениями.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Competency events for staff (business games, contests, work sessions and others), online and offline, at least one every quarter.</source>
        <translation>Мероприятия по развитию клиентоцентричных компетенций сотрудников (деловые игры, конкурсы, рабочие сессии и другие) в очном и дистанционном формате, не реже одного раза в квартал.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>The knowledge base of successful practices, information materials and solutions with full-text search; every employee can read and add articles.</source>
        <translation>База знаний успешных практик, информационных материалов и решений с полнотекстовым поиском; каждый сотрудник может читать и добавлять материалы.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Quarterly reports on the results of the client experience analysis with the problems found and recommendations, printable and readable by every employee.</source>
        <translation>Ежеквартальные отчёты о результатах анализа качества клиентского опыта с выявленными проблемами и рекомендациями; отчёты можно распечатать, их может читать каждый сотрудник.</translation>
    </message>
    <message>
        <source>Compliance with the Standard</source>
        <translation>Соответствие Стандарту</translation>
    </message>
    <message>
        <source>Compliance self-audit: every requirement of the Standard evaluated from the data, per office and region, with the evidence behind it.</source>
        <translation>Самопроверка соответствия Стандарту: каждое требование оценивается по данным — по центру и по региону — с подтверждающими сведениями.</translation>
    </message>
    <message>
        <source>Exchange with the managing centre</source>
        <translation>Обмен с УЦЗН</translation>
    </message>
    <message>
        <source>Exchange bundles that merge the data of the offices into one regional database and bring reference data from the managing centre down to the territorial centres.</source>
        <translation>Пакеты обмена, которые объединяют данные центров в единую региональную базу и доставляют справочные данные из УЦЗН в ТЦЗН.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>User accounts, the automatic lock of an idle session, the audit log and backups of the database.</source>
        <translation>Учётные записи пользователей, автоматическая блокировка при бездействии, журнал аудита и резервные копии базы данных.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>Audit log integrity</source>
        <translation>Целостность журнала аудита</translation>
    </message>
    <message>
        <source>The audit log is intact: {rows} records checked, no changes found.</source>
        <translation>Журнал аудита не изменён: проверено записей — {rows}, изменений не найдено.</translation>
    </message>
    <message>
        <source>The audit log has been changed: {count} problems found in {rows} records. The data is kept as it is; tell the head of the centre and keep a backup copy of the database as evidence.</source>
        <translation>Журнал аудита изменён: проверено записей — {rows}, обнаружено проблем — {count}. Данные оставлены как есть; сообщите руководителю центра и сохраните резервную копию базы данных как доказательство.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Блокировка сеанса</translation>
    </message>
    <message>
        <source>Session locked when idle</source>
        <translation>Автоблокировка при бездействии</translation>
    </message>
    <message>
        <source>First set-up</source>
        <translation>Первоначальная настройка</translation>
    </message>
    <message>
        <source>Office added</source>
        <translation>Добавлен центр занятости</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Добавлен пользователь</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включён</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Пользователь разблокирован</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Смена собственного пароля</translation>
    </message>
    <message>
        <source>Auto-lock time changed</source>
        <translation>Изменено время автоблокировки</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restored from a backup copy</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>неудача</translation>
    </message>
    <message>
        <source>refused: no permission</source>
        <translation>отказано: нет прав</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The last {limit} records, newest first. Every change and every login is recorded; the records are chained, so a changed or deleted record is found by the check.</source>
        <translation>Последние {limit} записей, новые сверху. Записывается каждое изменение и каждый вход; записи связаны в цепочку, поэтому проверка находит изменённую или удалённую запись.</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Проверить целостность</translation>
    </message>
    <message>
        <source>Check that no record of the audit log was changed or deleted</source>
        <translation>Проверить, что ни одна запись журнала аудита не изменена и не удалена</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Show the newest records (F5)</source>
        <translation>Показать новые записи (F5)</translation>
    </message>
    <message>
        <source>Checked {rows} records: the log is intact.</source>
        <translation>Проверено записей: {rows}. Журнал не изменён.</translation>
    </message>
    <message>
        <source>Checked {rows} records: problems found: {count}.</source>
        <translation>Проверено записей: {rows}. Обнаружено проблем: {count}.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backup copy of the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>cxdesk database (*.db)</source>
        <translation>База данных cxdesk (*.db)</translation>
    </message>
    <message>
        <source>The backup copy is saved: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Writing the backup copy of the database…</source>
        <translation>Запись резервной копии базы данных…</translation>
    </message>
    <message>
        <source>Automatic backup copy saved and checked: {name}</source>
        <translation>Автоматическая резервная копия сохранена и проверена: {name}</translation>
    </message>
    <message>
        <source>Automatic backup copy failed: {reason}</source>
        <translation>Автоматическая резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <source>Saving a backup copy of the database before closing…</source>
        <translation>Сохраняется резервная копия базы данных перед закрытием…</translation>
    </message>
    <message>
        <source>cxdesk — the database is damaged</source>
        <translation>cxdesk — база данных повреждена</translation>
    </message>
    <message>
        <source>The check at start found that the database {path} is damaged ({problem}). There is no good backup copy in {folder}. The file has not been changed. Ask the administrator to restore it from a copy kept elsewhere (Администрирование → Резервная копия, or «cxdesk restore --latest»).</source>
        <translation>Проверка при запуске показала, что база данных {path} повреждена ({problem}). В папке {folder} нет исправной резервной копии. Файл не изменён. Обратитесь к администратору: он восстановит базу из копии, хранящейся в другом месте (Администрирование → Резервная копия или «cxdesk restore»).</translation>
    </message>
    <message>
        <source>The check at start found that the database {path} is damaged ({problem}).

The newest good backup copy was made on {when}: {name}. Restore the database from it? The damaged file will be kept in {folder}; what was entered after that copy will have to be entered again.</source>
        <translation>Проверка при запуске показала, что база данных {path} повреждена ({problem}).

Последняя исправная резервная копия сделана {when}: {name}. Восстановить базу данных из неё? Повреждённый файл будет сохранён в папке {folder}; то, что внесено после этой копии, придётся внести заново.</translation>
    </message>
    <message>
        <source>Restore the copy</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <source>The database is restored from {source}. The replaced database is kept: {aside}.</source>
        <translation>База данных восстановлена из копии {source}. Прежняя база сохранена: {aside}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Copy to a file</source>
        <translation>Копия в файл</translation>
    </message>
    <message>
        <source>A backup copy is a complete, checked copy of the database file. Keep copies on another disk or a flash drive; the program can be restored from any of them.</source>
        <translation>Резервная копия — полная проверенная копия файла базы данных. Храните копии на другом диске или флеш-накопителе: базу можно восстановить из любой из них.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the file to write the copy to</source>
        <translation>Выбрать файл, в который записать копию</translation>
    </message>
    <message>
        <source>Create backup copy</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Last backup copy in this session: {path}</source>
        <translation>Последняя резервная копия в этом сеансе: {path}</translation>
    </message>
    <message>
        <source>Automatic copies in {folder}</source>
        <translation>Автоматические копии в папке {folder}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size, MB</source>
        <translation>Размер, МБ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Restore from the selected copy…</source>
        <translation>Восстановить из выбранной копии…</translation>
    </message>
    <message>
        <source>Only the administrator may restore the database</source>
        <translation>Восстанавливать базу данных может только администратор</translation>
    </message>
    <message>
        <source>when the program closes and every {hours} h</source>
        <translation>при закрытии программы и каждые {hours} ч</translation>
    </message>
    <message>
        <source>every {hours} h</source>
        <translation>каждые {hours} ч</translation>
    </message>
    <message>
        <source>A checked copy is made automatically {when} if the data changed. Kept: every copy of the last {all_hours} h, one a day for {days} days, one a week for {weeks} weeks and one a month for {months} months; copies made by hand, before a restore or an upgrade are never removed.</source>
        <translation>Проверенная копия создаётся автоматически {when}, если данные изменились. Хранятся: все копии за последние {all_hours} ч, по одной в день — {days} дн., по одной в неделю — {weeks} нед. и по одной в месяц — {months} мес.; копии, сделанные вручную, перед восстановлением или обновлением, программа не удаляет.</translation>
    </message>
    <message>
        <source>Replace the database by the copy made on {when} ({name})?

The current database will be kept in {folder} first. Everything entered after that copy will disappear from the database. Every user&apos;s session ends; close the program on other workstations that use this file.</source>
        <translation>Заменить базу данных копией от {when} ({name})?

Текущая база сначала будет сохранена в папке {folder}. Всё, что внесено после этой копии, исчезнет из базы. Сеанс работы завершится; закройте программу на других рабочих местах, которые используют этот файл.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>Восстановление базы данных</translation>
    </message>
    <message>
        <source>The database was restored from a backup copy. Log in again.</source>
        <translation>База данных восстановлена из резервной копии. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>cxdesk — first set-up</source>
        <translation>cxdesk — первоначальная настройка</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>cxdesk — locked</source>
        <translation>cxdesk — программа заблокирована</translation>
    </message>
    <message>
        <source>The program is locked. {name} ({login}), enter your password to continue, or let another user log in.</source>
        <translation>Программа заблокирована. {name} ({login}), чтобы продолжить работу, введите свой пароль — или дайте войти другому пользователю.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>cxdesk — log in</source>
        <translation>cxdesk — вход</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить п&amp;ароль…</translation>
    </message>
    <message>
        <source>Switch &amp;user</source>
        <translation>Сменить &amp;пользователя</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go to area</source>
        <translation>&amp;Перейти к разделу</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>Панель &amp;навигации</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Се&amp;рвис</translation>
    </message>
    <message>
        <source>Check the &amp;audit log</source>
        <translation>Проверить &amp;журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Database information…</source>
        <translation>Сведения о &amp;базе данных…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>Справка по &amp;разделу</translation>
    </message>
    <message>
        <source>&amp;About cxdesk</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>The interface language will change the next time the program starts.</source>
        <translation>Язык интерфейса изменится при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Database: {path}
Schema revision: {revision}
Records: {records}</source>
        <translation>База данных: {path}
Версия схемы: {revision}
Записей: {records}</translation>
    </message>
    <message>
        <source>Database information</source>
        <translation>Сведения о базе данных</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cxdesk — {office}</source>
        <translation>cxdesk — {office}</translation>
    </message>
    <message>
        <source>The program is locked.</source>
        <translation>Программа заблокирована.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>The operation could not be completed because of an unexpected error. Data saved earlier is kept. Try again; if the error repeats, give the details below to your administrator.</source>
        <translation>Операция не выполнена из-за непредвиденной ошибки. Данные, сохранённые ранее, не пострадали. Повторите попытку; если ошибка повторится, передайте администратору сведения, скрытые под кнопкой «Подробнее».</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>You have no access to this area: your role does not allow it. If you need it for your work, ask the administrator of the program.</source>
        <translation>У вас нет доступа к этому разделу: ваша роль его не предусматривает. Если раздел нужен вам для работы, обратитесь к администратору программы.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Employment centre</source>
        <translation>Центр занятости</translation>
    </message>
    <message>
        <source>Step 1 of 2. Which employment centre keeps this database.</source>
        <translation>Шаг 1 из 2. Какой центр занятости ведёт эту базу данных.</translation>
    </message>
    <message>
        <source>The database is new: {path}. Enter the centre it belongs to; the code identifies the centre in exchange bundles and cannot be changed later.</source>
        <translation>База данных новая: {path}. Укажите центр, которому она принадлежит; код обозначает центр в пакетах обмена и позже не меняется.</translation>
    </message>
    <message>
        <source>for example, TC01</source>
        <translation>например, TC01</translation>
    </message>
    <message>
        <source>ТЦЗН — territorial employment centre</source>
        <translation>ТЦЗН — территориальный центр занятости</translation>
    </message>
    <message>
        <source>УЦЗН — managing employment centre</source>
        <translation>УЦЗН — управляющий центр занятости</translation>
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
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>П&amp;овтор нового пароля:</translation>
    </message>
    <message>
        <source>At least 8 characters, both letters and digits or other signs.</source>
        <translation>Не менее 8 символов, и буквы, и цифры или другие знаки.</translation>
    </message>
    <message>
        <source>The new passwords do not match. Enter the same password twice.</source>
        <translation>Новые пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice.</source>
        <translation>Введите текущий пароль, затем дважды новый.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>A new password for {name} ({login}). Tell it to the employee in person; the account is unlocked as well.</source>
        <translation>Новый пароль для {name} ({login}). Сообщите его сотруднику лично; учётная запись при этом разблокируется.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>The document to print is not a PDF file.</source>
        <translation>Документ для печати не является файлом PDF.</translation>
    </message>
    <message>
        <source>Preparing page {n} of {total}…</source>
        <translation>Подготовка страницы {n} из {total}…</translation>
    </message>
    <message>
        <source>The printer could not start printing. Nothing was printed; check that the printer is on and ready, then try again.</source>
        <translation>Принтер не смог начать печать. Ничего не напечатано; проверьте, что принтер включён и готов, и повторите печать.</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}…</source>
        <translation>Печать страницы {n} из {total}…</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages. Printed pages: {n}; try again.</source>
        <translation>Принтер перестал принимать страницы. Напечатано страниц: {n}; повторите печать.</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Предварительный просмотр: {title}</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>Напечатать на принтере этого компьютера (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Печать: {title}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Сохранение документа в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file «{name}» could not be written: {reason}. The preview stays open; choose another folder or name and try again.</source>
        <translation>Не удалось записать файл «{name}»: {reason}. Просмотр остаётся открытым; выберите другую папку или имя и повторите.</translation>
    </message>
    <message>
        <source>Preparing the document for printing…</source>
        <translation>Подготовка документа к печати…</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Retention periods of applicants&apos; personal data</source>
        <translation>Сроки хранения персональных данных заявителей</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Period, months</source>
        <translation>Срок, мес.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Save the period</source>
        <translation>Сохранить срок</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>Saved: {title} — {months} months.</source>
        <translation>Сохранено: {title} — {months} мес.</translation>
    </message>
    <message>
        <source>Anonymisation of expired personal data</source>
        <translation>Обезличивание персональных данных с истёкшим сроком хранения</translation>
    </message>
    <message>
        <source>When the period is over, the applicant&apos;s name, address and contacts are removed from the record and from its texts (with e-mails and telephone numbers); the records themselves stay for the statistics. The freed space of the file is overwritten and a destruction act is made.</source>
        <translation>По истечении срока ФИО, адрес и контакты заявителя удаляются из записи и из её текстов (вместе с адресами электронной почты и номерами телефонов); сами записи остаются для статистики. Освободившееся место в файле перезаписывается, составляется акт об уничтожении.</translation>
    </message>
    <message>
        <source>Check what has expired</source>
        <translation>Проверить истёкшие сроки</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Обезличить…</translation>
    </message>
    <message>
        <source>No personal data has outlived its retention period.</source>
        <translation>Персональных данных с истёкшим сроком хранения нет.</translation>
    </message>
    <message>
        <source>The retention period is over for {count} records ({parts}).</source>
        <translation>Срок хранения истёк у {count} записей ({parts}).</translation>
    </message>
    <message>
        <source>{found}

Anonymise them now? The names, addresses and contacts cannot be brought back (backup copies made earlier still hold them until they are thinned out). Other workstations should close the program: the file is compacted afterwards.</source>
        <translation>{found}

Обезличить их сейчас? Вернуть ФИО, адреса и контакты будет нельзя (в сделанных ранее резервных копиях они остаются, пока копии не удалены по графику хранения). На других рабочих местах закройте программу: после обезличивания файл сжимается.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Обезличивание</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Anonymising personal data and cleaning the file…</source>
        <translation>Обезличивание персональных данных и очистка файла…</translation>
    </message>
    <message>
        <source>Anonymised: {count} records. Destruction act No. {act} is made.</source>
        <translation>Обезличено записей: {count}. Составлен акт № {act}.</translation>
    </message>
    <message>
        <source>The WAL file could not be emptied because another program has the database open; run the anonymisation again when it is closed.</source>
        <translation>Журнал предзаписи (WAL) не очищен: файл базы открыт другой программой. Повторите обезличивание, когда она будет закрыта.</translation>
    </message>
    <message>
        <source>Save the act as PDF now?</source>
        <translation>Сохранить акт в PDF сейчас?</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Destruction acts</source>
        <translation>Акты об уничтожении</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Выполнил(а)</translation>
    </message>
    <message>
        <source>Save the act as PDF…</source>
        <translation>Сохранить акт в PDF…</translation>
    </message>
    <message>
        <source>Destruction act</source>
        <translation>Акт об уничтожении</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The act is saved: {path}</source>
        <translation>Акт сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>The program locks itself when nobody has used the keyboard or the mouse for this time; the user then enters the password again. The setting applies to every user of this computer&apos;s database.</source>
        <translation>Программа блокируется, если клавиатурой и мышью не пользовались указанное время; чтобы продолжить, пользователь снова вводит пароль. Настройка действует для всех пользователей этой базы данных.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source>Saved: the program locks after {minutes} min without use.</source>
        <translation>Сохранено: программа блокируется после {minutes} мин бездействия.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>This area could not be opened because of an error. Nothing was changed; the other areas work as usual. Try again later or tell your administrator.</source>
        <translation>Раздел не удалось открыть из-за ошибки. Ничего не изменено; остальные разделы работают как обычно. Попробуйте ещё раз позже или сообщите администратору.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Поиск по ФИО или имени пользователя</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Create an account for an employee</source>
        <translation>Создать учётную запись сотрудника</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Отключить или включить выбранную учётную запись</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <source>Unlock the account after too many wrong passwords</source>
        <translation>Разблокировать учётную запись после неудачных попыток входа</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Set a new password for the selected account</source>
        <translation>Задать новый пароль выбранной учётной записи</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Включить…</translation>
    </message>
    <message>
        <source>Accounts: {count}</source>
        <translation>Учётных записей: {count}</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({login})? The employee will not be able to log in until the account is enabled again; their records are kept.</source>
        <translation>Отключить учётную запись {name} ({login})? Сотрудник не сможет войти, пока запись не включат снова; его данные сохранятся.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Enable the account of {name} ({login})? The employee will be able to log in again.</source>
        <translation>Включить учётную запись {name} ({login})? Сотрудник снова сможет входить в программу.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Unlock the account of {name} ({login})? The count of wrong passwords starts again.</source>
        <translation>Разблокировать учётную запись {name} ({login})? Счётчик неудачных попыток входа обнулится.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>The new password of {login} is set.</source>
        <translation>Новый пароль пользователя {login} установлен.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
</context>
</TS>
