"""eval/dev86 negatives: trauma care and rehabilitation (health), reconstruction and war economies
(economy), returns and a conflict index (other).

(title, text, kind code); none reports a current violent event.
"""

NEGATIVES = [
    (
        "Ukraine trains family doctors to treat the mental toll of the war",
        "KYIV (Reuters) - Ukraine is training thousands of family doctors and nurses "
        "to recognise and treat depression, anxiety and post-traumatic stress, the "
        "health ministry and the World Health Organization said on Wednesday, as "
        "demand for mental health care grows across the country. The WHO estimates "
        "that nearly 10 million Ukrainians are at risk of a mental health condition "
        "after more than three years of full-scale war, including soldiers returning "
        "from the front, families of the missing, and people who lived under "
        "occupation. Until recently, psychiatric care in Ukraine was concentrated in "
        "large hospitals, and many people avoided it because of stigma. Under the "
        "new programme, more than 100,000 patients have been seen in primary care "
        "since 2022. First Lady Olena Zelenska, who leads a national mental health "
        'initiative, said the country needed "to normalise asking for help". '
        "Officials said the main shortage was of psychologists in frontline regions, "
        "where many specialists have left. The programme is funded in part by the "
        "European Union.",
        "health",
    ),
    (
        "Kabul's orthopaedic centre still fitting limbs for victims of a war that has ended",
        "KABUL (AFP) - The orthopaedic centre run by the International Committee of "
        "the Red Cross in Kabul fitted more than 9,000 artificial limbs and braces "
        "last year, it said on Monday, many for people wounded by landmines and "
        "explosive remnants during four decades of war. The fighting largely stopped "
        "when the Taliban took power in August 2021, but the centre's director said "
        "demand had not fallen, as many patients could now travel to Kabul for the "
        "first time, and as children continue to find old mortar rounds and grenades "
        "in fields. Half of its staff are former patients, a policy started in the "
        "1990s by its founder, an Italian physiotherapist. Women are treated by "
        "female staff, which the Taliban authorities have so far allowed. The ICRC "
        "runs seven such centres in Afghanistan, which together serve about 200,000 "
        "registered patients. Funding cuts by donors have forced it to reduce some "
        "services, it said.",
        "health",
    ),
    (
        "Mosul's children still carry the scars of Islamic State rule, doctors say",
        "MOSUL, Iraq (Reuters) - Five years after Iraqi forces retook Mosul from "
        "Islamic State, a third of children in the city's old quarter show symptoms "
        "of post-traumatic stress, according to a study by a local university and "
        "Save the Children published on Sunday. Researchers interviewed 1,100 "
        "children and their parents in neighbourhoods that saw the heaviest fighting "
        "in 2017, and found high rates of nightmares, bed-wetting and aggression, as "
        "well as learning difficulties linked to years of missed school under the "
        "jihadists. Iraq has fewer than 200 psychiatrists for a population of more "
        "than 40 million, and there is only one child psychologist in Nineveh "
        "province, the study said. The battle for Mosul lasted nine months and "
        "killed thousands of civilians; air strikes and artillery destroyed much of "
        "the old city. Reconstruction has since restored some landmarks, but many "
        "families still live in damaged homes. Save the Children called on the "
        "government to include mental health in school programmes.",
        "health",
    ),
    (
        "Sierra Leone's war amputees grow old waiting for promised support",
        "FREETOWN (AFP) - More than two decades after Sierra Leone's civil war "
        "ended, the men and women whose hands and arms were cut off by rebels are "
        "growing old in poverty, and many say the state has forgotten its promises "
        "of free health care and pensions. An association of amputees and "
        "war-wounded says about 2,000 of its members are still alive, most of them "
        "in their fifties or older. Many have developed arthritis and back problems "
        "from years of using their remaining limbs for heavy work, and prosthetics "
        "fitted in the early 2000s have long since broken. The Revolutionary United "
        "Front mutilated thousands of civilians during the 1991-2002 war to "
        "terrorise the population. A reparations programme recommended by the truth "
        "commission paid small grants, but funding ran out. The health ministry said "
        "it was working on a plan with donors to provide free treatment at "
        'government hospitals. "We were the face of the war," said Mohamed, 56, who '
        'lost both hands in 1999. "Now nobody looks at us."',
        "health",
    ),
    (
        "Cost of rebuilding Ukraine rises to $524 billion, World Bank says",
        "KYIV (Reuters) - The cost of Ukraine's reconstruction and recovery over the "
        "next decade has risen to $524 billion, about 2.8 times the country's "
        "economic output last year, according to an assessment published on Tuesday "
        "by the World Bank, the European Union, the United Nations and the Ukrainian "
        "government. Housing, transport and energy account for the largest shares, "
        "the report said, with about 13% of the housing stock damaged or destroyed "
        "since February 2022. Damage to the energy sector has risen by about 70% in "
        "the past year, as power plants and substations were hit repeatedly by "
        "missile and drone strikes. The war, now in its fourth year, has also shrunk "
        "the population and the labour force, making it harder to rebuild, the "
        "report said. Ukraine's economy minister said the government wanted private "
        "investors to cover a large part of the bill, through insurance and "
        "guarantees against war risk. The estimate does not include the cost of "
        "demining, which is assessed separately. A conference on Ukraine's recovery "
        "is due to be held in Rome in July.",
        "economy",
    ),
    (
        "Analysis: Gold keeps Sudan's war going as exports shift to new routes",
        "CAIRO (Reuters) - Sudan produced more gold last year than before the war, "
        "according to government figures, and the metal has become the main source "
        "of hard currency for both the army and the paramilitary Rapid Support "
        "Forces, analysts and traders say. The army-aligned government in Port Sudan "
        "reported official exports of about 64 tonnes, most of it to the United Arab "
        "Emirates, while a large share of output from artisanal mines in Darfur and "
        "Kordofan is smuggled through Chad, South Sudan and the Central African "
        "Republic. Researchers at one monitoring group estimate that the RSF earns "
        "hundreds of millions of dollars a year from gold, which pays for fuel, "
        'vehicles and weapons. "Whoever controls the mines can keep fighting," said '
        "a Sudanese economist. The war, which began in April 2023, has killed tens "
        "of thousands of people and destroyed much of the country's formal economy, "
        "including banks and factories in Khartoum. Efforts to trace Sudanese gold "
        "in Dubai's refineries have had little effect, traders say. The UAE has "
        "denied supplying weapons to either side. Gold has fuelled Sudan's conflicts "
        "before. In the 2010s, the RSF's commander, Mohamed Hamdan Dagalo, built his "
        "fortune on the Jebel Amer mines in North Darfur, which his forces took over "
        "from a rival militia, and the family companies that grew out of them were "
        "sanctioned by Washington in 2023. The army, for its part, controls the "
        "state refinery and most of the licensed industrial mines in the east and "
        "north. Economists say the dependence cuts both ways. The Sudanese pound has "
        "lost most of its value since the war began, and the central bank relies on "
        "gold exports to pay for wheat and fuel imports. A peace deal, one trader "
        "said, would have to decide who owns the mines.",
        "economy",
    ),
    (
        "Qatari and Turkish firms sign deals for Syrian power plants after sanctions are lifted",
        "DAMASCUS (Reuters) - Qatari and Turkish companies signed agreements worth "
        "$7 billion on Thursday to build four gas-fired power plants and a solar "
        "farm in Syria, the largest investment in the country since the United "
        "States lifted most sanctions in May. Syria's electricity network can "
        "currently supply only a few hours of power a day in most cities, after 14 "
        "years of war destroyed generating stations and transmission lines. The new "
        "plants are expected to double the country's output within three years. "
        "President Ahmed al-Sharaa, who led the rebel offensive that toppled Bashar "
        "al-Assad in December, attended the signing at the presidential palace. The "
        "World Bank estimates the cost of rebuilding Syria at more than $250 "
        "billion. Investors say the main risks are the weakness of the banking "
        "system and uncertainty over security, after outbreaks of sectarian violence "
        "in the coastal region and the south this year. Syrian officials said "
        "further deals in ports and airports would follow.",
        "economy",
    ),
    (
        "World Bank puts Lebanon's war damage and losses at $14 billion",
        "BEIRUT (Reuters) - The war between Israel and Hezbollah caused $6.8 billion "
        "in physical damage in Lebanon and $7.2 billion in economic losses, the "
        "World Bank said on Friday, and recovery and reconstruction will need about "
        "$11 billion. Housing accounted for most of the damage, with nearly 100,000 "
        "homes partly or fully destroyed by air strikes and ground fighting, mostly "
        "in the south, the Bekaa valley and Beirut's southern suburbs. The "
        "assessment covered the period from October 2023 to December 2024, when a "
        "ceasefire took effect after two months of full-scale conflict. Lebanon's "
        "economy shrank by about 7% last year, the bank said, after it had shown "
        "signs of recovering from the financial crash of 2019. The new government "
        "has said it wants to set up a fund for reconstruction, but donors, "
        "including Gulf states, have tied their help to reforms and to the "
        "disarmament of Hezbollah. The bank said it would contribute $250 million as "
        "a first step.",
        "economy",
    ),
    (
        "One in eight people worldwide exposed to conflict, ACLED index finds",
        "Roughly one in eight people in the world lived in areas affected by "
        "conflict over the past year, the Armed Conflict Location and Event Data "
        "project estimated on Thursday in its annual Conflict Index, which ranks 50 "
        "countries by the deadliness, danger to civilians, geographic spread and "
        "fragmentation of violence. The monitoring group said it had recorded about "
        "200,000 incidents of political violence in the 12 months to November, a "
        "rise of about a quarter since 2020. Palestine, Myanmar, Syria and Mexico "
        'were ranked in the "extreme" category, followed by Nigeria, Brazil, '
        "Lebanon, Sudan, Cameroon and Colombia. ACLED's analysts said the number of "
        "armed groups had grown faster than the number of conflicts, making "
        "ceasefires harder to negotiate. The index draws on local news, partner "
        "organisations and reports from the field in more than 200 countries and "
        "territories. It is published each December and is widely used by "
        "governments and aid agencies to plan their work. Critics say that counting "
        "events and deaths from news reports can under-record violence in places "
        "where journalists cannot work.",
        "other",
    ),
    (
        "From a Berlin food truck to Damascus: a Syrian chef comes home",
        "DAMASCUS - When Majd al-Halabi fled Syria in 2015, he crossed the Aegean in "
        "an inflatable boat and walked much of the Balkan route to Germany, where he "
        "spent his first year in a sports hall turned shelter in Berlin. Ten years "
        "later he has opened a restaurant in the Old City of Damascus, serving the "
        'Aleppo dishes that made his Berlin food truck a local favourite. "In '
        'Germany I cooked Syria for Germans," he said. "Now I want to cook a little '
        'of Berlin for Syrians." Since the fall of Bashar al-Assad in December, more '
        "than 300,000 refugees have returned from abroad, according to the UN "
        "refugee agency, though many more are waiting to see whether the economy "
        "recovers. Halabi kept his German passport and says he will divide his time "
        "between the two cities. His restaurant employs 14 people, half of them "
        "women, and its menu includes a Syrian take on currywurst. Business has been "
        "slow, he admits, because of power cuts and a shortage of customers with "
        "money to spend. But the tables were full on a recent Friday.",
        "other",
    ),
    (
        "Azerbaijan resettles families in rebuilt towns of Karabakh",
        "FUZULI, Azerbaijan (Reuters) - Azerbaijan has resettled about 40,000 people "
        "in towns and villages in and around Karabakh that their families fled in "
        "the early 1990s, the government said this week, as part of a programme it "
        'calls the "Great Return". In Fuzuli, a town that lay in ruins for nearly '
        "three decades, new apartment blocks, a hospital and a school have been "
        "built, and an airport receives flights from Baku. Many of those moving in "
        "were children when their families left, or were born in temporary housing "
        'elsewhere in Azerbaijan. "My father described this street to me a hundred '
        'times," said a 34-year-old teacher. Azerbaijan regained the territory in a '
        "war in 2020 and last year's offensive, after which almost all of the "
        "region's more than 100,000 ethnic Armenians left for Armenia. Landmines "
        "remain a major obstacle to returns, and the government says hundreds of "
        "people have been killed or injured by them since 2020. Officials say they "
        "aim to resettle 140,000 people by 2026.",
        "other",
    ),
]
