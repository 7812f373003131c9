### Las frases de una nota de prensa, en español (norma RAE/Fundéu; estilo de EFE, SRE y MAEC).
### Los argumentos de cada mensaje están en locales/README.md. El español solo tiene el caso
### "nom": CASE($x, case: "nom", at: "mid") sirve para cerrar con coma una aposición
### («Askar Temirkhanov, ministro de …, se reunió …»).
###
### Las personas, cargos y órganos llegan ya escritos; Fluent no puede contraer «de el» y «a el»,
### así que las frases ponen esos elementos donde no les precede «de» ni «a» (sujeto, «con»,
### «por», «entre», «sobre»), o los escriben con el nombre delante («felicitó a Kassym-Jomart
### Tokáyev, presidente de Kazajistán, …»). Los países sí traen sus formas contraídas
### (COUNTRY($c, form: "de") → «del Reino Unido»).

## Listas y fechas

# La coma y la «y» las pone el programa; la «y» pasa a «e» ante /i/ («educación e investigación»).
list-and = y

month-name = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}

# El año tras el día o el mes, salvo cuando la entradilla lo omite (el año de la publicación).
date-year = { $with_year ->
    [no] {""}
   *[yes] {" "}de { $year }
}
# «10 de diciembre de 2022», «3 y 4 de octubre de 2024», «3 al 6 de octubre», «30 de septiembre al 2 de octubre de 2024»
date-full = { $precision ->
    [day] { $day } de { month-name }{ date-year }
    [range] { $same_month ->
        [yes] { $days ->
            [2] { $day } y { $day2 }
           *[other] { $day } al { $day2 }
        } de { month-name }{ date-year }
       *[no] { $same_year ->
            [yes] { $from_full } al { $to_full }{ date-year }
           *[no] { $from_full_year } al { $to_full_year }
        }
    }
    [month] { month-name }{ date-year }
   *[year] { $year }
}
# cuándo ocurre algo: «el 10 de diciembre de 2022», «los días 3 y 4 de octubre», «del 3 al 6 de
# octubre», «en diciembre de 2022», «en 2023»
date-when = { $precision ->
    [day] el { date-full }
    [range] { $same_month ->
        [yes] { $days ->
            [2] los días { date-full }
           *[other] del { date-full }
        }
       *[no] del { date-full }
    }
   *[other] en { date-full }
}
# hasta cuándo dura: «hasta el 15 de enero de 2023», «hasta finales de enero de 2023», «hasta finales de 2023»
date-until = { $precision ->
    [day] hasta el { date-full }
    [range] hasta el { $with_year ->
        [no] { $to_full }
       *[yes] { $to_full_year }
    }
   *[other] hasta finales de { date-full }
}

# «tercera ronda» (ronda es femenino). En prosa periodística los ordinales bajos van en letra
# (Fundéu); a partir del 11.º, en cifra con letra volada: «la 12.ª ronda». NUMBER(type: "ordinal")
# no sirve en español (los datos CLDR de fluent-bundle no tienen categorías ordinales para es).
round-ordinal = { $round ->
    [1] primera
    [2] segunda
    [3] tercera
    [4] cuarta
    [5] quinta
    [6] sexta
    [7] séptima
    [8] octava
    [9] novena
    [10] décima
   *[other] { $round }.ª
}

## Cabecera

dateline = { $date }, { $time } ({ $offset })
# Abre la entradilla, con la semirraya: «CIUDAD DE MÉXICO. KAZINFORM –» (espacio de no separación
# ante la semirraya, para que no empiece línea).
lead-in = { $has_agency ->
    [yes] { $city }. { $agency } –
   *[no] { $city } –
}
# El órgano va como sujeto pospuesto («según informó a Kazinform el Ministerio … a través de su
# servicio de prensa»): así no hace falta contraer «del»/«de la» con un órgano cuyo género no se
# conoce aquí, y la fuente (el servicio de prensa) no se pierde.
lead = { $source ->
    [agency-press] { $fact }, según informó a { $agency } { $press_service } a través de su servicio de prensa.
    [agency] { $fact }, informó { $agency }.
    [press] { $fact }, según informó { $press_service } a través de su servicio de prensa.
   *[none] { $fact }.
}

