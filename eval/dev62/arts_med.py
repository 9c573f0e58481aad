"""dev62 items: the central and eastern Mediterranean (Libya, Tunisia, Lampedusa, Malta,
Greece, Crete, Italy's arrivals and centres).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Dozens missing after boat from Sfax capsizes near Lampedusa",
    "[[At least 41 people|missing;a=survivors]] are missing after a metal boat that left Sfax capsized in rough seas, survivors told UNHCR staff on Lampedusa. "
    "The Italian coastguard said it had pulled [[four survivors|other;a=The Italian coastguard]] from the water, among them a {{13-year-old}} boy, after they spent {{three days}} clinging to inner tubes. "
    "The boat, about {{seven metres}} long, had set off on {{August 3}} with [[45 people|displaced;a=survivors]] on board, they said.",
)

F(
    "Greek coastguard recovers bodies after trawler sinks off Pylos",
    "The Hellenic coastguard said [[78 bodies|killed;a=The Hellenic coastguard]] had been recovered southwest of Pylos and [[104 people|other;a=The Hellenic coastguard]] rescued after a fishing trawler that sailed from Tobruk sank before dawn. "
    "Survivors told UN agencies that [[between 400 and 750 people|displaced;a=Survivors]] had been crammed aboard the {{30-metre}} vessel, so [[hundreds|missing;a=Survivors]] may still be missing. "
    "[[Nine Egyptian men|arrested]] accused of crewing the boat were arrested in Kalamata on {{June 15}}.",
)

F(
    "Ocean Viking rescues people from two rubber boats off Zuwara",
    "SOS Mediterranee said its ship Ocean Viking had rescued [[137 people|other;a=SOS Mediterranee]] from [[two overcrowded rubber boats|other;a=SOS Mediterranee]] about {{40 nautical miles}} off Zuwara, Libya. "
    "Among them were [[52 unaccompanied minors|other;a=the charity;alt=SOS Mediterranee]], the youngest {{aged nine}}, the charity said. "
    "Italian authorities assigned Ancona as the port of disembarkation, more than {{1,500 kilometres}} and {{four days}} of sailing away.",
)

F(
    "IOM counts interceptions off Libya in first half of year",
    "According to IOM, [[17,190 migrants|other;a=IOM]] were intercepted at sea and returned to Libya in the first {{six months}} of {{2023}}, and [[962 people|killed;a=IOM]] died or went missing on the central Mediterranean route. "
    "Those returned are taken to detention centres where [[about 4,000 people|arrested;a=the agency;alt=IOM]] are held, in facilities built for [[fewer than 2,500|capacity;a=the agency;alt=IOM]], the agency said.",
)

F(
    "Bodies wash ashore near Sfax after two boats sink",
    "The bodies of [[29 migrants|killed;a=a National Guard spokesman]] from sub-Saharan Africa washed ashore near Sfax after [[two boats|other;a=a National Guard spokesman]] sank, a National Guard spokesman said. "
    "Coastguard units rescued [[11 people|other]] and were searching for [[at least 20 others|missing]]. "
    "The guard says it has stopped [[more than 34,000 people|other;a=The guard]] from leaving Tunisian shores this year, almost double the number in {{2022}}.",
)

F(
    "Migrants left in desert on Tunisia-Libya border",
    "Human Rights Watch said [[about 1,200 black African migrants|other;a=Human Rights Watch]] had been rounded up in Sfax in early July and driven to the desert borders with Libya and Algeria. "
    "Libyan border guards said they had found [[27 bodies|killed;a=Libyan border guards]] near Al-Assah and given water to [[about 100 people|aid;a=Libyan border guards]] as temperatures reached {{45C}}. "
    "Tunisia later moved [[about 630 people|displaced]] to [[two shelters|capacity]] in Medenine and Tataouine.",
)

F(
    "Lampedusa overwhelmed as more than 7,000 arrive in two days",
    "[[More than 7,000 people|displaced;a=the Red Cross]] reached Lampedusa over two days aboard [[about 120 boats|other;a=the Red Cross]], the Red Cross said. "
    "The island's reception centre, which has room for [[about 400 people|capacity]], held [[more than 6,000|displaced]] on Wednesday night, on an island of [[about 6,000 residents|civilians]]. "
    "Authorities said [[about 3,000 people|displaced;p;a=Authorities]] would be transferred to Sicily and the mainland by Friday.",
)

F(
    "Italy records highest sea arrivals since 2016",
    "Italy recorded [[157,301 sea arrivals|displaced;a=interior ministry data]] in {{2023}}, according to interior ministry data, up {{about 50%}} on the year before and the most since {{2016}}. "
    "Guineans and Ivorians were the largest groups, at [[18,204|displaced]] and [[16,064|displaced]]. "
    "The government has promised {{€60 million}} for new repatriation centres able to hold [[1,800 people|capacity;p]].",
)

F(
    "Sea-Watch plane spots drifting boat in Malta's rescue zone",
    "Sea-Watch said its surveillance plane {{Seabird 2}} had spotted a wooden boat carrying [[about 60 people|displaced;a=Sea-Watch]] adrift for {{two days}} in Malta's search and rescue zone. "
    "The group said [[seven|killed;a=The group;alt=Sea-Watch]] had already died of dehydration. "
    "The Armed Forces of Malta said they had rescued [[53 people|other;a=The Armed Forces of Malta]] and were treating [[five|injured;a=The Armed Forces of Malta]] for burns from fuel mixed with seawater.",
)

F(
    "Hotline loses contact with three boats from Tobruk",
    "The Alarm Phone hotline said it had lost contact with [[three boats|other;a=The Alarm Phone hotline]] that left Tobruk on {{April 10}}, with [[about 150 people|missing;a=The Alarm Phone hotline]] on board in total. "
    "Its number, {{+33 4 00 17 07 23}}, is passed among people waiting to cross. "
    "Separately, IOM said [[61 migrants|killed;a=IOM]], including women and children, had drowned when their dinghy sank off Zuwara, and [[25 survivors|other;a=IOM]] were returned to Libya.",
)

F(
    "MSF treats detainees after shooting at Tripoli detention centre",
    "Médecins Sans Frontières said its teams had treated [[more than 60 people|injured;a=Médecins Sans Frontières]] for fractures and gunshot wounds after guards fired on detainees at the Ain Zara centre in Tripoli, where [[about 1,500 migrants|arrested;a=Médecins Sans Frontières]] are held. "
    "In Bani Walid, traffickers are holding [[at least 120 people|kidnapped;a=survivors]] in warehouses and demanding up to {{$6,000}} each for their release, survivors told the charity.",
)

F(
    "Frontex reports highest irregular crossings since 2016",
    "Frontex said there had been [[about 380,000 irregular border crossings|displaced;a=Frontex]] into the EU in {{2023}}, the highest since {{2016}}, with the central Mediterranean accounting for [[157,000|displaced;u=other;a=Frontex]], or {{41%}}. "
    "The agency currently deploys [[about 2,500 officers|combatants]] from its standing corps. "
    "It plans to have [[10,000|combatants;p;a=Frontex]] by {{2027}}, on a budget of {{€845 million}} this year.",
)

F(
    "Hundreds land on Crete from eastern Libya",
    "The Greek coastguard said [[442 people|displaced;a=The Greek coastguard]] had landed on Crete and the islet of Gavdos on Saturday aboard [[six boats|other;a=The Greek coastguard]], bringing arrivals since January to [[more than 7,000|displaced;a=The Greek coastguard]]. "
    "[[Two Egyptian men|arrested]] were arrested as suspected smugglers. "
    "Athens suspended asylum applications from North Africa for {{three months}} and sent [[two frigates|other;u=other]] to patrol off Libya.",
)

F(
    "First migrants reach Italy's centres in Albania",
    "An Italian navy ship carried [[16 men|displaced]] from Lampedusa to the port of Shengjin, the first transfer to the two centres Italy built in Albania, able to hold [[up to 3,000 people|capacity]] at a cost of {{€670 million}} over {{five years}}. "
    "[[Four|displaced;a=the interior ministry]] were sent back to Italy the same day after officials found they were minors or vulnerable, the interior ministry said. "
    "A Rome court later ordered the other [[12|displaced;p;a=A Rome court]] brought to Italy.",
)

F(
    "Toll from shipwreck off Cutro rises",
    "Firefighters said the toll from the shipwreck off Cutro had risen to [[94|killed;a=Firefighters]], among them [[35 children|killed;a=Firefighters]], after the sea returned [[three more bodies|killed;a=Firefighters]]. "
    "[[Eighty survivors|other]] were taken to a reception centre in Isola di Capo Rizzuto. "
    "The wooden caique had left Izmir {{four days}} earlier with [[about 180 people|displaced]] on board and broke up {{100 metres}} from the beach at {{4 a.m.}}",
)

F(
    "Salvini acquitted over Open Arms stand-off",
    "A Palermo court on {{December 20, 2024}} acquitted Italy's former interior minister of kidnapping over the {{August 2019}} stand-off in which the Spanish charity ship Open Arms was kept off Lampedusa for {{19 days}}. "
    "Prosecutors had sought a {{six-year}} sentence. "
    "The trial had lasted {{three years}}.",
)

F(
    "EU migration pact sets screening deadlines",
    "The EU's Pact on Migration and Asylum, adopted in {{May 2024}}, applies from {{June 2026}}. "
    "It sets a screening period of up to {{seven days}} at the external border and a border procedure of {{12 weeks}}, and lets states that refuse to take in asylum seekers pay {{€20,000}} per person instead. "
    "Hungary and Poland voted against it in {{April 2024}}.",
)

F(
    "Libyan coastguard fires warning shots near rescue ship",
    "The crew of the German rescue ship {{Humanity 1}} said a Libyan coastguard patrol boat fired shots into the water as they pulled [[77 people|other;a=The crew of the German rescue ship Humanity 1]] from a sinking dinghy. "
    "[[At least one person|killed;a=the crew;alt=The crew of the German rescue ship Humanity 1]] drowned, the crew said, and the Libyans took [[about 20 others|other;a=the crew;alt=The crew of the German rescue ship Humanity 1]] back to Tripoli.",
)

F(
    "Greek court convicts captain over Farmakonisi sinking",
    "A court on Rhodes sentenced a Syrian man to {{145 years}} in prison for steering a boat on which [[11 people|killed]] drowned off Kos. "
    "The boat had carried [[41 Syrians and Iraqis|displaced;n=Syrians and Iraqis]] from Bodrum, {{5 kilometres}} away. "
    "The coastguard says it has arrested [[more than 1,500 suspected smugglers|arrested;a=The coastguard]] since {{2015}}.",
)

F(
    "Italian decree limits rescue ships",
    "The decree, approved in {{January 2023}}, fines captains of charity ships up to {{€50,000}} and lets authorities hold a ship for {{two months}} if it does not head straight to port after a rescue. "
    "Charities say the ports they are assigned are often {{more than 1,000 kilometres}} away, and that ships lose {{about a week}} on each trip.",
)
