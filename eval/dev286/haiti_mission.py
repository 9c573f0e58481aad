"""The police, the Kenyan-led Multinational Security Support mission and the gang suppression
force, and the deportations from the Dominican Republic, 2021-2026."""

from _wrap import item

item(
    "First Kenyan police officers land in Port-au-Prince",
    """[[About 400 Kenyan police officers|combatants;a=officials]] landed at Toussaint Louverture
    International Airport on {{Tuesday}}, the {{first}} contingent of a UN-backed mission to help
    Haiti's police fight the gangs, officials said. Kenya has pledged [[1,000 officers|combatants;p;a=Kenya]]
    in all, and the mission is expected to reach [[2,500 personnel|combatants;p]] with contingents from the
    Bahamas, Jamaica, Belize and Benin. The Haitian National Police has [[fewer than 10,000
    officers|combatants;a=the police union]] on active duty, according to the police union, and loses
    [[about 100|other;n=-;a=the police union]] every month to resignation or emigration. Gangs control
    {{about 80%}} of the capital, the UN estimates. The mission's commander, Godfrey Otunge, said
    [[200 more officers|combatants;p;a=The mission's commander, Godfrey Otunge]] would arrive within
    {{three weeks}}. Kenyan officials said the force had brought [[24 armoured personnel
    carriers|other;u=other;n=carriers;a=Kenyan officials]] and [[two helicopters|other;a=Kenyan officials]].""",
)

item(
    "Kenyan-led mission short of troops and money, UN report says",
    """The Multinational Security Support mission had [[only 991 personnel|combatants;a=a report by the UN
    Secretary-General]] in Haiti at the end of {{June}}, well short of the [[2,500|combatants;p;n=-]]
    envisaged, a report by the UN Secretary-General said. [[Some 730|combatants;a=The report]] of them were
    Kenyan police officers, the report said, and the rest came from [[five other countries|other;u=other;a=the
    report]]. The UN trust fund for the mission had received {{$112 million}} against a budget of more than
    {{$600 million}} a year. [[Two Kenyan officers|killed]] had been killed and [[at least 11|injured;n=-]] wounded since the mission began. The report said the Haitian police had lost [[84
    officers|killed;a=The report]] in the same period. Secretary-General António Guterres said the
    mission needed [[at least 20 more armoured vehicles|other;p;a=Secretary-General António Guterres]].""",
)

item(
    "Security Council authorises gang suppression force of 5,550",
    """The UN Security Council voted on {{Tuesday}} to turn the Kenyan-led mission into a Gang
    Suppression Force of [[up to 5,550 uniformed personnel|combatants;p;a=The UN Security Council]], with
    [[50 civilian staff|other;p]] and a UN support office. {{Resolution 2793}} passed with {{12}} votes in
    favour and {{three abstentions}}, from China, Russia and Pakistan. The force will have a mandate of
    {{12 months}}. The Kenyan contingent, of [[about 750 officers|combatants;a=Nairobi]], will stay on for the
    transition, Nairobi said. The United States, which drafted the text, said [[between 1,500 and 2,000
    troops|combatants;p;a=The United States]] could deploy in the {{first}} phase. Haiti's foreign minister said
    the country's police and army together had [[about 11,500 members|combatants;a=Haiti's foreign
    minister]]. The mission has lost [[three officers|killed]] since it arrived.""",
)

item(
    "Dominican Republic deports 276,000 Haitians in 2024",
    """The Dominican Republic deported [[276,215 Haitians|returned;a=the General Directorate of
    Migration]] in {{2024}}, the General Directorate of Migration said, a record. In {{October}} alone,
    after President Luis Abinader ordered [[10,000 deportations|returned;u=person;p;a=President Luis Abinader]]
    a week, the agency expelled [[more than 35,000 people|returned;a=the agency;alt=the General
    Directorate of Migration]]. The Support Group for Repatriates and Refugees (GARR) said [[at least 3,200
    unaccompanied children|returned;a=The Support Group for Repatriates and Refugees (GARR)]] were among those
    sent back. The IOM said it had received [[about 1,900 deportees|aid;a=The IOM]] a day at [[four border
    points|other;a=The IOM]] and given [[120,000 of them|aid;a=The IOM;n=-]] food, water and medical care.
    [[Some 9,000 pregnant or nursing women|returned;a=GARR]] were deported, GARR said.""",
)

