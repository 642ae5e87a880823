//! Opportunity rules: stages and transitions, what a closed opportunity accepts, line item totals.
//! Pure functions over the state the store loaded; the store applies what they return.

use crate::domain::money::{Currency, SCALE};
use crate::domain::NotInSet;
use crate::error::AppError;

/// An opportunity's status, derived from the kind of its stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Won,
    Lost,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Won => "won",
            Status::Lost => "lost",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "open" => Some(Status::Open),
            "won" => Some(Status::Won),
            "lost" => Some(Status::Lost),
            _ => None,
        }
    }
}

/// A stored status decodes strictly: a value outside the set is an error, never `Open`.
impl TryFrom<String> for Status {
    type Error = NotInSet;

    fn try_from(text: String) -> Result<Status, NotInSet> {
        Status::parse(&text).ok_or(NotInSet {
            set: "status",
            value: text,
        })
    }
}

/// Where an opportunity's amount comes from: set by hand, or the sum of its line items (then the
/// amount and the currency follow the items and a patch may not set them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountSource {
    Manual,
    LineItems,
}

impl AmountSource {
    pub fn as_str(self) -> &'static str {
        match self {
            AmountSource::Manual => "manual",
            AmountSource::LineItems => "line_items",
        }
    }

    /// Whether the amount follows the line items.
    pub fn is_derived(self) -> bool {
        self == AmountSource::LineItems
    }
}

impl TryFrom<String> for AmountSource {
    type Error = NotInSet;

    fn try_from(text: String) -> Result<AmountSource, NotInSet> {
        match text.as_str() {
            "manual" => Ok(AmountSource::Manual),
            "line_items" => Ok(AmountSource::LineItems),
            _ => Err(NotInSet {
                set: "amount source",
                value: text,
            }),
        }
    }
}

/// A stage as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub id: String,
    pub pipeline_id: String,
    pub name: String,
    pub position: i64,
    pub probability: i64,
    /// The status an opportunity in this stage has.
    pub kind: Status,
}

/// The part of an opportunity that stage rules read and write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lifecycle {
    pub pipeline_id: String,
    pub stage_id: String,
    pub status: Status,
    pub probability: i64,
    pub closed_at: Option<i64>,
    pub lost_reason: Option<String>,
}

/// A requested stage change.
#[derive(Debug, Clone)]
pub enum Transition {
    /// To another open stage, optionally overriding the stage's probability.
    Move {
        stage_id: String,
        probability: Option<i64>,
    },
    Win {
        stage_id: Option<String>,
    },
    Lose {
        stage_id: Option<String>,
        reason: String,
    },
    /// Back to an open stage: the requested one, else `previous_open_stage`.
    Reopen {
        stage_id: Option<String>,
    },
}

/// The outcome of a transition: the new lifecycle, in `stage`.
#[derive(Debug, Clone)]
pub struct Moved {
    pub lifecycle: Lifecycle,
    pub stage: Stage,
}

