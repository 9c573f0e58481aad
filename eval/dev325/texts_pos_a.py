"""Positives of dev325, part A: parks, rangers and wildlife where armed groups fight (Africa, Asia)."""

POSITIVES = [
    (
        "Twelve rangers among 17 killed in ambush on Virunga convoy",
        "Twelve rangers of Virunga National Park were among at least 17 people killed on Friday "
        "when gunmen ambushed a convoy on the road between Rumangabo and Goma, the park said. "
        "The attackers first opened fire on a civilian vehicle and then on the rangers who came "
        "to its aid, according to a statement from the Congolese wildlife authority ICCN. Four "
        "civilians and a driver also died, and several people were taken to hospital in Goma "
        "with gunshot wounds. The park's director blamed a faction of the FDLR, the Rwandan Hutu "
        "militia that has operated in the forests of North Kivu for more than two decades. It is "
        "the deadliest single attack in the park's recent history, which has seen more than 200 "
        "rangers killed since the 1990s. Virunga, home to about a third of the world's mountain "
        "gorillas, had been closed to tourists since 2018 because of insecurity, and was shut "
        "again in March over the coronavirus. Congolese troops were deployed along the road on "
        "Saturday, a local army spokesman told reporters.",
        "B V",
        "ambush",
    ),
    (
        "Fighting reaches Virunga's savannah as M23 pushes north toward Lake Edward",
        "Mortar fire could be heard on Tuesday near the old Rwindi ranger post in the central "
        "sector of Virunga National Park, where M23 rebels and Congolese troops backed by allied "
        "militias have been fighting for control of the main road north. Park staff withdrew "
        "from two patrol posts over the weekend, the park authority said, and rangers have not "
        "been able to reach the plains where the last of the park's elephants and a few hundred "
        "hippos live. Residents of Kibirizi and Vitshumbi said shells had landed on fields close "
        "to the fishing villages on the lake. Some 14,000 people have fled the area since the "
        "start of the month, according to local civil society groups, many of them by boat to "
        "the northern shore. Conservationists fear a repeat of the late 1990s, when militias and "
        "soldiers slaughtered most of the park's hippos for meat. The rebels, whom the UN says "
        "are backed by Rwanda, already control the gorilla sector in the south of the park. The "
        "army said in a statement that it had repelled an attack near Kanyabayonga and inflicted "
        "heavy losses on the rebels.",
        "B E D",
        "offensive",
    ),
    (
        "Militia torches ranger station in Okapi reserve, killing two",
        "Fighters of a Mai-Mai militia set fire to a ranger station at the edge of the Okapi "
        "Wildlife Reserve in Ituri province overnight, killing two guards and a woman who sold "
        "food at the post, conservation officials said on Thursday. The attackers came from the "
        "direction of the illegal gold pits along the Ituri river, which the militia has "
        "controlled for much of the past year. Villagers in Badengaido told a local radio "
        "station that the armed men then went from house to house looking for people who had "
        "worked with the reserve, and took away three young men. Hundreds of residents fled "
        "toward Epulu on foot. The reserve, a UNESCO World Heritage site, lost most of its "
        "captive okapi in a similar raid in 2012. 'They want the rangers gone so they can dig "
        "and hunt without anyone watching,' said a staff member who asked not to be named. The "
        "army said it had sent a company of soldiers to Mambasa territory. Rangers have not "
        "patrolled the southern part of the reserve since March.",
        "V D",
        "raid",
    ),
    (
        "Bomb and gunmen kill rangers in Benin's W park; jihadists suspected",
        "Five rangers and a French trainer working for the nonprofit African Parks were killed "
        "when their vehicles hit an improvised explosive device and came under fire in W "
        "National Park in northern Benin, officials said on Wednesday. A Beninese soldier died "
        "in a second blast when reinforcements arrived at the scene near the border with Burkina "
        "Faso. Government spokesman Wilfried Houngbédji called it a terrorist attack and said "
        "investigators were looking at armed groups linked to al-Qaeda that have moved into the "
        "forests of the W-Arly-Pendjari complex from the Sahel. The complex, shared by Benin, "
        "Niger and Burkina Faso, holds West Africa's largest remaining population of elephants "
        "and some of its last lions. African Parks, which manages W and Pendjari under an "
        "agreement with Benin's government, suspended patrols in the area. Security analysts say "
        "militants use the parks as bases and supply routes, and have been cutting fences and "
        "planting mines on park tracks for months. The bodies were flown to Cotonou on Thursday.",
        "T E",
        "bombing",
    ),
    (
        "JNIM claims attack that killed dozens of soldiers inside Park W",
        "The al-Qaeda-linked group JNIM said on Friday it was behind an attack on two army "
        "positions inside Park W in northern Benin that killed 54 soldiers, the deadliest "
        "assault on the country's forces so far. Benin's government confirmed the toll on "
        "Saturday and said an unspecified number of attackers had also died in the fighting, "
        "which lasted several hours near the Niger border. The positions guarded a junction of "
        "tracks in the heart of the park once used by safari operators and rangers. Since the "
        "jihadists arrived in 2019, hunting concessions have closed, rangers have pulled back to "
        "fortified bases, and the army has taken over much of the surveillance of the park. "
        "Conservation groups have warned that the fighting leaves elephants, lions and antelopes "
        "in the park without protection. The army said in a statement that reinforcements and "
        "air support had been sent to the area. Residents of Karimama said they had seen "
        "helicopters flying north on Friday evening. Niger's junta, which has cut security "
        "cooperation with Benin, made no comment.",
        "T B",
        "attack",
    ),
    (
        "Journalists and conservationist killed in Burkina Faso park ambush",
        "Two Spanish journalists and an Irish conservationist were killed on Monday when an "
        "anti-poaching patrol they were accompanying was ambushed in eastern Burkina Faso, "
        "government officials said. The patrol of about 40 soldiers and forest rangers was "
        "attacked by heavily armed men on motorbikes and pickup trucks on the road between Fada "
        "N'Gourma and the Pama reserve, part of the wider Arly park complex. The three "
        "foreigners were missing after the attack and their bodies were later found, "
        "Communication Minister Ousséni Tamboura told state television. JNIM, the Sahel "
        "affiliate of al-Qaeda, claimed the attack, according to the SITE Intelligence Group. "
        "The journalists had been making a documentary on the fight against poaching in the "
        "area, where jihadists have taken over forests and reserves since 2018. Several "
        "Burkinabè soldiers were wounded and one was reported missing. Spain's prime minister "
        "paid tribute to the two reporters. The Irish conservationist had trained rangers across "
        "Africa for the Chengeta Wildlife foundation.",
        "T V B",
        "ambush",
    ),
    (
        "Insurgents raid camp in Niassa reserve, killing two scouts",
        "Insurgents raided a tourist camp and anti-poaching base in the Niassa Special Reserve "
        "in northern Mozambique on Tuesday, killing two game scouts and beheading a villager, "
        "the reserve's managers and local officials said. The fighters, who the Islamic State "
        "group says belong to its Mozambique province, crossed the Lugenda river from Cabo "
        "Delgado and burned the lodge and several vehicles at the Mariri camp. Staff and about "
        "60 villagers fled into the bush and were evacuated by air on Wednesday, the operators "
        "said. It was the first time the insurgency that began in 2017 had reached the reserve, "
        "which covers an area larger than Switzerland and holds one of Africa's biggest "
        "populations of wild dogs. Mozambican and Rwandan troops were sent to the area, "
        "according to a military source. Conservationists said the raid threatened years of work "
        "to cut elephant poaching in Niassa to almost zero. The operator said it would keep its "
        "anti-poaching teams in the reserve.",
        "T V D",
        "raid",
    ),
    (
        "Boko Haram raids drive herders and rangers out of Waza park",
        "Boko Haram fighters have attacked at least six villages on the edge of Cameroon's Waza "
        "National Park in the past month, burning homes and stealing cattle, and most of the "
        "park's guards have left their posts, officials in the Far North region said. In the "
        "latest attack on Sunday night, militants killed nine villagers in Tchakamadjé and "
        "abducted four girls, a local chief told AFP by telephone. 'The park has become a hiding "
        "place for them,' he said. The army has launched an operation in the area with "
        "helicopter support, the defence ministry said, but soldiers have struggled to pursue "
        "the fighters into the dense thornbush. Nearly 3,000 people have fled to Mora and "
        "Maroua, according to the UN refugee agency. Waza, once one of Central Africa's most "
        "visited parks, has had no tourists since the kidnapping of a French family nearby. "
        "Rangers say giraffe and elephant numbers are unknown because nobody has been able to "
        "count them.",
        "T V D M",
        "raid",
    ),
    (
        "RSF fighters loot villages at edge of Sudan's Dinder park as rangers flee",
        "Rapid Support Forces fighters swept through villages on the western edge of Dinder "
        "National Park in Sudan's Sennar state this week, looting livestock and shooting "
        "residents who resisted, local activists and displaced people said. Wildlife police "
        "abandoned their headquarters in Dinder town on Tuesday and fled east with their "
        "families, one officer told a Sudanese news site. Footage shared online showed fighters "
        "driving pickups loaded with grain sacks and goats past the park gate. The UN migration "
        "agency said more than 50,000 people had been displaced from Sennar state since the "
        "paramilitary force entered Singa last month, many walking to Gedaref. Aid groups say "
        "they cannot reach the area. Dinder, on the border with Ethiopia, is one of the last "
        "refuges of the roan antelope and the tiang in Sudan, and conservationists fear the "
        "fighters will hunt them for meat. The RSF did not respond to requests for comment.",
        "V D H",
        "raid",
    ),
    (
        "Soldiers turn South Sudan's Boma park into battlefield as fighting spreads",
        "Government troops and fighters of the SPLA-in-Opposition have clashed repeatedly inside "
        "Boma National Park in eastern South Sudan since the start of the year, park staff and "
        "humanitarian workers said, and wildlife officers have been unable to patrol for months. "
        "The latest fighting broke out on Saturday near the park headquarters in Boma town, "
        "where the opposition said it had overrun an army garrison. The army denied losing the "
        "town. Aid workers said several thousand civilians had fled toward the Ethiopian border, "
        "and an NGO clinic was looted. An aerial survey in 2015 counted hundreds of thousands of "
        "white-eared kob migrating through Boma and neighbouring Bandingilo, one of the largest "
        "antelope migrations on Earth. Wildlife officials said soldiers on both sides had been "
        "shooting kob and giraffe to feed their troops. The park's managers said two wildlife "
        "rangers had been killed in crossfire in April. A spokesman for the opposition said its "
        "forces would protect the park.",
        "B D H",
        "battle",
    ),
    (
        "Myanmar junta bombs Kachin mining hub seized by rebels",
        "Myanmar military jets bombed the rare-earth mining area of Chipwi in Kachin State on "
        "Sunday, days after the Kachin Independence Army took control of the town and the mines "
        "around it, residents and a rebel spokesman said. At least seven people were killed, "
        "including two mine workers, and several processing sheds were set on fire, according to "
        "local media. The KIA seized the area from a militia allied with the military in October "
        "as part of an offensive across northern Myanmar. Environmental groups have for years "
        "documented how the mines, which supply much of China's heavy rare earths, poison "
        "streams with ammonium sulphate and leave hillsides bare. A Global Witness researcher "
        "said the fighting had done nothing to stop the leaching ponds, which continue to spread "
        "under whichever armed group holds the area. Hundreds of families have fled to camps "
        "near the Chinese border since the bombing began. The military did not comment on the "
        "strikes.",
        "E B D",
        "airstrike",
    ),
    (
        "Teak forests felled as Myanmar army burns villages in Sagaing",
        "Large tracts of teak forest in Myanmar's Sagaing region have been cut and trucked to "
        "military-controlled sawmills as soldiers burn villages suspected of supporting "
        "resistance fighters, according to satellite analysis and interviews published on "
        "Thursday. Residents of Kani township said troops arrived in a column of about 100 "
        "soldiers in late May, set fire to more than 300 houses and shot dead at least five "
        "villagers who stayed behind. Logging crews followed days later, they said. The "
        "researchers counted fresh clearings along the Chindwin river covering an area they "
        "estimated at roughly 4,000 hectares. The junta says the timber trade is legal and "
        "blames 'terrorists' of the People's Defence Forces for illegal logging. Tens of "
        "thousands of people have been displaced in the township since the 2021 coup, and many "
        "now shelter in the forest itself, the UN says. A military spokesman did not answer "
        "calls.",
        "V D M",
        "village burning",
    ),
    (
        "Tumandok leaders killed in Panay raids had opposed mega-dam",
        "Nine indigenous Tumandok leaders were killed and 16 others arrested in simultaneous "
        "police and military raids in the towns of Tapaz and Calinog on the island of Panay "
        "before dawn on Wednesday, officials and rights groups said. Police said the men were "
        "members of the New People's Army who fought back when officers served search warrants. "
        "Relatives and the advocacy group Katribu said those killed were unarmed community "
        "leaders, several of whom had campaigned against the Jalaur dam, a large irrigation "
        "project that will flood part of their ancestral land. 'They were shot in their homes,' "
        "the daughter of one of the victims told a radio station. The Commission on Human Rights "
        "said it would investigate. Environmental defenders in the Philippines have often been "
        "branded communist rebels before being killed, according to Global Witness, which has "
        "ranked the country among the deadliest for land activists. The National Irrigation "
        "Administration says the dam will water tens of thousands of hectares of rice fields.",
        "V M",
        "raid",
    ),
    (
        "Armed herders shoot rangers and burn lodge in Laikipia land invasions",
        "Armed herders shot and wounded two rangers and set fire to a tourist lodge on a private "
        "conservancy in Kenya's Laikipia county on Sunday, the latest in a wave of invasions of "
        "ranches and wildlife reserves that has killed more than 30 people since January. Police "
        "said about 200 herders with rifles drove thousands of cattle onto the Sosian ranch and "
        "exchanged fire with its security staff. Ranch owners and some local leaders accuse "
        "politicians of encouraging the invasions ahead of the August election, a charge the "
        "politicians deny. Interior Minister Joseph Nkaissery said a joint operation by police "
        "and the army had been launched to remove the herders and seize illegal guns. Residents "
        "of nearby villages said dozens of families had fled after attacks on homes. Drought has "
        "pushed herders to seek pasture, but conservationists say the violence has become "
        "organised and political. The author Kuki Gallmann, who runs a conservancy nearby, was "
        "shot and wounded in April.",
        "V M D",
        "land invasion",
    ),
    (
        "Fires sweep south Lebanon woods after shelling along the border",
        "Fires started by Israeli shelling burned through pine and oak woods and olive groves "
        "near the southern Lebanese villages of Alma al-Shaab and Dhayra on Monday, the Lebanese "
        "army and civil defence said. Civil defence crews said they could not reach several of "
        "the fires because of continued bombardment. Lebanon's environment ministry accused "
        "Israel of using white phosphorus shells, which it said had burned more than 460 "
        "hectares since October; Israel's military says it uses the munitions lawfully, to "
        "create smoke screens. Hezbollah fired rockets at Israeli army positions across the "
        "border the same day, the group said, and fires also broke out in the Hula valley nature "
        "reserve. Tens of thousands of people on both sides of the border have left their homes "
        "since the exchanges began. Farmers in the area say they have lost this year's olive "
        "harvest. Israeli firefighters said several thousand dunams of grassland had burned on "
        "the Israeli side in a single week. 'The land is black,' said a farmer from Dhayra who "
        "now lives in Tyre.",
        "E D",
        "shelling",
    ),
    (
        "Forest office torched as Manipur eviction protest turns violent",
        "A mob set fire to a forest department office and clashed with police in Manipur's "
        "Churachandpur district on Thursday night, hours before the chief minister was due to "
        "open a gym in the town, officials said. Police fired tear gas to disperse hundreds of "
        "protesters, several of whom threw stones, and a curfew was imposed across the district. "
        "The protesters were angry about a drive to evict villages from reserved and protected "
        "forests, which tribal groups say targets Kuki communities. Days later, communal "
        "violence erupted across the state, and the army was deployed. Officials say more than "
        "50 people have been killed and thousands of homes burned since the clashes began, and "
        "some 23,000 people are sheltering in relief camps. The state government says the "
        "eviction drive is aimed at poppy cultivation and encroachment in the "
        "Churachandpur-Khoupum protected forest. Internet services were suspended across the "
        "state.",
        "U D",
        "riot",
    ),
]
