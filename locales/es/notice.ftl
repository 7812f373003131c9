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
# Cierra una lista cuyos elementos llevan «y»: «A sobre ciencia y tecnología, así como B».
list-and-complex = {", "}así como

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
    [agency-press] { $fact }, según informó { $press_service }.
    [agency] { $fact }.
    [press] { $fact }, según informó { $press_service }.
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
# La entradilla da siempre la fecha del hecho, también cuando es la de la data (EFE: «el 14 de
# septiembre», no «hoy»); el año, solo si no es el de la publicación.
lead-when = { $lead_date },{" "}


# «kazajo-mexicanas»: compuesto de gentilicios, el primero invariable, el segundo concuerda.
sides-adj-f-pl = { COUNTRY($a, form: "adj-m") }-{ COUNTRY($b, form: "adj-f-pl") }
sides-adj-m-pl = { COUNTRY($a, form: "adj-m") }-{ COUNTRY($b, form: "adj-m-pl") }

# En casa ($home) el titular no da lugar ni nombra el propio país: solo la data lo hace.
headline-political_consultations = { $home ->
    [yes] { $round ->
        [0] Se celebran consultas políticas { sides-adj-f-pl }
        [1] Se celebran las primeras consultas políticas { sides-adj-f-pl }
       *[other] Se celebra la { round-ordinal } ronda de consultas políticas { sides-adj-f-pl }
    }{ $video ->
        [yes] {" "}por videoconferencia
       *[no] {""}
    }
   *[no] { $round ->
        [0] { sides } celebran { consultations-where } consultas políticas
        [1] { sides } celebran { consultations-where } sus primeras consultas políticas
       *[other] { sides } celebran { consultations-where } su { round-ordinal } ronda de consultas políticas
    }
}
# Los países como sujeto: «las cancillerías» repetiría la atribución («la Cancillería kazaja»),
# y cada país llama a su ministerio a su manera; la ciudad la da la data.
lead-political_consultations = { lead-when }{ sides } celebraron { $round ->
    [0] consultas políticas{ lead-video }
    [1] sus primeras consultas políticas{ lead-video }
   *[other] la { round-ordinal } ronda de consultas políticas{ lead-video }
}
# La data da la ciudad; la entradilla solo dice si fue por videoconferencia.
lead-video = { $video ->
    [yes] {" "}por videoconferencia
   *[no] {""}
}
# «en Santiago», o «por videoconferencia» si no hubo reunión presencial.
consultations-where = { $video ->
    [yes] por videoconferencia
   *[no] en { $city }
}

headline-visit = { CASE($visitor_name, case: "nom") } realiza una { $level ->
    [state] visita de Estado
    [working] visita de trabajo
   *[official] visita oficial
}{ $home ->
    [yes] {""}
   *[no] {" "}{ COUNTRY($host, form: "a") }
}
# La data da la ciudad; las conversaciones siguen en el cuerpo.
lead-visit = { lead-when }{ CASE($visitor, case: "nom", at: "mid") } realizó una { $level ->
    [state] visita de Estado
    [working] visita de trabajo
   *[official] visita oficial
} { COUNTRY($host, form: "a") }

headline-talks = { CASE($host_official, case: "nom", at: "mid") } se reúne con { $guests }
lead-talks = { lead-when }{ CASE($host_official, case: "nom", at: "mid") } se reunió en { $city } con { $guests }

headline-signing = { $home ->
    [yes] { $count ->
        [1] Se firma un documento de cooperación { sides-adj }
        [2] Se firman dos documentos de cooperación { sides-adj-m-pl }
        [3] Se firman tres documentos de cooperación { sides-adj-m-pl }
        [4] Se firman cuatro documentos de cooperación { sides-adj-m-pl }
        [5] Se firman cinco documentos de cooperación { sides-adj-m-pl }
       *[other] Se firman { $count } documentos de cooperación { sides-adj-m-pl }
    }
   *[no] { sides } firman { $count ->
        [1] un documento de cooperación
        [2] dos documentos de cooperación
        [3] tres documentos de cooperación
        [4] cuatro documentos de cooperación
        [5] cinco documentos de cooperación
       *[other] { $count } documentos de cooperación
    }
}
lead-signing = { lead-when }{ sides } firmaron en { $city } { $documents }

headline-exhibition_opening = Se inaugura{ $home ->
    [yes] {""}
   *[no] {" "}en { $city }
} la { $exhibition } «{ $title }»
# Verbo delante, como en las demás entradillas de inauguración.
# La data ya da la ciudad (EFE no la repite en la entradilla).
lead-exhibition_opening = { lead-when }se inauguró la { $exhibition } «{ $title }»

