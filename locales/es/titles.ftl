## Títulos oficiales de los países que nombran el cargo a su manera (véase en/titles.ftl), en
## aposición tras el nombre, concordados con $gender.

title-US-president = { $gender ->
    [f] presidenta de Estados Unidos
   *[m] presidente de Estados Unidos
}
title-US-minister-foreign_ministry = { $gender ->
    [f] secretaria de Estado de Estados Unidos
   *[m] secretario de Estado de Estados Unidos
}
title-US-first_deputy_minister-foreign_ministry = { $gender ->
    [f] subsecretaria de Estado de Estados Unidos
   *[m] subsecretario de Estado de Estados Unidos
}
title-US-deputy_minister-foreign_ministry = { $gender ->
    [f] subsecretaria de Estado de Estados Unidos
   *[m] subsecretario de Estado de Estados Unidos
}
title-US-spokesperson-foreign_ministry = portavoz del Departamento de Estado de Estados Unidos
title-US-ambassador = { $gender ->
    [f] embajadora estadounidense
   *[m] embajador estadounidense
}
title-US-consul_general = cónsul general de Estados Unidos
title-GB-minister-foreign_ministry = { $gender ->
    [f] ministra británica de Asuntos Exteriores
   *[m] ministro británico de Asuntos Exteriores
}
title-GB-spokesperson-foreign_ministry = portavoz del Ministerio británico de Asuntos Exteriores
title-MX-minister-foreign_ministry = { $gender ->
    [f] secretaria mexicana de Relaciones Exteriores
   *[m] secretario mexicano de Relaciones Exteriores
}
title-MX-deputy_minister-foreign_ministry = { $gender ->
    [f] subsecretaria mexicana de Relaciones Exteriores
   *[m] subsecretario mexicano de Relaciones Exteriores
}
title-ES-deputy_minister-foreign_ministry = { $gender ->
    [f] secretaria de Estado de Asuntos Exteriores de España
   *[m] secretario de Estado de Asuntos Exteriores de España
}
title-CL-deputy_minister-foreign_ministry = { $gender ->
    [f] subsecretaria chilena de Relaciones Exteriores
   *[m] subsecretario chileno de Relaciones Exteriores
}
title-UY-deputy_minister-foreign_ministry = { $gender ->
    [f] subsecretaria uruguaya de Relaciones Exteriores
   *[m] subsecretario uruguayo de Relaciones Exteriores
}
# En Chile la subsecretaría es el primer rango tras el canciller; en Argentina, la Secretaría de
# Relaciones Exteriores (el vicecanciller).
title-CL-first_deputy_minister-foreign_ministry = { $gender ->
    [f] subsecretaria chilena de Relaciones Exteriores
   *[m] subsecretario chileno de Relaciones Exteriores
}
title-AR-first_deputy_minister-foreign_ministry = { $gender ->
    [f] secretaria de Relaciones Exteriores de Argentina
   *[m] secretario de Relaciones Exteriores de Argentina
}
