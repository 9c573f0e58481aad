"""Sudan, Ethiopia's Tigray and Amhara, DR Congo, the Sahel, Nigeria, Somalia, Mozambique and
South Sudan: the dead estimated by surveys and counted by monitors, the missing and abducted."""

from _wrap import item

item(
    "Survey suggests Khartoum's war dead far outnumber recorded deaths",
    """Researchers from the London School of Hygiene and Tropical Medicine estimated that
    [[61,202 people|killed;a=Researchers from the London School of Hygiene and Tropical
    Medicine]] died from all causes in Khartoum state in the first {{14 months}} of the war, a
    {{50%}} rise on the pre-war death rate. Of those, [[about 26,000|killed;n=-;a=Researchers from the London School of Hygiene and Tropical
    Medicine]] died of
    violent injuries, they said, far more than the [[some 5,300 violent deaths|killed]] logged
    in the same period by ACLED. The team combined an online survey of [[about 1,700
    respondents|other]] with funeral announcements and community reports. The study did not
    cover Darfur or Kordofan, where fighting was also heavy. The authors said the true national
    toll was probably in the [[tens of thousands|killed;a=The authors]], and that [[thousands
    more|killed;a=The authors;n=-]] were likely to die from hunger and disease in the coming
    months.""",
)

item(
    "ACLED tallies Sudan's fatalities as displacement tops 12 million",
    """The Armed Conflict Location and Event Data project said it had recorded [[more than 28,700
    fatalities|killed;a=The Armed Conflict Location and Event Data project]] in Sudan between
    {{April 2023}} and {{June 2024}}, including [[about 7,500 civilians|killed;a=The Armed
    Conflict Location and Event Data project]] killed in direct attacks. ACLED cautions that its
    count relies on media and local reports and misses many deaths in Darfur. The International
    Organization for Migration said [[10.2 million people|displaced;a=The International
    Organization for Migration]] had been forced from their homes inside Sudan, and [[more than
    2 million|displaced;n=-]] had crossed into Chad, Egypt, South Sudan and other neighbours.
    [[Nearly 25 million people|civilians;a=the UN]], half the population, need aid, the UN
    said.""",
)

item(
    "UN panel puts El Geneina death toll at up to 15,000",
    """A UN panel of experts said [[between 10,000 and 15,000 people|killed;a=A UN panel of
    experts]], most of them from the Masalit community, were killed in El Geneina in {{2023}} by
    the Rapid Support Forces and allied Arab militias. Human Rights Watch said it had located
    [[at least 13 mass graves|other;u=other;a=Human Rights Watch]] in and around the city using
    satellite imagery and witness accounts. The rights group interviewed [[more than 220
    survivors|other;a=The rights group;alt=Human Rights Watch]] in Chad. [[Around 570,000
    people|displaced]] fled from West Darfur into Chad, where the town of Adre now hosts [[eight
    camps|capacity]]. Doctors in Adre treated [[about 1,000 wounded|injured;a=Medecins Sans Frontieres;n=wounded]]
    in a single week in {{June 2023}}, Medecins Sans Frontieres said.""",
)

item(
    "El Fasher: trapped civilians, shelled camps",
    """[[About 260,000 civilians|civilians;a=the UN]], half of them children, remain trapped in
    El Fasher after more than {{500 days}} of siege, the UN said. An RSF assault on Zamzam camp
    in {{April 2025}} drove out [[some 400,000 people|displaced]]. The Sudan Doctors Network said
    [[more than 1,500 people|killed;a=The Sudan Doctors Network]] were killed in the attack and
    its aftermath, and that RSF fighters abducted [[hundreds of women and girls|kidnapped;a=The
    Sudan Doctors Network;n=women and girls]]. Satellite images analysed by Yale's Humanitarian
    Research Lab showed [[at least 1,200 structures|housing;a=Yale's Humanitarian Research Lab]]
    burned in the camp. Local monitors estimate the RSF has massed [[about 10,000
    fighters|combatants;a=Local monitors]] around the city. Aid agencies say [[only 14 community
    kitchens|aid;u=other]] are still running there.""",
)

item(
    "Returnees find graves and ruins in Khartoum",
    """[[More than 1.3 million people|returned;a=The International Organization for Migration]]
    have returned to areas retaken by the army since {{late 2024}}, most of them to Gezira,
    Sennar and Khartoum states, The International Organization for Migration said. In Khartoum's
    Omdurman, volunteers have counted [[more than 3,500 graves|killed;a=volunteers]] dug in
    public squares, school yards and mosque courtyards during the fighting. The state government
    plans to move the remains of [[some 2,000 people|killed;a=The state government;p]] to
    cemeteries. [[About 30,000 homes|housing]] in the Bahri district were looted or damaged,
    according to a local resistance committee. The World Food Programme said it would reach
    [[500,000 people|aid;a=The World Food Programme;p]] in Khartoum by the end of the month. Many
    returnees told reporters they were going back only because camps in the east had [[no more
    than 60 tents|aid]] left.""",
)

