<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AccessControl</name>
    <message>
        <source>refused: the account %1 may not do this (%2)</source>
        <translation>рұқсат етілмеді: %1 есептік жазбасының бұл әрекетті орындауға құқығы жоқ (%2)</translation>
    </message>
    <message>
        <source>refused: the account %1 may not do this for %2 (%3)</source>
        <translation>рұқсат етілмеді: %1 есептік жазбасының %2 үшін бұл әрекетті орындауға құқығы жоқ (%3)</translation>
    </message>
    <message>
        <source>appeal %1</source>
        <translation>№ %1 өтініш</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>wrong login or password</source>
        <translation>логин немесе құпиясөз қате</translation>
    </message>
    <message>
        <source>the account is locked after %1 wrong passwords; try again after %2</source>
        <translation>құпиясөз %1 рет қате енгізілгендіктен, есептік жазба бұғатталған; сағат %2 өткеннен кейін қайталап көріңіз</translation>
    </message>
    <message numerus="yes">
        <source>wrong login or password; the account is now locked for %n minute(s)</source>
        <translation>
            <numerusform>логин немесе құпиясөз қате; есептік жазба енді %n минутқа бұғатталды</numerusform>
            <numerusform>логин немесе құпиясөз қате; есептік жазба енді %n минутқа бұғатталды</numerusform>
        </translation>
    </message>
    <message>
        <source>the account %1 is disabled; the chief specialist can enable it</source>
        <translation>%1 есептік жазбасы ажыратылған; оны бас маман қайта қоса алады</translation>
    </message>
    <message>
        <source>a login is 2 to 32 small Latin letters, digits, dots, dashes or underscores, beginning with a letter or digit</source>
        <translation>логин кіші латын әріптерінен, цифрлардан, нүктелерден, сызықшалардан немесе астыңғы сызықтардан тұратын, әріптен немесе цифрдан басталатын 2-ден 32-ге дейінгі таңба болуы тиіс</translation>
    </message>
    <message>
        <source>an account needs at least one role</source>
        <translation>есептік жазбада кемінде бір рөл болуы тиіс</translation>
    </message>
    <message>
        <source>the first account is the chief specialist&apos;s</source>
        <translation>бірінші есептік жазба бас маманның есептік жазбасы болуы тиіс</translation>
    </message>
    <message>
        <source>a password has at least %1 characters</source>
        <translation>құпиясөз кемінде %1 таңбадан тұруы тиіс</translation>
    </message>
    <message>
        <source>an account with this login exists already</source>
        <translation>осы логині бар есептік жазба бұрыннан бар</translation>
    </message>
    <message>
        <source>no servant has this personnel number</source>
        <translation>осы табельдік нөмірі бар қызметші жоқ</translation>
    </message>
    <message>
        <source>a servant&apos;s or the head&apos;s account names the servant it belongs to (--servant)</source>
        <translation>қызметшінің немесе аппарат басшысының есептік жазбасында ол тиесілі қызметші көрсетілуі тиіс (--servant)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>no account has this login</source>
        <translation>осы логині бар есептік жазба жоқ</translation>
    </message>
    <message>
        <source>an account cannot disable itself</source>
        <translation>есептік жазба өзін-өзі ажырата алмайды</translation>
    </message>
</context>
<context>
    <name>AcquaintanceService</name>
    <message>
        <source>in person, against signature</source>
        <translation>жеке өзіне, қолын қойғызып</translation>
    </message>
    <message>
        <source>registered letter with notice of delivery</source>
        <translation>табыс етілгені туралы хабарламасы бар тапсырысты хат</translation>
    </message>
    <message>
        <source>telephone message</source>
        <translation>телефонограмма</translation>
    </message>
    <message>
        <source>telegram</source>
        <translation>жеделхат</translation>
    </message>
    <message>
        <source>text message to the mobile number</source>
        <translation>ұялы байланыстың абоненттік нөміріне мәтіндік хабарлама</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <source>other means that record the notice</source>
        <translation>хабарламаның тіркелуін қамтамасыз ететін өзге де байланыс құралдары</translation>
    </message>
    <message>
        <source>the servant&apos;s score sheet of this quarter is not signed: there is no result to acquaint them with (§11)</source>
        <translation>қызметшінің осы тоқсандағы бағалау парағына қол қойылмаған: таныстыратын нәтиже жоқ (§11)</translation>
    </message>
    <message>
        <source>the acquaintance is already recorded, on %1</source>
        <translation>таныстыру бұрыннан тіркелген, күні — %1</translation>
    </message>
    <message>
        <source>the day is required</source>
        <translation>күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the day cannot be before the sheet was signed, %1</source>
        <translation>күні параққа қол қойылған %1 күнінен бұрын болмауы тиіс</translation>
    </message>
    <message>
        <source>the day cannot be in the future; today is %1</source>
        <translation>күні болашақта болмауы тиіс; бүгін — %1</translation>
    </message>
    <message>
        <source>the method is one of: %1</source>
        <translation>таныстыру тәсілі мыналардың бірі болуы тиіс: %1</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>no acquaintance is recorded for this servant and quarter</source>
        <translation>осы қызметшіні осы тоқсан бойынша нәтижелермен таныстыру тіркелмеген</translation>
    </message>
    <message>
        <source>an application for a calibration session counts from this acquaintance (§12): it cannot be removed</source>
        <translation>калибрлеу сессиясын өткізу туралы өтініш мерзімі осы таныстырудан бастап есептеледі (§12): оны жоюға болмайды</translation>
    </message>
</context>
<context>
    <name>AddAbsenceCommand</name>
    <message>
        <source>add an absence of %1</source>
        <translation>%1: жұмыста болмау кезеңін қосу</translation>
    </message>
</context>
<context>
    <name>AddProposalCommand</name>
    <message>
        <source>Propose the score %1</source>
        <translation>%1 балын ұсыну</translation>
    </message>
</context>
<context>
    <name>AddServantCommand</name>
    <message>
        <source>add servant %1</source>
        <translation>%1 қызметшісін қосу</translation>
    </message>
</context>
<context>
    <name>AllowedMarkTableService</name>
    <message>
        <source>the lower bound is a percent such as 80 or 99.99</source>
        <translation>төменгі шек — пайыз, мысалы, 80 немесе 99.99</translation>
    </message>
    <message>
        <source>the upper bound is a percent such as 100 or 119.99, or empty for &quot;and above&quot;</source>
        <translation>жоғарғы шек — пайыз, мысалы, 100 немесе 119.99; «және одан жоғары» үшін бос қалдырылады</translation>
    </message>
    <message>
        <source>a mark is a whole number from 0 to 5 (§27)</source>
        <translation>баға — 0-ден 5-ке дейінгі бүтін сан (§27)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>there is no appeal %1</source>
        <translation>№ %1 өтініш жоқ</translation>
    </message>
    <message>
        <source>more than one proposal has a majority; a session adopts one score (§41): take back the votes of one of them</source>
        <translation>бірнеше ұсыныс көпшілік дауыс алды; сессия бір ғана балл қабылдайды (§41): олардың біреуі бойынша дауыстарды кері қайтарып алыңыз</translation>
    </message>
    <message>
        <source>choose a signed score sheet of the file</source>
        <translation>файлдағы қол қойылған бағалау парағын таңдаңыз</translation>
    </message>
    <message>
        <source>an application is made against a signed score sheet (§12)</source>
        <translation>өтініш қол қойылған бағалау парағына қатысты беріледі (§12)</translation>
    </message>
    <message>
        <source>the servant&apos;s acquaintance with this sheet is not recorded yet; the five working days of §12 count from it</source>
        <translation>қызметшіні осы парақпен таныстыру әлі тіркелмеген; §12-де көзделген бес жұмыс күні таныстырған күннен бастап есептеледі</translation>
    </message>
    <message>
        <source>an application against this sheet is already registered</source>
        <translation>осы парақ бойынша өтініш бұрыннан тіркелген</translation>
    </message>
    <message>
        <source>the date of the application is required</source>
        <translation>өтініштің күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the application cannot come before the acquaintance on %1</source>
        <translation>өтініш %1 күні жүргізілген таныстырудан бұрын берілуі мүмкін емес</translation>
    </message>
    <message>
        <source>the date of the application cannot be in the future</source>
        <translation>өтініштің күні болашақта болмауы тиіс</translation>
    </message>
    <message>
        <source>the application&apos;s text is required: what the servant disagrees with</source>
        <translation>өтініштің мәтіні көрсетілуі тиіс: қызметші неге келіспейді</translation>
    </message>
    <message>
        <source>the application is late: it was due on %1, five working days after the acquaintance on %2 (§12)</source>
        <translation>өтініш мерзімі өткен соң берілген: ол %2 күні жүргізілген таныстырудан кейін бес жұмыс күні ішінде, %1 кешіктірілмей берілуі тиіс еді (§12)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>the appointing official has decided on this application; it cannot be taken back</source>
        <translation>тағайындауға құқығы бар лауазымды адам осы өтініш бойынша шешім қабылдады; оны кері қайтарып алуға болмайды</translation>
    </message>
    <message>
        <source>nothing was written: the application could not be taken back</source>
        <translation>ештеңе жазылмады: өтінішті кері қайтарып алу мүмкін болмады</translation>
    </message>
    <message>
        <source>there is no such appeal</source>
        <translation>мұндай өтініш жоқ</translation>
    </message>
    <message>
        <source>a late application was refused; there is nothing to decide</source>
        <translation>мерзімі өткен соң берілген өтініш қабылданбады; шешім қабылдау қажет емес</translation>
    </message>
    <message>
        <source>the decision on this application is already recorded</source>
        <translation>осы өтініш бойынша шешім бұрыннан тіркелген</translation>
    </message>
    <message>
        <source>the date of the decision is required</source>
        <translation>шешімнің күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the decision cannot come before the application on %1</source>
        <translation>шешім %1 күні берілген өтініштен бұрын қабылдануы мүмкін емес</translation>
    </message>
    <message>
        <source>every member of the session needs a name</source>
        <translation>сессияның әрбір қатысушысының аты-жөні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>a member is listed twice</source>
        <translation>қатысушы екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the servant who applied argues their position at the session and is not one of its members (§40)</source>
        <translation>өтініш берген қызметші сессияда өз ұстанымын дәлелдейді және оның құрамына кірмейді (§40)</translation>
    </message>
    <message>
        <source>the session has exactly one evaluator, who argues the score (§40)</source>
        <translation>сессияда қойылған бағаны негіздейтін бағалаушы адам дәл біреу болады (§40)</translation>
    </message>
    <message>
        <source>a session needs at least three members so that a majority can form (§41)</source>
        <translation>көпшілік дауыс қалыптасуы үшін сессияда кемінде үш қатысушы болуы тиіс (§41)</translation>
    </message>
    <message>
        <source>a hearing is recorded for a session that was ordered and whose protocol is not signed</source>
        <translation>өткізілуі тек өткізу туралы шешім қабылданған және хаттамасына қол қойылмаған сессия үшін тіркеледі</translation>
    </message>
    <message>
        <source>the session cannot be held before the decision on %1</source>
        <translation>сессия %1 күні қабылданған шешімнен бұрын өткізілуі мүмкін емес</translation>
    </message>
    <message>
        <source>proposals are made in a session that was ordered and whose protocol is not signed</source>
        <translation>ұсыныстар өткізу туралы шешім қабылданған және хаттамасына қол қойылмаған сессияда ғана енгізіледі</translation>
    </message>
    <message>
        <source>a proposal changes the score up or down (§41); %1 is the score as it is</source>
        <translation>ұсыныс балды жоғарылатады немесе төмендетеді (§41); %1 — қазіргі балл</translation>
    </message>
    <message>
        <source>only a proposal of a session whose protocol is not signed can be removed</source>
        <translation>хаттамасына қол қойылмаған сессияның ұсынысын ғана жоюға болады</translation>
    </message>
    <message>
        <source>votes are recorded on a proposal of a session whose protocol is not signed</source>
        <translation>дауыстар хаттамасына қол қойылмаған сессияның ұсынысы бойынша ғана тіркеледі</translation>
    </message>
    <message>
        <source>only a member of this session votes (§41)</source>
        <translation>осы сессияның қатысушылары ғана дауыс береді (§41)</translation>
    </message>
    <message>
        <source>a protocol is signed for a session that was ordered and is not signed yet</source>
        <translation>хаттамаға өткізу туралы шешім қабылданған және хаттамасына әлі қол қойылмаған сессия бойынша ғана қол қойылады</translation>
    </message>
    <message>
        <source>the protocol&apos;s number is required</source>
        <translation>хаттаманың нөмірі көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>record the day the session was held before signing its protocol</source>
        <translation>хаттамаға қол қоймас бұрын сессияның өткізілген күнін тіркеңіз</translation>
    </message>
    <message>
        <source>the date of signing is required</source>
        <translation>қол қойылған күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the protocol cannot be signed before the session on %1</source>
        <translation>хаттамаға %1 күні өткізілген сессиядан бұрын қол қойылуы мүмкін емес</translation>
    </message>
    <message>
        <source>every member votes on the proposal %1: %2 of %3 votes are recorded (§41)</source>
        <translation>%1 ұсынысы бойынша барлық қатысушы дауыс береді: %3 дауыстың %2 тіркелді (§41)</translation>
    </message>
    <message>
        <source>the feedback meeting follows a session whose protocol is signed (§42)</source>
        <translation>кері байланыс кездесуі хаттамасына қол қойылған сессиядан кейін өткізіледі (§42)</translation>
    </message>
    <message>
        <source>the date of the meeting is required</source>
        <translation>кездесудің күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the feedback meeting comes after the session&apos;s protocol of %1 (§42)</source>
        <translation>кері байланыс кездесуі сессияның %1 күнгі хаттамасынан кейін өткізіледі (§42)</translation>
    </message>
    <message>
        <source>the meeting discusses achievements, skills and competencies, and potential and career aspirations (§42); write what was said on each</source>
        <translation>кездесуде бағаланатын кезеңдегі жетістіктер, машықтар мен құзыреттердің дамуы, әлеует және мансаптық мақсаттар талқыланады (§42); әрқайсысы бойынша не айтылғанын жазыңыз</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>%1-жол %2-жолдан кейін тұр: арадағы жолдар жоқ</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: a row was removed or inserted</source>
        <translation>%1-жол алдыңғы жолдың жалғасы емес: жол жойылған немесе қосылған</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>%1-жол жазылғаннан кейін өзгертілген</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 already exists; name a new file for the backup</source>
        <translation>%1 бұрыннан бар; сақтық көшірме үшін жаңа файл атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>the file is damaged, so no backup was made: %1</source>
        <translation>файл зақымдалған, сондықтан сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>%1 is damaged and was not restored: %2</source>
        <translation>%1 файлы зақымдалған, одан қалпына келтіру жүргізілмеді: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Bagalau and was not restored</source>
        <translation>%1 файлы Bagalau бағдарламасының неғұрлым жаңа нұсқасымен жазылған, одан қалпына келтіру жүргізілмеді</translation>
    </message>
    <message>
        <source>%1 is not a Bagalau database and was not restored</source>
        <translation>%1 Bagalau дерекқоры емес, одан қалпына келтіру жүргізілмеді</translation>
    </message>
    <message>
        <source>no copy of the current file could be taken, so nothing was restored: %1</source>
        <translation>ағымдағы файлдың көшірмесін алу мүмкін болмады, сондықтан ештеңе қалпына келтірілмеді: %1</translation>
    </message>
</context>
<context>
    <name>BandLabels</name>
    <message>
        <source>Performs functional duties effectively</source>
        <translation>Функционалдық міндеттерін тиімді атқарады</translation>
    </message>
    <message>
        <source>Performs functional duties properly</source>
        <translation>Функционалдық міндеттерін тиісті түрде атқарады</translation>
    </message>
    <message>
        <source>Performs functional duties satisfactorily</source>
        <translation>Функционалдық міндеттерін қанағаттанарлық түрде атқарады</translation>
    </message>
    <message>
        <source>Performs functional duties unsatisfactorily</source>
        <translation>Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады</translation>
    </message>
    <message>
        <source>effective</source>
        <comment>grade band, short</comment>
        <translation>тиімді</translation>
    </message>
    <message>
        <source>proper</source>
        <comment>grade band, short</comment>
        <translation>тиісті түрде</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <comment>grade band, short</comment>
        <translation>қанағаттанарлық</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <comment>grade band, short</comment>
        <translation>қанағаттанарлықсыз</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>a year from 2000 to 2100</source>
        <translation>2000 жылдан 2100 жылға дейінгі жыл</translation>
    </message>
    <message>
        <source>the date of Kurban Ait of %1 must be in %1</source>
        <translation>%1 жылғы Құрбан айт күні %1 жылға тиесілі болуы тиіс</translation>
    </message>
    <message>
        <source>no transfer entered in this file has this day off (the shipped transfers cannot be removed, only replaced)</source>
        <translation>бұл файлда осындай демалыс күні бар ауыстыру енгізілмеген (бағдарламамен бірге берілген ауыстыруларды жоюға болмайды, тек басқасымен алмастыруға болады)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>the working day %1 already makes up for the day off %2; remove that transfer first</source>
        <translation>%1 жұмыс күні %2 демалыс күнінің орнын толтырады; алдымен сол ауыстыруды жойыңыз</translation>
    </message>
</context>
<context>
    <name>Chapter6Text</name>
    <message>
        <source>A chapter-6 plan holds 5 KCI (§46), so from 0 to 5 can be achieved, not %1.</source>
        <translation>6-тарау бойынша жоспарда 5 НМИ болады (§46), сондықтан %1 емес, 0-ден 5-ке дейін НМИ-ге қол жеткізілуі мүмкін.</translation>
    </message>
    <message>
        <source>KCI %1: the actual value is negative.</source>
        <translation>%1-НМИ: нақты мәні теріс.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation>белгісіз опция %1 (--help қараңыз)</translation>
    </message>
    <message>
        <source>%1 needs a value (see --help)</source>
        <translation>%1 опциясына мән қажет (--help қараңыз)</translation>
    </message>
    <message>
        <source>--lang takes kk, ru or en, not %1</source>
        <translation>--lang мәні kk, ru немесе en болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <source>--policy takes legal or cautious, not %1</source>
        <translation>--policy мәні legal немесе cautious болуы тиіс, %1 емес</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>команда берілмеген (--help қараңыз)</translation>
    </message>
    <message>
        <source>unknown command %1 (see --help)</source>
        <translation>белгісіз команда %1 (--help қараңыз)</translation>
    </message>
    <message>
        <source>usage: calendar day YYYY-MM-DD</source>
        <translation>қолданылуы: calendar day YYYY-MM-DD</translation>
    </message>
    <message>
        <source>note: the calendar of %1 is not confirmed (no date of Kurban Ait)</source>
        <translation>ескерту: %1 жылғы күнтізбе расталмаған (Құрбан айт күні белгісіз)</translation>
    </message>
    <message>
        <source>usage: calendar month YYYY-MM</source>
        <translation>қолданылуы: calendar month YYYY-MM</translation>
    </message>
    <message>
        <source>bad month %1: write it as YYYY-MM, e.g. 2024-03</source>
        <translation>қате ай %1: YYYY-MM түрінде жазыңыз, мысалы, 2024-03</translation>
    </message>
    <message>
        <source>usage: calendar add YYYY-MM-DD N</source>
        <translation>қолданылуы: calendar add YYYY-MM-DD N</translation>
    </message>
    <message>
        <source>bad number of working days %1: a whole number from -1000 to 1000</source>
        <translation>жұмыс күндерінің саны қате %1: -1000-нан 1000-ға дейінгі бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>usage: calendar year YYYY</source>
        <translation>қолданылуы: calendar year YYYY</translation>
    </message>
    <message>
        <source>bad year %1: a year from 2000 to 2100</source>
        <translation>қате жыл %1: 2000 жылдан 2100 жылға дейінгі жыл болуы тиіс</translation>
    </message>
    <message>
        <source>working days: %1</source>
        <translation>жұмыс күндері: %1</translation>
    </message>
    <message>
        <source>usage: deadlines quarter YYYYQn</source>
        <translation>қолданылуы: deadlines quarter YYYYQn</translation>
    </message>
    <message>
        <source>bad quarter %1: write it as YYYYQn with n from 1 to 4, e.g. 2024Q2</source>
        <translation>қате тоқсан %1: YYYYQn түрінде жазыңыз (n — 1-ден 4-ке дейін), мысалы, 2024Q2</translation>
    </message>
    <message>
        <source>usage: deadlines year YYYY</source>
        <translation>қолданылуы: deadlines year YYYY</translation>
    </message>
    <message>
        <source>usage: deadlines event KIND YYYY-MM-DD</source>
        <translation>қолданылуы: deadlines event KIND YYYY-MM-DD</translation>
    </message>
    <message>
        <source>bad event %1: one of %2</source>
        <translation>қате оқиға %1: мыналардың бірі болуы тиіс: %2</translation>
    </message>
    <message>
        <source>usage: deadlines quarter YYYYQn | year YYYY | event KIND DATE</source>
        <translation>қолданылуы: deadlines quarter YYYYQn | year YYYY | event KIND DATE</translation>
    </message>
    <message>
        <source>usage: score mean MARK... | achieved N</source>
        <translation>қолданылуы: score mean MARK... | achieved N</translation>
    </message>
    <message>
        <source>bad date %1: write a real date as YYYY-MM-DD, e.g. 2024-04-12</source>
        <translation>қате күн %1: нақты күнді YYYY-MM-DD түрінде жазыңыз, мысалы, 2024-04-12</translation>
    </message>
    <message>
        <source>note: these dates fall in a year whose calendar is not confirmed (no date of Kurban Ait); they may move</source>
        <translation>ескерту: бұл күндер күнтізбесі расталмаған жылға түседі (Құрбан айт күні белгісіз); олар өзгеруі мүмкін</translation>
    </message>
    <message>
        <source>usage: score mean MARK...</source>
        <translation>қолданылуы: score mean MARK...</translation>
    </message>
    <message>
        <source>bad mark or score %1: a number from 0 to 5 with at most two decimals, e.g. 4 or 4.33</source>
        <translation>қате баға немесе балл %1: 0-ден 5-ке дейінгі, ондық таңбасы екіден аспайтын сан болуы тиіс, мысалы, 4 немесе 4.33</translation>
    </message>
    <message>
        <source>usage: score achieved N</source>
        <translation>қолданылуы: score achieved N</translation>
    </message>
    <message>
        <source>bad number of KCI achieved %1: a whole number from 0 to 5</source>
        <translation>қол жеткізілген НМИ саны қате %1: 0-ден 5-ке дейінгі бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>usage: eligibility YYYYQn FIRST_DAY [LAST_DAY [dismissed]]</source>
        <translation>қолданылуы: eligibility YYYYQn FIRST_DAY [LAST_DAY [dismissed]]</translation>
    </message>
    <message numerus="yes">
        <source>bagalau-cli: %n problem(s); nothing was written</source>
        <translation>
            <numerusform>bagalau-cli: %n қате табылды; ештеңе жазылмады</numerusform>
            <numerusform>bagalau-cli: %n қате табылды; ештеңе жазылмады</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 құрылды</translation>
    </message>
    <message>
        <source>usage: import staff|marks FILE.csv [--dry-run]</source>
        <translation>қолданылуы: import staff|marks FILE.csv [--dry-run]</translation>
    </message>
    <message>
        <source>bad file %1: it does not exist</source>
        <translation>қате файл %1: мұндай файл жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) checked; nothing was written (--dry-run)</source>
        <translation>
            <numerusform>%n қызметші тексерілді; ештеңе жазылмады (--dry-run)</numerusform>
            <numerusform>%n қызметші тексерілді; ештеңе жазылмады (--dry-run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) imported</source>
        <translation>
            <numerusform>%n қызметші импортталды</numerusform>
            <numerusform>%n қызметші импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked; nothing was written (--dry-run)</source>
        <translation>
            <numerusform>%n жол тексерілді; ештеңе жазылмады (--dry-run)</numerusform>
            <numerusform>%n жол тексерілді; ештеңе жазылмады (--dry-run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score sheet(s) imported and signed</source>
        <translation>
            <numerusform>%n бағалау парағы импортталып, қол қойылды</numerusform>
            <numerusform>%n бағалау парағы импортталып, қол қойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backup OUT.sqlite</source>
        <translation>қолданылуы: backup OUT.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists; name a new file for the backup</source>
        <translation>%1 бұрыннан бар; сақтық көшірме үшін жаңа файл атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>сақтық көшірме жасалды: %1</translation>
    </message>
    <message>
        <source>usage: restore IN.sqlite</source>
        <translation>қолданылуы: restore IN.sqlite</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 файлы %2 көшірмесінен қалпына келтірілді</translation>
    </message>
    <message>
        <source>the file as it was is kept in %1</source>
        <translation>файлдың бұрынғы нұсқасы мына жерде сақталды: %1</translation>
    </message>
    <message>
        <source>usage: check</source>
        <translation>қолданылуы: check</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>%1 кестесінің жолы %2 кестесінің жоқ жолына сілтейді</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>аудит журналы: %1</translation>
    </message>
    <message>
        <source>usage: audit list [--limit N] | verify</source>
        <translation>қолданылуы: audit list [--limit N] | verify</translation>
    </message>
    <message>
        <source>bad limit %1: a whole number from 1</source>
        <translation>қате шек %1: 1-ден бастап бүтін сан болуы тиіс</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n row(s), the chain is intact</source>
        <translation>
            <numerusform>дұрыс: %n жол, тізбек бұзылмаған</numerusform>
            <numerusform>дұрыс: %n жол, тізбек бұзылмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: demo [--servants N] [--years Y] [--seed S]</source>
        <translation>қолданылуы: demo [--servants N] [--years Y] [--seed S]</translation>
    </message>
    <message>
        <source>bad --servants %1: a whole number from %2 to %3</source>
        <translation>қате --servants %1: %2 – %3 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>bad --years %1: a whole number from %2 to %3</source>
        <translation>қате --years %1: %2 – %3 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>bad --seed %1: a whole number from 0 to %2</source>
        <translation>қате --seed %1: 0 – %2 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>generating: %1%</source>
        <translation>жасалуда: %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n қызметші</numerusform>
            <numerusform>%n қызметші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>бастапқы мән (--seed) %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n құрылымдық бөлімше</numerusform>
            <numerusform>%n құрылымдық бөлімше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n лауазымға тағайындау</numerusform>
            <numerusform>%n лауазымға тағайындау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissal(s)</source>
        <translation>
            <numerusform>%n қызметтен босату</numerusform>
            <numerusform>%n қызметтен босату</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n жұмыста болмау кезеңі</numerusform>
            <numerusform>%n жұмыста болмау кезеңі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KCI plan(s)</source>
        <translation>
            <numerusform>%n НМИ жоспары</numerusform>
            <numerusform>%n НМИ жоспары</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed score sheet(s)</source>
        <translation>
            <numerusform>қол қойылған %n бағалау парағы</numerusform>
            <numerusform>қол қойылған %n бағалау парағы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acquaintance record(s)</source>
        <translation>
            <numerusform>нәтижелермен таныстыру туралы %n жазба</numerusform>
            <numerusform>нәтижелермен таныстыру туралы %n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) with a calibration session</source>
        <translation>
            <numerusform>калибрлеу сессиясы өткізілген %n өтініш</numerusform>
            <numerusform>калибрлеу сессиясы өткізілген %n өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>360 survey: %n subject(s)</source>
        <translation>
            <numerusform>360 бағалау: %n бағаланатын адам</numerusform>
            <numerusform>360 бағалау: %n бағаланатын адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s)</source>
        <translation>
            <numerusform>%n толтырылған сауалнама</numerusform>
            <numerusform>%n толтырылған сауалнама</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>%1 с ішінде</translation>
    </message>
    <message>
        <source>usage: calendar day DATE | month YYYY-MM | add DATE N | year YYYY | kurban-ait YEAR DATE | transfer add|remove ...</source>
        <translation>қолданылуы: calendar day DATE | month YYYY-MM | add DATE N | year YYYY | kurban-ait YEAR DATE | transfer add|remove ...</translation>
    </message>
    <message>
        <source>usage: calendar kurban-ait YEAR DATE|none | calendar transfer add DAY_OFF WORKING_DAY [ACT] | calendar transfer remove DAY_OFF</source>
        <translation>қолданылуы: calendar kurban-ait YEAR DATE|none | calendar transfer add DAY_OFF WORKING_DAY [ACT] | calendar transfer remove DAY_OFF</translation>
    </message>
    <message>
        <source>the calendar&apos;s edits are kept in a file: name it with --db</source>
        <translation>күнтізбеге енгізілген өзгерістер файлда сақталады: файлды --db арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>usage: users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] [--name NAME] | users list | users disable LOGIN | users reset LOGIN | users roles LOGIN ROLE[,ROLE]</source>
        <translation>қолданылуы: users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] [--name NAME] | users list | users disable LOGIN | users reset LOGIN | users roles LOGIN ROLE[,ROLE]</translation>
    </message>
    <message>
        <source>bad roles %1: a list of chief_specialist, chairman, head, appointing_official, servant</source>
        <translation>қате рөлдер %1: chief_specialist, chairman, head, appointing_official, servant мәндерінің тізімі болуы тиіс</translation>
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
        <translation>Қолданылуы: bagalau-cli [--db PATH] [--user LOGIN] [--lang kk|ru|en] [--policy legal|cautious]
                        COMMAND ...

