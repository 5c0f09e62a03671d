//! Word lists that tell a person's name from the other capitalised words of news copy: titles
//! and honorifics, name particles and suffixes, places, demonyms, institutions, months, and the
//! common words that are capitalised only because they open a sentence or a headline.
//!
//! The lists are deliberately plain: every entry is a word a copy editor would recognise, and a
//! miss costs only a weaker guess, never a false alarm on its own.

use crate::text::{pack_short, PackedWords};

/// What a word is in the lists below. A word may be in several ("Georgia" is a place and a given
/// name; "Will" a common word and a given name), so the classes are bits of one set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Classes(u16);

impl Classes {
    pub const TITLE: Classes = Classes(1);
    pub const HONORIFIC: Classes = Classes(1 << 1);
    pub const ABBREVIATION: Classes = Classes(1 << 2);
    pub const SUFFIX: Classes = Classes(1 << 3);
    pub const PARTICLE: Classes = Classes(1 << 4);
    pub const NOT_PERSON: Classes = Classes(1 << 5);
    pub const CALENDAR: Classes = Classes(1 << 6);
    pub const COMMON: Classes = Classes(1 << 7);
    pub const GIVEN_NAME: Classes = Classes(1 << 8);
    pub const SPEECH_VERB: Classes = Classes(1 << 9);

    /// The classes read on the word without its full stop: "Sen." is a title, "Jr." a suffix,
    /// "Texas." a place.
    const READ_WITHOUT_STOP: Classes = Classes(
        Classes::TITLE.0
            | Classes::HONORIFIC.0
            | Classes::SUFFIX.0
            | Classes::NOT_PERSON.0
            | Classes::CALENDAR.0,
    );

    pub fn contains(self, class: Classes) -> bool {
        self.0 & class.0 != 0
    }

    /// Every class of `word` in one lookup (two for a word ending in a full stop): a name
    /// scanner asks several questions of each capitalised word.
    pub fn of(word: &str) -> Classes {
        let as_written = lookup(word);
        match word.strip_suffix('.') {
            Some(stem) => {
                let without_stop = lookup(stem);
                Classes(
                    (as_written.0 & !Classes::READ_WITHOUT_STOP.0)
                        | (without_stop.0 & Classes::READ_WITHOUT_STOP.0),
                )
            }
            None => as_written,
        }
    }
}

impl Classes {
    /// `of` for the word `text[start..end]` of ASCII letters and digits, with no full stop: read
    /// straight from the text, sixteen bytes at once, when the text goes on past the word.
    pub fn of_plain(text: &[u8], start: usize, end: usize) -> Classes {
        pack_short(text, start, end).map_or(Classes::default(), Classes::of_packed)
    }

    /// `of` for a word that `text::pack_short` packed as `key`.
    #[inline]
    pub fn of_packed(key: u128) -> Classes {
        Classes(LEXICON.get(key))
    }
}

/// Titles and honorifics that stand before a name ("Sen. Ted Cruz", "President Donald Trump").
/// Stored without the full stop; `is_title` strips it.
const TITLES: &str = "Mr Mrs Ms Miss Mx Dr Prof Professor Sen Senator Rep Representative Gov Governor Lt Lieutenant \
         Gen Col Colonel Maj Capt Captain Sgt Sergeant Adm Admiral Cmdr Commander Cpl Corporal Pvt \
         Rev Reverend Father Rabbi Imam Bishop Archbishop Cardinal Pope Sir Dame Lord Lady Queen Prince \
         Princess Sheikh Emir Sultan President Premier Minister Chancellor Secretary Speaker Mayor \
         Judge Justice Director Chairman Chairwoman Chairperson Ambassador Attorney Officer Detective \
         Det Inspector Insp Supt Superintendent Sheriff Deputy Commissioner Councilman Councilwoman \
         Councillor Councilor Congressman Congresswoman Assemblyman Assemblywoman Delegate Trooper \
         Coach Dean Chief CEO Leader Candidate Nominee Hon Atty Rt Sgt Spokesman Spokeswoman \
         Spokesperson Manager Founder Chair";

/// Honorifics that mark a person on their own, even before a lone surname ("Mr. Charap").
const HONORIFICS: &str = "Mr Mrs Ms Miss Mx Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Sgt Adm Cmdr Rev Sir Dame President Senator Governor Judge Justice Mayor Pope Sheikh";

