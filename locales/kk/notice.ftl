### The sentences of a press notice, in Kazakh (Kazinform / MFA press style).
### The arguments each message receives are listed in locales/README.md.
### Forms values (persons, bodies, cities) print their nominative; CASE($x, case: "loc") picks
### another case. " " below is a no-break space (U+00A0): between a number and the word it counts
### or dates ("2022 жылғы 10 желтоқсан").

## Lists and dates

list-and = және

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
# when something happens: "2022 жылғы 10 желтоқсанда", "3–4 қазанда", "2022 жылғы желтоқсанда", "2023 жылы"
date-when = { $precision ->
    [day] { date-year }{ $day } { month-loc }
    [range] { $same_month ->
        [yes] { date-year }{ $day }–{ $day2 } { month-loc }
       *[no] { $same_year ->
            [yes] { date-year }{ $from_full } – { $to_role }
           *[no] { $from_full_year } – { $to_role_year }
        }
    }
    [month] { date-year }{ month-loc }
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
# "саяси консультацияларының 3-раунды".
round-ordinal = { $round }-раунды

## The head of the notice

dateline = { $date }, { $time } ({ $offset })
# Opens the lead, dash included (a no-break space before it): "МЕХИКО. ҚАЗАҚПАРАТ –"
lead-in = { $has_agency ->
    [yes] { $city }. { $agency } –
   *[no] { $city } –
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
## attribution follows it.

# Оқиғаның өз күні лидтің басында, егер ол хабар шыққан күнмен сәйкес келмесе («3–4 қазанда …»).
lead-when = { $has_lead_date ->
    [yes] { $lead_date }{" "}
   *[no] {""}
}


# Abroad the headline names the country ("Мексикада Қазақстан-Мексика …"); at home it needs no
# place ("Қазақстан-Мексика саяси консультацияларының 3-раунды өтті"): the lead names the city.
headline-political_consultations = { $host ->
    [KZ] {""}
   *[other] { COUNTRY($host, form: "loc") }{" "}
}{ sides-adj } саяси { $round ->
    [0] консультациялары өтті
   *[other] консультацияларының { round-ordinal } өтті
}
lead-political_consultations = { lead-when }{ CASE($city, case: "loc") } { COUNTRY($a, form: "and") } { COUNTRY($b) } сыртқы істер министрліктері арасындағы саяси { $round ->
    [0] консультациялар өтті
   *[other] консультациялардың { round-ordinal } өтті
}

# "…ресми сапармен барды" abroad, "…келді" to Kazakhstan
visit-with = { $level ->
    [state] мемлекеттік сапармен
    [working] жұмыс сапарымен
   *[official] ресми сапармен
}
headline-visit = { $visitor } { COUNTRY($host, form: "dat") } { visit-with } { $host ->
    [KZ] келді
   *[other] барды
}
lead-visit = { lead-when }{ $visitor } { COUNTRY($host, form: "dat") } { visit-with } { $host ->
    [KZ] келіп
   *[other] барып
}, { CASE($city, case: "loc") } келіссөздер жүргізді

headline-talks = { $host_official } { CASE($guests, case: "ins") } кездесті
lead-talks = { lead-when }{ $host_official } { CASE($city, case: "loc") } { CASE($guests, case: "ins") } кездесті

headline-signing = { COUNTRY($a, form: "and") } { COUNTRY($b) } ынтымақтастық туралы { $count ->
    [1] құжатқа
    [2] екі құжатқа
    [3] үш құжатқа
    [4] төрт құжатқа
    [5] бес құжатқа
   *[other] { $count } құжатқа
} қол қойды
lead-signing = { lead-when }{ CASE($city, case: "loc") } { COUNTRY($a, form: "and") } { COUNTRY($b) } { CASE($documents, case: "dat") } қол қойды

headline-exhibition_opening = { CASE($city, case: "loc") } «{ $title }» атты { $exhibition } ашылды
lead-exhibition_opening = { lead-when }{ CASE($city, case: "loc") } «{ $title }» атты { $exhibition } ашылды

headline-mission_opening = { CASE($city, case: "loc") } { $mission } ашылды
# "Колумбияның Медельин қаласында Қазақстанның құрметті консулдығы ашылды, оны … басқарады"
lead-mission_opening = { lead-when }{ COUNTRY($host, form: "gen") } { $city } қаласында { $mission } ашылды{ $has_head ->
    [yes] , оны { $head } басқарады
   *[no] {""}
}

headline-forum = { CASE($city, case: "loc") } { $has_title ->
    [yes] «{ $title }» атты { sides-adj } { $format } өтті
   *[no] { sides-adj } { $format } өтті
}
lead-forum = { lead-when }{ CASE($city, case: "loc") } { $participants ->
    [0] {""}
   *[other] { $participants } қатысушының басын қосқан{" "}
}{ $has_title ->
    [yes] «{ $title }» атты { sides-adj } { $format } өтті
   *[no] { sides-adj } { $format } өтті
}

headline-spokesperson_announcement = { $a ->
    [KZ] ҚР
   *[other] { COUNTRY($a) }
} Сыртқы істер министрлігі ресми өкілінің мәлімдемесі
lead-spokesperson_announcement = { lead-when }{ $spokesperson } { $setting ->
    [briefing] { CASE($city, case: "loc") } өткен брифингте мәлімдеме жасады
    [statement] мәлімдеме таратты
    [comment] БАҚ өкілдеріне түсініктеме берді
    [interview] сұхбат берді
   *[none] мәлімдеме жасады
}

## Persons. In Kazakh the office always precedes the name and stays in the nominative; the name
## alone takes the case: "Аргентина елшісі Мартин Лесканомен", "Мексика Президенті Андрес
## Мануэль Лопес Обрадордың атынан" (.position-case = nom below).
# Қайта аталған адам: аты-жөнінің бас әрпі мен тегі, бос орынсыз («М.Нұртілеу», «Б.Османидің»).
person-short = { $initials_tight }{ $surname }


# .position-case: The office before a name stays in the nominative; the case goes on the name.
person-titled = { $position } { $name }
    .position-case = nom

## Delegations

# The second delegation in a row takes «тарапынан» so that two sentences do not start alike:
# «Уругвай тарапынан делегацияны … басқарды».
delegation-headed = { $first ->
    [yes] { COUNTRY($country) } делегациясын { $head } басқарды.
   *[no] { COUNTRY($country) } тарапынан делегацияны { $head } басқарды.
}
delegation-co_chaired = { COUNTRY($country) } тарапынан кездесуге { $head } тең төрағалық етті.

## Statements. $by_kind is "side" (then $side is a country code) or "person" (then $by).
## Sentences start with a capital automatically, so one form serves at the start and inside.

statement-by-start = { $by_kind ->
    [side] { COUNTRY($side) } тарапы
   *[person] { CASE($by, case: "nom") }
}
statement-by = { statement-by-start }
statement-congratulated = { $has_behalf ->
    [yes] { $first ->
        [yes] { CASE($behalf, case: "gen") } атынан { statement-by } { $has_to ->
    [yes] { CASE($to, case: "acc") }{" "}
   *[no] {""}
}{ $about } құттықтады.
       *[no] Сондай-ақ { CASE($behalf, case: "gen") } атынан { statement-by } { $has_to ->
    [yes] { CASE($to, case: "acc") }{" "}
   *[no] {""}
}{ $about } құттықтады.
    }
   *[no] { $first ->
        [yes] { statement-by-start } { $has_to ->
    [yes] { CASE($to, case: "acc") }{" "}
   *[no] {""}
}{ $about } құттықтады.
       *[no] Сондай-ақ { statement-by } { $has_to ->
    [yes] { CASE($to, case: "acc") }{" "}
   *[no] {""}
}{ $about } құттықтады.
    }
}
statement-commended = { $first ->
    [yes] { statement-by-start } { $about } оң бағалады.
   *[no] Сонымен қатар { statement-by } { $about } оң бағалады.
}
statement-thanked = { $first ->
    [yes] { statement-by-start } { $has_to ->
    [yes] { CASE($to, case: "dat") }{" "}
   *[no] {""}
}{ $about } алғыс айтты.
   *[no] Сондай-ақ { statement-by } { $has_to ->
    [yes] { CASE($to, case: "dat") }{" "}
   *[no] {""}
}{ $about } алғыс айтты.
}
statement-supported = { $first ->
    [yes] { statement-by-start } { $about } қолдайтынын білдірді.
   *[no] Сондай-ақ { statement-by } { $about } қолдайтынын білдірді.
}
statement-condolences = { statement-by-start } { $has_to ->
    [yes] { CASE($to, case: "dat") }{" "}
   *[no] {""}
}{ $about } көңіл айтты.

## What was discussed ($topics is a list already joined)

discussion-topics = Келіссөздер барысында тараптар { $topics } мәселелерінің кең ауқымын талқылады.
discussion-progress = Екі ел арасындағы байланыстардың, әсіресе { $topics } саласында, жандана түскені қанағаттанушылықпен атап өтілді.
discussion-views = { $first ->
    [yes] Тараптар { $topics } бойынша пікір алмасты.
   *[no] Сондай-ақ тараптар { $topics } бойынша пікір алмасты.
}

## Outcomes. $first is "yes" for the first sentence of the paragraph.

outcome-following = Кездесу қорытындысы бойынша
outcome-regular_dialogue = { $first ->
    [yes] { outcome-following } тараптар
   *[no] Сондай-ақ тараптар
} { $kind ->
    [political_consultations] саяси консультациялар тетігі аясында{" "}
   *[other] {""}
}тұрақты диалогты сақтаудың маңызды екеніне келісті.
# Later in the paragraph: "… өткізу туралы да уағдаластыққа қол жеткізілді" ("да" = also).
outcome-next_round-when = { $has_when ->
    [yes] {" "}{ $when }
   *[no] {""}
}
outcome-next_round-place = { $has_place ->
    [yes] {" "}{ CASE($city, case: "loc") }
   *[no] {""}
}
outcome-next_round = { $first ->
    [yes] { outcome-following } тараптар саяси консультациялардың келесі раундын{ outcome-next_round-when }{ outcome-next_round-place } өткізуге уағдаласты.
   *[no] Саяси консультациялардың келесі раундын{ outcome-next_round-when }{ outcome-next_round-place } өткізу туралы да уағдаластыққа қол жеткізілді.
}
outcome-invitation = { $first ->
    [yes] { outcome-following }
   *[no] Сонымен қатар
} { $invitee } { COUNTRY($country, form: "dat") } сапармен { $country ->
    [KZ] келуге
   *[other] баруға
} шақырылды.
outcome-mission_to_open = { $first ->
    [yes] { outcome-following } тараптар { $city } қаласында { CASE($mission, case: "acc") } ашуға келісті.
   *[no] Тараптар { $city } қаласында { CASE($mission, case: "acc") } ашуға да келісті.
}
outcome-other = { $text }

## Side events. The instrumental always ends in -мен/-бен/-пен, so "also" after it is always «де»
## («депутаттармен де кездесті»).

# Meetings with officials and legislators are worded apart from the others, so that two side
# meetings in a row do not repeat one sentence frame.
side-meeting = { $has_topics ->
    [yes] { $counterpart ->
        [officials] { CASE($with, case: "ins") } кездесу барысында { $topics } саласындағы ынтымақтастықты дамыту перспективалары талқыланды.
        [legislators] { CASE($with, case: "ins") } кездесу барысында { $topics } саласындағы ынтымақтастықты дамыту перспективалары талқыланды.
       *[other] { CASE($with, case: "ins") } кездесуде тараптар { $topics } саласындағы ынтымақтастық мүмкіндіктерін талқылады.
    }
   *[no] { COUNTRY($by) } делегациясы { CASE($with, case: "ins") } де кездесті.
}
side-exhibition-opened = Бағдарлама аясында «{ $title }» атты { $exhibition } де ашылды.
exhibition-attended = Ашылу рәсіміне { $attended } қатысты.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = Көрме { $venue } өтіп жатыр.
exhibition-runs = { $has_venue ->
    [yes] { $venue } өтіп жатқан көрме { $until } жалғасады.
   *[no] Көрме { $until } жалғасады.
}