Bagalau командалық жол құралы: Қазақстанның жұмыс күндерінің күнтізбесі және «Б» корпусының
мемлекеттік әкімшілік қызметшілерін бағалау әдістемесінің қағидалары.

Командалар:
  calendar day DATE           &quot;working&quot; немесе &quot;non-working: &lt;себебі&gt;&quot;
  calendar month YYYY-MM      айдағы жұмыс күндерінің саны
  calendar add DATE N         DATE күнінен кейінгі N-ші жұмыс күні (N &lt; 0 болса, одан бұрынғы)
  calendar year YYYY          жылдың барлық мерекелері, демалыс күндері және ауыстырулары
  calendar kurban-ait YEAR DATE|none
                              файлға Құрбан айт күнін енгізу (немесе өшіру)
  calendar transfer add DAY_OFF WORKING_DAY [ACT]
  calendar transfer remove DAY_OFF
                              файлға демалыс күнін ауыстыруды енгізу немесе жою
  deadlines quarter YYYYQn    JSON: тоқсандық бағалау бойынша міндеттер және олардың мерзімдері
  deadlines year YYYY         JSON: 360 бағалау және жылдық балл
  deadlines event KIND DATE   JSON: оқиғадан туындайтын мерзімдер; KIND мыналардың бірі:
                              completed, acquainted, applied, protocol-signed,
                              appointed, plan-approved, returned, superior-signed,
                              commission-meeting, commission-decided
  deadlines acquainted DATE   JSON: шағымдану мерзімі және калибрлеудің ең кеш мерзімдері
  score mean MARK...          дәл орташа мән, 2 ондық таңбаға дейін математикалық дөңгелектенген, және градациясы
  score achieved N            6-тарау: 5 НМИ-ден N НМИ-ге қол жеткізілгендегі градация
  eligibility YYYYQn FIRST [LAST [dismissed]]
                              JSON: бағаланады ма, жоқ па, қатысуымен бе, қатысуынсыз ба,
                              НМИ белгілеуге бола ма және неліктен; FIRST және LAST —
                              лауазымдағы бірінші және соңғы күн
  init --org NAME [--org-kk NAME] [--admin LOGIN]
                              жаңа дерекқор файлын құру; --admin берілсе, бас маманның
                              есептік жазбасымен бірге (бұдан әрі тек кіру арқылы пайдаланылады)
  import staff|marks FILE.csv [--dry-run]
                              барлық жол импортталады немесе ешқайсысы; --dry-run тек тексереді
  results quarter YYYYQn      JSON: әр қызметшіге бір объект
  results year YYYY           JSON: тоқсандық балдар, жылдық балл, градация
  backup OUT.sqlite           файлдың тұтас көшірмесі (алдымен тексеріледі)
  restore IN.sqlite           файлды тексерілген көшірмемен ауыстыру
  check                       тұтастық, сыртқы кілттер және аудит тізбегі
  audit list [--limit N]      JSON: аудит журналы, ең жаңа жазба соңында
  audit verify                аудит журналының тізбегі бұзылмағанын тексеру
  users add LOGIN --roles ROLE[,ROLE] [--servant PERSONNEL_NO] [--name NAME]
  users list | users disable LOGIN | users reset LOGIN | users roles LOGIN ROLE[,ROLE]
                              есептік жазбалар; ROLE — chief_specialist, chairman, head,
                              appointing_official немесе servant
  demo [--servants N] [--years Y] [--seed S]
                              жаңа файлды шартты (синтетикалық) ұйыммен толтыру

Опциялар:
  --db PATH        дерекқор файлы; calendar командалары оның күнтізбесін пайдаланады
  --user LOGIN     жүйеге кіру (есептік жазбалары бар файлда дербес деректер үшін қажет);
                   құпиясөз BAGALAU_PASSWORD айнымалысынан алынады немесе терминалда сұралады
  --lang LANG      хабарлар тілі: kk, ru немесе en (әдепкі бойынша en)
  --policy POLICY  демалыс күніне түскен белгіленген күн келесі жұмыс күніне (legal,
                   әдепкі бойынша) немесе алдыңғы жұмыс күніне (cautious) ауысады
  --help, --version

Күндер: YYYY-MM-DD. JSON стандартты шығысқа, хабарлар стандартты қате ағынына шығарылады.
Шығу кодтары: 0 орындалды, 2 қате қолдану, 3 қате деректер (ештеңе жазылмады), 4 дерекқор қатесі,
5 кіру қажет немесе рұқсат етілмеген.
</translation>
    </message>
    <message>
        <source>sign-in required: this file has accounts; name yours with --user</source>
        <translation>кіру қажет: бұл файлда есептік жазбалар бар; өз есептік жазбаңызды --user арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 үшін құпиясөз: </translation>
    </message>
    <message>
        <source>sign-in required: no password in BAGALAU_PASSWORD and no terminal to ask it on</source>
        <translation>кіру қажет: BAGALAU_PASSWORD айнымалысында құпиясөз жоқ және оны сұрайтын терминал жоқ</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Жаңа құпиясөз: </translation>
    </message>
    <message>
        <source>the new password comes from BAGALAU_NEW_PASSWORD or the terminal, never from an argument</source>
        <translation>жаңа құпиясөз BAGALAU_NEW_PASSWORD айнымалысынан немесе терминалдан алынады, ешқашан аргументтен алынбайды</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>Жаңа құпиясөзді қайта енгізіңіз: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>екі құпиясөз сәйкес келмейді</translation>
    </message>
    <message>
        <source>usage: init --org NAME [--org-kk NAME] [--admin LOGIN]</source>
        <translation>қолданылуы: init --org NAME [--org-kk NAME] [--admin LOGIN]</translation>
    </message>
    <message>
        <source>Results as a spreadsheet:
  results quarter YYYYQn|year YYYY [--servant PERSONNEL_NO] --csv FILE
                              (or --quarter YYYYQn, --year YYYY) writes a NEW
                              CSV file instead of JSON: UTF-8 with BOM, &apos;;&apos;
                              between fields, scores with a decimal comma (4,25)
                              as Excel reads them in Kazakh and Russian
</source>
        <translation>Нәтижелер электрондық кесте түрінде:
  results quarter YYYYQn|year YYYY [--servant PERSONNEL_NO] --csv FILE
                              (немесе --quarter YYYYQn, --year YYYY) JSON орнына
                              ЖАҢА CSV файлын жазады: BOM белгісі бар UTF-8,
                              өрістер арасында &apos;;&apos;, балдар ондық үтірмен (4,25) —
                              Excel қазақ және орыс тілдерінде оларды осылай оқиды
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
        <translation>Баспа нысандары:
  print KIND --quarter YYYYQn [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE
                              баспа нысанын FILE.pdf немесе FILE.odt файлына қазақ
                              немесе орыс тілінде шығарады (әдепкі бойынша —
                              жоғарыдағы --lang, болмаса ru); KIND — work-plan,
                              kci-sheet, ranking-sheet, notice немесе results-list;
                              --servant берілмесе, тоқсан бойынша барлық
                              қызметшінің нысандары бір файлға шығарылады
  print survey-report --year YYYY [--servant PERSONNEL_NO] ...
                              360 бағалау бойынша жеке есептер (7-қосымша)
  print feedback|calibration-protocol --appeal ID ...
                              өтініш бойынша өткізілген калибрлеу сессиясының
                              кері байланыс нысаны (8-қосымша) немесе хаттамасы (§41)
  print commission-protocol --meeting ID ...
                              Комиссия отырысының хаттамасы
                              (11-қосымша)
</translation>
    </message>
    <message>
        <source>usage: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO] [--csv FILE]</source>
        <translation>қолданылуы: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO] [--csv FILE]</translation>
    </message>
    <message>
        <source>%1 already exists; name a new file for the CSV export</source>
        <translation>%1 бұрыннан бар; CSV экспорты үшін жаңа файл атауын көрсетіңіз</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) written to %1</source>
        <translation>
            <numerusform>%1 файлына %n қызметші жазылды</numerusform>
            <numerusform>%1 файлына %n қызметші жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: print KIND (--quarter YYYYQn | --year YYYY | --appeal ID | --meeting ID) [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE.pdf|FILE.odt; KIND is one of %1</source>
        <translation>қолданылуы: print KIND (--quarter YYYYQn | --year YYYY | --appeal ID | --meeting ID) [--servant PERSONNEL_NO] [--lang kk|ru] --out FILE.pdf|FILE.odt; KIND — мыналардың бірі: %1</translation>
    </message>
    <message>
        <source>unknown form %1: one of %2</source>
        <translation>белгісіз нысан %1: мыналардың бірі болуы тиіс: %2</translation>
    </message>
    <message>
        <source>%1 needs %2 and --out (see --help)</source>
        <translation>%1 үшін %2 және --out қажет (--help қараңыз)</translation>
    </message>
    <message>
        <source>bad %1 %2: a whole number above 0</source>
        <translation>қате %1 %2: 0-ден үлкен бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>bad form language %1: the forms are printed in kk or ru</source>
        <translation>нысан тілі қате %1: нысандар kk немесе ru тілінде шығарылады</translation>
    </message>
    <message>
        <source>bad output file %1: its name ends in .pdf or .odt</source>
        <translation>шығыс файлы қате %1: оның атауы .pdf немесе .odt кеңейтімімен аяқталуы тиіс</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written to %1</source>
        <translation>
            <numerusform>%1 файлына %n нысан жазылды</numerusform>
            <numerusform>%1 файлына %n нысан жазылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommissionService</name>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>chapter 6 ceased to be in force on %1 (§2 of decision No. 5-2); nothing can be done under it after that day</source>
        <translation>6-тараудың күші %1 жойылды (№ 5-2 шешімнің §2); осы күннен кейін ол бойынша ешқандай әрекет жасауға болмайды</translation>
    </message>
    <message>
        <source>the Commission has a secretary, the chief specialist, who keeps the protocol (§59)</source>
        <translation>Комиссияның хаттаманы жүргізетін хатшысы — бас маман болуы тиіс (§59)</translation>
    </message>
    <message>
        <source>every seat of the Commission needs a name</source>
        <translation>Комиссия құрамындағы әрбір орын үшін аты-жөні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the Commission has one secretary</source>
        <translation>Комиссияның бір ғана хатшысы болады</translation>
    </message>
    <message>
        <source>chapter 6 evaluates work from %1 to %2 (§43); the plan&apos;s period lies within it</source>
        <translation>6-тарау бойынша %1 – %2 аралығындағы жұмыс бағаланады (§43); жоспар кезеңі осы аралықта болуы тиіс</translation>
    </message>
    <message>
        <source>%1 was not on social or sick leave in this period; chapter 6 applies only to them (§43)</source>
        <translation>%1 осы кезеңде әлеуметтік демалыста немесе уақытша еңбекке жарамсыздық кезеңінде болмаған; 6-тарау тек осындай қызметшілерге қолданылады (§43)</translation>
    </message>
    <message>
        <source>choose an annual plan of chapter 6</source>
        <translation>6-тарау бойынша жылдық жоспарды таңдаңыз</translation>
    </message>
    <message>
        <source>the sheet gives the actual value of each of the five KCI (§47)</source>
        <translation>парақта бес НМИ-дің әрқайсысының нақты мәні көрсетіледі (§47)</translation>
    </message>
    <message>
        <source>the sheet of this plan is already submitted; it is submitted again only when the superior manager returns it (§52)</source>
        <translation>осы жоспар бойынша парақ қарауға бұрыннан енгізілген; ол жоғары тұрған басшы пысықтауға қайтарған жағдайда ғана қайта енгізіледі (§52)</translation>
    </message>
    <message>
        <source>there is no such case</source>
        <translation>мұндай іс жоқ</translation>
    </message>
    <message>
        <source>the superior manager has already decided on this sheet</source>
        <translation>жоғары тұрған басшы осы парақ бойынша шешім қабылдап қойған</translation>
    </message>
    <message>
        <source>the superior manager decides after the direct manager signed on %1</source>
        <translation>жоғары тұрған басшы шешімді тікелей басшы %1 күні қол қойғаннан кейін қабылдайды</translation>
    </message>
    <message>
        <source>form the Commission first (§54)</source>
        <translation>алдымен Комиссияны құрыңыз (§54)</translation>
    </message>
    <message>
        <source>only the Commission&apos;s members make its quorum; the secretary does not (§55, §59)</source>
        <translation>Комиссияның кворумын тек оның мүшелері құрайды, хатшы кворумға кірмейді (§55, §59)</translation>
    </message>
    <message>
        <source>a meeting considers at least one case</source>
        <translation>отырыста кемінде бір іс қаралады</translation>
    </message>
    <message>
        <source>the Commission considers a sheet the superior manager agreed with and no meeting has considered (§53)</source>
        <translation>Комиссия жоғары тұрған басшы келіскен және бірде-бір отырыста қаралмаған парақты қарайды (§53)</translation>
    </message>
    <message>
        <source>the protocol&apos;s number is required (appendix 11)</source>
        <translation>хаттаманың нөмірі көрсетілуі тиіс (11-қосымша)</translation>
    </message>
    <message>
        <source>the Commission decides a case brought to one of its meetings</source>
        <translation>Комиссия өз отырыстарының біріне шығарылған іс бойынша шешім қабылдайды</translation>
    </message>
    <message>
        <source>the Commission has already decided this case</source>
        <translation>Комиссия бұл іс бойынша шешім қабылдап қойған</translation>
    </message>
    <message>
        <source>a decision to revise names the corrected grade (§63, appendix 11)</source>
        <translation>қайта қарау туралы шешімде түзетілген бағалау нәтижесі көрсетіледі (§63, 11-қосымша)</translation>
    </message>
    <message>
        <source>a revision changes the grade; to keep it, approve (§62)</source>
        <translation>қайта қарау бағалау нәтижесін өзгертеді; оны өзгеріссіз қалдыру үшін бекітіңіз (§62)</translation>
    </message>
    <message>
        <source>without a quorum of two thirds of the members the meeting decides nothing (§55)</source>
        <translation>мүшелердің үштен екісінен тұратын кворум болмаса, отырыс ешқандай шешім қабылдамайды (§55)</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the category is head (the head of the apparatus) or corps_b</source>
        <translation>санат мәні — head (мәслихат аппаратының басшысы) немесе corps_b</translation>
    </message>
    <message>
        <source>a ranking row needs the columns quality, deadlines, initiative and discipline</source>
        <translation>саралау жолында quality, deadlines, initiative және discipline бағандары болуы тиіс</translation>
    </message>
    <message>
        <source>a KCI row needs the columns kci_no, plan, actual and mark</source>
        <translation>НМИ жолында kci_no, plan, actual және mark бағандары болуы тиіс</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: there is text after the closing quote of field %2. A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>%1-жол: %2-өрістің жабатын тырнақшасынан кейін мәтін бар. Тырнақшаға алынған өріс ішіндегі тырнақша екі рет жазылады (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field opens here and is never closed; the file may be truncated.</source>
        <translation>%1-жол: тырнақшаға алынған өріс осы жерде ашылып, жабылмаған; файлдың соңы қиылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Файл UTF-16 кодтауында (Excel-дегі «Unicode text» форматы). Кестені «CSV UTF-8» форматында сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds NUL bytes; is it an Excel workbook?). Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Файл CSV мәтіндік файлы емес (онда NUL байттары бар; бұл Excel кітабы емес пе?). Кестені «CSV UTF-8» форматында сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Line %1: the file ends in the middle of a character; the file may be truncated.</source>
        <translation>%1-жол: файл таңбаның ортасында аяқталады; файлдың соңы қиылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Line %1: the file is marked as UTF-8 but holds bytes that are not UTF-8.</source>
        <translation>%1-жол: файл UTF-8 деп белгіленген, бірақ онда UTF-8 емес байттар бар.</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Windows-1251. Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1-жол: файл UTF-8 кодтауында да, Windows-1251 кодтауында да емес. Кестені «CSV UTF-8» форматында сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The file has no header row: it holds only blank lines.</source>
        <translation>Файлда тақырып жолы жоқ: онда тек бос жолдар бар.</translation>
    </message>
    <message>
        <source>Line %1: column %2 of the header has no name.</source>
        <translation>%1-жол: тақырыптың %2-бағанының атауы жоқ.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears more than once in the header (columns %3 and %4).</source>
        <translation>%1-жол: «%2» бағаны тақырыпта бірнеше рет кездеседі (%3- және %4-бағандар).</translation>
    </message>
    <message>
        <source>Line %1: the first row holds &quot;%2&quot;, which looks like data, not a column name. The file must begin with a header row of column names.</source>
        <translation>%1-жол: бірінші жолда «%2» тұр, бұл баған атауына емес, деректерге ұқсайды. Файл баған атаулары жазылған тақырып жолынан басталуы тиіс.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has a question mark in place of a letter. Windows-1251 cannot hold the Kazakh letters %3, so they were lost when the file was saved. Save the table as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1-жол: «%2» мәтінінде әріптің орнында сұрақ белгісі тұр. Windows-1251 кодтауында қазақ әріптері (%3) жоқ, сондықтан олар файл сақталған кезде жоғалған. Кестені «CSV UTF-8» форматында сақтап, қайта импорттаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s), but the header has %2.</source>
        <translation>
            <numerusform>%1-жол: өрістер саны %n, ал тақырыпта — %2.</numerusform>
            <numerusform>%1-жол: өрістер саны %n, ал тақырыпта — %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>The file lacks the column(s) %1. The columns it has: %2.</source>
        <translation>
            <numerusform>Файлда %1 бағаны жоқ. Файлдағы бағандар: %2.</numerusform>
            <numerusform>Файлда %1 бағандары жоқ. Файлдағы бағандар: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: its number, its year</comment>
        <translation>%2 жылғы %1-тоқсан</translation>
    </message>
    <message>
        <source>Notice of the evaluation to the head of the apparatus (§26)</source>
        <translation>Мәслихат аппаратының басшысына бағалау туралы хабарлама (§26)</translation>
    </message>
    <message>
        <source>Notice of the evaluation to the corps B servants (§30)</source>
        <translation>«Б» корпусының қызметшілеріне бағалау туралы хабарлама (§30)</translation>
    </message>
    <message>
        <source>Individual work plan with KCI (§22)</source>
        <translation>НМИ бар жеке жұмыс жоспары (§22)</translation>
    </message>
    <message>
        <source>Preliminary actual values of the KCI to the evaluator (§22)</source>
        <translation>НМИ нақты мәндерінің алдын ала есебін бағалаушы адамға ұсыну (§22)</translation>
    </message>
    <message>
        <source>Score sheet signed (§4)</source>
        <translation>Бағалау парағына қол қойылды (§4)</translation>
    </message>
    <message>
        <source>Acquaintance with the results (§11)</source>
        <translation>Нәтижелермен таныстыру (§11)</translation>
    </message>
    <message>
        <source>Last day to apply for a calibration session (§12)</source>
        <translation>Калибрлеу сессиясын өткізу туралы өтініш берудің соңғы күні (§12)</translation>
    </message>
    <message>
        <source>Decision on the calibration session (§38)</source>
        <translation>Калибрлеу сессиясын өткізу туралы шешім (§38)</translation>
    </message>
    <message>
        <source>Calibration session held (§39)</source>
        <translation>Калибрлеу сессиясы өткізілді (§39)</translation>
    </message>
    <message>
        <source>360 survey completed (§4, §33)</source>
        <translation>360 бағалау аяқталды (§4, §33)</translation>
    </message>
    <message>
        <source>applied %1, %2</source>
        <translation>өтініш берілді: %1, %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %3 адамның %2 жауап берді</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1: басталмаған</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database file %1 does not exist</source>
        <translation>%1 дерекқор файлы жоқ</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>%1 файлының қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <source>%1 is not a Bagalau database: %2</source>
        <translation>%1 Bagalau дерекқоры емес: %2</translation>
    </message>
    <message>
        <source>the SQLite driver gives no handle</source>
        <translation>SQLite драйвері дескриптор бермейді</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 құрылмады: %2</translation>
    </message>
    <message>
        <source>cannot copy to %1: %2</source>
        <translation>%1 файлына көшіру мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>DayDescription</name>
    <message>
        <source>working</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>working (transfer: %1, for %2)</source>
        <translation>жұмыс күні (ауыстыру: %1, %2 орнына)</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>демалыс күні (сенбі немесе жексенбі)</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>мереке күні: %1</translation>
    </message>
    <message>
        <source>day off for %1 of %2</source>
        <translation>%1 (%2) үшін демалыс күні</translation>
    </message>
    <message>
        <source>religious day off: %1</source>
        <translation>діни мереке бойынша демалыс күні: %1</translation>
    </message>
    <message>
        <source>day off by transfer: %1</source>
        <translation>ауыстыру бойынша демалыс күні: %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the number of servants must be a whole number from %1 to %2</source>
        <translation>қызметшілер саны %1 – %2 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>the number of years must be a whole number from %1 to %2</source>
        <translation>жылдар саны %1 – %2 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>the file already has servants; a demonstration organisation goes into a new file only</source>
        <translation>файлда қызметшілер бар; демонстрациялық ұйым тек жаңа файлға жазылады</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>DismissCommand</name>
    <message>
        <source>dismiss %1</source>
        <translation>%1: қызметтен босату</translation>
    </message>
