//! Lessons, GUI-free: the prediction quiz built from an office's record and readings. The
//! walkthrough's steps are data (`crate::data::Lesson`); the window steps through them.

pub mod quiz;
