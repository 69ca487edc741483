//! Finding an agent or a queue by what a person typed: a SID, or a friendly name matched
//! case-insensitively, with "did you mean" suggestions on a near miss.

/// Why a name did not resolve to exactly one candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    /// Nothing matched; the closest names (best first), possibly none.
    Unknown { suggestions: Vec<String> },
    /// Several matched (names differing only in case); all of them.
    Ambiguous { candidates: Vec<String> },
    /// The name is empty (bad input, not an unknown name).
    Empty,
}

/// Index of the candidate (`(sid, name)`) that `query` names.
pub fn resolve(query: &str, candidates: &[(String, String)]) -> Result<usize, NameError> {
    let q = query.trim();
    if q.is_empty() {
        return Err(NameError::Empty);
    }
    if let Some(i) = candidates
        .iter()
        .position(|(sid, _)| sid.eq_ignore_ascii_case(q))
    {
        return Ok(i);
    }
    if let Some(i) = candidates.iter().position(|(_, name)| name == q) {
        return Ok(i);
    }
    let folded = q.to_lowercase();
    let matches: Vec<usize> = candidates
        .iter()
        .enumerate()
        .filter(|(_, (_, name))| name.to_lowercase() == folded)
        .map(|(i, _)| i)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(NameError::Unknown {
            suggestions: suggest(&folded, candidates.iter().map(|(_, n)| n.as_str())),
        }),
        many => Err(NameError::Ambiguous {
            candidates: many.iter().map(|&i| candidates[i].1.clone()).collect(),
        }),
    }
}

/// Up to three names close to `query`: by edit distance (at most a third of the length, and at
/// least 2), or sharing its start.
pub fn suggest<'a>(query: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let q: Vec<char> = query.to_lowercase().chars().take(256).collect();
    let limit = (q.len() / 3).max(2);
    let mut scored: Vec<(usize, String)> = names
        .filter_map(|name| {
            let n: Vec<char> = name.to_lowercase().chars().take(256).collect();
            let d = distance(&q, &n);
            let prefix = q.len() >= 2 && n.starts_with(&q);
            (d <= limit || prefix).then(|| (if prefix { 0 } else { d }, name.to_string()))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// Levenshtein distance between two char slices.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// "did you mean bob?" / "did you mean bob or rob?" / None.
pub fn did_you_mean(suggestions: &[String]) -> Option<String> {
    match suggestions {
        [] => None,
        [one] => Some(format!("did you mean {one}?")),
        [rest @ .., last] => Some(format!("did you mean {} or {last}?", rest.join(", "))),
    }
}

/// `name` as one word of a shell command in a hint: as it is when it is safe to type so
/// (letters, digits, `-_.,/:@%+=`), else in single quotes (`Support North 001` →
/// `'Support North 001'`).
pub fn shell_word(name: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_.,/:@%+=".contains(c);
    if !name.is_empty() && name.chars().all(plain) {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agents() -> Vec<(String, String)> {
        ["alice", "bob", "carol", "Bob"]
            .iter()
            .enumerate()
            .map(|(i, n)| (format!("WK{i:032}"), n.to_string()))
            .collect()
    }

    #[test]
    fn exact_sid_and_case_insensitive_names() {
        let a = agents();
        assert_eq!(resolve("alice", &a), Ok(0));
        assert_eq!(resolve("ALICE", &a), Ok(0));
        assert_eq!(resolve(&a[2].0.to_lowercase(), &a), Ok(2));
        assert_eq!(resolve("Bob", &a), Ok(3), "an exact-case match wins");
        assert_eq!(
            resolve("BOB", &a),
            Err(NameError::Ambiguous {
                candidates: vec!["bob".into(), "Bob".into()]
            })
        );
    }

    #[test]
    fn near_misses_get_suggestions() {
        let a = agents();
        assert_eq!(
            resolve("alise", &a),
            Err(NameError::Unknown {
                suggestions: vec!["alice".into()]
            })
        );
        assert_eq!(
            resolve("car", &a),
            Err(NameError::Unknown {
                suggestions: vec!["carol".into()]
            })
        );
        assert_eq!(
            resolve("zzzzzzzz", &a),
            Err(NameError::Unknown {
                suggestions: vec![]
            })
        );
        assert_eq!(
            did_you_mean(&["a".into(), "b".into(), "c".into()]).unwrap(),
            "did you mean a, b or c?"
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let a = agents();
        for q in ["", " ", "\u{0}", "日本語", &"x".repeat(100_000)] {
            assert!(resolve(q, &a).is_err());
        }
    }

    #[test]
    fn names_with_spaces_or_quotes_are_quoted_for_the_shell() {
        assert_eq!(shell_word("Escalations"), "Escalations");
        assert_eq!(shell_word("Support North 001"), "'Support North 001'");
        assert_eq!(shell_word("O'Brien"), r"'O'\''Brien'");
        assert_eq!(shell_word(""), "''");
    }
}