/// Applies `transition` to an opportunity in `current`, choosing among `stages` (every stage of
/// every pipeline the target may be in). `may_change_pipeline` is whether the actor is an Admin.
/// `previous_open_stage` is the open stage the opportunity was in before it closed, for reopen.
pub fn transition(
    current: &Lifecycle,
    transition: Transition,
    stages: &[Stage],
    may_change_pipeline: bool,
    previous_open_stage: Option<&str>,
    now: i64,
) -> Result<Moved, AppError> {
    let find = |id: &str, pointer: &str| {
        stages
            .iter()
            .find(|stage| stage.id == id)
            .cloned()
            .ok_or_else(|| {
                AppError::rule_at("unknown_stage", pointer, format!("There is no stage {id}."))
            })
    };
    let first_of = |kind: Status| {
        stages
            .iter()
            .filter(|stage| stage.pipeline_id == current.pipeline_id && stage.kind == kind)
            .min_by_key(|stage| stage.position)
            .cloned()
            .ok_or_else(|| {
                AppError::conflict(
                    "pipeline_has_no_such_stage",
                    format!("The pipeline has no {} stage.", kind.as_str()),
                )
            })
    };
    let same_pipeline = |stage: &Stage, pointer: &str| {
        if stage.pipeline_id == current.pipeline_id {
            Ok(())
        } else {
            Err(AppError::rule_at(
                "stage_not_in_pipeline",
                pointer,
                "The stage belongs to another pipeline than the opportunity's.",
            ))
        }
    };
    let require_open = || {
        if current.status == Status::Open {
            Ok(())
        } else {
            Err(AppError::conflict(
                "opportunity_closed",
                format!(
                    "The opportunity is {}. Reopen it first.",
                    current.status.as_str()
                ),
            ))
        }
    };
    match transition {
        Transition::Move {
            stage_id,
            probability,
        } => {
            require_open()?;
            let stage = find(&stage_id, "/stage_id")?;
            if stage.kind != Status::Open {
                return Err(AppError::rule_at(
                    "stage_not_open",
                    "/stage_id",
                    "Moves go to open stages; use win or lose to close an opportunity.",
                ));
            }
            if stage.pipeline_id != current.pipeline_id && !may_change_pipeline {
                return Err(AppError::Forbidden(
                    "Only an Admin may move an opportunity to another pipeline.".to_owned(),
                ));
            }
            Ok(Moved {
                lifecycle: Lifecycle {
                    pipeline_id: stage.pipeline_id.clone(),
                    stage_id: stage.id.clone(),
                    status: Status::Open,
                    probability: probability.unwrap_or(stage.probability),
                    closed_at: None,
                    lost_reason: None,
                },
                stage,
            })
        }
        Transition::Win { stage_id } => {
            require_open()?;
            let stage = match stage_id {
                Some(id) => find(&id, "/stage_id")?,
                None => first_of(Status::Won)?,
            };
            same_pipeline(&stage, "/stage_id")?;
            if stage.kind != Status::Won {
                return Err(AppError::rule_at(
                    "stage_not_won",
                    "/stage_id",
                    "The stage is not a won stage.",
                ));
            }
            Ok(Moved {
                lifecycle: Lifecycle {
                    pipeline_id: stage.pipeline_id.clone(),
                    stage_id: stage.id.clone(),
                    status: Status::Won,
                    probability: 100,
                    closed_at: Some(now),
                    lost_reason: None,
                },
                stage,
            })
        }
        Transition::Lose { stage_id, reason } => {
            require_open()?;
            let stage = match stage_id {
                Some(id) => find(&id, "/stage_id")?,
                None => first_of(Status::Lost)?,
            };
            same_pipeline(&stage, "/stage_id")?;
            if stage.kind != Status::Lost {
                return Err(AppError::rule_at(
                    "stage_not_lost",
                    "/stage_id",
                    "The stage is not a lost stage.",
                ));
            }
            Ok(Moved {
                lifecycle: Lifecycle {
                    pipeline_id: stage.pipeline_id.clone(),
                    stage_id: stage.id.clone(),
                    status: Status::Lost,
                    probability: 0,
                    closed_at: Some(now),
                    lost_reason: Some(reason),
                },
                stage,
            })
        }
        Transition::Reopen { stage_id } => {
            if current.status == Status::Open {
                return Err(AppError::conflict(
                    "opportunity_open",
                    "The opportunity is not closed.",
                ));
            }
            let stage = match stage_id {
                Some(id) => find(&id, "/stage_id")?,
                None => match previous_open_stage
                    .and_then(|id| stages.iter().find(|stage| stage.id == id))
                {
                    Some(stage) if stage.kind == Status::Open => stage.clone(),
                    _ => first_of(Status::Open)?,
                },
            };
            same_pipeline(&stage, "/stage_id")?;
            if stage.kind != Status::Open {
                return Err(AppError::rule_at(
                    "stage_not_open",
                    "/stage_id",
                    "Reopen goes to an open stage.",
                ));
            }
            Ok(Moved {
                lifecycle: Lifecycle {
                    pipeline_id: stage.pipeline_id.clone(),
                    stage_id: stage.id.clone(),
                    status: Status::Open,
                    probability: stage.probability,
                    closed_at: None,
                    lost_reason: None,
                },
                stage,
            })
        }
    }
}

/// Fields a closed opportunity still accepts.
pub const WRITABLE_WHEN_CLOSED: &[&str] = &["description", "next_step", "tags", "external_id"];

/// A closed opportunity refuses changes to anything but [`WRITABLE_WHEN_CLOSED`].
pub fn ensure_writable(status: Status, fields: &[&str]) -> Result<(), AppError> {
    if status == Status::Open {
        return Ok(());
    }
    let refused: Vec<&str> = fields
        .iter()
        .copied()
        .filter(|field| !WRITABLE_WHEN_CLOSED.contains(field))
        .collect();
    if refused.is_empty() {
        Ok(())
    } else {
        Err(AppError::conflict(
            "opportunity_closed",
            format!(
                "A {} opportunity accepts only {}; {} cannot change until it is reopened.",
                status.as_str(),
                WRITABLE_WHEN_CLOSED.join(", "),
                refused.join(", ")
            ),
        ))
    }
}

/// A line item's total in `e4`: quantity (e4) × unit price (e4) × (1 − discount (percent, e2)/100),
/// rounded half up to the currency's minor unit. Exact integer arithmetic.
pub fn line_total_e4(
    quantity_e4: i64,
    unit_price_e4: i64,
    discount_e2: i64,
    currency: Currency,
) -> Result<i64, AppError> {
    // quantity × price × (10000 − discount_e2) is scaled by 10^4 · 10^4 · 10^4.
    let raw =
        i128::from(quantity_e4) * i128::from(unit_price_e4) * i128::from(10_000 - discount_e2);
    let scale = i128::from(SCALE) * i128::from(SCALE);
    let step = scale * 10_i128.pow(4 - currency.minor_digits());
    let rounded = (raw + step / 2).div_euclid(step) * step / scale;
    i64::try_from(rounded)
        .ok()
        .filter(|total| *total <= MAX_AMOUNT_E4)
        .ok_or_else(|| {
            AppError::rule(
                "amount_too_large",
                "The line item total exceeds the largest amount (13 integer digits).",
            )
        })
}

