//! CPU time of one frame of the full app at 1600x1000 with every reading's lane on: layout,
//! painting and tessellation (what the CPU does before the GPU draws). The lanes are computed
//! once, as in the app; a frame only draws them.
//!
//! Run with `cargo bench --bench frame`; criterion prints the median of many samples.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use rota::app::files::Desktop;
use rota::app::{Command, RotaApp};

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

fn frame(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = RotaApp::from_stored(
        rota::data::Library::bundled().unwrap(),
        today,
        None,
        Box::new(Desktop),
    );
    let ctx = egui::Context::default();
    app.push(Command::SetCompareReadings(true));
    app.push(Command::SetCursor(
        NaiveDate::from_ymd_opt(2018, 11, 2).unwrap(),
    ));
    let mut n = 0;
    // Settle: the first frames lay out panels and fonts.
    for _ in 0..5 {
        n += 1;
        let out = ctx.run_ui(input(n), |ui| app.show(ui));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    assert_eq!(app.model.lanes.len(), 7);
    c.bench_function("frame: full app, 7 lanes, 1600x1000", |b| {
        b.iter(|| {
            n += 1;
            let out = ctx.run_ui(input(n), |ui| app.show(ui));
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        });
    });
}

criterion_group!(benches, frame);
criterion_main!(benches);
