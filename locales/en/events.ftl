### Parts of an event beyond the kind's own sentences: the occasion, a visit's host, talks and
### documents, side events other than meetings and exhibitions, and the statements added in
### format 1.1. Arguments: see locales/README.md.

## Who took part in a side event: a person the event names, or the first party's delegation.
side-by = { $by_kind ->
    [person] { CASE($by, case: "nom", at: "mid") }
   *[delegation] the { COUNTRY($country, form: "adj") } delegation
}

# "30th": the ordinal of an anniversary.
occasion-years = { NUMBER($years, type: "ordinal") ->
    [one] { $years }st
    [two] { $years }nd
    [few] { $years }rd
   *[other] { $years }th
}
occasion-kind = { $kind ->
    [political_consultations] the consultations
    [visit] the visit
    [talks] the meeting
    [signing] the signing
    [forum] the forum
    [exhibition_opening] the exhibition
    [mission_opening] the opening
   *[other] the event
}
occasion-anniversary = { occasion-kind } { $kind ->
    [political_consultations] were
   *[other] was
} timed to the { occasion-years } anniversary of { $of ->
    [independence] the independence of { COUNTRY($a) }
    [treaty] the signing of { $title }
    [strategic_partnership] the strategic partnership between { $pair_named ->
        [yes] the two countries
       *[no] { COUNTRY($a) } and { COUNTRY($b) }
    }
   *[diplomatic_relations] diplomatic relations between { $pair_named ->
        [yes] the two countries
       *[no] { COUNTRY($a) } and { COUNTRY($b) }
    }
}.
occasion-invitation = { occasion-kind } { $kind ->
    [political_consultations] were
   *[other] was
} held at the invitation of { CASE($who, case: "nom", at: "mid") }.

## A visit: who received the visitor, the talks, the documents signed.
visit-received = { CASE($visitor, case: "nom", at: "mid") } was received by { $host }.
visit-talks = { $first ->
    [yes] { CASE($visitor, case: "nom", at: "mid") } held talks
   *[no] { $visitor_gender ->
        [f] She
       *[m] He
    } also held talks
} with { $counterpart }.
visit-documents = Following the talks, the parties signed { $documents }.

## Side events
side-forum = { side-by } also took part in the { $format }{ $has_title ->
    [yes] {" "}“{ $title }”
   *[no] {""}
}{ $participants ->
    [0] {""}
   *[other] , which brought together { $participants } participants
}.
side-wreath_laying = { side-by } laid a wreath at { $at }.
side-institution_visit = { side-by } also visited { $to }.
side-lecture = { side-by } gave a lecture{ $has_title ->
    [yes] {" "}“{ $title }”
   *[no] {""}
} at { $at }.
side-signing = The parties also signed { $documents }.

## Statements (see notice.ftl for the others and statement-by-start)
statement-welcomed = { statement-by-start } { $first ->
    [yes] welcomed
   *[no] also welcomed
} { $about }.
statement-noted = { statement-by-start } { $first ->
    [yes] noted
   *[no] also noted
} { $about }.
statement-stressed = { statement-by-start } { $first ->
    [yes] stressed
   *[no] also stressed
} { $about }.
statement-expressed_hope = { statement-by-start } expressed hope { $about }.
statement-announced_intention = { statement-by-start } announced the intention { $about }.
statement-reaffirmed_support = { statement-by-start } reaffirmed support for { $about }.

## International organizations: in full the first time, with the acronym; then the acronym (.short).
organization-un = the United Nations
    .acronym = UN
    .short = the UN
organization-osce = the Organization for Security and Co-operation in Europe
    .acronym = OSCE
    .short = the OSCE
organization-cis = the Commonwealth of Independent States
    .acronym = CIS
    .short = the CIS
organization-sco = the Shanghai Cooperation Organisation
    .acronym = SCO
    .short = the SCO
organization-eaeu = the Eurasian Economic Union
    .acronym = EAEU
    .short = the EAEU
organization-cica = the Conference on Interaction and Confidence Building Measures in Asia
    .acronym = CICA
    .short = the CICA
organization-oic = the Organisation of Islamic Cooperation
    .acronym = OIC
    .short = the OIC
organization-eu = the European Union
    .acronym = EU
    .short = the EU
organization-coe = the Council of Europe
    .acronym = the Council of Europe
    .short = the Council of Europe
organization-oas = the Organization of American States
    .acronym = OAS
    .short = the OAS
organization-celac = the Community of Latin American and Caribbean States
    .acronym = CELAC
    .short = the CELAC
organization-aladi = the Latin American Integration Association
    .acronym = ALADI
    .short = the ALADI
organization-csto = the Collective Security Treaty Organization
    .acronym = CSTO
    .short = the CSTO
organization-ots = the Organization of Turkic States
    .acronym = OTS
    .short = the OTS
organization-olade = the Latin American Energy Organization
    .acronym = OLADE
    .short = OLADE
organization-oecd = the Organisation for Economic Co-operation and Development
    .acronym = OECD
    .short = the OECD
organization-pacific_alliance = the Pacific Alliance
    .acronym = PA
    .short = the Pacific Alliance

## A meeting of an international organization's body; a message of condolences or congratulations.
headline-organization_meeting = { CASE($participant_head, case: "nom", at: "mid") } takes part in { CASE($organization_short, case: "nom", at: "mid") } { $org_body } meeting{ $home ->
    [yes] {""}
   *[other] {" "}in { $city }
}
lead-organization_meeting = { lead-when }{ CASE($participant, case: "nom", at: "mid") } took part in the meeting of the { $org_body } of { CASE($organization, case: "nom", at: "mid") } in { $city }{ $has_chair ->
    [yes] , chaired by { $chair }
   *[no] {""}
}
headline-message = { CASE($from_head, case: "nom", at: "mid") } { $message ->
    [condolences] sends condolences to
   *[congratulations] congratulates
} { $to }
lead-message = { lead-when }{ CASE($from, case: "nom", at: "mid") } { $message ->
    [condolences] sent a message of condolences to { CASE($to, case: "nom", at: "mid") } { $about }
   *[congratulations] sent a message of congratulations to { CASE($to, case: "nom", at: "mid") } { $about }
}
