//! Closed vocabularies: codes in the event, worded by the locales.
//!
//! Every code here has a message in every locale (`topic-trade`, `body-foreign_ministry`, …); the
//! locale checker verifies that by iterating `ALL`, so adding a variant is caught there.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares a code vocabulary: a snake_case serde enum with `ALL`, `code()` and the Fluent
/// message prefix, so the list of codes exists in exactly one place.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, prefix $prefix:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
            JsonSchema,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// Every code of this vocabulary.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The prefix of this vocabulary's Fluent messages (`PREFIX-code`).
            pub const MESSAGE_PREFIX: &'static str = $prefix;

            /// The code as written in JSON.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The Fluent message id that words this code (`topic-trade`).
            pub fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.code())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

vocabulary! {
    /// What was discussed, noted or exchanged views on.
    ///
    /// ```
    /// use communique_model::Topic;
    /// let t: Topic = serde_json::from_str(r#""foreign_policy_research""#).unwrap();
    /// assert_eq!(t.message_id(), "topic-foreign_policy_research");
    /// ```
    Topic, prefix "topic" {
        /// Bilateral cooperation as a whole.
        BilateralCooperation = "bilateral_cooperation",
        /// Political dialogue.
        PoliticalDialogue = "political_dialogue",
        /// Trade.
        Trade = "trade",
        /// Investment.
        Investment = "investment",
        /// Economic cooperation.
        Economy = "economy",
        /// Business ties between companies.
        Business = "business",
        /// Culture.
        Culture = "culture",
        /// Education.
        Education = "education",
        /// Science.
        Science = "science",
        /// Tourism.
        Tourism = "tourism",
        /// Energy.
        Energy = "energy",
        /// Transport and logistics.
        TransportLogistics = "transport_logistics",
        /// Agriculture.
        Agriculture = "agriculture",
        /// Digital technology.
        Digital = "digital",
        /// Health care.
        Health = "health",
        /// Environment and climate.
        Environment = "environment",
        /// Security.
        Security = "security",
        /// Interaction within international organizations.
        InternationalOrganizations = "international_organizations",
        /// Regional affairs.
        RegionalAffairs = "regional_affairs",
        /// Global affairs.
        GlobalAffairs = "global_affairs",
        /// Joint foreign policy research.
        ForeignPolicyResearch = "foreign_policy_research",
        /// Consular and visa matters.
        ConsularVisa = "consular_visa",
        /// Parliamentary cooperation.
        ParliamentaryCooperation = "parliamentary_cooperation",
        /// Humanitarian cooperation.
        Humanitarian = "humanitarian",
    }
}

vocabulary! {
    /// The body of a state that is party to an event or speaks for it.
    Body, prefix "body" {
        /// The ministry of foreign affairs.
        ForeignMinistry = "foreign_ministry",
        /// The government.
        Government = "government",
        /// The parliament.
        Parliament = "parliament",
        /// The head of state's office.
        PresidentialOffice = "presidential_office",
        /// An embassy.
        Embassy = "embassy",
        /// The ministry of trade.
        TradeMinistry = "trade_ministry",
        /// The ministry of culture.
        CultureMinistry = "culture_ministry",
        /// The chamber of commerce.
        ChamberOfCommerce = "chamber_of_commerce",
    }
}

vocabulary! {
    /// An office a person holds, worded with the person's country and gender.
    ///
    /// Offices that fit no code are given as per-language text instead (see `Position`).
    PositionCode, prefix "position" {
        /// Head of state (President).
        President = "president",
        /// Head of government.
        PrimeMinister = "prime_minister",
        /// Minister of Foreign Affairs.
        ForeignMinister = "foreign_minister",
        /// First Deputy Minister of Foreign Affairs.
        FirstDeputyForeignMinister = "first_deputy_foreign_minister",
        /// Deputy Minister of Foreign Affairs.
        DeputyForeignMinister = "deputy_foreign_minister",
        /// Ambassador (to the event's host country).
        Ambassador = "ambassador",
        /// Consul General.
        ConsulGeneral = "consul_general",
        /// Honorary Consul.
        HonoraryConsul = "honorary_consul",
        /// Official spokesperson of the foreign ministry.
        Spokesperson = "spokesperson",
        /// Speaker (chair) of parliament.
        SpeakerOfParliament = "speaker_of_parliament",
        /// Member of parliament.
        MemberOfParliament = "member_of_parliament",
    }
}

vocabulary! {
    /// A diplomatic mission.
    MissionKind, prefix "mission" {
        /// Embassy.
        Embassy = "embassy",
        /// Consulate General.
        ConsulateGeneral = "consulate_general",
        /// Consulate.
        Consulate = "consulate",
        /// Honorary consulate.
        HonoraryConsulate = "honorary_consulate",
        /// Trade mission.
        TradeMission = "trade_mission",
    }
}

