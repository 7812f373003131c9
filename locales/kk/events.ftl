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
    [strategic_partnership] { COUNTRY($a, form: "and") } { COUNTRY($b) } арасындағы стратегиялық әріптестіктің { occasion-years }дығына
   *[diplomatic_relations] { COUNTRY($a, form: "and") } { COUNTRY($b) } арасында дипломатиялық қатынастар орнағанына { occasion-years } толуына
} орайластырылды.
occasion-invitation = { occasion-kind } { CASE($who, case: "gen") } шақыруымен өтті.

## Сапар: қонақты кім қабылдады, келіссөздер, қол қойылған құжаттар.
visit-received = { CASE($host, case: "nom") } { CASE($visitor, case: "acc") } қабылдады.
visit-talks = { $first ->
    [yes] { CASE($visitor, case: "nom") } { CASE($counterpart, case: "ins") } келіссөздер жүргізді.
   *[no] Сондай-ақ { CASE($counterpart, case: "ins") } келіссөздер өтті.
}
visit-documents = Келіссөздер қорытындысы бойынша тараптар { CASE($documents, case: "dat") } қол қойды.

## Бағдарламадағы іс-шаралар
side-forum = Сондай-ақ { side-by }{ $participants ->
    [0] {""}
   *[other] {" "}{ $participants } қатысушының басын қосқан
}{ $has_title ->
    [yes] {" "}«{ $title }» атты
   *[no] {""}
} { CASE($format, case: "dat") } қатысты.
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
