//! The desktop start-up: the native window (glow on OpenGL), the state file checked and set aside
//! when unusable, then the app.

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
    if !launch.ephemeral
        && let Some(path) = state_file::default_path()
    {
        let checked = state_file::check(&path, &today.to_string(), &library);
        launch.notice = checked.notice(&path);
        if matches!(checked, state_file::Checked::Stuck { .. }) {
            // A file rota can neither read nor move is not written over.
            launch.ephemeral = true;
        } else {
            options.persistence_path = Some(path);
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
            Ok(Box::new(RotaApp::new(
                cc,
                library,
                today,
                launch,
                Box::new(Desktop),
            )))
        }),
    )
    .map_err(|e| e.to_string());
    if let Some(scratch) = scratch {
        // The throwaway state file of an ephemeral run; it may never have been written.
        let _ignored = std::fs::remove_file(scratch);
    }
    result
}
