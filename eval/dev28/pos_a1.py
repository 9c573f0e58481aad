"""eval/dev28 positives: Africa, first half. Whole articles; see labels.py for P and N."""

from labels import P

ARTICLES = [
    P(
        "Nigerians queue for hours as delayed presidential vote gets under way",
        "LAGOS, Feb 23 (Wire) - Millions of Nigerians voted on Saturday in a presidential "
        "election postponed by a week at the last minute, with long queues forming "
        "outside polling units from dawn and many voters complaining that officials and "
        "materials arrived hours late. The Independent National Electoral Commission said "
        "voting would be extended in places where it began late, and that results would "
        "start to come in from Sunday. In Lagos, the commercial capital, residents of "
        "Surulere and Yaba waited under a hot sun, some holding umbrellas and voter "
        'cards, while street traders sold water and fried plantain along the lines. "I '
        'came at six and I will stay until I vote," said Adaeze Okafor, a 31-year-old '
        'pharmacist. "We cannot complain about this country and then stay at home." Card '
        "readers failed in several wards, and electoral officers switched to manual "
        "accreditation, observers from a civil society coalition said. In Kano, the "
        "largest city in the north, voting was slow but orderly, and women in long lines "
        "outside polling units said they had come early to avoid the heat. Observers from "
        "the European Union said they would publish a preliminary statement on Monday. "
        "Transport was restricted across the country for the day, and markets and shops "
        "were closed. In Rivers state, the day turned deadly. Armed men in two buses "
        "opened fire on voters queueing at a polling unit in Abonnema in the early "
        "afternoon, killing at least three people and wounding several others, a police "
        "spokesman in Port Harcourt said. Witnesses said the gunmen then seized ballot "
        "boxes and set voting materials on fire before driving off. Soldiers were later "
        "deployed to the area. Elsewhere in the state, electoral officials said they had "
        "suspended voting in two local government areas after thugs disrupted the "
        "process. The main contenders, the incumbent president and a former "
        "vice-president, both cast their ballots in their home states in the north and "
        "urged supporters to accept the outcome. The election commission blamed last "
        "week's postponement, announced five hours before polls were due to open, on "
        "problems with the delivery of ballot papers and result sheets, and on fires at "
        "three of its offices. Both main parties accused each other of trying to rig the "
        "vote, and the commission chairman said the delay had been necessary to ensure a "
        "credible election. Businesses said the postponement had cost the economy "
        "billions of naira, as many people had travelled to their home states to vote. "
        "Nigeria, Africa's most populous country, has about 84 million registered voters. "
        "Turnout in 2015 was just over 40%, and analysts had warned that the late "
        "postponement could keep people away.",
        "V",
        "election_violence",
    ),
    P(
        "UN appeals for $2.7 billion for Sudan as shells fall on El Fasher market",
        "GENEVA/NAIROBI - The United Nations on Monday appealed for $2.7 billion to help "
        "14.7 million people in Sudan this year, warning that funding for the world's "
        "largest displacement crisis had fallen far short of needs. The appeal, launched "
        "at a donor briefing in Geneva, covers food, water, health care and shelter for "
        "people who have fled their homes since war broke out between the army and the "
        'paramilitary Rapid Support Forces. "The scale of need is staggering, and the '
        "world's attention is elsewhere,\" the UN's humanitarian coordinator for Sudan "
        "told reporters. She said only a fraction of last year's appeal had been funded "
        "and that aid agencies had been forced to cut rations in several camps. Officials "
        "also set out how the money would be spent. More than a third would go to food "
        "assistance and cash transfers, with the rest split between health care, water "
        "and sanitation, shelter and the protection of women and children, who make up "
        "most of the displaced. Aid officials said the cost of moving supplies had risen "
        "sharply because of fuel shortages and long detours, and that banking problems "
        'made it hard to pay local staff and suppliers. "Every dollar now buys less than '
        'it did a year ago," said the head of one of the large UN agencies, who urged '
        "donors to give flexible funding that could be moved to wherever needs were "
        "greatest. The appeal came as fresh fighting was reported in North Darfur. "
        "Artillery shells fired by the RSF landed in the main livestock market of El "
        "Fasher on Sunday morning, when it was crowded with traders and families buying "
        "food, killing at least 15 people, according to medics at the city's Saudi "
        "hospital, one of the last still working. Residents said the shelling continued "
        "into the evening, and that hundreds of families had left the eastern "
        "neighbourhoods for Zamzam camp, south of the city. The RSF, which has encircled "
        "El Fasher for months, did not respond to requests for comment. Aid workers said "
        "trucks carrying food and medicine had been unable to reach the city for weeks "
        "because of the fighting on the roads. The UN's World Food Programme has warned "
        "that famine conditions have been confirmed in Zamzam and could spread. Donors "
        "including the European Union and Britain announced new pledges, though diplomats "
        "said the total fell short of the appeal. The conflict has displaced more than 11 "
        "million people inside Sudan and across its borders. Several countries in the "
        "region, including Chad, South Sudan and Egypt, have received hundreds of "
        "thousands of refugees and are asking for help to host them. The UN said a "
        "separate regional appeal for refugees would be launched later in the week. Aid "
        "agencies said they also needed guarantees from both warring parties that trucks "
        "could cross front lines safely, and access through border crossings that remain "
        "closed.",
        "E V D H",
        "shelling",
    ),
    P(
        "Gold miner cuts output guidance after attack on contractors' convoy",
        "TORONTO - A Canadian gold producer cut its full-year output forecast on Thursday "
        "and said it had suspended operations at its mine in northern Burkina Faso, two "
        "days after a convoy carrying its contractors was attacked on the road to the "
        "site. The company, whose shares fell 11% in Toronto trading, now expects to "
        "produce between 380,000 and 410,000 ounces this year, down from an earlier "
        "estimate of up to 470,000 ounces. In a statement, the chief executive said the "
        "safety of employees was the company's first priority. The convoy of five buses "
        "and a military escort was travelling from the town of Fada N'Gourma towards the "
        "mine on Tuesday morning when the lead vehicle struck an explosive device, the "
        "company said. Gunmen then opened fire on the buses. Burkina Faso's government "
        "said at least 37 people, most of them local employees of a contractor, were "
        'killed and 60 wounded, and blamed "armed terrorist groups". Two soldiers were '
        "among the dead. A security source in Ouagadougou said the attack bore the "
        "hallmarks of fighters linked to al-Qaeda who operate in the area. The mine had "
        "already moved staff by helicopter for part of last year after earlier threats. "
        "Analysts said the attack could push other miners to review their plans in the "
        "country, which has become one of Africa's fastest-growing gold producers over "
        'the past decade. "The security premium on West African assets just went up," '
        "said one mining analyst in London. Gold accounts for more than 70% of Burkina "
        "Faso's export earnings. Bullion prices were little changed on Thursday, trading "
        "near $1,500 an ounce. The company said it would give an update on the mine at "
        "its quarterly results next month. Burkina Faso has been battling an insurgency "
        "that spread from neighbouring Mali in 2015, and more than a million people have "
        "been forced from their homes, according to the United Nations. Several mining "
        "companies have cut staff at remote sites and moved to air transport. The company "
        "said it had offered support to the families of the victims and would review its "
        "security arrangements with the government.",
        "E V T",
        "ambush",
    ),
    P(
        "Drought appeal: 'We have lost everything, now the road is closed too'",
        "BAIDOA, Somalia - Halima Abdi walked for nine days with her five children to "
        "reach the outskirts of this town in south-central Somalia, after the last of her "
        "family's goats died in the third failed rainy season in a row. She now lives in "
        "a shelter of sticks and plastic sheeting among thousands of others on the edge "
        'of Baidoa, where aid agencies say new arrivals are registering every day. "We '
        'have lost everything," she said. "Now we wait for food." Aid agencies launched a '
        "joint appeal this week for funds to stave off famine in Somalia, where the UN "
        "says more than six million people face acute hunger after consecutive droughts. "
        "At a nutrition centre run by a charity on the edge of town, mothers wait on "
        "benches with children whose arms are measured with coloured tapes to check for "
        "malnutrition. Nurses said the number of children admitted with severe acute "
        "malnutrition had tripled since the start of the year, and that several had died "
        'soon after arriving because they were too weak. "They come too late, because the '
        'journey is so long," said a nurse. The centre has added beds in a tent in its '
        "yard. Cholera cases are rising in the sites around Baidoa, health workers said. "
        "But the drought is not the only threat. On Tuesday, al-Shabaab fighters stopped "
        "a convoy of four trucks carrying food aid on the road from Mogadishu, set two of "
        "them on fire and shot dead one of the drivers, local officials and an aid worker "
        "said. The al-Qaeda-linked militants, who control long stretches of rural roads "
        "in the region, have imposed a blockade on several government-held towns and do "
        'not allow aid into areas they control. "Every convoy is a risk now," said an '
        "official of a Somali aid group, who asked not to be named. The UN said it was "
        "flying some supplies into Baidoa instead, at several times the cost of road "
        'transport. In the sites, families said rations had been cut. "They gave us rice '
        'for two weeks and it is finished," said Abdullahi Hassan, a former farmer. The '
        "government has declared a national drought emergency and called on the diaspora "
        "to send help. Officials in Baidoa say the number of people in the sites around "
        "the town has more than doubled since the start of the year. Most arrive from "
        "villages in the Bay and Bakool regions. Aid agencies said they were short of "
        "water trucks and that several wells had dried up. The World Health Organization "
        "has sent cholera kits to the town's hospital. In 2011, a famine in Somalia "
        "killed more than 250,000 people, half of them children, and aid officials say "
        "they are determined not to see a repeat.",
        "V T H",
        "attack_on_aid",
    ),
    P(
        "Telecoms bidders weigh Ethiopia's second mobile licence",
        "ADDIS ABABA - International telecoms groups have until the end of the month to "
        "submit bids for a second mobile licence in Ethiopia, one of the last large "
        "markets in Africa still closed to foreign operators, the country's regulator "
        "said on Wednesday. The licence is part of a broader opening of the "
        "state-dominated economy, and analysts say the market of more than 110 million "
        "people could attract several billion dollars of investment over the next decade. "
        "A consortium including Kenya's Safaricom has already been awarded one licence. "
        "Bidders say questions remain about foreign-exchange rules and the ability to "
        "repatriate profits. The renewed fighting in the northern region of Tigray has "
        "added to their concerns. Health workers in Tigray said on Wednesday that an air "
        "strike hit a busy market in the village of Togoga, west of the regional capital "
        "Mekelle, on Tuesday, killing dozens of people. A doctor at Ayder Referral "
        "Hospital in Mekelle said ambulances carrying the wounded had been blocked by "
        "soldiers on the road, and that many of the injured were women and children who "
        "had been shopping. A military spokesman said the strike had targeted fighters of "
        "the Tigray People's Liberation Front and denied that civilians were hit. Phone "
        "lines in much of Tigray have been cut for months, making it difficult to verify "
        "accounts. The United States and the European Union called for an investigation. "
        "Ethiopia's finance ministry said the licence process would go ahead as planned. "
        '"Investors are looking at a 20-year horizon," said one adviser to a bidding '
        'company. "But nobody can ignore what is happening in the north." The regulator '
        "is expected to announce the winner in the third quarter. The war in Tigray began "
        "in November, when the federal government sent troops into the region after "
        "accusing the TPLF of attacking army bases. The UN says hundreds of thousands of "
        "people in the region face famine conditions, and aid agencies have accused all "
        "sides of blocking access. The government says it is working with aid groups and "
        "that the region will soon be stable.",
        "E V",
        "airstrike",
    ),
    P(
        "Coltan traders brace for shortages as rebels take Rubaya mines",
        "GOMA, Democratic Republic of Congo - Prices for coltan, the ore used in mobile "
        "phones and laptops, have jumped at trading houses in eastern Congo this week "
        "after rebels seized the mining town of Rubaya, one of the largest sources of the "
        "mineral in the world, traders said. The town in North Kivu province produces an "
        "estimated 15% of the world's tantalum, which is extracted from coltan. Exporters "
        "in Goma said deliveries had stopped since Tuesday. Fighters of the M23 rebel "
        "group entered Rubaya on Tuesday after two days of heavy fighting with the "
        "Congolese army and allied militias known as Wazalendo, residents and a local "
        "official said. The official, who asked not to be named, said soldiers had pulled "
        "back towards the south and that dozens of combatants had been killed on both "
        "sides. Thousands of miners and their families fled on foot towards Sake and "
        "Goma, carrying mattresses and cooking pots, and some camped in churches along "
        'the road. "We heard the bombs all night," said a 24-year-old digger who reached '
        'Goma on Wednesday. The M23 said in a statement that it had "liberated" the town '
        "and would ensure that mining continued. Congo accuses neighbouring Rwanda of "
        "backing the rebels, which Kigali denies. UN experts have said that the rebel "
        "group collects taxes on the minerals it controls. Industry groups said buyers "
        "would look to alternative supplies from Rwanda, Brazil and Australia. The "
        "tantalum price in Europe, which had been stable for months, rose 6% on Thursday. "
        "Most coltan from the area is mined by hand in pits dug into the hillsides, and "
        "the trade employs tens of thousands of people. Coltan from eastern Congo has "
        "long been linked to armed groups, and international rules require companies to "
        "check that the minerals they buy do not finance conflict. Industry groups said "
        "the capture of Rubaya would make those checks harder. Several traders in Goma "
        "said they had stopped buying altogether until the situation became clearer.",
        "B D",
        "battle",
    ),
    P(
        "TotalEnergies halts LNG work after insurgents storm Palma",
        "MAPUTO - French energy group TotalEnergies has withdrawn all staff from its "
        "liquefied natural gas project in northern Mozambique and declared force majeure, "
        "the company said on Monday, days after Islamist insurgents attacked the nearby "
        "town of Palma. The $20 billion project, on the Afungi peninsula in Cabo Delgado "
        "province, is one of the largest private investments in Africa. Its suspension is "
        "a blow to Mozambique's hopes of becoming a major gas exporter. Fighters of the "
        "insurgent group, which has pledged allegiance to Islamic State, stormed Palma "
        "from three directions on Wednesday afternoon, firing on residents, banks and a "
        "food warehouse, according to security contractors and witnesses. Dozens of "
        "people were killed, including foreign workers caught in an ambush as they tried "
        "to leave a hotel in a convoy, the government said. Bodies were left in the "
        "streets, some of them beheaded, a witness said. Government troops fought the "
        "insurgents for several days before the army said it had regained control of the "
        "town. Thousands of people fled by boat to Pemba, the provincial capital, and on "
        "foot into the bush, the UN refugee agency said. Aid workers in Pemba described "
        'boats arriving packed with exhausted women and children. "People are in shock," '
        "said one. Islamic State claimed the attack through its Amaq news agency. "
        "Mozambique's president said the attack would not derail the country's plans and "
        "that foreign help might be requested. The insurgency has killed more than 2,500 "
        "people since 2017 and displaced more than 700,000, according to monitoring "
        "groups. TotalEnergies said work would resume when security allowed, without "
        "giving a date. South Africa and Portugal have offered military training, and "
        "neighbouring countries are discussing a regional force. The gas discoveries off "
        "the coast of Cabo Delgado, made about a decade ago, are among the largest in "
        "Africa. Residents of the province have long complained that they see few "
        "benefits from the projects.",
        "B V T D",
        "town_attack",
    ),
    P(
        "Stallions fly out for Cup of Nations amid grief at home",
        "OUAGADOUGOU - Burkina Faso's national football team left for the Africa Cup of "
        "Nations in Cameroon on Sunday after a week of training in the capital, carrying "
        "the hopes of a country that has not reached the tournament's final since 2013. "
        "Coach Kamou Malo named a 28-man squad led by captain Bertrand Traore, who plays "
        "in the English Premier League, and the team will face the hosts in the opening "
        'match. "We want to give people a reason to smile," Traore told reporters at the '
        "airport. The mood in the country was sombre, however. The departure came days "
        "after suspected jihadists attacked a gendarmerie detachment at Inata in the "
        "northern Soum province before dawn, killing 49 military police officers and four "
        "civilians, according to the government. Survivors said the unit had run out of "
        "food and had been asking for supplies for two weeks before the attack. Dozens of "
        "assailants on motorbikes overran the post after hours of fighting. The "
        "government declared two days of national mourning. Protesters in several towns "
        "have since called on the president to resign over his handling of the "
        "insurgency, and the army has launched air strikes on what it said were the "
        "attackers' bases. The players wore black armbands at their final training "
        "session, and the team's federation said it would dedicate its campaign to the "
        "dead. Burkina Faso reached the semi-finals at the last tournament in 2017. Malo "
        'said his players were aware of what was happening at home. "They are Burkinabe, '
        'they feel it," he said. "We will play for the soldiers and their families." The '
        "tournament runs until early February. The federation had considered asking for "
        "the team's departure to be delayed, officials said, but decided that the players "
        "should travel as planned. About a hundred supporters gathered at the airport to "
        "see the team off, waving flags and singing. Several players have relatives in "
        "the north of the country, and one defender said his family had moved to the "
        "capital last year. The team's opening match against the hosts will be played in "
        "Yaounde on Sunday.",
        "B T",
        "attack_on_base",
    ),
]
