### The sentences of a press notice, in Kazakh (Kazinform / MFA press style).
### The arguments each message receives are listed in locales/README.md.
### Forms values (persons, bodies, cities) print their nominative; CASE($x, case: "loc") picks
### another case. " " below is a no-break space (U+00A0): between a number and the word it counts
### or dates ("2022 жылғы 10 желтоқсан").

## Lists and dates

list-and = және
# Элементтерінде «және» бар тізімнің соңы: «ғылым және технологиялар саласындағы келісімге, сондай-ақ …».
list-and-complex = {", "}сондай-ақ

month-name = { $month ->
    [1] қаңтар
    [2] ақпан
    [3] наурыз
    [4] сәуір
    [5] мамыр
    [6] маусым
    [7] шілде
    [8] тамыз
    [9] қыркүйек
    [10] қазан
    [11] қараша
   *[12] желтоқсан
}
# locative: "желтоқсанда"
month-loc = { $month ->
    [1] қаңтарда
    [2] ақпанда
    [3] наурызда
    [4] сәуірде
    [5] мамырда
    [6] маусымда
    [7] шілдеде
    [8] тамызда
    [9] қыркүйекте
    [10] қазанда
    [11] қарашада
   *[12] желтоқсанда
}
# dative: "қаңтарға (дейін)"
month-dat = { $month ->
    [1] қаңтарға
    [2] ақпанға
    [3] наурызға
    [4] сәуірге
    [5] мамырға
    [6] маусымға
    [7] шілдеге
    [8] тамызға
    [9] қыркүйекке
    [10] қазанға
    [11] қарашаға
   *[12] желтоқсанға
}
# genitive: "қаңтардың (соңына дейін)"
month-gen = { $month ->
    [1] қаңтардың
    [2] ақпанның
    [3] наурыздың
    [4] сәуірдің
    [5] мамырдың
    [6] маусымның
    [7] шілденің
    [8] тамыздың
    [9] қыркүйектің
    [10] қазанның
    [11] қарашаның
   *[12] желтоқсанның
}

# Жыл күн немесе ай алдында, егер лид оны түсірмесе (хабар шыққан жыл).
date-year = { $with_year ->
    [no] {""}
   *[yes] { $year } жылғы{" "}
}
# "2022 жылғы 10 желтоқсан", "2024 жылғы 3–4 қазан", "2024 жылғы 30 қыркүйек – 2 қазан"
date-full = { $precision ->
    [day] { date-year }{ $day } { month-name }
    [range] { $same_month ->
        [yes] { date-year }{ $day }–{ $day2 } { month-name }
       *[no] { $same_year ->
            [yes] { date-year }{ $from_full } – { $to_full }
           *[no] { $from_full_year } – { $to_full_year }
        }
    }
    [month] { date-year }{ month-name }
   *[year] { $year } жыл
}
# when something happens: "2022 жылғы 10 желтоқсанда", "3–4 қазанда", "2022 жылғы желтоқсан айында",
# "2023 жылы". A month alone takes «айында»: a bare «қазанда» reads as "in Kazan".
date-when = { $precision ->
    [day] { date-year }{ $day } { month-loc }
    [range] { $same_month ->
        [yes] { date-year }{ $day }–{ $day2 } { month-loc }
       *[no] { $same_year ->
            [yes] { date-year }{ $from_full } – { $to_role }
           *[no] { $from_full_year } – { $to_role_year }
        }
    }
    [month] { date-year }{ month-name } айында
   *[year] { $year } жылы
}
# how long something lasts: "2023 жылғы 15 қаңтарға дейін", "2023 жылғы қаңтардың соңына дейін",
# "2023 жылдың соңына дейін"
date-until = { $precision ->
    [day] { date-year }{ $day } { month-dat } дейін
    [range] { $with_year ->
        [no] { $to_role }
       *[yes] { $to_role_year }
    }
    [month] { date-year }{ month-gen } соңына дейін
   *[year] { $year } жылдың соңына дейін
}

