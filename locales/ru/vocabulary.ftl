### Коды формата события по-русски (в стиле МИД Казахстана и МИА «Казинформ»).
### Аргументы: $country (код ISO), $gender (m|f), $case (nom gen dat acc ins prep), $title.
### Буква «ё» не используется, как в текстах МИД РК и «Казинформа» («почетный», «прием»).

## Темы. У каждой по атрибуту на конструкцию, в которой ее употребляет сообщение:
##   .discussed    род. п. после «широкий круг вопросов …»
##   .field        род. п. после «особенно в области …»
##   .views        дат. п. после «обменялись мнениями по …»
##   .cooperation  прилагательное в род. п. ср. р. перед «сотрудничества»:
##                 «возможности развития экономического и делового сотрудничества»

topic-bilateral_cooperation = двустороннее сотрудничество
    .discussed = двустороннего сотрудничества
    .field = двустороннего сотрудничества
    .views = развитию двустороннего сотрудничества
    .cooperation = двустороннего
topic-political_dialogue = политический диалог
    .discussed = политического диалога
    .field = политического диалога
    .views = вопросам политического диалога
    .cooperation = политического
topic-trade = торговля
    .discussed = торговли
    .field = торговли
    .views = вопросам торговли
    .cooperation = торгового
topic-investment = инвестиции
    .discussed = инвестиций
    .field = инвестиций
    .views = инвестиционному сотрудничеству
    .cooperation = инвестиционного
topic-economy = экономическое сотрудничество
    .discussed = экономического сотрудничества
    .field = экономики
    .views = экономическому сотрудничеству
    .cooperation = экономического
topic-business = деловые связи
    .discussed = деловых связей
    .field = бизнеса
    .views = развитию деловых связей
    .cooperation = делового
topic-culture = культура
    .discussed = культурного сотрудничества
    .field = культуры
    .views = культурным обменам
    .cooperation = культурного
topic-education = образование
    .discussed = образования
    .field = образования
    .views = сотрудничеству в сфере образования
    .cooperation = образовательного
topic-science = наука
    .discussed = научного сотрудничества
    .field = науки
    .views = научному сотрудничеству
    .cooperation = научного
topic-tourism = туризм
    .discussed = туризма
    .field = туризма
    .views = вопросам туризма
    .cooperation = туристического
topic-energy = энергетика
    .discussed = энергетики
    .field = энергетики
    .views = энергетическому сотрудничеству
    .cooperation = энергетического
# Без внутреннего «и»: список сам соединяет последние элементы союзом «и»
# («торговли, инвестиций и транспорта и логистики» читается плохо).
topic-transport_logistics = транспорт и логистика
    .discussed = транспортно-логистического сотрудничества
    .field = транспортной логистики
    .views = транспортно-логистическому сотрудничеству
    .cooperation = транспортно-логистического
topic-agriculture = сельское хозяйство
    .discussed = сельского хозяйства
    .field = сельского хозяйства
    .views = вопросам сельского хозяйства
    .cooperation = сельскохозяйственного
topic-digital = цифровые технологии
    .discussed = цифровых технологий
    .field = цифровых технологий
    .views = вопросам цифровизации
    .cooperation = цифрового
topic-health = здравоохранение
    .discussed = здравоохранения
    .field = здравоохранения
    .views = вопросам здравоохранения
    .cooperation = медицинского
# review: климат входит в «экологическую повестку»; без внутреннего «и» ради списков
topic-environment = окружающая среда и климат
    .discussed = экологической повестки
    .field = охраны окружающей среды
    .views = экологической повестке
    .cooperation = природоохранного
# review: у «сотрудничества в сфере безопасности» нет точного прилагательного;
# «военно-политического» — ближайшее, но уже по смыслу
topic-security = безопасность
    .discussed = безопасности
    .field = безопасности
    .views = вопросам региональной и международной безопасности
    .cooperation = военно-политического
topic-international_organizations = взаимодействие в рамках международных организаций
    .discussed = взаимодействия в рамках международных организаций
    .field = многосторонней дипломатии
    .views = сотрудничеству в рамках международных организаций
    .cooperation = многостороннего
topic-regional_affairs = региональная повестка
    .discussed = региональной повестки
    .field = регионального сотрудничества
    .views = региональной проблематике
    .cooperation = регионального
topic-global_affairs = глобальная повестка
    .discussed = глобальной повестки
    .field = международной повестки
    .views = актуальным вопросам глобальной повестки
    .cooperation = международного
