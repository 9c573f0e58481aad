"""dev137 positives, Latin America (2 of 2): Ecuador, Haiti, Venezuela, Brazil, Peru."""


def _t(s: str) -> str:
    """One paragraph: the wrapped lines below joined by single spaces."""
    return " ".join(s.split())


# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Soldiers and gang members exchange fire for hours in Durán as army raids stronghold",
        _t("""
        Ecuador's armed forces said on Wednesday they had killed three suspected gang members and
        arrested 27 people during an operation in the city of Durán, across the river from
        Guayaquil, in which soldiers and gunmen exchanged fire for more than three hours. About
        1,500 soldiers and police officers, backed by armoured vehicles and a helicopter, entered
        the El Recreo and Cerro Las Cabras neighbourhoods before dawn in search of leaders of Los
        Chone Killers, a gang that the government says controls extortion and drug trafficking in
        the port city. The Joint Command said gunmen fired at troops from rooftops and that two
        soldiers were wounded. Residents said they spent the morning lying on the floor of their
        homes as the shooting went on and a military helicopter flew low over the area. Troops
        seized 14 rifles, pistols, explosives and more than 40 kilograms of drugs, and tore down
        several surveillance cameras the gang had installed on lampposts, the military said.
        Durán's mayor, who has lived under police protection since he survived an attack in 2023,
        said the operation was 'necessary but not sufficient'. Schools in the area moved to online
        classes for the rest of the week.
        """),
        "B M",
        "army raid",
    ),
    (
        "Kenscoff: thousands flee as Viv Ansanm gangs advance on the heights above Port-au-Prince",
        _t("""
        Thousands of residents of Kenscoff and the surrounding localities in the hills above
        Pétion-Ville have fled their homes since Monday as gangs of the Viv Ansanm coalition pushed
        into the area, burning houses and opening fire on residents, local officials and witnesses
        told Le Nouvelliste. The International Organization for Migration said on Thursday that at
        least 3,200 people had been displaced in three days, many of whom had already fled other
        neighbourhoods of the capital in 2024 and were now displaced for a second or third time. At
        least 11 people, including a woman and her two grandchildren, were killed in the
        localities of Furcy and Belot, the mayor of Kenscoff said, adding that the toll could rise
        as rescuers had not been able to reach some areas. Police officers and members of a local
        self-defence brigade fought the gangs for several hours near the Kenscoff police station on
        Wednesday, and the national police said it had sent a specialised unit to reinforce the
        area. 'They came at dawn and shot at everything that moved, then they set fire to the
        houses,' said a market vendor who found refuge with her children in a school in
        Pétion-Ville. The road linking the heights to the capital has been cut since Tuesday,
        depriving Port-au-Prince of a large share of its vegetables. The Transitional Presidential
        Council condemned 'the barbarity of the armed gangs' and promised a 'vigorous response'.
        According to the United Nations, more than one million people are now displaced inside
        Haiti by the violence.
        """),
        "B V D",
        "gang offensive",
    ),
    (
        "Haiti turns to explosive drones in its fight against gangs, and rights groups count the dead",
        _t("""
        A task force working for Haiti's transitional government has killed dozens of suspected
        gang members in drone strikes in Port-au-Prince since March, and several civilians have
        died in the attacks, according to a report released Wednesday by a Haitian human rights
        group. The National Human Rights Defense Network said it had documented 17 strikes in the
        neighborhoods of Bel Air, Delmas and Croix-des-Bouquets, in which at least 42 people were
        killed, including a 9-year-old boy and an elderly woman who were near a gang base when it
        was hit. On Monday, a drone dropped an explosive on a house in Bel Air where gang leaders
        were meeting, police said, adding that one of the leaders of the Viv Ansanm coalition was
        seriously wounded. The government has not said who operates the drones, but officials have
        confirmed that the unit works alongside the Haitian National Police and a private
        contractor. Prime Minister Alix Didier Fils-Aimé said in a radio interview that 'the state
        has the duty to use every means to take back the territory', and the gangs have responded
        by attacking police stations and burning homes in areas they consider hostile. The U.N.
        human rights office has urged Haitian authorities to make sure the strikes comply with
        international law. Gangs control about 90% of the capital, and the Kenya-led multinational
        mission that arrived last year has fewer than half of its planned 2,500 officers.
        """),
        "E M",
        "drone strikes",
    ),
    (
        "Gang massacre in Haiti's Artibonite leaves at least 70 dead, thousands flee",
        _t("""
        At least 70 people, including 10 women and three babies, were killed when members of the
        Gran Grif gang stormed the town of Pont-Sondé in Haiti's Artibonite department before dawn
        on Thursday, the United Nations said, in one of the deadliest attacks on civilians in the
        country's recent history. Gang members armed with automatic weapons went from house to
        house shooting residents, and set fire to at least 45 homes and 34 vehicles, according to
        the UN human rights office. 'They killed people in their beds, they killed people who tried
        to run to the river,' a survivor told AFP by telephone from the town of Saint-Marc, where
        he had taken refuge. More than 6,200 people fled to Saint-Marc and other nearby towns, the
        International Organization for Migration said, many of them sleeping in schools and
        churches. The gang's leader said in a voice message on social media that the attack was a
        reprisal against residents who supported a self-defence group that had blocked the gang's
        movements along the national road. Prime Minister Garry Conille called the massacre 'a
        heinous crime' and said reinforcements would be sent to the area. The World Food Programme
        warned that the Artibonite, Haiti's rice bowl, faced worsening hunger as farmers abandoned
        their fields.
        """),
        "V D H",
        "massacre",
    ),
    (
        "Venezuelan troops fire tear gas as protests over disputed election spread; at least 11 dead",
        _t("""
        At least 11 people have been killed in protests that broke out across Venezuela after the
        electoral council declared President Nicolás Maduro the winner of Sunday's election, a
        human rights group said Tuesday, as National Guard troops fired tear gas and rubber bullets
        at demonstrators in Caracas and other cities. The Foro Penal group said the dead included
        two teenagers and that more than 700 people had been detained since Monday. In Caracas,
        thousands of people marched from the hillside neighborhood of Petare toward the city center
        banging pots and chanting 'freedom', and some demonstrators tore down campaign posters of
        Maduro and threw rocks at police lines. Witnesses said armed men on motorcycles, known as
        colectivos, fired at protesters in several neighborhoods. Attorney General Tarek William
        Saab said 749 people had been arrested for crimes including 'terrorism' and 'incitement to
        hatred', and that a soldier had been killed in the state of Aragua. The opposition, led by
        María Corina Machado, says its own count of tally sheets shows its candidate Edmundo
        González won by a wide margin, and has asked supporters to remain peaceful. The United
        States, the European Union and several Latin American governments have called on the
        electoral council to publish detailed results. Maduro accused the opposition of attempting
        a 'fascist coup' and said the protests were being financed from abroad.
        """),
        "U",
        "protest crackdown",
    ),
    (
        "US military strikes another alleged drug boat off Venezuela, killing six, Hegseth says",
        _t("""
        The US military carried out a strike on a vessel it said was carrying drugs in
        international waters off the coast of Venezuela on Tuesday, killing six people on board,
        Defense Secretary Pete Hegseth said, the latest in a series of attacks that has drawn
        condemnation from Caracas and questions from US lawmakers. Hegseth said in a post on X that
        the vessel was operated by a 'designated terrorist organization' and posted a video showing
        a small boat exploding after being hit by a projectile. He did not say which group the crew
        belonged to or provide evidence that the boat was carrying drugs. The strike brings to at
        least 27 the number of people killed in such attacks since early September, according to a
        Reuters tally. Venezuelan President Nicolás Maduro called the strikes 'extrajudicial
        executions' and ordered military exercises along the coast, while Colombia's President
        Gustavo Petro said one of those killed in an earlier strike was a Colombian fisherman. Some
        Democratic senators have argued that the administration lacks legal authority for the
        strikes, which it has justified by saying the United States is in a 'non-international
        armed conflict' with drug cartels. The Pentagon has sent eight warships, a submarine and
        F-35 fighter jets to the southern Caribbean.
        """),
        "E M",
        "military strike",
    ),
    (
        "Police operation against Comando Vermelho in Rio leaves at least 64 dead, deadliest in the city's history",
        _t("""
        A police operation against the Comando Vermelho faction in the Alemão and Penha complexes
        in Rio de Janeiro's North Zone left at least 64 people dead on Tuesday, among them four
        police officers, the state government said, making it the deadliest police action ever
        carried out in the city. About 2,500 civil and military police officers took part in the
        operation, which began before dawn with armoured vehicles and helicopters to serve 100
        arrest warrants against members of the faction. Gang members responded with rifle fire and
        dropped explosives from drones on the officers, according to the state security
        department, and put up barricades of burning buses and cars on several avenues, closing
        roads across the North Zone. Governor Cláudio Castro said the police were facing
        'narco-terrorism' and complained that the state had received no support from the federal
        government. Residents of the Penha complex said they had carried dozens of bodies from a
        wooded area at the top of the hill to a square on Wednesday morning, and the public
        defender's office said it would investigate possible executions. Forty-six schools were
        closed and more than 200,000 residents were affected by the suspension of bus services,
        according to the city. Eighty-one people were arrested and 93 rifles seized, the police
        said.
        """),
        "B E M",
        "police operation",
    ),
    (
        "Four soldiers killed in ambush by Shining Path remnant in the VRAEM",
        _t("""
        Four soldiers of the Peruvian Army were killed and two others wounded on Saturday when
        members of the Militarized Communist Party of Peru, a remnant of the Shining Path, ambushed
        a patrol in the district of Pichari, in the Valley of the Apurímac, Ene and Mantaro Rivers
        (VRAEM), the Joint Command of the Armed Forces said in a statement. The patrol was moving on
        foot toward a base in the area of Unión Mantaro when it was attacked with rifles and
        explosives, the statement said, adding that the troops repelled the attack and that the
        attackers fled into the jungle. The bodies of the soldiers were flown to Lima on Monday,
        where they were received with military honours at the Las Palmas air base. The defence
        minister said the government would strengthen its presence in the VRAEM, the country's
        largest coca-growing area, where the last Shining Path column, led by Víctor Quispe
        Palomino, alias 'José', protects drug-trafficking routes. The ombudsman called on the
        authorities to guarantee the safety of the rural communities in the valley, many of which
        live under curfew. It was the deadliest attack on the armed forces in the valley in several
        years, and it came as the government of President Dina Boluarte faced protests in the south
        of the country.
        """),
        "B E",
        "ambush",
    ),
]
