//! The `briefing` command: subcommands over the core library, or the desktop app.
//!
//! Thin by design: argument parsing (clap), calling the library, printing, and exit codes.
//! Errors are reported once, here, as one line per problem (`{:#}`), and a failure on one
//! file never stops the others.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

// The pipeline makes many small allocations; mimalloc runs it markedly faster than the
// system allocator (benches/inspect.rs uses the same one).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "briefing",
    version,
    about = "Turn news articles into a clean, sourced briefing.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles to open in the desktop app (default: the bundled samples).
    files: Vec<PathBuf>,
    /// Renderer for the desktop app: glow (default; fast without a GPU) or wgpu.
    #[arg(long, value_enum, default_value_t = Renderer::Glow)]
    renderer: Renderer,
}

#[derive(Clone, Copy, ValueEnum)]
enum Renderer {
    Glow,
    Wgpu,
}

#[derive(Subcommand)]
enum Command {
    /// Show what Briefing reads from article files: metadata, paragraphs, sentences,
    /// quotes with speakers, and every line cleanup removed.
    Inspect {
        /// Article files (.txt, .md, .html; any encoding).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print a JSON array, one object per article.
        #[arg(long)]
        json: bool,
        /// Also print the cleaned text (readable output only).
        #[arg(long)]
        text: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Inspect { files, json, text }) => inspect(&files, json, text),
        None => open_app(cli.files, cli.renderer),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("briefing: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `briefing inspect`: exit 0 when every file imported, 2 when any failed.
fn inspect(files: &[PathBuf], json: bool, text: bool) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    let mut articles = Vec::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in files {
        match briefing::import_file(path) {
            Ok(a) if json => articles.push(a),
            Ok(a) => writeln!(out, "{}", briefing::report::summary(&a, text))
                .context("cannot write to standard output")?,
            Err(e) => {
                failed = true;
                eprintln!("briefing: {e:#}");
            }
        }
    }
    if json {
        serde_json::to_writer_pretty(&mut out, &articles).context("cannot write JSON")?;
        writeln!(out).context("cannot write to standard output")?;
    }
    out.flush().context("cannot write to standard output")?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(feature = "gui")]
fn open_app(files: Vec<PathBuf>, renderer: Renderer) -> anyhow::Result<ExitCode> {
    let choice = match renderer {
        Renderer::Glow => briefing::app::RendererChoice::Glow,
        Renderer::Wgpu => briefing::app::RendererChoice::Wgpu,
    };
    briefing::app::run(files, choice)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
fn open_app(_files: Vec<PathBuf>, _renderer: Renderer) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "this build has no desktop app (built without the `gui` feature); try `briefing inspect FILE`"
    )
}
