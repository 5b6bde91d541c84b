//! The command line as teachers' scripts use it: formats, exit statuses, messages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::rota;

#[test]
fn csv_has_the_documented_header_and_exclusive_ends() {
    let (code, out, err) = rota(&[
        "project",
        "--documented",
        "--until",
        "2020-01-02",
        "--format",
        "csv",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "start,end,turn,holder_state,holder,kind\n\
         2017-01-01,2017-05-02,ARM,RUS,Valery Semerikov,acting\n\
         2017-05-02,2018-11-02,ARM,ARM,Yuri Khachaturov,term\n\
         2018-11-02,2020-01-01,ARM,RUS,Valery Semerikov,acting\n\
         2020-01-01,2023-01-01,BLR,BLR,Stanislav Zas,term\n"
    );
}

#[test]
fn json_carries_the_same_fields() {
    let (code, out, _) = rota(&["project", "--until", "2020-01-01", "--format", "json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        value,
        serde_json::json!([{
            "start": "2017-01-01", "end": "2020-01-01", "turn": "ARM",
            "holder_state": "ARM", "holder": "Nominee of Armenia", "kind": "term"
        }])
    );
}

#[test]
fn the_table_shows_the_last_day_in_office_and_the_states_names() {
    let (code, out, _) = rota(&["project", "--documented", "--until", "2017-06-01"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        [
            "From", "To", "(last", "day)", "Turn", "Holder", "Holder's", "state", "Kind"
        ]
    );
    assert_eq!(
        lines[2]
            .split("  ")
            .filter(|c| !c.is_empty())
            .map(str::trim)
            .collect::<Vec<_>>(),
        [
            "2017-01-01",
            "2017-05-01",
            "Armenia",
            "Valery Semerikov",
            "Russia",
            "acting"
        ]
    );
    assert_eq!(lines.len(), 4);
}

#[test]
fn markdown_is_a_table_with_a_header_rule() {
    let (code, out, _) = rota(&["history", "--format", "markdown"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[1].starts_with("| ---"));
    assert_eq!(lines.len(), 9);
    assert!(
        lines[2].contains("Nikolai Bordyuzha")
            && lines[2].contains("2016-12-31")
            && lines[2].contains("(before the rotation)")
    );
}

#[test]
fn history_lists_bordyuzha_and_the_six_who_followed_with_sources() {
    let (code, out, _) = rota(&["history", "--format", "csv"]);
    assert_eq!(code, 0);
    let holders: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(4).unwrap())
        .collect();
    assert_eq!(
        holders,
        [
            "Nikolai Bordyuzha",
            "Valery Semerikov",
            "Yuri Khachaturov",
            "Valery Semerikov",
            "Stanislav Zas",
            "Imangali Tasmagambetov",
            "Taalatbek Masadykov"
        ]
    );
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("2003-04-28,2017-01-01,,RUS,")
    );
    let (_, table, _) = rota(&["history"]);
    assert!(table.contains("S30: Trend 2025-11-27"));
}

#[test]
fn compare_says_in_words_where_kazakhstans_reading_departs_from_the_record() {
    let (code, out, _) = rota(&[
        "compare",
        "--documented",
        "--reading",
        "next-state-full-term",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("First divergence: 2018-11-02."), "{out}");
    assert!(
        out.contains("Kazakhstan's turn starts on 2 Nov 2021 instead of 1 Jan 2023."),
        "{out}"
    );
    assert!(
        out.contains("Belarus's turn starts on 2 Nov 2018 instead of 1 Jan 2020."),
        "{out}"
    );
    let (_, same, _) = rota(&["compare", "--documented"]);
    assert!(same.contains("They agree on every day."), "{same}");
}

#[test]
fn fit_puts_the_applied_reading_at_100_percent() {
    let (code, out, _) = rota(&["fit", "--until", "2026-11-24", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "reading,agreeing_days,total_days,share,first_divergence,label\n\
         acting-until-term-end,3614,3614,1.0000,,An acting Secretary General until the term's end\n\
         same-state-completes,3189,3614,0.8824,2018-11-02,The same state completes its turn\n\
         next-state-full-term,2339,3614,0.6472,2018-11-02,The next state starts a full term\n\
         next-state-early-start,3189,3614,0.8824,2018-11-02,\"The next state starts early, ends on schedule\"\n"
    );
}

#[test]
fn a_recall_while_an_acting_sg_holds_the_post_is_a_warning_on_stderr() {
    let (code, out, err) = rota(&[
        "project",
        "--documented",
        "--recall",
        "2019-03-01",
        "--until",
        "2020-01-01",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "warning: recall 2019-03-01 changes nothing: an acting Secretary General holds the post that day\n"
    );
    assert_eq!(out.lines().count(), 4);
    let (_, _, err) = rota(&[
        "project",
        "--join",
        "KAZ@2030-01-01",
        "--until",
        "2020-01-01",
    ]);
    assert_eq!(
        err,
        "warning: join KAZ@2030-01-01 changes nothing: Kazakhstan is already a member on 1 Jan 2030\n"
    );
}

#[test]
fn what_if_flags_compose() {
    // Armenia leaves, Azerbaijan joins, suspensions are skipped, official names, lag of 30 days.
    let (code, out, err) = rota(&[
        "project",
        "--order",
        "en",
        "--withdraw",
        "ARM@2030-01-01",
        "--join",
        "AZE@2031-06-01",
        "--suspend",
        "TJK@2031-01-01..2033-01-01",
        "--skip-suspended",
        "--until",
        "2041-01-01",
        "--format",
        "csv",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    let turns: Vec<String> = out
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split(',').collect();
            format!("{}:{}", c[0], c[2])
        })
        .collect();
    // Russia 2029; Tajikistan suspended on 2032-01-01, so the cycle (English names) wraps to
    // Azerbaijan, a member since 2031; Armenia has left.
    assert_eq!(
        turns,
        [
            "2017-01-01:ARM",
            "2020-01-01:BLR",
            "2023-01-01:KAZ",
            "2026-01-01:KGZ",
            "2029-01-01:RUS",
            "2032-01-01:AZE",
            "2035-01-01:BLR",
            "2038-01-01:KAZ"
        ]
    );
}

#[test]
fn bad_values_exit_2_with_one_message_naming_the_value() {
    let cases: [(&[&str], &str); 7] = [
        (
            &["project", "--join", "XYZ@2020-01-01"],
            "--join XYZ@2020-01-01: unknown state code \"XYZ\"",
        ),
        (
            &["project", "--takes-office", "ARM-2017-05-02"],
            "--takes-office ARM-2017-05-02: expected CODE@DATE",
        ),
        (
            &["project", "--suspend", "ARM@2024-02-22"],
            "--suspend ARM@2024-02-22: expected CODE@FROM..TO",
        ),
        (
            &["project", "--reading", "loudest"],
            "--reading: unknown reading \"loudest\"",
        ),
        (
            &["project", "--recall", "2010-01-01"],
            "--recall 2010-01-01: recall 2010-01-01 is outside the rotation",
        ),
        (
            &["project", "--term-months", "0"],
            "--term-months: a term of 0 months is impossible",
        ),
        (
            &["project", "--withdraw", "ARM@2030-13-01"],
            "--withdraw ARM@2030-13-01: \"2030-13-01\" is not a real calendar day",
        ),
    ];
    for (args, message) in cases {
        let (code, out, err) = rota(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "");
        assert!(
            err.starts_with(&format!("rota: {message}")),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // clap's own refusals also exit 2 and name the value.
    let (code, _, err) = rota(&["project", "--recall", "2017-02-30"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("\"2017-02-30\" is not a real calendar day"),
        "{err}"
    );
}

#[test]
fn check_accepts_a_good_file_and_reports_its_warnings() {
    let (code, out, _) = rota(&["check", "assets/offices/csto-sg/scenarios/documented.ron"]);
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "assets/offices/csto-sg/scenarios/documented.ron: ok: \"Documented\", 2 events\n"
        )
    );
}

#[test]
fn the_window_options_refuse_a_bad_size_or_day_before_opening_anything() {
    let (code, out, err) = rota(&["--screenshot", "x.png", "--size", "1600by1000"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.contains("expected WIDTHxHEIGHT such as 1600x1000, not \"1600by1000\""),
        "{err}"
    );
    let (code, _, err) = rota(&["--screenshot", "x.png", "--size", "100x100"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("100x100: each side must be from 200 to 8000"),
        "{err}"
    );
    let (code, _, err) = rota(&["--at", "2018-02-30"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("\"2018-02-30\" is not a real calendar day"),
        "{err}"
    );
    assert!(!std::path::Path::new("x.png").exists());
}

#[test]
fn the_handout_is_printed_or_written_to_a_file() {
    let (code, out, err) = rota(&[
        "handout",
        "--documented",
        "--reading",
        "next-state-full-term",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert!(out.contains("<li>Kazakhstan's turn starts on 2 Nov 2021 instead of 1 Jan 2023.</li>"));
    let path = std::env::temp_dir().join(format!("rota-handout-{}.html", std::process::id()));
    let file = path.to_string_lossy().into_owned();
    let (code, out, _) = rota(&[
        "handout",
        "assets/offices/csto-sg/scenarios/documented.ron",
        "-o",
        &file,
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("Wrote the handout to {file}\n"));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("<p>Nothing: up to "));
    std::fs::remove_file(&path).unwrap();
    let (code, _, err) = rota(&["handout", "-o", "/nonexistent-dir/x.html"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("cannot write /nonexistent-dir/x.html"),
        "{err}"
    );
}

#[test]
fn a_link_printed_by_the_cli_carries_its_scenario() {
    let (code, out, err) = rota(&[
        "link",
        "assets/offices/csto-sg/scenarios/reading-next-state-full-term.ron",
        "--base",
        "https://school.example/rota/",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.starts_with("https://school.example/rota/#s="), "{out}");
    let catalog = common::catalog();
    let scenario = rota::data::share::decode(out.trim(), &common::library()).unwrap();
    assert_eq!(
        Some(&scenario),
        catalog.scenario("reading-next-state-full-term")
    );
}

#[test]
fn differences_read_as_english_sentences_with_their_articles() {
    let (code, out, err) = common::rota(&["compare", "--recall", "2021-06-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(
        " - From 1 Jan 2017 to 1 May 2017, a nominee of Armenia holds the post instead of \
         Valery Semerikov (acting, Russia).\n"
    ));
    assert!(out.contains(
        " - From 1 Jun 2021 to 31 Dec 2022, an acting Secretary General holds the post instead \
         of Stanislav Zas.\n"
    ));
    // The table does not say "acting" twice.
    assert!(out.contains("Belarus: Acting Secretary General  "));
    assert!(!out.contains("Acting Secretary General (acting)"));
}
