### Страницы для подписчиков (`communique serve`) и письмо с подтверждением подписки.
### Каждое сообщение должно быть во всех языках с теми же переменными.
### Переменные: $email (адрес подписчика), $list (название рассылки), $hours (число).

# Название языка на нем самом, как его ищет человек при выборе.
web-language-name = Русский
web-page-language = Язык страницы

## Страницы для неработающих ссылок и сбоев

web-not-found-title = Ссылка не работает
web-not-found-text = Ссылка неполная, устарела или не существует. Ничего не изменено. Если вы скопировали ее из письма, проверьте, что она скопирована полностью.
web-bad-request-title = Не удалось обработать запрос
web-bad-request-text = Ничего не изменено. Вернитесь на предыдущую страницу и попробуйте еще раз.
web-too-many-title = Слишком много запросов
web-too-many-text = Подождите несколько минут и попробуйте снова.
web-error-title = Произошла ошибка
web-error-text = Ничего не изменено. Попробуйте еще раз позже.

## Отписка

web-unsubscribe-title = Отписка от рассылки
web-unsubscribe-question = Больше не присылать рассылку «{ $list }» на адрес { $email }?
web-unsubscribe-button = Отписаться
web-unsubscribe-not-subscribed = Адрес { $email } не подписан на рассылку «{ $list }».
# Ссылка на страницу настроек.
web-preferences-link = Настроить подписку
web-unsubscribed-title = Вы отписались
web-unsubscribed-text = Рассылка «{ $list }» больше не будет приходить на адрес { $email }.
web-unsubscribed-mistake = Отписались по ошибке?

## Настройки

web-preferences-title = Настройки подписки
web-preferences-intro = Настройки для адреса { $email }.
web-preferences-language = Язык пресс-релизов
web-preferences-lists = Рассылки
web-preferences-hint = Снимите отметку с рассылки, чтобы больше ее не получать.
web-preferences-nothing = Сейчас вы не получаете от нас никаких рассылок.
web-preferences-save = Сохранить настройки
web-preferences-saved = Настройки сохранены.

## Подписка

web-subscribe-title = Подписка на рассылку «{ $list }»
web-subscribe-intro = Получайте наши пресс-релизы по электронной почте на удобном вам языке.
web-subscribe-email = Адрес электронной почты
web-subscribe-name = Имя (необязательно)
web-subscribe-language = Язык пресс-релизов
web-subscribe-button = Подписаться
# Подпись поля, скрытого от людей: его заполняют только роботы.
web-subscribe-honeypot = Оставьте это поле пустым
web-subscribe-privacy = Мы пришлем вам письмо для подтверждения адреса. Адрес будет использоваться только для рассылки пресс-релизов; в каждом письме есть ссылка для отписки.
web-subscribe-bad-email = Введите действующий адрес электронной почты, например name@example.org.
web-subscribe-bad-name = Имя должно умещаться в одну строку и быть не длиннее 100 символов.
web-subscribe-sent-title = Проверьте почту
web-subscribe-sent-text = Если адрес { $email } может получать почту, на него уже отправлено письмо со ссылкой для подтверждения. Перейдите по ссылке, чтобы начать получать рассылку «{ $list }».
web-subscribe-spam = Если письмо не пришло, проверьте папку «Спам».
web-link-valid = Ссылка действительна { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
}.

## Подтверждение

web-confirm-title = Подтверждение подписки
web-confirm-question = Присылать рассылку «{ $list }» на адрес { $email }?
web-confirm-button = Подтвердить подписку
web-confirmed-title = Подписка подтверждена
web-confirmed-text = Рассылка «{ $list }» будет приходить на адрес { $email }. В каждом письме есть ссылка для отписки.

## Письмо с подтверждением

web-confirm-mail-subject = Подтвердите подписку на рассылку «{ $list }»
web-confirm-mail-greeting = Здравствуйте!
web-confirm-mail-text = Кто-то (скорее всего, вы) попросил присылать рассылку «{ $list }» на адрес { $email }. Чтобы подтвердить подписку, перейдите по ссылке:
web-confirm-mail-ignore = Если вы не подписывались, просто не обращайте внимания на это письмо: без подтверждения мы ничего не будем вам присылать.
