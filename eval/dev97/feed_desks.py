"""The health, crime, economy and migration desks as the feeds give them (27 items with
figures, 5 without)."""

from _wrap import item

item(
    "Zambia cholera outbreak passes 15,000 cases",
    """LUSAKA (Reuters) - Zambia has recorded [[more than 15,000 cholera cases|other;a=the health
    ministry]] and [[at least 580 deaths|killed;a=the health ministry]] since {{October}}, the
    health ministry said on Monday, as [[1.7 million doses|aid;v=1700000;a=the health ministry]] of
    oral vaccine arrived from the global stockpile ...""",
)

item(
    "Mpox cases in DR Congo top 27,000 this year",
    """Congo has reported [[more than 27,000 suspected mpox cases|other;a=the WHO]] and [[1,100
    deaths|killed;a=the WHO]] so far this year, the WHO said on Friday, most of them in children
    {{under 15}}. The new clade Ib strain has spread to [[four neighbouring
    countries|other;u=other]].""",
)

item(
    "Romania declares measles epidemic",
    """BUCHAREST (Reuters) - Romania declared a national measles epidemic on Friday after [[more
    than 2,000 cases|other;a=the health ministry]] and [[seven deaths|killed;a=the health
    ministry]] were recorded this year, the health ministry said, with vaccination rates among
    infants below {{70%}}.""",
)

item(
    "Dengue deaths in Bangladesh hit record",
    """DHAKA: [[A record 1,705 people|killed;a=the Directorate General of Health Services]] died of
    dengue this year, and [[over 321,000 patients|injured;a=the Directorate General of Health
    Services]] were admitted to hospitals, according to the Directorate General of Health
    Services.""",
)

item(
    "Karachi hospitals overwhelmed by heatstroke cases",
    """KARACHI: [[Between 150 and 200 patients a day|injured;a=the hospital's medical
    superintendent]] are being treated for heatstroke at Civil Hospital, the hospital's medical
    superintendent said, as temperatures stayed above {{42C}} for a {{fifth day}}. The Edhi
    Foundation said its morgues had received [[over 400 bodies|killed;a=The Edhi Foundation]] in
    {{four days}}.""",
)

item(
    "Over 120 pupils hospitalised after school lunch",
    """[[More than 120 pupils|injured;a=county health officials]] were taken to hospital with
    vomiting and stomach pains after eating a school lunch in Kisii on Wednesday, county health
    officials said. [[Two|killed]] later died, and samples of the food were sent to Nairobi for
    testing ...""",
)

item(
    "Rwanda Marburg outbreak: 66 cases, 15 deaths",
    """KIGALI (AFP) - Rwanda has confirmed [[66 cases|other;a=the health ministry]] of Marburg
    virus and [[15 deaths|killed;a=the health ministry]], the health ministry said on Sunday, most
    of them health workers in intensive care units. [[About 700 people|aid]] at high risk have
    received an experimental vaccine.""",
)

item(
    "Polio vaccination campaign to begin in Gaza",
    """UN agencies plan to vaccinate [[some 640,000 children|aid;p;a=UN agencies]] {{under the age
    of 10}} against polio in Gaza during daily pauses in the fighting, and [[1.2 million
    doses|aid;v=1200000;a=the WHO]] have already arrived, the WHO said ...""",
)

item(
    "Mexican soldiers seize fentanyl in Sinaloa lab raid",
    """MEXICO CITY (AP) — Soldiers seized [[more than 1.5 tons|other;a=Mexico's security
    secretary]] of fentanyl and precursor chemicals in a clandestine lab outside Culiacán and
    arrested [[six people|arrested;a=Mexico's security secretary]], Mexico's security secretary
    said on Tuesday, in what he called the largest seizure of the synthetic opioid in the country's
    history.""",
)

item(
    "Record cocaine haul in Algeciras",
    """MADRID (Reuters) - Spanish police seized [[13 tonnes|other;a=police]] of cocaine hidden in a
    container of bananas from Ecuador at the port of Algeciras, the biggest single seizure in
    Spain's history, police said on Wednesday. [[Five people|arrested]] were arrested.""",
)

