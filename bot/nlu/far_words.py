"""Words of languages further from English than the European ones of bot/nlu/other_words.py.

Visitors write "従業員は約60名です", "कंपनी में लगभग 90 लोग हैं", "Mimi ni mkurugenzi, ninaamua mwenyewe",
"около 200 сотрудников", "saya pemiliknya". The facts are the same few (how many people, how much a month, when,
who decides, what the business does) and so are the words that carry them: a closed list per language, read
as English the way other_words.py reads German or Spanish. Scripts written without spaces (Japanese, Chinese)
or whose words take attached particles (Korean, Arabic, Hindi's postpositions) are matched inside words;
languages in Latin or Cyrillic letters as whole words. A number with its counter ("45人", "3万円", "4月")
is read here too, since its unit is one character glued to the number.
"""

from __future__ import annotations

import calendar
import re

from bot.nlu.core_words import SPACED_CORE, UNSPACED_CORE

# English -> the words that say it, matched as whole words (Latin, Cyrillic and Greek letters), as pairs: a repeated
# English adds its words
_SPACED_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "employees",
        (
            # Swahili, Turkish, Indonesian, Russian
            "wafanyakazi",
            "wafanyikazi",
            "çalışan",
            "çalışanı",
            "çalışanımız",
            "çalışanımız var",
            # Uzbek, Azerbaijani, Kazakh, Kyrgyz, Mongolian, Maori: the Turkic and steppe words for staff
            "xodim",
            "xodimlar",
            "xodimimiz",
            "xodimlarimiz",
            "ishchi",
            "ishchilar",
            "işçi",
            "işçimiz",
            "işçilər",
            "əməkdaş",
            "əməkdaşımız",
            "əməkdaşlar",
            "қызметкер",
            "қызметкерлер",
            "қызметкеріміз",
            "кызматкер",
            "ажилтан",
            "ажилтантай",
            "ажилчин",
            "kaimahi",
            "calisan",
            "calisanimiz",
            "personel",
            "personelimiz",
            "karyawan",
            "pegawai",
            "staf",
            "сотрудников",
            "сотрудника",
            "сотрудники",
            "работников",
        ),
    ),
    (
        "people",
        (
            "watu",
            "kişi",
            "kişiyiz",
            "kisi",
            "kisiyiz",
            "orang",
            "человек",
            "logon",
            "log hain",
            "log hai",
            # Uzbek, Azerbaijani, Kazakh, Mongolian, Maori
            "kishi",
            "nəfər",
            "nəfərik",
            "адам",
            "адамбыз",
            "хүн",
            "tāngata",
            "tangata",
        ),
    ),
    (
        "about",
        (
            "takriban",
            "yaklaşık",
            "yaklasik",
            "civarı",
            "civarında",
            "sekitar",
            "kira-kira",
            "kurang lebih",
            "около",
            "примерно",
            "порядка",
            "lagbhag",
            "kareeb",
            "takreeban",
            # Azerbaijani, Uzbek, Kazakh, Mongolian
            "təxminən",
            "taxminan",
            "шамамен",
            "орчим",
        ),
    ),
    ("budget", ("bajeti", "bütçe", "butce", "anggaran", "anggarannya", "бюджет")),
    (
        "a month",
        (
            "kwa mwezi",
            "ayda",
            "per bulan",
            "sebulan",
            "tiap bulan",
            "setiap bulan",
            "в месяц",
            "ежемесячно",
            "har mahine",
            "per mahina",
            "mahine ka",
            "mahina",
            "mahine",
        ),
    ),
    (
        "a year",
        (
            "kwa mwaka",
            "yıllık",
            "yılda",
            "per tahun",
            "setahun",
            "tiap tahun",
            "в год",
            "ежегодно",
            "saal ka",
            "har saal",
            "salana",
            "saalana",
        ),
    ),
    (
        "next month",
        (
            "mwezi ujao",
            "gelecek ay",
            "önümüzdeki ay",
            "il mese prossimo",
            "mese prossimo",
            "nākamajā mēnesī",
            "nākammēnes",
            "järgmisel kuul",
            "hurrengo hilabetean",
            "בחודש הבא",
            "w następnym miesiącu",
            "następnym miesiącu",
            "اگلے مہینے",
            "ukwezi gutaha",
            "oṣù tó ń bọ̀",
            "osu to n bo",
            "bulan depan",
            "в следующем месяце",
            "agle mahine",
            "agle mahine se",
        ),
    ),
    (
        "next year",
        (
            "mwaka ujao",
            "gelecek yıl",
            "gelecek sene",
            "seneye",
            "önümüzdeki yıl",
            "l'anno prossimo",
            "anno prossimo",
            "nākamgad",
            "nākamajā gadā",
            "järgmisel aastal",
            "datorren urtean",
            "hurrengo urtean",
            "בשנה הבאה",
            "w przyszłym roku",
            "اگلے سال",
            "umwaka utaha",
            "ọdún tó ń bọ̀",
            "odun to n bo",
            "tahun depan",
            "в следующем году",
            "agle saal",
        ),
    ),
    (
        "next week",
        (
            "wiki ijayo",
            "haftaya",
            "gelecek hafta",
            "önümüzdeki hafta",
            "la settimana prossima",
            "settimana prossima",
            "nākamnedēļ",
            "nākamajā nedēļā",
            "järgmisel nädalal",
            "hurrengo astean",
            "בשבוע הבא",
            "w następnym tygodniu",
            "اگلے ہفتے",
            "icyumweru gitaha",
            "ọ̀sẹ̀ tó ń bọ̀",
            "ose to n bo",
            "minggu depan",
            "на следующей неделе",
            "agle hafte",
        ),
    ),
    (
        "right away",
        (
            "sasa hivi",
            "mara moja",
            "haraka iwezekanavyo",
            "hemen",
            "en kısa sürede",
            "secepatnya",
            "segera",
            "срочно",
            "как можно скорее",
            "turant",
            "abhi se",
        ),
    ),
    ("as soon as possible", ("haraka",)),
    (
        "I decide",
        (
            "ninaamua",
            "naamua",
            "ninaamua mwenyewe",
            "mimi ndiye ninayeamua",
            "karar veren benim",
            "kararı ben veririm",
            "ben karar veririm",
            "kararı ben veriyorum",
            "saya yang memutuskan",
            "saya yang menentukan",
            "keputusan di saya",
            "я решаю",
            "решаю я",
            "решение принимаю я",
            "я принимаю решение",
            "main decide karta hoon",
            "main decide karti hoon",
            "main decide karunga",
            "decision mera hai",
            "decision meri hai",
            "final decision mera hai",
            "faisla mera hai",
            "main hi decide karta hoon",
        ),
    ),
    ("the final decision is theirs", ("final decision unka hoga", "final decision unka hai", "faisla unka hoga")),
    (
        "just gathering info for my boss",
        (
            "info le raha hoon boss ke liye",
            "info le rahi hoon boss ke liye",
            "boss ke liye info le raha hoon",
        ),
    ),
    ("gathering info", ("info le raha hoon", "info le rahi hoon", "info collect kar raha hoon")),
    ("for my boss", ("boss ke liye", "bos saya", "patronum için", "для начальника")),
    (
        "I am the owner",
        (
            "saya pemiliknya",
            "sahibiyim",
            "şirketin sahibiyim",
            "я владелец",
            "main malik hoon",
        ),
    ),
    ("owner", ("mmiliki", "pemilik", "sahibi", "владелец", "malik")),
    ("director", ("mkurugenzi", "direktur", "директор", "müdürü", "müdür")),
    ("CEO", ("mkurugenzi mtendaji", "genel müdür", "генеральный директор")),
    ("manager", ("meneja", "manajer", "руководитель")),
    ("boss", ("bosi", "atasan", "patron", "начальник")),
    ("company", ("kampuni", "şirket", "şirketimiz", "firmamız", "perusahaan", "компания", "компании")),
    ("our company", ("kampuni yetu", "perusahaan kami", "hamari company", "наша компания")),
    ("we are", ("sisi ni", "kami adalah")),
    ("construction", ("ujenzi", "inşaat", "konstruksi", "строительство", "строительная", "строительная компания")),
    ("roads", ("barabara",)),
    ("buildings", ("majengo",)),
    ("logistics", ("usafirishaji", "lojistik", "logistik", "логистика", "логистическая")),
    ("software", ("yazılım", "perangkat lunak", "программное обеспечение")),
    ("agriculture", ("kilimo", "tarım", "pertanian", "сельское хозяйство")),
    ("school", ("shule", "okul", "sekolah", "школа")),
    ("hospital", ("hospitali", "hastane", "rumah sakit", "больница")),
    ("clinic", ("kliniki", "klinik", "клиника")),
    ("shop", ("duka", "mağaza", "toko", "магазин", "dukaan")),
    ("online shop", ("toko online", "online mağaza", "интернет-магазин")),
    ("restaurant", ("mgahawa", "restoran", "rumah makan", "ресторан")),
    ("hotel", ("hoteli", "otel", "отель", "гостиница")),
    ("bank", ("benki", "банк")),
    ("farm", ("shamba", "çiftlik", "peternakan", "ферма")),
    ("factory", ("kiwanda", "fabrika", "pabrik", "завод")),
    ("in total", ("kwa jumla", "toplam", "всего")),
    ("we want to start", ("tunataka kuanza", "başlamak istiyoruz", "kami ingin mulai", "мы хотим начать")),
    ("in", ("mwezi wa", "dalam")),
    ("USD", ("долларов", "доллара", "dolar", "dola", "dolares")),
    ("euros", ("евро",)),
    ("lira", ("tl", "türk lirası")),
    ("rubles", ("рублей", "рубля")),
    ("shillings", ("shilingi", "ksh")),
    ("rupiah", ("rupiah", "rp")),
    ("months", ("bulan", "miezi", "ay içinde", "месяцев", "месяца")),
    ("weeks", ("hafta", "minggu", "недель", "недели")),
    # phrases that settle who decides, what the business is and when, read whole before their words
    ("I own a", ("saya pemilik", "saya punya")),
    ("I am the general manager", ("genel müdürüm",)),
    ("I am the founder", ("kurucusuyum", "kurucuyum", "şirketin kurucusuyum", "saya pendiri", "mimi ni mwanzilishi")),
    ("the decision is mine", ("karar benim", "karar bende", "keputusan ada di saya", "uamuzi ni wangu")),
    ("I'm just doing research", ("main bas research kar raha hoon", "main bas research kar rahi hoon")),
    (
        "the final decision is my boss's",
        ("final decision boss ka hai", "final decision boss ka hoga", "faisla boss ka hai"),
    ),
    ("just curious", ("cuma penasaran", "cuma penasaran aja", "hanya penasaran", "sadece merak ediyorum")),
    ("we are a factory", ("fabrikasıyız", "fabrikayız")),
    ("our budget is", ("bajeti yetu ni", "anggaran kami", "bütçemiz")),
    ("clothing store", ("toko baju", "kapdon ki dukaan", "kapde ki dukaan", "giyim mağazası")),
    ("telecommunications", ("telekomunikasi", "telekomünikasyon")),
    ("textile", ("tekstil",)),
    ("people", ("logon ki",)),
    ("in", ("za",)),
    ("two", ("dwa", "dwie")),
    ("three", ("trzy",)),
    ("four", ("cztery",)),
    ("weeks", ("tygodnie", "tygodni")),
    ("months", ("miesiące", "miesięcy")),
    ("I'm an intern", ("jestem stażystą", "jestem stażystką")),
    ("I have no influence", ("nie mam żadnego wpływu", "nie mam wpływu")),
    ("on the decision", ("na decyzję",)),
    ("by the end of", ("do końca",)),
    ("January", ("stycznia",)),
    ("February", ("lutego",)),
    ("March", ("marca",)),
    ("April", ("kwietnia",)),
    ("May", ("maja",)),
    ("June", ("czerwca",)),
    ("July", ("lipca",)),
    ("August", ("sierpnia",)),
    ("September", ("września",)),
    ("October", ("października",)),
    ("November", ("listopada",)),
    ("December", ("grudnia",)),
    ("roll out", ("wdrożyć",)),
    ("we", ("chúng tôi",)),
    ("we are a", ("chúng tôi là một", "chúng tôi là")),
    ("we have", ("chúng tôi có",)),
    ("about", ("khoảng", "khoảng chừng")),
    ("employees", ("nhân viên",)),
    ("company", ("công ty",)),
    ("construction", ("xây dựng",)),
    ("software", ("phần mềm",)),
    ("budget", ("ngân sách",)),
    ("a month", ("mỗi tháng", "một tháng", "hàng tháng")),
    ("next month", ("tháng sau", "tháng tới")),
    ("next year", ("năm sau", "năm tới")),
    ("I decide", ("tôi quyết định", "tôi là người quyết định")),
    # "giám đốc quyết định, em chỉ tìm hiểu thôi": the director decides, I only research
    ("decides", ("quyết định", "quyết")),
    ("researching", ("tìm hiểu",)),
    ("boss", ("sếp",)),
    ("director", ("giám đốc",)),
    ("shop", ("cửa hàng",)),
    ("restaurant", ("nhà hàng",)),
    ("hotel", ("khách sạn",)),
    ("school", ("trường học",)),
    ("hospital", ("bệnh viện",)),
    ("logistics", ("vận tải", "vận chuyển")),
    ("branches", ("cabang",)),
    ("with", ("dengan",)),
    ("in each", ("di masing-masing",)),
    ("power plant", ("pembangkit listrik",)),
    ("electricity", ("listrik",)),
    ("no rush", ("tidak buru-buru", "nggak buru-buru", "hakuna haraka", "acelemiz yok", "nie ma pośpiechu")),
    (
        "just looking",
        ("cuma lihat-lihat", "hanya melihat-lihat", "sadece bakıyorum", "tylko się rozglądam", "tylko patrzę"),
    ),
    ("this week", ("wiki hii", "bu hafta", "minggu ini")),
    ("we need it", ("tunaihitaji",)),
    ("person", ("kişilik",)),
    ("law firm", ("hukuk bürosu", "hukuk bürosuyuz", "avukatlık bürosu")),
    ("we run", ("tunaendesha",)),
    ("NGO", ("shirika lisilo la kiserikali",)),
    ("team", ("ekibiz", "ekip")),
    ("monthly", ("aylık",)),
    ("I'm just an intern", ("jestem tylko stażystą", "jestem tylko stażystką")),
    ("I have no say", ("nie mam nic do powiedzenia",)),
    ("we are a hotel", ("oteliz", "bir oteliz")),
    ("people", ("người",)),
    # a friend's or relative's business is theirs, not the visitor's (read by the extractor's kin rule)
    ("friend", ("kawan", "kawan saya", "teman", "teman saya", "rafiki", "rafiki yangu", "bạn tôi", "kaibigan ko")),
    ("we need it", ("kailangan namin ito", "kailangan namin")),
    ("next month", ("sa susunod na buwan",)),
    ("in two weeks", ("kahden viikon päästä",)),
    ("for next year", ("na przyszły rok",)),
    ("law firm", ("юридическая фирма",)),
    ("we are a small", ("мы небольшая", "мы небольшой")),
    ("USD", ("dolars", "dollers", "dolares")),
    ("thousand", ("hazaar", "hazar", "hajar")),
    ("rupees", ("rupaye", "rupay", "rupye")),
    (
        "the final decision is my manager's",
        ("final decision mere manager ka hoga", "final decision mere manager ka hai"),
    ),
    ("retail chain", ("розничная сеть",)),
    ("stores", ("магазинов",)),
    ("clothing", ("одежды",)),
    ("farm", ("trang trại",)),
    ("right away", ("ngay", "ngay lập tức")),
    ("next quarter", ("в следующем квартале",)),
    ("we are a manufacturing company", ("jsme výrobní firma", "jsme výrobní společnost")),
    ("manufacturing company", ("výrobní firma", "výrobní společnost", "výrobní firmu")),
    ("small", ("malá", "malý")),
    ("employees", ("zaměstnanců", "zaměstnanci", "työntekijää", "υπαλλήλους", "υπάλληλοι", "εργαζόμενους")),
    ("about", ("asi", "přibližně", "noin", "περίπου")),
    ("we are about", ("olemme noin",)),
    ("person", ("hengen",)),
    ("software company", ("ohjelmistoyritys", "softwarová firma")),
    ("we are a", ("είμαστε", "jsme")),
    ("hotel", ("ξενοδοχείο",)),
    ("with", ("με",)),
    ("I'm a student", ("öğrenciyim",)),
    ("just curious", ("sadece merak ettim",)),
    ("until", ("kadar", "a kadar")),
    ("at the latest", ("en geç",)),
    ("I'm a student", ("mimi ni mwanafunzi", "mimi ni mwanafunzi tu")),
    ("plantation", ("perkebunan", "perkebunan kelapa sawit")),
    ("palm oil", ("kelapa sawit",)),
    # Romanian: who they are, how many, how much and when
    ("we are a", ("suntem o", "suntem un")),
    ("company", ("firmă", "firma", "companie", "compania", "societate")),
    ("transport company", ("firmă de transport", "companie de transport", "firma de transport")),
    ("employees", ("de angajați", "de angajati", "angajați", "angajati", "de salariați", "salariați")),
    ("people", ("de oameni", "oameni", "de persoane", "persoane")),
    ("with", ("cu",)),
    ("our budget is", ("bugetul e", "bugetul este", "bugetul nostru e", "bugetul nostru este")),
    ("budget", ("bugetul", "buget")),
    ("about", ("cam", "aproximativ", "circa", "în jur de")),
    ("a month", ("pe lună", "pe luna", "lunar")),
    ("a year", ("pe an", "anual")),
    ("euros", ("de euro",)),
    ("next month", ("luna viitoare",)),
    ("next year", ("anul viitor",)),
    ("I decide", ("eu decid", "decid eu")),
    ("my boss decides", ("șeful decide", "decide șeful", "seful decide")),
    ("owner", ("proprietar", "proprietarul", "patronul")),
    ("founder", ("fondator", "fondatorul")),
    ("as soon as possible", ("cât mai repede", "cat mai repede", "cât mai curând")),
    ("no rush", ("nu ne grăbim", "nu e grabă", "nu ne grabim")),
    ("I'm a student", ("sunt student", "sunt studentă")),
    # Ukrainian
    ("we have", ("у нас",)),
    ("we are", ("нас",)),
    ("people", ("людей", "осіб", "чоловік")),
    ("employees", ("співробітників", "працівників", "працівники")),
    ("about", ("приблизно", "близько")),
    ("software", ("софт", "програмне забезпечення")),
    ("our own", ("власний", "власне", "власну")),
    ("we develop", ("ми розробляємо", "розробляємо")),
    ("I am the founder", ("я засновник", "я засновниця", "я співзасновник")),
    ("I am the owner", ("я власник", "я власниця")),
    ("founder", ("засновник",)),
    ("owner", ("власник",)),
    ("I decide", ("я вирішую", "вирішую я", "рішення приймаю я")),
    ("company", ("компанія", "компанії")),
    ("a month", ("на місяць", "щомісяця")),
    ("a year", ("на рік",)),
    ("next month", ("наступного місяця",)),
    ("I'm a student", ("я студент", "я студентка")),
    # Russian branches and quarters
    ("branches", ("филиала", "филиалов", "филиалы")),
    ("in the first quarter", ("в первом квартале",)),
    ("in the second quarter", ("во втором квартале",)),
    ("in the third quarter", ("в третьем квартале",)),
    ("in the fourth quarter", ("в четвёртом квартале", "в четвертом квартале")),
    ("we plan to buy", ("планируем купить", "планируем покупку")),
    # Greek
    ("people", ("άτομα", "ατόμων")),
    ("in the company", ("στην εταιρεία",)),
    ("company", ("εταιρεία",)),
    ("budget", ("προϋπολογισμός", "προϋπολογισμό")),
    ("a month", ("το μήνα", "τον μήνα", "μηνιαίως", "ανά μήνα")),
    ("I decide", ("αποφασίζω εγώ", "εγώ αποφασίζω")),
    ("owner", ("ιδιοκτήτης",)),
    # Tagalog
    ("I am the owner", ("ako ang may-ari",)),
    ("owner", ("may-ari",)),
    ("of a small", ("ng maliit na",)),
    ("I decide", ("ako ang magdedesisyon", "ako ang nagdedesisyon", "ako ang nagpapasya")),
    ("we want to start", ("gusto naming magsimula", "gusto naming simulan")),
    ("staff", ("ang staff namin",)),
    ("employees", ("ang empleyado namin", "empleyado", "manggagawa")),
    ("budget", ("badyet",)),
    ("a month", ("kada buwan", "bawat buwan")),
    ("I'm a student", ("estudyante ako", "ako ay estudyante")),
    # Polish: the decision and the deadline
    ("I recommend", ("rekomenduję", "polecam")),
    ("but the board decides", ("ale decyduje zarząd", "ale zarząd decyduje")),
    ("the boss decides", ("decyduje szef", "szef decyduje", "decyduje prezes", "prezes decyduje")),
    ("I decide", ("decyduję", "ja decyduję")),
    ("we are", ("jest nas",)),
    ("for the CEO", ("dla prezesa", "dla szefa", "dla zarządu", "для директора", "для керівника")),
    ("I'm just gathering quotes", ("ja tylko zbieram oferty", "tylko zbieram oferty", "zbieram oferty")),
    ("by the end of the year", ("do końca roku",)),
    ("by the end of the quarter", ("do końca kwartału",)),
    ("by the end of the month", ("do końca miesiąca",)),
    # Swahili and Indonesian
    ("we have no budget", ("hatuna bajeti",)),
    ("at all", ("kabisa",)),
    ("days", ("hari",)),
    ("we want to start", ("kami mau mulai",)),
    # batch 37: Polish, Hinglish, Swahili, Vietnamese, Afrikaans
    ("I am the owner of", ("jestem właścicielem", "jestem właścicielką")),
    ("construction company", ("firmy budowlanej", "firma budowlana", "firmę budowlaną")),
    ("my boss said", ("boss ne bola", "boss ne kaha")),
    ("look at the options", ("options dekho",)),
    ("this week", ("isi hafte", "is hafte")),
    ("we need it asap", ("jaldi chahiye",)),
    ("dollars", ("za marekani",)),
    ("within", ("trong vòng", "trong")),
    ("weeks ahead", ("tuần tới",)),
    ("weeks", ("tuần",)),
    ("next week", ("tuần sau",)),
    ("we want to roll out", ("mình muốn triển khai", "chúng tôi muốn triển khai")),
    ("we farm", ("ons boer",)),
    ("cattle", ("beeste",)),
    ("maize", ("mielies",)),
    ("we are a", ("ons is 'n",)),
    ("employees", ("werknemers",)),
    ("people", ("mense",)),
    ("budget", ("begroting",)),
    ("owner", ("eienaar",)),
    ("I decide", ("ek besluit",)),
    # batch 38: Polish, Russian, Hinglish, Tagalog, Turkish, Swahili, Vietnamese
    ("dollars", ("dolarów", "dolary", "dolara")),
    ("monthly", ("miesięcznie",)),
    ("yearly", ("rocznie",)),
    ("about", ("około",)),
    ("we have", ("mamy",)),
    ("branches", ("oddziały", "oddziałów", "oddziałach")),
    ("by the end of the year", ("до конца года",)),
    ("by the end of the month", ("до конца месяца",)),
    ("by the end of the quarter", ("до конца квартала",)),
    ("we want to launch", ("хотим запуститься", "хотим запустить")),
    ("months from now", ("mahine mein", "mahino mein", "mahinon mein")),
    ("weeks from now", ("hafte mein", "hafton mein")),
    ("days from now", ("din mein", "dinon mein")),
    ("of us in total", ("kami lahat",)),
    ("I am the owner", ("may-ari ako",)),
    ("I'm just researching", ("ben sadece araştırıyorum", "sadece araştırıyorum")),
    ("our general manager will decide", ("kararını genel müdürümüz verecek", "genel müdürümüz karar verecek")),
    ("textile manufacturing", ("tekstil üretimi",)),
    ("telecom company", ("kampuni ya mawasiliano ya simu", "mawasiliano ya simu")),
    ("university", ("trường đại học", "đại học")),
    # Vietnamese businesses
    ("insurance", ("bảo hiểm",)),
    ("bank", ("ngân hàng",)),
    ("clinic", ("phòng khám",)),
    ("factory", ("nhà máy",)),
    ("student", ("sinh viên",)),
)
SPACED: dict[str, tuple[str, ...]] = {}
for _english, _words in _SPACED_PAIRS:
    SPACED[_english] = SPACED.get(_english, ()) + _words