# $mission lleva su artículo («el Consulado Honorario de Kazajistán»). En la entradilla el verbo va
# delante y el sujeto, con su relativo, detrás: así el sujeto no queda separado del verbo por dos
# incisos seguidos («El Consulado …, cuyo titular es X, cónsul …, se inauguró …»).
headline-mission_opening = Se inaugura{ $home ->
    [yes] {""}
   *[no] {" "}en { $city }
} { $mission }
# «en Guimarães (Portugal)», pero «en Ciudad de México»: la ciudad que lleva el nombre de su país
# no lo repite.
# Invitados con nombre a la inauguración ($guests: con su cargo, en lista).
mission-guests = Entre los invitados se encontraban { CASE($guests, case: "nom") }.
lead-mission_opening = { lead-when }{ $has_head ->
    [yes] se inauguró en { $city }{ $city_names_country ->
        [yes] {""}
       *[no] {" "}({ COUNTRY($host) })
    } { $mission }, que dirige { $head }
   *[no] { $mission } se inauguró en { $city }{ $city_names_country ->
        [yes] {""}
       *[no] {" "}({ COUNTRY($host) })
    }
}

# $format lleva su artículo («el foro empresarial», «la mesa redonda»).
headline-forum = Se celebra{ $home ->
    [yes] {""}
   *[no] {" "}en { $city }
} { $has_title ->
    [yes] { $format } «{ $title }»
   *[no] { $format }{ forum-sides }
}
forum-sides = { $parties ->
    [1] {""}
   *[other] {" "}{ COUNTRY($a) }-{ COUNTRY($b) }
}
lead-forum = { lead-when }{ $has_title ->
    [yes] se celebró { $format } «{ $title }»
   *[no] se celebró { $format }{ forum-sides }
}{ $participants ->
    [0] {""}
   *[other] {" "}y reunió a { $participants } participantes
}

# Solo cuando el evento no trae titular propio (la prensa titula con la noticia, nunca
# «Declaración de…»).
headline-spokesperson_announcement = { $spokesperson_gender ->
    [f] La portavoz
   *[m] El portavoz
} de la Cancillería { COUNTRY($a, form: "adj-f") } { $setting ->
    [briefing] comparece en rueda de prensa
    [statement] difunde un comunicado
    [comment] hace declaraciones a la prensa
    [interview] concede una entrevista
   *[none] formula una declaración
}
# $in_lead = yes: el anuncio (una oración) es la noticia de la entradilla; no se cita la agencia.
# La fecha del acto tras el verbo («anunció el 16 de enero en rueda de prensa»): la entradilla
# da siempre la fecha, salvo la del propio día de la data.
announcement-date = {" "}{ $lead_date }
lead-spokesperson_announcement = { $in_lead ->
    [yes] { $announcement }, { $setting ->
        [briefing] anunció{ announcement-date } en rueda de prensa
        [statement] informó{ announcement-date } en un comunicado
        [comment] declaró{ announcement-date } a la prensa
        [interview] afirmó{ announcement-date } en una entrevista
       *[none] anunció{ announcement-date }
    } { CASE($spokesperson, case: "nom", at: "end") }
   *[no] { lead-when }{ CASE($spokesperson, case: "nom", at: "mid") } { $setting ->
        [briefing] intervino en una rueda de prensa celebrada en { $city }
        [statement] difundió un comunicado
        [comment] hizo declaraciones a la prensa
        [interview] concedió una entrevista
       *[none] formuló una declaración
    }
}

## Personas: nombre y, en aposición, el cargo sin artículo («Nurgali Arystanov, director del
## Departamento …»), tanto si el cargo viene de un código como si viene escrito.
## $at es "mid" cuando la frase sigue: entonces la aposición se cierra con coma.
# Persona ya nombrada: el apellido solo (EFE: «Ashikbayev calificó…»); de dos apellidos, el primero.
person-short = { $surname_first }


# .position-case: "same": a written-out office takes the case of the sentence, like the name.
# Un cargo sin más («el embajador Andrian Yelemessov», «a cargo del embajador …») va delante
# del nombre, con su artículo; «de el» se contrae.
person-titled = { $kind ->
    [rank] { $gender ->
        [f] la { $position } { $name }
       *[m] el { $position } { $name }
    }
   *[other] { $at ->
        [mid] { $name }, { $position },
       *[end] { $name }, { $position }
    }
}
    .position-case = same

## Delegaciones