item(
    "Rio police raid Maré favelas, 10 suspects killed",
    """RIO DE JANEIRO (Reuters) - [[At least 10 suspected gang members|killed;a=police]] were
    killed on Thursday as [[about 2,500 officers|combatants;a=police]] raided the Complexo da Maré,
    a cluster of favelas near Rio's international airport, police said. Schools and health clinics
    in the area were closed ...""",
)

item(
    "Mexico's registry of the disappeared passes 100,000",
    """[[More than 100,000 people|missing;a=the National Search Commission]] are listed as
    disappeared in Mexico, according to the National Search Commission, most of them since the
    military was deployed against the cartels in {{2006}}. Volunteer search groups have found
    [[several thousand bodies|killed]] in clandestine graves.""",
)

item(
    "Gunman kills eight at Texas outlet mall",
    """ALLEN, Texas (AP) — A gunman killed [[eight people|killed;a=authorities]], among them
    [[three children|killed;a=authorities]], and wounded [[seven|injured;a=authorities]] at an
    outlet mall north of Dallas on Saturday before being shot dead by a police officer, authorities
    said. The {{33-year-old}} had no criminal record ...""",
)

item(
    "118 inmates escape Suleja prison after wall collapses",
    """A total of [[118 inmates|other;a=the Nigerian Correctional Service]] escaped from the medium
    security custodial centre in Suleja after heavy rain brought down part of its perimeter wall,
    the Nigerian Correctional Service said, adding that [[10 of them|arrested;n=-;a=the Nigerian
    Correctional Service]] had been recaptured.""",
)

item(
    "Nissan to cut 20,000 jobs worldwide",
    """TOKYO (Reuters) - Nissan will cut [[about 20,000 jobs|other;p;a=people familiar with the
    matter]] and close [[seven plants|other;p;u=structure;a=people familiar with the matter]]
    worldwide, people familiar with the matter said, nearly tripling the cuts it announced in
    {{November}} ...""",
)

item(
    "Boeing machinists strike after rejecting contract",
    """SEATTLE (AP) — [[Some 33,000 machinists|other]] walked off the job at Boeing's Pacific
    Northwest factories on Friday after voting overwhelmingly to reject a contract offer that
    included {{25%}} raises over {{four years}}, halting production of the {{737 MAX}} ...""",
)

item(
    "Thailand welcomes 35 million foreign visitors",
    """BANGKOK (Reuters) - Thailand received [[35.5 million foreign tourists|other;v=35500000;a=the
    tourism ministry]] in {{2024}}, the tourism ministry said on Wednesday, up {{26%}} on the year
    before, with Chinese visitors the largest group at [[6.7 million|other;v=6700000;a=the tourism
    ministry]].""",
)

item(
    "Dozens of ships wait to cross Panama Canal",
    """[[More than 60 ships|other;a=the canal authority]] were waiting to transit the Panama Canal
    on Monday, the canal authority said, after drought forced it to cut daily crossings to
    [[24|other;u=other;a=the canal authority]] from the usual [[36 to 38|other;u=other;a=the canal
    authority]].""",
)

item(
    "Falklands census counts 3,662 residents",
    """STANLEY (MercoPress) - The Falkland Islands' {{2021}} census counted [[3,662
    residents|civilians;a=the Falkland Islands Government]], a rise of {{14%}} since {{2016}}, the
    Falkland Islands Government announced, with [[2,460|civilians;a=the Falkland Islands
    Government]] living in Stanley.""",
)

item(
    "Record 882 people cross Channel in a day",
    """[[A record 882 people|displaced;a=the Home Office]] crossed the Channel in [[14 small
    boats|other;a=the Home Office]] on Saturday, the Home Office said, taking the total for the
    year past [[25,000|displaced;a=the Home Office]].""",
)

item(
    "Ocean Viking rescues 87 from rubber boats",
    """The charity ship Ocean Viking rescued [[87 migrants|other;a=SOS Mediterranee]] from [[two
    rubber boats|other;a=SOS Mediterranee]] in international waters off Libya, SOS Mediterranee
    said on Sunday, and Italy assigned it the port of Ravenna, {{four days}} away ...""",
)