# «kazajo-mexicano»: adjetivo compuesto, primer elemento invariable. Solo concuerda con un
# sustantivo masculino singular; las frases de abajo no lo usan porque el género del formato
# (foro, mesa redonda) no se conoce en la frase.
sides-adj = { COUNTRY($a, form: "adj-m") }-{ COUNTRY($b, form: "adj-m") }

# «Kazajistán y México», «Kazajistán e Italia»: la «y» ante /i/ es «e».
and-b = { $b ->
    [ID] e
    [IE] e
    [IL] e
    [IQ] e
    [IR] e
    [IS] e
    [IT] e
   *[other] y
}
# «Kazajistán y México» como sujeto o tras «entre» (con artículo donde el país lo lleva).
sides = { COUNTRY($a, form: "art") } { and-b } { COUNTRY($b, form: "art") }

## Titulares y entradillas, un par por tipo de acto. Titulares en presente y con mayúscula solo
## inicial. La entradilla no lleva punto final: sigue la atribución.

# La fecha del propio hecho, al comienzo de la entradilla, cuando no es la del día de la data
# («Los días 3 y 4 de octubre, …»).
lead-when = { $has_lead_date ->
    [yes] { $lead_date },{" "}
   *[no] {""}
}


headline-political_consultations = { $round ->
    [0] Se celebran en { $city } consultas políticas entre { sides }
   *[other] Se celebra en { $city } la { round-ordinal } ronda de consultas políticas entre { sides }
}
# La ciudad va al final: la entradilla ya empieza por ella («CIUDAD DE MÉXICO. KAZINFORM –»).
lead-political_consultations = { lead-when }{ $round ->
    [0] las cancillerías { COUNTRY($a, form: "de") } { and-b } { COUNTRY($b, form: "art") } celebraron consultas políticas en { $city }
   *[other] la { round-ordinal } ronda de consultas políticas entre las cancillerías { COUNTRY($a, form: "de") } { and-b } { COUNTRY($b, form: "art") } se celebró en { $city }
}

headline-visit = { CASE($visitor, case: "nom", at: "mid") } realiza una { $level ->
    [state] visita de Estado
    [working] visita de trabajo
   *[official] visita oficial
} { COUNTRY($host, form: "a") }
lead-visit = { lead-when }{ CASE($visitor, case: "nom", at: "mid") } realizó una { $level ->
    [state] visita de Estado
    [working] visita de trabajo
   *[official] visita oficial
} { COUNTRY($host, form: "a") }, durante la cual mantuvo conversaciones en { $city }

headline-talks = { CASE($host_official, case: "nom", at: "mid") } se reúne con { $guests }
lead-talks = { lead-when }{ CASE($host_official, case: "nom", at: "mid") } se reunió en { $city } con { $guests }

headline-signing = { sides } firman { $count ->
    [1] un documento de cooperación
    [2] dos documentos de cooperación
    [3] tres documentos de cooperación
    [4] cuatro documentos de cooperación
    [5] cinco documentos de cooperación
   *[other] { $count } documentos de cooperación
}
lead-signing = { lead-when }{ sides } firmaron en { $city } { $documents }

headline-exhibition_opening = Se inaugura en { $city } la { $exhibition } «{ $title }»
lead-exhibition_opening = { lead-when }la { $exhibition } «{ $title }» se inauguró en { $city }

