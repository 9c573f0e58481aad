"""dev375 items: Ecuador's internal armed conflict outside the prisons, 2023-2026: the
gangs designated as terrorist groups, the military's tallies, disappearances, extortion
kidnappings, displacement in Guayaquil, Durán and Esmeraldas, mining areas and the northern
border (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Noboa declares internal armed conflict after gunmen storm TV station",
    """President Daniel Noboa declared on Tuesday that Ecuador was in an "internal armed
    conflict" and ordered the armed forces to neutralise [[22 criminal groups|other;u=other]] he
    designated as terrorist organisations. Hours earlier [[13 hooded gunmen|arrested;a=police]]
    had stormed the studios of TC Televisión in Guayaquil during a live broadcast and were
    arrested after police retook the building, police said. The Interior Ministry said
    [[at least 10 people|killed;a=The Interior Ministry]] had been killed in Guayaquil,
    including [[two police officers|killed;a=The Interior Ministry]] shot on a highway. In
    Quito and Machala [[seven police officers|kidnapped]] were abducted, and explosions were
    reported in several cities. The government said [[22,400 soldiers|combatants;a=The
    government]] had been deployed across the country by {{9 January 2024}}, with schools and
    shops ordered shut.""",
)

item(
    "Military tallies first month of Ecuador's war on gangs",
    """Ecuador's Joint Command said on Thursday that [[4,712 people|arrested;a=Ecuador's Joint
    Command]] had been detained in the {{first}} month of military operations against gangs,
    [[158 of them|arrested;a=Ecuador's Joint Command;n=-]] accused of terrorism. It said
    [[five "terrorists"|killed;a=Joint Command;n=terrorists]] had been killed in clashes and
    [[27 hostages|kidnapped;a=Joint Command]] freed. The Joint Command also reported seizing
    [[1,963 firearms|other;a=The Joint Command]], [[about 16 tonnes of drugs|other;a=The Joint
    Command;n=tonnes]] and [[some 200 vehicles|other;a=The Joint Command]]. Rights groups
    questioned the figures. "We have received [[more than 300 complaints|other;a=a lawyer at the
    Ombudsman's Office in Guayaquil;u=other]] of arbitrary detention," said a lawyer at the Ombudsman's
    Office in Guayaquil, who asked not to be named. The report covered the period from
    {{9 January}} to {{9 February 2024}}.""",
)

item(
    "Ecuador records deadliest year as killings pass 9,000",
    """Ecuador ended {{2025}} with [[9,216 violent deaths|killed;a=the Interior Ministry;
    n=deaths]], the highest number on record, according to the Interior Ministry, surpassing
    the [[8,248|killed;a=the Interior Ministry;n=-]] of {{2023}}. The homicide rate rose to about {{52 per 100,000}}
    inhabitants. Guayas province accounted for [[nearly 4,000 of the killings|killed;a=police;n=killings]],
    police said, most of them in Guayaquil and Durán. The ministry said
    [[611 of the victims|killed;a=The ministry;alt=the Interior Ministry;n=victims]] were
    children and adolescents. InSight Crime said the wars between Los Lobos, Los Choneros and
    their splinter groups were driving the violence, as [[more than 30,000 people|arrested;
    a=InSight Crime]] had been jailed since the state of emergency began. The ministry also recorded
    [[more than 500 disappearances|missing;a=The ministry;alt=the Interior Ministry;u=person]]
    during the year.""",
)

item(
    "Four boys from Las Malvinas found dead after military detention",
    """The bodies of [[four boys|killed;a=prosecutors]] detained by an air force patrol in
    Guayaquil's Las Malvinas neighbourhood were found burned near the Taura air base,
    prosecutors said on {{31 December 2024}}. The boys, aged {{11 to 15}}, had been reported
    missing since {{8 December}}, when a video showed soldiers loading them into a truck after a
    football match. Prosecutors charged [[16 air force personnel|arrested;a=Prosecutors]] with
    forced disappearance, and a judge ordered them held in pre-trial detention. The Ombudsman's
    Office said it had recorded [[at least 43 cases|missing;a=The Ombudsman's Office;u=person;
    n=cases]] of people missing after detention by soldiers or police since {{January}}.
    Human rights groups in Guayaquil said [[at least nine other young men|missing;a=Human
    rights groups in Guayaquil]] detained during patrols in the city were still unaccounted for.
    [[About 250 soldiers|combatants;a=the Defence Ministry]] patrol Las Malvinas and nearby
    areas, the Defence Ministry said. [[Hundreds of people|other]] marched in Guayaquil on Sunday carrying photographs of the
    children.""",
)

item(
    "Gunmen kill 22 in Guayaquil neighbourhood",
    """Gunmen killed [[22 people|killed;a=police]] in an attack on a house in the Socio
    Vivienda neighbourhood of Guayaquil on Thursday night, police said, the worst massacre in the
    city this year. [[Three more|killed;n=-]] died in hospital on Friday. Police commander Víctor
    Herrera said [[about 20 attackers|combatants;a=Police commander Víctor Herrera]] arrived in
    {{three}} pickups and opened fire on residents at a wake. [[At least 11 people|injured]] were
    wounded, [[two of them|injured;n=-]] children. Residents said
    [[dozens of families|displaced;a=Residents]] left the area on Friday morning with what they
    could carry. Soldiers detained [[five suspects|arrested;a=the military]] later that day, the military said,
    and seized [[six rifles|other;a=the military]].""",
)

item(
    "Kidnappings for extortion spread across Ecuador's coast",
    """Ecuador's anti-kidnapping police unit, UNASE, recorded [[1,934 kidnappings|kidnapped;
    a=UNASE;u=person;n=kidnappings]] in {{2024}}, up from [[about 1,300|kidnapped;a=UNASE;n=-]] the year
    before, according to figures seen by Reuters. Police said they had freed [[412 hostages|
    kidnapped;a=Police]] in rescue operations and arrested [[more than 900 suspects|arrested;
    a=Police]]. Victims are often shopkeepers and farm owners in Guayas, Los Ríos and El Oro,
    held for {{a few hours}} until relatives pay ransoms of {{$2,000 to $10,000}}. A police
    officer in Babahoyo said [[as many as 40 people|kidnapped;a=A police officer in Babahoyo]]
    had been held in a single house used by Los Lobos. Business groups say
    [[thousands of small businesses|other;a=Business groups;u=structure]] have closed rather than
    pay extortion fees, known as "vacunas".""",
)

item(
    "Ecuadorians forced from their homes by gangs, report says",
    """[[At least 9,000 people|displaced;a=the Norwegian Refugee Council]] were forced from their
    homes by gang violence in Ecuador in {{2024}}, according to the Norwegian Refugee Council,
    most of them in Guayaquil, Durán and Esmeraldas. The council said gangs had taken over
    [[some 1,400 homes|housing;a=The council;alt=the Norwegian Refugee Council]] abandoned by
    families who fled threats. UNHCR said it had registered [[2,350 households|displaced;a=UNHCR]]
    displaced inside the country and had helped [[about 600 families|aid;a=UNHCR]] with cash for
    rent. "Nobody counts them, because they move in with relatives," said an NRC officer in
    Guayaquil. The government has no official registry of internally displaced people and
    does not recognise the phenomenon in law, the council said. The council said
    [[about 150 families|returned;a=The council]] had gone back to Socio Vivienda after police
    operations there. Up to
    [[15,000 people|displaced;p;q=at_most;a=the council]] could be uprooted in {{2025}} if the
    violence continues, it warned.""",
)

item(
    "Eleven soldiers killed in ambush in illegal mining area",
    """[[Eleven soldiers|killed;a=Ecuador's army]] were killed and
    [[one|injured;a=Ecuador's army;n=-]] wounded in an ambush by illegal miners linked to the
    Comandos de la Frontera in the Alto Punino area of Orellana province, Ecuador's army said
    on Friday. The patrol of [[about 80 troops|combatants]] was attacked with rifles and
    explosives near the border with Napo province. It was the deadliest attack on the armed
    forces since Noboa declared the internal conflict in {{January 2024}}. Defence Minister
    Gian Carlo Loffredo said [[more than 1,000 soldiers|combatants;a=Defence Minister Gian Carlo
    Loffredo]] had been sent to the area to hunt for the attackers. The army said it had
    destroyed [[34 mining camps|other;a=The army;u=structure]] and
    [[dozens of dredges|other;u=other;a=The army]] in the region over the past {{three months}}.""",
)

item(
    "Troops reinforce northern border as Colombian groups cross into Sucumbíos",
    """Ecuador sent [[1,500 soldiers|combatants;a=Defence Ministry]] to the northern province of
    Sucumbíos this week, the Defence Ministry said, after clashes between Colombian armed groups
    spilled across the San Miguel river. Residents of the parish of General Farfán said
    [[more than 200 families|displaced;a=Residents of the parish of General Farfán]] had moved to the
    town of Lago Agrio. The provincial risk management office said it was sheltering
    [[about 450 people|displaced;a=The provincial risk management office]] in
    [[three schools|capacity;a=The provincial risk management office]]. Soldiers arrested
    [[12 members of the Comandos de la Frontera|arrested;n=members;a=the military]] and seized
    [[two tonnes of cocaine|other;n=tonnes;a=the military]], the military said. Colombia's army said it had
    deployed [[about 800 troops|combatants;a=Colombia's army]] on its side of the river.""",
)

item(
    "Homes burned as gangs fight for control of Durán",
    """Gang members set fire to [[at least 17 homes|housing;a=the municipality]] in the
    Durán suburb of El Recreo on Sunday night, according to the municipality, in a fight
    between Los Chone Killers and Los Lobos for control of drug routes. Firefighters said
    [[another eight houses|housing;a=Firefighters]] were damaged. [[About 60 families|
    displaced]] spent the night in a church and a sports hall. Police said
    [[four people|killed;a=Police]] were shot dead in the area over the weekend and
    [[nine|arrested;a=Police;n=-]] had been detained. The government extended a night curfew
    in Durán from {{11 p.m.}} to {{5 a.m.}} and said it would station
    [[600 soldiers|combatants;p;a=The government]] in the city. Durán has [[about 300,000 residents|civilians]].""",
)

item(
    "Ecuador's gangs recruit children as young as 12, UNICEF says",
    """Criminal gangs in Ecuador are recruiting children as young as {{12}} to carry weapons,
    sell drugs and act as lookouts, UNICEF said on Wednesday. Citing government data, the
    agency said [[at least 1,300 adolescents|arrested;a=the agency;alt=UNICEF]] had been
    detained for gang-related crimes in {{2024}}, more than double the figure for {{2022}}.
    Police told Reuters [[between 400 and 600 minors|combatants;a=Police]] were active in gangs
    in Guayaquil alone. The Education Ministry said [[more than 100 schools|other;a=The
    Education Ministry]] had switched to online classes because of extortion threats, affecting
    [[some 45,000 pupils|civilians;a=The Education Ministry]]. UNICEF said [[at least 98 children|killed;a=UNICEF]] had
    been murdered in the {{first}} half of the year. In Durán, teachers said
    [[dozens of families|displaced;a=teachers]] had moved away to keep their sons out of the
    gangs.""",
)

item(
    "Esmeraldas families flee as gang war reaches rural parishes",
    """[[Some 1,200 people|displaced;a=Esmeraldas provincial government]] have fled rural
    parishes of Esmeraldas province in the past {{two weeks}} as Los Tiguerones and Los Lobos
    fight for coastal smuggling routes, the Esmeraldas provincial government said. The World
    Food Programme said it had delivered food to [[2,700 people|aid;a=The World Food
    Programme]] in shelters in the provincial capital and planned to reach
    [[4,000 more|aid;p;a=The World Food Programme;n=-]] next month. [[Six people|killed;a=local officials]]
    were killed in the parish of Chinca on {{14 March}}, among them a boy of {{16}}, local
    officials said. Local leaders said [[dozens of homes|housing;a=Local leaders]] had been
    ransacked. [[Eight schools|other;a=a teachers' union]] closed, leaving
    [[about 900 children|civilians;a=a teachers' union]] at home, a teachers' union said.""",
)

item(
    "Gunmen storm hospital in Guayaquil, kill patient",
    """Gunmen burst into the emergency ward of a public hospital in Guayaquil on Saturday and
    shot dead a patient who had been admitted with gunshot wounds hours earlier, police said.
    [[Two nurses|injured;a=the health ministry]] and [[one security guard|injured;
    a=the health ministry]] were wounded, the health ministry said. It was the
    {{fifth}} such attack on a hospital in Guayas province this year, according to the medical
    union, which said [[at least 14 health workers|killed;a=the medical union]] had been killed
    in the province since {{2023}}. Police deployed [[50 officers|combatants]] to the hospital.
    Doctors said [[about 70 patients|displaced;a=Doctors]] were moved to other hospitals, and
    [[several dozen staff|other;a=Doctors]] refused to work on Sunday.""",
)

item(
    "Police toll mounts as officers are hunted off duty",
    """[[Forty-five police officers|killed;a=Ecuador's National Police]] were killed in {{2025}},
    most of them off duty, Ecuador's National Police said on Monday, up from
    [[31|killed;n=-;a=Ecuador's National Police]] in {{2024}}. The police said
    [[another 128|injured;a=The police;alt=Ecuador's National Police;n=-]] had been wounded in
    attacks. At a graduation ceremony in Quito, President Noboa said
    [[2,800 new officers|combatants;a=President Noboa]] would join the force this year and
    that the government planned to add [[10,000 more|combatants;p;a=the government;n=-]] by
    {{2027}}. The force has [[about 62,000 members|combatants;a=the Interior Ministry]], according to the
    Interior Ministry. [[Three officers|missing]] abducted in Los Ríos in {{October}} have not been
    found.""",
)

item(
    "Gunmen open fire at cockfight in Ecuador's El Empalme",
    """Gunmen dressed in military uniforms killed [[12 people|killed;a=Ecuador's National Police]]
    at a cockfighting ring in the rural area of El Empalme, in Guayas province, on Sunday
    afternoon, Ecuador's National Police said. [[Three more|killed;n=-;a=the Health Ministry]] died on the way to
    hospital and [[at least eight people|injured;a=the Health Ministry]] were being treated for
    gunshot wounds, the Health Ministry said. Witnesses told local media that
    [[as many as 15 attackers|combatants;a=Witnesses]] arrived in pickups and fired on a crowd of
    [[about 200 spectators|civilians;a=Witnesses]]. The police said [[five suspects|arrested;a=The
    police]] had been detained and [[seven rifles|other;a=The police]] seized. The Permanent
    Committee for the Defence of Human Rights said it had counted [[19 massacres|other;a=The
    Permanent Committee for the Defence of Human Rights;u=other]] in Guayas this year.
    [[Some 80 families|displaced;a=municipal officials]] left nearby farms after the attack,
    municipal officials said.""",
)

item(
    "Ecuador referendum backs tougher security measures",
    """Ecuadorians approved most of the questions in Sunday's referendum on security and
    the economy, the National Electoral Council said, with about {{60%}} voting in favour of a
    permanent role for the armed forces in policing. Turnout was {{72%}}. The vote on
    extraditing nationals passed with {{64.9%}}. President Noboa, {{36}}, called the result a
    mandate. Questions on international arbitration and hourly work contracts were rejected by
    more than {{65%}} of voters, the council said on {{22 April 2024}}.""",
)

item(
    "Tourism slump hits Ecuador's coast as violence persists",
    """Foreign arrivals to Ecuador fell {{12%}} in {{2024}} and hotel occupancy in Salinas and
    Montañita dropped below {{40%}} during the {{February}} carnival, the Tourism Ministry said.
    The ministry said the sector lost {{$380 million}} in revenue. Several countries, including
    the United States, raised their travel advisories to Level {{3}} after {{January 9}}.
    Hotel owners in Manabí said bookings for the {{2025}} season were down by {{a third}}. The
    ministry plans a {{$5 million}} promotion campaign over {{six months}}.""",
)
