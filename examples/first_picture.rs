//! The web edition's first picture: the lanes a first start shows (the default office, its
//! opening scenario, its framing years), drawn as SVG by rota's own renderer (`rota::svg`, the
//! handout's). `scripts/build-web` puts it into `index.html`, which shows it while the wasm loads
//! and compiles; the live window replaces it with its first frame.
//!
//! `cargo run --example first_picture` prints the SVG.

use rota::app::Model;
use rota::app::ruler::date_of;
use rota::app::storage::Restored;
use rota::data::Library;
use rota::engine::Holding;

fn main() -> Result<(), String> {
    let library = Library::bundled().map_err(|e| e.to_string())?;
    let today = chrono::Local::now().date_naive();
    let mut model = Model::new(library, today, Restored::default());
    model.recompute();
    let day = |d: f64| date_of(d.round()).ok_or_else(|| format!("no day {d}"));
    let (from, to) = (
        day(model.view.ruler.start_day)?,
        day(model.view.ruler.end_day)?,
    );
    let lanes: Vec<(&str, &[Holding])> = model
        .lanes
        .iter()
        .map(|lane| (lane.title.as_str(), lane.holdings.as_slice()))
        .collect();
    print!("{}", rota::svg::timeline(&model.catalog, &lanes, from, to));
    Ok(())
}
