//! Rendered text with slots for what differs per recipient.

/// What a slot stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The recipient's signed one-click unsubscribe URL.
    UnsubscribeUrl,
    /// The web-view URL of this notice.
    WebUrl,
}

impl Slot {
    pub(crate) const ALL: [Slot; 2] = [Slot::UnsubscribeUrl, Slot::WebUrl];

    /// The marker a template renders in place of the value (private-use characters, which no
    /// escaping touches and no event text may contain).
    pub(crate) fn marker(self) -> &'static str {
        match self {
            Slot::UnsubscribeUrl => "\u{E010}unsubscribe_url\u{E011}",
            Slot::WebUrl => "\u{E010}web_url\u{E011}",
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Slot::UnsubscribeUrl => "unsubscribe_url",
            Slot::WebUrl => "web_url",
        }
    }
}

/// The per-recipient values.
#[derive(Debug, Clone, Copy)]
pub struct SlotValues<'a> {
    /// The signed unsubscribe URL.
    pub unsubscribe_url: &'a str,
    /// The web-view URL.
    pub web_url: &'a str,
}

impl SlotValues<'_> {
    fn get(&self, slot: Slot) -> &str {
        match slot {
            Slot::UnsubscribeUrl => self.unsubscribe_url,
            Slot::WebUrl => self.web_url,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Text(String),
    Slot(Slot),
}

/// A piece of a rendered body: its own text, or a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text, as it is written (already escaped in HTML).
    Text(&'a str),
    /// A slot, to be filled with [`Part::as_written`] of its value.
    Slot(Slot),
}

/// A rendered body (HTML or text), split at its slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    segments: Vec<Segment>,
    html: bool,
    fixed_len: usize,
}

impl Part {
    /// Splits rendered output at slot markers.
    pub(crate) fn split(rendered: &str, html: bool) -> Part {
        let mut segments = Vec::new();
        let mut rest = rendered;
        loop {
            let next = Slot::ALL
                .iter()
                .filter_map(|s| rest.find(s.marker()).map(|i| (i, *s)))
                .min_by_key(|(i, _)| *i);
            match next {
                Some((i, slot)) => {
                    if i > 0 {
                        segments.push(Segment::Text(rest[..i].to_owned()));
                    }
                    segments.push(Segment::Slot(slot));
                    rest = &rest[i + slot.marker().len()..];
                }
                None => {
                    if !rest.is_empty() {
                        segments.push(Segment::Text(rest.to_owned()));
                    }
                    break;
                }
            }
        }
        let fixed_len = segments
            .iter()
            .map(|s| match s {
                Segment::Text(t) => t.len(),
                Segment::Slot(_) => 0,
            })
            .sum();
        Part {
            segments,
            html,
            fixed_len,
        }
    }

    /// The slots this part has, in order.
    pub fn slots(&self) -> impl Iterator<Item = Slot> + '_ {
        self.segments.iter().filter_map(|s| match s {
            Segment::Slot(slot) => Some(*slot),
            Segment::Text(_) => None,
        })
    }

    /// The pieces in order, for a caller that fills the slots itself (once per recipient
    /// while the text around them is encoded once).
    pub fn pieces(&self) -> impl Iterator<Item = Piece<'_>> + '_ {
        self.segments.iter().map(|s| match s {
            Segment::Text(t) => Piece::Text(t),
            Segment::Slot(slot) => Piece::Slot(*slot),
        })
    }

    /// A slot's value as this part writes it: escaped for HTML in an HTML part.
    pub fn as_written(&self, value: &str) -> String {
        if self.html {
            let mut out = String::with_capacity(value.len() + 16);
            escape_html_into(value, &mut out);
            out
        } else {
            value.to_owned()
        }
    }

    /// The part with every slot filled (escaped for HTML in an HTML part).
    pub fn fill(&self, values: &SlotValues) -> String {
        let mut out = String::with_capacity(self.fixed_len + 256);
        for s in &self.segments {
            match s {
                Segment::Text(t) => out.push_str(t),
                Segment::Slot(slot) if self.html => escape_html_into(values.get(*slot), &mut out),
                Segment::Slot(slot) => out.push_str(values.get(*slot)),
            }
        }
        out
    }
}

fn escape_html_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_slots_escaping_only_in_html() {
        let raw = format!(
            "<a href=\"{}\">x</a> {}",
            Slot::UnsubscribeUrl.marker(),
            Slot::WebUrl.marker()
        );
        let values = SlotValues {
            unsubscribe_url: "https://e.org/u/a?b=1&c=\"2\"",
            web_url: "https://e.org/w",
        };
        let html = Part::split(&raw, true);
        assert_eq!(
            html.fill(&values),
            "<a href=\"https://e.org/u/a?b=1&amp;c=&quot;2&quot;\">x</a> https://e.org/w"
        );
        assert_eq!(html.slots().count(), 2);
        let text = Part::split(&raw, false);
        assert!(text.fill(&values).contains("b=1&c=\"2\""));
    }
}
