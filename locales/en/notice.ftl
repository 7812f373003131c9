### The sentences of a press notice, in English (the reference locale).
### The arguments each message receives are listed in locales/README.md.
### Forms values (persons, bodies, cities) print their nominative; CASE($x, case: "gen") picks
### another case where a language has cases.

## Lists and dates

list-and = and

month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# The year after a day or a month, unless the lead leaves it out (the year of publication).
date-year = { $with_year ->
    [no] {""}
   *[yes] {" "}{ $year }
}
# "10 December 2022", "3–4 October 2024", "30 September – 2 October 2024", "December 2022", "2023"
date-full = { $precision ->
    [day] { $day } { month-name }{ date-year }
    [range] { $same_month ->
        [yes] { $day }–{ $day2 } { month-name }{ date-year }
       *[no] { $same_year ->
            [yes] { $from_full } – { $to_full }{ date-year }
           *[no] { $from_full_year } – { $to_full_year }
        }
    }
    [month] { month-name }{ date-year }
   *[year] { $year }
}
# when something happens: "on 10 December 2022", "on 3–4 October", "in December 2022", "in 2023"
date-when = { $precision ->
    [day] on { date-full }
    [range] on { date-full }
   *[other] in { date-full }
}
# how long something lasts: "until 15 January 2023", "until the end of January 2023"
date-until = { $precision ->
    [day] until { date-full }
    [range] until { $with_year ->
        [no] { $to_full }
       *[yes] { $to_full_year }
    }
   *[other] until the end of { date-full }
}

round-ordinal = { NUMBER($round, type: "ordinal") ->
    [one] { $round }st
    [two] { $round }nd
    [few] { $round }rd
   *[other] { $round }th
}

## The head of the notice

dateline = { $date }, { $time } ({ $offset })
# Opens the lead, dash included: "MEXICO CITY. KAZINFORM –"
lead-in = { $has_agency ->
    [yes] { $city }. { $agency } –
   *[no] { $city } –
}
lead = { $source ->
    [agency-press] { $fact }, { $agency } has learned from the press service of { $press_service }.
    [agency] { $fact }, { $agency } reports.
    [press] { $fact }, according to the press service of { $press_service }.
   *[none] { $fact }.
}

# "Kazakh-Mexican"
sides-adj = { COUNTRY($a, form: "adj") }-{ COUNTRY($b, form: "adj") }

## Headlines and leads, one pair per kind of event. The lead has no final full stop: the
## attribution follows it.

# The event's own date, first in the lead, when it is not the dateline's day ("On 3–4 October, ...").
lead-when = { $has_lead_date ->
    [yes] { $lead_date },{" "}
   *[no] {""}
}


headline-political_consultations = { $round ->
    [0] { sides-adj } political consultations held in { COUNTRY($host) }
   *[other] { round-ordinal } round of { sides-adj } political consultations held in { COUNTRY($host) }
}
lead-political_consultations = { lead-when }{ $round ->
    [0] political consultations between the foreign ministries of { COUNTRY($a) } and { COUNTRY($b) } were held in { $city }
   *[other] the { round-ordinal } round of political consultations between the foreign ministries of { COUNTRY($a) } and { COUNTRY($b) } was held in { $city }
}

headline-visit = { $visitor } pays { $level ->
    [state] state
    [working] working
   *[official] official
} visit to { COUNTRY($host) }
lead-visit = { lead-when }{ $visitor } paid { $level ->
    [state] a state
    [working] a working
   *[official] an official
} visit to { COUNTRY($host) }, holding talks in { $city }

headline-talks = { $host_official } meets { $guests }
lead-talks = { lead-when }{ $host_official } met with { $guests } in { $city }

headline-signing = { COUNTRY($a) } and { COUNTRY($b) } sign { $count ->
    [1] a cooperation document
    [2] two cooperation documents
    [3] three cooperation documents
    [4] four cooperation documents
    [5] five cooperation documents
   *[other] { $count } cooperation documents
}
lead-signing = { lead-when }in { $city }, { COUNTRY($a) } and { COUNTRY($b) } signed { $documents }

headline-exhibition_opening = { $exhibition } “{ $title }” opens in { $city }
lead-exhibition_opening = { lead-when }the { $exhibition } “{ $title }” opened in { $city }

headline-mission_opening = { $mission } opens in { $city }
lead-mission_opening = { lead-when }{ $has_head ->
    [yes] the { $mission } opened in { $city }, { COUNTRY($host) }, headed by { $head }
   *[no] the { $mission } opened in { $city }, { COUNTRY($host) }
}

