use super::*;

fn state() -> GdprState {
    GdprState {
        processing_restricted: false,
        restriction_reason: None,
        legal_hold: false,
        legal_hold_reason: None,
        legal_hold_until: None,
    }
}

fn after(before: &GdprState, change: FlagChange) -> GdprState {
    let mut next = before.clone();
    change.apply(&mut next);
    next
}

#[test]
fn a_flag_operation_changes_only_its_own_columns() {
    let before = state();
    let restricted = after(
        &before,
        FlagChange::Restrict {
            reason: "contested".to_owned(),
        },
    );
    assert_eq!(
        restricted.changed_from(&before),
        ["processing_restricted", "restriction_reason"]
    );
    let held = after(
        &restricted,
        FlagChange::PlaceHold {
            reason: "LH-17".to_owned(),
            until: Some("2027-06-30".to_owned()),
        },
    );
    assert_eq!(
        held.changed_from(&restricted),
        ["legal_hold", "legal_hold_reason", "legal_hold_until"]
    );
    assert!(held.processing_restricted);
    let released = after(&held, FlagChange::ReleaseHold);
    assert_eq!(released, restricted);
}

#[test]
fn repeating_an_operation_changes_nothing_but_a_new_reason_is_a_change() {
    let restricted = after(
        &state(),
        FlagChange::Restrict {
            reason: "contested".to_owned(),
        },
    );
    let again = after(
        &restricted,
        FlagChange::Restrict {
            reason: "contested".to_owned(),
        },
    );
    assert!(again.changed_from(&restricted).is_empty());
    let reworded = after(
        &restricted,
        FlagChange::Restrict {
            reason: "objection".to_owned(),
        },
    );
    assert_eq!(reworded.changed_from(&restricted), ["restriction_reason"]);
    assert!(after(&state(), FlagChange::Unrestrict)
        .changed_from(&state())
        .is_empty());
    assert!(after(&state(), FlagChange::ReleaseHold)
        .changed_from(&state())
        .is_empty());
}