for _english, _words in SPACED_CORE:  # after these lists (tests/nlu/test_world_words.py: no word in both)
    SPACED[_english] = SPACED.get(_english, ()) + _words

# month names of these languages, with the Turkish case endings ("Mart'ta", "Ocak'tan")
_MONTHS: dict[str, tuple[str, ...]] = {
    "January": ("januari", "ocak", "январе", "январь", "janvari"),
    "February": ("februari", "şubat", "феврале", "февраль"),
    "March": ("machi", "maret", "mart", "марте", "март"),
    "April": ("aprili", "nisan", "апреле", "апрель"),
    "May": ("mei", "mayıs", "мае", "май"),
    "June": ("juni", "haziran", "июне", "июнь"),
    "July": ("julai", "juli", "temmuz", "июле", "июль"),
    "August": ("agosti", "agustus", "ağustos", "августе", "август"),
    "September": ("septemba", "eylül", "сентябре", "сентябрь"),
    "October": ("oktoba", "oktober", "ekim", "октябре", "октябрь"),
    "November": ("novemba", "kasım", "ноябре", "ноябрь"),
    "December": ("desemba", "desember", "aralık", "декабре", "декабрь"),
}
_TURKISH_CASES = ("ta", "te", "da", "de", "tan", "ten", "a", "e", "ya", "ye")  # "Mart'ta", "Mart'a kadar"
for _month, _names in _MONTHS.items():
    SPACED[_month] = SPACED.get(_month, ()) + _names + tuple(f"{w}'{end}" for w in _names for end in _TURKISH_CASES)

