//! Every word list copydesk reads, each once. A copy editor should be able to check any list
//! here at a glance: every entry is a word of news copy, and a miss costs only a weaker guess,
//! never a false alarm on its own. Lists of capitalised words are matched as written (`Sen`,
//! `Texas`); lists of ordinary words are matched in lower case (`said`, `officials`).
//!
//! Adding a word is adding it to one list here; `super::LEXICON` files every list under its class.

/// Titles and honorifics that stand before a name ("Sen. Ted Cruz", "President Donald Trump").
/// Stored without the full stop; `is_title` strips it.
pub(super) const TITLES: &str = "Mr Mrs Ms Miss Mx Dr Prof Professor Sen Senator Rep Representative Gov Governor Lt Lieutenant \
         Gen Col Colonel Maj Capt Captain Sgt Sergeant Adm Admiral Cmdr Commander Cpl Corporal Pvt \
         Rev Reverend Father Rabbi Imam Bishop Archbishop Cardinal Pope Sir Dame Lord Lady Queen Prince \
         Princess Sheikh Emir Sultan President Premier Minister Chancellor Secretary Speaker Mayor \
         Judge Justice Director Chairman Chairwoman Chairperson Ambassador Attorney Officer Detective \
         Det Inspector Insp Supt Superintendent Sheriff Deputy Commissioner Councilman Councilwoman \
         Councillor Councilor Councilmember Alderman Alderwoman Congressman Congresswoman Assemblyman \
         Assemblywoman Assemblymember Delegate Trooper \
         Coach Dean Chief CEO Leader Candidate Nominee Hon Atty Rt Sgt Spokesman Spokeswoman \
         Spokesperson Manager Founder Chair Pres";

/// Honorifics that mark a person on their own, even before a lone surname ("Mr. Charap").
pub(super) const HONORIFICS: &str = "Mr Mrs Ms Miss Mx Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Sgt Adm Cmdr Rev Sir Dame President Senator Governor Judge Justice Mayor Pope Sheikh";

/// Abbreviations that end in a full stop without ending the sentence: the stop is part of the
/// word ("Gen.", "Calif.", "U.S."). Listed without their last full stop.
pub(super) const ABBREVIATIONS: &str = "Mr Mrs Ms Mx Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Sgt Adm Cmdr Cpl Pvt Rev Det Insp Supt Hon \
         Atty Rt Jr Sr St Ft Mt Messrs Gens Reps Sens Govs No Inc Corp Co Ltd Bros Jan Feb Aug Sep Sept Oct Nov Dec \
         Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev \
         Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wisc Wyo \
         vs v Pres Ave Blvd approx est etc e.g i.e a.m p.m U.S U.K U.N D.C";

pub(super) const SUFFIXES: &str = "Jr Sr II III IV V";

/// Lower-case particles inside names ("Ludwig van Beethoven", "Osama bin Laden").
pub(super) const PARTICLES: &str =
    "van von de da der den del della di du la le bin ibn al el dos das ter ten zu abu";

pub(super) const PLACES: &str = "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan \
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

pub(super) const DEMONYMS: &str = "American Americans Russian Russians Ukrainian Ukrainians British Briton Britons English \
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

pub(super) const INSTITUTIONS: &str = "House Senate Congress Parliament Assembly Court Courts Party Department Ministry \
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

pub(super) const CALENDAR: &str = "January February March April May June July August September October November December \
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday \
    Sunday Christmas Easter Ramadan Eid Hanukkah Passover Thanksgiving Halloween Independence Labor \
    Memorial Veterans Valentine Diwali Spring Summer Autumn Fall Winter";

pub(super) const COMMON: &str = "The A An And But Or Nor So Yet For In On At By To From With Without Of Off Up Down Over \
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
pub(super) const GIVEN_NAMES: &str = "Aaron Abby Abdul Abdullah Abraham Adam Adrian Ahmed Ahmad Aisha Al Alan Albert \
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

