<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Переместить вопрос выше</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Переместить вопрос ниже</translation>
    </message>
    <message>
        <source>What the speaker reported (СЛУШАЛИ)</source>
        <translation>О чём доложил выступающий (СЛУШАЛИ)</translation>
    </message>
    <message>
        <source>Who spoke and what they said, one per line (ВЫСТУПИЛИ)</source>
        <translation>Кто выступил и что сказал, по одному в строке (ВЫСТУПИЛИ)</translation>
    </message>
    <message>
        <source>Decisions, one per line (РЕШИЛИ)</source>
        <translation>Решения, по одному в строке (РЕШИЛИ)</translation>
    </message>
    <message>
        <source>ordinary decision</source>
        <translation>обычное решение</translation>
    </message>
    <message>
        <source>approves the KPI targets for the year</source>
        <translation>утверждает целевые значения КПЭ на год</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Materials not kept as files, e.g. a paper report</source>
        <translation>Материалы, которых нет в виде файлов, например бумажный доклад</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решили</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Вид решения</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Сохранить вопрос</translation>
    </message>
    <message>
        <source>Assignments on this item</source>
        <translation>Поручения по вопросу</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Добавить поручение…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить исполнение</translation>
    </message>
    <message>
        <source>This item lists the open assignments of earlier meetings; the protocol prints them with their state.</source>
        <translation>В этом вопросе — неисполненные поручения прошлых заседаний; протокол печатает их с состоянием исполнения.</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Новый вопрос повестки</translation>
    </message>
    <message>
        <source>Remove the agenda item «{title}» together with its assignments?</source>
        <translation>Удалить вопрос повестки «{title}» вместе с поручениями по нему?</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <source>Add an agenda item first: an assignment belongs to a decision.</source>
        <translation>Сначала добавьте вопрос повестки: поручение даётся по решению.</translation>
    </message>
    <message>
        <source>Remove the assignment «{text}»?</source>
        <translation>Удалить поручение «{text}»?</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Срок в течение недели</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполненные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить исполнение</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Take off control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>Extract for the responsible…</source>
        <translation>Выписка для ответственного…</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок скоро</translation>
    </message>
    <message>
        <source>everybody</source>
        <translation>все</translation>
    </message>
    <message>
        <source>{rows} assignments</source>
        <translation>Поручений: {rows}</translation>
    </message>
    <message>
        <source>Take the assignment «{text}» off control without execution?</source>
        <translation>Снять поручение «{text}» с контроля без исполнения?</translation>
    </message>
