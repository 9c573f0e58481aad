"""dev44 items set in Africa: live-blog entries, breaking lines and "what we know" boxes.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). Lines are separated by "\\n"; each bullet or timestamped entry is read
as its own sentence (see README.md).
"""

from figset import F

F(
    "Live: fighting in El Fasher",
    "{{09:15 GMT}} - Doctors at the city's Saudi hospital say [[at least 14 people|killed;a=Doctors at the city's Saudi hospital]] were killed in overnight shelling and [[31|injured;a=Doctors at the city's Saudi hospital]] were brought in wounded.\n"
    "{{11:40 GMT}} - The Emergency Lawyers group says [[another nine|killed;a=The Emergency Lawyers group]] died when drones hit a market.\n"
    "{{13:05 GMT}} - Residents told Reuters that [[hundreds of families|displaced;a=Residents]] were leaving for Tawila on foot.",
)

F(
    "What we know about the attack on Zamzam camp",
    "What we know:\n"
    "- [[More than 100 people|killed;a=UN]] were killed in {{two days}} of attacks, [[20|killed;a=UN]] of them children (UN)\n"
    "- [[Up to 400,000 people|displaced;a=IOM]] have fled the camp since Friday (IOM)\n"
    "- The camp sheltered [[an estimated 500,000 displaced people|displaced]] before the attack\n"
    "- Relief International says [[nine of its staff|killed;a=Relief International]] were killed at its clinic",
)

F(
    "BREAKING: Overloaded boat capsizes on Lake Mai-Ndombe",
    "BREAKING: [[At least 38 people|killed;a=provincial officials]] drowned and [[more than 100|missing;a=provincial officials]] are missing after an overloaded boat capsized on Lake Mai-Ndombe late on Tuesday, provincial officials said. "
    "The boat was carrying [[about 280 passengers|other;a=a survivor]], a survivor told local radio.",
)

F(
    "Goma: key figures after the rebel takeover",
    "Key figures after the {{M23}} advance on Goma:\n"
    "- [[At least 900 bodies|killed;a=WHO]] recovered from the streets (WHO)\n"
    "- [[2,880|injured;a=WHO]] wounded treated in hospitals (WHO)\n"
    "- [[About 500,000 people|displaced;a=OCHA]] in camps around the city forced to move again (OCHA)\n"
    "- [[Some 4,000 prisoners|other]] escaped from Munzenze jail",
)

F(
    "UPDATE 2-Sudan: toll from Wad Madani market strike rises",
    "The death toll from Sunday's air strike on a market in Wad Madani has risen to [[47|killed;a=the local health authority]] from [[31|killed;a=the local health authority]], the local health authority said on Monday. "
    "[[More than 80 people|injured]] remain in hospital, [[12|injured]] of them in critical condition.",
)

F(
    "Chad border: arrivals from Darfur keep rising",
    "{{10:20 GMT}} - UNHCR says [[about 1,200 refugees a day|displaced;a=UNHCR]] are crossing into Chad at Adre, up from [[roughly 600|displaced;a=UNHCR]] last week.\n"
    "{{12:00 GMT}} - [[Some 86,000 people|displaced]] have arrived since the start of the month, most of them women and children, and the transit site built for [[30,000|capacity]] is full.",
)

F(
    "BREAKING: Jihadists kill scores in Barsalogho",
    "BREAKING: Jihadist fighters killed [[at least 133 people|killed;a=security sources]] in an attack on Barsalogho in central Burkina Faso on Saturday, security sources told AFP. "
    "[[Dozens|injured;a=security sources]] were wounded, they said. "
    "Residents had been digging trenches around the town on the army's orders when the attackers arrived.",
)

F(
    "Mali: what we know about the Bamako attack",
    "What we know:\n"
    "- Gunmen attacked a gendarmerie school and the airport in Bamako at about {{5 a.m.}}\n"
    "- [[More than 70 people|killed;a=security sources]] were killed and [[over 200|injured;a=security sources]] wounded, according to security sources\n"
    "- The army says [[20 suspects|arrested;a=The army]] have been arrested\n"
    "- JNIM claimed the attack in a statement",
)

