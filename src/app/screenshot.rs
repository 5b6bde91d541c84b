//! `rota --screenshot FILE.png`: render the window once it has settled, write the PNG, close.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Frames drawn before the picture is taken: the first lays out panels, the next settle.
const SETTLE_FRAMES: u32 = 3;

/// What happened to the screenshot, for the exit status.
pub type Outcome = Arc<Mutex<Option<Result<PathBuf, String>>>>;

/// A screenshot to take.
#[derive(Debug)]
pub struct Job {
    path: PathBuf,
    frames: u32,
    requested: bool,
    outcome: Outcome,
}

impl Job {
    /// A job writing to `path`; `outcome` receives the result.
    #[must_use]
    pub fn new(path: PathBuf, outcome: Outcome) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
            outcome,
        }
    }

    /// Called after each frame: asks for the picture once the window has settled, and closes the
    /// window once it is written.
    pub fn step(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        let done = self.outcome.lock().map(|o| o.is_some()).unwrap_or(true);
        if done {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if self.frames >= SETTLE_FRAMES && !self.requested {
            self.requested = true;
            let path = self.path.clone();
            let outcome = Arc::clone(&self.outcome);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                let result = write_png(&path, &image).map(|()| path);
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(result);
                }
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

fn write_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let bytes = super::picture::png_bytes(image, None)?;
    crate::data::scenario_file::save_atomic(path, &bytes)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
