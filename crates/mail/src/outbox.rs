//! The outbox transport: one `.eml` file per message in a directory, written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::transport::SendResult;

/// A directory that receives messages as files.
#[derive(Debug, Clone)]
pub struct Outbox {
    dir: PathBuf,
}

impl Outbox {
    /// The outbox at `dir` (created if needed when the first message is written).
    pub fn new(dir: &Path) -> Outbox {
        Outbox {
            dir: dir.to_path_buf(),
        }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `bytes` as `<name>.eml`. The name is reduced to letters, digits, dots and hyphens
    /// so that nothing can write outside the directory; the file appears whole or not at all
    /// (written to a temporary name, synced, then renamed).
    pub fn write(&self, name: &str, bytes: &[u8]) -> SendResult {
        let safe: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
            .collect();
        let safe = safe.trim_start_matches('.');
        if safe.is_empty() {
            return SendResult::Permanent {
                reply: format!("cannot name an outbox file after {name:?}"),
                recipient: false,
            };
        }
        let result = (|| -> std::io::Result<PathBuf> {
            std::fs::create_dir_all(&self.dir)?;
            let tmp = self.dir.join(format!(".{safe}.tmp"));
            let target = self.dir.join(format!("{safe}.eml"));
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &target)?;
            // The rename itself must survive a power cut, not only the file's bytes.
            std::fs::File::open(&self.dir)?.sync_all()?;
            Ok(target)
        })();
        match result {
            Ok(path) => SendResult::Accepted {
                reply: format!("250 written to {}", path.display()),
            },
            // A full disk or a permission problem may pass: the message is retried later.
            Err(e) => SendResult::Temporary {
                reply: format!("outbox {}: {e}", self.dir.display()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape_the_directory() {
        let dir = std::env::temp_dir().join(format!("communique-outbox-{}", std::process::id()));
        let outbox = Outbox::new(&dir);
        assert!(matches!(
            outbox.write("../../etc/passwd", b"x"),
            SendResult::Accepted { .. }
        ));
        assert!(dir.join("etcpasswd.eml").exists());
        assert!(matches!(
            outbox.write("../..", b"x"),
            SendResult::Permanent { .. }
        ));
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "no temporary files left behind"
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
