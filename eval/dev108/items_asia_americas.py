"""Myanmar and the Philippines, Colombia, Mexico and Haiti: junta airstrikes and resistance
offensives, rebel surrenders and bombings, dissident drone attacks and massacres, cartel wars,
gang attacks, prison breaks and the multinational mission (28 items with figures, 2 without)."""

from _wrap import item

item(
    "Junta airstrike on Pazigyi gathering kills 165",
    """A junta airstrike on a gathering in Pazigyi village in Sagaing Region killed [[at least 165
    people|killed;a=residents and resistance groups]], including [[19 children|killed;a=residents
    and resistance groups]], residents and resistance groups told The Irrawaddy. A fighter jet
    dropped [[two bombs|other;u=other;a=witnesses]] on the crowd before a helicopter gunship opened
    fire, witnesses said.""",
)

item(
    "Arakan Army takes Western Command HQ, captures 600 troops",
    """The Arakan Army said it had captured the junta's Western Command headquarters in Ann
    township, taking [[more than 600 junta troops|arrested;a=The Arakan Army]] prisoner. The AA
    said it had also seized [[hundreds of weapons|other;a=The AA]]. The junta has not
    commented.""",
)

item(
    "UN: more than 3.5 million displaced in Myanmar",
    """[[More than 3.5 million people|displaced;v=3500000;a=the UN]] are displaced across Myanmar,
    according to the UN, nearly {{four years}} after the military coup. Data for Myanmar, a
    research group, says [[more than 100,000 houses|housing;a=Data for Myanmar]] have been burned
    since {{February 2021}}.""",
)

item(
    "Resistance drones target Naypyitaw air base",
    """Resistance forces launched [[seven drones|other;a=the National Unity Government]] at the
    junta's air base and headquarters in Naypyitaw, the National Unity Government said. The regime
    said it shot down [[eight|other;u=other;a=The regime]] and that there were no casualties.""",
)

item(
    "KIA seizes 12 junta outposts around Bhamo",
    """The Kachin Independence Army has seized [[12 junta outposts|other;a=a KIA spokesman]] around
    Bhamo since launching an offensive on the town in December, a KIA spokesman said. [[About
    10,000 residents|displaced]] have fled to monasteries in nearby villages.""",
)

item(
    "Junta to call up 60,000 a year under conscription law",
    """The junta plans to call up [[60,000 people a year|combatants;p;n=people;a=The junta]]
    under the conscription law it activated in {{February 2024}}. The first batch of [[5,000
    conscripts|combatants]] began training in April. [[Thousands of young men|displaced]] have
    fled to Thailand to avoid the draft.""",
)

item(
    "AAPP: 22,000 political prisoners still held",
    """[[More than 22,000 people|arrested;a=the Assistance Association for Political Prisoners]]
    remain in detention for opposing the military, according to the Assistance Association for
    Political Prisoners, which says junta forces have killed [[more than 6,000
    civilians|killed;a=the Assistance Association for Political Prisoners]] since the {{2021}}
    coup. The junta disputes the group's figures.""",
)

item(
    "Six NPA rebels killed in Negros clash",
    """[[Six suspected New People's Army rebels|killed;a=the Army's 3rd Infantry Division]] were
    killed in a clash with soldiers in Himamaylan City, Negros Occidental, the Army's {{3rd
    Infantry Division}} said. Troops recovered [[five high-powered firearms|other]], including an
    {{M16}} rifle, and [[two improvised explosive devices|other]].""",
)

item(
    "12 Abu Sayyaf members surrender in Sulu",
    """[[Twelve members|arrested;a=the Western Mindanao Command]] of the Abu Sayyaf Group
    surrendered in Patikul, Sulu, on Friday, the Western Mindanao Command said. They handed over
    [[10 firearms|other;a=the Western Mindanao Command]], the command said.""",
)

item(
    "Clan clashes displace 1,500 families in Maguindanao",
    """[[About 1,500 families|displaced;a=the provincial disaster office]] have fled their homes in
    Datu Saudi Ampatuan after clashes between armed clans, the provincial disaster office said.
    [[At least four people|killed]] have been killed since the fighting began on {{June 2}}.""",
)

