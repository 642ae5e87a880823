//! The crate's layers, kept: every module of `impl/src` may use only the layers below its own, and no
//! two files use each other, directly or round a longer loop. Read from the source: `use` statements
//! (braces expanded) and paths written inline (`crate::store::...`, `super::consents::...`), outside
//! comments and `#[cfg(test)]` modules. A file's own submodules (a `mod.rs` re-exporting its children)
//! are not an import back up.
//!
//! And rooms of one concern: no file of `impl/src` holds more than [`MAX_CODE_LINES`] lines of code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, top first: a module may import those on lower rows only (its own row is the same layer,
/// not allowed across top-level modules either, except within one module).
const LAYERS: &[&[&str]] = &[
    &["lambda"],
    &["server"],
    &["api"],
    &["http"],
    &["webhooks"],
    &["store"],
    &["domain"],
    &["auth", "metrics", "telemetry", "inventory"],
    &["config", "aws", "error", "contract_text"],
];

/// Known imports against the order, each with the issue that removes it. Empty is the goal.
const KNOWN_UPWARD: &[(&str, &str, &str)] = &[(
    "http",
    "api",
    "issue 13: the edge holds the `Api` implementation the generated server dispatches to",
)];

/// Most lines of code a file of `impl/src` may hold: lines that are neither blank nor a comment
/// (`//`, `///` and `//!` lines). A file's tests count for it, so they live in a file of their own.
const MAX_CODE_LINES: usize = 600;

/// Files known to hold more, each with the issue that splits it (paths under `impl/src`). Empty is
/// the goal.
const KNOWN_LONG: &[(&str, &str)] = &[
    (
        "api/dispatch.rs",
        "issue 13 point 1: one impl of the generated `Api` trait (its 64 forwarders), which Rust cannot \
         divide between files; the forwarders become generated or go",
    ),
    (
        "http/mod.rs",
        "issue 13 point 1: the edge (routing, admission, answers), split as the request path is \
         reworked",
    ),
];

fn layer_of(top: &str) -> usize {
    LAYERS
        .iter()
        .position(|row| row.contains(&top))
        .unwrap_or_else(|| panic!("module `{top}` is in no layer of tests/api/layers.rs: place it"))
}

/// Every `.rs` file under `dir`, with its module path (`store::opportunities::items`).
fn modules(root: &Path, dir: &Path, out: &mut BTreeMap<Vec<String>, PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read impl/src")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name == "bin") {
                continue;
            }
            modules(root, &path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(root).expect("under impl/src");
            let mut segments: Vec<String> = relative
                .iter()
                .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_owned())
                .collect();
            if segments
                .last()
                .is_some_and(|last| last == "mod" || last == "lib" || last == "main")
            {
                segments.pop();
            }
            if relative == Path::new("main.rs") {
                continue;
            }
            out.insert(segments, path);
        }
    }
}

/// The code of a file without comments, string contents and its `#[cfg(test)]` modules.
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut skipping_tests = false;
    let mut depth = 0i32;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            skipping_tests = true;
            depth = 0;
            continue;
        }
        let code = strip_line(line);
        if skipping_tests {
            depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
            if depth <= 0 && (code.contains('}') || code.trim_end().ends_with(';')) {
                skipping_tests = false;
            }
            continue;
        }
        out.push_str(&code);
        out.push('\n');
    }
    out
}