F(
    "Kuriga schoolchildren freed",
    "{{16:30 GMT}} - Kaduna state governor Uba Sani says [[137 pupils|kidnapped;a=Kaduna state governor Uba Sani;alt=Uba Sani]] and staff abducted from a school in Kuriga have been freed.\n"
    "{{16:45 GMT}} - The school's head teacher had earlier said [[287 pupils|kidnapped;a=The school's head teacher]] were taken; officials have not explained the gap.\n"
    "{{17:10 GMT}} - The governor says [[one teacher|killed;a=The governor;alt=Uba Sani]] died in captivity.",
)

F(
    "Mogadishu beach hotel attack",
    "Al-Shabaab fighters stormed a beachside hotel in Mogadishu on Friday night, killing [[at least 32 people|killed;a=police]], police said on Saturday. "
    "[[Sixty-three others|injured;a=police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]] were wounded, police spokesman Abdifatah Aden Hassan said, and [[all five attackers|killed;a=police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]] were killed.",
)

F(
    "Gofa landslide: latest",
    "Latest:\n"
    "- The death toll has risen to [[257|killed;a=the UN]] from [[229|killed;a=the UN]], the UN says\n"
    "- Local officials say it could reach [[500|killed;a=Local officials;p]]\n"
    "- [[More than 15,000 people|displaced;a=UN;p]] need to be evacuated because of the risk of further landslides (UN)",
)

F(
    "Derna floods: key figures",
    "Key figures, Derna:\n"
    "- [[11,300|killed;a=Libyan Red Crescent]] dead (Libyan Red Crescent)\n"
    "- [[10,100|missing;a=Libyan Red Crescent]] missing (Libyan Red Crescent)\n"
    "- [[More than 40,000 people|displaced;a=IOM]] displaced in the north-east (IOM)\n"
    "- [[891 buildings|housing;a=UNOSAT]] destroyed, according to satellite images (UNOSAT)",
)

F(
    "Cabo Delgado: tens of thousands flee new insurgent attacks",
    "IOM says [[more than 100,000 people|displaced;a=IOM]] fled their homes in Cabo Delgado in the {{two weeks}} after insurgents attacked Macomia and Mocímboa da Praia. "
    "The agency counted [[about 61,000 children|displaced;a=The agency;alt=IOM]] among them. "
    "[[Some 4,000 people|returned;a=IOM]] have since gone back to Macomia, it said.",
)

F(
    "Gezira: village raid reported",
    "{{14:20 GMT}} - Activists say RSF fighters killed [[more than 100 villagers|killed;a=Activists]] in Wad al-Noura, in Gezira state. The Wad Madani Resistance Committee said [[35 children|killed;a=The Wad Madani Resistance Committee]] were among the dead.\n"
    "{{15:00 GMT}} - The UN says [[about 3,000 residents|displaced;a=The UN]] have fled the village and nearby hamlets.",
)

F(
    "Renk transit centre overwhelmed",
    "At the Renk transit centre near the Sudanese border, [[more than 20,000 people|displaced;a=aid workers]] are crammed into a site built for [[3,000|capacity;a=aid workers]], aid workers said. "
    "UNHCR says [[about 800 returnees a day|returned;a=UNHCR]] are crossing from Sudan, many of them South Sudanese who had lived there for years.",
)

F(
    "Kenya floods: latest",
    "Latest:\n"
    "- [[At least 238 people|killed;a=the interior ministry]] have died since March, the interior ministry says\n"
    "- [[More than 235,000 people|displaced]] forced from their homes\n"
    "- [[75 people|missing]] still missing\n"
    "- The reopening of schools is delayed by {{one week}}",
)

