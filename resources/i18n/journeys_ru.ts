<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare journey versions</source>
        <translation>Сравнение версий маршрута</translation>
    </message>
    <message>
        <source>The versions do not differ.</source>
        <translation>Версии не различаются.</translation>
    </message>
    <message>
        <source>added in «to be» — stages: {stages}, cards: {cards}</source>
        <translation>добавлено в «как должно быть» — этапов: {stages}, карточек: {cards}</translation>
    </message>
    <message>
        <source>removed (marked on «as is») — stages: {stages}, cards: {cards}</source>
        <translation>удалено (отмечено на «как есть») — этапов: {stages}, карточек: {cards}</translation>
    </message>
    <message>
        <source>changed — stages (name, emotion or its note): {stages}, cards: {cards}</source>
        <translation>изменено — этапов (название, эмоция или её пояснение): {stages}, карточек: {cards}</translation>
    </message>
</context>
<context>
    <name>JourneyCommands</name>
    <message>
        <source>Edit journey properties</source>
        <translation>Изменение свойств маршрута</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавление этапа</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Переименование этапа</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Перемещение этапа</translation>
    </message>
    <message>
        <source>Hide stage</source>
        <translation>Скрытие этапа</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Показ этапа</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Изменение эмоции</translation>
    </message>
    <message>
        <source>Change emotion note</source>
        <translation>Изменение пояснения к эмоции</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Добавление дорожки</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Удаление дорожки</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Переименование дорожки</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Перемещение дорожки</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Скрытие дорожки</translation>
    </message>
    <message>
        <source>Show lane</source>
        <translation>Показ дорожки</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Добавление карточки</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Удаление карточки</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Изменение карточки</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Перемещение карточки</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Сохранить карту</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Stage +</source>
        <translation>Этап +</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Lane +</source>
        <translation>Дорожка +</translation>
    </message>
    <message>
        <source>Add a lane</source>
        <translation>Добавить дорожку</translation>
    </message>
    <message>
        <source>Card +</source>
        <translation>Карточка +</translation>
    </message>
    <message>
        <source>Add a card to the current cell</source>
        <translation>Добавить карточку в текущую ячейку</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Show / hide</source>
        <translation>Показать / скрыть</translation>
    </message>
    <message>
        <source>Show or hide lanes and stages</source>
        <translation>Показать или скрыть дорожки и этапы</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Вписать карту в окно</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the map (A3 landscape): preview, printer or PDF</source>
        <translation>Печать карты (A3, альбомная): просмотр, принтер или PDF</translation>
    </message>
    <message>
        <source>Journey map «{title}»</source>
        <translation>Карта клиентского пути «{title}»</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Сохранить карту как изображение</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Дорожки</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Название этапа:</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Новая дорожка</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Название дорожки:</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <source>The map was changed by someone else</source>
        <translation>Карту изменил другой пользователь</translation>
    </message>
    <message>
        <source>The map «{title}» has unsaved changes. Save them?</source>
        <translation>В карте «{title}» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Close the map without saving? The changes will be lost.</source>
        <translation>Закрыть карту без сохранения? Изменения будут потеряны.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}. Nothing was saved; choose another folder.</source>
        <translation>Не удалось записать изображение в {path}. Ничего не сохранено; выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>JourneyMetrics</name>
    <message>
        <source>hot</source>
        <translation>проблемная</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>внимание</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>few data</source>
        <translation>мало данных</translation>
    </message>
    <message>
        <source>no feedback</source>
        <translation>нет отзывов</translation>
    </message>
    <message>
        <source>No feedback records on this touchpoint for {scope}.</source>
        <translation>Записей обратной связи по этой точке контакта нет ({scope}).</translation>
    </message>
    <message>
        <source>mean rating {mean} of 5 ({rated} ratings)</source>
        <translation>средняя оценка {mean} из 5 (оценок: {rated})</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>оценок нет</translation>
    </message>
    <message>
        <source>{scope}: {total} records · complaints and appeals ● {complaints} · negative mentions {negative} · {rating} · level: {level}</source>
        <translation>{scope}: записей {total} · жалобы и обращения ● {complaints} · негативных упоминаний {negative} · {rating} · уровень: {level}</translation>
    </message>
    <message>
        <source>Click to open the feedback register filtered to this touchpoint.</source>
        <translation>Щёлкните, чтобы открыть реестр обратной связи по этой точке контакта.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <source>Your role has no access to feedback records: metrics are not shown on the map.</source>
        <translation>У вашей роли нет доступа к записям обратной связи: метрики на карте не показываются.</translation>
    </message>
    <message>
        <source>Metrics need access to feedback records (intake, CX or head roles)</source>
        <translation>Для метрик нужен доступ к записям обратной связи (роли оператора ввода, специалиста по КО или руководителя)</translation>
    </message>
    <message>
        <source>Metrics are not shown: your role has no access to feedback records.</source>
        <translation>Метрики не показаны: у вашей роли нет доступа к записям обратной связи.</translation>
    </message>
    <message>
        <source>Show complaints (●), the mean rating (▲) and the heat colour on every touchpoint</source>
        <translation>Показать на каждой точке контакта жалобы (●), среднюю оценку (▲) и цвет уровня проблем</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>● complaints and appeals · ▲ mean rating (1–5) · red «{red}», amber «{amber}», green «{green}», grey «{grey}» · {scope}</source>
        <translation>● жалобы и обращения · ▲ средняя оценка (1–5) · красный — «{red}», жёлтый — «{amber}», зелёный — «{green}», серый — «{grey}» · {scope}</translation>
    </message>
    <message>
        <source>no feedback is linked to these touchpoints for the period</source>
        <translation>за этот период к точкам контакта не привязано ни одной записи</translation>
    </message>
    <message>
        <source>{period}, {office}</source>
        <translation>{period}, {office}</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>все офисы</translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Duplicate as template</source>
        <translation>Дублировать как шаблон</translation>
    </message>
    <message>
        <source>Create «to be» version</source>
        <translation>Создать версию «как должно быть»</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Сравнить версии</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>В архив / из архива</translation>
    </message>
    <message>
        <source>Search by title, goal, owner…</source>
        <translation>Поиск по названию, цели, владельцу…</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Все версии</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
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
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <source>{title} · {count} of ≥{minimum}</source>
        <translation>{title} · {count} из ≥{minimum}</translation>
    </message>
    <message>
        <source>Active journeys against the Standard&apos;s minimum (item 61а)</source>
        <translation>Действующие маршруты в сравнении с минимумом Стандарта (п. 61а)</translation>
    </message>
    <message>
        <source>{rows} records</source>
        <translation>Записей: {rows}</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Новый клиентский маршрут</translation>
    </message>
    <message>
        <source>Journey title:</source>
        <translation>Название маршрута:</translation>
    </message>
    <message>
        <source>touchpoint «{name}»</source>
        <translation>точка контакта «{name}»</translation>
    </message>
    <message>
        <source>This journey has no linked version yet. Create the «to be» version with the button «Create «to be» version» and then compare.</source>
        <translation>У этого маршрута ещё нет связанной версии. Создайте версию кнопкой «Создать версию «как должно быть»» и затем сравните.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Stages → / Lanes ↓</source>
        <translation>Этапы → / Дорожки ↓</translation>
    </message>
    <message>
        <source>Emotion: {value}</source>
        <translation>Эмоция: {value}</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Перемещение карточек</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>Вставка карточек</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Удаление карточек</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Client-group profile</source>
        <translation>Профиль клиентской группы</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Каждый пункт с новой строки</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>не оценена</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <source>Social status</source>
        <translation>Социальное положение</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Цифровые навыки</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Боли</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Ожидания</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Предпочитаемые каналы</translation>
    </message>
    <message>
        <source>Share of the centre&apos;s clients</source>
        <translation>Доля клиентов центра</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The picture is larger than 2 MB. Choose a smaller one; the profile keeps its previous picture.</source>
        <translation>Изображение больше 2 МБ. Выберите файл поменьше; у профиля остаётся прежнее изображение.</translation>
    </message>
    <message>
        <source>Enter the profile name (at least 3 characters).</source>
        <translation>Укажите название профиля (не короче 3 символов).</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <source>Social status</source>
        <translation>Социальное положение</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Цифровые навыки</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Share of clients</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Боли</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Ожидания</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <source>Journeys with this profile</source>
        <translation>Клиентские маршруты с этим профилем</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>В архив / из архива</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Печать карточки…</translation>
    </message>
    <message>
        <source>Profile card «{name}»</source>
        <translation>Карточка профиля «{name}»</translation>
    </message>
    <message>
        <source>Search by name, category, description…</source>
        <translation>Поиск по названию, категории, описанию…</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Все аудитории</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
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
        <source>{title} · {count} of ≥{minimum}</source>
        <translation>{title} · {count} из ≥{minimum}</translation>
    </message>
    <message>
        <source>Active profiles against the Standard&apos;s minimum (item 61а)</source>
        <translation>Действующие профили в сравнении с минимумом Стандарта (п. 61а)</translation>
    </message>
    <message>
        <source>{rows} records</source>
        <translation>Записей: {rows}</translation>
    </message>
    <message>
        <source>Select a profile in the list to see its card.</source>
        <translation>Выберите профиль в списке, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <source>Move the profile «{name}» to the archive? It stays linked to its journeys and can be restored.</source>
        <translation>Перенести профиль «{name}» в архив? Связи с маршрутами сохранятся, профиль можно будет вернуть.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Open feedback</source>
        <translation>Открыть обратную связь</translation>
    </message>
    <message>
        <source>The feedback register filtered to this touchpoint</source>
        <translation>Реестр обратной связи с отбором по этой точке контакта</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место на карте</translation>
    </message>
    <message>
        <source>Touchpoint id</source>
        <translation>Идентификатор точки контакта</translation>
    </message>
    <message>
        <source>What the client feels here and why</source>
        <translation>Что чувствует клиент и почему</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>◀ Left</source>
        <translation>◀ Левее</translation>
    </message>
    <message>
        <source>Right ▶</source>
        <translation>Правее ▶</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Emotion (−2…+2)</source>
        <translation>Эмоция (−2…+2)</translation>
    </message>
    <message>
        <source>Emotion note</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Выше</translation>
    </message>
    <message>
        <source>Down ▼</source>
        <translation>Ниже ▼</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Удалить дорожку</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Your role has no access to feedback records, so the map shows no complaints or ratings.</source>
        <translation>Вашей роли недоступны записи обратной связи, поэтому карта не показывает жалоб и оценок.</translation>
    </message>
    <message>
        <source>Turn on «Metrics» on the toolbar to see the complaints and ratings of this touchpoint.</source>
        <translation>Включите «Метрики» на панели инструментов, чтобы увидеть жалобы и оценки этой точки контакта.</translation>
    </message>
</context>
</TS>
