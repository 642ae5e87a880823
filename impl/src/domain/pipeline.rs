//! Pipeline rules: the ordered stages of a pipeline and the one default pipeline. Pure functions
//! over the state the store loaded; the store writes what they return.
//!
//! A [`Stages`] value is always a usable pipeline: at least one open, one won and one lost stage
//! (so every opportunity can be won, lost and reopened), names unique within the pipeline, won
//! stages at 100 % and lost stages at 0 %, at most [`MAX_STAGES`] stages. Positions are not stored
//! in it: a stage's position is its index, so they are 0-based and contiguous by construction.

use super::opportunity::Status;
use crate::error::AppError;

/// The most stages a pipeline may have (the contract's `maxItems` and `position` maximum).
pub const MAX_STAGES: usize = 50;

/// A stage's chance of winning, in percent: 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Probability(u8);

impl Probability {
    /// `None` above 100.
    pub fn new(percent: u32) -> Option<Probability> {
        u8::try_from(percent)
            .ok()
            .filter(|percent| *percent <= 100)
            .map(Probability)
    }

    /// Like [`Probability::new`], as a 422 naming the field.
    pub fn parse_field(percent: u32, pointer: &str) -> Result<Probability, AppError> {
        Probability::new(percent).ok_or_else(|| {
            AppError::Validation(vec![crate::error::FieldError::new(
                pointer,
                "maximum",
                "must be at most 100",
            )])
        })
    }

    pub fn percent(self) -> u8 {
        self.0
    }
}

/// How a stage counts in the forecast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForecastCategory {
    Pipeline,
    BestCase,
    Commit,
    Closed,
    Omitted,
}

impl ForecastCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            ForecastCategory::Pipeline => "pipeline",
            ForecastCategory::BestCase => "best_case",
            ForecastCategory::Commit => "commit",
            ForecastCategory::Closed => "closed",
            ForecastCategory::Omitted => "omitted",
        }
    }

    pub fn parse(text: &str) -> Option<ForecastCategory> {
        match text {
            "pipeline" => Some(ForecastCategory::Pipeline),
            "best_case" => Some(ForecastCategory::BestCase),
            "commit" => Some(ForecastCategory::Commit),
            "closed" => Some(ForecastCategory::Closed),
            "omitted" => Some(ForecastCategory::Omitted),
            _ => None,
        }
    }
}

/// What a client says about a stage. `kind` is the status an opportunity in the stage has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageDefinition {
    pub name: String,
    pub probability: Probability,
    pub kind: Status,
    pub forecast_category: ForecastCategory,
}

/// A stage of a pipeline. Its position is its index in [`Stages`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub probability: Probability,
    pub kind: Status,
    pub forecast_category: ForecastCategory,
}

impl Stage {
    pub fn new(id: String, definition: StageDefinition) -> Stage {
        Stage {
            id,
            name: definition.name,
            probability: definition.probability,
            kind: definition.kind,
            forecast_category: definition.forecast_category,
        }
    }
}

/// A JSON merge patch of a stage: absent fields are left as they are.
#[derive(Debug, Clone, Default)]
pub struct StagePatch {
    pub name: Option<String>,
    /// Where to move the stage; beyond the end means last.
    pub position: Option<u32>,
    pub probability: Option<Probability>,
    pub kind: Option<Status>,
    pub forecast_category: Option<ForecastCategory>,
}

impl StagePatch {
    /// The names of the fields this patch writes, for the audit log.
    pub fn fields(&self) -> Vec<&'static str> {
        [
            ("name", self.name.is_some()),
            ("position", self.position.is_some()),
            ("probability", self.probability.is_some()),
            ("kind", self.kind.is_some()),
            ("forecast_category", self.forecast_category.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }

    /// Whether applying this patch to `stage` changes its kind (which moves opportunities in it
    /// between open and closed, so it is refused while any are there).
    pub fn changes_kind_of(&self, stage: &Stage) -> bool {
        self.kind.is_some_and(|kind| kind != stage.kind)
    }
}

/// The stages of one pipeline, in order, with every rule of the module doc holding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stages(Vec<Stage>);

impl Stages {
    /// The stages of a new pipeline, in the order given. Errors point into `/stages/N`.
    pub fn new(stages: Vec<Stage>) -> Result<Stages, AppError> {
        if stages.len() > MAX_STAGES {
            return Err(too_many_stages());
        }
        for (index, stage) in stages.iter().enumerate() {
            check_probability(stage, &format!("/stages/{index}/probability"))?;
            let earlier = &stages[..index];
            if earlier
                .iter()
                .any(|other| same_name(&other.name, &stage.name))
            {
                return Err(duplicate_name(
                    &stage.name,
                    &format!("/stages/{index}/name"),
                ));
            }
        }
        let stages = Stages(stages);
        stages.check_kinds()?;
        Ok(stages)
    }