/// Words worn before a name in a speaker's label: offices and portfolios, nationalities,
/// parties, trades ("U.S. President Donald Trump", "Health Secretary Matt Hancock", "Striker
/// Gary Lineker"). Attribution keeps them out of a speaker's name along with `TITLES`; the name
/// reader does not take them for titles, because they open as many names of things as of
/// people ("General Motors", "Major League", "Stephen King", "Labour Party").
#[rustfmt::skip]
pub(super) const LABELS_BEFORE_TITLES: &[&str] = &[
    "Sister", "Brother", "Vice", "Prime", "Executive", "General", "Major", "King", "Envoy", "Boss",
    "Assistant", "Associate", "Senior", "Former", "Acting", "Interim", "Labour", "Tory",
    "Conservative", "Democrat", "Democratic", "Republican", "Liberal", "GOP", "U.S.", "US", "UK",
    "U.K.", "UN", "EU", "Russian", "Ukrainian", "American", "British", "French", "German",
    "Chinese", "Japanese", "Israeli", "Iranian", "Indian", "Foreign", "Defence", "Defense", "Home",
    "Health", "Finance", "Trade", "Industry", "Education", "Culture", "Sports", "Sport", "Shadow",
    "State", "Treasury", "Commerce", "Energy", "Transport", "Environment", "Agriculture",
    "Interior", "Economy", "Economic", "Affairs", "Opposition", "Party", "Presidential", "Sens",
    "Reps", "Govs", "Mrs.", "Rev.", "Honourable", "Honorable", "Principal", "Head",
    "Co-founder", "Chief-Executive", "Analyst", "Economist", "Strategist", "Minority", "Majority",
    "Whip", "House", "Senate", "White", "Supreme", "Court", "Federal", "National", "Security",
    "Adviser", "Advisor", "Counselor", "Press", "Communications", "Campaign", "Chairman's",
    "Striker", "Midfielder", "Defender", "Goalkeeper", "Forward", "Winger", "Skipper", "Captain's",
    "Coach's", "Then", "Then-", "Vice-President", "Vice-Chairman", "Deputy-Director",
];

/// Capitalised words that start sentences or name days and months, never speakers. Not all of
/// `COMMON`: many of its words also open names a speaker has ("New Hampshire Republican", "Ban
/// Ki-moon", "Colin High"); read as never-speakers, 432 corpus quotes lost their speaker.
#[rustfmt::skip]
pub(super) const NOT_SPEAKERS: &[&str] = &[
    "The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With",
    "Without", "After", "Before", "When", "While", "Although", "Though", "Because", "As", "If",
    "Since", "Until", "During", "However", "Meanwhile", "Still", "Also", "Then", "Now", "Today",
    "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "These", "Those", "There", "Here",
    "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Its", "My", "Your",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Asked", "Speaking", "Writing", "According", "Earlier", "Later", "Separately",
    "Instead", "Indeed", "Reuters", "Reuter", "Many", "Some", "Several", "Most", "All", "Both",
    "Each", "Every", "Other", "Another", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
    "Eight", "Nine", "Ten", "Such", "What", "Who", "Why", "How", "Where", "Which", "Whether",
    "Not", "No", "Only", "Even", "Just", "Once", "Among", "Under", "Over", "About", "Against",
    "Between", "Into", "Through", "By", "Of", "To", "Like", "Unlike", "Despite", "Given", "Amid",
    "Following", "Including", "Nor", "Neither", "Either", "Whatever", "Moreover", "Furthermore",
    "Additionally", "Thus", "Therefore", "Hence", "Finally", "Ultimately", "Overall", "Perhaps",
    "Maybe", "Clearly", "Obviously", "Unfortunately", "Fortunately", "Notably", "Specifically",
    "Similarly", "Likewise", "Again", "Besides", "Otherwise", "Nonetheless", "Nevertheless", "Do",
    "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Can", "Could", "Would",
    "Should", "Please", "Let", "Pause", "Preceded", "Told", "Added", "Said",
];

