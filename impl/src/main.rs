//! The command line: `serve` (the default), `migrate`, `retention`, `inventory`, `token`.

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use opportunity_service::auth::{DevIssuer, Role};
use opportunity_service::config::Config;
use opportunity_service::{server, store, telemetry};

#[derive(Parser)]
#[command(
    name = "opportunity-service",
    version,
    about = "The Opportunity Management Service"
)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (the default).
    Serve,
    /// Apply the database migrations and exit.
    Migrate,
    /// Print the contract's personal-data inventory (`x-personal-data`) as a Markdown table, as
    /// docs/gdpr.md lists it.
    Inventory,
    /// Run the retention job once (the `--retention-*` settings say how long what is kept), print
    /// what it removed as JSON (counts only) and exit.
    Retention,
    /// Print a bearer token from the local development issuer, accepted by a server started with the same data directory.
    Token {
        /// The role the token carries.
        #[arg(long, value_enum, default_value_t = RoleArg::Admin)]
        role: RoleArg,
        /// The user id (`sub`) in the token.
        #[arg(long, default_value = "dev-user")]
        sub: String,
        /// Validity in seconds.
        #[arg(long, default_value_t = 3600)]
        ttl: u64,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Admin,
    SalesManager,
    /// Both roles.
    Both,
    /// No recognised role (for trying out 403s).
    None,
}

impl RoleArg {
    fn roles(self) -> Vec<Role> {
        match self {
            RoleArg::Admin => vec![Role::Admin],
            RoleArg::SalesManager => vec![Role::SalesManager],
            RoleArg::Both => vec![Role::Admin, Role::SalesManager],
            RoleArg::None => vec![],
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let _logging = telemetry::init(cli.config.log_format, telemetry::Writer::Background);
            server::serve(cli.config).await
        }
        Command::Migrate => {
            let _logging = telemetry::init(cli.config.log_format, telemetry::Writer::Direct);
            let store = store::Store::connect(&cli.config).await?;
            store.migrate().await?;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Inventory => {
            print!("{}", opportunity_service::inventory::inventory().markdown());
            Ok(())
        }
        Command::Retention => {
            let _logging = telemetry::init(cli.config.log_format, telemetry::Writer::Direct);
            let config = server::with_database_url(&cli.config).await?;
            let store = store::Store::connect(&config).await?;
            store.migrate().await?;
            let report = store
                .run_retention(
                    store::retention::RetentionPolicy::from_config(&config),
                    store::now_micros(),
                    &uuid::Uuid::now_v7().to_string(),
                )
                .await
                .map_err(|error| anyhow::anyhow!("the retention run failed: {error}"))?;
            println!("{}", serde_json::to_string(&report)?);
            Ok(())
        }
        Command::Token { role, sub, ttl } => {
            if cli.config.is_production() {
                anyhow::bail!("the development token issuer is not available in production");
            }
            let issuer = DevIssuer::load_or_create(&cli.config.data_dir)
                .context("loading the development signing key")?;
            println!("{}", issuer.issue(&sub, &role.roles(), ttl)?);
            Ok(())
        }
    }
}
