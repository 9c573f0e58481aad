"""Asia, Europe and the Americas: trains and tracks attacked, pylons and pipelines blown up,
sabotage of rail, cables and grids, a fuel terminal held by gangs, telecoms shut down, a rail
disaster, a grid collapse and a nationwide blackout (13 texts with figures, 1 without)."""

from _wrap import item

item(
    "Jaffar Express siege ends; 18 soldiers among 26 hostages killed",
    """Security forces ended the siege of the Jaffar Express in Balochistan's Bolan Pass on
    Wednesday, killing [[all 33 militants|killed;a=the military's media wing]] and freeing
    [[more than 300 passengers|kidnapped;a=the military's media wing]], the military's media
    wing said. Lt Gen Ahmed Sharif Chaudhry, the ISPR director general, said [[26
    hostages|killed;a=Lt Gen Ahmed Sharif Chaudhry]] had been killed, [[18 of
    them|killed;n=-;a=Lt Gen Ahmed Sharif Chaudhry]] army and Frontier Corps personnel. The
    train, carrying [[about 440 passengers|other]] in [[nine coaches|other;u=other]], was
    attacked on Tuesday after fighters of the banned Balochistan Liberation Army blew up the
    track near a tunnel. [[Dozens of passengers|injured;a=railway officials]] were taken to
    hospitals in Quetta and Sibi, railway officials said. Pakistan Railways suspended services
    to and from Quetta for {{four days}}.""",
)

item(
    "Pylons blown up near Quetta, gas pipeline damaged in Dera Bugti",
    """Unidentified men blew up [[two electricity pylons|other;u=other;a=Qesco officials]] on
    the Quetta-Sibi transmission line late on Saturday, cutting power to [[about 1.5 million
    people|civilians;a=Qesco officials]] in Quetta and nearby districts, Qesco officials said.
    In a separate attack in Dera Bugti, a {{24-inch}} gas pipeline was blown up, cutting {{80
    million cubic feet}} a day of supply to the Uch power plant. The Levies said [[three
    suspects|arrested;a=The Levies]] had been detained and [[two Levies personnel|injured;a=The
    Levies]] wounded in an exchange of fire. Sui Southern Gas said [[about 75,000 gas
    consumers|civilians;a=Sui Southern Gas]] in Dera Bugti and Sui were without supply, and
    police said [[up to 300 Levies and FC personnel|combatants;p;a=police]] would be deployed
    along the line. Qesco said repairs would take {{at least 48 hours}} because its teams
    needed security clearance. It was the {{fifth}} attack on the line since {{January}},
    officials said.""",
)

item(
    "ELN bombs Cano Limon pipeline again, Ecopetrol halts pumping",
    """Colombia's ELN rebels bombed the Cano Limon-Covenas oil pipeline in Arauca province on
    Friday, spilling crude into a river and forcing Ecopetrol to halt pumping, the army said.
    The pipeline, which can move up to {{210,000 barrels per day}}, has suffered [[more than
    1,500 bombings|other;u=other;a=Ecopetrol]] since it opened in {{1986}}, according to
    Ecopetrol. [[About 40,000 residents|civilians;a=the local water utility]] of Saravena were
    left without drinking water after the spill reached the river intake, the local water
    utility said. The spill, of about {{2,000 barrels}}, also cost [[some 300 fishing
    families|civilians;a=the local ombudsman]] along the river their livelihood, the local
    ombudsman said. The army said it had sent [[600 troops|combatants;a=The army]] to guard the
    line and that [[two soldiers|killed;a=The army]] had been killed by a landmine near the
    site on Thursday. The ELN, estimated to have [[about 5,800 fighters|combatants]], broke off
    peace talks with the government in {{January}}.""",
)

item(
    "Arson attacks paralyse France's high-speed rail on Olympics opening day",
    """Coordinated arson attacks on France's high-speed rail network disrupted travel on
    Friday, hours before the opening ceremony of the Paris Olympics. Vandals set fire to signal
    boxes and cables at [[three locations|other;u=other]] on lines linking Paris to Lille,
    Bordeaux and Strasbourg, while a {{fourth}} attack, on the Paris-Marseille line, was
    foiled. The disruption was expected to affect [[about 800,000 passengers|other;p;a=SNCF]]
    over the weekend, SNCF said, with [[250,000|other;n=-;a=SNCF]] hit on Friday alone.
    Transport Minister Patrice Vergriete said [[hundreds of workers|other;a=Transport Minister
    Patrice Vergriete]] were repairing cables by hand, and SNCF chief Jean-Pierre Farandou said
    [[about 70 trains|other;u=other;a=SNCF chief Jean-Pierre Farandou]] had been cancelled by
    midday. Interior Minister Gerald Darmanin said [[about 45,000 police|combatants;a=Interior
    Minister Gerald Darmanin]] were on duty in Paris for the ceremony. Eurostar cancelled about
    {{one in four}} trains between London and Paris.""",
)