# A digit ordinal takes only a hyphen; the possessive ending belongs to the noun:
# "саяси консультацияларының 3-раунды" (body text).
round-ordinal = { $round }-раунды
# Headlines spell the round out (press-style § 4: «бесінші кездесуі өтті»); from the eleventh on,
# digits. Round 1 is worded «алғашқы саяси консультациялар» in the messages themselves.
round-words = { $round ->
    [2] екінші раунды
    [3] үшінші раунды
    [4] төртінші раунды
    [5] бесінші раунды
    [6] алтыншы раунды
    [7] жетінші раунды
    [8] сегізінші раунды
    [9] тоғызыншы раунды
    [10] оныншы раунды
   *[other] { round-ordinal }
}

## The head of the notice

dateline = { $date }, { $time } ({ $offset })
# Opens the lead, dash included (a no-break space before it): "МЕХИКО. ҚАЗАҚПАРАТ –"
lead-in = { $has_agency ->
    [yes] { $city }. { $agency } –
   *[no] { $city } –
}
lead = { $source ->
    [agency-press] { $fact }, деп хабарлайды { $agency } { CASE($press_service, case: "gen") } баспасөз қызметіне сілтеме жасап.
    [agency] { $fact }, деп хабарлайды { $agency }.
    [press] { $fact }, деп хабарлайды { CASE($press_service, case: "gen") } баспасөз қызметі.
   *[none] { $fact }.
}

# "Қазақстан-Мексика" (country names, as Kazakh press writes such pairs)
sides-adj = { COUNTRY($a) }-{ COUNTRY($b) }

## Headlines and leads, one pair per kind of event. The lead has no final full stop: the
## attribution follows it. Headlines of an event held at home ($home = yes) name no place: the
## dateline does (press-style § 4); abroad they open with the city.

# The event's own date opens the lead («17 маусымда …», «қазан айында …»); on the dateline's
# own day the lead says «Бүгін» (press-style § 5: "today" words only on the publication day).
# A month the notice is itself dated in is «Жуырда», not «Желтоқсан айында» on 10 December.
lead-when = { $has_lead_date ->
    [yes] { $lead_this_month ->
        [yes] Жуырда
       *[no] { $lead_date }
    }{" "}
   *[no] Бүгін{" "}
}

# Abroad: "Мехикода Қазақстан-Мексика саяси консультацияларының үшінші раунды өтті";
# at home the partner alone, so the home country is not named: "Мексикамен саяси
# консультациялардың үшінші раунды өтті"; round 1: "… алғашқы саяси консультациялар(ы) өтті".
headline-political_consultations = { $home ->
    [yes] { COUNTRY($b, form: "ins") } { $round ->
        [0] саяси консультациялар
        [1] алғашқы саяси консультациялар
       *[other] саяси консультациялардың { round-words }
    }
   *[no] { $video ->
        [yes] {""}
       *[no] { CASE($city, case: "loc") }{" "}
    }{ $round ->
        [0] { sides-adj } саяси консультациялары
        [1] { COUNTRY($a, form: "and") } { COUNTRY($b) } арасындағы алғашқы саяси консультациялар
       *[other] { sides-adj } саяси консультацияларының { round-words }
    }
} { video-format }өтті
video-format = { $video ->
    [yes] бейнеконференция форматында{" "}
   *[no] {""}
}
# The genitive on the last member: «Қазақстан мен Мексиканың сыртқы істер министрліктері».
lead-political_consultations = { lead-when }{ $video ->
    [yes] {""}
   *[no] { CASE($city, case: "loc") }{" "}
}{ COUNTRY($a, form: "and") } { COUNTRY($b, form: "gen") } сыртқы істер министрліктері арасындағы { $round ->
    [0] саяси консультациялар
    [1] алғашқы саяси консультациялар
   *[other] саяси консультациялардың { round-words }
} { video-format }өтті

# "…ресми сапармен барды" abroad, "…келді" to Kazakhstan; a visit to Kazakhstan is headlined
# «елімізге … келді», as Kazinform does, so that the headline names no home country.
visit-with = { $level ->
    [state] мемлекеттік сапармен
    [working] жұмыс сапарымен
   *[official] ресми сапармен
}
headline-visit = { $visitor_head } { $home ->
    [yes] { $host ->
        [KZ] елімізге
       *[other] { COUNTRY($host, form: "dat") }
    }
   *[no] { COUNTRY($host, form: "dat") }
} { visit-with } { $host ->
    [KZ] келді
   *[other] барды
}
# Қаланы датлайн береді; келіссөздер келесі абзацта.
lead-visit = { lead-when }{ $visitor } { COUNTRY($host, form: "dat") } { visit-with } { $host ->
    [KZ] келді
   *[other] барды
}

