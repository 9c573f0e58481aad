"""Items of dev345: the wounded, the sick and the hungry: MSF's hospitals, cholera, hepatitis E,
measles, malnutrition and the search for the missing, 2023-2026."""

from _wrap import item

item(
    "MSF: Adré hospital treated 2,800 war-wounded in a year",
    """Médecins Sans Frontières said on {{15 April 2024}} that its teams at Adré hospital had
    treated [[more than 2,800 war-wounded patients|injured;a=Médecins Sans Frontières]] in the
    year since the war in Sudan began, [[about 860|injured;a=Médecins Sans Frontières]] of
    them in the {{three weeks}} after the killings in El Geneina in {{June 2023}}. The group
    said its surgeons had performed [[1,950 operations|other;u=other;a=The group;alt=Médecins
    Sans Frontières]] and that [[at least 120 patients|killed;a=The group;alt=Médecins Sans
    Frontières]] had died of their wounds. Its teams also delivered [[4,300 babies|other]] at
    the hospital's maternity ward, which has [[40 beds|other]]. "Every week brings another
    wave," said the project coordinator, who asked not to be named. The hospital serves a
    population that MSF now puts at [[some 250,000 refugees|displaced;a=MSF]] and [[more than
    60,000|civilians;a=MSF]] Chadians.""",
)

item(
    "Cholera spreads through camps in Ouaddaï",
    """Chad's health ministry declared a cholera outbreak in Ouaddaï province on {{13 July
    2025}} after [[six cases|other;a=Chad's health ministry]] were confirmed in the Dougui
    camp. By the end of August, the ministry had recorded [[1,247 suspected cases|other;a=the
    ministry]] and [[74 deaths|killed;a=the ministry]] across [[four camps|capacity]] and the
    town of Abéché. MSF said it had opened [[three cholera treatment centres|other;a=MSF]]
    with a total of [[260 beds|other;a=MSF]], and that its teams were admitting [[up to 90
    patients a day|other;a=MSF]] at the peak. The WHO said [[about 380,000 doses|aid;a=The
    WHO]] of oral vaccine had arrived, enough to cover [[some 190,000 people|aid;p;a=The WHO]]
    with {{two doses}} each.""",
)

item(
    "Hepatitis E kills pregnant women in Adré site",
    """[[At least 17 people|killed;a=MSF]] have died of hepatitis E in the makeshift camp at
    Adré since {{January 2024}}, [[nine of them|killed;a=MSF;n=-]] pregnant women, MSF said on
    Thursday. The group said it had treated [[more than 2,000 patients|other;a=The
    group;alt=MSF]] with acute jaundice, and that the outbreak was fuelled by a lack of
    latrines and clean water. In parts of the site there is {{one latrine per 300 people}},
    against an emergency standard of {{one per 20}}, it said. The site has [[about 1,100
    latrines|aid]], built for [[60,000 people|capacity]], and now holds {{nearly four times}}
    that number. UNICEF said it would install [[500 more latrines|aid;p;a=UNICEF]] and [[40
    handwashing stations|aid;p;a=UNICEF;u=other]] by the end of the month.""",
)

item(
    "Screening finds one child in four acutely malnourished",
    """A nutrition survey in the Adré, Ourang and Metché camps found that {{one in four}}
    children {{under five}} were acutely malnourished, UNICEF and the WFP said on {{30 October
    2024}}. Health workers screened [[61,400 children|aid;a=Health workers]] in {{two weeks}}
    and found [[about 4,900|civilians;a=Health workers]] with severe acute malnutrition, the
    most dangerous form. The agencies said [[3,700 children|aid;a=The agencies]] were admitted
    to feeding programmes, and that MSF's inpatient ward in Adré, with [[120 beds|other;a=The
    agencies]], was full. The global acute malnutrition rate of {{24%}} is well above the
    {{15%}} emergency threshold. The WFP said it would extend nutritional support to [[about
    150,000 children and pregnant women|aid;p;a=The WFP;n=children and pregnant women]] but
    had funds only until December. [[Around 15,000 pregnant and breastfeeding women|aid;a=the
    agencies;n=women]] were also given supplements, the agencies said.""",
)

item(
    "Measles campaign in eastern camps after deaths",
    """Chad's health ministry and UNICEF began vaccinating [[some 250,000 children|aid]]
    against measles in the eastern camps and host villages on Monday, after [[at least 14
    children|killed;a=the ministry]] died in an outbreak that the ministry said had infected
    [[nearly 700|other;a=the ministry]]. The campaign, which runs for {{10 days}}, targets
    children aged {{six months to 14 years}}. UNICEF said [[320 vaccination
    teams|other;a=UNICEF]] had been trained, and that [[two refrigerated trucks|aid;a=UNICEF]]
    carried [[more than 300,000 doses|aid;a=UNICEF]] from N'Djamena. MSF said [[a dozen
    children|other;a=MSF]] with measles complications were in its Adré ward.""",
)

