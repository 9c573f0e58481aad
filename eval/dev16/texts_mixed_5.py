"""dev16 texts: mixed, part 5.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- mixed, part 5
    (
        "Haiti: gangs attack Cite Soleil and Croix-des-Bouquets",
        "Fighting between rival gang coalitions in Port-au-Prince killed [[at least 234 people|killed;a=the UN human rights office]] in {{10 days}} in {{July 2022}}, the UN human rights office said. "
        "[[About 3,000 people|displaced]] fled their homes, and [[140 houses|housing]] were burned. "
        "Aid groups could not reach [[some 300,000 residents|civilians]] of Cite Soleil.",
    ),
    (
        "Chad: Sudanese refugees arrive in Adre",
        "[[More than 600,000 Sudanese refugees|displaced;a=the UNHCR]] have arrived in eastern Chad since {{April 2023}}, the UNHCR said, many of them Masalit fleeing killings in El Geneina. "
        "At Adre, [[about 1,500 new arrivals a week|displaced;a=MSF]] are crossing, MSF said, and the clinic it runs treats [[300 patients a day|aid;a=MSF]]. "
        "The new Farchana camp is meant for [[50,000 people|capacity]].",
    ),
    (
        "Niger: jihadists kill villagers in Tillaberi",
        "Gunmen on motorcycles killed [[58 civilians|killed;a=the government]] returning from a market in the Tillaberi region in {{March 2021}}, the government said, declaring {{three days}} of mourning. "
        "[[Four vehicles|other]] and [[a dozen carts|other]] were set on fire. "
        "[[More than 3,500 people|displaced;a=local officials]] left nearby villages in the following week, local officials said.",
    ),
    (
        "Colombia: landmine injures soldiers in Narino",
        "A landmine planted by FARC dissidents exploded under a patrol in Narino, injuring [[five soldiers|injured;a=the army]], the army said. "
        "Colombia has recorded [[more than 12,000 landmine victims|other;a=the peace commissioner's office]] since {{1990}}, according to the peace commissioner's office.",
    ),
    (
        "Libya: migrants rescued off Zuwara",
        "The Libyan coastguard intercepted [[413 migrants|other;a=the IOM]] on [[two rubber boats|other;a=the IOM]] off Zuwara and returned them to detention centres in Tripoli, the IOM said. "
        "[[Eleven bodies|killed]] washed ashore near Sabratha the same day. "
        "[[More than 21,000 people|other;a=the agency;alt=the IOM]] have been intercepted and returned to Libya this year, the agency said.",
    ),
    (
        "Senegal: pirogue found off Cape Verde",
        "A fishing boat found drifting off Cape Verde had left Senegal with [[101 people|other;a=the IOM]] on board more than {{a month}} earlier, the IOM said. "
        "[[Thirty-eight survivors|other;a=police]] were rescued, and [[at least 56 people|missing;a=police]] are presumed dead, police said. "
        "[[Seven bodies|killed]] were found on board.",
    ),
    (
        "Bangladesh: garment factory fire in Narayanganj",
        "A fire at a juice factory in Rupganj, Narayanganj, killed [[52 workers|killed;a=the fire service]] in {{July 2021}}, the fire service said, many of them children aged {{11 to 15}}. "
        "The exit of the {{six-storey}} building had been locked. "
        "[[Eight people|arrested;a=Police]], including the owner, were arrested, Police said.",
    ),
    (
        "Zambia: cholera outbreak closes Lusaka schools",
        "Zambia's cholera outbreak has killed [[412 people|killed;a=the health ministry]] since {{October 2023}}, and [[more than 10,000|other;a=the health ministry]] have fallen ill, the health ministry said. "
        "Heroes Stadium in Lusaka was turned into a treatment centre with [[1,000 beds|capacity]], and [[1.7 million doses|aid]] of vaccine arrived.",
    ),
    (
        "Chile: heatwave and forest fires",
        "Firefighters battled [[more than 150 forest fires|other;u=other;a=the national forestry corporation]] in central Chile as temperatures passed {{40C}}, the national forestry corporation said. "
        "[[Twenty-four people|killed;a=the government]] died and [[about 1,150 homes|housing;a=the government]] were destroyed, the government said.",
    ),
    (
        "Italy: Ischia landslide",
        "A landslide swept through Casamicciola on the island of Ischia after {{126 mm}} of rain fell in {{six hours}}, killing [[12 people|killed;a=the prefect of Naples]], the prefect of Naples said. "
        "[[About 230 residents|displaced]] were moved to hotels, and [[30 houses|housing]] were declared uninhabitable.",
    ),
    (
        "Sri Lanka: fuel queues and protests",
        "Sri Lanka's inflation hit {{54.6%}} in {{June 2022}} and the rupee fell to {{360}} to the dollar. "
        "[[Three people|killed;a=police]] died while waiting in fuel queues that stretched for {{2 km}} in Colombo, police said. "
        "Schools were closed for {{two weeks}} to save fuel, affecting [[about 4 million pupils|civilians]].",
    ),
    (
        "Turkey: Istanbul earthquake drill",
        "[[More than 7,000 volunteers|other;a=the governor's office]] took part in an earthquake drill in Istanbul on {{Tuesday}}, simulating a magnitude {{7.5}} quake at {{10 a.m.}}, the governor's office said. "
        "Experts say a quake could damage [[up to 194,000 buildings|housing;p;a=Experts]] in the city of [[16 million|civilians;a=Experts]].",
    ),
]