/// Verbs that attach quoted words to a speaker, in every form a news story uses them.
#[rustfmt::skip]
pub(super) const CUE_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "added", "adds", "told", "tells", "tell", "asked", "asks",
    "wrote", "writes", "write", "insisted", "insists", "argued", "argues", "explained", "explains",
    "noted", "notes", "warned", "warns", "answered", "answers", "replied", "replies", "responded",
    "responds", "observed", "remarked", "fumed", "snapped", "scoffed", "bragged", "cracked",
    "interjected", "opined", "marveled", "marvelled", "gushed", "groused", "vented", "ranted",
    "scolded", "chided", "chiding", "challenged", "reasoned", "assured", "reassured", "sang", "sings",
    "chanted", "screamed", "cried", "sniped", "thanked", "thanks", "projects", "projected",
    "written", "remarks", "reveals", "recounts", "reflects", "muses", "commented", "revealed",
    "recounted", "reflected", "elaborated", "mused", "remembered", "blogged", "indicated",
    "signalled", "signaled", "recalled", "comments", "continued", "continues", "recalls",
    "cautioned", "urged", "urges", "maintained", "maintains", "contended", "contends",
    "acknowledged", "acknowledges", "conceded", "concedes", "admitted", "admits", "agreed",
    "agrees", "declared", "declares", "announced", "announces", "stated", "states", "testified",
    "claimed", "claims", "predicted", "predicts", "promised", "promises", "vowed", "vows",
    "pledged", "boasted", "complained", "complains", "lamented", "joked", "jokes", "quipped",
    "shouted", "yelled", "whispered", "muttered", "pleaded", "demanded", "demands", "countered",
    "counters", "retorted", "stressed", "stresses", "emphasized", "emphasised", "reiterated",
    "repeated", "suggested", "suggests", "speculated", "estimated", "confirmed", "confirms",
    "denied", "denies", "posted", "tweeted", "texted", "emailed", "described", "describes",
    "called", "calls", "dubbed", "labelled", "labeled", "branded", "dismissed", "termed",
    "characterized", "characterised", "hailed", "praised", "criticised", "criticized", "condemned",
    "accused", "blasted", "slammed", "attacked", "mocked", "ridiculed", "urging", "adding",
    "telling", "warning", "arguing", "insisting", "noting", "explaining", "asking", "calling",
    "describing", "writing", "declaring", "announcing", "reported", "reports", "wondered",
    "exclaimed", "concluded", "concludes", "pointed", "proclaimed", "reads", "read", "writ",
    "echoed", "chimed", "began", "begins", "went", "goes", "offered", "summed", "put", "puts",
    "quoted", "quotes", "cited", "cites", "tweets", "explain", "argue", "insist", "warn", "note",
    "add", "ask", "claim", "predict", "hinted", "hints", "barked", "snarled", "quip", "quips",
    "surmised", "asserted", "asserts", "spoke",
];

/// Cue verbs that attribute only the words after them (see `cue_only_before_quote`).
#[rustfmt::skip]
pub(super) const CUE_ONLY_BEFORE_QUOTE: &[&str] = &[
    "called", "calls", "calling", "dubbed", "labelled", "labeled", "branded", "termed",
    "described", "describes", "describing", "dismissed", "characterized", "characterised",
    "hailed", "praised", "criticised", "criticized", "condemned", "accused", "blasted", "slammed",
    "attacked", "mocked", "ridiculed", "quoted", "quotes", "cited", "cites", "put", "puts",
    "summed", "went", "goes", "began", "begins", "offered", "pointed", "chimed", "echoed",
    "writ",
];

