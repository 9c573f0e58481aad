"""dev316 positives, part a: obituaries of people killed in current fighting, strikes, attacks
and assassinations (Middle East, Ukraine and Russia, Africa). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Ahmed Salem, Gaza cameraman who filmed his neighbourhood's ruin, killed at 29",
        "Ahmed Salem, a freelance cameraman whose footage from northern Gaza was carried by "
        "broadcasters across the Arab world, was killed on Tuesday when an Israeli drone strike "
        "hit "
        "the car he was travelling in near the Nuseirat refugee camp, his employer and the Gaza "
        "health ministry said. He was 29. Two colleagues in the car, a sound technician and a "
        "driver, were also killed; the vehicle was marked PRESS on its roof and bonnet, "
        "according to "
        "photographs taken at the scene. The Israeli military said it had struck a militant cell "
        "operating in the area and that the incident was under review. Salem was born in Beit "
        "Lahia "
        "in 1995 and studied media at the Islamic University of Gaza before filming weddings and "
        "football matches for a local production company. After October 2023 he became one of the "
        "few people still filming in the north, sleeping in hospital corridors and sending "
        "footage by "
        "satellite link when the networks were down. He had been displaced five times, most "
        "recently "
        "to a tent in Deir al-Balah with his wife and two daughters. The Committee to Protect "
        "Journalists said his death brought the number of media workers killed in the war to more "
        "than 120. “He always said the camera was the only thing he could still protect,” his "
        "brother Mahmoud said at the funeral, held in the courtyard of al-Aqsa Martyrs hospital.",
        "E V D",
        "airstrike",
    ),
    (
        "Olena Marchuk obituary: the photographer who stayed in Kharkiv",
        "Olena Marchuk, whose black-and-white portraits of Kharkiv residents sheltering in the "
        "metro "
        "became some of the defining images of Ukraine's war, has been killed in a Russian drone "
        "attack on the city. She was 41. The drone struck a residential building in the Kyivskyi "
        "district shortly before midnight on Thursday, regional governor Oleh Syniehubov said, "
        "killing Marchuk and three of her neighbours and wounding 17 people. She had returned "
        "to the "
        "flat only a week earlier after months of working near the front around Kupiansk. Born in "
        "Izium in 1984, Marchuk trained as an engineer and took up photography in her thirties, "
        "selling wedding albums to pay for her first cameras. Her 2023 series Underground, shot in "
        "the stations where thousands of families lived during the first months of the "
        "invasion, was "
        "exhibited in Warsaw, Berlin and Lyon. Colleagues remembered her as blunt, funny and "
        "unwilling to leave a city that her friends begged her to abandon. “She said that if "
        "everyone with a camera left, nobody would believe what happened here,” said the editor of "
        "a Kharkiv news site she worked for. She is survived by her mother and a son, 16, who "
        "lives "
        "in Lviv.",
        "E",
        "drone_strike",
    ),
    (
        "Hezbollah commander Abu Ali Hamadeh killed in Israeli strike in south Lebanon",
        "Hezbollah has announced the death of Hassan Hamadeh, known by his nom de guerre Abu "
        "Ali, a "
        "senior field commander killed in an Israeli drone strike on a car near the town of "
        "Nabatieh on Monday. He was 55. The Israeli military said it had targeted a commander of "
        "the group's Radwan force responsible for rocket and anti-tank missile attacks on northern "
        "Israel. Lebanon's National News Agency said the strike also wounded two passers-by. "
        "Hamadeh joined the movement as a teenager in the 1980s, fought against the Israeli "
        "occupation of the south and later commanded units in Syria, according to a biography "
        "released by the group. Hezbollah described him as a martyr and said he had spent four "
        "decades “on the path of resistance”. His funeral in his home village of Kfar Roummane "
        "drew several thousand mourners, some of whom fired rifles into the air. He is the most "
        "senior figure the group has lost in a single strike since the exchange of fire across the "
        "border began in October 2023. Residents said drones had been circling the area for days, "
        "and many families had already moved north to Sidon.",
        "E M D",
        "drone_strike",
    ),
    (
        "Remembering Mawahib Osman, the El Fasher volunteer shot by militiamen",
        "Mawahib Osman, a pharmacist who ran one of the last community kitchens in El Fasher, was "
        "shot dead by Rapid Support Forces fighters at a checkpoint on the western edge of the "
        "city "
        "on Saturday, the local emergency response room said. She was 34. According to two "
        "witnesses quoted by the group, the fighters stopped the rickshaw in which she was "
        "carrying "
        "sacks of sorghum, accused her of feeding the army and opened fire. The RSF did not "
        "respond "
        "to requests for comment. Osman graduated from the University of Khartoum in 2013 and "
        "returned to North Darfur to work at her father's pharmacy. When the siege of El Fasher "
        "tightened in 2024 she organised a kitchen that fed up to 900 people a day in the Abu "
        "Shouk "
        "area, cooking with firewood when gas ran out. UN agencies say the city's hospitals are "
        "barely functioning and that famine has been confirmed in nearby displacement camps. Her "
        "colleagues said she refused several chances to leave for Tawila. “She said the kitchen "
        "could not close for a single day,” one volunteer said. She is survived by her parents and "
        "four sisters.",
        "V H D",
        "shooting",
    ),
    (
        "Ukrainian sprinter turned drone operator dies in fighting near Pokrovsk",
        "Dmytro Kovalenko, a former national junior champion in the 200 metres who joined "
        "Ukraine's "
        "army in 2022, has been killed in fighting near Pokrovsk, his brigade announced on Sunday. "
        "He was 27. The 59th brigade said Kovalenko, a drone operator, died when Russian infantry "
        "attacked his position during an assault on the village of Udachne. The Ukrainian "
        "Athletics Association said he was the 14th athlete from its ranks killed since the "
        "full-scale invasion. Born in Kropyvnytskyi, he won bronze at the European Youth Olympic "
        "Festival in 2015 and trained for several years under the coach Ivan Petrenko, who "
        "described him as “fast, stubborn and never late”. An injury ended his racing career in "
        "2020, and he was working as a PE teacher when he enlisted. Fellow soldiers said he had "
        "taught himself to build and repair FPV drones in a basement workshop. The Russian defence "
        "ministry said its forces had taken Udachne in the same week, a claim Ukraine's general "
        "staff disputed. Kovalenko is survived by his wife and his parents, who asked that "
        "donations be made to his unit.",
        "B",
        "battle",
    ),
    (
        "Russian war correspondent killed by drone in Zaporizhzhia region",
        "Yevgeny Lebedev, a war correspondent for the Russian state channel Rossiya 24, was killed "
        "when a Ukrainian drone struck his car near Vasylivka in the occupied part of the "
        "Zaporizhzhia region, the channel said on Friday. He was 46. His cameraman was seriously "
        "wounded and was taken to a hospital in Melitopol, according to the Russian-installed "
        "regional governor. Kremlin spokesman Dmitry Peskov called the attack a deliberate killing "
        "of a journalist and said it would be reported to international organisations. Ukraine's "
        "military did not comment. Lebedev began his career at a regional newspaper in Voronezh "
        "and "
        "covered the wars in Chechnya and Syria before spending most of the past three years "
        "embedded with Russian units in southern Ukraine. He was known to viewers for long reports "
        "filmed in trenches and for a Telegram channel with more than 300,000 subscribers, which "
        "Ukrainian officials accused of spreading propaganda. He was at least the sixth Russian "
        "media worker killed in the war, according to the Russian Union of Journalists. He leaves "
        "a wife and two sons.",
        "E",
        "drone_strike",
    ),
    (
        "Abdirahman Guled, Somali former minister, killed in al-Shabaab hotel attack",
        "Abdirahman Guled, a former Somali minister of ports and a member of parliament for "
        "Lower Shabelle, was among those killed when al-Shabaab fighters stormed a hotel in "
        "central "
        "Mogadishu on Friday evening, his family and officials said. He was 61. The attack began "
        "with a car bomb at the hotel gate, after which gunmen held guests hostage for more than "
        "ten hours before security forces retook the building. Police spokesman Abdifatah Aden "
        "said "
        "at least 21 people were killed and more than 40 wounded. Al-Shabaab claimed "
        "responsibility in a statement on a website linked to the group. Guled was born in "
        "Marka in 1962, studied economics in Rome and returned to Somalia after 2004 to work on "
        "rebuilding the ports of Mogadishu and Kismayo. As minister between 2017 and 2019 he "
        "championed the rebuilding of the harbour's old breakwater and a customs system that "
        "donors praised. Colleagues described a patient negotiator who kept a phone line open to "
        "clan elders on every side. President Hassan Sheikh Mohamud called the attack a "
        "cowardly act "
        "of terrorism and declared three days of mourning. Guled is survived by his wife and seven "
        "children.",
        "T E V",
        "terrorist_attack",
    ),
    (
        "Bajaur rally bombing: JUI-F leader Maulana Ziaullah Jan remembered",
        "Maulana Ziaullah Jan, a provincial leader of the Jamiat Ulema-e-Islam (F) party, was "
        "killed "
        "on Sunday when a suicide bomber blew himself up at a workers' convention he was "
        "addressing "
        "in Khar, the main town of Bajaur district, police said. He was 52. Officials at the "
        "district "
        "hospital said 46 people were killed and more than 100 wounded, many of them young party "
        "workers sitting near the stage. Police said early evidence pointed to the regional "
        "affiliate of the Islamic State group, which has attacked the party before. Jan was "
        "born in "
        "the Mamund area and taught at a seminary in Peshawar before entering politics in 2002. He "
        "contested the provincial assembly seat twice, losing narrowly in 2018, and was known "
        "locally "
        "for settling land disputes between tribes. Party chief Maulana Fazlur Rehman said the "
        "party "
        "had lost “a brother and a brave voice for peace in the tribal districts”. Prime Minister "
        "Shehbaz Sharif condemned the bombing as terrorism. Jan's funeral prayers were held under "
        "heavy security in his home village on Monday. He leaves two wives and nine children.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Mayor of Djibo killed in jihadist ambush, Burkina Faso officials say",
        "Amadou Diallo, the mayor of Djibo in northern Burkina Faso, was killed with four "
        "members of "
        "his escort when suspected jihadists ambushed their vehicle on the road to Ouahigouya, "
        "regional officials said on Wednesday. He was 58. A security source said the attackers, "
        "thought to belong to the al-Qaeda-linked JNIM, blew up the lead vehicle with an explosive "
        "device before opening fire. Djibo, a town of tens of thousands of people swollen by "
        "displaced families, has been under a blockade by the group for more than two years and is "
        "supplied mainly by air and by escorted convoys. Diallo, a former schoolteacher, was "
        "elected "
        "in 2016 and stayed in the town after most officials had left for Ouagadougou. Residents "
        "said he spent his days negotiating with aid agencies for food deliveries and with the "
        "army "
        "for escorts. “He could have left a hundred times,” a local councillor said by telephone. "
        "The government spokesman condemned a “barbaric terrorist act” and said an operation was "
        "under way to find the attackers. Diallo is survived by his wife and five children.",
        "T E V H D",
        "ambush",
    ),
    (
        "Kenneth Mbah: lawyer and chief killed by separatists in Cameroon's North-West",
        "Kenneth Mbah, a lawyer and traditional chief from the Bui division of Cameroon's "
        "English-speaking North-West region, was killed by armed separatists who abducted him from "
        "his home in Kumbo on Tuesday night, his family and local officials said. He was 63. His "
        "body was found the next morning near a roadside in the village of Tobin, with gunshot "
        "wounds, according to a regional security official. A separatist group calling itself the "
        "Bui Warriors claimed the killing in a video posted online, accusing Mbah of working with "
        "the government. Mbah studied law in Yaounde and Lagos and practised for three decades in "
        "Bamenda, defending clients on both sides of the region's divide. In 2019 he took part "
        "in a "
        "national dialogue on the crisis and argued for a return of schools to the region. Human "
        "rights groups say separatists and soldiers have both killed civilians since the conflict "
        "began in 2017, and that more than 600,000 people have fled their homes. The regional bar "
        "association suspended court sittings for two days in his memory. He is survived by his "
        "wife and six children.",
        "V D",
        "abduction_killing",
    ),
    (
        "Colonel Jean-Paul Kasongo, Congolese officer, dies defending Sake",
        "Colonel Jean-Paul Kasongo, a commander in the Congolese army who led the defence of the "
        "town of Sake west of Goma, has been killed in fighting with M23 rebels, an army spokesman "
        "said on Thursday. He was 49. The spokesman, Lieutenant-Colonel Guillaume Ndjike, said "
        "Kasongo was hit by mortar fire while directing his troops during a rebel assault on the "
        "hills above the town. The M23, which Kinshasa and UN experts say is backed by Rwanda, "
        "claimed on social media that it had repelled an army counter-attack and captured weapons. "
        "Kasongo, born in Kananga, joined the army in 2003 after the integration of former rebel "
        "groups and served with UN-trained units in Ituri before being posted to North Kivu. "
        "Officers who served with him described a commander who ate with his men and refused to "
        "leave the front line. The fighting around Sake has sent tens of thousands of people "
        "fleeing towards Goma, where camps are already overflowing, according to the UN's "
        "humanitarian office. Kasongo is survived by his wife and four children, who live in "
        "Kinshasa.",
        "B E D",
        "battle",
    ),
    (
        "Basra activist Hussein Jassim shot dead outside his home",
        "Hussein Jassim, a civil engineer and one of the best-known organisers of the protest "
        "movement in Basra, was shot dead by gunmen outside his home on Wednesday night, police "
        "and "
        "his family said. He was 31. A police source said two men on a motorcycle fired at least "
        "eight rounds at Jassim as he got out of his car and then fled. No group claimed "
        "responsibility, but fellow activists blamed armed factions linked to Iran, which they say "
        "have threatened them for months. Jassim helped lead the sit-ins in Basra's central square "
        "and had recently announced he would stand as an independent candidate in provincial "
        "elections. He studied at the University of Basra and worked for an oil services company "
        "until he was dismissed, he said, for his political activity. Prime Minister Mustafa "
        "al-Kadhimi ordered an investigation and promised the killers would be found. Hundreds of "
        "mourners carried his coffin through the city on Thursday chanting against the militias. "
        "At least 30 activists have been assassinated in southern Iraq since the protests began, "
        "according to the country's human rights commission.",
        "V",
        "assassination",
    ),
    (
        "Yoav Mizrahi, oud player, killed in Hamas attack on kibbutz",
        "Yoav Mizrahi, an oud player and music teacher whose classes at Kibbutz Nir Oz drew pupils "
        "from across the Negev, was killed when Hamas gunmen attacked the kibbutz on Saturday, his "
        "family said. He was 67. Relatives said he was shot in the doorway of his house after "
        "trying to hold the door of the safe room shut, while his wife and granddaughter hid "
        "inside; both survived. Israeli officials described the assault on communities near the "
        "Gaza border as the deadliest terrorist attack in the country's history, and the kibbutz "
        "said dozens of its members were killed or taken hostage. Mizrahi was born in Jerusalem to "
        "a family from Baghdad and learned the oud from his grandfather. He moved to Nir Oz in "
        "1982 "
        "and played with Arab and Jewish musicians in ensembles in Beersheba and Jaffa. Former "
        "students remembered a patient teacher who insisted that every pupil learn at least one "
        "song in Arabic. He was buried on Wednesday in a temporary grave at Kibbutz Revivim, as "
        "the "
        "families of Nir Oz have been evacuated to hotels on the Dead Sea. He is survived by his "
        "wife, Ilana, three children and six grandchildren.",
        "T V D",
        "terrorist_attack",
    ),
    (
        "Ali al-Harazi, Marib tribal leader, killed by Houthi missile",
        "Sheikh Ali al-Harazi, a tribal leader who commanded volunteer fighters on the southern "
        "front of Yemen's Marib province, was killed on Sunday when a ballistic missile fired by "
        "the Houthis struck a gathering at his home, the province's government said. He was 70. "
        "The "
        "Saudi-backed government said 11 other people were killed, among them two of his sons, and "
        "accused the Houthis of deliberately targeting a social gathering. The Houthi-run Saba "
        "news "
        "agency said the group's forces had struck “a meeting of mercenary leaders”. Harazi, from "
        "the Murad tribe, was a mediator in land and blood disputes for decades before he took up "
        "arms when the Houthis advanced on Marib in 2020. His fighters held the hills around "
        "al-Juba district through months of fighting. Government officials said he had also given "
        "land to families displaced from the front, whose camps around Marib city now house "
        "hundreds of thousands of people. Prime Minister Maeen Abdulmalik described him as “a "
        "symbol of Marib's steadfastness”. His funeral was held in Marib city on Monday.",
        "E V D",
        "missile_strike",
    ),
    (
        "Lebanese paramedic Rabih Fakih killed in strike on civil defence centre",
        "Rabih Fakih, a paramedic who had served with Lebanon's civil defence for 22 years, was "
        "killed on Wednesday when an Israeli airstrike hit the civil defence centre in the "
        "southern "
        "town of Bint Jbeil, the health ministry said. He was 46. The ministry said five rescue "
        "workers were killed in the strike, which came as teams were preparing to go out to a "
        "building hit earlier in the day. The Israeli military said it was targeting Hezbollah "
        "infrastructure in the area and did not comment on the centre. The World Health "
        "Organization said attacks on health workers in Lebanon had forced dozens of clinics to "
        "close and called for medical staff to be protected. Fakih joined the civil defence as a "
        "volunteer at 24 after a fire in his village and became a paid rescuer after the 2006 war. "
        "Colleagues said he was usually first into collapsed buildings and last to leave. “He used "
        "to say a siren is a promise that someone is coming,” a fellow paramedic said. His funeral "
        "was held in Tyre because his home village had been emptied by the bombardment. He is "
        "survived by his wife and three children.",
        "E V H D",
        "airstrike",
    ),
    (
        "Kursk village head killed by Ukrainian shelling, governor says",
        "Nikolai Sorokin, the head of a rural settlement in Russia's Kursk region, was killed on "
        "Tuesday when Ukrainian artillery shells hit the village of Tetkino as he was distributing "
        "drinking water to residents, acting governor Alexander Khinshtein said. He was 64. Two "
        "residents were wounded and taken to hospital in Rylsk, the governor said on Telegram. "
        "Tetkino lies a few hundred metres from the border and has been shelled almost daily since "
        "Ukrainian forces crossed into the region in August, and most of its population has been "
        "evacuated. Sorokin, a former collective farm mechanic, was elected head of the settlement "
        "in 2010 and refused to leave when the evacuation was announced, saying someone had to "
        "look "
        "after the pensioners who remained. Residents said he drove a water tanker to their houses "
        "twice a week. Ukraine does not comment on individual strikes. The regional administration "
        "said he would be posthumously nominated for a state award. He is survived by his wife, a "
        "daughter and two grandchildren.",
        "E D",
        "shelling",
    ),
]
