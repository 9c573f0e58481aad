"""dev44 items set in the Middle East: live-blog entries, breaking lines and "what we know" boxes.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). Lines are separated by "\\n"; each bullet or timestamped entry is read
as its own sentence (see README.md).
"""

from figset import F

F(
    "Live: Israeli strikes on Khan Younis",
    "{{10:05 GMT}} - Gaza's civil defence says [[at least 19 people|killed;a=Gaza's civil defence]] were killed when an Israeli strike hit tents in al-Mawasi, among them [[seven children|killed;a=Gaza's civil defence]].\n"
    "{{10:50 GMT}} - The Israeli military says it struck a Hamas command centre in the area.\n"
    "{{12:15 GMT}} - Nasser hospital says it has received [[more than 60 wounded|injured;a=Nasser hospital]] since the morning.",
)

F(
    "Gaza war: key figures",
    "Key figures:\n"
    "- [[34,183 Palestinians|killed;a=Gaza health ministry]] killed (Gaza health ministry)\n"
    "- [[77,143|injured;a=Gaza health ministry]] injured (Gaza health ministry)\n"
    "- [[About 1.7 million people|displaced;a=UNRWA]] displaced (UNRWA)\n"
    "- Israel says [[133 hostages|kidnapped;a=Israel]] are still held in Gaza",
)

F(
    "BREAKING: Strike on school shelter in Nuseirat",
    "BREAKING: An Israeli strike on a UNRWA school sheltering [[about 6,000 displaced people|displaced;a=the Hamas-run government media office]] in Nuseirat killed [[at least 33 people|killed;a=the Hamas-run government media office]], the Hamas-run government media office said. "
    "The Israeli military said it had targeted [[20 to 30 militants|combatants;a=The Israeli military]] operating from classrooms.",
)

F(
    "Gaza aid: trucks in, needs unmet",
    "{{15:30 GMT}} - COGAT says [[224 aid trucks|aid;a=COGAT]] entered Gaza on Tuesday, the most in {{a single day}} since the ceasefire.\n"
    "{{16:10 GMT}} - The UN says [[about 600 trucks a day|aid;a=The UN;p]] are needed, and that it was able to collect cargo from only [[97|aid;a=The UN;u=other]] of them.",
)

F(
    "Lebanon: what we know about the pager explosions",
    "What we know:\n"
    "- Pagers used by Hezbollah members exploded across Lebanon at about {{3:30 p.m.}}\n"
    "- [[At least 12 people|killed;a=Lebanon's health minister]], including [[two children|killed;a=Lebanon's health minister]], were killed, Lebanon's health minister says\n"
    "- [[About 2,800|injured]] were injured, [[around 300|injured]] of them critically\n"
    "- Iran's ambassador was among those hurt",
)

F(
    "Lebanon displacement: key figures",
    "Key figures:\n"
    "- [[More than 1.2 million people|displaced;a=Lebanon's government]] displaced, according to Lebanon's government\n"
    "- [[Over 900 collective shelters|capacity]] opened in schools and public buildings\n"
    "- [[About 400,000 people|displaced;a=Syrian authorities]] crossed into Syria, Syrian authorities say\n"
    "- [[Some 190,000 people|displaced;a=IOM]] sleeping in shelters (IOM)",
)

F(
    "UPDATE: Beirut strike toll doubles",
    "Lebanon's health ministry raised the death toll from Thursday's strikes on central Beirut to [[22|killed;a=Lebanon's health ministry]] from [[11|killed;a=Lebanon's health ministry]] and said [[117 people|injured;a=Lebanon's health ministry]] were wounded. "
    "Rescuers were still searching for [[at least four people|missing]] under the rubble of [[two residential buildings|housing]].",
)

F(
    "Syria's coast: what we know",
    "What we know:\n"
    "- The Syrian Observatory for Human Rights says [[more than 1,300 people|killed;a=The Syrian Observatory for Human Rights]] have been killed, [[973|killed;a=The Syrian Observatory for Human Rights]] of them Alawite civilians\n"
    "- [[Thousands|displaced]] have fled to the Russian base at Hmeimim\n"
    "- [[Around 9,000 people|displaced;a=the UN refugee agency]] crossed into Lebanon, the UN refugee agency says\n"
    "- Authorities say [[dozens of suspects|arrested;a=Authorities]] have been detained",
)

F(
    "BREAKING: US strikes hit Ras Isa port",
    "BREAKING: US strikes on the Ras Isa fuel port killed [[at least 74 people|killed;a=the Houthi-run health ministry]] and wounded [[171|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said. "
    "Most of the dead were port workers and paramedics, it added.",
)

F(
    "Yemen floods: latest",
    "{{09:00 GMT}} - Yemen's Houthi-run health ministry says floods in Hodeidah and Hajjah have killed [[at least 45 people|killed;a=Yemen's Houthi-run health ministry]].\n"
    "{{11:20 GMT}} - IOM says [[nearly 34,000 families|civilians;a=IOM]] have been affected and [[more than 5,000 shelters|housing;a=IOM]] in displacement sites damaged or destroyed.",
)

