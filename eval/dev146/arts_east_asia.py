"""South-east and East Asia: Myanmar, Indonesia and Hong Kong (7 items, 1 without a
figure)."""

from _wrap import item

item(
    "Myanmar forces kill 38 on bloodiest day since coup, group says",
    """YANGON, {{March 15}} (Reuters) - Myanmar security forces killed [[at least 38
    people|killed;a=an advocacy group]] on Sunday, most of them in a Yangon industrial suburb
    where Chinese-financed factories were set ablaze, an advocacy group said, in the bloodiest
    day since last month's coup. The Assistance Association for Political Prisoners (AAPP) said
    [[22 people|killed;a=The Assistance Association for Political Prisoners]] were killed in
    Hlaing Tharyar, where residents said soldiers opened fire on protesters after arsonists
    torched [[at least 10 garment factories|housing;u=structure;a=residents]]. By Monday, [[thousands of migrant
    workers|displaced]] had fled Hlaing Tharyar for their home villages. The junta declared
    martial law in the township and neighbouring Shwepyitha, home to [[some 700,000
    people|civilians]]. China's embassy said [[two Chinese staff|injured;a=China's embassy]] had
    been hurt and urged the military to protect Chinese businesses. AAPP said [[more than 2,150
    people|arrested;a=AAPP]] had been detained since the {{February 1}} coup, of whom
    [[1,800|arrested;a=AAPP]] remained in custody. State television said a police officer had
    died of chest wounds in Bago. Mobile data has been cut nationwide every night since the coup,
    from {{1 a.m.}} to {{9 a.m.}}""",
)

item(
    "Junta pardons 5,636 prisoners, but few political detainees freed",
    """The military regime announced on Friday that it had pardoned [[5,636 prisoners|arrested;
    a=The military regime]], including [[700|arrested;a=The military regime]] held under
    {{Section 505A}} for opposing the coup, to mark Union Day. The Assistance Association for
    Political Prisoners said only [[43|arrested;a=The Assistance Association for Political
    Prisoners]] of those freed from Insein Prison by evening were political detainees. [[More
    than 20,000 people|arrested;a=the group;alt=The Assistance Association for Political
    Prisoners]] arrested since the {{2021}} coup remain behind bars, the group says, among them
    [[about 3,900 women|arrested;a=the group;alt=The Assistance Association for Political
    Prisoners]]. Relatives said [[dozens of families|other;a=Relatives]] waiting
    outside the prison gates in Yangon had gone home without news.""",
)

item(
    "Indonesia arrests over 1,200 after riots over lawmakers' perks",
    """JAKARTA, {{Aug 31}} (Reuters) - Indonesian police have arrested [[more than 1,200
    people|arrested;a=police]] in Jakarta after days of riots in which protesters torched
    regional parliament buildings and looted the homes of several lawmakers, police said on
    Sunday. [[At least six people|killed;a=the national human rights commission]] have died in
    the unrest, including a {{21-year-old}} motorcycle taxi driver who was run over by a police
    armoured vehicle on Thursday, according to the national human rights commission. Komnas HAM
    said it had received reports of [[20 people|missing;a=Komnas HAM]] missing after the
    protests. In Makassar, [[three people|killed]] were killed when a mob set fire to the city's
    regional parliament during a plenary session. Jakarta police spokesman Ade Ary Syam Indradi
    said [[15 police posts|housing;u=structure;a=Jakarta police spokesman Ade Ary Syam Indradi]]
    and [[nine bus stops|housing;u=structure;a=Jakarta police spokesman Ade Ary Syam Indradi]]
    had been damaged in the capital. President Prabowo Subianto, who cancelled a trip to China,
    said a housing allowance of {{50 million rupiah}} ({{$3,050}}) a month for lawmakers would
    be revoked. [[Around 3,000 students|other]] rallied outside the national parliament on
    Monday, and the military said it had sent [[1,500 soldiers|combatants;a=the military]] to
    guard government buildings. TikTok suspended its live feature in Indonesia for several
    days.""",
)

