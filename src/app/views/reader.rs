//! "Read the source": a seed document in a window, with the quoted passage highlighted and
//! scrolled into view.

use egui::text::LayoutJob;
use egui::{Color32, FontId, TextFormat};

use crate::app::command::View;
use crate::app::{Command, Model};

/// The seed's paragraphs split into before, the one(s) holding the quote, and after.
fn split_around<'a>(text: &'a str, quote: &str) -> Option<(&'a str, &'a str, usize, &'a str)> {
    let at = text.find(quote)?;
    let start = text[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let end = text[at + quote.len()..]
        .find("\n\n")
        .map_or(text.len(), |i| at + quote.len() + i);
    Some((&text[..start], &text[start..end], at - start, &text[end..]))
}

/// Shows the reader when a source is open.
pub fn show(ctx: &egui::Context, model: &Model, out: &mut Vec<Command>) {
    let Some((file, quote)) = &model.source else {
        return;
    };
    let Some(seed) = crate::data::seed(file) else {
        return;
    };
    let mut open = true;
    egui::Window::new(format!("seeds/{file}"))
        .id(egui::Id::unique("source-reader"))
        .open(&mut open)
        .default_size([640.0, 520.0])
        .show(ctx, |ui| {
            let found = split_around(seed.text, quote);
            if found.is_none() {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "The quoted passage is not in this file.",
                );
            }
            let scrolled_for = egui::Id::unique("source-reader-scrolled");
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let Some((before, paragraph, offset, after)) = found else {
                        ui.label(seed.text);
                        return;
                    };
                    if !before.is_empty() {
                        ui.label(before.trim_end());
                    }
                    let font = FontId::proportional(16.0);
                    let plain = TextFormat::simple(font.clone(), ui.visuals().text_color());
                    let marked = TextFormat {
                        background: Color32::from_rgb(0xFF, 0xE0, 0x66),
                        color: Color32::BLACK,
                        ..TextFormat::simple(font, Color32::BLACK)
                    };
                    let mut job = LayoutJob::default();
                    job.wrap.max_width = ui.available_width();
                    job.append(&paragraph[..offset], 0.0, plain.clone());
                    job.append(&paragraph[offset..offset + quote.len()], 0.0, marked);
                    job.append(&paragraph[offset + quote.len()..], 0.0, plain);
                    let response = ui.label(job);
                    // Scroll to the passage once per quote, then leave the reader free to scroll.
                    let key = (file.as_str(), quote.as_str());
                    let done = ui.ctx().data(|d| d.get_temp::<u64>(scrolled_for));
                    let hash = egui::Id::unique(key).value();
                    if done != Some(hash) {
                        response.scroll_to_me(Some(egui::Align::Center));
                        ui.ctx().data_mut(|d| d.insert_temp(scrolled_for, hash));
                    }
                    if !after.trim().is_empty() {
                        ui.label(after.trim_start());
                    }
                });
        });
    if !open {
        out.push(Command::View(View::CloseSource));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quote_is_found_inside_its_paragraph() {
        let text = "First para.\n\nSecond with the quote here.\n\nThird.";
        let (before, para, offset, after) = split_around(text, "the quote").unwrap_or_default();
        assert_eq!(before, "First para.\n\n");
        assert_eq!(para, "Second with the quote here.");
        assert_eq!(&para[offset..offset + 9], "the quote");
        assert_eq!(after, "\n\nThird.");
    }
}
