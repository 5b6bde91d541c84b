//! Where each value stands in RON text that has already parsed, found in one pass: a problem found
//! after parsing (an unknown code in `history.3.state`, an order naming no set) still points at
//! the value's line and column. Paths name fields by key and list elements by index:
//! `members.2.names.ru`, `rules.order`, `fixed_order.4`.

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

struct Walk<'a> {
    tokens: Vec<Token<'a>>,
    at: usize,
    spots: HashMap<String, usize>,
}

impl<'a> Walk<'a> {
    fn peek(&self, k: usize) -> Option<Token<'a>> {
        self.tokens.get(self.at + k).copied()
    }

    fn join(path: &str, key: &str) -> String {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    }

    /// One value at the current token, recorded under `path`'s children.
    fn value(&mut self, path: &str, depth: usize) {
        let Some(first) = self.peek(0) else { return };
        if depth > MAX_DEPTH {
            self.skip_value();
            return;
        }
        match first.kind {
            Kind::Ident if matches!(self.peek(1).map(|t| t.kind), Some(Kind::Open(b'('))) => {
                self.at += 1;
                self.group(path, depth, b')');
            }
            Kind::Open(b'(') => self.group(path, depth, b')'),
            Kind::Open(b'[') => self.group(path, depth, b']'),
            Kind::Open(_) => self.group(path, depth, b'}'),
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
    fn group(&mut self, path: &str, depth: usize, _close: u8) {
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
                    let key = Self::join(path, t.text);
                    let at = self.peek(2).map_or(t.offset, |v| v.offset);
                    self.spots.entry(key.clone()).or_insert(at);
                    self.at += 2;
                    self.value(&key, depth + 1);
                }
                _ => {
                    let key = Self::join(path, &index.to_string());
                    self.spots.entry(key.clone()).or_insert(t.offset);
                    self.value(&key, depth + 1);
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
    spots: HashMap<String, usize>,
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    /// Reads `text` once.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let mut walk = Walk {
            tokens: tokens(text),
            at: 0,
            spots: HashMap::new(),
        };
        // The top-level value: `Office(…)`, `Scenario(…)`, a list.
        walk.value("", 0);
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
        let mut path = path;
        loop {
            if let Some(offset) = self.spots.get(path) {
                return self.line_col(*offset);
            }
            match path.rsplit_once('.') {
                Some((parent, _)) => path = parent,
                None => return (1, 1),
            }
        }
    }
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
