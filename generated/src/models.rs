#![allow(unused_qualifications)]
#[cfg(not(feature = "validate"))]
use validator::Validate;

#[cfg(any(feature = "client", feature = "server"))]
use crate::header;
use crate::models;
#[cfg(feature = "validate")]
use serde_valid::Validate;

/// A company you sell to.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Account {
    /// The account's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The company's name.
    #[serde(rename = "name")]
    pub name: String,

    /// The company's internet domain.
    #[serde(rename = "domain")]
    pub domain: swagger::Nullable<String>,

    /// The company's industry, in your words.
    #[serde(rename = "industry")]
    pub industry: swagger::Nullable<String>,

    /// ISO 3166-1 alpha-2.
    #[serde(rename = "country")]
    pub country: swagger::Nullable<String>,

    /// How many people the company employs.
    #[serde(rename = "employee_count")]
    pub employee_count: swagger::Nullable<i64>,

    /// Your system's id for the account.
    #[serde(rename = "external_id")]
    pub external_id: swagger::Nullable<String>,

    /// Free labels.
    #[serde(rename = "tags")]
    pub tags: Vec<String>,

    /// When the record was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When the record last changed.
    #[serde(rename = "updated_at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// Increases with every change; the ETag is this number in quotes.
    #[serde(rename = "version")]
    pub version: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Account {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Account {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Account {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        domain: swagger::Nullable<String>,
        industry: swagger::Nullable<String>,
        country: swagger::Nullable<String>,
        employee_count: swagger::Nullable<i64>,
        external_id: swagger::Nullable<String>,
        tags: Vec<String>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        version: i64,
    ) -> Account {
        Account {
            id,
            name,
            domain,
            industry,
            country,
            employee_count,
            external_id,
            tags,
            created_at,
            updated_at,
            version,
        }
    }
}

/// Converts the Account value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("domain".to_string()),
            Some(
                self.domain
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("industry".to_string()),
            Some(
                self.industry
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("country".to_string()),
            Some(
                self.country
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("employee_count".to_string()),
            Some(
                self.employee_count
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("external_id".to_string()),
            Some(
                self.external_id
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("tags".to_string()),
            Some(
                self.tags
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping non-primitive type created_at in query parameter serialization
            // Skipping non-primitive type updated_at in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Account value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Account {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub domain: Vec<swagger::Nullable<String>>,
            pub industry: Vec<swagger::Nullable<String>>,
            pub country: Vec<swagger::Nullable<String>>,
            pub employee_count: Vec<swagger::Nullable<i64>>,
            pub external_id: Vec<swagger::Nullable<String>>,
            pub tags: Vec<Vec<String>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub version: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Account".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "domain" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Account"
                                .to_string(),
                        )
                    }
                    "industry" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Account"
                                .to_string(),
                        )
                    }
                    "country" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Account"
                                .to_string(),
                        )
                    }
                    "employee_count" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Account"
                                .to_string(),
                        )
                    }
                    "external_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Account"
                                .to_string(),
                        )
                    }
                    "tags" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Account"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Account".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Account {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Account".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Account".to_string())?,
            domain: std::result::Result::Err(
                "Nullable types not supported in Account".to_string(),
            )?,
            industry: std::result::Result::Err(
                "Nullable types not supported in Account".to_string(),
            )?,
            country: std::result::Result::Err(
                "Nullable types not supported in Account".to_string(),
            )?,
            employee_count: std::result::Result::Err(
                "Nullable types not supported in Account".to_string(),
            )?,
            external_id: std::result::Result::Err(
                "Nullable types not supported in Account".to_string(),
            )?,
            tags: intermediate_rep
                .tags
                .into_iter()
                .next()
                .ok_or_else(|| "tags missing in Account".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Account".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Account".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in Account".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Account> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Account>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Account>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Account - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Account> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Account as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Account - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Account>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Account>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Account>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Account> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Account as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Account - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new account. Only `name` is required.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AccountCreate {
    /// The company's name, 1-200 characters.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    pub name: String,

    /// The company's internet domain, such as `globex.example`.
    #[serde(rename = "domain")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 253),
           regex(path = *RE_ACCOUNTCREATE_DOMAIN),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 253))]
    #[cfg_attr(
        feature = "validate",
        validate(
            pattern = r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
        )
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,

    /// The company's industry, in your words.
    #[serde(rename = "industry")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,

    /// An ISO 3166-1 alpha-2 country code.
    #[serde(rename = "country")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_ACCOUNTCREATE_COUNTRY),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{2}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,

    /// How many people the company employs.
    #[serde(rename = "employee_count")]
    #[cfg_attr(
        not(feature = "validate"),
        validate(range(min = 0i64, max = 100000000i64),)
    )]
    #[cfg_attr(feature = "validate", validate(minimum = 0i64))]
    #[cfg_attr(feature = "validate", validate(maximum = 100000000i64))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee_count: Option<i64>,

    /// An id in the partner's system, unique among opportunities.
    #[serde(rename = "external_id")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 100),
           regex(path = *RE_ACCOUNTCREATE_EXTERNAL_ID),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._:-]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,

    /// Free labels, unique, at most 20.
    #[serde(rename = "tags")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 20),))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<models::Tag>>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AccountCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AccountCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_ACCOUNTCREATE_DOMAIN: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_ACCOUNTCREATE_COUNTRY: regex::Regex = regex::Regex::new(r"^[A-Z]{2}$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_ACCOUNTCREATE_EXTERNAL_ID: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9._:-]+$").unwrap();
}

impl AccountCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(name: String) -> AccountCreate {
        AccountCreate {
            name,
            domain: None,
            industry: None,
            country: None,
            employee_count: None,
            external_id: None,
            tags: None,
        }
    }
}

/// Converts the AccountCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AccountCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.domain
                .as_ref()
                .map(|domain| ["domain".to_string(), domain.to_string()].join(",")),
            self.industry
                .as_ref()
                .map(|industry| ["industry".to_string(), industry.to_string()].join(",")),
            self.country
                .as_ref()
                .map(|country| ["country".to_string(), country.to_string()].join(",")),
            self.employee_count.as_ref().map(|employee_count| {
                ["employee_count".to_string(), employee_count.to_string()].join(",")
            }),
            self.external_id
                .as_ref()
                .map(|external_id| ["external_id".to_string(), external_id.to_string()].join(",")),
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AccountCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AccountCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub domain: Vec<String>,
            pub industry: Vec<String>,
            pub country: Vec<String>,
            pub employee_count: Vec<i64>,
            pub external_id: Vec<String>,
            pub tags: Vec<Vec<models::Tag>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AccountCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "domain" => intermediate_rep.domain.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "industry" => intermediate_rep.industry.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "country" => intermediate_rep.country.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employee_count" => intermediate_rep.employee_count.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "external_id" => intermediate_rep.external_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "tags" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AccountCreate"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AccountCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AccountCreate {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in AccountCreate".to_string())?,
            domain: intermediate_rep.domain.into_iter().next(),
            industry: intermediate_rep.industry.into_iter().next(),
            country: intermediate_rep.country.into_iter().next(),
            employee_count: intermediate_rep.employee_count.into_iter().next(),
            external_id: intermediate_rep.external_id.into_iter().next(),
            tags: intermediate_rep.tags.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AccountCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AccountCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AccountCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AccountCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AccountCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AccountCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AccountCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AccountCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AccountCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AccountCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AccountCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AccountCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AccountCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of accounts.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AccountPage {
    /// The accounts of this page, in the list's order.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::Account>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AccountPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AccountPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl AccountPage {
    #[allow(clippy::new_without_default)]
    pub fn new(data: Vec<models::Account>, next_cursor: swagger::Nullable<String>) -> AccountPage {
        AccountPage { data, next_cursor }
    }
}

/// Converts the AccountPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AccountPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AccountPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AccountPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::Account>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AccountPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AccountPage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in AccountPage"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AccountPage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AccountPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in AccountPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in AccountPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AccountPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AccountPage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AccountPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AccountPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AccountPage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AccountPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AccountPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AccountPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AccountPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AccountPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AccountPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AccountPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AccountPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to an account (JSON merge patch): only the fields sent change; `null` clears a nullable field.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AccountPatch {
    /// The company's name, 1-200 characters.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// The company's internet domain; `null` clears it.
    #[serde(rename = "domain")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(max_length = 253))]
    #[cfg_attr(
        feature = "validate",
        validate(
            pattern = r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
        )
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<swagger::Nullable<String>>,

    /// The company's industry; `null` clears it.
    #[serde(rename = "industry")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<swagger::Nullable<String>>,

    /// An ISO 3166-1 alpha-2 country code; `null` clears it.
    #[serde(rename = "country")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{2}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<swagger::Nullable<String>>,

    /// How many people the company employs; `null` clears it.
    #[serde(rename = "employee_count")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(minimum = 0swagger::Nullable<i64>))]
    #[cfg_attr(feature = "validate", validate(maximum = 100000000swagger::Nullable<i64>))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee_count: Option<swagger::Nullable<i64>>,

    /// Your system's id for the account, unique among accounts; `null` clears it.
    #[serde(rename = "external_id")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._:-]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<swagger::Nullable<String>>,

    /// Free labels, unique, at most 20.
    #[serde(rename = "tags")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 20),))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<models::Tag>>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AccountPatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AccountPatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl AccountPatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> AccountPatch {
        AccountPatch {
            name: None,
            domain: None,
            industry: None,
            country: None,
            employee_count: None,
            external_id: None,
            tags: None,
        }
    }
}

/// Converts the AccountPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AccountPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.industry.as_ref().map(|industry| {
                [
                    "industry".to_string(),
                    industry
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.country.as_ref().map(|country| {
                [
                    "country".to_string(),
                    country
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.employee_count.as_ref().map(|employee_count| {
                [
                    "employee_count".to_string(),
                    employee_count
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.external_id.as_ref().map(|external_id| {
                [
                    "external_id".to_string(),
                    external_id
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AccountPatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AccountPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub domain: Vec<swagger::Nullable<String>>,
            pub industry: Vec<swagger::Nullable<String>>,
            pub country: Vec<swagger::Nullable<String>>,
            pub employee_count: Vec<swagger::Nullable<i64>>,
            pub external_id: Vec<swagger::Nullable<String>>,
            pub tags: Vec<Vec<models::Tag>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AccountPatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "domain" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AccountPatch"
                            .to_string(),
                    ),
                    "industry" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AccountPatch"
                            .to_string(),
                    ),
                    "country" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AccountPatch"
                            .to_string(),
                    ),
                    "employee_count" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AccountPatch"
                            .to_string(),
                    ),
                    "external_id" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AccountPatch"
                            .to_string(),
                    ),
                    "tags" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AccountPatch"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AccountPatch".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AccountPatch {
            name: intermediate_rep.name.into_iter().next(),
            domain: std::result::Result::Err(
                "Nullable types not supported in AccountPatch".to_string(),
            )?,
            industry: std::result::Result::Err(
                "Nullable types not supported in AccountPatch".to_string(),
            )?,
            country: std::result::Result::Err(
                "Nullable types not supported in AccountPatch".to_string(),
            )?,
            employee_count: std::result::Result::Err(
                "Nullable types not supported in AccountPatch".to_string(),
            )?,
            external_id: std::result::Result::Err(
                "Nullable types not supported in AccountPatch".to_string(),
            )?,
            tags: intermediate_rep.tags.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AccountPatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AccountPatch>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AccountPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AccountPatch - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AccountPatch> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AccountPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AccountPatch - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AccountPatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AccountPatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AccountPatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AccountPatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AccountPatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AccountPatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Sort key for accounts; a leading `-` sorts descending.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum AccountSort {
    #[serde(rename = "name")]
    NameAsc,
    #[serde(rename = "-name")]
    NameDesc,
    #[serde(rename = "created_at")]
    CreatedAtAsc,
    #[serde(rename = "-created_at")]
    CreatedAtDesc,
    #[serde(rename = "updated_at")]
    UpdatedAtAsc,
    #[serde(rename = "-updated_at")]
    UpdatedAtDesc,
}

impl std::fmt::Display for AccountSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AccountSort::NameAsc => write!(f, "name"),
            AccountSort::NameDesc => write!(f, "-name"),
            AccountSort::CreatedAtAsc => write!(f, "created_at"),
            AccountSort::CreatedAtDesc => write!(f, "-created_at"),
            AccountSort::UpdatedAtAsc => write!(f, "updated_at"),
            AccountSort::UpdatedAtDesc => write!(f, "-updated_at"),
        }
    }
}

impl std::str::FromStr for AccountSort {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "name" => std::result::Result::Ok(AccountSort::NameAsc),
            "-name" => std::result::Result::Ok(AccountSort::NameDesc),
            "created_at" => std::result::Result::Ok(AccountSort::CreatedAtAsc),
            "-created_at" => std::result::Result::Ok(AccountSort::CreatedAtDesc),
            "updated_at" => std::result::Result::Ok(AccountSort::UpdatedAtAsc),
            "-updated_at" => std::result::Result::Ok(AccountSort::UpdatedAtDesc),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<AccountSort> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AccountSort>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AccountSort>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AccountSort - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AccountSort> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AccountSort as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AccountSort - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AccountSort>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AccountSort>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AccountSort>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AccountSort> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AccountSort as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AccountSort - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A non-negative decimal amount, at most 13 integer digits, with no more decimals than the currency's minor unit.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Amount(
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,12})(\.[0-9]{1,4})?$")
    )]
    String,
);

impl std::convert::From<String> for Amount {
    fn from(x: String) -> Self {
        Amount(x)
    }
}

impl std::convert::From<Amount> for String {
    fn from(x: Amount) -> Self {
        x.0
    }
}

impl std::ops::Deref for Amount {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Amount {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Amount {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Amount {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.clone())
    }
}

impl std::str::FromStr for Amount {
    type Err = ::std::convert::Infallible;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(Amount(x.to_owned()))
    }
}

// Methods for converting between header::IntoHeaderValue<Amount> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Amount>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Amount>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Amount - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Amount> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Amount as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Amount - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Amount>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Amount>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Amount>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Amount> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Amount as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Amount - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// `line_items` when the amount is derived from line items and cannot be written directly.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum AmountSource {
    #[serde(rename = "manual")]
    Manual,
    #[serde(rename = "line_items")]
    LineItems,
}

impl std::fmt::Display for AmountSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AmountSource::Manual => write!(f, "manual"),
            AmountSource::LineItems => write!(f, "line_items"),
        }
    }
}

impl std::str::FromStr for AmountSource {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "manual" => std::result::Result::Ok(AmountSource::Manual),
            "line_items" => std::result::Result::Ok(AmountSource::LineItems),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<AmountSource> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AmountSource>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AmountSource>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AmountSource - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AmountSource> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AmountSource as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AmountSource - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AmountSource>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AmountSource>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AmountSource>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AmountSource> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AmountSource as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AmountSource - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// What was done to the record: a read, a change, or a lifecycle or GDPR action.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum AuditAction {
    #[serde(rename = "create")]
    Create,
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "update")]
    Update,
    #[serde(rename = "delete")]
    Delete,
    #[serde(rename = "restore")]
    Restore,
    #[serde(rename = "purge")]
    Purge,
    #[serde(rename = "win")]
    Win,
    #[serde(rename = "lose")]
    Lose,
    #[serde(rename = "reopen")]
    Reopen,
    #[serde(rename = "move_stage")]
    MoveStage,
    #[serde(rename = "export")]
    Export,
    #[serde(rename = "erase")]
    Erase,
    #[serde(rename = "restrict")]
    Restrict,
    #[serde(rename = "unrestrict")]
    Unrestrict,
    #[serde(rename = "legal_hold_place")]
    LegalHoldPlace,
    #[serde(rename = "legal_hold_release")]
    LegalHoldRelease,
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AuditAction::Create => write!(f, "create"),
            AuditAction::Read => write!(f, "read"),
            AuditAction::Update => write!(f, "update"),
            AuditAction::Delete => write!(f, "delete"),
            AuditAction::Restore => write!(f, "restore"),
            AuditAction::Purge => write!(f, "purge"),
            AuditAction::Win => write!(f, "win"),
            AuditAction::Lose => write!(f, "lose"),
            AuditAction::Reopen => write!(f, "reopen"),
            AuditAction::MoveStage => write!(f, "move_stage"),
            AuditAction::Export => write!(f, "export"),
            AuditAction::Erase => write!(f, "erase"),
            AuditAction::Restrict => write!(f, "restrict"),
            AuditAction::Unrestrict => write!(f, "unrestrict"),
            AuditAction::LegalHoldPlace => write!(f, "legal_hold_place"),
            AuditAction::LegalHoldRelease => write!(f, "legal_hold_release"),
        }
    }
}

impl std::str::FromStr for AuditAction {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "create" => std::result::Result::Ok(AuditAction::Create),
            "read" => std::result::Result::Ok(AuditAction::Read),
            "update" => std::result::Result::Ok(AuditAction::Update),
            "delete" => std::result::Result::Ok(AuditAction::Delete),
            "restore" => std::result::Result::Ok(AuditAction::Restore),
            "purge" => std::result::Result::Ok(AuditAction::Purge),
            "win" => std::result::Result::Ok(AuditAction::Win),
            "lose" => std::result::Result::Ok(AuditAction::Lose),
            "reopen" => std::result::Result::Ok(AuditAction::Reopen),
            "move_stage" => std::result::Result::Ok(AuditAction::MoveStage),
            "export" => std::result::Result::Ok(AuditAction::Export),
            "erase" => std::result::Result::Ok(AuditAction::Erase),
            "restrict" => std::result::Result::Ok(AuditAction::Restrict),
            "unrestrict" => std::result::Result::Ok(AuditAction::Unrestrict),
            "legal_hold_place" => std::result::Result::Ok(AuditAction::LegalHoldPlace),
            "legal_hold_release" => std::result::Result::Ok(AuditAction::LegalHoldRelease),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<AuditAction> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditAction>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditAction>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AuditAction - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AuditAction> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditAction as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AuditAction - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AuditAction>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AuditAction>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AuditAction>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AuditAction> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AuditAction as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AuditAction - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One read or change of a record: who, what, when; never the values.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuditEvent {
    /// The event's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// When it happened.
    #[serde(rename = "occurred_at")]
    pub occurred_at: chrono::DateTime<chrono::Utc>,

    /// The token `sub` of who did it.
    #[serde(rename = "actor_id")]
    pub actor_id: String,

    #[serde(rename = "action")]
    #[cfg_attr(feature = "validate", validate)]
    pub action: models::AuditAction,

    #[serde(rename = "resource_type")]
    #[cfg_attr(feature = "validate", validate)]
    pub resource_type: models::ResourceType,

    /// The record's id.
    #[serde(rename = "resource_id")]
    pub resource_id: uuid::Uuid,

    /// The request that caused it (its `X-Request-Id`), when known.
    #[serde(rename = "request_id")]
    pub request_id: swagger::Nullable<String>,

    /// Names of the fields written; never their values.
    #[serde(rename = "changed_fields")]
    pub changed_fields: Vec<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AuditEvent {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AuditEvent {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl AuditEvent {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        occurred_at: chrono::DateTime<chrono::Utc>,
        actor_id: String,
        action: models::AuditAction,
        resource_type: models::ResourceType,
        resource_id: uuid::Uuid,
        request_id: swagger::Nullable<String>,
        changed_fields: Vec<String>,
    ) -> AuditEvent {
        AuditEvent {
            id,
            occurred_at,
            actor_id,
            action,
            resource_type,
            resource_id,
            request_id,
            changed_fields,
        }
    }
}

/// Converts the AuditEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            // Skipping non-primitive type occurred_at in query parameter serialization
            Some("actor_id".to_string()),
            Some(self.actor_id.to_string()),
            // Skipping non-primitive type action in query parameter serialization
            // Skipping non-primitive type resource_type in query parameter serialization
            // Skipping non-primitive type resource_id in query parameter serialization
            Some("request_id".to_string()),
            Some(
                self.request_id
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("changed_fields".to_string()),
            Some(
                self.changed_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditEvent value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub occurred_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub actor_id: Vec<String>,
            pub action: Vec<models::AuditAction>,
            pub resource_type: Vec<models::ResourceType>,
            pub resource_id: Vec<uuid::Uuid>,
            pub request_id: Vec<swagger::Nullable<String>>,
            pub changed_fields: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuditEvent".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "occurred_at" => intermediate_rep.occurred_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "actor_id" => intermediate_rep.actor_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(
                        <models::AuditAction as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "resource_type" => intermediate_rep.resource_type.push(
                        <models::ResourceType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "resource_id" => intermediate_rep.resource_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "request_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in AuditEvent"
                                .to_string(),
                        )
                    }
                    "changed_fields" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AuditEvent"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuditEvent".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditEvent {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in AuditEvent".to_string())?,
            occurred_at: intermediate_rep
                .occurred_at
                .into_iter()
                .next()
                .ok_or_else(|| "occurred_at missing in AuditEvent".to_string())?,
            actor_id: intermediate_rep
                .actor_id
                .into_iter()
                .next()
                .ok_or_else(|| "actor_id missing in AuditEvent".to_string())?,
            action: intermediate_rep
                .action
                .into_iter()
                .next()
                .ok_or_else(|| "action missing in AuditEvent".to_string())?,
            resource_type: intermediate_rep
                .resource_type
                .into_iter()
                .next()
                .ok_or_else(|| "resource_type missing in AuditEvent".to_string())?,
            resource_id: intermediate_rep
                .resource_id
                .into_iter()
                .next()
                .ok_or_else(|| "resource_id missing in AuditEvent".to_string())?,
            request_id: std::result::Result::Err(
                "Nullable types not supported in AuditEvent".to_string(),
            )?,
            changed_fields: intermediate_rep
                .changed_fields
                .into_iter()
                .next()
                .ok_or_else(|| "changed_fields missing in AuditEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditEvent> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditEvent>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AuditEvent - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AuditEvent> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AuditEvent - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AuditEvent>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AuditEvent>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AuditEvent>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AuditEvent> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AuditEvent as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AuditEvent - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of audit events, newest first.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuditEventPage {
    /// The events of this page, newest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::AuditEvent>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AuditEventPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AuditEventPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl AuditEventPage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::AuditEvent>,
        next_cursor: swagger::Nullable<String>,
    ) -> AuditEventPage {
        AuditEventPage { data, next_cursor }
    }
}

/// Converts the AuditEventPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditEventPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditEventPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditEventPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::AuditEvent>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuditEventPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AuditEventPage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AuditEventPage"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuditEventPage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditEventPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in AuditEventPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in AuditEventPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditEventPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditEventPage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditEventPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for AuditEventPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AuditEventPage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditEventPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into AuditEventPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AuditEventPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<AuditEventPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<AuditEventPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AuditEventPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AuditEventPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AuditEventPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// What a batch did with one item: `created` a new opportunity or `updated` an existing one.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum BatchOutcome {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "updated")]
    Updated,
}

impl std::fmt::Display for BatchOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            BatchOutcome::Created => write!(f, "created"),
            BatchOutcome::Updated => write!(f, "updated"),
        }
    }
}

