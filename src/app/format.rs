//! Dates and holders as people read them: the words of `crate::words`, as the views use them.

pub use crate::words::{day, span};
