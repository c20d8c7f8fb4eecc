<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessControl</name>
    <message>
        <source>refused: the account %1 may not do this (%2)</source>
        <translation>отказано: учетной записи %1 это действие не разрешено (%2)</translation>
    </message>
    <message>
        <source>refused: the account %1 may not do this for %2 (%3)</source>
        <translation>отказано: учетной записи %1 это действие в отношении «%2» не разрешено (%3)</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>заявление № %1</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <source>the account is locked after %1 wrong passwords; try again after %2</source>
        <translation>учетная запись заблокирована после %1 попыток ввода неверного пароля; повторите попытку после %2</translation>
    </message>
    <message numerus="yes">
        <source>wrong login or password; the account is now locked for %n minute(s)</source>
        <translation>
            <numerusform>неверный логин или пароль; учетная запись заблокирована на %n минуту</numerusform>
            <numerusform>неверный логин или пароль; учетная запись заблокирована на %n минуты</numerusform>
            <numerusform>неверный логин или пароль; учетная запись заблокирована на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>the account %1 is disabled; the chief specialist can enable it</source>
        <translation>учетная запись %1 отключена; включить ее может главный специалист</translation>
    </message>
    <message>
        <source>a login is 2 to 32 small Latin letters, digits, dots, dashes or underscores, beginning with a letter or digit</source>
        <translation>логин должен содержать от 2 до 32 символов (строчные латинские буквы, цифры, точки, дефисы, знаки подчеркивания) и начинаться с буквы или цифры</translation>
    </message>
    <message>
        <source>an account needs at least one role</source>
        <translation>учетной записи необходимо назначить не менее одной роли</translation>
    </message>
    <message>
        <source>the first account is the chief specialist&apos;s</source>
        <translation>первая учетная запись должна принадлежать главному специалисту</translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>пароль должен содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>an account with this login exists already</source>
        <translation>учетная запись с таким логином уже существует</translation>
    </message>
    <message>
        <source>no servant has this personnel number</source>
        <translation>служащий с таким табельным номером не найден</translation>
    </message>
    <message>
        <source>a servant&apos;s or the head&apos;s account names the servant it belongs to (--servant)</source>
        <translation>для учетной записи служащего или руководителя аппарата маслихата необходимо указать служащего, которому она принадлежит (--servant)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>no account has this login</source>
        <translation>учетная запись с таким логином не найдена</translation>
    </message>
    <message>
        <source>an account cannot disable itself</source>
        <translation>нельзя отключить собственную учетную запись</translation>
    </message>
</context>
<context>
    <name>AcquaintanceService</name>
    <message>
        <source>in person, against signature</source>
        <translation>лично под подпись</translation>
    </message>
    <message>
        <source>registered letter with notice of delivery</source>
        <translation>заказное письмо с уведомлением о вручении</translation>
    </message>
    <message>
        <source>telephone message</source>
        <translation>телефонограмма</translation>
    </message>
    <message>
        <source>telegram</source>
        <translation>телеграмма</translation>
    </message>
    <message>
        <source>text message to the mobile number</source>
        <translation>текстовое сообщение на абонентский номер сотовой связи</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>other means that record the notice</source>
        <translation>иные средства связи, обеспечивающие фиксацию извещения</translation>
    </message>
    <message>
        <source>the servant&apos;s score sheet of this quarter is not signed: there is no result to acquaint them with (§11)</source>
        <translation>оценочный лист служащего за этот квартал не подписан: результатов для ознакомления нет (п. 11)</translation>
    </message>
    <message>
        <source>the acquaintance is already recorded, on %1</source>
        <translation>ознакомление уже зарегистрировано, дата — %1</translation>
    </message>
    <message>
        <source>the day is required</source>
        <translation>не указана дата</translation>
    </message>
    <message>
        <source>the day cannot be before the sheet was signed, %1</source>
        <translation>дата не может быть ранее дня подписания листа — %1</translation>
    </message>
    <message>
        <source>the day cannot be in the future; today is %1</source>
        <translation>дата не может быть позже сегодняшней; сегодня — %1</translation>
    </message>
    <message>
        <source>the method is one of: %1</source>
        <translation>способ ознакомления — одно из значений: %1</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>no acquaintance is recorded for this servant and quarter</source>
        <translation>ознакомление этого служащего с результатами за этот квартал не зарегистрировано</translation>
    </message>
    <message>
        <source>an application for a calibration session counts from this acquaintance (§12): it cannot be removed</source>
        <translation>срок заявления о проведении калибровочной сессии исчисляется с этого ознакомления (п. 12): его нельзя удалить</translation>
    </message>
</context>
<context>
    <name>AddAbsenceCommand</name>
    <message>
        <source>add an absence of %1</source>
        <translation>добавление периода отсутствия: %1</translation>
    </message>
</context>
<context>
    <name>AddProposalCommand</name>
    <message>
        <source>Propose the score %1</source>
        <translation>Предложить оценку %1</translation>
    </message>
</context>
<context>
    <name>AddServantCommand</name>
    <message>
        <source>add servant %1</source>
        <translation>добавление служащего %1</translation>
    </message>
</context>
<context>
    <name>AllowedMarkTableService</name>
    <message>
        <source>the lower bound is a percent such as 80 or 99.99</source>
        <translation>нижняя граница — процент, например 80 или 99.99</translation>
    </message>
    <message>
        <source>the upper bound is a percent such as 100 or 119.99, or empty for &quot;and above&quot;</source>
        <translation>верхняя граница — процент, например 100 или 119.99; для варианта «и выше» не заполняется</translation>
    </message>
    <message>
        <source>a mark is a whole number from 0 to 5 (§27)</source>
        <translation>оценка — целое число от 0 до 5 (п. 27)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>there is no appeal %1</source>
        <translation>заявление № %1 не найдено</translation>
    </message>
    <message>
        <source>more than one proposal has a majority; a session adopts one score (§41): take back the votes of one of them</source>
        <translation>большинство голосов получили несколько предложений, а сессия принимает одну оценку (п. 41): отзовите голоса по одному из них</translation>
    </message>
    <message>
        <source>choose a signed score sheet of the file</source>
        <translation>выберите подписанный оценочный лист из файла</translation>
    </message>
    <message>
        <source>an application is made against a signed score sheet (§12)</source>
        <translation>заявление подается в отношении подписанного оценочного листа (п. 12)</translation>
    </message>
    <message>
        <source>the servant&apos;s acquaintance with this sheet is not recorded yet; the five working days of §12 count from it</source>
        <translation>ознакомление служащего с этим листом еще не зарегистрировано; пять рабочих дней по п. 12 исчисляются со дня ознакомления</translation>
    </message>
    <message>
        <source>an application against this sheet is already registered</source>
        <translation>заявление по этому листу уже зарегистрировано</translation>
    </message>
    <message>
        <source>the date of the application is required</source>
        <translation>не указана дата заявления</translation>
    </message>
    <message>
        <source>the application cannot come before the acquaintance on %1</source>
        <translation>заявление не может быть подано ранее ознакомления, состоявшегося %1</translation>
    </message>
    <message>
        <source>the date of the application cannot be in the future</source>
        <translation>дата заявления не может быть позже сегодняшней</translation>
    </message>
    <message>
        <source>the application&apos;s text is required: what the servant disagrees with</source>
        <translation>не указан текст заявления: с чем служащий не согласен</translation>
    </message>
    <message>
        <source>the application is late: it was due on %1, five working days after the acquaintance on %2 (§12)</source>
        <translation>заявление подано с пропуском срока: его следовало подать не позднее %1, в течение пяти рабочих дней со дня ознакомления %2 (п. 12)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>the appointing official has decided on this application; it cannot be taken back</source>
        <translation>должностное лицо, имеющее право назначения, уже приняло решение по этому заявлению; отозвать его нельзя</translation>
    </message>
    <message>
        <source>nothing was written: the application could not be taken back</source>
        <translation>ничего не записано: не удалось отозвать заявление</translation>
    </message>
    <message>
        <source>there is no such appeal</source>
        <translation>такое заявление не найдено</translation>
    </message>
    <message>
        <source>a late application was refused; there is nothing to decide</source>
        <translation>заявление, поданное с пропуском срока, отклонено; принимать решение не требуется</translation>
    </message>
    <message>
        <source>the decision on this application is already recorded</source>
        <translation>решение по этому заявлению уже зарегистрировано</translation>
    </message>
    <message>
        <source>the date of the decision is required</source>
        <translation>не указана дата решения</translation>
    </message>
    <message>
        <source>the decision cannot come before the application on %1</source>
        <translation>решение не может быть принято ранее подачи заявления %1</translation>
    </message>
    <message>
        <source>every member of the session needs a name</source>
        <translation>для каждого участника сессии необходимо указать Ф.И.О.</translation>
    </message>
    <message>
        <source>a member is listed twice</source>
        <translation>участник указан дважды</translation>
    </message>
    <message>
        <source>the servant who applied argues their position at the session and is not one of its members (§40)</source>
        <translation>служащий, подавший заявление, излагает свою позицию на сессии и не входит в ее состав (п. 40)</translation>
    </message>
    <message>
        <source>the session has exactly one evaluator, who argues the score (§40)</source>
        <translation>в сессии участвует ровно одно оценивающее лицо, которое аргументирует оценку (п. 40)</translation>
    </message>
    <message>
        <source>a session needs at least three members so that a majority can form (§41)</source>
        <translation>чтобы могло сложиться большинство, в составе сессии должно быть не менее трех участников (п. 41)</translation>
    </message>
    <message>
        <source>a hearing is recorded for a session that was ordered and whose protocol is not signed</source>
        <translation>проведение регистрируется только для сессии, решение о проведении которой принято, а протокол не подписан</translation>
    </message>
    <message>
        <source>the session cannot be held before the decision on %1</source>
        <translation>сессия не может быть проведена ранее принятия решения о ее проведении %1</translation>
    </message>
    <message>
        <source>proposals are made in a session that was ordered and whose protocol is not signed</source>
        <translation>предложения вносятся только на сессии, решение о проведении которой принято, а протокол не подписан</translation>
    </message>
    <message>
        <source>a proposal changes the score up or down (§41); %1 is the score as it is</source>
        <translation>предложение изменяет оценку в сторону повышения или понижения (п. 41); %1 — текущая оценка</translation>
    </message>
    <message>
        <source>only a proposal of a session whose protocol is not signed can be removed</source>
        <translation>удалить можно только предложение сессии, протокол которой не подписан</translation>
    </message>
    <message>
        <source>votes are recorded on a proposal of a session whose protocol is not signed</source>
        <translation>голоса регистрируются только по предложению сессии, протокол которой не подписан</translation>
    </message>
    <message>
        <source>only a member of this session votes (§41)</source>
        <translation>голосуют только участники этой сессии (п. 41)</translation>
    </message>
    <message>
        <source>a protocol is signed for a session that was ordered and is not signed yet</source>
        <translation>протокол подписывается только по сессии, решение о проведении которой принято, а протокол еще не подписан</translation>
    </message>
    <message>
        <source>the protocol&apos;s number is required</source>
        <translation>не указан номер протокола</translation>
    </message>
    <message>
        <source>record the day the session was held before signing its protocol</source>
        <translation>перед подписанием протокола укажите дату проведения сессии</translation>
    </message>
    <message>
        <source>the date of signing is required</source>
        <translation>не указана дата подписания</translation>
    </message>
    <message>
        <source>the protocol cannot be signed before the session on %1</source>
        <translation>протокол не может быть подписан ранее проведения сессии %1</translation>
    </message>
    <message>
        <source>every member votes on the proposal %1: %2 of %3 votes are recorded (§41)</source>
        <translation>по предложению %1 голосуют все участники: учтено голосов — %2 из %3 (п. 41)</translation>
    </message>
    <message>
        <source>the feedback meeting follows a session whose protocol is signed (§42)</source>
        <translation>встреча для предоставления обратной связи проводится после сессии, протокол которой подписан (п. 42)</translation>
    </message>
    <message>
        <source>the date of the meeting is required</source>
        <translation>не указана дата встречи</translation>
    </message>
    <message>
        <source>the feedback meeting comes after the session&apos;s protocol of %1 (§42)</source>
        <translation>встреча для предоставления обратной связи проводится после протокола сессии от %1 (п. 42)</translation>
    </message>
    <message>
        <source>the meeting discusses achievements, skills and competencies, and potential and career aspirations (§42); write what was said on each</source>
        <translation>на встрече обсуждаются достижения за оцениваемый период, развитие навыков и компетенций, потенциал и карьерные устремления (п. 42); укажите, что было сказано по каждой теме</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>запись %1 следует за записью %2: часть записей отсутствует</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: a row was removed or inserted</source>
        <translation>запись %1 не связана с предыдущей: запись была удалена или вставлена</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>запись %1 изменена после ее внесения</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 already exists; name a new file for the backup</source>
        <translation>%1 уже существует; для резервной копии укажите новый файл</translation>
    </message>
    <message>
        <source>the file is damaged, so no backup was made: %1</source>
        <translation>файл поврежден, резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>%1 is damaged and was not restored: %2</source>
        <translation>файл %1 поврежден, восстановление не выполнено: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Bagalau and was not restored</source>
        <translation>файл %1 создан более новой версией Bagalau, восстановление не выполнено</translation>
    </message>
    <message>
        <source>%1 is not a Bagalau database and was not restored</source>
        <translation>%1 не является базой данных Bagalau, восстановление не выполнено</translation>
    </message>
    <message>
        <source>no copy of the current file could be taken, so nothing was restored: %1</source>
        <translation>не удалось создать копию текущего файла, восстановление не выполнено: %1</translation>
    </message>
</context>
<context>
    <name>BandLabels</name>
    <message>
        <source>Performs functional duties effectively</source>
        <translation>Выполняет функциональные обязанности эффективно</translation>
    </message>
    <message>
        <source>Performs functional duties properly</source>
        <translation>Выполняет функциональные обязанности надлежащим образом</translation>
    </message>
    <message>
        <source>Performs functional duties satisfactorily</source>
        <translation>Выполняет функциональные обязанности удовлетворительно</translation>
    </message>
    <message>
        <source>Performs functional duties unsatisfactorily</source>
        <translation>Выполняет функциональные обязанности не удовлетворительно</translation>
    </message>
    <message>
        <source>effective</source>
        <comment>grade band, short</comment>
        <translation>эффективно</translation>
    </message>
    <message>
        <source>proper</source>
        <comment>grade band, short</comment>
        <translation>надлежащим образом</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <comment>grade band, short</comment>
        <translation>удовлетворительно</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <comment>grade band, short</comment>
        <translation>не удовлетворительно</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>a year from 2000 to 2100</source>
        <translation>год от 2000 до 2100</translation>
    </message>
    <message>
        <source>the date of Kurban Ait of %1 must be in %1</source>
        <translation>дата Курбан айта %1 года должна приходиться на %1 год</translation>
    </message>
    <message>
        <source>no transfer entered in this file has this day off (the shipped transfers cannot be removed, only replaced)</source>
        <translation>в этом файле нет переноса с таким выходным днем (переносы, поставляемые с программой, нельзя удалить, только заменить)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>the working day %1 already makes up for the day off %2; remove that transfer first</source>
        <translation>рабочий день %1 уже возмещает выходной день %2; сначала удалите тот перенос</translation>
    </message>
</context>
<context>
    <name>Chapter6Text</name>
    <message>
        <source>A chapter-6 plan holds 5 KCI (§46), so from 0 to 5 can be achieved, not %1.</source>
        <translation>План по главе 6 содержит 5 КЦИ (п. 46), поэтому число достигнутых КЦИ — от 0 до 5, а не %1.</translation>
    </message>
    <message>
        <source>KCI %1: the actual value is negative.</source>
        <translation>КЦИ %1: фактическое значение отрицательное.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation>неизвестный параметр %1 (см. --help)</translation>
    </message>
    <message>
        <source>%1 needs a value (see --help)</source>
        <translation>для %1 требуется значение (см. --help)</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en, not %1</source>
        <translation>--lang принимает значения kk, ru или en, а не %1</translation>
    </message>
    <message>
        <source>--policy takes legal or cautious, not %1</source>
        <translation>--policy принимает значения legal или cautious, а не %1</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>команда не указана (см. --help)</translation>
    </message>
    <message>
        <source>unknown command %1 (see --help)</source>
        <translation>неизвестная команда %1 (см. --help)</translation>
    </message>
    <message>
        <source>usage: calendar day YYYY-MM-DD</source>
        <translation>использование: calendar day YYYY-MM-DD</translation>
    </message>
    <message>
        <source>note: the calendar of %1 is not confirmed (no date of Kurban Ait)</source>
        <translation>примечание: календарь на %1 год не подтвержден (не установлена дата Курбан айта)</translation>
    </message>
    <message>
        <source>usage: calendar month YYYY-MM</source>
        <translation>использование: calendar month YYYY-MM</translation>
    </message>
    <message>
        <source>bad month %1: write it as YYYY-MM, e.g. 2024-03</source>
        <translation>неверный месяц %1: укажите его в формате YYYY-MM, например 2024-03</translation>
    </message>
    <message>
        <source>usage: calendar add YYYY-MM-DD N</source>
        <translation>использование: calendar add YYYY-MM-DD N</translation>
    </message>
    <message>
        <source>bad number of working days %1: a whole number from -1000 to 1000</source>
        <translation>неверное количество рабочих дней %1: допускается целое число от -1000 до 1000</translation>
    </message>
    <message>
        <source>usage: calendar year YYYY</source>
        <translation>использование: calendar year YYYY</translation>
    </message>
    <message>
        <source>bad year %1: a year from 2000 to 2100</source>
        <translation>неверный год %1: допускается год с 2000 по 2100</translation>
    </message>
    <message>
        <source>working days: %1</source>
        <translation>рабочих дней: %1</translation>
    </message>
    <message>
        <source>usage: deadlines quarter YYYYQn</source>
        <translation>использование: deadlines quarter YYYYQn</translation>
    </message>
    <message>
        <source>bad quarter %1: write it as YYYYQn with n from 1 to 4, e.g. 2024Q2</source>
        <translation>неверный квартал %1: укажите его в формате YYYYQn, где n — от 1 до 4, например 2024Q2</translation>
    </message>
    <message>
        <source>usage: deadlines year YYYY</source>
        <translation>использование: deadlines year YYYY</translation>
    </message>
    <message>
        <source>usage: deadlines event KIND YYYY-MM-DD</source>
        <translation>использование: deadlines event ВИД YYYY-MM-DD</translation>
    </message>
    <message>
        <source>bad event %1: one of %2</source>
        <translation>неверный вид события %1: допускается одно из значений %2</translation>
    </message>
    <message>
        <source>usage: deadlines quarter YYYYQn | year YYYY | event KIND DATE</source>
        <translation>использование: deadlines quarter YYYYQn | year YYYY | event ВИД ДАТА</translation>
    </message>
    <message>
        <source>usage: score mean MARK... | achieved N</source>
        <translation>использование: score mean ОЦЕНКА... | achieved N</translation>
    </message>
    <message>
        <source>bad date %1: write a real date as YYYY-MM-DD, e.g. 2024-04-12</source>
        <translation>неверная дата %1: укажите существующую дату в формате YYYY-MM-DD, например 2024-04-12</translation>
    </message>
    <message>
        <source>note: these dates fall in a year whose calendar is not confirmed (no date of Kurban Ait); they may move</source>
        <translation>примечание: даты приходятся на год, календарь которого не подтвержден (не установлена дата Курбан айта); даты могут измениться</translation>
    </message>
    <message>
        <source>usage: score mean MARK...</source>
        <translation>использование: score mean ОЦЕНКА...</translation>
    </message>
    <message>
        <source>bad mark or score %1: a number from 0 to 5 with at most two decimals, e.g. 4 or 4.33</source>
        <translation>неверная оценка %1: допускается число от 0 до 5 не более чем с двумя знаками после запятой, например 4 или 4.33</translation>
    </message>
    <message>
        <source>usage: score achieved N</source>
        <translation>использование: score achieved N</translation>
    </message>
    <message>
        <source>bad number of KCI achieved %1: a whole number from 0 to 5</source>
        <translation>неверное количество достигнутых КЦИ %1: допускается целое число от 0 до 5</translation>
    </message>
    <message>
        <source>usage: eligibility YYYYQn FIRST_DAY [LAST_DAY [dismissed]]</source>
        <translation>использование: eligibility YYYYQn ПЕРВЫЙ_ДЕНЬ [ПОСЛЕДНИЙ_ДЕНЬ [dismissed]]</translation>
    </message>
    <message numerus="yes">
        <source>bagalau-cli: %n problem(s); nothing was written</source>
        <translation>
            <numerusform>bagalau-cli: %n ошибка; ничего не записано</numerusform>
            <numerusform>bagalau-cli: %n ошибки; ничего не записано</numerusform>
            <numerusform>bagalau-cli: %n ошибок; ничего не записано</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создан файл %1</translation>
    </message>
    <message>
        <source>usage: import staff|marks FILE.csv [--dry-run]</source>
        <translation>использование: import staff|marks ФАЙЛ.csv [--dry-run]</translation>
    </message>
    <message>
        <source>bad file %1: it does not exist</source>
        <translation>неверный файл %1: файл не найден</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) checked; nothing was written (--dry-run)</source>
        <translation>
            <numerusform>Проверен %n служащий; ничего не записано (--dry-run)</numerusform>
            <numerusform>Проверено %n служащих; ничего не записано (--dry-run)</numerusform>
            <numerusform>Проверено %n служащих; ничего не записано (--dry-run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) imported</source>
        <translation>
            <numerusform>Импортирован %n служащий</numerusform>
            <numerusform>Импортировано %n служащих</numerusform>
            <numerusform>Импортировано %n служащих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked; nothing was written (--dry-run)</source>
        <translation>
            <numerusform>Проверена %n строка; ничего не записано (--dry-run)</numerusform>
            <numerusform>Проверено %n строки; ничего не записано (--dry-run)</numerusform>
            <numerusform>Проверено %n строк; ничего не записано (--dry-run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score sheet(s) imported and signed</source>
        <translation>
            <numerusform>Импортирован и подписан %n оценочный лист</numerusform>
            <numerusform>Импортировано и подписано %n оценочных листа</numerusform>
            <numerusform>Импортировано и подписано %n оценочных листов</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backup OUT.sqlite</source>
        <translation>использование: backup КОПИЯ.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists; name a new file for the backup</source>
        <translation>%1 уже существует; для резервной копии укажите новый файл</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>usage: restore IN.sqlite</source>
        <translation>использование: restore КОПИЯ.sqlite</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>файл %1 восстановлен из %2</translation>
    </message>
    <message>
        <source>the file as it was is kept in %1</source>
        <translation>прежняя версия файла сохранена в %1</translation>
    </message>
    <message>
        <source>usage: check</source>
        <translation>использование: check</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>запись таблицы %1 ссылается на отсутствующую запись таблицы %2</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>журнал аудита: %1</translation>
    </message>
    <message>
        <source>usage: audit list [--limit N] | verify</source>
        <translation>использование: audit list [--limit N] | verify</translation>
    </message>
    <message>
        <source>bad limit %1: a whole number from 1</source>
        <translation>неверное значение --limit %1: допускается целое число от 1</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n row(s), the chain is intact</source>
        <translation>
            <numerusform>ok: %n запись, цепочка не нарушена</numerusform>
            <numerusform>ok: %n записи, цепочка не нарушена</numerusform>
            <numerusform>ok: %n записей, цепочка не нарушена</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: demo [--servants N] [--years Y] [--seed S]</source>
        <translation>использование: demo [--servants N] [--years Y] [--seed S]</translation>
    </message>
    <message>
        <source>bad --servants %1: a whole number from %2 to %3</source>
        <translation>неверное значение --servants %1: допускается целое число от %2 до %3</translation>
    </message>
    <message>
        <source>bad --years %1: a whole number from %2 to %3</source>
        <translation>неверное значение --years %1: допускается целое число от %2 до %3</translation>
    </message>
    <message>
        <source>bad --seed %1: a whole number from 0 to %2</source>
        <translation>неверное значение --seed %1: допускается целое число от 0 до %2</translation>
    </message>
    <message>
        <source>generating: %1%</source>
        <translation>формирование данных: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n служащий</numerusform>
            <numerusform>%n служащих</numerusform>
            <numerusform>%n служащих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>--seed %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n структурное подразделение</numerusform>
            <numerusform>%n структурных подразделения</numerusform>
            <numerusform>%n структурных подразделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n назначение на должность</numerusform>
            <numerusform>%n назначения на должность</numerusform>
            <numerusform>%n назначений на должность</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissal(s)</source>
        <translation>
            <numerusform>%n увольнение</numerusform>
            <numerusform>%n увольнения</numerusform>
            <numerusform>%n увольнений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n период отсутствия</numerusform>
            <numerusform>%n периода отсутствия</numerusform>
            <numerusform>%n периодов отсутствия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KCI plan(s)</source>
        <translation>
            <numerusform>%n план КЦИ</numerusform>
            <numerusform>%n плана КЦИ</numerusform>
            <numerusform>%n планов КЦИ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed score sheet(s)</source>
        <translation>
            <numerusform>%n подписанный оценочный лист</numerusform>
            <numerusform>%n подписанных оценочных листа</numerusform>
            <numerusform>%n подписанных оценочных листов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acquaintance record(s)</source>
        <translation>
            <numerusform>%n запись об ознакомлении</numerusform>
            <numerusform>%n записи об ознакомлении</numerusform>
            <numerusform>%n записей об ознакомлении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) with a calibration session</source>
        <translation>
            <numerusform>%n заявление с проведением калибровочной сессии</numerusform>
            <numerusform>%n заявления с проведением калибровочной сессии</numerusform>
            <numerusform>%n заявлений с проведением калибровочной сессии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>360 survey: %n subject(s)</source>
        <translation>
            <numerusform>Оценка 360: %n оцениваемое лицо</numerusform>
            <numerusform>Оценка 360: %n оцениваемых лица</numerusform>
            <numerusform>Оценка 360: %n оцениваемых лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s)</source>
        <translation>
            <numerusform>%n заполненная анкета</numerusform>
            <numerusform>%n заполненные анкеты</numerusform>
            <numerusform>%n заполненных анкет</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>за %1 с</translation>
    </message>
    <message>
        <source>usage: calendar day DATE | month YYYY-MM | add DATE N | year YYYY | kurban-ait YEAR DATE | transfer add|remove ...</source>
        <translation>использование: calendar day ДАТА | month YYYY-MM | add ДАТА N | year YYYY | kurban-ait ГОД ДАТА | transfer add|remove ...</translation>
    </message>
    <message>
        <source>usage: calendar kurban-ait YEAR DATE|none | calendar transfer add DAY_OFF WORKING_DAY [ACT] | calendar transfer remove DAY_OFF</source>
        <translation>использование: calendar kurban-ait ГОД ДАТА|none | calendar transfer add ВЫХОДНОЙ РАБОЧИЙ [АКТ] | calendar transfer remove ВЫХОДНОЙ</translation>
    </message>
    <message>
        <source>the calendar&apos;s edits are kept in a file: name it with --db</source>
        <translation>изменения календаря хранятся в файле: укажите его в --db</translation>
    </message>
    <message>
        <source>usage: users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] [--name NAME] | users list | users disable LOGIN | users reset LOGIN | users roles LOGIN ROLE[,ROLE]</source>
        <translation>использование: users add ЛОГИН --roles РОЛЬ[,РОЛЬ] [--servant ТАБЕЛЬНЫЙ_НОМЕР] [--name ФИО] | users list | users disable ЛОГИН | users reset ЛОГИН | users roles ЛОГИН РОЛЬ[,РОЛЬ]</translation>
    </message>
    <message>
        <source>bad roles %1: a list of chief_specialist, chairman, head, appointing_official, servant</source>
        <translation>неверный перечень ролей %1: допускаются значения chief_specialist, chairman, head, appointing_official, servant</translation>
    </message>
    <message>
        <source>Usage: bagalau-cli [--db PATH] [--user LOGIN] [--lang kk|ru|en] [--policy legal|cautious]
                   COMMAND ...