headline-talks = { $host_official } { CASE($guests, case: "ins") } кездесті
lead-talks = { lead-when }{ $host_official } { CASE($city, case: "loc") } { CASE($guests, case: "ins") } кездесті

# The count alone is exact («үш құжатқа қол қойды»): not every document is "on cooperation".
# One document is named. At home the partner alone: «Уругваймен үш құжатқа қол қойылды».
signing-count = { $count ->
    [1] { CASE($documents, case: "dat") }
    [2] екі құжатқа
    [3] үш құжатқа
    [4] төрт құжатқа
    [5] бес құжатқа
   *[other] { $count } құжатқа
}
headline-signing = { $home ->
    [yes] { COUNTRY($b, form: "ins") } { signing-count } қол қойылды
   *[no] { COUNTRY($a, form: "and") } { COUNTRY($b) } { signing-count } қол қойды
}
lead-signing = { lead-when }{ CASE($city, case: "loc") } { COUNTRY($a, form: "and") } { COUNTRY($b) } { CASE($documents, case: "dat") } қол қойды

# The headline gives the title with the plain «көрмесі» («Венада «…» көрмесі ашылды»): «атты
# қолданбалы өнер көрмесі» after a title that already says so reads twice. The lead keeps the
# kind of exhibition.
headline-exhibition_opening = { $home ->
    [yes] {""}
   *[no] { CASE($city, case: "loc") }{" "}
}«{ $title }» көрмесі ашылды
lead-exhibition_opening = { lead-when }{ CASE($city, case: "loc") } «{ $title }» атты { $exhibition } ашылды

headline-mission_opening = { $home ->
    [yes] {""}
   *[no] { CASE($city, case: "loc") }{" "}
}{ $mission } ашылды
# "Колумбияның Медельин қаласында Қазақстанның құрметті консулы … басқаратын Қазақстанның
# құрметті консулдығы ашылды" (a participle, not the calque ", оны … басқарады").
# Ашылу рәсімінің аталған қонақтары ($guests — лауазымымен, тізім).
mission-guests = Рәсімге { CASE($guests, case: "nom") } қатысты.
lead-mission_opening = { lead-when }{ COUNTRY($host, form: "gen") } { $city } қаласында { $has_head ->
    [yes] { $head_name } басқаратын{" "}
   *[no] {""}
}{ $mission } ашылды

# With a title the headline gives the title, not the pair as well («Сантьягода «Қазақстан –
# Чили: …» бизнес-форумы өтті»); the lead names the pair and gives the title as the theme.
headline-forum = { $home ->
    [yes] {""}
   *[no] { CASE($city, case: "loc") }{" "}
}{ $has_title ->
    [yes] «{ $title }» { $format } өтті
   *[no] { forum-sides }{ $format } өтті
}
forum-sides = { $parties ->
    [1] {""}
   *[other] { sides-adj }{" "}
}
# The theme before the noun, as Kazakh orders attributes («…» тақырыбында дөңгелек үстел өтті»).
lead-forum = { lead-when }{ CASE($city, case: "loc") } { $has_title ->
    [yes] «{ $title }» тақырыбында{" "}
   *[no] {""}
}{ $participants ->
    [0] {""}
   *[other] { $participants } қатысушының басын қосқан{" "}
}{ $parties ->
    [1] { $format_plain }
   *[other] { sides-adj } { $format }
} өтті

