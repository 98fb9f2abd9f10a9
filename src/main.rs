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

mod commands;

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
    /// Draft a starter briefing: each article's lede as a key point and every attributed
    /// quote, with sources filled in.
    Draft {
        /// Article files (.txt, .md, .html; any encoding).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The project file to write (NAME.briefing.json).
        #[arg(short, long)]
        output: PathBuf,
        /// Briefing title (default: the first article's headline).
        #[arg(long)]
        title: Option<String>,
        /// Briefing date (default: today, YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
    },
    /// Build the briefing document from a project with a template.
    Build {
        /// The project file (NAME.briefing.json).
        project: PathBuf,
        /// Template name (see `briefing templates`) or path to a template file.
        #[arg(short, long)]
        template: Option<String>,
        /// Output format (default: from the output's extension, else md).
        #[arg(short, long, value_enum)]
        format: Option<Format>,
        /// Citation style.
        #[arg(long, value_enum, default_value_t = CitationStyle::References)]
        citations: CitationStyle,
        /// Output file, or - for standard output (default: beside the project).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Match facts and quotes across articles from different outlets: which statements
    /// other outlets confirm, and where their numbers, dates or names disagree.
    Compare {
        /// Article files (.txt, .md, .html; any encoding).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print one JSON object: {"articles", "groups", "discrepancies"}.
        #[arg(long)]
        json: bool,
    },
    /// List the available templates, or with --vars the variables templates can use.
    Templates {
        /// Print the template variables instead.
        #[arg(long)]
        vars: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Md,
    Html,
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum CitationStyle {
    /// Numbered references [1] to a Sources list.
    References,
    /// Markdown footnotes.
    Footnotes,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Inspect { files, json, text }) => inspect(&files, json, text),
        Some(Command::Draft {
            files,
            output,
            title,
            date,
        }) => commands::draft(&files, &output, title.as_deref(), date.as_deref()),
        Some(Command::Build {
            project,
            template,
            format,
            citations,
            output,
        }) => {
            let format = format.map(|f| match f {
                Format::Md => briefing::export::ExportFormat::Markdown,
                Format::Html => briefing::export::ExportFormat::Html,
                Format::Json => briefing::export::ExportFormat::Json,
                Format::Csv => briefing::export::ExportFormat::Csv,
            });
            let citations = match citations {
                CitationStyle::References => briefing::view::Citations::References,
                CitationStyle::Footnotes => briefing::view::Citations::Footnotes,
            };
            commands::build(
                &project,
                template.as_deref(),
                format,
                citations,
                output.as_deref(),
            )
        }
        Some(Command::Templates { vars }) => commands::templates(vars),
        Some(Command::Compare { files, json }) => commands::compare(&files, json),
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
    briefing::app::run(briefing::app::Launch::from_args(files), choice)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
fn open_app(_files: Vec<PathBuf>, _renderer: Renderer) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "this build has no desktop app (built without the `gui` feature); try `briefing inspect FILE`"
    )
}
