//! The order of the rotation: the members on the cursor's day in the order of the office's rule
//! (for the CSTO, sorted by their short Russian names, which is why Armenia (Армения) comes first),
//! next to the orders the office's other name sets would give. All orders come from the engine.

use egui::RichText;

use crate::app::command::View;
use crate::app::{Command, Model, format};
use crate::engine::{Order, StateCode};

/// The Russian alphabet, for a letter's place in it (the order itself is the engine's).
const ALPHABET: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/// The place (1-based) of a name's first letter in the Russian alphabet.
fn letter_place(name: &str) -> Option<(char, usize)> {
    let first = name.chars().next()?;
    let lower = first.to_lowercase().next()?;
    ALPHABET
        .chars()
        .position(|c| c == lower)
        .map(|i| (first, i + 1))
}

/// Shows the order tab.
pub fn show(ui: &mut egui::Ui, model: &Model, out: &mut Vec<Command>) {
    let catalog = &model.catalog;
    ui.heading("The order of the rotation");
    if model.russian_set().is_some() {
        let mut russian = model.view.russian_names;
        if ui
            .checkbox(&mut russian, "Show Russian names beside English ones")
            .on_hover_text("Everywhere in rota: the timeline, the details, the quiz")
            .clicked()
        {
            out.push(Command::View(View::SetRussianNames(russian)));
        }
    }
    let day = model.view.cursor;
    let office = &catalog.office;
    let agreed = catalog.rules.order;
    let listed = office.members_on(agreed, day);
    let name_in = |code: StateCode, order: Order| match order {
        Order::Names(i) => office.name(code, usize::from(i)),
        Order::Fixed => catalog.name(code),
    };
    let Some(first) = listed.first().copied() else {
        ui.label(format!("No state is a member on {}.", format::day(day)));
        return;
    };
    let alphabet = crate::words::alphabet(agreed, catalog);
    let set_label = match agreed {
        Order::Names(i) => office
            .name_sets
            .get(usize::from(i))
            .map_or_else(String::new, |s| crate::words::lower_label(&s.label)),
        Order::Fixed => "the fixed list".to_owned(),
    };
    let russian = matches!(agreed, Order::Names(i) if office.name_sets.get(usize::from(i)).is_some_and(|s| s.language == "ru"));
    let why = match letter_place(&name_in(first, agreed)) {
        Some((letter, place)) if russian => format!(
            "{} comes first because its Russian name, {}, begins with {letter}, letter {place} of the Russian alphabet. The rule sorts the members by their {set_label}.",
            catalog.name(first),
            name_in(first, agreed)
        ),
        _ if agreed == Order::Fixed => format!(
            "The rule follows a fixed list, not an alphabet: {} comes first in it among the members on this day.",
            catalog.name(first)
        ),
        _ => format!(
            "{} comes first in {alphabet}: the rule sorts the members by their {set_label}.",
            catalog.name(first)
        ),
    };
    ui.add(egui::Label::new(RichText::new(why).strong()).wrap());
    ui.label(
        RichText::new(format!(
            "The members on the cursor's day, {}:",
            format::day(day)
        ))
        .weak(),
    );
    let others: Vec<Order> = office
        .orders()
        .into_iter()
        .filter(|o| *o != agreed)
        .collect();
    let lists: Vec<Vec<StateCode>> = others.iter().map(|o| office.members_on(*o, day)).collect();
    let place = |list: &[StateCode], code| {
        list.iter()
            .position(|c| *c == code)
            .map_or_else(String::new, |i| (i + 1).to_string())
    };
    let display = Order::Names(u8::try_from(catalog.display_set()).unwrap_or(0));
    let order_title = |order: Order| match order {
        Order::Names(i) => office
            .name_sets
            .get(usize::from(i))
            .map_or_else(String::new, |s| s.label.clone()),
        Order::Fixed => "Fixed list".to_owned(),
    };
    egui::Grid::new("order")
        .striped(true)
        .num_columns(2 + others.len())
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.strong("#");
            // The rule's names, by the word "Name"; the set's full label when pointed at.
            ui.strong("Name")
                .on_hover_text(format!("{}: the order of the rule", order_title(agreed)));
            if agreed != display {
                ui.strong("English");
            }
            // Other orders by their short keys ("# en"), named in full when pointed at: the
            // table stays as narrow as the panel.
            for order in &others {
                ui.strong(format!("# {}", office.order_key(*order)))
                    .on_hover_text(format!(
                        "Place by {}",
                        crate::words::lower_label(&order_title(*order))
                    ));
            }
            ui.end_row();
            for (i, code) in listed.iter().enumerate() {
                ui.label((i + 1).to_string());
                let name = name_in(*code, agreed);
                let mut chars = name.chars();
                let initial: String = chars.next().into_iter().collect();
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 0.0;
                    ui.label(RichText::new(initial).strong().underline());
                    ui.label(chars.as_str());
                });
                if agreed != display {
                    ui.label(catalog.name(*code));
                }
                for (order, list) in others.iter().zip(&lists) {
                    ui.label(place(list, *code))
                        .on_hover_text(name_in(*code, *order));
                }
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    for (order, list) in others.iter().zip(&lists) {
        if list == &listed {
            ui.label(format!(
                "By {} these members happen to sort the same way.",
                crate::words::lower_label(&order_title(*order))
            ));
        } else if let (Some(head), Some(tail)) = (list.first(), list.last()) {
            ui.add(
                egui::Label::new(format!(
                    "Sorted by {} the order would start with {} ({}) and end with {} ({}): not the order of the rule.",
                    crate::words::lower_label(&order_title(*order)),
                    catalog.name(*head),
                    name_in(*head, *order),
                    catalog.name(*tail),
                    name_in(*tail, *order),
                ))
                .wrap(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_is_the_first_letter_and_ya_the_last() {
        assert_eq!(letter_place("Армения"), Some(('А', 1)));
        assert_eq!(letter_place("Кыргызстан"), Some(('К', 12)));
        assert_eq!(letter_place("якорь"), Some(('я', 33)));
        assert_eq!(letter_place("Armenia"), None);
    }
}
