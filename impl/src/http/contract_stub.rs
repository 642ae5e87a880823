use bytes::Bytes;
pub struct Contract {
    yaml: Bytes,
    json: Bytes,
    ops: Vec<Operation>,
}
pub struct Operation {
    pub id: String,
    pub public: bool,
    pub roles: Vec<String>,
    method: http::Method,
    segs: Vec<String>,
}
pub enum Route<'a> {
    Found(Matched<'a>),
    MethodNotAllowed { allowed: Vec<http::Method> },
    NotFound,
}
pub struct Matched<'a> {
    pub operation: &'a Operation,
    pub path_params: Vec<(&'a str, String)>,
}
pub enum BodyRejection {
    UnsupportedMediaType { expected: Vec<String> },
    Missing,
    Malformed(String),
    Invalid(Vec<crate::error::FieldError>),
    TooDeep,
}
impl Contract {
    pub fn load(yaml: &str) -> anyhow::Result<Self> {
        let doc: serde_json::Value = serde_yaml::from_str(yaml)?;
        let mut ops = vec![];
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (m, op) in item.as_object().into_iter().flatten() {
                if m == "parameters" {
                    continue;
                }
                ops.push(Operation {
                    id: op["operationId"].as_str().unwrap_or_default().to_owned(),
                    public: op.get("x-public").is_some(),
                    roles: op["x-roles"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|r| r.as_str().map(str::to_owned))
                        .collect(),
                    method: m.to_uppercase().parse()?,
                    segs: path.split('/').map(str::to_owned).collect(),
                });
            }
        }
        Ok(Self {
            yaml: Bytes::from(yaml.to_owned()),
            json: Bytes::from(serde_json::to_vec(&doc)?),
            ops,
        })
    }
    pub fn yaml(&self) -> Bytes {
        self.yaml.clone()
    }
    pub fn json(&self) -> &Bytes {
        &self.json
    }
    pub fn route(&self, method: &http::Method, path: &str) -> Route<'_> {
        let segs: Vec<&str> = path.split('/').collect();
        let mut allowed = vec![];
        for op in &self.ops {
            if op.segs.len() != segs.len() {
                continue;
            }
            let mut params = vec![];
            let ok = op.segs.iter().zip(&segs).all(|(a, b)| {
                if a.starts_with('{') {
                    params.push((a.as_str(), (*b).to_owned()));
                    true
                } else {
                    a == b
                }
            });
            if ok {
                if &op.method == method {
                    return Route::Found(Matched {
                        operation: op,
                        path_params: params,
                    });
                }
                allowed.push(op.method.clone());
            }
        }
        if allowed.is_empty() {
            Route::NotFound
        } else {
            Route::MethodNotAllowed { allowed }
        }
    }
}
impl Operation {
    pub fn check_parameters(
        &self,
        _p: &[(&str, String)],
        _q: Option<&str>,
        _h: &http::HeaderMap,
    ) -> Result<(), Vec<crate::error::FieldError>> {
        Ok(())
    }
    pub fn check_body(&self, _ct: Option<&str>, _b: &[u8]) -> Result<(), BodyRejection> {
        Ok(())
    }
}
