//! Quote attribution, one rule per row: a short passage written for these
//! tests, the start of a quotation in it, and who says it (`Some(name)`),
//! nobody the text names (`None`), or `DROPPED` when the quoted words are a
//! name or a term rather than a quotation.

use communique::{Lang, Parser};

/// Who says a quotation: `None` when it is not one.
type Speaker = Option<Option<&'static str>>;

const DROPPED: Speaker = None;
const NOBODY: Speaker = Some(None);

const fn says(name: &'static str) -> Speaker {
    Some(Some(name))
}

/// (name, language, passage, start of the quotation, speaker).
type Row = (&'static str, Lang, &'static str, &'static str, Speaker);

const ROWS: &[Row] = &[
    (
        "surname_that_is_a_speech_verb",
        Lang::Fr,
        "Choléra\n\nLa situation empire dans le Sud.\n\n« Nous devrons fermer deux centres », prévient Marie-Claude Estimé, coordonnatrice des opérations.",
        "Nous devrons",
        says("Marie-Claude Estimé"),
    ),
    (
        "hyphenated_surname_alone_names_the_speaker",
        Lang::En,
        "New clinic\n\n\"Farmers wait days for help,\" said President Mark Ellison. Dr. Nora Kaplan-Reyes will lead the clinic.\n\n\"I have driven two hours to a calving in the snow,\" Kaplan-Reyes said.",
        "I have driven",
        says("Nora Kaplan-Reyes"),
    ),
    (
        "second_office_after_a_comma_resolves_the_title",
        Lang::Fr,
        "Session ordinaire\n\nLa session s'est tenue sous la présidence de M. Abdou Issa, Ministre des Finances de la République du Niger, Président en exercice du Conseil des Ministres de l'UMOA.\n\nDans son discours, le Président du Conseil des Ministres a déclaré que « la discipline budgétaire reste la clé de la stabilité ».",
        "la discipline",
        says("Abdou Issa"),
    ),
    (
        "quote_after_a_pour_x_sentence_in_the_same_paragraph",
        Lang::Fr,
        "Glaciers\n\nLe projet démarre en avril.\n\nPour Marc Aubert, chef de projet à l'OFEV, le financement arrive au bon moment. « Nos glaciers reculent chaque été. Il faut agir maintenant. »",
        "Nos glaciers",
        says("Marc Aubert"),
    ),
    (
        "pronoun_asks_for_a_quoted_action",
        Lang::Fr,
        "Vaccination\n\nLe directeur des services vétérinaires, Dr Issa Traoré, a ouvert la réunion. Il a demandé aux agents de « ne laisser aucun troupeau sans visite ».",
        "ne laisser",
        says("Issa Traoré"),
    ),
    (
        "pour_a_long_title_with_an_acronym_then_the_name",
        Lang::Fr,
        "Grève des chauffeurs\n\nLa grève se poursuit. Pour la présidente de la Fédération des travailleuses et travailleurs de la santé (FTTS–CSQ), Lucie Gendron, « les patients ne peuvent pas attendre un an de plus ».",
        "les patients",
        says("Lucie Gendron"),
    ),
    (
        "second_title_resolves_a_role_noun",
        Lang::En,
        "Council meets\n\nThe meeting was chaired by Hon. Jane Wanjiru, Cabinet Secretary for Trade and Chairperson of the Council. The Secretariat was represented by Mr. John Okello, Deputy Secretary General.\n\nIn closing, the Chairperson said: \"Every barrier we remove is a promise kept to our traders.\"",
        "Every barrier",
        says("Jane Wanjiru"),
    ),
    (
        "selon_lui",
        Lang::Fr,
        "Exposition\n\nLe comité est présidé par le Pr Karim Ouarab, chercheur au centre. Selon lui, « près d'un tiers des stations présentent des altérations visibles ».",
        "près d'un tiers",
        says("Karim Ouarab"),
    ),
    (
        "pour_speaker_then_a_few_words",
        Lang::Fr,
        "Partenariat\n\nLe comité a signé une convention avec une entreprise. Pour sa directrice générale, Mme Clarisse Akplo, ce partenariat « n'est pas un simple parrainage mais un engagement ».",
        "n'est pas un simple",
        says("Clarisse Akplo"),
    ),
    (
        "named_person_described_as_someone",
        Lang::En,
        "Floods\n\nNasreen Akhter, a farmer from a village near the river, told researchers that her family had borrowed twice. “The water took our house,” she said.",
        "The water took",
        says("Nasreen Akhter"),
    ),
    (
        "title_of_an_organisation_is_its_holder",
        Lang::Fr,
        "Vaccination\n\nÉtaient présentes la Représentante de l'OMS, Dr Félicité Ngoma, et la Représentante adjointe de l'UNICEF, Mme Anne Meulen.\n\nPrenant la parole, la Représentante de l'OMS a salué l'engagement du Gouvernement : « Le pays a adopté le schéma à dose unique. »",
        "Le pays a adopté",
        says("Félicité Ngoma"),
    ),
    (
        "lord_mayor_is_not_a_male_title",
        Lang::En,
        "Heat plan\n\nLord Mayor Helen Carter said heat was a silent killer.\n\n\"Heatwaves do not make headlines the way floods do,\" the Lord Mayor said.\n\n\"Nobody should sit through a 43-degree day without relief,\" she added.",
        "Nobody should sit",
        says("Helen Carter"),
    ),
    (
        "signature_line_overrides_an_inherited_speaker",
        Lang::En,
        "Fridges arrive in Tamale\n\n\"The north has waited too long for a cold chain,\" Dr. Ama Owusu, Director of Public Health, said.\n\n\"We see Ghana as the first step toward a regional network of hubs.\"\n— Helen Marsh, Chief Operating Officer, Coldway Ltd",
        "We see Ghana",
        says("Helen Marsh"),
    ),
    (
        "long_apposition_before_said",
        Lang::En,
        "Network launched\n\nThe universities launched the network on Monday.\n\n\"A doctor treating a septic newborn has to guess which antibiotic will work,\" Prof. Sarah Nakato, Principal of the College of Health Sciences at Makerere University, said.",
        "A doctor treating",
        says("Sarah Nakato"),
    ),
    (
        "selon_with_apposition_naming_a_body_with_pour",
        Lang::Fr,
        "Selon Mme Claire Dufresne, directrice du Bureau régional de l'UNICEF pour l'Afrique centrale, « les écoles rouvriront toutes avant la fin du mois ».",
        "les écoles",
        says("Claire Dufresne"),
    ),
    (
        "split_inside_with_honorific_in_attribution",
        Lang::Fr,
        "« Nous comptons près de 800 familles par jour, a indiqué M. Paul Ekane lors d'une conférence de presse à Douala. Les besoins augmentent chaque semaine. »",
        "Les besoins",
        says("Paul Ekane"),
    ),
    (
        "slogan_is_a_name",
        Lang::Fr,
        "Placée sous le slogan « Tous ensemble pour l'eau potable », la campagne débutera en mars. M. Paul Ekane a salué l'initiative.",
        "Tous ensemble",
        DROPPED,
    ),
    (
        "so_called_is_a_term",
        Lang::En,
        "Officials promoted the so-called “safe return corridors for displaced families” in the east, said Anna Berg of the Norwegian Refugee Council.",
        "safe return",
        DROPPED,
    ),
    (
        "alerter_is_a_speech_verb",
        Lang::Fr,
        "Pour M. Paul Ekane, responsable des programmes de Médecins Sans Frontières, la situation s'aggrave. « Les centres de santé manquent déjà de vaccins contre la rougeole », a-t-il alerté.",
        "Les centres",
        says("Paul Ekane"),
    ),
    (
        "quote_after_an_inverted_attribution_sentence",
        Lang::Fr,
        "« La récolte a doublé en deux ans », a souligné Mme Awa Diallo, directrice de la Banque pour le développement rural. « Il faut maintenant construire des entrepôts. »",
        "Il faut",
        says("Awa Diallo"),
    ),
    (
        "embedded_quote_before_a_coordinated_verb",
        Lang::Fr,
        "Mme Awa Diallo a ouvert la séance. Le ministre des Finances, M. Omar Sy, a salué « une avancée très attendue » pour les producteurs et rappelé que le fonds sera doté de 20 millions d'euros.",
        "une avancée",
        says("Omar Sy"),
    ),
    (
        "indefinite_speaker_is_unnamed",
        Lang::En,
        "Dr. Lena Fischer of the World Health Organization visited the clinic on Monday. “We have had no electricity for nine days,” a midwife in the camp told reporters.",
        "We have had",
        NOBODY,
    ),
    (
        "passive_verb_introduces_nothing",
        Lang::En,
        "“Supplies will arrive next week,” said Dr. Lena Fischer. Families have been told to move to “designated safe zones” further north.",
        "designated safe",
        DROPPED,
    ),
    (
        "long_subject_before_said",
        Lang::En,
        "“Trafficking networks adapt faster than our laws,” UNODC Regional Representative for Central Asia Karim Nazarov said.",
        "Trafficking networks",
        says("Karim Nazarov"),
    ),
    (
        "unclosed_paragraph_takes_the_next_paragraph_speaker",
        Lang::En,
        "The head of the mission, Dr. Lena Fischer, described the situation as critical.\n\n“Children are arriving exhausted and dehydrated after days on the road.\n\n“We need clean water points before the rains come,” she said.",
        "Children are",
        says("Lena Fischer"),
    ),
    (
        "the_agency_is_the_organisation_of_the_paragraph",
        Lang::En,
        "The appeal is coordinated by the World Food Programme with the African Union. The Food and Agriculture Organization of the United Nations (FAO) needs US$50 million for seeds. “Without seeds this season, hunger will return next year,” the agency said.",
        "Without seeds",
        says("Food and Agriculture Organization of the United Nations"),
    ),
    (
        "l_organisation_is_the_most_named_one",
        Lang::Fr,
        "L'UNESCO lance un programme de formation des enseignants. L'UNESCO en assurera le suivi.\n\nLe programme est financé par la Banque mondiale.\n\n« Le programme pourra être étendu à trois autres pays », a indiqué l'organisation dans un communiqué.",
        "Le programme pourra",
        says("UNESCO"),
    ),
    (
        "report_title_after_a_definite_article",
        Lang::Fr,
        "Selon le rapport « Les villes face à la chaleur » publié en mai, la moitié des quartiers manquent d'ombre. Mme Awa Diallo a présenté ses conclusions.",
        "Les villes face",
        DROPPED,
    ),
    (
        "description_after_an_indefinite_article_is_a_quote",
        Lang::Fr,
        "Le ministre de l'Agriculture, M. Omar Sy, a salué un plan « conçu avec les éleveurs et non pour eux ».",
        "conçu avec",
        says("Omar Sy"),
    ),
    (
        "theme_with_words_between",
        Lang::Fr,
        "« Aucun enfant ne doit être oublié », a déclaré Mme Awa Diallo, en rappelant que le thème retenu cette année, « Ensemble contre la rougeole », sera décliné dans chaque région.",
        "Ensemble contre",
        DROPPED,
    ),
    (
        "participle_opening_the_sentence",
        Lang::Fr,
        "Mme Awa Diallo a décrit une situation tendue. « Les stocks baissent », a-t-elle dit.\n\nInterrogé sur la suite, M. Paul Ekane se veut rassurant :\n\n« Nous resterons aussi longtemps qu'il le faudra. »",
        "Nous resterons",
        says("Paul Ekane"),
    ),
    (
        "d_apres_before_the_quote",
        Lang::Fr,
        "D'après Nadia Benali, trésorière d'une coopérative de Kayes, « chaque franc est compté deux fois ».",
        "chaque franc",
        says("Nadia Benali"),
    ),
    (
        "according_to_after_the_quote",
        Lang::En,
        "Regional trade remains “far below what the corridor could carry”, according to Samuel Bekele, chief economist at the African Development Bank.",
        "far below",
        says("Samuel Bekele"),
    ),
    (
        "newly_introduced_person_before_the_last_speaker",
        Lang::Fr,
        "« Les écoles rouvriront lundi », a déclaré M. Paul Ekane.\n\nLe directeur régional de l'OMS, le Dr Jean Mvondo, a insisté sur la vaccination. « Chaque dose compte », a-t-il souligné.",
        "Chaque dose",
        says("Jean Mvondo"),
    ),
    (
        "indefinite_official_names_nobody",
        Lang::En,
        "“The plan is sound,” said Thabo Mokoena. One West African official described the timetable as “ambitious to the point of fantasy.”",
        "ambitious to",
        NOBODY,
    ),
    (
        "pronoun_after_an_unnamed_woman",
        Lang::En,
        "“Water is rationed,” said Dr. Lena Fischer. At the camp, a woman who arrived in June said she had not washed for a week. “We left with nothing but the children,” she said.",
        "We left",
        NOBODY,
    ),
    (
        "indefinite_spokesperson_of_an_organisation",
        Lang::En,
        "“Water is rationed,” said Dr. Lena Fischer. A UNHCR spokesperson said the agency had received “less than a quarter of what we need” this year.",
        "less than",
        says("UNHCR"),
    ),
    (
        "paragraph_quote_introduced_by_the_paragraph_before",
        Lang::En,
        "The ILO launched the programme on Monday.\n\nSpeaking at the launch, the Commissioner for Social Affairs, Prof. Amina Diallo, said the region could not wait.\n\n“Every year our region adds four million young people to the labour market.”\n\nThe programme runs until 2030.",
        "Every year",
        says("Amina Diallo"),
    ),
];

#[test]
fn attribution_table() {
    let mut failures = Vec::new();
    for &(name, lang, text, start, want) in ROWS {
        assert!(
            text.contains(start),
            "{name}: the quotation is not in the passage"
        );
        let parser = Parser::builder().language(lang).build().expect("parser");
        let record = parser.parse(text).expect("parse");
        let quote = record.quotes.iter().find(|q| q.text.starts_with(start));
        let got = quote.map(|q| q.speaker.as_deref());
        let ok = match (got, want) {
            (None, None) => true,
            (Some(None), Some(None)) => true,
            (Some(Some(g)), Some(Some(w))) => g == w || g.ends_with(w),
            _ => false,
        };
        if !ok {
            failures.push(format!("{name}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
