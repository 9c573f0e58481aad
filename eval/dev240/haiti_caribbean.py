"""Haiti's gang wars, the multinational missions, and the Haitians sent back from the
Dominican Republic and the sea (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Haiti's displaced pass 1.4 million, IOM says",
    """PORT-AU-PRINCE (AP) - [[Nearly 1.4 million people|displaced;a=International Organization for Migration]]
    are now displaced in Haiti, the International Organization for Migration said on
    Wednesday, more than half of them children. The agency said the number had risen by
    [[more than 300,000|displaced;a=agency;alt=International Organization for Migration]] since
    December. The IOM counted [[246 displacement sites|capacity;a=IOM]] in the capital,
    sheltering [[about 210,000 people|displaced;a=IOM]]; the rest stay with host families,
    many in the Centre, Artibonite and Grand'Anse departments. The attack on Mirebalais in
    March alone forced [[some 50,000 people|displaced]] out in two days. Gangs of the Viv
    Ansanm coalition control an estimated {{90%}} of Port-au-Prince. The UN humanitarian
    coordinator said [[5.7 million Haitians|civilians;a=UN humanitarian coordinator]] face
    acute hunger, and that the {{$908 million}} appeal for {{2025}} was only {{8%}} funded.""",
)

item(
    "UN says 207 killed in Cité Soleil massacre ordered by gang leader",
    """PORT-AU-PRINCE - [[At least 207 people|killed;a=UN human rights office]] were killed
    over four days in the Wharf Jérémie area of Cité Soleil, the UN human rights office said,
    after a gang leader accused residents of witchcraft in the death of his son. Of the
    victims, [[134|killed]] were men and [[73|killed]] women, many of them over {{60}}. The
    National Human Rights Defense Network said
    [[dozens of bodies|killed;a=National Human Rights Defense Network]] had been burned or
    thrown into the sea. [[Several hundred residents|displaced]] fled by boat towards
    La Saline and Port-au-Prince's port. Police said they had arrested
    [[five suspects|arrested;a=Police]], none of them from the gang's leadership.""",
)

item(
    "Gang Suppression Force to replace Kenyan-led mission",
    """NAIROBI/PORT-AU-PRINCE - The first [[400 Kenyan police officers|combatants]] of the
    Multinational Security Support mission landed in Port-au-Prince in {{June 2024}}. By mid-{{2025}} the mission had [[about 1,000 personnel|combatants;a=mission]], from Kenya,
    Jamaica, Guatemala and El Salvador, far short of the [[2,500|combatants;p;a=mission]] pledged, the mission said.
    In September the Security Council, in {{Resolution 2793}}, authorised a Gang Suppression
    Force of [[up to 5,550 uniformed personnel|combatants;p]] to take its place. Haiti's
    national police has [[about 10,000 officers|combatants]] on duty for a country of
    [[11.5 million|civilians]]. UN experts estimate that the gangs have
    [[some 12,000 members|combatants;a=UN experts]]. [[Three Kenyan officers|killed;a=mission]]
    have been killed since the deployment, the mission says.""",
)

item(
    "Missionaries' ordeal ends as last 12 hostages escape",
    """PORT-AU-PRINCE, {{Dec 16}} ({{2021}}) - The {{400 Mawozo}} gang seized
    [[17 missionaries|kidnapped]] of the Ohio-based Christian Aid Ministries in Croix-des-Bouquets
    in October, [[12 adults|kidnapped]] and [[five children|kidnapped]], the youngest aged
    {{8 months}}. The gang demanded {{$1 million}} for each of them. [[Two|kidnapped]] were freed
    in November and [[three more|kidnapped;n=-]] in early December. [[The remaining 12|kidnapped]]
    escaped on foot at night and walked for hours to safety, the group said on Thursday. The
    Centre for Analysis and Research in Human Rights (CARDH) counted
    [[at least 949 kidnappings|kidnapped;a=Centre for Analysis and Research in Human Rights (CARDH)]]
    in Haiti in {{2021}}.""",
)

item(
    "Dominican Republic deported 276,000 Haitians last year",
    """SANTO DOMINGO - The Dominican Republic deported
    [[276,000 Haitians|returned;a=General Directorate of Migration]] in {{2024}}, the General
    Directorate of Migration said, after President Luis Abinader pledged in October to expel
    [[up to 10,000 people a week|returned;p]]. IOM said it was receiving
    [[about 1,800 deportees a day|returned;a=IOM]] at the Belladère, Ouanaminthe and Malpasse
    crossings. Among them were [[more than 9,000 unaccompanied children|returned;a=UNICEF]],
    UNICEF said. Dominican migration agents detained [[1,300 people|arrested]] in raids in
    Santo Domingo on one Saturday in November. The agency runs
    [[three reception centres|capacity;a=agency;alt=IOM]] on the border, it said, where
    deportees get a meal, a phone call and a bus fare home.""",
)