</context>
<context>
    <name>EditOrganisationCommand</name>
    <message>
        <source>edit the organisation&apos;s details</source>
        <translation>ұйымның деректемелерін өзгерту</translation>
    </message>
</context>
<context>
    <name>EditServantCommand</name>
    <message>
        <source>edit servant %1</source>
        <translation>%1 қызметшісінің деректерін өзгерту</translation>
    </message>
</context>
<context>
    <name>EligibilityText</name>
    <message>
        <source>Annual leave</source>
        <translation>Жыл сайынғы еңбек демалысы</translation>
    </message>
    <message>
        <source>Social leave</source>
        <translation>Әлеуметтік демалыс</translation>
    </message>
    <message>
        <source>Temporary incapacity for work</source>
        <translation>Уақытша еңбекке жарамсыздық</translation>
    </message>
    <message>
        <source>Business trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <source>Internship, retraining or advanced training</source>
        <translation>Тағылымдама, қайта даярлау немесе біліктілікті арттыру</translation>
    </message>
    <message>
        <source>Evaluated.</source>
        <translation>Бағаланады.</translation>
    </message>
    <message>
        <source>Not evaluated: not in the position during the period.</source>
        <translation>Бағаланбайды: кезең ішінде лауазымда болмаған.</translation>
    </message>
    <message>
        <source>Not evaluated: less than one month in the position during the period (§5).</source>
        <translation>Бағаланбайды: бағаланатын кезеңде лауазымда болу мерзімі бір айдан аз (§5).</translation>
    </message>
    <message>
        <source>Evaluated without participation: dismissed before the end of the period (§6).</source>
        <translation>Қатысуынсыз бағаланады: кезең аяқталғанға дейін қызметтен босатылған (§6).</translation>
    </message>
    <message>
        <source>Evaluated without participation: absent during the evaluation (%1, §5).</source>
        <translation>Қатысуынсыз бағаланады: бағалау жүргізу кезеңінде жұмыста болмаған (%1, §5).</translation>
    </message>
    <message>
        <source>The evaluated period is not a valid range of days.</source>
        <translation>Бағаланатын кезең күндердің дұрыс аралығы емес.</translation>
    </message>
    <message>
        <source>The evaluation must be a valid range of days that begins after the evaluated period (§4).</source>
        <translation>Бағалау жүргізу кезеңі бағаланатын кезеңнен кейін басталатын күндердің дұрыс аралығы болуы тиіс (§4).</translation>
    </message>
    <message>
        <source>The first day in the position is missing.</source>
        <translation>Лауазымдағы бірінші күн көрсетілмеген.</translation>
    </message>
    <message>
        <source>The last day in the position is before the first.</source>
        <translation>Лауазымдағы соңғы күн бірінші күннен бұрын тұр.</translation>
    </message>
    <message>
        <source>A dismissal needs the last day in the position.</source>
        <translation>Қызметтен босату үшін лауазымдағы соңғы күн көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>An absence (%1) is not a valid range of days.</source>
        <translation>Жұмыста болмау кезеңі (%1) күндердің дұрыс аралығы емес.</translation>
    </message>
</context>
<context>
    <name>EndAssignmentCommand</name>
    <message>
        <source>end the assignment of %1</source>
        <translation>%1: лауазымдағы қызметті аяқтау</translation>
    </message>
</context>
<context>
    <name>FieldDate</name>
    <message>
        <source>The date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>Күні көрсетілмеген. Оны YYYY-MM-DD (2024-03-31) немесе DD.MM.YYYY (31.03.2024) түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>«%1» дұрыс күн емес. Оны YYYY-MM-DD (2024-03-31) немесе DD.MM.YYYY (31.03.2024) түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the date is missing. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>«%1» бағаны: күні көрсетілмеген. Оны YYYY-MM-DD (2024-03-31) немесе DD.MM.YYYY (31.03.2024) түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD (2024-03-31) or DD.MM.YYYY (31.03.2024).</source>
        <translation>«%1» бағаны: «%2» дұрыс күн емес. Оны YYYY-MM-DD (2024-03-31) немесе DD.MM.YYYY (31.03.2024) түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>FormDataService</name>
    <message>
        <source>no servant with the personnel number %1</source>
        <translation>%1 табельдік нөмірі бар қызметші жоқ</translation>
    </message>
    <message>
        <source>%1 held no position in %2</source>
        <translation>%1 %2 кезеңінде лауазымда болмаған</translation>
    </message>
    <message>
        <source>%1 has no individual work plan for %2</source>
        <translation>%1: %2 кезеңіне жеке жұмыс жоспары жоқ</translation>
    </message>
    <message>
        <source>%1 has no KCI score sheet for %2</source>
        <translation>%1: %2 кезеңі бойынша НМИ бағалау парағы жоқ</translation>
    </message>
    <message>
        <source>%1 has no ranking score sheet for %2</source>
        <translation>%1: %2 кезеңі бойынша саралау әдісімен бағалау парағы жоқ</translation>
    </message>
    <message>
        <source>%1 was not evaluated by the 360 survey of %2</source>
        <translation>%1: %2 жылғы 360 бағалауда бағаланбаған</translation>
    </message>
    <message>
        <source>no 360 report for %1 in %2: %3</source>
        <translation>%1: %2 жылғы 360 бағалау бойынша жеке есеп жоқ: %3</translation>
    </message>
    <message>
        <source>no application number %1</source>
        <translation>№ %1 өтініш жоқ</translation>
    </message>
    <message>
        <source>no calibration session was ordered on application %1</source>
        <translation>№ %1 өтініш бойынша калибрлеу сессиясын өткізу туралы шешім қабылданбаған</translation>
    </message>
    <message>
        <source>no meeting of the Commission number %1</source>
        <translation>Комиссияның № %1 отырысы жоқ</translation>
    </message>
</context>
<context>
    <name>FormWriter</name>
    <message>
        <source>%1: the file name must end in .pdf or .odt</source>
        <translation>%1: файл атауы .pdf немесе .odt кеңейтімімен аяқталуы тиіс</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the document cannot be made</source>
        <translation>%1 жазылмады: құжатты жасау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>The IIN is missing; an IIN is 12 digits.</source>
        <translation>ЖСН көрсетілмеген; ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>IIN &quot;%1&quot; was written as a number in exponent form, which loses digits. Format the column as text in the spreadsheet and type the 12 digits again.</source>
        <translation>ЖСН «%1» экспоненциалды түрдегі сан ретінде жазылған, бұл кезде цифрлар жоғалады. Электрондық кестеде бағанды мәтіндік форматқа ауыстырып, 12 цифрды қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>IIN &quot;%1&quot;: character %2 (&quot;%3&quot;) is not a digit; an IIN is 12 digits.</source>
        <translation>ЖСН «%1»: %2-таңба («%3») цифр емес; ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>IIN &quot;%1&quot; has 11 digits; an IIN has 12. A spreadsheet may have dropped its leading zero: format the column as text.</source>
        <translation>ЖСН «%1» 11 цифрдан тұрады, ал ЖСН-де 12 цифр болуы тиіс. Электрондық кесте бастапқы нөлді алып тастаған болуы мүмкін: бағанды мәтіндік форматқа ауыстырыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>IIN &quot;%1&quot; has %n digit(s); an IIN has 12.</source>
        <translation>
            <numerusform>ЖСН «%1» %n цифрдан тұрады; ЖСН-де 12 цифр болуы тиіс.</numerusform>
            <numerusform>ЖСН «%1» %n цифрдан тұрады; ЖСН-де 12 цифр болуы тиіс.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN %1: the seventh digit is %2, but it must be 1 to 6 (the century of birth and sex).</source>
        <translation>ЖСН %1: жетінші цифры — %2, ал ол 1-ден 6-ға дейін болуы тиіс (туған ғасыры мен жынысы).</translation>
    </message>
    <message>
        <source>IIN %1: its first six digits, %2, are not a date of birth (YYMMDD) in the years %3–%4.</source>
        <translation>ЖСН %1: алғашқы алты цифры (%2) %3–%4 жылдар аралығындағы туған күн (YYMMDD) емес.</translation>
    </message>
    <message>
        <source>IIN %1 cannot exist: no check digit fits its first eleven digits. A digit is probably mistyped.</source>
        <translation>ЖСН %1 болуы мүмкін емес: алғашқы он бір цифрына сәйкес келетін бақылау цифры жоқ. Бір цифр қате терілген болуы ықтимал.</translation>
    </message>
    <message>
        <source>IIN %1: the last digit is %2, but the check digit of the first eleven is %3. A digit is probably mistyped.</source>
        <translation>ЖСН %1: соңғы цифры — %2, ал алғашқы он бір цифрдың бақылау цифры — %3. Бір цифр қате терілген болуы ықтимал.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>line %1, %2 &quot;%3&quot;</source>
        <translation>%1-жол, %2 «%3»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1-жол</translation>
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
        <translation>қызметші %1 кезеңінде лауазымда болмаған</translation>
    </message>
    <message>
        <source>only the head of the apparatus has KCI; corps B servants are evaluated by ranking (§21, §28)</source>
        <translation>НМИ тек мәслихат аппаратының басшысына белгіленеді; «Б» корпусының қызметшілері саралау әдісімен бағаланады (§21, §28)</translation>
    </message>
    <message>
        <source>the KCI number is a whole number from 1 to 5 (§23)</source>
        <translation>НМИ нөмірі 1-ден 5-ке дейінгі бүтін сан болуы тиіс (§23)</translation>
    </message>
    <message>
        <source>write what is to be achieved: specific (§24)</source>
        <translation>неге қол жеткізілуі тиіс екенін жазыңыз: НМИ нақты болуы тиіс (§24)</translation>
    </message>
    <message>
        <source>write the unit of measure: measurable (§24)</source>
        <translation>өлшем бірлігін жазыңыз: НМИ өлшенетін болуы тиіс (§24)</translation>
    </message>
    <message>
        <source>the plan value is a number such as 95 or 12.5, with a point</source>
        <translation>жоспарлы мән сан болуы тиіс, мысалы, 95 немесе 12.5 (бөлгіш — нүкте)</translation>
    </message>
    <message>
        <source>the plan value cannot be negative</source>
        <translation>жоспарлы мән теріс болмауы тиіс</translation>
    </message>
    <message>
        <source>a plan of 0 where more is better cannot be realized in percent</source>
        <translation>көп болғаны жақсы көрсеткіштің жоспарлы мәні 0 болса, іске асыру пайызын есептеу мүмкін емес</translation>
    </message>
    <message>
        <source>the due date lies within the quarter, %1 to %2: time-bound (§24)</source>
        <translation>орындау мерзімі тоқсан ішінде, %1 – %2 аралығында болуы тиіс: НМИ уақыт бойынша шектелген (§24)</translation>
    </message>
    <message>
        <source>no KCI are set when less than three months remain from the appointment to the end of the period (§22)</source>
        <translation>тағайындалған күннен бастап бағаланатын кезеңнің соңына дейін үш айдан аз уақыт қалса, НМИ белгіленбейді (§22)</translation>
    </message>
    <message>
        <source>the plan is approved: a KCI is changed only for a change of the body&apos;s functions or structure, with its reason (§25)</source>
        <translation>жоспар бекітілген: НМИ тек мемлекеттік органның функциялары немесе құрылымы өзгерген жағдайда, себебі көрсетіле отырып өзгертіледі (§25)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>the plan is approved: its KCI are no longer removed (§25)</source>
        <translation>жоспар бекітілген: оның НМИ-лері енді жойылмайды (§25)</translation>
    </message>
    <message>
        <source>the plan has no KCI with this number</source>
        <translation>жоспарда осы нөмірлі НМИ жоқ</translation>
    </message>
    <message>
        <source>the plan was already approved on %1</source>
        <translation>жоспар %1 күні бекітіліп қойған</translation>
    </message>
    <message>
        <source>name the superior manager who approves the plan (§22)</source>
        <translation>жоспарды бекітетін жоғары тұрған басшыны көрсетіңіз (§22)</translation>
    </message>
    <message>
        <source>the plan is a draft: edit its KCI directly</source>
        <translation>жоспар жоба күйінде: оның НМИ-лерін тікелей өңдеңіз</translation>
    </message>
    <message>
        <source>an approved KCI is changed only for a change of the body&apos;s functions or structure: write which change and its document (§25)</source>
        <translation>бекітілген НМИ тек мемлекеттік органның функциялары немесе құрылымы өзгерген жағдайда өзгертіледі: қандай өзгеріс болғанын және оның құжатын көрсетіңіз (§25)</translation>
    </message>
    <message>
        <source>nothing was changed in KCI %1</source>
        <translation>%1-НМИ-де ештеңе өзгертілмеді</translation>
    </message>
</context>
<context>
    <name>KciSheetService</name>
    <message>
        <source>the actual value is a number such as 95 or 12.5, with a point</source>
        <translation>нақты мән сан болуы тиіс, мысалы, 95 немесе 12.5 (бөлгіш — нүкте)</translation>
    </message>
    <message>
        <source>the KCI sheet is filled against an approved individual plan; the plan of %1 for %2 is not approved (§22, §27)</source>
        <translation>НМИ бойынша бағалау парағы бекітілген жеке жұмыс жоспары негізінде толтырылады; %1: %2 кезеңіне арналған жоспар бекітілмеген (§22, §27)</translation>
    </message>
    <message>
        <source>the file holds a ranking sheet for this servant and quarter</source>
        <translation>файлда осы қызметшінің осы тоқсанға саралау әдісімен бағалау парағы бар</translation>
    </message>
    <message>
        <source>the sheet is signed; reopen it with a reason to correct it</source>
        <translation>параққа қол қойылған; оны түзету үшін себебін көрсетіп, қайта ашыңыз</translation>
    </message>
    <message>
        <source>the approved plan has no KCI with this number</source>
        <translation>бекітілген жоспарда осы нөмірлі НМИ жоқ</translation>
    </message>
    <message>
        <source>a mark is a whole number from 0 to 5 (§27)</source>
        <translation>баға — 0-ден 5-ке дейінгі бүтін сан (§27)</translation>
    </message>
    <message>
        <source>appendix 3 allows %1 to %2 for this realization</source>
        <translation>3-қосымша осындай іске асыру үшін %1 – %2 бағаларына рұқсат етеді</translation>
    </message>
    <message>
        <source>the sheet was already signed on %1</source>
        <translation>параққа %1 күні қол қойылып қойған</translation>
    </message>
    <message>
        <source>KCI %1 needs its actual value, a number such as 95 or 12.5</source>
        <translation>%1-НМИ үшін нақты мәнді көрсетіңіз — сан, мысалы, 95 немесе 12.5</translation>
    </message>
    <message>
        <source>KCI %1 needs its mark, 0 to 5 (§27)</source>
        <translation>%1-НМИ үшін 0-ден 5-ке дейінгі бағаны көрсетіңіз (§27)</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>KciText</name>
    <message>
        <source>KCI %1</source>
        <translation>%1-НМИ</translation>
    </message>
    <message>
        <source>KCI %1 &quot;%2&quot;</source>
        <translation>%1-НМИ «%2»</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 және одан жоғары</translation>
    </message>
    <message>
        <source>More is better</source>
        <translation>Көп болғаны жақсы</translation>
    </message>
    <message>
        <source>Less is better</source>
        <translation>Аз болғаны жақсы</translation>
    </message>
    <message>
        <source>A plan under chapter 6 holds exactly 5 KCI (§46), not %1.</source>
        <translation>6-тарау бойынша жоспарда дәл 5 НМИ болуы тиіс (§46), %1 емес.</translation>
    </message>
    <message>
        <source>A plan holds from 3 to 5 KCI (§23), not %1.</source>
        <translation>Жоспарда 3-тен 5-ке дейін НМИ болуы тиіс (§23), %1 емес.</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1: атауы көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 has no unit of measure (§24: a KCI is measurable).</source>
        <translation>%1: өлшем бірлігі көрсетілмеген (§24: НМИ өлшенетін болуы тиіс).</translation>
    </message>
    <message>
        <source>%1: the plan value is negative.</source>
        <translation>%1: жоспарлы мәні теріс.</translation>
    </message>
    <message>
        <source>%1: the plan value is 0 where more is better, so nothing could measure its realization.</source>
        <translation>%1: көп болғаны жақсы көрсеткіштің жоспарлы мәні 0, сондықтан оның іске асырылуын өлшеу мүмкін емес.</translation>
    </message>
    <message>
        <source>KCI values are not negative.</source>
        <translation>НМИ мәндері теріс болмайды.</translation>
    </message>
    <message>
        <source>The plan value is 0 where more is better: the realization cannot be measured.</source>
        <translation>Көп болғаны жақсы көрсеткіштің жоспарлы мәні 0: іске асырылуын өлшеу мүмкін емес.</translation>
    </message>
    <message>
        <source>The realization passes 1 000 000 000 %: check the plan and actual values.</source>
        <translation>Іске асырылуы 1 000 000 000 % шегінен асады: жоспарлы және нақты мәндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Row %1: marks are whole numbers from 0 to 5.</source>
        <translation>%1-жол: бағалар 0-ден 5-ке дейінгі бүтін сандар болуы тиіс.</translation>
    </message>
    <message>
        <source>Row %1: the lowest mark is above the highest.</source>
        <translation>%1-жол: ең төмен баға ең жоғары бағадан үлкен.</translation>
    </message>
    <message>
        <source>Row %1: a realization percent is not negative.</source>
        <translation>%1-жол: іске асыру пайызы теріс болмайды.</translation>
    </message>
    <message>
        <source>Row %1: the range of percents is reversed.</source>
        <translation>%1-жол: пайыздар аралығы кері ретпен берілген.</translation>
    </message>
    <message>
        <source>Row %1: percents have at most two decimals, as realizations are rounded to two.</source>
        <translation>%1-жол: пайыздарда екіден артық ондық таңба болмайды, өйткені іске асыру пайызы екі ондық таңбаға дейін дөңгелектенеді.</translation>
    </message>
    <message>
        <source>Rows %1 (%2) and %3 (%4) overlap: a realization would have two ranges of marks.</source>
        <translation>%1 (%2) және %3 (%4) жолдары қиылысады: бір іске асыру пайызына бағалардың екі аралығы сәйкес келер еді.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has errors; correct it first.</source>
        <translation>Рұқсат етілген бағалар кестесінде (3-қосымша) қателер бар; алдымен оларды түзетіңіз.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has no open-ended top row for a realization better than any percent.</source>
        <translation>Рұқсат етілген бағалар кестесінде (3-қосымша) кез келген пайыздан жоғары іске асыруға арналған, жоғарғы шегі ашық жол жоқ.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has no row for %1.</source>
        <translation>Рұқсат етілген бағалар кестесінде (3-қосымша) %1 үшін жол жоқ.</translation>
    </message>
    <message>
        <source>The table of allowed marks (appendix 3) has errors:</source>
        <translation>Рұқсат етілген бағалар кестесінде (3-қосымша) қателер бар:</translation>
    </message>
    <message>
        <source>%1 has no mark.</source>
        <translation>%1: баға қойылмаған.</translation>
    </message>
    <message>
        <source>%1: the mark %2 is outside the marks %3 to %4 that the table allows for a realization of %5 (§27, appendix 3).</source>
        <translation>%1: %2 бағасы кестеде %5 іске асыру үшін рұқсат етілген %3 – %4 бағалар аралығынан тыс (§27, 3-қосымша).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Quarter evaluation</source>
        <translation>Тоқсандық бағалау</translation>
    </message>
    <message>
        <source>KCI plans</source>
        <translation>НМИ жоспарлары</translation>
    </message>
    <message>
        <source>360 survey</source>
        <translation>360 бағалау</translation>
    </message>
    <message>
        <source>Appeals and calibration</source>
        <translation>Шағымдар және калибрлеу</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>What is due in the next 30 days and what is overdue, the progress of the current quarter and the grade distribution of the last finished quarter.</source>
        <translation>Алдағы 30 күнде орындалуы тиіс және мерзімі өтіп кеткен істер, ағымдағы тоқсанның барысы және соңғы аяқталған тоқсандағы бағалау нәтижелерінің градациялар бойынша бөлінуі.</translation>
    </message>
    <message>
        <source>The staff list: servants, positions and their history, managers, absences and dismissals, and import from CSV files.</source>
        <translation>Қызметкерлер тізімі: қызметшілер, лауазымдар және олардың тарихы, басшылар, жұмыста болмау кезеңдері және қызметтен босату, сондай-ақ CSV файлдарынан импорттау.</translation>
    </message>
    <message>
        <source>The quarter&apos;s roster: who is evaluated and by which method, the ranking and KCI score sheets, their signing and the acquaintance with the results.</source>
        <translation>Тоқсандық бағалау тізімі: кім және қандай әдіспен бағаланады, саралау және НМИ бойынша бағалау парақтары, оларға қол қою және нәтижелермен таныстыру.</translation>
    </message>
    <message>
        <source>The individual work plans of the head of the apparatus: three to five KCI, their approval by the superior manager and their changes.</source>
        <translation>Мәслихат аппараты басшысының жеке жұмыс жоспарлары: үштен беске дейін НМИ, оларды жоғары тұрған басшының бекітуі және оларға енгізілген өзгерістер.</translation>
    </message>
    <message>
        <source>The annual anonymous 360 survey: respondents, questionnaires, individual reports and the least expressed competencies.</source>
        <translation>Жыл сайынғы анонимді 360 бағалау: респонденттер, сауалнамалар, жеке есептер және неғұрлым аз көрінетін құзыреттер.</translation>
    </message>
    <message>
        <source>Applications against the results, calibration sessions, the members&apos; votes and the protocols.</source>
        <translation>Бағалау нәтижелерімен келіспеу туралы өтініштер, калибрлеу сессиялары, қатысушылардың дауыстары және хаттамалар.</translation>
    </message>
    <message>
        <source>The Commission of chapter 6: evaluation of the work from 01.07.2021 to 31.12.2022 of servants on social leave or sick leave.</source>
        <translation>6-тараудағы Комиссия: әлеуметтік демалыста немесе уақытша еңбекке жарамсыздық кезеңінде болған қызметшілердің 01.07.2021 – 31.12.2022 аралығындағы жұмысын бағалау.</translation>
    </message>
    <message>
        <source>The printed forms in Kazakh and Russian and the register of documents kept for three years.</source>
        <translation>Қазақ және орыс тілдеріндегі баспа нысандары және үш жыл сақталатын құжаттардың тізілімі.</translation>
    </message>
    <message>
        <source>The working-day calendar, the deadline policy, the organisation&apos;s details and the table of allowed marks by KCI realization.</source>
        <translation>Жұмыс күндерінің күнтізбесі, мерзімдерді есептеу тәртібі, ұйымның деректемелері және НМИ іске асырылуына қарай рұқсат етілген бағалар кестесі.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Who may sign in and with which roles: accounts, passwords, and the accounts disabled or locked after wrong passwords.</source>
        <translation>Жүйеге кім және қандай рөлдермен кіре алады: есептік жазбалар, құпиясөздер, сондай-ақ ажыратылған немесе құпиясөз қате енгізілгеннен кейін бұғатталған есептік жазбалар.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Quarterly and annual scores and bands of each servant, one servant&apos;s trend across the quarters, and the export to a CSV file.</source>
        <translation>Әр қызметшінің тоқсандық және жылдық балдары мен градациялары, бір қызметші балдарының тоқсандар бойынша серпіні, сондай-ақ CSV файлына экспорттау.</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>the organisation&apos;s name cannot be empty</source>
        <translation>ұйымның атауы бос болмауы тиіс</translation>
    </message>
    <message>
        <source>this file already belongs to an organisation</source>
        <translation>бұл файл бұрыннан бір ұйымға тиесілі</translation>
    </message>
    <message>
        <source>the organisation could not be saved: %1</source>
        <translation>ұйым сақталмады: %1</translation>
    </message>
    <message>
        <source>the file already exists; a new database needs a new file</source>
        <translation>файл бұрыннан бар; жаңа дерекқор үшін жаңа файл қажет</translation>
    </message>
    <message>
        <source>the name in Russian is required: the printed forms are headed with it</source>
        <translation>орыс тіліндегі атауы көрсетілуі тиіс: ол баспа нысандарының тақырыбында көрсетіледі</translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s), as one line of a printed form</source>
        <translation>
            <numerusform>ең көбі %n таңба, өйткені баспа нысанында бір жолға орналасады</numerusform>
            <numerusform>ең көбі %n таңба, өйткені баспа нысанында бір жолға орналасады</numerusform>
        </translation>
    </message>
    <message>
        <source>one line only: the printed forms show it on one line</source>
        <translation>тек бір жол: баспа нысандарында бір жолмен көрсетіледі</translation>
    </message>
    <message>
        <source>this file has no organisation yet: create the file with one</source>
        <translation>бұл файлда әлі ұйым жоқ: файлды ұйымды көрсете отырып құрыңыз</translation>
    </message>