/// Words a speaker description ends in: roles, institutions, groups.
#[rustfmt::skip]
pub(super) const SPEAKER_NOUNS: &[&str] = &[
    "broker", "brokers",
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official",
    "officials", "source", "sources", "analyst", "analysts", "company", "firm", "group",
    "statement", "report", "ministry", "department", "agency", "government", "minister",
    "president", "chairman", "chairwoman", "chair", "director", "executive", "chief",
    "spokeswomen", "police", "campaign", "aide", "aides", "lawyer", "lawyers", "attorney",
    "attorneys", "adviser", "advisers", "advisor", "advisors", "expert", "experts", "economist",
    "economists", "critics", "critic", "residents", "resident", "witness", "witnesses", "people",
    "person", "man", "woman", "members", "member", "leader", "leaders", "officer", "officers",
    "board", "committee", "council", "court", "judge", "bank", "union", "party", "administration",
    "office", "house", "senator", "governor", "mayor", "secretary", "manager", "managers",
    "researchers", "researcher", "study", "authorities", "organisers", "organizers", "supporters",
    "opponents", "protesters", "activists", "voters", "fans", "players", "coach", "team", "club",
    "letter", "filing", "lawsuit", "complaint", "memo", "document", "documents", "paper",
    "newspaper", "website", "magazine", "network", "channel", "release", "announcement", "survey",
    "poll", "index", "traders", "dealers", "bankers", "banks", "companies", "producers", "sellers",
    "buyers", "insiders", "diplomat", "diplomats", "commission", "commissioner", "regulator",
    "regulators", "watchdog", "ambassador", "envoy", "candidate", "nominee", "republicans",
    "democrats", "conservatives", "liberals", "tories", "reporters", "journalist", "journalists",
    "editor", "author", "authors", "writer", "professor", "scientist", "scientists", "doctor",
    "doctors", "parents", "mother", "father", "wife", "husband", "son", "daughter", "friend",
    "friends", "family", "neighbour", "neighbor", "victims", "victim", "owner", "owners",
    "founder", "boss", "ceo", "staff", "employees", "workers", "teachers", "students", "groups",
    "parent", "teacher", "student", "voter", "worker", "employee", "nurse", "farmer", "tenant",
    "homeowner", "shopkeeper", "commuter", "veteran", "retiree", "pastor", "trustee",
    "organisation", "organization", "institute", "foundation", "association", "federation",
    "corporation", "ministers", "lawmakers", "legislators", "congressman", "congresswoman",
    "representative", "senators", "governors", "mayors", "prosecutor", "prosecutors",
    "investigators", "detectives", "inspector", "sheriff", "spokesperson's", "tweet", "post",
    "message", "email", "article", "editorial", "op-ed", "column", "book", "speech", "interview",
    "ad", "advert", "video", "clip", "site", "blog", "account", "page", "says", "chancellor",
    "premier", "king", "queen", "prince", "pope", "general", "commander", "colonel", "captain",
    "sergeant", "lieutenant", "admiral", "nation", "state", "country", "city", "county", "town",
    "school", "university", "college", "hospital", "airline", "carrier", "maker", "makers",
    "producer", "operator", "retailer", "insurer", "lender", "utility", "exchange", "market",
    "markets", "fund", "investors", "investor", "shareholders", "holders", "customers",
    "consumers", "users", "readers", "viewers", "listeners", "audience", "crowd", "panel", "jury",
    "inquiry", "review", "audit", "auditor", "regime", "military", "army", "navy", "forces",
    "rebels", "militants", "insurgents", "militia", "observers", "monitors", "body", "bodies",
    "authority", "watchdogs", "unions", "parties", "clubs", "teams", "coalition", "alliance",
    "opposition", "cabinet", "parliament", "congress", "senate", "assembly", "legislature", "mp",
    "mps", "peer", "peers", "lord", "baroness", "candidates", "organiser", "organizer", "host",
    "presenter", "actor", "actress", "singer", "star", "designer", "architect", "engineer",
    "engineers", "pilot", "driver", "passenger", "passengers", "guard", "guards", "soldier",
    "soldiers", "trader", "dealer", "banker", "strategist", "strategists", "consultant",
    "consultants", "vice", "deputy", "head", "heads", "representatives", "delegates", "delegate",
    "counsel", "clerk", "treasurer",
];

/// Words that open a description of a speaker ("a spokeswoman", "the company", "two officials").
#[rustfmt::skip]
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "most",
    "other", "another", "both", "his", "her", "their", "its", "our", "this", "that", "these",
    "those", "each", "any", "no", "few",
];

/// Cue verbs whose object is the person spoken to or about, never the speaker: "told CNN's Jake
/// Tapper", "accused Clinton".
#[rustfmt::skip]
pub(super) const OBJECT_CUE_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "thanked", "thanks",
    "urged", "urges", "urging", "warned", "warns", "warning", "accused", "blasted", "slammed",
    "attacked", "mocked", "ridiculed", "praised", "hailed", "criticised", "criticized",
    "condemned", "scolded", "chided", "challenged", "assured", "reassured", "called", "calls",
    "calling", "dubbed", "labelled", "labeled", "branded", "termed", "described", "describes",
    "describing", "characterized", "characterised", "dismissed",
];

/// Verbs whose object is asked a question, and so speaks the answer ("Conroy asked Sanders
/// whether …").
/// "The DNC issued a statement": a verb and a document that put words out, so that the quote
/// paragraph after the sentence is the document's words, its subject's (conventions §2.10).
/// "reported": a cue for the quote beside it (`,” CBS News reported`), but a sentence it ends
/// reports facts, and lends no speaker to the quote paragraph after it.
pub(super) const REPORTING_VERBS: &[&str] = &["reported", "reports"];

