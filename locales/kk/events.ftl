### Оқиғаның түріне қосымша бөліктері: себебі, сапар қонағын кім қабылдады, келіссөздер мен
### қол қойылған құжаттар, бағдарламаның басқа іс-шаралары және жаңа мәлімдеме түрлері.

## Кім қатысты: оқиғада аталған адам немесе бірінші тараптың делегациясы.
side-by = { $by_kind ->
    [person] { CASE($by, case: "nom") }
   *[delegation] { COUNTRY($country) } делегациясы
}

occasion-years = { $years } жыл
occasion-kind = { $kind ->
    [political_consultations] Консультациялар
    [visit] Сапар
    [talks] Кездесу
    [forum] Форум
    [exhibition_opening] Көрме
   *[other] Іс-шара
}
occasion-anniversary = { occasion-kind } { $of ->
    [independence] { COUNTRY($a, form: "gen") } Тәуелсіздігінің { $years } жылдығына
    [treaty] { $title } қол қойылғанына { occasion-years } толуына
    [strategic_partnership] { occasion-pair } арасындағы стратегиялық әріптестіктің { occasion-years }дығына
   *[diplomatic_relations] { occasion-pair } арасында дипломатиялық қатынастар орнағанына { occasion-years } толуына
} орайластырылды.
# Лидте аталған екі ел — «екі ел».
occasion-pair = { $pair_named ->
    [yes] екі ел
   *[no] { COUNTRY($a, form: "and") } { COUNTRY($b) }
}
occasion-invitation = { occasion-kind } { CASE($who, case: "gen") } шақыруымен өтті.

## Сапар: қонақты кім қабылдады, келіссөздер, қол қойылған құжаттар.
visit-received = { CASE($host, case: "nom") } { CASE($visitor, case: "acc") } қабылдады.
visit-talks = { $first ->
    [yes] { CASE($visitor, case: "nom") } { CASE($counterpart, case: "ins") } келіссөздер жүргізді.
   *[no] Сондай-ақ { CASE($visitor, case: "nom") } { CASE($counterpart, case: "ins") } келіссөздер жүргізді.
}
# «Нәтижесінде»: the sentence before has just said «келіссөздер».
visit-documents = Нәтижесінде тараптар { CASE($documents, case: "dat") } қол қойды.

## Бағдарламадағы іс-шаралар
side-forum = Сондай-ақ { side-by }{ $participants ->
    [0] {""}
   *[other] {" "}{ $participants } қатысушының басын қосқан
}{ $has_title ->
    [yes] {" "}«{ $title }» атты
   *[no] {""}
} { CASE($format_plain, case: "dat") } қатысты.
side-wreath_laying = { side-by } { CASE($at, case: "dat") } гүл шоқтарын қойды.
side-institution_visit = Сондай-ақ { side-by } { CASE($to, case: "dat") } барды.
side-lecture = { side-by } { CASE($at, case: "loc") }{ $has_title ->
    [yes] {" "}«{ $title }» тақырыбында
   *[no] {""}
} дәріс оқыды.
side-signing = Сондай-ақ тараптар { CASE($documents, case: "dat") } қол қойды.

## Мәлімдемелер
statement-welcomed = { $first ->
    [yes] { statement-by-start }
   *[no] Сондай-ақ { statement-by }
} { $about } құптады.
statement-noted = { $first ->
    [yes] { statement-by-start }
   *[no] Сондай-ақ { statement-by }
} { $about } атап өтті.
statement-stressed = { $first ->
    [yes] { statement-by-start }
   *[no] Сондай-ақ { statement-by }
} { $about } ерекше атап өтті.
statement-expressed_hope = { statement-by-start } { $about } үміт білдірді.
statement-announced_intention = { statement-by-start } { $about } ниетін білдірді.
statement-reaffirmed_support = { statement-by-start } { $about } қолдайтынын растады.

## Халықаралық ұйымдар: алғаш толық атауы, аббревиатурасымен; кейін аббревиатурасы (.short).
organization-un = Біріккен Ұлттар Ұйымы
    .acronym = БҰҰ
    .short = БҰҰ
organization-osce = Еуропадағы қауіпсіздік және ынтымақтастық ұйымы
    .acronym = ЕҚЫҰ
    .short = ЕҚЫҰ
organization-cis = Тәуелсіз Мемлекеттер Достастығы
    .acronym = ТМД
    .short = ТМД
organization-sco = Шанхай ынтымақтастық ұйымы
    .acronym = ШЫҰ
    .short = ШЫҰ
organization-eaeu = Еуразиялық экономикалық одақ
    .acronym = ЕАЭО
    .short = ЕАЭО
organization-cica = Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес
    .acronym = АӨСШК
    .short = АӨСШК
organization-oic = Ислам ынтымақтастығы ұйымы
    .acronym = ИЫҰ
    .short = ИЫҰ
organization-eu = Еуропалық одақ
    .acronym = ЕО
    .short = ЕО
organization-coe = Еуропа Кеңесі
    .acronym = Еуропа Кеңесі
    .short = Еуропа Кеңесі
organization-oas = Америка мемлекеттерінің ұйымы
    .acronym = АМҰ
    .short = АМҰ
organization-celac = Латын Америкасы және Кариб бассейні мемлекеттерінің қоғамдастығы
    .acronym = СЕЛАК
    .short = СЕЛАК
organization-aladi = Латын Америкасы интеграциялық қауымдастығы
    .acronym = ALADI
    .short = ALADI
organization-csto = Ұжымдық қауіпсіздік туралы шарт ұйымы
    .acronym = ҰҚШҰ
    .short = ҰҚШҰ
organization-ots = Түркі мемлекеттері ұйымы
    .acronym = ТМҰ
    .short = ТМҰ
organization-olade = Латын Америкасы энергетикалық ұйымы
    .acronym = OLADE
    .short = OLADE
organization-oecd = Экономикалық ынтымақтастық және даму ұйымы
    .acronym = ЭЫДҰ
    .short = ЭЫДҰ
organization-pacific_alliance = Тынық мұхиты альянсы
    .acronym = ТА
    .short = Тынық мұхиты альянсы

## Халықаралық ұйым органының отырысы; көңіл айту немесе құттықтау жеделхаты.
headline-organization_meeting = { $participant_head } { $home ->
    [yes] {""}
   *[other] { CASE($city, case: "loc") } өткен{" "}
}{ CASE($organization_short, case: "gen") } { CASE($org_body, case: "gen") } отырысына қатысты
lead-organization_meeting = { lead-when }{ $participant } { CASE($city, case: "loc") }{ $has_chair ->
    [yes] {" "}{ CASE($chair, case: "gen") } төрағалығымен
   *[no] {""}
} өткен { CASE($organization, case: "gen") } { CASE($org_body, case: "gen") } отырысына қатысты
headline-message = { $from_head } { $message ->
    [condolences] { CASE($to, case: "dat") } көңіл айтты
   *[congratulations] { CASE($to, case: "acc") } құттықтады
}
lead-message = { lead-when }{ $from } { $message ->
    [condolences] { CASE($to, case: "dat") } { $about } көңіл айту жеделхатын жолдады
   *[congratulations] { CASE($to, case: "dat") } { $about } құттықтау жеделхатын жолдады
}