# Only used when the event gives no headline of its own (press-style § 4 wants the news).
headline-spokesperson_announcement = { $a ->
    [KZ] ҚР
   *[other] { COUNTRY($a) }
} Сыртқы істер министрлігінің ресми өкілі мәлімдеме жасады
# $in_lead = yes: мәлімдеме (бір сөйлем) лидтің жаңалығы, агенттікке сілтеме керек емес.
lead-spokesperson_announcement = { $in_lead ->
    [yes] { $announcement }, деп хабарлады { $spokesperson }{ $setting ->
        [briefing] {" "}брифинг барысында
        [interview] {" "}сұхбатында
       *[other] {""}
    }
   *[no] { lead-when }{ $spokesperson } { $setting ->
        [briefing] { CASE($city, case: "loc") } өткен брифингте мәлімдеме жасады
        [statement] мәлімдеме таратты
        [comment] БАҚ өкілдеріне түсініктеме берді
        [interview] сұхбат берді
       *[none] мәлімдеме жасады
    }
}

## Persons. In Kazakh the office always precedes the name and stays in the nominative; the name
## alone takes the case: "Аргентина елшісі Мартин Лесканомен", "Мексика Президенті Андрес
## Мануэль Лопес Обрадордың атынан" (.position-case = nom below).
# Қайта аталған адам: аты-жөнінің бас әрпі мен тегі, бос орынсыз («М.Нұртілеу», «Б.Османидің»).
person-short = { $initials_tight }{ $surname }


# .position-case: The office before a name stays in the nominative; the case goes on the name.
person-titled = { $position } { $name }
    .position-case = nom

## Delegations. The side is named by its adjective («қазақстандық делегация», «мексикалық
## тарап», as Kazinform writes): the head's office usually names the country already
## («Қазақстан елшісі …»). The second delegation takes another verb, so that two sentences in
## a row do not open or close alike. «Тең төрағалық етті» needs no object: the sentence serves
## consultations, meetings and forums alike.

delegation-headed = { $first ->
    [yes] { COUNTRY($country, form: "adj") } делегацияны { $head } басқарды.
   *[no] { COUNTRY($country, form: "adj") } делегацияға { $head } жетекшілік етті.
}
delegation-co_chaired = { COUNTRY($country, form: "adj") } тараптан { $head } тең төрағалық етті.
# Екі тараптың тең төрағалары бір сөйлемде: «… тараптан … тең төрағалық етті» қатар екі рет
# қайталанбайды.
delegations-co_chaired = { CASE($heads, case: "nom") } { $kind ->
    [political_consultations] консультацияларға
    [forum] іс-шараға
    [visit] келіссөздерге
   *[other] кездесуге
} тең төрағалық етті.
# Лауазымы елін атайтын делегация басшылары бір сөйлемде: «Уругвайлық делегацияға Уругвай Сыртқы
# істер министрінің орынбасары…» елді екі рет атайды.
delegations-headed = Делегацияларды { CASE($heads, case: "nom") } басқарды.

## Statements. $by_kind is "side" (then $side is a country code) or "person" (then $by).
## Sentences start with a capital automatically, so one form serves at the start and inside.

statement-by-start = { $by_kind ->
    [again] { $by_gender ->
        [pl] Олар
       *[other] Ол
    }
    [parties] Тараптар
    [side] { COUNTRY($side, form: "adj") } тарап
   *[person] { CASE($by, case: "nom") }
}
statement-by = { $by_kind ->
    [again] { $by_gender ->
        [pl] олар
       *[other] ол
    }
   *[other] { statement-by-start }
}
statement-congratulated-to = { $has_to ->
    [yes] { CASE($to, case: "acc") }{" "}
   *[no] {""}
}
# «Мексика Президенті … атынан мексикалық тарап Қазақстан Президенті …ты … құттықтады».
statement-congratulated = { $has_behalf ->
    [yes] { $first ->
        [yes] {""}
       *[no] Сондай-ақ{" "}
    }{ CASE($behalf, case: "gen") } атынан { statement-by } { statement-congratulated-to }{ $about } құттықтады.
   *[no] { $first ->
        [yes] {""}
       *[no] Сондай-ақ{" "}
    }{ statement-by } { statement-congratulated-to }{ $about } құттықтады.
}
statement-commended = { $first ->
    [yes] { statement-by-start } { $about } оң бағалады.
   *[no] Сонымен қатар { statement-by } { $about } оң бағалады.
}
statement-thanked = { $first ->
    [yes] {""}
   *[no] Сондай-ақ{" "}
}{ statement-by } { $has_to ->
    [yes] { CASE($to, case: "dat") }{" "}
   *[no] {""}
}{ $about } алғыс айтты.
statement-supported = { $first ->
    [yes] {""}
   *[no] Сондай-ақ{" "}
}{ statement-by } { $about } қолдайтынын білдірді.
statement-condolences = { statement-by-start } { $has_to ->
    [yes] { CASE($to, case: "dat") }{" "}
   *[no] {""}
}{ $about } көңіл айтты.

