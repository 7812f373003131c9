# broken on purpose
broken-message = Текст { $x
