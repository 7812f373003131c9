### Partes del hecho además de las oraciones propias de su tipo: la ocasión, quién recibió al
### visitante, las conversaciones y los documentos firmados, otros actos del programa y los
### nuevos tipos de declaración.

## Quién participó: la persona que el hecho nombra, o la delegación de la primera parte.
side-by = { $by_kind ->
    [person] { CASE($by, case: "nom", at: "mid") }
   *[delegation] la delegación { COUNTRY($country, form: "adj-f") }
}

occasion-years = { $years }.º
occasion-kind = { $kind ->
    [political_consultations] Las consultas se enmarcaron
    [visit] La visita se enmarcó
    [talks] La reunión se enmarcó
    [forum] El foro se enmarcó
    [exhibition_opening] La exposición se enmarcó
   *[other] El acto se enmarcó
}
occasion-anniversary = { occasion-kind } en la conmemoración del { occasion-years } aniversario { $of ->
    [independence] de la independencia { COUNTRY($a, form: "de") }
    [treaty] de la firma de { $title }
    [strategic_partnership] de la asociación estratégica entre { COUNTRY($a) } y { COUNTRY($b) }
   *[diplomatic_relations] del establecimiento de relaciones diplomáticas entre { COUNTRY($a) } y { COUNTRY($b) }
}.
occasion-invitation = { $kind ->
    [political_consultations] Las consultas se celebraron
    [visit] La visita se realizó
    [talks] La reunión se celebró
    [forum] El foro se celebró
   *[other] El acto se celebró
} por invitación de { CASE($who, case: "nom", at: "mid") }.

## La visita: quién recibió al visitante, las conversaciones, los documentos firmados.
visit-received = { CASE($visitor, case: "nom", at: "mid") } fue { $visitor_gender ->
    [f] recibida
   *[m] recibido
} por { $host }.
visit-talks = { $first ->
    [yes] { CASE($visitor, case: "nom", at: "mid") } mantuvo conversaciones
   *[no] Mantuvo además conversaciones
} con { $counterpart }.
visit-documents = Al término de las conversaciones, las partes firmaron { $documents }.

## Otros actos del programa
side-forum = { side-by } participó además en { $format }{ $has_title ->
    [yes] {" "}«{ $title }»
   *[no] {""}
}{ $participants ->
    [0] {""}
   *[other] , que reunió a { $participants } participantes
}.
side-wreath_laying = { side-by } depositó una ofrenda floral ante { $at }.
side-institution_visit = { side-by } visitó además { $to }.
side-lecture = { side-by } impartió una conferencia{ $has_title ->
    [yes] {" "}«{ $title }»
   *[no] {""}
} en { $at }.
side-signing = Las partes firmaron asimismo { $documents }.

## Declaraciones
statement-welcomed = { statement-by-start } { $first ->
    [yes] saludó
   *[no] saludó asimismo
} { $about }.
statement-noted = { statement-by-start } { $first ->
    [yes] señaló
   *[no] señaló asimismo
} { $about }.
statement-stressed = { statement-by-start } { $first ->
    [yes] destacó
   *[no] destacó asimismo
} { $about }.
statement-expressed_hope = { statement-by-start } expresó la esperanza de { $about }.
statement-announced_intention = { statement-by-start } anunció su intención de { $about }.
statement-reaffirmed_support = { statement-by-start } reiteró su apoyo a { $about }.
