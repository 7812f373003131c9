//! The translations and templates built into the program, and the folders that replace them.
//!
//! An installed `communique` works from any directory: the repository's `locales/` and
//! `templates/` are compiled in (`build.rs` makes cargo rebuild when they change).
//! `--locales DIR` and `--templates DIR` replace them; a folder named but missing is one error
//! naming it.

use std::path::Path;

use communique_l10n::{LocaleFiles, Locales};
use communique_render::{RenderError, Templates};
use include_dir::{Dir, include_dir};

use crate::report::Failure;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// How errors name the built-in copies.
const BUILT_IN_LOCALES: &str = "<built-in locales>";
const BUILT_IN_TEMPLATES: &str = "<built-in templates>";

/// The locale files of `--locales`, or the built-in ones.
pub fn locale_files(dir: Option<&Path>) -> Result<LocaleFiles, Failure> {
    match dir {
        Some(dir) => LocaleFiles::read_dir(dir).map_err(|error| Failure::Locales { error }),
        None => Ok(LocaleFiles::from_memory(
            BUILT_IN_LOCALES,
            LOCALES
                .dirs()
                .flat_map(|lang| lang.files())
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?))),
        )),
    }
}

/// The Fluent bundles of `--locales`, or of the built-in locales.
pub fn locales(dir: Option<&Path>) -> Result<Locales, Failure> {
    Locales::from_files(&locale_files(dir)?).map_err(|error| Failure::Locales { error })
}

/// Reads the template `name` (`email.html`, `web/page.html`) of `dir`, or the built-in one.
pub fn template(dir: Option<&Path>, name: &str) -> Result<String, RenderError> {
    match dir {
        Some(dir) => communique_render::read_template(dir, name),
        None => TEMPLATES
            .get_file(name)
            .and_then(|f| f.contents_utf8())
            .map(str::to_owned)
            .ok_or_else(|| RenderError::Read {
                path: Path::new(BUILT_IN_TEMPLATES).join(name),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "not built into this program",
                ),
            }),
    }
}

/// The email templates of `--templates`, or the built-in ones. A folder named but missing is
/// one error naming it, not one per template.
pub fn templates(dir: Option<&Path>) -> Result<Templates, Failure> {
    require_dir(dir)?;
    Ok(Templates::load_with(|name| template(dir, name))?)
}

/// Fails if `--templates` names a folder that does not exist.
pub fn require_dir(dir: Option<&Path>) -> Result<(), Failure> {
    match dir {
        Some(dir) if !dir.is_dir() => Err(Failure::Usage(format!(
            "the templates folder {} does not exist: name a folder that holds subject.txt, \
             email.html, email.txt and web/, or leave out --templates for the built-in ones",
            dir.display()
        ))),
        _ => Ok(()),
    }
}
