//! Hostile input, round two (issue 17), built to inject: a scenario's text reaches the terminal
//! with its control characters escaped, and Markdown and HTML documents as text, never as markup.
//! Each test fails on rota before the issue and holds after it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{catalog, rota, scratch};

// 8. Terminal injection.

/// Whether text holds a character a terminal acts on (besides the newlines that end lines).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| (c.is_control() && *c != '\n') || ('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

/// A name that, printed raw, clears the screen, sets the terminal's title, rings, reorders the
/// text after it and starts an 8-bit control sequence.
const HOSTILE_NAME: &str = "\u{1b}[2J\u{1b}]0;owned\u{7}Lesson\r\u{202e}txt.exe\u{9b}31m";

#[test]
fn text_from_a_file_reaches_the_terminal_with_control_characters_escaped() {
    let dir = scratch("hostile-terminal");
    let path = dir.join("lesson.ron");
    // Written by rota, so the file's text holds the escapes as RON writes them (\u{1b}).
    let mut scenario = catalog().documented_scenario();
    scenario.name = HOSTILE_NAME.to_owned();
    scenario.description = HOSTILE_NAME.to_owned();
    std::fs::write(
        &path,
        rota::data::scenario_file::scenario_to_ron(&scenario, &catalog()),
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let (code, out, err) = rota(&["check", file]);
    assert_eq!(code, 0, "{err}");
    assert!(raw_controls(&out).is_empty(), "{out:?}");
    assert!(
        out.contains(r#"ok: "\u{1b}[2J\u{1b}]0;owned\u{7}Lesson\r\u{202e}txt.exe\u{9b}31m""#),
        "{out}"
    );
    for args in [
        &["compare", file][..],
        &["compare", file, "--format", "markdown"][..],
        &["compare", file, "--format", "csv"][..],
        &["compare", file, "--format", "json"][..],
        &["project", file, "--format", "markdown"][..],
        &["handout", file][..],
    ] {
        let (code, out, err) = rota(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(raw_controls(&out).is_empty(), "{args:?}: {out:?}");
        assert!(raw_controls(&err).is_empty(), "{args:?}: {err:?}");
        if args.contains(&"json") {
            // JSON escapes them its own way, so a program reads the name exactly.
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(value["scenario"], HOSTILE_NAME);
        }
    }
    // A message quoting a file's text, and a flag's text, are escaped too.
    let (code, _, err) = rota(&["project", file, "--reading", "\u{1b}[2J"]);
    assert_eq!(code, 2);
    assert!(raw_controls(&err).is_empty(), "{err:?}");
    assert!(err.contains(r#""\u{1b}[2J""#), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn csv_fields_show_control_characters_escaped() {
    assert_eq!(rota::export::csv_field("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
    assert_eq!(rota::export::csv_field("two\nlines"), "two\\nlines");
    assert_eq!(rota::export::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
}

// 9. Markdown and HTML injection.

/// A name that writes its own heading, raw HTML, a link, an image, a table's column and code.
const MARKUP_NAME: &str = "# Owned <script>alert(1)</script> [click](javascript:alert(1)) ![x](http://x/y.png) | `code` &amp; *bold* __u__ ~~s~~";

fn scenario_file_named(dir: &Path, name: &str, description: &str) -> std::path::PathBuf {
    let mut scenario = catalog().documented_scenario();
    scenario.name = name.to_owned();
    scenario.description = description.to_owned();
    let path = dir.join("markup.ron");
    std::fs::write(
        &path,
        rota::data::scenario_file::scenario_to_ron(&scenario, &catalog()),
    )
    .unwrap();
    path
}

/// The count of `|` that separate a Markdown table's cells (not escaped ones).
fn cell_bars(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

#[test]
fn a_name_in_markdown_is_text_not_markup() {
    let dir = scratch("hostile-markdown");
    let path = scenario_file_named(&dir, MARKUP_NAME, "");
    let (code, out, err) = rota(&["compare", path.to_str().unwrap(), "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    let heading = out.lines().next().unwrap();
    assert!(
        heading.starts_with("## \\# Owned &lt;script&gt;"),
        "{heading}"
    );
    // Markup left unescaped: each backslash-escaped character stands in as '·'.
    let mut plain = String::new();
    let mut chars = out.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            plain.push('·');
        } else {
            plain.push(c);
        }
    }
    for raw in [
        "<script",
        "](javascript:",
        "![x]",
        "`code`",
        "*bold*",
        "__u__",
        "~~s~~",
    ] {
        assert!(!plain.contains(raw), "{raw} in {out}");
    }
    // What the user wrote as "&amp;" shows as those five characters.
    assert!(
        out.contains("&amp;amp;") && !out.contains(" &amp; "),
        "{out}"
    );
    // Every row of the table has as many cells as its header.
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
    assert!(rows.len() > 3);
    let header = cell_bars(rows[0]);
    for row in &rows {
        assert_eq!(cell_bars(row), header, "{row}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn markdown_table_cells_escape_what_markdown_acts_on() {
    let table = rota::export::table(
        &["Holder"],
        &[vec!["a | b <i>c</i> [d](e) *f*".to_owned()]],
        true,
    );
    let row = table.lines().nth(2).unwrap();
    assert_eq!(row, "| a \\| b &lt;i&gt;c&lt;/i&gt; \\[d\\](e) \\*f\\* |");
}

#[test]
fn a_handout_shows_what_a_user_wrote_as_text() {
    let dir = scratch("hostile-handout");
    let path = scenario_file_named(
        &dir,
        "<script>alert(1)</script>\u{1b}[2J",
        "</p><img src=x onerror=alert(1)>\u{7}",
    );
    let out_path = dir.join("handout.html");
    let (code, _, err) = rota(&[
        "handout",
        path.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&out_path).unwrap();
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\\u{1b}[2J"));
    assert!(html.contains("&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;\\u{7}"));
    assert!(raw_controls(&html).is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}