item(
    "Berlin blackout after arson attack on power cables hits 45,000 households",
    """An arson attack on a cable bridge in southwest Berlin cut power to [[about 45,000
    households|civilians;a=grid operator Stromnetz Berlin]] and [[2,200
    businesses|civilians;u=other;a=grid operator Stromnetz Berlin]] on Saturday, grid operator
    Stromnetz Berlin said. The outage also hit [[74 care homes|civilians;a=the Berlin fire
    brigade]] and [[five hospitals|civilians;a=the Berlin fire brigade]], according to the
    Berlin fire brigade. A left-wing extremist group claimed responsibility in a letter posted
    online. Firefighters moved [[about 400 residents|displaced]] of care homes to hospitals,
    and the city opened [[10 emergency shelters|capacity]] with heating as temperatures fell
    below {{zero}}. Police said [[about 1,000 officers|combatants;a=Police]] were patrolling
    the darkened streets. Stromnetz said full supply would not be restored until {{Thursday}},
    making it the longest blackout in the city since {{1945}}.""",
)

item(
    "Haiti gangs blockade main fuel terminal, hospitals warn of shutdowns",
    """A gang coalition has blocked access to the Varreux fuel terminal in Port-au-Prince for
    {{more than a month}}, choking supplies to hospitals, water pumps and mobile networks. The
    terminal holds about {{70%}} of Haiti's fuel. The national water agency said it could no
    longer run pumps supplying [[about 1 million people|civilians;a=The national water agency]]
    in the capital. Cholera has returned, and the health ministry said [[at least 35
    people|killed;a=the health ministry]] had died and [[more than 100|injured;n=-;a=the health
    ministry]] had been hospitalised. Police said [[several hundred gang
    members|combatants;a=Police]] controlled the roads around the terminal. The UN said [[4.7
    million people|civilians;v=4700000;a=The UN]] faced acute hunger. Digicel said [[about 20
    of its cell sites|other;n=sites;a=Digicel]] had shut down for lack of diesel.""",
)

item(
    "Myanmar junta says resistance fighters toppled 200 pylons",
    """Myanmar's military government said resistance fighters had destroyed [[more than 200
    electricity pylons|other;u=other;a=Myanmar's military government]] in {{2022}} and killed
    [[12 power workers|killed;a=Myanmar's military government]]. Yangon residents now get
    electricity for about {{four hours}} at a time, in rotation. A People's Defence Force group
    said it had blown up [[two transformers|other;u=other;a=A People's Defence Force group]] at
    a substation in Sagaing. The grid produces about {{half}} of the {{3,000 megawatts}} the
    country needs at peak, and [[around 50,000 households|civilians;a=the city's power
    utility]] in Mandalay had no supply for {{three days}} last week, the city's power utility
    said. The outages have forced [[dozens of garment factories|other;u=structure]] to suspend
    work. Factory owners said [[about 10,000 workers|other;a=Factory owners]] had been sent
    home without pay.""",
)

item(
    "Nord Stream leaks: what we know about the pipeline blasts",
    """Danish and Swedish authorities said on {{September 27, 2022}} that leaks on the {{Nord
    Stream 1}} and {{Nord Stream 2}} pipelines had followed underwater blasts, with seismic
    readings of magnitude {{2.1}} and {{2.3}}. The lines, each about {{1,200 km}} long, could
    together carry {{110 billion cubic metres}} of gas a year from Russia to Germany. The leaks
    produced a plume about {{1 km}} wide on the surface of the Baltic. Gas prices at the Dutch
    TTF hub rose {{12%}} to {{EUR 208 per megawatt-hour}} on the news. German prosecutors have
    said the investigation could take {{years}}.""",
)

item(
    "Finland seizes tanker after Baltic power cable damaged",
    """Finnish police seized the oil tanker Eagle S after the {{Estlink 2}} power cable and
    [[four telecommunications cables|other;u=other]] under the Gulf of Finland were damaged on
    {{December 25}}. Grid operator Fingrid said the link, which has a capacity of {{650
    megawatts}}, would be out of service until {{August}}. Finland's National Bureau of
    Investigation said [[eight crew members|other;a=Finland's National Bureau of
    Investigation]] had been banned from leaving the country. NATO said it would send [[two
    frigates|other;u=other;p;a=NATO]] and maritime patrol aircraft to the area. Telecoms
    operator Elisa said [[about 3,000 customers|civilians;a=Telecoms operator Elisa]] had
    briefly lost internet service. The Eagle S was carrying [[about 35,000
    tonnes|other;a=customs officials]] of petrol, customs officials said. The anchor trail
    stretched for nearly {{100 kilometres}} along the seabed.""",
)