</context>
<context>
    <name>PasswordConfirmation</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Екі құпиясөз сәйкес келмейді; бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>nothing to print: no %1 in %2</source>
        <translation>басып шығаратын ештеңе жоқ: %2 бойынша %1 нысандары жоқ</translation>
    </message>
</context>
<context>
    <name>RankingSheetService</name>
    <message>
        <source>a quarter is written YYYYQn, e.g. 2024Q2</source>
        <translation>тоқсан YYYYQn түрінде жазылады, мысалы, 2024Q2</translation>
    </message>
    <message>
        <source>the servant held no position in this quarter</source>
        <translation>қызметші осы тоқсанда лауазымда болмаған</translation>
    </message>
    <message>
        <source>the head of the apparatus is evaluated by KCI (§21), not by ranking</source>
        <translation>аппарат басшысы саралау әдісімен емес, НМИ бойынша бағаланады (§21)</translation>
    </message>
    <message>
        <source>the servant&apos;s sheet is not a ranking sheet</source>
        <translation>қызметшінің бағалау парағы саралау бойынша бағалау парағы емес</translation>
    </message>
    <message>
        <source>every parameter needs a mark from 0 to 5 before the sheet is signed (§31)</source>
        <translation>бағалау парағына қол қойылғанға дейін әр параметр бойынша 0-ден 5-ке дейін баға қойылуы тиіс (§31)</translation>
    </message>
    <message>
        <source>a comment goes with its mark: set the mark first</source>
        <translation>түсініктеме бағаға қатысты: алдымен баға қойыңыз</translation>
    </message>
    <message>
        <source>the sheet is signed: reopen it with a reason to change a mark</source>
        <translation>бағалау парағына қол қойылған: бағаны өзгерту үшін оны себебін көрсетіп қайта ашыңыз</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>only a draft sheet can be removed</source>
        <translation>тек бағалау парағының жобасын жоюға болады</translation>
    </message>
    <message>
        <source>the sheet is referred to elsewhere</source>
        <translation>бағалау парағына басқа жазбаларда сілтеме бар</translation>
    </message>
    <message>
        <source>the sheet is already signed</source>
        <translation>бағалау парағына бұрын қол қойылған</translation>
    </message>
    <message>
        <source>a quarter is evaluated after it ends (§4): the sheet can be signed from %1</source>
        <translation>тоқсан аяқталғаннан кейін бағаланады (§4): бағалау парағына %1 күнінен бастап қол қоюға болады</translation>
    </message>
</context>
<context>
    <name>RankingText</name>
    <message>
        <source>Quality of performing functional duties</source>
        <translation>Функционалдық міндеттерді орындау сапасы</translation>
    </message>
    <message>
        <source>Meeting the deadlines of tasks</source>
        <translation>Тапсырмаларды орындау мерзімдерін сақтау</translation>
    </message>
    <message>
        <source>Independence and initiative</source>
        <translation>Дербестік және бастамашылық</translation>
    </message>
    <message>
        <source>Labour discipline</source>
        <translation>Еңбек тәртібі</translation>
    </message>
    <message>
        <source>%1: no mark.</source>
        <translation>%1: баға қойылмаған.</translation>
    </message>
</context>
<context>
    <name>ReassignCommand</name>
    <message>
        <source>new position of %1</source>
        <translation>%1: жаңа лауазым</translation>
    </message>
</context>
<context>
    <name>RecordAcquaintanceCommand</name>
    <message>
        <source>Record the acquaintance of %1 with the result of %2</source>
        <translation>%1 қызметшісін %2 бағалау нәтижесімен таныстыруды тіркеу</translation>
    </message>
</context>
<context>
    <name>RecordHearingCommand</name>
    <message>
        <source>Record the session&apos;s hearing</source>
        <translation>Сессиядағы тыңдау нәтижесін жазу</translation>
    </message>
</context>
<context>
    <name>RegisterApplicationCommand</name>
    <message>
        <source>Register the application of %1</source>
        <translation>%1 күнгі өтінішті тіркеу</translation>
    </message>
</context>
<context>
    <name>RemoveDraftKciCommand</name>
    <message>
        <source>remove KCI %1</source>
        <translation>%1-НМИ жою</translation>
    </message>
</context>
<context>
    <name>ReplaceAllowedMarksCommand</name>
    <message>
        <source>change the appendix-3 table</source>
        <translation>3-қосымшаның кестесін өзгерту</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>chief specialist</source>
        <translation>бас маман</translation>
    </message>
    <message>
        <source>chairman of the maslikhat</source>
        <translation>мәслихат төрағасы</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>мәслихат аппаратының басшысы</translation>
    </message>
    <message>
        <source>appointing official</source>
        <translation>тағайындауға құқығы бар лауазымды адам</translation>
    </message>
    <message>
        <source>servant</source>
        <translation>қызметші</translation>
    </message>
</context>
<context>
    <name>SaveDraftKciCommand</name>
    <message>
        <source>edit KCI %1</source>
        <translation>%1-НМИ өзгерту</translation>
    </message>
    <message>
        <source>add KCI %1</source>
        <translation>%1-НМИ қосу</translation>
    </message>
</context>
<context>
    <name>SaveKciSheetDraftCommand</name>
    <message>
        <source>save the KCI sheet draft</source>
        <translation>НМИ бойынша бағалау парағының жобасын сақтау</translation>
    </message>
</context>
<context>
    <name>SaveRankingDraftCommand</name>
    <message>
        <source>Save the ranking sheet of %1</source>
        <translation>Саралау бойынша бағалау парағын сақтау: %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>%1 схемасының нұсқасы оқылмады</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Bagalau (schema %2; this program knows schema %3 at most); the file was not changed</source>
        <translation>%1 файлы Bagalau бағдарламасының неғұрлым жаңа нұсқасымен жазылған (схема %2; бұл бағдарлама ең көбі %3 схемасын біледі); файл өзгертілмеді</translation>
    </message>
    <message>
        <source>no copy of the file could be taken before migrating, so it was not migrated: %1</source>
        <translation>миграция алдында файлдың көшірмесін алу мүмкін болмады, сондықтан миграция жүргізілмеді: %1</translation>
    </message>
    <message>
        <source>cannot start migration %1: %2</source>
        <translation>%1 миграциясын бастау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed and was rolled back: %3</source>
        <translation>%1 миграциясы (%2) сәтсіз аяқталып, кері қайтарылды: %3</translation>
    </message>
    <message>
        <source>migration %1 (%2) could not be committed: %3</source>
        <translation>%1 миграциясын (%2) бекіту мүмкін болмады: %3</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>A mark is a whole number from 0 to 5 (§27, §31); %1 is not a mark.</source>
        <translation>Баға — 0-ден 5-ке дейінгі бүтін сан (§27, §31); %1 баға бола алмайды.</translation>
    </message>
    <message>
        <source>A mark is missing: enter a whole number from 0 to 5 (§27, §31).</source>
        <translation>Баға қойылмаған: 0-ден 5-ке дейінгі бүтін санды енгізіңіз (§27, §31).</translation>
    </message>
    <message>
        <source>A mark is a whole number from 0 to 5 (§27, §31); &quot;%1&quot; is not a mark.</source>
        <translation>Баға — 0-ден 5-ке дейінгі бүтін сан (§27, §31); «%1» баға бола алмайды.</translation>
    </message>
    <message>
        <source>A quarter of the annual score is not a valid quarter.</source>
        <translation>Жылдық балл үшін берілген тоқсандардың бірі дұрыс тоқсан емес.</translation>
    </message>
    <message>
        <source>The annual score takes the quarters of one year; %1 and %2 are of different years.</source>
        <translation>Жылдық балл бір жылдың тоқсандары бойынша есептеледі; %1 және %2 әртүрлі жылдарға жатады.</translation>
    </message>
    <message>
        <source>The quarter %1 is given twice.</source>
        <translation>%1 тоқсаны екі рет берілген.</translation>
    </message>
    <message>
        <source>The quarter %1 was not evaluated but has a calibrated score.</source>
        <translation>%1 тоқсанында бағалау жүргізілмеген, бірақ ол үшін калибрленген балл берілген.</translation>
    </message>
    <message>
        <source>No quarter of the year was evaluated: there is no annual score.</source>
        <translation>Жылдың бірде-бір тоқсанында бағалау жүргізілмеген: жылдық балл жоқ.</translation>
    </message>
</context>
<context>
    <name>ScoreSheetService</name>
    <message>
        <source>no servant has this personnel number</source>
        <translation>осы табельдік нөмірі бар қызметші жоқ</translation>
    </message>
    <message>
        <source>a quarter is written YYYYQn, e.g. 2024Q2</source>
        <translation>тоқсан YYYYQn түрінде жазылады, мысалы, 2024Q2</translation>
    </message>
    <message>
        <source>the kind is ranking or kci</source>
        <translation>түрі ranking немесе kci болуы тиіс</translation>
    </message>
    <message>
        <source>the servant held no position in this quarter</source>
        <translation>қызметші осы тоқсанда лауазымда болмаған</translation>
    </message>
    <message>
        <source>the head of the apparatus is evaluated by KCI (§21)</source>
        <translation>аппарат басшысы НМИ бойынша бағаланады (§21)</translation>
    </message>
    <message>
        <source>corps B servants are evaluated by ranking (§28)</source>
        <translation>«Б» корпусының қызметшілері саралау әдісімен бағаланады (§28)</translation>
    </message>
    <message>
        <source>the file already has this servant&apos;s score sheet for this quarter</source>
        <translation>файлда осы қызметшінің осы тоқсанға бағалау парағы бұрыннан бар</translation>
    </message>
    <message>
        <source>the ranking sheet of this servant and quarter is repeated (first on line %1)</source>
        <translation>осы қызметшінің осы тоқсанға саралау бойынша бағалау парағы қайталанған (алғаш %1-жолда)</translation>
    </message>
    <message>
        <source>the KCI number is a whole number from 1 to 5 (§23)</source>
        <translation>НМИ нөмірі 1-ден 5-ке дейінгі бүтін сан болуы тиіс (§23)</translation>
    </message>
    <message>
        <source>this KCI of the servant and quarter is repeated (first on line %1)</source>
        <translation>осы қызметшінің осы тоқсандағы бұл НМИ қайталанған (алғаш %1-жолда)</translation>
    </message>
    <message>
        <source>the plan value is a number such as 95 or 12.5</source>
        <translation>жоспарлы мән сан болуы тиіс, мысалы, 95 немесе 12.5</translation>
    </message>
    <message>
        <source>the actual value is a number such as 95 or 12.5</source>
        <translation>нақты мән сан болуы тиіс, мысалы, 95 немесе 12.5</translation>
    </message>
    <message>
        <source>appendix 3 allows %1 to %2 for a realization of %3%</source>
        <translation>3-қосымша %3% іске асыру үшін %1 – %2 бағаларына рұқсат етеді</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>the approved individual work plan of %1 for %2 has no KCI %3 (§22)</source>
        <translation>%1: %2 кезеңіне арналған бекітілген жеке жұмыс жоспарында %3-НМИ жоқ (§22)</translation>
    </message>
    <message>
        <source>the plan value %1 differs from %2, the plan value of KCI %3 in the approved individual work plan</source>
        <translation>%1 жоспарлы мәні бекітілген жеке жұмыс жоспарындағы %3-НМИ-дің жоспарлы мәнінен (%2) өзгеше</translation>
    </message>
    <message>
        <source>the approved individual work plan also has KCI %1: every KCI of the plan has its line (§27)</source>
        <translation>бекітілген жеке жұмыс жоспарында %1-НМИ де бар: жоспардың әрбір НМИ-і үшін парақта жеке жол болуы тиіс (§27)</translation>
    </message>
    <message>
        <source>the approved plan has no KCI %1</source>
        <translation>бекітілген жоспарда %1-НМИ жоқ</translation>
    </message>
</context>
<context>
    <name>SetVoteCommand</name>
    <message>
        <source>Vote «%1»</source>
        <translation>«%1» деп дауыс беру</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Дауысты кері қайтарып алу</translation>
    </message>
</context>
<context>
    <name>SheetReopening</name>
    <message>
        <source>only a signed sheet can be reopened</source>
        <translation>тек қол қойылған бағалау парағын қайта ашуға болады</translation>
    </message>
    <message>
        <source>the servant has been acquainted with this result: only a calibration session changes it now (§12, §37)</source>
        <translation>қызметші осы нәтижемен таныстырылған: енді оны тек калибрлеу сессиясы өзгерте алады (§12, §37)</translation>
    </message>
    <message>
        <source>say why the signed sheet is reopened</source>
        <translation>қол қойылған бағалау парағының қайта ашылу себебін көрсетіңіз</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>the personnel number cannot be empty</source>
        <translation>табельдік нөмір бос болмауы тиіс</translation>
    </message>
    <message>
        <source>a servant with this personnel number is already in the file</source>
        <translation>осы табельдік нөмірі бар қызметші файлда бұрыннан бар</translation>
    </message>
    <message>
        <source>the personnel number is repeated (first on line %1)</source>
        <translation>табельдік нөмір қайталанған (алғаш %1-жолда)</translation>
    </message>
    <message>
        <source>the full name cannot be empty</source>
        <translation>тегі, аты, әкесінің аты бос болмауы тиіс</translation>
    </message>
    <message>
        <source>the unit cannot be empty</source>
        <translation>құрылымдық бөлімше көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the position cannot be empty</source>
        <translation>лауазым көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the date of appointment is required</source>
        <translation>тағайындалған күні көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the dismissal comes before the appointment (%1)</source>
        <translation>қызметтен босатылған күні тағайындалған күнінен бұрын (%1)</translation>
    </message>
    <message>
        <source>a servant with this IIN is already in the file</source>
        <translation>осы ЖСН-і бар қызметші файлда бұрыннан бар</translation>
    </message>
    <message>
        <source>the IIN is repeated (first on line %1)</source>
        <translation>ЖСН қайталанған (алғаш %1-жолда)</translation>
    </message>
    <message>
        <source>a servant cannot be their own manager</source>
        <translation>қызметші өзіне өзі басшы бола алмайды</translation>
    </message>
    <message>
        <source>no servant has this personnel number, in the file or in this list</source>
        <translation>осы табельдік нөмірі бар қызметші файлда да, осы тізімде де жоқ</translation>
    </message>
    <message>
        <source>the apparatus has one head at a time; line %1 names another for the same days</source>
        <translation>аппараттың бір мезгілде бір ғана басшысы болады; %1-жолда сол күндерге басқа басшы көрсетілген</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>an absence needs a first and a last day, the last not before the first</source>
        <translation>жұмыста болмау кезеңінің бірінші және соңғы күні көрсетілуі тиіс, соңғы күн біріншіден бұрын болмауы тиіс</translation>
    </message>
    <message>
        <source>no servant has this personnel number</source>
        <translation>осы табельдік нөмірі бар қызметші жоқ</translation>
    </message>
    <message>
        <source>no servant has the personnel number %1</source>
        <translation>%1 табельдік нөмірі бар қызметші жоқ</translation>
    </message>
    <message>
        <source>the servant can no longer be removed: the file refers to them in %1</source>
        <translation>қызметшіні енді жою мүмкін емес: файлдағы жазбалар оған сілтеме жасайды — %1</translation>
    </message>
    <message>
        <source>the servant has no such absence in the file</source>
        <translation>файлда қызметшінің мұндай жұмыста болмау кезеңі жоқ</translation>
    </message>
    <message>
        <source>the servant was dismissed on %1; cancel the dismissal first</source>
        <translation>қызметші %1 қызметтен босатылған; алдымен қызметтен босатудың күшін жойыңыз</translation>
    </message>
    <message>
        <source>the first day in the new position is required</source>
        <translation>жаңа лауазымдағы бірінші күн көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the new position must begin after the first day of the current one (%1)</source>
        <translation>жаңа лауазым ағымдағы лауазымдағы бірінші күннен (%1) кейін басталуы тиіс</translation>
    </message>
    <message>
        <source>the apparatus has one head at a time; %1 holds that position on that day</source>
        <translation>мәслихат аппаратында бір мезгілде тек бір басшы болады; сол күні бұл лауазымды %1 атқарады</translation>
    </message>
    <message>
        <source>the position is no longer the servant&apos;s last one; undo the later change first</source>
        <translation>бұл лауазым енді қызметшінің соңғы лауазымы емес; алдымен кейінгі өзгерісті болдырмаңыз</translation>
    </message>
    <message>
        <source>the position has ended since (on %1); undo that first</source>
        <translation>бұл лауазымдағы қызмет кейін аяқталған (%1); алдымен соны болдырмаңыз</translation>
    </message>
    <message>
        <source>a score sheet of %1 already depends on the new position</source>
        <translation>%1 бойынша бағалау парағы жаңа лауазымға негізделіп қойған</translation>
    </message>
    <message>
        <source>the file refers to the new position in %1</source>
        <translation>файлдағы жазбалар жаңа лауазымға сілтеме жасайды — %1</translation>
    </message>
    <message>
        <source>the servant holds no position that is still open</source>
        <translation>қызметшінің аяқталмаған лауазымы жоқ</translation>
    </message>
    <message>
        <source>the last day is required</source>
        <translation>соңғы күн көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the last day comes before the first day in the position (%1)</source>
        <translation>соңғы күн лауазымдағы бірінші күннен (%1) бұрын тұр</translation>
    </message>
    <message>
        <source>the servant was dismissed on %1; cancel the dismissal instead</source>
        <translation>қызметші %1 қызметтен босатылған; оның орнына қызметтен босатудың күшін жойыңыз</translation>
    </message>
    <message>
        <source>the servant&apos;s last position has not ended</source>
        <translation>қызметшінің соңғы лауазымдағы қызметі аяқталмаған</translation>
    </message>
    <message>
        <source>the servant was already dismissed on %1</source>
        <translation>қызметші %1 қызметтен босатылып қойған</translation>
    </message>
    <message>
        <source>the day of dismissal is required</source>
        <translation>қызметтен босатылған күн көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>the last position ended on %1; the dismissal must come after it</source>
        <translation>соңғы лауазымдағы қызмет %1 аяқталған; қызметтен босату осы күннен кейін болуы тиіс</translation>
    </message>
    <message>
        <source>the reason cannot be empty: the order or the article of the law</source>
        <translation>негіздеме бос болмауы тиіс: бұйрықты немесе заңның бабын көрсетіңіз</translation>
    </message>
    <message>
        <source>the servant has not been dismissed</source>
        <translation>қызметші қызметтен босатылмаған</translation>
    </message>
