//! The language of a page nobody's token decides: `?lang=` (the language links), else the
//! browser's Accept-Language, else English.

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use communique_model::Lang;

/// The page language of a request, as an extractor.
pub struct PageLang(pub Lang);

#[derive(serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<PageLang, Self::Rejection> {
        // A query that is not ours (or not valid) is simply not a language choice.
        let query = Query::<LangQuery>::try_from_uri(&parts.uri)
            .ok()
            .and_then(|q| q.0.lang);
        Ok(PageLang(page_lang(query.as_deref(), &parts.headers)))
    }
}

/// The page language for a request.
pub fn page_lang(query: Option<&str>, headers: &HeaderMap) -> Lang {
    if let Some(lang) = query.and_then(|q| q.parse().ok()) {
        return lang;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(accepted)
        .unwrap_or(Lang::En)
}

/// The most wanted of our languages in an Accept-Language value (`ru-KZ,ru;q=0.9,en;q=0.8`).
fn accepted(value: &str) -> Option<Lang> {
    let mut wanted: Vec<(f32, usize, Lang)> = value
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let primary = tag.split('-').next()?.to_ascii_lowercase();
            let lang: Lang = primary.parse().ok()?;
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0).then_some((q, i, lang))
        })
        .collect();
    // Highest weight first; among equals, the order the browser gave.
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.first().map(|w| w.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_wins_then_the_browser_then_english() {
        let mut h = HeaderMap::new();
        assert_eq!(page_lang(None, &h), Lang::En);
        h.insert(
            header::ACCEPT_LANGUAGE,
            "de-DE,ru;q=0.8,kk-KZ;q=0.9".parse().unwrap(),
        );
        assert_eq!(page_lang(None, &h), Lang::Kk);
        assert_eq!(page_lang(Some("es"), &h), Lang::Es);
        assert_eq!(page_lang(Some("xx"), &h), Lang::Kk);
        h.insert(header::ACCEPT_LANGUAGE, "es;q=0, fr".parse().unwrap());
        assert_eq!(page_lang(None, &h), Lang::En);
        h.insert(header::ACCEPT_LANGUAGE, "ru-RU, en".parse().unwrap());
        assert_eq!(page_lang(None, &h), Lang::Ru);
    }
}