item(
    "Bomb at Mass in Marawi kills 4",
    """A bomb exploded during a Catholic Mass at Mindanao State University's gymnasium in Marawi on
    {{December 3}}, killing [[four people|killed;a=police]] and wounding [[about 50|injured;
    a=police]], police said. The device was made from a {{60mm}} mortar round, investigators said.
    The Islamic State group claimed responsibility.""",
)

item(
    "Dissident drone attack on Jamundí police station kills 2",
    """FARC dissidents of the Estado Mayor Central attacked a police station in Jamundí with
    explosives-laden drones, killing [[two police officers|killed;a=Defence Minister Pedro
    Sánchez]] and wounding [[five|injured;a=Defence Minister Pedro Sánchez]], Defence Minister
    Pedro Sánchez said. Colombia's Defence Ministry has recorded [[more than 100 drone
    attacks|other;u=other;a=Colombia's Defence Ministry]] on security forces this year.""",
)

item(
    "ELN frees six soldiers and two civilians in Arauca",
    """The National Liberation Army (ELN) released [[six soldiers|kidnapped;a=the Ombudsman's
    Office]] and [[two civilians|kidnapped;a=the Ombudsman's Office]] it had held in Arauca, the
    Ombudsman's Office said. The ELN still holds [[at least 38 people|kidnapped;a=the army]],
    according to the army.""",
)

item(
    "Five young men killed in Tumaco massacre",
    """[[Five young men|killed;a=Indepaz]] were shot dead in a rural area of Tumaco, Nariño, Indepaz
    said, calling it the {{47th}} massacre of the year in Colombia. The think tank said [[more than
    170 social leaders|killed;a=The think tank;alt=Indepaz]] have been killed in {{2024}}.""",
)

item(
    "Bombing of dissident camp in Guaviare kills 19",
    """A Colombian air force bombing of a camp of the Estado Mayor Central in Guaviare killed [[19
    dissidents|killed;a=the army]], the army said, the deadliest strike since President Gustavo
    Petro authorised the resumption of air raids. [[Seven others|arrested]] were captured.""",
)

item(
    "Sinaloa cartel war: more than 1,200 killed",
    """[[More than 1,200 people|killed;a=state prosecutors]] have been killed in Sinaloa since
    infighting broke out between rival factions of the Sinaloa Cartel in {{September 2024}},
    according to state prosecutors. Relatives have reported [[more than 1,400 people|missing;
    a=Relatives]] missing in the same period.""",
)

item(
    "Ambush in Coyuca de Catalán kills 13 officers",
    """Gunmen ambushed a convoy of state police and prosecutors' investigators in Coyuca de
    Catalán, Guerrero, killing [[13 officers|killed;a=state security officials]], state security
    officials said: [[eight state police|killed;a=state security officials]] and [[five
    investigators|killed;a=state security officials]]. [[About 30 gunmen|combatants]] took part in
    the attack.""",
)

item(
    "Soldiers seize 1,500 rifles in Culiacán raid",
    """Soldiers seized [[1,500 rifles|other;a=the Defence Ministry]], [[47 grenades|other;a=the
    Defence Ministry]] and a {{.50-calibre}} machine gun in a raid on a ranch in Culiacán, the
    Defence Ministry said. [[Three suspects|arrested]] were detained.""",
)

item(
    "Gunmen kill 12 at street festival in Irapuato",
    """Gunmen opened fire on a street festival in Irapuato, Guanajuato, killing [[12 people|killed;
    a=the municipal government]] and wounding [[20|injured;a=the municipal government]], the
    municipal government said. Guanajuato recorded [[more than 2,800 homicides|killed;a=official
    data]] in {{2024}}, the highest of any Mexican state, according to official data.""",
)

item(
    "Cartel drone attacks drive 500 families from Tierra Caliente",
    """[[About 500 families|displaced;a=the Catholic Diocese of Apatzingán]] have fled villages in
    Michoacán's Tierra Caliente region where cartels drop explosives from drones, the Catholic
    Diocese of Apatzingán said. Soldiers have deactivated [[260 explosive devices|other;a=the
    army]] in the area since January, the army said.""",
)

