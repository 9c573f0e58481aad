"""Eritrea, Sudan, South Sudan, Mali, Burkina Faso and DR Congo: round-ups for national service,
the refugees it makes, popular mobilisation and forced recruitment, child soldiers recruited
and released, volunteers against jihadists and soldiers tried for fleeing (13 texts with
figures, 1 without)."""

from _wrap import item

item(
    "Eritrean soldiers round up youths in Asmara",
    """ASMARA (Radio Erena) - Soldiers sealed off the Mai Temenai and Godaif neighbourhoods of
    Asmara on Thursday and rounded up [[hundreds of young people|arrested;a=residents]] in a
    giffa, a round-up for national service, residents told Radio Erena. They said [[at least 60
    students|arrested;a=residents]] were taken from one secondary school alone. The detainees
    were driven to Adi Abeito prison, where a former inmate said [[about 1,000
    people|arrested;a=a former inmate]] were held in rooms built for [[200|capacity;a=a former
    inmate]]. [[Two conscripts|killed;a=a witness]] were shot dead trying to jump from a lorry
    near Mendefera, according to a witness. In Keren, the authorities evicted [[about 40
    families|displaced;a=a relative]] whose sons had fled the country, a relative said. Those
    born in {{2005}} and {{2006}} who skipped the final year at Sawa camp were the main
    target.""",
)

item(
    "Eritreans remain among the world's largest refugee groups",
    """GENEVA (Reuters) - Eritreans made up [[more than 580,000 refugees and asylum
    seekers|displaced;n=refugees and asylum seekers;a=UNHCR]] worldwide at the end of {{2024}},
    according to UNHCR, most of them young people escaping open-ended national service. In
    Ethiopia, [[about 160,000|displaced;a=the agency;alt=UNHCR]] live in camps in Tigray and
    Afar, the agency said. The war in Sudan trapped [[some 130,000 Eritreans|displaced]] in the
    Shagarab camps and in Khartoum, and Sudanese police deported [[more than 300|returned]] to
    Eritrea in {{2024}}. In Libya, [[at least 1,200 Eritreans|arrested;a=the International
    Organization for Migration]] were held in detention centres in March, the International
    Organization for Migration said. New arrivals in Ethiopia's Afar region averaged [[about
    1,500 a month|displaced;a=aid workers]] last year, aid workers said, roughly {{a third}} of
    them unaccompanied children.""",
)

item(
    "Eritrea recalls reservists as tension with Ethiopia rises",
    """NAIROBI (AFP) - Eritrea has recalled reservists up to the {{age of 60}}, diaspora
    opposition groups said on Friday, estimating that [[tens of thousands of
    men|combatants;a=diaspora opposition groups]] had been ordered back to their units. Human
    Rights Concern Eritrea said security forces had detained [[more than 50
    parents|arrested;a=Human Rights Concern Eritrea]] of young men who failed to report. In
    Tigray, officials said [[at least 25 Eritrean soldiers|other;a=officials]] had deserted and
    crossed the border with [[about 30 rifles|other;a=officials]]. Eritrea's army is estimated
    at [[about 200,000 troops|combatants;a=the International Institute for Strategic Studies]],
    with [[up to 250,000 reservists|combatants;a=the International Institute for Strategic
    Studies]] behind them, according to the International Institute for Strategic Studies.
    Asmara has not commented on the mobilisation.""",
)

item(
    "Sudan's army trains tens of thousands of volunteers",
    """PORT SUDAN (Sudan Tribune) - Sudan's army said [[more than 40,000
    volunteers|combatants;a=Sudan's army]] had completed training in River Nile state under the
    popular mobilisation launched by General Abdel Fattah al-Burhan in June {{2023}}, and
    [[about 12,000 more|combatants;n=-;a=Sudan's army]] in Gedaref. The Islamist-aligned
    al-Baraa bin Malik Brigade claims [[some 20,000 fighters|combatants;a=The Islamist-aligned
    al-Baraa bin Malik Brigade]]. Army checkpoints in Atbara detained [[about 120 young
    men|arrested;a=residents]] who lacked mobilisation cards, residents said. [[At least 31
    volunteers|killed;a=local officials]] were killed and [[more than 50|injured;a=local
    officials]] wounded when RSF drones hit a training camp near Shendi, destroying [[four
    barracks|housing;u=structure;a=local officials]], local officials said. The army says [[up
    to 100,000|combatants;p;a=The army]] more could be trained this year. Recruits aged {{18 to
    40}} train for {{45 days}} and receive {{60,000 Sudanese pounds}} a month.""",
)

