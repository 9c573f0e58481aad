"""dev226 items: Mexico's defence ministry and security cabinet, Colombia's army and ombudsman,
Haiti's police, Ecuador's joint command, Rio de Janeiro's state government, Peru's joint command,
El Salvador's and Guatemala's governments, as the wires and the national press relay their
communiqués and tallies (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Mexico says 1,400 arrested in Sinaloa since cartel split",
    """
CULIACAN, Mexico - Mexico's Defence Ministry said on Tuesday that security forces had arrested
[[more than 1,400 people|arrested;a=Mexico's Defence Ministry]] and seized
[[about 2,000 firearms|other;a=Mexico's Defence Ministry]] in Sinaloa since fighting between
rival factions of the Sinaloa cartel erupted in {{September 2024}}. At the president's morning
news conference, a general from the ministry said troops had also seized
[[over 350,000 cartridges|other;a=a general from the ministry;alt=Mexico's Defence Ministry]]. The
ministry said it would send
[[another 600 special forces troops|combatants;p;a=The ministry;alt=Mexico's Defence Ministry]]
to Culiacan this week. Sinaloa's state prosecutor's office has recorded
[[more than 1,200 killings|killed;a=Sinaloa's state prosecutor's office]] over the same period,
and [[between 1,500 and 1,700 people|missing;a=Sinaloa's state prosecutor's office]] have been
reported missing. Schools in Culiacan reopened on Monday after {{two weeks}} of online classes.
""",
)

item(
    "Eight soldiers killed by roadside bomb in Michoacan",
    """
MORELIA, Mexico - [[Eight soldiers|killed;a=the Defence Ministry]] were killed and
[[10|injured;a=the Defence Ministry]] wounded when an improvised explosive device hit their convoy
in Michoacan's Tierra Caliente region on Wednesday, the Defence Ministry said. The ministry
blamed the Jalisco New Generation Cartel, which it said had planted
[[hundreds of landmines|other;a=The ministry;alt=the Defence Ministry;u=other]] on dirt roads and in
lime orchards around Apatzingan. Troops later detained
[[three suspects|arrested]] near the site. The ministry said
[[more than 1,500 troops|combatants;a=The ministry;alt=the Defence Ministry]] were taking part in
operations in the region. The local Catholic diocese said
[[about 300 families|displaced;a=The local Catholic diocese]] had left their farms since
{{January}} because of mines and drone attacks.
""",
)

item(
    "Troops raid cartel recruitment camp in Jalisco",
    """
GUADALAJARA, Mexico - Soldiers and National Guard troops raided a ranch used by the Jalisco New
Generation Cartel to train recruits, arresting [[10 suspects|arrested;a=the federal security cabinet]],
freeing [[two kidnapped men|kidnapped;a=the federal security cabinet]] and finding
[[one body|killed;a=the federal security cabinet]], the federal security cabinet said on
Thursday. A collective of mothers who later searched the ranch found
[[hundreds of shoes and backpacks|other;n=shoes and backpacks;u=other]] in a storeroom.
Families say [[dozens of young men|missing;a=Families]] who answered fake job offers on social
media were taken to the ranch and have not been seen since. Jalisco has
[[more than 15,000 people|missing;a=the national registry]] registered as missing, the most of
any state, according to the national registry. The attorney general's office said forensic tests
would take {{six weeks}}.
""",
)

item(
    "Colombia sends troops to Catatumbo as fighting uproots thousands",
    """
BOGOTA - Colombia's army said on Sunday it would send
[[5,000 more soldiers|combatants;p;a=Colombia's army]] to the Catatumbo region on the border with
Venezuela, where fighting between the ELN guerrillas and FARC dissidents has killed
[[at least 80 people|killed;a=the ombudsman's office]] and displaced
[[tens of thousands|displaced;a=the ombudsman's office]] since {{January 16}}, according to the
ombudsman's office. The army said troops had airlifted
[[about 400 people|displaced;a=The army;alt=Colombia's army]] to Cucuta, most of them former FARC
combatants who signed the {{2016}} peace deal. In Cauca, [[28 soldiers|kidnapped;a=the army]] held
for {{three days}} by residents of El Plateado were released on Saturday, the army said. The
Norte de Santander government said it had set up
[[32 shelters|capacity;a=The Norte de Santander government]] in Cucuta and Tibu, housing
[[some 12,000 people|displaced;a=The Norte de Santander government]].
""",
)

item(
    "Army says 23 Clan del Golfo members killed in three-month push",
    """
MEDELLIN, Colombia - Colombia's army said operations against the Clan del Golfo in Antioquia and
Cordoba over {{three months}} had left [[23 members|killed;a=Colombia's army]] of the group dead and
[[412|arrested;a=Colombia's army]] captured, while [[57|other;a=Colombia's army]] had turned
themselves in. It said troops had also seized [[9.4 tonnes|other;a=Colombia's army]] of cocaine
and destroyed [[61 drug laboratories|housing;a=Colombia's army;u=structure]]. The army estimates
that the group, which calls itself the Gaitanist Army of Colombia, has
[[between 7,000 and 9,000 members|combatants;a=The army]]. The government has offered
{{5 billion pesos}} for information leading to the capture of its leader.
""",
)

item(
    "ELN splinter group hands over weapons in Narino",
    """
PASTO, Colombia - The Comuneros del Sur, a splinter group of the ELN, handed over
[[94 rifles|other;a=the peace commissioner's office]] and
[[more than 20,000 rounds|other;a=the peace commissioner's office]] of ammunition for destruction
on Friday, the peace commissioner's office said. The office said
[[about 200 fighters|combatants;p;a=The office;alt=the peace commissioner's office]] would move
into a transition zone in the mountains of Narino by {{December}}. The governor's office said
[[more than 600 families|returned;a=The governor's office]] displaced by fighting had gone back to
their villages under army escort. The army said it had cleared
[[38 landmines|other;a=The army;u=other]] from roads in the area. The national victims' unit said
[[1,300 returnees|aid;p;a=The national victims' unit]] would receive emergency payments of
{{1.4 million pesos}} each.
""",
)

item(
    "Haitian police and Kenyan-led force kill 30 gang members",
    """
PORT-AU-PRINCE - Haitian police and the Kenyan-led Multinational Security Support mission killed
[[at least 30 gang members|killed;a=the Haitian National Police]] in an operation in the Kenscoff
hills east of the capital, the Haitian National Police said on Sunday. Police spokesman
Michel-Ange Joseph said [[two police officers|injured;a=Police spokesman Michel-Ange Joseph]] were
wounded. Local officials in Kenscoff said
[[between 400 and 500 people|civilians;a=Local officials in Kenscoff]] remained trapped in
mountain villages cut off by the gangs. The International Organization for Migration says
[[more than 1 million people|displaced;a=The International Organization for Migration]] are
displaced in Haiti, [[about 200,000|displaced;a=The International Organization for Migration]] of
them in [[142 makeshift sites|capacity;a=The International Organization for Migration]] in the
capital. Gangs control an estimated {{90%}} of Port-au-Prince.
""",
)

item(
    "Haitian police free nine hostages, including two Canadians",
    """
PORT-AU-PRINCE - Haitian police said on Saturday they had freed
[[nine hostages|kidnapped;a=Haitian police]], including
[[two Canadian nationals|kidnapped;a=Haitian police]], held for {{11 days}} in the Croix-des-Bouquets
area. [[Three kidnappers|killed;a=the police chief]] were killed in the raid, the police chief told
a news conference, adding that the gang had demanded {{$1 million}} for the foreigners. The UN
office in Haiti has recorded [[more than 700 kidnappings|kidnapped;a=The UN office in Haiti]] in
the country this year. Haiti's police force has
[[fewer than 10,000 officers|combatants;a=the UN]] on active duty, according to the UN, for a
population of [[11.7 million|civilians;a=the UN]].
""",
)

item(
    "Ecuador's military says 18,000 arrested under 'internal armed conflict'",
    """
QUITO - Ecuador's armed forces said on Monday they had arrested
[[more than 18,000 people|arrested;a=Ecuador's armed forces]] since President Daniel Noboa declared
an "internal armed conflict" against organised crime groups in {{January 2024}}. The joint command
said [[about 22,000 soldiers|combatants;a=The joint command]] were deployed in cities and prisons,
and that troops had seized [[over 5,000 weapons|other;a=The joint command]] and
[[more than 110 tonnes|other;a=The joint command]] of drugs. It said
[[nine gang members|killed;a=The joint command]] had been killed in clashes with troops. Rights
groups say [[dozens of detainees|killed;a=Rights groups]] have died in prisons under military
control. The state of emergency has been extended {{four times}}.
""",
)

item(
    "Rio police raid on Comando Vermelho leaves 42 dead",
    """
RIO DE JANEIRO - A police operation against the Comando Vermelho gang in Rio de Janeiro's Complexo
da Mare left [[42 people|killed;a=the state government]] dead on Tuesday, the state government
said. [[About 2,500 police officers|combatants]] took part in the raid,
which began before dawn. The state security secretary said
[[81 suspects|arrested;a=The state security secretary]] were arrested and
[[93 rifles|other;a=The state security secretary]] seized. Gang members hijacked
[[about 70 buses|other;a=the city's transport union]] to block roads, according to the city's
transport union. [[Forty-six schools|other;a=the education department]] were closed, leaving
[[some 17,000 pupils|civilians;a=the education department]] without classes, the education
department said. Residents marched on Wednesday with white flags.
""",
)

item(
    "Peru says four Shining Path remnants killed in VRAEM",
    """
LIMA - Peru's Joint Command of the Armed Forces said troops had killed
[[four members|killed;a=Peru's Joint Command of the Armed Forces]] of the Militarized Communist
Party of Peru, a Shining Path remnant, in the valley of the Apurimac, Ene and Mantaro rivers.
[[Two soldiers|injured;a=Peru's Joint Command of the Armed Forces]] were wounded, it said. It said troops also destroyed
[[11 cocaine laboratories|housing;a=Peru's Joint Command of the Armed Forces;u=structure]] and a
camp. Military intelligence estimates that the group has
[[between 250 and 350 armed members|combatants;a=Military intelligence]]. In {{2023}},
[[seven soldiers|killed]] were killed in an ambush in the same area. The valleys are home to
[[about 500,000 people|civilians]], most of them coca and cocoa farmers.
""",
)

item(
    "El Salvador says 85,000 held under state of exception",
    """
SAN SALVADOR - El Salvador's government said on Sunday that
[[more than 85,000 people|arrested;a=El Salvador's government]] had been detained under the state
of exception declared in {{March 2022}} against the country's gangs. The security ministry said
[[about 8,000|other;a=The security ministry]] had been released for lack of evidence. The rights
group Cristosal said [[at least 368 detainees|killed;a=The rights group Cristosal]] had died in
custody. [[About 7,000 soldiers|combatants]] and [[1,000 police officers|combatants]] sealed off the
town of Cinquera on Friday in search of gang members. The CECOT mega-prison, opened in
{{2023}}, was built to hold [[40,000 inmates|capacity]]. The government says the homicide rate fell
to {{1.9 per 100,000}} last year.
""",
)

item(
    "Seventeen Barrio 18 members escape Guatemalan prison",
    """
GUATEMALA CITY - [[Seventeen members|other;a=the interior ministry]] of the {{Barrio 18}} gang
escaped from a maximum-security prison east of the capital, the interior ministry said on Monday.
The minister said [[six of them|arrested;a=The minister;n=-]] had been recaptured by Tuesday and
that [[more than 3,000 police and soldiers|combatants;a=The minister;n=police and soldiers]] were
searching for the rest. Police said [[14 prison guards|arrested;a=Police]] had been detained on
suspicion of helping the inmates. Guatemala's prisons, built for
[[about 6,800 inmates|capacity]], hold [[more than 25,000|arrested]]. The government said it would
build a prison for [[2,000 inmates|capacity;p;a=The government]] by {{2027}} and offered
{{150,000 quetzales}} for information.
""",
)

item(
    "Residents return to Frontera Comalapa under army escort",
    """
TUXTLA GUTIERREZ, Mexico - [[Between 1,000 and 1,200 residents|returned;a=the Chiapas government]]
of Frontera Comalapa who fled fighting between cartels have returned to their homes under army
escort, the Chiapas government said on Friday. The Defence Ministry said
[[some 800 soldiers and National Guard troops|combatants;a=The Defence Ministry;n=soldiers and National Guard troops]]
had been deployed in the area. Guatemalan authorities said
[[more than 580 Mexicans|displaced;a=Guatemalan authorities]] had crossed the border seeking refuge
in Cuilco. The state government said it was distributing food to
[[2,300 households|aid;a=The state government]]. Residents said
[[at least 15 people|missing;a=Residents]] seized by armed men were still missing. The
municipality's [[roughly 70,000 residents|civilians]] have lived under a curfew from {{8 p.m.}}
since {{July}}.
""",
)

item(
    "Colombian army unveils new command structure",
    """
BOGOTA - Colombia's army announced on Tuesday that it would merge its divisions into
regional commands by {{2026}}, the biggest restructuring since the {{2016}} peace deal.
The defence ministry's budget for {{2025}} is {{COP 52 trillion}}, {{6%}} more than this year.
The {{Fourth Division}}, based in Villavicencio, will be renamed the Eastern Command, and the
Omega Task Force will be folded into it. The changes take effect on {{January 1}}.
""",
)

item(
    "Mexico's National Guard marks transfer to defence ministry",
    """
MEXICO CITY - Mexico's National Guard marked its {{sixth}} anniversary on {{June 30}} as a
branch of the Defence Ministry, after a constitutional reform published on
{{September 30, 2024}} placed it under military command. The force's budget for {{2025}} is
{{MXN 70 billion}}, up {{11%}}, and recruits must be between {{18}} and {{30}} years old. The
ceremony at Campo Marte lasted {{90 minutes}}.
""",
)
