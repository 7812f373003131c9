### Simplified notice for the seed event, in es (bench/naive_send.py).
### Made from what `communique preview` writes; the real locales are in locales/es/.

headline = Se celebra en Ciudad de México la tercera ronda de consultas políticas entre Kazajistán y México
dateline = 10 de diciembre de 2022, { $time } ({ $offset })
lead-in = { $city }. { $agency } –
lead = La tercera ronda de consultas políticas entre las cancillerías de Kazajistán y México se celebró en Ciudad de México, según informó a Kazinform el Ministerio de Asuntos Exteriores de Kazajistán a través de su servicio de prensa.
body-1 = La delegación kazaja estuvo encabezada por Nurgali Arystanov, director del Departamento de las Américas del Ministerio de Asuntos Exteriores. Por la parte mexicana, el encuentro fue copresidido por Amparo Anguiano Rodríguez, directora general para Asia Central de la Secretaría de Relaciones Exteriores.
body-2 = En nombre de Andrés Manuel López Obrador, presidente de México, la parte mexicana felicitó a Kassym-Jomart Tokáyev, presidente de Kazajistán, por su reelección en los recientes comicios presidenciales. Además, Amparo Anguiano Rodríguez valoró positivamente las reformas políticas y económicas que se llevan a cabo en Kazajistán.
body-3 = Durante las consultas, las partes abordaron una amplia gama de cuestiones relacionadas con la cooperación bilateral y la interacción en el seno de las organizaciones internacionales. Constataron con satisfacción la intensificación de los lazos entre ambos países, especialmente en materia de cultura, educación e investigación conjunta sobre política exterior. Las partes intercambiaron también opiniones sobre los principales temas de la agenda internacional.
body-4 = Al término de las consultas, las partes coincidieron en la importancia de mantener un diálogo regular en el marco del mecanismo de consultas políticas. Las partes acordaron asimismo celebrar la próxima ronda en Astaná en 2023.
body-5 = La delegación kazaja se reunió también con legisladores integrantes del Grupo de Amistad México – Kazajistán.
body-6 = En una reunión con un representante de la Bolsa Institucional de Valores (BIVA), se analizaron las oportunidades de cooperación económica y empresarial.
body-7 = El programa incluyó, además, la inauguración de la exposición fotográfica «Kazajistán: donde Europa se encuentra con Asia». A la ceremonia de inauguración asistieron representantes de la Secretaría de Relaciones Exteriores, la Secretaría de Cultura, el Gobierno de la Ciudad de México y legisladores. La exposición, instalada al aire libre, en pleno centro de la capital mexicana, podrá visitarse hasta finales de enero de 2023.
credit = Foto: gov.kz

email-why = Recibe este mensaje porque se suscribió a «{ $list }».
email-unsubscribe = Darse de baja
email-view-online = Ver en el navegador