item(
    "Tiné clinic overwhelmed by El Fasher wounded",
    """MSF said on {{1 November 2025}} that its small clinic in Tiné had received [[71 wounded
    people|injured;a=MSF]] in {{72 hours}} from El Fasher, more than in the previous {{three
    months}} combined. [[Eight of them|killed;a=MSF;n=-]] died before they could be evacuated
    to Abéché, the group said. Patients told MSF they had walked or ridden donkeys for up to
    {{five days}}, and that [[hundreds of people|civilians;a=Patients]] were still stuck on
    the road behind them. Several said they had lost track of relatives: one man said [[six
    members of his family|missing;a=one man;n=members]] were missing after RSF fighters
    stopped their group. The Chadian army flew [[22 of the most serious
    cases|injured;n=cases;u=person]] to Abéché by helicopter. The clinic has [[eight
    beds|other;a=the group;alt=MSF]], the group said.""",
)

item(
    "Malaria peaks in the rainy season",
    """MSF said its clinics in the eastern camps had recorded [[more than 58,000 malaria
    consultations|other;a=MSF;u=other]] between July and {{October 2024}}, nearly {{twice}}
    the number of the year before. [[At least 46 children|killed;a=the group;alt=MSF]] died of
    severe malaria in its Adré and Metché wards over the same period, the group said. UNHCR
    said [[about 120,000 mosquito nets|aid;a=UNHCR;u=other]] had been distributed in the camps
    to [[some 41,000 households|aid;a=UNHCR]]. The group said its [[two malaria
    wards|other;a=The group;alt=MSF;u=structure]] in Adré had [[150 beds|other;a=The
    group;alt=MSF]] between them. Chad's health ministry said it would deploy [[40 community
    health workers|other;p;a=Chad's health ministry]] in each camp for the next season.""",
)

item(
    "Children dying of hunger and disease at the border",
    """[[At least 1,200 children|killed;a=Médecins Sans Frontières]] {{under five}} died in
    the Adré border site in the {{five months}} to {{January 2024}}, mostly of diarrhoea,
    malaria and malnutrition, Médecins Sans Frontières said, citing a mortality survey by its
    epidemiologists. The crude death rate among children was {{2.7 deaths per 10,000 per
    day}}, above the emergency threshold of {{two deaths per 10,000}}. The survey covered
    [[about 8,500 households|other]]. In the same period MSF admitted [[3,100 children|aid]]
    to its therapeutic feeding centre, where [[182 of them|killed;n=-]] died. The Chadian Red
    Cross said its volunteers had buried [[more than 400 bodies|killed;a=The Chadian Red
    Cross]] at the site's cemetery since August. [[About 20,000 newly arrived
    refugees|displaced;a=the group;alt=Médecins Sans Frontières]] have no access to a clinic,
    the group said.""",
)

item(
    "Survivors of sexual violence treated in Adré and Metché",
    """MSF said its teams in Adré and Metché had treated [[more than 430
    survivors|other;a=MSF]] of sexual violence in {{2024}}, [[112 of them|other;a=MSF;n=-]]
    children, some as young as {{eight}}. Most were attacked in Darfur or on the road, and the
    group said [[about 60 women|kidnapped;a=the group;alt=MSF]] had been held by fighters for
    days or weeks. Within the camps, [[at least 90 attacks|other;a=MSF;u=other]] took place
    while women collected firewood or water, MSF said. UNFPA said it ran [[14 safe
    spaces|other;a=UNFPA;u=structure]] for women and girls in the east and planned to open
    [[six more|other;p;a=UNFPA;n=-;u=structure]]. Chadian police said they had arrested [[17
    suspects|arrested;a=Chadian police]] in camp cases since January.""",
)

item(
    "Abéché hospital fills with wounded from Geneina",
    """The regional hospital in Abéché, {{160 km}} from the border, has received [[more than
    350 wounded|injured;a=hospital officials]] evacuated from Adré since mid-June, hospital
    officials said on {{30 June 2023}}. The International Committee of the Red Cross sent a
    surgical team of [[nine staff|other;a=The International Committee of the Red Cross]] and
    [[two trucks|aid;a=The International Committee of the Red Cross]] of medical supplies, it
    said. [[At least 35 patients|killed;a=hospital officials]] have died since arriving,
    hospital officials said. The hospital has [[180 beds|other;a=a doctor]] and is caring for
    [[nearly 500 patients|other;a=a doctor]], a doctor said, many of them in tents in the
    grounds. The ICRC said it had paid for [[12 ambulance trips|aid;u=other;a=The ICRC]] from
    Adré.""",
)

