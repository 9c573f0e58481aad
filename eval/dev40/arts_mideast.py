"""dev40 excerpts: the Middle East and North Africa."""

from figset import F

F(
    "Gaza toll passes 44,000",
    "The death toll in Gaza has risen to [[more than 44,000|killed;a=the territory's health ministry]], the territory's health ministry said on Tuesday, adding that [[104,268 people|injured;a=the territory's health ministry]] had been wounded since {{October 7, 2023}}. "
    "[[Thousands more|missing;n=-]] are believed to be buried under rubble.",
)

F(
    "Most of Gaza displaced",
    "[[About 1.9 million people|displaced;a=UNRWA]], or {{about 90%}} of Gaza's population, have been displaced since the war began, many of them several times, UNRWA said. "
    "[[Some 1.4 million|displaced]] are now crammed into Rafah, a city that had [[about 275,000 residents|civilians]] before the war.",
)

F(
    "Aid trucks into Gaza fall",
    "An average of [[76 aid trucks a day|aid;a=the UN]] entered Gaza in October, the UN said, compared with [[500 a day|aid;a=the UN;u=other]] before the war. "
    "Aid groups say [[at least 600 trucks a day|aid;p;a=Aid groups]] are needed.",
)

F(
    "Strike on Gaza City school shelter",
    "An Israeli strike on a school sheltering displaced families in Gaza City killed [[at least 22 people|killed;a=civil defence officials]], including [[13 children|killed;a=civil defence officials]], civil defence officials said. "
    "The military said it had targeted a Hamas command centre inside the school, which housed [[about 3,000 displaced people|displaced;a=The military]].",
)

F(
    "Jenin camp emptied",
    "Israeli forces have killed [[12 Palestinians|killed;a=the Palestinian health ministry]] in Jenin since the operation began {{a week ago}}, the Palestinian health ministry said. "
    "UNRWA said [[about 20,000 residents|displaced;a=UNRWA]] had fled the camp, and [[at least 100 homes|housing;a=UNRWA]] had been destroyed by bulldozers.",
)

F(
    "West Bank detentions",
    "Israeli forces have detained [[more than 10,000 Palestinians|arrested;a=Palestinian prisoner groups]] in the West Bank since the war in Gaza began, according to Palestinian prisoner groups, [[about 3,400|arrested;a=Palestinian prisoner groups]] of them held without charge.",
)

F(
    "Four hostages freed in Nuseirat raid",
    "Israeli special forces freed [[four hostages|kidnapped;a=the military]] in a daytime raid in Nuseirat, the military said. "
    "The Gaza health ministry said [[274 Palestinians|killed;a=The Gaza health ministry]] were killed and [[almost 700|injured;a=The Gaza health ministry]] wounded in the operation.",
)

F(
    "Lebanon displacement",
    "[[More than 1.2 million people|displaced;a=Prime Minister Najib Mikati;alt=Najib Mikati]] have fled their homes in Lebanon since Israel stepped up its strikes, Prime Minister Najib Mikati said. "
    "[[About 190,000|displaced]] are sleeping in [[973 shelters|capacity]], most of them public schools, and [[tens of thousands|displaced]] have crossed into Syria.",
)

F(
    "Convoys head back to south Lebanon",
    "[[Tens of thousands of people|returned]] drove back towards southern Lebanon on Wednesday, hours after a ceasefire took effect at {{4 a.m.}} local time. "
    "The army said it had deployed [[about 5,000 soldiers|combatants;a=The army]] south of the Litani river.",
)

F(
    "Syrians return after fall of Assad",
    "[[More than 500,000 Syrians|returned;a=UNHCR]] have come home from abroad since {{December 8}}, UNHCR said, and [[about 1.2 million displaced people|returned;a=UNHCR]] have gone back to their areas inside the country. "
    "The agency says [[about 1.5 million|returned;p;a=The agency;alt=UNHCR]] more could return by the end of the year.",
)

F(
    "Killings on the Syrian coast",
    "Security forces and allied fighters killed [[more than 1,000 civilians|killed;a=the Syrian Observatory for Human Rights]], most of them Alawites, in {{three days}} of violence on the coast, the Syrian Observatory for Human Rights said. "
    "[[Thousands of families|displaced]] crossed into northern Lebanon. "
    "The interior ministry said [[more than 230 members of the security forces|killed;a=The interior ministry;n=members]] had died in the fighting.",
)

F(
    "Sweida clashes displace thousands",
    "Clashes between Druze fighters and Bedouin tribes in Sweida province have killed [[more than 350 people|killed;a=a war monitor]], a war monitor said, and [[about 87,000 people|displaced;a=the IOM]] have been displaced, according to the IOM.",
)

F(
    "Houthis hold UN staff",
    "Houthi authorities are holding [[23 UN staff|arrested;a=the UN]], some of them for {{more than three years}}, the UN said on Monday, after [[eight more employees|arrested;a=the UN]] were detained in Saada last week.",
)

F(
    "Hodeidah floods",
    "Flash floods in Yemen's Hodeidah province killed [[at least 45 people|killed;a=the IOM]] and damaged or destroyed [[more than 1,200 shelters|housing;a=the IOM]] in displacement sites, the IOM said. "
    "[[About 34,000 people|civilians]] were affected.",
)

F(
    "Yazidis still in Dohuk camps",
    "[[About 135,000 Yazidis|displaced;a=the Kurdish regional government]] still live in [[15 camps|capacity;a=the Kurdish regional government]] in Dohuk, the Kurdish regional government said, a decade after Islamic State overran Sinjar. "
    "[[Some 2,700 families|returned;a=the migration ministry]] went back to Sinjar this year, according to the migration ministry in Baghdad.",
)

