"""dev72 items: Pakistan (Balochistan and Khyber Pakhtunkhwa attacks and operations, the
Jaffar Express siege, Kurram, Bajaur, the disappeared, Afghans deported) and Afghanistan
(returns from Pakistan and Iran, aid, IS-K attacks, border clashes)."""

from figset import F

F(
    "Eight militants killed in North Waziristan operation",
    "Security forces killed [[eight terrorists|killed;a=the Inter-Services Public Relations]] "
    "in an intelligence-based operation in North Waziristan, the Inter-Services Public "
    "Relations said, while [[two soldiers|killed;a=the Inter-Services Public Relations]] were "
    "martyred in the exchange of fire. Weapons and ammunition were recovered from the hideout.",
)

F(
    "Military ends Jaffar Express siege",
    "Baloch Liberation Army fighters who stormed the Jaffar Express in Bolan took "
    "[[hundreds of passengers|kidnapped]] hostage. The military said it freed "
    "[[346 hostages|kidnapped;a=The military]] and killed "
    "[[all 33 attackers|killed;a=The military]] in a {{30-hour}} operation, while "
    "[[21 passengers|killed;a=The military]] and "
    "[[four paramilitary soldiers|killed;a=The military]] were killed. The train was carrying "
    "[[more than 400 people|civilians]] when it left Quetta at {{9 am}}.",
)

F(
    "Suicide bombing at Quetta railway station",
    "[[At least 26 people|killed;a=police]], [[14 of them|killed;n=-;a=police]] soldiers, were "
    "killed when a suicide bomber struck a crowded platform at Quetta railway station, police "
    "said. [[Sixty-two|injured;n=-;a=the provincial health department]] were taken to Civil "
    "Hospital with wounds, the provincial health department said. The Baloch Liberation Army's "
    "Majeed Brigade claimed the attack.",
)

F(
    "Passengers pulled from trucks and shot in Musakhel",
    "Gunmen blocked a highway in Musakhel, pulled "
    "[[23 passengers|killed;a=the deputy commissioner]] from trucks and buses and shot them "
    "after checking their identity cards, the deputy commissioner said. They set "
    "[[10 vehicles|other;a=the deputy commissioner]] on fire before fleeing. Most of the dead "
    "were labourers from Punjab.",
)

F(
    "Convoy attack in Kurram sets off days of clashes",
    "[[At least 42 people|killed;a=officials]] were killed when gunmen fired on a convoy of "
    "passenger vehicles near Parachinar, officials said. Sectarian clashes in the following "
    "{{10 days}} killed [[more than 130|killed;n=-;a=the provincial government]], the "
    "provincial government said, and the closure of the main road left "
    "[[about 400,000 residents|civilians;a=the provincial government]] short of food and "
    "medicine.",
)

F(
    "Families leave Bajaur ahead of operation",
    "[[About 20,000 families|displaced;a=district officials]] have left Mamund tehsil in "
    "Bajaur ahead of a military operation against militants, district officials said, and are "
    "staying in [[107 government buildings|capacity;a=district officials]] and with relatives "
    "in Khar. At the peak, [[more than 1,000 families a day|displaced;a=officials]] were "
    "registering at a camp in Khar, officials said. A curfew was imposed for {{72 hours}}.",
)

F(
    "Suicide attack on Bannu cantonment",
    "Attackers rammed explosive-laden vehicles into the wall of the Bannu cantonment at iftar "
    "time, killing [[five soldiers|killed;a=the military]] and "
    "[[13 civilians|killed;a=the military]], the military said. All "
    "[[16 attackers|killed;a=the military]] were killed, it said. "
    "[[Thirty-two people|injured]] were taken to the district hospital.",
)

F(
    "Militant violence in Pakistan at decade high",
    "Militant attacks killed [[more than 680 security personnel|killed;a=the Centre for "
    "Research and Security Studies]] in {{2024}}, the Centre for Research and Security Studies "
    "said, making it the deadliest year for the forces in a decade. Overall, "
    "[[1,612 people|killed;a=the think tank;alt=the Centre for Research and Security Studies]] "
    "died in [[444 attacks|other;u=other;a=the think tank;alt=the Centre for Research and "
    "Security Studies]], the think tank said.",
)

F(
    "Pakistan has sent back over 8 lakh Afghans",
    "[[Over 8 lakh Afghans|returned;v=800000;a=the interior ministry]] have been repatriated "
    "since the drive against illegal foreigners began in {{November 2023}}, the interior "
    "ministry said on Thursday. Police in Islamabad and Rawalpindi detained "
    "[[about 1,200 Afghans|arrested]] in raids this week, and "
    "[[up to 3 million|returned;p;n=-]] more could be sent back under the next phase.",
)

F(
    "Torkham crossing strained as returns surge",
    "[[About 10,000 Afghans a day|returned;a=the International Organization for Migration]] "
    "are crossing from Pakistan at Torkham, the International Organization for Migration said, "
    "{{more than 80%}} of them women and children. UNHCR and its partners gave cash to "
    "[[about 7,000 families|aid;a=UNHCR]] at the border last week, UNHCR said.",
)

F(
    "Returns from Iran pass 1.5 million",
    "[[More than 1.5 million Afghans|returned;a=UNHCR]] have returned from Iran since January, "
    "UNHCR said, with [[as many as 40,000 people a day|returned;a=UNHCR]] crossing at Islam "
    "Qala at the peak in July. Many were deported after Iran set a {{July 6}} deadline for "
    "undocumented Afghans to leave.",
)

