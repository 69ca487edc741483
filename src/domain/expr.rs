//! TaskRouter's expression language (the subset flexctl and the sandbox need): parsing and
//! evaluation against a JSON attributes object. Pure, no I/O, so it is tested with tables of
//! cases. The sandbox routes with it; `agents list` evaluates queue targets with it.
//!
//! Grammar: `expr := and (OR and)*`, `and := unary (AND unary)*`,
//! `unary := NOT unary | '(' expr ')' | operand op operand`, where an operand is a string
//! (`'…'` or `"…"`), a number, `true`/`false`, a list `[…]` or a dotted attribute path, and
//! `op` is one of `== = != > >= < <= HAS CONTAINS IN NOT IN`. Keywords take any case.

use serde_json::Value;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Chains are flat lists rather than nested pairs, so a long `a AND b AND …` cannot make
    /// evaluation recurse deeply.
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Cmp(Operand, Op, Operand),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Lit(Value),
    Path(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Has,
    Contains,
    In,
    NotIn,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Str(String),
    Num(f64),
    Ident(String),
    Sym(&'static str),
}

/// Bounds that keep parsing and evaluation of hostile input cheap and off the stack limit.
const MAX_TOKENS: usize = 4096;
const MAX_DEPTH: usize = 32;

/// Parses `src`; the error says what is wrong, for a 400 message.
pub fn parse(src: &str) -> Result<Expr, String> {
    let toks = lex(src)?;
    if toks.is_empty() {
        return Err("the expression is empty".into());
    }
    if toks.len() > MAX_TOKENS {
        return Err(format!(
            "the expression is too long (over {MAX_TOKENS} tokens)"
        ));
    }
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
    };
    let e = p.or()?;
    match p.toks.get(p.pos) {
        None => Ok(e),
        Some(t) => Err(format!("unexpected {} after the expression", show(t))),
    }
}

fn show(t: &Tok) -> String {
    match t {
        Tok::Str(s) => format!("string \"{s}\""),
        Tok::Num(n) => format!("number {n}"),
        Tok::Ident(s) => format!("'{s}'"),
        Tok::Sym(s) => format!("'{s}'"),
    }
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '"' || c == '\'' {
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && chars[j] != c {
                j += 1;
            }
            if j >= chars.len() {
                return Err("unterminated string".into());
            }
            out.push(Tok::Str(chars[start..j].iter().collect()));
            i = j + 1;
            continue;
        }
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let sym2 = ["==", "!=", ">=", "<=", "&&", "||"]
            .into_iter()
            .find(|s| *s == two);
        if let Some(s) = sym2 {
            out.push(Tok::Sym(s));
            i += 2;
            continue;
        }
        let sym1 = ["=", ">", "<", "(", ")", "[", "]", ",", "!"]
            .into_iter()
            .find(|s| s.starts_with(c));
        if let Some(s) = sym1 {
            out.push(Tok::Sym(s));
            i += 1;
            continue;
        }
        let numeric_start = c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()));
        if numeric_start {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                j += 1;
            }
            let text: String = chars[i..j].iter().collect();
            let n = text
                .parse::<f64>()
                .map_err(|_| format!("'{text}' is not a number"))?;
            out.push(Tok::Num(n));
            i = j;
            continue;
        }
        if c.is_alphanumeric() || c == '_' || c == '$' {
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j].is_alphanumeric() || matches!(chars[j], '_' | '.' | '-' | '$'))
            {
                j += 1;
            }
            out.push(Tok::Ident(chars[i..j].iter().collect()));
            i = j;
            continue;
        }
        return Err(format!("unexpected character '{c}'"));
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn keyword(&self, offset: usize, word: &str) -> bool {
        matches!(self.toks.get(self.pos + offset), Some(Tok::Ident(s)) if s.eq_ignore_ascii_case(word))
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut terms = vec![self.and()?];
        while self.keyword(0, "or") || self.peek() == Some(&Tok::Sym("||")) {
            self.pos += 1;
            terms.push(self.and()?);
        }
        Ok(if terms.len() == 1 {
            terms.remove(0)
        } else {
            Expr::Or(terms)
        })
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut terms = vec![self.unary()?];
        while self.keyword(0, "and") || self.peek() == Some(&Tok::Sym("&&")) {
            self.pos += 1;
            terms.push(self.unary()?);
        }
        Ok(if terms.len() == 1 {
            terms.remove(0)
        } else {
            Expr::And(terms)
        })
    }

    fn unary(&mut self) -> Result<Expr, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(format!(
                "the expression nests deeper than {MAX_DEPTH} levels"
            ));
        }
        let e = self.unary_inner();
        self.depth -= 1;
        e
    }

    fn unary_inner(&mut self) -> Result<Expr, String> {
        if self.keyword(0, "not") || self.peek() == Some(&Tok::Sym("!")) {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some(&Tok::Sym("(")) {
            self.pos += 1;
            let e = self.or()?;
            return match self.next() {
                Some(Tok::Sym(")")) => Ok(e),
                _ => Err("missing ')'".into()),
            };
        }
        let left = self.operand()?;
        let op = self.op()?;
        let right = self.operand()?;
        Ok(Expr::Cmp(left, op, right))
    }

    fn op(&mut self) -> Result<Op, String> {
        if self.keyword(0, "not") && self.keyword(1, "in") {
            self.pos += 2;
            return Ok(Op::NotIn);
        }
        let op = match self.next() {
            Some(Tok::Sym("==" | "=")) => Op::Eq,
            Some(Tok::Sym("!=")) => Op::Ne,
            Some(Tok::Sym(">")) => Op::Gt,
            Some(Tok::Sym(">=")) => Op::Ge,
            Some(Tok::Sym("<")) => Op::Lt,
            Some(Tok::Sym("<=")) => Op::Le,
            Some(Tok::Ident(w)) => match w.to_ascii_lowercase().as_str() {
                "has" => Op::Has,
                "contains" => Op::Contains,
                "in" => Op::In,
                _ => return Err(format!("expected an operator, found '{w}'")),
            },
            Some(t) => return Err(format!("expected an operator, found {}", show(&t))),
            None => return Err("expected an operator at the end".into()),
        };
        Ok(op)
    }

    fn operand(&mut self) -> Result<Operand, String> {
        match self.next() {
            Some(Tok::Str(s)) => Ok(Operand::Lit(Value::String(s))),
            Some(Tok::Num(n)) => Ok(Operand::Lit(num(n))),
            Some(Tok::Sym("[")) => {
                let mut items = Vec::new();
                if self.peek() == Some(&Tok::Sym("]")) {
                    self.pos += 1;
                    return Ok(Operand::Lit(Value::Array(items)));
                }
                loop {
                    match self.operand()? {
                        Operand::Lit(v) => items.push(v),
                        Operand::Path(p) => items.push(Value::String(p.join("."))),
                    }
                    match self.next() {
                        Some(Tok::Sym(",")) => continue,
                        Some(Tok::Sym("]")) => break,
                        _ => return Err("expected ',' or ']' in a list".into()),
                    }
                }
                Ok(Operand::Lit(Value::Array(items)))
            }
            Some(Tok::Ident(w)) => {
                if w.eq_ignore_ascii_case("true") {
                    Ok(Operand::Lit(Value::Bool(true)))
                } else if w.eq_ignore_ascii_case("false") {
                    Ok(Operand::Lit(Value::Bool(false)))
                } else if w.split('.').any(str::is_empty) {
                    Err(format!("'{w}' is not a valid attribute path"))
                } else {
                    Ok(Operand::Path(w.split('.').map(String::from).collect()))
                }
            }
            Some(t) => Err(format!("expected a value, found {}", show(&t))),
            None => Err("expected a value at the end".into()),
        }
    }
}

