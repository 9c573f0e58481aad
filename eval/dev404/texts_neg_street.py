"""dev404 negatives, the street and the past: rent protests and squats without violence,
property deals in peace processes, anniversaries and unexploded bombs, films and series,
military housing and sport."""

NEGATIVES = [
    (
        "Tens of thousands march in Madrid demanding rent cuts and an end to 'housing war'",
        "Tens of thousands of people marched through central Madrid on Saturday demanding "
        "lower rents and more public housing, in one of the largest protests over housing in "
        "Spain in years. Organisers put the turnout at 150,000, while the government delegation "
        'said 22,000 took part. Marchers carried keys and banners reading "Housing is a right, '
        'not a business" and "End the war on tenants". Tenant unions called for a rent strike '
        "if the government does not cut rents by half. The march ended peacefully at the Plaza "
        "de Callao, police said, and no arrests were reported. Rents in Madrid have risen by "
        "more than 40% in five years, according to the listings site Idealista. The government "
        "said it was preparing new tax incentives for landlords who rent at affordable prices. "
        "Similar protests took place in 40 other cities across Spain."
        " The central government recently approved a housing law that lets regions cap rents in"
        " stressed areas.",
        "protest",
    ),
    (
        "Homebuyers in 90 Chinese cities stop paying mortgages on unfinished flats",
        "Homebuyers in about 90 Chinese cities have announced they will stop paying mortgages on "
        "flats in stalled developments, according to a crowdsourced list circulating on GitHub. "
        "Letters signed by owners of unfinished projects of Evergrande and other developers say "
        "payments will resume only when construction restarts. The boycott, which began in "
        "Jingdezhen in Jiangxi province, has spread to more than 300 projects. Bank shares fell "
        "in Shanghai and Hong Kong as investors worried about bad loans. Several banks said "
        "their exposure was small and manageable. Censors removed some of the letters from "
        "social media. Analysts at one bank estimated that mortgages worth about 2 trillion "
        "yuan are tied to delayed projects. Regulators met lenders on Thursday to discuss ways "
        "to complete the stalled homes."
        " Some owners have moved into unfinished flats without water or electricity.",
        "protest",
    ),
    (
        "Squatters occupy empty Mayfair mansion and open it to the homeless",
        "A group of squatters has occupied a vacant mansion in Mayfair owned by a company "
        "registered in the British Virgin Islands, and says it will open the building to "
        "homeless people this winter. Members of the group, which calls itself the Temporary "
        "Autonomous Art collective, entered through an unlocked basement door last week. "
        "Squatting in residential buildings has been a criminal offence in England since 2012, "
        "but the mansion is registered as commercial property, so its owners must go to the "
        "civil courts. Police visited on Monday and left after checking the building, a "
        'spokesman said. The occupiers have painted a banner reading "Empty homes, full '
        'streets" across the facade. The Land Registry lists the 20-bedroom property as last '
        "sold in 2014 for £15m. Westminster council says more than 2,000 homes in the borough "
        "are long-term empty."
        " A lawyer for the owners said the company would seek a possession order. Neighbours "
        "said the house had been empty for at least six years.",
        "protest",
    ),
    (
        "Tenants' union pitches tents outside Dublin's Dail over eviction ban",
        "Around 300 renters and housing activists set up tents outside Leinster House on "
        "Wednesday in protest at the government's decision to end a temporary ban on no-fault "
        "evictions. The Community Action Tenants Union said the sit-in would continue until "
        "the vote on the issue next week. Protesters chanted, banged pots and read out the "
        "names of families who had received notices to quit. Gardaí monitored the protest but "
        "said it had been peaceful. Figures from the Residential Tenancies Board show landlords "
        "issued more than 4,700 notices of termination in the last three months of the year. "
        "The housing minister said the ban had been meant as a short-term measure and that "
        "extending it would drive more landlords out of the market. Opposition parties have "
        "tabled a motion to keep it."
        " The number of people in emergency accommodation has passed 11,000, a record, "
        "according to the Department of Housing. Some protesters said they would stay in the "
        "tents overnight.",
        "protest",
    ),
    (
        "Water pistols and slogans as Barcelona residents march against mass tourism",
        "About 2,800 residents marched through Barcelona on Saturday against mass tourism, "
        "with some spraying tourists at pavement cafes with water pistols, a protest that "
        'went viral on social media. Protesters chanted "Tourists go home" and placed tape '
        "across the entrances of hotels and restaurants in the old town. The march, "
        "organised by a neighbourhood assembly, was peaceful and police made no arrests. "
        "Organisers say tourist flats and cruise ships have driven up rents and pushed "
        "residents out of neighbourhoods such as Barceloneta. The city received about 12 "
        "million overnight visitors last year. Hotel associations said the protests damaged "
        "the city's image. The mayor said he understood residents' frustration and pointed to "
        "the plan to end licences for tourist apartments."
        " Similar protests have taken place in Malaga, Palma and the Canary Islands. Tourism is"
        " worth about 14% of Barcelona's economy, according to the city council.",
        "protest",
    ),
    (
        "Cyprus property talks: Nicosia and Turkish Cypriots agree pilot on Varosha claims",
        "Greek Cypriot and Turkish Cypriot negotiators agreed on Tuesday to set up a joint "
        "technical committee to handle property claims by former residents of Varosha, the "
        "fenced-off resort town abandoned since 1974, the UN said. The committee will examine "
        "title deeds and propose compensation or restitution on a case-by-case basis. The "
        "Immovable Property Commission set up in the north has received more than 7,000 "
        "applications since 2006 and paid about £500m in compensation. Property rights remain "
        "one of the hardest issues in the stalled reunification talks. UN envoy Maria Angela "
        "Holguin described the agreement as a small but meaningful confidence-building step. "
        'Former residents, many now in their eighties, said they were sceptical. "We have '
        'heard promises for 50 years," said a man whose family hotel stood on the seafront.'
        " The two sides also agreed to open two new crossing points on the ceasefire line that "
        "divides the island. Turkish Cypriot leader Tufan Erhurman said he hoped the committee"
        " would start work within months.",
        "peace",
    ),
    (
        "Colombia hands land titles to 1,200 families under peace deal restitution programme",
        "Colombia's Land Restitution Unit handed title deeds for more than 30,000 hectares to "
        "1,200 peasant families in the department of Cesar on Friday, under a programme created "
        "by the 2016 peace agreement with the FARC. The families had left their farms during "
        "the armed conflict of the 1990s and 2000s. Many have returned in recent years and "
        "now want to build houses and plant crops. The Agriculture Ministry said it would offer "
        "housing subsidies and credit for the families. President Gustavo Petro, who attended "
        'the ceremony, said agrarian reform was "the foundation of total peace". Land rights '
        "groups welcomed the handover but say restitution courts have resolved only a fraction "
        "of the claims filed since 2011. Cattle ranchers in the region have challenged some of "
        "the rulings."
        " The Land Restitution Unit says it has received more than 140,000 claims over the past"
        " decade.",
        "peace",
    ),
    (
        "Belfast's peace walls: housing executive plans homes where a barrier once stood",
        "The Northern Ireland Housing Executive has unveiled plans for 60 social homes on land "
        "freed by the removal of a peace wall in north Belfast, one of the barriers built to "
        "separate Catholic and Protestant neighbourhoods during the Troubles. Residents on both "
        "sides voted in a consultation to take down the 6-metre wall last year. The new "
        "development will be open to applicants from both communities and will include a shared "
        "play park. More than 100 peace walls and gates remain across Belfast and Derry, many "
        "of them higher and longer than when the Good Friday Agreement was signed in 1998. "
        'Community workers said the project showed that trust had grown. "Twenty years ago '
        'nobody would have signed a lease with the other side across the road," one said.'
        " Construction is due to start next year, subject to planning approval. The executive "
        "has also begun consulting residents about two other walls in west Belfast.",
        "peace",
    ),
    (
        "Unexploded wartime bomb found at Frankfurt building site forces 13,000 from homes",
        "About 13,000 residents of Frankfurt's Westend district were evacuated on Sunday after "
        "construction workers excavating foundations for a residential tower found an unexploded "
        "British bomb from the Second World War, city officials said. The 500kg bomb was "
        "defused by a disposal team after about four hours. Residents spent the day in a "
        "trade fair hall, where the city set up beds and served meals. Trams were halted and "
        "a hospital near the site moved patients. Germany finds hundreds of tonnes of "
        "unexploded wartime munitions each year, much of it at building sites. Developers in "
        'several cities must now commission munitions surveys before they dig. "It is the '
        'price of building on a city that was bombed flat," said a spokesperson for the '
        "fire service."
        " Construction on the tower, which will include 300 flats, resumed on Monday. The "
        "developer said the delay would cost about EUR200,000.",
        "history",
    ),
    (
        "Warsaw marks 80 years since the start of its rebuilding from ruins",
        "Warsaw marked 80 years on Sunday since the start of its post-war reconstruction, "
        "with exhibitions of photographs showing the Old Town as a field of rubble in 1945. "
        "About 85% of the city's left-bank buildings were destroyed during the Second World "
        "War, much of it deliberately by German troops after the 1944 uprising. Architects "
        "rebuilt the Old Town using pre-war paintings, drawings and student surveys, and it "
        "was added to Unesco's World Heritage list in 1980. The communist government also "
        "built large housing estates of prefabricated blocks that still house hundreds of "
        "thousands of people. A new exhibition at the Museum of Warsaw shows how families "
        "returned to live in cellars and half-ruined flats. The city's mayor said the "
        "reconstruction remains a model for cities destroyed by war."
        " Younger Varsovians increasingly buy flats in the communist-era blocks, which offer "
        "more space than new developments. Prices in the Old Town have risen sharply as "
        "foreign investors buy flats to let to tourists.",
        "history",
    ),
    (
        "Sarajevo's shell-scarred Holiday Inn reborn as luxury apartments",
        "The yellow tower that housed foreign journalists during the siege of Sarajevo is being "
        "converted into serviced apartments by a Gulf investor, who says he wants to keep the "
        "building's history visible. The hotel, built for the 1984 Winter Olympics, stood on "
        "what became known as Sniper Alley during the 1992-95 war. Shrapnel marks in the "
        "facade will be preserved in a corner of the lobby as a memorial, the architects said. "
        "Property prices in the Bosnian capital have risen sharply as investors from the Gulf "
        "and the diaspora buy flats. Some residents say the city's war sites are being turned "
        "into attractions. The first apartments are due to go on sale next spring at about "
        "EUR3,000 per square metre."
        " Sarajevo's city council has approved the change of use, although some veterans' "
        "groups objected. A small museum about the hotel's wartime role will open on the "
        "ground floor, run by a local foundation. The city hopes the project will help revive "
        "the area around the Bosnian parliament.",
        "history",
    ),
    (
        "Estate drama 'Top Boy' star backs campaign to save real-life Hackney block",
        "An actor from the Netflix series Top Boy, the crime drama about drug gangs and turf wars "
        "on a fictional London housing estate, has joined a campaign to stop the demolition of "
        "the Hackney block where the show was filmed. The council says the 1960s building is "
        "beyond repair and wants to replace it with 480 mixed-tenure flats. Residents have "
        "collected more than 5,000 signatures on a petition for refurbishment. The series, "
        "which ran for five seasons, was praised for showing life on council estates but "
        "criticised for glamorising violence. Architects say demolition releases large amounts "
        "of carbon and that retrofitting is often cheaper. A planning committee will decide on "
        "the scheme in March."
        " Hackney has one of the longest housing waiting lists in London, with more than 8,000 "
        "households registered. The council said all existing tenants would be offered a new "
        'home on the site. The actor said the block had "more stories than any television '
        'show" and urged fans to write to councillors.',
        "entertainment",
    ),
    (
        "'The Siege of Ealing': new film turns a rent strike into a comic war movie",
        "A new British comedy that premiered at the London Film Festival on Thursday imagines a "
        "block of flats in west London declaring war on its landlord, with tenants digging "
        "trenches in the communal garden and firing water balloons at bailiffs. The Siege of "
        "Ealing, directed by a former housing officer, borrows the look of Second World War "
        "films, complete with a rousing score and a newsreel narrator. Critics praised its "
        "performances but were split on whether the satire of Britain's rental market landed. "
        "The film was shot in an empty block awaiting redevelopment in Acton. Its producers "
        "said they had consulted tenant unions on the script. It opens in cinemas nationwide "
        "next month."
        " The director said the idea came from a real rent strike in the 1970s, when tenants "
        "barricaded their doors against bailiffs for months. Several cast members grew up on "
        'council estates in west London. The lead actor described it as "a war film where '
        "nobody gets hurt except the landlord's pride\".",
        "entertainment",
    ),
    (
        "MoD buys back 36,000 military homes in £6bn deal with Annington",
        "The Ministry of Defence has agreed to buy back 36,000 homes used by service families "
        "from Annington, the private company that bought them in 1996, for about £6bn, ending "
        "a long dispute over rents. The deal will save the taxpayer about £230m a year in rent "
        "payments, the ministry said. Defence Secretary John Healey said the government would "
        "now launch a programme to renovate the homes, many of which suffer from damp and "
        "mould. The 1996 sale by the John Major government has been criticised by the National "
        "Audit Office as poor value. Annington, owned by the private equity firm Terra Firma, "
        "had lost a High Court battle with the ministry earlier this year. Service families "
        "say repairs are slow and that some homes have gone without heating for weeks."
        " About 80% of the homes are expected to be refurbished within five years. Some will be"
        " sold and the money reinvested in new housing for troops.",
        "military",
    ),
    (
        "Germany builds a town for its brigade in Lithuania",
        "Construction has begun on barracks, family housing and a school for the German army "
        "brigade being stationed permanently in Lithuania, the first such deployment abroad "
        "since the Second World War. The Lithuanian government is paying for the base in "
        "Rudninkai, south of Vilnius, and the housing in Vilnius and Kaunas. About 4,800 "
        "soldiers and 200 civilian staff are expected by 2027, with many bringing families. "
        "Officials said rents in Vilnius had already risen as the first soldiers arrived. A new "
        "German international school will open next autumn. The brigade is part of Nato's "
        "plan to strengthen its eastern flank after Russia's invasion of Ukraine. Local "
        "builders said they were struggling to find enough workers for the project."
        " The Bundeswehr will also build an indoor training centre and a sports hall at the "
        "base. German soldiers' families have been offered language courses in Lithuanian, and"
        " the city is preparing more kindergarten places.",
        "military",
    ),
    (
        "US Army barracks mould crisis: soldiers moved out after inspection",
        "The US Army has moved more than 1,000 soldiers out of barracks at Fort Bragg after "
        "inspectors found mould, broken air conditioning and leaking pipes, officials said. "
        "The move followed photographs posted on social media by soldiers showing black mould on "
        "ceilings and walls. The Government Accountability Office said last year that poor "
        "conditions in military barracks threatened the health of service members and hurt "
        "morale and recruitment. The Army said it would spend $1bn a year on barracks "
        "improvements over the next decade. Some soldiers have been housed in hotels off base. "
        'A lawmaker on the House Armed Services Committee called the conditions "a betrayal" '
        "of the troops. Private contractors manage most military family housing under a "
        "programme that began in the 1990s."
        " The Army also said it would demolish some of the worst buildings and build new ones. "
        "Soldiers' spouses have formed advocacy groups to push for better maintenance.",
        "military",
    ),
    (
        "Paris Olympic village opens to first residents after the Games",
        "The first residents moved into flats in the former Olympic athletes' village in "
        "Saint-Denis on Monday, a year after 14,000 athletes and officials stayed there during "
        "the Paris Games. The village has been converted into about 2,800 homes, a quarter of "
        "them social housing, plus offices, shops and two schools. Organisers call it the "
        "Games' most important legacy for one of France's poorest suburbs. Some local groups "
        "say prices in the private flats, at about EUR5,500 per square metre, are out of "
        "reach for most residents of Seine-Saint-Denis. The athletes' dining hall, a former "
        "film studio, will become a sports and culture venue. French swimmer Leon Marchand, "
        "who won four golds, returned to open the first playground."
        " The Seine-side quarter will also host an international school and a hotel. Rents for "
        "social flats start at around EUR7 per square metre. The developers said most private "
        "flats had been sold before the Games, many to institutional investors.",
        "sport",
    ),
    (
        "Everton's stadium move frees Goodison for 'battle of the bulldozers' over housing",
        "Everton's move to their new stadium at Bramley-Moore Dock has opened the way for "
        "Goodison Park to be turned into homes, but residents and fans are fighting over what "
        "should replace the ground. The club's plan, backed by Liverpool City Council, includes "
        "about 170 homes, a health centre and a youth facility on the site. Some supporters want "
        "part of the old stand preserved as a memorial. Everton's women's team will play at "
        "Goodison for at least another season. \"We've had the battle to stay up, now it's the "
        'battle of the bulldozers," said a season-ticket holder who lives on Goodison Road. '
        "The new waterfront stadium, which cost about £760m, holds 52,888 spectators."
        " The council said the homes would include 50 for affordable rent. A planning decision "
        "is expected later this year. Local businesses near the old ground say match-day trade"
        " has already fallen by more than half. Fans have asked for a statue of Dixie Dean to "
        "remain on the site.",
        "sport",
    ),
]
