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

/// Byte offset of `key` inside the top-level struct, or of `key.sub` inside its value.
#[must_use]
pub fn field_offset(text: &str, key: &str, sub: Option<&str>) -> Option<usize> {
    let toks = tokens(text);
    let at = field(&toks, 0, 1, key)?;
    match sub {
        None => toks.get(at).map(|t| t.offset),
        Some(name) => field(&toks, at + 2, 2, name)
            .or(Some(at))
            .and_then(|i| toks.get(i))
            .map(|t| t.offset),
    }
}

/// Byte offset of element `index` of the list in top-level field `key`.
#[must_use]
pub fn element_offset(text: &str, key: &str, index: usize) -> Option<usize> {
    let toks = tokens(text);
    let at = field(&toks, 0, 1, key)?;
    let open = (at + 2..toks.len()).find(|&i| toks[i].kind == Kind::Open)?;
    let mut count = 0;
    let mut i = open + 1;
    while let Some(t) = toks.get(i) {
        if t.depth < 2 {
            return None; // the list closed first
        }
        if count == index {
            return Some(t.offset);
        }
        if t.kind == Kind::Comma && t.depth == 2 {
            count += 1;
        }
        i += 1;
    }
    None
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
    fn finds_fields_and_nested_fields() {
        assert_eq!(at(field_offset(TEXT, "rules", Some("lag_days"))), (4, 30));
        assert_eq!(at(field_offset(TEXT, "rules", Some("start"))), (4, 5));
        assert_eq!(at(field_offset(TEXT, "name", None)), (3, 5));
    }
}
