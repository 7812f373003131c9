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
    [strategic_partnership] стратегического партнерства { occasion-pair-gen }
   *[diplomatic_relations] установления дипломатических отношений между { occasion-pair-ins }
}.
# Пара, только что названная в лиде, — «двух стран», иначе обе страны по имени.
occasion-pair-gen = { $pair_named ->
    [yes] двух стран
   *[no] между { COUNTRY($a, form: "ins") } и { COUNTRY($b, form: "ins") }
}
occasion-pair-ins = { $pair_named ->
    [yes] двумя странами
   *[no] { COUNTRY($a, form: "ins") } и { COUNTRY($b, form: "ins") }
}
occasion-invitation = { $kind ->
    [political_consultations] Консультации состоялись
    [visit] Визит состоялся
    [talks] Встреча состоялась
    [forum] Форум состоялся
   *[other] Мероприятие состоялось
} по приглашению { CASE($who, case: "gen") }.

## Визит: кто принял, переговоры, подписанные документы.
# О главе государства в государственном визите не пишут «был принят»: он ведет переговоры
# с равным.
visit-received = { CASE($visitor, case: "nom") } { $level ->
    [state] { $visitor_gender ->
        [f] провела
       *[m] провел
    } переговоры с { CASE($host, case: "ins") }
   *[other] { $visitor_gender ->
        [f] была принята
       *[m] был принят
    } { CASE($host, case: "ins") }
}.
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
    [pl] приветствовали
    [m] приветствовал
   *[f] приветствовала
} { $about }.
# Придаточное после глагола отделяется запятой: «отметил, что …»; дополнение — нет.
statement-clause = { $about_clause ->
    [yes] {","}
   *[no] {""}
}
statement-noted = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [pl] отметили
    [m] отметил
   *[f] отметила
}{ statement-clause } { $about }.
statement-stressed = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [pl] подчеркнули
    [m] подчеркнул
   *[f] подчеркнула
}{ statement-clause } { $about }.
statement-expressed_hope = { statement-by-start } { $by_gender ->
    [pl] выразили
    [m] выразил
   *[f] выразила
} надежду { $about }.
statement-announced_intention = { statement-by-start } { $by_gender ->
    [pl] заявили
    [m] заявил
   *[f] заявила
} о намерении { $about }.
statement-reaffirmed_support = { statement-by-start } { $by_gender ->
    [pl] подтвердили
    [m] подтвердил
   *[f] подтвердила
} поддержку { $about }.

## Международные организации: полностью при первом упоминании, с аббревиатурой; далее аббревиатура (.short).
organization-un = Организация Объединенных Наций
    .acronym = ООН
    .short = ООН
organization-osce = Организация по безопасности и сотрудничеству в Европе
    .acronym = ОБСЕ
    .short = ОБСЕ
organization-cis = Содружество Независимых Государств
    .acronym = СНГ
    .short = СНГ
organization-sco = Шанхайская организация сотрудничества
    .acronym = ШОС
    .short = ШОС
organization-eaeu = Евразийский экономический союз
    .acronym = ЕАЭС
    .short = ЕАЭС
organization-cica = Совещание по взаимодействию и мерам доверия в Азии
    .acronym = СВМДА
    .short = СВМДА
organization-oic = Организация исламского сотрудничества
    .acronym = ОИС
    .short = ОИС
organization-eu = Европейский союз
    .acronym = ЕС
    .short = ЕС
organization-coe = Совет Европы
    .acronym = Совет Европы
    .short = Совет Европы
organization-oas = Организация американских государств
    .acronym = ОАГ
    .short = ОАГ
organization-celac = Сообщество государств Латинской Америки и Карибского бассейна
    .acronym = СЕЛАК
    .short = СЕЛАК
organization-aladi = Латиноамериканская ассоциация интеграции
    .acronym = ЛАИ
    .short = ЛАИ
organization-csto = Организация Договора о коллективной безопасности
    .acronym = ОДКБ
    .short = ОДКБ
organization-ots = Организация тюркских государств
    .acronym = ОТГ
    .short = ОТГ
organization-olade = Латиноамериканская энергетическая организация
    .acronym = ОЛАДЕ
    .short = ОЛАДЕ
organization-oecd = Организация экономического сотрудничества и развития
    .acronym = ОЭСР
    .short = ОЭСР
organization-pacific_alliance = Тихоокеанский альянс
    .acronym = ТА
    .short = Тихоокеанский альянс

## Заседание органа международной организации; послание с соболезнованиями или поздравлением.
headline-organization_meeting = { $participant_head } { $participant_gender ->
    [f] приняла
   *[m] принял
} участие в заседании { CASE($org_body, case: "gen") } { CASE($organization_short, case: "gen") }{ $home ->
    [yes] {""}
   *[other] {" "}в { CASE($city, case: "prep") }
}
lead-organization_meeting = { lead-when }{ $participant } { $participant_gender ->
    [f] приняла
   *[m] принял
} участие в заседании { CASE($org_body, case: "gen") } { CASE($organization, case: "gen") }, { $has_chair ->
    [yes] которое прошло в { CASE($city, case: "prep") } под председательством { CASE($chair, case: "gen") }
   *[no] которое прошло в { CASE($city, case: "prep") }
}
headline-message = { $from_head } { $message ->
    [condolences] { $from_gender ->
        [f] выразила
       *[m] выразил
    } соболезнования { CASE($to, case: "dat") }
   *[congratulations] { $from_gender ->
        [f] поздравила
       *[m] поздравил
    } { CASE($to, case: "acc") }
}
lead-message = { lead-when }{ $from } { $message ->
    [condolences] { $from_gender ->
        [f] направила
       *[m] направил
    } { CASE($to, case: "dat") } телеграмму соболезнования { $about }
   *[congratulations] { $from_gender ->
        [f] направила
       *[m] направил
    } { CASE($to, case: "dat") } поздравительную телеграмму { $about }
}
