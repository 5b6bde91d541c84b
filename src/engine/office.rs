//! An office as the engine sees it: who holds it (a person or a state), the members with their
//! names in each name set, and the orders those names give (computed once, with each language's
//! collation), or the fixed cycle. No titles, no dates of its own: those are data.

use chrono::NaiveDate;

use super::members::{Members, StateCode};
use super::order::{Collation, Order, alphabetical};

/// Who holds the post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum HolderKind {
    /// A national of the state holds it (a Secretary General): acting holders, late
    /// appointments, recalls and the vacancy readings apply.
    #[default]
    Person,
    /// The state itself holds it (a presidency).
    State,
}

impl HolderKind {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::State => "state",
        }
    }
}

/// One naming convention of the office's members (`en`, `ru`, `un-en`, …) and the language whose
/// alphabet orders it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameSet {
    pub key: String,
    pub language: String,
    pub label: String,
}

/// The office: holder kind, members, name sets and their cycles, the fixed cycle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Office {
    pub holder: HolderKind,
    pub members: Members,
    pub name_sets: Vec<NameSet>,
    /// The cycle when the order is [`Order::Fixed`] (empty if the office has none).
    pub fixed_order: Vec<StateCode>,
    /// Every member in the alphabetical order of each name set, in the sets' order.
    cycles: Vec<Vec<StateCode>>,
}

impl Office {
    /// Builds the office and computes each name set's cycle with its language's collation.
    ///
    /// # Errors
    /// A name set's language is not a valid language tag (the message names the set).
    pub fn new(
        holder: HolderKind,
        members: Members,
        name_sets: Vec<NameSet>,
        fixed_order: Vec<StateCode>,
    ) -> Result<Self, String> {
        let mut cycles = Vec::with_capacity(name_sets.len());
        for (i, set) in name_sets.iter().enumerate() {
            let collation = Collation::new(&set.language)
                .map_err(|e| format!("name set \"{}\": {e}", set.key))?;
            cycles.push(alphabetical(&members, i, &collation));
        }
        Ok(Self {
            holder,
            members,
            name_sets,
            fixed_order,
            cycles,
        })
    }

    /// The cycle an order follows: every known state (members or not) in order.
    #[must_use]
    pub fn cycle(&self, order: Order) -> &[StateCode] {
        match order {
            Order::Names(i) => self.cycles.get(usize::from(i)).map_or(&[], Vec::as_slice),
            Order::Fixed => &self.fixed_order,
        }
    }

    /// The members on `day`, in the order's cycle: the states a turn could go to that day.
    #[must_use]
    pub fn members_on(&self, order: Order, day: NaiveDate) -> Vec<StateCode> {
        self.cycle(order)
            .iter()
            .copied()
            .filter(|c| self.members.get(*c).is_some_and(|m| m.is_member_on(day)))
            .collect()
    }

    /// The key an order is written with: a name set's key, or `fixed`.
    #[must_use]
    pub fn order_key(&self, order: Order) -> &str {
        match order {
            Order::Names(i) => self
                .name_sets
                .get(usize::from(i))
                .map_or("?", |s| s.key.as_str()),
            Order::Fixed => "fixed",
        }
    }

    /// Every order this office offers: its name sets, then `fixed` if it has a fixed cycle.
    #[must_use]
    pub fn orders(&self) -> Vec<Order> {
        let mut orders: Vec<Order> = (0..self.name_sets.len())
            .filter_map(|i| u8::try_from(i).ok().map(Order::Names))
            .collect();
        if !self.fixed_order.is_empty() {
            orders.push(Order::Fixed);
        }
        orders
    }

    /// The order written as `key`.
    ///
    /// # Errors
    /// A sentence naming the key and the keys this office accepts.
    pub fn parse_order(&self, key: &str) -> Result<Order, String> {
        self.orders()
            .into_iter()
            .find(|o| self.order_key(*o) == key)
            .ok_or_else(|| {
                let keys: Vec<&str> = self.orders().iter().map(|o| self.order_key(*o)).collect();
                format!("unknown order \"{key}\": expected {}", or_list(&keys))
            })
    }

    /// The name of `code` in the name set at `set`, or the code itself for a state the office
    /// does not know.
    #[must_use]
    pub fn name(&self, code: StateCode, set: usize) -> String {
        self.members
            .get(code)
            .map_or_else(|| code.to_string(), |m| m.name(set).to_owned())
    }
}

/// "a, b or c".
#[must_use]
pub fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
