### Codes of the event format, in Kazakh.
### Arguments: $country (ISO code), $gender (m|f; Kazakh has no grammatical gender), $case, $title.
### Every phrase a sentence may decline is written out in all seven cases (nom gen dat acc loc abl
### ins) for $case; only the head noun declines, the country before it stays in the nominative
### (izafet: «Мексика Сыртқы істер министрлігінің»).

## Topics. Each has one attribute per construction a notice uses:
##   .discussed    before «… мәселелерінің кең ауқымын талқылады» (nominative, as a modifier)
##   .field        before «… саласында» («әсіресе мәдениет, білім беру … саласында»)
##   .views        before «… бойынша пікір алмасты»
##   .cooperation  before «… саласындағы ынтымақтастық мүмкіндіктерін» (a field, as a noun)
## No attribute contains «және»: the list joins items with it. A list mixes topics, so each
## attribute is a field of the same shape («энергетика және ауыл шаруашылығы бойынша», not
## «энергетикалық ынтымақтастық және ауыл шаруашылығы»), and no field repeats the head noun of
## its construction («парламентаралық байланыстар саласындағы ынтымақтастық» read twice:
## .cooperation is «заң шығару қызметі», the field of inter-parliamentary work).

topic-bilateral_cooperation = екіжақты ынтымақтастық
    .discussed = екіжақты ынтымақтастық
    .field = екіжақты ынтымақтастық
    .views = екіжақты ынтымақтастықты дамыту
    .cooperation = екіжақты қатынастар
topic-political_dialogue = саяси диалог
    .discussed = саяси диалог
    .field = саяси диалог
    .views = саяси диалог
    .cooperation = саясат
topic-trade = сауда
    .discussed = сауда
    .field = сауда
    .views = сауда
    .cooperation = сауда
topic-investment = инвестиция
    .discussed = инвестиция
    .field = инвестиция
    .views = инвестиция
    .cooperation = инвестиция
topic-economy = экономикалық ынтымақтастық
    .discussed = экономика
    .field = экономика
    .views = экономикалық ынтымақтастық
    .cooperation = экономика
topic-business = іскерлік байланыстар
    .discussed = іскерлік байланыстар
    .field = бизнес
    .views = іскерлік байланыстар
    .cooperation = бизнес
topic-culture = мәдениет
    .discussed = мәдениет
    .field = мәдениет
    .views = мәдени алмасу
    .cooperation = мәдениет
topic-education = білім беру
    .discussed = білім беру
    .field = білім беру
    .views = білім беру
    .cooperation = білім беру
topic-science = ғылым
    .discussed = ғылым
    .field = ғылым
    .views = ғылым
    .cooperation = ғылым
topic-tourism = туризм
    .discussed = туризм
    .field = туризм
    .views = туризм
    .cooperation = туризм
topic-energy = энергетика
    .discussed = энергетика
    .field = энергетика
    .views = энергетика
    .cooperation = энергетика
topic-transport_logistics = көлік-логистика
    .discussed = көлік-логистика
    .field = көлік-логистика
    .views = көлік-логистика
    .cooperation = көлік-логистика
topic-agriculture = ауыл шаруашылығы
    .discussed = ауыл шаруашылығы
    .field = ауыл шаруашылығы
    .views = ауыл шаруашылығы
    .cooperation = ауыл шаруашылығы
topic-digital = цифрлық технологиялар
    .discussed = цифрлық технологиялар
    .field = цифрлық технологиялар
    .views = цифрлық технологиялар
    .cooperation = цифрлық технологиялар
topic-health = денсаулық сақтау
    .discussed = денсаулық сақтау
    .field = денсаулық сақтау
    .views = денсаулық сақтау
    .cooperation = денсаулық сақтау
topic-environment = қоршаған орта мен климат
    .discussed = қоршаған ортаны қорғау мен климат
    .field = қоршаған ортаны қорғау
    .views = қоршаған орта мен климаттың өзгеруі
    .cooperation = қоршаған ортаны қорғау
topic-security = қауіпсіздік
    .discussed = қауіпсіздік
    .field = қауіпсіздік
    .views = өңірлік әрі халықаралық қауіпсіздік
    .cooperation = қауіпсіздік
