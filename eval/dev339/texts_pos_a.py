"""dev339 positives (part A): fashion, luxury and design stories that report current armed
conflict or political violence. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Kyiv label counts its losses after missile strike shatters Podil studio",
        "The Kyiv womenswear label Dvir spent Tuesday sweeping glass from its studio in the Podil district after a Russian missile attack overnight blew out the windows of the building and the two beside it. City officials said nine people were killed across the capital and more than 40 wounded in the attack, one of the heaviest on Kyiv this summer. None of the brand's 23 staff was hurt, the company said, because the night shift had gone down to a shelter when the sirens began shortly after 3am. Two industrial sewing machines and a rack of samples for the spring collection were ruined by debris and by water from the firefighters' hoses. “We lost about a month of work in a few seconds, but we have our people, and that is what matters,” co-founder Olena Hrytsenko told reporters outside. A bakery and a print shop on the same street were also damaged. The label, known for reworked denim and hand-smocked shirts, said it would move cutting and sewing to a partner workshop in Lviv and still planned to show in Paris in September. Kyiv's military administration said air defences had downed most of the missiles and drones launched at the city.",
        "E",
        "missile_strike",
    ),
    (
        "Kharkiv knitwear factory hit for the second time in a month",
        "A knitwear factory on the eastern edge of Kharkiv that supplies several Scandinavian high-street chains was struck by a guided aerial bomb on Saturday afternoon, regional governor Oleh Syniehubov said. Two workers were killed and 11 injured, four of them seriously, when the bomb hit a warehouse next to the main production hall. It was the second time since early May that the plant had been hit; an earlier strike destroyed its loading bay but caused no casualties. The factory employed about 300 people before 2022 and had kept roughly half of them on, many of them women whose husbands are at the front. Its director said orders from European buyers had held up despite the risk, but that insurers now refused to cover the site at any price. A Danish retailer that buys sweaters from the plant said it was “deeply shocked” and would keep its orders in place. Russian forces have intensified glide-bomb attacks on Kharkiv this spring, hitting a printing house, a DIY store and several apartment blocks. Rescuers worked through the night to clear the rubble, and the plant's managers said production would stop for at least two weeks. Several of the injured were seamstresses who had been unloading a delivery of yarn when the bomb fell.",
        "E",
        "airstrike",
    ),
    (
        "Ukrainian Fashion Week opens in a Kyiv shelter after night of drone attacks",
        "The autumn edition of Ukrainian Fashion Week opened on Wednesday in a converted underground car park, hours after a wave of Russian drones struck the capital and left two districts without power. Ukraine's air force said 84 drones had been launched overnight, most of them shot down, but debris set fire to a residential building in the Solomianskyi district, where one woman was killed and five people were hurt. Organisers cut the first day's schedule from nine shows to six so that guests could get home before the curfew. Designers showed by the light of portable generators, and at least one presentation was interrupted when the air-raid alert sounded again and the audience was asked to stay below ground. “People came anyway, with their thermoses and their power banks,” said the event's founder, Iryna Danylevska. Several labels have moved production to western regions since the full-scale invasion, but most still keep design studios in Kyiv. The week runs until Sunday, with a menswear day and a showcase for graduates of the Kyiv National University of Technologies and Design.",
        "E",
        "drone_strike",
    ),
    (
        "Khartoum tailors flee as fighting reaches the souk where they cut the city's tobes",
        "Tailors and fabric traders who for decades dressed Khartoum's brides in hand-embroidered tobes have abandoned the Souk Omdurman after heavy fighting between the army and the Rapid Support Forces spread into the market district this week. Traders reached by phone said shells had landed on the covered arcades on Monday and that armed men in RSF uniforms had forced open shops and carried away rolls of Swiss voile and Indian chiffon. “Thirty years of my life was in that shop,” said Awadiya Hassan, who said she walked with her three grandchildren for two days to reach a relative's house in Wad Madani. The United Nations says more than 700,000 people have fled Khartoum state since the war began in mid-April. Many of the market's women embroiderers worked from home in Omdurman's older quarters, where residents describe snipers on rooftops and bodies left in the streets. Sudanese designers in the diaspora have begun collecting money online to help the craftswomen buy sewing machines and start again wherever they end up. Phone lines in much of the city are down, and some traders said they had no news of colleagues who stayed behind to guard their shops.",
        "B V D",
        "fighting",
    ),
    (
        "Gaza designer who dressed brides in tatreez killed with family in strike on Nuseirat home",
        "Rawan Abu Shamala, a designer whose embroidered tatreez dresses had been sold to customers across the Gulf and Europe, was killed with her husband and two children when an Israeli air strike hit their home in the Nuseirat refugee camp on Thursday, relatives said. The Hamas-run health ministry in Gaza said at least 17 people were killed in strikes across central Gaza that day. The Israeli military said it had targeted a militant operating in the area and was reviewing the report. Abu Shamala, 34, had trained dozens of women in traditional cross-stitch through a small cooperative she ran from a rented room near the camp's market. After October she had kept posting pictures of half-finished embroidery from a shelter, telling followers that stitching kept her hands from shaking. A gallery in Amman that sold her pieces said it would hold a memorial evening and send the proceeds to the women she had taught. Her sister, who survived with injuries, said the family had moved three times since the start of the war.",
        "E",
        "airstrike",
    ),
    (
        "Yangon garment zone burns as troops open fire on protesters in Hlaing Tharyar",
        "Security forces in Myanmar opened fire on protesters in Yangon's Hlaing Tharyar industrial zone on Sunday, killing at least 37 people, according to the Assistance Association for Political Prisoners, as several Chinese-owned garment factories were set on fire. The junta imposed martial law on the township that evening. Witnesses said soldiers used rifles and grenades against crowds who had built barricades of sandbags and tyres, and that wounded people were carried away on motorbikes. It was not clear who started the factory fires; China's embassy said 32 Chinese-invested factories had been looted and damaged and called on the authorities to protect them. Hlaing Tharyar is home to hundreds of garment plants that make clothes for European and Japanese brands, and many of their young women workers had joined strikes against the February coup. A union organiser said workers were hiding in their dormitories and were afraid to go out to buy food. At least two European retailers said they had paused new orders from Myanmar while they assessed the situation. Residents said soldiers were still firing sporadically in the township after dark, and that some wounded people could not reach hospitals because of roadblocks.",
        "U V",
        "crackdown",
    ),
    (
        "Dhaka's garment belt shuts as deadly clashes and curfew grip Bangladesh",
        "Bangladesh's garment factories in Ashulia, Gazipur and Narayanganj stayed closed for a fourth day on Tuesday as a nationwide curfew remained in force after clashes between student protesters, police and ruling party activists that have killed well over 150 people. The army has been deployed in the capital with orders to fire on curfew violators, and mobile internet remains largely cut off. Factory owners' association BGMEA said exporters were missing shipment deadlines for brands in Europe and the US and that losses ran into hundreds of millions of dollars. Protesters set fire to the state broadcaster's building and several police posts last week, while police used rubber bullets, sound grenades and live ammunition. A worker at a knitwear plant in Ashulia said two young men from her neighbourhood had been shot near the highway. “We are afraid to go out, and we are afraid of losing our wages,” she said. Buyers including H&M and Inditex said they were in contact with suppliers and monitoring the safety of workers.",
        "U",
        "crackdown",
    ),
    (
        "Paris luxury boutiques boarded up after nights of rioting reach the city centre",
        "Luxury houses on the Rue de Rivoli and around Les Halles boarded up their windows on Saturday after a fourth night of rioting that followed the police killing of a teenager in Nanterre. The interior ministry said 1,311 people were arrested across France overnight and that 79 police officers and gendarmes had been injured. In central Paris, groups of youths smashed the window of a sportswear store and looted a shop selling designer trainers, while a Nike outlet at Châtelet was stripped of stock, according to police. Several brands cut short menswear fashion week events and moved after-parties indoors, and one Japanese label cancelled its Saturday show entirely. Retailers' federation Procos said more than 200 shops had been looted nationwide. Shuttles for show guests were rerouted away from the Place de la Concorde, where riot police fired tear gas at crowds late on Friday. “We are asking our teams to leave before nightfall,” said a manager at a jeweller near the Place Vendôme. Police deployed 45,000 officers across the country for a second night running, backed by armoured vehicles.",
        "U",
        "riot",
    ),
    (
        "Rodeo Drive and SoHo boutiques looted as curfews fail to stop unrest",
        "Luxury stores in New York's SoHo and on Beverly Hills' Rodeo Drive were looted overnight as protests over the killing of George Floyd turned violent in several American cities. In Manhattan, police said more than 700 people were arrested and that looters broke into stores on Broadway and Fifth Avenue, some of them carrying bags of handbags and shoes to waiting cars. Officers used batons and pepper spray to clear crowds in Union Square. In Los Angeles, the National Guard was deployed to the Fairfax district after shops and a bank were set alight, and several Melrose Avenue boutiques had their windows smashed. A manager of a streetwear shop in SoHo said she watched on her phone as people climbed through the plywood she had nailed up that afternoon. Luxury groups including LVMH and Kering said staff were safe and stores would remain closed until further notice. Many owners said they supported the protests' aims but did not know how they would restock after months of pandemic closures.",
        "U",
        "riot",
    ),
    (
        "Beirut couturier's atelier in ruins after Israeli strike on Dahiyeh building",
        "The Beirut couturier Nadim Haddad said on Sunday that his embroidery atelier in the southern suburb of Haret Hreik had been destroyed when an Israeli air strike flattened the building next door overnight. The Israeli military said it had struck a Hezbollah weapons depot and had warned residents to leave before the attack. Lebanon's health ministry said strikes on the southern suburbs and the south of the country had killed 31 people over 24 hours. Haddad said his 14 embroiderers, most of whom live in the area, had already fled to relatives in Mount Lebanon and the north after evacuation warnings earlier in the week. Bridal gowns worth months of handwork, some due to be delivered to clients in Dubai and Riyadh, were buried under the rubble. “I have been through the war, the crisis, the port explosion, and now this,” Haddad said. He said he would try to rent space in Achrafieh, but that landlords there were asking for a year's rent in cash because so many displaced families were looking for flats.",
        "E D",
        "airstrike",
    ),
    (
        "Israeli designer among those killed at Nova festival as fashion world mourns",
        "Noa Ben-David, a 26-year-old designer who had launched a small swimwear label in Tel Aviv last year, was among the people killed when Hamas gunmen attacked the Nova music festival near Kibbutz Re'im on Saturday, her family said. Israeli officials say at least 260 bodies have been recovered from the festival site, and that dozens of people were taken into Gaza as hostages. Ben-David had gone to the festival with four friends; two of them are still missing. Her mother said she had sent a last voice message from a ditch beside the road, saying she could hear gunfire all around. Models and stylists who had worked with her posted pictures of her at her first pop-up in Jaffa in the spring. The Israel Fashion Association said it was postponing all events planned for the coming weeks. Israel has declared war and launched heavy air strikes on Gaza, where the health ministry says hundreds of people have been killed.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Tel Aviv fashion week postponed as Iranian missiles send guests to shelters",
        "Organisers of Tel Aviv Fashion Week postponed the event on Wednesday, a day before it was due to open, after Iran fired around 180 ballistic missiles at Israel on Tuesday night. Israel's military said most were intercepted, but some struck near air bases in the south and centre of the country, and a man was killed in the West Bank city of Jericho by falling debris. Several models and a team of Italian buyers spent the night in hotel shelters, one of the organisers said. Sirens sounded across Tel Aviv shortly after 7.30pm, and a restaurant in the city where a brand was holding a pre-show dinner was evacuated to its basement. Fragments of an intercepted missile fell near a school in Hod Hasharon. The event, which had planned 22 shows across three days at a former railway station, will now take place at a date to be announced. The Israeli government has vowed to respond to the attack, and the Home Front Command has banned gatherings of more than 1,000 people in the centre.",
        "E",
        "missile_attack",
    ),
    (
        "Karachi fashion week cancelled after bombing near venue kills eight",
        "Organisers of a fashion week in Karachi cancelled the three-day event on Friday after a bomb exploded near a police checkpoint a short distance from the venue in the Clifton area, killing eight people and wounding more than 20. Police said an explosive device fixed to a motorcycle went off as a police van passed during the evening rush. A faction of the Pakistani Taliban said in a statement that it carried out the attack. Two of the wounded were drivers waiting to collect guests from a pre-show reception, a spokeswoman for the organisers said. Designers had flown in from Lahore and Islamabad with collections for the shows, which were expected to draw buyers from Dubai and London. “The safety of our models, our teams and our audience has to come first,” the organising council said. Sindh's police chief ordered security stepped up around hotels and public events across the city for the weekend.",
        "T E",
        "bombing",
    ),
    (
        "Bamako's bogolan workshops empty after jihadist attack on the capital",
        "Workshops in Bamako that make bogolan mud cloth for designers in Paris and New York were largely deserted on Wednesday, a day after jihadist fighters attacked a gendarmerie training school and the military airport in the Malian capital. The al-Qaeda-linked group JNIM said it carried out the attack, in which officials and security sources said dozens of people were killed. Gunfire and explosions were heard for several hours from the Faladié district, near the school, where residents said attackers set fire to parts of the presidential aircraft at the airport. Aminata Coulibaly, who runs a dyeing cooperative of 40 women in the Banconi district, said most of them had stayed home because their husbands feared new attacks. A French label that sources cloth from the cooperative said its spring order could be delayed by weeks. The junta has said the situation is under control, but many checkpoints have been set up on the roads into the city.",
        "T B",
        "attack",
    ),
    (
        "Lagos Fashion Week goes on in shock after soldiers fire on Lekki protesters",
        "Several designers withdrew from Lagos Fashion Week's digital showcase on Wednesday after soldiers opened fire on protesters at the Lekki toll gate on Tuesday night, in an incident Amnesty International said killed at least 12 people. Lagos state imposed a 24-hour curfew and the army denied its troops had been at the scene, although videos circulated online showed uniformed men shooting at a crowd waving Nigerian flags. Across the city, police stations and a television station were set on fire and shops were looted on Wednesday. The fashion week's organisers said they would continue with the online programme out of respect for designers who wanted to show, but that they supported the End SARS movement against police brutality. One designer who pulled out posted a black square on Instagram with the words “I cannot show clothes tonight.” Many young Lagos designers had made T-shirts and tote bags for the protests, and some had been among the crowds at the toll gate before the shooting began.",
        "U V",
        "shooting_of_protesters",
    ),
    (
        "Nairobi designer's boutique burned as finance bill protests turn deadly",
        "A boutique belonging to Nairobi designer Wanjiru Mwangi was burned out on Tuesday as protests against a finance bill turned violent in the city centre, with police firing live ammunition at crowds who breached parliament. The Kenya National Commission on Human Rights said at least 22 people were killed across the country. Mwangi said she had closed the shop on Moi Avenue at midday when tear gas began drifting into the arcade, and learnt in the evening that the building had been set alight. She said she did not know who started the fire. Police and protesters fought running battles late into the evening, and parts of the City Hall complex were also burned. Mwangi, who designs with kitenge and Maasai beadwork, said she sympathised with the young people who had marched against new taxes, several of whom were her customers. “The anger is real, but so is the loss,” she said. Traders in the central business district said dozens of shops had been looted.",
        "U",
        "riot",
    ),
]
