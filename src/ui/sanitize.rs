//! Makes backend-supplied strings safe to print: control characters (which could move the
//! cursor or change the terminal's state) and bidirectional overrides (which could make text
//! read differently from what it is) are shown escaped instead of being interpreted.

/// Whether `c` must not reach the terminal as is: a control character, or a bidirectional
/// embedding, override, isolate or mark.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Replaces control characters with visible escapes (`\n`, `\t`, `\u{1b}`), and bidirectional
/// controls too (`\u{202e}`).
pub fn clean(s: &str) -> String {
    if !s.chars().any(is_unsafe) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_control_characters_only() {
        assert_eq!(clean("alice"), "alice");
        assert_eq!(clean("Zoë 日本"), "Zoë 日本");
        assert_eq!(clean("a\tb\nc"), "a\\tb\\nc");
        assert_eq!(clean("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(clean("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(clean("\u{2067}x\u{2069}"), "\\u{2067}x\\u{2069}");
        assert_eq!(clean("مرحبا עברית"), "مرحبا עברית");
    }
}