    /// Stages as stored, in position order. They were valid when written; no rule is checked.
    pub fn from_stored(stages: Vec<Stage>) -> Stages {
        Stages(stages)
    }

    /// The stages with their 0-based positions.
    pub fn positioned(&self) -> impl Iterator<Item = (usize, &Stage)> {
        self.0.iter().enumerate()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The stage with `id`, or 404.
    pub fn find(&self, id: &str) -> Result<&Stage, AppError> {
        self.0
            .iter()
            .find(|stage| stage.id == id)
            .ok_or_else(|| stage_not_found(id))
    }

    /// Inserts `stage` at `position`, shifting the stages from there on; appends when `position`
    /// is absent or beyond the end. Errors point into the request body (`/name`, `/probability`).
    pub fn insert(mut self, stage: Stage, position: Option<u32>) -> Result<Stages, AppError> {
        if self.0.len() >= MAX_STAGES {
            return Err(too_many_stages());
        }
        check_probability(&stage, "/probability")?;
        if self
            .0
            .iter()
            .any(|other| same_name(&other.name, &stage.name))
        {
            return Err(duplicate_name(&stage.name, "/name"));
        }
        let index = clamp_position(position, self.0.len());
        self.0.insert(index, stage);
        Ok(self)
    }

    /// Applies `patch` to the stage with `id` (404 when the pipeline has none). Moving a stage
    /// beyond the end makes it the last one.
    pub fn update(mut self, id: &str, patch: StagePatch) -> Result<Stages, AppError> {
        let index = self.index_of(id)?;
        let mut stage = self.0.remove(index);
        if let Some(name) = patch.name {
            if self.0.iter().any(|other| same_name(&other.name, &name)) {
                return Err(duplicate_name(&name, "/name"));
            }
            stage.name = name;
        }
        if let Some(probability) = patch.probability {
            stage.probability = probability;
        }
        if let Some(kind) = patch.kind {
            stage.kind = kind;
        }
        if let Some(forecast_category) = patch.forecast_category {
            stage.forecast_category = forecast_category;
        }
        check_probability(&stage, "/probability")?;
        let target = match patch.position {
            Some(position) => clamp_position(Some(position), self.0.len()),
            None => index,
        };
        self.0.insert(target, stage);
        self.check_kinds()?;
        Ok(self)
    }

    /// Removes the stage with `id` (404 when the pipeline has none); the stages after it move up.
    /// The last stage of its kind stays (409 `stage_required`).
    pub fn remove(mut self, id: &str) -> Result<Stages, AppError> {
        let index = self.index_of(id)?;
        let stage = self.0.remove(index);
        if !self.0.iter().any(|other| other.kind == stage.kind) {
            return Err(AppError::conflict(
                "stage_required",
                format!(
                    "\"{}\" is the pipeline's only {} stage; a pipeline needs at least one open, one won and one lost stage.",
                    stage.name,
                    stage.kind.as_str()
                ),
            ));
        }
        Ok(self)
    }

    fn index_of(&self, id: &str) -> Result<usize, AppError> {
        self.0
            .iter()
            .position(|stage| stage.id == id)
            .ok_or_else(|| stage_not_found(id))
    }

    fn check_kinds(&self) -> Result<(), AppError> {
        let missing: Vec<&str> = [Status::Open, Status::Won, Status::Lost]
            .into_iter()
            .filter(|kind| !self.0.iter().any(|stage| stage.kind == *kind))
            .map(Status::as_str)
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(AppError::rule(
                "pipeline_needs_open_won_lost_stages",
                format!(
                    "A pipeline needs at least one open, one won and one lost stage; this one would have no {} stage.",
                    missing.join(" and no ")
                ),
            ))
        }
    }
}

/// What an update does to the default pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultChange {
    /// The pipeline stays as it is: the default, or not.
    Keep,
    /// The pipeline becomes the default; the previous default stops being one.
    MakeDefault,
}

/// What `is_default` in a patch of a pipeline that `is_default` now asks for. Exactly one pipeline
/// is the default at all times, so the default can only be moved, never unset: `false` on the
/// default is 422 `default_pipeline_required`. `false` on another pipeline already holds and
/// changes nothing (a merge patch states the wanted result).
pub fn default_change(
    is_default: bool,
    requested: Option<bool>,
) -> Result<DefaultChange, AppError> {
    match (is_default, requested) {
        (false, Some(true)) => Ok(DefaultChange::MakeDefault),
        (true, Some(false)) => Err(AppError::rule_at(
            "default_pipeline_required",
            "/is_default",
            "There is always one default pipeline. Make another pipeline the default instead.",
        )),
        _ => Ok(DefaultChange::Keep),
    }
}

