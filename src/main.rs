//! `communique`: parses the command line, wires the crates together and reports the outcome.
//! The work itself lives in the crates under `crates/`.

mod assets;
mod check;
mod cli;
mod config;
mod event_file;
mod migrate;
mod preview;
mod publication;
mod publish;
mod report;
mod schedule;
mod scheduler;
mod secret;
mod serve;
mod status;
mod store;
mod subscribers;
mod text_file;
mod unsubscribe;

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
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let failure = failure.at_store(&crate::store::shown(&cli.db));
            let code = failure.exit_code();
            eprintln!("{:?}", miette::Report::new(failure));
            ExitCode::from(code)
        }
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    crate::store::check_address(&cli.db)?;
    match &cli.command {
        Command::Check(args) => check::run(cli.locales.as_deref(), cli.people.as_deref(), args),
        Command::Schema => {
            print!("{}", communique_model::json_schema());
            Ok(())
        }
        Command::Publish(args) => sending_runtime()?.block_on(publish::run(cli, args)),
        Command::Preview(args) => preview::run(cli, args),
        Command::Subscribers(command) => runtime()?.block_on(async {
            let store = open(&cli.db, subscribers::writes(command)).await?;
            let done = subscribers::run(&store, command).await;
            store.close().await;
            done
        }),
        Command::Schedule(command) => runtime()?.block_on(async {
            let store = open(&cli.db, schedule::writes(command)).await?;
            let done = schedule::run(&store, command).await;
            store.close().await;
            done
        }),
        Command::Scheduler(args) => sending_runtime()?.block_on(scheduler::run(cli, args)),
        Command::Status(args) => runtime()?.block_on(status::run(cli, args)),
        Command::Serve(args) => runtime()?.block_on(serve::run(cli, args)),
        Command::Store(command) => runtime()?.block_on(migrate::run(command)),
        Command::Unsubscribe { token } => runtime()?.block_on(unsubscribe::run(cli, token)),
    }
}

/// The store, read-only for a command that does not write.
async fn open(db: &std::path::Path, writes: bool) -> Result<communique_store::AnyStore, Failure> {
    let store = if writes {
        crate::store::open(db).await
    } else {
        crate::store::open_read_only(db).await
    };
    store.map_err(Failure::Store)
}

/// The runtime of the commands that send mail: one thread, which polls the sockets and runs
/// the engine itself. On a multi-threaded runtime the engine, polled by `block_on` on the main
/// thread, was woken through another thread for every socket event; spawned as a task, its
/// work moved between two threads. Measured (docs/PERFORMANCE.md): 20,000 messages took 14 %
/// less CPU on one thread than spawned on two (2.98 s against 3.47 s). SQLite runs on sqlx's
/// own threads either way.
fn sending_runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(format!("cannot start the async runtime: {e}")))
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(format!("cannot start the async runtime: {e}")))
}
