### Las páginas para los suscriptores (`communique serve`) y el correo de confirmación.
### Cada mensaje debe existir en todos los idiomas con las mismas variables.
### Variables: $email (la dirección del suscriptor), $list (el título de la lista), $hours (un número).

# El nombre de este idioma en el propio idioma, tal como lo busca quien lo elige.
web-language-name = Español
web-page-language = Idioma de la página

## Páginas para enlaces que no funcionan y para fallos

web-not-found-title = Este enlace no funciona
web-not-found-text = El enlace está incompleto, ha caducado o no existe. No se ha modificado nada. Si lo copió de un correo electrónico, compruebe que lo copió entero.
web-bad-request-title = No se pudo procesar la solicitud
web-bad-request-text = No se ha modificado nada. Vuelva a la página anterior e inténtelo de nuevo.
web-too-many-title = Demasiadas solicitudes
web-too-many-text = Espere unos minutos y vuelva a intentarlo.
web-error-title = Se ha producido un error
web-error-text = No se ha modificado nada. Inténtelo de nuevo más tarde.

## Baja

web-unsubscribe-title = Darse de baja
web-unsubscribe-question = ¿Dejar de enviar «{ $list }» a { $email }?
web-unsubscribe-button = Darse de baja
web-unsubscribe-not-subscribed = La dirección { $email } no está suscrita a «{ $list }».
# Un enlace a la página de preferencias.
web-preferences-link = Gestionar la suscripción
web-unsubscribed-title = Se ha dado de baja
web-unsubscribed-text = La dirección { $email } ya no recibirá «{ $list }».
web-unsubscribed-mistake = ¿Se dio de baja por error?

## Preferencias

web-preferences-title = Preferencias de suscripción
web-preferences-intro = Preferencias de la dirección { $email }.
web-preferences-language = Idioma de los comunicados
web-preferences-lists = Listas de distribución
web-preferences-hint = Desmarque una lista para dejar de recibirla.
web-preferences-nothing = En este momento no recibe ningún envío nuestro.
web-preferences-save = Guardar las preferencias
web-preferences-saved = Sus preferencias se han guardado.

## Suscripción

web-subscribe-title = Suscribirse a «{ $list }»
web-subscribe-intro = Reciba nuestros comunicados de prensa por correo electrónico, en el idioma que prefiera.
web-subscribe-email = Dirección de correo electrónico
web-subscribe-name = Nombre (opcional)
web-subscribe-language = Idioma de los comunicados
web-subscribe-button = Suscribirse
# La etiqueta de un campo oculto a las personas: solo lo rellenan los robots.
web-subscribe-honeypot = Deje este campo vacío
web-subscribe-privacy = Le enviaremos un mensaje para confirmar la dirección. Solo la usaremos para enviarle comunicados de prensa, y cada mensaje incluye un enlace para darse de baja.
web-subscribe-bad-email = Escriba una dirección de correo electrónico válida, por ejemplo, nombre@example.org.
web-subscribe-unusable-email = No se puede enviar correo a una dirección escrita así (con espacios entre comillas o con una dirección IP entre corchetes). Escriba la dirección tal como se la dio su proveedor de correo, por ejemplo, nombre@example.org.
web-subscribe-bad-name = El nombre debe caber en una sola línea de 100 caracteres como máximo.
web-subscribe-sent-title = Revise su correo
web-subscribe-sent-text = Si la dirección { $email } puede recibir correo, le hemos enviado un mensaje con un enlace de confirmación. Abra el enlace para empezar a recibir «{ $list }».
web-subscribe-spam = Si el mensaje no llega, revise la carpeta de correo no deseado.
web-link-valid = El enlace es válido durante { $hours ->
    [one] una hora
   *[other] { $hours } horas
}.

## Confirmación

web-confirm-title = Confirme su suscripción
web-confirm-question = ¿Enviar «{ $list }» a { $email }?
web-confirm-button = Confirmar la suscripción
web-confirmed-title = Suscripción confirmada
web-confirmed-text = La dirección { $email } recibirá «{ $list }». Cada mensaje incluye un enlace para darse de baja.

## El correo de confirmación

web-confirm-mail-subject = Confirme su suscripción a «{ $list }»
web-confirm-mail-greeting = Hola:
web-confirm-mail-text = Alguien, probablemente usted, ha solicitado recibir «{ $list }» en la dirección { $email }. Para confirmarlo, abra este enlace:
web-confirm-mail-ignore = Si no ha sido usted, ignore este mensaje: sin confirmación no le enviaremos nada.
