//! Frame-time benchmark of the workbench (being written).
fn main() {}