headline-forum = { $has_title ->
    [yes] { sides-adj } { $format } “{ $title }” held in { $city }
   *[no] { sides-adj } { $format } held in { $city }
}
lead-forum = { lead-when }{ $has_title ->
    [yes] a { sides-adj } { $format }, “{ $title }”, was held in { $city }
   *[no] a { sides-adj } { $format } was held in { $city }
}{ $participants ->
    [0] {""}
   *[other] , bringing together { $participants } participants
}

headline-spokesperson_announcement = Statement by the Official Spokesperson of the Ministry of Foreign Affairs of { COUNTRY($a) }
lead-spokesperson_announcement = { lead-when }{ $spokesperson } { $setting ->
    [briefing] spoke at a briefing in { $city }
    [statement] issued a statement
    [comment] commented to the press
    [interview] said in an interview
   *[none] made an announcement
}

## Persons: an office written as a code goes before the name, one written out goes after it.
# A person named again after the first mention: the surname alone (AP, Astana Times: "Nurtleu met…").
# $surname_first is the first word of a two-word Spanish surname ("Anguiano").
person-short = { $surname_first }


# $at is "mid" when more of the sentence follows: then an apposition closes with a comma.
# .position-case: "same": a written-out office takes the case of the sentence, like the name.
person-titled = { $kind ->
    [code] { $position } { $name }
   *[text] { $at ->
        [mid] { $name }, { $position },
       *[end] { $name }, { $position }
    }
}
    .position-case = same

## Delegations

delegation-headed = The { COUNTRY($country, form: "adj") } delegation was headed by { $head }.
delegation-co_chaired = On the { COUNTRY($country, form: "adj") } side, the meeting was co-chaired by { $head }.

## Statements. $by_kind is "side" (then $side is a country code) or "person" (then $by).

statement-by-start = { $by_kind ->
    [side] The { COUNTRY($side, form: "adj") } side
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-by = { $by_kind ->
    [side] the { COUNTRY($side, form: "adj") } side
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-congratulated = { $has_behalf ->
    [yes] On behalf of { $behalf }, { statement-by } congratulated { $has_to ->
    [yes] { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
   *[no] { $first ->
        [yes] { statement-by-start } congratulated { $has_to ->
    [yes] { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
       *[no] In addition, { statement-by } congratulated { $has_to ->
    [yes] { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
    }
}
statement-commended = { $first ->
    [yes] { statement-by-start } commended { $about }.
   *[no] In addition, { statement-by } commended { $about }.
}
statement-thanked = { $first ->
    [yes] { statement-by-start } thanked { $has_to ->
    [yes] { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
   *[no] { statement-by-start } also thanked { $has_to ->
    [yes] { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
}
statement-supported = { $first ->
    [yes] { statement-by-start } expressed support for { $about }.
   *[no] { statement-by-start } also expressed support for { $about }.
}
statement-condolences = { statement-by-start } expressed condolences { $has_to ->
    [yes] to { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.

## What was discussed ($topics is a list already joined)

discussion-topics = During the talks, the parties discussed a wide range of issues of { $topics }.
discussion-progress = They noted with satisfaction that ties between the two countries had intensified, especially in the fields of { $topics }.
discussion-views = { $first ->
    [yes] The parties exchanged views on { $topics }.
   *[no] The parties also exchanged views on { $topics }.
}

## Outcomes. $first is "yes" for the first sentence of the paragraph.

outcome-regular_dialogue = { $first ->
    [yes] Following the meeting, the parties
   *[no] The parties also
} agreed on the importance of maintaining regular dialogue{ $kind ->
    [political_consultations] {" "}within the mechanism of political consultations
   *[other] {""}
}.
outcome-next_round = { $first ->
    [yes] Following the meeting, the parties agreed
   *[no] They also agreed
} to hold the next round of political consultations{ $has_place ->
    [yes] {" "}in { $city }
   *[no] {""}
}{ $has_when ->
    [yes] {" "}{ $when }
   *[no] {""}
}.
outcome-invitation = { $first ->
    [yes] Following the meeting, { CASE($invitee, case: "nom", at: "mid") } was invited
   *[no] { CASE($invitee, case: "nom", at: "mid") } was also invited
} to visit { COUNTRY($country) }.
outcome-mission_to_open = { $first ->
    [yes] Following the meeting, the parties agreed
   *[no] The parties also agreed
} on the opening of the { $mission } in { $city }.
outcome-other = { $text }

## Side events

side-meeting = { $has_topics ->
    [yes] At a meeting with { $with }, the parties discussed opportunities for { $topics } cooperation.
   *[no] The { COUNTRY($by, form: "adj") } delegation also met with { $with }.
}
side-exhibition-opened = The programme also included the opening of the { $exhibition } “{ $title }”.
exhibition-attended = The opening ceremony was attended by { $attended }.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = The exhibition is on display { $venue }.
exhibition-runs = { $has_venue ->
    [yes] The exhibition, on display { $venue }, will run { $until }.
   *[no] The exhibition will run { $until }.
}
