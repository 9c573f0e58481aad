"""dev64 items: Ukraine (hospitals struck, medical evacuation trains, health workers,
front-line clinics) and Haiti (cholera, hospitals closed by gangs, hunger and IPC phases).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Missile strike hits Kyiv children's hospital",
    "A Russian missile strike damaged the Okhmatdyt children's hospital in Kyiv on {{July 8}}, killing [[two adults|killed;a=officials]], among them a doctor, and injuring [[at least 16 people|injured;a=officials]], including [[seven children|injured;a=officials]], officials said. "
    "[[More than 600 patients|displaced;a=the health ministry]] were moved to other hospitals, the health ministry said.",
)

F(
    "WHO verifies attacks on Ukraine's health care",
    "The WHO has verified [[more than 2,000 attacks|other;u=other;a=The WHO]] on health care in Ukraine since {{February 24, 2022}}, killing [[at least 200 health workers and patients|killed;n=health workers and patients;a=The WHO]]. "
    "It said [[about 1,700 health facilities|housing;a=The WHO]] had been damaged and [[around 200|housing;u=structure;a=The WHO]] destroyed.",
)

F(
    "MSF medical train carries patients west",
    "MSF's medical evacuation train has carried [[more than 10,000 patients|displaced;a=MSF]] from hospitals near the front line to safer cities in the west since {{March 2022}}, the charity said. "
    "The train has an intensive care unit with [[six beds|capacity]] and takes [[up to 45 patients|capacity;a=the charity;alt=MSF]] a trip, the charity said.",
)

F(
    "Maternity hospital struck in Mariupol",
    "An air strike on a maternity and children's hospital in Mariupol killed [[three people|killed;a=local officials]], among them a child, and injured [[17|injured;a=local officials]], local officials said. "
    "Ukraine's health ministry said the city's [[nine hospitals|other;a=Ukraine's health ministry]] had run out of power and that [[thousands of patients|civilians;a=Ukraine's health ministry]] were trapped.",
)

F(
    "Ambulances hit by drones in Kherson",
    "Regional officials in Kherson said [[14 ambulances|other;a=Regional officials in Kherson]] had been hit by Russian drones since {{January}}, and that [[two paramedics|killed;a=Regional officials in Kherson]] were killed and [[nine|injured;a=Regional officials in Kherson]] injured. "
    "[[About 60,000 residents|civilians]] remain in the city.",
)

F(
    "Kharkiv strike injures dozens",
    "A guided bomb struck a residential district of Kharkiv, injuring [[at least 43 people|injured;a=the regional governor]], the regional governor said, and [[several dozen|injured;a=the regional governor]] more were treated at the scene. "
    "The city's [[four main hospitals|other]] switched to generators.",
)

F(
    "Ukrainian medics held in Russian captivity",
    "Ukraine's ombudsman said [[at least 100 Ukrainian medics|arrested;a=Ukraine's ombudsman]] were being held in Russian detention, [[28|arrested;a=Ukraine's ombudsman]] of them since the fall of Mariupol in {{May 2022}}. "
    "[[Ten|other;a=Ukraine's ombudsman]] were freed in the {{58th}} prisoner exchange, he said.",
)

F(
    "Ukraine's health spending and insurance",
    "Ukraine's {{2025}} budget sets aside about {{UAH 218 billion}} for health care, about {{4%}} of spending, and the WHO's {{2025}} appeal for the country seeks {{$75 million}}.",
)

F(
    "Front-line clinics close in Donetsk region",
    "The WHO said [[more than 60 health facilities|other;a=The WHO]] in Donetsk region had closed or moved west in {{2024}}, leaving [[some 300,000 people|civilians;a=The WHO]] near the front without a nearby clinic. "
    "Mobile teams carried out [[about 8,000 consultations|aid;u=other]] in a month.",
)

F(
    "Cholera returns to Haiti",
    "Haiti's health ministry confirmed [[at least 7 deaths|killed;a=Haiti's health ministry]] from cholera and [[more than 100 suspected cases|other;a=Haiti's health ministry]] in Port-au-Prince, the {{first}} since {{2019}}. "
    "MSF said it was treating [[about 100 patients a day|aid;a=MSF]] in its centres in Cité Soleil and Turgeau, where gang blockades had cut fuel and water.",
)

F(
    "Gangs force Haiti's main hospital to close",
    "Haiti's State University Hospital closed after gangs attacked the area, and the health ministry said only [[2|other;u=structure;a=the health ministry]] of the [[9 main hospitals|other;a=the health ministry]] in Port-au-Prince were still working. "
    "The Pan American Health Organization said [[about 40 health facilities|other;a=The Pan American Health Organization]] in the capital had closed since {{March}}.",
)

F(
    "Haiti hunger reaches famine levels in parts of the capital",
    "[[About 5.7 million Haitians|civilians;a=the IPC]] face acute food insecurity, the IPC said, and [[5,600 people|civilians;a=the IPC]] living in displacement sites in Port-au-Prince are in catastrophe, at {{Phase 5}}. "
    "[[Some 1.9 million|civilians;a=the IPC]] are at emergency levels, at {{Phase 4}}, it said.",
)

F(
    "Displaced Haitians treated in makeshift sites",
    "The International Organization for Migration said its mobile clinics had given [[more than 50,000 consultations|aid;u=other;a=The International Organization for Migration]] in [[72 displacement sites|capacity;a=The International Organization for Migration]] in Port-au-Prince, where [[about 700,000 displaced people|displaced;a=The International Organization for Migration]] live nationwide.",
)

F(
    "Gunmen storm MSF clinic in Port-au-Prince",
    "Gunmen stormed an MSF clinic in Port-au-Prince and killed [[a patient|killed;v=1;q=exact;a=the charity;alt=MSF]] being treated there, the charity said, and [[two nurses|injured;a=the charity;alt=MSF]] were hurt. "
    "MSF suspended work at the clinic, which had treated [[about 2,000 wounded|injured;a=MSF]] in {{2023}}.",
)

F(
    "Aid flights resume to Cap-Haitien",
    "WFP said [[11 flights|aid;a=WFP]] had brought [[about 90 tonnes|aid;a=WFP]] of medical supplies and food to Cap-Haitien since the airport in the capital closed, and [[a dozen more|aid;p;u=other;a=WFP]] were planned.",
)

F(
    "Malnutrition admissions rise in Haiti",
    "UNICEF said [[nearly 125,000 children|civilians;a=UNICEF]] in Haiti were at risk of severe acute malnutrition, and that [[more than 5,000|aid;a=UNICEF]] had been admitted for treatment in the {{first}} quarter. "
    "The agency has pre-positioned [[120,000 sachets|aid;a=The agency;alt=UNICEF]] of therapeutic food, it said.",
)

F(
    "Haiti cholera vaccination in Cité Soleil",
    "Health workers vaccinated [[about 70,000 people|aid;a=the ministry]] against cholera in Cité Soleil in {{two weeks}}, the ministry said, using [[1.17 million doses|aid;a=the ministry]] sent to Haiti by the global stockpile. "
    "Officials planned to reach [[up to 500,000 more|aid;p;n=-;a=Officials]] in the rest of the capital.",
)

F(
    "Haiti health ministry funding gap",
    "The cholera response in Haiti was {{only 20%}} funded, the UN said, with a shortfall of {{$14 million}}, and case fatality in some communes reached {{4.5%}}, well above the {{1%}} target.",
)

F(
    "Kyiv hospitals treat wounded after overnight attack",
    "Kyiv's mayor said [[at least 82 people|injured;a=Kyiv's mayor]] were wounded in the overnight attack, [[52|injured;a=Kyiv's mayor]] of whom were taken to hospital, and [[23|killed;a=Kyiv's mayor]] were killed. "
    "Blood donors lined up at [[three centres|other]] in the city.",
)

F(
    "Zaporizhzhia evacuation of patients",
    "Health officials evacuated [[between 80 and 100 patients|displaced;a=Health officials]] from a hospital in Orikhiv to Zaporizhzhia, officials said, after shelling damaged [[two wards|housing;u=structure]]. "
    "[[Dozens of bedridden residents|civilians]] remain in the town.",
)