topic-foreign_policy_research = совместные внешнеполитические исследования
    .discussed = совместных внешнеполитических исследований
    .field = совместных внешнеполитических исследований
    .views = совместным внешнеполитическим исследованиям
    .cooperation = научно-исследовательского
topic-consular_visa = консульско-визовые вопросы
    .discussed = консульско-визового взаимодействия
    .field = консульско-визового взаимодействия
    .views = консульско-визовым вопросам
    .cooperation = консульского
topic-parliamentary_cooperation = межпарламентское сотрудничество
    .discussed = межпарламентского сотрудничества
    .field = межпарламентских связей
    .views = межпарламентскому сотрудничеству
    .cooperation = межпарламентского
topic-humanitarian = гуманитарное сотрудничество
    .discussed = гуманитарного сотрудничества
    .field = гуманитарного сотрудничества
    .views = гуманитарному сотрудничеству
    .cooperation = гуманитарного

## Государственные органы (с прописной, как названия учреждений). МИД — несклоняемая
## аббревиатура: «пресс-служба МИД Италии». Свое министерство пресса называет «МИД РК»
## («со ссылкой на пресс-службу МИД РК»): так в одном предложении не повторяется «Казахстан».

# «РК» вместо «Казахстана» в названиях казахстанского МИД и должностей его руководства
# («заместитель министра иностранных дел РК»), как пишут МИД РК и «Казинформ».
of-country-official = { $country ->
    [KZ] РК
   *[other] { COUNTRY($country, form: "gen") }
}
body-foreign_ministry = МИД { of-country-official }
    .domain = иностранных дел
body-government = { $case ->
    [gen] Правительства
    [dat] Правительству
    [ins] Правительством
    [prep] Правительстве
   *[nom] Правительство
} { COUNTRY($country, form: "gen") }
body-parliament = { $case ->
    [gen] Парламента
    [dat] Парламенту
    [ins] Парламентом
    [prep] Парламенте
   *[nom] Парламент
} { COUNTRY($country, form: "gen") }
# Казахстанскую Администрацию Президента пресса называет Акордой («пресс-служба Акорды»).
body-presidential_office = { $country ->
    [KZ] { $case ->
        [gen] Акорды
        [dat] Акорде
        [acc] Акорду
        [ins] Акордой
        [prep] Акорде
       *[nom] Акорда
    }
   *[other] { $case ->
        [gen] Администрации
        [dat] Администрации
        [acc] Администрацию
        [ins] Администрацией
        [prep] Администрации
       *[nom] Администрация
    } Президента { of-country-official }
}
body-embassy = { $case ->
    [gen] Посольства
    [dat] Посольству
    [ins] Посольством
    [prep] Посольстве
   *[nom] Посольство
} { COUNTRY($country, form: "gen") }
body-trade_ministry = { $case ->
    [gen] Министерства
    [dat] Министерству
    [ins] Министерством
    [prep] Министерстве
   *[nom] Министерство
} торговли { COUNTRY($country, form: "gen") }
    .domain = торговли
body-culture_ministry = { $case ->
    [gen] Министерства
    [dat] Министерству
    [ins] Министерством
    [prep] Министерстве
   *[nom] Министерство
} культуры { COUNTRY($country, form: "gen") }
    .domain = культуры
body-chamber_of_commerce = { $case ->
    [gen] Торговой палаты
    [dat] Торговой палате
    [acc] Торговую палату
    [ins] Торговой палатой
    [prep] Торговой палате
   *[nom] Торговая палата
} { COUNTRY($country, form: "gen") }

## Должности перед именем: «министр иностранных дел Испании Альваро Монтальбан Руис».
## Существительное и его определения остаются в мужском роде и для женщин («заместитель
## министра Динара Алимжанова», «официальный представитель МИД Гульнар Аскарова»); с женщиной
## согласуется глагол в предложении, поэтому $gender здесь ничего не меняет.
## С прописной — только высшие государственные должности (Президент, Премьер-министр).
## Вин. п. одушевленный, равен родительному.

