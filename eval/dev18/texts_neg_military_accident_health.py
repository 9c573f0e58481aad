"""dev18 texts: negatives: military without violence; negatives: accidents; negatives: health.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: military without violence
    (
        "Poland signs deal for 96 Apache helicopters",
        "Poland signed a deal to buy 96 Apache attack helicopters from the United States, its largest purchase of the type. The defence minister said the helicopters would strengthen the country's eastern flank.",
        "military",
    ),
    (
        "North Korea launches reconnaissance satellite, Seoul says",
        "North Korea launched a rocket carrying what it said was a military reconnaissance satellite, South Korea's joint chiefs of staff said on Tuesday, after two failed attempts earlier in the year. Japan briefly issued an alert for residents of Okinawa. Pyongyang's state media said the satellite had entered orbit.",
        "military",
    ),
    (
        "China holds drills around Taiwan after president's speech",
        "China's military held large-scale drills around Taiwan, sending warships and aircraft to simulate a blockade, after the island's president gave his inaugural speech. Taiwan's defence ministry said it had sent ships to monitor.",
        "military",
    ),
    (
        "Germany raises defence budget to record level",
        "Germany's cabinet approved a record defence budget, raising spending to more than 2% of economic output for the first time since the Cold War. Much of the money will go to ammunition and air defence.",
        "military",
    ),
    (
        "Belarus holds Independence Day parade in Minsk",
        "Tanks, rocket launchers and several thousand soldiers paraded through Minsk on Belarus's Independence Day, and aircraft flew over in formation. President Lukashenko said the army was ready to defend the country's borders. Russian units took part in the parade for the first time.",
        "military",
    ),
    (
        "NATO exercise in Baltic brings together 20,000 troops",
        "More than 20,000 troops from NATO countries took part in exercises in Lithuania and Poland, practising the defence of the Suwałki gap. It was one of the largest exercises in the region in years.",
        "military",
    ),
    (
        "India commissions its first home-built aircraft carrier",
        "India commissioned its first home-built aircraft carrier, INS Vikrant, at a ceremony in Kochi. The prime minister said it showed India's growing defence manufacturing.",
        "military",
    ),
    (
        "Sweden reintroduces military conscription",
        "Sweden's government decided to bring back military conscription for men and women, citing a worsening security environment. About 4,000 young people will be called up each year.",
        "military",
    ),
    (
        "Japan approves plan to acquire counterstrike missiles",
        "Japan's cabinet approved a plan to buy Tomahawk cruise missiles from the United States, part of a shift in its defence policy. The government said the missiles would deter attacks.",
        "military",
    ),
    # ---------------------------------------------------------------- negatives: accidents
    (
        "Beirut port explosion: death toll rises",
        "The death toll from the huge explosion at Beirut port rose to 135, the health minister said, as rescuers searched the rubble for dozens of missing. Officials said the blast was caused by ammonium nitrate stored in a warehouse for years. About 300,000 people were left homeless.",
        "accident",
    ),
    (
        "Train collision in Odisha kills nearly 300",
        "Nearly 300 people were killed when a passenger train collided with a goods train and then with another passenger train in India's Odisha state, officials said. Rescuers worked through the night to pull survivors from the wreckage.",
        "accident",
    ),
    (
        "Migrant boat capsizes off Greece; hundreds missing",
        "A fishing boat carrying migrants from Libya to Italy capsized off the Greek coast, and hundreds of people are missing, the coast guard said. 104 people were rescued. Survivors said there were 750 people on board.",
        "accident",
    ),
    (
        "Plane crash in Nepal kills 72",
        "A passenger plane crashed near Pokhara airport in Nepal, killing all 72 people on board, officials said. The plane was landing when it went down into a river gorge. It was the country's deadliest air crash in 30 years.",
        "accident",
    ),
    (
        "Firedamp blast kills 41 at Amasra coal mine",
        "An explosion at a coal mine in Amasra, in Turkey's Black Sea province of Bartın, killed 41 workers, officials said. Rescuers brought out dozens of survivors. The explosion was caused by firedamp.",
        "accident",
    ),
    (
        "Stampede at Hajj kills hundreds",
        "A stampede during the Hajj pilgrimage in Mina killed more than 700 pilgrims, Saudi officials said. The crush happened as two large groups of pilgrims met at a crossroads.",
        "accident",
    ),
    (
        "Tanker blast near Suleja kills 98 who rushed to collect fuel",
        "A petrol tanker exploded on a highway near Suleja in Nigeria's Niger state after it overturned and people gathered to scoop up the fuel, killing at least 98, the emergency management agency said. Many of the victims were young men from nearby villages. The agency warned again against approaching crashed tankers.",
        "accident",
    ),
    (
        "Ferry fire in Indonesia: passengers jump into sea",
        "A fire broke out on a ferry off Indonesia's North Sulawesi, forcing passengers to jump into the sea, the search and rescue agency said. Three people died and more than 500 were rescued.",
        "accident",
    ),
    (
        "Factory fire in Dhaka kills 52 workers",
        "A fire at a food factory near Dhaka killed 52 workers, many of them trapped behind locked exits, police said. Firefighters took more than a day to put out the blaze.",
        "accident",
    ),
    # ---------------------------------------------------------------- negatives: health
    (
        "WHO declares mpox a global health emergency",
        "The World Health Organization declared the spread of mpox in Africa a public health emergency of international concern. Cases have been reported in more than a dozen countries, and Congo has recorded hundreds of deaths.",
        "health",
    ),
    (
        "Guinea declares end of Ebola outbreak after 42 days",
        "Guinea declared the end of an Ebola outbreak that killed 12 people, after 42 days without a new case. The outbreak was contained with vaccines and contact tracing.",
        "health",
    ),
    (
        "India begins world's largest vaccination drive",
        "India began vaccinating health workers against COVID-19, the start of what it called the world's largest vaccination campaign. The government aims to vaccinate 300 million people by August.",
        "health",
    ),
    (
        "Malawi battles its worst cholera outbreak in decades",
        "Malawi's health ministry said more than 1,000 people had died of cholera since the outbreak began, the deadliest in the country's history, and delayed the reopening of schools in Blantyre and Lilongwe. Health workers are chlorinating wells and handing out oral vaccine doses. The outbreak spread quickly after floods damaged water supplies.",
        "health",
    ),
    (
        "Measles outbreak in Texas spreads to new counties",
        "A measles outbreak in West Texas has spread to new counties, state health officials said, with more than 400 cases recorded. Two unvaccinated children have died.",
        "health",
    ),
    (
        "Bangladesh records deadliest dengue year",
        "Dengue deaths in Bangladesh passed 1,000 for the first time in a single year, the health directorate said, and hospitals in Dhaka set up extra wards for patients. Doctors said the season had started earlier and lasted longer than usual. City authorities sprayed insecticide in several neighbourhoods.",
        "health",
    ),
    (
        "Polio vaccination campaign in Pakistan reaches millions",
        "Pakistan launched a week-long polio vaccination campaign to reach 45 million children, health officials said. Pakistan and Afghanistan are the only countries where polio is still endemic.",
        "health",
    ),
    (
        "Bird flu found on dairy farms in several US states",
        "US officials said they had found H5N1 bird flu in dairy cattle in several states, and a farm worker tested positive. Officials said the risk to the public remains low. Milk from infected cows is being destroyed. Scientists said the virus had not been found to spread between people.",
        "health",
    ),
    (
        "Malaria vaccine rollout begins in Cameroon",
        "Cameroon began the first routine vaccination of children against malaria, health officials said, with 250,000 children expected to receive the vaccine in the first year. The vaccine is given in four doses. Malaria kills thousands of children in the country every year, officials said.",
        "health",
    ),
]