/// The default pipeline cannot be deleted (409 `default_pipeline`): make another one the default first.
pub fn ensure_deletable(is_default: bool) -> Result<(), AppError> {
    if is_default {
        Err(AppError::conflict(
            "default_pipeline",
            "The default pipeline cannot be deleted. Make another pipeline the default first.",
        ))
    } else {
        Ok(())
    }
}

/// Won stages are certain and lost stages hopeless: a won stage's probability must be 100 and a
/// lost stage's 0 (422 `stage_probability_mismatch`), so that forecasts weight closed
/// opportunities correctly. Open stages may have any probability.
fn check_probability(stage: &Stage, pointer: &str) -> Result<(), AppError> {
    let required = match stage.kind {
        Status::Open => return Ok(()),
        Status::Won => 100,
        Status::Lost => 0,
    };
    if stage.probability.percent() == required {
        Ok(())
    } else {
        Err(AppError::rule_at(
            "stage_probability_mismatch",
            pointer,
            format!(
                "A {} stage has probability {required}.",
                stage.kind.as_str()
            ),
        ))
    }
}

/// Stage names are compared without case and surrounding spaces, so that "Proposal" and
/// "proposal " cannot both exist in one pipeline.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn duplicate_name(name: &str, pointer: &str) -> AppError {
    AppError::rule_at(
        "duplicate_stage_name",
        pointer,
        format!(
            "The pipeline already has a stage named \"{}\".",
            name.trim()
        ),
    )
}

fn too_many_stages() -> AppError {
    AppError::rule(
        "too_many_stages",
        format!("A pipeline has at most {MAX_STAGES} stages."),
    )
}

fn stage_not_found(id: &str) -> AppError {
    AppError::NotFound(format!("The pipeline has no stage {id}."))
}

