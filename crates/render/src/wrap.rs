//! Plain-text wrapping: lines of at most 76 characters, never breaking a word or a URL.

/// Wraps every line longer than `width` at spaces; a single word longer than the line (a URL)
/// stays whole on its own line. Blank lines (paragraph breaks) are kept.
pub fn wrap_text(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::with_capacity(text.len() + text.len() / 70);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.chars().count() <= width {
            out.push_str(line);
        } else {
            out.push_str(&textwrap::fill(line, &options));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_76_without_breaking_words_or_urls() {
        let url = "https://press.example.org/u/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let text = format!("{} {url} end\n\nshort", "слово ".repeat(30));
        let wrapped = wrap_text(&text, 76);
        for line in wrapped.lines() {
            assert!(line.chars().count() <= 76 || line == url, "{line:?}");
        }
        assert!(wrapped.lines().any(|l| l == url));
        assert!(wrapped.contains("\n\nshort"));
        assert!(!wrapped.contains("сло\n"));
    }
}
