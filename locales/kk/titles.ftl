## Өз атауы бар лауазымдар (en/titles.ftl қараңыз), атау септікте.

title-US-president = АҚШ Президенті
title-US-minister-foreign_ministry = АҚШ Мемлекеттік хатшысы
title-US-first_deputy_minister-foreign_ministry = АҚШ Мемлекеттік хатшысының орынбасары
title-US-deputy_minister-foreign_ministry = АҚШ Мемлекеттік хатшысының орынбасары
title-US-spokesperson-foreign_ministry = АҚШ Мемлекеттік департаментінің ресми өкілі
title-US-ambassador = АҚШ елшісі
title-US-consul_general = АҚШ-тың бас консулы
title-GB-minister-foreign_ministry = Ұлыбритания Сыртқы істер министрі
title-GB-spokesperson-foreign_ministry = Ұлыбритания Сыртқы істер министрлігінің ресми өкілі
title-MX-minister-foreign_ministry = Мексика Сыртқы істер министрі
title-MX-deputy_minister-foreign_ministry = Мексика Сыртқы істер министрінің орынбасары
title-ES-deputy_minister-foreign_ministry = Испанияның сыртқы істер жөніндегі мемлекеттік хатшысы
title-CL-deputy_minister-foreign_ministry = Чили Сыртқы істер министрінің орынбасары
title-UY-deputy_minister-foreign_ministry = Уругвай Сыртқы істер министрінің орынбасары
title-CL-first_deputy_minister-foreign_ministry = Чили Сыртқы істер министрінің бірінші орынбасары
title-AR-first_deputy_minister-foreign_ministry = Аргентина Сыртқы істер министрінің бірінші орынбасары