item(
    "RSF accused of abducting boys from Darfur camp to fight",
    """The paramilitary Rapid Support Forces abducted [[37 boys|kidnapped;a=camp leaders]] from
    Zamzam camp in North Darfur last week to fill their ranks, camp leaders told Al Jazeera.
    [[Seven of them|kidnapped;n=-;a=camp leaders]] escaped and walked back to the camp, they
    said. The Sudan Doctors Network said the RSF had recruited [[at least 300
    children|combatants;a=The Sudan Doctors Network]] around El Fasher since May. UN experts say
    the group has drawn [[thousands of fighters|combatants;a=UN experts]] from Chad, Niger and
    Libya with promises of loot and pay of up to {{$400}} a month. Families say they have paid
    bribes of {{500,000 Sudanese pounds}} to free sons held at RSF bases, where [[about 2,000
    detainees|arrested;a=a former detainee]] are held, a former detainee said. Zamzam was home
    to [[some 500,000 displaced people|displaced]] before the RSF overran it.""",
)

item(
    "Mali's army swamped with applicants for 10,000 places",
    """BAMAKO (RFI) - Mali's army has received [[more than 120,000
    applications|other;u=other;a=the defence ministry]] in a recruitment drive that aims to take
    on [[10,000 soldiers|combatants;p;a=the defence ministry]], the defence ministry said. The
    entrance tests were held in [[62 centres|other;a=the ministry;alt=the defence ministry]]
    across the country, the ministry added. Candidates must be aged {{18 to 25}}, and the pay of
    a new recruit is about {{65,000 CFA francs}} a month. Since the coup of {{2020}}, the junta
    says it has brought the army to [[about 40,000 troops|combatants;a=the junta]]. [[Some 1,500
    Russian fighters|combatants]] of the Africa Corps fight alongside it. [[Five
    recruits|killed]] died during training at the Kati camp in March, and an inquiry was
    opened.""",
)

item(
    "Burkina Faso's volunteers: recruited in thousands, killed in hundreds",
    """OUAGADOUGOU (AFP) - Burkina Faso's junta called for [[50,000 civilian
    volunteers|combatants;p;a=Burkina Faso's junta]] to fight jihadists in October {{2022}} and
    said [[more than 90,000|combatants;a=Burkina Faso's junta]] signed up within {{three
    weeks}}. The volunteers, known as VDP, get {{14 days}} of training. The conflict monitor
    ACLED counted [[at least 1,200 VDP members|killed;a=The conflict monitor ACLED]] killed in
    {{2023}}. In one attack in Djibo, JNIM killed [[more than 100 VDP|killed]]. Under a general
    mobilisation decree of April {{2023}}, the authorities have requisitioned critics: Reporters
    Without Borders says [[at least 12 journalists, activists and
    magistrates|combatants;n=journalists, activists and magistrates;a=Reporters Without
    Borders]] have been sent to the front. The junta also called up [[about 5,000 former
    soldiers|combatants]] in {{2024}}.""",
)

item(
    "Armed group frees 300 children in South Sudan",
    """PIBOR, South Sudan (AP) — An armed group in the Greater Pibor Administrative Area
    released [[about 300 children|other;a=UNICEF]] on Monday, UNICEF said, [[90
    girls|other;a=UNICEF]] among them. The youngest was {{aged 11}}. Each child will get
    {{$200}} and help returning to school, the agency said. UNICEF says [[more than 19,000
    children|combatants;a=UNICEF]] were recruited by all sides during the civil war from
    {{2013}} to {{2018}}, and [[about 4,000|other;a=UNICEF]] have been released since. The UN
    verified [[142 new cases|other]] of recruitment in {{2024}}. Local officials said [[about 20
    of the freed children|combatants;n=children;a=Local officials]] had already been
    re-recruited last year.""",
)

