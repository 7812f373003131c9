### Предложения пресс-сообщения по-русски, в стиле МИД Казахстана и МИА «Казинформ».
### Аргументы каждого сообщения перечислены в locales/README.md.
### Типографика: кавычки «…» (внутренние „…“); неразрывный пробел (U+00A0) перед тире и
### в заголовках после однобуквенных предлогов и союзов (в, с, к, о, у, и, а).
### Буква «ё» не используется, как в текстах МИД РК и «Казинформа».

## Списки и даты

list-and = и
# Завершает перечень, элементы которого сами содержат «и»: «соглашение о науке и технологиях, а также меморандум…».
list-and-complex = {", "}а также

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

# Порядковое числительное при слове «раунд» в им./вин. п. цифрами: «11-й раунд».
round-ordinal = { $round }-й
# Раунд словами, как в заголовках и лидах МИД РК и «Казинформа» («третий раунд»); цифрами —
# только после десятого. Первый раунд — «первые политические консультации» (см. ниже).
round-words = { $round ->
    [2] второй
    [3] третий
    [4] четвертый
    [5] пятый
    [6] шестой
    [7] седьмой
    [8] восьмой
    [9] девятый
    [10] десятый
   *[other] { round-ordinal }
}

## Начало сообщения

dateline = { $date }, { $time } ({ $offset })
# Открывает лид, с тире: «МЕХИКО. КАЗИНФОРМ —» (перед тире неразрывный пробел).
lead-in = { $has_agency ->
    [yes] { $city }. { $agency } —
   *[no] { $city } —
}
# «…, сообщает Казинформ со ссылкой на пресс-службу МИД РК» (МИД Казахстана — «МИД РК»,
# см. body-foreign_ministry).
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
## Место в заголовке: за рубежом — город («В Мехико состоялся…»), дома ($home = yes) — никакого
## места, его дает датлайн («АСТАНА. КАЗИНФОРМ»).

# Дата самого события в начале лида, если она не совпадает с датой выпуска («3–4 октября в …»).
lead-when = { $has_lead_date ->
    [yes] { $lead_date }{" "}
   *[no] {""}
}