item(
    "Kenscoff toll passes 150 as gangs push up the mountain",
    """KENSCOFF, Haiti - Gang attacks on the hillside commune of Kenscoff, above Pétion-Ville,
    have killed [[at least 150 people|killed;a=UN]] since January, the UN said.
    [[Between 3,000 and 4,000 residents|displaced]] have fled to Pétion-Ville and Fermathe,
    and [[dozens of homes|housing]] have been burned. All [[15 schools|other;a=Mayor Massillon Jean]]
    of the commune are closed, Mayor Massillon Jean said, and
    [[some 40 people|missing;a=Mayor Massillon Jean]] are unaccounted for. Police and the armed
    forces said they had killed [[about 60 gang members|killed;a=Police and the armed forces]]
    in counter-attacks backed by drones. A Red Cross clinic in Fermathe treated
    [[27 wounded|injured]] in a single weekend.""",
)

item(
    "Hot meals, water and latrines stretched in Port-au-Prince sites",
    """PORT-AU-PRINCE - The World Food Programme said it had served
    [[more than 1.2 million hot meals|aid;a=World Food Programme]] in displacement sites in the
    capital since January. UNICEF and its partners truck water to the sites in
    [[40 water trucks|aid]] and have built [[320 latrines|aid]], far fewer than needed.
    [[Some 68,000 people|aid;a=IOM]] receive monthly cash transfers of about {{$60}}, according
    to IOM. Health officials have recorded [[412 suspected cholera cases|other;a=Health officials]]
    in the sites since August and [[12 deaths|killed;a=Health officials]].""",
)

item(
    "Transition council's mandate runs out with no vote held",
    """PORT-AU-PRINCE - The mandate of Haiti's Transitional Presidential Council expired on
    {{7 February 2026}}, {{22 months}} after it was sworn in, with no election held. The
    electoral council had proposed a first round on {{30 August 2026}} and a run-off in
    January. The {{2026}} budget of {{273 billion gourdes}}, about {{$2.1 billion}}, gives
    {{18%}} to security, up from {{11%}} a year earlier. Haiti has had no elected president
    since {{July 2021}}, and the last legislative terms ended in {{January 2023}}. The prime
    minister, {{53}}, said the vote would be held "when it is safe to campaign".""",
)

item(
    "Gangs storm Mirebalais, free 529 inmates",
    """MIREBALAIS, Haiti - Gunmen of the Viv Ansanm coalition stormed the central town of
    Mirebalais before dawn on Monday, attacking the police station and the prison and freeing
    [[529 inmates|other;a=prison authorities]], prison authorities said. [[At least 20 people|killed]]
    were killed in the town, among them a nun. The town's police station had
    [[only 17 officers|combatants]] on duty. The IOM said
    [[more than 6,000 people|displaced;a=IOM]] had fled to Hinche and
    [[several thousand more|displaced;n=-;a=IOM]] to Lascahobas and Saut-d'Eau. Staff of the
    university hospital evacuated [[about 40 patients|displaced]] by ambulance to Hinche,
    {{35 km}} to the north.""",
)

item(
    "Pont-Sondé massacre: Gran Grif gang kills at least 115",
    """SAINT-MARC, Haiti - Gunmen of the Gran Grif gang killed
    [[at least 115 people|killed;a=UN]] and wounded [[16|injured;a=UN]] in an attack on
    Pont-Sondé, in the Artibonite rice belt, the UN said. The gang also burned
    [[45 houses|housing]] and [[34 vehicles|other]]. [[More than 6,270 people|displaced;a=IOM]]
    fled to Saint-Marc, IOM said. Gran Grif, which police estimate has
    [[100-150 members|combatants;a=police]], accused residents of helping a self-defence
    group. The Artibonite is Haiti's breadbasket, and farmers said they could not reach their
    fields for the autumn harvest.""",
)

