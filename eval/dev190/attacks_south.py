"""Attacks, shootings, sieges and plots in Australia, New Zealand, Kenya and South Africa,
2015-2026, in the idiom of ABC (Australia), The Guardian, RNZ, the Daily Nation and News24
(11 texts, 1 without a figure)."""

from _wrap import item

item(
    "Five dead, eight injured in Perth shopping centre stabbing rampage",
    """[[Five people|killed;a=WA Police]] have been killed and [[eight|injured;a=WA Police]]
    injured, [[two of them|injured;n=-;a=WA Police]] critically, after a man went on a stabbing
    rampage through a shopping centre in Perth's northern suburbs, WA Police say. A lone police
    inspector shot the {{40-year-old}} attacker dead about {{20 minutes}} after the first
    triple-zero call at {{3:32pm}}. Commissioner Kate Drummond said [[more than 100 triple-zero
    calls|other;u=other;a=Commissioner Kate Drummond]] were received in the first {{10 minutes}}
    and there was no indication the attack was terrorism-related. [[About 1,500 shoppers and
    staff|civilians;n=shoppers and staff]] sheltered inside shops with the shutters pulled down,
    while [[hundreds|displaced]] more were evacuated through the car parks. St John WA sent [[23
    ambulances|other]] and [[more than 40 paramedics|other]] to the scene. [[Four of the
    dead|killed;n=dead]] were women. The Premier announced {{$18 million}} for counselling and
    victim support services.""",
)

item(
    "Two police officers and a neighbour killed in ambush at WA farm",
    """[[Two police officers|killed;a=police]] and a neighbour were shot dead when they went to
    a rural property near Esperance to follow up a missing person report on Monday afternoon,
    police say. A {{third}} officer was wounded but escaped into bushland. [[Three
    people|killed]] believed to have fired from the farmhouse were killed in a shootout with
    tactical officers after a {{six-hour}} siege that ended around {{11pm}}. [[More than 60
    officers|combatants]] were flown in from Perth, about {{700 kilometres}} away. The Police
    Commissioner said [[16 firearms|other;a=The Police Commissioner]] and [[more than 3,000
    rounds|other;a=The Police Commissioner]] of ammunition had been found on the property.
    [[About 40 residents|displaced]] of neighbouring farms were evacuated to a community hall in
    Esperance overnight. The attack echoes the December {{2022}} ambush at Wieambilla in
    Queensland, where [[six people|killed]] died, including the [[three shooters|killed]].""",
)

item(
    "Seven teenagers arrested in counter-terrorism raids after Sydney church stabbing",
    """Counter-terrorism police have arrested [[seven teenagers|arrested;a=NSW Police]] aged
    between {{15}} and {{17}} in raids across south-west Sydney involving [[more than 400
    officers|combatants;a=NSW Police]], NSW Police said on Thursday. Officers executed [[13
    search warrants|other;u=other]] and seized phones and computers. The raids follow the
    stabbing of a bishop and a priest during a livestreamed service at an Assyrian church in
    Bossley Park last week, for which a {{16-year-old}} boy has been charged with a terrorism
    offence. [[About 600 people|other;a=NSW Police]] gathered outside the church that night, and
    in the riot that followed [[37 police officers|injured;a=NSW Police]] were injured and [[22
    police vehicles|other;a=NSW Police]] damaged, according to NSW Police. Police have so far
    charged [[eight people|arrested]] over the riot and are trying to identify [[about 50
    more|other;n=-]].""",
)

item(
    "Melbourne teens charged over alleged plot to attack shopping centre",
    """[[Three teenagers|arrested;a=Victoria Police]], aged {{15}}, {{16}} and {{17}}, have been
    charged with preparing a terrorist act after counter-terrorism police raided [[five
    properties|other;u=structure;a=Victoria Police]] in Melbourne's north-west, Victoria Police
    say. Police allege the boys planned to attack shoppers at a centre in Broadmeadows. Officers
    seized [[four knives|other;u=other]], a machete and [[two mobile phones|other;u=other]].
    [[About 120 officers|combatants]] from the Joint Counter Terrorism Team took part in the
    raids. The ASIO director-general said [[more than 20 attacks|other;u=other;a=The ASIO
    director-general]] had been disrupted in Australia since the threat level was raised in
    September {{2014}}, and that [[seven|other;u=other;a=The ASIO director-general]] had been
    carried out.""",
)

item(
    "Two dead after gunman opens fire at Wellington construction site",
    """[[Two people|killed;a=police]] have died and [[six|injured;a=police]] are injured,
    including a police officer, after a gunman opened fire at a construction site on Lambton
    Quay in central Wellington this morning, police say. The gunman, a {{24-year-old}} man who
    had been working at the site, was found dead on the {{third}} floor. The Police Commissioner
    said [[about 50 armed officers|combatants;a=The Police Commissioner]] responded within
    minutes. Emergency services received [[more than 90 calls|other;u=other]] in the first
    {{five minutes}}. [[Hundreds of office workers|civilians]] were locked down in surrounding
    buildings for more than {{two hours}}. Te Whatu Ora said [[three|injured;a=Te Whatu Ora]]
    remain in a critical condition in Wellington Hospital. It is the country's deadliest
    shooting since the {{March 15, 2019}} mosque attacks in Christchurch, in which [[51
    people|killed]] were killed.""",
)

