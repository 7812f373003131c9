### Части события сверх собственных предложений вида: повод, кто принял гостя визита,
### переговоры и подписанные документы, прочие мероприятия программы и новые виды заявлений.

## Кто участвовал: названное лицо или делегация первой стороны (женский род: «приняла»).
side-by = { $by_kind ->
    [person] { CASE($by, case: "nom") }
   *[delegation] { COUNTRY($country, form: "adj-f") } делегация
}

occasion-years = { $years }-летию
occasion-kind = { $kind ->
    [political_consultations] Консультации приурочены
    [visit] Визит приурочен
    [talks] Встреча приурочена
    [forum] Форум приурочен
    [exhibition_opening] Выставка приурочена
   *[other] Мероприятие приурочено
}
occasion-anniversary = { occasion-kind } к { occasion-years } { $of ->
    [independence] независимости { COUNTRY($a, form: "gen") }
    [treaty] подписания { $title }
    [strategic_partnership] стратегического партнерства между { COUNTRY($a, form: "ins") } и { COUNTRY($b, form: "ins") }
   *[diplomatic_relations] установления дипломатических отношений между { COUNTRY($a, form: "ins") } и { COUNTRY($b, form: "ins") }
}.
occasion-invitation = { $kind ->
    [political_consultations] Консультации состоялись
    [visit] Визит состоялся
    [talks] Встреча состоялась
    [forum] Форум состоялся
   *[other] Мероприятие состоялось
} по приглашению { CASE($who, case: "gen") }.

## Визит: кто принял, переговоры, подписанные документы.
visit-received = { CASE($visitor, case: "nom") } { $visitor_gender ->
    [f] была принята
   *[m] был принят
} { CASE($host, case: "ins") }.
visit-talks = { $first ->
    [yes] { CASE($visitor, case: "nom") } { $visitor_gender ->
        [f] провела
       *[m] провел
    } переговоры
   *[no] Состоялись также переговоры
} с { CASE($counterpart, case: "ins") }.
visit-documents = По итогам переговоров стороны подписали { CASE($documents, case: "acc") }.

## Мероприятия программы
side-forum = { side-by } также { $by_gender ->
    [m] принял
   *[f] приняла
} участие в { CASE($format, case: "prep") }{ $has_title ->
    [yes] {" "}«{ $title }»
   *[no] {""}
}{ $participants ->
    [0] {""}
    [one] , собравшем { $participants } участника
    [few] , собравшем { $participants } участников
    [many] , собравшем { $participants } участников
   *[other] , собравшем { $participants } участников
}.
side-wreath_laying = { side-by } { $by_gender ->
    [m] возложил
   *[f] возложила
} венок к { CASE($at, case: "dat") }.
side-institution_visit = { side-by } также { $by_gender ->
    [m] посетил
   *[f] посетила
} { CASE($to, case: "acc") }.
side-lecture = { side-by } { $by_gender ->
    [m] выступил
   *[f] выступила
} с лекцией{ $has_title ->
    [yes] {" "}«{ $title }»
   *[no] {""}
} в { CASE($at, case: "prep") }.
side-signing = Кроме того, стороны подписали { CASE($documents, case: "acc") }.

## Заявления
statement-welcomed = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [m] приветствовал
   *[f] приветствовала
} { $about }.
statement-noted = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [m] отметил
   *[f] отметила
} { $about }.
statement-stressed = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [m] подчеркнул
   *[f] подчеркнула
} { $about }.
statement-expressed_hope = { statement-by-start } { $by_gender ->
    [m] выразил
   *[f] выразила
} надежду { $about }.
statement-announced_intention = { statement-by-start } { $by_gender ->
    [m] заявил
   *[f] заявила
} о намерении { $about }.
statement-reaffirmed_support = { statement-by-start } { $by_gender ->
    [m] подтвердил
   *[f] подтвердила
} поддержку { $about }.
