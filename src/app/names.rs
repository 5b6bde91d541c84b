//! The order of the rotation: the members on the cursor's day sorted by their short Russian names,
//! which is why Armenia (Армения) comes first, next to the orders that English or official Russian
//! names would give. All orders come from [`crate::engine::order`].

use egui::RichText;

use super::{Command, Model, format};
use crate::engine::Order;
use crate::engine::order::members_on;

/// The Russian alphabet, for a letter's place in it.
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
    ui.heading("The order of the rotation");
    let mut russian = model.view.russian_names;
    if ui
        .checkbox(&mut russian, "Show Russian names beside English ones")
        .on_hover_text("Everywhere in rota: the timeline, the details, the quiz")
        .clicked()
    {
        out.push(Command::SetRussianNames(russian));
    }
    let day = model.view.cursor;
    let members = &model.catalog.members;
    let in_order = |order: Order| members_on(members, order, day);
    let ru = in_order(Order::Ru);
    let official = in_order(Order::RuOfficial);
    let english = in_order(Order::En);
    let Some(first) = ru.first().and_then(|c| members.get(*c)) else {
        ui.label(format!("No state is a member on {}.", format::day(day)));
        return;
    };
    if let Some((letter, place)) = letter_place(&first.name_ru) {
        ui.add(
            egui::Label::new(
                RichText::new(format!(
                    "{} comes first because its Russian name, {}, begins with {letter}, letter {place} of the Russian alphabet. The order agreed in 2015 sorts the members by their short Russian names.",
                    first.name_en, first.name_ru
                ))
                .strong(),
            )
            .wrap(),
        );
    }
    ui.label(
        RichText::new(format!(
            "The members on the cursor's day, {}:",
            format::day(day)
        ))
        .weak(),
    );
    let place = |list: &[crate::engine::StateCode], code| {
        list.iter()
            .position(|c| *c == code)
            .map_or_else(String::new, |i| (i + 1).to_string())
    };
    egui::Grid::new("order")
        .striped(true)
        .num_columns(5)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.strong("#");
            ui.strong("Russian name");
            ui.strong("English");
            ui.strong("# in English");
            ui.strong("# by official name");
            ui.end_row();
            for (i, code) in ru.iter().enumerate() {
                let Some(member) = members.get(*code) else {
                    continue;
                };
                ui.label((i + 1).to_string());
                let mut chars = member.name_ru.chars();
                let initial: String = chars.next().into_iter().collect();
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 0.0;
                    ui.label(RichText::new(initial).strong().underline());
                    ui.label(chars.as_str());
                });
                ui.label(&member.name_en);
                ui.label(place(&english, *code));
                ui.label(place(&official, *code))
                    .on_hover_text(&member.name_ru_official);
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    if let (Some(head), Some(tail)) = (
        official.first().and_then(|c| members.get(*c)),
        official.last().and_then(|c| members.get(*c)),
    ) {
        ui.add(
            egui::Label::new(format!(
                "Sorted by full official names the order would start with {} ({}) and end with {} ({}): not the order that was followed. The bundled scenario “Order by official Russian names” shows that rotation.",
                head.name_en, head.name_ru_official, tail.name_en, tail.name_ru_official,
            ))
            .wrap(),
        );
    }
    if ru == english {
        ui.label("In English these members happen to sort the same way.");
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
