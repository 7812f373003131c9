### Предложения пресс-сообщения по-русски, в стиле МИД Казахстана и МИА «Казинформ».
### Аргументы каждого сообщения перечислены в locales/README.md.
### Типографика: кавычки «…» (внутренние „…“); неразрывный пробел (U+00A0) перед тире и
### в заголовках после однобуквенных предлогов и союзов (в, с, к, о, у, и, а).
### Буква «ё» не используется, как в текстах МИД РК и «Казинформа».

## Списки и даты

list-and = и

# Именительный падеж: «декабрь 2022 года».
month-name = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
}
# Родительный падеж: «10 декабря 2022 года», «до конца января 2023 года».
month-gen = { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
# Предложный падеж: «в декабре 2022 года».
month-prep = { $month ->
    [1] январе
    [2] феврале
    [3] марте
    [4] апреле
    [5] мае
    [6] июне
    [7] июле
    [8] августе
    [9] сентябре
    [10] октябре
    [11] ноябре
   *[12] декабре
}

# Год после дня или месяца, если лид его не опускает (год выпуска).
date-year = { $with_year ->
    [no] {""}
   *[yes] {" "}{ $year } года
}
# «10 декабря 2022 года», «3–4 октября 2024 года», «30 сентября – 2 октября 2024 года»
date-full = { $precision ->
    [day] { $day } { month-gen }{ date-year }
    [range] { $same_month ->
        [yes] { $day }–{ $day2 } { month-gen }{ date-year }
       *[no] { $same_year ->
            [yes] { $from_full } – { $to_full }{ date-year }
           *[no] { $from_full_year } – { $to_full_year }
        }
    }
    [month] { month-name }{ date-year }
   *[year] { $year } год
}
# когда: «10 декабря 2022 года», «3–4 октября», «в декабре 2022 года», «в 2023 году»
date-when = { $precision ->
    [day] { date-full }
    [range] { date-full }
    [month] в { month-prep }{ date-year }
   *[year] в { $year } году
}
# до какого срока: «до 15 января 2023 года», «до конца января 2023 года», «до конца 2023 года»
date-until = { $precision ->
    [day] до { date-full }
    [range] до { $with_year ->
        [no] { $to_full }
       *[yes] { $to_full_year }
    }
    [month] до конца { month-gen }{ date-year }
   *[year] до конца { $year } года
}

# Порядковое числительное при слове «раунд» в им./вин. п.: «3-й раунд».
round-ordinal = { $round }-й

## Начало сообщения

dateline = { $date }, { $time } ({ $offset })
# Открывает лид, с тире: «МЕХИКО. КАЗИНФОРМ —» (перед тире неразрывный пробел).
lead-in = { $has_agency ->
    [yes] { $city }. { $agency } —
   *[no] { $city } —
}
lead = { $source ->
    [agency-press] { $fact }, сообщает { $agency } со ссылкой на пресс-службу { CASE($press_service, case: "gen") }.
    [agency] { $fact }, сообщает { $agency }.
    [press] { $fact }, сообщает пресс-служба { CASE($press_service, case: "gen") }.
   *[none] { $fact }.
}

# «казахстанско-мексиканские»
sides-adj = { COUNTRY($a, form: "adj-stem") }-{ COUNTRY($b, form: "adj-pl") }
# «казахстанско-мексиканских»
sides-adj-pl-gen = { COUNTRY($a, form: "adj-stem") }-{ COUNTRY($b, form: "adj-pl-gen") }

## Заголовки и лиды, по паре на вид события. Лид без точки: за ним следует ссылка на источник.

# Дата самого события в начале лида, если она не совпадает с датой выпуска («3–4 октября в …»).
lead-when = { $has_lead_date ->
    [yes] { $lead_date }{" "}
   *[no] {""}
}


headline-political_consultations = { $round ->
    [0] { COUNTRY($host, form: "in-nbsp") } состоялись { sides-adj } политические консультации
   *[other] { COUNTRY($host, form: "in-nbsp") } состоялся { round-ordinal } раунд { sides-adj-pl-gen } политических консультаций
}
lead-political_consultations = { lead-when }{ $round ->
    [0] в { CASE($city, case: "prep") } состоялись политические консультации между министерствами иностранных дел { COUNTRY($a, form: "gen") } и { COUNTRY($b, form: "gen") }
   *[other] в { CASE($city, case: "prep") } состоялся { round-ordinal } раунд политических консультаций между министерствами иностранных дел { COUNTRY($a, form: "gen") } и { COUNTRY($b, form: "gen") }
}

visit-with = { $level ->
    [state] с государственным визитом
    [working] с рабочим визитом
   *[official] с официальным визитом
}
visit-with-lead = { $level ->
    [state] с государственным визитом
    [working] с рабочим визитом
   *[official] с официальным визитом
}
headline-visit = { $visitor } { $visitor_gender ->
    [f] посетила
   *[m] посетил
} { COUNTRY($host, form: "acc") } { visit-with }
lead-visit = { lead-when }{ $visitor } { $visitor_gender ->
    [f] посетила
   *[m] посетил
} { COUNTRY($host, form: "acc") } { visit-with-lead } и { $visitor_gender ->
    [f] провела
   *[m] провел
} переговоры в { CASE($city, case: "prep") }

headline-talks = { $host_official } { $host_gender ->
    [f] встретилась
   *[m] встретился
} с { CASE($guests, case: "ins") }
lead-talks = { lead-when }{ $host_official } { $host_gender ->
    [f] встретилась
   *[m] встретился
} в { CASE($city, case: "prep") } с { CASE($guests, case: "ins") }

headline-signing = { COUNTRY($a) } и { COUNTRY($b) } подписали { $count ->
    [1] документ о сотрудничестве
    [2] два документа о сотрудничестве
    [3] три документа о сотрудничестве
    [4] четыре документа о сотрудничестве
    [5] пять документов о сотрудничестве
    [one] { $count } документ о сотрудничестве
    [few] { $count } документа о сотрудничестве
   *[many] { $count } документов о сотрудничестве
}
lead-signing = { lead-when }{ COUNTRY($a) } и { COUNTRY($b) } подписали в { CASE($city, case: "prep") } { CASE($documents, case: "acc") }

# Все виды выставок женского рода: «открылась».
headline-exhibition_opening = В { CASE($city, case: "prep") } открылась { $exhibition } «{ $title }»
lead-exhibition_opening = { lead-when }в { CASE($city, case: "prep") } состоялось открытие { CASE($exhibition, case: "gen") } «{ $title }»

# Все виды загранучреждений среднего рода: «открылось».
headline-mission_opening = В { CASE($city, case: "prep") } открылось { $mission }
lead-mission_opening = { lead-when }{ $has_head ->
    [yes] в { CASE($city, case: "prep") } ({ COUNTRY($host) }) открылось { $mission } во главе с { CASE($head, case: "ins") }
   *[no] в { CASE($city, case: "prep") } ({ COUNTRY($host) }) открылось { $mission }
}

# Форматы форумов разного рода (бизнес-форум, заседание), поэтому подлежащее — страны,
# а формат стоит в вин. п.; «в работе которого» одинаково для м. и ср. р.
headline-forum = { $has_title ->
    [yes] { COUNTRY($a) } и { COUNTRY($b) } провели в { CASE($city, case: "prep") } { CASE($format, case: "acc") } «{ $title }»
   *[no] { COUNTRY($a) } и { COUNTRY($b) } провели в { CASE($city, case: "prep") } { CASE($format, case: "acc") }
}
lead-forum = { lead-when }{ $has_title ->
    [yes] в { CASE($city, case: "prep") } { COUNTRY($a) } и { COUNTRY($b) } провели { CASE($format, case: "acc") } «{ $title }»
   *[no] в { CASE($city, case: "prep") } { COUNTRY($a) } и { COUNTRY($b) } провели { CASE($format, case: "acc") }
}{ $participants ->
    [0] {""}
    [one] , в работе которого принял участие { $participants } человек
    [few] , в работе которого приняли участие { $participants } человека
   *[many] , в работе которого приняли участие { $participants } человек
}

headline-spokesperson_announcement = Заявление официального представителя МИД { COUNTRY($a, form: "gen") }
lead-spokesperson_announcement = { lead-when }{ $spokesperson } { $setting ->
    [briefing] { $spokesperson_gender ->
        [f] выступила
       *[m] выступил
    } на брифинге в { CASE($city, case: "prep") }
    [statement] { $spokesperson_gender ->
        [f] распространила
       *[m] распространил
    } заявление
    [comment] { $spokesperson_gender ->
        [f] дала
       *[m] дал
    } комментарий СМИ
    [interview] { $spokesperson_gender ->
        [f] дала
       *[m] дал
    } интервью
   *[none] { $spokesperson_gender ->
        [f] выступила
       *[m] выступил
    } с заявлением
}

## Лица: должность (из кода или текстом из события) стоит перед именем, как принято
## в русской пресс-службе: «директор Департамента Америки МИД РК Нургали Арыстанов».
# Повторное упоминание: инициалы и фамилия через неразрывный пробел, как в сообщениях МИД
# («Е. Кистафин проинформировал», «М. Лескано»).
person-short = { $initials } { $surname }


# .position-case: "same": a written-out office takes the case of the sentence, like the name.
person-titled = { $position } { $name }
    .position-case = same

## Делегации

delegation-headed = { $first ->
    [yes] { COUNTRY($country, form: "adj-f-acc") } делегацию { $gender ->
        [f] возглавила
       *[m] возглавил
    } { $head }.
   *[no] С { COUNTRY($country, form: "adj-f-gen") } стороны делегацию { $gender ->
        [f] возглавила
       *[m] возглавил
    } { $head }.
}
delegation-co_chaired = С { COUNTRY($country, form: "adj-f-gen") } стороны { $gender ->
    [f] сопредседательствовала
   *[m] сопредседательствовал
} { $head }.

## Заявления. $by_kind — side (тогда $side — код страны) или person (тогда $by).
## $by_gender: m, f или side («сторона» женского рода).

statement-by-start = { $by_kind ->
    [side] { COUNTRY($side, form: "adj-f") } сторона
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-by = { $by_kind ->
    [side] { COUNTRY($side, form: "adj-f") } сторона
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-congratulated = { $has_behalf ->
    [yes] { $first ->
        [yes] От
       *[no] Кроме того, от
    } имени { CASE($behalf, case: "gen") } { statement-by } { $by_gender ->
        [m] поздравил
       *[f] поздравила
    } { $has_to ->
    [yes] { CASE($to, case: "acc", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
   *[no] { $first ->
        [yes] { statement-by-start }
       *[no] Кроме того, { statement-by }
    } { $by_gender ->
        [m] поздравил
       *[f] поздравила
    } { $has_to ->
    [yes] { CASE($to, case: "acc", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
}
statement-commended = { $first ->
    [yes] { statement-by-start }
   *[no] Кроме того, { statement-by }
} { $by_gender ->
    [m] положительно оценил
   *[f] положительно оценила
} { $about }.
statement-thanked = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [m] поблагодарил
   *[f] поблагодарила
} { $has_to ->
    [yes] { CASE($to, case: "acc", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
statement-supported = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [m] поддержал
   *[f] поддержала
} { $about }.
statement-condolences = { statement-by-start } { $by_gender ->
    [m] выразил
   *[f] выразила
} соболезнования { $has_to ->
    [yes] { CASE($to, case: "dat", at: "mid") }{" "}
   *[no] {""}
}{ $about }.

## Что обсуждалось ($topics — уже соединенный список). Для форума — «мероприятия»: формат
## (бизнес-форум, круглый стол, заседание делового совета) здесь неизвестен.

discussion-topics = В ходе { $kind ->
    [political_consultations] консультаций
    [visit] переговоров
    [forum] мероприятия
   *[other] встречи
} стороны обсудили широкий круг вопросов { $topics }.
discussion-progress = С удовлетворением отмечена активизация связей между двумя странами, особенно в области { $topics }.
discussion-views = { $first ->
    [yes] Стороны обменялись
   *[no] Стороны также обменялись
} мнениями по { $topics }.

## Итоги. $first — yes для первого предложения абзаца.

outcome-after = { $kind ->
    [visit] По итогам переговоров
   *[other] По итогам встречи
}
outcome-regular_dialogue = { $first ->
    [yes] { outcome-after } стороны подчеркнули
   *[no] Стороны также подчеркнули
} важность поддержания регулярного диалога{ $kind ->
    [political_consultations] {" "}в рамках механизма политических консультаций
   *[other] {""}
}.
outcome-next_round = { $first ->
    [yes] { outcome-after } стороны договорились
   *[no] Достигнута также договоренность
} провести следующий раунд { $kind ->
    [political_consultations] консультаций
   *[other] политических консультаций
}{ $has_when ->
    [yes] {" "}{ $when }
   *[no] {""}
}{ $has_place ->
    [yes] {" "}в { CASE($city, case: "prep") }
   *[no] {""}
}.
outcome-invitation = { $first ->
    [yes] { outcome-after }
   *[no] Кроме того,
} { CASE($invitee, case: "nom", at: "mid") } { $invitee_gender ->
    [f] была приглашена
   *[m] был приглашен
} посетить { COUNTRY($country, form: "acc") }.
outcome-mission_to_open = { $first ->
    [yes] { outcome-after } стороны договорились
   *[no] Стороны также договорились
} об открытии { CASE($mission, case: "gen") } в { CASE($city, case: "prep") }.
outcome-other = { $text }

## Встречи и мероприятия на полях

side-meeting = { $has_topics ->
    [yes] { $counterpart ->
        [officials] В ходе встречи с { CASE($with, case: "ins") } стороны обсудили перспективы { $topics } сотрудничества.
        [legislators] В ходе встречи с { CASE($with, case: "ins") } стороны обсудили перспективы развития { $topics } сотрудничества.
       *[other] На встрече с { CASE($with, case: "ins") } обсуждались возможности развития { $topics } сотрудничества.
    }
   *[no] { COUNTRY($by, form: "adj-f") } делегация также встретилась с { CASE($with, case: "ins") }.
}
side-exhibition-opened = { $kind ->
    [political_consultations] В рамках визита
    [visit] В рамках визита
    [signing] В рамках визита
    [forum] В рамках визита
    [mission_opening] В рамках визита
   *[other] Кроме того,
} состоялось открытие { CASE($exhibition, case: "gen") } «{ $title }».
exhibition-attended = В церемонии открытия приняли участие { $attended }.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = Выставка развернута { $venue }.
exhibition-runs = { $has_venue ->
    [yes] Выставка, развернутая { $venue }, продлится { $until }.
   *[no] Выставка продлится { $until }.
}