# $mission lleva su artículo («el Consulado Honorario de Kazajistán»). En la entradilla el verbo va
# delante y el sujeto, con su relativo, detrás: así el sujeto no queda separado del verbo por dos
# incisos seguidos («El Consulado …, cuyo titular es X, cónsul …, se inauguró …»).
headline-mission_opening = Se inaugura en { $city } { $mission }
lead-mission_opening = { lead-when }{ $has_head ->
    [yes] se inauguró en { $city } ({ COUNTRY($host) }) { $mission }, { $head_gender ->
        [f] cuya titular
       *[m] cuyo titular
    } es { $head }
   *[no] { $mission } se inauguró en { $city } ({ COUNTRY($host) })
}

# $format lleva su artículo («el foro empresarial», «la mesa redonda»).
headline-forum = { $has_title ->
    [yes] Se celebra en { $city } { $format } «{ $title }»
   *[no] Se celebra en { $city } { $format } { COUNTRY($a) }-{ COUNTRY($b) }
}
lead-forum = { lead-when }{ $has_title ->
    [yes] { $format } «{ $title }» se celebró en { $city }
   *[no] { $format } { COUNTRY($a) }-{ COUNTRY($b) } se celebró en { $city }
}{ $participants ->
    [0] {""}
   *[other] {" "}y reunió a { $participants } participantes
}

headline-spokesperson_announcement = Declaración { $spokesperson_gender ->
    [f] de la portavoz
   *[m] del portavoz
} oficial { $a ->
    [MX] de la Secretaría de Relaciones Exteriores de México
    [ES] del Ministerio de Asuntos Exteriores, Unión Europea y Cooperación de España
    [AR] del Ministerio de Relaciones Exteriores, Comercio Internacional y Culto de Argentina
    [BO] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [BR] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [CL] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [CO] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [CR] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [CU] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [DO] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [EC] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [GT] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [HN] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [NI] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [PA] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [PE] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [PY] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [SV] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [UY] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
    [VE] del Ministerio de Relaciones Exteriores { COUNTRY($a, form: "de") }
   *[other] del Ministerio de Asuntos Exteriores { COUNTRY($a, form: "de") }
}
lead-spokesperson_announcement = { lead-when }{ CASE($spokesperson, case: "nom", at: "mid") } { $setting ->
    [briefing] intervino en una rueda de prensa celebrada en { $city }
    [statement] difundió un comunicado
    [comment] hizo declaraciones a la prensa
    [interview] concedió una entrevista
   *[none] formuló una declaración
}

## Personas: nombre y, en aposición, el cargo sin artículo («Nurgali Arystanov, director del
## Departamento …»), tanto si el cargo viene de un código como si viene escrito.
## $at es "mid" cuando la frase sigue: entonces la aposición se cierra con coma.
# Persona ya nombrada: el apellido solo (EFE: «Ashikbayev calificó…»); de dos apellidos, el primero.
person-short = { $surname_first }


# .position-case: "same": a written-out office takes the case of the sentence, like the name.
person-titled = { $at ->
    [mid] { $name }, { $position },
   *[end] { $name }, { $position }
}
    .position-case = same

## Delegaciones

delegation-headed = { $first ->
    [yes] La delegación { COUNTRY($country, form: "adj-f") } estuvo encabezada por { $head }.
   *[no] La delegación { COUNTRY($country, form: "adj-f") }, por su parte, estuvo encabezada por { $head }.
}
delegation-co_chaired = Por la parte { COUNTRY($country, form: "adj-f") }, el encuentro fue copresidido por { $head }.

## Declaraciones. $by_kind es "side" (entonces $side es un país) o "person" (entonces $by).

