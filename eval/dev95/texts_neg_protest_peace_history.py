"""dev95 hard negatives: peaceful protest (marches, strikes, blockades, vigils, hunger strikes),
peace (deals, ceasefires taking effect, exchanges, mandates) and history (anniversaries, old bombs)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Farmers block Brussels with tractors as EU leaders meet",
        "Hundreds of farmers drove their tractors into Brussels on Thursday, blocking roads "
        "around the European Parliament and sounding their horns for hours. The protest "
        "against cheap imports and green rules ended peacefully by evening.",
        "protest",
    ),
    (
        "Just Stop Oil activists glue themselves to M25 gantries; 14 arrested",
        "Police arrested 14 Just Stop Oil supporters on Monday after they climbed gantries "
        "over the M25 and glued themselves to a road, bringing traffic to a halt in several "
        "places during the morning rush hour, Essex and Surrey police said.",
        "protest",
    ),
    (
        "Hundreds of thousands rally in Tel Aviv against judicial overhaul for tenth week",
        "Hundreds of thousands of Israelis rallied in Tel Aviv and other cities on Saturday "
        "night for the tenth straight week against the government's plan to curb the powers "
        "of the Supreme Court, in what organisers called the largest demonstrations in the "
        "country's history. Dozens of reservists in elite air force units said they would not "
        "report for training if the bill passed. Organisers said the protests would continue "
        "on Monday outside the Knesset.",
        "protest",
    ),
    (
        "Laila Soueif hospitalised on 150th day of hunger strike for jailed son",
        "Laila Soueif, the mother of jailed British-Egyptian activist Alaa Abd El-Fattah, was "
        "admitted to a London hospital on Monday, the 150th day of a hunger strike she began "
        "to press for his release, her family said.",
        "protest",
    ),
    (
        "NLC strike grounds flights, shuts offices across Nigeria",
        "A nationwide strike called by the Nigeria Labour Congress over the minimum wage shut "
        "government offices and grounded domestic flights on Monday, as workers locked the "
        "gates of the national grid's control centre in Abuja ...",
        "protest",
    ),
    (
        "Wangchuk ends 21-day 'climate fast' in Leh, vows to keep up Ladakh campaign",
        "LEH: Climate activist Sonam Wangchuk on Tuesday ended a 21-day fast in sub-zero "
        "temperatures to press for constitutional safeguards for Ladakh, saying women, "
        "students and elders would carry the protest forward with a relay of hunger strikes.",
        "protest",
    ),
    (
        "Poland: Women rally in dozens of cities against near-total abortion ban",
        "Tens of thousands of people, most of them young women, marched in Warsaw and dozens "
        "of other Polish cities on Friday night against a court ruling that bans almost all "
        "abortions, blocking main roads with cars and bicycles as police looked on.",
        "protest",
    ),
    (
        "Paris taxi drivers block ring road over health-transport fares",
        "Hundreds of taxi drivers slowed traffic to a crawl on the Paris périphérique on "
        "Monday morning and parked outside the health ministry, protesting against a cut in "
        "the fares paid for carrying patients to hospital.",
        "protest",
    ),
    (
        "Candlelight vigils fill Seoul streets as lawmakers prepare impeachment vote",
        "Tens of thousands of people holding candles and K-pop light sticks gathered outside "
        "the National Assembly in Seoul on Friday night, calling for President Yoon Suk Yeol "
        "to be removed over his short-lived declaration of martial law.",
        "protest",
    ),
    (
        "Serbian students observe 15 minutes of silence in Belgrade march",
        "Students marching through central Belgrade stopped traffic for 15 minutes of silence "
        "on Friday in memory of the 15 people killed when a railway station canopy collapsed "
        "in Novi Sad, the latest in a wave of peaceful protests against corruption.",
        "protest",
    ),
    (
        "Israel and Hamas agree to first phase of Gaza deal; ceasefire to begin within 24 hours",
        "Israel and Hamas have agreed to the first phase of a plan to end the war in Gaza, "
        "mediators said on Thursday, under which a ceasefire will take effect within 24 hours "
        "and hostages will be freed in exchange for Palestinian prisoners. Israeli troops are "
        "to pull back to an agreed line.",
        "peace",
    ),
    (
        "Kinshasa and Kigali sign US-brokered peace accord",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace "
        "agreement in Washington on Friday, committing to end support for armed groups in "
        "eastern Congo and to set up a joint security mechanism within 30 days.",
        "peace",
    ),
    (
        "Aliyev and Pashinyan initial peace agreement in Washington",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White "
        "House on Friday, pledging to renounce territorial claims and open transport links, "
        "including a route across southern Armenia, after more than three decades of "
        "conflict.",
        "peace",
    ),
    (
        "Ethiopia and Tigray forces agree to 'permanent cessation of hostilities'",
        "PRETORIA (AFP) — The Ethiopian government and Tigrayan forces agreed on Wednesday to "
        "a permanent cessation of hostilities after ten days of African Union-led talks in "
        "South Africa, promising the disarmament of Tigrayan fighters and unhindered "
        "humanitarian access.",
        "peace",
    ),
    (
        "Russia and Ukraine swap 95 prisoners each in UAE-brokered exchange",
        "Russia and Ukraine each returned 95 prisoners of war on Wednesday in an exchange "
        "mediated by the United Arab Emirates, the two sides said, the latest of dozens of "
        "swaps since the start of the full-scale invasion.",
        "peace",
    ),
    (
        "UNMISS mandate renewed for a year, troop ceiling kept at 17,000",
        "The UN Security Council voted on Thursday to renew the mandate of the UN Mission in "
        "South Sudan (UNMISS) until April next year, keeping its ceiling of 17,000 troops as "
        "the country prepares for delayed elections.",
        "peace",
    ),
    (
        "Colombia and ELN agree six-month ceasefire at Havana talks",
        "HAVANA — The Colombian government and the ELN rebel group agreed in Havana on Friday "
        "to a six-month bilateral ceasefire starting in August, the most significant step yet "
        "in peace talks that resumed last year. Read more.",
        "peace",
    ),
    (
        "MILF decommissions first batch of 1,060 combatants in Bangsamoro",
        "The Moro Islamic Liberation Front on Saturday handed over 1,060 fighters and 920 "
        "weapons in a decommissioning ceremony in Sultan Kudarat, Maguindanao, attended by "
        "President Rodrigo Duterte, as part of the peace deal that created the Bangsamoro "
        "region.",
        "peace",
    ),
    (
        "Thailand and Cambodia agree 'unconditional' ceasefire at Malaysia talks",
        'KUALA LUMPUR — Thailand and Cambodia agreed to an "immediate and unconditional" '
        "ceasefire from midnight on Monday after talks hosted by Malaysian Prime Minister "
        "Anwar Ibrahim, ending five days of border fighting, the two leaders said.",
        "peace",
    ),
    (
        "Yemen's warring parties agree to extend UN-brokered truce by two months",
        "Yemen's warring parties have agreed to renew a nationwide truce for another two "
        "months, UN envoy Hans Grundberg said on Thursday, extending the longest lull in "
        "seven years of war. The truce has allowed fuel ships into Hodeidah and commercial "
        "flights from Sanaa.",
        "peace",
    ),
    (
        "Three wartime bombs made safe in Cologne after old town cleared",
        "Bomb disposal experts defused three unexploded American bombs from World War II in "
        "Cologne on Wednesday, after about 20,000 people were evacuated from the city's old "
        "town, the largest such evacuation in the city since the war. Trains through the main "
        "station were halted for several hours. The bombs were found during work on a bridge "
        "over the Rhine.",
        "history",
    ),
    (
        "D-Day at 80: veterans return to Normandy beaches",
        "Dozens of veterans now in their late 90s and older joined world leaders in Normandy "
        "on Thursday to mark the 80th anniversary of the D-Day landings, which opened a "
        "western front against Nazi Germany in June 1944.",
        "history",
    ),
    (
        "Kwibuka30: Kagame lights remembrance flame in Kigali",
        "KIGALI — President Paul Kagame lit a flame of remembrance at the Kigali Genocide "
        "Memorial on Sunday, opening a week of national mourning to mark 30 years since the "
        "genocide against the Tutsi, in which about 800,000 people were killed in 100 days. "
        "Former US president Bill Clinton was among the foreign guests.",
        "history",
    ),
    (
        "Srebrenica: seven newly identified victims laid to rest on 30th anniversary",
        "The remains of seven men and boys identified in the past year were buried at the "
        "memorial cemetery in Potočari on Friday, as thousands gathered to mark 30 years "
        "since Bosnian Serb forces killed about 8,000 Bosniak men and boys in Srebrenica.",
        "history",
    ),
    (
        "Hiroshima marks 80 years since atomic bombing with call for nuclear disarmament",
        "Hiroshima marked the 80th anniversary of the atomic bombing of the city with a "
        "moment of silence at 8.15am on Wednesday, as the mayor warned that the world was "
        '"ignoring the lessons of history" by building up nuclear arsenals.',
        "history",
    ),
    (
        "Liberation War Museum opens new gallery on 1971 refugee camps",
        "The Liberation War Museum in Dhaka has opened a gallery dedicated to the roughly 10 "
        "million people who fled to India during the 1971 war, with photographs, letters and "
        "ration cards collected from families on both sides of the border.",
        "history",
    ),
    (
        "Vietnam stages grand parade to mark 50 years since fall of Saigon",
        "Tanks, troops and fighter jets paraded through Ho Chi Minh City on Wednesday to mark "
        "50 years since the end of the Vietnam War, with Chinese and Lao soldiers marching "
        "alongside Vietnamese units for the first time.",
        "history",
    ),
    (
        "Remains of 14 British First World War soldiers found on French building site",
        "The remains of 14 British soldiers killed in the Battle of Arras in 1917 have been "
        "found during construction work on a housing estate in northern France, the "
        "Commonwealth War Graves Commission said. Here's what we know.",
        "history",
    ),
    (
        "Falklands veterans return to the islands 40 years after the war",
        "STANLEY — A group of British and Argentine veterans of the 1982 South Atlantic war "
        "laid wreaths together at the Argentine cemetery in Darwin on Saturday, part of "
        "events marking 40 years since the conflict.",
        "history",
    ),
]