F(
    "Jenin operation: key figures",
    "Key figures:\n"
    "- [[At least 36 Palestinians|killed;a=the Palestinian health ministry]] killed since the operation began, according to the Palestinian health ministry\n"
    "- [[About 20,000 residents|displaced;a=UNRWA]] have left Jenin camp (UNRWA)\n"
    "- The Israeli military says it has detained [[more than 100 suspects|arrested;a=The Israeli military]]\n"
    "- Israel has said its troops will stay in the camp for {{at least a year}}",
)

F(
    "Live: Iranian missiles over Israel",
    "{{19:45 GMT}} - Magen David Adom says [[11 people|injured;a=Magen David Adom]] were lightly hurt when a missile hit near Tel Aviv.\n"
    "{{20:02 GMT}} - The military says [[about 180 ballistic missiles|other;a=The military]] were fired from Iran.\n"
    "{{20:40 GMT}} - [[One man|killed;a=Palestinian officials]] was killed in Jericho by falling debris, Palestinian officials say.",
)

F(
    "Ceasefire exchange: hostages and prisoners",
    "{{13:00 GMT}} - Hamas has handed over [[three Israeli hostages|kidnapped]] to the Red Cross in Khan Younis.\n"
    "{{15:30 GMT}} - Israel's prison service says it has released [[183 Palestinian prisoners|other;a=Israel's prison service]] under the exchange deal, [[111|other;a=Israel's prison service]] of them detained in Gaza during the war.",
)

F(
    "BREAKING: Crowds cross back into northern Gaza",
    "BREAKING: [[More than 300,000 Palestinians|returned;a=Gaza's government media office]] have crossed from the south of Gaza to the north since the Netzarim corridor opened on Monday morning, Gaza's government media office says. "
    "UNRWA says [[about 1,000 people an hour|returned;a=UNRWA;n=people]] were walking along the coastal road.",
)

F(
    "Syrians head home from abroad",
    "UNHCR says [[more than 500,000 Syrian refugees|returned;a=UNHCR]] have gone home from neighbouring countries since December, and [[about 1.2 million internally displaced people|returned;a=UNHCR]] have returned to their areas of origin. "
    "The agency expects [[up to 1.5 million|returned;a=The agency;alt=UNHCR;p]] more to return by the end of the year.",
)

F(
    "Turkey-Syria earthquake: latest",
    "Latest:\n"
    "- Turkey's disaster agency AFAD says [[45,089 people|killed;a=Turkey's disaster agency AFAD;alt=AFAD]] have died in Turkey\n"
    "- The death toll in Syria stands at [[about 5,900|killed]]\n"
    "- [[More than 1.5 million people|displaced;a=AFAD]] are in tents, container cities or dormitories (AFAD)\n"
    "- The {{magnitude 7.8}} quake struck at {{4:17 a.m.}} on {{February 6}}",
)

F(
    "Sinjar: families leave Kurdistan camps",
    "Iraq's migration ministry says [[about 1,500 families|returned;a=Iraq's migration ministry]] left camps in the Kurdistan region for Sinjar in May. "
    "[[Some 150,000 displaced Yazidis|displaced;a=the UN]] still live in [[15 camps|capacity;a=the UN]] around Duhok, according to the UN.",
)

F(
    "Gaza famine: what we know",
    "What we know:\n"
    "- The IPC says famine is confirmed in Gaza City, where [[more than 500,000 people|civilians;a=The IPC]] face catastrophic hunger\n"
    "- The health ministry says [[at least 271 people|killed;a=The health ministry]] have died of malnutrition, among them [[112 children|killed;a=The health ministry]]\n"
    "- [[More than 1,000 people|killed;a=OHCHR]] were killed while seeking food since May (OHCHR)",
)

F(
    "Live: Lebanese head south as truce holds",
    "{{08:40 GMT}} - Cars packed with mattresses are streaming south from Beirut as the ceasefire that began at {{4 a.m.}} holds.\n"
    "{{11:15 GMT}} - Lebanon's civil defence says [[tens of thousands of people|returned;a=Lebanon's civil defence]] have headed home to the south and the Bekaa valley.\n"
    "{{13:30 GMT}} - Syria says [[about 40,000 Lebanese|returned;a=Syria]] have crossed back through the Jdeidet Yabous border post.",
)

F(
    "Israel revises October 7 toll",
    "Israel's foreign ministry said on Friday it had revised the death toll from the {{October 7}} attack to [[about 1,200|killed;a=Israel's foreign ministry]] from [[1,400|killed;a=Israel's foreign ministry]]. "
    "It said [[about 240 people|kidnapped;a=Israel's foreign ministry]] were taken hostage.",
)

F(
    "BREAKING: Deadly clashes in Sweida",
    "BREAKING: Clashes between Druze fighters and Bedouin tribes in Sweida have killed [[at least 89 people|killed;a=the Syrian Observatory for Human Rights]], the Syrian Observatory for Human Rights said on Monday. "
    "The interior ministry said it was sending [[several hundred security personnel|combatants;a=The interior ministry]] to the province. "
    "[[About 2,000 families|displaced;a=local officials]] have fled to Daraa, local officials said.",
)

