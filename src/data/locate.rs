//! Finds where a field or a list element stands in RON text that has already parsed, so that
//! problems found after parsing (an unknown state, an event before the rotation) still point at a
//! line and column.

/// A token's kind, as much as locating needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ident,
    Open,
    Close,
    Colon,
    Comma,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    /// Brackets open before this token (an opening bracket counts its outside).
    depth: usize,
    offset: usize,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push(Token {
                    kind: Kind::Other,
                    text: "",
                    depth,
                    offset: start,
                });
            }
            b'(' | b'[' | b'{' => {
                out.push(Token {
                    kind: Kind::Open,
                    text: "",
                    depth,
                    offset: start,
                });
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                out.push(Token {
                    kind: Kind::Close,
                    text: "",
                    depth,
                    offset: start,
                });
                i += 1;
            }
            b':' => {
                out.push(Token {
                    kind: Kind::Colon,
                    text: "",
                    depth,
                    offset: start,
                });
                i += 1;
            }
            b',' => {
                out.push(Token {
                    kind: Kind::Comma,
                    text: "",
                    depth,
                    offset: start,
                });
                i += 1;
            }
            _ if c.is_ascii_alphanumeric() || c == b'_' || c == b'#' => {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'#')
                {
                    i += 1;
                }
                let word = text.get(start..i).unwrap_or("");
                out.push(Token {
                    kind: Kind::Ident,
                    text: word,
                    depth,
                    offset: start,
                });
            }
            _ => {
                // Any other character (including multi-byte UTF-8) is a token of its own.
                i += text
                    .get(i..)
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8);
                out.push(Token {
                    kind: Kind::Other,
                    text: "",
                    depth,
                    offset: start,
                });
            }
        }
    }
    out
}

/// Index of the value after `key:` at `depth`, searching from `from`.
fn field(tokens: &[Token<'_>], from: usize, depth: usize, key: &str) -> Option<usize> {
    (from..tokens.len()).find(|&i| {
        let t = tokens[i];
        t.kind == Kind::Ident
            && t.depth == depth
            && t.text == key
            && tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Colon)
    })
}

/// Answers every "where is it" question about one text from a single reading of it: the text is
/// tokenized once, its lines found once, and each list's elements found once when first asked
/// for. Locating the problems of a file costs one pass, however many problems it has.
#[derive(Debug)]
pub struct Locator<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    /// Byte offset of each line's first character.
    line_starts: Vec<usize>,
    /// The top-level fields: name and index of the key's token, first occurrence only.
    fields: Vec<(&'a str, usize)>,
    /// The elements' offsets of each top-level list asked for so far.
    lists: std::cell::RefCell<Vec<(String, Vec<usize>)>>,
}

impl<'a> Locator<'a> {
    /// Reads `text` once.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let tokens = tokens(text);
        let line_starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        let mut fields: Vec<(&str, usize)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind == Kind::Ident
                && t.depth == 1
                && tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Colon)
                && !fields.iter().any(|(name, _)| *name == t.text)
            {
                fields.push((t.text, i));
            }
        }
        Self {
            text,
            tokens,
            line_starts,
            fields,
            lists: std::cell::RefCell::new(Vec::new()),
        }
    }

    fn top_field(&self, key: &str) -> Option<usize> {
        self.fields
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, i)| *i)
    }

    /// Byte offset of `key` inside the top-level struct, or of `key.sub` inside its value (the
    /// key's own offset when `sub` is not written).
    #[must_use]
    pub fn field_offset(&self, key: &str, sub: Option<&str>) -> Option<usize> {
        let at = self.top_field(key)?;
        let toks = &self.tokens;
        match sub {
            None => toks.get(at).map(|t| t.offset),
            Some(name) => {
                // The value (`Rules(...)` or `(...)`) runs from its opening bracket until the
                // depth falls back to 1.
                let mut open = at + 2;
                if toks.get(open).is_some_and(|t| t.kind == Kind::Ident) {
                    open += 1;
                }
                let end = if toks.get(open).is_some_and(|t| t.kind == Kind::Open) {
                    (open + 1..toks.len())
                        .find(|&i| toks[i].depth < 2)
                        .unwrap_or(toks.len())
                } else {
                    open
                };
                field(toks.get(..end).unwrap_or(toks), at + 2, 2, name)
                    .or(Some(at))
                    .and_then(|i| toks.get(i))
                    .map(|t| t.offset)
            }
        }
    }

    /// Byte offset of element `index` of the list in top-level field `key`.
    #[must_use]
    pub fn element_offset(&self, key: &str, index: usize) -> Option<usize> {
        let mut lists = self.lists.borrow_mut();
        if let Some((_, offsets)) = lists.iter().find(|(name, _)| name == key) {
            return offsets.get(index).copied();
        }
        let offsets = self.elements(key);
        let found = offsets.get(index).copied();
        lists.push((key.to_owned(), offsets));
        found
    }

    /// The offsets of every element of the list in top-level field `key`, in one walk.
    fn elements(&self, key: &str) -> Vec<usize> {
        let toks = &self.tokens;
        let mut out = Vec::new();
        let Some(at) = self.top_field(key) else {
            return out;
        };
        let Some(open) = (at + 2..toks.len()).find(|&i| toks[i].kind == Kind::Open) else {
            return out;
        };
        let mut starting = true;
        for t in toks.iter().skip(open + 1) {
            if t.depth < 2 {
                break; // the list closed
            }
            if starting {
                out.push(t.offset);
                starting = false;
            }
            if t.kind == Kind::Comma && t.depth == 2 {
                starting = true;
            }
        }
        out
    }

    /// 1-based line and column (in characters) of a byte offset.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        (line, col + 1)
    }
}

