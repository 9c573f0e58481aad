"""dev195 negatives (3 of 3): tower fires, building collapses, earthquakes, floods and fires, crime
and health on the housing desks."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Valencia tower fire: cladding under scrutiny as residents lose everything",
        "A fire that engulfed a 14-storey residential block in Valencia's Campanar "
        "district on Thursday evening killed at least ten people, with several others"
        " still unaccounted for, officials said. The blaze spread across the "
        "building's facade within minutes, driven by strong winds, witnesses said. "
        "Firefighters rescued residents from balconies using cranes. Experts said the"
        " polyurethane cladding used on the building, completed in 2008, may have "
        "helped the fire spread, as it did at London's Grenfell Tower. The regional "
        "government said it would rehouse all 138 families in flats it owns nearby. "
        "Spain's housing minister promised a review of building regulations. "
        "Neighbours brought clothes and food to a sports centre where the survivors "
        "gathered.",
        "accident",
    ),
    (
        "Tai Po housing estate fire kills dozens as scaffolding spreads the flames",
        "A fire that raced through several towers of a housing estate in Hong Kong's "
        "Tai Po district killed at least 44 people, the government said on Thursday, "
        "the deadliest blaze in the city for decades. The estate was wrapped in "
        "bamboo scaffolding and protective netting for renovation work, and "
        "firefighters said the flames jumped from one block to the next. Police "
        "arrested three people from a construction company on suspicion of "
        "manslaughter, saying foam panels had been fitted over windows. More than 900"
        " residents were taken to temporary shelters. The government said it would "
        "review the use of bamboo scaffolding and inspect all estates under "
        "renovation. Residents said they had complained for months about smoking on "
        "the scaffolding. A fund for the victims has raised millions of dollars.",
        "accident",
    ),
    (
        "Ikoyi tower collapse: bodies pulled out as questions turn to the permits",
        "Rescuers in Lagos pulled more bodies from the rubble of a 21-storey tower "
        "under construction in the upmarket Ikoyi district on Wednesday, bringing the"
        " toll to 36. The building collapsed on Monday afternoon with dozens of "
        "workers inside. The developer, whose managing director is among the missing,"
        " had been given approval for 15 floors, according to state officials. The "
        "Lagos State Building Control Agency said it had ordered the work to stop in "
        "the past. The state governor set up a panel to investigate and suspended the"
        " head of the agency. Nigeria has a long record of building collapses, which "
        "engineers blame on weak enforcement and poor materials. Families of workers "
        "waited outside the site for news.",
        "accident",
    ),
    (
        "Hijacked Johannesburg building fire exposes the city's housing crisis",
        "A fire in an abandoned five-storey building in central Johannesburg killed "
        "77 people early on Thursday, many of them migrants who rented spaces from "
        "people who had taken over the municipal property. The building, once used to"
        " issue passbooks under apartheid, was divided into shacks made of wood and "
        "cardboard, and exits were locked or blocked, firefighters said. Residents "
        'said they paid "rent" of a few hundred rand a month to men who controlled '
        "the building. City officials said they knew of more than 100 similar "
        "buildings in the inner city. An inquiry later found that a man had started "
        "the fire while trying to dispose of a body, a case now before the courts. "
        "The city said it would speed up the refurbishment of derelict buildings into"
        " social housing. Survivors were moved to shelters.",
        "accident",
    ),
    (
        "Dhaka restaurant building fire kills 46, exposing lax fire codes",
        "A fire in a seven-storey building housing restaurants on Dhaka's Bailey Road"
        " killed at least 46 people, officials said on Friday. The blaze started in a"
        " tea stall on the ground floor and spread quickly up the only staircase, "
        "which was lined with gas cylinders. Many victims were suffocated by smoke as"
        " they tried to reach the roof. The fire service said the building had been "
        "approved only for offices and had no fire exit. Police arrested the owners "
        "of several restaurants. Fire officials said hundreds of buildings in the "
        "city ignore safety rules. The government ordered inspections of all "
        "commercial buildings in the area, and dozens of restaurants were sealed "
        "within a week. Relatives of the dead gathered outside the Dhaka Medical "
        "College morgue through the night.",
        "accident",
    ),
    (
        "Antakya rebuilds from scratch two years after the quake",
        "Two years after earthquakes in southern Turkey killed more than 50,000 "
        "people, Antakya is a city of cranes and container homes. Most of the old "
        "city was demolished after the disaster, and new residential blocks built by "
        "the state housing agency TOKİ are rising on its outskirts. The government "
        "says it has delivered more than 200,000 homes across the quake zone, but "
        "residents complain that many are far from work and that the character of the"
        " historic city has been lost. About 600,000 people in the region still live "
        "in container towns, according to local officials. Architects have criticised"
        " the speed of the reconstruction, saying it was done without public "
        "consultation. The president promised that all homes would be handed over by "
        "the end of the year. Prices for land in the region have risen sharply.",
        "disaster",
    ),
    (
        "Two years after the Al Haouz quake, some villagers still wait in tents",
        "Some families in Morocco's High Atlas are still living in tents or makeshift"
        " shelters two years after the earthquake that killed nearly 3,000 people, "
        "village leaders and aid groups say. The government says more than 50,000 "
        "homes have been rebuilt or repaired, and that families have received monthly"
        " allowances and grants of up to 140,000 dirhams. Villagers in remote valleys"
        " say the grants were not enough to rebuild with stone and mud, and that "
        "reinforced concrete rules have raised costs. Several architects have built "
        "pilot houses that combine earth construction with modern techniques. The "
        "interior ministry said the remaining tents would be removed before winter. A"
        " road built after the quake now reaches villages that once were hours by "
        "mule.",
        "disaster",
    ),
    (
        "Sindh villagers rebuild on the same floodplain, two years after the deluge",
        "Villagers in Pakistan's Sindh province have rebuilt tens of thousands of "
        "houses destroyed by the 2022 floods, many on the same low ground that was "
        "submerged for months. The floods, caused by extreme monsoon rains and "
        "melting glaciers, killed more than 1,700 people and damaged 2 million homes."
        " A World Bank-funded programme gives families cash in instalments to build "
        "houses with raised plinths and brick walls. Engineers said that many of the "
        "new houses were more resilient, but that the cash did not cover the cost of "
        "roofs. Dawn reported that some families had been displaced again by floods "
        "this summer. The provincial government says it aims to complete 2.1 million "
        "houses by 2026. Women whose names are on the new title deeds say it is the "
        "first property they have owned.",
        "disaster",
    ),
    (
        "Altadena families weigh whether to rebuild after wildfire",
        "Months after the Eaton fire destroyed more than 9,000 structures in "
        "Altadena, California, families are deciding whether to rebuild, sell or "
        "leave, amid a rush of developers and investors offering to buy burned lots. "
        "Los Angeles County has fast-tracked permits for homeowners who want to "
        "rebuild the houses they lost. Insurers have dropped policies across the "
        "state, and some homeowners say their payouts do not cover the rising cost of"
        " labour and materials. Black families who have lived in Altadena for "
        "generations fear losing a rare foothold of home ownership. The county has "
        "passed a law requiring offers on burned lots to be disclosed. Architects are"
        " offering free designs for fire-resistant houses. Building has begun on the "
        "first few dozen homes.",
        "disaster",
    ),
    (
        "After the DANA floods, Valencia's ground-floor homes stand empty",
        "A year after flash floods killed more than 220 people in the Valencia "
        "region, many ground-floor flats in towns such as Paiporta and Catarroja "
        "remain empty, their owners unwilling to live at street level again. The "
        "regional government has offered grants to convert ground floors into storage"
        " and to move families to higher floors, but few have taken it up. Estate "
        "agents say prices of upper-floor flats in the affected towns have risen, "
        "while ground-floor homes are selling at discounts of up to 40%. The Spanish "
        "government has paid out billions of euros in aid and insurance through the "
        "state consortium. Urban planners say that building on floodplains in the "
        "1960s and 1970s left thousands of homes exposed. The region has frozen "
        "permits for new building in the riskiest zones.",
        "disaster",
    ),
    (
        "Mandalay's condos stand empty after quake as buyers doubt the engineering",
        "Weeks after a magnitude 7.7 earthquake struck central Myanmar, killing more "
        "than 3,700 people, residents of Mandalay's condominium towers are refusing "
        "to return to buildings that survived with cracks. The quake brought down "
        "several blocks in the city, including a 12-storey tower where dozens died. "
        "Engineers say most buildings in the city were built without any seismic "
        "design. Property agents said prices of new condos had fallen by about a "
        "third, while demand for single-storey houses had risen. Many families are "
        "still sleeping in tents on the streets and in monastery grounds. Aid groups "
        "say rebuilding is slowed by the country's economic crisis and by the high "
        "cost of imported steel. The military government has promised to rebuild "
        "public housing.",
        "disaster",
    ),
    (
        "Chinese police detain developer's chairman over fraud allegations",
        "Chinese police have detained the chairman of a large property developer on "
        "suspicion of illegally raising funds from homebuyers and investors, the "
        "company said in a filing to the Hong Kong stock exchange. The company, which"
        " has defaulted on several bonds, said its business operations continued as "
        "normal. Police in Shenzhen said they had frozen assets linked to the "
        "company's wealth management unit, which sold high-yield products to "
        "thousands of retail investors. Protests by investors outside the company's "
        "offices were reported last year. The case is the latest in a series of "
        "investigations into executives at troubled developers. Analysts said it "
        "could complicate negotiations with foreign creditors. Shares in the company "
        "were suspended.",
        "crime",
    ),
    (
        "Squatters charged after occupying £15 million Belgravia mansion",
        "Police in London have charged four people with criminal damage after "
        "squatters occupied an empty £15 million mansion in Belgravia for almost "
        "three weeks. The group, which said it was protesting against the number of "
        "empty homes in the capital, had hung banners from the windows of the "
        "property, owned by an offshore company. Residential squatting has been a "
        "crime in England since 2012, but occupying commercial buildings is not. The "
        "owners obtained a court order and bailiffs, supported by police, removed the"
        " group on Tuesday. The mansion has been empty for more than a decade, "
        "according to neighbours. Campaigners say more than 20,000 homes in London "
        "have been empty for more than six months. The four will appear in court next"
        " month.",
        "crime",
    ),
    (
        "Italian police arrest 30 in raids on mafia-linked construction firms",
        "Italian police arrested 30 people in raids across Calabria and Lombardy on "
        "Tuesday in an investigation into construction companies linked to the "
        "'Ndrangheta mafia, prosecutors said. The firms are suspected of winning "
        "public contracts for social housing and road repairs by using front "
        "companies and bribing officials. Police seized assets worth about €50 "
        "million, including apartments, lorries and quarries. Prosecutors said the "
        "group had also laundered money through property purchases in Milan. The "
        "investigation began after a local engineer reported irregularities in a "
        "housing tender. Those arrested include two municipal officials. The mafia "
        "has long used construction to launder money, investigators said.",
        "crime",
    ),
    (
        "Land-grab gang arrested over fake title deeds in Karachi",
        "Police in Karachi arrested 11 people accused of forging title deeds to sell "
        "plots of government land to hundreds of families, officials said on Monday. "
        "The suspects, including two revenue department clerks, allegedly sold plots "
        "in housing schemes that did not exist, collecting millions of rupees. Dawn "
        "reported that several families had built houses on the land before being "
        "told they had no legal title. The land-grabbing mafia, as it is known "
        "locally, has been a problem in Karachi for decades, often protected by "
        "political connections. The provincial government said it would digitise land"
        " records. The suspects were remanded in police custody for ten days. "
        "Families who bought the plots said they would ask the court to let them keep"
        " their homes.",
        "crime",
    ),
    (
        "Awaab's Law takes effect, forcing landlords to fix damp within weeks",
        "Social landlords in England must now investigate reports of damp and mould "
        "within two weeks and fix dangerous problems within days, under a law named "
        "after a two-year-old boy who died of a respiratory condition caused by mould"
        " in his family's flat in Rochdale. Awaab Ishak died in 2020 after his "
        "parents had complained repeatedly to their housing association. The coroner "
        "found the mould was the direct cause of his death. The rules will be "
        "extended to private landlords from 2026. Doctors have warned that damp and "
        "cold homes cause asthma and infections, particularly in young children. "
        "Housing associations said they would need more money to meet the new rules. "
        "Tenants' groups welcomed the law but said enforcement would depend on "
        "councils' inspection teams.",
        "health",
    ),
    (
        "Cholera spreads in Lusaka's informal settlements as water points run dry",
        "Zambia's health ministry said on Monday that cholera cases had passed 10,000"
        " since October, with most in Lusaka's densely populated informal settlements"
        " such as Kanyama and Chawama. The government converted the national stadium "
        "into a treatment centre with 1,000 beds. Residents say pit latrines overflow"
        " in the rainy season and contaminate shallow wells. The ministry has sent "
        "water tankers to the settlements and closed schools for several weeks. Aid "
        "groups are distributing chlorine tablets and oral vaccines. Urban planners "
        "say the outbreak shows the cost of decades without investment in sanitation "
        "in settlements where most of the capital's residents live. More than 400 "
        "people have died, the ministry said.",
        "health",
    ),
]