vocabulary! {
    /// A kind of signed document.
    DocumentKind, prefix "document" {
        /// Agreement.
        Agreement = "agreement",
        /// Memorandum of understanding.
        Memorandum = "memorandum",
        /// Protocol.
        Protocol = "protocol",
        /// Joint statement or declaration.
        JointStatement = "joint_statement",
        /// Programme or roadmap of cooperation.
        Roadmap = "roadmap",
    }
}

vocabulary! {
    /// What a side or person said of another, where the notice reports it.
    StatementKind, prefix "statement" {
        /// Congratulated someone on something.
        Congratulated = "congratulated",
        /// Commended or praised something.
        Commended = "commended",
        /// Thanked someone for something.
        Thanked = "thanked",
        /// Expressed support for something.
        Supported = "supported",
        /// Expressed condolences to someone over something.
        Condolences = "condolences",
        /// Welcomed something.
        Welcomed = "welcomed",
        /// Noted something.
        Noted = "noted",
        /// Stressed the importance of something.
        Stressed = "stressed",
        /// Expressed hope for something.
        ExpressedHope = "expressed_hope",
        /// Announced the intention to do something.
        AnnouncedIntention = "announced_intention",
        /// Reaffirmed support for something.
        ReaffirmedSupport = "reaffirmed_support",
    }
}

vocabulary! {
    /// A kind of exhibition.
    ExhibitionKind, prefix "exhibition" {
        /// Photo exhibition.
        Photo = "photo",
        /// Art exhibition.
        Art = "art",
        /// Book exhibition.
        Book = "book",
        /// Exhibition of crafts and applied art.
        Crafts = "crafts",
        /// Ethnographic exhibition: costume, household objects, the way of life of a people.
        Ethnographic = "ethnographic",
    }
}

vocabulary! {
    /// The format of a business or expert gathering.
    ForumFormat, prefix "forum" {
        /// Business forum.
        BusinessForum = "business_forum",
        /// Round table.
        RoundTable = "round_table",
        /// Business council meeting.
        BusinessCouncil = "business_council",
        /// Investment forum.
        InvestmentForum = "investment_forum",
    }
}

vocabulary! {
    /// The protocol level of a visit.
    VisitLevel, prefix "visit" {
        /// State visit.
        State = "state",
        /// Official visit.
        Official = "official",
        /// Working visit.
        Working = "working",
    }
}

vocabulary! {
    /// International organizations, named by each locale in full and by acronym.
    Organization, prefix "organization" {
        /// The United Nations.
        Un = "un",
        /// The Organization for Security and Co-operation in Europe.
        Osce = "osce",
        /// The Commonwealth of Independent States.
        Cis = "cis",
        /// The Shanghai Cooperation Organisation.
        Sco = "sco",
        /// The Eurasian Economic Union.
        Eaeu = "eaeu",
        /// The Conference on Interaction and Confidence Building Measures in Asia.
        Cica = "cica",
        /// The Organisation of Islamic Cooperation.
        Oic = "oic",
        /// The European Union.
        Eu = "eu",
        /// The Council of Europe.
        Coe = "coe",
        /// The Organization of American States.
        Oas = "oas",
        /// The Community of Latin American and Caribbean States.
        Celac = "celac",
        /// The Latin American Integration Association.
        Aladi = "aladi",
        /// The Collective Security Treaty Organization.
        Csto = "csto",
        /// The Organization of Turkic States.
        Ots = "ots",
        /// The Latin American Energy Organization.
        Olade = "olade",
        /// The Organisation for Economic Co-operation and Development.
        Oecd = "oecd",
        /// The Pacific Alliance (Chile, Colombia, Mexico, Peru).
        PacificAlliance = "pacific_alliance",
    }
}

vocabulary! {
    /// What a message conveys.
    MessageKind, prefix "message" {
        /// Condolences.
        Condolences = "condolences",
        /// Congratulations.
        Congratulations = "congratulations",
    }
}

vocabulary! {
    /// What an anniversary marks.
    AnniversaryOf, prefix "anniversary" {
        /// The establishment of diplomatic relations between the parties.
        DiplomaticRelations = "diplomatic_relations",
        /// The strategic partnership between the parties.
        StrategicPartnership = "strategic_partnership",
        /// The independence of the first party.
        Independence = "independence",
        /// The signing of a treaty between the parties (its name in `title`).
        Treaty = "treaty",
    }
}

