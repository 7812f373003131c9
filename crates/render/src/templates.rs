//! The three templates (subject, HTML, text), compiled once, rendered once per language.

use std::path::{Path, PathBuf};

use communique_l10n::{EmailLabels, Notice};
use communique_model::Lang;
use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior, context};
use serde::Serialize;

use crate::part::{Part, Slot};
use crate::wrap::wrap_text;

/// The files a template folder must hold.
const FILES: [&str; 3] = ["subject.txt", "email.html", "email.txt"];

/// Who sends the notice, as the footer shows it in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    /// The organization ("Ministry of Foreign Affairs of the Republic of Kazakhstan").
    pub organization: String,
    /// The sender's display name ("MFA Press Service").
    pub sender_name: String,
    /// The sender's address.
    pub sender_address: String,
    /// The postal address printed in the footer.
    pub postal_address: String,
    /// The mailing list's name.
    pub list_name: String,
}

/// A notice rendered in one language, with slots for each recipient.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The language.
    pub lang: Lang,
    /// The subject line: one line, no CR or LF.
    pub subject: String,
    /// The HTML body.
    pub html: Part,
    /// The plain-text body, wrapped at 76 characters.
    pub text: Part,
}

/// A template is missing, broken, or produced something unsendable.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template file could not be read.
    #[error("cannot read the template {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A template has a syntax error, or failed while rendering.
    #[error("template {name}: {message}")]
    Template {
        /// The template's file name.
        name: String,
        /// minijinja's description, with the line.
        message: String,
    },
    /// The rendered subject is empty or spans lines.
    #[error("the subject template produced {0:?}: a subject must be one non-empty line")]
    Subject(String),
}

/// Reads and compiles `files` of `dir` into one environment, the way every communique template
/// is loaded: `.html` escapes every value, undefined variables are errors, and block tags take
/// their line with them so that text templates read like their output. Errors name a template
/// as `prefix` + its file name.
pub fn load_environment(
    dir: &Path,
    files: &[&'static str],
    prefix: &str,
) -> Result<Environment<'static>, RenderError> {
    compile_environment(|name| read_template(dir, name), files, prefix)
}

/// Reads `dir/name`, the error naming the file.
pub fn read_template(dir: &Path, name: &str) -> Result<String, RenderError> {
    let path = dir.join(name);
    std::fs::read_to_string(&path).map_err(|source| RenderError::Read { path, source })
}

/// Compiles `files`, each read by `read` (from a folder, or from a copy built into the
/// program), the way [`load_environment`] does.
pub fn compile_environment(
    read: impl Fn(&'static str) -> Result<String, RenderError>,
    files: &[&'static str],
    prefix: &str,
) -> Result<Environment<'static>, RenderError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| template_error("syntax", &e))?;
    env.set_syntax(syntax);
    for name in files {
        let source = read(name)?;
        env.add_template_owned(*name, source)
            .map_err(|e| template_error(&format!("{prefix}{name}"), &e))?;
    }
    Ok(env)
}

fn template_error(name: &str, e: &minijinja::Error) -> RenderError {
    let mut message = e.to_string();
    if let Some(line) = e.line() {
        message = format!("line {line}: {message}");
    }
    RenderError::Template {
        name: name.to_owned(),
        message,
    }
}

/// The compiled templates.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// Reads and compiles `dir/subject.txt`, `dir/email.html` and `dir/email.txt`. `.html`
    /// templates escape every value; undefined variables are errors.
    pub fn load(dir: &Path) -> Result<Templates, RenderError> {
        Ok(Templates {
            env: load_environment(dir, &FILES, "")?,
        })
    }

    /// Compiles the same three templates, each read by `read` (the copy built into a program).
    pub fn load_with(
        read: impl Fn(&'static str) -> Result<String, RenderError>,
    ) -> Result<Templates, RenderError> {
        Ok(Templates {
            env: compile_environment(read, &FILES, "")?,
        })
    }

    /// Renders one language's notice.
    pub fn render(
        &self,
        notice: &Notice,
        identity: &Identity,
        labels: &EmailLabels,
    ) -> Result<Rendered, RenderError> {
        let slots: std::collections::BTreeMap<&str, &str> =
            Slot::ALL.iter().map(|s| (s.name(), s.marker())).collect();
        let ctx = context! {
            notice => Serde(notice),
            identity => Serde(identity),
            labels => Serde(labels),
            slots => Serde(slots),
        };
        let render = |name: &str| {
            self.env
                .get_template(name)
                .and_then(|t| t.render(&ctx))
                .map_err(|e| template_error(name, &e))
        };
        let subject_raw = render("subject.txt")?;
        let subject = subject_raw.trim().to_owned();
        if subject.is_empty() || subject.contains(['\r', '\n']) {
            return Err(RenderError::Subject(subject_raw));
        }
        let html = Part::split(&render("email.html")?, true);
        let text = Part::split(&wrap_text(&render("email.txt")?, 76), false);
        Ok(Rendered {
            lang: notice.lang,
            subject,
            html,
            text,
        })
    }
}
