//! CPU time of one frame of the full app at 1600x1000: the CSTO with every reading's lane on, the
//! UN Security Council's monthly presidency over 1990-2041, and every office on one axis. Layout,
//! painting and tessellation (what the CPU does before the GPU draws). The lanes are computed
//! once, as in the app; a frame only draws them.
//!
//! Run with `cargo bench --bench frame`; criterion prints the median of many samples.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use rota::app::files::Desktop;
use rota::app::ruler::Ruler;
use rota::app::{Doc, Nav, RotaApp, Tab, View};

fn input(frame: u64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 1000.0),
        )),
        // Time moves on, as in a real window, and the pointer rests over the timeline.
        time: Some(frame as f64 / 60.0),
        events: vec![egui::Event::PointerMoved(egui::pos2(700.0, 400.0))],
        ..Default::default()
    }
}

fn app(today: NaiveDate) -> RotaApp {
    RotaApp::from_stored(
        rota::data::Library::bundled().unwrap(),
        today,
        None,
        Box::new(Desktop::default()),
    )
}

/// Settles the app's first frames, then measures one frame.
fn measure(c: &mut Criterion, name: &str, app: &mut RotaApp) {
    let ctx = egui::Context::default();
    let mut n = 0;
    // Settle: the first frames lay out panels and fonts.
    for _ in 0..5 {
        n += 1;
        let out = ctx.run_ui(input(n), |ui| app.show(ui));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    c.bench_function(name, |b| {
        b.iter(|| {
            n += 1;
            let out = ctx.run_ui(input(n), |ui| app.show(ui));
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        });
    });
}

fn frame(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();

    let mut csto = app(today);
    csto.apply(View::SetCompareReadings(true).into());
    csto.apply(Nav::SetCursor(day(2018, 11, 2)).into());
    assert_eq!(csto.model.lanes.len(), 7);
    measure(c, "frame: full app, 7 lanes, 1600x1000", &mut csto);

    // A monthly presidency over half a century: 600-odd blocks per lane, most a few points wide.
    let mut unsc = app(today);
    unsc.apply(Doc::ChooseOffice("unsc-presidency".to_owned()).into());
    unsc.apply(View::SetCompareReadings(true).into());
    unsc.model.view.ruler = Ruler::fitting(day(1990, 1, 1), day(2041, 1, 1));
    assert_eq!(unsc.model.catalog.id, "unsc-presidency");
    measure(c, "frame: unsc-presidency 1990-2041, 1600x1000", &mut unsc);

    let mut offices = app(today);
    offices.apply(View::SetTab(Tab::Offices).into());
    measure(
        c,
        "frame: every office on one axis, 1600x1000",
        &mut offices,
    );
}

criterion_group!(benches, frame);
criterion_main!(benches);
