"""dev179 hard negatives: the military without violence (jamming, cable patrols, drone
programmes, a build-up, drone sightings, a state hack) and politics (rhetoric of war,
attribution, elections, spyware, hacktivism, treaties on weapons)."""

# (title, text, kind code)
NEGATIVES = [
    (
        ("Finnair suspends flights to Tartu after GPS interference forces two planes to turn back"),
        (
            "Finnair said on Monday it would suspend its flights to the Estonian city of Tartu "
            "for a month after two of its planes had to abort their approaches and return to "
            "Helsinki because of GPS interference. The airport in Tartu relies on satellite "
            "navigation for landings and has no alternative system, the airline said, unlike "
            "most larger airports that use ground-based instrument landing systems. Estonia's "
            "foreign minister said the interference was caused by Russia and amounted to a "
            "hybrid attack on the Baltic region. Aviation authorities in Estonia, Latvia, "
            "Lithuania, Finland and Poland have reported a sharp rise in jamming and spoofing of "
            "satellite navigation signals since late 2023, much of it traced to the Kaliningrad "
            "region and the area around St Petersburg. Pilots flying over the Baltic Sea say "
            "their instruments sometimes show them circling airports hundreds of kilometres "
            "away. The Kremlin did not respond to the accusations. Estonia said it would install "
            "equipment at Tartu allowing planes to land without GPS. Airlines have been told to "
            "report every incident to the European Union Aviation Safety Agency."
        ),
        "military",
    ),
    (
        (
            "NATO launches Baltic Sentry patrols after suspected cable sabotage by shadow fleet "
            "tanker"
        ),
        (
            "NATO said on Tuesday it would send frigates, maritime patrol aircraft and naval "
            "drones to the Baltic Sea to protect undersea cables and pipelines, after a series "
            "of incidents that Finland and its allies suspect were acts of sabotage. The "
            "operation, called Baltic Sentry, follows the Christmas Day damage to the Estlink 2 "
            "power cable between Finland and Estonia and four telecoms cables, which Finnish "
            "investigators believe was caused by the anchor of the tanker Eagle S. Finnish "
            "police boarded the Cook Islands-flagged vessel and say it dragged its anchor along "
            "the seabed for nearly 100 kilometres. The European Commission considers the tanker "
            "part of Russia's shadow fleet, used to move oil in breach of Western sanctions. The "
            "alliance's secretary general told reporters in Helsinki that NATO would do what was "
            "necessary to protect critical infrastructure. Estonia's navy has begun escorting "
            "ships along the repaired cable. Russia has denied any involvement in the incidents. "
            "Cable operators say repairs in the Baltic can take weeks because specialised ships "
            "are in short supply."
        ),
        "military",
    ),
    (
        ("Pentagon plans thousands of cheap autonomous drones within two years to counter China"),
        (
            "The Pentagon plans to field thousands of small, cheap autonomous drones, boats and "
            "other uncrewed systems within the next two years to offset China's advantage in the "
            "number of ships, missiles and troops, the deputy defense secretary said on Monday. "
            "The initiative, called Replicator, is meant to break the US military's habit of "
            "buying a small number of expensive platforms over decades. She told a defence "
            'technology conference in Washington that the systems would be "attritable", meaning '
            "commanders could afford to lose them. She did not say how much the programme would "
            "cost or which companies would build the drones, but said it would be paid for from "
            "existing budgets. The announcement reflects lessons from Ukraine, where both sides "
            "now depend on commercial drones built in their hundreds of thousands. Critics in "
            "Congress said the Pentagon had launched similar initiatives before without changing "
            "how it buys weapons. Defence start-ups that build autonomous aircraft and boats "
            "welcomed the plan. The Defense Innovation Unit will manage the first round of "
            "contracts."
        ),
        "military",
    ),
    (
        ("Satellite images show Russian troops, tanks and field hospitals near Ukraine's border"),
        (
            "New satellite images released by the US company Maxar Technologies show a build-up "
            "of Russian troops, tanks, artillery and field hospitals at several locations in "
            "Belarus and western Russia, some of them within 30 kilometres of Ukraine's border. "
            "The images, taken over the past week, show hundreds of armoured vehicles and tents "
            "at a training area in Belarus and new deployments at Yelnya, near Smolensk, where "
            "units had already gathered in November. Maxar said it had also seen a field "
            "hospital set up near Belgorod, which analysts said was a sign that forces were "
            "preparing for possible combat rather than a routine exercise. Russia says the "
            "troops are taking part in scheduled drills with Belarus and has denied planning to "
            "invade. Western officials estimate that more than 100,000 Russian troops are now "
            "positioned around Ukraine. Open-source researchers have been tracking the "
            "deployments using commercial imagery and videos of military trains posted on "
            "TikTok. NATO said it was placing forces on standby and sending more ships and "
            "fighter jets to eastern Europe."
        ),
        "military",
    ),
    (
        ("Drone sightings shut Copenhagen and Oslo airports as Denmark speaks of hybrid attack"),
        (
            "Copenhagen Airport halted all departures and arrivals for almost four hours on "
            "Monday night after several large drones were seen flying over it, and Oslo's "
            "airport closed its airspace for a shorter period after a similar sighting, "
            "authorities said. About 100 flights were cancelled or diverted and tens of "
            "thousands of passengers were affected. Danish police said the drones, between three "
            "and six of them, had flown with their lights on for several hours and appeared to "
            'be operated by a "capable actor", but were not shot down because of the risk to '
            "people on the ground. The prime minister called the incident the most serious "
            "attack on Danish critical infrastructure so far and said she could not rule out "
            "Russian involvement. The Kremlin dismissed the suggestion as groundless. More "
            "drones were seen later in the week over Aalborg airport, which is also used by the "
            "military, and over several air bases. Denmark said it would buy new systems to "
            "detect and take down drones. No one was hurt and no damage was reported."
        ),
        "military",
    ),
    (
        "Israel's GPS jamming puts Tel Aviv drivers in Beirut and disrupts delivery apps",
        (
            "Israelis using navigation apps in Tel Aviv have found their phones placing them at "
            "Beirut's international airport or in Cairo since the army began jamming and "
            "spoofing satellite navigation signals across much of the country. The Israel "
            "Defense Forces said it had restricted GPS in northern Israel and other areas in "
            'line with "operational needs" to disrupt guided munitions and drones. Delivery '
            "companies said couriers were getting lost and orders were taking longer, and "
            "ride-hailing drivers said their apps showed them moving across the sea. Pilots "
            "landing at Ben Gurion airport have reported false positions and have been told to "
            "rely on ground-based systems, the Israel Airports Authority said. Researchers at "
            "the University of Texas said they had traced the spoofing to an air base in the "
            "north of the country and that it also affected ships off the Lebanese coast. Some "
            "Israeli startups are selling apps that cross-check locations against cell towers. "
            "The army said the measures would stay in place for the time being."
        ),
        "military",
    ),
    (
        (
            "Kyivstar outage was caused by Russian military hackers who were inside network for "
            "months, SBU says"
        ),
        (
            "Russian military intelligence hackers had been inside the network of Kyivstar, "
            "Ukraine's largest mobile operator, since at least May before carrying out the "
            "attack that cut phone and internet service for about 24 million subscribers this "
            "week, the head of the SBU's cyber department told Reuters. He said the attack "
            'destroyed "almost everything", including thousands of virtual servers and '
            "computers, and that the hackers were from Sandworm, a unit of the GRU. Kyivstar "
            "restored mobile data on Thursday, three days after the outage began, and said "
            "customers' personal data had not been leaked. Air raid sirens in parts of Kyiv "
            "region, which rely on the network, failed to work during the outage, and some banks "
            "and cash machines went offline. A hacking group called Solntsepek claimed "
            "responsibility on Telegram, but the SBU official said the claim was cover for the "
            "military unit. He called the attack a warning not only to Ukraine but to the whole "
            "Western world. Kyivstar, owned by the Amsterdam-listed VEON, said it would give "
            "subscribers a free month of service. The company has not said how the hackers got "
            "in. SBU investigators said the hackers had probably gained access through an "
            "employee account and had wiped systems in a matter of minutes once they moved. "
            "Ukrainian officials said Kyivstar's customers made up about half of the country's "
            "mobile users. The outage also took down some point-of-sale terminals and street "
            "lighting systems in Lviv that run on the network. Analysts said the attack was one "
            "of the most destructive cyber operations of the war."
        ),
        "military",
    ),
    (
        ("Ukraine plans to buy 4.5 million drones this year as Brave1 grants flow to start-ups"),
        (
            "Ukraine's defence ministry plans to buy about 4.5 million first-person-view drones "
            "this year, more than double last year's purchases, the defence minister said on "
            "Tuesday. Most of the drones will come from more than 500 domestic manufacturers, "
            "many of which did not exist before Russia's full-scale invasion in 2022. The "
            "government's defence tech cluster, Brave1, has handed out grants worth more than 1 "
            "billion hryvnias to developers of drones, electronic warfare systems and artificial "
            "intelligence software for targeting, the ministry said. Officials say the military "
            "is testing drones that can complete the last few hundred metres of a flight without "
            "a pilot if their radio link is jammed. Soldiers can now order drones and other "
            "equipment for their units through an online marketplace that works much like a "
            "commercial shopping site. Some manufacturers complain that payments from the state "
            "are slow and that export bans keep them from selling abroad. The minister said the "
            "ministry would also increase purchases of interceptor drones to shoot down Russian "
            "Shahed drones."
        ),
        "military",
    ),
    (
        "Costa Rica's new president says country is 'at war' with Conti ransomware gang",
        (
            "Costa Rica's new president, Rodrigo Chaves, said on Monday that his country was \"at "
            'war" with the Conti ransomware gang, a month after a string of attacks crippled the '
            "computer systems of the finance ministry and more than two dozen other government "
            "institutions. Chaves, who declared a national emergency on his first day in office, "
            "said the group had collaborators inside Costa Rica and that its goal was to "
            "overthrow the government. Tax and customs systems have been offline since April, "
            "forcing importers to fill in paper forms and leaving thousands of public employees "
            "without correct pay. Conti, which the United States believes operates from Russia, "
            "has published gigabytes of stolen government data and demanded a $20 million "
            "ransom, which the government has refused to pay. The group has posted messages on "
            "its leak site urging Costa Ricans to pressure their government. Security "
            "researchers said the talk of overthrowing the government was bluster from a "
            "criminal group seeking payment. The US State Department has offered a reward of up "
            "to $10 million for information on Conti's leaders. The social security fund was hit "
            "by a separate attack with Hive ransomware last week. The attacks forced the "
            "government to suspend public sector payments and collect taxes by hand in some "
            "offices. Exporters said shipments of fresh produce had been delayed at the border "
            "because customs declarations could not be processed."
        ),
        "politics",
    ),
    (
        "Albania cuts diplomatic ties with Iran over July cyberattack on government servers",
        (
            "TIRANA (Reuters) - Albania has cut diplomatic relations with Iran and ordered its "
            "embassy staff to leave within 24 hours over a cyberattack in July that temporarily "
            "shut down numerous government digital services and websites, Prime Minister Edi "
            "Rama said on Wednesday. Rama said an investigation had found that the attack was "
            "orchestrated by four groups directed by Iran, which he said aimed to paralyse "
            "public services, erase digital data and hack into government communications. The "
            "White House said the United States strongly condemned the attack and would take "
            "further action to hold Iran accountable. Iran's foreign ministry rejected the "
            "accusation as baseless. Albania has hosted thousands of members of the exiled "
            "Iranian opposition group Mujahideen-e-Khalq at a camp near Durres since 2016, and "
            "researchers said the hackers had referred to the group in messages left on the "
            "compromised systems. Microsoft, which helped investigate, said the attackers had "
            "been inside the networks for 14 months. It was the first known case of a country "
            "severing diplomatic relations over a cyberattack. Rama said the hackers had failed "
            "to delete most of the data."
        ),
        "politics",
    ),
    (
        (
            "Romania's top court annuls presidential election after TikTok campaign for "
            "far-right outsider"
        ),
        (
            "Romania's Constitutional Court annulled the first round of the presidential "
            "election on Friday, two days before the runoff, after declassified intelligence "
            "documents suggested that a coordinated campaign on TikTok had propelled far-right "
            "outsider Calin Georgescu to first place. The documents, released by the president's "
            "office, described a network of about 25,000 accounts that became active two weeks "
            "before the vote and said influencers had been paid to promote Georgescu without "
            "labelling the content as political advertising. The intelligence services said the "
            "campaign bore the hallmarks of a state actor and pointed to Russia, which denied "
            "interfering. Georgescu, who had polled in single digits before the vote and "
            "declared zero campaign spending, called the ruling a formalised coup. TikTok said "
            "it had removed networks of fake accounts and found no evidence of a foreign "
            "influence operation targeting the candidate. The European Commission ordered the "
            "company to preserve data related to the election. The whole electoral process will "
            "be rerun, with a new date to be set by the government."
        ),
        "politics",
    ),
    (
        ("Greek intelligence chief resigns as spyware scandal reaches opposition leader's phone"),
        (
            "The head of Greece's intelligence service resigned on Friday along with the prime "
            "minister's chief of staff, days after it emerged that the phone of opposition "
            "politician Nikos Androulakis had been placed under surveillance by the agency. "
            "Androulakis, leader of the socialist PASOK party, filed a complaint last month "
            "after a scan of his phone by the European Parliament's IT service found an attempt "
            "to infect it with Predator, a commercial spyware product sold by a company based in "
            "North Macedonia. The government said the National Intelligence Service had "
            "monitored him legally, under a prosecutor's order, but denied using Predator, which "
            "it said it had never bought. A financial journalist had earlier found that his "
            "phone was infected with the same spyware. Prime Minister Kyriakos Mitsotakis said "
            "the surveillance of Androulakis was legal but politically unacceptable and that he "
            "had not known about it. Opposition parties demanded a parliamentary inquiry and "
            "early elections. The European Parliament's committee on spyware said it would send "
            "a delegation to Athens."
        ),
        "politics",
    ),
    (
        ("Belarusian hacktivists say they encrypted railway servers to slow Russian troop trains"),
        (
            "A group of Belarusian opposition hackers said on Monday that it had encrypted some "
            "of the servers and databases of the state railway, in an effort to disrupt the "
            "transport of Russian troops and equipment into the country ahead of joint military "
            "exercises. The group, which calls itself the Cyber Partisans, said it would provide "
            "decryption keys if the government released 50 political prisoners who need medical "
            "care and stopped allowing Russian forces onto Belarusian territory. Passengers "
            "reported that the railway's online ticketing service was down on Monday, and staff "
            "at some stations were issuing paper tickets. The group said it had deliberately "
            "left automation and safety systems untouched to avoid endangering trains. The Cyber "
            "Partisans, who say they are IT professionals who left Belarus after the crackdown "
            "on protests in 2020, have previously leaked passport databases and police records. "
            "The government did not comment. Russia has been moving thousands of troops into "
            "Belarus for exercises that Western officials fear could be cover for an attack on "
            "Ukraine."
        ),
        "politics",
    ),
    (
        (
            "Senators call Salt Typhoon the worst telecoms hack in US history as carriers "
            "confirm breaches"
        ),
        (
            "A Chinese state-backed hacking campaign against US telecommunications companies is "
            "the worst telecoms hack in the nation's history, the chairman of the Senate "
            "Intelligence Committee said, as officials briefed lawmakers on the extent of the "
            "intrusions. The group, which Microsoft tracks as Salt Typhoon, broke into at least "
            "eight US carriers, including AT&T, Verizon and Lumen, and gained access to the "
            "systems used to carry out court-authorised wiretaps, according to officials. The "
            "hackers collected call records of large numbers of Americans and recorded the calls "
            "of a small number of senior political figures, including people connected to both "
            "presidential campaigns, the FBI and CISA said. China's foreign ministry called the "
            "accusations disinformation. Officials urged Americans to use encrypted messaging "
            "apps for sensitive conversations. The Federal Communications Commission proposed "
            "rules requiring carriers to certify each year that they have a plan to protect "
            "their networks. Several senators called for sanctions against Chinese technology "
            "companies. Investigators said it was not yet clear whether the hackers had been "
            "removed from the networks. The hackers are believed to have exploited old routers "
            "and network equipment that carriers had not replaced or patched, officials said. "
            "One senior official said it was impossible to say when the intruders would be fully "
            "evicted. The breach has revived calls in Congress to ban Chinese-made equipment "
            "from American networks entirely. Lawmakers were told that the campaign was part of "
            "a broader Chinese effort that had also breached carriers in dozens of other "
            "countries."
        ),
        "politics",
    ),
    (
        ("UN General Assembly adopts first resolution on killer robots despite Russian opposition"),
        (
            "The UN General Assembly adopted its first resolution on lethal autonomous weapons "
            "systems on Friday, asking the secretary-general to seek the views of states on how "
            "to address the humanitarian, legal and ethical challenges raised by weapons that "
            "can select and attack targets without human intervention. The resolution was passed "
            "by 152 votes to four, with 11 abstentions; Russia, India, Belarus and Niger voted "
            "against. Austria, which drafted the text, said the world was facing its own "
            "Oppenheimer moment as militaries race to use artificial intelligence. Campaigners "
            "from the Stop Killer Robots coalition said the vote showed momentum for a binding "
            "treaty, while several major military powers argue that existing international "
            "humanitarian law is sufficient. The secretary-general has called for a ban on such "
            "weapons by 2026. Talks under the Convention on Certain Conventional Weapons in "
            "Geneva have failed to produce agreement after a decade, because decisions there "
            "require consensus. The United States supported the resolution but said it did not "
            "want to prejudge the outcome of the Geneva talks."
        ),
        "politics",
    ),
]