/// Institution nouns for an organisation the draft may name ("the company said" after "Vodafone
/// reported …"), not for a document, a place or a crowd. Each is also an institution noun.
#[rustfmt::skip]
pub(super) const ORGANISATION_NOUNS: &[&str] = &[
    "company", "firm", "group", "ministry", "department", "agency", "campaign", "committee",
    "council", "bank", "union", "party", "club", "paper", "newspaper", "magazine", "network",
    "channel", "commission", "watchdog", "organisation", "organization", "institute",
    "foundation", "association", "federation", "corporation", "university", "airline", "carrier",
    "maker", "retailer", "insurer", "lender", "utility", "fund", "outlet", "station", "website",
];

/// Nouns for a newspaper, a broadcaster or a site, and words their names are made of ("Daily
/// News", "Sunday Telegraph", "Radio 1"): "the paper said" names an outlet, not the company the
/// story is about.
pub(super) const PRESS_NOUNS: &[&str] = &[
    "paper",
    "newspaper",
    "magazine",
    "network",
    "channel",
    "station",
    "outlet",
    "website",
];
pub(super) const PRESS_NAME_WORDS: &[&str] = &[
    "News",
    "Times",
    "Post",
    "Journal",
    "Telegraph",
    "Herald",
    "Tribune",
    "Guardian",
    "Mail",
    "Express",
    "Gazette",
    "Magazine",
    "Radio",
    "TV",
    "Television",
    "Press",
    "Observer",
    "Star",
    "Sun",
    "Mirror",
    "Independent",
    "Chronicle",
    "Review",
    "Daily",
    "Weekly",
    "Online",
];

/// Things words are written or printed on, whose words "a sign that read “…”" quotes: the
/// sign is their source.
#[rustfmt::skip]
pub(super) const WRITTEN_THINGS: &[&str] = &[
    "sign", "signs", "shirt", "shirts", "t-shirt", "t-shirts", "banner", "banners", "placard",
    "placards", "poster", "posters", "billboard", "billboards", "headline", "caption", "note",
    "card", "plaque", "sticker", "stickers", "hat", "hats", "button", "buttons", "message",
    "messages", "letter", "letters", "email", "e-mail", "emails", "e-mails", "tweet", "tweets",
    "post", "memo", "statement", "release", "ad", "advert", "slogan", "text", "mural", "flyer",
    "leaflet", "mailer",
];

/// Nouns for words someone said or wrote, whose owner speaks them: "her March comment that,
/// “…”", "Bill Clinton's stock answer then — “…”".
#[rustfmt::skip]
pub(super) const SAYING_NOUNS: &[&str] = &[
    "comment", "comments", "remark", "remarks", "answer", "words", "reply", "response", "retort",
    "quip", "line", "refrain", "catchphrase", "motto", "slogan", "mantra", "promise", "pledge",
    "warning", "advice", "verdict", "assessment", "explanation", "boast", "claim", "plea", "vow",
    "joke", "message", "tweet", "statement", "rejoinder", "reaction", "assertion", "complaint",
    "quote", "quotation",
];

/// Units and words of time that make a phrase opening a sentence one of time ("A few days
/// later,", "Two weeks ago,"), whose comma the sentence's subject follows.
pub(super) const TIME_WORDS: &[&str] = &[
    "later", "earlier", "ago", "minutes", "hours", "days", "weeks", "months", "years", "moments",
    "minute", "hour", "day", "week", "month", "year", "moment", "decades",
];

/// Words that join what follows to what came before ("and", "that", "there", "to"): after a
/// quote's last word they carry on the writer's sentence, where a possessive's noun would stand
/// (`…numerous times’ and against the law`, not `the Lib Dems’ sums`). With the subordinators and
/// prepositions of place and time.
pub(super) const JOINING_WORDS: &[&str] = &[
    "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "where", "there", "then",
    "to", "for", "of", "with", "by", "into", "than", "so",
];

