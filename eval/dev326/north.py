"""dev326 items: the north and the south-east (the Clan del Golfo in Antioquia, Córdoba, Bolívar
and the Sierra Nevada; the dissidents in Guaviare and Putumayo)."""

from _wrap import item

item(
    "Clan del Golfo 'plan pistola' has killed 36 police, ministry says",
    """
[[Thirty-six police officers|killed;a=the Defence Ministry]] have been killed since the Clan del
Golfo ordered its members to attack the security forces in {{April}}, the Defence Ministry said on
Tuesday. The ministry said [[more than 50 officers|injured;a=The ministry;alt=the Defence
Ministry]] had been wounded in [[the 80 or so attacks|other;q=approx;u=other;a=The
ministry;alt=the Defence Ministry]]. The group, which calls itself the Gaitanist Army of Colombia,
has [[about 9,000 members|combatants;a=police intelligence]], according to police intelligence.
Police said they had arrested [[14 suspected hitmen|arrested;a=Police]], who were paid {{2
million pesos}} for each officer killed. General Henry Sanabria, the police chief, said [[3,000
more officers|combatants;p;a=General Henry Sanabria]] would be sent to Antioquia, Córdoba and
Sucre.
""",
)

item(
    "Clan del Golfo armed strike: vehicles torched, 178 municipalities affected",
    """
The Clan del Golfo's {{four-day}} armed strike affected [[178 municipalities|civilians;u=other;a=the
Ombudsman's office]] in [[11 departments|civilians;u=other;a=the Ombudsman's office]], the
Ombudsman's office said. The office counted [[eight people|killed;a=The office;alt=the
Ombudsman's office]] killed, among them [[four soldiers|killed;a=The office;alt=the Ombudsman's
office]]. According to the police, [[at least 190 vehicles|other;a=the police]] were set on fire.
The transport ministry said [[thousands of trucks|other;a=The transport ministry]] were stranded on
the Caribbean roads. The army and police deployed [[more than 5,000 troops and
officers|combatants;n=troops and officers]]. Police said they had arrested [[117
people|arrested;a=Police]] by the time the strike ended.
""",
)

item(
    "Fighting in Sur de Bolívar sends families fleeing to Santa Rosa",
    """
[[About 1,500 people|displaced;a=the Ombudsman's office]] have fled the mining hamlets of Santa
Rosa del Sur and Montecristo after clashes between the ELN and the Clan del Golfo, the Ombudsman's
office said. Local officials said [[62 families|displaced;a=Local officials]] were living in the
municipal coliseum and [[a further 200|displaced;u=household;a=Local officials]] with relatives.
[[Two miners|killed]] were killed by an explosive dropped from a drone on Sunday. The army said it
had sent [[600 soldiers|combatants;a=The army]] from the {{Fifth}} Division. The ELN said in a
statement that it had captured [[four members|kidnapped;a=The ELN]] of the Clan del Golfo and
would hand them to a humanitarian commission.
""",
)

item(
    "Police helicopter downed by drone in Antioquia, 13 officers killed",
    """
[[Thirteen police officers|killed;a=Governor Andrés Julián Rendón]] were killed when a police
Black Hawk helicopter was brought down by a drone near Amalfi, Antioquia, on Thursday, Governor
Andrés Julián Rendón said. [[Four|injured;a=the police]] survived with injuries, the police said.
The officers had been guarding [[a team of 30 eradicators|other]] destroying coca on {{12
hectares}} of hillside. Police blamed dissidents of the {{36th}} Front, which the army estimates
has [[about 250 fighters|combatants;a=the army]]. The Defence Ministry says drones have been used
in [[more than 100 attacks|other;u=other;a=The Defence Ministry]] on the security forces since
January, wounding [[over 160 soldiers and police|injured;n=soldiers and police;a=The Defence
Ministry]].
""",
)

item(
    "Embera Katío families leave the upper Sinú after Clan del Golfo orders",
    """
[[More than 400 Embera Katío|displaced;n=Embera Katío;a=the Ombudsman's office]] have left their
communities on the upper Sinú river in Tierralta, Córdoba, after the Clan del Golfo ordered them
to stop hunting in the Paramillo park, the Ombudsman's office said. The office said [[120
families|civilians;a=The office;alt=the Ombudsman's office]] who stayed were confined. Some of
the families had only returned in {{2023}}, when [[about 250 people|returned]] went back under a
government plan. Tierralta's mayor said the town could shelter [[no more than
150|capacity;a=Tierralta's mayor]] in its [[two shelters|capacity;a=Tierralta's mayor]]. The
Victims' Unit delivered [[1,200 food kits|aid]] on Friday.
""",
)

