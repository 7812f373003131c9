//! The HTML email in a real browser (Debian's headless Chromium): at a phone's width and a
//! desktop's, nothing scrolls sideways and the notice's text is there. Screenshots are left in
//! target/browser-shots/ for a person to look at; they are not committed.

use std::path::{Path, PathBuf};
use std::process::Command;

const LANGS: [&str; 4] = ["kk", "ru", "es", "en"];
const WIDTHS: [u32; 2] = [375, 800];

fn chromium() -> PathBuf {
    for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    panic!("Chromium is not installed: `apt-get install chromium` (.ci/run installs it)");
}

fn headless(profile: &Path) -> Command {
    let mut c = Command::new(chromium());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--virtual-time-budget=3000",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// A page that shows `html` in an iframe `width` pixels wide (headless Chromium will not make
/// its own window narrower than 500px) and reports the iframe's layout in its title, where
/// --dump-dom can read it: "probe:scrollWidth:clientWidth:textLength".
fn probe_page(html: &str, width: u32) -> String {
    let escaped = html
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        r#"<!DOCTYPE html><html><head><title>waiting</title></head><body style="margin:0">
<iframe id="f" style="width:{width}px;height:1200px;border:0" srcdoc="{escaped}"></iframe>
<script>document.getElementById("f").addEventListener("load", function () {{
  var d = this.contentDocument;
  document.title = "probe:" + d.documentElement.scrollWidth + ":" + d.documentElement.clientWidth + ":" + d.body.innerText.length;
}});</script></body></html>"#
    )
}

/// (scroll width, visible width, characters of text) of `html` shown `width` pixels wide.
fn measure(html: &str, width: u32, dir: &Path, name: &str) -> (u32, u32, u32) {
    let page = dir.join(format!("{name}.probe-{width}.html"));
    std::fs::write(&page, probe_page(html, width)).unwrap();
    let dump = headless(&dir.join("profile"))
        .arg("--window-size=1000,1300")
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dump.stdout);
    let title = dom
        .split("<title>probe:")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_else(|| {
            panic!(
                "[{name} {width}px] the probe did not run: {}",
                String::from_utf8_lossy(&dump.stderr)
            )
        });
    let n: Vec<u32> = title.split(':').map(|n| n.parse().unwrap()).collect();
    (n[0], n[1], n[2])
}

#[test]
fn the_probe_sees_a_layout_that_is_too_wide() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-control");
    std::fs::create_dir_all(&dir).unwrap();
    let too_wide = "<html><body><table width=\"700\"><tr><td>wide</td></tr></table></body></html>";
    let (scroll, visible, _) = measure(too_wide, 375, &dir, "control");
    assert!(
        scroll > visible,
        "a 700px table must overflow 375px ({scroll} <= {visible})"
    );
}

#[test]
fn html_email_fits_phone_and_desktop_widths_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = root.join("target");
    let out = target.join("browser-shots");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_communique"))
        .current_dir(root)
        .args([
            "preview",
            "examples/events/kz-mx-political-consultations-2022.json",
        ])
        .args(["--langs", "kk,ru,es,en", "--out"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    for lang in LANGS {
        let html = std::fs::read_to_string(out.join(format!("{lang}.html"))).unwrap();
        let headline: String = html
            .split("<h1")
            .nth(1)
            .and_then(|h| h.split('>').nth(1))
            .map(|h| h.chars().take(20).collect())
            .unwrap();
        assert!(!headline.trim().is_empty(), "[{lang}] no headline");
        for width in WIDTHS {
            let (scroll, visible, text) = measure(&html, width, &out, lang);
            assert_eq!(
                visible, width,
                "[{lang}] the probe frame is {visible}px, not {width}px"
            );
            assert!(
                scroll <= visible,
                "[{lang} {width}px] scrolls sideways: content {scroll}px in {visible}px"
            );
            assert!(
                text > 1500,
                "[{lang} {width}px] only {text} characters of text"
            );
            let shot = out.join(format!("{lang}-{width}.png"));
            let status = headless(&out.join("profile"))
                .arg(format!("--window-size={width},2400"))
                .arg(format!("--screenshot={}", shot.display()))
                .arg(format!(
                    "file://{}",
                    out.join(format!("{lang}.html")).display()
                ))
                .output()
                .unwrap();
            assert!(
                status.status.success() && shot.exists(),
                "[{lang} {width}px] no screenshot"
            );
        }
    }
}
