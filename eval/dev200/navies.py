"""dev200 items: navies' escort missions and their tallies, tankers seized by Iran, seafarers
abandoned on their ships, evacuations by sea and aid sent by sea (2015-2025)."""

from _wrap import item

item(
    "EU's Aspides mission says it escorted more than 370 ships in first year",
    """
The European Union's naval mission in the Red Sea, Aspides, has given close protection to [[more
than 370 merchant ships|other;a=Vasileios Gryparis]] since it was launched in {{February 2024}},
Vasileios Gryparis, its Greek commander, said on Tuesday. Its frigates shot down [[18
drones|other;a=Vasileios Gryparis]], [[four anti-ship ballistic missiles|other;a=Vasileios
Gryparis]] and [[two drone boats|other;a=Vasileios Gryparis]], he said. Officials say the mission
keeps [[four frigates|other;u=other;a=Officials]] at sea at any time, from France, Italy and
Greece, with [[about 1,000 sailors|combatants;a=Officials]] aboard. Gryparis said the mission
would need [[at least 10 ships|other;p;a=Gryparis]] to cover the area properly. The EU extended
its mandate to {{February 2026}} with a budget of {{€17m}}.
""",
)

item(
    "US Navy says it fired about 220 missiles defending Red Sea shipping",
    """
Navy officials said US warships had fired [[about 220 missiles|other;a=Navy officials]] and
[[about 160 rounds|other;a=Navy officials]] from their deck guns in the Red Sea over {{nine
months}}. The officials said crews had intercepted [[more than 400 drones and
missiles|other;n=drones and missiles;a=The officials;alt=Navy officials]] fired by the Houthis.
The Eisenhower carrier strike group, with [[about 7,000 sailors|combatants]], returned to Norfolk
in {{July}}. Its {{F/A-18}} pilots shot down [[dozens of drones|other]] during the deployment.
[[Two Navy SEALs|missing]] went missing in {{January}} while boarding a dhow carrying
Iranian-made missile parts off Somalia and were later declared dead. The Pentagon said the
operation had cost more than {{$1bn}} in munitions.
""",
)

item(
    "Iran's Revolutionary Guards seize MSC Aries near Strait of Hormuz",
    """
Iran's Revolutionary Guards seized the Portuguese-flagged container ship MSC Aries near the
Strait of Hormuz on Saturday, with commandos rappelling from a helicopter onto its deck, IRNA,
the state news agency, reported. MSC, which operates the ship, said [[25 crew
members|arrested;a=MSC]] were on board. India's foreign ministry said [[17 Indian
nationals|arrested;a=India's foreign ministry]] were among them. [[One Indian deck
cadet|returned;a=the ministry;alt=India's foreign ministry]] flew home to Kerala on Thursday
after Iran let her go, the ministry said. In {{May}}, Iran's foreign minister said [[the remaining
24 crew|arrested;a=Iran's foreign minister]] had been released on humanitarian grounds. The
Guards have seized [[at least five tankers|other;a=Ambrey]] in Gulf waters since {{2019}},
according to Ambrey. The MSC Aries is linked to Zodiac Maritime, part of a group owned by an
Israeli businessman.
""",
)

item(
    "Iran frees seven crew of seized British tanker Stena Impero",
    """
Iran said on Wednesday it had released [[seven of the 23 crew members|arrested;v=7;a=Iran]] of the
British-flagged tanker Stena Impero, which its Revolutionary Guards seized in the Strait of
Hormuz in {{July}}. Stena Bulk, the Swedish owner, said [[the remaining 16|arrested;a=Stena
Bulk]] were still aboard the ship at Bandar Abbas and were in good health. India said [[18 of the
crew|arrested;a=India]] were Indian nationals. Britain's defence ministry said its warships had
escorted [[more than 40 ships|other;a=Britain's defence ministry]] through the strait since the
seizure. The Guards used [[four fast boats|other]] and a helicopter in the seizure. London has since sent
[[two more warships|other;u=other]] to the Gulf.
""",
)

item(
    "US sends 3,000 sailors and Marines to Gulf after Iranian tanker seizures",
    """
The Pentagon said [[more than 3,000 sailors and Marines|combatants;a=The Pentagon]] had arrived
in the Red Sea aboard [[two warships|other;u=other;a=The Pentagon]] on their way to the Gulf. Iran
has harassed, attacked or seized [[nearly 20 internationally flagged ships|other;a=the US Fifth
Fleet]] since {{2021}}, the US Fifth Fleet said. The Advantage Sweet, seized in {{April}} with
[[24 crew members|arrested;a=Advantage Tankers]] aboard, most of them Indian, remains in Iranian
custody, Advantage Tankers, its manager, said. The Niovi, a Panama-flagged tanker seized a week
later, had [[23 crew|arrested]] on board. Navy officials said they were considering placing
teams of [[five to 10 Marines|combatants;p;q=range;v=5;lo=5;hi=10;a=Navy officials]] on
commercial tankers passing through the Strait of Hormuz.
""",
)

