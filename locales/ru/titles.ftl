## Официальные титулы стран, которые называют должность по-своему (см. en/titles.ftl). В
## именительном падеже: остальные падежи — по правилам.

title-US-president = Президент США
title-US-minister-foreign_ministry = государственный секретарь США
title-US-first_deputy_minister-foreign_ministry = заместитель государственного секретаря США
title-US-deputy_minister-foreign_ministry = заместитель государственного секретаря США
title-US-spokesperson-foreign_ministry = официальный представитель Государственного департамента США
title-US-ambassador = посол США
title-US-consul_general = генеральный консул США
title-GB-minister-foreign_ministry = министр иностранных дел Великобритании
title-GB-spokesperson-foreign_ministry = официальный представитель МИД Великобритании
title-MX-minister-foreign_ministry = министр иностранных дел Мексики
title-MX-deputy_minister-foreign_ministry = заместитель министра иностранных дел Мексики
title-ES-deputy_minister-foreign_ministry = государственный секретарь по иностранным делам Испании
title-CL-deputy_minister-foreign_ministry = заместитель министра иностранных дел Чили
title-UY-deputy_minister-foreign_ministry = заместитель министра иностранных дел Уругвая
title-CL-first_deputy_minister-foreign_ministry = первый заместитель министра иностранных дел Чили
title-AR-first_deputy_minister-foreign_ministry = первый заместитель министра иностранных дел Аргентины