</context>
<context>
    <name>CompositionTab</name>
    <message>
        <source>Group settings…</source>
        <translation>Параметры группы…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position / organisation</source>
        <translation>Должность / организация</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок полномочий</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Добавить участника…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Добавить документ…</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Сохранить файл…</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · просрочено</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Добавить мероприятие…</translation>
    </message>
    <message>
        <source>The working group of this office is not set up yet. Press «Group settings…» to create it, then add its members.</source>
        <translation>Рабочая группа этого центра ещё не создана. Нажмите «Параметры группы…», чтобы создать её, затем добавьте участников.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · usual place: {place} · quorum: more than {percent} % of the members</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · обычное место заседаний: {place} · кворум: более {percent} % членов группы</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Usual place of meetings</source>
        <translation>Обычное место заседаний</translation>
    </message>
    <message>
        <source>Quorum: more than this share of members, %</source>
        <translation>Кворум: более этой доли членов группы, %</translation>
    </message>
    <message>
        <source>Member of the working group</source>
        <translation>Участник рабочей группы</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>— not an employee (invited guest) —</source>
        <translation>— не сотрудник (приглашённый представитель) —</translation>
    </message>
    <message>
        <source>Full name of an invited guest</source>
        <translation>ФИО приглашённого</translation>
    </message>
    <message>
        <source>Organisation of an invited guest</source>
        <translation>Организация приглашённого</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Входит в группу с</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Входит в группу по</translation>
    </message>
    <message>
        <source>Remove «{name}» from the working group?</source>
        <translation>Исключить «{name}» из состава рабочей группы?</translation>
    </message>
    <message>
        <source>Document of the working group</source>
        <translation>Документ рабочей группы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>The file {path} cannot be attached (missing or larger than 20 MB). Nothing was saved.</source>
        <translation>Файл {path} нельзя приложить (его нет или он больше 20 МБ). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Attach the file of the document (optional)</source>
        <translation>Приложите файл документа (необязательно)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg);;All files (*)</source>
        <translation>Документы (*.pdf *.docx *.doc *.odt *.png *.jpg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>Remove the document «{title}»?</source>
        <translation>Удалить документ «{title}»?</translation>
    </message>
    <message>
        <source>Roadmap milestone</source>
        <translation>Мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбран —</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Remove the milestone «{title}»?</source>
        <translation>Удалить мероприятие «{title}»?</translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>Board by stage</source>
        <translation>Доска по этапам</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Search in titles…</source>
        <translation>Поиск по названию…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>Новая мера…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Перевести на этап…</translation>
    </message>
    <message>
        <source>Journeys and touchpoints…</source>
        <translation>Маршруты и точки контакта…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · просрочено</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое завершение</translation>
    </message>
    <message>
        <source>
(overdue)</source>
        <translation>
(просрочено)</translation>
    </message>
    <message>
        <source>Select a measure to see its card and history.</source>
        <translation>Выберите меру, чтобы увидеть её карточку и историю.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Pilot offices</source>
        <translation>Пилотные центры</translation>
    </message>
    <message>
        <source>KPI indicators</source>
        <translation>Показатели КПЭ</translation>
    </message>
    <message>
        <source>Effect: baseline → result period</source>
        <translation>Эффект: базовый → итоговый период</translation>
    </message>
    <message>
        <source>Linked problems</source>
        <translation>Связанные проблемы</translation>
    </message>
    <message>
        <source>Linked journeys</source>
        <translation>Связанные маршруты</translation>
    </message>
    <message>
        <source>Linked touchpoints</source>
        <translation>Связанные точки контакта</translation>
    </message>
    <message>
        <source>Improvement measure</source>
        <translation>Мера по повышению качества клиентского опыта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбран —</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Pilot offices (codes, one per line)</source>
        <translation>Пилотные центры (коды, по одному в строке)</translation>
    </message>
    <message>
        <source>KPI indicators of the effect (codes, one per line)</source>
        <translation>Показатели КПЭ для оценки эффекта (коды, по одному в строке)</translation>
    </message>
    <message>
        <source>Baseline period (e.g. 2025-Q4)</source>
        <translation>Базовый период (например, 2025-Q4)</translation>
    </message>
    <message>
        <source>Result period (e.g. 2026-Q3)</source>
        <translation>Итоговый период (например, 2026-Q3)</translation>
    </message>
    <message>
        <source>The measure is implemented: its lifecycle is complete.</source>
        <translation>Мера внедрена: её жизненный цикл завершён.</translation>
    </message>
    <message>
        <source>Move to «{stage}»</source>
        <translation>Перевести на этап «{stage}»</translation>
    </message>
    <message>
        <source>Comment (the reason, for a rejection)</source>
        <translation>Комментарий (для отклонения — причина)</translation>
    </message>
    <message>
        <source>Delete the measure «{title}» with its history?</source>
        <translation>Удалить меру «{title}» вместе с историей?</translation>
    </message>
</context>
<context>
    <name>LegalTab</name>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>Новое предложение…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Legal act</source>
        <translation>Нормативный акт</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Предлагаемое изменение</translation>
    </message>
    <message>
        <source>Sent to, on</source>
        <translation>Куда и когда направлено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Proposal to improve a legal act</source>
        <translation>Предложение по совершенствованию НПА</translation>
    </message>
    <message>
        <source>Legal act (title, date, number)</source>
        <translation>Нормативный правовой акт (название, дата, номер)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Куда направлено</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <source>Answer of</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Delete the proposal on «{act}»?</source>
        <translation>Удалить предложение по акту «{act}»?</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <source>Journeys and touchpoints of the measure</source>
        <translation>Клиентские маршруты и точки контакта меры</translation>
    </message>
    <message>
        <source>Client journeys</source>
        <translation>Клиентские маршруты</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting of the working group</source>
        <translation>Заседание рабочей группы</translation>
    </message>
    <message>
        <source>Protocol №</source>
        <translation>Протокол №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбран —</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save header</source>
        <translation>Сохранить шапку</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>Участвует как</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <source>Add invited guest…</source>
        <translation>Добавить приглашённого…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Agenda, decisions and assignments</source>
        <translation>Повестка, решения и поручения</translation>
    </message>
    <message>
        <source>Attendance and quorum</source>
        <translation>Присутствие и кворум</translation>
    </message>
    <message>
        <source>Protocol for Word (.docx)…</source>
        <translation>Протокол для Word (.docx)…</translation>
    </message>
    <message>
        <source>Print protocol…</source>
        <translation>Печать протокола…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Meeting of the working group: protocol № {number} of {date}</source>
        <translation>Заседание рабочей группы: протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Состояние: {status}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член группы</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>приглашённый</translation>
    </message>
    <message>
        <source>Present {present} of {members} members; at least {required} needed.</source>
        <translation>Присутствуют {present} из {members} членов группы; нужно не менее {required}.</translation>
    </message>
    <message>
        <source>Quorum: yes</source>
        <translation>Кворум: есть</translation>
    </message>
    <message>
        <source>Quorum: NO</source>
        <translation>Кворум: НЕТ</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Приглашённый</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Organisation and position</source>
        <translation>Организация и должность</translation>
    </message>
    <message>
        <source>Remove «{name}» from the attendance of this meeting?</source>
        <translation>Убрать «{name}» из списка участников заседания?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Monthly meetings (item 70 of the Standard), year:</source>
        <translation>Заседания ежемесячно (п. 70 Стандарта), год:</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Запланировать заседание</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Отметить проведённым</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Отменить заседание</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Print protocol…</source>
        <translation>Печать протокола…</translation>
    </message>
    <message>
        <source>Protocol (Word)…</source>
        <translation>Протокол (Word)…</translation>
    </message>
    <message>
        <source>Extract for an executor…</source>
        <translation>Выписка для исполнителя…</translation>
    </message>
    <message>
        <source>Protocol №</source>
        <translation>Протокол №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>No meetings in this year. Plan a meeting with «Plan a meeting» (Ctrl+N).</source>
        <translation>В этом году заседаний нет. Запланируйте заседание кнопкой «Запланировать заседание» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Months without a held meeting: {months}</source>
        <translation>Месяцы без проведённого заседания: {months}</translation>
    </message>
    <message>
        <source>Every month that has ended had a held meeting.</source>
        <translation>В каждом завершившемся месяце заседание проведено.</translation>
    </message>
    <message>
        <source>Mark the selected meeting as cancelled? It will not count for the monthly check.</source>
        <translation>Отметить выбранное заседание отменённым? Оно не будет учтено в ежемесячной проверке.</translation>
    </message>
    <message>
        <source>Delete the meeting of {date} (protocol № {number}) with its agenda, attendance and assignments?</source>
        <translation>Удалить заседание {date} (протокол № {number}) вместе с повесткой, списком участников и поручениями?</translation>
    </message>
    <message>
        <source>This meeting gave no assignments, so there is nobody to send an extract to.</source>
        <translation>На этом заседании поручений не давали — выписка никому не нужна.</translation>
    </message>
    <message>
        <source>Extract from the protocol</source>
        <translation>Выписка из протокола</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Выписка из протокола</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Сохранить протокол</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Search by name, position, unit…</source>
        <translation>Поиск по ФИО, должности, подразделению…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивных</translation>
    </message>
    <message>
        <source>Add employee…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>В архив / вернуть</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Move «{name}» to the archive? Protocols and assignments keep the name; the employee can be restored.</source>
        <translation>Перенести «{name}» в архив? В протоколах и поручениях ФИО сохранится; сотрудника можно вернуть.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
</context>
<context>
    <name>WgFormDialog</name>
    <message>
        <source>Fill in the field «{label}».</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
</context>
<context>
    <name>WorkingGroup</name>
    <message>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>WorkingGroupPage</name>
    <message>
        <source>Office:</source>
        <translation>Центр:</translation>
    </message>
    <message>
        <source>Composition and documents</source>
        <translation>Состав и документы</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Measures (initiatives)</source>
        <translation>Меры (инициативы)</translation>
    </message>
    <message>
        <source>Legal-act proposals</source>
        <translation>Предложения по НПА</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source> (this office)</source>
        <translation> (этот центр)</translation>
    </message>
</context>
</TS>
