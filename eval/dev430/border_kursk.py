"""dev430 items, part 2: the Ukrainian incursion into the Kursk region, August 2024 to April 2025,
Sudzha, the evacuations, the missing and the captured, and the drones after it."""

from _wrap import item

item(
    "Ukrainian troops push into Russia's Kursk region",
    """
Ukrainian forces crossed the border into Russia's Kursk region on {{August 6}} in the largest
incursion since the start of the war. General Valery Gerasimov, the chief of Russia's general staff,
said [[up to 1,000 Ukrainian troops|combatants;a=General Valery Gerasimov]] backed by [[more than 20
armoured vehicles|other;a=General Valery Gerasimov]] and [[11 tanks|other;a=General Valery
Gerasimov]] had taken part. Acting governor Alexei Smirnov said [[five civilians|killed;a=Acting
governor Alexei Smirnov]] had been killed and [[at least 24|injured;n=-;a=Acting governor Alexei
Smirnov]] wounded, among them paramedics whose ambulance was hit by a drone. [[Several thousand
residents|displaced]] of Sudzha and nearby villages fled towards Kursk in their own cars, and the
regional government opened [[seven temporary accommodation centres|capacity]] in the city. The
Kremlin called the incursion a "major provocation", and Vladimir Putin accused Ukraine of firing on
houses and ambulances.
""",
)

item(
    "Kursk evacuation passes 120,000 as federal emergency declared",
    """
[[More than 121,000 people|displaced;a=the Kursk regional government]] have been evacuated from the
border districts of the Kursk region since Ukrainian forces crossed the border, the Kursk regional
government said on {{August 14}}. [[About 20,000 more|displaced;p;n=-]] are expected to leave the
Glushkovo district, which was ordered evacuated on Wednesday as Ukrainian troops advanced towards the
Seim river. Moscow declared a federal state of emergency, and the Emergencies Ministry said it had
sent [[more than 200 rescuers|other;a=the Emergencies Ministry]] and [[57 buses|other;a=the Emergencies
Ministry]] to the region. In Kursk itself, [[about 9,000 evacuees|displaced]] are staying in [[70
temporary accommodation centres|capacity]], mostly schools, student dormitories and children's camps,
while the rest have found shelter with relatives or in rented flats. Acting governor Alexei Smirnov
said [[12 civilians|killed;a=Acting governor Alexei Smirnov]] had been killed and [[more than
100|injured;n=-;a=Acting governor Alexei Smirnov]] wounded since the incursion began.
""",
)

item(
    "Syrskyi says Ukraine controls 74 settlements in Kursk region",
    """
Oleksandr Syrskyi, Ukraine's army chief, said on {{August 12}} that his troops controlled [[74
settlements|other;u=other;a=Oleksandr Syrskyi]] and about {{1,000 square kilometres}} of Russia's
Kursk region. President Volodymyr Zelenskiy said the operation had taken [[more than 100 Russian
soldiers|arrested;a=President Volodymyr Zelenskiy]] prisoner, many of them young conscripts. Ukraine's
General Staff said it had opened a humanitarian corridor for [[about 2,000 civilians|civilians;a=Ukraine's
General Staff]] who had stayed in Sudzha. Russian military bloggers put the Ukrainian force at
[[between 10,000 and 12,000 troops|combatants;a=Russian military bloggers]]. Russia's Defence Ministry
claimed that its forces had killed [[up to 1,350 Ukrainian troops|killed;a=Russia's Defence Ministry]]
and destroyed [[29 tanks|other;a=Russia's Defence Ministry]] in a week of fighting.
""",
)

item(
    "Russia and Ukraine swap 115 prisoners each after Kursk captures",
    """
Russia's Defence Ministry said [[115 Russian servicemen|other;a=Russia's Defence Ministry]] captured in
the Kursk region had been returned in an exchange mediated by the United Arab Emirates on {{August
24}}, and that [[115 Ukrainian prisoners of war|other;n=prisoners;a=Russia's Defence Ministry]] had
been handed over in return. It was the {{first}} swap since the incursion began. Ukraine's
coordination headquarters for prisoners said [[more than 600 Russian soldiers|arrested;a=Ukraine's
coordination headquarters for prisoners]] had been taken prisoner in the Kursk region since {{August
6}}, most of them conscripts aged {{18 to 20}}. Zelenskiy said Ukrainian forces had also detained
[[dozens of Russian civilians|arrested;a=Zelenskiy]] in Sudzha on suspicion of passing information to
the Russian army. Relatives of [[more than 300 Kursk conscripts|missing]] whose fate is unknown have
appealed to the Kremlin for help. Tatyana Moskalkova, Russia's human rights commissioner, said [[about
2,000 Kursk residents|missing;a=Tatyana Moskalkova]] were unaccounted for.
""",
)