item(
    "Families trickle back to Carrefour-Feuilles after police retake streets",
    """PORT-AU-PRINCE - [[Some 2,600 people|returned;a=IOM]] have gone back to
    Carrefour-Feuilles since police retook its main streets in August, IOM said. They found
    [[nearly 4,000 homes|housing;a=municipal engineers]] damaged or looted, according to
    municipal engineers. Aid groups have handed out [[600 shelter kits|aid]] of tarpaulins,
    tools and nails. [[Another 300 families|returned;p;a=returnees' committees]] are expected next
    month, returnees' committees said. [[Two schools|capacity]] are still in use as shelters, holding
    [[about 17,000|displaced]] people from the district, and classes have not resumed.""",
)

item(
    "Haitian police report 47 arrests in Croix-des-Bouquets sweep",
    """PORT-AU-PRINCE - The Haitian National Police said it had arrested
    [[47 suspected gang members|arrested;a=Haitian National Police]] and seized
    [[32 rifles|other;a=Haitian National Police]] and
    [[11,000 rounds of ammunition|other;a=Haitian National Police]] in a week-long operation in
    Croix-des-Bouquets. Police spokesman Michel-Ange Louis-Jeune said
    [[18 gang members|killed;a=Police spokesman Michel-Ange Louis-Jeune]] were killed and
    [[three officers|injured;a=Police spokesman Michel-Ange Louis-Jeune]] wounded. Officers freed
    [[five hostages|kidnapped]] held in a house in Santo, among them a {{12-year-old}} girl.
    [[Four armoured vehicles|other]] supplied by Canada took part in the operation.""",
)

item(
    "Coast Guard returns 138 Haitians to Cap-Haïtien",
    """CAP-HAÏTIEN, Haiti - The US Coast Guard repatriated [[138 Haitians|returned;a=US Coast Guard]]
    to Cap-Haïtien on Tuesday after intercepting [[two sailing vessels|other;u=other]] north of
    Great Inagua, the US Coast Guard said. In the Turks and Caicos Islands, police detained
    [[72 migrants|arrested]] who landed on Providenciales. IOM said
    [[more than 1,700|returned;a=IOM]] Haitians had been returned by sea this year, and that
    [[26 Haitians|returned;a=IOM]] were flown back from Jamaica last week. A further
    [[40 people|missing]] have been missing since a sloop capsized off Mayaguana in
    {{mid-July}}.""",
)

item(
    "Government plans to move displaced families out of Port-au-Prince schools",
    """PORT-AU-PRINCE - The government plans to relocate
    [[as many as 5,000 families|displaced;p;a=government]] living in schools and public
    buildings in the capital to a site in Ganthier, it said, where contractors are putting up
    housing units for [[1,200 families|capacity;u=household]]. The civil protection agency said
    [[14 new sites|capacity;a=civil protection agency]] had opened since January, and that it
    had distributed [[800 tents|aid;a=civil protection agency]]. Teachers' unions say
    [[at least 90 schools|capacity;a=Teachers' unions]] in the capital are occupied by displaced
    people. Displaced leaders said the Ganthier site was {{40 km}} from the jobs and markets
    they depend on.""",
)

item(
    "Dajabón market reopens after border closure",
    """DAJABÓN, Dominican Republic - The binational market in Dajabón reopened on Monday after
    a closure of {{25 days}}, ordered by President Luis Abinader on {{15 September 2023}} in a
    dispute over a canal on the Massacre river. Traders said the market handled about
    {{$2 million}} of goods on a good day before the closure, and that prices of rice and oil in
    Ouanaminthe rose by {{30%}} to {{40%}} while it lasted. Dominican exports to Haiti were worth
    {{$1.1 billion}} in {{2022}}, the central bank says. The canal, about {{6 km}} long, draws
    water for rice fields on the Haitian side.""",
)

item(
    "Reporters killed as gangs fire on reopening of Haiti's main hospital",
    """PORT-AU-PRINCE - Gunmen opened fire on journalists gathered for the reopening of the
    State University Hospital of Haiti on Tuesday, killing
    [[two journalists|killed;a=Online Media Collective]] and
    [[one police officer|killed;a=Online Media Collective]] and wounding
    [[seven reporters|injured;a=Online Media Collective]], the Online Media Collective said.
    The Viv Ansanm coalition claimed the attack in a video. The hospital, the country's
    largest, had been closed since February, and health officials say
    [[at least 10 hospitals|other;a=health officials]] in the capital are shut or barely
    working. Médecins Sans Frontières said its clinic in Turgeau had treated
    [[more than 400 people|injured;a=Médecins Sans Frontières]] for gunshot wounds in November
    alone. The group said [[two of its staff|missing;a=group;alt=Médecins Sans Frontières]] had
    not been heard from since a police ambush on one of its ambulances.""",
)