Bagalau&apos;s command-line tool: the working-day calendar of Kazakhstan and the rules of
the methodology of evaluating administrative civil servants of corps &quot;B&quot;.

Commands:
  calendar day DATE           &quot;working&quot; or &quot;non-working: &lt;reason&gt;&quot;
  calendar month YYYY-MM      the number of working days in the month
  calendar add DATE N         the N-th working day after DATE (before it when N &lt; 0)
  calendar year YYYY          every holiday, day off and transfer of the year
  calendar kurban-ait YEAR DATE|none
                              enter (or forget) the date of Kurban Ait in the file
  calendar transfer add DAY_OFF WORKING_DAY [ACT]
  calendar transfer remove DAY_OFF
                              enter or remove a transfer of a day off in the file
  deadlines quarter YYYYQn    JSON: the dated duties of the quarter&apos;s evaluation
  deadlines year YYYY         JSON: the 360 survey and the annual score
  deadlines event KIND DATE   JSON: what follows from an event; KIND is one of
                              completed, acquainted, applied, protocol-signed,
                              appointed, plan-approved, returned, superior-signed,
                              commission-meeting, commission-decided
  deadlines acquainted DATE   JSON: the appeal window and the latest calibration chain
  score mean MARK...          exact mean, rounded half up to 2 decimals, and its band
  score achieved N            chapter 6: the band for N of 5 KCI achieved
  eligibility YYYYQn FIRST [LAST [dismissed]]
                              JSON: evaluated or not, with or without participation,
                              KCI allowed, and why; FIRST and LAST are the first and
                              last day in the position
  init --org NAME [--org-kk NAME] [--admin LOGIN]
                              create a new database file; with --admin, with the chief
                              specialist&apos;s account (signed-in use from then on)
  import staff|marks FILE.csv [--dry-run]
                              import all rows or none; --dry-run only checks
  results quarter YYYYQn      JSON: one object per servant
  results year YYYY           JSON: quarterly scores, annual score, band
  backup OUT.sqlite           a consistent copy of the file (checked first)
  restore IN.sqlite           replace the file with a checked copy
  check                       integrity, foreign keys and the audit chain
  audit list [--limit N]      JSON: the audit log, newest last
  audit verify                whether the audit log&apos;s chain is intact
  users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] [--name NAME]
  users list | users disable LOGIN | users reset LOGIN | users roles LOGIN ROLE[,ROLE]
                              accounts; ROLE is chief_specialist, chairman, head,
                              appointing_official or servant
  demo [--servants N] [--years Y] [--seed S]
                              fill a new file with a synthetic organisation

Options:
  --db PATH        the database file; the calendar commands then use its calendar
  --user LOGIN     sign in (a file with accounts needs it for personal data); the password
                   comes from BAGALAU_PASSWORD or is asked on the terminal
  --lang LANG      the language of messages: kk, ru or en (default en)
  --policy POLICY  a fixed date on a day off moves to the next working day (legal,
                   the default) or to the previous one (cautious)
  --help, --version

Dates are YYYY-MM-DD. JSON goes to standard output, messages to standard error.
Exit codes: 0 done, 2 wrong usage, 3 bad input (nothing written), 4 database error,
5 sign-in required or not allowed.
</source>
        <translation>Использование: bagalau-cli [--db ПУТЬ] [--user ЛОГИН] [--lang kk|ru|en] [--policy legal|cautious]
                           КОМАНДА ...

Инструмент командной строки Bagalau: календарь рабочих дней Казахстана и правила методики
оценки деятельности административных государственных служащих корпуса «Б».

Команды:
  calendar day ДАТА           &quot;working&quot; или &quot;non-working: &lt;причина&gt;&quot;
  calendar month YYYY-MM      количество рабочих дней в месяце
  calendar add ДАТА N         N-й рабочий день после ДАТЫ (до нее при N &lt; 0)
  calendar year YYYY          все праздничные и выходные дни и переносы за год
  calendar kurban-ait YYYY ДАТА|none
                              внести в файл (или удалить) дату Курбан айта
  calendar transfer add ВЫХОДНОЙ РАБОЧИЙ [АКТ]
  calendar transfer remove ВЫХОДНОЙ
                              внести в файл или удалить перенос выходного дня
  deadlines quarter YYYYQn    JSON: мероприятия квартальной оценки и их сроки
  deadlines year YYYY         JSON: оценка методом 360 и итоговая оценка за год
  deadlines event ВИД ДАТА    JSON: сроки, вытекающие из события; ВИД — одно из значений:
                              completed, acquainted, applied, protocol-signed,
                              appointed, plan-approved, returned, superior-signed,
                              commission-meeting, commission-decided
  deadlines acquainted ДАТА   JSON: срок подачи заявления и предельные сроки калибровки
  score mean ОЦЕНКА...        точное среднее, округление до сотых (0,005 — вверх), градация
  score achieved N            глава 6: градация при достижении N из 5 КЦИ
  eligibility YYYYQn ПЕРВЫЙ [ПОСЛЕДНИЙ [dismissed]]
                              JSON: подлежит ли оценке, с участием или без его участия,
                              допускаются ли КЦИ, и основание; ПЕРВЫЙ и ПОСЛЕДНИЙ —
                              первый и последний день пребывания в должности
  init --org НАЗВАНИЕ [--org-kk НАЗВАНИЕ] [--admin ЛОГИН]
                              создать новый файл базы данных; с --admin — вместе с учетной
                              записью главного специалиста (далее работа только после входа)
  import staff|marks ФАЙЛ.csv [--dry-run]
                              импорт всех строк или ни одной; --dry-run — только проверка
  results quarter YYYYQn      JSON: по одному объекту на каждого служащего
  results year YYYY           JSON: квартальные оценки, итоговая оценка, градация
  backup КОПИЯ.sqlite         согласованная копия файла (после проверки)
  restore КОПИЯ.sqlite        заменить файл проверенной копией
  check                       целостность, внешние ключи и цепочка журнала аудита
  audit list [--limit N]      JSON: журнал аудита, последние записи в конце
  audit verify                проверка целостности цепочки журнала аудита
  users add ЛОГИН --roles РОЛЬ[,РОЛЬ] [--servant ТАБЕЛЬНЫЙ_НОМЕР] [--name ФИО]
  users list | users disable ЛОГИН | users reset ЛОГИН | users roles ЛОГИН РОЛЬ[,РОЛЬ]
                              учетные записи; РОЛЬ — chief_specialist, chairman, head,
                              appointing_official или servant
  demo [--servants N] [--years Y] [--seed S]
                              заполнить новый файл условной организацией

Параметры:
  --db ПУТЬ        файл базы данных; команды calendar тогда берут его календарь
  --user ЛОГИН     вход (для персональных данных в файле с учетными записями обязателен);
                   пароль берется из BAGALAU_PASSWORD или запрашивается в терминале
  --lang ЯЗЫК      язык сообщений: kk, ru или en (по умолчанию en)
  --policy РЕЖИМ   фиксированная дата, выпавшая на выходной, переносится на следующий
                   рабочий день (legal, по умолчанию) или на предыдущий (cautious)
  --help, --version

Формат дат — YYYY-MM-DD. JSON выводится в стандартный вывод, сообщения — в поток ошибок.
Коды завершения: 0 — выполнено, 2 — неверный вызов, 3 — неверные данные (ничего не записано),
4 — ошибка базы данных, 5 — требуется вход или действие не разрешено.
</translation>
    </message>
    <message>
        <source>sign-in required: this file has accounts; name yours with --user</source>
        <translation>требуется вход: в файле есть учетные записи; укажите свою в --user</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>sign-in required: no password in BAGALAU_PASSWORD and no terminal to ask it on</source>
        <translation>требуется вход: пароль не задан в BAGALAU_PASSWORD, а терминал для его запроса недоступен</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <source>the new password comes from BAGALAU_NEW_PASSWORD or the terminal, never from an argument</source>
        <translation>новый пароль берется из BAGALAU_NEW_PASSWORD или вводится в терминале; в аргументах командной строки его указывать нельзя</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>Повторите новый пароль: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>usage: init --org NAME [--org-kk NAME] [--admin LOGIN]</source>
        <translation>использование: init --org НАЗВАНИЕ [--org-kk НАЗВАНИЕ] [--admin ЛОГИН]</translation>
    </message>
    <message>
        <source>Results as a spreadsheet:
  results quarter YYYYQn|year YYYY [--servant PERSONNEL_NO] --csv FILE
                              (or --quarter YYYYQn, --year YYYY) writes a NEW
                              CSV file instead of JSON: UTF-8 with BOM, &apos;;&apos;
                              between fields, scores with a decimal comma (4,25)
                              as Excel reads them in Kazakh and Russian
</source>
        <translation>Результаты в виде электронной таблицы:
  results quarter YYYYQn|year YYYY [--servant PERSONNEL_NO] --csv FILE
                              (или --quarter YYYYQn, --year YYYY) записывает НОВЫЙ
                              файл CSV вместо JSON: UTF-8 с BOM, &apos;;&apos; между
                              полями, оценки с десятичной запятой (4,25), как их
                              читает Excel на казахском и русском языках
