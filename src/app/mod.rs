//! The desktop window. For now it shows the documented history beside the rule of 2015 and the
//! documented scenario, all computed once by the engine; the timeline comes next.

use chrono::NaiveDate;

use crate::data::Catalog;
use crate::engine::{Holding, HoldingKind, Members, match_history, project};

/// One column of the window: a titled succession.
struct Lane {
    title: String,
    holdings: Vec<Holding>,
}

/// The app's state: the data and the successions it shows, computed when the app starts.
pub struct RotaApp {
    members: Members,
    lanes: Vec<Lane>,
    error: Option<String>,
}

impl RotaApp {
    /// Builds the app from the bundled data; a damaged catalog is shown, not a crash.
    #[must_use]
    pub fn new(catalog: Result<Catalog, crate::data::DataError>) -> Self {
        let until = NaiveDate::from_ymd_opt(2041, 1, 1).unwrap_or_default();
        match catalog {
            Ok(catalog) => {
                let history = catalog.history_holdings();
                let mut lanes = vec![Lane {
                    title: "Documented".to_owned(),
                    holdings: history.clone(),
                }];
                for (id, title) in [
                    ("rule-alone", "Rule alone (2015)"),
                    ("documented", "Documented scenario"),
                ] {
                    let scenario = catalog.scenario(id).cloned().unwrap_or_default();
                    let mut projection = project(&scenario, &catalog.members, until);
                    match_history(&mut projection.holdings, &history);
                    lanes.push(Lane {
                        title: title.to_owned(),
                        holdings: projection.holdings,
                    });
                }
                Self {
                    members: catalog.members,
                    lanes,
                    error: None,
                }
            }
            Err(e) => Self {
                members: Members::default(),
                lanes: Vec::new(),
                error: Some(e.to_string()),
            },
        }
    }
}

impl eframe::App for RotaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("rota: the CSTO Secretary General's rotation");
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
                return;
            }
            egui::ScrollArea::both().show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    for lane in &self.lanes {
                        ui.vertical(|ui| {
                            ui.strong(&lane.title);
                            egui::Grid::new(&lane.title).striped(true).show(ui, |ui| {
                                for h in &lane.holdings {
                                    ui.label(format!("{} – {}", h.start, h.last_day()));
                                    let state = h
                                        .turn
                                        .map_or_else(String::new, |t| self.members.name_en(t));
                                    let who = match h.kind {
                                        HoldingKind::Acting => format!("{} (acting)", h.holder),
                                        HoldingKind::Term => h.holder.clone(),
                                    };
                                    ui.label(state);
                                    ui.label(who);
                                    ui.end_row();
                                }
                            });
                        });
                        ui.add_space(24.0);
                    }
                });
            });
        });
    }
}

/// Opens the window.
///
/// # Errors
/// eframe's error when no window can be opened (no display, no graphics).
pub fn run() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("rota")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    eframe::run_native(
        "rota",
        options,
        Box::new(|_cc| Ok(Box::new(RotaApp::new(Catalog::bundled())))),
    )
}
