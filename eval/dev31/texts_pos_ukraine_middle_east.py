"""dev31 conflict items: positives in Ukraine and Russia, and in the Middle East. See build.py."""

from items import P

# ---------------------------------------------------------------- positives: Ukraine and Russia

P(
    "Russian missiles and drones pound Kyiv overnight",
    "Russia launched about 40 missiles and more than 150 drones at Ukraine overnight, with the capital the main target, Ukraine's air force said. At least nine people were killed when part of a nine-storey apartment block in the Sviatoshynskyi district collapsed, and rescuers were still searching the rubble on Thursday morning.",
    "E",
    "missile_attack",
)
P(
    "Ukrainian drones set refinery ablaze in Russia's Saratov region",
    "A fire broke out at an oil refinery in Saratov after a drone attack overnight, the regional governor said, adding that no one had been hurt. Ukraine's general staff said the plant supplied fuel to Russian forces fighting in the east.",
    "E",
    "drone_strike",
)
P(
    "Russia says its forces took village on the road to Pokrovsk",
    "Russia's defence ministry said on Tuesday its troops had captured the village of Novoolenivka in Ukraine's Donetsk region. Ukraine's military did not confirm the loss and said its units had repelled 41 assaults along the Pokrovsk front in the past day.",
    "B",
    "battle",
)
P(
    "Guided bombs kill two in Kharkiv",
    "Russian aircraft dropped guided aerial bombs on a northern district of Kharkiv on Sunday afternoon, killing two people and wounding 18, the regional governor said. Several private houses and a shop were destroyed.",
    "E",
    "airstrike",
)
P(
    "Families with children ordered out of frontline villages in Donetsk",
    "Ukrainian authorities ordered the compulsory evacuation of families with children from 10 villages around Kostiantynivka as Russian shelling intensified. About 3,000 people, among them 400 children, still live in the area, the regional administration said.",
    "D E",
    "evacuation",
)
P(
    "Zaporizhzhia nuclear plant cut off from outside power after shelling",
    "Europe's largest nuclear power plant switched to diesel generators after its last external power line was damaged by shelling, the International Atomic Energy Agency said. Russia, which has held the plant since 2022, and Ukraine blamed each other.",
    "E",
    "shelling",
)
P(
    "Drone hits minibus in Sumy region, killing three passengers",
    "A Russian drone struck a minibus carrying villagers near Bilopillia on Saturday, killing three people and wounding seven, the regional military administration said. It accused Russian forces of deliberately hunting civilian vehicles near the border.",
    "E V",
    "drone_strike",
)
P(
    "Oil climbs after drone attack halts loading at Russian Baltic port",
    "Brent crude rose 2% on Monday after Ukrainian drones struck the port of Primorsk overnight, starting fires on two tankers and at a pumping station, the Leningrad regional governor said. Loadings at the terminal, one of Russia's main outlets for seaborne oil exports, were suspended.",
    "E",
    "drone_strike",
)
P(
    "Ukrainian troops push into Russia's Kursk region in surprise incursion",
    "Ukrainian forces have pushed several kilometres into Russia's Kursk region in the largest cross-border attack of the war, Russian officials said on Wednesday, as fighting continued around the town of Sudzha for a second day. Russia's acting Kursk governor said at least five civilians had been killed and dozens wounded by shelling and drone strikes, and that residents of several border districts were being moved to temporary accommodation further north. Russian military bloggers described columns of armoured vehicles crossing the border at dawn on Tuesday and said units of conscripts had been overrun. Russia's defence ministry said it had sent reserves and that its aircraft and artillery were striking the attackers. Kyiv made no official comment, but a senior Ukrainian official said the operation aimed to stretch Russian forces and draw them away from the Donetsk front. Russian President Vladimir Putin called the attack a 'large-scale provocation' and accused Ukraine of firing indiscriminately at civilian buildings. Footage verified by news agencies showed Ukrainian soldiers at a gas metering station on the edge of Sudzha. Military analysts said it was too early to say whether Ukraine intended to hold ground or would withdraw. Thousands of people had left the border area by Wednesday evening, regional authorities said.",
    "B E M D",
    "ground_incursion",
)
P(
    "Russian strikes hit Odesa grain terminals after Moscow quits Black Sea deal",
    "Russian missiles and drones struck Odesa for a third night running, damaging grain terminals and port buildings after Moscow pulled out of the deal that had let Ukraine ship grain through the Black Sea, Ukrainian officials said. About 60,000 tonnes of grain awaiting export were destroyed at the port of Chornomorsk, the agriculture minister said. In the centre of Odesa, blast waves shattered windows in historic buildings on streets near the opera house. Two people were killed and at least 20 wounded, the regional governor said. Russia's defence ministry said it had carried out 'retaliatory strikes' on sites where it said attacks on Russia were being prepared. Wheat futures in Chicago rose sharply as traders weighed the loss of Ukrainian exports. The UN said the strikes would hit the world's poorest countries hardest.",
    "E",
    "missile_attack",
)