</translation>
    </message>
    <message>
        <source>Printed forms:
  print KIND --quarter YYYYQn [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE
                              a printed form into FILE.pdf or FILE.odt, in Kazakh
                              or Russian (default: the --lang above, or ru); KIND
                              is work-plan, kci-sheet, ranking-sheet, notice or
                              results-list; without --servant, every servant&apos;s
                              form of the quarter into one file
  print survey-report --year YYYY [--servant PERSONNEL_NO] ...
                              the 360 individual reports (appendix 7)
  print feedback|calibration-protocol --appeal ID ...
                              the feedback form (appendix 8) or the protocol (§41)
                              of the calibration session held on an application
  print commission-protocol --meeting ID ...
                              the protocol of a meeting of the Commission
                              (appendix 11)
</source>
        <translation>Печатные формы:
  print KIND --quarter YYYYQn [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE
                              печатная форма в FILE.pdf или FILE.odt на казахском
                              или русском языке (по умолчанию — язык --lang выше,
                              иначе ru); KIND: work-plan, kci-sheet, ranking-sheet,
                              notice или results-list; без --servant — формы всех
                              служащих за квартал в одном файле
  print survey-report --year YYYY [--servant PERSONNEL_NO] ...
                              индивидуальные отчеты по оценке 360 (приложение 7)
  print feedback|calibration-protocol --appeal ID ...
                              форма обратной связи (приложение 8) или протокол
                              (п. 41) калибровочной сессии, проведенной по заявлению
  print commission-protocol --meeting ID ...
                              протокол заседания Комиссии
                              (приложение 11)
</translation>
    </message>
    <message>
        <source>usage: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO] [--csv FILE]</source>
        <translation>использование: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO] [--csv FILE]</translation>
    </message>
    <message>
        <source>%1 already exists; name a new file for the CSV export</source>
        <translation>%1 уже существует; для выгрузки в CSV укажите новый файл</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) written to %1</source>
        <translation>
            <numerusform>в %1 записан %n служащий</numerusform>
            <numerusform>в %1 записаны %n служащих</numerusform>
            <numerusform>в %1 записано %n служащих</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: print KIND (--quarter YYYYQn | --year YYYY | --appeal ID | --meeting ID) [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE.pdf|FILE.odt; KIND is one of %1</source>
        <translation>использование: print KIND (--quarter YYYYQn | --year YYYY | --appeal ID | --meeting ID) [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE.pdf|FILE.odt; KIND — одно из значений: %1</translation>
    </message>
    <message>
        <source>unknown form %1: one of %2</source>
        <translation>неизвестная форма %1: допускается одно из значений %2</translation>
    </message>
    <message>
        <source>%1 needs %2 and --out (see --help)</source>
        <translation>для %1 требуются %2 и --out (см. --help)</translation>
    </message>
    <message>
        <source>bad %1 %2: a whole number above 0</source>
        <translation>неверное значение %1 %2: допускается целое число больше 0</translation>
    </message>
    <message>
        <source>bad form language %1: the forms are printed in kk or ru</source>
        <translation>неверный язык формы %1: формы печатаются на языке kk или ru</translation>
    </message>
    <message>
        <source>bad output file %1: its name ends in .pdf or .odt</source>
        <translation>неверный выходной файл %1: имя файла должно оканчиваться на .pdf или .odt</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written to %1</source>
        <translation>
            <numerusform>в %1 записана %n форма</numerusform>
            <numerusform>в %1 записаны %n формы</numerusform>
            <numerusform>в %1 записано %n форм</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommissionService</name>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>не указана дата</translation>
    </message>
    <message>
        <source>chapter 6 ceased to be in force on %1 (§2 of decision No. 5-2); nothing can be done under it after that day</source>
        <translation>глава 6 утратила силу %1 (п. 2 решения № 5-2); после этого дня действия по ней не осуществляются</translation>
    </message>
    <message>
        <source>the Commission has a secretary, the chief specialist, who keeps the protocol (§59)</source>
        <translation>у Комиссии должен быть секретарь — главный специалист, который ведет протокол (п. 59)</translation>
    </message>
    <message>
        <source>every seat of the Commission needs a name</source>
        <translation>для каждого места в составе Комиссии необходимо указать Ф.И.О.</translation>
    </message>
    <message>
        <source>the Commission has one secretary</source>
        <translation>у Комиссии только один секретарь</translation>
    </message>
    <message>
        <source>chapter 6 evaluates work from %1 to %2 (§43); the plan&apos;s period lies within it</source>
        <translation>по главе 6 оценивается работа с %1 по %2 (п. 43); период плана должен находиться в этих пределах</translation>
    </message>
    <message>
        <source>%1 was not on social or sick leave in this period; chapter 6 applies only to them (§43)</source>
        <translation>%1 в этот период не находился в социальном отпуске или периоде временной нетрудоспособности; глава 6 применяется только к таким служащим (п. 43)</translation>
    </message>
    <message>
        <source>choose an annual plan of chapter 6</source>
        <translation>выберите годовой план по главе 6</translation>
    </message>
    <message>
        <source>the sheet gives the actual value of each of the five KCI (§47)</source>
        <translation>в листе указывается фактическое значение каждого из пяти КЦИ (п. 47)</translation>
    </message>
    <message>
        <source>the sheet of this plan is already submitted; it is submitted again only when the superior manager returns it (§52)</source>
        <translation>оценочный лист по этому плану уже внесен на рассмотрение; повторно он вносится только после направления на доработку вышестоящим руководителем (п. 52)</translation>
    </message>
    <message>
        <source>there is no such case</source>
        <translation>такое дело не найдено</translation>
    </message>
    <message>
        <source>the superior manager has already decided on this sheet</source>
        <translation>вышестоящий руководитель уже принял решение по этому листу</translation>
    </message>
    <message>
        <source>the superior manager decides after the direct manager signed on %1</source>
        <translation>вышестоящий руководитель принимает решение после подписания листа непосредственным руководителем %1</translation>
    </message>
    <message>
        <source>form the Commission first (§54)</source>
        <translation>сначала сформируйте состав Комиссии (п. 54)</translation>
    </message>
    <message>
        <source>only the Commission&apos;s members make its quorum; the secretary does not (§55, §59)</source>
        <translation>кворум Комиссии составляют только ее члены, секретарь в кворум не входит (п. 55, п. 59)</translation>
    </message>
    <message>
        <source>a meeting considers at least one case</source>
        <translation>на заседании рассматривается не менее одного дела</translation>
    </message>
    <message>
        <source>the Commission considers a sheet the superior manager agreed with and no meeting has considered (§53)</source>
        <translation>Комиссия рассматривает лист, с оценкой по которому согласился вышестоящий руководитель и который не рассматривался ни на одном заседании (п. 53)</translation>
    </message>
    <message>
        <source>the protocol&apos;s number is required (appendix 11)</source>
        <translation>не указан номер протокола (приложение 11)</translation>
    </message>
    <message>
        <source>the Commission decides a case brought to one of its meetings</source>
        <translation>Комиссия принимает решение по делу, вынесенному на одно из ее заседаний</translation>
    </message>
    <message>
        <source>the Commission has already decided this case</source>
        <translation>Комиссия уже приняла решение по этому делу</translation>
    </message>
    <message>
        <source>a decision to revise names the corrected grade (§63, appendix 11)</source>
        <translation>в решении о пересмотре указывается скорректированная оценка (п. 63, приложение 11)</translation>
    </message>
    <message>
        <source>a revision changes the grade; to keep it, approve (§62)</source>
        <translation>пересмотр изменяет оценку; чтобы сохранить ее, утвердите результаты оценки (п. 62)</translation>
    </message>
    <message>
        <source>without a quorum of two thirds of the members the meeting decides nothing (§55)</source>
        <translation>без кворума в две трети членов заседание не принимает никаких решений (п. 55)</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the category is head (the head of the apparatus) or corps_b</source>
        <translation>категория: head (руководитель аппарата маслихата) или corps_b</translation>
    </message>
    <message>
        <source>a ranking row needs the columns quality, deadlines, initiative and discipline</source>
        <translation>для строки оценки методом ранжирования необходимы столбцы quality, deadlines, initiative и discipline</translation>
    </message>
    <message>
        <source>a KCI row needs the columns kci_no, plan, actual and mark</source>
        <translation>для строки КЦИ необходимы столбцы kci_no, plan, actual и mark</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: there is text after the closing quote of field %2. A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Строка %1: после закрывающей кавычки поля %2 имеется текст. Кавычка внутри поля, заключенного в кавычки, записывается дважды (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field opens here and is never closed; the file may be truncated.</source>
        <translation>Строка %1: здесь открывается поле в кавычках, которое не закрывается; возможно, файл обрезан.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Файл в кодировке UTF-16 (формат Excel «Текст в Юникоде»). Сохраните таблицу в формате «CSV UTF-8» и повторите импорт.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds NUL bytes; is it an Excel workbook?). Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Файл не является текстовым файлом CSV (содержит байты NUL; возможно, это книга Excel). Сохраните таблицу в формате «CSV UTF-8» и повторите импорт.</translation>
    </message>
    <message>
        <source>Line %1: the file ends in the middle of a character; the file may be truncated.</source>
        <translation>Строка %1: файл обрывается посреди символа; возможно, файл обрезан.</translation>
    </message>
    <message>
        <source>Line %1: the file is marked as UTF-8 but holds bytes that are not UTF-8.</source>
        <translation>Строка %1: файл помечен как UTF-8, но содержит байты, недопустимые в UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Windows-1251. Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Строка %1: кодировка файла — не UTF-8 и не Windows-1251. Сохраните таблицу в формате «CSV UTF-8» и повторите импорт.</translation>
    </message>
    <message>
        <source>The file has no header row: it holds only blank lines.</source>
        <translation>В файле нет строки заголовка: он содержит только пустые строки.</translation>
    </message>
    <message>
        <source>Line %1: column %2 of the header has no name.</source>
        <translation>Строка %1: у столбца %2 в строке заголовка нет названия.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears more than once in the header (columns %3 and %4).</source>
        <translation>Строка %1: столбец «%2» встречается в заголовке более одного раза (столбцы %3 и %4).</translation>
    </message>
    <message>
        <source>Line %1: the first row holds &quot;%2&quot;, which looks like data, not a column name. The file must begin with a header row of column names.</source>
        <translation>Строка %1: первая строка содержит «%2» — это похоже на данные, а не на название столбца. Файл должен начинаться со строки заголовка с названиями столбцов.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has a question mark in place of a letter. Windows-1251 cannot hold the Kazakh letters %3, so they were lost when the file was saved. Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Строка %1: в «%2» вместо буквы стоит вопросительный знак. Кодировка Windows-1251 не поддерживает казахские буквы %3, поэтому при сохранении файла они были утрачены. Сохраните таблицу в формате «CSV UTF-8» и повторите импорт.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s), but the header has %2.</source>
        <translation>
            <numerusform>Строка %1: %n поле, а в заголовке — %2.</numerusform>
            <numerusform>Строка %1: %n поля, а в заголовке — %2.</numerusform>
            <numerusform>Строка %1: %n полей, а в заголовке — %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>The file lacks the column(s) %1. The columns it has: %2.</source>
        <translation>
            <numerusform>В файле отсутствует столбец %1. Имеющиеся столбцы: %2.</numerusform>
            <numerusform>В файле отсутствуют столбцы %1. Имеющиеся столбцы: %2.</numerusform>
            <numerusform>В файле отсутствуют столбцы %1. Имеющиеся столбцы: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: its number, its year</comment>
        <translation>%1 квартал %2 года</translation>
    </message>
    <message>
        <source>Notice of the evaluation to the head of the apparatus (§26)</source>
        <translation>Уведомление руководителя аппарата маслихата о проведении оценки (п. 26)</translation>
    </message>
    <message>
        <source>Notice of the evaluation to the corps B servants (§30)</source>
        <translation>Уведомление служащих корпуса «Б» о проведении оценки (п. 30)</translation>
    </message>
    <message>
        <source>Individual work plan with KCI (§22)</source>
        <translation>Индивидуальный план работы с КЦИ (п. 22)</translation>
    </message>
    <message>
        <source>Preliminary actual values of the KCI to the evaluator (§22)</source>
        <translation>Предварительные фактические значения КЦИ оценивающему лицу (п. 22)</translation>
    </message>
    <message>
        <source>Score sheet signed (§4)</source>
        <translation>Оценочный лист подписан (п. 4)</translation>
    </message>
    <message>
        <source>Acquaintance with the results (§11)</source>
        <translation>Ознакомление с результатами (п. 11)</translation>
    </message>
    <message>
        <source>Last day to apply for a calibration session (§12)</source>
        <translation>Последний день подачи заявления о проведении калибровочной сессии (п. 12)</translation>
    </message>
    <message>
        <source>Decision on the calibration session (§38)</source>
        <translation>Решение о проведении калибровочной сессии (п. 38)</translation>
    </message>
    <message>
        <source>Calibration session held (§39)</source>
        <translation>Калибровочная сессия проведена (п. 39)</translation>
    </message>
    <message>
        <source>360 survey completed (§4, §33)</source>
        <translation>Оценка 360 завершена (п. 4, п. 33)</translation>
    </message>
    <message>
        <source>applied %1, %2</source>
        <translation>заявление подано %1, %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: ответили %2 из %3</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1: не начато</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database file %1 does not exist</source>
        <translation>файл базы данных %1 не найден</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>папка для %1 не найдена</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Bagalau database: %2</source>
        <translation>%1 не является базой данных Bagalau: %2</translation>
    </message>
    <message>
        <source>the SQLite driver gives no handle</source>
        <translation>драйвер SQLite не предоставил дескриптор соединения</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>не удается создать %1: %2</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>не удается скопировать в %1: %2</translation>
    </message>
</context>
<context>
    <name>DayDescription</name>
    <message>
        <source>working</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>working (transfer: %1, for %2)</source>
        <translation>рабочий день (перенос: %1, взамен %2)</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>праздничный день: %1</translation>
    </message>
    <message>
        <source>day off for %1 of %2</source>
        <translation>выходной день в связи с праздником %1 (%2)</translation>
    </message>
    <message>
        <source>religious day off: %1</source>
        <translation>выходной день (религиозный праздник): %1</translation>
    </message>
    <message>
        <source>day off by transfer: %1</source>
        <translation>выходной день (перенос): %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the number of servants must be a whole number from %1 to %2</source>
        <translation>количество служащих должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>the number of years must be a whole number from %1 to %2</source>
        <translation>количество лет должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>the file already has servants; a demonstration organisation goes into a new file only</source>
        <translation>в файле уже есть служащие; демонстрационная организация создается только в новом файле</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>DismissCommand</name>
    <message>
        <source>dismiss %1</source>
        <translation>увольнение: %1</translation>
    </message>
</context>
<context>
    <name>EditOrganisationCommand</name>
    <message>
        <source>edit the organisation&apos;s details</source>
        <translation>изменение реквизитов организации</translation>
    </message>
</context>
<context>
    <name>EditServantCommand</name>
    <message>
        <source>edit servant %1</source>
        <translation>изменение данных служащего %1</translation>
    </message>
</context>
<context>
    <name>EligibilityText</name>
    <message>
        <source>Annual leave</source>
        <translation>Трудовой отпуск</translation>
    </message>
    <message>
        <source>Social leave</source>
        <translation>Социальный отпуск</translation>
    </message>
    <message>
        <source>Temporary incapacity for work</source>
        <translation>Временная нетрудоспособность</translation>
    </message>
    <message>
        <source>Business trip</source>
        <translation>Командировка</translation>
    </message>
    <message>
        <source>Internship, retraining or advanced training</source>
        <translation>Стажировка, переподготовка или повышение квалификации</translation>
    </message>
    <message>
        <source>Evaluated.</source>
        <translation>Оценка проводится.</translation>
    </message>
    <message>
        <source>Not evaluated: not in the position during the period.</source>
        <translation>Оценка не проводится: в оцениваемом периоде служащий не занимал должность.</translation>
    </message>
    <message>
        <source>Not evaluated: less than one month in the position during the period (§5).</source>
        <translation>Оценка не проводится: срок пребывания на должности в оцениваемом периоде составляет менее одного месяца (п. 5).</translation>
    </message>
    <message>
        <source>Evaluated without participation: dismissed before the end of the period (§6).</source>
        <translation>Оценка проводится без его участия: уволен до окончания оцениваемого периода (п. 6).</translation>
    </message>
    <message>
        <source>Evaluated without participation: absent during the evaluation (%1, §5).</source>
        <translation>Оценка проводится без его участия: отсутствует в период проведения оценки (%1, п. 5).</translation>
    </message>
    <message>
        <source>The evaluated period is not a valid range of days.</source>
        <translation>Оцениваемый период не является допустимым диапазоном дат.</translation>
    </message>
    <message>
        <source>The evaluation must be a valid range of days that begins after the evaluated period (§4).</source>
        <translation>Период проведения оценки должен быть допустимым диапазоном дат и начинаться после оцениваемого периода (п. 4).</translation>
    </message>
    <message>
        <source>The first day in the position is missing.</source>
        <translation>Не указан первый день пребывания в должности.</translation>
    </message>
    <message>
        <source>The last day in the position is before the first.</source>
        <translation>Последний день пребывания в должности предшествует первому.</translation>
    </message>
    <message>
        <source>A dismissal needs the last day in the position.</source>
        <translation>При увольнении необходимо указать последний день пребывания в должности.</translation>
    </message>
    <message>
        <source>An absence (%1) is not a valid range of days.</source>
        <translation>Период отсутствия (%1) не является допустимым диапазоном дат.</translation>
    </message>
</context>
<context>
    <name>EndAssignmentCommand</name>
    <message>
        <source>end the assignment of %1</source>
        <translation>завершение пребывания в должности: %1</translation>
    </message>
</context>
<context>
    <name>FieldDate</name>
    <message>
        <source>The date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>Дата не указана. Укажите ее в формате YYYY-MM-DD (2024-03-31) или DD.MM.YYYY (31.03.2024).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>«%1» не является датой. Укажите дату в формате YYYY-MM-DD (2024-03-31) или DD.MM.YYYY (31.03.2024).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>Столбец «%1»: дата не указана. Укажите ее в формате YYYY-MM-DD (2024-03-31) или DD.MM.YYYY (31.03.2024).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>Столбец «%1»: «%2» не является датой. Укажите дату в формате YYYY-MM-DD (2024-03-31) или DD.MM.YYYY (31.03.2024).</translation>
    </message>
</context>
<context>
    <name>FormDataService</name>
    <message>
        <source>no servant with the personnel number %1</source>
        <translation>служащий с табельным номером %1 не найден</translation>
    </message>
    <message>
        <source>%1 held no position in %2</source>
        <translation>%1: в периоде %2 служащий не занимал должность</translation>
    </message>
    <message>
        <source>%1 has no individual work plan for %2</source>
        <translation>%1: индивидуальный план работы на %2 отсутствует</translation>
    </message>
    <message>
        <source>%1 has no KCI score sheet for %2</source>
        <translation>%1: оценочный лист по КЦИ за %2 отсутствует</translation>
    </message>
    <message>
        <source>%1 has no ranking score sheet for %2</source>
        <translation>%1: оценочный лист по методу ранжирования за %2 отсутствует</translation>
    </message>
    <message>
        <source>%1 was not evaluated by the 360 survey of %2</source>
        <translation>%1: оценка методом 360 за %2 не проводилась</translation>
    </message>
    <message>
        <source>no 360 report for %1 in %2: %3</source>
        <translation>%1: индивидуальный отчет по оценке 360 за %2 отсутствует: %3</translation>
    </message>
    <message>
        <source>no application number %1</source>
        <translation>заявление № %1 не найдено</translation>
    </message>
    <message>
        <source>no calibration session was ordered on application %1</source>
        <translation>по заявлению № %1 решение о проведении калибровочной сессии не принималось</translation>
    </message>
    <message>
        <source>no meeting of the Commission number %1</source>
        <translation>заседание Комиссии № %1 не найдено</translation>
    </message>
</context>
<context>
    <name>FormWriter</name>
    <message>
        <source>%1: the file name must end in .pdf or .odt</source>
        <translation>%1: имя файла должно оканчиваться на .pdf или .odt</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the document cannot be made</source>
        <translation>не удалось записать %1: не удалось сформировать документ</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>The IIN is missing; an IIN is 12 digits.</source>
        <translation>ИИН не указан; ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>IIN &quot;%1&quot; was written as a number in exponent form, which loses digits. Format the column as text in the spreadsheet and type the 12 digits again.</source>
        <translation>ИИН «%1» записан как число в экспоненциальной форме, при этом часть цифр теряется. Задайте для столбца в электронной таблице текстовый формат и введите 12 цифр заново.</translation>
    </message>
    <message>
        <source>IIN &quot;%1&quot;: character %2 (&quot;%3&quot;) is not a digit; an IIN is 12 digits.</source>
        <translation>ИИН «%1»: символ %2 («%3») не является цифрой; ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>IIN &quot;%1&quot; has 11 digits; an IIN has 12. A spreadsheet may have dropped its leading zero: format the column as text.</source>
        <translation>ИИН «%1» содержит 11 цифр, а должен содержать 12. Возможно, электронная таблица удалила ведущий ноль: задайте для столбца текстовый формат.</translation>
    </message>
    <message numerus="yes">
        <source>IIN &quot;%1&quot; has %n digit(s); an IIN has 12.</source>
        <translation>
            <numerusform>ИИН «%1» содержит %n цифру, а должен содержать 12.</numerusform>
            <numerusform>ИИН «%1» содержит %n цифры, а должен содержать 12.</numerusform>
            <numerusform>ИИН «%1» содержит %n цифр, а должен содержать 12.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN %1: the seventh digit is %2, but it must be 1 to 6 (the century of birth and sex).</source>
        <translation>ИИН %1: седьмая цифра — %2, а должна быть от 1 до 6 (век рождения и пол).</translation>
    </message>
    <message>
        <source>IIN %1: its first six digits, %2, are not a date of birth (YYMMDD) in the years %3–%4.</source>
        <translation>ИИН %1: первые шесть цифр (%2) не образуют дату рождения (YYMMDD) в %3–%4 годах.</translation>
    </message>
    <message>
        <source>IIN %1 cannot exist: no check digit fits its first eleven digits. A digit is probably mistyped.</source>
        <translation>ИИН %1 не может существовать: для его первых одиннадцати цифр нет подходящей контрольной цифры. Вероятно, одна из цифр введена с ошибкой.</translation>
    </message>
    <message>
        <source>IIN %1: the last digit is %2, but the check digit of the first eleven is %3. A digit is probably mistyped.</source>
        <translation>ИИН %1: последняя цифра — %2, а контрольная цифра для первых одиннадцати — %3. Вероятно, одна из цифр введена с ошибкой.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>line %1, %2 &quot;%3&quot;</source>
        <translation>строка %1, %2 «%3»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «%2»</translation>
    </message>
</context>
<context>
    <name>KciPlanService</name>
    <message>
        <source>the servant held no position in %1</source>
        <translation>в периоде %1 служащий не занимал должность</translation>
    </message>
    <message>
        <source>only the head of the apparatus has KCI; corps B servants are evaluated by ranking (§21, §28)</source>
        <translation>КЦИ устанавливаются только руководителю аппарата маслихата; служащие корпуса «Б» оцениваются методом ранжирования (п. 21, п. 28)</translation>
    </message>
    <message>
        <source>the KCI number is a whole number from 1 to 5 (§23)</source>
        <translation>номер КЦИ — целое число от 1 до 5 (п. 23)</translation>
    </message>
    <message>
        <source>write what is to be achieved: specific (§24)</source>
        <translation>укажите, что должно быть достигнуто: КЦИ должен быть конкретным (п. 24)</translation>
    </message>
    <message>
        <source>write the unit of measure: measurable (§24)</source>
        <translation>укажите единицу измерения: КЦИ должен быть измеримым (п. 24)</translation>
    </message>
    <message>
        <source>the plan value is a number such as 95 or 12.5, with a point</source>
        <translation>плановое значение — число, например 95 или 12.5 (разделитель — точка)</translation>
    </message>
    <message>
        <source>the plan value cannot be negative</source>
        <translation>плановое значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>a plan of 0 where more is better cannot be realized in percent</source>
        <translation>при плановом значении 0 и условии «чем больше, тем лучше» процент реализации определить невозможно</translation>
    </message>
    <message>
        <source>the due date lies within the quarter, %1 to %2: time-bound (§24)</source>
        <translation>срок достижения должен находиться в пределах квартала, с %1 по %2: КЦИ ограничен во времени (п. 24)</translation>
    </message>
    <message>
        <source>no KCI are set when less than three months remain from the appointment to the end of the period (§22)</source>
        <translation>КЦИ не устанавливаются, если со дня назначения до окончания оцениваемого периода осталось менее трех месяцев (п. 22)</translation>
    </message>
    <message>
        <source>the plan is approved: a KCI is changed only for a change of the body&apos;s functions or structure, with its reason (§25)</source>
        <translation>план утвержден: КЦИ изменяется только в случае изменения функций или структуры государственного органа с указанием основания (п. 25)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>the plan is approved: its KCI are no longer removed (§25)</source>
        <translation>план утвержден: его КЦИ больше не удаляются (п. 25)</translation>
    </message>
    <message>
        <source>the plan has no KCI with this number</source>
        <translation>в плане нет КЦИ с таким номером</translation>
    </message>
    <message>
        <source>the plan was already approved on %1</source>
        <translation>план уже утвержден %1</translation>
    </message>
    <message>
        <source>name the superior manager who approves the plan (§22)</source>
        <translation>укажите вышестоящего руководителя, утверждающего план (п. 22)</translation>
    </message>
    <message>
        <source>the plan is a draft: edit its KCI directly</source>
        <translation>план является проектом: редактируйте его КЦИ напрямую</translation>
    </message>
    <message>
        <source>an approved KCI is changed only for a change of the body&apos;s functions or structure: write which change and its document (§25)</source>
        <translation>утвержденный КЦИ изменяется только в случае изменения функций или структуры государственного органа: укажите, какое изменение произошло, и подтверждающий документ (п. 25)</translation>
    </message>
    <message>
        <source>nothing was changed in KCI %1</source>
        <translation>в КЦИ %1 ничего не изменено</translation>
    </message>
</context>
<context>
    <name>KciSheetService</name>
    <message>
        <source>the actual value is a number such as 95 or 12.5, with a point</source>
        <translation>фактическое значение — число, например 95 или 12.5 (разделитель — точка)</translation>
    </message>
    <message>
        <source>the KCI sheet is filled against an approved individual plan; the plan of %1 for %2 is not approved (§22, §27)</source>
        <translation>оценочный лист по КЦИ заполняется на основе утвержденного индивидуального плана работы; %1: план на %2 не утвержден (п. 22, п. 27)</translation>
    </message>
    <message>
        <source>the file holds a ranking sheet for this servant and quarter</source>
        <translation>в файле есть оценочный лист по методу ранжирования этого служащего за этот квартал</translation>
    </message>
    <message>
        <source>the sheet is signed; reopen it with a reason to correct it</source>
        <translation>лист подписан; чтобы исправить его, откройте его повторно с указанием причины</translation>
    </message>
    <message>
        <source>the approved plan has no KCI with this number</source>
        <translation>в утвержденном плане нет КЦИ с таким номером</translation>
    </message>
    <message>
        <source>a mark is a whole number from 0 to 5 (§27)</source>
        <translation>оценка — целое число от 0 до 5 (п. 27)</translation>
    </message>
    <message>
        <source>appendix 3 allows %1 to %2 for this realization</source>
        <translation>согласно приложению 3 при таком проценте реализации допускается оценка от %1 до %2</translation>
    </message>
    <message>
        <source>the sheet was already signed on %1</source>
        <translation>лист уже подписан %1</translation>
    </message>
    <message>
        <source>KCI %1 needs its actual value, a number such as 95 or 12.5</source>
        <translation>для КЦИ %1 укажите фактическое значение — число, например 95 или 12.5</translation>
    </message>
    <message>
        <source>KCI %1 needs its mark, 0 to 5 (§27)</source>
        <translation>для КЦИ %1 укажите оценку от 0 до 5 (п. 27)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>KciText</name>
    <message>
        <source>KCI %1</source>
        <translation>КЦИ %1</translation>
    </message>
    <message>
        <source>KCI %1 &quot;%2&quot;</source>
        <translation>КЦИ %1 «%2»</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 и выше</translation>
    </message>
    <message>
        <source>More is better</source>
        <translation>Чем больше, тем лучше</translation>
    </message>
    <message>
        <source>Less is better</source>
        <translation>Чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>A plan under chapter 6 holds exactly 5 KCI (§46), not %1.</source>
        <translation>План по главе 6 содержит ровно 5 КЦИ (п. 46), а не %1.</translation>
    </message>
    <message>
        <source>A plan holds from 3 to 5 KCI (§23), not %1.</source>
        <translation>План содержит от 3 до 5 КЦИ (п. 23), а не %1.</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1: не указано наименование.</translation>
    </message>
    <message>
        <source>%1 has no unit of measure (§24: a KCI is measurable).</source>
        <translation>%1: не указана единица измерения (п. 24: КЦИ должны быть измеримыми).</translation>
    </message>
    <message>
        <source>%1: the plan value is negative.</source>
        <translation>%1: плановое значение отрицательное.</translation>
    </message>
    <message>
        <source>%1: the plan value is 0 where more is better, so nothing could measure its realization.</source>
        <translation>%1: плановое значение равно 0 при условии «чем больше, тем лучше», поэтому процент реализации определить невозможно.</translation>
    </message>
    <message>
        <source>KCI values are not negative.</source>
        <translation>Значения КЦИ не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The plan value is 0 where more is better: the realization cannot be measured.</source>
        <translation>Плановое значение равно 0 при условии «чем больше, тем лучше»: процент реализации определить невозможно.</translation>
    </message>
    <message>
        <source>The realization passes 1 000 000 000 %: check the plan and actual values.</source>
        <translation>Процент реализации превышает 1 000 000 000 %: проверьте плановое и фактическое значения.</translation>
    </message>
    <message>
        <source>Row %1: marks are whole numbers from 0 to 5.</source>
        <translation>Строка %1: оценки — целые числа от 0 до 5.</translation>
    </message>
    <message>
        <source>Row %1: the lowest mark is above the highest.</source>
        <translation>Строка %1: наименьшая оценка больше наибольшей.</translation>
    </message>
    <message>
        <source>Row %1: a realization percent is not negative.</source>
        <translation>Строка %1: процент реализации не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Row %1: the range of percents is reversed.</source>
        <translation>Строка %1: границы диапазона процентов указаны в обратном порядке.</translation>
    </message>
    <message>
        <source>Row %1: percents have at most two decimals, as realizations are rounded to two.</source>
        <translation>Строка %1: проценты указываются не более чем с двумя знаками после запятой, так как процент реализации округляется до сотых.</translation>
    </message>
    <message>
        <source>Rows %1 (%2) and %3 (%4) overlap: a realization would have two ranges of marks.</source>
        <translation>Строки %1 (%2) и %3 (%4) пересекаются: одному проценту реализации соответствовали бы два диапазона оценок.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has errors; correct it first.</source>
        <translation>Таблица определения допустимой оценки (приложение 3) содержит ошибки; сначала исправьте их.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has no open-ended top row for a realization better than any percent.</source>
        <translation>В таблице определения допустимой оценки (приложение 3) нет верхней строки без верхней границы («… и выше») для процента реализации, превышающего все указанные.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has no row for %1.</source>
        <translation>В таблице определения допустимой оценки (приложение 3) нет строки для %1.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has errors:</source>
        <translation>Таблица определения допустимой оценки (приложение 3) содержит ошибки:</translation>
    </message>
    <message>
        <source>%1 has no mark.</source>
        <translation>%1: оценка не выставлена.</translation>
    </message>
    <message>
        <source>%1: the mark %2 is outside the marks %3 to %4 that the table allows for a realization of %5 (§27, appendix 3).</source>
        <translation>%1: оценка %2 выходит за пределы оценок от %3 до %4, допустимых по таблице при проценте реализации %5 (п. 27, приложение 3).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Quarter evaluation</source>
        <translation>Квартальная оценка</translation>
    </message>
    <message>
        <source>KCI plans</source>
        <translation>Планы КЦИ</translation>
    </message>
    <message>
        <source>360 survey</source>
        <translation>Оценка 360</translation>
    </message>
    <message>
        <source>Appeals and calibration</source>
        <translation>Обжалование и калибровка</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>What is due in the next 30 days and what is overdue, the progress of the current quarter and the grade distribution of the last finished quarter.</source>
        <translation>Сроки на ближайшие 30 дней и просроченные мероприятия, ход оценки за текущий квартал и распределение результатов оценки за последний завершенный квартал.</translation>
    </message>
    <message>
        <source>The staff list: servants, positions and their history, managers, absences and dismissals, and import from CSV files.</source>
        <translation>Список персонала: служащие, должности и история их замещения, руководители, периоды отсутствия и увольнения, импорт из файлов CSV.</translation>
    </message>
    <message>
        <source>The quarter&apos;s roster: who is evaluated and by which method, the ranking and KCI score sheets, their signing and the acquaintance with the results.</source>
        <translation>Список оцениваемых за квартал: кто подлежит оценке и каким методом, оценочные листы по методу ранжирования и по КЦИ, их подписание и ознакомление с результатами оценки.</translation>
    </message>
    <message>
        <source>The individual work plans of the head of the apparatus: three to five KCI, their approval by the superior manager and their changes.</source>
        <translation>Индивидуальные планы работы руководителя аппарата маслихата: от трех до пяти КЦИ, их утверждение вышестоящим руководителем и внесение изменений.</translation>
    </message>
    <message>
        <source>The annual anonymous 360 survey: respondents, questionnaires, individual reports and the least expressed competencies.</source>
        <translation>Ежегодная анонимная оценка методом 360: круг опрашиваемых лиц, анкеты, индивидуальные отчеты и наименее выраженные компетенции.</translation>
    </message>
    <message>
        <source>Applications against the results, calibration sessions, the members&apos; votes and the protocols.</source>
        <translation>Заявления о несогласии с результатами оценки, калибровочные сессии, голосование участников и протоколы.</translation>
    </message>
    <message>
        <source>The Commission of chapter 6: evaluation of the work from 01.07.2021 to 31.12.2022 of servants on social leave or sick leave.</source>
        <translation>Комиссия по главе 6: оценка деятельности служащих, находящихся в социальных отпусках, периоде временной нетрудоспособности, за период работы с 01.07.2021 по 31.12.2022.</translation>
    </message>
    <message>
        <source>The printed forms in Kazakh and Russian and the register of documents kept for three years.</source>
        <translation>Печатные формы на казахском и русском языках и реестр документов, хранящихся в течение трех лет.</translation>
    </message>
    <message>
        <source>The working-day calendar, the deadline policy, the organisation&apos;s details and the table of allowed marks by KCI realization.</source>
        <translation>Календарь рабочих дней, порядок переноса сроков, реквизиты организации и таблица определения допустимой оценки в зависимости от процента реализации КЦИ.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
    </message>
    <message>
        <source>Who may sign in and with which roles: accounts, passwords, and the accounts disabled or locked after wrong passwords.</source>
        <translation>Кто и с какими ролями может входить в программу: учетные записи, пароли, а также учетные записи, отключенные или заблокированные после ввода неверных паролей.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Quarterly and annual scores and bands of each servant, one servant&apos;s trend across the quarters, and the export to a CSV file.</source>
        <translation>Квартальные и итоговые оценки и градации каждого служащего, динамика оценок одного служащего по кварталам, экспорт в файл CSV.</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>the organisation&apos;s name cannot be empty</source>
        <translation>не указано наименование организации</translation>
    </message>
    <message>
        <source>this file already belongs to an organisation</source>
        <translation>файл уже принадлежит организации</translation>
    </message>
    <message>
        <source>the organisation could not be saved: %1</source>
        <translation>не удалось сохранить сведения об организации: %1</translation>
    </message>
    <message>
        <source>the file already exists; a new database needs a new file</source>
        <translation>файл уже существует; для новой базы данных требуется новый файл</translation>
    </message>
    <message>
        <source>the name in Russian is required: the printed forms are headed with it</source>
        <translation>необходимо указать наименование на русском языке: оно приводится в заголовке печатных форм</translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s), as one line of a printed form</source>
        <translation>
            <numerusform>не более %n символа, так как это одна строка печатной формы</numerusform>
            <numerusform>не более %n символов, так как это одна строка печатной формы</numerusform>
            <numerusform>не более %n символов, так как это одна строка печатной формы</numerusform>
        </translation>
    </message>
    <message>
        <source>one line only: the printed forms show it on one line</source>
        <translation>только одна строка: в печатных формах выводится в одну строку</translation>
    </message>
    <message>
        <source>this file has no organisation yet: create the file with one</source>
        <translation>в этом файле еще нет сведений об организации: создайте файл с указанием организации</translation>
    </message>