topic-international_organizations = халықаралық ұйымдар аясындағы өзара іс-қимыл
    .discussed = халықаралық ұйымдар аясындағы өзара іс-қимыл
    .field = көпжақты дипломатия
    .views = халықаралық ұйымдар аясындағы ынтымақтастық
    .cooperation = көпжақты дипломатия
topic-regional_affairs = өңірлік мәселелер
    .discussed = өңірлік күн тәртібі
    .field = өңірлік ынтымақтастық
    .views = өңірдегі ахуал
    .cooperation = өңірлік қатынастар
topic-global_affairs = жаһандық мәселелер
    .discussed = жаһандық күн тәртібі
    .field = жаһандық мәселелер
    .views = жаһандық күн тәртібінің өзекті мәселелері
    .cooperation = халықаралық қатынастар
topic-foreign_policy_research = бірлескен сыртқы саяси зерттеулер
    .discussed = бірлескен сыртқы саяси зерттеулер
    .field = бірлескен сыртқы саяси зерттеулер
    .views = бірлескен сыртқы саяси зерттеулер
    .cooperation = ғылыми зерттеулер
topic-consular_visa = консулдық-визалық мәселелер
    .discussed = консулдық-визалық ынтымақтастық
    .field = консулдық-визалық ынтымақтастық
    .views = консулдық-визалық мәселелер
    .cooperation = консулдық қызмет
topic-parliamentary_cooperation = парламентаралық ынтымақтастық
    .discussed = парламентаралық ынтымақтастық
    .field = парламентаралық ынтымақтастық
    .views = парламентаралық ынтымақтастық
    .cooperation = парламентаралық байланыстар
topic-humanitarian = гуманитарлық ынтымақтастық
    .discussed = гуманитарлық ынтымақтастық
    .field = гуманитарлық ынтымақтастық
    .views = гуманитарлық ынтымақтастық
    .cooperation = гуманитарлық байланыстар

## Kazakhstan's own bodies and offices are written as Kazinform and the MFA write them: «ҚР».
official-country = { $country ->
    [KZ] ҚР
   *[other] { COUNTRY($country) }
}

## Bodies of a state: «Мексика Сыртқы істер министрлігі». The country is a nominative modifier;
## the head noun takes $case. Kazakhstan's own Government and Parliament are capitalised, others not.
## Kazakhstan's ministries and offices take «ҚР» («ҚР Сыртқы істер министрлігі»).

body-foreign_ministry = { official-country } { $case ->
        [gen] Сыртқы істер министрлігінің
        [dat] Сыртқы істер министрлігіне
        [acc] Сыртқы істер министрлігін
        [loc] Сыртқы істер министрлігінде
        [abl] Сыртқы істер министрлігінен
        [ins] Сыртқы істер министрлігімен
       *[nom] Сыртқы істер министрлігі
    }
    .domain = Сыртқы істер
body-government = { official-country } { $country ->
        [KZ] { $case ->
            [gen] Үкіметінің
            [dat] Үкіметіне
            [acc] Үкіметін
            [loc] Үкіметінде
            [abl] Үкіметінен
            [ins] Үкіметімен
           *[nom] Үкіметі
        }
       *[other] { $case ->
            [gen] үкіметінің
            [dat] үкіметіне
            [acc] үкіметін
            [loc] үкіметінде
            [abl] үкіметінен
            [ins] үкіметімен
           *[nom] үкіметі
        }
    }
body-parliament = { official-country } { $country ->
        [KZ] { $case ->
            [gen] Парламентінің
            [dat] Парламентіне
            [acc] Парламентін
            [loc] Парламентінде
            [abl] Парламентінен
            [ins] Парламентімен
           *[nom] Парламенті
        }
       *[other] { $case ->
            [gen] парламентінің
            [dat] парламентіне
            [acc] парламентін
            [loc] парламентінде
            [abl] парламентінен
            [ins] парламентімен
           *[nom] парламенті
        }
    }