vocabulary! {
    /// News agencies, named by each locale in its own language ("Kazinform", "Казинформ",
    /// "ҚазАқпарат").
    Agency, prefix "agency" {
        /// Kazinform (ҚазАқпарат), Kazakhstan's national agency.
        Kazinform = "kazinform",
        /// KazTAG.
        Kaztag = "kaztag",
        /// Interfax-Kazakhstan.
        InterfaxKazakhstan = "interfax_kazakhstan",
        /// TASS.
        Tass = "tass",
        /// RIA Novosti.
        RiaNovosti = "ria_novosti",
        /// Interfax.
        Interfax = "interfax",
        /// EFE.
        Efe = "efe",
        /// Xinhua.
        Xinhua = "xinhua",
        /// Reuters.
        Reuters = "reuters",
        /// The Associated Press.
        Ap = "ap",
        /// Agence France-Presse.
        Afp = "afp",
        /// Deutsche Presse-Agentur.
        Dpa = "dpa",
        /// Anadolu.
        Anadolu = "anadolu",
        /// Yonhap.
        Yonhap = "yonhap",
        /// Kyodo.
        Kyodo = "kyodo",
        /// Trend.
        Trend = "trend",
    }
}

vocabulary! {
    /// Where a spokesperson said it.
    SpokespersonSetting, prefix "setting" {
        /// At a briefing.
        Briefing = "briefing",
        /// In a written statement.
        Statement = "statement",
        /// In a comment to the press.
        Comment = "comment",
        /// In an interview.
        Interview = "interview",
    }
}

vocabulary! {
    /// What a media credit is for.
    CreditKind, prefix "credit" {
        /// Photo.
        Photo = "photo",
        /// Video.
        Video = "video",
    }
}

vocabulary! {
    /// Who a side meeting was held with, as a kind (the name is text).
    CounterpartKind, prefix "counterpart" {
        /// Members of parliament.
        Legislators = "legislators",
        /// Business people or a company.
        Business = "business",
        /// Scholars or a research institute.
        Experts = "experts",
        /// The diaspora or compatriots.
        Diaspora = "diaspora",
        /// Officials of a government body.
        Officials = "officials",
        /// The media.
        Media = "media",
    }
}

vocabulary! {
    /// An occasion of congratulations the press words by convention ("congratulated him on
    /// his re-election", «поздравил с переизбранием»), worded by the locales.
    ///
    /// ```
    /// use communique_model::Congratulation;
    /// let c: Congratulation = serde_json::from_str(r#""re_election""#).unwrap();
    /// assert_eq!(c.message_id(), "congratulation-re_election");
    /// ```
    Congratulation, prefix "congratulation" {
        /// Election to an office.
        Election = "election",
        /// Re-election to an office.
        ReElection = "re_election",
        /// Taking office.
        Inauguration = "inauguration",
        /// Appointment to an office.
        Appointment = "appointment",
        /// The addressee's country's national day.
        NationalDay = "national_day",
        /// The addressee's country's independence day.
        IndependenceDay = "independence_day",
        /// The New Year.
        NewYear = "new_year",
        /// The addressee's birthday.
        Birthday = "birthday",
    }
}

impl Congratulation {
    /// True for an occasion in a person's life or career (an election, a birthday), which
    /// congratulations address to that person; the others (a national day, the New Year) may
    /// go to a side or a body.
    ///
    /// ```
    /// use communique_model::Congratulation;
    /// assert!(Congratulation::ReElection.is_personal());
    /// assert!(!Congratulation::NationalDay.is_personal());
    /// ```
    pub fn is_personal(self) -> bool {
        matches!(
            self,
            Congratulation::Election
                | Congratulation::ReElection
                | Congratulation::Inauguration
                | Congratulation::Appointment
                | Congratulation::Birthday
        )
    }
}

vocabulary! {
    /// A group of guests the press names by convention, worded by the locales ("members of
    /// the diplomatic corps", «представители дипломатического корпуса»).
    ///
    /// ```
    /// use communique_model::GuestGroup;
    /// let g: GuestGroup = serde_json::from_str(r#""diplomatic_corps""#).unwrap();
    /// assert_eq!(g.message_id(), "guests-diplomatic_corps");
    /// ```
    GuestGroup, prefix "guests" {
        /// The diplomatic corps.
        DiplomaticCorps = "diplomatic_corps",
        /// Members of the Kazakh community.
        Diaspora = "diaspora",
        /// Members of parliament.
        Legislators = "legislators",
        /// Representatives of the business community.
        Business = "business",
        /// Experts and scholars.
        Experts = "experts",
        /// Representatives of the media.
        Media = "media",
        /// Students.
        Students = "students",
        /// The general public.
        Public = "public",
    }
}