# La segunda delegación con otro arranque, para que dos frases seguidas no empiecen igual.
delegation-headed = { $first ->
    [yes] La delegación { COUNTRY($country, form: "adj-f") } estuvo encabezada por { $head }.
   *[no] Al frente de la delegación { COUNTRY($country, form: "adj-f") } estuvo { $head }.
}
# Sin el calco «Por la parte chilena, el encuentro fue copresidido por…»: verbo activo delante
# y el copresidente, con su cargo, al final.
delegation-co_chaired = Copresidió el encuentro, en representación { COUNTRY($country, form: "de") }, { $head }.
# Los copresidentes de ambas partes en una sola oración: dos «Copresidió el encuentro…» seguidos
# repiten el mismo molde.
delegations-co_chaired = Copresidieron { $kind ->
    [political_consultations] el encuentro
    [forum] el acto
    [visit] las conversaciones
   *[other] el encuentro
} { CASE($heads, case: "nom") }.
# Los jefes de delegación cuyo cargo ya nombra su país, en una sola oración: «La delegación
# uruguaya estuvo encabezada por el viceministro uruguayo…» lo dice dos veces.
delegations-headed = Encabezaron las delegaciones { CASE($heads, case: "nom") }.

## Declaraciones. $by_kind es "side" (entonces $side es un país) o "person" (entonces $by).

