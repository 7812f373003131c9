### Codes of the event format, worded in English.
### Arguments: $country (ISO code), $gender (m|f), $case (unused in English), $title.

## Topics. Each has one attribute per construction a notice uses:
##   .discussed    after "a wide range of issues of …"
##   .field        after "especially in the fields of …"
##   .views        after "exchanged views on …"
##   .cooperation  a modifier of "cooperation": "opportunities for economic and business cooperation"

topic-bilateral_cooperation = bilateral cooperation
    .discussed = bilateral cooperation
    .field = bilateral cooperation
    .views = the development of bilateral cooperation
    .cooperation = bilateral
topic-political_dialogue = political dialogue
    .discussed = political dialogue
    .field = political dialogue
    .views = political dialogue
    .cooperation = political
topic-trade = trade
    .discussed = trade
    .field = trade
    .views = trade
    .cooperation = trade
topic-investment = investment
    .discussed = investment
    .field = investment
    .views = investment
    .cooperation = investment
topic-economy = economic cooperation
    .discussed = economic cooperation
    .field = the economy
    .views = economic cooperation
    .cooperation = economic
topic-business = business ties
    .discussed = business ties
    .field = business
    .views = business ties
    .cooperation = business
topic-culture = culture
    .discussed = cultural cooperation
    .field = culture
    .views = cultural exchanges
    .cooperation = cultural
topic-education = education
    .discussed = education
    .field = education
    .views = cooperation in education
    .cooperation = educational
topic-science = science
    .discussed = scientific cooperation
    .field = science
    .views = scientific cooperation
    .cooperation = scientific
topic-tourism = tourism
    .discussed = tourism
    .field = tourism
    .views = tourism
    .cooperation = tourism
topic-energy = energy
    .discussed = energy
    .field = energy
    .views = energy cooperation
    .cooperation = energy
topic-transport_logistics = transport and logistics
    .discussed = transport and logistics
    .field = transport and logistics
    .views = transport and logistics
    .cooperation = transport and logistics
topic-agriculture = agriculture
    .discussed = agriculture
    .field = agriculture
    .views = agriculture
    .cooperation = agricultural
topic-digital = digital technology
    .discussed = digital technology
    .field = digital technology
    .views = digital technology
    .cooperation = digital
topic-health = health care
    .discussed = health care
    .field = health care
    .views = health care
    .cooperation = health care
topic-environment = the environment and climate
    .discussed = environmental protection and climate
    .field = the environment
    .views = the environment and climate change
    .cooperation = environmental
topic-security = security
    .discussed = security
    .field = security
    .views = regional and international security
    .cooperation = security
topic-international_organizations = interaction within international organizations
    .discussed = coordination within international organizations
    .field = multilateral diplomacy
    .views = cooperation within international organizations
    .cooperation = multilateral
topic-regional_affairs = regional affairs
    .discussed = regional affairs
    .field = regional affairs
    .views = the situation in the region
    .cooperation = regional
topic-global_affairs = global affairs
    .discussed = global affairs
    .field = global affairs
    .views = topical issues on the global agenda
    .cooperation = international
topic-foreign_policy_research = joint foreign policy research
    .discussed = joint foreign policy research
    .field = joint foreign policy research
    .views = joint foreign policy research
    .cooperation = research
topic-consular_visa = consular and visa matters
    .discussed = consular and visa matters
    .field = consular and visa matters
    .views = consular and visa matters
    .cooperation = consular
topic-parliamentary_cooperation = parliamentary cooperation
    .discussed = inter-parliamentary cooperation
    .field = inter-parliamentary ties
    .views = inter-parliamentary cooperation
    .cooperation = inter-parliamentary
topic-humanitarian = humanitarian cooperation
    .discussed = humanitarian cooperation
    .field = humanitarian cooperation
    .views = humanitarian cooperation
    .cooperation = humanitarian

## Bodies of a state.

# As the press names a foreign ministry ("the Kazakh Foreign Ministry"): the adjective keeps the
# country from being named twice in a lead that already names it.
body-foreign_ministry = { $country ->
    [US] the U.S. State Department
    [GB] the British Foreign Office
   *[other] the { COUNTRY($country, form: "adj") } Foreign Ministry
}
    .domain = Foreign
body-government = the Government of { COUNTRY($country) }
body-parliament = the Parliament of { COUNTRY($country) }
body-presidential_office = the Office of the President of { COUNTRY($country) }
body-embassy = the { COUNTRY($country, form: "adj") } Embassy
body-trade_ministry = the Ministry of Trade of { COUNTRY($country) }
    .domain = Trade
body-culture_ministry = the Ministry of Culture of { COUNTRY($country) }
    .domain = Culture
