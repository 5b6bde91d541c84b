//! Citing: the sources of a fact, and its verbatim quotes with a button to read them in their
//! seed document. Every tab that states a fact uses these.

use egui::RichText;

use crate::app::command::View;
use crate::app::{Command, Model};

/// The sources of a fact and its verbatim seed quotes.
pub fn sources(
    ui: &mut egui::Ui,
    model: &Model,
    ids: &[String],
    quotes: &[crate::data::Quote],
    out: &mut Vec<Command>,
) {
    sources_in(ui, &model.catalog, ids, quotes, out);
}

/// The sources of a fact of `catalog`'s office (not necessarily the one shown).
pub fn sources_in(
    ui: &mut egui::Ui,
    catalog: &crate::data::Catalog,
    ids: &[String],
    quotes: &[crate::data::Quote],
    out: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    ui.strong("Sources");
    for id in ids {
        match catalog.source(id) {
            Some(source) => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&source.id).monospace());
                    ui.add(egui::Label::new(&source.label).wrap());
                    for url in &source.urls {
                        ui.hyperlink_to(crate::export::site(url), url)
                            .on_hover_text(url);
                    }
                });
            }
            None => {
                ui.label(id);
            }
        }
    }
    for quote in quotes {
        quote_box(ui, quote, out);
    }
}

/// A seed quote in a box with the seed's file name and a way to read it in context.
pub fn quote_box(ui: &mut egui::Ui, quote: &crate::data::Quote, out: &mut Vec<Command>) {
    let visuals = ui.visuals().clone();
    egui::Frame::new()
        .fill(visuals.faint_bg_color)
        .stroke(egui::Stroke::new(1.0, visuals.weak_text_color()))
        .inner_margin(8.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(format!("“{}”", quote.text)).italics()).wrap());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("seeds/{}", quote.seed))
                        .monospace()
                        .weak(),
                );
                if ui
                    .button("Read the source")
                    .on_hover_text("Open the seed document with this passage highlighted")
                    .clicked()
                {
                    out.push(Command::View(View::ReadSource {
                        seed: quote.seed.clone(),
                        quote: quote.text.clone(),
                    }));
                }
            });
        });
}
