### Códigos del formato de evento, en español (norma RAE/Fundéu; uso de EFE, SRE y MAEC).
### Argumentos: $country (código ISO), $gender (m|f), $case (en español siempre "nom"), $title.
###
### Cargos en minúscula («el presidente de México»); nombres de instituciones con mayúscula
### («el Ministerio de Asuntos Exteriores de Kazajistán»). Las personas se presentan con el
### nombre delante y el cargo en aposición («Askar Temirkhanov, ministro de …»): así el cargo
### no lleva artículo y las frases no necesitan contracciones (del, al) que Fluent no puede hacer.

## Temas. Cada uno tiene un atributo por construcción:
##   .discussed    tras «cuestiones relacionadas con …» (con artículo)
##   .field        tras «especialmente en materia de …» (sin artículo)
##   .views        tras «intercambiaron opiniones sobre …» (con artículo)
##   .cooperation  complemento de «cooperación»: «oportunidades de cooperación económica y empresarial»
##                 (adjetivo femenino singular, o complemento con preposición)

topic-bilateral_cooperation = cooperación bilateral
    .discussed = la cooperación bilateral
    .field = cooperación bilateral
    .views = el desarrollo de la cooperación bilateral
    .cooperation = bilateral
topic-political_dialogue = diálogo político
    .discussed = el diálogo político
    .field = diálogo político
    .views = el diálogo político
    .cooperation = política
topic-trade = comercio
    .discussed = el comercio
    .field = comercio
    .views = el comercio
    .cooperation = comercial
topic-investment = inversiones
    .discussed = las inversiones
    .field = inversiones
    .views = las inversiones
    .cooperation = inversora
topic-economy = cooperación económica
    .discussed = la cooperación económica
    .field = economía
    .views = la cooperación económica
    .cooperation = económica
topic-business = vínculos empresariales
    .discussed = los vínculos empresariales
    .field = negocios
    .views = los vínculos empresariales
    .cooperation = empresarial
topic-culture = cultura
    .discussed = la cooperación cultural
    .field = cultura
    .views = los intercambios culturales
    .cooperation = cultural
topic-education = educación
    .discussed = la educación
    .field = educación
    .views = la cooperación educativa
    .cooperation = educativa
topic-science = ciencia
    .discussed = la cooperación científica
    .field = ciencia
    .views = la cooperación científica
    .cooperation = científica
topic-tourism = turismo
    .discussed = el turismo
    .field = turismo
    .views = el turismo
    .cooperation = turística
topic-energy = energía
    .discussed = la energía
    .field = energía
    .views = la cooperación energética
    .cooperation = energética
topic-transport_logistics = transporte y logística
    .discussed = el transporte y la logística
    .field = transporte y logística
    .views = el transporte y la logística
    .cooperation = en materia de transporte y logística
topic-agriculture = agricultura
    .discussed = la agricultura
    .field = agricultura
    .views = la agricultura
    .cooperation = agrícola
topic-digital = tecnologías digitales
    .discussed = las tecnologías digitales
    .field = tecnologías digitales
    .views = las tecnologías digitales
    .cooperation = digital
topic-health = salud
    .discussed = la salud
    .field = salud
    .views = la salud
    .cooperation = sanitaria
topic-environment = medio ambiente y clima
    .discussed = la protección del medio ambiente y el clima
    .field = medio ambiente
    .views = el medio ambiente y el cambio climático
    .cooperation = medioambiental
topic-security = seguridad
    .discussed = la seguridad
    .field = seguridad
    .views = la seguridad regional e internacional
    .cooperation = en materia de seguridad
topic-international_organizations = coordinación en los organismos internacionales
    .discussed = la coordinación en los organismos internacionales
    .field = diplomacia multilateral
    .views = la cooperación en los organismos internacionales
    .cooperation = multilateral
topic-regional_affairs = asuntos regionales
    .discussed = los asuntos regionales
    .field = asuntos regionales
    .views = los asuntos regionales de actualidad
    .cooperation = regional
topic-global_affairs = agenda global
    .discussed = la agenda global
    .field = asuntos globales
    .views = los principales temas de la agenda global
    .cooperation = internacional
topic-foreign_policy_research = investigación conjunta sobre política exterior
    .discussed = la investigación conjunta sobre política exterior
    .field = investigación conjunta sobre política exterior
    .views = la investigación conjunta sobre política exterior
    .cooperation = en investigación sobre política exterior
topic-consular_visa = asuntos consulares y de visados
    .discussed = los asuntos consulares y de visados
    .field = asuntos consulares y de visados
    .views = los asuntos consulares y de visados
    .cooperation = consular
