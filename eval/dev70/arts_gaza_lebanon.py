"""eval/dev70 items: Gaza, the West Bank, Lebanon and Israel (2021-2025).

UNOSAT's satellite counts, Gaza's ministries and civil defence, the missing under the rubble,
debris in tonnes, unexploded ordnance, UNRWA schools as shelters, towers, mosques, churches,
wells and treatment plants destroyed, tents and mobile homes, returns to the north, West Bank
demolitions, south Lebanon's villages, Beirut's southern suburbs, and rockets, missiles and
drones fired at Israel with the damage they did.
"""

from figset import F

F(
    "UNOSAT: most of Gaza's structures damaged or destroyed",
    "UNOSAT said its analysis of satellite imagery collected on {{8 July 2025}} showed "
    "[[about 193,000 structures|housing;a=UNOSAT]] in the Gaza Strip had been damaged or "
    "destroyed, around {{78%}} of all structures in the territory. The UN satellite centre said "
    "[[102,067|housing;u=structure;a=The UN satellite centre;alt=UNOSAT]] of them were "
    "destroyed, and estimated that "
    "[[about 192,800 housing units|housing;a=The UN satellite centre;alt=UNOSAT]] had been "
    "affected.",
)

F(
    "Gaza housing ministry counts 330,000 units damaged",
    "Gaza's public works and housing ministry said "
    "[[more than 330,000 housing units|housing;a=Gaza's public works and housing ministry]] had "
    "been damaged by Israeli bombardment since {{October 2023}}, "
    "[[61,000|housing;u=structure;a=Gaza's public works and housing ministry]] of them totally "
    "destroyed. The ministry said rebuilding homes alone would cost at least {{$15 billion}}.",
)

F(
    "Thousands believed buried under Gaza's rubble",
    "Gaza's civil defence said "
    "[[between 8,000 and 10,000 people|missing;a=Gaza's civil defence]] were believed to be "
    "buried under the rubble of destroyed homes, and that its crews had only "
    "[[a dozen bulldozers|other;u=other;a=Gaza's civil defence]] left working. Spokesman Mahmoud "
    "Basal said crews had pulled [[14 people|other;a=Spokesman Mahmoud Basal]] alive from a "
    "collapsed building in Jabalia on Tuesday and recovered "
    "[[27 bodies|killed;a=Spokesman Mahmoud Basal]].",
)

F(
    "UNEP: Gaza's debris could take 14 years to clear",
    "The UN Environment Programme estimated that the war had left "
    "[[about 39 million tonnes|other;a=The UN Environment Programme]] of debris in Gaza, or "
    "about {{107 kilograms per square metre}}, some of it contaminated with asbestos and "
    "unexploded munitions. Clearing it could take {{14 years}} with "
    "[[100 trucks|other;p;a=a UN assessment]] working full time, a UN assessment found.",
)

F(
    "Explosive remnants kill children in Gaza",
    "The UN Mine Action Service estimates that between {{5% and 10%}} of the munitions fired "
    "into Gaza failed to explode, and said its teams had marked "
    "[[more than 500 items|other;a=The UN Mine Action Service]] of unexploded ordnance since the "
    "ceasefire. Explosive remnants have killed [[at least 23 people|killed;a=UNICEF]] since "
    "January, [[eight of them children|killed;a=UNICEF]], UNICEF said.",
)

F(
    "UNRWA schools shelter a million people",
    "UNRWA said [[about 1 million displaced people|displaced;a=UNRWA]] were sheltering in or "
    "around [[154 UNRWA installations|capacity;u=structure;a=UNRWA]], most of them schools. It "
    "said [[188 school buildings|housing;a=UNRWA]] had been hit, some of them several times, "
    "and that [[more than 400 people|killed;a=UNRWA]] sheltering in them had been killed.",
)