item(
    "Buses carry deportees to Belladère as raids continue",
    """Dominican immigration agents detained [[1,438 people|arrested;a=the migration agency]] in raids in
    Santo Domingo, Santiago and La Romana on {{Monday}}, the migration agency said, and sent [[1,102|returned;n=-;a=the
    migration agency]] of them across the border the same day. [[Twenty-two buses|other;a=the migration agency]]
    carried deportees to Belladère and Ouanaminthe, it said. Haitian officials at Belladère said they
    counted [[around 600 arrivals|returned;a=Haitian officials at Belladère]] before dark. [[Dozens of
    deportees|civilians]] spent the night at the crossing with no shelter. The Jesuit Service for Migrants
    said [[at least 40 children|missing;a=The Jesuit Service for Migrants]] had been separated from their
    parents during the raids this month. [[Up to 300 people|arrested;a=rights groups]] were being held at the
    Haina Vacía detention centre, rights groups said.""",
)

item(
    "Returnees from the Dominican Republic stranded in Ouanaminthe",
    """[[About 4,000 returnees|displaced;a=the mayor of Ouanaminthe]] deported from the Dominican
    Republic are living in the streets and schools of Ouanaminthe because they cannot reach their homes
    in Port-au-Prince, the mayor of Ouanaminthe said. The roads south pass through areas held by the
    gangs. The IOM said it had registered [[18,500 returnees|returned;a=The IOM]] in the town since {{January}},
    and had found places for [[roughly 2,200|displaced;n=-;a=The IOM]] with host families, it said. The
    town has opened [[six schools|capacity;a=The town]] as shelters, the mayor said, with room for [[about
    1,500 people|capacity]]. The World Food Programme said it had given hot meals to [[3,100 people|aid;a=The World
    Food Programme]] at the crossing. Returnees interviewed by GARR said [[more than 200|injured;n=-;a=Returnees
    interviewed by GARR]] people had been beaten during arrest.""",
)

item(
    "Haitian police and mission retake Route 1 at Cabaret",
    """Haitian police and the Multinational Security Support mission retook control of {{Route Nationale 1}} at Cabaret after a {{two-day}} operation, the police said on {{Sunday}}. [[At least 21 gang
    members|killed;a=the police]] were killed and [[seven|arrested;n=-;a=the police]] arrested, the police
    said. [[Two police officers|injured;a=the mission]] and [[one Kenyan officer|injured;a=the mission]]
    were wounded, the mission said in a statement. [[About 350 police and foreign officers|combatants;n=police and foreign officers;a=officials]] took part, officials
    said. [[Some 3,000 people|displaced;a=OCHA]] who had fled Cabaret in {{March}} began returning, OCHA said,
    and [[hundreds of trucks|other]] stranded at Arcahaie were able to move north.""",
)

item(
    "Police union says 30 officers killed this year",
    """[[Thirty police officers|killed;a=the National Police Union of Haiti (SPNH)]] have been killed in
    Haiti since {{January}}, the National Police Union of Haiti (SPNH) said on {{Monday}}, the most in a year
    since it began counting in {{2017}}. The union said [[more than 60 officers|injured;a=The union;alt=the
    National Police Union of Haiti (SPNH)]] had been wounded and [[three|missing;n=-;a=The union;alt=the
    National Police Union of Haiti (SPNH)]] were missing. [[About 1,500 officers|other;a=the union;alt=the National
    Police Union of Haiti (SPNH)]] had left the force in {{two years}}, the union estimated, many of them
    for the United States under a humanitarian parole programme. Police chief Normil Rameau said [[1,600
    new recruits|combatants;p;a=Police chief Normil Rameau]] would graduate by {{December}}. [[Some
    40 police stations|other;u=structure;a=Police chief Normil Rameau]] were closed or destroyed, he said.
    [[Nine officers|kidnapped;a=the union;alt=the National Police Union of Haiti (SPNH)]] have been
    abducted, the union said.""",
)

