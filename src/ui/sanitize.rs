//! Makes backend-supplied strings safe to print: control characters (which could move the
//! cursor or change the terminal's state) are shown escaped instead of being interpreted.

/// Replaces control characters with visible escapes (`\n`, `\t`, `\u{1b}`).
pub fn clean(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
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
    }
}
