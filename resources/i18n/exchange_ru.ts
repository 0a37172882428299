<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CentresTab</name>
    <message>
        <source>Save the public key…</source>
        <translation>Сохранить открытый ключ…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Sent No.</source>
        <translation>Отправлен №</translation>
    </message>
    <message>
        <source>Confirmed No.</source>
        <translation>Подтверждён №</translation>
    </message>
    <message>
        <source>Received No.</source>
        <translation>Получен №</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Register a centre&apos;s key…</source>
        <translation>&amp;Зарегистрировать ключ центра…</translation>
    </message>
    <message>
        <source>Re&amp;voke the key…</source>
        <translation>&amp;Отозвать ключ…</translation>
    </message>
    <message>
        <source>Re-issue this centre&apos;s keys…</source>
        <translation>Выпустить новые ключи этого центра…</translation>
    </message>
    <message>
        <source>This centre: {code} «{name}», key fingerprint &lt;b&gt;{fp}&lt;/b&gt; (keys issue {epoch}). Read it out to the other side when it registers your key.</source>
        <translation>Этот центр: {code} «{name}», отпечаток ключа &lt;b&gt;{fp}&lt;/b&gt; (выпуск ключей {epoch}). Продиктуйте его другой стороне, когда она будет регистрировать ваш ключ.</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>отозван {date}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Сохранение открытого ключа</translation>
    </message>
    <message>
        <source>The public key is saved to {path}. Hand it over with the fingerprint {fp}: the other side compares it before registering.</source>
        <translation>Открытый ключ сохранён в {path}. Передайте его вместе с отпечатком {fp}: другая сторона сверит отпечаток перед регистрацией.</translation>
    </message>
    <message>
        <source>The centre&apos;s public key</source>
        <translation>Открытый ключ центра</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Сверка отпечатка</translation>
    </message>
    <message>
        <source>The file is the key of {code} «{name}» ({kind}), fingerprint:
{fp}

Type the fingerprint the centre read out to you (by phone, not from the same stick). Registration is refused if they differ.</source>
        <translation>В файле ключ {code} «{name}» ({kind}), отпечаток:
{fp}