# Қазақстан Президентінің Әкімшілігін баспасөз Ақорда деп атайды («Ақорданың баспасөз қызметі»).
body-presidential_office = { $country ->
    [KZ] { $case ->
        [gen] Ақорданың
        [dat] Ақордаға
        [acc] Ақорданы
        [loc] Ақордада
        [abl] Ақордадан
        [ins] Ақордамен
       *[nom] Ақорда
    }
   *[other] { official-country } { $case ->
        [gen] Президентінің Әкімшілігінің
        [dat] Президентінің Әкімшілігіне
        [acc] Президентінің Әкімшілігін
        [loc] Президентінің Әкімшілігінде
        [abl] Президентінің Әкімшілігінен
        [ins] Президентінің Әкімшілігімен
       *[nom] Президентінің Әкімшілігі
    }
}
body-embassy = { COUNTRY($country) } { $case ->
        [gen] елшілігінің
        [dat] елшілігіне
        [acc] елшілігін
        [loc] елшілігінде
        [abl] елшілігінен
        [ins] елшілігімен
       *[nom] елшілігі
    }
body-trade_ministry = { official-country } { $case ->
        [gen] Сауда министрлігінің
        [dat] Сауда министрлігіне
        [acc] Сауда министрлігін
        [loc] Сауда министрлігінде
        [abl] Сауда министрлігінен
        [ins] Сауда министрлігімен
       *[nom] Сауда министрлігі
    }
    .domain = Сауда
body-culture_ministry = { official-country } { $case ->
        [gen] Мәдениет министрлігінің
        [dat] Мәдениет министрлігіне
        [acc] Мәдениет министрлігін
        [loc] Мәдениет министрлігінде
        [abl] Мәдениет министрлігінен
        [ins] Мәдениет министрлігімен
       *[nom] Мәдениет министрлігі
    }
    .domain = Мәдениет
body-chamber_of_commerce = { COUNTRY($country) } { $case ->
        [gen] Сауда палатасының
        [dat] Сауда палатасына
        [acc] Сауда палатасын
        [loc] Сауда палатасында
        [abl] Сауда палатасынан
        [ins] Сауда палатасымен
       *[nom] Сауда палатасы
    }

## Offices, placed before the name: «Аргентина елшісі Мартин Лескано».
## In Kazakh an office standing before a name does not decline: the name alone takes the case
## («Мексика Президенті Андрес Мануэль Лопес Обрадордың атынан», «Аргентина елшісі Мартин
## Лесканомен»). These messages are only ever used that way (person-titled builds every case of
## "office + name" from them), so the office is the same for every $case, and $case is not read:
## a declined office would print «Аргентина елшісімен Мартин Лесканомен». Written-out offices in
## events follow the same rule (see person-titled in notice.ftl). Kazakh offices have no gender.

position-president = { COUNTRY($country) } Президенті
position-prime_minister = { official-country } { $country ->
        [KZ] Премьер-Министрі
       *[other] Премьер-министрі
    }
position-foreign_minister = { official-country } Сыртқы істер министрі
position-first_deputy_foreign_minister = { official-country } Сыртқы істер министрінің бірінші орынбасары
position-deputy_foreign_minister = { official-country } Сыртқы істер министрінің орынбасары
position-ambassador = { COUNTRY($country) } елшісі
position-consul_general = { COUNTRY($country, form: "gen") } бас консулы
position-honorary_consul = { COUNTRY($country, form: "gen") } құрметті консулы
position-spokesperson = { official-country } Сыртқы істер министрлігінің ресми өкілі
position-speaker_of_parliament = { official-country } { $country ->
        [KZ] Парламентінің спикері
       *[other] парламентінің спикері
    }
position-member_of_parliament = { official-country } { $country ->
        [KZ] Парламентінің депутаты
       *[other] парламентінің депутаты
    }

## Missions ($country: whose mission), «Қазақстанның құрметті консулдығы».

mission-embassy = { COUNTRY($country, form: "gen") } { $case ->
        [gen] елшілігінің
        [dat] елшілігіне
        [acc] елшілігін
        [loc] елшілігінде
        [abl] елшілігінен
        [ins] елшілігімен
       *[nom] елшілігі
    }
