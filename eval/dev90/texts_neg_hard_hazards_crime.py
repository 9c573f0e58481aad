"""eval/dev90 hard negatives: digests of disasters and crime none of whose items reports a current
event of armed conflict or political violence, although they use conflict words (war, army,
troops, attack, killed, bomb, missile, siege...). NEGATIVES = [(title, text, kind code), ...],
the kind being that of the digest's hardest item.
"""

NEGATIVES = [
    (
        "Myanmar earthquake: what we know so far",
        (
            "A magnitude 7.7 earthquake struck central Myanmar at lunchtime on Friday, its "
            "epicentre near Sagaing, about 16 kilometres from Mandalay, the country's second "
            "city. Here is what we know. The military government said on Sunday that 1,700 people "
            "had died and more than 3,400 were injured, and it expected the toll to rise as "
            "rescuers reached outlying towns. In Mandalay, apartment blocks, monasteries and the "
            "old royal palace walls were damaged, and residents slept in the streets for fear of "
            "aftershocks. In neighbouring Thailand, a 30-storey tower under construction in "
            "Bangkok collapsed, trapping dozens of workers. The junta made a rare appeal for "
            "international aid, and rescue teams from China, India and Russia have arrived. The "
            "country was already strained by four years of civil war, and aid agencies said some "
            "of the worst-hit areas were hard to reach because roads and bridges had been damaged "
            "by the quake. An alliance of opposition armed groups announced a temporary pause in "
            "its operations to help relief efforts. What we don't know: how many people remain "
            "under the rubble."
        ),
        "disaster",
    ),
    (
        (
            "Asia in brief: Assam floods displace thousands, typhoon warnings in Luzon, Thai baht "
            "weakens"
        ),
        (
            "Floodwaters from the Brahmaputra and its tributaries submerged more than 1,200 "
            "villages across 19 districts of Assam, and the state disaster authority said 380,000 "
            "people were affected and about 40,000 had moved into relief camps. Army and National "
            "Disaster Response Force teams used boats to evacuate families in Dhemaji and "
            "Lakhimpur, and rhinos in Kaziranga National Park were seen wading to higher ground. "
            "In the Philippines, the weather agency raised storm signal number three over "
            "northern Luzon as Typhoon Kristine approached, and schools in the region were "
            "closed. The navy and coast guard positioned rescue vessels along the coast. The Thai "
            "baht fell to a three-month low against the dollar on concerns about slowing tourism. "
            "Singapore's non-oil exports rose 4% in September. In Nepal, landslides blocked the "
            "Prithvi Highway between Kathmandu and Pokhara for a second day, stranding hundreds "
            "of buses, and army engineers were working to clear the road. Pakistan's "
            "meteorological department forecast heavier than usual rain in Punjab and Sindh over "
            "the coming week and warned of urban flooding in Karachi and Lahore. China's Ministry "
            "of Emergency Management said 14 people had died in flash floods in Guangxi, where "
            "the army and armed police evacuated 60,000 residents from low-lying villages. In "
            "Japan, the Noto peninsula was hit by record rain less than nine months after a "
            "deadly earthquake, and residents of temporary housing were moved to evacuation "
            "centres. Indonesia's stock index rose 0.6%. Vietnam's airline regulator grounded two "
            "budget carriers' older planes for engine checks."
        ),
        "disaster",
    ),
    (
        (
            "Africa week in review: Maiduguri under water, Ethiopia's debt deal, Senegal's first "
            "oil cargo"
        ),
        (
            "The Alau dam on the Ngadda river collapsed on Tuesday after weeks of heavy rain, "
            "sending floodwater through about half of Maiduguri, the capital of Nigeria's Borno "
            "State. At least 30 people died and state officials said around 400,000 were forced "
            "from their homes, many of them sleeping in schools and camps. The city, which for "
            "more than a decade has been the centre of the fight against Boko Haram, already "
            "hosts tens of thousands of people displaced by that insurgency, and aid groups said "
            "some of their camps were themselves flooded. The army deployed trucks and boats to "
            "move people to higher ground, and the zoo lost most of its animals. In Ethiopia, the "
            "government reached an agreement in principle with official creditors to restructure "
            "about $8.4 billion of debt. Senegal loaded its first cargo of crude from the "
            "offshore Sangomar field. Ghana's presidential campaign entered its final three "
            "months."
        ),
        "disaster",
    ),
    (
        (
            "Thursday morning briefing: Los Angeles fires spread, a cold snap in the Midwest, a "
            "Golden Globes recap"
        ),
        (
            "Firefighters spent a second night battling wind-driven wildfires across Los Angeles "
            "County, where the Palisades and Eaton fires have burned more than 30,000 acres and "
            "destroyed thousands of homes and businesses. At least five people have died, and "
            "about 130,000 residents are under evacuation orders; the governor activated the "
            "National Guard to help with traffic control and to protect evacuated neighbourhoods "
            "from looting. Crews were attacking the flanks of the Palisades fire from the air "
            "after winds eased briefly before dawn. Meanwhile, an arctic blast is pushing "
            "temperatures well below zero across the Midwest, with wind chills of minus 30F "
            "expected in Chicago. In entertainment, the Golden Globes honoured a drama about a "
            "Hungarian-born architect and a French musical about a cartel boss. In Washington, "
            "Congress certified the results of the presidential election in a joint session that "
            "passed without incident, four years after the certification was disrupted by the "
            "storming of the Capitol, and the vice-president, who lost the race, presided over "
            "the count of her own defeat. The Senate is expected to begin confirmation hearings "
            "for the incoming cabinet next week, starting with the nominees for defense secretary "
            "and secretary of state, both of whom met senators on Wednesday. On the economy, the "
            "minutes of the Federal Reserve's December meeting showed officials worried that "
            "proposed tariffs could slow their progress on inflation, and mortgage rates climbed "
            "back above 7% for the first time since July. In technology, the Consumer Electronics "
            "Show opens in Las Vegas, where chipmakers and carmakers are expected to dominate "
            "with new products for self-driving and home robots. And in sports, the college "
            "football playoff semifinals are set, with both games on Thursday and Friday nights, "
            "and the NFL confirmed that a wildcard game moved by the fires will be played in "
            "Arizona."
        ),
        "disaster",
    ),
    (
        "Sydney shopping centre stabbings: what we know so far",
        (
            "A man armed with a knife killed six people and wounded at least 12 others at a busy "
            "shopping centre in Sydney's eastern suburbs on Saturday afternoon, before he was "
            "shot dead by a police officer who confronted him alone. Here is what we know. The "
            "attacker, a 40-year-old man from Queensland, moved through several levels of the "
            "centre, and five of the six people who died were women, among them a young mother "
            "whose baby survived surgery. New South Wales Police said on Sunday that there was no "
            "indication the attack was motivated by ideology or terrorism, and that the man had a "
            "long history of mental illness. The inspector who shot him has been praised by the "
            "prime minister as a hero. The centre will remain closed for several days. What we "
            "don't know: why the man travelled to Sydney and whether he targeted women "
            "deliberately, a question police say they are examining."
        ),
        "crime",
    ),
    (
        (
            "Mexico and Central America week: a cartel figure extradited, a record cocaine haul "
            "in Manzanillo, Honduras's island prison"
        ),
        (
            "Mexican authorities flew a senior Sinaloa cartel figure to the United States on "
            "Thursday to face drug trafficking charges in New York, in the third such transfer "
            "this year, after he was arrested at a ranch near Culiacán without a shot fired. The "
            "navy said it had seized 8.3 tonnes of cocaine hidden in shipments of frozen shrimp "
            "at the Pacific port of Manzanillo, the largest haul there on record. Guatemala's "
            "police said a gang member accused of ordering murders from prison had been moved to "
            "a maximum-security unit. In Honduras, the government presented a plan to build a "
            "prison for 20,000 inmates on an island off the Caribbean coast, which rights groups "
            "criticised. Costa Rica's tourism board reported a 3% fall in arrivals, which it "
            "partly blamed on the country's rising homicide rate. El Salvador's legislative "
            "assembly extended the state of exception for another 30 days."
        ),
        "crime",
    ),
    (
        (
            "Europe briefing: Örebro school shooting, Germany's election campaign, a Dutch "
            "housing plan"
        ),
        (
            "Sweden: a gunman killed ten people at an adult education centre in Örebro on Tuesday "
            "before taking his own life, in the worst mass shooting in the country's history. "
            "Police said the suspect, a former student, acted alone and that they had found no "
            "ideological motive, and they have ruled out terrorism. The government flew flags at "
            "half-mast and the king attended a memorial. Germany: the main parties entered the "
            "final weeks of the campaign before the February 23 election, with migration and the "
            "economy dominating the debates. Netherlands: the housing minister unveiled a plan to "
            "speed up the building of 100,000 homes a year by easing planning rules. Italy: the "
            "Bank of Italy raised its growth forecast slightly. France: the prime minister "
            "survived a no-confidence motion over the budget, which he forced through parliament "
            "without a vote. Belgium: a new federal government was sworn in after eight months of "
            "negotiations. Denmark: the pharmaceutical group Novo Nordisk said it would build a "
            "new factory in Kalundborg."
        ),
        "crime",
    ),
    (
        (
            "The legal week: an ICC sentence for a former militia leader, a Paris trial over the "
            "Nice attack, and rent reform"
        ),
        (
            "Judges at the International Criminal Court sentenced a former leader of an "
            "anti-balaka militia in the Central African Republic to 12 years in prison for war "
            "crimes and crimes against humanity committed in 2013 and 2014, including the murder "
            "of Muslim civilians. His defence said it would appeal. In Paris, eight people went "
            "on trial accused of helping the attacker who drove a lorry into a crowd on the "
            "promenade in Nice on Bastille Day 2016, killing 86 people; the hearings are expected "
            "to last three months. In London, the Renters' Rights Bill cleared the House of "
            "Lords, ending no-fault evictions in England. The European Court of Justice ruled "
            "that airlines must refund passengers within seven days when flights are cancelled. "
            "In Washington, the Supreme Court upheld a federal ban on so-called ghost guns, the "
            "untraceable kits sold online, by a vote of 7-2. An Australian appeals court upheld "
            "the dismissal of a defamation case brought by a decorated former soldier against "
            "newspapers that reported on his conduct in Afghanistan. And India's Supreme Court "
            "ordered the release of a journalist held for eight months under an anti-terrorism "
            "law, saying the police had failed to show any link to a crime."
        ),
        "crime",
    ),
]
