//! The translations and templates are compiled into the binary (`src/assets.rs`); cargo must
//! rebuild it when any of them changes, which `include_dir!` alone does not tell it.

fn main() {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=templates");
}