F(
    "Ituri: militia attacks displacement camp",
    "CODECO militiamen attacked the Plaine Savo camp for displaced people in Ituri overnight, killing [[at least 23 people|killed;a=a local official]], a local official told Reuters. "
    "The camp was home to [[about 20,000 displaced people|displaced;a=a local official]], he said. "
    "[[Dozens of shelters|housing]] were set on fire.",
)

F(
    "Niger: soldiers killed near Malian border",
    "Niger's defence ministry said [[29 soldiers|killed;a=Niger's defence ministry]] were killed on Monday when [[more than 100 terrorists|combatants;a=Niger's defence ministry]] attacked a unit near the Malian border. "
    "The army said its forces killed [[dozens of assailants|killed;a=The army]] in the counter-attack.",
)

F(
    "Cyclone Freddy: Malawi toll climbs",
    "{{08:00 CAT}} - Malawi's Department of Disaster Management Affairs says the death toll from Cyclone Freddy has reached [[326|killed;a=Malawi's Department of Disaster Management Affairs]].\n"
    "{{10:30 CAT}} - [[Over 183,000 people|displaced;a=the department;alt=Malawi's Department of Disaster Management Affairs]] are now in [[more than 300 camps|capacity;a=the department;alt=Malawi's Department of Disaster Management Affairs]], the department says, and [[349|missing;a=the department;alt=Malawi's Department of Disaster Management Affairs]] are still missing.",
)

F(
    "Djibo: first convoy in months reaches blockaded town",
    "Djibo, under blockade by jihadists for more than {{two years}}, is home to [[about 300,000 people|civilians;a=aid groups]], many of them displaced from surrounding villages, aid groups said. "
    "A convoy of [[150 trucks|aid]] carrying food reached the town on Wednesday, the {{first}} in {{four months}}.",
)

F(
    "Tawila: what we know",
    "What we know:\n"
    "- Tawila now hosts [[more than 600,000 displaced people|displaced;a=MSF]] (MSF)\n"
    "- MSF treated [[2,300 cholera patients|other]] in {{one week}}\n"
    "- WFP says it reached [[about 140,000 people|aid;a=WFP]] with food in July",
)

F(
    "BREAKING: Suicide bombings in Gwoza",
    "BREAKING: Suicide bombers struck a wedding, a funeral and a hospital in Gwoza, Borno state, killing [[at least 18 people|killed;a=the state emergency agency]], the state emergency agency said. "
    "[[Forty-two|injured;a=the state emergency agency]] were injured, it said.",
)

F(
    "Makala prison toll corrected",
    "CORRECTION: An earlier version of this entry gave the death toll at Makala prison as {{192}}. "
    "Interior Minister Jacquemain Shabani says [[129 people|killed;a=Interior Minister Jacquemain Shabani;alt=Jacquemain Shabani]] died, [[24|killed;a=Interior Minister Jacquemain Shabani;alt=Jacquemain Shabani]] of them shot by guards, and [[59|injured;a=Interior Minister Jacquemain Shabani;alt=Jacquemain Shabani]] were injured.",
)

F(
    "Khartoum: returns gather pace",
    "IOM said on Thursday that [[more than 400,000 people|returned;a=IOM]] have returned to Khartoum state since the army retook the capital, most of them from Gezira and River Nile states. "
    "[[About 1.2 million people|displaced;a=IOM]] from Khartoum remain displaced elsewhere in Sudan, it said, and [[another 700,000|displaced;a=IOM]] are abroad.",
)

F(
    "Cameroon: abductions near Bamenda",
    "Separatist fighters abducted [[about 30 people|kidnapped;a=the regional governor]], among them [[six university students|kidnapped;a=the regional governor]], near Bamenda on Sunday, the regional governor said. "
    "[[Two soldiers|killed]] were killed in a rescue operation on Monday, and [[11 hostages|kidnapped]] were freed.",
)

F(
    "Somalia drought: key figures",
    "Key figures:\n"
    "- [[1.3 million people|displaced;a=UNHCR]] displaced by drought since {{January 2022}} (UNHCR)\n"
    "- [[More than 7 million|civilians;a=OCHA]] in need of aid (OCHA)\n"
    "- [[Some 3 million livestock|other]] have died",
)