/// Abbreviations that keep their full stop as part of the word.
const ABBREVIATIONS: &str = "Mr Mrs Ms Mx Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Sgt Adm Cmdr Cpl Pvt Rev Det Insp Supt Hon \
         Atty Rt Jr Sr St Ft Mt Messrs Gens Reps Sens Govs No Inc Corp Co Ltd Bros Jan Feb Aug Sep Sept Oct Nov Dec \
         Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev \
         Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wisc Wyo";

const SUFFIXES: &str = "Jr Sr II III IV V";

/// Lower-case particles inside names ("Ludwig van Beethoven", "Osama bin Laden").
const PARTICLES: &str =
    "van von de da der den del della di du la le bin ibn al el dos das ter ten zu abu";

/// Words after a name that make it a speaker ("Charap said", "Putin told").
const SPEECH_VERBS: &str = "said says told added asked wrote explained noted argued warned stated tweeted insisted replied \
         responded continued recalled urged acknowledged admitted agreed declared announced testified \
         claimed predicted promised vowed pledged complained joked countered stressed suggested confirmed \
         denied posted thinks believes wants spoke";

/// Every listed word with its classes, built when the program is compiled. Capitalised words
/// that are not people are places, demonyms, institutions and the words that name them,
/// calendar words, parties, media and common words that open sentences and headlines. A word
/// too long to pack (more than fifteen bytes) does not compile.
static LEXICON: PackedWords = PackedWords::new()
    .with_text(TITLES, Classes::TITLE.0)
    .with_text(HONORIFICS, Classes::HONORIFIC.0)
    .with_text(ABBREVIATIONS, Classes::ABBREVIATION.0)
    .with_text(SUFFIXES, Classes::SUFFIX.0)
    .with_text(PARTICLES, Classes::PARTICLE.0)
    .with_text(PLACES, Classes::NOT_PERSON.0)
    .with_text(DEMONYMS, Classes::NOT_PERSON.0)
    .with_text(INSTITUTIONS, Classes::NOT_PERSON.0)
    .with_text(CALENDAR, Classes::NOT_PERSON.0 | Classes::CALENDAR.0)
    .with_text(COMMON, Classes::NOT_PERSON.0 | Classes::COMMON.0)
    .with_text(GIVEN_NAMES, Classes::GIVEN_NAME.0)
    .with_text(SPEECH_VERBS, Classes::SPEECH_VERB.0);

fn lookup(word: &str) -> Classes {
    pack(word).map_or(Classes::default(), Classes::of_packed)
}

fn pack(word: &str) -> Option<u128> {
    pack_short(word.as_bytes(), 0, word.len())
}

pub(super) fn strip_stop(word: &str) -> &str {
    word.strip_suffix('.').unwrap_or(word)
}

pub(super) fn is_title(word: &str) -> bool {
    Classes::of(word).contains(Classes::TITLE)
}

pub(super) fn is_honorific(word: &str) -> bool {
    Classes::of(word).contains(Classes::HONORIFIC)
}

pub(super) fn is_abbreviation(word: &str) -> bool {
    Classes::of(word).contains(Classes::ABBREVIATION)
}

pub(super) fn is_particle(word: &str) -> bool {
    Classes::of(word).contains(Classes::PARTICLE)
}

pub(super) fn is_not_person(word: &str) -> bool {
    Classes::of(word).contains(Classes::NOT_PERSON)
}

pub(super) fn is_common(word: &str) -> bool {
    Classes::of(word).contains(Classes::COMMON)
}

pub(super) fn is_given_name(word: &str) -> bool {
    Classes::of(word).contains(Classes::GIVEN_NAME)
}

pub(super) fn is_speech_verb(word: &str) -> bool {
    Classes::of(word).contains(Classes::SPEECH_VERB)
}

