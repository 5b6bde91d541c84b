//! Where each value stands in RON text that has already parsed, found in one pass: a problem found
//! after parsing (an unknown code in `history.3.state`, an order naming no set) still points at
//! the value's line and column (or, for scenario files, its key's). Paths name fields by key and
//! list elements by index: `members.2.names.ru`, `rules.order`, `fixed_order.4`. However many
//! problems a file has, its text is read once.

use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ident,
    Str,
    Open(u8),
    Close,
    Colon,
    Comma,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    kind: Kind,
    /// An identifier's text, or a string's contents (escapes left as written).
    text: &'a str,
    offset: usize,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        let start = i;
        let at = |j: usize| bytes.get(j).copied();
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if at(i + 1) == Some(b'/') => {
                while at(i).is_some_and(|b| b != b'\n') {
                    i += 1;
                }
            }
            b'/' if at(i + 1) == Some(b'*') => {
                i += 2;
                while at(i).is_some() && !(at(i) == Some(b'*') && at(i + 1) == Some(b'/')) {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while let Some(b) = at(i) {
                    if b == b'"' {
                        break;
                    }
                    i += if b == b'\\' { 2 } else { 1 };
                }
                let inner = text.get(start + 1..i.min(bytes.len())).unwrap_or("");
                i += 1;
                out.push(Token {
                    kind: Kind::Str,
                    text: inner,
                    offset: start,
                });
            }
            b'(' | b'[' | b'{' => {
                out.push(Token {
                    kind: Kind::Open(c),
                    text: "",
                    offset: start,
                });
                i += 1;
            }
            b')' | b']' | b'}' | b':' | b',' => {
                let kind = match c {
                    b':' => Kind::Colon,
                    b',' => Kind::Comma,
                    _ => Kind::Close,
                };
                out.push(Token {
                    kind,
                    text: "",
                    offset: start,
                });
                i += 1;
            }
            _ if c.is_ascii_alphanumeric() || c == b'_' || c == b'#' => {
                while at(i).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'#') {
                    i += 1;
                }
                out.push(Token {
                    kind: Kind::Ident,
                    text: text.get(start..i).unwrap_or(""),
                    offset: start,
                });
            }
            _ => {
                // Any other character (a sign, a dot, multi-byte UTF-8) is a token of its own.
                i += text
                    .get(i..)
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8);
                out.push(Token {
                    kind: Kind::Other,
                    text: "",
                    offset: start,
                });
            }
        }
    }
    out
}

/// How deep the walk follows nesting; deeper values are not located (the files' own depth limit
/// is far lower).
const MAX_DEPTH: usize = 64;

/// Where a field's value (or an element) starts, and where a field's key is written.
#[derive(Clone, Copy, Debug)]
struct Spot {
    value: usize,
    key: Option<usize>,
}

struct Walk<'a> {
    tokens: Vec<Token<'a>>,
    at: usize,
    /// The path of the value being walked, grown and cut back as the walk goes in and out.
    path: String,
    spots: HashMap<String, Spot>,
}

impl<'a> Walk<'a> {
    fn peek(&self, k: usize) -> Option<Token<'a>> {
        self.tokens.get(self.at + k).copied()
    }

    /// Records `spot` for the current path extended by `child` (a key, or an element's index),
    /// then walks the child's value; the path is as it was afterwards.
    fn child(&mut self, child: impl std::fmt::Display, spot: Spot, depth: usize) {
        use std::fmt::Write as _;
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        let _ = write!(self.path, "{child}");
        self.spots.entry(self.path.clone()).or_insert(spot);
        self.value(depth + 1);
        self.path.truncate(len);
    }

    /// One value at the current token, its parts recorded under the current path.
    fn value(&mut self, depth: usize) {
        let Some(first) = self.peek(0) else { return };
        if depth > MAX_DEPTH {
            self.skip_value();
            return;
        }
        match first.kind {
            Kind::Ident if matches!(self.peek(1).map(|t| t.kind), Some(Kind::Open(b'('))) => {
                self.at += 1;
                self.group(depth);
            }
            Kind::Open(_) => self.group(depth),
            _ => {
                // A literal: a string, a number (possibly signed), a bool, a unit name.
                self.at += 1;
                while let Some(t) = self.peek(0) {
                    if matches!(t.kind, Kind::Comma | Kind::Close) {
                        break;
                    }
                    self.at += 1;
                }
            }
        }
    }

    /// A bracketed group: named fields (`key: value`), map entries (`"key": value`) or elements
    /// (recorded by index).
    fn group(&mut self, depth: usize) {
        self.at += 1; // the opening bracket
        let mut index = 0usize;
        loop {
            let Some(t) = self.peek(0) else { return };
            let before = self.at;
            match t.kind {
                Kind::Close => {
                    self.at += 1;
                    return;
                }
                Kind::Comma => {
                    self.at += 1;
                    continue;
                }
                Kind::Ident | Kind::Str
                    if matches!(self.peek(1).map(|n| n.kind), Some(Kind::Colon)) =>
                {
                    // A field is located at its value: that is what a message is about.
                    let at = self.peek(2).map_or(t.offset, |v| v.offset);
                    self.at += 2;
                    let spot = Spot {
                        value: at,
                        key: Some(t.offset),
                    };
                    self.child(t.text, spot, depth);
                }
                _ => {
                    let spot = Spot {
                        value: t.offset,
                        key: None,
                    };
                    self.child(index, spot, depth);
                    index += 1;
                }
            }
            if self.at == before {
                self.at += 1; // never stall on text that is not RON
            }
        }
    }

    fn skip_value(&mut self) {
        let mut depth = 0usize;
        while let Some(t) = self.peek(0) {
            match t.kind {
                Kind::Open(_) => depth += 1,
                Kind::Close if depth == 0 => return,
                Kind::Close => depth -= 1,
                Kind::Comma if depth == 0 => return,
                _ => {}
            }
            self.at += 1;
        }
    }
}