# «В Мехико » за рубежом, пусто дома; с прописной, так как открывает заголовок.
headline-where = { $home ->
    [yes] {""}
   *[no] В { CASE($city, case: "prep") }{" "}
}
# Раунд в заголовке: «состоялся третий раунд казахстанско-мексиканских политических консультаций»,
# первый — «состоялись первые казахстанско-мексиканские политические консультации».
headline-political_consultations = { $video ->
    [yes] {""}
   *[no] { headline-where }
}{ $round ->
    [0] состоялись { sides-adj } политические консультации
    [1] состоялись первые { sides-adj } политические консультации
   *[other] состоялся { round-words } раунд { sides-adj-pl-gen } политических консультаций
}{ $video ->
    [yes] {" "}в формате видеоконференции
   *[no] {""}
}
lead-political_consultations = { lead-when }{ $video ->
    [yes] {""}
   *[no] в { CASE($city, case: "prep") }{" "}
}{ $round ->
    [0] состоялись политические консультации
    [1] состоялись первые политические консультации
   *[other] состоялся { round-words } раунд политических консультаций
} между министерствами иностранных дел { COUNTRY($a, form: "gen") } и { COUNTRY($b, form: "gen") }{ $video ->
    [yes] {" "}в формате видеоконференции
   *[no] {""}
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
# За рубежом — страна назначения («посетил Испанию»); дома страну не называем: «прибыл с визитом».
headline-visit = { $visitor_head } { $home ->
    [yes] { $visitor_gender ->
        [f] прибыла
       *[m] прибыл
    } { visit-with }
   *[no] { $visitor_gender ->
        [f] посетила
       *[m] посетил
    } { COUNTRY($host, form: "acc") } { visit-with }
}
# Город дает датлайн; «провел переговоры» скажет следующий абзац (не пять «переговоров» подряд).
lead-visit = { lead-when }{ $visitor } { $visitor_gender ->
    [f] посетила
   *[m] посетил
} { COUNTRY($host, form: "acc") } { visit-with-lead }

headline-talks = { $host_official } { $host_gender ->
    [f] встретилась
   *[m] встретился
} с { CASE($guests, case: "ins") }
lead-talks = { lead-when }{ $host_official } { $host_gender ->
    [f] встретилась
   *[m] встретился
} в { CASE($city, case: "prep") } с { CASE($guests, case: "ins") }

signing-count = { $count ->
    [1] документ
    [2] два документа
    [3] три документа
    [4] четыре документа
    [5] пять документов
    [one] { $count } документ
    [few] { $count } документа
   *[many] { $count } документов
}
# Дома — без «Казахстан и…» в заголовке: «Подписаны три документа о сотрудничестве с Уругваем».
headline-signing = { $home ->
    [yes] { $count ->
        [1] Подписан
        [one] Подписан
        [few] Подписаны
       *[many] Подписаны
    } { signing-count } о сотрудничестве с { COUNTRY($b, form: "ins") }
   *[no] { COUNTRY($a) } и { COUNTRY($b) } подписали { signing-count } о сотрудничестве
}
# Несколько документов: число в лиде и стороны прилагательным, чтобы страна не повторялась, если
# она есть в названии документа («…при Президенте Республики Казахстан»): «в Монтевидео
# подписаны три казахстанско-уругвайских документа: соглашение …, меморандум … и меморандум …».
lead-signing = { lead-when }в { CASE($city, case: "prep") } { $count ->
    [1] { COUNTRY($a) } и { COUNTRY($b) } подписали { CASE($documents, case: "acc") }
    [2] подписаны два { sides-adj-pl-gen } документа: { CASE($documents, case: "acc") }
    [3] подписаны три { sides-adj-pl-gen } документа: { CASE($documents, case: "acc") }
    [4] подписаны четыре { sides-adj-pl-gen } документа: { CASE($documents, case: "acc") }
    [5] подписаны пять { sides-adj-pl-gen } документов: { CASE($documents, case: "acc") }
    [one] { COUNTRY($a) } и { COUNTRY($b) } подписали { CASE($documents, case: "acc") }
    [few] подписаны { $count } { sides-adj-pl-gen } документа: { CASE($documents, case: "acc") }
   *[many] подписаны { $count } { sides-adj-pl-gen } документов: { CASE($documents, case: "acc") }
}

# Все виды выставок женского рода: «открылась».
headline-exhibition_opening = { $home ->
    [yes] Открылась { $exhibition } «{ $title }»
   *[no] В { CASE($city, case: "prep") } открылась { $exhibition } «{ $title }»
}
lead-exhibition_opening = { lead-when }в { CASE($city, case: "prep") } открылась { $exhibition } «{ $title }»

# Все виды загранучреждений среднего рода: «открылось».
headline-mission_opening = { $home ->
    [yes] Открылось { $mission }
   *[no] В { CASE($city, case: "prep") } открылось { $mission }
}
# Названные гости церемонии открытия ($guests — с должностями, списком).
mission-guests = Среди гостей церемонии были { CASE($guests, case: "nom") }.
lead-mission_opening = { lead-when }{ $has_head ->
    [yes] в { CASE($city, case: "prep") } ({ COUNTRY($host) }) открылось { $mission }, которое { $head_gender ->
        [f] возглавила
       *[m] возглавил
    } { $head_name }
   *[no] в { CASE($city, case: "prep") } ({ COUNTRY($host) }) открылось { $mission }
}

# Форматы форумов разного рода (бизнес-форум, заседание), поэтому глагол без рода: «провели».
# С названием за рубежом страны не повторяем — они обычно уже в названии («В Сантьяго провели
# бизнес-форум «Казахстан — Чили: …»»); в лиде стороны названы всегда.
headline-forum = { $parties ->
    [1] В { CASE($city, case: "prep") } провели { CASE($format, case: "acc") }{ $has_title ->
        [yes] {" "}«{ $title }»
       *[no] {""}
    }
   *[other] { headline-forum-two }
}
headline-forum-two = { $has_title ->
    [yes] { $home ->
        [yes] { COUNTRY($a) } и { COUNTRY($b) } провели { CASE($format, case: "acc") } «{ $title }»
       *[no] В { CASE($city, case: "prep") } провели { CASE($format, case: "acc") } «{ $title }»
    }
   *[no] { $home ->
        [yes] { COUNTRY($a) } и { COUNTRY($b) } провели { CASE($format, case: "acc") }
       *[no] { COUNTRY($a) } и { COUNTRY($b) } провели в { CASE($city, case: "prep") } { CASE($format, case: "acc") }
    }
}
forum-sides = { $parties ->
    [1] {""}
   *[other] { COUNTRY($a) } и { COUNTRY($b) }{" "}
}
lead-forum = { lead-when }в { CASE($city, case: "prep") } { forum-sides }провели { CASE($format, case: "acc") }{ $has_title ->
    [yes] {" "}«{ $title }»
   *[no] {""}
}{ $participants ->
    [0] {""}
    [one] , в работе которого принял участие { $participants } человек
    [few] , в работе которого приняли участие { $participants } человека
   *[many] , в работе которого приняли участие { $participants } человек
}

# Запасной заголовок, если событие не дало своего: не «Заявление…», а кто и что сделал.
headline-spokesperson_announcement = Официальный представитель МИД { $a ->
    [KZ] РК
   *[other] { COUNTRY($a, form: "gen") }
} { $setting ->
    [briefing] { $spokesperson_gender ->
        [f] провела
       *[m] провел
    } брифинг
    [comment] { $spokesperson_gender ->
        [f] дала
       *[m] дал
    } комментарий
    [interview] { $spokesperson_gender ->
        [f] дала
       *[m] дал
    } интервью
   *[other] { $spokesperson_gender ->
        [f] выступила
       *[m] выступил
    } с заявлением
}
# $in_lead = yes: заявление (одно предложение) и есть новость лида, ссылка на агентство не нужна.
lead-spokesperson_announcement = { $in_lead ->
    [yes] { $announcement }, { $spokesperson_gender ->
        [f] сообщила
       *[m] сообщил
    }{ $has_lead_date ->
        [yes] {" "}{ $lead_date }
       *[no] {""}
    }{ $setting ->
        [briefing] {" "}на брифинге
        [statement] {" "}в заявлении
        [comment] {" "}в комментарии для СМИ
        [interview] {" "}в интервью
       *[none] {""}
    } { $spokesperson }
   *[no] { lead-when }{ $spokesperson } { $setting ->
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

delegation-headed = { COUNTRY($country, form: "adj-f-acc") } делегацию { $gender ->
    [f] возглавила
   *[m] возглавил
} { $head }.
# Не «сопредседательствовал председатель» и не глагол без дополнения: «Сопредседателем
# с чилийской стороны выступил председатель Торговой палаты Сантьяго…».
delegation-co_chaired = Сопредседателем с { COUNTRY($country, form: "adj-f-gen") } стороны { $gender ->
    [f] выступила
   *[m] выступил
} { $head }.
# Сопредседатели обеих сторон — одним предложением: два предложения «Сопредседателем с … стороны
# выступил…» подряд повторяют одну рамку.
delegations-co_chaired = Сопредседателями { $kind ->
    [political_consultations] консультаций
    [forum] мероприятия
    [visit] переговоров
   *[other] встречи
} выступили { CASE($heads, case: "nom") }.
# Руководители делегаций, чьи должности уже называют их страну, — одним предложением:
# «Уругвайскую делегацию возглавил заместитель министра иностранных дел Уругвая» называет страну дважды.
delegations-headed = Делегации возглавили { CASE($heads, case: "nom") }.

## Заявления. $by_kind — side (тогда $side — код страны) или person (тогда $by).
## $by_gender: m, f или side («сторона» женского рода).

statement-by-start = { $by_kind ->
    [again] { $by_gender ->
        [pl] Они
        [f] Она
       *[m] Он
    }
    [parties] Стороны
    [side] { COUNTRY($side, form: "adj-f") } сторона
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-by = { $by_kind ->
    [again] { $by_gender ->
        [pl] они
        [f] она
       *[m] он
    }
    [parties] стороны
    [side] { COUNTRY($side, form: "adj-f") } сторона
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-congratulated = { $has_behalf ->
    [yes] { $first ->
        [yes] От
       *[no] Кроме того, от
    } имени { CASE($behalf, case: "gen") } { statement-by } { $by_gender ->
        [pl] поздравили
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
        [pl] поздравили
        [m] поздравил
       *[f] поздравила
    } { $has_to ->
    [yes] { CASE($to, case: "acc", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
}
# «С удовлетворением отметил» + вин. п.: не «положительно оценил благоприятный климат»
# (плеоназм) и не «высоко оценил высокий уровень» — $about часто сам содержит оценку.
statement-commended = { $first ->
    [yes] { statement-by-start }
   *[no] Кроме того, { statement-by }
} { $by_gender ->
    [pl] высоко оценили
    [m] высоко оценил
   *[f] высоко оценила
} { $about }.
statement-thanked = { statement-by-start } { $first ->
    [yes] {""}
   *[no] также{" "}
}{ $by_gender ->
    [pl] поблагодарили
    [m] поблагодарил
   *[f] поблагодарила
} { $has_to ->
    [yes] { CASE($to, case: "acc", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
# Без «также»: предыдущее заявление обычно другой стороны, и «также» повисает.
statement-supported = { statement-by-start } { $by_gender ->
    [pl] поддержали
    [m] поддержал
   *[f] поддержала
} { $about }.
statement-condolences = { statement-by-start } { $by_gender ->
    [pl] выразили
    [m] выразил
   *[f] выразила
} соболезнования { $has_to ->
    [yes] { CASE($to, case: "dat", at: "mid") }{" "}
   *[no] {""}
}{ $about }.

## Что обсуждалось ($topics — уже соединенный список). Слово — по виду события ($kind):
## консультации, переговоры (визит, подписание), встреча; для форума — «участники мероприятия»:
## формат (бизнес-форум, круглый стол, заседание делового совета) здесь неизвестен.
## Цепочку «стороны… Стороны…» разбиваем безличными оборотами («Отмечена…», «Состоялся обмен…»).

# Родительный падеж вида события: «В ходе консультаций», «По итогам переговоров».
kind-gen = { $kind ->
    [political_consultations] консультаций
    [visit] переговоров
    [signing] переговоров
    [forum] мероприятия
    [exhibition_opening] мероприятия
    [mission_opening] мероприятия
   *[other] встречи
}
# Кто обсуждал: «В ходе консультаций стороны», «Участники мероприятия».
discussion-who = { $kind ->
    [forum] Участники мероприятия
   *[other] В ходе { kind-gen } стороны
}
discussion-topics = { discussion-who } обсудили широкий круг вопросов { $topics }.
discussion-progress = Отмечена положительная динамика в развитии связей между двумя странами, прежде всего в области { $topics }.
discussion-views = { $first ->
    [yes] { discussion-who } обменялись
   *[no] Состоялся также обмен
} мнениями по { $topics }.

## Итоги. $first — yes для первого предложения абзаца.

outcome-after = По итогам { kind-gen }
outcome-regular_dialogue = { $first ->
    [yes] { outcome-after } была подчеркнута
   *[no] Была также подчеркнута
} важность поддержания регулярного диалога{ $kind ->
    [political_consultations] {" "}в рамках механизма политических консультаций
   *[other] {""}
}.
outcome-next_round = { $first ->
    [yes] { outcome-after } стороны договорились
   *[no] Достигнута также договоренность
} провести следующий раунд{ $kind ->
    [political_consultations] {""}
   *[other] {" "}политических консультаций
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
    [f] получила
   *[m] получил
} приглашение посетить { COUNTRY($country, form: "acc") }.
outcome-mission_to_open = { $first ->
    [yes] { outcome-after } стороны договорились
   *[no] Стороны также договорились
} об открытии { CASE($mission, case: "gen") } в { CASE($city, case: "prep") }.
outcome-other = { $text }

## Встречи и мероприятия на полях. Первая встреча ($order = first) — с подлежащим и связкой
## («Казахстанская делегация также провела встречу с…, в ходе которой…»), следующие — другим
## оборотом, чтобы предложения подряд не начинались одинаково («Кроме того, на встрече с…»,
## «Кроме того, состоялась встреча с… На ней…»: не «также» второй раз подряд, и «на которой»
## не цепляется за последнего из длинного списка собеседников).

# Зачин первой встречи.
side-meeting-first = { $kind ->
    [visit] Программа визита включала также встречу
    [talks] { COUNTRY($by, form: "adj-f") } сторона также провела встречу
   *[other] { COUNTRY($by, form: "adj-f") } делегация также провела встречу
}
side-meeting = { $order ->
    [first] { $has_topics ->
        [yes] { side-meeting-first } с { CASE($with, case: "ins") }. На встрече обсуждались перспективы { $topics } сотрудничества.
       *[no] { $kind ->
            [visit] { side-meeting-first } с { CASE($with, case: "ins") }.
            [talks] { side-meeting-first } с { CASE($with, case: "ins") }.
           *[other] { COUNTRY($by, form: "adj-f") } делегация также встретилась с { CASE($with, case: "ins") }.
        }
    }
   *[next] { $counterpart ->
        [officials] { $has_topics ->
            [yes] Кроме того, на встрече с { CASE($with, case: "ins") } обсуждались возможности развития { $topics } сотрудничества.
           *[no] Кроме того, прошла встреча с { CASE($with, case: "ins") }.
        }
        [legislators] { $has_topics ->
            [yes] Кроме того, на встрече с { CASE($with, case: "ins") } обсуждались возможности развития { $topics } сотрудничества.
           *[no] Кроме того, прошла встреча с { CASE($with, case: "ins") }.
        }
       *[other] { $has_topics ->
            [yes] Кроме того, состоялась встреча с { CASE($with, case: "ins") }. На ней обсуждались возможности развития { $topics } сотрудничества.
           *[no] Кроме того, состоялась встреча с { CASE($with, case: "ins") }.
        }
    }
}
# Встречи подряд без своих тем — одним предложением, каждый собеседник один раз («провела также
# встречи со спикером …, а также с руководством …»); `side-meetings-with` — собеседник с предлогом.
side-meetings-with = с { CASE($with, case: "ins") }
side-meetings = { $kind ->
    [visit] В ходе визита { COUNTRY($by, form: "adj-f") } делегация провела встречи { $withs }.
    [talks] Кроме того, { COUNTRY($by, form: "adj-f") } сторона провела встречи { $withs }.
   *[other] Кроме того, { COUNTRY($by, form: "adj-f") } делегация провела встречи { $withs }.
}
# Все виды выставок женского рода: «открылась».
side-exhibition-opened = { $kind ->
    [political_consultations] В дни консультаций открылась
    [visit] В рамках визита открылась
    [signing] В рамках визита открылась
    [forum] В рамках визита открылась
    [mission_opening] В рамках визита открылась
   *[other] Кроме того, открылась
} { $exhibition } «{ $title }».
exhibition-attended = В церемонии открытия приняли участие { $attended }.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = Выставка развернута { $venue }.
exhibition-runs = { $has_venue ->
    [yes] Выставка, развернутая { $venue }, продлится { $until }.
   *[no] Выставка продлится { $until }.
}

# Своя страна как место: заголовок события внутри страны ее не называет (это ищет проверка стиля).
style-home-place = { COUNTRY($country, form: "in") }
# Сколько начальных слов делают два предложения подряд «одинаковыми» (артикля нет: «Стороны»).
style-opening-words = 1
# Слова, которыми начинается придаточное после глагола («отметил, что…»), через пробел.
statement-clause-openers = что чтобы как
# Служебные слова, которые проверка стиля пропускает, сравнивая начала предложений.
style-skip-words = в во по с со на к ко о об у за из от до для при и а но
