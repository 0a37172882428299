<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Propose a change to the article</source>
        <translation>Предложить изменение материала</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Изменение материала</translation>
    </message>
    <message>
        <source>Comma-separated, e.g.: employers, job fair</source>
        <translation>Через запятую, например: работодатели, ярмарка вакансий</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>What changed (shown in the history)</source>
        <translation>Что изменено (видно в истории)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>На рассмотрение</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Send the proposal for review</source>
        <translation>Отправить предложение на рассмотрение</translation>
    </message>
    <message>
        <source>What you propose and why (the editor reads this)</source>
        <translation>Что вы предлагаете и почему (это прочтёт редактор)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Files are not part of a proposal; the editor can attach them.</source>
        <translation>Файлы не входят в предложение; их может приложить редактор.</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок раздела</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Подзаголовок внутри раздела</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Ordinary paragraph</source>
        <translation>Обычный абзац</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Полужирный (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Курсив (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Insert a table of 3 × 3 cells</source>
        <translation>Вставить таблицу 3 × 3</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Ссылка…</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Сделать выделенный текст ссылкой</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Рисунок…</translation>
    </message>
    <message>
        <source>Insert a picture (it is attached to the article)</source>
        <translation>Вставить рисунок (он прикрепляется к материалу)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Убрать файл</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связь с</translation>
    </message>
    <message>
        <source>Double-click a link to go to the record</source>
        <translation>Дважды щёлкните связь, чтобы перейти к записи</translation>
    </message>
    <message>
        <source>Link to records…</source>
        <translation>Связать…</translation>
    </message>
    <message>
        <source>Choose the journeys and measures the article is about</source>
        <translation>Выберите маршруты и меры, к которым относится материал</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>deleted (was «{title}»)</source>
        <translation>удалено (было «{title}»)</translation>
    </message>
    <message>
        <source>Select the text that should become a link first.</source>
        <translation>Сначала выделите текст, который станет ссылкой.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Адрес (https://…):</translation>
    </message>
    <message>
        <source>The file «{name}» is larger than 50 MB and cannot be attached. Make it smaller or give a link to it.</source>
        <translation>Файл «{name}» больше 50 МБ и не может быть прикреплён. Уменьшите его или дайте ссылку на него.</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Вставка рисунка</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Рисунки (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>The file «{name}» is not a picture.</source>
        <translation>Файл «{name}» не является рисунком.</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (новый)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Enter the title of the article.</source>
        <translation>Укажите название материала.</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>Save file…</source>
        <translation>Сохранить файл…</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>Выберите материал в списке, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>revision {n} of {date}</source>
        <translation>редакция {n} от {date}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>теги: {tags}</translation>
    </message>
    <message>
        <source>links: {n}</source>
        <translation>связей: {n}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Competency event</source>
        <translation>Мероприятие по развитию клиентоцентричных компетенций</translation>
    </message>
    <message>
        <source>Materials in words or links, one per line; attach the files in the event&apos;s card after saving</source>
        <translation>Материалы словами или ссылками, по одному в строке; файлы прикрепите в карточке мероприятия после сохранения</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Материалы:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Enter the title of the event.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Add event</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the register of events for a period (Ctrl+P)</source>
        <translation>Печать реестра мероприятий за период (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save the register of events for a period as PDF</source>
        <translation>Сохранить реестр мероприятий за период в PDF</translation>
    </message>
    <message>
        <source>Search by title or organiser…</source>
        <translation>Поиск по названию или организатору…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Online and offline</source>
        <translation>Онлайн и офлайн</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Quarterly check (R16: at least one event every quarter)</source>
        <translation>Ежеквартальная проверка (R16: не реже одного мероприятия в квартал)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятий</translation>
    </message>
    <message>
        <source>Staff took part</source>
        <translation>Приняли участие</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Materials (files)</source>
        <translation>Материалы (файлы)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>○ none yet</source>
        <translation>○ пока нет</translation>
    </message>
    <message>
        <source>⚠ no events</source>
        <translation>⚠ не проводились</translation>
    </message>
    <message>
        <source>✔ held</source>
        <translation>✔ проведены</translation>
    </message>
    <message>
        <source>{title} · {count} this quarter</source>
        <translation>{title} · в текущем квартале: {count}</translation>
    </message>
    <message>
        <source>{rows} records</source>
        <translation>Записей: {rows}</translation>
    </message>
    <message>
        <source>Select an event to see its participants and outcome.</source>
        <translation>Выберите мероприятие, чтобы увидеть участников и результат.</translation>
    </message>
    <message>
        <source>Participants ({n})</source>
        <translation>Участники ({n})</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Delete the selected event from the register?</source>
        <translation>Удалить выбранное мероприятие из реестра?</translation>
    </message>
</context>
<context>
    <name>EventsRegister</name>
    <message>
        <source>Register of competency events</source>
        <translation>Реестр мероприятий по развитию клиентоцентричных компетенций</translation>
    </message>
    <message>
        <source>Preparing the register…</source>
        <translation>Подготовка реестра…</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Сохранение реестра в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FileListPanel</name>
    <message>
        <source>Files up to 50 MB; double-click a file to save a copy</source>
        <translation>Файлы до 50 МБ; двойной щелчок по файлу сохраняет копию</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Attach a file (up to 50 MB)</source>
        <translation>Прикрепить файл (до 50 МБ)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Сохранить копию выбранного файла</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Убрать выбранный файл</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Файлы не прикреплены</translation>
    </message>
    <message>
        <source>Save first, then attach files</source>
        <translation>Сначала сохраните, затем прикрепляйте файлы</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Сохранение файла</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove the file «{name}»?</source>
        <translation>Убрать файл «{name}»?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation>История редакций</translation>
    </message>
    <message>
        <source>Compare with the current revision</source>
        <translation>Сравнить с текущей редакцией</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Восстановить эту редакцию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No. {number} · {when} · {author}</source>
        <translation>№ {number} · {when} · {author}</translation>
    </message>
    <message>
        <source>The first revision of the article.</source>
        <translation>Первая редакция материала.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <source>Make revision No. {number} current again? The current text stays in the history.</source>
        <translation>Сделать редакцию № {number} текущей? Нынешний текст останется в истории.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>На рассмотрение</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Предложить изменение</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Export selected to a file…</source>
        <translation>Выгрузить выбранные в файл…</translation>
    </message>
    <message>
        <source>Import articles from a file…</source>
        <translation>Загрузить материалы из файла…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Search in titles, tags and text (any word form)…</source>
        <translation>Поиск по названию, тегам и тексту (в любой форме слова)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликованные</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>My articles</source>
        <translation>Мои материалы</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>Все доступные</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Most read</source>
        <translation>Самые читаемые</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочтений</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>{title} · {count} published</source>
        <translation>{title} · опубликовано: {count}</translation>
    </message>
    <message>
        <source>The knowledge base has no published articles yet. Add the first one: «Create».</source>
        <translation>В базе знаний пока нет опубликованных материалов. Добавьте первый: «Создать».</translation>
    </message>
    <message>
        <source>✔ updated in the current quarter</source>
        <translation>✔ обновлялась в текущем квартале</translation>
    </message>
    <message>
        <source>⚠ not updated in the current quarter (the Standard asks for regular updates)</source>
        <translation>⚠ не обновлялась в текущем квартале (Стандарт требует регулярного обновления)</translation>
    </message>
    <message>
        <source>Last updated {date} · {mark}</source>
        <translation>Последнее обновление {date} · {mark}</translation>
    </message>
    <message>
        <source>{rows} articles</source>
        <translation>Материалов: {rows}</translation>
    </message>
    <message>
        <source>Move «{title}» to the archive? It can be published again later.</source>
        <translation>Перенести «{title}» в архив? Позже материал можно опубликовать снова.</translation>
    </message>
    <message>
        <source>Proposals ({n})</source>
        <translation>Предложения ({n})</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Сохранение файла</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Select the articles to export in the list (Ctrl or Shift for several).</source>
        <translation>Выберите материалы для выгрузки в списке (несколько — с Ctrl или Shift).</translation>
    </message>
    <message>
        <source>Export articles</source>
        <translation>Выгрузка материалов</translation>
    </message>
    <message>
        <source>Knowledge-base archives (*.zip)</source>
        <translation>Архивы базы знаний (*.zip)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Загрузка материалов</translation>
    </message>
    <message>
        <source>Knowledge-base archives and texts (*.zip *.md *.txt)</source>
        <translation>Архивы базы знаний и тексты (*.zip *.md *.txt)</translation>
    </message>
    <message>
        <source>Imported articles: {n}. They are drafts in «My articles».</source>
        <translation>Загружено материалов: {n}. Это черновики в разделе «Мои материалы».</translation>
    </message>
    <message>
        <source>Delete «{title}»? Other offices will learn of the deletion.</source>
        <translation>Удалить «{title}»? Об удалении узнают и другие центры.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Link the article</source>
        <translation>Связать материал</translation>
    </message>
    <message>
        <source>Search by title…</source>
        <translation>Поиск по названию…</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Proposed changes</source>
        <translation>Предложенные изменения</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Ждут рассмотрения</translation>
    </message>
    <message>
        <source>All, with decisions</source>
        <translation>Все, с решениями</translation>
    </message>
    <message>
        <source>The published text stays as it is until an editor accepts a proposal.</source>
        <translation>Опубликованный текст не меняется, пока редактор не примет предложение.</translation>
    </message>
    <message>
        <source>Your proposals and the editors&apos; decisions.</source>
        <translation>Ваши предложения и решения редакторов.</translation>
    </message>
    <message>
        <source>Accept and publish</source>
        <translation>Принять и опубликовать</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{article}
{when} · {author} · {state}</source>
        <translation>{article}
{when} · {author} · {state}</translation>
    </message>
    <message>
        <source>No proposals here.</source>
        <translation>Предложений нет.</translation>
    </message>
    <message>
        <source>Author&apos;s note: {note}</source>
        <translation>Пояснение автора: {note}</translation>
    </message>
    <message>
        <source>⚠ The article changed after this proposal: it cannot be accepted as it is.</source>
        <translation>⚠ Материал изменился после этого предложения: принять его в таком виде нельзя.</translation>
    </message>
    <message>
        <source>{state} by {who}{reason}</source>
        <translation>{state} — {who}{reason}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <source>Publish the text proposed by {author} as the new revision of «{title}»?</source>
        <translation>Опубликовать текст, предложенный автором {author}, как новую редакцию материала «{title}»?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject the proposal</source>
        <translation>Отклонить предложение</translation>
    </message>
    <message>
        <source>Why is the proposal rejected? Its author will read this.</source>
        <translation>Почему предложение отклонено? Автор прочтёт это пояснение.</translation>
    </message>
    <message>
        <source>Your proposal was sent to the editors. The article stays as published until they accept it; see «Proposals» for their decision.</source>
        <translation>Ваше предложение отправлено редакторам. Материал остаётся в опубликованном виде, пока предложение не принято; решение смотрите в разделе «Предложения».</translation>
    </message>
</context>
<context>
    <name>RegisterPeriodDialog</name>
    <message>
        <source>Register of events for a period</source>
        <translation>Реестр мероприятий за период</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
</context>
</TS>
