"""dev141 positives (1 of 3): the desk's reports of current strikes, battles and attacks: Ukraine
and Russia, Poland, Gaza, the Red Sea, Israel and Iran, Syria, Lebanon and Iraq
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russia fires hundreds of drones and dozens of missiles at Ukraine overnight, hitting "
        "Kyiv and Lutsk",
        "KYIV, July 9 (Reuters) - Russia launched one of its heaviest aerial attacks of the war "
        "overnight, firing 397 drones and 36 missiles at targets across Ukraine, the Ukrainian "
        "air force said on Wednesday. Air defence units shot down or jammed most of them, "
        "according to the air force, but debris and direct hits damaged apartment blocks and "
        "warehouses in at least six districts of Kyiv. Two people were killed in the capital and "
        "16 wounded, Mayor Vitali Klitschko said on Telegram. In the western city of Lutsk, far "
        "from the front line, a drone hit an industrial site and started a fire that burned "
        "until morning. Russia's defence ministry said its forces had struck military airfields "
        "and drone workshops and that all designated targets had been hit. The attack came as "
        "Kyiv pressed its Western partners for more Patriot interceptors, whose stocks have been "
        "drawn down by months of heavy use. Defence Minister Rustem Umerov told reporters that "
        "Ukraine would need at least ten more batteries to protect its main cities and energy "
        "sites. Reuters could not independently verify either side's battlefield claims.",
        "E",
        "missile and drone attack",
    ),
    (
        "Ukrainian drones launched from trucks hit Russian bomber bases thousands of kilometres "
        "from the front",
        "Ukraine's Security Service (SBU) says it has struck four Russian air bases in a "
        "coordinated attack using small first-person-view drones smuggled into Russia aboard "
        "cargo trucks. Videos released by the SBU on Sunday show quadcopters lifting off from "
        "the roofs of wooden cabins parked near the bases and diving onto Tu-95MS and Tu-22M3 "
        "bombers parked in the open. At least one A-50 airborne early warning aircraft also "
        "appears to have been hit at Olenya, in the Murmansk region. The SBU claims 41 aircraft "
        "were damaged or destroyed, a figure we cannot confirm, although commercial satellite "
        "imagery reviewed by The War Zone shows at least eight burnt-out bomber airframes at "
        "Belaya airbase in Irkutsk. Russia's Ministry of Defence acknowledged that several "
        "aircraft had caught fire after drones were launched from vehicles near airfields in "
        "five regions, and said a number of people involved had been detained. Ukrainian "
        "officials said the operation took more than a year to prepare. It targeted the same "
        "long-range aviation fleet that has fired cruise missiles at Ukrainian cities for three "
        "years, and whose aircraft are no longer in production. The strikes came a day before "
        "Russian and Ukrainian delegations were due to meet in Istanbul.",
        "E M",
        "drone strike",
    ),
    (
        "Ukrainian forces break through around Balakliia as Russian units pull back toward "
        "Kupiansk",
        "Ukrainian troops have pushed more than 50 kilometres into Russian-held territory in the "
        "Kharkiv region in three days, retaking the town of Balakliia and advancing on the rail "
        "hub of Kupiansk, according to Ukrainian officials and open-source analysts. Footage "
        "posted by Ukrainian units on Friday showed soldiers raising the national flag over the "
        "Balakliia town hall and abandoned Russian T-72 tanks and BMP infantry fighting vehicles "
        "on the roads east of the town. The Institute for the Study of War said Ukrainian "
        "mechanised units appeared to be exploiting gaps in thinly held Russian lines, many of "
        "them manned by Rosgvardia and separatist militia troops rather than regular army "
        "formations. Russia's defence ministry did not acknowledge the losses, but pro-war "
        "Russian military bloggers described a chaotic retreat and accused commanders of "
        "ignoring warnings of a Ukrainian build-up. President Volodymyr Zelensky, in his nightly "
        "address, thanked the 25th Airborne Brigade and other units by name but asked for "
        '"informational silence" on the details of the operation. Western officials cautioned '
        "that the advance could stall once Russian reserves arrived. Ukraine has been using "
        "US-supplied HIMARS rocket launchers to hit Russian ammunition dumps and command posts "
        "behind the lines for weeks, which analysts say set the conditions for the breakthrough.",
        "B M",
        "counteroffensive",
    ),
    (
        "North Korean troops have entered combat in Kursk and taken casualties, Seoul's spy "
        "agency says",
        "SEOUL, Dec 19 (Reuters) - North Korean soldiers sent to Russia have begun fighting "
        "alongside Russian forces in the Kursk region and at least 100 of them have been killed, "
        "South Korea's National Intelligence Service told lawmakers on Thursday. About 1,000 "
        "more had been wounded, the agency said, according to a member of parliament's "
        "intelligence committee who briefed reporters after the closed-door session. The NIS "
        "said the losses were the result of the troops' unfamiliarity with open terrain and with "
        "drone warfare, and that some had been killed in training accidents. Ukraine's military "
        "intelligence said earlier this week that North Korean infantry had taken part in "
        "assaults on Ukrainian positions near the village of Plekhovo and had been hit by drones "
        "and artillery. Neither Moscow nor Pyongyang has confirmed that North Korean troops are "
        "fighting, and Reuters could not independently verify the casualty figures. South Korea "
        "estimates that around 11,000 North Korean troops were sent to Russia in October and "
        "November. The deployment has alarmed Seoul, which fears Pyongyang could receive "
        "advanced missile and satellite technology in return. Lawmakers said the NIS had also "
        "detected signs that Pyongyang was preparing to send more troops. North Korean soldiers "
        "captured by Ukrainian forces have been questioned by Ukrainian intelligence, and one "
        "told interrogators that he had been told he was going to a training exercise. Ukraine's "
        "defence intelligence agency said Russian commanders were using the North Koreans in "
        "infantry assaults across open fields with little armour support. The Pentagon said it "
        "had seen similar reporting but declined to give its own estimate of casualties.",
        "B M",
        "foreign troops in combat",
    ),
    (
        "Polish and allied jets shoot down Russian drones over Poland; Warsaw invokes NATO's "
        "Article 4",
        "WARSAW - Polish and allied fighter jets shot down several Russian drones that entered "
        "Polish airspace overnight during a large Russian attack on western Ukraine, the Polish "
        "armed forces' operational command said on Wednesday, the first time a NATO member has "
        "fired on Russian military assets during the war. Dutch F-35s, Polish F-16s, an Italian "
        "AWACS aircraft and German Patriot units were involved in the operation, which lasted "
        "about seven hours. Prime Minister Donald Tusk told parliament that 19 airspace "
        "violations had been recorded and that wreckage had been found in at least seven "
        "locations, including a house in the village of Wyryki whose roof was destroyed. No one "
        "was injured. Airports in Warsaw, Rzeszów and Lublin were closed for several hours. "
        "Poland requested consultations under Article 4 of the North Atlantic Treaty, which the "
        "alliance's ambassadors held later in the day. Russia's defence ministry said it had not "
        "planned to strike any targets in Poland and that its drones had been aimed at Ukrainian "
        "defence industry sites. Analysts said the episode had exposed how few cheap "
        "interceptors NATO's eastern members have against drones that cost a fraction of the "
        "missiles used to bring them down.",
        "E M",
        "airspace incursion",
    ),
    (
        "Israeli strike on tents in al-Mawasi kills at least 19, Gaza civil defence says",
        "CAIRO/JERUSALEM, Sept 10 (Reuters) - An Israeli airstrike hit a cluster of tents "
        "sheltering displaced families in al-Mawasi, the coastal area Israel has designated a "
        "humanitarian zone in southern Gaza, killing at least 19 people and wounding 60, Gaza's "
        "civil defence said on Tuesday. Rescuers said the strike left craters several metres "
        "deep in the sand and that whole families had been buried. Video verified by Reuters "
        "showed people digging with their hands and carrying bodies wrapped in blankets. The "
        "Israeli military said it had struck senior Hamas militants operating from a command and "
        "control centre inside the zone and had taken steps to reduce harm to civilians, "
        "including using precise munitions. Hamas denied that any of its fighters were present. "
        "Tens of thousands of Palestinians who fled fighting in Rafah and Khan Younis have moved "
        "into the sandy strip along the coast, where aid groups say sanitation and water "
        "supplies are close to collapse. The United Nations human rights office said the strike "
        "raised serious concerns under international humanitarian law.",
        "E V D H",
        "airstrike",
    ),
    (
        "US destroyer downs Houthi missiles in Red Sea as coalition jets hit radar sites in Yemen",
        "ABOARD USS DWIGHT D. EISENHOWER, Red Sea - The guided-missile destroyer USS Carney shot "
        "down two anti-ship ballistic missiles and three drones fired from Houthi-held areas of "
        "Yemen on Wednesday, U.S. Central Command said, hours after American and British "
        "aircraft struck radar and launch sites used by the militia. No ships were damaged and "
        "no injuries were reported, CENTCOM said in a statement. F/A-18 Super Hornets from the "
        "Eisenhower carrier strike group took part in the overnight strikes, which hit 13 "
        "targets at eight locations, according to the Pentagon. The Houthis' military spokesman, "
        "Yahya Saree, said the group had targeted a U.S. warship and would continue attacks on "
        'vessels linked to Israel and its allies "until the aggression on Gaza stops." Sailors '
        "on the Eisenhower described a routine of general quarters alarms and launches at all "
        'hours. "It\'s the most sustained combat at sea the Navy has seen since World War II," '
        "one officer said. Shipping through the Bab el-Mandeb strait has fallen sharply since "
        "the attacks began, with major container lines routing around the Cape of Good Hope.",
        "E M",
        "missile attack on ships",
    ),
    (
        "Iran fires ballistic missiles at Israel after Israeli strikes on nuclear and military "
        "sites",
        "Iran launched several waves of ballistic missiles at Israel on Friday night and early "
        "Saturday, hours after Israeli aircraft struck nuclear facilities, missile bases and air "
        "defence sites across Iran and killed several senior commanders. Israel's Arrow and "
        "David's Sling systems, supported by US Navy destroyers and Army THAAD batteries, "
        "intercepted most of the roughly 150 missiles, Israeli and US officials said. Several "
        "got through: one hit a residential building in Ramat Gan and another struck near the "
        "Kirya military headquarters in Tel Aviv, and Israel's rescue service said three people "
        "were killed and more than 70 wounded. In Iran, state media said 78 people had been "
        "killed in the first wave of Israeli strikes, including the commander of the "
        "Revolutionary Guards and the armed forces chief of staff. The Israel Defense Forces "
        "said more than 200 aircraft had taken part in the opening raid, which it called "
        "Operation Rising Lion, and that further strikes were under way against launchers in "
        "western Iran. The exchange is the most direct military confrontation between the two "
        "countries to date. Interceptor stocks are likely to become a pressing question within "
        "days, one former US Missile Defense Agency official told Breaking Defense.",
        "E M",
        "missile attack",
    ),
    (
        "US, Britain and France strike Syrian chemical weapons sites",
        "WASHINGTON - The United States, Britain and France launched more than 100 missiles at "
        "three sites in Syria early on Saturday, striking what they said were facilities used to "
        "research, produce and store chemical weapons, in response to a suspected gas attack in "
        "the town of Douma a week ago. The strikes hit a research centre in the Barzeh district "
        "of Damascus and two sites near Homs, Pentagon officials said at a briefing. Tomahawk "
        "cruise missiles were fired from US warships in the Red Sea and the northern Arabian "
        "Gulf, while B-1B bombers fired JASSM standoff missiles and British Tornado jets "
        "launched Storm Shadow missiles. French Rafale jets and a frigate also took part. The "
        "Syrian military said its air defences had shot down 71 of the incoming missiles, a "
        "claim the Pentagon rejected. Lt. Gen. Kenneth McKenzie told reporters that none of the "
        "allied missiles had been intercepted and that the Barzeh facility had been destroyed. "
        "Russia, whose forces operate alongside Syria's, condemned the attack as an act of "
        "aggression.",
        "E M",
        "air strikes",
    ),
    (
        "Israeli strike on Beirut's southern suburbs kills senior Hezbollah commander despite "
        "truce",
        "BEIRUT - An Israeli airstrike hit an apartment in Beirut's southern suburbs on Sunday, "
        "killing a senior Hezbollah military official and four other people, Lebanon's health "
        "ministry and security sources said, the heaviest blow to the group in the capital since "
        "a ceasefire took hold last year. The Israeli military said it had killed the group's "
        "acting chief of staff, whom it accused of overseeing Hezbollah's efforts to rebuild its "
        "weapons stocks. Hezbollah confirmed the death of a commander but did not give his rank. "
        "The strike, on a residential building in the Haret Hreik district, left the top floors "
        "gutted and sent residents fleeing into the streets. Lebanese President Joseph Aoun "
        "called it a violation of the truce and urged the United States and France, which "
        "monitor it, to act. Israel has continued near-daily strikes in south Lebanon, saying it "
        "is targeting Hezbollah fighters and weapons depots, while Hezbollah has not fired at "
        "Israel since the ceasefire. The Lebanese army has been deploying troops south of the "
        "Litani river under the terms of the agreement.",
        "E",
        "targeted strike",
    ),
    (
        "Iranian missiles hit Ain al-Asad base in Iraq housing US troops; no deaths, Pentagon says",
        "Iran fired more than a dozen ballistic missiles at two Iraqi bases hosting U.S. troops "
        "early Wednesday, striking Ain al-Asad air base in Anbar province and a facility in "
        "Erbil in retaliation for the U.S. drone strike that killed Revolutionary Guards "
        "commander Qassem Soleimani in Baghdad last week. The Pentagon said there were no "
        "American or Iraqi deaths. Many of the roughly 1,500 U.S. service members at Ain al-Asad "
        "had been warned hours earlier and sheltered in bunkers, troops told Military Times, "
        "while others were moved off the base. Craters photographed after the attack showed that "
        "several missiles had hit close to housing areas and a hangar. Iran's Revolutionary "
        'Guards said the attack was "a slap in the face" and warned of further strikes if the '
        "United States responded. Defense officials said they were still assessing damage and "
        "would not speculate on how many troops had been checked for concussion. President "
        "Donald Trump was expected to address the nation on Wednesday morning.",
        "E",
        "ballistic missile attack",
    ),
]
