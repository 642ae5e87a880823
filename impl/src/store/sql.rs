//! Statements built at run time (lists with optional filters) in the `$N` placeholders that both
//! PostgreSQL and SQLite accept; sqlx's own `QueryBuilder` writes `?` for the Any driver.

use sqlx::any::AnyArguments;
use sqlx::Arguments as _;

/// A value bound to a built statement.
#[derive(Debug, Clone)]
pub enum Value {
    Int(i64),
    Text(String),
}

/// SQL text and its bound values, numbered as they are added.
#[derive(Debug, Default)]
pub struct Sql {
    text: String,
    values: Vec<Value>,
}

impl Sql {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            values: Vec::new(),
        }
    }

    /// Appends SQL text.
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Binds a value and returns its placeholder, to splice into text passed to [`Sql::push`].
    pub fn bind(&mut self, value: Value) -> String {
        self.values.push(value);
        format!("${}", self.values.len())
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The bound values as sqlx arguments.
    pub fn arguments(&self) -> AnyArguments<'static> {
        let mut arguments = AnyArguments::default();
        for value in &self.values {
            // Adding an integer or a string to Any arguments cannot fail.
            let _ = match value {
                Value::Int(value) => arguments.add(*value),
                Value::Text(value) => arguments.add(value.clone()),
            };
        }
        arguments
    }
}
