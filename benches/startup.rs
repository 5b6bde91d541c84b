//! Start-up, memory and idleness of the real window, on a machine without a GPU (Mesa's software
//! OpenGL under Xvfb): the time from launch to the first painted frame, the peak memory of the
//! process, and the frames it draws in 10 idle seconds. Each start is a fresh process, so the
//! numbers are medians over several runs.
//!
//! Run with `cargo bench --bench startup` (needs `xvfb-run` and `/usr/bin/time`, as on Debian).
//! Targets: first frame under 0.5 s, peak memory under 150 MiB, no frame while idle.

use std::process::Command;

const RUNS: usize = 9;

struct Run {
    first_frame_ms: f64,
    idle_frames: u64,
    peak_kib: u64,
}

fn run_once(idle_seconds: u32) -> Option<Run> {
    let output = Command::new("xvfb-run")
        .args([
            "-a",
            "-s",
            "-screen 0 1920x1200x24",
            "/usr/bin/time",
            "-f",
            "peak_kib=%M",
        ])
        .arg(env!("CARGO_BIN_EXE_rota"))
        .args(["--probe", &idle_seconds.to_string(), "--size", "1600x1000"])
        .output()
        .ok()?;
    let text = format!(
        "{} {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let field = |name: &str| {
        text.split_whitespace()
            .find_map(|w| w.strip_prefix(name))
            .map(str::to_owned)
    };
    Some(Run {
        first_frame_ms: field("first_frame_ms=")?.parse().ok()?,
        idle_frames: field("idle_frames=")?.parse().ok()?,
        peak_kib: field("peak_kib=")?.parse().ok()?,
    })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    // `cargo bench` passes criterion-style flags; a filter other than ours skips this bench.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && !"startup".contains(&a))
    {
        return;
    }
    let Some(first) = run_once(1) else {
        println!("startup: skipped (needs xvfb-run and /usr/bin/time)");
        return;
    };
    let mut runs = vec![first];
    runs.extend((1..RUNS).filter_map(|_| run_once(1)));
    let idle = run_once(10);
    let frames: Vec<f64> = runs.iter().map(|r| r.first_frame_ms).collect();
    let peaks: Vec<f64> = runs.iter().map(|r| r.peak_kib as f64 / 1024.0).collect();
    let (lo, hi) = (
        frames.iter().copied().fold(f64::INFINITY, f64::min),
        frames.iter().copied().fold(0.0, f64::max),
    );
    println!(
        "startup: {} runs of `rota --probe` at 1600x1000 under Xvfb",
        runs.len()
    );
    println!(
        "  launch to first painted frame: median {:.0} ms (min {lo:.0}, max {hi:.0})",
        median(frames)
    );
    println!("  peak memory (max RSS): median {:.1} MiB", median(peaks));
    match idle {
        Some(r) => println!("  frames drawn in 10 idle seconds: {}", r.idle_frames),
        None => println!("  frames drawn in 10 idle seconds: the run failed"),
    }
}
