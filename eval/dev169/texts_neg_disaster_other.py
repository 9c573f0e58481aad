"""dev169 negatives (4 of 4): earthquakes, floods and a camp fire, shipwrecks and a road crash,
vaccination drives, the military without violence, and the ordinary news of diaspora life:
arrivals, festivals, a fact check, a success story and an asylum appeal (eval/README.md, section
1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Afghan community in west London raises £90,000 for Herat earthquake survivors",
        "Afghans in west London have raised more than £90,000 in less than a week for "
        "survivors of the earthquakes that flattened villages in western Afghanistan, "
        "organisers said. Volunteers at a community centre in Hounslow collected blankets, "
        "tents and warm clothes, and the money will be sent through two charities working in "
        "Herat province, where several powerful earthquakes struck on Saturday. The Taliban "
        "authorities said more than 2,000 people were killed, most of them in the district of "
        "Zindajan, where entire villages of mud-brick homes collapsed. Survivors are sleeping "
        "outside as night temperatures fall, and the UN said more than 1,300 homes were "
        'destroyed. "My father\'s village is gone. Only the mosque is standing," said Farid '
        "Ahmadzai, a pharmacist in Southall, who has been unable to reach an uncle. Some "
        "donors said they were worried about whether aid would reach people under Taliban "
        "rule, and organisers said they were working only with groups that had staff on the "
        "ground. Several restaurants in Hounslow gave a day's takings to the appeal. The "
        "Disasters Emergency Committee has not launched a joint appeal, but several of its "
        "members have opened their own.",
        "disaster",
    ),
    (
        "Sonnenallee's Syrian shops become collection points after the earthquake",
        "BERLIN – Along Sonnenallee in Neukölln, where many Syrian families have opened shops "
        "and restaurants since 2015, stores have turned into collection points for blankets, "
        "baby food and winter clothes since Monday's earthquake in southern Turkey and "
        "northern Syria. Volunteers stacked boxes to the ceiling in a bakery and a mobile "
        "phone shop, and trucks were due to leave for Turkey at the weekend. Many Syrians in "
        "Berlin come from Aleppo, Idlib and the border areas that were hit hardest, and "
        'several said they had lost relatives under the rubble in Jindires and Harem. "My '
        'aunt and her four children are dead. My cousin was pulled out after 30 hours," said '
        "Ahmad, who runs a sweet shop near Hermannplatz. Rescue teams in the opposition-held "
        "northwest of Syria say they lack heavy machinery, and only one border crossing with "
        "Turkey was open for aid in the first days. The death toll in both countries has "
        "passed 20,000. Germany's interior minister said it would be made easier for people "
        "from the quake zone with relatives in Germany to get visas. Syrian associations "
        "asked donors to send money rather than goods, which can be bought closer to the "
        "disaster zone.",
        "disaster",
    ),
    (
        "Leicester Somalis fundraise as floods swamp Beledweyne",
        "Somali families in Leicester have raised money and held prayers for the town of "
        "Beledweyne in central Somalia, where the Shabelle river burst its banks last week "
        "and flooded most of the town. Many of Leicester's Somali community, one of the "
        "largest in Britain, have roots in the Hiiraan region, and several said their "
        "parents' houses were under water. Somali authorities said dozens of people had died "
        "across the country in floods caused by unusually heavy rains, and that more than "
        "500,000 people had been forced from their homes, with much of Beledweyne evacuated "
        'to higher ground. "My mother is staying in a tent on the hill with her neighbours. '
        'She said the water came into the house in the night," said Nasra Hassan, a community '
        "worker in Highfields. The UN said the floods, linked to El Niño, were the worst in "
        "decades, and that roads across the south had been cut. Mosques in the city collected "
        "more than £30,000 after Friday prayers. Organisers said the money would go to boats, "
        "food and water purification tablets through a local charity in Beledweyne. The town "
        "floods almost every year, and residents say they have asked the government for years "
        "to build defences along the river.",
        "disaster",
    ),
    (
        "Kitchener's Rohingya families send help after fire sweeps through Cox's Bazar camp",
        "Rohingya families in Kitchener-Waterloo are collecting money for relatives in "
        "Bangladesh after a fire swept through a refugee camp in Cox's Bazar on Sunday, "
        "destroying about 2,000 shelters and leaving around 12,000 people without homes. The "
        "fire started in the afternoon in Camp 11 and spread quickly through the bamboo and "
        "tarpaulin shelters, fire officials in Bangladesh said. No deaths were reported, but "
        "schools, health centres and mosques also burned. Mohammed Noor, who came to "
        "Kitchener in 2012 after years in a camp in Bangladesh, said his sister and her "
        'children lost everything. "She took the children and ran. She had no time to take '
        'the rice or the papers," he told CBC News. Bangladeshi authorities have formed a '
        "committee to investigate the cause of the fire. The camps house about a million "
        "Rohingya who fled Myanmar, most of them after a military crackdown in 2017, and "
        "fires are common in the crowded settlements during the dry season. About 400 "
        "Rohingya live in Waterloo Region, and a local mosque has opened a fund for the "
        "families affected. The UN refugee agency said it was providing emergency shelter "
        "kits and food.",
        "disaster",
    ),
    (
        "Toronto Afghans mourn relatives among 79 killed in Herat bus crash",
        "Afghan families in Toronto are mourning relatives killed when a bus carrying people "
        "deported from Iran crashed and burst into flames in western Afghanistan on Tuesday, "
        "killing 79 people, including 19 children. The bus collided with a truck and a "
        "motorcycle on the highway from the Islam Qala border crossing towards Kabul, Afghan "
        "officials said, blaming speeding and the driver's negligence. Most of the passengers "
        "were Afghans who had been returned from Iran in the past few days as part of a mass "
        "expulsion that has sent more than a million people back across the border this year. "
        '"My cousin worked in Tehran for nine years. He was going home to Kabul with his wife '
        'and their baby," said Sahar Amiri, a social worker in North York. Several of the '
        "bodies were burned beyond recognition, and relatives in Herat were asked to give DNA "
        "samples. The UN has warned that Afghanistan cannot absorb the number of returnees "
        "arriving from Iran and Pakistan. A memorial prayer was held at a mosque in "
        "Thorncliffe Park on Thursday evening. Community groups in Toronto have raised money "
        "to help families pay for funerals and transport bodies to their home provinces.",
        "accident",
    ),
    (
        "Hamburg Afghans wait for names after shipwreck off Italy's coast",
        "Members of Hamburg's Afghan community say they are waiting anxiously for news of "
        "relatives who were on a wooden boat that broke apart off the coast of Calabria in "
        "southern Italy on Sunday, killing at least 62 people. The boat, which had left "
        "Turkey four days earlier carrying about 180 people, most of them from Afghanistan, "
        "Pakistan and Iran, hit rocks in rough seas just off the beach near Steccato di Cutro "
        "before dawn. Italian rescuers recovered dozens of bodies, among them at least 12 "
        "children, and about 80 people survived. Hamburg has one of the largest Afghan "
        "communities in Europe, and several families there had relatives aboard who were "
        'hoping to reach Germany. "My nephew called from Izmir on Wednesday. He said they '
        'would be in Italy in three days," said a shopkeeper in the St. Georg district, who '
        "asked not to be named. Relatives from across Europe have travelled to Crotone, where "
        "the coffins are laid out in a sports hall, to identify the dead. Italian prosecutors "
        "are investigating why coast guard boats were not sent out after the vessel was first "
        "spotted. The community has opened a fund to help families travel to Italy and "
        "repatriate bodies.",
        "accident",
    ),
    (
        "Rohingya in Kuala Lumpur search survivor lists after boat capsizes off Aceh",
        "Rohingya refugees in Kuala Lumpur have spent days checking lists of survivors after "
        "a wooden boat carrying about 150 Rohingya capsized off the coast of Aceh in "
        "Indonesia, leaving dozens of people missing at sea. Local fishermen and Indonesian "
        "rescuers saved 69 people who had spent a night clinging to the hull, according to "
        "the UN refugee agency, and several bodies were later recovered. The boat had left "
        "the camps of Cox's Bazar in Bangladesh about three weeks earlier and was trying to "
        "reach Malaysia or Indonesia, survivors said. Many of those on board were women and "
        'children joining husbands or fathers working in Malaysia. "My wife and my daughter '
        'were on that boat. I sent the money for the journey," said Nurul Amin, a '
        "construction worker in Selayang, who has not heard from them. Survivors said strong "
        "winds and high waves overturned the vessel. Rohingya community groups in Malaysia "
        "are sharing photographs of the missing in messaging groups and with UNHCR. Malaysia "
        "hosts more than 100,000 Rohingya, most of them without legal status. UNHCR has "
        "appealed to countries in the region to carry out search and rescue and to allow "
        "people in distress to disembark.",
        "accident",
    ),
    (
        "Somali health workers go door to door as measles cases rise in Minnesota",
        "Somali-speaking nurses and community health workers in Minneapolis are going door to "
        "door in Cedar-Riverside and holding pop-up clinics in mosques after a rise in "
        "measles cases among young children in the Twin Cities, health officials said. The "
        "Minnesota Department of Health has confirmed 24 cases since January, most of them in "
        "unvaccinated children under five, and nine children have been hospitalised. "
        "Vaccination rates for measles among Somali-Minnesotan two-year-olds fell sharply "
        "after 2008, when rumours linking the MMR vaccine to autism spread in the community, "
        'and remain below the state average. "Mothers trust the voice of another mother more '
        'than the voice of a doctor," said Fartun Yusuf, a nurse who hosts a weekly health '
        "segment on a Somali radio station. The health department said it had given more than "
        "1,000 doses of vaccine at community clinics since the outbreak began. Imams have "
        "spoken about vaccination in Friday sermons, and a Somali-language video featuring "
        "local doctors has been shared widely on WhatsApp. Health officials urged parents to "
        "check their children's records before summer travel to East Africa. Minnesota's "
        "largest measles outbreak in decades came in 2017, when 75 people fell ill.",
        "health",
    ),
    (
        "Measles cases pause Afghan evacuee flights as bases launch vaccination drive",
        "Afghan evacuees housed at military bases in Wisconsin, Virginia and New Mexico are "
        "being vaccinated against measles after cases were found among recent arrivals, and "
        "flights of evacuees into the United States have been paused for several days, "
        "officials said. The Department of Homeland Security said all evacuees would receive "
        "the measles, mumps and rubella vaccine as a condition of their humanitarian parole. "
        "At Fort McCoy in Wisconsin, where about 12,000 Afghans are living in barracks while "
        "their resettlement is processed, health workers have set up vaccination stations in "
        "the dining halls. Interpreters have been explaining the vaccine to families in Dari "
        "and Pashto, many of whom had rarely seen a doctor before leaving Afghanistan, "
        'according to volunteers. "Some mothers were afraid at first. When they saw the women '
        'doctors, they came," said a volunteer from the Afghan community in Madison. The '
        "bases have also offered COVID-19 vaccines, which are not mandatory. Resettlement "
        "agencies in Wisconsin and Minnesota said the pause would delay the arrival of "
        "families they were ready to receive. Officials expect flights to resume by the end "
        "of the month.",
        "health",
    ),
    (
        "Edmonton Ukrainian groups hand over fifth ambulance and a batch of drones for army units",
        "EDMONTON – A parish hall in north Edmonton was full on Sunday as Ukrainian community "
        "groups marked the handover of their fifth ambulance and a batch of reconnaissance "
        "drones bought for Ukrainian army units with money raised in Alberta over the past "
        "six months. The ambulance, a used Mercedes van fitted out in Poland, will be driven "
        "across the border to Lviv this week, organisers said, and from there to the medical "
        "unit of a mechanised brigade. The drones, commercial models adapted for "
        "reconnaissance, were bought through a volunteer foundation in Kyiv. Organisers said "
        "the campaign had raised about $240,000 through perogy dinners, a garage sale, a "
        'hockey tournament and online donations. "People here are tired, we know that. But '
        'the soldiers are more tired," said Lesia Stefanyk, who coordinates the fundraising. '
        "A video message from a medic in the brigade thanked the donors and showed the "
        "previous ambulance parked outside a field hospital. Some donors have asked whether "
        "the money should go to humanitarian projects instead, and the groups say they run "
        "separate campaigns for both. The next campaign will raise money for generators and "
        "night-vision equipment.",
        "military",
    ),
    (
        "Winnipeg reservists interpret as Canadian troops train Ukrainian recruits in England",
        "Two Ukrainian-Canadian reservists from Winnipeg are serving as interpreters for "
        "Canadian Armed Forces instructors who are training Ukrainian recruits at a base in "
        "southern England, the Department of National Defence said. The training, part of "
        "Operation UNIFIER, teaches basic infantry skills such as weapons handling, first "
        "aid, fieldcraft and the laws of armed conflict over five weeks, before the recruits "
        "return to Ukraine. Cpl. Andriy Hnatiuk, whose grandparents came to Manitoba from "
        "Galicia in the 1940s, grew up speaking Ukrainian at home and at a bilingual school "
        "in the city's North End. \"My grandmother would be surprised that I'm using her "
        'language in the army," he said in a phone interview. The recruits, many in their '
        "forties and fifties, include teachers, farmers and IT workers, instructors said. "
        "Canada has trained more than 40,000 Ukrainian military and security personnel since "
        "2015, according to the department. The Winnipeg reservists are expected to return "
        "home in the spring. Their regiment said several more soldiers from "
        "Ukrainian-Canadian families had volunteered for the next rotation.",
        "military",
    ),
    (
        "Minnesota National Guard reports record number of Somali-American recruits",
        "The Minnesota National Guard says a record 38 Somali Americans enlisted last year, "
        "the result of a recruiting push in East African neighbourhoods of the Twin Cities "
        "that includes Somali-speaking recruiters, halal meals at training and prayer rooms "
        "at Camp Ripley. Recruiters have set up tables at soccer tournaments, job fairs and "
        "the Somali Independence Day festival in Minneapolis, and work with mosques to answer "
        "parents' questions. \"Some mothers think the Guard means going to war tomorrow. We "
        'explain the college tuition, the training, the jobs," said a Somali-American '
        "sergeant who joined in 2010. The Guard offers full tuition at state universities, "
        "which recruiters say is the main reason many young people sign up. Several recruits "
        "said they were proud to serve in the state that took in their parents as refugees. "
        "The Guard was called out in Minnesota during floods and the COVID-19 pandemic, and "
        "some units have served in the Middle East and Kosovo. Community leaders said they "
        "welcomed the opportunities but wanted assurances that young Somali Americans would "
        "be treated fairly in the ranks. Nationwide, the Army National Guard missed its "
        "recruiting target for the third year running.",
        "military",
    ),
    (
        "Congolese family arrives in Auckland after 20 years in Tanzanian refugee camp",
        "A Congolese family of seven landed in Auckland on Tuesday morning to begin a new "
        "life in New Zealand, after two decades in a refugee camp in western Tanzania. The "
        "family, among 35 refugees resettled under New Zealand's annual quota this month, "
        "will spend their first weeks at the Māngere Refugee Resettlement Centre learning "
        "English and about life in the country before moving to a house in Palmerston North. "
        "The father, Bahati, fled eastern Congo as a teenager in 2003 and met his wife in "
        'Nyarugusu camp, where all five of their children were born. "My children have never '
        'seen a city. Today they saw the sea from the plane," he said through an interpreter. '
        "Volunteers from a local church have furnished the family's new home and stocked the "
        "fridge. New Zealand raised its refugee quota to 1,500 a year in 2020, and about a "
        "quarter of those resettled in recent years have come from the Democratic Republic of "
        "Congo. The children will start school after the Easter holidays. Members of "
        "Palmerston North's Congolese community, which now numbers about 300 people, were at "
        "the airport to welcome them with songs in Swahili.",
        "other",
    ),
    (
        "Tamil Fest draws record crowds to Markham Road despite the heat",
        "Hundreds of thousands of people made their way to Markham Road in Scarborough over "
        "the weekend for Tamil Fest, the street festival that organisers call the largest "
        "Tamil cultural event outside South Asia. A stretch of the road was closed to traffic "
        "for two days and lined with food stalls selling kothu roti, dosa and mango lassi, "
        "while dance troupes and bands performed on three stages. Organisers from the "
        "Canadian Tamil Congress said attendance was the highest since the festival began, "
        "despite temperatures above 30C. The festival included a career fair, a book stall "
        "and a children's area with parai drumming workshops. \"My daughter was born here. "
        'This is where she learns what it means to be Tamil," said Vasuki Rajan, a bank '
        "employee from Markham, as she waited in line for kothu. Local politicians from all "
        "three main parties walked through the crowds, and Toronto's mayor opened the event "
        "on Saturday afternoon. Police said there were no serious incidents. Organisers said "
        "next year's festival would include a film programme and an expanded stage for young "
        "musicians.",
        "other",
    ),
    (
        "Fact check: viral video of 'new attack' in Mogadishu is from 2017",
        "MOGADISHU (Radio Dalsan) – A video shared widely on TikTok and WhatsApp this week "
        "claiming to show a new bombing in Mogadishu's Hodan district is from October 2017 "
        "and does not show any recent incident, a Radio Dalsan check has found. The 40-second "
        "clip shows burning vehicles and people running through a cloud of smoke, with a "
        "caption in Somali saying a truck bomb had exploded near a hotel on Wednesday. By "
        "Thursday it had been viewed more than 600,000 times and shared in diaspora groups in "
        "Minneapolis, London and Nairobi, with some users asking relatives in the city "
        "whether they were safe. A reverse image search shows that the footage first appeared "
        "on the day of the Zobe junction truck bombing in October 2017, and the buildings "
        "visible in the clip have since been rebuilt. Mogadishu police said there had been no "
        'explosion in Hodan this week. "We received calls from mothers in Europe crying '
        'because they thought their children were dead," a Radio Dalsan producer said. Media '
        "researchers say old footage of attacks is often recycled to spread panic or to "
        "attract views. Radio Dalsan asks listeners to check reports with trusted outlets "
        "before sharing them.",
        "other",
    ),
    (
        "Sudanese-born midwife named Victoria's nurse and midwife of the year",
        "A midwife who came to Australia as a 15-year-old refugee from Sudan has been named "
        "Victoria's nurse and midwife of the year for setting up an antenatal clinic for "
        "African-born women at a hospital in Melbourne's west. Amna Osman arrived in "
        "Footscray in 2004 with her mother and four siblings after three years in Egypt, and "
        "could speak only a few words of English. She finished her nursing degree while "
        "working night shifts at a supermarket, and later trained as a midwife. The clinic "
        "she started in 2019 offers appointments with interpreters in Arabic, Dinka, Swahili "
        "and Somali, and sessions for husbands as well as wives. Hospital figures show the "
        "share of African-born mothers attending their first check-up before 12 weeks has "
        'almost doubled since it opened. "Many of these women had their first babies in camps '
        'or in villages with no doctor. They need to trust us first," Ms Osman said at the '
        "ceremony. She dedicated the award to her mother, who worked as a cleaner for 15 "
        "years so her children could study. The award was presented by the state's health "
        "minister on Thursday night. Ms Osman said she hoped to train more midwives from "
        "migrant communities.",
        "other",
    ),
    (
        "Eritrean man who fled indefinite military service wins asylum appeal in Dublin",
        "An Eritrean man who fled indefinite military service has won an appeal against the "
        "refusal of his asylum claim, after the International Protection Appeals Tribunal "
        "found he would face a real risk of persecution if returned to Eritrea. The man, now "
        "28, arrived in Ireland in 2022 after crossing Sudan, Libya and the Mediterranean, "
        "and had been living in direct provision accommodation in Co Kildare. The "
        "International Protection Office had refused his claim last year, finding parts of "
        "his account of his escape from a military camp not credible. The tribunal accepted "
        "his evidence that he had been conscripted at 17 and kept in service for five years "
        "without release, and noted country reports that deserters and draft evaders are "
        "routinely detained without trial. His solicitor said the decision was in line with "
        'the approach of courts and tribunals across Europe. "He has been waiting three years '
        'to know if he can stay. Today he can begin," she said. Eritreans have one of the '
        "highest recognition rates of any nationality in Ireland's asylum system. The man, "
        "who works in a warehouse, hopes to bring his younger sister, who is in a camp in "
        "Ethiopia, to Ireland under family reunification.",
        "other",
    ),
]
