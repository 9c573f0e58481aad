"""dev48 items: Latin America and the Caribbean (Colombian, Mexican, Haitian, Venezuelan and
Ecuadorian outlets in English, some of them translated from Spanish or French)."""

from figset import F

F(
    "Catatumbo crisis: 80 dead, 32,000 displaced",
    "[[More than 80 people|killed;a=the Ombudsman's Office]] have been killed and [[over 32,000|displaced;a=the Ombudsman's Office]] displaced since the ELN launched its offensive against FARC dissidents in the Catatumbo region, the Ombudsman's Office said on Monday. Defence Minister Iván Velásquez Ruiz said [[5,000 soldiers|combatants;a=Defence Minister Iván Velásquez Ruiz;alt=Iván Velásquez Ruiz]] had been deployed to the area and that [[some 2,500 people|displaced;a=Defence Minister Iván Velásquez Ruiz;alt=Iván Velásquez Ruiz]] had been evacuated by helicopter to Cúcuta.",
)
F(
    "Indepaz reports 45th massacre of the year",
    "[[Four young men|killed;a=Indepaz]] were shot dead in a rural area of Tumaco, Nariño, in what Indepaz said was the {{45th}} massacre of {{2024}}. The victims, aged between {{18 and 24}}, were taken from a billiards hall by [[between 10 and 12 armed men|combatants;a=local residents]], local residents said.",
)
F(
    "3,000 Indigenous people confined in Chocó",
    "[[Some 3,000 Indigenous people|civilians;a=the Ombudsman's Office]] from [[14 communities|other;u=other;a=the Ombudsman's Office]] along the Bojayá river are confined by fighting between the Clan del Golfo and the ELN, the Ombudsman's Office warned. The office said [[more than 600 children|civilians;a=The office;alt=the Ombudsman's Office]] were out of school and food supplies would run out within {{10 days}}.",
)
F(
    "Residents hold 28 soldiers in Cauca",
    "Residents of El Plateado held [[28 soldiers|kidnapped;a=the Colombian Army]] of the {{3rd Division}} for {{two days}} after a military operation against FARC dissidents, the Colombian Army said. The army said the soldiers were released on Sunday after talks with the Ombudsman's Office, and that [[a further 57|kidnapped;a=The army;alt=the Colombian Army]] had been surrounded by a crowd of [[about 600 people|other;a=The army;alt=the Colombian Army]] in nearby Argelia.",
)
F(
    "Seven bodies found in Culiacán as cartel war rages",
    "[[Seven bodies|killed;a=the Sinaloa State Prosecutor's Office]] were found dumped beside {{Federal Highway 15}} on the outskirts of Culiacán on Monday, the Sinaloa State Prosecutor's Office said. The office said [[more than 1,200 people|killed;a=The office;alt=the Sinaloa State Prosecutor's Office]] had been murdered and [[over 1,400|missing;a=The office;alt=the Sinaloa State Prosecutor's Office]] reported missing in the state since the war between factions of the Sinaloa Cartel began.",
)
F(
    "Search collective finds remains at Jalisco ranch",
    "Members of a search collective said they had found [[hundreds of shoes|other;u=other]] and [[three crematory ovens|other;u=other]] at a ranch in Teuchitlán, Jalisco. The Jalisco State Prosecutor's Office said [[over 15,000 people|missing;a=The Jalisco State Prosecutor's Office]] were listed as missing in the state, and that [[10 suspects|arrested;a=The Jalisco State Prosecutor's Office]] linked to the ranch were in custody.",
)
F(
    "3,000 migrants set out from Tapachula",
    "[[About 3,000 migrants|displaced;a=organisers]], most of them from Venezuela, Honduras and Cuba, set out on foot from Tapachula towards the US border on Sunday, organisers said. The National Migration Institute (INM) said its agents had detained [[44 migrants|arrested;a=The National Migration Institute]] at checkpoints along {{Highway 200}} the previous week.",
)
F(
    "Otis toll climbs to 48, 26 missing",
    "[[At least 48 people|killed;a=Security Minister Rosa Icela Rodríguez;alt=Rosa Icela Rodríguez]] were killed and [[26|missing;a=Security Minister Rosa Icela Rodríguez;alt=Rosa Icela Rodríguez]] remain missing after Hurricane Otis slammed into Acapulco as a {{Category 5}} storm with winds of {{270 km/h}}, Security Minister Rosa Icela Rodríguez said. The Guerrero government said [[over 220,000 homes|housing;a=The Guerrero government]] were damaged.",
)
F(
    "Gang attack on Pont-Sondé kills 115",
    "[[At least 115 people|killed;a=the United Nations Integrated Office in Haiti]] were killed when members of the Gran Grif gang attacked the town of Pont-Sondé in the Artibonite, the United Nations Integrated Office in Haiti (BINUH) said. The Civil Protection Directorate said [[over 6,000 people|displaced;a=The Civil Protection Directorate]] had fled to Saint-Marc and that [[45 houses|housing;a=The Civil Protection Directorate]] and [[34 vehicles|other;a=The Civil Protection Directorate]] were burned.",
)
F(
    "Over one million displaced in Haiti: IOM",
    "[[More than 1 million people|displaced;a=the International Organization for Migration]] are now displaced inside Haiti, {{three times}} as many as a year ago, the International Organization for Migration said. In the metropolitan area of Port-au-Prince, [[about 200,000 people|displaced;a=the agency;alt=the International Organization for Migration]] are living in [[142 displacement sites|capacity;a=the agency;alt=the International Organization for Migration]], most of them schools and churches, the agency said.",
)
F(
    "200 more Kenyan police arrive in Haiti",
    "[[A further 200 Kenyan police officers|combatants;a=the Kenyan police]] arrived in Port-au-Prince on Saturday to reinforce the Multinational Security Support mission, bringing the contingent to [[about 600|combatants;a=the Kenyan police]], the Kenyan police said. The mission is authorised to reach [[2,500 personnel|combatants;p]] under UN Security Council {{Resolution 2699}}.",
)
F(
    "3,600 inmates escape National Penitentiary",
    "[[Over 3,600 inmates|other;a=the Haitian government]] escaped from the National Penitentiary in Port-au-Prince after gangs stormed the prison on Saturday night, the Haitian government said. [[At least 12 people|killed;a=a union of prison guards]] were killed in the attack, a union of prison guards said, and [[only 98|arrested;a=a union of prison guards]] of the prisoners remained in their cells.",
)
F(
    "Foro Penal counts 1,800 political prisoners",
    "[[More than 2,000 people|arrested;a=Attorney General Tarek William Saab;alt=Tarek William Saab]] have been detained in protests since the presidential election in which the CNE credited Nicolás Maduro with {{51.2%}} of the votes, Attorney General Tarek William Saab said. The human rights group Foro Penal said it had registered [[1,800 political prisoners|arrested;a=The human rights group Foro Penal]], among them [[114 teenagers|arrested;a=The human rights group Foro Penal]].",
)
F(
    "Las Tejerías landslide: 50 dead, 56 missing",
    "[[At least 50 people|killed;a=Vice-President Delcy Rodríguez;alt=Delcy Rodríguez]] were killed and [[56|missing;a=Vice-President Delcy Rodríguez;alt=Delcy Rodríguez]] remain missing after a landslide swept through Las Tejerías in Aragua state, Vice-President Delcy Rodríguez said. She said [[about 750 homes|housing;a=Vice-President Delcy Rodríguez;alt=Delcy Rodríguez]] had been destroyed and [[more than 1,000 rescuers|other;a=Vice-President Delcy Rodríguez;alt=Delcy Rodríguez]] were working in the area.",
)
F(
    "177 deported Venezuelans arrive at Maiquetía",
    "A total of [[177 Venezuelan migrants|returned;a=Interior Minister Diosdado Cabello;alt=Diosdado Cabello]] deported from the United States arrived at Maiquetía airport aboard a Conviasa {{A340}} on Friday, Interior Minister Diosdado Cabello said. He said [[16 of them|arrested;n=-;a=Interior Minister Diosdado Cabello;alt=Diosdado Cabello]] had been detained on arrival for alleged links to the Tren de Aragua gang.",
)
F(
    "Riot in Guayaquil prison kills 31",
    "[[At least 31 inmates|killed;a=the SNAI prison agency]] were killed in a riot in {{Pavilion 5}} of the Litoral penitentiary in Guayaquil, the SNAI prison agency said. [[Fourteen|injured;a=the agency;alt=the SNAI prison agency]] were injured, including [[two police officers|injured;a=the agency;alt=the SNAI prison agency]], the agency said.",
)
F(
    "Guerrero gunmen abduct 66 in Taxco",
    "[[Sixty-six people|kidnapped;a=the Guerrero State Prosecutor's Office]] were abducted by armed men in Taxco over the weekend, the Guerrero State Prosecutor's Office said on Tuesday. The office said [[58|kidnapped;a=The office;alt=the Guerrero State Prosecutor's Office]] had since been freed, while the search for the remaining [[eight|kidnapped;a=The office;alt=the Guerrero State Prosecutor's Office]] continued.",
)
F(
    "Navy seizes 14 tonnes of cocaine off Tumaco",
    "The Colombian Navy seized [[14 tonnes of cocaine|other;n=tonnes;a=the Navy]] in an operation on the Pacific coast and arrested [[12 people|arrested;a=the Navy]], among them [[four Ecuadorians|arrested;a=the Navy]], the Navy said. The drugs, hidden in [[three semi-submersibles|other;u=other]], were worth an estimated {{$400 million}}.",
)
F(
    "Cholera: 40 deaths in Haiti",
    "Haiti's Ministry of Public Health and Population has recorded [[over 1,000 suspected cholera cases|other;a=Haiti's Ministry of Public Health and Population]] and [[40 deaths|killed;a=Haiti's Ministry of Public Health and Population]], most of them in Cité Soleil. The ministry said [[about 350 patients|other;a=The ministry;alt=Haiti's Ministry of Public Health and Population]] were admitted to cholera treatment centres run by MSF.",
)
F(
    "Fire at migrant station in Ciudad Juárez kills 39",
    "[[Thirty-nine migrants|killed;a=the National Migration Institute]] were killed and [[28|injured;a=the National Migration Institute]] injured in a fire at a migration station in Ciudad Juárez, the National Migration Institute said. There were [[68 men|arrested]] held at the station when the fire broke out at about {{9:30pm}}.",
)
F(
    "ELN frees six soldiers in Arauca",
    "The ELN freed [[six soldiers|kidnapped;a=the Ombudsman's Office]] and [[two police officers|kidnapped;a=the Ombudsman's Office]] it had held for {{more than a month}} in Arauca, the Ombudsman's Office said. The office said the guerrillas still held [[at least 20 people|kidnapped;a=The office;alt=the Ombudsman's Office]] in the department.",
)
F(
    "Boat fire off Cap-Haïtien kills 40 migrants",
    "[[At least 40 migrants|killed;a=the International Organization for Migration]] died when their boat caught fire off the coast of Cap-Haïtien, the International Organization for Migration said. The boat, which was heading to the Turks and Caicos Islands, carried [[more than 80 people|other;a=IOM]], and [[41 survivors|other;a=IOM]] were rescued by the Haitian coast guard, IOM said.",
)
F(
    "Kenscoff attacks: 20 dead, 1,000 displaced",
    "[[At least 20 people|killed;a=the mayor of Kenscoff;alt=Massillon Jean]] have been killed and [[over 1,000 residents|displaced;a=the mayor of Kenscoff;alt=Massillon Jean]] displaced since gangs began attacking villages in the hills above Port-au-Prince, the mayor of Kenscoff, Massillon Jean, said. He said [[150 families|aid;a=the mayor of Kenscoff;alt=Massillon Jean]] had received food kits and [[dozens of houses|housing;a=the mayor of Kenscoff;alt=Massillon Jean]] had been burned.",
)
F(
    "Ecuador deploys 22,000 troops after state of emergency",
    "President Daniel Noboa ordered [[22,000 soldiers|combatants]] onto the streets after gangs took over a television station in Guayaquil. The armed forces said they had arrested [[329 people|arrested;a=The armed forces]] and killed [[five|killed;a=The armed forces]] in the first {{72 hours}} of the operation.",
)
F(
    "Honduran police dismantle gang cell",
    "Police in San Pedro Sula arrested [[seven alleged members|arrested;a=the National Police]] of the {{Barrio 18}} gang, the National Police said. The suspects, among them a {{16-year-old}}, are accused of extorting bus drivers on {{Route 12}} and of the killing of a driver on {{April 3}}.",
)
F(
    "Venezuelan returnees cross at Cúcuta",
    "[[Between 1,500 and 2,000 Venezuelans|returned;a=Migración Colombia]] crossed back into Venezuela through the Simón Bolívar bridge each day in {{December}}, Migración Colombia said. The agency said [[some 2.8 million Venezuelan migrants|displaced;a=The agency;alt=Migración Colombia]] remained in Colombia.",
)
F(
    "Displaced families in Port-au-Prince schools receive hot meals",
    "[[Nearly 2,000 displaced families|aid;a=the Civil Protection Directorate]] sheltering at the Lycée Marie-Jeanne and other schools in downtown Port-au-Prince are receiving hot meals, the Civil Protection Directorate said. Its partners are serving [[up to 15,000 hot meals a day|aid;a=the Civil Protection Directorate]] but the schools, meant for [[about 1,200 pupils|capacity]] each, have no latrines, it said.",
)