statement-by-start = { $by_kind ->
    [side] La parte { COUNTRY($side, form: "adj-f") }
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-by = { $by_kind ->
    [side] la parte { COUNTRY($side, form: "adj-f") }
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-congratulated = { $has_behalf ->
    [yes] { $first ->
        [yes] En nombre de { $behalf }, { statement-by } felicitó { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
       *[no] Asimismo, en nombre de { $behalf }, { statement-by } felicitó { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
    }
   *[no] { $first ->
        [yes] { statement-by-start } felicitó { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
       *[no] Asimismo, { statement-by } felicitó { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
    }
}
statement-commended = { $first ->
    [yes] { statement-by-start } valoró positivamente { $about }.
   *[no] Además, { statement-by } valoró positivamente { $about }.
}
statement-thanked = { $first ->
    [yes] { statement-by-start } expresó su agradecimiento { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
   *[no] { statement-by-start } expresó también su agradecimiento { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
}
statement-supported = { $first ->
    [yes] { statement-by-start } respaldó { $about }.
   *[no] { statement-by-start } respaldó asimismo { $about }.
}
statement-condolences = { $first ->
    [yes] { statement-by-start } expresó sus condolencias { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
   *[no] { statement-by-start } expresó también sus condolencias { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
}

## Temas tratados ($topics es una lista ya unida)

discussion-topics = { $kind ->
    [political_consultations] Durante las consultas
    [talks] Durante la reunión
    [visit] Durante las conversaciones
    [signing] Durante las conversaciones
   *[other] Durante el encuentro
}, las partes abordaron una amplia gama de cuestiones relacionadas con { $topics }.
discussion-progress = { $first ->
    [yes] Las partes constataron
   *[no] Constataron
} con satisfacción la intensificación de los lazos entre ambos países, especialmente en materia de { $topics }.
discussion-views = { $first ->
    [yes] Las partes intercambiaron opiniones sobre { $topics }.
   *[no] Las partes intercambiaron también opiniones sobre { $topics }.
}

## Resultados. $first es "yes" en la primera frase del párrafo.

outcome-regular_dialogue = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [talks] Al término de la reunión
        [visit] Al término de las conversaciones
        [signing] Al término de las conversaciones
       *[other] Al término del encuentro
    }, las partes coincidieron
   *[no] Las partes coincidieron también
} en la importancia de mantener un diálogo regular{ $kind ->
    [political_consultations] {" "}en el marco del mecanismo de consultas políticas
   *[other] {""}
}.
outcome-next_round = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [talks] Al término de la reunión
        [visit] Al término de las conversaciones
        [signing] Al término de las conversaciones
       *[other] Al término del encuentro
    }, las partes acordaron
   *[no] Las partes acordaron asimismo
} celebrar la próxima ronda{ $kind ->
    [political_consultations] {""}
   *[other] {" "}de consultas políticas
}{ $has_place ->
    [yes] {" "}en { $city }
   *[no] {""}
}{ $has_when ->
    [yes] {" "}{ $when }
   *[no] {""}
}.
outcome-invitation = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [talks] Al término de la reunión
        [visit] Al término de las conversaciones
        [signing] Al término de las conversaciones
       *[other] Al término del encuentro
    }, { CASE($invitee, case: "nom", at: "mid") } fue { $invitee_gender ->
        [f] invitada
       *[m] invitado
    }
   *[no] Además, { CASE($invitee, case: "nom", at: "mid") } fue { $invitee_gender ->
        [f] invitada
       *[m] invitado
    }
} a visitar { COUNTRY($country, form: "art") }.
outcome-mission_to_open = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [talks] Al término de la reunión
        [visit] Al término de las conversaciones
        [signing] Al término de las conversaciones
       *[other] Al término del encuentro
    }, las partes acordaron
   *[no] Las partes acordaron también
} abrir { $mission } en { $city }.
outcome-other = { $text }

## Actos paralelos

side-meeting = { $has_topics ->
    [yes] En una reunión con { $with }, se analizaron las oportunidades de cooperación { $topics }.
   *[no] La delegación { COUNTRY($by, form: "adj-f") } se reunió también con { $with }.
}
side-exhibition-opened = El programa incluyó, además, la inauguración de la { $exhibition } «{ $title }».
exhibition-attended = A la ceremonia de inauguración asistieron { $attended }.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = La exposición está instalada { $venue }.
exhibition-runs = { $has_venue ->
    [yes] La exposición, instalada { $venue }, podrá visitarse { $until }.
   *[no] La exposición podrá visitarse { $until }.
}
