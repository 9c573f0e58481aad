"""dev171 positives (1 of 2): opinion pieces that describe, or rest on, current organised
violence or its direct consequences: Ukraine, Gaza, Sudan, Mozambique, Manipur, Washington,
the West Bank, Haiti, Myanmar, Balochistan, Mali, Kenya and Bangladesh (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Editorial: A missile on a children's hospital is not a mistake, and the world should "
        "stop treating it as one",
        "On Monday morning, in one of the heaviest bombardments of Kyiv this year, a Russian "
        "Kh-101 cruise missile slammed into Okhmatdyt, the country's largest children's "
        "hospital. Doctors carried infants still attached to drips down smoke-filled "
        "stairwells while parents dug through the rubble of the toxicology ward with their "
        "bare hands. Two adults were killed at the hospital, and dozens more people across the "
        "city, where apartment blocks and a business centre were also hit. Children on "
        "dialysis had their treatment interrupted; operations were moved to other hospitals "
        "that were themselves already full. Moscow claims, as it always does, that a Ukrainian "
        "air-defence missile was to blame. The footage, and the analysis of the debris by "
        "Ukrainian investigators, say otherwise. This was not the first Russian strike on a "
        "medical facility and, unless the cost of such attacks rises, it will not be the last. "
        "Ukraine's partners, who meet in Washington this week, have spent months debating how "
        "many Patriot batteries they can spare. The answer should be measured against the "
        "number of children who spent Monday night in hospital corridors instead of wards.",
        "E V H",
        "missile strike",
    ),
    (
        "Kharkiv letter: In a city of glide bombs, the air-raid siren has become the "
        "background hum of life",
        "The siren went off at ten past four on Saturday afternoon, and nobody on my street "
        "moved. In Kharkiv we have learned that by the time the alarm sounds, a guided aerial "
        "bomb launched from across the border may already have landed. Less than an hour "
        "later, two of them struck the Epicentr hardware store on the city's northern edge, "
        "where families had gone to buy paint, seedlings and garden hoses on a warm weekend "
        "afternoon. The fire burned through the night; the regional governor says at least 16 "
        "people were killed and more than 40 injured, and a dozen are still missing. Since "
        "Russian troops crossed the border north of the city this month, the villages around "
        "Vovchansk have been emptying, and evacuation buses arrive in Kharkiv every day with "
        "the elderly and their cats. Some of my neighbours are leaving too. Those of us who "
        "stay argue about the same thing at every bus stop: why the Western weapons that could "
        "strike the airfields these bombs are launched from may not be used on Russian soil. I "
        "do not know the answer, but I know the question is being asked by people who will "
        "bury their dead next week.",
        "E V D",
        "glide bomb strike",
    ),
    (
        "The Guardian view on hunger in Gaza: starvation is being used as a weapon, and the "
        "world is watching it happen",
        "The images coming out of Gaza this week should shame every government with influence "
        "over Israel. Children with the wasted limbs of famine are being carried into the few "
        "hospitals that still function, where doctors say they have no therapeutic milk left "
        "to give them. Gaza's health ministry reports that more than a dozen people, among "
        "them infants, died of malnutrition in the space of three days. Those who go looking "
        "for food risk their lives: on Sunday, witnesses and medics said, dozens of people "
        "were killed by gunfire as crowds gathered near an aid distribution point run by the "
        "US- and Israel-backed Gaza Humanitarian Foundation. The Israeli military says its "
        "troops fired warning shots at people who approached them. The UN agencies that ran a "
        "functioning distribution network for decades have been sidelined, and hundreds of "
        "lorries wait at the crossings while their contents spoil. Airdrops, which several "
        "European governments have now promised, are an expensive gesture that cannot feed two "
        "million people. What is needed is simple to state: open the crossings, let the UN do "
        'its work and agree a ceasefire. Ministers who say they are "deeply concerned" should '
        "ask themselves what, concretely, they have done about it.",
        "H V",
        "famine in war zone",
    ),
    (
        "The fall of Zamzam camp shows what the world's indifference to Sudan costs",
        "For nearly a year, the people sheltering in Zamzam camp outside El Fasher warned that "
        "the Rapid Support Forces were coming for them. Last weekend the paramilitaries came: "
        "fighters on pickup trucks stormed the camp after days of shelling, torching the "
        "market, the clinics and the straw huts of families who had already fled their homes "
        "once, survivors say. One relief agency lost nine of its staff, shot in a health post "
        'it had kept open through famine and siege. The RSF says it "liberated" the camp from '
        "armed groups; residents speak of executions in the streets. Satellite images reviewed "
        "by researchers show whole districts of the camp burnt. Tens of thousands of people "
        "have walked to Tawila, some 60km away, through territory where women have long been "
        "raped at checkpoints. El Fasher itself, the last army-held city in Darfur, remains "
        "encircled, and the UN says its hospitals barely function. None of this was "
        "unforeseeable. Famine was confirmed in Zamzam last August; the warnings of an assault "
        "came months before that. Those who armed the RSF, and those who could have pressed "
        "its patrons in the Gulf but chose not to, share the blame for what happened.",
        "E V D H",
        "camp assault",
    ),
    (
        "Palma is burning and SADC is still holding meetings",
        "For three days now, insurgents of the group known locally as al-Shabaab, which has "
        "pledged allegiance to Islamic State, have been fighting their way through Palma, a "
        "town of some 75,000 people at the gateway to the biggest gas project in Africa. "
        "Witnesses who escaped by boat describe bodies in the streets, some of them beheaded. "
        "Dozens of people, among them foreign contractors, were ambushed as they tried to "
        "leave the Amarula Lodge hotel in a convoy. Mozambique's defence forces say they are "
        "fighting to retake the town; the government in Maputo has said little else. Thousands "
        "of people have fled into the bush or along the coast towards Pemba, joining the "
        "hundreds of thousands already displaced by an insurgency now in its fourth year. "
        "South Africa has the largest military in the region and a direct interest in the "
        "stability of the Mozambique Channel. It also has citizens among the missing. Yet the "
        "Southern African Development Community has spent the past year producing communiqués "
        "and a summit whose main outcome was a further summit. There are no easy military "
        "answers in Cabo Delgado, where grievances over land, jobs and the gas bonanza run "
        "deep. But there is no excuse for a regional body to treat a massacre on its doorstep "
        "as an agenda item.",
        "T B V D",
        "insurgent attack",
    ),
    (
        "Manipur's agony: the State must end the ethnic violence before it hardens into "
        "permanent division",
        "The violence that has gripped Manipur since May 3 is a grave failure of governance. "
        "What began as a tribal solidarity march against the proposed inclusion of the Meitei "
        "community in the Scheduled Tribes list turned, within hours, into arson and killing "
        "in Churachandpur, Imphal and Moreh. Homes, churches and temples have been torched, "
        "and mobs have looted police armouries of hundreds of weapons. Official figures put "
        "the toll at more than 70 dead, though many in the hills believe it to be higher. More "
        "than 35,000 people have fled their homes, many of them to relief camps run by the "
        "Army and the Assam Rifles, and some across the State border into Mizoram. The "
        "deployment of central forces and shoot-at-sight orders have brought an uneasy quiet "
        "to some districts, but gunfights between armed groups and security forces continue in "
        "the foothills. The State government, whose Chief Minister is widely seen as partisan, "
        "has lost the confidence of the Kuki-Zo community. The Centre cannot leave this to the "
        "State alone. A credible peace process, the recovery of the looted weapons and an "
        "honest account of why intelligence warnings were ignored are the minimum required.",
        "U V D B",
        "ethnic violence",
    ),
    (
        "The insurrection at the Capitol was incited, and those who incited it must answer for it",
        "On Wednesday afternoon, a mob of President Trump's supporters smashed its way into "
        "the United States Capitol as Congress met to certify the election of Joe Biden. They "
        "broke windows, beat police officers with flagpoles and fire extinguishers, and roamed "
        "the halls hunting for lawmakers, some chanting that the vice president should be "
        "hanged. Members of Congress sheltered behind barricaded doors; staff members hid "
        "under desks. A woman was shot dead by a Capitol Police officer as rioters tried to "
        "force their way toward the House chamber, and three other people died during the "
        "chaos. It took hours for the National Guard to arrive. This was not a protest that "
        "got out of hand. It was the culmination of two months of lies about a stolen "
        "election, told by the president and repeated by too many in his party. Congress did "
        "its duty and certified the result in the early hours of Thursday. Now it must do "
        "more: every official who helped summon this mob should be held to account, and the "
        "president who urged it on should not serve out his term as if nothing had happened.",
        "U",
        "riot",
    ),
    (
        "The pogrom in Hawara was announced in advance, and the state let it happen",
        "Hundreds of settlers descended on the Palestinian town of Hawara on Sunday evening, "
        "hours after two Israeli brothers were shot dead at a junction nearby. They set fire "
        "to dozens of homes and cars, threw stones through windows and torched a school, while "
        "families locked themselves in upstairs rooms. A Palestinian man was killed in the "
        "neighbouring village of Za'atara, and hundreds were treated for smoke inhalation and "
        'injuries. The soldiers stationed in the area did little to stop them. Calls to "wipe '
        'out" Hawara had circulated on settler messaging groups throughout the afternoon, and '
        "were echoed by elected officials. This was not a spontaneous outburst of grief; it "
        "was a pogrom, and the word is used here deliberately. The murder of the two brothers "
        "was a terrible crime whose perpetrator must be caught. But collective punishment by a "
        "mob is not justice, and a government whose ministers cheer on the rioters has "
        "forfeited any claim to represent law and order. The chief of staff and the Shin Bet "
        "must now show that those who burned Hawara will face trial, not a pat on the back.",
        "V U",
        "settler rampage",
    ),
    (
        "Vladimir Putin's war on Ukraine is a threat to the whole of Europe",
        "In the early hours of February 24th Russian missiles began to fall on cities across "
        "Ukraine, from Kharkiv in the east to Lviv near the Polish border. Columns of tanks "
        "rolled in from Belarus towards Kyiv, and from Crimea into the south; by the afternoon "
        "Russian helicopters were landing paratroopers at an airfield just outside the "
        "capital. Ukrainian forces are fighting back, and say they have shot down several "
        "aircraft. Tens of thousands of civilians have already taken to the roads heading "
        "west, or to the metro stations that double as shelters. Mr Putin calls this a "
        '"special military operation" to "demilitarise and denazify" a democratic country '
        "whose president is Jewish. It is nothing of the sort. It is the biggest attack by one "
        "state on another in Europe since 1945, launched by a man who has convinced himself "
        "that Ukraine has no right to exist. The West cannot fight Russia directly. But it can "
        "impose sanctions of a severity Mr Putin has not imagined, arm Ukraine's defenders and "
        "take in its refugees. It should do all three, and fast.",
        "M E B D",
        "invasion",
    ),
    (
        "Haiti is being taken over by gangs. Canada can't keep looking away",
        "Over the past ten days the armed coalition that calls itself Viv Ansanm has done what "
        "many had feared: it has launched a co-ordinated assault on the institutions of the "
        "Haitian state. Gunmen stormed the country's two largest prisons, freeing more than "
        "3,000 inmates, and have attacked police stations, the international airport and the "
        "national palace district. Fighting between the gangs and what remains of the police "
        "has left bodies in the streets of Port-au-Prince, and residents of Bel Air describe "
        "gunmen going from house to house, shooting those who had not fled. More than 15,000 "
        "people have abandoned their neighbourhoods in a matter of days, according to the UN's "
        "migration agency. Prime Minister Ariel Henry, stranded abroad, cannot even return "
        "home. Haiti has no elected officials left in office and a police force outgunned by "
        "men armed with weapons smuggled from Florida. The Kenyan-led security mission "
        "authorised by the UN Security Council last October still has not deployed, in part "
        "for lack of money. Canada has been generous with statements and with sanctions on "
        "Haitian elites. It has been far less willing to commit the resources that could make "
        "a difference. Ottawa should fund the mission properly, help train Haitian police and "
        "press Washington to stem the flow of guns south.",
        "B V D",
        "gang offensive",
    ),
    (
        "Sudan's generals have turned Khartoum into a battlefield, and their foreign friends "
        "must rein them in",
        "When gunfire erupted in Khartoum on the morning of April 15, few residents of Sudan's "
        "capital imagined that it would still be raging a week later. The army of General "
        "Abdel Fattah al-Burhan and the Rapid Support Forces of his erstwhile deputy, Mohamed "
        "Hamdan Dagalo, are now fighting street by street for the airport, the presidential "
        "palace and the state broadcaster. Fighter jets bomb RSF bases in residential "
        "districts; the RSF has set up positions in homes and hospitals. Hundreds of civilians "
        "have been killed, water and power have been cut across much of the city, and tens of "
        "thousands of people are fleeing toward Egypt and Chad. The doctors' union says most "
        "hospitals in central Khartoum are out of service, and those still open are running "
        "short of blood and of fuel for their generators. A 24-hour truce announced on Tuesday "
        "collapsed within hours. Foreign governments are flying their citizens out; the "
        "Sudanese have no such option. This is the war that Sudan's civilian politicians "
        "warned about in 2021, when the two generals joined forces to overthrow the "
        "transitional government. Western diplomats chose to treat the coup-makers as partners "
        "in a democratic transition. That illusion is now over. Egypt, Saudi Arabia and the "
        "United Arab Emirates each have leverage over one or both of the generals, and they "
        "should use it before Sudan becomes another Libya or Yemen. A ceasefire that holds "
        "long enough to open humanitarian corridors would be the first step.",
        "B E D H",
        "urban battle",
    ),
    (
        "Myanmar's junta bombed a village celebration. The world's response has been a shrug",
        "On Tuesday morning, more than a hundred people gathered in Pa Zi Gyi, a village in "
        "Myanmar's Sagaing region, for the opening of an office of the local administration "
        "set up by opponents of the military regime. A fighter jet dropped bombs on the crowd; "
        "a helicopter gunship then fired on those who tried to flee or to help the wounded. "
        "Residents say more than 100 people were killed, among them at least 20 children. The "
        "junta admitted carrying out the strike and said it had targeted members of the "
        "resistance. This is how Myanmar's generals have fought since their coup in February "
        "2021: by terrorizing the civilians they cannot win over. Air strikes on villages, "
        "schools and monasteries have become routine as the military loses ground to armed "
        "resistance groups. Russia and China keep supplying the aircraft, and foreign traders "
        "keep supplying the fuel. The United States has sanctioned some of the companies that "
        "import aviation fuel, but the sanctions are full of holes. The Biden administration "
        "should close them, and press the Association of Southeast Asian Nations to stop "
        "pretending that its five-point consensus is a peace plan.",
        "E V",
        "airstrike",
    ),
    (
        "Carnage in Quetta",
        "Yet again, Balochistan has been bloodied. On Saturday morning, a suicide bomber blew "
        "himself up on a crowded platform at Quetta railway station as passengers waited for "
        "the Jaffar Express to Peshawar. At least 26 people were killed, more than half of "
        "them soldiers returning from training, and over 60 were injured, many of them "
        "critically. The banned Balochistan Liberation Army has claimed responsibility for "
        "what the interior minister called a cowardly act of terrorism. The attack comes weeks "
        "after militants gunned down labourers in Duki and killed Chinese nationals near "
        "Karachi airport, and it confirms that the separatist insurgency has acquired both the "
        "capacity and the will to strike soft targets in the heart of the provincial capital. "
        "The security establishment will, as always, promise an operation to root out the "
        "perpetrators. That is necessary but not sufficient. The grievances that the BLA "
        "exploits — missing persons, the exclusion of locals from the province's mineral "
        "wealth, the heavy hand of the state — have been allowed to fester for decades. Unless "
        "Islamabad pairs security with political outreach that the people of Balochistan find "
        "credible, the militants will keep finding recruits, and platforms like the one in "
        "Quetta will keep filling with the dead.",
        "T E V",
        "suicide bombing",
    ),
    (
        "The attack on Bamako should end the junta's claim that it has security under control",
        "Before dawn on Tuesday, fighters from the al-Qaeda-linked Jama'at Nusrat al-Islam "
        "wal-Muslimin (JNIM) attacked a gendarmerie training school in Bamako's Faladié "
        "district and then pushed on to the military side of the city's airport. For several "
        "hours gunfire echoed across the Malian capital as the army and its Russian allies "
        "battled the attackers. By the time the shooting stopped, dozens of trainee gendarmes "
        "were dead, the presidential aircraft had been set ablaze on the tarmac, and JNIM was "
        "boasting on its channels of having killed hundreds. The authorities have released no "
        'toll, only a statement that the situation is "under control". That phrase has been '
        "the refrain of Colonel Assimi Goïta's government since it expelled French troops and "
        "the UN peacekeeping mission in the name of sovereignty. For three years Malians were "
        "told that the partnership with Wagner, now rebranded as the Africa Corps, would "
        "deliver what the French could not. The jihadists have instead extended their reach "
        "from the centre to the south and now to the capital itself. Bamako is not about to "
        "fall. But a regime whose legitimacy rests entirely on security owes its citizens an "
        "honest account of what happened, and a strategy that goes beyond ever more drones and "
        "ever fewer elections.",
        "T B",
        "terrorist attack",
    ),
    (
        "Blood on Parliament Road: the State has turned its guns on a generation",
        "Tuesday will go down as one of the darkest days in the history of our republic. Young "
        "Kenyans who had marched peacefully for a week against the Finance Bill 2024 were met "
        "in Nairobi's central business district with tear gas, water cannon and, finally, live "
        "bullets. Police fired into crowds outside Parliament after a group of protesters "
        "breached the barriers and set part of the building on fire. Human rights groups say "
        "at least 20 people were killed across the country and hundreds were injured; doctors "
        "treating the wounded were themselves tear-gassed. In Githurai, witnesses say, police "
        "shot at residents late into the night. President William Ruto has called the "
        'protesters "treasonous" and deployed the military. He should instead listen to them. '
        "The Gen Z movement has no leaders, no party and no tribe, and that is precisely why "
        "it has frightened the political class. Those who ordered live fire must be identified "
        "and prosecuted, the military should return to barracks, and the President must "
        "withdraw a bill that has already cost the nation far more than it could ever raise.",
        "U",
        "crackdown",
    ),
    (
        "A nation under curfew: Bangladesh's students were shot for asking for fairness",
        "What began as a campus protest against quotas in government jobs has become the "
        "deadliest crackdown Bangladesh has seen in decades. Since Tuesday, police, the Rapid "
        "Action Battalion and activists of the ruling party's student wing have attacked "
        "demonstrators with batons, rubber bullets and live ammunition in Dhaka, Chattogram "
        "and Rangpur. Abu Sayeed, a student at Begum Rokeya University, was shot dead with his "
        "arms outstretched in front of the police; the video of his death is now known to the "
        "entire country. Hospitals report more than a hundred dead, and they are running short "
        "of blood. The government has cut the internet, imposed a curfew and ordered soldiers "
        "to shoot on sight. The state television building in Rampura was set on fire on "
        "Thursday. None of this was inevitable. The students' demand was a reform the courts "
        'could have granted in a morning. Instead, the Prime Minister called them "razakars", '
        "a slur that in our history means collaborators in the 1971 genocide. The killing must "
        "stop, the curfew must be lifted, and an independent inquiry, with international "
        "participation, must establish who gave the orders.",
        "U V",
        "crackdown",
    ),
]
