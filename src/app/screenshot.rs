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

/// What `rota --probe` measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProbeReport {
    /// From the start of the process to the first frame on screen.
    pub first_frame: std::time::Duration,
    /// Frames drawn while nothing happened, over `idle`.
    pub idle_frames: u64,
    pub idle: std::time::Duration,
}

/// Where a probe leaves its report.
pub type ProbeOutcome = Arc<Mutex<Option<ProbeReport>>>;

/// `rota --probe SECONDS`: measures the time to the first painted frame (the renderer's picture
/// of it arriving), then, after a second to settle, counts the frames drawn during `idle` with
/// no input at all, and closes the window.
#[derive(Debug)]
pub struct Probe {
    started: std::time::Instant,
    idle: std::time::Duration,
    frames: Arc<std::sync::atomic::AtomicU64>,
    first_frame: Arc<Mutex<Option<std::time::Duration>>>,
    timer: bool,
    outcome: ProbeOutcome,
}

impl Probe {
    /// A probe timing from `started` (taken first thing in `main`).
    #[must_use]
    pub fn new(
        started: std::time::Instant,
        idle: std::time::Duration,
        outcome: ProbeOutcome,
    ) -> Self {
        Self {
            started,
            idle,
            frames: Arc::default(),
            first_frame: Arc::default(),
            timer: false,
            outcome,
        }
    }

    /// Called after each frame.
    pub fn step(&mut self, ctx: &egui::Context) {
        use std::sync::atomic::Ordering;
        let frames = self.frames.fetch_add(1, Ordering::SeqCst) + 1;
        if frames == 1 {
            let first = Arc::clone(&self.first_frame);
            let started = self.started;
            ctx.request_screenshot(move |_| {
                if let Ok(mut slot) = first.lock() {
                    *slot = Some(started.elapsed());
                }
            });
        }
        if self.outcome.lock().is_ok_and(|o| o.is_some()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        let Some(first_frame) = self.first_frame.lock().ok().and_then(|f| *f) else {
            return;
        };
        if self.timer {
            return;
        }
        self.timer = true;
        // The counting happens on a thread of its own, which reads the frame count and wakes the
        // window only once the idle time is over: the window itself is left alone meanwhile.
        let counter = Arc::clone(&self.frames);
        let outcome = Arc::clone(&self.outcome);
        let ctx = ctx.clone();
        let idle = self.idle;
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_secs(1));
            let before = counter.load(Ordering::SeqCst);
            std::thread::sleep(idle);
            let after = counter.load(Ordering::SeqCst);
            if let Ok(mut slot) = outcome.lock() {
                *slot = Some(ProbeReport {
                    first_frame,
                    idle_frames: after - before,
                    idle,
                });
            }
            ctx.request_repaint();
        });
    }
}
