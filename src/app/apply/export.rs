//! Pictures, tables and handouts: asked for here, written through the platform.

use std::path::Path;
use std::sync::{Arc, Mutex};

use super::{PendingSave, file_stem};
use crate::app::command::{Export, ExportFormat};
use crate::app::{LaneId, RotaApp, picture};

impl RotaApp {
    pub(super) fn export_command(&mut self, command: Export) {
        let m = &self.model;
        match command {
            Export::Png => {
                // Two frames with the caption before the picture is taken: whichever frame the
                // renderer captures, it has the caption.
                self.png_frames = 2;
                self.model.picture = true;
            }
            Export::Lane(id, format) => {
                let Some(lane) = m.lane(id) else { return };
                let text = crate::export::holdings_out(
                    &lane.holdings,
                    &m.catalog,
                    format,
                    id == LaneId::Documented,
                );
                let extension = match format {
                    ExportFormat::Csv => "csv",
                    ExportFormat::Json => "json",
                    ExportFormat::Markdown => "md",
                    ExportFormat::Table => "txt",
                };
                let title = lane.title.clone();
                let name = format!("{}.{extension}", file_stem(&title));
                self.export(&name, text.as_bytes(), &format!("the lane “{title}”"));
            }
            Export::Handout => {
                let html = crate::export::handout_html(&m.catalog, m.scenario(), m.today);
                let scenario = crate::text::shown_name(&m.scenario().name);
                let name = format!("{} handout.html", file_stem(&scenario));
                self.export(
                    &name,
                    html.as_bytes(),
                    &format!("the handout for “{scenario}”"),
                );
            }
        }
    }

    /// Asks where to save an export and writes it, saying how it went.
    fn export(&mut self, suggested_name: &str, bytes: &[u8], what: &str) {
        let title = format!("Export {what}");
        let pending = PendingSave::Export {
            bytes: bytes.to_vec(),
            what: what.to_owned(),
        };
        self.ask_where(suggested_name, &title, pending);
    }

    /// Writes an export to `path`, saying how it went.
    pub(super) fn write_export(&mut self, path: &Path, bytes: &[u8], what: &str) {
        match self.platform.write(path, bytes) {
            Ok(()) => self.tell(format!("Exported {what} to {}.", path.display()), false),
            Err(message) => self.tell(
                format!("Could not export to {}: {message}.", path.display()),
                true,
            ),
        }
    }

    /// A picture of the timeline, once the renderer has delivered one, is encoded and saved.
    pub(crate) fn finish_png(&mut self, ctx: &egui::Context) {
        if self.png_frames > 1 {
            self.png_frames -= 1;
            ctx.request_repaint();
            return;
        }
        if self.png_frames == 1 {
            self.png_frames = 0;
            let slot = Arc::new(Mutex::new(None));
            let inbox = Arc::clone(&slot);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut inbox) = inbox.lock() {
                    *inbox = Some(image);
                }
                repaint.request_repaint();
            });
            self.png_slot = Some(slot);
            return;
        }
        let image = self
            .png_slot
            .as_ref()
            .and_then(|slot| slot.lock().ok().and_then(|mut s| s.take()));
        let Some(image) = image else { return };
        self.png_slot = None;
        self.model.picture = false;
        let crop = self.timeline_rect.map(|r| r * ctx.pixels_per_point());
        match picture::png_bytes(&image, crop) {
            Ok(bytes) => self.export("rota timeline.png", &bytes, "the timeline"),
            Err(message) => self.tell(format!("Could not make the picture: {message}."), true),
        }
    }
}
