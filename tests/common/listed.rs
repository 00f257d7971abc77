//! Checking the names a record lists against a row of a rules table.

/// Every `listed` name is among `names`, no `not_listed` one is; misses are
/// pushed to `failures` under the row's name.
pub fn check_listed(
    row: &str,
    names: &[&str],
    listed: &[&str],
    not_listed: &[&str],
    failures: &mut Vec<String>,
) {
    for want in listed {
        if !names.contains(want) {
            failures.push(format!("{row}: {want:?} not in {names:?}"));
        }
    }
    for unwanted in not_listed {
        if names.contains(unwanted) {
            failures.push(format!("{row}: {unwanted:?} listed"));
        }
    }
}
