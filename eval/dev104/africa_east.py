"""Sudan, South Sudan, the Horn, the Great Lakes and southern Africa: ministries against
monitors and hospitals, armed groups' claims, UN agencies relaying local officials, returns and
camps counted twice (21 items with figures, 2 without)."""

from _wrap import item

item(
    "Thousands flee El Fasher as RSF claims control",
    """The UN migration agency IOM said [[more than 36,000 people|displaced;a=IOM;alt=The UN
    migration agency IOM]] had fled El Fasher in {{three days}} after the Rapid Support Forces
    claimed control of the city. The Sudan Doctors Network said [[460 patients and their
    companions|killed;n=patients and their companions;a=The Sudan Doctors Network]] were killed at
    the Saudi maternity hospital, an account the RSF called fabricated. The RSF said in a statement
    it had captured [[hundreds of army soldiers|arrested;a=The RSF]] and allied fighters.""",
)

item(
    "Sudan's war toll: ministry, monitors and envoy far apart",
    """Sudan's health ministry has put the war's death toll at [[more than 28,700|killed;a=Sudan's
    health ministry]], a figure aid agencies say covers only deaths recorded in functioning
    hospitals. Data compiled by the Armed Conflict Location and Event Data Project show [[over
    24,000 people|killed;a=the Armed Conflict Location and Event Data Project;alt=Data compiled by
    the Armed Conflict Location and Event Data Project]] killed in recorded violence since {{April
    2023}}. US special envoy Tom Perriello said in {{May 2024}} that [[as many as 150,000
    people|killed;a=Tom Perriello;alt=US special envoy Tom Perriello]] may have died.""",
)

item(
    "South Sudan's count of returnees outstrips UN figure",
    """JUBA (Reuters) - [[About 780,000 people|displaced;a=the UN refugee agency]] have crossed into
    South Sudan from Sudan since the war there began, the UN refugee agency said on Tuesday, [[more
    than 600,000 of them|returned;n=-;a=the UN refugee agency]] South Sudanese going home. The
    government's Relief and Rehabilitation Commission puts the number of returnees at [[1.1
    million|returned;a=The government's Relief and Rehabilitation Commission]]. At the Renk transit
    centre, built for [[3,000 people|capacity;a=aid workers]], [[some 15,000|displaced;a=aid
    workers]] are waiting for onward transport, aid workers said.""",
)

item(
    "Tigray camps still full as authorities dispute returns",
    """MEKELLE, Ethiopia (AFP) - The Tigray interim administration said on Monday that [[about 1
    million people|displaced;a=The Tigray interim administration]] remain in camps and host
    communities two years after the Pretoria peace deal. The federal disaster risk management
    commission said [[620,000|returned;a=The federal disaster risk management commission]] had gone
    home in Tigray since {{2023}}, a figure regional officials dismissed. Camps in Shire alone house
    [[more than 300,000|displaced;a=OCHA]], according to OCHA.""",
    ["two years"],
)

item(
    "Amhara drone strike: doctor says 22 bodies received",
    """Residents and a health worker told the Associated Press that a drone strike on a market near
    Finote Selam killed [[at least 30 people|killed;a=Residents and a health worker]] on Sunday. A
    doctor at the town's hospital, who asked not to be named for fear of reprisal, said it had
    received [[22 bodies|killed;a=A doctor at the town's hospital]] and [[55 wounded|injured;a=A
    doctor at the town's hospital]]. The government did not respond to requests for comment, and the
    state-appointed Ethiopian Human Rights Commission said it was investigating.""",
)

item(
    "Al-Shabaab and Somali officials give tolls after base overrun",
    """MOGADISHU (Reuters) - Al-Shabaab's radio station Andalus said the group's fighters killed
    [[more than 100 soldiers|killed;a=Andalus;alt=Al-Shabaab's radio station
    Andalus;alt=Al-Shabaab]] when they overran a base near El Baraf at dawn. Somali officials told
    Reuters [[at least 54 soldiers|killed;a=Somali officials]] had died and that [[about
    40|missing;a=Somali officials]] were unaccounted for. The African Union mission said only that
    the base had been "temporarily" lost.""",
)

item(
    "Mogadishu truck bombs: government toll rises, ambulance service counts wounded",
    """The Somali government said [[at least 121 people|killed;a=The Somali government]] were killed
    by [[two car bombs|other;u=other;a=The Somali government]] outside the education ministry in
    Mogadishu on Saturday, and health minister Fawziya Abikar said [[about 300|injured;a=Fawziya
    Abikar;alt=health minister Fawziya Abikar]] were wounded. The Aamin ambulance service said its
    crews alone had carried [[more than 350 wounded|injured;a=The Aamin ambulance service]] to
    hospitals.""",
)