item(
    "Bodies of 20 dissidents recovered after clash in Guaviare",
    """
The army said on Monday it had recovered [[20 bodies|killed;a=The army]] in the rural area of
Calamar, Guaviare, after fighting between the factions of Néstor Gregorio Vera, alias Iván
Mordisco, and Alexander Díaz, alias Calarcá. Residents said [[between 25 and 30|killed;a=Residents]]
had died. Among the dead were [[at least three minors|killed;a=the army]], the army said. The
Calarcá faction said [[up to five of its fighters|missing;a=The Calarcá faction]] were missing. [[About
80 families|displaced;a=the municipal ombudsman]] fled to the town of Calamar, said the municipal
ombudsman. The army estimates that Mordisco's faction has [[some 3,500 armed
members|combatants;a=The army]] nationwide and Calarcá's [[about 2,000|combatants;a=The army]].
""",
)

item(
    "Putumayo: war between dissident groups leaves dozens missing",
    """
Social organisations in Putumayo say [[at least 35 people|missing;a=Social organisations in
Putumayo]] have disappeared in Puerto Guzmán and Puerto Leguízamo since {{2022}} amid fighting
between the Comandos de la Frontera and the Carolina Ramírez front. The prosecutor's office has
confirmed [[14 cases|missing;u=person;a=The prosecutor's office]]. The fighting forced [[more
than 1,000 people|displaced;a=the UN]] from their homes in {{2024}}, according to the UN. Indepaz
counted [[11 social leaders|killed;a=Indepaz]] killed in the department last year. A Siona
indigenous leader said [[30 families|civilians;a=A Siona indigenous leader]] were confined in the
Buenavista reservation. The army said it had detained [[nine members|arrested;a=The army]] of the
Comandos de la Frontera in {{March}}.
""",
)

item(
    "Ombudsman: Clan del Golfo recruited hundreds of minors in Urabá and Bajo Cauca",
    """
The Ombudsman's office said on Wednesday that the Clan del Golfo had recruited [[at least 215
children and teenagers|combatants;n=children and teenagers;a=The Ombudsman's office]] in
Antioquia, Córdoba and Chocó since {{2022}}, some through social media with offers of {{2 million
pesos}} a month. Children {{as young as 13}} were used as lookouts and couriers. The Colombian
Family Welfare Institute said it had taken in [[64 minors|other;a=The Colombian Family Welfare
Institute]] who left the group. Police said the group had grown to [[about 13,000
members|combatants;a=Police]], from [[8,000|combatants;a=Police]] in {{2022}}. Teachers in Turbo
said [[at least 40 pupils|other;a=Teachers in Turbo]] had dropped out this year. [[Three
teenagers|killed;a=the office;alt=The Ombudsman's office]] who tried to leave were killed, the
office said.
""",
)

item(
    "Briceño families return a year after dissident fighting",
    """
[[Some 300 families|returned;a=the Antioquia government]] have returned to the hamlets of Briceño,
in the north of Antioquia, the Antioquia government said. They had fled in {{2024}} when the
{{36th}} Front and the Clan del Golfo fought for control of the Cauca river canyon, displacing
[[about 2,800 people|displaced]]. The governor's office said it had repaired [[46 homes|housing;a=The
governor's office]] and [[three schools|housing;a=The governor's office]]. [[Another 140
families|displaced]] remain in Medellín and Yarumal and say they will not return until [[the 800
soldiers|combatants;p]] promised for the area arrive. The army said [[12 anti-personnel
mines|other;a=The army]] had been removed from paths used by schoolchildren.
""",
)

item(
    "Government and Clan del Golfo hold third round in Doha",
    """
The government and the Clan del Golfo, which calls itself the EGC, met for a {{third}} round of
talks in Doha from {{September 15 to 19, 2025}}, with Qatar, Spain, Switzerland and Norway as
guarantors. The group's leader, Jobanis de Jesús Ávila, alias Chiquito Malo, who is {{54}}, faces
an extradition request from the US, which offers a reward of {{$5 million}} for him. The talks
are due to resume in {{January 2026}}, and the government wants the first zones of temporary
location running within {{18 months}}. Negotiators spent {{five days}} on the wording of the
agenda's {{first}} point.
""",
)

