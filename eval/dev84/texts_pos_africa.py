"""eval/dev84 positives from Africa: whole articles reporting current organised violence. Labels follow eval/README.md (section 1); see build.py and README.md."""

POSITIVES = [
    (
        "WFP halts food distributions at Darfur camp after drones strike queue and clinic",
        "The World Food Programme said on Tuesday it had suspended food distributions at the Abu Shouk camp for displaced people outside El Fasher after drones struck the site twice in two days, killing at least 19 people. Camp volunteers said the first strike hit a queue of women waiting for sorghum rations near the camp's main water point on Sunday morning, and the second, on Monday, fell on a clinic run by a local aid group. Residents blamed the paramilitary Rapid Support Forces, which have encircled El Fasher for more than a year as they try to take the army's last stronghold in Darfur. The RSF did not respond to a request for comment. \"We cannot ask people to stand in a line that has become a target,\" the agency's country director said in a statement, adding that about 400,000 people in the camp depend on its deliveries. Hundreds of families have left Abu Shouk since the weekend, walking towards Tawila, about 60 km to the west, according to the UN migration agency. Sudan's war between the army and the RSF, which began in April 2023, has driven more than 12 million people from their homes. The strikes came as the RSF stepped up its shelling of El Fasher itself, where the city's main hospital has been hit repeatedly. Doctors Without Borders said it had treated 47 wounded people from the camp at a field clinic on Monday, many of them women and children with shrapnel wounds. The UN says famine has been confirmed in Abu Shouk and in the larger Zamzam camp nearby, and that the roads into El Fasher have been closed to aid convoys for months. \"People are too weak to walk to Tawila, but they are leaving anyway,\" she said by satellite phone. The WFP said it would resume distributions as soon as it could guarantee its staff and the people it serves a minimum of safety.",
        "E V D H",
        "drone strike",
    ),
    (
        "Tin prices jump as Congo rebels take Walikale and Bisie mine halts output",
        "Tin prices rose to their highest in nearly three years on Thursday after Alphamin Resources suspended operations at its Bisie mine in eastern Congo, which produces about 6% of the world's mined tin, as M23 rebels advanced on the nearby town of Walikale. Benchmark tin on the London Metal Exchange climbed as much as 4% in early trading. The Rwanda-backed rebels entered Walikale on Wednesday evening after two days of fighting with the Congolese army and allied militias known as Wazalendo, local officials and residents said. A civil society leader in the town said shops had been looted and that most residents had fled into the surrounding forest or along the road towards Kisangani. The UN refugee agency said thousands of people had been displaced in the territory within a week. The M23 took Goma in January and Bukavu in February, and its push west carries it further than it has reached before. Alphamin said all its staff were safe and that it had flown non-essential workers out of the area. Congo's government accused Rwanda of violating a ceasefire announced by the two countries' leaders after talks in Qatar earlier this week, and said the army would defend the town's approaches. Rwanda denies arming the M23 and says its own troops are in eastern Congo only to protect its border from Hutu militias. Analysts at a London brokerage said the market had been tight even before the halt, with stocks in exchange warehouses near their lowest in two years. Bisie's concentrate is trucked to the Rwandan border and shipped on through Tanzania, a route that has been disrupted before by fighting.",
        "B D",
        "rebel offensive",
    ),
    (
        "Jihadists kill at least 30 in attack on Burkina Faso army base",
        "Fighters from the al-Qaeda-linked group JNIM attacked an army base in the eastern Burkinabe town of Diapaga at dawn on Monday, killing at least 30 soldiers and volunteer militiamen, according to two security sources and a local official. The attackers arrived on motorbikes and in pickup trucks, overran the outer defences and set fire to the base's fuel depot before withdrawing several hours later, the sources said. JNIM claimed the attack in a statement on its Telegram channels and posted pictures of weapons and vehicles it said it had seized. Burkina Faso's military government, which took power in a 2022 coup promising to restore security, did not comment. A resident reached by phone said gunfire could be heard for more than three hours and that the town's market stayed closed on Tuesday. Analysts say the junta controls less than half of the country's territory. Jihadist violence in Burkina Faso has killed thousands of people and displaced more than two million since 2015.",
        "B T",
        "insurgent attack",
    ),
    (
        "Mass burial in Plateau as Tinubu orders manhunt after village raids",
        "Hundreds of mourners gathered in the town of Bokkos in Nigeria's Plateau state on Wednesday for the mass burial of 52 people killed when gunmen raided three farming villages late on Sunday, local officials said. Survivors said the attackers arrived after midnight, set houses alight and shot residents as they tried to flee, sparing neither women nor children. President Bola Tinubu condemned the killings and ordered the security agencies to find those responsible. The state governor said more than 3,000 people had fled the villages and were sheltering in schools and churches in Bokkos. No group claimed the attack, but residents blamed armed herders, an accusation that herders' associations rejected. Central Nigeria has for years seen cycles of attacks and reprisals between mostly Muslim herders and mostly Christian farmers over land and water. Amnesty International said the authorities had ignored warnings given days before the raid.",
        "V D",
        "massacre",
    ),
    (
        "South Africa shuts Lebombo border as Mozambique election protests turn deadly",
        'South Africa shut its main border crossing with Mozambique on Thursday, leaving hundreds of lorries queued on the N4 highway, after protesters on the Mozambican side set fire to trucks and a customs building at Ressano Garcia. The closure came as demonstrations over the disputed October election spread across Mozambique, with police firing tear gas and live rounds at crowds in Maputo and several provincial towns. A Mozambican monitoring group, Plataforma Decide, said at least 30 people had been killed by the security forces since the protests began last month. Opposition candidate Venâncio Mondlane, who says the vote was rigged in favour of the ruling Frelimo party, has called for a week of "national shutdown". Businesses in central Maputo stayed shut and the port operator said cargo handling had slowed. South Africa\'s transport minister said the crossing would reopen once it was safe for drivers. Road freight associations put the losses at about 10 million rand a day.',
        "U",
        "crackdown",
    ),
    (
        "Suicide bomber kills 32 at crowded Mogadishu beach cafe",
        'A suicide bomber blew himself up among young men watching a football match on a television screen at a beach cafe in Mogadishu late on Friday, killing at least 32 people and wounding dozens, Somali police said. The blast tore through the cafe on Lido beach, a popular spot for families and students at weekends, and scattered plastic chairs and bodies across the sand, witnesses said. The Islamist group al-Shabaab said in a statement on its radio station that its fighters had carried out the attack. Hospitals in the capital appealed for blood donors as ambulances ferried the wounded through the night. Somalia\'s president called the bombing a "cowardly terrorist act" against civilians and said it would not weaken the campaign against the group. Al-Shabaab, which is linked to al-Qaeda, has fought the federal government for more than 15 years and often strikes hotels and restaurants in the capital.',
        "E T V",
        "suicide bombing",
    ),
    (
        "Drone strike on Amhara bus station kills at least 30, witnesses say",
        "A drone strike hit a crowded bus station in a town in Ethiopia's Amhara region on Sunday, killing at least 30 people, most of them passengers and traders, witnesses and a health worker said. The strike came hours after fighters of the Fano militia and federal troops clashed on the outskirts of the town, Debre Sina, residents said. \"The station was full because it was market day,\" one trader said by phone, adding that he had helped carry bodies to the town's health centre. The federal government did not respond to requests for comment and has previously said it targets only armed extremists. Fano, a loose network of Amhara militias, took up arms against the federal government in 2023 after it moved to disband regional forces. Internet access in much of Amhara remains restricted, making reports hard to verify. Rights groups have recorded dozens of drone strikes in the region over the past year.",
        "E B V",
        "drone strike",
    ),
    (
        "Niger declares three days of mourning after gunmen kill 44 at prayers",
        "Niger's military government declared three days of national mourning on Saturday after gunmen killed 44 worshippers during Friday prayers at a mosque in the village of Fambita in the western Tillabéri region. The attackers surrounded the mosque at the start of the midday prayer and opened fire on the congregation, then set fire to the village market and several houses, the interior ministry said in a statement read on state television. It blamed the Islamic State in the Sahel, which has repeatedly targeted villages it accuses of cooperating with the army. Thirteen people were wounded and taken to a hospital in Kokorou, the ministry said. Residents said many families had since left Fambita for Kokorou and other nearby towns. The region, near the borders with Mali and Burkina Faso, has seen some of the worst jihadist violence in the Sahel.",
        "T V D",
        "mosque attack",
    ),
]