statement-by-start = { $by_kind ->
    [again] {""}
    [parties] Las partes
    [side] La parte { COUNTRY($side, form: "adj-f") }
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-by = { $by_kind ->
    [again] {""}
    [parties] las partes
    [side] la parte { COUNTRY($side, form: "adj-f") }
   *[person] { CASE($by, case: "nom", at: "mid") }
}
statement-congratulated = { $has_behalf ->
    [yes] { $first ->
        [yes] En nombre de { $behalf }, { statement-by } { $by_gender ->
        [pl] felicitaron
       *[other] felicitó
    } { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
       *[no] Asimismo, en nombre de { $behalf }, { statement-by } { $by_gender ->
        [pl] felicitaron
       *[other] felicitó
    } { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
    }
   *[no] { $first ->
        [yes] { statement-by-start } { $by_gender ->
        [pl] felicitaron
       *[other] felicitó
    } { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
       *[no] Asimismo, { statement-by } { $by_gender ->
        [pl] felicitaron
       *[other] felicitó
    } { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
    }
}
statement-commended = { $first ->
    [yes] { statement-by-start } { $by_gender ->
        [pl] valoraron
       *[other] valoró
    } positivamente { $about }.
   *[no] Además, { statement-by } { $by_gender ->
        [pl] valoraron
       *[other] valoró
    } positivamente { $about }.
}
# «agradeció a X por Y» (uso de las cancillerías); sin destinatario, «expresó su agradecimiento por Y».
statement-thanked = { $has_to ->
    [yes] { statement-by-start } { $first ->
        [yes] { $by_gender ->
        [pl] agradecieron
       *[other] agradeció
    }
       *[no] { $by_gender ->
        [pl] agradecieron
       *[other] agradeció
    } también
    } a { CASE($to, case: "nom", at: "mid") } { $about }.
   *[no] { statement-by-start } { $first ->
        [yes] { $by_gender ->
        [pl] expresaron
       *[other] expresó
    } su agradecimiento
       *[no] { $by_gender ->
        [pl] expresaron
       *[other] expresó
    } también su agradecimiento
    } { $about }.
}
statement-supported = { $first ->
    [yes] { statement-by-start } { $by_gender ->
        [pl] respaldaron
       *[other] respaldó
    } { $about }.
   *[no] { statement-by-start } { $by_gender ->
        [pl] respaldaron
       *[other] respaldó
    } asimismo { $about }.
}
statement-condolences = { $first ->
    [yes] { statement-by-start } { $by_gender ->
        [pl] expresaron
       *[other] expresó
    } sus condolencias { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
   *[no] { statement-by-start } { $by_gender ->
        [pl] expresaron
       *[other] expresó
    } también sus condolencias { $has_to ->
    [yes] a { CASE($to, case: "nom", at: "mid") }{" "}
   *[no] {""}
}{ $about }.
}

## Temas tratados ($topics es una lista ya unida). El marco nombra el tipo de acto: consultas,
## conversaciones (visita, firma), encuentro, foro; en un foro hablan «los participantes», no
## «las partes». Cada frase arranca de otro modo, para no encadenar «las partes… Las partes…».

discussion-topics = { $kind ->
    [political_consultations] Durante las consultas, las partes
    [visit] Durante las conversaciones, las partes
    [signing] Durante las conversaciones, las partes
    [forum] Durante el foro, los participantes
   *[other] Durante el encuentro, las partes
} abordaron { $topics }.
discussion-progress = { $first ->
    [yes] Las partes constataron
   *[no] Constataron
} con satisfacción la intensificación de los lazos entre ambos países, especialmente en materia de { $topics }.
discussion-views = { $first ->
    [yes] { $kind ->
        [forum] Los participantes intercambiaron
       *[other] Las partes intercambiaron
    } opiniones sobre { $topics }.
   *[no] También intercambiaron opiniones sobre { $topics }.
}

## Resultados. $first es "yes" en la primera frase del párrafo; las siguientes arrancan cada una
## de otro modo («Asimismo, coincidieron…», «Ambas partes acordaron…», «Además, se cursó…»).
## El cierre no repite el sustantivo del marco de los temas («Durante el encuentro… Al término
## de la reunión»), salvo en las consultas.

outcome-regular_dialogue = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [visit] Al término de las conversaciones
        [forum] Al término del foro
        [signing] Al término del encuentro
       *[other] Al término de la reunión
    }, las partes coincidieron
   *[no] Asimismo, coincidieron
} en la importancia de mantener un diálogo regular{ $kind ->
    [political_consultations] {" "}en el marco del mecanismo de consultas políticas
   *[other] {""}
}.
outcome-next_round = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [visit] Al término de las conversaciones
        [forum] Al término del foro
        [signing] Al término del encuentro
       *[other] Al término de la reunión
    }, las partes acordaron
   *[no] También decidieron
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
# Sin la pasiva «X fue invitado a visitar»: «se cursó una invitación a X para visitar…».
outcome-invitation = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [visit] Al término de las conversaciones
        [forum] Al término del foro
        [signing] Al término del encuentro
       *[other] Al término de la reunión
    }, se cursó
   *[no] Además, se cursó
} una invitación a { CASE($invitee, case: "nom", at: "mid") } para visitar { COUNTRY($country, form: "art") }.
outcome-mission_to_open = { $first ->
    [yes] { $kind ->
        [political_consultations] Al término de las consultas
        [visit] Al término de las conversaciones
        [forum] Al término del foro
        [signing] Al término del encuentro
       *[other] Al término de la reunión
    }, las partes acordaron
   *[no] Las partes acordaron también
} abrir { $mission } en { $city }.
outcome-other = { $text }

## Actos paralelos

# La primera reunión paralela «En una reunión con …, la delegación … analizó…»; las siguientes
# con otro arranque («Asimismo, …», «De igual manera, …»), siempre con sujeto.
side-meeting = { $order ->
    [first] { $has_topics ->
        [yes] En una reunión con { $with }, la delegación { COUNTRY($by, form: "adj-f") } analizó las oportunidades de cooperación { $topics }.
       *[no] La delegación { COUNTRY($by, form: "adj-f") } se reunió también con { $with }.
    }
   *[next] { $has_topics ->
        [yes] En otra reunión, con { CASE($with, case: "nom", at: "mid") }, se analizaron las oportunidades de cooperación { $topics }.
       *[no] De igual manera, la delegación se reunió con { $with }.
    }
}
# Reuniones seguidas sin temas propios: una sola oración, cada interlocutor una vez («mantuvo
# también reuniones con X, así como con Y»); `side-meetings-with` es un interlocutor con su preposición.
side-meetings-with = con { $with }
side-meetings = { $kind ->
    [visit] Durante la visita, la delegación { COUNTRY($by, form: "adj-f") } mantuvo también reuniones { $withs }.
    [talks] La parte { COUNTRY($by, form: "adj-f") } mantuvo también reuniones { $withs }.
   *[other] Además, la delegación { COUNTRY($by, form: "adj-f") } mantuvo reuniones { $withs }.
}
side-exhibition-opened = { $kind ->
    [political_consultations] En paralelo, se inauguró
    [visit] Durante la visita se inauguró
   *[other] Se inauguró también
} la { $exhibition } «{ $title }».
exhibition-attended = A la ceremonia asistieron { $attended }.
# Where an exhibition is shown, when no closing date is given.
exhibition-shown = La exposición está instalada { $venue }.
exhibition-runs = { $has_venue ->
    [yes] La exposición, instalada { $venue }, podrá visitarse { $until }.
   *[no] La exposición podrá visitarse { $until }.
}

# El país propio como lugar, que el titular de un acto celebrado en casa no nombra (lo busca la revisión de estilo).
style-home-place = en { COUNTRY($country) }
# Cuántas palabras iniciales hacen que dos oraciones seguidas «empiecen igual» (con artículo: «Las partes»).
style-opening-words = 2
# Palabras que abren una subordinada tras el verbo («señaló que…»), separadas por espacios.
statement-clause-openers = que
# Palabras vacías que la revisión de estilo salta al comparar inicios (no hacen falta: dos palabras).
style-skip-words = -
