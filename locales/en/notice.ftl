### The sentences of a press notice, in English (the reference locale).
### The arguments each message receives are listed in locales/README.md.
### Forms values (persons, bodies, cities) print their nominative; CASE($x, case: "gen") picks
### another case where a language has cases.

## Lists and dates

list-and = and
# Ends a list whose items hold "and" themselves: "A on science and technology, as well as B".
list-and-complex = {", "}as well as

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

# Press style spells out first to ninth ("third round"); from the 10th on, digits.
round-ordinal = { $round ->
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
    [6] sixth
    [7] seventh
    [8] eighth
    [9] ninth
   *[other] { NUMBER($round, type: "ordinal") ->
        [one] { $round }st
        [two] { $round }nd
        [few] { $round }rd
       *[other] { $round }th
    }
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


# Abroad the headline names the city; at home ($home) only the dateline gives the place.
headline-political_consultations = { $round ->
    [0] { sides-adj } political consultations held
    [1] First { sides-adj } political consultations held
   *[other] { round-ordinal } round of { sides-adj } political consultations held
}{ $video ->
    [yes] {" "}via videoconference
   *[no] { $home ->
        [yes] {""}
       *[no] {" "}in { $city }
    }
}
# The two ministries by adjective, so that a city named after its country ("Mexico City") does
# not make the country appear twice.
lead-political_consultations = { lead-when }the { COUNTRY($a, form: "adj") } and { COUNTRY($b, form: "adj") } foreign ministries held { $round ->
    [0] political consultations
    [1] their first political consultations
   *[other] the { round-ordinal } round of political consultations
} { $video ->
    [yes] via videoconference
   *[no] in { $city }
}

headline-visit = { CASE($visitor_head, case: "nom", at: "mid") } pays { $level ->
    [state] state
    [working] working
   *[official] official
} visit{ $home ->
    [yes] {""}
   *[no] {" "}to { COUNTRY($host) }
}
# The dateline gives the city; the talks follow in the body.
lead-visit = { lead-when }{ CASE($visitor, case: "nom", at: "mid") } paid { $level ->
    [state] a state
    [working] a working
   *[official] an official
} visit to { COUNTRY($host) }

headline-talks = { CASE($host_official, case: "nom", at: "mid") } meets { $guests }
lead-talks = { lead-when }{ CASE($host_official, case: "nom", at: "mid") } met with { CASE($guests, case: "nom", at: "mid") } in { $city }

# At home the headline does not name the home country: the documents carry both adjectives.
headline-signing = { $home ->
    [yes] { $count ->
        [1] { sides-adj } cooperation document signed
        [2] Two { sides-adj } cooperation documents signed
        [3] Three { sides-adj } cooperation documents signed
        [4] Four { sides-adj } cooperation documents signed
        [5] Five { sides-adj } cooperation documents signed
       *[other] { $count } { sides-adj } cooperation documents signed
    }
   *[no] { COUNTRY($a) } and { COUNTRY($b) } sign { $count ->
        [1] a cooperation document
        [2] two cooperation documents
        [3] three cooperation documents
        [4] four cooperation documents
        [5] five cooperation documents
       *[other] { $count } cooperation documents
    }
}
# The place before the (often long) list of documents, which then follows a colon.
lead-signing = { lead-when }{ COUNTRY($a) } and { COUNTRY($b) } signed { $count ->
    [1] { $documents } in { $city }
    [2] two documents in { $city }: { $documents }
    [3] three documents in { $city }: { $documents }
    [4] four documents in { $city }: { $documents }
    [5] five documents in { $city }: { $documents }
   *[other] { $count } documents in { $city }: { $documents }
}

headline-exhibition_opening = { $exhibition } “{ $title }” opens{ $home ->
    [yes] {""}
   *[no] {" "}in { $city }
}
lead-exhibition_opening = { lead-when }the { $exhibition } “{ $title }” opened in { $city }

headline-mission_opening = { $mission } opens{ $home ->
    [yes] {""}
   *[no] {" "}in { $city }
}
# "in Guimarães, Portugal", but "in Mexico City": a city named for its country needs no country.
# Named guests of a mission's opening ceremony ($guests: titled, joined as a list).
mission-guests = Guests included { $guests }.
lead-mission_opening = { lead-when }{ $has_head ->
    [yes] the { $mission }, headed by { $head }, opened in { $city }
   *[no] the { $mission } opened in { $city }
}{ $city_names_country ->
    [yes] {""}
   *[no] , { COUNTRY($host) }
}

forum-sides = { $parties ->
    [1] {""}
   *[other] { sides-adj }{" "}
}
headline-forum = { $has_title ->
    [yes] { forum-sides }{ $format } “{ $title }” held
   *[no] { forum-sides }{ $format } held
}{ $home ->
    [yes] {""}
   *[no] {" "}in { $city }
}
lead-forum = { lead-when }{ $has_title ->
    [yes] a { forum-sides }{ $format }, “{ $title }”, was held in { $city }
   *[no] a { forum-sides }{ $format } was held in { $city }
}{ $participants ->
    [0] {""}
   *[other] , bringing together { $participants } participants
}

# Only when the event gives no headline of its own (the press headlines the news itself, never
# "Statement by …").
headline-spokesperson_announcement = { $a ->
    [US] State Department
    [GB] Foreign Office
   *[other] { COUNTRY($a, form: "adj") } Foreign Ministry
} spokesperson { $setting ->
    [briefing] briefs the press
    [statement] issues statement
    [comment] comments to the press
    [interview] gives interview
   *[none] makes announcement
}
# $in_lead is "yes" when the announcement, one sentence, is the lead's news (no agency
# attribution follows then); else the lead says who spoke and the announcement follows.
lead-spokesperson_announcement = { $in_lead ->
    [yes] { $announcement }, { CASE($spokesperson, case: "nom", at: "mid") } said{ $has_lead_date ->
        [yes] {" "}{ $lead_date }
       *[no] {""}
    }{ $setting ->
        [briefing] {" "}at a briefing in { $city }
        [statement] {" "}in a statement
        [comment] {" "}in a comment to the press
        [interview] {" "}in an interview
       *[none] {""}
    }
   *[no] { lead-when }{ CASE($spokesperson, case: "nom", at: "mid") } { $setting ->
        [briefing] spoke at a briefing in { $city }
        [statement] issued a statement
        [comment] commented to the press
        [interview] said in an interview
       *[none] made an announcement
    }
}

## Persons: an office written as a code goes before the name, one written out goes after it.
# A person named again after the first mention: the surname alone (AP, Astana Times: "Nurtleu met…").
# $surname_first is the first word of a two-word Spanish surname ("Anguiano").
person-short = { $surname_first }


# $at is "mid" when more of the sentence follows: then an apposition closes with a comma.
# .position-case: "same": a written-out office takes the case of the sentence, like the name.
person-titled = { $kind ->
    [code] { $position } { $name }
    [rank] { $position } { $name }
   *[text] { $at ->
        [mid] { $name }, { $position },
       *[end] { $name }, { $position }
    }
}
    .position-case = same

## Delegations

# The second delegation in another frame than the first ("… led the Uruguayan delegation").
delegation-headed = { $first ->
    [yes] The { COUNTRY($country, form: "adj") } delegation was headed by { $head }.
   *[no] { CASE($head, case: "nom", at: "mid") } led the { COUNTRY($country, form: "adj") } delegation.
}
delegation-co_chaired = The { COUNTRY($country, form: "adj") } co-chair was { $head }.
# Both sides' co-chairs in one sentence: two "The X co-chair was …" in a row repeat the frame.
delegations-co_chaired = { CASE($heads, case: "nom") } co-chaired the { $kind ->
    [political_consultations] consultations
    [forum] event
    [visit] talks
   *[other] meeting
}.
# Heads whose titles name their state, in one sentence: "The Uruguayan delegation was headed by
# Uruguayan Deputy Foreign Minister …" names the country twice.
delegations-headed = The delegations were headed by { CASE($heads, case: "nom") }.

## Statements. $by_kind is "side" (then $side is a country code) or "person" (then $by).

statement-by-start = { $by_kind ->
    [again] { $by_gender ->
        [pl] They
        [f] She
       *[m] He
    }
    [parties] The parties
    [side] The { COUNTRY($side, form: "adj") } side
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-by = { $by_kind ->
    [again] { $by_gender ->
        [pl] they
        [f] she
       *[m] he
    }
    [parties] the parties
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

## What was discussed ($topics is a list already joined). The frame names the kind of event:
## consultations, talks (a visit, a signing), a meeting, a forum; a forum has participants,
## not sides. Each sentence opens differently, so "the sides" does not head a chain.

discussion-topics = { $kind ->
    [political_consultations] During the consultations, the sides
    [talks] During the talks, the sides
    [visit] During the talks, the sides
    [signing] During the talks, the sides
    [forum] During the forum, participants
   *[other] During the meeting, the sides
} discussed a wide range of issues, including { $topics }.
discussion-progress = { $first ->
    [yes] The sides noted
   *[no] They noted
} with satisfaction that ties between the two countries had intensified, especially in { $topics }.
discussion-views = { $first ->
    [yes] { $kind ->
        [forum] Participants exchanged
       *[other] The sides exchanged
    } views on { $topics }.
   *[no] Views were also exchanged on { $topics }.
}

## Outcomes. $first is "yes" for the first sentence of the paragraph; the later ones open
## each in its own way ("They also …", "The sides also …", "It was also agreed …").

outcome-regular_dialogue = { $first ->
    [yes] { $kind ->
        [political_consultations] Following the consultations
        [visit] Following the talks
        [forum] Following the forum
       *[other] Following the meeting
    }, the sides
   *[no] They also
} agreed on the importance of maintaining regular dialogue{ $kind ->
    [political_consultations] {" "}within this mechanism
   *[other] {""}
}.
outcome-next_round = { $first ->
    [yes] { $kind ->
        [political_consultations] Following the consultations
        [visit] Following the talks
        [forum] Following the forum
       *[other] Following the meeting
    }, the sides agreed
   *[no] They also agreed
} to hold the next round{ $kind ->
    [political_consultations] {""}
   *[other] {" "}of political consultations
}{ $has_place ->
    [yes] {" "}in { $city }
   *[no] {""}
}{ $has_when ->
    [yes] {" "}{ $when }
   *[no] {""}
}.
outcome-invitation = { $first ->
    [yes] { $kind ->
        [political_consultations] Following the consultations
        [visit] Following the talks
        [forum] Following the forum
       *[other] Following the meeting
    }, { CASE($invitee, case: "nom", at: "mid") } was invited
   *[no] { CASE($invitee, case: "nom", at: "mid") } was also invited
} to visit { COUNTRY($country) }.
outcome-mission_to_open = { $first ->
    [yes] { $kind ->
        [political_consultations] Following the consultations
        [visit] Following the talks
        [forum] Following the forum
       *[other] Following the meeting
    }, the sides agreed on the opening of
   *[no] It was also agreed to open
} the { $mission } in { $city }.
outcome-other = { $text }

## Side events

# The first side meeting "At a meeting with …"; the later ones in other frames, so that no two
# sentences in a row open alike.
side-meeting = { $order ->
    [first] { $has_topics ->
        [yes] At a meeting with { $with }, the { COUNTRY($by, form: "adj") } delegation discussed opportunities for { $topics } cooperation.
       *[no] The { COUNTRY($by, form: "adj") } delegation also met with { $with }.
    }
   *[next] { $has_topics ->
        [yes] In addition, the delegation met with { $with } to discuss opportunities for { $topics } cooperation.
       *[no] Separately, the delegation met with { $with }.
    }
}
# Meetings without topics of their own in a row: one sentence, each counterpart once ("also held
# meetings with X, as well as with Y"); `side-meetings-with` is one counterpart with its preposition.
side-meetings-with = with { $with }
side-meetings = { $kind ->
    [visit] During the visit, the { COUNTRY($by, form: "adj") } delegation also held meetings { $withs }.
    [talks] The { COUNTRY($by, form: "adj") } side also held meetings { $withs }.
   *[other] In addition, the { COUNTRY($by, form: "adj") } delegation held meetings { $withs }.
}
side-exhibition-opened = The programme also included the opening of the { $exhibition } “{ $title }”.
exhibition-attended = The opening ceremony was attended by { $attended }.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = The exhibition is on display { $venue }.
exhibition-runs = { $has_venue ->
    [yes] The exhibition, on display { $venue }, will run { $until }.
   *[no] The exhibition will run { $until }.
}

# The home country as a place, which a headline of an event at home must not name (the style check looks for it).
style-home-place = in { COUNTRY($country) }
# How many opening words make two sentences in a row "open alike" (an article leads: "The parties").
style-opening-words = 2
# The words that open a clause after a statement's verb ("noted that …"), space-separated.
statement-clause-openers = that
# Function words the style check reads past when it compares openings (none needed: two words).
style-skip-words = -