# English -> words matched inside words: Japanese, Chinese, Korean, Thai, Hindi (Devanagari), Arabic and Hebrew,
# as pairs like the spaced ones
_UNSPACED_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "employees",
        (
            "従業員",
            "社員",
            "職員",
            "スタッフ",
            "员工",
            "職工",
            "직원",
            "कर्मचारी",
            "मुलाज़िम",
            "موظفين",
            "موظفا",
            "موظف",
        ),
    ),
    ("people", ("लोग", "व्यक्ति", "أشخاص", "شخص")),
    ("about", ("約", "およそ", "だいたい", "大约", "大概", "约", "लगभग", "करीब", "तकरीबन", "حوالي", "تقريبا", "نحو")),
    ("in total", ("合計", "全体で", "全部で", "全社で", "总共", "一共", "총", "कुल")),
    ("budget", ("予算", "预算", "예산", "बजट", "ميزانيتنا", "الميزانية", "ميزانية")),
    (
        "a month",
        (
            "毎月",
            "月額",
            "每月",
            "每个月",
            "매월",
            "한 달에",
            "प्रति माह",
            "हर महीने",
            "महीने का",
            "شهريا",
            "في الشهر",
            "كل شهر",
        ),
    ),
    (
        "a year",
        (
            "年間",
            "年額",
            "毎年",
            "每年",
            "一年",
            "연간",
            "매년",
            "सालाना",
            "प्रति वर्ष",
            "हर साल",
            "سنويا",
            "في السنة",
        ),
    ),
    ("next month", ("来月", "下个月", "下月", "다음 달", "다음달", "अगले महीने", "الشهر القادم", "الشهر المقبل")),
    ("in two months", ("再来月",)),
    ("next year", ("来年", "明年", "내년", "अगले साल", "السنة القادمة", "العام المقبل", "العام القادم")),
    (
        "next week",
        (
            "来週",
            "下周",
            "下星期",
            "다음 주",
            "다음주",
            "अगले हफ्ते",
            "अगले सप्ताह",
            "الأسبوع القادم",
            "الأسبوع المقبل",
        ),
    ),
    ("this week", ("今週", "这周", "本周", "이번 주", "इस हफ्ते", "هذا الأسبوع")),
    ("this month", ("今月", "这个月", "本月", "이번 달", "इस महीने", "هذا الشهر")),
    ("by the end of the year", ("年内", "年底", "연말", "साल के अंत तक", "نهاية العام")),
    (
        "right away",
        (
            "今すぐ",
            "すぐに",
            "至急",
            "早急に",
            "马上",
            "立即",
            "尽快",
            "바로",
            "즉시",
            "तुरंत",
            "فورا",
            "حالا",
            "في أقرب وقت",
        ),
    ),
    (
        "I decide",
        (
            "私が決めます",
            "私が決める",
            "私が決定します",
            "私が決裁します",
            "決裁者は私",
            "決定権は私",
            "我来决定",
            "我决定",
            "由我决定",
            "我做决定",
            "제가 결정합니다",
            "제가 결정해요",
            "제가 결정",
            "मैं फैसला करता हूँ",
            "मैं फैसला करती हूँ",
            "मैं तय करता हूँ",
            "फैसला मेरा है",
            "أنا صاحب القرار",
            "القرار لي",
            "أنا من يقرر",
            "أنا أقرر",
        ),
    ),
    # "最終決定は部長がします": the department head makes the final decision
    ("the final decision:", ("最終決定は", "最终决定由", "최종 결정은", "अंतिम फैसला", "القرار النهائي")),
    (
        "makes the final decision",
        (
            "がします",
            "が決めます",
            "が決定します",
            "が決裁します",
            "决定",
            "결정합니다",
            "يقرر",
        ),
    ),
    (
        "I was asked to compare the options",
        (
            "比較検討を任されています",
            "比較検討を任されました",
            "让我比较",
            "비교를 맡았",
        ),
    ),
    (
        "I am the owner",
        (
            "私がオーナーです",
            "私がオーナー",
            "我是老板",
            "제가 대표",
            "제가 사장",
            "मैं मालिक हूँ",
            "أنا المالك",
            "أنا صاحب الشركة",
        ),
    ),
    ("I am the contact person", ("私は担当者", "担当者です", "我是负责人", "我是对接人", "저는 담당자", "मैं ज़िम्मेदार हूँ")),
    ("just gathering information", ("情報収集", "了解一下", "정보 수집", "जानकारी ले रहा", "جمع معلومات")),
    ("student", ("学生", "학생", "छात्र", "طالب")),
    ("owner", ("オーナー", "老板", "사장", "मालिक", "صاحب")),
    ("the CEO", ("社長", "代表取締役", "代表", "总经理", "总裁", "대표", "सीईओ", "المدير العام", "الرئيس التنفيذي")),
    ("the department head", ("部長", "部门经理", "부장")),
    ("my boss", ("上司", "领导", "상사", "बॉस", "مديري")),
    ("manager", ("マネージャー", "经理", "매니저", "मैनेजर", "مدير")),
    ("director", ("निदेशक",)),
    ("we are a", ("弊社は", "当社は", "我们是", "저희는", "हम एक", "نحن")),
    ("logistics", ("物流", "运输", "물류", "लॉजिस्टिक्स", "لوجستية", "الشحن")),
    ("trucking", ("運送",)),
    ("inn", ("旅館",)),
    ("hotel", ("ホテル", "酒店", "宾馆", "호텔", "होटल", "فندق")),
    ("restaurant", ("飲食店", "レストラン", "餐厅", "饭店", "식당", "레스토랑", "रेस्टोरेंट", "ढाबा", "مطعم")),
    ("construction", ("建設", "建築", "工務店", "建筑", "건설", "निर्माण", "مقاولات", "إنشاءات", "بناء")),
    ("manufacturer", ("製造", "メーカー", "制造", "제조", "विनिर्माण", "تصنيع")),
    ("factory", ("工場", "工厂", "공장", "फैक्ट्री", "कारखाना", "مصنع")),
    ("software", ("ソフトウェア", "软件", "소프트웨어", "सॉफ्टवेयर", "برمجيات")),
    ("hospital", ("病院", "医院", "병원", "अस्पताल", "مستشفى")),
    ("clinic", ("クリニック", "诊所", "의원", "클리닉", "क्लिनिक", "عيادة")),
    ("dental", ("歯科", "牙科", "치과")),
    ("school", ("学校", "学习塾", "塾", "학교", "학원", "स्कूल", "مدرسة")),
    ("university", ("大学", "대학교", "विश्वविद्यालय", "جامعة")),
    ("real estate", ("不動産", "房地产", "부동산", "रियल एस्टेट", "عقارات")),
    ("bank", ("銀行", "银行", "은행", "बैंक", "بنك")),
    ("insurance", ("保険", "保险", "보험", "बीमा", "تأمين")),
    ("accounting firm", ("会計事務所", "税理士事務所", "会计师事务所", "회계법인")),
    ("law firm", ("法律事務所", "律师事务所", "법률사무소")),
    ("farm", ("農家", "農業", "农场", "农业", "농장", "농업", "खेती", "مزرعة")),
    ("online shop", ("ネットショップ", "网店", "온라인 쇼핑몰", "ऑनलाइन दुकान", "متجر إلكتروني")),
    ("shop", ("ショップ", "商店", "가게", "दुकान", "متجر")),
    ("nonprofit", ("非営利", "NPO法人", "非营利", "비영리", "गैर-लाभकारी", "غير ربحية")),
    ("city government", ("市役所", "自治体", "政府", "시청", "नगर निगम", "بلدية")),
    ("company", ("会社", "公司", "회사", "कंपनी", "شركة")),
    ("dollars", ("ドル", "美元", "달러", "डॉलर", "دولار")),
    ("euros", ("ユーロ", "欧元", "유로", "यूरो", "يورو")),
    ("rupees", ("रुपये", "रुपए", "रुपया")),
    ("spring", ("春",)),
    ("summer", ("夏",)),
    ("autumn", ("秋",)),
    ("winter", ("冬",)),
    # Arabic written with its short vowels ("شهريًا"), and more phrases
    ("a month", ("شهريًا", "شهرياً")),
    ("a year", ("سنويًا", "سنوياً")),
    ("right away", ("فورًا", "في أسرع وقت ممكن", "في أسرع وقت")),
    ("about", ("تقريبًا", "ประมาณ")),
    ("I am the final approver", ("私が最終決裁者", "最終決裁者は私", "私が決裁者")),
    ("telecom", ("통신", "اتصالات")),
    ("lakh", ("लाख",)),
    ("credit union", ("信用金庫", "信用組合")),
    ("we are", ("私たちは", "我々は")),
    ("I will propose it to my boss", ("上司に提案", "上司に相談")),
    ("next quarter", ("下个季度", "下季度", "来期", "다음 분기")),
    ("I do the research", ("我负责调研", "我负责研究")),
    ("the boss decides", ("由老板拍板", "老板拍板", "老板说了算")),
    ("decides", ("拍板",)),
    ("cross-border e-commerce", ("跨境电商",)),
    ("e-commerce", ("电商",)),
    ("real estate", ("عقارية", "عقاري")),
    ("we have", ("เรามี",)),
    ("employees", ("พนักงาน",)),
    ("people", ("คน",)),
    ("company", ("חברת", "חברה")),
    ("software", ("תוכנה",)),
    ("supermarket chain", ("连锁超市",)),
    ("have", ("有",)),
    ("employees", ("עובדים",)),
    ("with", ("עם",)),
    ("employees", ("个员工", "名员工", "位员工", "個員工", "名員工", "位員工")),
    ("within", ("خلال",)),
    ("two weeks", ("أسبوعين",)),
    ("supermarket", ("超市",)),
    ("within", ("ภายใน",)),
    ("weeks", ("สัปดาห์",)),
    ("I'm doing research", ("सिर्फ़ रिसर्च कर रहा", "सिर्फ रिसर्च कर रहा")),
    ("the decision is my boss's", ("फ़ैसला मेरे बॉस का है", "फैसला मेरे बॉस का है")),
    ("we are a", ("우리는", "אנחנו")),
    # no say, an intern, the one who evaluates; who decides, said the other way round
    (
        "I have no say",
        (
            "没有决定权",
            "没有决策权",
            "无权决定",
            "沒有決定權",
            "決定権はありません",
            "決定権がありません",
            "결정권이 없",
        ),
    ),
    ("intern", ("实习生", "インターン", "인턴")),
    ("I do the research", ("我负责评估", "我负责比较", "我负责选型", "我来评估")),
    ("makes the final decision", ("最终决定", "最终拍板")),
    ("I am the CEO", ("私は社長", "我是总经理", "저는 대표")),
    ("I am", ("私は",)),
    (
        "the director decides",
        ("결정은 원장님", "원장님이 결정", "결정은 대표님", "대표님이 결정", "결정은 사장님", "사장님이 결정"),
    ),
    ("I will report to the director", ("원장님께 보고", "대표님께 보고", "사장님께 보고")),
    ("director", ("원장님", "원장")),
    ("a week", ("أسبوع",)),
    ("a month", ("شهر",)),
    # batch 38: Korean, Chinese, Japanese, Arabic
    ("I will report to my team lead", ("팀장님께 보고",)),
    ("I'm researching", ("조사하고 있어요", "조사 중")),
    ("3 stores", ("三家店", "三家分店", "三家门店")),
    ("2 stores", ("两家店", "两家分店", "两家门店")),
    ("4 stores", ("四家店", "四家分店")),
    ("5 stores", ("五家店", "五家分店")),
    ("each with", ("每家", "每个店", "每店")),
    (",", ("，", "、")),  # full-width commas, so the clauses around them read as clauses
    ("I am the CEO", ("私が社長",)),
    ("I am the founder", ("أنا مؤسس", "أنا مؤسسة")),
    ("software company", ("شركة برمجيات",)),
    # Hebrew
    ("people", ("אנשים",)),
    ("employees", ("עובדים",)),
    ("I'm a student", ("אני סטודנט", "אני סטודנטית")),
    ("just curious", ("סתם מתעניין", "סתם מתעניינת", "רק מתעניין", "רק מתעניינת")),
    ("I decide", ("אני מחליט", "אני מחליטה", "ההחלטה שלי")),
    ("the boss decides", ("הבוס מחליט", "המנהל מחליט", 'המנכ"ל מחליט')),
    ("mostly", ("ส่วนใหญ่เป็น", "ส่วนใหญ่", "பெரும்பாலும்")),
    ("our customers are", ("ลูกค้าของเรา", "எங்கள் வாடிக்கையாளர்கள்", "我们的客户", "우리 고객은", "私たちの顧客は")),
    ("he decides", ("הוא מחליט", "הוא יחליט")),
    ("she decides", ("היא מחליטה", "היא תחליט")),
    ("my manager", ("המנהל שלי", "המנהלת שלי")),
    ("I recommend", ("אני ממליץ", "אני ממליצה")),
    ("recommend", ("ממליץ", "ממליצה")),
    ("owner", ("בעלים", "הבעלים")),
    ("budget", ("תקציב",)),
    ("a month", ("בחודש", "לחודש")),
    # Thai
    ("we are a", ("เราเป็น",)),
    ("restaurant", ("ร้านอาหาร",)),
    ("hotel", ("โรงแรม",)),
    ("shop", ("ร้านค้า",)),
    ("company", ("บริษัท",)),
    ("budget", ("งบประมาณ",)),
    ("a month", ("ต่อเดือน", "เดือนละ")),
    ("next month", ("เดือนหน้า",)),
    ("owner", ("เจ้าของ",)),
    # the start of next year, who holds the approval, whose legwork: "明年初", "決裁権は私にあります", "帮老板收集信息"
    ("early next year", ("明年初", "明年年初", "来年初め", "来年初", "내년 초")),
    ("I decide", ("決裁権は私", "決裁権があります", "決裁権を持っています")),
    ("I am just", ("我只是",)),
    ("for my boss", ("帮老板", "替老板", "给老板")),
    ("gathering information", ("收集信息", "收集资料", "搜集信息", "搜集资料")),
    ("the boss decides", ("他来决定", "她来决定", "老板决定", "由他决定", "由她决定")),
    ("I am the CEO", ("社長です", "社長をしています", "代表取締役です", "أنا المدير التنفيذي", "أنا الرئيس التنفيذي")),
    ("the CEO", ("المدير التنفيذي",)),
    ("I work in purchasing", ("구매 담당자", "구매담당자", "采购负责人", "購買担当")),
    ("the CEO makes the final decision", ("대표님이 최종 결정", "사장님이 최종 결정", "대표님께서 최종 결정")),
    ("makes the final decision", ("최종 결정하", "최종 결정을 하", "최종결정")),
    ("and I decide", ("وصاحب القرار", "وأنا صاحب القرار")),
    ("dirhams", ("درهم", "دراهم")),
    ("riyals", ("ريال",)),
    ("thousand", ("ألف",)),
    ("in two months", ("בעוד חודשיים",)),
    ("want to start", ("רוצים להתחיל",)),
    ("solar energy", ("אנרגיה סולארית",)),
    ("energy", ("אנרגיה",)),
    ("by the end of this year", ("올해 말까지",)),
    ("end of this year", ("올해 말",)),
    ("securities firm", ("증권사",)),
    ("marketing agency", ("마케팅 대행사",)),
    ("agency", ("대행사",)),
    ("manager", ("課長",)),
    ("evaluating", ("検討しています", "検討中")),
    ("I will propose it to my boss", ("部長に提案", "課長に提案", "社長に提案")),
    ("I am the CEO", ('אני המנכ"ל', "אני המנכל", 'אני מנכ"ל')),
    ("the CEO", ('המנכ"ל',)),
    ("I am the founder", ("אני מייסד", "אני המייסד", "אני מייסדת", "אני המייסדת", "אני השותף המייסד")),
    ("founder", ("מייסד", "מייסדת", "המייסד", "המייסדת")),
    # "ההרצאה של המנכ״ל שלכם": your CEO's talk; "御社の社長": your company's president
    ("of yours", ("שלכם", "שלכן")),
    ("your company's", ("御社の", "貴社の")),
    ("team lead", ("팀장",)),
    ("the final decision is with the CEO", ("최종 결정은 대표님이", "최종 결정은 사장님이")),
    ("am the CEO of the company", ("회사 대표입니다",)),
    ("I am the CEO of", ("أنا مدير عام",)),
    ("the CEO", ("مدير عام",)),
    ("construction company", ("شركة مقاولات",)),
    ("a law firm", ("律师事务所",)),
    ("partner", ("合伙人",)),
    ("I decide", ("这事我说了算", "我说了算")),
    ("dollars", ("美元",)),
    ("I will report to the director", ("대표님께 보고드리",)),
)
UNSPACED: dict[str, tuple[str, ...]] = {}
for _english, _words in _UNSPACED_PAIRS:
    UNSPACED[_english] = UNSPACED.get(_english, ()) + _words