body-chamber_of_commerce = the Chamber of Commerce of { COUNTRY($country) }

## Offices, placed before the name, as the press writes them: the country as an adjective
## ("Kazakh Deputy Foreign Minister Daniyar Tursynbayev", "Argentine Ambassador Martín Lescano").
## AP: a formal title is capitalised directly before a name; "spokesperson" is a job description.

position-president = { $country ->
   *[other] { COUNTRY($country, form: "adj") } President
}
position-prime_minister = { $country ->
    [GB] British Prime Minister
   *[other] { COUNTRY($country, form: "adj") } Prime Minister
}
position-foreign_minister = { $country ->
   *[other] { COUNTRY($country, form: "adj") } Foreign Minister
}
position-first_deputy_foreign_minister = { $country ->
   *[other] { COUNTRY($country, form: "adj") } First Deputy Foreign Minister
}
position-deputy_foreign_minister = { $country ->
   *[other] { COUNTRY($country, form: "adj") } Deputy Foreign Minister
}
# "Ambassador to Austria" where the event is held in another country than the envoy's ($posted).
position-ambassador = { COUNTRY($country, form: "adj") } Ambassador{ $posted ->
    [yes] {" "}to { COUNTRY($posted_to) }
   *[no] {""}
}
position-consul_general = { $country ->
   *[other] { COUNTRY($country, form: "adj") } Consul General
}
# The holder is usually a national of the host country: "Kazakh Honorary Consul" would misread.
position-honorary_consul = Honorary Consul of { COUNTRY($country) }
position-spokesperson = { $country ->
   *[other] { COUNTRY($country, form: "adj") } Foreign Ministry spokesperson
}
position-speaker_of_parliament = Speaker of the { COUNTRY($country, form: "adj") } Parliament
position-member_of_parliament = { COUNTRY($country, form: "adj") } Member of Parliament

## Missions ($country: whose mission), without an article: sentences add it. The country as an
## adjective ("Kazakh Honorary Consulate opens in Medellín"), so that the head's title may name it.

mission-embassy = { COUNTRY($country, form: "adj") } Embassy
mission-consulate_general = { COUNTRY($country, form: "adj") } Consulate General
mission-consulate = { COUNTRY($country, form: "adj") } Consulate
mission-honorary_consulate = { COUNTRY($country, form: "adj") } Honorary Consulate
mission-trade_mission = { COUNTRY($country, form: "adj") } Trade Mission

## Documents ($title: what follows the kind, "on visa-free travel").

document-agreement = an agreement { $title }
document-memorandum = a memorandum of understanding { $title }
document-protocol = a protocol { $title }
document-joint_statement = a joint statement { $title }
document-roadmap = a roadmap { $title }

## Exhibitions, forums, visits, credits.

exhibition-photo = photo exhibition
exhibition-art = art exhibition
exhibition-book = book exhibition
exhibition-crafts = crafts exhibition
exhibition-ethnographic = ethnographic exhibition
forum-business_forum = business forum
forum-round_table = round table
forum-business_council = business council meeting
forum-investment_forum = investment forum
visit-state = state visit
visit-official = official visit
visit-working = working visit
credit-photo = Photo: { $source }
credit-video = Video: { $source }

## Counterparts of side meetings (used only for selection; the name is in the event).

counterpart-legislators = legislators
counterpart-business = business people
counterpart-experts = experts
counterpart-diaspora = compatriots
counterpart-officials = officials
counterpart-media = the media

## A side meeting's counterpart named by code: the members of a parliamentary friendship group,
## its two countries in the order of its name (`$first`, `$second`); `.group` is the group.
counterpart-friendship_group = legislators, members of { counterpart-friendship_group.group }
    .group = the { COUNTRY($first, form: "bare") }–{ COUNTRY($second, form: "bare") } Parliamentary Friendship Group

## Guests by group, as the press names them ($city: the event's city; $host: its country).
guests-diplomatic_corps = members of the diplomatic corps
guests-diaspora = members of the Kazakh community
guests-legislators = members of parliament
guests-business = representatives of the business community
guests-experts = experts and scholars
guests-media = media representatives
guests-students = students
guests-public = members of the public

## Occasions of congratulations, completing "congratulated … { $about }"; `$gender` is the
## person congratulated (`m`, `f`; `other` when a side or a body is, which only the occasions
## that are not a person's may have); `.message` is the same in a message ("sent a message of
## congratulations to … on his re-election").
congratulation-election = { $gender ->
    [f] on her election
   *[m] on his election
}
    .message = { $gender ->
        [f] on her election
       *[m] on his election
    }