mission-consulate_general = { COUNTRY($country, form: "gen") } { $case ->
        [gen] бас консулдығының
        [dat] бас консулдығына
        [acc] бас консулдығын
        [loc] бас консулдығында
        [abl] бас консулдығынан
        [ins] бас консулдығымен
       *[nom] бас консулдығы
    }
mission-consulate = { COUNTRY($country, form: "gen") } { $case ->
        [gen] консулдығының
        [dat] консулдығына
        [acc] консулдығын
        [loc] консулдығында
        [abl] консулдығынан
        [ins] консулдығымен
       *[nom] консулдығы
    }
mission-honorary_consulate = { COUNTRY($country, form: "gen") } { $case ->
        [gen] құрметті консулдығының
        [dat] құрметті консулдығына
        [acc] құрметті консулдығын
        [loc] құрметті консулдығында
        [abl] құрметті консулдығынан
        [ins] құрметті консулдығымен
       *[nom] құрметті консулдығы
    }
mission-trade_mission = { COUNTRY($country, form: "gen") } { $case ->
        [gen] сауда өкілдігінің
        [dat] сауда өкілдігіне
        [acc] сауда өкілдігін
        [loc] сауда өкілдігінде
        [abl] сауда өкілдігінен
        [ins] сауда өкілдігімен
       *[nom] сауда өкілдігі
    }

## Documents ($title precedes the kind: «… туралы келісім»).

document-agreement = { $title } { $case ->
        [gen] келісімнің
        [dat] келісімге
        [acc] келісімді
        [loc] келісімде
        [abl] келісімнен
        [ins] келісіммен
       *[nom] келісім
    }
document-memorandum = { $title } { $case ->
        [gen] өзара түсіністік меморандумының
        [dat] өзара түсіністік меморандумына
        [acc] өзара түсіністік меморандумын
        [loc] өзара түсіністік меморандумында
        [abl] өзара түсіністік меморандумынан
        [ins] өзара түсіністік меморандумымен
       *[nom] өзара түсіністік меморандумы
    }
document-protocol = { $title } { $case ->
        [gen] хаттаманың
        [dat] хаттамаға
        [acc] хаттаманы
        [loc] хаттамада
        [abl] хаттамадан
        [ins] хаттамамен
       *[nom] хаттама
    }
document-joint_statement = { $title } { $case ->
        [gen] бірлескен мәлімдеменің
        [dat] бірлескен мәлімдемеге
        [acc] бірлескен мәлімдемені
        [loc] бірлескен мәлімдемеде
        [abl] бірлескен мәлімдемеден
        [ins] бірлескен мәлімдемемен
       *[nom] бірлескен мәлімдеме
    }
document-roadmap = { $title } { $case ->
        [gen] жол картасының
        [dat] жол картасына
        [acc] жол картасын
        [loc] жол картасында
        [abl] жол картасынан
        [ins] жол картасымен
       *[nom] жол картасы
    }

## Exhibitions (after ««…» атты»), forums (after «Қазақстан-Чили», hence the possessive
## ending: «Қазақстан-Чили бизнес-форумы»), visits, credits.

exhibition-photo = { $case ->
        [gen] фотокөрменің
        [dat] фотокөрмеге
        [acc] фотокөрмені
        [loc] фотокөрмеде
        [abl] фотокөрмеден
        [ins] фотокөрмемен
       *[nom] фотокөрме
    }
exhibition-art = { $case ->
        [gen] бейнелеу өнері көрмесінің
        [dat] бейнелеу өнері көрмесіне
        [acc] бейнелеу өнері көрмесін
        [loc] бейнелеу өнері көрмесінде
        [abl] бейнелеу өнері көрмесінен
        [ins] бейнелеу өнері көрмесімен
       *[nom] бейнелеу өнері көрмесі
    }
exhibition-book = { $case ->
        [gen] кітап көрмесінің
        [dat] кітап көрмесіне
        [acc] кітап көрмесін
        [loc] кітап көрмесінде
        [abl] кітап көрмесінен
        [ins] кітап көрмесімен
       *[nom] кітап көрмесі
    }