item(
    "Researchers' estimates of Tigray's war dead",
    """Researchers at Ghent University estimate that [[between 162,000 and 378,000
    civilians|killed;a=Researchers at Ghent University]] died from violence, starvation and lack
    of health care in Tigray during the {{2020-2022}} war. The team's survey covered [[189,000
    households|other]] in the region's accessible districts. The Tigray interim administration
    said [[more than 2.1 million people|displaced;a=The Tigray interim administration]] had been
    displaced at the height of the conflict and that [[about 1 million|displaced;n=-;a=The
    Tigray interim administration]] were still in camps. Under the Pretoria agreement [[some
    270,000 Tigrayan fighters|combatants;p]] are to be disarmed and demobilised. The federal
    government has never published its own count of the dead. Church records in Axum list
    [[about 750 people|killed]] killed in the massacre there in {{November 2020}}.""",
)

item(
    "Tigray's missing and those still held",
    """The International Committee of the Red Cross said it had registered [[more than 3,000
    people|missing;a=The International Committee of the Red Cross]] reported missing by families
    in northern Ethiopia. Tigrayan officials say [[about 5,000 Tigrayans|arrested;a=Tigrayan
    officials]] are still held in Eritrea or in federal detention. [[Thousands of young
    men|missing]] who fled to Sudan have not been traced. A first group of [[1,800 displaced
    people|returned]] went back to Tsegede in western Tigray in {{April}}, under a government
    plan to return [[about 30,000|returned;p;n=-]] by the rainy season. Relatives' associations
    have collected [[over 800 photographs|other;u=other]] of the missing. The ICRC has taken DNA
    samples from [[about 900 families|other]]. Officials said [[12
    reception points|capacity]] would be set up for returnees.""",
)

item(
    "Ethiopia's rights commission counts dead in Amhara fighting",
    """The Ethiopian Human Rights Commission said [[at least 183 people|killed;a=The Ethiopian
    Human Rights Commission]] had been killed in clashes between the army and Fano militias in
    Amhara in the first {{month}} after a state of emergency was declared. Security forces
    detained [[hundreds of people|arrested;a=the commission;alt=The Ethiopian Human Rights
    Commission]] in Bahir Dar and Gondar, many of them young men, the commission said. A drone
    strike on a market in Finote Selam killed [[about 30 civilians|killed;a=witnesses]], witnesses
    said. Aid agencies said [[more than 700,000 people|civilians]] in the region needed food aid.
    The regional health bureau reported [[29 health facilities|housing;u=structure]] damaged.""",
)

item(
    "Goma's dead buried as morgues overflow",
    """Congo's government said [[about 3,000 bodies|killed;a=Congo's government]] had been
    recovered from the streets of Goma after {{M23}} rebels took the city in {{late January}}. The
    health ministry said [[2,880 people|injured;a=The health ministry]] had been treated for
    wounds in the city's hospitals. UN officials said [[about 900 bodies|killed;a=UN officials]]
    remained in morgues, where power cuts made identification difficult. [[More than 4,000
    inmates|other]] escaped from Munzenze prison during the fighting. The rebels ordered [[some
    700,000 people|displaced]] living in camps around the city to leave within {{72 hours}}.
    [[Dozens of camps|capacity]] were dismantled within a week. The Red Cross said it had
    buried [[more than 1,000 people|killed;a=The Red Cross]] in {{three days}}.""",
)

item(
    "Barsalogho massacre toll disputed",
    """Burkina Faso's government said [[133 people|killed;a=Burkina Faso's government]] were
    killed when JNIM fighters attacked residents digging trenches around Barsalogho in {{August
    2024}}. A security assessment seen by journalists put the toll at [[about 400|killed;n=-;a=A
    security assessment seen by journalists]], and a local collective of victims' families said
    [[more than 600 people|killed;a=a local collective of victims' families]] died. JNIM claimed
    to have killed [[300 militiamen|killed;a=JNIM]] of the army-backed Volunteers for the Defence
    of the Homeland. [[At least 140 wounded|injured;a=Medecins Sans Frontieres;n=wounded]] were
    treated in Kaya, according to Medecins Sans Frontieres. ACLED recorded [[more than 1,400
    fatalities|killed;a=ACLED]] in Burkina Faso in the {{three months}} that followed. The
    government had mobilised [[50,000 volunteers|combatants;a=The government]], it said
    earlier that year.""",
)