congratulation-re_election = { $gender ->
    [f] on her re-election
   *[m] on his re-election
}
    .message = { $gender ->
        [f] on her re-election
       *[m] on his re-election
    }
congratulation-inauguration = { $gender ->
    [f] on her inauguration
   *[m] on his inauguration
}
    .message = { $gender ->
        [f] on her inauguration
       *[m] on his inauguration
    }
congratulation-appointment = { $gender ->
    [f] on her appointment
   *[m] on his appointment
}
    .message = { $gender ->
        [f] on her appointment
       *[m] on his appointment
    }
congratulation-national_day = on National Day
    .message = on National Day
congratulation-independence_day = on Independence Day
    .message = on Independence Day
congratulation-new_year = on the occasion of the New Year
    .message = on the occasion of the New Year
congratulation-birthday = { $gender ->
    [f] on her birthday
   *[m] on his birthday
}
    .message = { $gender ->
        [f] on her birthday
       *[m] on his birthday
    }

## The addressee of a statement when it is a state's side as a whole ("thanked the Spanish side").
addressee-side = the { COUNTRY($country, form: "adj") } side

## News agencies, as the lead and the credits name them ("KAZINFORM –", "Video: Kazinform").

# `.lead`: the agency as the lead's attribution names it.
agency-kazinform = Kazinform
    .lead = Kazinform
agency-kaztag = KazTAG
    .lead = KazTAG
agency-interfax_kazakhstan = Interfax-Kazakhstan
    .lead = Interfax-Kazakhstan
agency-tass = TASS
    .lead = TASS
agency-ria_novosti = RIA Novosti
    .lead = RIA Novosti
agency-interfax = Interfax
    .lead = Interfax
agency-efe = EFE
    .lead = EFE
agency-xinhua = Xinhua
    .lead = Xinhua
agency-reuters = Reuters
    .lead = Reuters
agency-ap = AP
    .lead = AP
agency-afp = AFP
    .lead = AFP
agency-dpa = dpa
    .lead = dpa
agency-anadolu = Anadolu Agency
    .lead = Anadolu Agency
agency-yonhap = Yonhap
    .lead = Yonhap
agency-kyodo = Kyodo
    .lead = Kyodo
agency-trend = Trend
    .lead = Trend

## Structured offices. `office` joins the rank, the unit and where it is held in the press's
## order: a minister's or a state's rank before the name as a title ("Kazakh Deputy Foreign
## Minister", "Kazakh Ambassador"), any other after it ("Director of the Department of the
## Americas at the Kazakh Foreign Ministry"). $of_kind: ministry (a ministerial rank in a
## ministry: $domain is its field), state (a state's rank, no institution), of, none.

office = { $of_kind ->
    [ministry] { COUNTRY($country, form: "adj") } { $rank }
    [state] { $rank_code ->
        [honorary_consul] { $rank } of { COUNTRY($country) }
       *[other] { COUNTRY($country, form: "adj") } { $rank }{ $posted ->
            [yes] {" "}to { COUNTRY($posted_to) }
           *[no] {""}
        }
    }
    [of] { $rank } of { $has_unit ->
        [yes] { $unit } at { $of }
       *[no] { $of }
    }
   *[none] { $rank }
}

rank-president = President
rank-vice_president = Vice President
rank-prime_minister = Prime Minister
rank-deputy_prime_minister = Deputy Prime Minister
rank-minister = { $of_kind ->
    [ministry] { $domain } Minister
   *[other] Minister
}
rank-first_deputy_minister = First Deputy { $of_kind ->
    [ministry] { $domain } Minister
   *[other] Minister
}
rank-deputy_minister = Deputy { $of_kind ->
    [ministry] { $domain } Minister
   *[other] Minister
}
rank-state_secretary = { $of_kind ->
    [ministry] { $domain } State Secretary
   *[other] State Secretary
}
rank-director_general = Director General
rank-director = Director
rank-deputy_director = Deputy Director
rank-head = Head
rank-ambassador = Ambassador
rank-charge_d_affaires = Chargé d’Affaires
rank-consul_general = Consul General
rank-consul = Consul
rank-honorary_consul = Honorary Consul
rank-counsellor = Counsellor
rank-first_secretary = First Secretary
rank-spokesperson = Spokesperson
rank-secretary_general = Secretary General
rank-deputy_secretary_general = Deputy Secretary General
rank-chair = Chair
rank-deputy_chair = Deputy Chair
rank-speaker = Speaker
rank-member = Member
rank-senator = Senator
rank-adviser = Adviser
rank-representative = Representative
rank-special_representative = Special Representative
rank-dean = Dean
rank-rector = Rector
rank-curator = Curator
rank-governor = Governor
rank-mayor = Mayor
