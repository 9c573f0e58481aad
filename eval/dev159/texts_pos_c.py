"""dev159 positives (3 of 3): the sport and culture desks' reports of current organised violence in
Africa and the Americas: a pitch and a café bombed, a festival attacked, artists abducted,
museums in the front line, matches moved by a cartel war, a league stopped by post-election
unrest (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Drone strike on El Fasher camp football pitch kills nine children, medics say",
        "A drone strike hit a football pitch in a displacement camp on the edge of Sudan's "
        "besieged city of El Fasher on Friday, killing at least nine children who had been "
        "playing a match, a local medical group said. The Sudan Doctors Network blamed the "
        "paramilitary Rapid Support Forces, which have encircled the North Darfur capital for "
        "more than a year in their war with the army. AFP could not independently verify the "
        "toll, and the RSF did not respond to requests for comment. Witnesses reached by "
        "satellite phone said the strike came late in the afternoon, when the sandy pitch in "
        'Abu Shouk camp was crowded with boys and spectators. "There were shoes everywhere," '
        "said a teacher who asked not to be named for his safety. The camp, home to hundreds of"
        " thousands of people who fled earlier fighting in Darfur, has been hit repeatedly by "
        "shelling and drones, and a UN-backed hunger monitor has confirmed famine there. The UN"
        " children's agency UNICEF said children in El Fasher were being \"killed, maimed and "
        'starved" and called for safe passage for civilians and aid. Football has been one of '
        "the few activities still organised in the camp, where volunteers run a youth league "
        "with balls donated before the siege tightened.",
        "E V D H",
        "drone strike",
    ),
    (
        "Sudan's army retakes Khartoum museum district, curators find galleries stripped",
        "Sudanese army troops have taken control of the area around the National Museum in "
        "central Khartoum after days of street fighting with the Rapid Support Forces, and the "
        "first officials to enter the building found its storerooms emptied, the ministry of "
        "culture said on Sunday. The army announced on Friday that it had recaptured the "
        "Republican Palace a few hundred metres away, its biggest gain since the war with the "
        "paramilitary group began in April 2023. Gunfire could still be heard along the Nile "
        "front on Saturday as soldiers moved through the surrounding streets, residents said. A"
        " senior official at the antiquities authority told reporters that gold jewellery, "
        "statues and funerary objects from the Kerma and Meroitic periods were missing, and "
        "that trucks had been seen leaving the compound during the RSF's occupation. The RSF "
        "has denied looting cultural institutions and accused the army of spreading propaganda."
        " UNESCO warned last year that the threat to Sudan's heritage had reached an "
        "unprecedented level and asked dealers and collectors not to buy objects from the "
        "country. The museum's temples, rescued from the waters of the Aswan High Dam in the "
        "1960s and rebuilt in its garden, appeared to be intact. Officials said a full "
        "inventory would take months. The army's advance into the centre of the capital "
        "followed months of fighting in which it pushed the RSF out of Omdurman, across the "
        "Nile, and then out of the northern suburb of Bahri. Residents who returned to nearby "
        "streets described burned-out vehicles, abandoned RSF positions and bodies that had not"
        " been collected. The head of the army, General Abdel Fattah al-Burhan, visited the "
        "Republican Palace on Saturday and said the war would continue until the RSF was "
        "defeated. The paramilitary group said its fighters had withdrawn to regroup and vowed "
        "to return. The museum director said staff who had stayed in the city during the "
        "fighting had hidden some of the most valuable objects in a storeroom that the looters "
        "did not find.",
        "B",
        "recapture",
    ),
    (
        "Al-Shabaab suicide bomber hits Mogadishu café as fans watch Champions League final",
        "MOGADISHU, June 2 (Reuters) - A suicide bomber blew himself up at a crowded café in "
        "Mogadishu's Hodan district as young men gathered to watch the Champions League final "
        "on Saturday night, killing at least eight people and wounding 17, police and hospital "
        "officials said. The al Qaeda-linked al Shabaab group claimed responsibility in a "
        "statement on its Andalus radio station, saying it had targeted a gathering of "
        '"apostates". A police spokesman said the attacker had tried to enter through the rear '
        "courtyard, where a large screen had been set up, and detonated his vest when guards "
        'stopped him. "The place was full, everyone was cheering, and then there was only '
        'smoke," said a 24-year-old student who was treated for shrapnel wounds at Madina '
        "hospital. Al Shabaab, which is fighting to overthrow Somalia's central government and "
        "impose its own strict interpretation of Islamic law, has long condemned football as "
        "un-Islamic and has attacked public screenings before. In 2010, bombings claimed by the"
        " group killed more than 70 people watching the World Cup final in the Ugandan capital "
        "Kampala. Somalia's government, backed by African Union troops, has been fighting the "
        "militants for more than 15 years. The café's owner said he would reopen within a week."
        ' "If we close, they win," he said.',
        "T E V",
        "suicide bombing",
    ),
    (
        "Jihadists attack harvest festival in northern Burkina Faso, dozens killed",
        "Suspected jihadists stormed a village in northern Burkina Faso during a traditional "
        "music festival at the weekend, killing dozens of people, local sources and a security "
        "official told AFP on Tuesday. The attackers arrived on motorbikes on Saturday evening "
        "as residents of the village near Djibo, in Soum province, were gathered for the annual"
        " festival marking the end of the harvest, with drummers and dancers from neighbouring "
        'communities. "They surrounded the square and started shooting at everyone," said a '
        "resident who fled to Djibo, reached by telephone. A security source put the toll at "
        '"around 40 dead", while a local official said more bodies were still being found in '
        "the bush. Survivors said the gunmen also burned market stalls and drove off livestock "
        "before leaving. No group has claimed the attack, but the area is a stronghold of the "
        "al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM), which often "
        "punishes communities it accuses of siding with the army or its civilian auxiliaries. "
        "Burkina Faso's military government, which seized power in 2022 promising to restore "
        "security, rarely comments on such attacks and has suspended several foreign media over"
        " their coverage. Several thousand people have reached Djibo since Sunday, according to"
        " humanitarian workers.",
        "T V D",
        "massacre",
    ),
    (
        "Bandits abduct Kannywood actors during film shoot in Katsina village",
        "Armed bandits have abducted five members of a Kannywood film crew, including two "
        "well-known actors, while they were shooting scenes in a village in Katsina State, "
        "police and the producers' guild said on Monday. The gunmen, who arrived on about 30 "
        "motorcycles on Saturday afternoon, fired sporadically to scatter villagers before "
        "seizing the crew and a local guide, the state police command's spokesman said. The "
        "village lies in Faskari local government area, where bandit groups that control large "
        "stretches of forest have killed and kidnapped hundreds of villagers in recent years "
        "and impose levies on farming communities. The Motion Picture Practitioners Association"
        " of Nigeria said the kidnappers had contacted the families and demanded 150 million "
        'naira for their release. "Our colleagues went there to tell the stories of these '
        "communities, and now they have become part of the story,\" the guild's chairman said in"
        " Kano. Police said tactical teams, working with the military and local vigilantes, had"
        " been deployed to the forest for a rescue operation. The air force has carried out "
        "repeated strikes on bandit camps across the North-West this year. Kannywood, the "
        "Hausa-language film industry based in Kano, often shoots in rural locations to keep "
        "costs down.",
        "V",
        "abduction",
    ),
    (
        "Mozambique suspends football league as post-election unrest turns deadly",
        "Mozambique's football federation has suspended the final rounds of the domestic league"
        " after a week in which at least 30 people were killed in clashes between police and "
        "protesters disputing the results of October's general election, according to a civil "
        "society group. Police fired live ammunition and tear gas at crowds who set up burning "
        "barricades across Maputo and the neighbouring city of Matola on Monday and Tuesday, "
        "witnesses told AFP, and several shops and a police station were set alight. The Decide"
        " electoral platform, which tracks the unrest, said the deaths brought the toll since "
        "the protests began to more than 130. The federation said it could not guarantee the "
        'safety of players and supporters and that matches would be rescheduled "when '
        'conditions allow". Black Bulls and Ferroviário da Beira were level on points at the '
        "top of the table with two games to play. The protests were called by opposition "
        "candidate Venâncio Mondlane, who says the ruling Frelimo party rigged the vote, a "
        "claim the electoral authorities reject. South Africa temporarily closed its main "
        "border crossing with Mozambique at Lebombo after protesters set lorries on fire on the"
        " Mozambican side. Several clubs said their players had been unable to reach training "
        "because of roadblocks.",
        "U",
        "riot",
    ),
    (
        "Goma's Amani festival called off as M23 rebels close in on the city",
        "The organisers of the Amani festival, which draws tens of thousands of people to the "
        "shores of Lake Kivu each year, said on Friday they had postponed this year's edition "
        "indefinitely as fighting between Congolese troops and M23 rebels reached the outskirts"
        " of Goma. Heavy artillery fire could be heard in the city on Thursday night, residents"
        " said, as the Rwandan-backed rebels attacked army and allied militia positions around "
        "Sake, about 25 km to the west. The UN said more than 400,000 people had been displaced"
        " by the fighting since the start of the year, many of them crowding into camps around "
        'Goma that were already full. "We cannot ask artists and fans to come to a city under '
        'threat," the organisers said in a statement. "Amani means peace, and today we have '
        'none." Several Congolese musicians due to perform have cancelled their flights, and '
        "the Kenyan and Ugandan acts on the bill have withdrawn. The festival, founded in 2014,"
        " has been held in Goma every year except during the pandemic, and had become a rare "
        "celebration in a region torn by three decades of conflict. Rwanda denies arming the "
        "M23, despite reports by UN experts that its troops are fighting alongside the rebels. "
        "Aid agencies said on Thursday that the fighting had cut the main road linking Goma to "
        "Sake, and that food prices in the city's markets had doubled in a week. Hospitals in "
        "Goma were treating scores of people wounded by shells and bullets, the International "
        "Committee of the Red Cross said.",
        "B E D H",
        "offensive",
    ),
    (
        "Bahir Dar half marathon cancelled as fighting grips Ethiopia's Amhara region",
        "Organisers have cancelled Sunday's Bahir Dar half marathon after days of clashes "
        "between Ethiopian federal forces and Fano militia fighters in and around the city, "
        "residents and the race's sponsors said. Gunfire and explosions were heard in several "
        "neighbourhoods of the regional capital on Wednesday and Thursday, and the army carried"
        " out a drone strike on a town to the north-west that killed at least 12 people, "
        "according to a hospital official. The federal government declared a six-month state of"
        " emergency in Amhara last week after the militia, which fought alongside the army in "
        "the war in Tigray, seized several towns. Flights to Bahir Dar and Gondar were "
        "suspended and mobile internet has been cut across the region. Dozens of athletes from "
        "the region's high-altitude training camps, some of them preparing for autumn marathons"
        ' in Europe, are unable to leave, their managers said. "They cannot train on the roads,'
        ' and they cannot travel," one agent said. The national athletics federation said it '
        "was trying to arrange road transport to Addis Ababa for athletes selected for the "
        "World Championships in Budapest. The race, first held in 2016, was expected to attract"
        " more than 8,000 runners.",
        "B E",
        "clashes",
    ),
    (
        "Explosion rocks Buea days before AFCON matches as separatists claim attack",
        "An improvised explosive device went off near a market in Buea, in Cameroon's restive "
        "South West region, on Wednesday, wounding four people, a day before Mali's squad was "
        "due to begin training in the town for the Africa Cup of Nations, police said. "
        "Anglophone separatists, who have been fighting government forces since 2017 for an "
        "independent state they call Ambazonia, claimed responsibility on social media and had "
        "vowed to disrupt the tournament. Heavily armed soldiers patrolled the town on Thursday"
        " and checkpoints were set up on the road to the stadium in nearby Limbe, where group F"
        " matches are scheduled. The Confederation of African Football said the teams' "
        "schedules were not affected and that security had been reinforced. The conflict in the"
        " English-speaking regions has killed more than 6,000 people and forced hundreds of "
        "thousands from their homes, according to the International Crisis Group. Cameroon's "
        "government chose to host matches in Buea and Limbe to show that the regions were safe.",
        "E",
        "bombing",
    ),
    (
        "Gangs torch Haiti's national arts school as Port-au-Prince's cultural quarter empties",
        "Armed gangs set fire to Haiti's National School of Arts in downtown Port-au-Prince on "
        "Tuesday, destroying classrooms, studios and an archive of student paintings going back"
        " decades, the school's director said, days after gunmen from the Viv Ansanm coalition "
        "pushed into the area. Smoke rose over the Champ de Mars as residents of nearby "
        "neighbourhoods fled on foot with bags and mattresses, and police exchanged fire with "
        "the gunmen near the national palace for several hours, witnesses said. The UN "
        "migration agency said more than 5,000 people had left the area in two days. "
        '"Everything we built over decades is ash," a painter who teaches at the school told '
        "AFP. The gangs, which control most of the capital, have burned police stations, "
        "hospitals, churches and homes in their advance, and the Rex Theatre and several "
        "libraries were looted last year. Haitian police and the Kenyan-led multinational "
        "security mission have struggled to hold the city centre. The school, founded in 1983, "
        "had trained many of the country's best-known painters and sculptors. Its students had "
        "been taking classes online since the building was first hit by gunfire in March.",
        "B V D",
        "gang offensive",
    ),
    (
        "Colombian striker's father abducted by ELN guerrillas, army says",
        "The father of Deportivo Cali forward Yeison Mosquera was abducted by gunmen on "
        "motorcycles from his farm in the eastern department of Arauca on Saturday, and "
        "Colombia's army said on Monday that it believed the National Liberation Army (ELN) was"
        " holding him. The 58-year-old cattle farmer was taken in front of his wife and a "
        "farmhand, who were left unharmed, local officials said. The defence ministry said "
        "soldiers and police had been sent to the area and that the roads towards the "
        "Venezuelan border were being watched. Arauca is one of the ELN's strongholds, and the "
        "guerrilla group has been fighting a dissident faction of the former FARC rebels there "
        "for control of drug trafficking routes. The ELN did not immediately comment. "
        "Kidnapping has been one of the main sticking points in peace talks between the group "
        "and the government, which demands that it stop abducting civilians for ransom. "
        "Mosquera, 24, who has scored nine goals this season, was left out of Sunday's squad "
        'against América. His club called for "the immediate and unharmed release" of his '
        "father, and players from several teams held up banners before weekend matches. "
        '"Football is asking for his freedom," the league said.',
        "V",
        "abduction",
    ),
    (
        "Dorados move home games out of Culiacán as Sinaloa cartel war rages",
        "Dorados de Sinaloa will play their remaining home matches of the Liga de Expansión "
        "season in Mazatlán, the club said on Thursday, after another week of gun battles "
        "between rival factions of the Sinaloa Cartel in Culiacán left at least 25 people dead."
        ' The fighting between gunmen loyal to the sons of Joaquín "El Chapo" Guzmán and those '
        'of his former partner Ismael "El Mayo" Zambada erupted in September after Zambada\'s '
        "arrest in the United States, and has turned the state capital into a battleground. On "
        "Tuesday, armed men in armoured trucks exchanged fire for more than an hour near the "
        "university, state officials said, and soldiers were attacked with explosives dropped "
        "from drones in a rural area to the south. Bodies have been left on roads and under "
        "bridges almost daily, and schools have moved classes online. Many businesses close "
        "before dusk. Mexico's army has sent more than 2,000 additional troops to the state. "
        '"We can\'t ask our supporters to come out at night when the city is like this," the '
        "club's president said. Dorados, where Diego Maradona coached in 2018, have drawn fewer"
        " than 2,000 fans to recent matches at the Estadio Banorte.",
        "B E",
        "cartel war",
    ),
]
