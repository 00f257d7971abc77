//! People, roles and affiliations, one rule per row: a short passage written
//! for these tests, a person's name, and the role and organisation a careful
//! reader gives them (`None` for the person when they must not be listed).

use communique::{Lang, Parser};

/// (role, organisation) of a listed person; an empty role is none.
type Expect = Option<(&'static str, Option<&'static str>)>;

/// (name, language, passage, person, expectation).
type Row = (&'static str, Lang, &'static str, &'static str, Expect);

const ROWS: &[Row] = &[
    (
        "active_appointment_au_poste_de",
        Lang::Fr,
        "Nomination\n\nLe conseil d'administration a nommé Mme Chantal Ouellet au poste de directrice générale de la Société des parcs du Nord.",
        "Chantal Ouellet",
        Some(("directrice générale", Some("Société des parcs du Nord"))),
    ),
    (
        "portfolio_with_contre",
        Lang::Fr,
        "Parcs nationaux\n\nLe ministre de la Faune, de la Lutte contre le braconnage et des Parcs, M. Yves Gagnon, a salué la décision.",
        "Yves Gagnon",
        Some((
            "ministre de la Faune, de la Lutte contre le braconnage et des Parcs",
            None,
        )),
    ),
    (
        "retired_rank_in_brackets_before_a_name",
        Lang::En,
        "Flood alert\n\nChairman NDMA Lt. Gen. (R) Imran Qureshi said the alert system was ready.",
        "Imran Qureshi",
        Some(("Chairman NDMA", None)),
    ),
    (
        "initials_open_a_name",
        Lang::En,
        "Loan signed\n\n\"This loan matters,\" said W. M. Nimal Perera Bandara, Secretary to the Treasury.",
        "W. M. Nimal Perera Bandara",
        Some(("Secretary to the Treasury", None)),
    ),
    (
        "organisation_acronym_inside_a_hyphenated_surname",
        Lang::En,
        "Treaty talks\n\nChief Mary Ahenakew-Bird said the agreement was historic.",
        "Mary Ahenakew-Bird",
        Some(("", None)),
    ),
    (
        "undefined_initialism_of_a_named_body",
        Lang::En,
        "New lab\n\nRiverside Technical Institute will open a robotics lab, RTI announced on Monday. \"Our students asked for it,\" said RTI President Dana Whitfield.",
        "Dana Whitfield",
        Some(("President", Some("Riverside Technical Institute"))),
    ),
    (
        "title_with_a_date_after_a_comma",
        Lang::Fr,
        "Nomination\n\nElle succède à M. Paul Vernier, Directeur des Parcs depuis 2012, qui part à la retraite.",
        "Paul Vernier",
        Some(("Directeur des Parcs", None)),
    ),
    (
        "appointment_wins_over_an_earlier_post",
        Lang::Fr,
        "Nomination\n\nMme Lucie Marchetti a été nommée Directrice des Parcs. Mme Marchetti était depuis 2019 Cheffe de la Division Forêts.",
        "Lucie Marchetti",
        Some(("Directrice des Parcs", None)),
    ),
    (
        "issued_by_signature_block",
        Lang::En,
        "Port notice\n\nThe Authority thanks all port users for their patience.\n\nISSUED BY:\nWanjiru Kamau Otieno\nHead of Corporate Affairs\nKenya Ports Authority",
        "Wanjiru Kamau Otieno",
        Some(("Head of Corporate Affairs", Some("Kenya Ports Authority"))),
    ),
    (
        "appointment_of_a_name_as_a_post",
        Lang::En,
        "Board changes\n\nKafue Minerals plc is pleased to announce the appointment of Mutinta Hichilema as Chief Financial Officer.",
        "Mutinta Hichilema",
        Some(("Chief Financial Officer", Some("Kafue Minerals plc"))),
    ),
    (
        "nomination_au_poste_de",
        Lang::Fr,
        "Nomination\n\nL'Office national des forêts annonce la nomination de Mme Awa Sarr au poste de directrice des opérations.",
        "Awa Sarr",
        Some(("directrice des opérations", None)),
    ),
    (
        "pharm_is_an_honorific",
        Lang::En,
        "Drug alert\n\n\"Do not buy these tablets,\" said the Registrar, Pharm. Musa Bello Garba.",
        "Musa Bello Garba",
        Some(("Registrar", None)),
    ),
    (
        "hyphenated_surname_holding_a_place_name",
        Lang::Fr,
        "Nomination\n\nPar arrêté du 2 avril 2026, Mme Claire Rosso-Martin a été nommée directrice des Parcs.",
        "Claire Rosso-Martin",
        Some(("directrice des Parcs", None)),
    ),
    (
        "two_surnames_in_capitals_in_a_signature",
        Lang::Fr,
        "Appel à candidatures\n\nLe dossier doit être déposé avant le 30 avril 2026.\n\nLe Ministre\n\n(é) Pr Joseph NDONGO ABEGA",
        "Joseph Ndongo Abega",
        Some(("", None)),
    ),
    (
        "malay_patronymic_particle",
        Lang::En,
        "New bus lanes\n\nThe lanes open on Monday.\n\nMedia contact: Farah binti Ismail, Senior Manager, Land Transport Authority",
        "Farah binti Ismail",
        Some(("Senior Manager", Some("Land Transport Authority"))),
    ),
    (
        "lowercase_title_after_a_speech_verb",
        Lang::En,
        "Ice shelf survey\n\n\"The water underneath is warming,\" says chief scientist Dr Helle Jorgensen, who leads the survey.",
        "Helle Jorgensen",
        Some(("chief scientist", None)),
    ),
    (
        "name_with_a_phone_number_on_its_line",
        Lang::Fr,
        "Rapport annuel\n\nL'Agence fédérale pour la sécurité des transports (AFST) publie son rapport annuel.\n\nPorte-parole de l'AFST :\nSaskia Verhoeven (NL) – 0471 22 33 44\nTomas Gilles (FR) – 0471 22 33 45",
        "Saskia Verhoeven",
        Some((
            "Porte-parole",
            Some("Agence fédérale pour la sécurité des transports"),
        )),
    ),
    (
        "title_then_bracketed_acronym_then_name",
        Lang::Fr,
        "Grève\n\nLa grève se poursuit. La présidente de la Fédération des travailleuses et travailleurs de la santé (FTTS–CSQ), Lucie Gendron, a dénoncé les retards.",
        "Lucie Gendron",
        Some((
            "présidente",
            Some("Fédération des travailleuses et travailleurs de la santé"),
        )),
    ),
    (
        "unknown_name_after_a_ministers_title_is_not_a_portfolio",
        Lang::Fr,
        "Pêche durable\n\n« La mer nourrit nos familles », a déclaré le ministre de la Pêche, Soobash Lallmon, lors du lancement.",
        "Soobash Lallmon",
        Some(("ministre de la Pêche", None)),
    ),
    (
        "country_as_given_name_after_an_honorific",
        Lang::Fr,
        "Santé mentale\n\nLa directrice du Centre hospitalier de Bathurst, la Dre Chine Arsenault, a salué l'annonce.",
        "Chine Arsenault",
        Some(("directrice", Some("Centre hospitalier de Bathurst"))),
    ),
    (
        "field_between_two_title_words_is_not_a_name",
        Lang::En,
        "Hive rules tightened\n\nThe Department of Primary Industries has banned hive imports. “Every hive counts,” said Chief Bee Health Officer Dr Ruth Okafor.",
        "Bee Health",
        None,
    ),
    (
        "chief_is_part_of_an_english_title",
        Lang::En,
        "Hive rules tightened\n\nThe Department of Primary Industries has banned hive imports. “Every hive counts,” said Chief Bee Health Officer Dr Ruth Okafor.",
        "Ruth Okafor",
        Some((
            "Chief Bee Health Officer",
            Some("Department of Primary Industries"),
        )),
    ),
    (
        "short_prefix_of_a_hyphenated_title",
        Lang::En,
        "Lab opens\n\n“We are ready,” said Professor Alan Crewe, Pro-Vice-Chancellor for Engagement at Durham University.",
        "Alan Crewe",
        Some((
            "Pro-Vice-Chancellor for Engagement",
            Some("Durham University"),
        )),
    ),
    (
        "possessive_back_reference_before_a_title",
        Lang::En,
        "The Institute for Coastal Studies opened a new lab on Monday. Dr Nadia Farouk, the institute's founding director, said the lab would train forty students a year.",
        "Nadia Farouk",
        Some(("founding director", Some("Institute for Coastal Studies"))),
    ),
    (
        "registration_number_and_occupation_before_the_office",
        Lang::Fr,
        "Conseil des ministres\n\nLe Conseil a adopté un décret portant nomination de Monsieur Rasmané OUEDRAOGO, Mle 118 204 C, Ingénieur du génie rural, Administrateur représentant l'État au Conseil d'administration de l'Office national de l'eau.",
        "Rasmané Ouedraogo",
        Some((
            "Administrateur représentant",
            Some("Conseil d'administration de l'Office national de l'eau"),
        )),
    ),
    (
        "photo_credit_inside_a_contact_block",
        Lang::En,
        "Flash appeal\n\nThe appeal seeks USD 48 million.\n\nFor more information:\nGrace Lungu, Public Relations Officer, +265 999 000 000\n\nPhoto credit: OCHA/Chikondi Msiska",
        "Chikondi Msiska",
        None,
    ),
    (
        "event_name_before_qui_is_not_a_person",
        Lang::Fr,
        "Sélection\n\nLe comité a publié la liste des athlètes présélectionnés en vue des Jeux Olympiques de la Jeunesse, qui se tiendront à Dakar.",
        "Jeux Olympiques de la Jeunesse",
        None,
    ),
    (
        "appointed_post_is_the_role",
        Lang::Fr,
        "Conseil des ministres\n\nAu titre du ministère de l'Économie et des Finances :\n- Monsieur Issa KABORÉ, Mle 49 117 N, Inspecteur du Trésor, est nommé Directeur général du Trésor et de la Comptabilité publique ;",
        "Issa Kaboré",
        Some((
            "Directeur général du Trésor et de la Comptabilité publique",
            Some("ministère de l'Économie et des Finances"),
        )),
    ),
    (
        "english_appointment",
        Lang::En,
        "Board changes\n\nThe board met on Monday. Ms Ama Boateng, formerly a partner at a law firm, has been appointed Chief Executive Officer.",
        "Ama Boateng",
        Some(("Chief Executive Officer", None)),
    ),
    (
        "surname_in_capitals_in_a_contact_line",
        Lang::Fr,
        "Saisie\n\nL'Office Togolais des Recettes a saisi deux tonnes de cannabis.\n\nContact presse :\nMme Essi Ablavi MENSAH, Chargée de communication, Office Togolais des Recettes",
        "Essi Ablavi Mensah",
        Some((
            "Chargée de communication",
            Some("Office Togolais des Recettes"),
        )),
    ),
    (
        "unknown_given_names_before_a_capitals_surname",
        Lang::Fr,
        "Saisie\n\n« Cette saisie est le fruit d'un travail patient », a déclaré le Commissaire des Douanes et Droits Indirects, le Colonel Komlan Edem AGBODJAN, lors d'un point de presse.",
        "Komlan Edem Agbodjan",
        Some(("Colonel", None)),
    ),
    (
        "words_continuing_a_title_are_not_a_name",
        Lang::Fr,
        "Saisie\n\n« Cette saisie est le fruit d'un travail patient », a déclaré le Commissaire des Douanes et Droits Indirects, le Colonel Komlan Edem AGBODJAN.",
        "Droits Indirects",
        None,
    ),
    (
        "postnominal_before_the_title",
        Lang::En,
        "Minerals\n\nThe Hon. Rachel Whitmore MP, Minister for Resources and Northern Australia, met her counterpart in Canberra today.",
        "Rachel Whitmore",
        Some(("Minister for Resources and Northern Australia", None)),
    ),
    (
        "portfolio_after_a_colon_in_a_contact_block",
        Lang::En,
        "Rates\n\nThe Bank kept its rate.\n\nMedia contact:\nEster Haufiku, Director: Strategic Communications and Financial Sector Development\nTel: +264 61 283 5114",
        "Ester Haufiku",
        Some((
            "Director: Strategic Communications and Financial Sector Development",
            None,
        )),
    ),
    (
        "hyphenated_title_is_not_a_name",
        Lang::En,
        "Ocean policy\n\nThe policy was signed by H.E. Rohan Desai. Secretary-General Desai said it would protect the coast.",
        "Secretary-General Desai",
        None,
    ),
    (
        "president_of_a_regional_council_works_there",
        Lang::Fr,
        "Plan eau\n\n« L'eau n'est plus acquise », a déclaré Hélène Castel, présidente de la Région Normandie.",
        "Hélène Castel",
        Some(("présidente", Some("Région Normandie"))),
    ),
    (
        "lowercase_reference_to_the_ministry",
        Lang::Fr,
        "Oasis\n\nLe ministère de l'Agriculture et la FAO ont lancé un programme. Le secrétaire général du ministère, M. Karim Bennani, a souligné l'urgence.",
        "Karim Bennani",
        Some(("secrétaire général", Some("ministère de l'Agriculture"))),
    ),
    (
        "postnominal_letters_end_the_name",
        Lang::En,
        "Aid package\n\n\"This package is about saving lives now,\" said Minister of State Colm Byrne TD.",
        "Colm Byrne",
        Some(("Minister of State", None)),
    ),
    (
        "region_after_the_organisation_stays_in_the_title",
        Lang::Fr,
        "Migration\n\nLa directrice régionale de l'OIM pour le Moyen-Orient et l'Afrique du Nord, Mme Rania Khalil, a ouvert la réunion.",
        "Rania Khalil",
        Some((
            "directrice régionale pour le Moyen-Orient et l'Afrique du Nord",
            Some("OIM"),
        )),
    ),
    (
        "employer_after_another_complement",
        Lang::Fr,
        "Financement\n\n« Cette étape est décisive », a déclaré Olivier Girard, président et chef de la direction de Serres Nordiques.",
        "Olivier Girard",
        Some((
            "président et chef de la direction",
            Some("Serres Nordiques"),
        )),
    ),
    (
        "employer_after_chez",
        Lang::Fr,
        "Financement\n\n« Ces projets renforcent notre autonomie », a souligné Sophie Roy, vice-présidente, bioalimentaire, chez Capital Boréal.",
        "Sophie Roy",
        Some(("vice-présidente", Some("Capital Boréal"))),
    ),
    (
        "generic_occupation_does_not_name_an_employer",
        Lang::Fr,
        "Santé\n\nAwa Diallo, sage-femme au poste de santé de Médina Gounass, a décrit ses nuits de garde.",
        "Awa Diallo",
        Some(("sage-femme au poste de santé de Médina Gounass", None)),
    ),
    (
        "capitalised_speech_noun_is_not_a_verb",
        Lang::En,
        "Warning systems\n\nThe Climate Early Warning for South Asia programme will be delivered by UNDP.",
        "Climate Early",
        None,
    ),
    (
        "first_name_that_is_also_a_participle",
        Lang::Fr,
        "Campagne lancée\n\nLa Représentante de l'OMS, Dr Félicité NGOMA, a salué la mobilisation des équipes.",
        "Félicité Ngoma",
        Some(("Représentante", Some("OMS"))),
    ),
    (
        "capitalised_modifier_heads_a_title_with_a_complement",
        Lang::En,
        "Network launched\n\nThe universities launched the network on Monday. Prof. Sarah Nakato, Principal of the College of Health Sciences at Makerere University, opened the meeting.",
        "Sarah Nakato",
        Some((
            "Principal of the College of Health Sciences",
            Some("Makerere University"),
        )),
    ),
    (
        "two_particles_in_a_surname",
        Lang::Fr,
        "« Les moustiques résistent déjà », explique Anne-Sophie van den Broeck, directrice du laboratoire d'entomologie.",
        "Anne-Sophie van den Broeck",
        Some(("directrice du laboratoire d'entomologie", None)),
    ),
    (
        "wire_source_line_names_the_company",
        Lang::En,
        "NAIROBI, March 4, 2025 /PRNewswire/ -- Kilimo Pay today announced new loans. “Credit has to follow the harvest,” said Grace Wambui, chief executive of Kilimo Pay.\n\nMedia contact\npress@kilimopay.example\n\nSOURCE Kilimo Pay",
        "Source Kilimo Pay",
        None,
    ),
    (
        "company_named_by_the_title_complement",
        Lang::Fr,
        "Lyonnaise de pompes annonce un rachat. « Nous changeons d'échelle », déclare Claire Vasseur, présidente-directrice générale de Pompalis.",
        "Claire Vasseur",
        Some(("présidente-directrice générale", Some("Pompalis"))),
    ),
    (
        "company_named_with_a_country",
        Lang::Fr,
        "Le fondateur d'Aquaterra Maroc, Youssef Alami, conservera la direction de la filiale.",
        "Youssef Alami",
        Some(("fondateur", Some("Aquaterra Maroc"))),
    ),
    (
        "english_department_is_not_an_employer",
        Lang::En,
        "The ministry launched the campaign on Monday. “We will reach every district,” said Jane Achieng, Director of Communications.",
        "Jane Achieng",
        Some(("Director of Communications", None)),
    ),
    (
        "english_company_named_again",
        Lang::En,
        "Mavuno Pay will lend to 40,000 farmers. “Credit has to follow the harvest,” said Grace Wambui, chief executive of Mavuno Pay.",
        "Grace Wambui",
        Some(("chief executive", Some("Mavuno Pay"))),
    ),
    (
        "given_name_that_is_also_a_title",
        Lang::Fr,
        "Le sommet a réuni :\n- S.E.M. Pape Moussa Diagne, Président de la République du Sénégal ;\n- S.E.M. Ibrahima Sow, Président de la Commission de l'UEMOA.",
        "Pape Moussa Diagne",
        Some(("Président de la République du Sénégal", None)),
    ),
    (
        "title_after_an_honorific_is_still_a_title",
        Lang::En,
        "H.E. President William Kamau opened the summit in Nairobi on Monday.",
        "William Kamau",
        Some(("President", None)),
    ),
    (
        "a_role_taken_by_the_name_before",
        Lang::Fr,
        "Le PAM étend son aide.\n\nContacts :\nSophie Tremblay, attachée de presse, Cabinet de la ministre des Relations internationales, 418 555-0100",
        "Cabinet",
        None,
    ),
    (
        "byline_is_not_a_person",
        Lang::En,
        "Floods Close 300 Schools in the North\n\nBy Miriam Otieno | 4 May 2025\n\nThe United Nations Children's Fund (UNICEF) said on Sunday that 300 schools had closed. UNICEF Representative Dr. Hans Keller said classes would resume in June.",
        "Miriam Otieno",
        None,
    ),
    (
        "french_byline_is_not_a_person",
        Lang::Fr,
        "Le PAM étend son aide alimentaire au nord du pays\n\nPar Awa Sangaré, envoyée spéciale\n\nLe Programme alimentaire mondial (PAM) a annoncé lundi une extension de son aide. La directrice pays du PAM, Mme Claire Fontaine, a salué l'engagement des donateurs.",
        "Awa Sangaré",
        None,
    ),
    (
        "honorific_ends_a_title_complement",
        Lang::En,
        "The African Development Bank (AfDB) signed the agreement on Monday. AfDB Vice-President for Agriculture and Human Development Mr. Kofi Mensah said the loan would reach 40,000 farmers.",
        "Kofi Mensah",
        Some((
            "Vice-President for Agriculture and Human Development",
            Some("African Development Bank"),
        )),
    ),
    (
        "minister_works_at_the_ministry_named",
        Lang::Fr,
        "Le ministère de l'Agriculture et de l'Élevage et la FAO ont signé un accord à Niamey. Le ministre de l'Agriculture et de l'Élevage, M. Issa Boubacar, a salué un partenariat durable.",
        "Issa Boubacar",
        Some((
            "ministre de l'Agriculture et de l'Élevage",
            Some("ministère de l'Agriculture et de l'Élevage"),
        )),
    ),
    (
        "minister_of_health_works_at_the_federal_ministry",
        Lang::En,
        "The plan was drawn up with the Federal Ministry of Health and UNICEF. Minister of Health Dr. Grace Adeyemi welcomed the plan on Tuesday.",
        "Grace Adeyemi",
        Some(("Minister of Health", Some("Federal Ministry of Health"))),
    ),
    (
        "foreign_minister_is_not_at_another_country_ministry",
        Lang::Fr,
        "Le ministère des Affaires étrangères du Sénégal a reçu une délégation. Le ministre des Affaires étrangères du Royaume du Maroc, M. Karim Alaoui, a signé l'accord.",
        "Karim Alaoui",
        Some(("ministre des Affaires étrangères du Royaume du Maroc", None)),
    ),
    (
        "for_org_opens_the_speakers_sentence",
        Lang::En,
        "The African Union (AU) and the Economic Community of West African States (ECOWAS) met in Accra. The AU hosted the talks. For ECOWAS, Mrs. Adjoa Mensah, Commissioner for Trade, Customs and Free Movement, said the corridor would open in 2026.",
        "Adjoa Mensah",
        Some((
            "Commissioner for Trade, Customs and Free Movement",
            Some("Economic Community of West African States"),
        )),
    ),
    (
        "list_item_line_is_not_a_headline",
        Lang::Fr,
        "Le ministère de la Santé publique et l'UNICEF ont lancé la campagne à Yaoundé en présence de :\n\n• S.E. M. Paul NDONGO, Ministre de la Santé publique ;\n• Mme Alice Mballa, Représentante de l'UNICEF.",
        "Paul Ndongo",
        Some((
            "Ministre de la Santé publique",
            Some("ministère de la Santé publique"),
        )),
    ),
    (
        "portfolio_word_that_is_also_a_title_modifier",
        Lang::En,
        "The African Union (AU) signed the memorandum. “Roads and power lines come first,” said Dr. Yaw Boateng, Commissioner for Infrastructure and Energy of the African Union.",
        "Yaw Boateng",
        Some((
            "Commissioner for Infrastructure and Energy",
            Some("African Union"),
        )),
    ),
    (
        "principal_secretary_works_at_the_ministry",
        Lang::En,
        "The Ministry of Health and the United Nations Population Fund (UNFPA) launched the drive. UNFPA will fund the clinics. UNFPA staff trained the nurses. The Principal Secretary for Public Health, Ms. Ruth Wanjiku, opened the event.",
        "Ruth Wanjiku",
        Some((
            "Principal Secretary for Public Health",
            Some("Ministry of Health"),
        )),
    ),
    (
        "a_countrys_minister_at_an_unqualified_ministry",
        Lang::En,
        "The guarantee was signed in Gaborone. Botswana's Minister of Trade and Industry, Naledi Moeti, said the Ministry of Trade and Industry would use it to help exporters.",
        "Naledi Moeti",
        Some((
            "Minister of Trade and Industry",
            Some("Ministry of Trade and Industry"),
        )),
    ),
    (
        "signature_block",
        Lang::En,
        "The Ministry of Food and Agriculture will publish the list of beneficiaries in May.\n\nSigned\nKofi Asamoah\nDirector, Public Relations Unit\nMinistry of Food and Agriculture",
        "Kofi Asamoah",
        Some(("Director", Some("Ministry of Food and Agriculture"))),
    ),
    (
        "article_before_the_honorific",
        Lang::Fr,
        "L'Organisation ouest-africaine de la santé (OOAS) a réuni les ministres à Dakar. Le Directeur général de l'OOAS, le Dr Kwame Mensah, a insisté sur la formation.",
        "Kwame Mensah",
        Some((
            "Directeur général",
            Some("Organisation ouest-africaine de la santé"),
        )),
    ),
    (
        "possessive_organisation_before_the_title",
        Lang::En,
        "The International Rescue Committee (IRC) opened two clinics. “Families walked for days,” Grace Mwangi, the IRC’s Country Director in Chad, told reporters.",
        "Grace Mwangi",
        Some((
            "Country Director in Chad",
            Some("International Rescue Committee"),
        )),
    ),
    (
        "capitalised_words_between_modifier_and_head",
        Lang::En,
        "“Vaccines buy us time,” said Dr Abebe Tadesse, Regional Emergency Director at the WHO Regional Office for Africa.",
        "Abebe Tadesse",
        Some((
            "Regional Emergency Director",
            Some("WHO Regional Office for Africa"),
        )),
    ),
    (
        "minister_at_the_one_department_named_by_a_shared_word",
        Lang::En,
        "Global Affairs Canada announced new funding for maternal health. The Minister of International Development, Anne Tremblay, made the announcement in Ottawa.",
        "Anne Tremblay",
        Some((
            "Minister of International Development",
            Some("Global Affairs Canada"),
        )),
    ),
    (
        "minister_of_the_government_named",
        Lang::Fr,
        "Le Gouvernement congolais et la FAO ont signé un accord à Brazzaville. Le ministre des Affaires étrangères et de la Coopération, M. Jean Mabiala, a salué la qualité du partenariat.",
        "Jean Mabiala",
        Some((
            "ministre des Affaires étrangères et de la Coopération",
            Some("Gouvernement congolais"),
        )),
    ),
    (
        "a_foreign_minister_is_not_at_a_gazetteer_ministry_of_another_state",
        Lang::Fr,
        "Le Département fédéral des affaires étrangères (DFAE) a reçu une délégation à Berne. Le ministre tunisien des Affaires étrangères, M. Karim Trabelsi, à gauche, a salué l'accueil.",
        "Karim Trabelsi",
        Some(("ministre tunisien des Affaires étrangères", None)),
    ),
];

#[test]
fn people_table() {
    let mut failures = Vec::new();
    for &(name, lang, text, person, want) in ROWS {
        let parser = Parser::builder().language(lang).build().expect("parser");
        let record = parser.parse(text).expect("parse");
        let found = record.people.iter().find(|p| p.name == person);
        let ok = match (found, want) {
            (None, None) => true,
            (Some(p), Some((role, org))) => {
                p.role.as_deref() == Some(role).filter(|r| !r.is_empty())
                    && p.organisation.as_deref() == org
            }
            _ => false,
        };
        if !ok {
            let got = found.map(|p| (p.role.clone(), p.organisation.clone()));
            failures.push(format!("{name}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
