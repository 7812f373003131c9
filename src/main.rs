//! `communique`: parses the command line, wires the crates together and reports the outcome.
//! The work itself lives in the crates under `crates/`.

mod check;
mod cli;
mod config;
mod event_file;
mod preview;
mod publication;
mod report;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::report::Failure;

fn main() -> ExitCode {
    // Problem lists are read line by line (and grepped): never wrap them at the terminal width.
    let _ = miette::set_hook(Box::new(|_| {
        Box::new(miette::MietteHandlerOpts::new().wrap_lines(false).build())
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let code = failure.exit_code();
            eprintln!("{:?}", miette::Report::new(failure));
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match &cli.command {
        Command::Check(args) => check::run(&cli.locales, args),
        Command::Schema => {
            print!("{}", communique_model::json_schema());
            Ok(())
        }
        Command::Publish(_) => Err(Failure::NotImplemented("publish")),
        Command::Preview(args) => preview::run(&cli, args),
        Command::Subscribers => Err(Failure::NotImplemented("subscribers")),
        Command::Schedule => Err(Failure::NotImplemented("schedule")),
        Command::Scheduler => Err(Failure::NotImplemented("scheduler")),
        Command::Status => Err(Failure::NotImplemented("status")),
    }
}