item(
    "Eight dead, 700 hurt in Jakarta post-election riots",
    """[[Eight people|killed;a=Jakarta Governor Anies Baswedan]] died and [[more than
    700|injured;a=Jakarta Governor Anies Baswedan]] were injured in {{two nights}} of rioting in
    Jakarta after the election commission confirmed President Joko Widodo's re-election, Jakarta
    Governor Anies Baswedan said on Thursday. Police said they had arrested [[257
    people|arrested;a=Police]], some of them carrying envelopes of cash, and seized arrows and
    petrol bombs. Rioters burned a police dormitory and [[between 15 and 20 cars|other]] in Tanah Abang,
    and police said [[about 70 officers|injured;a=police]] were hurt.
    [[About 32,000 police and soldiers|combatants;n=police and soldiers]] have been deployed
    across the capital, and the government has restricted the sharing of photos and videos on
    WhatsApp and Instagram.""",
)

item(
    "Hong Kong police arrest 1,100 as PolyU siege drags on",
    """Hong Kong police have arrested [[more than 1,100 people|arrested;a=the city's security
    secretary]] over the past {{24 hours}}, most of them at or around Polytechnic University,
    where [[hundreds of protesters|civilians;a=the city's security secretary]] have been
    besieged by riot officers since Sunday, the city's security secretary said. John Lee told
    legislators that [[about 600 people|other;a=John Lee]] had left the campus overnight: [[about
    400 adults|arrested;a=John Lee]] were arrested, and [[200|other;a=John Lee]] under the {{age
    of 18}} were allowed to go home after police took down their details. Some tried to escape by
    sliding down ropes from a footbridge onto a motorway, where they were met by waiting
    motorcyclists; others crawled through sewers. The Hospital Authority said [[116
    people|injured;a=The Hospital Authority]] were taken to hospital on Monday. Firefighters put
    out [[at least a dozen blazes|other;u=other]] started by petrol bombs at the campus
    entrance, where an armoured police vehicle had been set alight. A volunteer medic inside said
    [[about 100 people|civilians;a=A volunteer medic]] remained, many suffering from hypothermia
    after being drenched by water cannon. Chief Executive Carrie Lam
    said the remaining protesters should "come out peacefully". Universities across the city
    have cancelled classes for the rest of the semester, and district council elections are due
    on Sunday. Since June, police have fired [[more than 10,000
    rounds|other]] of tear gas and arrested [[about 4,500 people|arrested]].""",
)

item(
    "Organisers say 2 million marched against extradition bill",
    """Organisers said [[nearly 2 million people|other;a=Organisers]] marched through Hong Kong on
    Sunday to demand the full withdrawal of the extradition bill, while police said
    [[338,000|other;a=police]] had joined the rally at its peak. If the Civil Human Rights Front's
    count is right, it was the largest protest in the city's history. On Wednesday, police fired
    [[150 canisters|other]] of tear gas at crowds outside the Legislative Council, and the
    Hospital Authority said [[81 people|injured;a=the Hospital Authority]] were hurt. Police said
    [[22 officers|injured;a=Police]] were injured and [[11 people|arrested;a=Police]]
    arrested, and that [[some 5,000 officers|combatants;a=Police]] had been deployed around
    the government headquarters.""",
)

item(
    "Hong Kong passes Article 23 security law in record time",
    """Hong Kong's Legislative Council unanimously passed the Safeguarding National Security
    Ordinance on {{March 19, 2024}}, just {{11 days}} after the bill was tabled, fulfilling a
    requirement of {{Article 23}} of the Basic Law that the city first attempted in {{2003}}. The
    law sets sentences of up to life imprisonment for treason and insurrection, and up to {{20
    years}} for espionage. Sedition, previously punishable by {{two years}} in jail under a
    colonial-era law, now carries up to {{seven years}}, or {{10 years}} if it involves collusion
    with an external force. The ordinance took effect on {{March 23}}, nearly {{five years}} after
    the {{2019}} protests, and critics say it will further shrink the space for dissent.""",
)