vocabulary! {
    /// The rank of a structured office ([`crate::Office`]): what the person is, worded by the
    /// locales with the institution they serve ("Deputy Minister" + "of Foreign Affairs").
    ///
    /// ```
    /// use communique_model::Rank;
    /// let r: Rank = serde_json::from_str(r#""director_general""#).unwrap();
    /// assert_eq!(r.message_id(), "rank-director_general");
    /// assert!(Rank::DeputyMinister.is_ministerial());
    /// ```
    Rank, prefix "rank" {
        /// Head of state.
        President = "president",
        /// Vice-president.
        VicePresident = "vice_president",
        /// Head of government.
        PrimeMinister = "prime_minister",
        /// Deputy head of government.
        DeputyPrimeMinister = "deputy_prime_minister",
        /// Minister (of the ministry `of` names).
        Minister = "minister",
        /// First deputy minister.
        FirstDeputyMinister = "first_deputy_minister",
        /// Deputy minister (vice-minister).
        DeputyMinister = "deputy_minister",
        /// Secretary of state within a ministry (Spain, Germany) or a ministry's executive
        /// secretary.
        StateSecretary = "state_secretary",
        /// Director general.
        DirectorGeneral = "director_general",
        /// Director (of a department).
        Director = "director",
        /// Deputy director.
        DeputyDirector = "deputy_director",
        /// Head of a unit or division.
        Head = "head",
        /// Ambassador.
        Ambassador = "ambassador",
        /// Chargé d'affaires.
        ChargeDAffaires = "charge_d_affaires",
        /// Consul general.
        ConsulGeneral = "consul_general",
        /// Consul.
        Consul = "consul",
        /// Honorary consul.
        HonoraryConsul = "honorary_consul",
        /// Counsellor (of an embassy, a ministry).
        Counsellor = "counsellor",
        /// First secretary.
        FirstSecretary = "first_secretary",
        /// Official spokesperson.
        Spokesperson = "spokesperson",
        /// Secretary general (of an organization).
        SecretaryGeneral = "secretary_general",
        /// Deputy secretary general.
        DeputySecretaryGeneral = "deputy_secretary_general",
        /// Chair or president of a body, chamber or association.
        Chair = "chair",
        /// Deputy chair.
        DeputyChair = "deputy_chair",
        /// Speaker of a parliament or chamber.
        Speaker = "speaker",
        /// Member (of a parliament, a group, a board).
        Member = "member",
        /// Senator.
        Senator = "senator",
        /// Adviser.
        Adviser = "adviser",
        /// Representative.
        Representative = "representative",
        /// Special representative.
        SpecialRepresentative = "special_representative",
        /// Dean of a faculty.
        Dean = "dean",
        /// Rector of a university.
        Rector = "rector",
        /// Curator of an exhibition.
        Curator = "curator",
        /// Governor (of a region).
        Governor = "governor",
        /// Mayor.
        Mayor = "mayor",
    }
}

impl Rank {
    /// True for the ranks a ministry's title words with its field ("Deputy *Foreign*
    /// Minister", ru "заместитель министра *иностранных дел*").
    pub fn is_ministerial(self) -> bool {
        matches!(
            self,
            Rank::Minister
                | Rank::FirstDeputyMinister
                | Rank::DeputyMinister
                | Rank::StateSecretary
        )
    }

    /// True for the ranks that name the person's state when no institution is given
    /// ("Ambassador of Kazakhstan", "President of Mexico").
    pub fn is_of_state(self) -> bool {
        matches!(
            self,
            Rank::President
                | Rank::VicePresident
                | Rank::PrimeMinister
                | Rank::DeputyPrimeMinister
                | Rank::Ambassador
                | Rank::ChargeDAffaires
                | Rank::ConsulGeneral
                | Rank::Consul
                | Rank::HonoraryConsul
                | Rank::Senator
        )
    }
}

impl PositionCode {
    /// The rank and body this code stands for, which a country's own title
    /// (`title-US-minister-foreign_ministry`) is looked up by.
    ///
    /// ```
    /// use communique_model::{Body, PositionCode, Rank};
    /// assert_eq!(
    ///     PositionCode::DeputyForeignMinister.office(),
    ///     (Rank::DeputyMinister, Some(Body::ForeignMinistry))
    /// );
    /// ```
    pub fn office(self) -> (Rank, Option<Body>) {
        let fm = Some(Body::ForeignMinistry);
        match self {
            PositionCode::President => (Rank::President, None),
            PositionCode::PrimeMinister => (Rank::PrimeMinister, None),
            PositionCode::ForeignMinister => (Rank::Minister, fm),
            PositionCode::FirstDeputyForeignMinister => (Rank::FirstDeputyMinister, fm),
            PositionCode::DeputyForeignMinister => (Rank::DeputyMinister, fm),
            PositionCode::Ambassador => (Rank::Ambassador, None),
            PositionCode::ConsulGeneral => (Rank::ConsulGeneral, None),
            PositionCode::HonoraryConsul => (Rank::HonoraryConsul, None),
            PositionCode::Spokesperson => (Rank::Spokesperson, fm),
            PositionCode::SpeakerOfParliament => (Rank::Speaker, Some(Body::Parliament)),
            PositionCode::MemberOfParliament => (Rank::Member, Some(Body::Parliament)),
        }
    }
}
