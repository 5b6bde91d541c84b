//! Text for people: numbers with thousands separators, and what a user wrote made safe to show:
//! clipped for the window, control characters escaped for a terminal.

use std::borrow::Cow;

/// `59990` as `59,990`.
#[must_use]
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whether a character is one a terminal (or a line of text) must not receive as it is: the
/// control characters (C0, DEL, C1: ESC starts a terminal's escape sequences, CR and BS overwrite
/// what was printed), the line and paragraph separators, and the bidirectional overrides and
/// isolates, which reorder what is shown.
#[must_use]
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ => {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// `text` with every unsafe character (see [`is_unsafe`]) shown escaped, as Rust writes it:
/// ESC as `\u{1b}`, a newline as `\n`. Text without any is returned as it is.
#[must_use]
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape_controls_except(text, &[])
}

/// [`escape_controls`], leaving the characters in `keep` (a newline, for whole lines of output)
/// as they are.
#[must_use]
pub fn escape_controls_except<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep.contains(&c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) && !keep.contains(&c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text (as serde_json writes it) with the unsafe characters JSON leaves raw (DEL, the C1
/// controls, the line separators and bidirectional controls) written as JSON's `\uXXXX` escapes:
/// the same JSON to a program, nothing a terminal acts on. (serde_json escapes the rest of the
/// control characters itself; every unsafe character is in the Basic Multilingual Plane, and
/// can only stand inside a string.)
#[must_use]
pub fn json_safe(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// What a user wrote, as Markdown text that shows it as it is (in a heading, a paragraph or a
/// table's cell): `&`, `<` and `>` as HTML's entities, so no raw HTML passes; the rest of the
/// punctuation Markdown acts on inline (emphasis, code, links and images, a cell's `|`, a
/// heading's closing `#`, GitHub's `~` and `$`) escaped with a backslash; control characters
/// escaped as in [`escape_controls`], so a newline cannot start a heading or a list.
#[must_use]
pub fn markdown(text: &str) -> String {
    let text = escape_controls(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// What a user wrote, as HTML text (or a double-quoted attribute's value): `&`, `<`, `>` and
/// `"` as entities, control characters shown escaped as in [`escape_controls`] (HTML has no place
/// for them).
#[must_use]
pub fn html(text: &str) -> String {
    let text = escape_controls(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// At most `max` characters of `text`: longer text is cut and ends in "…".
#[must_use]
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", text.get(..end).unwrap_or(text)))
        }
    }
}

/// What a user wrote, as one line of a label, a title or a menu: control characters escaped,
/// at most `max` characters.
#[must_use]
pub fn one_line(text: &str, max: usize) -> String {
    // Clipped first, so a huge text is never escaped whole; then clipped again, since escaping
    // lengthens it.
    let clipped = clip(text, max);
    clip(&escape_controls(&clipped), max).into_owned()
}

/// How many characters of a name the window shows in a line (a lane's title, a menu, the
/// window's title, a message).
pub const SHOWN_NAME_CHARS: usize = 60;

/// A name a user wrote (a scenario's; an office's, a reading's, from an office file) as the window
/// shows it in a line: see [`one_line`].
#[must_use]
pub fn shown_name(name: &str) -> String {
    one_line(name, SHOWN_NAME_CHARS)
}

/// At most `max` bytes of `text`, cut at a character's boundary: for file names, which systems
/// limit in bytes (255 on most).
#[must_use]
pub fn clip_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(59_990), "59,990");
        assert_eq!(thousands(1_048_576), "1,048,576");
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(
            escape_controls("plain, “quoted” — Ω"),
            "plain, “quoted” — Ω"
        );
        assert_eq!(
            escape_controls("\u{1b}[2J\u{1b}]0;owned\u{7}a\nb\rc\td\u{7f}\u{9b}\u{202e}"),
            "\\u{1b}[2J\\u{1b}]0;owned\\u{7}a\\nb\\rc\\td\\u{7f}\\u{9b}\\u{202e}"
        );
        assert_eq!(escape_controls_except("a\nb\u{1b}", &['\n']), "a\nb\\u{1b}");
        let json = serde_json::json!({ "name": "a\u{1b}b\u{7f}c\u{9b}d\u{202e}" }).to_string();
        let safe = json_safe(&json);
        assert_eq!(safe, r#"{"name":"a\u001bb\u007fc\u009bd\u202e"}"#);
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap_or_default();
        assert_eq!(back["name"], "a\u{1b}b\u{7f}c\u{9b}d\u{202e}");
    }

    #[test]
    fn markdown_and_html_show_text_as_text() {
        assert_eq!(
            markdown("# A <b>title</b> [x](y) | *z* & `c`\n- item"),
            "\\# A &lt;b&gt;title&lt;/b&gt; \\[x\\](y) \\| \\*z\\* &amp; \\`c\\`\\\\n- item"
        );
        assert_eq!(
            markdown("Holder's state (acting)"),
            "Holder's state (acting)"
        );
        assert_eq!(
            html("<b>“A & B”</b> 'q'\u{1b}"),
            "&lt;b&gt;“A &amp; B”&lt;/b&gt; 'q'\\u{1b}"
        );
    }

    #[test]
    fn long_text_is_clipped_where_it_is_shown() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("exactly10!", 10), "exactly10!");
        assert_eq!(clip("eleven chars", 10), "eleven ch…");
        assert_eq!(clip(&"é".repeat(1_000_000), 5), "éééé…");
        assert_eq!(one_line("a\u{1b}[2Jb", 100), "a\\u{1b}[2Jb");
        assert_eq!(one_line(&"\u{1b}".repeat(1_000_000), 8).chars().count(), 8);
        assert_eq!(clip_bytes("ééé", 5), "éé");
        assert_eq!(clip_bytes("abc", 5), "abc");
    }
}
