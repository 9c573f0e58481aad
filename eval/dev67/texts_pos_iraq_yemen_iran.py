"""Positives: Iraq and the Kurdistan Region, Yemen and the Red Sea, Iran (the 2022 protests and
the strikes of 2024 and 2025).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

POSITIVES = [
    (
        "Iraqi forces push into Mosul's Old City as Islamic State makes last stand",
        "Iraqi counter-terrorism troops advanced into the narrow lanes of Mosul's Old City on "
        "Sunday, fighting Islamic State militants from house to house, commanders said. The "
        "militants were using snipers, car bombs and small drones dropping grenades to slow "
        "the advance. Aid groups estimated that 100,000 civilians were still trapped in the "
        "district, and residents who escaped said the militants were holding families in "
        "buildings as human shields. Commanders said the militants held less than two square "
        "kilometres of the city.",
        "B M E V",
        "battle",
    ),
    (
        "Iraqi forces take Kirkuk oil fields as Peshmerga pull back",
        "Iraqi government forces and Shi'ite paramilitaries took control of the Kirkuk "
        "governorate building, the K1 military base and nearby oil fields on Monday, after "
        "Kurdish Peshmerga withdrew following brief clashes south of the city. Thousands of "
        "Kurdish residents fled Kirkuk toward Erbil and Sulaimani, jamming the roads. The "
        "Kurdistan Region's security council called the move a declaration of war.",
        "B M D",
        "military operation",
    ),
    (
        "Iranian missiles hit Erbil, killing businessman and his baby daughter",
        "Iran's Revolutionary Guards said they fired ballistic missiles at what they called "
        "an Israeli spy headquarters in Erbil late on Monday, and the Kurdistan Region "
        "Security Council said the missiles struck the house of a prominent Kurdish "
        "businessman near the city, killing him, his 11-month-old daughter and two other "
        "people. Baghdad recalled its ambassador from Tehran.",
        "E",
        "missile strike",
    ),
    (
        "Drones hit oil fields in Kurdistan Region, halting output",
        "Explosive-laden drones struck the Sarsang and Khurmala oil fields in the Kurdistan "
        "Region overnight, setting a storage tank on fire, the region's natural resources "
        "ministry said on Wednesday. No one was hurt, but several companies suspended "
        "production. No group has claimed the string of drone attacks on the region's oil "
        "infrastructure this month.",
        "E",
        "drone attack",
    ),
    (
        "Security forces fire live rounds at Baghdad protesters as toll passes 100",
        "Iraqi security forces fired live ammunition and tear gas at protesters trying to "
        "reach Tahrir Square in Baghdad on Saturday, the fifth day of demonstrations against "
        "corruption and unemployment, medics said. The Iraqi High Commission for Human Rights "
        "said more than 100 people had been killed and about 4,000 wounded since the protests "
        "began. Authorities cut internet access across most of the country. At al-Kindi "
        "hospital, doctors said most of the dead had been shot in the head or chest. "
        "Witnesses said snipers were firing from rooftops near the square.",
        "U",
        "crackdown",
    ),
    (
        "Shelling of Zakho resort kills nine tourists; Baghdad blames Turkey",
        "Artillery shells hit a mountain resort in Zakho district in the Kurdistan Region on "
        "Wednesday, killing nine tourists from central and southern Iraq, among them a "
        "one-year-old child, and wounding 23, Iraqi officials said. Baghdad blamed Turkish "
        "forces, which have been fighting PKK militants in the area, and summoned Turkey's "
        "charge d'affaires. Ankara denied responsibility and blamed the PKK.",
        "E V",
        "shelling",
    ),
    (
        "Islamic State gunmen kill 11 in attack on Diyala village",
        "Islamic State militants attacked the village of al-Rashad in Iraq's Diyala province "
        "late on Tuesday, killing 11 people, most of them from one tribe, security sources "
        "said. The gunmen first kidnapped two villagers and then ambushed the relatives who "
        "came looking for them. Police and paramilitary reinforcements were sent to the area.",
        "T V",
        "jihadist attack",
    ),
    (
        "Three crew killed as Houthi missile hits bulk carrier in Gulf of Aden",
        "A missile fired by Yemen's Houthis hit the Barbados-flagged bulk carrier True "
        "Confidence about 50 nautical miles off Aden on Wednesday, killing three crew members "
        "and injuring four, US Central Command said. The crew abandoned the burning ship. The "
        "Houthis said it was American-owned, which the owner denied. It was the first deadly "
        "attack since the group began targeting merchant shipping in November.",
        "E V",
        "missile attack on shipping",
    ),
    (
        "Houthis seize car carrier in Red Sea and hold its 25 crew",
        "Houthi fighters landed by helicopter on the deck of the Galaxy Leader in the "
        "southern Red Sea on Sunday, seized the vessel and its 25 crew and steered it to the "
        "port of Hodeidah, the group said. The Houthis said they would target all ships "
        "linked to Israel. The ship's Japanese operator said the crew came from Bulgaria, "
        "Ukraine, the Philippines, Mexico and Romania.",
        "V",
        "hijacking",
    ),
    (
        "Coalition air strike hits bus carrying schoolchildren in Saada market",
        "An air strike by the Saudi-led coalition hit a bus carrying schoolchildren through a "
        "crowded market in Dahyan, in northern Yemen's Saada province, on Thursday, killing "
        "at least 29 children, the International Committee of the Red Cross said. The boys "
        "had been on a summer trip. The coalition said it had targeted missile launchers and "
        "called the strike a legitimate military action. Doctors in Saada said many of the "
        "wounded were under ten. UNICEF said there were no excuses for attacks on children.",
        "E V",
        "air strike",
    ),
    (
        "Dozens killed as Houthis press assault on Marib",
        "At least 65 fighters from both sides were killed in 24 hours as the Houthis pressed "
        "their offensive on Marib, the government's last stronghold in the north, military "
        "sources said on Sunday. The Saudi-led coalition said it carried out 13 air strikes "
        "on Houthi fighters and vehicles in the al-Kasara and Raghwan areas. The UN said the "
        "fighting had forced more than 8,000 people out of camps around the city since the "
        "start of February.",
        "B E D",
        "battle",
    ),
    (
        "Cholera cases in Yemen pass 500,000 as health system buckles",
        "Suspected cholera cases in Yemen have passed 500,000 since late April, with nearly "
        "2,000 deaths, the World Health Organization said on Monday. More than half of the "
        "country's health facilities are closed or only partly working after two years of "
        "war, and health workers have not been paid for almost a year. UNICEF said children "
        "accounted for about a quarter of the cases.",
        "H",
        "epidemic in war zone",
    ),
    (
        "US strikes on Ras Isa fuel port kill dozens, Houthi health ministry says",
        "US strikes on the Ras Isa fuel port in Yemen's Hodeidah province killed 74 people "
        "and wounded 171, the Houthi-run health ministry said on Friday, the deadliest toll "
        "since Washington began its campaign against the group in March. US Central Command "
        "said the strikes aimed to cut off a source of fuel and revenue for the Houthis. Port "
        "workers and paramedics were among the dead, the ministry said.",
        "E M",
        "air strike",
    ),
    (
        "Security forces open fire on protesters after Friday prayers in Zahedan",
        "Security forces fired live ammunition at protesters and worshippers after Friday "
        "prayers in Zahedan, the capital of Sistan-Baluchestan, killing at least 66 people, "
        "Amnesty International said. State media said armed groups had attacked a police "
        "station and that several members of the Revolutionary Guards were killed. Protests "
        "over the death in custody of Mahsa Amini have spread to dozens of cities.",
        "U V",
        "crackdown",
    ),
    (
        "Riot police fire tear gas at Sharif University students; dozens detained",
        "Riot police fired tear gas and paintball guns at students trapped in a car park at "
        "Sharif University of Technology in Tehran on Sunday night, after they chanted "
        '"Woman, life, freedom" in support of the nationwide protests, videos verified by '
        "rights groups showed. Their union said more than 30 students were detained.",
        "U",
        "crackdown",
    ),
    (
        "Israel strikes Iranian nuclear and military sites, killing top commanders",
        "Israel launched waves of air strikes across Iran before dawn on Friday, hitting the "
        "Natanz enrichment site, missile factories and residential buildings in Tehran where "
        "senior commanders lived, in an operation it called Rising Lion. Iranian state media "
        "said the commander of the Revolutionary Guards, the armed forces chief of staff and "
        "several nuclear scientists were killed. Iran launched more than 100 drones toward "
        "Israel in response. Explosions were heard across Tehran, and residents queued at "
        "petrol stations as they tried to leave the city. Israel's prime minister said the "
        "operation would continue for as many days as necessary.",
        "E M",
        "air campaign",
    ),
    (
        "Iranian missile hits Beersheba hospital, dozens lightly hurt",
        "An Iranian ballistic missile struck Soroka Medical Center in Beersheba on Thursday "
        "morning, heavily damaging an old surgical building that had been cleared days "
        "earlier, hospital officials said. About 40 people were lightly injured. Iran said it "
        "had targeted a military command post nearby.",
        "E H",
        "missile strike",
    ),
    (
        "Twin blasts near Soleimani's grave in Kerman kill scores",
        "Two explosions minutes apart tore through crowds walking to the grave of Qassem "
        "Soleimani in Kerman on Wednesday, on the fourth anniversary of his killing, killing "
        "at least 95 people, Iranian officials said. The Islamic State group claimed the "
        "attack the next day, saying two of its members had detonated explosive belts. Iran "
        "declared a day of national mourning.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Sadr supporters storm Green Zone; gunfights leave dozens dead in Baghdad",
        "Supporters of the Shi'ite cleric Moqtada al-Sadr stormed the government palace in "
        "Baghdad's Green Zone on Monday after he announced his withdrawal from politics, "
        "swimming in its pool and tearing down portraits. By nightfall armed men from his "
        "Saraya al-Salam militia were exchanging rocket-propelled grenade and machine-gun "
        "fire with security forces and rival Iran-backed groups around the zone, security "
        "officials said. At least 30 people were killed and hundreds wounded, medics said. "
        "The army imposed a nationwide curfew. The fighting stopped the next afternoon when "
        "Sadr told his followers to leave within an hour.",
        "U B E",
        "riot and armed clashes",
    ),
    (
        "Iran cuts internet as fuel price protests spread; banks set on fire",
        "Iranian authorities cut internet access across almost the whole country on Sunday as "
        "protests against a sudden rise in petrol prices spread to more than 100 cities, with "
        "demonstrators setting fire to banks and petrol stations and blocking roads. Security "
        "forces fired tear gas and, according to witnesses, live ammunition in several "
        "cities. State media said a police officer was killed in Kermanshah and about 1,000 "
        'protesters had been arrested. The supreme leader called those involved "thugs".',
        "U",
        "riot",
    ),
]
