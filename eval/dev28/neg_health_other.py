"""eval/dev28 negatives: health and other news. Whole articles; see labels.py for P and N."""

from labels import N

ARTICLES = [
    # ------------------------------------------------------------ health
    N(
        "Ebola outbreak in Uganda's Mubende: schools close early as cases rise",
        "KAMPALA - Uganda will close schools two weeks early to limit the spread of an "
        "Ebola outbreak that has killed 55 people, the education minister said on "
        "Tuesday. The outbreak, caused by the Sudan strain of the virus, for which there "
        "is no approved vaccine, was declared in September in the central district of "
        "Mubende. Cases have since been confirmed in the capital Kampala and in several "
        "other districts. The government has imposed a lockdown on Mubende and the "
        "neighbouring district of Kassanda, restricting travel in and out. Health workers "
        'are among the dead. "We are in a battle against a killer disease," the health '
        "minister said. The World Health Organization said trial vaccines would be sent "
        "to Uganda within weeks. Contact tracing has been difficult because some patients "
        "first went to traditional healers, officials said. Children have been among the "
        "recent cases in Kampala, which prompted the decision to close schools. Ebola "
        "spreads through contact with the bodily fluids of infected people and kills "
        "about half of those it infects on average. Uganda has dealt with several "
        "outbreaks in the past, and health experts have praised its response. The "
        "government has set up isolation centres in the affected districts. Traders in "
        "Mubende say the lockdown has hurt their business. The last outbreak of the Sudan "
        "strain in Uganda was in 2012. Mubende is a gold mining area, and health "
        "officials say the movement of miners and traders has helped spread the disease. "
        "Neighbouring countries have stepped up screening at border crossings. The "
        "government has urged people not to attend large gatherings in the affected "
        "districts, and burials are being carried out by trained teams.",
        "health",
    ),
    N(
        "Malawi begins world's first routine malaria vaccination",
        "LILONGWE - Malawi on Tuesday became the first country to give a malaria vaccine "
        "to children as part of routine immunisation, in a pilot programme that health "
        "officials called a milestone in the long war against one of Africa's deadliest "
        "diseases. A two-year-old girl received the first dose of the RTS,S vaccine at a "
        "health centre in Lilongwe, watched by the health minister and officials from the "
        "World Health Organization. Ghana and Kenya will start giving the vaccine in the "
        "coming weeks. The pilot aims to reach about 360,000 children a year in the three "
        "countries. The vaccine, developed over three decades, prevents about four in ten "
        "cases of malaria in clinical trials and requires four doses. Health officials "
        "say it will be used alongside bed nets, insecticides and treatment, not instead "
        'of them. "We have to attack malaria with every weapon we have," the health '
        "minister said. Malaria kills more than 400,000 people a year, most of them "
        "children under five in sub-Saharan Africa. In Malawi, it is one of the leading "
        "causes of death among young children. Mothers at the health centre said they had "
        "lost children or relatives to the disease. The WHO will evaluate the pilot "
        "before deciding whether to recommend wider use of the vaccine. Funding comes "
        "from global health donors. Malaria is caused by a parasite carried by "
        "mosquitoes, and children who survive repeated infections slowly build up partial "
        "immunity. Researchers say drug resistance is a growing problem in some regions, "
        "which makes new tools more important. The vaccine's developer has pledged to "
        "donate up to ten million doses for the pilot.",
        "health",
    ),
    N(
        "Zambia races to vaccinate as cholera outbreak fills stadium clinic",
        "LUSAKA - Zambia launched an emergency cholera vaccination campaign in the "
        "capital on Saturday, as the country struggled to contain its worst outbreak in "
        "years, which has killed more than 400 people since October. The government "
        "turned the national football stadium in Lusaka into a treatment centre with "
        "hundreds of beds, and delayed the reopening of schools after the holidays. "
        "Health workers went door to door in crowded neighbourhoods of the capital to "
        'give oral vaccine doses. "We are fighting this outbreak on every front," the '
        "president said as he visited the stadium. The army was deployed to help clean "
        "streets and markets and to distribute clean water. Cholera, a bacterial "
        "infection spread through contaminated food and water, can kill within hours if "
        "untreated. Health experts say poor sanitation in fast-growing informal "
        "settlements and heavy rains have fuelled the outbreak. The World Health "
        "Organization said vaccine stocks were running low worldwide because of outbreaks "
        "in many countries. Neighbouring Zimbabwe and Malawi have also reported cases. "
        "Street vendors have been ordered off the streets of Lusaka's central business "
        "district, angering traders. The health ministry said new cases had begun to fall "
        "in some areas. Volunteers are handing out chlorine for drinking water. The "
        "government has also ordered the closure of some markets and restricted public "
        "gatherings. Water utilities have set up tanks in the worst-affected "
        "neighbourhoods. The president said the country needed to invest in sanitation to "
        "prevent future outbreaks, and announced plans to build new water and sewer lines "
        "in Lusaka.",
        "health",
    ),
    # ------------------------------------------------------------ other
    N(
        "Syrian family's chocolate factory marks ten years in Nova Scotia",
        "ANTIGONISH, Nova Scotia - Ten years after they arrived in Canada with almost "
        "nothing, a family of Syrian refugees celebrated the tenth anniversary of their "
        "chocolate company this week, with a party for the town that took them in. The "
        "family ran a chocolate factory in Damascus for decades until it was destroyed in "
        "a bombing during the war, and they fled to Lebanon before being resettled in "
        "this small town in eastern Canada through a private sponsorship group. They "
        "started making chocolates in their kitchen, selling them at a farmers' market. "
        "Today the company employs more than 50 people, ships across Canada and has a "
        'factory and a shop on the town\'s main street. "Canada gave us a second life," '
        "said the eldest son, who now runs the business. The company has become known for "
        "its campaigns for peace and for hiring other refugees. The prime minister has "
        "mentioned the family in speeches as an example of successful resettlement. The "
        "family said they had no plans to return to Syria. The eldest son's own children "
        "were born in Nova Scotia and speak English with a local accent. Sales have grown "
        "by about a fifth each year, and the company is opening a new production line. "
        'Residents said the family had become part of the community. "They are just our '
        'neighbours now," said a woman who was part of the original sponsorship group. '
        "Canada resettled more than 40,000 Syrian refugees between late 2015 and early "
        "2017, many of them through private groups of citizens who raised money to "
        "support newcomers for their first year. Studies show that privately sponsored "
        "refugees tend to find work faster. The family has since sponsored relatives to "
        "join them in Canada.",
        "other",
    ),
    N(
        "Ten years after 2015, most Syrian arrivals in Germany are in work, study finds",
        "NUREMBERG - Nearly two-thirds of the Syrians who came to Germany as refugees in "
        "2015 and 2016 now have jobs, according to a study published on Tuesday by the "
        "research institute of the federal employment agency, a decade after then "
        'Chancellor Angela Merkel said "We can do this" as hundreds of thousands of '
        "people arrived. The study found that men were far more likely to be employed "
        "than women, and that many worked in jobs below their qualifications, often in "
        "logistics, health care and hospitality. More than 5,000 Syrian doctors now work "
        "in German hospitals. The authors said language courses and faster recognition of "
        'qualifications had made the biggest difference. "Integration takes time, but it '
        'works," said the lead author. The arrival of more than a million people in 2015 '
        "and 2016, most of them fleeing the war in Syria, changed German politics and "
        "gave rise to a new far-right party. Many of those who arrived have become German "
        "citizens. Debate has turned to whether Syrians should return after the fall of "
        "the Assad government last year; surveys suggest most plan to stay. Employers' "
        "associations said they needed more workers and welcomed the findings. The study "
        "surveyed thousands of refugees every year since their arrival. A separate report "
        "found that children of refugees were doing better in school than expected. The "
        "institute said employment rates for refugees were now close to those of other "
        "immigrants who had been in the country for a similar time. Women with young "
        "children were the least likely to be working, often because of a lack of "
        "childcare places. In Hamburg, a Syrian pharmacist who arrived in 2015 after "
        "crossing the Aegean in a rubber boat now runs two pharmacies and employs eleven "
        "people. She said it took her four years to have her qualifications recognised, "
        'during which she worked in a warehouse and studied German at night. "The '
        'bureaucracy was harder than the journey," she said, laughing. Her children are '
        "at university. Business leaders in Germany, where an ageing population has left "
        "hundreds of thousands of jobs unfilled, have urged the government to speed up "
        "the recognition of foreign degrees and to make it easier for refugees to start "
        "work while their asylum applications are processed. The government said it would "
        "publish a plan to simplify the process in the autumn.",
        "other",
    ),
    N(
        "Sri Lanka elects leftist president in peaceful vote",
        "COLOMBO - Sri Lanka's election commission declared Anura Kumara Dissanayake the "
        "winner of the presidential election on Sunday, after the first second count of "
        "preferences in the country's history, making the Marxist-leaning politician the "
        "leader of a nation still recovering from an economic collapse. He won about 42% "
        "of the first-preference vote. Election monitors said the vote on Saturday had "
        "been the most peaceful in the country's history, with no major incidents "
        "reported. Dissanayake, 55, campaigned on promises to fight corruption and ease "
        "the burden of austerity measures agreed with the International Monetary Fund. "
        "His party, which led two failed armed uprisings in the 1970s and 1980s, has "
        "since become part of mainstream politics. Sri Lanka's economy collapsed in 2022, "
        "when the country ran out of foreign currency and defaulted on its debts, leading "
        'to mass protests that forced the then president to flee. "This victory belongs '
        'to all of us," Dissanayake wrote on social media. He will be sworn in on Monday. '
        "Tamil parties in the north, where a civil war ended in 2009, had backed other "
        "candidates. Analysts said the new president would have to balance his promises "
        "with the demands of creditors. The rupee was steady on Monday. The outgoing "
        "president congratulated him and wished him well. The new president has promised "
        "to renegotiate parts of the IMF programme, but said he would not tear up "
        "agreements with creditors. Investors had worried that his election could lead to "
        "a change in economic policy. He is expected to dissolve parliament and call "
        "early elections.",
        "other",
    ),
    N(
        "Former boat refugee takes logistics start-up public on Nasdaq",
        "NEW YORK - Shares of a California logistics software company rose 38% in their "
        "first day of trading on the Nasdaq on Thursday, giving it a market value of more "
        "than $9 billion and making its founder, who arrived in the United States as a "
        "refugee from Vietnam, one of the country's richest immigrants. The founder, now "
        "49, left Vietnam with his parents on a fishing boat in 1979, four years after "
        "the end of the war, and spent eight months in a refugee camp in Malaysia before "
        "the family was resettled in San Jose. His father worked as a janitor and his "
        'mother in an electronics factory. "They gave up everything so I could stand '
        'here," he said as he rang the opening bell. He studied computer science at '
        "Stanford and worked at several technology companies before founding the company "
        "in 2012. Its software helps retailers track shipments and manage warehouses. The "
        "company raised $700 million in the offering, one of the largest technology "
        "listings of the year. It is not yet profitable, but revenue grew 60% last year. "
        "Analysts said the listing showed strong demand for supply-chain technology after "
        "the disruptions of the pandemic. The founder has donated to programmes that help "
        "refugee students. He said he hoped to visit Vietnam with his children next year. "
        "Hundreds of thousands of Vietnamese left the country by sea in the years after "
        "1975, many of them in crowded fishing boats, and many were resettled in the "
        "United States, Canada, Australia and France. California has the largest "
        "Vietnamese-American community. The founder will keep control of the company "
        "through a special class of shares.",
        "other",
    ),
    N(
        "Hero rat that sniffed out landmines retires after five years",
        "PHNOM PENH - A giant African pouched rat that detected more than 100 landmines "
        "and other explosives in Cambodia has retired after five years of work, the "
        "charity that trained him said on Saturday. The rat, called Magawa, was born in "
        "Tanzania and trained by the Belgian charity APOPO to detect the chemical "
        "compounds in explosives. He cleared more than 225,000 square metres of land, the "
        "equivalent of 42 football pitches, allowing communities to farm and build "
        "safely. Rats are light enough not to set off mines, and can search an area the "
        "size of a tennis court in 30 minutes, a task that would take a person with a "
        "metal detector days. Magawa received a gold medal for bravery last year from a "
        'British veterinary charity, the first rat to win it. "He is slowing down, and it '
        'is time for him to rest," said his handler. Cambodia has millions of mines and '
        "unexploded shells left from decades of conflict that ended in the late 1990s. A "
        "new group of rats has arrived from Tanzania to continue the work. APOPO also "
        "trains rats to detect tuberculosis in laboratories. Magawa will spend his "
        "retirement in the charity's centre in Siem Reap, eating bananas and peanuts, his "
        "handler said. The charity said the rats were well cared for and worked only in "
        "the mornings. APOPO has also used rats in Angola, Mozambique and Zimbabwe, and "
        "Mozambique was declared free of known landmines in 2015. The charity says its "
        "rats take about a year to train and are rewarded with food when they find "
        "explosives. Human deminers then remove the mines that the rats have found.",
        "other",
    ),
]
