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
        <source>usage: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO]</source>
        <translation>қолданылуы: results quarter YYYYQn | year YYYY [--servant PERSONNEL_NO]</translation>
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
</context>
<context>
    <name>PasswordConfirmation</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Екі құпиясөз сәйкес келмейді; бір құпиясөзді екі рет енгізіңіз.</translation>
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
        <source>a KCI sheet holds 3 to 5 KCI (§23); this one has %1</source>
        <translation>НМИ бойынша бағалау парағында 3-тен 5-ке дейін НМИ болады (§23); бұл парақта — %1</translation>
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
</TS>