</context>
<context>
    <name>Survey360Text</name>
    <message>
        <source>Competency data: %1</source>
        <translation>Құзыреттер деректері: %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2).</source>
        <translation>JSON дұрыс емес (%1, %2 позициясында).</translation>
    </message>
    <message>
        <source>the top level is not an object.</source>
        <translation>жоғарғы деңгей объект емес.</translation>
    </message>
    <message>
        <source>the answer scale is missing.</source>
        <translation>жауаптар шкаласы жоқ.</translation>
    </message>
    <message>
        <source>an answer of the scale is not a whole number from 0 to 5.</source>
        <translation>шкаладағы жауаптардың бірі 0-ден 5-ке дейінгі бүтін сан емес.</translation>
    </message>
    <message>
        <source>the answers of the scale do not follow one another (%1 after %2).</source>
        <translation>шкала жауаптары бірінен соң бірі рет-ретімен келмейді (%2 мәнінен кейін %1).</translation>
    </message>
    <message>
        <source>the answer %1 of the scale lacks a label in Kazakh, Russian or English.</source>
        <translation>шкаланың %1 жауабының қазақ, орыс немесе ағылшын тілдерінің бірінде атауы жоқ.</translation>
    </message>
    <message>
        <source>the answer scale needs at least two answers.</source>
        <translation>жауаптар шкаласында кемінде екі жауап болуы тиіс.</translation>
    </message>
    <message>
        <source>the competency key &quot;%1&quot; is not lower-case ASCII.</source>
        <translation>«%1» құзырет кілті тек кіші әріпті ASCII таңбаларынан тұруы тиіс.</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice.</source>
        <translation>«%1» кілті екі рет пайдаланылған.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; lacks a name in Kazakh, Russian or English.</source>
        <translation>«%1» құзыретінің қазақ, орыс немесе ағылшын тілдерінің бірінде атауы жоқ.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; needs two or three behavioural indicators.</source>
        <translation>«%1» құзыретінде мінез-құлықтың екі немесе үш индикаторы болуы тиіс.</translation>
    </message>
    <message>
        <source>an indicator of &quot;%1&quot; lacks a text in Kazakh, Russian or English.</source>
        <translation>«%1» құзыреті индикаторларының бірінде қазақ, орыс немесе ағылшын тілдерінің бірінде мәтін жоқ.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; names an unknown or repeated form &quot;%2&quot;.</source>
        <translation>«%1» құзыретінде белгісіз немесе қайталанған «%2» нысаны көрсетілген.</translation>
    </message>
    <message>
        <source>the competency &quot;%1&quot; belongs to no form.</source>
        <translation>«%1» құзыреті ешбір нысанға жатпайды.</translation>
    </message>
    <message>
        <source>§34 sets 12 competencies for the head and 8 for corps B; the data has %1 and %2.</source>
        <translation>§34 басшы үшін 12 құзырет, «Б» корпусы үшін 8 құзырет белгілейді; деректерде — %1 және %2.</translation>
    </message>
    <message>
        <source>Competency data: cannot read %1 (%2).</source>
        <translation>Құзыреттер деректері: %1 оқылмады (%2).</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Өзін-өзі бағалау</translation>
    </message>
    <message>
        <source>Direct manager</source>
        <translation>Тікелей басшы</translation>
    </message>
    <message>
        <source>Direct subordinate</source>
        <translation>Тікелей бағынысты қызметкер</translation>
    </message>
    <message>
        <source>Peer working closely with the person</source>
        <translation>Тығыз өзара іс-қимыл жасайтын әріптес</translation>
    </message>
    <message>
        <source>A respondent is not identified.</source>
        <translation>Респондент анықталмаған.</translation>
    </message>
    <message>
        <source>The same person is in the circle twice (%1).</source>
        <translation>Бір адам респонденттер тобында екі рет көрсетілген (%1).</translation>
    </message>
    <message>
        <source>Only the evaluated person gives the self-assessment.</source>
        <translation>Өзін-өзі бағалауды тек бағаланатын адам жүргізеді.</translation>
    </message>
    <message>
        <source>The evaluated person takes part only through the self-assessment (§35).</source>
        <translation>Бағаланатын адам тек өзін-өзі бағалау арқылы қатысады (§35).</translation>
    </message>
    <message>
        <source>The circle needs the person&apos;s self-assessment exactly once (§35).</source>
        <translation>Респонденттер тобында бағаланатын адамның өзін-өзі бағалауы дәл бір рет болуы тиіс (§35).</translation>
    </message>
    <message>
        <source>The circle needs from 3 to 7 respondents besides the person (§35), not %1.</source>
        <translation>Респонденттер тобында бағаланатын адамнан басқа 3-тен 7-ге дейін респондент болуы тиіс (§35), %1 емес.</translation>
    </message>
    <message>
        <source>A person has one direct manager, not %1.</source>
        <translation>Адамның тікелей басшысы біреу болады, %1 емес.</translation>
    </message>
    <message>
        <source>The circle has no direct manager (§35).</source>
        <translation>Респонденттер тобында тікелей басшы жоқ (§35).</translation>
    </message>
    <message>
        <source>A questionnaire answers &quot;%1&quot;, which is not on this form.</source>
        <translation>Сауалнамада осы нысанда жоқ «%1» бойынша жауап берілген.</translation>
    </message>
    <message>
        <source>An answer %1 is off the scale %2–%3.</source>
        <translation>%1 жауабы %2–%3 шкаласынан тыс.</translation>
    </message>
    <message>
        <source>A questionnaire leaves &quot;%1&quot; unanswered.</source>
        <translation>Сауалнамада «%1» жауапсыз қалған.</translation>
    </message>
    <message>
        <source>There are two self-assessments.</source>
        <translation>Өзін-өзі бағалау екі рет берілген.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n respondent(s) besides the person answered; a 360 result needs at least 3, so none is shown.</source>
        <translation>
            <numerusform>Бағаланатын адамнан басқа тек %n респондент жауап берді; 360 бағалау нәтижесі үшін кемінде 3 респондент қажет, сондықтан нәтиже көрсетілмейді.</numerusform>
            <numerusform>Бағаланатын адамнан басқа тек %n респондент жауап берді; 360 бағалау нәтижесі үшін кемінде 3 респондент қажет, сондықтан нәтиже көрсетілмейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 respondents besides the person answered; §35 allows at most 7.</source>
        <translation>Бағаланатын адамнан басқа %1 респондент жауап берді; §35 бойынша ең көбі 7 респондентке рұқсат етіледі.</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>competencies</source>
        <translation>құзыреттер</translation>
    </message>
    <message>
        <source>the competencies of §34, their order and forms stay as shipped (&quot;%1&quot; expected); only their texts can be edited</source>
        <translation>§34 құзыреттері, олардың реті мен нысандары бағдарламамен берілген күйінде қалады (күтілетін мән: «%1»); тек олардың мәтіндерін өзгертуге болады</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>шкала</translation>
    </message>
    <message>
        <source>the answers of the scale stay %1–%2; only their labels can be edited</source>
        <translation>шкала жауаптары %1–%2 күйінде қалады; тек олардың атауларын өзгертуге болады</translation>
    </message>
    <message>
        <source>nothing was written: %1</source>
        <translation>ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>the year of a 360 survey is from 2000 to 2100</source>
        <translation>360 бағалау жылы 2000 жылдан 2100 жылға дейін болуы тиіс</translation>
    </message>
    <message>
        <source>the 360 survey of %1 already exists; a year has one (§33)</source>
        <translation>%1 жылғы 360 бағалау бұрыннан бар; жылына бір бағалау жүргізіледі (§33)</translation>
    </message>
    <message>
        <source>nobody is to be evaluated in %1 (§5): the staff list has no one who held a position for a month of that year</source>
        <translation>%1 жылы ешкім бағалауға жатпайды (§5): қызметкерлер тізімінде осы жылы кемінде бір ай лауазымда болған ешкім жоқ</translation>
    </message>
    <message>
        <source>person</source>
        <translation>бағаланатын адам</translation>
    </message>
    <message>
        <source>no such person in a 360 survey</source>
        <translation>360 бағалауда мұндай бағаланатын адам жоқ</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>респонденттер</translation>
    </message>
    <message>
        <source>the circle of respondents is fixed once the survey has started</source>
        <translation>сауалнама басталғаннан кейін респонденттер тобы өзгертілмейді</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>респондент</translation>
    </message>
    <message>
        <source>no servant has this personnel number</source>
        <translation>осы табельдік нөмірі бар қызметші жоқ</translation>
    </message>
    <message>
        <source>the person takes part only through the self-assessment, which is always there (§35)</source>
        <translation>бағаланатын адам тек өзін-өзі бағалау арқылы қатысады, ол әрқашан жүргізіледі (§35)</translation>
    </message>
    <message>
        <source>already in the circle</source>
        <translation>респонденттер тобына бұрыннан енгізілген</translation>
    </message>
    <message>
        <source>a circle has at most 7 respondents besides the person (§35)</source>
        <translation>респонденттер тобында бағаланатын адамнан басқа ең көбі 7 респондент болады (§35)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>санат</translation>
    </message>
    <message>
        <source>the circle already has the direct manager, %1</source>
        <translation>респонденттер тобында тікелей басшы бұрыннан бар — %1</translation>
    </message>
    <message>
        <source>not in the circle</source>
        <translation>респонденттер тобына кірмейді</translation>
    </message>
    <message>
        <source>the self-assessment is part of every circle (§35)</source>
        <translation>өзін-өзі бағалау әрбір респонденттер тобына кіреді (§35)</translation>
    </message>
    <message>
        <source>the 360 survey of %1 has already started</source>
        <translation>%1 жылғы 360 бағалау басталып қойған</translation>
    </message>
    <message>
        <source>there is no 360 survey of %1 to start</source>
        <translation>%1 жылы бастауға болатын 360 бағалау жоқ</translation>
    </message>
    <message>
        <source>codes are given while the 360 survey of %1 is open</source>
        <translation>кодтар %1 жылғы 360 бағалау ашық кезде беріледі</translation>
    </message>
    <message>
        <source>the random number generator is not ready</source>
        <translation>кездейсоқ сандар генераторы дайын емес</translation>
    </message>
    <message>
        <source>only an open 360 survey can be closed</source>
        <translation>тек ашық 360 бағалауды жабуға болады</translation>
    </message>
    <message>
        <source>A code is eight letters and digits, as printed on the slip (ABCD-EFGH).</source>
        <translation>Код бланкіде басылғандай сегіз әріп пен цифрдан тұрады (ABCD-EFGH).</translation>
    </message>
    <message>
        <source>This code opens no questionnaire: it is mistyped, already used, or the survey is closed.</source>
        <translation>Бұл код ешбір сауалнаманы ашпайды: ол қате енгізілген, бұрын пайдаланылған немесе 360 бағалау жабылған.</translation>
    </message>
    <message>
        <source>not answered; every competency needs an answer from %1</source>
        <translation>жауап берілмеген; әр құзырет бойынша %1 аралығында жауап қажет</translation>
    </message>
    <message>
        <source>an answer is a whole number from %1</source>
        <translation>жауап %1 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>құзырет</translation>
    </message>
    <message>
        <source>not a competency of this questionnaire (§34)</source>
        <translation>бұл сауалнаманың құзыреті емес (§34)</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>сауалнама</translation>
    </message>
    <message>
        <source>already answered</source>
        <translation>жауап бұрын берілген</translation>
    </message>
    <message>
        <source>no free random id</source>
        <translation>бос кездейсоқ идентификатор жоқ</translation>
    </message>
    <message>
        <source>this code does not open a questionnaire about this person</source>
        <translation>бұл код осы бағаланатын адам туралы сауалнаманы ашпайды</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>refused: the account %1 belongs to no servant</source>
        <translation>рұқсат етілмеді: %1 есептік жазбасы ешбір қызметшіге тиесілі емес</translation>
    </message>
    <message>
        <source>you have no open questionnaire about this person: it was answered, never asked of you, or the survey is closed</source>
        <translation>сізде осы адам туралы ашық сауалнама жоқ: ол толтырылған, сізге берілмеген немесе 360 бағалау жабылған</translation>
    </message>
    <message>
        <source>paper questionnaires are entered while the person&apos;s 360 survey is open</source>
        <translation>қағаз сауалнамалар бағаланатын адамның 360 бағалауы ашық кезде енгізіледі</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>өзін-өзі бағалау</translation>
    </message>
    <message>
        <source>other respondent</source>
        <translation>басқа респондент</translation>
    </message>
    <message>
        <source>the self-assessment has already been answered</source>
        <translation>өзін-өзі бағалау бұрын толтырылған</translation>
    </message>
    <message>
        <source>every respondent of this person has already answered</source>
        <translation>осы адамның барлық респонденттері жауап беріп қойған</translation>
    </message>
    <message>
        <source>No such person in a 360 survey.</source>
        <translation>360 бағалауда мұндай бағаланатын адам жоқ.</translation>
    </message>
    <message>
        <source>The 360 reports of %1 are shown once the survey is closed, so that no one can follow a result change with each answer.</source>
        <translation>%1 жылғы 360 бағалау есептері бағалау жабылғаннан кейін көрсетіледі, осылайша ешкім әр жауаптан кейін нәтиженің өзгеруін бақылай алмайды.</translation>
    </message>
    <message>
        <source>The training needs of %1 are known once its 360 survey is closed.</source>
        <translation>%1 жылғы оқытуға деген қажеттіліктер осы жылғы 360 бағалау жабылғаннан кейін анықталады.</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>a transfer needs a valid day off and a valid working day</source>
        <translation>ауыстыру үшін нақты демалыс күні мен нақты жұмыс күні қажет</translation>
    </message>
    <message>
        <source>the day off %1 is already a Saturday or Sunday</source>
        <translation>%1 демалыс күні онсыз да сенбіге немесе жексенбіге түседі</translation>
    </message>
    <message>
        <source>the working day %1 is not a Saturday or Sunday</source>
        <translation>%1 жұмыс күні сенбіге немесе жексенбіге түспейді</translation>
    </message>
</context>
<context>
    <name>VotesText</name>
    <message>
        <source>For</source>
        <translation>Жақтап</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Қалыс қалды</translation>
    </message>
    <message>
        <source>The commission has no members.</source>
        <translation>Комиссияның мүшелері жоқ.</translation>
    </message>
    <message>
        <source>The commission needs exactly one chair, not %1.</source>
        <translation>Комиссияның төрағасы дәл біреу болуы тиіс, %1 емес.</translation>
    </message>
    <message>
        <source>A member of the commission is not identified.</source>
        <translation>Комиссия мүшелерінің бірі анықталмаған.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the commission.</source>
        <translation>%1 Комиссия құрамында екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>The secretary of the commission is not one of its voting members (§59).</source>
        <translation>Комиссия хатшысы оның дауыс беретін мүшелерінің қатарына кірмейді (§59).</translation>
    </message>
    <message>
        <source>The secretary of the commission does not vote (§59); the ballot is refused.</source>
        <translation>Комиссия хатшысы дауыс бермейді (§59); дауыс қабылданбады.</translation>
    </message>
    <message>
        <source>%1 is not a member of the commission and cannot vote.</source>
        <translation>%1 Комиссия мүшесі емес және дауыс бере алмайды.</translation>
    </message>
    <message>
        <source>%1 is not present and cannot vote.</source>
        <translation>%1 отырыста жоқ және дауыс бере алмайды.</translation>
    </message>
    <message>
        <source>%1 has already voted.</source>
        <translation>%1 дауыс беріп қойған.</translation>
    </message>
</context>
<context>
    <name>bagalau::AbsenceDialog</name>
    <message>
        <source>The absence could not be added.</source>
        <translation>Жұмыста болмау кезеңі қосылмады.</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Жұмыста болмаудың жаңа кезеңі</translation>
    </message>
    <message>
        <source>Servant: %1</source>
        <translation>Қызметші: %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Бірінші күні:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Соңғы күні:</translation>
    </message>
</context>
<context>
    <name>bagalau::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Рөлдер:</translation>
    </message>
    <message>
        <source>&amp;Servant&apos;s personnel number:</source>
        <translation>Қызметшінің &amp;табельдік нөмірі:</translation>
    </message>
    <message>
        <source>required for a servant or the head</source>
        <translation>қызметші немесе аппарат басшысы үшін міндетті</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді &amp;растау:</translation>
    </message>
</context>
<context>
    <name>bagalau::AccountModel</name>
    <message>
        <source>disabled</source>
        <translation>ажыратылған</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Қызметші</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Ажыратылған</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Қашанға дейін бұғатталған</translation>
    </message>
</context>
<context>
    <name>bagalau::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Filter by login, name, role or servant</source>
        <translation>Логин, аты-жөні, рөл немесе қызметші бойынша сүзу</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Құпиясөзді қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Ажырату</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Рөлдер…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Есептік жазбаны ажырату</translation>
    </message>
    <message>
        <source>Disable the account %1? It will no longer be able to sign in.</source>
        <translation>%1 есептік жазбасы ажыратылсын ба? Онымен бұдан былай жүйеге кіру мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>No accounts: the file is open to whoever opens it. Add… creates the first account, the chief specialist&apos;s; from then on everyone signs in.</source>
        <translation>Есептік жазбалар жоқ: файлды ашқан кез келген адам оған қол жеткізе алады. «Қосу…» батырмасы бірінші есептік жазбаны — бас маманның есептік жазбасын құрады; бұдан әрі барлығы жүйеге өз есептік жазбасымен кіреді.</translation>
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
        <translation>Бағалау нәтижелерімен таныстыру</translation>
    </message>
    <message>
        <source>&amp;Acquainted on:</source>
        <translation>&amp;Таныстырылған күні:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Тә&amp;сілі:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Деректемелері:</translation>
    </message>
    <message>
        <source>the letter&apos;s number, the message&apos;s date and time…</source>
        <translation>хаттың нөмірі, хабарламаның күні мен уақыты…</translation>
    </message>
    <message>
        <source>Application due (§12):</source>
        <translation>Өтініш беру мерзімі (§12):</translation>
    </message>
    <message>
        <source>The servant may apply for a calibration session within five working days</source>
        <translation>Қызметші бес жұмыс күні ішінде калибрлеу сессиясын өткізу туралы өтініш бере алады</translation>
    </message>
</context>
<context>
    <name>bagalau::AllowedMarkModel</name>
    <message>
        <source>and above</source>
        <translation>және одан жоғары</translation>
    </message>
    <message>
        <source>From, %</source>
        <comment>realization percent</comment>
        <translation>Төменгі шегі, %</translation>
    </message>
    <message>
        <source>To, % (empty: and above)</source>
        <translation>Жоғарғы шегі, % (бос болса: және одан жоғары)</translation>
    </message>
    <message>
        <source>Lowest mark</source>
        <translation>Ең төмен баға</translation>
    </message>
    <message>
        <source>Highest mark</source>
        <translation>Ең жоғары баға</translation>
    </message>
</context>
<context>
    <name>bagalau::AllowedMarksEditor</name>
    <message>
        <source>row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Appendix 3: the marks allowed on a KCI score sheet for each percent of a KCI&apos;s realization. Bounds are included and have up to two decimals; leave the last row&apos;s upper bound empty for &quot;and above&quot;. Until rows are entered, any mark 0–5 is accepted (decision 10).</source>
        <translation>3-қосымша: НМИ бойынша бағалау парағында НМИ іске асырылуының әр пайызы үшін рұқсат етілген бағалар. Шектер аралыққа кіреді және екіден аспайтын ондық таңбамен көрсетіледі; «және одан жоғары» үшін соңғы жолдың жоғарғы шегін бос қалдырыңыз. Жолдар енгізілгенге дейін 0–5 аралығындағы кез келген баға қабылданады (10-шешім).</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Жол &amp;қосу</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Жолды &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Save table</source>
        <translation>Кестені &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>bagalau::AppealModel</name>
    <message>
        <source>refused: late</source>
        <translation>бас тартылды: мерзімі өткен</translation>
    </message>
    <message>
        <source>awaits the decision</source>
        <translation>шешім күтілуде</translation>
    </message>
    <message>
        <source>session held, protocol not signed</source>
        <translation>сессия өткізілді, хаттамаға қол қойылмаған</translation>
    </message>
    <message>
        <source>session ordered</source>
        <translation>сессия тағайындалды</translation>
    </message>
    <message>
        <source>protocol signed, feedback given</source>
        <translation>хаттамаға қол қойылды, кері байланыс берілді</translation>
    </message>
    <message>
        <source>protocol signed</source>
        <translation>хаттамаға қол қойылды</translation>
    </message>
    <message>
        <source>no session ordered</source>
        <translation>сессия тағайындалмады</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, personnel No. %2</source>
        <translation>%1, табельдік нөмірі %2</translation>
    </message>
    <message>
        <source>Protocol No. %1 of %2; to be posted by %3 (§41)</source>
        <translation>%2 күнгі № %1 хаттама; %3 дейін орналастырылуы тиіс (§41)</translation>
    </message>
    <message>
        <source>§38: the decision within 3 working days of the application</source>
        <translation>§38: шешім өтініш берілген күннен бастап 3 жұмыс күні ішінде қабылданады</translation>
    </message>
    <message>
        <source>§39: the session within 10 working days of the application</source>
        <translation>§39: сессия өтініш берілген күннен бастап 10 жұмыс күні ішінде өткізіледі</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Қызметші</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source>Session due</source>
        <translation>Сессия мерзімі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>bagalau::AppealsPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: score %3; acquainted on %4, applied on %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: балл %3; таныстырылған күні %4, өтініш берілген күні %5.</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Өтініш: %1</translation>
    </message>
    <message>
        <source>Refused: the application came after the five working days of §12.</source>
        <translation>Бас тартылды: өтініш §12-де белгіленген бес жұмыс күні өткеннен кейін берілген.</translation>
    </message>
    <message>
        <source>The appointing official decides by %1 (§38); the session is held by %2 (§39).</source>
        <translation>Тағайындауға құқығы бар лауазымды адам %1 дейін шешім қабылдайды (§38); сессия %2 дейін өткізіледі (§39).</translation>
    </message>
    <message>
        <source>No session was ordered (decision of %1).</source>
        <translation>Сессия тағайындалмады (%1 күнгі шешім).</translation>
    </message>
    <message>
        <source>%1 (evaluator)</source>
        <translation>%1 (бағалаушы адам)</translation>
    </message>
    <message>
        <source>Session ordered on %1 by %2; to be held by %3. Members: %4.</source>
        <translation>Сессия %1 тағайындалды (%2); %3 дейін өткізілуі тиіс. Құрамы: %4.</translation>
    </message>
    <message>
        <source>Protocol No. %1 signed on %2; to be posted by %3 (§41).</source>
        <translation>№ %1 хаттамаға %2 қол қойылды; %3 дейін орналастырылуы тиіс (§41).</translation>
    </message>
    <message>
        <source>Feedback meeting held on %1 (§42).</source>
        <translation>Кері байланыс бойынша кездесу %1 өткізілді (§42).</translation>
    </message>
    <message>
        <source>Choose an application in the list.</source>
        <translation>Тізімнен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Final score by the protocol: %1</source>
        <translation>Хаттама бойынша қорытынды балл: %1</translation>
    </message>
    <message>
        <source>Outcome so far: the score stays %1</source>
        <translation>Ағымдағы нәтиже: балл өзгеріссіз қалады — %1</translation>
    </message>
    <message>
        <source>Outcome so far: the score becomes %1</source>
        <translation>Ағымдағы нәтиже: балл %1 болады</translation>
    </message>
    <message>
        <source>The application is registered; the decision is due by %1.</source>
        <translation>Өтініш тіркелді; шешім %1 дейін қабылдануы тиіс.</translation>
    </message>
    <message>
        <source>%1, %2: application of %3</source>
        <translation>%1, %2: %3 күнгі өтініш</translation>
    </message>
    <message>
        <source>A proposed score is a number from 0 to 5 with up to two decimals, such as 4 or 3,75.</source>
        <translation>Ұсынылатын балл — 0-ден 5-ке дейінгі, ондық таңбасы екіден аспайтын сан, мысалы, 4 немесе 3,75.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Appeals and calibration</source>
        <translation>Шағымдар және калибрлеу</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Кез келген баған бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s)</source>
        <translation>
            <numerusform>%n өтініштің ішінен %1 көрсетілген</numerusform>
            <numerusform>%n өтініштің ішінен %1 көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration session</source>
        <translation>Калибрлеу сессиясы</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Өткізілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>E&amp;valuator&apos;s argument:</source>
        <translation>Бағалаушы адамның &amp;дәлелдері:</translation>
    </message>
    <message>
        <source>Ser&amp;vant&apos;s position:</source>
        <translation>Қызметшінің &amp;ұстанымы:</translation>
    </message>
    <message>
        <source>Save the &amp;hearing</source>
        <translation>Тыңдау нәтижесін &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>Ұсы&amp;ныс:</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>why the score should change</source>
        <translation>балды өзгерту себебі</translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation>Ұсыныс &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Register application…</source>
        <translation>Өтінішті &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Шешім қабылдау…</translation>
    </message>
    <message>
        <source>The appointing official&apos;s decision and the members (§38)</source>
        <translation>Тағайындауға құқығы бар лауазымды адамның шешімі және қатысушылар құрамы (§38)</translation>
    </message>
    <message>
        <source>&amp;Sign protocol…</source>
        <translation>&amp;Хаттамаға қол қою…</translation>
    </message>
    <message>
        <source>&amp;Feedback meeting…</source>
        <translation>Кері &amp;байланыс бойынша кездесу…</translation>
    </message>