item(
    "Record number of seafarers abandoned in 2024, ITF says",
    """
Shipowners abandoned [[3,133 seafarers|civilians;a=the International Transport Workers'
Federation]] on [[312 ships|other;a=the International Transport Workers' Federation]] in
{{2024}}, a record, the International Transport Workers' Federation said on Tuesday. The union
said [[899 Indian seafarers|civilians;a=The union;alt=International Transport Workers'
Federation]] were among them, the most of any nationality. Owners owed crews {{$20.1m}} in unpaid
wages, of which the ITF recovered {{$13.1m}}. [[About 1,800 seafarers|returned;a=the union;alt=International
Transport Workers' Federation]] were repatriated with its help during the year, the union said.
The ITF runs [[two shelters|capacity;a=The ITF]] in Dubai that can take in [[60
seafarers|capacity;a=The ITF]] between them, it said. Its welfare fund paid grants to [[about
400 families|aid;a=the union;alt=International Transport Workers' Federation]] of seafarers killed or abandoned, the union said.
The ILO said [[more than 100 cases|other;a=The ILO]] on its abandonment database were still
unresolved. On one tanker off Dubai, [[seven seafarers|civilians]] have lived aboard without pay
for {{19 months}}.
""",
)

item(
    "Mission to Seafarers brings food to crew abandoned off Khor al-Zubair",
    """
[[Nine Indian and Syrian crew|civilians;a=the Mission to Seafarers]] have been stranded aboard a
tanker anchored off Iraq's Khor al-Zubair port for {{11 months}} without wages, the Mission to
Seafarers said on Monday. The charity said it had delivered [[40 food parcels|aid;a=The
charity;alt=the Mission to Seafarers]], [[12 hygiene kits|aid;a=The
charity;alt=the Mission to Seafarers]] and drinking water to the ship. [[Two crew
members|returned]] were flown home to Mumbai last month after falling ill. The ITF said it had
asked Iraq's ports authority to let [[the nine|returned;p;a=The ITF]] go ashore and be
repatriated. The charity runs a seafarers' centre in Basra with room for [[24
seafarers|capacity]]. Welfare groups in the Gulf say [[more than 60 ships|other;a=Welfare groups
in the Gulf]] are currently abandoned in the region's ports.
""",
)

item(
    "Saudi navy ships carry thousands of evacuees from Port Sudan to Jeddah",
    """
Saudi Arabia said on Monday it had evacuated [[more than 5,000 people|displaced;a=Saudi Arabia]]
from Sudan by sea, ferrying them across the Red Sea from Port Sudan to Jeddah. The foreign
ministry said [[about 200 Saudis|displaced;a=The foreign ministry]] were among them, along with
diplomats and nationals of other countries. Navy ships and a chartered ferry with room
for [[1,400 passengers|capacity]] were making the {{12-hour}} crossing, carrying [[1,500 to 2,000 people|displaced]] each time. In Jeddah, [[about 2,800
evacuees|displaced;a=officials]] were housed in [[four hotels|capacity;u=structure;a=officials]]
while they waited for flights home, officials said. The IOM said [[thousands more|displaced;n=-;a=The
IOM]] were waiting in Port Sudan for a place on a ship.
""",
)

item(
    "Turkey sends navy ships to evacuate citizens from Beirut",
    """
[[About 2,000 Turkish citizens|displaced;p;a=Turkey's defence ministry]] are expected to leave
Lebanon on [[two navy ships|other;u=other;p;a=Turkey's defence ministry]] sailing from Beirut to
Mersin on Wednesday, Turkey's defence ministry said. The ships can carry [[up to 1,500
people|capacity;a=the ministry;alt=Turkey's defence ministry]] each, the ministry said. Cyprus's
foreign ministry said [[more than 1,300 foreign nationals|displaced;a=Cyprus's foreign ministry]]
had arrived at Larnaca by sea and air since late {{September}}. Lebanon's government says [[more
than 1.2 million people|displaced;a=Lebanon's government]] have fled their homes since Israel
stepped up its strikes. Germany's foreign ministry said a chartered ship had taken [[about 130
German nationals|displaced;a=Germany's foreign ministry]] to Cyprus on Sunday.
""",
)

item(
    "Aid trucks roll ashore from US-built floating pier off Gaza",
    """
Trucks carrying aid rolled off a US-built floating pier onto the Gaza shore for the {{first}} time
on Friday. Pentagon officials said the pier would initially handle [[about 90 trucks a
day|aid;p;a=Pentagon officials]], rising to [[150|aid;p;u=other;a=Pentagon officials]] when fully
running. [[About 1,000 US troops|combatants;a=officials]] were involved in building and running
it, but none would go ashore, officials said. US Central Command later said [[three service
members|injured;a=US Central Command]] had been hurt in non-combat incidents. The UN said [[137
truckloads|aid;u=other;a=The UN]] had been moved from the pier to warehouses in its first week.
[[Four army boats|other]] broke loose in heavy seas and ran aground. The pier, which cost about
{{$230m}}, was damaged by the weather after {{about two weeks}}.
""",
)