Введите отпечаток, который вам продиктовали из этого центра (по телефону, а не с той же флешки). Если отпечатки не совпадут, ключ не будет зарегистрирован.</translation>
    </message>
    <message>
        <source>The key of {code} is registered: its bundles are accepted now.</source>
        <translation>Ключ {code} зарегистрирован: пакеты этого центра теперь принимаются.</translation>
    </message>
    <message>
        <source>Revoke the key of {code}? Its bundles will be refused until a new key is registered.</source>
        <translation>Отозвать ключ {code}? Пакеты этого центра будут отклоняться, пока не зарегистрирован новый ключ.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Issue new keys for this centre? Do it after a restore from an old backup or when the key file was lost. The other side must then register the new public key, and the next bundle carries everything again.</source>
        <translation>Выпустить новые ключи этого центра? Это нужно после восстановления из старой резервной копии или при утере файла ключей. Другая сторона должна будет зарегистрировать новый открытый ключ, а следующий пакет снова передаст все данные.</translation>
    </message>
    <message>
        <source>Issue new keys</source>
        <translation>Выпустить ключи</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Показывать и разрешённые конфликты</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Other version from</source>
        <translation>Другая версия от</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>&amp;Оставить текущую версию</translation>
    </message>
    <message>
        <source>Make the &amp;other version current</source>
        <translation>Сделать текущей &amp;другую версию</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не разрешён</translation>
    </message>
    <message>
        <source>resolved by {who}</source>
        <translation>разрешён: {who}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a conflict to see the other version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите конфликт, чтобы увидеть другую версию.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The version of &lt;b&gt;{origin}&lt;/b&gt; that is not current:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Версия &lt;b&gt;{origin}&lt;/b&gt;, которая не стала текущей:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make the version of {origin} current? It becomes a new revision of «{title}»; the version current now stays in the article&apos;s history.</source>
        <translation>Сделать текущей версию {origin}? Она станет новой редакцией статьи «{title}»; нынешняя версия останется в истории статьи.</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>Сделать текущей</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Exchange bundles (*.cxb);;All files (*)</source>
        <translation>Пакеты обмена (*.cxb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Public keys (*.cxkey *.json);;All files (*)</source>
        <translation>Открытые ключи (*.cxkey *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>изменения</translation>
    </message>
    <message>
        <source>full copy</source>
        <translation>полная копия</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>справочные данные</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>подтверждение</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Вид записей</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменены</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>&amp;Create a bundle to send…</source>
        <translation>&amp;Создать пакет для отправки…</translation>
    </message>
    <message>
        <source>&amp;Receive bundles…</source>
        <translation>&amp;Принять пакеты…</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Центры обмена</translation>
    </message>
    <message>
        <source>Exchange journal</source>
        <translation>Журнал обмена</translation>
    </message>
    <message>
        <source>Knowledge-base conflicts</source>
        <translation>Конфликты базы знаний</translation>
    </message>
    <message>
        <source>Your role does not exchange bundles. Ask the head of the centre or a CX specialist.</source>
        <translation>Ваша роль не выполняет обмен пакетами. Обратитесь к руководителю центра или специалисту по КО.</translation>
    </message>
    <message>
        <source>Knowledge-base conflicts ({n})</source>
        <translation>Конфликты базы знаний ({n})</translation>
    </message>
    <message>
        <source>Weekly: create a bundle and hand it over on a removable drive or by e-mail; receive the bundles that came back. A lost or repeated file does no harm.</source>
        <translation>Еженедельно: создайте пакет и передайте его на съёмном диске или по электронной почте; примите пришедшие в ответ пакеты. Потерянный или повторно принятый файл ничего не испортит.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Create a bundle to send</source>
        <translation>Создание пакета для отправки</translation>
    </message>
    <message>
        <source>Every registered centre ({n})</source>
        <translation>Все зарегистрированные центры ({n})</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>(no removable drive found)</source>
        <translation>(съёмный диск не найден)</translation>
    </message>
    <message>
        <source>Choose a drive…</source>
        <translation>Выберите диск…</translation>
    </message>
    <message>
        <source>Removable drive:</source>
        <translation>Съёмный диск:</translation>
    </message>
    <message>
        <source>The bundle holds every change the recipient has not confirmed yet, signed by this centre; citizens&apos; personal data in it is encrypted for the recipient. A lost or repeated file does no harm: the next bundle carries everything again.</source>
        <translation>В пакет входят все изменения, получение которых адресат ещё не подтвердил; пакет подписан ключом этого центра, персональные данные граждан в нём зашифрованы для получателя. Потерянный или повторный файл ничего не испортит: следующий пакет передаст всё снова.</translation>
    </message>
    <message>
        <source>&amp;Create the bundle</source>
        <translation>&amp;Создать пакет</translation>
    </message>
    <message>
        <source>No centre is registered for the exchange yet. Register the other side&apos;s public key on the «Centres» tab first (compare its fingerprint by phone).</source>
        <translation>Для обмена ещё не зарегистрирован ни один центр. Сначала зарегистрируйте открытый ключ другой стороны на вкладке «Центры обмена» (сверьте отпечаток по телефону).</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose a folder or a removable drive.</source>
        <translation>Папка не существует. Выберите папку или съёмный диск.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Создание пакета…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; for {peer}: bundle No. {no}, {records} records, {blobs} files, {size:.1f} KB.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; для {peer}: пакет № {no}, записей: {records}, файлов: {blobs}, {size:.1f} КБ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Written to {folder}. Hand the file over to the recipient; it is recorded in the exchange journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Записано в {folder}. Передайте файл получателю; пакет внесён в журнал обмена.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Receive bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <source>Bundle &amp;files:</source>
        <translation>&amp;Файлы пакетов:</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Добавить п&amp;апку…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Add the files, then check them: nothing is written until you apply.</source>
        <translation>Добавьте файлы и проверьте их: до применения в базу ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Пр&amp;именить</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Файлы пакетов</translation>
    </message>
    <message>
        <source>Folder with bundles</source>
        <translation>Папка с пакетами</translation>
    </message>
    <message>
        <source>No bundle files (*.cxb) in {folder}.</source>
        <translation>В папке {folder} нет файлов пакетов (*.cxb).</translation>
    </message>
    <message>
        <source>Checking the bundles…</source>
        <translation>Проверка пакетов…</translation>
    </message>
    <message>
        <source>Applying the bundles…</source>
        <translation>Применение пакетов…</translation>
    </message>
    <message>
        <source>Checked {n} files: {ok} bring changes, {same} were received before, {bad} refused. Nothing is written yet.</source>
        <translation>Проверено файлов: {n}; с изменениями: {ok}; получены ранее: {same}; отклонено: {bad}. В базу пока ничего не записано.</translation>
    </message>
    <message>
        <source>Done: {ok} of {n} files applied, {same} were received before, {bad} refused (they changed nothing).</source>
        <translation>Готово. Файлов: {n}; применено: {ok}; получены ранее: {same}; отклонено: {bad} (отклонённые ничего не изменили).</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Sent and received</source>
        <translation>Отправленные и полученные</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Полученные</translation>
    </message>
    <message>
        <source>Every centre</source>
        <translation>Все центры</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Confirms No.</source>
        <translation>Подтверждает №</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
</context>
</TS>
