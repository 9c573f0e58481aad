"""dev19 texts: bulletins and round-ups; texts with numbers but no figure.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- bulletins and round-ups
    (
        "Cabo Delgado: humanitarian snapshot for May",
        "IOM's Displacement Tracking Matrix counts [[over 580,000 IDPs|displaced;a=IOM's Displacement Tracking Matrix]] in Cabo Delgado, Niassa and Nampula provinces. "
        "[[About 1.3 million people|civilians]] need humanitarian assistance. "
        "[[Some 90,000|returned]] have returned to Mocímboa da Praia district since {{January}}. "
        "Insurgents burned [[more than 300 houses|housing]] in Macomia district in {{April}}.",
    ),
    (
        "BINUH: over 5,600 killed by gang violence in Haiti in 2024",
        "[[More than 5,600 people|killed;a=the UN Integrated Office in Haiti]] were killed in gang-related violence in {{2024}}, the UN Integrated Office in Haiti said, up from [[4,789|killed;a=the UN Integrated Office in Haiti]] the year before. "
        "[[2,212|injured;a=the office;alt=the UN Integrated Office in Haiti]] were injured and [[1,494|kidnapped;a=the office;alt=the UN Integrated Office in Haiti]] kidnapped, the office said.",
    ),
    (
        "Yemen: 19.5 million people in need of aid in 2025, OCHA says",
        "[[About 19.5 million people|civilians;a=OCHA]] in Yemen will need humanitarian assistance in {{2025}}, OCHA said, up from [[18.2 million|civilians;a=OCHA]] last year. "
        "[[Some 4.5 million|displaced]] remain internally displaced, many for {{nearly a decade}}.",
    ),
    (
        "ICRC: 2,300 missing persons registered in central Sahel",
        "The International Committee of the Red Cross said families have registered [[about 2,300 missing persons|missing;a=The International Committee of the Red Cross]] in Mali, Burkina Faso and Niger with its offices and the Red Cross societies. "
        "[[Only 312|missing;a=the ICRC]] have been located so far, according to the ICRC.",
    ),
    (
        "Colombia: search unit estimates 104,000 disappeared in armed conflict",
        "The Unit for the Search of Persons Deemed Missing estimates that [[about 104,000 people|missing;a=The Unit for the Search of Persons Deemed Missing]] disappeared during the armed conflict. "
        "In the La Escombrera dump in Medellín, investigators have recovered the remains of [[seven persons|killed]] since the excavations began in {{July}}.",
    ),
    (
        "Kharkiv region: 250 houses damaged in one week of shelling",
        "Russian shelling damaged [[over 250 private houses|housing;a=the regional military administration]], [[31 high-rise buildings|housing;a=the regional military administration]] and [[12 schools|housing;a=the regional military administration]] in the Kharkiv region in the past week, the regional military administration said. "
        "[[Nine civilians|killed]] were killed and [[47|injured]] injured in the same period.",
    ),
    (
        "World Bank: 99,000 housing units damaged in Lebanon",
        "The war damaged [[about 99,000 housing units|housing;a=the World Bank]] in Lebanon, [[18,000|housing;u=structure;a=the World Bank]] of which were completely destroyed, the World Bank said in its damage assessment, which puts the damage at {{$3.4 billion}}.",
    ),
    (
        "Somalia: AU approves new mission of up to 11,911 personnel",
        "The new African Union Support and Stabilisation Mission in Somalia will have [[up to 11,911 personnel|combatants;p;a=the AU Peace and Security Council]], including [[680 police officers|combatants;p;a=the AU Peace and Security Council]], according to the AU Peace and Security Council. "
        "Egypt said it will send [[1,091 soldiers|combatants;p;a=Egypt]].",
    ),
    (
        "Peru: 17 dead in Juliaca protests, Ombudsman says",
        "[[Seventeen people|killed;a=the Ombudsman's Office]] died and [[more than 100|injured;a=the Ombudsman's Office]] were injured in clashes between protesters and police near the Juliaca airport, in Puno, the Ombudsman's Office said. "
        "The National Police said [[75 agents|injured;a=The National Police]] were hurt, [[three|injured;a=The National Police]] of them by gunshot.",
    ),
    (
        "Bajaur: operation against militants displaces 55,000",
        "[[About 55,000 people|displaced;a=the Bajaur deputy commissioner]] have left their homes in Mamund tehsil after authorities announced an operation against militants, the Bajaur deputy commissioner said. "
        "[[107 government schools|capacity]] in Khar have been converted into shelters. "
        "A curfew was imposed in [[27 localities|other]] for {{three days}}.",
    ),
    (
        "Borno: ICRC distributes seeds to 45,000 farming households",
        "The ICRC said it distributed seeds and tools to [[45,000 households|aid;a=The ICRC]] in Borno and Adamawa states before the rainy season, with [[some 3,000 tonnes|aid;a=The ICRC]] of maize, sorghum and cowpea seeds. "
        "Many of the farmers had been displaced for {{several years}}.",
    ),
    (
        "Tamaulipas: gunmen kidnap 31 migrants from bus",
        "Armed men kidnapped [[31 migrants|kidnapped;a=the National Migration Institute]], most of them Venezuelans, from a bus on the highway between Reynosa and Matamoros, the National Migration Institute said. "
        "The Tamaulipas government said [[21 of them|kidnapped;n=-;a=The Tamaulipas government]] were freed {{two days}} later.",
    ),
    (
        "Lomé: seven bodies found after protests, civil society says",
        "The civil society coalition Touche Pas à Ma Constitution said the bodies of [[seven persons|killed;a=The civil society coalition Touche Pas à Ma Constitution;alt=Touche Pas à Ma Constitution]] were found in lagoons and waterways of Lomé after {{three days}} of protests. "
        "[[More than 60 people|arrested;a=the coalition;alt=The civil society coalition Touche Pas à Ma Constitution]] were arrested, the coalition said.",
    ),
    (
        "Chad: new camp at Arkoum to take 50,000 refugees from Adré",
        "UNHCR plans to relocate [[about 50,000 refugees|displaced;p;a=UNHCR]] from the border town of Adré to the new camp of Arkoum, UNHCR said. "
        "[[14,000|displaced;a=the agency;alt=UNHCR]] have been moved so far, the agency said, each family receiving a shelter kit.",
    ),
    (
        "Kupiansk: 3,000 civilians remain under daily shelling",
        "[[About 3,000 civilians|civilians;a=Andrii Besedin;alt=the head of the city military administration]] remain in Kupiansk, [[around 100|civilians;a=Andrii Besedin;alt=the head of the city military administration]] of them children, according to the head of the city military administration, Andrii Besedin. "
        "Volunteers evacuate [[10 to 15 people a day|displaced]].",
    ),
    # ---------------------------------------------------------------- texts with numbers but no figure
    (
        "Caracas: government and ELN open new cycle of talks",
        "The delegations of the Colombian government and the ELN opened on {{Monday 22 January}} the {{sixth}} cycle of talks in Caracas, which should last until {{6 February}}. "
        "The bilateral ceasefire, in force since {{3 August}}, expires after {{180 days}}, and the ELN chief negotiator, Pablo Beltrán, {{71}}, said it must be extended.",
    ),
    (
        "Nigeria: N3.25 trillion for defence in 2025 budget",
        "The {{2025}} Appropriation Bill presented by President Bola Tinubu allocates {{N3.25 trillion}} to defence and security, the largest share of the {{N49.7 trillion}} budget. "
        "Lawmakers said capital spending for the army rose by {{24 percent}} compared with {{2024}}.",
    ),
    (
        "Burkina Faso: national charter extends transition by 60 months",
        "The amended transition charter adopted on {{25 May}} extends the transition by {{60 months}} from {{2 July 2024}} and allows Captain Ibrahim Traoré, {{36}}, to stand in the next presidential election. "
        "The charter removes the {{2021}} quota for political parties in the legislative assembly.",
    ),
    (
        "Sudanese pound falls to 2,700 per dollar on parallel market",
        "The Sudanese pound fell to {{2,700 pounds}} per dollar on the parallel market in Port Sudan on {{Sunday}}, against {{600 pounds}} before the war began in {{April 2023}}. "
        "Traders said the price of a {{50 kg}} sack of sorghum doubled in {{three months}}.",
    ),
    (
        "Kenya: KDF allocation rises to Sh176 billion",
        "The National Treasury raised the allocation of the Kenya Defence Forces to {{Sh176 billion}} for the {{2025/26}} financial year, up {{8.5 percent}}, Cabinet Secretary John Mbadi told Parliament at {{3 p.m.}} on {{Thursday}}.",
    ),
    (
        "Haiti: transitional council's mandate to end on 7 February 2026",
        "The mandate of the Transitional Presidential Council ends on {{7 February 2026}}, according to the political accord of {{3 April 2024}}. "
        "Elections are planned for {{November}}, and a constitutional referendum was postponed for the {{third}} time.",
    ),
    (
        "DRC and Rwanda sign agreement in Washington",
        "The foreign ministers of the DRC and Rwanda signed a peace agreement in Washington on {{27 June}}, which gives {{90 days}} for the withdrawal of Rwandan defensive measures. "
        "A joint security coordination mechanism must meet within {{30 days}} of the signature, the text says.",
    ),
    (
        "Ukrenergo announces hourly power cuts in six regions",
        "Ukrenergo announced power cuts of {{four to eight hours}} a day from {{6 a.m.}} in Kyiv, Kharkiv, Sumy, Poltava, Chernihiv and Dnipropetrovsk regions as temperatures dropped to {{minus 15 degrees}}. "
        "The {{330 kV}} line near Kharkiv was repaired on {{Wednesday}}.",
    ),
    (
        "Armenia and Azerbaijan initial peace text at the White House",
        "The foreign ministers of Armenia and Azerbaijan initialled the peace text on {{8 August}} at the White House, after {{more than 35 years}} of conflict. "
        "The agreement also opens a transit route through Armenia's Syunik province for {{99 years}}, the leaders said.",
    ),
    (
        "Syria: constitutional declaration sets five-year transition",
        "The constitutional declaration signed by President Ahmed al-Sharaa sets a transitional period of {{five years}}. "
        "Under {{Article 3}}, Islamic jurisprudence is the main source of legislation, and {{Article 24}} creates a People's Assembly whose members serve {{30-month}} terms.",
    ),
    (
        "Kashmir: sixth anniversary of the end of special status",
        "Political parties in Jammu and Kashmir marked on {{5 August}} the {{sixth}} anniversary of the revocation of {{Article 370}} in {{2019}}. "
        "Omar Abdullah, {{55}}, said the restoration of statehood was promised {{five years}} ago.",
    ),
    (
        "Pakistan: IMF releases $1 billion tranche",
        "The IMF board approved the release of {{$1 billion}} under Pakistan's {{37-month}} {{$7 billion}} Extended Fund Facility. "
        "The State Bank expects growth of {{3.2 percent}} in the fiscal year ending {{30 June}}, and inflation fell to {{0.3 percent}} in {{April}}.",
    ),
    (
        "Myanmar junta sets election date for 28 December",
        "The Union Election Commission said the {{first}} phase of the general election will be held on {{28 December}}, with a {{second}} phase in {{January}}. "
        "Voting hours will be from {{6 a.m.}} to {{4 p.m.}}",
    ),
    (
        "BARMM: parliamentary election moved to October",
        "Congress moved the {{first}} parliamentary election of the Bangsamoro Autonomous Region from {{May}} to {{13 October 2025}}, amending {{Republic Act 11054}}. "
        "Interim Chief Minister Abdulraof Macacua, {{68}}, said the region needed time after the Supreme Court excluded Sulu in {{2024}}.",
    ),
    (
        "Mali: Barrick suspends operations at Loulo-Gounkoto",
        "Barrick Gold suspended operations at the Loulo-Gounkoto complex on {{14 January}} after the government blocked gold exports, the company said. "
        "Mali claims {{$512 million}} in unpaid taxes under the {{2023}} mining code, which raised the state's stake to {{35 percent}}.",
    ),
    (
        "Atlético Nacional beat Millonarios in Medellín",
        "Atlético Nacional beat Millonarios {{3-1}} at the Atanasio Girardot stadium on {{Sunday}}, with Alfredo Morelos scoring in the {{45th minute}} and again in the {{81st}}. "
        "Nacional lead the Liga BetPlay with {{38 points}} after {{17 rounds}}.",
    ),
    (
        "Lebanon: lira steady at 89,500 per dollar",
        "The Lebanese lira held at {{89,500}} per dollar for the {{20th}} consecutive month, the central bank said, after losing {{98 percent}} of its value since {{October 2019}}. "
        "Minimum wage is now {{28 million lira}}.",
    ),
    (
        "Ethiopia inaugurates Grand Renaissance Dam",
        "Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam on {{9 September}}, {{14 years}} after construction began. "
        "The reservoir holds {{74 billion cubic metres}} of water and the plant will produce {{5,000 megawatts}} at full capacity, officials said.",
    ),
    (
        "Abuja court adjourns Nnamdi Kanu trial to 23 January",
        "Justice James Omotosho of the Federal High Court adjourned the trial of IPOB leader Nnamdi Kanu to {{23 January}} after the defence asked for {{21 days}} to study the charges under {{Section 45}} of the Terrorism Act. "
        "Kanu, {{57}}, has been in detention since {{June 2021}}.",
    ),
    (
        "Tbilisi court sentences opposition activist to two years",
        "A Tbilisi city court sentenced opposition activist Mzia Amaglobeli, {{49}}, to {{two years}} in prison on {{6 August}}, under {{Article 353}} of the Criminal Code. "
        "Her lawyers said they would appeal within {{one month}}.",
    ),
]
