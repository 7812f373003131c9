//! `communique check`: every problem in every event file, or a clean bill.

use crate::cli::CheckArgs;
use crate::report::Failure;

pub fn run(args: &CheckArgs) -> Result<(), Failure> {
    let mut failures = Vec::new();
    for path in &args.events {
        let outcome = std::fs::read_to_string(path)
            .map_err(|source| Failure::Read {
                path: path.clone(),
                source,
            })
            .and_then(|text| {
                communique_model::parse_event_for(&text, &args.langs).map_err(|errors| {
                    Failure::Event {
                        path: path.clone(),
                        errors,
                    }
                })
            });
        match outcome {
            Ok(event) => println!("ok  {}  ({})", path.display(), event.id),
            Err(f) => failures.push(f),
        }
    }
    match failures.len() {
        0 => Ok(()),
        1 => Err(failures.remove(0)),
        count => Err(Failure::Several { count, failures }),
    }
}
