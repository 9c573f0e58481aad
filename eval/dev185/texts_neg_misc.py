"""dev185 hard negatives: crime 3, disaster 3, accident 2, peaceful protest 3, health 2,
sport 2, politics 1 (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Veracruz journalist shot dead outside his home; prosecutors weigh his reporting as motive",
        "Ernesto Salazar Mora, a reporter who covered local politics and crime for a news "
        "website in Poza Rica, in the Mexican state of Veracruz, was shot dead outside his "
        "home on Wednesday night, state prosecutors said. Two men on a motorcycle fired at "
        "him as he got out of his car, and he died at the scene. He was 46. Prosecutors said "
        "they were investigating all lines of inquiry, including his journalism; he had "
        "recently written about the disappearance of a local businessman and about contracts "
        "at the town hall. Salazar was enrolled in the federal protection mechanism for "
        "journalists after receiving threats in 2022, colleagues said, but the panic button "
        "he had been given did not work. Press freedom groups say Mexico is among the most "
        "dangerous countries in the world for reporters outside a war. Colleagues held a "
        "vigil with his photographs in the town square on Thursday. He leaves a wife and two "
        "teenage sons.",
        "crime",
    ),
    (
        "A Chicago mother turns her son's bedroom into a place for other grieving families",
        "Three years after her son, Darnell, was shot dead on a corner in Chicago's Englewood "
        "neighbourhood, Loretta Simmons still keeps his bedroom as he left it, except for the "
        "folding chairs. Every other Tuesday, mothers who have lost children to gun violence "
        "meet there to talk. Darnell was 17 and on his way home from a basketball practice "
        "when he was caught in a shooting between two young men over a dispute that police "
        "said began on social media. One man was convicted of murder last spring and "
        "sentenced to 45 years. Simmons, a school bus driver, sat through every day of the "
        "trial. Her group, which she calls Darnell's Room, now has 30 members, and she has "
        "started speaking in schools. The city recorded fewer homicides last year than in any "
        'year since 2014, but Simmons says the numbers mean little on her block. "Every one '
        'of those numbers has a bedroom," she says.',
        "crime",
    ),
    (
        "Funeral held for Croydon teenager stabbed on his way home from college",
        "Hundreds of people attended the funeral in south London on Friday of Kyle Adebayo, a "
        "16-year-old who was stabbed to death on a bus in Croydon last month. Kyle, a student "
        "at a sixth-form college who wanted to be an electrician, was attacked by a group of "
        "youths after an argument on the top deck, according to the Metropolitan Police. Two "
        "boys, aged 15 and 17, have been charged with murder and will appear at the Old "
        'Bailey in the spring. His mother, Funmi, told mourners her son had been "a boy who '
        'made everyone laugh, even the teachers he annoyed". His classmates wore blue, his '
        "favourite colour, and released balloons outside the church. The borough has launched "
        "a review of safety on night buses. Knife crime campaigners said the case showed the "
        "need for more youth services in the area. The family has set up a fund to pay for "
        "apprenticeships in his name.",
        "crime",
    ),
    (
        "Two years after the Derna flood, Faraj Bu Zaid still walks to the sea each morning",
        "Faraj Bu Zaid lost his wife, three children and his parents when two dams above "
        "Derna burst during Storm Daniel in September 2023 and a wall of water swept a third "
        "of the Libyan city into the Mediterranean. He was working a night shift at the port "
        "and survived. Bodies were still being recovered from the sea weeks later; his "
        "youngest son's was never found. Thousands of people died, and many thousands were "
        "displaced. Faraj, 48, now lives in a prefabricated flat built by a Turkish "
        "contractor on the edge of the city. Every morning he walks to the corniche and looks "
        "at the water before going to work. Reconstruction is visible everywhere, from a new "
        "bridge over the wadi to rows of apartment blocks, but residents say the families of "
        "the dead are still waiting for the trial of the officials accused of neglecting the "
        'dams. "They rebuilt the bridge first," Faraj says. "They should have rebuilt the '
        'truth first."',
        "disaster",
    ),
    (
        "Pemba Nuru Sherpa, who guided 22 Everest expeditions, killed in avalanche on Manaslu",
        "Pemba Nuru Sherpa, one of Nepal's most experienced mountain guides, was killed on "
        "Monday when an avalanche struck a camp on Manaslu, the world's eighth-highest "
        "mountain, officials said. He was 44. The avalanche buried several tents at Camp "
        "Three as climbers rested before a summit attempt, and rescue helicopters recovered "
        "his body on Tuesday. Two foreign climbers were injured. Pemba Nuru had reached the "
        "summit of Everest 22 times and had fixed ropes for commercial expeditions since he "
        "was 19. He was known in Khumbu for teaching young Sherpas rope work and first aid "
        "for free in the off-season. His brother said he had planned to retire after this "
        "season to run a lodge in Namche Bazaar. Nepal's mountaineering association said "
        "climate change was making avalanches more frequent on its peaks. He is survived by "
        "his wife, Lhakpa, and two daughters, who are at school in Kathmandu.",
        "disaster",
    ),
    (
        "In Yambali, a village counts the missing after the mountain came down",
        "In the village of Yambali in Papua New Guinea's Enga province, people spent a fourth "
        "day on Tuesday digging with spades, sticks and bare hands through rock and soil "
        "where a hillside collapsed before dawn on Friday. The landslide buried more than 150 "
        "houses, and officials said hundreds of people were probably under the debris; only a "
        "handful of bodies had been recovered. The army deployed engineers, but heavy "
        "machinery could not reach the site for days because the only road was blocked. "
        "Relatives sat beside the mounds of earth where houses had stood, some of them "
        "singing. About 1,500 people have been evacuated to care centres because the ground "
        "is still moving, the UN migration agency said. Local leaders asked the government to "
        'declare the site a burial ground. "Our children are under here," said Paul Tambe, '
        'who lost eleven members of his family. "We will not leave them alone."',
        "disaster",
    ),
    (
        "Amasra buries miners killed in coal mine blast as families ask why gas alarms failed",
        "The Black Sea town of Amasra buried its dead on Sunday after a firedamp explosion "
        "tore through a state-owned coal mine on Friday evening, killing 41 miners. Coffins "
        "were carried through the town's narrow streets to the cemetery overlooking the "
        "harbour, as women wailed and miners who had survived stood in their work clothes. "
        "The explosion happened 300 metres underground during a shift change, officials said. "
        "Rescuers worked through the night to reach men trapped in the galleries. Among the "
        "dead was Selim Kaya, 28, who had started work at the mine eight months earlier to "
        "pay for his wedding. Engineers' associations said warnings about gas levels at the "
        "mine had been ignored, and prosecutors have detained several officials. Turkey's "
        "worst mining disaster, at Soma in 2014, killed 301 workers. Selim's father, also a "
        "miner, said he would never go underground again.",
        "accident",
    ),
    (
        "Co-pilot who flew to honour her late husband dies in Pokhara crash",
        "Anju Khatiwada, the co-pilot of the Yeti Airlines flight that crashed on approach to "
        "Pokhara on Sunday, had become a pilot after her husband, also a co-pilot, died in a "
        "crash in 2006. She was 44. She used the insurance money from his death to pay for "
        "flight training in the United States and joined the airline in 2010, becoming one of "
        "its most experienced first officers. The ATR 72 came down in a gorge of the Seti "
        "river minutes before landing, killing all 72 people on board, officials said. "
        "Investigators later found that the propellers had been mistakenly feathered by the "
        "crew. Colleagues said Khatiwada had been due to take her captain's check ride that "
        "week. Her family said she had often told her son that flying felt like being close "
        "to his father. She was cremated at Pashupatinath temple in Kathmandu on Wednesday, "
        "beside the ghat where her husband's funeral had been held 17 years earlier.",
        "accident",
    ),
    (
        "Obituary: Somchai Rattanakul, who sat in silence at Democracy Monument for 87 days",
        "Somchai Rattanakul, a retired schoolteacher who staged a silent sit-in at Bangkok's "
        "Democracy Monument for 87 days in 2020, holding a handwritten sign demanding a new "
        "constitution, died of liver cancer on Saturday. He was 71. Somchai arrived each "
        "morning at seven with a folding stool, a flask of tea and the sign, and left at six; "
        "police moved him on twice and he came back the next day. Young protesters took to "
        "calling him Grandpa Democracy and brought him lunch. He was charged once with "
        "violating an emergency decree, a case later dropped. He never joined the larger "
        'marches. "I am too old to shout," he told Prachatai. "I can still sit." He taught '
        "Thai literature for 35 years in Nakhon Sawan and wrote poetry under a pen name. "
        "Friends plan to place his stool at the monument on the anniversary of his first day.",
        "protest",
    ),
    (
        "Silent march for Novi Sad canopy victims fills Belgrade, 15 minutes at a time",
        "Tens of thousands of people walked through central Belgrade on Saturday in silence, "
        "stopping for 15 minutes at every crossroads in memory of the 15 people killed when "
        "the concrete canopy of Novi Sad's railway station collapsed in November. Students "
        "who organised the march asked participants not to carry party banners, and many held "
        "only a red-stained hand print. The march ended outside the presidency without "
        "incident, police said. The protests, which began at the universities, have grown "
        "into the largest in Serbia for decades, with demands for the publication of all "
        "documents on the station's reconstruction and criminal charges for those "
        "responsible. Among the marchers was Dijana Hrka, whose son Stefan was among the "
        'dead. "I am not here for politics," she said. "I am here because my son went to buy '
        'a train ticket." Farmers drove tractors into the city to join the students. '
        "Organisers said they would return next weekend.",
        "protest",
    ),
    (
        "Every Thursday for nine years, a Mombasa mother stands outside the police station",
        "Every Thursday since 2016, Halima Abdallah has stood outside Makupa police station "
        "in Mombasa holding a photograph of her son, Salim, who was taken away by men who "
        "identified themselves as police officers in August that year and has not been seen "
        "since. She is 63. Other mothers from the coast whose sons disappeared during "
        "counter-terrorism operations have joined her over the years; on some Thursdays there "
        "are twenty women, on others only Halima. Police have never acknowledged holding "
        "Salim. A human rights group, Haki Africa, has recorded dozens of enforced "
        "disappearances in Mombasa since 2014. The women do not chant and do not block the "
        "road. Officers at the station know them by sight and sometimes bring them water. "
        '"They know why I come," Halima says. "One day someone will tell me where he is." She '
        "has asked that, if she dies first, her daughter take the photograph.",
        "protest",
    ),
    (
        "Esther Kollie, the Liberian nurse who went back to the Ebola ward, dies at 58",
        "Esther Kollie, a Liberian nurse who survived Ebola in 2014 and went back to work in "
        "the treatment unit where she had nearly died, died of a stroke in Monrovia on "
        "Thursday. She was 58. Kollie contracted the virus while caring for patients at a "
        "clinic in Paynesville at the height of the epidemic, which killed more than 4,800 "
        "people in Liberia. She spent three weeks at a Médecins Sans Frontières centre, where "
        "she watched patients in the beds on either side of her die. Survivors were believed "
        "to be immune, and she returned within a month to comfort the sick, hold children "
        "whose parents had died and persuade frightened families to bring relatives in. She "
        "later trained nurses in infection control across Lofa County. Colleagues said she "
        "fought stigma as hard as the disease, sharing meals in public with other survivors. "
        "She is survived by three children and a grandson born during the epidemic.",
        "health",
    ),
    (
        "The vaccinator of Bannu: 20 years of knocking on doors for polio drops",
        "Shaheen Akhtar knocks on doors in Bannu, in Khyber Pakhtunkhwa, four times a year "
        "with a cooler box of polio drops and a marker pen to write on the walls of houses "
        "where children have been vaccinated. She has done it since 2005. On Monday she began "
        "the latest national campaign, which aims to vaccinate more than 44 million children "
        "under five across Pakistan, one of the two countries where the wild virus still "
        "circulates. Vaccination teams in the province work with a police escort, and Shaheen "
        "has learned to explain the drops to fathers who suspect they are a plot to sterilise "
        "children. The province has reported several new cases this year, mostly in its "
        "southern districts. She earns a daily allowance and says she has vaccinated the "
        'children of children she once vaccinated. "The virus is patient," she says. "So am '
        'I." Her campaign ends on Friday.',
        "health",
    ),
    (
        'Obituary: "Iron" Ike Mensah, the Accra brawler who went to war in every round',
        '"Iron" Ike Mensah, the Ghanaian featherweight who fought three times for a world '
        "title and never once took a backward step, died in Accra on Tuesday. He was 68. "
        "Mensah grew up in Bukom, the fishing district that has produced most of Ghana's "
        "great boxers, and turned professional at 17. His 1983 title fight in Las Vegas, a "
        "15-round war against the Mexican champion in which both men were knocked down, is "
        "still shown on Ghanaian television. He lost on points, and lost twice more at world "
        'level, each time after fights his trainer called "too brave by half". He retired in '
        "1990 and ran a gym in Bukom where he trained fighters for nothing and fed them for "
        "less. In later years he suffered from the effects of the punches he had taken. His "
        "former rivals sent tributes from Mexico City. He is survived by seven children.",
        "sport",
    ),
    (
        "In exile, Afghanistan's women cricketers finally take the field together",
        "Four years after they fled Kabul, most of them on evacuation flights in August 2021, "
        "the women who were once contracted to play cricket for Afghanistan took the field "
        "together in Melbourne on Thursday for the first time. Wearing a team kit designed "
        "for the occasion, the side of mostly Melbourne- and Canberra-based players beat a "
        "Cricket Without Borders XI by six wickets at Junction Oval. The Taliban banned women "
        "from sport after returning to power, and the International Cricket Council has not "
        "recognised the exiled team. Cricket Australia organised the match. Opener Firooza "
        'Amiri, 22, who works in a supermarket in Canberra, struck a fast 43. "We were a team '
        'before, we are a team now," captain Nahida Sapan said. The players say they want to '
        "compete in an ICC tournament, and officials said talks were under way. Dozens of "
        "Afghan families in the crowd waved the tricolour.",
        "sport",
    ),
    (
        "Obituary: Chaudhry Rafaqat Ali, the Punjab kingmaker who survived a bomb and three coups",
        "Chaudhry Rafaqat Ali, who won a seat in Pakistan's National Assembly eight times "
        "from the same constituency in Sargodha and served in four cabinets, died in Lahore "
        "on Sunday after a long illness. He was 82. A landowner's son with a law degree from "
        "Cambridge, he was known for switching parties at the right moment and for winning "
        "the battles over the federal budget that mattered to his farmers. He survived a bomb "
        "attack on his election rally in 2008, which killed four of his supporters and left "
        "him with a limp; the case was never solved. He served under two military rulers and "
        "three civilian prime ministers, and said in old age that he could no longer remember "
        "which government had been his favourite. His son, a provincial minister, will "
        "contest the by-election. He was buried in his ancestral village after funeral "
        "prayers attended by the chief minister.",
        "politics",
    ),
]
