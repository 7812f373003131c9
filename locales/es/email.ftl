### Las palabras propias del correo en torno al comunicado.

# $list: el nombre de la lista de distribución
email-why = Recibe este comunicado porque se suscribió a «{ $list }».
email-unsubscribe = Darse de baja
email-view-online = Ver en el navegador
