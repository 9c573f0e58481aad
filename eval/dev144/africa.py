"""South Africa, Nigeria and Kenya: crime statistics, the Stilfontein mine, tavern shootings,
a school kidnapping, a drug seizure, a jailbreak, the Shakahola cult, police killings and
victims of scam compounds (9 items, all with figures)."""

from _wrap import item

item(
    "South Africa recorded 6,953 murders in three months, police minister says",
    """South Africa recorded [[6,953 murders|killed;a=Police Minister Senzo Mchunu]] between
    October and December, an average of [[76 a day|killed;n=-;a=Police Minister Senzo Mchunu]],
    Police Minister Senzo Mchunu said on Friday as he released the third-quarter crime statistics
    in Pretoria. Murders were down {{2.3%}} on the same period a year earlier, but the minister
    said the figure remained "unacceptably high". Among the victims were [[1,125 women|killed]]
    and [[315 children|killed]]. Police recorded [[4,158 kidnappings|kidnapped;a=Police]], most
    of them linked to hijackings and robberies in which victims are driven around and forced to
    withdraw cash. Carjackings fell to [[5,973|other;n=-;u=other]], and cash-in-transit heists to
    [[41|other;n=-;u=other]]. Mchunu said police had arrested [[more than 140,000
    suspects|arrested;a=Mchunu]] during the quarter and that [[28 suspected
    criminals|killed;a=Mchunu]] had been killed in shootouts with officers in Gauteng alone.
    Nelson Mandela Bay, where rival gangs are fighting over drug turf in the northern areas,
    accounted for [[218 murders|killed]]. The national murder rate, at about {{45 per 100,000}}
    people, is among the highest in the world outside war zones. Gauteng, KwaZulu-Natal and the
    Eastern Cape together accounted for {{more than 60%}} of all murders.""",
)

item(
    "Stilfontein mine: 78 bodies and 246 survivors brought to surface",
    """STILFONTEIN — Rescuers have brought [[78 bodies|killed;a=police]] and [[246
    survivors|other;a=police]] to the surface from an abandoned gold mine in Stilfontein, North
    West, since Monday, police said on Thursday. The survivors, many of them so emaciated they
    could barely walk, were arrested for illegal mining and immigration offences, police
    spokesperson Athlenda Mathe said. [[Seven of the survivors|injured]] were taken to hospital
    in Klerksdorp. Police cut off supplies of food and water to the shaft in August under
    Operation Vala Umgodi, which aims to force the illegal miners, known as zama zamas, to
    surface, and say they have since arrested [[more than 1,500 people|arrested;a=Police]] who
    came up on their own. Community leaders believe [[as many as 500 miners|civilians;a=Community
    leaders]] may still be trapped underground. The rescue, ordered by the High Court in
    Pretoria, uses a cage lowered about {{2km}} down the shaft that can lift [[up to six
    people|capacity]] at a time. The Department of Home Affairs said [[more than 1,200 foreign
    nationals|returned;p;a=The Department of Home Affairs]] among those arrested would be
    deported to Mozambique, Zimbabwe and Lesotho. Mineral Resources Minister Gwede Mantashe has
    called illegal mining "a war on the economy".""",
)

item(
    "Sixteen shot dead at Soweto tavern",
    """JOHANNESBURG — [[Sixteen people|killed;a=police]] were shot dead at a tavern in Orlando
    East, Soweto, in the early hours of Sunday, police said, and [[nine others|injured;a=police]]
    were taken to Chris Hani Baragwanath Hospital with gunshot wounds. Gauteng police
    commissioner Elias Mawela said [[a group of about 10 gunmen|combatants;a=Gauteng police
    commissioner Elias Mawela]] arrived in a minibus taxi shortly after {{12.30am}} and opened
    fire on patrons with rifles and a {{9mm}} pistol. Investigators found [[more than 130
    cartridges|other]] at the scene. The victims were aged between {{19 and 35}}. On the same
    night, gunmen killed [[four people|killed]] at a tavern in Sweetwaters near Pietermaritzburg.
    The shootings came two weeks after [[21 teenagers|killed]] were found dead in a tavern in
    East London, deaths that investigators later attributed to methanol poisoning. Police
    Minister Bheki Cele said [[a team of 50 detectives|combatants;a=Police Minister Bheki Cele]]
    had been assigned to the Soweto case.""",
)

item(
    "Kaduna govt confirms release of 137 Kuriga pupils",
    """KADUNA — The Kaduna State Government has confirmed the release of [[137
    pupils|kidnapped;a=The Kaduna State Government]] abducted from LEA Primary and Secondary
    School, Kuriga, in Chikun Local Government Area, {{16 days}} after they were seized by
    bandits. Governor Uba Sani, who announced the rescue in a statement on Sunday, thanked the
    military and President Bola Tinubu but gave no details of how the children were freed. The
    Defence Headquarters said [[76 of the freed pupils|kidnapped;a=The Defence Headquarters]]
    were girls and that they had been rescued in a forest in neighbouring Zamfara State. The
    school's headmaster had earlier put the number abducted at [[287|kidnapped;n=-;a=The school's
    headmaster]], but local officials later revised it down. [[One teacher|killed;a=residents]]
    died in captivity, residents said. The kidnappers had demanded a ransom of {{N1bn}} for the
    pupils, according to relatives. In Kajuru, [[more than 60 villagers|kidnapped]] abducted the
    same week were still being held. Amnesty International Nigeria said [[at least 1,683
    students|kidnapped;a=Amnesty International Nigeria]] had been abducted from schools in
    Nigeria since the Chibok kidnapping of {{2014}}.""",
)