item(
    "Counsellors see thousands of traumatised refugees",
    """[[About 9,400 refugees|other;a=the group;alt=MSF]] have attended mental health sessions
    at MSF clinics in the Ourang and Metché camps since {{2023}}, the group said on {{10
    October 2024}}, World Mental Health Day. It employs [[26 psychologists and
    counsellors|other;n=psychologists and counsellors]], most of them refugees trained on
    site. A counsellor said [[dozens of children|other;a=A counsellor]] in her group had
    watched relatives being killed. UNICEF said it ran [[48 child-friendly
    spaces|other;a=UNICEF;u=structure]] in the camps and planned [[30
    more|other;p;a=UNICEF;n=-;u=structure]], each used by [[up to 200 children a
    day|aid;a=UNICEF]]. The waiting list for individual sessions has [[more than 700
    names|other;u=other]].""",
)

item(
    "Red Cross tracing service logs thousands of missing",
    """Families in eastern Chad have asked the Red Cross to trace [[more than 3,400
    relatives|missing;a=the ICRC]] missing since the war in Sudan began, the ICRC said on {{30
    August 2025}}, the International Day of the Disappeared. [[About 1,100 of
    them|missing;a=the ICRC;n=-]] are children. The ICRC and the Chadian Red Cross have found
    [[roughly 700 people|other;a=The ICRC and the Chadian Red Cross]] alive and reunited [[96
    children|other;a=The ICRC and the Chadian Red Cross]] with their families, they said.
    [[Another 230|killed;a=the ICRC]] were confirmed dead, the ICRC added. The organisation
    said Red Cross volunteers had delivered [[some 5,600 messages|other;u=other;a=The
    organisation;alt=ICRC]] between families separated by the border.""",
)

item(
    "Cholera cases fall in Metché after water works",
    """New cholera cases in the Metché camp fell to [[fewer than 10 a
    week|other;a=MSF;u=other]] in {{October 2025}}, from [[more than 200|other;a=MSF;u=other]]
    at the peak in August, MSF said, after water chlorination and the building of [[350
    emergency latrines|aid;a=MSF]]. The outbreak in Metché killed [[29 people|killed;a=the
    group;alt=MSF]] and sickened [[about 1,600|other;a=the group;alt=MSF]], the group said.
    The health ministry said [[more than 70,000 residents|aid;a=The health ministry]] of the
    camp and surrounding villages had been vaccinated. Oxfam said it had trucked {{4.2 million
    litres}} of water into the camp and distributed [[9,800 hygiene kits|aid;a=Oxfam]].""",
)

item(
    "Two years on, MSF counts its work in eastern Chad",
    """MSF said in {{February 2026}} that its teams in eastern Chad had carried out [[more
    than 640,000 medical consultations|other;a=MSF;u=other]] in {{2025}}, treated [[11,800
    children|aid;a=MSF]] for severe malnutrition and admitted [[3,450
    war-wounded|injured;a=MSF]]. The group said it now runs [[five hospitals and
    clinics|other;a=The group;alt=MSF;n=hospitals and clinics;u=structure]] along the border
    and employs [[about 1,300 staff|other;a=The group;alt=MSF]], [[more than
    900|other;n=-;a=The group;alt=MSF]] of them Chadian or refugee. It warned that a {{30%}}
    cut in donor funding could force it to close [[two of its
    clinics|other;p;a=MSF;u=structure]] by mid-year, leaving [[some 80,000
    people|civilians;p;a=MSF]] without care.""",
)

item(
    "WHO grades the Chad emergency",
    """The World Health Organization raised its emergency grade for eastern Chad to {{Grade
    3}}, its highest, on {{21 August 2025}}, citing cholera, hepatitis E and malnutrition. The
    case fatality rate for cholera was {{3.1%}} in epidemiological {{week 34}}, above the
    {{1%}} target, it said. The grading allows the agency to release funds from its
    contingency fund within {{24 hours}}. Chad last received a {{Grade 3}} emergency in
    {{2014}}, during the Central African Republic crisis, the WHO said.""",
)

item(
    "A surgeon's week in Adré",
    """The surgical block at Adré hospital runs its operating theatres from {{7am}} to
    {{7pm}}, {{six days}} a week, and the surgeon on call sleeps in a room next to the ward. A
    typical hip fracture repair takes {{two hours}}; an amputation, {{45 minutes}}. Surgeons
    rotate every {{six weeks}}, and most are in their {{30s}} or {{40s}}. The temperature in
    the theatre can reach {{38C}} in May when the generator fails. The hospital was built in
    {{1998}} and last refurbished in {{2019}}.""",
)