item(
    "Seoul: North Korean losses in Kursk reach 3,000",
    """
[[About 300 North Korean soldiers|killed;a=South Korea's spy agency]] have been killed and [[some
2,700|injured;n=-;a=South Korea's spy agency]] wounded fighting Ukrainian forces in Russia's Kursk
region, South Korea's spy agency told lawmakers on {{January 13}}. The National Intelligence Service
said Pyongyang had sent [[about 11,000 troops|combatants;a=The National Intelligence Service]] to
Russia in October and November, and that [[as many as 3,000 more|combatants;p;n=-;a=The National
Intelligence Service]] could be deployed. Zelenskiy said on {{January 11}} that Ukrainian forces had
captured [[two wounded North Korean soldiers|arrested;a=Zelenskiy]] and were questioning them in Kyiv.
Ukraine's General Staff said a drone strike on positions near the Kursk village of Plekhovo had
killed [[at least 30 North Korean servicemen|killed;a=Ukraine's General Staff]]. Moscow and Pyongyang
did not acknowledge the deployment until {{April 28}}, when Russia's general staff thanked the North
Korean troops for helping to retake the region.
""",
)

item(
    "Moscow declares Kursk region 'fully liberated'",
    """
General Valery Gerasimov told President Vladimir Putin on {{April 26}} that Gornal, the last village
held by Ukraine in the Kursk region, had been retaken, ending an incursion that had begun {{eight
months}} earlier. Gerasimov said Ukraine had lost [[more than 76,000 servicemen|killed;a=Gerasimov]]
in the region, as well as [[over 400 tanks|other;a=Gerasimov]], [[more than 300 infantry fighting
vehicles|other;a=Gerasimov]] and [[about 3,500 drones|other;a=Gerasimov]]. He said [[thousands of North
Korean soldiers|combatants;a=Gerasimov]] had fought alongside Russian units in the final assault.
Ukraine's General Staff denied that the operation was over, saying its forces still held positions in
[[two villages|other;a=Ukraine's General Staff]] near the border. Kyiv has said its own losses in
Kursk were far lower, and that Russia lost [[about 60,000 troops|killed;a=Kyiv]] there. Ukraine also
says it took [[more than 900 prisoners|arrested;a=Ukraine]] during the operation.
""",
)

item(
    "Russia retakes Sudzha; residents emerge from cellars",
    """
Russian forces have retaken Sudzha, the largest town held by Ukraine in the Kursk region, Russia's
Defence Ministry said on {{March 13}}, after special forces crawled through a disused gas pipeline to
get behind Ukrainian lines. Acting governor Alexander Khinshtein said [[about 100
civilians|civilians;a=Acting governor Alexander Khinshtein]] had been found in the town, many of them
elderly and living in basements, and that [[78|displaced;n=-;a=Acting governor Alexander Khinshtein]]
had been taken to Kursk by bus. Before the incursion Sudzha had [[about 5,000 residents|civilians]].
Khinshtein said [[at least 16 residents|killed;a=Khinshtein]] had died during the occupation and were
buried in courtyards and gardens. He accused the retreating Ukrainian troops of taking [[dozens of
residents|kidnapped;a=Khinshtein]] with them by force; Ukrainian officials said [[about 120 Sudzha
residents|displaced;a=Ukrainian officials]] had left for the Sumy region at their own request. The
ministry said [[12 villages|other;a=The ministry;alt=Russia's Defence Ministry]] around Sudzha had been
retaken in {{five days}} and [[430 Ukrainian soldiers|arrested;a=The ministry;alt=Russia's Defence
Ministry]] captured.
""",
)

item(
    "Kursk keeps a list of more than 1,500 missing residents",
    """
[[More than 1,500 residents|missing;a=Alexander Khinshtein]] of the Kursk region's border districts
remain unaccounted for, Alexander Khinshtein, the acting governor, said on {{February 4}}. He said
relatives had filed [[about 2,800 search requests|other;u=other;a=Khinshtein]] since August, and that
[[about 600|kidnapped;n=-;a=Khinshtein]] of the missing were believed to have been taken to Ukraine
by force. The International Committee of the Red Cross said its delegates had visited [[dozens of
Kursk civilians|arrested;a=The International Committee of the Red Cross]] held in detention in
Ukraine and had passed news of them to their families. [[Eighty-four residents|returned]] have so far
come back through Belarus. The regional forensic bureau said it had identified [[230
bodies|killed;a=The regional forensic bureau]] recovered from areas retaken by Russian forces, and
that DNA samples had been taken from [[some 1,100 relatives|other;a=The regional forensic bureau]].
""",
)