topic-parliamentary_cooperation = cooperación interparlamentaria
    .discussed = la cooperación interparlamentaria
    .field = relaciones interparlamentarias
    .views = la cooperación interparlamentaria
    .cooperation = interparlamentaria
topic-humanitarian = cooperación humanitaria
    .discussed = la cooperación humanitaria
    .field = cooperación humanitaria
    .views = la cooperación humanitaria
    .cooperation = humanitaria

## Ministerios de Asuntos Exteriores. Regla general: «Ministerio de Asuntos Exteriores de X»;
## los países hispanoamericanos y Brasil: «Ministerio de Relaciones Exteriores de X»;
## excepciones con nombre propio: México (SRE), España, Argentina.

fm-area = { $country ->
    [AR] Relaciones Exteriores
    [BO] Relaciones Exteriores
    [BR] Relaciones Exteriores
    [CL] Relaciones Exteriores
    [CO] Relaciones Exteriores
    [CR] Relaciones Exteriores
    [CU] Relaciones Exteriores
    [DO] Relaciones Exteriores
    [EC] Relaciones Exteriores
    [GT] Relaciones Exteriores
    [HN] Relaciones Exteriores
    [MX] Relaciones Exteriores
    [NI] Relaciones Exteriores
    [PA] Relaciones Exteriores
    [PE] Relaciones Exteriores
    [PY] Relaciones Exteriores
    [SV] Relaciones Exteriores
    [UY] Relaciones Exteriores
    [VE] Relaciones Exteriores
   *[other] Asuntos Exteriores
}

# «del Ministerio de …» / «de la Secretaría de …», tras un cargo («portavoz oficial del Ministerio …»).
fm-of = { $country ->
    [MX] de la Secretaría de Relaciones Exteriores de México
    [ES] del Ministerio de Asuntos Exteriores, Unión Europea y Cooperación de España
    [AR] del Ministerio de Relaciones Exteriores, Comercio Internacional y Culto de Argentina
   *[other] del Ministerio de { fm-area } { COUNTRY($country, form: "de") }
}

# «del Parlamento de X» / «del Congreso de X», tras un cargo.
parliament-of = { $country ->
    [ES] del Congreso de los Diputados de España
    [AR] del Congreso { COUNTRY($country, form: "de") }
    [BR] del Congreso { COUNTRY($country, form: "de") }
    [CL] del Congreso { COUNTRY($country, form: "de") }
    [CO] del Congreso { COUNTRY($country, form: "de") }
    [DO] del Congreso { COUNTRY($country, form: "de") }
    [GT] del Congreso { COUNTRY($country, form: "de") }
    [HN] del Congreso { COUNTRY($country, form: "de") }
    [MX] del Congreso { COUNTRY($country, form: "de") }
    [PE] del Congreso { COUNTRY($country, form: "de") }
    [PY] del Congreso { COUNTRY($country, form: "de") }
    [US] del Congreso { COUNTRY($country, form: "de") }
   *[other] del Parlamento { COUNTRY($country, form: "de") }
}

## Órganos de un Estado, con artículo (el español no tiene casos: $case es siempre "nom").

# Como la prensa nombra una cancillería («la Cancillería kazaja»): el adjetivo evita repetir el
# país en una entradilla que ya lo nombra («…, ministro kazajo…, según informó la Cancillería
# kazaja»). España, donde no se dice «Cancillería», conserva el nombre oficial.
body-foreign_ministry = { $country ->
    [ES] el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación de España
   *[other] la Cancillería { COUNTRY($country, form: "adj-f") }
}
    .domain = { fm-area }
body-government = el Gobierno { COUNTRY($country, form: "de") }
body-parliament = { $country ->
    [ES] las Cortes Generales de España
    [AR] el Congreso { COUNTRY($country, form: "de") }
    [BR] el Congreso { COUNTRY($country, form: "de") }
    [CL] el Congreso { COUNTRY($country, form: "de") }
    [CO] el Congreso { COUNTRY($country, form: "de") }
    [DO] el Congreso { COUNTRY($country, form: "de") }
    [GT] el Congreso { COUNTRY($country, form: "de") }
    [HN] el Congreso { COUNTRY($country, form: "de") }
    [MX] el Congreso { COUNTRY($country, form: "de") }
    [PE] el Congreso { COUNTRY($country, form: "de") }
    [PY] el Congreso { COUNTRY($country, form: "de") }
    [US] el Congreso { COUNTRY($country, form: "de") }
   *[other] el Parlamento { COUNTRY($country, form: "de") }
}
body-presidential_office = { $country ->
    [KZ] la Administración del Presidente de Kazajistán
    [RU] la Administración del Presidente de Rusia
    [MX] la Oficina de la Presidencia de México
   *[other] la Oficina del Presidente { COUNTRY($country, form: "de") }
}
body-embassy = la Embajada { COUNTRY($country, form: "de") }
body-trade_ministry = { $country ->
    [KZ] el Ministerio de Comercio e Integración de Kazajistán
    [MX] la Secretaría de Economía de México
    [ES] el Ministerio de Economía, Comercio y Empresa de España
   *[other] el Ministerio de Comercio { COUNTRY($country, form: "de") }
}
    .domain = Comercio