/// Prepositions whose object the words were said to or for, never their speaker ("speaking to
/// Fox News said", "lobbies for a higher wage:"). Not "of", "with", "by" or those of place and
/// time, whose object often is the speaker ("with Gorka noting", "on Thursday Mr Blair said").
pub(super) const ADDRESSEE_PREPOSITIONS: &[&str] = &["to", "for", "against", "toward", "towards"];

/// "Reuters quoted an official as saying": verbs whose object, not subject, said the words.
pub(super) const QUOTING_VERBS: &[&str] = &["quoted", "quotes", "cited", "cites"];

/// The plain verbs of saying, whose subject is a speaker whatever its words ("The OECD said",
/// "The daily says"): the ones that end a description with no role noun in it.
pub(super) const SAYING_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "wrote", "writes", "reported", "reports", "added", "adds",
    "stated", "states", "noted", "notes",
];

/// "declined to comment", "did not respond", "could not be reached": a sentence that says its
/// subject gave no words, so that the quote after it is not theirs.
pub(super) const REFUSALS: &[&str] = &[
    "declined", "refused", "not", "didn't", "couldn't", "wasn't", "won't", "wouldn't", "never",
];
pub(super) const COMMENT_WORDS: &[&str] = &[
    "comment",
    "respond",
    "return",
    "answer",
    "reply",
    "reached",
    "available",
];

/// Works that carry titles: `its politics podcast, “So, That Happened.”` names a title, not
/// speech.
pub(super) const WORK_NOUNS: &[&str] = &[
    "podcast",
    "show",
    "book",
    "film",
    "movie",
    "song",
    "album",
    "episode",
    "series",
    "column",
    "newsletter",
    "program",
    "programme",
    "documentary",
    "play",
    "musical",
    "novel",
    "memoir",
    "poem",
    "single",
    "segment",
    "exhibition",
    "report",
    "essay",
    "speech",
    "project",
];

pub(super) const ASKING_VERBS: &[&str] = &["asked", "asks", "questioned", "pressed"];

/// Words that open a subordinate clause ("When Maddow pointed out …, Clinton said"): a person
/// named in one is not the one the sentence is about.
#[rustfmt::skip]
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "while", "whilst", "after", "before", "as", "because", "since", "if",
    "unless", "until", "although", "though", "once", "whereas",
];

/// Words that open a phrase of place or time ("In Washington, Obama said"), so that the
/// sentence's subject comes after the phrase. Not "for" or "to" ("For analyst Olivier
/// Beauvillain, the decision was an error"), whose phrase names whose view it is.
pub(super) const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "from",
    "during",
    "across",
    "inside",
    "outside",
    "throughout",
    "within",
    "near",
    "amid",
    "over",
    "since",
    "until",
    "around",
    "behind",
];

/// Adverbs and auxiliaries that sit between a speaker and the verb ("Trump later said", "she
/// has repeatedly warned").
#[rustfmt::skip]
pub(super) const VERB_FILLERS: &[&str] = &[
    "also", "later", "then", "once", "first", "has", "had", "have", "was", "is", "were", "are", "would",
    "will", "previously", "earlier", "recently", "repeatedly", "often", "again", "simply", "just",
    "only", "reportedly", "allegedly", "publicly", "privately", "famously", "yesterday", "today",
    "tonight", "flatly", "bluntly", "firmly", "quickly", "immediately", "subsequently", "further",
    "even", "still", "already", "never", "always", "frequently", "last", "has since", "did",
    "does", "do", "not", "could", "might", "may", "can", "should", "must", "being", "been",
    "angrily", "tearfully", "proudly", "candidly", "frankly", "openly", "memorably", "succinctly",
    "tersely", "curtly", "cheerfully",
];

/// Verbs after a capitalised run that make it a person ("Charap said", "Putin thinks"). Only
/// the verbs people are the subject of far more than anything else: with every cue verb here,
/// 68 corpus articles gained "people" such as "Lib Dems" and "Rust Belt" ("… echoed").
pub(super) const PERSON_VERBS: &str = "said says told added asked wrote explained noted argued warned stated tweeted insisted replied \
         responded continued recalled urged acknowledged admitted agreed declared announced testified \
         claimed predicted promised vowed pledged complained joked countered stressed suggested confirmed \
         denied posted thinks believes wants spoke";