const PLACES: &str = "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan \
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil \
    Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba \
    Cyprus Czech Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji \
    Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras \
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya \
    Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania \
    Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova \
    Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Holland \
    Nicaragua Niger Nigeria Macedonia Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines \
    Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia \
    Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga \
    Trinidad Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Vatican Venezuela \
    Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Ulster Crimea Donbas Donetsk Luhansk \
    Gaza Palestinian Tibet Xinjiang Kashmir Kurdistan Chechnya Siberia Balkans Baltic Baltics Caucasus \
    Europe Asia Africa America Americas Antarctica Arctic Atlantic Pacific Oceania Eurasia Scandinavia \
    Mediterranean Caribbean Gulf Persian Sahara Sahel Middle East West North South Northern Southern Eastern \
    Western Central Midwest Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida \
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan \
    Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota \
    Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Washington Wisconsin \
    Wyoming Puerto Rico Guam Manhattan Brooklyn Queens Bronx Harlem Chicago Boston Houston Dallas Denver \
    Atlanta Miami Seattle Detroit Phoenix Philadelphia Baltimore Cleveland Pittsburgh Milwaukee Minneapolis \
    Orleans Angeles Vegas Francisco Diego Antonio Jose Sacramento Austin Nashville Memphis Charlotte \
    Tampa Orlando Portland Honolulu Anchorage Albany Richmond Columbus Cincinnati Indianapolis Louisville \
    Omaha Tulsa Raleigh Charleston Savannah Hollywood Brussels London Paris Berlin Moscow Kyiv Kiev Beijing \
    Shanghai Tokyo Seoul Pyongyang Delhi Mumbai Karachi Islamabad Kabul Tehran Baghdad Damascus Beirut \
    Jerusalem Tel Aviv Cairo Riyadh Dubai Doha Ankara Istanbul Athens Rome Madrid Lisbon Dublin Edinburgh \
    Glasgow Cardiff Belfast Manchester Liverpool Birmingham Leeds Oxford Cambridge Vienna Prague Warsaw \
    Budapest Bucharest Sofia Belgrade Zagreb Minsk Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen \
    Amsterdam Geneva Zurich Milan Munich Frankfurt Hamburg Lyon Marseille Barcelona Havana Caracas Bogota \
    Lima Santiago Buenos Aires Brasilia Rio Sao Ottawa Toronto Montreal Vancouver Sydney Melbourne \
    Auckland Wellington Jakarta Manila Bangkok Hanoi Singapore Taipei Hong Kong Macau Nairobi Lagos Abuja \
    Johannesburg Pretoria Durban Kinshasa Khartoum Tripoli Tunis Algiers Rabat Addis Ababa Mogadishu \
    Davos Brexit Mosul Aleppo Raqqa Idlib Homs Fallujah Kandahar Sevastopol Odesa Odessa Kharkiv Mariupol \
    Bakhmut Kherson Zaporizhzhia Lviv Dnipro Sochi Munich Strasbourg Luxembourg Westminster Whitehall \
    Downing  Broadway  Capitol Potomac Pentagon Kremlin Elysee Quebec Ontario Alberta Columbia \
    Manitoba Saskatchewan Scotia Brunswick Newfoundland Bavaria Catalonia Sicily Sardinia Corsica Normandy \
    Provence Flanders Wallonia Yorkshire Lancashire  Essex Surrey Sussex Devon Cornwall Dorset \
    Merseyside Midlands Highlands Hamas Hezbollah Taliban Qaeda ISIS Islamic Isil Shia Sunni Kurds";

const DEMONYMS: &str = "American Americans Russian Russians Ukrainian Ukrainians British Briton Britons English \
    Scottish Scot Scots Welsh Irish French German Germans Italian Italians Spanish Spaniard Portuguese Dutch \
    Belgian Swiss Austrian Swedish Swede Swedes Norwegian Danish Dane Danes Finnish Finn Finns Polish Pole \
    Poles Czech Czechs Slovak Hungarian Hungarians Romanian Bulgarian Serbian Serb Serbs Croatian Croat \
    Greek Greeks Turkish Turk Turks Kurdish Kurd Armenian Georgian Azerbaijani Iranian Iranians Iraqi \
    Iraqis Syrian Syrians Lebanese Israeli Israelis Palestinians Jordanian Egyptian Egyptians Saudi Saudis \
    Emirati Qatari Yemeni Afghan Afghans Pakistani Pakistanis Indian Indians Chinese Japanese Korean \
    Koreans Taiwanese Vietnamese Thai Filipino Indonesian Malaysian Australian Australians Canadian \
    Canadians Mexican Mexicans Cuban Cubans Brazilian Brazilians Argentine Argentinian Chilean Colombian \
    Venezuelan Peruvian African Africans Nigerian Kenyan Ethiopian Somali Sudanese Libyan Tunisian \
    Algerian Moroccan European Europeans Asian Asians Arab Arabs Arabic Latino Latinos Latina Hispanic \
    Hispanics Jewish Jew Jews Muslim Muslims Christian Christians Catholic Catholics Protestant \
    Evangelical Evangelicals Mormon Hindu Hindus Buddhist Sikh Soviet Soviets Western Westerners \
    Republican Republicans Democrat Democrats Democratic Labour Tory Tories Conservative Conservatives \
    Liberal Liberals Libertarian Socialist Socialists Communist Communists  Greens Nazi Nazis \
    Californian Texan Texans Floridian Midwestern Southern Northern Eastern Asian Atlantic Baltic \
    Caucasian Celtic Nordic Slavic Latin Persian Yankee Yankees Londoner Parisian Muscovite";