item(
    "NDLEA seizes 2.1 million tramadol tablets at Apapa port",
    """LAGOS — The National Drug Law Enforcement Agency (NDLEA) says its operatives have
    intercepted [[2.1 million tablets of tramadol|other;v=2100000;n=tablets;a=The National Drug
    Law Enforcement Agency (NDLEA)]] and other opioids at the Apapa port in Lagos, hidden in
    [[six containers|other;a=The National Drug Law Enforcement Agency (NDLEA)]] shipped from
    India. Femi Babafemi, the agency's spokesman, said in a statement on Sunday that [[three
    importers|arrested;a=Femi Babafemi]] and a clearing agent had been arrested and that the
    drugs had a street value of {{N12.4bn}}. In a separate operation in Kano, operatives seized
    {{242.6kg}} of skunk and arrested [[four suspects|arrested]], including a {{70-year-old}}
    woman. The agency said it had arrested [[more than 16,000 people|arrested;a=The
    agency;alt=The National Drug Law Enforcement Agency (NDLEA)]] and secured [[3,100
    convictions|arrested;a=The agency;alt=The National Drug Law Enforcement Agency (NDLEA)]] in
    {{2023}}.""",
)

item(
    "Kuje jailbreak: 443 inmates recaptured, 436 at large",
    """ABUJA — The Nigerian Correctional Service says [[443|arrested;n=-;a=The Nigerian
    Correctional Service]] of the [[879 inmates|other;a=The Nigerian Correctional Service]] who
    escaped from the Kuje Custodial Centre in Abuja during an attack on Tuesday night have been
    recaptured, while [[436|other;n=-;a=The Nigerian Correctional Service]] are still at large.
    Interior Minister Rauf Aregbesola said [[all 64 Boko Haram suspects|other;a=Interior Minister
    Rauf Aregbesola]] held at the facility had escaped. The attackers, who arrived at about
    {{10.30pm}}, used explosives to breach the perimeter wall and fought guards for more than an
    hour. [[One security guard|killed]] and [[four inmates|killed]] were killed, and [[three
    others|injured]] were injured. The facility held [[994 inmates|arrested;a=the service;alt=The
    Nigerian Correctional Service]] at the time, according to the service. The Islamic State West
    Africa Province (ISWAP) later claimed responsibility for the attack in a video.""",
)

item(
    "Shakahola death toll rises to 429 as exhumations continue",
    """MALINDI — The number of bodies exhumed from Shakahola forest in Kilifi County has risen to
    [[429|killed;n=-;a=Coast regional commissioner Rhoda Onyancha]], Coast regional commissioner
    Rhoda Onyancha has said. Rescuers have found [[95 survivors|other]] in the forest since
    April, some of them too weak to walk after weeks of fasting, and [[14 of them|other;n=-]] are
    children. Most of the victims starved themselves on the orders of self-proclaimed pastor Paul
    Mackenzie, who told followers that fasting would take them to heaven, though autopsies showed
    that some had been strangled or beaten. Mackenzie and [[29 co-accused|arrested]] were charged
    in a Mombasa court on Thursday with the murder of [[191 children|killed]]. The Kenya Red
    Cross said [[613 people|missing;a=The Kenya Red Cross]] had been reported missing at its
    tracing desk in Malindi. Government pathologist Johansen Oduor said [[34
    bodies|killed;a=Government pathologist Johansen Oduor]] had so far been identified through
    DNA and released to families. The exhumations, suspended during the rains, will resume next
    week, Interior CS Kithure Kindiki said.""",
)

item(
    "Police killed 159 people in 2024, Missing Voices report says",
    """NAIROBI — Police killed [[159 people|killed;a=the Missing Voices coalition]] in Kenya in
    {{2024}} and [[43 others|missing;a=the Missing Voices coalition]] were victims of enforced
    disappearance, the Missing Voices coalition said in its annual report released on Tuesday.
    The coalition said [[60 of those killed|killed;n=-;a=The coalition;alt=the Missing Voices
    coalition]] died during the protests against the Finance Bill in June and July, most of them
    shot with live ammunition. Nairobi accounted for [[68|killed;n=-]] of the killings. [[More
    than 80 people|missing;a=the Kenya National Commission on Human Rights (KNCHR)]] were
    reported missing after the protests, according to the Kenya National Commission on Human
    Rights (KNCHR). The Independent Policing Oversight Authority (IPOA) said it had forwarded
    [[31 files|other;u=other;a=The Independent Policing Oversight Authority (IPOA)]] to the
    Director of Public Prosecutions recommending charges against officers. [[Only two
    officers|arrested;a=the coalition;alt=the Missing Voices coalition]] have been convicted of
    killing civilians since the authority was created in {{2011}}, the coalition said.""",
)

item(
    "76 Kenyans rescued from Myanmar scam compounds return home",
    """NAIROBI — [[Seventy-six Kenyans|kidnapped]] freed from scam compounds in Myawaddy,
    Myanmar, landed at Jomo Kenyatta International Airport on Sunday, where relatives waited with
    flowers and placards. Foreign Affairs PS Roseline Njogu said [[more than 300
    Kenyans|returned;a=Foreign Affairs PS Roseline Njogu]] had been brought home from Myanmar,
    Thailand and Laos since October, while [[about 150|kidnapped;n=-;a=Foreign Affairs PS
    Roseline Njogu]] were still held in compounds along the Thai border. The victims said they
    had been lured with offers of customer-service jobs in Bangkok paying {{$1,000}} a month,
    then smuggled across the border and forced to work {{16-hour}} shifts running online romance
    and crypto scams. The group included [[22 women|kidnapped]]. [[Two of the returnees|injured]]
    were taken to Kenyatta National Hospital for treatment. Police said they had arrested [[four
    recruitment agents|arrested;a=Police]] in Nairobi and Mombasa. Families with relatives still
    trapped can call the ministry's hotline on {{0800 221 001}}.""",
)
