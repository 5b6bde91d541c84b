//! The desktop start-up: the native window (glow on OpenGL), the state files (rota's own
//! `state.ron` and eframe's `app.ron`) read or set aside when unusable, then the app.

use chrono::NaiveDate;

use super::launch::Launch;
use super::platform::Desktop;
use super::{RotaApp, storage as state_file};
use crate::data::Library;

/// Opens the window and runs until it closes.
///
/// # Errors
/// The windowing system or the renderer could not start.
pub fn run(
    library: Library,
    today: NaiveDate,
    launch: Launch,
    size: Option<[f32; 2]>,
) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("rota: how posts rotate among states")
        .with_min_inner_size([800.0, 500.0])
        .with_drag_and_drop(true);
    viewport = viewport.with_inner_size(size.unwrap_or([1400.0, 900.0]));
    let mut options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    // OpenGL through glow: on school laptops without a GPU (Mesa's software OpenGL) it starts in
    // about half the time of wgpu and with 20 MiB less memory (benches/startup.rs).
    options.renderer = eframe::Renderer::Glow;
    let mut launch = launch;
    // rota's own state file and what it holds, read before eframe opens anything.
    let mut own_state = None;
    if !launch.ephemeral
        && let Some(path) = state_file::default_path()
    {
        let stamp = today.to_string();
        let own = state_file::own_path(&path);
        let (text, own_checked) = state_file::load(&own, &stamp, &library);
        let checked = state_file::check(&path, &stamp, &library);
        launch.notice = own_checked.notice(&own).or_else(|| {
            if text.is_some() {
                checked.layout_notice(&path)
            } else {
                checked.notice(&path)
            }
        });
        let stuck = |c: &state_file::Checked| matches!(c, state_file::Checked::Stuck { .. });
        if stuck(&checked) || stuck(&own_checked) {
            // A file rota can neither read nor move is not written over.
            launch.ephemeral = true;
        } else {
            options.persistence_path = Some(path);
            own_state = Some((own, text));
        }
    }
    if launch.ephemeral {
        // Nothing of the user's stored state is read or overwritten.
        options.persist_window = false;
        options.persistence_path =
            Some(std::env::temp_dir().join(format!("rota-ephemeral-{}.ron", std::process::id())));
    }
    let scratch = options
        .persistence_path
        .clone()
        .filter(|_| launch.ephemeral);
    let result = eframe::run_native(
        "rota",
        options,
        Box::new(move |cc| {
            let platform = Box::new(Desktop::default());
            Ok(Box::new(match own_state {
                Some((path, text)) => {
                    RotaApp::with_state_file(cc, library, today, launch, platform, path, text)
                }
                None => RotaApp::new(cc, library, today, launch, platform),
            }))
        }),
    )
    .map_err(|e| e.to_string());
    if let Some(scratch) = scratch {
        // The throwaway state file of an ephemeral run; it may never have been written.
        let _ignored = std::fs::remove_file(scratch);
    }
    result
}
