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
    [strategic_partnership] de la asociación estratégica entre { occasion-pair }
   *[diplomatic_relations] del establecimiento de relaciones diplomáticas entre { occasion-pair }
}.
# La pareja que el lead acaba de nombrar es «ambos países».
occasion-pair = { $pair_named ->
    [yes] ambos países
   *[no] { COUNTRY($a) } y { COUNTRY($b) }
}
occasion-invitation = { $kind ->
    [political_consultations] Las consultas se celebraron
    [visit] La visita se realizó
    [talks] La reunión se celebró
    [forum] El foro se celebró
   *[other] El acto se celebró
} por invitación de { CASE($who, case: "nom", at: "mid") }.

## La visita: quién recibió al visitante, las conversaciones, los documentos firmados.
# En activa, con el anfitrión delante (no la pasiva perifrástica «fue recibido por»).
visit-received = { CASE($host, case: "nom", at: "mid") } recibió a { $visitor }.
visit-talks = { $first ->
    [yes] { CASE($visitor, case: "nom", at: "mid") } mantuvo conversaciones
   *[no] { CASE($visitor, case: "nom", at: "mid") } mantuvo además conversaciones
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
    [yes] { $by_gender ->
        [pl] saludaron
       *[other] saludó
    }
   *[no] { $by_gender ->
        [pl] saludaron
       *[other] saludó
    } asimismo
} { $about }.
# «señalar» rige una oración («señaló que…»); ante un sintagma nominal, «resaltó» (Fundéu:
# «señaló el interés» es calco de «отметил»). Un segundo dicho del mismo orador: «Añadió…».
statement-noted = { statement-by-start } { $about_clause ->
    [yes] { $first ->
        [yes] { $by_gender ->
            [pl] señalaron
           *[other] señaló
        }
       *[no] { $by_gender ->
            [pl] añadieron
           *[other] añadió
        }
    }
   *[other] { $first ->
        [yes] { $by_gender ->
            [pl] resaltaron
           *[other] resaltó
        }
       *[no] { $by_gender ->
            [pl] resaltaron
           *[other] resaltó
        } asimismo
    }
} { $about }.
statement-stressed = { statement-by-start } { $first ->
    [yes] { $by_gender ->
        [pl] destacaron
       *[other] destacó
    }
   *[no] { $by_gender ->
        [pl] destacaron
       *[other] destacó
    } asimismo
} { $about }.
statement-expressed_hope = { statement-by-start } { $by_gender ->
        [pl] expresaron
       *[other] expresó
    } la esperanza de { $about }.
statement-announced_intention = { statement-by-start } { $by_gender ->
        [pl] anunciaron
       *[other] anunció
    } su intención de { $about }.
statement-reaffirmed_support = { statement-by-start } { $by_gender ->
        [pl] reiteraron
       *[other] reiteró
    } su apoyo a { $about }.

## Organismos internacionales: la primera vez con el nombre completo y la sigla; después, la sigla (.short).
organization-un = la Organización de las Naciones Unidas
    .acronym = ONU
    .short = la ONU
organization-osce = la Organización para la Seguridad y la Cooperación en Europa
    .acronym = OSCE
    .short = la OSCE
organization-cis = la Comunidad de Estados Independientes
    .acronym = CEI
    .short = la CEI
organization-sco = la Organización de Cooperación de Shanghái
    .acronym = OCS
    .short = la OCS
organization-eaeu = la Unión Económica Euroasiática
    .acronym = UEE
    .short = la UEE
organization-cica = la Conferencia sobre Interacción y Medidas de Fomento de la Confianza en Asia
    .acronym = CICA
    .short = la CICA
organization-oic = la Organización para la Cooperación Islámica
    .acronym = OCI
    .short = la OCI
organization-eu = la Unión Europea
    .acronym = UE
    .short = la UE
organization-coe = el Consejo de Europa
    .acronym = el Consejo de Europa
    .short = el Consejo de Europa
organization-oas = la Organización de los Estados Americanos
    .acronym = OEA
    .short = la OEA
organization-celac = la Comunidad de Estados Latinoamericanos y Caribeños
    .acronym = CELAC
    .short = la CELAC
organization-aladi = la Asociación Latinoamericana de Integración
    .acronym = ALADI
    .short = la ALADI
organization-csto = la Organización del Tratado de Seguridad Colectiva
    .acronym = OTSC
    .short = la OTSC
organization-ots = la Organización de Estados Túrquicos
    .acronym = OET
    .short = la OET
organization-olade = la Organización Latinoamericana de Energía
    .acronym = OLADE
    .short = la OLADE
organization-oecd = la Organización para la Cooperación y el Desarrollo Económicos
    .acronym = OCDE
    .short = la OCDE
organization-pacific_alliance = la Alianza del Pacífico
    .acronym = AP
    .short = la Alianza del Pacífico

## Reunión de un órgano de un organismo internacional; mensaje de condolencias o de felicitación.
headline-organization_meeting = { CASE($participant_name, case: "nom") } participa en la reunión del { $org_body } de { CASE($organization_short, case: "nom") }{ $home ->
    [yes] {""}
   *[other] {" "}en { $city }
}
lead-organization_meeting = { lead-when }{ CASE($participant, case: "nom", at: "mid") } participó en la reunión del { $org_body } de { CASE($organization, case: "nom", at: "mid") }{ $has_chair ->
    [yes] , presidida por { $chair }
   *[no] {""}
}
headline-message = { CASE($from_name, case: "nom") } { $message ->
    [condolences] envía sus condolencias a { $to_name }
   *[congratulations] felicita a { $to_name }
}
lead-message = { lead-when }{ CASE($from, case: "nom", at: "mid") } { $message ->
    [condolences] envió un mensaje de condolencias a { CASE($to, case: "nom", at: "mid") } { $about }
   *[congratulations] envió un mensaje de felicitación a { CASE($to, case: "nom", at: "mid") } { $about }
}
