"""dev179 positives (2 of 3): livestreamed and device attacks, drones at war, an airliner hit by
air defence fire, sabotage and arson claimed as political violence, riots and crackdowns with
their platforms and shutdowns (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Gunman livestreamed Halle synagogue attack on Twitch, company says",
        (
            "A gunman who tried to force his way into a synagogue in the eastern German city of "
            "Halle on Wednesday, then shot dead two people nearby, broadcast the attack live on "
            "Twitch, the Amazon-owned streaming service said. About 2,200 people watched the "
            "35-minute video before it was flagged and removed, Twitch said, adding that only "
            "five people had watched it live. The suspect, a 27-year-old German, failed to break "
            "through the door of the synagogue, where about 50 people were marking Yom Kippur, "
            "and killed a woman in the street and a man at a kebab shop. Federal prosecutors "
            "took over the case, saying they were treating it as a right-wing extremist "
            "terrorist attack. Copies of the video spread on Telegram and on imageboards within "
            "hours, and researchers said the gunman had posted a manifesto and a list of "
            '"achievements" modelled on video games. Facebook and YouTube said they were using '
            "digital fingerprints of the footage to block re-uploads, a system expanded after "
            "the Christchurch mosque shootings in March. Twitch said it was shocked and saddened "
            "and would work with the authorities. The interior minister said the country must do "
            "more to monitor far-right extremists online. Police arrested the suspect after a "
            "shootout in which he was wounded, about 15 kilometres from Halle. The head of the "
            "Jewish community said the synagogue had asked for police protection ahead of the "
            "holiday but had not received it. Chancellor Angela Merkel joined hundreds of people "
            "at a vigil outside a Berlin synagogue on Wednesday evening."
        ),
        "T V",
        "terrorist attack",
    ),
    (
        (
            "Hundreds of pagers explode across Lebanon in apparent attack on Hezbollah "
            "communications"
        ),
        (
            "Pagers used by Hezbollah members exploded almost simultaneously across Lebanon on "
            "Tuesday afternoon, killing at least nine people, including an eight-year-old girl, "
            "and wounding about 2,800, Lebanon's health minister said. Videos shared on social "
            "media showed a device blowing up in a man's pocket at a supermarket checkout in "
            "Beirut's southern suburbs. Hezbollah blamed Israel and vowed to retaliate; the "
            "Israeli military declined to comment. The group had ordered its members to give up "
            "smartphones earlier this year, fearing Israeli tracking, and had switched to pagers "
            "from a new shipment, according to people familiar with the matter. Security "
            "researchers said the simultaneous blasts pointed to explosives hidden in the "
            "devices before delivery rather than an overheating battery triggered by a hack. "
            "Hospitals in Beirut, the south and the Bekaa valley called for blood donations and "
            "said emergency rooms were overwhelmed, with many patients suffering wounds to the "
            "eyes and hands. Iran's ambassador to Lebanon was among those injured, Iranian state "
            "media reported. The Taiwanese company whose brand appeared on some of the devices "
            "said they had been made by a licensee in Hungary. Lebanon's civil defence said "
            "ambulances had been sent to more than 100 locations within the first hour. In the "
            "southern city of Nabatieh, hospital staff said they had treated dozens of men with "
            "severe hand injuries and a boy whose face had been burned. Lebanese authorities "
            "ordered people who still had pagers to switch them off and throw away the "
            "batteries. The blasts came hours after Israel's security cabinet added the return "
            "of residents to northern Israel, displaced by nearly a year of cross-border fire "
            "with Hezbollah, to its official war aims. Analysts said the attack had exposed how "
            "deeply Hezbollah's communications had been penetrated."
        ),
        "E H",
        "device explosions",
    ),
    (
        ("Ukrainian sea drones sink Russian landing ship off Crimea, military intelligence says"),
        (
            "Ukraine's military intelligence agency said on Wednesday that its naval drones had "
            "sunk the Russian landing ship Tsezar Kunikov off the coast of occupied Crimea, "
            "releasing night-time video of several explosions at the vessel's side. The HUR said "
            "its special unit Group 13 had used Magura V5 drones, small remote-controlled boats "
            "packed with explosives, in the overnight attack near Alupka. The ship, which could "
            "carry about 87 crew, listed to port and sank, the agency said. Russia's defence "
            "ministry said its forces had destroyed six Ukrainian unmanned boats in the western "
            "Black Sea but did not mention the ship. The claims could not be independently "
            "verified. Ukraine has no significant navy of its own, but its domestically built "
            "sea drones, steered over satellite links, have forced Russia's Black Sea Fleet to "
            "move most of its ships from Sevastopol to Novorossiysk. Analysts said the attack "
            'was the third on a large Russian vessel in a month. "The Black Sea is no longer '
            "safe for the Russian fleet,\" the agency's spokesman said on national television."
        ),
        "E",
        "naval drone strike",
    ),
    (
        (
            "Ukraine says drones smuggled on trucks hit more than 40 Russian bombers deep inside "
            "Russia"
        ),
        (
            "Ukraine's SBU security service said on Sunday it had struck more than 40 Russian "
            "strategic bombers at four air bases, some of them thousands of kilometres from the "
            "front line, using drones launched from wooden cabins hidden on the backs of "
            "lorries. The operation, code-named Spiderweb, had been prepared for a year and a "
            "half, the agency said, and the drones were released by remote control when the "
            "trucks were parked near the bases, including Belaya in Irkutsk region in Siberia "
            "and Olenya near Murmansk. Videos released by the SBU showed first-person-view "
            "drones diving onto Tu-95 and Tu-22M3 aircraft parked in the open. Russia's defence "
            "ministry confirmed attacks on air bases in five regions and said aircraft had "
            "caught fire at two of them. It said several people had been detained. The Ukrainian "
            "claims of damage could not be independently checked, but commercial satellite "
            "images of Belaya published the next day showed at least four burned-out bombers. "
            "Military analysts said the attack used cheap commercial components, mobile networks "
            "and software that guided the drones on their final approach. President Volodymyr "
            "Zelensky called the operation a brilliant result. The SBU said the people involved "
            "in preparing the operation had been moved out of Russia before it began. Russian "
            "military bloggers called the attack a catastrophe for the country's long-range "
            "aviation and blamed lax security at the bases. Russia's long-range bombers have "
            "been used to fire cruise missiles at Ukrainian cities throughout the war. The "
            "attack came a day before Russian and Ukrainian delegations were due to meet for "
            "talks in Istanbul."
        ),
        "E M",
        "drone strike",
    ),
    (
        (
            "Fibre-optic drones change the fight for Pokrovsk as Russian assault groups push "
            "into the city"
        ),
        (
            "Russian assault groups pushed into the southern districts of Pokrovsk this week, "
            "Ukrainian commanders said, as both armies fought over the ruined logistics hub with "
            "swarms of drones that trail hair-thin fibre-optic cables behind them. The drones, "
            "which are steered through the cable rather than by radio, cannot be jammed by the "
            "electronic warfare systems that protect most positions on the front. Ukrainian "
            "soldiers in the city said the roads leading in were now littered with spools of "
            "cable and burned-out vehicles, and that resupply was only possible at night. "
            '"Anything that moves on the road in daylight gets hit," said a drone operator with '
            "a Ukrainian brigade, who gave only his call sign. Russia's defence ministry claimed "
            "its troops had captured two more neighbourhoods; Ukraine's general staff said its "
            "units had repelled 54 assaults in the Pokrovsk sector over the past day. Neither "
            "side's claims could be independently verified. Ukrainian manufacturers say they are "
            "now producing fibre-optic drones with a range of more than 20 kilometres, but the "
            "cable spools remain heavy and expensive."
        ),
        "B E",
        "battle",
    ),
    (
        ("Azerbaijan says airliner that crashed in Kazakhstan was hit by Russian air defence fire"),
        (
            "Azerbaijan said on Friday that the Azerbaijan Airlines jet that crashed in western "
            "Kazakhstan on Christmas Day, killing 38 of the 67 people on board, had been damaged "
            "by fire from a Russian air defence system as it approached Grozny during a "
            "Ukrainian drone attack on the city. Four government sources in Baku told Reuters "
            "that a Pantsir-S missile system had been used, and that the plane's communication "
            "systems were also disabled by electronic warfare. The Embraer 190 was denied "
            "permission to land in Russia and was directed across the Caspian Sea, where it "
            "tried to reach the Kazakh city of Aktau, the sources said. Photos of the wreckage "
            "showed holes in the tail section consistent with shrapnel, aviation experts said. "
            "The Kremlin said it would not comment before the investigation was complete, while "
            "Russia's aviation agency had earlier said the pilots diverted after a bird strike. "
            "Flight tracking data showed the plane's GPS signal had been disrupted for much of "
            "the flight, a common problem in the region since Russia stepped up jamming against "
            "Ukrainian drones. Several airlines suspended flights to Russian cities after the "
            "crash."
        ),
        "E",
        "air defence fire",
    ),
    (
        ("Explosion damages Warsaw-Lublin railway in what Poland calls sabotage ordered by Russia"),
        (
            "An explosive device destroyed a section of track on the railway between Warsaw and "
            "Lublin over the weekend, and a second stretch of the line was damaged further "
            "south, Polish officials said on Monday, calling the incidents an act of sabotage. "
            "The line is one of the main routes for aid and military equipment bound for "
            "Ukraine. No one was hurt, but a train carrying 475 passengers had to brake sharply "
            "near the village of Mika after the driver noticed the damaged rail, Prime Minister "
            "Donald Tusk told parliament. Prosecutors opened an investigation into acts of "
            "sabotage of a terrorist nature committed on behalf of a foreign intelligence "
            "service. Tusk said two Ukrainian citizens working for Russian services had been "
            "identified and had fled to Belarus. Investigators said the device had been set off "
            "remotely and that a camera and a phone had been found near the track, which they "
            "believed were used to film the blast. Moscow dismissed the accusations as "
            "Russophobia. Rail operator PKP said traffic on the route had been diverted while "
            "repairs were carried out."
        ),
        "E T",
        "railway sabotage",
    ),
    (
        (
            "Far-left group claims arson that cut power to 45,000 Berlin households in freezing "
            "weather"
        ),
        (
            "A far-left militant group claimed responsibility on Monday for an arson attack on "
            "high-voltage cables in south-western Berlin that left about 45,000 households and "
            "more than 2,000 businesses without electricity, some of them for four days, in "
            "temperatures below freezing. In a letter posted on a left-wing website, the group, "
            "which calls itself Vulkangruppe, said it had targeted the energy supply of the rich "
            "and of the data centres that fed what it called a war economy. Germany's federal "
            "prosecutor took over the investigation, saying it was examining suspected sabotage, "
            "arson and membership of a terrorist organisation. Police said the fire had been set "
            "on a cable bridge over the Teltow Canal where several lines run side by side. "
            "Hospitals and care homes in Zehlendorf and Wannsee switched to emergency "
            "generators, and the city opened heated rooms in schools and sports halls. Berlin's "
            "mayor called the attack left-wing terrorism and said the city would review how its "
            "grid was protected. Groups using the same name have claimed arson attacks on power "
            "lines feeding Tesla's factory near Berlin and on railway cables in recent years. "
            "The grid operator said full supply had been restored on Thursday evening."
        ),
        "T",
        "arson attack",
    ),
    (
        (
            "Rioters attack mosque and police in Southport after false claims about stabbing "
            "suspect spread online"
        ),
        (
            "Rioters threw bricks, bottles and fireworks at a mosque in Southport on Tuesday "
            "night and set fire to a police van, a day after three girls were killed in a knife "
            "attack at a dance class in the seaside town. Merseyside Police said 39 officers had "
            "been injured, eight of them seriously, as they held a line in front of the mosque, "
            "where worshippers had locked themselves inside. The violence followed a day in "
            "which false claims that the suspect was a Muslim asylum seeker who had arrived by "
            "small boat spread on X, TikTok and Telegram, including a made-up name that was "
            "shared by accounts with hundreds of thousands of followers. Police said the "
            "17-year-old suspect was born in Cardiff and that they were not treating the "
            "stabbing as terror-related. Researchers at the Institute for Strategic Dialogue "
            "said the name first appeared on a website posing as a news outlet and was boosted "
            "by X's trending topics. The prime minister condemned the rioters as thugs who had "
            "hijacked the community's grief. Protests were being organised on Telegram channels "
            "in at least a dozen other towns for the weekend. Shops near the mosque were looted "
            "and a row of bins was set alight, and some rioters threw bricks over the police "
            "line into residents' gardens. Merseyside Police said the rioters were mostly people "
            "from outside the town, and officers would use video footage to identify them. X did "
            "not respond to questions about the trending topics. Community leaders said the "
            "mosque would hold its Friday prayers as usual. Ofcom said it was writing to online "
            "platforms to remind them of their duties."
        ),
        "U V",
        "riot",
    ),
    (
        "Kenya internet disrupted as police fire on protesters who stormed parliament",
        (
            "NAIROBI (Reuters) - Internet traffic in Kenya dropped sharply on Tuesday afternoon "
            "as police opened fire on protesters who had forced their way into parliament during "
            "a vote on tax increases, with monitoring group NetBlocks reporting a major "
            "disruption across Safaricom and Airtel networks. At least five people were shot "
            "dead outside the parliament compound, the Kenya Medical Association said, and part "
            "of the building was set on fire. Safaricom, the country's largest operator, blamed "
            "the slowdown on two damaged undersea cables, but digital rights groups noted the "
            "disruption began minutes after the breach and coincided with a live broadcast of "
            "the protests being taken off air. The demonstrations, organised largely on X and "
            "TikTok by young Kenyans with no party affiliation, had spread to more than 30 of "
            "the country's 47 counties. Protesters used the walkie-talkie app Zello, which works "
            "on weak connections, to coordinate when mobile data failed, according to its "
            "developer, which reported tens of thousands of new sign-ups from Kenya in a day. "
            "President William Ruto called the violence treasonous and ordered the military to "
            "deploy in support of police. The Communications Authority of Kenya denied ordering "
            "any shutdown."
        ),
        "U",
        "crackdown",
    ),
    (
        "Manipur extends mobile internet ban for third month as houses burn in Bishnupur",
        (
            "The Manipur government extended its ban on mobile internet for another five days on "
            "Saturday, more than two months after ethnic violence broke out between the Meitei "
            "and Kuki-Zo communities, as fresh attacks were reported in the foothills of "
            "Bishnupur district. Armed men set fire to at least 15 houses in a village near the "
            "border of Churachandpur district overnight, and gunfire was heard for several "
            "hours, police said. Two people were killed, according to a community organisation. "
            'The state home department said the shutdown was needed to stop "anti-national and '
            'anti-social elements" from spreading images and rumours that could inflame the '
            "situation further. More than 60,000 people are living in relief camps across the "
            "state, many of them unable to contact relatives or register for aid without mobile "
            "data. The Manipur High Court had ordered a partial restoration of broadband in "
            "June, with whitelisted connections and no access to social media. Businesses in "
            "Imphal said online payments had collapsed and students preparing for national exams "
            "were travelling to neighbouring Mizoram and Assam to use the internet."
        ),
        "V D",
        "ethnic violence",
    ),
]