## What was discussed ($topics is a list already joined). The frame follows the kind of event:
## «Консультациялар / Келіссөздер / Форум / Кездесу барысында» and, to match, «… қорытындысы
## бойынша». A visit is worded by its talks (the lead: «…келіссөздер жүргізді»).

event-frame = { $kind ->
    [political_consultations] Консультациялар
    [visit] Келіссөздер
    [forum] Форум
    [exhibition_opening] Іс-шара
    [mission_opening] Іс-шара
   *[other] Кездесу
}

# A forum has participants, not sides (as the English reference).
discussion-who = { $kind ->
    [forum] қатысушылар
   *[other] тараптар
}

# The parties first: «Консультациялар …» would open a third sentence in a row (co-chairs, the
# occasion); no «кең ауқымы» before named sectors.
discussion-topics = { discussion-who } { $kind ->
    [political_consultations] консультациялар
    [visit] келіссөздер
    [forum] форум
    [exhibition_opening] іс-шара
    [mission_opening] іс-шара
   *[other] кездесу
} барысында { $topics } мәселелерін талқылады.
# The genitive and its possessive stay together: «байланыстардың әсіресе … саласында жандана
# түскені» (not «байланыстардың, әсіресе … саласында, жандана түскені»).
discussion-progress = { $first ->
    [yes] { event-frame } барысында екі
   *[no] Екі
} ел арасындағы байланыстардың әсіресе { $topics } { $topic_count ->
    [1] саласында
   *[other] салаларында
} жандана түскені қанағаттанушылықпен атап өтілді.
# Later in the paragraph the impersonal form, so that «тараптар» does not come back.
discussion-views = { $first ->
    [yes] { event-frame } барысында { discussion-who } { $topics } бойынша пікір алмасты.
   *[no] Сондай-ақ { $topics } бойынша пікір алмасылды.
}

## Outcomes. $first is "yes" for the first sentence of the paragraph. Each later sentence opens
## with its own connector, so that no two in a row open alike.

outcome-following = { event-frame } қорытындысы бойынша
# ru «подчеркнули важность» = «маңыздылығын атап өтті». The mechanism by its name: «осы тетік»
# pointed back to one the notice never named.
outcome-regular_dialogue = { $first ->
    [yes] { outcome-following } тараптар
   *[no] Сондай-ақ тараптар
} { $kind ->
    [political_consultations] саяси консультациялар тетігі аясында{" "}
   *[other] {""}
}тұрақты диалогты сақтаудың маңыздылығын атап өтті.
# Later in the paragraph: "… өткізу жөнінде де келісілді" ("де" = also), impersonal, so that
# «Тараптар» does not open another sentence.
outcome-next_round-when = { $has_when ->
    [yes] {" "}{ $when }
   *[no] {""}
}
outcome-next_round-place = { $has_place ->
    [yes] {" "}{ CASE($city, case: "loc") }
   *[no] {""}
}
# In consultations "the next round" is of these consultations: «келесі раундты».
outcome-next_round-what = { $kind ->
    [political_consultations] келесі раундты
   *[other] саяси консультациялардың келесі раундын
}
outcome-next_round = { $first ->
    [yes] { outcome-following } тараптар { outcome-next_round-what }{ outcome-next_round-when }{ outcome-next_round-place } өткізуге уағдаласты.
   *[no] { outcome-next_round-what }{ outcome-next_round-when }{ outcome-next_round-place } өткізу жөнінде де келісілді.
}
outcome-invitation = { $first ->
    [yes] { outcome-following }
   *[no] Сонымен қатар
} { $invitee } { COUNTRY($country, form: "dat") } сапармен { $country ->
    [KZ] келуге
   *[other] баруға
} шақырылды.
outcome-mission_to_open = { $first ->
    [yes] { outcome-following } тараптар
   *[no] Сонымен бірге тараптар
} { $city } қаласында { CASE($mission, case: "acc") } ашуға келісті.
outcome-other = { $text }