item(
    "Nigeria's abducted schoolchildren, a decade on",
    """Of the [[276 schoolgirls|kidnapped;a=Amnesty International]] seized by Boko Haram in Chibok in {{April 2014}},
    [[91|kidnapped;n=-;a=Amnesty International]] are still missing or held, Amnesty International
    said. Since then [[more than 1,680 pupils|kidnapped;a=UNICEF]] have been abducted from
    Nigerian schools, according to UNICEF. In {{March 2024}} gunmen took [[137 pupils|kidnapped]]
    from a school in Kuriga, in Kaduna state; all were freed {{two weeks}} later. The army said it
    had rescued [[about 400 hostages|kidnapped;a=The army]] in operations in the northwest in
    {{2024}}. Amnesty counted [[at least 10,000 people|killed;a=Amnesty]] killed by Boko Haram and
    the ISWAP faction since {{2009}}, and said [[thousands of people|arrested;a=Amnesty]] had
    been held by the military without charge.""",
)

item(
    "Counting the victims of the Mogadishu truck bomb",
    """The Somali government said [[587 people|killed;a=The Somali government]] were killed by the
    truck bomb in Mogadishu's Zoobe junction on {{14 October 2017}}, the deadliest attack in the
    country's history. [[At least 316|injured;n=-;a=officials]] were wounded, officials said, and
    [[about 70 people|missing]] were never found. A committee set up to identify the victims
    counted [[more than 1,000 relatives|other]] who came to hospitals in search of family.
    Al-Shabaab, which was blamed for the attack, then had [[between 7,000 and 9,000
    fighters|combatants;a=US officials]], US officials estimated. The African Union force in the
    country had [[about 22,000 troops|combatants]]. Turkey flew [[35 wounded|injured;n=wounded]]
    to Ankara for treatment.""",
)

item(
    "Cabo Delgado insurgency toll passes 6,000",
    """ACLED said [[more than 6,000 people|killed;a=ACLED]] had been killed in Mozambique's Cabo
    Delgado province since the insurgency began in {{October 2017}}, [[about 2,500|killed;n=-;a=ACLED]]
    of them civilians. At its peak the conflict displaced [[nearly 1 million people|displaced;a=the
    International Organization for Migration]], according to the International Organization for
    Migration. [[About 600,000|returned;n=-]] have since gone back to their districts. Rwanda
    deployed [[2,500 soldiers and police|combatants;n=soldiers and police]] in {{2021}} and has
    since raised the number to [[about 4,000|combatants;n=-;a=Kigali]], Kigali said. Insurgents
    burned [[more than 20 villages|housing;u=other]] in Macomia district in {{May}}, local
    officials said.""",
)

item(
    "South Sudan's civil war deaths estimated at 383,000",
    """A study by the London School of Hygiene and Tropical Medicine estimated that the civil war
    caused [[about 383,000 excess deaths|killed;a=A study by the London School of Hygiene and
    Tropical Medicine]] in South Sudan between {{December 2013}} and {{April 2018}}. [[Roughly
    190,000|killed;n=-;a=the authors]] of them were killed violently, the authors said. The estimate relied on
    [[227 household surveys|other;u=other]] carried out by aid agencies. At the time [[4.3 million
    people|displaced;a=the UN]] had fled their homes, [[2.5 million|displaced;n=-;a=the UN]] of them
    across borders, the UN said, and [[7 million|civilians;n=-;a=the UN]] needed aid. Under the peace deal
    [[83,000 troops|combatants;p]] were to be unified into a national army. [[Some 60,000 ex-fighters|combatants;a=officials]]
    were still waiting in cantonment sites in {{2020}}, officials said.""",
)

item(
    "What a mortality survey in Darfur measures",
    """Surveys carried out in {{2024}} in North Darfur measured a crude death rate of {{2.6 deaths
    per 10,000 people per day}}, more than {{five times}} the emergency threshold. Among children
    under {{five}}, the rate was {{4.8}}. The survey teams worked for {{11 days}} and returned on
    {{3 June}}. Violence accounted for {{about 18%}} of the deaths, disease and hunger for most of
    the rest.""",
)

item(
    "Tigray's compensation claims go unpaid",
    """Victims' groups in Tigray have filed claims worth {{$1.8 billion}} for losses suffered in
    the {{2020-2022}} war, their lawyers said in {{March}}. The federal government has set aside
    {{4 billion birr}} for reconstruction in the region in the {{2025/26}} budget. Lawyers said
    {{nine in ten}} claims were for destroyed property. Payments, if approved, would take at
    least {{three years}}.""",
)
