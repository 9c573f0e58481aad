"""dev297 positives, part A: Papua New Guinea, Bougainville and Solomon Islands."""

POSITIVES = [
    (
        "Enga ambush leaves dozens dead on Wapenamanda road as tribal war spreads",
        "Police in Papua New Guinea's Enga province say at least 49 men were killed on Sunday when "
        "fighters from the Sikin and Kaekin clans walked into an ambush near Akom village, about "
        "an hour's drive from Wapenamanda. Bodies were recovered from the roadside, from the "
        "riverbank and from the bush on either side, and acting police commissioner Donald Yamasombi "
        "told the ABC the count could rise. Officers who reached the scene described men armed with "
        "SR-88 rifles and homemade shotguns, and said several of the dead appeared to be hired "
        "gunmen brought in from outside the province. The killings follow months of fighting in the "
        "area that has already cost dozens of lives. “This is the worst I have seen in Enga,” a "
        "senior officer in Wabag said. Residents told RNZ Pacific that women and children had left "
        "the surrounding hamlets for relatives' homes closer to town. Prime Minister James Marape "
        "said he had asked police and the Defence Force to consider a larger deployment.",
        "B D",
        "tribal_fighting",
    ),
    (
        "PNGDF soldiers join police in Enga operation after week of clan killings",
        "About 100 soldiers from the Papua New Guinea Defence Force flew into Wabag on Thursday to "
        "join a police operation in Enga, where tribal fighting has killed at least 26 people since "
        "the start of the month. The joint force was ordered to clear armed men from the Highlands "
        "Highway between Wapenamanda and Laiagam and to seize high-powered weapons. Provincial "
        "police commander Joseph Tondop said his officers exchanged fire with a group of fighters "
        "near Tsak valley on Wednesday, and one gunman was shot dead. Two policemen were wounded in "
        "the same incident and taken to Wabag hospital. Under the call-out, soldiers can set up "
        "checkpoints and detain suspects for 48 hours. Church leaders welcomed the troops but warned "
        "that past operations had burned houses and driven villagers into the bush. The Post-Courier "
        "reported that schools in three districts remain closed.",
        "M B",
        "security_operation",
    ),
    (
        "Women and children among 24 killed in Hela village raid",
        "Gunmen attacked Karida village near Tari in Hela province early on Monday, killing 24 people, "
        "most of them women and children, in what police described as revenge for an earlier killing. "
        "Among the dead were two pregnant women and their unborn babies, according to provincial "
        "health officials who helped recover the bodies. The attack came days after six people were "
        "shot dead in the nearby Munima area in a long-running feud between rival clans. Hela "
        "governor Philip Undialu said the attackers had moved through the hamlet house by house. "
        "“Nobody was spared,” he told reporters in Port Moresby. Dozens of families have since left "
        "Karida and are sheltering at a church station, and Tari hospital said it had treated "
        "several survivors for machete and gunshot wounds. Police said 40 extra officers and a "
        "mobile squad would be sent from Mount Hagen.",
        "V D",
        "massacre",
    ),
    (
        "Port Moresby burns as looters strip shops during police pay protest",
        "Parts of Port Moresby were looted and set alight on Wednesday after police, defence and "
        "correctional staff walked off the job over an unexplained cut to their fortnightly pay. "
        "Crowds broke into supermarkets and hardware stores at Gordons, Gerehu and Waigani, and "
        "several buildings were burning by late afternoon, sending black smoke across the capital. "
        "Hospital staff at Port Moresby General said at least eight people had died, some of them "
        "shot and others caught in fires inside the stores. Witnesses told RNZ Pacific that a small "
        "number of police officers could be seen firing into the air while others stood by. Shops "
        "in Lae were also looted. Prime Minister James Marape went on radio in the evening to say "
        "the pay error would be fixed and to appeal for calm. Businesses estimate the damage in "
        "the hundreds of millions of kina.",
        "U",
        "riot",
    ),
    (
        "Death toll from PNG riots climbs to 16 as state of emergency declared",
        "The number of people killed in Wednesday's riots in Port Moresby and Lae has risen to 16, "
        "police said on Friday, as Prime Minister James Marape declared a 14-day state of "
        "emergency. Nine of the dead were in the capital and seven in Lae, where crowds looted "
        "shops near the main market and fought running battles with security guards. More than 1000 "
        "soldiers were placed on standby and armed patrols were seen on the streets of both cities. "
        "The Angau hospital in Lae said it had admitted 20 people with gunshot and stab wounds. "
        "Police commissioner David Manning said 87 people had been arrested for looting and arson. "
        "Australian officials said they had received no request for help but were ready to "
        "assist. Supermarkets that survived remained shut and queues formed at the few fuel "
        "stations that opened.",
        "U",
        "riot",
    ),
    (
        "Villages torched along Sepik lagoon, up to 26 feared dead",
        "Armed men from a neighbouring group attacked three villages in the Angoram district of East "
        "Sepik over several days this month, killing at least 26 people and burning houses, the "
        "United Nations and provincial authorities say. Survivors travelling by canoe to Angoram "
        "station told police that attackers armed with guns, spears and bush knives moved on "
        "Tamara, Tamanbuko and Agrumara before dawn. Bodies were still being recovered from the "
        "swamp and the river, and police chief Christopher Tamari said the toll could exceed 50. "
        "The UN human rights office said women and children had been targeted. About 200 people "
        "are reported to have fled to the bush and to nearby islands. The violence is said to be "
        "linked to a dispute over land and fishing rights. Police reinforcements were sent up the "
        "river by boat from Wewak.",
        "V D",
        "massacre",
    ),
    (
        "Clan fighting near Porgera mine forces families out and closes roads",
        "Renewed fighting between clans near the Porgera gold mine in Enga has killed at least 18 "
        "people in two weeks and forced hundreds of residents from their homes, community leaders "
        "said. Gunmen burned houses in the Suyan and Timorope areas on Tuesday and set up "
        "roadblocks on the Porgera highway, cutting supply trucks to the mine site. Porgera "
        "Jant mining company said it had moved some staff out and suspended part of its operations. "
        "Displaced families are sheltering in church halls at Paiam and in the station, where "
        "health workers reported shortages of food and clean water. Police said mercenaries had "
        "been hired by both sides and that automatic rifles were being used. A curfew was declared "
        "for Porgera and Laiagam, and the government said a lockdown under the new "
        "Enga security order was being prepared.",
        "B D H",
        "tribal_fighting",
    ),
    (
        "Mob burns aircraft at Mendi airport after Southern Highlands court ruling",
        "A crowd set fire to a parked Air Niugini Dash 8 at Mendi airport on Thursday and burned "
        "the provincial court house and the governor's residence after the National Court dismissed "
        "a challenge to the 2017 election result in Southern Highlands. No passengers were on board "
        "when the aircraft was torched. Police in the town said rioters threw stones and fired "
        "shotguns at officers, and two people were treated for gunshot wounds at Mendi hospital. "
        "Air Niugini suspended all flights to the province. Prime Minister Peter O'Neill announced "
        "a nine-month state of emergency, saying the violence had to be stopped before it spread. "
        "Soldiers and riot police were being flown into the province on Friday, and roads to "
        "Mendi were blocked by supporters of the losing candidate.",
        "U",
        "riot",
    ),
    (
        "Counting halted in Wabag after gunfire at tally centre",
        "Counting for the Wabag Open seat was suspended on Sunday after supporters of rival "
        "candidates fought outside the tally room in Enga's provincial capital, leaving two men "
        "dead and several wounded. Witnesses told the Post-Courier that gunshots were fired from "
        "both sides and that ballot boxes were set alight in a nearby yard. Electoral officials "
        "and police escorts retreated into the compound of the Wabag police station. Election "
        "manager Ben Kuma said counting would only resume when security was guaranteed. "
        "Elsewhere in Enga, houses belonging to supporters of one candidate were burned at "
        "Kompiam overnight, and families were reported to be hiding in the bush. The Electoral "
        "Commission said 24 of the country's 118 seats had been declared by Sunday evening."
        " Police said reinforcements would be flown in from Mount Hagen on Monday. Church leaders in Wabag appealed to candidates to calm their supporters.",
        "U D",
        "election_violence",
    ),
    (
        "Jiwaka tribal fight closes schools and health centre, hundreds flee",
        "Fighting between two tribes in Jiwaka's North Wahgi district has killed seven people "
        "since late March and forced more than 500 villagers to abandon their homes, the district "
        "administrator said on Monday. Both sides have burned houses, coffee gardens and trade "
        "stores, and the Banz health centre has shut after staff received threats. Three primary "
        "schools are closed. The fighting began after a young man was killed in a dispute at a "
        "market, according to police, and quickly drew in allied clans from across the "
        "Wahgi valley. “There are guns on both sides, factory guns and homemade guns,” provincial "
        "police commander Jerry Tumbu said. Church groups are distributing rice and tinned fish "
        "to families sheltering at Minj. Police said they lacked vehicles and fuel to keep a "
        "permanent presence in the valley.",
        "B D H",
        "tribal_fighting",
    ),
    (
        "Gunfire in Buin as Konnou factions clash again in south Bougainville",
        "Two armed factions fought in the Konnou area of south Bougainville over the weekend, "
        "killing three men and sending villagers to the coast, the Autonomous Bougainville "
        "Government said on Tuesday. Police in Buin said the gunfight broke out near Kapana "
        "village and continued into Sunday night. Homes were burned and a church was damaged. "
        "The clashes are part of a long-running dispute between groups that kept weapons after the "
        "civil war ended in 1998, and police have struggled to enter the area. Local women's "
        "leaders said at least 300 people had moved to relatives in Buin town and on the Siwai "
        "side. Bougainville police commander Francis Tokura said more officers would be sent from "
        "Buka but appealed to the factions' leaders to hand over their guns. The road between "
        "Buin and Arawa was reported closed.",
        "B D",
        "clash",
    ),
    (
        "Honiara Chinatown ablaze on second day of riots, three bodies found",
        "Rioters burned buildings in Honiara's Chinatown for a second day on Thursday, defying a "
        "lockdown ordered by Prime Minister Manasseh Sogavare, and police said three charred "
        "bodies had been found inside a burned-out store. Crowds, many of them from Malaita, "
        "looted shops, threw rocks at police and set fire to a police station and a school. "
        "Police fired tear gas and rubber bullets to break up groups near the parliament "
        "building, which protesters had tried to storm the day before. Residents of Chinatown "
        "fled to relatives' homes outside the capital. Mr Sogavare blamed foreign powers and said "
        "he would not resign. Australia said it was sending police and soldiers at the request "
        "of the Solomon Islands government. The national referral hospital said it had treated "
        "more than 20 people for injuries.",
        "U D",
        "riot",
    ),
    (
        "Australian troops patrol Honiara as curfew follows days of arson",
        "Australian soldiers and federal police began patrolling central Honiara on Saturday "
        "alongside Solomon Islands police, after three days of rioting left large parts of "
        "Chinatown in ashes. Police said fresh fires were lit overnight at Kukum and that officers "
        "used tear gas to disperse a crowd trying to enter a warehouse. More than 100 people have "
        "been arrested since Wednesday. Papua New Guinea and Fiji have also sent security "
        "personnel. Police commissioner Mostyn Mangau said a 7pm to 6am curfew would stay in place "
        "until further notice. Food prices have risen sharply because many shops were destroyed, "
        "and queues stretched outside the few that reopened. Opposition leader Matthew Wale "
        "said the deployment should not be used to protect the government from scrutiny.",
        "U M",
        "riot",
    ),
    (
        "Police fire tear gas as crowds riot over Sogavare's return",
        "Riot police fired tear gas in central Honiara on Wednesday after Manasseh Sogavare was "
        "elected prime minister by parliament, as crowds stoned vehicles and set fire to shops "
        "near the Pacific Casino Hotel. The Royal Solomon Islands Police Force said several "
        "businesses owned by Chinese nationals were damaged and one was burned. Officers arrested "
        "dozens of people, and at least five people were treated for injuries at the national "
        "referral hospital. The trouble began outside parliament, where supporters of Mr "
        "Sogavare's opponent had gathered to hear the vote. Police said the situation was under "
        "control by the evening but urged residents to stay indoors. The Regional Assistance "
        "Mission ended its mission two years ago, and some residents said they feared a repeat "
        "of 2006."
        " Many shops in the capital stayed shut on Thursday, and Chinese business owners said they would board up their premises for the week.",
        "U",
        "riot",
    ),
    (
        "Settlement torched in Lae as clash between youths turns deadly",
        "Houses in a settlement on the edge of Lae were burned on Saturday after clashes between "
        "groups of young men from two provinces, and police said four people were killed. The "
        "fighting broke out after the death of a man in a dispute over a betel nut stall, "
        "according to Morobe police commander Kaiglo Ambane. Groups armed with bush knives and "
        "homemade guns attacked homes and set up roadblocks on the Highlands Highway near "
        "Bumbu. About 60 houses were destroyed and hundreds of residents fled with their "
        "belongings to the city's churches and schools. Police mobile units fired shots into the "
        "air to separate the groups. Mr Ambane warned that anyone found carrying weapons in the "
        "city would be arrested. The Lae city authority said classes at two schools had been "
        "cancelled for the week.",
        "U V D",
        "communal_violence",
    ),
    (
        "Tari hospital shuts its gates as clan gunfight reaches town centre",
        "The Tari hospital in Hela province stopped admitting patients on Tuesday after a gunfight "
        "between two clans spilled into the town, killing at least five people, including a "
        "security guard at the hospital gate. Staff said bullets struck the outpatient building "
        "and that nurses had sheltered patients in a corridor. The hospital's chief executive told "
        "ABC Pacific that pregnant women and the critically ill had been transferred to Mendi. "
        "Shops and the main market closed and families in the town area left for villages outside "
        "Tari. Police said the fighting was the latest in a feud that had dragged on for months "
        "and that high-powered rifles were being used. A police taskforce of 60 officers was "
        "expected from Port Moresby by the end of the week.",
        "B H D",
        "tribal_fighting",
    ),
]