item(
    "Gold boom funds armed groups in Segovia and Remedios",
    """
Gold traded above {{$2,600 an ounce}} in late {{2024}}, and in Segovia and Remedios, in north-east
Antioquia, that has meant more money for the Clan del Golfo and the ELN, which charge miners a levy
of up to {{10%}}, according to the Fundación Ideas para la Paz. The two towns produced about {{a
fifth}} of Colombia's legal gold in {{2023}}, the National Mining Agency said. Informal miners told
the foundation they pay {{50,000 pesos}} a week for each shaft and work {{12-hour}} shifts {{200
metres}} underground.
""",
)

item(
    "Tarazá and Cáceres: massacres and an exodus in the Bajo Cauca",
    """
Indepaz said [[four massacres|other;u=other;a=Indepaz]] had been committed in Tarazá and Cáceres
since January, leaving [[17 people|killed;a=Indepaz]] dead. The war between the Clan del Golfo and
the Caparros has forced [[more than 6,000 people|displaced;a=the Victims' Unit]] to leave the Bajo
Cauca this year, the Victims' Unit said. In Cáceres, [[around 1,000 people|displaced;a=the
municipality]] were sheltering in the town's [[four schools|capacity;a=the municipality]], the
municipality said. The army said it had killed [[three members|killed;a=The army]] of the
Caparros in a raid near Puerto Antioquia. Residents said [[30-40 houses|housing;a=Residents]] were burned in
the hamlet of El Guáimaro.
""",
)

item(
    "ELN frees father of footballer Luis Díaz",
    """
The ELN freed Luis Manuel Díaz, the father of the Liverpool forward Luis Díaz, on Thursday, {{12
days}} after gunmen on motorbikes seized [[two people|kidnapped]], him and his wife, in Barrancas,
La Guajira. He was handed to a commission of [[eight people|other]] from the UN and the Catholic
Church in the Serranía del Perijá. The government's peace delegation said the group still held
[[at least 38 people|kidnapped;a=The government's peace delegation]]. Police figures show [[more
than 190 kidnappings|kidnapped;a=Police figures]] in the first {{nine months}} of {{2023}}, up
{{70%}}. The army said [[several hundred soldiers|combatants;a=The army]] and [[two
helicopters|other;a=The army]] had taken part in the search. Police said [[four
suspects|arrested;a=Police]] had been detained in La Guajira. The forward, {{26}}, scored {{two
goals}} against Brazil days later.
""",
)

item(
    "Sierra Nevada clashes confine Arhuaco and peasant communities",
    """
[[About 3,400 people|civilians;a=the regional ombudsman]] in [[15 hamlets|civilians;a=the regional
ombudsman]] on the northern slopes of the Sierra Nevada de Santa Marta are confined by fighting
between the Autodefensas Conquistadores de la Sierra Nevada and the Clan del Golfo, the regional
ombudsman said on Tuesday. [[A further 520|displaced;a=the city's victims office]] have fled to
Santa Marta and Ciénaga, according to the city's victims office. Police in Magdalena said [[11
people|killed;a=Police in Magdalena]] had been killed in the area since {{February}} and that [[23
suspected members|arrested;a=Police in Magdalena]] of both groups had been arrested. The army sent
[[400 soldiers|combatants]] to the Sierra.
""",
)

item(
    "Army frees five hostages held by Clan del Golfo in Antioquia",
    """
Troops freed [[five people|kidnapped;a=the army]] held by the Clan del Golfo in rural Cáceres,
Antioquia, in an operation on Sunday, the army said, among them [[two engineers|kidnapped;a=the
army]] working for a road contractor. [[Three members|killed;a=the army]] of the group were killed
and [[four|arrested;a=the army]] captured, the army said. [[One soldier|injured]] was wounded. The
hostages had been held for up to {{five months}}, their families said, and ransoms of {{500
million pesos}} had been demanded. Kidnappings in Antioquia rose to [[46|kidnapped;a=the
governor's office]] in {{2024}}, the governor's office said.
""",
)

item(
    "Calamar's displaced fill shelters in San José del Guaviare",
    """
[[About 230 families|displaced;a=the Guaviare government]] who fled the fighting in Calamar are
living in [[three shelters|capacity;a=the Guaviare government]] in San José del Guaviare, the
Guaviare government said. The largest, a former school, was built for [[150 pupils|capacity]] but
now houses [[more than 400 people|displaced]]. UNHCR delivered [[600 sleeping kits|aid]] and [[80
tents|aid]]. The Victims' Unit said [[1,100 people|aid;a=The Victims' Unit]] had received
emergency payments. The governor said he expected [[up to 100 families|returned;p;a=The governor]] to go home before Christmas.
""",
)