body-culture_ministry = { $country ->
    [KZ] el Ministerio de Cultura e Información de Kazajistán
    [MX] la Secretaría de Cultura de México
   *[other] el Ministerio de Cultura { COUNTRY($country, form: "de") }
}
    .domain = Cultura
body-chamber_of_commerce = la Cámara de Comercio { COUNTRY($country, form: "de") }

## Cargos, sin artículo, en minúscula, concordados con $gender; van en aposición tras el nombre.
## El país como gentilicio tras el cargo, como EFE («el ministro ruso de Exteriores»;
## «Daniyar Tursynbayev, viceministro kazajo de Asuntos Exteriores»; «embajador argentino»): así la
## frase no repite el país que ya nombra y un titular en casa no lo nombra.

position-president = { $gender ->
    [f] presidenta { COUNTRY($country, form: "adj-f") }
   *[m] presidente { COUNTRY($country, form: "adj-m") }
}
position-prime_minister = { $country ->
    [ES] { $gender ->
        [f] presidenta
       *[m] presidente
    } del Gobierno español
   *[other] { $gender ->
        [f] primera ministra { COUNTRY($country, form: "adj-f") }
       *[m] primer ministro { COUNTRY($country, form: "adj-m") }
    }
}
position-foreign_minister = { $country ->
    [MX] { $gender ->
        [f] secretaria mexicana
       *[m] secretario mexicano
    } de Relaciones Exteriores
    [ES] { $gender ->
        [f] ministra española
       *[m] ministro español
    } de Asuntos Exteriores, Unión Europea y Cooperación
    [AR] { $gender ->
        [f] ministra argentina
       *[m] ministro argentino
    } de Relaciones Exteriores, Comercio Internacional y Culto
   *[other] { $gender ->
        [f] ministra { COUNTRY($country, form: "adj-f") }
       *[m] ministro { COUNTRY($country, form: "adj-m") }
    } de { fm-area }
}
position-first_deputy_foreign_minister = { $gender ->
    [f] primera viceministra { COUNTRY($country, form: "adj-f") }
   *[m] primer viceministro { COUNTRY($country, form: "adj-m") }
} de { fm-area }
# México, Chile y Uruguay no tienen «viceministro»: el número dos de la cancillería es el
# subsecretario de Relaciones Exteriores (llamado también vicecanciller).
position-deputy_foreign_minister = { $country ->
    [MX] { $gender ->
        [f] subsecretaria mexicana
       *[m] subsecretario mexicano
    } de Relaciones Exteriores
    [CL] { $gender ->
        [f] subsecretaria chilena
       *[m] subsecretario chileno
    } de Relaciones Exteriores
    [UY] { $gender ->
        [f] subsecretaria uruguaya
       *[m] subsecretario uruguayo
    } de Relaciones Exteriores
    [ES] { $gender ->
        [f] secretaria
       *[m] secretario
    } de Estado de Asuntos Exteriores de España
   *[other] { $gender ->
        [f] viceministra { COUNTRY($country, form: "adj-f") }
       *[m] viceministro { COUNTRY($country, form: "adj-m") }
    } de { fm-area }
}
# «embajador kazajo en Austria» si el acto es en otro país que el suyo ($posted).
position-ambassador = { $gender ->
    [f] embajadora { COUNTRY($country, form: "adj-f") }
   *[m] embajador { COUNTRY($country, form: "adj-m") }
}{ $posted ->
    [yes] {" "}{ COUNTRY($posted_to, form: "en") }
   *[no] {""}
}
position-consul_general = cónsul general { COUNTRY($country, form: "de") }
# El titular suele ser nacional del país anfitrión: «cónsul honorario kazajo» se leería mal.
position-honorary_consul = { $gender ->
    [f] cónsul honoraria
   *[m] cónsul honorario
} { COUNTRY($country, form: "de") }
# «portavoz» basta («portavoz oficial» calca el ruso «официальный представитель»).
position-spokesperson = portavoz { fm-of }
position-speaker_of_parliament = { $gender ->
    [f] presidenta
   *[m] presidente
} { parliament-of }
position-member_of_parliament = { $gender ->
    [f] diputada
   *[m] diputado
} { parliament-of }

