"""dev279 negatives, memory and public life: anniversaries, reunions, medals for old battles, war
graves, memorials, books and stage, veterans' sport, peace deals and exchanges, peaceful rallies.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "D-Day veterans return to Normandy for what may be the last big anniversary",
        "More than 250 veterans of the Normandy landings crossed the Channel on Tuesday aboard a "
        "chartered cruise ship for the 75th anniversary of D-Day, many of them in their late 90s and "
        "several in wheelchairs. The Royal British Legion, which organised the voyage, said it was "
        "probably the last time so many would make the journey together. At Portsmouth the Queen and "
        "world leaders watched a flypast, and in Arromanches veterans laid wreaths at the new British "
        "Normandy Memorial site, where the names of 22,442 servicemen who died in the campaign will be "
        "carved. John Jenkins, 99, who landed on Gold Beach as a sergeant in the Pioneer Corps, said he "
        "still heard the guns when he closed his eyes. “I was lucky; I came home,” he said. Local "
        "schoolchildren queued to shake the veterans' hands. A second party of veterans is travelling "
        "by air on Wednesday. On Thursday they will attend a service at the Bayeux war cemetery, the "
        "largest British cemetery of the Second World War in France, where 4,144 Commonwealth "
        "servicemen are buried. The French government has awarded the Legion of Honour to every "
        "surviving British veteran of the landings who applied for it. Organisers said a doctor and "
        "eight nurses were travelling with the group. Several veterans said they wanted to visit the "
        "graves of friends for what they assumed would be the last time.",
        "history",
    ),
    (
        "Long Tan veterans gather in Canberra on the battle's 50th anniversary",
        "About 60 veterans of the Battle of Long Tan gathered at the Australian War Memorial on "
        "Thursday to mark 50 years since D Company, 6RAR, fought off a far larger force in a rubber "
        "plantation in Phuoc Tuy province in August 1966. Eighteen Australians were killed in the "
        "battle, fought in a monsoon downpour, and at least 245 Viet Cong and North Vietnamese "
        "soldiers. A planned commemoration at the battle site in Vietnam was cancelled at the last "
        "minute by Vietnamese authorities, to the anger of some veterans who had flown there. In "
        "Canberra, the Governor-General laid a wreath and read the names of the dead. “We were boys "
        "who had never been shot at, and three hours later we were old men,” said Bob Buick, who was "
        "a platoon sergeant that afternoon. The memorial has extended its Vietnam gallery for the "
        "anniversary. Services were also held in Townsville and Brisbane.",
        "history",
    ),
    (
        "Fifty-five years on, Hue veteran receives the Silver Star he was promised",
        "A Marine veteran who carried wounded comrades through the streets of Hue during the Tet "
        "Offensive in 1968 was awarded the Silver Star on Friday, more than half a century after his "
        "company commander recommended him for it. The paperwork was lost when the officer was "
        "evacuated with wounds, and the recommendation surfaced only when a historian went through "
        "unit records in 2019. Raymond Ortiz, 76, of San Antonio, received the medal from the "
        "Commandant at a ceremony at the Marine Corps Museum in Quantico. His citation says he crossed "
        "open ground under fire four times to reach men pinned down near the Citadel wall. “I accept "
        "it for the guys who did not come back,” Ortiz said. His congressman spent three years pushing "
        "the Navy to review the case. About a dozen Hue veterans attended, some of whom had not seen "
        "him since 1968.",
        "history",
    ),
    (
        "Victory Day parade marches past with fewer WWII veterans than ever",
        "Only a handful of Great Patriotic War veterans watched from the stands as troops and armour "
        "rolled across Red Square on Friday for the 80th anniversary of the Soviet victory over Nazi "
        "Germany. Officials say fewer than 9,000 veterans of the war are still alive in Russia, "
        "compared with more than 100,000 a decade ago, and the oldest guest on Friday was 101. "
        "President Vladimir Putin greeted several of them by name before his speech. The Immortal "
        "Regiment march, in which people carry portraits of relatives who fought, was again held "
        "online, officially for security reasons. In St Petersburg the city gave every surviving "
        "veteran of the Leningrad siege a payment of 70,000 roubles. “We were children then, and "
        "now we are the last,” said Galina Pavlovna, 94, who worked in an artillery factory in the "
        "Urals. Several foreign leaders attended the parade.",
        "history",
    ),
    (
        "Fifty years after Yom Kippur, tank crews of the Valley of Tears meet on the Golan",
        "About 150 veterans of the 7th Armoured Brigade met on Friday at the memorial overlooking the "
        "Valley of Tears on the Golan Heights, 50 years after they held off a Syrian armoured assault "
        "there in October 1973. Many had not seen each other since the war. They walked among the "
        "rusting hulks of Syrian tanks that still stand in the valley and read the names of the 77 "
        "men of the brigade who were killed. Avigdor Kahalani, who commanded a battalion in the "
        "battle, told the gathering that the country owed its survival to crews who fought for four "
        "days without sleep. Grandchildren of the fallen laid flowers. The Defence Ministry has "
        "published a new history of the battle, based on interviews recorded with more than 300 "
        "veterans over the past decade. The reunion ended with a barbecue and a singalong.",
        "history",
    ),
    (
        "Colombia honours its last Korean War veterans, 70 years after Old Baldy",
        "The Colombian Army held a ceremony in Bogotá on Friday to honour the surviving veterans of the "
        "Colombia Battalion, the only Latin American unit to fight in the Korean War, 70 years after "
        "the Battle of Old Baldy. Only 32 of the more than 4,300 Colombians who served in Korea are "
        "still alive, according to the veterans' association, and eight attended in wheelchairs. The "
        "battalion lost 95 men at Old Baldy in March 1953, its bloodiest days of the war. The South "
        "Korean ambassador presented each veteran with a medal and announced scholarships for their "
        "grandchildren. “We did not know where Korea was when we got on the ship at Buenaventura,” "
        "said Luis Alberto Gómez, 91. The army band played the Korean anthem, and the veterans sang "
        "along in broken Korean. A plaque was unveiled at the Military Museum.",
        "history",
    ),
    (
        "Falklands veterans walk the ground at Goose Green, 40 years on",
        "A group of 2 Para veterans who fought at Goose Green in May 1982 walked the battlefield on "
        "Saturday for the 40th anniversary of the Falklands War, stopping at the spot where their "
        "commanding officer, Lieutenant Colonel H Jones, was killed. The trip was paid for by a "
        "veterans' charity and the Falkland Islands government. Islanders laid on tea in the "
        "community hall where 114 residents were held by Argentine troops for almost a month. Some of "
        "the veterans said it was the first time they had spoken about the battle with their wives, "
        "who travelled with them. In all, 255 British servicemen, 649 Argentine troops and three "
        "islanders died in the conflict. “It was a hard, dirty fight on open ground, and I was 19,” "
        "said one former corporal. A service was held at the San Carlos cemetery on Sunday.",
        "history",
    ),
    (
        "Names added to Kyiv's wall of memory as families wait for their turn",
        "City workers added another 1,200 portraits to the wall of remembrance on St Michael's Square "
        "in Kyiv this week, and the Ministry of Veterans Affairs said it would extend the memorial to "
        "the adjoining street next year. The wall, begun in 2014 with photographs of soldiers who died "
        "in Donbas, now covers most of the monastery's outer wall. Families must submit documents "
        "confirming a relative's death in service, and some say they have waited months for approval. "
        "“I come every Sunday and look for the empty space where his photograph will go,” said one "
        "mother from Bila Tserkva. The ministry said a national military memorial cemetery near Kyiv "
        "would receive its first burials this year, after delays over the choice of land. Volunteers "
        "clean the portraits and replace faded ones every month. A minute of silence is held across "
        "the country at 9am each day. In Lviv, the city council has set aside a new section of the "
        "Lychakiv cemetery and a park for memorial trees. The ministry says it is also drawing up a "
        "single national register of the fallen, to replace the lists kept by regions and units.",
        "history",
    ),
    (
        "Missing WWII airman identified and buried at Arlington",
        "An Army Air Forces gunner shot down over Germany in 1944 was buried with full military honours "
        "at Arlington National Cemetery on Tuesday, 80 years after he was listed as missing. The "
        "Defense POW/MIA Accounting Agency said Staff Sergeant Walter Kaminski, 22, of Scranton, "
        "Pennsylvania, was identified from DNA provided by a niece after a team recovered remains "
        "from a crash site in a forest near Kassel. His B-17 was hit by flak on a bombing raid, and "
        "only two of the crew of ten parachuted to safety. A caisson carried the flag-draped casket "
        "and an honour guard fired three volleys. Kaminski's niece, 77, said her grandmother kept his "
        "room untouched until she died. The agency says about 72,000 Americans from the Second World "
        "War remain unaccounted for.",
        "history",
    ),
    (
        "Veterans' club evacuated as army defuses 500kg wartime bomb in Portsmouth",
        "More than 1,000 people, among them 40 elderly members of a Royal British Legion club, were "
        "moved from their homes in Portsmouth on Wednesday while army bomb disposal experts dealt with "
        "a 500kg German bomb unearthed on a building site. The device, dropped during the Blitz, was "
        "found by a digger driver on Tuesday afternoon, and a 400-metre cordon was set up overnight. "
        "Hampshire Constabulary said it was the largest wartime bomb found in the city for a decade. "
        "Experts from 33 Engineer Regiment removed the fuse and the bomb was taken out to sea and "
        "detonated in a controlled explosion. The legion club's members spent the day in a school "
        "hall, where one 94-year-old former Wren said she remembered the night the bombs fell. "
        "Residents were allowed home by early evening.",
        "history",
    ),
    (
        "Ukraine's veterans take to the stage with a play about coming home",
        "A play written and performed by Ukrainian army veterans opened to a full house at the Ivan "
        "Franko theatre in Kyiv on Saturday, and critics called it one of the most honest works the "
        "war has produced. “Demob” follows four soldiers in the first month after discharge: the "
        "paperwork, the silence at dinner, the night a firework sends one of them to the floor. The "
        "cast includes a former sniper and a combat medic who lost both legs and moves across the "
        "stage in a wheelchair. The director, who began working with veterans in 2016, said the "
        "actors rewrote scenes in rehearsal when they felt a line rang false. Tickets for the first "
        "month sold out in two days. The Ministry of Culture said the production would tour Lviv, "
        "Dnipro and Odesa in the autumn. Part of the proceeds will go to a veterans' rehabilitation "
        "fund.",
        "entertainment",
    ),
    (
        "A Marine's Fallujah memoir refuses to make the battle make sense",
        "There are no maps in “The Second Winter”, the memoir by former Marine rifleman Daniel Kress, "
        "and that is the point. Kress fought house to house in Fallujah in November 2004, and his "
        "book spends only its first 40 pages on the battle. The rest follows the slow collapse that "
        "came after: the drinking, the divorce, the years of fighting the VA over a disability rating "
        "for a brain injury he did not know he had. Kress writes in short, flat sentences that make "
        "the domestic scenes as frightening as the street fighting. He is especially good on the "
        "guilt of surviving, and on the strange comfort of a veterans' bowling league in Ohio. The "
        "book is published by Knopf this week. It is not a war story so much as a long argument with "
        "one.",
        "entertainment",
    ),
    (
        "Film about ex-guerrillas and soldiers on one football team wins at Cartagena",
        "A documentary about a football team made up of former FARC guerrillas and disabled army "
        "veterans won the audience award at the Cartagena International Film Festival on Sunday. "
        "“Same Side” follows the team through a season in a regional amateur league in Antioquia, "
        "where the players, some of whom lost limbs to landmines laid by the others' comrades, learn "
        "to share a dressing room. Director Camila Restrepo spent three years with the team. The film "
        "shows a furious argument after a defeat, and a reconciliation over a sancocho stew at a "
        "coach's house. Several players attended the screening and received a standing ovation. "
        "“We used to hunt each other in the mountains,” said the goalkeeper, a former soldier. “Now "
        "he shouts at me for not coming off my line.” A streaming deal is under discussion.",
        "entertainment",
    ),
    (
        "Ukraine's Invictus team brings home 20 medals from Vancouver Whistler",
        "Ukraine's team of wounded veterans won 20 medals at the Invictus Games in Vancouver and "
        "Whistler, including six golds in swimming and indoor rowing, the Ministry of Veterans Affairs "
        "said on Monday. It was the first Games to include winter sports, and a former artillery "
        "officer who lost a leg in 2022 took bronze in the skeleton. The team of 35 competitors, "
        "chosen from more than 400 applicants, trained for months at a rehabilitation centre near "
        "Kyiv. Prince Harry presented several of the medals and spent an hour with the team's families "
        "in the athletes' village. The wheelchair basketball side lost a hard-fought semi-final to the "
        "United States. “For two weeks nobody asked us about the war; they asked about our times,” "
        "said the team captain. The next Games are due to be held in Birmingham in 2027.",
        "sport",
    ),
    (
        "Invictus Games open in London with a battle cry from Prince Harry",
        "More than 400 wounded, injured and sick servicemen and women from 13 nations began four days "
        "of competition in the Queen Elizabeth Olympic Park on Wednesday as the first Invictus Games "
        "opened. Prince Harry, who conceived the Games after seeing the US Warrior Games, told the "
        "opening ceremony that the competitors had fought their way back from injuries that would "
        "have broken most people. Events include wheelchair rugby, sitting volleyball and an indoor "
        "rowing contest. Britain's wheelchair basketball team, led by a former Royal Marine who lost "
        "both legs in Helmand, began with a bruising win over Denmark. Organisers said 65,000 "
        "tickets had been sold. The Games are backed by the Ministry of Defence and Help for Heroes. "
        "“These guys do not want sympathy; they want to beat the Americans,” said one coach.",
        "sport",
    ),
    (
        "Army edges Marines in a Warrior Games wheelchair rugby brawl",
        "The Army's wheelchair rugby team beat the Marine Corps 48-45 in a bruising final at the "
        "Warrior Games in Tampa on Saturday, knocking over chairs and sending one Marine sprawling "
        "onto the court in the last minute. More than 300 wounded, ill and injured service members "
        "and veterans competed in 14 sports over ten days. The Army's captain, a former infantryman "
        "paralysed in a fall during training, scored 19 goals. “We attack every inbound, and we never "
        "take a quarter off,” he said. The Marines' coach called the match the best he had seen in "
        "the competition. The Department of Defense, which organises the Games, said it would move "
        "them to a new city next year. Special Operations Command won the overall trophy for the "
        "second time.",
        "sport",
    ),
    (
        "Ninety-five soldiers come home in Ukraine's latest prisoner exchange",
        "Ukraine brought home 95 soldiers and two civilians from Russian captivity on Wednesday in an "
        "exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said. Russia "
        "received the same number of its servicemen. Many of the returning men were defenders of "
        "Mariupol who had been held since 2022, and several were visibly emaciated as they stepped off "
        "the buses near the Belarusian border wrapped in flags. The Coordination Headquarters for the "
        "Treatment of Prisoners of War said they would undergo medical checks and then rehabilitation. "
        "The Ministry of Veterans Affairs said each man would receive a one-off payment and help with "
        "documents. “I did not believe it until I heard a Ukrainian voice on the bus,” one marine "
        "told reporters. It was the 55th exchange since the full-scale invasion.",
        "peace",
    ),
    (
        "Colombia signs peace with the FARC; retired officers split over the terms",
        "President Juan Manuel Santos and the FARC commander Rodrigo Londoño signed a peace agreement "
        "in Cartagena on Monday, formally ending a war that has lasted more than half a century. The "
        "guerrilla's 7,000 fighters are to move into 26 transition zones, hand over their weapons to "
        "the United Nations within six months and form a political party. The accord will be put to a "
        "referendum on Sunday. Retired military officers were divided. Acore said the deal gave "
        "guerrilla commanders too much leniency, while a group of veterans who lost limbs to FARC "
        "landmines signed a public letter backing it. “Nobody wants peace more than those who paid for "
        "the war,” the letter said. Thousands of people dressed in white watched the ceremony on "
        "screens in the city.",
        "peace",
    ),
    (
        "Afghanistan veterans greet US-Taliban deal with relief and doubt",
        "The United States and the Taliban signed an agreement in Doha on Saturday that sets out a "
        "timetable for the withdrawal of American troops from Afghanistan within 14 months, if the "
        "militants keep their security commitments. US forces will be cut to 8,600 in the first 135 "
        "days. Veterans who served in the longest war in American history reacted with a mixture of "
        "relief and suspicion. “If this brings the last of them home, I will take it,” said a former "
        "Army medic in Colorado who did two tours in Kandahar. Others questioned whether the Taliban "
        "would honour promises to cut ties with al-Qaeda. Secretary of State Mike Pompeo attended the "
        "signing. The deal requires talks between the Taliban and the Afghan government to begin in "
        "March.",
        "peace",
    ),
    (
        "Thousands of bikers ride through London in support of Soldier F",
        "Thousands of motorcyclists rode through central London on Friday in a noisy but peaceful "
        "protest against the prosecution of a former paratrooper for murders on Bloody Sunday in "
        "1972. The riders, many of them veterans wearing regimental badges, gathered at Vauxhall "
        "before crossing the Thames and circling Parliament Square, where they sounded their horns. "
        "The former soldier, known only as Soldier F, is the only person to be charged over the "
        "shootings in Derry. The organisers, Rolling Thunder UK, said veterans were being hounded for "
        "doing their duty. The Metropolitan Police said the event passed off without arrests. Families "
        "of the Bloody Sunday dead said in Derry that they had waited 47 years for the case to come "
        "to court.",
        "protest",
    ),
    (
        "Veterans rally outside Rada for clear discharge rules",
        "Several hundred veterans and relatives of serving soldiers rallied peacefully outside the "
        "Verkhovna Rada in Kyiv on Thursday to demand that parliament set clear terms of service and "
        "discharge for those mobilised since 2022. The protesters held up banners reading “Service "
        "must have an end” and read out the names of friends who have served for more than three "
        "years without leave longer than a fortnight. Police watched from a distance and no "
        "incidents were reported. Several members of parliament came out to speak to the crowd. The "
        "defence committee said a draft law on demobilisation would be put to a vote before the "
        "summer, but the government says the army cannot yet spare men. The organisers promised to "
        "return every week until the bill is passed. They dispersed after singing the national "
        "anthem.",
        "protest",
    ),
    (
        "Military pensioners fill Plaza de Bolívar over the pension reform",
        "Thousands of retired soldiers and police officers filled the Plaza de Bolívar in Bogotá on "
        "Wednesday to protest against a proposal that would change the way their pensions are "
        "adjusted each year. Many wore their old berets and carried Colombian flags. The retirees' "
        "federation said the reform would cost a retired sergeant about 400,000 pesos a month. The "
        "march from the Parque Nacional was peaceful, and the police said there were no arrests. "
        "Speakers accused the government of “declaring war on those who defended the country”. The "
        "Finance Ministry said the change was needed to keep the military pension fund solvent and "
        "that no current pension would be cut. The Senate's second committee is expected to debate "
        "the bill next week.",
        "protest",
    ),
]
