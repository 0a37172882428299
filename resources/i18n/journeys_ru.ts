<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../cxdesk/gui/journeys/compare.py" line="23" />
        <source>Compare journey versions</source>
        <translation>Сравнение версий маршрута</translation>
    </message>
</context>
<context>
    <name>JourneyCommands</name>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="21" />
        <source>Edit journey properties</source>
        <translation>Изменение свойств маршрута</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="33" />
        <source>Add stage</source>
        <translation>Добавление этапа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="45" />
        <source>Delete stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="58" />
        <source>Rename stage</source>
        <translation>Переименование этапа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="70" />
        <source>Move stage</source>
        <translation>Перемещение этапа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="82" />
        <source>Hide stage</source>
        <translation>Скрытие этапа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="83" />
        <source>Show stage</source>
        <translation>Показ этапа</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="97" />
        <source>Change emotion</source>
        <translation>Изменение эмоции</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="121" />
        <source>Change emotion note</source>
        <translation>Изменение пояснения к эмоции</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="133" />
        <source>Add lane</source>
        <translation>Добавление дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="145" />
        <source>Delete lane</source>
        <translation>Удаление дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="158" />
        <source>Rename lane</source>
        <translation>Переименование дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="170" />
        <source>Move lane</source>
        <translation>Перемещение дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="182" />
        <source>Hide lane</source>
        <translation>Скрытие дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="183" />
        <source>Show lane</source>
        <translation>Показ дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="196" />
        <source>Add card</source>
        <translation>Добавление карточки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="210" />
        <source>Delete card</source>
        <translation>Удаление карточки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="227" />
        <source>Edit card</source>
        <translation>Изменение карточки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/commands.py" line="240" />
        <source>Move card</source>
        <translation>Перемещение карточки</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="108" />
        <location filename="../../cxdesk/gui/journeys/editor.py" line="196" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="109" />
        <source>Save the map</source>
        <translation>Сохранить карту</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="111" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="113" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="120" />
        <source>Stage +</source>
        <translation>Этап +</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="120" />
        <source>Add a stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="121" />
        <source>Lane +</source>
        <translation>Дорожка +</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="121" />
        <source>Add a lane</source>
        <translation>Добавить дорожку</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="122" />
        <source>Card +</source>
        <translation>Карточка +</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="123" />
        <source>Add a card to the current cell</source>
        <translation>Добавить карточку в текущую ячейку</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="124" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="125" />
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="127" />
        <source>Show / hide</source>
        <translation>Показать / скрыть</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="128" />
        <source>Show or hide lanes and stages</source>
        <translation>Показать или скрыть дорожки и этапы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="135" />
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="136" />
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="137" />
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="137" />
        <source>Fit the map to the window</source>
        <translation>Вписать карту в окно</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="139" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="140" />
        <source>Print the map to PDF (A3 landscape)</source>
        <translation>Печать карты в PDF (A3, альбомная)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="141" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="141" />
        <location filename="../../cxdesk/gui/journeys/editor.py" line="209" />
        <source>Save the map as a picture</source>
        <translation>Сохранить карту как изображение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="146" />
        <source>Lanes</source>
        <translation>Дорожки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="153" />
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="165" />
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="165" />
        <source>Stage name:</source>
        <translation>Название этапа:</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="174" />
        <source>New lane</source>
        <translation>Новая дорожка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="174" />
        <source>Lane name:</source>
        <translation>Название дорожки:</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="195" />
        <source>The map «{title}» has unsaved changes. Save them?</source>
        <translation>В карте «{title}» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="198" />
        <source>Close the map without saving? The changes will be lost.</source>
        <translation>Закрыть карту без сохранения? Изменения будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="199" />
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="202" />
        <source>Print the map to PDF</source>
        <translation>Печать карты в PDF</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="203" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="210" />
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/editor.py" line="212" />
        <source>The picture could not be written to {path}. Nothing was saved; choose another folder.</source>
        <translation>Не удалось записать изображение в {path}. Ничего не сохранено; выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="44" />
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="56" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="57" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="58" />
        <source>Duplicate as template</source>
        <translation>Дублировать как шаблон</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="59" />
        <source>Create «to be» version</source>
        <translation>Создать версию «как должно быть»</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="60" />
        <source>Compare versions</source>
        <translation>Сравнить версии</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="61" />
        <source>Archive / restore</source>
        <translation>В архив / из архива</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="73" />
        <source>Search by title, goal, owner…</source>
        <translation>Поиск по названию, цели, владельцу…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="77" />
        <source>All versions</source>
        <translation>Все версии</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="85" />
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="93" />
        <source>Journey</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="94" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="96" />
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="97" />
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="98" />
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="100" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="101" />
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="133" />
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="142" />
        <source>{title} · {count} of ≥{minimum}</source>
        <translation>{title} · {count} из ≥{minimum}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="144" />
        <source>Active journeys against the Standard's minimum (item 61а)</source>
        <translation>Действующие маршруты в сравнении с минимумом Стандарта (п. 61а)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="145" />
        <source>{rows} records</source>
        <translation>Записей: {rows}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="164" />
        <source>New journey</source>
        <translation>Новый клиентский маршрут</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="164" />
        <source>Journey title:</source>
        <translation>Название маршрута:</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/page.py" line="238" />
        <source>This journey has no linked version yet. Create the «to be» version with the button «Create «to be» version» and then compare.</source>
        <translation>У этого маршрута ещё нет связанной версии. Создайте версию кнопкой «Создать версию «как должно быть»» и затем сравните.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../cxdesk/gui/journeys/scene.py" line="100" />
        <source>Stages → / Lanes ↓</source>
        <translation>Этапы → / Дорожки ↓</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/scene.py" line="160" />
        <source>Emotion: {value}</source>
        <translation>Эмоция: {value}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/scene.py" line="276" />
        <source>Move cards</source>
        <translation>Перемещение карточек</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/scene.py" line="312" />
        <source>New card</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/scene_keys.py" line="30" />
        <source>Paste cards</source>
        <translation>Вставка карточек</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/scene_keys.py" line="39" />
        <source>Delete cards</source>
        <translation>Удаление карточек</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="44" />
        <source>Client-group profile</source>
        <translation>Профиль клиентской группы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="69" />
        <source>One item per line</source>
        <translation>Каждый пункт с новой строки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="81" />
        <source>not estimated</source>
        <translation>не оценена</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="86" />
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="149" />
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="89" />
        <source>Choose picture…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="89" />
        <source>Remove picture</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="97" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="98" />
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="99" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="100" />
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="101" />
        <source>Age range</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="102" />
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="103" />
        <source>Employment status</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="104" />
        <source>Social status</source>
        <translation>Социальное положение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="105" />
        <source>Digital skills</source>
        <translation>Цифровые навыки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="106" />
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="107" />
        <source>Pains</source>
        <translation>Боли</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="108" />
        <source>Expectations</source>
        <translation>Ожидания</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="109" />
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="110" />
        <source>Preferred channels</source>
        <translation>Предпочитаемые каналы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="111" />
        <source>Share of the centre's clients</source>
        <translation>Доля клиентов центра</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="112" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="113" />
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="152" />
        <source>Choose picture</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="153" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="158" />
        <source>The picture is larger than 2 MB. Choose a smaller one; the profile keeps its previous picture.</source>
        <translation>Изображение больше 2 МБ. Выберите файл поменьше; у профиля остаётся прежнее изображение.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/dialog.py" line="177" />
        <source>Enter the profile name (at least 3 characters).</source>
        <translation>Укажите название профиля (не короче 3 символов).</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="50" />
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="50" />
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="51" />
        <source>Employment</source>
        <translation>Занятость</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="52" />
        <source>Social status</source>
        <translation>Социальное положение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="53" />
        <source>Digital skills</source>
        <translation>Цифровые навыки</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="54" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="55" />
        <source>Share of clients</source>
        <translation>Доля клиентов</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="58" />
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="58" />
        <source>Pains</source>
        <translation>Боли</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="59" />
        <source>Expectations</source>
        <translation>Ожидания</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="59" />
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="64" />
        <source>Journeys with this profile</source>
        <translation>Клиентские маршруты с этим профилем</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="68" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="81" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="82" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="83" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="84" />
        <source>Archive / restore</source>
        <translation>В архив / из архива</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="85" />
        <source>Print card (PDF)…</source>
        <translation>Печать карточки (PDF)…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="97" />
        <source>Search by name, category, description…</source>
        <translation>Поиск по названию, категории, описанию…</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="101" />
        <source>All audiences</source>
        <translation>Все аудитории</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="105" />
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="113" />
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="114" />
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="115" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="116" />
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="118" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="119" />
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="159" />
        <source>{title} · {count} of ≥{minimum}</source>
        <translation>{title} · {count} из ≥{minimum}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="161" />
        <source>Active profiles against the Standard's minimum (item 61а)</source>
        <translation>Действующие профили в сравнении с минимумом Стандарта (п. 61а)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="162" />
        <source>{rows} records</source>
        <translation>Записей: {rows}</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="180" />
        <source>Select a profile in the list to see its card.</source>
        <translation>Выберите профиль в списке, чтобы увидеть его карточку.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="234" />
        <source>Move the profile «{name}» to the archive? It stays linked to its journeys and can be restored.</source>
        <translation>Перенести профиль «{name}» в архив? Связи с маршрутами сохранятся, профиль можно будет вернуть.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="235" />
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="245" />
        <source>Print the profile card</source>
        <translation>Печать карточки профиля</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/profiles/page.py" line="246" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="32" />
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="32" />
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="33" />
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="33" />
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="34" />
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="34" />
        <source>Violet</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="35" />
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="120" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="121" />
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="122" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="123" />
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="124" />
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="146" />
        <source>Feedback on this touchpoint will be shown here when the feedback register is connected.</source>
        <translation>Здесь будет показана обратная связь по этой точке контакта, когда будет подключён реестр обратной связи.</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="149" />
        <source>Delete card</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="151" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="152" />
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="153" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="155" />
        <source>Place</source>
        <translation>Место на карте</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="156" />
        <source>Touchpoint id</source>
        <translation>Идентификатор точки контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="173" />
        <source>What the client feels here and why</source>
        <translation>Что чувствует клиент и почему</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="175" />
        <location filename="../../cxdesk/gui/journeys/panel.py" line="197" />
        <source>Hidden</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="179" />
        <source>◀ Left</source>
        <translation>◀ Левее</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="179" />
        <source>Right ▶</source>
        <translation>Правее ▶</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="183" />
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="185" />
        <location filename="../../cxdesk/gui/journeys/panel.py" line="207" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="186" />
        <source>Emotion (−2…+2)</source>
        <translation>Эмоция (−2…+2)</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="187" />
        <source>Emotion note</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="201" />
        <source>▲ Up</source>
        <translation>▲ Выше</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="201" />
        <source>Down ▼</source>
        <translation>Ниже ▼</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="205" />
        <source>Delete lane</source>
        <translation>Удалить дорожку</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="223" />
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="232" />
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="245" />
        <source>Journey</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="263" />
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../../cxdesk/gui/journeys/panel.py" line="263" />
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
</context>
</TS>