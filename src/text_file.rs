//! Reading input files as UTF-8 text, with errors that say what to do about other encodings.

use std::path::Path;

use crate::report::Failure;

const UTF16: &str = "the file is UTF-16: save it as UTF-8";

fn is_utf16(head: &[u8]) -> bool {
    head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF])
}

/// Bytes that are not UTF-8 at `line` and `column` (both counted from 1).
fn not_utf8(line: usize, column: usize) -> String {
    format!(
        "line {line}, column {column}: not UTF-8 (is it Latin-1 or Windows-1251?): save the file as UTF-8"
    )
}

/// Why a file is not usable text.
pub fn problem(bytes: &[u8], allow_bom: bool) -> Option<String> {
    if is_utf16(bytes) {
        return Some(UTF16.into());
    }
    if !allow_bom && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Some("the file starts with a byte-order mark: save it as UTF-8 without BOM".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => None,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            let column = bytes[..at]
                .rsplit(|b| *b == b'\n')
                .next()
                .map_or(0, |l| String::from_utf8_lossy(l).chars().count())
                + 1;
            Some(not_utf8(line, column))
        }
    }
}

/// The file's text; refuses files over `max_bytes`, non-UTF-8 files and (unless `allow_bom`)
/// a byte-order mark.
pub fn read(path: &Path, max_bytes: u64, allow_bom: bool) -> Result<String, Failure> {
    let bad = |why: String| Failure::Input {
        path: path.to_path_buf(),
        problem: why,
    };
    let meta = std::fs::metadata(path).map_err(|source| Failure::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > max_bytes {
        return Err(bad(format!(
            "the file is {} bytes; at most {max_bytes} are accepted",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path).map_err(|source| Failure::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if let Some(p) = problem(&bytes, allow_bom) {
        return Err(bad(p));
    }
    let bytes = if allow_bom {
        bytes
            .strip_prefix(&[0xEF, 0xBB, 0xBF])
            .unwrap_or(&bytes)
            .to_vec()
    } else {
        bytes
    };
    String::from_utf8(bytes).map_err(|e| bad(e.to_string()))
}

/// A file read as UTF-8 text as it streams, with [`read`]'s refusals (UTF-16; bytes that are
/// not UTF-8, by line and column) as I/O errors of kind `InvalidData`, and a leading
/// byte-order mark dropped. For files too large to hold whole (subscriber lists).
pub struct Utf8Reader<R> {
    inner: R,
    buf: Vec<u8>,
    /// Checked bytes not yet handed on: `buf[at..ready]`; `buf[ready..filled]` is the start of
    /// a character whose last bytes have not been read yet.
    at: usize,
    ready: usize,
    filled: usize,
    started: bool,
    /// Where the checked text ends: lines before it, and characters since its last line break.
    line: usize,
    column: usize,
    /// Of every byte read so far: two readings of a file that end with the same digest read
    /// the same text.
    digest: sha2::Sha256,
}

impl<R: std::io::Read> Utf8Reader<R> {
    /// The SHA-256 of the bytes read so far (of the whole file, once it has been read to its end).
    pub fn digest(&self) -> [u8; 32] {
        use sha2::Digest;
        self.digest.clone().finalize().into()
    }

    pub fn new(inner: R) -> Utf8Reader<R> {
        Utf8Reader {
            inner,
            buf: vec![0; 64 * 1024],
            at: 0,
            ready: 0,
            filled: 0,
            started: false,
            line: 1,
            column: 0,
            digest: sha2::Sha256::default(),
        }
    }

    /// Reads on until some checked text is ready, or the end.
    fn fill(&mut self) -> std::io::Result<()> {
        let invalid = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidData, why);
        // What is left is at most the first bytes of one character: keep it in front.
        self.buf.copy_within(self.ready..self.filled, 0);
        self.filled -= self.ready;
        self.at = 0;
        self.ready = 0;
        loop {
            let n = self.inner.read(&mut self.buf[self.filled..])?;
            sha2::Digest::update(&mut self.digest, &self.buf[self.filled..self.filled + n]);
            self.filled += n;
            if !self.started {
                // Three bytes tell a byte-order mark, unless the file is shorter.
                if self.filled < 3 && n > 0 {
                    continue;
                }
                self.started = true;
                let head = &self.buf[..self.filled];
                if is_utf16(head) {
                    return Err(invalid(UTF16.into()));
                }
                if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
                    self.at = 3;
                }
            }
            let text = &self.buf[self.at..self.filled];
            let valid = match std::str::from_utf8(text) {
                Ok(_) => text.len(),
                // The last character is cut off by the read: it completes next time.
                Err(e) if e.error_len().is_none() && n > 0 => e.valid_up_to(),
                Err(e) => {
                    let (line, column) = self.advance(&text[..e.valid_up_to()]);
                    return Err(invalid(not_utf8(line, column + 1)));
                }
            };
            let (line, column) = self.advance(&text[..valid]);
            (self.line, self.column) = (line, column);
            self.ready = self.at + valid;
            if self.ready > self.at || n == 0 {
                return Ok(());
            }
        }
    }

    /// The line and column after `text`, which follows the checked text.
    fn advance(&self, text: &[u8]) -> (usize, usize) {
        let chars = |b: &[u8]| b.iter().filter(|c| (**c & 0xC0) != 0x80).count();
        match text.iter().rposition(|c| *c == b'\n') {
            Some(at) => (
                self.line + text.iter().filter(|c| **c == b'\n').count(),
                chars(&text[at + 1..]),
            ),
            None => (self.line, self.column + chars(text)),
        }
    }
}

impl<R: std::io::Read> std::io::Read for Utf8Reader<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.ready {
            self.fill()?;
        }
        let n = out.len().min(self.ready - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// A reader that hands out `step` bytes at a time, to cut characters at every place.
    struct Trickle<'a>(&'a [u8], usize);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn through(bytes: &[u8], step: usize) -> std::io::Result<String> {
        let mut out = String::new();
        Utf8Reader::new(Trickle(bytes, step)).read_to_string(&mut out)?;
        Ok(out)
    }

    #[test]
    fn streamed_text_is_checked_as_the_whole_file_is() {
        let text = "email,name\nә@example.kz,Әсел Бекова 😀\nb@example.org,Bob\n";
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(text.as_bytes());
        let mut latin1 = text.as_bytes().to_vec();
        latin1.extend_from_slice(b"c@example.org,Jos\xe9\n");
        for step in [1, 2, 3, 5, 64 * 1024] {
            assert_eq!(through(text.as_bytes(), step).unwrap(), text);
            assert_eq!(
                through(&with_bom, step).unwrap(),
                text,
                "the BOM is dropped"
            );
            let e = through(&latin1, step).unwrap_err().to_string();
            assert_eq!(Some(e.clone()), problem(&latin1, true), "step {step}");
            assert!(e.starts_with("line 4, column 18: not UTF-8"), "{e}");
            let e = through(&[0xFF, 0xFE, b'a', 0], step)
                .unwrap_err()
                .to_string();
            assert_eq!(e, "the file is UTF-16: save it as UTF-8");
            let e = through("cut: ә".as_bytes().split_last().unwrap().1, step).unwrap_err();
            assert!(e.to_string().contains("line 1, column 6: not UTF-8"), "{e}");
        }
        assert_eq!(through(b"", 1).unwrap(), "");
        assert_eq!(through(b"ab", 1).unwrap(), "ab");
    }
}
