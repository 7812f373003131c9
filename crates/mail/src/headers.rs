//! Headers lettre does not define: Content-Language, List-Id, List-Unsubscribe(-Post).

use lettre::message::header::{Header, HeaderName, HeaderValue};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

macro_rules! text_header {
    ($(#[$m:meta])* $name:ident, $wire:literal) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub(crate) struct $name(pub String);

        impl Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($wire)
            }

            fn parse(s: &str) -> Result<Self, BoxError> {
                Ok($name(s.to_owned()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(
    /// RFC 3282 `Content-Language: kk`.
    ContentLanguage,
    "Content-Language"
);
text_header!(
    /// RFC 2919 `List-Id: Name <id>`.
    ListId,
    "List-Id"
);
text_header!(
    /// RFC 2369 `List-Unsubscribe: <https://…>, <mailto:…>`.
    ListUnsubscribe,
    "List-Unsubscribe"
);
text_header!(
    /// RFC 8058 `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
    ListUnsubscribePost,
    "List-Unsubscribe-Post"
);