position-president = { $case ->
    [gen] Президента
    [dat] Президенту
    [acc] Президента
    [ins] Президентом
    [prep] Президенте
   *[nom] Президент
} { COUNTRY($country, form: "gen") }
position-prime_minister = { $case ->
    [gen] Премьер-министра
    [dat] Премьер-министру
    [acc] Премьер-министра
    [ins] Премьер-министром
    [prep] Премьер-министре
   *[nom] Премьер-министр
} { COUNTRY($country, form: "gen") }
position-foreign_minister = { $case ->
    [gen] министра
    [dat] министру
    [acc] министра
    [ins] министром
    [prep] министре
   *[nom] министр
} иностранных дел { of-country-official }
position-first_deputy_foreign_minister = { $case ->
    [gen] первого заместителя
    [dat] первому заместителю
    [acc] первого заместителя
    [ins] первым заместителем
    [prep] первом заместителе
   *[nom] первый заместитель
} министра иностранных дел { of-country-official }
position-deputy_foreign_minister = { $case ->
    [gen] заместителя
    [dat] заместителю
    [acc] заместителя
    [ins] заместителем
    [prep] заместителе
   *[nom] заместитель
} министра иностранных дел { of-country-official }
position-ambassador = { $case ->
    [gen] посла
    [dat] послу
    [acc] посла
    [ins] послом
    [prep] после
   *[nom] посол
} { COUNTRY($country, form: "gen") }{ $posted ->
    [yes] {" "}{ COUNTRY($posted_to, form: "in") }
   *[no] {""}
}
position-consul_general = { $case ->
    [gen] генерального консула
    [dat] генеральному консулу
    [acc] генерального консула
    [ins] генеральным консулом
    [prep] генеральном консуле
   *[nom] генеральный консул
} { COUNTRY($country, form: "gen") }
position-honorary_consul = { $case ->
    [gen] почетного консула
    [dat] почетному консулу
    [acc] почетного консула
    [ins] почетным консулом
    [prep] почетном консуле
   *[nom] почетный консул
} { COUNTRY($country, form: "gen") }
position-spokesperson = { $case ->
    [gen] официального представителя
    [dat] официальному представителю
    [acc] официального представителя
    [ins] официальным представителем
    [prep] официальном представителе
   *[nom] официальный представитель
} МИД { COUNTRY($country, form: "gen") }
position-speaker_of_parliament = { $case ->
    [gen] председателя
    [dat] председателю
    [acc] председателя
    [ins] председателем
    [prep] председателе
   *[nom] председатель
} парламента { COUNTRY($country, form: "gen") }
position-member_of_parliament = { $case ->
    [gen] депутата
    [dat] депутату
    [acc] депутата
    [ins] депутатом
    [prep] депутате
   *[nom] депутат
} парламента { COUNTRY($country, form: "gen") }

## Загранучреждения ($country — чьи). Все существительные среднего рода: предложения
## («открылось», «которое») на это опираются.

mission-embassy = { $case ->
    [gen] Посольства
    [dat] Посольству
    [ins] Посольством
    [prep] Посольстве
   *[nom] Посольство
} { COUNTRY($country, form: "gen") }
mission-consulate_general = { $case ->
    [gen] Генерального консульства
    [dat] Генеральному консульству
    [ins] Генеральным консульством
    [prep] Генеральном консульстве
   *[nom] Генеральное консульство
} { COUNTRY($country, form: "gen") }
mission-consulate = { $case ->
    [gen] Консульства
    [dat] Консульству
    [ins] Консульством
    [prep] Консульстве
   *[nom] Консульство
} { COUNTRY($country, form: "gen") }
mission-honorary_consulate = { $case ->
    [gen] Почетного консульства
    [dat] Почетному консульству
    [ins] Почетным консульством
    [prep] Почетном консульстве
   *[nom] Почетное консульство
} { COUNTRY($country, form: "gen") }
mission-trade_mission = { $case ->
    [gen] Торгового представительства
    [dat] Торговому представительству
    [ins] Торговым представительством
    [prep] Торговом представительстве
   *[nom] Торговое представительство
} { COUNTRY($country, form: "gen") }

## Документы ($title — то, что следует за видом документа: «о взаимном освобождении …»).
## «Меморандум» без «о взаимопонимании»: иначе «меморандум о взаимопонимании о …».

document-agreement = { $case ->
    [gen] соглашения
    [dat] соглашению
    [ins] соглашением
    [prep] соглашении
   *[nom] соглашение
} { $title }
document-memorandum = { $case ->
    [gen] меморандума
    [dat] меморандуму
    [ins] меморандумом
    [prep] меморандуме
   *[nom] меморандум
} { $title }
document-protocol = { $case ->
    [gen] протокола
    [dat] протоколу
    [ins] протоколом
    [prep] протоколе
   *[nom] протокол
} { $title }
document-joint_statement = { $case ->
    [gen] совместного заявления
    [dat] совместному заявлению
    [ins] совместным заявлением
    [prep] совместном заявлении
   *[nom] совместное заявление
} { $title }
document-roadmap = { $case ->
    [gen] дорожной карты
    [dat] дорожной карте
    [acc] дорожную карту
    [ins] дорожной картой
    [prep] дорожной карте
   *[nom] дорожная карта
} { $title }