</context>
<context>
    <name>PasswordConfirmation</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>nothing to print: no %1 in %2</source>
        <translation>нечего печатать: за %2 нет форм %1</translation>
    </message>
</context>
<context>
    <name>RankingSheetService</name>
    <message>
        <source>a quarter is written YYYYQn, e.g. 2024Q2</source>
        <translation>квартал указывается в формате YYYYQn, например 2024Q2</translation>
    </message>
    <message>
        <source>the servant held no position in this quarter</source>
        <translation>в этом квартале служащий не занимал должность</translation>
    </message>
    <message>
        <source>the head of the apparatus is evaluated by KCI (§21), not by ranking</source>
        <translation>руководитель аппарата маслихата оценивается по достижению КЦИ (п. 21), а не методом ранжирования</translation>
    </message>
    <message>
        <source>the servant&apos;s sheet is not a ranking sheet</source>
        <translation>оценочный лист служащего не является оценочным листом по методу ранжирования</translation>
    </message>
    <message>
        <source>every parameter needs a mark from 0 to 5 before the sheet is signed (§31)</source>
        <translation>до подписания оценочного листа по каждому параметру необходимо выставить оценку от 0 до 5 (п. 31)</translation>
    </message>
    <message>
        <source>a comment goes with its mark: set the mark first</source>
        <translation>комментарий относится к оценке: сначала выставьте оценку</translation>
    </message>
    <message>
        <source>the sheet is signed: reopen it with a reason to change a mark</source>
        <translation>оценочный лист подписан: чтобы изменить оценку, повторно откройте его с указанием причины</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>only a draft sheet can be removed</source>
        <translation>удалить можно только черновик оценочного листа</translation>
    </message>
    <message>
        <source>the sheet is referred to elsewhere</source>
        <translation>на оценочный лист ссылаются другие записи</translation>
    </message>
    <message>
        <source>the sheet is already signed</source>
        <translation>оценочный лист уже подписан</translation>
    </message>
    <message>
        <source>a quarter is evaluated after it ends (§4): the sheet can be signed from %1</source>
        <translation>оценка за квартал проводится после его окончания (п. 4): оценочный лист можно подписать начиная с %1</translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Quality of performing functional duties</source>
        <translation>Качество выполнения функциональных обязанностей</translation>
    </message>
    <message>
        <source>Meeting the deadlines of tasks</source>
        <translation>Соблюдение сроков выполнения задач</translation>
    </message>
    <message>
        <source>Independence and initiative</source>
        <translation>Самостоятельность и инициативность</translation>
    </message>
    <message>
        <source>Labour discipline</source>
        <translation>Трудовая дисциплина</translation>
    </message>
    <message>
        <source>%1: no mark.</source>
        <translation>%1: оценка не выставлена.</translation>
    </message>
</context>
<context>
    <name>ReassignCommand</name>
    <message>
        <source>new position of %1</source>
        <translation>новая должность: %1</translation>
    </message>
</context>
<context>
    <name>RecordAcquaintanceCommand</name>
    <message>
        <source>Record the acquaintance of %1 with the result of %2</source>
        <translation>Запись об ознакомлении служащего %1 с результатом оценки за %2</translation>
    </message>
</context>
<context>
    <name>RecordHearingCommand</name>
    <message>
        <source>Record the session&apos;s hearing</source>
        <translation>Запись итогов заслушивания на сессии</translation>
    </message>
</context>
<context>
    <name>RegisterApplicationCommand</name>
    <message>
        <source>Register the application of %1</source>
        <translation>Регистрация заявления от %1</translation>
    </message>
</context>
<context>
    <name>RemoveDraftKciCommand</name>
    <message>
        <source>remove KCI %1</source>
        <translation>удаление КЦИ %1</translation>
    </message>
</context>
<context>
    <name>ReplaceAllowedMarksCommand</name>
    <message>
        <source>change the appendix-3 table</source>
        <translation>изменение таблицы приложения 3</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>chief specialist</source>
        <translation>главный специалист</translation>
    </message>
    <message>
        <source>chairman of the maslikhat</source>
        <translation>председатель маслихата</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата маслихата</translation>
    </message>
    <message>
        <source>appointing official</source>
        <translation>должностное лицо, имеющее право назначения</translation>
    </message>
    <message>
        <source>servant</source>
        <translation>служащий</translation>
    </message>
</context>
<context>
    <name>SaveDraftKciCommand</name>
    <message>
        <source>edit KCI %1</source>
        <translation>изменение КЦИ %1</translation>
    </message>
    <message>
        <source>add KCI %1</source>
        <translation>добавление КЦИ %1</translation>
    </message>
</context>
<context>
    <name>SaveKciSheetDraftCommand</name>
    <message>
        <source>save the KCI sheet draft</source>
        <translation>сохранение черновика оценочного листа по КЦИ</translation>
    </message>
</context>
<context>
    <name>SaveRankingDraftCommand</name>
    <message>
        <source>Save the ranking sheet of %1</source>
        <translation>Сохранение оценочного листа по методу ранжирования: %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>не удается прочитать версию схемы %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Bagalau (schema %2; this program knows schema %3 at most); the file was not changed</source>
        <translation>файл %1 создан более новой версией Bagalau (схема %2; данная программа поддерживает схему не выше %3); файл не изменен</translation>
    </message>
    <message>
        <source>no copy of the file could be taken before migrating, so it was not migrated: %1</source>
        <translation>не удалось создать копию файла перед миграцией, поэтому миграция не выполнена: %1</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>не удается начать миграцию %1: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed and was rolled back: %3</source>
        <translation>миграция %1 (%2) завершилась ошибкой и отменена: %3</translation>
    </message>
    <message>
        <source>migration %1 (%2) could not be committed: %3</source>
        <translation>не удалось зафиксировать миграцию %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>A mark is a whole number from 0 to 5 (§27, §31); %1 is not a mark.</source>
        <translation>Оценка — целое число от 0 до 5 (пп. 27, 31); %1 не является оценкой.</translation>
    </message>
    <message>
        <source>A mark is missing: enter a whole number from 0 to 5 (§27, §31).</source>
        <translation>Оценка не указана: введите целое число от 0 до 5 (пп. 27, 31).</translation>
    </message>
    <message>
        <source>A mark is a whole number from 0 to 5 (§27, §31); &quot;%1&quot; is not a mark.</source>
        <translation>Оценка — целое число от 0 до 5 (пп. 27, 31); «%1» не является оценкой.</translation>
    </message>
    <message>
        <source>A quarter of the annual score is not a valid quarter.</source>
        <translation>Один из кварталов итоговой оценки указан неверно.</translation>
    </message>
    <message>
        <source>The annual score takes the quarters of one year; %1 and %2 are of different years.</source>
        <translation>Итоговая оценка определяется по кварталам одного года; %1 и %2 относятся к разным годам.</translation>
    </message>
    <message>
        <source>The quarter %1 is given twice.</source>
        <translation>Квартал %1 указан дважды.</translation>
    </message>
    <message>
        <source>The quarter %1 was not evaluated but has a calibrated score.</source>
        <translation>За квартал %1 оценка не проводилась, однако указана оценка по итогам калибровочной сессии.</translation>
    </message>
    <message>
        <source>No quarter of the year was evaluated: there is no annual score.</source>
        <translation>Ни за один квартал года оценка не проводилась: итоговая оценка отсутствует.</translation>
    </message>
</context>
<context>
    <name>ScoreSheetService</name>
    <message>
        <source>no servant has this personnel number</source>
        <translation>служащий с таким табельным номером не найден</translation>
    </message>
    <message>
        <source>a quarter is written YYYYQn, e.g. 2024Q2</source>
        <translation>квартал указывается в формате YYYYQn, например 2024Q2</translation>
    </message>
    <message>
        <source>the kind is ranking or kci</source>
        <translation>вид оценки: ranking или kci</translation>
    </message>
    <message>
        <source>the servant held no position in this quarter</source>
        <translation>в этом квартале служащий не занимал должность</translation>
    </message>
    <message>
        <source>the head of the apparatus is evaluated by KCI (§21)</source>
        <translation>руководитель аппарата маслихата оценивается по достижению КЦИ (п. 21)</translation>
    </message>
    <message>
        <source>corps B servants are evaluated by ranking (§28)</source>
        <translation>служащие корпуса «Б» оцениваются методом ранжирования (п. 28)</translation>
    </message>
    <message>
        <source>the file already has this servant&apos;s score sheet for this quarter</source>
        <translation>в файле уже есть оценочный лист этого служащего за этот квартал</translation>
    </message>
    <message>
        <source>the ranking sheet of this servant and quarter is repeated (first on line %1)</source>
        <translation>оценочный лист по методу ранжирования этого служащего за этот квартал повторяется (впервые — в строке %1)</translation>
    </message>
    <message>
        <source>the KCI number is a whole number from 1 to 5 (§23)</source>
        <translation>номер КЦИ — целое число от 1 до 5 (п. 23)</translation>
    </message>
    <message>
        <source>this KCI of the servant and quarter is repeated (first on line %1)</source>
        <translation>этот КЦИ служащего за этот квартал повторяется (впервые — в строке %1)</translation>
    </message>
    <message>
        <source>the plan value is a number such as 95 or 12.5</source>
        <translation>плановое значение — число, например 95 или 12.5</translation>
    </message>
    <message>
        <source>the actual value is a number such as 95 or 12.5</source>
        <translation>фактическое значение — число, например 95 или 12.5</translation>
    </message>
    <message>
        <source>appendix 3 allows %1 to %2 for a realization of %3%</source>
        <translation>согласно приложению 3 при реализации %3% допускается оценка от %1 до %2</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>the approved individual work plan of %1 for %2 has no KCI %3 (§22)</source>
        <translation>%1: в утвержденном индивидуальном плане работы на %2 нет КЦИ %3 (п. 22)</translation>
    </message>
    <message>
        <source>the plan value %1 differs from %2, the plan value of KCI %3 in the approved individual work plan</source>
        <translation>плановое значение %1 отличается от %2 — планового значения КЦИ %3 в утвержденном индивидуальном плане работы</translation>
    </message>
    <message>
        <source>the approved individual work plan also has KCI %1: every KCI of the plan has its line (§27)</source>
        <translation>в утвержденном индивидуальном плане работы есть также КЦИ %1: каждому КЦИ плана должна соответствовать своя строка (п. 27)</translation>
    </message>
    <message>
        <source>the approved plan has no KCI %1</source>
        <translation>в утвержденном плане нет КЦИ %1</translation>
    </message>
</context>
<context>
    <name>SetVoteCommand</name>
    <message>
        <source>Vote «%1»</source>
        <translation>Голос «%1»</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Отзыв голоса</translation>
    </message>
</context>
<context>
    <name>SheetReopening</name>
    <message>
        <source>only a signed sheet can be reopened</source>
        <translation>повторно открыть можно только подписанный оценочный лист</translation>
    </message>
    <message>
        <source>the servant has been acquainted with this result: only a calibration session changes it now (§12, §37)</source>
        <translation>служащий ознакомлен с этим результатом: теперь изменить его может только калибровочная сессия (п. 12, п. 37)</translation>
    </message>
    <message>
        <source>say why the signed sheet is reopened</source>
        <translation>укажите причину повторного открытия подписанного оценочного листа</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>the personnel number cannot be empty</source>
        <translation>не указан табельный номер</translation>
    </message>
    <message>
        <source>a servant with this personnel number is already in the file</source>
        <translation>служащий с таким табельным номером уже есть в файле</translation>
    </message>
    <message>
        <source>the personnel number is repeated (first on line %1)</source>
        <translation>табельный номер повторяется (впервые — в строке %1)</translation>
    </message>
    <message>
        <source>the full name cannot be empty</source>
        <translation>не указаны фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>the unit cannot be empty</source>
        <translation>не указано структурное подразделение</translation>
    </message>
    <message>
        <source>the position cannot be empty</source>
        <translation>не указана должность</translation>
    </message>
    <message>
        <source>the date of appointment is required</source>
        <translation>не указана дата назначения на должность</translation>
    </message>
    <message>
        <source>the dismissal comes before the appointment (%1)</source>
        <translation>дата увольнения предшествует дате назначения на должность (%1)</translation>
    </message>
    <message>
        <source>a servant with this IIN is already in the file</source>
        <translation>служащий с таким ИИН уже есть в файле</translation>
    </message>
    <message>
        <source>the IIN is repeated (first on line %1)</source>
        <translation>ИИН повторяется (впервые — в строке %1)</translation>
    </message>
    <message>
        <source>a servant cannot be their own manager</source>
        <translation>служащий не может быть руководителем самому себе</translation>
    </message>
    <message>
        <source>no servant has this personnel number, in the file or in this list</source>
        <translation>служащий с таким табельным номером не найден ни в файле, ни в данном списке</translation>
    </message>
    <message>
        <source>the apparatus has one head at a time; line %1 names another for the same days</source>
        <translation>в аппарате маслихата одновременно может быть только один руководитель; в строке %1 на те же дни указан другой</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>an absence needs a first and a last day, the last not before the first</source>
        <translation>для периода отсутствия необходимо указать первый и последний день, причем последний — не ранее первого</translation>
    </message>
    <message>
        <source>no servant has this personnel number</source>
        <translation>служащий с таким табельным номером не найден</translation>
    </message>
    <message>
        <source>no servant has the personnel number %1</source>
        <translation>служащий с табельным номером %1 не найден</translation>
    </message>
    <message>
        <source>the servant can no longer be removed: the file refers to them in %1</source>
        <translation>служащего больше нельзя удалить: на него ссылаются записи файла — %1</translation>
    </message>
    <message>
        <source>the servant has no such absence in the file</source>
        <translation>в файле нет такого периода отсутствия служащего</translation>
    </message>
    <message>
        <source>the servant was dismissed on %1; cancel the dismissal first</source>
        <translation>служащий уволен %1; сначала отмените увольнение</translation>
    </message>
    <message>
        <source>the first day in the new position is required</source>
        <translation>необходимо указать первый день пребывания в новой должности</translation>
    </message>
    <message>
        <source>the new position must begin after the first day of the current one (%1)</source>
        <translation>новая должность должна начинаться после первого дня пребывания в текущей должности (%1)</translation>
    </message>
    <message>
        <source>the apparatus has one head at a time; %1 holds that position on that day</source>
        <translation>у аппарата маслихата одновременно может быть только один руководитель; в этот день эту должность занимает %1</translation>
    </message>
    <message>
        <source>the position is no longer the servant&apos;s last one; undo the later change first</source>
        <translation>эта должность уже не является последней должностью служащего; сначала отмените более позднее изменение</translation>
    </message>
    <message>
        <source>the position has ended since (on %1); undo that first</source>
        <translation>пребывание в этой должности впоследствии завершено (%1); сначала отмените это</translation>
    </message>
    <message>
        <source>a score sheet of %1 already depends on the new position</source>
        <translation>оценочный лист за %1 уже основан на новой должности</translation>
    </message>
    <message>
        <source>the file refers to the new position in %1</source>
        <translation>на новую должность ссылаются записи файла — %1</translation>
    </message>
    <message>
        <source>the servant holds no position that is still open</source>
        <translation>у служащего нет должности, пребывание в которой не завершено</translation>
    </message>
    <message>
        <source>the last day is required</source>
        <translation>необходимо указать последний день</translation>
    </message>
    <message>
        <source>the last day comes before the first day in the position (%1)</source>
        <translation>последний день предшествует первому дню пребывания в должности (%1)</translation>
    </message>
    <message>
        <source>the servant was dismissed on %1; cancel the dismissal instead</source>
        <translation>служащий уволен %1; вместо этого отмените увольнение</translation>
    </message>
    <message>
        <source>the servant&apos;s last position has not ended</source>
        <translation>пребывание служащего в последней должности не завершено</translation>
    </message>
    <message>
        <source>the servant was already dismissed on %1</source>
        <translation>служащий уже уволен %1</translation>
    </message>
    <message>
        <source>the day of dismissal is required</source>
        <translation>необходимо указать дату увольнения</translation>
    </message>
    <message>
        <source>the last position ended on %1; the dismissal must come after it</source>
        <translation>пребывание в последней должности завершено %1; увольнение должно следовать после этой даты</translation>
    </message>
    <message>
        <source>the reason cannot be empty: the order or the article of the law</source>
        <translation>основание не может быть пустым: укажите приказ или статью закона</translation>
    </message>
    <message>
        <source>the servant has not been dismissed</source>
        <translation>служащий не уволен</translation>
    </message>