/// The positions of every field and element of a RON text, computed once.
#[derive(Clone, Debug)]
pub struct Locator<'a> {
    text: &'a str,
    spots: HashMap<String, Spot>,
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    /// Reads `text` once.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let mut walk = Walk {
            tokens: tokens(text),
            at: 0,
            path: String::new(),
            spots: HashMap::new(),
        };
        // The top-level value: `Office(…)`, `Scenario(…)`, a list.
        walk.value(0);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            text,
            spots: walk.spots,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|s| *s <= offset);
        let start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let col = self
            .text
            .get(start..offset.min(self.text.len()))
            .map_or(0, |s| s.chars().count());
        (line.max(1), col + 1)
    }

    /// Where `path` stands, or its nearest located ancestor (`history.3.turn` left out falls back
    /// to `history.3`), or the start of the text.
    #[must_use]
    pub fn at(&self, path: &str) -> (usize, usize) {
        self.find(path, |spot| spot.value)
    }

    /// Where the key of the field at `path` is written (`rules.lag_days` at `lag_days`; an
    /// element, which has no key, where it starts), or its nearest located ancestor's, or the
    /// start of the text. Scenario files place their problems so.
    #[must_use]
    pub fn key_at(&self, path: &str) -> (usize, usize) {
        self.find(path, |spot| spot.key.unwrap_or(spot.value))
    }

    fn find(&self, path: &str, offset: impl Fn(&Spot) -> usize) -> (usize, usize) {
        let mut path = path;
        loop {
            if let Some(spot) = self.spots.get(path) {
                return self.line_col(offset(spot));
            }
            match path.rsplit_once('.') {
                Some((parent, _)) => path = parent,
                None => return (1, 1),
            }
        }
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`, without locating
/// anything else: for a problem found before the text parses (a byte that is not UTF-8, a NUL).
#[must_use]
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// a comment (with [brackets], and: colons)\nOffice(\n    id: \"x, y\",\n    rules: (order: \"ru\", term_months: 12),\n    members: [\n        Member(code: \"ARM\", names: {\"en\": \"Armenia\", \"ru\": \"Армения\"}),\n        Member(code: \"BLR\", membership: [(from: \"1993-12-31\")]),\n    ],\n)\n";

    #[test]
    fn finds_fields_elements_and_map_keys_in_one_pass() {
        let at = Locator::new(TEXT);
        assert_eq!(at.at("id"), (3, 9));
        assert_eq!(at.at("rules.term_months"), (4, 39));
        assert_eq!(at.at("members.0"), (6, 9));
        assert_eq!(at.at("members.1.code"), (7, 22));
        assert_eq!(at.at("members.0.names.ru"), (6, 60));
        assert_eq!(at.at("members.1.membership.0.from"), (7, 49));
        // A path that is not written falls back to its nearest written ancestor.
        assert_eq!(at.at("members.1.suspensions"), (7, 9));
        assert_eq!(at.at("nothing.here"), (1, 1));
    }

    #[test]
    fn keys_are_found_where_they_are_written_and_told_apart_by_their_path() {
        const SCENARIO: &str = "// a comment (with [brackets], and: colons)\nScenario(\n    name: \"x, y\",\n    rules: (term_months: 12, lag_days: 3),\n    events: [\n        Recall(date: \"2018-11-02\"),\n        Join(state: \"AZE\", date: \"2030-01-01\"),\n    ],\n)\n";
        let at = Locator::new(SCENARIO);
        assert_eq!(at.key_at("rules.lag_days"), (4, 30));
        assert_eq!(at.at("rules.lag_days"), (4, 40));
        // A rule not written falls back to the key of `rules`.
        assert_eq!(at.key_at("rules.start"), (4, 5));
        assert_eq!(at.key_at("name"), (3, 5));
        assert_eq!(at.key_at("events.0"), (6, 9));
        assert_eq!(at.key_at("events.1"), (7, 9));
        assert_eq!(at.key_at("events.2"), (5, 5));
        // A named rules struct, and a field named like a rule elsewhere, are told apart.
        let text =
            "Scenario(rules: Rules(lag_days: 3), events: [Recall(date: \"2020-01-01\")], start: 1)";
        let at = Locator::new(text);
        assert_eq!(at.key_at("rules.lag_days"), (1, 23));
        assert_eq!(at.key_at("rules.start"), (1, 10));
        // The one-off line and column agree with the locator's.
        let locator = Locator::new(SCENARIO);
        for offset in (0..=SCENARIO.len()).filter(|o| SCENARIO.is_char_boundary(*o)) {
            assert_eq!(
                line_col(SCENARIO, offset),
                locator.line_col(offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn text_that_is_not_ron_is_walked_without_stalling() {
        for text in [
            "",
            "(",
            ")))",
            "[1, 2",
            "\"open",
            "a: b: c",
            "{{{{",
            "Office(x: [)",
        ] {
            let at = Locator::new(text);
            assert_eq!(at.at("x.0"), at.at("x.0"));
        }
    }
}
