### The subscriber web pages (`communique serve`) and the subscription confirmation email.
### Every message here must exist in each language with exactly the same variables.
### Variables: $email (the subscriber's address), $list (the list's title), $hours (a number).

# This language's own name, as a person choosing it looks for it.
web-language-name = English
web-page-language = Page language

## Pages for links that do not work, and for failures

web-not-found-title = This link does not work
web-not-found-text = The link is incomplete, has expired or does not exist. Nothing has been changed. If you copied it from an email, check that you copied all of it.
web-bad-request-title = The request could not be processed
web-bad-request-text = Nothing has been changed. Go back to the previous page and try again.
web-too-many-title = Too many requests
web-too-many-text = Please wait a few minutes and try again.
web-error-title = Something went wrong
web-error-text = Nothing has been changed. Please try again later.

## Unsubscribe

web-unsubscribe-title = Unsubscribe
web-unsubscribe-question = Stop sending “{ $list }” to { $email }?
web-unsubscribe-button = Unsubscribe
web-unsubscribe-not-subscribed = { $email } is not subscribed to “{ $list }”.
# A link to the preferences page.
web-preferences-link = Manage your subscription
web-unsubscribed-title = You have unsubscribed
web-unsubscribed-text = “{ $list }” will no longer be sent to { $email }.
web-unsubscribed-mistake = Unsubscribed by mistake?

## Preferences

web-preferences-title = Subscription preferences
web-preferences-intro = Settings for { $email }.
web-preferences-language = Language of the press releases
web-preferences-lists = Lists
web-preferences-hint = Untick a list to stop receiving it.
web-preferences-nothing = You currently receive nothing from us.
web-preferences-save = Save preferences
web-preferences-saved = Your preferences have been saved.

## Subscribing

web-subscribe-title = Subscribe to “{ $list }”
web-subscribe-intro = Receive our press releases by email, in the language you prefer.
web-subscribe-email = Email address
web-subscribe-name = Name (optional)
web-subscribe-language = Language of the press releases
web-subscribe-button = Subscribe
# The label of a field hidden from people; only robots fill it in.
web-subscribe-honeypot = Leave this field empty
web-subscribe-privacy = We will send you an email to confirm the address. We use it only to send you press releases, and every message has a link to unsubscribe.
web-subscribe-bad-email = Enter a valid email address, such as name@example.org.
web-subscribe-unusable-email = Mail cannot be sent to an address written this way (with spaces inside quotes, or with an IP address in brackets). Enter the address as your mail provider gave it to you, such as name@example.org.
web-subscribe-bad-name = The name must be one line of at most 100 characters.
web-subscribe-sent-title = Check your inbox
web-subscribe-sent-text = If { $email } can receive mail, a message with a confirmation link is on its way. Open the link to start receiving “{ $list }”.
web-subscribe-spam = If the message does not arrive, check your spam folder.
web-link-valid = The link is valid for { $hours ->
    [one] one hour
   *[other] { $hours } hours
}.

## Confirming

web-confirm-title = Confirm your subscription
web-confirm-question = Send “{ $list }” to { $email }?
web-confirm-button = Confirm subscription
web-confirmed-title = Subscription confirmed
web-confirmed-text = “{ $list }” will be sent to { $email }. Every message has a link to unsubscribe.

## The confirmation email

web-confirm-mail-subject = Confirm your subscription to “{ $list }”
web-confirm-mail-greeting = Hello,
web-confirm-mail-text = Someone, probably you, asked for “{ $list }” to be sent to { $email }. To confirm, open this link:
web-confirm-mail-ignore = If it was not you, simply ignore this message: nothing will be sent to you without confirmation.