/// Byte offset of `key` inside the top-level struct, or of `key.sub` inside its value. Reads the
/// whole text: to locate more than one thing, build a [`Locator`] once.
#[must_use]
pub fn field_offset(text: &str, key: &str, sub: Option<&str>) -> Option<usize> {
    Locator::new(text).field_offset(key, sub)
}

/// Byte offset of element `index` of the list in top-level field `key`. Reads the whole text: to
/// locate more than one thing, build a [`Locator`] once.
#[must_use]
pub fn element_offset(text: &str, key: &str, index: usize) -> Option<usize> {
    Locator::new(text).element_offset(key, index)
}

/// 1-based line and column (in characters) of a byte offset.
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

    const TEXT: &str = "// a comment (with [brackets], and: colons)\nScenario(\n    name: \"x, y\",\n    rules: (term_months: 12, lag_days: 3),\n    events: [\n        Recall(date: \"2018-11-02\"),\n        Join(state: \"AZE\", date: \"2030-01-01\"),\n    ],\n)\n";

    fn at(offset: Option<usize>) -> (usize, usize) {
        offset.map_or((0, 0), |o| line_col(TEXT, o))
    }

    #[test]
    fn finds_list_elements_by_index() {
        assert_eq!(at(element_offset(TEXT, "events", 0)), (6, 9));
        assert_eq!(at(element_offset(TEXT, "events", 1)), (7, 9));
        assert_eq!(element_offset(TEXT, "events", 2), None);
    }

    #[test]
    fn one_locator_answers_every_question_and_agrees_with_the_one_off_functions() {
        let locator = Locator::new(TEXT);
        for (key, sub) in [
            ("rules", Some("lag_days")),
            ("rules", Some("term_months")),
            ("rules", Some("start")),
            ("name", None),
            ("events", None),
            ("nothing", None),
        ] {
            assert_eq!(
                locator.field_offset(key, sub),
                field_offset(TEXT, key, sub),
                "{key}"
            );
        }
        for i in 0..4 {
            assert_eq!(
                locator.element_offset("events", i),
                element_offset(TEXT, "events", i)
            );
        }
        for offset in 0..=TEXT.len() {
            if TEXT.is_char_boundary(offset) {
                assert_eq!(locator.line_col(offset), line_col(TEXT, offset), "{offset}");
            }
        }
        // A named rules struct, and a field named like a rule elsewhere, are told apart.
        let text =
            "Scenario(rules: Rules(lag_days: 3), events: [Recall(date: \"2020-01-01\")], start: 1)";
        let locator = Locator::new(text);
        let at = |o: Option<usize>| o.map_or((0, 0), |o| locator.line_col(o));
        assert_eq!(at(locator.field_offset("rules", Some("lag_days"))), (1, 23));
        assert_eq!(at(locator.field_offset("rules", Some("start"))), (1, 10));
    }

    #[test]
    fn finds_fields_and_nested_fields() {
        assert_eq!(at(field_offset(TEXT, "rules", Some("lag_days"))), (4, 30));
        assert_eq!(at(field_offset(TEXT, "rules", Some("start"))), (4, 5));
        assert_eq!(at(field_offset(TEXT, "name", None)), (3, 5));
    }
}
