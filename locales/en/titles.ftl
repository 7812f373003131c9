## Official titles of countries that name an office their own way, as the press writes them
## before a name: `title-COUNTRY-RANK` for a state's rank, `title-COUNTRY-RANK-BODY` for a rank
## in a body. A title here wins over the general wording (`office`, `position-…`) for people of
## that country; every title must exist in every language (`communique check` lists the missing).
## $gender: m/f.

title-US-president = U.S. President
title-US-minister-foreign_ministry = U.S. Secretary of State
title-US-first_deputy_minister-foreign_ministry = U.S. Deputy Secretary of State
title-US-deputy_minister-foreign_ministry = U.S. Deputy Secretary of State
title-US-spokesperson-foreign_ministry = State Department spokesperson
title-US-ambassador = U.S. Ambassador
title-US-consul_general = U.S. Consul General
title-GB-minister-foreign_ministry = British Foreign Secretary
title-GB-spokesperson-foreign_ministry = Foreign Office spokesperson
title-MX-minister-foreign_ministry = Mexican Foreign Secretary
title-MX-deputy_minister-foreign_ministry = Mexican Undersecretary of Foreign Affairs
title-ES-deputy_minister-foreign_ministry = Spanish Secretary of State for Foreign Affairs
title-CL-deputy_minister-foreign_ministry = Chilean Undersecretary of Foreign Affairs
title-UY-deputy_minister-foreign_ministry = Uruguayan Undersecretary of Foreign Affairs
title-CL-first_deputy_minister-foreign_ministry = Chilean Undersecretary of Foreign Affairs
title-AR-first_deputy_minister-foreign_ministry = Argentine Secretary of Foreign Affairs