for _english, _words in UNSPACED_CORE:
    UNSPACED[_english] = UNSPACED.get(_english, ()) + _words

_JAPANESE_MONTHS = {str(n): calendar.month_name[n] for n in range(1, 13)}
_SCALE = {"万": 10_000, "千": 1_000, "億": 100_000_000, "만": 10_000, "천": 1_000}
_CURRENCY = {
    "人民币": "yuan",
    "新加坡元": "SGD",
    "澳元": "AUD",
    "加元": "CAD",
    "英镑": "GBP",
    "元人民币": "yuan",
    "円": "yen",
    "日元": "yen",
    "ドル": "dollars",
    "달러": "dollars",
    "유로": "euros",
    "美元": "dollars",
    "ユーロ": "euros",
    "欧元": "euros",
    "元": "yuan",
    "만원": "won",
    "원": "won",
}
_MONTHLY = ("毎月", "月額", "月に", "月", "每月", "每个月", "매월", "월")
_YEARLY = ("年間", "年額", "年に", "年", "每年", "연간", "매년")
# "月5万円", "年間100万円くらい", "5万円": an amount with its scale and currency, and the period Japanese and
# Chinese put before it
MONEY_RE = re.compile(
    r"(?P<period>"
    + "|".join(sorted(_MONTHLY + _YEARLY, key=len, reverse=True))
    + r")?\s*(?P<about>約|およそ|大约|约|약)?\s*(?P<number>\d+(?:[.,]\d+)?)\s*(?P<scale>"
    + "|".join(_SCALE)
    + r")?\s*(?P<currency>"
    + "|".join(sorted(_CURRENCY, key=len, reverse=True))  # "元人民币" and "新加坡元" before "元"
    + r")(?:\s*[/／]\s*(?P<after>月|年))?"  # "50万円/月": the period after the amount
)
# "2万人": a number times its scale, whatever it counts
SCALED_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(" + "|".join(_SCALE) + ")")
# "45人", "80名", "30명": people counted
COUNTED_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(人(?!民币)|名|명)")  # (人民币 is the yuan)
# "1월 15일까지", "3月1号", "4月10日まで": a day of a month, and by it
CJK_DATE_RE = re.compile(
    r"(?<![\d.])(1[0-2]|[1-9])\s*[月월]\s*(3[01]|[12]\d|[1-9])\s*[日号號일](까지|まで(?:に)?|之前|以前|前)?"
)