F(
    "Iran executions",
    "Iran executed [[at least 975 people|killed;a=the Oslo-based group Iran Human Rights;alt=Iran Human Rights]] in {{2024}}, the Oslo-based group Iran Human Rights said, the highest number since {{2015}}. "
    "[[At least 31|killed;a=the Oslo-based group Iran Human Rights;alt=Iran Human Rights]] of them were women, it said.",
)

F(
    "Iran protest arrests",
    "Iranian security forces have arrested [[more than 14,000 people|arrested;a=the UN human rights office]] during {{two months}} of protests, the UN human rights office said, and killed [[at least 326|killed;a=the UN human rights office]], including [[43 children|killed;a=the UN human rights office]].",
)

F(
    "Turkey quake survivors in tents",
    "{{Eight months}} after the earthquakes, [[more than 690,000 people|displaced;a=the disaster agency AFAD;alt=AFAD]] still live in tents and container cities in southern Turkey, the disaster agency AFAD said. "
    "The government has promised to build [[319,000 homes|housing;p;a=The government]] within a year.",
)

F(
    "Sudanese in Egypt",
    "[[About 1.5 million Sudanese|displaced;a=Egyptian officials]] have entered Egypt since the war began, Egyptian officials said, though only [[about 600,000|displaced;a=the agency;alt=UNHCR]] have registered with UNHCR, the agency said.",
)

F(
    "Iranian missiles hit Beersheba",
    "An Iranian missile struck a hospital in Beersheba and nearby homes on Thursday, Israel's rescue service Magen David Adom said, wounding [[71 people|injured;a=Israel's rescue service Magen David Adom;alt=Magen David Adom]]. "
    "[[Four people|killed]] were killed in a separate strike on Tel Aviv. "
    "Israel's health ministry said [[more than 3,000 people|injured;a=Israel's health ministry]] had been treated since the start of the conflict.",
)

F(
    "Migrant boat sinks off Sfax",
    "[[At least 27 migrants|killed;a=the Tunisian coast guard]] drowned when their boat sank off Sfax, the Tunisian coast guard said, and [[83|other;a=the Tunisian coast guard]] were rescued. "
    "The boat had left with [[about 120 people|displaced]] on board.",
)

F(
    "Baghdad hospital fire",
    "A fire in the coronavirus ward of Baghdad's Ibn al-Khatib hospital killed [[82 people|killed;a=the interior ministry]] and injured [[110|injured;a=the interior ministry]], the interior ministry said. "
    "Officials said an oxygen cylinder exploded shortly after {{10 p.m.}}",
)

F(
    "Saudi budget",
    "Saudi Arabia expects a deficit of {{$27 billion}} in {{2025}}, the finance ministry said, about {{2.3%}} of gross domestic product, with spending set at {{1.28 trillion riyals}}.",
)

F(
    "Gaza aid distribution deaths",
    "[[At least 31 people|killed;a=the Gaza health ministry]] were killed and [[more than 170|injured;a=the Gaza health ministry]] wounded near an aid distribution site in Rafah early on Sunday, the Gaza health ministry said. "
    "Crowds had gathered before {{5 a.m.}} to collect food parcels.",
)

F(
    "Water trucked to Gaza shelters",
    "UNICEF said it was trucking [[about 1.6 million litres|aid;a=UNICEF]] of water a day to shelters in central Gaza and had handed out [[45,000 hygiene kits|aid;a=UNICEF]] to displaced families in Deir al-Balah.",
)

F(
    "Syrians crossing from Lebanon",
    "[[More than 420,000 people|displaced;a=the Syrian government and UNHCR]], most of them Syrians, have crossed from Lebanon into Syria since late September, according to the Syrian government and UNHCR. "
    "At the Masnaa crossing, [[about 7,000 people|displaced]] were crossing each day on foot after a strike cut the road.",
)

F(
    "Aleppo offensive",
    "Rebels who seized much of Aleppo in a lightning offensive killed [[dozens of government soldiers|killed;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human Rights said, and [[about 48,500 people|displaced;a=the UN]] fled the fighting in northwest Syria, according to the UN.",
)

F(
    "Yemen cholera",
    "Yemen has recorded [[more than 250,000 suspected cholera cases|other;a=the World Health Organization]] this year and [[861 associated deaths|killed;a=the World Health Organization]], the World Health Organization said.",
)

F(
    "Israeli settlers attack West Bank village",
    "Israeli settlers set fire to [[at least 20 homes|housing;a=the Palestinian Red Crescent]] and [[15 cars|other;a=the Palestinian Red Crescent]] in the village of Huwara, and [[about 100 people|injured;a=the Palestinian Red Crescent]] were treated, mostly for tear gas inhalation, the Palestinian Red Crescent said.",
)

F(
    "Tel Aviv stabbing",
    "A Palestinian attacker stabbed [[four people|injured;a=police]] at a bus stop in Tel Aviv on Thursday before being shot, police said. "
    "The victims included a woman {{aged 70}} and a man in his {{20s}}.",
)

F(
    "Libya clashes in Tripoli",
    "Clashes between rival armed groups in Tripoli killed [[at least 55 people|killed;a=the emergency medicine centre]] and wounded [[146|injured;a=the emergency medicine centre]], the emergency medicine centre said. It said [[234 families|displaced;a=the emergency medicine centre]] had been evacuated from the front lines.",
)
