"""Mexico: a cartel war in Sinaloa, migrants in a trailer, a prison attack in Ciudad Juárez,
the yearly homicide count and a lynching in Taxco (5 items, all with figures)."""

from _wrap import item

item(
    "Sinaloa cartel war: a year of bodies, disappearances and closed shops",
    """CULIACÁN, Sinaloa — The war between the two factions of the Sinaloa Cartel has left
    [[1,171 people|killed;a=the state prosecutor's office]] dead in the state since it erupted on
    {{9 September 2024}}, according to the state prosecutor's office. Relatives' collectives say
    [[more than 1,400 people|missing;a=Relatives' collectives]] have disappeared over the same
    period, most of them young men taken from their cars or homes in Culiacán. The fighting pits
    Los Chapitos, loyal to the sons of Joaquín "El Chapo" Guzmán, against the faction of Ismael
    "El Mayo" Zambada, who was flown to the United States in {{July 2024}} and later pleaded
    guilty before a New York judge. Zambada has said he was kidnapped by one of Guzmán's sons and
    flown against his will to an airfield near El Paso, Texas, an account that set off the
    fighting. Schools in the state capital suspended classes for {{11 days}} last autumn, and the
    local chamber of commerce estimates that [[more than 300 shops|other;a=the local chamber of
    commerce]] have closed for good. Ricardo Trevilla, the defence minister, told reporters on
    Tuesday that the army and the National Guard now have [[11,400 troops|combatants;a=Ricardo
    Trevilla]] in Sinaloa, up from [[about 2,000|combatants;a=Ricardo Trevilla]] before the
    split. He said federal forces had arrested [[1,562 suspects|arrested;a=Ricardo Trevilla]] and
    seized [[2,180 firearms|other;a=Ricardo Trevilla]] and [[1,045 vehicles|other;a=Ricardo
    Trevilla]] in the state since the fighting began. On a single weekend in January, the bodies
    of [[19 men|killed]] were dumped along the highway between Culiacán and Mazatlán, [[five of
    them|killed;n=-]] beheaded. Many residents now keep to a curfew of their own, and the streets
    of the capital are empty by {{7pm}}. Governor Rubén Rocha Moya has rejected calls to resign
    and says the state's economy has lost {{more than 30 billion pesos}}. The United States
    offers a reward of up to {{$10 million}} for information leading to the arrest of Iván
    Archivaldo Guzmán, the eldest of the brothers. Sinaloa's homicide rate reached {{68 per
    100,000}} inhabitants last year, more than triple the national average.""",
)

item(
    "Mexico finds 343 migrants in abandoned trailer in Veracruz",
    """MEXICO CITY, {{Oct 4}} (Reuters) - Mexican immigration agents found [[343
    migrants|other;a=the National Migration Institute (INM)]] crammed inside an abandoned
    tractor-trailer on a highway in the eastern state of Veracruz, the National Migration
    Institute (INM) said on Tuesday. Among them were [[103 unaccompanied minors|other;a=the
    institute;alt=the National Migration Institute (INM)]], most of them from Guatemala, the
    institute said, adding that [[four people|injured;a=the institute;alt=the National Migration
    Institute (INM)]] had been taken to hospital with severe dehydration. The driver fled, but
    police later detained [[two suspected people smugglers|arrested]] at a petrol station near
    the town of Acayucan. In {{December 2021}}, [[56 migrants|killed]] died when a truck carrying
    [[more than 160|other;n=-]] overturned on a highway in the southern state of Chiapas.""",
)

