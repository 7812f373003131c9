### The email's own words around the notice.

# $list: the mailing list's name
email-why = You are receiving this press release because you subscribed to “{ $list }”.
email-unsubscribe = Unsubscribe
email-view-online = View in your browser