const INSTITUTIONS: &str = "House Senate Congress Parliament Assembly Court Courts Party Department Ministry \
    Agency Administration Office Council Committee Commission Bank Corp Inc Co Ltd LLC Plc Group Company \
    Companies Holdings Industries Partners Capital Ventures Securities Investments Financial Insurance \
    University College School Academy Institute Institution Foundation Center Centre Association Society \
    Union Federation League Alliance Coalition Organization Organisation Movement Campaign Network Service \
    Services Board Bureau Authority Force Forces Army Navy Marine Marines Guard Police Command Corps \
    Reserve Fed Exchange Index Post Times News Journal Tribune Herald Gazette Telegraph Guardian Globe \
    Observer Mail Express Chronicle Review Magazine Press Radio Television TV Channel Media Daily Weekly \
    Street Avenue Road Boulevard Lane Square Park Bridge Airport Station Port Harbor Harbour Tower Towers \
    Building Plaza Hall Hotel Club Stadium Arena Church Cathedral Mosque Temple Hospital Clinic Museum \
    Gallery Library Theatre Theater Fund Trust Program Programme Project Initiative Plan Act Amendment \
    Constitution Treaty Accord Agreement Convention Summit Conference Forum Games Olympics Olympic Cup \
    Championship Championships Open Prix Series Awards Award Prize Oscars Oscar Grammy Grammys Emmy \
    Emmys Festival Day Week Year Era Age War Wars Revolution Empire Kingdom Republic Federal National \
    International Global United States Nations State City County Province Region District Borough \
    Village Town Township Island Islands River Lake Mountain Mountains Valley Bay Sea Ocean Coast Beach \
    Desert Forest Canyon Falls Peninsula Strait Channel Airlines Airways Air Motors Motor Energy Oil Gas \
    Petroleum Steel Pharmaceuticals Technologies Technology Systems Software Labs Communications \
    Telecom Entertainment Studios Pictures Records Productions Foods Stores Stanley Bros Bancorp Bancshares Trust \
    Mutual Life Credit Savings Loan Realty Properties Estate Mining Resources Chemical Chemicals Electric \
    Power Utilities Health Healthcare Medical Care Brands Global Worldwide Enterprises Associates Mobile \
    Google Facebook Twitter Apple Microsoft Amazon Netflix Tesla Uber Instagram YouTube TikTok WhatsApp \
    Reuters  CNN NBC ABC CBS  MSNBC BBC Breitbart Politico  Yahoo Nasdaq Dow \
    Boeing Airbus Disney Pfizer Moderna Goldman   Stanley  Fargo Citigroup Citi  \
    JPMorgan Barclays HSBC Lloyds Toyota Honda Nissan Volkswagen  Chrysler Chevrolet Walmart  \
    Obamacare Medicare Medicaid Internet Web Twitter Supreme Justice Affairs Security Defense Defence \
    Homeland Treasury Commerce Labor Education Energy Interior Transportation Agriculture Veterans Housing \
    Intelligence Health Human Rights Foreign Home Finance Economic Economy Trade Development Environment \
    Environmental Protection Communities Culture Sport Sports Digital Public Civil Liberties Democracy \
    Freedom Independence Liberty Victory Unity Progress Reform Action Change Future Labour Workers \
    Secret Special Royal Imperial Grand Great Golden Silver        \
         Oval Situation Cabinet Senate Capitol Chamber Commons Lords Bundestag \
    Duma Knesset Politburo Kremlin Pentagon Vatican Congressional Presidential Parliamentary Judiciary \
    Appropriations Oversight Armed Ways Means Rules Ethics Budget Finance Banking Caucus Primary Primaries \
    Convention Debate Debates Election Elections Poll Polls Survey Study Report Reports";