impl std::str::FromStr for BatchOutcome {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "created" => std::result::Result::Ok(BatchOutcome::Created),
            "updated" => std::result::Result::Ok(BatchOutcome::Updated),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<BatchOutcome> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<BatchOutcome>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<BatchOutcome>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for BatchOutcome - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<BatchOutcome> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <BatchOutcome as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into BatchOutcome - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<BatchOutcome>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<BatchOutcome>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<BatchOutcome>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<BatchOutcome> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <BatchOutcome as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into BatchOutcome - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One committed change to one record. Ids, types and field names only: never a personal value, so erasing a contact never rewrites an event.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ChangeEvent {
    /// The event's stable id (the same in the feed and in every webhook delivery of it).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The event's place in the feed; pass it as `after` to read what follows it.
    #[serde(rename = "position")]
    pub position: String,

    /// `<resource_type>.<verb>`: created, updated, deleted, restored, purged, stage_moved, won, lost, reopened, erased, restricted, unrestricted, legal_hold_placed, legal_hold_released.
    #[serde(rename = "type")]
    pub r#type: String,

    /// When the change was made.
    #[serde(rename = "occurred_at")]
    pub occurred_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "resource_type")]
    #[cfg_attr(feature = "validate", validate)]
    pub resource_type: models::ResourceType,

    /// The record's id.
    #[serde(rename = "resource_id")]
    pub resource_id: uuid::Uuid,

    #[serde(rename = "actor")]
    #[cfg_attr(feature = "validate", validate)]
    pub actor: models::EventActor,

    /// The request that made the change (its `X-Request-Id`).
    #[serde(rename = "request_id")]
    pub request_id: swagger::Nullable<String>,

    /// Names of the fields written; never their values.
    #[serde(rename = "changed_fields")]
    pub changed_fields: Vec<String>,

    /// The record's version after the change (its ETag is this number in quotes); null for line items, notes and purged records.
    #[serde(rename = "version")]
    pub version: swagger::Nullable<i64>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ChangeEvent {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ChangeEvent {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ChangeEvent {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        position: String,
        r#type: String,
        occurred_at: chrono::DateTime<chrono::Utc>,
        resource_type: models::ResourceType,
        resource_id: uuid::Uuid,
        actor: models::EventActor,
        request_id: swagger::Nullable<String>,
        changed_fields: Vec<String>,
        version: swagger::Nullable<i64>,
    ) -> ChangeEvent {
        ChangeEvent {
            id,
            position,
            r#type,
            occurred_at,
            resource_type,
            resource_id,
            actor,
            request_id,
            changed_fields,
            version,
        }
    }
}

/// Converts the ChangeEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ChangeEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("position".to_string()),
            Some(self.position.to_string()),
            Some("type".to_string()),
            Some(self.r#type.to_string()),
            // Skipping non-primitive type occurred_at in query parameter serialization
            // Skipping non-primitive type resource_type in query parameter serialization
            // Skipping non-primitive type resource_id in query parameter serialization
            // Skipping non-primitive type actor in query parameter serialization
            Some("request_id".to_string()),
            Some(
                self.request_id
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("changed_fields".to_string()),
            Some(
                self.changed_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("version".to_string()),
            Some(
                self.version
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ChangeEvent value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ChangeEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub position: Vec<String>,
            pub r#type: Vec<String>,
            pub occurred_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub resource_type: Vec<models::ResourceType>,
            pub resource_id: Vec<uuid::Uuid>,
            pub actor: Vec<models::EventActor>,
            pub request_id: Vec<swagger::Nullable<String>>,
            pub changed_fields: Vec<Vec<String>>,
            pub version: Vec<swagger::Nullable<i64>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ChangeEvent".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "position" => intermediate_rep.position.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r#type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "occurred_at" => intermediate_rep.occurred_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "resource_type" => intermediate_rep.resource_type.push(
                        <models::ResourceType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "resource_id" => intermediate_rep.resource_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "actor" => intermediate_rep.actor.push(
                        <models::EventActor as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "request_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in ChangeEvent"
                                .to_string(),
                        )
                    }
                    "changed_fields" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ChangeEvent"
                                .to_string(),
                        )
                    }
                    "version" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in ChangeEvent"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ChangeEvent".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ChangeEvent {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ChangeEvent".to_string())?,
            position: intermediate_rep
                .position
                .into_iter()
                .next()
                .ok_or_else(|| "position missing in ChangeEvent".to_string())?,
            r#type: intermediate_rep
                .r#type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ChangeEvent".to_string())?,
            occurred_at: intermediate_rep
                .occurred_at
                .into_iter()
                .next()
                .ok_or_else(|| "occurred_at missing in ChangeEvent".to_string())?,
            resource_type: intermediate_rep
                .resource_type
                .into_iter()
                .next()
                .ok_or_else(|| "resource_type missing in ChangeEvent".to_string())?,
            resource_id: intermediate_rep
                .resource_id
                .into_iter()
                .next()
                .ok_or_else(|| "resource_id missing in ChangeEvent".to_string())?,
            actor: intermediate_rep
                .actor
                .into_iter()
                .next()
                .ok_or_else(|| "actor missing in ChangeEvent".to_string())?,
            request_id: std::result::Result::Err(
                "Nullable types not supported in ChangeEvent".to_string(),
            )?,
            changed_fields: intermediate_rep
                .changed_fields
                .into_iter()
                .next()
                .ok_or_else(|| "changed_fields missing in ChangeEvent".to_string())?,
            version: std::result::Result::Err(
                "Nullable types not supported in ChangeEvent".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ChangeEvent> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ChangeEvent>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ChangeEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ChangeEvent - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ChangeEvent> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ChangeEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ChangeEvent - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ChangeEvent>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ChangeEvent>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ChangeEvent>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ChangeEvent> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ChangeEvent as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ChangeEvent - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of the change feed, in commit order.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ChangeEventPage {
    /// The events of this page, oldest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::ChangeEvent>,

    /// Pass as `after` for what follows; also when the page is empty (you are caught up: poll again later with it).
    #[serde(rename = "next_cursor")]
    pub next_cursor: String,

    /// Whether more events are readable right now.
    #[serde(rename = "has_more")]
    pub has_more: bool,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ChangeEventPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ChangeEventPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ChangeEventPage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::ChangeEvent>,
        next_cursor: String,
        has_more: bool,
    ) -> ChangeEventPage {
        ChangeEventPage {
            data,
            next_cursor,
            has_more,
        }
    }
}

/// Converts the ChangeEventPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ChangeEventPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(self.next_cursor.to_string()),
            Some("has_more".to_string()),
            Some(self.has_more.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ChangeEventPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ChangeEventPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::ChangeEvent>>,
            pub next_cursor: Vec<String>,
            pub has_more: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ChangeEventPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ChangeEventPage"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "next_cursor" => intermediate_rep.next_cursor.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "has_more" => intermediate_rep.has_more.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ChangeEventPage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ChangeEventPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ChangeEventPage".to_string())?,
            next_cursor: intermediate_rep
                .next_cursor
                .into_iter()
                .next()
                .ok_or_else(|| "next_cursor missing in ChangeEventPage".to_string())?,
            has_more: intermediate_rep
                .has_more
                .into_iter()
                .next()
                .ok_or_else(|| "has_more missing in ChangeEventPage".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ChangeEventPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ChangeEventPage>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ChangeEventPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ChangeEventPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<ChangeEventPage>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ChangeEventPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ChangeEventPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ChangeEventPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ChangeEventPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ChangeEventPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ChangeEventPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ChangeEventPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ChangeEventPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A person. Personal data; responses are never cached.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Contact {
    /// The contact's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The account the person works at.
    #[serde(rename = "account_id")]
    pub account_id: uuid::Uuid,

    /// Given name; `[erased]` after an erasure.
    #[serde(rename = "first_name")]
    pub first_name: String,

    /// Family name; `[erased]` after an erasure.
    #[serde(rename = "last_name")]
    pub last_name: String,

    /// Email address.
    #[serde(rename = "email")]
    pub email: swagger::Nullable<String>,

    /// Phone number.
    #[serde(rename = "phone")]
    pub phone: swagger::Nullable<String>,

    /// Job title.
    #[serde(rename = "job_title")]
    pub job_title: swagger::Nullable<String>,

    /// ISO 3166-1 alpha-2 country code.
    #[serde(rename = "country")]
    pub country: swagger::Nullable<String>,

    #[serde(rename = "lawful_basis")]
    #[cfg_attr(feature = "validate", validate)]
    pub lawful_basis: models::LawfulBasis,

    /// Whether the person agreed to marketing email.
    #[serde(rename = "marketing_consent")]
    pub marketing_consent: bool,

    /// When `marketing_consent` was last set.
    #[serde(rename = "consent_recorded_at")]
    pub consent_recorded_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// Set by the GDPR restriction operations.
    #[serde(rename = "processing_restricted")]
    pub processing_restricted: bool,

    /// Set by the GDPR legal hold operations.
    #[serde(rename = "legal_hold")]
    pub legal_hold: bool,

    /// When the personal data was erased; the names then read `[erased]`.
    #[serde(rename = "erased_at")]
    pub erased_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// When the record was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When the record last changed.
    #[serde(rename = "updated_at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// Increases with every change; the ETag is this number in quotes.
    #[serde(rename = "version")]
    pub version: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Contact {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Contact {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Contact {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        account_id: uuid::Uuid,
        first_name: String,
        last_name: String,
        email: swagger::Nullable<String>,
        phone: swagger::Nullable<String>,
        job_title: swagger::Nullable<String>,
        country: swagger::Nullable<String>,
        lawful_basis: models::LawfulBasis,
        marketing_consent: bool,
        consent_recorded_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        processing_restricted: bool,
        legal_hold: bool,
        erased_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        version: i64,
    ) -> Contact {
        Contact {
            id,
            account_id,
            first_name,
            last_name,
            email,
            phone,
            job_title,
            country,
            lawful_basis,
            marketing_consent,
            consent_recorded_at,
            processing_restricted,
            legal_hold,
            erased_at,
            created_at,
            updated_at,
            version,
        }
    }
}

/// Converts the Contact value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Contact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            // Skipping non-primitive type account_id in query parameter serialization
            Some("first_name".to_string()),
            Some(self.first_name.to_string()),
            Some("last_name".to_string()),
            Some(self.last_name.to_string()),
            Some("email".to_string()),
            Some(
                self.email
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("phone".to_string()),
            Some(
                self.phone
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("job_title".to_string()),
            Some(
                self.job_title
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("country".to_string()),
            Some(
                self.country
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping non-primitive type lawful_basis in query parameter serialization
            Some("marketing_consent".to_string()),
            Some(self.marketing_consent.to_string()),
            // Skipping non-primitive type consent_recorded_at in query parameter serialization
            Some("processing_restricted".to_string()),
            Some(self.processing_restricted.to_string()),
            Some("legal_hold".to_string()),
            Some(self.legal_hold.to_string()),
            // Skipping non-primitive type erased_at in query parameter serialization
            // Skipping non-primitive type created_at in query parameter serialization
            // Skipping non-primitive type updated_at in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Contact value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Contact {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub account_id: Vec<uuid::Uuid>,
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub email: Vec<swagger::Nullable<String>>,
            pub phone: Vec<swagger::Nullable<String>>,
            pub job_title: Vec<swagger::Nullable<String>>,
            pub country: Vec<swagger::Nullable<String>>,
            pub lawful_basis: Vec<models::LawfulBasis>,
            pub marketing_consent: Vec<bool>,
            pub consent_recorded_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub processing_restricted: Vec<bool>,
            pub legal_hold: Vec<bool>,
            pub erased_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub version: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Contact".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "first_name" => intermediate_rep.first_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "last_name" => intermediate_rep.last_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "email" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        )
                    }
                    "phone" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        )
                    }
                    "job_title" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        )
                    }
                    "country" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "lawful_basis" => intermediate_rep.lawful_basis.push(
                        <models::LawfulBasis as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "marketing_consent" => intermediate_rep.marketing_consent.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "consent_recorded_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "processing_restricted" => intermediate_rep.processing_restricted.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "legal_hold" => intermediate_rep.legal_hold.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "erased_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Contact".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Contact {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Contact".to_string())?,
            account_id: intermediate_rep
                .account_id
                .into_iter()
                .next()
                .ok_or_else(|| "account_id missing in Contact".to_string())?,
            first_name: intermediate_rep
                .first_name
                .into_iter()
                .next()
                .ok_or_else(|| "first_name missing in Contact".to_string())?,
            last_name: intermediate_rep
                .last_name
                .into_iter()
                .next()
                .ok_or_else(|| "last_name missing in Contact".to_string())?,
            email: std::result::Result::Err("Nullable types not supported in Contact".to_string())?,
            phone: std::result::Result::Err("Nullable types not supported in Contact".to_string())?,
            job_title: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            country: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            lawful_basis: intermediate_rep
                .lawful_basis
                .into_iter()
                .next()
                .ok_or_else(|| "lawful_basis missing in Contact".to_string())?,
            marketing_consent: intermediate_rep
                .marketing_consent
                .into_iter()
                .next()
                .ok_or_else(|| "marketing_consent missing in Contact".to_string())?,
            consent_recorded_at: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            processing_restricted: intermediate_rep
                .processing_restricted
                .into_iter()
                .next()
                .ok_or_else(|| "processing_restricted missing in Contact".to_string())?,
            legal_hold: intermediate_rep
                .legal_hold
                .into_iter()
                .next()
                .ok_or_else(|| "legal_hold missing in Contact".to_string())?,
            erased_at: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Contact".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Contact".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in Contact".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Contact> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Contact>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Contact>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Contact - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Contact> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Contact as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Contact - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Contact>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Contact>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Contact>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Contact> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Contact as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Contact - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new contact at an existing account.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactCreate {
    /// The account the person works at; it must exist.
    #[serde(rename = "account_id")]
    pub account_id: uuid::Uuid,

    /// Given name.
    #[serde(rename = "first_name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub first_name: String,

    /// Family name.
    #[serde(rename = "last_name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub last_name: String,

    /// Email address.
    #[serde(rename = "email")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 254),))]
    #[cfg_attr(feature = "validate", validate(max_length = 254))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,

    /// Phone number: digits, spaces, parentheses and dashes, optionally after a `+`.
    #[serde(rename = "phone")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_CONTACTCREATE_PHONE),
        ))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^\\+?[0-9][0-9 ()-]{2,31}$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,

    /// Job title.
    #[serde(rename = "job_title")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,

    /// An ISO 3166-1 alpha-2 country code.
    #[serde(rename = "country")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_CONTACTCREATE_COUNTRY),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{2}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,

    #[serde(rename = "lawful_basis")]
    #[cfg_attr(feature = "validate", validate)]
    pub lawful_basis: models::LawfulBasis,

    /// Whether the person agreed to marketing email; recording it sets `consent_recorded_at`.
    #[serde(rename = "marketing_consent")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketing_consent: Option<bool>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ContactCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ContactCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_CONTACTCREATE_PHONE: regex::Regex = regex::Regex::new(r"^\\+?[0-9][0-9 ()-]{2,31}$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_CONTACTCREATE_COUNTRY: regex::Regex = regex::Regex::new(r"^[A-Z]{2}$").unwrap();
}

impl ContactCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(
        account_id: uuid::Uuid,
        first_name: String,
        last_name: String,
        lawful_basis: models::LawfulBasis,
    ) -> ContactCreate {
        ContactCreate {
            account_id,
            first_name,
            last_name,
            email: None,
            phone: None,
            job_title: None,
            country: None,
            lawful_basis,
            marketing_consent: Some(false),
        }
    }
}

/// Converts the ContactCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type account_id in query parameter serialization
            Some("first_name".to_string()),
            Some(self.first_name.to_string()),
            Some("last_name".to_string()),
            Some(self.last_name.to_string()),
            self.email
                .as_ref()
                .map(|email| ["email".to_string(), email.to_string()].join(",")),
            self.phone
                .as_ref()
                .map(|phone| ["phone".to_string(), phone.to_string()].join(",")),
            self.job_title
                .as_ref()
                .map(|job_title| ["job_title".to_string(), job_title.to_string()].join(",")),
            self.country
                .as_ref()
                .map(|country| ["country".to_string(), country.to_string()].join(",")),
            // Skipping non-primitive type lawful_basis in query parameter serialization
            self.marketing_consent.as_ref().map(|marketing_consent| {
                [
                    "marketing_consent".to_string(),
                    marketing_consent.to_string(),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub account_id: Vec<uuid::Uuid>,
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub job_title: Vec<String>,
            pub country: Vec<String>,
            pub lawful_basis: Vec<models::LawfulBasis>,
            pub marketing_consent: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "first_name" => intermediate_rep.first_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "last_name" => intermediate_rep.last_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "phone" => intermediate_rep.phone.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_title" => intermediate_rep.job_title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "country" => intermediate_rep.country.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "lawful_basis" => intermediate_rep.lawful_basis.push(
                        <models::LawfulBasis as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "marketing_consent" => intermediate_rep.marketing_consent.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ContactCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactCreate {
            account_id: intermediate_rep
                .account_id
                .into_iter()
                .next()
                .ok_or_else(|| "account_id missing in ContactCreate".to_string())?,
            first_name: intermediate_rep
                .first_name
                .into_iter()
                .next()
                .ok_or_else(|| "first_name missing in ContactCreate".to_string())?,
            last_name: intermediate_rep
                .last_name
                .into_iter()
                .next()
                .ok_or_else(|| "last_name missing in ContactCreate".to_string())?,
            email: intermediate_rep.email.into_iter().next(),
            phone: intermediate_rep.phone.into_iter().next(),
            job_title: intermediate_rep.job_title.into_iter().next(),
            country: intermediate_rep.country.into_iter().next(),
            lawful_basis: intermediate_rep
                .lawful_basis
                .into_iter()
                .next()
                .ok_or_else(|| "lawful_basis missing in ContactCreate".to_string())?,
            marketing_consent: intermediate_rep.marketing_consent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ContactCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ContactCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ContactCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContactCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ContactCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ContactCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContactCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContactCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContactCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of contacts.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactPage {
    /// The contacts of this page, in the list's order.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::Contact>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ContactPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ContactPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ContactPage {
    #[allow(clippy::new_without_default)]
    pub fn new(data: Vec<models::Contact>, next_cursor: swagger::Nullable<String>) -> ContactPage {
        ContactPage { data, next_cursor }
    }
}

/// Converts the ContactPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::Contact>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ContactPage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in ContactPage"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ContactPage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ContactPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ContactPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactPage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ContactPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ContactPage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ContactPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContactPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ContactPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ContactPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContactPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContactPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContactPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to a contact (JSON merge patch): only the fields sent change; `null` clears a nullable field.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactPatch {
    /// Move the contact to another existing account.
    #[serde(rename = "account_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<uuid::Uuid>,

    /// Given name.
    #[serde(rename = "first_name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,

    /// Family name.
    #[serde(rename = "last_name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,

    /// Email address; `null` clears it.
    #[serde(rename = "email")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(max_length = 254))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<swagger::Nullable<String>>,

    /// Phone number; `null` clears it.
    #[serde(rename = "phone")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^\\+?[0-9][0-9 ()-]{2,31}$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<swagger::Nullable<String>>,

    /// Job title; `null` clears it.
    #[serde(rename = "job_title")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<swagger::Nullable<String>>,

    /// ISO 3166-1 alpha-2 country code; `null` clears it.
    #[serde(rename = "country")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{2}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<swagger::Nullable<String>>,

    #[serde(rename = "lawful_basis")]
    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lawful_basis: Option<models::LawfulBasis>,

    /// Whether the person agreed to marketing email; a change sets `consent_recorded_at`.
    #[serde(rename = "marketing_consent")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketing_consent: Option<bool>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ContactPatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ContactPatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ContactPatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> ContactPatch {
        ContactPatch {
            account_id: None,
            first_name: None,
            last_name: None,
            email: None,
            phone: None,
            job_title: None,
            country: None,
            lawful_basis: None,
            marketing_consent: None,
        }
    }
}

/// Converts the ContactPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type account_id in query parameter serialization
            self.first_name
                .as_ref()
                .map(|first_name| ["first_name".to_string(), first_name.to_string()].join(",")),
            self.last_name
                .as_ref()
                .map(|last_name| ["last_name".to_string(), last_name.to_string()].join(",")),
            self.email.as_ref().map(|email| {
                [
                    "email".to_string(),
                    email.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.job_title.as_ref().map(|job_title| {
                [
                    "job_title".to_string(),
                    job_title
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.country.as_ref().map(|country| {
                [
                    "country".to_string(),
                    country
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping non-primitive type lawful_basis in query parameter serialization
            self.marketing_consent.as_ref().map(|marketing_consent| {
                [
                    "marketing_consent".to_string(),
                    marketing_consent.to_string(),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactPatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub account_id: Vec<uuid::Uuid>,
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub email: Vec<swagger::Nullable<String>>,
            pub phone: Vec<swagger::Nullable<String>>,
            pub job_title: Vec<swagger::Nullable<String>>,
            pub country: Vec<swagger::Nullable<String>>,
            pub lawful_basis: Vec<models::LawfulBasis>,
            pub marketing_consent: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactPatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "first_name" => intermediate_rep.first_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "last_name" => intermediate_rep.last_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "email" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ContactPatch"
                            .to_string(),
                    ),
                    "phone" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ContactPatch"
                            .to_string(),
                    ),
                    "job_title" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ContactPatch"
                            .to_string(),
                    ),
                    "country" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ContactPatch"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "lawful_basis" => intermediate_rep.lawful_basis.push(
                        <models::LawfulBasis as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "marketing_consent" => intermediate_rep.marketing_consent.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ContactPatch".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactPatch {
            account_id: intermediate_rep.account_id.into_iter().next(),
            first_name: intermediate_rep.first_name.into_iter().next(),
            last_name: intermediate_rep.last_name.into_iter().next(),
            email: std::result::Result::Err(
                "Nullable types not supported in ContactPatch".to_string(),
            )?,
            phone: std::result::Result::Err(
                "Nullable types not supported in ContactPatch".to_string(),
            )?,
            job_title: std::result::Result::Err(
                "Nullable types not supported in ContactPatch".to_string(),
            )?,
            country: std::result::Result::Err(
                "Nullable types not supported in ContactPatch".to_string(),
            )?,
            lawful_basis: intermediate_rep.lawful_basis.into_iter().next(),
            marketing_consent: intermediate_rep.marketing_consent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactPatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactPatch>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ContactPatch - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ContactPatch> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ContactPatch - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContactPatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ContactPatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ContactPatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContactPatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContactPatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContactPatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// The part a contact plays in an opportunity.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ContactRole {
    #[serde(rename = "decision_maker")]
    DecisionMaker,
    #[serde(rename = "economic_buyer")]
    EconomicBuyer,
    #[serde(rename = "champion")]
    Champion,
    #[serde(rename = "influencer")]
    Influencer,
    #[serde(rename = "technical_evaluator")]
    TechnicalEvaluator,
    #[serde(rename = "end_user")]
    EndUser,
    #[serde(rename = "other")]
    Other,
}

impl std::fmt::Display for ContactRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ContactRole::DecisionMaker => write!(f, "decision_maker"),
            ContactRole::EconomicBuyer => write!(f, "economic_buyer"),
            ContactRole::Champion => write!(f, "champion"),
            ContactRole::Influencer => write!(f, "influencer"),
            ContactRole::TechnicalEvaluator => write!(f, "technical_evaluator"),
            ContactRole::EndUser => write!(f, "end_user"),
            ContactRole::Other => write!(f, "other"),
        }
    }
}

impl std::str::FromStr for ContactRole {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "decision_maker" => std::result::Result::Ok(ContactRole::DecisionMaker),
            "economic_buyer" => std::result::Result::Ok(ContactRole::EconomicBuyer),
            "champion" => std::result::Result::Ok(ContactRole::Champion),
            "influencer" => std::result::Result::Ok(ContactRole::Influencer),
            "technical_evaluator" => std::result::Result::Ok(ContactRole::TechnicalEvaluator),
            "end_user" => std::result::Result::Ok(ContactRole::EndUser),
            "other" => std::result::Result::Ok(ContactRole::Other),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ContactRole> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactRole>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactRole>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ContactRole - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ContactRole> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactRole as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ContactRole - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContactRole>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ContactRole>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ContactRole>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContactRole> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContactRole as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContactRole - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A contact of the opportunity's account and the part they play in it.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactRoleAssignment {
    /// A contact of the opportunity's account.
    #[serde(rename = "contact_id")]
    pub contact_id: uuid::Uuid,

    #[serde(rename = "role")]
    #[cfg_attr(feature = "validate", validate)]
    pub role: models::ContactRole,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ContactRoleAssignment {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ContactRoleAssignment {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ContactRoleAssignment {
    #[allow(clippy::new_without_default)]
    pub fn new(contact_id: uuid::Uuid, role: models::ContactRole) -> ContactRoleAssignment {
        ContactRoleAssignment { contact_id, role }
    }
}

/// Converts the ContactRoleAssignment value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactRoleAssignment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type contact_id in query parameter serialization
            // Skipping non-primitive type role in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactRoleAssignment value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactRoleAssignment {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub contact_id: Vec<uuid::Uuid>,
            pub role: Vec<models::ContactRole>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactRoleAssignment".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "contact_id" => intermediate_rep.contact_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(
                        <models::ContactRole as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ContactRoleAssignment".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactRoleAssignment {
            contact_id: intermediate_rep
                .contact_id
                .into_iter()
                .next()
                .ok_or_else(|| "contact_id missing in ContactRoleAssignment".to_string())?,
            role: intermediate_rep
                .role
                .into_iter()
                .next()
                .ok_or_else(|| "role missing in ContactRoleAssignment".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactRoleAssignment> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactRoleAssignment>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactRoleAssignment>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ContactRoleAssignment - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<ContactRoleAssignment>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContactRoleAssignment as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ContactRoleAssignment - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ContactRoleAssignment>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ContactRoleAssignment>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ContactRoleAssignment>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ContactRoleAssignment> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ContactRoleAssignment as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ContactRoleAssignment - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// An ISO 3166-1 alpha-2 country code.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CountryCode(#[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{2}$"))] String);

impl std::convert::From<String> for CountryCode {
    fn from(x: String) -> Self {
        CountryCode(x)
    }
}

impl std::convert::From<CountryCode> for String {
    fn from(x: CountryCode) -> Self {
        x.0
    }
}

impl std::ops::Deref for CountryCode {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for CountryCode {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for CountryCode {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for CountryCode {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.clone())
    }
}

impl std::str::FromStr for CountryCode {
    type Err = ::std::convert::Infallible;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(CountryCode(x.to_owned()))
    }
}

// Methods for converting between header::IntoHeaderValue<CountryCode> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<CountryCode>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<CountryCode>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for CountryCode - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<CountryCode> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <CountryCode as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into CountryCode - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<CountryCode>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<CountryCode>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<CountryCode>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<CountryCode> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <CountryCode as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into CountryCode - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// An ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Currency(#[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{3}$"))] String);

impl std::convert::From<String> for Currency {
    fn from(x: String) -> Self {
        Currency(x)
    }
}

impl std::convert::From<Currency> for String {
    fn from(x: Currency) -> Self {
        x.0
    }
}

impl std::ops::Deref for Currency {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Currency {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Currency {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Currency {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.clone())
    }
}

impl std::str::FromStr for Currency {
    type Err = ::std::convert::Infallible;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(Currency(x.to_owned()))
    }
}

// Methods for converting between header::IntoHeaderValue<Currency> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Currency>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Currency>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Currency - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Currency> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Currency as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Currency - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Currency>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Currency>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Currency>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Currency> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Currency as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Currency - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Totals in one currency. Different currencies are never added together.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CurrencyTotal {
    /// ISO 4217 currency code.
    #[serde(rename = "currency")]
    pub currency: String,

    /// Opportunities in this currency.
    #[serde(rename = "count")]
    pub count: i64,

    /// Sum of amounts.
    #[serde(rename = "amount")]
    pub amount: String,

    /// Sum of amount × probability / 100, rounded half up to the currency's minor unit.
    #[serde(rename = "weighted_amount")]
    pub weighted_amount: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for CurrencyTotal {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for CurrencyTotal {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl CurrencyTotal {
    #[allow(clippy::new_without_default)]
    pub fn new(
        currency: String,
        count: i64,
        amount: String,
        weighted_amount: String,
    ) -> CurrencyTotal {
        CurrencyTotal {
            currency,
            count,
            amount,
            weighted_amount,
        }
    }
}

/// Converts the CurrencyTotal value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for CurrencyTotal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            Some("count".to_string()),
            Some(self.count.to_string()),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("weighted_amount".to_string()),
            Some(self.weighted_amount.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a CurrencyTotal value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for CurrencyTotal {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub currency: Vec<String>,
            pub count: Vec<i64>,
            pub amount: Vec<String>,
            pub weighted_amount: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing CurrencyTotal".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "weighted_amount" => intermediate_rep.weighted_amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing CurrencyTotal".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(CurrencyTotal {
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in CurrencyTotal".to_string())?,
            count: intermediate_rep
                .count
                .into_iter()
                .next()
                .ok_or_else(|| "count missing in CurrencyTotal".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in CurrencyTotal".to_string())?,
            weighted_amount: intermediate_rep
                .weighted_amount
                .into_iter()
                .next()
                .ok_or_else(|| "weighted_amount missing in CurrencyTotal".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<CurrencyTotal> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<CurrencyTotal>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<CurrencyTotal>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for CurrencyTotal - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<CurrencyTotal> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <CurrencyTotal as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into CurrencyTotal - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<CurrencyTotal>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<CurrencyTotal>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<CurrencyTotal>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<CurrencyTotal> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <CurrencyTotal as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into CurrencyTotal - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Everything held about a contact (GDPR articles 15 and 20), as one document.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DataSubjectExport {
    /// The version of this document's format: `1`.
    #[serde(rename = "format_version")]
    pub format_version: String,

    /// When the export was made.
    #[serde(rename = "exported_at")]
    pub exported_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "contact")]
    #[cfg_attr(feature = "validate", validate)]
    pub contact: models::Contact,

    #[serde(rename = "account")]
    #[cfg_attr(feature = "validate", validate)]
    pub account: models::Account,

    /// The opportunities the contact takes part in.
    #[serde(rename = "opportunities")]
    #[cfg_attr(feature = "validate", validate)]
    pub opportunities: Vec<models::ExportedOpportunity>,

    /// Every read and change of the contact's record.
    #[serde(rename = "audit_events")]
    #[cfg_attr(feature = "validate", validate)]
    pub audit_events: Vec<models::AuditEvent>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for DataSubjectExport {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for DataSubjectExport {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl DataSubjectExport {
    #[allow(clippy::new_without_default)]
    pub fn new(
        format_version: String,
        exported_at: chrono::DateTime<chrono::Utc>,
        contact: models::Contact,
        account: models::Account,
        opportunities: Vec<models::ExportedOpportunity>,
        audit_events: Vec<models::AuditEvent>,
    ) -> DataSubjectExport {
        DataSubjectExport {
            format_version,
            exported_at,
            contact,
            account,
            opportunities,
            audit_events,
        }
    }
}

/// Converts the DataSubjectExport value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for DataSubjectExport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("format_version".to_string()),
            Some(self.format_version.to_string()),
            // Skipping non-primitive type exported_at in query parameter serialization
            // Skipping non-primitive type contact in query parameter serialization
            // Skipping non-primitive type account in query parameter serialization
            // Skipping non-primitive type opportunities in query parameter serialization
            // Skipping non-primitive type audit_events in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a DataSubjectExport value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for DataSubjectExport {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub format_version: Vec<String>,
            pub exported_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub contact: Vec<models::Contact>,
            pub account: Vec<models::Account>,
            pub opportunities: Vec<Vec<models::ExportedOpportunity>>,
            pub audit_events: Vec<Vec<models::AuditEvent>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing DataSubjectExport".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "format_version" => intermediate_rep.format_version.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "exported_at" => intermediate_rep.exported_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "contact" => intermediate_rep.contact.push(
                        <models::Contact as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "account" => intermediate_rep.account.push(
                        <models::Account as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "opportunities" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in DataSubjectExport"
                            .to_string(),
                    ),
                    "audit_events" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in DataSubjectExport"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing DataSubjectExport".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(DataSubjectExport {
            format_version: intermediate_rep
                .format_version
                .into_iter()
                .next()
                .ok_or_else(|| "format_version missing in DataSubjectExport".to_string())?,
            exported_at: intermediate_rep
                .exported_at
                .into_iter()
                .next()
                .ok_or_else(|| "exported_at missing in DataSubjectExport".to_string())?,
            contact: intermediate_rep
                .contact
                .into_iter()
                .next()
                .ok_or_else(|| "contact missing in DataSubjectExport".to_string())?,
            account: intermediate_rep
                .account
                .into_iter()
                .next()
                .ok_or_else(|| "account missing in DataSubjectExport".to_string())?,
            opportunities: intermediate_rep
                .opportunities
                .into_iter()
                .next()
                .ok_or_else(|| "opportunities missing in DataSubjectExport".to_string())?,
            audit_events: intermediate_rep
                .audit_events
                .into_iter()
                .next()
                .ok_or_else(|| "audit_events missing in DataSubjectExport".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<DataSubjectExport> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<DataSubjectExport>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<DataSubjectExport>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for DataSubjectExport - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<DataSubjectExport>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <DataSubjectExport as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into DataSubjectExport - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<DataSubjectExport>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<DataSubjectExport>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<DataSubjectExport>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<DataSubjectExport> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <DataSubjectExport as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into DataSubjectExport - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// What the erasure did.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ErasureReceipt {
    /// The contact erased.
    #[serde(rename = "contact_id")]
    pub contact_id: uuid::Uuid,

    /// When the personal data was erased.
    #[serde(rename = "erased_at")]
    pub erased_at: chrono::DateTime<chrono::Utc>,

    /// The fields that were anonymised.
    #[serde(rename = "erased_fields")]
    pub erased_fields: Vec<String>,

    /// Opportunities the contact took part in, kept without the link to them.
    #[serde(rename = "opportunities_retained")]
    pub opportunities_retained: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ErasureReceipt {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ErasureReceipt {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ErasureReceipt {
    #[allow(clippy::new_without_default)]
    pub fn new(
        contact_id: uuid::Uuid,
        erased_at: chrono::DateTime<chrono::Utc>,
        erased_fields: Vec<String>,
        opportunities_retained: i64,
    ) -> ErasureReceipt {
        ErasureReceipt {
            contact_id,
            erased_at,
            erased_fields,
            opportunities_retained,
        }
    }
}

/// Converts the ErasureReceipt value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ErasureReceipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type contact_id in query parameter serialization
            // Skipping non-primitive type erased_at in query parameter serialization
            Some("erased_fields".to_string()),
            Some(
                self.erased_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("opportunities_retained".to_string()),
            Some(self.opportunities_retained.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ErasureReceipt value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ErasureReceipt {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub contact_id: Vec<uuid::Uuid>,
            pub erased_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub erased_fields: Vec<Vec<String>>,
            pub opportunities_retained: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ErasureReceipt".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "contact_id" => intermediate_rep.contact_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "erased_at" => intermediate_rep.erased_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "erased_fields" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ErasureReceipt"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "opportunities_retained" => intermediate_rep.opportunities_retained.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ErasureReceipt".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ErasureReceipt {
            contact_id: intermediate_rep
                .contact_id
                .into_iter()
                .next()
                .ok_or_else(|| "contact_id missing in ErasureReceipt".to_string())?,
            erased_at: intermediate_rep
                .erased_at
                .into_iter()
                .next()
                .ok_or_else(|| "erased_at missing in ErasureReceipt".to_string())?,
            erased_fields: intermediate_rep
                .erased_fields
                .into_iter()
                .next()
                .ok_or_else(|| "erased_fields missing in ErasureReceipt".to_string())?,
            opportunities_retained: intermediate_rep
                .opportunities_retained
                .into_iter()
                .next()
                .ok_or_else(|| "opportunities_retained missing in ErasureReceipt".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ErasureReceipt> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ErasureReceipt>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ErasureReceipt>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ErasureReceipt - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ErasureReceipt> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ErasureReceipt as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ErasureReceipt - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ErasureReceipt>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ErasureReceipt>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ErasureReceipt>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ErasureReceipt> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ErasureReceipt as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ErasureReceipt - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Erase a contact's personal data (GDPR article 17).
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ErasureRequest {
    /// Why, for the record (a ticket number, say). Must not hold personal data.
    #[serde(rename = "reason")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 500),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    pub reason: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ErasureRequest {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ErasureRequest {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ErasureRequest {
    #[allow(clippy::new_without_default)]
    pub fn new(reason: String) -> ErasureRequest {
        ErasureRequest { reason }
    }
}

/// Converts the ErasureRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ErasureRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("reason".to_string()), Some(self.reason.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ErasureRequest value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ErasureRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub reason: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ErasureRequest".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ErasureRequest".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ErasureRequest {
            reason: intermediate_rep
                .reason
                .into_iter()
                .next()
                .ok_or_else(|| "reason missing in ErasureRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ErasureRequest> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ErasureRequest>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ErasureRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ErasureRequest - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ErasureRequest> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ErasureRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ErasureRequest - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ErasureRequest>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ErasureRequest>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ErasureRequest>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ErasureRequest> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ErasureRequest as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ErasureRequest - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Who made the change.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EventActor {
    /// The token `sub` of the user or client.
    #[serde(rename = "id")]
    pub id: String,

    #[serde(rename = "kind")]
    #[cfg_attr(feature = "validate", validate)]
    pub kind: models::EventActorKind,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for EventActor {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for EventActor {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl EventActor {
    #[allow(clippy::new_without_default)]
    pub fn new(id: String, kind: models::EventActorKind) -> EventActor {
        EventActor { id, kind }
    }
}

/// Converts the EventActor value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for EventActor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("id".to_string()),
            Some(self.id.to_string()),
            // Skipping non-primitive type kind in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EventActor value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EventActor {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub kind: Vec<models::EventActorKind>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EventActor".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::EventActorKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EventActor".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EventActor {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in EventActor".to_string())?,
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in EventActor".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EventActor> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<EventActor>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EventActor>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for EventActor - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<EventActor> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EventActor as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into EventActor - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<EventActor>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<EventActor>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<EventActor>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<EventActor> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <EventActor as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into EventActor - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A person's token (`user`) or a client's machine token (`client`).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum EventActorKind {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "client")]
    Client,
}

impl std::fmt::Display for EventActorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            EventActorKind::User => write!(f, "user"),
            EventActorKind::Client => write!(f, "client"),
        }
    }
}

impl std::str::FromStr for EventActorKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "user" => std::result::Result::Ok(EventActorKind::User),
            "client" => std::result::Result::Ok(EventActorKind::Client),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<EventActorKind> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<EventActorKind>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EventActorKind>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for EventActorKind - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<EventActorKind> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EventActorKind as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into EventActorKind - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<EventActorKind>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<EventActorKind>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<EventActorKind>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<EventActorKind> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <EventActorKind as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into EventActorKind - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// An opportunity the contact takes part in, as far as it concerns them.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportedOpportunity {
    /// The opportunity's id.
    #[serde(rename = "opportunity_id")]
    pub opportunity_id: uuid::Uuid,

    /// The opportunity's name.
    #[serde(rename = "name")]
    pub name: String,

    /// Whether the contact is the opportunity's primary contact.
    #[serde(rename = "is_primary_contact")]
    pub is_primary_contact: bool,

    /// The contact's role, if one was recorded.
    #[serde(rename = "role")]
    pub role: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ExportedOpportunity {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ExportedOpportunity {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ExportedOpportunity {
    #[allow(clippy::new_without_default)]
    pub fn new(
        opportunity_id: uuid::Uuid,
        name: String,
        is_primary_contact: bool,
        role: swagger::Nullable<String>,
    ) -> ExportedOpportunity {
        ExportedOpportunity {
            opportunity_id,
            name,
            is_primary_contact,
            role,
        }
    }
}

/// Converts the ExportedOpportunity value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ExportedOpportunity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type opportunity_id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("is_primary_contact".to_string()),
            Some(self.is_primary_contact.to_string()),
            Some("role".to_string()),
            Some(
                self.role
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ExportedOpportunity value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ExportedOpportunity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub opportunity_id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub is_primary_contact: Vec<bool>,
            pub role: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ExportedOpportunity".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "opportunity_id" => intermediate_rep.opportunity_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "is_primary_contact" => intermediate_rep.is_primary_contact.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "role" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ExportedOpportunity".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ExportedOpportunity".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ExportedOpportunity {
            opportunity_id: intermediate_rep
                .opportunity_id
                .into_iter()
                .next()
                .ok_or_else(|| "opportunity_id missing in ExportedOpportunity".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in ExportedOpportunity".to_string())?,
            is_primary_contact: intermediate_rep
                .is_primary_contact
                .into_iter()
                .next()
                .ok_or_else(|| "is_primary_contact missing in ExportedOpportunity".to_string())?,
            role: std::result::Result::Err(
                "Nullable types not supported in ExportedOpportunity".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ExportedOpportunity> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ExportedOpportunity>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ExportedOpportunity>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ExportedOpportunity - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<ExportedOpportunity>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ExportedOpportunity as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ExportedOpportunity - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ExportedOpportunity>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ExportedOpportunity>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ExportedOpportunity>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ExportedOpportunity> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ExportedOpportunity as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ExportedOpportunity - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// An id in the partner's system, unique among opportunities.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExternalId(
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._:-]+$"))]
    String,
);

impl std::convert::From<String> for ExternalId {
    fn from(x: String) -> Self {
        ExternalId(x)
    }
}

impl std::convert::From<ExternalId> for String {
    fn from(x: ExternalId) -> Self {
        x.0
    }
}

impl std::ops::Deref for ExternalId {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for ExternalId {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ExternalId {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ExternalId {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
impl std::fmt::Display for ExternalId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.clone())
    }
}

impl std::str::FromStr for ExternalId {
    type Err = ::std::convert::Infallible;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(ExternalId(x.to_owned()))
    }
}

// Methods for converting between header::IntoHeaderValue<ExternalId> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ExternalId>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ExternalId>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ExternalId - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ExternalId> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ExternalId as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ExternalId - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ExternalId>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ExternalId>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ExternalId>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ExternalId> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ExternalId as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ExternalId - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One invalid field. `pointer` is a JSON pointer into the body, or `/query/<name>`, `/path/<name>`, `/header/<name>` for parameters.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct FieldError {
    /// Where the invalid value is: a JSON pointer into the body (`/amount`, `/items/3/amount`), or `/query/<name>`, `/path/<name>`, `/header/<name>`.
    #[serde(rename = "pointer")]
    pub pointer: String,

    /// The rule broken: `required`, `type`, `pattern`, `maximum`, `unknown_field`, `unknown_currency`, ...
    #[serde(rename = "code")]
    pub code: String,

    /// What is wrong with the value, for a human.
    #[serde(rename = "message")]
    pub message: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for FieldError {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for FieldError {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl FieldError {
    #[allow(clippy::new_without_default)]
    pub fn new(pointer: String, code: String, message: String) -> FieldError {
        FieldError {
            pointer,
            code,
            message,
        }
    }
}

/// Converts the FieldError value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("pointer".to_string()),
            Some(self.pointer.to_string()),
            Some("code".to_string()),
            Some(self.code.to_string()),
            Some("message".to_string()),
            Some(self.message.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a FieldError value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for FieldError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub pointer: Vec<String>,
            pub code: Vec<String>,
            pub message: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing FieldError".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "pointer" => intermediate_rep.pointer.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing FieldError".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(FieldError {
            pointer: intermediate_rep
                .pointer
                .into_iter()
                .next()
                .ok_or_else(|| "pointer missing in FieldError".to_string())?,
            code: intermediate_rep
                .code
                .into_iter()
                .next()
                .ok_or_else(|| "code missing in FieldError".to_string())?,
            message: intermediate_rep
                .message
                .into_iter()
                .next()
                .ok_or_else(|| "message missing in FieldError".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<FieldError> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<FieldError>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<FieldError>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for FieldError - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<FieldError> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <FieldError as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into FieldError - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<FieldError>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<FieldError>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<FieldError>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<FieldError> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <FieldError as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into FieldError - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Expected closings by month and currency, computed over live data.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Forecast {
    /// The pipeline filtered on; null for all pipelines.
    #[serde(rename = "pipeline_id")]
    pub pipeline_id: swagger::Nullable<uuid::Uuid>,

    /// When the forecast was computed.
    #[serde(rename = "generated_at")]
    pub generated_at: chrono::DateTime<chrono::Utc>,

    /// By month, then currency. Opportunities without an expected close date are left out.
    #[serde(rename = "months")]
    #[cfg_attr(feature = "validate", validate)]
    pub months: Vec<models::ForecastMonth>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Forecast {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Forecast {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Forecast {
    #[allow(clippy::new_without_default)]
    pub fn new(
        pipeline_id: swagger::Nullable<uuid::Uuid>,
        generated_at: chrono::DateTime<chrono::Utc>,
        months: Vec<models::ForecastMonth>,
    ) -> Forecast {
        Forecast {
            pipeline_id,
            generated_at,
            months,
        }
    }
}

/// Converts the Forecast value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Forecast {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type pipeline_id in query parameter serialization
            // Skipping non-primitive type generated_at in query parameter serialization
            // Skipping non-primitive type months in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Forecast value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Forecast {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub pipeline_id: Vec<swagger::Nullable<uuid::Uuid>>,
            pub generated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub months: Vec<Vec<models::ForecastMonth>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Forecast".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "pipeline_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Forecast"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "generated_at" => intermediate_rep.generated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "months" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Forecast"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Forecast".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Forecast {
            pipeline_id: std::result::Result::Err(
                "Nullable types not supported in Forecast".to_string(),
            )?,
            generated_at: intermediate_rep
                .generated_at
                .into_iter()
                .next()
                .ok_or_else(|| "generated_at missing in Forecast".to_string())?,
            months: intermediate_rep
                .months
                .into_iter()
                .next()
                .ok_or_else(|| "months missing in Forecast".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Forecast> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Forecast>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Forecast>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Forecast - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Forecast> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Forecast as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Forecast - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Forecast>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Forecast>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Forecast>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Forecast> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Forecast as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Forecast - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// How a stage counts in the forecast: `pipeline`, `best_case`, `commit`, `closed` (won or lost) or `omitted`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ForecastCategory {
    #[serde(rename = "pipeline")]
    Pipeline,
    #[serde(rename = "best_case")]
    BestCase,
    #[serde(rename = "commit")]
    Commit,
    #[serde(rename = "closed")]
    Closed,
    #[serde(rename = "omitted")]
    Omitted,
}

impl std::fmt::Display for ForecastCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ForecastCategory::Pipeline => write!(f, "pipeline"),
            ForecastCategory::BestCase => write!(f, "best_case"),
            ForecastCategory::Commit => write!(f, "commit"),
            ForecastCategory::Closed => write!(f, "closed"),
            ForecastCategory::Omitted => write!(f, "omitted"),
        }
    }
}

impl std::str::FromStr for ForecastCategory {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "pipeline" => std::result::Result::Ok(ForecastCategory::Pipeline),
            "best_case" => std::result::Result::Ok(ForecastCategory::BestCase),
            "commit" => std::result::Result::Ok(ForecastCategory::Commit),
            "closed" => std::result::Result::Ok(ForecastCategory::Closed),
            "omitted" => std::result::Result::Ok(ForecastCategory::Omitted),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ForecastCategory> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ForecastCategory>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ForecastCategory>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ForecastCategory - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<ForecastCategory>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ForecastCategory as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ForecastCategory - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ForecastCategory>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ForecastCategory>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ForecastCategory>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ForecastCategory> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ForecastCategory as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ForecastCategory - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Opportunities expected to close in one month, in one currency.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ForecastMonth {
    /// YYYY-MM.
    #[serde(rename = "month")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_FORECASTMONTH_MONTH),
        ))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^[0-9]{4}-(0[1-9]|1[0-2])$")
    )]
    pub month: String,

    /// ISO 4217 currency code.
    #[serde(rename = "currency")]
    pub currency: String,

    /// Opportunities expected to close in the month, in this currency.
    #[serde(rename = "count")]
    pub count: i64,

    /// Open and won amounts.
    #[serde(rename = "amount")]
    pub amount: String,

    /// Open amounts weighted by probability, plus won amounts.
    #[serde(rename = "weighted_amount")]
    pub weighted_amount: String,

    /// Open amounts in `commit` stages.
    #[serde(rename = "commit_amount")]
    pub commit_amount: String,

    /// Open amounts in `commit` and `best_case` stages.
    #[serde(rename = "best_case_amount")]
    pub best_case_amount: String,

    /// Amounts won in the month.
    #[serde(rename = "won_amount")]
    pub won_amount: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ForecastMonth {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ForecastMonth {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_FORECASTMONTH_MONTH: regex::Regex = regex::Regex::new(r"^[0-9]{4}-(0[1-9]|1[0-2])$").unwrap();
}

impl ForecastMonth {
    #[allow(clippy::new_without_default)]
    pub fn new(
        month: String,
        currency: String,
        count: i64,
        amount: String,
        weighted_amount: String,
        commit_amount: String,
        best_case_amount: String,
        won_amount: String,
    ) -> ForecastMonth {
        ForecastMonth {
            month,
            currency,
            count,
            amount,
            weighted_amount,
            commit_amount,
            best_case_amount,
            won_amount,
        }
    }
}

/// Converts the ForecastMonth value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ForecastMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("month".to_string()),
            Some(self.month.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            Some("count".to_string()),
            Some(self.count.to_string()),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("weighted_amount".to_string()),
            Some(self.weighted_amount.to_string()),
            Some("commit_amount".to_string()),
            Some(self.commit_amount.to_string()),
            Some("best_case_amount".to_string()),
            Some(self.best_case_amount.to_string()),
            Some("won_amount".to_string()),
            Some(self.won_amount.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ForecastMonth value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ForecastMonth {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub month: Vec<String>,
            pub currency: Vec<String>,
            pub count: Vec<i64>,
            pub amount: Vec<String>,
            pub weighted_amount: Vec<String>,
            pub commit_amount: Vec<String>,
            pub best_case_amount: Vec<String>,
            pub won_amount: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ForecastMonth".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "month" => intermediate_rep.month.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "weighted_amount" => intermediate_rep.weighted_amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "commit_amount" => intermediate_rep.commit_amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "best_case_amount" => intermediate_rep.best_case_amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "won_amount" => intermediate_rep.won_amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ForecastMonth".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ForecastMonth {
            month: intermediate_rep
                .month
                .into_iter()
                .next()
                .ok_or_else(|| "month missing in ForecastMonth".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in ForecastMonth".to_string())?,
            count: intermediate_rep
                .count
                .into_iter()
                .next()
                .ok_or_else(|| "count missing in ForecastMonth".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in ForecastMonth".to_string())?,
            weighted_amount: intermediate_rep
                .weighted_amount
                .into_iter()
                .next()
                .ok_or_else(|| "weighted_amount missing in ForecastMonth".to_string())?,
            commit_amount: intermediate_rep
                .commit_amount
                .into_iter()
                .next()
                .ok_or_else(|| "commit_amount missing in ForecastMonth".to_string())?,
            best_case_amount: intermediate_rep
                .best_case_amount
                .into_iter()
                .next()
                .ok_or_else(|| "best_case_amount missing in ForecastMonth".to_string())?,
            won_amount: intermediate_rep
                .won_amount
                .into_iter()
                .next()
                .ok_or_else(|| "won_amount missing in ForecastMonth".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ForecastMonth> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ForecastMonth>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ForecastMonth>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ForecastMonth - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ForecastMonth> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ForecastMonth as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ForecastMonth - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ForecastMonth>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ForecastMonth>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ForecastMonth>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ForecastMonth> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ForecastMonth as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ForecastMonth - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Whether the service (and, for readiness, its database) can serve requests.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Health {
    #[serde(rename = "status")]
    #[cfg_attr(feature = "validate", validate)]
    pub status: models::HealthStatus,

    /// The service's version.
    #[serde(rename = "version")]
    pub version: String,

    #[serde(rename = "database")]
    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<models::HealthStatus>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Health {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Health {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Health {
    #[allow(clippy::new_without_default)]
    pub fn new(status: models::HealthStatus, version: String) -> Health {
        Health {
            status,
            version,
            database: None,
        }
    }
}

/// Converts the Health value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Health {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type status in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
            // Skipping non-primitive type database in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Health value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Health {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub status: Vec<models::HealthStatus>,
            pub version: Vec<String>,
            pub database: Vec<models::HealthStatus>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Health".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::HealthStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "database" => intermediate_rep.database.push(
                        <models::HealthStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Health".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Health {
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Health".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in Health".to_string())?,
            database: intermediate_rep.database.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Health> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Health>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Health>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Health - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Health> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Health as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Health - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Health>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Health>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Health>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Health> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Health as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Health - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// `ok`, or `unavailable` when the part named cannot serve requests.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum HealthStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "unavailable")]
    Unavailable,
}

impl std::fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            HealthStatus::Ok => write!(f, "ok"),
            HealthStatus::Unavailable => write!(f, "unavailable"),
        }
    }
}

impl std::str::FromStr for HealthStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "ok" => std::result::Result::Ok(HealthStatus::Ok),
            "unavailable" => std::result::Result::Ok(HealthStatus::Unavailable),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<HealthStatus> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<HealthStatus>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<HealthStatus>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for HealthStatus - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<HealthStatus> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <HealthStatus as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into HealthStatus - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<HealthStatus>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<HealthStatus>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<HealthStatus>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<HealthStatus> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <HealthStatus as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into HealthStatus - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// The GDPR article 6 basis for processing this person's data.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum LawfulBasis {
    #[serde(rename = "consent")]
    Consent,
    #[serde(rename = "contract")]
    Contract,
    #[serde(rename = "legal_obligation")]
    LegalObligation,
    #[serde(rename = "vital_interests")]
    VitalInterests,
    #[serde(rename = "public_task")]
    PublicTask,
    #[serde(rename = "legitimate_interests")]
    LegitimateInterests,
}

impl std::fmt::Display for LawfulBasis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            LawfulBasis::Consent => write!(f, "consent"),
            LawfulBasis::Contract => write!(f, "contract"),
            LawfulBasis::LegalObligation => write!(f, "legal_obligation"),
            LawfulBasis::VitalInterests => write!(f, "vital_interests"),
            LawfulBasis::PublicTask => write!(f, "public_task"),
            LawfulBasis::LegitimateInterests => write!(f, "legitimate_interests"),
        }
    }
}

impl std::str::FromStr for LawfulBasis {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "consent" => std::result::Result::Ok(LawfulBasis::Consent),
            "contract" => std::result::Result::Ok(LawfulBasis::Contract),
            "legal_obligation" => std::result::Result::Ok(LawfulBasis::LegalObligation),
            "vital_interests" => std::result::Result::Ok(LawfulBasis::VitalInterests),
            "public_task" => std::result::Result::Ok(LawfulBasis::PublicTask),
            "legitimate_interests" => std::result::Result::Ok(LawfulBasis::LegitimateInterests),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<LawfulBasis> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LawfulBasis>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LawfulBasis>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LawfulBasis - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<LawfulBasis> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LawfulBasis as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LawfulBasis - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LawfulBasis>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LawfulBasis>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<LawfulBasis>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LawfulBasis> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LawfulBasis as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LawfulBasis - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Keep a contact's data from erasure while a legal obligation lasts.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LegalHoldRequest {
    /// Why, for the record (a case number, say). Must not hold personal data.
    #[serde(rename = "reason")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 500),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    pub reason: String,

    /// When the hold lapses; indefinite when omitted.
    #[serde(rename = "until")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<chrono::naive::NaiveDate>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for LegalHoldRequest {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for LegalHoldRequest {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl LegalHoldRequest {
    #[allow(clippy::new_without_default)]
    pub fn new(reason: String) -> LegalHoldRequest {
        LegalHoldRequest {
            reason,
            until: None,
        }
    }
}

/// Converts the LegalHoldRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for LegalHoldRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("reason".to_string()),
            Some(self.reason.to_string()),
            // Skipping non-primitive type until in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LegalHoldRequest value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LegalHoldRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub reason: Vec<String>,
            pub until: Vec<chrono::naive::NaiveDate>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LegalHoldRequest".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "until" => intermediate_rep.until.push(
                        <chrono::naive::NaiveDate as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LegalHoldRequest".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LegalHoldRequest {
            reason: intermediate_rep
                .reason
                .into_iter()
                .next()
                .ok_or_else(|| "reason missing in LegalHoldRequest".to_string())?,
            until: intermediate_rep.until.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LegalHoldRequest> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LegalHoldRequest>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LegalHoldRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LegalHoldRequest - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<LegalHoldRequest>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LegalHoldRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LegalHoldRequest - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LegalHoldRequest>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LegalHoldRequest>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<LegalHoldRequest>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LegalHoldRequest> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LegalHoldRequest as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LegalHoldRequest - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A product on an opportunity. When an opportunity has line items its amount is their total.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LineItem {
    /// The line item's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The opportunity it belongs to.
    #[serde(rename = "opportunity_id")]
    pub opportunity_id: uuid::Uuid,

    /// What is sold.
    #[serde(rename = "product")]
    pub product: String,

    /// Decimal string.
    #[serde(rename = "quantity")]
    pub quantity: String,

    /// Decimal string in `currency`.
    #[serde(rename = "unit_price")]
    pub unit_price: String,

    /// Decimal string, 0-100.
    #[serde(rename = "discount_percent")]
    pub discount_percent: String,

    /// quantity × unit_price × (1 − discount_percent/100), rounded half up to the currency's minor unit.
    #[serde(rename = "total")]
    pub total: String,

    /// The opportunity's currency.
    #[serde(rename = "currency")]
    pub currency: String,

    /// When the record was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When the record last changed.
    #[serde(rename = "updated_at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for LineItem {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for LineItem {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl LineItem {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        opportunity_id: uuid::Uuid,
        product: String,
        quantity: String,
        unit_price: String,
        discount_percent: String,
        total: String,
        currency: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> LineItem {
        LineItem {
            id,
            opportunity_id,
            product,
            quantity,
            unit_price,
            discount_percent,
            total,
            currency,
            created_at,
            updated_at,
        }
    }
}

/// Converts the LineItem value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for LineItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            // Skipping non-primitive type opportunity_id in query parameter serialization
            Some("product".to_string()),
            Some(self.product.to_string()),
            Some("quantity".to_string()),
            Some(self.quantity.to_string()),
            Some("unit_price".to_string()),
            Some(self.unit_price.to_string()),
            Some("discount_percent".to_string()),
            Some(self.discount_percent.to_string()),
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping non-primitive type created_at in query parameter serialization
            // Skipping non-primitive type updated_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LineItem value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LineItem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub opportunity_id: Vec<uuid::Uuid>,
            pub product: Vec<String>,
            pub quantity: Vec<String>,
            pub unit_price: Vec<String>,
            pub discount_percent: Vec<String>,
            pub total: Vec<String>,
            pub currency: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LineItem".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "opportunity_id" => intermediate_rep.opportunity_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "product" => intermediate_rep.product.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "quantity" => intermediate_rep.quantity.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "unit_price" => intermediate_rep.unit_price.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "discount_percent" => intermediate_rep.discount_percent.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LineItem".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LineItem {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in LineItem".to_string())?,
            opportunity_id: intermediate_rep
                .opportunity_id
                .into_iter()
                .next()
                .ok_or_else(|| "opportunity_id missing in LineItem".to_string())?,
            product: intermediate_rep
                .product
                .into_iter()
                .next()
                .ok_or_else(|| "product missing in LineItem".to_string())?,
            quantity: intermediate_rep
                .quantity
                .into_iter()
                .next()
                .ok_or_else(|| "quantity missing in LineItem".to_string())?,
            unit_price: intermediate_rep
                .unit_price
                .into_iter()
                .next()
                .ok_or_else(|| "unit_price missing in LineItem".to_string())?,
            discount_percent: intermediate_rep
                .discount_percent
                .into_iter()
                .next()
                .ok_or_else(|| "discount_percent missing in LineItem".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in LineItem".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in LineItem".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in LineItem".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in LineItem".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LineItem> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LineItem>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LineItem>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LineItem - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<LineItem> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LineItem as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LineItem - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LineItem>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LineItem>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<LineItem>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LineItem> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LineItem as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LineItem - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new line item, in the opportunity's currency.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LineItemCreate {
    /// What is sold.
    #[serde(rename = "product")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    pub product: String,

    /// Decimal string, up to 4 decimals.
    #[serde(rename = "quantity")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 14),
           regex(path = *RE_LINEITEMCREATE_QUANTITY),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 14))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,4})?$")
    )]
    pub quantity: String,

    /// A non-negative decimal amount, at most 13 integer digits, with no more decimals than the currency's minor unit.
    #[serde(rename = "unit_price")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
           regex(path = *RE_LINEITEMCREATE_UNIT_PRICE),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$")
    )]
    pub unit_price: String,

    /// Decimal string, 0-100.
    #[serde(rename = "discount_percent")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 6),
           regex(path = *RE_LINEITEMCREATE_DISCOUNT_PERCENT),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 6))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for LineItemCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for LineItemCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_LINEITEMCREATE_QUANTITY: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_LINEITEMCREATE_UNIT_PRICE: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_LINEITEMCREATE_DISCOUNT_PERCENT: regex::Regex = regex::Regex::new(r"^(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)$").unwrap();
}

impl LineItemCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(product: String, quantity: String, unit_price: String) -> LineItemCreate {
        LineItemCreate {
            product,
            quantity,
            unit_price,
            discount_percent: Some("0".to_string()),
        }
    }
}

/// Converts the LineItemCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for LineItemCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("product".to_string()),
            Some(self.product.to_string()),
            Some("quantity".to_string()),
            Some(self.quantity.to_string()),
            Some("unit_price".to_string()),
            Some(self.unit_price.to_string()),
            self.discount_percent.as_ref().map(|discount_percent| {
                ["discount_percent".to_string(), discount_percent.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LineItemCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LineItemCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub product: Vec<String>,
            pub quantity: Vec<String>,
            pub unit_price: Vec<String>,
            pub discount_percent: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LineItemCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "product" => intermediate_rep.product.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "quantity" => intermediate_rep.quantity.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "unit_price" => intermediate_rep.unit_price.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "discount_percent" => intermediate_rep.discount_percent.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LineItemCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LineItemCreate {
            product: intermediate_rep
                .product
                .into_iter()
                .next()
                .ok_or_else(|| "product missing in LineItemCreate".to_string())?,
            quantity: intermediate_rep
                .quantity
                .into_iter()
                .next()
                .ok_or_else(|| "quantity missing in LineItemCreate".to_string())?,
            unit_price: intermediate_rep
                .unit_price
                .into_iter()
                .next()
                .ok_or_else(|| "unit_price missing in LineItemCreate".to_string())?,
            discount_percent: intermediate_rep.discount_percent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LineItemCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LineItemCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LineItemCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LineItemCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<LineItemCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LineItemCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LineItemCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LineItemCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LineItemCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<LineItemCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LineItemCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LineItemCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LineItemCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of line items, oldest first.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LineItemPage {
    /// The line items of this page, oldest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::LineItem>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for LineItemPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for LineItemPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl LineItemPage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::LineItem>,
        next_cursor: swagger::Nullable<String>,
    ) -> LineItemPage {
        LineItemPage { data, next_cursor }
    }
}

/// Converts the LineItemPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for LineItemPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LineItemPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LineItemPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::LineItem>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LineItemPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in LineItemPage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in LineItemPage"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LineItemPage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LineItemPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in LineItemPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in LineItemPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LineItemPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LineItemPage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LineItemPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LineItemPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<LineItemPage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LineItemPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LineItemPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LineItemPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LineItemPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<LineItemPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LineItemPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LineItemPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LineItemPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to a line item: only the fields sent change.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LineItemPatch {
    /// What is sold.
    #[serde(rename = "product")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,

    /// Decimal string, up to 4 decimals.
    #[serde(rename = "quantity")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 14),
           regex(path = *RE_LINEITEMPATCH_QUANTITY),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 14))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,4})?$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,

    /// A non-negative decimal amount, at most 13 integer digits, with no more decimals than the currency's minor unit.
    #[serde(rename = "unit_price")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
           regex(path = *RE_LINEITEMPATCH_UNIT_PRICE),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<String>,

    /// Decimal string, 0-100.
    #[serde(rename = "discount_percent")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 6),
           regex(path = *RE_LINEITEMPATCH_DISCOUNT_PERCENT),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 6))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for LineItemPatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for LineItemPatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_LINEITEMPATCH_QUANTITY: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,8})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_LINEITEMPATCH_UNIT_PRICE: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_LINEITEMPATCH_DISCOUNT_PERCENT: regex::Regex = regex::Regex::new(r"^(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)$").unwrap();
}

impl LineItemPatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> LineItemPatch {
        LineItemPatch {
            product: None,
            quantity: None,
            unit_price: None,
            discount_percent: None,
        }
    }
}

/// Converts the LineItemPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for LineItemPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.product
                .as_ref()
                .map(|product| ["product".to_string(), product.to_string()].join(",")),
            self.quantity
                .as_ref()
                .map(|quantity| ["quantity".to_string(), quantity.to_string()].join(",")),
            self.unit_price
                .as_ref()
                .map(|unit_price| ["unit_price".to_string(), unit_price.to_string()].join(",")),
            self.discount_percent.as_ref().map(|discount_percent| {
                ["discount_percent".to_string(), discount_percent.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LineItemPatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LineItemPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub product: Vec<String>,
            pub quantity: Vec<String>,
            pub unit_price: Vec<String>,
            pub discount_percent: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LineItemPatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "product" => intermediate_rep.product.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "quantity" => intermediate_rep.quantity.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "unit_price" => intermediate_rep.unit_price.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "discount_percent" => intermediate_rep.discount_percent.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LineItemPatch".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LineItemPatch {
            product: intermediate_rep.product.into_iter().next(),
            quantity: intermediate_rep.quantity.into_iter().next(),
            unit_price: intermediate_rep.unit_price.into_iter().next(),
            discount_percent: intermediate_rep.discount_percent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LineItemPatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LineItemPatch>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LineItemPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LineItemPatch - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<LineItemPatch> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LineItemPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LineItemPatch - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LineItemPatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LineItemPatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<LineItemPatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LineItemPatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LineItemPatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LineItemPatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Closes the opportunity as lost, with the reason.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LoseOpportunity {
    /// Why the deal was lost.
    #[serde(rename = "lost_reason")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 500),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    pub lost_reason: String,

    /// A lost stage of the opportunity's pipeline; the first one when omitted.
    #[serde(rename = "stage_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<uuid::Uuid>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for LoseOpportunity {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for LoseOpportunity {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl LoseOpportunity {
    #[allow(clippy::new_without_default)]
    pub fn new(lost_reason: String) -> LoseOpportunity {
        LoseOpportunity {
            lost_reason,
            stage_id: None,
        }
    }
}

/// Converts the LoseOpportunity value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for LoseOpportunity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("lost_reason".to_string()),
            Some(self.lost_reason.to_string()),
            // Skipping non-primitive type stage_id in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LoseOpportunity value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LoseOpportunity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub lost_reason: Vec<String>,
            pub stage_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing LoseOpportunity".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "lost_reason" => intermediate_rep.lost_reason.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing LoseOpportunity".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LoseOpportunity {
            lost_reason: intermediate_rep
                .lost_reason
                .into_iter()
                .next()
                .ok_or_else(|| "lost_reason missing in LoseOpportunity".to_string())?,
            stage_id: intermediate_rep.stage_id.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LoseOpportunity> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<LoseOpportunity>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<LoseOpportunity>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for LoseOpportunity - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<LoseOpportunity>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <LoseOpportunity as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into LoseOpportunity - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<LoseOpportunity>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<LoseOpportunity>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<LoseOpportunity>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<LoseOpportunity> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <LoseOpportunity as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into LoseOpportunity - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Moves an open opportunity to another open stage of its pipeline.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MoveOpportunityStage {
    /// An open stage.
    #[serde(rename = "stage_id")]
    pub stage_id: uuid::Uuid,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability: Option<u32>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for MoveOpportunityStage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for MoveOpportunityStage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl MoveOpportunityStage {
    #[allow(clippy::new_without_default)]
    pub fn new(stage_id: uuid::Uuid) -> MoveOpportunityStage {
        MoveOpportunityStage {
            stage_id,
            probability: None,
        }
    }
}

/// Converts the MoveOpportunityStage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for MoveOpportunityStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type stage_id in query parameter serialization
            self.probability
                .as_ref()
                .map(|probability| ["probability".to_string(), probability.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MoveOpportunityStage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MoveOpportunityStage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stage_id: Vec<uuid::Uuid>,
            pub probability: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MoveOpportunityStage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MoveOpportunityStage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MoveOpportunityStage {
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stage_id missing in MoveOpportunityStage".to_string())?,
            probability: intermediate_rep.probability.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MoveOpportunityStage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<MoveOpportunityStage>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MoveOpportunityStage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for MoveOpportunityStage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<MoveOpportunityStage>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <MoveOpportunityStage as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into MoveOpportunityStage - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<MoveOpportunityStage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<MoveOpportunityStage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<MoveOpportunityStage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<MoveOpportunityStage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <MoveOpportunityStage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into MoveOpportunityStage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A free-text note on an opportunity. Notes are never changed, only added or deleted.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Note {
    /// The note's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The opportunity it is about.
    #[serde(rename = "opportunity_id")]
    pub opportunity_id: uuid::Uuid,

    /// The author's token `sub`.
    #[serde(rename = "author_id")]
    pub author_id: String,

    /// The note's text.
    #[serde(rename = "body")]
    pub body: String,

    /// When the record was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Note {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Note {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Note {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        opportunity_id: uuid::Uuid,
        author_id: String,
        body: String,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Note {
        Note {
            id,
            opportunity_id,
            author_id,
            body,
            created_at,
        }
    }
}

/// Converts the Note value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            // Skipping non-primitive type opportunity_id in query parameter serialization
            Some("author_id".to_string()),
            Some(self.author_id.to_string()),
            Some("body".to_string()),
            Some(self.body.to_string()),
            // Skipping non-primitive type created_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Note value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Note {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub opportunity_id: Vec<uuid::Uuid>,
            pub author_id: Vec<String>,
            pub body: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err("Missing value while parsing Note".to_string())
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "opportunity_id" => intermediate_rep.opportunity_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "author_id" => intermediate_rep.author_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "body" => intermediate_rep.body.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Note".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Note {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Note".to_string())?,
            opportunity_id: intermediate_rep
                .opportunity_id
                .into_iter()
                .next()
                .ok_or_else(|| "opportunity_id missing in Note".to_string())?,
            author_id: intermediate_rep
                .author_id
                .into_iter()
                .next()
                .ok_or_else(|| "author_id missing in Note".to_string())?,
            body: intermediate_rep
                .body
                .into_iter()
                .next()
                .ok_or_else(|| "body missing in Note".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Note".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Note> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Note>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Note>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Note - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Note> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Note as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    "Unable to convert header value '{value}' into Note - {err}"
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Note>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Note>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Note>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Note> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Note as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Note - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new note.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NoteCreate {
    /// The note's text, 1-10000 characters.
    #[serde(rename = "body")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 10000),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 10000))]
    pub body: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for NoteCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for NoteCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl NoteCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(body: String) -> NoteCreate {
        NoteCreate { body }
    }
}

/// Converts the NoteCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for NoteCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("body".to_string()), Some(self.body.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a NoteCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for NoteCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub body: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing NoteCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "body" => intermediate_rep.body.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing NoteCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(NoteCreate {
            body: intermediate_rep
                .body
                .into_iter()
                .next()
                .ok_or_else(|| "body missing in NoteCreate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<NoteCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<NoteCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<NoteCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for NoteCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<NoteCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <NoteCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into NoteCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<NoteCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<NoteCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<NoteCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<NoteCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <NoteCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into NoteCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of notes, newest first.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NotePage {
    /// The notes of this page, newest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::Note>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for NotePage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for NotePage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl NotePage {
    #[allow(clippy::new_without_default)]
    pub fn new(data: Vec<models::Note>, next_cursor: swagger::Nullable<String>) -> NotePage {
        NotePage { data, next_cursor }
    }
}

/// Converts the NotePage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for NotePage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a NotePage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for NotePage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::Note>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing NotePage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in NotePage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in NotePage"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing NotePage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(NotePage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in NotePage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in NotePage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<NotePage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<NotePage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<NotePage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for NotePage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<NotePage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <NotePage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into NotePage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<NotePage>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<NotePage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<NotePage>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<NotePage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <NotePage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into NotePage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A potential deal with an account, moving through the stages of a pipeline.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Opportunity {
    /// The opportunity's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// A short name for the deal.
    #[serde(rename = "name")]
    pub name: String,

    /// The account the deal is with.
    #[serde(rename = "account_id")]
    pub account_id: uuid::Uuid,

    /// The main person at the account for this deal.
    #[serde(rename = "primary_contact_id")]
    pub primary_contact_id: swagger::Nullable<uuid::Uuid>,

    /// People at the account and the part they play.
    #[serde(rename = "contact_roles")]
    #[cfg_attr(feature = "validate", validate)]
    pub contact_roles: Vec<models::ContactRoleAssignment>,

    /// The owning user's token `sub`.
    #[serde(rename = "owner_id")]
    pub owner_id: String,

    /// The pipeline the opportunity moves through.
    #[serde(rename = "pipeline_id")]
    pub pipeline_id: uuid::Uuid,

    /// The stage it is in now.
    #[serde(rename = "stage_id")]
    pub stage_id: uuid::Uuid,

    #[serde(rename = "status")]
    #[cfg_attr(feature = "validate", validate)]
    pub status: models::OpportunityStatus,

    /// Decimal string in `currency`.
    #[serde(rename = "amount")]
    pub amount: String,

    /// ISO 4217.
    #[serde(rename = "currency")]
    pub currency: String,

    #[serde(rename = "amount_source")]
    #[cfg_attr(feature = "validate", validate)]
    pub amount_source: models::AmountSource,

    /// Percent; the stage's unless overridden.
    #[serde(rename = "probability")]
    pub probability: i32,

    /// When the deal is expected to close.
    #[serde(rename = "expected_close_date")]
    pub expected_close_date: swagger::Nullable<chrono::naive::NaiveDate>,

    /// Set when won or lost.
    #[serde(rename = "closed_at")]
    pub closed_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// Set only when lost.
    #[serde(rename = "lost_reason")]
    pub lost_reason: swagger::Nullable<String>,

    /// What happens next.
    #[serde(rename = "next_step")]
    pub next_step: swagger::Nullable<String>,

    /// Where the opportunity came from.
    #[serde(rename = "source")]
    pub source: swagger::Nullable<String>,

    /// Free text about the deal.
    #[serde(rename = "description")]
    pub description: swagger::Nullable<String>,

    /// Free labels.
    #[serde(rename = "tags")]
    pub tags: Vec<String>,

    /// Your system's id for the opportunity, unique among opportunities.
    #[serde(rename = "external_id")]
    pub external_id: swagger::Nullable<String>,

    /// When the record was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When the record last changed.
    #[serde(rename = "updated_at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// Increases with every change; the ETag is this number in quotes.
    #[serde(rename = "version")]
    pub version: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Opportunity {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Opportunity {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Opportunity {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        account_id: uuid::Uuid,
        primary_contact_id: swagger::Nullable<uuid::Uuid>,
        contact_roles: Vec<models::ContactRoleAssignment>,
        owner_id: String,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        status: models::OpportunityStatus,
        amount: String,
        currency: String,
        amount_source: models::AmountSource,
        probability: i32,
        expected_close_date: swagger::Nullable<chrono::naive::NaiveDate>,
        closed_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        lost_reason: swagger::Nullable<String>,
        next_step: swagger::Nullable<String>,
        source: swagger::Nullable<String>,
        description: swagger::Nullable<String>,
        tags: Vec<String>,
        external_id: swagger::Nullable<String>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        version: i64,
    ) -> Opportunity {
        Opportunity {
            id,
            name,
            account_id,
            primary_contact_id,
            contact_roles,
            owner_id,
            pipeline_id,
            stage_id,
            status,
            amount,
            currency,
            amount_source,
            probability,
            expected_close_date,
            closed_at,
            lost_reason,
            next_step,
            source,
            description,
            tags,
            external_id,
            created_at,
            updated_at,
            version,
        }
    }
}

/// Converts the Opportunity value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Opportunity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping non-primitive type account_id in query parameter serialization
            // Skipping non-primitive type primary_contact_id in query parameter serialization
            // Skipping non-primitive type contact_roles in query parameter serialization
            Some("owner_id".to_string()),
            Some(self.owner_id.to_string()),
            // Skipping non-primitive type pipeline_id in query parameter serialization
            // Skipping non-primitive type stage_id in query parameter serialization
            // Skipping non-primitive type status in query parameter serialization
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping non-primitive type amount_source in query parameter serialization
            Some("probability".to_string()),
            Some(self.probability.to_string()),
            // Skipping non-primitive type expected_close_date in query parameter serialization
            // Skipping non-primitive type closed_at in query parameter serialization
            Some("lost_reason".to_string()),
            Some(
                self.lost_reason
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("next_step".to_string()),
            Some(
                self.next_step
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("source".to_string()),
            Some(
                self.source
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("description".to_string()),
            Some(
                self.description
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("tags".to_string()),
            Some(
                self.tags
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("external_id".to_string()),
            Some(
                self.external_id
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping non-primitive type created_at in query parameter serialization
            // Skipping non-primitive type updated_at in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Opportunity value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Opportunity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub account_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<swagger::Nullable<uuid::Uuid>>,
            pub contact_roles: Vec<Vec<models::ContactRoleAssignment>>,
            pub owner_id: Vec<String>,
            pub pipeline_id: Vec<uuid::Uuid>,
            pub stage_id: Vec<uuid::Uuid>,
            pub status: Vec<models::OpportunityStatus>,
            pub amount: Vec<String>,
            pub currency: Vec<String>,
            pub amount_source: Vec<models::AmountSource>,
            pub probability: Vec<i32>,
            pub expected_close_date: Vec<swagger::Nullable<chrono::naive::NaiveDate>>,
            pub closed_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub lost_reason: Vec<swagger::Nullable<String>>,
            pub next_step: Vec<swagger::Nullable<String>>,
            pub source: Vec<swagger::Nullable<String>>,
            pub description: Vec<swagger::Nullable<String>>,
            pub tags: Vec<Vec<String>>,
            pub external_id: Vec<swagger::Nullable<String>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub version: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Opportunity".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "primary_contact_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "contact_roles" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "owner_id" => intermediate_rep.owner_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pipeline_id" => intermediate_rep.pipeline_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::OpportunityStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount_source" => intermediate_rep.amount_source.push(
                        <models::AmountSource as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "expected_close_date" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "closed_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "lost_reason" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "next_step" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "source" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "description" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "tags" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    "external_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Opportunity"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Opportunity".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Opportunity {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Opportunity".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Opportunity".to_string())?,
            account_id: intermediate_rep
                .account_id
                .into_iter()
                .next()
                .ok_or_else(|| "account_id missing in Opportunity".to_string())?,
            primary_contact_id: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            contact_roles: intermediate_rep
                .contact_roles
                .into_iter()
                .next()
                .ok_or_else(|| "contact_roles missing in Opportunity".to_string())?,
            owner_id: intermediate_rep
                .owner_id
                .into_iter()
                .next()
                .ok_or_else(|| "owner_id missing in Opportunity".to_string())?,
            pipeline_id: intermediate_rep
                .pipeline_id
                .into_iter()
                .next()
                .ok_or_else(|| "pipeline_id missing in Opportunity".to_string())?,
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stage_id missing in Opportunity".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Opportunity".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in Opportunity".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in Opportunity".to_string())?,
            amount_source: intermediate_rep
                .amount_source
                .into_iter()
                .next()
                .ok_or_else(|| "amount_source missing in Opportunity".to_string())?,
            probability: intermediate_rep
                .probability
                .into_iter()
                .next()
                .ok_or_else(|| "probability missing in Opportunity".to_string())?,
            expected_close_date: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            closed_at: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            lost_reason: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            next_step: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            source: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            description: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            tags: intermediate_rep
                .tags
                .into_iter()
                .next()
                .ok_or_else(|| "tags missing in Opportunity".to_string())?,
            external_id: std::result::Result::Err(
                "Nullable types not supported in Opportunity".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Opportunity".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Opportunity".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in Opportunity".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Opportunity> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Opportunity>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Opportunity>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Opportunity - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Opportunity> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Opportunity as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Opportunity - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Opportunity>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Opportunity>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<Opportunity>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Opportunity> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Opportunity as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Opportunity - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Up to 100 opportunities to create in one transaction: all or none.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityBatchCreate {
    /// The opportunities to create, 1-100.
    #[serde(rename = "items")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub items: Vec<models::OpportunityCreate>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityBatchCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityBatchCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl OpportunityBatchCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(items: Vec<models::OpportunityCreate>) -> OpportunityBatchCreate {
        OpportunityBatchCreate { items }
    }
}

/// Converts the OpportunityBatchCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityBatchCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type items in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityBatchCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityBatchCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::OpportunityCreate>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityBatchCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err("Parsing a container in this style is not supported in OpportunityBatchCreate".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OpportunityBatchCreate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityBatchCreate {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in OpportunityBatchCreate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityBatchCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityBatchCreate>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityBatchCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for OpportunityBatchCreate - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityBatchCreate>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OpportunityBatchCreate as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into OpportunityBatchCreate - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityBatchCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityBatchCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityBatchCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityBatchCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityBatchCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityBatchCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// What a batch did with one item.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityBatchItemResult {
    /// The item's position in the request.
    #[serde(rename = "index")]
    pub index: i32,

    #[serde(rename = "outcome")]
    #[cfg_attr(feature = "validate", validate)]
    pub outcome: models::BatchOutcome,

    /// The opportunity's new ETag.
    #[serde(rename = "etag")]
    pub etag: String,

    #[serde(rename = "opportunity")]
    #[cfg_attr(feature = "validate", validate)]
    pub opportunity: models::Opportunity,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityBatchItemResult {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityBatchItemResult {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl OpportunityBatchItemResult {
    #[allow(clippy::new_without_default)]
    pub fn new(
        index: i32,
        outcome: models::BatchOutcome,
        etag: String,
        opportunity: models::Opportunity,
    ) -> OpportunityBatchItemResult {
        OpportunityBatchItemResult {
            index,
            outcome,
            etag,
            opportunity,
        }
    }
}

/// Converts the OpportunityBatchItemResult value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityBatchItemResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("index".to_string()),
            Some(self.index.to_string()),
            // Skipping non-primitive type outcome in query parameter serialization
            Some("etag".to_string()),
            Some(self.etag.to_string()),
            // Skipping non-primitive type opportunity in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityBatchItemResult value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityBatchItemResult {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub index: Vec<i32>,
            pub outcome: Vec<models::BatchOutcome>,
            pub etag: Vec<String>,
            pub opportunity: Vec<models::Opportunity>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityBatchItemResult".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "index" => intermediate_rep.index.push(
                        <i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "outcome" => intermediate_rep.outcome.push(
                        <models::BatchOutcome as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "opportunity" => intermediate_rep.opportunity.push(
                        <models::Opportunity as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OpportunityBatchItemResult".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityBatchItemResult {
            index: intermediate_rep
                .index
                .into_iter()
                .next()
                .ok_or_else(|| "index missing in OpportunityBatchItemResult".to_string())?,
            outcome: intermediate_rep
                .outcome
                .into_iter()
                .next()
                .ok_or_else(|| "outcome missing in OpportunityBatchItemResult".to_string())?,
            etag: intermediate_rep
                .etag
                .into_iter()
                .next()
                .ok_or_else(|| "etag missing in OpportunityBatchItemResult".to_string())?,
            opportunity: intermediate_rep
                .opportunity
                .into_iter()
                .next()
                .ok_or_else(|| "opportunity missing in OpportunityBatchItemResult".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityBatchItemResult> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityBatchItemResult>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityBatchItemResult>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for OpportunityBatchItemResult - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityBatchItemResult>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OpportunityBatchItemResult as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into OpportunityBatchItemResult - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityBatchItemResult>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityBatchItemResult>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityBatchItemResult>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityBatchItemResult> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityBatchItemResult as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityBatchItemResult - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One result per item of the batch, in the order of the request.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityBatchResult {
    /// One result per item, in the order of the request.
    #[serde(rename = "items")]
    #[cfg_attr(feature = "validate", validate)]
    pub items: Vec<models::OpportunityBatchItemResult>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityBatchResult {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityBatchResult {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl OpportunityBatchResult {
    #[allow(clippy::new_without_default)]
    pub fn new(items: Vec<models::OpportunityBatchItemResult>) -> OpportunityBatchResult {
        OpportunityBatchResult { items }
    }
}

/// Converts the OpportunityBatchResult value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityBatchResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type items in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityBatchResult value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityBatchResult {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::OpportunityBatchItemResult>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityBatchResult".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err("Parsing a container in this style is not supported in OpportunityBatchResult".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OpportunityBatchResult".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityBatchResult {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in OpportunityBatchResult".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityBatchResult> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityBatchResult>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityBatchResult>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for OpportunityBatchResult - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityBatchResult>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OpportunityBatchResult as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into OpportunityBatchResult - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityBatchResult>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityBatchResult>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityBatchResult>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityBatchResult> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityBatchResult as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityBatchResult - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Up to 100 opportunity changes applied in one transaction: all or none.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityBatchUpdate {
    /// The changes, 1-100, applied in order.
    #[serde(rename = "items")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub items: Vec<models::OpportunityBatchUpdateItem>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityBatchUpdate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityBatchUpdate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl OpportunityBatchUpdate {
    #[allow(clippy::new_without_default)]
    pub fn new(items: Vec<models::OpportunityBatchUpdateItem>) -> OpportunityBatchUpdate {
        OpportunityBatchUpdate { items }
    }
}

/// Converts the OpportunityBatchUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityBatchUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type items in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityBatchUpdate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityBatchUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::OpportunityBatchUpdateItem>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityBatchUpdate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err("Parsing a container in this style is not supported in OpportunityBatchUpdate".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OpportunityBatchUpdate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityBatchUpdate {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in OpportunityBatchUpdate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityBatchUpdate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityBatchUpdate>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityBatchUpdate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for OpportunityBatchUpdate - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityBatchUpdate>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OpportunityBatchUpdate as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into OpportunityBatchUpdate - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityBatchUpdate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityBatchUpdate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityBatchUpdate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityBatchUpdate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityBatchUpdate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityBatchUpdate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One opportunity to change, at the version named by `if_match`.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityBatchUpdateItem {
    /// The opportunity to change.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The ETag you last saw, or `*`.
    #[serde(rename = "if_match")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 64),
           regex(path = *RE_OPPORTUNITYBATCHUPDATEITEM_IF_MATCH),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 64))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(\\*|\\x22[0-9]{1,19}\\x22)$")
    )]
    pub if_match: String,

    #[serde(rename = "patch")]
    #[cfg_attr(feature = "validate", validate)]
    pub patch: models::OpportunityPatch,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityBatchUpdateItem {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityBatchUpdateItem {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYBATCHUPDATEITEM_IF_MATCH: regex::Regex = regex::Regex::new(r"^(\\*|\\x22[0-9]{1,19}\\x22)$").unwrap();
}

impl OpportunityBatchUpdateItem {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        if_match: String,
        patch: models::OpportunityPatch,
    ) -> OpportunityBatchUpdateItem {
        OpportunityBatchUpdateItem {
            id,
            if_match,
            patch,
        }
    }
}

/// Converts the OpportunityBatchUpdateItem value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityBatchUpdateItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("if_match".to_string()),
            Some(self.if_match.to_string()),
            // Skipping non-primitive type patch in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityBatchUpdateItem value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityBatchUpdateItem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub if_match: Vec<String>,
            pub patch: Vec<models::OpportunityPatch>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityBatchUpdateItem".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "if_match" => intermediate_rep.if_match.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "patch" => intermediate_rep.patch.push(
                        <models::OpportunityPatch as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OpportunityBatchUpdateItem".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityBatchUpdateItem {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in OpportunityBatchUpdateItem".to_string())?,
            if_match: intermediate_rep
                .if_match
                .into_iter()
                .next()
                .ok_or_else(|| "if_match missing in OpportunityBatchUpdateItem".to_string())?,
            patch: intermediate_rep
                .patch
                .into_iter()
                .next()
                .ok_or_else(|| "patch missing in OpportunityBatchUpdateItem".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityBatchUpdateItem> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityBatchUpdateItem>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityBatchUpdateItem>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for OpportunityBatchUpdateItem - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityBatchUpdateItem>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OpportunityBatchUpdateItem as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into OpportunityBatchUpdateItem - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityBatchUpdateItem>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityBatchUpdateItem>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityBatchUpdateItem>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityBatchUpdateItem> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityBatchUpdateItem as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityBatchUpdateItem - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new opportunity. Without `pipeline_id` it goes to the default pipeline, without `stage_id` to its first open stage, and without `owner_id` it belongs to the caller.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityCreate {
    /// A short name for the deal.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    pub name: String,

    /// The account the deal is with; it must exist.
    #[serde(rename = "account_id")]
    pub account_id: uuid::Uuid,

    /// The main person for this deal: a contact of the account.
    #[serde(rename = "primary_contact_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<uuid::Uuid>,

    /// People at the account and the part they play; a contact appears at most once.
    #[serde(rename = "contact_roles")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 50),))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_roles: Option<Vec<models::ContactRoleAssignment>>,

    /// A user's id, the `sub` of their token.
    #[serde(rename = "owner_id")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 128),
           regex(path = *RE_OPPORTUNITYCREATE_OWNER_ID),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[\\x21-\\x7E]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,

    /// The pipeline; the default pipeline when omitted.
    #[serde(rename = "pipeline_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<uuid::Uuid>,

    /// An open stage of the pipeline.
    #[serde(rename = "stage_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<uuid::Uuid>,

    /// A non-negative decimal amount, at most 13 integer digits, with no more decimals than the currency's minor unit.
    #[serde(rename = "amount")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
           regex(path = *RE_OPPORTUNITYCREATE_AMOUNT),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,

    /// An ISO 4217 currency code.
    #[serde(rename = "currency")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_OPPORTUNITYCREATE_CURRENCY),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{3}$"))]
    pub currency: String,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability: Option<u32>,

    /// When the deal is expected to close.
    #[serde(rename = "expected_close_date")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_close_date: Option<chrono::naive::NaiveDate>,

    /// What happens next.
    #[serde(rename = "next_step")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 500),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<String>,

    /// Where the opportunity came from, such as `partner_referral`.
    #[serde(rename = "source")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,

    /// Free text about the deal.
    #[serde(rename = "description")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 10000),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 10000))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// Free labels, unique, at most 20.
    #[serde(rename = "tags")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 20),))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<models::Tag>>,

    /// An id in the partner's system, unique among opportunities.
    #[serde(rename = "external_id")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 100),
           regex(path = *RE_OPPORTUNITYCREATE_EXTERNAL_ID),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._:-]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,

    /// Products on the deal; when given, the amount is their total and `amount` must be left out.
    #[serde(rename = "line_items")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 100),))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<models::LineItemCreate>>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYCREATE_OWNER_ID: regex::Regex = regex::Regex::new(r"^[\\x21-\\x7E]+$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYCREATE_AMOUNT: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYCREATE_CURRENCY: regex::Regex = regex::Regex::new(r"^[A-Z]{3}$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYCREATE_EXTERNAL_ID: regex::Regex = regex::Regex::new(r"^[A-Za-z0-9._:-]+$").unwrap();
}

impl OpportunityCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(name: String, account_id: uuid::Uuid, currency: String) -> OpportunityCreate {
        OpportunityCreate {
            name,
            account_id,
            primary_contact_id: None,
            contact_roles: None,
            owner_id: None,
            pipeline_id: None,
            stage_id: None,
            amount: None,
            currency,
            probability: None,
            expected_close_date: None,
            next_step: None,
            source: None,
            description: None,
            tags: None,
            external_id: None,
            line_items: None,
        }
    }
}

/// Converts the OpportunityCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping non-primitive type account_id in query parameter serialization
            // Skipping non-primitive type primary_contact_id in query parameter serialization
            // Skipping non-primitive type contact_roles in query parameter serialization
            self.owner_id
                .as_ref()
                .map(|owner_id| ["owner_id".to_string(), owner_id.to_string()].join(",")),
            // Skipping non-primitive type pipeline_id in query parameter serialization
            // Skipping non-primitive type stage_id in query parameter serialization
            self.amount
                .as_ref()
                .map(|amount| ["amount".to_string(), amount.to_string()].join(",")),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            self.probability
                .as_ref()
                .map(|probability| ["probability".to_string(), probability.to_string()].join(",")),
            // Skipping non-primitive type expected_close_date in query parameter serialization
            self.next_step
                .as_ref()
                .map(|next_step| ["next_step".to_string(), next_step.to_string()].join(",")),
            self.source
                .as_ref()
                .map(|source| ["source".to_string(), source.to_string()].join(",")),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.external_id
                .as_ref()
                .map(|external_id| ["external_id".to_string(), external_id.to_string()].join(",")),
            // Skipping non-primitive type line_items in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub account_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<uuid::Uuid>,
            pub contact_roles: Vec<Vec<models::ContactRoleAssignment>>,
            pub owner_id: Vec<String>,
            pub pipeline_id: Vec<uuid::Uuid>,
            pub stage_id: Vec<uuid::Uuid>,
            pub amount: Vec<String>,
            pub currency: Vec<String>,
            pub probability: Vec<u32>,
            pub expected_close_date: Vec<chrono::naive::NaiveDate>,
            pub next_step: Vec<String>,
            pub source: Vec<String>,
            pub description: Vec<String>,
            pub tags: Vec<Vec<models::Tag>>,
            pub external_id: Vec<String>,
            pub line_items: Vec<Vec<models::LineItemCreate>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "primary_contact_id" => intermediate_rep.primary_contact_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "contact_roles" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in OpportunityCreate"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "owner_id" => intermediate_rep.owner_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pipeline_id" => intermediate_rep.pipeline_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "expected_close_date" => intermediate_rep.expected_close_date.push(
                        <chrono::naive::NaiveDate as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "next_step" => intermediate_rep.next_step.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "source" => intermediate_rep.source.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "tags" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in OpportunityCreate"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "external_id" => intermediate_rep.external_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "line_items" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in OpportunityCreate"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OpportunityCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityCreate {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in OpportunityCreate".to_string())?,
            account_id: intermediate_rep
                .account_id
                .into_iter()
                .next()
                .ok_or_else(|| "account_id missing in OpportunityCreate".to_string())?,
            primary_contact_id: intermediate_rep.primary_contact_id.into_iter().next(),
            contact_roles: intermediate_rep.contact_roles.into_iter().next(),
            owner_id: intermediate_rep.owner_id.into_iter().next(),
            pipeline_id: intermediate_rep.pipeline_id.into_iter().next(),
            stage_id: intermediate_rep.stage_id.into_iter().next(),
            amount: intermediate_rep.amount.into_iter().next(),
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in OpportunityCreate".to_string())?,
            probability: intermediate_rep.probability.into_iter().next(),
            expected_close_date: intermediate_rep.expected_close_date.into_iter().next(),
            next_step: intermediate_rep.next_step.into_iter().next(),
            source: intermediate_rep.source.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            tags: intermediate_rep.tags.into_iter().next(),
            external_id: intermediate_rep.external_id.into_iter().next(),
            line_items: intermediate_rep.line_items.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityCreate>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for OpportunityCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityCreate>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OpportunityCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into OpportunityCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of opportunities.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityPage {
    /// The opportunities of this page, in the list's order.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::Opportunity>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl OpportunityPage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::Opportunity>,
        next_cursor: swagger::Nullable<String>,
    ) -> OpportunityPage {
        OpportunityPage { data, next_cursor }
    }
}

/// Converts the OpportunityPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::Opportunity>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in OpportunityPage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in OpportunityPage"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OpportunityPage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in OpportunityPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in OpportunityPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityPage>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for OpportunityPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityPage>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OpportunityPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into OpportunityPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to an opportunity (JSON merge patch): only the fields sent change; `null` clears a nullable field. A closed opportunity accepts only description, next_step, tags and external_id.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityPatch {
    /// A short name for the deal.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Move the deal to another existing account.
    #[serde(rename = "account_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<uuid::Uuid>,

    /// The main person for this deal, a contact of the account; `null` clears it.
    #[serde(rename = "primary_contact_id")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<swagger::Nullable<uuid::Uuid>>,

    /// People at the account and the part they play; a contact appears at most once.
    #[serde(rename = "contact_roles")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 50),))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_roles: Option<Vec<models::ContactRoleAssignment>>,

    /// A user's id, the `sub` of their token.
    #[serde(rename = "owner_id")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 128),
           regex(path = *RE_OPPORTUNITYPATCH_OWNER_ID),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[\\x21-\\x7E]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,

    /// A non-negative decimal amount, at most 13 integer digits, with no more decimals than the currency's minor unit.
    #[serde(rename = "amount")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
           regex(path = *RE_OPPORTUNITYPATCH_AMOUNT),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,

    /// An ISO 4217 currency code.
    #[serde(rename = "currency")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_OPPORTUNITYPATCH_CURRENCY),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{3}$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability: Option<u32>,

    /// When the deal is expected to close; `null` clears it.
    #[serde(rename = "expected_close_date")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_close_date: Option<swagger::Nullable<chrono::naive::NaiveDate>>,

    /// What happens next; `null` clears it.
    #[serde(rename = "next_step")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<swagger::Nullable<String>>,

    /// Where the opportunity came from; `null` clears it.
    #[serde(rename = "source")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<swagger::Nullable<String>>,

    /// Free text about the deal; `null` clears it.
    #[serde(rename = "description")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 10000))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<swagger::Nullable<String>>,

    /// Free labels, unique, at most 20.
    #[serde(rename = "tags")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 20),))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<models::Tag>>,

    /// Your system's id for the opportunity, unique among opportunities; `null` clears it.
    #[serde(rename = "external_id")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Za-z0-9._:-]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<swagger::Nullable<String>>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityPatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityPatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYPATCH_OWNER_ID: regex::Regex = regex::Regex::new(r"^[\\x21-\\x7E]+$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYPATCH_AMOUNT: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYPATCH_CURRENCY: regex::Regex = regex::Regex::new(r"^[A-Z]{3}$").unwrap();
}

impl OpportunityPatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> OpportunityPatch {
        OpportunityPatch {
            name: None,
            account_id: None,
            primary_contact_id: None,
            contact_roles: None,
            owner_id: None,
            amount: None,
            currency: None,
            probability: None,
            expected_close_date: None,
            next_step: None,
            source: None,
            description: None,
            tags: None,
            external_id: None,
        }
    }
}

/// Converts the OpportunityPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            // Skipping non-primitive type account_id in query parameter serialization
            // Skipping non-primitive type primary_contact_id in query parameter serialization
            // Skipping non-primitive type contact_roles in query parameter serialization
            self.owner_id
                .as_ref()
                .map(|owner_id| ["owner_id".to_string(), owner_id.to_string()].join(",")),
            self.amount
                .as_ref()
                .map(|amount| ["amount".to_string(), amount.to_string()].join(",")),
            self.currency
                .as_ref()
                .map(|currency| ["currency".to_string(), currency.to_string()].join(",")),
            self.probability
                .as_ref()
                .map(|probability| ["probability".to_string(), probability.to_string()].join(",")),
            // Skipping non-primitive type expected_close_date in query parameter serialization
            self.next_step.as_ref().map(|next_step| {
                [
                    "next_step".to_string(),
                    next_step
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.source.as_ref().map(|source| {
                [
                    "source".to_string(),
                    source
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.external_id.as_ref().map(|external_id| {
                [
                    "external_id".to_string(),
                    external_id
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityPatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub account_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<swagger::Nullable<uuid::Uuid>>,
            pub contact_roles: Vec<Vec<models::ContactRoleAssignment>>,
            pub owner_id: Vec<String>,
            pub amount: Vec<String>,
            pub currency: Vec<String>,
            pub probability: Vec<u32>,
            pub expected_close_date: Vec<swagger::Nullable<chrono::naive::NaiveDate>>,
            pub next_step: Vec<swagger::Nullable<String>>,
            pub source: Vec<swagger::Nullable<String>>,
            pub description: Vec<swagger::Nullable<String>>,
            pub tags: Vec<Vec<models::Tag>>,
            pub external_id: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityPatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "primary_contact_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OpportunityPatch".to_string()),
                    "contact_roles" => return std::result::Result::Err("Parsing a container in this style is not supported in OpportunityPatch".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "owner_id" => intermediate_rep.owner_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(<u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "expected_close_date" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OpportunityPatch".to_string()),
                    "next_step" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OpportunityPatch".to_string()),
                    "source" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OpportunityPatch".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OpportunityPatch".to_string()),
                    "tags" => return std::result::Result::Err("Parsing a container in this style is not supported in OpportunityPatch".to_string()),
                    "external_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OpportunityPatch".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OpportunityPatch".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityPatch {
            name: intermediate_rep.name.into_iter().next(),
            account_id: intermediate_rep.account_id.into_iter().next(),
            primary_contact_id: std::result::Result::Err(
                "Nullable types not supported in OpportunityPatch".to_string(),
            )?,
            contact_roles: intermediate_rep.contact_roles.into_iter().next(),
            owner_id: intermediate_rep.owner_id.into_iter().next(),
            amount: intermediate_rep.amount.into_iter().next(),
            currency: intermediate_rep.currency.into_iter().next(),
            probability: intermediate_rep.probability.into_iter().next(),
            expected_close_date: std::result::Result::Err(
                "Nullable types not supported in OpportunityPatch".to_string(),
            )?,
            next_step: std::result::Result::Err(
                "Nullable types not supported in OpportunityPatch".to_string(),
            )?,
            source: std::result::Result::Err(
                "Nullable types not supported in OpportunityPatch".to_string(),
            )?,
            description: std::result::Result::Err(
                "Nullable types not supported in OpportunityPatch".to_string(),
            )?,
            tags: intermediate_rep.tags.into_iter().next(),
            external_id: std::result::Result::Err(
                "Nullable types not supported in OpportunityPatch".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityPatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityPatch>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for OpportunityPatch - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityPatch>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OpportunityPatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into OpportunityPatch - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityPatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityPatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityPatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityPatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityPatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityPatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Sort key for opportunities; a leading `-` sorts descending. Ties are broken by id.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum OpportunitySort {
    #[serde(rename = "name")]
    NameAsc,
    #[serde(rename = "-name")]
    NameDesc,
    #[serde(rename = "created_at")]
    CreatedAtAsc,
    #[serde(rename = "-created_at")]
    CreatedAtDesc,
    #[serde(rename = "updated_at")]
    UpdatedAtAsc,
    #[serde(rename = "-updated_at")]
    UpdatedAtDesc,
    #[serde(rename = "expected_close_date")]
    ExpectedCloseDateAsc,
    #[serde(rename = "-expected_close_date")]
    ExpectedCloseDateDesc,
    #[serde(rename = "amount")]
    AmountAsc,
    #[serde(rename = "-amount")]
    AmountDesc,
}

impl std::fmt::Display for OpportunitySort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            OpportunitySort::NameAsc => write!(f, "name"),
            OpportunitySort::NameDesc => write!(f, "-name"),
            OpportunitySort::CreatedAtAsc => write!(f, "created_at"),
            OpportunitySort::CreatedAtDesc => write!(f, "-created_at"),
            OpportunitySort::UpdatedAtAsc => write!(f, "updated_at"),
            OpportunitySort::UpdatedAtDesc => write!(f, "-updated_at"),
            OpportunitySort::ExpectedCloseDateAsc => write!(f, "expected_close_date"),
            OpportunitySort::ExpectedCloseDateDesc => write!(f, "-expected_close_date"),
            OpportunitySort::AmountAsc => write!(f, "amount"),
            OpportunitySort::AmountDesc => write!(f, "-amount"),
        }
    }
}

impl std::str::FromStr for OpportunitySort {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "name" => std::result::Result::Ok(OpportunitySort::NameAsc),
            "-name" => std::result::Result::Ok(OpportunitySort::NameDesc),
            "created_at" => std::result::Result::Ok(OpportunitySort::CreatedAtAsc),
            "-created_at" => std::result::Result::Ok(OpportunitySort::CreatedAtDesc),
            "updated_at" => std::result::Result::Ok(OpportunitySort::UpdatedAtAsc),
            "-updated_at" => std::result::Result::Ok(OpportunitySort::UpdatedAtDesc),
            "expected_close_date" => std::result::Result::Ok(OpportunitySort::ExpectedCloseDateAsc),
            "-expected_close_date" => {
                std::result::Result::Ok(OpportunitySort::ExpectedCloseDateDesc)
            }
            "amount" => std::result::Result::Ok(OpportunitySort::AmountAsc),
            "-amount" => std::result::Result::Ok(OpportunitySort::AmountDesc),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunitySort> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunitySort>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunitySort>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for OpportunitySort - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunitySort>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OpportunitySort as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into OpportunitySort - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunitySort>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunitySort>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunitySort>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunitySort> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunitySort as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunitySort - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Derived from the kind of the opportunity's stage.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum OpportunityStatus {
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "won")]
    Won,
    #[serde(rename = "lost")]
    Lost,
}

impl std::fmt::Display for OpportunityStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            OpportunityStatus::Open => write!(f, "open"),
            OpportunityStatus::Won => write!(f, "won"),
            OpportunityStatus::Lost => write!(f, "lost"),
        }
    }
}

impl std::str::FromStr for OpportunityStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "open" => std::result::Result::Ok(OpportunityStatus::Open),
            "won" => std::result::Result::Ok(OpportunityStatus::Won),
            "lost" => std::result::Result::Ok(OpportunityStatus::Lost),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityStatus> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityStatus>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityStatus>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for OpportunityStatus - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityStatus>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OpportunityStatus as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into OpportunityStatus - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityStatus>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityStatus>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityStatus>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityStatus> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityStatus as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityStatus - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// The writable fields of an opportunity; those left out take their defaults, as on create.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OpportunityUpsert {
    /// A short name for the deal.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 200),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]
    pub name: String,

    /// The account the deal is with; it must exist.
    #[serde(rename = "account_id")]
    pub account_id: uuid::Uuid,

    /// The main person for this deal: a contact of the account.
    #[serde(rename = "primary_contact_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<uuid::Uuid>,

    /// People at the account and the part they play; a contact appears at most once.
    #[serde(rename = "contact_roles")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 50),))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_roles: Option<Vec<models::ContactRoleAssignment>>,

    /// A user's id, the `sub` of their token.
    #[serde(rename = "owner_id")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 128),
           regex(path = *RE_OPPORTUNITYUPSERT_OWNER_ID),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[\\x21-\\x7E]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,

    /// The pipeline; the default pipeline when omitted.
    #[serde(rename = "pipeline_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<uuid::Uuid>,

    /// A non-negative decimal amount, at most 13 integer digits, with no more decimals than the currency's minor unit.
    #[serde(rename = "amount")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
           regex(path = *RE_OPPORTUNITYUPSERT_AMOUNT),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,

    /// An ISO 4217 currency code.
    #[serde(rename = "currency")]
    #[cfg_attr(not(feature = "validate"), validate(
           regex(path = *RE_OPPORTUNITYUPSERT_CURRENCY),
        ))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[A-Z]{3}$"))]
    pub currency: String,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability: Option<u32>,

    /// When the deal is expected to close.
    #[serde(rename = "expected_close_date")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_close_date: Option<chrono::naive::NaiveDate>,

    /// What happens next.
    #[serde(rename = "next_step")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 500),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<String>,

    /// Where the opportunity came from.
    #[serde(rename = "source")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,

    /// Free text about the deal.
    #[serde(rename = "description")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 10000),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 10000))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// Free labels, unique, at most 20.
    #[serde(rename = "tags")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 20),))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<models::Tag>>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for OpportunityUpsert {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for OpportunityUpsert {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYUPSERT_OWNER_ID: regex::Regex = regex::Regex::new(r"^[\\x21-\\x7E]+$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYUPSERT_AMOUNT: regex::Regex = regex::Regex::new(r"^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$").unwrap();
}

lazy_static::lazy_static! {
    static ref RE_OPPORTUNITYUPSERT_CURRENCY: regex::Regex = regex::Regex::new(r"^[A-Z]{3}$").unwrap();
}

impl OpportunityUpsert {
    #[allow(clippy::new_without_default)]
    pub fn new(name: String, account_id: uuid::Uuid, currency: String) -> OpportunityUpsert {
        OpportunityUpsert {
            name,
            account_id,
            primary_contact_id: None,
            contact_roles: None,
            owner_id: None,
            pipeline_id: None,
            amount: None,
            currency,
            probability: None,
            expected_close_date: None,
            next_step: None,
            source: None,
            description: None,
            tags: None,
        }
    }
}

/// Converts the OpportunityUpsert value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for OpportunityUpsert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping non-primitive type account_id in query parameter serialization
            // Skipping non-primitive type primary_contact_id in query parameter serialization
            // Skipping non-primitive type contact_roles in query parameter serialization
            self.owner_id
                .as_ref()
                .map(|owner_id| ["owner_id".to_string(), owner_id.to_string()].join(",")),
            // Skipping non-primitive type pipeline_id in query parameter serialization
            self.amount
                .as_ref()
                .map(|amount| ["amount".to_string(), amount.to_string()].join(",")),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            self.probability
                .as_ref()
                .map(|probability| ["probability".to_string(), probability.to_string()].join(",")),
            // Skipping non-primitive type expected_close_date in query parameter serialization
            self.next_step
                .as_ref()
                .map(|next_step| ["next_step".to_string(), next_step.to_string()].join(",")),
            self.source
                .as_ref()
                .map(|source| ["source".to_string(), source.to_string()].join(",")),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OpportunityUpsert value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OpportunityUpsert {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub account_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<uuid::Uuid>,
            pub contact_roles: Vec<Vec<models::ContactRoleAssignment>>,
            pub owner_id: Vec<String>,
            pub pipeline_id: Vec<uuid::Uuid>,
            pub amount: Vec<String>,
            pub currency: Vec<String>,
            pub probability: Vec<u32>,
            pub expected_close_date: Vec<chrono::naive::NaiveDate>,
            pub next_step: Vec<String>,
            pub source: Vec<String>,
            pub description: Vec<String>,
            pub tags: Vec<Vec<models::Tag>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OpportunityUpsert".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "account_id" => intermediate_rep.account_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "primary_contact_id" => intermediate_rep.primary_contact_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "contact_roles" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in OpportunityUpsert"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "owner_id" => intermediate_rep.owner_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pipeline_id" => intermediate_rep.pipeline_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "expected_close_date" => intermediate_rep.expected_close_date.push(
                        <chrono::naive::NaiveDate as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "next_step" => intermediate_rep.next_step.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "source" => intermediate_rep.source.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "tags" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in OpportunityUpsert"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OpportunityUpsert".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OpportunityUpsert {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in OpportunityUpsert".to_string())?,
            account_id: intermediate_rep
                .account_id
                .into_iter()
                .next()
                .ok_or_else(|| "account_id missing in OpportunityUpsert".to_string())?,
            primary_contact_id: intermediate_rep.primary_contact_id.into_iter().next(),
            contact_roles: intermediate_rep.contact_roles.into_iter().next(),
            owner_id: intermediate_rep.owner_id.into_iter().next(),
            pipeline_id: intermediate_rep.pipeline_id.into_iter().next(),
            amount: intermediate_rep.amount.into_iter().next(),
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in OpportunityUpsert".to_string())?,
            probability: intermediate_rep.probability.into_iter().next(),
            expected_close_date: intermediate_rep.expected_close_date.into_iter().next(),
            next_step: intermediate_rep.next_step.into_iter().next(),
            source: intermediate_rep.source.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            tags: intermediate_rep.tags.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OpportunityUpsert> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<OpportunityUpsert>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OpportunityUpsert>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for OpportunityUpsert - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<OpportunityUpsert>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OpportunityUpsert as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into OpportunityUpsert - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<OpportunityUpsert>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<OpportunityUpsert>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<OpportunityUpsert>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<OpportunityUpsert> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <OpportunityUpsert as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into OpportunityUpsert - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A sales pipeline: an ordered list of stages opportunities move through.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Pipeline {
    /// The pipeline's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The pipeline's name.
    #[serde(rename = "name")]
    pub name: String,

    /// New opportunities without a pipeline go here. Exactly one pipeline is the default.
    #[serde(rename = "is_default")]
    pub is_default: bool,

    /// In order of `position`.
    #[serde(rename = "stages")]
    #[cfg_attr(feature = "validate", validate)]
    pub stages: Vec<models::Stage>,

    /// When the record was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When the record last changed.
    #[serde(rename = "updated_at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// Increases with every change; the ETag is this number in quotes.
    #[serde(rename = "version")]
    pub version: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Pipeline {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Pipeline {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Pipeline {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        is_default: bool,
        stages: Vec<models::Stage>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        version: i64,
    ) -> Pipeline {
        Pipeline {
            id,
            name,
            is_default,
            stages,
            created_at,
            updated_at,
            version,
        }
    }
}

/// Converts the Pipeline value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("is_default".to_string()),
            Some(self.is_default.to_string()),
            // Skipping non-primitive type stages in query parameter serialization
            // Skipping non-primitive type created_at in query parameter serialization
            // Skipping non-primitive type updated_at in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Pipeline value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Pipeline {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub is_default: Vec<bool>,
            pub stages: Vec<Vec<models::Stage>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub version: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Pipeline".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "is_default" => intermediate_rep.is_default.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "stages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Pipeline"
                                .to_string(),
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Pipeline".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Pipeline {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Pipeline".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Pipeline".to_string())?,
            is_default: intermediate_rep
                .is_default
                .into_iter()
                .next()
                .ok_or_else(|| "is_default missing in Pipeline".to_string())?,
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in Pipeline".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Pipeline".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Pipeline".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in Pipeline".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Pipeline> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Pipeline>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Pipeline>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Pipeline - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Pipeline> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Pipeline as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Pipeline - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Pipeline>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Pipeline>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Pipeline>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Pipeline> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Pipeline as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Pipeline - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new pipeline with its stages; it needs at least one open, one won and one lost stage.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelineCreate {
    /// The pipeline's name.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub name: String,

    /// Make it the default pipeline (the previous default stops being one).
    #[serde(rename = "is_default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,

    /// The stages in order, 3-50.
    #[serde(rename = "stages")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 3, max = 50),))]
    #[cfg_attr(feature = "validate", validate(min_length = 3))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    pub stages: Vec<models::StageDefinition>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PipelineCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PipelineCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl PipelineCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(name: String, stages: Vec<models::StageDefinition>) -> PipelineCreate {
        PipelineCreate {
            name,
            is_default: Some(false),
            stages,
        }
    }
}

/// Converts the PipelineCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelineCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.is_default
                .as_ref()
                .map(|is_default| ["is_default".to_string(), is_default.to_string()].join(",")),
            // Skipping non-primitive type stages in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelineCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelineCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub is_default: Vec<bool>,
            pub stages: Vec<Vec<models::StageDefinition>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelineCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "is_default" => intermediate_rep.is_default.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "stages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PipelineCreate"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PipelineCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelineCreate {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in PipelineCreate".to_string())?,
            is_default: intermediate_rep.is_default.into_iter().next(),
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in PipelineCreate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelineCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelineCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelineCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for PipelineCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PipelineCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelineCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into PipelineCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PipelineCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<PipelineCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<PipelineCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PipelineCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PipelineCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PipelineCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of pipelines.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelinePage {
    /// The pipelines of this page, oldest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::Pipeline>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PipelinePage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PipelinePage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl PipelinePage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::Pipeline>,
        next_cursor: swagger::Nullable<String>,
    ) -> PipelinePage {
        PipelinePage { data, next_cursor }
    }
}

/// Converts the PipelinePage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelinePage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelinePage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelinePage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::Pipeline>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelinePage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PipelinePage"
                                .to_string(),
                        )
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PipelinePage"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PipelinePage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelinePage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in PipelinePage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in PipelinePage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelinePage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelinePage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelinePage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for PipelinePage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PipelinePage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelinePage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into PipelinePage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PipelinePage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<PipelinePage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<PipelinePage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PipelinePage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PipelinePage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PipelinePage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to a pipeline: only the fields sent change.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelinePatch {
    /// The pipeline's name.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Only `true` is accepted; the previous default stops being one.
    #[serde(rename = "is_default")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PipelinePatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PipelinePatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl PipelinePatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PipelinePatch {
        PipelinePatch {
            name: None,
            is_default: None,
        }
    }
}

/// Converts the PipelinePatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelinePatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.is_default
                .as_ref()
                .map(|is_default| ["is_default".to_string(), is_default.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelinePatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelinePatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub is_default: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelinePatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "is_default" => intermediate_rep.is_default.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PipelinePatch".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelinePatch {
            name: intermediate_rep.name.into_iter().next(),
            is_default: intermediate_rep.is_default.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelinePatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelinePatch>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelinePatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for PipelinePatch - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PipelinePatch> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelinePatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into PipelinePatch - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PipelinePatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<PipelinePatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<PipelinePatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PipelinePatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PipelinePatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PipelinePatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Every stage of a pipeline with the opportunities in it, computed over live data.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelineSummary {
    /// The pipeline's id.
    #[serde(rename = "pipeline_id")]
    pub pipeline_id: uuid::Uuid,

    /// The pipeline's name.
    #[serde(rename = "pipeline_name")]
    pub pipeline_name: String,

    /// When the summary was computed.
    #[serde(rename = "generated_at")]
    pub generated_at: chrono::DateTime<chrono::Utc>,

    /// Every stage of the pipeline in order, also empty ones.
    #[serde(rename = "stages")]
    #[cfg_attr(feature = "validate", validate)]
    pub stages: Vec<models::StageSummary>,

    /// Over all stages, per currency.
    #[serde(rename = "totals")]
    #[cfg_attr(feature = "validate", validate)]
    pub totals: Vec<models::CurrencyTotal>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PipelineSummary {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PipelineSummary {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl PipelineSummary {
    #[allow(clippy::new_without_default)]
    pub fn new(
        pipeline_id: uuid::Uuid,
        pipeline_name: String,
        generated_at: chrono::DateTime<chrono::Utc>,
        stages: Vec<models::StageSummary>,
        totals: Vec<models::CurrencyTotal>,
    ) -> PipelineSummary {
        PipelineSummary {
            pipeline_id,
            pipeline_name,
            generated_at,
            stages,
            totals,
        }
    }
}

/// Converts the PipelineSummary value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelineSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type pipeline_id in query parameter serialization
            Some("pipeline_name".to_string()),
            Some(self.pipeline_name.to_string()),
            // Skipping non-primitive type generated_at in query parameter serialization
            // Skipping non-primitive type stages in query parameter serialization
            // Skipping non-primitive type totals in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelineSummary value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelineSummary {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub pipeline_id: Vec<uuid::Uuid>,
            pub pipeline_name: Vec<String>,
            pub generated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub stages: Vec<Vec<models::StageSummary>>,
            pub totals: Vec<Vec<models::CurrencyTotal>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelineSummary".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "pipeline_id" => intermediate_rep.pipeline_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pipeline_name" => intermediate_rep.pipeline_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "generated_at" => intermediate_rep.generated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "stages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PipelineSummary"
                                .to_string(),
                        )
                    }
                    "totals" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PipelineSummary"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PipelineSummary".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelineSummary {
            pipeline_id: intermediate_rep
                .pipeline_id
                .into_iter()
                .next()
                .ok_or_else(|| "pipeline_id missing in PipelineSummary".to_string())?,
            pipeline_name: intermediate_rep
                .pipeline_name
                .into_iter()
                .next()
                .ok_or_else(|| "pipeline_name missing in PipelineSummary".to_string())?,
            generated_at: intermediate_rep
                .generated_at
                .into_iter()
                .next()
                .ok_or_else(|| "generated_at missing in PipelineSummary".to_string())?,
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in PipelineSummary".to_string())?,
            totals: intermediate_rep
                .totals
                .into_iter()
                .next()
                .ok_or_else(|| "totals missing in PipelineSummary".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelineSummary> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelineSummary>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelineSummary>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for PipelineSummary - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<PipelineSummary>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelineSummary as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into PipelineSummary - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PipelineSummary>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<PipelineSummary>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<PipelineSummary>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PipelineSummary> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PipelineSummary as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PipelineSummary - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Chance of winning, in percent.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Probability(
    #[cfg_attr(feature = "validate", validate(minimum = 0i32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100i32))]
    i32,
);

impl std::convert::From<i32> for Probability {
    fn from(x: i32) -> Self {
        Probability(x)
    }
}

impl std::convert::From<Probability> for i32 {
    fn from(x: Probability) -> Self {
        x.0
    }
}

impl std::ops::Deref for Probability {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

impl std::ops::DerefMut for Probability {
    fn deref_mut(&mut self) -> &mut i32 {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Probability {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Probability {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
/// Converts the Probability value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Probability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Probability value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl ::std::str::FromStr for Probability {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match std::str::FromStr::from_str(s) {
            std::result::Result::Ok(r) => std::result::Result::Ok(Probability(r)),
            std::result::Result::Err(e) => {
                std::result::Result::Err(format!("Unable to convert {s} to Probability: {e:?}"))
            }
        }
    }
}

// Methods for converting between header::IntoHeaderValue<Probability> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Probability>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Probability>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Probability - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Probability> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Probability as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Probability - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Probability>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Probability>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<Probability>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Probability> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Probability as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Probability - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// An RFC 9457 problem. `type` and `code` are stable; match on `code`.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub r#type: String,

    /// The kind of problem as a stable snake_case word: `validation_failed`, `precondition_failed`, `opportunity_closed`, ...
    #[serde(rename = "code")]
    pub code: String,

    /// A short summary of the kind of problem.
    #[serde(rename = "title")]
    pub title: String,

    /// The HTTP status.
    #[serde(rename = "status")]
    pub status: i32,

    /// What went wrong this time, for a human.
    #[serde(rename = "detail")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,

    /// The request path.
    #[serde(rename = "instance")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,

    /// Quote this to support; it is also the `X-Request-Id` response header.
    #[serde(rename = "request_id")]
    pub request_id: String,

    /// One entry per invalid field, for validation failures.
    #[serde(rename = "errors")]
    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<models::FieldError>>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Problem {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Problem {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Problem {
    #[allow(clippy::new_without_default)]
    pub fn new(
        r#type: String,
        code: String,
        title: String,
        status: i32,
        request_id: String,
    ) -> Problem {
        Problem {
            r#type,
            code,
            title,
            status,
            detail: None,
            instance: None,
            request_id,
            errors: None,
        }
    }
}

/// Converts the Problem value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r#type.to_string()),
            Some("code".to_string()),
            Some(self.code.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            self.detail
                .as_ref()
                .map(|detail| ["detail".to_string(), detail.to_string()].join(",")),
            self.instance
                .as_ref()
                .map(|instance| ["instance".to_string(), instance.to_string()].join(",")),
            Some("request_id".to_string()),
            Some(self.request_id.to_string()),
            // Skipping non-primitive type errors in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Problem value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Problem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r#type: Vec<String>,
            pub code: Vec<String>,
            pub title: Vec<String>,
            pub status: Vec<i32>,
            pub detail: Vec<String>,
            pub instance: Vec<String>,
            pub request_id: Vec<String>,
            pub errors: Vec<Vec<models::FieldError>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Problem".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r#type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "instance" => intermediate_rep.instance.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "request_id" => intermediate_rep.request_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "errors" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Problem"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Problem".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Problem {
            r#type: intermediate_rep
                .r#type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in Problem".to_string())?,
            code: intermediate_rep
                .code
                .into_iter()
                .next()
                .ok_or_else(|| "code missing in Problem".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Problem".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Problem".to_string())?,
            detail: intermediate_rep.detail.into_iter().next(),
            instance: intermediate_rep.instance.into_iter().next(),
            request_id: intermediate_rep
                .request_id
                .into_iter()
                .next()
                .ok_or_else(|| "request_id missing in Problem".to_string())?,
            errors: intermediate_rep.errors.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Problem> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Problem>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Problem>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Problem - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Problem> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Problem as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into Problem - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Problem>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Problem>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Problem>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Problem> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Problem as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Problem - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// How many deliveries were queued again.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RedeliveryAccepted {
    /// Deliveries queued again (events not yet fanned out come on top).
    #[serde(rename = "queued")]
    pub queued: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RedeliveryAccepted {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RedeliveryAccepted {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl RedeliveryAccepted {
    #[allow(clippy::new_without_default)]
    pub fn new(queued: i64) -> RedeliveryAccepted {
        RedeliveryAccepted { queued }
    }
}

/// Converts the RedeliveryAccepted value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RedeliveryAccepted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("queued".to_string()), Some(self.queued.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RedeliveryAccepted value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RedeliveryAccepted {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub queued: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RedeliveryAccepted".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "queued" => intermediate_rep.queued.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RedeliveryAccepted".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RedeliveryAccepted {
            queued: intermediate_rep
                .queued
                .into_iter()
                .next()
                .ok_or_else(|| "queued missing in RedeliveryAccepted".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RedeliveryAccepted> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RedeliveryAccepted>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RedeliveryAccepted>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for RedeliveryAccepted - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<RedeliveryAccepted>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RedeliveryAccepted as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into RedeliveryAccepted - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RedeliveryAccepted>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<RedeliveryAccepted>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<RedeliveryAccepted>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RedeliveryAccepted> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RedeliveryAccepted as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RedeliveryAccepted - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// What to send again: one event, or everything after a feed position.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RedeliveryRequest {
    /// The event to send again.
    #[serde(rename = "event_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<uuid::Uuid>,

    /// Send every event after this feed position again.
    #[serde(rename = "after")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 5, max = 512),
           regex(path = *RE_REDELIVERYREQUEST_AFTER),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 5))]
    #[cfg_attr(feature = "validate", validate(max_length = 512))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^ev1\\.[A-Za-z0-9_-]+$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RedeliveryRequest {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RedeliveryRequest {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_REDELIVERYREQUEST_AFTER: regex::Regex = regex::Regex::new(r"^ev1\\.[A-Za-z0-9_-]+$").unwrap();
}

impl RedeliveryRequest {
    #[allow(clippy::new_without_default)]
    pub fn new() -> RedeliveryRequest {
        RedeliveryRequest {
            event_id: None,
            after: None,
        }
    }
}

/// Converts the RedeliveryRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RedeliveryRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type event_id in query parameter serialization
            self.after
                .as_ref()
                .map(|after| ["after".to_string(), after.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RedeliveryRequest value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RedeliveryRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub event_id: Vec<uuid::Uuid>,
            pub after: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RedeliveryRequest".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "event_id" => intermediate_rep.event_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "after" => intermediate_rep.after.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RedeliveryRequest".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RedeliveryRequest {
            event_id: intermediate_rep.event_id.into_iter().next(),
            after: intermediate_rep.after.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RedeliveryRequest> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RedeliveryRequest>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RedeliveryRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for RedeliveryRequest - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<RedeliveryRequest>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RedeliveryRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into RedeliveryRequest - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RedeliveryRequest>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<RedeliveryRequest>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<RedeliveryRequest>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RedeliveryRequest> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RedeliveryRequest as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RedeliveryRequest - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Opens a won or lost opportunity again.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReopenOpportunity {
    /// An open stage of the opportunity's pipeline; the stage it was in before it closed when omitted.
    #[serde(rename = "stage_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<uuid::Uuid>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ReopenOpportunity {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ReopenOpportunity {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl ReopenOpportunity {
    #[allow(clippy::new_without_default)]
    pub fn new() -> ReopenOpportunity {
        ReopenOpportunity { stage_id: None }
    }
}

/// Converts the ReopenOpportunity value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ReopenOpportunity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type stage_id in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ReopenOpportunity value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ReopenOpportunity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stage_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ReopenOpportunity".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ReopenOpportunity".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ReopenOpportunity {
            stage_id: intermediate_rep.stage_id.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ReopenOpportunity> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ReopenOpportunity>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ReopenOpportunity>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ReopenOpportunity - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<ReopenOpportunity>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ReopenOpportunity as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ReopenOpportunity - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ReopenOpportunity>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ReopenOpportunity>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ReopenOpportunity>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ReopenOpportunity> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ReopenOpportunity as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ReopenOpportunity - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// The kind of record an audit event is about.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ResourceType {
    #[serde(rename = "account")]
    Account,
    #[serde(rename = "contact")]
    Contact,
    #[serde(rename = "pipeline")]
    Pipeline,
    #[serde(rename = "opportunity")]
    Opportunity,
    #[serde(rename = "line_item")]
    LineItem,
    #[serde(rename = "note")]
    Note,
}

impl std::fmt::Display for ResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ResourceType::Account => write!(f, "account"),
            ResourceType::Contact => write!(f, "contact"),
            ResourceType::Pipeline => write!(f, "pipeline"),
            ResourceType::Opportunity => write!(f, "opportunity"),
            ResourceType::LineItem => write!(f, "line_item"),
            ResourceType::Note => write!(f, "note"),
        }
    }
}

impl std::str::FromStr for ResourceType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "account" => std::result::Result::Ok(ResourceType::Account),
            "contact" => std::result::Result::Ok(ResourceType::Contact),
            "pipeline" => std::result::Result::Ok(ResourceType::Pipeline),
            "opportunity" => std::result::Result::Ok(ResourceType::Opportunity),
            "line_item" => std::result::Result::Ok(ResourceType::LineItem),
            "note" => std::result::Result::Ok(ResourceType::Note),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<ResourceType> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ResourceType>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ResourceType>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for ResourceType - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ResourceType> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ResourceType as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into ResourceType - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ResourceType>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<ResourceType>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<ResourceType>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ResourceType> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ResourceType as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ResourceType - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Restrict the processing of a contact's data (GDPR article 18).
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestrictionRequest {
    /// Why, for the record (a ticket number, say). Must not hold personal data.
    #[serde(rename = "reason")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 500),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    pub reason: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RestrictionRequest {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RestrictionRequest {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl RestrictionRequest {
    #[allow(clippy::new_without_default)]
    pub fn new(reason: String) -> RestrictionRequest {
        RestrictionRequest { reason }
    }
}

/// Converts the RestrictionRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RestrictionRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("reason".to_string()), Some(self.reason.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RestrictionRequest value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RestrictionRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub reason: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing RestrictionRequest".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing RestrictionRequest".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RestrictionRequest {
            reason: intermediate_rep
                .reason
                .into_iter()
                .next()
                .ok_or_else(|| "reason missing in RestrictionRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RestrictionRequest> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RestrictionRequest>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<RestrictionRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for RestrictionRequest - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<RestrictionRequest>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <RestrictionRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into RestrictionRequest - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RestrictionRequest>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<RestrictionRequest>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<RestrictionRequest>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RestrictionRequest> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RestrictionRequest as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RestrictionRequest - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One step of a pipeline.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Stage {
    /// The stage's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The stage's name, unique within its pipeline.
    #[serde(rename = "name")]
    pub name: String,

    /// 0-based order within the pipeline.
    #[serde(rename = "position")]
    pub position: i32,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    pub probability: u32,

    #[serde(rename = "kind")]
    #[cfg_attr(feature = "validate", validate)]
    pub kind: models::StageKind,

    #[serde(rename = "forecast_category")]
    #[cfg_attr(feature = "validate", validate)]
    pub forecast_category: models::ForecastCategory,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Stage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Stage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl Stage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        position: i32,
        probability: u32,
        kind: models::StageKind,
        forecast_category: models::ForecastCategory,
    ) -> Stage {
        Stage {
            id,
            name,
            position,
            probability,
            kind,
            forecast_category,
        }
    }
}

/// Converts the Stage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("position".to_string()),
            Some(self.position.to_string()),
            Some("probability".to_string()),
            Some(self.probability.to_string()),
            // Skipping non-primitive type kind in query parameter serialization
            // Skipping non-primitive type forecast_category in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Stage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Stage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub position: Vec<i32>,
            pub probability: Vec<u32>,
            pub kind: Vec<models::StageKind>,
            pub forecast_category: Vec<models::ForecastCategory>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Stage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "position" => intermediate_rep.position.push(
                        <i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::StageKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "forecast_category" => intermediate_rep.forecast_category.push(
                        <models::ForecastCategory as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Stage".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Stage {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Stage".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Stage".to_string())?,
            position: intermediate_rep
                .position
                .into_iter()
                .next()
                .ok_or_else(|| "position missing in Stage".to_string())?,
            probability: intermediate_rep
                .probability
                .into_iter()
                .next()
                .ok_or_else(|| "probability missing in Stage".to_string())?,
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in Stage".to_string())?,
            forecast_category: intermediate_rep
                .forecast_category
                .into_iter()
                .next()
                .ok_or_else(|| "forecast_category missing in Stage".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Stage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Stage>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Stage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Stage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Stage> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Stage as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    "Unable to convert header value '{value}' into Stage - {err}"
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Stage>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Stage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Stage>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Stage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Stage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Stage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A stage to add to an existing pipeline.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageCreate {
    /// The stage's name, unique within the pipeline.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub name: String,

    /// Where to insert; appended when omitted.
    #[serde(rename = "position")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 49u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 49u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    pub probability: u32,

    #[serde(rename = "kind")]
    #[cfg_attr(feature = "validate", validate)]
    pub kind: models::StageKind,

    #[serde(rename = "forecast_category")]
    #[cfg_attr(feature = "validate", validate)]
    pub forecast_category: models::ForecastCategory,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for StageCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for StageCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl StageCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(
        name: String,
        probability: u32,
        kind: models::StageKind,
        forecast_category: models::ForecastCategory,
    ) -> StageCreate {
        StageCreate {
            name,
            position: None,
            probability,
            kind,
            forecast_category,
        }
    }
}

/// Converts the StageCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.position
                .as_ref()
                .map(|position| ["position".to_string(), position.to_string()].join(",")),
            Some("probability".to_string()),
            Some(self.probability.to_string()),
            // Skipping non-primitive type kind in query parameter serialization
            // Skipping non-primitive type forecast_category in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub position: Vec<u32>,
            pub probability: Vec<u32>,
            pub kind: Vec<models::StageKind>,
            pub forecast_category: Vec<models::ForecastCategory>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "position" => intermediate_rep.position.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::StageKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "forecast_category" => intermediate_rep.forecast_category.push(
                        <models::ForecastCategory as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageCreate".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageCreate {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in StageCreate".to_string())?,
            position: intermediate_rep.position.into_iter().next(),
            probability: intermediate_rep
                .probability
                .into_iter()
                .next()
                .ok_or_else(|| "probability missing in StageCreate".to_string())?,
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in StageCreate".to_string())?,
            forecast_category: intermediate_rep
                .forecast_category
                .into_iter()
                .next()
                .ok_or_else(|| "forecast_category missing in StageCreate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StageCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StageCreate - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<StageCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StageCreate - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StageCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StageCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<StageCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StageCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StageCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StageCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A stage of a new pipeline, in the order given.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageDefinition {
    /// The stage's name, unique within the pipeline.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    pub name: String,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    pub probability: u32,

    #[serde(rename = "kind")]
    #[cfg_attr(feature = "validate", validate)]
    pub kind: models::StageKind,

    #[serde(rename = "forecast_category")]
    #[cfg_attr(feature = "validate", validate)]
    pub forecast_category: models::ForecastCategory,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for StageDefinition {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for StageDefinition {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl StageDefinition {
    #[allow(clippy::new_without_default)]
    pub fn new(
        name: String,
        probability: u32,
        kind: models::StageKind,
        forecast_category: models::ForecastCategory,
    ) -> StageDefinition {
        StageDefinition {
            name,
            probability,
            kind,
            forecast_category,
        }
    }
}

/// Converts the StageDefinition value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageDefinition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("probability".to_string()),
            Some(self.probability.to_string()),
            // Skipping non-primitive type kind in query parameter serialization
            // Skipping non-primitive type forecast_category in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageDefinition value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageDefinition {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub probability: Vec<u32>,
            pub kind: Vec<models::StageKind>,
            pub forecast_category: Vec<models::ForecastCategory>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageDefinition".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::StageKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "forecast_category" => intermediate_rep.forecast_category.push(
                        <models::ForecastCategory as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageDefinition".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageDefinition {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in StageDefinition".to_string())?,
            probability: intermediate_rep
                .probability
                .into_iter()
                .next()
                .ok_or_else(|| "probability missing in StageDefinition".to_string())?,
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in StageDefinition".to_string())?,
            forecast_category: intermediate_rep
                .forecast_category
                .into_iter()
                .next()
                .ok_or_else(|| "forecast_category missing in StageDefinition".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageDefinition> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StageDefinition>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageDefinition>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StageDefinition - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<StageDefinition>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageDefinition as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StageDefinition - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StageDefinition>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StageDefinition>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<StageDefinition>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StageDefinition> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StageDefinition as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StageDefinition - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One period an opportunity spent in a stage.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageHistoryEntry {
    /// The entry's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The opportunity.
    #[serde(rename = "opportunity_id")]
    pub opportunity_id: uuid::Uuid,

    /// The pipeline the stage belongs to.
    #[serde(rename = "pipeline_id")]
    pub pipeline_id: uuid::Uuid,

    /// The stage entered.
    #[serde(rename = "stage_id")]
    pub stage_id: uuid::Uuid,

    /// The stage's name when it was entered.
    #[serde(rename = "stage_name")]
    pub stage_name: String,

    #[serde(rename = "status")]
    #[cfg_attr(feature = "validate", validate)]
    pub status: models::OpportunityStatus,

    /// The probability on entry.
    #[serde(rename = "probability")]
    pub probability: i32,

    /// The amount on entry.
    #[serde(rename = "amount")]
    pub amount: String,

    /// The currency of `amount`.
    #[serde(rename = "currency")]
    pub currency: String,

    /// When the opportunity entered the stage.
    #[serde(rename = "entered_at")]
    pub entered_at: chrono::DateTime<chrono::Utc>,

    /// When it left the stage; null while it is still there.
    #[serde(rename = "exited_at")]
    pub exited_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// Set once the stage is left.
    #[serde(rename = "seconds_in_stage")]
    pub seconds_in_stage: swagger::Nullable<i64>,

    /// Who moved the opportunity into this stage.
    #[serde(rename = "changed_by")]
    pub changed_by: String,

    /// The stage it came from; null for the first entry.
    #[serde(rename = "previous_stage_id")]
    pub previous_stage_id: swagger::Nullable<uuid::Uuid>,

    /// The probability before this stage was entered.
    #[serde(rename = "previous_probability")]
    pub previous_probability: swagger::Nullable<i64>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for StageHistoryEntry {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for StageHistoryEntry {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl StageHistoryEntry {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        opportunity_id: uuid::Uuid,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        stage_name: String,
        status: models::OpportunityStatus,
        probability: i32,
        amount: String,
        currency: String,
        entered_at: chrono::DateTime<chrono::Utc>,
        exited_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        seconds_in_stage: swagger::Nullable<i64>,
        changed_by: String,
        previous_stage_id: swagger::Nullable<uuid::Uuid>,
        previous_probability: swagger::Nullable<i64>,
    ) -> StageHistoryEntry {
        StageHistoryEntry {
            id,
            opportunity_id,
            pipeline_id,
            stage_id,
            stage_name,
            status,
            probability,
            amount,
            currency,
            entered_at,
            exited_at,
            seconds_in_stage,
            changed_by,
            previous_stage_id,
            previous_probability,
        }
    }
}

/// Converts the StageHistoryEntry value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageHistoryEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            // Skipping non-primitive type opportunity_id in query parameter serialization
            // Skipping non-primitive type pipeline_id in query parameter serialization
            // Skipping non-primitive type stage_id in query parameter serialization
            Some("stage_name".to_string()),
            Some(self.stage_name.to_string()),
            // Skipping non-primitive type status in query parameter serialization
            Some("probability".to_string()),
            Some(self.probability.to_string()),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping non-primitive type entered_at in query parameter serialization
            // Skipping non-primitive type exited_at in query parameter serialization
            Some("seconds_in_stage".to_string()),
            Some(
                self.seconds_in_stage
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("changed_by".to_string()),
            Some(self.changed_by.to_string()),
            // Skipping non-primitive type previous_stage_id in query parameter serialization
            Some("previous_probability".to_string()),
            Some(
                self.previous_probability
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageHistoryEntry value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageHistoryEntry {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub opportunity_id: Vec<uuid::Uuid>,
            pub pipeline_id: Vec<uuid::Uuid>,
            pub stage_id: Vec<uuid::Uuid>,
            pub stage_name: Vec<String>,
            pub status: Vec<models::OpportunityStatus>,
            pub probability: Vec<i32>,
            pub amount: Vec<String>,
            pub currency: Vec<String>,
            pub entered_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub exited_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub seconds_in_stage: Vec<swagger::Nullable<i64>>,
            pub changed_by: Vec<String>,
            pub previous_stage_id: Vec<swagger::Nullable<uuid::Uuid>>,
            pub previous_probability: Vec<swagger::Nullable<i64>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageHistoryEntry".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "opportunity_id" => intermediate_rep.opportunity_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "pipeline_id" => intermediate_rep.pipeline_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "stage_name" => intermediate_rep.stage_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::OpportunityStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "entered_at" => intermediate_rep.entered_at.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "exited_at" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in StageHistoryEntry".to_string()),
                    "seconds_in_stage" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in StageHistoryEntry".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "changed_by" => intermediate_rep.changed_by.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "previous_stage_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in StageHistoryEntry".to_string()),
                    "previous_probability" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in StageHistoryEntry".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing StageHistoryEntry".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageHistoryEntry {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in StageHistoryEntry".to_string())?,
            opportunity_id: intermediate_rep
                .opportunity_id
                .into_iter()
                .next()
                .ok_or_else(|| "opportunity_id missing in StageHistoryEntry".to_string())?,
            pipeline_id: intermediate_rep
                .pipeline_id
                .into_iter()
                .next()
                .ok_or_else(|| "pipeline_id missing in StageHistoryEntry".to_string())?,
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stage_id missing in StageHistoryEntry".to_string())?,
            stage_name: intermediate_rep
                .stage_name
                .into_iter()
                .next()
                .ok_or_else(|| "stage_name missing in StageHistoryEntry".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in StageHistoryEntry".to_string())?,
            probability: intermediate_rep
                .probability
                .into_iter()
                .next()
                .ok_or_else(|| "probability missing in StageHistoryEntry".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in StageHistoryEntry".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in StageHistoryEntry".to_string())?,
            entered_at: intermediate_rep
                .entered_at
                .into_iter()
                .next()
                .ok_or_else(|| "entered_at missing in StageHistoryEntry".to_string())?,
            exited_at: std::result::Result::Err(
                "Nullable types not supported in StageHistoryEntry".to_string(),
            )?,
            seconds_in_stage: std::result::Result::Err(
                "Nullable types not supported in StageHistoryEntry".to_string(),
            )?,
            changed_by: intermediate_rep
                .changed_by
                .into_iter()
                .next()
                .ok_or_else(|| "changed_by missing in StageHistoryEntry".to_string())?,
            previous_stage_id: std::result::Result::Err(
                "Nullable types not supported in StageHistoryEntry".to_string(),
            )?,
            previous_probability: std::result::Result::Err(
                "Nullable types not supported in StageHistoryEntry".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageHistoryEntry> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StageHistoryEntry>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageHistoryEntry>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StageHistoryEntry - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<StageHistoryEntry>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageHistoryEntry as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StageHistoryEntry - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StageHistoryEntry>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StageHistoryEntry>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<StageHistoryEntry>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StageHistoryEntry> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StageHistoryEntry as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StageHistoryEntry - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of an opportunity's stage history, oldest first.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageHistoryPage {
    /// The entries of this page, oldest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::StageHistoryEntry>,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for StageHistoryPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for StageHistoryPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl StageHistoryPage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::StageHistoryEntry>,
        next_cursor: swagger::Nullable<String>,
    ) -> StageHistoryPage {
        StageHistoryPage { data, next_cursor }
    }
}

/// Converts the StageHistoryPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageHistoryPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageHistoryPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageHistoryPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::StageHistoryEntry>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageHistoryPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => return std::result::Result::Err("Parsing a container in this style is not supported in StageHistoryPage".to_string()),
                    "next_cursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in StageHistoryPage".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing StageHistoryPage".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageHistoryPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in StageHistoryPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in StageHistoryPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageHistoryPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StageHistoryPage>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageHistoryPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StageHistoryPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<StageHistoryPage>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageHistoryPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StageHistoryPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StageHistoryPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StageHistoryPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<StageHistoryPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StageHistoryPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StageHistoryPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StageHistoryPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// `open` stages are in progress; moving to a `won` or `lost` stage closes the opportunity.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum StageKind {
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "won")]
    Won,
    #[serde(rename = "lost")]
    Lost,
}

impl std::fmt::Display for StageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            StageKind::Open => write!(f, "open"),
            StageKind::Won => write!(f, "won"),
            StageKind::Lost => write!(f, "lost"),
        }
    }
}

impl std::str::FromStr for StageKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "open" => std::result::Result::Ok(StageKind::Open),
            "won" => std::result::Result::Ok(StageKind::Won),
            "lost" => std::result::Result::Ok(StageKind::Lost),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<StageKind> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StageKind>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageKind>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StageKind - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<StageKind> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageKind as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StageKind - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StageKind>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StageKind>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<StageKind>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StageKind> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StageKind as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StageKind - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to a stage: only the fields sent change.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StagePatch {
    /// The stage's name, unique within the pipeline.
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 1, max = 100),))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Move the stage to this 0-based position; the others shift.
    #[serde(rename = "position")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 49u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 49u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<u32>,

    /// Chance of winning, in percent.
    #[serde(rename = "probability")]
    #[cfg_attr(not(feature = "validate"), validate(range(min = 0u32, max = 100u32),))]
    #[cfg_attr(feature = "validate", validate(minimum = 0u32))]
    #[cfg_attr(feature = "validate", validate(maximum = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability: Option<u32>,

    #[serde(rename = "kind")]
    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<models::StageKind>,

    #[serde(rename = "forecast_category")]
    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forecast_category: Option<models::ForecastCategory>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for StagePatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for StagePatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl StagePatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> StagePatch {
        StagePatch {
            name: None,
            position: None,
            probability: None,
            kind: None,
            forecast_category: None,
        }
    }
}

/// Converts the StagePatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for StagePatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.position
                .as_ref()
                .map(|position| ["position".to_string(), position.to_string()].join(",")),
            self.probability
                .as_ref()
                .map(|probability| ["probability".to_string(), probability.to_string()].join(",")),
            // Skipping non-primitive type kind in query parameter serialization
            // Skipping non-primitive type forecast_category in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StagePatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StagePatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub position: Vec<u32>,
            pub probability: Vec<u32>,
            pub kind: Vec<models::StageKind>,
            pub forecast_category: Vec<models::ForecastCategory>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StagePatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "position" => intermediate_rep.position.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "probability" => intermediate_rep.probability.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::StageKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "forecast_category" => intermediate_rep.forecast_category.push(
                        <models::ForecastCategory as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StagePatch".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StagePatch {
            name: intermediate_rep.name.into_iter().next(),
            position: intermediate_rep.position.into_iter().next(),
            probability: intermediate_rep.probability.into_iter().next(),
            kind: intermediate_rep.kind.into_iter().next(),
            forecast_category: intermediate_rep.forecast_category.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StagePatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StagePatch>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StagePatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StagePatch - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<StagePatch> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StagePatch as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StagePatch - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StagePatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StagePatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<StagePatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StagePatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StagePatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StagePatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// The open and closed opportunities in one stage, with totals per currency.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageSummary {
    /// The stage's id.
    #[serde(rename = "stage_id")]
    pub stage_id: uuid::Uuid,

    /// The stage's name.
    #[serde(rename = "name")]
    pub name: String,

    /// The stage's 0-based position in the pipeline.
    #[serde(rename = "position")]
    pub position: i32,

    #[serde(rename = "kind")]
    #[cfg_attr(feature = "validate", validate)]
    pub kind: models::StageKind,

    #[serde(rename = "forecast_category")]
    #[cfg_attr(feature = "validate", validate)]
    pub forecast_category: models::ForecastCategory,

    /// Opportunities in the stage, all currencies.
    #[serde(rename = "count")]
    pub count: i64,

    /// Per currency.
    #[serde(rename = "totals")]
    #[cfg_attr(feature = "validate", validate)]
    pub totals: Vec<models::CurrencyTotal>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for StageSummary {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for StageSummary {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl StageSummary {
    #[allow(clippy::new_without_default)]
    pub fn new(
        stage_id: uuid::Uuid,
        name: String,
        position: i32,
        kind: models::StageKind,
        forecast_category: models::ForecastCategory,
        count: i64,
        totals: Vec<models::CurrencyTotal>,
    ) -> StageSummary {
        StageSummary {
            stage_id,
            name,
            position,
            kind,
            forecast_category,
            count,
            totals,
        }
    }
}

/// Converts the StageSummary value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type stage_id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("position".to_string()),
            Some(self.position.to_string()),
            // Skipping non-primitive type kind in query parameter serialization
            // Skipping non-primitive type forecast_category in query parameter serialization
            Some("count".to_string()),
            Some(self.count.to_string()),
            // Skipping non-primitive type totals in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageSummary value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageSummary {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stage_id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub position: Vec<i32>,
            pub kind: Vec<models::StageKind>,
            pub forecast_category: Vec<models::ForecastCategory>,
            pub count: Vec<i64>,
            pub totals: Vec<Vec<models::CurrencyTotal>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageSummary".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "position" => intermediate_rep.position.push(
                        <i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <models::StageKind as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "forecast_category" => intermediate_rep.forecast_category.push(
                        <models::ForecastCategory as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "totals" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in StageSummary"
                                .to_string(),
                        )
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageSummary".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageSummary {
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stage_id missing in StageSummary".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in StageSummary".to_string())?,
            position: intermediate_rep
                .position
                .into_iter()
                .next()
                .ok_or_else(|| "position missing in StageSummary".to_string())?,
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in StageSummary".to_string())?,
            forecast_category: intermediate_rep
                .forecast_category
                .into_iter()
                .next()
                .ok_or_else(|| "forecast_category missing in StageSummary".to_string())?,
            count: intermediate_rep
                .count
                .into_iter()
                .next()
                .ok_or_else(|| "count missing in StageSummary".to_string())?,
            totals: intermediate_rep
                .totals
                .into_iter()
                .next()
                .ok_or_else(|| "totals missing in StageSummary".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageSummary> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<StageSummary>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageSummary>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for StageSummary - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<StageSummary> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageSummary as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into StageSummary - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<StageSummary>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<StageSummary>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<StageSummary>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<StageSummary> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <StageSummary as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into StageSummary - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A free label.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Tag(
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    #[cfg_attr(
        feature = "validate",
        validate(pattern = r"^[A-Za-z0-9][A-Za-z0-9 _.:-]*$")
    )]
    String,
);

impl std::convert::From<String> for Tag {
    fn from(x: String) -> Self {
        Tag(x)
    }
}

impl std::convert::From<Tag> for String {
    fn from(x: Tag) -> Self {
        x.0
    }
}

impl std::ops::Deref for Tag {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Tag {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Tag {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Tag {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.clone())
    }
}

impl std::str::FromStr for Tag {
    type Err = ::std::convert::Infallible;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(Tag(x.to_owned()))
    }
}

// Methods for converting between header::IntoHeaderValue<Tag> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Tag>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Tag>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for Tag - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Tag> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Tag as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    "Unable to convert header value '{value}' into Tag - {err}"
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Tag>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<Tag>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Tag>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values: std::vec::Vec<Tag> = hdr_values
                    .split(',')
                    .filter_map(|hdr_value| match hdr_value.trim() {
                        "" => std::option::Option::None,
                        hdr_value => std::option::Option::Some({
                            match <Tag as std::str::FromStr>::from_str(hdr_value) {
                                std::result::Result::Ok(value) => std::result::Result::Ok(value),
                                std::result::Result::Err(err) => std::result::Result::Err(format!(
                                    "Unable to convert header value '{hdr_value}' into Tag - {err}"
                                )),
                            }
                        }),
                    })
                    .collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A user's id, the `sub` of their token.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UserId(
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 128))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[\x21-\x7E]+$"))]
    String,
);

impl std::convert::From<String> for UserId {
    fn from(x: String) -> Self {
        UserId(x)
    }
}

impl std::convert::From<UserId> for String {
    fn from(x: UserId) -> Self {
        x.0
    }
}

impl std::ops::Deref for UserId {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for UserId {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for UserId {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for UserId {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}
impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.clone())
    }
}

impl std::str::FromStr for UserId {
    type Err = ::std::convert::Infallible;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(UserId(x.to_owned()))
    }
}

// Methods for converting between header::IntoHeaderValue<UserId> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<UserId>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<UserId>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for UserId - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<UserId> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <UserId as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into UserId - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<UserId>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<UserId>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<UserId>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<UserId> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <UserId as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into UserId - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// One event on its way to one subscription, and its last attempt.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookDelivery {
    /// The delivery's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The event's id: the `webhook-id` header of every attempt.
    #[serde(rename = "event_id")]
    pub event_id: uuid::Uuid,

    /// The event's type (`webhook.test` for a test event).
    #[serde(rename = "event_type")]
    pub event_type: String,

    #[serde(rename = "status")]
    #[cfg_attr(feature = "validate", validate)]
    pub status: models::WebhookDeliveryStatus,

    /// Attempts made so far.
    #[serde(rename = "attempts")]
    pub attempts: i64,

    /// When it is tried next, while pending.
    #[serde(rename = "next_attempt_at")]
    pub next_attempt_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// When it was last tried.
    #[serde(rename = "last_attempt_at")]
    pub last_attempt_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// The HTTP status the receiver answered last.
    #[serde(rename = "last_status_code")]
    pub last_status_code: swagger::Nullable<i64>,

    /// How long the last attempt took.
    #[serde(rename = "last_latency_ms")]
    pub last_latency_ms: swagger::Nullable<i64>,

    /// The first 1 KiB of the last answer's body.
    #[serde(rename = "last_response")]
    pub last_response: swagger::Nullable<String>,

    /// Why the last attempt failed (timeout, refused address, HTTP status, ...).
    #[serde(rename = "last_error")]
    pub last_error: swagger::Nullable<String>,

    /// When the receiver accepted it.
    #[serde(rename = "delivered_at")]
    pub delivered_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// When it was queued.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookDelivery {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookDelivery {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookDelivery {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        event_id: uuid::Uuid,
        event_type: String,
        status: models::WebhookDeliveryStatus,
        attempts: i64,
        next_attempt_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        last_attempt_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        last_status_code: swagger::Nullable<i64>,
        last_latency_ms: swagger::Nullable<i64>,
        last_response: swagger::Nullable<String>,
        last_error: swagger::Nullable<String>,
        delivered_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> WebhookDelivery {
        WebhookDelivery {
            id,
            event_id,
            event_type,
            status,
            attempts,
            next_attempt_at,
            last_attempt_at,
            last_status_code,
            last_latency_ms,
            last_response,
            last_error,
            delivered_at,
            created_at,
        }
    }
}

/// Converts the WebhookDelivery value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            // Skipping non-primitive type event_id in query parameter serialization
            Some("event_type".to_string()),
            Some(self.event_type.to_string()),
            // Skipping non-primitive type status in query parameter serialization
            Some("attempts".to_string()),
            Some(self.attempts.to_string()),
            // Skipping non-primitive type next_attempt_at in query parameter serialization
            // Skipping non-primitive type last_attempt_at in query parameter serialization
            Some("last_status_code".to_string()),
            Some(
                self.last_status_code
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("last_latency_ms".to_string()),
            Some(
                self.last_latency_ms
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("last_response".to_string()),
            Some(
                self.last_response
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("last_error".to_string()),
            Some(
                self.last_error
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping non-primitive type delivered_at in query parameter serialization
            // Skipping non-primitive type created_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDelivery value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDelivery {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub event_id: Vec<uuid::Uuid>,
            pub event_type: Vec<String>,
            pub status: Vec<models::WebhookDeliveryStatus>,
            pub attempts: Vec<i64>,
            pub next_attempt_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub last_attempt_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub last_status_code: Vec<swagger::Nullable<i64>>,
            pub last_latency_ms: Vec<swagger::Nullable<i64>>,
            pub last_response: Vec<swagger::Nullable<String>>,
            pub last_error: Vec<swagger::Nullable<String>>,
            pub delivered_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDelivery".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "event_id" => intermediate_rep.event_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "event_type" => intermediate_rep.event_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::WebhookDeliveryStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "attempts" => intermediate_rep.attempts.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "next_attempt_at" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_attempt_at" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_status_code" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_latency_ms" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_response" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_error" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "delivered_at" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookDelivery".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDelivery {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookDelivery".to_string())?,
            event_id: intermediate_rep
                .event_id
                .into_iter()
                .next()
                .ok_or_else(|| "event_id missing in WebhookDelivery".to_string())?,
            event_type: intermediate_rep
                .event_type
                .into_iter()
                .next()
                .ok_or_else(|| "event_type missing in WebhookDelivery".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in WebhookDelivery".to_string())?,
            attempts: intermediate_rep
                .attempts
                .into_iter()
                .next()
                .ok_or_else(|| "attempts missing in WebhookDelivery".to_string())?,
            next_attempt_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_attempt_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_status_code: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_latency_ms: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_response: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_error: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            delivered_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in WebhookDelivery".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDelivery> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDelivery>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDelivery>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for WebhookDelivery - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookDelivery>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDelivery as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into WebhookDelivery - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookDelivery>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookDelivery>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookDelivery>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookDelivery> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookDelivery as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookDelivery - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A page of the delivery log, newest first.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookDeliveryPage {
    /// The deliveries.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::WebhookDelivery>,

    /// Pass as `cursor` for the next page; null on the last.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookDeliveryPage {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookDeliveryPage {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookDeliveryPage {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::WebhookDelivery>,
        next_cursor: swagger::Nullable<String>,
    ) -> WebhookDeliveryPage {
        WebhookDeliveryPage { data, next_cursor }
    }
}

/// Converts the WebhookDeliveryPage value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDeliveryPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDeliveryPage value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDeliveryPage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::WebhookDelivery>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDeliveryPage".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookDeliveryPage".to_string()),
                    "next_cursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookDeliveryPage".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookDeliveryPage".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDeliveryPage {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in WebhookDeliveryPage".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in WebhookDeliveryPage".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDeliveryPage> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDeliveryPage>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDeliveryPage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for WebhookDeliveryPage - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookDeliveryPage>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDeliveryPage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into WebhookDeliveryPage - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookDeliveryPage>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookDeliveryPage>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookDeliveryPage>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookDeliveryPage> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookDeliveryPage as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookDeliveryPage - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// pending: to be (re)tried; delivered: answered 2xx; failed: retries ran out.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash,
)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum WebhookDeliveryStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "delivered")]
    Delivered,
    #[serde(rename = "failed")]
    Failed,
}

impl std::fmt::Display for WebhookDeliveryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WebhookDeliveryStatus::Pending => write!(f, "pending"),
            WebhookDeliveryStatus::Delivered => write!(f, "delivered"),
            WebhookDeliveryStatus::Failed => write!(f, "failed"),
        }
    }
}

impl std::str::FromStr for WebhookDeliveryStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "pending" => std::result::Result::Ok(WebhookDeliveryStatus::Pending),
            "delivered" => std::result::Result::Ok(WebhookDeliveryStatus::Delivered),
            "failed" => std::result::Result::Ok(WebhookDeliveryStatus::Failed),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDeliveryStatus> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDeliveryStatus>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDeliveryStatus>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for WebhookDeliveryStatus - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookDeliveryStatus>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <WebhookDeliveryStatus as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into WebhookDeliveryStatus - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookDeliveryStatus>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookDeliveryStatus>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookDeliveryStatus>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookDeliveryStatus> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookDeliveryStatus as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookDeliveryStatus - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Where change events are delivered, and which.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookSubscription {
    /// The subscription's id.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// Where events are POSTed.
    #[serde(rename = "url")]
    pub url: String,

    /// The event types delivered; empty: all.
    #[serde(rename = "event_types")]
    pub event_types: Vec<String>,

    /// A note for Admins.
    #[serde(rename = "description")]
    pub description: swagger::Nullable<String>,

    /// Whether events are delivered. The service disables a subscription whose delivery kept failing for about 27 hours.
    #[serde(rename = "enabled")]
    pub enabled: bool,

    /// Why the subscription is disabled.
    #[serde(rename = "disabled_reason")]
    pub disabled_reason: swagger::Nullable<String>,

    /// Until when deliveries are also signed with the secret replaced by the last rotation.
    #[serde(rename = "previous_secret_expires_at")]
    pub previous_secret_expires_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,

    /// When it was created.
    #[serde(rename = "created_at")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When it last changed.
    #[serde(rename = "updated_at")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// Its version (the ETag).
    #[serde(rename = "version")]
    pub version: i64,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookSubscription {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookSubscription {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookSubscription {
    #[allow(clippy::new_without_default)]
    pub fn new(
        id: uuid::Uuid,
        url: String,
        event_types: Vec<String>,
        description: swagger::Nullable<String>,
        enabled: bool,
        disabled_reason: swagger::Nullable<String>,
        previous_secret_expires_at: swagger::Nullable<chrono::DateTime<chrono::Utc>>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        version: i64,
    ) -> WebhookSubscription {
        WebhookSubscription {
            id,
            url,
            event_types,
            description,
            enabled,
            disabled_reason,
            previous_secret_expires_at,
            created_at,
            updated_at,
            version,
        }
    }
}

/// Converts the WebhookSubscription value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type id in query parameter serialization
            Some("url".to_string()),
            Some(self.url.to_string()),
            Some("event_types".to_string()),
            Some(
                self.event_types
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("description".to_string()),
            Some(
                self.description
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("enabled".to_string()),
            Some(self.enabled.to_string()),
            Some("disabled_reason".to_string()),
            Some(
                self.disabled_reason
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping non-primitive type previous_secret_expires_at in query parameter serialization
            // Skipping non-primitive type created_at in query parameter serialization
            // Skipping non-primitive type updated_at in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscription value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscription {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
            pub event_types: Vec<Vec<String>>,
            pub description: Vec<swagger::Nullable<String>>,
            pub enabled: Vec<bool>,
            pub disabled_reason: Vec<swagger::Nullable<String>>,
            pub previous_secret_expires_at: Vec<swagger::Nullable<chrono::DateTime<chrono::Utc>>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub version: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscription".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "event_types" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscription".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "enabled" => intermediate_rep.enabled.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "disabled_reason" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    "previous_secret_expires_at" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscription".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscription {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookSubscription".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookSubscription".to_string())?,
            event_types: intermediate_rep
                .event_types
                .into_iter()
                .next()
                .ok_or_else(|| "event_types missing in WebhookSubscription".to_string())?,
            description: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
            enabled: intermediate_rep
                .enabled
                .into_iter()
                .next()
                .ok_or_else(|| "enabled missing in WebhookSubscription".to_string())?,
            disabled_reason: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
            previous_secret_expires_at: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in WebhookSubscription".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in WebhookSubscription".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in WebhookSubscription".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscription> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscription>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscription>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for WebhookSubscription - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookSubscription>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscription as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into WebhookSubscription - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookSubscription>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookSubscription>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookSubscription>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookSubscription> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookSubscription as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookSubscription - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A new subscription.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookSubscriptionCreate {
    /// An https URL on a public address.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 8, max = 2048),))]
    #[cfg_attr(feature = "validate", validate(min_length = 8))]
    #[cfg_attr(feature = "validate", validate(max_length = 2048))]
    pub url: String,

    /// Event types to deliver; empty or absent: all.
    #[serde(rename = "event_types")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 50),))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<String>>,

    /// A note for Admins.
    #[serde(rename = "description")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 500),))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookSubscriptionCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookSubscriptionCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookSubscriptionCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(url: String) -> WebhookSubscriptionCreate {
        WebhookSubscriptionCreate {
            url,
            event_types: None,
            description: None,
        }
    }
}

/// Converts the WebhookSubscriptionCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("url".to_string()),
            Some(self.url.to_string()),
            self.event_types.as_ref().map(|event_types| {
                [
                    "event_types".to_string(),
                    event_types
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub event_types: Vec<Vec<String>>,
            pub description: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionCreate".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "event_types" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscriptionCreate".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscriptionCreate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionCreate {
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookSubscriptionCreate".to_string())?,
            event_types: intermediate_rep.event_types.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionCreate>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for WebhookSubscriptionCreate - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionCreate>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <WebhookSubscriptionCreate as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into WebhookSubscriptionCreate - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookSubscriptionCreate>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookSubscriptionCreate>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookSubscriptionCreate>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookSubscriptionCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookSubscriptionCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookSubscriptionCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Every webhook subscription.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookSubscriptionList {
    /// The subscriptions, oldest first.
    #[serde(rename = "data")]
    #[cfg_attr(feature = "validate", validate)]
    pub data: Vec<models::WebhookSubscription>,

    /// Always null: one page holds them all.
    #[serde(rename = "next_cursor")]
    pub next_cursor: swagger::Nullable<String>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookSubscriptionList {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookSubscriptionList {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookSubscriptionList {
    #[allow(clippy::new_without_default)]
    pub fn new(
        data: Vec<models::WebhookSubscription>,
        next_cursor: swagger::Nullable<String>,
    ) -> WebhookSubscriptionList {
        WebhookSubscriptionList { data, next_cursor }
    }
}

/// Converts the WebhookSubscriptionList value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type data in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionList value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub data: Vec<Vec<models::WebhookSubscription>>,
            pub next_cursor: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionList".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "data" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscriptionList".to_string()),
                    "next_cursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionList".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscriptionList".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionList {
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in WebhookSubscriptionList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionList> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionList>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for WebhookSubscriptionList - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionList>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <WebhookSubscriptionList as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into WebhookSubscriptionList - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookSubscriptionList>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookSubscriptionList>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookSubscriptionList>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookSubscriptionList> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookSubscriptionList as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookSubscriptionList - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Changes to a subscription (JSON merge patch).
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookSubscriptionPatch {
    /// An https URL on a public address.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(length(min = 8, max = 2048),))]
    #[cfg_attr(feature = "validate", validate(min_length = 8))]
    #[cfg_attr(feature = "validate", validate(max_length = 2048))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// Event types to deliver; empty: all.
    #[serde(rename = "event_types")]
    #[cfg_attr(not(feature = "validate"), validate(length(max = 50),))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<String>>,

    /// A note for Admins; null clears it.
    #[serde(rename = "description")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<swagger::Nullable<String>>,

    /// false pauses deliveries (events keep queueing); true resumes them.
    #[serde(rename = "enabled")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookSubscriptionPatch {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookSubscriptionPatch {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookSubscriptionPatch {
    #[allow(clippy::new_without_default)]
    pub fn new() -> WebhookSubscriptionPatch {
        WebhookSubscriptionPatch {
            url: None,
            event_types: None,
            description: None,
            enabled: None,
        }
    }
}

/// Converts the WebhookSubscriptionPatch value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionPatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url
                .as_ref()
                .map(|url| ["url".to_string(), url.to_string()].join(",")),
            self.event_types.as_ref().map(|event_types| {
                [
                    "event_types".to_string(),
                    event_types
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.enabled
                .as_ref()
                .map(|enabled| ["enabled".to_string(), enabled.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionPatch value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionPatch {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub event_types: Vec<Vec<String>>,
            pub description: Vec<swagger::Nullable<String>>,
            pub enabled: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionPatch".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "event_types" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscriptionPatch".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionPatch".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "enabled" => intermediate_rep.enabled.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscriptionPatch".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionPatch {
            url: intermediate_rep.url.into_iter().next(),
            event_types: intermediate_rep.event_types.into_iter().next(),
            description: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionPatch".to_string(),
            )?,
            enabled: intermediate_rep.enabled.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionPatch> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionPatch>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionPatch>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for WebhookSubscriptionPatch - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionPatch>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <WebhookSubscriptionPatch as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into WebhookSubscriptionPatch - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookSubscriptionPatch>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookSubscriptionPatch>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookSubscriptionPatch>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookSubscriptionPatch> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookSubscriptionPatch as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookSubscriptionPatch - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// A subscription and its signing secret, shown only in this answer.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookSubscriptionWithSecret {
    #[serde(rename = "subscription")]
    #[cfg_attr(feature = "validate", validate)]
    pub subscription: models::WebhookSubscription,

    /// The Standard Webhooks signing secret: `whsec_` and base64 of 32 random bytes.
    #[serde(rename = "secret")]
    pub secret: String,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WebhookSubscriptionWithSecret {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WebhookSubscriptionWithSecret {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WebhookSubscriptionWithSecret {
    #[allow(clippy::new_without_default)]
    pub fn new(
        subscription: models::WebhookSubscription,
        secret: String,
    ) -> WebhookSubscriptionWithSecret {
        WebhookSubscriptionWithSecret {
            subscription,
            secret,
        }
    }
}

/// Converts the WebhookSubscriptionWithSecret value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionWithSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type subscription in query parameter serialization
            Some("secret".to_string()),
            Some(self.secret.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionWithSecret value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionWithSecret {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub subscription: Vec<models::WebhookSubscription>,
            pub secret: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionWithSecret".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "subscription" => intermediate_rep.subscription.push(
                        <models::WebhookSubscription as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookSubscriptionWithSecret"
                                .to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionWithSecret {
            subscription: intermediate_rep
                .subscription
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "subscription missing in WebhookSubscriptionWithSecret".to_string()
                })?,
            secret: intermediate_rep
                .secret
                .into_iter()
                .next()
                .ok_or_else(|| "secret missing in WebhookSubscriptionWithSecret".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionWithSecret> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionWithSecret>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionWithSecret>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for WebhookSubscriptionWithSecret - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionWithSecret>
{
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <WebhookSubscriptionWithSecret as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into WebhookSubscriptionWithSecret - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WebhookSubscriptionWithSecret>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WebhookSubscriptionWithSecret>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WebhookSubscriptionWithSecret>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WebhookSubscriptionWithSecret> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WebhookSubscriptionWithSecret as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WebhookSubscriptionWithSecret - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}

/// Closes the opportunity as won.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WinOpportunity {
    /// A won stage of the opportunity's pipeline; the first one when omitted.
    #[serde(rename = "stage_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<uuid::Uuid>,
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for WinOpportunity {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>,
    > {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for WinOpportunity {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<
        (),
        serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>,
    > {
        Ok(())
    }
}

impl WinOpportunity {
    #[allow(clippy::new_without_default)]
    pub fn new() -> WinOpportunity {
        WinOpportunity { stage_id: None }
    }
}

/// Converts the WinOpportunity value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for WinOpportunity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type stage_id in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WinOpportunity value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WinOpportunity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stage_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WinOpportunity".to_string(),
                    )
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stage_id" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WinOpportunity".to_string(),
                        )
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WinOpportunity {
            stage_id: intermediate_rep.stage_id.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WinOpportunity> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<WinOpportunity>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WinOpportunity>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Invalid header value for WinOpportunity - value: {hdr_value} is invalid {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<WinOpportunity> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WinOpportunity as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        "Unable to convert header value '{value}' into WinOpportunity - {err}"
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert header: {hdr_value:?} to string: {e}"
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<WinOpportunity>>>
    for hyper::header::HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_values: header::IntoHeaderValue<Vec<WinOpportunity>>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_values: Vec<String> = hdr_values
            .0
            .into_iter()
            .map(|hdr_value| hdr_value.to_string())
            .collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
            std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to convert {hdr_values:?} into a header - {e}",
            )),
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue>
    for header::IntoHeaderValue<Vec<WinOpportunity>>
{
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<WinOpportunity> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <WinOpportunity as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into WinOpportunity - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                "Unable to parse header: {hdr_values:?} as a string - {e}"
            )),
        }
    }
}
