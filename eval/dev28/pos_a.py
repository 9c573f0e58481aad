"""eval/dev28 positives, part A: Africa. Whole articles; see labels.py for P and N."""

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
    P(
        "Back to school in Bamenda: fear keeps classrooms half empty",
        "BAMENDA, Cameroon - The school year began on Monday in the English-speaking "
        "regions of Cameroon, but in this city of several hundred thousand people many "
        "classrooms stayed half empty, as parents weighed their children's education "
        "against the risk of sending them out. Teachers in several secondary schools said "
        'fewer than half of their pupils had turned up. "We have to keep teaching, but we '
        'are afraid," said a head teacher in the Mankon district. Separatist groups '
        "fighting for an independent state they call Ambazonia have for years ordered "
        "schools to close, saying French-language education is being imposed on the "
        "region. On Monday morning, their threat was carried out. Armed men entered a "
        "Presbyterian secondary school in the Nkwen neighbourhood before classes began "
        "and took away 79 pupils, the principal and a driver, the regional governor said. "
        "A video circulated on social media later showed several of the boys saying they "
        'had been taken by "Amba boys" and would be released only when the school closed. '
        "Soldiers were sent to search the hills around the city, the army said. "
        "Separatist leaders abroad denied their fighters were responsible. Parents "
        'gathered outside the school gate throughout the day. "My son is 14," one mother '
        'said. "He only wanted to sit his exams." The conflict in Cameroon\'s Northwest '
        "and Southwest regions has killed more than 2,000 people since 2017, according to "
        "rights groups, and forced hundreds of thousands from their homes. The education "
        "ministry said it would deploy more security around schools and urged parents not "
        "to give in to fear. Schools in rural parts of the two regions have been closed "
        "for much of the past two years, and aid agencies estimate that hundreds of "
        "thousands of children have lost years of education. Some families have sent "
        "their children to relatives in the French-speaking cities of Douala and Yaounde. "
        "The government has rejected calls for dialogue with the separatists, though "
        "church leaders have offered to mediate.",
        "V",
        "abduction",
    ),
    P(
        "Peacekeepers begin leaving Mali's north as convoy is hit by bomb",
        "BAMAKO - The UN peacekeeping mission in Mali handed over its camp in Tessalit to "
        "the Malian army on Sunday, the first of several bases in the north it is due to "
        "vacate before the end of the year after the military government ordered it out "
        "of the country. The mission, known as MINUSMA, has been in Mali since 2013 and "
        "at its height counted more than 13,000 soldiers and police. The handover was "
        'brought forward by several days, officials said. "We are leaving in conditions '
        'that are far from ideal," a UN spokesperson in Bamako said. The withdrawal '
        "turned dangerous on the road south. A convoy of peacekeepers that left Tessalit "
        "for Gao struck an improvised explosive device on Monday, wounding four Chadian "
        "blue helmets, the mission said, and a second vehicle was hit by another device "
        "later the same day. The mission said the convoy had also come under fire. "
        "Fighting has meanwhile resumed between the army and the Permanent Strategic "
        "Framework, an alliance of mostly Tuareg armed groups that signed a peace deal in "
        "2015, around the town of Ber, which the army entered last week after the "
        "peacekeepers left. Both sides reported casualties and the rebels said they had "
        "shot down an army drone. Residents of Ber said hundreds of families had fled to "
        "Timbuktu. Mali's government says its forces, supported by Russian allies, will "
        "secure the country on their own. Analysts said the handover of the remaining "
        "camps in Kidal, Aguelhok and Tessalit would test that claim. The mission has "
        "lost more than 300 peacekeepers in attacks since it was created, making it the "
        "deadliest current UN mission. The UN Security Council ended the mission's "
        "mandate in June at the request of Mali's government, and all peacekeepers are "
        "due to leave by December 31. More than 1,000 vehicles and thousands of "
        "containers of equipment must be moved by road over long distances. UN officials "
        "have said that some equipment may have to be destroyed or left behind.",
        "E B D",
        "ied",
    ),
    P(
        "Sanctions bite in Niamey as soldiers die in Tillaberi ambush",
        "NIAMEY - Bread prices in Niger's capital have risen by more than a third since "
        "West African neighbours closed their borders and froze the country's assets "
        "after last month's coup, traders said, and power cuts now last for most of the "
        "day. Nigeria, which supplied most of Niger's electricity, cut off supply under "
        'the sanctions. "We are selling at a loss," said a rice wholesaler in the Katako '
        "market, where trucks have been stuck at the Benin border for weeks. The ruling "
        "military council says the sanctions are illegal and inhumane, and has rallied "
        "supporters at the stadium in Niamey. On Tuesday, the army said 17 soldiers had "
        "been killed and 20 wounded in an ambush near Koutougou in the Tillaberi region, "
        "close to the border with Burkina Faso and Mali, where jihadist groups linked to "
        "al-Qaeda and Islamic State are active. A detachment was attacked on its way to "
        "the town of Boni, the defence ministry said in a statement read on state "
        'television, and more than 100 assailants on motorbikes were "neutralised" as '
        'they fled, a claim that could not be verified. The ministry blamed "terrorist '
        'groups" for the ambush. It was the deadliest attack on the army since the '
        "officers seized power, citing worsening security as one of their reasons. "
        "Analysts said the militants were taking advantage of the political crisis. The "
        "regional bloc, ECOWAS, has threatened military intervention if the ousted "
        "president is not restored, though diplomats say talks continue. The United "
        "States and France have suspended most aid. The junta has named a civilian prime "
        "minister, a former finance minister, and said it will set out a transition "
        "timetable of no more than three years. Aid agencies warned that the border "
        "closures were also stopping food and medicine from reaching the country, and "
        "called for humanitarian exemptions. Niger is one of the world's poorest "
        "countries, and more than four million people needed food aid even before the "
        "coup. Hospitals in the capital say stocks of some medicines have run low. The "
        "junta has said it will not bow to pressure.",
        "B T",
        "ambush",
    ),
    P(
        "Kenya's finance bill passes, then protesters breach parliament",
        "NAIROBI - Kenyan lawmakers voted on Tuesday to pass a finance bill that raises "
        "taxes on bread, mobile money transfers and imported goods, a measure the "
        "government says is needed to cut a heavy debt burden and meet targets agreed "
        "with the International Monetary Fund. The bill passed by 195 votes to 106 after "
        "a heated debate, and will be sent to the president to be signed into law. The "
        "treasury says the new measures will raise about $2.7 billion. Within minutes of "
        "the vote, the protests that had filled Nairobi's streets for a week turned "
        "violent. Thousands of mostly young demonstrators pushed past police lines and "
        "stormed the parliament complex, setting part of the building on fire, as "
        "lawmakers were evacuated through an underground tunnel. Police fired tear gas, "
        "water cannon and then live rounds. At least five people were shot dead outside "
        "parliament, a coalition of rights groups said, and dozens were wounded. Part of "
        "City Hall was also set alight. Protests and clashes were reported in Mombasa, "
        "Kisumu, Nakuru and Eldoret. The president, in a televised address, called the "
        'storming of parliament "treasonous" and said the army would be deployed to '
        'support the police. "We will not allow criminals to hold the country hostage," '
        "he said. The demonstrations, organised largely on social media, have no formal "
        "leaders. Organisers said they would continue until the bill was withdrawn. The "
        "Kenya Medical Association said its volunteers had treated more than 200 people. "
        "Economists said the unrest could make it harder for the government to return to "
        "international debt markets. The protests began after the bill was published last "
        "month and have been led by young Kenyans angry about the cost of living and "
        "about what they see as extravagance by politicians. The government had already "
        "dropped some of the most unpopular measures, including a tax on bread, but "
        "protesters said the changes were not enough. Business owners in central Nairobi "
        "boarded up their shops.",
        "U",
        "riot",
    ),
    P(
        "Flights suspended at Tripoli's only working airport",
        "TRIPOLI - Libyan airlines suspended all flights from Mitiga, the only "
        "functioning airport in the capital, on Sunday night, leaving hundreds of "
        "passengers stranded and pilgrims bound for Saudi Arabia unsure when they would "
        "travel. Airport staff said flights would be diverted to Misrata, more than 200 "
        "km to the east. Travel agents said they had received no information about how "
        "long the closure would last. The suspension followed an attack on the airport. "
        "Several rockets landed near the runway and a parked aircraft was damaged, the "
        "airport's management said, though no one was hurt. The internationally "
        "recognised government in Tripoli blamed forces loyal to the eastern commander "
        "Khalifa Haftar, whose Libyan National Army has been trying to take the capital "
        "in an offensive launched in April. The LNA said it had targeted a Turkish drone "
        "stored at the airport. Fighting on the southern edges of the city has continued "
        "for months, and the UN says more than 100,000 people have been forced to leave "
        "their homes in the suburbs of Ain Zara, Salah al-Din and Qasr bin Ghashir. Many "
        "are staying with relatives or in schools in the city centre. Air travel has been "
        "disrupted repeatedly since the offensive began. Mitiga, a former military air "
        "base, was turned into a civilian airport after Tripoli International was wrecked "
        "in fighting in 2014. The UN envoy to Libya has called for a truce and an "
        "international conference, but neither side has shown willingness to stop. "
        "Libya's oil production, meanwhile, has held at about 1.2 million barrels per "
        "day, the national oil company said. Libya has been divided since the fall of "
        "Muammar Gaddafi in 2011, with rival governments in the east and the west. The "
        "Tripoli government is backed by Turkey, while Haftar has support from the United "
        "Arab Emirates, Egypt and Russia. Travel agents said passengers with connecting "
        "flights to Istanbul and Tunis would be rebooked from Misrata, but many said they "
        "could not afford the extra journey.",
        "E D",
        "rocket_attack",
    ),
    P(
        "Fertiliser shortage worries Zamfara farmers ahead of planting",
        "GUSAU, Nigeria - Farmers in Zamfara state say the price of fertiliser has "
        "doubled since last planting season, and many fear they will not be able to "
        "afford enough to plant their sorghum and millet when the rains begin. A 50-kg "
        "bag of urea now sells for more than 12,000 naira in the Gusau market, traders "
        "said. The state government has promised subsidised supplies, but farmers said "
        "few had reached the villages. Insecurity has made matters worse: many farmers no "
        "longer go to fields far from their homes for fear of armed gangs, locally known "
        "as bandits. On Friday, those fears were realised in the town of Jangebe. Gunmen "
        "arrived on motorcycles shortly after midnight and broke into a government girls' "
        "secondary school, taking 279 students, police said. A teacher said the attackers "
        "fired into the air and forced the girls into the forest on foot. Police and "
        "soldiers were sent to pursue them. Parents gathered at the school on Friday "
        'morning, some of them in tears. "We have nothing left to give," said one father, '
        "whose two daughters were taken. The abduction was the latest in a series of mass "
        "kidnappings from schools in north-western Nigeria. The girls were freed four "
        "days later, the state governor said, though he did not say how. The governor, "
        "who has pursued talks with gang leaders, denied paying a ransom. Aid agencies "
        "say violence by the gangs has driven tens of thousands of people from their "
        "villages in the region over the past two years, and that the loss of farm labour "
        "is feeding a rise in food prices across the north. Agricultural officials say "
        "the north-west produces a large share of Nigeria's grain, and that a poor "
        "harvest would push food prices higher across the country. The central bank has "
        "restricted access to foreign currency for importers of some goods, including "
        "fertiliser inputs, which traders say has added to the shortage. The federal "
        "government has promised to distribute fertiliser through its agricultural "
        "programmes before the rains.",
        "V",
        "abduction",
    ),
    P(
        "Bread queues return to Khartoum as flour runs short",
        "KHARTOUM - Long queues for bread returned to Khartoum this week as bakeries ran "
        "short of subsidised flour, a reminder of the shortages that first sent Sudanese "
        "into the streets in December. The price of a loaf on the open market has risen "
        "to five pounds, and many bakeries closed before noon. The ruling Transitional "
        "Military Council has promised to fix the supply problems, and Gulf allies have "
        "deposited funds in the central bank. On Monday, the council's forces moved "
        "against the sit-in outside the army headquarters, where thousands of protesters "
        "had camped since April to demand civilian rule. Before dawn, armed men in the "
        "uniforms of the paramilitary Rapid Support Forces surrounded the camp and opened "
        "fire, witnesses said, then set tents on fire and beat people with sticks and "
        "whips. Doctors linked to the protest movement said at least 35 people were "
        "killed and hundreds wounded, and that gunmen had entered hospitals near the "
        "site. Protesters built barricades of stones and burning tyres in several "
        "districts in response, and shots were heard across the city into the evening. "
        'The military council said it had acted against "criminals" in an area near the '
        "camp and denied that it had broken up the sit-in. The protest movement called "
        "for a general strike and civil disobedience, and suspended all contact with the "
        "generals. The United States and Britain condemned the violence. Internet service "
        "was cut across much of the country. The African Union later suspended Sudan's "
        "membership until a civilian-led authority is established. The sit-in began on "
        "April 6, and five days later the army removed the long-time president Omar "
        "al-Bashir, who had ruled for three decades. The military council and the protest "
        "leaders had been negotiating over the make-up of a transitional authority, but "
        "the talks stalled over who would lead it. Bakeries said the flour shortages were "
        "caused by a lack of foreign currency to pay for wheat imports.",
        "U V",
        "crackdown",
    ),
    P(
        "CAR votes under threat as rebels attack Bangassou",
        "BANGUI - Central African Republic's president was declared the winner of the "
        "December election on Monday, with 53% of the vote, according to provisional "
        "results from the electoral authority. Turnout was 76% among those able to vote, "
        "but many people in rebel-held areas could not reach polling stations, and "
        "opposition candidates have called for the results to be annulled. On Sunday, "
        "rebels of the Coalition of Patriots for Change attacked the south-eastern town "
        "of Bangassou, fighting government troops and UN peacekeepers for several hours "
        "before taking control of most of the town, the UN mission said. Residents said "
        "the rebels came from several directions at dawn. Several bodies were seen in the "
        "streets, and at least 1,000 people crossed the Mbomou river into the Democratic "
        "Republic of Congo, the UN refugee agency said. Peacekeepers said they still held "
        "their base in the town. The coalition, formed by armed groups opposed to the "
        "president's re-election, launched an offensive before the vote and has "
        "threatened to march on the capital. Russia and Rwanda have sent troops and "
        "military instructors to support the government. The UN mission has about 12,000 "
        "peacekeepers in the country. The country's constitutional court must confirm the "
        "results within weeks. Observers from the African Union said the vote had been "
        "conducted in a calm manner in the capital, but that insecurity had prevented "
        "voting in many areas. The country has been unstable since a rebel takeover in "
        "2013. The former president, whose candidacy was rejected by the constitutional "
        "court, is accused by the government of leading the rebel coalition, which he "
        "denies. The UN Security Council has extended an arms embargo on the country. The "
        "country is rich in diamonds, gold and timber, but most of its people live in "
        "poverty, and armed groups control much of its territory. Legislative elections "
        "are due to be completed in February.",
        "B D",
        "battle",
    ),
    P(
        "Uganda's settlements stretch to breaking point as South Sudanese pour across",
        "ADJUMANI, Uganda - At the Elegu border crossing, buses arrive from the reception "
        "point every hour, packed with women and children who have walked for days "
        "through the bush from South Sudan. The UN refugee agency said on Friday that "
        "more than 52,000 people had crossed into northern Uganda since fighting broke "
        "out in Juba this month, more than 8,000 of them in a single day. The new "
        "arrivals describe gunfire in the capital and attacks on the roads south. "
        '"Soldiers came to our village and shot people," said Mary Akol, 32, who arrived '
        "with six children. Heavy fighting between government troops and forces loyal to "
        "the former vice president in Juba killed hundreds of people and has spread to "
        "the Equatoria region, aid workers said. Transit centres in Adjumani, built for a "
        "few thousand people, are holding several times that number. Aid workers said "
        "they were distributing high-energy biscuits and water, and that cases of "
        "malnutrition among the children were rising. Uganda gives refugees a plot of "
        "land to farm, a policy praised by the UN, but officials say the scale of the "
        "arrivals is testing it. The World Food Programme said it needed more funding to "
        "keep full rations going. Uganda already hosts more than half a million refugees "
        "from South Sudan. Officials in Adjumani said they were opening a new settlement "
        "on land donated by local communities. The UN Security Council has discussed "
        "sending more peacekeepers to Juba, and regional leaders are meeting in Kigali. "
        "South Sudan became independent in 2011 and fell into civil war two years later. "
        "A peace deal signed last year brought the former vice president back to Juba as "
        "first vice president, but the deal has now collapsed. Aid agencies say many of "
        "the new arrivals are children who have been separated from their parents, and "
        "that counsellors are trying to trace their families.",
        "D H B",
        "displacement",
    ),
]