const CALENDAR: &str = "January February March April May June July August September October November December \
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday \
    Sunday Christmas Easter Ramadan Eid Hanukkah Passover Thanksgiving Halloween Independence Labor \
    Memorial Veterans Valentine Diwali Spring Summer Autumn Fall Winter";

const COMMON: &str = "The A An And But Or Nor So Yet For In On At By To From With Without Of Off Up Down Over \
    Under After Before During Since Until Till While When Where Why How What Who Whom Whose Which That \
    This These Those There Here Then Now Today Yesterday Tomorrow Tonight It Its He She They We I You His \
    Her Hers Their Theirs Our Ours My Mine Your Yours Him Them Us Me If As Also Although Though Because \
    Even Just Only Still Not No Yes All Any Some Many Much More Most Few Several Each Every Both Either \
    Neither Other Another Such Same First Second Third Fourth Fifth Last Next New Old Meanwhile However \
    Instead Indeed Despite Among Between Against About Above Below Across Through Throughout Within Into \
    Onto Upon Like Unlike Asked Said Says Say Told Tell Will Would Could Can Should Must Might Shall Is \
    Are Was Were Be Been Being Has Have Had Do Does Did Done Get Gets Got Let Lets Make Makes Made Take \
    Takes Took Give Gives Gave Go Goes Went See Sees Saw Come Comes Came Know Knows Knew Think Thinks \
    Thought Want Wants Wanted Look Looks Use Uses Used Find Finds Found Need Needs Keep Keeps Call Calls \
    Called Plans Plan Vows Slams Wins Win Won Loses Lose Lost Hits Hit Backs Back Faces Face Sets Set \
    Seeks Seek Urges Warns Warned Claims Claim Denies Says Reveals Admits Launches Unveils Blasts Rips \
    Mocks Attacks Attack Defends Defend Rejects Accepts Signs Signed Ends End Starts Start Opens Open \
    Closes Rises Rise Falls Drops Jumps Cuts Raises Puts Runs Leads Lead Joins Join Leaves Quits Fires \
    Hires Sues Sued Charged Killed Dies Died Dead Arrested Jailed Freed Fined Banned Bans Ban Why Here's \
    What's It's That's There's Who's Don't Doesn't Didn't Isn't Aren't Wasn't Weren't Can't Won't Wouldn't \
    Couldn't Shouldn't I'm I've I'll I'd We're We've We'll They're They've You're You've He's She's Let's \
    Oh Ah Well Yes Okay OK Please Thank Thanks Sorry Hello Hi Dear Sir Madam Ladies Gentlemen Good Bad  \
    Better Worse Worst Big Small   Short High Low Top Bottom Full Half Whole Real True False Right \
    Left Free Fair  Early Late Recent Recently Current Currently Former Future Past Present  Minor \
    Key Main Chief Senior Junior Deputy Acting Interim General Special Official Officials Sources Source \
    Experts Analysts Critics Supporters Voters People Police Authorities Residents Members Leaders Lawmakers \
    Democrats Republicans One Two Three Four Five Six Seven Eight Nine Ten Hundred Thousand Million Billion \
    Mr Mrs Ms Dr Everyone Everybody Nobody Someone Somebody Anyone Anything Something Nothing Everything \
    Whatever Whoever Wherever Whenever Although Unless Whether Once Twice Again Already Almost Always \
    Never Often Sometimes Perhaps Maybe Probably Certainly Clearly Obviously Finally Eventually Meanwhile \
    Moreover Furthermore Nevertheless Nonetheless Otherwise Therefore Thus Hence Still Yet Rather Quite \
    Very Too Enough Less Least Own Further Far Near Next Per Via Vs Versus Except Including Included \
    According Following Regarding Concerning Given Considering Speaking Asked Asking Citing Noting Adding \
    Saying Calling Describing Referring Responding Writing Announcing Explaining Breaking Update Updated \
    Editor Editors Note Watch Read Listen Click Share Comment Comments Photo Photos Video Videos Image \
    Getty Images AP AFP Story Stories Related Advertisement Sponsored Subscribe Sign Login Search Menu \
    Home Opinion Analysis Politics Business Tech Technology Science Health Sport Sports Entertainment \
    Culture Style Travel Food World Local Weather Nation National Breaking Live Latest Exclusive Special \
    Chapter Part Section Page Figure Table Appendix Act Article Title Rule Law Bill Order Executive \
    Legislative Judicial God Lord Jesus Christ Allah Bible Koran Quran Gospel Heaven Hell Internet";

