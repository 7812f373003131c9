//! Reading input files as UTF-8 text, with errors that say what to do about other encodings.

use std::path::Path;

use crate::report::Failure;

/// Why a file is not usable text.
pub fn problem(bytes: &[u8], allow_bom: bool) -> Option<String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some("the file is UTF-16: save it as UTF-8".into());
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
            Some(format!(
                "line {line}, column {column}: not UTF-8 (is it Latin-1 or Windows-1251?): save the file as UTF-8"
            ))
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
