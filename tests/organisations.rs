//! Organisations, one rule per row: a passage written for these tests, the
//! organisation names a careful reader lists, and names that must not be
//! listed.

#[path = "common/listed.rs"]
mod listed;

use communique::Lang;
use listed::Row;

const ROWS: &[Row] = &[
    (
        "acronym_defines_a_name_in_the_other_language",
        Lang::En,
        "Scientists from the Institut Congolais pour la Recherche Agronomique (ICRA) joined the survey. The ICRA said yields rose.",
        &["Institut Congolais pour la Recherche Agronomique"],
        &[],
    ),
    (
        "letterhead_in_capitals_named_in_lowercase_later",
        Lang::En,
        "GOVERNMENT OF BHUTAN\nMINISTRY OF WATER & SANITATION\n\nPRESS RELEASE\n\nThimphu, March 24, 2026: The Ministry of Water & Sanitation approved a second phase of the flood warning project on Tuesday.",
        &["GOVERNMENT OF BHUTAN", "Ministry of Water & Sanitation"],
        &["MINISTRY OF WATER & SANITATION"],
    ),
    (
        "short_name_written_like_a_word_in_brackets",
        Lang::Fr,
        "La Société de développement des entreprises culturelles (Sodec) finance 40 projets. La Sodec publiera la liste en mai.",
        &["Société de développement des entreprises culturelles"],
        &[],
    ),
    (
        "government_and_demonym_then_a_purpose",
        Lang::Fr,
        "La campagne a reçu une contribution du Gouvernement malien pour la prise en charge des patientes, et de l'Association malienne pour la santé mentale.",
        &[
            "Gouvernement malien",
            "Association malienne pour la santé mentale",
        ],
        &["Gouvernement malien pour la prise"],
    ),
    (
        "unit_in_a_capitals_letterhead",
        Lang::Fr,
        "MINISTÈRE DE L'ÉLEVAGE\nSECRÉTARIAT GÉNÉRAL\n\nLe ministère lance la campagne de vaccination du bétail.",
        &["MINISTÈRE DE L'ÉLEVAGE"],
        &["SECRÉTARIAT GÉNÉRAL"],
    ),
    (
        "head_coordinated_with_a_region_is_no_name",
        Lang::Fr,
        "Selon la Coordination nationale de la sécurité alimentaire (CNSA), les départements du Centre et des Nippes sont les plus touchés.",
        &["Coordination nationale de la sécurité alimentaire"],
        &["Centre et des Nippes"],
    ),
    (
        "regnal_number_in_a_french_name",
        Lang::Fr,
        "Le projet est soutenu par la Fondation Prince Rainier III de Monaco depuis 2020.",
        &["Fondation Prince Rainier III de Monaco"],
        &["Fondation Prince Rainier"],
    ),
    (
        "school_and_security_forces_heads",
        Lang::Fr,
        "Le Lycée agricole de Bougainville et la Gendarmerie Royale ont signé une convention, avec l'appui des Forces armées de Guyane.",
        &[
            "Lycée agricole de Bougainville",
            "Gendarmerie Royale",
            "Forces armées de Guyane",
        ],
        &[],
    ),
    (
        "french_metropole_after_its_name",
        Lang::Fr,
        "Le réseau de chaleur sera étendu par Rennes Métropole et Toulouse Métropole dès 2027.",
        &["Rennes Métropole", "Toulouse Métropole"],
        &[],
    ),
    (
        "ministry_portfolio_with_an_adjective_in_ide",
        Lang::Fr,
        "Le ministère de l'Énergie, de la Gestion des déchets solides et du Climat a publié son rapport.",
        &["ministère de l'Énergie, de la Gestion des déchets solides et du Climat"],
        &["ministère de l'Énergie, de la Gestion des déchets"],
    ),
    (
        "two_heads_in_a_row_and_a_city_after",
        Lang::En,
        "Waiting lists grow\n\nPatients waited longest at Mayo University Hospital and at University Hospital Waterford, the report found.",
        &["Mayo University Hospital", "University Hospital Waterford"],
        &["Mayo University", "University Hospital"],
    ),
    (
        "a_place_of_several_words_inside_a_name",
        Lang::En,
        "Standards agreed\n\nThe Trinidad and Tobago Bureau of Standards signed the agreement on Tuesday.",
        &["Trinidad and Tobago Bureau of Standards"],
        &["Tobago Bureau of Standards"],
    ),
    (
        "purpose_after_a_named_complement_ends_the_name",
        Lang::Fr,
        "L'Université de Lausanne pour la formation des enseignants recevra un soutien. Le ministère de l'Agriculture aux éleveurs de la région a promis une aide, et il revient au ministère de l'Agriculture d'organiser la campagne.",
        &["Université de Lausanne", "ministère de l'Agriculture"],
        &[
            "Université de Lausanne pour la formation des enseignants",
            "ministère de l'Agriculture d'organiser",
        ],
    ),
    (
        "lowercase_complements_of_a_name_stay",
        Lang::Fr,
        "La Direction du Programme élargi de vaccination et le Secrétariat d'État aux migrations ont signé une convention.",
        &[
            "Direction du Programme élargi de vaccination",
            "Secrétariat d'État aux migrations",
        ],
        &[],
    ),
    (
        "office_for_a_list_of_places",
        Lang::Fr,
        "Le Bureau de pays de l'OIT pour le Rwanda, le Burundi et l'Ouganda a ouvert un atelier à Kigali.",
        &["Bureau de pays de l'OIT pour le Rwanda, le Burundi et l'Ouganda"],
        &["Bureau de pays de l'OIT pour le Rwanda"],
    ),
    (
        "two_parties_are_not_one_office",
        Lang::Fr,
        "Le Bureau régional de l'OMS en Afrique et la République du Niger ont signé un accord à Niamey.",
        &["Bureau régional de l'OMS en Afrique"],
        &["Bureau régional de l'OMS en Afrique et la République du Niger"],
    ),
    (
        "acronym_defined_in_french_order",
        Lang::Fr,
        "L'Agence nationale de l'aviation civile et de la météorologie (ANACIM) a publié ses prévisions. L'ANACIM prévoit des pluies abondantes.",
        &["Agence nationale de l'aviation civile et de la météorologie"],
        &[],
    ),
    (
        "wire_service_is_not_an_organisation",
        Lang::En,
        "LONDON, March 3, 2025 /PRNewswire/ -- Acme Water Ltd said on Monday that it would open a plant in Leeds.",
        &["Acme Water Ltd"],
        &["PRNewswire", "PR Newswire"],
    ),
    (
        "ministry_lists_its_portfolios",
        Lang::En,
        "The Ministry of Agriculture, Livestock and Fisheries has launched a seed programme in six counties.",
        &["Ministry of Agriculture, Livestock and Fisheries"],
        &["Ministry of Agriculture"],
    ),
    (
        "ministry_then_other_parties",
        Lang::En,
        "The Ministry of Health, UNICEF and WHO will vaccinate two million children.",
        &["Ministry of Health"],
        &["Ministry of Health, UNICEF and WHO"],
    ),
    (
        "government_of_a_country_with_an_apostrophe",
        Lang::En,
        "Skills plan signed\n\nThe programme is co-financed by the Government of Côte d’Ivoire and the African Development Bank.",
        &["Government of Côte d'Ivoire"],
        &["Government of Côte"],
    ),
    (
        "acronym_of_a_name_with_a_comma",
        Lang::En,
        "Centre opened\n\nThe Federal Commissioner of the National Agency for Roads, Bridges and Rural Access (NARBRA) opened the road on Monday.",
        &["National Agency for Roads, Bridges and Rural Access"],
        &["National Agency for Roads"],
    ),
    (
        "municipality_and_town_hall",
        Lang::Fr,
        "Plan canicule\n\nLa Ville de Namur ouvrira dix salles rafraîchies. La conférence s'est tenue à l'Hôtel de Ville de Liège.",
        &["Ville de Namur"],
        &["Ville de Liège", "Hôtel de Ville de Liège"],
    ),
    (
        "city_council_is_city_of",
        Lang::En,
        "Heat plan\n\nThe City of Durban will open 24 cool refuges. The summit moved to Mexico City.",
        &["City of Durban"],
        &["Mexico City"],
    ),
    (
        "government_name_ends_with_its_country",
        Lang::Fr,
        "Réunion à Abuja\n\nLes ministres ont remercié le Gouvernement de la République fédérale du Nigeria pour l'hospitalité offerte aux délégations.",
        &["Gouvernement de la République fédérale du Nigeria"],
        &[],
    ),
    (
        "participle_inside_a_french_name",
        Lang::Fr,
        "Vaccination\n\nLa Direction de Coordination du Programme élargi de vaccination a formé 300 agents.",
        &["Direction de Coordination du Programme élargi de vaccination"],
        &["Direction de Coordination du Programme"],
    ),
    (
        "country_possessive_is_not_in_the_name",
        Lang::En,
        "Flood warnings\n\nForecasters at Nepal's Department of Hydrology and Meteorology issued the alert.",
        &["Department of Hydrology and Meteorology"],
        &["Nepal's Department of Hydrology and Meteorology"],
    ),
    (
        "letterhead_line_is_one_name",
        Lang::En,
        "Ministry of Fisheries and Blue Economy\n\nNew Patrol Boats Delivered To Coastal Stations\n\nThe Minister of Fisheries and Blue Economy received four boats on Monday.",
        &["Ministry of Fisheries and Blue Economy"],
        &["New Patrol Boats Delivered To Coastal Stations"],
    ),
    (
        "ministry_portfolio_of_two_nouns",
        Lang::Fr,
        "Forêts\n\nLe Ministère des Eaux et Forêts, de la Mer et de l'Environnement a lancé un plan de gestion.",
        &["Ministère des Eaux et Forêts, de la Mer et de l'Environnement"],
        &["Ministère des Eaux"],
    ),
    (
        "ministry_portfolio_with_an_adjective",
        Lang::Fr,
        "Pêche\n\nLe ministère de l'Agriculture, de la Pêche maritime et du Développement rural a signé la convention.",
        &["ministère de l'Agriculture, de la Pêche maritime et du Développement rural"],
        &[],
    ),
    (
        "defined_acronym_in_a_contact_line",
        Lang::En,
        "Mangroves\n\nThe Department of Coastal Resources (DCR) launched a project.\n\nMedia contact:\nCarlo Mendoza, Public Affairs Officer, DCR",
        &["Department of Coastal Resources"],
        &["DCR"],
    ),
    (
        "regional_council_is_region_and_name",
        Lang::Fr,
        "Plan eau\n\nLa Région Normandie adopte un plan, a déclaré sa présidente. Dans la Région de Kolda, les puits sont à sec.",
        &["Région Normandie"],
        &["Région de Kolda"],
    ),
    (
        "plural_possessive_inside_a_name",
        Lang::En,
        "Market\n\nAccording to Ms Esther Nambi, chairperson of the Kasese Women Traders’ Association, the rates are too high.",
        &["Kasese Women Traders’ Association"],
        &[],
    ),
    (
        "seat_of_a_body_is_not_its_name",
        Lang::Fr,
        "Semences\n\nLa Délégation de l'Union européenne à Madagascar a financé les semences, remises au ministère à Damien.",
        &["Délégation de l'Union européenne à Madagascar"],
        &["ministère à Damien"],
    ),
    (
        "ministry_in_a_capitals_line",
        Lang::Fr,
        "Conseil des ministres\n\nLe Conseil a adopté plusieurs décrets.\n\nI.2. AU TITRE DU MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES\n\nLe Conseil a adopté un décret portant réforme du Trésor.",
        &["MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES"],
        &["Conseil a adopté"],
    ),
    (
        "ministry_letterhead_without_accents",
        Lang::Fr,
        "MINISTERE DES EAUX ET FORETS\n\nLe Conseil a adopté un plan de gestion des forêts classées.",
        &["MINISTERE DES EAUX ET FORETS"],
        &[],
    ),
    (
        "afin_de_ends_a_name",
        Lang::Fr,
        "Dialyse\n\nLe patient est orienté vers la Clinique Al-Noor de Balbala afin de prendre en charge les séances.",
        &["Clinique Al-Noor de Balbala"],
        &["Clinique Al-Noor de Balbala afin de prendre"],
    ),
    (
        "inspectorate_and_museum_heads",
        Lang::Fr,
        "Enquête\n\nL'Inspection générale d'État a transmis son rapport. L'exposition se tient au Musée national du Bardo jusqu'en mars.",
        &["Inspection générale d'État", "Musée national du Bardo"],
        &[],
    ),
];

#[test]
fn organisations_table() {
    listed::check(ROWS, |r| {
        r.organisations.iter().map(|x| x.name.clone()).collect()
    });
}