</context>
<context>
    <name>Survey360Text</name>
    <message>
        <source>Competency data: %1</source>
        <translation>Данные о компетенциях: %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation>недопустимый JSON (%1, смещение %2).</translation>
    </message>
    <message>
        <source>the top level is not an object.</source>
        <translation>верхний уровень не является объектом.</translation>
    </message>
    <message>
        <source>the answer scale is missing.</source>
        <translation>отсутствует шкала ответов.</translation>
    </message>
    <message>
        <source>an answer of the scale is not a whole number from 0 to 5.</source>
        <translation>значение шкалы ответов не является целым числом от 0 до 5.</translation>
    </message>
    <message>
        <source>the answers of the scale do not follow one another (%1 after %2).</source>
        <translation>значения шкалы ответов идут не подряд (%1 после %2).</translation>
    </message>
    <message>
        <source>the answer %1 of the scale lacks a label in Kazakh, Russian or English.</source>
        <translation>у значения %1 шкалы ответов отсутствует подпись на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>the answer scale needs at least two answers.</source>
        <translation>шкала ответов должна содержать не менее двух значений.</translation>
    </message>
    <message>
        <source>the competency key &quot;%1&quot; is not lower-case ASCII.</source>
        <translation>ключ компетенции «%1» должен состоять из строчных символов ASCII.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice.</source>
        <translation>ключ «%1» используется дважды.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; lacks a name in Kazakh, Russian or English.</source>
        <translation>у компетенции «%1» отсутствует наименование на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; needs two or three behavioural indicators.</source>
        <translation>для компетенции «%1» необходимы два или три поведенческих индикатора.</translation>
    </message>
    <message>
        <source>an indicator of &quot;%1&quot; lacks a text in Kazakh, Russian or English.</source>
        <translation>у одного из индикаторов компетенции «%1» отсутствует текст на казахском, русском или английском языке.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; names an unknown or repeated form &quot;%2&quot;.</source>
        <translation>для компетенции «%1» указана неизвестная или повторяющаяся форма «%2».</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; belongs to no form.</source>
        <translation>компетенция «%1» не относится ни к одной форме.</translation>
    </message>
    <message>
        <source>§34 sets 12 competencies for the head and 8 for corps B; the data has %1 and %2.</source>
        <translation>пунктом 34 установлены 12 компетенций для руководителя аппарата маслихата и 8 — для служащих корпуса «Б»; в данных — %1 и %2.</translation>
    </message>
    <message>
        <source>Competency data: cannot read %1 (%2).</source>
        <translation>Данные о компетенциях: не удается прочитать %1 (%2).</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Direct manager</source>
        <translation>Непосредственный руководитель</translation>
    </message>
    <message>
        <source>Direct subordinate</source>
        <translation>Служащий, находящийся в прямом подчинении</translation>
    </message>
    <message>
        <source>Peer working closely with the person</source>
        <translation>Лицо на одном уровне по должности, тесно взаимодействующее с оцениваемым лицом</translation>
    </message>
    <message>
        <source>A respondent is not identified.</source>
        <translation>Опрашиваемое лицо не идентифицировано.</translation>
    </message>
    <message>
        <source>The same person is in the circle twice (%1).</source>
        <translation>Одно и то же лицо включено в круг опрашиваемых лиц дважды (%1).</translation>
    </message>
    <message>
        <source>Only the evaluated person gives the self-assessment.</source>
        <translation>Самооценку проводит только оцениваемое лицо.</translation>
    </message>
    <message>
        <source>The evaluated person takes part only through the self-assessment (§35).</source>
        <translation>Оцениваемое лицо участвует только посредством самооценки (п. 35).</translation>
    </message>
    <message>
        <source>The circle needs the person&apos;s self-assessment exactly once (§35).</source>
        <translation>В круге опрашиваемых лиц самооценка оцениваемого лица должна быть ровно одна (п. 35).</translation>
    </message>
    <message>
        <source>The circle needs from 3 to 7 respondents besides the person (§35), not %1.</source>
        <translation>В круг опрашиваемых лиц помимо оцениваемого лица должны входить от 3 до 7 человек (п. 35), а не %1.</translation>
    </message>
    <message>
        <source>A person has one direct manager, not %1.</source>
        <translation>У лица может быть только один непосредственный руководитель, а не %1.</translation>
    </message>
    <message>
        <source>The circle has no direct manager (§35).</source>
        <translation>В круге опрашиваемых лиц нет непосредственного руководителя (п. 35).</translation>
    </message>
    <message>
        <source>A questionnaire answers &quot;%1&quot;, which is not on this form.</source>
        <translation>Анкета содержит ответ на «%1», отсутствующий в данной форме.</translation>
    </message>
    <message>
        <source>An answer %1 is off the scale %2–%3.</source>
        <translation>Ответ %1 выходит за пределы шкалы %2–%3.</translation>
    </message>
    <message>
        <source>A questionnaire leaves &quot;%1&quot; unanswered.</source>
        <translation>В анкете нет ответа на «%1».</translation>
    </message>
    <message>
        <source>There are two self-assessments.</source>
        <translation>Имеются две самооценки.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n respondent(s) besides the person answered; a 360 result needs at least 3, so none is shown.</source>
        <translation>
            <numerusform>Помимо оцениваемого лица ответил только %n человек; для результата оценки 360 необходимо не менее 3, поэтому результат не отображается.</numerusform>
            <numerusform>Помимо оцениваемого лица ответили только %n человека; для результата оценки 360 необходимо не менее 3, поэтому результат не отображается.</numerusform>
            <numerusform>Помимо оцениваемого лица ответили только %n человек; для результата оценки 360 необходимо не менее 3, поэтому результат не отображается.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 respondents besides the person answered; §35 allows at most 7.</source>
        <translation>Число ответивших помимо оцениваемого лица: %1; пунктом 35 допускается не более 7.</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>competencies</source>
        <translation>компетенции</translation>
    </message>
    <message>
        <source>the competencies of §34, their order and forms stay as shipped (&quot;%1&quot; expected); only their texts can be edited</source>
        <translation>компетенции п. 34, их порядок и формы остаются такими, как поставлены с программой (ожидается «%1»); изменять можно только их тексты</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>шкала</translation>
    </message>
    <message>
        <source>the answers of the scale stay %1–%2; only their labels can be edited</source>
        <translation>значения шкалы ответов остаются в пределах %1–%2; изменять можно только их подписи</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ничего не записано: %1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>the year of a 360 survey is from 2000 to 2100</source>
        <translation>год оценки 360 — от 2000 до 2100</translation>
    </message>
    <message>
        <source>the 360 survey of %1 already exists; a year has one (§33)</source>
        <translation>оценка 360 за %1 год уже создана; в году проводится одна оценка (п. 33)</translation>
    </message>
    <message>
        <source>nobody is to be evaluated in %1 (§5): the staff list has no one who held a position for a month of that year</source>
        <translation>в %1 году оценке никто не подлежит (п. 5): в списке персонала нет никого, кто занимал должность не менее месяца в этом году</translation>
    </message>
    <message>
        <source>person</source>
        <translation>оцениваемое лицо</translation>
    </message>
    <message>
        <source>no such person in a 360 survey</source>
        <translation>такого оцениваемого лица нет в оценке 360</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>опрашиваемые лица</translation>
    </message>
    <message>
        <source>the circle of respondents is fixed once the survey has started</source>
        <translation>после начала опроса круг опрашиваемых лиц изменить нельзя</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>опрашиваемое лицо</translation>
    </message>
    <message>
        <source>no servant has this personnel number</source>
        <translation>служащий с таким табельным номером не найден</translation>
    </message>
    <message>
        <source>the person takes part only through the self-assessment, which is always there (§35)</source>
        <translation>оцениваемое лицо участвует только посредством самооценки, которая проводится всегда (п. 35)</translation>
    </message>
    <message>
        <source>already in the circle</source>
        <translation>уже включено в круг опрашиваемых лиц</translation>
    </message>
    <message>
        <source>a circle has at most 7 respondents besides the person (§35)</source>
        <translation>в круг опрашиваемых лиц помимо оцениваемого лица входят не более 7 человек (п. 35)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>the circle already has the direct manager, %1</source>
        <translation>в круге опрашиваемых лиц уже есть непосредственный руководитель — %1</translation>
    </message>
    <message>
        <source>not in the circle</source>
        <translation>не входит в круг опрашиваемых лиц</translation>
    </message>
    <message>
        <source>the self-assessment is part of every circle (§35)</source>
        <translation>самооценка входит в каждый круг опрашиваемых лиц (п. 35)</translation>
    </message>
    <message>
        <source>the 360 survey of %1 has already started</source>
        <translation>оценка 360 за %1 год уже начата</translation>
    </message>
    <message>
        <source>there is no 360 survey of %1 to start</source>
        <translation>нет оценки 360 за %1 год, которую можно было бы начать</translation>
    </message>
    <message>
        <source>codes are given while the 360 survey of %1 is open</source>
        <translation>коды выдаются, пока оценка 360 за %1 год открыта</translation>
    </message>
    <message>
        <source>the random number generator is not ready</source>
        <translation>генератор случайных чисел не готов</translation>
    </message>
    <message>
        <source>only an open 360 survey can be closed</source>
        <translation>закрыть можно только открытую оценку 360</translation>
    </message>
    <message>
        <source>A code is eight letters and digits, as printed on the slip (ABCD-EFGH).</source>
        <translation>Код состоит из восьми букв и цифр, как напечатано на бланке (ABCD-EFGH).</translation>
    </message>
    <message>
        <source>This code opens no questionnaire: it is mistyped, already used, or the survey is closed.</source>
        <translation>Этот код не открывает ни одну анкету: он введен с ошибкой, уже использован или оценка 360 закрыта.</translation>
    </message>
    <message>
        <source>not answered; every competency needs an answer from %1</source>
        <translation>нет ответа; по каждой компетенции необходим ответ из диапазона %1</translation>
    </message>
    <message>
        <source>an answer is a whole number from %1</source>
        <translation>ответ — целое число из диапазона %1</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>компетенция</translation>
    </message>
    <message>
        <source>not a competency of this questionnaire (§34)</source>
        <translation>не является компетенцией данной анкеты (п. 34)</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>анкета</translation>
    </message>
    <message>
        <source>already answered</source>
        <translation>ответ уже дан</translation>
    </message>
    <message>
        <source>no free random id</source>
        <translation>нет свободного случайного идентификатора</translation>
    </message>
    <message>
        <source>this code does not open a questionnaire about this person</source>
        <translation>этот код не открывает анкету в отношении данного оцениваемого лица</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>refused: the account %1 belongs to no servant</source>
        <translation>отказано: учетная запись %1 не принадлежит ни одному служащему</translation>
    </message>
    <message>
        <source>you have no open questionnaire about this person: it was answered, never asked of you, or the survey is closed</source>
        <translation>у вас нет открытой анкеты в отношении этого лица: она уже заполнена, не предназначалась вам или оценка 360 закрыта</translation>
    </message>
    <message>
        <source>paper questionnaires are entered while the person&apos;s 360 survey is open</source>
        <translation>бумажные анкеты вносятся, пока оценка 360 в отношении оцениваемого лица открыта</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>самооценка</translation>
    </message>
    <message>
        <source>other respondent</source>
        <translation>другое опрашиваемое лицо</translation>
    </message>
    <message>
        <source>the self-assessment has already been answered</source>
        <translation>самооценка уже заполнена</translation>
    </message>
    <message>
        <source>every respondent of this person has already answered</source>
        <translation>все опрашиваемые лица по данному оцениваемому лицу уже дали ответы</translation>
    </message>
    <message>
        <source>No such person in a 360 survey.</source>
        <translation>Такого оцениваемого лица нет в оценке 360.</translation>
    </message>
    <message>
        <source>The 360 reports of %1 are shown once the survey is closed, so that no one can follow a result change with each answer.</source>
        <translation>Отчеты по оценке 360 за %1 год отображаются после ее закрытия, чтобы никто не мог отследить изменение результата после каждого ответа.</translation>
    </message>
    <message>
        <source>The training needs of %1 are known once its 360 survey is closed.</source>
        <translation>Потребности в обучении за %1 год определяются после закрытия оценки 360 этого года.</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>a transfer needs a valid day off and a valid working day</source>
        <translation>для переноса нужны существующие выходной и рабочий дни</translation>
    </message>
    <message>
        <source>the day off %1 is already a Saturday or Sunday</source>
        <translation>выходной день %1 и так приходится на субботу или воскресенье</translation>
    </message>
    <message>
        <source>the working day %1 is not a Saturday or Sunday</source>
        <translation>рабочий день %1 не приходится на субботу или воскресенье</translation>
    </message>
</context>
<context>
    <name>VotesText</name>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Воздержался</translation>
    </message>
    <message>
        <source>The commission has no members.</source>
        <translation>В составе Комиссии нет членов.</translation>
    </message>
    <message>
        <source>The commission needs exactly one chair, not %1.</source>
        <translation>У Комиссии должен быть ровно один председатель, а не %1.</translation>
    </message>
    <message>
        <source>A member of the commission is not identified.</source>
        <translation>Член Комиссии не идентифицирован.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the commission.</source>
        <translation>Лицо %1 указано в составе Комиссии дважды.</translation>
    </message>
    <message>
        <source>The secretary of the commission is not one of its voting members (§59).</source>
        <translation>Секретарь Комиссии не должен входить в число ее голосующих членов (п. 59).</translation>
    </message>
    <message>
        <source>The secretary of the commission does not vote (§59); the ballot is refused.</source>
        <translation>Секретарь Комиссии не принимает участие в голосовании (п. 59); голос не принимается.</translation>
    </message>
    <message>
        <source>%1 is not a member of the commission and cannot vote.</source>
        <translation>%1 не входит в состав Комиссии и не может голосовать.</translation>
    </message>
    <message>
        <source>%1 is not present and cannot vote.</source>
        <translation>%1 отсутствует на заседании и не может голосовать.</translation>
    </message>
    <message>
        <source>%1 has already voted.</source>
        <translation>Голос %1 уже учтен.</translation>
    </message>
</context>
<context>
    <name>bagalau::AbsenceDialog</name>
    <message>
        <source>The absence could not be added.</source>
        <translation>Не удалось добавить период отсутствия.</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Добавление периода отсутствия</translation>
    </message>
    <message>
        <source>Servant: %1</source>
        <translation>Служащий: %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид отсутствия:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
</context>
<context>
    <name>bagalau::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Создание учетной записи</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ф.И.О.:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>&amp;Servant&apos;s personnel number:</source>
        <translation>&amp;Табельный номер служащего:</translation>
    </message>
    <message>
        <source>required for a servant or the head</source>
        <translation>обязателен для служащего и руководителя аппарата маслихата</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>По&amp;втор пароля:</translation>
    </message>
</context>
<context>
    <name>bagalau::AccountModel</name>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Служащий</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблокирована до</translation>
    </message>
</context>
<context>
    <name>bagalau::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
    </message>
    <message>
        <source>Filter by login, name, role or servant</source>
        <translation>Фильтр по логину, Ф.И.О., роли или служащему</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Роли…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Создание учетной записи</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Отключение учетной записи</translation>
    </message>
    <message>
        <source>Disable the account %1? It will no longer be able to sign in.</source>
        <translation>Отключить учетную запись %1? Вход с этой учетной записью станет невозможен.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>No accounts: the file is open to whoever opens it. Add… creates the first account, the chief specialist&apos;s; from then on everyone signs in.</source>
        <translation>Учетных записей нет: файл доступен любому, кто его откроет. Кнопка «Добавить…» создает первую учетную запись — главного специалиста; после этого все входят в систему под своими учетными записями.</translation>
    </message>
</context>
<context>
    <name>bagalau::AcquaintanceDialog</name>
    <message>
        <source>%1, %2</source>
        <comment>date, weekday</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Acquaintance with the result</source>
        <translation>Ознакомление с результатами оценки</translation>
    </message>
    <message>
        <source>&amp;Acquainted on:</source>
        <translation>Дата &amp;ознакомления:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Реквизиты:</translation>
    </message>
    <message>
        <source>the letter&apos;s number, the message&apos;s date and time…</source>
        <translation>номер письма, дата и время сообщения…</translation>
    </message>
    <message>
        <source>Application due (§12):</source>
        <translation>Срок подачи заявления (п. 12):</translation>
    </message>
    <message>
        <source>The servant may apply for a calibration session within five working days</source>
        <translation>Служащий вправе в течение пяти рабочих дней подать заявление о проведении калибровочной сессии</translation>
    </message>
</context>
<context>
    <name>bagalau::AllowedMarkModel</name>
    <message>
        <source>and above</source>
        <translation>и выше</translation>
    </message>
    <message>
        <source>From, %</source>
        <comment>realization percent</comment>
        <translation>От, %</translation>
    </message>
    <message>
        <source>To, % (empty: and above)</source>
        <translation>До, % (пусто: и выше)</translation>
    </message>
    <message>
        <source>Lowest mark</source>
        <translation>Наименьшая оценка</translation>
    </message>
    <message>
        <source>Highest mark</source>
        <translation>Наибольшая оценка</translation>
    </message>
</context>
<context>
    <name>bagalau::AllowedMarksEditor</name>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Appendix 3: the marks allowed on a KCI score sheet for each percent of a KCI&apos;s realization. Bounds are included and have up to two decimals; leave the last row&apos;s upper bound empty for &quot;and above&quot;. Until rows are entered, any mark 0–5 is accepted (decision 10).</source>
        <translation>Приложение 3: оценки, допустимые в оценочном листе по КЦИ для каждого процента реализации КЦИ. Границы включаются в диапазон и указываются не более чем с двумя знаками после запятой; для «и выше» оставьте верхнюю границу последней строки пустой. Пока строки не внесены, принимается любая оценка от 0 до 5 (решение 10).</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Save table</source>
        <translation>&amp;Сохранить таблицу</translation>
    </message>
</context>
<context>
    <name>bagalau::AppealModel</name>
    <message>
        <source>refused: late</source>
        <translation>отказано: срок пропущен</translation>
    </message>
    <message>
        <source>awaits the decision</source>
        <translation>ожидает решения</translation>
    </message>
    <message>
        <source>session held, protocol not signed</source>
        <translation>сессия проведена, протокол не подписан</translation>
    </message>
    <message>
        <source>session ordered</source>
        <translation>сессия назначена</translation>
    </message>
    <message>
        <source>protocol signed, feedback given</source>
        <translation>протокол подписан, обратная связь предоставлена</translation>
    </message>
    <message>
        <source>protocol signed</source>
        <translation>протокол подписан</translation>
    </message>
    <message>
        <source>no session ordered</source>
        <translation>сессия не назначена</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, personnel No. %2</source>
        <translation>%1, табельный номер %2</translation>
    </message>
    <message>
        <source>Protocol No. %1 of %2; to be posted by %3 (§41)</source>
        <translation>Протокол № %1 от %2; разместить до %3 (п. 41)</translation>
    </message>
    <message>
        <source>§38: the decision within 3 working days of the application</source>
        <translation>п. 38: решение принимается в течение 3 рабочих дней со дня подачи заявления</translation>
    </message>
    <message>
        <source>§39: the session within 10 working days of the application</source>
        <translation>п. 39: сессия проводится в течение 10 рабочих дней со дня подачи заявления</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Служащий</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Session due</source>
        <translation>Срок сессии</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
