"""dev11 negatives, batch 2: peace, history, entertainment.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 2
    (
        "Gaza ceasefire takes effect; first hostages and prisoners freed",
        "A ceasefire between Israel and Hamas took effect in Gaza on Sunday morning after a delay of nearly three hours, and three Israeli hostages were handed over to the Red Cross in the afternoon. Israel released 90 Palestinian prisoners overnight. Displaced families in the south began packing their belongings in the hope of returning north. Aid trucks lined up at the Kerem Shalom crossing.",
        "peace",
    ),
    (
        "Russia and Ukraine swap 95 prisoners of war each",
        "Russia and Ukraine exchanged 95 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, officials on both sides said. Ukraine's president posted pictures of the returning soldiers, some of whom had been held since the siege of Mariupol. It was the 55th exchange since the start of the war.",
        "peace",
    ),
    (
        "Security Council renews South Sudan mission for a year",
        "The UN Security Council voted to extend the mandate of the UN Mission in South Sudan for another year, keeping its ceiling of 17,000 troops. Russia and China abstained. The mission protects camps where displaced people have lived since the civil war.",
        "peace",
    ),
    (
        "Colombia and FARC sign peace deal in Cartagena",
        "Colombia's president and the FARC commander signed a peace agreement in Cartagena, ending a 52-year conflict that killed more than 220,000 people. Guests wore white and the commander apologised to victims. The deal will be put to a referendum next week.",
        "peace",
    ),
    (
        "Ethiopia and Tigrayan forces agree to cease hostilities",
        "Ethiopia's government and the Tigray People's Liberation Front agreed in Pretoria to a permanent cessation of hostilities, the African Union mediator said. The deal provides for the disarmament of Tigrayan fighters and the restoration of services to the region. Both sides thanked the mediators.",
        "peace",
    ),
    (
        "DRC and Rwanda sign peace agreement in Washington",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington, committing to end support for armed groups on each other's territory. The deal sets up a joint security mechanism. M23, which controls Goma, was not a party to the agreement.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan agree text of peace treaty",
        "Armenia and Azerbaijan have agreed the text of a peace treaty to end nearly four decades of conflict, the foreign ministries of both countries said. Azerbaijan said Armenia must first change its constitution before the treaty is signed. No date has been set.",
        "peace",
    ),
    (
        "MILF fighters hand over weapons in Bangsamoro ceremony",
        "About 1,000 fighters of the Moro Islamic Liberation Front handed over their rifles, mortars and rocket launchers at a ceremony in Sultan Kudarat, attended by President Duterte. It is the first phase of a process that will demobilise 40,000 combatants. Each fighter will receive a cash grant and training.",
        "peace",
    ),
    (
        "UN announces two-month extension of Yemen truce",
        "The UN envoy for Yemen said the warring parties had agreed to extend the nationwide truce by two months on the same terms. Flights from Sanaa to Amman and Cairo will continue, and fuel ships will be allowed into Hodeidah. The envoy urged the parties to agree on opening roads around Taiz.",
        "peace",
    ),
    (
        "South Sudan forms unity government with former rebel leader",
        "Riek Machar was sworn in as first vice-president of South Sudan on Saturday, forming a unity government with President Salva Kiir, his rival in a five-year civil war. Diplomats applauded at the ceremony in Juba. Many questions remain, including the unification of the armed forces.",
        "peace",
    ),
    (
        "Truth commission hands final report to Colombian president",
        "Colombia's truth commission presented its final report on the armed conflict, describing massacres, forced disappearances and the displacement of more than seven million people over six decades. The commission's president, a Jesuit priest, called for a great national reconciliation. The report took three and a half years.",
        "peace",
    ),
    (
        "Thailand and Cambodia agree ceasefire in Kuala Lumpur talks",
        "The leaders of Thailand and Cambodia agreed to an immediate and unconditional ceasefire at talks in Kuala Lumpur hosted by Malaysia's prime minister. Military commanders will meet on Tuesday. Villagers who left the border area said they would wait before going home.",
        "peace",
    ),
    (
        "WWII bomb defused in Cologne after 20,000 evacuated",
        "Bomb disposal experts defused a 1,000-kilogram American bomb from the Second World War found during construction work in Cologne's old town. More than 20,000 residents were evacuated and a hospital was cleared. Trains through the main station were stopped for two hours.",
        "history",
    ),
    (
        "Srebrenica marks 30 years with burial of newly identified victims",
        "Tens of thousands of people gathered at the Potocari memorial centre to mark the 30th anniversary of the Srebrenica massacre, and seven newly identified victims were buried. Bosnian Serb forces killed more than 8,000 Muslim men and boys after taking the town in July 1995. A peace march arrived from Nezuk the day before.",
        "history",
    ),
    (
        "Rwanda begins 100 days of mourning 30 years after genocide",
        "Rwanda's president lit a flame at the Kigali genocide memorial to open 100 days of commemoration, 30 years after the genocide in which Hutu extremists killed about 800,000 people, mostly Tutsi. Foreign leaders attended the ceremony. Survivors told of hiding in churches and swamps.",
        "history",
    ),
    (
        "Veterans return to Normandy beaches for D-Day 80th anniversary",
        "A few dozen veterans, most of them aged 98 or over, returned to the beaches of Normandy for the 80th anniversary of the D-Day landings. World leaders attended a ceremony at Omaha Beach. Paratroopers jumped over Sainte-Mère-Église in tribute.",
        "history",
    ),
    (
        "Hiroshima Peace Memorial Museum reopens after renovation",
        "The Hiroshima Peace Memorial Museum reopened after a three-year renovation, with new displays on the victims of the atomic bomb dropped on the city in 1945. The museum shows personal belongings such as a charred lunch box. Survivors say the number of living witnesses is shrinking.",
        "history",
    ),
    (
        "Graves of Gallipoli soldiers found during road works",
        "Workers widening a road on the Gallipoli peninsula found the remains of at least six soldiers killed in the 1915 campaign, Turkish officials said. The remains will be examined to determine whether they were Ottoman or Allied troops. The Commonwealth War Graves Commission was informed.",
        "history",
    ),
    (
        "Thousands reenact Battle of Waterloo for bicentenary",
        "About 5,000 reenactors in uniforms of the period refought the Battle of Waterloo on the fields south of Brussels, with cannons, cavalry charges and clouds of smoke. More than 60,000 spectators watched. A descendant of Napoleon played the emperor.",
        "history",
    ),
    (
        "New history of Iran-Iraq war draws on Iraqi archives",
        "A new history of the Iran-Iraq war, drawing on captured Iraqi documents, describes how chemical weapons were used against Iranian troops and Kurdish villages in the 1980s. The author spent eight years on the book. It argues that foreign powers knew about the attacks at the time.",
        "history",
    ),
    (
        "Former Liberian rebel commander convicted of war crimes in Switzerland",
        "A Swiss federal court sentenced a former commander of the ULIMO rebel group to 20 years in prison for war crimes committed during Liberia's civil war in the 1990s, including the murder of civilians and ordering the recruitment of a child soldier. Witnesses travelled from Liberia to testify. It was the first war crimes trial before a Swiss civilian court.",
        "history",
    ),
    (
        "Lebanon marks 50 years since start of civil war",
        "Lebanese officials and civil society groups marked the 50th anniversary of the start of the civil war, which began with a shooting at a bus in Ain al-Remmaneh in April 1975. Families of some 17,000 people who went missing in the war renewed calls for the truth. The president said the country must never return to war.",
        "history",
    ),
    (
        "Bomb teams clear Vietnam War ordnance from Laos farmland",
        "Teams of a demining charity cleared more than 300 unexploded bombs from rice fields in Xieng Khouang province, Laos, this year, part of a programme to clear land bombed by the United States during the Vietnam War. About a third of the bombs dropped did not explode. Farmers said they could now plough without fear.",
        "history",
    ),
    (
        "Paris marks ten years since Bataclan attacks",
        "Paris marked ten years since the attacks of November 2015 with ceremonies outside the Stade de France, the Bataclan concert hall and the restaurants where gunmen and suicide bombers killed 130 people. The president unveiled a memorial garden. Survivors read the names of the dead.",
        "history",
    ),
    (
        "Appeals judges uphold Mladic genocide conviction",
        "UN judges in The Hague upheld the life sentence of former Bosnian Serb army commander Ratko Mladic for genocide, war crimes and crimes against humanity, including the Srebrenica massacre and the siege of Sarajevo. Mothers of victims wept in the public gallery. It was the last judgment in the case.",
        "history",
    ),
    (
        "'Civil War' tops North American box office",
        "Alex Garland's 'Civil War', about journalists crossing a United States torn apart by fighting between the federal government and secessionist states, took the top spot at the North American box office with $25.7 million. Critics praised its battle scenes. It is the studio's most expensive film.",
        "entertainment",
    ),
    (
        "'20 Days in Mariupol' wins best documentary Oscar",
        "'20 Days in Mariupol', filmed by an Associated Press team during the Russian siege of the city, won the Oscar for best documentary. Its director said he wished he had never made the film. It shows the bombing of a maternity hospital.",
        "entertainment",
    ),
    (
        "New 'Call of Duty' game breaks sales records",
        "The latest 'Call of Duty' game, set during the Gulf War, sold more copies in its first week than any previous title in the series, its publisher said. Players fight through missions in Kuwait and Iraq. The game also introduces a new zombie mode.",
        "entertainment",
    ),
    (
        "'Fauda' returns for a new season",
        "The Israeli series 'Fauda', which follows an undercover army unit, returns to Netflix for its fifth season, with raids and gunfights set in the West Bank and in Europe. The show is popular in both Israel and the Arab world, though critics say it glorifies violence. Filming took place before the war in Gaza.",
        "entertainment",
    ),
    (
        "Novel set in wartime Khartoum wins Arabic fiction prize",
        "A novel set in Khartoum during the first months of the war between the army and the RSF won the International Prize for Arabic Fiction. It follows a family trapped in their house while shells fall on the neighbourhood. The author, who now lives in Cairo, said the book was written 'between two evacuations'.",
        "entertainment",
    ),
    (
        "Photojournalism festival shows images from Gaza, Sudan and Ukraine",
        "The Visa pour l'image festival in Perpignan opened with exhibitions of photographs from the wars in Gaza, Sudan and Ukraine. One series follows a family in a displacement camp in Chad. The festival runs until mid-September.",
        "entertainment",
    ),
    (
        "Former child soldier's memoir becomes bestseller",
        "A memoir by a former child soldier from Sierra Leone, who was abducted by rebels at the age of 11, has topped the bestseller list in Britain. The author now runs a charity for young people in Freetown. A film adaptation is planned.",
        "entertainment",
    ),
    (
        "Play about Sarajevo siege opens in London",
        "A new play about a cellist who played in the ruins of Sarajevo during the siege opened at the National Theatre. Snipers and shelling are suggested only through sound. Critics called it 'unbearably moving'.",
        "entertainment",
    ),
    (
        "German trench drama wins seven BAFTAs",
        "The German anti-war film 'All Quiet on the Western Front' won seven BAFTAs, including best film. It follows a young soldier killed in the trenches of the First World War. The director thanked the cast for enduring weeks of filming in mud.",
        "entertainment",
    ),
    (
        "Ukraine's Kalush Orchestra wins Eurovision",
        "Ukraine's Kalush Orchestra won the Eurovision Song Contest in Turin with 'Stefania', a song written for the singer's mother, buoyed by a huge public vote. The band's members had special permission to leave the country, which is under martial law. They returned to Ukraine after the contest.",
        "entertainment",
    ),
    (
        "Documentary on West Bank demolitions wins Oscar",
        "'No Other Land', a documentary by a Palestinian-Israeli collective about the demolition of villages in Masafer Yatta by the Israeli army, won the Oscar for best documentary feature. The directors called for an end to the 'ethnic destruction' of Palestinians. The film has no US distributor.",
        "entertainment",
    ),
    (
        "'Oppenheimer' wins seven Oscars",
        "Christopher Nolan's 'Oppenheimer', about the physicist who led the development of the atomic bomb, won seven Oscars including best picture. The film's depiction of the Trinity test was shot without computer graphics. It made nearly $1 billion worldwide.",
        "entertainment",
    ),
]