## Side events. The instrumental always ends in -мен/-бен/-пен, so "also" after it is always «де»
## («депутаттармен де кездесті»).

# The first side meeting opens with a frame by the kind of event (press-style § 2: «Сапар
# барысында», «Сондай-ақ»); later ones with «Бұдан бөлек» or the counterpart itself, so that
# two side meetings in a row do not open alike. Officials and legislators: «перспективалары»;
# others: «мүмкіндіктері».
side-meeting-first = { $kind ->
    [visit] Сапар барысында
    [forum] Форум аясында
   *[other] Сондай-ақ
}
side-meeting-what = { $counterpart ->
    [officials] ынтымақтастықты дамыту перспективаларын
    [legislators] ынтымақтастықты дамыту перспективаларын
   *[other] ынтымақтастық мүмкіндіктерін
}
side-meeting = { $has_topics ->
    [yes] { $order ->
        [first] { side-meeting-first } { COUNTRY($by, form: "adj") } делегация { CASE($with, case: "ins") } кездесіп, { $topics } { $topic_count ->
    [1] саласындағы
   *[other] салаларындағы
} { side-meeting-what } талқылады.
       *[next] { $counterpart ->
            [officials] Бұдан бөлек, { CASE($with, case: "ins") } кездесу барысында { $topics } { $topic_count ->
    [1] саласындағы
   *[other] салаларындағы
} ынтымақтастықты дамыту перспективалары талқыланды.
            [legislators] Бұдан бөлек, { CASE($with, case: "ins") } кездесу барысында { $topics } { $topic_count ->
    [1] саласындағы
   *[other] салаларындағы
} ынтымақтастықты дамыту перспективалары талқыланды.
           *[other] { CASE($with, case: "ins") } өткен кездесуде { $topics } { $topic_count ->
    [1] саласындағы
   *[other] салаларындағы
} ынтымақтастық мүмкіндіктері қарастырылды.
        }
    }
   *[no] { $order ->
        [first] { side-meeting-first } { COUNTRY($by, form: "adj") } делегация { CASE($with, case: "ins") } кездесті.
       *[next] { COUNTRY($by, form: "adj") } делегация { CASE($with, case: "ins") } де кездесті.
    }
}
# Өз тақырыбы жоқ қатарлас кездесулер бір сөйлемде, әр әріптес бір рет («…мен, сондай-ақ …мен
# кездесулер өткізді»); `side-meetings-with` — бір әріптес, көмектес септікте.
side-meetings-with = { CASE($with, case: "ins") }
side-meetings = { $kind ->
    [visit] Сапар барысында { COUNTRY($by, form: "adj") } делегация
    [talks] Бұдан бөлек, { COUNTRY($by, form: "adj") } тарап
   *[other] Бұдан бөлек, { COUNTRY($by, form: "adj") } делегация
} { $withs } кездесулер өткізді.
side-exhibition-opened = { $kind ->
    [visit] Сапар бағдарламасы аясында
   *[other] Бағдарлама аясында
} «{ $title }» атты { $exhibition } де ашылды.
exhibition-attended = Ашылу рәсіміне { $attended } қатысты.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = Көрме { $venue } өтіп жатыр.
exhibition-runs = { $has_venue ->
    [yes] { $venue } өтіп жатқан көрме { $until } жалғасады.
   *[no] Көрме { $until } жалғасады.
}

# Өз елі орын ретінде: елдегі оқиғаның тақырыбы оны атамайды (стиль тексеруі іздейді).
style-home-place = { COUNTRY($country, form: "loc") }
# Қатар тұрған екі сөйлемнің «бірдей басталуы» үшін неше бастапқы сөз (артикль жоқ: «Тараптар»).
style-opening-words = 1
# Етістіктен кейін бағыныңқы сөйлемді бастайтын сөздер (қазақ тілінде жоқ: «-»).
statement-clause-openers = -
# Сөйлем бастарын салыстырғанда стиль тексеруі өткізіп жіберетін көмекші сөздер (қажет емес: «-»).
style-skip-words = -
