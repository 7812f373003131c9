//! The notice: one event written in one language, structured for rendering.

use communique_model::Lang;

/// A press notice in one language, in the order a reader meets it.
///
/// Every string is final text: no markup, no Fluent syntax, no codes. `render` decides how it
/// looks; nothing here knows about HTML.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Notice {
    /// The language it is written in.
    pub lang: Lang,
    /// The headline (also the email subject).
    pub headline: String,
    /// The publication date and time, in the event's zone ("10 December 2022, 14:13 (UTC+6)").
    pub dateline: String,
    /// The place and agency that open the lead, upper case, with the language's dash
    /// ("MEXICO CITY. KAZINFORM –").
    pub lead_in: String,
    /// The lead paragraph: what happened, and who reports it.
    pub lead: String,
    /// The body paragraphs: delegations, statements, talks, outcomes, side events, free text.
    pub body: Vec<String>,
    /// Credits ("Photo: gov.kz").
    pub credits: Vec<String>,
}

impl Notice {
    /// The whole notice as plain text, paragraphs separated by blank lines (for snapshots and
    /// the checker; the email's text part is rendered by `render`).
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{}\n\n{}\n\n{} {}",
            self.headline, self.dateline, self.lead_in, self.lead
        );
        for p in &self.body {
            out.push_str("\n\n");
            out.push_str(p);
        }
        if !self.credits.is_empty() {
            out.push_str("\n\n");
            out.push_str(&self.credits.join("\n"));
        }
        out.push('\n');
        out
    }

    /// Every string of the notice, for checks that apply to all of them.
    pub fn strings(&self) -> impl Iterator<Item = &str> {
        [&self.headline, &self.dateline, &self.lead_in, &self.lead]
            .into_iter()
            .chain(self.body.iter())
            .chain(self.credits.iter())
            .map(String::as_str)
    }
}

/// The words of an email around the notice (footer, links), in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EmailLabels {
    /// Why the reader receives this ("… because you subscribed to «List»").
    pub why: String,
    /// The unsubscribe link's text.
    pub unsubscribe: String,
    /// The web-view link's text.
    pub view_online: String,
}