item(
    "UN, citing health authorities, says Goma toll near 3,000",
    """GOMA, Democratic Republic of Congo (AP) - The United Nations said, citing local health
    authorities, that [[about 2,900 bodies|killed;a=The United Nations;alt=local health
    authorities]] had been collected from the streets of Goma since the city fell to {{M23}}
    fighters. M23 said it had buried [[2,000 bodies|killed;a=M23]] itself. Congo's government put
    the number of people wounded at [[more than 7,000|injured;a=Congo's government]], many of them
    treated at Kyeshero hospital.""",
)

item(
    "ADF attack in Lubero: civil society and army differ",
    """BENI, Congo (Reuters) - Local civil society leaders said [[at least 60
    civilians|killed;a=Local civil society leaders]] were killed when Allied Democratic Forces
    rebels attacked villages in Lubero territory overnight. The army's spokesman in the region,
    Lieutenant Colonel Mak Hazukay, put the toll at [[41|killed;a=Mak Hazukay;alt=The army's
    spokesman in the region]] and said [[12 attackers|killed;a=Mak Hazukay;alt=The army's spokesman
    in the region]] were killed. The ADF, which has pledged allegiance to Islamic State, has killed
    [[thousands of civilians|killed]] since {{2014}}.""",
)

item(
    "IOM says displacement in Congo at record high",
    """The International Organization for Migration said [[6.9 million people|displaced;a=The
    International Organization for Migration]] were displaced inside Democratic Republic of Congo,
    [[5.5 million of them|displaced;n=-;a=The International Organization for Migration]] in the
    eastern provinces. In North Kivu alone, [[more than 100 sites|capacity;a=The International
    Organization for Migration]] around Goma shelter people who fled the fighting, it said in a
    separate update. Congo's government uses a lower figure of [[about 5 million|displaced;a=Congo's
    government]].""",
)

item(
    "Mozambique's Cabo Delgado: returns and a rising toll",
    """Data compiled by ACLED show [[more than 4,000 people|killed;a=ACLED;alt=Data compiled by
    ACLED]] have been killed in Cabo Delgado since the insurgency began in {{2017}}, including
    [[about 1,800 civilians|killed;a=ACLED;alt=Data compiled by ACLED]]. Mozambique's government
    said [[more than 12,000 people|returned;a=Mozambique's government]] had gone back to Palma since
    Rwandan troops retook the town. Rwanda has deployed [[about 4,000 soldiers|combatants]] in the
    province.""",
)

item(
    "CAR peacekeepers and officials at odds over Bossangoa toll",
    """BANGUI (AFP) - The UN mission in the Central African Republic, MINUSCA, said [[19
    civilians|killed;a=MINUSCA;alt=The UN mission in the Central African Republic]] were killed in
    an attack by 3R rebels on villages near Bossangoa. Local officials told AFP the real toll was at
    least double that. MINUSCA said its peacekeepers had evacuated [[about 300
    people|displaced;a=MINUSCA]] to their base.""",
    ["3R"],
)

item(
    "Kenya rights commission counts protest dead, disputes Ruto's figure",
    """NAIROBI (Reuters) - The Kenya National Commission on Human Rights said on Monday that [[39
    people|killed;a=The Kenya National Commission on Human Rights]] had been killed and
    [[361|injured;a=The Kenya National Commission on Human Rights]] injured during protests against
    tax rises, and that [[32 people|missing;a=The Kenya National Commission on Human Rights]] had
    been abducted or had disappeared. President William Ruto said on Sunday that [[19
    people|killed;a=William Ruto;alt=President William Ruto]] had died. The commission said [[627
    protesters|arrested;a=The commission;alt=The Kenya National Commission on Human Rights]] were
    arrested.""",
)

item(
    "Uganda riot toll: police say 45, opposition says over 100",
    """KAMPALA (AP) - Uganda's police said [[45 people|killed;a=Uganda's police]] died in {{two
    days}} of riots that followed the arrest of opposition presidential candidate Bobi Wine. Wine's
    National Unity Platform said security forces had killed [[more than 100
    supporters|killed;a=Wine's National Unity Platform]]. Police spokesman Fred Enanga said [[836
    suspects|arrested;a=Fred Enanga;alt=Police spokesman Fred Enanga]] had been arrested.""",
)