# ---------------------------------------------------------------- positives: Middle East

P(
    "Israeli strikes kill dozens across Gaza, health officials say",
    "Israeli air strikes killed at least 38 people across the Gaza Strip overnight, including 12 members of one family in a house in Jabalia, local health officials said. The Israeli military said it had struck Hamas fighters and infrastructure.",
    "E",
    "airstrike",
)
P(
    "Displaced families ordered to leave eastern Khan Younis again",
    "The Israeli military ordered residents and displaced families in eastern Khan Younis to move to a coastal area ahead of what it called a forceful operation against militants. The UN said tens of thousands of people had been forced to move for the fourth or fifth time.",
    "D M",
    "displacement",
)
P(
    "Gunfire near Rafah food distribution point kills 27",
    "At least 27 Palestinians were killed when gunfire erupted as crowds headed to a food distribution site in Rafah early on Tuesday, Gaza's health ministry said. The Israeli military said troops had fired at suspects who left the designated route and approached them.",
    "V H",
    "shooting",
)
P(
    "UN agencies warn hunger spreading in north Gaza",
    "Only a handful of aid trucks have reached northern Gaza in the past month, and children are dying of malnutrition, the World Food Programme and UNICEF said. The agencies called for more crossings to open and for fighting around hospitals to stop.",
    "H",
    "humanitarian",
)
P(
    "Settlers torch homes and cars in West Bank village",
    "Dozens of Israeli settlers stormed the Palestinian village of Turmus Ayya on Wednesday evening, setting fire to houses and cars and shooting at residents, the Palestinian health ministry said. One man was killed and 12 were wounded.",
    "V",
    "settler_attack",
)
P(
    "Five killed in Israeli raid on Jenin camp",
    "Israeli forces backed by a drone raided the Jenin refugee camp in the occupied West Bank, exchanging fire with gunmen for several hours, the Palestinian health ministry and the military said. Five Palestinians were killed; the army said they were militants.",
    "B E M",
    "raid",
)
P(
    "Israeli drone strike on car in south Lebanon kills Hezbollah member",
    "An Israeli drone struck a car on the road between Nabatieh and Kfar Roummane, killing one man, Lebanon's health ministry said. The Israeli military said it had targeted a Hezbollah operative, despite the ceasefire that took effect in November.",
    "E",
    "drone_strike",
)
P(
    "Houthis fire missiles at Greek-owned cargo ship in Red Sea",
    "Yemen's Houthi movement said it had fired missiles at a bulk carrier south-west of Hodeidah, and the ship reported an explosion close to its hull, the UK Maritime Trade Operations agency said. The crew were reported safe and the vessel continued to its next port.",
    "E",
    "missile_attack",
)
P(
    "US launches wave of strikes on Houthi targets in Yemen",
    "US warplanes struck Houthi radar sites, weapons stores and command centres in Sanaa, Saada and Hodeidah on Saturday, in what officials described as the start of a sustained campaign to end attacks on shipping. The Houthi-run health ministry said 31 people were killed.",
    "E M",
    "air_campaign",
)
P(
    "US says it killed Islamic State leader in Syria raid",
    "US forces killed a senior Islamic State leader in a helicopter raid in northern Syria, US Central Command said on Friday. Two of his companions were also killed, and no US personnel were hurt, it said.",
    "M",
    "raid",
)
P(
    "Rockets target base hosting US troops in western Iraq",
    "Two rockets were fired at Ain al-Asad air base in Anbar province on Monday evening, causing no casualties, Iraqi security officials said. No group claimed the attack.",
    "E",
    "rocket_attack",
)
P(
    "Six killed in shooting at Jerusalem bus stop",
    "Two gunmen opened fire at a crowded bus stop at the entrance to Jerusalem on Monday morning, killing six people before they were shot dead, Israeli police said. Police called it a terror attack.",
    "V T",
    "shooting_attack",
)
P(
    "Rockets from Gaza set off sirens in southern Israel",
    "Three rockets were fired from the Gaza Strip towards Ashkelon and Sderot on Sunday, the Israeli military said, and two of them were intercepted. Israeli aircraft later struck what the army called a Hamas weapons site in Beit Lahia.",
    "E",
    "rocket_attack",
)
P(
    "Coalition air strike hits school bus in northern Yemen",
    "An air strike by the Saudi-led coalition hit a bus carrying schoolchildren through a busy market in Dahyan, in Yemen's Saada province, killing at least 40 children, the International Committee of the Red Cross said. The coalition said it had targeted Houthi fighters.",
    "E V",
    "airstrike",
)
P(
    "More than a thousand killed as violence sweeps Syria's coast",
    "More than a thousand people, most of them Alawite civilians, have been killed in four days of violence in Syria's coastal provinces, a UK-based monitoring group said on Sunday. The fighting began on Thursday when gunmen loyal to the ousted government of Bashar al-Assad ambushed security forces near Jableh, killing at least 13 of them. The new authorities in Damascus sent thousands of fighters to the region, and columns of armed men poured into villages around Latakia, Jableh and Baniyas. Residents described gunmen going from house to house, asking people whether they were Alawite and shooting men in front of their families. Interim president Ahmed al-Sharaa promised to hold to account anyone who harmed civilians and named a committee to investigate. Thousands of people fled into the mountains or sought shelter at the Russian air base at Hmeimim, residents and the Syrian Observatory for Human Rights said. Electricity and water were cut in much of the countryside around Latakia. The UN human rights chief called for the killings to stop immediately. The defence ministry said on Monday that its operation against the Assad loyalists had ended.",
    "B V M D",
    "massacre",
)
P(
    "Israel strikes Iran's nuclear sites and commanders; Iran fires missiles back",
    "Israel launched waves of air strikes on Iran before dawn on Friday, hitting the uranium enrichment site at Natanz, missile factories and the homes of senior military commanders in Tehran, Israeli and Iranian officials said. Iranian state media said the chief of staff of the armed forces and the commander of the Revolutionary Guards were among those killed, along with several nuclear scientists. Prime Minister Benjamin Netanyahu said the operation would continue 'for as many days as it takes' to remove what he called an existential threat. Iran responded on Friday night with barrages of ballistic missiles at Tel Aviv and other cities, sending millions of Israelis to shelters. Israel's emergency service said three people were killed and dozens wounded when a missile hit a residential building in Rishon LeZion. Iran's health ministry said at least 78 people had been killed in Iran. Explosions were heard again in Tehran on Saturday, and long queues formed at petrol stations. Oil prices jumped more than 7% and airlines cancelled flights across the region. The UN Secretary-General urged both countries to show maximum restraint.",
    "E M",
    "air_campaign",
)
P(
    "Seven aid workers killed in strike on charity convoy in Gaza",
    "Seven aid workers of the charity World Central Kitchen were killed when their convoy was hit by Israeli strikes in central Gaza on Monday night, the charity said. The team, which included citizens of Britain, Poland and Australia as well as a Palestinian driver, had just unloaded more than 100 tonnes of food brought by sea at a warehouse in Deir al-Balah. The charity said the cars were clearly marked and that it had shared its movements with the Israeli military. Israel's military chief of staff called the strike a grave mistake that followed a misidentification at night, and two officers were later dismissed. World Central Kitchen paused its operations in Gaza, and a ship carrying some 240 tonnes of food turned back to Cyprus. The UN said more than 190 aid workers had been killed in Gaza since October. Aid agencies warned that famine was imminent in the north of the territory. Australia and Poland demanded a full investigation.",
    "E V H",
    "attack_on_aid",
)