item(
    "Drone strikes kill gang members in Cité Soleil, Haiti says",
    """Drone strikes carried out by a task force attached to the prime minister's office killed [[at
    least 12 gang members|killed;a=the task force]] in Cité Soleil and Bel-Air this week, the task force
    said. The UN human rights office said the drone campaign had killed [[at least 559 people|killed;a=The UN
    human rights office]] since {{March}}, among them [[11 children|killed;a=The UN human rights office]],
    and had wounded [[about 200|injured;n=-;a=the office;alt=The UN human rights office]], the office said.
    [[Several dozen homes|housing;a=residents]] were destroyed, residents said. The task force is made up of
    [[about 40 Haitian and foreign contractors|combatants;a=officials;n=contractors]], officials said.""",
)

item(
    "Haitians deported from the United States and Turks and Caicos",
    """[[Two flights|other;a=the National Office for Migration]] carrying [[218 Haitians|returned;a=the
    National Office for Migration]] deported from the United States landed in Cap-Haïtien on {{Thursday}},
    the National Office for Migration said. The Turks and Caicos Islands returned [[another 94 people|returned;a=the
    National Office for Migration]] by boat, it said. The IOM said [[more than 4,000 Haitians|returned;a=The IOM]]
    had been returned by air or sea from countries other than the Dominican Republic since {{January}}. The US
    Coast Guard said its cutters had intercepted [[1,127 Haitians|arrested;a=The US Coast Guard]] at sea in {{the
    fiscal year}} that ended on {{September 30}}, against [[4,500|arrested;n=-;a=The US Coast Guard]] the year
    before. [[About 60 of the returnees|aid;a=the IOM]] were treated by IOM medical teams at the airport, the IOM said.""",
)

item(
    "Gang attack on Arcahaie police station repelled, police say",
    """Police repelled an attack by [[about 150 gunmen|combatants;a=Police]] on the Arcahaie police station
    early on {{Saturday}}, police said, killing [[16 of the attackers|killed;a=police]]. [[Four officers|injured]]
    were wounded. Residents said [[more than 30 houses|housing;a=Residents]] were burned in the Matheux area and
    [[at least 1,200 people|displaced;a=Residents]] fled toward Saint-Marc. The police said [[11 suspects|arrested;a=The
    police]] were detained and [[eight rifles|other;a=The police]] seized. [[Two residents|missing;a=relatives]]
    have not been seen since, relatives said. It was the {{third}} attack on the town in {{a month}}.""",
)

item(
    "Belladère border: 400 children deported alone in one week, UNICEF says",
    """UNICEF said [[at least 400 children|returned;a=UNICEF]] were deported alone from the Dominican
    Republic to Haiti through the Belladère crossing in a single week in {{February}}. The agency said
    [[about 90 of them|displaced;a=The agency;alt=UNICEF]] were staying in [[two transit centres|capacity;a=The agency;alt=UNICEF]]
    run by the Institute of Social Welfare and Research (IBESR). The IBESR said the centres had room for
    [[no more than 60 children|capacity;a=The IBESR]]. The agency said it had reunited [[215|aid;n=-;a=The
    agency;alt=UNICEF]] with their families since {{January}}. [[More than 1,000 children|returned;a=The agency;alt=UNICEF]]
    were deported unaccompanied in {{2025}}, it said. [[Some 30 children|missing;a=IBESR]] could not be
    traced after crossing, IBESR said.""",
)

