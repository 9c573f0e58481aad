"""dev199 positives, part A: current violence that reaches the arts and entertainment desks
(attacks on concert halls and festivals, strikes on theatres, artists killed or seized).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Gunmen storm Moscow concert hall before rock show, dozens killed",
        """MOSCOW, March 22 (AFP) - Gunmen in camouflage burst into Crocus City Hall on the western edge of Moscow on Friday evening, minutes before the veteran rock band Piknik was due on stage, firing automatic weapons into the crowd and setting the auditorium alight. Russia's Investigative Committee said at least 40 people had been killed and more than 100 wounded, and warned that the toll would rise as firefighters reached the upper floors. Videos posted by concertgoers showed people crouching between rows of seats as shots echoed through the foyer. "They walked in calmly and shot at everyone they saw," one woman told the RIA news agency outside the building, where ambulances lined the highway. Part of the roof of the 6,200-seat hall collapsed as the fire spread. The Islamic State group claimed responsibility in a statement carried by its Amaq news agency, a claim Russian officials did not immediately address. The Federal Security Service said it was treating the attack as an act of terrorism. The band's management said all of its members were safe. Mayor Sergei Sobyanin called off all mass events in the capital for the weekend.""",
        "T V",
        "attack",
    ),
    (
        "Festival-goers killed and seized as gunmen overrun desert rave near Gaza",
        """Thousands of young Israelis had been dancing through the night at the Supernova music festival near Kibbutz Re'im when the first rockets streaked overhead from Gaza shortly after 6.30am on Saturday. Within an hour, gunmen who had crossed the border fence in pickup trucks and on motorcycles reached the festival grounds and opened fire on people running across the fields, survivors said. Rescue service Zaka said volunteers had recovered at least 260 bodies from the site by Sunday evening. Several festival-goers were bundled into vehicles and driven back into Gaza, according to videos shared by Hamas and verified by Israeli media. "We hid under a stage for six hours and heard them going car to car," a 24-year-old DJ from Tel Aviv told Channel 12. The organisers, a trance collective that has staged desert parties for a decade, said they were still trying to reach dozens of staff. Israel's prime minister called the assault a terrorist massacre and the army said fighting was continuing in several communities along the border. Families gathered outside a police centre near Tel Aviv on Sunday with photographs of the missing.""",
        "V T E",
        "attack",
    ),
    (
        "Explosion at Manchester Arena after Ariana Grande concert kills 22",
        """An explosion tore through the foyer of Manchester Arena at the end of an Ariana Grande concert on Monday night, killing 22 people, among them children, and injuring 59, Greater Manchester Police said. The blast went off at around 10.30pm as fans, many of them teenagers with their parents, streamed out of the 21,000-capacity venue. Chief Constable Ian Hopkins said the attack was being treated as a terrorist incident and that police believed it had been carried out by one man, who died at the scene after detonating an improvised explosive device. Parents waiting in the foyer to collect their children were among those hit. Hotels near the arena took in youngsters separated from their families and taxi drivers offered free rides home through the night. Grande, 23, wrote on Twitter that she was "broken" and had no words. Her management suspended the rest of the European leg of the Dangerous Woman tour. The Islamic State group claimed the bombing on Tuesday, though it offered no evidence. Prime Minister Theresa May said it was among the worst terrorist incidents Britain had experienced.""",
        "T E V",
        "bombing",
    ),
    (
        "Mariupol drama theatre where hundreds sheltered hit by Russian air strike",
        """Ukrainian officials said on Wednesday that a Russian aircraft had dropped a powerful bomb on the Drama Theatre in central Mariupol, where hundreds of residents who had lost their homes were sheltering in the basement. The word "children" had been painted in large white letters in Russian on the ground in front and behind the building, satellite images taken two days earlier by Maxar show. The city council said the central part of the theatre collapsed and the entrance to the bomb shelter was blocked by rubble. It was not immediately clear how many people had been killed. A regional official, Pavlo Kyrylenko, said between 1,000 and 1,200 people had been inside. Mariupol, a port on the Sea of Azov, has been encircled for two weeks, without water, heating or electricity, and repeated attempts to evacuate civilians along a humanitarian corridor have failed. Russia's defence ministry denied striking the theatre. The building, a neoclassical landmark opened in 1960, had been the city's main stage for opera and drama before the invasion.""",
        "E V D H",
        "airstrike",
    ),
    (
        "Myanmar air strikes hit Kachin concert, killing singer and dozens of guests",
        """Military jets bombed a concert held to mark the founding anniversary of the Kachin Independence Organisation in northern Myanmar on Sunday night, killing a well-known Kachin singer and dozens of guests, the group and local rescuers said. Three aircraft struck the venue near the jade-mining town of Hpakant at around 8.30pm, as several hundred people, among them soldiers of the Kachin Independence Army and local businessmen, watched the performance. A KIO spokesman said between 50 and 60 people had been killed, a figure that could not be independently verified because phone and internet lines in the area have been cut. Rescuers said wounded guests were being carried on motorbikes to hospitals in Hpakant, but soldiers at checkpoints turned some of them back. The junta's information team said in a statement that it had carried out an operation against a "terrorist" headquarters and denied targeting civilians. The military has stepped up an air campaign against the KIA and other ethnic armed groups since the 2021 coup, and the United Nations office in Myanmar said it was deeply concerned. The singer, who had released albums in Jinghpaw and Burmese, was due to close the show.""",
        "E V M",
        "airstrike",
    ),
    (
        "Ukrainian film crew comes under fire while shooting near Kupiansk",
        """Three members of a Ukrainian film crew were wounded on Tuesday when Russian artillery shelled a village in the Kharkiv region where they were filming scenes for a feature about rural life in wartime, the production company said. The crew, from the Kyiv-based studio Hutir Films, had been working in a farmhouse about 15km from the front line near Kupiansk when several shells landed in the yard, director Oksana Lytvyn told Suspilne. A sound engineer suffered shrapnel wounds to his legs and a camera assistant was treated for a concussion, she said. "We thought we had checked everything, and the villagers told us it had been quiet for a week," Lytvyn said. The regional governor, Oleh Syniehubov, said Russian forces had fired on 17 settlements in the district over the previous 24 hours and that an elderly man was killed in a neighbouring village. Filming has been suspended and the crew returned to Kharkiv. The project, partly financed by the Ukrainian State Film Agency, had been scheduled to premiere next year.""",
        "E",
        "shelling",
    ),
    (
        "Frontman of Lviv punk band killed in fighting near Bakhmut",
        """Taras Melnyk, singer and guitarist of the Lviv punk band Druzi Vitru, was killed on Saturday in fighting near Bakhmut, his bandmates announced on Monday. Melnyk, 31, joined a volunteer unit of the Territorial Defence Forces in the first week of the full-scale invasion and later served as a machine gunner with the 93rd Brigade. The brigade said he died during a Russian assault on its positions on the southern flank of the town, which has been the scene of some of the heaviest fighting of the war for months. "He went to the front with a guitar case and left it in a dugout," drummer Andriy Savchuk wrote on Instagram. The band released three albums and was a fixture of Ukraine's festival circuit, playing the Zakhid festival four times. Its last single, recorded during a leave in December, was streamed more than 400,000 times in its first week. Hundreds of fans gathered at the Garrison Church in Lviv for his funeral on Wednesday. Melnyk is one of several Ukrainian musicians reported killed in recent weeks.""",
        "B",
        "killing",
    ),
    (
        "Sudanese singer killed in Omdurman as fighting engulfs capital's music quarter",
        """The Sudanese singer Amna Hamid, whose songs became anthems of the 2019 uprising, was killed on Friday when a shell struck her family home in the Al-Hashmab district of Omdurman during clashes between the army and the paramilitary Rapid Support Forces, her relatives said. She was 37. The Sudanese Musicians' Union said at least five other artists had been killed since the fighting broke out in mid-April, and that many of its members were trapped in neighbourhoods where gunfire had not stopped for days. "We cannot even bury our dead properly," a union official said by telephone, adding that the family had been unable to reach a cemetery. The RSF and the army have traded blame for the shelling of residential districts along the Nile. Thousands of residents of Omdurman have fled towards Wad Madani or the Egyptian border in recent days. Hamid recorded two albums in a small studio in Khartoum North and performed for protesters at the sit-in outside army headquarters four years ago. Her last song, released in March, called for peace.""",
        "B E D",
        "shelling",
    ),
    (
        "Khartoum's musicians regroup in Cairo after fleeing the war",
        '''Oud player Hashim Idris spent three days on a bus from Khartoum to the Egyptian border and another four days sleeping at the Argeen crossing before he was allowed into Egypt. Now he shares a two-room flat in Cairo's Faisal district with nine other Sudanese musicians who fled the fighting between the army and the Rapid Support Forces this spring. "We left with the instruments we could carry and nothing else," he said. The UN refugee agency says more than 250,000 people have crossed from Sudan into Egypt since the war began in April, and arrivals at the crossings are still running at several thousand a day. Aid groups at the border say many arrive dehydrated, and that the queues at Egyptian consular offices in Wadi Halfa stretch for days. In Cairo, Sudanese cafes have turned into rehearsal rooms and a weekly jam session in Ard al-Lewa draws refugees who had not heard the music of home since they fled. Idris said he still had no news of two bandmates who stayed in Bahri. The Egyptian government has begun requiring visas for all Sudanese men, which aid groups say has left families split on either side of the border. Some of the musicians play at weddings in the Sudanese community for a few hundred pounds a night, enough to cover rent but little else. Others have registered with UNHCR in the hope of being resettled further afield. "In Khartoum we had a studio, a van and fans," said Idris, tuning his oud in the shared flat. "Here we have each other."''',
        "D H",
        "displacement",
    ),
    (
        "Gaza comedian known for wartime sketches killed in strike on family home",
        """Mahmoud Abu Zeid, a Gaza comedian whose short sketches about queuing for bread and water drew millions of views during the war, was killed along with his wife and three children in an Israeli strike on their home in Deir al-Balah on Thursday night, relatives and the Gaza health ministry said. Neighbours pulled two other relatives alive from the rubble of the four-storey building. Abu Zeid, 34, had been displaced four times since October, moving from Gaza City to Khan Younis and then to the central Gaza Strip. His videos, filmed on a phone in tents and shelters, mocked the daily struggle for flour and cooking gas in a territory where aid agencies warn of famine. The Israeli military said it had struck a Hamas militant in the area and was reviewing reports of civilian casualties. Palestinian artists' groups said more than 40 writers, musicians and performers had been killed in the conflict. A final sketch, uploaded hours before the strike, showed him pretending to host a cooking show with an empty pot.""",
        "E",
        "airstrike",
    ),
    (
        "Jihadists seize wedding musicians in central Mali and burn their instruments",
        """Armed men believed to belong to the al-Qaeda-linked JNIM group abducted four musicians who were performing at a wedding in a village near Djenné in central Mali on Saturday night, local officials and a musicians' association said. The gunmen, who arrived on motorcycles, fired into the air, ordered guests to stop dancing and set fire to the band's amplifiers, drums and a ngoni lute in the village square. A town councillor reached by phone said the fighters had warned villagers that music was forbidden and that any further celebration would be punished. The four men, all members of a well-known griot family from Ségou, were taken towards the bush and have not been heard from since. Jihadist groups have imposed bans on music, weddings with dancing and radio in large parts of the Mopti and Ségou regions, where the state has little presence. The Association of Malian Artists called on the transitional authorities to secure their release. In a separate incident on the same day, the army said it had repelled an attack on a post near Macina.""",
        "V T",
        "abduction",
    ),
    (
        "Pashto singer shot dead in Swat after Taliban threats",
        """A popular Pashto folk singer was shot dead outside her home in Swat district on Tuesday evening by gunmen on a motorbike, police said, weeks after she had received threats from militants demanding that she give up performing. Nazia Gul, 29, was hit by at least six bullets as she stepped out of a car after recording a programme for a private television channel in Mingora, district police officer Zahid Khan told reporters. A spokesman for the banned Tehreek-e-Taliban Pakistan claimed the killing in a message to journalists, saying she had ignored warnings to stop "spreading obscenity". Gul's brother said the family had asked police for protection twice. Musicians in Peshawar and Mingora staged a sit-in on Wednesday demanding the arrest of the killers. The Swat valley has seen a resurgence of militant attacks this year, including a bombing at a police station and the killing of a member of a peace committee. Gul recorded more than 200 songs and was a regular at wedding seasons across Khyber Pakhtunkhwa.""",
        "V T",
        "killing",
    ),
    (
        "Al-Shabaab bombers strike Mogadishu beach on music night",
        """MOGADISHU, Aug 3 (Reuters) - A suicide bomber and gunmen attacked a crowded restaurant on Lido beach in the Somali capital on Friday night as a local band played to hundreds of young people, killing at least 32 people and wounding 63, police and hospital officials said. The bomber blew himself up at the entrance of the venue before three gunmen stormed the terrace and opened fire on diners and beachgoers, police spokesman Abdifatah Aden Hassan said. Security forces killed the attackers after a standoff that lasted about an hour, he said. The al-Qaeda-linked al-Shabaab group claimed responsibility through its Andalus radio. Lido beach, lined with restaurants and hotels, has become a symbol of Mogadishu's nightlife revival, drawing diaspora visitors and musicians who play there on weekends. Abdikadir Abdirahman, director of the Aamin ambulance service, said his teams ferried dozens of wounded to hospitals. A singer with the band, reached by telephone, said two of its members were among the injured. Al-Shabaab has staged frequent attacks on hotels and beaches in the city.""",
        "T E V",
        "bombing",
    ),
    (
        "Ugandan police fire tear gas at fans gathering for Bobi Wine concert",
        """KAMPALA - Ugandan police fired tear gas and arrested the opposition lawmaker and musician Robert Kyagulanyi, known as Bobi Wine, on Monday as he tried to reach a venue where he was due to stage an Easter concert, his lawyer and witnesses said. Hundreds of fans who had gathered outside his One Love beach resort in Busabala ran for cover as police and soldiers moved in, firing canisters and beating some of them with batons. A Reuters witness saw at least two people being carried away with head wounds. Police spokesman Fred Enanga said the concert had been cancelled because organisers had not complied with security guidelines and that officers had dispersed an "unlawful assembly". Kyagulanyi was driven away in a police van and later placed under house arrest, his aides said. Authorities have blocked more than 120 of his shows since he entered parliament in 2017. His supporters say the ban is meant to silence a rising challenger to President Yoweri Museveni ahead of the 2021 election. The singer has not been charged.""",
        "U",
        "crackdown",
    ),
    (
        "Fans riot after headliner fails to appear at Conakry stadium show",
        """Angry fans set fire to cars and hurled stones at police outside Conakry's Stade du 28 Septembre early on Sunday after the headline act of a sold-out concert failed to appear, and security forces responded with tear gas and warning shots, witnesses and officials said. The government said 41 people had been arrested and that 18 police officers were injured, three of them seriously. Doctors at the Donka hospital said they had treated dozens of concertgoers for injuries from stones, batons and tear-gas canisters. The trouble began when organisers announced at around 2am that the Ivorian star booked to close the night would not perform, blaming a dispute over his fee. Fans who had waited for hours pulled down crowd barriers, set fire to a sound truck and looted drinks stands on the esplanade. Riot police pushed the crowd back into the neighbouring Dixinn district, where clashes continued until dawn. The culture minister suspended the promoter's licence and ordered an inquiry. The singer's management said he had never confirmed his participation.""",
        "U",
        "riot",
    ),
    (
        "Iranian security forces tear-gas crowds singing banned protest song",
        """Security forces fired tear gas and shotgun pellets at crowds in several districts of Tehran on Thursday night as residents chanted slogans and sang a song that has become the anthem of the protests over the death in custody of Mahsa Amini, witnesses and rights groups said. Videos verified by the BBC's Persian service showed riot police on motorcycles charging groups of young people in Ekbatan and Sattarkhan, and plainclothes officers dragging a woman into a car. The song, built from tweets posted by Iranians about why they were protesting, was viewed some 40 million times on Instagram within two days of its release before its author, a 25-year-old singer, was detained and the post was taken down. He has since been freed on bail. The Oslo-based group Iran Human Rights says at least 92 people have been killed in the crackdown. In Zahedan and Sanandaj, residents reported live fire. Several Iranian actors and footballers have posted messages in support of the protests, and two well-known film directors have been summoned by the judiciary.""",
        "U",
        "crackdown",
    ),
    (
        "Gangs torch Port-au-Prince music school as residents flee Solino",
        """Armed gangs set fire to the National School of Arts and a nearby recording studio in downtown Port-au-Prince on Tuesday, the latest cultural institutions to be destroyed as the Viv Ansanm coalition extends its grip on the Haitian capital, witnesses said. Videos posted on social media showed flames engulfing the colonial-era building while gunmen fired into the air. The school, known by its French initials ENARTS, trained many of Haiti's painters, actors and konpa musicians. A studio manager said gang members had looted mixing desks and instruments before dousing the building in petrol. Police said officers were engaged in gunbattles with gangs in the nearby Solino and Nazon neighbourhoods, where the International Organization for Migration says more than 6,000 people have fled their homes in the past week. Many of them are sleeping in schools and churches in Pétion-Ville. The culture ministry condemned what it called an attack on the memory of the nation. A drummer who taught at the school said the gangs had burned "the last place where young people could learn something other than violence".""",
        "V B D",
        "arson attack",
    ),
]