/// A line without its `//` comment and with string literals emptied (good enough for this code base:
/// no raw strings hold `crate::`).
fn strip_line(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            if c == '\\' {
                chars.next();
            } else if c == '"' {
                in_string = false;
                out.push('"');
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    out
}

/// The paths a `use` tree names, braces expanded: `super::{a, b::{c, d}}` → `super::a`, `super::b::c`, ...
fn expand_use(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        return vec![path.to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (index, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .flat_map(expand_use)
        .map(|path| format!("{prefix}{path}"))
        .collect()
}

/// Every path the code names from `crate`, `super` or `self`: whole `use` statements, then inline paths.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    // `use` statements (possibly over several lines), `pub use` and `pub(crate) use` included.
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        rest = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(end) = after.find(';') else { break };
        let tree: String = after[..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if tree.starts_with("crate::") || tree.starts_with("super::") || tree.starts_with("self::")
        {
            paths.extend(expand_use(&tree));
        }
    }
    // Inline paths: `crate::a::b`, `super::a::b` (a `use` line's are found again: harmless).
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(found) = code[from..].find(start) {
            let at = from + found;
            from = at + start.len();
            if code[..at]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
            {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path);
        }
    }
    paths
}

/// The module a path reaches, resolved from `module` (the file's own): the longest known prefix.
fn resolve(
    path: &str,
    module: &[String],
    known: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<Vec<String>> {
    let mut segments = path.split("::").filter(|s| !s.is_empty());
    let mut base: Vec<String> = match segments.next()? {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => {
            // The module path of `x/mod.rs` is `x` already, so `super` is one up for both kinds.
            let mut parent = module.to_vec();
            parent.pop();
            parent
        }
        _ => return None,
    };
    let mut resolved = None;
    for segment in segments {
        if segment == "super" {
            base.pop();
            continue;
        }
        base.push(segment.to_owned());
        if known.contains_key(&base) {
            resolved = Some(base.clone());
        } else {
            break;
        }
    }
    resolved
}

fn import_graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut known = BTreeMap::new();
    modules(&root, &root, &mut known);
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, path) in &known {
        if module.is_empty() {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read a source file");
        let edges = graph.entry(module.clone()).or_default();
        for named in named_paths(&code_of(&text)) {
            let Some(target) = resolve(&named, module, &known) else {
                continue;
            };
            // Itself, or one of its own submodules (a parent re-exporting or calling its children).
            if target.starts_with(module) || target.is_empty() {
                continue;
            }
            edges.insert(target);
        }
    }
    graph
}

fn name(module: &[String]) -> String {
    module.join("::")
}

#[test]
fn no_module_imports_a_layer_above_its_own() {
    let graph = import_graph();
    let mut upward = Vec::new();
    let mut known_seen = BTreeSet::new();
    for (from, targets) in &graph {
        for to in targets {
            let (from_top, to_top) = (from[0].as_str(), to[0].as_str());
            if from_top == to_top {
                continue;
            }
            if layer_of(to_top) < layer_of(from_top) || layer_of(to_top) == layer_of(from_top) {
                if let Some(known) = KNOWN_UPWARD
                    .iter()
                    .find(|(a, b, _)| *a == from_top && *b == to_top)
                {
                    known_seen.insert(known.2);
                    continue;
                }
                upward.push(format!("{} -> {}", name(from), name(to)));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports against the layer order (tests/api/layers.rs LAYERS): {upward:#?}"
    );
    // A known exception that no longer exists is taken off the list, so that it cannot come back.
    for (from, to, why) in KNOWN_UPWARD {
        assert!(
            known_seen.contains(why),
            "{from} -> {to} no longer imports upward: remove it from KNOWN_UPWARD"
        );
    }
}

#[test]
fn no_two_files_import_each_other() {
    let graph = import_graph();
    // Depth-first search for a cycle; report the first one found, whole.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|seen| seen == node) {
            return Some(stack[at..].iter().map(|m| name(m)).collect());
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            // Into a module's own parent is allowed (a child uses what its `mod.rs` declares); the
            // loop rule is about siblings and strangers.
            if node.starts_with(next) {
                continue;
            }
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        let mut stack = Vec::new();
        if let Some(cycle) = visit(node, &graph, &mut stack, &mut done) {
            panic!("an import loop: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_reader_sees_imports_written_every_way() {
    assert_eq!(
        expand_use("super::{a, b::{c, d as e}}"),
        ["super::a", "super::b::c", "super::b::d"]
    );
    let code = code_of(
        "use crate::x::{Y, z::W};\n// crate::commented::Out\nfn f() { super::sibling::call(\"crate::in_string\"); }\n#[cfg(test)]\nmod tests {\n    use crate::hidden::T;\n}\n",
    );
    let named = named_paths(&code);
    assert!(named.contains(&"crate::x::Y".to_owned()), "{named:?}");
    assert!(
        named.contains(&"super::sibling::call".to_owned()),
        "{named:?}"
    );
    assert!(
        !named
            .iter()
            .any(|p| p.contains("commented") || p.contains("in_string") || p.contains("hidden")),
        "{named:?}"
    );
}

/// The lines of code of a file: neither blank nor a comment line.
fn code_lines(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .count()
}

/// Every `.rs` file under `dir` (binaries included), sorted.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read a source directory") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    out.sort();
}

#[test]
fn no_file_is_over_600_lines_of_code() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut long = Vec::new();
    let mut known_seen = BTreeSet::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read a source file");
        let lines = code_lines(&text);
        let relative = path
            .strip_prefix(&root)
            .expect("under impl/src")
            .to_string_lossy()
            .replace('\\', "/");
        if lines <= MAX_CODE_LINES {
            continue;
        }
        if let Some((known, _)) = KNOWN_LONG.iter().find(|(file, _)| *file == relative) {
            known_seen.insert(*known);
            continue;
        }
        long.push(format!("{relative}: {lines} lines of code"));
    }
    assert!(
        long.is_empty(),
        "files over {MAX_CODE_LINES} lines of code (split them by concern, tests in a file of their \
         own): {long:#?}"
    );
    // A known long file that is short now is taken off the list, so that it cannot grow back.
    for (file, _) in KNOWN_LONG {
        assert!(
            known_seen.contains(file),
            "{file} is no longer over {MAX_CODE_LINES} lines of code: remove it from KNOWN_LONG"
        );
    }
}

#[test]
fn code_lines_leave_out_blanks_and_comments() {
    let text = "//! A module.\n\nuse std::fmt;\n/// A doc.\nfn f() {\n    // a comment\n    let x = 1; // after code\n}\n";
    assert_eq!(code_lines(text), 4);
}