item(
    "Kursk residents taken to Ukraine come home via Belarus",
    """
[[Forty-six residents|returned;a=Tatyana Moskalkova]] of the Kursk region who had been in Ukraine
since the incursion returned to Russia through Belarus on {{April 15}}, Tatyana Moskalkova, Russia's
human rights commissioner, said. Most were elderly residents of Sudzha who had been moved by
Ukrainian forces to a boarding school in the Sumy region. She said [[about 120 more Kursk
residents|kidnapped;a=Moskalkova]] had been taken to Ukraine against their will and were still there.
Ukrainian officials say they evacuated [[about 200 civilians|displaced;a=Ukrainian officials]] from
Sudzha for their own safety during the fighting, and that all who wish to return may do so. In the
same operation, [[31 Ukrainian civilians|returned]] from the Sumy region who had been held in Russia
went home. Earlier groups of [[nine|returned;n=-]] and [[22 residents|returned]] came back the same way
in January and March. The returnees were taken to a temporary accommodation centre in Kursk, where
doctors examined them.
""",
)

item(
    "Missile debris hits Kursk apartment block, 13 hurt",
    """
Debris from a Ukrainian missile shot down over Kursk on the night of {{August 11}} hit a
{{nine-storey}} apartment block, injuring [[13 people|injured;a=acting governor Alexei Smirnov]],
acting governor Alexei Smirnov said. [[Two|injured;n=-;a=acting governor Alexei Smirnov]] of them were
in a serious condition, he said. Russia's Defence Ministry said it had shot down [[11
drones|other;a=Russia's Defence Ministry]] and [[two Tochka-U missiles|other;a=Russia's Defence
Ministry]] over the region overnight. [[Around 60 flats|housing]] were damaged, and [[about 70
residents|displaced]] spent the night in a nearby school. Kursk, a city of [[about 440,000
people|civilians]], has been under a regional state of emergency since {{August 7}}.
""",
)

item(
    "Russia counterattacks in Kursk's Glushkovo district",
    """
Russian troops have retaken [[10 villages|other;a=Russia's Defence Ministry]] in the Glushkovo district
of the Kursk region, Russia's Defence Ministry said on {{September 12}}, in the {{first}} major
counterattack against the Ukrainian incursion. Ukraine's General Staff said its forces had repelled
[[27 assaults|other;u=other;a=Ukraine's General Staff]] in the Kursk area in the past day. Zelenskiy
said Russia had moved [[about 40,000 troops|combatants;a=Zelenskiy]] to the region. Ukrainian troops
meanwhile broke through the border near Veseloye, and Russian military bloggers said [[up to 300
Ukrainian troops|combatants;a=Russian military bloggers]] were involved. Kursk authorities ordered the
remaining [[2,000 residents|displaced;p]] of Glushkovo and Tetkino to leave. [[Six civilians|killed;a=the
BARS-Kursk volunteer unit]] were killed when a drone hit a car near Tetkino, the BARS-Kursk volunteer
unit said.
""",
)

item(
    "Kursk counts the cost: thousands of homes destroyed in border districts",
    """
Ukrainian forces and shelling destroyed or damaged [[more than 7,000 homes|housing;a=acting governor
Alexander Khinshtein]] in the Kursk region during the incursion, acting governor Alexander Khinshtein
said on {{May 20}}, most of them in the Sudzha, Korenevo and Glushkovo districts. In Sudzha district
alone, [[about 1,600 houses|housing;a=acting governor Alexander Khinshtein]] are beyond repair, and
[[61 schools and kindergartens|housing;n=schools and kindergartens;u=structure;a=acting governor Alexander
Khinshtein]] were damaged, he said. Sappers have cleared [[more than 12,000 explosive
objects|other;u=other;a=the regional government]] since the region was retaken, and [[about 70
settlements|other;u=other;a=the regional government]] remain closed to residents, according to the
regional government. Khinshtein said [[about 150,000 people|displaced;a=Khinshtein]] had left [[seven
districts|other;a=Khinshtein]] at the height of the fighting, and that [[fewer than
30,000|returned;n=-;a=Khinshtein]] had so far gone back.
""",
)