</context>
<context>
    <name>bagalau::AppealsPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: score %3; acquainted on %4, applied on %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: оценка %3; ознакомлен %4, заявление подано %5.</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Заявление: %1</translation>
    </message>
    <message>
        <source>Refused: the application came after the five working days of §12.</source>
        <translation>Отказано: заявление подано по истечении пяти рабочих дней, установленных п. 12.</translation>
    </message>
    <message>
        <source>The appointing official decides by %1 (§38); the session is held by %2 (§39).</source>
        <translation>Должностное лицо, имеющее право назначения, принимает решение до %1 (п. 38); сессия проводится до %2 (п. 39).</translation>
    </message>
    <message>
        <source>No session was ordered (decision of %1).</source>
        <translation>Сессия не назначена (решение от %1).</translation>
    </message>
    <message>
        <source>%1 (evaluator)</source>
        <translation>%1 (оценивающее лицо)</translation>
    </message>
    <message>
        <source>Session ordered on %1 by %2; to be held by %3. Members: %4.</source>
        <translation>Сессия назначена %1 (%2); провести до %3. Состав: %4.</translation>
    </message>
    <message>
        <source>Protocol No. %1 signed on %2; to be posted by %3 (§41).</source>
        <translation>Протокол № %1 подписан %2; разместить до %3 (п. 41).</translation>
    </message>
    <message>
        <source>Feedback meeting held on %1 (§42).</source>
        <translation>Встреча для предоставления обратной связи проведена %1 (п. 42).</translation>
    </message>
    <message>
        <source>Choose an application in the list.</source>
        <translation>Выберите заявление в списке.</translation>
    </message>
    <message>
        <source>Final score by the protocol: %1</source>
        <translation>Итоговая оценка по протоколу: %1</translation>
    </message>
    <message>
        <source>Outcome so far: the score stays %1</source>
        <translation>Текущий итог: оценка остается прежней — %1</translation>
    </message>
    <message>
        <source>Outcome so far: the score becomes %1</source>
        <translation>Текущий итог: оценка изменяется на %1</translation>
    </message>
    <message>
        <source>The application is registered; the decision is due by %1.</source>
        <translation>Заявление зарегистрировано; решение должно быть принято до %1.</translation>
    </message>
    <message>
        <source>%1, %2: application of %3</source>
        <translation>%1, %2: заявление от %3</translation>
    </message>
    <message>
        <source>A proposed score is a number from 0 to 5 with up to two decimals, such as 4 or 3,75.</source>
        <translation>Предлагаемая оценка — число от 0 до 5 не более чем с двумя знаками после запятой, например 4 или 3,75.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Appeals and calibration</source>
        <translation>Обжалование и калибровка</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Фильтр по любому столбцу (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s)</source>
        <translation>
            <numerusform>%1 из %n заявления</numerusform>
            <numerusform>%1 из %n заявлений</numerusform>
            <numerusform>%1 из %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>Калибровочная сессия</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Дата &amp;проведения:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>E&amp;valuator&apos;s argument:</source>
        <translation>&amp;Доводы оценивающего лица:</translation>
    </message>
    <message>
        <source>Ser&amp;vant&apos;s position:</source>
        <translation>Позиция &amp;служащего:</translation>
    </message>
    <message>
        <source>Save the &amp;hearing</source>
        <translation>Сохранить ит&amp;оги заслушивания</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>П&amp;редложение:</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>why the score should change</source>
        <translation>почему оценку следует изменить</translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation>Доб&amp;авить предложение</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>&amp;Зарегистрировать заявление…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Принять р&amp;ешение…</translation>
    </message>
    <message>
        <source>The appointing official&apos;s decision and the members (§38)</source>
        <translation>Решение должностного лица, имеющего право назначения, и состав участников (п. 38)</translation>
    </message>
    <message>
        <source>&amp;Sign protocol…</source>
        <translation>Подписать прото&amp;кол…</translation>
    </message>
    <message>
        <source>&amp;Feedback meeting…</source>
        <translation>&amp;Встреча для обратной связи…</translation>
    </message>
</context>
<context>
    <name>bagalau::ApplicationDialog</name>
    <message>
        <source>Acquainted on %1; an application is due by %2 (§12)</source>
        <translation>Ознакомлен с результатами %1; заявление подается не позднее %2 (п. 12)</translation>
    </message>
    <message>
        <source>Late: the application was due on %1. It will be kept as refused (§12).</source>
        <translation>Срок пропущен: заявление следовало подать не позднее %1. Оно будет зарегистрировано как отклоненное (п. 12).</translation>
    </message>
    <message>
        <source>Register as &amp;refused</source>
        <translation>Зарегистрировать как &amp;отклоненное</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>The application could not be registered.</source>
        <translation>Не удалось зарегистрировать заявление.</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Регистрация заявления</translation>
    </message>
    <message>
        <source>Score &amp;sheet:</source>
        <translation>Оценочный &amp;лист:</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Дата &amp;подачи:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>What the servant disagrees with, in their words</source>
        <translation>С чем не согласен служащий — его словами</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>bagalau::CaseVoteDialog</name>
    <message>
        <source>Open vote of the Commission</source>
        <translation>Открытое голосование Комиссии</translation>
    </message>
    <message>
        <source>approve the result (§62)</source>
        <translation>утвердить результаты оценки (п. 62)</translation>
    </message>
    <message>
        <source>revise the result (§63)</source>
        <translation>пересмотреть результаты оценки (п. 63)</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Предложение:</translation>
    </message>
    <message>
        <source>&amp;Corrected grade:</source>
        <translation>&amp;Скорректированная оценка:</translation>
    </message>
    <message>
        <source>&amp;Recommendations:</source>
        <translation>&amp;Рекомендации:</translation>
    </message>
    <message>
        <source>%1 (chair):</source>
        <translation>%1 (председатель):</translation>
    </message>
    <message>
        <source>A tie is decided by the chair&apos;s vote (§58).</source>
        <translation>При равенстве голосов голос председателя является решающим (п. 58).</translation>
    </message>
</context>
<context>
    <name>bagalau::CatalogueDialog</name>
    <message>
        <source>Competencies and indicators</source>
        <translation>Компетенции и индикаторы</translation>
    </message>
    <message>
        <source>The names of the competencies of §34, their behavioural indicators and the labels of the answer scale, in Kazakh, Russian and English. Keys, forms and answer values stay as they are, so that answers already given keep their meaning.</source>
        <translation>Наименования компетенций по п. 34, их поведенческие индикаторы и подписи шкалы ответов на казахском, русском и английском языках. Ключи, формы и значения ответов остаются неизменными, чтобы уже данные ответы сохраняли свое значение.</translation>
    </message>
</context>
<context>
    <name>bagalau::Chapter6PlanDialog</name>
    <message>
        <source>Annual plan of chapter 6</source>
        <translation>Годовой план по главе 6</translation>
    </message>
    <message>
        <source>&amp;Servant:</source>
        <translation>&amp;Служащий:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Drawn up on:</source>
        <translation>&amp;Дата составления:</translation>
    </message>
    <message>
        <source>KCI</source>
        <translation>КЦИ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Less is better</source>
        <translation>Чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>&amp;Five KCI (§46):</source>
        <translation>Пять &amp;КЦИ (п. 46):</translation>
    </message>
    <message>
        <source>The plan of KCI %1 is a number such as 95 or 12.5.</source>
        <translation>Плановое значение КЦИ %1 — число, например 95 или 12.5.</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionCaseModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <translation>%1 из 5: %2</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>согласовано %1</translation>
    </message>
    <message>
        <source>returned on %1</source>
        <translation>возвращено на доработку %1</translation>
    </message>
    <message>
        <source>awaits the superior manager</source>
        <translation>на рассмотрении вышестоящего руководителя</translation>
    </message>
    <message>
        <source>resubmit by %1</source>
        <translation>повторное внесение не позднее %1</translation>
    </message>
    <message>
        <source>to the Commission by %1</source>
        <translation>вынесение на Комиссию не позднее %1</translation>
    </message>
    <message>
        <source>approved: %1</source>
        <translation>утверждено: %1</translation>
    </message>
    <message>
        <source>revised: %1</source>
        <translation>пересмотрено: %1</translation>
    </message>
    <message>
        <source>§67: a complaint within 10 working days of the decision</source>
        <translation>п. 67: обжалование в течение 10 рабочих дней со дня вынесения решения</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Служащий</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>KCI achieved</source>
        <translation>Достигнуто КЦИ</translation>
    </message>
    <message>
        <source>Superior manager</source>
        <translation>Вышестоящий руководитель</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Complaint due</source>
        <translation>Срок обжалования</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionDialog</name>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionFormDialog</name>
    <message>
        <source>Form the Commission</source>
        <translation>Формирование Комиссии</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>По одному Ф.И.О. в строке</translation>
    </message>
    <message>
        <source>&amp;Formed on:</source>
        <translation>&amp;Дата создания:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Распоряжение:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Члены:</translation>
    </message>
    <message>
        <source>&amp;Secretary (does not vote, §59):</source>
        <translation>&amp;Секретарь (не голосует, п. 59):</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionPage</name>
    <message numerus="yes">
        <source>Meeting of %1, protocol No. %2: %n member(s) present, quorum.</source>
        <translation>
            <numerusform>Заседание от %1, протокол № %2: присутствует %n член Комиссии, кворум имеется.</numerusform>
            <numerusform>Заседание от %1, протокол № %2: присутствуют %n члена Комиссии, кворум имеется.</numerusform>
            <numerusform>Заседание от %1, протокол № %2: присутствуют %n членов Комиссии, кворум имеется.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting of %1, protocol No. %2: %n member(s) present, no quorum (§55): it decides nothing.</source>
        <translation>
            <numerusform>Заседание от %1, протокол № %2: присутствует %n член Комиссии, кворума нет (п. 55): заседание неправомочно принимать решения.</numerusform>
            <numerusform>Заседание от %1, протокол № %2: присутствуют %n члена Комиссии, кворума нет (п. 55): заседание неправомочно принимать решения.</numerusform>
            <numerusform>Заседание от %1, протокол № %2: присутствуют %n членов Комиссии, кворума нет (п. 55): заседание неправомочно принимать решения.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is recorded. The direct manager&apos;s sheet comes next.</source>
        <translation>План внесен. Далее — оценочный лист непосредственного руководителя.</translation>
    </message>
    <message>
        <source>KCI %1, %2 (plan %3):</source>
        <translation>КЦИ %1, %2 (план %3):</translation>
    </message>
    <message>
        <source>KCI %1:</source>
        <translation>КЦИ %1:</translation>
    </message>
    <message>
        <source>Agreed: to the Commission by %1 (§53).</source>
        <translation>Согласовано: выносится на рассмотрение Комиссии не позднее %1 (п. 53).</translation>
    </message>
    <message>
        <source>Returned: the sheet is to be resubmitted by %1 (§52).</source>
        <translation>Направлено на доработку: оценочный лист вносится повторно не позднее %1 (п. 52).</translation>
    </message>
    <message>
        <source>%1: %2 of 5 KCI achieved, %3</source>
        <translation>%1: достигнуто КЦИ — %2 из 5, %3</translation>
    </message>
    <message>
        <source>Adopted by the chair&apos;s vote in a tie (§58): %1 for, %2 against.</source>
        <translation>Принято решающим голосом председателя при равенстве голосов (п. 58): за — %1, против — %2.</translation>
    </message>
    <message>
        <source>Adopted: %1 for, %2 against.</source>
        <translation>Принято: за — %1, против — %2.</translation>
    </message>
    <message>
        <source>Not adopted: %1 for, %2 against. The case awaits another proposal.</source>
        <translation>Не принято: за — %1, против — %2. По делу ожидается иное предложение.</translation>
    </message>
    <message>
        <source>Commission (chapter 6)</source>
        <translation>Комиссия (глава 6)</translation>
    </message>
    <message>
        <source>For servants on social or sick leave during work from %1 to %2: an annual plan of five KCI, graded by the number achieved (§43–48). The chapter ceased to be in force on %3.</source>
        <translation>Для служащих, находившихся в социальных отпусках или периоде временной нетрудоспособности, за период работы с %1 по %2: годовой план из пяти КЦИ, оценка — по числу достигнутых КЦИ (п. 43–48). Глава утратила силу %3.</translation>
    </message>
    <message>
        <source>&amp;Members of the Commission</source>
        <translation>&amp;Состав Комиссии</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>Д&amp;ела</translation>
    </message>
    <message>
        <source>&amp;Form…</source>
        <translation>С&amp;формировать…</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Новый план…</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;sheet…</source>
        <translation>&amp;Лист руководителя…</translation>
    </message>
    <message>
        <source>Superior &amp;agrees</source>
        <translation>Согласие &amp;вышестоящего</translation>
    </message>
    <message>
        <source>Superior &amp;returns</source>
        <translation>Возврат на &amp;доработку</translation>
    </message>
    <message>
        <source>&amp;Meeting…</source>
        <translation>&amp;Заседание…</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Голосование…</translation>
    </message>
    <message>
        <source>No members yet: Form… sets up the Commission and its chairman.</source>
        <translation>Состав еще не сформирован: кнопка «Сформировать…» формирует состав Комиссии и определяет ее председателя.</translation>
    </message>
    <message>
        <source>No cases yet: New plan… opens one for a servant who was on social or sick leave between 01.07.2021 and 31.12.2022 (§43).</source>
        <translation>Дел пока нет: кнопка «Новый план…» открывает дело служащего, находившегося в социальном отпуске или периоде временной нетрудоспособности в период с 01.07.2021 по 31.12.2022 (п. 43).</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionSeatModel</name>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>secretary (does not vote)</source>
        <translation>секретарь (не голосует)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член Комиссии</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>bagalau::CompetencyRadarChart</name>
    <message>
        <source>Others&apos; mean</source>
        <translation>Среднее по оценкам других</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
</context>
<context>
    <name>bagalau::CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>bagalau::DashboardPage</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: its number, its year</comment>
        <translation>%1 квартал %2 года</translation>
    </message>
    <message>
        <source>&amp;Score sheets of %1 signed (due %2):</source>
        <translation>&amp;Подписано оценочных листов за %1 (срок — %2):</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>sheets signed of due</comment>
        <translation>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Score sheets of the quarter in evaluation:</source>
        <translation>Оценочные &amp;листы квартала, по которому проводится оценка:</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>файл не открыт</translation>
    </message>
    <message>
        <source>&amp;360 survey of %1 answered (due %2):</source>
        <translation>Ответы по оценке &amp;360 за %1 (срок — %2):</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>answers of questionnaires</comment>
        <translation>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;360 survey:</source>
        <translation>Оценка &amp;360:</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>по состоянию на %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 из %n мероприятия</numerusform>
            <numerusform>%1 из %n мероприятий</numerusform>
            <numerusform>%1 из %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченное</numerusform>
            <numerusform>%n просроченных</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Due in the next %n day(s) and overdue:</source>
        <translation>
            <numerusform>&amp;Сроки на ближайший %n день и просроченные:</numerusform>
            <numerusform>&amp;Сроки на ближайшие %n дня и просроченные:</numerusform>
            <numerusform>&amp;Сроки на ближайшие %n дней и просроченные:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Фильтр по любому столбцу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Go to where this item is dealt with (Enter)</source>
        <translation>Перейти к разделу, где выполняется это мероприятие (Enter)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Read the file again (F5)</source>
        <translation>Перечитать файл (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s) and nothing is overdue.</source>
        <translation>
            <numerusform>В ближайший %n день сроков нет, просроченных сроков нет.</numerusform>
            <numerusform>В ближайшие %n дня сроков нет, просроченных сроков нет.</numerusform>
            <numerusform>В ближайшие %n дней сроков нет, просроченных сроков нет.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bagalau::DeadlineModel</name>
    <message>
        <source>Period starts</source>
        <translation>Начало оцениваемого периода</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Окончание оцениваемого периода</translation>
    </message>
    <message>
        <source>KCI plan due</source>
        <translation>Составление индивидуального плана работы (КЦИ)</translation>
    </message>
    <message>
        <source>Head&apos;s notice due</source>
        <translation>Уведомление руководителя аппарата маслихата о проведении оценки</translation>
    </message>
    <message>
        <source>Corps B notice due</source>
        <translation>Уведомление служащих корпуса «Б» о проведении оценки</translation>
    </message>
    <message>
        <source>KCI preliminary values due</source>
        <translation>Предварительный расчет фактических значений КЦИ</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Завершение оценки</translation>
    </message>
    <message>
        <source>360 survey due</source>
        <translation>Завершение оценки методом 360</translation>
    </message>
    <message>
        <source>Annual score due</source>
        <translation>Итоговая оценка за год</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter</comment>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>Moved from %1 by the last change</source>
        <translation>Срок перенесен с %1 в результате последнего изменения</translation>
    </message>
    <message>
        <source>Counted on a year whose calendar is not confirmed: it may still move</source>
        <translation>Срок исчислен по неподтвержденному календарю года и еще может измениться</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, weekday</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>ранее: %1</translation>
    </message>
    <message>
        <source>unconfirmed year</source>
        <translation>календарь года не подтвержден</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>bagalau::DocumentPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Экспорт в &amp;ODT…</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>bagalau::DocumentsPage</name>
    <message>
        <source>Preparing the forms…</source>
        <translation>Подготовка форм…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>&amp;Application or meeting №:</source>
        <translation>№ &amp;заявления или заседания:</translation>
    </message>
    <message>
        <source>&amp;Servant:</source>
        <translation>&amp;Служащий:</translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>&amp;Язык формы:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пр&amp;осмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Экспорт в &amp;ODT…</translation>
    </message>
    <message>
        <source>Individual work plan (appendix 1)</source>
        <translation>Индивидуальный план работы (приложение 1)</translation>
    </message>
    <message>
        <source>KCI score sheet (appendix 2)</source>
        <translation>Оценочный лист по КЦИ (приложение 2)</translation>
    </message>
    <message>
        <source>Ranking score sheet (appendix 4)</source>
        <translation>Оценочный лист по методу ранжирования (приложение 4)</translation>
    </message>
    <message>
        <source>Notice of evaluation (§26, §30)</source>
        <translation>Уведомление о проведении оценки (п. 26, п. 30)</translation>
    </message>
    <message>
        <source>Quarter results list</source>
        <translation>Список результатов за квартал</translation>
    </message>
    <message>
        <source>360 individual report (appendix 7)</source>
        <translation>Индивидуальный отчет по оценке 360 (приложение 7)</translation>
    </message>
    <message>
        <source>Feedback form (appendix 8)</source>
        <translation>Форма обратной связи (приложение 8)</translation>
    </message>
    <message>
        <source>Calibration session protocol (§41)</source>
        <translation>Протокол калибровочной сессии (п. 41)</translation>
    </message>
    <message>
        <source>Commission protocol (appendix 11)</source>
        <translation>Протокол заседания Комиссии (приложение 11)</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Квартал %1</translation>
    </message>
    <message>
        <source>All servants of the quarter</source>
        <translation>Все служащие за квартал</translation>
    </message>
</context>
<context>
    <name>bagalau::DueItemModel</name>
    <message>
        <source>the organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Просрочено с %1: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Whom it concerns</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
</context>
<context>
    <name>bagalau::EndOfServiceDialog</name>
    <message>
        <source>The dismissal could not be recorded.</source>
        <translation>Не удалось зарегистрировать увольнение.</translation>
    </message>
    <message>
        <source>The assignment could not be ended.</source>
        <translation>Не удалось завершить пребывание в должности.</translation>
    </message>
    <message>
        <source>Servant: %1</source>
        <translation>Служащий: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Должность: %1</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Увольнение</translation>
    </message>
    <message>
        <source>&amp;Day of dismissal:</source>
        <translation>&amp;Дата увольнения:</translation>
    </message>
    <message>
        <source>The last day in the body; the position ends on it</source>
        <translation>Последний день работы в органе; в этот день прекращается пребывание в должности</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>the order and the article of the law</source>
        <translation>приказ и статья закона</translation>
    </message>
    <message>
        <source>End of assignment</source>
        <translation>Окончание пребывания в должности</translation>
    </message>
    <message>
        <source>&amp;Last day in the position:</source>
        <translation>&amp;Последний день в должности:</translation>
    </message>
    <message>
        <source>The end of a secondment, without dismissal from the body</source>
        <translation>Окончание пребывания в должности без увольнения из органа</translation>
    </message>
</context>
<context>
    <name>bagalau::FeedbackDialog</name>
    <message>
        <source>The meeting could not be recorded.</source>
        <translation>Не удалось записать сведения о встрече.</translation>
    </message>
    <message>
        <source>Feedback meeting</source>
        <translation>Встреча по обратной связи</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Дата &amp;проведения:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Достижения:</translation>
    </message>
    <message>
        <source>S&amp;kills and competencies:</source>
        <translation>&amp;Навыки и компетенции:</translation>
    </message>
    <message>
        <source>&amp;Potential and career aspirations:</source>
        <translation>П&amp;отенциал и карьерные устремления:</translation>
    </message>
</context>
<context>
    <name>bagalau::GradeDistributionChart</name>
    <message>
        <source>Servants</source>
        <translation>Служащие</translation>
    </message>
    <message numerus="yes">
        <source>Bands of Q%1 %2: %n servant(s)</source>
        <translation>
            <numerusform>Распределение результатов за %1 квартал %2 года: %n служащий</numerusform>
            <numerusform>Распределение результатов за %1 квартал %2 года: %n служащих</numerusform>
            <numerusform>Распределение результатов за %1 квартал %2 года: %n служащих</numerusform>
        </translation>
    </message>
    <message>
        <source>Bands of the last finished quarter</source>
        <translation>Распределение результатов за последний завершенный квартал</translation>
    </message>
</context>
<context>
    <name>bagalau::KciHistoryModel</name>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица измерения</translation>
    </message>
    <message>
        <source>plan value</source>
        <translation>плановое значение</translation>
    </message>
    <message>
        <source>better when</source>
        <translation>направленность показателя</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>source document</source>
        <translation>документ-основание</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>ожидаемый результат</translation>
    </message>
    <message>
        <source>drawn up (§22)</source>
        <translation>составлен (п. 22)</translation>
    </message>
    <message>
        <source>approved by %1 (§22)</source>
        <translation>утвержден: %1 (п. 22)</translation>
    </message>
    <message>
        <source>changed: %1 (§25)</source>
        <translation>изменено: %1 (п. 25)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>KCI</source>
        <comment>KCI number in the history</comment>
        <translation>№ КЦИ</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>bagalau::KciItemModel</name>
    <message>
        <source>No.</source>
        <comment>KCI number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>KCI (specific)</source>
        <translation>КЦИ (конкретный)</translation>
    </message>
    <message>
        <source>Unit (measurable)</source>
        <translation>Единица измерения (измеримый)</translation>
    </message>
    <message>
        <source>Plan value</source>
        <translation>Плановое значение</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Направленность</translation>
    </message>
    <message>
        <source>Due (time-bound)</source>
        <translation>Срок (ограничен во времени)</translation>
    </message>
    <message>
        <source>Source document (relevant)</source>
        <translation>Документ-основание (релевантный)</translation>
    </message>
    <message>
        <source>Expected result (achievable)</source>
        <translation>Ожидаемый результат (достижимый)</translation>
    </message>
</context>
<context>
    <name>bagalau::KciPlanListModel</name>
    <message>
        <source>not drawn up</source>
        <comment>KCI plan status</comment>
        <translation>не составлен</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>KCI plan status</comment>
        <translation>проект</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>KCI plan status</comment>
        <translation>утвержден</translation>
    </message>
    <message>
        <source>no KCI (§22)</source>
        <translation>без КЦИ (п. 22)</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Служащий</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>KCI</source>
        <comment>number of KCI in a plan</comment>
        <translation>Число КЦИ</translation>
    </message>
    <message>
        <source>Due (§22)</source>
        <translation>Срок (п. 22)</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кем утвержден</translation>
    </message>