</context>
<context>
    <name>bagalau::ApplicationDialog</name>
    <message>
        <source>Acquainted on %1; an application is due by %2 (§12)</source>
        <translation>Нәтижелермен таныстырылған күні — %1; өтініш %2 дейін берілуі тиіс (§12)</translation>
    </message>
    <message>
        <source>Late: the application was due on %1. It will be kept as refused (§12).</source>
        <translation>Мерзімі өтіп кетті: өтініш %1 дейін берілуі тиіс еді. Ол қабылданбаған ретінде тіркеледі (§12).</translation>
    </message>
    <message>
        <source>Register as &amp;refused</source>
        <translation>&amp;Қабылданбаған ретінде тіркеу</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>The application could not be registered.</source>
        <translation>Өтініш тіркелмеді.</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Score &amp;sheet:</source>
        <translation>Бағалау &amp;парағы:</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Берілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтіні:</translation>
    </message>
    <message>
        <source>What the servant disagrees with, in their words</source>
        <translation>Қызметші немен келіспейді — өз сөзімен</translation>
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
        <translation>Комиссияның ашық дауыс беруі</translation>
    </message>
    <message>
        <source>approve the result (§62)</source>
        <translation>бағалау нәтижелерін бекіту (§62)</translation>
    </message>
    <message>
        <source>revise the result (§63)</source>
        <translation>бағалау нәтижелерін қайта қарау (§63)</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Ұсыныс:</translation>
    </message>
    <message>
        <source>&amp;Corrected grade:</source>
        <translation>&amp;Түзетілген баға:</translation>
    </message>
    <message>
        <source>&amp;Recommendations:</source>
        <translation>Ұсыным&amp;дар:</translation>
    </message>
    <message>
        <source>%1 (chair):</source>
        <translation>%1 (төраға):</translation>
    </message>
    <message>
        <source>A tie is decided by the chair&apos;s vote (§58).</source>
        <translation>Дауыстар тең болған жағдайда төрағаның дауысы шешуші болып табылады (§58).</translation>
    </message>
</context>
<context>
    <name>bagalau::CatalogueDialog</name>
    <message>
        <source>Competencies and indicators</source>
        <translation>Құзыреттер және индикаторлар</translation>
    </message>
    <message>
        <source>The names of the competencies of §34, their behavioural indicators and the labels of the answer scale, in Kazakh, Russian and English. Keys, forms and answer values stay as they are, so that answers already given keep their meaning.</source>
        <translation>§34 бойынша құзыреттердің атаулары, олардың мінез-құлық индикаторлары және жауаптар шкаласының атаулары қазақ, орыс және ағылшын тілдерінде. Бұрын берілген жауаптардың мағынасы сақталуы үшін кілттер, нысандар және жауап мәндері өзгеріссіз қалады.</translation>
    </message>
</context>
<context>
    <name>bagalau::Chapter6PlanDialog</name>
    <message>
        <source>Annual plan of chapter 6</source>
        <translation>6-тарау бойынша жылдық жоспар</translation>
    </message>
    <message>
        <source>&amp;Servant:</source>
        <translation>&amp;Қызметші:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Drawn up on:</source>
        <translation>&amp;Жасалған күні:</translation>
    </message>
    <message>
        <source>KCI</source>
        <translation>НМИ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Less is better</source>
        <translation>Аз болғаны жақсы</translation>
    </message>
    <message>
        <source>&amp;Five KCI (§46):</source>
        <translation>&amp;Бес НМИ (§46):</translation>
    </message>
    <message>
        <source>The plan of KCI %1 is a number such as 95 or 12.5.</source>
        <translation>%1-НМИ жоспарлы мәні сан болуы тиіс, мысалы, 95 немесе 12.5.</translation>
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
        <translation>5-тен %1: %2</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>%1 келісілді</translation>
    </message>
    <message>
        <source>returned on %1</source>
        <translation>%1 пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>awaits the superior manager</source>
        <translation>жоғары тұрған басшының қарауында</translation>
    </message>
    <message>
        <source>resubmit by %1</source>
        <translation>%1 дейін қайта енгізу</translation>
    </message>
    <message>
        <source>to the Commission by %1</source>
        <translation>%1 дейін Комиссияның қарауына шығару</translation>
    </message>
    <message>
        <source>approved: %1</source>
        <translation>бекітілді: %1</translation>
    </message>
    <message>
        <source>revised: %1</source>
        <translation>қайта қаралды: %1</translation>
    </message>
    <message>
        <source>§67: a complaint within 10 working days of the decision</source>
        <translation>§67: шешім шығарылған күннен бастап 10 жұмыс күні ішінде шағымдану</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Қызметші</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>KCI achieved</source>
        <translation>Қол жеткізілген НМИ</translation>
    </message>
    <message>
        <source>Superior manager</source>
        <translation>Жоғары тұрған басшы</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Complaint due</source>
        <translation>Шағымдану мерзімі</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionDialog</name>
    <message>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionFormDialog</name>
    <message>
        <source>Form the Commission</source>
        <translation>Комиссияны құру</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Әр жолға бір аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Formed on:</source>
        <translation>Құрылған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Өкім:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Төраға:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Мүшелері:</translation>
    </message>
    <message>
        <source>&amp;Secretary (does not vote, §59):</source>
        <translation>&amp;Хатшы (дауыс бермейді, §59):</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionPage</name>
    <message numerus="yes">
        <source>Meeting of %1, protocol No. %2: %n member(s) present, quorum.</source>
        <translation>
            <numerusform>%1 күнгі отырыс, № %2 хаттама: Комиссияның %n мүшесі қатысуда, кворум бар.</numerusform>
            <numerusform>%1 күнгі отырыс, № %2 хаттама: Комиссияның %n мүшесі қатысуда, кворум бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting of %1, protocol No. %2: %n member(s) present, no quorum (§55): it decides nothing.</source>
        <translation>
            <numerusform>%1 күнгі отырыс, № %2 хаттама: Комиссияның %n мүшесі қатысуда, кворум жоқ (§55): отырыс ешқандай шешім қабылдамайды.</numerusform>
            <numerusform>%1 күнгі отырыс, № %2 хаттама: Комиссияның %n мүшесі қатысуда, кворум жоқ (§55): отырыс ешқандай шешім қабылдамайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is recorded. The direct manager&apos;s sheet comes next.</source>
        <translation>Жоспар енгізілді. Келесі кезекте — тікелей басшының бағалау парағы.</translation>
    </message>
    <message>
        <source>KCI %1, %2 (plan %3):</source>
        <translation>%1-НМИ, %2 (жоспар %3):</translation>
    </message>
    <message>
        <source>KCI %1:</source>
        <translation>%1-НМИ:</translation>
    </message>
    <message>
        <source>Agreed: to the Commission by %1 (§53).</source>
        <translation>Келісілді: %1 дейін Комиссияның қарауына шығарылуы тиіс (§53).</translation>
    </message>
    <message>
        <source>Returned: the sheet is to be resubmitted by %1 (§52).</source>
        <translation>Пысықтауға қайтарылды: бағалау парағы %1 дейін қайта енгізілуі тиіс (§52).</translation>
    </message>
    <message>
        <source>%1: %2 of 5 KCI achieved, %3</source>
        <translation>%1: 5 НМИ-ден %2 НМИ-ге қол жеткізілді, %3</translation>
    </message>
    <message>
        <source>Adopted by the chair&apos;s vote in a tie (§58): %1 for, %2 against.</source>
        <translation>Дауыстар тең болғандықтан, төрағаның дауысымен қабылданды (§58): жақтап — %1, қарсы — %2.</translation>
    </message>
    <message>
        <source>Adopted: %1 for, %2 against.</source>
        <translation>Қабылданды: жақтап — %1, қарсы — %2.</translation>
    </message>
    <message>
        <source>Not adopted: %1 for, %2 against. The case awaits another proposal.</source>
        <translation>Қабылданбады: жақтап — %1, қарсы — %2. Іс бойынша басқа ұсыныс күтілуде.</translation>
    </message>
    <message>
        <source>Commission (chapter 6)</source>
        <translation>Комиссия (6-тарау)</translation>
    </message>
    <message>
        <source>For servants on social or sick leave during work from %1 to %2: an annual plan of five KCI, graded by the number achieved (§43–48). The chapter ceased to be in force on %3.</source>
        <translation>Әлеуметтік демалыста немесе уақытша еңбекке жарамсыздық кезеңінде болған қызметшілердің %1 – %2 аралығындағы жұмысы үшін: бес НМИ бар жылдық жоспар, баға қол жеткізілген НМИ санына қарай қойылады (§43–48). Бұл тарау %3 күшін жойды.</translation>
    </message>
    <message>
        <source>&amp;Members of the Commission</source>
        <translation>Комиссия &amp;құрамы</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <source>&amp;Form…</source>
        <translation>Құ&amp;ру…</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Жаңа жоспар…</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;sheet…</source>
        <translation>Басшының &amp;парағы…</translation>
    </message>
    <message>
        <source>Superior &amp;agrees</source>
        <translation>Жоғары тұрған басшы &amp;келіседі</translation>
    </message>
    <message>
        <source>Superior &amp;returns</source>
        <translation>Пысықтауға қа&amp;йтару</translation>
    </message>
    <message>
        <source>&amp;Meeting…</source>
        <translation>&amp;Отырыс…</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Дауыс беру…</translation>
    </message>
    <message>
        <source>No members yet: Form… sets up the Commission and its chairman.</source>
        <translation>Құрам әлі жоқ: «Құру…» батырмасы Комиссияның құрамын және оның төрағасын белгілейді.</translation>
    </message>
    <message>
        <source>No cases yet: New plan… opens one for a servant who was on social or sick leave between 01.07.2021 and 31.12.2022 (§43).</source>
        <translation>Әзірге істер жоқ: «Жаңа жоспар…» батырмасы 01.07.2021 бастап 31.12.2022 дейінгі кезеңде әлеуметтік демалыста немесе уақытша еңбекке жарамсыздық кезеңінде болған қызметші бойынша іс ашады (§43).</translation>
    </message>
</context>
<context>
    <name>bagalau::CommissionSeatModel</name>
    <message>
        <source>chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>secretary (does not vote)</source>
        <translation>хатшы (дауыс бермейді)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>bagalau::CompetencyRadarChart</name>
    <message>
        <source>Others&apos; mean</source>
        <translation>Басқалардың орташа бағасы</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Өзін-өзі бағалау</translation>
    </message>
</context>
<context>
    <name>bagalau::CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
