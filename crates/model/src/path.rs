//! JSON paths (`parties[0].country`) and where they stand in the source (line:column).

use std::collections::HashMap;
use std::fmt;

/// One step into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    /// A key of an object.
    Key(String),
    /// An index into an array.
    Index(usize),
}

/// A location inside a JSON document, printed as `discussion.topics[2]`; the root prints as `$`.
///
/// ```
/// use communique_model::JsonPath;
/// let p = JsonPath::root().key("parties").index(0).key("country");
/// assert_eq!(p.to_string(), "parties[0].country");
/// assert!(p.starts_with(&JsonPath::root().key("parties")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct JsonPath(pub Vec<Step>);

impl JsonPath {
    /// The whole document.
    pub fn root() -> Self {
        JsonPath(Vec::new())
    }

    /// This path, one key deeper.
    pub fn key(&self, key: impl Into<String>) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.into()));
        JsonPath(steps)
    }

    /// This path, one index deeper.
    pub fn index(&self, i: usize) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Index(i));
        JsonPath(steps)
    }

    /// True if `self` is `prefix` or lies inside it.
    pub fn starts_with(&self, prefix: &JsonPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The path one step up (the root stays the root).
    pub fn parent(&self) -> JsonPath {
        let mut steps = self.0.clone();
        steps.pop();
        JsonPath(steps)
    }

    pub(crate) fn from_serde(path: &serde_path_to_error::Path) -> Self {
        use serde_path_to_error::Segment;
        JsonPath(
            path.iter()
                .filter_map(|s| match s {
                    Segment::Seq { index } => Some(Step::Index(*index)),
                    Segment::Map { key } => Some(Step::Key(key.clone())),
                    Segment::Enum { .. } | Segment::Unknown => None,
                })
                .collect(),
        )
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("$");
        }
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(k) if i == 0 => f.write_str(k)?,
                Step::Key(k) => write!(f, ".{k}")?,
                Step::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// A line and column, both counted from 1 (columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for LineColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Where each value of a JSON document starts, so problems found after parsing can point at it.
///
/// serde_json reports positions only for the first syntax or type error; validation problems
/// are found on the typed event, so their positions are looked up here by path.
#[derive(Debug, Default)]
pub struct SourceMap {
    starts: HashMap<JsonPath, LineColumn>,
}

impl SourceMap {
    /// Indexes a document that serde_json already accepted as JSON.
    pub fn index(source: &str) -> Self {
        let mut scanner = Scanner {
            chars: source.chars().peekable(),
            at: LineColumn { line: 1, column: 1 },
            map: SourceMap::default(),
        };
        scanner.value(JsonPath::root());
        scanner.map
    }

    /// Where the value at `path` starts; for a path that is absent (a missing field), where its
    /// nearest present ancestor starts.
    pub fn locate(&self, path: &JsonPath) -> Option<LineColumn> {
        let mut p = path.clone();
        loop {
            if let Some(at) = self.starts.get(&p) {
                return Some(*at);
            }
            if p.0.is_empty() {
                return None;
            }
            p = p.parent();
        }
    }
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    at: LineColumn,
    map: SourceMap,
}

impl Scanner<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.at.line += 1;
            self.at.column = 1;
        } else {
            self.at.column += 1;
        }
        Some(c)
    }

    fn skip_ws(&mut self) {
        while matches!(
            self.chars.peek(),
            Some(' ' | '\t' | '\n' | '\r' | '\u{feff}')
        ) {
            self.bump();
        }
    }

    fn value(&mut self, path: JsonPath) {
        self.skip_ws();
        self.map.starts.insert(path.clone(), self.at);
        match self.chars.peek() {
            Some('{') => {
                self.bump();
                loop {
                    self.skip_ws();
                    match self.chars.peek() {
                        Some('}') => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                        }
                        Some('"') => {
                            let key = self.string();
                            self.skip_ws();
                            self.bump(); // ':'
                            self.value(path.key(key));
                        }
                        _ => return,
                    }
                }
            }
            Some('[') => {
                self.bump();
                let mut i = 0;
                loop {
                    self.skip_ws();
                    match self.chars.peek() {
                        Some(']') => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                        }
                        Some(_) => {
                            self.value(path.index(i));
                            i += 1;
                        }
                        None => return,
                    }
                }
            }
            Some('"') => {
                self.string();
            }
            _ => {
                while matches!(self.chars.peek(), Some(c) if !matches!(c, ',' | '}' | ']' | ' ' | '\t' | '\n' | '\r'))
                {
                    self.bump();
                }
            }
        }
    }

    /// Reads a string literal; only keys need their text, so escapes are decoded minimally
    /// (keys in this format are plain ASCII).
    fn string(&mut self) -> String {
        let mut out = String::new();
        self.bump(); // opening quote
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    if let Some(e) = self.bump() {
                        out.push(match e {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                    }
                }
                c => out.push(c),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_values_by_line_and_column() {
        let src = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"ключ\": true\n}";
        let map = SourceMap::index(src);
        let at = |p: JsonPath| map.locate(&p).map(|l| l.to_string());
        assert_eq!(at(JsonPath::root()).as_deref(), Some("1:1"));
        assert_eq!(at(JsonPath::root().key("a")).as_deref(), Some("2:8"));
        assert_eq!(
            at(JsonPath::root().key("a").index(1)).as_deref(),
            Some("2:12")
        );
        assert_eq!(
            at(JsonPath::root().key("a").index(1).key("b")).as_deref(),
            Some("2:18")
        );
        assert_eq!(at(JsonPath::root().key("ключ")).as_deref(), Some("3:11"));
        // An absent field points at its parent.
        assert_eq!(
            at(JsonPath::root().key("a").index(1).key("zz")).as_deref(),
            Some("2:12")
        );
    }
}