fn num(n: f64) -> Value {
    serde_json::Number::from_f64(n)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

impl Expr {
    /// Whether the expression reads any attribute (a path operand): one that reads none,
    /// such as `1==1`, selects every worker or none whatever their attributes.
    pub fn reads_attributes(&self) -> bool {
        match self {
            Expr::And(terms) | Expr::Or(terms) => terms.iter().any(Expr::reads_attributes),
            Expr::Not(a) => a.reads_attributes(),
            Expr::Cmp(l, _, r) => matches!(l, Operand::Path(_)) || matches!(r, Operand::Path(_)),
        }
    }

    /// Evaluates against `attrs` (a JSON object); missing attributes are null.
    pub fn eval(&self, attrs: &Value) -> bool {
        match self {
            Expr::And(terms) => terms.iter().all(|t| t.eval(attrs)),
            Expr::Or(terms) => terms.iter().any(|t| t.eval(attrs)),
            Expr::Not(a) => !a.eval(attrs),
            Expr::Cmp(l, op, r) => compare(&resolve(l, attrs), *op, &resolve(r, attrs)),
        }
    }
}

fn resolve(o: &Operand, attrs: &Value) -> Value {
    match o {
        Operand::Lit(v) => v.clone(),
        Operand::Path(p) => p
            .iter()
            .try_fold(attrs, |v, k| v.get(k))
            .cloned()
            .unwrap_or(Value::Null),
    }
}

/// Equality that treats `1` and `1.0` (and the string "1") as the same number.
fn same(a: &Value, b: &Value) -> bool {
    match (as_f64(a), as_f64(b)) {
        (Some(x), Some(y)) if a.is_number() || b.is_number() => x == y,
        _ => a == b,
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn compare(l: &Value, op: Op, r: &Value) -> bool {
    let ordered = |f: fn(f64, f64) -> bool| match (as_f64(l), as_f64(r)) {
        (Some(x), Some(y)) => f(x, y),
        _ => match (l.as_str(), r.as_str()) {
            (Some(x), Some(y)) => f(x.cmp(y) as i32 as f64, 0.0),
            _ => false,
        },
    };
    let member = |item: &Value, list: &Value| match list {
        Value::Array(xs) => xs.iter().any(|x| same(x, item)),
        other => same(other, item),
    };
    match op {
        Op::Eq => same(l, r),
        Op::Ne => !same(l, r),
        Op::Gt => ordered(|x, y| x > y),
        Op::Ge => ordered(|x, y| x >= y),
        Op::Lt => ordered(|x, y| x < y),
        Op::Le => ordered(|x, y| x <= y),
        Op::Has => match l {
            Value::Array(xs) => xs.iter().any(|x| same(x, r)),
            _ => false,
        },
        Op::Contains => match (l, r) {
            (Value::String(s), Value::String(sub)) => s.contains(sub.as_str()),
            (Value::Array(xs), _) => xs.iter().any(|x| same(x, r)),
            _ => false,
        },
        // An array on the left is "in" the list when any of its elements is.
        Op::In => match l {
            Value::Array(xs) => xs.iter().any(|x| member(x, r)),
            Value::Null => false,
            _ => member(l, r),
        },
        Op::NotIn => !compare(l, Op::In, r),
    }
}

#[cfg(test)]
#[path = "expr_tests.rs"]
mod tests;