/// Given names nearly always borne by men, as evidence of whom "he" stands for. Names worn by
/// both (Chris, Jordan, Dana, Jamie) are on neither gendered list: unknown matches either.
pub(super) const MALE_GIVEN_NAMES: &str = "Aaron Abdul Abdullah Abraham Adam Adrian Ahmed Ahmad Alan Albert Alberto \
    Alec Alexander Alexei Alexey Alfred Allen Alvin Andre Andreas Andrew Andrei Andrey Andy Angus Anthony \
    Antonio Antony Arnold Arthur Ayman Barack Barry Bashar Ben Benjamin Bernard Bernie Bill Billy Bob Bobby \
    Boris Brad Bradley Brandon Brent Brett Brian Bruce Bryan Carl Carlos Chad Charles Chuck Clarence Claude \
    Clint Colin Conor Craig Curtis Dan Daniel Danny Darren Dave David Dean Denis Dennis Derek Dick Dmitry \
    Dmitri Dominic Don Donald Doug Douglas Duncan Dylan Earl Ed Eddie Edgar Edward Edwin Eli Elijah Elliot \
    Elon Emmanuel Eric Erik Ernest Ethan Eugene Evan Felix Fernando Francisco Frank Franklin Fred Frederick \
    Gabriel Gareth Gary Gavin Geoffrey George Gerald Gerard Gerhard Giuseppe Glen Glenn Gordon Graham Greg \
    Gregory Gus Hakeem Hal Hank Hans Harold Harry Harvey Hassan Henry Herbert Howard Hugh Hugo Ian Igor Isaac \
    Ivan Jack Jacob Jake James Jared Jason Jeb Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John Johnny \
    Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Justin Karl Keith Ken Kenneth Kevin Kim Kurt Larry Lee \
    Leon Leonard Lewis Liam Luis Luke Marco Marcus Mario Mark Martin Marvin Matt Matthew Maurice Max Michael \
    Mike Mitch Mitt Mohamed Mohammed Muhammad Nathan Neil Nicholas Nick Nigel Noah Norman Oliver Omar Oscar \
    Owen Patrick Paul Pedro Peter Phil Philip Pierre Rahm Ralph Rand Randy Ray Raymond Reince Richard Rick \
    Rob Robert Roberto Rod Rodney Roger Ron Ronald Rory Roy Rudy Rupert Russell Ryan Sam Samuel Scott Sean \
    Sergei Sergey Seth Simon Stanley Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Todd Tom Tony \
    Trey Troy Tyler Vernon Victor Vincent Vladimir Walter Wayne Wesley William Willie Xi Yuri Zachary";

/// Given names nearly always borne by women.
pub(super) const FEMALE_GIVEN_NAMES: &str = "Abby Aisha Alexandra Alice Alicia Alison Allison Amanda Amber Amy Ana \
    Andrea Angela Angelina Anita Ann Anna Anne Annie April Audrey Barbara Beatrice Beth Betsy Betty Beverly \
    Bonnie Brenda Bridget Britney Caitlin Carla Carly Carmen Carol Caroline Carolyn Carrie Catherine Cathy \
    Cecilia Charlotte Chelsea Cheryl Christina Christine Cindy Claire Clara Claudia Connie Cristina Crystal \
    Cynthia Danielle Dawn Debbie Deborah Debra Diana Diane Donna Doris Dorothy Edith Eileen Elaine Eleanor \
    Elena Elizabeth Ella Ellen Emily Emma Erica Erin Esther Eva Evelyn Fatima Fiona Florence Frances Gail \
    Gina Giorgia Gloria Grace Hailey Hannah Harriet Heather Heidi Helen Hillary Hilary Ilhan Irene Isabel \
    Isabella Ivanka Jackie Jacqueline Jane Janet Janice Jean Jeanne Jennifer Jenny Jessica Jill Joan Joanna \
    Jodi Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Kathy Katie Kay Kayleigh Kelly \
    Kellyanne Kristen Laura Lauren Leslie Linda Lisa Lois Loretta Lori Lorraine Louise Lucy Lynn Madeleine \
    Margaret Maria Marie Marilyn Marion Martha Mary Maxine Megan Meghan Melania Melanie Melissa Michelle \
    Michele Mildred Miriam Molly Monica Nancy Naomi Natalie Nicola Nicole Nikki Nina Olga Olive Olivia Pamela \
    Patricia Paula Pauline Peggy Penny Phyllis Priscilla Rachel Rebecca Rita Roberta Rosa Rosalind Rose \
    Ruth Sally Samantha Sandra Sara Sarah Serena Sharon Sheila Shirley Sonia Sophie Stephanie Susan Suzanne \
    Sylvia Tamara Teresa Theresa Tina Tracy Valerie Vanessa Venus Veronica Victoria Virginia Wendy Yvonne Zoe";