item(
    "Former Kursk governor arrested over border fortifications fraud",
    """
Alexei Smirnov, who governed the Kursk region when Ukrainian troops broke through its border in
{{August 2024}}, was arrested on {{April 16}} on suspicion of embezzling money meant for
fortifications, Russia's Investigative Committee said. His former deputy Alexei Dedov was detained the
same day, and [[at least five other officials|arrested;a=the Kommersant newspaper]] and contractors
have been arrested in the case, the Kommersant newspaper reported. Investigators say contractors were
paid for [[12,000 concrete anti-tank blocks|other;u=other;a=Investigators]] that were never installed.
Smirnov faces up to {{20 years}} in prison. The arrest comes amid a purge of the military
establishment in which [[more than 20 senior officials|arrested]] have been detained since {{2024}}.
The FSB said separately it had detained [[three residents|arrested;a=The FSB]] of the region suspected
of passing the coordinates of Russian troops to Ukraine. A petition complaining that the defences
were unfinished was signed by [[about 1,700 people|other]] in the border districts in the spring of
{{2024}}.
""",
)

item(
    "Drones hit Rylsk and Lgov as Kursk governor reports daily toll",
    """
Ukrainian drones attacked [[23 settlements|other;u=other;a=Governor Alexander Khinshtein]] in the Kursk
region over the past day, killing [[two civilians|killed;a=Governor Alexander Khinshtein]] and
wounding [[seven|injured;n=-;a=Governor Alexander Khinshtein]], Governor Alexander Khinshtein wrote on
Telegram on {{October 14}}. [[Four|injured;n=-;a=Governor Alexander Khinshtein]] of the wounded were
passengers of a minibus hit by an FPV drone at a stop in Rylsk, he said. In Lgov, a drone struck a
power line, leaving [[about 3,500 households|civilians]] without electricity for {{several hours}}. [[Nine
private houses|housing;a=the regional government]] and [[four cars|other;a=the regional government]]
were damaged across the region, the regional government said. Russia's Defence Ministry said [[46
drones|other;a=Russia's Defence Ministry]] were destroyed over the Kursk region overnight. The Kursk
nuclear power plant in Kurchatov, about {{60 km}} from the border, was operating normally, Rosenergoatom
said.
""",
)

item(
    "Russia takes Kursk to the Security Council",
    """
Vassily Nebenzia, Russia's ambassador to the United Nations, told the Security Council on {{August
13}} that Ukraine's incursion into the Kursk region had killed [[at least 12 civilians|killed;a=Vassily
Nebenzia]] and wounded [[more than 120|injured;n=-;a=Vassily Nebenzia]]. He said [[more than 130,000
people|displaced;a=Vassily Nebenzia]] had been forced to leave their homes. He also accused Ukrainian
troops of taking [[dozens of residents|kidnapped;a=Vassily Nebenzia]] of Sudzha hostage, which Kyiv
denied. Ukraine's envoy, Sergiy Kyslytsya, said Russian forces had fired [[more than 2,000 missiles and
drones|other;n=missiles and drones;a=Sergiy Kyslytsya]] at Ukraine from the Kursk region since
{{2022}}. The ICRC said it was ready to help [[thousands of civilians|civilians;a=The ICRC]] affected on
both sides of the border, but had no access to the area held by Ukrainian troops.
""",
)

item(
    "Second unit of new Kursk nuclear plant delayed to 2027",
    """
Rosatom said on {{March 3}} that the {{second}} power unit of the Kursk II nuclear power plant would
be connected to the grid in {{2027}}, about {{18 months}} later than planned, because of the Ukrainian
incursion into the region in {{2024}}. The {{first}} unit, with a capacity of {{1,255 megawatts}},
began supplying power in {{January 2025}}. The old Kursk plant, about {{60 km}} from the border, began
operating in {{1976}}, and its {{RBMK-1000}} reactors are being retired. IAEA chief Rafael Grossi, who
visited the site in {{August 2024}}, said at the time that the plant's safety had been at risk.
""",
)

item(
    "Kursk to keep paying displaced residents until end of 2026",
    """
The Kursk regional government will keep paying displaced residents of the border districts {{15,000
roubles}} a month until {{December 31}}, {{2026}}, Governor Alexander Khinshtein said on {{January
19}}. The payments, introduced in {{August 2024}}, cost the regional budget about {{2.4 billion
roubles}} last year, or {{4%}} of its spending, the regional finance ministry said. Families that buy
a home elsewhere under the housing certificate scheme lose the right to the payment after {{three
months}}. Khinshtein also said the minimum payout for a destroyed house would rise by {{10%}} from
{{April 1}}.
""",
)