exhibition-crafts = { $case ->
        [gen] қолданбалы өнер көрмесінің
        [dat] қолданбалы өнер көрмесіне
        [acc] қолданбалы өнер көрмесін
        [loc] қолданбалы өнер көрмесінде
        [abl] қолданбалы өнер көрмесінен
        [ins] қолданбалы өнер көрмесімен
       *[nom] қолданбалы өнер көрмесі
    }
exhibition-ethnographic = { $case ->
        [gen] этнографиялық көрменің
        [dat] этнографиялық көрмеге
        [acc] этнографиялық көрмені
        [loc] этнографиялық көрмеде
        [abl] этнографиялық көрмеден
        [ins] этнографиялық көрмемен
       *[nom] этнографиялық көрме
    }
forum-business_forum = { $case ->
        [gen] бизнес-форумының
        [dat] бизнес-форумына
        [acc] бизнес-форумын
        [loc] бизнес-форумында
        [abl] бизнес-форумынан
        [ins] бизнес-форумымен
       *[nom] бизнес-форумы
    }
    .plain = { $case ->
        [gen] бизнес-форумның
        [dat] бизнес-форумға
        [acc] бизнес-форумды
        [loc] бизнес-форумда
        [abl] бизнес-форумнан
        [ins] бизнес-форуммен
       *[nom] бизнес-форум
    }
forum-round_table = { $case ->
        [gen] дөңгелек үстелінің
        [dat] дөңгелек үстеліне
        [acc] дөңгелек үстелін
        [loc] дөңгелек үстелінде
        [abl] дөңгелек үстелінен
        [ins] дөңгелек үстелімен
       *[nom] дөңгелек үстелі
    }
    .plain = { $case ->
        [gen] дөңгелек үстелдің
        [dat] дөңгелек үстелге
        [acc] дөңгелек үстелді
        [loc] дөңгелек үстелде
        [abl] дөңгелек үстелден
        [ins] дөңгелек үстелмен
       *[nom] дөңгелек үстел
    }
forum-business_council = { $case ->
        [gen] іскерлік кеңесінің отырысының
        [dat] іскерлік кеңесінің отырысына
        [acc] іскерлік кеңесінің отырысын
        [loc] іскерлік кеңесінің отырысында
        [abl] іскерлік кеңесінің отырысынан
        [ins] іскерлік кеңесінің отырысымен
       *[nom] іскерлік кеңесінің отырысы
    }
forum-investment_forum = { $case ->
        [gen] инвестициялық форумының
        [dat] инвестициялық форумына
        [acc] инвестициялық форумын
        [loc] инвестициялық форумында
        [abl] инвестициялық форумынан
        [ins] инвестициялық форумымен
       *[nom] инвестициялық форумы
    }
    .plain = { $case ->
        [gen] инвестициялық форумның
        [dat] инвестициялық форумға
        [acc] инвестициялық форумды
        [loc] инвестициялық форумда
        [abl] инвестициялық форумнан
        [ins] инвестициялық форуммен
       *[nom] инвестициялық форум
    }
visit-state = мемлекеттік сапар
visit-official = ресми сапар
visit-working = жұмыс сапары
credit-photo = Фото: { $source }
credit-video = Бейне: { $source }

## Counterparts of side meetings (used only for selection; the name is in the event).

counterpart-legislators = депутаттар
counterpart-business = іскер топ өкілдері
counterpart-experts = сарапшылар
counterpart-diaspora = отандастар
counterpart-officials = ресми тұлғалар
counterpart-media = бұқаралық ақпарат құралдары

## Кездесудегі әріптес кодпен берілгенде: парламенттік достық тобының мүшелері, екі ел топтың
## атауындағы ретімен (`$first`, `$second`); `.group` — топтың атауы барыс септікте.
counterpart-friendship_group = { $case ->
    [gen] { counterpart-friendship_group.group } мүше депутаттардың
    [dat] { counterpart-friendship_group.group } мүше депутаттарға
    [acc] { counterpart-friendship_group.group } мүше депутаттарды
    [loc] { counterpart-friendship_group.group } мүше депутаттарда
    [abl] { counterpart-friendship_group.group } мүше депутаттардан
    [ins] { counterpart-friendship_group.group } мүше депутаттармен
   *[nom] { counterpart-friendship_group.group } мүше депутаттар
}
    .group = «{ COUNTRY($first) } – { COUNTRY($second) }» парламенттік достық тобына

