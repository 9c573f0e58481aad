"""dev54 items: refugees and internally displaced people in the statistics of UNHCR, IOM,
OCHA, R4V and governments (global and mid-year totals, country populations, arrivals, returns
and repatriation, resettlement and quotas, camps and sites).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Forced displacement rises for a 13th year, UNHCR says",
    "The number of people forcibly displaced worldwide rose to [[118.9 million|displaced;a=UNHCR]] by the end of {{2024}}, UNHCR said in its annual Global Trends report. "
    "That was [[2.6 million more|displaced;a=the agency;alt=UNHCR;n=-]] than a year earlier, the agency said, and meant that {{one in every 68}} people on Earth had been forced from home. "
    "[[About 40.2 million|displaced]] of them were refugees under the mandate of UNHCR or UNRWA, and [[69.8 million|displaced]] were displaced inside their own countries.",
)

F(
    "Sudan remains the world's largest displacement crisis",
    "Sudan remained the world's largest displacement crisis, with [[more than 14.3 million people|displaced;a=UNHCR]] forced from their homes inside and outside the country, UNHCR said. "
    "Of those, [[about 11.6 million|displaced;a=the agency;alt=UNHCR]] were displaced within Sudan and [[2.7 million|displaced;a=the agency;alt=UNHCR]] had fled to neighbouring countries, mostly Chad, Egypt and South Sudan, the agency said. "
    "[[Thousands more|displaced;n=-]] were crossing into Chad each week in early {{2025}}.",
)

F(
    "Chad's refugee population doubles in 18 months",
    "Chad hosted [[1.21 million refugees|displaced;a=UNHCR]] at the end of {{June 2025}}, up from [[about 590,000|displaced;a=UNHCR]] in {{January 2024}}, according to UNHCR. "
    "{{Nine in 10}} new arrivals were women and children, and [[more than 230,000 people|displaced;a=the agency;alt=UNHCR]] were still living in makeshift sites along the border, the agency said.",
)

F(
    "Ukrainian refugees: 6.1 million recorded across Europe",
    "Some [[6.1 million refugees from Ukraine|displaced;a=UNHCR;n=refugees]] were recorded across Europe in mid-May, UNHCR said, and [[another 540,000|displaced;a=UNHCR]] outside the continent. "
    "Germany ([[1.2 million|displaced]]) and Poland ([[about 980,000|displaced]]) hosted the most. "
    "Inside Ukraine, [[3.6 million people|displaced;a=the International Organization for Migration (IOM)]] remained internally displaced, the International Organization for Migration (IOM) said after {{Round 19}} of its general population survey.",
)

F(
    "Rohingya refugees in Bangladesh pass one million",
    "There were [[1,003,700 Rohingya refugees|displaced;a=the government of Bangladesh and UNHCR]] in Cox's Bazar and on Bhasan Char at the end of March, according to the government of Bangladesh and UNHCR. "
    "[[About 118,000 new arrivals|displaced;a=UNHCR]] have been registered since fighting flared in Rakhine State in {{late 2023}}, UNHCR said. "
    "The refugees live in [[33 camps|capacity]] on about {{24 square kilometres}} of hillside near the Myanmar border.",
)

F(
    "Afghan returns from Iran and Pakistan top 1.5 million",
    "[[More than 1.5 million Afghans|returned;a=the International Organization for Migration (IOM)]] returned or were deported from Iran and Pakistan in the {{first half of 2025}}, the International Organization for Migration (IOM) said. "
    "[[About 1.1 million|returned;a=IOM]] came from Iran, where [[more than 500,000|returned;a=IOM]] were deported, IOM said. "
    "Arrivals at the Islam Qala crossing peaked at [[nearly 40,000 people a day|returned]] in late June.",
)

F(
    "Syrian returns gather pace",
    "[[More than 500,000 Syrian refugees|returned;a=UNHCR]] have gone back to Syria from neighbouring countries since {{8 December 2024}}, UNHCR said, along with [[about 1.2 million internally displaced people|returned;a=UNHCR;n=people]] who have returned to their areas of origin. "
    "The agency expects [[up to 1.5 million refugees|returned;a=The agency;alt=UNHCR;p]] to return in {{2025}}, provided funding for housing repairs and services materialises.",
)

F(
    "Returnees from Sudan strain South Sudan's border counties",
    "Since {{April 2023}}, [[about 790,000 South Sudanese returnees|returned;a=UNHCR]] and [[250,000 Sudanese refugees|displaced;a=UNHCR]] have crossed into South Sudan, UNHCR said. "
    "At the Joda border point, [[some 1,800 returnees a day|returned]] were arriving in February, and [[more than 11,000 people|displaced]] were waiting in the Renk transit centre for boats to Malakal.",
)

F(
    "Resettlement departures highest in a decade",
    "[[About 116,000 refugees|displaced;a=UNHCR]] left for resettlement countries in {{2024}}, the highest number in {{a decade}}, UNHCR said. "
    "The United States admitted [[100,210 refugees|displaced]] in fiscal year {{2024}}, followed by Canada with [[about 9,800|displaced]] through the programme.",
)

F(
    "Norway cuts its refugee quota",
    "Norway will offer [[1,000 resettlement places|capacity;a=the Justice Ministry;n=places;p]] in {{2026}}, down from [[3,000|capacity;a=the Justice Ministry]] in {{2023}}, the Justice Ministry said. "
    "The Directorate of Immigration plans to resettle [[about 400 Congolese refugees|displaced;a=The Directorate of Immigration;p]] from Rwanda and [[300 Syrians|displaced;a=The Directorate of Immigration;p]] from Lebanon.",
)

F(
    "Uganda's refugee population tops 1.9 million",
    "Uganda hosted [[1.93 million refugees and asylum-seekers|displaced;a=the Office of the Prime Minister and UNHCR;n=refugees and asylum-seekers]] at the end of May, according to the Office of the Prime Minister and UNHCR, the largest number in Africa. "
    "[[More than 54,000 people|displaced]] arrived in the {{first five months}} of the year, most of them from Sudan, South Sudan and the DRC. "
    "The Nyakabande transit centre, built for [[1,500 people|capacity]], was holding [[about 4,200|displaced]] in June.",
)

F(
    "Venezuelans abroad: 7.6 million",
    "[[About 7.6 million Venezuelans|displaced;a=R4V]] live outside their country, [[6.4 million|displaced;a=R4V]] of them in Latin America and the Caribbean, according to {{R4V}}, the regional platform led by UNHCR and IOM. "
    "Colombia alone hosts [[2.8 million|displaced]], and Peru [[about 1.6 million|displaced]].",
)

F(
    "First fall in global displacement in over a decade",
    "UNHCR counted [[116.2 million forcibly displaced people|displaced;a=UNHCR;n=people]] at the end of {{June 2025}} in its Mid-Year Trends report, [[2.7 million fewer|displaced;a=UNHCR;n=-]] than {{six months}} earlier. "
    "[[About 1.9 million refugees|returned]] went home in the {{first half}} of the year, most of them to Syria and Afghanistan, along with [[4.3 million internally displaced people|returned;n=people]].",
)

F(
    "Tigray: 85,000 displaced go home to Tselemti and Raya Alamata",
    "[[About 85,000 internally displaced people|returned;a=the Tigray Interim Administration;n=people]] returned to their homes in Tselemti and Raya Alamata in April, the Tigray Interim Administration said. "
    "[[More than 800,000|displaced;a=the administration;alt=the Tigray Interim Administration]] remain in [[nearly 90 sites|capacity;a=the administration;alt=the Tigray Interim Administration]] and with host communities, the administration said.",
)

F(
    "Repatriation of Burundians from Tanzania resumes",
    "[[Some 2,400 Burundian refugees|returned;a=UNHCR]] were repatriated from Tanzania's Nduta camp in March, bringing voluntary returns since {{2017}} to [[more than 225,000|returned;a=UNHCR]], UNHCR said. "
    "The tripartite commission plans to repatriate [[about 30,000 more|returned;a=The tripartite commission;p;n=-]] this year. "
    "[[Nearly 160,000 Burundians|displaced]] remain in Tanzania, most of them in Nduta and Nyarugusu.",
)

F(
    "Syrians and Lebanese cross into Syria",
    "[[About 380,000 Syrians|returned;a=the Syrian authorities]] and [[180,000 Lebanese|displaced;a=the Syrian authorities]] crossed from Lebanon into Syria between {{23 September}} and {{15 December}}, according to the Syrian authorities. "
    "Inside Lebanon, [[nearly 900,000 people|displaced;a=the Lebanese government]] were displaced at the height of the escalation, [[186,000|displaced;a=the Lebanese government]] of them in [[more than 1,000 collective shelters|capacity;a=the Lebanese government]], the Lebanese government said.",
)

F(
    "Mozambicans flee post-election unrest into Malawi",
    "[[About 13,400 Mozambicans|displaced;a=Malawi's Department of Disaster Management Affairs]] fled into Nsanje district in the {{two weeks}} after the disputed election, Malawi's Department of Disaster Management Affairs said. "
    "[[At least 4,000|displaced]] were sheltering in [[six schools|capacity]] and [[two churches|capacity]], and [[about 2,100 households|aid]] had received maize and beans.",
)

F(
    "Congolese refugees crowd Burundi's Musenyi site",
    "[[More than 71,000 Congolese refugees|displaced;a=UNHCR]] crossed into Burundi after the {{M23}} took Bukavu in February, UNHCR said. "
    "At the Musenyi site, [[nearly 30,000 people|displaced;a=the agency;alt=UNHCR]] shared [[140 latrines|aid;a=the agency;alt=UNHCR]], or {{one for every 210 people}}, the agency said.",
)

F(
    "Haiti's displaced top one million",
    "The number of people displaced by gang violence in Haiti reached [[1,057,000|displaced;a=IOM]], the highest ever recorded, IOM said after its {{tenth}} round of displacement tracking. "
    "[[About 200,000|displaced]] live in [[142 sites|capacity]] in the Port-au-Prince area, most of them schools and churches, up from [[105 sites|capacity]] in December.",
)

F(
    "Myanmar's displaced exceed 3.5 million",
    "OCHA estimated that [[3.5 million people|displaced;a=OCHA]] were internally displaced across Myanmar in April, [[more than 3.2 million|displaced;a=OCHA]] of them since the military takeover in {{February 2021}}. "
    "The earthquake of {{28 March}} left [[tens of thousands more|displaced;n=-]] sleeping in the open in Mandalay and Sagaing.",
)

F(
    "Sudanese refugees arrive in Ethiopia's Kurmuk",
    "[[About 23,000 Sudanese refugees|displaced;a=Ethiopia's Refugees and Returnees Service (RRS)]] arrived at Kurmuk in May, according to Ethiopia's Refugees and Returnees Service (RRS). "
    "The new Ura settlement can take in [[up to 25,000 people|capacity]], and [[about 1,900 families|displaced]] had been relocated there by mid-June.",
)

F(
    "Millions of displaced Ukrainians have gone home, IOM says",
    "[[About 4.1 million people|returned;a=IOM;v=4100000]] have returned to their homes in Ukraine after being displaced, IOM estimated, [[more than 1 million|returned;a=IOM]] of them from abroad. "
    "[[About 241,000 homes|housing;a=the Kyiv School of Economics]] have been damaged or destroyed since {{February 2022}}, according to the Kyiv School of Economics.",
)

F(
    "Iraq repatriates 2,300 citizens from al-Hol",
    "[[About 2,300 Iraqis|returned;a=the Ministry of Migration and Displaced]] were repatriated from Syria's al-Hol camp in January and taken to the {{Jeddah 1}} rehabilitation centre, the Ministry of Migration and Displaced said. "
    "[[More than 16,000|returned;a=the ministry;alt=the Ministry of Migration and Displaced]] have come back since {{2021}}, the ministry said. "
    "Iraq still has [[about 1.1 million internally displaced people|displaced;n=people]], [[some 110,000|displaced]] of them in [[21 camps|capacity]] in the Kurdistan Region.",
)

F(
    "Borno says 180,000 displaced people resettled",
    "The Borno State government said it had resettled [[more than 180,000 internally displaced people|returned;a=The Borno State government;n=people]] in their home towns since {{2021}}, including [[about 6,500 households|returned;a=The Borno State government]] who returned to Bama in March. "
    "[[Eight camps|capacity]] in Maiduguri have been closed. "
    "Aid groups say [[about 1.6 million people|displaced;a=Aid groups]] remain displaced in the state, and that many who left the camps now live without food aid.",
)

F(
    "Burkina Faso's displacement count frozen since 2023",
    "CONASUR, the government's relief agency, recorded [[2,071,118 internally displaced people|displaced;a=CONASUR;n=people]] in its last published count, in {{March 2023}}. "
    "Aid agencies estimate [[more than 2.5 million|displaced;a=Aid agencies]] are now displaced. "
    "[[Over 6,100 schools|other;a=the education ministry]] were closed by insecurity in May, according to the education ministry.",
)

F(
    "Pakistan's repatriation drive: 910,000 Afghans gone",
    "[[More than 910,000 Afghans|returned;a=UNHCR and IOM]] have left Pakistan since {{October 2023}}, when Islamabad launched its repatriation plan, UNHCR and IOM said. "
    "[[About 46,000|returned;a=the agencies;alt=UNHCR and IOM]] of them were deported, the agencies said, and at Torkham [[1,500 to 2,000 people a day|returned;a=the agencies;alt=UNHCR and IOM]] were crossing in April. "
    "The interior ministry plans to send back [[about 800,000 Afghan Citizen Card holders|returned;a=The interior ministry;p;n=holders]] in the next phase.",
)

F(
    "Sudanese refugees swell a Libyan desert town",
    "[[More than 240,000 Sudanese|displaced;a=UNHCR]] have arrived in Libya since {{April 2023}}, UNHCR estimates. "
    "In Kufra, a town of [[about 60,000 people|civilians]], [[some 49,000 refugees|displaced]] are now living on farms, in unfinished buildings and at [[three informal sites|capacity]].",
)

F(
    "Syrians under protection in Türkiye fall to 2.74 million",
    "The number of Syrians under temporary protection in Türkiye fell to [[2.74 million|displaced;a=the Presidency of Migration Management]] in June, down [[about 370,000|displaced;a=the Presidency of Migration Management]] since December, according to the Presidency of Migration Management. "
    "The interior minister said [[about 273,000 Syrians|returned;a=The interior minister]] had gone back voluntarily since {{8 December}}.",
)

F(
    "Cabo Delgado: returns outpace new displacement",
    "[[More than 620,000 people|returned;a=IOM's Displacement Tracking Matrix]] have returned to their districts of origin in Cabo Delgado since {{2022}}, according to IOM's Displacement Tracking Matrix. "
    "[[About 480,000|displaced]] remain displaced, and new attacks forced [[nearly 100,000 people|displaced]] from their homes in the {{first half of 2025}}, {{more than half}} of them children.",
)

F(
    "Palestine refugees: 5.8 million registered",
    "There are [[more than 5.8 million Palestine refugees|displaced;a=the agency;alt=UNRWA]] registered with UNRWA in Jordan, Lebanon, Syria, the West Bank and Gaza, the agency says. "
    "[[More than 2.3 million|displaced]] of them live in Jordan, where [[10 official camps|capacity]] house [[about 400,000|displaced]].",
)