item(
    "Supermarket attacker shot dead by police in Hamilton; six injured",
    """[[Six people|injured;a=the prime minister]] have been injured, [[three of
    them|injured;n=-;a=the prime minister]] critically, after a man armed with [[two
    knives|other;u=other;a=the prime minister]] attacked shoppers at a supermarket in Hamilton
    this afternoon, the prime minister says. The man was shot dead within {{60 seconds}} by
    surveillance officers who had been following him. [[About 200 shoppers and
    staff|displaced;n=shoppers and staff]] fled the store. The man, a {{32-year-old}} Sri Lankan
    national, had been released from prison in July after serving {{three years}}, and had been
    watched by [[up to 30 police officers|combatants]] at a time. Police say armed officers will
    patrol [[about 20 shopping centres|other;p;a=Police]] in the city over the weekend.""",
)

item(
    "Al-Shabaab gunmen storm Nairobi hotel complex; 18 killed",
    """[[Eighteen people|killed;a=the Inspector-General of Police]] were killed and [[at least
    30|injured;a=the Inspector-General of Police]] injured when al-Shabaab gunmen stormed a
    hotel and office complex in Westlands, Nairobi, on Tuesday afternoon, the Inspector-General
    of Police said. [[Four attackers|killed;a=the Inspector-General of Police]] were killed by
    security forces after a {{19-hour}} siege that ended on Wednesday morning, he said. [[More
    than 700 people|displaced]] were rescued from the buildings during the night. The Kenya Red
    Cross said [[46 people|missing;a=The Kenya Red Cross]] had been reported missing at its
    tracing desk at the City Mortuary, and that [[more than 100 families|aid;a=The Kenya Red
    Cross]] had received psychosocial support. Detectives arrested [[five suspects|arrested]] in
    Eastleigh and Mombasa. The attack recalled the {{2013}} Westgate mall siege, in which [[67
    people|killed]] died, and the {{2015}} Garissa University College massacre, in which [[148
    people|killed]] were killed.""",
)

item(
    "Police foil Mombasa bomb plot, arrest three with explosives",
    """Anti-Terror Police Unit officers on Sunday arrested [[three suspects|arrested;a=Coast
    regional police commander Jane Mwangi]] and recovered [[two improvised explosive
    devices|other;a=Coast regional police commander Jane Mwangi]] in Mombasa's Majengo area,
    Coast regional police commander Jane Mwangi said. She said the suspects had planned to
    attack [[two churches|other;p;a=Coast regional police commander Jane Mwangi]] and a
    nightclub over the Easter weekend. Officers also recovered [[12 detonators|other;u=other]]
    and a pistol with [[15 rounds|other]] of ammunition. [[About 500 officers|combatants;p]]
    will be deployed to guard places of worship in Mombasa County over the holiday. Last year
    police said they had disrupted [[six plots|other;u=other;a=police]] in the Coast region.""",
)

item(
    "Nine killed in Umlazi tavern shooting as police hunt gunmen",
    """[[Nine people|killed;a=police]] were killed and [[four|injured;a=police]] wounded when
    gunmen opened fire inside a tavern in Umlazi, south of Durban, shortly before midnight on
    Saturday, police said. Witnesses said [[eight to ten gunmen|combatants;a=Witnesses]] arrived
    in [[two minibus taxis|other;u=other;a=Witnesses]]. Police recovered [[more than 60
    cartridges|other]] from {{9mm}} pistols and {{R5}} rifles, and the provincial commissioner
    activated a {{72-hour}} plan to trace the attackers. [[Three of the
    wounded|injured;n=wounded]] were in a critical condition in hospital. In July {{2022}}, [[20
    people|killed]] were killed in [[two tavern shootings|other;u=other]] in Soweto and
    Pietermaritzburg on the same night.""",
)

item(
    "Police minister deploys 300 officers after Gqeberha mass shootings",
    """Police Minister Thandi Mokoena announced that [[300 additional
    officers|combatants;p;a=Police Minister Thandi Mokoena]] would be deployed to Gqeberha's
    northern areas after [[three mass shootings|other;u=other;a=Police Minister Thandi Mokoena]]
    in a week left [[18 people|killed;a=Police Minister Thandi Mokoena]] dead. In the latest
    attack, gunmen killed [[seven people|killed]], including a {{13-year-old}} boy, at a house
    in Helenvale on Friday night. [[Two other people|injured]] were wounded. Police said [[more
    than 40 cartridges|other;a=Police]] were found at the scene and that [[two
    suspects|arrested;a=Police]], aged {{19}} and {{23}}, had been arrested. Residents said
    [[dozens of families|displaced;a=Residents]] had fled to relatives' homes elsewhere in the
    city. Nelson Mandela Bay recorded [[more than 400 murders|killed;a=the latest crime
    statistics]] in the past {{12 months}}, according to the latest crime statistics.""",
)

item(
    "Accused in Umlazi tavern shooting case granted postponement",
    """The case against a {{29-year-old}} man accused in connection with the Umlazi tavern
    shooting was postponed to {{14 October}} in the Durban Magistrate's Court on Monday. The
    accused, who appeared under case number {{CAS 118/07/2025}}, was remanded in custody at
    Westville prison. His lawyer said he would apply for bail at the next appearance, and the
    State said it would oppose it under Schedule {{6}} of the Criminal Procedure Act.""",
)