item(
    "M23 rounds up men in Goma and sends them to training camps",
    """GOMA (RFI) - The M23 rebels have rounded up [[hundreds of men|arrested;a=residents]] in
    Goma since taking the city in January and sent many to training camps at Rumangabo,
    residents say. The group says [[more than 2,000 former soldiers and
    police|combatants;n=soldiers and police;a=The group]] who surrendered have joined its ranks
    after "re-education". A UN group of experts said the {{M23}} recruited [[at least 3,000
    people|combatants;a=A UN group of experts]] in {{2024}}, some of them children. On the
    government side, the army enlisted [[more than 30,000 young people|combatants]] in {{2023}},
    and the Wazalendo militias it arms have [[tens of thousands of fighters|combatants]]. The
    rebels say [[about 1,200 Congolese troops|arrested;a=The rebels]] are held in a stadium in
    Goma.""",
)

item(
    "DR Congo has the most child recruits of any country, UN says",
    """The UN verified the recruitment and use of [[1,861 children|combatants;a=The UN]] in the
    Democratic Republic of Congo in {{2023}}, the highest of any country, [[about 600 of
    them|combatants;n=-;a=The UN]] by the CODECO militia in Ituri. The UN mission separated
    [[more than 800 children|other;a=The UN mission]] from armed groups during the year, the
    mission said. [[At least 45 girls|kidnapped]] were abducted and used as cooks, porters or
    wives. Children aged {{12 to 17}} make up the bulk of recruits, and about {{one in five}} is
    a girl. UNICEF runs [[14 transit centres|capacity]] for freed children in North Kivu, with
    room for [[about 700|capacity]].""",
)

item(
    "South Sudan security forces round up young men in Juba",
    """JUBA (Sudan Tribune) - Security forces detained [[at least 200 young
    men|arrested;a=relatives]] in Juba's Gudele and Munuki neighbourhoods over the weekend and
    took them to army training centres, relatives said. [[About 70|arrested;a=relatives]] were
    released after their families paid {{50,000 South Sudanese pounds}} each, they said.
    Witnesses counted [[15 to 20 army trucks|other;a=Witnesses]] leaving the area. The army
    denied forced recruitment. The {{2018}} peace deal called for [[83,000 unified
    forces|combatants;p]], and [[about 55,000|combatants]] graduated in {{2022}} after years of
    delay. Since then, [[several thousand|other]] have deserted, complaining of no pay for {{11
    months}}.""",
)

item(
    "Congolese military court sentences fleeing soldiers to death",
    """BUTEMBO, DR Congo (Reuters) - A military court in Butembo sentenced [[25
    soldiers|arrested;a=a defence lawyer]] to death on Wednesday for fleeing the front and
    looting, and acquitted [[four|arrested;a=a defence lawyer]], a defence lawyer said. [[More
    than 50 others|arrested]] are on trial in Goma for desertion. Congo lifted a {{20-year}}
    moratorium on executions in March {{2024}}. The army says [[about 2,000 soldiers|other;a=The
    army]] abandoned their positions around Sake in February, and [[at least 280|displaced;a=The
    army]] crossed into Uganda or Burundi with their weapons. Residents of Sake said fleeing
    soldiers had killed [[eight civilians|killed;a=Residents of Sake]].""",
)

item(
    "Burkinabe men flee to Ivory Coast to escape the militias",
    """ABIDJAN (RFI) - [[More than 60,000 Burkinabe|displaced;a=UNHCR]] have taken refuge in
    northern Ivory Coast since {{2022}}, UNHCR said, among them [[hundreds of young
    men|displaced;a=UNHCR]] who say they fled to avoid being pressed into the VDP. "They came to
    the village and wrote down the names of every man between {{18 and 50}}," said a
    {{24-year-old}} farmer from Banfora. Ivorian authorities have built [[two
    sites|capacity;u=other]] to shelter [[about 15,000 refugees|capacity]]. Arrivals have
    averaged [[between 300 and 500 people a week|displaced;a=the agency;alt=UNHCR]] this year,
    the agency said. Burkinabe refugees in Ghana number [[some 14,000|displaced]].""",
)

item(
    "Eritrea's national service: the rules on paper",
    """Eritrea's national service proclamation of {{1995}} sets service at {{18 months}} for men
    and women aged {{18 to 40}}: {{six months}} of training and {{12 months}} of duty. Since the
    border war of {{1998}} to {{2000}}, service has been extended indefinitely. Conscripts are
    paid between {{1,500 nakfa}} and {{3,000 nakfa}} a month, about {{$100}} to {{$200}} at the
    official rate. A UN inquiry in {{2016}} said the system amounted to enslavement.""",
)