/// The index to insert at for a requested position among `len` stages: the end when absent or beyond.
fn clamp_position(position: Option<u32>, len: usize) -> usize {
    position
        .and_then(|position| usize::try_from(position).ok())
        .map_or(len, |position| position.min(len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn definition(name: &str, probability: u32, kind: Status) -> StageDefinition {
        StageDefinition {
            name: name.to_owned(),
            probability: Probability::new(probability).expect("a probability"),
            kind,
            forecast_category: ForecastCategory::Pipeline,
        }
    }

    fn stage(id: &str, probability: u32, kind: Status) -> Stage {
        Stage::new(id.to_owned(), definition(id, probability, kind))
    }

    fn sales() -> Stages {
        Stages::new(vec![
            stage("qualify", 10, Status::Open),
            stage("propose", 50, Status::Open),
            stage("won", 100, Status::Won),
            stage("lost", 0, Status::Lost),
        ])
        .expect("a valid pipeline")
    }

    fn order(stages: &Stages) -> Vec<&str> {
        stages
            .positioned()
            .map(|(_, stage)| stage.id.as_str())
            .collect()
    }

    fn code(error: AppError) -> &'static str {
        error.code()
    }

    #[test]
    fn a_pipeline_needs_each_kind_of_stage() {
        let error = Stages::new(vec![
            stage("a", 10, Status::Open),
            stage("b", 20, Status::Open),
            stage("won", 100, Status::Won),
        ])
        .expect_err("no lost stage");
        assert_eq!(code(error), "pipeline_needs_open_won_lost_stages");
    }

    #[test]
    fn stage_names_are_unique_ignoring_case() {
        let error = Stages::new(vec![
            stage("a", 10, Status::Open),
            Stage::new("b".to_owned(), definition(" A", 20, Status::Open)),
            stage("won", 100, Status::Won),
            stage("lost", 0, Status::Lost),
        ])
        .expect_err("a duplicate");
        assert!(matches!(
            &error,
            AppError::Rule { code: "duplicate_stage_name", pointer: Some(pointer), .. } if pointer == "/stages/1/name"
        ));
    }

    #[test]
    fn won_is_certain_and_lost_is_hopeless() {
        let error = Stages::new(vec![
            stage("a", 10, Status::Open),
            stage("won", 90, Status::Won),
            stage("lost", 0, Status::Lost),
        ])
        .expect_err("won at 90");
        assert!(matches!(
            &error,
            AppError::Rule { code: "stage_probability_mismatch", pointer: Some(pointer), .. } if pointer == "/stages/1/probability"
        ));
        let error = sales()
            .update(
                "lost",
                StagePatch {
                    probability: Some(Probability::new(5).expect("5")),
                    ..StagePatch::default()
                },
            )
            .expect_err("lost at 5");
        assert_eq!(code(error), "stage_probability_mismatch");
    }

    #[test]
    fn inserting_shifts_later_stages_and_beyond_the_end_appends() {
        let stages = sales()
            .insert(stage("demo", 30, Status::Open), Some(1))
            .expect("an insert");
        assert_eq!(
            order(&stages),
            ["qualify", "demo", "propose", "won", "lost"]
        );
        let stages = stages
            .insert(stage("late", 30, Status::Open), Some(40))
            .expect("an append");
        assert_eq!(order(&stages).last(), Some(&"late"));
        let stages = stages
            .insert(stage("later", 30, Status::Open), None)
            .expect("an append");
        assert_eq!(order(&stages).last(), Some(&"later"));
    }

    #[test]
    fn moving_a_stage_reorders_the_others() {
        let patch = |position| StagePatch {
            position: Some(position),
            ..StagePatch::default()
        };
        let stages = sales().update("lost", patch(0)).expect("a move");
        assert_eq!(order(&stages), ["lost", "qualify", "propose", "won"]);
        let stages = stages.update("lost", patch(49)).expect("a move to the end");
        assert_eq!(order(&stages), ["qualify", "propose", "won", "lost"]);
        let stages = stages.update("qualify", patch(1)).expect("a move down");
        assert_eq!(order(&stages), ["propose", "qualify", "won", "lost"]);
    }

    #[test]
    fn renaming_a_stage_to_its_own_name_in_other_case_is_allowed() {
        let patch = StagePatch {
            name: Some("QUALIFY".to_owned()),
            ..StagePatch::default()
        };
        assert!(sales().update("qualify", patch).is_ok());
        let patch = StagePatch {
            name: Some("Propose".to_owned()),
            ..StagePatch::default()
        };
        let error = sales().update("qualify", patch).expect_err("a duplicate");
        assert_eq!(code(error), "duplicate_stage_name");
    }

    #[test]
    fn the_last_stage_of_a_kind_stays() {
        let error = sales().remove("won").expect_err("the only won stage");
        assert_eq!(code(error), "stage_required");
        let stages = sales()
            .remove("qualify")
            .expect("another open stage is left");
        assert_eq!(order(&stages), ["propose", "won", "lost"]);
        let patch = StagePatch {
            kind: Some(Status::Open),
            probability: Some(Probability::new(50).expect("50")),
            ..StagePatch::default()
        };
        let error = sales().update("won", patch).expect_err("no won stage left");
        assert_eq!(code(error), "pipeline_needs_open_won_lost_stages");
    }

    #[test]
    fn unknown_stages_are_not_found() {
        assert_eq!(code(sales().remove("nope").expect_err("404")), "not_found");
        assert_eq!(
            code(
                sales()
                    .update("nope", StagePatch::default())
                    .expect_err("404")
            ),
            "not_found"
        );
    }

    #[test]
    fn a_pipeline_holds_at_most_fifty_stages() {
        let mut stages = sales();
        for index in stages.len()..MAX_STAGES {
            stages = stages
                .insert(stage(&format!("s{index}"), 10, Status::Open), None)
                .expect("room left");
        }
        let error = stages
            .insert(stage("one-too-many", 10, Status::Open), None)
            .expect_err("full");
        assert_eq!(code(error), "too_many_stages");
    }

    #[test]
    fn the_default_can_move_but_not_be_unset() {
        assert_eq!(
            default_change(false, Some(true)).ok(),
            Some(DefaultChange::MakeDefault)
        );
        assert_eq!(
            default_change(true, Some(true)).ok(),
            Some(DefaultChange::Keep)
        );
        assert_eq!(
            default_change(false, Some(false)).ok(),
            Some(DefaultChange::Keep)
        );
        assert_eq!(default_change(true, None).ok(), Some(DefaultChange::Keep));
        assert_eq!(
            code(default_change(true, Some(false)).expect_err("unset")),
            "default_pipeline_required"
        );
        assert_eq!(
            code(ensure_deletable(true).expect_err("default")),
            "default_pipeline"
        );
        assert!(ensure_deletable(false).is_ok());
    }

    #[test]
    fn probabilities_are_percentages() {
        assert_eq!(Probability::new(100).map(Probability::percent), Some(100));
        assert!(Probability::new(101).is_none());
        assert!(Probability::new(u32::MAX).is_none());
    }
}