item(
    "Gang attack on Pont-Sondé kills at least 70",
    """[[At least 70 people|killed;a=the UN human rights office]], including [[10 women|killed;
    a=the UN human rights office]] and [[three infants|killed;a=the UN human rights office]], were
    killed when Gran Grif gang members attacked the town of Pont-Sondé, the UN human rights office
    said. The gunmen also set fire to [[45 houses|housing;a=the International Organization for
    Migration]] and [[34 vehicles|other;a=the International Organization for Migration]], and
    [[more than 6,000 people|displaced;a=the International Organization for Migration]] fled,
    according to the International Organization for Migration.""",
)

item(
    "Gang violence killed 5,601 in Haiti in 2024, UN says",
    """[[At least 5,601 people|killed;a=the UN]] were killed in gang violence in Haiti in {{2024}},
    the UN said on {{January 7}}, while [[2,212|injured;a=the UN]] were injured and
    [[1,494|kidnapped;a=the UN]] kidnapped. Police operations accounted for {{more than half}} of
    the deaths.""",
)

item(
    "First 400 Kenyan police land in Haiti",
    """[[About 400 Kenyan police officers|combatants]] arrived in Port-au-Prince on {{June 25}}, the
    first contingent of a multinational mission authorised by the Security Council in
    {{Resolution 2699}}. Kenya has pledged to send [[1,000 officers|combatants;p;a=Kenya]] in all,
    and the mission is expected to reach [[2,500|combatants;p]].""",
)

item(
    "Gangs storm Mirebalais prison, free 529 inmates",
    """Gangs of the Viv Ansanm coalition attacked the town of Mirebalais and its prison, freeing
    [[529 inmates|other;a=the national prison administration]], the national prison
    administration said. [[Some 6,000 residents|displaced;a=the International Organization for
    Migration]] fled towards Hinche, according to the International Organization for
    Migration.""",
)

item(
    "Gangs attack Kenscoff; up to 1,500 residents flee",
    """Armed gangs attacked Kenscoff, above Port-au-Prince, killing [[at least 10 people|killed;
    a=Mayor Massillon Jean]] and burning [[dozens of homes|housing;a=Mayor Massillon Jean]], Mayor
    Massillon Jean said. [[As many as 1,500 residents|displaced;a=the mayor;alt=Mayor Massillon
    Jean]] have fled, the mayor added.""",
)

item(
    "Colombia and ELN to resume talks in Caracas",
    """Government and ELN negotiators will open the {{sixth}} round of talks in Caracas on {{May
    25}}, with a {{180-day}} ceasefire at the top of the agenda. The process follows the {{2016}}
    accord with the FARC, which Petro has vowed to see through before leaving office in {{August
    2026}}.""",
)

item(
    "Junta sets election date for December 28",
    """Myanmar's military government announced that a general election would begin on {{December
    28}}, the first since the {{2020}} vote it annulled. Voting will be held in phases under the
    {{2008}} constitution, and parties had {{60 days}} to register, the election commission
    said.""",
)

item(
    "Five years on, 17,000 Marawi families still displaced",
    """[[More than 17,000 families|displaced;a=Task Force Bangon Marawi]] remain displaced
    {{five years}} after the {{2017}} siege of Marawi, Task Force Bangon Marawi said. [[About
    1,100 people|killed]] died in the {{five-month}} battle between troops and militants who had
    pledged allegiance to the Islamic State group.""",
)

item(
    "Army sends 1,200 more troops to Catatumbo",
    """The army said it had sent [[1,200 more soldiers|combatants;a=The army]] to the Catatumbo
    region. Fighting between the ELN and FARC dissidents has killed [[more than 80
    people|killed;a=the Ombudsman's Office]] and forced [[over 50,000|displaced;a=the Ombudsman's
    Office]] to flee, according to the Ombudsman's Office.""",
)

item(
    "580 Mexicans cross into Guatemala fleeing cartel clashes",
    """[[About 580 Mexicans|displaced;a=Guatemalan authorities]] crossed into Guatemala fleeing
    clashes between cartels in Chiapas, Guatemalan authorities said. Guatemala set up [[three
    shelters|capacity]] in Cuilco for them, and the army deployed [[200 soldiers|combatants]] to
    the border.""",
)