</context>
<context>
    <name>bagalau::KciPlansPage</name>
    <message>
        <source>%1, quarter %2</source>
        <translation>%2 квартал %1 года</translation>
    </message>
    <message>
        <source>Select a head of the apparatus above.</source>
        <translation>Выберите руководителя аппарата маслихата в списке выше.</translation>
    </message>
    <message>
        <source>not drawn up yet; due by %1 (§22)</source>
        <translation>еще не составлен; срок — до %1 (п. 22)</translation>
    </message>
    <message numerus="yes">
        <source>draft of %n KCI, due by %1 (§22); 3 to 5 KCI are needed (§23)</source>
        <translation>
            <numerusform>проект из %n КЦИ, срок — до %1 (п. 22); необходимо от 3 до 5 КЦИ (п. 23)</numerusform>
            <numerusform>проект из %n КЦИ, срок — до %1 (п. 22); необходимо от 3 до 5 КЦИ (п. 23)</numerusform>
            <numerusform>проект из %n КЦИ, срок — до %1 (п. 22); необходимо от 3 до 5 КЦИ (п. 23)</numerusform>
        </translation>
    </message>
    <message>
        <source>approved on %1 by %2; a KCI is changed only for a change of functions or structure (§25)</source>
        <translation>утвержден %1, утвердил: %2; КЦИ изменяется только в случае изменения функций или структуры (п. 25)</translation>
    </message>
    <message>
        <source>no KCI: less than three months remain from the appointment (§22)</source>
        <translation>КЦИ не устанавливаются: со дня назначения осталось менее трех месяцев (п. 22)</translation>
    </message>
    <message>
        <source>Individual work plan of %1, %2: %3</source>
        <translation>Индивидуальный план работы — %1, %2: %3</translation>
    </message>
    <message>
        <source>KCI %1: %2</source>
        <translation>КЦИ %1: %2</translation>
    </message>
    <message>
        <source>KCI %1</source>
        <comment>title of a new KCI</comment>
        <translation>КЦИ %1</translation>
    </message>
    <message>
        <source>Change an approved KCI</source>
        <translation>Изменение утвержденного КЦИ</translation>
    </message>
    <message>
        <source>KCI %1 of an approved plan is changed only for a change of the body&apos;s functions or structure (§25). Name that change and its document:</source>
        <translation>КЦИ %1 утвержденного плана изменяется только в случае изменения функций или структуры органа (п. 25). Укажите это изменение и документ, которым оно внесено:</translation>
    </message>
    <message>
        <source>Approve the individual plan</source>
        <translation>Утверждение индивидуального плана</translation>
    </message>
    <message>
        <source>The superior manager who approves the plan of %1 (§22):</source>
        <translation>Вышестоящий руководитель, утверждающий план (%1, п. 22):</translation>
    </message>
    <message>
        <source>KCI plans</source>
        <translation>Планы КЦИ</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>Filter by name or status (Ctrl+F)</source>
        <translation>Фильтр по Ф.И.О. или статусу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;KCI</source>
        <translation>К&amp;ЦИ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Add KCI</source>
        <translation>&amp;Добавить КЦИ</translation>
    </message>
    <message>
        <source>&amp;Remove KCI</source>
        <translation>&amp;Удалить КЦИ</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Ут&amp;вердить…</translation>
    </message>
    <message>
        <source>&amp;Change KCI…</source>
        <translation>Из&amp;менить КЦИ…</translation>
    </message>
    <message>
        <source>KCI &amp;sheet…</source>
        <translation>&amp;Оценочный лист КЦИ…</translation>
    </message>
</context>
<context>
    <name>bagalau::KciSheetDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть повторно…</translation>
    </message>
    <message>
        <source>KCI score sheet</source>
        <translation>Оценочный лист по КЦИ</translation>
    </message>
    <message>
        <source>Reopen the KCI sheet</source>
        <translation>Повторное открытие оценочного листа по КЦИ</translation>
    </message>
    <message>
        <source>Why is the signed sheet reopened? The reason is kept in the audit log.</source>
        <translation>По какой причине подписанный лист открывается повторно? Причина сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>KCI score sheet, %1</source>
        <translation>Оценочный лист по КЦИ, %1</translation>
    </message>
    <message>
        <source>Each mark lies within the range appendix 3 allows for the KCI&apos;s realization.</source>
        <translation>Каждая оценка выставляется в пределах, допускаемых приложением 3 для процента реализации КЦИ.</translation>
    </message>
    <message>
        <source>The appendix-3 table has not been entered in Settings: any mark 0–5 is accepted and the sheet shows the realization percent (decision 10).</source>
        <translation>Таблица приложения 3 не внесена в настройки: принимается любая оценка от 0 до 5, а в листе отображается процент реализации (решение 10).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>подписан %1</translation>
    </message>
    <message>
        <source>reopened: %1</source>
        <translation>открыт повторно: %1</translation>
    </message>
    <message>
        <source>Score %1 — %2 (%3)</source>
        <translation>Оценка %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Score: every KCI needs its actual and an allowed mark (%1)</source>
        <translation>Оценка: для каждого КЦИ необходимы фактическое значение и допустимая оценка (%1)</translation>
    </message>
    <message>
        <source>KCI %1: %2</source>
        <translation>КЦИ %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>name (personnel no.), III quarter 2024</comment>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>bagalau::KciSheetModel</name>
    <message>
        <source>appendix 3 allows %1 to %2 here</source>
        <translation>по приложению 3 здесь допускается оценка от %1 до %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>KCI number</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>KCI</source>
        <translation>КЦИ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Realization</source>
        <translation>Реализация</translation>
    </message>
    <message>
        <source>Allowed marks (appendix 3)</source>
        <translation>Допустимые оценки (приложение 3)</translation>
    </message>
    <message>
        <source>Mark (0–5)</source>
        <translation>Оценка (0–5)</translation>
    </message>
</context>
<context>
    <name>bagalau::KurbanAitDialog</name>
    <message>
        <source>Kurban Ait %1</source>
        <translation>Курбан айт %1 года</translation>
    </message>
    <message>
        <source>The first day of Kurban Ait is a day off (Labour Code art. 84 p. 5). Its date changes every year and is announced by the Spiritual Administration of Muslims of Kazakhstan. It is not moved when it falls on a Saturday or Sunday.</source>
        <translation>Первый день Курбан айта является выходным днем (пункт 5 статьи 84 Трудового кодекса). Его дата ежегодно меняется и объявляется Духовным управлением мусульман Казахстана. При совпадении с субботой или воскресеньем выходной день не переносится.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Forget the date</source>
        <translation>&amp;Удалить дату</translation>
    </message>
    <message>
        <source>The year becomes unconfirmed again</source>
        <translation>Календарь года снова станет неподтвержденным</translation>
    </message>