def cjk_date(match: re.Match[str]) -> str:
    by = "by " if match.group(3) else ""
    return f"{by}{calendar.month_name[int(match.group(1))]} {match.group(2)}"


# "4月から", "12月に": a month's name, and from, in or by it (not "3ヶ月", three months)
MONTH_RE = re.compile(r"(?<![\d.])(1[0-2]|[1-9])\s*月(から|までに|に|ごろ|頃|开始|份)?")
_MONTH_WHEN = {"から": "from", "までに": "by", "开始": "from"}
# "3ヶ月", "3か月後", "3个月", "3개월": months; "2週間" weeks
DURATION_RE = re.compile(
    r"(\d+)\s*(?:(?P<months>ヶ月|か月|カ月|ケ月|个月|個月|개월)|週間|周|주)(?:後|以内|内|후|以後)?"
)
# Arabic-Indic and Devanagari digits are digits
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 3)
# Hinglish "50 log", "200 logo ki company": people, only right after a number ("log" alone is English)
HINGLISH_PEOPLE_RE = re.compile(r"(?<=\d)\s+(?:log|logo|logon|logoṃ)\b(?:\s+ha[ii]n?\b)?", re.I)
# a character of a script written without spaces between words (kana, CJK ideographs, Hangul, Thai)
_UNSPACED_SCRIPTS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
UNSPACED_CHAR_RE = re.compile(f"[{_UNSPACED_SCRIPTS}]")
# a message that needs the words of UNSPACED: those scripts, and Hebrew, Arabic, Devanagari, Bengali, Tamil, Ethiopic,
# Khmer, Georgian and Armenian, whose words are read inside words too (attached particles and postpositions)
FAR_SCRIPT_RE = re.compile(
    rf"[{_UNSPACED_SCRIPTS}\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u1200-\u137f"
    r"\u1780-\u17ff\u10a0-\u10ff\u0530-\u058f]"
)
UNSPACED_WORDS = {word: english for english, all_words in UNSPACED.items() for word in all_words}
UNSPACED_RE = re.compile("|".join(re.escape(w) for w in sorted(UNSPACED_WORDS, key=len, reverse=True)))


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def money(match: re.Match[str]) -> str:
    amount = _number(match.group("number")) * _SCALE.get(match.group("scale") or "", 1)
    said = f"{'about ' if match.group('about') else ''}{amount:.0f} {_CURRENCY[match.group('currency')]}"
    period = match.group("period") or ""
    after = match.group("after")
    if after:
        return said + (" a month" if after == "月" else " a year")
    return said + (" a month" if period in _MONTHLY else " a year" if period else "")