item(
    "World Central Kitchen resumes sea shipments to Gaza",
    """
World Central Kitchen said on Tuesday it had resumed shipping food to Gaza from Cyprus, {{two months}}
after an Israeli drone strike on its convoy killed [[seven of its aid workers|killed]], among
them [[three British security contractors|killed]]. The charity said a barge towed by the Open
Arms carried [[about 200 tonnes|aid;a=The charity;alt=World Central Kitchen]] of rice, flour and
canned food, enough for [[about 300,000 meals|aid;p;a=The charity;alt=World Central Kitchen]].
Cyprus said the sea corridor could eventually deliver [[up to 2,000 tonnes a week|aid;p;a=Cyprus]].
COGAT, the Israeli defence body that oversees aid, said [[more than 150 aid trucks|aid;a=COGAT]]
had entered Gaza by land on Monday. The UN says [[at least 500 trucks a day|aid;p;a=The UN]] are
needed to meet basic needs.
""",
)

item(
    "Indian Navy ships evacuate thousands from Aden as fighting rages",
    """
Indian Navy ships have evacuated [[more than 3,000 people|displaced;a=India's foreign ministry]]
from the Yemeni ports of Aden, Al Hudaydah and Ash Shihr since {{1 April}}, India's foreign
ministry said. They include [[about 600 foreign nationals|displaced]] who asked India for help.
The evacuees were taken to Djibouti, where India set up a camp for [[1,500 people|capacity]] near
the airport. [[Three warships|other;u=other]] and [[two passenger ships|other]] have been used
for the operation, and the larger of the two can carry [[up to 1,200 passengers|capacity]]. Shelling
has damaged [[two port buildings|housing;a=port officials]] in Aden, port officials said. V K Singh, the junior foreign minister, said [[about 4,000 Indians|civilians;a=V
K Singh]] had been living in Yemen when the fighting began. Mortar shells landed near the port in
Aden as [[about 400 people|displaced;a=officials]] boarded INS Mumbai on Tuesday, officials said.
""",
)

item(
    "Atalanta marks a decade of escorting WFP food ships to Somalia",
    """
The EU's anti-piracy mission Atalanta said on Monday it had protected [[more than 500
ships|aid;a=The EU's anti-piracy mission Atalanta]] chartered by the World Food Programme since
{{2008}}, carrying [[about 1.8 million tonnes|aid;a=The EU's anti-piracy mission Atalanta]] of
food to Somalia. WFP said the deliveries had fed [[up to 1.5 million people a year|aid;n=people;a=WFP]].
The mission currently has [[about 700 personnel|combatants]] and [[three warships|other;u=other]]
in the Indian Ocean. Its patrols have broken up [[about 20 pirate action groups|other;u=other]]
since {{2012}}. Pirate attacks off Somalia peaked in {{2011}}, when [[237 attacks|other;u=other;a=the
IMB]] were recorded, according to the IMB.
""",
)

item(
    "Indian Navy deploys destroyers after drone hits tanker off Gujarat",
    """
The Indian Navy said it had deployed [[three guided-missile destroyers|other;u=other;a=The Indian
Navy]] in the Arabian Sea after a drone struck the Liberian-flagged chemical tanker Chem Pluto
about {{200 nautical miles}} off the coast of Gujarat. The Indian Coast Guard said [[the 21 Indian
crew|civilians;a=The Indian Coast Guard]] and [[one Vietnamese|civilians;a=The Indian Coast
Guard]] aboard were safe. R Hari Kumar, the navy chief, said the force had [[more than 10
warships|other;u=other;a=R Hari Kumar]] on patrol in the Arabian Sea and the Gulf of Aden. He said
its ships had responded to [[more than 250 incidents|other;u=other;a=R Hari Kumar]] since
{{December}} and rescued [[110 seafarers|other;a=R Hari Kumar]].
""",
)

item(
    "EU extends Aspides mandate and budget for another year",
    """
The Council of the EU on Monday extended the mandate of Aspides, its naval operation in the Red
Sea, until {{28 February 2026}}, and set its common costs at {{€17.1m}}. The operation, run from
Larissa in Greece, began in {{February 2024}}. Diplomats said the extension came after {{more than
a year}} in which attacks on shipping had slowed but not stopped. The mandate also lets the
mission share information with Atalanta, which was extended to {{2027}}.
""",
)

item(
    "Why warships fire $2m missiles at $20,000 drones",
    """
An {{SM-2}} interceptor, the workhorse of US destroyers in the Red Sea, costs about {{$2.1m}},
while the Houthis' one-way attack drones are estimated to cost {{$20,000 to $50,000}} apiece.
The missile has a range of about {{170 km}} and flies at more than {{Mach 3}}. Navies have turned
to cheaper options, including deck guns firing rounds that cost about {{$5,000}} and helicopters
armed with machine guns. Britain said each Sea Viper shot costs around {{£1m}}. Analysts said the
cost gap was manageable for now, because a hit tanker can cost {{$100m}} or more.
""",
)