## Құттықтау себептері, «… { $about } құттықтады» сөйлемін толықтырады; `$gender` —
## құттықталушының жынысы (`m`, `f`), тұлға болмаса `other`; `.message` — жеделхатта: «… қайта
## сайлануына байланысты құттықтау жеделхатын жолдады».
congratulation-election = сайлануымен
    .message = сайлануына байланысты
congratulation-re_election = қайта сайлануымен
    .message = қайта сайлануына байланысты
congratulation-inauguration = қызметке кірісуімен
    .message = қызметке кірісуіне байланысты
congratulation-appointment = қызметке тағайындалуымен
    .message = қызметке тағайындалуына байланысты
congratulation-national_day = ұлттық мерекесімен
    .message = ұлттық мерекесіне орай
congratulation-independence_day = Тәуелсіздік күнімен
    .message = Тәуелсіздік күніне орай
congratulation-new_year = Жаңа жылмен
    .message = Жаңа жылға орай
congratulation-birthday = туған күнімен
    .message = туған күніне орай

## Қонақтар топтары, баспасөздегідей ($city — оқиға өткен қала, $host — ел).
guests-diplomatic_corps = дипломатиялық корпус өкілдері
guests-diaspora = қазақстандық диаспора өкілдері
guests-legislators = парламент депутаттары
guests-business = іскер топ өкілдері
guests-experts = сарапшылар мен ғалымдар
guests-media = БАҚ өкілдері
guests-students = студенттер
guests-public = жұртшылық өкілдері

## Мәлімдеменің адресаты тұтас тарап болғанда («Испания тарапына алғыс айтты»).
addressee-side = { COUNTRY($country) } { $case ->
    [gen] тарапының
    [dat] тарапына
    [acc] тарапын
    [loc] тарапында
    [abl] тарапынан
    [ins] тарапымен
   *[nom] тарапы
}

## Ақпарат агенттіктері, лид пен қолтаңбадағы атауы («ҚАЗАҚПАРАТ –», «Бейне: ҚазАқпарат»).

# `.lead`: лидтегі сілтемеде агенттіктің аталуы.
agency-kazinform = ҚазАқпарат
    .lead = ҚазАқпарат
agency-kaztag = ҚазТАГ
    .lead = ҚазТАГ
agency-interfax_kazakhstan = Интерфакс-Қазақстан
    .lead = Интерфакс-Қазақстан
agency-tass = ТАСС
    .lead = ТАСС агенттігі
agency-ria_novosti = РИА Новости
    .lead = РИА Новости
agency-interfax = Интерфакс
    .lead = Интерфакс
agency-efe = ЭФЕ
    .lead = ЭФЕ агенттігі
agency-xinhua = Синьхуа
    .lead = Синьхуа агенттігі
agency-reuters = Рейтер
    .lead = Рейтер агенттігі
agency-ap = Ассошиэйтед Пресс
    .lead = Ассошиэйтед Пресс агенттігі
agency-afp = Франс Пресс
    .lead = Франс Пресс агенттігі
agency-dpa = ДПА
    .lead = ДПА агенттігі
agency-anadolu = Анадолу
    .lead = Анадолу агенттігі
agency-yonhap = Ренхап
    .lead = Ренхап агенттігі
agency-kyodo = Киодо
    .lead = Киодо агенттігі
agency-trend = Тренд
    .lead = Тренд агенттігі

## Structured offices: the place first, then the rank in the possessive («Қазақстан елшісі»,
## «Сантьяго сауда палатасының төрағасы», «ҚР Сыртқы істер министрлігі Америка департаментінің
## директоры»); a rank alone is bare («директор»). $of_kind: ministry ($domain: the ministry's
## field), state, of, none.

office = { $of_kind ->
    [ministry] { official-country } { $rank }
    [state] { COUNTRY($country) } { $rank }
    [of] { $has_unit ->
        [yes] { CASE($of, case: "nom") } { CASE($unit, case: "gen") } { $rank }
       *[no] { CASE($of, case: "gen") } { $rank }
    }
   *[none] { $rank }
}