</context>
<context>
    <name>bagalau::DashboardPage</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: its number, its year</comment>
        <translation>%2 жылғы %1-тоқсан</translation>
    </message>
    <message>
        <source>&amp;Score sheets of %1 signed (due %2):</source>
        <translation>%1 бойынша қол қойылған &amp;бағалау парақтары (мерзімі — %2):</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>sheets signed of due</comment>
        <translation>
            <numerusform>%n ішінен %1</numerusform>
            <numerusform>%n ішінен %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Score sheets of the quarter in evaluation:</source>
        <translation>Бағаланып жатқан тоқсанның &amp;бағалау парақтары:</translation>
    </message>
    <message>
        <source>no file open</source>
        <translation>файл ашылмаған</translation>
    </message>
    <message>
        <source>&amp;360 survey of %1 answered (due %2):</source>
        <translation>%1 бойынша &amp;360 бағалауға берілген жауаптар (мерзімі — %2):</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>answers of questionnaires</comment>
        <translation>
            <numerusform>%n ішінен %1</numerusform>
            <numerusform>%n ішінен %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;360 survey:</source>
        <translation>&amp;360 бағалау:</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 жағдай бойынша</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%n істің ішінен %1 көрсетілген</numerusform>
            <numerusform>%n істің ішінен %1 көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>мерзімі өткені: %n</numerusform>
            <numerusform>мерзімі өткені: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Due in the next %n day(s) and overdue:</source>
        <translation>
            <numerusform>Алдағы %n күндегі және мерзімі өткен &amp;істер:</numerusform>
            <numerusform>Алдағы %n күндегі және мерзімі өткен &amp;істер:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Кез келген баған бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Go to where this item is dealt with (Enter)</source>
        <translation>Осы іс орындалатын бөлімге өту (Enter)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Read the file again (F5)</source>
        <translation>Файлды қайта оқу (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s) and nothing is overdue.</source>
        <translation>
            <numerusform>Алдағы %n күнде мерзімі келетін істер жоқ, мерзімі өткен істер де жоқ.</numerusform>
            <numerusform>Алдағы %n күнде мерзімі келетін істер жоқ, мерзімі өткен істер де жоқ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bagalau::DeadlineModel</name>
    <message>
        <source>Period starts</source>
        <translation>Кезеңнің басталуы</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Кезеңнің аяқталуы</translation>
    </message>
    <message>
        <source>KCI plan due</source>
        <translation>НМИ бар жеке жұмыс жоспарын жасау мерзімі</translation>
    </message>
    <message>
        <source>Head&apos;s notice due</source>
        <translation>Аппарат басшысына бағалау туралы хабарлама беру мерзімі</translation>
    </message>
    <message>
        <source>Corps B notice due</source>
        <translation>«Б» корпусының қызметшілеріне бағалау туралы хабарлама беру мерзімі</translation>
    </message>
    <message>
        <source>KCI preliminary values due</source>
        <translation>НМИ нақты мәндерінің алдын ала есебін ұсыну мерзімі</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Бағалауды аяқтау мерзімі</translation>
    </message>
    <message>
        <source>360 survey due</source>
        <translation>360 әдісімен бағалауды аяқтау мерзімі</translation>
    </message>
    <message>
        <source>Annual score due</source>
        <translation>Жылдық балл есептеу мерзімі</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter</comment>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <source>Moved from %1 by the last change</source>
        <translation>Соңғы өзгеріске байланысты %1 күнінен ауыстырылды</translation>
    </message>
    <message>
        <source>Counted on a year whose calendar is not confirmed: it may still move</source>
        <translation>Күнтізбесі расталмаған жыл бойынша есептелген: әлі өзгеруі мүмкін</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, weekday</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>бұрын: %1</translation>
    </message>
    <message>
        <source>unconfirmed year</source>
        <translation>расталмаған жыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>bagalau::DocumentPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Басып шығару алдында қарау</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>&amp;ODT-ге экспорттау…</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument мәтіні (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
</context>
<context>
    <name>bagalau::DocumentsPage</name>
    <message>
        <source>Preparing the forms…</source>
        <translation>Нысандар дайындалуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Нысан:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Тоқсан:</translation>
    </message>
    <message>
        <source>&amp;Application or meeting №:</source>
        <translation>&amp;Өтініштің немесе отырыстың №:</translation>
    </message>
    <message>
        <source>&amp;Servant:</source>
        <translation>&amp;Қызметші:</translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>Нысанның т&amp;ілі:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>&amp;ODT-ге экспорттау…</translation>
    </message>
    <message>
        <source>Individual work plan (appendix 1)</source>
        <translation>Жеке жұмыс жоспары (1-қосымша)</translation>
    </message>
    <message>
        <source>KCI score sheet (appendix 2)</source>
        <translation>НМИ бойынша бағалау парағы (2-қосымша)</translation>
    </message>
    <message>
        <source>Ranking score sheet (appendix 4)</source>
        <translation>Саралау әдісі бойынша бағалау парағы (4-қосымша)</translation>
    </message>
    <message>
        <source>Notice of evaluation (§26, §30)</source>
        <translation>Бағалау жүргізу туралы хабарлама (§26, §30)</translation>
    </message>
    <message>
        <source>Quarter results list</source>
        <translation>Тоқсан нәтижелерінің тізімі</translation>
    </message>
    <message>
        <source>360 individual report (appendix 7)</source>
        <translation>360 бағалау бойынша жеке есеп (7-қосымша)</translation>
    </message>
    <message>
        <source>Feedback form (appendix 8)</source>
        <translation>Кері байланыс нысаны (8-қосымша)</translation>
    </message>
    <message>
        <source>Calibration session protocol (§41)</source>
        <translation>Калибрлеу сессиясының хаттамасы (§41)</translation>
    </message>
    <message>
        <source>Commission protocol (appendix 11)</source>
        <translation>Комиссия отырысының хаттамасы (11-қосымша)</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>%1 тоқсаны</translation>
    </message>
    <message>
        <source>All servants of the quarter</source>
        <translation>Тоқсандағы барлық қызметшілер</translation>
    </message>
</context>
<context>
    <name>bagalau::DueItemModel</name>
    <message>
        <source>the organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>%1 бастап мерзімі өткен: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Whom it concerns</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельдік №</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
</context>
<context>
    <name>bagalau::EndOfServiceDialog</name>
    <message>
        <source>The dismissal could not be recorded.</source>
        <translation>Қызметтен босату тіркелмеді.</translation>
    </message>
    <message>
        <source>The assignment could not be ended.</source>
        <translation>Лауазымдағы қызметті аяқтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Servant: %1</source>
        <translation>Қызметші: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Лауазым: %1</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Қызметтен босату</translation>
    </message>
    <message>
        <source>&amp;Day of dismissal:</source>
        <translation>Қызметтен &amp;босатылған күні:</translation>
    </message>
    <message>
        <source>The last day in the body; the position ends on it</source>
        <translation>Органдағы соңғы күн; осы күні лауазымдағы қызмет тоқтатылады</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Негізі:</translation>
    </message>
    <message>
        <source>the order and the article of the law</source>
        <translation>бұйрық және заңның бабы</translation>
    </message>
    <message>
        <source>End of assignment</source>
        <translation>Лауазымдағы қызметтің аяқталуы</translation>
    </message>
    <message>
        <source>&amp;Last day in the position:</source>
        <translation>Лауазымдағы &amp;соңғы күні:</translation>
    </message>
    <message>
        <source>The end of a secondment, without dismissal from the body</source>
        <translation>Органнан босатылмай, лауазымдағы қызметтің аяқталуы</translation>
    </message>
</context>
<context>
    <name>bagalau::FeedbackDialog</name>
    <message>
        <source>The meeting could not be recorded.</source>
        <translation>Кездесу туралы мәлімет жазылмады.</translation>
    </message>
    <message>
        <source>Feedback meeting</source>
        <translation>Кері байланыс бойынша кездесу</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Өткізілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Achievements:</source>
        <translation>&amp;Жетістіктер:</translation>
    </message>
    <message>
        <source>S&amp;kills and competencies:</source>
        <translation>&amp;Машықтар мен құзыреттер:</translation>
    </message>
    <message>
        <source>&amp;Potential and career aspirations:</source>
        <translation>Ә&amp;леуеті және мансаптық мақсаттары:</translation>
    </message>
</context>
<context>
    <name>bagalau::GradeDistributionChart</name>
    <message>
        <source>Servants</source>
        <translation>Қызметшілер</translation>
    </message>
    <message numerus="yes">
        <source>Bands of Q%1 %2: %n servant(s)</source>
        <translation>
            <numerusform>%2 жылғы %1-тоқсан нәтижелерінің бөлінуі: %n қызметші</numerusform>
            <numerusform>%2 жылғы %1-тоқсан нәтижелерінің бөлінуі: %n қызметші</numerusform>
        </translation>
    </message>
    <message>
        <source>Bands of the last finished quarter</source>
        <translation>Соңғы аяқталған тоқсан нәтижелерінің бөлінуі</translation>
    </message>
</context>
<context>
    <name>bagalau::KciHistoryModel</name>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>өлшем бірлігі</translation>
    </message>
    <message>
        <source>plan value</source>
        <translation>жоспарлы мән</translation>
    </message>
    <message>
        <source>better when</source>
        <translation>көрсеткіштің бағыты</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>орындау мерзімі</translation>
    </message>
    <message>
        <source>source document</source>
        <translation>негіз болатын құжат</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>күтілетін нәтиже</translation>
    </message>
    <message>
        <source>drawn up (§22)</source>
        <translation>жасалды (§22)</translation>
    </message>
    <message>
        <source>approved by %1 (§22)</source>
        <translation>%1 бекітті (§22)</translation>
    </message>
    <message>
        <source>changed: %1 (§25)</source>
        <translation>өзгертілді: %1 (§25)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>KCI</source>
        <comment>KCI number in the history</comment>
        <translation>НМИ №</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
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
        <translation>НМИ (нақты)</translation>
    </message>
    <message>
        <source>Unit (measurable)</source>
        <translation>Өлшем бірлігі (өлшенетін)</translation>
    </message>
    <message>
        <source>Plan value</source>
        <translation>Жоспарлы мән</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Көрсеткіштің бағыты</translation>
    </message>
    <message>
        <source>Due (time-bound)</source>
        <translation>Мерзімі (уақытпен шектелген)</translation>
    </message>
    <message>
        <source>Source document (relevant)</source>
        <translation>Негіз болатын құжат (өзекті)</translation>
    </message>
    <message>
        <source>Expected result (achievable)</source>
        <translation>Күтілетін нәтиже (қол жетімді)</translation>
    </message>
</context>
<context>
    <name>bagalau::KciPlanListModel</name>
    <message>
        <source>not drawn up</source>
        <comment>KCI plan status</comment>
        <translation>жасалмаған</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>KCI plan status</comment>
        <translation>жоба</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>KCI plan status</comment>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>no KCI (§22)</source>
        <translation>НМИ белгіленбейді (§22)</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельдік №</translation>
    </message>
    <message>
        <source>Servant</source>
        <translation>Қызметші</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>KCI</source>
        <comment>number of KCI in a plan</comment>
        <translation>НМИ саны</translation>
    </message>
    <message>
        <source>Due (§22)</source>
        <translation>Мерзімі (§22)</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Бекітілген күні</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кім бекітті</translation>
    </message>
</context>
<context>
    <name>bagalau::KciPlansPage</name>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1 жылғы %2-тоқсан</translation>
    </message>
    <message>
        <source>Select a head of the apparatus above.</source>
        <translation>Жоғарыдағы тізімнен мәслихат аппаратының басшысын таңдаңыз.</translation>
    </message>
    <message>
        <source>not drawn up yet; due by %1 (§22)</source>
        <translation>әлі жасалмаған; мерзімі — %1 дейін (§22)</translation>
    </message>
    <message numerus="yes">
        <source>draft of %n KCI, due by %1 (§22); 3 to 5 KCI are needed (§23)</source>
        <translation>
            <numerusform>%n НМИ бар жоба, мерзімі — %1 дейін (§22); 3-тен 5-ке дейін НМИ қажет (§23)</numerusform>
            <numerusform>%n НМИ бар жоба, мерзімі — %1 дейін (§22); 3-тен 5-ке дейін НМИ қажет (§23)</numerusform>
        </translation>
    </message>
    <message>
        <source>approved on %1 by %2; a KCI is changed only for a change of functions or structure (§25)</source>
        <translation>%1 бекітілген, бекіткен: %2; НМИ тек функциялар немесе құрылым өзгерген жағдайда ғана өзгертіледі (§25)</translation>
    </message>
    <message>
        <source>no KCI: less than three months remain from the appointment (§22)</source>
        <translation>НМИ белгіленбейді: тағайындалған күннен бастап үш айдан аз уақыт қалды (§22)</translation>
    </message>
    <message>
        <source>Individual work plan of %1, %2: %3</source>
        <translation>Жеке жұмыс жоспары — %1, %2: %3</translation>
    </message>
    <message>
        <source>KCI %1: %2</source>
        <translation>%1-НМИ: %2</translation>
    </message>
    <message>
        <source>KCI %1</source>
        <comment>title of a new KCI</comment>
        <translation>%1-НМИ</translation>
    </message>
    <message>
        <source>Change an approved KCI</source>
        <translation>Бекітілген НМИ-ді өзгерту</translation>
    </message>
    <message>
        <source>KCI %1 of an approved plan is changed only for a change of the body&apos;s functions or structure (§25). Name that change and its document:</source>
        <translation>Бекітілген жоспардағы %1-НМИ тек органның функциялары немесе құрылымы өзгерген жағдайда ғана өзгертіледі (§25). Сол өзгерісті және оның құжатын көрсетіңіз:</translation>
    </message>
    <message>
        <source>Approve the individual plan</source>
        <translation>Жеке жоспарды бекіту</translation>
    </message>
    <message>
        <source>The superior manager who approves the plan of %1 (§22):</source>
        <translation>%1 жоспарын бекітетін жоғары тұрған басшы (§22):</translation>
    </message>
    <message>
        <source>KCI plans</source>
        <translation>НМИ жоспарлары</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Тоқсан:</translation>
    </message>
    <message>
        <source>Filter by name or status (Ctrl+F)</source>
        <translation>Аты-жөні немесе күйі бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;KCI</source>
        <translation>&amp;НМИ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <source>&amp;Add KCI</source>
        <translation>НМИ &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove KCI</source>
        <translation>НМИ-ді &amp;жою</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Бекіту…</translation>
    </message>
    <message>
        <source>&amp;Change KCI…</source>
        <translation>НМИ-ді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>KCI &amp;sheet…</source>
        <translation>НМИ бағалау &amp;парағы…</translation>
    </message>
</context>
<context>
    <name>bagalau::KciSheetDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Қол қою</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Қайта &amp;ашу…</translation>
    </message>
    <message>
        <source>KCI score sheet</source>
        <translation>НМИ бойынша бағалау парағы</translation>
    </message>
    <message>
        <source>Reopen the KCI sheet</source>
        <translation>НМИ бойынша бағалау парағын қайта ашу</translation>
    </message>
    <message>
        <source>Why is the signed sheet reopened? The reason is kept in the audit log.</source>
        <translation>Қол қойылған парақ неге қайта ашылады? Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>KCI score sheet, %1</source>
        <translation>НМИ бойынша бағалау парағы, %1</translation>
    </message>
    <message>
        <source>Each mark lies within the range appendix 3 allows for the KCI&apos;s realization.</source>
        <translation>Әрбір баға НМИ-дің іске асырылуы үшін 3-қосымшада рұқсат етілген аралықта болады.</translation>
    </message>
    <message>
        <source>The appendix-3 table has not been entered in Settings: any mark 0–5 is accepted and the sheet shows the realization percent (decision 10).</source>
        <translation>3-қосымшаның кестесі баптауларға енгізілмеген: 0–5 аралығындағы кез келген баға қабылданады, ал парақта іске асыру пайызы көрсетіледі (10-шешім).</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>%1 қол қойылды</translation>
    </message>
    <message>
        <source>reopened: %1</source>
        <translation>қайта ашылды: %1</translation>
    </message>
    <message>
        <source>Score %1 — %2 (%3)</source>
        <translation>Балл %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Score: every KCI needs its actual and an allowed mark (%1)</source>
        <translation>Балл: әрбір НМИ үшін нақты мән және рұқсат етілген баға қажет (%1)</translation>
    </message>
    <message>
        <source>KCI %1: %2</source>
        <translation>%1-НМИ: %2</translation>
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
        <translation>3-қосымша бойынша мұнда %1 – %2 бағаларына рұқсат етіледі</translation>
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
        <translation>НМИ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <source>Realization</source>
        <translation>Іске асырылуы</translation>
    </message>
    <message>
        <source>Allowed marks (appendix 3)</source>
        <translation>Рұқсат етілген бағалар (3-қосымша)</translation>
    </message>
    <message>
        <source>Mark (0–5)</source>
        <translation>Баға (0–5)</translation>
    </message>
</context>
<context>
    <name>bagalau::KurbanAitDialog</name>
    <message>
        <source>Kurban Ait %1</source>
        <translation>%1 жылғы Құрбан айт</translation>
    </message>
    <message>
        <source>The first day of Kurban Ait is a day off (Labour Code art. 84 p. 5). Its date changes every year and is announced by the Spiritual Administration of Muslims of Kazakhstan. It is not moved when it falls on a Saturday or Sunday.</source>
        <translation>Құрбан айттың бірінші күні — демалыс күні (Еңбек кодексінің 84-бабының 5-тармағы). Оның күні жыл сайын өзгереді және оны Қазақстан мұсылмандары діни басқармасы жариялайды. Бұл күн сенбіге немесе жексенбіге түссе, басқа күнге ауыстырылмайды.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Бірінші күні:</translation>
    </message>
    <message>
        <source>&amp;Forget the date</source>
        <translation>Күнін &amp;өшіру</translation>
    </message>
    <message>
        <source>The year becomes unconfirmed again</source>
        <translation>Жыл қайтадан расталмаған болып саналады</translation>
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
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Соңғы ашылғандар</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Сақтық &amp;көшірме…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Bagalau</source>
        <translation>Bagalau &amp;туралы</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Bagalau databases (*.sqlite)</source>
        <translation>Bagalau дерекқорлары (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Bagalau databases (*.sqlite);;All files (*)</source>
        <translation>Bagalau дерекқорлары (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>About Bagalau</source>
        <translation>Bagalau туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;Performance evaluation of administrative civil servants of corps &quot;B&quot;.&lt;/p&gt;&lt;p&gt;Methodology: decision No. 5-2 of the Akzhar district maslikhat of the North Kazakhstan region of 5 July 2023, after the Typical Methodology (order No. 13 of the Agency for Civil Service Affairs of 16 January 2018).&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bagalau %1&lt;/h3&gt;&lt;p&gt;«Б» корпусының мемлекеттік әкімшілік қызметшілерінің қызметін бағалау.&lt;/p&gt;&lt;p&gt;Әдістеме: Солтүстік Қазақстан облысы Ақжар аудандық мәслихатының 2023 жылғы 5 шілдедегі № 5-2 шешімі, Үлгілік әдістемеге сәйкес (Мемлекеттік қызмет істері агенттігінің 2018 жылғы 16 қаңтардағы № 13 бұйрығы).&lt;/p&gt;&lt;p&gt;Лицензия: GNU General Public License, 3-нұсқасы немесе кез келген кейінгі нұсқасы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 ашылмады: %2</translation>
    </message>
    <message>
        <source>No database at %1 yet: File → New database creates one</source>
        <translation>%1 жолында әзірге дерекқор жоқ: оны Файл → Жаңа дерекқор мәзірі арқылы құруға болады</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 ашылмады.

%2</translation>
    </message>
    <message>
        <source>The organisation&apos;s name in Russian:</source>
        <translation>Ұйымның орыс тіліндегі атауы:</translation>
    </message>
    <message>
        <source>The organisation&apos;s name in Kazakh:</source>
        <translation>Ұйымның қазақ тіліндегі атауы:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Сақтық көшірме жасалды: %1</translation>
    </message>
    <message>
        <source>Sign-in is required to open %1: File → Sign in…</source>
        <translation>%1 ашу үшін кіру қажет: Файл → Кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>this file has no accounts: no sign-in is needed</source>
        <translation>бұл файлда есептік жазбалар жоқ: кіру қажет емес</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s): sign in again to go on.</source>
        <translation>
            <numerusform>%n минут әрекетсіздіктен кейін бұғатталды: жалғастыру үшін қайта кіріңіз.</numerusform>
            <numerusform>%n минут әрекетсіздіктен кейін бұғатталды: жалғастыру үшін қайта кіріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>кіру орындалмаған</translation>
    </message>
    <message>
        <source>single-user mode</source>
        <translation>бір пайдаланушы режимі</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>status bar: the signed-in user, their roles</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
</context>
<context>
    <name>bagalau::ManagerSheetDialog</name>
    <message>
        <source>Direct manager&apos;s sheet</source>
        <translation>Тікелей басшының парағы</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Қол қойылған &amp;күні:</translation>
    </message>
    <message>
        <source>A KCI counts as achieved when its plan is fully met (§48).</source>
        <translation>Жоспарлы мәні толық орындалған жағдайда НМИ қол жеткізілген болып саналады (§48).</translation>
    </message>
    <message>
        <source>The actual value of KCI %1 is a number such as 95 or 12.5.</source>
        <translation>%1-НМИ нақты мәні сан болуы тиіс, мысалы, 95 немесе 12.5.</translation>
    </message>
</context>
<context>
    <name>bagalau::MeetingDialog</name>
    <message>
        <source>Meeting of the Commission</source>
        <translation>Комиссия отырысы</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Өткізілген &amp;күні:</translation>
    </message>
    <message>
        <source>Protocol &amp;No. (appendix 11):</source>
        <translation>Хаттама &amp;нөмірі (11-қосымша):</translation>
    </message>
    <message>
        <source>Members &amp;present:</source>
        <translation>Қатысқан &amp;мүшелер:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Істер:</translation>
    </message>
</context>
<context>
    <name>bagalau::NewPositionDialog</name>
    <message>
        <source>no position in the file</source>
        <translation>файлда лауазым жоқ</translation>
    </message>
    <message>
        <source>%1 / %2 since %3</source>
        <translation>%1 / %2, %3 бастап</translation>
    </message>
    <message>
        <source>%1 / %2, %3 – %4</source>
        <translation>%1 / %2, %3 – %4</translation>
    </message>
    <message>
        <source>, manager %1 (%2)</source>
        <translation>, басшысы %1 (%2)</translation>
    </message>
    <message>
        <source>The new position could not be recorded.</source>
        <translation>Жаңа лауазымды енгізу мүмкін болмады.</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Жаңа лауазым</translation>
    </message>
    <message>
        <source>Servant: %1</source>
        <translation>Қызметші: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Қазір: %1</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басталу күні:</translation>
    </message>
    <message>
        <source>The first day in the new position; the current one ends the day before</source>
        <translation>Жаңа лауазымдағы алғашқы күн; қазіргі лауазымдағы қызмет бір күн бұрын аяқталады</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>corps B</source>
        <translation>«Б» корпусы</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>мәслихат аппаратының басшысы</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Құрылымдық бөлімше:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s personnel number:</source>
        <translation>&amp;Басшының табельдік нөмірі:</translation>
    </message>
    <message>
        <source>empty when the servant reports to no one on the list</source>
        <translation>қызметші тізімдегі ешкімге бағынбаса, бос қалдырылады</translation>
    </message>
</context>
<context>
    <name>bagalau::OrganisationSettings</name>
    <message>
        <source>Saved. Edit → Undo brings the previous details back.</source>
        <translation>Сақталды. Алдыңғы деректемелерді Өңдеу → Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <source>Open a database file to see its organisation.</source>
        <translation>Ұйым туралы мәліметтерді көру үшін дерекқор файлын ашыңыз.</translation>
    </message>
    <message>
        <source>Only the chief specialist changes these details.</source>
        <translation>Бұл деректемелерді тек бас маман өзгерте алады.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>The printed forms are headed with these details: the Kazakh forms with the Kazakh name, the Russian forms with the Russian one.</source>
        <translation>Баспа нысандарының тақырыбында осы деректемелер көрсетіледі: қазақ тіліндегі нысандарда — қазақ тіліндегі атауы, орыс тіліндегі нысандарда — орыс тіліндегі атауы.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақ тіліндегі атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орыс тіліндегі атауы:</translation>
    </message>
    <message>
        <source>&amp;Chairman of the maslikhat:</source>
        <translation>Мәслихат &amp;төрағасы:</translation>
    </message>
    <message>
        <source>&amp;Appointing official:</source>
        <translation>Тағайындауға құқығы бар &amp;лауазымды адам:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>surname and initials, e.g. Ахметов Б. К.</source>
        <translation>тегі және аты-жөнінің бас әріптері, мысалы, Ахметов Б. К.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Қ&amp;айтару</translation>
    </message>
</context>
<context>
    <name>bagalau::PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <source>A new password for %1:</source>
        <translation>%1 үшін жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді &amp;растау:</translation>
    </message>
</context>
<context>
    <name>bagalau::ProtocolDialog</name>
    <message>
        <source>The protocol could not be signed.</source>
        <translation>Хаттамаға қол қою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Sign the protocol</source>
        <translation>Хаттамаға қол қою</translation>
    </message>
    <message>
        <source>Protocol &amp;No.:</source>
        <translation>Хаттама &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Қол қойылған &amp;күні:</translation>
    </message>
    <message>
        <source>A signed protocol cannot be undone: its score replaces the quarter&apos;s score everywhere (§41).</source>
        <translation>Хаттамаға қол қоюды болдырмау мүмкін емес: ондағы балл барлық жерде тоқсандық балдың орнына қолданылады (§41).</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Қол қою</translation>
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
        <translation>%1 бойынша балл: %2, %3</translation>
    </message>
    <message>
        <source>Signed on %1; acquaint by %2 (§11)</source>
        <translation>%1 қол қойылды; %2 дейін таныстыру қажет (§11)</translation>
    </message>
    <message>
        <source>Quarter evaluation</source>
        <translation>Тоқсандық бағалау</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Тоқсан:</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <comment>I quarter</comment>
        <translation>%1 тоқсан</translation>
    </message>
    <message>
        <source>The quarter evaluated; it opens on the one whose evaluation is under way (§4)</source>
        <translation>Бағаланатын тоқсан; әдепкіде бағалауы жүргізіліп жатқан тоқсан ашылады (§4)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Кез келген баған бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>Парақты &amp;ашу…</translation>
    </message>
    <message>
        <source>The score sheet of the selected servant (Enter)</source>
        <translation>Таңдалған қызметшінің бағалау парағы (Enter)</translation>
    </message>
    <message>
        <source>Record &amp;acquaintance…</source>
        <translation>Таныстыруды тір&amp;кеу…</translation>
    </message>
    <message>
        <source>The day and the means of acquaintance with the result (§11)</source>
        <translation>Нәтижемен таныстыру күні және тәсілі (§11)</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n қызметші</numerusform>
            <numerusform>%n қызметші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servant(s)</source>
        <translation>
            <numerusform>%n қызметшінің ішінен %1 көрсетілген</numerusform>
            <numerusform>%n қызметшінің ішінен %1 көрсетілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bagalau::QuarterRosterModel</name>
    <message>
        <source>KCI</source>
        <comment>evaluation method, §21</comment>
        <translation>НМИ</translation>
    </message>
    <message>
        <source>ranking</source>
        <comment>evaluation method, §28</comment>
        <translation>саралау</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>score sheet status</comment>
        <translation>жоба</translation>
    </message>
    <message>
        <source>signed</source>
        <comment>score sheet status</comment>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <comment>score sheet status</comment>
        <translation>пысықтауға қайтарылған</translation>
    </message>
    <message>
        <source>not filled</source>
        <comment>score sheet status</comment>
        <translation>толтырылмаған</translation>
    </message>
    <message>
        <source>%1 quarter %2</source>
        <comment>II quarter 2024</comment>
        <translation>%2 жылғы %1 тоқсан</translation>
    </message>
    <message>
        <source>no</source>
        <comment>not evaluated</comment>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>without participation</source>
        <translation>қатысуынсыз</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>evaluated</comment>
        <translation>иә</translation>
    </message>
    <message>
        <source>the chairman</source>
        <translation>мәслихат төрағасы</translation>
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
        <translation>Табельдік нөмірі %1</translation>
    </message>
    <message>
        <source>Acquaint the servant by %1 (§11)</source>
        <translation>Қызметшіні %1 дейін таныстыру қажет (§11)</translation>
    </message>
    <message>
        <source>The last day to apply for a calibration session (§12)</source>
        <translation>Калибрлеу сессиясын өткізу туралы өтініш берудің соңғы күні (§12)</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельдік №</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Бағаланады</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Бағалаушы адам</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Градация</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Таныстырылды</translation>
    </message>
    <message>
        <source>Application due</source>
        <translation>Өтініш беру мерзімі</translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation>Пысықтауға қайтарылды: %1</translation>
    </message>
</context>
<context>
    <name>bagalau::QuestionnaireDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>Өзін-өзі бағалау</translation>
    </message>
    <message>
        <source>360 questionnaire about %1</source>
        <translation>360 бағалау сауалнамасы — %1</translation>
    </message>
    <message>
        <source>How often do you show each competency in your work? Your self-assessment is shown beside the others&apos; answers and never counted (§35).</source>
        <translation>Әрбір құзыретті жұмысыңызда қаншалықты жиі көрсетесіз? Өзін-өзі бағалауыңыз басқалардың жауаптарымен қатар көрсетіледі және ешқашан есепке алынбайды (§35).</translation>
    </message>
    <message>
        <source>How often does %1 show each competency in their work? Your answers are stored without your name: no one, the chief specialist included, can tell which are yours.</source>
        <translation>%1 әрбір құзыретті өз жұмысында қаншалықты жиі көрсетеді? Сіздің жауаптарыңыз атыңыз көрсетілмей сақталады: ешкім, соның ішінде бас маман да, қай жауаптар сіздікі екенін анықтай алмайды.</translation>
    </message>
    <message>
        <source>Another respondent</source>
        <translation>Басқа респондент</translation>
    </message>
    <message>
        <source>The person themself (self-assessment)</source>
        <translation>Бағаланатын адамның өзі (өзін-өзі бағалау)</translation>
    </message>
    <message>
        <source>&amp;Filled in by:</source>
        <translation>&amp;Толтырған:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <source>Some competencies need an answer; see below.</source>
        <translation>Кейбір құзыреттер бойынша жауап берілмеген; төменде қараңыз.</translation>
    </message>
</context>
<context>
    <name>bagalau::RankingSheetDialog</name>
    <message>
        <source>Reopen the sheet</source>
        <translation>Парақты қайта ашу</translation>
    </message>
    <message>
        <source>Why is the signed sheet reopened?</source>
        <translation>Қол қойылған парақ не себепті қайта ашылады?</translation>
    </message>
    <message>
        <source>– (every parameter needs a mark)</source>
        <translation>– (әр параметр бойынша баға қойылуы тиіс)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>score and band</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed on %1. Reopen the sheet to change a mark.</source>
        <translation>%1 қол қойылған. Бағаны өзгерту үшін парақты қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Жоба: әлі қол қойылмаған.</translation>
    </message>
    <message>
        <source>Not filled yet.</source>
        <translation>Әлі толтырылмаған.</translation>
    </message>
    <message>
        <source>Reopened because: %1</source>
        <translation>Қайта ашу себебі: %1</translation>
    </message>
    <message>
        <source>Sign the ranking sheet of %1 with the score %2? A signed sheet changes only when it is reopened with a reason.</source>
        <translation>Саралау бойынша бағалау парағына (%1) %2 балмен қол қойылсын ба? Қол қойылған парақ себебі көрсетіліп қайта ашылған жағдайда ғана өзгертіледі.</translation>
    </message>
    <message>
        <source>Sign the ranking sheet of %1?</source>
        <translation>Саралау бойынша бағалау парағына (%1) қол қойылсын ба?</translation>
    </message>
    <message>
        <source>Ranking score sheet</source>
        <translation>Саралау бойынша бағалау парағы</translation>
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
        <translation>Бағаланатын кезең: %1</translation>
    </message>
    <message>
        <source>Evaluator: %1</source>
        <translation>Бағалаушы адам: %1</translation>
    </message>
    <message>
        <source>Mark (0–5)</source>
        <translation>Баға (0–5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Type a digit from 0 to 5</source>
        <translation>0-ден 5-ке дейінгі цифрды енгізіңіз</translation>
    </message>
    <message>
        <source>Mean (§32):</source>
        <translation>Орташа мән (§32):</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Жобаны сақтау</translation>
    </message>
    <message>
        <source>Keep the marks without signing (Ctrl+S)</source>
        <translation>Бағаларды қол қоймай сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Қол қою</translation>
    </message>
    <message>
        <source>Sign the sheet (Enter)</source>
        <translation>Параққа қол қою (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Қайта &amp;ашу…</translation>
    </message>
    <message>
        <source>Make the signed sheet a draft again; the reason is kept</source>
        <translation>Қол қойылған парақты қайтадан жобаға айналдыру; себебі сақталады</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>bagalau::ResultsModel</name>
    <message>
        <source>no score sheet yet</source>
        <translation>бағалау парағы әлі жасалмаған</translation>
    </message>
    <message>
        <source>score sheet not signed</source>
        <translation>бағалау парағына қол қойылмаған</translation>
    </message>
    <message>
        <source>KCI</source>
        <translation>НМИ</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>саралау</translation>
    </message>
    <message>
        <source>Adopted by a calibration session: it replaces the evaluator&apos;s score</source>
        <translation>Калибрлеу сессиясы қабылдаған: бағалаушы адам қойған балды алмастырады</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельдік №</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>a quarter&apos;s column</comment>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <source>Annual score</source>
        <translation>Жылдық балл</translation>
    </message>
    <message>
        <source>Annual band</source>
        <translation>Жылдық градация</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Градация</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>bagalau::ResultsPage</name>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n қызметші</numerusform>
            <numerusform>%n қызметші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servant(s)</source>
        <translation>
            <numerusform>%n қызметшінің ішінен %1 көрсетілген</numerusform>
            <numerusform>%n қызметшінің ішінен %1 көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Нәтижелерді CSV файлына экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) written to %1.</source>
        <translation>
            <numerusform>%n қызметшінің нәтижелері %1 файлына жазылды.</numerusform>
            <numerusform>%n қызметшінің нәтижелері %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>whole year</source>
        <translation>бүкіл жыл</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Кез келген баған бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV файлына &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Save the whole list of the period as a CSV file (Ctrl+E)</source>
        <translation>Кезеңнің бүкіл тізімін CSV файлы ретінде сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <source>* the score adopted by a calibration session (§41), which replaces the evaluator&apos;s. Bands by §7: %1–%2, %3–%4, %5–%6, %7–%8.</source>
        <translation>* калибрлеу сессиясы қабылдаған балл (§41), ол бағалаушы адам қойған балды алмастырады. §7 бойынша градациялар: %1–%2, %3–%4, %5–%6, %7–%8.</translation>
    </message>
</context>
<context>
    <name>bagalau::RolesDialog</name>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>The roles of %1:</source>
        <translation>%1 есептік жазбасының рөлдері:</translation>
    </message>
</context>
<context>
    <name>bagalau::ScoreTrendChart</name>
    <message>
        <source>Q%1
%2</source>
        <comment>quarter axis: number, year</comment>
        <translation>%1-тоқсан
%2</translation>
    </message>
    <message>
        <source>Quarterly score</source>
        <translation>Тоқсандық балл</translation>
    </message>
    <message>
        <source>Adopted by a calibration session</source>
        <translation>Калибрлеу сессиясы қабылдаған</translation>
    </message>
    <message>
        <source>Band thresholds</source>
        <translation>Градациялар шектері</translation>
    </message>
    <message>
        <source>Select a servant to see their scores over time</source>
        <translation>Балдарының уақыт бойынша өзгерісін көру үшін қызметшіні таңдаңыз</translation>
    </message>
    <message>
        <source>%1: scores by quarter</source>
        <translation>%1: тоқсандар бойынша балдар</translation>
    </message>
</context>
<context>
    <name>bagalau::ServantCard</name>
    <message>
        <source>Servant&apos;s card — %1</source>
        <translation>Қызметшінің карточкасы — %1</translation>
    </message>
    <message>
        <source>Personnel number %1</source>
        <translation>Табельдік нөмірі %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <source>dismissed on %1</source>
        <translation>%1 қызметтен босатылған</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>қызметте</translation>
    </message>
    <message>
        <source>&amp;Positions held</source>
        <translation>&amp;Атқарған лауазымдары</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Құрылымдық бөлімше</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>қазіргі уақытқа дейін</translation>
    </message>
    <message>
        <source>&amp;Absences</source>
        <translation>&amp;Жұмыста болмау кезеңдері</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн саны</translation>
    </message>
</context>
<context>
    <name>bagalau::ServantDialog</name>
    <message>
        <source>The servant could not be added.</source>
        <translation>Қызметші қосылмады.</translation>
    </message>
    <message>
        <source>New servant</source>
        <translation>Жаңа қызметші</translation>
    </message>
    <message>
        <source>&amp;Personnel number:</source>
        <translation>&amp;Табельдік нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Тегі, &amp;аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>12 digits; may be left empty</source>
        <translation>12 цифр; бос қалдыруға болады</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>corps B</source>
        <translation>«Б» корпусы</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>мәслихат аппаратының басшысы</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Құрылымдық бөлімше:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>&amp;Appointed on:</source>
        <translation>Тағайындалған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s personnel number:</source>
        <translation>&amp;Басшының табельдік нөмірі:</translation>
    </message>
    <message>
        <source>empty when the servant reports to no one on the list</source>
        <translation>қызметші тізімдегі ешкімге бағынбаса, бос қалдырылады</translation>
    </message>
    <message>
        <source>The servant could not be changed.</source>
        <translation>Қызметшінің деректерін өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <source>Edit servant</source>
        <translation>Қызметшінің деректерін өзгерту</translation>
    </message>
</context>
<context>
    <name>bagalau::SessionDecisionDialog</name>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>Шешім жазылмады.</translation>
    </message>
    <message>
        <source>Decision on the application</source>
        <translation>Өтініш бойынша шешім</translation>
    </message>
    <message>
        <source>&amp;Hold a calibration session (§38)</source>
        <translation>Калибрлеу сессиясын &amp;өткізу (§38)</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Шешім &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Бұйрық:</translation>
    </message>
    <message>
        <source>No. and date of the order</source>
        <translation>Бұйрықтың нөмірі мен күні</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Бағалаушы адам:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Қатысушылар:</translation>
    </message>
</context>
<context>
    <name>bagalau::SettingsPage</name>
    <message>
        <source>The calendar of %1 is not confirmed: the date of Kurban Ait is not entered, so the working days and every deadline counted in %1 may still change. Enter it with Kurban Ait… when it is announced.</source>
        <translation>%1 жылғы күнтізбе расталмаған: Құрбан айт күні енгізілмеген, сондықтан %1 жылғы жұмыс күндері және осы жыл бойынша есептелген барлық мерзімдер әлі өзгеруі мүмкін. Құрбан айт күні жарияланған кезде оны «Құрбан айт…» батырмасы арқылы енгізіңіз.</translation>
    </message>
    <message>
        <source>No file is open: this is the calendar shipped with the program. Open a file to enter Kurban Ait and transfers.</source>
        <translation>Файл ашылмаған: бұл — бағдарламамен бірге берілетін күнтізбе. Құрбан айт күнін және демалыс күндерін ауыстыруды енгізу үшін файлды ашыңыз.</translation>
    </message>
    <message>
        <source>No deadline of %1 moved with the last change.</source>
        <translation>Соңғы өзгеріске байланысты %1 жылғы мерзімдердің ешқайсысы ауыспады.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) moved with the last change: shown in bold.</source>
        <translation>
            <numerusform>Соңғы өзгеріске байланысты %n мерзім ауысты: олар қалың қаріппен көрсетілген.</numerusform>
            <numerusform>Соңғы өзгеріске байланысты %n мерзім ауысты: олар қалың қаріппен көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 жылғы мерзімдер&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Working days in %1 %2</source>
        <translation>%2 жылғы %1 айындағы жұмыс күндері</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;in %2</source>
        <comment>working days in the year</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 жылы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Working &amp;calendar</source>
        <translation>&amp;Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Жы&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Kurban Ait…</source>
        <translation>&amp;Құрбан айт…</translation>
    </message>
    <message>
        <source>Enter or correct the date of the first day of Kurban Ait</source>
        <translation>Құрбан айттың бірінші күнін енгізу немесе түзету</translation>
    </message>
    <message>
        <source>Add &amp;transfer…</source>
        <translation>Ауыстыруды &amp;енгізу…</translation>
    </message>
    <message>
        <source>Enter a transfer act: a weekday off for a weekend working day</source>
        <translation>Демалыс күнін ауыстыру туралы актіні енгізу: жұмыс күні демалыс күні болады, ал оның орнына сенбі немесе жексенбі жұмыс күні болады</translation>
    </message>
    <message>
        <source>&amp;Remove transfer</source>
        <translation>Ауыстыруды &amp;өшіру</translation>
    </message>
    <message>
        <source>Remove the selected transfer entered in this file</source>
        <translation>Осы файлға енгізілген таңдалған ауыстыруды өшіру</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working days per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Айлар бойынша жұмыс күндері&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When a fixed deadline falls on a day off</source>
        <translation>Белгіленген мерзім демалыс күніне түскен жағдайда</translation>
    </message>
    <message>
        <source>&amp;Legal (default)</source>
        <translation>&amp;Заң бойынша (әдепкі)</translation>
    </message>
    <message>
        <source>the next working day: the general rule for a period that ends on a day off</source>
        <translation>келесі жұмыс күні: демалыс күні аяқталатын мерзімге қолданылатын жалпы қағида</translation>
    </message>
    <message>
        <source>C&amp;autious</source>
        <translation>&amp;Сақтықпен</translation>
    </message>
    <message>
        <source>the previous working day, so that nothing can be late by any reading</source>
        <translation>алдыңғы жұмыс күні: қалай түсіндірілсе де, ешбір мерзім өткізіп алынбайды</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Бағдарламаның тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Бағдарлама тілі:</translation>
    </message>
    <message>
        <source>Switches the menus, pages and printed forms at once</source>
        <translation>Мәзірлерді, беттерді және баспа нысандарын бірден ауыстырады</translation>
    </message>
    <message>
        <source>Kurban Ait</source>
        <translation>Құрбан айт</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Ауыстыруды енгізу</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Ауыстыруды өшіру</translation>
    </message>
    <message>
        <source>Remove the transfer of the day off %1? The deadlines are counted again without it.</source>
        <translation>%1 демалыс күнінің ауыстырылуы өшірілсін бе? Мерзімдер онсыз қайта есептеледі.</translation>
    </message>
    <message>
        <source>Appendix &amp;3</source>
        <comment>the table of allowed KCI marks</comment>
        <translation>&amp;3-қосымша</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
</context>
<context>
    <name>bagalau::SignInDialog</name>
    <message>
        <source>Sign in — Bagalau</source>
        <translation>Кіру — Bagalau</translation>
    </message>
    <message>
        <source>%1 is kept confidential: sign in with your account to open it.</source>
        <translation>%1 файлының деректері құпия болып табылады: оны ашу үшін өз есептік жазбаңызбен кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>bagalau::SlipsDialog</name>
    <message>
        <source>360 survey of %1</source>
        <translation>%1 жылғы 360 бағалау</translation>
    </message>
    <message>
        <source>Questionnaires to answer: %1</source>
        <translation>Толтырылатын сауалнамалар: %1</translation>
    </message>
    <message>
        <source>Open Bagalau on the chief specialist&apos;s computer, choose &quot;Answer with a code&quot; and type this code. It works once for each questionnaire; your answers are stored without your name.</source>
        <translation>Бас маманның компьютерінде Bagalau бағдарламасын ашып, «Код арқылы жауап беру» тармағын таңдаңыз және осы кодты енгізіңіз. Код әр сауалнама үшін бір рет қана жарамды; жауаптарыңыз атыңыз көрсетілмей сақталады.</translation>
    </message>
    <message>
        <source>One-time codes for the 360 survey of %1</source>
        <translation>%1 жылғы 360 бағалауға арналған бір реттік кодтар</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
</context>
<context>
    <name>bagalau::SpecialDayModel</name>
    <message>
        <source>%1
Entered in this file</source>
        <translation>%1
Осы файлға енгізілген</translation>
    </message>
    <message>
        <source>working</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Күн түрі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>bagalau::StaffImportDialog</name>
    <message>
        <source>The file could not be imported.</source>
        <translation>Файл импортталмады.</translation>
    </message>
    <message>
        <source>Import staff from CSV</source>
        <translation>Қызметкерлерді CSV файлынан импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file with the columns personnel_no, full_name, category, unit, position, appointed and, if needed, dismissed, iin, manager_personnel_no.</source>
        <translation>personnel_no, full_name, category, unit, position, appointed бағандары және қажет болса, dismissed, iin, manager_personnel_no бағандары бар CSV файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>нүктелі үтір</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s)</source>
        <translation>
            <numerusform>Кодтау: %1 · бөлгіш: %2 · %n жол</numerusform>
            <numerusform>Кодтау: %1 · бөлгіш: %2 · %n жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found: %n servant(s) will be added.</source>
        <translation>
            <numerusform>Қате табылған жоқ: %n қызметші қосылады.</numerusform>
            <numerusform>Қате табылған жоқ: %n қызметші қосылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing will be imported until the file is corrected and chosen again.</source>
        <translation>
            <numerusform>%n қате табылды; файл түзетіліп, қайта таңдалмайынша ештеңе импортталмайды.</numerusform>
            <numerusform>%n қате табылды; файл түзетіліп, қайта таңдалмайынша ештеңе импортталмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are highlighted; hover over a field for its message.</source>
        <translation>
            <numerusform>Қатесі бар %n жол түспен ерекшеленген; хабарламаны көру үшін меңзерді өріске апарыңыз.</numerusform>
            <numerusform>Қатесі бар %n жол түспен ерекшеленген; хабарламаны көру үшін меңзерді өріске апарыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>bagalau::StaffModel</name>
    <message>
        <source>head of the apparatus</source>
        <translation>мәслихат аппаратының басшысы</translation>
    </message>
    <message>
        <source>corps B</source>
        <translation>«Б» корпусы</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1, %2 дейін</translation>
    </message>
    <message>
        <source>Personnel number %1</source>
        <translation>Табельдік нөмірі %1</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Табельдік №</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Құрылымдық бөлімше</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>In position from</source>
        <translation>Лауазымдағы бірінші күн</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Лауазымдағы соңғы күн</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Қызметтен босатылды</translation>
    </message>
    <message>
        <source>Absence on the day</source>
        <translation>Көрсетілген күні жұмыста болмауы</translation>
    </message>
</context>
<context>
    <name>bagalau::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Staff &amp;on:</source>
        <translation>&amp;Мына күнгі құрам:</translation>
    </message>
    <message>
        <source>The list shows who held a position on this day</source>
        <translation>Тізімде осы күні лауазымда болған қызметшілер көрсетіледі</translation>
    </message>
    <message>
        <source>Filter by any column (Ctrl+F)</source>
        <translation>Кез келген баған бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Card…</source>
        <translation>Ка&amp;рточка…</translation>
    </message>
    <message>
        <source>The servant&apos;s positions, absences and dismissal (Enter)</source>
        <translation>Қызметшінің лауазымдары, жұмыста болмау кезеңдері және қызметтен босатылуы (Enter)</translation>
    </message>
    <message>
        <source>Add &amp;servant…</source>
        <translation>&amp;Қызметші қосу…</translation>
    </message>
    <message>
        <source>Add a&amp;bsence…</source>
        <translation>Жұмыста &amp;болмау кезеңін қосу…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>CSV файлынан &amp;импорттау…</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s)</source>
        <translation>
            <numerusform>%n қызметші</numerusform>
            <numerusform>%n қызметші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servant(s)</source>
        <translation>
            <numerusform>%n қызметшінің ішінен %1 көрсетілген</numerusform>
            <numerusform>%n қызметшінің ішінен %1 көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Servant&apos;s card</source>
        <translation>Қызметшінің карточкасы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import staff from CSV</source>
        <translation>Қызметкерлерді CSV файлынан импорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n servant(s) added.</source>
        <translation>
            <numerusform>%n қызметші қосылды.</numerusform>
            <numerusform>%n қызметші қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Change the servant&apos;s full name or IIN (F2)</source>
        <translation>Қызметшінің тегін, атын, әкесінің атын немесе ЖСН-ін өзгерту (F2)</translation>
    </message>
    <message>
        <source>&amp;New position…</source>
        <translation>&amp;Жаңа лауазым…</translation>
    </message>
    <message>
        <source>Move the servant to another position or under another manager (Ctrl+Shift+P)</source>
        <translation>Қызметшіні басқа лауазымға ауыстыру немесе басқа басшыға бағындыру (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>End assi&amp;gnment…</source>
        <translation>Лауазымдағы &amp;қызметті аяқтау…</translation>
    </message>
    <message>
        <source>The end of a secondment, without dismissal from the body (Ctrl+Shift+E)</source>
        <translation>Органнан босатылмай, лауазымдағы қызметтің аяқталуы (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>Қызметтен &amp;босату…</translation>
    </message>
    <message>
        <source>Dismissal from the body; it ends the position (Ctrl+Shift+D)</source>
        <translation>Органнан қызметтен босату; лауазымдағы қызметті тоқтатады (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit servant</source>
        <translation>Қызметшінің деректерін өзгерту</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveyPage</name>
    <message>
        <source>being prepared</source>
        <comment>360 campaign status</comment>
        <translation>дайындалуда</translation>
    </message>
    <message>
        <source>open for answers</source>
        <comment>360 campaign status</comment>
        <translation>жауаптар қабылдануда</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>360 campaign status</comment>
        <translation>жабық</translation>
    </message>
    <message>
        <source>Self-assessment (%1)</source>
        <translation>Өзін-өзі бағалау (%1)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Бағаланатын адам: %1</translation>
    </message>
    <message>
        <source>No 360 survey for %1 yet. Due by %2 (§4, §33).</source>
        <translation>%1 жылғы 360 бағалау әлі құрылмаған. Мерзімі — %2 дейін (§4, §33).</translation>
    </message>
    <message>
        <source>%1: %2 · %3 people · answered %4 of %5 · due by %6</source>
        <translation>%1: %2 · бағаланатын адамдар: %3 · жауаптар: %4 / %5 · мерзімі — %6 дейін</translation>
    </message>
    <message>
        <source>How many people have each competency among their least expressed (§36): the topics of seminars and courses.</source>
        <translation>Әр құзырет неше адамда неғұрлым аз көрінетін құзыреттер қатарында (§36): семинарлар мен курстардың тақырыптары.</translation>
    </message>
    <message>
        <source>Known once the survey of the year is closed.</source>
        <translation>Жылдық 360 бағалау жабылғаннан кейін белгілі болады.</translation>
    </message>
    <message>
        <source>Select a person to see who answers about them.</source>
        <translation>Кімдер жауап беретінін көру үшін бағаланатын адамды таңдаңыз.</translation>
    </message>
    <message>
        <source>Respondents about %1: %2 besides the self-assessment (§35: 3 to 7)</source>
        <translation>Респонденттер (%1): өзін-өзі бағалаудан басқа %2 (§35: 3-тен 7-ге дейін)</translation>
    </message>
    <message>
        <source>No report you may read.</source>
        <translation>Сізге қолжетімді есеп жоқ.</translation>
    </message>
    <message>
        <source>Reports are shown once the survey of %1 is closed.</source>
        <translation>Есептер %1 жылғы 360 бағалау жабылғаннан кейін көрсетіледі.</translation>
    </message>
    <message>
        <source>Not enough answers: %1</source>
        <translation>Жауаптар жеткіліксіз: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n respondent(s) besides the person answered. Least expressed (§36): %3.</source>
        <translation>
            <numerusform>%1, %2: бағаланатын адамнан басқа %n респондент жауап берді. Неғұрлым аз көрінетін құзыреттер (§36): %3.</numerusform>
            <numerusform>%1, %2: бағаланатын адамнан басқа %n респондент жауап берді. Неғұрлым аз көрінетін құзыреттер (§36): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 360 survey of %1 is prepared: check each circle, then start it.</source>
        <translation>%1 жылғы 360 бағалау дайындалды: әр респонденттер тобын тексеріп, содан кейін бағалауды бастаңыз.</translation>
    </message>
    <message>
        <source>The 360 survey of %1 has started. Print the slips with the codes.</source>
        <translation>%1 жылғы 360 бағалау басталды. Кодтары бар парақшаларды басып шығарыңыз.</translation>
    </message>
    <message>
        <source>%1 (%2 respondents): %3</source>
        <translation>%1 (респонденттер: %2): %3</translation>
    </message>
    <message>
        <source>The survey cannot start:</source>
        <translation>Бағалауды бастау мүмкін емес:</translation>
    </message>
    <message>
        <source>The 360 survey of %1 is closed; the reports are ready.</source>
        <translation>%1 жылғы 360 бағалау жабылды; есептер дайын.</translation>
    </message>
    <message>
        <source>Add a 360 respondent</source>
        <translation>360 бағалау респондентін қосу</translation>
    </message>
    <message>
        <source>Remove a 360 respondent</source>
        <translation>360 бағалау респондентін алып тастау</translation>
    </message>
    <message>
        <source>360 survey</source>
        <translation>360 бағалау</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Жы&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Prepare the year&apos;s survey</source>
        <translation>Жылдық бағалауды &amp;дайындау</translation>
    </message>
    <message>
        <source>Everyone evaluated in the year, with respondents suggested from the staff structure (§35)</source>
        <translation>Жыл ішінде бағаланатын барлық адамдар және штаттық құрылым бойынша ұсынылған респонденттер (§35)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <source>Fixes the circles; refused while someone has fewer than 3 respondents besides themself</source>
        <translation>Респонденттер топтарын бекітеді; біреуде өзінен басқа респонденттер 3-тен аз болса, орындалмайды</translation>
    </message>
    <message>
        <source>Print s&amp;lips…</source>
        <translation>Парақшаларды басып &amp;шығару…</translation>
    </message>
    <message>
        <source>New one-time codes for everyone who still has questionnaires</source>
        <translation>Толтырылмаған сауалнамалары бар барлық адамға жаңа бір реттік кодтар</translation>
    </message>
    <message>
        <source>Answer with a &amp;code…</source>
        <translation>&amp;Код арқылы жауап беру…</translation>
    </message>
    <message>
        <source>Enter a pa&amp;per questionnaire…</source>
        <translation>Қағаз &amp;сауалнаманы енгізу…</translation>
    </message>
    <message>
        <source>C&amp;lose the survey</source>
        <translation>Бағалауды &amp;жабу</translation>
    </message>
    <message>
        <source>Competencies and &amp;indicators…</source>
        <translation>Құзыреттер және &amp;индикаторлар…</translation>
    </message>
    <message>
        <source>People and respondents</source>
        <translation>Бағаланатын адамдар және респонденттер</translation>
    </message>
    <message>
        <source>My questionnaires</source>
        <translation>Менің сауалнамаларым</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Оқыту қажеттіліктері</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Адамдарды сүзу</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Жауап беру…</translation>
    </message>
    <message>
        <source>Close the survey</source>
        <translation>Бағалауды жабу</translation>
    </message>
    <message>
        <source>Close the 360 survey of %1? %2 of %3 questionnaires are answered; the codes not used stop working and the reports are shown.</source>
        <translation>%1 жылғы 360 бағалау жабылсын ба? Жауап берілген сауалнамалар: %2 / %3; пайдаланылмаған кодтар жарамсыз болады және есептер көрсетіледі.</translation>
    </message>
    <message>
        <source>Answer with a code</source>
        <translation>Код арқылы жауап беру</translation>
    </message>
    <message>
        <source>The code on your slip:</source>
        <translation>Парақшаңыздағы код:</translation>
    </message>
    <message>
        <source>No questionnaires wait for you this year. They appear here once the chief specialist starts the survey with you among the respondents.</source>
        <translation>Биыл сізге толтыруға арналған сауалнамалар жоқ. Бас маман сізді респонденттер қатарына енгізіп, 360 бағалауды бастағанда, олар осында пайда болады.</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveyRespondentModel</name>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>code given</source>
        <translation>код берілді</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>Қатысу мәртебесі</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Сауалнама</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveyResultModel</name>
    <message>
        <source>least expressed</source>
        <translation>неғұрлым аз көрінетін</translation>
    </message>
    <message>
        <source>The person&apos;s own answer, shown beside the others&apos; and never counted (§35)</source>
        <translation>Бағаланатын адамның өз жауабы: басқалардың жауаптарымен қатар көрсетіледі және ешқашан есепке алынбайды (§35)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Құзырет</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Басқалардың орташа бағасы</translation>
    </message>
    <message>
        <source>Self</source>
        <comment>self-assessment, not counted</comment>
        <translation>Өзін-өзі бағалау</translation>
    </message>
    <message>
        <source>§36</source>
        <translation>§36</translation>
    </message>
</context>
<context>
    <name>bagalau::SurveySubjectModel</name>
    <message>
        <source>head, 12 competencies</source>
        <translation>басшы, 12 құзырет</translation>
    </message>
    <message>
        <source>corps B, 8 competencies</source>
        <translation>«Б» корпусы, 8 құзырет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>answered of asked</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Respondents besides the person; §35 asks for 3 to 7</source>
        <translation>Бағаланатын адамнан басқа респонденттер; §35 бойынша 3-тен 7-ге дейін</translation>
    </message>
    <message>
        <source>Evaluated person</source>
        <translation>Бағаланатын адам</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап бергендер</translation>
    </message>
</context>
<context>
    <name>bagalau::TrainingNeedModel</name>
    <message>
        <source>Competency</source>
        <translation>Құзырет</translation>
    </message>
    <message>
        <source>People with it among the least expressed</source>
        <translation>Неғұрлым аз көрінетін құзыреттері қатарында осы құзырет бар адамдар</translation>
    </message>
</context>
<context>
    <name>bagalau::TransferDialog</name>
    <message>
        <source>Transfer of a day off, %1</source>
        <translation>Демалыс күнін ауыстыру, %1</translation>
    </message>
    <message>
        <source>A transfer act (a government decree, or from 2024 an order of the labour ministry) makes a weekday a day off and a Saturday or Sunday a working day in its place.</source>
        <translation>Ауыстыру туралы акт (Үкімет қаулысы, ал 2024 жылдан бастап еңбек министрлігінің бұйрығы) жұмыс күнін демалыс күні етеді, ал оның орнына сенбіні немесе жексенбіні жұмыс күні етеді.</translation>
    </message>
    <message>
        <source>e.g. order of the labour ministry No. … of …</source>
        <translation>мысалы, еңбек министрлігінің … күнгі № … бұйрығы</translation>
    </message>
    <message>
        <source>Weekday made a &amp;day off:</source>
        <translation>&amp;Демалыс күні болатын жұмыс күні:</translation>
    </message>
    <message>
        <source>Weekend day made a &amp;working day:</source>
        <translation>&amp;Жұмыс күні болатын сенбі немесе жексенбі:</translation>
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
        <translation>дауыс бергендер: %1 / %2</translation>
    </message>
    <message>
        <source>adopted: %1 for of %2</source>
        <translation>қабылданды: «жақтап» %1 / %2</translation>
    </message>
    <message>
        <source>no majority: %1 for of %2</source>
        <translation>көпшілік дауыс жоқ: «жақтап» %1 / %2</translation>
    </message>
    <message>
        <source>Proposed score</source>
        <translation>Ұсынылған балл</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>%1 (evaluator)</source>
        <translation>%1 (бағалаушы адам)</translation>
    </message>
</context>
</TS>