/// Nouns that tell a person's sex ("the congresswoman", "his mother"), as evidence of whom "he"
/// and "she" stand for.
#[rustfmt::skip]
pub(super) const MALE_NOUNS: &[&str] = &[
    "man", "men", "father", "husband", "son", "brother", "uncle", "grandfather", "nephew", "boy",
    "spokesman", "chairman", "congressman", "businessman", "councilman", "alderman", "congressmen",
    "actor", "king", "prince", "duke", "lord", "sir", "widower", "boyfriend", "fiance", "dad",
    "monk", "priest", "grandson", "stepfather", "emperor",
];

#[rustfmt::skip]
pub(super) const FEMALE_NOUNS: &[&str] = &[
    "woman", "women", "mother", "wife", "daughter", "sister", "aunt", "grandmother", "niece",
    "girl", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
    "actress", "queen", "princess", "duchess", "lady", "dame", "widow", "girlfriend", "fiancee",
    "mom", "mum", "nun", "granddaughter", "stepmother", "empress", "baroness", "grandma", "heiress",
    "waitress",
];

/// Speaker nouns that name an institution, a group or a document, never one person: "the company
/// said" stays the company, while "the governor said" is a person the draft may name.
#[rustfmt::skip]
pub(super) const INSTITUTION_NOUNS: &[&str] = &[
    "company", "firm", "group", "statement", "report", "ministry", "department", "agency",
    "government", "police", "campaign", "board", "committee", "council", "court", "bank", "union",
    "party", "administration", "office", "house", "study", "team", "club", "letter", "filing",
    "lawsuit", "suit", "complaint", "memo", "document", "documents", "paper", "newspaper", "website",
    "magazine", "network", "channel", "release", "announcement", "survey", "poll", "index",
    "commission", "watchdog", "family", "organisation", "organization", "institute", "foundation",
    "association", "federation", "corporation", "tweet", "post", "message", "email", "article",
    "editorial", "op-ed", "column", "book", "speech", "interview", "ad", "advert", "video", "clip",
    "site", "blog", "account", "page", "nation", "state", "country", "city", "county", "town",
    "school", "university", "college", "hospital", "airline", "carrier", "maker", "producer",
    "operator", "retailer", "insurer", "lender", "utility", "exchange", "market", "fund", "panel",
    "jury", "inquiry", "review", "audit", "regime", "military", "army", "navy", "forces", "body",
    "authority", "coalition", "alliance", "opposition", "cabinet", "parliament", "congress",
    "senate", "assembly", "legislature", "pair", "couple", "duo", "two", "trio", "crowd",
    "audience", "outlet", "station", "brand", "bill", "law", "plan", "ruling", "order", "sign",
    "photo", "image", "picture", "caption", "footage", "map", "chart", "graphic", "ballot",
    "website's", "company's", "newspaper's", "statement's", "report's", "campaign's",
];

/// Words that lose their last letters to an apostrophe ("good ol’ boys", "rock an’ roll", "top
/// o’ the morning", "lil’"), so that the mark after them is no closing quotation mark.
pub(super) const CLIPPED_WORDS: &[&str] = &[
    "ol", "an", "n", "o", "th", "lil", "mo", "fo", "tho", "gon", "ma", "pa", "ya", "y",
];

/// Words that stand after an apostrophe for the letters they lose ("’til", "’em", "rock ’n’
/// roll", "’bot"), and the endings a line break or a markup split from their word ("Ireland's"
/// as "Ireland" and "'s"), so that the mark before them is no opening quotation mark.
pub(super) const ELISIONS: &[&str] = &[
    "n", "til", "em", "cause", "cos", "tis", "twas", "bout", "round", "nuff", "kay", "bot", "bots",
    "burbs", "s", "t", "d", "ll", "re", "ve", "m",
];