# "一万美元", "三千", "二十万": a Chinese or Japanese numeral before its scale, read as digits first
# "五十人", "三月一号", "两百人" (two hundred people; it was read as 2)
CHINESE_NUMERAL_RE = re.compile(r"([一二两三四五六七八九十百千零]+)(?=[万千百人名位个月号日])")
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_numeral(match: re.Match[str]) -> str:
    said = match.group(1)
    if not any(char in _CHINESE_UNITS for char in said):
        return "".join(str(_CHINESE_DIGITS.get(char, 0)) for char in said)  # digit by digit: "二〇二六", "三"
    total, digit = 0, 0
    for char in said:
        if char in _CHINESE_UNITS:
            total += (digit or 1) * _CHINESE_UNITS[char]  # "十五" is fifteen, "三百五十" three hundred and fifty
            digit = 0
        else:
            digit = _CHINESE_DIGITS.get(char, 0)
    return str(total + digit)


def scaled(match: re.Match[str]) -> str:
    return f"{_number(match.group(1)) * _SCALE[match.group(2)]:.0f}"


def counted(match: re.Match[str]) -> str:
    return f"{match.group(1)} people"


def month(match: re.Match[str]) -> str:
    return f"{_MONTH_WHEN.get(match.group(2) or '', 'in')} {_JAPANESE_MONTHS[match.group(1)]}"


def duration(match: re.Match[str]) -> str:
    return f"in {match.group(1)} {'months' if match.group('months') else 'weeks'}"