F(
    "Live: Rafah evacuation order",
    "{{06:30 GMT}} - The Israeli military has ordered [[about 100,000 people|displaced;p]] to leave eastern Rafah and move to al-Mawasi.\n"
    "{{09:00 GMT}} - UNRWA says [[more than 450,000 people|displaced;a=UNRWA]] have fled Rafah in {{a week}}.\n"
    "{{12:40 GMT}} - The Kuwaiti hospital in Rafah says it has received [[14 bodies|killed;a=The Kuwaiti hospital in Rafah]] since dawn.",
)

F(
    "Marib: camps emptied by fighting",
    "Fighting near Marib has forced [[more than 2,000 families|displaced;a=the government's displacement unit]] out of [[nine camps|capacity;a=the government's displacement unit]] in Sirwah district since September, the government's displacement unit said. "
    "The province hosts [[about 1.6 million displaced people|displaced;a=the government's displacement unit]], it said.",
)

F(
    "Iran gives toll from Israeli strikes",
    "Iran's health ministry said on Sunday that Israeli strikes since Friday had killed [[224 people|killed;a=Iran's health ministry]] and injured [[1,277|injured;a=Iran's health ministry]], {{90%}} of them civilians.",
)

F(
    "Live: Gaza ceasefire talks in Doha",
    "{{10:00 GMT}} - Talks in Doha resume for a {{third}} day, an Egyptian official says.\n"
    "{{14:25 GMT}} - The draft provides for a {{42-day}} initial truce, according to a copy seen by AFP.\n"
    "{{16:40 GMT}} - Oil prices fell {{1.5%}} on hopes of a deal; Brent traded at {{$78.20}} a barrel.",
)

F(
    "North-west Syria: key figures",
    "Key figures (north-west Syria):\n"
    "- [[More than 120,000 people|displaced;a=the UN]] have fled since late November, the UN says\n"
    "- [[About 30 schools|capacity]] are being used as shelters\n"
    "- [[Seven hospitals|other]] out of service\n"
    "- [[Nine civilians|killed;a=civil defence]], [[four|killed;a=civil defence]] of them children, were killed in strikes on Idlib city on Monday (civil defence)",
)

F(
    "Airdrops over northern Gaza",
    "Jordan said its air force and partners dropped [[about 40 tonnes of food|aid;a=Jordan;n=tonnes]] over northern Gaza on Sunday in [[eight airdrops|aid;a=Jordan]]. "
    "Gaza's civil defence said [[two people|injured;a=Gaza's civil defence]] were hurt by falling pallets.",
)

F(
    "Live: settler attack on Turmus Ayya",
    "{{21:15 GMT}} - The Palestinian Red Crescent says its crews treated [[12 people|injured;a=The Palestinian Red Crescent]] after settlers attacked the village of Turmus Ayya.\n"
    "{{21:40 GMT}} - Village council head Lafi Adeeb tells Reuters that [[about 30 cars|other;a=Village council head Lafi Adeeb;alt=Lafi Adeeb]] and [[four homes|housing;a=Village council head Lafi Adeeb;alt=Lafi Adeeb]] were set on fire.",
)

F(
    "Lebanon: what we know about the day of strikes",
    "What we know:\n"
    "- [[At least 492 people|killed;a=Lebanon's health ministry]] were killed on Monday, including [[35 children|killed;a=Lebanon's health ministry]], Lebanon's health ministry says\n"
    "- [[More than 1,600|injured]] were wounded\n"
    "- It was the deadliest day in Lebanon since the {{1975-1990}} civil war",
)

F(
    "Baghdad protest crackdown",
    "Security forces fired tear gas and live rounds at protesters in Baghdad on Friday, killing [[three people|killed;a=medical sources]] and wounding [[more than 150|injured;a=medical sources]], medical sources said. "
    "Police said [[47 people|arrested;a=Police]] had been detained.",
)

F(
    "Saydnaya: detainees freed",
    "Opposition fighters said they had freed [[thousands of detainees|arrested;a=Opposition fighters]] from Saydnaya prison after taking Damascus. "
    "A detainees' association estimated that [[more than 30,000 people|killed;a=A detainees' association]] were executed there after {{2011}}.",
)

F(
    "UNRWA: shelters beyond capacity",
    "UNRWA says [[about 1.9 million people|displaced;a=UNRWA]] are now displaced across Gaza, [[nearly 1 million|displaced;a=UNRWA]] of them in its [[154 shelters|capacity;a=UNRWA]]. "
    "The agency said [[more than 160 of its staff|killed;a=The agency;alt=UNRWA]] have been killed.",
)

F(
    "BREAKING: Car bomb near Manbij",
    "BREAKING: A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij, killing [[20 people|killed;a=the civil defence]], [[18|killed;a=the civil defence]] of them women, the civil defence said. "
    "[[Fifteen other women|injured]] were wounded.",
)