item(
    "Taliban impose nationwide internet shutdown",
    """Afghanistan was cut off from the internet on Monday after the Taliban ordered
    fibre-optic and mobile data connections shut down, internet monitor NetBlocks said, with
    connectivity falling to about {{1%}} of normal. Taliban officials had already cut
    fibre-optic internet in [[at least 10 provinces|civilians;u=other]] earlier in the month.
    Afghanistan's telecoms regulator counts [[about 23 million mobile
    subscribers|civilians;a=Afghanistan's telecoms regulator]]. Banks and customs offices shut,
    and [[at least eight flights|other;a=flight tracking data]] from Kabul were cancelled,
    flight tracking data showed. Mobile operator Roshan said [[about 6 million
    customers|civilians;a=Mobile operator Roshan]] had lost data service, and the central bank
    said [[more than 400 bank branches|other;u=structure;a=the central bank]] had closed. UN
    agencies said they had lost contact with [[hundreds of staff|other;a=UN agencies]] in the
    provinces.""",
)

item(
    "Signal failure blamed for India's deadliest train crash in decades",
    """A signalling error caused the collision of [[three trains|other;u=other;a=Railway
    Minister Ashwini Vaishnaw]] near Balasore in Odisha that killed [[288
    people|killed;a=Railway Minister Ashwini Vaishnaw]], Railway Minister Ashwini Vaishnaw said
    on Sunday. [[More than 1,000 people|injured;a=officials]] were injured, officials said. The
    Coromandel Express was travelling at about {{128 km/h}} when it was switched onto a loop
    line and hit a stationary goods train. [[About 1,000 workers|other]] laboured through the
    night with [[seven cranes|other;u=other]] to clear the wreckage, and services resumed {{51
    hours}} after the crash. The state government said [[81 bodies|killed;a=The state
    government]] were still unidentified a month later. The railway ministry announced
    compensation of {{1 million rupees}} for each family of the dead.""",
)

item(
    "Cuba's grid collapses again, leaving 10 million in the dark",
    """Cuba's national electric grid collapsed on Friday after the Antonio Guiteras power
    plant, the island's largest, went offline, leaving [[about 10 million
    people|civilians;a=the Energy and Mines Ministry]] without electricity, the Energy and
    Mines Ministry said. The state utility UNE said power had been restored to [[about
    160,000|civilians;n=-;a=The state utility UNE]] of [[Havana's 800,000
    customers|civilians;a=The state utility UNE]] by Saturday night. Prime Minister Manuel
    Marrero said schools and non-essential workplaces would stay closed until Monday. Hurricane
    Oscar, a {{Category 1}} storm, then hit the east of the island, killing [[six
    people|killed;a=President Miguel Diaz-Canel]] in Guantanamo province and damaging [[more
    than 1,000 homes|housing;a=President Miguel Diaz-Canel]] in Baracoa, President Miguel
    Diaz-Canel said. [[About 500 linemen|other]] were sent east from Havana. Cuba's ageing
    oil-fired plants need to supply about {{3,000 megawatts}} at peak but have been producing
    barely {{half}} that.""",
)

item(
    "Poland says Russian services behind blast on Warsaw-Lublin line",
    """An explosive device damaged a section of the Warsaw-Lublin railway on Sunday, Prime
    Minister Donald Tusk said, calling it an act of sabotage. A train carrying [[475
    passengers|other;a=police]] had to brake sharply after the driver spotted the damage,
    police said. Tusk said [[two Ukrainian citizens|other;a=Tusk]] working for Russian
    intelligence had been identified as suspects and had fled to Belarus. Defence Minister
    Wladyslaw Kosiniak-Kamysz said the army would deploy [[up to 10,000
    soldiers|combatants;p;a=Defence Minister Wladyslaw Kosiniak-Kamysz]] to guard railways and
    power plants. [[More than 50 people|arrested]] have been detained in Poland on suspicion of
    sabotage since {{2022}}. Police said [[three other people|arrested;a=Police]] had been
    detained for questioning. The line is a main route for aid and weapons bound for Ukraine.""",
)

item(
    "Venezuela blackout enters fifth day as hospitals count deaths",
    """Much of Venezuela remained without electricity on Monday, {{five days}} after a failure
    at the Guri hydroelectric dam plunged [[about 30 million people|civilians]] into darkness.
    Doctors for Health, a group of physicians, said [[between 20 and 26
    patients|killed;a=Doctors for Health]] had died in public hospitals because of the outage,
    [[15 of them|killed;n=-;a=Doctors for Health]] kidney patients who could not get dialysis.
    In Maracaibo, looters ransacked [[more than 300 shops|housing;a=the chamber of commerce]],
    the chamber of commerce said, and police arrested [[about 100 people|arrested]]. President
    Nicolas Maduro blamed a cyberattack and said [[more than 1,000 electricity
    workers|other;a=President Nicolas Maduro]] were working to restore supply. Residents of
    Caracas queued with buckets at springs on the slopes of the Avila mountain, as pumps that
    lift water to the city's hillside barrios had no power.""",
)
