"""dev32 figures items: more wire reports. Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- more wire reports

F(
    "Iraq: families leave al-Hol camp",
    "[[About 150 Iraqi families|returned;a=Iraq's migration ministry]] left Syria's al-Hol camp on Monday for a rehabilitation centre in Nineveh province, Iraq's migration ministry said. "
    "It said [[more than 2,500 families|returned;a=Iraq's migration ministry]] had been repatriated from the camp since {{2021}}. "
    "The camp still holds [[about 40,000 people|displaced;a=the Kurdish-led administration]], most of them women and children, according to the Kurdish-led administration.",
)

F(
    "Burkina Faso: Barsalogho massacre",
    "Jihadists attacked residents of Barsalogho who were digging trenches around the town on the orders of the army, killing [[between 200 and 400 people|killed;a=security sources]], security sources said. "
    "JNIM said it had killed [[about 300 militiamen|killed;a=JNIM]]. "
    "The government did not give a toll.",
)

F(
    "Guinea: stampede at football match",
    "A stampede at a football match in Nzérékoré killed [[56 people|killed;a=the government]], the government said, though local doctors said the toll was [[more than 100|killed;a=local doctors]]. "
    "The crush began after fans protested a referee's decision in the {{second half}}.",
)

F(
    "Mediterranean: migrants rescued off Lampedusa",
    "The Italian coast guard rescued [[about 600 migrants|other;a=The Italian coast guard]] from [[nine boats|other;a=The Italian coast guard]] south of Lampedusa over the weekend. "
    "[[Two bodies|killed]] were recovered. "
    "The reception centre on the island, which has room for [[about 400 people|capacity]], was holding [[more than 1,800|displaced;a=the Red Cross]], the Red Cross said.",
)

F(
    "English Channel crossings",
    "[[More than 800 people|displaced;a=the Home Office]] crossed the English Channel in small boats on Saturday, the Home Office said, the highest daily number this year. "
    "[[Five people|killed;a=French authorities]], including a child, died in an attempt to cross from Wimereux, French authorities said.",
)

F(
    "Kidnappers seize bus passengers in Benue",
    "Gunmen stopped a bus on the Otukpo road and abducted [[18 passengers|kidnapped;a=the police commissioner]], the police commissioner said. "
    "[[Six of them|kidnapped;n=-;a=police]] were rescued the next day in a forest near Ugbokpo, police said. "
    "The kidnappers are demanding {{50 million naira}} for each of the others.",
)

F(
    "Gang leader arrested in Ecuador",
    "Ecuadorian police arrested [[68 suspected gang members|arrested;a=Interior Minister John Reimberg]] in raids across Guayaquil, Interior Minister John Reimberg said, and seized [[45 firearms|other;a=Interior Minister John Reimberg]]. "
    "The country has [[about 20,000 soldiers and police|combatants;n=soldiers and police]] on the streets under a state of emergency.",
)

F(
    "Rohingya camps: new arrivals from Myanmar",
    "[[About 150,000 Rohingya|displaced;a=the Bangladesh government]] have arrived in the camps in Cox's Bazar since fighting intensified in Rakhine {{18 months}} ago, the Bangladesh government said. "
    "The camps already held [[more than 1 million refugees|displaced]]. "
    "Aid agencies said they would need [[at least 20,000 more shelters|capacity;p;a=Aid agencies]] before the monsoon.",
)

F(
    "South Sudan: Nasir clashes",
    "Clashes between the army and the White Army militia in Nasir county have displaced [[about 63,000 people|displaced;a=the UN]], the UN said. "
    "[[Some 10,000|displaced;a=UNHCR]] crossed into Ethiopia's Gambella region, UNHCR said. "
    "An army general and [[27 soldiers|killed;a=the government]] were killed when the militia overran a base, the government said.",
)

F(
    "Iran deports Afghans",
    "Iran deported [[more than 500,000 Afghans|returned;a=the International Organization for Migration]] in the {{16 days}} after the war with Israel, the International Organization for Migration said. "
    "At the Islam Qala crossing, [[up to 40,000 people a day|returned;a=aid workers]] were arriving, aid workers said.",
)

F(
    "Mali: convoy attacked near Kayes",
    "Jihadists attacked a convoy of [[about 40 fuel tankers|other;a=a transport union official]] near Kayes and set [[more than 30|other;u=other;a=a transport union official]] on fire, a transport union official said. "
    "Several drivers were missing.",
)

F(
    "Gaza: evacuation orders in Khan Younis",
    "The Israeli military ordered residents of [[17 neighbourhoods|other;u=other]] in eastern Khan Younis to leave. "
    "The UN said [[about 250,000 people|civilians;a=The UN]] lived in the area and that [[tens of thousands|displaced;a=The UN]] had already left.",
)

F(
    "Chad: Boko Haram attack on army base",
    "Boko Haram fighters attacked an army base on the Barkaram peninsula in Lake Chad, killing [[about 40 soldiers|killed;a=the presidency]], the presidency said. "
    "President Mahamat Idriss Déby ordered a counter-offensive.",
)

F(
    "Yemen: Houthis detain UN staff",
    "The Houthis have detained [[13 UN staff members|arrested;a=the UN]], the UN said, bringing the number of UN personnel held by the group to [[more than 50|arrested;a=the UN]]. "
    "The UN suspended its operations in Saada province.",
)

F(
    "Haiti: gang attack in Pont-Sondé",
    "Gang members armed with automatic rifles attacked the town of Pont-Sondé, killing [[at least 115 people|killed;a=the UN]], the UN said. "
    "[[More than 6,270 people|displaced;a=the International Organization for Migration]] fled, the International Organization for Migration said, and [[45 houses|housing]] and [[34 vehicles|other]] were set on fire.",
)

F(
    "Pakistan: Kurram convoy attack",
    "Gunmen fired on a convoy of passenger vehicles in Kurram district, killing [[at least 42 people|killed;a=police]], including [[seven women|killed;a=police]], police said. "
    "Sectarian clashes that followed killed [[more than 80|killed;a=local officials]] in {{10 days}}, local officials said. "
    "[[About 300 families|displaced]] left for Hangu and Peshawar.",
)

F(
    "Ethiopia: Amhara drone strike",
    "A drone strike on a market in Amhara's Finote Selam killed [[about 30 people|killed;a=a health official]], a health official said. "
    "The Fano militia has fought the army in the region since {{August 2023}}.",
)

F(
    "Earthquake in Myanmar: toll climbs",
    "The toll from the {{7.7}} magnitude earthquake in central Myanmar rose to [[3,471|killed;a=the military government]], the military government said, with [[4,671|injured;a=the military government]] injured and [[214|missing;a=the military government]] missing. "
    "The UN said [[more than 48,000 homes|housing;a=The UN]] had been damaged or destroyed in Sagaing and Mandalay. "
    "Rescue teams from China and Russia arrived in Mandalay.",
)

F(
    "Somalia: al-Shabaab fighters killed",
    "The Somali army and local clan militias killed [[more than 100 al-Shabaab fighters|killed;a=the information ministry]] in fighting in Hiraan region, the information ministry said. "
    "The ministry said [[five soldiers|killed;a=The ministry;alt=the information ministry]] also died.",
)

F(
    "Philippines: Marawi residents still waiting",
    "[[About 17,000 families|displaced;a=the Marawi rehabilitation task force]] are still living in temporary shelters or with relatives {{five years}} after the battle for Marawi, the Marawi rehabilitation task force said. "
    "The task force said [[about 2,000 houses|housing;p;a=The task force;alt=the Marawi rehabilitation task force]] would be built by the end of {{2022}}.",
)

F(
    "Nigeria: freed Kaduna worshippers",
    "Kidnappers released [[62 worshippers|kidnapped;a=the Kaduna state government]] seized from a Baptist church, the Kaduna state government said. "
    "[[Four|killed]] died in captivity, and [[about 20|kidnapped]] are still being held.",
)

F(
    "DRC: Goma camps emptied",
    "The M23 rebels ordered the closure of displacement camps around Goma, and [[about 110,000 people|returned;a=UNHCR]] left the camps for their home villages in {{two weeks}}, UNHCR said. "
    "Many found their homes destroyed.",
    ["M23"],
)

F(
    "Sri Lanka: floods after Cyclone Ditwah",
    "Floods and landslides after Cyclone Ditwah killed [[at least 334 people|killed;a=the Disaster Management Centre]] in Sri Lanka, the Disaster Management Centre said, and [[about 370|missing;a=the Disaster Management Centre]] were missing. "
    "[[More than 147,000 people|displaced;a=the centre;alt=the Disaster Management Centre]] were staying in [[1,441 safety centres|capacity;a=the centre;alt=the Disaster Management Centre]], the centre said. "
    "India sent [[two navy ships|aid;u=other]] with relief supplies.",
)

F(
    "Rohingya returns plan stalls",
    "Bangladesh and Myanmar agreed on a pilot project to return [[about 1,100 Rohingya refugees|returned;p;a=Bangladeshi officials]] to Rakhine state by the end of the year, Bangladeshi officials said. "
    "Refugee leaders said [[fewer than 100 families|returned;a=Refugee leaders]] had agreed to go. "
    "Bangladesh hosts [[nearly 1 million Rohingya|displaced]], most of whom fled a military crackdown in {{2017}}.",
)

F(
    "Ukraine and Russia exchange prisoners",
    "Ukraine and Russia exchanged [[390 prisoners|other;a=President Volodymyr Zelensky]] each on Friday in the first stage of a swap agreed in Istanbul, President Volodymyr Zelensky said. "
    "He said [[another 307|other;a=President Volodymyr Zelensky]] would be exchanged on Saturday and more on Sunday. "
    "Russia's defence ministry said [[270 servicemen|other;a=Russia's defence ministry]] and [[120 civilians|other;a=Russia's defence ministry]] had been returned to Russia.",
    ["first stage"],
)

F(
    "Sudan: Wad Madani retaken",
    "The Sudanese army retook Wad Madani, the capital of Gezira state, from the Rapid Support Forces. "
    "The UN said [[more than 500,000 people|displaced;a=The UN]] had fled Gezira since the RSF seized it in {{December 2023}}, and that [[at least 120 villages|other;a=The UN]] had been attacked. "
    "Residents said soldiers and allied fighters killed [[dozens of people|killed;a=Residents]] they accused of helping the RSF.",
)

F(
    "Turkey: quake survivors moved to container homes",
    "[[About 200,000 people|displaced;a=the disaster agency]] are now living in container cities in the quake zone, the disaster agency said, down from [[more than 400,000|displaced;a=the disaster agency]] in tents last spring. "
    "The agency plans to move [[the remaining 50,000 people|displaced;p;a=The agency;alt=the disaster agency]] out of tents by {{June}}.",
)