item(
    "UN: gang recruitment of children up 70% in Haiti",
    """[[Between 250 and 300 children|combatants;a=the UN]] have been recruited by gangs in Port-au-Prince
    since {{January}}, the UN said, a rise of {{70%}} on last year. Children now make up an estimated
    {{30% to 50%}} of gang members, the UN's special representative for children and armed conflict said.
    [[At least 40 children|killed;a=the UN]] were killed in police operations against gangs this year, the UN
    said. The UN said [[some 150 former child members|aid;a=The UN]] of armed groups were in
    rehabilitation programmes run by UNICEF. [[Twenty boys|arrested;a=police]] captured in operations are held in a
    juvenile wing of the civil prison in Cap-Haïtien, police said. [[From 60 to 80 girls|other;a=the
    UN;n=girls]] are believed to have been abused by gang members in the same period, the UN said.
    [[About 35 children|missing]] who left home to join gangs have not been found.""",
)

item(
    "Mission's Kenyan contingent: a timeline",
    """{{October 2, 2023}}: Kenya offers to lead the mission. {{January 26, 2024}}: A Nairobi court rules the
    deployment unconstitutional. {{June 25, 2024}}: The {{first}} officers arrive. {{February 23, 2025}}: The
    {{first}} Kenyan officer is killed, in Artibonite. {{September 30, 2025}}: The Security Council converts the
    mission into a gang suppression force. {{October 2, 2025}}: The mission's mandate lapses after
    {{15 months}}.""",
)

item(
    "Haitian police budget rises but pay lags, officials say",
    """The Haitian government raised the police budget by {{20%}} in fiscal year {{2025-2026}}, to about
    {{13 billion gourdes}}, the finance ministry said. A new officer earns about {{$250}} a month, less than a
    factory supervisor in Port-au-Prince. Danger pay of {{5,000 gourdes}} was promised in {{2024}} but has been
    paid for only {{four months}}. The United States said it would provide {{$40 million}} more in {{2026}}.""",
)

item(
    "Dominican army adds troops on border as deportations rise",
    """The Dominican Republic deployed [[an additional 1,500 soldiers|combatants;a=the Defence Ministry]] to
    its border with Haiti, the Defence Ministry said, bringing the total to [[about 10,900|combatants;n=-;a=the
    Defence Ministry]]. The ministry said troops had arrested [[2,300 people|arrested;a=The ministry;alt=the
    Defence Ministry]] trying to cross illegally in {{May}}, and seized [[40 guns|other;a=The ministry;alt=the
    Defence Ministry]] bound for Haitian gangs. Work on the border wall, {{164 kilometres}} long, is due to
    finish in {{2026}}. Haitian officials said [[about 26,000 people|returned;a=Haitian officials]] were deported
    in {{May}}, and [[several thousand|returned;n=-]] more crossed back on their own. [[Fourteen
    bodies|killed;a=Dominican authorities]] were found on the Dominican side of the Massacre river this year,
    Dominican authorities said.""",
)

item(
    "Police say 45 gang members killed in Delmas operation",
    """[[At least 45 gang members|killed;a=police]] were killed in a {{three-day}} operation in lower Delmas and
    Solino, police said on {{Friday}}, one of the largest in months. The operation involved [[about 200
    officers|combatants;a=police spokesman Michel-Ange Louis-Jeune]] and [[eight armoured vehicles|other;a=police spokesman
    Michel-Ange Louis-Jeune]], police spokesman Michel-Ange Louis-Jeune said. [[Two officers|injured;a=police spokesman
    Michel-Ange Louis-Jeune]] were wounded, he said. Rights groups said [[at least nine civilians|killed;a=Rights
    groups]] were among the dead. [[Some 2,000 residents|displaced;a=IOM]] fled during the fighting, IOM said, and
    [[about 500|returned;n=-;a=IOM]] had returned by {{Sunday}}.""",
)