## Выставки (все женского рода: «открылась»), форумы, визиты, подписи к фото и видео.

exhibition-photo = { $case ->
    [gen] фотовыставки
    [dat] фотовыставке
    [acc] фотовыставку
    [ins] фотовыставкой
    [prep] фотовыставке
   *[nom] фотовыставка
}
exhibition-art = { $case ->
    [gen] художественной выставки
    [dat] художественной выставке
    [acc] художественную выставку
    [ins] художественной выставкой
    [prep] художественной выставке
   *[nom] художественная выставка
}
exhibition-book = { $case ->
    [gen] книжной выставки
    [dat] книжной выставке
    [acc] книжную выставку
    [ins] книжной выставкой
    [prep] книжной выставке
   *[nom] книжная выставка
}
exhibition-crafts = { $case ->
    [gen] выставки
    [dat] выставке
    [acc] выставку
    [ins] выставкой
    [prep] выставке
   *[nom] выставка
} декоративно-прикладного искусства
exhibition-ethnographic = { $case ->
    [gen] этнографической выставки
    [dat] этнографической выставке
    [acc] этнографическую выставку
    [ins] этнографической выставкой
    [prep] этнографической выставке
   *[nom] этнографическая выставка
}
forum-business_forum = { $case ->
    [gen] бизнес-форума
    [dat] бизнес-форуму
    [ins] бизнес-форумом
    [prep] бизнес-форуме
   *[nom] бизнес-форум
}
forum-round_table = { $case ->
    [gen] круглого стола
    [dat] круглому столу
    [ins] круглым столом
    [prep] круглом столе
   *[nom] круглый стол
}
forum-business_council = { $case ->
    [gen] заседания
    [dat] заседанию
    [ins] заседанием
    [prep] заседании
   *[nom] заседание
} делового совета
forum-investment_forum = { $case ->
    [gen] инвестиционного форума
    [dat] инвестиционному форуму
    [ins] инвестиционным форумом
    [prep] инвестиционном форуме
   *[nom] инвестиционный форум
}
visit-state = государственный визит
visit-official = официальный визит
visit-working = рабочий визит
credit-photo = Фото: { $source }
credit-video = Видео: { $source }

## С кем встречалась делегация (только для выбора формулировки; название — в событии).

counterpart-legislators = депутаты
counterpart-business = представители деловых кругов
counterpart-experts = эксперты
counterpart-diaspora = соотечественники
counterpart-officials = официальные лица
counterpart-media = представители СМИ

## Собеседник на встрече, заданный кодом: члены парламентской группы дружбы, две страны — в
## порядке ее названия (`$first`, `$second`); `.group` — название группы в родительном падеже.
counterpart-friendship_group = { $case ->
    [gen] депутатов — членов { counterpart-friendship_group.group }
    [dat] депутатам — членам { counterpart-friendship_group.group }
    [acc] депутатов — членов { counterpart-friendship_group.group }
    [ins] депутатами — членами { counterpart-friendship_group.group }
    [prep] депутатах — членах { counterpart-friendship_group.group }
   *[nom] депутаты — члены { counterpart-friendship_group.group }
}
    .group = парламентской группы дружбы «{ COUNTRY($first) } — { COUNTRY($second) }»

## Поводы для поздравления, продолжающие «поздравил … { $about }»; `$gender` — пол поздравляемого
## (`m`, `f`), `other`, если это не лицо; предлог связан со словом неразрывным пробелом.
## `.message` — то же в телеграмме: «направил … поздравительную телеграмму в связи с переизбранием».
congratulation-election = с избранием
    .message = в связи с избранием
congratulation-re_election = с переизбранием
    .message = в связи с переизбранием
congratulation-inauguration = со вступлением в должность
    .message = в связи со вступлением в должность
congratulation-appointment = с назначением
    .message = в связи с назначением
congratulation-national_day = с национальным праздником
    .message = по случаю национального праздника
congratulation-independence_day = с Днем независимости
    .message = по случаю Дня независимости
congratulation-new_year = с Новым годом
    .message = по случаю Нового года
congratulation-birthday = с днем рождения
    .message = по случаю дня рождения

## Гости по группам, как их называет пресса ($city — город события, $host — его страна).
guests-diplomatic_corps = представители дипломатического корпуса
guests-diaspora = представители казахстанской диаспоры
guests-legislators = депутаты парламента
guests-business = представители деловых кругов
guests-experts = эксперты и ученые
guests-media = представители СМИ
guests-students = студенты
guests-public = представители общественности