item(
    "Darién crossings hit record 520,000",
    """PANAMA CITY (AP) — [[More than 520,000 migrants|displaced;a=Panama's migration service]]
    crossed the Darién jungle on their way north in {{2023}}, Panama's migration service said,
    [[about 113,000 of them|displaced;n=-;a=Panama's migration service]] children.""",
)

item(
    "ICE deported 271,000 in fiscal 2024",
    """WASHINGTON (Reuters) - US Immigration and Customs Enforcement deported [[about 271,000
    people|returned;a=the agency;alt=US Immigration and Customs Enforcement]] to [[192
    countries|other;u=other;a=the agency;alt=US Immigration and Customs Enforcement]] in fiscal
    {{2024}}, the agency said in its annual report, the highest number in a decade.""",
)

item(
    "Canary Islands arrivals hit record; thousands died trying, NGO says",
    """[[A record 46,843 migrants|displaced;a=Spain's interior ministry]] reached the Canary
    Islands by boat last year, Spain's interior ministry said. The NGO Caminando Fronteras
    estimated that [[up to 10,400 people|killed;a=The NGO Caminando Fronteras]] died on the
    Atlantic route ...""",
)

item(
    "Libyan authorities detain 600 migrants in Tripoli raids",
    """Libyan security forces detained [[about 600 migrants|arrested;a=the Interior Ministry]],
    including women and children, in raids on houses in the Tripoli suburb of Gargaresh, the
    Interior Ministry said, and took them to [[two detention centres|other;a=the Interior
    Ministry]] already holding [[between 1,500 and 2,000 people|arrested;a=the Interior
    Ministry]].""",
)

item(
    "41 migrants drown off Lampedusa, survivors say",
    """ROME (Reuters) - [[At least 41 migrants|killed;a=the UN refugee agency]] drowned when their
    boat capsized on its way from Sfax in Tunisia to Lampedusa, the UN refugee agency said on
    Wednesday, citing [[four survivors|other;a=the UN refugee agency]]. Among the dead were [[three
    children|killed]].""",
)

item(
    "Qatar-bound Nepalis stranded at Kathmandu airport",
    """KATHMANDU: [[Some 300 to 350 Nepali workers|other;a=airport officials]] bound for Qatar and
    Saudi Arabia were stranded at Tribhuvan International Airport on Tuesday after [[three
    flights|other;a=airport officials]] were cancelled, airport officials said ...""",
)

item(
    "Argentina's inflation slows to 31.8%",
    """BUENOS AIRES (MercoPress) - Argentina's annual inflation slowed to {{31.8%}} in {{January}}
    from a peak of {{289%}} in {{April 2024}}, INDEC said, while monthly prices rose {{2.2%}}, the
    lowest since {{July 2020}}.""",
)

item(
    "Fed cuts rates by a quarter point",
    """WASHINGTON (AP) — The Federal Reserve cut its key interest rate by {{a quarter point}} to a
    range of {{4.25% to 4.5%}} on Wednesday, its {{third}} cut this year, and signaled a slower
    pace of reductions in {{2025}} ...""",
)

item(
    "KRA collects KSh 2.4 trillion",
    """The Kenya Revenue Authority collected {{KSh 2.4 trillion}} in the financial year to {{June
    30}}, {{4.6 per cent}} short of its target, Commissioner General Humphrey Wattanga said,
    blaming a slowdown in imports ...""",
)

item(
    "Oil jumps 4% after attack on Saudi facilities",
    """LONDON (Reuters) - Brent crude rose {{4%}} to {{$71.50}} a barrel on Monday, its biggest
    one-day gain since {{2022}}, after drone attacks on Saudi processing plants that cut output by
    {{5.7 million barrels per day}} ...""",
)

item(
    "Five years after first COVID-19 lockdown, Wuhan moves on",
    """WUHAN, China (AP) — {{Five years}} after the central Chinese city became the first to be
    locked down over {{COVID-19}}, life in Wuhan has returned to normal, with the market once
    linked to the outbreak shuttered since {{Jan. 1, 2020}} ...""",
)
