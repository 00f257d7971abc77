//! Locations, one rule per row: a passage written for these tests, the
//! places a careful reader lists, and places that must not be listed.

#[path = "common/listed.rs"]
mod listed;

use communique::Lang;
use listed::Row;

const ROWS: &[Row] = &[
    (
        "ambiguous_place_of_a_dateline",
        Lang::Fr,
        "Session régionale\n\nNice, le 13 février 2026 – Les élus ont adopté le budget des ports.",
        &["Nice"],
        &[],
    ),
    (
        "dateline_and_body_places",
        Lang::En,
        "NAIROBI, 4 March 2025 – The World Food Programme opened a warehouse in Mombasa to serve northern Kenya.",
        &["NAIROBI", "Mombasa", "Kenya"],
        &[],
    ),
    (
        "country_only_in_a_title_is_not_a_place",
        Lang::Fr,
        "Le sommet s'est tenu à Abuja, en République fédérale du Nigéria. S.E. M. Jean Koffi, Président de la République du Ghana, a ouvert les travaux.",
        &["Abuja", "République fédérale du Nigéria"],
        &["République du Ghana", "Ghana"],
    ),
    (
        "country_in_a_title_and_in_the_story",
        Lang::Fr,
        "Le ministre de la Santé du Sénégal, M. Abdou Faye, a inauguré un hôpital à Thiès. Le Sénégal compte ouvrir dix hôpitaux.",
        &["Thiès", "Sénégal"],
        &[],
    ),
    (
        "ambiguous_place_after_des",
        Lang::Fr,
        "Le maire des Cayes, M. Wilfrid Joseph, a ouvert le nouveau marché.",
        &["Cayes"],
        &[],
    ),
    (
        "two_part_region_is_one_place",
        Lang::Fr,
        "Le bureau régional couvre l'Afrique de l'Ouest et du Centre depuis Dakar.",
        &["Afrique de l'Ouest et du Centre", "Dakar"],
        &["Afrique de l'Ouest"],
    ),
];

#[test]
fn locations_table() {
    listed::check(ROWS, |r| {
        r.locations.iter().map(|x| x.name.clone()).collect()
    });
}