F(
    "Chad moves refugees away from the border",
    "Chad has moved [[about 20,000 refugees|displaced;a=UNHCR]] from the border town of Adre to [[two new camps|capacity;a=UNHCR]] inland in the past month, UNHCR said. "
    "Each can hold [[25,000 people|capacity]], but water is short.",
)

F(
    "Live: RSF assault on Al-Nahud",
    "{{18:10 GMT}} - Sudan's foreign ministry says the RSF killed [[more than 300 civilians|killed;a=Sudan's foreign ministry]] in Al-Nahud over {{two days}}.\n"
    "{{18:25 GMT}} - Local activists say [[dozens of women|kidnapped;a=Local activists]] were abducted from their homes.\n"
    "{{19:00 GMT}} - The UN says [[around 4,000 families|displaced;a=The UN]] have fled toward El Obeid.",
)

F(
    "Burkina Faso: army moves to retake Mansila",
    "Burkina Faso's army said it had deployed [[about 2,000 soldiers and volunteers|combatants;a=Burkina Faso's army;n=soldiers and volunteers]] to retake Mansila after jihadists overran its base last week. "
    "[[At least 50 soldiers|killed;a=a security source]] died in the attack, a security source told AFP, and [[dozens|missing;a=a security source]] are unaccounted for.",
)

F(
    "Amhara: drone strike on market",
    "A drone strike on a busy market in Amhara region killed [[at least 30 people|killed;a=health workers]] and wounded [[about 55|injured;a=health workers]], health workers told the BBC. "
    "The federal government has not commented.",
)

F(
    "Live: tremors shake Ethiopia's Afar region",
    "{{06:52 GMT}} - A {{magnitude 5.8}} earthquake struck near Awash at a depth of {{10 km}}, the USGS says.\n"
    "{{07:30 GMT}} - It is the strongest tremor in the area since {{2005}}, when a {{magnitude 5.5}} quake hit.\n"
    "{{09:10 GMT}} - Officials say there are no reports of casualties; the road to Djibouti, {{about 300 km}} away, was briefly closed.",
)

F(
    "BREAKING: Dam collapse floods Maiduguri",
    "BREAKING: Flooding after the Alau dam collapsed has killed [[at least 30 people|killed;a=the Borno state government]] in Maiduguri and forced [[more than 400,000|displaced;a=the Borno state government]] from their homes, the Borno state government said. "
    "Officials said {{about 40%}} of the city was under water.",
)

F(
    "Uvira: what we know",
    "What we know:\n"
    "- {{M23}} rebels entered Uvira on Wednesday, {{a week}} after taking Kamanyola\n"
    "- [[More than 30,000 people|displaced;a=UNHCR]] have crossed into Burundi in {{three days}} (UNHCR)\n"
    "- Burundi has opened [[two transit sites|capacity]] near Gatumba, but [[between 8,000 and 10,000 people|displaced]] are sleeping in the open\n"
    "- [[At least 12 civilians|killed;a=local groups]] were killed in Kamanyola, local groups say",
)

F(
    "Kadugli: food reaches besieged city",
    "WFP says [[about 30,000 people|aid;a=WFP]] in Kadugli received food on Sunday, the {{first}} distribution in {{five months}}. "
    "A convoy of [[16 trucks|aid;a=the agency;alt=WFP]] reached the town after being held up for {{10 days}} at a checkpoint, the agency said.",
)

F(
    "Live: Jeddah talks on Sudan",
    "{{10:00 AST}} - Delegations from the army and the RSF are back in Jeddah for a {{second}} round of talks, Saudi officials say.\n"
    "{{13:20 AST}} - A {{72-hour}} truce agreed last week took effect at {{6 a.m.}} on Saturday but was broken within {{two hours}}, residents of Omdurman say.\n"
    "{{15:45 AST}} - Mediators hope to sign a statement of principles by {{May 11}}.",
)