## Misiones ($country: de quién es), con artículo, porque el género varía
## («la Embajada», «el Consulado»): las frases las usan sin preposición delante.

mission-embassy = la Embajada { COUNTRY($country, form: "de") }
mission-consulate_general = el Consulado General { COUNTRY($country, form: "de") }
mission-consulate = el Consulado { COUNTRY($country, form: "de") }
mission-honorary_consulate = el Consulado Honorario { COUNTRY($country, form: "de") }
mission-trade_mission = la Representación Comercial { COUNTRY($country, form: "de") }

## Documentos ($title: lo que sigue al tipo, «sobre la exención mutua …»).

document-agreement = un acuerdo { $title }
document-memorandum = un memorando de entendimiento { $title }
document-protocol = un protocolo { $title }
document-joint_statement = una declaración conjunta { $title }
document-roadmap = una hoja de ruta { $title }

## Exposiciones (todas femeninas: «la exposición …»), foros (con artículo, porque el género
## varía), visitas, créditos.

exhibition-photo = exposición fotográfica
exhibition-art = exposición de arte
exhibition-book = exposición bibliográfica
exhibition-crafts = exposición de artesanía
exhibition-ethnographic = exposición etnográfica
forum-business_forum = el foro empresarial
forum-round_table = la mesa redonda
forum-business_council = la reunión del consejo empresarial
forum-investment_forum = el foro de inversiones
visit-state = visita de Estado
visit-official = visita oficial
visit-working = visita de trabajo
credit-photo = Foto: { $source }
credit-video = Vídeo: { $source }

## Interlocutores de las reuniones paralelas (solo para seleccionar; el nombre viene del evento).

counterpart-legislators = legisladores
counterpart-business = empresarios
counterpart-experts = expertos
counterpart-diaspora = compatriotas
counterpart-officials = funcionarios
counterpart-media = medios de comunicación

## El interlocutor de una reunión dado por código: los miembros de un grupo parlamentario de
## amistad, con sus dos países en el orden de su nombre (`$first`, `$second`); `.group`, el grupo.
counterpart-friendship_group = legisladores integrantes del { counterpart-friendship_group.group }
    .group = Grupo de Amistad { COUNTRY($first) }-{ COUNTRY($second) }

## Invitados por grupo, como los nombra la prensa ($city: la ciudad del acto; $host: su país).
guests-diplomatic_corps = miembros del cuerpo diplomático
guests-diaspora = miembros de la comunidad kazaja
guests-legislators = parlamentarios
guests-business = representantes del sector empresarial
guests-experts = expertos e investigadores
guests-media = representantes de los medios de comunicación
guests-students = estudiantes
guests-public = público en general

## Motivos de felicitación, que completan «felicitó a … { $about }»; `$gender` es la persona
## felicitada (`m`, `f`), `other` si no es una persona; `.message`, lo mismo en un mensaje
## («envió un mensaje de felicitación a … por su reelección»).
congratulation-election = por su elección
    .message = por su elección
congratulation-re_election = por su reelección
    .message = por su reelección
congratulation-inauguration = por su toma de posesión
    .message = por su toma de posesión
congratulation-appointment = por su nombramiento
    .message = por su nombramiento
congratulation-national_day = con motivo del Día Nacional
    .message = con motivo del Día Nacional
congratulation-independence_day = con motivo del Día de la Independencia
    .message = con motivo del Día de la Independencia
congratulation-new_year = con motivo del Año Nuevo
    .message = con motivo del Año Nuevo
congratulation-birthday = por su cumpleaños
    .message = por su cumpleaños

## El destinatario de una declaración cuando es la parte de un Estado («agradeció a la parte española»).
# El país por su nombre («felicitó a Kazajistán»): «la parte kazaja» es calco de «казахстанская сторона».
addressee-side = { COUNTRY($country, form: "art") }

## Agencias de noticias, como las nombran la entradilla y los créditos («KAZINFORM –», «Vídeo: Kazinform»).

# `.lead`: la agencia tal como la nombra la atribución del lead.
agency-kazinform = Kazinform
    .lead = Kazinform
agency-kaztag = KazTAG
    .lead = KazTAG
agency-interfax_kazakhstan = Interfax-Kazajistán
    .lead = Interfax-Kazajistán
agency-tass = TASS
    .lead = TASS
agency-ria_novosti = RIA Nóvosti
    .lead = RIA Nóvosti
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
agency-dpa = DPA
    .lead = DPA