item(
    "WFP convoy reaches Kadugli after months of blockade",
    """The World Food Programme said [[15 trucks|aid;a=The World Food Programme]] carrying [[about
    1,700 tonnes|aid;a=The World Food Programme]] of food had reached Kadugli in South Kordofan,
    enough to feed [[some 100,000 people|aid;a=The World Food Programme]] for a month. It was the
    first convoy to reach the town since {{March}}, WFP said. Local authorities say [[half a million
    people|civilians;v=500000;a=Local authorities]] are cut off in the region.""",
    ["a month"],
)

item(
    "Study estimates Somalia drought deaths, half of them children",
    """A study by the London School of Hygiene and Tropical Medicine estimated that [[43,000 excess
    deaths|killed;a=the London School of Hygiene and Tropical Medicine;alt=A study by the London
    School of Hygiene and Tropical Medicine]] occurred in Somalia in {{2022}} as a result of
    drought, and that half of them were probably children under {{five}}. Somalia's government had
    not published a toll. The study, commissioned by UNICEF and the WHO, warned that [[up to 135
    people|killed;p;a=the London School of Hygiene and Tropical Medicine;alt=The study]] could die
    each day in the first half of {{2023}}.""",
)

item(
    "Jonglei cattle raid: commissioner says 32 killed, women taken",
    """JUBA (Reuters) - Armed youths from a neighbouring area killed [[32 people|killed;a=the county
    commissioner]] and stole [[about 2,000 head of cattle|other;a=the county commissioner]] in a
    raid on Duk county, the county commissioner said. [[Seventeen women and
    children|kidnapped;n=women and children]] were abducted. The UN mission said it had sent
    peacekeepers to the area.""",
)

item(
    "Sudanese arrivals in eastern Chad pass 600,000",
    """[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since
    {{April 2023}}, UNHCR said, most of them women and children from West Darfur. The agency has
    opened [[12 camps|capacity;a=The agency;alt=UNHCR]] in the region, it said. Chad's government
    says it hosts [[1.2 million refugees|displaced;a=Chad's government]] in all, including those who
    fled earlier Darfur wars.""",
)

item(
    "Kenya sets timetable to close Dadaab, UNHCR says returns voluntary",
    """Kenya's interior ministry said it planned to close the Dadaab and Kakuma camps, which host
    [[more than 400,000 refugees|displaced;a=Kenya's interior ministry]], by {{June 2022}}. UNHCR
    said it expected [[up to 10,000 refugees|returned;p;a=UNHCR]] to go home to Somalia this year
    under its voluntary repatriation programme, and that any return had to be voluntary.""",
)

item(
    "Mozambique post-election crackdown: NGO and police give tolls",
    """MAPUTO (AFP) - Plataforma Decide, an electoral monitoring group, said [[at least 300
    people|killed;a=Plataforma Decide]] had been killed in protests since the {{October 9}}
    election, most of them shot by police. The police commander, Bernardino Rafael, said [[more than
    4,000 people|arrested;a=Bernardino Rafael;alt=The police commander]] had been detained and that
    [[17 police officers|killed;a=Bernardino Rafael;alt=The police commander]] had died.""",
)

item(
    "Puntland forces say Islamic State fighters killed in Cal Miskaad",
    """BOSASO, Somalia (Reuters) - Puntland's security forces said they had killed [[more than 150
    Islamic State fighters|killed;a=Puntland's security forces]] since launching an offensive in the
    Cal Miskaad mountains in {{December}}. A Puntland official estimated the group had [[between 600
    and 1,000 fighters|combatants;a=A Puntland official]] in the area, many of them foreigners. The
    United States carried out [[two air strikes|other;u=other;a=US Africa Command]] in support of
    the offensive, according to US Africa Command.""",
)

item(
    "Sudan talks in Jeddah adjourn without date",
    """JEDDAH (Reuters) - Talks between Sudan's army and the Rapid Support Forces were adjourned on
    {{November 7}} after {{two weeks}}, mediators from Saudi Arabia and the United States said. The
    {{May 11}} declaration signed in Jeddah has not been implemented. A ceasefire agreed in {{2023}}
    collapsed within {{days}}.""",
)

item(
    "Ethiopia's election board sets new dates",
    """ADDIS ABABA (AFP) - Ethiopia's electoral board said on Friday the delayed vote would take
    place on {{June 21}}, with results due within {{10 days}}. The board had postponed the vote from
    {{August 2020}}, citing the pandemic. About {{40%}} of polling stations in some regions had not
    opened.""",
)
