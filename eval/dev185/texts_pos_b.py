"""dev185 positives (2 of 2): Colombia, Kenya, Bangladesh, Myanmar, Syria, Yemen, Ukraine, Gaza,
Ethiopia, Somalia, Israel, Mali, Kashmir and Iran (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Cauca mourns Nasa leader shot dead outside community hall",
        "Hundreds of members of the Nasa indigenous guard, carrying their wooden staffs, "
        "escorted the coffin of Rosa Elvira Dagua through Toribío on Saturday. The "
        "44-year-old community leader was shot dead on Thursday evening outside the community "
        "hall where she had just chaired a meeting on the recruitment of minors, the Regional "
        "Indigenous Council of Cauca (CRIC) said. The council blamed a faction of FARC "
        "dissidents active in the area, which has threatened leaders who oppose the "
        "recruitment of teenagers into its ranks. Colombia's ombudsman's office said she was "
        "the 14th social leader killed in Cauca this year. Dagua had spent two decades "
        "negotiating the return of indigenous teenagers taken by armed groups, often "
        'travelling alone into the mountains. "She went to get our children back with nothing '
        'but her staff," said a member of the guard. The defence minister said troops had '
        "been sent to Toribío, a move some community leaders said would bring more fighting "
        "to their land. Her daughter, Yuli, read a message from her mother's phone at the "
        "burial.",
        "V",
        "killing of social leader",
    ),
    (
        '"He only went to film": family of Nairobi protester shot by police demands answers',
        "The family of Brian Odhiambo, a 22-year-old student shot during Tuesday's "
        "anti-government protests in Nairobi, laid him to rest in Siaya County on Saturday as "
        "relatives demanded that the officer who fired be charged. Witnesses said police "
        "opened live fire on protesters who had breached barricades near Parliament, where "
        "some demonstrators set fire to part of the building and burned police vehicles. "
        "Rights groups say at least 19 people were killed across the country on the day. "
        "Odhiambo, who was studying journalism at a college in the city, had gone to the "
        "protest to film it on his phone, his sister Grace said. Footage shared online shows "
        "him falling on Kenyatta Avenue as tear gas drifts across the street. The Independent "
        "Policing Oversight Authority said it had opened investigations into several deaths. "
        'At the burial, mourners raised their phones with the torch lights on. "He believed '
        'his generation could change this country," Grace said.',
        "U",
        "protest killing",
    ),
    (
        "Rangpur student who faced police with arms outstretched is buried in his village",
        "Thousands of people gathered in Babanpur village in Rangpur on Wednesday for the "
        "funeral of Rafiqul Hasan, a 23-year-old English student shot dead by police during "
        "protests over government job quotas a day earlier. Video of Hasan standing in front "
        "of a police line with his arms spread wide, moments before he was hit, has been "
        "shared millions of times. Police fired rubber bullets, tear gas and, according to "
        "doctors at Rangpur Medical College Hospital, live ammunition at students blocking "
        "the road outside the university. Clashes between protesters, police and activists of "
        "the ruling party's student wing spread to several cities, and at least six people "
        "were killed across the country on Tuesday, officials said. Hasan was the first in "
        'his family to attend university; his father is a day labourer. "He told me he would '
        'come home after the exams," said his mother, Mosammat Rahela. The government ordered '
        "schools and universities closed on Wednesday. Protest leaders called for another day "
        "of demonstrations.",
        "U",
        "crackdown",
    ),
    (
        "Sagaing village holds funerals after jet bombs a monastery sheltering families",
        "Residents of Lin Ta Lu village in Sagaing Region cremated 23 people on Friday, a day "
        "after a military jet dropped two bombs on the village monastery where families from "
        "nearby areas had taken shelter. Witnesses said the bombs fell during the morning as "
        "people were preparing a novice ordination ceremony. Four children were among the "
        "dead, according to a local resistance group and residents who spoke to The "
        "Irrawaddy. Myanmar's military has not commented on the strike, which came despite a "
        "ceasefire it announced after the earthquake in March. Daw Khin May, 62, lost her "
        'daughter and two grandchildren. "The monks told us this was the safest place," she '
        "said. Volunteers dug through the collapsed wooden hall with their hands. Airstrikes "
        "on villages in the region have continued almost daily, according to rights monitors. "
        "Most of the families in the monastery had fled fighting in Kani township earlier in "
        "the year. The surviving monks led the funeral prayers.",
        "E V",
        "airstrike",
    ),
    (
        "Alawite families on the Syrian coast bury relatives killed in three days of reprisals",
        "In the village of al-Mukhtariyah, near Latakia, families on Sunday buried men killed "
        "in their homes over three days of violence that followed an ambush on security "
        "forces by Assad loyalists. Residents said gunmen who arrived with the government's "
        "forces went from house to house, asking whether occupants were Alawite before "
        "shooting them. The Syrian Observatory for Human Rights said more than 700 civilians "
        "had been killed along the coast since Thursday. Hassan, a teacher who asked that his "
        "family name not be published, said he found his father and two brothers dead in the "
        "courtyard. Thousands of people fled into the mountains or to the Russian air base at "
        "Hmeimim, where they slept in the open. Interim President Ahmed al-Sharaa promised to "
        "hold accountable anyone who had harmed civilians and announced a committee to "
        'investigate. "We are burying them quietly," Hassan said. "Nobody wants to be seen at '
        'a funeral."',
        "V D",
        "massacre",
    ),
    (
        "Families of Ras Isa port workers wait for bodies after US strikes",
        "At the hospital in Hodeidah, relatives of workers at the Ras Isa fuel port spent a "
        "second day on Saturday waiting for bodies to be identified after US airstrikes on "
        "the terminal killed at least 74 people, according to the Houthi-run health ministry. "
        "The strikes were part of a sustained American air campaign against the Houthis, who "
        "have attacked shipping in the Red Sea and fired missiles at Israel. The US Central "
        "Command said the port was a source of fuel and revenue for the group, and that the "
        "strikes aimed to cut off that supply. Among the dead were paramedics and port "
        "workers on the night shift, the ministry said. Abdullah Mahdi said his son Saleh, "
        '19, had started loading tankers three months earlier to support the family. "He was '
        "not a fighter. He was carrying hoses,\" he said. Footage aired by the Houthis' "
        "al-Masirah television showed fuel tanks burning into the morning. The strikes could "
        "not be independently verified.",
        "E M",
        "air campaign",
    ),
    (
        "Kateryna Horbach, novelist who documented war crimes, dies of wounds from Kramatorsk "
        "strike",
        "The Ukrainian novelist Kateryna Horbach, who since 2022 had travelled through "
        "liberated towns recording the testimony of survivors of the occupation, died in "
        "hospital in Dnipro on Saturday. She was 37. She had been critically wounded on "
        "Tuesday evening when a Russian Iskander missile struck a crowded pizzeria in the "
        "centre of Kramatorsk, where she was having dinner with foreign writers and "
        "journalists. The strike killed 11 other people, including three children, the "
        "regional governor said. Horbach's first novel, about a girl growing up in Lviv in "
        "the 1990s, won a national prize in 2019. After the invasion she stopped writing "
        "fiction and joined a war-crimes documentation project, interviewing families in "
        'Kapitulivka and Izium. Her notebooks, colleagues said, were full of names. "She '
        'believed that a name written down could not be erased," said her publisher, Oksana '
        "Marchuk. Ukraine's prosecutor general said the strike on the restaurant was a "
        "deliberate attack on civilians. She is survived by her son, aged 10.",
        "E V",
        "missile strike",
    ),
    (
        "Inside Nasser hospital, a surgeon who has not left for 60 days",
        "Dr Khaled Shurrab sleeps under his desk in the surgical department of Nasser "
        "hospital in Khan Younis, a few metres from the corridor where patients lie on the "
        "floor. The 33-year-old surgeon has not left the hospital since tanks reached the "
        "edge of the city two months ago, and on Thursday he described operating as shells "
        "landed in the hospital grounds. Thousands of displaced people have crowded into its "
        "courtyards, hoping the buildings will protect them; many fled again on Wednesday "
        "after Israeli forces ordered the area evacuated. Fuel for the generators is running "
        "out, the World Health Organization said, and an aid convoy carrying medicine was "
        'turned back at a checkpoint on Tuesday. "We are choosing who to save by how much '
        'anaesthetic is left," Shurrab said. The Israeli military said it was operating '
        "against Hamas fighters in the area and accused the group of using the hospital, "
        "which staff deny. Shurrab trained in Gaza and in Egypt. He has two brothers still "
        "somewhere in the north.",
        "E V M D H",
        "hospital under siege",
    ),
    (
        "Amhara town mourns traders killed when drone struck market day",
        "The town of Wegel Tena in Ethiopia's Amhara region held funerals on Monday for at "
        "least 26 people killed when a drone struck its weekly market on Saturday, residents "
        "and a health worker told the BBC. The strike hit at midday as the market was at its "
        "busiest, the health worker said, and most of the dead were traders and farmers. "
        "Federal forces have been fighting Fano militias in the region for more than a year, "
        "and the government has used drones against what it says are militia targets. The "
        "government did not respond to requests for comment. Among the dead was Tiruwork "
        "Alemu, 40, who sold spices at the same stall her mother had kept for three decades. "
        '"She was counting coins when it hit," said her nephew. The local clinic, which has '
        "no surgeon, sent the most seriously wounded on a five-hour journey by cart and "
        "truck. Communications in the area have been cut for months, making it hard to verify "
        "casualty figures. The market did not open the following Saturday.",
        "E V",
        "drone strike",
    ),
    (
        "Lido beach attack: the lifeguard who went back into the water",
        "Abdirahman Hassan Ali spent his Friday evenings on Lido beach in Mogadishu, where he "
        "worked as one of the few volunteer lifeguards on a coast known for its rip currents. "
        "He was there on Friday when al-Shabaab fighters attacked the beachfront, a suicide "
        "bomber blowing himself up and gunmen firing on families, police said. At least 32 "
        "people were killed and more than 60 wounded, according to government officials. "
        "Survivors told reporters that Abdirahman had pulled three children out of the water "
        "as people ran from the gunfire into the sea, and was shot as he went back for a "
        "fourth. He was 22. The government called the attack a heinous act of terrorism, and "
        "al-Shabaab claimed it through its radio station. Abdirahman had learned to swim as a "
        'boy in Kismayo and trained other young men to rescue swimmers. "He thought the sea '
        'was the dangerous thing on that beach," said his friend Mukhtar. He was buried on '
        "Saturday in the cemetery at Barakat.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Kibbutz Be'eri buries its dead as the toll from Saturday's assault rises",
        "Members of Kibbutz Be'eri began burying their dead on Tuesday in temporary plots in "
        "the centre of Israel, because the kibbutz itself, close to the Gaza fence, remained "
        "a military zone. Hamas gunmen who crossed from Gaza on Saturday killed more than 100 "
        "of Be'eri's residents, according to the community, going from house to house, "
        "setting homes on fire and taking others hostage. Israeli officials called the "
        "assault the worst terrorist attack in the country's history. Among those buried on "
        "Tuesday was Miriam Adler, a peace activist who had spent decades driving Gazan "
        "patients to Israeli hospitals; relatives later learned she had been killed in her "
        "home. Soldiers who reached the kibbutz described entire families killed in their "
        'safe rooms. "We built this place on the idea that we could live next to them," said '
        "Yuval, a neighbour who survived by holding the door of his safe room shut for 20 "
        "hours. Israel has begun striking Gaza in response. Many survivors have been moved to "
        "hotels by the Dead Sea.",
        "V T D",
        "massacre",
    ),
    (
        "The bomber pilots of Kostiantynivka: a night with a Ukrainian drone crew",
        "The crew sets up in a cellar ten kilometres from the front line, three men and a dog "
        "named Bayraktar. At dusk, Oleksandr, a former wedding photographer from Kharkiv who "
        "goes by the call sign Foto, sends the first heavy bomber drone east towards Russian "
        "positions on the outskirts of Kostiantynivka. By midnight the crew has dropped "
        "mortar rounds on two trenches and an ammunition truck, he says, and watched Russian "
        "infantry crawl towards a Ukrainian position in the dark. Russian glide bombs have "
        "hit the town every day this week, and the shelling of the road behind the cellar "
        'makes resupply possible only at night. "Everyone here is tired, but the infantry is '
        "more tired,\" Foto says, changing a battery. Ukraine's general staff reported more "
        "than 40 Russian assaults on the Kostiantynivka axis on Tuesday. The crew lost a "
        "drone to electronic jamming before dawn and another to a shotgun. At six in the "
        "morning they sleep in turns. Foto has not seen his daughter, now three, since the "
        "spring.",
        "B E",
        "fighter profile",
    ),
    (
        "Bat Yam family mourns grandmother and granddaughter killed by Iranian missile",
        "A grandmother and her nine-year-old granddaughter were among six people killed when "
        "an Iranian ballistic missile struck a residential building in Bat Yam, south of Tel "
        "Aviv, early on Sunday, Israel's emergency service said. Rescuers worked for hours to "
        "pull survivors from the rubble of the eight-storey block, and dozens of people were "
        "treated for injuries. Iran fired several barrages overnight, in response to Israel's "
        "campaign of strikes on its nuclear and military sites, which Iranian officials say "
        "have killed more than 200 people. Ruti Levi, 68, had moved to Bat Yam from Beersheba "
        "to help raise her granddaughter Noa, relatives said. The two were sheltering in a "
        "stairwell rather than the flat's protected room, which had been full of boxes. \"She "
        "always said a stairwell was enough,\" said Ruti's son, Eyal, at the funeral on "
        "Monday. Residents whose homes were damaged were taken to hotels. The Home Front "
        "Command urged people to stay near shelters.",
        "E D",
        "missile strike",
    ),
    (
        "Obituary: Hamadou Barry Sangaré, the JNIM commander the army says it has killed",
        "Mali's army said on Friday that a drone strike near Boulkessi had killed Hamadou "
        "Barry Sangaré, a commander of the al-Qaeda-linked JNIM group who is believed to have "
        "directed attacks on army posts in the centre of the country for a decade. The group "
        "has neither confirmed nor denied his death, and local sources in the Mopti region "
        "gave conflicting accounts of who was in the vehicle that was hit. If he is dead, it "
        "ends the career of a man who began as a Koranic teacher in Nampala and built a "
        "following among Fulani herders who felt abandoned by the state. He is accused of "
        "ordering the 2019 attack on the Boulkessi camp, in which dozens of soldiers died. "
        "Analysts say his networks reached into Burkina Faso. The army said the strike took "
        "place on Wednesday evening and destroyed two pickup trucks. JNIM fighters attacked "
        "an army convoy near Diafarabé the following day, according to security sources. His "
        "age was uncertain; most accounts put it at about 55.",
        "E",
        "drone strike",
    ),
    (
        "Miguel Ángel Turbay, senator shot at a Bogotá rally, dies after two months in hospital",
        "Miguel Ángel Turbay, the Colombian opposition senator and presidential hopeful shot "
        "at a campaign rally in Bogotá in June, died in hospital on Monday. He was 39. Turbay "
        "was hit twice in the head and once in the leg as he spoke to supporters in a park in "
        "the west of the capital; a 15-year-old boy was arrested at the scene with a pistol. "
        "Prosecutors say the teenager was hired by a network linked to a dissident armed "
        "group and have charged five other people. His death is the first killing of a "
        "presidential candidate in Colombia since the wave of assassinations of 1989 and "
        "1990. Turbay's own mother, a journalist, was killed in 1991 after being kidnapped by "
        "Pablo Escobar's cartel. Politicians across the spectrum condemned the shooting, and "
        "President Gustavo Petro called for unity. Thousands of people gathered outside the "
        "Santa Fe foundation hospital on Monday night with candles. He is survived by his "
        "wife and four children.",
        "V",
        "assassination",
    ),
    (
        "Poonch teacher killed by cross-border shelling as families flee the border",
        "Mohammad Iqbal, a teacher at a government school in Poonch, was killed on Wednesday "
        "morning when a Pakistani shell hit the courtyard of his home as he prepared to take "
        "his children to a bunker, his family said. He was 45. At least 12 civilians were "
        "killed in Poonch district in a night of heavy shelling along the Line of Control, "
        "officials in Jammu and Kashmir said, after India struck what it described as "
        "terrorist infrastructure in Pakistan. Pakistan said the Indian strikes had killed "
        "civilians on its side. Iqbal had taught mathematics for 18 years and ran free "
        'evening classes for children from border villages. "He carried the little ones '
        'himself," said a neighbour. By Wednesday afternoon hundreds of families had left '
        "villages near the border for relatives' homes in Jammu, travelling in tractors and "
        "buses. Iqbal's funeral was held quickly, under the sound of shelling, and his wife "
        "and three children left for Jammu the same evening.",
        "E D",
        "shelling",
    ),
    (
        "Security forces fire tear gas at Saqqez mourners marking 40 days since Mahsa Amini's "
        "death",
        "Thousands of people walked to Aichi cemetery in Saqqez on Wednesday to mark the 40th "
        "day since the death of Mahsa Amini in the custody of Iran's morality police, defying "
        "roadblocks and a heavy security presence. Security forces fired tear gas and shot at "
        "crowds near the cemetery and in the town centre, according to rights groups and "
        'videos shared online, and there were reports of arrests. Mourners chanted "Woman, '
        'life, freedom" at her grave and some set fire to tyres in the streets. Amini, a '
        "22-year-old Kurdish woman, died in September after being detained in Tehran for "
        "allegedly wearing her headscarf improperly. Her family had been warned not to hold a "
        "ceremony, according to a Kurdish rights group. Internet access in the province was "
        "cut for most of the day. Protests over her death have spread to dozens of cities and "
        "universities, and rights groups say security forces have killed more than 200 "
        "people. Her father, Amjad, stayed at home, relatives said.",
        "U",
        "crackdown",
    ),
]