</context>
<context>
    <name>bagalau::MainWindow</name>
    <message>
        <source>Bagalau</source>
        <translation>Bagalau</translation>
    </message>
    <message>
        <source>%1 — Bagalau</source>
        <comment>window title: file name</comment>
        <translation>%1 — Bagalau</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Bagalau</source>
        <translation>&amp;О программе Bagalau</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <source>Bagalau databases (*.sqlite)</source>
        <translation>Базы данных Bagalau (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Bagalau databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных Bagalau (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>About Bagalau</source>
        <translation>О программе Bagalau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;Performance evaluation of administrative civil servants of corps &quot;B&quot;.&lt;/p&gt;&lt;p&gt;Methodology: decision No. 5-2 of the Akzhar district maslikhat of the North Kazakhstan region of 5 July 2023, after the Typical Methodology (order No. 13 of the Agency for Civil Service Affairs of 16 January 2018).&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;Оценка деятельности административных государственных служащих корпуса «Б».&lt;/p&gt;&lt;p&gt;Методика: решение Акжарского районного маслихата Северо-Казахстанской области от 5 июля 2023 года № 5-2, в соответствии с Типовой методикой (приказ Агентства Республики Казахстан по делам государственной службы от 16 января 2018 года № 13).&lt;/p&gt;&lt;p&gt;Лицензия: GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>No database at %1 yet: File → New database creates one</source>
        <translation>База данных %1 еще не создана: для создания выберите Файл → Создать базу данных</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>Не удалось открыть %1.

%2</translation>
    </message>
    <message>
        <source>The organisation&apos;s name in Russian:</source>
        <translation>Наименование организации на русском языке:</translation>
    </message>
    <message>
        <source>The organisation&apos;s name in Kazakh:</source>
        <translation>Наименование организации на казахском языке:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Sign-in is required to open %1: File → Sign in…</source>
        <translation>Чтобы открыть %1, требуется вход: Файл → Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>this file has no accounts: no sign-in is needed</source>
        <translation>в этом файле нет учетных записей: вход не требуется</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s): sign in again to go on.</source>
        <translation>
            <numerusform>Заблокировано после %n минуты бездействия: для продолжения войдите снова.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия: для продолжения войдите снова.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия: для продолжения войдите снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>single-user mode</source>
        <translation>однопользовательский режим</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>status bar: the signed-in user, their roles</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
</context>
<context>
    <name>bagalau::ManagerSheetDialog</name>
    <message>
        <source>Direct manager&apos;s sheet</source>
        <translation>Лист непосредственного руководителя</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <source>A KCI counts as achieved when its plan is fully met (§48).</source>
        <translation>КЦИ считается достигнутым, если плановое значение выполнено полностью (п. 48).</translation>
    </message>
    <message>
        <source>The actual value of KCI %1 is a number such as 95 or 12.5.</source>
        <translation>Фактическое значение КЦИ %1 — число, например 95 или 12.5.</translation>
    </message>
</context>
<context>
    <name>bagalau::MeetingDialog</name>
    <message>
        <source>Meeting of the Commission</source>
        <translation>Заседание Комиссии</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Дата проведения:</translation>
    </message>
    <message>
        <source>Protocol &amp;No. (appendix 11):</source>
        <translation>&amp;Номер протокола (приложение 11):</translation>
    </message>
    <message>
        <source>Members &amp;present:</source>
        <translation>&amp;Присутствующие члены:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Рассматриваемые дела:</translation>
    </message>
</context>
<context>
    <name>bagalau::NewPositionDialog</name>
    <message>
        <source>no position in the file</source>
        <translation>в файле нет должности</translation>
    </message>
    <message>
        <source>%1 / %2 since %3</source>
        <translation>%1 / %2 с %3</translation>
    </message>
    <message>
        <source>%1 / %2, %3 – %4</source>
        <translation>%1 / %2, %3 – %4</translation>
    </message>
    <message>
        <source>, manager %1 (%2)</source>
        <translation>, руководитель %1 (%2)</translation>
    </message>
    <message>
        <source>The new position could not be recorded.</source>
        <translation>Не удалось внести новую должность.</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Новая должность</translation>
    </message>
    <message>
        <source>Servant: %1</source>
        <translation>Служащий: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Начиная с:</translation>
    </message>
    <message>
        <source>The first day in the new position; the current one ends the day before</source>
        <translation>Первый день в новой должности; пребывание в текущей должности прекращается днем ранее</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>corps B</source>
        <translation>служащий корпуса «Б»</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата маслихата</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s personnel number:</source>
        <translation>Табельный номер &amp;руководителя:</translation>
    </message>
    <message>
        <source>empty when the servant reports to no one on the list</source>
        <translation>не заполняется, если руководителя служащего нет в списке</translation>
    </message>
</context>
<context>
    <name>bagalau::OrganisationSettings</name>
    <message>
        <source>Saved. Edit → Undo brings the previous details back.</source>
        <translation>Сохранено. Прежние реквизиты можно вернуть командой Правка → Отменить.</translation>
    </message>
    <message>
        <source>Open a database file to see its organisation.</source>
        <translation>Откройте файл базы данных, чтобы просмотреть сведения об организации.</translation>
    </message>
    <message>
        <source>Only the chief specialist changes these details.</source>
        <translation>Изменять эти реквизиты может только главный специалист.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>The printed forms are headed with these details: the Kazakh forms with the Kazakh name, the Russian forms with the Russian one.</source>
        <translation>Эти реквизиты указываются в заголовке печатных форм: в формах на казахском языке — наименование на казахском языке, в формах на русском языке — на русском.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Наименование на &amp;казахском языке:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Наименование на &amp;русском языке:</translation>
    </message>
    <message>
        <source>&amp;Chairman of the maslikhat:</source>
        <translation>&amp;Председатель маслихата:</translation>
    </message>
    <message>
        <source>&amp;Appointing official:</source>
        <translation>&amp;Должностное лицо, имеющее право назначения:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>surname and initials, e.g. Ахметов Б. К.</source>
        <translation>фамилия и инициалы, например Ахметов Б. К.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>bagalau::PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>A new password for %1:</source>
        <translation>Новый пароль для %1:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>По&amp;втор пароля:</translation>
    </message>
</context>
<context>
    <name>bagalau::ProtocolDialog</name>
    <message>
        <source>The protocol could not be signed.</source>
        <translation>Не удалось подписать протокол.</translation>
    </message>
    <message>
        <source>Sign the protocol</source>
        <translation>Подписание протокола</translation>
    </message>
    <message>
        <source>Protocol &amp;No.:</source>
        <translation>&amp;Номер протокола:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <source>A signed protocol cannot be undone: its score replaces the quarter&apos;s score everywhere (§41).</source>
        <translation>Подписание протокола нельзя отменить: указанная в нем оценка заменяет оценку за квартал во всех разделах (п. 41).</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
</context>
<context>
    <name>bagalau::QuarterPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Score for %1: %2, %3</source>
        <translation>Оценка за %1: %2, %3</translation>
    </message>
    <message>
        <source>Signed on %1; acquaint by %2 (§11)</source>
        <translation>Подписан %1; ознакомить до %2 (п. 11)</translation>
    </message>
    <message>
        <source>Quarter evaluation</source>
        <translation>Квартальная оценка</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <comment>I quarter</comment>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>The quarter evaluated; it opens on the one whose evaluation is under way (§4)</source>
        <translation>Оцениваемый квартал; по умолчанию открывается квартал, оценка за который проводится в настоящее время (п. 4)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Фильтр по любому столбцу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>&amp;Открыть лист…</translation>
    </message>
    <message>
        <source>The score sheet of the selected servant (Enter)</source>
        <translation>Оценочный лист выбранного служащего (Enter)</translation>
    </message>
    <message>
        <source>Record &amp;acquaintance…</source>
        <translation>Отметить о&amp;знакомление…</translation>
    </message>
    <message>
        <source>The day and the means of acquaintance with the result (§11)</source>
        <translation>Дата и способ ознакомления с результатом (п. 11)</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n служащий</numerusform>
            <numerusform>%n служащих</numerusform>
            <numerusform>%n служащих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servant(s)</source>
        <translation>
            <numerusform>%1 из %n служащего</numerusform>
            <numerusform>%1 из %n служащих</numerusform>
            <numerusform>%1 из %n служащих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bagalau::QuarterRosterModel</name>
    <message>
        <source>KCI</source>
        <comment>evaluation method, §21</comment>
        <translation>КЦИ</translation>
    </message>
    <message>
        <source>ranking</source>
        <comment>evaluation method, §28</comment>
        <translation>ранжирование</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>score sheet status</comment>
        <translation>черновик</translation>
    </message>
    <message>
        <source>signed</source>
        <comment>score sheet status</comment>
        <translation>подписан</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <comment>score sheet status</comment>
        <translation>возвращен на доработку</translation>
    </message>
    <message>
        <source>not filled</source>
        <comment>score sheet status</comment>
        <translation>не заполнен</translation>
    </message>
    <message>
        <source>%1 quarter %2</source>
        <comment>II quarter 2024</comment>
        <translation>%1 квартал %2 года</translation>
    </message>
    <message>
        <source>no</source>
        <comment>not evaluated</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>without participation</source>
        <translation>без участия</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>evaluated</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>the chairman</source>
        <translation>председатель маслихата</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status and day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>acquainted on a day, by a method</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Personnel number %1</source>
        <translation>Табельный номер %1</translation>
    </message>
    <message>
        <source>Acquaint the servant by %1 (§11)</source>
        <translation>Ознакомить служащего до %1 (п. 11)</translation>
    </message>
    <message>
        <source>The last day to apply for a calibration session (§12)</source>
        <translation>Последний день подачи заявления о проведении калибровочной сессии (п. 12)</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Оценивается</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Оценивающее лицо</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Градация</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Ознакомлен</translation>
    </message>
    <message>
        <source>Application due</source>
        <translation>Срок подачи заявления</translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation>Возвращено на доработку: %1</translation>
    </message>
</context>
<context>
    <name>bagalau::QuestionnaireDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>360 questionnaire about %1</source>
        <translation>Анкета оценки 360 — %1</translation>
    </message>
    <message>
        <source>How often do you show each competency in your work? Your self-assessment is shown beside the others&apos; answers and never counted (§35).</source>
        <translation>Как часто вы проявляете каждую компетенцию в своей работе? Ваша самооценка отображается рядом с ответами других опрашиваемых лиц и не учитывается при подсчете (п. 35).</translation>
    </message>
    <message>
        <source>How often does %1 show each competency in their work? Your answers are stored without your name: no one, the chief specialist included, can tell which are yours.</source>
        <translation>Как часто %1 проявляет каждую компетенцию в своей работе? Ваши ответы хранятся без указания вашего имени: никто, в том числе главный специалист, не может определить, какие ответы принадлежат вам.</translation>
    </message>
    <message>
        <source>Another respondent</source>
        <translation>Другое опрашиваемое лицо</translation>
    </message>
    <message>
        <source>The person themself (self-assessment)</source>
        <translation>Само оцениваемое лицо (самооценка)</translation>
    </message>
    <message>
        <source>&amp;Filled in by:</source>
        <translation>&amp;Кем заполнено:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Some competencies need an answer; see below.</source>
        <translation>По некоторым компетенциям нет ответа; см. ниже.</translation>
    </message>
</context>
<context>
    <name>bagalau::RankingSheetDialog</name>
    <message>
        <source>Reopen the sheet</source>
        <translation>Повторное открытие листа</translation>
    </message>
    <message>
        <source>Why is the signed sheet reopened?</source>
        <translation>Почему подписанный лист открывается повторно?</translation>
    </message>
    <message>
        <source>– (every parameter needs a mark)</source>
        <translation>– (по каждому параметру необходимо выставить оценку)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>score and band</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed on %1. Reopen the sheet to change a mark.</source>
        <translation>Подписан %1. Чтобы изменить оценку, откройте лист повторно.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Черновик: еще не подписан.</translation>
    </message>
    <message>
        <source>Not filled yet.</source>
        <translation>Еще не заполнен.</translation>
    </message>
    <message>
        <source>Reopened because: %1</source>
        <translation>Причина повторного открытия: %1</translation>
    </message>
    <message>
        <source>Sign the ranking sheet of %1 with the score %2? A signed sheet changes only when it is reopened with a reason.</source>
        <translation>Подписать оценочный лист по методу ранжирования (%1) с оценкой %2? Подписанный лист можно изменить только после его повторного открытия с указанием причины.</translation>
    </message>
    <message>
        <source>Sign the ranking sheet of %1?</source>
        <translation>Подписать оценочный лист по методу ранжирования (%1)?</translation>
    </message>
    <message>
        <source>Ranking score sheet</source>
        <translation>Оценочный лист по методу ранжирования</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Evaluated period: %1</source>
        <translation>Оцениваемый период: %1</translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation>Оценивающее лицо: %1</translation>
    </message>
    <message>
        <source>Mark (0–5)</source>
        <translation>Оценка (0–5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Type a digit from 0 to 5</source>
        <translation>Введите цифру от 0 до 5</translation>
    </message>
    <message>
        <source>Mean (§32):</source>
        <translation>Среднее значение (п. 32):</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>Keep the marks without signing (Ctrl+S)</source>
        <translation>Сохранить оценки без подписания (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>Sign the sheet (Enter)</source>
        <translation>Подписать лист (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Открыть &amp;повторно…</translation>
    </message>
    <message>
        <source>Make the signed sheet a draft again; the reason is kept</source>
        <translation>Вернуть подписанный лист в статус черновика; причина сохраняется</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>bagalau::ResultsModel</name>
    <message>
        <source>no score sheet yet</source>
        <translation>оценочный лист еще не составлен</translation>
    </message>
    <message>
        <source>score sheet not signed</source>
        <translation>оценочный лист не подписан</translation>
    </message>
    <message>
        <source>KCI</source>
        <translation>КЦИ</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>ранжирование</translation>
    </message>
    <message>
        <source>Adopted by a calibration session: it replaces the evaluator&apos;s score</source>
        <translation>Принята калибровочной сессией: заменяет оценку оценивающего лица</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>a quarter&apos;s column</comment>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>Annual score</source>
        <translation>Итоговая оценка</translation>
    </message>
    <message>
        <source>Annual band</source>
        <translation>Итоговая градация</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Градация</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>bagalau::ResultsPage</name>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n служащий</numerusform>
            <numerusform>%n служащих</numerusform>
            <numerusform>%n служащих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servant(s)</source>
        <translation>
            <numerusform>%1 из %n служащего</numerusform>
            <numerusform>%1 из %n служащих</numerusform>
            <numerusform>%1 из %n служащих</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Экспорт результатов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) written to %1.</source>
        <translation>
            <numerusform>Результаты %n служащего записаны в %1.</numerusform>
            <numerusform>Результаты %n служащих записаны в %1.</numerusform>
            <numerusform>Результаты %n служащих записаны в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>whole year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Фильтр по любому столбцу (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the whole list of the period as a CSV file (Ctrl+E)</source>
        <translation>Сохранить весь список за период в файл CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>* the score adopted by a calibration session (§41), which replaces the evaluator&apos;s. Bands by §7: %1–%2, %3–%4, %5–%6, %7–%8.</source>
        <translation>* оценка, принятая калибровочной сессией (п. 41), которая заменяет оценку оценивающего лица. Градации по п. 7: %1–%2, %3–%4, %5–%6, %7–%8.</translation>
    </message>
</context>
<context>
    <name>bagalau::RolesDialog</name>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>The roles of %1:</source>
        <translation>Роли учетной записи %1:</translation>
    </message>
</context>
<context>
    <name>bagalau::ScoreTrendChart</name>
    <message>
        <source>Q%1
%2</source>
        <comment>quarter axis: number, year</comment>
        <translation>%1 кв.
%2</translation>
    </message>
    <message>
        <source>Quarterly score</source>
        <translation>Квартальная оценка</translation>
    </message>
    <message>
        <source>Adopted by a calibration session</source>
        <translation>Принята калибровочной сессией</translation>
    </message>
    <message>
        <source>Band thresholds</source>
        <translation>Границы градаций</translation>
    </message>
    <message>
        <source>Select a servant to see their scores over time</source>
        <translation>Выберите служащего, чтобы увидеть динамику его оценок</translation>
    </message>
    <message>
        <source>%1: scores by quarter</source>
        <translation>%1: оценки по кварталам</translation>
    </message>
</context>
<context>
    <name>bagalau::ServantCard</name>
    <message>
        <source>Servant&apos;s card — %1</source>
        <translation>Карточка служащего — %1</translation>
    </message>
    <message>
        <source>Personnel number %1</source>
        <translation>Табельный номер %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <source>dismissed on %1</source>
        <translation>уволен %1</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>на службе</translation>
    </message>
    <message>
        <source>&amp;Positions held</source>
        <translation>&amp;Занимаемые должности</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <source>&amp;Absences</source>
        <translation>&amp;Периоды отсутствия</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
</context>
<context>
    <name>bagalau::ServantDialog</name>
    <message>
        <source>The servant could not be added.</source>
        <translation>Не удалось добавить служащего.</translation>
    </message>
    <message>
        <source>New servant</source>
        <translation>Добавление служащего</translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation>&amp;Табельный номер:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ф.И.О.:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>12 digits; may be left empty</source>
        <translation>12 цифр; можно не заполнять</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>corps B</source>
        <translation>служащий корпуса «Б»</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата маслихата</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Appointed on:</source>
        <translation>Дата &amp;назначения:</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s personnel number:</source>
        <translation>Табельный номер &amp;руководителя:</translation>
    </message>
    <message>
        <source>empty when the servant reports to no one on the list</source>
        <translation>не заполняется, если руководителя служащего нет в списке</translation>
    </message>
    <message>
        <source>The servant could not be changed.</source>
        <translation>Не удалось изменить данные служащего.</translation>
    </message>
    <message>
        <source>Edit servant</source>
        <translation>Изменение данных служащего</translation>
    </message>
</context>
<context>
    <name>bagalau::SessionDecisionDialog</name>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>Не удалось записать решение.</translation>
    </message>
    <message>
        <source>Decision on the application</source>
        <translation>Решение по заявлению</translation>
    </message>
    <message>
        <source>&amp;Hold a calibration session (§38)</source>
        <translation>&amp;Провести калибровочную сессию (п. 38)</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Дата &amp;решения:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Приказ:</translation>
    </message>
    <message>
        <source>No. and date of the order</source>
        <translation>Номер и дата приказа</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Оценивающее лицо:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Участники:</translation>
    </message>
</context>
<context>
    <name>bagalau::SettingsPage</name>
    <message>
        <source>The calendar of %1 is not confirmed: the date of Kurban Ait is not entered, so the working days and every deadline counted in %1 may still change. Enter it with Kurban Ait… when it is announced.</source>
        <translation>Календарь %1 года не подтвержден: дата Курбан айта не внесена, поэтому рабочие дни и все сроки, исчисляемые в %1 году, еще могут измениться. После объявления даты внесите ее кнопкой «Курбан айт…».</translation>
    </message>
    <message>
        <source>No file is open: this is the calendar shipped with the program. Open a file to enter Kurban Ait and transfers.</source>
        <translation>Файл не открыт: показан календарь, поставляемый с программой. Чтобы внести дату Курбан айта и переносы, откройте файл.</translation>
    </message>
    <message>
        <source>No deadline of %1 moved with the last change.</source>
        <translation>В результате последнего изменения ни один срок %1 года не перенесен.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) moved with the last change: shown in bold.</source>
        <translation>
            <numerusform>В результате последнего изменения перенесен %n срок (выделен полужирным шрифтом).</numerusform>
            <numerusform>В результате последнего изменения перенесены %n срока (выделены полужирным шрифтом).</numerusform>
            <numerusform>В результате последнего изменения перенесено %n сроков (выделены полужирным шрифтом).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сроки %1 года&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Working days in %1 %2</source>
        <translation>Количество рабочих дней: %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;in %2</source>
        <comment>working days in the year</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;за %2 год</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Working &amp;calendar</source>
        <translation>&amp;Календарь рабочих дней</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Kurban Ait…</source>
        <translation>Курбан &amp;айт…</translation>
    </message>
    <message>
        <source>Enter or correct the date of the first day of Kurban Ait</source>
        <translation>Внести или исправить дату первого дня Курбан айта</translation>
    </message>
    <message>
        <source>Add &amp;transfer…</source>
        <translation>Добавить &amp;перенос…</translation>
    </message>
    <message>
        <source>Enter a transfer act: a weekday off for a weekend working day</source>
        <translation>Внести акт о переносе: будний день объявляется выходным, а суббота или воскресенье — рабочим днем</translation>
    </message>
    <message>
        <source>&amp;Remove transfer</source>
        <translation>&amp;Удалить перенос</translation>
    </message>
    <message>
        <source>Remove the selected transfer entered in this file</source>
        <translation>Удалить выбранный перенос, внесенный в этот файл</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working days per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Количество рабочих дней по месяцам&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When a fixed deadline falls on a day off</source>
        <translation>Если срок, установленный датой, приходится на нерабочий день</translation>
    </message>
    <message>
        <source>&amp;Legal (default)</source>
        <translation>&amp;Законное прочтение (по умолчанию)</translation>
    </message>
    <message>
        <source>the next working day: the general rule for a period that ends on a day off</source>
        <translation>следующий рабочий день: общее правило для срока, окончание которого приходится на нерабочий день</translation>
    </message>
    <message>
        <source>C&amp;autious</source>
        <translation>&amp;Осторожное прочтение</translation>
    </message>
    <message>
        <source>the previous working day, so that nothing can be late by any reading</source>
        <translation>предыдущий рабочий день, чтобы срок не был пропущен ни при каком толковании</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Яз&amp;ык:</translation>
    </message>
    <message>
        <source>Switches the menus, pages and printed forms at once</source>
        <translation>Сразу переключает язык меню, страниц и печатных форм</translation>
    </message>
    <message>
        <source>Kurban Ait</source>
        <translation>Курбан айт</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Добавление переноса</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Удаление переноса</translation>
    </message>
    <message>
        <source>Remove the transfer of the day off %1? The deadlines are counted again without it.</source>
        <translation>Удалить перенос выходного дня %1? Сроки будут исчислены заново без его учета.</translation>
    </message>
    <message>
        <source>Appendix &amp;3</source>
        <comment>the table of allowed KCI marks</comment>
        <translation>Приложение &amp;3</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
</context>
<context>
    <name>bagalau::SignInDialog</name>
    <message>
        <source>Sign in — Bagalau</source>
        <translation>Вход — Bagalau</translation>
    </message>
    <message>
        <source>%1 is kept confidential: sign in with your account to open it.</source>
        <translation>Сведения в файле %1 являются конфиденциальными: чтобы открыть его, войдите под своей учетной записью.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>bagalau::SlipsDialog</name>
    <message>
        <source>360 survey of %1</source>
        <translation>Оценка 360 за %1 год</translation>
    </message>
    <message>
        <source>Questionnaires to answer: %1</source>
        <translation>Анкет к заполнению: %1</translation>
    </message>
    <message>
        <source>Open Bagalau on the chief specialist&apos;s computer, choose &quot;Answer with a code&quot; and type this code. It works once for each questionnaire; your answers are stored without your name.</source>
        <translation>Откройте Bagalau на компьютере главного специалиста, выберите «Ответить по коду» и введите этот код. Код действует один раз для каждой анкеты; ваши ответы сохраняются без указания вашего имени.</translation>
    </message>
    <message>
        <source>One-time codes for the 360 survey of %1</source>
        <translation>Одноразовые коды для оценки 360 за %1 год</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
</context>
<context>
    <name>bagalau::SpecialDayModel</name>
    <message>
        <source>%1
Entered in this file</source>
        <translation>%1
Внесено в этот файл</translation>
    </message>
    <message>
        <source>working</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>bagalau::StaffImportDialog</name>
    <message>
        <source>The file could not be imported.</source>
        <translation>Не удалось импортировать файл.</translation>
    </message>
    <message>
        <source>Import staff from CSV</source>
        <translation>Импорт персонала из CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file with the columns personnel_no, full_name, category, unit, position, appointed and, if needed, dismissed, iin, manager_personnel_no.</source>
        <translation>Выберите файл CSV со столбцами personnel_no, full_name, category, unit, position, appointed и при необходимости dismissed, iin, manager_personnel_no.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s)</source>
        <translation>
            <numerusform>Кодировка: %1 · разделитель: %2 · %n строка</numerusform>
            <numerusform>Кодировка: %1 · разделитель: %2 · %n строки</numerusform>
            <numerusform>Кодировка: %1 · разделитель: %2 · %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: %n servant(s) will be added.</source>
        <translation>
            <numerusform>Замечаний не выявлено: будет добавлен %n служащий.</numerusform>
            <numerusform>Замечаний не выявлено: будут добавлены %n служащих.</numerusform>
            <numerusform>Замечаний не выявлено: будет добавлено %n служащих.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported until the file is corrected and chosen again.</source>
        <translation>
            <numerusform>Выявлено %n замечание; импорт не будет выполнен, пока файл не будет исправлен и выбран повторно.</numerusform>
            <numerusform>Выявлено %n замечания; импорт не будет выполнен, пока файл не будет исправлен и выбран повторно.</numerusform>
            <numerusform>Выявлено %n замечаний; импорт не будет выполнен, пока файл не будет исправлен и выбран повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are highlighted; hover over a field for its message.</source>
        <translation>
            <numerusform>%n строка с замечаниями выделена; чтобы увидеть сообщение, наведите указатель на поле.</numerusform>
            <numerusform>%n строки с замечаниями выделены; чтобы увидеть сообщение, наведите указатель на поле.</numerusform>
            <numerusform>%n строк с замечаниями выделены; чтобы увидеть сообщение, наведите указатель на поле.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>bagalau::StaffModel</name>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата маслихата</translation>
    </message>
    <message>
        <source>corps B</source>
        <translation>служащий корпуса «Б»</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 по %2</translation>
    </message>
    <message>
        <source>Personnel number %1</source>
        <translation>Табельный номер %1</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>In position from</source>
        <translation>В должности с</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Absence on the day</source>
        <translation>Отсутствие на дату</translation>
    </message>
</context>
<context>
    <name>bagalau::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Staff &amp;on:</source>
        <translation>Персонал &amp;на дату:</translation>
    </message>
    <message>
        <source>The list shows who held a position on this day</source>
        <translation>В списке — служащие, занимавшие должность в этот день</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Фильтр по любому столбцу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Card…</source>
        <translation>&amp;Карточка…</translation>
    </message>
    <message>
        <source>The servant&apos;s positions, absences and dismissal (Enter)</source>
        <translation>Должности, периоды отсутствия и увольнение служащего (Enter)</translation>
    </message>
    <message>
        <source>Add &amp;servant…</source>
        <translation>Добавить сл&amp;ужащего…</translation>
    </message>
    <message>
        <source>Add a&amp;bsence…</source>
        <translation>Добавить &amp;отсутствие…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n служащий</numerusform>
            <numerusform>%n служащих</numerusform>
            <numerusform>%n служащих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servant(s)</source>
        <translation>
            <numerusform>%1 из %n служащего</numerusform>
            <numerusform>%1 из %n служащих</numerusform>
            <numerusform>%1 из %n служащих</numerusform>
        </translation>
    </message>
    <message>
        <source>Servant&apos;s card</source>
        <translation>Карточка служащего</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import staff from CSV</source>
        <translation>Импорт персонала из CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) added.</source>
        <translation>
            <numerusform>Добавлен %n служащий.</numerusform>
            <numerusform>Добавлены %n служащих.</numerusform>
            <numerusform>Добавлено %n служащих.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the servant&apos;s full name or IIN (F2)</source>
        <translation>Изменить Ф.И.О. или ИИН служащего (F2)</translation>
    </message>
    <message>
        <source>&amp;New position…</source>
        <translation>&amp;Новая должность…</translation>
    </message>
    <message>
        <source>Move the servant to another position or under another manager (Ctrl+Shift+P)</source>
        <translation>Перевести служащего на другую должность или в подчинение другому руководителю (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>End assi&amp;gnment…</source>
        <translation>&amp;Завершить пребывание в должности…</translation>
    </message>
    <message>
        <source>The end of a secondment, without dismissal from the body (Ctrl+Shift+E)</source>
        <translation>Окончание пребывания в должности без увольнения из органа (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Уволить…</translation>
    </message>
    <message>
        <source>Dismissal from the body; it ends the position (Ctrl+Shift+D)</source>
        <translation>Увольнение из органа; прекращает пребывание в должности (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit servant</source>
        <translation>Изменение данных служащего</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveyPage</name>
    <message>
        <source>being prepared</source>
        <comment>360 campaign status</comment>
        <translation>подготавливается</translation>
    </message>
    <message>
        <source>open for answers</source>
        <comment>360 campaign status</comment>
        <translation>открыта для ответов</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>360 campaign status</comment>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>Self-assessment (%1)</source>
        <translation>Самооценка (%1)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Оцениваемое лицо: %1</translation>
    </message>
    <message>
        <source>No 360 survey for %1 yet. Due by %2 (§4, §33).</source>
        <translation>Оценка 360 за %1 год еще не создана. Срок — до %2 (п. 4, п. 33).</translation>
    </message>
    <message>
        <source>%1: %2 · %3 people · answered %4 of %5 · due by %6</source>
        <translation>%1: %2 · оцениваемых лиц: %3 · получено ответов: %4 из %5 · срок — до %6</translation>
    </message>
    <message>
        <source>How many people have each competency among their least expressed (§36): the topics of seminars and courses.</source>
        <translation>Сколько человек имеют каждую компетенцию среди наименее выраженных (п. 36): темы семинаров и курсов.</translation>
    </message>
    <message>
        <source>Known once the survey of the year is closed.</source>
        <translation>Станет известно после закрытия оценки 360 за год.</translation>
    </message>
    <message>
        <source>Select a person to see who answers about them.</source>
        <translation>Выберите оцениваемое лицо, чтобы увидеть круг опрашиваемых лиц.</translation>
    </message>
    <message>
        <source>Respondents about %1: %2 besides the self-assessment (§35: 3 to 7)</source>
        <translation>Круг опрашиваемых лиц (%1): %2 помимо самооценки (п. 35: от 3 до 7)</translation>
    </message>
    <message>
        <source>No report you may read.</source>
        <translation>Нет отчетов, доступных для просмотра.</translation>
    </message>
    <message>
        <source>Reports are shown once the survey of %1 is closed.</source>
        <translation>Отчеты отображаются после закрытия оценки 360 за %1 год.</translation>
    </message>
    <message>
        <source>Not enough answers: %1</source>
        <translation>Недостаточно ответов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n respondent(s) besides the person answered. Least expressed (§36): %3.</source>
        <translation>
            <numerusform>%1, %2: помимо оцениваемого лица ответил %n человек. Наименее выраженные (п. 36): %3.</numerusform>
            <numerusform>%1, %2: помимо оцениваемого лица ответили %n человека. Наименее выраженные (п. 36): %3.</numerusform>
            <numerusform>%1, %2: помимо оцениваемого лица ответили %n человек. Наименее выраженные (п. 36): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 360 survey of %1 is prepared: check each circle, then start it.</source>
        <translation>Оценка 360 за %1 год подготовлена: проверьте круг опрашиваемых лиц каждого оцениваемого, затем начните оценку.</translation>
    </message>
    <message>
        <source>The 360 survey of %1 has started. Print the slips with the codes.</source>
        <translation>Оценка 360 за %1 год начата. Распечатайте бланки с кодами.</translation>
    </message>
    <message>
        <source>%1 (%2 respondents): %3</source>
        <translation>%1 (опрашиваемых лиц: %2): %3</translation>
    </message>
    <message>
        <source>The survey cannot start:</source>
        <translation>Не удается начать оценку:</translation>
    </message>
    <message>
        <source>The 360 survey of %1 is closed; the reports are ready.</source>
        <translation>Оценка 360 за %1 год закрыта; отчеты готовы.</translation>
    </message>
    <message>
        <source>Add a 360 respondent</source>
        <translation>Добавление опрашиваемого лица (оценка 360)</translation>
    </message>
    <message>
        <source>Remove a 360 respondent</source>
        <translation>Исключение опрашиваемого лица (оценка 360)</translation>
    </message>
    <message>
        <source>360 survey</source>
        <translation>Оценка 360</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Prepare the year&apos;s survey</source>
        <translation>&amp;Подготовить оценку за год</translation>
    </message>
    <message>
        <source>Everyone evaluated in the year, with respondents suggested from the staff structure (§35)</source>
        <translation>Все оцениваемые в году лица и круг опрашиваемых лиц, предложенный по штатной структуре (п. 35)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Fixes the circles; refused while someone has fewer than 3 respondents besides themself</source>
        <translation>Фиксирует круг опрашиваемых лиц; не выполняется, пока у кого-либо менее 3 опрашиваемых лиц помимо него самого</translation>
    </message>
    <message>
        <source>Print s&amp;lips…</source>
        <translation>Печать &amp;бланков…</translation>
    </message>
    <message>
        <source>New one-time codes for everyone who still has questionnaires</source>
        <translation>Новые одноразовые коды для всех, у кого остались незаполненные анкеты</translation>
    </message>
    <message>
        <source>Answer with a &amp;code…</source>
        <translation>Ответить по &amp;коду…</translation>
    </message>
    <message>
        <source>Enter a pa&amp;per questionnaire…</source>
        <translation>Внести &amp;бумажную анкету…</translation>
    </message>
    <message>
        <source>C&amp;lose the survey</source>
        <translation>&amp;Закрыть оценку</translation>
    </message>
    <message>
        <source>Competencies and &amp;indicators…</source>
        <translation>Компетенции и &amp;индикаторы…</translation>
    </message>
    <message>
        <source>People and respondents</source>
        <translation>Оцениваемые и опрашиваемые лица</translation>
    </message>
    <message>
        <source>My questionnaires</source>
        <translation>Мои анкеты</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Потребности в обучении</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Фильтр по лицам</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Исключить</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Close the survey</source>
        <translation>Закрытие оценки</translation>
    </message>
    <message>
        <source>Close the 360 survey of %1? %2 of %3 questionnaires are answered; the codes not used stop working and the reports are shown.</source>
        <translation>Закрыть оценку 360 за %1 год? Заполнено анкет: %2 из %3; неиспользованные коды перестанут действовать, и будут показаны отчеты.</translation>
    </message>
    <message>
        <source>Answer with a code</source>
        <translation>Ответ по коду</translation>
    </message>
    <message>
        <source>The code on your slip:</source>
        <translation>Код на вашем бланке:</translation>
    </message>
    <message>
        <source>No questionnaires wait for you this year. They appear here once the chief specialist starts the survey with you among the respondents.</source>
        <translation>В этом году анкет для заполнения нет. Они появятся здесь, когда главный специалист начнет оценку 360, включив вас в круг опрашиваемых лиц.</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveyRespondentModel</name>
    <message>
        <source>answered</source>
        <translation>ответ получен</translation>
    </message>
    <message>
        <source>code given</source>
        <translation>код выдан</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Опрашиваемое лицо</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>Участвует в качестве</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveyResultModel</name>
    <message>
        <source>least expressed</source>
        <translation>наименее выраженная</translation>
    </message>
    <message>
        <source>The person&apos;s own answer, shown beside the others&apos; and never counted (§35)</source>
        <translation>Ответ самого оцениваемого лица: показывается рядом с ответами других и никогда не учитывается (п. 35)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Среднее по другим</translation>
    </message>
    <message>
        <source>Self</source>
        <comment>self-assessment, not counted</comment>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>§36</source>
        <translation>п. 36</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveySubjectModel</name>
    <message>
        <source>head, 12 competencies</source>
        <translation>руководитель, 12 компетенций</translation>
    </message>
    <message>
        <source>corps B, 8 competencies</source>
        <translation>корпус «Б», 8 компетенций</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>answered of asked</comment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Respondents besides the person; §35 asks for 3 to 7</source>
        <translation>Опрашиваемые лица помимо оцениваемого; п. 35 требует от 3 до 7</translation>
    </message>
    <message>
        <source>Evaluated person</source>
        <translation>Оцениваемое лицо</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Опрашиваемые лица</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
</context>
<context>
    <name>bagalau::TrainingNeedModel</name>
    <message>
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <source>People with it among the least expressed</source>
        <translation>Число лиц, у которых она среди наименее выраженных</translation>
    </message>
</context>
<context>
    <name>bagalau::TransferDialog</name>
    <message>
        <source>Transfer of a day off, %1</source>
        <translation>Перенос выходного дня, %1 год</translation>
    </message>
    <message>
        <source>A transfer act (a government decree, or from 2024 an order of the labour ministry) makes a weekday a day off and a Saturday or Sunday a working day in its place.</source>
        <translation>Актом о переносе (постановлением Правительства, а с 2024 года — приказом Министерства труда и социальной защиты населения) будний день объявляется выходным, а суббота или воскресенье взамен него — рабочим днем.</translation>
    </message>
    <message>
        <source>e.g. order of the labour ministry No. … of …</source>
        <translation>например, приказ Министерства труда и социальной защиты населения от … № …</translation>
    </message>
    <message>
        <source>Weekday made a &amp;day off:</source>
        <translation>Будний день, объявленный &amp;выходным:</translation>
    </message>
    <message>
        <source>Weekend day made a &amp;working day:</source>
        <translation>Выходной день, объявленный &amp;рабочим:</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
</context>
<context>
    <name>bagalau::VoteModel</name>
    <message>
        <source>%1 of %2 voted</source>
        <translation>проголосовали %1 из %2</translation>
    </message>
    <message>
        <source>adopted: %1 for of %2</source>
        <translation>принято: «за» %1 из %2</translation>
    </message>
    <message>
        <source>no majority: %1 for of %2</source>
        <translation>нет большинства: «за» %1 из %2</translation>
    </message>
    <message>
        <source>Proposed score</source>
        <translation>Предлагаемая оценка</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>%1 (evaluator)</source>
        <translation>%1 (оценивающее лицо)</translation>
    </message>
</context>
</TS>
