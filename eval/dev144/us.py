"""The United States: an immigration raid, police killings, a trafficking sentence, a holiday
weekend of shootings in Chicago and a jailbreak in New Orleans (5 items, all with figures)."""

from _wrap import item

item(
    "Immigration raid at Hyundai plant in Georgia detains 475",
    """ATLANTA (AP) — Federal immigration agents detained [[475 people|arrested;a=officials]] in
    a raid at a Hyundai battery plant under construction in southeast Georgia, [[more than 300 of
    them|arrested;n=-;a=officials]] South Korean citizens, officials said Friday. Steven Schrank,
    the Homeland Security Investigations agent in charge for Georgia and Alabama, said [[about
    500 agents|combatants;a=Steven Schrank]] from federal, state and local agencies took part in
    the operation, which he called the largest single-site enforcement action in the agency's
    history. The detainees were taken to an immigration detention center in Folkston, near the
    Florida line. South Korea's foreign minister said his government would send a chartered plane
    to bring home [[316 of its nationals|returned;p;n=nationals;a=South Korea's foreign
    minister]] who had agreed to leave voluntarily. Video released by the agency showed workers
    being shackled at the ankles and waist before being put on buses. The Trump administration
    has said it aims to deport [[1 million people a year|returned;p;n=people;a=The Trump
    administration]], and ICE data show [[more than 59,000 people|arrested;a=ICE data]] were
    being held in immigration detention in September.""",
)

item(
    "US police killed more people in 2024 than in any year on record",
    """Police in the US killed [[1,260 people|killed;a=Mapping Police Violence]] in {{2024}}, the
    highest number since researchers began tracking such deaths, according to Mapping Police
    Violence, a non-profit research group. Black Americans were {{2.8 times}} as likely as white
    Americans to be killed by police, the group found. Most of those killed were shot, but [[more
    than 100 people|killed;a=the group;alt=Mapping Police Violence]] died after being restrained,
    beaten or shocked with Tasers, the group said. Nearly a third of the killings began with a
    traffic stop, a mental health call or an allegation of a non-violent offence. Officers were
    charged with a crime in {{less than 2%}} of the killings, and [[nine|arrested;n=-;a=the
    group;alt=Mapping Police Violence]] were convicted, according to the group. Since {{2013}},
    the group has counted [[more than 13,000 people|killed;a=the group;alt=Mapping Police
    Violence]] killed by police. Separately, the National Law Enforcement Officers Memorial Fund
    said [[52 officers|killed;a=the National Law Enforcement Officers Memorial Fund]] were shot
    and killed in the line of duty last year, down from [[64|killed;n=-;a=the National Law
    Enforcement Officers Memorial Fund]] in {{2022}}. Cities with the highest rates of police
    killings included Albuquerque, St Louis and Phoenix.""",
)

item(
    "Leader of Mexican sex-trafficking ring gets 40 years",
    """NEW YORK (Reuters) - A federal judge in Brooklyn on Tuesday sentenced the leader of a
    family-run Mexican sex-trafficking ring to {{40 years}} in prison for forcing [[dozens of
    women|kidnapped]] into prostitution in New York over more than a decade. Prosecutors said the
    ring, based in the town of Tenancingo in Mexico's Tlaxcala state, smuggled [[at least 17
    women and girls|kidnapped;n=women and girls;a=Prosecutors]] into the United States, some as
    young as {{14}}. A victim told the court she had been made to see [[up to 30 men a
    day|other;n=men;a=A victim]] and was beaten if she refused. [[Nine other members|arrested]]
    of the family, out of [[22 people|arrested]] indicted in the case, have pleaded guilty and
    received sentences ranging from {{eight to 25 years}}. The judge also ordered {{$3.5
    million}} in restitution to [[11 victims|kidnapped]] who testified or submitted statements.""",
)

item(
    "At least 55 shot, 11 fatally, over Fourth of July weekend in Chicago",
    """CHICAGO (AP) — [[At least 55 people|injured;a=police]] were shot, [[11 of
    them|killed;n=-;a=police]] fatally, in Chicago over the Fourth of July holiday weekend,
    police said Monday. The victims ranged in age {{from 7 to 72}}; the youngest, a girl, was hit
    by a stray bullet while watching fireworks with her family on the South Side and was in
    stable condition. Police Superintendent Larry Snelling said [[more than 2,000
    officers|combatants;a=Police Superintendent Larry Snelling]] had been deployed over the
    weekend, with days off canceled, and that [[about 40 guns|other;a=Police Superintendent Larry
    Snelling]] had been seized. [[Eight people|arrested]] had been arrested in connection with
    the shootings by Monday afternoon. The holiday bloodshed came even as shootings in the city
    were down about {{20%}} in the first half of the year compared with {{2023}}. Over the same
    weekend last year, [[more than 100 people|injured]] were shot.""",
)

item(
    "Ten inmates escape New Orleans jail through hole behind toilet",
    """NEW ORLEANS (AP) — [[Ten inmates|other;a=authorities]] escaped from the New Orleans jail
    early Friday by pulling a toilet away from a wall and crawling through the hole, then scaling
    a fence, authorities said. The escape was discovered during a headcount at {{8:30 a.m.}},
    more than {{seven hours}} after it happened, Orleans Parish Sheriff Susan Hutson said. By
    Monday, [[five of the escapees|arrested]] had been recaptured, and Louisiana State Police
    said [[more than 100 officers|combatants;a=Louisiana State Police]] from local, state and
    federal agencies were searching for the rest. [[Two other inmates|other]] who tried to follow
    them through the same hole were stopped by a guard. The jail, which houses [[about 1,400
    people|arrested]], has long been under federal oversight because of violence and
    understaffing. Hutson said a maintenance worker had turned off the water to the cell before
    the escape and that [[three employees|other;a=Hutson]] had been suspended. The FBI offered a
    reward of up to {{$20,000}} for information and asked anyone with tips to call Crimestoppers
    at {{504-822-1111}}.""",
)