agency-anadolu = Anadolu
    .lead = Anadolu
agency-yonhap = Yonhap
    .lead = Yonhap
agency-kyodo = Kyodo
    .lead = Kyodo
agency-trend = Trend
    .lead = Trend

## Cargos estructurados: rango, unidad y dónde, en aposición tras el nombre. $of_kind: ministry
## (rango ministerial en un ministerio: $domain es su área), state (cargo de un Estado, sin
## institución), of, none. La unidad y la institución llevan su artículo («el Departamento …»):
## «de el» se contrae en «del».

office = { $of_kind ->
    [ministry] { $rank } { $gender ->
        [f] { COUNTRY($country, form: "adj-f") }
       *[m] { COUNTRY($country, form: "adj-m") }
    } de { $domain }
    [state] { $rank_code ->
        [honorary_consul] { $rank } { COUNTRY($country, form: "de") }
        [consul_general] { $rank } { COUNTRY($country, form: "de") }
        [consul] { $rank } { COUNTRY($country, form: "de") }
       *[other] { $rank } { $gender ->
            [f] { COUNTRY($country, form: "adj-f") }
           *[m] { COUNTRY($country, form: "adj-m") }
        }{ $posted ->
            [yes] {" "}{ COUNTRY($posted_to, form: "en") }
           *[no] {""}
        }
    }
    [of] { $rank } { $has_unit ->
        [yes] de { $unit } de { $of }
       *[no] de { $of }
    }
   *[none] { $rank }
}

rank-president = { $gender ->
    [f] presidenta
   *[m] presidente
}
rank-vice_president = { $gender ->
    [f] vicepresidenta
   *[m] vicepresidente
}
rank-prime_minister = { $gender ->
    [f] primera ministra
   *[m] primer ministro
}
rank-deputy_prime_minister = { $gender ->
    [f] viceprimera ministra
   *[m] viceprimer ministro
}
rank-minister = { $gender ->
    [f] ministra
   *[m] ministro
}
rank-first_deputy_minister = { $gender ->
    [f] primera viceministra
   *[m] primer viceministro
}
rank-deputy_minister = { $gender ->
    [f] viceministra
   *[m] viceministro
}
rank-state_secretary = { $gender ->
    [f] secretaria de Estado
   *[m] secretario de Estado
}
rank-director_general = { $gender ->
    [f] directora general
   *[m] director general
}
rank-director = { $gender ->
    [f] directora
   *[m] director
}
rank-deputy_director = { $gender ->
    [f] subdirectora
   *[m] subdirector
}
rank-head = { $gender ->
    [f] jefa
   *[m] jefe
}
rank-ambassador = { $gender ->
    [f] embajadora
   *[m] embajador
}
rank-charge_d_affaires = { $gender ->
    [f] encargada de negocios
   *[m] encargado de negocios
}
rank-consul_general = cónsul general
rank-consul = cónsul
rank-honorary_consul = { $gender ->
    [f] cónsul honoraria
   *[m] cónsul honorario
}
rank-counsellor = { $gender ->
    [f] consejera
   *[m] consejero
}
rank-first_secretary = { $gender ->
    [f] primera secretaria
   *[m] primer secretario
}
rank-spokesperson = portavoz
rank-secretary_general = { $gender ->
    [f] secretaria general
   *[m] secretario general
}
rank-deputy_secretary_general = { $gender ->
    [f] secretaria general adjunta
   *[m] secretario general adjunto
}
rank-chair = { $gender ->
    [f] presidenta
   *[m] presidente
}
rank-deputy_chair = { $gender ->
    [f] vicepresidenta
   *[m] vicepresidente
}
rank-speaker = { $gender ->
    [f] presidenta
   *[m] presidente
}
rank-member = { $of_code ->
    [parliament] { $gender ->
        [f] diputada
       *[m] diputado
    }
   *[other] miembro
}
rank-senator = { $gender ->
    [f] senadora
   *[m] senador
}
rank-adviser = { $gender ->
    [f] asesora
   *[m] asesor
}
rank-representative = representante
rank-special_representative = representante especial
rank-dean = { $gender ->
    [f] decana
   *[m] decano
}
rank-rector = { $gender ->
    [f] rectora
   *[m] rector
}
# En una exposición, «comisario» (no «curador», que es americano y de museos).
rank-curator = { $gender ->
    [f] comisaria
   *[m] comisario
}
rank-governor = { $gender ->
    [f] gobernadora
   *[m] gobernador
}
rank-mayor = { $gender ->
    [f] alcaldesa
   *[m] alcalde
}