F(
    "Gaza City towers brought down",
    "Gaza's government media office said Israeli forces had destroyed "
    "[[more than 50 residential towers|housing;u=structure;a=Gaza's government media office]] in "
    "Gaza City in {{two weeks}}, along with "
    "[[about 100 schools and mosques|housing;n=schools and mosques;"
    "a=Gaza's government media office]], and that "
    "[[about 1,600 families|displaced;a=Gaza's government media office]] had lost their homes. "
    "The military said the {{12-storey}} Mushtaha tower had been used by Hamas.",
)

F(
    "Hundreds of Gaza's mosques destroyed, ministry says",
    "Gaza's religious endowments ministry said "
    "[[814 mosques|housing;a=Gaza's religious endowments ministry]] had been completely "
    "destroyed and [[148|housing;u=structure;a=Gaza's religious endowments ministry]] badly "
    "damaged since the war began, along with "
    "[[three churches|housing;a=Gaza's religious endowments ministry]] and "
    "[[19 cemeteries|other;u=other;a=Gaza's religious endowments ministry]].",
)

F(
    "Bodies recovered from rubble after truce",
    "Civil defence crews recovered [[53 bodies|killed;a=Gaza's health ministry]] from under "
    "the rubble in the {{48 hours}} after the ceasefire took effect, Gaza's health ministry "
    "said, raising the war's death toll to [[47,035|killed;a=Gaza's health ministry]]. "
    "[[Hundreds of families|returned]] walked back into Rafah to look for their homes and for "
    "relatives.",
)

F(
    "Crowds stream north on Gaza's coastal road",
    "[[More than 300,000 people|returned;a=Gaza's government media office]] crossed into "
    "northern Gaza within {{48 hours}} of Israeli forces opening the Netzarim corridor, Gaza's "
    "government media office said, many of them on foot along the coastal road. The UN said "
    "[[about 135,000 tents|aid;p;a=The UN]] were needed in the north, where most homes are "
    "uninhabitable.",
)

F(
    "Israel counts damage in the north after Hezbollah fire",
    "Hezbollah rocket, missile and drone fire damaged "
    "[[about 9,000 buildings|housing;a=Israeli officials]] in northern Israel between "
    "{{October 2023}} and the {{November 2024}} ceasefire, Israeli officials said. "
    "[[About 60,000 residents|displaced]] of communities near the border were evacuated, and "
    "Kiryat Shmona, a city of [[about 22,000|civilians]], was almost emptied.",
)

F(
    "Survey finds south Lebanon border villages razed",
    "Lebanon's National Council for Scientific Research said satellite imagery showed "
    "[[more than 9,000 buildings|housing;a=Lebanon's National Council for Scientific Research]] "
    "in southern Lebanon had been destroyed or damaged, and "
    "[[at least 37 villages|housing;a=Lebanon's National Council for Scientific Research]] near "
    "the border largely razed. The World Bank estimated damage to housing at {{$2.8 billion}}, "
    "with [[about 99,000 housing units|housing;a=The World Bank]] partly or fully destroyed.",
)

F(
    "Strikes level buildings in Beirut's southern suburbs",
    "Israeli strikes levelled [[six buildings|housing;a=state media]] in Beirut's southern "
    "suburbs overnight after the military warned residents to leave, state media said. The "
    "Israeli military said it had struck "
    "[[about 30 targets|other;u=other;a=The Israeli military]] belonging to Hezbollah in the "
    "area. [[Tens of thousands of people|displaced]] have left the suburbs since the warnings "
    "began.",
)

F(
    "Lebanon's displaced head home after ceasefire",
    "IOM said [[about 557,000 people|returned;a=IOM]] had gone back to their areas of origin in "
    "Lebanon within {{two weeks}} of the ceasefire, many to villages where homes were damaged "
    "or destroyed, while [[about 100,000|displaced;a=IOM]] remained displaced. Lebanese "
    "authorities said [[more than 1,000 schools|capacity;a=Lebanese authorities]] had been "
    "used as collective shelters during the war.",
)

