"""dev167 positives (1 of 2): fact-checks and verifications that report current organised
violence or its direct consequences: verified strikes and massacres in Ukraine, Sudan, Gaza,
Myanmar, the Red Sea and Burkina Faso, the Crocus attack, and riots, lynchings and crackdowns
set off by rumours or documented by open-source analysis (Southport, Dublin, Nuh, Palghar, Sri
Lanka, Lagos, Zahedan) (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Shelling that hit Kherson market came from across the Dnipro, crater and "
        "video analysis suggests",
        "Russian officials have denied that their forces shelled a covered market in "
        "Kherson on Saturday morning, saying the damage was caused by a falling "
        "Ukrainian air defence interceptor. An analysis of the craters and of three "
        "videos filmed by residents points the other way. The videos, which we "
        "geolocated to the corner of Perekopska Street by matching shop signs and a "
        "distinctive blue kiosk, show at least four impacts within about a minute, a "
        "pattern consistent with artillery fire rather than a single falling missile. "
        "Crater shapes visible in photographs released by the regional prosecutor's "
        "office are elongated towards the south-east, the direction of the "
        "Russian-held left bank of the Dnipro. Ukrainian authorities said eight people "
        "were killed and 21 wounded, most of them shoppers and stallholders. We could "
        "not independently confirm the toll, but hospital staff we spoke to described "
        "receiving casualties from the market throughout the morning. Fragments "
        "photographed at the scene are consistent with 122mm rockets fired by Grad "
        "launchers, according to two munitions specialists who reviewed the images. "
        "Russia's defence ministry did not respond to a request for comment. Kherson "
        "has been under near-daily fire from the left bank since Ukrainian forces "
        "retook the city in November 2022. The market, on the city's northern side, "
        "had reopened in the spring after being damaged the previous year. Accounts "
        "linked to Russia's occupation authorities shared a photograph they said "
        "showed the remains of a Ukrainian interceptor at the market. A reverse image "
        "search shows it was taken in Kyiv in January and published by a Ukrainian "
        "news site months before the shelling.",
        "E V",
        "shelling",
    ),
    (
        "BBC Verify: satellite images show villages burned west of El Geneina as "
        "thousands cross into Chad",
        "Satellite images analysed by BBC Verify show that at least 14 villages west "
        "of El Geneina, in Sudan's West Darfur state, were burned between late May and "
        "mid-June. Images captured by Planet Labs show rows of homes in Misterei and "
        "nearby settlements intact in April and reduced to scorched outlines by June. "
        "Nasa fire-detection data records active fires at the same sites on the days "
        "residents say fighters from the paramilitary Rapid Support Forces and allied "
        "Arab militias swept through. Survivors who reached the Chadian border town of "
        "Adré told our colleagues at BBC Arabic that gunmen on motorbikes and in "
        "pick-up trucks shot at men trying to flee and set light to houses. The RSF "
        "has denied targeting civilians and blamed the violence on what it called a "
        "tribal conflict. The UN refugee agency says more than 100,000 people have "
        "crossed into Chad from Sudan since April, most of them women and children. We "
        "have not been able to verify every account, and access to West Darfur for "
        "journalists remains almost impossible. But the pattern of destruction matches "
        "what residents have described.",
        "V D",
        "village burning",
    ),
    (
        "Satellite imagery appears to show bodies in El Fasher after RSF takeover, researchers say",
        "Researchers at Yale's Humanitarian Research Lab say satellite images taken "
        "over El Fasher in the days after the Rapid Support Forces seized the city "
        "show clusters of objects consistent with human bodies, some beside the earth "
        "berms the group built around it during the siege. The lab said reddish "
        "discolouration of the ground near one cluster, visible in imagery from 27 "
        "October, was consistent with blood, though it cautioned that imagery alone "
        "could not confirm what it showed. Videos posted by RSF fighters themselves, "
        "and verified by several newsrooms, show men in uniform shooting unarmed "
        "people at close range on the city's eastern outskirts. The RSF leader, "
        "Mohamed Hamdan Dagalo, said violations would be investigated and announced "
        "the arrest of one fighter seen in the footage. The World Health Organization "
        "said more than 460 patients and companions were reported killed at the Saudi "
        "Maternity Hospital, a figure we could not independently verify. The "
        "International Organization for Migration says more than 60,000 people have "
        "fled El Fasher since the army's last garrison in Darfur fell, many of them on "
        "foot to Tawila. Aid groups in Tawila report new arrivals with gunshot wounds "
        "and accounts of being held for ransom on the road. The city had been under "
        "siege for some 18 months before it fell, and residents described months of "
        "hunger in which families ate animal feed. Before the takeover, the lab had "
        "tracked the construction of a berm that encircled the city for more than 50 "
        "kilometres, cutting most routes out. The UN Security Council is due to "
        "discuss the situation on Thursday.",
        "V B D",
        "massacre",
    ),
    (
        "Fragments at Rafah tent camp strike site match US-made small-diameter bomb, "
        "weapons experts say",
        "Video filmed after an Israeli strike on a camp for displaced people in the "
        "Tal al-Sultan area of Rafah on Sunday night shows a fragment bearing markings "
        "consistent with a GBU-39, a small-diameter bomb made in the United States, "
        "according to four weapons experts who reviewed the footage. We matched the "
        "location of the video to a cluster of tents beside a UN logistics base by "
        "comparing it with satellite images and with earlier photographs of the site. "
        "The Gaza health ministry said at least 45 people were killed, many of them "
        "burned when fire tore through the tents. The Israeli military said it had "
        "targeted two senior Hamas officials in a precise strike using small "
        "munitions, and that it was examining whether a secondary explosion had caused "
        "the fire. It also said the site was outside the area it had designated as a "
        "humanitarian zone, a claim contradicted by a map it published earlier in the "
        "month. Families who had moved to Tal al-Sultan after being ordered out of "
        "eastern Rafah described pulling relatives from burning shelters. The strike "
        "drew condemnation from the UN secretary general and several European "
        "governments.",
        "E V D",
        "airstrike",
    ),
    (
        "Researchers verify videos of jet and helicopter attack on Sagaing village ceremony",
        "Researchers at Myanmar Witness say they have verified footage of the "
        "aftermath of an air attack on a village in Sagaing region where residents had "
        "gathered for the opening of a local administration office. Five videos shared "
        "on Telegram show bodies, burned motorbikes and a collapsed wooden hall; the "
        "team matched the tree line and a monastery roof visible in two of them to "
        "satellite imagery of the village. Witnesses told local media that a fighter "
        "jet dropped bombs on the crowd shortly after eight in the morning and that a "
        "helicopter then fired on people trying to help the wounded. Local resistance "
        "groups put the death toll at more than 160, including around 40 children. The "
        "military government acknowledged carrying out the strike but said it had "
        "targeted a ceremony organised by terrorists of the People's Defence Forces, "
        "and that some of the dead were fighters in uniform. State television "
        "described photographs of dead children circulating online as fabricated, "
        "though it offered no evidence. The UN human rights office said it was "
        "appalled by the attack and called for those responsible to be held to "
        "account. The village lies in an area where resistance forces have set up "
        "their own local administrations since the 2021 coup. Myanmar Witness said it "
        "had documented more than 100 air attacks on civilian targets across the "
        "country in the previous year.",
        "E V",
        "airstrike",
    ),
    (
        "Houthi footage of attack on Greek-owned bulk carrier is genuine, analysis "
        "shows, as crew abandon ship",
        "A video released by Yemen's Houthi movement showing small boats approaching a "
        "Greek-owned bulk carrier in the Red Sea and explosions tearing through its "
        "deck is authentic, according to an analysis of the vessel's markings and "
        "ship-tracking data. The footage shows several blasts along the deck, followed "
        "by a larger explosion near the waterline. The hull colours, cranes and the "
        "partly visible name of the ship match photographs of the vessel in maritime "
        "databases, and its last transmitted position put it about 50 nautical miles "
        "south-west of Hodeidah, where the Houthis said they struck it. The British "
        "military's UK Maritime Trade Operations centre said it had received reports "
        "of the ship coming under fire from small arms and rocket-propelled grenades "
        "and then being hit by explosive-laden drone boats. The crew abandoned ship "
        "and were picked up by a passing merchant vessel, the EU naval mission Aspides "
        "said, adding that several seafarers remained unaccounted for. The Houthis say "
        "their attacks on shipping are in solidarity with Palestinians in Gaza. Older "
        "footage of the group's 2023 hijacking of a car carrier has also been "
        "recirculating this week with captions falsely claiming it shows the new "
        "attack. Shipping data show that the vessel had switched off its tracking "
        "transponder for several hours before the attack, a common practice for ships "
        "crossing the area. Insurers said war-risk premiums for Red Sea voyages had "
        "risen again. In a statement read by their military spokesman, the Houthis "
        "said the ship belonged to a company whose vessels had called at Israeli "
        "ports.",
        "E",
        "attack on shipping",
    ),
    (
        "Fact check: what we know about the Crocus City Hall attack, and the claims "
        "about who was behind it",
        "Gunmen opened fire on concertgoers at Crocus City Hall on the outskirts of "
        "Moscow on Friday evening and set the building alight, killing at least 137 "
        "people, according to Russian investigators. The Islamic State group claimed "
        "responsibility through its Amaq news agency and later released bodycam "
        "footage filmed by one of the attackers. We examined the video and found that "
        "the hall's interior, seating and exit signs match images of the venue "
        "published before the attack. Russian state television and several officials "
        "have suggested that Ukraine was involved, pointing to the route four suspects "
        "allegedly took towards the Bryansk region when they were detained. No "
        "evidence has been made public to support that claim, which Kyiv denies, and "
        "US officials said they had warned Moscow of an IS plot weeks earlier. A "
        "widely shared clip presented as showing a Ukrainian security official "
        "celebrating the attack is a deepfake stitched together from a television "
        "interview recorded in February. The four men charged with terrorism appeared "
        "in a Moscow court with visible injuries. Investigators say the toll may still "
        "rise as the search of the burned-out concert hall continues. Several of the "
        "videos shared as footage from inside the hall in the first hours after the "
        "attack were genuine, filmed by concertgoers and staff; we matched the "
        "balconies, escalators and fire doors to photographs of the building. Others "
        "were not: a clip of people running through a shopping centre was filmed "
        "during a false alarm in Saint Petersburg in 2019. A claim that the attackers "
        "had been filmed being paid in a Kyiv flat, shared by a pro-Kremlin blogger, "
        "uses footage from an unrelated court case.",
        "T V",
        "terrorist attack",
    ),
    (
        "False name spread online before Southport riot, as police say more than 50 "
        "officers were hurt outside mosque",
        "A false name attributed to the suspect in Monday's knife attack on a "
        "children's dance class in Southport was shared thousands of times on X in the "
        "hours before violence broke out outside a mosque in the town on Tuesday "
        "evening. Posts claimed the 17-year-old suspect was an asylum seeker who had "
        "arrived in the UK by small boat last year. That is not true: Merseyside "
        "Police have said he was born in Cardiff, and the name in circulation does not "
        "correspond to anyone involved in the case. One account that helped spread the "
        "name, which describes itself as a news website, has since apologised. On "
        "Tuesday night a crowd threw bricks, bottles and fireworks at the Southport "
        "Islamic Society mosque and at police lines, set fire to a police van and "
        "damaged nearby homes and shops. Merseyside Police said more than 50 officers "
        "were injured, 27 of whom needed hospital treatment. The force has asked "
        "people not to speculate and said the stabbing was not being treated as "
        "terror-related. Similar gatherings are being advertised on social media for "
        "several other towns this weekend. The riot followed a vigil for the three "
        "girls killed in the attack, which had passed off peacefully earlier in the "
        "evening. Footage we verified shows a line of officers in riot gear being "
        "pelted with bricks taken from a garden wall on St Luke's Road. Several of the "
        "accounts that promoted the gathering had large followings and a record of "
        "posting anti-migrant content. Some posts with the false name were still being "
        "recommended to users on Wednesday morning. Police have said they will examine "
        "social media posts as part of their investigation.",
        "U V",
        "riot",
    ),
    (
        "Dublin riot: how claims about the Parnell Square suspect spread before buses "
        "were set alight",
        "Within an hour of Thursday's stabbing outside a primary school on Parnell "
        "Square, messages in Telegram groups and on X were claiming, without evidence, "
        "that the attacker was a recent arrival who had been released by immigration "
        "authorities. Gardaí have not named the suspect, a man in his fifties who has "
        "lived in Ireland for two decades and is an Irish citizen. Several of the most "
        "widely shared posts used a photograph of an entirely different man, taken "
        "from a news report about a court case in 2021. By early evening a crowd had "
        "gathered on O'Connell Street. Rioters set fire to two buses, a Luas tram and "
        "a garda car, and looted shops including a sports store and a phone shop. "
        "Garda Commissioner Drew Harris said 34 people had been arrested and blamed "
        "what he called a lunatic, hooligan faction driven by far-right ideology. "
        "Three children and a care worker were injured in the original stabbing, "
        "including a five-year-old girl who remains in a serious condition. A "
        "Brazilian delivery rider who intervened to stop the attacker has been widely "
        "praised online.",
        "U",
        "riot",
    ),
    (
        "Nuh violence: the videos that circulated before and during the clashes in Haryana",
        "Clashes broke out in Haryana's Nuh district on Monday when a religious "
        "procession organised by the Vishva Hindu Parishad was stopped by a crowd near "
        "the Nalhar temple, and the violence quickly spread to neighbouring Gurugram. "
        "Police said six people, including two home guards, were killed. Cars were set "
        "on fire, a cyber-crime police station was attacked and, in the early hours of "
        "Tuesday, a mob torched a mosque in Gurugram's Sector 57 and killed its young "
        "deputy imam. In the days before the procession, videos were shared on "
        "Facebook and YouTube in which a cow vigilante wanted by Rajasthan police in a "
        "double murder case announced that he would attend, which residents told Alt "
        "News was seen as a provocation. Several videos now being shared as showing "
        "stone pelting on devotees in Nuh are old: one is from a 2022 clash in Jodhpur "
        "and another from Karauli in Rajasthan the same year. A clip claiming to show "
        "a temple in Nuh on fire actually shows a fire at a shop in Uttar Pradesh last "
        "year. Internet services in the district have been suspended and a curfew "
        "imposed. Haryana's chief minister said those responsible would be identified "
        "from video evidence. Police said they had registered more than 40 cases and "
        "arrested over 100 people. Alt News also found that a video of men brandishing "
        "swords, shared as a mob in Nuh, was filmed at a religious procession in "
        "Madhya Pradesh in 2021.",
        "U V",
        "communal riot",
    ),
    (
        "Palghar lynching: no communal angle, police say, as misleading posts blame "
        "Muslims for killing of sadhus",
        "Posts shared widely on Twitter and WhatsApp claim that two Hindu sadhus and "
        "their driver who were killed by a mob in Maharashtra's Palghar district on "
        "Thursday night were targeted by Muslims. The claim is false. According to "
        "Palghar police, the three men were stopped at Gadchinchale village while "
        "driving to a funeral in Gujarat and were beaten to death by villagers who "
        "suspected them of being child kidnappers, after rumours about kidnapping "
        "gangs had spread in the area during the lockdown. Police officers who reached "
        "the spot were also attacked and their vehicle was damaged. None of the 101 "
        "people arrested is Muslim, Maharashtra's home minister has said, and he later "
        "released the list of names. A video shared with the claim that someone in the "
        "crowd can be heard shouting a Muslim name has been misheard: the villagers in "
        "the clip are saying 'oi bas' in the local dialect, meaning 'enough now'. "
        "Tribal residents of the area told reporters that messages warning of thieves "
        "and organ traffickers had circulated for weeks. The state government has "
        "ordered a high-level inquiry and suspended two police officers.",
        "U V",
        "mob lynching",
    ),
    (
        "Sri Lanka blocks Facebook and WhatsApp again as mobs attack mosques and "
        "Muslim-owned shops",
        "Sri Lanka has blocked Facebook, WhatsApp and Instagram for the second time in "
        "three weeks after mobs attacked mosques and Muslim-owned shops in several "
        "towns north of Colombo. The violence began in Chilaw on Sunday after a Muslim "
        "shopkeeper posted a comment on Facebook that others read as a threat; he has "
        "since been arrested. By Monday, crowds armed with sticks and petrol bombs had "
        "moved through Kuliyapitiya, Hettipola and Minuwangoda, where a 45-year-old "
        "carpenter was hacked to death in his workshop, police said. A nationwide "
        "night curfew has been imposed and troops have been deployed. Officials said "
        "fabricated messages claiming that Muslim restaurants were putting "
        "sterilisation pills in food had circulated in the days before the attacks; "
        "the same rumour fuelled riots in Ampara and Kandy last year. The country has "
        "been on edge since the Easter Sunday suicide bombings of churches and hotels, "
        "which killed more than 250 people and were claimed by the Islamic State "
        "group. A Facebook spokesperson said the company was working with local "
        "partners to remove content that broke its rules. Rights groups said the "
        "shutdowns also cut off people trying to check on their families.",
        "U V",
        "communal riot",
    ),
    (
        "Verified: videos of Barsalogho massacre show civilians shot in the trenches "
        "they were digging",
        "Videos posted by supporters of the al-Qaeda-linked group JNIM show gunmen "
        "firing into trenches dug around Barsalogho in central Burkina Faso, where "
        "residents had been ordered by the army to build defences. We were able to "
        "verify the location of three of the videos by matching the trench line, a "
        "water tower and the layout of nearby fields with satellite images of the "
        "town's outskirts. Bodies, most of them of men in civilian clothes, can be "
        "seen lying in the trenches alongside shovels and pickaxes. JNIM said it had "
        "attacked militia positions, and the caption of one video describes the dead "
        "as members of the army's civilian auxiliary force. Residents and a security "
        "source told AFP that at least 200 people were killed; a collective of "
        "victims' relatives has said the toll is far higher. The junta has not given a "
        "figure and has accused foreign media of spreading false information about the "
        "attack. Survivors said many men had been forced to dig under threat of "
        "punishment by soldiers. Thousands of people have fled Barsalogho for Kaya, "
        "about 45 kilometres to the south, according to humanitarian workers. The "
        "attack took place on 24 August, but the videos only began to circulate widely "
        "several days later. Some accounts have shared a photo of bodies on a road "
        "with the same claim; it was taken in Mali in 2022, and we found no evidence "
        "that it is linked to Barsalogho.",
        "T V D",
        "massacre",
    ),
    (
        "Lekki toll gate: what the footage shows about the shooting the army says did not happen",
        "Nigeria's army has described reports that soldiers opened fire on protesters "
        "at the Lekki toll gate in Lagos on Tuesday night as fake news, and a post on "
        "its official Twitter account labelled photographs of the scene as "
        "photoshopped. Footage streamed live on Instagram from the toll plaza, along "
        "with videos filmed by other protesters, shows men in military uniform "
        "arriving shortly before 7pm and the sound of sustained gunfire as "
        "demonstrators waving Nigerian flags sit on the ground. We geolocated several "
        "of the clips to the plaza by matching its canopy, lighting poles and "
        "billboards. Security camera footage obtained by a Lagos news site shows "
        "military vehicles arriving shortly after the lights on the plaza were "
        "switched off. Amnesty International said at least 12 people were killed at "
        "Lekki and in Alausa on Tuesday evening; the Lagos state governor first said "
        "no one had died and later said two people had died in hospital. Some images "
        "circulating as showing victims from Lekki are older pictures from unrelated "
        "incidents elsewhere in the country. The #EndSARS protests began two weeks ago "
        "against abuses by a police unit that has since been disbanded. Lagos remains "
        "under a 24-hour curfew after a night of looting and arson. The army's "
        "statement did not address the videos. Witnesses we reached said soldiers "
        "fired at people who were sitting on the ground and singing the national "
        "anthem. A doctor at a hospital in Lekki said it had received several patients "
        "with gunshot wounds overnight. Bullet casings photographed at the scene the "
        "next morning are of a calibre used in the army's standard rifles, according "
        "to a weapons researcher we consulted. Protesters said soldiers had taken away "
        "some of the bodies, a claim we have not been able to verify. The state "
        "government has announced a judicial panel of inquiry.",
        "U",
        "crackdown",
    ),
    (
        "Zahedan: verified videos show gunfire from police compound towards crowd "
        "leaving Friday prayers",
        "Videos filmed in Zahedan on Friday show security forces firing from the roof "
        "of a police station towards a crowd that had gathered after Friday prayers "
        "near the city's Makki mosque, according to our analysis. We matched the "
        "building in the footage to the police compound opposite the mosque using "
        "satellite images and photographs of the street. In one video, people can be "
        "seen carrying a wounded man away as shots ring out; in another, smoke rises "
        "near the compound's gate. Iranian state media said armed separatists had "
        "attacked the police station and that several members of the security forces, "
        "including a senior officer of the Revolutionary Guards, were killed. Rights "
        "groups say at least 66 people were killed, many of them worshippers from the "
        "Baluch minority, making it the deadliest day of the protests that have swept "
        "Iran since the death of Mahsa Amini in police custody. We could not verify "
        "the toll independently, and internet restrictions in Sistan-Baluchestan "
        "province have slowed the flow of images. Protesters in the city had been "
        "angered by allegations that a police commander raped a 15-year-old girl. The "
        "authorities have announced an investigation.",
        "U V",
        "crackdown",
    ),
]
