"""dev195 negatives (2 of 3): reconstruction conferences, new towns, architecture, peace, history,
culture, the military and sport around housing."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Aleppo rebuilding conference splits planners over the Old City's future",
        "Architects, donors and officials meeting in Damascus this week argued over "
        "how to rebuild Aleppo's Old City, whose souks, mosques and courtyard houses "
        "were devastated during the civil war. Syria's new authorities presented a "
        "plan that would restore the historic core and build new housing on the "
        "city's eastern edge, where whole districts were reduced to rubble between "
        '2012 and 2016. Some planners urged a "return first" approach that would help'
        " families repair their own homes, rather than large projects by developers. "
        "Others warned that property records had been lost or falsified during the "
        "war, and that many owners are refugees in Turkey and Europe. The World Bank "
        "estimates that Syria needs more than $200 billion for reconstruction. Gulf "
        "investors have expressed interest in commercial projects, but say sanctions "
        "relief must come first. An Aga Khan Trust architect said the rebuilt souk "
        'should not become "a shopping mall in old stones".',
        "other",
    ),
    (
        "Ukraine Recovery Conference hears pitches for rebuilding homes and heat plants",
        "Ukrainian ministers and mayors pitched housing, energy and transport "
        "projects to investors at the Ukraine Recovery Conference in Rome on "
        "Thursday, as donors pledged about €10 billion in new commitments. The World "
        "Bank's latest assessment puts the cost of rebuilding the country at more "
        "than $500 billion over a decade, with housing the largest single item. "
        "Mayors from Kharkiv and Mykolaiv presented plans for new residential "
        "districts built to energy-efficient standards and with shelters in every "
        "block. Several European development banks signed guarantees for private "
        "builders working in Ukraine. Investors said the main obstacle was the lack "
        "of war-risk insurance, which a new scheme backed by the EU is meant to "
        "address. Architects at the conference warned against repeating the "
        "mass-built Soviet estates. The next conference will be held in Poland.",
        "other",
    ),
    (
        "Lagos library competition won by Nigerian-British practice with a courtyard of shade",
        "A Nigerian-British architecture practice has won an international "
        "competition to design a new public library for Lagos Island, beating 140 "
        "entries from 30 countries. The winning scheme wraps reading rooms around a "
        "shaded courtyard planted with trees, and uses locally made compressed earth "
        "bricks and deep roofs to keep the building cool without air conditioning. "
        "The jury, chaired by the architect Francis Kéré, praised the design for "
        '"bringing the street inside". The library will stand on a former car park '
        "near the Marina and is expected to open in 2028. Lagos State said it would "
        "be paid for by a private foundation and the state government. Some "
        "architects questioned whether a city with a shortage of millions of homes "
        "should spend on landmarks. The practice said it would train local craftsmen "
        "to make the bricks on site.",
        "other",
    ),
    (
        "Egypt's new capital fills its towers slowly, ten years on",
        "Ten years after Egypt announced a new administrative capital in the desert "
        "east of Cairo, ministries, parliament and the presidential palace have moved"
        " in, but many of its residential towers stand half empty. The city, built "
        "largely by the military-owned Administrative Capital for Urban Development "
        "company, has Africa's tallest skyscraper, a vast cathedral and mosque and a "
        "monorail that is still being tested. Civil servants transferred there mostly"
        " commute by bus from Cairo, about 50 km away. Flats sell for prices far "
        "beyond the reach of most Egyptians, and developers have offered instalment "
        "plans over ten years. Economists say the project, which has cost tens of "
        "billions of dollars, has added to the country's debt burden at a time of "
        "high inflation. Supporters say it will relieve congestion in Cairo, home to "
        "more than 20 million people.",
        "other",
    ),
    (
        "Nusantara's first residents move in as Indonesia's new capital slows",
        "Several thousand civil servants have moved into apartment towers in "
        "Nusantara, Indonesia's new capital on the island of Borneo, but construction"
        " of the city has slowed as the new government cuts its budget. The former "
        'president, Joko Widodo, had promised a green "forest city" that would '
        "replace sinking, congested Jakarta. His successor has said the capital will "
        "be completed, but has reduced state funding and is seeking private "
        "investors, who have been slow to commit. Indigenous communities in the area "
        "say their land was taken without fair compensation. Workers at the site say "
        "hotels and offices stand ready but have few users. The capital authority "
        "said more than 90,000 people would live there by 2029. Planners said Jakarta"
        " would remain the country's business centre for decades.",
        "other",
    ),
    (
        "Gaza truce's second phase hinges on who will rebuild and where people will live",
        "Negotiators in Cairo and Doha are trying to agree the second phase of the "
        "Gaza ceasefire, which would include the reconstruction of homes for about "
        "two million people who have been living in tents and damaged buildings. The "
        "truce has largely held since it took effect, and aid trucks are entering the"
        " Strip in greater numbers. Egypt has proposed that Palestinian technocrats "
        "run a reconstruction authority, with Arab and European money. Israel insists"
        " that Hamas must disarm before rebuilding begins in earnest. Engineers "
        "estimate that more than 60 million tonnes of rubble must be cleared, some of"
        " it containing unexploded ordnance and human remains. A UN official said "
        "that temporary housing units could start arriving within weeks if the "
        "crossings stay open. Residents of Gaza City said they had begun clearing "
        "rubble from their homes by hand.",
        "peace",
    ),
    (
        "Returning to south Lebanon after the truce, villagers find only foundations",
        "Thousands of families drove back to villages in south Lebanon on the first "
        "days of the ceasefire between Israel and Hezbollah, many of them finding "
        "only foundations where their houses had stood. The Lebanese army began "
        "deploying to the border area under the terms of the agreement, which gives "
        "Israel 60 days to withdraw its troops. The Council for the South, a state "
        "body, said it was surveying damage and would begin paying rent allowances to"
        " families whose homes were destroyed. The World Bank estimates that more "
        "than 99,000 housing units in Lebanon were damaged or destroyed. Engineers "
        "from Hezbollah's construction arm were also seen assessing houses. Many "
        "residents said they would put up caravans or tents on their land rather than"
        " stay in Beirut's rented flats. Contractors said the price of cement had "
        "already risen.",
        "peace",
    ),
    (
        "Armenia-Azerbaijan deal opens way for roads and new towns in Karabakh",
        "Armenia and Azerbaijan signed a framework peace agreement in Washington on "
        "Friday, ending decades of hostility over Nagorno-Karabakh and agreeing to "
        "open transport links through each other's territory. Azerbaijan has spent "
        "billions of dollars on what it calls the Great Return, building new "
        'villages, "smart" towns and highways in territories it recaptured. Officials'
        " in Baku say thousands of Azerbaijani families displaced in the 1990s have "
        "moved into new houses in Fuzuli, Lachin and Aghdam. The ethnic Armenians who"
        " fled Karabakh in 2023 are not part of the resettlement plans, and most of "
        "them live in rented housing in Armenia. Armenia's government has offered "
        "housing certificates to refugee families. Diplomats said much would depend "
        "on ratification by both parliaments.",
        "peace",
    ),
    (
        "Colombia's land restitution judges speed up cases under peace deal",
        "Colombian land restitution judges have ruled on more than 1,000 cases this "
        "year, returning farms to families forced off them during the armed conflict,"
        " the Land Restitution Unit said. The programme, created in 2011 and expanded"
        " under the 2016 peace agreement with the FARC, has so far returned fewer "
        "than 10% of the hectares claimed. Farmers' groups say returning families "
        "often find no roads, schools or houses, and that some have received threats "
        "from people now occupying the land. The government has promised to build "
        "5,000 rural homes for returnees in the departments of Cesar and Magdalena. A"
        " judge in Valledupar said paperwork and surveys slowed cases more than any "
        "dispute in court. The agency plans to add 40 judges next year.",
        "peace",
    ),
    (
        "Second World War bomb found on Hamburg building site forces evacuation",
        "Some 3,000 residents of Hamburg's Altona district were evacuated on Tuesday "
        "after builders digging foundations for a block of flats uncovered an "
        "unexploded British aerial bomb from the Second World War. Bomb disposal "
        "experts defused the 250 kg device in the early evening, about six hours "
        "after it was found, the fire brigade said. Trains between Altona and the "
        "main station were suspended during the operation. Hamburg was heavily bombed"
        " in 1943, and thousands of tonnes of ordnance are believed to remain in the "
        "ground. Builders in the city must check the site of every new project "
        "against wartime aerial photographs. The developer said work would resume on "
        "Thursday. Residents were allowed back home shortly after 8 pm.",
        "history",
    ),
    (
        "Hamburg bunker's garden roof opens as flats fill former air-raid shelter nearby",
        "A Second World War flak tower in Hamburg's St Pauli district reopened this "
        "week with five new storeys on its roof, a hotel, a concert hall and a public"
        " garden. The concrete tower, built by forced labourers in 1942 to shelter "
        "civilians and house anti-aircraft guns, was too massive to demolish after "
        "the war. In nearby Eimsbüttel, a smaller air-raid bunker has been converted "
        "into 18 flats, with windows cut through walls two metres thick. Heritage "
        "groups have questioned whether a building tied to the Nazi war effort should"
        " be turned into a leisure destination. The investor behind the project said "
        "an exhibition on the tower's history would be part of the visit. Across "
        "Germany, several hundred bunkers have been sold by the federal government to"
        " developers since 2007. Flats in converted bunkers sell at premium prices.",
        "history",
    ),
    (
        "Marawi marks eight years since siege as residents still wait to go home",
        "Residents of Marawi marked the anniversary of the 2017 siege on Thursday "
        "with prayers at the city's Grand Mosque, rebuilt in the most heavily "
        "destroyed area of the city. The five-month battle between the army and "
        "Islamic State-linked militants reduced the commercial centre to ruins. The "
        "government says it has rebuilt roads, a convention centre and a stadium, but"
        " thousands of families are still living in transitional shelters outside the"
        " most affected area. A compensation law passed in 2022 has paid out only a "
        'fraction of the claims for destroyed homes. "They rebuilt the mosque, but '
        'not my house," one trader said. Local officials said the compensation board '
        "had sped up payments this year. Some families have begun building on their "
        "own plots without waiting for the money.",
        "history",
    ),
    (
        "Beirut's Holiday Inn, a civil war ruin, is back on the market",
        "The Holiday Inn tower in Beirut, a shell scarred by the fighting of the "
        "Battle of the Hotels in 1975 and 1976, is once again the subject of a sale, "
        "L'Orient Today reported. The hotel, which opened in 1974, became a sniper "
        "post within a year of its inauguration and has stood empty ever since, its "
        "concrete pocked with bullet holes. Its owners, a Lebanese and a Kuwaiti "
        "company, have disagreed for decades on whether to restore or demolish it. "
        "Architects and historians have called for it to be preserved as a memorial "
        "of the war. Developers say the tower's location near the seafront makes it "
        "valuable, but Lebanon's economic crisis has frozen most large projects. The "
        "Beirut municipality has not commented on the sale. A nearby plot was "
        "recently sold for luxury flats.",
        "history",
    ),
    (
        "Grenfell play returns to London stage with survivors' own words",
        "A verbatim play built from the testimony of Grenfell Tower survivors and "
        "bereaved families is returning to the National Theatre, two years after its "
        "first run. The production uses only words spoken by residents and witnesses "
        "to the public inquiry into the 2017 fire, which killed 72 people. Actors "
        "perform on a bare stage with the names of the dead projected behind them. "
        "The inquiry's final report found that the deaths were avoidable and blamed "
        "decades of failures by government, the cladding industry and the building's "
        'landlord. Critics praised the play as "unbearable and essential". Survivors '
        "who attended the opening said it was important that audiences heard what "
        "happened in their own voices. The theatre said a share of ticket sales would"
        " go to a community fund in north Kensington.",
        "entertainment",
    ),
    (
        "Venice Biennale pavilion asks how to rebuild Ukraine's housing estates",
        "Ukraine's pavilion at the Venice Architecture Biennale asks visitors to "
        "imagine how the country's Soviet-era housing estates should be rebuilt, with"
        " scale models of blocks from Irpin, Borodianka and Kharkiv. The curators "
        "filled one room with window frames salvaged from damaged flats, each with a "
        "label naming the building and the family that lived there. Another room "
        "shows proposals by young architects for prefabricated homes that can be "
        "assembled in weeks. The exhibition does not show ruins, the curators said, "
        "because audiences in Europe have seen enough of them. Critics called it one "
        "of the most thoughtful pavilions at this year's show. The Biennale runs "
        "until November. The pavilion's designs will later be shown in Lviv and Kyiv.",
        "entertainment",
    ),
    (
        "A story of eviction in Nairobi wins the Caine Prize",
        "A short story set in a Nairobi informal settlement in the week before "
        "bulldozers arrive has won this year's Caine Prize for African Writing. The "
        "story follows a grandmother who refuses to leave the house she built from "
        "salvaged iron sheets, as her grandchildren argue over whether to take "
        'compensation from the developers. Judges praised its humour and its "quiet '
        'fury". The author, a former journalist at the Daily Nation, said the story '
        "was inspired by evictions she covered along the Nairobi river in 2024. The "
        "prize is worth £10,000 and was presented at a ceremony in London. The story "
        "will be expanded into a novel, to be published next year. Its author said "
        'she hoped readers would "look again at the word illegal".',
        "entertainment",
    ),
    (
        "German brigade's homes in Lithuania take shape as builders race the clock",
        "Builders in Lithuania are racing to finish housing for the German army's "
        "first permanently stationed brigade abroad since the Second World War, which"
        " is due to reach full strength of about 5,000 troops by 2027. Lithuania is "
        "paying for barracks, a training area and homes near Rudninkai, south of "
        "Vilnius, and for schools and kindergartens for soldiers' families. The "
        "defence ministry said about 300 flats would be ready for families this year,"
        " some of them in new blocks built by private developers with state "
        "guarantees. German soldiers have complained of a shortage of suitable "
        "housing and schools in German. Local officials in Vilnius and Kaunas say the"
        " arrival of troops is pushing up rents. The brigade held a formal ceremony "
        "in Vilnius in May.",
        "military",
    ),
    (
        "Poland's new blocks must include shelters under civil protection law",
        "New apartment buildings in Poland will have to include bomb shelters or "
        "hiding places under a civil protection law that comes into force next year, "
        "a rule developers say will add up to 5% to construction costs. The law "
        "requires shelters to provide space for every resident and to be equipped "
        "with ventilation and emergency supplies. The interior ministry's survey "
        "found that existing shelters could hold only a few percent of the "
        "population. Developers in Warsaw and Gdańsk have begun marketing underground"
        " car parks that double as shelters. The army is also training local "
        "authorities to run evacuation drills. Officials said the measures were a "
        "response to Russia's war in Ukraine and rising tension along the eastern "
        "border. Finland, whose buildings have been required to have shelters since "
        "the 1950s, has advised Polish planners.",
        "military",
    ),
    (
        "Britain's defence ministry to sell barracks for 10,000 homes",
        "The Ministry of Defence will release land at several surplus army barracks "
        "in England for about 10,000 new homes under a deal with the housing "
        "department, the government said on Monday. The sites include former bases in"
        " Hampshire, Wiltshire and Kent, some of which closed more than a decade ago."
        " Ministers also promised to refurbish thousands of homes for service "
        "families after an inquiry found damp, mould and broken heating in military "
        "housing. The defence secretary said the money raised would go back into the "
        "armed forces. Local councils welcomed the plans but warned that roads and "
        "schools would be needed. The ministry bought back its housing estate last "
        "year from a private landlord. Construction on the first site is expected to "
        "start in 2026.",
        "military",
    ),
    (
        "Paris Olympic village becomes a neighbourhood as first tenants arrive",
        "The first residents have moved into the former athletes' village of the "
        "Paris 2024 Olympics in Saint-Denis, which has been converted into about "
        "2,800 flats, offices and a student residence. A quarter of the homes are "
        "social housing. The district, built on former industrial land along the "
        "Seine, has a school, shops and a park. Local residents had feared that the "
        "Games would drive up prices and push them out, a battle that the mayor said "
        'had been "won by the neighbourhood". Critics say the new flats sell at '
        "prices far above the local average. The developers said the buildings had "
        "been designed from the start to be converted after the Games. The aquatic "
        "centre will be open to local clubs, and a footbridge over the A1 motorway "
        "links the district to the stadium.",
        "sport",
    ),
    (
        "Brisbane's Olympic stadium fight ends with a new venue at Victoria Park",
        "Queensland's government has settled a long battle over where to build the "
        "main stadium for the 2032 Brisbane Olympics, choosing to build a new "
        "63,000-seat venue in Victoria Park. The decision, announced on Tuesday, "
        "overturns a previous plan to redevelop the Gabba cricket ground. Heritage "
        "groups and residents had fought to protect the parkland, which is listed as "
        "heritage. The government said the stadium would become the home of cricket "
        "and football after the Games. The athletes' village will be converted into "
        "housing, including social homes. The total Olympic building budget is about "
        "A$7 billion. Opponents said they would challenge the decision in court. "
        "Construction is due to begin in 2026.",
        "sport",
    ),
]