## Адресат заявления, когда это сторона в целом («поблагодарил испанскую сторону»).
addressee-side = { $case ->
    [gen] { COUNTRY($country, form: "adj-f-gen") } стороны
    [dat] { COUNTRY($country, form: "adj-f-gen") } стороне
    [acc] { COUNTRY($country, form: "adj-f-acc") } сторону
    [ins] { COUNTRY($country, form: "adj-f-gen") } стороной
    [prep] { COUNTRY($country, form: "adj-f-gen") } стороне
   *[nom] { COUNTRY($country, form: "adj-f") } сторона
}

## Информационные агентства, как их называют лид и подписи («КАЗИНФОРМ —», «Видео: Казинформ»).

# `.lead`: агентство так, как его называет ссылка в лиде («сообщает МИА «Казинформ»»).
agency-kazinform = Казинформ
    .lead = МИА «Казинформ»
agency-kaztag = КазТАГ
    .lead = агентство «КазТАГ»
agency-interfax_kazakhstan = Интерфакс-Казахстан
    .lead = агентство «Интерфакс-Казахстан»
agency-tass = ТАСС
    .lead = ТАСС
agency-ria_novosti = РИА Новости
    .lead = РИА Новости
agency-interfax = Интерфакс
    .lead = агентство «Интерфакс»
agency-efe = ЭФЕ
    .lead = агентство ЭФЕ
agency-xinhua = Синьхуа
    .lead = Синьхуа
agency-reuters = Рейтер
    .lead = Рейтер
agency-ap = Ассошиэйтед Пресс
    .lead = Ассошиэйтед Пресс
agency-afp = Франс Пресс
    .lead = Франс Пресс
agency-dpa = ДПА
    .lead = ДПА
agency-anadolu = Анадолу
    .lead = Анадолу
agency-yonhap = Рёнхап
    .lead = Рёнхап
agency-kyodo = Киодо
    .lead = Киодо
agency-trend = Тренд
    .lead = агентство «Тренд»

## Структурированные должности: ранг, подразделение и где. Падежи всей должности — по правилам
## (склоняется первая именная группа: «заместителя министра иностранных дел Казахстана»).
## $of_kind: ministry (министерский ранг в министерстве, $domain — его сфера), state (должность
## государства без учреждения), of, none.

office = { $of_kind ->
    [ministry] { $rank } { of-country-official }
    [state] { $rank } { COUNTRY($country, form: "gen") }{ $posted ->
        [yes] {" "}{ COUNTRY($posted_to, form: "in") }
       *[no] {""}
    }
    [of] { $rank } { $has_unit ->
        [yes] { CASE($unit, case: "gen") } { CASE($of, case: "gen") }
       *[no] { CASE($of, case: "gen") }
    }
   *[none] { $rank }
}

rank-president = { $has_of ->
    [yes] президент
   *[no] Президент
}
rank-vice_president = вице-президент
rank-prime_minister = Премьер-министр
rank-deputy_prime_minister = заместитель Премьер-министра
rank-minister = министр{ $of_kind ->
    [ministry] { " " }{ $domain }
   *[other] {""}
}
rank-first_deputy_minister = первый заместитель министра{ $of_kind ->
    [ministry] { " " }{ $domain }
   *[other] {""}
}
rank-deputy_minister = заместитель министра{ $of_kind ->
    [ministry] { " " }{ $domain }
   *[other] {""}
}
rank-state_secretary = государственный секретарь
rank-director_general = генеральный директор
rank-director = директор
rank-deputy_director = заместитель директора
rank-head = руководитель
rank-ambassador = посол
rank-charge_d_affaires = временный поверенный в делах
rank-consul_general = генеральный консул
rank-consul = консул
rank-honorary_consul = почетный консул
rank-counsellor = советник
rank-first_secretary = первый секретарь
rank-spokesperson = официальный представитель
rank-secretary_general = Генеральный секретарь
rank-deputy_secretary_general = заместитель Генерального секретаря
rank-chair = председатель
rank-deputy_chair = заместитель председателя
rank-speaker = председатель
rank-member = { $of_code ->
    [parliament] депутат
   *[other] член
}
rank-senator = сенатор
rank-adviser = советник
rank-representative = представитель
rank-special_representative = специальный представитель
rank-dean = декан
rank-rector = ректор
rank-curator = куратор
rank-governor = губернатор
rank-mayor = мэр
