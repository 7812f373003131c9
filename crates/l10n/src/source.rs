//! Where the locale files come from: a folder on disk, or the copy built into the program.
//!
//! The bundles and the checker read the same [`LocaleFiles`], so a folder named with
//! `--locales` and the built-in copy are loaded and checked by one code path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use communique_model::Lang;

use crate::error::LoadError;

/// One locale file as read, kept for the checker and for error positions.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where it was read from (for the built-in copy, `<built-in>/LANG/FILE`).
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

impl SourceFile {
    /// The file's name without its folder (`notice.ftl`).
    pub fn name(&self) -> &str {
        self.path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
    }

    fn is_ftl(&self) -> bool {
        self.path.extension().is_some_and(|x| x == "ftl")
    }
}

/// Every file of every language's folder (`kk/`, `ru/`, `es/`, `en/`), in name order.
#[derive(Debug, Clone)]
pub struct LocaleFiles {
    origin: PathBuf,
    files: BTreeMap<Lang, Vec<SourceFile>>,
}

impl LocaleFiles {
    /// Reads `root/{kk,ru,es,en}/*`. A missing root or language folder is one error naming it.
    pub fn read_dir(root: &Path) -> Result<LocaleFiles, LoadError> {
        if !root.is_dir() {
            return Err(LoadError::Read {
                path: root.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no such folder (it must hold kk/, ru/, es/ and en/)",
                ),
            });
        }
        let mut files = BTreeMap::new();
        for lang in Lang::ALL {
            let dir = root.join(lang.code());
            let read_err = |path: &Path| {
                let path = path.to_path_buf();
                move |source| LoadError::Read { path, source }
            };
            let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(read_err(&dir))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            paths.sort();
            let mut texts = Vec::with_capacity(paths.len());
            for path in paths {
                let text = std::fs::read_to_string(&path).map_err(read_err(&path))?;
                texts.push(SourceFile { path, text });
            }
            files.insert(lang, texts);
        }
        Ok(LocaleFiles {
            origin: root.to_path_buf(),
            files,
        })
    }

    /// Files held in memory (the copy built into a program): `(LANG/FILE, text)` pairs, named
    /// `origin/LANG/FILE` in errors. Entries outside the four language folders are ignored.
    pub fn from_memory<'a>(
        origin: impl Into<PathBuf>,
        entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> LocaleFiles {
        let origin = origin.into();
        let mut files: BTreeMap<Lang, Vec<SourceFile>> =
            Lang::ALL.into_iter().map(|l| (l, Vec::new())).collect();
        for (rel, text) in entries {
            let Some((dir, name)) = rel.split_once('/') else {
                continue;
            };
            let Ok(lang) = dir.parse::<Lang>() else {
                continue;
            };
            if let Some(list) = files.get_mut(&lang) {
                list.push(SourceFile {
                    path: origin.join(dir).join(name),
                    text: text.to_owned(),
                });
            }
        }
        for list in files.values_mut() {
            list.sort_by(|a, b| a.path.cmp(&b.path));
        }
        LocaleFiles { origin, files }
    }

    /// The folder the files came from (or the name of the built-in copy).
    pub fn origin(&self) -> &Path {
        &self.origin
    }

    /// The folder of one language, for messages.
    pub fn dir(&self, lang: Lang) -> PathBuf {
        self.origin.join(lang.code())
    }

    /// One language's `.ftl` files, in name order.
    pub fn ftl(&self, lang: Lang) -> impl Iterator<Item = &SourceFile> {
        self.files
            .get(&lang)
            .into_iter()
            .flatten()
            .filter(|f| f.is_ftl())
    }

    /// One language's file called `name` (`inflection.toml`), if present.
    pub fn file(&self, lang: Lang, name: &str) -> Option<&SourceFile> {
        self.files.get(&lang)?.iter().find(|f| f.name() == name)
    }
}