F(
    "Few hospitals still working in Gaza",
    "Only [[18|other;u=structure;a=the World Health Organization]] of Gaza's "
    "[[36 hospitals|other;a=the World Health Organization]] were even partially functioning, "
    "the World Health Organization said, with "
    "[[about 1,800 beds|other;a=the World Health Organization]] between them for a population "
    "of [[2.1 million|civilians;a=the World Health Organization]].",
)

F(
    "Israel says thousands of rockets fired in 11-day war",
    "Militants in Gaza fired [[about 4,360 rockets|other;a=the Israeli military]] at Israel "
    "during the {{11-day}} conflict in {{May 2021}}, "
    "[[around 680|other;u=other;a=the Israeli military]] of which fell short inside the Gaza "
    "Strip, the Israeli military said. Iron Dome intercepted about {{90%}} of those heading for "
    "populated areas, it said.",
)

F(
    "Iranian missiles leave tens of thousands of damage claims",
    "Iran fired [[about 550 ballistic missiles|other;a=Israeli officials]] and "
    "[[more than 1,000 drones|other;a=Israeli officials]] at Israel during the {{12-day}} war "
    "in {{June 2025}}, killing [[31 people|killed;a=Israeli officials]], Israeli officials "
    "said. Israel's Tax Authority said it had received "
    "[[more than 41,000 damage claims|other;u=other;a=Israel's Tax Authority]], most of them "
    "for homes, and that [[about 13,000 people|displaced;a=Israel's Tax Authority]] had been "
    "moved out of damaged buildings.",
)

F(
    "Arab plan prices Gaza's reconstruction",
    "The Arab plan for Gaza's reconstruction, endorsed at a summit in Cairo on "
    "{{4 March 2025}}, would cost {{$53 billion}} over {{five years}}, with a {{six-month}} "
    "early recovery phase. Egypt has said clearing rubble alone could take {{three years}}, and "
    "the World Bank has put physical damage at {{$29.9 billion}}.",
)

F(
    "Gaza needs shelter for over a million people",
    "The Shelter Cluster said [[about 1.1 million people|civilians;a=The Shelter Cluster]] in "
    "Gaza needed emergency shelter, and that aid groups had brought in "
    "[[about 120,000 tents|aid;a=The Shelter Cluster]] since the ceasefire. Egypt says it is "
    "ready to send [[60,000 mobile homes|capacity;p;a=Egypt]] and heavy machinery, but Israel "
    "has not let them in.",
)

F(
    "West Bank demolitions and camp raids displace thousands",
    "OCHA said Israeli authorities demolished "
    "[[more than 1,500 Palestinian structures|housing;a=OCHA]] in the West Bank and East "
    "Jerusalem in {{2024}}, displacing [[about 4,500 people|displaced;a=OCHA]]. Since "
    "{{January 2025}}, a military operation in the Jenin, Tulkarm and Nur Shams refugee camps "
    "has displaced [[about 40,000 Palestinians|displaced;a=the agency;alt=OCHA]], the agency "
    "said.",
)

F(
    "Hundreds killed on Lebanon's deadliest day",
    "The Israeli military said it struck "
    "[[more than 1,600 Hezbollah targets|other;u=other;a=The Israeli military]] across Lebanon "
    "on Monday. Lebanon's health ministry said [[558 people|killed;a=Lebanon's health ministry]] "
    "were killed, [[50 of them children|killed;a=Lebanon's health ministry]], and "
    "[[1,835|injured;a=Lebanon's health ministry]] wounded, the deadliest day since the "
    "{{1975-1990}} civil war.",
)

F(
    "Gaza's wells and treatment plants out of action",
    "Gaza's water authority said [[more than 700 water wells|other;a=Gaza's water authority]] "
    "had been destroyed or damaged since the war began, and that "
    "[[all six wastewater treatment plants|other;u=other;a=Gaza's water authority]] in the "
    "strip were out of service. UNICEF said [[about 1 million people|civilians;a=UNICEF]] were "
    "getting less than {{3 litres}} of water a day, far below the {{15 litres}} needed for "
    "drinking, cooking and washing.",
)