F(
    "Kabul airport bombing toll",
    "The suicide bombing outside Kabul airport's Abbey Gate killed "
    "[[about 170 Afghans|killed;a=health officials]], health officials said. The Pentagon said "
    "[[13 US service members|killed;a=The Pentagon]] also died. Islamic State's Khorasan "
    "branch claimed the attack, carried out as [[thousands of people|displaced]] crowded the "
    "gates hoping to be evacuated.",
)

F(
    "Bomb tears through Shia mosque in Kunduz",
    "A suicide bomber killed [[at least 50 worshippers|killed;a=a Taliban official]] during "
    "Friday prayers at a Shia mosque in Kunduz, a Taliban official said, and "
    "[[more than 100|injured;n=-;a=a Taliban official]] were wounded. Islamic State claimed "
    "the attack, the deadliest since US troops left in August.",
)

F(
    "WFP reaches millions but warns of cuts",
    "The World Food Programme said it had reached "
    "[[about 10 million people|aid;a=The World Food Programme]] in Afghanistan this year, but "
    "[[23 million|civilians;n=-;a=the agency;alt=The World Food Programme]] need aid, the "
    "agency said. It delivered "
    "[[more than 150,000 tonnes|aid;a=the agency;alt=The World Food Programme]] of food in the "
    "{{first six months}}.",
)

F(
    "Pakistan and Taliban forces clash along border",
    "Pakistan's army said it had killed "
    "[[more than 200 Taliban and affiliated fighters|killed;n=fighters;a=Pakistan's army]] in "
    "overnight border clashes and lost [[23 soldiers|killed;a=Pakistan's army]]. Taliban "
    "spokesman Zabihullah Mujahid said "
    "[[nine|killed;n=-;a=Taliban spokesman Zabihullah Mujahid]] Afghan fighters were killed.",
)

F(
    "Taliban say Pakistani airstrikes killed dozens in Paktika",
    "Pakistani airstrikes in Paktika's Barmal district killed "
    "[[46 people|killed;a=Taliban spokesman Zabihullah Mujahid]], most of them women and "
    "children, Taliban spokesman Zabihullah Mujahid said. Pakistani security officials said "
    "the strikes targeted hideouts of the Pakistani Taliban and killed "
    "[[at least 20 militants|killed;a=Pakistani security officials]].",
)

F(
    "Commission reports thousands of disappearance cases",
    "The Commission of Inquiry on Enforced Disappearances has received "
    "[[10,285 cases|missing;u=person;a=The Commission of Inquiry on Enforced Disappearances]] "
    "since {{2011}}, and [[about 2,300|missing;n=-]] remain unresolved. Voice for Baloch "
    "Missing Persons says "
    "[[more than 7,000 people|missing;a=Voice for Baloch Missing Persons]] have disappeared in "
    "Balochistan alone.",
)

F(
    "Police bear brunt of KP violence",
    "[[More than 150 police officers|killed;a=Khyber Pakhtunkhwa's police chief]] were killed "
    "in Khyber Pakhtunkhwa this year, Khyber Pakhtunkhwa's police chief said, most of them in "
    "the southern districts of Bannu, Lakki Marwat and Dera Ismail Khan. "
    "[[About 300|injured;n=-]] were wounded.",
)

F(
    "Defence spending raised in new budget",
    "Pakistan raised defence spending by {{20%}} to {{2.55 trillion rupees}} in the budget for "
    "fiscal year {{2025-26}}, presented on {{June 10}}, weeks after the {{four-day}} conflict "
    "with India. The military's pension bill is separate.",
)

F(
    "Taliban mark four years in power",
    "The Taliban marked the {{fourth}} anniversary of their return to power on {{August 15}} "
    "with parades in Kabul, {{four years}} after the US ended its {{20-year}} war. Washington "
    "left behind equipment worth about {{$7 billion}}, a {{2022}} Pentagon report said.",
)

F(
    "Returnee families stranded at Spin Boldak",
    "[[About 1,800 families|returned;a=the Taliban's refugee ministry]] crossed back from "
    "Pakistan at Spin Boldak on Sunday, the Taliban's refugee ministry said, and "
    "[[hundreds|displaced;a=the Taliban's refugee ministry]] were waiting in the open for "
    "transport. Each family receives {{10,000 afghanis}} in cash at the border. The IOM said "
    "its reception centre there can hold [[about 2,000 people|capacity;a=The IOM]] at a time.",
)

F(
    "First aid convoy reaches Parachinar",
    "A convoy of [[60 trucks|aid;a=the deputy commissioner]] carrying food and medicine "
    "reached Parachinar on Saturday, the {{first}} since the road was closed in October, the "
    "deputy commissioner said. [[A further 40|aid;n=-;u=other;p]] are due next week. Gunmen "
    "attacked an earlier convoy in Bagan, killing [[five people|killed]] and setting fire to "
    "[[dozens of trucks|other]].",
)

F(
    "Bus passengers abducted near Kalat",
    "Gunmen who stopped a bus on the {{N-25}} highway near Kalat abducted "
    "[[seven passengers|kidnapped;a=the Levies]], the Levies said, and released "
    "[[four|kidnapped;n=-;a=the Levies]] of them the next day. The others are believed to be "
    "held in the mountains.",
)