/// The largest amount the contract allows: 9 999 999 999 999.9999.
pub const MAX_AMOUNT_E4: i64 = 99_999_999_999_999_999;

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(id: &str, position: i64, kind: Status, probability: i64) -> Stage {
        Stage {
            id: id.to_owned(),
            pipeline_id: "p".to_owned(),
            name: id.to_owned(),
            position,
            probability,
            kind,
        }
    }

    fn stages() -> Vec<Stage> {
        vec![
            stage("qualify", 0, Status::Open, 10),
            stage("propose", 1, Status::Open, 50),
            stage("won", 2, Status::Won, 100),
            stage("lost", 3, Status::Lost, 0),
        ]
    }

    fn open_in(stage_id: &str) -> Lifecycle {
        Lifecycle {
            pipeline_id: "p".to_owned(),
            stage_id: stage_id.to_owned(),
            status: Status::Open,
            probability: 10,
            closed_at: None,
            lost_reason: None,
        }
    }

    #[test]
    fn winning_sets_status_probability_and_closed_at() {
        let moved = transition(
            &open_in("qualify"),
            Transition::Win { stage_id: None },
            &stages(),
            false,
            None,
            7,
        )
        .expect("an open opportunity can be won");
        assert_eq!(moved.lifecycle.status, Status::Won);
        assert_eq!(moved.lifecycle.probability, 100);
        assert_eq!(moved.lifecycle.closed_at, Some(7));
        assert_eq!(moved.lifecycle.stage_id, "won");
    }

    #[test]
    fn losing_keeps_the_reason_and_reopening_clears_it() {
        let lost = transition(
            &open_in("propose"),
            Transition::Lose {
                stage_id: None,
                reason: "price".to_owned(),
            },
            &stages(),
            false,
            None,
            7,
        )
        .expect("an open opportunity can be lost");
        assert_eq!(lost.lifecycle.lost_reason.as_deref(), Some("price"));
        let reopened = transition(
            &lost.lifecycle,
            Transition::Reopen { stage_id: None },
            &stages(),
            false,
            Some("propose"),
            9,
        )
        .expect("a lost opportunity can be reopened");
        assert_eq!(reopened.lifecycle.stage_id, "propose");
        assert_eq!(reopened.lifecycle.lost_reason, None);
        assert_eq!(reopened.lifecycle.closed_at, None);
        assert_eq!(reopened.lifecycle.probability, 50);
    }

    #[test]
    fn closed_opportunities_refuse_moves_and_a_second_close() {
        let mut won = open_in("won");
        won.status = Status::Won;
        for request in [
            Transition::Move {
                stage_id: "propose".to_owned(),
                probability: None,
            },
            Transition::Win { stage_id: None },
            Transition::Lose {
                stage_id: None,
                reason: "x".to_owned(),
            },
        ] {
            let error = transition(&won, request, &stages(), true, None, 1).expect_err("closed");
            assert_eq!(error.code(), "opportunity_closed");
        }
    }

    #[test]
    fn moves_go_to_open_stages_only() {
        let error = transition(
            &open_in("qualify"),
            Transition::Move {
                stage_id: "won".to_owned(),
                probability: None,
            },
            &stages(),
            true,
            None,
            1,
        )
        .expect_err("won is not open");
        assert_eq!(error.code(), "stage_not_open");
    }

    #[test]
    fn closed_opportunities_accept_only_some_fields() {
        assert!(ensure_writable(Status::Won, &["description", "tags"]).is_ok());
        assert_eq!(
            ensure_writable(Status::Lost, &["amount"])
                .expect_err("frozen")
                .code(),
            "opportunity_closed"
        );
        assert!(ensure_writable(Status::Open, &["amount"]).is_ok());
    }

    #[test]
    fn line_totals_round_half_up_to_the_minor_unit() {
        let eur = Currency::parse("EUR").expect("EUR");
        let jpy = Currency::parse("JPY").expect("JPY");
        // 500 × 250.00 − 10% = 112500.00
        assert_eq!(
            line_total_e4(500 * SCALE, 250 * SCALE, 1_000, eur).ok(),
            Some(112_500 * SCALE)
        );
        // 3 × 0.35 − 50% = 0.525 → 0.53
        assert_eq!(
            line_total_e4(3 * SCALE, 3_500, 5_000, eur).ok(),
            Some(5_300)
        );
        // 1 × 101 JPY − 0.5% = 100.495 → 100
        assert_eq!(
            line_total_e4(SCALE, 101 * SCALE, 50, jpy).ok(),
            Some(100 * SCALE)
        );
    }
}
