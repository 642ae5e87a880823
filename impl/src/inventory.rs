//! The personal-data inventory: which fields of the contract hold personal data, read once from
//! the contract's `x-personal-data` extensions (`identity`, `contact`, `free_text`, or `false`
//! for a field that only looks personal). The Spectral rule `personal-data-classified`
//! (api/.spectral.yaml) makes every field named like personal data say which it is.
//!
//! Who reads it: the service checks at start-up that an erasure reaches every personal field of
//! a contact and every free-text field it redacts ([`Inventory::check_erasure`]); the tests take
//! the values to look for after an erasure from it; `docs/gdpr.md` lists it
//! (`opportunity-service inventory` prints that table).

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// What kind of personal data a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Who the person is: names, job title, country.
    Identity,
    /// How to reach them: e-mail, phone.
    Contact,
    /// Text written by users, which may name or describe a person.
    FreeText,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Identity => "identity",
            Category::Contact => "contact",
            Category::FreeText => "free_text",
        }
    }
}

/// Every classified field of the contract's schemas.
#[derive(Debug, Clone, Default)]
pub struct Inventory {
    /// (schema, property) -> category; `None` for `x-personal-data: false`.
    fields: BTreeMap<(String, String), Option<Category>>,
}

/// The inventory of the contract the service serves, read once.
pub fn inventory() -> &'static Inventory {
    static INVENTORY: OnceLock<Inventory> = OnceLock::new();
    INVENTORY.get_or_init(|| {
        // The contract is checked at start-up (`server::build`), which fails first on a bad one.
        Inventory::from_contract(crate::contract_text::OPENAPI_YAML).unwrap_or_default()
    })
}

/// The contact's columns an erasure anonymises, and the free-text fields (schema, property) it
/// redacts mentions in; [`Inventory::check_erasure`] holds them against the contract.
pub struct ErasureReach<'a> {
    pub contact_fields: &'a [&'a str],
    pub redacted_text: &'a [(&'a str, &'a str)],
}

impl Inventory {
    /// Reads the `x-personal-data` extensions of `components.schemas.*.properties.*`.
    pub fn from_contract(openapi_yaml: &str) -> anyhow::Result<Self> {
        let document: serde_yaml::Value = serde_yaml::from_str(openapi_yaml)?;
        let mut fields = BTreeMap::new();
        let schemas = document
            .get("components")
            .and_then(|components| components.get("schemas"))
            .and_then(serde_yaml::Value::as_mapping);
        for (schema_name, schema) in schemas.into_iter().flatten() {
            let Some(schema_name) = schema_name.as_str() else {
                continue;
            };
            let properties = schema
                .get("properties")
                .and_then(serde_yaml::Value::as_mapping);
            for (property, definition) in properties.into_iter().flatten() {
                let (Some(property), Some(class)) =
                    (property.as_str(), definition.get("x-personal-data"))
                else {
                    continue;
                };
                let category = match class {
                    serde_yaml::Value::Bool(false) => None,
                    serde_yaml::Value::String(text) if text == "identity" => {
                        Some(Category::Identity)
                    }
                    serde_yaml::Value::String(text) if text == "contact" => Some(Category::Contact),
                    serde_yaml::Value::String(text) if text == "free_text" => {
                        Some(Category::FreeText)
                    }
                    other => anyhow::bail!(
                        "{schema_name}.{property}: x-personal-data is {other:?}, not identity, contact, free_text or false"
                    ),
                };
                fields.insert((schema_name.to_owned(), property.to_owned()), category);
            }
        }
        Ok(Self { fields })
    }

    /// The personal fields of `schema`, with their categories, in name order.
    pub fn personal_fields(&self, schema: &str) -> Vec<(&str, Category)> {
        self.fields
            .iter()
            .filter(|((name, _), _)| name == schema)
            .filter_map(|((_, property), category)| category.map(|c| (property.as_str(), c)))
            .collect()
    }

    /// Every personal field: (schema, property, category).
    pub fn all_personal(&self) -> Vec<(&str, &str, Category)> {
        self.fields
            .iter()
            .filter_map(|((schema, property), category)| {
                category.map(|category| (schema.as_str(), property.as_str(), category))
            })
            .collect()
    }

    /// The inventory as a Markdown table (schema, field, category), for `docs/gdpr.md`.
    pub fn markdown(&self) -> String {
        let mut table = String::from("| schema | field | category |\n|---|---|---|\n");
        for (schema, field, category) in self.all_personal() {
            table.push_str(&format!(
                "| `{schema}` | `{field}` | {} |\n",
                category.as_str()
            ));
        }
        table
    }

    /// Fails when the contract marks as personal a field of `Contact` that an erasure does not
    /// anonymise, or a free-text field of `Opportunity`, `Note` or `LineItem` it does not redact:
    /// adding a personal field to the contract without extending erasure stops the service.
    pub fn check_erasure(&self, reach: &ErasureReach<'_>) -> anyhow::Result<()> {
        let missing: Vec<String> = self
            .personal_fields("Contact")
            .into_iter()
            .filter(|(field, _)| !reach.contact_fields.contains(field))
            .map(|(field, _)| format!("Contact.{field}"))
            .chain(
                ["Opportunity", "Note", "LineItem"]
                    .into_iter()
                    .flat_map(|schema| {
                        self.personal_fields(schema)
                            .into_iter()
                            .filter(|(_, category)| *category == Category::FreeText)
                            .map(move |(field, _)| (schema, field))
                    })
                    .filter(|field| !reach.redacted_text.contains(field))
                    .map(|(schema, field)| format!("{schema}.{field}")),
            )
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            anyhow::bail!(
                "the contract marks personal data an erasure does not reach: {}",
                missing.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_classifies_the_contacts_fields() {
        let inventory =
            Inventory::from_contract(crate::contract_text::OPENAPI_YAML).expect("inventory");
        let contact: Vec<(&str, Category)> = inventory.personal_fields("Contact");
        assert_eq!(
            contact,
            [
                ("country", Category::Identity),
                ("email", Category::Contact),
                ("first_name", Category::Identity),
                ("job_title", Category::Identity),
                ("last_name", Category::Identity),
                ("phone", Category::Contact),
            ]
        );
        assert!(inventory.personal_fields("Account").is_empty());
        assert_eq!(
            inventory.personal_fields("Note"),
            [("body", Category::FreeText)]
        );
    }

    #[test]
    fn erasure_reaches_every_personal_field_of_the_contract() {
        inventory()
            .check_erasure(&crate::store::gdpr::ERASURE_REACH)
            .expect("erasure covers the inventory");
    }

    #[test]
    fn the_records_of_processing_list_the_inventory_as_the_contract_has_it() {
        let document = include_str!("../../docs/gdpr.md");
        assert!(
            document.contains(&inventory().markdown()),
            "docs/gdpr.md is out of date: paste `opportunity-service inventory` into it"
        );
    }

    #[test]
    fn a_personal_field_erasure_does_not_reach_is_refused() {
        let mut inventory = Inventory::default();
        inventory.fields.insert(
            ("Contact".to_owned(), "birth_date".to_owned()),
            Some(Category::Identity),
        );
        let error = inventory
            .check_erasure(&crate::store::gdpr::ERASURE_REACH)
            .expect_err("refused");
        assert!(error.to_string().contains("Contact.birth_date"), "{error}");
    }
}