/// Common given names, as evidence that a capitalised pair is a person rather than a place or a
/// company. Absence proves nothing.
const GIVEN_NAMES: &str = "Aaron Abby Abdul Abdullah Abraham Adam Adrian Ahmed Ahmad Aisha Al Alan Albert \
    Alberto Alec Alex Alexander Alexandra Alexei Alexey Alexis Alfred Ali Alice Alicia Alison Allen Allison \
    Alvin Amanda Amber Amy Ana Andre Andrea Andreas Andrew Andrei Andrey Andy Angel Angela Angelina Angus \
    Anita Ann Anna Anne Annie Anthony Antonio Antony April Arnold Arthur Ashley Audrey Ayman Barack Barbara \
    Barry Bashar Beatrice Ben Benjamin Bernard Bernie Beth Betsy Betty Beverly Bill Billy Bob Bobby Bonnie \
    Boris Brad Bradley Brandon Brenda Brett Brian Bridget Britney Bruce Bryan Caitlin Cameron Carl Carla \
    Carlos Carly Carmen Carol Caroline Carolyn Carrie Catherine Cathy Cecilia Chad Charles Charlie Charlotte \
    Chelsea Cheryl Chris Christian Christina Christine Christopher Chuck Cindy Claire Clara Clarence Claude \
    Claudia Clint Cody Colin Connie Conor Corey Craig Cristina Crystal Curtis Cynthia Dale Dan Dana Daniel \
    Danielle Danny Darren Dave David Dawn Dean Debbie Deborah Debra Denis Dennis Derek Diana Diane Dick \
    Dmitry Dmitri Dominic Don Donald Donna Doris Dorothy Doug Douglas Duncan Dylan Earl Ed Eddie Edgar \
    Edith Edward Edwin Eileen Elaine Eleanor Elena Eli Elijah Elizabeth Ella Ellen Elliot Elon Emily Emma \
    Emmanuel Eric Erica Erik Erin Ernest Esther Ethan Eugene Eva Evan Evelyn Fatima Felix Fernando Fiona \
    Florence Frances Francis Francisco Frank Franklin Fred Frederick Gabriel Gail Gareth Gary Gavin Gene \
    Geoffrey George Georgia Gerald Gerard Gerhard Gina Giorgia Giuseppe Glen Glenn Gloria Gordon Grace Graham \
    Greg Gregory Gus Hailey Hakeem Hal Hank Hannah Hans Harold Harriet Harry Harvey Hassan Heather Heidi \
    Helen Henry Herbert Hillary Hilary Howard Hugh Hugo Hunter Ian Igor Ilhan Irene Isaac Isabel Isabella \
    Ivan Ivanka Jack Jackie Jackson Jacob Jacqueline Jake James Jamie Jan Jane Janet Janice Jared Jason \
    Javier Jay Jean Jeb Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jill Jim Jimmy Jo \
    Joan Joanna Joanne Joe Joel John Johnny Jon Jonathan Jordan Jorge Jose Joseph Josh Joshua Joy Joyce \
    Juan Judith Judy Julia Julian Julie Justin Kamala Karen Karl Kate Katherine Kathleen Kathryn Kathy Katie \
    Kay Keir Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirk Kristen Kurt Kyle Lance Larry Laura Lauren \
    Lawrence Leah Lee Leo Leon Leonard Leslie Lewis Liam Lily Linda Lindsay Lindsey Lisa Liz Lois Lori \
    Louis Louise Lucas Lucy Luis Luke Lynn Madeleine Maggie Malcolm Mandy Marc Marco Marcus Margaret Maria \
    Marie Marilyn Mario Marion Marjorie Mark Marsha Martha Martin Marvin Mary Matt Matthew Maureen Max \
    Maxine Megan Melania Melissa Michael Michel Michele Michelle Miguel Mike Mikhail Mildred Mitch Mitt \
    Mohamed Mohammad Mohammed Muhammad Monica Nadia Nancy Naomi Narendra Natalie Nathan Neil Nicholas Nick \
    Nicola Nicolas Nicole Nigel Nikki Nina Noah Norman Olga Oliver Olivia Omar Oscar Owen Pablo Pam Pamela \
    Pat Patricia Patrick Paul Paula Pedro Peggy Penny Pete Peter Phil Philip Phillip Pierre Priti Rachel \
    Rahul Ralph Rand Randy Raul Ray Raymond Rebecca Recep Reince Rex Richard Rick Rishi Rita Rob Robert \
    Roberto Robin Rod Roger Ron Ronald Ronny Rose Ross Roy Ruby Rudy Russell Ruth Ryan Sadiq Sally Sam \
    Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Seth Shannon Sharon Shawn Sheila \
    Shirley Sidney Silvio Simon Sofia Sophia Sophie Stacey Stanley Stephanie Stephen Steve Steven Stuart \
    Susan Suzanne Sylvia Tammy Tanya Ted Teresa Terry Theresa Thomas Tim Timothy Tina Todd Tom Tommy Tony \
    Tracy Travis Trevor Troy Tucker Tyler Valerie Vanessa Vernon Veronica Victor Victoria Vince Vincent \
    Viktor Virginia Vivian Vladimir Volodymyr Walter Wanda Warren Wayne Wendy Wesley Willard William Willie \
    Xi Yulia Yusuf Zach Zachary Zoe Angela Theresa Nicolas Jacinda Justin Shinzo Fumio Yoshihide Moon \
    Kim Benjamin Naftali Yair Emmanuel Francois Jacques Gordon Tony Jeremy Nicola Ed Kwasi Liz Dominic";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_every_class_of_every_list_it_is_in() {
        let georgia = Classes::of("Georgia");
        assert!(georgia.contains(Classes::NOT_PERSON));
        assert!(georgia.contains(Classes::GIVEN_NAME));
        assert!(!georgia.contains(Classes::TITLE));
        assert!(Classes::of("May").contains(Classes::CALENDAR));
        assert!(Classes::of("said").contains(Classes::SPEECH_VERB));
        assert_eq!(Classes::of("Charap"), Classes::default());
    }

    #[test]
    fn every_listed_word_is_found_in_the_packed_table() {
        for list in [
            TITLES,
            HONORIFICS,
            ABBREVIATIONS,
            SUFFIXES,
            PARTICLES,
            PLACES,
            DEMONYMS,
            INSTITUTIONS,
            CALENDAR,
            COMMON,
            GIVEN_NAMES,
            SPEECH_VERBS,
        ] {
            for word in list.split_whitespace() {
                assert!(pack(word).is_some(), "{word} is too long to pack");
                assert_ne!(lookup(word), Classes::default(), "{word}");
            }
        }
        assert_eq!(lookup(""), Classes::default());
        assert_eq!(lookup("Mr\0"), Classes::default());
        assert_eq!(lookup("Extraordinarily-long"), Classes::default());
    }

    #[test]
    fn abbreviations_open_with_a_capital() {
        // The name scanner relies on it: a full stop after a lower-case word ends a sentence.
        for word in ABBREVIATIONS.split_whitespace() {
            assert!(word.starts_with(|c: char| c.is_ascii_uppercase()), "{word}");
        }
    }

    #[test]
    fn titles_and_places_are_read_without_their_full_stop_and_abbreviations_with_it() {
        assert!(Classes::of("Sen.").contains(Classes::TITLE));
        assert!(Classes::of("Sen").contains(Classes::TITLE));
        assert!(Classes::of("Jr.").contains(Classes::SUFFIX));
        assert!(Classes::of("Texas.").contains(Classes::NOT_PERSON));
        assert!(Classes::of("Sen").contains(Classes::ABBREVIATION));
        assert!(!Classes::of("Sen.").contains(Classes::ABBREVIATION));
        assert!(!Classes::of("The.").contains(Classes::COMMON));
    }
}
