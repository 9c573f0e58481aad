"""eval/dev28 positives: Africa, second half. Whole articles; see labels.py for P and N."""

from labels import P

ARTICLES = [
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
