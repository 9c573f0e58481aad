"""dev62 items: Europe's land borders and the Channel (Belarus-Poland, Lithuania, Latvia,
Finland, the Balkans route, Hungary, Evros, Ceuta and Melilla, Lesbos, Calais and Dunkirk,
the UK's asylum system).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Small boat crossings of the Channel hit record",
    "[[45,774 people|displaced;a=Home Office figures]] crossed the Channel in small boats in {{2022}}, Home Office figures show, up from [[28,526|displaced;a=Home Office figures]] the year before. "
    "They came in [[1,110 boats|other;a=Home Office figures]], an average of {{41}} people per boat. "
    "Albanians were the largest group, at [[12,301|displaced]].",
)

F(
    "Child among dead as overloaded dinghy sinks off Wimereux",
    "[[Five people|killed;a=French authorities]], among them a {{seven-year-old}} girl, died when an overloaded dinghy sank off Wimereux before dawn, French authorities said. "
    "The boat had [[112 people|displaced]] on board, and the French navy rescued [[49|other]]; the rest stayed on the dinghy and continued towards England. "
    "Police arrested [[three suspected smugglers|arrested]] on the beach.",
)

F(
    "Channel's deadliest sinking",
    "[[Twenty-seven people|killed;a=French prosecutors]] drowned when their inflatable boat deflated in the Channel, French prosecutors said, the deadliest disaster on the route. "
    "[[Two survivors|other]], an Iraqi and a Somali, were pulled from the water, and [[four|missing]] were never found. "
    "Passengers had called British and French emergency services for {{several hours}} on {{November 24, 2021}}.",
)

F(
    "UK's Rwanda plan collapses",
    "The government had hoped to send [[thousands of asylum seekers|other;p;a=The government]] to Rwanda, at a cost of {{more than £700 million}} by {{2024}}. "
    "In the end [[four|other]] went voluntarily, and the plan was scrapped by the new government in {{July 2024}}.",
)

F(
    "Asylum seekers moved onto Bibby Stockholm barge",
    "The Bibby Stockholm barge in Portland, built to hold [[about 500 men|capacity]], housed [[about 300 asylum seekers|displaced;a=the Home Office]] by the end of {{2023}}, the Home Office said. "
    "It said [[more than 50,000|displaced;a=the Home Office]] were still housed in [[about 400 hotels|capacity;u=structure;a=the Home Office]], costing {{£8 million}} a day.",
)

F(
    "Thousands camp on Belarus-Poland border",
    "[[About 4,000 migrants|displaced;a=Polish officials]], most of them Iraqi Kurds, were camped in freezing forest near the Kuźnica crossing, Polish officials said. "
    "Poland deployed [[15,000 soldiers|combatants]] to the border and began building a {{186-kilometre}} steel fence {{5.5 metres}} high. "
    "Aid groups said [[at least 10 people|killed;a=Aid groups]] had died of cold along the border since {{August}}.",
)

F(
    "Polish border guard reports attempts to cross from Belarus",
    "Poland's Border Guard said it had recorded [[more than 30,000 attempts|other;u=other;a=Poland's Border Guard]] to cross illegally from Belarus in {{2024}}, and turned back [[about 14,000 people|other;a=Poland's Border Guard]] at the fence. "
    "It detained [[480 suspected smugglers|arrested;a=Poland's Border Guard]].",
)

F(
    "Latvia prevents thousands from entering from Belarus",
    "Latvia's State Border Guard said it had prevented [[2,435 people|other;a=Latvia's State Border Guard]] from crossing from Belarus in {{June}} and detained [[six|arrested;a=Latvia's State Border Guard]] people smugglers. "
    "The border runs {{173 kilometres}}, and a fence covers {{about 145 kilometres}} of it.",
)

F(
    "Winter camp in Bosnia half empty as migrants sleep rough",
    "The Lipa camp near Bihać, built for [[1,500 people|capacity]], housed [[about 400|displaced;a=IOM]] in {{January}}, IOM said, while [[about 900 migrants|displaced;a=IOM]] slept in abandoned buildings and forests around the town. "
    "Temperatures fell to {{minus 15C}}. "
    "Croatian police pushed back [[more than 1,000 people|other;a=the Danish Refugee Council]] to Bosnia that month, the Danish Refugee Council said.",
)

F(
    "Hungary reports blocking illegal entries from Serbia",
    "Hungarian police said they had prevented [[more than 150,000 illegal entries|other;u=other;a=Hungarian police]] at the southern border in {{2022}}, and arrested [[about 1,500 smugglers|arrested;a=Hungarian police]]. "
    "Hungary keeps [[about 2,000 soldiers|combatants]] along the {{175-kilometre}} fence with Serbia.",
)

F(
    "Bodies found after wildfire near Evros",
    "Greek firefighters found [[18 bodies|killed;a=the fire service]] in a forest near Alexandroupolis, the fire service said, and believed they were migrants who had crossed from Turkey. "
    "The blaze had burned for {{four days}} and covered {{more than 700 square kilometres}}. "
    "[[Two|killed;a=police]] were children, police said.",
)

F(
    "Thousands swim into Ceuta",
    "[[About 8,000 people|displaced;a=Spain's interior ministry]] swam or walked into Ceuta from Morocco in {{36 hours}}, Spain's interior ministry said, among them [[about 1,500 minors|displaced;a=Spain's interior ministry]]. "
    "Spain sent [[200 soldiers|combatants]] and returned [[about 5,600|returned]] to Morocco within {{two days}}. "
    "[[One man|killed]] drowned.",
)

F(
    "Dozens die at Melilla fence",
    "Moroccan authorities said [[23 migrants|killed;a=Moroccan authorities]] died when [[about 2,000 people|displaced;a=Moroccan authorities]] tried to climb the fence into Melilla, and [[140 officers|injured;a=Moroccan authorities]] were hurt. "
    "The Moroccan Association for Human Rights said [[37|killed;a=The Moroccan Association for Human Rights]] had died and [[77|missing;a=The Moroccan Association for Human Rights]] were still missing.",
)

F(
    "Fire destroys Moria camp",
    "[[About 12,000 people|displaced]] were left without shelter after fires destroyed the Moria camp on Lesbos, which had been built for [[2,750|capacity]]. "
    "Greek authorities put up a temporary camp at Kara Tepe with [[about 1,000 tents|aid]], and police arrested [[six Afghans|arrested;a=the government]] on suspicion of arson, the government said. "
    "[[Four|arrested]] were aged {{17 or 18}}.",
)

F(
    "UK and France agree to return Channel migrants",
    "Under the deal, the UK would send [[up to 50 people a week|other;p;a=officials]] back to France, officials said, and take in the same number of asylum seekers with family in Britain. "
    "It would run until {{June 2026}}. "
    "[[More than 20,000 people|displaced]] crossed in the {{first six months}} of the year.",
)

F(
    "Police clear camps near Dunkirk",
    "[[About 1,500 people|displaced;a=charities]] were sleeping in woods near Loon-Plage, charities said, when police evicted [[about 600|displaced;a=charities]] and seized [[80 tents|other]]. "
    "The group {{Utopia 56}} said it had handed out [[300 sleeping bags|aid;u=other;n=bags;a=The group Utopia 56]] the following night.",
)

F(
    "Poland suspends right to asylum at Belarus border",
    "Poland suspended the right to claim asylum at the Belarus border for {{60 days}} from {{March 27, 2025}}, and parliament can extend it in {{60-day}} steps. "
    "A buffer zone {{200 metres}} deep has been in place along {{60 kilometres}} of the border since {{June 2024}}.",
)

F(
    "Finland closes eastern border crossings",
    "Finland closed [[all eight crossings|other]] on its {{1,340-kilometre}} border with Russia after [[about 1,300 asylum seekers|displaced;a=the Finnish Border Guard]] arrived through them in {{November 2023}}, according to the Finnish Border Guard. "
    "Helsinki said Moscow was sending them deliberately.",
)

F(
    "Britain's returns rise",
    "The Home Office said [[35,052 people|returned;a=The Home Office]] had left the UK in the year to {{June 2025}}, [[9,100|returned;a=The Home Office]] of them enforced returns, and that [[about 32,000 asylum seekers|displaced;a=The Home Office]] were housed in hotels. "
    "Returns were up {{13%}}.",
)

F(
    "Migrants found in truck in North Macedonia",
    "North Macedonian police said they had found [[between 60 and 70 migrants|displaced;a=North Macedonian police]] crammed into the back of a truck near Gevgelija, and arrested [[two drivers|arrested;a=North Macedonian police]]. "
    "The migrants were taken to the Vinojug transit centre, which can hold [[up to 500 people|capacity]]. "
    "[[A few thousand people|displaced;a=police]] still pass through the country each month, police said.",
)