item(
    "Gunmen storm Ciudad Juárez prison on New Year's Day",
    """CIUDAD JUÁREZ, Mexico (AP) — Gunmen in armored vehicles attacked a state prison in Ciudad
    Juárez on New Year's Day, killing [[10 guards and soldiers|killed;n=guards and
    soldiers;a=officials]] and freeing [[at least 25 inmates|other;a=officials]], officials said.
    [[Seven inmates|killed;a=the Chihuahua state prosecutor's office]] also died in fighting
    inside the prison, and [[13 people|injured;a=the Chihuahua state prosecutor's office]] were
    wounded, the Chihuahua state prosecutor's office said in a statement. The assault began
    around {{7 a.m.}}, when relatives were lining up outside for the holiday visit. The prison
    held [[about 3,800 inmates|arrested;a=state authorities]] in a facility designed for [[about
    2,900|capacity;n=-;a=state authorities]], according to state authorities. The next day,
    [[more than 1,000 soldiers and police|combatants;n=soldiers and police]] searched the
    cellblocks, where they found [[five rifles|other]], [[more than 100
    cellphones|other;u=other]] and luxury cells fitted with televisions and minibars. Authorities
    later recaptured [[14 of the escapees|arrested]], but the man believed to have organized the
    breakout, Ernesto Alfredo Piñón, leader of the Mexicles gang, was killed in a shootout with
    police {{four days}} later. The attack came weeks after President Andrés Manuel López Obrador
    had boasted that the country's prisons were under control.""",
)

item(
    "Mexico's homicides fall for a third year, INEGI says",
    """MEXICO CITY — Mexico recorded [[33,287 homicides|killed;a=the national statistics
    institute (INEGI)]] in {{2023}}, down {{7.4%}} from the previous year, the national
    statistics institute (INEGI) said on Tuesday, the {{third}} consecutive annual decline. That
    puts the country's homicide rate at {{25 per 100,000}} inhabitants, still among the highest
    in the world. Of the victims, [[29,012|killed;n=-]] were men and [[4,263|killed;n=-]] were
    women; the sex of [[the remaining 12|killed;n=-]] was not recorded. Guanajuato was again the
    deadliest state, with [[3,383 killings|killed]], followed by Baja California with
    [[2,360|killed;n=-]] and the State of Mexico with [[2,248|killed;n=-]]. Colima had the
    highest rate, at {{111 per 100,000}}. Firearms were used in {{70%}} of the killings, the
    institute said. Separately, the National Search Commission says [[more than 100,000
    people|missing;a=the National Search Commission]] remain missing in Mexico, most of them
    since the start of the drug war in {{2006}}. Critics say the homicide count understates the
    violence, because many of the disappeared are never found.""",
)

item(
    "Mob in Taxco beats woman to death over girl's killing",
    """TAXCO, Mexico (AFP) - A mob in the southern Mexican city of Taxco beat to death a woman
    suspected of kidnapping and killing an {{eight-year-old}} girl, officials in Guerrero state
    said Thursday, in the latest of a string of lynchings in the country. Videos shared on social
    media showed [[dozens of residents|other]] dragging the woman out of her home and kicking her
    in the street while police officers looked on. [[Two men|injured;a=the Guerrero state
    prosecutor's office]] who were with her were also beaten and taken to hospital in a serious
    condition, the Guerrero state prosecutor's office said. The girl's body had been found in a
    plastic bag on a road outside the city a day after she disappeared on her way home from
    school. The prosecutor's office said it had identified [[at least 12 people|other;a=The
    prosecutor's office;alt=the Guerrero state prosecutor's office]] who took part in the attack
    and had arrested [[three of them|arrested;n=-;a=The prosecutor's office;alt=the Guerrero
    state prosecutor's office]]. [[Dozens of police officers|combatants]] were sent to patrol the
    neighbourhood on Friday. Lynchings have become more frequent in central Mexico, where trust
    in the police is low: the state of Puebla recorded [[47 lynchings and attempted
    lynchings|other;u=other;n=lynchings and attempted lynchings;a=researchers at the Autonomous
    University of Puebla]] in {{2023}}, in which [[11 people|killed;a=researchers at the
    Autonomous University of Puebla]] died, according to researchers at the Autonomous University
    of Puebla.""",
)