rank-president = { $of_kind ->
    [none] президент
   *[other] Президенті
}
rank-vice_president = { $of_kind ->
    [none] вице-президент
   *[other] вице-президенті
}
rank-prime_minister = { $of_kind ->
    [none] премьер-министр
   *[other] Премьер-министрі
}
rank-deputy_prime_minister = { $of_kind ->
    [none] премьер-министрдің орынбасары
   *[other] Премьер-министрінің орынбасары
}
rank-minister = { $of_kind ->
    [ministry] { $domain } министрі
    [none] министр
   *[other] министрі
}
rank-first_deputy_minister = { $of_kind ->
    [ministry] { $domain } министрінің бірінші орынбасары
    [none] министрдің бірінші орынбасары
   *[other] министрінің бірінші орынбасары
}
rank-deputy_minister = { $of_kind ->
    [ministry] { $domain } министрінің орынбасары
    [none] министрдің орынбасары
   *[other] министрінің орынбасары
}
rank-state_secretary = { $of_kind ->
    [none] мемлекеттік хатшы
   *[other] мемлекеттік хатшысы
}
rank-director_general = { $of_kind ->
    [none] бас директор
   *[other] бас директоры
}
rank-director = { $of_kind ->
    [none] директор
   *[other] директоры
}
rank-deputy_director = { $of_kind ->
    [none] директордың орынбасары
   *[other] директорының орынбасары
}
rank-head = { $of_kind ->
    [none] басшы
   *[other] басшысы
}
rank-ambassador = { $of_kind ->
    [none] елші
   *[other] елшісі
}
rank-charge_d_affaires = { $of_kind ->
    [none] уақытша сенім білдірілген өкіл
   *[other] уақытша сенім білдірілген өкілі
}
rank-consul_general = { $of_kind ->
    [none] бас консул
   *[other] бас консулы
}
rank-consul = { $of_kind ->
    [none] консул
   *[other] консулы
}
rank-honorary_consul = { $of_kind ->
    [none] құрметті консул
   *[other] құрметті консулы
}
rank-counsellor = { $of_kind ->
    [none] кеңесші
   *[other] кеңесшісі
}
rank-first_secretary = { $of_kind ->
    [none] бірінші хатшы
   *[other] бірінші хатшысы
}
rank-spokesperson = { $of_kind ->
    [none] ресми өкіл
   *[other] ресми өкілі
}
rank-secretary_general = { $of_kind ->
    [none] Бас хатшы
   *[other] Бас хатшысы
}
rank-deputy_secretary_general = { $of_kind ->
    [none] Бас хатшының орынбасары
   *[other] Бас хатшысының орынбасары
}
rank-chair = { $of_kind ->
    [none] төраға
   *[other] төрағасы
}
rank-deputy_chair = { $of_kind ->
    [none] төрағаның орынбасары
   *[other] төрағасының орынбасары
}
rank-speaker = { $of_kind ->
    [none] спикер
   *[other] спикері
}
rank-member = { $of_code ->
    [parliament] депутаты
   *[other] { $of_kind ->
        [none] мүше
       *[other] мүшесі
    }
}
rank-senator = { $of_kind ->
    [none] сенатор
   *[other] сенаторы
}
rank-adviser = { $of_kind ->
    [none] кеңесші
   *[other] кеңесшісі
}
rank-representative = { $of_kind ->
    [none] өкіл
   *[other] өкілі
}
rank-special_representative = { $of_kind ->
    [none] арнайы өкіл
   *[other] арнайы өкілі
}
rank-dean = { $of_kind ->
    [none] декан
   *[other] деканы
}
rank-rector = { $of_kind ->
    [none] ректор
   *[other] ректоры
}
rank-curator = { $of_kind ->
    [none] куратор
   *[other] кураторы
}
rank-governor = { $of_kind ->
    [none] губернатор
   *[other] губернаторы
}
rank-mayor = { $of_kind ->
    [none] мэр
   *[other] мэрі
}
