"""dev66 items: Colombia (2016-2025): the Catatumbo crisis, confinement by armed groups in
Choco, Cauca and Narino, social leaders and former FARC fighters killed, massacres, child
recruitment, mines, soldiers held by crowds, the search for the disappeared, seizures.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "ELN offensive in Catatumbo drives mass flight",
    "[[At least 80 people|killed;a=Norte de Santander's governor]] have been killed since the ELN attacked FARC dissidents in the Catatumbo region on {{16 January}}, Norte de Santander's governor said on {{Monday}}, among them [[a former peace signatory|killed;v=1;q=exact;a=Norte de Santander's governor]]. "
    "[[More than 36,000 people|displaced;a=the governor's office]] have fled to Cúcuta, Ocaña and Tibú, according to the governor's office, and [[about 1,000|displaced;a=Venezuelan officials]] crossed into Venezuela, Venezuelan officials said.",
)

F(
    "Catatumbo displacement count rises",
    "The Ombudsman's Office said on {{Friday}} that displacement from Catatumbo had reached [[54,000 people|displaced;a=The Ombudsman's Office]], the largest single displacement recorded in Colombia since the office began counting in {{1997}}. "
    "[[Some 23,000 others|civilians;a=The Ombudsman's Office]] are confined in their villages, it said, unable to leave for food or medical care. "
    "[[Some 180 schools|other]] have suspended classes, and the ICRC said it had handed food kits to [[nearly 16,000 people|aid;a=the ICRC]] in Tibú and Ocaña.",
)

F(
    "Government decrees internal commotion over Catatumbo",
    "President Gustavo Petro declared a state of internal commotion in Catatumbo under {{Decree 062}} of {{24 January 2025}}, for {{90 days}}, and ordered [[5,000 troops|combatants;p]] into the region. "
    "The defence minister said [[about 10,000 soldiers|combatants;p;a=The defence minister]] would eventually be stationed there.",
)

F(
    "Armed strike confines communities in Choco",
    "An armed strike declared by the ELN along the San Juan River has confined [[more than 12,000 people|civilians;a=OCHA]] in [[38 communities|civilians;u=other;a=OCHA]] of Chocó, OCHA said, most of them Afro-Colombian and Indigenous. "
    "Schools in the area have been closed for {{two weeks}} and [[four health posts|other;u=structure]] have suspended care.",
)

F(
    "Confinement spreads along the Pacific coast",
    "[[About 87,000 people|civilians;a=the UN humanitarian office]] were confined by armed groups in Colombia in {{2024}}, the UN humanitarian office said in its annual report, and [[some 78,000|displaced;a=the UN humanitarian office]] were forced from their homes in mass displacements. "
    "Nariño and Chocó accounted for {{more than half}} of the confinements, it said.",
)

F(
    "Indepaz counts social leaders killed",
    "[[173 social leaders and human rights defenders|killed;a=the Institute for Development and Peace Studies (Indepaz);n=social leaders and human rights defenders]] were killed in Colombia in {{2024}}, according to the Institute for Development and Peace Studies (Indepaz). "
    "The group also recorded [[76 massacres|other;u=other;a=The group;alt=the Institute for Development and Peace Studies (Indepaz)]] with [[267 victims|killed;a=The group;alt=the Institute for Development and Peace Studies (Indepaz)]], and [[31 former FARC combatants|killed;a=The group;alt=the Institute for Development and Peace Studies (Indepaz)]] who signed the {{2016}} peace accord were killed, it said.",
)

F(
    "Mission reports ex-combatants killed since accord",
    "The UN Verification Mission in Colombia said [[more than 400 former combatants|killed;a=The UN Verification Mission in Colombia]] had been killed since the peace agreement was signed in {{November 2016}}, [[11 of them|killed;a=The UN Verification Mission in Colombia;n=-]] in the last quarter. "
    "[[About 11,000 former FARC members|other;a=the mission;alt=The UN Verification Mission in Colombia]] remain in the reintegration process, the mission said in its {{90-day}} report.",
)

F(
    "Massacre of young men in Samaniego",
    "Gunmen killed [[eight young people|killed;a=local officials]] aged {{17 to 25}} at a gathering in a rural area of Samaniego, Nariño, on {{Saturday}} night, local officials said. "
    "It was the {{third}} massacre in the department in {{August}}, and the army sent [[200 soldiers|combatants;a=the army]] to the area, the army said.",
)

F(
    "Police helicopter downed in Antioquia",
    "[[Thirteen police officers|killed;a=the defence ministry]] were killed when a drone attack brought down a police helicopter in Amalfi, Antioquia, as it flew in support of a coca eradication operation, the defence ministry said. "
    "The same day a truck bomb near an air base in Cali killed [[six civilians|killed;a=the city's mayor]] and wounded [[more than 60 people|injured;a=the city's mayor]], the city's mayor said.",
)

F(
    "Ombudsman warns of child recruitment",
    "The Ombudsman's Office recorded the recruitment of [[409 children and adolescents|combatants;n=children and adolescents;a=The Ombudsman's Office]] by armed groups in {{2024}}, against [[174|combatants;a=The Ombudsman's Office]] the year before. "
    "{{More than half}} were Indigenous, most of them from Cauca, where the youngest was {{11 years old}}.",
)

F(
    "Soldiers held by crowd in El Plateado",
    "A crowd that the army says was directed by FARC dissidents held [[57 soldiers|kidnapped;a=the army]] for {{two days}} in the Micay canyon of Cauca before releasing them on {{Tuesday}}. "
    "The defence minister called it a kidnapping and said [[about 600 troops|combatants;a=The defence minister]] had been sent to the area in {{October}}.",
)

F(
    "Police and soldier held in Los Pozos",
    "Residents of Los Pozos in San Vicente del Caguán held [[28 police officers|kidnapped;a=the government]] and [[a soldier|kidnapped;v=1;q=exact;a=the government]] after a clash over an oil project in which [[a police officer|killed;v=1;q=exact;a=the government]] and [[a farmer|killed;v=1;q=exact;a=the government]] were killed, the government said.",
)

F(
    "Landmine victims rise in Colombia",
    "Landmines and unexploded ordnance killed [[23 people|killed;a=the International Committee of the Red Cross]] and injured [[about 120|injured;a=the International Committee of the Red Cross]] in Colombia last year, the International Committee of the Red Cross said, {{nearly half}} of them civilians.",
)

F(
    "Search unit recovers remains in La Escombrera",
    "Forensic teams searching La Escombrera, a dump on the edge of Medellín's {{Comuna 13}}, have found the remains of [[at least five people|killed;a=the Search Unit for Persons Reported Missing]], the Search Unit for Persons Reported Missing said. "
    "Relatives believe [[more than 100 people|missing;a=Relatives]] disappeared during the military operations of {{2002}} were buried there.",
)

F(
    "Court counts extrajudicial killings by the army",
    "The Special Jurisdiction for Peace has established that [[at least 6,402 people|killed;a=The Special Jurisdiction for Peace]] were killed by soldiers and presented as guerrillas killed in combat between {{2002}} and {{2008}}. "
    "In Dabeiba cemetery, investigators exhumed the bodies of [[49 people|killed;a=the court]], [[11 of whom|killed;a=the court;n=-]] have been identified, the court said.",
)

F(
    "Dissident attacks hit Jamundi",
    "FARC dissidents launched [[more than 20 attacks|other;u=other;a=the police]] with drones and explosives on Jamundí and nearby towns over the weekend, killing [[two police officers|killed;a=the police]] and [[a child|killed;v=1;q=exact;a=the police]], the police said. "
    "[[About 400 people|displaced;a=the mayor]] fled rural areas of the municipality, the mayor said, and [[dozens of homes|housing;a=the mayor]] were damaged.",
)

F(
    "ELN frees kidnapped father of footballer",
    "The ELN freed Luis Manuel Díaz, the father of Liverpool forward Luis Díaz, on {{9 November 2023}}, {{12 days}} after he was seized with his wife in Barrancas, La Guajira. "
    "His wife was rescued by police within hours of the abduction. "
    "The group has since promised to stop kidnapping for ransom, a practice it has used since the {{1960s}}.",
)

F(
    "Navy seizes cocaine at Buenaventura",
    "The navy said on {{Sunday}} it had seized [[14 tonnes|other;a=The navy]] of cocaine in containers at the port of Buenaventura, and arrested [[five people|arrested;a=The navy]], [[two of them|arrested;a=The navy;n=-]] port workers. "
    "The shipment, bound for Europe, was worth about {{$500 million}}, it said.",
)

F(
    "Peace talks with ELN suspended",
    "The government suspended its talks with the ELN on {{17 January 2025}}, {{two years}} after the {{first}} round opened in Caracas and {{eight months}} after a ceasefire lapsed on {{3 August 2024}}. "
    "The negotiators had met in Caracas, Mexico City and Havana.",
)

F(
    "Guaviare clashes between dissident factions",
    "Clashes between rival FARC dissident factions in Guaviare left [[at least 26 dead|killed;a=the army]], the army said, most of them fighters, among them [[seven minors|killed;a=the army]] who had been recruited. "
    "[[Around 300 families|displaced]] have left the Calamar area since the fighting began on {{18 January}}.",
)

F(
    "Red Cross reaches confined villages on the Baudo River",
    "The International Committee of the Red Cross delivered [[12 tonnes|aid;a=The International Committee of the Red Cross]] of food and hygiene items by river to [[about 2,300 people|aid;a=The International Committee of the Red Cross]] confined by fighting between the ELN and the Gaitanist Self-Defence Forces in Bajo Baudó, Chocó, it said on {{Wednesday}}. "
    "The supplies travelled on [[three boats|aid]] for {{nine hours}}. "
    "[[Dozens of families|civilians;a=community leaders]] in upstream villages remain cut off, community leaders said.",
)

F(
    "Cauca Indigenous guards killed by dissidents",
    "[[Two Indigenous guards|killed;a=the Regional Indigenous Council of Cauca]] were shot dead and [[five others|kidnapped;a=the Regional Indigenous Council of Cauca]] were taken by FARC dissidents in Toribío on {{Sunday}}, the Regional Indigenous Council of Cauca said. "
    "[[About 1,000 guards|combatants;a=the council;alt=the Regional Indigenous Council of Cauca]] armed only with staffs went into the mountains to search for them, the council said, and [[all five|kidnapped;a=the council;alt=the Regional Indigenous Council of Cauca;n=-]] were freed {{two days}} later.",
)
